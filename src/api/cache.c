/*
 * cache.c - a fixed-size table of rendered threads; see cache.h.
 *
 * Slots are addressed by (article id, kind); a collision simply replaces
 * the older entry, which costs at most a re-render. One mutex guards the
 * table: it is held for a pointer swap and a reference increment only.
 *
 * Renders in flight: when a post changes a busy thread, every reader that
 * comes before the new version is cached would render it on its own.
 * cache_get_or_claim lets the first one claim the render and makes the
 * others wait (at most CLAIM_WAIT_MS) for its cache_put, so a change costs
 * one render whatever the number of readers. When posts come faster than
 * renders, readers who may read a page a render old get the version in
 * the cache while the next is rendered: one render of a thread at a time,
 * of the newest version when it starts, and no reader waits for it.
 * None of that ordering applies to the feed kinds, whose versions are
 * fingerprints (cache.h): those are matched exactly.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zlib.h>

#include "api/cache.h"

#define CLAIM_SLOTS 32     /* renders in flight at once, at most */
#define CLAIM_WAIT_MS 2000 /* then a waiter renders on its own */

struct claim {
    bool used;
    int64_t article_id;
    int kind;
    int64_t version;
};

struct page_cache {
    pthread_mutex_t lock;
    pthread_cond_t rendered; /* broadcast when a claim ends */
    size_t slots;
    int64_t site; /* site_fingerprint, in every ETag */
    struct cache_entry **table;
    uint64_t hits, misses;
    struct claim claims[CLAIM_SLOTS];
};

struct page_cache *cache_new(size_t slots, int64_t site_fingerprint)
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
    c->site = site_fingerprint;
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->rendered, NULL);
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

enum { GZ_NONE, GZ_MAKING, GZ_MADE };

/*
 * gzip_copy compresses data once, for the first reader that accepts gzip,
 * so that every later one gets the small copy at no further cost.
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

const char *cache_entry_gzip(struct cache_entry *e, size_t *len)
{
    int state = __atomic_load_n(&e->gz_state, __ATOMIC_ACQUIRE);
    if (state == GZ_NONE &&
        __atomic_compare_exchange_n(&e->gz_state, &state, GZ_MAKING, false,
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        gzip_copy(e);
        __atomic_store_n(&e->gz_state, GZ_MADE, __ATOMIC_RELEASE);
        state = GZ_MADE;
    }
    if (state != GZ_MADE || !e->gz)
        return NULL;
    *len = e->gz_len;
    return e->gz;
}

void cache_free(struct page_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->slots; i++)
        cache_unref(c->table[i]);
    free(c->table);
    pthread_cond_destroy(&c->rendered);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

static size_t slot_of(struct page_cache *c, int64_t article_id, int kind)
{
    uint64_t h = (uint64_t)article_id * 0x9E3779B97F4A7C15ull + (uint64_t)kind;
    return (size_t)(h ^ (h >> 29)) % c->slots;
}

/* The entry of the slot when it is of that article and kind, or NULL. */
static struct cache_entry *slot_entry(struct page_cache *c, int64_t article_id,
                                      int kind)
{
    struct cache_entry *e = c->table[slot_of(c, article_id, kind)];
    return e && e->article_id == article_id && e->kind == kind ? e : NULL;
}

static struct cache_entry *hit_locked(struct page_cache *c,
                                      struct cache_entry *e)
{
    __atomic_add_fetch(&e->refs, 1, __ATOMIC_ACQ_REL);
    c->hits++;
    return e;
}

static struct cache_entry *unlock_and(struct page_cache *c,
                                      struct cache_entry *e)
{
    pthread_mutex_unlock(&c->lock);
    return e;
}

/* lookup_locked: the referenced entry of exactly that version, or NULL. */
static struct cache_entry *lookup_locked(struct page_cache *c,
                                         int64_t article_id, int kind,
                                         int64_t version)
{
    struct cache_entry *e = slot_entry(c, article_id, kind);
    return e && e->version == version ? hit_locked(c, e) : NULL;
}

struct cache_entry *cache_get(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version)
{
    pthread_mutex_lock(&c->lock);
    struct cache_entry *found = lookup_locked(c, article_id, kind, version);
    if (!found)
        c->misses++;
    pthread_mutex_unlock(&c->lock);
    return found;
}

static struct claim *claim_find(struct page_cache *c, int64_t article_id,
                                int kind, int64_t version)
{
    for (int i = 0; i < CLAIM_SLOTS; i++) {
        struct claim *k = &c->claims[i];
        if (k->used && k->article_id == article_id && k->kind == kind &&
            k->version == version)
            return k;
    }
    return NULL;
}

