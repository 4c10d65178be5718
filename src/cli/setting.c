/*
 * setting.c - site settings from the command line. Every key charla reads
 * is listed here with the kind of value it takes, so a typo or a bad value
 * is refused instead of silently ignored by the server. The site secret
 * (site_key) is never shown or set here. A change is an audit row by
 * "command line", like a save on the staff pages: a list as counts of
 * lines added and removed, free text (secrets among it) only as changed.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/setting.h"
#include "core/setting_change.h"
#include "core/site.h"
#include "render/html.h"
#include "store/store.h"
#include "util/str.h"

enum kind { TEXT, NUMBER, FRACTION, URL, TZ, LANG, LIST, SWITCH };

struct known {
    const char *key;
    enum kind kind;
    int64_t max; /* NUMBER: largest value */
    const char *what;
};

static const struct known known[] = {
    {"site_title", TEXT, 0, "the site's name, shown in the header"},
    {"site_url", URL, 0, "public base URL, for absolute links in feeds"},
    {"timezone", TZ, 0, "\"-07:00\", \"UTC\" or an IANA name"},
    {"language", LANG, 0, "default language: en or es"},
    {"report_threshold", NUMBER, 1000, "reader reports that hold a comment"},
    {"hold_threshold", FRACTION, 0, "screening score that holds (0-1)"},
    {"publish_profanity", SWITCH, 0,
     "1: publish comments held for profanity alone"},
    {"banned_words", LIST, 0, "refused words, one per line"},
    {"suspect_words", LIST, 0, "words that hold for review, one per line"},
    {"protected_names", LIST, 0, "names held as doxxing, one per line"},
    {"raid_comments_per_min", NUMBER, 1000000, "raid trigger; 0 = off"},
    {"raid_readers_per_min", NUMBER, 1000000, "raid trigger; 0 = off"},
    {"webhook_url", URL, 0, "receiver of signed webhooks (http://)"},
    {"webhook_secret", TEXT, 0, "HMAC key of the webhooks"},
    {"embed_origins", LIST, 0, "origins allowed to embed threads"},
    {"metrics_token", TEXT, 0, "bearer token that /metrics requires"},
    {"hsts_max_age", NUMBER, 63072000, "HSTS seconds behind https; 0 = off"},
    {"pow_bits", NUMBER, 24, "proof of work for posting; 0 = off"},
    {"pow_raid_bits", NUMBER, 24, "proof of work during a raid; 0 = off"},
    {"rate_read_per_s", NUMBER, 1000000, "reads per second per network"},
    {"rate_read_burst", NUMBER, 1000000, "read burst per network"},
    {"rate_post_interval_s", NUMBER, 86400, "seconds per post per reader"},
    {"rate_post_burst", NUMBER, 1000, "post burst per reader"},
    {"rate_post_prefix_per_min", NUMBER, 1000000, "posts a minute per network"},
    {"queue_feed_token", TEXT, 0, "secret of the private queue feed"},
};

static const struct known *find(const char *key)
{
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (strcmp(known[i].key, key) == 0)
            return &known[i];
    return NULL;
}

/* valid: NULL if value suits k, else the complaint. */
static const char *valid(const struct known *k, const char *value)
{
    size_t len = strlen(value);
    int64_t n;
    int off;
    if (!str_utf8_valid(value, len) || len > 64 * 1024)
        return "must be UTF-8 text of at most 64 KiB";
    switch (k->kind) {
    case TEXT:
    case LIST:
        return NULL;
    case NUMBER:
        return str_to_int(value, len, 0, k->max, &n) ? "must be a whole number"
                                                     : NULL;
    case FRACTION:
        if (len == 0 || len > 5 || strspn(value, "0123456789.") != len)
            return "must be a number between 0 and 1, like 0.5";
        return value[0] == '0' || strcmp(value, "1") == 0 ||
                       strcmp(value, "1.0") == 0
                   ? NULL
                   : "must be a number between 0 and 1, like 0.5";
    case URL:
        return url_is_http(value, len) ? NULL : "must be an http(s) URL";
    case TZ:
        if (site_parse_offset(value, &off) == 0)
            return NULL;
        return strspn(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstu"
                             "vwxyz_/-+0123456789") == len &&
                       len < 64
                   ? NULL
                   : "must be \"+HH:MM\", \"-HH:MM\", \"UTC\" or an IANA "
                     "name";
    case LANG:
        return strcmp(value, "en") == 0 || strcmp(value, "es") == 0
                   ? NULL
                   : "must be en or es";
    case SWITCH:
        return strcmp(value, "0") == 0 || strcmp(value, "1") == 0
                   ? NULL
                   : "must be 1 (on) or 0 (off)";
    }
    return "unknown kind";
}

