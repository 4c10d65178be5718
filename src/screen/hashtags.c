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

/* The token of n that the '#' at byte p of text opens (written right
 * after it, or starting with it), or n->ntok. The tokens run in the
 * order of the text, so a binary search finds it. */
static size_t token_after(const struct screen_norm *n, size_t p)
{
    size_t lo = 0, hi = n->ntok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (n->tok[mid].orig_off < p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n->ntok && n->tok[lo].orig_off <= p + 1 ? lo : n->ntok;
}

/* Whether the hashtag at token j stands where a chant does: opening its
 * sentence or ending the comment. Cheap: asked first. */
static bool chant_place(const struct screen_norm *n, const char *text, size_t j)
{
    return j == 0 || j + 1 == n->ntok ||
           screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]);
}

/* Whether an article or a word of report names the hashtag at token j
 * ("el hashtag #…", "the trolls pushed #…"). */
static bool named_before(const struct screen_norm *n, size_t j)
{
    static const char *const named[] = {
        "the",       "a",        "el",       "la",       "los",
        "las",       "un",       "una",      "ese",      "this",
        "that",      "hashtag",  "hashtags", "tag",      "trend",
        "tendencia", "lema",     "slogan",   "consigna", "cartel",
        "pushed",    "promoted", "usaron",   "usan",     "difundieron"};
    return j > 0 && screen_tok_in(n, j - 1, named, NELEM(named));
}

bool screen_hashtag_chanted(const struct screen_norm *n, const char *text,
                            size_t j)
{
    return chant_place(n, text, j) && !named_before(n, j);
}

/* Whether a word of words[0..wl) (split by spaces) may start a match of
 * the threat grammar: most hashtags have none ("#BuildTheWall",
 * "#NiUnaMenos"), and are not normalised again. A word with a byte
 * outside ASCII letters may, as the normaliser would read it. */
static bool may_threaten(const char *words, size_t wl)
{
    const struct screen_wordclasses *t = screen_threat_grammar.words();
    char low[SCREEN_TOK_MAX_LEN];
    size_t l = 0;
    bool plain = true;
    for (size_t p = 0; p <= wl; p++) {
        if (p == wl || words[p] == ' ') {
            if (!plain ||
                (l > 0 && screen_wc_may_start(t, screen_hash(low, l, 0))))
                return true;
            l = 0;
            plain = true;
            continue;
        }
        char c = words[p];
        if (ascii_upper(c))
            c = (char)(c - 'A' + 'a');
        if (!ascii_lower(c) || l == sizeof(low))
            plain = false;
        else
            low[l++] = c;
    }
    return false;
}

bool screen_hashtag_threat(const struct screen_lex *lx,
                           const struct screen_norm *n, const char *text,
                           size_t len, struct screen_norm *w,
                           struct screen_match *out)
{
    for (const char *q = memchr(text, '#', len); q;
         q = memchr(q + 1, '#', len - (size_t)(q + 1 - text))) {
        size_t p = (size_t)(q - text);
        /* a hashtag of words starts with a letter ("&#8220;", an
         * entity, and "#1" do not) */
        if (p + 1 == len ||
            !(ascii_upper(text[p + 1]) || ascii_lower(text[p + 1])))
            continue;
        size_t j = token_after(n, p);
        if (j == n->ntok)
            continue;
        const struct screen_tok *t = &n->tok[j];
        /* the word's bytes after the '#' */
        size_t start = p + 1, end = (size_t)t->orig_off + t->orig_len;
        if (end <= start || end - start > SCREEN_TOK_MAX_LEN ||
            !chant_place(n, text, j))
            continue;
        char words[2 * SCREEN_TOK_MAX_LEN];
        size_t wl = split_words(text + start, end - start, words);
        if (wl == 0 || !may_threaten(words, wl) || named_before(n, j))
            continue;
        struct screen_match m;
        int cat;
        bool threat = screen_normalize(w, lx, words, wl) == 0 &&
                      screen_grammar_find(&screen_threat_grammar, w, words, wl,
                                          &m, &cat, 1) == 1 &&
                      cat == SCREEN_THREAT;
        if (threat) {
            out->tok = (uint32_t)j;
            out->ntok = 1;
            return true;
        }
    }
    return false;
}
