/*
 * sqlite.c - the embedded SQLite backend, the default store.
 *
 * One database file in WAL mode. Every thread that uses the store gets its
 * own connection (a pthread key), so readers never wait for each other and
 * a transaction is owned by one thread. Writers are serialised by SQLite
 * itself: writes take BEGIN IMMEDIATE and wait up to busy_timeout_ms for
 * the lock instead of failing.
 *
 * Statements are prepared once per connection and kept in a table indexed
 * by enum stmt_id. Every value goes in through sqlite3_bind_*; no SQL is
 * ever assembled from data.
 *
 * synchronous=FULL: with WAL, NORMAL can lose the last transactions on a
 * power failure (they are in the WAL but not yet synced); a comment that
 * got a 2xx must survive, so charla pays the fsync per commit. Posts go
 * through group commit instead (sqlite_writer.c): the writer commits a
 * batch with NORMAL and its syncer (sqlite_sync.c) syncs the WAL before
 * the batch's posts are answered, one fsync per batch or more.
 *
 * cache_size is 1 MiB per connection: hot reads come from the page cache
 * in src/api, so SQLite's own cache only needs the working set of writes
 * and misses, and memory stays small however large the database grows.
 */
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/schema.h"
#include "store/sqlite_int.h"
#include "store/store.h"
#include "store/store_keys.h"
#include "util/str.h"

#define BUSY_TIMEOUT_MS 10000
#define OPEN_BUSY_TRIES 1000 /* 10 ms apart: as long as the busy timeout */

enum stmt_id {
    ST_ARTICLE_INSERT,
    ST_ARTICLE_GET,
    ST_ARTICLE_BY_PATH,
    ST_ARTICLE_BY_SOURCE,
    ST_ARTICLE_BY_EXTERNAL,
    ST_ARTICLE_LIST,
    ST_ARTICLE_LIST_PUBLISHED,
    ST_ARTICLE_COUNT,
    ST_ARTICLE_BUMP,
    ST_COMMENT_PARENT,
    ST_COMMENT_NEXT_TOP,
    ST_COMMENT_NEXT_CHILD,
    ST_COMMENT_INSERT,
    ST_COMMENT_GET,
    ST_COMMENT_BY_SOURCE,
    ST_COMMENT_BY_CREATED,
    ST_COMMENT_BY_NUMBER,
    ST_COMMENT_LIST,
    ST_DATA_VERSION,
    ST_ARTICLES_BY_IDS,
    ST_COMMENTS_BY_IDS,
    ST_ARTICLE_BY_FORMER,
    ST_FORMER_PATHS,
    ST_FORMER_PATH_ADD,
    ST_COMMENTS_NEWEST,
    ST_COMMENTS_NEWEST_KEYS,
    ST_COMMENTS_TZ_UNKNOWN,
    ST_COMMENT_TZ_SET,
    ST_COUNT
};

_Static_assert(ST_COUNT <= SQLITE_MOD_FIRST_SLOT, "statement slots");

#define ARTICLE_COLS                                                           \
    "a.id, a.path, a.title, a.byline, a.published, a.is_published, a.body, "   \
    "a.lead_image, a.lead_caption, a.labels, COALESCE(a.source_id, ''), "      \
    "a.external_url, a.discussion, a.version, a.visible_comments"

#define COMMENT_COLS SQLITE_COMMENT_COLS

