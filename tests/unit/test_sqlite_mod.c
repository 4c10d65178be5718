/*
 * test_sqlite_mod.c - the moderation queue's statements in SQLite read the
 * partial index comments_queue (schema 5), not the comments table, and
 * the bans page reads the bans in force (bans_in_force), not every ban.
 *
 * A site holds millions of published comments and a few dozen in the
 * queue; a plan that walks the published ones works in a test of thirty
 * comments and takes a quarter of a second a page on a real site, so the
 * plan itself is what is checked here. The file includes sqlite_mod.c to
 * EXPLAIN exactly the SQL the store prepares (mod_sql), on a database
 * migrated by store_open and filled with published comments written
 * straight into the table. charla never runs ANALYZE, so the plan must
 * hold without statistics; it must also hold after an ANALYZE a site's
 * operator might run.
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>

#include "store/schema.h"
#include "store/sqlite_mod.c"
#include "sqlite_scratch.h"
#include "testlib.h"

/* open_filled creates a migrated database of `published` comments over
 * two articles, of which one in 997 is held, one in 991 pending and one
 * in 983 visible with a report, and 5,000 bans that end at 1001..6000
 * but every hundredth, for good; returns a raw connection to it. */
static sqlite3 *open_filled(int published)
{
    scratch_name("charla-plan", "plan.db");
    sqlite3 *db = scratch_migrated();
    char sql[1024];
    snprintf(sql, sizeof(sql),
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
             "WHERE i < %d) INSERT INTO comments(article_id, number, seq, "
             "depth, sort_key, status, author_kind, created, report_count) "
             "SELECT 1 + i %% 2, i, i, 0, printf('%%06d', i), CASE WHEN i "
             "%% 997 = 0 THEN 2 WHEN i %% 991 = 0 THEN 1 ELSE 0 END, 1, "
             "1000 + i, i %% 983 = 0 FROM g;"
             "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
             "WHERE i < 5000) INSERT INTO bans(author_hash, until, created, "
             "actor) SELECT 'h' || i, CASE WHEN i %% 100 = 0 THEN 0 ELSE "
             "1000 + i END, 500 + i, 'k' FROM g;",
             published);
    scratch_exec(db, sql);
    return db;
}

/* plan_of returns EXPLAIN QUERY PLAN of statement id, its parameters
 * bound to the article and reason given and the store's "no cursor"
 * (see store_queue_page), one detail a line (static buffer). */
static const char *plan_of(sqlite3 *db, enum mod_stmt id, int64_t article_id,
                           int why)
{
    static char out[2048];
    sqlite3_stmt *st = plan_prepare(db, mod_sql[id - SQLITE_MOD_FIRST_SLOT]);
    bool newest = id == MS_QUEUE_NEWEST;
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int(st, 2, why);
    if (id != MS_QUEUE_COUNT) {
        sqlite3_bind_int64(st, 3, newest ? INT64_MAX : INT64_MIN);
        sqlite3_bind_int64(st, 4, newest ? INT64_MAX : INT64_MIN);
        sqlite3_bind_int64(st, 5, 50);
        sqlite3_bind_int64(st, 6, 0);
    }
    plan_text(st, out, sizeof(out));
    return out;
}

/* assert_queue_plan: the plan reads comments through comments_queue only,
 * and a page comes in the index's order (no sort of what it found). */
static void assert_queue_plan(sqlite3 *db, enum mod_stmt id)
{
    static const int64_t articles[] = {0, 2};
    for (size_t a = 0; a < 2; a++) {
        for (int why = QUEUE_ANY; why <= QUEUE_REPORTED; why++) {
            const char *plan = plan_of(db, id, articles[a], why);
            ck_assert_contains(plan, "USING INDEX comments_queue");
            ck_assert_not_contains(plan, "MULTI-INDEX OR");
            ck_assert_not_contains(plan, "comments_status");
            /* a scan of comments may only be of the queue's own index */
            for (const char *p = strstr(plan, "SCAN comments"); p;
                 p = strstr(p + 1, "SCAN comments")) {
                const char *eol = strchr(p, '\n');
                const char *idx = strstr(p, "comments_queue");
                ck_assert_msg(idx && idx < eol, "a scan of comments: %s", plan);
            }
            if (id != MS_QUEUE_COUNT)
                ck_assert_not_contains(plan, "TEMP B-TREE");
        }
    }
}

/* The page, both orders, and the count, without statistics. */
START_TEST(test_queue_reads_its_index)
{
    sqlite3 *db = open_filled(20000);
    assert_queue_plan(db, MS_QUEUE_OLDEST);
    assert_queue_plan(db, MS_QUEUE_NEWEST);
    assert_queue_plan(db, MS_QUEUE_COUNT);
    scratch_close(db);
}
END_TEST

