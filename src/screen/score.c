/*
 * score.c - the model's logits for one comment, fast.
 *
 * Most of a comment's features belong to one word: the word itself and
 * the character n-grams inside " word " (features.c). Adding up their
 * weight rows is most of the cost of scoring (about 25 random reads in an
 * 8 MB table per word), and readers use the same few thousand words over
 * and over. So the scorer keeps, per scratch (one per thread), a small
 * direct-mapped cache from a word's hash to the exact int32 sum of its
 * own rows and their count; a word seen before costs one read. Bigrams,
 * the n-grams that span two words, lexicon hits and the text shape are
 * looked up every time. The features are exactly screen_features' (the
 * ones the model was trained on), only added up in another order: rows
 * go into int32 sums, moved into the 64-bit totals often enough that
 * they cannot overflow (SCORE_FLUSH_WORDS), as int16 to int64 additions
 * cost twice as many instructions.
 *
 * The sums are exact integers, so a cached and a fresh sum are the same
 * number and the score never depends on what was scored before. The
 * cache is tied to one model (its address and checksum) and emptied when
 * a scratch meets another one. A 64-bit hash stands for the word; two
 * different words with the same hash in one cache slot would share a sum,
 * which is as unlikely as a collision inside the lexicon index.
 *
 * The second look (sentences.c) scores a comment's sentences one at a
 * time; screen_score_sentence does it from what the comment's score left
 * here (the words' sums, the list of n-grams across spaces), recomputing
 * only what belongs to the sentence alone (see score_space_grams).
 */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "screen/repeats.h"
#include "screen/screen_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct wc_slot {
    uint64_t key;               /* word hash; 0 = empty */
    uint32_t nfeat;             /* features the sum covers */
    int32_t lead_hold;          /* hold head: the n-grams that start at
                                   the word's leading space */
    int32_t sum[SCREEN_NHEADS]; /* exact sum of the int16 rows */
};

struct screen_wcache {
    const struct screen_model *m; /* the model the sums belong to */
    uint64_t checksum;
    struct wc_slot slot[SCREEN_WCACHE_SLOTS];
};

static inline void score_add_row(int32_t acc[SCREEN_NHEADS], const int16_t *row)
{
    for (int h = 0; h < SCREEN_NHEADS; h++)
        acc[h] += row[h];
}

/*
 * The comment's totals are 64-bit (a comment may be long), but adding
 * int16 rows to int64 costs twice what adding them to int32 does. So the
 * scorer adds up to int32 and moves that into the totals after at most
 * SCORE_FLUSH_WORDS words (each with its own rows and bigram) or
 * SCORE_FLUSH_ROWS rows, which cannot overflow.
 */
#define SCORE_FLUSH_WORDS 64
#define SCORE_FLUSH_ROWS 4096
/* The most rows one word brings between flushes: its own, its bigram and
 * (in the second look) the n-grams across the space after it. */
#define SCORE_WORD_MAX_ROWS (SCREEN_WORD_MAX_FEAT + 1 + SCREEN_CROSS_PER_SPACE)
_Static_assert(32768 * (int64_t)SCORE_FLUSH_WORDS * SCORE_WORD_MAX_ROWS <
                   INT32_MAX,
               "the int32 sums of words between flushes cannot overflow");
_Static_assert((int64_t)SCORE_FLUSH_ROWS * 32768 < INT32_MAX,
               "the int32 sums of rows between flushes cannot overflow");

static inline void score_add_sum(int32_t acc[SCREEN_NHEADS],
                                 const int32_t sum[SCREEN_NHEADS])
{
    for (int h = 0; h < SCREEN_NHEADS; h++)
        acc[h] += sum[h];
}

static inline void score_flush(int64_t tot[SCREEN_NHEADS],
                               int32_t acc[SCREEN_NHEADS])
{
    for (int h = 0; h < SCREEN_NHEADS; h++) {
        tot[h] += acc[h];
        acc[h] = 0;
    }
}

