/*
 * model.c - load the screening model and score comments with it.
 *
 * The model file (written by train.c) is a fixed 256-byte header, the
 * baked lexicon text, the list of training files, and a table of int16
 * weights: one 16-byte row of SCREEN_NHEADS heads per hash bucket, so one
 * feature costs one cache line. It is read into an anonymous mapping
 * made read-only once filled (not a mapping of the file, which a copy over
 * it in place would truncate under a running server); only the lexicon
 * index is built on the heap at load. Nothing changes after load, which
 * is what makes screen_check safe to call from many threads.
 *
 * Scoring: head h gets sigmoid(scale[h] * (sum of the n-gram rows'
 * w[bucket][h] / sqrt(n + SCREEN_SCALE_PAD) + sum of the other rows')
 * + bias[h]); training moved each bias so that 0.5 is the head's tuned
 * decision point. Categories without labelled data (threat, sexual) and
 * slurs score from lexicon rules; doxxing from the guard and the site's
 * protected names. The hold score is the largest of the hold head, the
 * rule scores and doxxing.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "screen/screen_int.h"

static const char *const cat_names[SCREEN_NCAT] = {
    "insult", "identity_hate", "threat", "profanity",
    "sexual", "spam",          "doxxing"};

/* How strongly a rule hit of each category holds on its own. */
static const float rule_score[SCREEN_NCAT] = {
    0.70f, /* insult: named slurs and insults aimed at a person */
    0.80f, /* identity_hate: slurs and dehumanising phrases */
    0.90f, /* threat */
    0.60f, /* profanity (strong only) */
    0.70f, /* sexual */
    0.70f, /* spam */
    1.00f, /* doxxing */
};

const char *screen_category_name(int category)
{
    if (category < 0 || category >= SCREEN_NCAT)
        return NULL;
    return cat_names[category];
}

int screen_category_from_name(const char *name)
{
    for (int i = 0; i < SCREEN_NCAT; i++)
        if (strcmp(name, cat_names[i]) == 0)
            return i;
    return -1;
}

void screen_policy_init(struct screen_policy *p)
{
    memset(p, 0, sizeof(*p));
    p->hold_threshold = SCREEN_DEFAULT_THRESHOLD;
}

uint32_t screen_model_version(const struct screen_model *m)
{
    return m ? m->hdr->version : 0;
}

void screen_model_info(const struct screen_model *m,
                       struct screen_model_info *out)
{
    const struct screen_file_hdr *h = m->hdr;
    *out = (struct screen_model_info){.version = h->version,
                                      .hash_bits = h->hash_bits,
                                      .n_train = h->n_train,
                                      .checksum = h->checksum,
                                      .file_size = h->file_size,
                                      .permissive = (h->flags & 1) != 0};
}

void screen_model_free(struct screen_model *m)
{
    if (!m)
        return;
    if (m->map)
        munmap(m->map, m->map_len);
    screen_lex_release(&m->lex);
    free(m);
}

struct screen_model *screen_model_load(const char *path, struct buf *err)
{
    struct screen_model *m = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        buf_addf(err, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        buf_addf(err, "%s: %s", path, strerror(errno));
        goto fail;
    }
    if (st.st_size < (off_t)SCREEN_HDR_SIZE) {
        buf_addf(err,
                 "%s: truncated model file (%lld bytes, the header "
                 "alone is %u)",
                 path, (long long)st.st_size, SCREEN_HDR_SIZE);
        goto fail;
    }
    if (st.st_size > (off_t)SCREEN_MAX_FILE) {
        buf_addf(err, "%s: model file too large (%lld bytes, limit %u)", path,
                 (long long)st.st_size, SCREEN_MAX_FILE);
        goto fail;
    }
    m = calloc(1, sizeof(*m));
    if (!m) {
        buf_adds(err, "out of memory");
        goto fail;
    }
    screen_lex_init(&m->lex);
    /* Read into memory of our own (an anonymous mapping, read-only once
     * filled), not a mapping of the file: a file mapping reads the file
     * as it is on disk, and an operator who copies a new model over the
     * old one in place (cp, not mv) would truncate it under a running
     * server, which then dies of SIGBUS at the next comment. */
    m->map_len = (size_t)st.st_size;
    m->map = mmap(NULL, m->map_len, PROT_READ | PROT_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m->map == MAP_FAILED) {
        m->map = NULL;
        buf_addf(err, "%s: mmap: %s", path, strerror(errno));
        goto fail;
    }
    for (size_t got = 0; got < m->map_len;) {
        ssize_t r = read(fd, (char *)m->map + got, m->map_len - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            buf_addf(err, "%s: %s", path,
                     r < 0 ? strerror(errno) : "truncated while reading");
            goto fail;
        }
        got += (size_t)r;
    }
    if (mprotect(m->map, m->map_len, PROT_READ) != 0) {
        buf_addf(err, "%s: mprotect: %s", path, strerror(errno));
        goto fail;
    }
    close(fd);
    fd = -1;
    const struct screen_file_hdr *h = m->map;
    m->hdr = h;
    if (memcmp(h->magic, SCREEN_MAGIC, 8) != 0) {
        buf_addf(err, "%s: not a charla screening model (wrong magic)", path);
        goto fail;
    }
    if (h->version != SCREEN_FORMAT_VERSION) {
        buf_addf(err,
                 "%s: model format version %u, this charla reads "
                 "version %u (retrain with `charla train`)",
                 path, h->version, SCREEN_FORMAT_VERSION);
        goto fail;
    }
    if (h->hdr_size != SCREEN_HDR_SIZE || h->nheads != SCREEN_NHEADS ||
        h->hash_bits < 10 || h->hash_bits > 22 ||
        h->char_min != SCREEN_CHAR_MIN || h->char_max != SCREEN_CHAR_MAX) {
        buf_addf(err, "%s: model header has unsupported settings", path);
        goto fail;
    }
    if (h->file_size != (uint64_t)st.st_size) {
        buf_addf(err,
                 "%s: truncated or padded model file (%lld bytes, the "
                 "header says %llu)",
                 path, (long long)st.st_size, (unsigned long long)h->file_size);
        goto fail;
    }
    uint64_t fs = h->file_size;
    uint64_t rows = (uint64_t)1 << h->hash_bits;
    if (h->lex_off < SCREEN_HDR_SIZE || h->lex_off > fs ||
        h->lex_len > fs - h->lex_off || h->files_off > fs ||
        h->files_len > fs - h->files_off || h->w_off > fs ||
        h->w_off % 16 != 0 ||
        h->w_len != rows * SCREEN_NHEADS * sizeof(int16_t) ||
        h->w_len > fs - h->w_off) {
        buf_addf(err, "%s: corrupt model file (sections out of range)", path);
        goto fail;
    }
    uint64_t sum = screen_checksum((const char *)m->map + SCREEN_HDR_SIZE,
                                   (size_t)(fs - SCREEN_HDR_SIZE));
    if (sum != h->checksum) {
        buf_addf(err, "%s: corrupt model file (checksum mismatch)", path);
        goto fail;
    }
    m->w = (const int16_t *)((const char *)m->map + h->w_off);
    m->mask = (uint32_t)(rows - 1);
    struct buf lerr;
    buf_init(&lerr, 256);
    if (screen_lex_parse_baked(&m->lex, (const char *)m->map + h->lex_off,
                               (size_t)h->lex_len, &lerr)) {
        buf_addf(err, "%s: %s", path, lerr.data);
        buf_release(&lerr);
        goto fail;
    }
    buf_release(&lerr);
    return m;
fail:
    if (fd >= 0)
        close(fd);
    screen_model_free(m);
    return NULL;
}

int screen_model_heads(const struct screen_model *m, struct screen_scratch *sc,
                       const char *text, size_t len, float p[SCREEN_NHEADS])
{
    struct screen_hit hits[SCREEN_MAX_HITS];
    int rc = screen_normalize(&sc->n, &m->lex, text, len);
    if (rc)
        return rc;
    size_t nh = screen_lex_scan(&m->lex, &sc->n, hits, SCREEN_MAX_HITS);
    float z[SCREEN_NHEADS];
    rc = screen_score(m, &sc->n, hits, nh, sc, z);
    if (rc)
        return rc;
    for (int h = 0; h < SCREEN_NHEADS; h++)
        p[h] = m->hdr->scale[h] > 0 ? screen_sigmoid(z[h]) : 0.0f;
    return 0;
}

/* ---- spans ---- */

/* The spans of one check, and a bound on where they end. */
struct span_list {
    struct screen_span *sp;
    size_t n;
    uint32_t end; /* no span ends after this: the furthest end of any
                     span added (a merged span ends where a part did) */
};

/* copy_entry copies the word list entry f matched into out (size
 * bytes), NUL-ended, truncated if longer. */
static void copy_entry(char *out, size_t size, const struct screen_listed *f)
{
    size_t n = f->entry_len < size - 1 ? f->entry_len : size - 1;
    memcpy(out, f->entry, n);
    out[n] = '\0';
}

static void span_add(struct span_list *l, uint32_t off, uint32_t len, int cat,
                     float weight)
{
    if (len == 0)
        return;
    struct screen_span *sp = l->sp;
    /* an overlapping span is taken out and merged into the new one (the
     * stronger's category, both stretches), until none overlaps: a
     * widened span may reach another one. A span that starts where all
     * the others have ended overlaps none: the highlight adds its words
     * from left to right, mostly after every span so far */
    for (size_t i = 0; off < l->end && i < l->n;) {
        uint32_t a = sp[i].offset, b = sp[i].offset + sp[i].len;
        if (!(off < b && off + len > a)) {
            i++;
            continue;
        }
        uint32_t lo = off < a ? off : a;
        uint32_t hi = off + len > b ? off + len : b;
        off = lo;
        len = hi - lo;
        if (sp[i].weight >= weight) { /* ties: the earlier one */
            weight = sp[i].weight;
            cat = sp[i].category;
        }
        sp[i] = sp[--l->n];
        i = 0;
    }
    if (off + len > l->end)
        l->end = off + len;
    if (l->n < SCREEN_MAX_SPANS) {
        sp[l->n].offset = off;
        sp[l->n].len = len;
        sp[l->n].category = cat;
        sp[l->n].weight = weight;
        l->n++;
    } else {
        /* replace the weakest if this one is stronger */
        size_t lo = 0;
        for (size_t i = 1; i < l->n; i++)
            if (sp[i].weight < sp[lo].weight)
                lo = i;
        if (sp[lo].weight < weight) {
            sp[lo].offset = off;
            sp[lo].len = len;
            sp[lo].category = cat;
            sp[lo].weight = weight;
        }
    }
}

