/*
 * site.h - the site-wide settings the rules and pages need: the secret key
 * of every keyed hash, the site's name and its time zone.
 *
 * Loaded once at start (site_load) and read-only afterwards, so every thread
 * may read it without locks.
 */
#ifndef CHARLA_CORE_SITE_H
#define CHARLA_CORE_SITE_H

#include <stdint.h>
#include <time.h>

#include "core/pseudonym.h"
#include "store/store.h"
#include "util/buf.h"

struct site {
    unsigned char key[PSEUDONYM_KEY_BYTES]; /* site secret; never leaves */
    char title[128];                        /* shown in the page header */
    char timezone[64];     /* "UTC", "-07:00" or an IANA name */
    int tz_fixed;          /* 1 if timezone is a fixed offset (or UTC) */
    int tz_offset_s;       /* the fixed offset, seconds east of UTC */
    char tz_not_found[64]; /* the stored zone when this machine has no such
                              zone, so UTC is used; control bytes as '?';
                              "" when the stored zone is in use */
};

/*
 * site_load reads the settings from the store, creating the site secret on
 * first start. An IANA time zone is installed process-wide (TZ), so call it
 * before starting threads. A stored zone the machine's time zone database
 * lacks (set by an older charla, or tzdata removed since) is not an
 * error: site->timezone becomes "UTC", used explicitly, and
 * site->tz_not_found names the stored zone for the caller to warn about.
 * Comments stored without a zone offset then get the zone's
 * (site_fill_comment_offsets), unless it is one the machine lacks.
 * Returns 0 or a negative err with a message.
 */
MUST_CHECK int site_load(struct store *st, struct site *site, struct buf *err);

/*
 * site_zone_load reads only the time zone setting into site (which it
 * zeroes first: no key, no title), as site_load does, installing an IANA
 * zone process-wide the same way: for a command that needs the site's
 * zone but must not create its secret. Returns 0 or ERR_DB.
 */
MUST_CHECK int site_zone_load(struct store *st, struct site *site);

/*
 * site_fill_comment_offsets records the offset of site's zone, at each
 * comment's own time, for every comment stored without one (before schema
 * 18, or left to the site's zone by a restore or an import that did not
 * know it): the zone those comments' writers read the thread in, as far as
 * charla can tell. Call it with the zone in use before that zone changes.
 * While the stored zone is one this machine lacks (site->tz_not_found),
 * it fills in nothing: UTC only stands in for that zone, and the rows
 * wait for it (tzdata installed).
 * *filled (may be NULL) gets how many. Returns 0 or a negative err.
 */
MUST_CHECK int site_fill_comment_offsets(struct store *st,
                                         const struct site *site,
                                         int64_t *filled);

/* site_offset_min: the UTC offset of site's zone at Unix time t, in
 * minutes east (-360 for Mexico City since 2022). */
int site_offset_min(const struct site *site, int64_t t);

/* site_release wipes the secret. */
void site_release(struct site *site);

/*
 * site_parse_offset parses "+HH:MM", "-HH:MM", "Z" or "UTC" into seconds.
 * Returns 0 or ERR_INVALID.
 */
MUST_CHECK int site_parse_offset(const char *s, int *offset_s);

/* site_local_time converts a Unix time to the site's local broken-down time. */
void site_local_time(const struct site *site, int64_t t, struct tm *out);

#endif
