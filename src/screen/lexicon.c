/*
 * lexicon.c - word and phrase lists per category and language.
 *
 * Lists live as data files under models/lexicons/ (plain text or the JSON
 * arrays published by their upstream projects), named in MANIFEST.tsv
 * with their category, language and kind. Training reads them and bakes
 * the normalised entries into the model file, so a server needs only the
 * model at run time.
 *
 * Every entry is normalised like a comment and indexed by the hash of its
 * token sequence, so a phrase ("hijo de puta", "cut his head off") is
 * found by chaining token hashes along the comment: one probe per token
 * and phrase length. Bit filters cut most probes short: one of the
 * one-word entries (most of a comment's words are none), one of the
 * first two words of phrases (most pairs of words begin none), one of
 * the runs of words a phrase goes on from, one of the keys. Obfuscated single
 * words are resolved by a pattern scan over entries of the same length;
 * that path runs only for words a reader disguised, which are rare.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"
#include "util/str.h"

uint64_t screen_hash(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t h = SCREEN_FNV_BASIS ^ seed;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= SCREEN_FNV_PRIME;
    }
    return screen_mix(h);
}

uint64_t screen_checksum(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = SCREEN_FNV_BASIS;
    size_t i = 0;
    /* four words a round, in the same order: the same value, with a
     * quarter of the loop's counting and branching over the 8.8 MB a
     * model load reads */
    for (; i + 32 <= len; i += 32) {
        uint64_t w0, w1, w2, w3;
        memcpy(&w0, p + i, 8);
        memcpy(&w1, p + i + 8, 8);
        memcpy(&w2, p + i + 16, 8);
        memcpy(&w3, p + i + 24, 8);
        h = (h ^ w0) * SCREEN_FNV_PRIME;
        h = (h ^ w1) * SCREEN_FNV_PRIME;
        h = (h ^ w2) * SCREEN_FNV_PRIME;
        h = (h ^ w3) * SCREEN_FNV_PRIME;
    }
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * SCREEN_FNV_PRIME;
    }
    for (; i < len; i++)
        h = (h ^ p[i]) * SCREEN_FNV_PRIME;
    return screen_mix(h ^ (uint64_t)len);
}

void screen_lex_init(struct screen_lex *lx)
{
    memset(lx, 0, sizeof(*lx));
    buf_init(&lx->terms, 8u << 20);
}

void screen_lex_release(struct screen_lex *lx)
{
    free(lx->e);
    free(lx->slots);
    free(lx->bylen);
    free(lx->words);
    buf_release(&lx->terms);
    screen_lex_init(lx);
}

/* Appends an entry: text (normalised: words joined by single spaces),
 * its key (the words' hashes chained) and word count. */
static int lex_append(struct screen_lex *lx, const char *text, size_t len,
                      uint64_t key, size_t ntok, int cat, int lang, int kind)
{
    if (ntok == 0 || ntok > SCREEN_LEX_MAX_TOKENS)
        return ERR_INVALID;
    if (lx->n == lx->cap) {
        size_t c = lx->cap ? lx->cap * 2 : 256;
        struct screen_lex_entry *e = realloc(lx->e, c * sizeof(*e));
        if (!e)
            return ERR_NOMEM;
        lx->e = e;
        lx->cap = c;
    }
    struct screen_lex_entry *e = &lx->e[lx->n];
    e->key = key;
    e->term_off = (uint32_t)lx->terms.len;
    e->term_len = (uint16_t)(len > 65535 ? 65535 : len);
    e->ntok = (uint8_t)ntok;
    e->cat = (uint8_t)cat;
    e->lang = (uint8_t)lang;
    e->kind = (uint8_t)kind;
    e->glued = false;
    e->texted = false;
    e->spells = 0;
    buf_add(&lx->terms, text, e->term_len);
    buf_addc(&lx->terms, '\0');
    if (buf_failed(&lx->terms))
        return ERR_NOMEM;
    lx->n++;
    if (ntok > lx->max_ntok)
        lx->max_ntok = (uint8_t)ntok;
    return 0;
}

int screen_lex_add(struct screen_lex *lx, const char *term, size_t len, int cat,
                   int lang, int kind)
{
    struct screen_norm n;
    screen_norm_init(&n);
    int rc = screen_normalize(&n, NULL, term, len);
    if (!rc) {
        uint64_t key = 0;
        for (size_t i = 0; i < n.ntok; i++)
            key = screen_hash_combine(key, n.tok[i].hash);
        rc = lex_append(lx, n.text, n.len, key, n.ntok, cat, lang, kind);
    }
    screen_norm_release(&n);
    return rc;
}

/* Adds a term baked into a model file: already normalised, so its words
 * are what lies between single spaces and each word's hash is the one
 * the normaliser gave it when the model was trained (no second
 * normalisation, which was most of a model's load time). */
static int lex_add_baked(struct screen_lex *lx, const char *text, size_t len,
                         int cat, int lang, int kind)
{
    uint64_t key = 0;
    size_t ntok = 0;
    const char *w = text, *end = text + len;
    for (;;) {
        /* memchr, not a byte loop: this runs over every baked term */
        const char *sp = memchr(w, ' ', (size_t)(end - w));
        const char *we = sp ? sp : end;
        if (we == w || ntok == SCREEN_LEX_MAX_TOKENS)
            return ERR_INVALID; /* an empty word, or too many */
        key = screen_hash_combine(key, screen_hash(w, (size_t)(we - w), 0));
        ntok++;
        if (!sp)
            break;
        w = sp + 1;
    }
    return lex_append(lx, text, len, key, ntok, cat, lang, kind);
}

/* Bit of a key in the key filter (high bits: the slot uses the low). */
static inline uint32_t lex_key_bit(uint64_t key)
{
    return (uint32_t)(key >> 40) & (SCREEN_LEX_KEY_WORDS * 64 - 1);
}

/* Bit of a run of words' hash in the prefix filter. */
static inline uint32_t lex_prefix_bit(uint64_t h)
{
    return (uint32_t)(h >> 24) & (SCREEN_LEX_PREFIX_WORDS * 64 - 1);
}

/* Bit of the first two words of a phrase, from their screen_hash, in the
 * pair filter. */
static inline uint32_t lex_pair_bit(uint64_t h1, uint64_t h2)
{
    return (uint32_t)((h1 >> 40) ^ (h2 >> 24)) &
           (SCREEN_LEX_PAIR_WORDS * 64 - 1);
}

