/*
 * features.c - hash a normalised comment into model buckets.
 *
 * Features (all binary: a word, a pair of words or a lexicon feature that
 * comes again in the same comment counts once, see screen_repeats,
 * so repeating a word cannot push a score). Words, bigrams and character
 * n-grams are scaled
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
 * model always sees the features it was trained on. The scorer's two
 * lists are built with the n-gram hashing unrolled for the usual case
 * (a word's positions with all of 2 to 5 bytes ahead, and its last three;
 * a space with three bytes of the text on each side); screen_features
 * keeps the plain loop over the whole text, and the unit tests check that
 * both add up alike.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "screen/repeats.h"
#include "screen/screen_int.h"

#define SEED_WORD 0x5157a3e1u
/* (the bigrams' seed is SCREEN_SEED_BIGRAM, screen_int.h) */
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

static inline uint64_t feat_fnv(uint64_t h, unsigned c)
{
    return (h ^ c) * SCREEN_FNV_PRIME;
}

/* The bucket of a character n-gram of len bytes whose FNV state is h. */
static inline uint32_t feat_gram_bucket(uint64_t h, size_t len, uint32_t mask)
{
    return feat_bucket((h ^ len) * 0x9e3779b97f4a7c15ULL, mask);
}

/* A feature across a space, whose row of w is asked for at once (the
 * scorer reads it soon after). */
static inline void feat_gram(struct screen_feat *f, uint64_t h, size_t len,
                             uint32_t mask, uint32_t tok, const int16_t *w)
{
    f->bucket = feat_gram_bucket(h, len, mask);
    f->tok = tok;
    __builtin_prefetch(w + (size_t)f->bucket * SCREEN_NHEADS);
}

_Static_assert(SCREEN_CHAR_MIN == 2 && SCREEN_CHAR_MAX == 5,
               "the unrolled n-gram loops");

/* A word's feature, whose row of w is asked for at once (the scorer adds
 * the rows up soon after). */
static inline void feat_word_put(uint32_t *out, size_t k, uint32_t bucket,
                                 const int16_t *w)
{
    out[k] = bucket;
    __builtin_prefetch(w + (size_t)bucket * SCREEN_NHEADS);
}

size_t screen_word_feats(const char *w, size_t len, uint64_t hash,
                         uint32_t mask, const int16_t *rows, uint32_t *out,
                         size_t *nlead)
{
    size_t k = 0;
    feat_word_put(out, k++, feat_bucket(screen_mix(hash ^ SEED_WORD), mask),
                  rows);
    /* the padded word " w ", so that no byte needs a test */
    unsigned char t[SCREEN_TOK_MAX_LEN + 2];
    if (len > SCREEN_TOK_MAX_LEN)
        len = SCREEN_TOK_MAX_LEN;
    t[0] = ' ';
    memcpy(t + 1, w, len);
    t[len + 1] = ' ';
    size_t plen = len + 2;
    const uint64_t b = SCREEN_FNV_BASIS ^ SEED_CHAR;
    size_t p = 0;
    /* the n-grams of 2 to 5 bytes at p share their prefix hash */
    for (; p + SCREEN_CHAR_MAX <= plen; p++) {
        uint64_t h = feat_fnv(feat_fnv(b, t[p]), t[p + 1]);
        feat_word_put(out, k, feat_gram_bucket(h, 2, mask), rows);
        h = feat_fnv(h, t[p + 2]);
        feat_word_put(out, k + 1, feat_gram_bucket(h, 3, mask), rows);
        h = feat_fnv(h, t[p + 3]);
        feat_word_put(out, k + 2, feat_gram_bucket(h, 4, mask), rows);
        h = feat_fnv(h, t[p + 4]);
        feat_word_put(out, k + 3, feat_gram_bucket(h, 5, mask), rows);
        k += 4;
    }
    if (p + SCREEN_CHAR_MAX - 1 == plen) {
        /* the last three positions, with 3, 2 and 1 lengths that fit:
         * unrolled, as every word of two bytes or more ends so */
        const unsigned char *q = t + p;
        uint64_t h = feat_fnv(feat_fnv(b, q[0]), q[1]);
        feat_word_put(out, k, feat_gram_bucket(h, 2, mask), rows);
        h = feat_fnv(h, q[2]);
        feat_word_put(out, k + 1, feat_gram_bucket(h, 3, mask), rows);
        h = feat_fnv(h, q[3]);
        feat_word_put(out, k + 2, feat_gram_bucket(h, 4, mask), rows);
        h = feat_fnv(feat_fnv(b, q[1]), q[2]);
        feat_word_put(out, k + 3, feat_gram_bucket(h, 2, mask), rows);
        h = feat_fnv(h, q[3]);
        feat_word_put(out, k + 4, feat_gram_bucket(h, 3, mask), rows);
        h = feat_fnv(feat_fnv(b, q[2]), q[3]);
        feat_word_put(out, k + 5, feat_gram_bucket(h, 2, mask), rows);
        k += 6;
        p = plen;
    }
    /* the last few positions of a shorter word, where fewer lengths fit */
    for (; p + SCREEN_CHAR_MIN <= plen; p++) {
        uint64_t h = feat_fnv(b, t[p]);
        for (size_t g = 1; p + g < plen; g++) {
            h = feat_fnv(h, t[p + g]);
            feat_word_put(out, k++, feat_gram_bucket(h, g + 1, mask), rows);
        }
    }
    /* the n-grams that start at the space: one per length that fits */
    *nlead = plen - 1 < SCREEN_CHAR_MAX - 1 ? plen - 1 : SCREEN_CHAR_MAX - 1;
    return k;
}

