/*
 * test_pg.c - the moderation queue's statements in PostgreSQL read the
 * partial index comments_queue (schema 5), not the comments table, the
 * bans page reads the bans in force (bans_in_force), not every ban, and
 * the site-wide comments feed reads comments_newest (schema 8).
 *
 * The PostgreSQL twin of test_sqlite_mod.c: it includes pg.c to EXPLAIN
 * exactly the SQL the store prepares (stmt_sql), in a schema of its own
 * in the PG_TEST_URL database (nothing runs without one), migrated by
 * store_open. PostgreSQL picks a plan by cost, so the checks are made
 * where the cost speaks for the index: a table of 20,000 published
 * comments with statistics (ANALYZE), in the custom plan of the first
 * executions and in the generic plan a prepared statement settles on;
 * and a table of a handful of rows with sequential scans off, where the
 * index must still be usable at all (its predicate proven by the query's).
 */
#include <inttypes.h>
#include <stdio.h>

#include "store/pg.c"
#include "testlib.h"

static char schema[64];
static char url[1024];

static const char *base_url(void)
{
    const char *u = getenv("PG_TEST_URL");
    return u && *u ? u : NULL;
}

static void exec_ok(PGconn *db, const char *sql)
{
    PGresult *res = PQexec(db, sql);
    ck_assert_msg(PQresultStatus(res) == PGRES_COMMAND_OK ||
                      PQresultStatus(res) == PGRES_TUPLES_OK,
                  "%s: %s", sql, PQerrorMessage(db));
    PQclear(res);
}

static void no_notices(void *arg, const char *message)
{
    /* "drop cascades to ..." */
}

static PGconn *connect_to(const char *u)
{
    PGconn *db = PQconnectdb(u);
    ck_assert_msg(PQstatus(db) == CONNECTION_OK, "connect: %s",
                  PQerrorMessage(db));
    PQsetNoticeProcessor(db, no_notices, NULL);
    return db;
}

/* open_filled makes a migrated schema of `published` comments over two
 * articles (one in 997 held, one in 991 pending, one in 983 visible with
 * a report) and 5,000 bans that end at 1001..6000 but every hundredth,
 * for good, and returns a connection to it with the queue's statements
 * prepared as qo, qn and qc, the bans list as qb and the site's newest
 * comments as qf (their keys alone as qk). */
static PGconn *open_filled(int published)
{
    PGconn *admin = connect_to(base_url());
    char sql[1536];
    snprintf(schema, sizeof(schema), "t_plan_%ld_%d", (long)getpid(),
             published);
    snprintf(sql, sizeof(sql), "CREATE SCHEMA %s", schema);
    exec_ok(admin, sql);
    PQfinish(admin);
    const char *b = base_url();
    snprintf(url, sizeof(url), "%s%soptions=-csearch_path%%3D%s", b,
             strchr(b, '?') ? "&" : "?", schema);
    struct buf err;
    buf_init(&err, 4096);
    struct store *s = store_open(url, &err);
    ck_assert_msg(s != NULL, "store_open: %s", err.data);
    buf_release(&err);
    store_free(s);

    PGconn *db = connect_to(url);
    snprintf(sql, sizeof(sql),
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, created, report_count) "
             "SELECT 1 + i %% 2, i::text, i, 0, lpad(i::text, 6, '0'), "
             "CASE WHEN i %% 997 = 0 THEN 2 WHEN i %% 991 = 0 THEN 1 "
             "ELSE 0 END, 1, 1000 + i, (i %% 983 = 0)::int "
             "FROM generate_series(1, %d) i;"
             "INSERT INTO bans(author_hash, until, created, actor) "
             "SELECT 'h' || i, CASE WHEN i %% 100 = 0 THEN 0 ELSE 1000 + i "
             "END, 500 + i, 'k' FROM generate_series(1, 5000) i;",
             published);
    exec_ok(db, sql);
    static const struct {
        const char *name;
        enum stmt_id id;
    } stmts[] = {{"qo", ST_QUEUE_OLDEST},    {"qn", ST_QUEUE_NEWEST},
                 {"qc", ST_QUEUE_COUNT},     {"qb", ST_BAN_LIST},
                 {"qf", ST_COMMENTS_NEWEST}, {"qk", ST_COMMENTS_NEWEST_KEYS}};
    for (size_t i = 0; i < sizeof(stmts) / sizeof(stmts[0]); i++) {
        struct buf q;
        buf_init(&q, 8192);
        buf_addf(&q, "PREPARE %s AS %s", stmts[i].name, stmt_sql[stmts[i].id]);
        ck_assert(!buf_failed(&q));
        exec_ok(db, q.data);
        buf_release(&q);
    }
    return db;
}

static void close_filled(PGconn *db)
{
    PQfinish(db);
    PGconn *admin = connect_to(base_url());
    char sql[128];
    snprintf(sql, sizeof(sql), "DROP SCHEMA %s CASCADE", schema);
    exec_ok(admin, sql);
    PQfinish(admin);
}

