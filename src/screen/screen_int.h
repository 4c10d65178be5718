/*
 * screen_int.h - what the files of src/screen share and nobody else needs:
 * the normaliser's output, the lexicon index, feature hashing, the model
 * file layout and the dataset table used by train and eval.
 *
 * Data flow for one comment:
 *   text -> screen_normalize (tokens with their original offsets)
 *        -> screen_lex_scan (lexicon and pattern hits)
 *        -> screen_features (hashed bucket numbers)
 *        -> model weights (int16, one 16-byte row per bucket) -> scores
 */
#ifndef CHARLA_SCREEN_SCREEN_INT_H
#define CHARLA_SCREEN_SCREEN_INT_H

#include <math.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "screen/screen.h"
#include "util/buf.h"

struct screen_norm;

/* ---- hashing ---- */

/* 64-bit FNV-1a, then a final mix so low bits are usable as buckets. */
#define SCREEN_FNV_BASIS 0xcbf29ce484222325ULL
#define SCREEN_FNV_PRIME 0x100000001b3ULL
uint64_t screen_hash(const void *data, size_t len, uint64_t seed);
/* screen_checksum is the model file's checksum: FNV-1a over 8-byte words
 * (in the machine's byte order, as the weights are) and then the tail,
 * eight times fewer multiplications than screen_hash over 8 MB. */
uint64_t screen_checksum(const void *data, size_t len);

/* Widens the span [*off, *off + *l) of text to whole grapheme clusters
 * (an emoji with its skin tone or joined family, a letter with its
 * marks), so a highlight never cuts one (graphemes.c). */
void screen_grapheme_widen(const char *text, size_t len, uint32_t *off,
                           uint32_t *l);

static inline uint64_t screen_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
/* screen_hash_combine chains token hashes into a phrase hash. */
static inline uint64_t screen_hash_combine(uint64_t h, uint64_t tok)
{
    return screen_mix(h * 0x9e3779b97f4a7c15ULL + tok + 0x632be59bd9b4e019ULL);
}

/* ---- lexicons ---- */

/* Lexicon entry kinds. A FEATURE entry only feeds the model (its weight is
 * learned); a RULE entry also scores its category directly (threat and
 * sexual have no labelled data, slurs are too rare in it). */
enum { SCREEN_LEX_FEATURE = 0, SCREEN_LEX_RULE = 1 };

enum { SCREEN_LANG_ANY = 0, SCREEN_LANG_EN = 1, SCREEN_LANG_ES = 2 };

#define SCREEN_LEX_MAX_TOKENS 6
#define SCREEN_LEX_MAX_LEN 64  /* longest single word the pattern scan sees */
#define SCREEN_LEX_MASK_LEN 24 /* longest word with per-position letters */
#define SCREEN_LEX_KEY_WORDS 2048    /* 131072 bits of key filter */
#define SCREEN_LEX_PREFIX_WORDS 1024 /* 65536 bits of phrase-prefix filter */
#define SCREEN_LEX_SINGLE_WORDS 1024 /* 65536 bits of one-word filter */
#define SCREEN_LEX_PAIR_WORDS 1024   /* 65536 bits of first-pair filter */

struct screen_lex_entry {
    uint64_t key;      /* phrase hash of the normalised tokens */
    uint32_t term_off; /* normalised term in terms.data */
    uint16_t term_len;
    uint8_t ntok;    /* tokens in the term, 1..SCREEN_LEX_MAX_TOKENS */
    uint8_t cat;     /* enum screen_category */
    uint8_t lang;    /* SCREEN_LANG_* */
    uint8_t kind;    /* SCREEN_LEX_FEATURE or SCREEN_LEX_RULE */
    bool glued;      /* a rule phrase written as one word, made on load
                        (lexicon.c) and never baked */
    bool texted;     /* a Spanish rule phrase in the readers' texting
                        ("t vamos a matar"), made on load, never baked */
    uint32_t spells; /* made on load and never baked: this word is
                        another spelling ("pvto", "qlero") of the listed
                        word at terms.data + spells - 1 (NUL-terminated:
                        "puto", "culero"), a word of the lists or of
                        their phrases; 0 for a listed entry */
};

struct screen_lex {
    struct screen_lex_entry *e; /* owned */
    size_t n, cap;
    struct buf terms;      /* normalised terms, NUL-separated */
    uint32_t *slots;       /* open addressing: entry index + 1, 0 = empty */
    size_t nslots;         /* power of two */
    uint8_t max_ntok;      /* longest phrase */
    uint32_t max_word_len; /* longest single-word entry, in bytes */
    /* letters at each position of the single words of each length (bit
     * c - 'a', bit 26 any other byte), words up to SCREEN_LEX_MASK_LEN:
     * a disguised word that no word fits position by position is not
     * compared with each (screen_lex_match) */
    uint32_t pos_letters[SCREEN_LEX_MASK_LEN + 1][SCREEN_LEX_MASK_LEN];
    /* single words by byte length, for the obfuscation pattern scan:
     * entry numbers bylen[bylen_off[l] .. bylen_off[l + 1]) */
    uint32_t *bylen;
    uint32_t bylen_off[SCREEN_LEX_MAX_LEN + 2];
    /* bit per hash of every phrase's first words (all but its last): a
     * run of words whose bit is clear begins no phrase, so the scan stops
     * extending it */
    uint64_t prefixes[SCREEN_LEX_PREFIX_WORDS];
    /* bit per entry key: a key whose bit is clear is in no entry, so most
     * probes (ordinary words) end without touching the slots */
    uint64_t keys[SCREEN_LEX_KEY_WORDS];
    /* bit per screen_hash of every one-word entry: a word whose bit is
     * clear is no entry, which most words learn here without working out
     * their phrase hash */
    uint64_t singles[SCREEN_LEX_SINGLE_WORDS];
    /* bit per pair of screen_hash of the first two words of every phrase
     * (lex_pair_bit): a word and the next whose bit is clear begin no
     * phrase, which the scan learns without chaining their hashes */
    uint64_t pairs[SCREEN_LEX_PAIR_WORDS];
    /* screen_hash of every word of every phrase (entries of two words or
     * more), sorted, without repeats: a disguised word that is one of
     * them ("d3" in "hijo d3 puta") is read as that word */
    uint64_t *words;
    size_t nwords;
    /* a model's lexicon, loaded to screen (screen_lex_parse_baked), not
     * the lists a training reads: the normaliser also reads the evasions
     * no training text needs, doubled vowels ("puuto") and letters split
     * by '/' or ',' ("p/u/t/o"), so a model trained again is the same */
    bool screening;
};

/* The bit of byte c of a single word in pos_letters: c - 'a' for a
 * letter, 26 for any other byte. */
