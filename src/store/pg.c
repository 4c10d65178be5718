/*
 * pg.c - the PostgreSQL backend (libpq), for sites that run several charla
 * processes against one database.
 *
 * It behaves exactly like sqlite.c, the reference: same numbering of
 * comments, same sort keys, same ERR_NOTFOUND / ERR_CONFLICT / ERR_INVALID
 * results. tests/unit/test_store.c runs one conformance suite on both.
 *
 * Connections: every thread that uses the store gets its own PGconn on
 * first use (a pthread key), so a transaction begun with store_begin belongs
 * to that thread. A thread's connection is closed when the thread exits (the
 * key's destructor) or when the store is freed. Statements are prepared
 * once per connection (PQprepare, named "c<stmt_id>") and run with
 * PQexecPrepared; every value travels as a bound parameter, never as SQL.
 *
 * Lost connections: an op that fails because the server went away returns
 * ERR_DB (the HTTP layer answers 503) and leaves the PGconn in
 * CONNECTION_BAD; the next op on that thread calls PQreset and prepares its
 * statements again. A read (a SELECT outside a transaction) is tried once
 * more at once on a fresh connection (see run), so the first reader after a
 * restart is not the one that finds the connection dead. A thread inside
 * store_begin is not silently moved to a fresh connection: its ops fail until
 * it rolls back (or its commit fails), because the transaction it began is
 * gone.
 *
 * Comment numbers: store_comment_insert locks the article row
 * (SELECT ... FOR UPDATE) before it reads the next free sequence number, so
 * concurrent inserts into one article, from any number of processes, are
 * serialised and never share a number; different articles do not wait for
 * each other. Under READ COMMITTED every statement after the lock sees the
 * rows the previous holder committed.
 *
 * Transactions and errors: PostgreSQL aborts a whole transaction when one
 * statement fails, SQLite only the statement. So that a caller inside
 * store_begin can get ERR_CONFLICT and carry on (as it can with SQLite),
 * every write inside a caller's transaction runs under a SAVEPOINT and is
 * rolled back to it on failure.
 *
 * Migrations: store_pg_open runs the missing migrations of schema_pg[] in
 * one transaction that first takes a transaction-level advisory lock, so
 * processes starting at once migrate one after the other and the later ones
 * find nothing left to do.
 *
 * Replicas: store_open_replica opens a hot standby for reads (--db-read).
 * It migrates nothing (a standby cannot write; the primary's migrations
 * reach it by replication) and insists on this charla's schema version.
 * Which requests read from it is the handlers' choice (app_read_store).
 * When the replica cannot be reached, its reads go to the primary instead
 * and the replica is left alone for REPLICA_REST_S seconds, so readers get
 * answers (fresher ones) rather than errors. When a rest ends, one thread
 * claims the next attempt and the others keep reading from the primary
 * until it succeeds, so a standby that hangs stalls one request per rest,
 * not every thread: its connections wait at most
 * REPLICA_CONNECT_TIMEOUT_S, its reads REPLICA_QUERY_TIMEOUT_MS. A replica
 * refuses transactions (store_begin, store_batched): they would run on the
 * primary while it rests.
 *
 * No result is memoised here (unlike sqlite.c's article memo): every read
 * asks the server, which is what keeps several processes coherent. A memo
 * would need LISTEN/NOTIFY invalidation; see docs/scaling.md.
 */
#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "store/schema.h"
#include "store/store.h"
#include "store/store_keys.h"
#include "util/str.h"

/* The advisory lock key that serialises migrations ("charla" in ASCII). */
#define MIGRATE_LOCK_KEY "108724529269857"
/* Seconds to wait for a server when the URL does not say; a replica,
 * which has a primary to fall back on, is given less (libpq's least). */
#define CONNECT_TIMEOUT_S "10"
#define REPLICA_CONNECT_TIMEOUT_S "2"
/* A replica's answer to one read may take this long; then the read goes
 * to the primary (a standby that hangs would otherwise hold the thread
 * for good, as the kernel keeps its connection open). */
#define REPLICA_QUERY_TIMEOUT_MS 3000
#define PARAMS_MAX 18

enum stmt_id {
    ST_SETTING_GET,
    ST_SETTING_SET,
    ST_SETTING_ADD,
    ST_ARTICLE_INSERT,
    ST_ARTICLE_GET,
    ST_ARTICLE_BY_PATH,
    ST_ARTICLE_BY_SOURCE,
    ST_ARTICLE_BY_EXTERNAL,
    ST_ARTICLE_LIST,
    ST_ARTICLE_LIST_PUBLISHED,
    ST_ARTICLE_COUNT,
    ST_ARTICLE_LOCK,
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
    /* staff and moderation (schema 2) */
    ST_USER_INSERT,
    ST_USER_BY_NAME,
    ST_USER_LIST,
    ST_USER_DELETE,
    ST_USER_PASSWD,
    ST_USER_ROLE,
    ST_USER_LOCK_ADMINS,
    ST_SESSION_INSERT,
    ST_SESSION_GET,
    ST_SESSION_TOUCH,
    ST_SESSION_DELETE,
    ST_SESSION_DELETE_USER,
    ST_LOGIN_FAIL_ADD,
    ST_LOGIN_FAIL_COUNT,
    ST_COMMENT_STATUS,
    ST_COMMENT_UPDATE,
    ST_COMMENT_ERASE,
    ST_REPORTS_ERASE,
    ST_REPORTS_UNCOUNT,
    ST_AUDIT_ADD,
    ST_AUDIT_LIST,
    ST_AUDIT_LIST_COMMENT,
    ST_QUEUE_OLDEST,
    ST_QUEUE_NEWEST,
    ST_QUEUE_COUNT,
    ST_REPORT_ADD,
    ST_REPORT_BUMP,
    ST_REPORT_LIST,
    ST_REPORT_RESTORE,
    ST_REPORT_COUNT_SET,
    ST_REPORT_COUNTED,
    ST_BAN_ADD,
    ST_BAN_ACTIVE,
    ST_BAN_LIST,
    ST_BAN_GET_ACTIVE,
    ST_BAN_END,
    ST_SETTING_SWAP,
    ST_AUTHOR_RECORD,
    ST_ARTICLE_UPDATE,
    ST_RECENT,
    ST_BY_AUTHOR,
    ST_BY_AUTHOR_PAGE,
    ST_AUTHOR_COUNTS,
    ST_ARTICLES_BY_IDS,
    ST_COMMENTS_BY_IDS,
    ST_AUTHOR_RECORDS,
    ST_REPORTS_OF,
    ST_BANS_OF,
    ST_SETTING_LIST,
    /* former paths (schema 6) */
    ST_ARTICLE_BY_FORMER,
    ST_FORMER_PATHS,
    ST_FORMER_PATH_ADD,
    ST_COMMENTS_NEWEST,
    ST_COMMENTS_NEWEST_KEYS,
    ST_COMMENTS_TZ_UNKNOWN,
    ST_COMMENT_TZ_SET,
    ST_COUNT
};

#define ARTICLE_COLS                                                           \
    "a.id, a.path, a.title, a.byline, a.published, a.is_published, a.body, "   \
    "a.lead_image, a.lead_caption, a.labels, COALESCE(a.source_id, ''), "      \
    "a.external_url, a.discussion, a.version, a.visible_comments"

#define COMMENT_COLS                                                           \
    "id, article_id, COALESCE(parent_id, 0), number, depth, status, "          \
    "author_kind, author_hash, author_name, created, body, reason, "           \
    "COALESCE(source_id, ''), mod_edited, screen, report_count, was_public, "  \
    "tz_offset_min"

#define USER_COLS "id, name, name_key, role, pwhash, created"
/* The comments the queue can show: the predicate of the partial index
 * comments_queue (schema 5), written as the index's, so the planner can
 * prove the index holds every row the query may return. */
#define QUEUE_WHERE "(status IN (1, 2) OR (status = 0 AND report_count > 0))"
/* The queue, its article ($1, 0 for all) and reason ($2, enum
 * queue_reason): the filters are the query's, before any limit. */
#define QUEUE_SELECT                                                           \
    QUEUE_WHERE " AND ($1::bigint = 0 OR article_id = $1::bigint) "            \
                "AND ($2::int = 0 OR ($2::int = 1 AND status = 1) "            \
                "OR ($2::int = 2 AND status = 2) "                             \
                "OR ($2::int = 3 AND status = 2 AND screen <> '') "            \
                "OR ($2::int = 4 AND report_count > 0))"
#define AUDIT_SELECT                                                           \
    "SELECT l.id, l.at, l.actor, l.comment_id, l.article_id, "                 \
    "COALESCE(c.number, ''), l.action, l.from_status, l.to_status, "           \
    "l.reason, l.note FROM audit_log l LEFT JOIN comments c ON "               \
    "c.id = l.comment_id "

