/*
 * test_import_wxr.c - the WordPress importer against WXR 1.2 and 1.0
 * fixtures (replies, a reply before its parent, pending, spam, trash,
 * pingbacks, trackbacks, an anonymous author, a missing parent, an
 * attachment and a trashed post) and hostile files, then through the store.
 *
 * Fixture paths are relative to the repository root, where tests run.
 */
#include "testlib.h"

#include "util/arena.h"

#include <stdio.h>
#include <unistd.h>

#include "import/import.h"
#include "import/store_sink.h"
#include "store/store.h"

#define FIX "tests/fixtures/wxr/"
#define SITE "wxr:https://old.example.com"

struct rec_comment {
    char *source_id, *article_source_id, *parent_source_id;
    char *author_name, *body_md;
    int64_t created;
    bool anonymous;
    enum import_status status;
};

struct recorder {
    char *article_ids[8], *urls[8];
    bool closed[8];
    int64_t published[8];
    int na;
    struct rec_comment c[32];
    int nc;
    int articles_after_comment; /* an article came after one of its
                                   comments: must stay 0 */
    char all_text[16384];
};

/* Strings the recorder keeps live in one arena, emptied per test and
 * released at exit, so the tests stay leak-free under LeakSanitizer. */
static struct arena rec_strings;

static void rec_strings_release(void)
{
    arena_release(&rec_strings);
}

static char *xdup(const char *s)
{
    ck_assert_ptr_nonnull(s);
    char *d = arena_strdup(&rec_strings, s);
    ck_assert_ptr_nonnull(d);
    return d;
}

static void remember(struct recorder *r, const char *s)
{
    size_t n = strlen(r->all_text);
    snprintf(r->all_text + n, sizeof(r->all_text) - n, "%s\n", s);
}

static int rec_article(void *ctx, const struct import_article *in)
{
    struct recorder *r = ctx;
    ck_assert_int_lt(r->na, 8);
    ck_assert(in->thread_only);
    r->article_ids[r->na] = xdup(in->source_id);
    r->urls[r->na] = xdup(in->url);
    r->closed[r->na] = in->closed;
    r->published[r->na] = in->published;
    remember(r, in->url);
    r->na++;
    return 0;
}

static int rec_comment(void *ctx, const struct import_comment *in)
{
    struct recorder *r = ctx;
    ck_assert_int_lt(r->nc, 32);
    bool seen = false;
    for (int i = 0; i < r->na; i++)
        seen |= strcmp(r->article_ids[i], in->article_source_id) == 0;
    if (!seen)
        r->articles_after_comment++;
    struct rec_comment *c = &r->c[r->nc++];
    c->source_id = xdup(in->source_id);
    c->article_source_id = xdup(in->article_source_id);
    c->parent_source_id = xdup(in->parent_source_id);
    c->author_name = xdup(in->author_name);
    c->body_md = xdup(in->body_md);
    c->created = in->created;
    c->anonymous = in->anonymous;
    c->status = in->status;
    remember(r, in->author_name);
    remember(r, in->body_md);
    return 0;
}

static struct recorder *recorder_new(struct import_sink *sink)
{
    /* one recorder per test (each test runs alone): nothing to free */
    static struct recorder rec;
    static bool registered;
    struct recorder *r = &rec;
    if (!registered) {
        arena_init(&rec_strings, 0);
        atexit(rec_strings_release);
        registered = true;
    }
    arena_reset(&rec_strings);
    memset(r, 0, sizeof(*r));
    memset(sink, 0, sizeof(*sink));
    sink->ctx = r;
    sink->article = rec_article;
    sink->comment = rec_comment;
    return r;
}

static struct rec_comment *find(struct recorder *r, const char *id)
{
    for (int i = 0; i < r->nc; i++)
        if (strcmp(r->c[i].source_id, id) == 0)
            return &r->c[i];
    return NULL;
}

START_TEST(wxr_1_2_fixture)
{
    struct import_sink sink;
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_wxr(FIX "export-1.2.xml", &sink, &st, &err), 0);
    ck_assert_str_eq(st.format, "wxr-1.2");
    /* the post and the page; not the attachment nor the trashed post */
    ck_assert_int_eq(r->na, 2);
    ck_assert_str_eq(r->article_ids[0], SITE "#post-101");
    ck_assert_str_eq(r->urls[0],
                     "https://old.example.com/2021/07/cartel-story/");
    ck_assert_int_eq(r->published[0], 1626459300); /* 2021-07-16 18:15 */
    ck_assert(!r->closed[0]);
    ck_assert_str_eq(r->article_ids[1], SITE "#post-103");
    ck_assert(r->closed[1]);
    ck_assert_int_eq(r->published[1], 1577836800); /* post_date fallback */
    ck_assert_int_eq(r->articles_after_comment, 0);
    /* comments: 11..20 minus trash (15), pingback (16), trackback (17),
     * plus 22 on the page; 21 (on the attachment) skipped */
    ck_assert_int_eq(r->nc, 8);
    ck_assert_int_eq(st.comments, 8);
    ck_assert_int_eq(st.skipped_pingbacks, 2);
    ck_assert_int_eq(st.skipped_trash, 1);
    ck_assert_int_eq(st.skipped_other, 3);
    ck_assert_int_eq(st.spam, 1);
    ck_assert_ptr_null(find(r, SITE "#comment-15"));
    ck_assert_ptr_null(find(r, SITE "#comment-16"));
    ck_assert_ptr_null(find(r, SITE "#comment-17"));
    ck_assert_ptr_null(find(r, SITE "#comment-21"));

    struct rec_comment *c = find(r, SITE "#comment-11");
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->author_name, "María");
    ck_assert_str_eq(c->parent_source_id, "");
    ck_assert_int_eq(c->created, 1626460800);
    ck_assert_int_eq(c->status, IMPORT_VISIBLE);
    /* newline: line break; blank line: paragraph */
    ck_assert_str_eq(c->body_md, "First line\\\nsecond line.\n\nA new "
                                 "paragraph with **bold**.");
    c = find(r, SITE "#comment-12");
    ck_assert_str_eq(c->parent_source_id, SITE "#comment-11");
    ck_assert(c->anonymous);
    ck_assert_str_eq(c->body_md, "12:36 why do you regret it?");
    ck_assert_int_eq(find(r, SITE "#comment-13")->status, IMPORT_PENDING);
    ck_assert_int_eq(find(r, SITE "#comment-14")->status, IMPORT_SPAM);
    /* "Anonymous" is no name */
    ck_assert(find(r, SITE "#comment-20")->anonymous);
    ck_assert_str_eq(find(r, SITE "#comment-20")->author_name, "");
    ck_assert_str_eq(find(r, SITE "#comment-20")->parent_source_id,
                     SITE "#comment-19");
    /* the reply to the trashed comment still names it; the sink decides */
    ck_assert_str_eq(find(r, SITE "#comment-18")->parent_source_id,
                     SITE "#comment-15");
    /* gmt time missing: the local one */
    ck_assert_int_eq(find(r, SITE "#comment-22")->created, 1577952000);
    /* e-mail, URL and IP address never come out */
    ck_assert_not_contains(r->all_text, "@example");
    ck_assert_not_contains(r->all_text, "198.51.100");
    ck_assert_not_contains(r->all_text, "maria.example.org");
    buf_release(&err);
}
END_TEST

