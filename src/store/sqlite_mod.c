/*
 * sqlite_mod.c - the SQLite side of staff accounts, sessions and
 * moderation: users, sessions, login failures, comment transitions with
 * their audit rows, reports, bans and the queue.
 *
 * A transition is one write transaction: read the comment's status, refuse
 * if it moved on (another moderator was faster), update, log, bump the
 * article version. A transition that erases or rewrites text (a purge, a
 * redaction, an author's deletion or withdrawal) additionally checkpoints
 * the WAL (TRUNCATE) so that, with secure_delete on, the old text survives
 * in no file: the log would otherwise keep a copy of the page that held it
 * until the next automatic checkpoint, which may be long in coming.
 */
#include <stdio.h>
#include <string.h>

#include "store/sqlite_int.h"
#include "store/store_keys.h"

enum mod_stmt {
    MS_USER_INSERT = SQLITE_MOD_FIRST_SLOT,
    MS_USER_BY_NAME,
    MS_USER_LIST,
    MS_USER_DELETE,
    MS_USER_PASSWD,
    MS_USER_ROLE,
    MS_SESSION_INSERT,
    MS_SESSION_GET,
    MS_SESSION_TOUCH,
    MS_SESSION_DELETE,
    MS_SESSION_DELETE_USER,
    MS_LOGIN_FAIL_ADD,
    MS_LOGIN_FAIL_FORGET,
    MS_LOGIN_FAIL_COUNT,
    MS_COMMENT_STATUS,
    MS_COMMENT_UPDATE,
    MS_COMMENT_ERASE,
    MS_REPORTS_ERASE,
    MS_REPORTS_UNCOUNT,
    MS_AUDIT_ADD,
    MS_AUDIT_LIST,
    MS_AUDIT_LIST_COMMENT,
    MS_ARTICLE_BUMP,
    MS_QUEUE_OLDEST,
    MS_QUEUE_NEWEST,
    MS_QUEUE_COUNT,
    MS_REPORT_ADD,
    MS_REPORT_BUMP,
    MS_REPORT_COUNTED,
    MS_REPORT_LIST,
    MS_REPORT_RESTORE,
    MS_REPORT_COUNT_SET,
    MS_BAN_ADD,
    MS_BAN_ACTIVE,
    MS_BAN_ANY,
    MS_BAN_REPLACE,
    MS_BAN_LIST,
    MS_BAN_GET_ACTIVE,
    MS_BAN_END,
    MS_AUTHOR_RECORD,
    MS_ARTICLE_UPDATE,
    MS_RECENT,
    MS_BY_AUTHOR,
    MS_BY_AUTHOR_PAGE,
    MS_AUTHOR_COUNTS,
    MS_AUTHOR_RECORDS,
    MS_REPORTS_OF,
    MS_BANS_OF,
    MS_END
};

_Static_assert(MS_END <= SQLITE_SETTINGS_FIRST_SLOT, "statement slots");

#define USER_COLS "id, name, name_key, role, pwhash, created"
/* The comments the queue can show: the predicate of the partial index
 * comments_queue (schema 5), written term for term as the index's, which is
 * how SQLite knows that index may answer the query. */
#define QUEUE_WHERE "(status IN (1, 2) OR (status = 0 AND report_count > 0))"
/* The queue, its article (?1, 0 for all) and reason (?2, enum
 * queue_reason): the filters are the query's, before any limit. */
#define QUEUE_SELECT                                                           \
    QUEUE_WHERE " AND (?1 = 0 OR article_id = ?1) AND (?2 = 0 "                \
                "OR (?2 = 1 AND status = 1) OR (?2 = 2 AND status = 2) "       \
                "OR (?2 = 3 AND status = 2 AND screen <> '') "                 \
                "OR (?2 = 4 AND report_count > 0))"

