/*
 * splitmarks.c - an emoji among the words of a phrase does not hide it.
 *
 * The lexicon's phrases are runs of words ("kill yourself", "te voy a
 * matar", "hijo de puta"), and the normaliser makes each emoji a token of
 * its own, so a reader who puts one between the words ("kill 😂
 * yourself", "te voy 😂 a matar", "hijo de 😂 puta") broke the run and
 * was published. Punctuation between the words never broke it, since it
 * is no token.
 *
 * screen_split_marks_mask finds the rule phrases the words make with the
 * emoji and other symbols left out, and blanks the symbols inside each
 * such phrase with spaces, so the comment can be read again as if the
 * reader had not written them (model.c). The copy has the length of the
 * text, so what the second reading marks lands on the reader's own
 * bytes. Symbols elsewhere stay: a fire after a threat still tells what
 * the emoji grammar reads from it.
 */
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"

/* Whether the normalised word w (a token's first bytes; NUL- or
 * space-ended) starts with an emoji or a symbol: U+2000 to U+2BFF (arrows,
 * dingbats, stars, other symbols) or U+1F000 to U+1FFFF (emoji). CJK,
 * kana and Hangul, which start with the same lead bytes as some of
 * these, are words. */
static bool symbol_at(const unsigned char *w)
{
    if (w[0] == 0xe2)
        return w[1] >= 0x80 && w[1] < 0xb0;
    return w[0] == 0xf0 && w[1] == 0x9f;
}

/* Whether token j of n is a mark that can split a phrase: an emoji or
 * another symbol, or laughter that starts with a consonant ("hijo jajaja
 * de puta", "kill lol yourself"). Laughter is asked of those words only,
 * since this runs over every word of most comments. */
static bool split_mark(const struct screen_norm *n, size_t j)
{
    const unsigned char *w = (const unsigned char *)n->text + n->tok[j].off;
    switch (w[0]) {
    case 'h':
    case 'j':
    case 'l':
    case 'r':
    case 'x':
        return screen_is_laugh(n, j);
    default:
        return symbol_at(w);
    }
}

/* Whether the original text starts token j with a capital letter while
 * token i (a word before it) starts with a small one: "kill 😅 You guys
 * are so dramatic" starts a sentence after the emoji, and a phrase does
 * not go on across it. */
static bool sentence_starts(const struct screen_norm *n, const char *text,
                            size_t i, size_t j)
{
    unsigned char a = (unsigned char)text[n->tok[i].orig_off];
    unsigned char b = (unsigned char)text[n->tok[j].orig_off];
    return a >= 'a' && a <= 'z' && b >= 'A' && b <= 'Z';
}

/* Whether a run of marks inside tokens [first, last] of n starts a
 * sentence (sentence_starts). */
static bool phrase_crosses_sentence(const struct screen_norm *n,
                                    const char *text, uint32_t first,
                                    uint32_t last)
{
    uint32_t word = first;
    for (uint32_t j = first + 1; j <= last; j++) {
        if (split_mark(n, j))
            continue;
        if (j > word + 1 && sentence_starts(n, text, word, j))
            return true;
        word = j;
    }
    return false;
}

/* Whether a mark of n stands between two of its words. */
static bool mark_among_words(const struct screen_norm *n)
{
    if (n->ntok < 3)
        return false;
    bool word_before = false;
    bool mark_after_word = false;
    for (size_t j = 0; j < n->ntok; j++) {
        if (split_mark(n, j)) {
            mark_after_word |= word_before;
        } else {
            if (mark_after_word)
                return true;
            word_before = true;
        }
    }
    return false;
}

int screen_split_marks_mask(const struct screen_lex *lx,
                            const struct screen_norm *n, const char *text,
                            size_t len, char **out)
{
    *out = NULL;
    if (!lx || !mark_among_words(n))
        return 0;
    /* the words alone, and where each stands among n's tokens */
    struct screen_tok *words = malloc(n->ntok * sizeof(*words));
    uint32_t *at = malloc(n->ntok * sizeof(*at));
    char *copy = malloc(len ? len : 1);
    if (!words || !at || !copy) {
        free(words);
        free(at);
        free(copy);
        return ERR_NOMEM;
    }
    size_t nw = 0;
    for (size_t j = 0; j < n->ntok; j++) {
        if (split_mark(n, j))
            continue;
        words[nw] = n->tok[j];
        at[nw++] = (uint32_t)j;
    }
    struct screen_norm unmarked = *n;
    unmarked.tok = words;
    unmarked.ntok = nw;
    struct screen_hit hits[SCREEN_MAX_HITS];
    size_t nh = screen_lex_scan_kind(lx, &unmarked, hits, SCREEN_MAX_HITS,
                                     SCREEN_LEX_RULE);
    memcpy(copy, text, len);
    bool blanked = false;
    for (size_t i = 0; i < nh; i++) {
        if (hits[i].ntok < 2)
            continue;
        uint32_t first = at[hits[i].tok];
        uint32_t last = at[hits[i].tok + hits[i].ntok - 1];
        if (phrase_crosses_sentence(n, text, first, last))
            continue;
        for (uint32_t j = first + 1; j < last; j++) {
            const struct screen_tok *t = &n->tok[j];
            if (!split_mark(n, j) || t->orig_off + t->orig_len > len)
                continue;
            memset(copy + t->orig_off, ' ', t->orig_len);
            blanked = true;
        }
    }
    free(words);
    free(at);
    if (blanked)
        *out = copy;
    else
        free(copy);
    return 0;
}
