/*
 * sqlite_bulk.c - the SQLite fast path of a bulk import session (see the
 * store_bulk block of store.h and sqlite_bulk.h).
 *
 * Why it exists: an ordinary store_comment_insert runs four statements
 * (parent row, next sequence number, insert, article version bump), and an
 * importer used to add two lookups by source id that read whole rows. For
 * a million comments that per-comment work was most of the import's time.
 * Here a comment costs one lookup by source id (two for a reply: itself
 * and its parent, whose row the lookup keeps for the insert that follows)
 * and the insert itself:
 *
 *   - next sequence numbers come from tables in memory: the last number
 *     given under each parent (at most SEQ_CACHE_MAX parents, then the
 *     table is emptied) and under each article's top level, filled from
 *     the database on a miss. A parent inserted after the table was last
 *     emptied in this transaction (id above fresh_above) has no children
 *     but those in the table, so it needs no query at all;
 *   - article version bumps are counted per article and written in one
 *     UPDATE per article at store_bulk_flush, adding the same total that
 *     one bump per comment would have; so are the articles' visible
 *     comment counts: the trigger that adds one per visible insert is
 *     dropped for the transaction and created again at the flush (other
 *     connections never see it missing);
 *   - rebuilding instead of updating: four indexes of the comments table
 *     are ordered by article first (comments_thread, comments_created,
 *     comments_top, comments_visible). An export lists posts in time
 *     order, so each insert lands at a random place in each of them; once
 *     they outgrow the page cache (a few hundred thousand comments), most
 *     inserts read and write a page of each from disk, and the import
 *     slows down several-fold. When the table holds no more comments (by its
 * largest id) than a transaction of the import may add (rebuild_limit), the
 * session drops these indexes at the start of the transaction and creates them
 * again (from their own SQL in sqlite_master) at store_bulk_flush, which sorts
 * once instead. Other connections never see the indexes missing: the drop and
 * the creation are in the same transaction, and a rollback restores them.
 * Inside the transaction the next top-level number is then read through the
 * article's part of the unique (article_id, number) index;
 *   - connection settings for the session (restored by sqlite_bulk_free):
 *     foreign_keys off, because the session checks what they would (the
 *     parent row is read, and must be in the same article; the article's
 *     version bump must change one row) and the checks cost two lookups
 *     per insert; synchronous=NORMAL, because an import's commit needs no
 *     fsync: after a power cut the WAL database is still consistent and
 *     the importer's checkpoint is in the same transaction as the rows it
 *     covers, so --resume goes on from whatever commit survived; and a
 *     48 MiB page cache (12 MiB while indexes are created, as SQLite's
 *     sorter takes as much again), so that an import of any size stays
 *     under 100 MB.
 *
 * Invariant: the tables are only valid inside one transaction, because
 * other connections may write between transactions; the caller flushes
 * before each commit and flush forgets them. The numbers given out are
 * exactly those sqlite_insert_numbered (sqlite.c) would give: MAX(seq) + 1
 * among the siblings, the parent's number plus "." and the index, the sort
 * key with each part zero-padded to six digits.
 *
 * Statements are this file's own, prepared on the importing thread's
 * connection and finalized with the session, so the statement cache of
 * sqlite.c is untouched.
 */
#include <malloc.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/sqlite_bulk.h"
#include "store/sqlite_int.h"

enum bulk_stmt {
    B_FIND,
    B_PARENT,
    B_NEXT_CHILD,
    B_NEXT_TOP,
    B_NEXT_TOP_SCAN,
    B_MAX_ID,
    B_INDEX_SQL,
    B_INSERT,
    B_BUMP,
    B_TRIGGER_SQL,
    B_COUNT
};