static const char *const stmt_sql[ST_COUNT] = {
    [ST_ARTICLE_INSERT] =
        "INSERT INTO articles(id, path, title, byline, published, "
        "is_published, body, lead_image, lead_caption, labels, source_id, "
        "external_url, discussion) VALUES (NULLIF(?13, 0), ?1, ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [ST_ARTICLE_GET] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.id = ?1",
    [ST_ARTICLE_BY_PATH] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.path = ?1",
    [ST_ARTICLE_BY_SOURCE] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.source_id = ?1",
    /* the oldest published one, else the oldest: an editor unpublishes
       one of two to show the other. articles_external (migration 14)
       answers both, in id order. */
    [ST_ARTICLE_BY_EXTERNAL] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.id = COALESCE("
        "(SELECT p.id FROM articles p WHERE p.external_url = ?1 AND "
        "p.external_url <> '' AND p.is_published = 1 ORDER BY p.id LIMIT 1), "
        "(SELECT p.id FROM articles p WHERE p.external_url = ?1 AND "
        "p.external_url <> '' ORDER BY p.id LIMIT 1))",
    [ST_ARTICLE_LIST] = "SELECT " ARTICLE_COLS
                        " FROM articles a ORDER BY a.published DESC, a.id DESC",
    [ST_ARTICLE_LIST_PUBLISHED] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.is_published = 1 "
        "ORDER BY a.published DESC, a.id DESC",
    [ST_ARTICLE_COUNT] = "SELECT COUNT(*) FROM articles",
    [ST_ARTICLE_BUMP] =
        "UPDATE articles SET version = version + 1 WHERE id = ?1",
    [ST_COMMENT_PARENT] = "SELECT article_id, number, sort_key, depth FROM "
                          "comments WHERE id = ?1",
    [ST_COMMENT_NEXT_TOP] = "SELECT COALESCE(MAX(seq), 0) + 1 FROM comments "
                            "WHERE article_id = ?1 AND parent_id IS NULL",
    [ST_COMMENT_NEXT_CHILD] = "SELECT COALESCE(MAX(seq), 0) + 1 FROM comments "
                              "WHERE parent_id = ?1",
    [ST_COMMENT_INSERT] = SQLITE_COMMENT_INSERT_SQL,
    [ST_COMMENT_GET] = "SELECT " COMMENT_COLS " FROM comments WHERE id = ?1",
    [ST_COMMENT_BY_SOURCE] =
        "SELECT " COMMENT_COLS " FROM comments WHERE source_id = ?1",
    [ST_COMMENT_BY_CREATED] =
        "SELECT " COMMENT_COLS " FROM comments WHERE article_id = ?1 AND "
        "created = ?2 ORDER BY id LIMIT 1",
    [ST_COMMENT_BY_NUMBER] =
        "SELECT " COMMENT_COLS " FROM comments WHERE article_id = ?1 AND "
        "number = ?2",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    /* ?1: a JSON array of ids (store_keys.h) */
    [ST_ARTICLES_BY_IDS] = "SELECT " ARTICLE_COLS " FROM articles a WHERE "
                           "a.id IN (SELECT value FROM json_each(?1)) "
                           "ORDER BY a.id",
    [ST_COMMENTS_BY_IDS] = "SELECT " COMMENT_COLS " FROM comments WHERE "
                           "id IN (SELECT value FROM json_each(?1)) "
                           "ORDER BY id",
    [ST_ARTICLE_BY_FORMER] =
        "SELECT " ARTICLE_COLS " FROM former_paths f JOIN articles a ON "
        "a.id = f.article_id WHERE f.path = ?1",
    [ST_FORMER_PATHS] = "SELECT path, created FROM former_paths WHERE "
                        "article_id = ?1 ORDER BY created DESC, path LIMIT ?2",
    /* no row when an article has the path or there is no such article */
    [ST_FORMER_PATH_ADD] =
        "INSERT INTO former_paths(path, article_id, created) SELECT ?1, "
        "a.id, ?3 FROM articles a WHERE a.id = ?2 AND NOT EXISTS (SELECT 1 "
        "FROM articles b WHERE b.path = ?1)",
    [ST_COMMENT_LIST] =
        "SELECT " COMMENT_COLS
        " FROM comments WHERE article_id = ?1 ORDER BY sort_key",
    /* status = 0 is comments_newest's predicate (schema 8), so the index
     * is read backwards and the scan stops at ?1 rows; EXISTS checks each
     * row's article by primary key (written as article_id IN the published
     * articles, SQLite reads the comments of every article and sorts
     * them). tests/unit/test_sqlite_newest.c checks the plan. */
    [ST_COMMENTS_NEWEST] =
        "SELECT " COMMENT_COLS " FROM comments WHERE status = 0 AND EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = comments.article_id AND "
        "a.is_published = 1) ORDER BY created DESC, id DESC LIMIT ?1",
    /* the same rows, keys only: the article's version is read by primary
     * key like the EXISTS (a join would let SQLite start from articles) */
    [ST_COMMENTS_TZ_UNKNOWN] = "SELECT id, created FROM comments WHERE "
                               "tz_offset_min IS NULL AND id > ?2 "
                               "ORDER BY id LIMIT ?1",
    [ST_COMMENT_TZ_SET] = "UPDATE comments SET tz_offset_min = ?2 WHERE "
                          "id = ?1 AND tz_offset_min IS NULL",
    [ST_COMMENTS_NEWEST_KEYS] =
        "SELECT id, article_id, (SELECT a.version FROM articles a WHERE "
        "a.id = comments.article_id) FROM comments WHERE status = 0 AND "
        "EXISTS (SELECT 1 FROM articles a WHERE a.id = comments.article_id "
        "AND a.is_published = 1) ORDER BY created DESC, id DESC LIMIT ?1",
};

static const struct store_ops sqlite_ops;

static void memo_clear(struct sqlite_conn *c)
{
    for (int i = 0; i < ARTICLE_MEMO_SLOTS; i++) {
        free(c->memo[i].path);
        free(c->memo[i].blob);
        c->memo[i].path = NULL;
        c->memo[i].blob = NULL;
    }
}

static void conn_close(struct sqlite_conn *c)
{
    memo_clear(c);
    sqlite_settings_memo_clear(c);
    for (int i = 0; i < SQLITE_STMT_SLOTS; i++)
        sqlite3_finalize(c->stmts[i]);
    sqlite3_close(c->db);
    free(c);
}

/*
 * exec_while_busy runs sql like sqlite_exec, but tries again while the
 * database is busy. Opening a database that another process is switching
 * to WAL or migrating can answer SQLITE_BUSY at once, without the busy
 * handler (SQLite cannot wait there without risking a deadlock); the
 * statements here are safe to repeat.
 */
static int exec_while_busy(sqlite3 *db, const char *sql, struct buf *err)
{
    for (int tries = 0;; tries++) {
        char *msg = NULL;
        int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
        if (rc == SQLITE_OK)
            return 0;
        if ((rc & 0xff) == SQLITE_BUSY && tries < OPEN_BUSY_TRIES) {
            sqlite3_free(msg);
            struct timespec pause = {.tv_sec = 0, .tv_nsec = 10 * 1000000};
            nanosleep(&pause, NULL);
            continue;
        }
        if (err)
            buf_addf(err, "%s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return ERR_DB;
    }
}

int sqlite_exec(sqlite3 *db, const char *sql, struct buf *err)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err)
            buf_addf(err, "%s", msg ? msg : sqlite3_errmsg(db));
        else
            fprintf(stderr, "charla: sqlite: %s\n",
                    msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return ERR_DB;
    }
    return 0;
}

