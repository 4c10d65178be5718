/*
 * fuzz_config.c - the configuration file parser (config_apply, a static
 * function of src/main.c) on any file.
 *
 * main.c is included with its main() renamed, so the static function can
 * be called without changing the program. NEEDSWORK: moving config_apply
 * to its own module would let this target link normally.
 */
#define main charla_main_unused
#include "../../src/main.c"
#undef main

#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_scratch_write(data, size);
    struct serve_opts o = {"charla.db", "127.0.0.1:8080", "web", 4, 0};
    struct arena a;
    arena_init(&a, 1u << 24);
    int ret = config_apply(path, &o, &a);
    if (ret != 0 && ret != 1)
        fuzz_die("config_apply returned something but 0 or 1");
    if (!o.db || !o.listen || !o.web || o.threads < 1 || o.threads > 256)
        fuzz_die("an option left invalid");
    arena_release(&a);
    return 0;
}