static const char *const bulk_sql[B_COUNT] = {
    [B_FIND] = "SELECT id, article_id, number, sort_key, depth FROM comments "
               "WHERE source_id = ?1",
    [B_PARENT] = "SELECT article_id, number, sort_key, depth FROM comments "
                 "WHERE id = ?1",
    [B_NEXT_CHILD] = "SELECT COALESCE(MAX(seq), 0) FROM comments "
                     "WHERE parent_id = ?1",
    [B_NEXT_TOP] = "SELECT COALESCE(MAX(seq), 0) FROM comments "
                   "WHERE article_id = ?1 AND parent_id IS NULL",
    [B_NEXT_TOP_SCAN] = "SELECT COALESCE(MAX(seq), 0) FROM comments "
                        "WHERE article_id = ?1 AND +parent_id IS NULL",
    [B_MAX_ID] = "SELECT COALESCE(MAX(id), 0) FROM comments",
    [B_INDEX_SQL] = "SELECT sql FROM sqlite_master WHERE type = 'index' AND "
                    "name = ?1 AND tbl_name = 'comments'",
    [B_INSERT] = SQLITE_COMMENT_INSERT_SQL,
    [B_BUMP] = "UPDATE articles SET version = version + ?2, "
               "visible_comments = visible_comments + ?3 WHERE id = ?1",
    [B_TRIGGER_SQL] = "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                      "AND name = 'comments_count_insert'",
};

/* Parents and articles whose last sequence number is kept, at most; past
 * that the table is emptied and misses are read from the database. */
#define SEQ_CACHE_MAX 65536

/* The page cache while the rebuilt indexes are created: SQLite's sorter
 * takes about as much again, and memory must stay under 100 MB. */
#define REBUILD_CACHE_PRAGMA "PRAGMA cache_size=-12288"

/* The page cache of a session: what the rest of an import needs (about
 * 30 MB: two threads, the records between them, the parser, libraries)
 * and this must stay under 100 MB. */
#define BULK_CACHE_PRAGMA "PRAGMA cache_size=-49152"

/* The recently inserted comments kept for lookups by source id (a reply
 * usually answers a recent comment): slots, a power of two; the table is
 * emptied when half full. 65536 slots of 80 bytes: 5 MiB. */
#define RECENT_SLOTS 65536
#define RECENT_KEY_MAX 32    /* longer source ids are not kept */
#define RECENT_NUMBER_MAX 24 /* nor comments with longer numbers */

/* The indexes a rebuild transaction drops and creates again (one that
 * does not exist, such as comments_visible since schema 4, is skipped). */
static const char *const rebuilt_index[] = {
    "comments_thread", "comments_created", "comments_top", "comments_visible"};
#define N_REBUILT (sizeof(rebuilt_index) / sizeof(rebuilt_index[0]))

/* ---- an int64 -> int64 table; key 0 marks an empty slot ---- */

struct i64map {
    int64_t *keys;
    int64_t *vals;
    size_t cap; /* a power of two, or 0 */
    size_t n;
};