static struct sqlite_conn *conn_open(struct sqlite_store *s, struct buf *err)
{
    struct sqlite_conn *c = calloc(1, sizeof(*c));
    if (!c) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(s->path, &c->db, flags, NULL) != SQLITE_OK) {
        buf_addf(err, "cannot open %s: %s", s->path,
                 c->db ? sqlite3_errmsg(c->db) : "out of memory");
        sqlite3_close(c->db);
        free(c);
        return NULL;
    }
    sqlite3_busy_timeout(c->db, BUSY_TIMEOUT_MS);
    if (exec_while_busy(c->db,
                        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                        "PRAGMA cache_size=-1024;"
                        "PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;",
                        err)) {
        conn_close(c);
        return NULL;
    }
    return c;
}

struct sqlite_conn *sqlite_conn_new(struct sqlite_store *s)
{
    struct buf err;
    buf_init(&err, 1024);
    struct sqlite_conn *c = conn_open(s, &err);
    if (!c)
        fprintf(stderr, "charla: sqlite: %s\n", err.data);
    buf_release(&err);
    return c;
}

/* conn_get returns the calling thread's connection, opening it if needed. */
struct sqlite_conn *sqlite_conn_get(struct sqlite_store *s)
{
    struct sqlite_conn *c = pthread_getspecific(s->key);
    if (c)
        return c;
    struct buf err;
    buf_init(&err, 1024);
    c = conn_open(s, &err);
    if (!c) {
        fprintf(stderr, "charla: sqlite: %s\n", err.data);
        buf_release(&err);
        return NULL;
    }
    buf_release(&err);
    pthread_mutex_lock(&s->lock);
    c->next = s->conns;
    s->conns = c;
    pthread_mutex_unlock(&s->lock);
    pthread_setspecific(s->key, c);
    return c;
}

sqlite3_stmt *sqlite_stmt(struct sqlite_conn *c, int id, const char *sql)
{
    if (!c->stmts[id]) {
        if (sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                               &c->stmts[id], NULL) != SQLITE_OK) {
            fprintf(stderr, "charla: sqlite prepare: %s\n",
                    sqlite3_errmsg(c->db));
            return NULL;
        }
    } else {
        sqlite3_reset(c->stmts[id]);
        sqlite3_clear_bindings(c->stmts[id]);
    }
    return c->stmts[id];
}

static sqlite3_stmt *stmt_get(struct sqlite_conn *c, enum stmt_id id)
{
    return sqlite_stmt(c, (int)id, stmt_sql[id]);
}

void sqlite_bind_text(sqlite3_stmt *st, int i, const char *s)
{
    sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

void sqlite_bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

const char *sqlite_col_text(sqlite3_stmt *st, int i, struct arena *a)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    int n = sqlite3_column_bytes(st, i);
    return arena_strndup(a, t ? (const char *)t : "", (size_t)n);
}

int sqlite_step_error(struct sqlite_conn *c, int rc)
{
    if (rc == SQLITE_CONSTRAINT &&
        sqlite3_extended_errcode(c->db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        return ERR_NOTFOUND; /* e.g. a comment on an article that is gone */
    if (rc == SQLITE_CONSTRAINT)
        return ERR_CONFLICT;
    fprintf(stderr, "charla: sqlite: %s\n", sqlite3_errmsg(c->db));
    return ERR_DB;
}

/* step_done runs a statement that returns no rows. */
int sqlite_step_done(struct sqlite_conn *c, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    int ret = rc == SQLITE_DONE ? 0 : sqlite_step_error(c, rc);
    sqlite3_reset(st);
    return ret;
}

static int schema_version(sqlite3 *db, int *version)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT name FROM sqlite_master WHERE "
                                "type='table' AND name='schema_version'",
                                -1, &st, NULL);
    if (rc != SQLITE_OK)
        return ERR_DB;
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) {
        *version = 0;
        return 0;
    }
    rc = sqlite3_prepare_v2(db, "SELECT version FROM schema_version", -1, &st,
                            NULL);
    if (rc != SQLITE_OK)
        return ERR_DB;
    *version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return 0;
}

static int migrate(sqlite3 *db, struct buf *err)
{
    int version;
    if (exec_while_busy(db, "BEGIN IMMEDIATE", err))
        return ERR_DB;
    if (schema_version(db, &version)) {
        buf_adds(err, "cannot read the schema version");
        goto fail;
    }
    if (version > (int)schema_sqlite_count) {
        buf_addf(err,
                 "the database has schema version %d, newer than this "
                 "charla (%d)",
                 version, (int)schema_sqlite_count);
        goto fail;
    }
    if (version == 0 &&
        sqlite_exec(db,
                    "CREATE TABLE schema_version(version INTEGER NOT NULL);"
                    "INSERT INTO schema_version VALUES (0);",
                    err))
        goto fail;
    for (int v = version; v < (int)schema_sqlite_count; v++) {
        char bump[64];
        if (sqlite_exec(db, schema_sqlite[v], err))
            goto fail;
        snprintf(bump, sizeof(bump), "UPDATE schema_version SET version=%d",
                 v + 1);
        if (sqlite_exec(db, bump, err))
            goto fail;
    }
    if (sqlite_exec(db, "COMMIT", err))
        return ERR_DB;
    /* a migration may erase text (15: what quoted comments whose text is
       gone): the pages that held it must not wait in the main file for
       some later checkpoint, as after a purge */
    if (version < (int)schema_sqlite_count &&
        sqlite_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", err))
        return ERR_DB;
    return 0;
fail:
    sqlite_exec(db, "ROLLBACK", NULL);
    return ERR_DB;
}

static void conn_destructor(void *unused)
{
    /* connections are closed by sqlite_close; nothing per thread */
}

/*
 * library_setup runs once, before SQLite initialises: without memory
 * statistics, sqlite3_malloc takes no process-wide mutex, which every
 * thread's connection otherwise contends for.
 */
static void library_setup(void)
{
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

struct store *store_sqlite_open(const char *path, struct buf *err)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, library_setup);
    struct sqlite_store *s = calloc(1, sizeof(*s));
    if (!s) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    s->base.ops = &sqlite_ops;
    s->path = strdup(path);
    pthread_mutex_init(&s->lock, NULL);
    if (!s->path || pthread_key_create(&s->key, conn_destructor)) {
        buf_adds(err, "out of memory");
        free(s->path);
        free(s);
        return NULL;
    }
    struct sqlite_conn *c = conn_open(s, err);
    if (!c)
        goto fail;
    c->next = NULL;
    s->conns = c;
    pthread_setspecific(s->key, c);
    if (migrate(c->db, err))
        goto fail;
    return &s->base;
fail:
    sqlite_ops.close(&s->base);
    return NULL;
}

