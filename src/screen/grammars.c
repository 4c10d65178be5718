/*
 * grammars.c - the rule grammars (threats.c, veiled.c, dehumanise.c,
 * harass.c, insult.c, conspiracy.c, emojis.c, omens.c, gloat.c,
 * condescend.c, suicide.c, misgender.c, scripture.c, again.c, roasted.c,
 * courtesy.c, misogyny.c, calls.c, watchers.c, fundraiser.c, seen.c,
 * inplace.c, quota.c, renamed.c, ultimatum.c, talkers.c, brave.c,
 * shady.c, hints.c, sayings.c, asked.c, thanked.c, nexttime.c, nature.c,
 * samefate.c, memory.c)
 * run over a comment in one pass.
 *
 * Each grammar has a filter of the words that may start one of its
 * matches. Most words of most comments start nothing in any grammar, so
 * one pass looks each word up once in the union of the filters, a byte
 * per bit (4 KB, in L1: a byte takes one load, a bit three steps more).
 * About one word in five passes it (the filters are 12 bits, and the
 * threat grammar alone has 700 words that may start a match), so a word
 * that does is looked up in full in a table of every grammar's start
 * words, which says which grammars it may start: a grammar's at() is
 * asked only for a word that has one of its start classes, as every
 * at() returns -1 at once for any other. A grammar's matches do not
 * overlap: after one, that grammar resumes past its end, as it would
 * alone.
 */
#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>

#include "screen/screen_int.h"

static const struct screen_grammar *const all_grammars[] = {
    &screen_threat_grammar,     &screen_veiled_grammar,
    &screen_dehumanise_grammar, &screen_harass_grammar,
    &screen_insult_grammar,     &screen_conspiracy_grammar,
    &screen_emoji_grammar,      &screen_omen_grammar,
    &screen_gloat_grammar,      &screen_condescend_grammar,
    &screen_suicide_grammar,    &screen_misgender_grammar,
    &screen_scripture_grammar,  &screen_again_grammar,
    &screen_roasted_grammar,    &screen_courtesy_grammar,
    &screen_misogyny_grammar,   &screen_calls_grammar,
    &screen_watchers_grammar,   &screen_fundraiser_grammar,
    &screen_seen_grammar,       &screen_inplace_grammar,
    &screen_quota_grammar,      &screen_renamed_grammar,
    &screen_ultimatum_grammar,  &screen_talkers_grammar,
    &screen_brave_grammar,      &screen_shady_grammar,
    &screen_hints_grammar,      &screen_sayings_grammar,
    &screen_asked_grammar,      &screen_thanked_grammar,
    &screen_nexttime_grammar,   &screen_nature_grammar,
    &screen_samefate_grammar,   &screen_memory_grammar};
#define NGRAMMARS (sizeof(all_grammars) / sizeof(*all_grammars))
_Static_assert(sizeof(all_grammars) / sizeof(*all_grammars) <= 64,
               "start_grammars holds a bit per grammar in 64 bits");

static uint8_t union_bytes[4096];

/* Every grammar's start words: a word's hash and a bit per grammar it may
 * start, open addressing on the hash. About 2,100 words, so 8,192 slots
 * keep a look-up for a word that is none to one or two slots. */
#define START_SLOTS 8192
static uint64_t start_key[START_SLOTS];
static uint64_t start_grammars[START_SLOTS];
static size_t start_used;

static pthread_once_t union_once = PTHREAD_ONCE_INIT;
/* set once the tables are built: the hot path reads this flag instead of
 * calling pthread_once for every comment */
static atomic_bool union_built;

static void start_put(uint64_t h, unsigned grammar)
{
    size_t s = (size_t)h & (START_SLOTS - 1);
    while (start_grammars[s] && start_key[s] != h)
        s = (s + 1) & (START_SLOTS - 1);
    if (!start_grammars[s]) {
        start_used++;
        assert(start_used < START_SLOTS / 2);
    }
    start_key[s] = h;
    start_grammars[s] |= 1ull << grammar;
}

/* The grammars whose start words include the word with hash h, as bits
 * (bit k: all_grammars[k]); 0 for most words. */
static uint64_t start_find(uint64_t h)
{
    size_t s = (size_t)h & (START_SLOTS - 1);
    while (start_grammars[s]) {
        if (start_key[s] == h)
            return start_grammars[s];
        s = (s + 1) & (START_SLOTS - 1);
    }
    return 0;
}

