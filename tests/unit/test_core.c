/*
 * test_core.c - the rules in src/core: pseudonyms (stable per article,
 * unlinkable across articles), posting validation and numbering, and the
 * thread view. Uses a real SQLite store in a temporary file.
 */
#include <stdio.h>
#include <unistd.h>

#include "testlib.h"

#include "core/post.h"
#include "core/pseudonym.h"
#include "core/site.h"
#include "core/thread.h"
#include "store/store.h"

static char db_path[64];
static struct store *st;
static struct site site;
static struct article art;
static struct arena a;

static void setup(void)
{
    struct buf err;
    buf_init(&err, 1024);
    ck_assert_int_eq(pseudonym_init(), 0);
    snprintf(db_path, sizeof(db_path), "/tmp/charla-core-%d.db", getpid());
    unlink(db_path);
    st = store_open(db_path, &err);
    ck_assert_msg(st != NULL, "%s", err.data);
    ck_assert_int_eq(site_load(st, &site, &err), 0);
    struct article in = {.path = "/a",
                         .title = "A",
                         .byline = "",
                         .published = 1000,
                         .is_published = true,
                         .body = "",
                         .lead_image = "",
                         .lead_caption = "",
                         .labels = "",
                         .source_id = "",
                         .external_url = ""};
    int64_t id;
    ck_assert_int_eq(store_article_insert(st, &in, &id), 0);
    arena_init(&a, 0);
    ck_assert_int_eq(store_article_get(st, id, &a, &art), 0);
    buf_release(&err);
}

static void teardown(void)
{
    arena_release(&a);
    store_free(st);
    char p[80];
    unlink(db_path);
    snprintf(p, sizeof(p), "%s-wal", db_path);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", db_path);
    unlink(p);
}

static int post(const char *body, const char *parent, const char *token,
                struct post_result *res)
{
    struct buf msg;
    buf_init(&msg, 1024);
    struct post_input in = {.body = body,
                            .body_len = strlen(body),
                            .parent = parent,
                            .token = token,
                            .now = 2000};
    int ret = post_comment(st, &site, &art, &in, &a, res, &msg);
    buf_release(&msg);
    return ret;
}

START_TEST(handles_stable_per_article_and_unlinkable)
{
    unsigned char key[PSEUDONYM_KEY_BYTES];
    char tok[PSEUDONYM_TOKEN_HEX + 1], hash[PSEUDONYM_HASH_HEX + 1];
    char h1[4], h2[4], h3[4];
    int c1, c2, c3;
    ck_assert_int_eq(pseudonym_init(), 0);
    pseudonym_new_key(key);
    pseudonym_new_token(tok);
    ck_assert(pseudonym_token_valid(tok, strlen(tok)));
    pseudonym_token_hash(key, tok, strlen(tok), hash);
    ck_assert_int_eq(strlen(hash), 64);
    ck_assert(strstr(hash, tok) == NULL);
    pseudonym_handle(key, hash, 1, h1, &c1);
    pseudonym_handle(key, hash, 1, h2, &c2);
    ck_assert_str_eq(h1, h2);
    ck_assert_int_eq(c1, c2);
    /* across 20 articles the handle must change at least once */
    int differ = 0;
    for (int64_t id = 2; id < 22; id++) {
        pseudonym_handle(key, hash, id, h3, &c3);
        differ += strcmp(h1, h3) != 0;
    }
    ck_assert_int_gt(differ, 15);
    /* another key gives another handle for the same reader */
    unsigned char key2[PSEUDONYM_KEY_BYTES];
    pseudonym_new_key(key2);
    char hash2[PSEUDONYM_HASH_HEX + 1];
    pseudonym_token_hash(key2, tok, strlen(tok), hash2);
    ck_assert_str_ne(hash, hash2);
}
END_TEST

/* `charla setting unset site_title` stores "": the site is named
 * "charla" again, not nothing. */
START_TEST(site_title_unset_is_the_default)
{
    struct buf err;
    struct site s;
    buf_init(&err, 1024);
    ck_assert_str_eq(site.title, "charla");
    ck_assert_int_eq(store_setting_set(st, "site_title", "Border Watch"), 0);
    ck_assert_int_eq(site_load(st, &s, &err), 0);
    ck_assert_str_eq(s.title, "Border Watch");
    site_release(&s);
    ck_assert_int_eq(store_setting_set(st, "site_title", ""), 0);
    ck_assert_int_eq(site_load(st, &s, &err), 0);
    ck_assert_str_eq(s.title, "charla");
    site_release(&s);
    buf_release(&err);
}
END_TEST