/*
 * The n-grams across one space, from the padded text around it: w[0..nl)
 * before the space (at most 3 bytes, back to the space or pad before a
 * short word), w[nl] the space, w[nl + 1 .. nl + 1 + nr) after it (at
 * most 3 bytes, up to the pad at the end). An n-gram starting at w[p]
 * spans the space when it has at least nl - p + 2 bytes; it has at most
 * 5 and ends at the window's end. The ones starting at w[0] belong to
 * word first, the others to word at. Returns the count.
 */
static size_t feat_space(const unsigned char *w, size_t nl, size_t nr,
                         uint32_t mask, uint32_t first, uint32_t at,
                         const int16_t *rows, struct screen_feat *f)
{
    const uint64_t b = SCREEN_FNV_BASIS ^ SEED_CHAR;
    size_t k = 0;
    for (size_t p = 0; p < nl; p++) {
        /* the bytes from p to the space, then one more byte a gram */
        uint64_t h = b;
        for (size_t q = p; q <= nl; q++)
            h = feat_fnv(h, w[q]);
        size_t len = nl + 1 - p;
        for (size_t q = nl + 1; q <= nl + nr && len < SCREEN_CHAR_MAX; q++) {
            h = feat_fnv(h, w[q]);
            len++;
            feat_gram(&f[k++], h, len, mask, p == 0 ? first : at, rows);
        }
    }
    return k;
}

/* feat_space for the usual window, three bytes on each side of the
 * space: unrolled. */
static inline void feat_space3(const unsigned char *w, uint32_t mask,
                               uint32_t first, uint32_t at, const int16_t *rows,
                               struct screen_feat *f)
{
    const uint64_t b = SCREEN_FNV_BASIS ^ SEED_CHAR;
    uint64_t h2 = feat_fnv(feat_fnv(feat_fnv(b, w[2]), w[3]), w[4]);
    uint64_t h1 =
        feat_fnv(feat_fnv(feat_fnv(feat_fnv(b, w[1]), w[2]), w[3]), w[4]);
    uint64_t h0 = feat_fnv(
        feat_fnv(feat_fnv(feat_fnv(feat_fnv(b, w[0]), w[1]), w[2]), w[3]),
        w[4]);
    feat_gram(&f[0], h0, 5, mask, first, rows);
    feat_gram(&f[1], h1, 4, mask, at, rows);
    feat_gram(&f[2], feat_fnv(h1, w[5]), 5, mask, at, rows);
    feat_gram(&f[3], h2, 3, mask, at, rows);
    h2 = feat_fnv(h2, w[5]);
    feat_gram(&f[4], h2, 4, mask, at, rows);
    feat_gram(&f[5], feat_fnv(h2, w[6]), 5, mask, at, rows);
}

