/*
 * migrate.c - `charla migrate`: copies a site from SQLite to PostgreSQL and
 * proves the copy is exact.
 *
 * What is copied: every table that holds the site (settings, articles,
 * former_paths, comments, users, audit_log, reports, bans), with their
 * ids, comment numbers and sort keys as they are, so permalinks
 * (/path#c1.3), references between comments, audit rows and bans keep
 * pointing where they did, old paths keep redirecting, and the site key in
 * settings keeps every reader's pseudonym. Staff sessions and failed-login
 * counters are not copied: they are short-lived, and staff simply log in again
 * on the new database.
 *
 * How: the source is opened read-only in one read transaction (a snapshot:
 * a server still writing to it cannot tear the copy, but its later writes
 * are not in the copy either, so stop writes first). The target is first
 * opened through store_open, which creates and migrates its schema, and is
 * then written in ONE transaction: it must be empty (a second migrate into
 * the same database is refused), every table is streamed with COPY FROM
 * STDIN in primary-key order, the id sequences are moved past the largest
 * copied id, and then every table is read back and compared before COMMIT.
 * Any difference rolls the whole copy back, so a failed migrate leaves the
 * target empty and it can simply be run again.
 *
 * The comparison: per table, the row count and a SHA-256 over its rows in
 * primary-key order (text keys in byte order: SQLite's BINARY collation,
 * COLLATE "C" on PostgreSQL), each value serialised identically from both
 * databases: a NULL is the byte 'N'; any other value is 'V', its length in
 * decimal, ':', and its bytes in the database's text form (integers in
 * decimal, which both write the same way); each row ends with '\n'.
 * store_migrate_verify computes the same on both sides without copying, so
 * a copy can be checked again later (and the tests can show that a changed
 * row is caught).
 */
#include <libpq-fe.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/str.h"

#define MAX_COLS 24

struct table_spec {
    const char *name;
    const char *cols;         /* the column list, in this order everywhere */
    const char *order_sqlite; /* primary-key order */
    const char *order_pg;     /* the same order on PostgreSQL */
    const char *serial;       /* the BIGSERIAL column, or NULL */
};

/* Parents before children, so foreign keys hold after each COPY. */
static const struct table_spec tables[] = {
    {"settings", "key, value", "key", "key COLLATE \"C\"", NULL},
    {"articles",
     "id, path, title, byline, published, is_published, body, lead_image, "
     "lead_caption, labels, source_id, external_url, discussion, version",
     "id", "id", "id"},
    {"former_paths", "path, article_id, created", "path", "path COLLATE \"C\"",
     NULL},
    {"comments",
     "id, article_id, parent_id, number, seq, depth, sort_key, status, "
     "author_kind, author_hash, author_name, created, body, reason, "
     "source_id, mod_edited, screen, report_count, was_public, tz_offset_min",
     "id", "id", "id"},
    {"users", "id, name, name_key, role, pwhash, created", "id", "id", "id"},
    {"audit_log",
     "id, at, actor, comment_id, article_id, action, from_status, "
     "to_status, reason, note",
     "id", "id", "id"},
    {"reports", "comment_id, reporter_hash, reason, at, client_hash, counted",
     "comment_id, reporter_hash", "comment_id, reporter_hash COLLATE \"C\"",
     NULL},
    {"bans", "id, author_hash, until, created, actor, comment_id", "id", "id",
     "id"},
};
#define TABLE_COUNT (sizeof(tables) / sizeof(tables[0]))

/* One row as the two readers hand it over: values[i] NULL for SQL NULL. */
struct row {
    int n;
    const char *values[MAX_COLS];
    size_t lens[MAX_COLS];
};

typedef int (*row_fn)(void *ctx, const struct row *r, struct buf *err);

/* The count and checksum of one table on one side. */
struct table_sum {
    crypto_hash_sha256_state st;
    int64_t rows;
    unsigned char digest[crypto_hash_sha256_BYTES];
};

static void sum_init(struct table_sum *s)
{
    crypto_hash_sha256_init(&s->st);
    s->rows = 0;
}

