/*
 * test_import_wxr.c - the WordPress importer against WXR 1.2 and 1.0
 * fixtures (replies, a reply before its parent, pending, spam, trash,
 * pingbacks, trackbacks, an anonymous author, a missing parent, an
 * attachment and a trashed post) and hostile files, then through the store.
 *
 * Fixture paths are relative to the repository root, where tests run.
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

#define FIX "tests/fixtures/wxr/"
#define SITE "wxr:https://old.example.com"

/* expect_thread_only: the importer sent every article as thread_only. */
static void expect_thread_only(const struct recorder *r)
{
    for (int i = 0; i < r->na; i++)
        ck_assert(r->a[i].thread_only);
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
    expect_thread_only(r);
    /* the post and the page; not the attachment nor the trashed post */
    ck_assert_int_eq(r->na, 2);
    ck_assert_str_eq(r->a[0].source_id, SITE "#post-101");
    ck_assert_str_eq(r->a[0].url,
                     "https://old.example.com/2021/07/cartel-story/");
    ck_assert_int_eq(r->a[0].published, 1626459300); /* 2021-07-16 18:15 */
    ck_assert(!r->a[0].closed);
    ck_assert_str_eq(r->a[1].source_id, SITE "#post-103");
    ck_assert(r->a[1].closed);
    /* no GMT time: its post_date, at the offset of the post before
       (-07:00) */
    ck_assert_int_eq(r->a[1].published, 1577836800 + 7 * 3600);
    ck_assert_int_eq(r->articles_after_comment, 0);
    /* comments: 11..20 minus trash (15), pingback (16), trackback (17),
     * plus 22 on the page; 21 (on the attachment) skipped */
    ck_assert_int_eq(r->nc, 8);
    ck_assert_int_eq(st.comments, 8);
    ck_assert_int_eq(st.skipped_pingbacks, 2);
    ck_assert_int_eq(st.skipped_trash, 1);
    ck_assert_int_eq(st.skipped_other, 3);
    ck_assert_int_eq(st.spam, 1);
    ck_assert_ptr_null(recorder_find(r, SITE "#comment-15"));
    ck_assert_ptr_null(recorder_find(r, SITE "#comment-16"));
    ck_assert_ptr_null(recorder_find(r, SITE "#comment-17"));
    ck_assert_ptr_null(recorder_find(r, SITE "#comment-21"));

    struct rec_comment *c = recorder_find(r, SITE "#comment-11");
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->author_name, "María");
    ck_assert_str_eq(c->parent_source_id, "");
    ck_assert_int_eq(c->created, 1626460800);
    ck_assert_int_eq(c->status, IMPORT_VISIBLE);
    /* newline: line break; blank line: paragraph */
    ck_assert_str_eq(c->body_md, "First line\\\nsecond line.\n\nA new "
                                 "paragraph with **bold**.");
    c = recorder_get(r, SITE "#comment-12");
    ck_assert_str_eq(c->parent_source_id, SITE "#comment-11");
    ck_assert(c->anonymous);
    ck_assert_str_eq(c->body_md, "12:36 why do you regret it?");
    ck_assert_int_eq(recorder_get(r, SITE "#comment-13")->status,
                     IMPORT_PENDING);
    ck_assert_int_eq(recorder_get(r, SITE "#comment-14")->status, IMPORT_SPAM);
    /* "Anonymous" is no name */
    ck_assert(recorder_get(r, SITE "#comment-20")->anonymous);
    ck_assert_str_eq(recorder_get(r, SITE "#comment-20")->author_name, "");
    ck_assert_str_eq(recorder_get(r, SITE "#comment-20")->parent_source_id,
                     SITE "#comment-19");
    /* the reply to the trashed comment still names it; the sink decides */
    ck_assert_str_eq(recorder_get(r, SITE "#comment-18")->parent_source_id,
                     SITE "#comment-15");
    /* gmt time missing, and the page's too: the local one, at the offset
       of the post before */
    ck_assert_int_eq(recorder_get(r, SITE "#comment-22")->created,
                     1577952000 + 7 * 3600);
    ck_assert_int_eq(st.local_as_utc, 0); /* an offset was known */
    /* e-mail, URL and IP address never come out */
    ck_assert_not_contains(r->all_text, "@example");
    ck_assert_not_contains(r->all_text, "198.51.100");
    ck_assert_not_contains(r->all_text, "maria.example.org");
    buf_release(&err);
}
END_TEST

