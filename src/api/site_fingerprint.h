/*
 * site_fingerprint.h - what shapes every cached page besides its own
 * article, in one number, folded into every ETag the page cache makes
 * (cache.h). Without it an article page's ETag named only the article's
 * version, so after a change of the site's name or time zone and a
 * restart, or after an upgrade, a browser that sent the old ETag got a
 * 304 and kept the old page. An upgrade shows in the version string and,
 * for a build of the same version, in the executable's own hash.
 */
#ifndef CHARLA_API_SITE_FINGERPRINT_H
#define CHARLA_API_SITE_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

/* Everything that goes in. Strings are borrowed; NULL counts as "". */
struct site_shown {
    const char *version;  /* the build's, CHARLA_VERSION */
    const char *build;    /* the running executable's hash (build_id.h) */
    const char *title;    /* struct site's title (the page header) */
    const char *timezone; /* the zone in use (struct site), times shown */
    const char *language; /* the setting `language`, as stored */
    const char *site_url; /* the setting `site_url`, as stored */
    const char *const *web_etags; /* the static files' ETags: the scripts
                                     and styles the pages are made for */
    size_t nweb;
};

/*
 * site_fingerprint returns a 63-bit number (never negative) of in: equal
 * inputs give equal numbers in every process and build, and a change of
 * any of them another (but with odds of 2^-63). Made once at start: the
 * site's name and time zone are read only then (site_load).
 */
int64_t site_fingerprint(const struct site_shown *in);

#endif
