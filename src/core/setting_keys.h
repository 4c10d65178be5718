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
    SETTING_NUMBER,   /* a whole number from 0 to max */
    SETTING_FRACTION, /* a number from 0 to 1, like 0.5 */
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
    int64_t max;      /* SETTING_NUMBER: the largest value */
    bool in_backup;   /* a backup carries it: false for secrets */
    const char *what; /* one line for `charla setting keys` */
};

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

#endif