START_TEST(escaped_names_and_local_times)
{
    struct import_sink sink;
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(
        import_wxr(FIX "escaped-local-times.xml", &sink, &st, &err), 0);
    ck_assert_int_eq(r->na, 3);
    ck_assert_int_eq(r->nc, 4);
    /* references decoded once: "&amp;lt;" is the text "&lt;" */
    ck_assert_str_eq(r->a[1].title, "Tom & Jerry &lt;3 \u201CEl Mencho\u201D");
#define ROJA "wxr:https://roja.example.com"
    ck_assert_str_eq(recorder_get(r, ROJA "#comment-70")->author_name,
                     "Tom & Jerry");
    ck_assert_str_eq(recorder_get(r, ROJA "#comment-71")->author_name,
                     "O'Brien &lt;b&gt;");
    /* the first page comes before any offset is known: its time and its
       comment's are read as UTC, counted for the summary */
    ck_assert_int_eq(r->a[0].published, 1706774400);
    ck_assert_int_eq(recorder_get(r, ROJA "#comment-50")->created, 1706776200);
    ck_assert_int_eq(st.local_as_utc, 2);
    /* the post says the site is at -06:00: 10:30 local is 16:30 UTC,
       after the post (16:00 UTC), before the reply with its own GMT */
    ck_assert_int_eq(r->a[1].published, 1709308800);
    ck_assert_int_eq(recorder_get(r, ROJA "#comment-70")->created, 1709310600);
    ck_assert_int_eq(recorder_get(r, ROJA "#comment-71")->created, 1709311500);
    /* the page after it tells no offset: it and its comment take the
       post's, 09:00 and 09:30 local */
    ck_assert_int_eq(r->a[2].published, 1709370000 + 6 * 3600);
    ck_assert_int_eq(recorder_get(r, ROJA "#comment-80")->created,
                     1709371800 + 6 * 3600);
    ck_assert(r->a[0].tz_known == false && r->a[1].tz_known);
    ck_assert_int_eq(r->a[1].tz_offset_min, -360);
    /* a comment's zone is the one the blog showed it in: its local time
       against its GMT time, or the offset its local time was read with;
       none for one read as UTC (the site's zone is taken at import) */
    ck_assert(!recorder_get(r, ROJA "#comment-50")->tz_known);
    for (int i = 0; i < 3; i++) {
        static const char *const known[] = {
            ROJA "#comment-70", ROJA "#comment-71", ROJA "#comment-80"};
        struct rec_comment *k = recorder_get(r, known[i]);
        ck_assert_msg(k->tz_known, "%s", known[i]);
        ck_assert_int_eq(k->tz_offset_min, -360);
    }
#undef ROJA
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
    expect_thread_only(r);
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
    struct recorder *r = recorder_new(&sink);
    struct import_stats st;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(import_wxr(path, &sink, &st, &err), ERR_INVALID);
    expect_thread_only(r);
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
    struct scratch_db d;
    struct buf err;
    struct arena a;
    struct import_stats st;
    struct import_summary sum;
    struct comment c;

    scratch_db_open(&d, "wxr");
    struct store *s = d.st;
    buf_init(&err, 4096);
    arena_init(&a, 0);
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
    scratch_db_close(&d);
    arena_release(&a);
    buf_release(&err);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, wxr_1_2_fixture);
    tcase_add_test(tc, wxr_1_0_fixture);
    tcase_add_test(tc, escaped_names_and_local_times);
    tcase_add_test(tc, hostile_and_wrong_files);
    tcase_add_test(tc, store_numbers_and_idempotence);
}

TEST_MAIN("import_wxr")