/* plan_of returns the text of EXPLAIN EXECUTE call (static buffer). */
static const char *plan_of(PGconn *db, const char *call)
{
    static char out[8192];
    char sql[256];
    snprintf(sql, sizeof(sql), "EXPLAIN EXECUTE %s", call);
    PGresult *res = PQexec(db, sql);
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK, "%s: %s", sql,
                  PQerrorMessage(db));
    size_t len = 0;
    out[0] = 0;
    for (int r = 0; r < PQntuples(res); r++) {
        int w = snprintf(out + len, sizeof(out) - len, "%s\n",
                         PQgetvalue(res, r, 0));
        ck_assert(w > 0 && (size_t)w < sizeof(out) - len);
        len += (size_t)w;
    }
    PQclear(res);
    return out;
}

/* assert_reads_queue_index: the plan reads comments_queue, and comments
 * by no other index (every index of comments is named comments_...) and
 * no sequential scan. */
static void assert_reads_queue_index(const char *plan)
{
    ck_assert_contains(plan, "comments_queue");
    ck_assert_not_contains(plan, "Seq Scan");
    for (const char *p = strstr(plan, "comments_"); p;
         p = strstr(p + 1, "comments_"))
        ck_assert_msg(strncmp(p, "comments_queue", 14) == 0,
                      "another index of comments: %s", plan);
}

/* assert_queue_plans: every statement, for every reason and with and
 * without an article, reads comments through comments_queue (an index
 * scan or a bitmap of it) and no other way; in_order: a page comes in the
 * index's order, unsorted. */
static void assert_queue_plans(PGconn *db, bool in_order)
{
    static const int articles[] = {0, 2};
    for (size_t a = 0; a < 2; a++) {
        for (int why = QUEUE_ANY; why <= QUEUE_REPORTED; why++) {
            char call[160];
            snprintf(call, sizeof(call),
                     "qo(%d, %d, %" PRId64 ", %" PRId64 ", 50, 0)", articles[a],
                     why, INT64_MIN, INT64_MIN);
            const char *plan = plan_of(db, call);
            assert_reads_queue_index(plan);
            if (in_order)
                ck_assert_not_contains(plan, "Sort");
            snprintf(call, sizeof(call),
                     "qn(%d, %d, %" PRId64 ", %" PRId64 ", 50, 0)", articles[a],
                     why, INT64_MAX, INT64_MAX);
            plan = plan_of(db, call);
            assert_reads_queue_index(plan);
            if (in_order)
                ck_assert_not_contains(plan, "Sort");
            snprintf(call, sizeof(call), "qc(%d, %d)", articles[a], why);
            plan = plan_of(db, call);
            assert_reads_queue_index(plan);
        }
    }
}

/* A site's table, with statistics: custom plans, then the generic plan. */
START_TEST(test_queue_reads_its_index)
{
    PGconn *db = open_filled(20000);
    exec_ok(db, "ANALYZE");
    assert_queue_plans(db, true);
    exec_ok(db, "SET plan_cache_mode = force_generic_plan");
    assert_queue_plans(db, true);
    close_filled(db);
}
END_TEST

/* The bans page reads the bans in force, not every ban ever made. */
START_TEST(test_ban_list_reads_bans_in_force)
{
    PGconn *db = open_filled(100);
    exec_ok(db, "ANALYZE");
    const char *plan = plan_of(db, "qb(5900)");
    ck_assert_contains(plan, "bans_in_force");
    ck_assert_not_contains(plan, "Seq Scan");
    exec_ok(db, "SET plan_cache_mode = force_generic_plan");
    plan = plan_of(db, "qb(5900)");
    ck_assert_contains(plan, "bans_in_force");
    ck_assert_not_contains(plan, "Seq Scan");
    close_filled(db);
}
END_TEST

/* The site-wide comments feed reads the visible comments backwards
 * through comments_newest (schema 8), already in its order, so it stops
 * at the limit instead of sorting every comment; in the custom plans and
 * in the generic plan, whose limit is unknown. So does the query of their
 * keys that the feed's cache asks first. */
START_TEST(test_newest_reads_its_index)
{
    PGconn *db = open_filled(20000);
    exec_ok(db, "ANALYZE");
    for (int generic = 0; generic < 2; generic++) {
        if (generic)
            exec_ok(db, "SET plan_cache_mode = force_generic_plan");
        for (int keys = 0; keys < 2; keys++) {
            const char *plan = plan_of(db, keys ? "qk(50)" : "qf(50)");
            ck_assert_contains(plan,
                               "Index Scan Backward using comments_newest");
            ck_assert_not_contains(plan, "Sort");
            ck_assert_not_contains(plan, "Seq Scan on comments");
        }
    }
    close_filled(db);
}
END_TEST

/* A few rows and no statistics: with sequential scans off, the queue's
 * index is still the one chosen (the query proves its predicate). */
START_TEST(test_queue_index_usable)
{
    PGconn *db = open_filled(3000);
    exec_ok(db, "SET enable_seqscan = off");
    assert_queue_plans(db, false);
    close_filled(db);
}
END_TEST

static void add_tests(TCase *tc)
{
    if (!base_url())
        return;
    tcase_add_test(tc, test_queue_reads_its_index);
    tcase_add_test(tc, test_queue_index_usable);
    tcase_add_test(tc, test_ban_list_reads_bans_in_force);
    tcase_add_test(tc, test_newest_reads_its_index);
}

TEST_MAIN("pg")
