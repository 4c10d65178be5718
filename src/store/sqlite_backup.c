/*
 * sqlite_backup.c - `charla backup`: a consistent copy of a live SQLite
 * database through SQLite's online backup API.
 *
 * Why the backup API and not cp: the database runs in WAL mode, so the
 * main file alone may miss committed transactions still in the -wal file,
 * and a copy taken during a checkpoint can be torn. The backup API reads
 * pages inside one read transaction, so the copy is one snapshot, and in
 * WAL mode that read transaction does not block the server's writers.
 *
 * Steps: open the source (it must exist; never created here) and a
 * temporary file next to the destination, copy every page in one step
 * (retrying while the source is busy), switch the copy's journal mode to
 * DELETE so it is one self-contained file, check it with
 * PRAGMA quick_check, then rename it over the destination. A failure at
 * any point leaves the destination as it was and removes the temporary
 * file.
 *
 * PostgreSQL databases are refused with a pointer to pg_dump: charla does
 * not reimplement it.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "store/store.h"
#include "util/str.h"

#define BACKUP_BUSY_RETRIES 200 /* x 50 ms */

static bool is_postgres_url(const char *url)
{
    return str_starts(url, "postgres://") || str_starts(url, "postgresql://");
}

int store_sqlite_backup(const char *db_path, const char *dest, struct buf *err)
{
    sqlite3 *src = NULL, *dst = NULL;
    sqlite3_backup *bk = NULL;
    char tmp[4096];
    bool tmp_made = false;
    int ret = ERR_DB;

    if (is_postgres_url(db_path)) {
        buf_adds(err, "backup works on SQLite databases; for PostgreSQL use "
                      "pg_dump (for example: pg_dump -Fc -f charla.dump "
                      "DBNAME)");
        return ERR_INVALID;
    }
    if (str_starts(db_path, "sqlite:"))
        db_path += strlen("sqlite:");
    if (snprintf(tmp, sizeof(tmp), "%s.tmp-%ld", dest, (long)getpid()) >=
        (int)sizeof(tmp)) {
        buf_adds(err, "the destination path is too long");
        return ERR_INVALID;
    }
    if (sqlite3_open_v2(db_path, &src, SQLITE_OPEN_READWRITE, NULL) !=
        SQLITE_OK) {
        buf_addf(err, "cannot open the database %s: %s", db_path,
                 src ? sqlite3_errmsg(src) : "out of memory");
        ret = ERR_NOTFOUND;
        goto out;
    }
    sqlite3_busy_timeout(src, 10000);
    /* a file that is not a database fails here, not halfway through */
    if (sqlite3_exec(src, "SELECT count(*) FROM sqlite_schema", NULL, NULL,
                     NULL) != SQLITE_OK) {
        buf_addf(err, "%s is not a charla database: %s", db_path,
                 sqlite3_errmsg(src));
        ret = ERR_INVALID;
        goto out;
    }
    if (sqlite3_open_v2(tmp, &dst,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_EXCLUSIVE,
                        NULL) != SQLITE_OK) {
        buf_addf(err, "cannot create %s: %s", tmp,
                 dst ? sqlite3_errmsg(dst) : "out of memory");
        goto out;
    }
    tmp_made = true;
    bk = sqlite3_backup_init(dst, "main", src, "main");
    if (!bk) {
        buf_addf(err, "cannot start the backup: %s", sqlite3_errmsg(dst));
        goto out;
    }
    int rc, tries = 0;
    do {
        rc = sqlite3_backup_step(bk, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++tries > BACKUP_BUSY_RETRIES)
                break;
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    rc = sqlite3_backup_finish(bk);
    bk = NULL;
    if (rc != SQLITE_OK) {
        buf_addf(err, "the backup failed: %s", sqlite3_errmsg(dst));
        goto out;
    }
    char *msg = NULL;
    if (sqlite3_exec(dst, "PRAGMA journal_mode=DELETE", NULL, NULL, &msg) !=
        SQLITE_OK) {
        buf_addf(err, "cannot finish the copy: %s", msg ? msg : "?");
        sqlite3_free(msg);
        goto out;
    }
    sqlite3_stmt *st = NULL;
    bool ok = sqlite3_prepare_v2(dst, "PRAGMA quick_check", -1, &st, NULL) ==
                  SQLITE_OK &&
              sqlite3_step(st) == SQLITE_ROW &&
              strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
    sqlite3_finalize(st);
    if (!ok) {
        buf_adds(err, "the copy failed its integrity check");
        goto out;
    }
    if (sqlite3_close(dst) != SQLITE_OK) {
        buf_addf(err, "cannot close %s", tmp);
        goto out;
    }
    dst = NULL;
    if (rename(tmp, dest) != 0) {
        buf_addf(err, "cannot move the copy to %s", dest);
        goto out;
    }
    tmp_made = false;
    ret = 0;
out:
    if (bk)
        sqlite3_backup_finish(bk);
    sqlite3_close(dst);
    sqlite3_close(src);
    if (tmp_made) {
        char journal[4200];
        unlink(tmp);
        snprintf(journal, sizeof(journal), "%s-journal", tmp);
        unlink(journal);
    }
    return ret;
}
