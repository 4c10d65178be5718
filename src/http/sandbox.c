/*
 * sandbox.c - dropping root and restricting the file system with Landlock
 * once charla is ready to serve (see sandbox.h and docs/security.md).
 *
 * Order matters:
 *   1. the user was looked up before the store was opened
 *      (sandbox_user.c: it reads /etc/passwd, which Landlock will hide);
 *   2. build the Landlock ruleset while every path can still be opened;
 *   3. drop root: supplementary groups, then gid, then uid;
 *   4. set no_new_privs and restrict the process to the ruleset.
 * Landlock applies to the calling thread and to the threads it creates
 * later, which is why this runs before the HTTP server starts its pool
 * (the SQLite writer thread and webhook threads are started lazily from
 * request threads, so they inherit it too).
 *
 * What stays reachable:
 *   read-write  the database's directory (SQLite adds -wal, -shm and
 *               -journal files next to it), the temporary directories
 *               SQLite may use for large sorts, /dev/null
 *   read-only   the web directory, the model file's directory, /usr,
 *               /lib*, and the /etc files name resolution, TLS and libpq
 *               read
 * A PostgreSQL store needs no path of its own (network or a Unix socket,
 * which Landlock ABI < 6 does not restrict). Nothing is executable.
 *
 * Landlock is reached through raw syscalls (no library); rights newer
 * than the running kernel's ABI are left out, so a newer build runs on an
 * older kernel. No Landlock at all (kernel < 5.13, or disabled) is one log
 * line, not a failure: it is a second wall, not the only one.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/landlock.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "http/sandbox.h"

/* Rights from ABI versions newer than the installed header. */
#ifndef LANDLOCK_ACCESS_FS_REFER
#define LANDLOCK_ACCESS_FS_REFER (1ULL << 13)
#endif
#ifndef LANDLOCK_ACCESS_FS_TRUNCATE
#define LANDLOCK_ACCESS_FS_TRUNCATE (1ULL << 14)
#endif
#ifndef LANDLOCK_ACCESS_FS_IOCTL_DEV
#define LANDLOCK_ACCESS_FS_IOCTL_DEV (1ULL << 15)
#endif

#define FS_V1                                                                  \
    (LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE |              \
     LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR |              \
     LANDLOCK_ACCESS_FS_REMOVE_DIR | LANDLOCK_ACCESS_FS_REMOVE_FILE |          \
     LANDLOCK_ACCESS_FS_MAKE_CHAR | LANDLOCK_ACCESS_FS_MAKE_DIR |              \
     LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SOCK |              \
     LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_BLOCK |            \
     LANDLOCK_ACCESS_FS_MAKE_SYM)

/* The rights that apply to a file (not a directory). */
#define FS_FILE_RIGHTS                                                         \
    (LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE |              \
     LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_TRUNCATE |              \
     LANDLOCK_ACCESS_FS_IOCTL_DEV)

#define RIGHTS_RO (LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR)
#define RIGHTS_RW                                                              \
    (RIGHTS_RO | LANDLOCK_ACCESS_FS_WRITE_FILE |                               \
     LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_REG |            \
     LANDLOCK_ACCESS_FS_TRUNCATE)

/* Read-only system paths; missing ones are skipped. */
static const char *const system_ro[] = {
    "/usr",
    "/lib",
    "/lib64",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/etc/resolv.conf",
    "/etc/hosts",
    "/etc/nsswitch.conf",
    "/etc/services",
    "/etc/gai.conf",
    "/etc/host.conf",
    "/etc/ssl",
    "/etc/passwd",
    "/etc/group",
    "/etc/postgresql-common",
};

static int landlock_abi(void)
{
    long v = syscall(SYS_landlock_create_ruleset, NULL, 0,
                     LANDLOCK_CREATE_RULESET_VERSION);
    return v < 0 ? 0 : (int)v;
}

/* add_path allows rights under path (masked to what the ruleset
 * handles, and to file rights for a file). Missing paths are skipped. */