#ifdef __SSE2__
/*
 * Rows two at a time, where the machine has SSE2 (every x86-64): widening
 * a row's eight int16 to int32 takes more instructions than adding them.
 * Interleaved, two rows' heads are pairs (a0 b0 a1 b1 ...), and one
 * multiply-add of pairs by 1 (pmaddwd) turns them into the int32 sums
 * a0 + b0, a1 + b1, ...: the same exact sums in half the instructions.
 */
_Static_assert(SCREEN_NHEADS == 8, "a row is one 128-bit vector");

struct score_vacc {
    __m128i lo, hi; /* heads 0-3 and 4-7 */
};

static inline struct score_vacc score_vacc_load(const int32_t *acc)
{
    return (struct score_vacc){_mm_loadu_si128((const __m128i *)acc),
                               _mm_loadu_si128((const __m128i *)(acc + 4))};
}

static inline void score_vacc_store(int32_t *acc, struct score_vacc v)
{
    _mm_storeu_si128((__m128i *)acc, v.lo);
    _mm_storeu_si128((__m128i *)(acc + 4), v.hi);
}

static inline void score_vacc_add2(struct score_vacc *v, const int16_t *ra,
                                   const int16_t *rb)
{
    const __m128i one = _mm_set1_epi16(1);
    __m128i a = _mm_loadu_si128((const __m128i *)ra);
    __m128i b = _mm_loadu_si128((const __m128i *)rb);
    v->lo = _mm_add_epi32(v->lo, _mm_madd_epi16(_mm_unpacklo_epi16(a, b), one));
    v->hi = _mm_add_epi32(v->hi, _mm_madd_epi16(_mm_unpackhi_epi16(a, b), one));
}
#endif

/* Adds the rows of buckets b[from .. to) to acc. */
static inline void score_add_rows(int32_t acc[SCREEN_NHEADS], const int16_t *w,
                                  const uint32_t *b, size_t from, size_t to)
{
    size_t i = from;
#ifdef __SSE2__
    if (i + 2 <= to) {
        struct score_vacc v = score_vacc_load(acc);
        for (; i + 2 <= to; i += 2)
            score_vacc_add2(&v, w + (size_t)b[i] * SCREEN_NHEADS,
                            w + (size_t)b[i + 1] * SCREEN_NHEADS);
        score_vacc_store(acc, v);
    }
#endif
    for (; i < to; i++)
        score_add_row(acc, w + (size_t)b[i] * SCREEN_NHEADS);
}

/* Adds the rows of features f[from .. to) to acc, and each one's hold
 * head to its token's tok_hold. */
static inline void score_add_feats(int32_t acc[SCREEN_NHEADS], const int16_t *w,
                                   const struct screen_feat *f, size_t from,
                                   size_t to, int32_t *tok_hold)
{
    size_t i = from;
#ifdef __SSE2__
    if (i + 2 <= to) {
        struct score_vacc v = score_vacc_load(acc);
        for (; i + 2 <= to; i += 2) {
            const int16_t *ra = w + (size_t)f[i].bucket * SCREEN_NHEADS;
            const int16_t *rb = w + (size_t)f[i + 1].bucket * SCREEN_NHEADS;
            score_vacc_add2(&v, ra, rb);
            tok_hold[f[i].tok] += ra[SCREEN_HEAD_HOLD];
            tok_hold[f[i + 1].tok] += rb[SCREEN_HEAD_HOLD];
        }
        score_vacc_store(acc, v);
    }
#endif
    for (; i < to; i++) {
        const int16_t *row = w + (size_t)f[i].bucket * SCREEN_NHEADS;
        score_add_row(acc, row);
        tok_hold[f[i].tok] += row[SCREEN_HEAD_HOLD];
    }
}

/* The exact sum of one word's own rows b[0..k), the first nlead after its
 * unigram starting at its leading space. */