static void sqlite_close(struct store *base)
{
    struct sqlite_store *s = (struct sqlite_store *)base;
    sqlite_writer_stop(s->writer); /* finishes what is queued */
    s->writer = NULL;
    struct sqlite_conn *c = s->conns;
    while (c) {
        struct sqlite_conn *next = c->next;
        conn_close(c);
        c = next;
    }
    pthread_setspecific(s->key, NULL);
    pthread_key_delete(s->key);
    pthread_mutex_destroy(&s->lock);
    free(s->path);
    free(s);
}

static int sqlite_begin(struct store *s)
{
    CONN_OR_FAIL(s, c);
    if (sqlite_exec(c->db, "BEGIN IMMEDIATE", NULL))
        return ERR_DB;
    c->in_tx = 1;
    return 0;
}

static int sqlite_commit(struct store *s)
{
    CONN_OR_FAIL(s, c);
    c->in_tx = 0;
    return sqlite_exec(c->db, "COMMIT", NULL);
}

static int sqlite_rollback(struct store *s)
{
    CONN_OR_FAIL(s, c);
    c->in_tx = 0;
    return sqlite_exec(c->db, "ROLLBACK", NULL);
}

static int sqlite_bulk_mode(struct store *s)
{
    CONN_OR_FAIL(s, c);
    return sqlite_exec(c->db, "PRAGMA cache_size=-65536", NULL);
}

static int sqlite_ping(struct store *s)
{
    CONN_OR_FAIL(s, c);
    return sqlite_exec(c->db, "SELECT 1", NULL);
}

static int read_article(sqlite3_stmt *st, struct arena *a, struct article *o)
{
    memset(o, 0, sizeof(*o));
    o->id = sqlite3_column_int64(st, 0);
    o->path = sqlite_col_text(st, 1, a);
    o->title = sqlite_col_text(st, 2, a);
    o->byline = sqlite_col_text(st, 3, a);
    o->published = sqlite3_column_int64(st, 4);
    o->is_published = sqlite3_column_int(st, 5) != 0;
    o->body = sqlite_col_text(st, 6, a);
    o->lead_image = sqlite_col_text(st, 7, a);
    o->lead_caption = sqlite_col_text(st, 8, a);
    o->labels = sqlite_col_text(st, 9, a);
    o->source_id = sqlite_col_text(st, 10, a);
    o->external_url = sqlite_col_text(st, 11, a);
    o->discussion = sqlite3_column_int(st, 12);
    o->version = sqlite3_column_int64(st, 13);
    o->comment_count = sqlite3_column_int64(st, 14);
    if (!o->path || !o->title || !o->byline || !o->body || !o->lead_image ||
        !o->lead_caption || !o->labels || !o->source_id || !o->external_url)
        return ERR_NOMEM;
    return 0;
}

/* read_article_row: read_article for sqlite_read_one and sqlite_read_rows. */
static int read_article_row(sqlite3_stmt *st, struct arena *a, void *row)
{
    return read_article(st, a, row);
}

void sqlite_bind_article(sqlite3_stmt *st, int first, const struct article *in)
{
    sqlite_bind_text(st, first, in->path);
    sqlite_bind_text(st, first + 1, in->title);
    sqlite_bind_text(st, first + 2, in->byline);
    sqlite3_bind_int64(st, first + 3, in->published);
    sqlite3_bind_int(st, first + 4, in->is_published ? 1 : 0);
    sqlite_bind_text(st, first + 5, in->body);
    sqlite_bind_text(st, first + 6, in->lead_image);
    sqlite_bind_text(st, first + 7, in->lead_caption);
    sqlite_bind_text(st, first + 8, in->labels);
}

static int sqlite_article_insert(struct store *s, const struct article *in,
                                 int64_t *id_out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_ARTICLE_INSERT);
    if (!st)
        return ERR_DB;
    sqlite_bind_article(st, 1, in);
    sqlite_bind_text_or_null(st, 10, in->source_id);
    sqlite_bind_text(st, 11, in->external_url);
    sqlite3_bind_int(st, 12, in->discussion);
    sqlite3_bind_int64(st, 13, in->id > 0 ? in->id : 0);
    int ret = sqlite_step_done(c, st);
    if (ret == 0 && id_out)
        *id_out = sqlite3_last_insert_rowid(c->db);
    return ret;
}