/* Whether span x goes before y: the stronger first, then by offset. */
static int span_before(const struct screen_span *x, const struct screen_span *y)
{
    if (x->weight != y->weight)
        return x->weight > y->weight;
    return x->offset < y->offset;
}

/* Most important first. An insertion sort: there are at most
 * SCREEN_MAX_SPANS, usually one to three, and qsort's setup cost more
 * than the sorting. It is stable, as glibc's qsort is for so few, so two
 * spans that tie (a widened span can share another's offset) keep the
 * order they were added in. */
static void span_sort(struct screen_span *sp, size_t ns)
{
    for (size_t i = 1; i < ns; i++) {
        struct screen_span x = sp[i];
        size_t j = i;
        for (; j > 0 && span_before(&x, &sp[j - 1]); j--)
            sp[j] = sp[j - 1];
        sp[j] = x;
    }
}

/* The bytes of text that tokens [t, t + k) came from, in whole
 * grapheme clusters. */
static void tok_span(const struct screen_norm *n, const char *text, size_t len,
                     size_t t, size_t k, uint32_t *off, uint32_t *l)
{
    const struct screen_tok *a = &n->tok[t], *b = &n->tok[t + k - 1];
    /* a word spelt by letters spread over the text ("f u c k") can end
     * after the next; never a span that ends before it starts */
    uint32_t end = a->orig_off + a->orig_len;
    if (b->orig_off + b->orig_len > end)
        end = b->orig_off + b->orig_len;
    *off = a->orig_off;
    *l = end - a->orig_off;
    screen_grapheme_widen(text, len, off, l);
}

void screen_scratch_init(struct screen_scratch *sc)
{
    memset(sc, 0, sizeof(*sc));
}

void screen_scratch_release(struct screen_scratch *sc)
{
    screen_norm_release(&sc->n);
    screen_norm_release(&sc->hashtag);
    free(sc->extra);
    free(sc->tok_hold);
    free(sc->contrib);
    free(sc->wc);
    free(sc->wb);
    free(sc->wb_at);
    free(sc->rep);
    free(sc->seen);
    free(sc->sent_tok);
    for (int i = 0; i < SCREEN_NLISTS; i++)
        screen_wordlist_release(&sc->lists[i]);
    screen_scratch_init(sc);
}

/* What the rules found so far in one check: each hit scores its category
 * (rule_score) and adds its span. */
struct rule_state {
    struct screen_verdict *out;
    float *score;
    unsigned cats; /* categories a rule fired for */
    struct span_list *spans;
    const struct screen_norm *n;
    const char *text;
    size_t len;
};

static void rule_hit(struct rule_state *rs, int cat, uint32_t tok,
                     uint32_t ntok)
{
    float r = rule_score[cat];
    rs->cats |= 1u << cat;
    if (r > rs->out->cat_score[cat])
        rs->out->cat_score[cat] = r;
    if (r > *rs->score)
        *rs->score = r;
    uint32_t off, l;
    tok_span(rs->n, rs->text, rs->len, tok, ntok, &off, &l);
    span_add(rs->spans, off, l, cat, 2.0f + r);
}

/* Whether only spaces stand between tokens a and a + 1 of n. */
static bool tok_spaced(const struct screen_norm *n, const char *text,
                       uint32_t a)
{
    const struct screen_tok *p = &n->tok[a], *t = &n->tok[a + 1];
    for (uint32_t q = p->orig_off + p->orig_len; q < t->orig_off; q++)
        if (text[q] != ' ')
            return false;
    return true;
}

/* Whether the threat phrase e at token tok is a harm no one deserves:
 * "nobody deserves to die", "no one deserves to die like that", "nadie
 * merece que lo maten", "nadie se merece que lo desaparezcan", "ningún
 * periodista merece que lo maten", "nadie se busca que lo maten". */
static bool threat_deserved_by_none(const struct screen_norm *n, uint32_t tok)
{
    static const char *const deserve[] = {"deserve", "deserves", "merece",
                                          "merecen", "merecia",  "merecian",
                                          "busca",   "buscan",   "asks"};
    static const char *const none[] = {"nobody",  "noone",   "nadie", "ningun",
                                       "ninguna", "ninguno", "one"};
    static const char *const no[] = {"no"}, *const se[] = {"se"};
    static const char *const que[] = {"que", "q"};
    /* the word of deserving (or asking for it: "nadie se busca que lo
     * maten"): the phrase's first, or the one before it, or before its
     * "que" */
    size_t nd = SCREEN_NWORDS(deserve);
    size_t q = tok;
    if (!screen_tok_in(n, q, deserve, nd)) {
        if (q > 1 && screen_tok_in(n, q - 1, que, 2) &&
            screen_tok_in(n, q - 2, deserve, nd))
            q--;
        if (q == 0 || !screen_tok_in(n, q - 1, deserve, nd))
            return false;
        q--;
    }
    if (q > 0 && screen_tok_in(n, q - 1, se, 1))
        q--; /* "nadie se merece" */
    /* its subject, up to three words before it: "nobody", "no one",
     * "ningún periodista" */
    for (size_t k = q; k > 0 && q - k < 3; k--)
        if (screen_tok_in(n, k - 1, none, 6) ||
            (screen_tok_in(n, k - 1, none + 6, 1) && k >= 2 &&
             screen_tok_in(n, k - 2, no, 1)))
            return true;
    return false;
}

/* Categories from the most severe to the least: a comment that more
 * than one rule fired for is shown with the first. */
static const int model_severity[SCREEN_NCAT] = {
    SCREEN_DOXXING, SCREEN_THREAT, SCREEN_IDENTITY_HATE, SCREEN_SEXUAL,
    SCREEN_INSULT,  SCREEN_SPAM,   SCREEN_PROFANITY};

/* The category a comment no rule fired for is shown with: the learned
 * head that scores highest of those that may name it, held to what each
 * name means to a moderator (models/HISTORY.md, "Naming what the hold
 * head holds"). The profanity head learned OLID's "offensive", which
 * covers insults and threats said without a swear word, so it names
 * profanity only where the comment has a word of the profanity lists. The
 * threat head names a threat from MODEL_THREAT_NAMES up: under the hold
 * threshold it is still, more often than not, the head that knows a
 * veiled threat from an insult. The spam head names spam only at its own
 * decision point (0.5; its point on the raw score is low, 0.16) and where
 * the threat head could not name a threat: "We gave you a chance. The
 * next message won't be a comment." reads as an advert to it. With no
 * head left, the highest of all. */
#define MODEL_THREAT_NAMES 0.3f
static int model_category(const float cat_score[SCREEN_NCAT],
                          const struct screen_hit *hits, size_t nh)
{
    int top = -1, any = 0;
    for (int c = 0; c < SCREEN_NCAT; c++) {
        float p = cat_score[c];
        if (p > cat_score[any])
            any = c;
        if (p <= 0 || (top >= 0 && p <= cat_score[top]))
            continue;
        if (c == SCREEN_THREAT && p < MODEL_THREAT_NAMES)
            continue;
        if (c == SCREEN_SPAM &&
            (p < 0.5f || cat_score[SCREEN_THREAT] >= MODEL_THREAT_NAMES))
            continue;
        if (c == SCREEN_PROFANITY) {
            bool swears = false;
            for (size_t i = 0; i < nh && !swears; i++)
                swears = hits[i].e->cat == SCREEN_PROFANITY;
            if (!swears)
                continue;
        }
        top = c;
    }
    return top >= 0 ? top : any;
}

/* Where the comment counts down the last days of a time of life that
 * ends without a death: "disfruta tus últimos días de soltero", "enjoy
 * your last few days of summer", "your last days as a single man",
 * "tus últimos días en la prepa", "your last days in college", "enjoy
 * your last day at work, you earned it" (a retirement said, not "at the
 * office"). The
 * threat head learned "tus últimos días" from threats ("disfruta tus
 * últimos días"), which name no such time, and the lists hold "enjoy
 * your last week". Returns the token of "last" (the token after the
 * time in *end), or SIZE_MAX. */
static size_t last_days_of_a_time(const struct screen_norm *n, size_t *end)
{
    static const char *const last[] = {"ultimos", "ultimas", "ultimo",
                                       "ultima",  "last",    "final"};
    static const char *const days[] = {
        "dias", "dia",   "semanas", "semana", "meses",  "noches", "days",
        "day",  "weeks", "week",    "months", "nights", "weekend"};
    /* "of summer", "as a single man", "en la prepa", "in college"; not
     * "en el cargo" or "in office": on this beat the last days of an
     * official are as often a threat as a vote */
    static const char *const of[] = {"de", "of", "as", "como",
                                     "en", "in", "at"};
    static const char *const time[] = {
        "soltero",    "soltera",  "solteros", "solteria",   "vacaciones",
        "clases",     "escuela",  "verano",   "gobierno",   "sexenio",
        "mandato",    "campana",  "bachelor", "single",     "bachelorette",
        "vacation",   "holidays", "summer",   "school",     "term",
        "semester",   "semestre", "prepa",    "secundaria", "college",
        "universidad"};
    /* a job's last day is a retirement only where the comment says so:
     * "Enjoy your last day at work, you earned it" (not "Enjoy your last
     * day at work, reporter, then you die") */
    static const char *const job[] = {"work", "job",     "trabajo", "chamba",
                                      "jale", "factory", "fabrica"};
    static const char *const retired[] = {
        "retirement",  "retire",         "retiring",        "retired",
        "earned",      "congrats",       "congratulations", "miss",
        "jubilacion",  "jubila",         "jubilas",         "jubilarse",
        "jubilado",    "jubilada",       "ganaste",         "merecido",
        "felicidades", "felicitaciones", "extranar",        "extranaremos"};
    static const char *const few[] = {"few", "pocos", "pocas"};
    static struct screen_anchors anchors = SCREEN_ANCHORS(last);
    if (!screen_norm_may_hold(n, &anchors))
        return SIZE_MAX;
    for (size_t j = 0; j + 3 < n->ntok; j++) {
        /* most words start with none of the letters of "last" */
        char c = n->text[n->tok[j].off];
        if ((c != 'l' && c != 'u' && c != 'f') ||
            !screen_tok_in(n, j, last, SCREEN_NWORDS(last)))
            continue;
        /* "last few days of summer", "últimos pocos días" */
        size_t d = j + 1 + screen_tok_in(n, j + 1, few, SCREEN_NWORDS(few));
        if (!screen_tok_in(n, d, days, SCREEN_NWORDS(days)) ||
            !screen_tok_in(n, d + 1, of, SCREEN_NWORDS(of)))
            continue;
        /* "of summer", "as a single man" */
        for (size_t t = d + 2; t <= d + 3; t++) {
            bool at_job = screen_tok_in(n, t, job, SCREEN_NWORDS(job));
            if (!at_job && !screen_tok_in(n, t, time, SCREEN_NWORDS(time)))
                continue;
            bool said = !at_job;
            for (size_t k = 0; k < n->ntok && !said; k++)
                said = screen_tok_in(n, k, retired, SCREEN_NWORDS(retired));
            if (said) {
                *end = t + 1;
                return j;
            }
        }
    }
    return SIZE_MAX;
}

