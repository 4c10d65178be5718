/*
 * test_import_disqus.c - the Disqus importer against a realistic fixture
 * (replies before their parent, a deleted post, spam, a guest author, a
 * missing parent, a deleted thread) and hostile files; and the store sink
 * it feeds: deferred replies, orphans, cycles, idempotence, --map and
 * attaching threads to articles already in the store.
 *
 * A recording sink copies every record (strings are only valid during the
 * call). Store tests use a fresh SQLite file under /tmp. Fixture paths are
 * relative to the repository root, where tests run.
 */
#include "testlib.h"

#include <stdio.h>
#include <unistd.h>

#include "import/import.h"
#include "import/store_sink.h"
#include "import_recorder.h"
#include "scratch_db.h"
#include "store/store.h"
#include "util/arena.h"

#define FIX "tests/fixtures/disqus/"

START_TEST(fixture_threads_and_posts)
{
    struct import_sink sink;
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_disqus(FIX "export.xml", &sink, &st, &err), 0);
    ck_assert_str_eq(st.format, "disqus");
    /* threads: the deleted one is skipped */
    ck_assert_int_eq(r->na, 2);
    ck_assert_int_eq(st.articles, 2);
    ck_assert_int_eq(st.skipped_other, 1);
    ck_assert_str_eq(r->a[0].source_id, "disqus-thread:7001");
    ck_assert(r->a[0].thread_only);
    ck_assert_str_eq(r->a[0].url,
                     "https://old.example.com/2021/07/cartel-story.html");
    ck_assert_str_eq(r->a[0].title, "Cartel cell dismantled in Sinaloa");
    ck_assert(!r->a[0].closed);
    ck_assert(r->a[1].closed);
    /* posts in file order, the reply 9003 before its parent 9002 */
    ck_assert_int_eq(r->nc, 10);
    ck_assert_int_eq(st.comments, 10);
    ck_assert_str_eq(r->c[1].source_id, "disqus:9003");
    ck_assert_str_eq(r->c[1].parent_source_id, "disqus:9002");
    ck_assert_str_eq(r->c[2].parent_source_id, "disqus:9001");
    struct rec_comment *c = recorder_get(r, "disqus:9001");
    ck_assert_str_eq(c->article_source_id, "disqus-thread:7001");
    ck_assert_str_eq(c->parent_source_id, "");
    ck_assert_str_eq(c->author_name, "Lector Norteño");
    ck_assert(!c->anonymous);
    ck_assert_int_eq(c->created, 1626460800); /* 2021-07-16T18:40:00Z */
    /* Disqus writes UTC, not the zone its readers saw: the site's zone
       is taken when the import ends */
    ck_assert(!c->tz_known);
    ck_assert_int_eq(c->status, IMPORT_VISIBLE);
    ck_assert_contains(c->body_md, "12:36 is right about the **roadblocks**");
    /* deleted: a tombstone without text */
    c = recorder_get(r, "disqus:9004");
    ck_assert_int_eq(c->status, IMPORT_DELETED);
    ck_assert_str_eq(c->body_md, "");
    ck_assert_int_eq(st.tombstones, 1);
    /* spam: kept, marked */
    c = recorder_get(r, "disqus:9005");
    ck_assert_int_eq(c->status, IMPORT_SPAM);
    ck_assert_int_eq(st.spam, 1);
    /* a guest: anonymous, the typed name is not passed on */
    c = recorder_get(r, "disqus:9006");
    ck_assert(c->anonymous);
    ck_assert_str_eq(c->author_name, "");
    /* markup is made safe */
    c = recorder_get(r, "disqus:9008");
    ck_assert_not_contains(c->body_md, "script");
    ck_assert_not_contains(c->body_md, "alert");
    c = recorder_get(r, "disqus:9010");
    ck_assert_contains(c->body_md, "*emphasis*");
    ck_assert_contains(c->body_md, "🇲🇽");
    /* e-mail addresses, user names and IP addresses never come out */
    ck_assert_not_contains(r->all_text, "@example");
    ck_assert_not_contains(r->all_text, "198.51.100");
    ck_assert_not_contains(r->all_text, "lectornorteno");
    buf_release(&err);
}
END_TEST