static void score_word(const struct screen_model *m, const uint32_t *b,
                       size_t k, size_t nlead, uint64_t hash,
                       struct wc_slot *out)
{
    int32_t acc[SCREEN_NHEADS] = {0};
    /* the unigram (every word has one, k >= 1), then the nlead n-grams
     * at the leading space, whose hold head is what they add to the sum,
     * then the rest: no second pass over the lead rows */
    size_t lead_end = 1 + nlead < k ? 1 + nlead : k;
    score_add_rows(acc, m->w, b, 0, 1);
    int32_t lead = -acc[SCREEN_HEAD_HOLD];
    score_add_rows(acc, m->w, b, 1, lead_end);
    lead += acc[SCREEN_HEAD_HOLD];
    score_add_rows(acc, m->w, b, lead_end, k);
    memcpy(out->sum, acc, sizeof(acc));
    out->nfeat = (uint32_t)k;
    out->lead_hold = lead;
    out->key = hash;
}

static int score_reserve(struct screen_scratch *sc, size_t ntok, size_t nextra,
                         size_t nwb)
{
    if (nwb > sc->wbcap) {
        size_t c = sc->wbcap ? sc->wbcap : 1024;
        while (c < nwb)
            c *= 2;
        uint32_t *b = realloc(sc->wb, c * sizeof(*b));
        if (!b)
            return ERR_NOMEM;
        sc->wb = b;
        sc->wbcap = c;
    }
    if (!sc->wc) {
        sc->wc = calloc(1, sizeof(*sc->wc));
        if (!sc->wc)
            return ERR_NOMEM;
    }
    if (ntok > sc->ccap) {
        size_t c = sc->ccap ? sc->ccap : 256;
        while (c < ntok)
            c *= 2;
        int32_t *t = realloc(sc->tok_hold, c * sizeof(*t));
        if (!t)
            return ERR_NOMEM;
        sc->tok_hold = t;
        uint32_t *o = realloc(sc->wb_at, c * sizeof(*o));
        if (!o)
            return ERR_NOMEM;
        sc->wb_at = o;
        float *f = realloc(sc->contrib, c * sizeof(*f));
        if (!f)
            return ERR_NOMEM;
        sc->contrib = f;
        uint8_t *r = realloc(sc->rep, c);
        if (!r)
            return ERR_NOMEM;
        sc->rep = r;
        sc->ccap = c;
    }
    /* the repeat finder's two tables */
    size_t need = screen_seen_slots(ntok);
    if (need > sc->seencap) {
        uint32_t *s = realloc(sc->seen, 2 * need * sizeof(*s));
        if (!s)
            return ERR_NOMEM;
        sc->seen = s;
        sc->seencap = need;
    }
    if (nextra > sc->extracap) {
        size_t c = sc->extracap ? sc->extracap : 256;
        while (c < nextra)
            c *= 2;
        struct screen_feat *e = realloc(sc->extra, c * sizeof(*e));
        if (!e)
            return ERR_NOMEM;
        sc->extra = e;
        sc->extracap = c;
    }
    return 0;
}

/* Marks the repeats of n's tokens in sc->rep, in one pass, and asks for
 * each token's slot of the word cache (the scorer reads them next). */
static void score_repeats(const struct screen_norm *n,
                          struct screen_scratch *sc)
{
    /* locals, as the stores to rep would make the compiler read n's and
     * sc's fields again */
    struct screen_seen seen = screen_seen_reset(sc->seen, n->ntok);
    const struct screen_tok *t = n->tok;
    size_t ntok = n->ntok;
    uint8_t *rep = sc->rep;
    struct wc_slot *slot = sc->wc->slot;
    for (size_t i = 0; i < ntok; i++) {
        __builtin_prefetch(&slot[t[i].hash & (SCREEN_WCACHE_SLOTS - 1)]);
        rep[i] = screen_repeat_at(t, ntok, &seen, i);
    }
}

/* score_own when token i's sums are not in the cache: adds them up now
 * and keeps them in slot s. A function of its own, so that the loops that
 * call score_own do not carry its large stack frame. */
