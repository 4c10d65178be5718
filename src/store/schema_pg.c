/*
 * schema_pg.c - the SQL of every migration, PostgreSQL dialect. Migration N
 * here must describe the same tables as migration N in schema_sqlite.c
 * (see that file for what each table holds), so one schema version means
 * the same on both backends.
 *
 * Dialect notes: SQLite's INTEGER PRIMARY KEY is BIGSERIAL here, and every
 * column that holds an int64 in C (ids, Unix times, counts) is BIGINT;
 * small enums stay INTEGER. Booleans stay INTEGER 0/1 as in SQLite, so the
 * C code reads the same values from both. The thread index sorts sort_key
 * with COLLATE "C" (byte order), the order SQLite uses, whatever the
 * database's locale; pg.c asks for that collation in its ORDER BY.
 */
#include "store/schema.h"

/*
 * Migration 7's repair of text saved before CR LF became LF (see the
 * SQLite dialect). U+FFFD is written as its UTF-8 bytes, grouped, so a run
 * is matched whatever the database's encoding.
 */
#define LF_LINES(text)                                                         \
    "replace(replace(" text ", chr(13) || chr(10), chr(10)), chr(13), "        \
    "chr(10))"
#define REPAIR_ARTICLE_BODIES                                                  \
    "UPDATE articles SET body = " LF_LINES(                                    \
        "regexp_replace(body, '(\xef\xbf\xbd)+\r\n', chr(13) || chr(10), "     \
        "'g')") ", version = version + 1 WHERE strpos(body, chr(13)) > 0;"
#define REPAIR_SETTINGS                                                        \
    "UPDATE settings SET value = regexp_replace(" LF_LINES(                    \
        "value") ", '(\xef\xbf\xbd)+\n', chr(10), 'g') WHERE strpos(value, "   \
                 "chr(13)) > 0 OR strpos(value, '\xef\xbf\xbd\n') > 0;"