static int lex_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The different hashes of the words of phrases, gathered while
 * screen_lex_finish reads the entries. Most phrase words come again and
 * again ("de", "the": about 41,800 words, under 1,000 different), so
 * only the different ones are sorted, not every word (sorting them all
 * was most of a model's load time). */
struct lex_word_set {
    uint64_t *slot; /* open addressing, 0 = empty */
    size_t nslots;  /* power of two, at least twice n */
    size_t n;
    bool has_zero; /* the hash 0, which marks an empty slot */
};

/* Puts h (not 0) into a set with room for it; whether it was not in. */
static bool lex_word_set_put(struct lex_word_set *ws, uint64_t h)
{
    size_t s = (size_t)h & (ws->nslots - 1);
    while (ws->slot[s]) {
        if (ws->slot[s] == h)
            return false;
        s = (s + 1) & (ws->nslots - 1);
    }
    ws->slot[s] = h;
    ws->n++;
    return true;
}

/* Adds h to the set; *added (unless NULL): whether it was not in. */
static int lex_word_set_add(struct lex_word_set *ws, uint64_t h, bool *added)
{
    if (h == 0) {
        if (added)
            *added = !ws->has_zero;
        ws->has_zero = true;
        return 0;
    }
    if ((ws->n + 1) * 2 > ws->nslots) {
        struct lex_word_set bigger = {0};
        bigger.nslots = ws->nslots ? ws->nslots * 2 : 1024;
        bigger.slot = calloc(bigger.nslots, sizeof(*bigger.slot));
        if (!bigger.slot)
            return ERR_NOMEM;
        bigger.has_zero = ws->has_zero;
        for (size_t i = 0; i < ws->nslots; i++)
            if (ws->slot[i])
                lex_word_set_put(&bigger, ws->slot[i]);
        free(ws->slot);
        *ws = bigger;
    }
    bool put = lex_word_set_put(ws, h);
    if (added)
        *added = put;
    return 0;
}

/* Moves the set's hashes, sorted, into lx->words; frees the set. */
static int lex_phrase_words(struct screen_lex *lx, struct lex_word_set *ws)
{
    size_t n = ws->n + ws->has_zero;
    uint64_t *w = malloc((n ? n : 1) * sizeof(*w));
    if (!w) {
        free(ws->slot);
        return ERR_NOMEM;
    }
    size_t k = 0;
    if (ws->has_zero)
        w[k++] = 0;
    for (size_t i = 0; i < ws->nslots; i++)
        if (ws->slot[i])
            w[k++] = ws->slot[i];
    free(ws->slot);
    qsort(w, n, sizeof(*w), lex_cmp_u64);
    free(lx->words);
    lx->words = w;
    lx->nwords = n;
    return 0;
}

bool screen_lex_phrase_word(const struct screen_lex *lx, const char *w,
                            size_t len)
{
    uint64_t h = screen_hash(w, len, 0);
    size_t lo = 0, hi = lx->nwords;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lx->words[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < lx->nwords && lx->words[lo] == h;
}

/* The shortest rule phrase glued into one word that is read as the
 * phrase: shorter ones ("godie") are too near to names and words. */
#define LEX_GLUED_MIN_LEN 6

/* Writes the words of a normalised phrase t[0..len) without their spaces
 * into g (at least len bytes); returns the length, or 0 when the word
 * would not normalise to itself: a byte that is not a letter (a digit,
 * which the normaliser reads as a letter inside a word; an emoji) or
 * three of a letter in a row ("iwilllynchhim"), which it collapses. */
static size_t lex_glue(const char *t, size_t len, char *g)
{
    size_t gl = 0;
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)t[k];
        if (c == ' ')
            continue;
        bool enye = c == 0xc3 && k + 1 < len && (unsigned char)t[k + 1] == 0xb1;
        if (enye) {
            g[gl++] = t[k++];
        } else if (c < 'a' || c > 'z' ||
                   (gl >= 2 && g[gl - 1] == (char)c && g[gl - 2] == (char)c)) {
            return 0;
        }
        g[gl++] = t[k];
    }
    return gl;
}

/* A rule phrase written as one word ("killyourself", "#hijodeputa",
 * "alaverga"): readers glue a phrase's words, in hashtags most of all.
 * When a model's lexicon is loaded, each rule phrase of letters (but
 * those of hate against a people) is added as a one-word entry of its
 * own category, language and kind, after
 * every listed entry: where a listed word is spelt the same,
 * screen_lex_finish keeps the listed one. */
static int lex_add_glued(struct screen_lex *lx)
{
    char g[SCREEN_TOK_MAX_LEN + 1];
    const size_t n0 = lx->n;
    for (size_t i = 0; i < n0; i++) {
        /* lex_append moves lx->e and the terms: read them anew */
        const struct screen_lex_entry e = lx->e[i];
        /* a people named in a hashtag is most often a reader's own
           ("#halfjewish"), and the hate phrases that name one lean on
           the words around them */
        if (e.kind != SCREEN_LEX_RULE || e.ntok < 2 ||
            e.cat == SCREEN_IDENTITY_HATE || e.term_len > SCREEN_TOK_MAX_LEN)
            continue;
        size_t gl = lex_glue(screen_lex_term(lx, &e), e.term_len, g);
        if (gl < LEX_GLUED_MIN_LEN)
            continue;
        uint64_t key = screen_hash_combine(0, screen_hash(g, gl, 0));
        int rc = lex_append(lx, g, gl, key, 1, e.cat, e.lang, e.kind);
        if (rc)
            return rc;
        lx->e[lx->n - 1].glued = true;
    }
    return 0;
}

/* The words that Spanish readers type short or spell with 'b' for 'v'
 * ("t vamos a matar", "hijo d puta", "q te maten", "te boy a matar"). */
static const struct {
    const char *word;
    const char *forms[2]; /* NULL after the last */
} lex_texting[] = {
    {"de", {"d", NULL}},        {"te", {"t", NULL}},    {"que", {"q", "k"}},
    {"por", {"x", NULL}},       {"para", {"pa", NULL}}, {"voy", {"boy", NULL}},
    {"vamos", {"bamos", NULL}}, {"va", {"ba", NULL}},   {"vas", {"bas", NULL}},
    {"van", {"ban", NULL}},
};

#define LEX_TEXTED_MAX_WORDS 4 /* words of a phrase typed short, at most */
#define LEX_TEXTED_MAX_LEN 200 /* bytes of a phrase typed short, at most */

/* The entry of lex_texting for the word w[0..len), or -1. Most words
 * are too long or begin with another letter than those of the table. */