static int sum_row(void *ctx, const struct row *r, struct buf *err)
{
    struct table_sum *s = ctx;
    char head[32];
    for (int i = 0; i < r->n; i++) {
        if (!r->values[i]) {
            crypto_hash_sha256_update(&s->st, (const unsigned char *)"N", 1);
            continue;
        }
        int k = snprintf(head, sizeof(head), "V%zu:", r->lens[i]);
        crypto_hash_sha256_update(&s->st, (const unsigned char *)head,
                                  (unsigned long long)k);
        crypto_hash_sha256_update(&s->st, (const unsigned char *)r->values[i],
                                  r->lens[i]);
    }
    crypto_hash_sha256_update(&s->st, (const unsigned char *)"\n", 1);
    s->rows++;
    return 0;
}

static void sum_final(struct table_sum *s)
{
    crypto_hash_sha256_final(&s->st, s->digest);
}

/* sum_hex writes the first 8 bytes of the digest (enough for a log line). */
static void sum_hex(const struct table_sum *s, char out[17])
{
    sodium_bin2hex(out, 17, s->digest, 8);
}

static void add_pg_message(struct buf *err, const char *msg)
{
    /* libpq's messages end with a newline and may span lines */
    for (const char *p = msg ? msg : ""; *p; p++)
        buf_addc(err, *p == '\n' || *p == '\t' ? ' ' : *p);
    while (err->len && err->data[err->len - 1] == ' ')
        err->data[--err->len] = '\0';
}

/* --- SQLite side ------------------------------------------------------ */

static int sqlite_rows(sqlite3 *db, const struct table_spec *t, row_fn fn,
                       void *ctx, struct buf *err)
{
    char sql[1024];
    sqlite3_stmt *st = NULL;
    int ret = 0, rc;
    snprintf(sql, sizeof(sql), "SELECT %s FROM %s ORDER BY %s", t->cols,
             t->name, t->order_sqlite);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        buf_addf(err, "reading %s from SQLite: %s", t->name,
                 sqlite3_errmsg(db));
        return ERR_DB;
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct row r = {.n = sqlite3_column_count(st)};
        if (r.n > MAX_COLS)
            r.n = MAX_COLS;
        for (int i = 0; i < r.n; i++) {
            if (sqlite3_column_type(st, i) == SQLITE_NULL) {
                r.values[i] = NULL;
                continue;
            }
            /* text first, then its length (the order SQLite asks for) */
            r.values[i] = (const char *)sqlite3_column_text(st, i);
            r.lens[i] = (size_t)sqlite3_column_bytes(st, i);
            if (!r.values[i]) {
                buf_adds(err, "out of memory");
                ret = ERR_NOMEM;
                goto out;
            }
        }
        ret = fn(ctx, &r, err);
        if (ret)
            goto out;
    }
    if (rc != SQLITE_DONE) {
        buf_addf(err, "reading %s from SQLite: %s", t->name,
                 sqlite3_errmsg(db));
        ret = ERR_DB;
    }
out:
    sqlite3_finalize(st);
    return ret;
}

static int sqlite_exec(sqlite3 *db, const char *sql, struct buf *err)
{
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK)
        return 0;
    buf_addf(err, "SQLite: %s", sqlite3_errmsg(db));
    return ERR_DB;
}

/*
 * open_source brings the file's schema up to date (through store_open, a
 * no-op for a current file) and opens it again read-only inside a read
 * transaction, the snapshot everything is copied from.
 */
static int open_source(const char *from, sqlite3 **out, struct buf *err)
{
    const char *path = str_starts(from, "sqlite:") ? from + 7 : from;
    *out = NULL;
    if (str_starts(from, "postgres://") || str_starts(from, "postgresql://")) {
        buf_adds(err, "--from must be a SQLite database (sqlite:PATH)");
        return ERR_INVALID;
    }
    if (!*path || access(path, R_OK) != 0) {
        buf_addf(err, "cannot read the SQLite database %s", path);
        return ERR_NOTFOUND;
    }
    struct store *st = store_open(from, err);
    if (!st)
        return ERR_DB;
    store_free(st);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        buf_addf(err, "cannot open %s: %s", path,
                 db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return ERR_DB;
    }
    sqlite3_busy_timeout(db, 5000);
    if (sqlite_exec(db, "BEGIN", err)) {
        sqlite3_close(db);
        return ERR_DB;
    }
    *out = db;
    return 0;
}

