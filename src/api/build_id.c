/*
 * build_id.c - see build_id.h. The executable is read through
 * /proc/self/exe, the file the kernel started, once per process.
 */
#include "api/build_id.h"

#include <pthread.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdio.h>

#define BUILD_ID_BYTES 8

static char build_hex[BUILD_ID_BYTES * 2 + 1];
static pthread_once_t build_once = PTHREAD_ONCE_INIT;

static void build_id_make(void)
{
    FILE *f = fopen("/proc/self/exe", "rb");
    if (!f)
        return;
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, BUILD_ID_BYTES);
    unsigned char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
        crypto_generichash_update(&st, chunk, got);
    bool failed = ferror(f) != 0;
    fclose(f);
    unsigned char out[BUILD_ID_BYTES];
    crypto_generichash_final(&st, out, sizeof(out));
    if (!failed)
        sodium_bin2hex(build_hex, sizeof(build_hex), out, sizeof(out));
}

const char *build_id(void)
{
    pthread_once(&build_once, build_id_make);
    return build_hex;
}