/*
 * The article memo. Every page view looks its article up by path; the row
 * changes only when something is written, so each connection remembers the
 * rows it read and forgets them all as soon as the database changed (PRAGMA
 * data_version moves for other connections' commits, total_changes for
 * ours). A read of a hot thread then costs no query but that pragma.
 */
static uint64_t path_hash(const char *p)
{
    uint64_t h = 1469598103934665603ull;
    for (; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ull;
    }
    return h;
}

static int memo_check(struct sqlite_conn *c)
{
    sqlite3_stmt *st = stmt_get(c, ST_DATA_VERSION);
    if (!st || sqlite3_step(st) != SQLITE_ROW) {
        if (st)
            sqlite3_reset(st);
        memo_clear(c);
        return -1;
    }
    int64_t dv = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    int64_t changes = sqlite3_total_changes64(c->db);
    if (dv != c->memo_data_version || changes != c->memo_changes) {
        memo_clear(c);
        c->memo_data_version = dv;
        c->memo_changes = changes;
    }
    return 0;
}

/* article_fields: the address of string field i (0..8) of a, or NULL. */
static const char *const *article_fields(const struct article *a, int i)
{
    const char *const *f[] = {&a->path,   &a->title,      &a->byline,
                              &a->body,   &a->lead_image, &a->lead_caption,
                              &a->labels, &a->source_id,  &a->external_url};
    return i < 9 ? f[i] : NULL;
}

/* article_dup copies a's strings into one block (malloc, or arena if ar). */
static int article_dup(const struct article *in, struct article *out,
                       char **blob_out, struct arena *ar)
{
    size_t total = 0;
    for (int i = 0; i < 9; i++)
        total += strlen(*article_fields(in, i)) + 1;
    char *blob = ar ? arena_alloc(ar, total) : malloc(total);
    if (!blob)
        return ERR_NOMEM;
    *out = *in;
    size_t off = 0;
    for (int i = 0; i < 9; i++) {
        const char *src = *article_fields(in, i);
        size_t n = strlen(src) + 1;
        memcpy(blob + off, src, n);
        *(const char **)article_fields(out, i) = blob + off;
        off += n;
    }
    if (blob_out)
        *blob_out = blob;
    return 0;
}

static void memo_put(struct sqlite_conn *c, const char *path,
                     const struct article *a)
{
    struct article_memo *m = &c->memo[path_hash(path) % ARTICLE_MEMO_SLOTS];
    free(m->path);
    free(m->blob);
    m->blob = NULL;
    m->path = strdup(path);
    if (!m->path || article_dup(a, &m->a, &m->blob, NULL)) {
        free(m->path);
        m->path = NULL;
    }
}

static const struct article *memo_get(struct sqlite_conn *c, const char *path)
{
    struct article_memo *m = &c->memo[path_hash(path) % ARTICLE_MEMO_SLOTS];
    return m->path && strcmp(m->path, path) == 0 ? &m->a : NULL;
}

/* article_one runs a one-row article query with one bound parameter. */
static int article_one(struct store *s, enum stmt_id id, const char *text,
                       int64_t num, struct arena *a, struct article *out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, id);
    if (!st)
        return ERR_DB;
    if (text)
        sqlite_bind_text(st, 1, text);
    else
        sqlite3_bind_int64(st, 1, num);
    return sqlite_read_one(c, st, a, read_article_row, out);
}

static int sqlite_article_get(struct store *s, int64_t id, struct arena *a,
                              struct article *out)
{
    return article_one(s, ST_ARTICLE_GET, NULL, id, a, out);
}

static int sqlite_article_by_path(struct store *s, const char *path,
                                  struct arena *a, struct article *out)
{
    CONN_OR_FAIL(s, c);
    if (c->in_tx || memo_check(c))
        return article_one(s, ST_ARTICLE_BY_PATH, path, 0, a, out);
    const struct article *hit = memo_get(c, path);
    if (hit)
        return article_dup(hit, out, NULL, a);
    int ret = article_one(s, ST_ARTICLE_BY_PATH, path, 0, a, out);
    if (ret == 0)
        memo_put(c, path, out);
    return ret;
}

static int sqlite_article_by_external_url(struct store *s, const char *url,
                                          struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_EXTERNAL, url, 0, a, out);
}

static int sqlite_article_by_source(struct store *s, const char *source_id,
                                    struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_SOURCE, source_id, 0, a, out);
}

/*
 * grow_array makes room for one more element in an arena-backed array,
 * doubling its capacity by copying (the old copy stays in the arena).
 */
static void *grow_array(struct arena *a, void *arr, size_t n, size_t *cap,
                        size_t elem)
{
    if (n < *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *p = arena_alloc_uninit(a, ncap * elem);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, arr, n * elem);
    *cap = ncap;
    return p;
}

int sqlite_read_comment_row(sqlite3_stmt *st, struct arena *a, void *row)
{
    return sqlite_read_comment(st, a, row);
}

int sqlite_read_one(struct sqlite_conn *c, sqlite3_stmt *st, struct arena *a,
                    int (*read)(sqlite3_stmt *st, struct arena *a, void *row),
                    void *out)
{
    int rc = sqlite3_step(st);
    int ret;
    if (rc == SQLITE_ROW)
        ret = read(st, a, out);
    else
        ret = rc == SQLITE_DONE ? ERR_NOTFOUND : sqlite_step_error(c, rc);
    sqlite3_reset(st);
    return ret;
}