/* The same after ANALYZE, when the planner knows how few rows wait. */
START_TEST(test_queue_reads_its_index_analyzed)
{
    sqlite3 *db = open_filled(20000);
    ck_assert_int_eq(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL), SQLITE_OK);
    assert_queue_plan(db, MS_QUEUE_OLDEST);
    assert_queue_plan(db, MS_QUEUE_NEWEST);
    assert_queue_plan(db, MS_QUEUE_COUNT);
    scratch_close(db);
}
END_TEST

/* The bans page reads the bans in force, not every ban ever made. */
START_TEST(test_ban_list_reads_bans_in_force)
{
    sqlite3 *db = open_filled(100);
    for (int analyzed = 0; analyzed < 2; analyzed++) {
        if (analyzed)
            ck_assert_int_eq(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL),
                             SQLITE_OK);
        sqlite3_stmt *st =
            plan_prepare(db, mod_sql[MS_BAN_LIST - SQLITE_MOD_FIRST_SLOT]);
        sqlite3_bind_int64(st, 1, 5900);
        char plan[1024];
        plan_text(st, plan, sizeof(plan));
        ck_assert_contains(plan, "USING INDEX bans_in_force");
        ck_assert_not_contains(plan, "SCAN b");
    }
    scratch_close(db);
}
END_TEST

/* The index holds exactly the rows the queue can show: the count through
 * the index equals a count that reads every comment. */
START_TEST(test_queue_index_holds_the_queue)
{
    sqlite3 *db = open_filled(20000);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(
        sqlite3_prepare_v2(db,
                           "SELECT (SELECT COUNT(*) FROM comments INDEXED BY "
                           "comments_queue WHERE " QUEUE_WHERE "), "
                           "(SELECT COUNT(*) FROM comments NOT INDEXED WHERE "
                           "status IN (1, 2) OR (status = 0 AND "
                           "report_count > 0))",
                           -1, &st, NULL),
        SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_gt(sqlite3_column_int64(st, 1), 30);
    ck_assert_int_eq(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
    scratch_close(db);
}
END_TEST

/* A site of schema 4 upgrades: the migration indexes the comments
 * already waiting, and the queue reads them through the new index. */
START_TEST(test_upgrade_indexes_the_waiting_comments)
{
    scratch_name("charla-plan", "plan.db");
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(scratch_path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE TABLE schema_version(version "
                                  "INTEGER NOT NULL);"
                                  "INSERT INTO schema_version VALUES (4);",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    for (size_t v = 0; v < 4; v++)
        ck_assert_int_eq(sqlite3_exec(db, schema_sqlite[v], NULL, NULL, NULL),
                         SQLITE_OK);
    ck_assert_int_eq(
        sqlite3_exec(db,
                     "INSERT INTO articles(path, title) VALUES ('/a', 'A');"
                     "INSERT INTO comments(article_id, number, seq, depth, "
                     "sort_key, status, author_kind, created, report_count) "
                     "VALUES (1, '1', 1, 0, '000001', 0, 1, 10, 0), "
                     "(1, '2', 2, 0, '000002', 2, 1, 20, 0), "
                     "(1, '3', 3, 0, '000003', 0, 1, 30, 2), "
                     "(1, '4', 4, 0, '000004', 3, 1, 40, 1), "
                     "(1, '5', 5, 0, '000005', 1, 1, 50, 0);",
                     NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(db);

    struct buf err;
    buf_init(&err, 4096);
    struct store *s = store_open(scratch_path, &err);
    ck_assert_msg(s != NULL, "store_open: %s", err.data);
    buf_release(&err);
    struct queue_query q = {.limit = 50};
    int64_t total = 0;
    ck_assert_int_eq(store_queue_count(s, &q, &total), 0);
    ck_assert_int_eq(total, 3); /* held, reported, pending; not removed */
    struct arena a;
    arena_init(&a, 1 << 16);
    struct comment *c;
    size_t n;
    ck_assert_int_eq(store_queue_page(s, &q, &a, &c, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(c[0].number, "2");
    ck_assert_str_eq(c[1].number, "3");
    ck_assert_str_eq(c[2].number, "5");
    arena_release(&a);
    store_free(s);

    ck_assert_int_eq(sqlite3_open(scratch_path, &db), SQLITE_OK);
    const char *plan = plan_of(db, MS_QUEUE_OLDEST, 0, QUEUE_ANY);
    ck_assert_contains(plan, "USING INDEX comments_queue");
    scratch_close(db);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, test_queue_reads_its_index);
    tcase_add_test(tc, test_queue_reads_its_index_analyzed);
    tcase_add_test(tc, test_queue_index_holds_the_queue);
    tcase_add_test(tc, test_ban_list_reads_bans_in_force);
    tcase_add_test(tc, test_upgrade_indexes_the_waiting_comments);
}

TEST_MAIN("sqlite_mod")