static const char *const stmt_sql[ST_COUNT] = {
    [ST_SETTING_GET] = "SELECT value FROM settings WHERE key = $1",
    [ST_SETTING_SET] = "INSERT INTO settings(key, value) VALUES ($1, $2) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    [ST_SETTING_ADD] = "INSERT INTO settings(key, value) VALUES ($1, $2) "
                       "ON CONFLICT(key) DO NOTHING",
    [ST_ARTICLE_INSERT] =
        /* an id given ($13 > 0) moves the sequence past it, so the
           next article without one does not collide with it */
    "WITH ins AS (INSERT INTO articles(id, path, title, byline, "
    "published, is_published, body, lead_image, lead_caption, labels, "
    "source_id, external_url, discussion) VALUES (COALESCE(NULLIF("
    "$13::bigint, 0), nextval(pg_get_serial_sequence('articles', "
    "'id'))), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "RETURNING id) SELECT ins.id, CASE WHEN $13::bigint > 0 THEN "
    "setval(pg_get_serial_sequence('articles', 'id'), GREATEST(ins.id, "
    "COALESCE((SELECT max(id) FROM articles), 0))) END FROM ins",
    [ST_ARTICLE_GET] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.id = $1",
    [ST_ARTICLE_BY_PATH] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.path = $1",
    [ST_ARTICLE_BY_SOURCE] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.source_id = $1",
    /* the oldest published one, else the oldest: an editor unpublishes
       one of two to show the other. articles_external (migration 14)
       answers both, in id order. */
    [ST_ARTICLE_BY_EXTERNAL] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.id = COALESCE("
        "(SELECT p.id FROM articles p WHERE p.external_url = $1 AND "
        "p.external_url <> '' AND p.is_published = 1 ORDER BY p.id LIMIT 1), "
        "(SELECT p.id FROM articles p WHERE p.external_url = $1 AND "
        "p.external_url <> '' ORDER BY p.id LIMIT 1))",
    [ST_ARTICLE_LIST] = "SELECT " ARTICLE_COLS
                        " FROM articles a ORDER BY a.published DESC, a.id DESC",
    [ST_ARTICLE_LIST_PUBLISHED] =
        "SELECT " ARTICLE_COLS " FROM articles a WHERE a.is_published = 1 "
        "ORDER BY a.published DESC, a.id DESC",
    [ST_ARTICLE_COUNT] = "SELECT COUNT(*) FROM articles",
    [ST_ARTICLE_LOCK] = "SELECT id FROM articles WHERE id = $1 FOR UPDATE",
    [ST_ARTICLE_BUMP] =
        "UPDATE articles SET version = version + 1 WHERE id = $1",
    [ST_COMMENT_PARENT] = "SELECT article_id, number, sort_key, depth FROM "
                          "comments WHERE id = $1",
    [ST_COMMENT_NEXT_TOP] = "SELECT COALESCE(MAX(seq), 0) + 1 FROM comments "
                            "WHERE article_id = $1 AND parent_id IS NULL",
    [ST_COMMENT_NEXT_CHILD] = "SELECT COALESCE(MAX(seq), 0) + 1 FROM comments "
                              "WHERE parent_id = $1",
    [ST_COMMENT_INSERT] =
        "INSERT INTO comments(article_id, parent_id, number, seq, depth, "
        "sort_key, status, author_kind, author_hash, author_name, created, "
        "body, reason, source_id, mod_edited, screen, was_public, "
        "tz_offset_min) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
        "$12, $13, $14, $15, $16, $17, $18) RETURNING id",
    [ST_COMMENT_GET] = "SELECT " COMMENT_COLS " FROM comments WHERE id = $1",
    [ST_COMMENT_BY_SOURCE] =
        "SELECT " COMMENT_COLS " FROM comments WHERE source_id = $1",
    [ST_COMMENT_BY_CREATED] =
        "SELECT " COMMENT_COLS " FROM comments WHERE article_id = $1 AND "
        "created = $2 ORDER BY id LIMIT 1",
    [ST_COMMENT_BY_NUMBER] =
        "SELECT " COMMENT_COLS " FROM comments WHERE article_id = $1 AND "
        "number = $2",
    /* COLLATE "C": byte order whatever the database locale, as in SQLite */
    [ST_COMMENT_LIST] = "SELECT " COMMENT_COLS " FROM comments WHERE "
                        "article_id = $1 ORDER BY sort_key COLLATE \"C\"",

    [ST_USER_INSERT] = "INSERT INTO users(name, name_key, role, pwhash, "
                       "created) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [ST_USER_BY_NAME] = "SELECT " USER_COLS " FROM users WHERE name_key = $1",
    [ST_USER_LIST] =
        "SELECT " USER_COLS " FROM users ORDER BY name_key COLLATE \"C\"",
    [ST_USER_DELETE] = "DELETE FROM users WHERE name_key = $1",
    [ST_USER_PASSWD] = "UPDATE users SET pwhash = $2 WHERE name_key = $1",
    [ST_USER_ROLE] = "UPDATE users SET role = $2 WHERE name_key = $1",
    /* in id order: two transactions take the locks in the same order */
    [ST_USER_LOCK_ADMINS] =
        "SELECT id FROM users WHERE role = $1 ORDER BY id FOR UPDATE",
    [ST_SESSION_INSERT] = "INSERT INTO sessions(id_hash, user_id, csrf, "
                          "created, last_seen) VALUES ($1, $2, $3, $4, $5)",
    [ST_SESSION_GET] =
        "SELECT s.id_hash, s.user_id, s.csrf, s.created, s.last_seen, "
        "u.id, u.name, u.name_key, u.role, u.pwhash, u.created "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
    [ST_SESSION_TOUCH] =
        "UPDATE sessions SET last_seen = $2 WHERE id_hash = $1",
    [ST_SESSION_DELETE] = "DELETE FROM sessions WHERE id_hash = $1",
    [ST_SESSION_DELETE_USER] = "DELETE FROM sessions WHERE user_id IN "
                               "(SELECT id FROM users WHERE name_key = $1)",
    /* one statement: the old rows go with the new one's insert */
    [ST_LOGIN_FAIL_ADD] =
        "WITH forgotten AS (DELETE FROM login_failures WHERE at < $4) "
        "INSERT INTO login_failures(name_key, client, at) VALUES ($1, $2, $3)",
    [ST_LOGIN_FAIL_COUNT] =
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE client = $3) "
        "FROM login_failures WHERE name_key = $1 AND at >= $2",
    /* NO KEY UPDATE: waits for another moderator, not for new replies */
    [ST_COMMENT_STATUS] = "SELECT status, article_id, was_public FROM "
                          "comments WHERE id = $1 FOR NO KEY UPDATE",
    [ST_COMMENT_UPDATE] =
        "UPDATE comments SET status = $2, reason = $3, "
        "body = COALESCE($4, body), "
        "mod_edited = CASE WHEN $5 <> 0 THEN 1 ELSE mod_edited END, "
        "report_count = CASE WHEN $6 <> 0 THEN 0 ELSE report_count END, "
        "screen = COALESCE($7, screen), "
        "was_public = CASE WHEN $2::int = 0 THEN 1 ELSE was_public END "
        "WHERE id = $1",
    [ST_COMMENT_ERASE] =
        "UPDATE comments SET body = '', author_name = '', screen = '' "
        "WHERE id = $1",
    [ST_REPORTS_ERASE] = "UPDATE reports SET reason = '' WHERE comment_id = $1",
    [ST_REPORTS_UNCOUNT] = "UPDATE reports SET counted = 0 WHERE "
                           "comment_id = $1 AND counted = 1",
    [ST_AUDIT_ADD] =
        "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
        "from_status, to_status, reason, note) VALUES ($1, $2, $3, $4, $5, "
        "$6, $7, $8, $9)",
    [ST_AUDIT_LIST] = AUDIT_SELECT "ORDER BY l.id DESC LIMIT $1",
    [ST_AUDIT_LIST_COMMENT] =
        AUDIT_SELECT "WHERE l.comment_id = $2 ORDER BY l.id DESC LIMIT $1",
    [ST_QUEUE_OLDEST] =
        "SELECT " COMMENT_COLS " FROM comments WHERE " QUEUE_SELECT
        " AND (created, id) > ($3::bigint, $4::bigint) "
        "ORDER BY created, id LIMIT $5::bigint OFFSET $6::bigint",
    [ST_QUEUE_NEWEST] =
        "SELECT " COMMENT_COLS " FROM comments WHERE " QUEUE_SELECT
        " AND (created, id) < ($3::bigint, $4::bigint) "
        "ORDER BY created DESC, id DESC LIMIT $5::bigint OFFSET $6::bigint",
    [ST_QUEUE_COUNT] = "SELECT COUNT(*) FROM comments WHERE " QUEUE_SELECT,
    /* counted: $6 (the reader brought a token), unless a counted report
     * of the comment came from the same network ($5) */
    [ST_REPORT_ADD] =
        "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
        "client_hash, counted) VALUES ($1, $2, $3, $4, $5, CASE WHEN "
        "$6::int <> 0 AND ($5 = '' OR NOT EXISTS (SELECT 1 FROM reports "
        "WHERE comment_id = $1 AND client_hash = $5 AND counted = 1)) "
        "THEN 1 ELSE 0 END)",
    [ST_REPORT_BUMP] =
        "UPDATE comments SET report_count = report_count + 1 WHERE id = $1 "
        "RETURNING report_count, article_id",
    [ST_REPORT_RESTORE] =
        "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
        "client_hash, counted) VALUES ($1, $2, $3, $4, '', $5)",
    [ST_REPORT_COUNT_SET] =
        "UPDATE comments SET report_count = $2 WHERE id = $1 RETURNING id",
    [ST_REPORT_LIST] = "SELECT comment_id, reason, at, counted FROM reports "
                       "WHERE comment_id = $1 ORDER BY at",
    [ST_REPORT_COUNTED] = "SELECT COUNT(*) FROM reports WHERE "
                          "comment_id = $1 AND counted = 1",
    /* a reader has one ban in force: a new one replaces it */
    [ST_BAN_ADD] =
        "WITH upd AS (UPDATE bans SET until = $2, created = $3, actor = $4, "
        "comment_id = $5 WHERE author_hash = $1 AND (until = 0 OR until > $3) "
        "RETURNING id) INSERT INTO bans(author_hash, until, created, actor, "
        "comment_id) SELECT $1::text, $2::bigint, $3::bigint, $4::text, "
        "$5::bigint WHERE NOT EXISTS (SELECT 1 FROM upd)",
    [ST_BAN_LIST] =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans b "
        "WHERE (until = 0 OR until > $1) AND id = (SELECT MAX(id) FROM bans o "
        "WHERE o.author_hash = b.author_hash AND (o.until = 0 OR o.until > $1))"
        " ORDER BY created DESC, id DESC LIMIT 500",
    [ST_BAN_GET_ACTIVE] =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans "
        "WHERE id = $1 AND (until = 0 OR until > $2) FOR UPDATE",
    [ST_BAN_END] = "UPDATE bans SET until = $2 WHERE author_hash = $1 AND "
                   "(until = 0 OR until > $2)",
    [ST_SETTING_SWAP] =
        "UPDATE settings SET value = $3 WHERE key = $1 AND value = $2",
    [ST_BAN_ACTIVE] =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans "
        "WHERE author_hash = $1 AND (until = 0 OR until > $2) "
        "ORDER BY until = 0 DESC, until DESC LIMIT 1",
    [ST_AUTHOR_RECORD] =
        "SELECT COUNT(*) FILTER (WHERE status = 0), "
        "COUNT(*) FILTER (WHERE status IN (3, 5)) FROM comments "
        "WHERE author_hash = $1",
    [ST_ARTICLE_UPDATE] =
        "UPDATE articles SET path = $2, title = $3, byline = $4, "
        "published = $5, is_published = $6, body = $7, lead_image = $8, "
        "lead_caption = $9, labels = $10, discussion = $11, "
        "external_url = $12, version = version + 1 WHERE id = $1",
    [ST_RECENT] =
        "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN author_hash <> '' AND "
        "NOT EXISTS (SELECT 1 FROM comments o WHERE o.article_id = $1 AND "
        "o.author_hash = c.author_hash AND o.created < $2) THEN author_hash "
        "END) FROM comments c WHERE article_id = $1 AND created >= $2",
    [ST_BY_AUTHOR] = "SELECT " COMMENT_COLS " FROM comments WHERE "
                     "author_hash = $1 AND author_hash <> '' ORDER BY "
                     "created, id LIMIT 10000",
    [ST_BY_AUTHOR_PAGE] = "SELECT " COMMENT_COLS " FROM comments WHERE "
                          "author_hash = $1 AND id < $2 "
                          "ORDER BY id DESC LIMIT $3",
    [ST_AUTHOR_COUNTS] = "SELECT COUNT(*) FILTER (WHERE status < 3), "
                         "COUNT(*) FILTER (WHERE status IN (3, 4, 5)), "
                         "COUNT(*) FILTER (WHERE status = 6) "
                         "FROM comments "
                         "WHERE author_hash = $1",
    /* $1: an array literal of the keys (store_keys.h) */
    [ST_ARTICLES_BY_IDS] = "SELECT " ARTICLE_COLS " FROM articles a WHERE "
                           "a.id = ANY($1::bigint[]) ORDER BY a.id",
    [ST_COMMENTS_BY_IDS] = "SELECT " COMMENT_COLS " FROM comments WHERE "
                           "id = ANY($1::bigint[]) ORDER BY id",
    /* a row per hash that has comments. The hashes stand in the query as
     * one constant, so the planner weighs each against the column's
     * statistics (most comments share the hash '', imported ones) and looks
     * them up by index; joined to the list instead, each was an unknown
     * value and the table was scanned */
    [ST_AUTHOR_RECORDS] =
        "SELECT author_hash, COUNT(*) FILTER (WHERE status = 0), "
        "COUNT(*) FILTER (WHERE status IN (3, 5)) FROM comments "
        "WHERE author_hash = ANY($1::text[]) GROUP BY author_hash",
    [ST_REPORTS_OF] = "SELECT comment_id, reason, at, counted FROM reports "
                      "WHERE comment_id = ANY($1::bigint[]) "
                      "ORDER BY comment_id, at",
    /* per reader, the ban in force ST_BAN_ACTIVE picks (the id breaks a
     * tie), by way of bans_author; COLLATE "C": byte order, as strcmp */
    [ST_BANS_OF] =
        "SELECT id, author_hash, until, created, actor, comment_id FROM bans b "
        "WHERE author_hash = ANY($1::text[]) AND (until = 0 OR until > $2) "
        "AND id = (SELECT o.id FROM bans o WHERE o.author_hash = b.author_hash "
        "AND (o.until = 0 OR o.until > $2) "
        "ORDER BY o.until = 0 DESC, o.until DESC, o.id DESC LIMIT 1) "
        "ORDER BY author_hash COLLATE \"C\"",
    /* settings are few (a few dozen, plus one per raided article): a scan;
     * COLLATE "C": byte order, as in SQLite */
    [ST_SETTING_LIST] =
        "SELECT key, value FROM settings WHERE left(key, length($1::text)) = "
        "$1::text AND value <> '' ORDER BY key COLLATE \"C\" LIMIT 1000",
    [ST_ARTICLE_BY_FORMER] =
        "SELECT " ARTICLE_COLS " FROM former_paths f JOIN articles a ON "
        "a.id = f.article_id WHERE f.path = $1",
    [ST_FORMER_PATHS] =
        "SELECT path, created FROM former_paths WHERE article_id = $1 "
        "ORDER BY created DESC, path COLLATE \"C\" LIMIT $2",
    /* no row when an article has the path or there is no such article */
    [ST_FORMER_PATH_ADD] =
        "INSERT INTO former_paths(path, article_id, created) SELECT "
        "$1::text, a.id, $3::bigint FROM articles a WHERE a.id = $2::bigint "
        "AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.path = $1::text)",
    /* status = 0 is comments_newest's predicate (schema 8): the index read
     * backwards, each row's article checked by primary key, until $1 rows */
    [ST_COMMENTS_NEWEST] =
        "SELECT " COMMENT_COLS " FROM comments WHERE status = 0 AND EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = comments.article_id AND "
        "a.is_published = 1) ORDER BY created DESC, id DESC LIMIT $1::bigint",
    /* the same rows and plan, keys only, each with its article's version
     * read by primary key */
    [ST_COMMENTS_TZ_UNKNOWN] =
        "SELECT id, created FROM comments WHERE tz_offset_min IS NULL "
        "AND id > $2::bigint ORDER BY id LIMIT $1::bigint",
    [ST_COMMENT_TZ_SET] =
        "UPDATE comments SET tz_offset_min = $2::int WHERE id = $1::bigint "
        "AND tz_offset_min IS NULL",
    [ST_COMMENTS_NEWEST_KEYS] =
        "SELECT id, article_id, (SELECT a.version FROM articles a WHERE "
        "a.id = comments.article_id) FROM comments WHERE status = 0 AND "
        "EXISTS (SELECT 1 FROM articles a WHERE a.id = comments.article_id "
        "AND a.is_published = 1) ORDER BY created DESC, id DESC "
        "LIMIT $1::bigint",
};