static int lex_texting_of(const char *w, size_t len)
{
    const uint32_t firsts = 1u << ('d' - 'a') | 1u << ('t' - 'a') |
                            1u << ('q' - 'a') | 1u << ('p' - 'a') |
                            1u << ('v' - 'a');
    unsigned c = (unsigned char)w[0] - 'a';
    if (len > 5 || c >= 26 || !(firsts >> c & 1))
        return -1;
    for (size_t i = 0; i < sizeof(lex_texting) / sizeof(lex_texting[0]); i++)
        if (strlen(lex_texting[i].word) == len &&
            memcmp(lex_texting[i].word, w, len) == 0)
            return (int)i;
    return -1;
}

/* Writes into v the term t[0..len) with word k (at[k]..end[k]) in its
 * form digit[k] of lex_texting (0: as written); returns the length. */
static size_t lex_texted_term(const char *t, size_t len, const size_t *at,
                              const size_t *end, const int *which,
                              const int *digit, size_t nw, char *v)
{
    size_t vl = 0, from = 0;
    for (size_t k = 0; k < nw; k++) {
        memcpy(v + vl, t + from, at[k] - from);
        vl += at[k] - from;
        const char *form = digit[k] ? lex_texting[which[k]].forms[digit[k] - 1]
                                    : lex_texting[which[k]].word;
        size_t fl = strlen(form);
        memcpy(v + vl, form, fl);
        vl += fl;
        from = end[k];
    }
    memcpy(v + vl, t + from, len - from);
    return vl + len - from;
}

/* Spanish rule phrases as readers type them: each word of lex_texting
 * as written or in one of its forms, every combination but the listed
 * one ("te vamos a matar": "t vamos a matar", "te bamos a matar", "t
 * bamos a matar"). Added when a model's lexicon is loaded, after the
 * listed entries (a listed phrase spelt the same keeps its own entry),
 * and never baked: the lists are what a training reads. */
static int lex_add_texted(struct screen_lex *lx)
{
    const size_t n0 = lx->n;
    for (size_t i = 0; i < n0; i++) {
        /* lex_append moves lx->e and the terms: read them anew */
        const struct screen_lex_entry e = lx->e[i];
        if (e.kind != SCREEN_LEX_RULE || e.ntok < 2 || e.glued ||
            e.lang == SCREEN_LANG_EN || e.term_len > LEX_TEXTED_MAX_LEN)
            continue;
        size_t at[LEX_TEXTED_MAX_WORDS], end[LEX_TEXTED_MAX_WORDS];
        int which[LEX_TEXTED_MAX_WORDS];
        size_t nw = 0;
        const char *t = screen_lex_term(lx, &e);
        for (size_t w0 = 0; w0 < e.term_len;) {
            const char *sp = memchr(t + w0, ' ', e.term_len - w0);
            size_t w1 = sp ? (size_t)(sp - t) : e.term_len;
            int f = lex_texting_of(t + w0, w1 - w0);
            if (f >= 0 && nw < LEX_TEXTED_MAX_WORDS) {
                at[nw] = w0;
                end[nw] = w1;
                which[nw++] = f;
            }
            w0 = w1 + 1;
        }
        /* count in a mixed base: digit k is the form of word k (0 as
         * written), so each combination comes once */
        int digit[LEX_TEXTED_MAX_WORDS] = {0};
        while (nw > 0) {
            size_t k = 0;
            for (; k < nw; k++) {
                const char *const *forms = lex_texting[which[k]].forms;
                if (++digit[k] <= 2 && forms[digit[k] - 1])
                    break;
                digit[k] = 0;
            }
            if (k == nw)
                break; /* back to the listed phrase */
            char v[LEX_TEXTED_MAX_LEN * 2];
            size_t vl = lex_texted_term(screen_lex_term(lx, &e), e.term_len, at,
                                        end, which, digit, nw, v);
            int rc = lex_add_baked(lx, v, vl, e.cat, e.lang, e.kind);
            if (rc)
                return rc;
            lx->e[lx->n - 1].texted = true;
        }
    }
    return 0;
}

/* A consonant of a lexicon term (not 'y', which is a vowel in "buy"). */
static bool lex_consonant(char c)
{
    return c >= 'a' && c <= 'z' && !strchr("aeiouy", c);
}

/* The shortest word read in another spelling ("pvto", "kulo"). */
#define LEX_SPELT_MIN_LEN 4

/* Adds v[0..vl), another spelling of the listed word t[0..len) (not in
 * the terms, which this moves), as an entry of like's category, language
 * and kind that the normaliser reads as the listed word (spells: a copy
 * of it, after the entry's own term), unless made already. */
static int lex_add_spelt(struct screen_lex *lx, struct lex_word_set *made,
                         const char *v, size_t vl, const char *t, size_t len,
                         const struct screen_lex_entry *like)
{
    uint64_t h = screen_hash(v, vl, 0);
    bool added;
    if (lex_word_set_add(made, h, &added))
        return ERR_NOMEM;
    if (!added) /* a word of many phrases ("puta") */
        return 0;
    uint64_t key = screen_hash_combine(0, h);
    int rc = lex_append(lx, v, vl, key, 1, like->cat, like->lang, like->kind);
    if (rc)
        return rc;
    lx->e[lx->n - 1].spells = (uint32_t)lx->terms.len + 1;
    buf_add(&lx->terms, t, len);
    buf_addc(&lx->terms, '\0');
    return buf_failed(&lx->terms) ? ERR_NOMEM : 0;
}

/* Whether the entry like is an English rule word of insult, swearing or
 * sex (of English or of any language), which readers spell as they say
 * it: "fuk", "mothafucka". */
static bool lex_sounded_out(const struct screen_lex_entry *like)
{
    return like->ntok == 1 && like->kind == SCREEN_LEX_RULE &&
           like->lang != SCREEN_LANG_ES &&
           (like->cat == SCREEN_INSULT || like->cat == SCREEN_PROFANITY ||
            like->cat == SCREEN_SEXUAL);
}

/* The most sounded-out spellings of one listed word: each "ck" triples
 * them and each 'u' or "er" doubles them, so a long word would make
 * thousands ("fuckerfuckerfucker"). The common words make at most 24. */
#define LEX_SOUNDED_MAX 64

/* A listed word being sounded out (lex_sound_from). */
struct lex_sounding {
    struct screen_lex *lx;
    struct lex_word_set *made;
    const char *t; /* the listed word, len bytes */
    size_t len;
    const struct screen_lex_entry *like;
    char *v;     /* the spelling being made, SCREEN_TOK_MAX_LEN + 1 bytes */
    size_t left; /* spellings that may still be added */
};

/* The English word so->t as readers sound it out, from t[i] on, v
 * holding vl bytes made so far (changed: one sound was spelt anew):
 *   - "ph" for a first "f" before 'u' ("phuck");
 *   - 'k', "kk", or at the word's end 'q' for "ck" ("fuk", "fukka",
 *     "fuq");
 *   - 'a' for "er" before a consonant or at the end ("fucka",
 *     "mothafucka", "fuckas");
 *   - "oo" for a 'u' between consonants ("coont", "fookin");
 *   - "muth" for a first "moth" ("muthafucka"), "in" for a last "ing".
 * Each spelling is added as lex_add_spelt does, LEX_SOUNDED_MAX at most. */