/* The words of such a countdown, in toks (at most max): from "enjoy
 * your" / "disfruta tus" before "last" to the time. Returns the count. */
static size_t countdown_tokens(const struct screen_norm *n, uint32_t *toks,
                               size_t max)
{
    static const char *const enjoy[] = {
        "enjoy", "disfruta", "disfrutes", "disfruten", "your", "his",
        "her",   "tus",      "tu",        "sus",       "su"};
    size_t end, j = last_days_of_a_time(n, &end), nt = 0;
    if (j == SIZE_MAX)
        return 0;
    size_t a = j;
    while (a > 0 && j - a < 2 &&
           screen_tok_in(n, a - 1, enjoy, SCREEN_NWORDS(enjoy)))
        a--;
    for (size_t t = a; t < end && nt < max; t++)
        toks[nt++] = (uint32_t)t;
    return nt;
}

bool screen_clause_ends_after(const struct screen_norm *n, const char *text,
                              size_t t)
{
    if (t + 1 >= n->ntok)
        return true;
    const struct screen_tok *p = &n->tok[t], *q = &n->tok[t + 1];
    for (uint32_t b = p->orig_off + p->orig_len; b < q->orig_off; b++)
        if (strchr(",.;:!?\n", text[b]))
            return true;
    return false;
}

/* Whether one of matches[0..n) starts at token tok. */
static bool match_listed(const struct screen_match *matches, size_t n,
                         uint32_t tok)
{
    for (size_t i = 0; i < n; i++)
        if (matches[i].tok == tok)
            return true;
    return false;
}

/* "Mátate", "suicídate", "ahórcate": the reader told to kill himself,
 * which the lists spell only in English ("kill yourself", "kys"), or told
 * to die ("muérete", "muéranse"). Not "mátate de risa" or "muérete de
 * envidia" nor a question (a quotation is asked by the caller). Its token
 * in *out, or false. */
static bool self_harm_ordered(const struct screen_norm *n, const char *text,
                              size_t len, struct screen_match *out)
{
    static const char *const orders[] = {
        "matate",  "suicidate",  "ahorcate",   "muerete",
        "matense", "suicidense", "ahorquense", "mueranse"};
    /* "mátate de risa": a figure of speech */
    static const char *const figure[] = {"risa",    "hambre", "ganas",
                                         "envidia", "miedo",  "trabajo"};
    static struct screen_anchors anchors = SCREEN_ANCHORS(orders);
    if (!screen_norm_may_hold(n, &anchors))
        return false;
    for (size_t j = 0; j < n->ntok; j++) {
        /* most words are shorter or start otherwise: "ma", "mu", "su",
         * "ah" */
        const char *w = n->text + n->tok[j].off;
        if (n->tok[j].len < 6 ||
            !((w[0] == 'm' && (w[1] == 'a' || w[1] == 'u')) ||
              (w[0] == 's' && w[1] == 'u') || (w[0] == 'a' && w[1] == 'h')) ||
            !screen_tok_in(n, j, orders, SCREEN_NWORDS(orders)))
            continue;
        if ((screen_tok_is(n, j + 1, "de") &&
             screen_tok_in(n, j + 2, figure, SCREEN_NWORDS(figure))) ||
            screen_sentence_asks(n, text, len, j))
            continue;
        *out = (struct screen_match){(uint32_t)j, 1};
        return true;
    }
    return false;
}

/* The reader's own last days counted down: "disfruta tus últimos días",
 * "tus últimas horas de vida", "disfruta tus últimos días, alcalde",
 * "these are your last days". The days must end their clause or be those
 * of a life ("de vida", "con vida", "en este mundo", "on earth"): "tus
 * últimos días en la prepa", "de soltero" or "como diputado" count down
 * something else, "sus últimos días" are someone's past, and "no son tus
 * últimos días" denies it. Its tokens in *out, or false. */
static bool life_counted_down(const struct screen_norm *n, const char *text,
                              struct screen_match *out)
{
    static const char *const yours[] = {"tus", "your"};
    static const char *const last[] = {"ultimos", "ultimas", "last", "final"};
    static const char *const days[] = {"dias",  "horas",    "days",
                                       "hours", "momentos", "moments"};
    static const char *const of[] = {"de", "con"};
    static const char *const life[] = {"vida", "life"};
    static const char *const enjoy[] = {"disfruta", "disfrutes", "disfruten",
                                        "enjoy"};
    static const char *const neg[] = {"no", "not", "nunca", "never"};
    static struct screen_anchors anchors = SCREEN_ANCHORS(yours);
    if (!screen_norm_may_hold(n, &anchors))
        return false;
    for (size_t j = 0; j + 2 < n->ntok; j++) {
        /* "tus" or "your": most words are neither by their first letter
         * and length */
        char c = n->text[n->tok[j].off];
        size_t l = n->tok[j].len;
        if (!((c == 't' && l == 3) || (c == 'y' && l == 4)) ||
            !screen_tok_in(n, j, yours, SCREEN_NWORDS(yours)) ||
            !screen_tok_in(n, j + 1, last, SCREEN_NWORDS(last)) ||
            !screen_tok_in(n, j + 2, days, SCREEN_NWORDS(days)))
            continue;
        size_t end = j + 3;
        if (!screen_clause_ends_after(n, text, j + 2)) {
            if (screen_tok_in(n, end, of, SCREEN_NWORDS(of)) &&
                screen_tok_in(n, end + 1, life, SCREEN_NWORDS(life)))
                end += 2;
            else if (screen_tok_is(n, end, "en") &&
                     screen_tok_is(n, end + 1, "este") &&
                     screen_tok_is(n, end + 2, "mundo"))
                end += 3;
            else if (screen_tok_is(n, end, "on") &&
                     screen_tok_is(n, end + 1, "earth"))
                end += 2;
            else
                continue;
        }
        size_t a = j;
        if (a > 0 && screen_tok_in(n, a - 1, enjoy, SCREEN_NWORDS(enjoy)))
            a--;
        bool denied = false;
        for (size_t k = a; k > 0 && a - k < 3 && !denied; k--)
            denied = screen_tok_in(n, k - 1, neg, SCREEN_NWORDS(neg));
        if (denied)
            continue;
        *out = (struct screen_match){(uint32_t)a, (uint32_t)(end - a)};
        return true;
    }
    return false;
}

/* Whether the threat phrase at token tok stands in a question that
 * counts the dead: "how many more journalists must die?", "¿cuántos
 * periodistas más deben morir?", a lament that calls for nothing. */
static bool threat_lamented(const struct screen_norm *n, const char *text,
                            size_t len, size_t tok)
{
    static const char *const count[] = {"cuantos", "cuantas"};
    if (!screen_sentence_asks(n, text, len, tok))
        return false;
    for (size_t j = tok; j > 0;) {
        j--;
        if (screen_sentence_break(text, &n->tok[j], &n->tok[j + 1]))
            break;
        if (screen_tok_in(n, j, count, SCREEN_NWORDS(count)) ||
            (j + 1 < tok &&
             screen_tok_in(n, j, (const char *const[]){"how"}, 1) &&
             screen_tok_in(n, j + 1, (const char *const[]){"many"}, 1)))
            return true;
    }
    return false;
}

/* Whether the English threat phrase e at token tok tells what others
 * did or do: its verb right after a subject in the third person, "they
 * cut off his head and left him on the bridge", "the narcos hang them
 * from bridges", or a body described "with his head cut off". Not when
 * the subject is wished on or let loose ("I hope they cut off his head",
 * "let them shoot him"), and not a phrase that names its own subject or
 * modal ("someone should shoot him", "gonna kill her"): those are calls. */
static bool threat_told(const struct screen_norm *n,
                        const struct screen_lex_entry *e, uint32_t tok)
{
    static const char *const told_by[] = {
        "they",     "he",     "she",     "cartel",   "cartels", "narcos",
        "sicarios", "gunmen", "killers", "soldiers", "police",  "cops",
        "who",      "army",   "men",     "hitmen"};
    static const char *const wished[] = {"hope", "hoping", "hopefully",
                                         "wish", "pray",   "let",
                                         "make", "may",    "should"};
    static const char *const verbs[] = {
        "cut",  "shoot", "hang", "behead", "dismember",
        "chop", "burn",  "slit", "blow",   "string",
        "kill", "lynch", "gas",  "wipe",   "exterminate"};
    static const char *const whose[] = {"his", "her", "their"};
    static const char *const heads[] = {"head", "heads"};
    if (e->lang != SCREEN_LANG_EN || tok == 0)
        return false;
    if (screen_tok_in(n, tok, heads, SCREEN_NWORDS(heads)))
        return tok >= 2 && screen_tok_in(n, tok - 1, whose, 3) &&
               screen_tok_is(n, tok - 2, "with");
    if (!screen_tok_in(n, tok, verbs, SCREEN_NWORDS(verbs)) ||
        !screen_tok_in(n, tok - 1, told_by, SCREEN_NWORDS(told_by)))
        return false;
    return tok < 2 || !screen_tok_in(n, tok - 2, wished, SCREEN_NWORDS(wished));
}

/* Whether, after token `from` of n, the comment takes back what it
 * denied or lamented: "... except you", "... but you do", "... ojalá
 * sí", "... hope so", "... menos a ti" (not "... ojalá la protejan"). */
static bool excepted_after(const struct screen_norm *n, size_t from)
{
    static const char *const except[] = {"except", "excepto", "salvo", "menos",
                                         "unless"};
    static const char *const wish[] = {"ojala", "hope"};
    static const char *const so[] = {"si", "so"};
    static const char *const but[] = {"but", "pero"};
    static const char *const whom[] = {"you",  "u",   "him", "her",
                                       "them", "tu",  "ti",  "usted",
                                       "este", "ese", "esa", "this"};
    for (size_t j = from; j < n->ntok; j++)
        if (screen_tok_in(n, j, except, SCREEN_NWORDS(except)) ||
            (screen_tok_in(n, j, but, 2) &&
             screen_tok_in(n, j + 1, whom, SCREEN_NWORDS(whom))) ||
            (screen_tok_in(n, j, wish, 2) &&
             (screen_tok_in(n, j + 1, so, 2) ||
              (screen_tok_is(n, j + 1, "que") &&
               screen_tok_in(n, j + 2, so, 2)))))
            return true;
    return false;
}