_Static_assert(STORE_SETTINGS_MAX == 1000, "the LIMIT of ST_SETTING_LIST");

struct pg_store;

struct pg_conn {
    PGconn *db;
    struct pg_store *owner;
    struct pg_conn *next;             /* all connections, for closing */
    unsigned char prepared[ST_COUNT]; /* statement i is prepared on db */
    int in_tx;                        /* a store_begin transaction is open */
    int timed_out; /* a replica's last read got no answer in time */
};

struct pg_store {
    struct store base;
    char *url; /* the connection URL; may hold a password, never logged */
    pthread_key_t key;
    pthread_mutex_t lock; /* guards conns */
    struct pg_conn *conns;
    struct pg_store *fallback;    /* a replica's primary, or NULL */
    bool replica;                 /* opened by store_open_replica */
    _Atomic int64_t resting_till; /* a replica: monotonic second until
                                     which its reads go to the primary */
};

#define REPLICA_REST_S 10

/* The values of one statement's parameters; numbers are kept as text. */
struct pg_params {
    int n;
    const char *values[PARAMS_MAX];
    char nums[PARAMS_MAX][24];
};

static const struct store_ops pg_ops;

static void params_text(struct pg_params *p, const char *s)
{
    p->values[p->n++] = s ? s : "";
}

/* An empty or missing string becomes NULL (source_id is UNIQUE). */
static void params_text_or_null(struct pg_params *p, const char *s)
{
    p->values[p->n++] = s && *s ? s : NULL;
}

static void params_i64(struct pg_params *p, int64_t v)
{
    snprintf(p->nums[p->n], sizeof(p->nums[p->n]), "%lld", (long long)v);
    p->values[p->n] = p->nums[p->n];
    p->n++;
}

static void quiet_notices(void *arg, const char *message)
{
    /* "relation already exists, skipping" and friends are not news */
}

/*
 * add_pg_error appends libpq's message with its line breaks and tabs folded
 * into single spaces, so it fits on one log line.
 */
static void add_pg_error(struct buf *err, const char *msg)
{
    int space = 0;
    for (const char *p = msg ? msg : ""; *p; p++) {
        if (*p == '\n' || *p == '\t' || *p == '\r' || *p == ' ') {
            space = 1;
            continue;
        }
        if (space && err->len && err->data[err->len - 1] != ' ')
            buf_addc(err, ' ');
        space = 0;
        buf_addc(err, *p);
    }
}

static void log_pg(const char *what, const char *msg)
{
    struct buf b;
    buf_init(&b, 2048);
    add_pg_error(&b, msg);
    fprintf(stderr, "charla: postgres: %s: %s\n", what, b.data);
    buf_release(&b);
}

static PGconn *connect_url(const char *url, bool replica, struct buf *err)
{
    /* keywords before dbname are defaults the URL may override */
    const char *keys[] = {"connect_timeout", "application_name",
                          "client_encoding", "dbname", NULL};
    const char *vals[] = {replica ? REPLICA_CONNECT_TIMEOUT_S
                                  : CONNECT_TIMEOUT_S,
                          "charla", "UTF8", url, NULL};
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
        add_pg_error(err, PQerrorMessage(db));
        PQfinish(db);
        return NULL;
    }
    PQsetNoticeProcessor(db, quiet_notices, NULL);
    return db;
}

static void conn_close(struct pg_conn *c)
{
    if (!c)
        return;
    PQfinish(c->db);
    free(c);
}

/* conn_destructor closes a thread's connection when the thread exits. */
static void conn_destructor(void *p)
{
    struct pg_conn *c = p;
    struct pg_store *s = c->owner;
    pthread_mutex_lock(&s->lock);
    for (struct pg_conn **pp = &s->conns; *pp; pp = &(*pp)->next) {
        if (*pp == c) {
            *pp = c->next;
            break;
        }
    }
    pthread_mutex_unlock(&s->lock);
    conn_close(c);
}

static struct pg_conn *conn_new(struct pg_store *s, struct buf *err)
{
    struct pg_conn *c = calloc(1, sizeof(*c));
    if (!c) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    c->owner = s;
    c->db = connect_url(s->url, s->replica, err);
    if (!c->db) {
        free(c);
        return NULL;
    }
    pthread_mutex_lock(&s->lock);
    c->next = s->conns;
    s->conns = c;
    pthread_mutex_unlock(&s->lock);
    pthread_setspecific(s->key, c);
    return c;
}

/*
 * conn_reset reconnects a connection that was lost; its statements must be
 * prepared again. Returns whether the new connection is open.
 */
static bool conn_reset(struct pg_conn *c)
{
    PQreset(c->db);
    memset(c->prepared, 0, sizeof(c->prepared));
    if (PQstatus(c->db) != CONNECTION_OK)
        return false;
    PQsetNoticeProcessor(c->db, quiet_notices, NULL);
    return true;
}

/*
 * conn_own returns the calling thread's connection, opening it on first use
 * and reconnecting one that was lost, or NULL (logged) if the server cannot
 * be reached.
 */
static struct pg_conn *conn_own(struct pg_store *s)
{
    struct pg_conn *c = pthread_getspecific(s->key);
    if (!c) {
        struct buf err;
        buf_init(&err, 2048);
        c = conn_new(s, &err);
        if (!c)
            fprintf(stderr, "charla: postgres: %s\n", err.data);
        buf_release(&err);
        return c;
    }
    if (PQstatus(c->db) == CONNECTION_OK)
        return c;
    if (c->in_tx)
        return NULL; /* the caller's transaction is gone; it must roll back */
    if (!conn_reset(c)) {
        log_pg("reconnect failed", PQerrorMessage(c->db));
        return NULL;
    }
    return c;
}

static int64_t mono_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec;
}

/*
 * A replica that could not be reached rests: its primary answers. When
 * the rest is over, the one thread that claims the next attempt (it
 * starts a new rest, cleared again when the attempt succeeds) tries the
 * replica; the others still rest.
 */
static bool replica_resting(struct pg_store *s)
{
    if (!s->fallback)
        return false;
    int64_t till = atomic_load(&s->resting_till);
    if (till == 0)
        return false;
    int64_t now = mono_seconds();
    if (till > now)
        return true;
    return !atomic_compare_exchange_strong(&s->resting_till, &till,
                                           now + REPLICA_REST_S);
}

/* The replica answered: no more rest. */
static void replica_awake(struct pg_store *s)
{
    if (s->fallback && atomic_load(&s->resting_till) != 0)
        atomic_store(&s->resting_till, 0);
}

/* Sends the replica's reads to its primary for REPLICA_REST_S seconds
 * and returns the calling thread's connection to the primary (or NULL). */
static struct pg_conn *replica_rest(struct pg_store *s)
{
    int64_t till = mono_seconds() + REPLICA_REST_S;
    if (atomic_exchange(&s->resting_till, till) == 0)
        fprintf(stderr,
                "charla: postgres: the read replica cannot be reached; "
                "reading from the primary for %d s\n",
                REPLICA_REST_S);
    return conn_own(s->fallback);
}

/*
 * conn_get returns the connection an op of store s runs on: the calling
 * thread's own (see conn_own), or for a replica that cannot be reached,
 * the thread's connection to the primary. NULL if neither can be had.
 */
static struct pg_conn *conn_get(struct pg_store *s)
{
    if (replica_resting(s))
        return conn_own(s->fallback);
    struct pg_conn *c = conn_own(s);
    if (!c && s->fallback)
        return replica_rest(s);
    /* the rest ends when the replica has answered (run), not here: this
     * thread's connection may look open and be as dead as the others */
    return c;
}

/*
 * result_error turns a failed result into an error code: a broken
 * uniqueness or foreign-key rule (SQLSTATE class 23) is ERR_CONFLICT, as
 * SQLITE_CONSTRAINT is in sqlite.c; anything else is logged and ERR_DB.
 */
static int result_error(struct pg_conn *c, const PGresult *res)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    if (state && state[0] == '2' && state[1] == '3')
        return ERR_CONFLICT;
    log_pg("query failed",
           res ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
    return ERR_DB;
}

/* exec_plain runs fixed SQL without parameters (BEGIN, COMMIT, ...). */
static int exec_plain(struct pg_conn *c, const char *sql)
{
    PGresult *res = PQexec(c->db, sql);
    int ret = 0;
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
        ret = result_error(c, res);
    PQclear(res);
    return ret;
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * replica_result waits at most REPLICA_QUERY_TIMEOUT_MS for the answer to
 * what was just sent on a replica's connection. When none comes, the
 * connection is shut (libpq then reports it lost, and the caller reads
 * from the primary) and c->timed_out is set. sent is what PQsend* said.
 */
static PGresult *replica_result(struct pg_conn *c, int sent)
{
    c->timed_out = 0;
    if (!sent)
        return NULL;
    int64_t deadline = mono_ms() + REPLICA_QUERY_TIMEOUT_MS;
    PGresult *res = NULL;
    /* the first result is the answer; the rest (none, or the error of a
     * line that died) is read too, under the same deadline, so the
     * connection is ready for the next statement */
    for (;;) {
        while (!c->timed_out && PQisBusy(c->db)) {
            int64_t left = deadline - mono_ms();
            struct pollfd pfd = {.fd = PQsocket(c->db), .events = POLLIN};
            if (pfd.fd < 0)
                break; /* no line: PQgetResult reports the error */
            int r = left > 0 ? poll(&pfd, 1, (int)left) : 0;
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                fprintf(stderr,
                        "charla: postgres: the read replica did not answer "
                        "%s; reading from the primary\n",
                        r == 0 ? "in time" : "(poll failed)");
                c->timed_out = 1;
                shutdown(pfd.fd, SHUT_RDWR);
                (void)PQconsumeInput(c->db); /* sees the line closed */
                break;
            }
            if (!PQconsumeInput(c->db))
                break;
        }
        PGresult *r = PQgetResult(c->db);
        if (!r)
            break;
        if (res)
            PQclear(r);
        else
            res = r;
    }
    return res;
}