static int lex_sound_from(struct lex_sounding *so, size_t i, size_t vl,
                          bool changed)
{
    const char *t = so->t;
    char *v = so->v;
    size_t len = so->len;
    if (so->left == 0)
        return 0;
    if (i == len) {
        if (!changed)
            return 0;
        so->left--;
        return lex_add_spelt(so->lx, so->made, v, vl, t, len, so->like);
    }
    if (vl + 2 > SCREEN_TOK_MAX_LEN)
        return 0;
    int rc;
    v[vl] = t[i];
    if ((rc = lex_sound_from(so, i + 1, vl + 1, changed)))
        return rc;
    if (i == 0 && t[0] == 'f' && t[1] == 'u') {
        memcpy(v, "ph", 2);
        if ((rc = lex_sound_from(so, 1, 2, true)))
            return rc;
    }
    if (i == 0 && len > 4 && memcmp(t, "moth", 4) == 0) {
        memcpy(v, "muth", 4);
        if ((rc = lex_sound_from(so, 4, 4, true)))
            return rc;
    }
    if (t[i] == 'c' && i + 1 < len && t[i + 1] == 'k') {
        v[vl] = 'k';
        if ((rc = lex_sound_from(so, i + 2, vl + 1, true)))
            return rc;
        v[vl + 1] = 'k'; /* the call before wrote over it */
        if ((rc = lex_sound_from(so, i + 2, vl + 2, true)))
            return rc;
        v[vl] = 'q';
        if (i + 2 == len && (rc = lex_sound_from(so, len, vl + 1, true)))
            return rc;
    }
    if (t[i] == 'u' && i > 0 && i + 1 < len && lex_consonant(t[i - 1]) &&
        lex_consonant(t[i + 1])) {
        v[vl] = v[vl + 1] = 'o';
        if ((rc = lex_sound_from(so, i + 1, vl + 2, true)))
            return rc;
    }
    if (t[i] == 'e' && i + 1 < len && t[i + 1] == 'r' &&
        (i + 2 == len || lex_consonant(t[i + 2]))) {
        v[vl] = 'a';
        if ((rc = lex_sound_from(so, i + 2, vl + 1, true)))
            return rc;
    }
    if (i + 3 == len && memcmp(t + i, "ing", 3) == 0) {
        memcpy(v + vl, "in", 2);
        if ((rc = lex_sound_from(so, len, vl + 2, true)))
            return rc;
    }
    return 0;
}

/* Adds the spellings readers give the listed word t[0..len):
 *   - 'v' for each 'u' between two consonants: "pvto", "fvck", "cvlero"
 *     (no English or Spanish word has a 'v' between two consonants);
 *   - in a Spanish rule word of insult or swearing (not a word of a
 *     phrase nor of a feature list), 'k' for each 'c' before
 *     'a', 'o' or 'u' ("kulero", "kagada") and 'q' for a first "cu"
 *     before a consonant ("qlero", "qlo");
 *   - in an English rule word of insult, swearing or sex with a "ck", a
 *     first "fu" or a 'u' between consonants, its sounds spelt as
 *     readers say them
 *     (lex_sound_from): "fuk", "phuck", "mothafucka".
 * Words of three letters are left as they are ("tvs" is no "tus"). */
static int lex_add_spellings(struct screen_lex *lx, struct lex_word_set *made,
                             const char *word, size_t len,
                             const struct screen_lex_entry *like)
{
    if (len < LEX_SPELT_MIN_LEN || len > SCREEN_TOK_MAX_LEN ||
        (like->ntok > 1 && !memchr(word, 'u', len)))
        return 0;
    char t[SCREEN_TOK_MAX_LEN + 1]; /* word moves with the terms */
    memcpy(t, word, len);
    char v[SCREEN_TOK_MAX_LEN + 1], k[SCREEN_TOK_MAX_LEN + 1];
    bool vs = false, ks = false;
    /* 'k' and 'q' for the rule words of insult and swearing of Spanish
     * (or of any language) only: "kunt" is Dutch, "komo" (a word of a
     * phrase) is every reader's "como", "sudaka" is how the people that
     * slur names call their own music ("rock sudaka"), and the words of
     * the feature lists are also names ("Kaká", "Marika") */
    bool spanish =
        like->ntok == 1 && like->kind == SCREEN_LEX_RULE &&
        like->lang != SCREEN_LANG_EN &&
        (like->cat == SCREEN_INSULT || like->cat == SCREEN_PROFANITY);
    for (size_t i = 0; i < len; i++) {
        char c = t[i], next = i + 1 < len ? t[i + 1] : 0;
        v[i] = k[i] = c;
        if (c == 'u' && i > 0 && lex_consonant(t[i - 1]) &&
            lex_consonant(next)) {
            v[i] = 'v';
            vs = true;
        } else if (c == 'c' && (next == 'a' || next == 'o' || next == 'u') &&
                   spanish) {
            k[i] = 'k';
            ks = true;
        }
    }
    int rc = 0;
    if (vs)
        rc = lex_add_spelt(lx, made, v, len, t, len, like);
    if (!rc && ks)
        rc = lex_add_spelt(lx, made, k, len, t, len, like);
    if (!rc && spanish && t[0] == 'c' && t[1] == 'u' && lex_consonant(t[2])) {
        k[0] = 'q';
        memcpy(k + 1, t + 2, len - 2);
        rc = lex_add_spelt(lx, made, k, len - 1, t, len, like);
    }
    struct lex_sounding so = {lx, made, t, len, like, v, LEX_SOUNDED_MAX};
    if (!rc && lex_sounded_out(like) &&
        (vs || memmem(t, len, "ck", 2) || (t[0] == 'f' && t[1] == 'u')))
        rc = lex_sound_from(&so, 0, 0, false);
    return rc;
}

/* Short forms readers type for a listed word or rule phrase: "vtalv"
 * ("vete a la verga"), "hdtpm", "pndj" ("pendejo"), "mofo"
 * ("motherfucker"). Only forms that are no other word a reader of this
 * beat writes: not "ctm" (la CTM, a labour union), "hdlc" (a network
 * protocol), "pto" (punto, Puerto
 * Vallarta), "ptm", whose phrase is no listed one, nor "alv" alone,
 * which readers say of a good goal or a brave rescue as often as at
 * anyone ("alv, qué valiente la oficial"). */
