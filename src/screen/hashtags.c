/*
 * hashtags.c - a call to kill written as a hashtag of capitalised words.
 *
 * Campaigns against a reporter come as hashtags: "#HangTheReporters",
 * "#KillAllJournalists", "#MatenALosPeriodistas". The normaliser reads a
 * hashtag as one word, and only the rule phrases and the chants that
 * threats.c lists are known glued. A hashtag whose words each start with
 * a capital tells where its words are, so this file reads such a hashtag
 * again as those words, through the threat grammar alone, and holds the
 * comment as a threat when the words are one.
 *
 * Only the threat grammar reads the words: the model was trained on
 * hashtags as single words, and a reading it never saw would move its
 * scores. Like the other grammars it is a rule only.
 *
 * The hashtag must be chanted: it opens its sentence or ends the comment,
 * as hashtags do, and no article or "hashtag" names it ("the trolls
 * pushed #HangTheReporters for a week", "el hashtag #MatenALosPeriodistas
 * fue denunciado" report it).
 */
#include <string.h>

#include "screen/screen_int.h"

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

static bool ascii_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool ascii_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

/* Writes the words of the hashtag h[0..len) into out (2 * len bytes at
 * least), a space before each capital that starts a word: after a small
 * letter ("HangThe"), or before a small one after a capital ("ALos");
 * and before a number after a letter ("Journalists2024"). Returns the
 * length, or 0 when it has fewer than two words. */
static size_t split_words(const char *h, size_t len, char *out)
{
    size_t o = 0, words = 1;
    for (size_t p = 0; p < len; p++) {
        bool digit = h[p] >= '0' && h[p] <= '9';
        bool starts =
            p > 0 &&
            ((ascii_upper(h[p]) &&
              (ascii_lower(h[p - 1]) || (ascii_upper(h[p - 1]) && p + 1 < len &&
                                         ascii_lower(h[p + 1])))) ||
             (digit && (ascii_lower(h[p - 1]) || ascii_upper(h[p - 1]))));
        if (starts) {
            out[o++] = ' ';
            words++;
        }
        out[o++] = h[p];
    }
    return words >= 2 ? o : 0;
}

/* The bytes of token j's hashtag in text (after its '#'), or NULL when
 * token j was not written as one. */
static const char *hashtag_of(const struct screen_norm *n, const char *text,
                              size_t j, size_t *hl)
{
    const struct screen_tok *t = &n->tok[j];
    size_t off = t->orig_off, l = t->orig_len;
    if (l > 0 && text[off] == '#') {
        off++;
        l--;
    } else if (off == 0 || text[off - 1] != '#') {
        return NULL;
    }
    *hl = l;
    return text + off;
}

/* Whether the hashtag at token j is chanted (see the top of the file). */
static bool chanted(const struct screen_norm *n, const char *text, size_t j)
{
    static const char *const named[] = {
        "the",      "a",         "el",   "la",         "un",       "una",
        "ese",      "this",      "that", "hashtag",    "hashtags", "tag",
        "trend",    "tendencia", "lema", "slogan",     "consigna", "pushed",
        "promoted", "usaron",    "usan", "difundieron"};
    if (j > 0 && screen_tok_in(n, j - 1, named, NELEM(named)))
        return false;
    return j == 0 || screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]) ||
           j + 1 == n->ntok;
}

bool screen_hashtag_threat(const struct screen_lex *lx,
                           const struct screen_norm *n, const char *text,
                           size_t len, struct screen_match *out)
{
    if (!memchr(text, '#', len))
        return false;
    for (size_t j = 0; j < n->ntok; j++) {
        size_t hl;
        const char *h = hashtag_of(n, text, j, &hl);
        if (!h || hl > SCREEN_TOK_MAX_LEN || !chanted(n, text, j))
            continue;
        char words[2 * SCREEN_TOK_MAX_LEN];
        size_t wl = split_words(h, hl, words);
        if (wl == 0)
            continue;
        struct screen_norm w;
        screen_norm_init(&w);
        struct screen_match m;
        int cat;
        bool threat = screen_normalize(&w, lx, words, wl) == 0 &&
                      screen_grammar_find(&screen_threat_grammar, &w, words, wl,
                                          &m, &cat, 1) == 1 &&
                      cat == SCREEN_THREAT;
        screen_norm_release(&w);
        if (threat) {
            out->tok = (uint32_t)j;
            out->ntok = 1;
            return true;
        }
    }
    return false;
}