static size_t slot_of(const struct i64map *m, int64_t key)
{
    uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ULL;
    size_t i = (size_t)(h >> 20) & (m->cap - 1);
    while (m->keys[i] != 0 && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    return i;
}

static int64_t *i64map_get(const struct i64map *m, int64_t key)
{
    if (!m->cap)
        return NULL;
    size_t i = slot_of(m, key);
    return m->keys[i] ? &m->vals[i] : NULL;
}

static int i64map_grow(struct i64map *m)
{
    struct i64map g = {NULL, NULL, m->cap ? m->cap * 2 : 1024, 0};
    g.keys = calloc(g.cap, sizeof(*g.keys));
    g.vals = calloc(g.cap, sizeof(*g.vals));
    if (!g.keys || !g.vals) {
        free(g.keys);
        free(g.vals);
        return ERR_NOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = slot_of(&g, m->keys[i]);
        g.keys[j] = m->keys[i];
        g.vals[j] = m->vals[i];
        g.n++;
    }
    free(m->keys);
    free(m->vals);
    *m = g;
    return 0;
}

/* i64map_set sets key (not 0) to val. */
static int i64map_set(struct i64map *m, int64_t key, int64_t val)
{
    if ((m->n + 1) * 4 > m->cap * 3 && i64map_grow(m))
        return ERR_NOMEM;
    size_t i = slot_of(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    m->vals[i] = val;
    return 0;
}

static void i64map_release(struct i64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}

/* ---- recently inserted comments, by source id ---- */

struct recent {
    char key[RECENT_KEY_MAX]; /* "" marks an empty slot */
    int64_t id, article_id;
    int32_t depth;
    char number[RECENT_NUMBER_MAX];
};

static uint64_t hash_key(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* recent_slot: where key is, or the empty slot it would go to. */
static struct recent *recent_slot(struct recent *t, const char *key)
{
    size_t i = (size_t)hash_key(key) & (RECENT_SLOTS - 1);
    while (t[i].key[0] && strcmp(t[i].key, key) != 0)
        i = (i + 1) & (RECENT_SLOTS - 1);
    return &t[i];
}

/*
 * sort_key_of writes the sort key of a comment number ("1.12" ->
 * "000001.000012"), as sqlite_insert_numbered builds it part by part.
 */
static void sort_key_of(const char *number, char *out, size_t size)
{
    size_t len = 0;
    const char *p = number;
    out[0] = '\0';
    while (*p && len < size) {
        char *end;
        long long part = strtoll(p, &end, 10);
        int n =
            snprintf(out + len, size - len, "%s%06lld", len ? "." : "", part);
        if (n < 0 || end == p)
            break;
        len += (size_t)n;
        p = *end == '.' ? end + 1 : end;
    }
}

/* ---- the session ---- */

struct sqlite_bulk {
    struct sqlite_conn *conn;
    sqlite3_stmt *st[B_COUNT];
    struct i64map last_seq;     /* parent id -> the largest sequence number
                                   given out (at most SEQ_CACHE_MAX) */
    struct i64map top_seq;      /* article id -> the same for top level */
    struct i64map bumps;        /* article id -> version bumps owed */
    struct i64map visible;      /* article id -> visible inserts not yet
                                   counted (while count_sql is set) */
    char *count_sql;            /* dropped in this transaction: the SQL
                                   of the counting trigger (owned) */
    int64_t tx_max_id;          /* largest comment id when the transaction
                                   began; -1: not read yet */
    int64_t fresh_above;        /* a parent with a larger id has all its
                                   children in last_seq (it was inserted after
                                   the table was last emptied) */
    int64_t last_id;            /* the id of the last insert */
    int64_t rebuild_limit;      /* rebuild when tx_max_id is at most this */
    char *index_sql[N_REBUILT]; /* dropped in this transaction: the SQL
                                   that creates each again (owned) */
    bool rebuilding;            /* indexes were dropped */
    /* The row store_bulk_find found last: most often the parent of the
       next insert, which then needs no query of its own. */
    int64_t found_id; /* 0: none */
    int64_t found_article;
    int found_depth;
    char found_number[COMMENT_NUMBER_MAX];
    char found_key[COMMENT_NUMBER_MAX * 2];
    struct recent *recent; /* RECENT_SLOTS, or NULL */
    size_t n_recent;
};

struct sqlite_bulk *sqlite_bulk_new(struct store *s, int64_t per_tx,
                                    struct buf *err)
{
    struct sqlite_conn *c = sqlite_conn_get((struct sqlite_store *)s);
    struct sqlite_bulk *b = NULL;
    if (!c) {
        buf_adds(err, "cannot open the database connection");
        return NULL;
    }
    b = calloc(1, sizeof(*b));
    if (!b) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    b->conn = c;
    b->tx_max_id = -1;
    b->rebuild_limit = per_tx;
    /* see the top of the file; foreign_keys is a no-op inside a
     * transaction, so this must come first */
    if (sqlite_exec(c->db,
                    "PRAGMA foreign_keys=OFF; PRAGMA "
                    "synchronous=NORMAL; " BULK_CACHE_PRAGMA,
                    err)) {
        free(b);
        return NULL;
    }
    for (int i = 0; i < B_COUNT; i++) {
        if (sqlite3_prepare_v3(c->db, bulk_sql[i], -1,
                               SQLITE_PREPARE_PERSISTENT, &b->st[i],
                               NULL) != SQLITE_OK) {
            buf_addf(err, "sqlite: %s", sqlite3_errmsg(c->db));
            sqlite_bulk_free(b);
            return NULL;
        }
    }
    return b;
}

void sqlite_bulk_free(struct sqlite_bulk *b)
{
    if (!b)
        return;
    for (int i = 0; i < B_COUNT; i++)
        sqlite3_finalize(b->st[i]);
    (void)sqlite_exec(b->conn->db,
                      "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL", NULL);
    for (size_t i = 0; i < N_REBUILT; i++)
        free(b->index_sql[i]);
    free(b->count_sql);
    b->count_sql = NULL;
    i64map_release(&b->visible);
    i64map_release(&b->last_seq);
    i64map_release(&b->top_seq);
    i64map_release(&b->bumps);
    free(b->recent);
    free(b);
}

/* one_int runs a statement bound to key that returns one integer. */
static int one_int(struct sqlite_bulk *b, enum bulk_stmt id, int64_t key,
                   int64_t *out)
{
    sqlite3_stmt *st = b->st[id];
    if (id != B_MAX_ID)
        sqlite3_bind_int64(st, 1, key);
    int rc = sqlite3_step(st);
    int ret = 0;
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        ret = sqlite_step_error(b->conn, rc);
    sqlite3_reset(st);
    return ret;
}

/* remember keeps an inserted comment in the recent table. */
static void remember(struct sqlite_bulk *b, const struct comment *c)
{
    if (!c->source_id || !c->source_id[0] ||
        strlen(c->source_id) >= RECENT_KEY_MAX ||
        strlen(c->number) >= RECENT_NUMBER_MAX)
        return;
    if (!b->recent) {
        b->recent = calloc(RECENT_SLOTS, sizeof(*b->recent));
        if (!b->recent)
            return; /* only slower */
    }
    if (b->n_recent >= RECENT_SLOTS / 2) {
        memset(b->recent, 0, RECENT_SLOTS * sizeof(*b->recent));
        b->n_recent = 0;
    }
    struct recent *r = recent_slot(b->recent, c->source_id);
    if (!r->key[0])
        b->n_recent++;
    snprintf(r->key, sizeof(r->key), "%s", c->source_id);
    r->id = c->id;
    r->article_id = c->article_id;
    r->depth = c->depth;
    snprintf(r->number, sizeof(r->number), "%s", c->number);
}

int sqlite_bulk_find(struct sqlite_bulk *b, const char *source_id, int64_t *id,
                     int64_t *article_id)
{
    if (b->recent && strlen(source_id) < RECENT_KEY_MAX) {
        struct recent *r = recent_slot(b->recent, source_id);
        if (r->key[0]) {
            *id = b->found_id = r->id;
            *article_id = b->found_article = r->article_id;
            b->found_depth = r->depth;
            snprintf(b->found_number, sizeof(b->found_number), "%s", r->number);
            sort_key_of(r->number, b->found_key, sizeof(b->found_key));
            return 0;
        }
    }
    sqlite3_stmt *st = b->st[B_FIND];
    sqlite_bind_text(st, 1, source_id);
    int rc = sqlite3_step(st);
    int ret = 0;
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        *article_id = sqlite3_column_int64(st, 1);
        b->found_id = *id;
        b->found_article = *article_id;
        snprintf(b->found_number, sizeof(b->found_number), "%s",
                 (const char *)sqlite3_column_text(st, 2));
        snprintf(b->found_key, sizeof(b->found_key), "%s",
                 (const char *)sqlite3_column_text(st, 3));
        b->found_depth = sqlite3_column_int(st, 4);
    } else {
        ret = rc == SQLITE_DONE ? ERR_NOTFOUND : sqlite_step_error(b->conn, rc);
    }
    sqlite3_reset(st);
    return ret;
}

/*
 * drop_index drops one of rebuilt_index, keeping the SQL that creates it
 * again; an index that does not exist is left alone.
 */
static int drop_index(struct sqlite_bulk *b, size_t i)
{
    sqlite3_stmt *st = b->st[B_INDEX_SQL];
    char drop[64];
    sqlite_bind_text(st, 1, rebuilt_index[i]);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
        b->index_sql[i] = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW)
        return sqlite_step_error(b->conn, rc);
    if (!b->index_sql[i])
        return ERR_NOMEM;
    snprintf(drop, sizeof(drop), "DROP INDEX %s", rebuilt_index[i]);
    return sqlite_exec(b->conn->db, drop, NULL);
}

/* drop_count_trigger drops the trigger that counts visible comments one
 * insert at a time, keeping its SQL; the session counts instead. */
static int drop_count_trigger(struct sqlite_bulk *b)
{
    sqlite3_stmt *st = b->st[B_TRIGGER_SQL];
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
        b->count_sql = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW)
        return sqlite_step_error(b->conn, rc);
    if (!b->count_sql)
        return ERR_NOMEM;
    return sqlite_exec(b->conn->db, "DROP TRIGGER comments_count_insert", NULL);
}