/* expect_failure: the import fails with rc and err mentions every needle */
static void expect_failure(const char *path, int rc, const char *needle1,
                           const char *needle2)
{
    struct import_sink sink;
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_disqus(path, &sink, &st, &err), rc);
    ck_assert_contains(err.data, needle1);
    if (needle2)
        ck_assert_contains(err.data, needle2);
    ck_assert_int_eq(r->nc, 0); /* pass 1 fails before any post */
    buf_release(&err);
}

START_TEST(entity_bomb_refused)
{
    expect_failure(FIX "billion-laughs.xml", ERR_INVALID,
                   "billion-laughs.xml:3:", "declares entities");
}
END_TEST

START_TEST(truncated_file_refused)
{
    expect_failure(FIX "truncated.xml", ERR_INVALID,
                   "truncated.xml:214:", "truncated?");
}
END_TEST

START_TEST(invalid_utf8_refused)
{
    expect_failure(FIX "invalid-utf8.xml", ERR_INVALID,
                   "invalid-utf8.xml:95:", "not well-formed");
}
END_TEST

START_TEST(wrong_format_refused)
{
    expect_failure("tests/fixtures/wxr/export-1.2.xml", ERR_INVALID,
                   "export-1.2.xml:", "not a Disqus export");
}
END_TEST

START_TEST(missing_file)
{
    expect_failure(FIX "no-such-file.xml", ERR_NOTFOUND, "no-such-file.xml",
                   "cannot open");
}
END_TEST

/* ---- through the store ---- */

static int run(struct scratch_db *d, import_parse_fn fn, const char *path,
               const struct import_options *o, struct import_summary *sum)
{
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    int rc = import_run_opts(d->st, fn, path, o, &st, sum, &err);
    buf_release(&err);
    return rc;
}

/* number_of: the number of the comment with this source id. */
static const char *number_of(struct scratch_db *d, struct arena *a,
                             const char *sid)
{
    struct comment c;
    ck_assert_int_eq(store_comment_by_source(d->st, sid, a, &c), 0);
    return arena_strdup(a, c.number);
}

static int64_t count_comments(struct scratch_db *d, const char *path)
{
    struct arena a;
    struct article art;
    struct comment *cs;
    size_t n = 0;
    arena_init(&a, 0);
    if (store_article_by_path(d->st, path, &a, &art) == 0)
        ck_assert_int_eq(store_comment_list(d->st, art.id, &a, &cs, &n), 0);
    arena_release(&a);
    return (int64_t)n;
}

