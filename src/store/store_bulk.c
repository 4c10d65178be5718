/*
 * store_bulk.c - bulk import sessions (the store_bulk block of store.h):
 * the SQLite backend has a fast path (sqlite_bulk.c); every other backend
 * is served here through the ordinary store calls, so a backend needs no
 * code of its own to support imports.
 *
 * Why not a slot in struct store_ops: the session keeps state (prepared
 * statements, caches) that lives exactly as long as one import, which an
 * opaque handle expresses better than more functions on the store.
 */
#include <stdlib.h>
#include <string.h>

#include "store/sqlite_bulk.h"
#include "store/store.h"

struct store_bulk {
    struct store *st;
    struct sqlite_bulk *fast; /* the SQLite fast path, or NULL */
    struct arena scratch;     /* generic path: rows read back */
};

struct store_bulk *store_bulk_new(struct store *s, int64_t per_tx,
                                  struct buf *err)
{
    struct store_bulk *b = calloc(1, sizeof(*b));
    if (!b) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    b->st = s;
    arena_init(&b->scratch, 0);
    if (strcmp(store_backend_name(s), "sqlite") == 0) {
        b->fast = sqlite_bulk_new(s, per_tx, err);
        if (!b->fast) {
            store_bulk_free(b);
            return NULL;
        }
    }
    return b;
}

void store_bulk_free(struct store_bulk *b)
{
    if (!b)
        return;
    sqlite_bulk_free(b->fast);
    arena_release(&b->scratch);
    free(b);
}

int store_bulk_find(struct store_bulk *b, const char *source_id, int64_t *id,
                    int64_t *article_id)
{
    int64_t unused;
    if (!id)
        id = &unused;
    if (!article_id)
        article_id = &unused;
    if (b->fast)
        return sqlite_bulk_find(b->fast, source_id, id, article_id);
    struct comment c;
    arena_reset(&b->scratch);
    int ret = store_comment_by_source(b->st, source_id, &b->scratch, &c);
    if (ret == 0) {
        *id = c.id;
        *article_id = c.article_id;
    }
    return ret;
}

int store_bulk_insert(struct store_bulk *b, struct comment *c)
{
    /* as store_comment_insert: an offset a backup can carry */
    if (c->tz_known && (c->tz_offset_min < -COMMENT_TZ_OFFSET_MAX_MIN ||
                        c->tz_offset_min > COMMENT_TZ_OFFSET_MAX_MIN))
        return ERR_INVALID;
    if (b->fast)
        return sqlite_bulk_insert(b->fast, c);
    return store_comment_insert(b->st, c);
}

int store_bulk_flush(struct store_bulk *b)
{
    return b->fast ? sqlite_bulk_flush(b->fast) : 0;
}
