/*
 * schema.h - the numbered schema migrations of both backends.
 *
 * Migration N of SQLite and migration N of PostgreSQL describe the same
 * tables in each dialect, so one schema version means the same thing on
 * both. A database records its version in schema_version; opening it runs
 * the missing migrations in order, each in its own transaction.
 */
#ifndef CHARLA_STORE_SCHEMA_H
#define CHARLA_STORE_SCHEMA_H

#include <stddef.h>

/* schema_sqlite[i] moves a database from version i to i + 1. */
extern const char *const schema_sqlite[];
extern const size_t schema_sqlite_count;

extern const char *const schema_pg[];
extern const size_t schema_pg_count;

/*
 * Migration 12 marks the comments no reader ever saw, in the SQL both
 * dialects share (schema_sqlite.c says how it decides).
 */
#define UNSEEN_COMMENTS_NEVER_PUBLIC                                           \
    "UPDATE comments SET was_public = 0 WHERE status <> 0 AND NOT EXISTS "     \
    "(SELECT 1 FROM audit_log l WHERE l.comment_id = comments.id AND "         \
    "(l.from_status = 0 OR l.to_status = 0)) AND (status IN (1, 2, 6) OR "     \
    "EXISTS (SELECT 1 FROM audit_log l WHERE l.comment_id = comments.id AND "  \
    "l.from_status IN (1, 2)));"                                               \
    "UPDATE articles SET version = version + 1 WHERE id IN (SELECT "           \
    "article_id FROM comments WHERE was_public = 0 AND status IN (3, 5));"

/*
 * Migration 13 gives back their "deleted by its author" tombstone to the
 * withdrawn comments readers had seen (schema_sqlite.c says why), in the
 * SQL both dialects share.
 */
#define SEEN_WITHDRAWALS_DELETED                                               \
    "UPDATE articles SET version = version + 1 WHERE id IN (SELECT "           \
    "article_id FROM comments WHERE status = 6 AND was_public = 1);"           \
    "UPDATE comments SET status = 4 WHERE status = 6 AND was_public = 1;"

/*
 * Migration 14 indexes the articles by the URL of the page on another
 * site that they discuss (schema_sqlite.c says why).
 */
#define EXTERNAL_URL_INDEX                                                     \
    "CREATE INDEX articles_external ON articles(external_url, id) "            \
    "WHERE external_url <> '';"

/*
 * Migration 15 erases what still quoted the text of comments whose text is
 * gone (schema_sqlite.c says why), in the SQL both dialects share.
 */
#define GONE_TEXT_QUOTES_ERASED                                                \
    "UPDATE comments SET screen = '' WHERE status IN (4, 5, 6) AND "           \
    "screen <> '';"                                                            \
    "UPDATE reports SET reason = '' WHERE reason <> '' AND comment_id IN "     \
    "(SELECT id FROM comments WHERE status IN (4, 5, 6));"

/*
 * Migration 16 marks the spam imported from Disqus or WordPress as never
 * public (schema_sqlite.c says why), in the SQL both dialects share.
 */
#define IMPORTED_SPAM_WHERE                                                    \
    "status = 3 AND was_public = 1 AND reason = 'spam' AND "                   \
    "(source_id LIKE 'disqus:%' OR source_id LIKE 'wxr:%') AND NOT EXISTS "    \
    "(SELECT 1 FROM audit_log l WHERE l.comment_id = comments.id)"
/*
 * Migration 17 does the same for the spam imported from Blogger, which
 * the importer stores as never public too.
 */
#define BLOGGER_SPAM_WHERE                                                     \
    "status = 3 AND was_public = 1 AND reason = 'spam' AND "                   \
    "source_id LIKE 'blogger:%' AND NOT EXISTS "                               \
    "(SELECT 1 FROM audit_log l WHERE l.comment_id = comments.id)"
#define BLOGGER_SPAM_NEVER_PUBLIC                                              \
    "UPDATE articles SET version = version + 1 WHERE id IN (SELECT "           \
    "article_id FROM comments WHERE " BLOGGER_SPAM_WHERE ");"                  \
    "UPDATE comments SET was_public = 0 WHERE " BLOGGER_SPAM_WHERE ";"
#define IMPORTED_SPAM_NEVER_PUBLIC                                             \
    "UPDATE articles SET version = version + 1 WHERE id IN (SELECT "           \
    "article_id FROM comments WHERE " IMPORTED_SPAM_WHERE ");"                 \
    "UPDATE comments SET was_public = 0 WHERE " IMPORTED_SPAM_WHERE ";"

/*
 * Migration 18 records with each comment the UTC offset, in minutes, of
 * the site's zone when it was posted (schema_sqlite.c says why); NULL for
 * the rows stored before, until charla fills them in.
 */
#define COMMENT_TZ_OFFSET                                                      \
    "ALTER TABLE comments ADD COLUMN tz_offset_min INTEGER;"

/*
 * Migration 19 indexes the comments whose offset is still to be filled
 * in, and only those: store_comment_offsets_fill finds them without
 * reading the table, and a database with none left (every start after
 * the first) answers from an empty index.
 */
#define COMMENT_TZ_UNKNOWN_INDEX                                               \
    "CREATE INDEX comments_tz_unknown ON comments(id) WHERE tz_offset_min "    \
    "IS NULL;"

#endif
