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
 * Hashed as every fingerprint is (fingerprint.c): BLAKE2b, each string
 * preceded by its length so that no two different inputs run together.
 */
#include "api/feed_fingerprint.h"
#include "api/fingerprint.h"

/* A label, so a change to what goes in can be made to change every number. */
static const char fingerprint_label[] = "charla comments feed 1";

int64_t feed_fingerprint(const struct feed_shown *in)
{
    struct fingerprint fp;
    fingerprint_init(&fp, fingerprint_label);
    fingerprint_add_u64(&fp, (uint64_t)in->lang);
    fingerprint_add_text(&fp, in->base_url);
    fingerprint_add_text(&fp, in->authority);
    fingerprint_add_text(&fp, in->site_title);
    fingerprint_add_text(&fp, in->site_id);
    fingerprint_add_u64(&fp, in->nkeys);
    for (size_t i = 0; i < in->nkeys; i++) {
        fingerprint_add_u64(&fp, (uint64_t)in->keys[i].comment_id);
        fingerprint_add_u64(&fp, (uint64_t)in->keys[i].article_id);
        fingerprint_add_u64(&fp, (uint64_t)in->keys[i].article_version);
    }
    return fingerprint_final(&fp); /* 63 bits: an ETag without a minus sign */
}
