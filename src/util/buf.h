/*
 * buf.h - a growable byte buffer with a hard size limit and sticky errors.
 *
 * Invariants: data is never NULL and is always NUL-terminated at data[len];
 * len never exceeds max. When an append would exceed max, or memory runs
 * out, the buffer remembers the failure (buf_failed) and ignores further
 * appends, so callers append freely and check once at the end.
 * Growing reallocates: pointers into data are invalid after an append.
 */
#ifndef CHARLA_UTIL_BUF_H
#define CHARLA_UTIL_BUF_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

struct buf {
    char *data; /* owned heap bytes, or a static "" while cap == 0 */
    size_t len; /* bytes used, excluding the terminating NUL */
    size_t cap; /* bytes allocated, including room for the NUL */
    size_t max; /* largest len allowed */
    int err;    /* 0, or the first ERR_NOMEM / ERR_TOOBIG seen */
};

/* buf_init prepares an empty buffer that may grow to max_len bytes. */
void buf_init(struct buf *b, size_t max_len);
/* buf_release frees the bytes; the buffer is empty and usable again. */
void buf_release(struct buf *b);
/* buf_reset empties the buffer and clears its error, keeping memory. */
void buf_reset(struct buf *b);
/* buf_failed returns 0 or the sticky error code. */
int buf_failed(const struct buf *b);

void buf_add(struct buf *b, const void *data, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
/* buf_addf appends printf-formatted text. Never use it for markup. */
void buf_addf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_add_i64(struct buf *b, int64_t v);
/* buf_truncate shortens the buffer to len bytes (no-op if longer). */
void buf_truncate(struct buf *b, size_t len);

/*
 * buf_add_file appends the whole file at path. Returns 0, ERR_NOTFOUND (no
 * such file), ERR_IO (it could not be opened or read; errno tells why) or
 * the buffer's error (ERR_TOOBIG past its limit, ERR_NOMEM).
 */
int buf_add_file(struct buf *b, const char *path);

/*
 * buf_detach hands the bytes to the caller (free with free()) and leaves the
 * buffer empty. Returns NULL if the buffer had failed. *len_out may be NULL.
 */
char *buf_detach(struct buf *b, size_t *len_out);

#endif
