/*
 * sqlite_int.h - what the files of the SQLite backend share: the
 * per-thread connection, the statement cache and small helpers. Not for
 * use outside src/store.
 */
#ifndef CHARLA_STORE_SQLITE_INT_H
#define CHARLA_STORE_SQLITE_INT_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>

#include "store/store.h"

/* Statement cache slots per connection: sqlite.c uses the first ones,
 * sqlite_mod.c from SQLITE_MOD_FIRST_SLOT on, sqlite_settings.c the last
 * six. */
#define SQLITE_STMT_SLOTS 96
#define SQLITE_MOD_FIRST_SLOT 40
#define SQLITE_SETTINGS_FIRST_SLOT (SQLITE_STMT_SLOTS - 6)

/* A remembered article row, by path (see article_memo in sqlite.c). */
struct article_memo {
    char *path;       /* owned; NULL for an empty slot */
    char *blob;       /* owned: the strings of a */
    struct article a; /* strings point into blob */
};
#define ARTICLE_MEMO_SLOTS 32

/* Settings read inside the writer's batches (see sqlite_settings.c). */
#define SETTINGS_MEMO_SLOTS 32
struct settings_memo {
    bool active;          /* inside a batch: use and fill the memo */
    int64_t data_version; /* when the entries were read */
    int n;
    char *key[SETTINGS_MEMO_SLOTS];   /* owned */
    char *value[SETTINGS_MEMO_SLOTS]; /* owned; NULL: no such setting */
    int no_bans; /* 1: the bans table is empty; 0: it is not; -1: unknown */
};

struct sqlite_conn {
    sqlite3 *db;
    sqlite3_stmt *stmts[SQLITE_STMT_SLOTS];
    struct sqlite_conn *next; /* all connections, for closing */
    int in_tx;                /* a store_begin transaction is open */
    /* Article rows by path, valid while neither data_version (changes by
       other connections) nor total_changes (our own) moved. */
    struct article_memo memo[ARTICLE_MEMO_SLOTS];
    int64_t memo_data_version;
    int64_t memo_changes;
    struct settings_memo settings;
};

struct sqlite_writer;

struct sqlite_store {
    struct store base;
    char *path;
    pthread_key_t key;
    pthread_mutex_t lock; /* guards conns and writer */
    struct sqlite_conn *conns;
    struct sqlite_writer *writer; /* group commit, started on first post */
};

/* The group-commit writer (sqlite_writer.c); conn becomes the writer
 * thread's connection of s. */
struct sqlite_writer *sqlite_writer_start(struct sqlite_store *s,
                                          struct sqlite_conn *conn);
void sqlite_writer_stop(struct sqlite_writer *w);
/* Runs fn in the next batch; returns when it is committed (or failed). */
int sqlite_writer_run(struct sqlite_writer *w, store_batch_fn fn, void *ctx);
/* The syncer (sqlite_sync.c): calls fdatasync on the WAL for batches the
 * writer committed with synchronous=NORMAL, then runs each node's done
 * (ok false if the sync failed). start returns NULL if the WAL file cannot
 * be opened; the writer then commits with synchronous=FULL instead. */
struct sqlite_sync_node {
    struct sqlite_sync_node *next;
    void (*done)(struct sqlite_sync_node *n, bool ok);
};
struct sqlite_syncer;
struct sqlite_syncer *sqlite_syncer_start(const char *db_path);
void sqlite_syncer_add(struct sqlite_syncer *y, struct sqlite_sync_node *n);
void sqlite_syncer_stop(struct sqlite_syncer *y);

/* A comment's row (sqlite_comment_row.c). sqlite_comment_numbers sets
 * in->number and in->depth and writes sort_key for the seq-th child of a
 * parent (parent_id 0: top level; its number and key are then unused);
 * ERR_TOOBIG if nested too deep. sqlite_bind_comment_insert binds every
 * parameter of SQLITE_COMMENT_INSERT_SQL. */
#define SQLITE_COMMENT_INSERT_SQL                                              \
    "INSERT INTO comments(article_id, parent_id, number, seq, depth, "         \
    "sort_key, status, author_kind, author_hash, author_name, created, "       \
    "body, reason, source_id, mod_edited, screen, was_public, "                \
    "tz_offset_min) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "    \
    "?12, ?13, ?14, ?15, ?16, ?17, ?18)"
/* sqlite_read_parent binds in->parent_id to st, a query of a comment's
 * article_id, number, sort_key and depth, and steps it: the parent's number
 * and sort key go to number and key, the new comment's depth to *depth.
 * ERR_NOTFOUND if there is no such comment, ERR_INVALID if it is on another
 * article than in. Resets st. */
