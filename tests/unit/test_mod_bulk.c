/*
 * test_mod_bulk.c - one decision on many comments (mod_bulk_apply): each
 * comment is its own change, so one the store fails to change, or that
 * another moderator changed meanwhile, is reported and leaves the others
 * decided, each with its audit row. A failure or a conflict cannot be
 * brought about over HTTP at will, so the store here is wrapped in one
 * that fails the transition of chosen comments and forwards the rest.
 */
#include "scratch_db.h"
#include "testlib.h"

#include "api/mod_bulk.h"

/* --- a store that fails chosen comments -------------------------------- */

struct failing {
    struct store base;
    struct store *inner;
    int64_t fail_id;     /* its transition fails: ERR_DB */
    int64_t conflict_id; /* changed meanwhile: ERR_CONFLICT */
};

static int f_comment_get(struct store *s, int64_t id, struct arena *a,
                         struct comment *out)
{
    struct store *in = ((struct failing *)s)->inner;
    return in->ops->comment_get(in, id, a, out);
}

static int f_comment_transition(struct store *s, const struct transition *t)
{
    struct failing *f = (struct failing *)s;
    if (t->comment_id == f->fail_id)
        return ERR_DB;
    if (t->comment_id == f->conflict_id)
        return ERR_CONFLICT;
    return f->inner->ops->comment_transition(f->inner, t);
}

/* only what a bulk approval or removal needs: another call crashes */
static const struct store_ops failing_ops = {
    .name = "failing",
    .comment_get = f_comment_get,
    .comment_transition = f_comment_transition,
};

/* --- the fixture -------------------------------------------------------- */

#define N 6

static struct scratch_db db;
static struct failing wrap;
static struct app app;
static struct http_req req;
static int64_t ids[N];

static int64_t fixed_now(void)
{
    return 500000;
}

static void setup(void)
{
    scratch_db_open(&db, "mod-bulk");
    struct article a = {.path = "/b", .title = "b", .is_published = true};
    int64_t art;
    ck_assert_int_eq(store_article_insert(db.st, &a, &art), 0);
    for (int i = 0; i < N; i++) {
        struct comment c = {.article_id = art,
                            .status = COMMENT_PENDING,
                            .author_kind = AUTHOR_READER,
                            .author_hash = "aa01",
                            .created = 1000 + i,
                            .body = "raid",
                            .reason = ""};
        ck_assert_int_eq(store_comment_insert(db.st, &c), 0);
        ids[i] = c.id;
    }
    wrap.base.ops = &failing_ops;
    wrap.inner = db.st;
    wrap.fail_id = wrap.conflict_id = 0;
    memset(&app, 0, sizeof(app));
    app.store = &wrap.base;
    app.now = fixed_now;
    memset(&req, 0, sizeof(req));
    arena_init(&req.arena, 0);
}

static void teardown(void)
{
    arena_release(&req.arena);
    scratch_db_close(&db);
}

static enum comment_status status_of(int64_t id)
{
    struct comment c;
    ck_assert_int_eq(store_comment_get(db.st, id, &req.arena, &c), 0);
    return c.status;
}

/* rows: the comment's audit rows, its latest in *last. */
static size_t rows(int64_t id, struct audit_entry *last)
{
    struct audit_entry *e;
    size_t n;
    ck_assert_int_eq(store_audit_list(db.st, id, 100, &req.arena, &e, &n), 0);
    if (n && last)
        *last = e[0];
    return n;
}