/* tx_start runs on the first insert of a transaction: it notes the
 * largest id and, for a small table, drops the rebuilt indexes. */
static int tx_start(struct sqlite_bulk *b)
{
    int ret = one_int(b, B_MAX_ID, 0, &b->tx_max_id);
    if (ret) {
        b->tx_max_id = -1;
        return ret;
    }
    b->fresh_above = b->tx_max_id;
    ret = drop_count_trigger(b);
    if (ret || b->tx_max_id > b->rebuild_limit)
        return ret;
    b->rebuilding = true;
    for (size_t i = 0; ret == 0 && i < N_REBUILT; i++)
        ret = drop_index(b, i);
    return ret;
}

/*
 * next_seq gives the sequence number the next child of key would get
 * (key: the parent's id, or minus the article's id) without taking it.
 */
static int next_seq(struct sqlite_bulk *b, int64_t key, int64_t *seq)
{
    int64_t *last =
        key > 0 ? i64map_get(&b->last_seq, key) : i64map_get(&b->top_seq, -key);
    int ret;
    if (last) {
        *seq = *last + 1;
        return 0;
    }
    if (key > 0 && key > b->fresh_above) { /* inserted since, no child */
        *seq = 1;
        return 0;
    }
    int64_t max;
    if (key > 0)
        ret = one_int(b, B_NEXT_CHILD, key, &max);
    else
        ret = one_int(b, b->rebuilding ? B_NEXT_TOP_SCAN : B_NEXT_TOP, -key,
                      &max);
    if (ret == 0)
        *seq = max + 1;
    return ret;
}