static const char *const mod_sql[MS_END - SQLITE_MOD_FIRST_SLOT] = {
#define S(id) [id - SQLITE_MOD_FIRST_SLOT]
    S(MS_USER_INSERT) = "INSERT INTO users(name, name_key, role, pwhash, "
                        "created) VALUES (?1, ?2, ?3, ?4, ?5)",
    S(MS_USER_BY_NAME) = "SELECT " USER_COLS " FROM users WHERE name_key = ?1",
    S(MS_USER_LIST) = "SELECT " USER_COLS " FROM users ORDER BY name_key",
    S(MS_USER_DELETE) = "DELETE FROM users WHERE name_key = ?1",
    S(MS_USER_PASSWD) = "UPDATE users SET pwhash = ?2 WHERE name_key = ?1",
    S(MS_USER_ROLE) = "UPDATE users SET role = ?2 WHERE name_key = ?1",
    S(MS_SESSION_INSERT) = "INSERT INTO sessions(id_hash, user_id, csrf, "
                           "created, last_seen) VALUES (?1, ?2, ?3, ?4, ?5)",
    S(MS_SESSION_GET) =
        "SELECT s.id_hash, s.user_id, s.csrf, s.created, s.last_seen, "
        "u.id, u.name, u.name_key, u.role, u.pwhash, u.created "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?1",
    S(MS_SESSION_TOUCH) =
        "UPDATE sessions SET last_seen = ?2 WHERE id_hash = ?1",
    S(MS_SESSION_DELETE) = "DELETE FROM sessions WHERE id_hash = ?1",
    S(MS_SESSION_DELETE_USER) = "DELETE FROM sessions WHERE user_id IN "
                                "(SELECT id FROM users WHERE name_key = ?1)",
    S(MS_LOGIN_FAIL_ADD) =
        "INSERT INTO login_failures(name_key, client, at) VALUES (?1, ?2, ?3)",
    S(MS_LOGIN_FAIL_FORGET) = "DELETE FROM login_failures WHERE at < ?1",
    S(MS_LOGIN_FAIL_COUNT) =
        "SELECT COUNT(*), COALESCE(SUM(client = ?3), 0) FROM login_failures "
        "WHERE name_key = ?1 AND at >= ?2",
    S(MS_COMMENT_STATUS) =
        "SELECT status, article_id, was_public FROM comments WHERE id = ?1",
    S(MS_COMMENT_UPDATE) =
        "UPDATE comments SET status = ?2, reason = ?3, "
        "body = COALESCE(?4, body), mod_edited = mod_edited OR ?5, "
        "report_count = CASE WHEN ?6 THEN 0 ELSE report_count END, "
        "screen = COALESCE(?7, screen), "
        "was_public = CASE WHEN ?2 = 0 THEN 1 ELSE was_public END "
        "WHERE id = ?1",
    S(MS_COMMENT_ERASE) =
        "UPDATE comments SET body = '', author_name = '', screen = '' "
        "WHERE id = ?1",
    S(MS_REPORTS_ERASE) =
        "UPDATE reports SET reason = '' WHERE comment_id = ?1",
    S(MS_REPORTS_UNCOUNT) = "UPDATE reports SET counted = 0 WHERE "
                            "comment_id = ?1 AND counted = 1",
    S(MS_AUDIT_ADD) =
        "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
        "from_status, to_status, reason, note) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9)",
    S(MS_AUDIT_LIST) =
        "SELECT l.id, l.at, l.actor, l.comment_id, l.article_id, "
        "COALESCE(c.number, ''), l.action, l.from_status, l.to_status, "
        "l.reason, l.note FROM audit_log l LEFT JOIN comments c ON "
        "c.id = l.comment_id ORDER BY l.id DESC LIMIT ?1",
    S(MS_AUDIT_LIST_COMMENT) =
        "SELECT l.id, l.at, l.actor, l.comment_id, l.article_id, "
        "COALESCE(c.number, ''), l.action, l.from_status, l.to_status, "
        "l.reason, l.note FROM audit_log l LEFT JOIN comments c ON "
        "c.id = l.comment_id WHERE l.comment_id = ?2 ORDER BY l.id DESC "
        "LIMIT ?1",
    S(MS_ARTICLE_BUMP) =
        "UPDATE articles SET version = version + 1 WHERE id = ?1",
    S(MS_QUEUE_OLDEST) =
        "SELECT " SQLITE_COMMENT_COLS " FROM comments WHERE " QUEUE_SELECT
        " AND (created, id) > (?3, ?4) ORDER BY created, id LIMIT ?5 OFFSET ?6",
    S(MS_QUEUE_NEWEST) =
        "SELECT " SQLITE_COMMENT_COLS " FROM comments WHERE " QUEUE_SELECT
        " AND (created, id) < (?3, ?4) "
        "ORDER BY created DESC, id DESC LIMIT ?5 OFFSET ?6",
    S(MS_QUEUE_COUNT) = "SELECT COUNT(*) FROM comments WHERE " QUEUE_SELECT,
    /* counted: ?6 (the reader brought a token), unless a counted report
     * of the comment came from the same network (?5) */
    S(MS_REPORT_ADD) =
        "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
        "client_hash, counted) VALUES (?1, ?2, ?3, ?4, ?5, ?6 AND (?5 = '' "
        "OR NOT EXISTS (SELECT 1 FROM reports WHERE comment_id = ?1 AND "
        "client_hash = ?5 AND counted = 1)))",
    S(MS_REPORT_BUMP) =
        "UPDATE comments SET report_count = report_count + 1 WHERE id = ?1 "
        "RETURNING report_count, article_id",
    S(MS_REPORT_COUNTED) = "SELECT COUNT(*) FROM reports WHERE "
                           "comment_id = ?1 AND counted = 1",
    S(MS_REPORT_LIST) = "SELECT comment_id, reason, at, counted FROM reports "
                        "WHERE comment_id = ?1 ORDER BY at",
    S(MS_REPORT_RESTORE) =
        "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
        "client_hash, counted) VALUES (?1, ?2, ?3, ?4, '', ?5)",
    S(MS_REPORT_COUNT_SET) =
        "UPDATE comments SET report_count = ?2 WHERE id = ?1",
    S(MS_BAN_ADD) = "INSERT INTO bans(author_hash, until, created, actor, "
                    "comment_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    S(MS_BAN_ANY) = "SELECT EXISTS (SELECT 1 FROM bans)",
    S(MS_BAN_REPLACE) =
        "UPDATE bans SET until = ?2, created = ?3, actor = ?4, comment_id = ?5 "
        "WHERE author_hash = ?1 AND (until = 0 OR until > ?3)",
    S(MS_BAN_LIST) =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans b "
        "WHERE (until = 0 OR until > ?1) AND id = (SELECT MAX(id) FROM bans o "
        "WHERE o.author_hash = b.author_hash AND (o.until = 0 OR o.until > ?1))"
        " ORDER BY created DESC, id DESC LIMIT 500",
    S(MS_BAN_GET_ACTIVE) =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans "
        "WHERE id = ?1 AND (until = 0 OR until > ?2)",
    S(MS_BAN_END) = "UPDATE bans SET until = ?2 WHERE author_hash = ?1 AND "
                    "(until = 0 OR until > ?2)",
    S(MS_BAN_ACTIVE) =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans "
        "WHERE author_hash = ?1 AND (until = 0 OR until > ?2) "
        "ORDER BY until = 0 DESC, until DESC LIMIT 1",
    S(MS_AUTHOR_RECORD) =
        "SELECT COALESCE(SUM(status = 0), 0), COALESCE(SUM(status IN (3, 5)), "
        "0) FROM comments WHERE author_hash = ?1",
    S(MS_ARTICLE_UPDATE) =
        "UPDATE articles SET path = ?2, title = ?3, byline = ?4, "
        "published = ?5, is_published = ?6, body = ?7, lead_image = ?8, "
        "lead_caption = ?9, labels = ?10, discussion = ?11, "
        "external_url = ?12, version = version + 1 WHERE id = ?1",
    S(MS_RECENT) =
        "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN author_hash <> '' AND "
        "NOT EXISTS (SELECT 1 FROM comments o WHERE o.article_id = ?1 AND "
        "o.author_hash = c.author_hash AND o.created < ?2) THEN author_hash "
        "END) FROM comments c WHERE article_id = ?1 AND created >= ?2",
    S(MS_BY_AUTHOR) = "SELECT " SQLITE_COMMENT_COLS " FROM comments WHERE "
                      "author_hash = ?1 AND author_hash <> '' ORDER BY "
                      "created, id LIMIT 10000",
    /* the index comments_author holds the rowid after the hash, so this
     * walks that index down from ?2 and stops after ?3 rows */
    S(MS_BY_AUTHOR_PAGE) = "SELECT " SQLITE_COMMENT_COLS " FROM comments "
                           "WHERE author_hash = ?1 AND id < ?2 "
                           "ORDER BY id DESC LIMIT ?3",
    S(MS_AUTHOR_COUNTS) = "SELECT COALESCE(SUM(status < 3), 0), "
                          "COALESCE(SUM(status IN (3, 4, 5)), 0), "
                          "COALESCE(SUM(status = 6), 0) "
                          "FROM comments WHERE author_hash = ?1",
    /* ?1: a JSON array of hashes (store_keys.h); a row per element, by its
     * index, with 0 and 0 for a hash no comment has */
    S(MS_AUTHOR_RECORDS) =
        "SELECT j.key, COALESCE(SUM(c.status = 0), 0), "
        "COALESCE(SUM(c.status IN (3, 5)), 0) FROM json_each(?1) j "
        "LEFT JOIN comments c ON c.author_hash = j.value GROUP BY j.key",
    S(MS_REPORTS_OF) = "SELECT comment_id, reason, at, counted FROM reports "
                       "WHERE "
                       "comment_id IN (SELECT value FROM json_each(?1)) "
                       "ORDER BY comment_id, at",
    /* ?1: a JSON array of hashes (store_keys.h); per reader, the ban in
     * force that MS_BAN_ACTIVE picks (the id breaks a tie), by way of
     * bans_author */
    S(MS_BANS_OF) =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans b "
        "WHERE author_hash IN (SELECT value FROM json_each(?1)) "
        "AND (until = 0 OR until > ?2) AND id = (SELECT o.id FROM bans o "
        "WHERE o.author_hash = b.author_hash AND (o.until = 0 OR o.until > ?2) "
        "ORDER BY o.until = 0 DESC, o.until DESC, o.id DESC LIMIT 1) "
        "ORDER BY author_hash",
#undef S
};

