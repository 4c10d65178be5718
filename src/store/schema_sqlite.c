/*
 * schema_sqlite.c - the SQL of every migration, SQLite dialect.
 *
 * Tables:
 *   settings   site-wide key/value settings, including the site secret
 *              (the key of every keyed hash; it never leaves the database)
 *   articles   published and draft articles; version grows on every change
 *              to the article or its thread, and keys the page cache;
 *              visible_comments is kept by triggers on comments
 *   comments   every comment ever posted, tombstones included. number is
 *              permanent ("1.3"); seq is its index among its siblings;
 *              sort_key is the number with each part zero-padded to six
 *              digits, so ordering by it gives thread order. author_hash is
 *              a keyed hash of the reader token, never the token itself.
 *              screen holds the screening scores and spans (JSON) for the
 *              queue; report_count the reader reports. was_public (12)
 *              is 1 once the comment has been published (see there).
 *              tz_offset_min (18) is the UTC offset, in minutes, of the
 *              site's zone when the comment was posted or imported, by
 *              which its time references are read; NULL until charla
 *              fills it in (core/site.c) for rows older than 18.
 *   users      staff accounts; name_key is the name folded for comparison
 *              (reserved names); pwhash an argon2id string
 *   sessions   staff sessions by keyed hash of the cookie, with the CSRF
 *              token; expire after 12 h idle
 *   login_failures  failed logins, for the lock-out: the account's name
 *              key and (9) the client, a keyed hash that changes every
 *              day (core/staff.c); rows past the window are deleted
 *   audit_log  one row per moderator action: who, when, which comment,
 *              from -> to, reason, note
 *   reports    one per reader per comment; client_hash and counted
 *              (10) say whether it counts toward holding the comment
 *   bans       by reader token hash; until 0 means for good
 *   former_paths  (6) the paths an article answered at before an editor
 *              changed its path, so old links keep working (a redirect);
 *              created is when it stopped being the article's path
 *
 * Migrations 7 and 11 change data, not tables: see there.
 *
 * comments_newest (8) is a partial index over the visible comments, by
 * time, for the site-wide comments feed (store_comments_newest); its
 * predicate is that query's (tests/unit/test_sqlite_newest.c and
 * test_pg.c check the plans).
 *
 * comments_queue (5) is a partial index over the comments the moderation
 * queue can show; its predicate must stay the queue query's QUEUE_WHERE
 * term for term (tests/unit/test_sqlite_mod.c and test_pg.c check the
 * plans).
 */
#include "store/schema.h"

/*
 * Migration 7 repairs text saved from a textarea before the form decoder
 * turned CR LF into LF. The editor showed each stored CR as U+FFFD and
 * the browser sent it back, so every save of an article added a U+FFFD
 * before each line end, and a second save of a settings list turned each
 * word into "word" and a U+FFFD, which matches nothing (a banned word or a
 * protected name silently lost). In an article only a U+FFFD run right
 * before CR LF goes: that pair is what the bug wrote and nothing else
 * does. In a setting a U+FFFD run at the end of a line goes too (a list
 * saved once more after the decoder was fixed has no CR left), as no
 * setting means one there. Then CR LF and a lone CR become LF, as the
 * decoder does now. A repaired article's version moves, so no cache keeps
 * the old page. SQLite has no regular expressions: a recursive query
 * drops one U+FFFD of each run a step until none is left.
 */
#define DROP_FFFD_BEFORE(col, end)                                             \
    "(WITH RECURSIVE r(s) AS (SELECT " col " UNION ALL SELECT replace(s, "     \
    "char(65533, " end "), char(" end                                          \
    ")) FROM r WHERE instr(s, char(65533, " end                                \
    ")) > 0) SELECT s FROM r WHERE instr(s, char(65533, " end ")) = 0)"
#define LF_LINES(text)                                                         \
    "replace(replace(" text ", char(13, 10), char(10)), char(13), char(10))"
#define REPAIR_ARTICLE_BODIES                                                  \
    "UPDATE articles SET body = " LF_LINES(DROP_FFFD_BEFORE(                   \
        "articles.body", "13, 10")) ", version = version + 1 "                 \
                                    "WHERE instr(body, char(13)) > 0;"
#define REPAIR_SETTINGS                                                        \
    "UPDATE settings SET value = " DROP_FFFD_BEFORE(                           \
        LF_LINES("settings.value"),                                            \
        "10") " WHERE instr(value, char(13)) > 0 "                             \
              "OR instr(value, char(65533, 10)) > 0;"

