/*
 * test_import_resume.c - batches, checkpoints and --resume of the store
 * sink (store_sink.c) with the Disqus importer: an import interrupted
 * anywhere (the stop_after hook fails the import the way a crash would,
 * after some batches were committed) and then resumed, possibly several
 * times, must leave exactly the store an uninterrupted import leaves:
 * same comments, ids, numbers, parents, bodies and article versions.
 *
 * The file is generated here (threads first, then posts in file order,
 * with replies that come before their parent, replies whose parent is
 * missing, deleted and spam posts), so that many batches and many waiting
 * replies cross the checkpoints. Store files live under /tmp.
 */
#include "testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "import/import.h"
#include "import/json_backup.h"
#include "import/store_sink.h"
#include "scratch_db.h"
#include "store/store.h"
#include "util/arena.h"

#define POSTS 240
#define THREADS 4

/* parent_of_post: the parent id of post i (1-based), or 0. Some replies
 * name a later post (they come before their parent), some a post that is
 * not in the file (9999). */
static int parent_of_post(int i)
{
    if (i % 5 == 0 || i < 8)
        return 0;
    if (i % 17 == 0)
        return 9999;
    if (i % 11 == 0 && i + 9 <= POSTS)
        return i + 9; /* comes later, same thread: i + 9 - i = 9 ≡ 1 mod 4 */
    return i - 4 * (1 + i % 3); /* an earlier post of the same thread */
}

static int thread_of_post(int i)
{
    int p = parent_of_post(i);
    if (p && p != 9999 && p > i)
        return thread_of_post(p);
    return p && p != 9999 ? thread_of_post(p) : i % THREADS;
}

/* write_export writes the generated Disqus file to path. */
static void write_export(const char *path)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<disqus xmlns=\"http://disqus.com\" "
               "xmlns:dsq=\"http://disqus.com/disqus-internals\">\n");
    for (int t = 0; t < THREADS; t++)
        fprintf(f,
                "  <thread dsq:id=\"%d\">\n"
                "    <link>https://old.example.com/story-%d.html</link>\n"
                "    <title>Story %d</title>\n"
                "    <createdAt>2021-07-16T18:15:00Z</createdAt>\n"
                "    <isClosed>false</isClosed>\n"
                "    <isDeleted>false</isDeleted>\n"
                "  </thread>\n",
                100 + t, t, t);
    for (int i = 1; i <= POSTS; i++) {
        int parent = parent_of_post(i);
        fprintf(f,
                "  <post dsq:id=\"%d\">\n"
                "    <message><![CDATA[<p>Post <b>%d</b> says hi</p>]]>"
                "</message>\n"
                "    <createdAt>2021-07-17T%02d:%02d:00Z</createdAt>\n"
                "    <isDeleted>%s</isDeleted>\n"
                "    <isSpam>%s</isSpam>\n"
                "    <author><name>Reader %d</name>"
                "<isAnonymous>false</isAnonymous></author>\n"
                "    <thread dsq:id=\"%d\" />\n",
                i, i, (i / 60) % 24, i % 60, i % 23 == 0 ? "true" : "false",
                i % 29 == 0 ? "true" : "false", i % 7, 100 + thread_of_post(i));
        if (parent)
            fprintf(f, "    <parent dsq:id=\"%d\" />\n", parent);
        fprintf(f, "  </post>\n");
    }
    fprintf(f, "</disqus>\n");
    ck_assert_int_eq(fclose(f), 0);
}

/*
 * dump describes everything an import writes: the JSON export (numbers,
 * texts, states) and, per comment, its row id and parent id, and per
 * article its id and version. Caller frees.
 */
static char *dump(struct store *st)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    struct buf err;
    struct arena a;
    struct article *arts;
    size_t na;
    ck_assert_ptr_nonnull(f);
    buf_init(&err, 1024);
    arena_init(&a, 0);
    ck_assert_int_eq(import_export_json(st, NULL, false, f, &err), 0);
    ck_assert_int_eq(store_article_list(st, false, &a, &arts, &na), 0);
    for (size_t i = 0; i < na; i++) {
        struct comment *cs;
        size_t nc;
        fprintf(f, "article %lld %s v%lld\n", (long long)arts[i].id,
                arts[i].path, (long long)arts[i].version);
        ck_assert_int_eq(store_comment_list(st, arts[i].id, &a, &cs, &nc), 0);
        for (size_t k = 0; k < nc; k++)
            fprintf(f, "  %lld %s parent %lld %s\n", (long long)cs[k].id,
                    cs[k].number, (long long)cs[k].parent_id, cs[k].source_id);
    }
    const char *cp; /* "" and absent both mean none */
    if (store_setting_get(st, IMPORT_CHECKPOINT_KEY, &a, &cp) == 0 && cp[0])
        fprintf(f, "checkpoint \"%s\"\n", cp);
    ck_assert_int_eq(fclose(f), 0);
    arena_release(&a);
    buf_release(&err);
    return out;
}