static const struct wc_slot *score_own_add(const struct screen_model *m,
                                           const struct screen_norm *n,
                                           struct screen_scratch *sc, size_t i,
                                           struct wc_slot *s)
{
    const struct screen_tok *t = &n->tok[i];
    if (sc->wb_at[i] != UINT32_MAX) {
        const uint32_t *b = sc->wb + sc->wb_at[i];
        score_word(m, b + 2, b[0], b[1], t->hash, s);
    } else {
        /* it was cached, but a word before it in this comment took its
         * slot; or, in the second look, it repeats a word of the comment
         * (so the comment's pass listed no rows for it) and comes first
         * in its sentence */
        uint32_t b[SCREEN_WORD_MAX_FEAT];
        size_t len = t->len < SCREEN_TOK_MAX_LEN ? t->len : SCREEN_TOK_MAX_LEN;
        size_t nlead = 0;
        size_t k = screen_word_feats(n->text + t->off, len, t->hash, m->mask,
                                     m->w, b, &nlead);
        score_word(m, b, k, nlead, t->hash, s);
    }
    return s;
}

/* Token i's own sums, from the word cache, or added up now (and kept). */
static inline const struct wc_slot *score_own(const struct screen_model *m,
                                              const struct screen_norm *n,
                                              struct screen_scratch *sc,
                                              size_t i)
{
    const struct screen_tok *t = &n->tok[i];
    struct wc_slot *s = &sc->wc->slot[t->hash & (SCREEN_WCACHE_SLOTS - 1)];
    if (s->key == t->hash && t->hash != 0)
        return s;
    return score_own_add(m, n, sc, i, s);
}