int sqlite_read_rows(struct sqlite_conn *c, sqlite3_stmt *st, struct arena *a,
                     size_t elem,
                     int (*read)(sqlite3_stmt *st, struct arena *a, void *row),
                     void **out, size_t *n)
{
    char *arr = NULL;
    size_t count = 0, cap = 0;
    int rc, ret = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        arr = grow_array(a, arr, count, &cap, elem);
        if (!arr) {
            ret = ERR_NOMEM;
            break;
        }
        ret = read(st, a, arr + count * elem);
        if (ret)
            break;
        count++;
    }
    if (!ret && rc != SQLITE_DONE)
        ret = sqlite_step_error(c, rc);
    sqlite3_reset(st);
    *out = arr;
    *n = count;
    return ret;
}

static int sqlite_article_list(struct store *s, bool published_only,
                               struct arena *a, struct article **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, published_only ? ST_ARTICLE_LIST_PUBLISHED
                                                  : ST_ARTICLE_LIST);
    if (!st)
        return ERR_DB;
    return sqlite_read_rows(c, st, a, sizeof(struct article), read_article_row,
                            (void **)out, n);
}

int sqlite_read_by_ids(struct sqlite_conn *c, sqlite3_stmt *st,
                       const int64_t *ids, size_t n, struct arena *a,
                       size_t elem,
                       int (*read)(sqlite3_stmt *st, struct arena *a,
                                   void *row),
                       void **out, size_t *nout)
{
    struct buf keys;
    int ret = store_keys_ids(&keys, ids, n, false);
    if (ret == 0) {
        sqlite3_bind_text(st, 1, keys.data, (int)keys.len, SQLITE_STATIC);
        ret = sqlite_read_rows(c, st, a, elem, read, out, nout);
    }
    sqlite3_clear_bindings(st); /* keys is freed below */
    buf_release(&keys);
    return ret;
}

static int sqlite_articles_by_ids(struct store *s, const int64_t *ids, size_t n,
                                  struct arena *a, struct article **out,
                                  size_t *nout)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_ARTICLES_BY_IDS);
    if (!st)
        return ERR_DB;
    return sqlite_read_by_ids(c, st, ids, n, a, sizeof(struct article),
                              read_article_row, (void **)out, nout);
}

static int sqlite_comments_by_ids(struct store *s, const int64_t *ids, size_t n,
                                  struct arena *a, struct comment **out,
                                  size_t *nout)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENTS_BY_IDS);
    if (!st)
        return ERR_DB;
    return sqlite_read_by_ids(c, st, ids, n, a, sizeof(struct comment),
                              sqlite_read_comment_row, (void **)out, nout);
}

/*
 * step_number steps a statement whose one row is a number (a count, a next
 * sequence number) into *v; no row at all is an error, as a failed step.
 */
static int step_number(struct sqlite_conn *c, sqlite3_stmt *st, int64_t *v)
{
    int rc = sqlite3_step(st);
    int ret = 0;
    if (rc == SQLITE_ROW)
        *v = sqlite3_column_int64(st, 0);
    else
        ret = sqlite_step_error(c, rc);
    sqlite3_reset(st);
    return ret;
}

static int sqlite_article_count(struct store *s, int64_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_ARTICLE_COUNT);
    if (!st)
        return ERR_DB;
    return step_number(c, st, n);
}

int sqlite_read_comment(sqlite3_stmt *st, struct arena *a, struct comment *o)
{
    memset(o, 0, sizeof(*o));
    o->id = sqlite3_column_int64(st, 0);
    o->article_id = sqlite3_column_int64(st, 1);
    o->parent_id = sqlite3_column_int64(st, 2);
    const unsigned char *num = sqlite3_column_text(st, 3);
    snprintf(o->number, sizeof(o->number), "%s", num ? (const char *)num : "");
    o->depth = sqlite3_column_int(st, 4);
    o->status = (enum comment_status)sqlite3_column_int(st, 5);
    o->author_kind = (enum author_kind)sqlite3_column_int(st, 6);
    o->author_hash = sqlite_col_text(st, 7, a);
    o->author_name = sqlite_col_text(st, 8, a);
    o->handle = "";
    o->created = sqlite3_column_int64(st, 9);
    o->body = sqlite_col_text(st, 10, a);
    o->reason = sqlite_col_text(st, 11, a);
    o->source_id = sqlite_col_text(st, 12, a);
    o->mod_edited = sqlite3_column_int(st, 13) != 0;
    o->screen = sqlite_col_text(st, 14, a);
    o->report_count = sqlite3_column_int64(st, 15);
    o->was_public = sqlite3_column_int(st, 16) != 0;
    o->tz_known = sqlite3_column_type(st, 17) != SQLITE_NULL;
    o->tz_offset_min = o->tz_known ? sqlite3_column_int(st, 17) : 0;
    if (!o->screen || !o->author_hash || !o->author_name || !o->body ||
        !o->reason || !o->source_id)
        return ERR_NOMEM;
    return 0;
}

static int sqlite_comment_get(struct store *s, int64_t id, struct arena *a,
                              struct comment *out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_GET);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, id);
    return sqlite_read_one(c, st, a, sqlite_read_comment_row, out);
}

static int sqlite_comment_by_source(struct store *s, const char *source_id,
                                    struct arena *a, struct comment *out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_BY_SOURCE);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, source_id);
    return sqlite_read_one(c, st, a, sqlite_read_comment_row, out);
}