int sqlite_bulk_insert(struct sqlite_bulk *b, struct comment *in)
{
    char parent_number[COMMENT_NUMBER_MAX] = "";
    char parent_key[COMMENT_NUMBER_MAX * 2] = "";
    char sort_key[COMMENT_NUMBER_MAX * 2];
    int depth = 0;
    int64_t seq, key;
    int ret;

    if (b->tx_max_id < 0 && (ret = tx_start(b)))
        return ret;
    if (in->parent_id && in->parent_id == b->found_id) {
        if (b->found_article != in->article_id)
            return ERR_INVALID;
        memcpy(parent_number, b->found_number, sizeof(parent_number));
        memcpy(parent_key, b->found_key, sizeof(parent_key));
        depth = b->found_depth + 1;
        key = in->parent_id;
    } else if (in->parent_id) {
        ret = sqlite_read_parent(b->conn, b->st[B_PARENT], in, parent_number,
                                 sizeof(parent_number), parent_key,
                                 sizeof(parent_key), &depth);
        if (ret)
            return ret;
        key = in->parent_id;
    } else {
        key = -in->article_id;
    }
    if ((ret = next_seq(b, key, &seq)))
        return ret;
    ret = sqlite_comment_numbers(in, parent_number, parent_key, depth, seq,
                                 sort_key, sizeof(sort_key));
    if (ret)
        return ret;

    sqlite3_stmt *st = b->st[B_INSERT];
    sqlite_bind_comment_insert(st, in, seq, sort_key);
    ret = sqlite_step_done(b->conn, st);
    sqlite3_clear_bindings(st);
    if (ret)
        return ret;
    in->id = sqlite3_last_insert_rowid(b->conn->db);
    b->last_id = in->id;
    remember(b, in);
    if (key < 0) {
        ret = i64map_set(&b->top_seq, -key, seq);
    } else {
        if (b->last_seq.n >= SEQ_CACHE_MAX) { /* keep memory flat */
            i64map_release(&b->last_seq);
            b->fresh_above = b->last_id;
        }
        ret = i64map_set(&b->last_seq, key, seq);
    }
    if (ret)
        return ret;
    if (b->count_sql && in->status == COMMENT_VISIBLE) {
        int64_t *n = i64map_get(&b->visible, in->article_id);
        ret = i64map_set(&b->visible, in->article_id, n ? *n + 1 : 1);
        if (ret)
            return ret;
    }
    int64_t *owed = i64map_get(&b->bumps, in->article_id);
    return i64map_set(&b->bumps, in->article_id, owed ? *owed + 1 : 1);
}

