/*
 * site.c - loads the site settings (see site.h) and converts times to the
 * site's local time. The time zone setting is either a fixed offset, which
 * needs no global state, or an IANA name handed to the C library through
 * TZ once at start. A name the machine's time zone database lacks is
 * replaced by UTC, on purpose and reported (glibc would use UTC anyway,
 * silently), so the site's times are never wrong without a word.
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/site.h"
#include "core/tz_zone.h"
#include "util/str.h"

int site_parse_offset(const char *s, int *offset_s)
{
    size_t n = strlen(s);
    if (strcmp(s, "UTC") == 0 || strcmp(s, "Z") == 0 || strcmp(s, "GMT") == 0) {
        *offset_s = 0;
        return 0;
    }
    if (n != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':')
        return ERR_INVALID;
    int64_t h, m;
    if (str_to_int(s + 1, 2, 0, 14, &h) || str_to_int(s + 4, 2, 0, 59, &m))
        return ERR_INVALID;
    int off = (int)(h * 3600 + m * 60);
    *offset_s = s[0] == '-' ? -off : off;
    return 0;
}

static int load_key(struct store *st, struct site *site, struct arena *a,
                    struct buf *err)
{
    const char *hex;
    int ret = store_setting_get(st, "site_key", a, &hex);
    if (ret == 0) {
        if (str_unhex(hex, strlen(hex), site->key, PSEUDONYM_KEY_BYTES)) {
            buf_adds(err, "the stored site key is corrupt");
            return ERR_INVALID;
        }
        return 0;
    }
    if (ret != ERR_NOTFOUND) {
        buf_adds(err, "cannot read the site key");
        return ret;
    }
    /* first start: offer a fresh key, then read back whichever key won
       (another process may be starting on the same database) */
    char fresh[PSEUDONYM_KEY_BYTES * 2 + 1];
    pseudonym_new_key(site->key);
    str_hex(site->key, PSEUDONYM_KEY_BYTES, fresh);
    ret = store_setting_add(st, "site_key", fresh);
    sodium_memzero(fresh, sizeof(fresh));
    if (ret == 0)
        ret = store_setting_get(st, "site_key", a, &hex);
    if (ret == 0 && str_unhex(hex, strlen(hex), site->key, PSEUDONYM_KEY_BYTES))
        ret = ERR_INVALID;
    if (ret)
        buf_adds(err, "cannot store the site key");
    return ret;
}

/* copy_printable copies src into out (size bytes), control bytes as '?',
 * for a log line. */
static void copy_printable(char *out, size_t size, const char *src)
{
    size_t i = 0;
    for (; src[i] && i + 1 < size; i++) {
        unsigned char c = (unsigned char)src[i];
        out[i] = c >= 0x20 && c != 0x7f ? (char)c : '?';
    }
    out[i] = '\0';
}

/* load_zone reads the timezone setting into site and installs it. */
static int load_zone(struct store *st, struct site *site, struct arena *a)
{
    const char *v;
    snprintf(site->timezone, sizeof(site->timezone), "%s", "UTC");
    int ret = store_setting_get(st, "timezone", a, &v);
    if (ret && ret != ERR_NOTFOUND)
        return ret;
    /* "" is how `charla setting unset` leaves it: the default again */
    if (ret == 0 && v[0])
        snprintf(site->timezone, sizeof(site->timezone), "%s", v);
    if (site_parse_offset(site->timezone, &site->tz_offset_s) == 0) {
        site->tz_fixed = 1;
    } else if (tz_zone_find(site->timezone, strlen(site->timezone)) != 0) {
        copy_printable(site->tz_not_found, sizeof(site->tz_not_found),
                       site->timezone);
        snprintf(site->timezone, sizeof(site->timezone), "%s", "UTC");
        site->tz_fixed = 1;
        site->tz_offset_s = 0;
    } else {
        site->tz_fixed = 0;
        setenv("TZ", site->timezone, 1);
        tzset();
    }
    return 0;
}

int site_zone_load(struct store *st, struct site *site)
{
    struct arena a;
    memset(site, 0, sizeof(*site));
    arena_init(&a, 0);
    int ret = load_zone(st, site, &a);
    arena_release(&a);
    return ret;
}

static int offset_at(void *arg, int64_t created)
{
    return site_offset_min(arg, created);
}

int site_fill_comment_offsets(struct store *st, const struct site *site,
                              int64_t *filled)
{
    /* UTC stands in for a zone this machine lacks: written into the
       comments, it would move their time references for good once the
       zone is installed; left unknown, they get the zone's then */
    if (site->tz_not_found[0]) {
        if (filled)
            *filled = 0;
        return 0;
    }
    return store_comment_offsets_fill(st, offset_at, (void *)site, filled);
}

int site_load(struct store *st, struct site *site, struct buf *err)
{
    struct arena a;
    const char *v;
    int ret;

    memset(site, 0, sizeof(*site));
    arena_init(&a, 0);
    ret = load_key(st, site, &a, err);
    if (ret)
        goto out;
    snprintf(site->title, sizeof(site->title), "%s", "charla");
    /* "" is how `charla setting unset` leaves it: the default again */
    if (store_setting_get(st, "site_title", &a, &v) == 0 && v[0])
        snprintf(site->title, sizeof(site->title), "%s", v);
    ret = load_zone(st, site, &a);
    if (ret) {
        buf_adds(err, "cannot read the time zone setting");
        goto out;
    }
    /* comments stored before their zone was recorded were read in this
       zone, unless it changed before this version: nothing better is
       known */
    ret = site_fill_comment_offsets(st, site, NULL);
    if (ret)
        buf_adds(err, "cannot record the time zone of older comments");
out:
    arena_release(&a);
    return ret;
}

void site_release(struct site *site)
{
    sodium_memzero(site->key, sizeof(site->key));
}

int site_offset_min(const struct site *site, int64_t t)
{
    struct tm tm;
    site_local_time(site, t, &tm);
    return (int)(tm.tm_gmtoff / 60);
}

void site_local_time(const struct site *site, int64_t t, struct tm *out)
{
    time_t tt;
    if (site->tz_fixed) {
        tt = (time_t)(t + site->tz_offset_s);
        gmtime_r(&tt, out);
        out->tm_gmtoff = site->tz_offset_s;
    } else {
        tt = (time_t)t;
        localtime_r(&tt, out);
    }
}
