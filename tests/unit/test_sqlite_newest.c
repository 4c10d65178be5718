/*
 * test_sqlite_newest.c - the site-wide comments feed's statement in
 * SQLite (store_comments_newest, and store_comments_newest_keys, which
 * the feed's cache asks first) reads the partial index comments_newest
 * (schema 8) backwards and stops at its limit, each row's article looked
 * up by primary key, instead of reading every comment and sorting them.
 *
 * A test site of a few comments answers as fast either way, so the plan
 * itself is what is checked, as test_sqlite_mod.c does for the queue (and
 * test_pg.c for this statement in PostgreSQL). The file includes sqlite.c
 * to EXPLAIN exactly the SQL the store prepares (stmt_sql), on a database
 * migrated by store_open and filled with comments written straight into
 * the table. charla never runs ANALYZE, so the plan must hold without
 * statistics; it must also hold after an ANALYZE an operator might run.
 */
#include <sqlite3.h>
#include <stdio.h>

#include "store/sqlite.c"
#include "sqlite_scratch.h"
#include "testlib.h"

/* open_filled creates a migrated database of 20,000 comments over three
 * articles (the third a draft), of which one in seven is held and one in
 * eleven removed, and returns a raw connection to it. */
static sqlite3 *open_filled(void)
{
    scratch_name("charla-newest", "newest.db");
    sqlite3 *db = scratch_migrated();
    scratch_exec(
        db,
        "INSERT INTO articles(path, title, is_published) VALUES "
        "('/a', 'A', 1), ('/b', 'B', 1), ('/c', 'C', 0);"
        "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
        "WHERE i < 20000) INSERT INTO comments(article_id, number, seq, "
        "depth, sort_key, status, author_kind, created) "
        "SELECT 1 + i % 3, i, i, 0, printf('%06d', i), CASE WHEN i % 7 = 0 "
        "THEN 2 WHEN i % 11 = 0 THEN 3 ELSE 0 END, 1, 1000 + i / 2 FROM g;");
    return db;
}

/* assert_newest_plan: statement id reads comments through comments_newest
 * alone, in its order (no sort), and articles by primary key. */
static void assert_newest_plan(sqlite3 *db, enum stmt_id id)
{
    sqlite3_stmt *st = plan_prepare(db, stmt_sql[id]);
    sqlite3_bind_int64(st, 1, 50);
    char plan[2048];
    plan_text(st, plan, sizeof(plan));
    ck_assert_contains(plan, "SCAN comments USING INDEX comments_newest");
    ck_assert_contains(plan, "USING INTEGER PRIMARY KEY");
    ck_assert_not_contains(plan, "TEMP B-TREE");
    ck_assert_not_contains(plan, "SCAN articles");
    ck_assert_not_contains(plan, "SEARCH comments");
    /* one scan of comments, and that is of the index */
    const char *scan = strstr(plan, "SCAN comments");
    ck_assert_ptr_eq(scan, strstr(plan, "SCAN comments USING INDEX "
                                        "comments_newest"));
    ck_assert_ptr_null(strstr(scan + 1, "SCAN comments"));
}

START_TEST(test_newest_reads_its_index)
{
    sqlite3 *db = open_filled();
    assert_newest_plan(db, ST_COMMENTS_NEWEST);
    assert_newest_plan(db, ST_COMMENTS_NEWEST_KEYS);
    scratch_close(db);
}
END_TEST

START_TEST(test_newest_reads_its_index_analyzed)
{
    sqlite3 *db = open_filled();
    ck_assert_int_eq(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL), SQLITE_OK);
    assert_newest_plan(db, ST_COMMENTS_NEWEST);
    assert_newest_plan(db, ST_COMMENTS_NEWEST_KEYS);
    scratch_close(db);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, test_newest_reads_its_index);
    tcase_add_test(tc, test_newest_reads_its_index_analyzed);
}

TEST_MAIN("sqlite_newest")