/* pragma_int reads a pragma that returns one integer. */
static int pragma_int(struct sqlite_bulk *b, const char *sql, int64_t *out)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(b->conn->db, sql, -1, &st, NULL) != SQLITE_OK)
        return sqlite_step_error(b->conn, SQLITE_ERROR);
    int rc = sqlite3_step(st);
    int ret = 0;
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(st, 0);
    else
        ret = sqlite_step_error(b->conn, rc);
    sqlite3_finalize(st);
    return ret;
}

int sqlite_bulk_flush(struct sqlite_bulk *b)
{
    int ret = 0;
    int64_t cache = 0;
    if (b->rebuilding) {
        ret = pragma_int(b, "PRAGMA cache_size", &cache);
        if (ret == 0)
            ret = sqlite_exec(b->conn->db, REBUILD_CACHE_PRAGMA, NULL);
        malloc_trim(0); /* hand the freed cache pages back first */
    }
    for (size_t i = 0; i < N_REBUILT; i++) {
        if (ret == 0 && b->index_sql[i])
            ret = sqlite_exec(b->conn->db, b->index_sql[i], NULL);
        free(b->index_sql[i]);
        b->index_sql[i] = NULL;
    }
    if (b->rebuilding && ret == 0) {
        char restore[64];
        snprintf(restore, sizeof(restore), "PRAGMA cache_size=%lld",
                 (long long)cache);
        ret = sqlite_exec(b->conn->db, restore, NULL);
    }
    b->rebuilding = false;
    if (b->recent) { /* other writers may come between transactions */
        memset(b->recent, 0, RECENT_SLOTS * sizeof(*b->recent));
        b->n_recent = 0;
    }
    for (size_t i = 0; ret == 0 && i < b->bumps.cap; i++) {
        if (!b->bumps.keys[i])
            continue;
        sqlite3_stmt *st = b->st[B_BUMP];
        int64_t *visible = i64map_get(&b->visible, b->bumps.keys[i]);
        sqlite3_bind_int64(st, 1, b->bumps.keys[i]);
        sqlite3_bind_int64(st, 2, b->bumps.vals[i]);
        sqlite3_bind_int64(st, 3, visible ? *visible : 0);
        ret = sqlite_step_done(b->conn, st);
        if (ret == 0 && sqlite3_changes(b->conn->db) != 1)
            ret = ERR_NOTFOUND;
    }
    if (ret == 0 && b->count_sql)
        ret = sqlite_exec(b->conn->db, b->count_sql, NULL);
    free(b->count_sql);
    b->count_sql = NULL;
    i64map_release(&b->visible);
    i64map_release(&b->bumps);
    i64map_release(&b->last_seq);
    i64map_release(&b->top_seq);
    b->tx_max_id = -1;
    return ret;
}
