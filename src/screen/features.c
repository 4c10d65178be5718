/*
 * features.c - hash a normalised comment into model buckets.
 *
 * Features (all binary). Words, bigrams and character n-grams are scaled
 * by 1/sqrt(their count + 4) (screen_ngram_scale), so long and short
 * comments weigh alike; lexicon hits and shape features count 1 each, so
 * a slur in a long comment is not diluted:
 *   - word unigrams and bigrams of the normalised words;
 *   - character 2- to 5-grams of the normalised text with a space at each
 *     end, so word starts and ends are visible ("f0ck" and "fuck" share
 *     all of them after normalisation);
 *   - lexicon hits: category, category + kind, category + language;
 *   - text shape: share of capital letters, words in capitals, runs of
 *     "!!" / "?!", currency symbols, links, emoji, undone evasions and a
 *     rough length.
 * The normalised text is words joined by single spaces, so every
 * character n-gram either lies inside one word with its two spaces
 * (" word ") or spans a space between two words. The first kind depends
 * on the word alone: screen_word_feats lists them (with the word's
 * unigram) so the scorer can add them up once per distinct word and reuse
 * the sum (score.c); screen_cross_feats lists the second kind.
 *
 * Each feature remembers the word it came from, so the highlight can add
 * up what every word contributed. Train and check share this file, so a
 * model always sees the features it was trained on.
 */
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"

#define SEED_WORD 0x5157a3e1u
#define SEED_BIGRAM 0x2b8c41d7u
#define SEED_CHAR 0x7f4a7c15u
#define SEED_LEX 0x3c6ef372u
#define SEED_SHAPE 0x1b873593u

void screen_feats_init(struct screen_feats *fs)
{
    memset(fs, 0, sizeof(*fs));
}

void screen_feats_release(struct screen_feats *fs)
{
    free(fs->f);
    screen_feats_init(fs);
}

static inline uint32_t feat_bucket(uint64_t h, uint32_t mask)
{
    return (uint32_t)(h >> 32) & mask;
}

size_t screen_word_feats(const char *w, size_t len, uint64_t hash,
                         uint32_t mask, uint32_t *out, size_t *nlead)
{
    size_t k = 0;
    out[k++] = feat_bucket(screen_mix(hash ^ SEED_WORD), mask);
    /* position p in the padded word " w " is w[p - 1] */
    const unsigned char *t = (const unsigned char *)w;
    size_t plen = len + 2;
    for (size_t p = 0; p + SCREEN_CHAR_MIN <= plen; p++) {
        uint64_t h = SCREEN_FNV_BASIS ^ SEED_CHAR;
        size_t kmax = plen - p < SCREEN_CHAR_MAX ? plen - p : SCREEN_CHAR_MAX;
        for (size_t g = 0; g < kmax; g++) {
            size_t q = p + g;
            unsigned c = (q == 0 || q == plen - 1) ? ' ' : t[q - 1];
            h = (h ^ c) * SCREEN_FNV_PRIME;
            if (g + 1 >= SCREEN_CHAR_MIN)
                out[k++] =
                    feat_bucket((h ^ (g + 1)) * 0x9e3779b97f4a7c15ULL, mask);
        }
        if (p == 0)
            *nlead = k - 1; /* the n-grams that start at the space */
    }
    return k;
}

size_t screen_cross_feats(const struct screen_norm *n, uint32_t mask,
                          struct screen_feat *f)
{
    /* padded text " text ": position p is text[p - 1]; an n-gram spans
     * two words when a separating space lies strictly inside it, and it
     * belongs to the word its first byte is in (a space: the word
     * before, as in screen_features) */
    const unsigned char *t = (const unsigned char *)n->text;
    size_t plen = n->len + 2;
    size_t k = 0, prev = 0; /* prev: the last space seen (0 = the pad) */
    for (uint32_t word = 0; word + 1 < n->ntok; word++) {
        /* s: the space after word `word` (words are joined by one) */
        size_t s = (size_t)n->tok[word].off + n->tok[word].len + 1;
        size_t p0 = s >= prev + 3 ? s - 3 : prev;
        for (size_t p = p0; p < s; p++) {
            size_t lmax =
                plen - p < SCREEN_CHAR_MAX ? plen - p : SCREEN_CHAR_MAX;
            uint32_t at = (p == prev && prev > 0) ? word - 1 : word;
            /* the n-grams starting at p share their prefix hash; the
             * first s - p + 1 bytes only lead up to the shortest one */
            size_t lmin = s - p + 2;
            uint64_t h = SCREEN_FNV_BASIS ^ SEED_CHAR;
            if (p > 0 && p + lmax < plen) { /* no pad inside: plain bytes */
                const unsigned char *c = t + p - 1;
                size_t g = 0;
                for (; g + 1 < lmin; g++)
                    h = (h ^ c[g]) * SCREEN_FNV_PRIME;
                for (; g < lmax; g++) {
                    h = (h ^ c[g]) * SCREEN_FNV_PRIME;
                    f[k].bucket = feat_bucket(
                        (h ^ (g + 1)) * 0x9e3779b97f4a7c15ULL, mask);
                    f[k].tok = at;
                    k++;
                }
                continue;
            }
            for (size_t g = 0; g < lmax; g++) {
                size_t q = p + g;
                unsigned c = (q == 0 || q == plen - 1) ? ' ' : t[q - 1];
                h = (h ^ c) * SCREEN_FNV_PRIME;
                if (g + 1 >= lmin) {
                    f[k].bucket = feat_bucket(
                        (h ^ (g + 1)) * 0x9e3779b97f4a7c15ULL, mask);
                    f[k].tok = at;
                    k++;
                }
            }
        }
        prev = s;
    }
    return k;
}