static sqlite3_stmt *mstmt(struct sqlite_conn *c, enum mod_stmt id)
{
    return sqlite_stmt(c, (int)id, mod_sql[id - SQLITE_MOD_FIRST_SLOT]);
}

#define STMT_OR_FAIL(st, c, id)                                                \
    sqlite3_stmt *st = mstmt(c, id);                                           \
    if (!st)                                                                   \
    return ERR_DB

static int read_user(sqlite3_stmt *st, int col, struct arena *a, struct user *u)
{
    u->id = sqlite3_column_int64(st, col);
    u->name = sqlite_col_text(st, col + 1, a);
    u->name_key = sqlite_col_text(st, col + 2, a);
    u->role = (enum role)sqlite3_column_int(st, col + 3);
    u->pwhash = sqlite_col_text(st, col + 4, a);
    u->created = sqlite3_column_int64(st, col + 5);
    return u->name && u->name_key && u->pwhash ? 0 : ERR_NOMEM;
}

/* read_user_row: read_user from column 0, for sqlite_read_one and _rows. */
static int read_user_row(sqlite3_stmt *st, struct arena *a, void *row)
{
    return read_user(st, 0, a, row);
}

/* one_row steps a statement expected to return at most one row. */
static int one_row(struct sqlite_conn *c, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return 0;
    int ret = rc == SQLITE_DONE ? ERR_NOTFOUND : sqlite_step_error(c, rc);
    sqlite3_reset(st);
    return ret;
}

/*
 * one_row_numbers steps a statement whose one row holds numbers: *v0 gets
 * the first, *v1 (if not NULL) the second. ERR_NOTFOUND if no row.
 */