int sqlite_read_parent(struct sqlite_conn *c, sqlite3_stmt *st,
                       const struct comment *in, char *number,
                       size_t number_size, char *key, size_t key_size,
                       int *depth);
int sqlite_comment_numbers(struct comment *in, const char *parent_number,
                           const char *parent_key, int depth, int64_t seq,
                           char *sort_key, size_t sort_key_size);
void sqlite_bind_comment_insert(sqlite3_stmt *st, const struct comment *in,
                                int64_t seq, const char *sort_key);

/* The settings (sqlite_settings.c), and their memo for the writer's
 * batches: begin right after the batch's BEGIN, end after it; clear when
 * the batch failed. */
int sqlite_setting_get(struct store *s, const char *key, struct arena *a,
                       const char **value);
int sqlite_setting_set(struct store *s, const char *key, const char *value);
int sqlite_setting_add(struct store *s, const char *key, const char *value);
int sqlite_setting_swap(struct store *s, const char *key, const char *expected,
                        const char *value);
int sqlite_setting_list(struct store *s, const char *prefix, struct arena *a,
                        struct store_setting **out, size_t *n);
void sqlite_settings_memo_begin(struct sqlite_conn *c);
void sqlite_settings_memo_end(struct sqlite_conn *c);
void sqlite_settings_memo_clear(struct sqlite_conn *c);

/* The numbering insert itself, inside a transaction (sqlite.c). */
int sqlite_insert_numbered(struct sqlite_conn *c, struct comment *in);
/* A connection that belongs to no thread key (for the writer). */
struct sqlite_conn *sqlite_conn_new(struct sqlite_store *s);

/* The calling thread's connection (opened on first use), or NULL. */
struct sqlite_conn *sqlite_conn_get(struct sqlite_store *s);
/* The cached statement in slot id, prepared from sql on first use and
 * reset with its bindings cleared afterwards. NULL on a prepare error. */
sqlite3_stmt *sqlite_stmt(struct sqlite_conn *c, int id, const char *sql);
/* sqlite_exec runs SQL without results; err may be NULL (then logged). */
int sqlite_exec(sqlite3 *db, const char *sql, struct buf *err);
void sqlite_bind_text(sqlite3_stmt *st, int i, const char *s);
void sqlite_bind_text_or_null(sqlite3_stmt *st, int i, const char *s);
/* sqlite_bind_article binds the fields an article insert and update both
 * set, path to labels, to parameters first to first + 8. */
void sqlite_bind_article(sqlite3_stmt *st, int first, const struct article *in);
const char *sqlite_col_text(sqlite3_stmt *st, int i, struct arena *a);
int sqlite_step_error(struct sqlite_conn *c, int rc);
int sqlite_step_done(struct sqlite_conn *c, sqlite3_stmt *st);
int sqlite_read_comment(sqlite3_stmt *st, struct arena *a, struct comment *o);
/* sqlite_read_comment_row: sqlite_read_comment for sqlite_read_rows. */
int sqlite_read_comment_row(sqlite3_stmt *st, struct arena *a, void *row);
/*
 * sqlite_read_one steps st once and reads its row with read into out;
 * ERR_NOTFOUND if there is none. Resets st. 0 or an err.
 */
int sqlite_read_one(struct sqlite_conn *c, sqlite3_stmt *st, struct arena *a,
                    int (*read)(sqlite3_stmt *st, struct arena *a, void *row),
                    void *out);
/*
 * sqlite_read_rows steps st to its end, reading each row with read into
 * an arena array of elem-sized structs; *out and *n get the array and its
 * length (also on failure, what was read). Resets st. 0 or an err.
 */
int sqlite_read_rows(struct sqlite_conn *c, sqlite3_stmt *st, struct arena *a,
                     size_t elem,
                     int (*read)(sqlite3_stmt *st, struct arena *a, void *row),
                     void **out, size_t *n);

/*
 * sqlite_read_by_ids binds ids (store_keys_ids' JSON array) to parameter 1
 * of st, a query of rows whose key is in json_each(?1), and reads them as
 * sqlite_read_rows does. 0 or an err.
 */
int sqlite_read_by_ids(struct sqlite_conn *c, sqlite3_stmt *st,
                       const int64_t *ids, size_t n, struct arena *a,
                       size_t elem,
                       int (*read)(sqlite3_stmt *st, struct arena *a,
                                   void *row),
                       void **out, size_t *nout);

