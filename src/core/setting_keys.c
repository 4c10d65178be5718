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
 * An embed origin is checked against what a browser sends in Origin
 * (scheme, lower-case host, and a port only when it is not the scheme's
 * default), since api/embed.c compares the two as text: "blog.example",
 * "https://blog.example/path" or "https://blog.example:443" would be
 * stored and never match, and the site owner would see embedding fail
 * with no reason given. A trailing '/' is accepted; the comparison drops
 * it.
 *
 * A fraction is checked by its digits, not with strtod, so that the
 * answer does not depend on the locale; the screening page checks its
 * field here too, so both take ".5" and "1.00", and both refuse "0"
 * (every score reaches it: the screening uses only a threshold above 0)
 * and more than 3 decimals ("0.0001"), which no score shown can tell.
 *
 * A number's range is the one its readers use: they read it through
 * setting_key_number, so a value refused here is never one the server
 * would have used, and one accepted is never quietly replaced by the
 * default. Every number has a default (dflt).
 *
 * A token (queue_feed_token, metrics_token, webhook_secret) guards what
 * others must not read, the queue feed carrying held comments' text among
 * it, so a short or guessable one is refused.
 */
#include <string.h>
#include <strings.h>

#include "core/setting_keys.h"
#include "core/site.h"
#include "core/tz_zone.h"
#include "render/html.h"
#include "util/str.h"

/* The kind of value, its range and its refusal, in that order. */
#define NUMBER(lo, hi)                                                         \
    SETTING_NUMBER, lo, hi, "must be a whole number from " #lo " to " #hi
#define OTHER(kind) kind, 0, 0, NULL