static int one_row_numbers(struct sqlite_conn *c, sqlite3_stmt *st, int64_t *v0,
                           int64_t *v1)
{
    int ret = one_row(c, st);
    if (ret)
        return ret;
    *v0 = sqlite3_column_int64(st, 0);
    if (v1)
        *v1 = sqlite3_column_int64(st, 1);
    sqlite3_reset(st);
    return 0;
}

/* step_touching runs a write that must touch a row: ERR_NOTFOUND if not. */
static int step_touching(struct sqlite_conn *c, sqlite3_stmt *st)
{
    int ret = sqlite_step_done(c, st);
    if (ret == 0 && sqlite3_changes(c->db) == 0)
        ret = ERR_NOTFOUND;
    return ret;
}

/*
 * own_tx_begin opens a write transaction for an op of several statements,
 * unless the caller's is open; *own says whether it did (for own_tx_end).
 */
static int own_tx_begin(struct sqlite_conn *c, int *own)
{
    *own = !c->in_tx;
    if (*own && sqlite_exec(c->db, "BEGIN IMMEDIATE", NULL))
        return ERR_DB;
    return 0;
}

/* own_tx_end commits what own_tx_begin opened, or rolls it back if ret. */
static int own_tx_end(struct sqlite_conn *c, int own, int ret)
{
    if (!own)
        return ret;
    if (ret == 0)
        return sqlite_exec(c->db, "COMMIT", NULL);
    sqlite_exec(c->db, "ROLLBACK", NULL);
    return ret;
}

int sqlite_m_user_insert(struct store *s, const struct user *u, int64_t *id)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_USER_INSERT);
    sqlite_bind_text(st, 1, u->name);
    sqlite_bind_text(st, 2, u->name_key);
    sqlite3_bind_int(st, 3, (int)u->role);
    sqlite_bind_text(st, 4, u->pwhash);
    sqlite3_bind_int64(st, 5, u->created);
    int ret = sqlite_step_done(c, st);
    if (ret == 0 && id)
        *id = sqlite3_last_insert_rowid(c->db);
    return ret;
}

int sqlite_m_user_by_name(struct store *s, const char *name_key,
                          struct arena *a, struct user *out)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_USER_BY_NAME);
    sqlite_bind_text(st, 1, name_key);
    return sqlite_read_one(c, st, a, read_user_row, out);
}

int sqlite_m_user_list(struct store *s, struct arena *a, struct user **out,
                       size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_USER_LIST);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_user_row,
                            (void **)out, n);
}

int sqlite_m_user_delete(struct store *s, const char *name_key)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(sd, c, MS_SESSION_DELETE_USER);
    sqlite_bind_text(sd, 1, name_key);
    int ret = sqlite_step_done(c, sd);
    if (ret)
        return ret;
    STMT_OR_FAIL(st, c, MS_USER_DELETE);
    sqlite_bind_text(st, 1, name_key);
    return step_touching(c, st);
}

int sqlite_m_user_set_password(struct store *s, const char *name_key,
                               const char *pwhash)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_USER_PASSWD);
    sqlite_bind_text(st, 1, name_key);
    sqlite_bind_text(st, 2, pwhash);
    int ret = step_touching(c, st);
    if (ret == 0) {
        /* a new password ends every session of the account */
        STMT_OR_FAIL(sd, c, MS_SESSION_DELETE_USER);
        sqlite_bind_text(sd, 1, name_key);
        ret = sqlite_step_done(c, sd);
    }
    return ret;
}

static int set_role_body(struct sqlite_conn *c, const char *name_key,
                         enum role role)
{
    STMT_OR_FAIL(st, c, MS_USER_ROLE);
    sqlite_bind_text(st, 1, name_key);
    sqlite3_bind_int(st, 2, (int)role);
    int ret = step_touching(c, st);
    if (ret)
        return ret;
    /* rights change only at the next login: a cached role cannot outlive
     * the change */
    STMT_OR_FAIL(sd, c, MS_SESSION_DELETE_USER);
    sqlite_bind_text(sd, 1, name_key);
    return sqlite_step_done(c, sd);
}

int sqlite_m_user_set_role(struct store *s, const char *name_key,
                           enum role role)
{
    CONN_OR_FAIL(s, c);
    int own_tx;
    if (own_tx_begin(c, &own_tx))
        return ERR_DB;
    return own_tx_end(c, own_tx, set_role_body(c, name_key, role));
}

/* store_begin took BEGIN IMMEDIATE: no other writer until it ends, so
 * the admins stay as read. */
int sqlite_m_user_lock_admins(struct store *s)
{
    CONN_OR_FAIL(s, c);
    return sqlite3_get_autocommit(c->db) ? ERR_INVALID : 0;
}

int sqlite_m_session_insert(struct store *s, const struct session *se)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_SESSION_INSERT);
    sqlite_bind_text(st, 1, se->id_hash);
    sqlite3_bind_int64(st, 2, se->user_id);
    sqlite_bind_text(st, 3, se->csrf);
    sqlite3_bind_int64(st, 4, se->created);
    sqlite3_bind_int64(st, 5, se->last_seen);
    return sqlite_step_done(c, st);
}

