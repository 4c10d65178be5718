/*
 * fingerprint.c - see fingerprint.h. BLAKE2b from libsodium, cut to 63
 * bits: a change detector whose numbers are the same in every process
 * and build, so an ETag a client holds still matches after a restart
 * when nothing it covers changed.
 */
#include <string.h>

#include "api/fingerprint.h"

void fingerprint_init(struct fingerprint *fp, const char *label)
{
    crypto_generichash_init(&fp->st, NULL, 0, 8);
    fingerprint_add_text(fp, label);
}

void fingerprint_add_u64(struct fingerprint *fp, uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    crypto_generichash_update(&fp->st, b, sizeof(b));
}

void fingerprint_add_text(struct fingerprint *fp, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    fingerprint_add_u64(fp, n);
    if (n)
        crypto_generichash_update(&fp->st, (const unsigned char *)s, n);
}

int64_t fingerprint_final(struct fingerprint *fp)
{
    unsigned char out[8];
    crypto_generichash_final(&fp->st, out, sizeof(out));
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)out[i] << (8 * i);
    return (int64_t)(v >> 1);
}
