/*
 * suicide.c - a reader told to kill himself in the words readers use
 * instead of "kill yourself": bleach to drink, a bridge to jump off.
 *
 * The lists hold "kill yourself", "kys" and "hang yourself", and
 * model.c reads "mátate" and "muérete"; readers who know those are
 * caught write "go drink bleach", "just jump off a bridge", "tírate de un
 * puente" or "tómate el cloro". Each is an order: the imperative itself
 * ("tírate", "tómate", "avientate") or "go", "just", "pls" before "drink"
 * or "jump". "Trump told people to drink bleach" and "he jumped off a
 * bridge" are reports and do not match; a question ("¿te tiraste de un
 * puente?") does not either, nor a quotation. A grammar of the one pass
 * (grammars.c), started by the order's verb; held as a threat, a rule
 * only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

/* Whether tokens from j are "jump off" or "jump in front of" a place
 * to die from, or "drink" bleach; *end: the token after. */
static bool suicide_english(const struct screen_norm *n, size_t j, size_t *end)
{
    static const char *const det[] = {"a", "the", "some"};
    static const char *const heights[] = {"bridge", "cliff", "building",
                                          "roof"};
    static const char *const traffic[] = {"train", "bus", "truck"};
    static const char *const bleach[] = {"bleach", "clorox"};
    if (screen_tok_in(n, j, &(const char *){"drink"}, 1)) {
        size_t k = j + 1;
        if (screen_tok_in(n, k, det, SCREEN_NWORDS(det)))
            k++;
        if (!screen_tok_in(n, k, bleach, SCREEN_NWORDS(bleach)))
            return false;
        *end = k + 1;
        return true;
    }
    if (!screen_tok_in(n, j, &(const char *){"jump"}, 1))
        return false;
    /* off a height ("jump off the bus at 5th street" gets off it), or
     * in front of what runs people over */
    size_t k = j + 1;
    const char *const *to = heights;
    size_t nto = SCREEN_NWORDS(heights);
    if (screen_tok_in(n, k, &(const char *){"off"}, 1)) {
        k++;
    } else if (screen_tok_in(n, k, &(const char *){"in"}, 1) &&
               screen_tok_in(n, k + 1, &(const char *){"front"}, 1) &&
               screen_tok_in(n, k + 2, &(const char *){"of"}, 1)) {
        k += 3;
        to = traffic;
        nto = SCREEN_NWORDS(traffic);
    } else {
        return false;
    }
    if (screen_tok_in(n, k, det, SCREEN_NWORDS(det)))
        k++;
    if (!screen_tok_in(n, k, to, nto))
        return false;
    *end = k + 1;
    return true;
}

/* Whether the Spanish order at j ("tírate de un puente", "tómate el
 * cloro") tells the reader to die; *end: the token after. */
static bool suicide_spanish(const struct screen_norm *n, size_t j, size_t *end)
{
    static const char *const throw[] = {"tirate",  "avientate",  "lanzate",
                                        "tirense", "avientense", "lanzense"};
    static const char *const from[] = {"de", "desde", "del"};
    static const char *const det[] = {"un", "una", "el", "la", "algun"};
    /* not "lánzate a un segundo intento" nor "lánzate al metro" (go
     * there) */
    static const char *const heights[] = {"puente", "edificio", "azotea",
                                          "barranco", "precipicio"};
    static const char *const drink[] = {"tomate", "bebete", "tomense",
                                        "bebanse"};
    static const char *const bleach[] = {"cloro", "clorox", "veneno"};
    if (screen_tok_in(n, j, throw, SCREEN_NWORDS(throw))) {
        size_t k = j + 1;
        if (!screen_tok_in(n, k, from, SCREEN_NWORDS(from)) &&
            !screen_tok_in(n, k, &(const char *){"al"}, 1) &&
            !screen_tok_in(n, k, &(const char *){"a"}, 1))
            return false;
        k++;
        if (screen_tok_in(n, k, det, SCREEN_NWORDS(det)))
            k++;
        if (!screen_tok_in(n, k, heights, SCREEN_NWORDS(heights)))
            return false;
        *end = k + 1;
        return true;
    }
    if (!screen_tok_in(n, j, drink, SCREEN_NWORDS(drink)))
        return false;
    /* "tómate el cloro", "un vaso de cloro": not a list of groceries
     * ("tomate, cloro y pan"), whose "tomate" is a tomato */
    size_t k = j + 1;
    if (!screen_tok_in(n, k, det, SCREEN_NWORDS(det)))
        return false;
    k++;
    if (screen_tok_in(n, k, &(const char *){"vaso"}, 1) &&
        screen_tok_in(n, k + 1, &(const char *){"de"}, 1))
        k += 2;
    if (!screen_tok_in(n, k, bleach, SCREEN_NWORDS(bleach)))
        return false;
    *end = k + 1;
    return true;
}

/* Whether token j begins the comment or a clause ("Useless. Jump off a
 * bridge"). */
static bool suicide_clause_starts(const struct screen_norm *n, const char *text,
                                  size_t j)
{
    if (j == 0)
        return true;
    const struct screen_tok *p = &n->tok[j - 1], *q = &n->tok[j];
    for (uint32_t b = p->orig_off + p->orig_len; b < q->orig_off; b++)
        if (memchr(",.;:!?\n", text[b], 7))
            return true;
    return false;
}

/* The words that may start a match: the grammar pass (grammars.c) asks
 * suicide_at only for them. */
enum { S_START = 1 };

static const struct screen_wc_word s_words[] = {
    {"drink", S_START},      {"jump", S_START},     {"tirate", S_START},
    {"avientate", S_START},  {"lanzate", S_START},  {"tirense", S_START},
    {"avientense", S_START}, {"lanzense", S_START}, {"tomate", S_START},
    {"bebete", S_START},     {"tomense", S_START},  {"bebanse", S_START},
};

static struct screen_wc_list s_list = SCREEN_WC_LIST(s_words, S_START);

static const struct screen_wordclasses *s_words_table(void)
{
    return screen_wc_ready(&s_list);
}

/* The order found at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int suicide_at(const struct screen_norm *n, const char *text, size_t len,
                      size_t i, struct screen_match *out)
{
    static const char *const go[] = {"go",  "just", "pls", "please",
                                     "plz", "now",  "ve",  "vete"};
    if (!(screen_wc_class(&s_list.table, n->tok[i].hash) & S_START))
        return -1;
    size_t end;
    bool starts = suicide_clause_starts(n, text, i);
    bool english = suicide_english(n, i, &end);
    /* "drink bleach" and "jump off" are orders after "go", "just" or
     * "pls", or when they begin the comment or a clause (not "his
     * followers believe anything and drink bleach") */
    if (english && !starts && !screen_tok_in(n, i - 1, go, SCREEN_NWORDS(go)))
        english = false;
    if (!english && !suicide_spanish(n, i, &end))
        return -1;
    if (screen_sentence_asks(n, text, len, i))
        return -1;
    size_t from = english && !starts ? i - 1 : i;
    *out = (struct screen_match){(uint32_t)from, (uint32_t)(end - from)};
    return SCREEN_THREAT;
}

const struct screen_grammar screen_suicide_grammar = {s_words_table,
                                                      suicide_at};