/* read_session reads a struct session and its user (MS_SESSION_GET). */
static int read_session(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct session *se = row;
    se->id_hash = sqlite_col_text(st, 0, a);
    se->user_id = sqlite3_column_int64(st, 1);
    se->csrf = sqlite_col_text(st, 2, a);
    se->created = sqlite3_column_int64(st, 3);
    se->last_seen = sqlite3_column_int64(st, 4);
    int ret = read_user(st, 5, a, &se->user);
    if (!se->id_hash || !se->csrf)
        ret = ERR_NOMEM;
    return ret;
}

int sqlite_m_session_get(struct store *s, const char *id_hash, struct arena *a,
                         struct session *out)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_SESSION_GET);
    sqlite_bind_text(st, 1, id_hash);
    return sqlite_read_one(c, st, a, read_session, out);
}

int sqlite_m_session_touch(struct store *s, const char *id_hash, int64_t now)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_SESSION_TOUCH);
    sqlite_bind_text(st, 1, id_hash);
    sqlite3_bind_int64(st, 2, now);
    return sqlite_step_done(c, st);
}

int sqlite_m_session_delete(struct store *s, const char *id_hash)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_SESSION_DELETE);
    sqlite_bind_text(st, 1, id_hash);
    return sqlite_step_done(c, st);
}

int sqlite_m_login_failure_add(struct store *s, const char *name_key,
                               const char *client, int64_t at,
                               int64_t forget_before)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(forget, c, MS_LOGIN_FAIL_FORGET);
    sqlite3_bind_int64(forget, 1, forget_before);
    int ret = sqlite_step_done(c, forget);
    if (ret)
        return ret;
    STMT_OR_FAIL(st, c, MS_LOGIN_FAIL_ADD);
    sqlite_bind_text(st, 1, name_key);
    sqlite_bind_text(st, 2, client);
    sqlite3_bind_int64(st, 3, at);
    return sqlite_step_done(c, st);
}

int sqlite_m_login_failure_count(struct store *s, const char *name_key,
                                 const char *client, int64_t since,
                                 int64_t *account, int64_t *by_client)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_LOGIN_FAIL_COUNT);
    sqlite_bind_text(st, 1, name_key);
    sqlite3_bind_int64(st, 2, since);
    sqlite_bind_text(st, 3, client);
    return one_row_numbers(c, st, account, by_client);
}

static int audit_insert(struct sqlite_conn *c, const struct audit_entry *e)
{
    STMT_OR_FAIL(st, c, MS_AUDIT_ADD);
    sqlite3_bind_int64(st, 1, e->at);
    sqlite_bind_text(st, 2, e->actor);
    sqlite3_bind_int64(st, 3, e->comment_id);
    sqlite3_bind_int64(st, 4, e->article_id);
    sqlite_bind_text(st, 5, e->action);
    sqlite3_bind_int(st, 6, e->from_status);
    sqlite3_bind_int(st, 7, e->to_status);
    sqlite_bind_text(st, 8, e->reason);
    sqlite_bind_text(st, 9, e->note);
    return sqlite_step_done(c, st);
}

static int bump_article(struct sqlite_conn *c, int64_t article_id)
{
    STMT_OR_FAIL(st, c, MS_ARTICLE_BUMP);
    sqlite3_bind_int64(st, 1, article_id);
    return sqlite_step_done(c, st);
}

/* transition_body does the work of a transition inside a transaction. */
static int transition_body(struct sqlite_conn *c, const struct transition *t)
{
    STMT_OR_FAIL(st, c, MS_COMMENT_STATUS);
    sqlite3_bind_int64(st, 1, t->comment_id);
    int ret = one_row(c, st);
    if (ret)
        return ret;
    int status = sqlite3_column_int(st, 0);
    int64_t article_id = sqlite3_column_int64(st, 1);
    bool was_public = sqlite3_column_int(st, 2) != 0;
    sqlite3_reset(st);
    if (status != (int)t->from)
        return ERR_CONFLICT;
    /* published since it was read: readers saw it, it keeps a tombstone */
    if (t->to == COMMENT_WITHDRAWN && was_public)
        return ERR_CONFLICT;

    STMT_OR_FAIL(up, c, MS_COMMENT_UPDATE);
    sqlite3_bind_int64(up, 1, t->comment_id);
    sqlite3_bind_int(up, 2, (int)t->to);
    sqlite_bind_text(up, 3, t->reason);
    if (t->new_body)
        sqlite_bind_text(up, 4, t->new_body);
    else
        sqlite3_bind_null(up, 4);
    sqlite3_bind_int(up, 5, t->mod_edited ? 1 : 0);
    sqlite3_bind_int(up, 6, t->clear_reports ? 1 : 0);
    if (t->new_screen)
        sqlite_bind_text(up, 7, t->new_screen);
    else
        sqlite3_bind_null(up, 7);
    ret = sqlite_step_done(c, up);
    if (ret)
        return ret;
    if (t->clear_reports) {
        STMT_OR_FAIL(un, c, MS_REPORTS_UNCOUNT);
        sqlite3_bind_int64(un, 1, t->comment_id);
        ret = sqlite_step_done(c, un);
        if (ret)
            return ret;
    }
    if (t->erase_identity) {
        STMT_OR_FAIL(er, c, MS_COMMENT_ERASE);
        sqlite3_bind_int64(er, 1, t->comment_id);
        ret = sqlite_step_done(c, er);
        if (ret)
            return ret;
    }
    if (t->erase_identity || t->erase_report_reasons) {
        STMT_OR_FAIL(rr, c, MS_REPORTS_ERASE);
        sqlite3_bind_int64(rr, 1, t->comment_id);
        ret = sqlite_step_done(c, rr);
        if (ret)
            return ret;
    }
    struct audit_entry e = {.at = t->at,
                            .actor = t->actor,
                            .comment_id = t->comment_id,
                            .article_id = article_id,
                            .action = t->action,
                            .from_status = (int)t->from,
                            .to_status = (int)t->to,
                            .reason = t->reason ? t->reason : "",
                            .note = t->note ? t->note : ""};
    ret = audit_insert(c, &e);
    if (ret)
        return ret;
    return bump_article(c, article_id);
}

