/*
 * test_import_blogger.c - the Blogger importer against the demo export, a
 * 2018-schema fixture, hostile files and files with missing parents.
 *
 * A recording sink copies every record it is given (strings are only valid
 * during the call), so the tests can look at the whole import afterwards.
 * Fixture paths are relative to the repository root, where tests run.
 */
#include "testlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "import/import.h"
#include "import/xmlread.h"
#include "import_recorder.h"

#define DEMO "demo/blogger-export.xml"
#define FIX "tests/fixtures/blogger/"

/* run imports path into r; returns the importer's result, err filled. */
static int run(const char *path, struct recorder *r, struct import_stats *st,
               struct buf *err)
{
    struct import_sink sink;
    recorder_init(r, &sink);
    buf_init(err, 4096);
    return import_blogger(path, &sink, st, err);
}

/* ---- the demo export ---- */

START_TEST(demo_article)
{
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(DEMO, &r, &st, &err);
    ck_assert_msg(rc == 0, "import failed: %s", err.data);
    ck_assert_int_eq(r.na, 1);
    ck_assert_int_eq(st.articles, 1);
    ck_assert_str_eq(st.format, "blogger-atom");
    const struct rec_article *a = &r.a[0];
    ck_assert_str_eq(a->source_id, "blogger:7061949412204216551");
    ck_assert_str_eq(a->path,
                     "/2021/07/israel-refuses-to-extradite-tomas-zeron.html");
    ck_assert_str_eq(a->url, "https://www.borderlandbeat.com/2021/07/"
                             "israel-refuses-to-extradite-tomas-zeron.html");
    ck_assert_str_eq(
        a->title, "Israel Refuses to Extradite Tomás Zerón, Mexican Official "
                  "linked to Missing Students Investigation & NSO Spyware "
                  "Deal");
    ck_assert_str_eq(a->byline, "Socalj");
    ck_assert_str_eq(a->labels,
                     "Ayotzinapa,Israel,NSO Group,Pegasus,Tomás Zerón");
    /* 2021-07-16T09:05:00-07:00 */
    ck_assert_int_eq(a->published, 1626451500);
    ck_assert_int_eq(a->tz_offset_min, -420);
    ck_assert(!a->draft);
    ck_assert_str_eq(a->lead_image,
                     "https://blogger.googleusercontent.com/img/b/zeron.jpg");
    ck_assert_str_eq(a->lead_caption,
                     "Tomas Zeron de Lucio, the former head of Mexico’s "
                     "Criminal Investigation Agency");
    /* the caption and image are out of the body, the byline line opens it */
    ck_assert_not_contains(a->body_md, "Tomas Zeron de Lucio, the former");
    ck_assert_not_contains(a->body_md, "zeron.jpg");
    ck_assert(strncmp(a->body_md, "**“Socalj” for Borderland Beat**\n\n",
                      strlen("**“Socalj” for Borderland Beat**\n\n")) == 0);
    ck_assert_contains(a->body_md, "Rural Teachers' College in 2014.");
    ck_assert_contains(a->body_md, "\n\nMexico voted in favor");
    ck_assert_contains(a->body_md, "(more than $50 million)");
    ck_assert_not_contains(a->body_md, "<");
    buf_release(&err);
}
END_TEST