/* --- PostgreSQL side -------------------------------------------------- */

static int pg_exec(PGconn *db, const char *sql, struct buf *err)
{
    PGresult *res = PQexec(db, sql);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    int ret = 0;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        buf_adds(err, "PostgreSQL: ");
        add_pg_message(err,
                       res ? PQresultErrorMessage(res) : PQerrorMessage(db));
        ret = ERR_DB;
    }
    PQclear(res);
    return ret;
}

/* pg_rows streams a table row by row (single-row mode: bounded memory). */
static int pg_rows(PGconn *db, const struct table_spec *t, row_fn fn, void *ctx,
                   struct buf *err)
{
    char sql[1024];
    PGresult *res;
    int ret = 0;
    snprintf(sql, sizeof(sql), "SELECT %s FROM %s ORDER BY %s", t->cols,
             t->name, t->order_pg);
    if (!PQsendQuery(db, sql) || !PQsetSingleRowMode(db)) {
        buf_addf(err, "reading %s from PostgreSQL: ", t->name);
        add_pg_message(err, PQerrorMessage(db));
        return ERR_DB;
    }
    while ((res = PQgetResult(db)) != NULL) {
        ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE && ret == 0) {
            struct row r = {.n = PQnfields(res)};
            if (r.n > MAX_COLS)
                r.n = MAX_COLS;
            for (int i = 0; i < r.n; i++) {
                bool null = PQgetisnull(res, 0, i);
                r.values[i] = null ? NULL : PQgetvalue(res, 0, i);
                r.lens[i] = null ? 0 : (size_t)PQgetlength(res, 0, i);
            }
            ret = fn(ctx, &r, err);
        } else if (st != PGRES_SINGLE_TUPLE && st != PGRES_TUPLES_OK &&
                   ret == 0) {
            buf_addf(err, "reading %s from PostgreSQL: ", t->name);
            add_pg_message(err, PQresultErrorMessage(res));
            ret = ERR_DB;
        }
        PQclear(res); /* drain every result, even after a failure */
    }
    return ret;
}

/* connect_pg connects with the same defaults as pg.c. */
static PGconn *connect_pg(const char *url, struct buf *err)
{
    const char *keys[] = {"connect_timeout", "application_name",
                          "client_encoding", "dbname", NULL};
    const char *vals[] = {"10", "charla-migrate", "UTF8", url, NULL};
    PGconn *db = PQconnectdbParams(keys, vals, 1);
    if (!db) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    if (PQstatus(db) != CONNECTION_OK) {
        const char *host = PQhost(db);
        const char *port = PQport(db);
        buf_addf(err, "cannot connect to PostgreSQL at %s:%s: ",
                 host && *host ? host : "(default)",
                 port && *port ? port : "5432");
        add_pg_message(err, PQerrorMessage(db));
        PQfinish(db);
        return NULL;
    }
    return db;
}

/*
 * open_target creates and migrates the target's schema (store_open) and
 * connects to it for the copy.
 */
static PGconn *open_target(const char *to, struct buf *err)
{
    if (!str_starts(to, "postgres://") && !str_starts(to, "postgresql://")) {
        buf_adds(err, "--to must be a postgres:// URL");
        return NULL;
    }
    struct store *st = store_open(to, err);
    if (!st)
        return NULL;
    store_free(st);
    return connect_pg(to, err);
}

/* target_empty: no table of the site holds a row yet. */
static int target_empty(PGconn *db, struct buf *err)
{
    for (size_t i = 0; i < TABLE_COUNT; i++) {
        char sql[128];
        snprintf(sql, sizeof(sql), "SELECT EXISTS (SELECT 1 FROM %s)",
                 tables[i].name);
        PGresult *res = PQexec(db, sql);
        if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) {
            buf_adds(err, "PostgreSQL: ");
            add_pg_message(err, res ? PQresultErrorMessage(res)
                                    : PQerrorMessage(db));
            PQclear(res);
            return ERR_DB;
        }
        bool full = PQgetvalue(res, 0, 0)[0] == 't';
        PQclear(res);
        if (full) {
            buf_addf(err,
                     "the target database is not empty (table %s has "
                     "rows); migrate only into a new, empty database",
                     tables[i].name);
            return ERR_CONFLICT;
        }
    }
    return 0;
}