int screen_score(const struct screen_model *m, const struct screen_norm *n,
                 const struct screen_hit *hits, size_t nhits,
                 struct screen_scratch *sc, float z[SCREEN_NHEADS])
{
    size_t nspace = n->ntok ? n->ntok - 1 : 0;
    /* a word of l bytes has at most 1 + 4 (l + 2) features of its own */
    size_t nwb =
        (SCREEN_CHAR_MAX - SCREEN_CHAR_MIN + 1) * (n->len + 2 * n->ntok) +
        n->ntok + 1;
    int rc = score_reserve(
        sc, n->ntok,
        SCREEN_EXTRA_MAX(nhits) + SCREEN_CROSS_PER_SPACE * nspace + 1, nwb);
    if (rc)
        return rc;
    struct screen_wcache *wc = sc->wc;
    if (wc->m != m || wc->checksum != m->hdr->checksum) {
        /* a cache not used yet is as calloc left it: empty */
        if (wc->m)
            memset(wc->slot, 0, sizeof(wc->slot));
        wc->m = m;
        wc->checksum = m->hdr->checksum;
    }
    /* First ask for every row this comment needs from the big table, so
     * the reads overlap (and for the words' cache slots, as the repeats
     * are found): the own features of each word the cache lacks
     * (their buckets kept in wb, from wb_at[i] on), then bigrams, the
     * n-grams across words, lexicon and shape (screen_word_feats and
     * screen_cross_feats ask as they list them); tok_hold holds the bigram
     * buckets until the second loop. */
    score_repeats(n, sc);
    const uint8_t *rep = sc->rep;
    size_t nb = 0;
    for (size_t i = 0; i < n->ntok; i++) {
        const struct screen_tok *t = &n->tok[i];
        const struct wc_slot *s =
            &wc->slot[t->hash & (SCREEN_WCACHE_SLOTS - 1)];
        if ((s->key == t->hash && t->hash != 0) || (rep[i] & SCREEN_REP_WORD)) {
            sc->wb_at[i] = UINT32_MAX;
            continue;
        }
        size_t len = t->len < SCREEN_TOK_MAX_LEN ? t->len : SCREEN_TOK_MAX_LEN;
        size_t nlead = 0;
        size_t k = screen_word_feats(n->text + t->off, len, t->hash, m->mask,
                                     m->w, sc->wb + nb + 2, &nlead);
        sc->wb[nb] = (uint32_t)k;
        sc->wb[nb + 1] = (uint32_t)nlead;
        sc->wb_at[i] = (uint32_t)nb;
        nb += k + 2;
    }
    uint32_t *bg = (uint32_t *)sc->tok_hold;
    for (size_t i = 0; i + 1 < n->ntok; i++) {
        bg[i] =
            screen_bigram_bucket(n->tok[i].hash, n->tok[i + 1].hash, m->mask);
        __builtin_prefetch(m->w + (size_t)bg[i] * SCREEN_NHEADS);
    }
    /* scaled: the n-grams across words, each of a word; then the
     * unscaled extras */
    size_t ncross = screen_cross_feats(n, m->mask, m->w, rep, sc->extra);
    sc->ncross = ncross;
    sc->nextra = ncross + screen_extra_feats(n, hits, nhits, m->mask,
                                             sc->extra + ncross);
    for (size_t i = ncross; i < sc->nextra; i++)
        __builtin_prefetch(m->w + (size_t)sc->extra[i].bucket * SCREEN_NHEADS);
    /* Per-word int32 sums are bounded (SCREEN_WORD_MAX_FEAT * 32767 <
     * 2^31); so are acc's between flushes */
    int64_t tot[SCREEN_NHEADS] = {0}, tot2[SCREEN_NHEADS] = {0};
    int32_t acc[SCREEN_NHEADS] = {0};
    size_t nscaled = ncross;
    if (!n->ntok) {
        /* an empty text is just the two pads: one n-gram, "  ", the
         * second feature of an empty word (the first is its unigram) */
        uint32_t b[SCREEN_WORD_MAX_FEAT];
        size_t nl;
        (void)screen_word_feats("", 0, 0, m->mask, m->w, b, &nl);
        score_add_row(acc, m->w + (size_t)b[1] * SCREEN_NHEADS);
        nscaled = 1;
    }
    for (size_t i = 0; i < n->ntok; i++) {
        int32_t hold = 0;
        /* a repeated word adds nothing of its own (repeats.h) */
        if (!(rep[i] & SCREEN_REP_WORD)) {
            const struct wc_slot *s = score_own(m, n, sc, i);
            /* the n-grams at a word's leading space belong to the word
             * before it (screen_features), except for the first word */
            hold = s->sum[SCREEN_HEAD_HOLD];
            if (i > 0) {
                hold -= s->lead_hold;
                sc->tok_hold[i - 1] += s->lead_hold;
            }
            score_add_sum(acc, s->sum);
            nscaled += s->nfeat;
        }
        if (i + 1 < n->ntok && !(rep[i] & SCREEN_REP_PAIR)) {
            const int16_t *row = m->w + (size_t)bg[i] * SCREEN_NHEADS;
            score_add_row(acc, row);
            hold += row[SCREEN_HEAD_HOLD];
            nscaled++;
        }
        sc->tok_hold[i] = hold;
        if (i % SCORE_FLUSH_WORDS == SCORE_FLUSH_WORDS - 1)
            score_flush(tot, acc);
    }
    score_flush(tot, acc);
    /* every n-gram across a space belongs to a word (an empty text has
     * none); locals, as the stores to tok_hold would make the compiler
     * read sc's pointers again for every row */
    const struct screen_feat *cross = sc->extra;
    const int16_t *w = m->w;
    int32_t *tok_hold = sc->tok_hold;
    for (size_t i0 = 0; i0 < ncross; i0 += SCORE_FLUSH_ROWS) {
        size_t i1 =
            ncross - i0 < SCORE_FLUSH_ROWS ? ncross : i0 + SCORE_FLUSH_ROWS;
        score_add_feats(acc, w, cross, i0, i1, tok_hold);
        score_flush(tot, acc);
    }
    for (size_t i = ncross; i < sc->nextra; i++) {
        const int16_t *row = m->w + (size_t)sc->extra[i].bucket * SCREEN_NHEADS;
        for (int h = 0; h < SCREEN_NHEADS; h++)
            tot2[h] += row[h];
    }
    sc->nscaled = nscaled;
    float inv = screen_ngram_scale(nscaled);
    for (int h = 0; h < SCREEN_NHEADS; h++)
        z[h] = m->hdr->scale[h] * ((float)tot[h] * inv + (float)tot2[h]) +
               m->hdr->bias[h];
    return 0;
}

