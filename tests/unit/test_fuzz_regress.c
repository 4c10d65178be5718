/*
 * test_fuzz_regress.c - inputs the fuzzers (tests/fuzz) found that broke a
 * parser, replayed on the ordinary build so that a plain `make test`
 * catches the bug coming back. Each input is a file in the target's seed
 * corpus, tests/fuzz/corpus/<parser>/regress-*, so the fuzzers start from
 * it too.
 */
#include <stdio.h>
#include <unistd.h>

#include "import/json_backup.h"
#include "store/store.h"
#include "testlib.h"
#include "util/buf.h"

#define CORPUS "tests/fuzz/corpus/"

static char db_path[128];

static struct store *fresh_store(void)
{
    struct buf err;
    buf_init(&err, 1024);
    snprintf(db_path, sizeof(db_path), "/tmp/charla-fuzz-regress-%d.db",
             (int)getpid());
    unlink(db_path);
    struct store *st = store_open(db_path, &err);
    ck_assert_msg(st != NULL, "%s", err.data);
    buf_release(&err);
    return st;
}

static void drop_store(struct store *st)
{
    char p[160];
    store_free(st);
    unlink(db_path);
    snprintf(p, sizeof(p), "%s-wal", db_path);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", db_path);
    unlink(p);
}

/*
 * A line that starts with a NUL byte: fgets returns a chunk whose strlen
 * is 0, and the reader looked at line.data[line.len - 1] with len 0 (a
 * read before the buffer, found by UBSan), then silently dropped the
 * line. A NUL cannot be part of a JSON Lines file: refuse it.
 */
START_TEST(json_backup_nul_line_is_refused)
{
    struct store *st = fresh_store();
    struct buf err;
    struct import_json_summary sum;
    buf_init(&err, 1024);
    int ret = import_json(st, CORPUS "json_backup/regress-nul-line.jsonl",
                          false, &sum, &err);
    ck_assert_int_eq(ret, ERR_INVALID);
    ck_assert_contains(err.data, "regress-nul-line.jsonl:3");
    buf_release(&err);
    drop_store(st);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, json_backup_nul_line_is_refused);
}

TEST_MAIN("fuzz_regress")