static void add_path(int ruleset, uint64_t handled, const char *path,
                     uint64_t rights)
{
    struct landlock_path_beneath_attr pb;
    struct stat sb;
    if (!path || !path[0])
        return;
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0)
        return;
    if (fstat(fd, &sb) == 0 && !S_ISDIR(sb.st_mode))
        rights &= FS_FILE_RIGHTS;
    memset(&pb, 0, sizeof(pb));
    pb.allowed_access = rights & handled;
    pb.parent_fd = fd;
    if (pb.allowed_access && syscall(SYS_landlock_add_rule, ruleset,
                                     LANDLOCK_RULE_PATH_BENEATH, &pb, 0))
        fprintf(stderr, "charla: sandbox: cannot allow %s: %s\n", path,
                strerror(errno));
    close(fd);
}

/* path_dir writes the directory a file path lies in into out ("." for a
 * bare name); false if it does not fit. */
static bool path_dir(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    int n = slash ? snprintf(out, size, "%.*s", (int)(slash - path), path)
                  : snprintf(out, size, ".");
    if (n < 0 || (size_t)n >= size)
        return false;
    if (out[0] == '\0')
        snprintf(out, size, "/");
    return true;
}

/* db_dir writes the directory of a SQLite database into out; false for
 * a store that is not a file. */
static bool db_dir(const char *db, char *out, size_t size)
{
    if (strncmp(db, "postgres://", 11) == 0 ||
        strncmp(db, "postgresql://", 13) == 0)
        return false;
    if (strncmp(db, "sqlite:", 7) == 0)
        db += 7;
    return path_dir(db, out, size);
}

/* The directory of path, read-only; the file alone when that directory
 * is "/" (which would open the whole file system to reading). */
static void add_dir_of(int ruleset, uint64_t handled, const char *path)
{
    char dir[4096];
    if (path_dir(path, dir, sizeof(dir)) && strcmp(dir, "/") != 0)
        add_path(ruleset, handled, dir, RIGHTS_RO);
    else
        add_path(ruleset, handled, path, RIGHTS_RO);
}

/* build_ruleset returns a ruleset fd, or -1 if Landlock is unavailable. */
static int build_ruleset(int abi, const char *db, const char *web_dir,
                         const char *model_path)
{
    uint64_t handled = FS_V1;
    if (abi >= 2)
        handled |= LANDLOCK_ACCESS_FS_REFER;
    if (abi >= 3)
        handled |= LANDLOCK_ACCESS_FS_TRUNCATE;
    if (abi >= 5)
        handled |= LANDLOCK_ACCESS_FS_IOCTL_DEV;
    struct landlock_ruleset_attr attr;
    memset(&attr, 0, sizeof(attr));
    attr.handled_access_fs = handled;
    int rs = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof(attr), 0);
    if (rs < 0)
        return -1;
    char dir[4096];
    if (db_dir(db, dir, sizeof(dir)))
        add_path(rs, handled, dir, RIGHTS_RW);
    add_path(rs, handled, web_dir, RIGHTS_RO);
    /* the model's directory, not the file: a new model is usually moved
     * over the old one (a new inode), and SIGHUP must be able to read it;
     * for a symbolic link ("current.model" pointing at a release), also
     * the directory of the file it points to now */
    if (model_path) {
        add_dir_of(rs, handled, model_path);
        char *real = realpath(model_path, NULL);
        if (real) {
            add_dir_of(rs, handled, real);
            free(real);
        }
    }
    for (size_t i = 0; i < sizeof(system_ro) / sizeof(system_ro[0]); i++)
        add_path(rs, handled, system_ro[i], RIGHTS_RO);
    /* where SQLite puts temporary files, in its order of preference */
    add_path(rs, handled, getenv("SQLITE_TMPDIR"), RIGHTS_RW);
    add_path(rs, handled, getenv("TMPDIR"), RIGHTS_RW);
    add_path(rs, handled, "/var/tmp", RIGHTS_RW);
    add_path(rs, handled, "/tmp", RIGHTS_RW);
    add_path(rs, handled, "/dev/null", RIGHTS_RW);
    const char *home = getenv("HOME");
    char pgpass[4096];
    if (home && snprintf(pgpass, sizeof(pgpass), "%s/.pgpass", home) <
                    (int)sizeof(pgpass))
        add_path(rs, handled, pgpass, RIGHTS_RO);
    return rs;
}