static const struct {
    const char *form, *listed;
} lex_short_forms[] = {
    {"vtalv", "vete a la verga"},
    {"vetealv", "vete a la verga"},
    {"hdtpm", "hijo de tu puta madre"},
    {"hdlch", "hijo de la chingada"},
    {"pndj", "pendejo"},
    {"pndjo", "pendejo"},
    {"pndja", "pendeja"},
    {"pndjs", "pendejos"},
    {"mrd", "mierda"},
    {"vrg", "verga"},
    {"mofo", "motherfucker"},
    {"mofos", "motherfuckers"},
};

/* Adds each short form of lex_short_forms whose listed word or phrase
 * is an entry: a word's form reads as the word (lex_add_spelt), a
 * phrase's is one more one-word entry of its category, language and
 * kind, as a glued phrase is. The first entry of a term wins, as when
 * the normaliser resolves a disguised word. */
static int lex_add_short_forms(struct screen_lex *lx, struct lex_word_set *made)
{
    enum { N = sizeof(lex_short_forms) / sizeof(*lex_short_forms) };
    bool done[N] = {false};
    size_t len[N];
    for (size_t k = 0; k < N; k++)
        len[k] = strlen(lex_short_forms[k].listed);
    const size_t n0 = lx->n;
    for (size_t i = 0; i < n0; i++) {
        const struct screen_lex_entry e = lx->e[i];
        if (e.glued || e.texted || e.spells)
            continue;
        for (size_t k = 0; k < N; k++) {
            const char *l = lex_short_forms[k].listed;
            const char *t = lx->terms.data + e.term_off;
            if (done[k] || len[k] != e.term_len || l[0] != t[0] ||
                memcmp(l, t, e.term_len) != 0)
                continue;
            done[k] = true;
            const char *f = lex_short_forms[k].form;
            size_t fl = strlen(f);
            int rc;
            if (e.ntok == 1) {
                char w[SCREEN_TOK_MAX_LEN + 1]; /* t moves with the terms */
                memcpy(w, t, e.term_len);
                rc = lex_add_spelt(lx, made, f, fl, w, e.term_len, &e);
            } else {
                uint64_t key = screen_hash_combine(0, screen_hash(f, fl, 0));
                rc = lex_append(lx, f, fl, key, 1, e.cat, e.lang, e.kind);
                if (!rc)
                    lx->e[lx->n - 1].glued = true;
            }
            if (rc)
                return rc;
        }
    }
    return 0;
}

/* The spellings of each listed word and each word of a rule phrase
 * (lex_add_spellings), as readers write them past a filter: "pvto",
 * "hijo de pvta", "kulero", "qlero". Added when a model's lexicon is
 * loaded, after the listed entries (a listed word spelt the same keeps
 * its own entry), and never baked. */
static int lex_add_spelt_words(struct screen_lex *lx)
{
    struct lex_word_set made = {0};
    const size_t n0 = lx->n;
    int rc = lex_add_short_forms(lx, &made);
    for (size_t i = 0; i < n0 && !rc; i++) {
        /* lex_append moves lx->e and the terms: read them anew */
        const struct screen_lex_entry e = lx->e[i];
        if (e.glued || (e.ntok > 1 && e.kind != SCREEN_LEX_RULE))
            continue;
        /* a phrase's words are only spelt with 'v' for 'u', and most
         * phrases and words have no 'u' (nor 'c'): memchr tells */
        const char *t = lx->terms.data + e.term_off;
        if (!memchr(t, 'u', e.term_len) &&
            (e.ntok > 1 || !memchr(t, 'c', e.term_len)))
            continue;
        for (size_t w0 = 0; w0 < e.term_len && !rc;) {
            t = lx->terms.data + e.term_off;
            const char *sp = memchr(t + w0, ' ', e.term_len - w0);
            size_t w1 = sp ? (size_t)(sp - t) : e.term_len;
            rc = lex_add_spellings(lx, &made, t + w0, w1 - w0, &e);
            w0 = w1 + 1;
        }
    }
    free(made.slot);
    return rc;
}

int screen_lex_finish(struct screen_lex *lx)
{
    size_t ns = 64;
    while (ns < lx->n * 2 + 2)
        ns *= 2;
    uint32_t *slots = calloc(ns, sizeof(*slots));
    if (!slots)
        return ERR_NOMEM;
    for (size_t i = 0; i < lx->n; i++) {
        const struct screen_lex_entry *e = &lx->e[i];
        size_t s = (size_t)(e->key ^ e->ntok) & (ns - 1);
        int dup = 0;
        while (slots[s]) {
            const struct screen_lex_entry *o = &lx->e[slots[s] - 1];
            if (o->key == e->key && o->ntok == e->ntok) {
                dup = 1;
                break;
            }
            s = (s + 1) & (ns - 1);
        }
        if (!dup)
            slots[s] = (uint32_t)i + 1;
    }
    free(lx->slots);
    lx->slots = slots;
    lx->nslots = ns;
    /* single words by length; phrase prefixes */
    free(lx->bylen);
    lx->bylen = malloc((lx->n + 1) * sizeof(uint32_t));
    if (!lx->bylen)
        return ERR_NOMEM;
    memset(lx->bylen_off, 0, sizeof(lx->bylen_off));
    memset(lx->prefixes, 0, sizeof(lx->prefixes));
    memset(lx->keys, 0, sizeof(lx->keys));
    memset(lx->singles, 0, sizeof(lx->singles));
    memset(lx->pairs, 0, sizeof(lx->pairs));
    lx->max_word_len = 0;
    memset(lx->pos_letters, 0, sizeof(lx->pos_letters));
    struct lex_word_set ws = {0};
    for (size_t i = 0; i < lx->n; i++) {
        const struct screen_lex_entry *e = &lx->e[i];
        if (e->ntok == 1 && e->term_len > lx->max_word_len)
            lx->max_word_len = e->term_len;
        /* a disguise of a spelling made on load is no disguise of its
         * word ("*Lo" is no "qlo", so no "culo"): the pattern scan reads
         * the listed words only */
        if (e->ntok == 1 && !e->spells && e->term_len <= SCREEN_LEX_MASK_LEN) {
            const char *w = screen_lex_term(lx, e);
            for (size_t k = 0; k < e->term_len; k++)
                lx->pos_letters[e->term_len][k] |= screen_lex_letter_bit(w[k]);
        }
        uint32_t kb = lex_key_bit(e->key);
        lx->keys[kb >> 6] |= 1ULL << (kb & 63);
        if (e->ntok == 1 && !e->spells && e->term_len <= SCREEN_LEX_MAX_LEN)
            lx->bylen_off[e->term_len + 1]++;
        /* the terms are normalised: words joined by single spaces. One
         * pass over the words hashes each once, for the filters and the
         * phrase words alike. */
        const char *t = screen_lex_term(lx, e), *end = t + e->term_len;
        uint64_t h1 = 0, h = 0;
        for (size_t k = 0;; k++) {
            const char *sp = memchr(t, ' ', (size_t)(end - t));
            uint64_t wh = screen_hash(t, (size_t)((sp ? sp : end) - t), 0);
            if (k == 0)
                h1 = wh;
            if (k == 1 && e->ntok >= 2) {
                uint32_t ab = lex_pair_bit(h1, wh);
                lx->pairs[ab >> 6] |= 1ULL << (ab & 63);
            }
            /* every word of a phrase (none after a last space), but
             * the short forms of texting: "b4" is no disguised "ba" */
            if (e->ntok >= 2 && !e->texted && t < end &&
                lex_word_set_add(&ws, wh, NULL)) {
                free(ws.slot);
                return ERR_NOMEM;
            }
            if (!sp)
                break;
            /* the runs of words a phrase goes on from */
            if (k + 1 < e->ntok) {
                h = screen_hash_combine(h, wh);
                uint32_t pb = lex_prefix_bit(h);
                lx->prefixes[pb >> 6] |= 1ULL << (pb & 63);
            }
            t = sp + 1;
        }
        if (e->ntok == 1) {
            uint32_t sb = screen_lex_single_bit(h1);
            lx->singles[sb >> 6] |= 1ULL << (sb & 63);
        }
    }
    if (lex_phrase_words(lx, &ws))
        return ERR_NOMEM;
    for (size_t l = 1; l <= SCREEN_LEX_MAX_LEN + 1; l++)
        lx->bylen_off[l] += lx->bylen_off[l - 1];
    uint32_t fill[SCREEN_LEX_MAX_LEN + 1];
    memcpy(fill, lx->bylen_off, sizeof(fill));
    for (size_t i = 0; i < lx->n; i++) {
        const struct screen_lex_entry *e = &lx->e[i];
        if (e->ntok == 1 && !e->spells && e->term_len <= SCREEN_LEX_MAX_LEN)
            lx->bylen[fill[e->term_len]++] = (uint32_t)i;
    }
    return 0;
}