size_t screen_cross_feats(const struct screen_norm *n, uint32_t mask,
                          const int16_t *w, const uint8_t *rep,
                          struct screen_feat *f)
{
    /* an n-gram spans two words when a separating space lies strictly
     * inside it, and it belongs to the word its first byte is in (a
     * space: the word before, as in screen_features); locals, as the
     * stores to f would make the compiler read n's fields again */
    const unsigned char *t = (const unsigned char *)n->text;
    const struct screen_tok *tok = n->tok;
    size_t len = n->len, ntok = n->ntok;
    size_t k = 0;
    for (size_t word = 0; word + 1 < ntok; word++) {
        if (rep[word] & SCREEN_REP_PAIR)
            continue; /* the pair came before: its n-grams count once */
        /* e: the space after word `word` (words are joined by one) */
        size_t wlen = tok[word].len;
        size_t e = (size_t)tok[word].off + wlen;
        uint32_t at = (uint32_t)word;
        uint32_t first = word > 0 && wlen < 3 ? at - 1 : at;
        if (wlen >= 2 && e >= 3 && e + 3 < len) {
            /* most spaces: three bytes on each side inside the text (a
             * word of two bytes brings the space before it) */
            feat_space3(t + e - 3, mask, first, at, w, f + k);
            k += 6;
            continue;
        }
        size_t nl = wlen < 3 ? wlen + 1 : 3;
        size_t nr = len - e < 3 ? len - e : 3;
        unsigned char pad[7];
        const unsigned char *win = pad;
        if (e >= nl && e + 3 < len) {
            win = t + e - nl;
        } else {
            /* the window holds a pad: copy it with the pads as spaces */
            for (size_t j = 0; j < nl + 1 + nr; j++) {
                size_t q = e + j - nl; /* text index, or -1 for the pad */
                pad[j] = (e + j < nl || q == len) ? ' ' : t[q];
            }
        }
        k += feat_space(win, nl, nr, mask, first, at, w, f + k);
    }
    return k;
}

static inline void feat_put(struct screen_feat *f, size_t *n, uint64_t h,
                            uint32_t mask, uint32_t tok)
{
    f[*n].bucket = feat_bucket(h, mask);
    f[*n].tok = tok;
    (*n)++;
}

/* The shape features, by the name their hash starts from. The names'
 * hashes are worked out once, not per comment. */
enum {
    SHAPE_CAPS,
    SHAPE_CAPSWORDS,
    SHAPE_EVADE,
    SHAPE_PUNCT,
    SHAPE_MONEY,
    SHAPE_LINKS,
    SHAPE_EMOJI,
    SHAPE_LEN,
    SHAPE_N
};
static const char *const shape_names[SHAPE_N] = {
    "caps", "capswords", "evade", "punct", "money", "links", "emoji", "len"};
static uint64_t shape_hash[SHAPE_N];
static pthread_once_t shape_once = PTHREAD_ONCE_INIT;

static void shape_init(void)
{
    for (int k = 0; k < SHAPE_N; k++)
        shape_hash[k] =
            screen_hash(shape_names[k], strlen(shape_names[k]), SEED_SHAPE);
}

