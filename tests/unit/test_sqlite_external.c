/*
 * test_sqlite_external.c - the embed's lookup of a page's thread by its
 * URL (store_article_by_external_url, asked on every load of the widget)
 * reads the partial index articles_external (schema 14) in SQLite, not
 * every article. As test_sqlite_newest.c does, the file includes sqlite.c
 * to EXPLAIN exactly the SQL the store prepares, on a database migrated
 * by store_open and filled straight into the table, with and without
 * ANALYZE.
 */
#include <sqlite3.h>
#include <stdio.h>

#include "store/sqlite.c"
#include "sqlite_scratch.h"
#include "testlib.h"

/* open_filled: 5,000 articles, one in ten about a page elsewhere. */
static sqlite3 *open_filled(void)
{
    scratch_name("charla-external", "external.db");
    sqlite3 *db = scratch_migrated();
    scratch_exec(
        db, "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g "
            "WHERE i < 5000) INSERT INTO articles(path, title, is_published, "
            "external_url) SELECT '/p' || i, 'T', 1, CASE WHEN i % 10 = 0 THEN "
            "'https://blog.example/p' || i ELSE '' END FROM g;");
    return db;
}

static void assert_external_plan(sqlite3 *db)
{
    sqlite3_stmt *st = plan_prepare(db, stmt_sql[ST_ARTICLE_BY_EXTERNAL]);
    sqlite3_bind_text(st, 1, "https://blog.example/p10", -1, SQLITE_STATIC);
    char plan[2048];
    plan_text(st, plan, sizeof(plan));
    ck_assert_contains(plan, "USING INDEX articles_external (external_url=?)");
    ck_assert_not_contains(plan, "SCAN");
    ck_assert_not_contains(plan, "TEMP B-TREE");
}

START_TEST(test_external_reads_its_index)
{
    sqlite3 *db = open_filled();
    assert_external_plan(db);
    ck_assert_int_eq(sqlite3_exec(db, "ANALYZE", NULL, NULL, NULL), SQLITE_OK);
    assert_external_plan(db);
    scratch_close(db);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, test_external_reads_its_index);
}

TEST_MAIN("sqlite_external")
