/*
 * db_file.c - opening the site database for a command line command, and
 * keeping a command's output file off the database (db_file.h says why).
 *
 * A file is "the same" as another when both exist and stat gives the
 * same device and inode (a symlink, a hard link, "./x" or "dir/../x" are
 * all caught), or when one does not exist yet and both paths name the
 * same entry of the same directory: SQLite's -wal and -shm files come and
 * go, and a backup written under that name would be taken for the
 * database's journal when they next appear.
 *
 * A path that is a symlink was there before a command, even when it
 * points nowhere (SQLite creates its target): a failed import never
 * removes it (cli_db_files_note uses lstat).
 *
 * The existence check and the open are two steps, so a file removed
 * between them is still created; that race needs someone deleting the
 * database while running a command on it, and costs an empty file.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/db_file.h"
#include "util/str.h"

#define DB_PATH_MAX 4096 /* bytes of a path we compare, with NUL */

static bool is_postgres(const char *db)
{
    return str_starts(db, "postgres://") || str_starts(db, "postgresql://");
}

/* sqlite_path: the file path of a SQLite db ("sqlite:PATH" or PATH). */
static const char *sqlite_path(const char *db)
{
    return str_starts(db, "sqlite:") ? db + strlen("sqlite:") : db;
}

static bool file_exists(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 || errno != ENOENT;
}

/* entry_exists: something is at path itself: a file, or a symlink, even
 * one that points nowhere (opening it creates its target, and the link
 * stays someone else's). */
static bool entry_exists(const char *path)
{
    struct stat sb;
    return lstat(path, &sb) == 0 || errno != ENOENT;
}

int cli_db_missing(const char *db, struct buf *err)
{
    if (is_postgres(db) || file_exists(sqlite_path(db)))
        return 0;
    buf_addf(err,
             "no database at %s (check --db; `charla serve` or `charla "
             "import` creates one)",
             sqlite_path(db));
    return ERR_NOTFOUND;
}

struct store *cli_db_open(const char *db, enum cli_db_use use, struct buf *err)
{
    bool is_new = !is_postgres(db) && !file_exists(sqlite_path(db));
    if (is_new && use == CLI_DB_EXISTING) {
        int ret = cli_db_missing(db, err);
        (void)ret; /* ERR_NOTFOUND, with the message */
        return NULL;
    }
    struct store *st = store_open(db, err);
    if (st && is_new)
        fprintf(stderr, "charla: created a new, empty database at %s\n",
                sqlite_path(db));
    return st;
}

/* split_path cuts path into its directory ("." for none) and its last
 * name. Returns false for a path too long to compare. */
static bool split_path(const char *path, char dir[DB_PATH_MAX],
                       const char **name)
{
    const char *slash = strrchr(path, '/');
    if (!slash) {
        *name = path;
        return snprintf(dir, DB_PATH_MAX, ".") > 0;
    }
    *name = slash + 1;
    int dir_len = slash == path ? 1 : (int)(slash - path);
    return snprintf(dir, DB_PATH_MAX, "%.*s", dir_len, path) < DB_PATH_MAX &&
           strlen(path) < DB_PATH_MAX;
}

/* same_file: a and b are one file, or would be once created. */
static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    bool a_is = stat(a, &sa) == 0, b_is = stat(b, &sb) == 0;
    if (a_is && b_is)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    char dir_a[DB_PATH_MAX], dir_b[DB_PATH_MAX];
    const char *name_a, *name_b;
    if (!split_path(a, dir_a, &name_a) || !split_path(b, dir_b, &name_b) ||
        strcmp(name_a, name_b) != 0)
        return false;
    return stat(dir_a, &sa) == 0 && stat(dir_b, &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static const char *const companions[CLI_DB_FILES] = {"", "-wal", "-shm",
                                                     "-journal"};

void cli_db_files_note(const char *db, struct cli_db_files *f)
{
    memset(f, 0, sizeof(*f));
    if (is_postgres(db))
        return;
    f->sqlite = true;
    for (size_t i = 0; i < CLI_DB_FILES; i++) {
        char name[DB_PATH_MAX];
        /* a name too long to build counts as existing: left alone */
        f->existed[i] = snprintf(name, sizeof(name), "%s%s", sqlite_path(db),
                                 companions[i]) >= (int)sizeof(name) ||
                        entry_exists(name);
    }
}

bool cli_db_files_remove_new(const char *db, const struct cli_db_files *f)
{
    if (!f->sqlite || f->existed[0])
        return false;
    for (size_t i = CLI_DB_FILES; i-- > 0;) {
        char name[DB_PATH_MAX];
        if (f->existed[i] ||
            snprintf(name, sizeof(name), "%s%s", sqlite_path(db),
                     companions[i]) >= (int)sizeof(name))
            continue;
        (void)unlink(name); /* not there (SQLite removed it) is fine */
    }
    return !file_exists(sqlite_path(db));
}

int cli_db_output_check(const char *db, const char *out, struct buf *err)
{
    if (is_postgres(db))
        return 0;
    const char *path = sqlite_path(db);
    for (size_t i = 0; i < CLI_DB_FILES; i++) {
        char name[DB_PATH_MAX];
        if (snprintf(name, sizeof(name), "%s%s", path, companions[i]) >=
            (int)sizeof(name))
            continue; /* no such file can exist */
        if (!same_file(out, name))
            continue;
        if (i == 0)
            buf_addf(err,
                     "%s is the database itself; write to another file "
                     "(nothing was written)",
                     out);
        else
            buf_addf(err,
                     "%s is the database's %s file (%s%s); write to "
                     "another file (nothing was written)",
                     out, companions[i], path, companions[i]);
        return ERR_INVALID;
    }
    return 0;
}