int sqlite_m_comment_transition(struct store *s, const struct transition *t)
{
    CONN_OR_FAIL(s, c);
    int own_tx;
    if (own_tx_begin(c, &own_tx))
        return ERR_DB;
    int ret = own_tx_end(c, own_tx, transition_body(c, t));
    bool text_gone = t->erase_identity || t->new_body;
    if (ret == 0 && own_tx && text_gone)
        ret = sqlite_exec(c->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
    return ret;
}

int sqlite_m_audit_add(struct store *s, const struct audit_entry *e)
{
    CONN_OR_FAIL(s, c);
    return audit_insert(c, e);
}

/* read_audit reads a struct audit_entry (MS_AUDIT_LIST*). */
static int read_audit(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct audit_entry *e = row;
    e->id = sqlite3_column_int64(st, 0);
    e->at = sqlite3_column_int64(st, 1);
    e->actor = sqlite_col_text(st, 2, a);
    e->comment_id = sqlite3_column_int64(st, 3);
    e->article_id = sqlite3_column_int64(st, 4);
    e->number = sqlite_col_text(st, 5, a);
    e->action = sqlite_col_text(st, 6, a);
    e->from_status = sqlite3_column_int(st, 7);
    e->to_status = sqlite3_column_int(st, 8);
    e->reason = sqlite_col_text(st, 9, a);
    e->note = sqlite_col_text(st, 10, a);
    if (!e->actor || !e->number || !e->action || !e->reason || !e->note)
        return ERR_NOMEM;
    return 0;
}

int sqlite_m_audit_list(struct store *s, int64_t comment_id, int limit,
                        struct arena *a, struct audit_entry **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, comment_id ? MS_AUDIT_LIST_COMMENT : MS_AUDIT_LIST);
    sqlite3_bind_int(st, 1, limit);
    if (comment_id)
        sqlite3_bind_int64(st, 2, comment_id);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_audit, (void **)out,
                            n);
}

int sqlite_m_queue_page(struct store *s, const struct queue_query *q,
                        struct arena *a, struct comment **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, q->newest_first ? MS_QUEUE_NEWEST : MS_QUEUE_OLDEST);
    sqlite3_bind_int64(st, 1, q->article_id);
    sqlite3_bind_int(st, 2, (int)q->why);
    sqlite3_bind_int64(st, 3, q->after_created);
    sqlite3_bind_int64(st, 4, q->after_id);
    sqlite3_bind_int64(st, 5, q->limit);
    sqlite3_bind_int64(st, 6, q->offset);
    return sqlite_read_rows(c, st, a, sizeof(struct comment),
                            sqlite_read_comment_row, (void **)out, n);
}

int sqlite_m_queue_count(struct store *s, const struct queue_query *q,
                         int64_t *total)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_QUEUE_COUNT);
    sqlite3_bind_int64(st, 1, q->article_id);
    sqlite3_bind_int(st, 2, (int)q->why);
    return one_row_numbers(c, st, total, NULL);
}

static int report_body(struct sqlite_conn *c, const struct report_new *r,
                       int64_t *count, int64_t *counted)
{
    STMT_OR_FAIL(st, c, MS_REPORT_ADD);
    sqlite3_bind_int64(st, 1, r->comment_id);
    sqlite_bind_text(st, 2, r->reporter_hash);
    sqlite_bind_text(st, 3, r->reason);
    sqlite3_bind_int64(st, 4, r->at);
    sqlite_bind_text(st, 5, r->client_hash ? r->client_hash : "");
    sqlite3_bind_int(st, 6, r->may_count ? 1 : 0);
    int ret = sqlite_step_done(c, st);
    if (ret)
        return ret;
    STMT_OR_FAIL(up, c, MS_REPORT_BUMP);
    sqlite3_bind_int64(up, 1, r->comment_id);
    ret = one_row(c, up);
    if (ret)
        return ret;
    *count = sqlite3_column_int64(up, 0);
    int64_t article_id = sqlite3_column_int64(up, 1);
    sqlite3_reset(up);
    STMT_OR_FAIL(n, c, MS_REPORT_COUNTED);
    sqlite3_bind_int64(n, 1, r->comment_id);
    ret = one_row_numbers(c, n, counted, NULL);
    if (ret)
        return ret;
    return bump_article(c, article_id);
}

int sqlite_m_report_add(struct store *s, const struct report_new *r,
                        int64_t *count, int64_t *counted)
{
    CONN_OR_FAIL(s, c);
    int own_tx;
    if (own_tx_begin(c, &own_tx))
        return ERR_DB;
    return own_tx_end(c, own_tx, report_body(c, r, count, counted));
}