/*
 * expect_store fails unless the dump of st is want, leaving both in /tmp
 * to diff; stop (the interruption tested) goes into the message.
 */
static void expect_store(struct store *st, const char *want, long stop)
{
    char *got = dump(st);
    if (strcmp(got, want) == 0) {
        free(got);
        return;
    }
    FILE *f = fopen("/tmp/charla-test-res-got.txt", "w");
    if (f) {
        fputs(got, f);
        fclose(f);
    }
    f = fopen("/tmp/charla-test-res-want.txt", "w");
    if (f) {
        fputs(want, f);
        fclose(f);
    }
    free(got);
    ck_abort_msg("stop %ld: the store differs (see /tmp/charla-test-res-"
                 "{got,want}.txt)",
                 stop);
}

static int run(struct store *st, const char *path, long batch, long stop,
               bool resume, struct import_summary *sum)
{
    struct import_options o = {
        .batch_comments = batch, .stop_after = stop, .resume = resume};
    struct import_stats stats;
    struct buf err;
    buf_init(&err, 4096);
    int rc = import_run_opts(st, import_disqus, path, &o, &stats, sum, &err);
    if (rc && getenv("TEST_VERBOSE"))
        fprintf(stderr, "import (batch %ld, stop %ld%s): %s\n", batch, stop,
                resume ? ", resume" : "", err.data);
    buf_release(&err);
    return rc;
}

struct fixture {
    char xml[64];
    char *want; /* the dump of an uninterrupted import */
};

static void fixture_init(struct fixture *fx)
{
    struct scratch_db d;
    struct import_summary sum;
    snprintf(fx->xml, sizeof(fx->xml), "/tmp/charla-test-res-XXXXXX");
    int fd = mkstemp(fx->xml);
    ck_assert_int_ge(fd, 0);
    close(fd);
    write_export(fx->xml);
    scratch_db_open(&d, "res");
    ck_assert_int_eq(run(d.st, fx->xml, 0, 0, false, &sum), 0);
    ck_assert_int_eq(sum.comments_added, POSTS);
    ck_assert_int_gt(sum.deferred, 5);
    ck_assert_int_gt(sum.orphans, 5);
    fx->want = dump(d.st);
    scratch_db_close(&d);
}

static void fixture_release(struct fixture *fx)
{
    unlink(fx->xml);
    free(fx->want);
}

START_TEST(uninterrupted_batches_match_one_transaction)
{
    struct fixture fx;
    struct scratch_db d;
    struct import_summary sum;
    fixture_init(&fx);
    scratch_db_open(&d, "res");
    ck_assert_int_eq(run(d.st, fx.xml, 7, 0, false, &sum), 0);
    ck_assert_int_eq(sum.comments_added, POSTS);
    expect_store(d.st, fx.want, 0);
    scratch_db_close(&d);
    fixture_release(&fx);
}
END_TEST

/* Interrupt after every possible number of comments, then resume. */
START_TEST(interrupted_anywhere_then_resumed)
{
    struct fixture fx;
    struct import_summary sum;
    fixture_init(&fx);
    for (long stop = 1; stop < POSTS; stop += 3) {
        struct scratch_db d;
        scratch_db_open(&d, "res");
        ck_assert_int_ne(run(d.st, fx.xml, 7, stop, false, &sum), 0);
        long committed = sum.comments_committed;
        ck_assert_int_le(committed, stop);
        if (committed == 0) { /* nothing to resume: the file again */
            ck_assert_int_eq(run(d.st, fx.xml, 7, 0, true, &sum), ERR_NOTFOUND);
            ck_assert_int_eq(run(d.st, fx.xml, 7, 0, false, &sum), 0);
        } else {
            ck_assert_int_eq(run(d.st, fx.xml, 7, 0, true, &sum), 0);
            ck_assert_int_eq(sum.comments_added, POSTS - committed);
        }
        expect_store(d.st, fx.want, stop);
        scratch_db_close(&d);
    }
    fixture_release(&fx);
}
END_TEST

