/*
 * reader_names.c - see reader_names.h.
 *
 * The name is folded once into words separated by single spaces
 * (names_fold_words). A key (a staff name key, or a role word) is found
 * at a word's start if its letters follow from there with the spaces
 * between words skipped, and end where a word ends: "mod staff" holds
 * "staff" and "mod", "Ka thi" holds "kathi", and "Kathimoto" holds
 * neither "kathi" nor anything else. Cost: words x keys x key length,
 * all bounded by the name's byte limit and the few staff accounts.
 */
#include <string.h>

#include "core/names.h"
#include "core/reader_names.h"

/* Folded bytes of a name: NFKC may lengthen a character many times over
 * (one Arabic ligature becomes four words), so well above the name's own
 * byte limit. */
#define READER_NAME_FOLDED_MAX 8192

/* The words that name a staff role, folded (lower case, no accents). */
static const char *const role_words[] = {
    "staff",           "moderator",     "moderators",     "moderador",
    "moderadora",      "moderadores",   "moderadoras",    "moderation",
    "moderacion",      "admin",         "admins",         "administrator",
    "administrators",  "administrador", "administradora", "administradores",
    "administradoras", "editor",        "editors",        "editora",
    "editores",        "editoras",      "redaccion",      "equipo",
};
#define ROLE_WORDS (sizeof(role_words) / sizeof(role_words[0]))

/* key_at: the key's letters follow from words[at], over the spaces
 * between words, and end where a word ends. */
static bool key_at(const char *words, size_t len, size_t at, const char *key)
{
    size_t i = at;
    size_t klen = strlen(key);
    if (klen == 0)
        return false;
    for (size_t k = 0; k < klen; i++) {
        if (i >= len)
            return false;
        if (words[i] == ' ')
            continue;
        if (words[i] != key[k])
            return false;
        k++;
    }
    return i == len || words[i] == ' ';
}

/* any_key: one of keys is held somewhere in words. */
static bool any_key(const char *words, size_t len, const char *const *keys,
                    size_t n)
{
    for (size_t at = 0; at < len; at++) {
        if (at > 0 && words[at - 1] != ' ')
            continue; /* not a word's start */
        for (size_t j = 0; j < n; j++)
            if (keys[j] && key_at(words, len, at, keys[j]))
                return true;
    }
    return false;
}

int reader_name_claims(const char *name, size_t len,
                       const char *const *staff_keys, size_t n_keys,
                       enum reader_name_claim *out)
{
    struct buf words;
    buf_init(&words, READER_NAME_FOLDED_MAX);
    int ret = names_fold_words(name, len, &words);
    if (ret == 0 && buf_failed(&words))
        ret = ERR_NOMEM;
    if (ret == 0) {
        if (any_key(words.data, words.len, staff_keys, n_keys))
            *out = READER_NAME_STAFF;
        else if (any_key(words.data, words.len, role_words, ROLE_WORDS))
            *out = READER_NAME_ROLE_WORD;
        else
            *out = READER_NAME_FREE;
    }
    buf_release(&words);
    return ret;
}

int reader_name_check(struct store *st, const char *name, size_t len,
                      enum reader_name_claim *out)
{
    struct arena a;
    struct user *users = NULL;
    size_t n = 0;
    arena_init(&a, 0);
    int ret = store_user_list(st, &a, &users, &n);
    const char **keys = NULL;
    if (ret == 0 && n > 0) {
        keys = arena_alloc(&a, n * sizeof(*keys));
        if (!keys)
            ret = ERR_NOMEM;
    }
    for (size_t i = 0; ret == 0 && i < n; i++)
        keys[i] = users[i].name_key;
    if (ret == 0)
        ret = reader_name_claims(name, len, keys, n, out);
    arena_release(&a);
    return ret;
}