/*
 * run executes statement id with parameters p. On success *out holds the
 * result (caller frees with PQclear); on failure it is NULL.
 */
static int run_once(struct pg_conn *c, enum stmt_id id,
                    const struct pg_params *p, PGresult **out)
{
    char name[16];
    PGresult *res;
    *out = NULL;
    snprintf(name, sizeof(name), "c%d", (int)id);
    bool replica = c->owner->fallback != NULL;
    if (!c->prepared[id]) {
        if (replica)
            res = replica_result(
                c, PQsendPrepare(c->db, name, stmt_sql[id], 0, NULL));
        else
            res = PQprepare(c->db, name, stmt_sql[id], 0, NULL);
        if (!res || PQresultStatus(res) != PGRES_COMMAND_OK) {
            int ret = result_error(c, res);
            PQclear(res);
            return ret;
        }
        PQclear(res);
        c->prepared[id] = 1;
    }
    if (replica)
        res = replica_result(c, PQsendQueryPrepared(c->db, name, p ? p->n : 0,
                                                    p ? p->values : NULL, NULL,
                                                    NULL, 0));
    else
        res = PQexecPrepared(c->db, name, p ? p->n : 0, p ? p->values : NULL,
                             NULL, NULL, 0);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        int ret = result_error(c, res);
        PQclear(res);
        return ret;
    }
    *out = res;
    return 0;
}

/*
 * run runs a statement. A read that fails because the connection was
 * lost (the server restarted while this thread's connection sat idle) is
 * tried once more on a fresh connection, outside a transaction: a reader
 * should not get an error for a restart that is already over. A write is
 * never repeated, since the server may have done it before the line died.
 */
static int run(struct pg_conn *c, enum stmt_id id, const struct pg_params *p,
               PGresult **out)
{
    int ret = run_once(c, id, p, out);
    if (ret == 0)
        replica_awake(c->owner);
    if (ret != ERR_DB || c->in_tx || PQstatus(c->db) == CONNECTION_OK ||
        strncmp(stmt_sql[id], "SELECT", 6) != 0)
        return ret;
    struct pg_store *s = c->owner;
    /* a replica that answered nothing would hang a reconnection too */
    if (!c->timed_out && !replica_resting(s) && conn_reset(c))
        return run_once(c, id, p, out);
    if (!s->fallback)
        return ret;
    /* a replica that went away: its primary answers */
    struct pg_conn *f = replica_rest(s);
    return f ? run_once(f, id, p, out) : ret;
}

/* run_done runs a statement whose rows, if any, nobody reads. */
static int run_done(struct pg_conn *c, enum stmt_id id,
                    const struct pg_params *p)
{
    PGresult *res;
    int ret = run(c, id, p, &res);
    PQclear(res);
    return ret;
}

static int64_t col_i64(const PGresult *res, int row, int col)
{
    const char *v = PQgetvalue(res, row, col);
    int64_t out = 0;
    if (str_to_int(v, strlen(v), INT64_MIN, INT64_MAX, &out))
        return 0;
    return out;
}

static const char *col_text(const PGresult *res, int row, int col,
                            struct arena *a)
{
    return arena_strndup(a, PQgetvalue(res, row, col),
                         (size_t)PQgetlength(res, row, col));
}

/*
 * A row reader fills the struct at out from row of res, its strings in a;
 * 0 or ERR_NOMEM.
 */
typedef int (*row_reader_fn)(const PGresult *res, int row, struct arena *a,
                             void *out);

/*
 * read_one runs statement id and reads its first row into out with read;
 * ERR_NOTFOUND if it returned none.
 */
static int read_one(struct pg_conn *c, enum stmt_id id,
                    const struct pg_params *p, struct arena *a,
                    row_reader_fn read, void *out)
{
    PGresult *res;
    int ret = run(c, id, p, &res);
    if (ret)
        return ret;
    ret = PQntuples(res) ? read(res, 0, a, out) : ERR_NOTFOUND;
    PQclear(res);
    return ret;
}

/*
 * read_rows runs statement id and reads every row with read into an arena
 * array of elem-sized structs; *out and *n get the array and how many rows
 * were read (also on failure, what was read before it).
 */
static int read_rows(struct pg_conn *c, enum stmt_id id,
                     const struct pg_params *p, struct arena *a, size_t elem,
                     row_reader_fn read, void **out, size_t *n)
{
    PGresult *res;
    *out = NULL;
    *n = 0;
    int ret = run(c, id, p, &res);
    if (ret)
        return ret;
    int rows = PQntuples(res);
    char *arr = NULL;
    if (rows > 0) {
        arr = arena_alloc(a, (size_t)rows * elem);
        if (!arr)
            ret = ERR_NOMEM;
    }
    int done = 0;
    while (!ret && done < rows) {
        ret = read(res, done, a, arr + (size_t)done * elem);
        if (!ret)
            done++;
    }
    PQclear(res);
    *out = arr;
    *n = (size_t)done;
    return ret;
}

/*
 * read_numbers runs a statement whose one row holds numbers: *v0 gets the
 * first, *v1 (if not NULL) the second.
 */
static int read_numbers(struct pg_conn *c, enum stmt_id id,
                        const struct pg_params *p, int64_t *v0, int64_t *v1)
{
    PGresult *res;
    int ret = run(c, id, p, &res);
    if (ret)
        return ret;
    *v0 = col_i64(res, 0, 0);
    if (v1)
        *v1 = col_i64(res, 0, 1);
    PQclear(res);
    return 0;
}

/*
 * Savepoints around writes inside a caller's transaction (see the top of
 * the file). Outside one, a single statement is its own transaction.
 */
static int write_begin(struct pg_conn *c)
{
    return c->in_tx ? exec_plain(c, "SAVEPOINT charla_op") : 0;
}

static int write_end(struct pg_conn *c, int ret)
{
    if (!c->in_tx)
        return ret;
    if (ret == 0)
        return exec_plain(c, "RELEASE SAVEPOINT charla_op");
    if (exec_plain(c, "ROLLBACK TO SAVEPOINT charla_op") == 0)
        (void)exec_plain(c, "RELEASE SAVEPOINT charla_op");
    return ret;
}

/*
 * atomic_begin / atomic_end bracket an op of several statements: a
 * transaction of its own, or a savepoint inside the caller's.
 */
static int atomic_begin(struct pg_conn *c)
{
    return exec_plain(c, c->in_tx ? "SAVEPOINT charla_op" : "BEGIN") ? ERR_DB
                                                                     : 0;
}

static int atomic_end(struct pg_conn *c, int ret)
{
    if (c->in_tx)
        return write_end(c, ret);
    if (ret == 0)
        return exec_plain(c, "COMMIT");
    (void)exec_plain(c, "ROLLBACK");
    return ret;
}

/* affected returns how many rows an INSERT, UPDATE or DELETE touched. */
static int64_t affected(const PGresult *res)
{
    const char *v = PQcmdTuples((PGresult *)res);
    int64_t n = 0;
    if (str_to_int(v, strlen(v), 0, INT64_MAX, &n))
        return 0;
    return n;
}

/*
 * write_one runs one write statement (under a savepoint inside a caller's
 * transaction). *rows, if not NULL, gets the number of rows it touched;
 * *new_id, if not NULL, the id its RETURNING clause gave.
 */
static int write_one(struct pg_conn *c, enum stmt_id id,
                     const struct pg_params *p, int64_t *rows, int64_t *new_id)
{
    PGresult *res;
    int ret = write_begin(c);
    if (ret)
        return ret;
    ret = run(c, id, p, &res);
    if (ret == 0 && rows)
        *rows = affected(res);
    if (ret == 0 && new_id)
        *new_id = col_i64(res, 0, 0);
    PQclear(res);
    return write_end(c, ret);
}

/*
 * run_touching runs a statement that must touch a row: ERR_NOTFOUND if it
 * touched none.
 */
static int run_touching(struct pg_conn *c, enum stmt_id id,
                        const struct pg_params *p)
{
    PGresult *res;
    int ret = run(c, id, p, &res);
    if (ret == 0 && affected(res) == 0)
        ret = ERR_NOTFOUND;
    PQclear(res);
    return ret;
}

static int schema_version(struct pg_conn *c, int *version, struct buf *err)
{
    static const char sql[] = "SELECT version FROM schema_version";
    /* a replica that hangs at start-up must not hang charla's start */
    PGresult *res = c->owner->replica
                        ? replica_result(c, PQsendQuery(c->db, sql))
                        : PQexec(c->db, sql);
    if (!res || PQresultStatus(res) != PGRES_TUPLES_OK) {
        add_pg_error(err,
                     res ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
        PQclear(res);
        return ERR_DB;
    }
    int64_t v = PQntuples(res) ? col_i64(res, 0, 0) : -1;
    PQclear(res);
    *version = (int)v;
    return 0;
}

/* migrate_exec runs fixed SQL for migrate, describing a failure in err. */
static int migrate_exec(struct pg_conn *c, const char *sql, struct buf *err)
{
    PGresult *res = PQexec(c->db, sql);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    int ret = 0;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        add_pg_error(err,
                     res ? PQresultErrorMessage(res) : PQerrorMessage(c->db));
        ret = ERR_DB;
    }
    PQclear(res);
    return ret;
}

static int migrate(struct pg_conn *c, struct buf *err)
{
    int version;
    if (migrate_exec(c, "BEGIN", err))
        return ERR_DB;
    if (migrate_exec(c, "SELECT pg_advisory_xact_lock(" MIGRATE_LOCK_KEY ")",
                     err) ||
        migrate_exec(c,
                     "CREATE TABLE IF NOT EXISTS schema_version("
                     "version INTEGER NOT NULL)",
                     err) ||
        schema_version(c, &version, err))
        goto fail;
    if (version < 0) {
        if (migrate_exec(c, "INSERT INTO schema_version VALUES (0)", err))
            goto fail;
        version = 0;
    }
    if (version > (int)schema_pg_count) {
        buf_addf(err,
                 "the database has schema version %d, newer than this "
                 "charla (%d)",
                 version, (int)schema_pg_count);
        goto fail;
    }
    for (int v = version; v < (int)schema_pg_count; v++) {
        struct pg_params p = {0};
        params_i64(&p, v + 1);
        if (migrate_exec(c, schema_pg[v], err)) {
            buf_addf(err, " (in migration %d)", v + 1);
            goto fail;
        }
        PGresult *res =
            PQexecParams(c->db, "UPDATE schema_version SET version = $1", 1,
                         NULL, p.values, NULL, NULL, 0);
        int ok = res && PQresultStatus(res) == PGRES_COMMAND_OK;
        if (!ok)
            add_pg_error(err, res ? PQresultErrorMessage(res)
                                  : PQerrorMessage(c->db));
        PQclear(res);
        if (!ok)
            goto fail;
    }
    return migrate_exec(c, "COMMIT", err);
fail:
    (void)exec_plain(c, "ROLLBACK");
    return ERR_DB;
}

/*
 * pg_store_new allocates a store for url with no connection yet; a replica
 * (see the top) connects with a shorter timeout. NULL when out of memory.
 */