static int sqlite_comment_by_created(struct store *s, int64_t article_id,
                                     int64_t created, struct arena *a,
                                     struct comment *out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_BY_CREATED);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int64(st, 2, created);
    return sqlite_read_one(c, st, a, sqlite_read_comment_row, out);
}

static int sqlite_comment_by_number(struct store *s, int64_t article_id,
                                    const char *number, struct arena *a,
                                    struct comment *out)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_BY_NUMBER);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, article_id);
    sqlite_bind_text(st, 2, number);
    return sqlite_read_one(c, st, a, sqlite_read_comment_row, out);
}

static int sqlite_comment_list(struct store *s, int64_t article_id,
                               struct arena *a, struct comment **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_LIST);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, article_id);
    return sqlite_read_rows(c, st, a, sizeof(struct comment),
                            sqlite_read_comment_row, (void **)out, n);
}

/* next_seq runs a "next free sequence number" query. */
static int next_seq(struct sqlite_conn *c, enum stmt_id id, int64_t key,
                    int64_t *seq)
{
    sqlite3_stmt *st = stmt_get(c, id);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, key);
    return step_number(c, st, seq);
}

/*
 * insert_numbered does the work of comment_insert inside a transaction:
 * find the parent, pick the next sequence number, write the row and bump
 * the article version.
 */
int sqlite_insert_numbered(struct sqlite_conn *c, struct comment *in)
{
    char parent_number[COMMENT_NUMBER_MAX] = "";
    char parent_key[COMMENT_NUMBER_MAX * 2] = "";
    char sort_key[COMMENT_NUMBER_MAX * 2];
    int depth = 0;
    int64_t seq;
    int ret;

    if (in->parent_id) {
        sqlite3_stmt *st = stmt_get(c, ST_COMMENT_PARENT);
        if (!st)
            return ERR_DB;
        ret =
            sqlite_read_parent(c, st, in, parent_number, sizeof(parent_number),
                               parent_key, sizeof(parent_key), &depth);
        if (ret)
            return ret;
        ret = next_seq(c, ST_COMMENT_NEXT_CHILD, in->parent_id, &seq);
    } else {
        ret = next_seq(c, ST_COMMENT_NEXT_TOP, in->article_id, &seq);
    }
    if (ret)
        return ret;
    ret = sqlite_comment_numbers(in, parent_number, parent_key, depth, seq,
                                 sort_key, sizeof(sort_key));
    if (ret)
        return ret;

    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_INSERT);
    if (!st)
        return ERR_DB;
    sqlite_bind_comment_insert(st, in, seq, sort_key);
    ret = sqlite_step_done(c, st);
    if (ret)
        return ret;
    in->id = sqlite3_last_insert_rowid(c->db);

    st = stmt_get(c, ST_ARTICLE_BUMP);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, in->article_id);
    ret = sqlite_step_done(c, st);
    if (ret == 0 && sqlite3_changes(c->db) != 1)
        ret = ERR_NOTFOUND;
    return ret;
}

/* writer_get returns the store's writer, starting it on first use. */
static struct sqlite_writer *writer_get(struct sqlite_store *ss)
{
    pthread_mutex_lock(&ss->lock);
    if (!ss->writer) {
        struct sqlite_conn *wc = sqlite_conn_new(ss);
        if (wc) {
            ss->writer = sqlite_writer_start(ss, wc);
            if (!ss->writer) {
                wc->next = NULL;
                conn_close(wc);
            } else {
                wc->next = ss->conns;
                ss->conns = wc;
            }
        }
    }
    struct sqlite_writer *w = ss->writer;
    pthread_mutex_unlock(&ss->lock);
    return w;
}

static int sqlite_batched(struct store *s, store_batch_fn fn, void *ctx)
{
    CONN_OR_FAIL(s, c);
    /* already inside a transaction (a caller's, or the writer's batch) */
    if (c->in_tx)
        return fn(s, ctx);
    struct sqlite_writer *w = writer_get((struct sqlite_store *)s);
    return w ? sqlite_writer_run(w, fn, ctx) : ERR_DB;
}

static int insert_job(struct store *s, void *comment)
{
    return store_comment_insert(s, comment);
}

static int sqlite_comment_insert(struct store *s, struct comment *in)
{
    CONN_OR_FAIL(s, c);
    if (c->in_tx) /* a caller's transaction (an import) or a batch */
        return sqlite_insert_numbered(c, in);
    return sqlite_batched(s, insert_job, in);
}

static int sqlite_article_by_former_path(struct store *s, const char *path,
                                         struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_FORMER, path, 0, a, out);
}

static int read_former_path(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct former_path *o = row;
    o->path = sqlite_col_text(st, 0, a);
    o->created = sqlite3_column_int64(st, 1);
    return o->path ? 0 : ERR_NOMEM;
}

static int sqlite_former_paths(struct store *s, int64_t article_id,
                               struct arena *a, struct former_path **out,
                               size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_FORMER_PATHS);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int64(st, 2, STORE_FORMER_PATHS_MAX);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_former_path,
                            (void **)out, n);
}

static int sqlite_former_path_add(struct store *s, int64_t article_id,
                                  const char *path, int64_t created)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_FORMER_PATH_ADD);
    if (!st)
        return ERR_DB;
    sqlite_bind_text(st, 1, path);
    sqlite3_bind_int64(st, 2, article_id);
    sqlite3_bind_int64(st, 3, created);
    int ret = sqlite_step_done(c, st);
    if (ret == 0 && sqlite3_changes(c->db) == 0)
        ret = ERR_CONFLICT;
    return ret;
}