START_TEST(store_numbers_orphans_idempotence)
{
    struct scratch_db d;
    struct import_summary sum;
    struct arena a;
    arena_init(&a, 0);
    scratch_db_open(&d, "dsq");
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", NULL, &sum), 0);
    ck_assert_int_eq(sum.articles_added, 2);
    ck_assert_int_eq(sum.comments_added, 9);
    ck_assert_int_eq(sum.comments_no_article, 1); /* the deleted thread's */
    ck_assert_int_eq(sum.tombstones_added, 1);
    ck_assert_int_eq(sum.spam_added, 1);
    ck_assert_int_eq(sum.orphans, 1);
    ck_assert_int_ge(sum.deferred, 2);
    ck_assert_str_eq(number_of(&d, &a, "disqus:9001"), "1");
    ck_assert_str_eq(number_of(&d, &a, "disqus:9002"), "1.1");
    ck_assert_str_eq(number_of(&d, &a, "disqus:9003"), "1.1.1");
    ck_assert_str_eq(number_of(&d, &a, "disqus:9004"), "2");
    ck_assert_str_eq(number_of(&d, &a, "disqus:9006"), "2.1");
    ck_assert_str_eq(number_of(&d, &a, "disqus:9007"), "2"); /* orphan */
    struct comment c;
    ck_assert_int_eq(store_comment_by_source(d.st, "disqus:9005", &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_REMOVED);
    ck_assert_str_eq(c.reason, "spam");
    ck_assert_int_eq(store_comment_by_source(d.st, "disqus:9004", &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_DELETED);
    ck_assert_str_eq(c.body, "");
    struct article art;
    ck_assert_int_eq(
        store_article_by_path(d.st, "/2021/08/spyware.html", &a, &art), 0);
    ck_assert_str_eq(art.external_url,
                     "https://old.example.com/2021/08/spyware.html"
                     "?utm_source=feed");
    ck_assert_int_eq(art.discussion, 2);
    ck_assert_str_eq(art.body, "");
    /* again: nothing new */
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", NULL, &sum), 0);
    ck_assert_int_eq(sum.articles_added, 0);
    ck_assert_int_eq(sum.articles_present, 2);
    ck_assert_int_eq(sum.comments_added, 0);
    ck_assert_int_eq(sum.comments_present, 9);
    ck_assert_int_eq(count_comments(&d, "/2021/07/cartel-story.html"), 7);
    scratch_db_close(&d);
    arena_release(&a);
}
END_TEST

START_TEST(store_bad_files_import_nothing)
{
    static const char *const bad[] = {"truncated.xml", "billion-laughs.xml",
                                      "invalid-utf8.xml"};
    struct scratch_db d;
    struct import_summary sum;
    scratch_db_open(&d, "dsq");
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char path[128];
        snprintf(path, sizeof(path), FIX "%s", bad[i]);
        ck_assert_int_ne(run(&d, import_disqus, path, NULL, &sum), 0);
        int64_t n = -1;
        ck_assert_int_eq(store_article_count(d.st, &n), 0);
        ck_assert_int_eq(n, 0);
    }
    scratch_db_close(&d);
}
END_TEST

START_TEST(store_map_rewrites_urls)
{
    struct scratch_db d;
    struct import_summary sum;
    struct arena a;
    struct article art;
    struct import_map m = {"https://old.example.com/",
                           "https://news.example.org/blog/"};
    struct import_options o = {.maps = &m, .nmaps = 1};
    arena_init(&a, 0);
    scratch_db_open(&d, "dsq");
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", &o, &sum), 0);
    ck_assert_int_eq(store_article_by_path(
                         d.st, "/blog/2021/07/cartel-story.html", &a, &art),
                     0);
    ck_assert_str_eq(art.external_url,
                     "https://news.example.org/blog/2021/07/cartel-story.html");
    scratch_db_close(&d);
    arena_release(&a);
}
END_TEST

/* A stand-in for the router's own paths: the fixture's July stories. */
static bool july_is_own(const char *path)
{
    return strncmp(path, "/2021/07/", 9) == 0;
}

START_TEST(store_renames_paths_the_server_answers)
{
    struct scratch_db d;
    struct import_summary sum;
    struct buf moved;
    struct import_options o = {.path_is_own = july_is_own, .renamed = &moved};
    buf_init(&moved, 4096);
    scratch_db_open(&d, "dsq");
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", &o, &sum), 0);
    ck_assert_int_eq(sum.articles_renamed, 1);
    ck_assert_str_eq(moved.data, "/2021/07/cartel-story.html -> "
                                 "/imported/2021/07/cartel-story.html\n");
    ck_assert_int_eq(count_comments(&d, "/imported/2021/07/cartel-story.html"),
                     7);
    ck_assert_int_eq(count_comments(&d, "/2021/07/cartel-story.html"), 0);
    /* again: found by source id, nothing renamed */
    buf_reset(&moved);
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", &o, &sum), 0);
    ck_assert_int_eq(sum.articles_renamed, 0);
    ck_assert_int_eq(sum.articles_added, 0);
    ck_assert_str_eq(moved.data, "");
    scratch_db_close(&d);
    buf_release(&moved);
}
END_TEST

START_TEST(store_attaches_to_an_article_already_at_an_own_path)
{
    struct scratch_db d;
    struct import_summary sum;
    struct article in;
    int64_t id;
    struct import_options o = {.path_is_own = july_is_own};
    scratch_db_open(&d, "dsq");
    memset(&in, 0, sizeof(in));
    in.path = "/2021/07/cartel-story.html";
    in.title = "Stored before paths were checked";
    in.byline = in.body = in.lead_image = in.lead_caption = in.labels = "";
    in.source_id = "";
    in.external_url = "";
    in.is_published = true;
    ck_assert_int_eq(store_article_insert(d.st, &in, &id), 0);
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", &o, &sum), 0);
    ck_assert_int_eq(sum.articles_attached, 1);
    ck_assert_int_eq(sum.articles_renamed, 0);
    ck_assert_int_eq(count_comments(&d, in.path), 7);
    scratch_db_close(&d);
}
END_TEST

START_TEST(store_attaches_to_existing_article)
{
    struct scratch_db d;
    struct import_summary sum;
    struct arena a;
    struct article in, art;
    int64_t id;
    arena_init(&a, 0);
    scratch_db_open(&d, "dsq");
    memset(&in, 0, sizeof(in));
    in.path = "/2021/07/cartel-story.html";
    in.title = "Our own copy";
    in.byline = in.body = in.lead_image = in.lead_caption = in.labels = "";
    in.source_id = "";
    in.external_url = "";
    in.is_published = true;
    ck_assert_int_eq(store_article_insert(d.st, &in, &id), 0);
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", NULL, &sum), 0);
    ck_assert_int_eq(sum.articles_attached, 1);
    ck_assert_int_eq(sum.articles_added, 1);
    ck_assert_int_eq(store_article_by_path(d.st, in.path, &a, &art), 0);
    ck_assert_int_eq(art.id, id);
    ck_assert_str_eq(art.title, "Our own copy");
    ck_assert_int_eq(count_comments(&d, in.path), 7);
    /* and again: attached again, nothing added */
    ck_assert_int_eq(run(&d, import_disqus, FIX "export.xml", NULL, &sum), 0);
    ck_assert_int_eq(sum.comments_added, 0);
    ck_assert_int_eq(count_comments(&d, in.path), 7);
    scratch_db_close(&d);
    arena_release(&a);
}
END_TEST

/* send_article starts a made-up import: stats zeroed, then the one
 * thread_only article "t:article" at url. Returns the sink's result. */
static int send_article(const struct import_sink *sink, struct import_stats *st,
                        const char *url)
{
    struct import_article a;
    memset(st, 0, sizeof(*st));
    memset(&a, 0, sizeof(a));
    a.source_id = "t:article";
    a.url = url;
    a.path = a.title = a.byline = a.body_md = "";
    a.lead_image = a.lead_caption = a.labels = "";
    a.thread_only = true;
    return sink->article(sink->ctx, &a);
}

/* send_reply sends an anonymous comment on "t:article" (parent "" for a
 * top-level one). Returns the sink's result. */
/* When the made-up comments were written: 2023-11-14 (a time before 1990
 * would leave them out). */
#define MADE_UP_AT ((int64_t)1700000000)

static int send_reply(const struct import_sink *sink, const char *id,
                      const char *parent, int64_t created, const char *body)
{
    struct import_comment c;
    memset(&c, 0, sizeof(c));
    c.source_id = id;
    c.parent_source_id = parent;
    c.article_source_id = "t:article";
    c.created = created;
    c.author_name = "";
    c.anonymous = true;
    c.body_md = body;
    return sink->comment(sink->ctx, &c);
}

/* A made-up importer: a reply chain in reverse, and a parent cycle. */
static int reversed_parse(const char *path, const struct import_sink *sink,
                          struct import_stats *st, struct buf *err)
{
    static const char *const recs[][2] = {
        {"t:c4", "t:c3"}, {"t:c3", "t:c2"}, {"t:c2", "t:c1"}, {"t:x", "t:y"},
        {"t:y", "t:x"},   {"t:c1", ""},     {"t:c5", "t:c1"}};
    (void)path;
    (void)err;
    int rc = send_article(sink, st, "https://example.com/story");
    for (size_t i = 0; rc == 0 && i < sizeof(recs) / sizeof(recs[0]); i++)
        rc = send_reply(sink, recs[i][0], recs[i][1], MADE_UP_AT + (int64_t)i,
                        "text");
    return rc;
}

START_TEST(store_reverse_chain_and_cycle)
{
    struct scratch_db d;
    struct import_summary sum;
    struct arena a;
    arena_init(&a, 0);
    scratch_db_open(&d, "dsq");
    ck_assert_int_eq(run(&d, reversed_parse, "-", NULL, &sum), 0);
    ck_assert_int_eq(sum.comments_added, 7);
    ck_assert_str_eq(number_of(&d, &a, "t:c1"), "1");
    ck_assert_str_eq(number_of(&d, &a, "t:c2"), "1.1");
    ck_assert_str_eq(number_of(&d, &a, "t:c3"), "1.1.1");
    ck_assert_str_eq(number_of(&d, &a, "t:c4"), "1.1.1.1");
    ck_assert_str_eq(number_of(&d, &a, "t:c5"), "1.2");
    /* the cycle is broken at its first member, which becomes top-level */
    ck_assert_str_eq(number_of(&d, &a, "t:x"), "2");
    ck_assert_str_eq(number_of(&d, &a, "t:y"), "2.1");
    ck_assert_int_eq(sum.orphans, 1);
    scratch_db_close(&d);
    arena_release(&a);
}
END_TEST

/* A made-up importer: one reply chain deeper than numbers can say. */
static int deep_parse(const char *path, const struct import_sink *sink,
                      struct import_stats *st, struct buf *err)
{
    char id[32], parent[32];
    (void)path;
    (void)err;
    int rc = send_article(sink, st, "https://example.com/deep");
    for (int i = 0; rc == 0 && i < 40; i++) {
        snprintf(id, sizeof(id), "t:d%d", i);
        snprintf(parent, sizeof(parent), "t:d%d", i - 1);
        rc = send_reply(sink, id, i ? parent : "", MADE_UP_AT + i, "deeper");
    }
    return rc;
}

START_TEST(store_too_deep_is_flattened)
{
    struct scratch_db d;
    struct import_summary sum;
    struct arena a;
    struct comment c;
    arena_init(&a, 0);
    scratch_db_open(&d, "dsq");
    ck_assert_int_eq(run(&d, deep_parse, "-", NULL, &sum), 0);
    ck_assert_int_eq(sum.comments_added, 40);
    ck_assert_int_gt(sum.flattened, 0);
    ck_assert_int_lt(sum.flattened, 40);
    ck_assert_int_eq(store_comment_by_source(d.st, "t:d39", &a, &c), 0);
    ck_assert_int_gt(c.depth, 5);
    scratch_db_close(&d);
    arena_release(&a);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, fixture_threads_and_posts);
    tcase_add_test(tc, entity_bomb_refused);
    tcase_add_test(tc, truncated_file_refused);
    tcase_add_test(tc, invalid_utf8_refused);
    tcase_add_test(tc, wrong_format_refused);
    tcase_add_test(tc, missing_file);
    tcase_add_test(tc, store_numbers_orphans_idempotence);
    tcase_add_test(tc, store_bad_files_import_nothing);
    tcase_add_test(tc, store_map_rewrites_urls);
    tcase_add_test(tc, store_attaches_to_existing_article);
    tcase_add_test(tc, store_renames_paths_the_server_answers);
    tcase_add_test(tc, store_attaches_to_an_article_already_at_an_own_path);
    tcase_add_test(tc, store_reverse_chain_and_cycle);
    tcase_add_test(tc, store_too_deep_is_flattened);
}

TEST_MAIN("import_disqus")