/* screen_lex_find, inline for the scan, which asks it of most phrases
 * the prefix filter lets through. */
static inline const struct screen_lex_entry *
lex_find(const struct screen_lex *lx, uint64_t key, int ntok)
{
    if (!lx->nslots)
        return NULL;
    uint32_t kb = lex_key_bit(key);
    if (!((lx->keys[kb >> 6] >> (kb & 63)) & 1))
        return NULL;
    size_t s = (size_t)(key ^ (uint64_t)ntok) & (lx->nslots - 1);
    while (lx->slots[s]) {
        const struct screen_lex_entry *e = &lx->e[lx->slots[s] - 1];
        if (e->key == key && e->ntok == ntok)
            return e;
        s = (s + 1) & (lx->nslots - 1);
    }
    return NULL;
}

const struct screen_lex_entry *screen_lex_find(const struct screen_lex *lx,
                                               uint64_t key, int ntok)
{
    return lex_find(lx, key, ntok);
}

const struct screen_lex_entry *screen_lex_word(const struct screen_lex *lx,
                                               const char *w, size_t len)
{
    uint64_t h = screen_hash(w, len, 0);
    if (!screen_lex_may_be_word(lx, h))
        return NULL; /* most words */
    return lex_find(lx, screen_hash_combine(0, h), 1);
}

static int lex_pat_ok(char p, char t)
{
    switch (p) {
    case '?':
        return t == 'a' || t == 'e' || t == 'i' || t == 'o' || t == 'u';
    case '*':
        return t >= 'a' && t <= 'z';
    case '!':
        return t == 'i' || t == 'l';
    default:
        return p == t;
    }
}

const struct screen_lex_entry *screen_lex_match(const struct screen_lex *lx,
                                                const char *pat, size_t len)
{
    size_t literal = 0;
    size_t first_literal = 0; /* a byte the word must have as it is */
    for (size_t i = 0; i < len; i++) {
        if (pat[i] != '?' && pat[i] != '*' && pat[i] != '!') {
            if (literal == 0)
                first_literal = i;
            literal++;
        }
    }
    if (len < 3 || literal < 2)
        return NULL;
    if (len > SCREEN_LEX_MAX_LEN || !lx->bylen)
        return NULL;
    /* a position no word of this length has a fitting letter at: no
     * word fits (most windows of spaced-out letters end here) */
    if (len <= SCREEN_LEX_MASK_LEN)
        for (size_t i = 0; i < len; i++)
            if (!(lx->pos_letters[len][i] & screen_lex_pattern_bits(pat[i])))
                return NULL;
    for (uint32_t q = lx->bylen_off[len]; q < lx->bylen_off[len + 1]; q++) {
        const struct screen_lex_entry *e = &lx->e[lx->bylen[q]];
        const char *t = screen_lex_term(lx, e);
        if (t[first_literal] != pat[first_literal])
            continue; /* most words, at one comparison */
        size_t k = 0;
        while (k < len && lex_pat_ok(pat[k], t[k]))
            k++;
        if (k == len)
            return screen_lex_find(lx, e->key, 1);
    }
    return NULL;
}

/* Whether a phrase goes on from the words whose run hash is h. */
static inline bool lex_prefix(const struct screen_lex *lx, uint64_t h)
{
    uint32_t pb = lex_prefix_bit(h);
    return (lx->prefixes[pb >> 6] >> (pb & 63)) & 1;
}

/* Whether a phrase may begin with the words whose screen_hash are h1, h2. */
static inline bool lex_pair(const struct screen_lex *lx, uint64_t h1,
                            uint64_t h2)
{
    uint32_t ab = lex_pair_bit(h1, h2);
    return (lx->pairs[ab >> 6] >> (ab & 63)) & 1;
}

static void lex_hit(struct screen_hit *hits, size_t *nh, size_t i, size_t k,
                    const struct screen_lex_entry *e)
{
    hits[*nh].tok = (uint32_t)i;
    hits[*nh].ntok = (uint32_t)k;
    hits[*nh].e = e;
    (*nh)++;
}

size_t screen_lex_scan(const struct screen_lex *lx, const struct screen_norm *n,
                       struct screen_hit *hits, size_t max)
{
    return screen_lex_scan_kind(lx, n, hits, max, -1);
}

