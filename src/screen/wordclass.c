/*
 * wordclass.c - what the rule grammars (threats.c, dehumanise.c) share:
 * a table from a normalised word to the classes it belongs to, a filter
 * of the words that may start a match, and a window of a comment's
 * sentence to read around a word.
 *
 * Each grammar keeps its own table, built once. The lookups run on every
 * word of every comment, so the table is open addressing on the word's
 * hash (the same screen_hash the normaliser gives each token), and a
 * 4,096-bit filter in front of it answers "starts nothing" for most words
 * from L1.
 */
#include <string.h>

#include "screen/screen_int.h"

void screen_wc_put(struct screen_wordclasses *t, const char *w, size_t len,
                   uint64_t cls)
{
    uint64_t h = screen_hash(w, len, 0);
    size_t s = (size_t)h & (SCREEN_WC_SLOTS - 1);
    while (t->slot[s].key && t->slot[s].key != h)
        s = (s + 1) & (SCREEN_WC_SLOTS - 1);
    t->slot[s].key = h;
    t->slot[s].cls |= cls;
    if (cls & t->start) {
        size_t b = screen_wc_start_bit(h);
        t->start_bits[b >> 6] |= 1ull << (b & 63);
    }
}

void screen_wc_put_str(struct screen_wordclasses *t, const char *w,
                       uint64_t cls)
{
    screen_wc_put(t, w, strlen(w), cls);
}

void screen_wc_put_list(struct screen_wordclasses *t, uint64_t start,
                        const struct screen_wc_word *words, size_t n)
{
    t->start = start;
    for (size_t i = 0; i < n; i++)
        screen_wc_put_str(t, words[i].w, words[i].cls);
}

uint64_t screen_wc_class(const struct screen_wordclasses *t, uint64_t h)
{
    size_t s = (size_t)h & (SCREEN_WC_SLOTS - 1);
    while (t->slot[s].key) {
        if (t->slot[s].key == h)
            return t->slot[s].cls;
        s = (s + 1) & (SCREEN_WC_SLOTS - 1);
    }
    return 0;
}

bool screen_wc_near(const struct screen_wordclasses *t,
                    const struct screen_norm *n, size_t i, size_t back,
                    size_t ahead, uint64_t cls)
{
    size_t a = i >= back ? i - back : 0;
    size_t b = i + ahead < n->ntok ? i + ahead : n->ntok - 1;
    for (size_t j = a; j <= b; j++)
        if (j != i && (screen_wc_class(t, n->tok[j].hash) & cls))
            return true;
    return false;
}

void screen_window_at(struct screen_window *w, size_t i, size_t back,
                      size_t ahead)
{
    const struct screen_norm *n = w->n;
    size_t s = i, e = i + 1;
    while (s > 0 && i - s < back &&
           !screen_sentence_break(w->text, &n->tok[s - 1], &n->tok[s]))
        s--;
    while (e < n->ntok && e - i < ahead &&
           !screen_sentence_break(w->text, &n->tok[e - 1], &n->tok[e]))
        e++;
    w->s = s;
    w->e = e;
    w->open_start =
        s > 0 && !screen_sentence_break(w->text, &n->tok[s - 1], &n->tok[s]);
}

uint64_t screen_window_class(const struct screen_window *w, size_t j)
{
    return j >= w->s && j < w->e ? screen_wc_class(w->t, w->n->tok[j].hash) : 0;
}

bool screen_window_is(const struct screen_window *w, size_t j, const char *word)
{
    if (j < w->s || j >= w->e)
        return false;
    const struct screen_tok *t = &w->n->tok[j];
    size_t l = strlen(word);
    return t->len == l && memcmp(w->n->text + t->off, word, l) == 0;
}

bool screen_quoted(const char *text, size_t off)
{
    int straight = 0, curly = 0;
    const unsigned char *s = (const unsigned char *)text;
    for (size_t q = 0; q < off; q++) {
        if (s[q] == '"')
            straight ^= 1;
        else if (s[q] == 0xe2 && q + 2 < off && s[q + 1] == 0x80 &&
                 s[q + 2] == 0x9c)
            curly++; /* U+201C */
        else if (s[q] == 0xe2 && q + 2 < off && s[q + 1] == 0x80 &&
                 s[q + 2] == 0x9d && curly > 0)
            curly--; /* U+201D */
        else if (s[q] == 0xc2 && q + 1 < off && s[q + 1] == 0xab)
            curly++; /* U+00AB */
        else if (s[q] == 0xc2 && q + 1 < off && s[q + 1] == 0xbb && curly > 0)
            curly--; /* U+00BB */
    }
    return straight || curly > 0;
}
