/*
 * test_import_cli.c - the `charla import` command's own rules
 * (src/import/cli.c): a JSON restore says whether it stored anything,
 * so that a step after it that fails (recording the comments' zone)
 * never removes the new database it stored into as if it were empty.
 */
#include "testlib.h"

#include "import/cli.c"
#include "scratch_db.h"

static const char backup[] =
    "{\"format\":\"charla-export\",\"version\":2,\"scope\":\"site\"}\n"
    "{\"type\":\"article\",\"path\":\"/a\",\"title\":\"A\",\"byline\":\"\","
    "\"published\":1700000000,\"is_published\":true,\"body\":\"x\","
    "\"lead_image\":\"\",\"lead_caption\":\"\",\"labels\":\"\","
    "\"source_id\":\"\",\"external_url\":\"\",\"discussion\":0}\n"
    "{\"type\":\"end\",\"articles\":1,\"comments\":0}\n";

START_TEST(a_json_restore_says_whether_it_stored)
{
    char path[] = "/tmp/charla-test-backup-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, backup, sizeof(backup) - 1),
                     (ssize_t)(sizeof(backup) - 1));
    close(fd);
    struct scratch_db d;
    scratch_db_open(&d, "importcli");
    bool stored = false;
    ck_assert_int_eq(run_json_import(d.st, path, &stored), 0);
    ck_assert(stored);
    /* again: the article is there, nothing new is stored */
    ck_assert_int_eq(run_json_import(d.st, path, &stored), 0);
    ck_assert(!stored);
    scratch_db_close(&d);
    unlink(path);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_json_restore_says_whether_it_stored);
}

TEST_MAIN("import_cli")
