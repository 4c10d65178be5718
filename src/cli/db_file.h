/*
 * db_file.h - the site database as the command line commands meet it:
 * opening it without creating one by mistake, and never writing a backup
 * over it.
 *
 * store_open creates a missing SQLite file, which is right for `serve`
 * and `import` (they start a site) and wrong for a command that reads or
 * changes one: `charla user list --db typo.db` would answer from a new,
 * empty database and exit 0. Commands that write a file (backup, export
 * --out) check first that the file is not the database or one of its
 * companions (-wal, -shm, -journal), which they would replace under a
 * running server. PostgreSQL URLs pass through untouched.
 */
#ifndef CHARLA_CLI_DB_FILE_H
#define CHARLA_CLI_DB_FILE_H

#include <stdbool.h>

#include "store/store.h"
#include "util/buf.h"
#include "util/err.h"

/* What a command may do when the SQLite file it names does not exist. */
enum cli_db_use {
    CLI_DB_EXISTING,   /* refuse: the command reads or changes a site */
    CLI_DB_MAY_CREATE, /* create it, saying so on stderr: `user add` and
                          `setting set` may prepare a site before its
                          first start */
};

/*
 * cli_db_missing: 0 if db is a PostgreSQL URL or a SQLite file ("PATH"
 * or "sqlite:PATH") that exists; ERR_NOTFOUND, with "no database at
 * PATH (...)" appended to err, if the file does not exist.
 */
MUST_CHECK int cli_db_missing(const char *db, struct buf *err);

/*
 * cli_db_open opens db for a command (store_open), first refusing a
 * missing SQLite file under CLI_DB_EXISTING; under CLI_DB_MAY_CREATE it
 * prints "charla: created a new, empty database at PATH" on stderr when
 * it did create one. Returns the store (caller frees with store_free), or
 * NULL with the reason appended to err.
 */
struct store *cli_db_open(const char *db, enum cli_db_use use, struct buf *err);

/* The SQLite files of a database: itself, then -wal, -shm and -journal. */
#define CLI_DB_FILES 4

/* Which of a database's files existed before a command ran. */
struct cli_db_files {
    bool sqlite;                /* false for PostgreSQL: no files */
    bool existed[CLI_DB_FILES]; /* in the order above */
};

/*
 * cli_db_files_note records which of db's files exist now, before a
 * command that may create the database (import) opens it.
 */
void cli_db_files_note(const char *db, struct cli_db_files *f);

/*
 * cli_db_files_remove_new removes the files of db that did not exist
 * when f was noted, if the database file itself was among them: a
 * command that created a database and then stored nothing in it (a
 * failed import) leaves no empty site behind. A database that existed
 * is never touched, nor a PostgreSQL one. Call it after store_free.
 * Returns true if it removed the database file.
 */
bool cli_db_files_remove_new(const char *db, const struct cli_db_files *f);

/*
 * cli_db_output_check: 0 if a command may write the file out without
 * touching the database db; ERR_INVALID, with the reason appended to
 * err, if out is the database file itself (the same file by st_dev and
 * st_ino, whatever the path says) or one of its -wal, -shm or -journal
 * files (existing or not: the same directory and name). A PostgreSQL db
 * has no file to clash with.
 */
MUST_CHECK int cli_db_output_check(const char *db, const char *out,
                                   struct buf *err);

#endif