/*
 * The second look (sentences.c) scores sentences of the comment alone.
 * A sentence's own features are the comment's, less what it does not
 * hold, plus what the comment counted only once but the sentence holds
 * for the first time (repeats count once per scored text): so each is
 * scored from what the comment's score left, not from its text again.
 *   - Its words' own sums are in the word cache (or wb).
 *   - Its n-grams across words are the comment's for the spaces inside
 *     it: the normalised text is words joined by one space, and the pads
 *     around a text alone are spaces too, so the bytes around each space
 *     are the same. One n-gram differs: when the sentence's last word has
 *     one byte, the comment's last n-gram across the space before it
 *     reaches one byte past it, into the next word. A space whose pair
 *     the comment repeats is not in the comment's list; when the sentence
 *     holds that pair for the first time, its n-grams are listed afresh.
 *   - Its lexicon features and the words' caps and evasions are its own,
 *     and the rest of the shape is the comment's (screen_extra_feats).
 * The sums are exact integers and the count of scaled features is the
 * sentence's, so the logits are bit for bit those of screen_score on the
 * sentence. To find a space's n-grams in the comment's list, the walk
 * counts them as features.c lists them (score_space_grams); were the two
 * to differ, the walk would not end at the list's end (the assert in
 * screen_score_sentence).
 */

_Static_assert(SCREEN_CHAR_MAX == 5,
               "score_space_grams counts the n-grams of features.c");

/* How many n-grams screen_cross_feats lists for the space after word s of
 * n (when it lists the space): from each start up to three bytes before
 * the space (back to the space before a word of one or two bytes), one
 * per length of at most SCREEN_CHAR_MAX that reaches past the space, by
 * up to three bytes (up to the pad after the last word). */
static inline size_t score_space_grams(const struct screen_norm *n, size_t s)
{
    size_t wlen = n->tok[s].len;
    /* bytes from the space to the end of the text, the pad included */
    size_t after = n->len - (n->tok[s].off + wlen);
    if (wlen >= 3 && after >= 3)
        return 3 + 2 + 1; /* most spaces: from three bytes before it */
    size_t nl = wlen < 3 ? wlen + 1 : 3;
    size_t nr = after < 3 ? after : 3;
    size_t k = 0;
    for (size_t p = 0; p < nl; p++) {
        size_t upto = nl + 1 - p; /* bytes from the start to the space */
        size_t fit = SCREEN_CHAR_MAX - upto;
        k += nr < fit ? nr : fit;
    }
    return k;
}

/* Moves the walk up to the space after word `space`. */
static inline void score_walk(const struct screen_norm *n, const uint8_t *rep,
                              struct screen_cross_walk *walk, size_t space)
{
    for (; walk->space < space; walk->space++)
        if (!(rep[walk->space] & SCREEN_REP_PAIR))
            walk->at += score_space_grams(n, walk->space);
}

/* The n-grams across the space after word s of n in the text alone that
 * ends with word b - 1 (s + 1 < b), listed afresh: adds their rows to acc
 * and returns their count. */
static size_t score_space_alone(const struct screen_model *m,
                                const struct screen_norm *n, size_t s, size_t b,
                                int32_t acc[SCREEN_NHEADS])
{
    /* the comment's text cut after word b - 1, with words s and s + 1:
     * screen_cross_feats reads only the bytes around the space after v's
     * first word, and of the words only v's two */
    static const uint8_t no_repeat[1] = {0};
    struct screen_norm v = *n;
    v.tok = n->tok + s;
    v.ntok = 2;
    v.len = n->tok[b - 1].off + n->tok[b - 1].len;
    struct screen_feat f[SCREEN_CROSS_PER_SPACE];
    size_t k = screen_cross_feats(&v, m->mask, m->w, no_repeat, f);
    for (size_t i = 0; i < k; i++)
        score_add_row(acc, m->w + (size_t)f[i].bucket * SCREEN_NHEADS);
    return k;
}