static int reports_restore_body(struct sqlite_conn *c, int64_t comment_id,
                                const struct report *rs, size_t n,
                                int64_t report_count)
{
    STMT_OR_FAIL(up, c, MS_REPORT_COUNT_SET);
    sqlite3_bind_int64(up, 1, comment_id);
    sqlite3_bind_int64(up, 2, report_count);
    int ret = sqlite_step_done(c, up);
    if (ret)
        return ret;
    if (sqlite3_changes(c->db) == 0)
        return ERR_NOTFOUND;
    for (size_t i = 0; i < n; i++) {
        char key[32];
        snprintf(key, sizeof(key), STORE_BACKUP_REPORTER_PREFIX "%zu", i + 1);
        STMT_OR_FAIL(st, c, MS_REPORT_RESTORE);
        sqlite3_bind_int64(st, 1, comment_id);
        sqlite_bind_text(st, 2, key);
        sqlite_bind_text(st, 3, rs[i].reason);
        sqlite3_bind_int64(st, 4, rs[i].at);
        sqlite3_bind_int(st, 5, rs[i].counted ? 1 : 0);
        ret = sqlite_step_done(c, st);
        if (ret)
            return ret;
    }
    return 0;
}

int sqlite_m_reports_restore(struct store *s, int64_t comment_id,
                             const struct report *rs, size_t n,
                             int64_t report_count)
{
    CONN_OR_FAIL(s, c);
    int own_tx;
    if (own_tx_begin(c, &own_tx))
        return ERR_DB;
    return own_tx_end(c, own_tx,
                      reports_restore_body(c, comment_id, rs, n, report_count));
}

/* read_report reads a struct report (MS_REPORT_LIST). */
static int read_report(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct report *r = row;
    r->comment_id = sqlite3_column_int64(st, 0);
    r->reason = sqlite_col_text(st, 1, a);
    r->at = sqlite3_column_int64(st, 2);
    r->counted = sqlite3_column_int(st, 3) != 0;
    return r->reason ? 0 : ERR_NOMEM;
}

int sqlite_m_report_list(struct store *s, int64_t comment_id, struct arena *a,
                         struct report **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_REPORT_LIST);
    sqlite3_bind_int64(st, 1, comment_id);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_report, (void **)out,
                            n);
}

/* ban_bind binds b's columns in the order of MS_BAN_ADD and
 * MS_BAN_REPLACE. */
static void ban_bind(sqlite3_stmt *st, const struct ban *b)
{
    sqlite_bind_text(st, 1, b->author_hash);
    sqlite3_bind_int64(st, 2, b->until);
    sqlite3_bind_int64(st, 3, b->created);
    sqlite_bind_text(st, 4, b->actor);
    sqlite3_bind_int64(st, 5, b->comment_id);
}

int sqlite_m_ban_add(struct store *s, const struct ban *b)
{
    CONN_OR_FAIL(s, c);
    sqlite_settings_memo_clear(c);
    STMT_OR_FAIL(rep, c, MS_BAN_REPLACE);
    STMT_OR_FAIL(st, c, MS_BAN_ADD);
    int own;
    int ret = own_tx_begin(c, &own);
    if (ret)
        return ret;
    ban_bind(rep, b);
    ret = sqlite_step_done(c, rep);
    if (ret == 0 && sqlite3_changes(c->db) == 0) {
        ban_bind(st, b);
        ret = sqlite_step_done(c, st);
    }
    return own_tx_end(c, own, ret);
}

/* read_ban reads a struct ban (MS_BAN_ACTIVE, _LIST, _GET_ACTIVE,
 * MS_BANS_OF). */
static int read_ban(sqlite3_stmt *st, struct arena *a, void *row)
{
    struct ban *b = row;
    b->id = sqlite3_column_int64(st, 0);
    b->author_hash = sqlite_col_text(st, 1, a);
    b->until = sqlite3_column_int64(st, 2);
    b->created = sqlite3_column_int64(st, 3);
    b->actor = sqlite_col_text(st, 4, a);
    b->comment_id = sqlite3_column_int64(st, 5);
    return b->author_hash && b->actor ? 0 : ERR_NOMEM;
}

int sqlite_m_ban_active(struct store *s, const char *author_hash, int64_t now,
                        struct arena *a, struct ban *out)
{
    CONN_OR_FAIL(s, c);
    struct settings_memo *m = &c->settings;
    if (m->active && m->no_bans < 0) {
        STMT_OR_FAIL(any, c, MS_BAN_ANY);
        int rc = sqlite3_step(any);
        if (rc == SQLITE_ROW)
            m->no_bans = sqlite3_column_int(any, 0) == 0;
        sqlite3_reset(any);
    }
    if (m->active && m->no_bans == 1)
        return ERR_NOTFOUND;
    STMT_OR_FAIL(st, c, MS_BAN_ACTIVE);
    sqlite_bind_text(st, 1, author_hash);
    sqlite3_bind_int64(st, 2, now);
    return sqlite_read_one(c, st, a, read_ban, out);
}

int sqlite_m_ban_list(struct store *s, int64_t now, struct arena *a,
                      struct ban **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_BAN_LIST);
    sqlite3_bind_int64(st, 1, now);
    return sqlite_read_rows(c, st, a, sizeof(**out), read_ban, (void **)out, n);
}