START_TEST(token_validation)
{
    ck_assert(pseudonym_token_valid("0123456789abcdef0123456789abcdef", 32));
    ck_assert(!pseudonym_token_valid("0123456789ABCDEF0123456789abcdef", 32));
    ck_assert(!pseudonym_token_valid("0123", 4));
    ck_assert(!pseudonym_token_valid("0123456789abcdef0123456789abcdeg", 32));
}
END_TEST

START_TEST(post_numbers_and_tokens)
{
    struct post_result r1, r2, r3, r4;
    ck_assert_int_eq(post("first", NULL, NULL, &r1), 0);
    ck_assert(r1.new_token);
    ck_assert_str_eq(r1.comment.number, "1");
    ck_assert_int_eq(post("second", NULL, r1.token, &r2), 0);
    ck_assert(!r2.new_token);
    ck_assert_str_eq(r2.comment.number, "2");
    ck_assert_str_eq(r1.comment.handle, r2.comment.handle);
    ck_assert_int_eq(post("reply", "1", NULL, &r3), 0);
    ck_assert_str_eq(r3.comment.number, "1.1");
    ck_assert_int_eq(r3.comment.depth, 1);
    ck_assert_int_eq(post("deeper", "1.1", NULL, &r4), 0);
    ck_assert_str_eq(r4.comment.number, "1.1.1");
    ck_assert_int_eq(post("again", "1", NULL, &r4), 0);
    ck_assert_str_eq(r4.comment.number, "1.2");
}
END_TEST

