/*
 * schema_pg.c - the SQL of every migration, PostgreSQL dialect. Migration N
 * here must describe the same tables as migration N in schema_sqlite.c
 * (see that file for what each table holds).
 */
#include "store/schema.h"

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
    "CREATE INDEX comments_thread ON comments(article_id, sort_key COLLATE \"C\");"
    "CREATE INDEX comments_parent ON comments(parent_id, seq);"
    "CREATE INDEX comments_created ON comments(article_id, created);",
};
const size_t schema_pg_count = sizeof(schema_pg) / sizeof(schema_pg[0]);
