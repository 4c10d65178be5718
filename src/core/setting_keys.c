/*
 * setting_keys.c - the table of every setting charla reads: its kind of
 * value, its limits, and whether a backup carries it.
 *
 * One table for the command line and the backup, because a backup file
 * may come from anywhere: an import stores only what `charla setting set`
 * would accept, and only keys that describe the site (its name, language,
 * screening and limits). Secrets stay with the database they were made
 * for: a file that brought its own metrics_token or queue_feed_token
 * would let whoever wrote it read /metrics or the private queue feed, and
 * one that brought webhook_url would send the site's events to them.
 * site_key and internal state ("raid:<article id>" rows, the import
 * checkpoint) are not settings anyone sets, so they are not here at all.
 *
 * A time zone name is checked against the machine's time zone database,
 * not only by its shape: glibc shows UTC for a zone it cannot find, so a
 * typo would otherwise be stored and shift every time on the site.
 *
 * A fraction is checked by its digits, not with strtod, so that the
 * answer does not depend on the locale; it takes what the screening page
 * takes (".5", "1.00") and "0", which the screening reads as its default.
 */
#include <string.h>

#include "core/setting_keys.h"
#include "core/site.h"
#include "core/tz_zone.h"
#include "render/html.h"
#include "util/str.h"

static const struct setting_key keys[] = {
    {"site_title", SETTING_TEXT, 0, true,
     "the site's name, shown in the header"},
    {"site_url", SETTING_URL, 0, true,
     "public base URL, for absolute links in feeds"},
    {"timezone", SETTING_TZ, 0, true,
     "\"-07:00\", \"UTC\" or an IANA name this machine has"},
    {"language", SETTING_LANG, 0, true, "default language: en or es"},
    {"report_threshold", SETTING_NUMBER, 1000, true,
     "reader reports that hold a comment"},
    {"hold_threshold", SETTING_FRACTION, 0, true,
     "screening score that holds (0-1)"},
    {"publish_profanity", SETTING_SWITCH, 0, true,
     "1: publish comments held for profanity alone"},
    {"banned_words", SETTING_LIST, 0, true, "refused words, one per line"},
    {"suspect_words", SETTING_LIST, 0, true,
     "words that hold for review, one per line"},
    {"protected_names", SETTING_LIST, 0, true,
     "names held as doxxing, one per line"},
    {"raid_comments_per_min", SETTING_NUMBER, 1000000, true,
     "raid trigger; 0 = off"},
    {"raid_readers_per_min", SETTING_NUMBER, 1000000, true,
     "raid trigger; 0 = off"},
    {"webhook_url", SETTING_URL, 0, false,
     "receiver of signed webhooks (http://)"},
    {"webhook_secret", SETTING_TEXT, 0, false, "HMAC key of the webhooks"},
    {"embed_origins", SETTING_LIST, 0, false,
     "origins allowed to embed threads"},
    {"metrics_token", SETTING_TEXT, 0, false,
     "bearer token that /metrics requires"},
    {"hsts_max_age", SETTING_NUMBER, 63072000, true,
     "HSTS seconds behind https; 0 = off"},
    {"pow_bits", SETTING_NUMBER, 24, true,
     "proof of work for posting; 0 = off"},
    {"pow_raid_bits", SETTING_NUMBER, 24, true,
     "proof of work during a raid; 0 = off"},
    {"rate_read_per_s", SETTING_NUMBER, 1000000, true,
     "reads per second per network"},
    {"rate_read_burst", SETTING_NUMBER, 1000000, true,
     "read burst per network"},
    {"rate_post_interval_s", SETTING_NUMBER, 86400, true,
     "seconds per post per reader"},
    {"rate_post_burst", SETTING_NUMBER, 1000, true, "post burst per reader"},
    {"rate_post_prefix_per_min", SETTING_NUMBER, 1000000, true,
     "posts a minute per network"},
    {"queue_feed_token", SETTING_TEXT, 0, false,
     "secret of the private queue feed"},
};

#define NKEYS (sizeof(keys) / sizeof(keys[0]))

size_t setting_key_count(void)
{
    return NKEYS;
}

const struct setting_key *setting_key_at(size_t i)
{
    return i < NKEYS ? &keys[i] : NULL;
}

const struct setting_key *setting_key_find(const char *key)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (strcmp(keys[i].key, key) == 0)
            return &keys[i];
    return NULL;
}

/* fraction_ok: digits with at most one dot, from 0 to 1. */
static bool fraction_ok(const char *v, size_t len)
{
    size_t whole = strcspn(v, ".");
    if (len == 0 || len > 5 || strspn(v, "0123456789.") != len ||
        (whole < len && strchr(v + whole + 1, '.')) ||
        strcspn(v, "0123456789") == len)
        return false;
    size_t zeros = strspn(v, "0");
    if (zeros >= whole) /* 0, 0.x, .x */
        return true;
    if (zeros + 1 != whole || v[zeros] != '1')
        return false;
    /* 1, 1., 1.0...: nothing above 1 */
    return whole == len || strspn(v + whole + 1, "0") == len - whole - 1;
}

/* tz_problem: NULL if v is a fixed offset, "UTC" or a zone of this
 * machine's time zone database (core/tz_zone.h), else why not. */
static const char *tz_problem(const char *v, size_t len)
{
    int off;
    if (site_parse_offset(v, &off) == 0)
        return NULL;
    switch (tz_zone_find(v, len)) {
    case 0:
        return NULL;
    case ERR_NOTFOUND:
        return "is not a zone in this machine's time zone database "
               "(Debian package tzdata); check the spelling, as in "
               "America/Mexico_City";
    default:
        return "must be \"+HH:MM\", \"-HH:MM\", \"UTC\" or an IANA name";
    }
}

const char *setting_key_check(const struct setting_key *k, const char *value)
{
    size_t len = strlen(value);
    int64_t n;
    if (!str_utf8_valid(value, len) || len > SETTING_VALUE_MAX)
        return "must be UTF-8 text of at most 64 KiB";
    switch (k->kind) {
    case SETTING_TEXT:
    case SETTING_LIST:
        return NULL;
    case SETTING_NUMBER:
        return str_to_int(value, len, 0, k->max, &n) ? "must be a whole number"
                                                     : NULL;
    case SETTING_FRACTION:
        return fraction_ok(value, len)
                   ? NULL
                   : "must be a number between 0 and 1, like 0.5";
    case SETTING_URL:
        return url_is_http(value, len) ? NULL : "must be an http(s) URL";
    case SETTING_TZ:
        return tz_problem(value, len);
    case SETTING_LANG:
        return strcmp(value, "en") == 0 || strcmp(value, "es") == 0
                   ? NULL
                   : "must be en or es";
    case SETTING_SWITCH:
        return strcmp(value, "0") == 0 || strcmp(value, "1") == 0
                   ? NULL
                   : "must be 1 (on) or 0 (off)";
    }
    return "is of an unknown kind";
}
