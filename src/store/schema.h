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

#endif