/* key, kind..., in_backup, secret, default, what `setting keys` says */
static const struct setting_key keys[] = {
    {"site_title", OTHER(SETTING_TEXT), true, false, "charla",
     "the site's name, shown in the header"},
    {"site_url", OTHER(SETTING_URL), true, false, NULL,
     "public base URL, for absolute links in feeds"},
    {"timezone", OTHER(SETTING_TZ), true, false, "UTC",
     "\"+HH:MM\", \"-HH:MM\", \"UTC\" or an IANA name this machine has"},
    {"language", OTHER(SETTING_LANG), true, false, "en",
     "default language: en or es"},
    {"report_threshold", NUMBER(1, 1000), true, false, "3",
     "counted reader reports that hold a comment"},
    {"hold_threshold", OTHER(SETTING_FRACTION), true, false, "0.5",
     "screening score that holds (above 0, at most 1)"},
    {"publish_profanity", OTHER(SETTING_SWITCH), true, false, "0",
     "1: publish comments held for profanity alone"},
    {"banned_words", OTHER(SETTING_LIST), true, false, NULL,
     "refused words, one per line"},
    {"suspect_words", OTHER(SETTING_LIST), true, false, NULL,
     "words that hold for review, one per line"},
    {"protected_names", OTHER(SETTING_LIST), true, false, NULL,
     "names held as doxxing, one per line"},
    {"raid_comments_per_min", NUMBER(0, 1000000), true, false, "30",
     "raid trigger; 0 = off"},
    {"raid_readers_per_min", NUMBER(0, 1000000), true, false, "15",
     "raid trigger; 0 = off"},
    /* a receiver's URL may carry its own secret (a path, a query) */
    {"webhook_url", OTHER(SETTING_HOOK_URL), false, true, NULL,
     "receiver of signed webhooks (http://)"},
    {"webhook_secret", OTHER(SETTING_TOKEN), false, true, NULL,
     "HMAC key of the webhooks"},
    {"embed_origins", OTHER(SETTING_ORIGINS), false, false, NULL,
     "origins allowed to embed threads (https://blog.example)"},
    /* not in backups, as embed_origins, which it goes with */
    {"rate_embed_threads_per_hour", NUMBER(0, 1000000), false, false, "20",
     "new embed threads an hour per network; 0 = no limit"},
    {"metrics_token", OTHER(SETTING_TOKEN), false, true, NULL,
     "bearer token that /metrics requires"},
    {"hsts_max_age", NUMBER(0, 63072000), true, false, "0",
     "HSTS seconds behind https; 0 = off"},
    {"pow_bits", NUMBER(0, 24), true, false, "0",
     "proof of work for posting; 0 = off"},
    {"pow_raid_bits", NUMBER(0, 24), true, false, "0",
     "proof of work during a raid; 0 = off"},
    {"rate_read_per_s", NUMBER(0, 100000), true, false, "20",
     "reads per second per network; 0 = no limit"},
    {"rate_read_burst", NUMBER(1, 1000000), true, false, "100",
     "read burst per network"},
    {"rate_post_interval_s", NUMBER(0, 86400), true, false, "10",
     "seconds per post per reader; 0 = no limit"},
    {"rate_post_burst", NUMBER(1, 1000), true, false, "5",
     "post burst per reader"},
    {"rate_post_prefix_per_min", NUMBER(0, 100000), true, false, "30",
     "posts a minute per network; 0 = no limit"},
    /* unset, the queue feed makes one at its first use */
    {"queue_feed_token", OTHER(SETTING_TOKEN), false, true, NULL,
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

/* fraction_ok: above 0 and at most 1, written as "0", "1" or nothing,
 * then optionally a dot and at most SETTING_FRACTION_DECIMALS digits. */
static bool fraction_ok(const char *v, size_t len)
{
    size_t whole = strspn(v, "0123456789");
    bool dot = whole < len;
    const char *dec = dot ? v + whole + 1 : v + len;
    size_t decimals = dot ? len - whole - 1 : 0;
    if (whole > 1 || (dot && v[whole] != '.') || whole + decimals == 0 ||
        decimals > SETTING_FRACTION_DECIMALS ||
        strspn(dec, "0123456789") != decimals)
        return false;
    bool zero_decimals = strspn(dec, "0") == decimals;
    if (whole == 1 && v[0] == '1') /* 1, 1., 1.0...: nothing above 1 */
        return zero_decimals;
    if (whole == 1 && v[0] != '0')
        return false;
    return !zero_decimals; /* 0.x, .x, above 0 */
}

/* token_ok: SETTING_TOKEN_MIN to SETTING_TOKEN_MAX characters that a URL
 * path, a header and a shell all take as they are. */
static bool token_ok(const char *v, size_t len)
{
    return len >= SETTING_TOKEN_MIN && len <= SETTING_TOKEN_MAX &&
           strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                     "0123456789_-") == len;
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

/* The separators of an origin list (as api/embed.c's next_origin). */
#define ORIGIN_SEPARATORS " \t\r\n,"
#define ORIGIN_HOST_MAX 255 /* bytes of a host name (DNS) */

static bool host_char_ok(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '.' || c == '-';
}

/* origin_host_len: the length of the host at the start of s[0, len) (a
 * name, or an IPv6 address in brackets), or 0 if there is none. */
static size_t origin_host_len(const char *s, size_t len)
{
    size_t n = 0;
    if (len > 0 && s[0] == '[') {
        while (++n < len && s[n] != ']')
            if (!strchr("0123456789abcdefABCDEF:.", s[n]))
                return 0;
        return n < len && n > 1 ? n + 1 : 0;
    }
    while (n < len && host_char_ok(s[n]))
        n++;
    return n;
}

/* origin_problem: NULL if e[0, len) is an origin a browser can send,
 * "http(s)://host[:port]" with an optional trailing '/', else why not. */
static const char *origin_problem(const char *e, size_t len)
{
    size_t skip;
    const char *def_port;
    if (len >= 8 && strncasecmp(e, "https://", 8) == 0) {
        skip = 8;
        def_port = "443";
    } else if (len >= 7 && strncasecmp(e, "http://", 7) == 0) {
        skip = 7;
        def_port = "80";
    } else {
        return "must start with https:// or http:// (an origin is scheme, "
               "host and optional port, like https://blog.example)";
    }
    const char *h = e + skip;
    size_t rest = len - skip;
    if (memchr(h, '@', rest))
        return "must not hold a user name (user@): an origin is scheme, "
               "host and optional port";
    size_t hl = origin_host_len(h, rest);
    if (hl == 0 || hl > ORIGIN_HOST_MAX ||
        (hl < rest && !strchr(":/?#", h[hl])))
        return "must name a host of letters, digits, dots and hyphens "
               "(a non-ASCII name in its xn-- form)";
    const char *p = h + hl;
    rest -= hl;
    if (rest > 0 && *p == ':') {
        size_t digits = 1;
        int64_t port;
        while (digits < rest && p[digits] >= '0' && p[digits] <= '9')
            digits++;
        if (p[1] == '0' || str_to_int(p + 1, digits - 1, 1, 65535, &port) != 0)
            return "must have a port from 1 to 65535 after the ':'";
        if (strlen(def_port) == digits - 1 &&
            memcmp(p + 1, def_port, digits - 1) == 0)
            return "must leave out the scheme's default port (:443 for "
                   "https, :80 for http): browsers do";
        p += digits;
        rest -= digits;
    }
    if (rest == 0 || (rest == 1 && *p == '/'))
        return NULL;
    return "must not have a path, query or fragment: an origin is scheme, "
           "host and optional port, like https://blog.example";
}

/* origins_problem checks each entry of an origin list; *part and
 * *part_len give the first one refused. */
static const char *origins_problem(const char *v, const char **part,
                                   size_t *part_len)
{
    const char *p = v;
    for (;;) {
        p += strspn(p, ORIGIN_SEPARATORS);
        size_t n = strcspn(p, ORIGIN_SEPARATORS);
        if (n == 0)
            return NULL;
        const char *why = origin_problem(p, n);
        if (why) {
            *part = p;
            *part_len = n;
            return why;
        }
        p += n;
    }
}

const char *setting_key_check(const struct setting_key *k, const char *value)
{
    const char *part;
    size_t part_len;
    return setting_key_check_part(k, value, &part, &part_len);
}

const char *setting_key_check_part(const struct setting_key *k,
                                   const char *value, const char **part,
                                   size_t *part_len)
{
    size_t len = strlen(value);
    int64_t n;
    *part = NULL;
    *part_len = 0;
    if (!str_utf8_valid(value, len) || len > SETTING_VALUE_MAX)
        return "must be UTF-8 text of at most 64 KiB";
    switch (k->kind) {
    case SETTING_TEXT:
    case SETTING_LIST:
        return NULL;
    case SETTING_ORIGINS:
        return origins_problem(value, part, part_len);
    case SETTING_NUMBER:
        return str_to_int(value, len, k->min, k->max, &n) ? k->rule : NULL;
    case SETTING_FRACTION:
        return fraction_ok(value, len)
                   ? NULL
                   : "must be a number above 0 and at most 1, with at most "
                     "3 decimals, like 0.5";
    case SETTING_TOKEN:
        return token_ok(value, len)
                   ? NULL
                   : "must be 22 to 256 characters of A-Z, a-z, 0-9, _ and - "
                     "(for one: openssl rand -hex 16)";
    case SETTING_URL:
        return url_is_http(value, len) ? NULL : "must be an http(s) URL";
    case SETTING_HOOK_URL:
        /* http/webhook.c has no TLS client: an https receiver would be
         * accepted here and then never reached */
        if (len >= 8 && strncasecmp(value, "https://", 8) == 0)
            return "must be an http:// URL: charla sends webhooks without "
                   "TLS (for https, point it at a relay on this machine)";
        return len > 7 && strncmp(value, "http://", 7) == 0 &&
                       url_is_http(value, len)
                   ? NULL
                   : "must be an http:// URL, like http://127.0.0.1:8181/hook";
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

int64_t setting_key_number(const char *key, const char *value)
{
    const struct setting_key *k = setting_key_find(key);
    int64_t n;
    if (!k || k->kind != SETTING_NUMBER)
        return 0;
    if (value && str_to_int(value, strlen(value), k->min, k->max, &n) == 0)
        return n;
    if (str_to_int(k->dflt, strlen(k->dflt), k->min, k->max, &n) == 0)
        return n;
    return 0;
}