const char *const schema_sqlite[] = {
    /* 1: articles, comments, settings */
    "CREATE TABLE settings ("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL);"
    "CREATE TABLE articles ("
    "  id INTEGER PRIMARY KEY,"
    "  path TEXT NOT NULL UNIQUE,"
    "  title TEXT NOT NULL,"
    "  byline TEXT NOT NULL DEFAULT '',"
    "  published INTEGER NOT NULL DEFAULT 0,"
    "  is_published INTEGER NOT NULL DEFAULT 1,"
    "  body TEXT NOT NULL DEFAULT '',"
    "  lead_image TEXT NOT NULL DEFAULT '',"
    "  lead_caption TEXT NOT NULL DEFAULT '',"
    "  labels TEXT NOT NULL DEFAULT '',"
    "  source_id TEXT UNIQUE,"
    "  external_url TEXT NOT NULL DEFAULT '',"
    "  discussion INTEGER NOT NULL DEFAULT 0,"
    "  version INTEGER NOT NULL DEFAULT 1);"
    "CREATE TABLE comments ("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id),"
    "  parent_id INTEGER REFERENCES comments(id),"
    "  number TEXT NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  depth INTEGER NOT NULL,"
    "  sort_key TEXT NOT NULL,"
    "  status INTEGER NOT NULL,"
    "  author_kind INTEGER NOT NULL,"
    "  author_hash TEXT NOT NULL DEFAULT '',"
    "  author_name TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL,"
    "  body TEXT NOT NULL DEFAULT '',"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  source_id TEXT UNIQUE,"
    "  mod_edited INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (article_id, number));"
    "CREATE INDEX comments_thread ON comments(article_id, sort_key);"
    "CREATE INDEX comments_parent ON comments(parent_id, seq);"
    "CREATE INDEX comments_created ON comments(article_id, created);",

    /* 2: staff, sessions, moderation */
    "ALTER TABLE comments ADD COLUMN screen TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE comments ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX comments_status ON comments(status, created);"
    "CREATE INDEX comments_author ON comments(author_hash);"
    "CREATE TABLE users ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  name_key TEXT NOT NULL UNIQUE,"
    "  role INTEGER NOT NULL,"
    "  pwhash TEXT NOT NULL,"
    "  created INTEGER NOT NULL);"
    "CREATE TABLE sessions ("
    "  id_hash TEXT PRIMARY KEY,"
    "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    "  csrf TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  last_seen INTEGER NOT NULL);"
    "CREATE TABLE login_failures ("
    "  name_key TEXT NOT NULL,"
    "  at INTEGER NOT NULL);"
    "CREATE INDEX login_failures_name ON login_failures(name_key, at);"
    "CREATE TABLE audit_log ("
    "  id INTEGER PRIMARY KEY,"
    "  at INTEGER NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  comment_id INTEGER NOT NULL DEFAULT 0,"
    "  article_id INTEGER NOT NULL DEFAULT 0,"
    "  action TEXT NOT NULL,"
    "  from_status INTEGER NOT NULL DEFAULT -1,"
    "  to_status INTEGER NOT NULL DEFAULT -1,"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX audit_comment ON audit_log(comment_id);"
    "CREATE TABLE reports ("
    "  comment_id INTEGER NOT NULL REFERENCES comments(id),"
    "  reporter_hash TEXT NOT NULL,"
    "  reason TEXT NOT NULL,"
    "  at INTEGER NOT NULL,"
    "  PRIMARY KEY (comment_id, reporter_hash));"
    "CREATE TABLE bans ("
    "  id INTEGER PRIMARY KEY,"
    "  author_hash TEXT NOT NULL,"
    "  until INTEGER NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  actor TEXT NOT NULL,"
    "  comment_id INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX bans_author ON bans(author_hash);",

    /* 3: indexes for large sites: the next top-level number of an
       article, and an article's visible-comment count, without walking
       the comments of every other article */
    "CREATE INDEX comments_top ON comments(article_id, parent_id, seq);"
    "CREATE INDEX comments_visible ON comments(article_id, status);",

    /* 4: each article keeps its visible-comment count, so reading an
       article row costs the same for a thread of ten comments or of a
       hundred thousand; triggers keep it right whichever code path
       inserts, moderates or purges a comment. The index that made the
       count cheaper goes: one index fewer to update on every post. */
    "DROP INDEX comments_visible;"
    "ALTER TABLE articles ADD COLUMN visible_comments INTEGER NOT NULL "
    "DEFAULT 0;"
    "UPDATE articles SET visible_comments = (SELECT COUNT(*) FROM comments c "
    "WHERE c.article_id = articles.id AND c.status = 0);"
    "CREATE TRIGGER comments_count_insert AFTER INSERT ON comments "
    "WHEN new.status = 0 BEGIN "
    "UPDATE articles SET visible_comments = visible_comments + 1 "
    "WHERE id = new.article_id; END;"
    "CREATE TRIGGER comments_count_delete AFTER DELETE ON comments "
    "WHEN old.status = 0 BEGIN "
    "UPDATE articles SET visible_comments = visible_comments - 1 "
    "WHERE id = old.article_id; END;"
    "CREATE TRIGGER comments_count_update AFTER UPDATE OF status, article_id "
    "ON comments WHEN (old.status = 0) <> (new.status = 0) OR "
    "old.article_id <> new.article_id BEGIN "
    "UPDATE articles SET visible_comments = visible_comments - "
    "(old.status = 0) WHERE id = old.article_id; "
    "UPDATE articles SET visible_comments = visible_comments + "
    "(new.status = 0) WHERE id = new.article_id; END;",

    /* 5: the moderation queue reads an index of its own rows only. A
       site holds millions of published comments and a few dozen waiting
       for a decision; comments_status(status, created) made the queue
       walk every published comment (status = 0) to find the reported
       ones, and sort what it found. This partial index holds exactly the
       rows the queue can show, in the queue's order, so a page and the
       count cost the size of the queue, not of the site; the predicate
       is written as the queue's query writes it (sqlite_mod.c,
       QUEUE_WHERE), which is how SQLite knows the index may answer it.
       comments_status served only the queue and goes: one index fewer
       to update on every post. The bans page lists the bans in force
       (until = 0 or later than now); bans keeps every ban ever made, so
       bans_in_force lets that list read those alone. */
    "CREATE INDEX comments_queue ON comments(created, id) "
    "WHERE status IN (1, 2) OR (status = 0 AND report_count > 0);"
    "DROP INDEX comments_status;"
    "CREATE INDEX bans_in_force ON bans(until);",

    /* 6: an article keeps answering at the paths it had before an editor
       changed its path (the page handler redirects them). Triggers keep
       the table right whichever code path writes an article, in the same
       transaction as the write: a rename records the old path; a path
       taken by an article (new, renamed, or renamed back) stops being a
       former path, so a live article always wins; deleting an article
       deletes its former paths (foreign keys are on: sqlite.c). */
    "CREATE TABLE former_paths ("
    "  path TEXT PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  created INTEGER NOT NULL);"
    "CREATE INDEX former_paths_article ON former_paths(article_id);"
    "CREATE TRIGGER former_paths_insert AFTER INSERT ON articles BEGIN "
    "DELETE FROM former_paths WHERE path = new.path; END;"
    "CREATE TRIGGER former_paths_rename AFTER UPDATE OF path ON articles "
    "WHEN old.path <> new.path BEGIN "
    "DELETE FROM former_paths WHERE path IN (new.path, old.path); "
    "INSERT INTO former_paths(path, article_id, created) VALUES (old.path, "
    "old.id, CAST(strftime('%s', 'now') AS INTEGER)); END;",

    /* 7: text saved before CR LF became LF, repaired (see above) */
    REPAIR_ARTICLE_BODIES REPAIR_SETTINGS,

    /* 8: the site-wide comments feed asks for the newest visible
       comments of the whole site. No index had them in time order (the
       ones on created lead with the article, or hold the queue's rows
       only), so the feed read every thread of the site to find fifty.
       This partial index holds the visible comments by (created, id):
       read backwards it gives the newest first, in the feed's order, and
       stops after the few it needs (its article's row checked by primary
       key). The predicate is the query's (sqlite.c, ST_COMMENTS_NEWEST),
       which is how SQLite knows the index may answer it. */
    "CREATE INDEX comments_newest ON comments(created, id) "
    "WHERE status = 0;",

    /* 9: a failed login counts against the client that made it as well
       as the account, so that one client cannot lock the others out
       (core/staff.c, docs/security.md). Rows from before name no client
       (''); they age out of the window like any other. The index on the
       time is for deleting the rows the window has passed. */
    "ALTER TABLE login_failures ADD COLUMN client TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX login_failures_at ON login_failures(at);",

    /* 10: which reports count toward holding a comment. One person once
       hid any comment with three cookie-less reports, each of which got
       a fresh reader token. Now a report counts (counted = 1) only when
       its reader came with a token of their own, and not when a counted
       report of the same comment came from the same network that day
       (client_hash: see moderation.h); approving the comment sets counted
       to 0 on its reports, so only reports after the approval count
       again. Which of the reports made before this migration were sent
       with a token no one knows: they stay listed for the moderators and
       counted = 0, and a comment they held stays held. */
    "ALTER TABLE reports ADD COLUMN client_hash TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE reports ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;",

    /* 11: a comment its author deleted while it awaited review (pending
       or held) is withdrawn (status 6, core/model.h): no reader saw it,
       so no thread shows a "deleted by its author" place for it. Those
       deleted before this status existed became tombstones (status 4);
       the audit row of the deletion says where each came from. As a
       withdrawal now does, their name, screening data and report reasons
       go too (a purge, which would erase them, is refused for a
       withdrawn comment). Their articles' cached pages are dropped. */
    "UPDATE comments SET status = 6, author_name = '', screen = '' "
    "WHERE status = 4 AND id IN (SELECT comment_id FROM audit_log "
    "WHERE action = 'delete' AND from_status IN (1, 2) AND to_status = 4);"
    "UPDATE reports SET reason = '' WHERE comment_id IN "
    "(SELECT id FROM comments WHERE status = 6);"
    "UPDATE articles SET version = version + 1 WHERE id IN "
    "(SELECT article_id FROM comments WHERE status = 6);",

    /* 12: was_public says whether readers could ever see a comment: 1
       once it is published (stored so, or a transition to visible sets
       it; never cleared). A comment a moderator removes or purges that
       was never public leaves no trace in the thread (core/thread.c),
       as a withdrawn one; one that was keeps its tombstone, held by
       reports or not. Existing rows: visible ones were public; a comment
       was, too, if an audit row moved it to or from visible. One was not
       if it awaits review or came to its tombstone from review (pending
       or held) with no such row. Anything else (imported tombstones,
       imported spam among them) was. Pages with a comment that goes are
       dropped from the cache. */
    "ALTER TABLE comments ADD COLUMN was_public INTEGER NOT NULL DEFAULT "
    "1;" UNSEEN_COMMENTS_NEVER_PUBLIC,

    /* 13: a comment readers saw and then held (by reports, say) that its
       author deleted was withdrawn like one no reader saw, and left a
       hole where readers had read it (migration 11 made such ones too).
       Deleted now by its author, it keeps its "deleted by its author"
       place (core/moderation.h, mod_author_deletion): those withdrawn
       comments that were public become that tombstone. Their text, name
       and screening data stay erased, as the withdrawal left them. Their
       articles' cached pages are dropped. */
    SEEN_WITHDRAWALS_DELETED,

    /* 14: the embed widget finds the thread of a page by its URL
       (store_article_by_external_url): the one it made, or one imported
       from Disqus or WordPress for that page. It asks on every load of
       the widget, so an index, over the articles that have such a URL
       only (the predicate is the query's). */
    EXTERNAL_URL_INDEX,

    /* 15: an author's deletion erases the text and what quotes it: the
       words screening marked (the spans in screen) and the reasons of
       reports (core/moderation.c). Comments their authors deleted before
       charla erased those kept both; they go now, as they go for purged
       and withdrawn comments. No page shows either, so no cached page is
       dropped. */
    GONE_TEXT_QUOTES_ERASED,

    /* 16: a comment a Disqus or WordPress site had caught as spam was
       never shown there; imported, it is stored removed (reason "spam")
       and, since this version, as never public, so it leaves no
       "removed: spam" place in the thread (core/thread.c keeps one only
       under a reply readers see). Those imported before are marked so:
       removed, reason spam, a source id of those importers, and no audit
       row (a moderator's action on it writes one). Their articles'
       cached pages are dropped. */
    IMPORTED_SPAM_NEVER_PUBLIC,

    /* 17: a Blogger comment its blog had marked as spam was never shown
       there either, and the importer stores it as never public as it
       does Disqus's and WordPress's (import/store_sink.c); migration 16
       left those imported before with their "removed: spam" place. They
       are marked by the same rule, with a Blogger source id. */
    BLOGGER_SPAM_NEVER_PUBLIC,

    /* 18: the offset of the site's zone when a comment was posted, so a
       time reference in it ("12:36") keeps meaning the comment its writer
       saw at 12:36 after the site's zone is changed (core/refs.h). SQL
       cannot tell an IANA zone's offset, so the rows stored before are
       left NULL here and filled in with the site's zone by charla itself
       before that zone can change (site_fill_comment_offsets): nothing
       changes for them until it does. */
    COMMENT_TZ_OFFSET,

    /* 19: an index of the comments whose offset is still to be filled in
       (18), so finding them reads neither the whole table at every start
       nor, batch after batch, the rows filled before */
    COMMENT_TZ_UNKNOWN_INDEX,
};
const size_t schema_sqlite_count =
    sizeof(schema_sqlite) / sizeof(schema_sqlite[0]);