START_TEST(post_refusals_store_nothing)
{
    struct post_result r;
    ck_assert_int_eq(post("", NULL, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_BAD_INPUT);
    ck_assert_int_eq(post(" \n\t", NULL, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(post("\xff\xfe", NULL, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(post("ok", "7", NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_NO_PARENT);
    char big[5002];
    memset(big, 'x', 5001);
    big[5001] = '\0';
    ck_assert_int_eq(post(big, NULL, NULL, &r), ERR_INVALID);
    /* exactly 5,000 characters (multi-byte) is allowed */
    char ok[10001];
    for (int i = 0; i < 5000; i++) {
        ok[2 * i] = (char)0xC3;
        ok[2 * i + 1] = (char)0xB1; /* ñ */
    }
    ok[10000] = '\0';
    ck_assert_int_eq(post(ok, NULL, NULL, &r), 0);
    struct comment *cs;
    size_t n;
    ck_assert_int_eq(store_comment_list(st, art.id, &a, &cs, &n), 0);
    ck_assert_int_eq(n, 1);
}
END_TEST

START_TEST(name_rules)
{
    ck_assert(post_check_name("Lupita", 6));
    ck_assert(
        post_check_name("Anónimo del norte", strlen("Anónimo del norte")));
    ck_assert(!post_check_name("a\nb", 3));
    char forty_one[42];
    memset(forty_one, 'n', 41);
    ck_assert(!post_check_name(forty_one, 41));
    ck_assert(post_check_name(forty_one, 40));
}
END_TEST

/* Stores an imported top-level comment in status s, once published or
 * not (was_public); c gets its number. */
static void insert_seen(enum comment_status s, bool was_public,
                        struct comment *c)
{
    *c = (struct comment){.article_id = art.id,
                          .status = s,
                          .was_public = was_public,
                          .author_kind = AUTHOR_IMPORTED,
                          .author_hash = "",
                          .author_name = "",
                          .created = 1500,
                          .body = "",
                          .reason = "",
                          .source_id = ""};
    ck_assert_int_eq(store_comment_insert(st, c), 0);
}

/* Stores an imported top-level comment in status s, once published. */
static void insert_with_status(enum comment_status s, struct comment *c)
{
    insert_seen(s, true, c);
}

START_TEST(reply_to_tombstone_refused)
{
    struct comment c;
    insert_with_status(COMMENT_REMOVED, &c);
    struct post_result r;
    ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_BAD_INPUT);
    /* a withdrawn one is answered as a number no comment has */
    insert_with_status(COMMENT_WITHDRAWN, &c);
    ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_NO_PARENT);
    /* so is one removed or purged before any reader saw it */
    insert_seen(COMMENT_REMOVED, false, &c);
    ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_NO_PARENT);
    insert_seen(COMMENT_PURGED, false, &c);
    ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_NO_PARENT);
}
END_TEST

START_TEST(reply_to_comment_awaiting_review_refused)
{
    struct post_result r;
    for (int s = COMMENT_PENDING; s <= COMMENT_HELD; s++) {
        if (!comment_status_awaits_review((enum comment_status)s))
            continue;
        struct comment c;
        insert_with_status((enum comment_status)s, &c);
        ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
        ck_assert_int_eq(r.refusal, POST_BAD_INPUT);
        struct comment reply;
        char number[COMMENT_NUMBER_MAX + 2];
        snprintf(number, sizeof(number), "%s.1", c.number);
        ck_assert_int_eq(
            store_comment_by_number(st, art.id, number, &a, &reply),
            ERR_NOTFOUND);
        /* one no reader ever saw is answered as a number no comment
           has, so that a reply does not tell it exists */
        insert_seen((enum comment_status)s, false, &c);
        ck_assert_int_eq(post("hi", c.number, NULL, &r), ERR_INVALID);
        ck_assert_int_eq(r.refusal, POST_NO_PARENT);
    }
}
END_TEST

START_TEST(closed_discussion_refuses)
{
    struct post_result r;
    art.discussion = 2;
    ck_assert_int_eq(post("hi", NULL, NULL, &r), ERR_INVALID);
    ck_assert_int_eq(r.refusal, POST_CLOSED);
    art.discussion = 1; /* pre-moderated: stored as pending */
    ck_assert_int_eq(post("hi", NULL, NULL, &r), 0);
    ck_assert_int_eq(r.comment.status, COMMENT_PENDING);
    art.discussion = 0;
}
END_TEST

START_TEST(thread_view_local_times_and_refs)
{
    struct post_result r;
    ck_assert_int_eq(post("hello", NULL, NULL, &r), 0);
    struct comment *cs;
    size_t n;
    struct thread t;
    ck_assert_int_eq(store_comment_list(st, art.id, &a, &cs, &n), 0);
    ck_assert_int_eq(thread_build(&t, &site, &art, cs, n, &a), 0);
    ck_assert_int_eq(t.count, 1);
    ck_assert_int_eq(t.visible, 1);
    ck_assert_str_eq(t.refs[0].number, "1");
    ck_assert_ptr_null(t.refs[0].preview);
    ck_assert_str_eq(t.refs[0].body, "hello");
    ck_assert_int_eq(strlen(cs[0].handle), 3);
    /* site time zone UTC: 2000 s after the epoch is 00:33 */
    ck_assert_int_eq(t.refs[0].local_hour, 0);
    ck_assert_int_eq(t.refs[0].local_minute, 33);
}
END_TEST

/* Only a published comment is counted, and only it lends its text to the
 * references that name it: the table a thread's references resolve
 * against carries nothing of a pending, held or removed comment. */
START_TEST(thread_refs_carry_published_text_only)
{
    static const enum comment_status statuses[] = {
        COMMENT_VISIBLE, COMMENT_HELD, COMMENT_PENDING, COMMENT_REMOVED,
        COMMENT_DELETED};
    enum { N = sizeof(statuses) / sizeof(statuses[0]) };
    static const char *const numbers[N] = {"1", "2", "3", "4", "5"};
    struct comment cs[N];
    for (size_t i = 0; i < N; i++) {
        cs[i] = (struct comment){.id = (int64_t)i + 1,
                                 .article_id = art.id,
                                 .status = statuses[i],
                                 .author_kind = AUTHOR_IMPORTED,
                                 .author_hash = "",
                                 .author_name = "Lupita",
                                 .handle = "",
                                 .created = 2000 + (int64_t)i,
                                 .body = "the witness lives by the station",
                                 .reason = "",
                                 .source_id = "",
                                 .screen = "",
                                 .was_public = true};
        snprintf(cs[i].number, sizeof(cs[i].number), "%s", numbers[i]);
    }
    struct thread t;
    ck_assert_int_eq(thread_build(&t, &site, &art, cs, N, &a), 0);
    ck_assert_int_eq(t.visible, 1);
    ck_assert_str_eq(t.refs[0].body, cs[0].body);
    ck_assert(!t.refs[0].awaiting_review && !t.refs[0].tombstone);
    for (size_t i = 1; i < N; i++) {
        ck_assert_ptr_null(t.refs[i].body);
        ck_assert_str_eq(t.refs[i].preview, "");
    }
    ck_assert(t.refs[1].awaiting_review && t.refs[2].awaiting_review);
    ck_assert(t.refs[3].tombstone && t.refs[4].tombstone);
    /* the deleted one says it was its author, the removed one not */
    ck_assert(t.refs[4].deleted && !t.refs[3].deleted);
    ck_assert(!t.refs[0].deleted && !t.refs[1].deleted);
    ck_assert(!t.refs[3].awaiting_review);

    /* what a later comment's references resolve to: the held one by
       number (to say it awaits review), by time never (00:33 is 2000 s) */
    struct refs_ctx ctx = {t.refs, t.count, 0, 9000, false, 0};
    struct refs_match m;
    size_t pos = 0;
    ck_assert(refs_next(&ctx, "#2", 2, &pos, &m));
    ck_assert_int_eq(m.ntargets, 1);
    ck_assert(t.refs[m.targets[0]].awaiting_review);
    pos = 0;
    ck_assert(refs_next(&ctx, "0:33", 4, &pos, &m));
    for (size_t k = 0; k < m.ntargets; k++)
        ck_assert(!t.refs[m.targets[k]].awaiting_review);
}
END_TEST

/* thread_row fills c as an imported comment of article_id with no text,
 * number and place as given, posted at 2000 + id seconds. */
static void thread_row(struct comment *c, int64_t id, int64_t article_id,
                       const char *number, int depth,
                       enum comment_status status)
{
    *c = (struct comment){.id = id,
                          .article_id = article_id,
                          .depth = depth,
                          .status = status,
                          .author_kind = AUTHOR_IMPORTED,
                          .author_hash = "",
                          .author_name = "",
                          .handle = "",
                          .created = 1999 + id,
                          .body = "",
                          .reason = "",
                          .source_id = "",
                          .screen = ""};
    snprintf(c->number, sizeof(c->number), "%s", number);
}

/* A withdrawn comment leaves the thread, and with it every reference
 * that could name it; one with comments under it stays, as deleted. */
START_TEST(thread_leaves_out_withdrawn_comments)
{
    static const struct {
        const char *number;
        int depth;
        enum comment_status status;
    } rows[] = {
        {"1", 0, COMMENT_VISIBLE},     {"2", 0, COMMENT_WITHDRAWN},
        {"3", 0, COMMENT_WITHDRAWN},   {"3.1", 1, COMMENT_VISIBLE},
        {"3.2", 1, COMMENT_WITHDRAWN}, {"4", 0, COMMENT_VISIBLE},
        {"4.1", 1, COMMENT_WITHDRAWN}, {"4.1.1", 2, COMMENT_WITHDRAWN},
        {"5", 0, COMMENT_WITHDRAWN},
    };
    enum { N = sizeof(rows) / sizeof(rows[0]) };
    struct comment cs[N];
    for (size_t i = 0; i < N; i++) {
        thread_row(&cs[i], (int64_t)i + 1, art.id, rows[i].number,
                   rows[i].depth, rows[i].status);
    }
    struct thread t;
    ck_assert_int_eq(thread_build(&t, &site, &art, cs, N, &a), 0);
    ck_assert_uint_eq(t.count, 4);
    ck_assert_int_eq(t.visible, 3);
    static const char *const kept[] = {"1", "3", "3.1", "4"};
    for (size_t i = 0; i < t.count; i++) {
        ck_assert_str_eq(t.comments[i].number, kept[i]);
        ck_assert_str_eq(t.refs[i].number, kept[i]);
    }
    ck_assert_int_eq(t.comments[1].status, COMMENT_DELETED); /* 3, a parent */
    struct refs_ctx ctx = {t.refs, t.count, 0, 9000, false, 0};
    struct refs_match m;
    size_t pos = 0;
    ck_assert(!refs_next(&ctx, "#2 and #4.1", 11, &pos, &m));
}
END_TEST

/* A comment removed or purged by a moderator before any reader saw it
 * leaves the thread as a withdrawn one does; a removed one readers once
 * saw keeps its tombstone, and so does an unseen one with a reply
 * readers see under it (not one with only a held reply). */
START_TEST(thread_leaves_out_comments_removed_unseen)
{
    static const struct {
        const char *number;
        int depth;
        enum comment_status status;
        bool was_public;
    } rows[] = {
        {"1", 0, COMMENT_REMOVED, true},    /* published, then removed */
        {"2", 0, COMMENT_REMOVED, false},   /* held, then removed */
        {"3", 0, COMMENT_PURGED, false},    /* held, then purged */
        {"4", 0, COMMENT_REMOVED, false},   /* a reply readers see: kept */
        {"4.1", 1, COMMENT_VISIBLE, true},  /**/
        {"5", 0, COMMENT_PURGED, false},    /* a held reply only: goes */
        {"5.1", 1, COMMENT_HELD, false},    /**/
        {"6", 0, COMMENT_REMOVED, false},   /* a seen reply deeper down */
        {"6.1", 1, COMMENT_REMOVED, false}, /**/
        {"6.1.1", 2, COMMENT_VISIBLE, true}, {"7", 0, COMMENT_VISIBLE, true},
        {"8", 0, COMMENT_HELD, false}, /* awaiting review: as ever */
    };
    enum { N = sizeof(rows) / sizeof(rows[0]) };
    struct comment cs[N];
    for (size_t i = 0; i < N; i++) {
        thread_row(&cs[i], (int64_t)i + 1, art.id, rows[i].number,
                   rows[i].depth, rows[i].status);
        cs[i].was_public = rows[i].was_public;
        cs[i].reason = "doxxing";
    }
    struct thread t;
    ck_assert_int_eq(thread_build(&t, &site, &art, cs, N, &a), 0);
    /* 5.1 stays, awaiting review: the page shows it to staff alone */
    static const char *const kept[] = {"1",   "4",     "4.1", "5.1", "6",
                                       "6.1", "6.1.1", "7",   "8"};
    ck_assert_uint_eq(t.count, sizeof(kept) / sizeof(kept[0]));
    for (size_t i = 0; i < t.count; i++) {
        ck_assert_str_eq(t.comments[i].number, kept[i]);
        ck_assert_str_eq(t.refs[i].number, kept[i]);
    }
    ck_assert_int_eq(t.visible, 3);
    /* a kept parent stays what it is: removed, with its reason */
    ck_assert_int_eq(t.comments[1].status, COMMENT_REMOVED);
    ck_assert_str_eq(t.comments[1].reason, "doxxing");
    struct refs_ctx ctx = {t.refs, t.count, 0, 9000, false, 0};
    struct refs_match m;
    size_t pos = 0;
    ck_assert(!refs_next(&ctx, "#2, #3 and #5", 13, &pos, &m));
}
END_TEST

START_TEST(fixed_offsets_parse)
{
    int off;
    ck_assert_int_eq(site_parse_offset("-07:00", &off), 0);
    ck_assert_int_eq(off, -7 * 3600);
    ck_assert_int_eq(site_parse_offset("+05:30", &off), 0);
    ck_assert_int_eq(off, 5 * 3600 + 30 * 60);
    ck_assert_int_eq(site_parse_offset("UTC", &off), 0);
    ck_assert_int_eq(off, 0);
    ck_assert_int_eq(site_parse_offset("America/Mexico_City", &off),
                     ERR_INVALID);
    ck_assert_int_eq(site_parse_offset("-7:00", &off), ERR_INVALID);
}
END_TEST

/* Every status is exactly one of: public, awaiting review (shown to its
 * author and staff only) or a tombstone. */
START_TEST(statuses_are_public_awaiting_or_tombstones)
{
    for (int s = 0; s < COMMENT_STATUS_COUNT; s++) {
        bool awaits = comment_status_awaits_review((enum comment_status)s);
        bool tomb = comment_status_is_tombstone((enum comment_status)s);
        ck_assert_msg(awaits + tomb + (s == COMMENT_VISIBLE) == 1, "%s",
                      comment_status_name((enum comment_status)s));
    }
    ck_assert(comment_status_awaits_review(COMMENT_HELD));
    ck_assert(comment_status_awaits_review(COMMENT_PENDING));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, handles_stable_per_article_and_unlinkable);
    tcase_add_test(tc, site_title_unset_is_the_default);
    tcase_add_test(tc, token_validation);
    tcase_add_test(tc, post_numbers_and_tokens);
    tcase_add_test(tc, post_refusals_store_nothing);
    tcase_add_test(tc, name_rules);
    tcase_add_test(tc, reply_to_tombstone_refused);
    tcase_add_test(tc, reply_to_comment_awaiting_review_refused);
    tcase_add_test(tc, closed_discussion_refuses);
    tcase_add_test(tc, thread_view_local_times_and_refs);
    tcase_add_test(tc, thread_refs_carry_published_text_only);
    tcase_add_test(tc, thread_leaves_out_withdrawn_comments);
    tcase_add_test(tc, thread_leaves_out_comments_removed_unseen);
    tcase_add_test(tc, fixed_offsets_parse);
    tcase_add_test(tc, statuses_are_public_awaiting_or_tombstones);
}

TEST_MAIN("core")
