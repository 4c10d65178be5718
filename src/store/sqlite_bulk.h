/*
 * sqlite_bulk.h - the SQLite fast path of a bulk import session (see the
 * store_bulk block of store.h); used only by store_bulk.c.
 */
#ifndef CHARLA_STORE_SQLITE_BULK_H
#define CHARLA_STORE_SQLITE_BULK_H

#include "store/store.h"

struct sqlite_bulk;

/* A session on the calling thread's connection of s (a SQLite store), or
 * NULL with a message in err. Free with sqlite_bulk_free. */
struct sqlite_bulk *sqlite_bulk_new(struct store *s, int64_t per_tx,
                                    struct buf *err);
void sqlite_bulk_free(struct sqlite_bulk *b);
/* As store_bulk_find, store_bulk_insert and store_bulk_flush. */
int sqlite_bulk_find(struct sqlite_bulk *b, const char *source_id, int64_t *id,
                     int64_t *article_id);
int sqlite_bulk_insert(struct sqlite_bulk *b, struct comment *c);
int sqlite_bulk_flush(struct sqlite_bulk *b);

#endif
