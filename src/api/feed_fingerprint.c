/*
 * feed_fingerprint.c - one number for what /feeds/comments.atom shows.
 *
 * The feed renders each of the site's newest visible comments within its
 * thread (references, handles per article), so a render loads whole
 * threads: on a story with thousands of comments, every poll of every
 * feed reader paid for that thread. The feed is now cached (the page
 * cache, kinds CACHE_FEED and CACHE_FEED_ES) under this fingerprint,
 * which one cheap query feeds (store_comments_newest_keys: ids only).
 *
 * Why these inputs are enough: a render is a function of
 *   - which comments are the newest visible ones, in which order: their
 *     ids (a new comment, a removal, an approval, an article unpublished
 *     or deleted all change that list);
 *   - what their threads hold: each article's version, which the store
 *     bumps on every change to the article (title, path, publication) and
 *     to any comment of its thread (an edit, a removal, a reply that a
 *     reference may now point at);
 *   - the settings read per request: site_url, as base_url and the
 *     authority of the tag: ids;
 *   - what is fixed while the server runs, put in all the same so that
 *     the number stays honest if that changes: the site's name and the
 *     site part of the tag: ids;
 *   - the language of the texts ("Anonymous", "Comments").
 * The feed's <updated> is its newest entry's time, which comes with that
 * comment's id (an empty feed says when it was rendered, and a cached
 * copy keeps saying so).
 *
 * Hashed with BLAKE2b (libsodium), each string preceded by its length so
 * that no two different inputs run together into the same bytes.
 */
#include <sodium.h>
#include <string.h>

#include "api/feed_fingerprint.h"

/* A label, so a change to what goes in can be made to change every number. */
static const char fingerprint_label[] = "charla comments feed 1";

static void add_u64(crypto_generichash_state *st, uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(v >> (8 * i));
    crypto_generichash_update(st, b, sizeof(b));
}

static void add_text(crypto_generichash_state *st, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    add_u64(st, n);
    if (n)
        crypto_generichash_update(st, (const unsigned char *)s, n);
}

int64_t feed_fingerprint(const struct feed_shown *in)
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, 8);
    add_text(&st, fingerprint_label);
    add_u64(&st, (uint64_t)in->lang);
    add_text(&st, in->base_url);
    add_text(&st, in->authority);
    add_text(&st, in->site_title);
    add_text(&st, in->site_id);
    add_u64(&st, in->nkeys);
    for (size_t i = 0; i < in->nkeys; i++) {
        add_u64(&st, (uint64_t)in->keys[i].comment_id);
        add_u64(&st, (uint64_t)in->keys[i].article_id);
        add_u64(&st, (uint64_t)in->keys[i].article_version);
    }
    unsigned char out[8];
    crypto_generichash_final(&st, out, sizeof(out));
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)out[i] << (8 * i);
    return (int64_t)(v >> 1); /* 63 bits: an ETag without a minus sign */
}