/* Whether the threat phrase e at token tok follows a negation of its
 * language with only spaces between: "no sé dónde vives", "no te vamos a
 * matar", "please do not kill yourself", "they can't kill all of them"
 * (the grammars read their own negations), or a subject that is no one,
 * one word before it: "ningún periodista debería morir", "no reporter
 * should die" (not "no one", who may be the victim: "no one will find
 * you"); not "why not kys", "¿por qué no te matas?", nor "o si no te
 * vamos a matar" and "like it or not
 * we know where you live", where "no" means "otherwise". Also a Spanish
 * phrase that opens with "que" after "sin", "para", "justifica" or "antes
 * de", or a cause ("hace", "provoca"): "sin que la maten", "para que lo
 * maten", "nada justifica que los maten", "eso hace que los maten" is
 * feared, reported or condemned, not wished; a phrase right after "if"
 * or "when" is supposed: "jobs don't matter if you're dead"; and one
 * followed by a figure of speech is one ("hay que quemar a ese regidor
 * en redes": screen_figurative_after). */
static bool threat_negated(const struct screen_norm *n, const char *text,
                           const struct screen_lex_entry *e, uint32_t tok)
{
    static const char *const neg_es[] = {"no", "nunca", "jamas", "nadie", "ni"};
    static const char *const neg_en[] = {
        "not",  "never",   "dont", "didnt",  "doesnt", "shouldnt",
        "isnt", "wouldnt", "cant", "cannot", "couldnt"};
    static const char *const none_es[] = {"ningun", "ninguna"};
    static const char *const none_en[] = {"no"}, *const one[] = {"one"};
    static const char *const not_neg[] = {"why", "porque", "si",
                                          "if",  "or",     "o"};
    static const char *const que[] = {"que"}, *const por[] = {"por"};
    /* a figure of speech: "should be hung out to dry in the press",
     * "hay que quemar a ese regidor en redes" */
    if (screen_figurative_after(n, tok + 1, tok + e->ntok))
        return true;
    if (tok == 0 || !tok_spaced(n, text, tok - 1))
        return false;
    if (threat_deserved_by_none(n, tok) && !excepted_after(n, tok + e->ntok))
        return true;
    /* supposed: "jobs don't matter if you're dead", "cuando estás muerto"
     * (not "if you talk, you're dead", a condition set before it) */
    static const char *const supposed[] = {"if", "when", "si", "cuando"};
    if (screen_tok_in(n, tok - 1, supposed, SCREEN_NWORDS(supposed)))
        return true;
    bool es = e->lang == SCREEN_LANG_ES;
    /* "sin que la maten", "para que lo maten", "antes de que lo maten",
     * "es lo que hace que los maten": what is feared, reported or blamed
     * for it, not wished */
    static const char *const purpose[] = {
        "sin",   "para",  "justifica", "justifican", "justificar", "hace",
        "hacen", "causa", "causan",    "provoca",    "provocan"};
    /* lamented or feared: "me duele que los maten", "me da miedo que la
     * maten", "es terrible que los maten" (not "... ojalá sí") */
    static const char *const feeling[] = {
        "duele",       "indigna",   "entristece", "preocupa", "asusta",
        "miedo",       "coraje",    "terrible",   "horrible", "triste",
        "inaceptable", "verguenza", "lamentable"};
    if (es && (screen_tok_is(n, tok, "que") || screen_tok_is(n, tok, "q")) &&
        (screen_tok_in(n, tok - 1, purpose, SCREEN_NWORDS(purpose)) ||
         (tok >= 2 && screen_tok_is(n, tok - 1, "de") &&
          screen_tok_is(n, tok - 2, "antes"))))
        return true;
    if (es && (screen_tok_is(n, tok, "que") || screen_tok_is(n, tok, "q")) &&
        screen_tok_in(n, tok - 1, feeling, SCREEN_NWORDS(feeling)) &&
        !excepted_after(n, tok + e->ntok))
        return true;
    /* "no quiero que los maten", "esperar a que te maten": not wanted,
     * or waited for in fear */
    static const char *const want[] = {"quiero", "queremos", "quieren",
                                       "quiere"};
    static const char *const wait[] = {"esperar", "esperando", "espera",
                                       "esperan", "esperen"};
    if (es && tok >= 2 && screen_tok_is(n, tok, "que") &&
        ((screen_tok_in(n, tok - 1, want, SCREEN_NWORDS(want)) &&
          screen_tok_in(n, tok - 2, neg_es, 5)) ||
         (screen_tok_is(n, tok - 1, "a") &&
          screen_tok_in(n, tok - 2, wait, SCREEN_NWORDS(wait)))))
        return true;
    if (tok >= 2 && tok_spaced(n, text, tok - 2) &&
        (es ? screen_tok_in(n, tok - 2, none_es, 2)
            : screen_tok_in(n, tok - 2, none_en, 1) &&
                  !screen_tok_in(n, tok - 1, one, 1)))
        return true;
    /* the victim is no one: "nobody should be shot", "nobody deserves to
     * die" (not "nobody will find you", where no one is who finds, nor
     * "nobody deserves to die... except you") */
    static const char *const nobody[] = {"nobody", "noone"};
    static const char *const ought[] = {"should", "deserves", "deserve", "must",
                                        "needs"};
    if (!es && screen_tok_in(n, tok, ought, SCREEN_NWORDS(ought)) &&
        screen_tok_in(n, tok - 1, nobody, 2) &&
        !excepted_after(n, tok + e->ntok))
        return true;

    bool neg = es ? screen_tok_in(n, tok - 1, neg_es, 5)
                  : screen_tok_in(n, tok - 1, neg_en, SCREEN_NWORDS(neg_en));
    if (!neg || tok < 2)
        return neg;
    if (screen_tok_in(n, tok - 2, not_neg, 6))
        return false;
    return !(tok >= 3 && screen_tok_in(n, tok - 2, que, 1) &&
             screen_tok_in(n, tok - 3, por, 1));
}

/* Whether the English threat phrase e of ntok tokens at tok gives "you"
 * a second object with a verb that takes one: "I'm going to find you a
 * better source", "gonna shoot you an email"; not "kill you a thousand
 * times", "shoot them a few times" (the threat grammar reads its verbs
 * the same way). */
static bool threat_gives(const struct screen_norm *n,
                         const struct screen_lex_entry *e, uint32_t tok,
                         uint32_t ntok)
{
    static const char *const give[] = {"find", "shoot", "get", "send"};
    static const char *const whom[] = {"you", "u", "him", "her", "them"};
    static const char *const an[] = {"a", "an"};
    static const char *const count[] = {"few",      "couple",  "hundred",
                                        "thousand", "million", "second",
                                        "last",     "little"};
    uint32_t last = tok + ntok - 1;
    return e->lang == SCREEN_LANG_EN && ntok > 1 &&
           screen_tok_in(n, last - 1, give, 4) &&
           screen_tok_in(n, last, whom, 5) &&
           screen_tok_in(n, last + 1, an, 2) &&
           !screen_tok_in(n, last + 2, count, 8);
}

/* Whether the threat phrase of ntok tokens at tok speaks in the first
 * person: "te vamos a matar", "we will find you", "te matamos". */
