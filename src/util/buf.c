/*
 * buf.c - growable buffers with a size limit and sticky errors.
 *
 * The empty buffer points at a shared static "" so that data is never NULL
 * and no allocation happens until the first append.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

static char buf_empty[1];

void buf_init(struct buf *b, size_t max_len)
{
    b->data = buf_empty;
    b->len = 0;
    b->cap = 0;
    b->max = max_len;
    b->err = 0;
}

void buf_release(struct buf *b)
{
    if (b->cap)
        free(b->data);
    buf_init(b, b->max);
}

void buf_reset(struct buf *b)
{
    b->len = 0;
    b->err = 0;
    if (b->cap)
        b->data[0] = '\0';
}

int buf_failed(const struct buf *b)
{
    return b->err;
}

/* buf_grow makes room for extra more bytes plus the NUL. */
static int buf_grow(struct buf *b, size_t extra)
{
    if (b->err)
        return -1;
    if (extra > b->max || b->len > b->max - extra) {
        b->err = ERR_TOOBIG;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap * 2;
    char *p = b->cap ? realloc(b->data, cap) : malloc(cap);
    if (!p) {
        b->err = ERR_NOMEM;
        return -1;
    }
    if (!b->cap)
        p[0] = '\0';
    b->data = p;
    b->cap = cap;
    return 0;
}

void buf_add(struct buf *b, const void *data, size_t len)
{
    if (buf_grow(b, len))
        return;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
    buf_add(b, &c, 1);
}

void buf_addf(struct buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;

    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->err = ERR_INVALID;
        return;
    }
    if ((size_t)n < sizeof(small)) {
        buf_add(b, small, (size_t)n);
        return;
    }
    if (buf_grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_add_i64(struct buf *b, int64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof(tmp), "%lld", (long long)v);
    buf_add(b, tmp, (size_t)n);
}

void buf_truncate(struct buf *b, size_t len)
{
    if (len < b->len) {
        b->len = len;
        b->data[len] = '\0';
    }
}

char *buf_detach(struct buf *b, size_t *len_out)
{
    char *p;

    if (b->err) {
        buf_release(b);
        return NULL;
    }
    if (b->cap) {
        p = b->data;
    } else {
        p = malloc(1);
        if (!p)
            return NULL;
        p[0] = '\0';
    }
    if (len_out)
        *len_out = b->len;
    buf_init(b, b->max);
    return p;
}

int buf_add_file(struct buf *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return errno == ENOENT ? ERR_NOTFOUND : ERR_IO;
    char chunk[8192];
    size_t k;
    while (!b->err && (k = fread(chunk, 1, sizeof(chunk), f)) > 0)
        buf_add(b, chunk, k);
    int bad = ferror(f);
    int saved = errno;
    fclose(f);
    if (b->err)
        return b->err;
    if (bad) {
        errno = saved;
        return ERR_IO;
    }
    return 0;
}