/*
 * give_file hands one database file that root owns to the user, so that
 * a database root just created (or an earlier run as root left) can be
 * written once root is dropped. Only a regular file with one link, opened
 * without following a symbolic link: the user can write the directory,
 * and must not be able to make root chown another file by planting a
 * link where a -wal file was. A file that does not exist, or that
 * someone other than root owns, is left alone.
 */
static int give_file(const struct sandbox_user *user, const char *path)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? 0 : ERR_INVALID;
    struct stat st;
    int ret = 0;
    if (fstat(fd, &st))
        ret = ERR_INVALID;
    else if (!S_ISREG(st.st_mode) || st.st_nlink != 1) {
        errno = EPERM;
        ret = ERR_INVALID;
    } else if (st.st_uid == 0 && fchown(fd, user->uid, user->gid))
        ret = ERR_INVALID;
    close(fd);
    return ret;
}

/*
 * give_database hands the SQLite database and its -wal and -shm files to
 * the user when root owns them; false (with a message) when one cannot
 * be handed over. A store that is not a file has nothing to hand over.
 */
static bool give_database(const struct sandbox_user *user, const char *db)
{
    char dir[4096];
    if (!db_dir(db, dir, sizeof(dir)))
        return true;
    if (strncmp(db, "sqlite:", 7) == 0)
        db += 7;
    static const char *const suffixes[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < sizeof(suffixes) / sizeof(suffixes[0]); i++) {
        char path[4096 + 8];
        int n = snprintf(path, sizeof(path), "%s%s", db, suffixes[i]);
        if (n < 0 || (size_t)n >= sizeof(path) || give_file(user, path)) {
            fprintf(stderr,
                    "charla: cannot hand %s%s to user %s (a regular file "
                    "with one link is needed): %s\n",
                    db, suffixes[i], user->name, strerror(errno));
            return false;
        }
    }
    return true;
}

/* drop_root switches to the user; returns 0 or ERR_INVALID. */
static int drop_root(const struct sandbox_user *user, const char *db)
{
    if (!give_database(user, db))
        return ERR_INVALID;
    if (setgroups(0, NULL) || setgid(user->gid) || setuid(user->uid)) {
        fprintf(stderr, "charla: cannot switch to user %s: %s\n", user->name,
                strerror(errno));
        return ERR_INVALID;
    }
    if (setuid(0) == 0) {
        fprintf(stderr, "charla: still root after switching users\n");
        return ERR_INVALID;
    }
    char dir[4096];
    if (db_dir(db, dir, sizeof(dir)) && access(dir, W_OK | X_OK) != 0) {
        fprintf(stderr,
                "charla: user %s cannot write the database directory %s "
                "(chown -R %s it)\n",
                user->name, dir, user->name);
        return ERR_INVALID;
    }
    const char *file = strncmp(db, "sqlite:", 7) == 0 ? db + 7 : db;
    if (db_dir(db, dir, sizeof(dir)) && access(file, R_OK | W_OK) != 0) {
        fprintf(stderr,
                "charla: user %s cannot write the database %s (chown %s "
                "it)\n",
                user->name, file, user->name);
        return ERR_INVALID;
    }
    return 0;
}

int sandbox_enter(const struct sandbox_user *user, const char *db,
                  const char *web_dir, const char *model_path)
{
    const char *mode = getenv("CHARLA_SANDBOX");
    bool landlock = !(mode && strcmp(mode, "off") == 0);

    int abi = landlock ? landlock_abi() : 0;
    int rs = abi > 0 ? build_ruleset(abi, db, web_dir, model_path) : -1;
    if (user->do_switch && drop_root(user, db)) {
        if (rs >= 0)
            close(rs);
        return ERR_INVALID;
    }
    if (!landlock)
        return 0;
    if (rs < 0) {
        fprintf(stderr, "charla: sandbox: Landlock is not available on this "
                        "kernel; serving without it\n");
        return 0;
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
        syscall(SYS_landlock_restrict_self, rs, 0)) {
        fprintf(stderr,
                "charla: sandbox: Landlock refused (%s); serving "
                "without it\n",
                strerror(errno));
        close(rs);
        return 0;
    }
    close(rs);
    return 0;
}
