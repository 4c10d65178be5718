/*
 * feed_fingerprint.h - what the site-wide comments feed
 * (/feeds/comments.atom) would show, in one number, so that a feed reader
 * polling it every few minutes gets the cached render, or a 304, without
 * the threads of its comments being loaded again. See feed_fingerprint.c
 * for what goes in and why that is enough.
 */
#ifndef CHARLA_API_FEED_FINGERPRINT_H
#define CHARLA_API_FEED_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* Everything a render of the feed depends on. Strings are borrowed. */
struct feed_shown {
    const struct store_newest_key *keys; /* store_comments_newest_keys */
    size_t nkeys;
    const char *base_url;   /* from the setting site_url: "" or "https://h" */
    const char *authority;  /* the host of the entries' tag: ids */
    const char *site_title; /* the site's name, in the feed's title */
    const char *site_id;    /* the site part of the tag: ids */
    int lang;               /* enum msg_lang of the texts */
};

/*
 * feed_fingerprint returns a 63-bit hash (never negative) of in: equal
 * inputs give equal numbers in every process, and a change of any field,
 * of any key, or of the keys' order gives another number (but with odds
 * of 2^-63). It is the feed's version in the page cache and its ETag.
 */
int64_t feed_fingerprint(const struct feed_shown *in);

#endif
