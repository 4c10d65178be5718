/*
 * grammars.c - the rule grammars (threats.c, veiled.c, dehumanise.c,
 * harass.c) run over a comment in one pass.
 *
 * Each grammar has a filter of the words that may start one of its
 * matches. Most words of most comments start nothing in any grammar, so
 * one pass looks each word up once in the union of the filters (512
 * bytes, in L1) and asks a grammar only when its own filter says so. A
 * grammar's matches do not overlap: after one, that grammar resumes past
 * its end, as it would alone.
 */
#include <pthread.h>

#include "screen/screen_int.h"

static const struct screen_grammar *const all_grammars[] = {
    &screen_threat_grammar, &screen_veiled_grammar, &screen_dehumanise_grammar,
    &screen_harass_grammar};
#define NGRAMMARS (sizeof(all_grammars) / sizeof(*all_grammars))

static const struct screen_wordclasses *tables[NGRAMMARS];
static uint64_t union_bits[64];
static pthread_once_t union_once = PTHREAD_ONCE_INIT;

static void union_build(void)
{
    for (size_t k = 0; k < NGRAMMARS; k++) {
        tables[k] = all_grammars[k]->words();
        for (size_t b = 0; b < 64; b++)
            union_bits[b] |= tables[k]->start_bits[b];
    }
}

/* Whether match m may count: it starts after the grammar's last match
 * ended (a match may reach back before the word that found it: "hope he
 * dies and rots" finds "hope" twice) and not inside quotation marks. */
static bool keep(const struct screen_match *m, size_t next,
                 struct screen_quotes *qs, const struct screen_norm *n,
                 const char *text, size_t len)
{
    return m->tok >= next && !screen_quoted(qs, n, text, len, m->tok);
}

size_t screen_grammars_find(const struct screen_norm *n, const char *text,
                            size_t len, struct screen_quotes *qs,
                            struct screen_match *out, int *cat,
                            const struct screen_grammar **from, size_t max)
{
    pthread_once(&union_once, union_build);
    size_t found = 0, next[NGRAMMARS] = {0};
    for (size_t i = 0; i < n->ntok && found < max; i++) {
        uint64_t h = n->tok[i].hash;
        size_t b = screen_wc_start_bit(h);
        if (!((union_bits[b >> 6] >> (b & 63)) & 1))
            continue;
        for (size_t k = 0; k < NGRAMMARS && found < max; k++) {
            if (i < next[k] || !screen_wc_may_start(tables[k], h))
                continue;
            int c = all_grammars[k]->at(n, text, len, i, &out[found]);
            if (c < 0 || !keep(&out[found], next[k], qs, n, text, len))
                continue;
            cat[found] = c;
            if (from)
                from[found] = all_grammars[k];
            next[k] = out[found].tok + out[found].ntok;
            found++;
        }
    }
    return found;
}

size_t screen_grammar_find(const struct screen_grammar *g,
                           const struct screen_norm *n, const char *text,
                           size_t len, struct screen_match *out, int *cat,
                           size_t max)
{
    const struct screen_wordclasses *t = g->words();
    size_t found = 0, next = 0;
    struct screen_quotes qs;
    qs.marked = false;
    for (size_t i = 0; i < n->ntok && found < max; i++) {
        if (i < next || !screen_wc_may_start(t, n->tok[i].hash))
            continue;
        int c = g->at(n, text, len, i, &out[found]);
        if (c < 0 || !keep(&out[found], next, &qs, n, text, len))
            continue;
        cat[found] = c;
        next = out[found].tok + out[found].ntok;
        found++;
    }
    return found;
}
