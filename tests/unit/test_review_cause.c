/*
 * test_review_cause.c - why a comment awaits review, as its author is told
 * on /me: pre-moderation, the screening, or readers' reports, each way a
 * comment comes to wait (posting, reports at the threshold, a rescreen,
 * a restore, a report of a comment already held), against a real SQLite
 * store and its audit log.
 */
#include "scratch_db.h"
#include "testlib.h"

#include "core/moderation.h"
#include "core/review_cause.h"
#include "store/store.h"

static struct scratch_db db;
static struct store *st;
static struct arena a;
static int64_t article_id;

static void setup(void)
{
    scratch_db_open(&db, "cause");
    st = db.st;
    article_id = scratch_article(st);
    arena_init(&a, 0);
}

static void teardown(void)
{
    arena_release(&a);
    scratch_db_close(&db);
}

/* A reader's comment as posting stores it, screening data and all. */
static struct comment posted(enum comment_status status, const char *screen)
{
    return scratch_comment(st, article_id, status, "", "words", screen, &a);
}

static struct comment reread(const struct comment *c)
{
    struct comment out;
    ck_assert_int_eq(store_comment_get(st, c->id, &a, &out), 0);
    return out;
}

/* n more readers report c (threshold 2), each for the first time;
 * answers c as stored afterwards. */
static struct comment reported(const struct comment *c, int n)
{
    struct buf msg;
    buf_init(&msg, 1024);
    static int readers;
    struct comment now = *c;
    for (int i = 0; i < n; i++) {
        char who[16];
        snprintf(who, sizeof(who), "r%d", ++readers);
        bool held;
        struct report_new r = {.comment_id = now.id,
                               .reporter_hash = who,
                               .client_hash = "",
                               .reason = "hate",
                               .at = 200 + i,
                               .may_count = true};
        ck_assert_int_eq(mod_report(st, &now, &r, 2, &held, &msg), 0);
        now = reread(c);
    }
    buf_release(&msg);
    return now;
}

static struct comment acted(const struct comment *c, enum mod_action action,
                            const char *reason)
{
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {
        .action = action, .reason = reason, .actor = "Kathi", .now = 300};
    ck_assert_int_eq(mod_apply(st, c, &rq, &msg), 0);
    buf_release(&msg);
    return reread(c);
}

static const char *const screen_json =
    "{\"score\":0.9,\"category\":\"threat\"}";

START_TEST(as_posted)
{
    struct comment c = posted(COMMENT_PENDING, "");
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_PREMODERATION);
    /* under pre-moderation the screening's hold is not what waits */
    c = posted(COMMENT_PENDING, screen_json);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_PREMODERATION);
    c = posted(COMMENT_HELD, screen_json);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_SCREENING);
    /* a screening that failed holds with no data: still the screening */
    c = posted(COMMENT_HELD, "");
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_SCREENING);
    c = posted(COMMENT_VISIBLE, "");
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_NONE);
    c = acted(&c, MOD_REMOVE, "spam");
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_NONE);
}
END_TEST

START_TEST(held_by_reports)
{
    struct comment c = posted(COMMENT_VISIBLE, "");
    c = reported(&c, 1);
    ck_assert_int_eq(c.status, COMMENT_VISIBLE);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_NONE);
    c = reported(&c, 2);
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_REPORTS);
    /* removed and restored, it waits for the same reason */
    c = acted(&c, MOD_REMOVE, "hate");
    c = acted(&c, MOD_RESTORE, "");
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_REPORTS);
}
END_TEST

START_TEST(screened_then_reported)
{
    /* held as posted, then reported anyway: the screening holds it */
    struct comment c = posted(COMMENT_HELD, screen_json);
    c = reported(&c, 3);
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_int_eq(c.report_count, 3);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_SCREENING);
    /* approved (its screening data kept), then reported to the threshold:
       the reports hold it now */
    c = acted(&c, MOD_APPROVE, "");
    ck_assert_int_eq(c.status, COMMENT_VISIBLE);
    ck_assert_str_eq(c.screen, screen_json);
    c = reported(&c, 2);
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_REPORTS);
}
END_TEST

START_TEST(rescreened_after_a_report)
{
    /* one report, under the threshold, then `charla rescreen` holds it */
    struct comment c = posted(COMMENT_VISIBLE, "");
    c = reported(&c, 1);
    struct transition t = {.comment_id = c.id,
                           .from = COMMENT_VISIBLE,
                           .to = COMMENT_HELD,
                           .action = "hold",
                           .reason = "",
                           .note = "rescreened: threat 0.900",
                           .actor = "system",
                           .at = 400,
                           .new_screen = screen_json};
    ck_assert_int_eq(store_comment_transition(st, &t), 0);
    c = reread(&c);
    ck_assert_int_eq(c.report_count, 1);
    ck_assert_int_eq(review_cause_of(st, &c), REVIEW_CAUSE_SCREENING);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, as_posted);
    tcase_add_test(tc, held_by_reports);
    tcase_add_test(tc, screened_then_reported);
    tcase_add_test(tc, rescreened_after_a_report);
}

TEST_MAIN("review_cause")