static void union_build(void)
{
    for (size_t k = 0; k < NGRAMMARS; k++) {
        const struct screen_wordclasses *t = all_grammars[k]->words();
        for (size_t b = 0; b < 64; b++)
            for (uint64_t bits = t->start_bits[b]; bits; bits &= bits - 1)
                union_bytes[b * 64 + (size_t)__builtin_ctzll(bits)] = 1;
        /* a word with a start class: the one whose at() may match (a
         * word's hash passes its grammar's filter whenever it has one) */
        for (size_t s = 0; s < SCREEN_WC_SLOTS; s++)
            if (t->slot[s].key && (t->slot[s].cls & t->start) &&
                screen_wc_may_start(t, t->slot[s].key))
                start_put(t->slot[s].key, (unsigned)k);
    }
    atomic_store_explicit(&union_built, true, memory_order_release);
}

bool screen_figurative_after(const struct screen_norm *n, size_t a, size_t b)
{
    static const char *const venues[][3] = {
        {"en", "redes", NULL},       {"en", "las", "redes"},
        {"on", "social", "media"},   {"en", "twitter", NULL},
        {"on", "twitter", NULL},     {"en", "las", "elecciones"},
        {"en", "las", "proximas"},   {"en", "las", "urnas"},
        {"at", "the", "polls"},      {"in", "the", "press"},
        {"en", "la", "prensa"},      {"out", "to", "dry"},
        {"politically", NULL, NULL}, {"politicamente", NULL, NULL},
    };
    for (size_t j = a; j < n->ntok && j < b + 4; j++)
        for (size_t v = 0; v < sizeof(venues) / sizeof(*venues); v++) {
            size_t k = 0;
            while (k < 3 && venues[v][k] &&
                   screen_tok_in(n, j + k, &venues[v][k], 1))
                k++;
            if (k == 3 || !venues[v][k])
                return true;
        }
    return false;
}

/* Whether match m may count: it starts after the grammar's last match
 * ended (a match may reach back before the word that found it: "hope he
 * dies and rots" finds "hope" twice), not inside quotation marks, and
 * with no figure of speech right after it. */
static bool keep(const struct screen_match *m, size_t next,
                 struct screen_quotes *qs, const struct screen_norm *n,
                 const char *text, size_t len)
{
    return m->tok >= next && !screen_quoted(qs, n, text, len, m->tok) &&
           !screen_figurative_after(n, m->tok + 1, m->tok + m->ntok);
}

size_t screen_grammars_find(const struct screen_norm *n, const char *text,
                            size_t len, struct screen_quotes *qs,
                            struct screen_match *out, int *cat,
                            const struct screen_grammar **from, size_t max)
{
    if (!atomic_load_explicit(&union_built, memory_order_acquire))
        pthread_once(&union_once, union_build);
    size_t found = 0, next[NGRAMMARS] = {0};
    if (max == 0)
        return 0;
    /* in locals: the compiler cannot tell the calls below leave n be, and
     * would read both again for every word */
    const struct screen_tok *tok = n->tok;
    size_t ntok = n->ntok;
    for (size_t i = 0; i < ntok; i++) {
        uint64_t h = tok[i].hash;
        if (!union_bytes[screen_wc_start_bit(h)])
            continue;
        /* the grammars the word may start, lowest bit first (the bits
         * of most words are few and far apart) */
        for (uint64_t may = start_find(h); may; may &= may - 1) {
            size_t k = (size_t)__builtin_ctzll(may);
            if (i < next[k])
                continue;
            int c = all_grammars[k]->at(n, text, len, i, &out[found]);
            if (c < 0 || !keep(&out[found], next[k], qs, n, text, len))
                continue;
            cat[found] = c;
            if (from)
                from[found] = all_grammars[k];
            next[k] = out[found].tok + out[found].ntok;
            if (++found == max)
                return found;
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

int screen_grammar_match_asked(const struct screen_norm *n, const char *text,
                               size_t len, size_t i, size_t a, size_t b,
                               int cat, struct screen_match *m)
{
    if (screen_sentence_asks(n, text, len, i))
        return -1;
    m->tok = (uint32_t)a;
    m->ntok = (uint32_t)(b - a);
    return cat;
}

int screen_grammar_match(const struct screen_norm *n, const char *text,
                         size_t len, size_t i, size_t a, size_t b, int cat,
                         struct screen_match *m)
{
    if (screen_sentence_asks(n, text, len, i) ||
        screen_refuted(n, text, a, b - a))
        return -1;
    m->tok = (uint32_t)a;
    m->ntok = (uint32_t)(b - a);
    return cat;
}