static struct pg_store *pg_store_new(const char *url, bool replica,
                                     struct buf *err)
{
    struct pg_store *s = calloc(1, sizeof(*s));
    if (!s) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    s->base.ops = &pg_ops;
    s->url = strdup(url);
    pthread_mutex_init(&s->lock, NULL);
    if (!s->url || pthread_key_create(&s->key, conn_destructor)) {
        buf_adds(err, "out of memory");
        pthread_mutex_destroy(&s->lock);
        free(s->url);
        free(s);
        return NULL;
    }
    s->replica = replica; /* its connections give up sooner (connect_url) */
    return s;
}

struct store *store_pg_open(const char *url, struct buf *err)
{
    struct pg_store *s = pg_store_new(url, false, err);
    if (!s)
        return NULL;
    struct pg_conn *c = conn_new(s, err);
    if (!c)
        goto fail;
    size_t before = err->len;
    if (migrate(c, err)) {
        if (err->len == before)
            buf_adds(err, "cannot migrate the database");
        goto fail;
    }
    return &s->base;
fail:
    pg_ops.close(&s->base);
    return NULL;
}

struct store *store_open_replica(const char *url, struct store *primary,
                                 struct buf *err)
{
    if (!str_starts(url, "postgres://") && !str_starts(url, "postgresql://")) {
        buf_adds(err, "a read replica must be a postgres:// URL");
        return NULL;
    }
    struct pg_store *s = pg_store_new(url, true, err);
    if (!s)
        return NULL;
    struct pg_conn *c = conn_new(s, err);
    /* set after the checks below, which must run on the replica itself */
    struct pg_store *fallback =
        primary && primary->ops == &pg_ops ? (struct pg_store *)primary : NULL;
    int version = -1;
    if (!c)
        goto fail;
    /* a standby cannot migrate; it replays the primary's migrations */
    if (schema_version(c, &version, err))
        goto fail;
    if (version != (int)schema_pg_count) {
        buf_addf(err,
                 "the replica has schema version %d, this charla needs %d "
                 "(start charla on the primary first, so it migrates)",
                 version, (int)schema_pg_count);
        goto fail;
    }
    s->fallback = fallback;
    return &s->base;
fail:
    pg_ops.close(&s->base);
    return NULL;
}

static void pg_close(struct store *base)
{
    struct pg_store *s = (struct pg_store *)base;
    pthread_mutex_lock(&s->lock);
    struct pg_conn *c = s->conns;
    s->conns = NULL;
    pthread_mutex_unlock(&s->lock);
    while (c) {
        struct pg_conn *next = c->next;
        conn_close(c);
        c = next;
    }
    pthread_setspecific(s->key, NULL);
    pthread_key_delete(s->key);
    pthread_mutex_destroy(&s->lock);
    if (s->url)
        explicit_bzero(s->url, strlen(s->url)); /* it may hold a password */
    free(s->url);
    free(s);
}

#define CONN_OR_FAIL(s, c)                                                     \
    struct pg_conn *c = conn_get((struct pg_store *)(s));                      \
    if (!c)                                                                    \
    return ERR_DB

static int pg_begin(struct store *s)
{
    if (((struct pg_store *)s)->fallback)
        return ERR_DB; /* a replica: it cannot write (see the top) */
    CONN_OR_FAIL(s, c);
    if (exec_plain(c, "BEGIN"))
        return ERR_DB;
    c->in_tx = 1;
    return 0;
}

static int pg_commit(struct store *s)
{
    struct pg_conn *c = pthread_getspecific(((struct pg_store *)s)->key);
    if (!c || PQstatus(c->db) != CONNECTION_OK) {
        if (c)
            c->in_tx = 0; /* reconnect on the next call */
        return ERR_DB;
    }
    c->in_tx = 0;
    PGresult *res = PQexec(c->db, "COMMIT");
    int ret = 0;
    if (!res || PQresultStatus(res) != PGRES_COMMAND_OK)
        ret = result_error(c, res);
    else if (strcmp(PQcmdStatus(res), "ROLLBACK") == 0)
        ret = ERR_DB; /* a statement had failed: nothing was committed */
    PQclear(res);
    return ret;
}

static int pg_rollback(struct store *s)
{
    struct pg_conn *c = pthread_getspecific(((struct pg_store *)s)->key);
    if (!c)
        return ERR_DB;
    c->in_tx = 0;
    if (PQstatus(c->db) != CONNECTION_OK)
        return 0; /* the server dropped the transaction with the connection */
    return exec_plain(c, "ROLLBACK");
}

/*
 * pg_batched: PostgreSQL has no group commit here (its own commit path
 * batches WAL flushes across sessions); the job runs in the caller's
 * thread as one transaction, undone if it fails.
 */
static int pg_batched(struct store *s, store_batch_fn fn, void *ctx)
{
    if (((struct pg_store *)s)->fallback)
        return ERR_DB; /* a replica: it cannot write (see the top) */
    CONN_OR_FAIL(s, c);
    if (c->in_tx)
        return fn(s, ctx);
    int ret = pg_begin(s);
    if (ret)
        return ret;
    ret = fn(s, ctx);
    if (ret) {
        (void)pg_rollback(s);
        return ret;
    }
    return pg_commit(s);
}

static int pg_ping(struct store *s)
{
    CONN_OR_FAIL(s, c);
    return exec_plain(c, "SELECT 1");
}

/* read_text is a row_reader_fn for one string, out a const char **. */
static int read_text(const PGresult *res, int row, struct arena *a, void *out)
{
    const char **value = out;
    *value = col_text(res, row, 0, a);
    return *value ? 0 : ERR_NOMEM;
}

static int pg_setting_get(struct store *s, const char *key, struct arena *a,
                          const char **value)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, key);
    return read_one(c, ST_SETTING_GET, &p, a, read_text, value);
}

/* read_setting is a row_reader_fn for a struct store_setting. */
static int read_setting(const PGresult *res, int row, struct arena *a,
                        void *out)
{
    struct store_setting *o = out;
    o->key = col_text(res, row, 0, a);
    o->value = col_text(res, row, 1, a);
    return o->key && o->value ? 0 : ERR_NOMEM;
}

static int pg_setting_list(struct store *s, const char *prefix, struct arena *a,
                           struct store_setting **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, prefix);
    return read_rows(c, ST_SETTING_LIST, &p, a, sizeof(**out), read_setting,
                     (void **)out, n);
}

/* setting_write runs the settings write id (set or add) for key, value. */
static int setting_write(struct store *s, enum stmt_id id, const char *key,
                         const char *value)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, key);
    params_text(&p, value);
    return write_one(c, id, &p, NULL, NULL);
}

static int pg_setting_set(struct store *s, const char *key, const char *value)
{
    return setting_write(s, ST_SETTING_SET, key, value);
}

/* PostgreSQL sizes its own buffers: nothing to change for an import. */
static int pg_bulk_mode(struct store *s)
{
    return 0;
}

static int pg_setting_add(struct store *s, const char *key, const char *value)
{
    return setting_write(s, ST_SETTING_ADD, key, value);
}

static int pg_setting_swap(struct store *s, const char *key,
                           const char *expected, const char *value)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, key);
    params_text(&p, expected);
    params_text(&p, value);
    int64_t rows = 0;
    int ret = write_one(c, ST_SETTING_SWAP, &p, &rows, NULL);
    if (ret || rows > 0)
        return ret;
    /* unset counts as "": claim the key if nobody has */
    if (expected[0])
        return ERR_CONFLICT;
    struct pg_params q = {0};
    params_text(&q, key);
    params_text(&q, value);
    ret = write_one(c, ST_SETTING_ADD, &q, &rows, NULL);
    return ret == 0 && rows == 0 ? ERR_CONFLICT : ret;
}

/* read_article is a row_reader_fn for a struct article (ARTICLE_COLS). */
static int read_article(const PGresult *res, int row, struct arena *a,
                        void *out)
{
    struct article *o = out;
    memset(o, 0, sizeof(*o));
    o->id = col_i64(res, row, 0);
    o->path = col_text(res, row, 1, a);
    o->title = col_text(res, row, 2, a);
    o->byline = col_text(res, row, 3, a);
    o->published = col_i64(res, row, 4);
    o->is_published = col_i64(res, row, 5) != 0;
    o->body = col_text(res, row, 6, a);
    o->lead_image = col_text(res, row, 7, a);
    o->lead_caption = col_text(res, row, 8, a);
    o->labels = col_text(res, row, 9, a);
    o->source_id = col_text(res, row, 10, a);
    o->external_url = col_text(res, row, 11, a);
    o->discussion = (int)col_i64(res, row, 12);
    o->version = col_i64(res, row, 13);
    o->comment_count = col_i64(res, row, 14);
    if (!o->path || !o->title || !o->byline || !o->body || !o->lead_image ||
        !o->lead_caption || !o->labels || !o->source_id || !o->external_url)
        return ERR_NOMEM;
    return 0;
}

/*
 * params_article adds the fields an article insert and update both set,
 * from path to labels, in the order of their statements.
 */
static void params_article(struct pg_params *p, const struct article *in)
{
    params_text(p, in->path);
    params_text(p, in->title);
    params_text(p, in->byline);
    params_i64(p, in->published);
    params_i64(p, in->is_published ? 1 : 0);
    params_text(p, in->body);
    params_text(p, in->lead_image);
    params_text(p, in->lead_caption);
    params_text(p, in->labels);
}

static int pg_article_insert(struct store *s, const struct article *in,
                             int64_t *id_out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_article(&p, in);
    params_text_or_null(&p, in->source_id);
    params_text(&p, in->external_url);
    params_i64(&p, in->discussion);
    params_i64(&p, in->id > 0 ? in->id : 0);
    return write_one(c, ST_ARTICLE_INSERT, &p, NULL, id_out);
}

/* article_one runs a one-row article query with one parameter. */
static int article_one(struct store *s, enum stmt_id id, const char *text,
                       int64_t num, struct arena *a, struct article *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    if (text)
        params_text(&p, text);
    else
        params_i64(&p, num);
    return read_one(c, id, &p, a, read_article, out);
}

static int pg_article_get(struct store *s, int64_t id, struct arena *a,
                          struct article *out)
{
    return article_one(s, ST_ARTICLE_GET, NULL, id, a, out);
}

static int pg_article_by_path(struct store *s, const char *path,
                              struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_PATH, path, 0, a, out);
}

static int pg_article_by_external_url(struct store *s, const char *url,
                                      struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_EXTERNAL, url, 0, a, out);
}

static int pg_article_by_source(struct store *s, const char *source_id,
                                struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_SOURCE, source_id, 0, a, out);
}

static int pg_article_list(struct store *s, bool published_only,
                           struct arena *a, struct article **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    return read_rows(
        c, published_only ? ST_ARTICLE_LIST_PUBLISHED : ST_ARTICLE_LIST, NULL,
        a, sizeof(**out), read_article, (void **)out, n);
}

static int pg_article_count(struct store *s, int64_t *n)
{
    CONN_OR_FAIL(s, c);
    return read_numbers(c, ST_ARTICLE_COUNT, NULL, n, NULL);
}

/* read_comment is a row_reader_fn for a struct comment (COMMENT_COLS). */
static int read_comment(const PGresult *res, int row, struct arena *a,
                        void *out)
{
    struct comment *o = out;
    memset(o, 0, sizeof(*o));
    o->id = col_i64(res, row, 0);
    o->article_id = col_i64(res, row, 1);
    o->parent_id = col_i64(res, row, 2);
    snprintf(o->number, sizeof(o->number), "%s", PQgetvalue(res, row, 3));
    o->depth = (int)col_i64(res, row, 4);
    o->status = (enum comment_status)col_i64(res, row, 5);
    o->author_kind = (enum author_kind)col_i64(res, row, 6);
    o->author_hash = col_text(res, row, 7, a);
    o->author_name = col_text(res, row, 8, a);
    o->handle = "";
    o->created = col_i64(res, row, 9);
    o->body = col_text(res, row, 10, a);
    o->reason = col_text(res, row, 11, a);
    o->source_id = col_text(res, row, 12, a);
    o->mod_edited = col_i64(res, row, 13) != 0;
    o->screen = col_text(res, row, 14, a);
    o->report_count = col_i64(res, row, 15);
    o->was_public = col_i64(res, row, 16) != 0;
    o->tz_known = !PQgetisnull(res, row, 17);
    o->tz_offset_min = o->tz_known ? (int)col_i64(res, row, 17) : 0;
    if (!o->author_hash || !o->author_name || !o->body || !o->reason ||
        !o->source_id || !o->screen)
        return ERR_NOMEM;
    return 0;
}

