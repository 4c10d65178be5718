/*
 * test_mod_decision.c - whether a moderator decided that a comment stays
 * published, read from a real SQLite store's audit log: approved, kept
 * after reports, restored, and the machine's own moves that are not a
 * decision.
 */
#include "scratch_db.h"
#include "testlib.h"

#include "core/mod_decision.h"
#include "core/moderation.h"
#include "store/store.h"

static struct scratch_db db;
static struct store *st;
static struct arena a;
static int64_t article_id;

static void setup(void)
{
    scratch_db_open(&db, "decision");
    st = db.st;
    article_id = scratch_article(st);
    arena_init(&a, 0);
}

static void teardown(void)
{
    arena_release(&a);
    scratch_db_close(&db);
}

static struct comment posted(enum comment_status status)
{
    return scratch_comment(st, article_id, status, "", "words", "", &a);
}

static struct comment acted(const struct comment *c, enum mod_action action,
                            const char *actor)
{
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {
        .action = action, .reason = "spam", .actor = actor, .now = 300};
    ck_assert_int_eq(mod_apply(st, c, &rq, &msg), 0);
    buf_release(&msg);
    struct comment out;
    ck_assert_int_eq(store_comment_get(st, c->id, &a, &out), 0);
    return out;
}

static bool decided(const struct comment *c)
{
    bool d = true;
    ck_assert_int_eq(mod_decided_to_publish(st, c->id, &d), 0);
    return d;
}

static struct comment system_hold(const struct comment *c)
{
    struct transition t = {.comment_id = c->id,
                           .from = COMMENT_VISIBLE,
                           .to = COMMENT_HELD,
                           .action = "hold",
                           .reason = "",
                           .note = "rescreened: threat 0.900",
                           .actor = "system",
                           .at = 400,
                           .new_screen = ""};
    ck_assert_int_eq(store_comment_transition(st, &t), 0);
    struct comment out;
    ck_assert_int_eq(store_comment_get(st, c->id, &a, &out), 0);
    return out;
}

START_TEST(approved_out_of_the_queue)
{
    struct comment c = posted(COMMENT_HELD);
    ck_assert(!decided(&c));
    c = acted(&c, MOD_APPROVE, "Kathi");
    ck_assert_int_eq(c.status, COMMENT_VISIBLE);
    ck_assert(decided(&c));
    /* held again by the machine and approved again: still decided */
    c = system_hold(&c);
    c = acted(&c, MOD_APPROVE, "Kathi");
    ck_assert(decided(&c));
}
END_TEST

START_TEST(restored_after_a_removal)
{
    struct comment c = posted(COMMENT_VISIBLE);
    ck_assert(!decided(&c));
    c = acted(&c, MOD_REMOVE, "Kathi");
    ck_assert(!decided(&c));
    c = acted(&c, MOD_RESTORE, "Kathi");
    ck_assert_int_eq(c.status, COMMENT_VISIBLE);
    ck_assert(decided(&c));
}
END_TEST

START_TEST(the_machine_decides_nothing)
{
    struct comment c = posted(COMMENT_VISIBLE);
    c = system_hold(&c);
    ck_assert(!decided(&c));
    /* an approve the system logged is not a person's */
    c = acted(&c, MOD_APPROVE, "system");
    ck_assert(!decided(&c));
    /* another comment's approval says nothing of this one */
    struct comment other = posted(COMMENT_HELD);
    acted(&other, MOD_APPROVE, "Kathi");
    ck_assert(!decided(&c));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, approved_out_of_the_queue);
    tcase_add_test(tc, restored_after_a_removal);
    tcase_add_test(tc, the_machine_decides_nothing);
}

TEST_MAIN("mod_decision")