/* The moderation half of the ops table (sqlite_mod.c). */
int sqlite_m_user_insert(struct store *s, const struct user *u, int64_t *id);
int sqlite_m_user_by_name(struct store *s, const char *name_key,
                          struct arena *a, struct user *out);
int sqlite_m_user_list(struct store *s, struct arena *a, struct user **out,
                       size_t *n);
int sqlite_m_user_delete(struct store *s, const char *name_key);
int sqlite_m_user_set_password(struct store *s, const char *name_key,
                               const char *pwhash);
int sqlite_m_user_lock_admins(struct store *s);
int sqlite_m_user_set_role(struct store *s, const char *name_key,
                           enum role role);
int sqlite_m_session_insert(struct store *s, const struct session *se);
int sqlite_m_session_get(struct store *s, const char *id_hash, struct arena *a,
                         struct session *out);
int sqlite_m_session_touch(struct store *s, const char *id_hash, int64_t now);
int sqlite_m_session_delete(struct store *s, const char *id_hash);
int sqlite_m_login_failure_add(struct store *s, const char *name_key,
                               const char *client, int64_t at,
                               int64_t forget_before);
int sqlite_m_login_failure_count(struct store *s, const char *name_key,
                                 const char *client, int64_t since,
                                 int64_t *account, int64_t *by_client);
int sqlite_m_comment_transition(struct store *s, const struct transition *t);
int sqlite_m_audit_add(struct store *s, const struct audit_entry *e);
int sqlite_m_audit_list(struct store *s, int64_t comment_id, int limit,
                        struct arena *a, struct audit_entry **out, size_t *n);
int sqlite_m_queue_page(struct store *s, const struct queue_query *q,
                        struct arena *a, struct comment **out, size_t *n);
int sqlite_m_queue_count(struct store *s, const struct queue_query *q,
                         int64_t *total);
int sqlite_m_reports_restore(struct store *s, int64_t comment_id,
                             const struct report *rs, size_t n,
                             int64_t report_count);
int sqlite_m_report_add(struct store *s, const struct report_new *r,
                        int64_t *count, int64_t *counted);
int sqlite_m_report_list(struct store *s, int64_t comment_id, struct arena *a,
                         struct report **out, size_t *n);
int sqlite_m_ban_add(struct store *s, const struct ban *b);
int sqlite_m_ban_list(struct store *s, int64_t now, struct arena *a,
                      struct ban **out, size_t *n);
int sqlite_m_ban_lift(struct store *s, int64_t id, int64_t now, struct arena *a,
                      struct ban *out);
int sqlite_m_ban_active(struct store *s, const char *author_hash, int64_t now,
                        struct arena *a, struct ban *out);
int sqlite_m_author_record(struct store *s, const char *author_hash,
                           int64_t *visible, int64_t *removed);
int sqlite_m_author_records(struct store *s, const char *const *hashes,
                            size_t n, int64_t *visible, int64_t *removed);
int sqlite_m_reports_of(struct store *s, const int64_t *comment_ids, size_t n,
                        struct arena *a, struct report **out, size_t *nout);
int sqlite_m_bans_of(struct store *s, const char *const *hashes, size_t n,
                     int64_t now, struct arena *a, struct ban **out,
                     size_t *nout);
int sqlite_m_article_update(struct store *s, const struct article *in);
int sqlite_m_checkpoint(struct store *s);
int sqlite_m_comments_by_author(struct store *s, const char *author_hash,
                                struct arena *a, struct comment **out,
                                size_t *n);
int sqlite_m_comments_by_author_page(struct store *s, const char *author_hash,
                                     int64_t before_id, int64_t limit,
                                     struct arena *a, struct comment **out,
                                     size_t *n);
int sqlite_m_author_comment_counts(struct store *s, const char *author_hash,
                                   int64_t *live, int64_t *gone,
                                   int64_t *withdrawn);
int sqlite_m_recent_activity(struct store *s, int64_t article_id, int64_t since,
                             int64_t *comments, int64_t *new_readers);

#define CONN_OR_FAIL(s, c)                                                     \
    struct sqlite_conn *c = sqlite_conn_get((struct sqlite_store *)(s));       \
    if (!c)                                                                    \
    return ERR_DB

/* The COMMENT_COLS select list, shared so every read gives a full row. */
#define SQLITE_COMMENT_COLS                                                    \
    "id, article_id, COALESCE(parent_id, 0), number, depth, status, "          \
    "author_kind, author_hash, author_name, created, body, reason, "           \
    "COALESCE(source_id, ''), mod_edited, screen, report_count, was_public, "  \
    "tz_offset_min"

#endif