static int pg_comment_get(struct store *s, int64_t id, struct arena *a,
                          struct comment *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, id);
    return read_one(c, ST_COMMENT_GET, &p, a, read_comment, out);
}

static int pg_comment_by_source(struct store *s, const char *source_id,
                                struct arena *a, struct comment *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, source_id);
    return read_one(c, ST_COMMENT_BY_SOURCE, &p, a, read_comment, out);
}

static int pg_comment_by_created(struct store *s, int64_t article_id,
                                 int64_t created, struct arena *a,
                                 struct comment *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, article_id);
    params_i64(&p, created);
    return read_one(c, ST_COMMENT_BY_CREATED, &p, a, read_comment, out);
}

static int pg_comment_by_number(struct store *s, int64_t article_id,
                                const char *number, struct arena *a,
                                struct comment *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, article_id);
    params_text(&p, number);
    return read_one(c, ST_COMMENT_BY_NUMBER, &p, a, read_comment, out);
}

static int pg_comment_list(struct store *s, int64_t article_id, struct arena *a,
                           struct comment **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, article_id);
    return read_rows(c, ST_COMMENT_LIST, &p, a, sizeof(**out), read_comment,
                     (void **)out, n);
}

/* next_seq runs a "next free sequence number" query. */
static int next_seq(struct pg_conn *c, enum stmt_id id, int64_t key,
                    int64_t *seq)
{
    struct pg_params p = {0};
    params_i64(&p, key);
    return read_numbers(c, id, &p, seq, NULL);
}

/*
 * insert_numbered does the work of comment_insert inside a transaction:
 * lock the article, find the parent, pick the next sequence number, write
 * the row and bump the article version.
 */
static int insert_numbered(struct pg_conn *c, struct comment *in)
{
    char parent_number[COMMENT_NUMBER_MAX] = "";
    char parent_key[COMMENT_NUMBER_MAX * 2] = "";
    char sort_key[COMMENT_NUMBER_MAX * 2];
    struct pg_params p = {0};
    PGresult *res;
    int depth = 0;
    int64_t seq;
    int ret;

    params_i64(&p, in->article_id);
    ret = run(c, ST_ARTICLE_LOCK, &p, &res);
    if (ret)
        return ret;
    int found = PQntuples(res) > 0;
    PQclear(res);
    if (!found)
        return ERR_NOTFOUND;

    if (in->parent_id) {
        p.n = 0;
        params_i64(&p, in->parent_id);
        ret = run(c, ST_COMMENT_PARENT, &p, &res);
        if (ret)
            return ret;
        if (PQntuples(res) == 0) {
            PQclear(res);
            return ERR_NOTFOUND;
        }
        int64_t parent_article = col_i64(res, 0, 0);
        snprintf(parent_number, sizeof(parent_number), "%s",
                 PQgetvalue(res, 0, 1));
        snprintf(parent_key, sizeof(parent_key), "%s", PQgetvalue(res, 0, 2));
        depth = (int)col_i64(res, 0, 3) + 1;
        PQclear(res);
        if (parent_article != in->article_id)
            return ERR_INVALID;
        ret = next_seq(c, ST_COMMENT_NEXT_CHILD, in->parent_id, &seq);
    } else {
        ret = next_seq(c, ST_COMMENT_NEXT_TOP, in->article_id, &seq);
    }
    if (ret)
        return ret;
    int n1, n2;
    if (in->parent_id) {
        n1 = snprintf(in->number, sizeof(in->number), "%s.%lld", parent_number,
                      (long long)seq);
        n2 = snprintf(sort_key, sizeof(sort_key), "%s.%06lld", parent_key,
                      (long long)seq);
    } else {
        n1 = snprintf(in->number, sizeof(in->number), "%lld", (long long)seq);
        n2 = snprintf(sort_key, sizeof(sort_key), "%06lld", (long long)seq);
    }
    if (n1 >= (int)sizeof(in->number) || n2 >= (int)sizeof(sort_key))
        return ERR_TOOBIG; /* nested deeper than numbers can say */
    in->depth = depth;

    p.n = 0;
    params_i64(&p, in->article_id);
    if (in->parent_id)
        params_i64(&p, in->parent_id);
    else
        p.values[p.n++] = NULL;
    params_text(&p, in->number);
    params_i64(&p, seq);
    params_i64(&p, depth);
    params_text(&p, sort_key);
    params_i64(&p, (int64_t)in->status);
    params_i64(&p, (int64_t)in->author_kind);
    params_text(&p, in->author_hash);
    params_text(&p, in->author_name);
    params_i64(&p, in->created);
    params_text(&p, in->body);
    params_text(&p, in->reason);
    params_text_or_null(&p, in->source_id);
    params_i64(&p, in->mod_edited ? 1 : 0);
    params_text(&p, in->screen);
    /* a comment published as it is stored is public from then on */
    params_i64(&p, in->was_public || in->status == COMMENT_VISIBLE ? 1 : 0);
    if (in->tz_known)
        params_i64(&p, in->tz_offset_min);
    else
        p.values[p.n++] = NULL;
    ret = run(c, ST_COMMENT_INSERT, &p, &res);
    if (ret)
        return ret;
    in->id = col_i64(res, 0, 0);
    PQclear(res);

    p.n = 0;
    params_i64(&p, in->article_id);
    return run_done(c, ST_ARTICLE_BUMP, &p);
}

static int pg_comment_insert(struct store *s, struct comment *in)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, insert_numbered(c, in));
}

/* --- Staff accounts and sessions ------------------------------------- */

static int read_user(const PGresult *res, int row, int col, struct arena *a,
                     struct user *u)
{
    u->id = col_i64(res, row, col);
    u->name = col_text(res, row, col + 1, a);
    u->name_key = col_text(res, row, col + 2, a);
    u->role = (enum role)col_i64(res, row, col + 3);
    u->pwhash = col_text(res, row, col + 4, a);
    u->created = col_i64(res, row, col + 5);
    return u->name && u->name_key && u->pwhash ? 0 : ERR_NOMEM;
}

/* read_user_row is a row_reader_fn for a struct user (USER_COLS). */
static int read_user_row(const PGresult *res, int row, struct arena *a,
                         void *out)
{
    return read_user(res, row, 0, a, out);
}

static int pg_user_insert(struct store *s, const struct user *u, int64_t *id)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, u->name);
    params_text(&p, u->name_key);
    params_i64(&p, (int64_t)u->role);
    params_text(&p, u->pwhash);
    params_i64(&p, u->created);
    return write_one(c, ST_USER_INSERT, &p, NULL, id);
}

static int pg_user_by_name(struct store *s, const char *name_key,
                           struct arena *a, struct user *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, name_key);
    return read_one(c, ST_USER_BY_NAME, &p, a, read_user_row, out);
}

static int pg_user_list(struct store *s, struct arena *a, struct user **out,
                        size_t *n)
{
    CONN_OR_FAIL(s, c);
    return read_rows(c, ST_USER_LIST, NULL, a, sizeof(**out), read_user_row,
                     (void **)out, n);
}

static int user_delete_body(struct pg_conn *c, const char *name_key)
{
    struct pg_params p = {0};
    params_text(&p, name_key);
    int ret = run_done(c, ST_SESSION_DELETE_USER, &p);
    if (ret)
        return ret;
    return run_touching(c, ST_USER_DELETE, &p);
}

static int pg_user_delete(struct store *s, const char *name_key)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, user_delete_body(c, name_key));
}

static int set_password_body(struct pg_conn *c, const char *name_key,
                             const char *pwhash)
{
    struct pg_params p = {0};
    params_text(&p, name_key);
    params_text(&p, pwhash);
    int ret = run_touching(c, ST_USER_PASSWD, &p);
    if (ret)
        return ret;
    /* a new password ends every session of the account */
    p.n = 1;
    return run_done(c, ST_SESSION_DELETE_USER, &p);
}

static int pg_user_set_password(struct store *s, const char *name_key,
                                const char *pwhash)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, set_password_body(c, name_key, pwhash));
}

static int set_role_body(struct pg_conn *c, const char *name_key,
                         enum role role)
{
    struct pg_params p = {0};
    params_text(&p, name_key);
    params_i64(&p, (int64_t)role);
    int ret = run_touching(c, ST_USER_ROLE, &p);
    if (ret)
        return ret;
    /* rights change only at the next login: a cached role cannot outlive
     * the change */
    p.n = 1;
    return run_done(c, ST_SESSION_DELETE_USER, &p);
}

static int pg_user_set_role(struct store *s, const char *name_key,
                            enum role role)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, set_role_body(c, name_key, role));
}

/*
 * pg_user_lock_admins: see store.h. Under READ COMMITTED a transaction
 * that waited here for another's lock goes on with the rows as that one
 * committed them (an admin demoted meanwhile is no longer among them),
 * and its next statement reads them so too.
 */
static int pg_user_lock_admins(struct store *s)
{
    CONN_OR_FAIL(s, c);
    if (!c->in_tx)
        return ERR_INVALID; /* the locks would go with the statement */
    struct pg_params p = {0};
    params_i64(&p, ROLE_ADMIN);
    PGresult *res;
    int ret = run(c, ST_USER_LOCK_ADMINS, &p, &res);
    if (ret == 0)
        PQclear(res);
    return ret;
}

static int pg_session_insert(struct store *s, const struct session *se)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, se->id_hash);
    params_i64(&p, se->user_id);
    params_text(&p, se->csrf);
    params_i64(&p, se->created);
    params_i64(&p, se->last_seen);
    return write_one(c, ST_SESSION_INSERT, &p, NULL, NULL);
}

/* read_session is a row_reader_fn for a struct session and its user. */
static int read_session(const PGresult *res, int row, struct arena *a,
                        void *out)
{
    struct session *se = out;
    se->id_hash = col_text(res, row, 0, a);
    se->user_id = col_i64(res, row, 1);
    se->csrf = col_text(res, row, 2, a);
    se->created = col_i64(res, row, 3);
    se->last_seen = col_i64(res, row, 4);
    int ret = read_user(res, row, 5, a, &se->user);
    if (!se->id_hash || !se->csrf)
        ret = ERR_NOMEM;
    return ret;
}

static int pg_session_get(struct store *s, const char *id_hash, struct arena *a,
                          struct session *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, id_hash);
    return read_one(c, ST_SESSION_GET, &p, a, read_session, out);
}

static int pg_session_touch(struct store *s, const char *id_hash, int64_t now)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, id_hash);
    params_i64(&p, now);
    return write_one(c, ST_SESSION_TOUCH, &p, NULL, NULL);
}

static int pg_session_delete(struct store *s, const char *id_hash)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, id_hash);
    return write_one(c, ST_SESSION_DELETE, &p, NULL, NULL);
}

static int pg_login_failure_add(struct store *s, const char *name_key,
                                const char *client, int64_t at,
                                int64_t forget_before)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, name_key);
    params_text(&p, client);
    params_i64(&p, at);
    params_i64(&p, forget_before);
    return write_one(c, ST_LOGIN_FAIL_ADD, &p, NULL, NULL);
}