START_TEST(demo_comments)
{
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(DEMO, &r, &st, &err);
    ck_assert_msg(rc == 0, "import failed: %s", err.data);
    ck_assert_int_eq(r.nc, 33);
    ck_assert_int_eq(st.comments, 33);
    ck_assert_int_eq(st.tombstones, 1);
    ck_assert_int_eq(st.orphans, 0);
    ck_assert_int_eq(st.skipped_other, 0);
    ck_assert_int_eq(r.comments_before_article, 0);

    /* creation order, and every parent before its replies */
    for (int i = 0; i < r.nc; i++) {
        ck_assert_str_eq(r.c[i].article_source_id,
                         "blogger:7061949412204216551");
        if (i > 0)
            ck_assert_int_le(r.c[i - 1].created, r.c[i].created);
        if (r.c[i].parent_source_id[0]) {
            int p = recorder_pos(&r, r.c[i].parent_source_id);
            ck_assert_int_ge(p, 0);
            ck_assert_int_lt(p, i);
        }
    }
    /* the first is the 11:15 comment (2021-07-16T11:15-07:00) */
    ck_assert_str_eq(r.c[0].source_id, "blogger:7098542720658922315");
    ck_assert_int_eq(r.c[0].created, 1626459300);
    /* and its readers saw it at 11:15: the zone it was written in */
    ck_assert(r.c[0].tz_known);
    ck_assert_int_eq(r.c[0].tz_offset_min, -420);
    ck_assert_str_eq(r.c[0].parent_source_id, "");
    ck_assert_str_eq(r.c[0].body_md,
                     "Lol. Real criminal of Mexico hiding behind real "
                     "international criminals");

    /* 11:40, removed by a moderator: a tombstone under 11:15 */
    const struct rec_comment *c =
        recorder_get(&r, "blogger:8578250784387892726");
    ck_assert_int_eq(c->status, IMPORT_REMOVED);
    ck_assert_str_eq(c->body_md, "");
    ck_assert_str_eq(c->parent_source_id, "blogger:7098542720658922315");
    ck_assert_int_eq(c->created, 1626460800);

    /* "11:40 I regret..." replies to 11:15, text as written */
    c = recorder_get(&r, "blogger:2402887857828947664");
    ck_assert_str_eq(c->parent_source_id, "blogger:7098542720658922315");
    ck_assert_int_eq(c->status, IMPORT_VISIBLE);
    ck_assert(c->anonymous);
    ck_assert_str_eq(c->author_name, "");
    ck_assert(strncmp(c->body_md, "11:40 I regret", 14) == 0);

    /* the moderator signs with a name and a profile */
    c = recorder_get(&r, "blogger:3905104682040198544");
    ck_assert(!c->anonymous);
    ck_assert_str_eq(c->author_name, "Nagging Kathi");
    ck_assert_str_eq(c->body_md, "Language please\n\n~Nagging Kathi");

    /* everyone else is anonymous */
    int named = 0;
    for (int i = 0; i < r.nc; i++)
        named += !r.c[i].anonymous;
    ck_assert_int_eq(named, 1);

    /* entities decoded, "$$" and times left alone, <br /> a hard break */
    c = recorder_get(&r, "blogger:6925848090981757979");
    ck_assert_contains(c->body_md, "Let the comment stand. It's correct");
    c = recorder_get(&r, "blogger:5345248689205321678");
    ck_assert_str_eq(c->body_md, "Geez$$ I$ wonder$$ why$$");
    c = recorder_get(&r, "blogger:2291413039859128741");
    ck_assert_contains(c->body_md, "11;15 as you assume, but to 11:40");
    c = recorder_get(&r, "blogger:9727864896499143182");
    ck_assert_str_eq(c->body_md, "12:36\n\nWhy do you regret it?");
    c = recorder_get(&r, "blogger:8514002455724707652");
    ck_assert_contains(c->body_md,
                       "money was never their motivation.\\\nan eye");

    /* replies to 11:58 come after it, not after the 11:15 thread */
    int q = recorder_pos(&r, "blogger:5328666133331159861");
    ck_assert_int_eq(q, 2); /* 11:15, 11:40, 11:58 */
    ck_assert_str_eq(
        recorder_get(&r, "blogger:1317972074594323533")->parent_source_id,
        "blogger:5328666133331159861");
    buf_release(&err);
}
END_TEST

START_TEST(stats_may_be_null_and_sink_can_stop)
{
    struct recorder r;
    struct import_sink sink;
    struct buf err;
    recorder_init(&r, &sink);
    r.stop_after = 3;
    buf_init(&err, 4096);
    int rc = import_blogger(DEMO, &sink, NULL, &err);
    ck_assert_int_eq(rc, ERR_DB);
    ck_assert_int_eq(r.na, 1);
    ck_assert_int_eq(r.nc, 1);
    ck_assert_contains(err.data, "import stopped at comment");
    buf_release(&err);
}
END_TEST

/* ---- the 2018 schema ---- */