/* Several interruptions in a row, each resumed run stopped again. */
START_TEST(interrupted_repeatedly)
{
    struct fixture fx;
    struct import_summary sum;
    struct scratch_db d;
    fixture_init(&fx);
    scratch_db_open(&d, "res");
    ck_assert_int_ne(run(d.st, fx.xml, 5, 40, false, &sum), 0);
    ck_assert_int_gt(sum.comments_committed, 0);
    int rounds = 0;
    while (run(d.st, fx.xml, 5, 40, true, &sum) != 0) {
        ck_assert_int_lt(++rounds, 40);
    }
    ck_assert_int_gt(rounds, 2);
    expect_store(d.st, fx.want, 0);
    /* finished: the checkpoint is gone, and again adds nothing */
    ck_assert_int_eq(run(d.st, fx.xml, 5, 0, true, &sum), ERR_NOTFOUND);
    ck_assert_int_eq(run(d.st, fx.xml, 5, 0, false, &sum), 0);
    ck_assert_int_eq(sum.comments_added, 0);
    scratch_db_close(&d);
    fixture_release(&fx);
}
END_TEST

/* A plain import after an interrupted one also ends in the same store. */
START_TEST(interrupted_then_imported_again)
{
    struct fixture fx;
    struct import_summary sum;
    struct scratch_db d;
    fixture_init(&fx);
    scratch_db_open(&d, "res");
    ck_assert_int_ne(run(d.st, fx.xml, 7, 100, false, &sum), 0);
    ck_assert_int_gt(sum.comments_committed, 0);
    ck_assert_int_eq(run(d.st, fx.xml, 7, 0, false, &sum), 0);
    expect_store(d.st, fx.want, 0);
    scratch_db_close(&d);
    fixture_release(&fx);
}
END_TEST

/* A checkpoint is refused for a file that changed since. */
START_TEST(resume_refuses_a_changed_file)
{
    struct fixture fx;
    struct import_summary sum;
    struct scratch_db d;
    fixture_init(&fx);
    scratch_db_open(&d, "res");
    ck_assert_int_ne(run(d.st, fx.xml, 7, 100, false, &sum), 0);
    ck_assert_int_gt(sum.comments_committed, 0);
    FILE *f = fopen(fx.xml, "a");
    ck_assert_ptr_nonnull(f);
    fputs("<!-- changed -->\n", f);
    ck_assert_int_eq(fclose(f), 0);
    ck_assert_int_eq(run(d.st, fx.xml, 7, 0, true, &sum), ERR_INVALID);
    ck_assert_int_eq(sum.comments_added, 0);
    scratch_db_close(&d);
    fixture_release(&fx);
}
END_TEST

/* A file that is not well formed stores nothing, batches or not: the
 * first pass reads it all before any comment. */
START_TEST(truncated_file_commits_nothing)
{
    struct fixture fx;
    struct import_summary sum;
    struct scratch_db d;
    char cut[80];
    fixture_init(&fx);
    snprintf(cut, sizeof(cut), "%s.cut", fx.xml);
    FILE *in = fopen(fx.xml, "r"), *out = fopen(cut, "w");
    ck_assert_ptr_nonnull(in);
    ck_assert_ptr_nonnull(out);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof(buf), in);
    fwrite(buf, 1, n, out);
    fclose(in);
    ck_assert_int_eq(fclose(out), 0);
    scratch_db_open(&d, "res");
    ck_assert_int_eq(run(d.st, cut, 2, 0, false, &sum), ERR_INVALID);
    ck_assert_int_eq(sum.comments_committed, 0);
    int64_t articles = -1;
    ck_assert_int_eq(store_article_count(d.st, &articles), 0);
    ck_assert_int_eq(articles, 0);
    scratch_db_close(&d);
    unlink(cut);
    fixture_release(&fx);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, uninterrupted_batches_match_one_transaction);
    tcase_add_test(tc, interrupted_anywhere_then_resumed);
    tcase_add_test(tc, interrupted_repeatedly);
    tcase_add_test(tc, interrupted_then_imported_again);
    tcase_add_test(tc, resume_refuses_a_changed_file);
    tcase_add_test(tc, truncated_file_commits_nothing);
}

TEST_MAIN("import_resume")
