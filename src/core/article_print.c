/*
 * article_print.c - the article editor's fingerprint (see article_print.h).
 *
 * Each field is hashed with its length before it, so that moving text
 * from one field to the next ("ab" + "c" and "a" + "bc") changes the
 * fingerprint. A fingerprint only tells an accidental overlap apart; it
 * is no secret and needs no key: whoever sends the form may edit the
 * article anyway.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/article_print.h"

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t mix_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static uint64_t mix_field(uint64_t h, const char *s)
{
    uint64_t len = s ? strlen(s) : 0;
    unsigned char len_bytes[8];
    for (size_t i = 0; i < 8; i++)
        len_bytes[i] = (unsigned char)(len >> (8 * i));
    h = mix_bytes(h, len_bytes, sizeof(len_bytes));
    return s ? mix_bytes(h, s, (size_t)len) : h;
}

void article_print(const struct article *a, char out[ARTICLE_PRINT_HEX + 1])
{
    uint64_t h = FNV_OFFSET;
    const char *fields[] = {a->path,       a->title,        a->byline, a->body,
                            a->lead_image, a->lead_caption, a->labels};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        h = mix_field(h, fields[i]);
    unsigned char flags[2] = {(unsigned char)a->discussion,
                              (unsigned char)(a->is_published ? 1 : 0)};
    h = mix_bytes(h, flags, sizeof(flags));
    snprintf(out, ARTICLE_PRINT_HEX + 1, "%016llx", (unsigned long long)h);
}