START_TEST(schema_2018)
{
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(FIX "export-2018.xml", &r, &st, &err);
    ck_assert_msg(rc == 0, "import failed: %s", err.data);
    ck_assert_str_eq(st.format, "blogger-2018");
    ck_assert_int_eq(r.na, 2);
    ck_assert_int_eq(st.skipped_pages, 1);
    ck_assert_int_eq(st.skipped_other, 1); /* the comment on post 4999 */

    const struct rec_article *a = &r.a[0];
    ck_assert_str_eq(a->source_id, "blogger:5001");
    ck_assert_str_eq(a->title, "Balacera en Reynosa & bloqueos");
    ck_assert_str_eq(a->byline, "Redacción");
    ck_assert_str_eq(a->path, "/2022/03/balacera-en-reynosa.html");
    ck_assert_str_eq(a->url, "https://fronteranorte.example/2022/03/"
                             "balacera-en-reynosa.html");
    ck_assert_str_eq(a->labels, "Tamaulipas,CDN  Cartel del Noreste");
    ck_assert_int_eq(a->published, 1646159400); /* 2022-03-01T18:30Z */
    ck_assert_int_eq(a->tz_offset_min, 0);
    ck_assert(!a->draft);
    ck_assert_str_eq(a->lead_image, "https://example.org/small.jpg");
    ck_assert_str_eq(a->lead_caption, "Bloqueo en la carretera");
    ck_assert_str_eq(a->body_md, "Primer párrafo con un enlace malo y "
                                 "[uno bueno](https://example.org/nota).\n\n"
                                 "Segundo párrafo.");

    a = &r.a[1];
    ck_assert_str_eq(a->source_id, "blogger:5002");
    ck_assert(a->draft);
    ck_assert_str_eq(a->path, "/2022/03/borrador.html");
    ck_assert_str_eq(a->url, "");
    ck_assert_int_eq(a->tz_offset_min, -360); /* from blogger:created */

    ck_assert_int_eq(r.nc, 7);
    static const char *order[] = {
        "blogger:9001", "blogger:9002", "blogger:9004", "blogger:9003",
        "blogger:9005", "blogger:9006", "blogger:9007"};
    for (int i = 0; i < 7; i++)
        ck_assert_str_eq(r.c[i].source_id, order[i]);

    const struct rec_comment *c = recorder_get(&r, "blogger:9001");
    ck_assert(c->anonymous);
    ck_assert_str_eq(c->parent_source_id, "");
    ck_assert_str_eq(c->article_source_id, "blogger:5001");
    /* the reader typed the asterisks: they stay asterisks */
    ck_assert_str_eq(c->body_md,
                     "Primero. \\*No\\* es broma\\\n\\# 1 en llegar");
    c = recorder_get(&r, "blogger:9002");
    ck_assert(!c->anonymous);
    ck_assert_str_eq(c->author_name, "Chuy");
    ck_assert_str_eq(c->parent_source_id, "blogger:9001");
    c = recorder_get(&r, "blogger:9003"); /* dated before its parent */
    ck_assert_str_eq(c->parent_source_id, "blogger:9004");
    c = recorder_get(&r, "blogger:9004");
    ck_assert_int_eq(c->status, IMPORT_DELETED);
    ck_assert_str_eq(c->body_md, "");
    c = recorder_get(&r, "blogger:9005");
    ck_assert_int_eq(c->status, IMPORT_REMOVED);
    ck_assert_str_eq(c->body_md, "");
    ck_assert_str_eq(c->author_name, "Troll");
    c = recorder_get(&r, "blogger:9006");
    ck_assert_int_eq(c->status, IMPORT_PENDING);
    ck_assert_int_eq(c->created, 1646164800); /* 21:00+01:00 = 20:00Z */
    ck_assert(c->tz_known);
    ck_assert_int_eq(c->tz_offset_min, 60);
    c = recorder_get(&r, "blogger:9007");
    ck_assert_int_eq(c->status, IMPORT_SPAM);
    ck_assert_str_eq(c->body_md, "[gana dinero](https://casino.example/)");
    ck_assert_int_eq(st.tombstones, 2);
    ck_assert_int_eq(st.orphans, 0);
    buf_release(&err);
}
END_TEST

/* Blogger times may have a space between date and time; the Disqus and
 * WordPress importers' strict parser refuses that. */