const char *const schema_pg[] = {
    /* 1: articles, comments, settings */
    "CREATE TABLE settings ("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL);"
    "CREATE TABLE articles ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL,"
    "  byline TEXT NOT NULL DEFAULT '',"
    "  published BIGINT NOT NULL DEFAULT 0,"
    "  is_published INTEGER NOT NULL DEFAULT 1,"
    "  body TEXT NOT NULL DEFAULT '',"
    "  lead_image TEXT NOT NULL DEFAULT '',"
    "  lead_caption TEXT NOT NULL DEFAULT '',"
    "  labels TEXT NOT NULL DEFAULT '',"
    "  source_id TEXT UNIQUE,"
    "  external_url TEXT NOT NULL DEFAULT '',"
    "  discussion INTEGER NOT NULL DEFAULT 0,"
    "  version BIGINT NOT NULL DEFAULT 1);"
    "CREATE TABLE comments ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  article_id BIGINT NOT NULL REFERENCES articles(id),"
    "  parent_id BIGINT REFERENCES comments(id),"
    "  number TEXT NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  depth INTEGER NOT NULL,"
    "  sort_key TEXT NOT NULL,"
    "  status INTEGER NOT NULL,"
    "  author_kind INTEGER NOT NULL,"
    "  author_hash TEXT NOT NULL DEFAULT '',"
    "  author_name TEXT NOT NULL DEFAULT '',"
    "  created BIGINT NOT NULL,"
    "  body TEXT NOT NULL DEFAULT '',"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  source_id TEXT UNIQUE,"
    "  mod_edited INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (article_id, number));"
    "CREATE INDEX comments_thread ON comments(article_id, sort_key COLLATE "
    "\"C\");"
    "CREATE INDEX comments_parent ON comments(parent_id, seq);"
    "CREATE INDEX comments_created ON comments(article_id, created);",

    /* 2: staff, sessions, moderation */
    "ALTER TABLE comments ADD COLUMN screen TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE comments ADD COLUMN report_count BIGINT NOT NULL DEFAULT 0;"
    "CREATE INDEX comments_status ON comments(status, created);"
    "CREATE INDEX comments_author ON comments(author_hash);"
    "CREATE TABLE users ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  name_key TEXT NOT NULL UNIQUE,"
    "  role INTEGER NOT NULL,"
    "  pwhash TEXT NOT NULL,"
    "  created BIGINT NOT NULL);"
    "CREATE TABLE sessions ("
    "  id_hash TEXT PRIMARY KEY,"
    "  user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  csrf TEXT NOT NULL,"
    "  created BIGINT NOT NULL,"
    "  last_seen BIGINT NOT NULL);"
    "CREATE TABLE login_failures ("
    "  name_key TEXT NOT NULL,"
    "  at BIGINT NOT NULL);"
    "CREATE INDEX login_failures_name ON login_failures(name_key, at);"
    "CREATE TABLE audit_log ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  at BIGINT NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  comment_id BIGINT NOT NULL DEFAULT 0,"
    "  article_id BIGINT NOT NULL DEFAULT 0,"
    "  action TEXT NOT NULL,"
    "  from_status INTEGER NOT NULL DEFAULT -1,"
    "  to_status INTEGER NOT NULL DEFAULT -1,"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX audit_comment ON audit_log(comment_id);"
    "CREATE TABLE reports ("
    "  comment_id BIGINT NOT NULL REFERENCES comments(id),"
    "  reporter_hash TEXT NOT NULL,"
    "  reason TEXT NOT NULL,"
    "  at BIGINT NOT NULL,"
    "  PRIMARY KEY (comment_id, reporter_hash));"
    "CREATE TABLE bans ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  author_hash TEXT NOT NULL,"
    "  until BIGINT NOT NULL,"
    "  created BIGINT NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  comment_id BIGINT NOT NULL DEFAULT 0);"
    "CREATE INDEX bans_author ON bans(author_hash);",

    /* 3: indexes for large sites: the next top-level number of an
       article, and an article's visible-comment count, without walking
       the comments of every other article */
    "CREATE INDEX comments_top ON comments(article_id, parent_id, seq);"
    "CREATE INDEX comments_visible ON comments(article_id, status);",

    /* 4: each article keeps its visible-comment count (see the SQLite
       dialect) */
    "DROP INDEX comments_visible;"
    "ALTER TABLE articles ADD COLUMN visible_comments BIGINT NOT NULL "
    "DEFAULT 0;"
    "UPDATE articles SET visible_comments = (SELECT COUNT(*) FROM comments c "
    "WHERE c.article_id = articles.id AND c.status = 0);"
    "CREATE FUNCTION charla_count_comments() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.status = 0 THEN "
    "UPDATE articles SET visible_comments = visible_comments - 1 "
    "WHERE id = OLD.article_id; END IF; "
    "IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 0 THEN "
    "UPDATE articles SET visible_comments = visible_comments + 1 "
    "WHERE id = NEW.article_id; END IF; "
    "RETURN NULL; END $$;"
    "CREATE TRIGGER comments_count_insert AFTER INSERT ON comments "
    "FOR EACH ROW WHEN (NEW.status = 0) "
    "EXECUTE FUNCTION charla_count_comments();"
    "CREATE TRIGGER comments_count_delete AFTER DELETE ON comments "
    "FOR EACH ROW WHEN (OLD.status = 0) "
    "EXECUTE FUNCTION charla_count_comments();"
    "CREATE TRIGGER comments_count_update AFTER UPDATE OF status, article_id "
    "ON comments FOR EACH ROW WHEN ((OLD.status = 0) <> (NEW.status = 0) OR "
    "OLD.article_id <> NEW.article_id) "
    "EXECUTE FUNCTION charla_count_comments();",

    /* 5: the moderation queue reads a partial index of its own rows, in
       its order, instead of every published comment (see the SQLite
       dialect); the predicate is the queue query's QUEUE_WHERE in pg.c.
       The bans in force, for the bans page, without the expired ones. */
    "CREATE INDEX comments_queue ON comments(created, id) "
    "WHERE status IN (1, 2) OR (status = 0 AND report_count > 0);"
    "DROP INDEX comments_status;"
    "CREATE INDEX bans_in_force ON bans(until);",

    /* 6: the paths an article had before an editor changed it, kept by
       triggers in the writing transaction (see the SQLite dialect) */
    "CREATE TABLE former_paths ("
    "  path TEXT PRIMARY KEY,"
    "  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  created BIGINT NOT NULL);"
    "CREATE INDEX former_paths_article ON former_paths(article_id);"
    "CREATE FUNCTION charla_former_paths() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "DELETE FROM former_paths WHERE path = NEW.path; "
    "IF TG_OP = 'UPDATE' THEN "
    "DELETE FROM former_paths WHERE path = OLD.path; "
    "INSERT INTO former_paths(path, article_id, created) VALUES (OLD.path, "
    "OLD.id, floor(EXTRACT(EPOCH FROM now()))::bigint); END IF; "
    "RETURN NULL; END $$;"
    "CREATE TRIGGER former_paths_insert AFTER INSERT ON articles "
    "FOR EACH ROW EXECUTE FUNCTION charla_former_paths();"
    "CREATE TRIGGER former_paths_rename AFTER UPDATE OF path ON articles "
    "FOR EACH ROW WHEN (OLD.path <> NEW.path) "
    "EXECUTE FUNCTION charla_former_paths();",

    /* 7: text saved before CR LF became LF, repaired (see above) */
    REPAIR_ARTICLE_BODIES REPAIR_SETTINGS,

    /* 8: the visible comments by time, for the site-wide comments feed
       (see the SQLite dialect); the predicate is the feed query's
       (pg.c, ST_COMMENTS_NEWEST) */
    "CREATE INDEX comments_newest ON comments(created, id) "
    "WHERE status = 0;",

    /* 9: failed logins name the client too (see the SQLite dialect) */
    "ALTER TABLE login_failures ADD COLUMN client TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX login_failures_at ON login_failures(at);",

    /* 10: which reports count toward holding a comment (see the SQLite
       dialect) */
    "ALTER TABLE reports ADD COLUMN client_hash TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE reports ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;",

    /* 11: comments deleted while awaiting review become withdrawn (see
       the SQLite dialect) */
    "UPDATE comments SET status = 6, author_name = '', screen = '' "
    "WHERE status = 4 AND id IN (SELECT comment_id FROM audit_log "
    "WHERE action = 'delete' AND from_status IN (1, 2) AND to_status = 4);"
    "UPDATE reports SET reason = '' WHERE comment_id IN "
    "(SELECT id FROM comments WHERE status = 6);"
    "UPDATE articles SET version = version + 1 WHERE id IN "
    "(SELECT article_id FROM comments WHERE status = 6);",

    /* 12: whether readers could ever see a comment (see the SQLite
       dialect) */
    "ALTER TABLE comments ADD COLUMN was_public INTEGER NOT NULL DEFAULT "
    "1;" UNSEEN_COMMENTS_NEVER_PUBLIC,

    /* 13: withdrawn comments readers saw become "deleted by its author"
       tombstones (see the SQLite dialect) */
    SEEN_WITHDRAWALS_DELETED,

    /* 14: articles found by the page they discuss (see the SQLite
       dialect) */
    EXTERNAL_URL_INDEX,

    /* 15: the screening spans and report reasons of comments whose text
       is gone are erased (see the SQLite dialect) */
    GONE_TEXT_QUOTES_ERASED,

    /* 16: spam imported from Disqus or WordPress was never public (see
       the SQLite dialect) */
    IMPORTED_SPAM_NEVER_PUBLIC,

    /* 17: spam imported from Blogger was never public either (see the
       SQLite dialect) */
    BLOGGER_SPAM_NEVER_PUBLIC,

    /* 18: the offset of the site's zone when a comment was posted (see
       the SQLite dialect) */
    COMMENT_TZ_OFFSET,

    /* 19: an index of the comments whose offset is still to be filled in
       (see the SQLite dialect) */
    COMMENT_TZ_UNKNOWN_INDEX,
};
const size_t schema_pg_count = sizeof(schema_pg) / sizeof(schema_pg[0]);
