/*
 * fuzz_json_backup.c - import_json (the charla backup format) on any file,
 * into a scratch SQLite database. A failed import must leave nothing
 * stored; after a successful one the database is thrown away and made
 * again, so every input starts from an empty site.
 */
#include "fuzz_util.h"
#include "import/json_backup.h"
#include "store/store.h"

static struct store *st;
static char db_path[300];

static void drop_db(void)
{
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    char p[320];
    store_free(st);
    st = NULL;
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof(p), "%s%s", db_path, suffix[i]);
        unlink(p);
    }
}

static void open_db(void)
{
    struct buf err;
    if (!db_path[0]) {
        const char *dir = getenv("TMPDIR");
        snprintf(db_path, sizeof(db_path), "%s/charla-fuzz-json-%d.db",
                 dir && *dir ? dir : "/tmp", (int)getpid());
        atexit(drop_db);
    }
    buf_init(&err, 1024);
    st = store_open(db_path, &err);
    if (!st)
        fuzz_die(err.data);
    buf_release(&err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!st)
        open_db();
    const char *path = fuzz_scratch_write(data, size);
    struct import_json_summary sum;
    struct buf err;
    buf_init(&err, 4096);
    int ret = import_json(st, path, false, &sum, &err);
    if (ret > 0)
        fuzz_die("a positive return value");
    if (ret != 0 && err.len == 0)
        fuzz_die("an error without a message");
    if (ret == 0) {
        drop_db();
    } else {
        int64_t n = -1;
        if (store_article_count(st, &n) || n != 0)
            fuzz_die("a failed import left articles behind");
    }
    buf_release(&err);
    return 0;
}
