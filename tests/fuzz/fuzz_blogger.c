/*
 * fuzz_blogger.c - import_blogger on any file: the bytes go to a scratch file
 * and through the importer into a sink that checks each record (see
 * fuzz_util.h) and keeps nothing. An error must come with a message.
 */
#include "fuzz_util.h"
#include "import/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_scratch_write(data, size);
    struct import_stats stats;
    struct buf err;
    buf_init(&err, 4096);
    int ret = import_blogger(path, &fuzz_null_sink, &stats, &err);
    if (ret != 0 && err.len == 0)
        fuzz_die("an error without a message");
    if (ret > 0)
        fuzz_die("a positive return value");
    buf_release(&err);
    return 0;
}