static inline uint32_t screen_lex_letter_bit(char c)
{
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

/* The letters a disguise pattern byte accepts (screen_lex_match: '?' a
 * vowel, '*' any letter, '!' i or l, anything else itself). */
static inline uint32_t screen_lex_pattern_bits(char p)
{
    switch (p) {
    case '?':
        return screen_lex_letter_bit('a') | screen_lex_letter_bit('e') |
               screen_lex_letter_bit('i') | screen_lex_letter_bit('o') |
               screen_lex_letter_bit('u');
    case '*':
        return (1u << 26) - 1;
    case '!':
        return screen_lex_letter_bit('i') | screen_lex_letter_bit('l');
    default:
        return screen_lex_letter_bit(p);
    }
}

/* The one-word filter's bit of a word hash. */
static inline uint32_t screen_lex_single_bit(uint64_t h)
{
    return (uint32_t)(h >> 40) & (SCREEN_LEX_SINGLE_WORDS * 64 - 1);
}

/* Whether a one-word entry may be the word whose screen_hash is h (after
 * screen_lex_finish): 0 means that screen_lex_find(lx,
 * screen_hash_combine(0, h), 1) is NULL. */
static inline bool screen_lex_may_be_word(const struct screen_lex *lx,
                                          uint64_t h)
{
    uint32_t b = screen_lex_single_bit(h);
    return (lx->singles[b >> 6] >> (b & 63)) & 1;
}

void screen_lex_init(struct screen_lex *lx);
void screen_lex_release(struct screen_lex *lx);
/* screen_lex_add normalises term and adds it (duplicates are ignored).
 * Returns 0, ERR_INVALID for an empty term, ERR_NOMEM. */
MUST_CHECK int screen_lex_add(struct screen_lex *lx, const char *term,
                              size_t len, int cat, int lang, int kind);
/* screen_lex_finish builds the hash index; call after the last add. */
MUST_CHECK int screen_lex_finish(struct screen_lex *lx);
/* Lookup by phrase hash and token count; returns the entry or NULL. */
const struct screen_lex_entry *screen_lex_find(const struct screen_lex *lx,
                                               uint64_t key, int ntok);
/* Exact single-word lookup of an already normalised word. */
/* Whether w[0..len) is a word of some lexicon phrase. */
bool screen_lex_phrase_word(const struct screen_lex *lx, const char *w,
                            size_t len);
const struct screen_lex_entry *screen_lex_word(const struct screen_lex *lx,
                                               const char *w, size_t len);
/* Pattern match for an obfuscated word: pat holds lower-case letters,
 * '?' (any vowel) and '*' (any letter). Returns the first matching
 * single-word entry or NULL. */
const struct screen_lex_entry *screen_lex_match(const struct screen_lex *lx,
                                                const char *pat, size_t len);
static inline const char *screen_lex_term(const struct screen_lex *lx,
                                          const struct screen_lex_entry *e)
{
    return lx->terms.data + e->term_off;
}

/*
 * The baked lexicon is the text form stored inside the model file: one
 * entry per line, "category<TAB>lang<TAB>kind<TAB>term". screen_lex_bake
 * appends it; screen_lex_parse_baked rebuilds an index from it.
 */
void screen_lex_bake(const struct screen_lex *lx, struct buf *out);
MUST_CHECK int screen_lex_parse_baked(struct screen_lex *lx, const char *s,
                                      size_t len, struct buf *err);

/*
 * screen_lex_load_dir reads models/lexicons/MANIFEST.tsv ("file<TAB>
 * category<TAB>lang<TAB>kind" per line) and every list it names: plain
 * text (one term per line, '#' comments) or a JSON array of strings.
 */
MUST_CHECK int screen_lex_load_dir(struct screen_lex *lx, const char *dir,
                                   struct buf *err);

/* ---- normaliser ---- */

enum {
    SCREEN_TOK_CAPS = 1,  /* written in capitals (two or more letters) */
    SCREEN_TOK_EVADE = 2, /* an evasion was undone to get this word */
    SCREEN_TOK_LEX = 4    /* the word is a lexicon entry */
};

struct screen_tok {
    uint32_t off, len;                  /* in the normalised text */
    uint32_t orig_off, orig_len;        /* in the original text */
    uint64_t hash;                      /* screen_hash of the normalised word */
    uint32_t flags;                     /* SCREEN_TOK_* */
    const struct screen_lex_entry *lex; /* the one-word lexicon entry of
                                           this word, or NULL (and NULL
                                           when normalised without one) */
};

/* The bits of screen_norm.word_bits: 512, so that a comment's few dozen
 * words leave most clear. */
#define SCREEN_WORD_BITS 512
/* The bit of word_bits for the word whose screen_hash is h: its top bits
 * (the low ones pick table slots). */
static inline size_t screen_word_bit(uint64_t h)
{
    return (size_t)(h >> 55);
}
_Static_assert(SCREEN_WORD_BITS == 1 << (64 - 55), "screen_word_bit's range");

struct screen_norm {
    char *text; /* normalised words separated by one space, NUL-ended */
    size_t len, cap;
    struct screen_tok *tok;
    size_t ntok, tokcap;
    const struct screen_lex *lx; /* lexicon of the last normalise (tok.lex),
                                    borrowed */
    bool ascii;                  /* the original text is plain ASCII */
    /* Shape of the original text, for the dense features. */
    uint32_t n_letters, n_upper, n_links, n_currency, n_punct_runs;
    uint32_t n_emoji, n_digits;
    /* Scratch for the decoder (owned, reused between calls). */
    uint32_t *u_cp, *u_off, *u_end;
    uint8_t *u_cls; /* per unit: class, upper-case bit (normalize.c) */
    char *u_low;    /* per unit: a plain word's letters (normalize.c) */
    size_t ucap;
    void *rt; /* raw tokens (normalize.c) */
    size_t rtcap;
    struct screen_anywhere *any; /* screen_wc_anywhere's answers for this
                                    text (owned; emptied by each
                                    normalise) */
    /* a bit per token, screen_word_bit of its hash: a word whose bit is
     * clear is none of the tokens (screen_norm_may_hold) */
    uint64_t word_bits[SCREEN_WORD_BITS / 64];
};

void screen_norm_init(struct screen_norm *n);
void screen_norm_release(struct screen_norm *n);
/*
 * screen_normalize turns text into words for matching. lx (may be NULL)
 * lets obfuscated words resolve to the lexicon word they imitate.
 * Returns 0 or ERR_NOMEM. n is reset first; its memory is reused.
 */
MUST_CHECK int screen_normalize(struct screen_norm *n,
                                const struct screen_lex *lx, const char *s,
                                size_t len);

/* ---- lexicon and pattern hits ---- */

struct screen_hit {
    uint32_t tok, ntok; /* token range */
    const struct screen_lex_entry *e;
};

#define SCREEN_MAX_HITS 64

/* screen_lex_scan finds lexicon phrases in the tokens, in order. Returns
 * the count (at most max: the first max hits, the model's features). */
size_t screen_lex_scan(const struct screen_lex *lx, const struct screen_norm *n,
                       struct screen_hit *hits, size_t max);
/* screen_lex_scan_kind is screen_lex_scan keeping only entries of kind
 * (SCREEN_LEX_FEATURE or SCREEN_LEX_RULE; -1: any). */
size_t screen_lex_scan_kind(const struct screen_lex *lx,
                            const struct screen_norm *n,
                            struct screen_hit *hits, size_t max, int kind);

/* ---- features ---- */

#define SCREEN_CHAR_MIN 2
#define SCREEN_CHAR_MAX 5

/* One feature occurrence: a bucket and the token it belongs to (for the
 * highlight), or UINT32_MAX for whole-comment features. */
struct screen_feat {
    uint32_t bucket;
    uint32_t tok;
};

struct screen_feats {
    struct screen_feat *f;
    size_t n, cap;
    size_t n_scaled; /* f[0 .. n_scaled) are n-grams, scaled by
                        screen_ngram_scale(n_scaled); the rest (lexicon,
                        shape) count 1 */
};

/* What each of a comment's n scaled features counts: 1/sqrt(n + 4). The
 * 4 keeps a comment of one or two words (a dozen n-grams) from being
 * decided by those few alone; on dev rows it did better than 0, 2, 8 and
 * 16 (models/README.md). */
#define SCREEN_SCALE_PAD 4.0f
static inline float screen_ngram_scale(size_t n)
{
    return n ? 1.0f / sqrtf((float)n + SCREEN_SCALE_PAD) : 0.0f;
}

void screen_feats_init(struct screen_feats *fs);
void screen_feats_release(struct screen_feats *fs);
/* screen_features lists every feature of a comment: per word its own
 * features and the bigram it starts, then lexicon hits and text shape
 * (hash & mask). Train and the highlight use it; the scorer (score.c)
 * computes the same sums without the list. Returns 0 or ERR_NOMEM. */
MUST_CHECK int screen_features(const struct screen_norm *n,
                               const struct screen_hit *hits, size_t nhits,
                               uint32_t mask, struct screen_feats *fs);

/* Longest normalised word in bytes (the normaliser cuts longer ones). */
#define SCREEN_TOK_MAX_LEN 200
/* Most features of one word: its unigram and the character n-grams
 * (2..5) inside " word ". */
#define SCREEN_WORD_MAX_FEAT                                                   \
    (1 + (SCREEN_CHAR_MAX - SCREEN_CHAR_MIN + 1) * (SCREEN_TOK_MAX_LEN + 2))
/* Most lexicon and shape features for nhits hits. */
#define SCREEN_EXTRA_MAX(nhits) (3 * (nhits) + 8)
/* Most character n-grams across words, per space between two words. */
#define SCREEN_CROSS_PER_SPACE 10

/* screen_word_feats writes the buckets of one word's own features to out
 * (SCREEN_WORD_MAX_FEAT entries; len <= SCREEN_TOK_MAX_LEN): its unigram,
 * then the character n-grams that lie inside " word ", first the *nlead
 * that start at the leading space, and asks for each one's row of the
 * weights rows (prefetch: the scorer adds them up next). hash is the
 * word's screen_hash. Returns the count. */
size_t screen_word_feats(const char *w, size_t len, uint64_t hash,
                         uint32_t mask, const int16_t *rows, uint32_t *out,
                         size_t *nlead);
/* screen_cross_feats writes the character n-grams of n's text that span
 * a space between two words (with the word each belongs to) to f, which
 * has room for SCREEN_CROSS_PER_SPACE per space, and asks for each one's
 * row of the weights w (prefetch: the scorer adds them up next). Returns
 * the count. */
size_t screen_cross_feats(const struct screen_norm *n, uint32_t mask,
                          const int16_t *w, const uint8_t *rep,
                          struct screen_feat *f);

/* Repeats count once. A word that came earlier in the comment adds
 * nothing of its own again (its unigram, its n-grams), and a pair of
 * words that came earlier in that order adds neither its bigram nor the
 * n-grams across its space: written four times, a word the model leans
 * on weighs what it weighs once, so padding cannot push a score. Per
 * token i: rep[i] & SCREEN_REP_WORD (token i repeats a word),
 * rep[i] & SCREEN_REP_PAIR (tokens i, i + 1 repeat a pair). */
#define SCREEN_REP_WORD 1u
#define SCREEN_REP_PAIR 2u
/* screen_repeats fills rep[0 .. n->ntok) (repeats.h finds them). Returns
 * 0 or ERR_NOMEM. */
MUST_CHECK int screen_repeats(const struct screen_norm *n, uint8_t *rep);
/* The bucket of the bigram of two words given their hashes (inline: the
 * scorer works one out per word). */
#define SCREEN_SEED_BIGRAM 0x2b8c41d7u
static inline uint32_t screen_bigram_bucket(uint64_t h1, uint64_t h2,
                                            uint32_t mask)
{
    return (uint32_t)(screen_hash_combine(h1 ^ SCREEN_SEED_BIGRAM, h2) >> 32) &
           mask;
}
/* screen_extra_feats writes the unscaled features (lexicon hits, text
 * shape) to f, which has room for SCREEN_EXTRA_MAX(nhits). Returns the
 * count. */
size_t screen_extra_feats(const struct screen_norm *n,
                          const struct screen_hit *hits, size_t nhits,
                          uint32_t mask, struct screen_feat *f);

/* ---- model file ---- */

#define SCREEN_MAGIC "CHRLSCRN"
/* 3: repeated words, pairs and lexicon features count once (2: each
 * time); 2: n-grams count 1/sqrt(n + SCREEN_SCALE_PAD) (1: 1/sqrt(n)).
 * A file's weights fit only the features they were trained on */
#define SCREEN_FORMAT_VERSION 3u
#define SCREEN_NHEADS 8 /* 0 = hold, 1 + category for the others */
#define SCREEN_MAX_FILE (16u * 1024 * 1024)
#define SCREEN_HDR_SIZE 256u

/* Head number of a category in a weight row. */
#define SCREEN_HEAD_HOLD 0
#define SCREEN_HEAD(cat) ((cat) + 1)

/* The header at offset 0 (little-endian, as written by this machine). */
struct screen_file_hdr {
    char magic[8];      /* SCREEN_MAGIC, not NUL-terminated */
    uint32_t version;   /* SCREEN_FORMAT_VERSION */
    uint32_t hdr_size;  /* SCREEN_HDR_SIZE */
    uint32_t hash_bits; /* buckets = 1 << hash_bits */
    uint32_t nheads;    /* SCREEN_NHEADS */
    uint32_t char_min;  /* character n-gram lengths */
    uint32_t char_max;
    uint32_t word_ngrams;          /* 2: unigrams and bigrams */
    uint32_t flags;                /* 1 = trained on permissive sets only */
    uint64_t seed;                 /* training seed */
    float scale[SCREEN_NHEADS];    /* weight = int16 * scale */
    float bias[SCREEN_NHEADS];     /* decision point moved to 0.5 */
    uint64_t lex_off, lex_len;     /* baked lexicon text */
    uint64_t files_off, files_len; /* training files: "name rows fnv64" */
    uint64_t w_off, w_len;         /* int16 rows of SCREEN_NHEADS */
    uint64_t file_size;            /* whole file, for truncation checks */
    uint64_t checksum;             /* screen_hash of bytes after header */
    uint32_t n_train;              /* training rows */
    uint32_t reserved_u32;
    char reserved[SCREEN_HDR_SIZE - 184];
};

_Static_assert(sizeof(struct screen_file_hdr) == SCREEN_HDR_SIZE,
               "model header layout");

/* The loaded model (read-only after load). */
struct screen_model {
    void *map;
    size_t map_len;
    const struct screen_file_hdr *hdr;
    const int16_t *w; /* buckets * SCREEN_NHEADS */
    uint32_t mask;
    struct screen_lex lex;
};

/* ---- the doxxing guard ---- */

/* screen_guard finds phone numbers, e-mail addresses, street addresses and
 * vehicle plates in the original text; appends spans (category doxxing).
 * Returns the number found. */
size_t screen_guard(const char *s, size_t len, const struct screen_norm *n,
                    struct screen_span *spans, size_t max);

/* Whether the phone number at text[off, off + len) is an institution's
 * line: toll-free, or named as a hotline, a council, a place to report a
 * crime in its sentence with nothing that points at a person's own phone
 * (hotline.c). */
bool screen_public_line(const struct screen_norm *n, const char *text,
                        size_t off, size_t len);

/* screen_exposed finds a private person given away in words: a witness,
 * a source, the reporter or their family, and where they live, work or
 * study, their car, their name, the hours they keep (exposed.c). Appends
 * at most one span (category doxxing) to spans; returns how many. */
size_t screen_exposed(const struct screen_norm *n, const char *text, size_t len,
                      struct screen_span *spans, size_t max);

/* ---- data files ---- */

/* screen_read_file appends the file at path to out (whose limit is the
 * file's size limit). Returns 0, ERR_NOTFOUND, ERR_IO, ERR_TOOBIG or
 * ERR_NOMEM, with a message naming the file in err, except for a missing
 * file when missing_ok. */
MUST_CHECK int screen_read_file(const char *path, struct buf *out,
                                bool missing_ok, struct buf *err);

/* ---- datasets (train and eval) ---- */

/* Labels of one row: -1 = not labelled for this head, 0, 1. */
struct screen_row {
    char *text;
    uint32_t len;
    int8_t y[SCREEN_NHEADS];
    int8_t label; /* the file's label column: 0 or 1 */
    uint16_t set; /* index into screen_sets */
    uint8_t dev;  /* 1 = used for threshold tuning only */
};

struct screen_set_info {
    const char *name; /* folder under the data dir */
    int eval_head;    /* head whose decision is scored on its test split */
    bool permissive;  /* open licence */
    const char *licence;
};

extern const struct screen_set_info screen_sets[];
extern const size_t screen_nsets;

/*
 * Scoring a decision on a labelled set (metrics.c). A row's cell says
 * where its label y and the decision yhat put it; the counts are the
 * confusion matrix.
 */
enum { SCREEN_CELL_TP, SCREEN_CELL_FP, SCREEN_CELL_FN, SCREEN_CELL_TN };
struct screen_counts {
    size_t tp, fp, fn, tn;
};
uint8_t screen_cell(int y, int yhat);
void screen_counts_add(struct screen_counts *c, int y, int yhat);
/* F1 of a class from its true positives, false positives and false
 * negatives (0 when tp is 0). */
double screen_f1(size_t tp, size_t fp, size_t fn);
double screen_precision(const struct screen_counts *c);
double screen_recall(const struct screen_counts *c);
double screen_macro_f1(const struct screen_counts *c);
/* The 95% percentile-bootstrap interval of macro-F1 over the rows whose
 * cells are cell[0..n): resamples (at least 40) draws of n rows with
 * replacement, from a generator seeded with seed. Returns 0, ERR_INVALID
 * (no rows, too few resamples) or ERR_NOMEM. */
MUST_CHECK int screen_macro_f1_interval(const uint8_t *cell, size_t n,
                                        unsigned resamples, uint64_t seed,
                                        double *lo, double *hi);
/* The same for the macro-F1 of decision a minus decision b on the same
 * rows (cell_a[i] and cell_b[i] are row i's), each resample scoring both
 * on the rows it drew. */
MUST_CHECK int screen_macro_f1_gain_interval(const uint8_t *cell_a,
                                             const uint8_t *cell_b, size_t n,
                                             unsigned resamples, uint64_t seed,
                                             double *lo, double *hi);

/* Parse one TSV file "label<TAB>lang<TAB>text" (with header) and append
 * its rows (y[] all -1, label set). A missing file is ERR_NOTFOUND. */
MUST_CHECK int screen_read_tsv(const char *path, uint16_t set,
                               struct screen_row **rows, size_t *n, size_t *cap,
                               struct buf *err);
void screen_rows_free(struct screen_row *rows, size_t n);
/* Append a row with a copy of text (labels y[] all -1). Returns 0 or
 * ERR_NOMEM. */
MUST_CHECK int screen_rows_add(struct screen_row **rows, size_t *n, size_t *cap,
                               const char *text, size_t len, int label,
                               uint16_t set);

/*
 * Neutral sentences (models/neutral): every template of DIR/<which>.tsv
 * ("lang<TAB>template", one "{}" or "{the}" in it) filled with every term
 * of the same language in DIR/terms.tsv ("lang<TAB>term<TAB>term with its
 * article"), appended as rows with label 0. lang (may be NULL) keeps one
 * language. *fh (may be NULL) gets a hash of both files' bytes. Returns 0,
 * ERR_NOTFOUND (no such folder or file), ERR_INVALID (err names the file
 * and line), ERR_TOOBIG or ERR_NOMEM.
 */
MUST_CHECK int screen_neutral_read(const char *dir, const char *which,
                                   const char *lang, uint16_t set,
                                   struct screen_row **rows, size_t *n,
                                   size_t *cap, uint64_t *fh, struct buf *err);

/*
 * screen_written_read appends the sentences of the written set kind:
 * NULL for the neutral templates above (screen_neutral_read), else the
 * plain sentences of DIR/<kind>-<which>.tsv ("lang<TAB>sentence" per
 * line; which is "train" or "eval"), as rows with label 0 (the trainer
 * labels them), with the same limits and errors. *fh (may be NULL) gets
 * a hash of the file's bytes. The kinds (models/neutral/README.md):
 *   news             harmless talk under a crime story
 *   criticism        harsh but civil criticism of officials
 *   abuse            abuse of kinds no labelled set has
 *   threat           threats, calls to violence, wishes of death
 *   violence         harmless comments with violent words
 *   veiled           threats made without a violent verb (eval)
 *   veiled-harmless  harmless comments that look like them (eval)
 *   threat-blind     threats from a writer who saw nothing else (eval)
 *   threat-blind-harmless  their harmless look-alikes (eval)
 *   short            harmless replies of one to six words
 *   short-abuse      abusive ones
 */
MUST_CHECK int screen_written_read(const char *dir, const char *kind,
                                   const char *which, const char *lang,
                                   uint16_t set, struct screen_row **rows,
                                   size_t *n, size_t *cap, uint64_t *fh,
                                   struct buf *err);

/* Slots of the scorer's word cache (score.c): a power of two, 48 bytes
 * each; a word's slot is its hash & (SCREEN_WCACHE_SLOTS - 1). 16384
 * slots (768 KB per scratch, touched only as words arrive) keep the words
 * of the pooled test texts: 4096 cost 0.15 to 0.2 µs a comment more,
 * 65536 gain another 0.1 µs for four times the memory. */
#define SCREEN_WCACHE_SLOTS 16384

/* Memory one caller reuses across checks: screen_check keeps one per
 * thread; eval and classify own theirs. */
struct screen_wcache;
/* ---- the site's word lists (wordlist.c) ---- */

struct screen_wordlist_entry {
    uint64_t key;      /* of its first word (wordlist.c) */
    uint32_t line_off; /* the entry's line in the list */
    uint32_t line_len;
    uint32_t word0; /* its first word in word[] */
    uint32_t nword;
};

struct screen_wordlist_word {
    uint32_t off, len; /* in text */
};

/* One list compiled from the copy src[0..len) with lexicon lx (lex_id:
 * the model's checksum, in case another model is loaded at lx's
 * address). All zero: nothing compiled. */
struct screen_wordlist {
    bool ready;
    char *src;
    size_t len;
    const struct screen_lex *lx;
    uint64_t lex_id;
    struct screen_wordlist_entry *entry;
    size_t nentry;
    struct screen_wordlist_word *word;
    size_t nword;
    char *text; /* the entries' normalised words, back to back */
    size_t ntext;
    struct {
        uint64_t key;
        uint32_t idx; /* entry index + 1, 0 = empty */
    } * slot;         /* first-word table */
    size_t mask;
    uint64_t *filter; /* a bit per first-word key */
    size_t fmask;
};

/* Where a list's entry was found: tokens [tok, tok + ntok) of the comment,
 * and the entry's line in the list (borrowed from the list). */
struct screen_listed {
    size_t tok, ntok;
    const char *entry;
    size_t entry_len;
};

/* The word lists of a policy, each compiled in its own slot of a
 * scratch. */
enum {
    SCREEN_LIST_PROTECTED,
    SCREEN_LIST_BANNED,
    SCREEN_LIST_SUSPECT,
    SCREEN_NLISTS
};

/* screen_wordlists_find finds, for each of lists (NUL-terminated,
 * newline-separated, NULL for none; empty lines and lines starting with
 * '#' ignored), the first of its entries that occurs in the comment
 * normalised in n (orig: its original text), compiling a list into its
 * slot of wl first unless the slot holds it already. Returns a bit mask
 * of the lists that have one, with found[] filled for them, or ERR_NOMEM. */
MUST_CHECK int screen_wordlists_find(struct screen_wordlist wl[SCREEN_NLISTS],
                                     const struct screen_lex *lx,
                                     uint64_t lex_id,
                                     const struct screen_norm *n,
                                     const char *orig,
                                     const char *const lists[SCREEN_NLISTS],
                                     struct screen_listed found[SCREEN_NLISTS]);
void screen_wordlist_release(struct screen_wordlist *wl);

struct screen_scratch {
    struct screen_norm n;
    struct screen_feat *extra; /* the last score's n-grams across words
                                  [0, ncross), then its unscaled ones */
    size_t ncross, nextra, extracap;
    size_t nscaled;           /* scaled features of the last score */
    int32_t *tok_hold;        /* per token: its word and bigram rows,
                                 hold head, from the last score */
    float *contrib;           /* per token, for the highlight */
    size_t ccap;              /* entries of tok_hold and contrib */
    struct screen_wcache *wc; /* word sums (score.c); NULL until used */
    uint32_t *wb;             /* the last score's new words: count, nlead
                                 and buckets of each (score.c) */
    size_t wbcap;
    uint32_t *wb_at; /* per token: its place in wb, or UINT32_MAX;
                        ccap entries */
    uint8_t *rep;    /* per token: SCREEN_REP_WORD, SCREEN_REP_PAIR (ccap) */
    uint32_t *seen;  /* the repeat finder's table (score.c) */
    size_t seencap;
    struct screen_tok *sent_tok; /* one sentence's tokens (sentences.c) */
    size_t sent_cap;
    struct screen_wordlist lists[SCREEN_NLISTS]; /* the policy's, compiled */
    struct screen_norm hashtag; /* a hashtag's words, read again
                                   (screen_hashtag_threat) */
};

void screen_scratch_init(struct screen_scratch *sc);
void screen_scratch_release(struct screen_scratch *sc);

/*
 * screen_score computes the heads' logits z[] for a normalised comment and
 * its lexicon hits, the same sums screen_features + the weight table
 * give, but adding up each distinct word's own features once and keeping
 * the sum in sc's word cache. Fills sc->tok_hold and sc->extra for the
 * highlight. Returns 0 or ERR_NOMEM.
 */
MUST_CHECK int screen_score(const struct screen_model *m,
                            const struct screen_norm *n,
                            const struct screen_hit *hits, size_t nhits,
                            struct screen_scratch *sc, float z[SCREEN_NHEADS]);

/* Where the second look is in the list of n-grams across words that
 * screen_score left in sc->extra: the n-grams of the space after word
 * `space` start at extra[at]. Starts at {0, 0}. */
struct screen_cross_walk {
    size_t space, at;
};
/* screen_score_sentence computes the logits of tokens [a, b) of sc->n
 * scored alone (their words, pairs and n-grams, the lexicon hits among
 * hits that lie inside them, the comment's shape), bit for bit what
 * screen_score gives for them, from what screen_score left in sc after
 * scoring sc->n with hits. It leaves that comment's state (rep, extra,
 * tok_hold, the new words' rows) as it is; it reuses the repeat finder's
 * table and may add words to the word cache, whose sums are exact.
 * Sentences go in order: a is at or after the end of the walk's last
 * one. */
void screen_score_sentence(const struct screen_model *m,
                           struct screen_scratch *sc,
                           const struct screen_hit *hits, size_t nh, size_t a,
                           size_t b, struct screen_cross_walk *walk,
                           float z[SCREEN_NHEADS]);

static inline float screen_sigmoid(float z)
{
    return 1.0f / (1.0f + expf(-z));
}

/*
 * The second look (sentences.c): the sentences of sc->n, of at least
 * SCREEN_SENTENCE_MIN_TOKENS words and not the whole comment, each scored
 * alone. When the best one's hold probability reaches need, fills *best
 * (its tokens and logits), leaves sc's scoring state (tok_hold, extra,
 * nscaled) to it, and returns 1; returns 0 when none does, or ERR_NOMEM.
 * hits are the comment's lexicon hits as screen_score took them; text is
 * the original text, where the sentence ends are.
 */
#define SCREEN_SENTENCE_MIN_TOKENS 3
/* The ASCII bytes that end a sentence, as bits of a mask: '.', '!', '?',
 * ';' and '\n' all lie under 64, so one shift tests a byte for all. */
#define SCREEN_SENTENCE_END_BYTES                                              \
    ((1ull << '.') | (1ull << '!') | (1ull << '?') | (1ull << ';') |           \
     (1ull << '\n'))
/* Whether text[q .. end) holds '.', '!', '?', ';', '…' or a line break. */
bool screen_sentence_gap_ends(const char *text, uint32_t q, uint32_t end);
/* Whether a sentence ends between tokens a and b: the original text
 * between them holds '.', '!', '?', ';', '…' or a line break. Inline, as
 * the rules ask it of most gaps they read, most of them one byte. */
static inline bool screen_sentence_break(const char *text,
                                         const struct screen_tok *a,
                                         const struct screen_tok *b)
{
    uint32_t q = a->orig_off + a->orig_len;
    if (q + 1 == b->orig_off) {
        /* one byte, too short for '…' */
        unsigned char c = (unsigned char)text[q];
        return c < 64 && ((SCREEN_SENTENCE_END_BYTES >> c) & 1);
    }
    return screen_sentence_gap_ends(text, q, b->orig_off);
}
/* Tokens [a, b) of n as a text of their own, the way the second look
 * scores a sentence alone: v reads n's text from the first of them, with
 * their tokens copied into tok (b - a entries) and their offsets counted
 * from there; in gets the hits of hits[0..nh) that lie inside them,
 * numbered from a (at most nh). Returns how many. */
size_t screen_sentence_view(const struct screen_norm *n,
                            const struct screen_hit *hits, size_t nh, size_t a,
                            size_t b, struct screen_tok *tok,
                            struct screen_norm *v, struct screen_hit *in);
#define SCREEN_SENTENCE_MARGIN 0.15f
/* The threat head holds a comment at the site's threshold plus this: a
 * bag of words that learned threats from written ones also reads some
 * ordinary replies as threats a little over the threshold (a heated
 * reply on the reference page at 0.55; 0.10 since the threat head learned
 * everyday comments: models/HISTORY.md, "Everyday words") */
#define SCREEN_THREAT_HEAD_MARGIN 0.10f
/* The highlight marks a word whose features added at least SCREEN_SPAN_MIN
 * to the deciding head's logit and at least SCREEN_SPAN_SHARE of the most
 * any one word added: beside a word that added 1.5, one that added 0.3 is
 * noise to a moderator, not a reason */
#define SCREEN_SPAN_MIN 0.25f
#define SCREEN_SPAN_SHARE 0.35f
/* only comments whose own hold score is at most this far under the
 * threshold are read again: most comments lie further down, and reading
 * every one again held 2 more of 5,484 padded dev comments (README) */
#define SCREEN_SENTENCE_REACH 0.35f
/* ... and every comment of this many words or more, whatever its score:
 * in a long comment the ordinary sentences around one abusive sentence
 * pull the whole score down past the reach ("Excellent investigation
 * ... I will wait for you by your car. Keep up the good work." scored
 * 0.10) */
#define SCREEN_SENTENCE_LONG 50
struct screen_sentence {
    uint32_t first, ntok; /* tokens of sc->n */
    float z[SCREEN_NHEADS];
};
/* A sentence with this many quoted words or more reports what someone
 * said ("the men said 'si no pagan, los vamos a entregar en pedazos'"):
 * the second look does not hold a comment for it */
#define SCREEN_SENTENCE_QUOTED 3
struct screen_quotes;
MUST_CHECK int screen_sentence_look(const struct screen_model *m,
                                    struct screen_scratch *sc, const char *text,
                                    size_t len, struct screen_quotes *qs,
                                    const struct screen_hit *hits, size_t nh,
                                    float need, struct screen_sentence *best);

/*
 * screen_swearing_mask copies text[0..len) into out (len bytes) with the
 * swear words of n that are only swearing blanked out with spaces: an
 * expletive ("shit", "mierda", "puta madre") that no lexicon hit of
 * another category in hits[0..nh) covers and that is aimed at no one
 * ("fuck you", "vete a la verga" are kept). Returns how many words were
 * blanked (swearing.c).
 */
size_t screen_swearing_mask(const struct screen_norm *n, const char *text,
                            size_t len, const struct screen_hit *hits,
                            size_t nh, char *out);

/*
 * screen_split_marks_mask sets *out to a copy of text[0..len) (len bytes,
 * for the caller to free) with the emoji, other symbols and laughter that
 * stand among the words of a rule phrase of lx blanked out with spaces
 * ("kill 😂 yourself" → "kill    yourself"), or to NULL when no phrase
 * is split so (splitmarks.c). Returns 0 or ERR_NOMEM.
 */
MUST_CHECK int screen_split_marks_mask(const struct screen_lex *lx,
                                       const struct screen_norm *n,
                                       const char *text, size_t len,
                                       char **out);

/*
 * Word classes for the rule grammars (wordclass.c): a table from a
 * normalised word's screen_hash to its class bits (each grammar names
 * its own), with a filter of the words whose classes may start a match.
 */
#define SCREEN_WC_SLOTS 4096
struct screen_wordclasses {
    struct {
        uint64_t key, cls;
    } slot[SCREEN_WC_SLOTS];
    uint64_t start;          /* the classes that may start a match */
    uint64_t start_bits[64]; /* a bit per word with such a class */
    /* the same words' bits of screen_norm.word_bits (screen_wc_may_hold) */
    uint64_t start_words[SCREEN_WORD_BITS / 64];
};
/* A word of a grammar's table and its classes. */
struct screen_wc_word {
    const char *w;
    uint64_t cls;
};
/* Sets t's start classes and adds every word of words[0..n). */
void screen_wc_put_list(struct screen_wordclasses *t, uint64_t start,
                        const struct screen_wc_word *words, size_t n);
/* A grammar's word table and the list it is made from, built on first
 * use by whichever thread asks first. Declare it with SCREEN_WC_LIST. */
struct screen_wc_list {
    const struct screen_wc_word *words;
    size_t n;
    uint64_t start; /* the classes that may start a match */
    atomic_bool built;
    struct screen_wordclasses table;
};
#define SCREEN_WC_LIST(list, start_classes)                                    \
    {                                                                          \
        .words = (list), .n = sizeof(list) / sizeof(*(list)),                  \
        .start = (start_classes)                                               \
    }
/* screen_wc_build builds l's table from its list unless another thread
 * has (under a lock), and returns it. */
const struct screen_wordclasses *screen_wc_build(struct screen_wc_list *l);
/* false: no token of n has a start class of t (true may be wrong), so a
 * pass over n's tokens for t's start words would find none. */
static inline bool screen_wc_may_hold(const struct screen_wordclasses *t,
                                      const struct screen_norm *n)
{
    uint64_t any = 0;
    for (size_t i = 0; i < SCREEN_WORD_BITS / 64; i++)
        any |= t->start_words[i] & n->word_bits[i];
    return any != 0;
}
/* l's table, built from its list if no thread has yet. Inline, as the
 * rules ask for their tables thousands of times a second and the table
 * is built once. */
static inline const struct screen_wordclasses *
screen_wc_ready(struct screen_wc_list *l)
{
    if (atomic_load_explicit(&l->built, memory_order_acquire))
        return &l->table;
    return screen_wc_build(l);
}
/*
 * A rule's anchors: words of which a comment must hold one for the rule
 * to find anything, and their bits of screen_norm.word_bits, worked out
 * on first use. A rule that would otherwise read every word of every
 * comment asks screen_norm_may_hold first. Declare it with
 * SCREEN_ANCHORS.
 */
struct screen_anchors {
    const char *const *words;
    size_t n;
    atomic_bool built;
    uint64_t bits[SCREEN_WORD_BITS / 64];
};
#define SCREEN_ANCHORS(list)                                                   \
    {                                                                          \
        .words = (list), .n = sizeof(list) / sizeof(*(list))                   \
    }
/* Works out a's bits unless another thread has (under a lock). */
void screen_anchors_build(struct screen_anchors *a);
/* false: no token of n is one of a's words (true may be wrong). Exact
 * since a token's hash is the screen_hash of its bytes. */
static inline bool screen_norm_may_hold(const struct screen_norm *n,
                                        struct screen_anchors *a)
{
    if (!atomic_load_explicit(&a->built, memory_order_acquire))
        screen_anchors_build(a);
    uint64_t any = 0;
    for (size_t i = 0; i < SCREEN_WORD_BITS / 64; i++)
        any |= a->bits[i] & n->word_bits[i];
    return any != 0;
}
/* Adds w (normalised) with cls; a word put twice gets both. Set start
 * first. */
void screen_wc_put(struct screen_wordclasses *t, const char *w, size_t len,
                   uint64_t cls);
void screen_wc_put_str(struct screen_wordclasses *t, const char *w,
                       uint64_t cls);
/* The classes of the word whose screen_hash is h (0: none). Inline, as
 * the grammars ask it of most words they read. */
static inline uint64_t screen_wc_class(const struct screen_wordclasses *t,
                                       uint64_t h)
{
    size_t s = (size_t)h & (SCREEN_WC_SLOTS - 1);
    while (t->slot[s].key) {
        if (t->slot[s].key == h)
            return t->slot[s].cls;
        s = (s + 1) & (SCREEN_WC_SLOTS - 1);
    }
    return 0;
}
/* The classes of token j of n (0: none, or j past the last token). */
static inline uint64_t screen_wc_tok(const struct screen_wordclasses *t,
                                     const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(t, n->tok[j].hash) : 0;
}
/* The filter's bit of a word hash: its top 12 bits. */
static inline size_t screen_wc_start_bit(uint64_t h)
{
    return (size_t)(h >> 52);
}
/* false: the word with hash h has no start class (true may be wrong).
 * Asked of every word of every comment, so inline. */
static inline bool screen_wc_may_start(const struct screen_wordclasses *t,
                                       uint64_t h)
{
    size_t b = screen_wc_start_bit(h);
    return (t->start_bits[b >> 6] >> (b & 63)) & 1;
}

/* Whether the sentence around tokens [first, first + ntok) of n names
 * them to refute or report them: a lie, a myth, a theory, what someone
 * claims, says or forwards (refute.c). No plain negation. */
bool screen_refuted(const struct screen_norm *n, const char *text, size_t first,
                    size_t ntok);
/* Whether the lone slur at token tok is named as a word: alone in
 * quotation marks, in a sentence that speaks of a word, a term or a
 * slur, or reported as shouted at someone (refute.c). */
bool screen_named_as_word(const struct screen_norm *n, const char *text,
                          size_t len, size_t tok);
/* Whether the lone insult at token tok is what the writer calls
 * themself: "me siento bien pendejo", "qué pendejo soy", "I'm such an
 * idiot" (refute.c). */
bool screen_said_of_self(const struct screen_norm *n, size_t tok);
/* Whether the lone slur at token tok is one the writer claims for
 * themself or their own: "Jotos somos, ¿y qué?", "I'm a tranny", "Como
 * joto orgulloso de Zacatecas les digo" (refute.c). */
bool screen_slur_claimed(const struct screen_norm *n, const char *text,
                         size_t tok);
/* Whether the lone slur at token tok is alone in quotation marks right
 * after a report of its shouting: 'le gritaron "sudaca"', 'they called
 * him a "wetback"', or right before one: '"Maricón" me gritaban',
 * '"Wetback" is what they called my dad' (refute.c). */
bool screen_reported_shout(const struct screen_norm *n, const char *text,
                           size_t len, size_t tok);
/* Whether the shout verb at token v ("called", "yelled") has a subject
 * before it in its sentence that is not the writer: "they called him",
 * not "I called him" (refute.c). */
bool screen_shout_by_other(const struct screen_norm *n, const char *text,
                           size_t v);
/* Whether token j of n is a verb of shouting a word at someone, said by
 * a subject before it: "called", "yelled", "wrote" (refute.c). */
bool screen_is_shout_verb(const struct screen_norm *n, size_t j);
/* Whether nothing from token from on agrees with a word reported: "y
 * tienen razón", "and they deserved it", "fine by me", a laugh
 * (refute.c). */
bool screen_none_agrees(const struct screen_norm *n, size_t from);
/* Whether the quoted slur at token tok is followed, in its sentence, by
 * who said it to the writer or their own: '"Jotos" nos dicen',
 * '"Wetback" is what they called my dad', and nothing after agrees with
 * it or turns it on someone else (called.c). */
bool screen_shouted_at_writer(const struct screen_norm *n, const char *text,
                              size_t tok);
/* Whether the lone slur at token tok, not in quotation marks, is told as
 * what others called the writer or their own: "I got called a wetback in
 * school", "they called my brother a faggot", "me han gritado joto", "a
 * mi hijo le dicen joto" (not "they called him a beaner", "le dicen joto",
 * "I called him a beaner"), and nothing after agrees with it or turns it
 * on someone else (called.c). */
bool screen_called_unquoted(const struct screen_norm *n, const char *text,
                            size_t tok);

/* Whether a word of class cls stands among the back words before token i
 * of n or the ahead words after it, sentence ends or not: a cheap test a
 * grammar asks before it reads a window ("go" needs a kitchen near). */
bool screen_wc_near(const struct screen_wordclasses *t,
                    const struct screen_norm *n, size_t i, size_t back,
                    size_t ahead, uint64_t cls);

/* Whether a token of n outside tokens [a, b) has a class of cls, anywhere
 * in the comment: a word that releases a match ("gracias" for a pet
 * name, "prison" for "se lo merecía"). Pass a == b to look at every
 * token. Grammars ask it once per word that may start a match, so n
 * keeps each table's and class's first and last token (n->any): a
 * comment of thousands of such words is read once, not once per word. */
bool screen_wc_anywhere(const struct screen_wordclasses *t,
                        const struct screen_norm *n, uint64_t cls, size_t a,
                        size_t b);
/* The answers screen_wc_anywhere keeps per normalised text. */
#define SCREEN_ANYWHERE_KEPT 8
struct screen_anywhere_kept {
    const struct screen_wordclasses *t;
    uint64_t cls;
    size_t first, last; /* SIZE_MAX, 0 when no token has cls */
};
struct screen_anywhere {
    size_t n;
    struct screen_anywhere_kept kept[SCREEN_ANYWHERE_KEPT];
};
/* Whether token j of n (false past its last) is an emoji or another
 * symbol: its first byte is past the letters' (0xe2 and on). */
bool screen_tok_symbol(const struct screen_norm *n, size_t j);

/* Whether a threat, tokens [a, b), is a call told as what someone else
 * says and answered against ("usted dice que hay que matarlos pero así no
 * se arregla nada"), or asked and answered no ("Shoot them all? No.");
 * threats.c. */
bool screen_call_told_against(const struct screen_norm *n, const char *text,
                              size_t len, size_t a, size_t b);

/* The part of a sentence a grammar reads around a word: tokens [s, e) of
 * n; open_start: the sentence starts before s. */
struct screen_window {
    const struct screen_norm *n;
    const char *text; /* the original text, for sentence ends */
    const struct screen_wordclasses *t;
    size_t s, e;
    bool open_start;
};
/* Sets w->s and w->e around token i: back to the sentence's start or at
 * most back tokens, ahead to its end or at most ahead tokens. */
void screen_window_at(struct screen_window *w, size_t i, size_t back,
                      size_t ahead);
/* The classes of token j (0 outside the window). */
static inline uint64_t screen_window_class(const struct screen_window *w,
                                           size_t j)
{
    return j >= w->s && j < w->e ? screen_wc_class(w->t, w->n->tok[j].hash) : 0;
}
/* Whether the text between tokens j and j + 1 of n holds a comma, a
 * colon, a full stop or a dash: a saying ends there, and what follows is
 * said after it (false after the last token). */
bool screen_tok_pause_after(const struct screen_norm *n, const char *text,
                            size_t j);
/* Whether a clause ends after token j: the window (the sentence) does, or
 * a comma, colon, semicolon or bracket follows it. */
bool screen_window_clause_end(const struct screen_window *w, size_t j);
/* Whether the original text between token j and the next, both inside
 * the window, holds one of the bytes of signs: "Autor = 🐀" ("="), a
 * clause's end (",:"). */
bool screen_window_sign_after(const struct screen_window *w, size_t j,
                              const char *signs);
/* The first token in [a, a + reach) of the window with class cls, or
 * SIZE_MAX. */
size_t screen_window_find(const struct screen_window *w, size_t a, size_t reach,
                          uint64_t cls);
/* Whether token j (inside the window) is word. */
bool screen_window_is(const struct screen_window *w, size_t j,
                      const char *word);
/* Whether token j (inside the window) is one of words[0..nw). */
bool screen_window_in(const struct screen_window *w, size_t j,
                      const char *const *words, size_t nw);
/* Whether the sentence of token j of n (j < n->ntok) ends in a question
 * mark: "¿alguien sabe dónde vive?" */
bool screen_sentence_asks(const struct screen_norm *n, const char *text,
                          size_t len, size_t j);
/* Whether token j of n (false past its last) was written as a possessive:
 * "reporter's", "reporter’s", "killers'" (text: the original, len bytes). */
bool screen_tok_possessive(const struct screen_norm *n, const char *text,
                           size_t len, size_t j);
/* The number of words in a table of words (for screen_tok_in). */
#define SCREEN_NWORDS(a) (sizeof(a) / sizeof((a)[0]))
/* Whether token j of n (false past its last) is one of words[0..nw). */
bool screen_tok_in(const struct screen_norm *n, size_t j,
                   const char *const *words, size_t nw);
/* Whether token j of n is one of the words of alternatives ("a|b|c", each
 * under 32 bytes). */
bool screen_tok_alt_is(const struct screen_norm *n, size_t j, const char *alts);
/* Whether token j of n (false past its last) is word. */
static inline bool screen_tok_is(const struct screen_norm *n, size_t j,
                                 const char *word)
{
    return screen_tok_in(n, j, &word, 1);
}
/* Which tokens of a comment stand inside quotation marks ("...", “...”,
 * «...», '...', ‘...’; a single quote opens only before a word and closes
 * only after one, and a quotation in single quotes ends with its
 * sentence): a report quoting someone. Only a quotation that closes
 * counts, so a stray mark hides nothing, and only when a word of report
 * ("said", "decía", "manta") stands just before or after it; tokens past
 * SCREEN_QUOTE_TOKENS count as unquoted. Set marked to false for each comment:
 * the first screen_quoted works the map out in one pass over the text, and
 * later ones read a bit per token. */
#define SCREEN_QUOTE_TOKENS 8192
struct screen_quotes {
    bool marked;
    uint64_t bits[SCREEN_QUOTE_TOKENS / 64];
    size_t ntok;
};
bool screen_quoted(struct screen_quotes *qs, const struct screen_norm *n,
                   const char *text, size_t len, size_t tok);
/* Whether the byte at text[q] (len bytes) starts a quotation mark that
 * may open a quotation: '"', '“', '‘', '«', or a straight single quote
 * before a word and after none (not the apostrophe of "don't"). */
bool screen_quote_opens_at(const char *text, size_t len, size_t q);

/*
 * The rule grammars: threats, calls to violence and wishes of death
 * (threats.c), threats made without a violent verb (veiled.c), talk that
 * makes a people into vermin (dehumanise.c), the harassment women
 * reporters get (harass.c), insults said to someone (insult.c), a
 * people said to rule in secret (conspiracy.c), weapons drawn in emoji
 * (emojis.c), menace said as a compliment or a dare (omens.c), a killing
 * cheered (gloat.c), a pet name said to talk down (condescend.c),
 * suicide urged (suicide.c), a trans woman called a man
 * (misgender.c), people condemned in God's name (scripture.c) and a
 * killing asked to go on (again.c), each told in words no phrase list spells
 * out. They read the words around a
 * word that may start a match, in one sentence; the matches that start inside
 * quotation marks are dropped (grammars.c).
 */
struct screen_match {
    uint32_t tok, ntok;
};
struct screen_grammar {
    /* the grammar's word table, built on first use */
    const struct screen_wordclasses *(*words)(void);
    /* The match that starts at token i of n, whose word passed the
     * table's start filter: its category, its tokens in *m; or -1. text
     * is the original text n was made from. */
    int (*at)(const struct screen_norm *n, const char *text, size_t len,
              size_t i, struct screen_match *m);
};
/* Whether a figure of speech starts from token a to four words past b:
 * the harm done in words, online, in the press or at the polls ("hay que
 * quemar a ese regidor en redes", "ojalá lo truenen en las próximas
 * elecciones", "should be hung out to dry in the press", "the councilman
 * is dead politically"). Grammars' matches and the lists' threat phrases
 * followed by one do not count (grammars.c, model.c). */
bool screen_figurative_after(const struct screen_norm *n, size_t a, size_t b);

/* The last step of many grammars' at(): the match of tokens [a, b), found
 * by token i, is category cat in *m, or -1 when its sentence asks
 * ("¿Dios los odia?") or refutes or reports it (screen_refuted). */
int screen_grammar_match(const struct screen_norm *n, const char *text,
                         size_t len, size_t i, size_t a, size_t b, int cat,
                         struct screen_match *m);
/* The same, but -1 only when the sentence asks: for a grammar whose
 * sentences the reading of reports would misread ("gracias por decir el
 * nombre", "if he calls the police I'm breaking his neck"). */
int screen_grammar_match_asked(const struct screen_norm *n, const char *text,
                               size_t len, size_t i, size_t a, size_t b,
                               int cat, struct screen_match *m);
extern const struct screen_grammar screen_threat_grammar;
extern const struct screen_grammar screen_veiled_grammar;
extern const struct screen_grammar screen_dehumanise_grammar;
extern const struct screen_grammar screen_harass_grammar;
extern const struct screen_grammar screen_insult_grammar;
extern const struct screen_grammar screen_conspiracy_grammar;
extern const struct screen_grammar screen_emoji_grammar;
extern const struct screen_grammar screen_omen_grammar;
extern const struct screen_grammar screen_gloat_grammar;
extern const struct screen_grammar screen_condescend_grammar;
/* suicide urged in other words than the lists': "go drink bleach",
 * "tírate de un puente" (suicide.c) */
extern const struct screen_grammar screen_suicide_grammar;
/* a trans woman called a man: "a man in a wig", "nació hombre y murió
 * hombre", "XY is male" (misgender.c) */
extern const struct screen_grammar screen_misgender_grammar;
/* people condemned in God's name: "God hates them", "Dios los odia",
 * "Leviticus 20:13" (scripture.c) */
extern const struct screen_grammar screen_scripture_grammar;
/* a killing asked to go on: "now do the rest", "hay que hacerles lo
 * mismo a todas", "sigan con los demás" (again.c) */
extern const struct screen_grammar screen_again_grammar;
/* the burnt dead called food: "roasted peasants" (roasted.c) */
extern const struct screen_grammar screen_roasted_grammar;
/* a threat in good manners: "respectfully, ... for your family's sake"
 * (courtesy.c) */
extern const struct screen_grammar screen_courtesy_grammar;
/* a woman called a whore or a slut (misogyny.c) */
extern const struct screen_grammar screen_misogyny_grammar;
/* a killing of many called for in a stock phrase (calls.c) */
extern const struct screen_grammar screen_calls_grammar;
/* "we read it too": the writer's enemies saying they read (watchers.c) */
extern const struct screen_grammar screen_watchers_grammar;
/* "we saw you at the prosecutor's yesterday": being watched, told
 * (seen.c) */
extern const struct screen_grammar screen_seen_grammar;
/* "yo que el blog me quedaba calladito": silence advised in another's
 * place (inplace.c) */
extern const struct screen_grammar screen_inplace_grammar;
/* "friday like always, 300 a stall, and everybody stays healthy":
 * extortion in calm words (quota.c) */
extern const struct screen_grammar screen_quota_grammar;
/* "stop calling him Valeria", esa "mujer": a trans woman's name and
 * pronoun taken back (renamed.c) */
extern const struct screen_grammar screen_renamed_grammar;
/* "cállense o los callamos": an order, or else we act (ultimatum.c) */
extern const struct screen_grammar screen_ultimatum_grammar;
/* "el que habla mucho no llega a viejo", "everyone knows where everyone
 * sleeps", "the forest has ears": the sayings of small places
 * (talkers.c) */
extern const struct screen_grammar screen_talkers_grammar;
/* "let's see how brave they are when the lights go out": courage mocked
 * with its price named (brave.c) */
extern const struct screen_grammar screen_brave_grammar;
/* "not a threat, just a weather report": a fate hinted at in words that
 * name none (hints.c) */
extern const struct screen_grammar screen_hints_grammar;
/* "ya habrá quien se encargue.": menace in set phrases, read around their
 * rarest word (sayings.c) */
extern const struct screen_grammar screen_sayings_grammar;
/* "someone get me her number": a reader's contact or papers asked for
 * (asked.c) */
extern const struct screen_grammar screen_asked_grammar;
/* "thanks for the photos, now we know who talked": exposure thanked for
 * (thanked.c) */
extern const struct screen_grammar screen_thanked_grammar;
/* "if I see him again I'm running him over": the next meeting promised
 * in the present (nexttime.c) */
extern const struct screen_grammar screen_nexttime_grammar;
/* "la naturaleza corrige sus errores": a killing called nature's
 * correction (nature.c) */
extern const struct screen_grammar screen_nature_grammar;
/* "así deben acabar todos": the same end wished on all (samefate.c) */
extern const struct screen_grammar screen_samefate_grammar;
/* "we have long memories": a memory claimed as a menace (memory.c) */
extern const struct screen_grammar screen_memory_grammar;
/* "no receipt, no questions": a sale or a job with the law left out
 * (shady.c) */
extern const struct screen_grammar screen_shady_grammar;
/* a fake fundraiser: the real collection called fake (fundraiser.c) */
extern const struct screen_grammar screen_fundraiser_grammar;

/* Every grammar over n in one pass (grammars.c): at most max matches,
 * with their categories in cat and the grammar of each in from (may be
 * NULL). A grammar's matches do not overlap each other; another
 * grammar's may. qs is the comment's quotation map, shared with the
 * caller's other look-ups (marked false if none has been made yet). */
size_t screen_grammars_find(const struct screen_norm *n, const char *text,
                            size_t len, struct screen_quotes *qs,
                            struct screen_match *out, int *cat,
                            const struct screen_grammar **from, size_t max);
/* One grammar alone, as screen_grammars_find. */
size_t screen_grammar_find(const struct screen_grammar *g,
                           const struct screen_norm *n, const char *text,
                           size_t len, struct screen_match *out, int *cat,
                           size_t max);
/* Whether a chanted hashtag of capitalised words is a call to kill read
 * as its words through the threat grammar ("#HangTheReporters"): its
 * token in *out (hashtags.c). lx may be NULL. The hashtag's words are
 * normalised into words, the caller's (kept from comment to comment, so
 * that they are not allocated again for each). */
bool screen_hashtag_threat(const struct screen_lex *lx,
                           const struct screen_norm *n, const char *text,
                           size_t len, struct screen_norm *words,
                           struct screen_match *out);
/* Whether the hashtag at token j of n is chanted: it opens its sentence
 * or ends the comment, and no article or word of report ("el hashtag",
 * "pushed") names it (hashtags.c). */
bool screen_hashtag_chanted(const struct screen_norm *n, const char *text,
                            size_t j);

/* Whether the threat phrase at token tok is what the writer fears
 * ("sin miedo a que las maten", "el temor de que lo maten"), not wishes:
 * it follows "miedo" or "temor" and "a" or "de" (concern.c). */
bool screen_feared(const struct screen_norm *n, size_t tok);

/* Whether the threats found in a comment (its threat phrases and threat
 * grammar matches, m[0..nm)) read as a reader's fear for someone: the
 * comment pleads or fears ("please", "me da miedo") and every match
 * foretells what others will do ("they will", "te van a"), with no
 * first-person subject ("we", "vamos", "te matamos") and no wish or call.
 * concern.c. */
bool screen_concern(const struct screen_norm *n, const struct screen_match *m,
                    size_t nm);

/* Whether a comment dates what it tells in the past ("last night",
 * "ayer", "la semana pasada") and neither addresses anyone ("you", "te")
 * nor foretells anything ("will", "va a"): a report, whose violent words
 * the threat head must not read as a threat. dated.c. */
bool screen_dated_report(const struct screen_norm *n);
/*
 * The words of a call to cast out a people that its own sentence denies
 * or calls wrong: "We shouldn't deport the Haitians", "nadie debería
 * correr a los hondureños", "Deporting all Haitians would be cruel",
 * "deportar a los venezolanos sería inhumano". The dehumanising grammar
 * lets these pass, but the learned heads weigh the verb and the people as
 * they do in a call and held them; model.c takes what those words added
 * out of the heads. The verb's and the people's tokens in out (at most
 * max); how many (dehumanise.c).
 */
size_t screen_cast_out_denied(const struct screen_norm *n, const char *text,
                              uint32_t *out, size_t max);
/* Whether a clause ends after token t of n: its last token, or a mark
 * of punctuation (",.;:!?" or a line break) before the next ("disfruta
 * tus últimos días, alcalde"); text is the original (model.c). */
bool screen_clause_ends_after(const struct screen_norm *n, const char *text,
                              size_t t);
/* The tokens of n that thank or praise the reporter or the story ("qué
 * bonito escribe la reportera", "bless the reporter who wrote this"), at
 * most max of them in out, in a comment with no turn of menace; how many
 * (praise.c). text[0..len) is the original. */
size_t screen_praise_tokens(const struct screen_norm *n, const char *text,
                            size_t len, uint32_t *out, size_t max);
/* The tokens of n that wish someone well ("hope your mom is better",
 * "espero que tu hermana ya esté bien", "get well soon"), at most max of
 * them in out; how many (wellwish.c). text is the original. */
size_t screen_wellwish_tokens(const struct screen_norm *n, const char *text,
                              uint32_t *out, size_t max);
/* The tokens of n that are "negro" as a colour ("pelo negro", "mercado
 * negro"), at most max of them in out; how many (colour.c). */
size_t screen_colour_tokens(const struct screen_norm *n, uint32_t *out,
                            size_t max);
/* The words inside the reported quotations of n, in out (at most max),
 * when the words outside them judge what was quoted ("should be banned",
 * "that attitude", "mentalidad") and none agrees with it; how many
 * (judged.c). */
size_t screen_judged_quote_tokens(const struct screen_norm *n, const char *text,
                                  size_t len, uint32_t *out, size_t max);
/* Whether token j of n is laughter ("jajaja", "lol", "😂") (laughter.c). */
bool screen_is_laugh(const struct screen_norm *n, size_t j);
/* Whether token j of n is an emoji that reacts to a story without pointing
 * at anyone ("🔥", "👏", "💯", "😳") (cheers.c). */
bool screen_is_cheer(const struct screen_norm *n, size_t j);
/* Whether a token of n in [a, b) names a people or a group ("migrantes",
 * "Jews", "venezolanas") (dehumanise.c). */
bool screen_names_group(const struct screen_norm *n, size_t a, size_t b);
/* Whether the comment is an ultimatum whose price is the law, the vote,
 * the job or the site ("do your job or you will be fired", "o te van a
 * demandar") with no word of harm and no threat of the lists among hits
 * (lawful.c). */
bool screen_lawful_consequence(const struct screen_norm *n,
                               const struct screen_hit *hits, size_t nh);
/* screen_scam finds spam that sells something and says where to take it
 * up: an offer (money per week, trading signals, loans without a credit
 * check, followers, money recovered, work from home, an uncensored video)
 * with an invitation ("message me", "escríbeme", "visita") or a link a
 * reader would not give as a source (t.me/..., bit.ly/..., "x punto com")
 * near it (scam.c). A link alone or an offer alone is not one. Returns
 * whether it found one, its tokens (from the offer to the last invitation
 * or link) in *m. */
bool screen_scam(const struct screen_norm *n, const char *text, size_t len,
                 struct screen_match *m);

/* Score one comment with the model's heads only (no rules, policy or
 * highlight); p[] gets a probability per head. Returns 0 or ERR_NOMEM. */
MUST_CHECK int screen_model_heads(const struct screen_model *m,
                                  struct screen_scratch *sc, const char *text,
                                  size_t len, float p[SCREEN_NHEADS]);

/* screen_check with caller-owned scratch (one per thread). */
MUST_CHECK int screen_check_scratch(const struct screen_model *m,
                                    const struct screen_policy *p,
                                    const char *text, size_t len,
                                    struct screen_verdict *out,
                                    struct screen_scratch *sc);

#endif