size_t screen_lex_scan_kind(const struct screen_lex *lx,
                            const struct screen_norm *n,
                            struct screen_hit *hits, size_t max, int kind)
{
    size_t nh = 0;
    if (!lx || !lx->n || max == 0)
        return 0;
    /* a text normalised with this lexicon knows its words' entries */
    const bool own = n->lx == lx;
    const size_t max_ntok = lx->max_ntok;
    const size_t ntok = n->ntok;
    /* the scan ends at the max-th hit, so the loops need not count */
    for (size_t i = 0; i < ntok; i++) {
        const uint64_t w = n->tok[i].hash;
        const struct screen_lex_entry *e = NULL;
        if (own)
            e = n->tok[i].lex;
        else if (screen_lex_may_be_word(lx, w)) {
            e = lex_find(lx, screen_hash_combine(0, w), 1);
            if (e && e->spells)
                e = NULL; /* read by the normaliser that made it only */
        }
        if (e && (kind < 0 || e->kind == kind)) {
            lex_hit(hits, &nh, i, 1, e);
            if (nh == max)
                return nh;
        }
        /* longer phrases: the pair filter ends most words here, before
         * any hash is chained; then while the prefix filter says a
         * phrase goes on from the words so far */
        if (i + 1 >= ntok || !lex_pair(lx, w, n->tok[i + 1].hash))
            continue;
        uint64_t h = screen_hash_combine(0, w);
        for (size_t k = 2; k <= max_ntok && i + k <= ntok; k++) {
            if (k > 2 && !lex_prefix(lx, h))
                break;
            h = screen_hash_combine(h, n->tok[i + k - 1].hash);
            e = lex_find(lx, h, (int)k);
            if (e && (kind < 0 || e->kind == kind)) {
                lex_hit(hits, &nh, i, k, e);
                if (nh == max)
                    return nh;
            }
        }
    }
    return nh;
}

static const char *const lex_lang_names[] = {"any", "en", "es"};
static const char *const lex_kind_names[] = {"feature", "rule"};

static int lex_name_index(const char *const *names, size_t n, const char *s,
                          size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (str_eq(s, len, names[i]))
            return (int)i;
    return -1;
}

void screen_lex_bake(const struct screen_lex *lx, struct buf *out)
{
    for (size_t i = 0; i < lx->n; i++) {
        const struct screen_lex_entry *e = &lx->e[i];
        if (e->glued || e->texted || e->spells)
            continue; /* made again on load */
        buf_addf(out, "%s\t%s\t%s\t%s\n", screen_category_name(e->cat),
                 lex_lang_names[e->lang], lex_kind_names[e->kind],
                 screen_lex_term(lx, e));
    }
}

/* Split a line into up to nf TAB-separated fields (the last takes the
 * rest of the line, TABs and all). Returns the count. The TABs are
 * found by memchr: a byte loop here was a tenth of a model's load. */
static size_t lex_fields(const char *s, size_t len, const char **f, size_t *fl,
                         size_t nf)
{
    size_t k = 0;
    const char *end = s + len;
    while (k + 1 < nf) {
        const char *tab = memchr(s, '\t', (size_t)(end - s));
        if (!tab)
            break;
        f[k] = s;
        fl[k] = (size_t)(tab - s);
        k++;
        s = tab + 1;
    }
    if (k < nf) {
        f[k] = s;
        fl[k] = (size_t)(end - s);
        k++;
    }
    return k;
}

/* The category, language and kind a baked line's first three fields
 * name (-1 for a name that is none). */
static void lex_parse_head(const char *const *f, const size_t *fl, int *cat,
                           int *lang, int *kind)
{
    char cname[32];
    size_t cl = fl[0] < sizeof(cname) - 1 ? fl[0] : sizeof(cname) - 1;
    memcpy(cname, f[0], cl);
    cname[cl] = '\0';
    *cat = screen_category_from_name(cname);
    *lang = lex_name_index(lex_lang_names, 3, f[1], fl[1]);
    *kind = lex_name_index(lex_kind_names, 2, f[2], fl[2]);
}

int screen_lex_parse_baked(struct screen_lex *lx, const char *s, size_t len,
                           struct buf *err)
{
    size_t pos = 0, line = 0;
    const char *prev_head = NULL; /* the line before's first three fields */
    size_t prev_head_len = 0;
    int cat = -1, lang = -1, kind = -1;
    while (pos < len) {
        const char *nl = memchr(s + pos, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - (s + pos)) : len - pos;
        line++;
        const char *f[4];
        size_t fl[4];
        if (ll > 0) {
            if (lex_fields(s + pos, ll, f, fl, 4) != 4) {
                buf_addf(err, "lexicon line %zu: expected 4 fields", line);
                return ERR_INVALID;
            }
            /* the lines come in runs from one list: the same category,
             * language and kind as the line before are not looked up
             * again */
            size_t head_len = (size_t)(f[3] - f[0]);
            if (head_len != prev_head_len ||
                memcmp(f[0], prev_head, head_len) != 0) {
                lex_parse_head(f, fl, &cat, &lang, &kind);
                prev_head = f[0];
                prev_head_len = head_len;
            }
            if (cat < 0 || lang < 0 || kind < 0) {
                buf_addf(err,
                         "lexicon line %zu: bad category, language or "
                         "kind",
                         line);
                return ERR_INVALID;
            }
            int rc = lex_add_baked(lx, f[3], fl[3], cat, lang, kind);
            if (rc == ERR_NOMEM) {
                buf_adds(err, "out of memory");
                return rc;
            }
        }
        pos += ll + 1;
    }
    /* glued phrases and other spellings are read by the screen, never
     * by the training, which loads the lists themselves
     * (screen_lex_load_dir), so a model trained again is the same bytes */
    lx->screening = true;
    int rc = lex_add_glued(lx);
    if (!rc)
        rc = lex_add_texted(lx);
    if (!rc)
        rc = lex_add_spelt_words(lx);
    if (!rc)
        rc = screen_lex_finish(lx);
    if (rc)
        buf_adds(err, "out of memory");
    return rc;
}

#define LEX_MAX_LINE 512        /* bytes of a list line, and of an expansion */
#define LEX_MAX_EXPANSIONS 1024 /* phrases one line may stand for */

struct lex_expansion {
    struct screen_lex *lx;
    int cat, lang, kind;
    size_t count;
    int rc;
};

/* Adds every phrase that s[0..len) stands for, the text so far being
 * out[0..ol): "(a|b) c" stands for "a c" and "b c"; an empty choice
 * ("(|very )bad") leaves the group out. Groups do not nest. */