START_TEST(times_with_a_space)
{
    int64_t secs = 0;
    int off = 0;
    ck_assert(import_parse_rfc3339_loose(" 2021-07-16 11:15:00.000-07:00\n",
                                         &secs, &off));
    ck_assert_int_eq(secs, 1626459300);
    ck_assert_int_eq(off, -420);
    ck_assert(import_parse_rfc3339_loose("2021-07-16t18:15:00Z", &secs, &off));
    ck_assert_int_eq(secs, 1626459300);
    ck_assert_int_eq(off, 0);
    ck_assert(!import_parse_rfc3339("2021-07-16 18:15:00Z", &secs, &off));
    ck_assert(!import_parse_rfc3339_loose("2021-07-16_18:15:00Z", &secs, &off));
    ck_assert(!import_parse_rfc3339_loose("2021-07-16", &secs, &off));
}
END_TEST

/* ---- missing parents and the kinds we skip ---- */

START_TEST(orphans_and_skips)
{
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(FIX "legacy-orphans.xml", &r, &st, &err);
    ck_assert_msg(rc == 0, "import failed: %s", err.data);
    ck_assert_int_eq(r.na, 2);
    ck_assert_int_eq(st.skipped_templates, 1);
    ck_assert_int_eq(st.skipped_settings, 1);
    ck_assert_int_eq(st.skipped_pages, 1);
    ck_assert_int_eq(st.skipped_other, 1); /* the comment on post 999 */
    ck_assert_int_eq(st.orphans, 1);

    ck_assert_str_eq(r.a[0].path, "/2021/01/hello.html");
    ck_assert_str_eq(r.a[0].byline, "Ana");
    ck_assert_str_eq(r.a[0].lead_image, "");
    ck_assert_str_eq(r.a[0].lead_caption, "");
    ck_assert_str_eq(r.a[0].labels, "");
    ck_assert_str_eq(r.a[0].body_md, "No image here.");
    ck_assert_int_eq(r.a[0].tz_offset_min, 330);
    ck_assert_int_eq(r.a[0].published, 1609536845); /* 2021-01-01T21:34:05Z */
    ck_assert(!r.a[0].draft);
    ck_assert(r.a[1].draft);
    ck_assert_str_eq(r.a[1].path, "");

    ck_assert_int_eq(r.nc, 3);
    ck_assert_str_eq(r.c[0].source_id, "blogger:200");
    ck_assert_str_eq(r.c[0].parent_source_id, ""); /* parent 199 is gone */
    ck_assert_str_eq(r.c[1].source_id, "blogger:201");
    ck_assert_int_eq(r.c[1].status, IMPORT_DELETED);
    ck_assert_str_eq(r.c[1].body_md, "");
    ck_assert_str_eq(r.c[1].author_name, "Pedro");
    ck_assert_str_eq(r.c[2].source_id, "blogger:202"); /* ".comment-" id */
    ck_assert_str_eq(r.c[2].parent_source_id, "blogger:201");
    /* "Anonymous" with a profile is a name, not an anonymous reader */
    ck_assert(!r.c[2].anonymous);
    ck_assert_str_eq(r.c[2].author_name, "Anonymous");
    buf_release(&err);
}
END_TEST

/* ---- hostile and broken files: an error with a position, nothing sent */

static void expect_failure(const char *path, int want_rc, const char *want)
{
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(path, &r, &st, &err);
    ck_assert_msg(rc == want_rc, "%s: rc %d, err %s", path, rc, err.data);
    ck_assert_int_eq(r.na, 0);
    ck_assert_int_eq(r.nc, 0);
    ck_assert_contains(err.data, want);
    ck_assert_contains(err.data, path);
    buf_release(&err);
}

START_TEST(billion_laughs_refused)
{
    expect_failure(FIX "billion-laughs.xml", ERR_INVALID,
                   "billion-laughs.xml:3:15: the DOCTYPE declares entities");
}
END_TEST

START_TEST(external_dtd_refused)
{
    expect_failure(FIX "external-entity.xml", ERR_INVALID, "external DTD");
}
END_TEST

START_TEST(truncated_file)
{
    expect_failure(FIX "truncated.xml", ERR_INVALID, "truncated?");
}
END_TEST

START_TEST(invalid_utf8)
{
    expect_failure(FIX "invalid-utf8.xml", ERR_INVALID,
                   "invalid-utf8.xml:4:12: not well-formed (invalid token): "
                   "invalid UTF-8 (byte 0xc3)");
}
END_TEST

