/*
 * site_fingerprint.c - see site_fingerprint.h.
 *
 * Why these inputs: a cached page (article page, thread JSON, embed JSON,
 * comments feed) is a function of its article's version and language,
 * which its ETag already names, and of what is fixed while the server
 * runs:
 *   - the code that renders it: the build's version;
 *   - the site settings read at start that pages show: the site's name
 *     (every page's header, the feeds' titles) and time zone (every
 *     comment's time);
 *   - the settings `language` (which language a reader without a choice
 *     gets) and `site_url` (the feeds' links and ids), read while the
 *     server runs and already keyed per request (the language is in the
 *     kind, site_url in the feed's fingerprint), put in too so that a
 *     restart after a change never revalidates a copy made before it;
 *   - the static files the pages load (style.css, app.js, ...), so a page
 *     and its script always come from the same release.
 */
#include "api/site_fingerprint.h"
#include "api/fingerprint.h"

/* A label, so a change to what goes in can be made to change every number. */
static const char site_label[] = "charla site 2";

int64_t site_fingerprint(const struct site_shown *in)
{
    struct fingerprint fp;
    fingerprint_init(&fp, site_label);
    fingerprint_add_text(&fp, in->version);
    fingerprint_add_text(&fp, in->build);
    fingerprint_add_text(&fp, in->title);
    fingerprint_add_text(&fp, in->timezone);
    fingerprint_add_text(&fp, in->language);
    fingerprint_add_text(&fp, in->site_url);
    fingerprint_add_u64(&fp, in->nweb);
    for (size_t i = 0; i < in->nweb; i++)
        fingerprint_add_text(&fp, in->web_etags[i]);
    return fingerprint_final(&fp);
}
