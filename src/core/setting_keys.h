/*
 * setting_keys.h - which site settings exist, what values each takes, and
 * which of them a backup carries. `charla setting` and the JSON backup
 * (export and import) read the same table, so a key or a value that one
 * refuses the other refuses too.
 */
#ifndef CHARLA_CORE_SETTING_KEYS_H
#define CHARLA_CORE_SETTING_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum setting_kind {
    SETTING_TEXT,     /* any text */
    SETTING_NUMBER,   /* a whole number from min to max */
    SETTING_FRACTION, /* above 0, at most 1, at most 3 decimals: 0.5 */
    SETTING_TOKEN,    /* a secret: SETTING_TOKEN_MIN to SETTING_TOKEN_MAX
                         characters of A-Z a-z 0-9 _ - */
    SETTING_URL,      /* an http(s) URL */
    SETTING_HOOK_URL, /* an http:// URL: webhooks are sent without TLS */
    SETTING_TZ,       /* "+HH:MM", "-HH:MM", "UTC" or an IANA name */
    SETTING_LANG,     /* en or es */
    SETTING_LIST,     /* lines of text */
    SETTING_ORIGINS,  /* web origins, "https://host[:port]", separated by
                         white space or commas (the embed allow list) */
    SETTING_SWITCH    /* "1" on, "0" off */
};

struct setting_key {
    const char *key;
    enum setting_kind kind;
    int64_t min;      /* SETTING_NUMBER: the smallest value */
    int64_t max;      /* SETTING_NUMBER: the largest value */
    const char *rule; /* SETTING_NUMBER: "must be a whole number from min
                         to max", the refusal; NULL for other kinds */
    bool in_backup;   /* a backup carries it: false for secrets */
    bool secret;      /* an audit row says only "changed", never the
                         value (a secret, or a URL that may carry one) */
    const char *dflt; /* what charla uses while it is unset, as a value
                         would be set; NULL when there is none */
    const char *what; /* one line for `charla setting keys` */
};

/* The length of a SETTING_TOKEN: 22 such characters are 132 bits, as much
 * as the 32 hex digits of the token charla makes for the queue feed. */
#define SETTING_TOKEN_MIN 22
#define SETTING_TOKEN_MAX 256

/* The decimals a SETTING_FRACTION may have (scores are shown with 3). */
#define SETTING_FRACTION_DECIMALS 3

/* The largest value of any setting, in bytes. */
#define SETTING_VALUE_MAX (64 * 1024)

/* setting_key_count: how many keys the table has (setting_key_at's
 * indexes are 0 to setting_key_count() - 1). */
size_t setting_key_count(void);

/* setting_key_at: the i-th key, in a fixed order (the order of `charla
 * setting keys` and of a backup's setting records). Borrowed, static. */
const struct setting_key *setting_key_at(size_t i);

/* setting_key_find: the key named key, or NULL if charla has no such
 * setting (site_key, the site secret, and internal state such as
 * "raid:<article id>" are not in the table). Borrowed, static. */
const struct setting_key *setting_key_find(const char *key);

/* setting_key_check: NULL if value (NUL-terminated) suits k, else why not,
 * as words that follow the key's name ("must be a whole number").
 * Borrowed, static. */
const char *setting_key_check(const struct setting_key *k, const char *value);

/* setting_key_check_part: setting_key_check, and when the value is a list
 * refused for one of its entries (SETTING_ORIGINS), *part and *part_len
 * give that entry, inside value, so a message can name it; *part is NULL
 * otherwise. */
const char *setting_key_check_part(const struct setting_key *k,
                                   const char *value, const char **part,
                                   size_t *part_len);

/* setting_key_number: value as a number when it suits the SETTING_NUMBER
 * key named key, else (unset, "", or a value that an older charla or a
 * hand edit stored) the key's default. Every reader of a number setting
 * goes through it, so what `charla setting set` refuses is exactly what
 * the server would not use. 0 for a key that is not a number setting. */
int64_t setting_key_number(const char *key, const char *value);

#endif