/*
 * rendering_for: a render of that article and kind is in flight that a
 * reader of version should wait for: of that version or, where versions
 * are ordered, a newer one. *any tells whether any render of that article
 * and kind is in flight.
 */
static bool rendering_for(struct page_cache *c, int64_t article_id, int kind,
                          int64_t version, bool *any)
{
    *any = false;
    bool wait = false;
    for (int i = 0; i < CLAIM_SLOTS; i++) {
        struct claim *k = &c->claims[i];
        if (!k->used || k->article_id != article_id || k->kind != kind)
            continue;
        *any = true;
        if (k->version == version ||
            (cache_versions_ordered(kind) && k->version > version))
            wait = true;
    }
    return wait;
}

struct cache_entry *cache_get_or_claim(struct page_cache *c, int64_t article_id,
                                       int kind, int64_t version,
                                       bool may_be_stale)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += CLAIM_WAIT_MS / 1000;
    pthread_mutex_lock(&c->lock);
    bool ordered = cache_versions_ordered(kind);
    for (;;) {
        struct cache_entry *e = slot_entry(c, article_id, kind);
        bool any = false;
        bool wait = rendering_for(c, article_id, kind, version, &any);
        /* that version (not a newer one: a reader of a replica that
           lags reads what the replica holds) */
        if (e && e->version == version)
            return unlock_and(c, hit_locked(c, e));
        /* an older one while another reader renders the thread */
        if (e && ordered && e->version < version && may_be_stale && any)
            return unlock_and(c, hit_locked(c, e));
        /* wait for a render of this version (or a newer one) in flight */
        if (!wait || pthread_cond_timedwait(&c->rendered, &c->lock, &until))
            break; /* none, or waited long enough: render it ourselves */
    }
    c->misses++;
    for (int i = 0; i < CLAIM_SLOTS; i++) {
        struct claim *k = &c->claims[i];
        if (!k->used) {
            *k = (struct claim){.used = true,
                                .article_id = article_id,
                                .kind = kind,
                                .version = version};
            break;
        }
    }
    pthread_mutex_unlock(&c->lock);
    return NULL;
}

/* release_locked ends the claim on that render, if any, and wakes the
 * readers waiting for it. */
static void release_locked(struct page_cache *c, int64_t article_id, int kind,
                           int64_t version)
{
    struct claim *k = claim_find(c, article_id, kind, version);
    if (k) {
        k->used = false;
        pthread_cond_broadcast(&c->rendered);
    }
}

void cache_release_claim(struct page_cache *c, int64_t article_id, int kind,
                         int64_t version)
{
    pthread_mutex_lock(&c->lock);
    release_locked(c, article_id, kind, version);
    pthread_mutex_unlock(&c->lock);
}

struct cache_entry *cache_put(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version, const char *data,
                              size_t len)
{
    struct cache_entry *e = malloc(sizeof(*e) + len);
    if (!e) {
        cache_release_claim(c, article_id, kind, version);
        return NULL;
    }
    e->refs = 2; /* the table's and the caller's */
    e->article_id = article_id;
    e->kind = kind;
    e->version = version;
    /* 48 of the site fingerprint's bits: a change detector, not a key */
    unsigned long long site = (unsigned long long)c->site & 0xffffffffffffull;
    snprintf(e->etag, sizeof(e->etag), "\"a%lld-v%lld-%d-%012llx\"",
             (long long)article_id, (long long)version, kind, site);
    snprintf(e->gz_etag, sizeof(e->gz_etag), "\"a%lld-v%lld-%d-%012llx-gz\"",
             (long long)article_id, (long long)version, kind, site);
    e->gz = NULL;
    e->gz_len = 0;
    e->gz_state = GZ_NONE;
    e->len = len;
    memcpy(e->data, data, len);
    pthread_mutex_lock(&c->lock);
    size_t slot = slot_of(c, article_id, kind);
    struct cache_entry *old = c->table[slot];
    if (old && old->article_id == article_id && old->kind == kind &&
        cache_versions_ordered(kind) && old->version > version) {
        /* a newer render got there first: keep it, hand back ours */
        release_locked(c, article_id, kind, version);
        pthread_mutex_unlock(&c->lock);
        e->refs = 1;
        return e;
    }
    c->table[slot] = e;
    release_locked(c, article_id, kind, version);
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