/* write_temp writes len bytes of data to a new file; its path (static). */
static const char *write_temp(const char *data, size_t len)
{
    static char path[256];
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof(path), "%s/charla-blogger-XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
    return path;
}

/* expat calls a JSON backup and a control byte an invalid token too; the
 * message names what it is instead, and only a bad byte is UTF-8's. */
START_TEST(invalid_token_explained)
{
    static const char json[] =
        "{\"format\":\"charla-export\",\"version\":2,\"scope\":\"site\"}\n";
    const char *path = write_temp(json, sizeof(json) - 1);
    expect_failure(path, ERR_INVALID,
                   ":1:1: not well-formed (invalid "
                   "token) (a charla JSON backup? try "
                   "`charla import json`)");
    unlink(path);
    static const char control[] =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\x01</feed>\n";
    path = write_temp(control, sizeof(control) - 1);
    struct recorder r;
    struct import_stats st;
    struct buf err;
    ck_assert_int_eq(run(path, &r, &st, &err), ERR_INVALID);
    ck_assert_contains(err.data, ":1:43: not well-formed (invalid token)");
    ck_assert_msg(!strstr(err.data, "UTF-8"), "%s", err.data);
    buf_release(&err);
    unlink(path);
}
END_TEST

START_TEST(missing_file)
{
    expect_failure(FIX "no-such-file.xml", ERR_NOTFOUND, "cannot open");
}
END_TEST

START_TEST(not_a_feed)
{
    expect_failure("tests/unit/testlib.h", ERR_INVALID, "testlib.h:");
}
END_TEST

START_TEST(oversized_comment_skipped)
{
    char path[] = "/tmp/charla-blogger-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    ck_assert_ptr_nonnull(f);
    fputs("<feed xmlns='http://www.w3.org/2005/Atom' "
          "xmlns:thr='http://purl.org/syndication/thread/1.0'>"
          "<entry><id>tag:blogger.com,1999:blog-1.post-1</id>"
          "<published>2021-01-01T00:00:00Z</published>"
          "<category scheme='http://schemas.google.com/g/2005#kind' "
          "term='http://schemas.google.com/blogger/2008/kind#post'/>"
          "<content type='html'>post</content></entry>",
          f);
    for (int i = 0; i < 2; i++) {
        fprintf(f,
                "<entry><id>tag:blogger.com,1999:blog-1.post-%d</id>"
                "<published>2021-01-01T01:00:00Z</published>"
                "<category scheme='http://schemas.google.com/g/2005#kind' "
                "term='http://schemas.google.com/blogger/2008/kind#comment'/>"
                "<thr:in-reply-to ref='tag:blogger.com,1999:blog-1.post-1'/>"
                "<content type='html'>",
                10 + i);
        for (int k = 0; k < (i ? 10 : 70000); k++)
            fputc('x', f);
        fputs("</content></entry>", f);
    }
    fputs("</feed>", f);
    fclose(f);
    struct recorder r;
    struct import_stats st;
    struct buf err;
    int rc = run(path, &r, &st, &err);
    unlink(path);
    ck_assert_msg(rc == 0, "import failed: %s", err.data);
    ck_assert_int_eq(r.na, 1);
    ck_assert_int_eq(r.nc, 1);
    ck_assert_str_eq(r.c[0].source_id, "blogger:11");
    ck_assert_int_eq(st.skipped_toobig, 1);
    buf_release(&err);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, oversized_comment_skipped);
    tcase_add_test(tc, demo_article);
    tcase_add_test(tc, demo_comments);
    tcase_add_test(tc, stats_may_be_null_and_sink_can_stop);
    tcase_add_test(tc, schema_2018);
    tcase_add_test(tc, times_with_a_space);
    tcase_add_test(tc, orphans_and_skips);
    tcase_add_test(tc, billion_laughs_refused);
    tcase_add_test(tc, external_dtd_refused);
    tcase_add_test(tc, truncated_file);
    tcase_add_test(tc, invalid_utf8);
    tcase_add_test(tc, invalid_token_explained);
    tcase_add_test(tc, missing_file);
    tcase_add_test(tc, not_a_feed);
}

TEST_MAIN("import_blogger")