void screen_score_sentence(const struct screen_model *m,
                           struct screen_scratch *sc,
                           const struct screen_hit *hits, size_t nh, size_t a,
                           size_t b, struct screen_cross_walk *walk,
                           float z[SCREEN_NHEADS])
{
    const struct screen_norm *n = &sc->n;
    const struct screen_tok *t = n->tok + a;
    const struct screen_feat *cross = sc->extra;
    const int16_t *w = m->w;
    size_t nt = b - a;
    /* the sentence's own repeats, found as it goes */
    struct screen_seen seen = screen_seen_reset(sc->seen, nt);
    int64_t tot[SCREEN_NHEADS] = {0}, tot2[SCREEN_NHEADS] = {0};
    int32_t acc[SCREEN_NHEADS] = {0};
    size_t nscaled = 0;
    /* a local walk, as the stores to acc would make the compiler read
     * walk's fields again */
    struct screen_cross_walk wk = *walk;
    score_walk(n, sc->rep, &wk, a);
    for (size_t i = 0; i < nt; i++) {
        uint8_t r = screen_repeat_at(t, nt, &seen, i);
        if (!(r & SCREEN_REP_WORD)) {
            const struct wc_slot *s = score_own(m, n, sc, a + i);
            score_add_sum(acc, s->sum);
            nscaled += s->nfeat;
        }
        if (i + 1 < nt) {
            /* the comment's n-grams across the space after the word */
            size_t from = wk.at;
            score_walk(n, sc->rep, &wk, a + i + 1);
            size_t to = wk.at;
            if (!(r & SCREEN_REP_PAIR)) {
                uint32_t bg =
                    screen_bigram_bucket(t[i].hash, t[i + 1].hash, m->mask);
                score_add_row(acc, w + (size_t)bg * SCREEN_NHEADS);
                nscaled++;
                if (from == to) {
                    /* none listed (a listed space has at least one): the
                     * comment repeats the pair */
                    nscaled += score_space_alone(m, n, a + i, b, acc);
                } else {
                    /* the last one reaches past a last word of one byte */
                    if (i + 2 == nt && b < n->ntok && t[i + 1].len == 1)
                        to--;
                    for (size_t k = from; k < to; k++)
                        score_add_row(acc, w + (size_t)cross[k].bucket *
                                                   SCREEN_NHEADS);
                    nscaled += to - from;
                }
            }
        }
        if (i % SCORE_FLUSH_WORDS == SCORE_FLUSH_WORDS - 1)
            score_flush(tot, acc);
    }
    score_flush(tot, acc);
    assert(wk.at <= sc->ncross && (b < n->ntok || wk.at == sc->ncross));
    *walk = wk;
    /* the lexicon hits inside the sentence (their token numbers say only
     * whom a feature belongs to, which the score does not need), its
     * words' flags and the comment's shape */
    struct screen_hit in[SCREEN_MAX_HITS];
    size_t nin = 0;
    for (size_t i = 0; i < nh && nin < SCREEN_MAX_HITS; i++)
        if (hits[i].tok >= a && hits[i].tok + hits[i].ntok <= b)
            in[nin++] = hits[i];
    struct screen_norm v = *n;
    v.tok = n->tok + a;
    v.ntok = nt;
    struct screen_feat extra[SCREEN_EXTRA_MAX(SCREEN_MAX_HITS)];
    size_t nextra = screen_extra_feats(&v, in, nin, m->mask, extra);
    for (size_t i = 0; i < nextra; i++) {
        const int16_t *row = w + (size_t)extra[i].bucket * SCREEN_NHEADS;
        for (int h = 0; h < SCREEN_NHEADS; h++)
            tot2[h] += row[h];
    }
    float inv = screen_ngram_scale(nscaled);
    for (int h = 0; h < SCREEN_NHEADS; h++)
        z[h] = m->hdr->scale[h] * ((float)tot[h] * inv + (float)tot2[h]) +
               m->hdr->bias[h];
}
