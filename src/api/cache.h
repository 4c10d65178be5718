/*
 * cache.h - rendered thread pages and JSON, kept per article version, and
 * the site-wide comments feed, kept per fingerprint of what it shows.
 *
 * A thread is rendered once per change and then served from here, so a
 * read costs one version look-up and a memcpy-free send. Entries are
 * immutable and reference-counted: a response holds a reference until MHD
 * has sent the bytes, so replacing an entry never frees bytes in flight.
 * A newer version simply replaces the slot; stale versions are never
 * returned because the caller always asks for the version it just read.
 */
#ifndef CHARLA_API_CACHE_H
#define CHARLA_API_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Every kind is in one language: a page's texts and dates, and in the JSON
 * the title of a link to a removed comment, follow the reader's language.
 * The kind goes into the ETag, so a reader never revalidates one
 * language's copy into another's. Use cache_kind_lang to pick one.
 *
 * The feed kinds are not a thread's: their article id is 0 and their
 * version is a fingerprint of what the feed shows (src/api/
 * feed_fingerprint.h), not a counter. A fingerprint is not newer or older
 * than another, so for those kinds (cache_versions_ordered false) a reader
 * waits only for a render of the very same fingerprint, is never handed
 * another one's bytes, and a put always takes the slot.
 */
enum cache_kind {
    CACHE_PAGE = 0,     /* the article page without per-reader parts */
    CACHE_JSON = 1,     /* GET /api/v1/articles/{id}/comments */
    CACHE_PAGE_ES = 2,  /* CACHE_PAGE in Spanish */
    CACHE_JSON_ES = 3,  /* CACHE_JSON in Spanish */
    CACHE_EMBED = 4,    /* GET /embed/thread.json: CACHE_JSON plus "embed" */
    CACHE_EMBED_ES = 5, /* CACHE_EMBED in Spanish */
    CACHE_FEED = 6,     /* GET /feeds/comments.atom, the newest comments */
    CACHE_FEED_ES = 7,  /* CACHE_FEED in Spanish */
    CACHE_KINDS
};

/* cache_kind_lang: the kind for base (CACHE_PAGE, CACHE_JSON, CACHE_EMBED
 * or CACHE_FEED) in the language lang (an enum msg_lang from
 * render/msg.h: 0 en, 1 es). */
static inline int cache_kind_lang(int base, int lang)
{
    if (lang != 1)
        return base;
    if (base == CACHE_EMBED || base == CACHE_FEED)
        return base + 1;
    return base + CACHE_PAGE_ES;
}

/* cache_versions_ordered: a kind's versions count up (a thread's), so a
 * higher one is newer; false for fingerprints (the feed kinds). */
static inline bool cache_versions_ordered(int kind)
{
    return kind != CACHE_FEED && kind != CACHE_FEED_ES;
}

struct cache_entry {
    int refs; /* atomic */
    int64_t article_id;
    int kind;
    int64_t version;
    char etag[64];    /* "\"a<id>-v<version>-<kind>-<site>\"", site 12
                         hex digits of the cache's site_fingerprint */
    char gz_etag[68]; /* the same with "-gz": the gzip variant's */
    char *gz;         /* gzip copy (malloc), or NULL if not made or not
                         smaller: see cache_entry_gzip */
    size_t gz_len;
    int gz_state; /* atomic: GZ_NONE, GZ_MAKING, GZ_MADE */
    size_t len;
    char data[]; /* len bytes */
};

struct page_cache;

/*
 * cache_new makes a cache of slots entries. site_fingerprint (api/
 * site_fingerprint.h: the build, the site settings pages show) goes into
 * every entry's ETag, so a page rendered by another build or with other
 * settings, held by a client from before a restart, is never answered 304.
 */
struct page_cache *cache_new(size_t slots, int64_t site_fingerprint);
void cache_free(struct page_cache *c);

/* cache_get returns a referenced entry for exactly that version, or NULL. */
struct cache_entry *cache_get(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version);

/*
 * cache_get_or_claim is cache_get for a reader that will render on a miss:
 *   - if another caller is rendering that version or a newer one, it waits
 *     for it (up to two seconds);
 *   - when the reader may_be_stale and the cache holds an older version
 *     while another caller renders the thread, it gets that older version
 *     at once, so a thread that changes many times a second is rendered
 *     once at a time, not once per reader and version, and its readers
 *     never wait for a render;
 *   - if not, it claims the render and returns NULL.
 * A claim ends with cache_put of that version, or cache_release_claim if
 * the render failed. An author who has just posted (or anyone who must
 * see a change at once) asks with may_be_stale false.
 */
struct cache_entry *cache_get_or_claim(struct page_cache *c, int64_t article_id,
                                       int kind, int64_t version,
                                       bool may_be_stale);
void cache_release_claim(struct page_cache *c, int64_t article_id, int kind,
                         int64_t version);

/* cache_put stores a copy of data and returns a referenced entry (NULL if
 * out of memory; the caller then serves its own bytes). */
struct cache_entry *cache_put(struct page_cache *c, int64_t article_id,
                              int kind, int64_t version, const char *data,
                              size_t len);

/*
 * cache_entry_gzip returns the gzip copy of a referenced entry, made by
 * the first reader that asks for one (readers that ask while it is being
 * made get NULL and the plain bytes), or NULL when gzip is not smaller.
 * A thread that changes often is re-rendered often: only a version some
 * reader wants compressed is compressed.
 */
const char *cache_entry_gzip(struct cache_entry *e, size_t *len);

/* cache_unref drops a reference; usable as an MHD free callback. */
void cache_unref(void *entry);

/* Hit and miss counters, for metrics. */
void cache_stats(struct page_cache *c, uint64_t *hits, uint64_t *misses);

#endif