START_TEST(wxr_1_0_fixture)
{
    struct import_sink sink;
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_wxr(FIX "export-1.0.xml", &sink, &st, &err), 0);
    ck_assert_str_eq(st.format, "wxr-1.0");
    ck_assert_int_eq(r->na, 1);
    ck_assert_int_eq(r->nc, 1);
    ck_assert_str_eq(r->c[0].source_id,
                     "wxr:http://blog.example.net#comment-1");
    ck_assert_str_eq(r->c[0].author_name, "Mr WordPress");
    buf_release(&err);
}
END_TEST

static void expect_failure(const char *path, const char *needle1,
                           const char *needle2)
{
    struct import_sink sink;
    (void)recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_wxr(path, &sink, &st, &err), ERR_INVALID);
    ck_assert_contains(err.data, needle1);
    ck_assert_contains(err.data, needle2);
    buf_release(&err);
}

START_TEST(hostile_and_wrong_files)
{
    expect_failure(FIX "billion-laughs.xml",
                   "billion-laughs.xml:3:", "declares entities");
    expect_failure(FIX "truncated.xml", "truncated.xml:", "truncated?");
    expect_failure(FIX "unsupported-1.3.xml",
                   "unsupported-1.3.xml:2:", "unsupported WXR version");
    expect_failure("tests/fixtures/disqus/export.xml",
                   "export.xml:2:", "not a WordPress export");
    expect_failure("tests/fixtures/disqus/invalid-utf8.xml",
                   "invalid-utf8.xml:2:", "not a WordPress export");
}
END_TEST

/* ---- through the store ---- */

START_TEST(store_numbers_and_idempotence)
{
    char path[64], p2[96];
    struct buf err;
    struct arena a;
    struct import_stats st;
    struct import_summary sum;
    struct comment c;

    snprintf(path, sizeof(path), "/tmp/charla-test-wxr-XXXXXX");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    unlink(path);
    buf_init(&err, 4096);
    arena_init(&a, 0);
    struct store *s = store_open(path, &err);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(import_run_opts(s, import_wxr, FIX "export-1.2.xml", NULL,
                                     &st, &sum, &err),
                     0);
    ck_assert_int_eq(sum.articles_added, 2);
    ck_assert_int_eq(sum.comments_added, 8);
    ck_assert_int_eq(sum.spam_added, 1);
    ck_assert_int_eq(sum.orphans, 1); /* 18: its parent was trashed */
    static const char *const want[][2] = {
        {"11", "1"}, {"12", "1.1"}, {"13", "2"}, {"14", "3"},
        {"19", "4"}, {"20", "4.1"}, {"18", "5"}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        char sid[96];
        snprintf(sid, sizeof(sid), SITE "#comment-%s", want[i][0]);
        ck_assert_int_eq(store_comment_by_source(s, sid, &a, &c), 0);
        ck_assert_str_eq(c.number, want[i][1]);
    }
    ck_assert_int_eq(store_comment_by_source(s, SITE "#comment-13", &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_PENDING);
    ck_assert_int_eq(import_run_opts(s, import_wxr, FIX "export-1.2.xml", NULL,
                                     &st, &sum, &err),
                     0);
    ck_assert_int_eq(sum.comments_added, 0);
    ck_assert_int_eq(sum.comments_present, 8);
    /* a truncated file adds nothing to a fresh database */
    int64_t n = -1;
    ck_assert_int_ne(import_run_opts(s, import_wxr, FIX "truncated.xml", NULL,
                                     &st, &sum, &err),
                     0);
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 2);
    store_free(s);
    unlink(path);
    snprintf(p2, sizeof(p2), "%s-wal", path);
    unlink(p2);
    snprintf(p2, sizeof(p2), "%s-shm", path);
    unlink(p2);
    arena_release(&a);
    buf_release(&err);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, wxr_1_2_fixture);
    tcase_add_test(tc, wxr_1_0_fixture);
    tcase_add_test(tc, hostile_and_wrong_files);
    tcase_add_test(tc, store_numbers_and_idempotence);
}

TEST_MAIN("import_wxr")
