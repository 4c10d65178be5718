/*
 * store_keys.c - see store_keys.h. Both forms quote a string the same way
 * ("..." with \" and \\) and differ in brackets and control bytes: JSON
 * must spell them \u00XX, while an array literal takes them as they are
 * inside quotes (and would read \u as a plain u).
 */
#include <stdio.h>

#include "store/store_keys.h"

int store_keys_ids(struct buf *b, const int64_t *ids, size_t n, bool pg)
{
    buf_init(b, STORE_KEYS_BYTES);
    buf_addc(b, pg ? '{' : '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(b, ',');
        buf_add_i64(b, ids[i]);
    }
    buf_addc(b, pg ? '}' : ']');
    return buf_failed(b);
}

static void add_quoted(struct buf *b, const char *s, bool pg)
{
    buf_addc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') {
            buf_addc(b, '\\');
            buf_addc(b, (char)*p);
        } else if (*p < 0x20 && !pg) {
            char esc[8];
            snprintf(esc, sizeof(esc), "\\u%04x", *p);
            buf_adds(b, esc);
        } else {
            buf_addc(b, (char)*p);
        }
    }
    buf_addc(b, '"');
}

int store_keys_texts(struct buf *b, const char *const *v, size_t n, bool pg)
{
    buf_init(b, STORE_KEYS_BYTES);
    buf_addc(b, pg ? '{' : '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(b, ',');
        add_quoted(b, v[i] ? v[i] : "", pg);
    }
    buf_addc(b, pg ? '}' : ']');
    return buf_failed(b);
}