static bool threat_first_person(const struct screen_norm *n, uint32_t tok,
                                uint32_t ntok)
{
    static const char *const me[] = {"i",    "im",  "ill",  "id",  "ive",
                                     "imma", "we",  "were", "wed", "weve",
                                     "well", "voy", "vamos"};
    static const char *const ends[] = {"amos", "emos", "imos"};
    for (uint32_t t = tok; t < tok + ntok && t < n->ntok; t++) {
        if (screen_tok_in(n, t, me, sizeof(me) / sizeof(me[0])))
            return true;
        const struct screen_tok *w = &n->tok[t];
        const char *s = n->text + w->off;
        for (size_t k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
            if (w->len > 5 && memcmp(s + w->len - 4, ends[k], 4) == 0)
                return true;
    }
    return false;
}

/* Whether the comment's threat phrases of the lists (rules) are all
 * negated and none speaks in the first person, with one at least: a
 * reader passing on a reassurance ("dicen que no te van a matar,
 * tranquila"). "No te vamos a matar" from someone who says "we" is not
 * one: it is a message moderators should see. */
static bool threat_only_denied(const struct screen_norm *n, const char *text,
                               const struct screen_hit *rules, size_t nrules)
{
    bool denied = false;
    for (size_t i = 0; i < nrules; i++) {
        const struct screen_lex_entry *e = rules[i].e;
        if (e->kind != SCREEN_LEX_RULE || e->cat != SCREEN_THREAT)
            continue;
        if (!threat_negated(n, text, e, rules[i].tok) ||
            threat_first_person(n, rules[i].tok, rules[i].ntok))
            return false;
        denied = true;
    }
    return denied;
}

/* At most this many rule-grammar matches count for one comment (more
 * would only add spans; the first holds it). */
#define SCREEN_GRAMMAR_MAX 12

/* A quotation of this many words or more makes a comment a report of
 * what was said, for the threat head (a scare-quoted word does not) */
#define THREAT_HEAD_QUOTE_WORDS 3

/* Whether the threat head's vote is void for this comment: the threats
 * it reads are reported, not made, or are no threat. The same readings
 * release the rules' threats: a quotation ("la manta decía: «te vamos a
 * desaparecer»"), a reader's fear for someone (concern.c, over the whole
 * comment), a threat phrase of the lists that gives "you" a second object
 * ("I'm going to find you a better source"), and, for the head alone,
 * which cannot see a tense or a negation, a report dated in the past
 * (dated.c) and threat phrases all denied (threat_only_denied); an
 * ultimatum whose price is the law, the vote or the job (lawful.c) is
 * asked in screen_check_scratch, only where the head votes. rules are
 * the comment's lexicon hits. */
static bool threat_head_void(const struct screen_norm *n, const char *text,
                             size_t len, struct screen_quotes *qs,
                             const struct screen_hit *rules, size_t nrules)
{
    if (screen_dated_report(n))
        return true;
    for (size_t i = 0; i < nrules; i++) {
        const struct screen_lex_entry *e = rules[i].e;
        if (e->kind == SCREEN_LEX_RULE && e->cat == SCREEN_THREAT &&
            threat_gives(n, e, rules[i].tok, rules[i].ntok))
            return true;
    }
    if (threat_only_denied(n, text, rules, nrules))
        return true;
    struct screen_match all = {0, (uint32_t)n->ntok};
    if (n->ntok && screen_concern(n, &all, 1))
        return true;
    size_t quoted = 0;
    for (size_t t = 0; t < n->ntok && quoted < THREAT_HEAD_QUOTE_WORDS; t++)
        quoted += screen_quoted(qs, n, text, len, t);
    return quoted >= THREAT_HEAD_QUOTE_WORDS;
}

/* The model's hold score from its heads' probabilities: the hold head's,
 * or the threat head's where that is higher and not void. The threat head
 * learned only threats from harmless comments with the same words
 * (train.c); the hold head weighs a threat against everything the
 * labelled sets call abuse or not, and let most threats in a reader's own
 * words pass. An older model file has no threat head (its probability is
 * 0). */
static float model_hold_score(const float ph[SCREEN_NHEADS], float thr,
                              bool void_threat)
{
    float hold = ph[SCREEN_HEAD_HOLD], threat = ph[SCREEN_HEAD(SCREEN_THREAT)];
    bool votes = !void_threat && threat >= thr + SCREEN_THREAT_HEAD_MARGIN;
    return votes && threat > hold ? threat : hold;
}

/* Whether token tok lies inside one of the lexicon hits (the highlight
 * marks such a word even beside a stronger one). */
static bool in_lexicon_hit(const struct screen_hit *hits, size_t nh, size_t tok)
{
    for (size_t i = 0; i < nh && hits[i].tok <= tok; i++)
        if (tok < (size_t)hits[i].tok + hits[i].ntok)
            return true;
    return false;
}

/* What each token of n added to head's logit, in contrib[0 .. ntok),
 * from the comment's feature list (screen_features, as training reads
 * it). For a comment the threat head held: screen_score keeps the hold
 * head's part per word only, and the hold head's words are not what the
 * threat head heard ("We gave you a chance... Say goodbye" lit "gave").
 * Returns 0 or ERR_NOMEM. */
static int head_contrib(const struct screen_model *m,
                        const struct screen_norm *n,
                        const struct screen_hit *hits, size_t nh, int head,
                        float *contrib)
{
    struct screen_feats fs;
    screen_feats_init(&fs);
    int rc = screen_features(n, hits, nh, m->mask, &fs);
    if (rc == 0) {
        float k = m->hdr->scale[head];
        float inv = screen_ngram_scale(fs.n_scaled);
        for (size_t t = 0; t < n->ntok; t++)
            contrib[t] = 0.0f;
        for (size_t i = 0; i < fs.n; i++) {
            uint32_t t = fs.f[i].tok;
            if (t < n->ntok)
                contrib[t] +=
                    k * (i < fs.n_scaled ? inv : 1.0f) *
                    (float)m->w[(size_t)fs.f[i].bucket * SCREEN_NHEADS + head];
        }
    }
    screen_feats_release(&fs);
    return rc;
}

/* The learned heads that hold a word for what it is. */
static const int word_heads[] = {
    SCREEN_HEAD_HOLD, SCREEN_HEAD(SCREEN_IDENTITY_HATE),
    SCREEN_HEAD(SCREEN_INSULT), SCREEN_HEAD(SCREEN_PROFANITY)};
static const int threat_head[] = {SCREEN_HEAD(SCREEN_THREAT)};
/* The heads a kind comment's words are taken out of: a wish that someone
 * gets well, praise for the reporter. */
static const int kind_heads[] = {
    SCREEN_HEAD_HOLD, SCREEN_HEAD(SCREEN_IDENTITY_HATE),
    SCREEN_HEAD(SCREEN_INSULT), SCREEN_HEAD(SCREEN_PROFANITY),
    SCREEN_HEAD(SCREEN_THREAT)};

/* Takes out of z, for heads[0 .. nheads), what tokens toks[0 .. nt)
 * added to them (when up_only, only what they added towards abuse: a
 * word that spoke against it still does). Sets *released when it took
 * anything. Returns 0 or ERR_NOMEM. */
static int release_tokens(const struct screen_model *m,
                          const struct screen_norm *n,
                          const struct screen_hit *hits, size_t nh,
                          const int *heads, size_t nheads, bool up_only,
                          const uint32_t *toks, size_t nt,
                          float z[SCREEN_NHEADS], bool *released)
{
    if (nt == 0)
        return 0;
    float *contrib = malloc(n->ntok * sizeof(*contrib));
    if (!contrib)
        return ERR_NOMEM;
    int rc = 0;
    for (size_t k = 0; k < nheads && !rc; k++) {
        int h = heads[k];
        if (m->hdr->scale[h] <= 0)
            continue;
        rc = head_contrib(m, n, hits, nh, h, contrib);
        for (size_t c = 0; c < nt && !rc; c++)
            if (!up_only || contrib[toks[c]] > 0)
                z[h] -= contrib[toks[c]];
    }
    free(contrib);
    *released |= rc == 0;
    return rc;
}

/* A reaction: laughter or cheering emoji, and at most this many other
 * words between them. With more words a laugh can be the mockery that
 * makes them abusive ("burn the caravan down lol", "lol the victim was a
 * nobody anyway 😂"), and the heads keep what it added. */
#define REACTION_MAX_WORDS 3

/* Whether token j of n is a mark a reaction is made of: laughter, and a
 * cheer too when with_cheers. */
static bool reaction_mark(const struct screen_norm *n, size_t j,
                          bool with_cheers)
{
    return screen_is_laugh(n, j) || (with_cheers && screen_is_cheer(n, j));
}

/* The tokens [*a, *b) of n left once the marks at the start and the end
 * are set aside; how many of them are words, not marks, counted up to
 * one more than a reaction has. */
static size_t reaction_words(const struct screen_norm *n, bool with_cheers,
                             size_t *a, size_t *b)
{
    *a = 0;
    *b = n->ntok;
    while (*a < *b && reaction_mark(n, *a, with_cheers))
        (*a)++;
    while (*b > *a && reaction_mark(n, *b - 1, with_cheers))
        (*b)--;
    /* the first and the last are words; most comments stop after two
       more */
    size_t words = *b - *a < 2 ? *b - *a : 2;
    for (size_t j = *a + 1; j + 1 < *b && words <= REACTION_MAX_WORDS; j++)
        words += !reaction_mark(n, j, with_cheers);
    return words;
}

/* How many of hits[0, nh) are phrases of more than one word. */
static size_t phrase_hits(const struct screen_hit *hits, size_t nh)
{
    size_t k = 0;
    for (size_t i = 0; i < nh; i++)
        k += hits[i].ntok > 1;
    return k;
}

/* The logits of the words of tokens [a, b) of text with the marks among
 * them left out ("que 🔥🔥 bueno" scored as "que bueno"), in zs: the words
 * as the reader wrote them, one space apart, normalised and scored with
 * the comment's shape (its emoji, capitals, marks), as the words between
 * marks at the edges are. *joined tells whether the words make a phrase
 * of the lexicon that the marks broke ("go 🔥 die", "hijo 😂 de puta"),
 * more phrases than the comment's hits (phrases_text of them) have. Returns 0
 * or ERR_NOMEM. */
static int unmarked_logits(const struct screen_model *m,
                           const struct screen_norm *n, const char *text,
                           size_t a, size_t b, bool with_cheers,
                           size_t phrases_text, bool *joined,
                           float zs[SCREEN_NHEADS])
{
    size_t cap = 1;
    for (size_t j = a; j < b; j++)
        cap += n->tok[j].orig_len + 1;
    char *words = malloc(cap);
    if (!words)
        return ERR_NOMEM;
    size_t len = 0;
    for (size_t j = a; j < b; j++) {
        if (reaction_mark(n, j, with_cheers))
            continue;
        if (len)
            words[len++] = ' ';
        memcpy(words + len, text + n->tok[j].orig_off, n->tok[j].orig_len);
        len += n->tok[j].orig_len;
    }
    struct screen_scratch own;
    screen_scratch_init(&own);
    struct screen_hit hits[SCREEN_MAX_HITS];
    int rc = screen_normalize(&own.n, &m->lex, words, len);
    if (rc == 0) {
        own.n.n_letters = n->n_letters;
        own.n.n_upper = n->n_upper;
        own.n.n_links = n->n_links;
        own.n.n_currency = n->n_currency;
        own.n.n_punct_runs = n->n_punct_runs;
        own.n.n_emoji = n->n_emoji;
        own.n.n_digits = n->n_digits;
        size_t nh = screen_lex_scan(&m->lex, &own.n, hits, SCREEN_MAX_HITS);
        *joined = phrase_hits(hits, nh) > phrases_text;
        rc = screen_score(m, &own.n, hits, nh, &own, zs);
    }
    screen_scratch_release(&own);
    free(words);
    return rc;
}

/* What the laughter and the cheering emoji of a reaction ("jajaja que
 * bueno", "🔥🔥 jajaja", "que 🔥🔥 bueno", "😂😂") added towards abuse is
 * taken out of the word heads: each head gets the lower of its score and
 * the score of the reaction's words scored alone (none when there are
 * none). Marks at the start and the end leave the words between them,
 * scored from what the comment's score left; marks among the words leave
 * the words alone scored as a comment of their own. A cheer beside a
 * people is no reaction to a story ("fuera migrantes 🔥🔥"): then only the
 * laughter is set aside. Returns 0 or ERR_NOMEM. */
static int reaction_free(const struct screen_model *m,
                         struct screen_scratch *sc, const char *text,
                         const struct screen_hit *hits, size_t nh,
                         float z[SCREEN_NHEADS])
{
    const struct screen_norm *n = &sc->n;
    size_t a, b;
    bool with_cheers = true;
    size_t words = reaction_words(n, with_cheers, &a, &b);
    if (words <= REACTION_MAX_WORDS && screen_names_group(n, a, b)) {
        with_cheers = false;
        words = reaction_words(n, with_cheers, &a, &b);
    }
    if (words > REACTION_MAX_WORDS || words == n->ntok)
        return 0; /* more than a reaction, or no mark at all */
    float zs[SCREEN_NHEADS];
    if (words < b - a) {
        bool joined = false;
        int rc = unmarked_logits(m, n, text, a, b, with_cheers,
                                 phrase_hits(hits, nh), &joined, zs);
        if (rc)
            return rc;
        if (joined)
            return 0; /* marks that split a phrase are no reaction */
    } else {
        if (a == b)
            a = b = 0; /* laughter and cheers only */
        struct screen_cross_walk walk = {0, 0};
        screen_score_sentence(m, sc, hits, nh, a, b, &walk, zs);
    }
    for (size_t k = 0; k < SCREEN_NWORDS(word_heads); k++) {
        int h = word_heads[k];
        if (m->hdr->scale[h] > 0 && zs[h] < z[h])
            z[h] = zs[h];
    }
    return 0;
}

/* The words of a harm no one deserves, in toks (at most max): "nobody
 * deserves to die", "no one deserves to die like that" are mourning, yet
 * the words of the threat phrase (and the "deserves" before it) weigh on
 * the hold head as they would in a threat. None when another threat
 * phrase of the comment is not so denied. Returns the count. */
static size_t denied_harm_tokens(const struct screen_norm *n,
                                 const struct screen_hit *hits, size_t nh,
                                 uint32_t *toks, size_t max)
{
    size_t nt = 0;
    for (size_t i = 0; i < nh; i++) {
        const struct screen_lex_entry *e = hits[i].e;
        if (e->kind != SCREEN_LEX_RULE || e->cat != SCREEN_THREAT)
            continue;
        if (!threat_deserved_by_none(n, hits[i].tok))
            return 0; /* a threat phrase that someone does deserve */
        uint32_t a = hits[i].tok > 0 ? hits[i].tok - 1 : 0;
        for (uint32_t t = a; t < hits[i].tok + hits[i].ntok && nt < max; t++)
            toks[nt++] = t;
    }
    return nt;
}

/* Lone slurs named as words, in toks (at most max): 'cuando dicen
 * "sudaca", lo dicen como insulto' talks about the word, which the rules
 * already let go (refute.c), yet the word weighs on the learned heads as
 * if the reader called someone it. Only in a comment that says what the
 * word is (an insult, racist, what it means) or reports it shouted at
 * someone ('le gritaron "sudaca"'): 'the word "wetback" fits them' names
 * it to use it. Returns the count. */
static size_t named_slur_tokens(const struct screen_norm *n, const char *text,
                                size_t len, const struct screen_hit *hits,
                                size_t nh, uint32_t *toks, size_t max)
{
    static const char *const judged[] = {
        "insulto",    "insultos",   "insult",     "insulting", "despectiva",
        "despectivo", "peyorativo", "peyorativa", "racista",   "racist",
        "racismo",    "racism",     "slur",       "offensive", "ofensivo",
        "ofensiva",   "disgusting", "asqueroso",  "odio",      "hate",
        "significa",  "means",      "homofobico", "homophobic"};
    size_t nt = 0;
    /* 'le gritaron "sudaca"' says what was done with the word */
    bool says_what = false;
    for (size_t i = 0; i < nh && nt < max; i++) {
        const struct screen_lex_entry *e = hits[i].e;
        if (e->kind != SCREEN_LEX_RULE || e->cat != SCREEN_IDENTITY_HATE ||
            hits[i].ntok != 1)
            continue;
        if (screen_named_as_word(n, text, len, hits[i].tok)) {
            says_what |= screen_reported_shout(n, text, len, hits[i].tok);
            toks[nt++] = hits[i].tok;
        } else if (screen_called_unquoted(n, text, hits[i].tok)) {
            says_what = true;
            toks[nt++] = hits[i].tok;
        }
    }
    for (size_t t = 0; t < n->ntok && nt && !says_what; t++)
        says_what = screen_tok_in(n, t, judged, SCREEN_NWORDS(judged));
    return says_what ? nt : 0; /* not 'the word "wetback" fits them' */
}

/* Words whose weight the learned heads misread and that are taken out of
 * them: "negro" as a colour (colour.c: "tenía el pelo negro" is no hate),
 * a harm no one deserves, a slur named as a word, the countdown to a
 * wedding or a holiday and abuse quoted to condemn it (judged.c). */
#define RELEASE_MAX_TOKENS 48
/* The identity_hate head's score from which a denied call to cast out a
 * people is looked for (screen_cast_out_denied): the held ones it was
 * written for score 0.36 to 0.50 there, most comments far less. */
#define CAST_OUT_HATE_FLOOR 0.3f
#define COLOUR_MAX_TOKENS 8

/* The most words a comment may have besides its wishes that someone gets
 * well for what the wishes added to the heads to be taken out: a threat
 * or an insult after a kind opening ("Hope your dad is fine. Tell him to
 * watch his back when he leaves the office") needs the words the wish
 * gave the heads. */
#define WELLWISH_REST_MAX 8

/* Takes out of z what a wish that someone gets well ("espero que tu
 * hermana ya esté bien", "hope your mom is better, Lupita!") added
 * towards abuse, in the heads that hold words and the threat head, when
 * the hold or the threat head could hold the comment and at most
 * WELLWISH_REST_MAX words are not the wish's. Sets *released when it
 * took anything: the second look, which would read the wish alone with
 * what it added, is not taken (the few other words are read with the
 * rest of the comment). Returns 0 or ERR_NOMEM. */
static int release_wellwish(const struct screen_model *m,
                            struct screen_scratch *sc, const char *text,
                            const struct screen_hit *hits, size_t nh, float thr,
                            float z[SCREEN_NHEADS], bool *released)
{
    /* most comments have no wish, and finding none costs less than the
     * heads' sigmoids */
    uint32_t toks[RELEASE_MAX_TOKENS];
    size_t nt = screen_wellwish_tokens(&sc->n, text, toks, RELEASE_MAX_TOKENS);
    if (nt == 0 || sc->n.ntok - nt > WELLWISH_REST_MAX)
        return 0;
    float reach = thr - SCREEN_SENTENCE_REACH;
    bool may_hold = false;
    for (size_t k = 0; k < SCREEN_NWORDS(kind_heads) && !may_hold; k++)
        may_hold = m->hdr->scale[kind_heads[k]] > 0 &&
                   screen_sigmoid(z[kind_heads[k]]) >=
                       (kind_heads[k] == SCREEN_HEAD_HOLD ? reach : thr);
    if (!may_hold)
        return 0;
    return release_tokens(m, &sc->n, hits, nh, kind_heads,
                          SCREEN_NWORDS(kind_heads), true, toks, nt, z,
                          released);
}

/* The most words a comment may have besides its praise of the reporter
 * for what the praise added to the heads to be taken out: "Bravo
 * reportera" and a threat after it need what the praise gave them. */
#define PRAISE_REST_MAX 6

/* Takes out of z what praise of the reporter or the story ("qué bonito
 * escribe la reportera", "reportero eres un crack, sigue así") added
 * towards abuse, as release_wellwish does for a wish (praise.c). Returns
 * 0, or ERR_NOMEM. */
static int release_praise(const struct screen_model *m,
                          struct screen_scratch *sc, const char *text,
                          size_t len, const struct screen_hit *hits, size_t nh,
                          float thr, float z[SCREEN_NHEADS], bool *released)
{
    /* asked only of a comment a head holds: most are not, and reading
     * them costs more than the heads' sigmoids */
    bool holds = false;
    for (size_t k = 0; k < SCREEN_NWORDS(kind_heads) && !holds; k++)
        holds = m->hdr->scale[kind_heads[k]] > 0 &&
                screen_sigmoid(z[kind_heads[k]]) >= thr;
    if (!holds)
        return 0;
    uint32_t toks[RELEASE_MAX_TOKENS];
    size_t nt =
        screen_praise_tokens(&sc->n, text, len, toks, RELEASE_MAX_TOKENS);
    if (nt == 0 || sc->n.ntok - nt > PRAISE_REST_MAX)
        return 0;
    return release_tokens(m, &sc->n, hits, nh, kind_heads,
                          SCREEN_NWORDS(kind_heads), true, toks, nt, z,
                          released);
}

static void verdict_fail_closed(struct screen_verdict *out)
{
    memset(out, 0, sizeof(*out));
    out->hold = true;
    out->score = 1.0f;
}

/* A site that publishes swearing (publish_profanity): out, held with no
 * rule but profanity's, is published when the comment with its swear
 * words blanked out (swearing.c) would not be held at the same site. The
 * heads cannot tell: a strong swear word lifts the insult head too. Runs
 * last, as it reuses sc. Returns 0, or a negative error. */
static int publish_swearing(const struct screen_model *m,
                            const struct screen_policy *p, const char *text,
                            size_t len, const struct screen_hit *hits,
                            size_t nh, struct screen_verdict *out,
                            struct screen_scratch *sc)
{
    char *masked = malloc(len ? len : 1);
    if (!masked)
        return ERR_NOMEM;
    int rc = 0;
    if (screen_swearing_mask(&sc->n, text, len, hits, nh, masked)) {
        struct screen_policy site = *p;
        site.publish_profanity = false;
        struct screen_verdict rest;
        rc = screen_check_scratch(m, &site, masked, len, &rest, sc);
        if (rc == 0 && !rest.hold) {
            out->hold = false;
            out->category = NULL;
        }
    }
    free(masked);
    return rc;
}

/* A rule phrase whose words emoji or laughter split ("kill 😂 yourself",
 * "te voy 😂 a matar"): the comment is read again with those marks
 * blanked out (splitmarks.c), with a scratch of its own, since the
 * caller's still holds the comment's reading. When that reading holds the
 * comment, and more strongly than the first did, it is the comment's
 * verdict (*replaced). Returns 0, or a negative error. */
static int hold_split_phrase(const struct screen_model *m,
                             const struct screen_policy *p, const char *text,
                             size_t len, const struct screen_norm *n,
                             struct screen_verdict *out, bool *replaced)
{
    *replaced = false;
    char *unmarked;
    int rc = screen_split_marks_mask(&m->lex, n, text, len, &unmarked);
    if (rc || !unmarked)
        return rc;
    struct screen_scratch own;
    screen_scratch_init(&own);
    struct screen_verdict again;
    rc = screen_check_scratch(m, p, unmarked, len, &again, &own);
    screen_scratch_release(&own);
    free(unmarked);
    if (rc == 0 && again.hold && (!out->hold || again.score > out->score)) {
        *out = again;
        *replaced = true;
    }
    return rc;
}

int screen_check_scratch(const struct screen_model *m,
                         const struct screen_policy *p, const char *text,
                         size_t len, struct screen_verdict *out,
                         struct screen_scratch *sc)
{
    struct screen_policy defaults;
    if (!p) {
        screen_policy_init(&defaults);
        p = &defaults;
    }
    float thr =
        p->hold_threshold > 0 ? p->hold_threshold : SCREEN_DEFAULT_THRESHOLD;
    memset(out, 0, sizeof(*out));
    struct screen_hit hits[SCREEN_MAX_HITS];
    size_t nh = 0;
    float ph[SCREEN_NHEADS] = {0};
    /* words were taken out of the heads ("negro" as a colour, a harm no
     * one deserves, a slur named as a word, a countdown): the second look,
     * which would add them back, is not taken */
    bool released = false;
    int rc;
    const struct screen_lex *lx = m ? &m->lex : NULL;
    if (m) {
        rc = screen_normalize(&sc->n, lx, text, len);
        if (rc)
            goto fail;
        nh = screen_lex_scan(lx, &sc->n, hits, SCREEN_MAX_HITS);
        float z[SCREEN_NHEADS];
        rc = screen_score(m, &sc->n, hits, nh, sc, z);
        if (rc)
            goto fail;
        /* asked only of a comment the hold head could hold */
        if (m->hdr->scale[SCREEN_HEAD_HOLD] > 0 &&
            screen_sigmoid(z[SCREEN_HEAD_HOLD]) >=
                thr - SCREEN_SENTENCE_REACH) {
            rc = reaction_free(m, sc, text, hits, nh, z);
            if (rc)
                goto fail;
            uint32_t toks[RELEASE_MAX_TOKENS];
            size_t nt = screen_colour_tokens(&sc->n, toks, COLOUR_MAX_TOKENS);
            nt += denied_harm_tokens(&sc->n, hits, nh, toks + nt,
                                     RELEASE_MAX_TOKENS - nt);
            nt += named_slur_tokens(&sc->n, text, len, hits, nh, toks + nt,
                                    RELEASE_MAX_TOKENS - nt);
            nt += countdown_tokens(&sc->n, toks + nt, RELEASE_MAX_TOKENS - nt);
            /* a denied call to cast a people out is held as hate: asked
               only when the hold head holds and the identity_hate head
               leans that way */
            if (screen_sigmoid(z[SCREEN_HEAD_HOLD]) >= thr &&
                screen_sigmoid(z[SCREEN_HEAD(SCREEN_IDENTITY_HATE)]) >=
                    CAST_OUT_HATE_FLOOR)
                nt += screen_cast_out_denied(&sc->n, text, toks + nt,
                                             RELEASE_MAX_TOKENS - nt);
            rc = release_tokens(m, &sc->n, hits, nh, word_heads,
                                SCREEN_NWORDS(word_heads), false, toks, nt, z,
                                &released);
            if (rc)
                goto fail;
            /* abuse quoted to condemn it: only what the quoted words
             * added to the heads goes, not what they took away */
            nt = screen_judged_quote_tokens(&sc->n, text, len, toks,
                                            RELEASE_MAX_TOKENS);
            rc = release_tokens(m, &sc->n, hits, nh, word_heads,
                                SCREEN_NWORDS(word_heads), true, toks, nt, z,
                                &released);
            if (rc)
                goto fail;
        }
        /* the threat head learned "tus últimos días" from threats: what
         * a countdown's words add to it is taken out, the rest still
         * counts ("... de vacaciones, cuídate la espalda") */
        if (m->hdr->scale[SCREEN_HEAD(SCREEN_THREAT)] > 0 &&
            screen_sigmoid(z[SCREEN_HEAD(SCREEN_THREAT)]) >= thr) {
            uint32_t toks[RELEASE_MAX_TOKENS];
            size_t nt = countdown_tokens(&sc->n, toks, RELEASE_MAX_TOKENS);
            rc = release_tokens(m, &sc->n, hits, nh, threat_head, 1, true, toks,
                                nt, z, &released);
            if (rc)
                goto fail;
        }
        rc = release_wellwish(m, sc, text, hits, nh, thr, z, &released);
        if (rc)
            goto fail;
        rc = release_praise(m, sc, text, len, hits, nh, thr, z, &released);
        if (rc)
            goto fail;
        for (int h = 0; h < SCREEN_NHEADS; h++)
            ph[h] = m->hdr->scale[h] > 0 ? screen_sigmoid(z[h]) : 0.0f;
    } else {
        rc = screen_normalize(&sc->n, NULL, text, len);
        if (rc)
            goto fail;
    }
    const struct screen_norm *n = &sc->n;
    for (int c = 0; c < SCREEN_NCAT; c++)
        out->cat_score[c] = ph[SCREEN_HEAD(c)];
    float score = ph[SCREEN_HEAD_HOLD];
    struct span_list spans = {out->spans, 0, 0};
    /* lexicon rules. The model's features are the first
     * SCREEN_MAX_HITS hits; when a comment has that many (64 group names
     * in front of a threat, say), the rules are looked for again on their
     * own, so no padding hides one */
    struct screen_hit more[SCREEN_MAX_HITS];
    const struct screen_hit *rules = hits;
    size_t nrules = nh;
    if (nh == SCREEN_MAX_HITS) {
        nrules = screen_lex_scan_kind(lx, &sc->n, more, SCREEN_MAX_HITS,
                                      SCREEN_LEX_RULE);
        rules = more;
    }
    struct rule_state rs = {out, &score, 0, &spans, n, text, len};
    /* a threat phrase inside quotation marks is a report of a threat
     * ("la manta decía: «te vamos a desaparecer»"), as for the grammars
     * below, which share this map; slurs and insults hold quoted too
     * (scare quotes) */
    struct screen_quotes qs;
    qs.marked = false;
    /* the threat head, unless what it reads is reported (asked only when
     * it could hold the comment or name its category) */
    float ph_threat = ph[SCREEN_HEAD(SCREEN_THREAT)];
    bool void_threat = (ph_threat > score || ph_threat >= thr) &&
                       threat_head_void(n, text, len, &qs, rules, nrules);
    if (!void_threat && ph_threat >= thr + SCREEN_THREAT_HEAD_MARGIN &&
        screen_lawful_consequence(n, rules, nrules))
        void_threat = true;
    if (void_threat) {
        ph[SCREEN_HEAD(SCREEN_THREAT)] = 0.0f;
        out->cat_score[SCREEN_THREAT] = 0.0f;
    }
    score = model_hold_score(ph, thr, void_threat);
    /* the threats, kept aside until the whole comment is read: a reader
     * who fears for the reporter is not threatening (concern.c). At most
     * SCREEN_MAX_HITS lexicon hits (screen_lex_scan's max) and
     * SCREEN_GRAMMAR_MAX grammar matches. */
    struct screen_match threats[SCREEN_MAX_HITS + SCREEN_GRAMMAR_MAX];
    size_t nthreats = 0;
    size_t last_days = SIZE_MAX;
    bool looked_last_days = false;
    for (size_t i = 0; i < nrules; i++) {
        const struct screen_lex_entry *e = rules[i].e;
        if (e->kind != SCREEN_LEX_RULE)
            continue;
        if (e->cat == SCREEN_THREAT) {
            if (!looked_last_days) {
                last_days = last_days_of_a_time(n, &(size_t){0});
                looked_last_days = true;
            }
            bool counts_down = last_days >= rules[i].tok &&
                               last_days < rules[i].tok + rules[i].ntok;
            if (!counts_down &&
                !screen_quoted(&qs, n, text, len, rules[i].tok) &&
                !threat_negated(n, text, e, rules[i].tok) &&
                !threat_lamented(n, text, len, rules[i].tok) &&
                !threat_told(n, e, rules[i].tok) &&
                !screen_call_told_against(n, text, len, rules[i].tok,
                                          rules[i].tok + rules[i].ntok) &&
                !screen_feared(n, rules[i].tok) &&
                !threat_gives(n, e, rules[i].tok, rules[i].ntok))
                threats[nthreats++] =
                    (struct screen_match){rules[i].tok, rules[i].ntok};
            continue;
        }
        /* a phrase of hate (not a lone slur) named to refute or report
         * it: "the idea that Jews control the banks is a lie" */
        if (e->cat == SCREEN_IDENTITY_HATE && rules[i].ntok > 1 &&
            screen_refuted(n, text, rules[i].tok, rules[i].ntok))
            continue;
        /* a lone slur or insult named as a word: 'called them
         * "wetbacks", that word is disgusting', 'shouting "puto" at a
         * goalkeeper' */
        if ((e->cat == SCREEN_IDENTITY_HATE || e->cat == SCREEN_INSULT) &&
            rules[i].ntok == 1 &&
            screen_named_as_word(n, text, len, rules[i].tok))
            continue;
        /* a slur told as what others called someone: "I got called a
         * wetback in school", "me gritaban joto" */
        if (e->cat == SCREEN_IDENTITY_HATE && rules[i].ntok == 1 &&
            screen_called_unquoted(n, text, rules[i].tok))
            continue;
        /* a lone insult the writer calls themself: "me siento bien
         * pendejo" */
        if (e->cat == SCREEN_INSULT && rules[i].ntok == 1 &&
            screen_said_of_self(n, rules[i].tok))
            continue;
        /* a slur the writer claims: "Jotos somos, ¿y qué?", "Como joto
         * orgulloso les digo" */
        if (e->cat == SCREEN_IDENTITY_HATE && rules[i].ntok == 1 &&
            screen_slur_claimed(n, text, rules[i].tok))
            continue;
        rule_hit(&rs, e->cat, rules[i].tok, rules[i].ntok);
    }
    /* threats, dehumanising talk and harassment in the reader's own
     * words (the rule grammars) */
    struct screen_match gm[SCREEN_GRAMMAR_MAX];
    int gcat[SCREEN_GRAMMAR_MAX];
    const struct screen_grammar *gfrom[SCREEN_GRAMMAR_MAX];
    size_t ng = screen_grammars_find(n, text, len, &qs, gm, gcat, gfrom,
                                     SCREEN_GRAMMAR_MAX);
    for (size_t i = 0; i < ng; i++) {
        /* a veiled threat ("or it'll be your funeral") is never a fear */
        if (gcat[i] == SCREEN_THREAT && gfrom[i] == &screen_threat_grammar)
            threats[nthreats++] = gm[i];
        else
            rule_hit(&rs, gcat[i], gm[i].tok, gm[i].ntok);
    }
    struct screen_match life;
    if (nthreats < sizeof(threats) / sizeof(*threats) &&
        life_counted_down(n, text, &life) &&
        !screen_quoted(&qs, n, text, len, life.tok))
        threats[nthreats++] = life;
    struct screen_match self;
    if (nthreats < sizeof(threats) / sizeof(*threats) &&
        self_harm_ordered(n, text, len, &self) &&
        !screen_quoted(&qs, n, text, len, self.tok))
        threats[nthreats++] = self;
    struct screen_match tag;
    if (nthreats < sizeof(threats) / sizeof(*threats) &&
        screen_hashtag_threat(lx, n, text, len, &sc->hashtag, &tag) &&
        !screen_quoted(&qs, n, text, len, tag.tok) &&
        !match_listed(threats, nthreats, tag.tok))
        threats[nthreats++] = tag;
    if (!screen_concern(n, threats, nthreats))
        for (size_t i = 0; i < nthreats; i++)
            rule_hit(&rs, SCREEN_THREAT, threats[i].tok, threats[i].ntok);
    /* an offer with a way to take it up (scam.c): the spam head alone
     * would hold a reader's source */
    struct screen_match scam;
    if (screen_scam(n, text, len, &scam))
        rule_hit(&rs, SCREEN_SPAM, scam.tok, scam.ntok);
    unsigned rule_cats = rs.cats;
    /* doxxing guard */
    struct screen_span dsp[SCREEN_MAX_SPANS];
    size_t nd = screen_guard(text, len, n, dsp, SCREEN_MAX_SPANS);
    nd += screen_exposed(n, text, len, dsp + nd, SCREEN_MAX_SPANS - nd);
    /* the site's word lists */
    const char *lists[SCREEN_NLISTS] = {
        [SCREEN_LIST_PROTECTED] = p->protected_names,
        [SCREEN_LIST_BANNED] = p->banned_words,
        [SCREEN_LIST_SUSPECT] = p->suspect_words};
    struct screen_listed found[SCREEN_NLISTS];
    int listed = screen_wordlists_find(sc->lists, lx, m ? m->hdr->checksum : 0,
                                       n, text, lists, found);
    if (listed < 0) {
        rc = listed;
        goto fail;
    }
    out->doxxing = nd > 0;
    if (listed & (1 << SCREEN_LIST_PROTECTED)) {
        const struct screen_listed *f = &found[SCREEN_LIST_PROTECTED];
        copy_entry(out->protected_name, sizeof(out->protected_name), f);
        uint32_t off, l;
        tok_span(n, text, len, f->tok, f->ntok, &off, &l);
        if (nd == SCREEN_MAX_SPANS)
            nd--; /* the name matters more than the last guard match */
        dsp[nd++] = (struct screen_span){off, l, SCREEN_DOXXING, 4.0f};
    }
    for (size_t i = 0; i < nd; i++)
        span_add(&spans, dsp[i].offset, dsp[i].len, SCREEN_DOXXING, 4.0f);
    float model_score = score; /* before the guard's 1.0 */
    /* a display name with no word of the lists and no rule but the
     * guard's is a name, whatever the model makes of it: "María Fernanda
     * López" scored 0.53 for the women the comment sections' harassment
     * named so */
    bool score_may_hold = !p->display_name || nh > 0 || rule_cats != 0;
    if (nd) {
        rule_cats |= 1u << SCREEN_DOXXING;
        out->cat_score[SCREEN_DOXXING] = 1.0f;
        score = 1.0f;
    }
    if (listed & (1 << SCREEN_LIST_BANNED)) {
        const struct screen_listed *f = &found[SCREEN_LIST_BANNED];
        out->banned = true;
        copy_entry(out->banned_word, sizeof(out->banned_word), f);
        uint32_t off, l;
        tok_span(n, text, len, f->tok, f->ntok, &off, &l);
        span_add(&spans, off, l, -1, 5.0f);
    }
    int suspect = 0;
    if (listed & (1 << SCREEN_LIST_SUSPECT)) {
        const struct screen_listed *f = &found[SCREEN_LIST_SUSPECT];
        suspect = 1;
        copy_entry(out->suspect_word, sizeof(out->suspect_word), f);
        uint32_t off, l;
        tok_span(n, text, len, f->tok, f->ntok, &off, &l);
        span_add(&spans, off, l, -1, 3.0f);
    }
    if (score > 1.0f)
        score = 1.0f;
    /* the tokens whose rows sc holds for the highlight: all of them, or
     * the sentence the second look held */
    size_t tok0 = 0, ntok_scored = n->ntok;
    if (m && score < thr && !out->banned && !suspect && nd == 0 && !released &&
        (ph[SCREEN_HEAD_HOLD] >= thr - SCREEN_SENTENCE_REACH ||
         n->ntok >= SCREEN_SENTENCE_LONG)) {
        struct screen_sentence best;
        rc = screen_sentence_look(m, sc, text, len, &qs, hits, nh,
                                  thr + SCREEN_SENTENCE_MARGIN, &best);
        if (rc < 0)
            goto fail;
        if (rc) {
            for (int h = 0; h < SCREEN_NHEADS; h++) {
                float q =
                    m->hdr->scale[h] > 0 ? screen_sigmoid(best.z[h]) : 0.0f;
                if (void_threat && h == SCREEN_HEAD(SCREEN_THREAT))
                    continue;
                if (q > ph[h])
                    ph[h] = q;
            }
            for (int c = 0; c < SCREEN_NCAT; c++)
                if (ph[SCREEN_HEAD(c)] > out->cat_score[c])
                    out->cat_score[c] = ph[SCREEN_HEAD(c)];
            score = model_hold_score(ph, thr, void_threat);
            tok0 = best.first;
            ntok_scored = best.ntok;
            rc = 0;
        }
    }
    out->score = score;
    out->over_threshold = (nd ? model_score : score) >= thr && score_may_hold;
    out->hold =
        (score >= thr && score_may_hold) || out->banned || suspect || nd > 0;
    /* a site that publishes swearing: whether it is swearing alone is
     * asked last (publish_swearing reads the comment again) */
    bool may_publish = out->hold && m && p->publish_profanity && !out->banned &&
                       !suspect && nd == 0 &&
                       !(rule_cats & ~(1u << SCREEN_PROFANITY)) &&
                       nh < SCREEN_MAX_HITS;
    /* the category: the most severe one a rule fired for (learned heads
     * overlap, so their argmax says less), else model_category's */
    int top = -1;
    for (int k = 0; rule_cats && k < SCREEN_NCAT && top < 0; k++)
        if ((rule_cats >> model_severity[k]) & 1)
            top = model_severity[k];
    if (top < 0 && out->hold)
        top = model_category(out->cat_score, hits, nh);
    if (out->hold && out->cat_score[top] > 0)
        out->category = cat_names[top];
    /* explain: what each word added to the logit of the head that held
     * the comment (the threat head's when it did, over the whole
     * comment; else the hold head's) */
    float p_threat = ph[SCREEN_HEAD(SCREEN_THREAT)];
    bool by_threat_head = !void_threat && tok0 == 0 && ntok_scored == n->ntok &&
                          p_threat >= thr + SCREEN_THREAT_HEAD_MARGIN &&
                          p_threat > ph[SCREEN_HEAD_HOLD];
    if (m && out->hold && n->ntok) {
        /* words the model weighed are tagged with the category its heads
         * name, not with what a rule or the guard found */
        float learned[SCREEN_NCAT];
        for (int c = 0; c < SCREEN_NCAT; c++)
            learned[c] = ph[SCREEN_HEAD(c)];
        /* with no rule fired, the category scores are the heads' */
        int model_top = rule_cats ? model_category(learned, hits, nh) : top;
        if (learned[model_top] <= 0)
            model_top = -1;
        /* screen_score left each word's n-gram, unigram and bigram rows
         * (hold head) in tok_hold and the lexicon and shape features in
         * extra */
        float k = m->hdr->scale[SCREEN_HEAD_HOLD];
        float inv = screen_ngram_scale(sc->nscaled);
        /* in a local: the calls in the last loop would make the compiler
         * read sc->contrib again for every word */
        float *contrib = sc->contrib;
        if (by_threat_head) {
            rc = head_contrib(m, n, hits, nh, SCREEN_HEAD(SCREEN_THREAT),
                              contrib);
            if (rc)
                goto fail;
        } else {
            for (size_t t = 0; t < ntok_scored; t++)
                contrib[t] = k * inv * (float)sc->tok_hold[t];
            for (size_t i = sc->ncross; i < sc->nextra; i++) {
                uint32_t t = sc->extra[i].tok;
                if (t < ntok_scored)
                    contrib[t] +=
                        k *
                        (float)
                            m->w[(size_t)sc->extra[i].bucket * SCREEN_NHEADS +
                                 SCREEN_HEAD_HOLD];
            }
        }
        /* a word is marked when it added at least SCREEN_SPAN_MIN to the
         * logit and at least SCREEN_SPAN_SHARE of what the word that added
         * most did: a common word that leans a little ("por", "ja") is not
         * what the moderator needs to see beside the words that decided;
         * a word of the lexicons is marked whenever it leans enough */
        float most = 0.0f;
        for (size_t t = 0; t < ntok_scored; t++)
            if (contrib[t] > most)
                most = contrib[t];
        float floor = most * SCREEN_SPAN_SHARE;
        if (floor < SCREEN_SPAN_MIN)
            floor = SCREEN_SPAN_MIN;
        for (size_t t = 0; t < ntok_scored; t++) {
            if (contrib[t] < SCREEN_SPAN_MIN ||
                (contrib[t] < floor && !in_lexicon_hit(hits, nh, tok0 + t)))
                continue;
            uint32_t off, l;
            tok_span(n, text, len, tok0 + t, 1, &off, &l);
            int cat = model_top >= 0 ? model_top : -1;
            span_add(&spans, off, l, cat,
                     contrib[t] < 1.9f ? contrib[t] : 1.9f);
        }
    }
    span_sort(spans.sp, spans.n);
    out->nspans = spans.n;
    /* emoji or laughter among a phrase's words: the phrase read as if
     * they were not there, held or not, so its category and highlight are
     * the phrase's (a site that publishes swearing asks that reading too) */
    if (m && (!out->hold || out->score < rule_score[SCREEN_THREAT])) {
        /* (a phrase scores at most a threat's; a comment held as high
           has nothing to gain from the second reading) */
        bool replaced;
        rc = hold_split_phrase(m, p, text, len, &sc->n, out, &replaced);
        if (rc)
            goto fail;
        if (replaced)
            return 0;
    }
    if (may_publish) {
        rc = publish_swearing(m, p, text, len, hits, nh, out, sc);
        if (rc)
            goto fail;
    }
    return 0;
fail:
    verdict_fail_closed(out);
    return rc;
}

/*
 * screen_check keeps one scratch per thread (server threads live long), so
 * a check allocates nothing once a thread's buffers have grown to its
 * comments' size, and the word cache (score.c) stays warm. The key's
 * destructor frees the scratch when the thread ends.
 */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_key_ok;

static void scratch_destroy(void *p)
{
    struct screen_scratch *sc = p;
    screen_scratch_release(sc);
    free(sc);
}

static void scratch_key_init(void)
{
    scratch_key_ok = pthread_key_create(&scratch_key, scratch_destroy) == 0;
}

static struct screen_scratch *scratch_for_thread(void)
{
    pthread_once(&scratch_once, scratch_key_init);
    if (!scratch_key_ok)
        return NULL;
    struct screen_scratch *sc = pthread_getspecific(scratch_key);
    if (sc)
        return sc;
    sc = malloc(sizeof(*sc));
    if (!sc)
        return NULL;
    screen_scratch_init(sc);
    if (pthread_setspecific(scratch_key, sc) != 0) {
        free(sc);
        return NULL;
    }
    return sc;
}

int screen_check(const struct screen_model *m, const struct screen_policy *p,
                 const char *text, size_t len, struct screen_verdict *out)
{
    struct screen_scratch *sc = scratch_for_thread();
    if (sc)
        return screen_check_scratch(m, p, text, len, out, sc);
    struct screen_scratch local;
    screen_scratch_init(&local);
    int rc = screen_check_scratch(m, p, text, len, out, &local);
    screen_scratch_release(&local);
    return rc;
}
