/*
 * features.c - hash a normalised comment into model buckets.
 *
 * Features (all binary). Words, bigrams and character n-grams are scaled
 * by 1/sqrt(their count), so long and short comments weigh alike; lexicon
 * hits and shape features count 1 each, so a slur in a long comment is
 * not diluted:
 *   - word unigrams and bigrams of the normalised words;
 *   - character 2- to 5-grams of the normalised text with a space at each
 *     end, so word starts and ends are visible ("f0ck" and "fuck" share
 *     all of them after normalisation);
 *   - lexicon hits: category, category + kind, category + language;
 *   - text shape: share of capital letters, words in capitals, runs of
 *     "!!" / "?!", currency symbols, links, emoji, undone evasions and a
 *     rough length.
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

static inline void feat_put(struct screen_feats *fs, uint64_t h, uint32_t mask,
                            uint32_t tok)
{
    fs->f[fs->n].bucket = (uint32_t)(h >> 32) & mask;
    fs->f[fs->n].tok = tok;
    fs->n++;
}

static void feat_shape(struct screen_feats *fs, uint32_t mask, const char *name,
                       unsigned v)
{
    uint64_t h = screen_hash(name, strlen(name), SEED_SHAPE);
    feat_put(fs, screen_mix(h + v), mask, UINT32_MAX);
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

int screen_features(const struct screen_norm *n, const struct screen_hit *hits,
                    size_t nhits, uint32_t mask, struct screen_feats *fs)
{
    /* Upper bound: 4 n-grams per byte (+2 pads), 2 per word, 3 per hit,
     * and the shape features. */
    size_t need = (n->len + 2) * (SCREEN_CHAR_MAX - SCREEN_CHAR_MIN + 1) +
                  2 * n->ntok + 3 * nhits + 16;
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
        feat_put(fs, screen_mix(h ^ SEED_WORD), mask, (uint32_t)i);
        if (i + 1 < n->ntok)
            feat_put(fs,
                     screen_hash_combine(h ^ SEED_BIGRAM, n->tok[i + 1].hash),
                     mask, (uint32_t)i);
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
        uint64_t h = 0xcbf29ce484222325ULL ^ SEED_CHAR;
        for (size_t k = 0; k < SCREEN_CHAR_MAX && p + k < len + 2; k++) {
            size_t q = p + k;
            unsigned c = (q == 0 || q == len + 1) ? ' ' : t[q - 1];
            h = (h ^ c) * 0x100000001b3ULL;
            if (k + 1 >= SCREEN_CHAR_MIN)
                feat_put(fs, (h ^ (k + 1)) * 0x9e3779b97f4a7c15ULL, mask,
                         n->ntok ? at : UINT32_MAX);
        }
    }
    fs->n_scaled = fs->n;
    /* lexicon hits */
    for (size_t i = 0; i < nhits; i++) {
        const struct screen_lex_entry *e = hits[i].e;
        uint64_t base = screen_mix(SEED_LEX + e->cat * 131u);
        feat_put(fs, base, mask, hits[i].tok);
        feat_put(fs, screen_mix(base + 7 + e->kind), mask, hits[i].tok);
        feat_put(fs, screen_mix(base + 17 + e->lang), mask, hits[i].tok);
    }
    /* shape of the original text */
    if (n->n_letters >= 8)
        feat_shape(fs, mask, "caps", n->n_upper * 10 / n->n_letters);
    unsigned capsw = 0, evade = 0;
    for (size_t i = 0; i < n->ntok; i++) {
        capsw += (n->tok[i].flags & SCREEN_TOK_CAPS) != 0;
        evade += (n->tok[i].flags & SCREEN_TOK_EVADE) != 0;
    }
    if (capsw)
        feat_shape(fs, mask, "capswords", capsw > 4 ? 4 : capsw);
    if (evade)
        feat_shape(fs, mask, "evade", evade > 2 ? 2 : evade);
    if (n->n_punct_runs)
        feat_shape(fs, mask, "punct",
                   n->n_punct_runs > 3 ? 3 : n->n_punct_runs);
    if (n->n_currency)
        feat_shape(fs, mask, "money", n->n_currency > 4 ? 4 : n->n_currency);
    if (n->n_links)
        feat_shape(fs, mask, "links", n->n_links > 3 ? 3 : n->n_links);
    if (n->n_emoji)
        feat_shape(fs, mask, "emoji", n->n_emoji > 3 ? 3 : n->n_emoji);
    feat_shape(fs, mask, "len", feat_log2((unsigned)n->ntok + 1));
    return 0;
}
