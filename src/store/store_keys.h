/*
 * store_keys.h - a list of keys as one bound parameter, for the batched
 * reads of store.h: a JSON array for SQLite (json_each) or an array
 * literal for PostgreSQL (= ANY($1::bigint[])). One parameter keeps each
 * batched statement a single prepared statement whatever the list's
 * length. Not for use outside src/store.
 */
#ifndef CHARLA_STORE_STORE_KEYS_H
#define CHARLA_STORE_STORE_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* The most bytes a list may take; a longer one fails with ERR_TOOBIG. */
#define STORE_KEYS_BYTES (1024 * 1024)

/*
 * store_keys_ids writes ids as "[1,2]" (pg false) or "{1,2}" (pg true)
 * into b, which it initialises; the caller releases it. 0 or b's error.
 */
MUST_CHECK int store_keys_ids(struct buf *b, const int64_t *ids, size_t n,
                              bool pg);

/*
 * store_keys_texts writes v as a JSON array of strings (pg false) or a
 * PostgreSQL array literal of quoted elements (pg true) into b, which it
 * initialises; the caller releases it. 0 or b's error.
 */
MUST_CHECK int store_keys_texts(struct buf *b, const char *const *v, size_t n,
                                bool pg);

#endif