/* --- Copying ---------------------------------------------------------- */

struct copy_ctx {
    PGconn *db;
    struct buf line;      /* one row in COPY text format */
    struct table_sum sum; /* the source's checksum, made on the way */
};

/* copy_value appends v in COPY text format: \N for NULL, escapes. */
static void copy_value(struct buf *b, const char *v, size_t len)
{
    if (!v) {
        buf_adds(b, "\\N");
        return;
    }
    for (size_t i = 0; i < len; i++) {
        switch (v[i]) {
        case '\\':
            buf_adds(b, "\\\\");
            break;
        case '\n':
            buf_adds(b, "\\n");
            break;
        case '\r':
            buf_adds(b, "\\r");
            break;
        case '\t':
            buf_adds(b, "\\t");
            break;
        default:
            buf_addc(b, v[i]);
        }
    }
}

static int copy_row(void *ctx, const struct row *r, struct buf *err)
{
    struct copy_ctx *c = ctx;
    buf_reset(&c->line);
    for (int i = 0; i < r->n; i++) {
        if (i)
            buf_addc(&c->line, '\t');
        copy_value(&c->line, r->values[i], r->lens[i]);
    }
    buf_addc(&c->line, '\n');
    if (buf_failed(&c->line)) {
        buf_adds(err, "a row is too large to copy");
        return ERR_TOOBIG;
    }
    if (PQputCopyData(c->db, c->line.data, (int)c->line.len) != 1) {
        add_pg_message(err, PQerrorMessage(c->db));
        return ERR_DB;
    }
    return sum_row(&c->sum, r, err);
}

/* copy_table streams one table into the target; sums the source rows. */
static int copy_table(sqlite3 *src, PGconn *dst, const struct table_spec *t,
                      struct table_sum *src_sum, struct buf *err)
{
    char sql[1024];
    struct copy_ctx c = {.db = dst};
    int ret;
    snprintf(sql, sizeof(sql), "COPY %s (%s) FROM STDIN", t->name, t->cols);
    PGresult *res = PQexec(dst, sql);
    if (!res || PQresultStatus(res) != PGRES_COPY_IN) {
        buf_addf(err, "copying %s: ", t->name);
        add_pg_message(err,
                       res ? PQresultErrorMessage(res) : PQerrorMessage(dst));
        PQclear(res);
        return ERR_DB;
    }
    PQclear(res);
    buf_init(&c.line, 64u * 1024u * 1024u);
    sum_init(&c.sum);
    size_t before = err->len;
    ret = sqlite_rows(src, t, copy_row, &c, err);
    buf_release(&c.line);
    if (PQputCopyEnd(dst, ret ? "charla migrate stopped" : NULL) != 1 && !ret) {
        add_pg_message(err, PQerrorMessage(dst));
        ret = ERR_DB;
    }
    while ((res = PQgetResult(dst)) != NULL) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && !ret) {
            if (err->len == before)
                buf_addf(err, "copying %s: ", t->name);
            add_pg_message(err, PQresultErrorMessage(res));
            ret = ERR_DB;
        }
        PQclear(res);
    }
    sum_final(&c.sum);
    *src_sum = c.sum;
    return ret;
}

/* reset_sequence moves a BIGSERIAL past the largest copied id. */
static int reset_sequence(PGconn *db, const struct table_spec *t,
                          struct buf *err)
{
    char sql[512];
    snprintf(sql, sizeof(sql),
             "SELECT setval(pg_get_serial_sequence('%s', '%s'), "
             "COALESCE(MAX(%s), 0) + 1, false) FROM %s",
             t->name, t->serial, t->serial, t->name);
    return pg_exec(db, sql, err);
}

/*
 * compare_table sums the target's copy of t and compares it with src_sum;
 * a difference is described in err (ERR_INVALID).
 */