static int pg_login_failure_count(struct store *s, const char *name_key,
                                  const char *client, int64_t since,
                                  int64_t *account, int64_t *by_client)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, name_key);
    params_i64(&p, since);
    params_text(&p, client);
    return read_numbers(c, ST_LOGIN_FAIL_COUNT, &p, account, by_client);
}

/* --- Moderation ------------------------------------------------------ */

static int audit_insert(struct pg_conn *c, const struct audit_entry *e)
{
    struct pg_params p = {0};
    params_i64(&p, e->at);
    params_text(&p, e->actor);
    params_i64(&p, e->comment_id);
    params_i64(&p, e->article_id);
    params_text(&p, e->action);
    params_i64(&p, e->from_status);
    params_i64(&p, e->to_status);
    params_text(&p, e->reason);
    params_text(&p, e->note);
    return run_done(c, ST_AUDIT_ADD, &p);
}

static int bump_article(struct pg_conn *c, int64_t article_id)
{
    struct pg_params p = {0};
    params_i64(&p, article_id);
    return run_done(c, ST_ARTICLE_BUMP, &p);
}

/*
 * transition_body does the work of a transition inside a transaction. The
 * status is read with a row lock, so of two moderators acting on one
 * comment at once the second waits, then sees the new status and gets
 * ERR_CONFLICT, exactly as SQLite's single writer gives.
 */
static int transition_body(struct pg_conn *c, const struct transition *t)
{
    struct pg_params p = {0};
    PGresult *res;
    params_i64(&p, t->comment_id);
    int ret = run(c, ST_COMMENT_STATUS, &p, &res);
    if (ret)
        return ret;
    if (PQntuples(res) == 0) {
        PQclear(res);
        return ERR_NOTFOUND;
    }
    int status = (int)col_i64(res, 0, 0);
    int64_t article_id = col_i64(res, 0, 1);
    bool was_public = col_i64(res, 0, 2) != 0;
    PQclear(res);
    if (status != (int)t->from)
        return ERR_CONFLICT;
    /* published since it was read: readers saw it, it keeps a tombstone */
    if (t->to == COMMENT_WITHDRAWN && was_public)
        return ERR_CONFLICT;

    p.n = 0;
    params_i64(&p, t->comment_id);
    params_i64(&p, (int64_t)t->to);
    params_text(&p, t->reason);
    p.values[p.n++] = t->new_body; /* NULL keeps the body */
    params_i64(&p, t->mod_edited ? 1 : 0);
    params_i64(&p, t->clear_reports ? 1 : 0);
    p.values[p.n++] = t->new_screen; /* NULL keeps the screening data */
    ret = run_done(c, ST_COMMENT_UPDATE, &p);
    if (ret)
        return ret;
    if (t->clear_reports) {
        p.n = 0;
        params_i64(&p, t->comment_id);
        ret = run_done(c, ST_REPORTS_UNCOUNT, &p);
        if (ret)
            return ret;
    }
    if (t->erase_identity) {
        p.n = 0;
        params_i64(&p, t->comment_id);
        ret = run_done(c, ST_COMMENT_ERASE, &p);
        if (ret)
            return ret;
    }
    if (t->erase_identity || t->erase_report_reasons) {
        p.n = 0;
        params_i64(&p, t->comment_id);
        ret = run_done(c, ST_REPORTS_ERASE, &p);
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

/*
 * NEEDSWORK: a purge erases the text from the live row, but PostgreSQL
 * keeps the old row version until VACUUM reclaims it, and the WAL (and any
 * archive or replica) keeps it until recycled. Sites with legal erasure
 * duties need autovacuum tuned and WAL retention bounded; see
 * docs/scaling.md.
 */
static int pg_comment_transition(struct store *s, const struct transition *t)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, transition_body(c, t));
}

static int pg_audit_add(struct store *s, const struct audit_entry *e)
{
    CONN_OR_FAIL(s, c);
    int ret = write_begin(c);
    if (ret)
        return ret;
    return write_end(c, audit_insert(c, e));
}

/* read_audit is a row_reader_fn for a struct audit_entry (AUDIT_SELECT). */
static int read_audit(const PGresult *res, int row, struct arena *a, void *out)
{
    struct audit_entry *e = out;
    e->id = col_i64(res, row, 0);
    e->at = col_i64(res, row, 1);
    e->actor = col_text(res, row, 2, a);
    e->comment_id = col_i64(res, row, 3);
    e->article_id = col_i64(res, row, 4);
    e->number = col_text(res, row, 5, a);
    e->action = col_text(res, row, 6, a);
    e->from_status = (int)col_i64(res, row, 7);
    e->to_status = (int)col_i64(res, row, 8);
    e->reason = col_text(res, row, 9, a);
    e->note = col_text(res, row, 10, a);
    if (!e->actor || !e->number || !e->action || !e->reason || !e->note)
        return ERR_NOMEM;
    return 0;
}

static int pg_audit_list(struct store *s, int64_t comment_id, int limit,
                         struct arena *a, struct audit_entry **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, limit);
    if (comment_id)
        params_i64(&p, comment_id);
    return read_rows(c, comment_id ? ST_AUDIT_LIST_COMMENT : ST_AUDIT_LIST, &p,
                     a, sizeof(**out), read_audit, (void **)out, n);
}

/* queue_params binds a queue query's article and reason ($1, $2). */
static void queue_params(struct pg_params *p, const struct queue_query *q)
{
    params_i64(p, q->article_id);
    params_i64(p, (int64_t)q->why);
}

static int pg_queue_page(struct store *s, const struct queue_query *q,
                         struct arena *a, struct comment **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    queue_params(&p, q);
    params_i64(&p, q->after_created);
    params_i64(&p, q->after_id);
    params_i64(&p, q->limit);
    params_i64(&p, q->offset);
    return read_rows(c, q->newest_first ? ST_QUEUE_NEWEST : ST_QUEUE_OLDEST, &p,
                     a, sizeof(**out), read_comment, (void **)out, n);
}

static int pg_queue_count(struct store *s, const struct queue_query *q,
                          int64_t *total)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    queue_params(&p, q);
    return read_numbers(c, ST_QUEUE_COUNT, &p, total, NULL);
}

static int report_body(struct pg_conn *c, const struct report_new *r,
                       int64_t *count, int64_t *counted)
{
    struct pg_params p = {0};
    PGresult *res;
    params_i64(&p, r->comment_id);
    params_text(&p, r->reporter_hash);
    params_text(&p, r->reason);
    params_i64(&p, r->at);
    params_text(&p, r->client_hash ? r->client_hash : "");
    params_i64(&p, r->may_count ? 1 : 0);
    int ret = run_done(c, ST_REPORT_ADD, &p);
    if (ret)
        return ret;
    p.n = 1;
    ret = run(c, ST_REPORT_BUMP, &p, &res);
    if (ret)
        return ret;
    if (PQntuples(res) == 0) {
        PQclear(res);
        return ERR_NOTFOUND;
    }
    *count = col_i64(res, 0, 0);
    int64_t article_id = col_i64(res, 0, 1);
    PQclear(res);
    ret = read_numbers(c, ST_REPORT_COUNTED, &p, counted, NULL);
    if (ret)
        return ret;
    return bump_article(c, article_id);
}

static int pg_report_add(struct store *s, const struct report_new *r,
                         int64_t *count, int64_t *counted)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c, report_body(c, r, count, counted));
}

static int reports_restore_body(struct pg_conn *c, int64_t comment_id,
                                const struct report *rs, size_t n,
                                int64_t report_count)
{
    struct pg_params p = {0};
    PGresult *res;
    params_i64(&p, comment_id);
    params_i64(&p, report_count);
    int ret = run(c, ST_REPORT_COUNT_SET, &p, &res);
    if (ret)
        return ret;
    int found = PQntuples(res);
    PQclear(res);
    if (!found)
        return ERR_NOTFOUND;
    for (size_t i = 0; ret == 0 && i < n; i++) {
        char key[32];
        snprintf(key, sizeof(key), STORE_BACKUP_REPORTER_PREFIX "%zu", i + 1);
        struct pg_params q = {0};
        params_i64(&q, comment_id);
        params_text(&q, key);
        params_text(&q, rs[i].reason);
        params_i64(&q, rs[i].at);
        params_i64(&q, rs[i].counted ? 1 : 0);
        ret = run_done(c, ST_REPORT_RESTORE, &q);
    }
    return ret;
}

static int pg_reports_restore(struct store *s, int64_t comment_id,
                              const struct report *rs, size_t n,
                              int64_t report_count)
{
    CONN_OR_FAIL(s, c);
    int ret = atomic_begin(c);
    if (ret)
        return ret;
    return atomic_end(c,
                      reports_restore_body(c, comment_id, rs, n, report_count));
}

/* read_report is a row_reader_fn for a struct report. */
static int read_report(const PGresult *res, int row, struct arena *a, void *out)
{
    struct report *r = out;
    r->comment_id = col_i64(res, row, 0);
    r->reason = col_text(res, row, 1, a);
    r->at = col_i64(res, row, 2);
    r->counted = col_i64(res, row, 3) != 0;
    return r->reason ? 0 : ERR_NOMEM;
}

static int pg_report_list(struct store *s, int64_t comment_id, struct arena *a,
                          struct report **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, comment_id);
    return read_rows(c, ST_REPORT_LIST, &p, a, sizeof(**out), read_report,
                     (void **)out, n);
}

static int pg_ban_add(struct store *s, const struct ban *b)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, b->author_hash);
    params_i64(&p, b->until);
    params_i64(&p, b->created);
    params_text(&p, b->actor);
    params_i64(&p, b->comment_id);
    return write_one(c, ST_BAN_ADD, &p, NULL, NULL);
}

/* read_ban is a row_reader_fn for a struct ban. */
static int read_ban(const PGresult *res, int row, struct arena *a, void *out)
{
    struct ban *b = out;
    b->id = col_i64(res, row, 0);
    b->author_hash = col_text(res, row, 1, a);
    b->until = col_i64(res, row, 2);
    b->created = col_i64(res, row, 3);
    b->actor = col_text(res, row, 4, a);
    b->comment_id = col_i64(res, row, 5);
    return b->author_hash && b->actor ? 0 : ERR_NOMEM;
}

static int pg_ban_active(struct store *s, const char *author_hash, int64_t now,
                         struct arena *a, struct ban *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, author_hash);
    params_i64(&p, now);
    return read_one(c, ST_BAN_ACTIVE, &p, a, read_ban, out);
}

static int pg_ban_list(struct store *s, int64_t now, struct arena *a,
                       struct ban **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, now);
    return read_rows(c, ST_BAN_LIST, &p, a, sizeof(**out), read_ban,
                     (void **)out, n);
}

static int pg_ban_lift(struct store *s, int64_t id, int64_t now,
                       struct arena *a, struct ban *out)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, id);
    params_i64(&p, now);
    int ret = read_one(c, ST_BAN_GET_ACTIVE, &p, a, read_ban, out);
    if (ret)
        return ret;
    struct pg_params q = {0};
    params_text(&q, out->author_hash);
    params_i64(&q, now);
    return write_one(c, ST_BAN_END, &q, NULL, NULL);
}

static int pg_comments_by_author(struct store *s, const char *author_hash,
                                 struct arena *a, struct comment **out,
                                 size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, author_hash);
    return read_rows(c, ST_BY_AUTHOR, &p, a, sizeof(**out), read_comment,
                     (void **)out, n);
}

static int pg_comments_by_author_page(struct store *s, const char *author_hash,
                                      int64_t before_id, int64_t limit,
                                      struct arena *a, struct comment **out,
                                      size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, author_hash);
    params_i64(&p, before_id);
    params_i64(&p, limit);
    return read_rows(c, ST_BY_AUTHOR_PAGE, &p, a, sizeof(**out), read_comment,
                     (void **)out, n);
}

/* author_numbers runs statement id, whose $1 is an author hash and whose
 * one row holds two numbers. */