START_TEST(test_a_failure_leaves_the_others_decided)
{
    wrap.fail_id = ids[1];
    wrap.conflict_id = ids[3];
    struct mod_bulk_result out[N];
    struct mod_bulk_counts counts;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(mod_bulk_apply(&app, &req, MOD_REMOVE, ids, N, "spam", "",
                                    "Kathi", out, &counts, &msg),
                     0);
    buf_release(&msg);
    ck_assert_int_eq(counts.done, 4);
    ck_assert_int_eq(counts.skipped, 1);
    ck_assert_int_eq(counts.failed, 1);
    for (int i = 0; i < N; i++) {
        ck_assert_int_eq(out[i].id, ids[i]);
        struct audit_entry last;
        if (i == 1 || i == 3) {
            /* not changed, no row, and said why */
            ck_assert_int_eq(status_of(ids[i]), COMMENT_PENDING);
            ck_assert_uint_eq(rows(ids[i], NULL), 0);
            ck_assert_int_eq(out[i].outcome,
                             i == 1 ? MOD_BULK_FAILED : MOD_BULK_CHANGED);
            ck_assert_int_eq(out[i].err, i == 1 ? ERR_DB : ERR_CONFLICT);
            ck_assert_str_ne(out[i].message, "");
            continue;
        }
        /* the ones after the failure too: nothing was undone or left out */
        ck_assert_int_eq(out[i].outcome, MOD_BULK_DONE);
        ck_assert_int_eq(status_of(ids[i]), COMMENT_REMOVED);
        ck_assert_uint_eq(rows(ids[i], &last), 1);
        ck_assert_str_eq(last.action, "remove");
        ck_assert_str_eq(last.actor, "Kathi");
        ck_assert_str_eq(last.reason, "spam");
        ck_assert_int_eq(last.at, 500000);
    }
}
END_TEST

START_TEST(test_decided_already_is_skipped_without_a_row)
{
    struct mod_bulk_result out[N];
    struct mod_bulk_counts counts;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(mod_bulk_apply(&app, &req, MOD_APPROVE, ids, 2, "", "",
                                    "Kathi", out, &counts, &msg),
                     0);
    ck_assert_int_eq(counts.done, 2);
    int64_t again[] = {ids[0], ids[2], 999999};
    ck_assert_int_eq(mod_bulk_apply(&app, &req, MOD_APPROVE, again, 3, "", "",
                                    "Lee", out, &counts, &msg),
                     0);
    buf_release(&msg);
    ck_assert_int_eq(counts.done, 1);
    ck_assert_int_eq(counts.skipped, 2);
    ck_assert_int_eq(counts.failed, 0);
    ck_assert_int_eq(out[0].outcome, MOD_BULK_ALREADY);
    ck_assert_int_eq(out[2].outcome, MOD_BULK_CHANGED);
    ck_assert_int_eq(out[2].err, ERR_NOTFOUND);
    struct audit_entry last;
    ck_assert_uint_eq(rows(ids[0], &last), 1);
    ck_assert_str_eq(last.actor, "Kathi");
    ck_assert_uint_eq(rows(ids[2], &last), 1);
    ck_assert_str_eq(last.actor, "Lee");
}
END_TEST

START_TEST(test_a_refused_reason_changes_nothing)
{
    char reason[MOD_REASON_MAX + 20];
    memset(reason, 'x', sizeof(reason) - 1);
    reason[sizeof(reason) - 1] = '\0';
    struct mod_bulk_result out[N];
    struct mod_bulk_counts counts;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(mod_bulk_apply(&app, &req, MOD_REMOVE, ids, N, reason, "",
                                    "Kathi", out, &counts, &msg),
                     ERR_INVALID);
    ck_assert_str_ne(msg.data, "");
    buf_release(&msg);
    for (int i = 0; i < N; i++) {
        ck_assert_int_eq(status_of(ids[i]), COMMENT_PENDING);
        ck_assert_uint_eq(rows(ids[i], NULL), 0);
    }
}
END_TEST

START_TEST(test_add_counts_each_id_once_up_to_the_limit)
{
    int64_t list[MOD_BULK_MAX];
    size_t n = 0;
    for (int64_t id = 1; id <= MOD_BULK_MAX; id++) {
        ck_assert(mod_bulk_add(list, &n, id));
        ck_assert(mod_bulk_add(list, &n, id)); /* again: still one */
    }
    ck_assert_uint_eq(n, MOD_BULK_MAX);
    ck_assert(!mod_bulk_add(list, &n, MOD_BULK_MAX + 1));
    ck_assert(mod_bulk_add(list, &n, 7));
    ck_assert_uint_eq(n, MOD_BULK_MAX);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_a_failure_leaves_the_others_decided);
    tcase_add_test(tc, test_decided_already_is_skipped_without_a_row);
    tcase_add_test(tc, test_a_refused_reason_changes_nothing);
    tcase_add_test(tc, test_add_counts_each_id_once_up_to_the_limit);
}

TEST_MAIN("mod_bulk")
