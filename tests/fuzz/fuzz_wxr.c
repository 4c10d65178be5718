/*
 * fuzz_wxr.c - import_wxr on any file: the bytes go to a scratch file
 * and through the importer into a sink that checks each record (see
 * fuzz_util.h) and keeps nothing. An error must come with a message.
 */
#include "fuzz_util.h"
#include "import/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_import(import_wxr, data, size);
    return 0;
}