uint32_t screen_bigram_bucket(uint64_t h1, uint64_t h2, uint32_t mask)
{
    return feat_bucket(screen_hash_combine(h1 ^ SEED_BIGRAM, h2), mask);
}

static inline void feat_put(struct screen_feat *f, size_t *n, uint64_t h,
                            uint32_t mask, uint32_t tok)
{
    f[*n].bucket = feat_bucket(h, mask);
    f[*n].tok = tok;
    (*n)++;
}

static void feat_shape(struct screen_feat *f, size_t *n, uint32_t mask,
                       const char *name, unsigned v)
{
    uint64_t h = screen_hash(name, strlen(name), SEED_SHAPE);
    feat_put(f, n, screen_mix(h + v), mask, UINT32_MAX);
}

static unsigned feat_log2(unsigned v)
{
    unsigned k = 0;
    while (v > 1) {
        v >>= 1;
        k++;
    }
    return k;
}

size_t screen_extra_feats(const struct screen_norm *n,
                          const struct screen_hit *hits, size_t nhits,
                          uint32_t mask, struct screen_feat *f)
{
    size_t k = 0;
    /* lexicon hits */
    for (size_t i = 0; i < nhits; i++) {
        const struct screen_lex_entry *e = hits[i].e;
        uint64_t base = screen_mix(SEED_LEX + e->cat * 131u);
        feat_put(f, &k, base, mask, hits[i].tok);
        feat_put(f, &k, screen_mix(base + 7 + e->kind), mask, hits[i].tok);
        feat_put(f, &k, screen_mix(base + 17 + e->lang), mask, hits[i].tok);
    }
    /* shape of the original text */
    if (n->n_letters >= 8)
        feat_shape(f, &k, mask, "caps", n->n_upper * 10 / n->n_letters);
    unsigned capsw = 0, evade = 0;
    for (size_t i = 0; i < n->ntok; i++) {
        capsw += (n->tok[i].flags & SCREEN_TOK_CAPS) != 0;
        evade += (n->tok[i].flags & SCREEN_TOK_EVADE) != 0;
    }
    if (capsw)
        feat_shape(f, &k, mask, "capswords", capsw > 4 ? 4 : capsw);
    if (evade)
        feat_shape(f, &k, mask, "evade", evade > 2 ? 2 : evade);
    if (n->n_punct_runs)
        feat_shape(f, &k, mask, "punct",
                   n->n_punct_runs > 3 ? 3 : n->n_punct_runs);
    if (n->n_currency)
        feat_shape(f, &k, mask, "money", n->n_currency > 4 ? 4 : n->n_currency);
    if (n->n_links)
        feat_shape(f, &k, mask, "links", n->n_links > 3 ? 3 : n->n_links);
    if (n->n_emoji)
        feat_shape(f, &k, mask, "emoji", n->n_emoji > 3 ? 3 : n->n_emoji);
    feat_shape(f, &k, mask, "len", feat_log2((unsigned)n->ntok + 1));
    return k;
}

int screen_features(const struct screen_norm *n, const struct screen_hit *hits,
                    size_t nhits, uint32_t mask, struct screen_feats *fs)
{
    /* Upper bound: 4 n-grams per byte (+2 pads), 2 per word, 3 per hit,
     * and the shape features. */
    size_t need = (n->len + 2) * (SCREEN_CHAR_MAX - SCREEN_CHAR_MIN + 1) +
                  2 * n->ntok + SCREEN_EXTRA_MAX(nhits);
    if (need > fs->cap) {
        size_t c = fs->cap ? fs->cap : 1024;
        while (c < need)
            c *= 2;
        struct screen_feat *f = realloc(fs->f, c * sizeof(*f));
        if (!f)
            return ERR_NOMEM;
        fs->f = f;
        fs->cap = c;
    }
    fs->n = 0;
    /* words and bigrams */
    for (size_t i = 0; i < n->ntok; i++) {
        uint64_t h = n->tok[i].hash;
        feat_put(fs->f, &fs->n, screen_mix(h ^ SEED_WORD), mask, (uint32_t)i);
        if (i + 1 < n->ntok) {
            fs->f[fs->n].bucket =
                screen_bigram_bucket(h, n->tok[i + 1].hash, mask);
            fs->f[fs->n].tok = (uint32_t)i;
            fs->n++;
        }
    }
    /* character n-grams over " " text " " */
    const unsigned char *t = (const unsigned char *)n->text;
    size_t len = n->len;
    uint32_t tok = 0;
    for (size_t p = 0; p < len + 2; p++) {
        /* position p in the padded text is text[p - 1] */
        if (p >= 2 && t[p - 2] == ' ')
            tok++;
        uint32_t at = tok < n->ntok ? tok : (uint32_t)n->ntok - 1;
        uint64_t h = SCREEN_FNV_BASIS ^ SEED_CHAR;
        for (size_t k = 0; k < SCREEN_CHAR_MAX && p + k < len + 2; k++) {
            size_t q = p + k;
            unsigned c = (q == 0 || q == len + 1) ? ' ' : t[q - 1];
            h = (h ^ c) * SCREEN_FNV_PRIME;
            if (k + 1 >= SCREEN_CHAR_MIN)
                feat_put(fs->f, &fs->n, (h ^ (k + 1)) * 0x9e3779b97f4a7c15ULL,
                         mask, n->ntok ? at : UINT32_MAX);
        }
    }
    fs->n_scaled = fs->n;
    fs->n += screen_extra_feats(n, hits, nhits, mask, fs->f + fs->n);
    return 0;
}