static int usage(void)
{
    fputs("usage: charla setting get KEY [--db PATH]\n"
          "       charla setting set KEY VALUE [--db PATH]\n"
          "       charla setting unset KEY [--db PATH]\n"
          "       charla setting keys\n"
          "A running server reads most settings at once; site_title, "
          "timezone\nand hsts_max_age at its next start.\n",
          stderr);
    return 2;
}

/* change_set stores key = value and its audit row, in one transaction. */
static int change_set(struct store *st, const struct known *k,
                      const char *value)
{
    struct arena a;
    struct buf note;
    const char *before = "";
    arena_init(&a, 0);
    buf_init(&note, 1024);
    int ret = store_begin(st);
    if (ret == 0) {
        ret = store_setting_get(st, k->key, &a, &before);
        if (ret == ERR_NOTFOUND) {
            before = "";
            ret = 0;
        }
    }
    if (ret == 0)
        ret = store_setting_set(st, k->key, value);
    if (k->kind == TEXT || k->kind == URL) {
        if (strcmp(before, value) != 0) {
            buf_adds(&note, k->key);
            buf_adds(&note, ": changed");
        }
    } else {
        setting_note_add(&note, k->key, before, value, k->kind == LIST);
    }
    struct audit_entry e = {.at = (int64_t)time(NULL),
                            .actor = "command line",
                            .action = "settings",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = "command line",
                            .note = note.len ? note.data : "no change"};
    if (ret == 0)
        ret = buf_failed(&note) ? ERR_NOMEM : store_audit_add(st, &e);
    if (ret == 0)
        ret = store_commit(st);
    else
        store_rollback(st);
    buf_release(&note);
    arena_release(&a);
    return ret;
}

int cli_setting(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'}, {NULL, 0, NULL, 0}};
    const char *db = "charla.db";
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt != 'd')
            return usage();
        db = optarg;
    }
    int rest = argc - optind;
    const char *verb = rest > 0 ? argv[optind] : "";
    if (strcmp(verb, "keys") == 0 && rest == 1) {
        for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
            printf("%-26s %s\n", known[i].key, known[i].what);
        return 0;
    }
    bool set = strcmp(verb, "set") == 0;
    if (!((set && rest == 3) ||
          ((strcmp(verb, "get") == 0 || strcmp(verb, "unset") == 0) &&
           rest == 2)))
        return usage();
    const char *key = argv[optind + 1];
    const struct known *k = find(key);
    if (!k) {
        fprintf(stderr,
                "charla: unknown setting \"%s\" (see: charla setting "
                "keys)\n",
                key);
        return 2;
    }
    const char *value = set ? argv[optind + 2] : "";
    const char *bad = set ? valid(k, value) : NULL;
    if (bad) {
        fprintf(stderr, "charla: %s %s\n", key, bad);
        return 1;
    }
    struct buf err;
    buf_init(&err, 4096);
    struct store *st = store_open(db, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        buf_release(&err);
        return 1;
    }
    int status = 0;
    if (strcmp(verb, "get") == 0) {
        struct arena a;
        const char *v;
        arena_init(&a, 0);
        int ret = store_setting_get(st, key, &a, &v);
        if (ret == 0)
            printf("%s\n", v);
        else if (ret == ERR_NOTFOUND)
            status = 1; /* unset: nothing printed, like git config */
        else {
            fprintf(stderr, "charla: cannot read the setting\n");
            status = 1;
        }
        arena_release(&a);
    } else if (change_set(st, k, value)) {
        fprintf(stderr, "charla: cannot store the setting\n");
        status = 1;
    }
    store_free(st);
    buf_release(&err);
    return status;
}