static void feat_shape(struct screen_feat *f, size_t *n, uint32_t mask,
                       int shape, unsigned v)
{
    feat_put(f, n, screen_mix(shape_hash[shape] + v), mask, UINT32_MAX);
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

_Static_assert(SCREEN_NCAT * 3 <= 32, "the seen-feature bits of a comment");

size_t screen_extra_feats(const struct screen_norm *n,
                          const struct screen_hit *hits, size_t nhits,
                          uint32_t mask, struct screen_feat *f)
{
    size_t k = 0;
    pthread_once(&shape_once, shape_init);
    /* lexicon hits: each feature once, at its first hit (repeats count
     * once, as for words) */
    uint32_t seen_cat = 0, seen_kind = 0, seen_lang = 0;
    for (size_t i = 0; i < nhits; i++) {
        const struct screen_lex_entry *e = hits[i].e;
        uint64_t base = screen_mix(SEED_LEX + e->cat * 131u);
        uint32_t bit_cat = 1u << e->cat;
        uint32_t bit_kind = 1u << (e->cat * 2 + e->kind);
        uint32_t bit_lang = 1u << (e->cat * 3 + e->lang);
        if (!(seen_cat & bit_cat))
            feat_put(f, &k, base, mask, hits[i].tok);
        if (!(seen_kind & bit_kind))
            feat_put(f, &k, screen_mix(base + 7 + e->kind), mask, hits[i].tok);
        if (!(seen_lang & bit_lang))
            feat_put(f, &k, screen_mix(base + 17 + e->lang), mask, hits[i].tok);
        seen_cat |= bit_cat;
        seen_kind |= bit_kind;
        seen_lang |= bit_lang;
    }
    /* shape of the original text */
    if (n->n_letters >= 8)
        feat_shape(f, &k, mask, SHAPE_CAPS, n->n_upper * 10 / n->n_letters);
    unsigned capsw = 0, evade = 0;
    for (size_t i = 0; i < n->ntok; i++) {
        uint32_t flags = n->tok[i].flags;
        /* most words are neither */
        if (flags & (SCREEN_TOK_CAPS | SCREEN_TOK_EVADE)) {
            capsw += (flags & SCREEN_TOK_CAPS) != 0;
            evade += (flags & SCREEN_TOK_EVADE) != 0;
        }
    }
    if (capsw)
        feat_shape(f, &k, mask, SHAPE_CAPSWORDS, capsw > 4 ? 4 : capsw);
    if (evade)
        feat_shape(f, &k, mask, SHAPE_EVADE, evade > 2 ? 2 : evade);
    if (n->n_punct_runs)
        feat_shape(f, &k, mask, SHAPE_PUNCT,
                   n->n_punct_runs > 3 ? 3 : n->n_punct_runs);
    if (n->n_currency)
        feat_shape(f, &k, mask, SHAPE_MONEY,
                   n->n_currency > 4 ? 4 : n->n_currency);
    if (n->n_links)
        feat_shape(f, &k, mask, SHAPE_LINKS, n->n_links > 3 ? 3 : n->n_links);
    if (n->n_emoji)
        feat_shape(f, &k, mask, SHAPE_EMOJI, n->n_emoji > 3 ? 3 : n->n_emoji);
    feat_shape(f, &k, mask, SHAPE_LEN, feat_log2((unsigned)n->ntok + 1));
    return k;
}

int screen_repeats(const struct screen_norm *n, uint8_t *rep)
{
    uint32_t *mem = malloc(2 * screen_seen_slots(n->ntok) * sizeof(*mem));
    if (!mem)
        return ERR_NOMEM;
    struct screen_seen seen = screen_seen_reset(mem, n->ntok);
    for (size_t i = 0; i < n->ntok; i++)
        rep[i] = screen_repeat_at(n->tok, n->ntok, &seen, i);
    free(mem);
    return 0;
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
    /* repeats count once (screen_int.h) */
    size_t nt = n->ntok;
    uint8_t *rep = calloc(nt + 1, 1);
    /* word_at[q]: the word at padded position q; at a space, the word
     * after it (whose " word " starts there) */
    uint32_t *word_at = calloc(n->len + 2, sizeof(uint32_t));
    if (!rep || !word_at || screen_repeats(n, rep)) {
        free(rep);
        free(word_at);
        return ERR_NOMEM;
    }
    for (size_t q = 1, w = 0; q <= n->len; q++) {
        if (n->text[q - 1] == ' ')
            w++;
        word_at[q] = (uint32_t)w;
    }
    word_at[n->len + 1] = (uint32_t)nt;
    /* words and bigrams */
    for (size_t i = 0; i < n->ntok; i++) {
        uint64_t h = n->tok[i].hash;
        if (!(rep[i] & SCREEN_REP_WORD))
            feat_put(fs->f, &fs->n, screen_mix(h ^ SEED_WORD), mask,
                     (uint32_t)i);
        if (i + 1 < n->ntok && !(rep[i] & SCREEN_REP_PAIR)) {
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
        /* an n-gram belongs to the word whose " word " holds it, or, when
         * a space lies inside it, to the pair around the first such
         * space (as screen_word_feats and screen_cross_feats list them) */
        long first_inner = -1;
        for (size_t k = 0; k < SCREEN_CHAR_MAX && p + k < len + 2; k++) {
            size_t q = p + k;
            unsigned c = (q == 0 || q == len + 1) ? ' ' : t[q - 1];
            h = (h ^ c) * SCREEN_FNV_PRIME;
            if (k + 1 >= SCREEN_CHAR_MIN) {
                bool skip =
                    first_inner >= 0
                        ? (rep[word_at[first_inner] - 1] & SCREEN_REP_PAIR)
                        : (word_at[p] < nt &&
                           (rep[word_at[p]] & SCREEN_REP_WORD));
                if (!skip)
                    feat_put(fs->f, &fs->n,
                             (h ^ (k + 1)) * 0x9e3779b97f4a7c15ULL, mask,
                             n->ntok ? at : UINT32_MAX);
            }
            if (k > 0 && c == ' ' && first_inner < 0)
                first_inner = (long)q;
        }
    }
    free(rep);
    free(word_at);
    fs->n_scaled = fs->n;
    fs->n += screen_extra_feats(n, hits, nhits, mask, fs->f + fs->n);
    return 0;
}
