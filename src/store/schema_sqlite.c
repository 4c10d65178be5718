/*
 * schema_sqlite.c - the SQL of every migration, SQLite dialect.
 *
 * Tables:
 *   settings   site-wide key/value settings, including the site secret
 *              (the key of every keyed hash; it never leaves the database)
 *   articles   published and draft articles; version grows on every change
 *              to the article or its thread, and keys the page cache
 *   comments   every comment ever posted, tombstones included. number is
 *              permanent ("1.3"); seq is its index among its siblings;
 *              sort_key is the number with each part zero-padded to six
 *              digits, so ordering by it gives thread order. author_hash is
 *              a keyed hash of the reader token, never the token itself.
 */
#include "store/schema.h"

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
};
const size_t schema_sqlite_count =
    sizeof(schema_sqlite) / sizeof(schema_sqlite[0]);

