/*
 * test_db_file.c - the command line's guard around the site database
 * (src/cli/db_file.c): a missing SQLite file is not created by commands
 * that read a site, and an output file may not be the database or one of
 * its -wal, -shm and -journal files, however its path is spelt.
 */
#include "testlib.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

#include "cli/db_file.h"

static char dir[256];

/* in_dir: path of name in the test's folder (static; one at a time). */
static const char *in_dir(const char *name)
{
    static char path[2][512];
    static int turn;
    turn = !turn;
    snprintf(path[turn], sizeof(path[turn]), "%s/%s", dir, name);
    return path[turn];
}

static void make_dir(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof(dir), "%s/charla-dbfile-XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    ck_assert_ptr_nonnull(mkdtemp(dir));
}

/* clean_dir removes the files a test may have made, then the folder. */
static void clean_dir(void)
{
    static const char *const names[] = {
        "site.db",     "site.db-wal", "link.db",       "hard.db",
        "other.db",    "charla.db",   "typo.db",       "typo.db-wal",
        "typo.db-shm", "target.db",   "target.db-wal", "target.db-shm",
        "link.db-wal", "link.db-shm"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        unlink(in_dir(names[i]));
    ck_assert_int_eq(rmdir(dir), 0);
}

static void touch(const char *path)
{
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    ck_assert_int_ge(fd, 0);
    close(fd);
}

static bool refused(const char *db, const char *out)
{
    struct buf err;
    buf_init(&err, 4096);
    int ret = cli_db_output_check(db, out, &err);
    ck_assert_msg((ret == 0) == (err.len == 0), "a refusal says why");
    buf_release(&err);
    return ret != 0;
}

START_TEST(output_may_not_be_the_database)
{
    make_dir();
    char db[512], sqlite_db[600], dotted[600];
    snprintf(db, sizeof(db), "%s", in_dir("site.db"));
    snprintf(sqlite_db, sizeof(sqlite_db), "sqlite:%s", db);
    snprintf(dotted, sizeof(dotted), "%s/./site.db", dir);
    touch(db);
    ck_assert(refused(db, db));
    ck_assert(refused(sqlite_db, db));
    ck_assert(refused(db, dotted));
    ck_assert_int_eq(symlink(db, in_dir("link.db")), 0);
    ck_assert(refused(db, in_dir("link.db")));
    ck_assert_int_eq(link(db, in_dir("hard.db")), 0);
    ck_assert(refused(db, in_dir("hard.db")));
    /* its companions, whether they exist now or not */
    ck_assert(refused(db, in_dir("site.db-wal")));
    ck_assert(refused(db, in_dir("site.db-shm")));
    ck_assert(refused(db, in_dir("site.db-journal")));
    touch(in_dir("site.db-wal"));
    ck_assert(refused(db, in_dir("site.db-wal")));
    /* other files are fine */
    ck_assert(!refused(db, in_dir("backup.db")));
    ck_assert(!refused(db, in_dir("site.db.json")));
    ck_assert(!refused(db, in_dir("site.db-wal2")));
    touch(in_dir("other.db"));
    ck_assert(!refused(db, in_dir("other.db")));
    /* PostgreSQL has no file to overwrite */
    ck_assert(!refused("postgres://u@localhost/site", db));
    clean_dir();
}
END_TEST

START_TEST(relative_paths_are_compared_by_directory)
{
    make_dir();
    ck_assert_int_eq(chdir(dir), 0);
    touch("charla.db");
    ck_assert(refused("charla.db", "charla.db"));
    ck_assert(refused("charla.db", in_dir("charla.db")));
    ck_assert(refused(in_dir("charla.db"), "./charla.db-wal"));
    ck_assert(!refused("charla.db", "copy.db"));
    clean_dir();
}
END_TEST

START_TEST(a_missing_database_is_not_created)
{
    make_dir();
    struct buf err;
    buf_init(&err, 4096);
    const char *db = in_dir("typo.db");
    ck_assert_int_eq(cli_db_missing(db, &err), ERR_NOTFOUND);
    ck_assert_contains(err.data, "no database at");
    ck_assert_contains(err.data, "typo.db");
    buf_reset(&err);
    ck_assert_ptr_null(cli_db_open(db, CLI_DB_EXISTING, &err));
    ck_assert_contains(err.data, "charla import");
    ck_assert_int_eq(access(db, F_OK), -1);
    /* user add and setting set may start a site */
    buf_reset(&err);
    struct store *st = cli_db_open(db, CLI_DB_MAY_CREATE, &err);
    ck_assert_ptr_nonnull(st);
    store_free(st);
    ck_assert_int_eq(access(db, F_OK), 0);
    buf_reset(&err);
    ck_assert_int_eq(cli_db_missing(db, &err), 0);
    st = cli_db_open(db, CLI_DB_EXISTING, &err);
    ck_assert_ptr_nonnull(st);
    store_free(st);
    ck_assert_int_eq(cli_db_missing("postgres://u@localhost/x", &err), 0);
    buf_release(&err);
    clean_dir();
}
END_TEST

/* A database a command created is removed with the companions it made;
 * one that existed, and what existed beside it, are never touched. */
START_TEST(only_a_database_the_command_created_is_removed)
{
    make_dir();
    struct buf err;
    buf_init(&err, 4096);
    struct cli_db_files f;
    const char *db = in_dir("typo.db");
    cli_db_files_note(db, &f);
    struct store *st = store_open(db, &err);
    ck_assert_ptr_nonnull(st);
    store_free(st);
    touch(in_dir("typo.db-shm")); /* as a crash might leave it */
    ck_assert(cli_db_files_remove_new(db, &f));
    ck_assert_int_eq(access(db, F_OK), -1);
    ck_assert_int_eq(access(in_dir("typo.db-shm"), F_OK), -1);

    /* an existing database stays, and so does a -wal that was there */
    const char *site = in_dir("site.db");
    st = store_open(site, &err);
    ck_assert_ptr_nonnull(st);
    store_free(st);
    touch(in_dir("site.db-wal"));
    cli_db_files_note(site, &f);
    ck_assert(!cli_db_files_remove_new(site, &f));
    ck_assert_int_eq(access(site, F_OK), 0);
    ck_assert_int_eq(access(in_dir("site.db-wal"), F_OK), 0);

    /* PostgreSQL has no files to remove */
    cli_db_files_note("postgres://u@localhost/x", &f);
    ck_assert(!f.sqlite);
    ck_assert(!cli_db_files_remove_new("postgres://u@localhost/x", &f));
    unlink(in_dir("site.db-shm"));
    buf_release(&err);
    clean_dir();
}
END_TEST

/* A symlink at the database's path was there before the command, even
 * one that points nowhere yet (SQLite then creates its target): the
 * command never removes it. */
START_TEST(a_dangling_symlink_is_not_removed)
{
    make_dir();
    struct buf err;
    buf_init(&err, 4096);
    struct cli_db_files f;
    const char *db = in_dir("link.db");
    ck_assert_int_eq(symlink(in_dir("target.db"), db), 0);
    cli_db_files_note(db, &f);
    struct store *st = store_open(db, &err);
    ck_assert_msg(st != NULL, "%s", err.data);
    store_free(st);
    ck_assert(!cli_db_files_remove_new(db, &f));
    struct stat sb;
    ck_assert_int_eq(lstat(db, &sb), 0);
    ck_assert(S_ISLNK(sb.st_mode));
    buf_release(&err);
    clean_dir();
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_dangling_symlink_is_not_removed);
    tcase_add_test(tc, output_may_not_be_the_database);
    tcase_add_test(tc, relative_paths_are_compared_by_directory);
    tcase_add_test(tc, a_missing_database_is_not_created);
    tcase_add_test(tc, only_a_database_the_command_created_is_removed);
}

TEST_MAIN("db_file")