int sqlite_m_ban_lift(struct store *s, int64_t id, int64_t now, struct arena *a,
                      struct ban *out)
{
    CONN_OR_FAIL(s, c);
    sqlite_settings_memo_clear(c);
    STMT_OR_FAIL(get, c, MS_BAN_GET_ACTIVE);
    STMT_OR_FAIL(end, c, MS_BAN_END);
    int own;
    int ret = own_tx_begin(c, &own);
    if (ret)
        return ret;
    sqlite3_bind_int64(get, 1, id);
    sqlite3_bind_int64(get, 2, now);
    ret = sqlite_read_one(c, get, a, read_ban, out);
    if (ret == 0) {
        sqlite_bind_text(end, 1, out->author_hash);
        sqlite3_bind_int64(end, 2, now);
        ret = sqlite_step_done(c, end);
    }
    return own_tx_end(c, own, ret);
}

int sqlite_m_comments_by_author(struct store *s, const char *author_hash,
                                struct arena *a, struct comment **out,
                                size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_BY_AUTHOR);
    sqlite_bind_text(st, 1, author_hash);
    return sqlite_read_rows(c, st, a, sizeof(struct comment),
                            sqlite_read_comment_row, (void **)out, n);
}

int sqlite_m_comments_by_author_page(struct store *s, const char *author_hash,
                                     int64_t before_id, int64_t limit,
                                     struct arena *a, struct comment **out,
                                     size_t *n)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_BY_AUTHOR_PAGE);
    sqlite_bind_text(st, 1, author_hash);
    sqlite3_bind_int64(st, 2, before_id);
    sqlite3_bind_int64(st, 3, limit);
    return sqlite_read_rows(c, st, a, sizeof(struct comment),
                            sqlite_read_comment_row, (void **)out, n);
}

/* author_numbers runs statement id, whose ?1 is an author hash and whose
 * one row holds two numbers. */
static int author_numbers(struct store *s, enum mod_stmt id,
                          const char *author_hash, int64_t *first,
                          int64_t *second)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, id);
    sqlite_bind_text(st, 1, author_hash);
    return one_row_numbers(c, st, first, second);
}

int sqlite_m_author_comment_counts(struct store *s, const char *author_hash,
                                   int64_t *live, int64_t *gone,
                                   int64_t *withdrawn)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_AUTHOR_COUNTS);
    sqlite_bind_text(st, 1, author_hash);
    int ret = one_row(c, st);
    if (ret)
        return ret;
    *live = sqlite3_column_int64(st, 0);
    *gone = sqlite3_column_int64(st, 1);
    *withdrawn = sqlite3_column_int64(st, 2);
    sqlite3_reset(st);
    return 0;
}

int sqlite_m_author_record(struct store *s, const char *author_hash,
                           int64_t *visible, int64_t *removed)
{
    return author_numbers(s, MS_AUTHOR_RECORD, author_hash, visible, removed);
}

int sqlite_m_author_records(struct store *s, const char *const *hashes,
                            size_t n, int64_t *visible, int64_t *removed)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_AUTHOR_RECORDS);
    struct buf keys;
    int ret = store_keys_texts(&keys, hashes, n, false);
    if (ret)
        goto out;
    sqlite3_bind_text(st, 1, keys.data, (int)keys.len, SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t i = sqlite3_column_int64(st, 0);
        if (i >= 0 && (size_t)i < n) {
            visible[i] = sqlite3_column_int64(st, 1);
            removed[i] = sqlite3_column_int64(st, 2);
        }
    }
    if (rc != SQLITE_DONE)
        ret = sqlite_step_error(c, rc);
out:
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); /* keys is freed below */
    buf_release(&keys);
    return ret;
}

int sqlite_m_reports_of(struct store *s, const int64_t *comment_ids, size_t n,
                        struct arena *a, struct report **out, size_t *nout)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_REPORTS_OF);
    return sqlite_read_by_ids(c, st, comment_ids, n, a, sizeof(**out),
                              read_report, (void **)out, nout);
}

int sqlite_m_bans_of(struct store *s, const char *const *hashes, size_t n,
                     int64_t now, struct arena *a, struct ban **out,
                     size_t *nout)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_BANS_OF);
    struct buf keys;
    int ret = store_keys_texts(&keys, hashes, n, false);
    if (ret == 0) {
        sqlite3_bind_text(st, 1, keys.data, (int)keys.len, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, now);
        ret = sqlite_read_rows(c, st, a, sizeof(**out), read_ban, (void **)out,
                               nout);
    }
    sqlite3_clear_bindings(st); /* keys is freed below */
    buf_release(&keys);
    return ret;
}

int sqlite_m_article_update(struct store *s, const struct article *in)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_ARTICLE_UPDATE);
    sqlite3_bind_int64(st, 1, in->id);
    sqlite_bind_article(st, 2, in);
    sqlite3_bind_int(st, 11, in->discussion);
    sqlite_bind_text(st, 12, in->external_url);
    return step_touching(c, st);
}

int sqlite_m_checkpoint(struct store *s)
{
    CONN_OR_FAIL(s, c);
    return sqlite_exec(c->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
}

int sqlite_m_recent_activity(struct store *s, int64_t article_id, int64_t since,
                             int64_t *comments, int64_t *new_readers)
{
    CONN_OR_FAIL(s, c);
    STMT_OR_FAIL(st, c, MS_RECENT);
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int64(st, 2, since);
    return one_row_numbers(c, st, comments, new_readers);
}
