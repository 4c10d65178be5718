/*
 * cache.c - a fixed-size table of rendered threads; see cache.h.
 *
 * Slots are addressed by (article id, kind); a collision simply replaces
 * the older entry, which costs at most a re-render. One mutex guards the
 * table: it is held for a pointer swap and a reference increment only.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "api/cache.h"

struct page_cache {
    pthread_mutex_t lock;
    size_t slots;
    struct cache_entry **table;
    uint64_t hits, misses;
};

struct page_cache *cache_new(size_t slots)
{
    struct page_cache *c = calloc(1, sizeof(*c));
    if (!c)
        return NULL;
    c->table = calloc(slots, sizeof(*c->table));
    if (!c->table) {
        free(c);
        return NULL;
    }
    c->slots = slots;
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

void cache_unref(void *p)
{
    struct cache_entry *e = p;
    if (e && __atomic_sub_fetch(&e->refs, 1, __ATOMIC_ACQ_REL) == 0) {
        free(e->gz);
        free(e);
    }
}

/*
 * gzip_copy compresses data once, when the entry is made, so that every
 * client that accepts gzip gets the small copy at no further cost.
 */
static void gzip_copy(struct cache_entry *e)
{
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    /* windowBits 15 + 16: a gzip wrapper, as Content-Encoding: gzip wants */
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return;
    uLong bound = deflateBound(&zs, (uLong)e->len);
    char *out = malloc(bound);
    if (out) {
        zs.next_in = (Bytef *)e->data;
        zs.avail_in = (uInt)e->len;
        zs.next_out = (Bytef *)out;
        zs.avail_out = (uInt)bound;
        if (deflate(&zs, Z_FINISH) == Z_STREAM_END && zs.total_out < e->len) {
            e->gz = out;
            e->gz_len = zs.total_out;
            out = NULL;
        }
        free(out);
    }
    deflateEnd(&zs);
}

void cache_free(struct page_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->slots; i++)
        cache_unref(c->table[i]);
    free(c->table);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

static size_t slot_of(struct page_cache *c, int64_t article_id, int kind)
{
    uint64_t h = (uint64_t)article_id * 0x9E3779B97F4A7C15ull + (uint64_t)kind;
    return (size_t)(h ^ (h >> 29)) % c->slots;
}

struct cache_entry *cache_get(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version)
{
    struct cache_entry *found = NULL;
    pthread_mutex_lock(&c->lock);
    struct cache_entry *e = c->table[slot_of(c, article_id, kind)];
    if (e && e->article_id == article_id && e->kind == kind &&
        e->version == version) {
        __atomic_add_fetch(&e->refs, 1, __ATOMIC_ACQ_REL);
        found = e;
        c->hits++;
    } else {
        c->misses++;
    }
    pthread_mutex_unlock(&c->lock);
    return found;
}

struct cache_entry *cache_put(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version, const char *data,
                              size_t len)
{
    struct cache_entry *e = malloc(sizeof(*e) + len);
    if (!e)
        return NULL;
    e->refs = 2; /* the table's and the caller's */
    e->article_id = article_id;
    e->kind = kind;
    e->version = version;
    snprintf(e->etag, sizeof(e->etag), "\"a%lld-v%lld-%d\"",
             (long long)article_id, (long long)version, kind);
    snprintf(e->gz_etag, sizeof(e->gz_etag), "\"a%lld-v%lld-%d-gz\"",
             (long long)article_id, (long long)version, kind);
    e->gz = NULL;
    e->gz_len = 0;
    e->len = len;
    memcpy(e->data, data, len);
    gzip_copy(e);
    pthread_mutex_lock(&c->lock);
    size_t slot = slot_of(c, article_id, kind);
    struct cache_entry *old = c->table[slot];
    if (old && old->article_id == article_id && old->kind == kind &&
        old->version > version) {
        /* a newer render got there first: keep it, hand back ours */
        pthread_mutex_unlock(&c->lock);
        e->refs = 1;
        return e;
    }
    c->table[slot] = e;
    pthread_mutex_unlock(&c->lock);
    cache_unref(old);
    return e;
}

void cache_stats(struct page_cache *c, uint64_t *hits, uint64_t *misses)
{
    pthread_mutex_lock(&c->lock);
    *hits = c->hits;
    *misses = c->misses;
    pthread_mutex_unlock(&c->lock);
}