static int author_numbers(struct store *s, enum stmt_id id,
                          const char *author_hash, int64_t *first,
                          int64_t *second)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, author_hash);
    return read_numbers(c, id, &p, first, second);
}

static int pg_author_comment_counts(struct store *s, const char *author_hash,
                                    int64_t *live, int64_t *gone,
                                    int64_t *withdrawn)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_text(&p, author_hash);
    PGresult *res;
    int ret = run(c, ST_AUTHOR_COUNTS, &p, &res);
    if (ret)
        return ret;
    *live = col_i64(res, 0, 0);
    *gone = col_i64(res, 0, 1);
    *withdrawn = col_i64(res, 0, 2);
    PQclear(res);
    return 0;
}

static int pg_author_record(struct store *s, const char *author_hash,
                            int64_t *visible, int64_t *removed)
{
    return author_numbers(s, ST_AUTHOR_RECORD, author_hash, visible, removed);
}

/* read_by_ids runs statement id, whose $1 is an array of ids, and reads
 * its rows as read_rows does. */
static int read_by_ids(struct pg_conn *c, enum stmt_id id, const int64_t *ids,
                       size_t n, struct arena *a, size_t elem,
                       row_reader_fn read, void **out, size_t *nout)
{
    struct buf keys;
    int ret = store_keys_ids(&keys, ids, n, true);
    if (ret == 0) {
        struct pg_params p = {0};
        params_text(&p, keys.data);
        ret = read_rows(c, id, &p, a, elem, read, out, nout);
    }
    buf_release(&keys);
    return ret;
}

static int pg_articles_by_ids(struct store *s, const int64_t *ids, size_t n,
                              struct arena *a, struct article **out,
                              size_t *nout)
{
    CONN_OR_FAIL(s, c);
    return read_by_ids(c, ST_ARTICLES_BY_IDS, ids, n, a, sizeof(**out),
                       read_article, (void **)out, nout);
}

static int pg_comments_by_ids(struct store *s, const int64_t *ids, size_t n,
                              struct arena *a, struct comment **out,
                              size_t *nout)
{
    CONN_OR_FAIL(s, c);
    return read_by_ids(c, ST_COMMENTS_BY_IDS, ids, n, a, sizeof(**out),
                       read_comment, (void **)out, nout);
}

static int pg_reports_of(struct store *s, const int64_t *comment_ids, size_t n,
                         struct arena *a, struct report **out, size_t *nout)
{
    CONN_OR_FAIL(s, c);
    return read_by_ids(c, ST_REPORTS_OF, comment_ids, n, a, sizeof(**out),
                       read_report, (void **)out, nout);
}

static int pg_bans_of(struct store *s, const char *const *hashes, size_t n,
                      int64_t now, struct arena *a, struct ban **out,
                      size_t *nout)
{
    CONN_OR_FAIL(s, c);
    struct buf keys;
    int ret = store_keys_texts(&keys, hashes, n, true);
    if (ret == 0) {
        struct pg_params p = {0};
        params_text(&p, keys.data);
        params_i64(&p, now);
        ret = read_rows(c, ST_BANS_OF, &p, a, sizeof(**out), read_ban,
                        (void **)out, nout);
    }
    buf_release(&keys);
    return ret;
}

/* A hash of a batched read and where it stood in the caller's list. */
struct keyed {
    const char *hash;
    size_t i;
};

static int keyed_order(const void *x, const void *y)
{
    return strcmp(((const struct keyed *)x)->hash,
                  ((const struct keyed *)y)->hash);
}

static int pg_author_records(struct store *s, const char *const *hashes,
                             size_t n, int64_t *visible, int64_t *removed)
{
    CONN_OR_FAIL(s, c);
    struct buf keys;
    PGresult *res = NULL;
    struct keyed *by = NULL;
    int ret = store_keys_texts(&keys, hashes, n, true);
    if (ret)
        goto out;
    /* the rows come by hash: sorted, the list finds each one's places */
    by = malloc(n * sizeof(*by));
    if (!by) {
        ret = ERR_NOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        by[i] = (struct keyed){.hash = hashes[i] ? hashes[i] : "", .i = i};
    qsort(by, n, sizeof(*by), keyed_order);
    struct pg_params p = {0};
    params_text(&p, keys.data);
    ret = run(c, ST_AUTHOR_RECORDS, &p, &res);
    if (ret)
        goto out;
    for (int row = 0; row < PQntuples(res); row++) {
        struct keyed key = {.hash = PQgetvalue(res, row, 0)};
        struct keyed *hit = bsearch(&key, by, n, sizeof(*by), keyed_order);
        if (!hit)
            continue;
        while (hit > by && strcmp(hit[-1].hash, key.hash) == 0)
            hit--;
        for (; hit < by + n && strcmp(hit->hash, key.hash) == 0; hit++) {
            visible[hit->i] = col_i64(res, row, 1);
            removed[hit->i] = col_i64(res, row, 2);
        }
    }
out:
    PQclear(res);
    free(by);
    buf_release(&keys);
    return ret;
}

static int pg_article_update(struct store *s, const struct article *in)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    int64_t rows = 0;
    params_i64(&p, in->id);
    params_article(&p, in);
    params_i64(&p, in->discussion);
    params_text(&p, in->external_url);
    int ret = write_one(c, ST_ARTICLE_UPDATE, &p, &rows, NULL);
    if (ret == 0 && rows == 0)
        ret = ERR_NOTFOUND;
    return ret;
}

static int pg_recent_activity(struct store *s, int64_t article_id,
                              int64_t since, int64_t *comments,
                              int64_t *new_readers)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, article_id);
    params_i64(&p, since);
    return read_numbers(c, ST_RECENT, &p, comments, new_readers);
}

/* PostgreSQL manages its own WAL; there is nothing to flush by hand. */
static int pg_checkpoint(struct store *s)
{
    return 0;
}

static int pg_article_by_former_path(struct store *s, const char *path,
                                     struct arena *a, struct article *out)
{
    return article_one(s, ST_ARTICLE_BY_FORMER, path, 0, a, out);
}

static int read_former_path(const PGresult *res, int row, struct arena *a,
                            void *out)
{
    struct former_path *o = out;
    o->path = col_text(res, row, 0, a);
    o->created = col_i64(res, row, 1);
    return o->path ? 0 : ERR_NOMEM;
}

static int pg_former_paths(struct store *s, int64_t article_id, struct arena *a,
                           struct former_path **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, article_id);
    params_i64(&p, STORE_FORMER_PATHS_MAX);
    return read_rows(c, ST_FORMER_PATHS, &p, a, sizeof(**out), read_former_path,
                     (void **)out, n);
}

static int pg_former_path_add(struct store *s, int64_t article_id,
                              const char *path, int64_t created)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    int64_t rows = 0;
    params_text(&p, path);
    params_i64(&p, article_id);
    params_i64(&p, created);
    int ret = write_one(c, ST_FORMER_PATH_ADD, &p, &rows, NULL);
    if (ret == 0 && rows == 0)
        ret = ERR_CONFLICT;
    return ret;
}

static int pg_comments_newest(struct store *s, int64_t limit, struct arena *a,
                              struct comment **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, limit);
    return read_rows(c, ST_COMMENTS_NEWEST, &p, a, sizeof(**out), read_comment,
                     (void **)out, n);
}

static int read_newest_key(const PGresult *res, int row, struct arena *a,
                           void *out)
{
    (void)a;
    struct store_newest_key *k = out;
    k->comment_id = col_i64(res, row, 0);
    k->article_id = col_i64(res, row, 1);
    k->article_version = col_i64(res, row, 2);
    return 0;
}

static int pg_comments_newest_keys(struct store *s, int64_t limit,
                                   struct arena *a,
                                   struct store_newest_key **out, size_t *n)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, limit);
    return read_rows(c, ST_COMMENTS_NEWEST_KEYS, &p, a, sizeof(**out),
                     read_newest_key, (void **)out, n);
}

static int read_comment_time(const PGresult *res, int row, struct arena *a,
                             void *out)
{
    (void)a;
    struct store_comment_time *t = out;
    t->id = col_i64(res, row, 0);
    t->created = col_i64(res, row, 1);
    return 0;
}

static int pg_comments_tz_unknown(struct store *s, int64_t after_id,
                                  int64_t limit, struct arena *a,
                                  struct store_comment_time **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    params_i64(&p, limit);
    params_i64(&p, after_id);
    return read_rows(c, ST_COMMENTS_TZ_UNKNOWN, &p, a, sizeof(**out),
                     read_comment_time, (void **)out, n);
}

static int pg_comment_tz_set(struct store *s, int64_t id, int offset_min)
{
    CONN_OR_FAIL(s, c);
    struct pg_params p = {0};
    int64_t rows = 0;
    params_i64(&p, id);
    params_i64(&p, offset_min);
    return write_one(c, ST_COMMENT_TZ_SET, &p, &rows, NULL);
}

static const struct store_ops pg_ops = {
    .name = "postgres",
    .close = pg_close,
    .begin = pg_begin,
    .commit = pg_commit,
    .rollback = pg_rollback,
    .ping = pg_ping,
    .batched = pg_batched,
    .setting_get = pg_setting_get,
    .setting_set = pg_setting_set,
    .setting_add = pg_setting_add,
    .setting_swap = pg_setting_swap,
    .bulk_mode = pg_bulk_mode,
    .article_insert = pg_article_insert,
    .article_get = pg_article_get,
    .article_by_path = pg_article_by_path,
    .article_by_source = pg_article_by_source,
    .article_by_external_url = pg_article_by_external_url,
    .article_list = pg_article_list,
    .article_count = pg_article_count,
    .comment_insert = pg_comment_insert,
    .comment_get = pg_comment_get,
    .comment_by_source = pg_comment_by_source,
    .comment_by_created = pg_comment_by_created,
    .comment_by_number = pg_comment_by_number,
    .comment_list = pg_comment_list,
    .user_insert = pg_user_insert,
    .user_by_name = pg_user_by_name,
    .user_list = pg_user_list,
    .user_delete = pg_user_delete,
    .user_set_password = pg_user_set_password,
    .user_set_role = pg_user_set_role,
    .user_lock_admins = pg_user_lock_admins,
    .session_insert = pg_session_insert,
    .session_get = pg_session_get,
    .session_touch = pg_session_touch,
    .session_delete = pg_session_delete,
    .login_failure_add = pg_login_failure_add,
    .login_failure_count = pg_login_failure_count,
    .comment_transition = pg_comment_transition,
    .audit_add = pg_audit_add,
    .audit_list = pg_audit_list,
    .queue_page = pg_queue_page,
    .queue_count = pg_queue_count,
    .report_add = pg_report_add,
    .reports_restore = pg_reports_restore,
    .report_list = pg_report_list,
    .ban_add = pg_ban_add,
    .ban_active = pg_ban_active,
    .ban_list = pg_ban_list,
    .ban_lift = pg_ban_lift,
    .author_record = pg_author_record,
    .comments_by_author = pg_comments_by_author,
    .comments_by_author_page = pg_comments_by_author_page,
    .author_comment_counts = pg_author_comment_counts,
    .article_update = pg_article_update,
    .checkpoint = pg_checkpoint,
    .recent_activity = pg_recent_activity,
    .articles_by_ids = pg_articles_by_ids,
    .comments_by_ids = pg_comments_by_ids,
    .author_records = pg_author_records,
    .reports_of = pg_reports_of,
    .bans_of = pg_bans_of,
    .setting_list = pg_setting_list,
    .article_by_former_path = pg_article_by_former_path,
    .former_paths = pg_former_paths,
    .former_path_add = pg_former_path_add,
    .comments_newest = pg_comments_newest,
    .comments_newest_keys = pg_comments_newest_keys,
    .comments_tz_unknown = pg_comments_tz_unknown,
    .comment_tz_set = pg_comment_tz_set,
};