static int compare_table(PGconn *db, const struct table_spec *t,
                         const struct table_sum *src_sum, FILE *progress,
                         struct buf *err)
{
    struct table_sum dst;
    char a[17], b[17];
    sum_init(&dst);
    int ret = pg_rows(db, t, sum_row, &dst, err);
    sum_final(&dst);
    if (ret)
        return ret;
    sum_hex(src_sum, a);
    sum_hex(&dst, b);
    if (dst.rows != src_sum->rows) {
        buf_addf(err, "%s: %lld rows in the source, %lld in the target",
                 t->name, (long long)src_sum->rows, (long long)dst.rows);
        return ERR_INVALID;
    }
    if (sodium_memcmp(dst.digest, src_sum->digest, sizeof(dst.digest))) {
        buf_addf(err,
                 "%s: checksum mismatch (source %s, target %s): the "
                 "rows differ",
                 t->name, a, b);
        return ERR_INVALID;
    }
    if (progress)
        fprintf(progress, "%-10s %8lld rows  sha256 %s  ok\n", t->name,
                (long long)dst.rows, b);
    return 0;
}

int store_migrate(const char *from, const char *to, FILE *progress,
                  struct buf *err)
{
    sqlite3 *src = NULL;
    PGconn *dst = NULL;
    struct table_sum sums[TABLE_COUNT];
    int ret = open_source(from, &src, err);
    if (ret)
        goto out;
    dst = open_target(to, err);
    if (!dst) {
        ret = ERR_DB;
        goto out;
    }
    /* one transaction: all of it lands, or none of it */
    ret = pg_exec(dst, "BEGIN", err);
    if (ret)
        goto out;
    /* a second migrate at the same time waits here, then finds rows */
    ret = pg_exec(dst, "LOCK TABLE settings IN EXCLUSIVE MODE", err);
    if (ret == 0)
        ret = target_empty(dst, err);
    for (size_t i = 0; i < TABLE_COUNT && ret == 0; i++) {
        ret = copy_table(src, dst, &tables[i], &sums[i], err);
        if (ret == 0 && tables[i].serial)
            ret = reset_sequence(dst, &tables[i], err);
        if (ret == 0 && progress)
            fprintf(progress, "%-10s %8lld rows copied\n", tables[i].name,
                    (long long)sums[i].rows);
    }
    for (size_t i = 0; i < TABLE_COUNT && ret == 0; i++)
        ret = compare_table(dst, &tables[i], &sums[i], progress, err);
    if (ret == 0)
        ret = pg_exec(dst, "COMMIT", err);
    if (ret && PQstatus(dst) == CONNECTION_OK) {
        struct buf ignored;
        buf_init(&ignored, 1024);
        (void)pg_exec(dst, "ROLLBACK", &ignored);
        buf_release(&ignored);
    }
out:
    if (src)
        sqlite3_close(src);
    PQfinish(dst);
    return ret;
}

int store_migrate_verify(const char *from, const char *to, FILE *progress,
                         struct buf *err)
{
    sqlite3 *src = NULL;
    PGconn *dst = NULL;
    int ret = open_source(from, &src, err);
    if (ret)
        goto out;
    if (!str_starts(to, "postgres://") && !str_starts(to, "postgresql://")) {
        buf_adds(err, "--to must be a postgres:// URL");
        ret = ERR_INVALID;
        goto out;
    }
    dst = connect_pg(to, err);
    if (!dst) {
        ret = ERR_DB;
        goto out;
    }
    /* one snapshot of the target, as the source has one */
    ret = pg_exec(dst, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", err);
    /* every table is compared; each one that differs is named */
    int differ = 0;
    for (size_t i = 0; i < TABLE_COUNT && ret == 0; i++) {
        struct table_sum s;
        sum_init(&s);
        ret = sqlite_rows(src, &tables[i], sum_row, &s, err);
        sum_final(&s);
        if (ret)
            break;
        if (differ && err->len)
            buf_adds(err, "; ");
        size_t before = err->len;
        ret = compare_table(dst, &tables[i], &s, progress, err);
        if (ret == ERR_INVALID) {
            differ = 1;
            ret = 0;
        } else if (differ && err->len == before) {
            err->len -= 2; /* no message after all: drop the "; " */
            err->data[err->len] = '\0';
        }
    }
    if (ret == 0 && differ)
        ret = ERR_INVALID;
out:
    if (src)
        sqlite3_close(src);
    PQfinish(dst);
    return ret;
}