static void lex_expand(struct lex_expansion *x, const char *s, size_t len,
                       char *out, size_t ol)
{
    if (x->rc)
        return;
    const char *open = memchr(s, '(', len);
    size_t lit = open ? (size_t)(open - s) : len;
    if (ol + lit > LEX_MAX_LINE) {
        x->rc = ERR_TOOBIG;
        return;
    }
    memcpy(out + ol, s, lit);
    ol += lit;
    if (!open) {
        if (++x->count > LEX_MAX_EXPANSIONS) {
            x->rc = ERR_TOOBIG;
            return;
        }
        int rc = screen_lex_add(x->lx, out, ol, x->cat, x->lang, x->kind);
        if (rc)
            x->rc = rc;
        return;
    }
    const char *g = open + 1, *end = s + len;
    const char *close = memchr(g, ')', (size_t)(end - g));
    const char *choice = g;
    for (const char *q = g; q <= close; q++) {
        if (q < close && *q != '|')
            continue;
        size_t cl = (size_t)(q - choice);
        if (ol + cl > LEX_MAX_LINE) {
            x->rc = ERR_TOOBIG;
            return;
        }
        memcpy(out + ol, choice, cl);
        lex_expand(x, close + 1, (size_t)(end - close - 1), out, ol + cl);
        choice = q + 1;
    }
}

/* Whether a list line's groups are well formed: every '(' closed by a
 * ')' before the next '(', no ')' or '|' outside a group. */
static bool lex_groups_ok(const char *s, size_t len)
{
    bool in = false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '(') {
            if (in)
                return false;
            in = true;
        } else if (s[i] == ')') {
            if (!in)
                return false;
            in = false;
        } else if (s[i] == '|' && !in) {
            return false;
        }
    }
    return !in;
}

/* Adds one line of a plain-text list, its groups expanded. A line whose
 * groups are malformed, too long, standing for too many phrases or for
 * a phrase of more than SCREEN_LEX_MAX_TOKENS words is refused, naming
 * path and line. */
static int lex_add_line(struct screen_lex *lx, const char *s, size_t sl,
                        int cat, int lang, int kind, const char *path,
                        size_t line, struct buf *err)
{
    char out[LEX_MAX_LINE + 1];
    struct lex_expansion x = {lx, cat, lang, kind, 0, 0};
    if (sl > LEX_MAX_LINE || !lex_groups_ok(s, sl)) {
        buf_addf(err, "%s line %zu: %s", path, line,
                 sl > LEX_MAX_LINE ? "longer than 512 bytes"
                                   : "a ( without its ), or a | outside one");
        return ERR_INVALID;
    }
    lex_expand(&x, s, sl, out, 0);
    if (x.rc == ERR_NOMEM) {
        buf_adds(err, "out of memory");
        return ERR_NOMEM;
    }
    if (x.rc == ERR_TOOBIG)
        buf_addf(err, "%s line %zu: stands for more than %d phrases", path,
                 line, LEX_MAX_EXPANSIONS);
    else if (x.rc)
        buf_addf(err, "%s line %zu: a phrase with no word or more than %d",
                 path, line, SCREEN_LEX_MAX_TOKENS);
    return x.rc ? ERR_INVALID : 0;
}

static int lex_add_list(struct screen_lex *lx, const char *path, int cat,
                        int lang, int kind, struct buf *err)
{
    struct buf data;
    buf_init(&data, 4u << 20);
    int rc = screen_read_file(path, &data, false, err);
    if (rc)
        goto out;
    size_t plen = strlen(path);
    if (plen > 5 && strcmp(path + plen - 5, ".json") == 0) {
        json_error_t je;
        json_t *arr = json_loadb(data.data, data.len, 0, &je);
        if (!arr || !json_is_array(arr)) {
            buf_addf(err, "%s: not a JSON array of strings", path);
            json_decref(arr);
            rc = ERR_INVALID;
            goto out;
        }
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v)
        {
            if (!json_is_string(v))
                continue;
            rc = screen_lex_add(lx, json_string_value(v), json_string_length(v),
                                cat, lang, kind);
            if (rc == ERR_NOMEM)
                break;
            rc = 0;
        }
        json_decref(arr);
        goto out;
    }
    size_t pos = 0, line = 0;
    while (pos < data.len) {
        const char *nl = memchr(data.data + pos, '\n', data.len - pos);
        size_t ll = nl ? (size_t)(nl - (data.data + pos)) : data.len - pos;
        const char *s = data.data + pos;
        size_t sl = ll;
        str_trim(&s, &sl);
        line++;
        if (sl > 0 && s[0] != '#') {
            rc = lex_add_line(lx, s, sl, cat, lang, kind, path, line, err);
            if (rc) {
                buf_release(&data);
                return rc;
            }
        }
        pos += ll + 1;
    }
out:
    if (rc == ERR_NOMEM)
        buf_adds(err, "out of memory");
    buf_release(&data);
    return rc;
}

int screen_lex_load_dir(struct screen_lex *lx, const char *dir, struct buf *err)
{
    struct buf path, man;
    buf_init(&path, 4096);
    buf_init(&man, 1u << 20);
    buf_addf(&path, "%s/MANIFEST.tsv", dir);
    int rc = screen_read_file(path.data, &man, false, err);
    size_t pos = 0, line = 0;
    while (!rc && pos < man.len) {
        const char *nl = memchr(man.data + pos, '\n', man.len - pos);
        size_t ll = nl ? (size_t)(nl - (man.data + pos)) : man.len - pos;
        const char *s = man.data + pos;
        pos += ll + 1;
        line++;
        if (ll == 0 || s[0] == '#')
            continue;
        const char *f[4];
        size_t fl[4];
        if (lex_fields(s, ll, f, fl, 4) != 4) {
            buf_addf(err,
                     "%s/MANIFEST.tsv line %zu: expected file, "
                     "category, language, kind",
                     dir, line);
            rc = ERR_INVALID;
            break;
        }
        char cname[32];
        size_t cl = fl[1] < sizeof(cname) - 1 ? fl[1] : sizeof(cname) - 1;
        memcpy(cname, f[1], cl);
        cname[cl] = '\0';
        int cat = screen_category_from_name(cname);
        int lang = lex_name_index(lex_lang_names, 3, f[2], fl[2]);
        int kind = lex_name_index(lex_kind_names, 2, f[3], fl[3]);
        if (cat < 0 || lang < 0 || kind < 0) {
            buf_addf(err,
                     "%s/MANIFEST.tsv line %zu: unknown category, "
                     "language or kind",
                     dir, line);
            rc = ERR_INVALID;
            break;
        }
        buf_reset(&path);
        buf_addf(&path, "%s/%.*s", dir, (int)fl[0], f[0]);
        rc = lex_add_list(lx, path.data, cat, lang, kind, err);
    }
    if (!rc)
        rc = screen_lex_finish(lx);
    buf_release(&path);
    buf_release(&man);
    return rc;
}
