/*
 * sqlite_scratch.h - a scratch SQLite database in a temporary folder, for
 * the unit tests that check the plans of the store's statements on a
 * database they fill themselves (test_sqlite_mod.c, test_sqlite_newest.c,
 * test_sqlite_external.c), and read those plans.
 * One database at a time per test process: its folder and file are kept
 * in scratch_dir and scratch_path.
 */
#ifndef CHARLA_SQLITE_SCRATCH_H
#define CHARLA_SQLITE_SCRATCH_H

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store/store.h"
#include "testlib.h"
#include "util/buf.h"

static char scratch_dir[256];
static char scratch_path[300];

/* scratch_name makes a new temporary folder (under TMPDIR, else /tmp)
 * whose name starts with prefix, and sets scratch_path to file in it. */
static void scratch_name(const char *prefix, const char *file)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch_dir, sizeof(scratch_dir), "%s/%s-XXXXXX",
             tmp && *tmp ? tmp : "/tmp", prefix);
    ck_assert_ptr_nonnull(mkdtemp(scratch_dir));
    snprintf(scratch_path, sizeof(scratch_path), "%s/%s", scratch_dir, file);
}

/* scratch_migrated creates the database at scratch_path with the store's
 * current schema (store_open migrates it) and returns a raw connection. */
static sqlite3 *scratch_migrated(void)
{
    struct buf err;
    buf_init(&err, 4096);
    struct store *s = store_open(scratch_path, &err);
    ck_assert_msg(s != NULL, "store_open: %s", err.data);
    buf_release(&err);
    store_free(s);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(scratch_path, &db), SQLITE_OK);
    return db;
}

/* plan_prepare prepares EXPLAIN QUERY PLAN of the statement sql on db,
 * for the caller to bind its parameters. */
static sqlite3_stmt *plan_prepare(sqlite3 *db, const char *sql)
{
    char explain[4096];
    int n = snprintf(explain, sizeof(explain), "EXPLAIN QUERY PLAN %s", sql);
    ck_assert(n > 0 && (size_t)n < sizeof(explain));
    sqlite3_stmt *st = NULL;
    ck_assert_msg(sqlite3_prepare_v2(db, explain, -1, &st, NULL) == SQLITE_OK,
                  "%s", sqlite3_errmsg(db));
    return st;
}

/* plan_text runs the plan st and writes its details into out (cap
 * bytes), one a line; st is finalized. */
static void plan_text(sqlite3_stmt *st, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int w = snprintf(out + len, cap - len, "%s\n",
                         (const char *)sqlite3_column_text(st, 3));
        ck_assert(w > 0 && (size_t)w < cap - len);
        len += (size_t)w;
    }
    sqlite3_finalize(st);
}

/* scratch_exec runs the statements of sql on db; a failure fails the
 * test with SQLite's message. */
static void scratch_exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    ck_assert_msg(rc == SQLITE_OK, "%s", msg ? msg : "");
    sqlite3_free(msg);
}

/* scratch_close closes db and removes the database and its folder. */
static void scratch_close(sqlite3 *db)
{
    sqlite3_close(db);
    const char *suffix[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < 3; i++) {
        char p[320];
        snprintf(p, sizeof(p), "%s%s", scratch_path, suffix[i]);
        unlink(p);
    }
    rmdir(scratch_dir);
}

#endif