static int sqlite_comments_newest(struct store *s, int64_t limit,
                                  struct arena *a, struct comment **out,
                                  size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENTS_NEWEST);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, limit);
    return sqlite_read_rows(c, st, a, sizeof(**out), sqlite_read_comment_row,
                            (void **)out, n);
}

static int read_newest_key(sqlite3_stmt *st, struct arena *a, void *row)
{
    (void)a;
    struct store_newest_key *k = row;
    k->comment_id = sqlite3_column_int64(st, 0);
    k->article_id = sqlite3_column_int64(st, 1);
    k->article_version = sqlite3_column_int64(st, 2);
    return 0;
}

static int sqlite_comments_newest_keys(struct store *s, int64_t limit,
                                       struct arena *a,
                                       struct store_newest_key **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENTS_NEWEST_KEYS);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, limit);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_newest_key,
                            (void **)out, n);
}

static int read_comment_time(sqlite3_stmt *st, struct arena *a, void *row)
{
    (void)a;
    struct store_comment_time *t = row;
    t->id = sqlite3_column_int64(st, 0);
    t->created = sqlite3_column_int64(st, 1);
    return 0;
}

static int sqlite_comments_tz_unknown(struct store *s, int64_t after_id,
                                      int64_t limit, struct arena *a,
                                      struct store_comment_time **out,
                                      size_t *n)
{
    *out = NULL;
    *n = 0;
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENTS_TZ_UNKNOWN);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, limit);
    sqlite3_bind_int64(st, 2, after_id);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_comment_time,
                            (void **)out, n);
}

static int sqlite_comment_tz_set(struct store *s, int64_t id, int offset_min)
{
    CONN_OR_FAIL(s, c);
    sqlite3_stmt *st = stmt_get(c, ST_COMMENT_TZ_SET);
    if (!st)
        return ERR_DB;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, offset_min);
    return sqlite_step_done(c, st);
}

static const struct store_ops sqlite_ops = {
    .name = "sqlite",
    .close = sqlite_close,
    .begin = sqlite_begin,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .ping = sqlite_ping,
    .batched = sqlite_batched,
    .setting_get = sqlite_setting_get,
    .setting_set = sqlite_setting_set,
    .setting_add = sqlite_setting_add,
    .setting_swap = sqlite_setting_swap,
    .bulk_mode = sqlite_bulk_mode,
    .article_insert = sqlite_article_insert,
    .article_get = sqlite_article_get,
    .article_by_path = sqlite_article_by_path,
    .article_by_source = sqlite_article_by_source,
    .article_by_external_url = sqlite_article_by_external_url,
    .article_list = sqlite_article_list,
    .article_count = sqlite_article_count,
    .comment_insert = sqlite_comment_insert,
    .comment_get = sqlite_comment_get,
    .comment_by_source = sqlite_comment_by_source,
    .comment_by_created = sqlite_comment_by_created,
    .comment_by_number = sqlite_comment_by_number,
    .comment_list = sqlite_comment_list,
    .user_insert = sqlite_m_user_insert,
    .user_by_name = sqlite_m_user_by_name,
    .user_list = sqlite_m_user_list,
    .user_delete = sqlite_m_user_delete,
    .user_set_password = sqlite_m_user_set_password,
    .user_set_role = sqlite_m_user_set_role,
    .user_lock_admins = sqlite_m_user_lock_admins,
    .session_insert = sqlite_m_session_insert,
    .session_get = sqlite_m_session_get,
    .session_touch = sqlite_m_session_touch,
    .session_delete = sqlite_m_session_delete,
    .login_failure_add = sqlite_m_login_failure_add,
    .login_failure_count = sqlite_m_login_failure_count,
    .comment_transition = sqlite_m_comment_transition,
    .audit_add = sqlite_m_audit_add,
    .audit_list = sqlite_m_audit_list,
    .queue_page = sqlite_m_queue_page,
    .queue_count = sqlite_m_queue_count,
    .report_add = sqlite_m_report_add,
    .reports_restore = sqlite_m_reports_restore,
    .report_list = sqlite_m_report_list,
    .ban_add = sqlite_m_ban_add,
    .ban_active = sqlite_m_ban_active,
    .ban_list = sqlite_m_ban_list,
    .ban_lift = sqlite_m_ban_lift,
    .author_record = sqlite_m_author_record,
    .article_update = sqlite_m_article_update,
    .checkpoint = sqlite_m_checkpoint,
    .recent_activity = sqlite_m_recent_activity,
    .comments_by_author = sqlite_m_comments_by_author,
    .comments_by_author_page = sqlite_m_comments_by_author_page,
    .author_comment_counts = sqlite_m_author_comment_counts,
    .articles_by_ids = sqlite_articles_by_ids,
    .comments_by_ids = sqlite_comments_by_ids,
    .author_records = sqlite_m_author_records,
    .reports_of = sqlite_m_reports_of,
    .bans_of = sqlite_m_bans_of,
    .setting_list = sqlite_setting_list,
    .article_by_former_path = sqlite_article_by_former_path,
    .former_paths = sqlite_former_paths,
    .former_path_add = sqlite_former_path_add,
    .comments_newest = sqlite_comments_newest,
    .comments_newest_keys = sqlite_comments_newest_keys,
    .comments_tz_unknown = sqlite_comments_tz_unknown,
    .comment_tz_set = sqlite_comment_tz_set,
};
