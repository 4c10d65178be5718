/*
 * wordclass.c - what the rule grammars (threats.c, veiled.c, ...) share:
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
#include <pthread.h>
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
        b = screen_word_bit(h);
        t->start_words[b >> 6] |= 1ull << (b & 63);
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

/* Taken only while a table is built, once per grammar. */
static pthread_mutex_t wc_build_lock = PTHREAD_MUTEX_INITIALIZER;

const struct screen_wordclasses *screen_wc_build(struct screen_wc_list *l)
{
    pthread_mutex_lock(&wc_build_lock);
    if (!atomic_load_explicit(&l->built, memory_order_relaxed)) {
        screen_wc_put_list(&l->table, l->start, l->words, l->n);
        atomic_store_explicit(&l->built, true, memory_order_release);
    }
    pthread_mutex_unlock(&wc_build_lock);
    return &l->table;
}

void screen_anchors_build(struct screen_anchors *a)
{
    pthread_mutex_lock(&wc_build_lock);
    if (!atomic_load_explicit(&a->built, memory_order_relaxed)) {
        for (size_t i = 0; i < a->n; i++) {
            size_t b = screen_word_bit(
                screen_hash(a->words[i], strlen(a->words[i]), 0));
            a->bits[b >> 6] |= 1ull << (b & 63);
        }
        atomic_store_explicit(&a->built, true, memory_order_release);
    }
    pthread_mutex_unlock(&wc_build_lock);
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

/* The first and last token of n with a class of cls, from n->any or read
 * now and kept there; *first is SIZE_MAX when none has. */
static void wc_first_last(const struct screen_wordclasses *t,
                          const struct screen_norm *n, uint64_t cls,
                          size_t *first, size_t *last)
{
    struct screen_anywhere *any = n->any;
    for (size_t k = 0; any && k < any->n; k++)
        if (any->kept[k].t == t && any->kept[k].cls == cls) {
            *first = any->kept[k].first;
            *last = any->kept[k].last;
            return;
        }
    *first = SIZE_MAX;
    *last = 0;
    for (size_t j = 0; j < n->ntok; j++)
        if (screen_wc_class(t, n->tok[j].hash) & cls) {
            if (*first == SIZE_MAX)
                *first = j;
            *last = j;
        }
    if (any && any->n < SCREEN_ANYWHERE_KEPT)
        any->kept[any->n++] =
            (struct screen_anywhere_kept){t, cls, *first, *last};
}

bool screen_wc_anywhere(const struct screen_wordclasses *t,
                        const struct screen_norm *n, uint64_t cls, size_t a,
                        size_t b)
{
    size_t first, last;
    wc_first_last(t, n, cls, &first, &last);
    /* tokens [a, b) are one run, so one outside it is the first or the
     * last */
    return first != SIZE_MAX && (a >= b || first < a || last >= b);
}

bool screen_tok_symbol(const struct screen_norm *n, size_t j)
{
    return j < n->ntok && (unsigned char)n->text[n->tok[j].off] >= 0xe2;
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

bool screen_window_clause_end(const struct screen_window *w, size_t j)
{
    if (j + 1 >= w->e)
        return true;
    const struct screen_tok *a = &w->n->tok[j], *b = &w->n->tok[j + 1];
    for (size_t q = (size_t)a->orig_off + a->orig_len; q < b->orig_off; q++) {
        char c = w->text[q];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
            return true;
    }
    return false;
}

bool screen_tok_pause_after(const struct screen_norm *n, const char *text,
                            size_t j)
{
    if (j + 1 >= n->ntok)
        return false;
    for (uint32_t q = n->tok[j].orig_off + n->tok[j].orig_len;
         q < n->tok[j + 1].orig_off; q++)
        if (text[q] == ',' || text[q] == ':' || text[q] == '.' ||
            text[q] == '-')
            return true;
    return false;
}

bool screen_window_sign_after(const struct screen_window *w, size_t j,
                              const char *signs)
{
    if (j < w->s || j + 1 >= w->e)
        return false;
    const struct screen_tok *a = &w->n->tok[j], *b = &w->n->tok[j + 1];
    for (uint32_t q = a->orig_off + a->orig_len; q < b->orig_off; q++)
        if (w->text[q] && strchr(signs, w->text[q]))
            return true;
    return false;
}

size_t screen_window_find(const struct screen_window *w, size_t a, size_t reach,
                          uint64_t cls)
{
    for (size_t j = a; j < w->e && j < a + reach; j++)
        if (screen_window_class(w, j) & cls)
            return j;
    return SIZE_MAX;
}

bool screen_window_is(const struct screen_window *w, size_t j, const char *word)
{
    if (j < w->s || j >= w->e)
        return false;
    const struct screen_tok *t = &w->n->tok[j];
    const char *x = w->n->text + t->off;
    /* the first letter first: most words differ there, and strlen is
     * then not asked */
    if (!t->len || x[0] != word[0])
        return false;
    size_t l = strlen(word);
    return t->len == l && memcmp(x, word, l) == 0;
}

bool screen_window_in(const struct screen_window *w, size_t j,
                      const char *const *words, size_t nw)
{
    if (j < w->s || j >= w->e)
        return false;
    return screen_tok_in(w->n, j, words, nw);
}

/* The quotation marks: each closes only what its own kind opened. */
enum quote_kind {
    Q_NONE,
    Q_STRAIGHT,        /* "..." */
    Q_STRAIGHT_SINGLE, /* '...' (between words only: never "don't") */
    Q_CURLY,           /* U+201C ... U+201D */
    Q_CURLY_SINGLE,    /* U+2018 ... U+2019 */
    Q_GUILLEMET        /* U+00AB ... U+00BB */
};

/* The quotation mark at text[q] (len bytes): its kind (Q_NONE: none),
 * *closes whether it can only close (a straight quote does either); *w
 * gets its length in bytes. */
/* Whether byte c belongs to a word: a letter, a digit, or a byte of a
 * character beyond ASCII. */
static bool quote_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80;
}

static enum quote_kind quote_mark(const unsigned char *s, size_t q, size_t len,
                                  bool *closes, size_t *w)
{
    *w = 1;
    *closes = false;
    if (s[q] == '"')
        return Q_STRAIGHT;
    if (s[q] == '\'') {
        /* opens before a word and not after one, closes after a word and
         * not before one ("he said 'we will', then left") */
        bool after_word = q > 0 && quote_word_byte(s[q - 1]);
        bool before_word = q + 1 < len && quote_word_byte(s[q + 1]);
        if (after_word == before_word)
            return Q_NONE;
        *closes = after_word;
        return Q_STRAIGHT_SINGLE;
    }
    if (s[q] == 0xe2 && q + 2 < len && s[q + 1] == 0x80 && s[q + 2] >= 0x98 &&
        s[q + 2] <= 0x9d && s[q + 2] != 0x9a && s[q + 2] != 0x9b) {
        *w = 3;
        *closes = s[q + 2] == 0x99 || s[q + 2] == 0x9d;
        return s[q + 2] <= 0x99 ? Q_CURLY_SINGLE : Q_CURLY;
    }
    if (s[q] == 0xc2 && q + 1 < len && (s[q + 1] == 0xab || s[q + 1] == 0xbb)) {
        *w = 2;
        *closes = s[q + 1] == 0xbb;
        return Q_GUILLEMET;
    }
    return Q_NONE;
}

bool screen_quote_opens_at(const char *text, size_t len, size_t q)
{
    bool closes;
    size_t w;
    return quote_mark((const unsigned char *)text, q, len, &closes, &w) !=
               Q_NONE &&
           !closes;
}

/* Words that tell someone else's words: a quotation is a report only
 * with one of them just before it or just after it ("la manta decía:
 * «...»", 'he wrote "..." on the wall', '«...», dijo'). Third person and
 * past forms only: "un mensaje para ti: «...»" and 'read this: "..."'
 * are the writer's own words. What such words are left on and told
 * again count too: '"..." is what they write on these leaflets', 'the
 * brother repeated "..."', '"..." es de las frases que más se repiten';
 * so do what witnesses stated or someone ordered ('declararon que ...
 * "..."', 'les ordenaron "..."'), someone yelling it or calling for it.
 * Not words a writer may offer as their own: "te dejo este audio:",
 * "screenshot this:", "quote me:", "¿oyeron?", "quiero decirle". */
static const char *const report_words[] = {
    "said",        "says",       "say",        "told",       "tells",
    "wrote",       "writes",     "yelled",     "shouted",    "screamed",
    "threatened",  "threat",     "threats",    "reads",      "received",
    "according",   "saying",     "published",  "posted",     "dijo",
    "dice",        "decia",      "decian",     "dijeron",    "escribio",
    "escribieron", "grito",      "gritaron",   "gritaba",    "gritando",
    "amenaza",     "amenazas",   "amenazo",    "amenazaron", "manta",
    "mantas",      "narcomanta", "letrero",    "cartulina",  "recibio",
    "recibieron",  "dejaron",    "mandaron",   "pusieron",   "publicaron",
    "colgaron",    "leia",       "diciendo",   "pintaron",   "painted",
    "quotes",      "quoted",     "quoting",    "reading",    "seeing",
    "viendo",      "got",        "sent",       "texted",     "warned",
    "cito",        "advirtio",   "leyendo",    "comments",   "comentarios",
    "heard",       "hearing",    "escuchando", "oigo",       "puso",
    "comento",     "comentaron", "claimed",    "claims",     "tweeted",
    "tuiteo",      "frase",      "phrase",     "read",       "note",
    "message",     "messages",   "mensaje",    "mensajes",   "chat",
    "call",        "calls",      "llamada",    "llamadas",   "extortion",
    "extorsion",   "decir",      "digan",      "comentario", "comment",
    "called",      "llamo",      "llamaron",   "preguntan",  "asks",
    "asking",      "dicen",      "escribe",    "writes",     "writing",
    "escriben",    "written",    "pintas",     "pinta",      "graffiti",
    "pinto",       "tell",       "pensaba",    "pensaban",   "creia",
    "creian",      "grita",      "gritan",     "gritaban",   "yells",
    "ponen",       "pone",       "postean",    "posting",    "posts",
    "advirtieron", "advierten",  "motto",      "lema",       "slogan",
    "eslogan",     "dicho",      "messaged",   "policy",     "repeated",
    "repeats",     "repitio",    "repiten",    "leaflet",    "leaflets",
    "flyer",       "flyers",     "volante",    "volantes",   "panfleto",
    "panfletos",   "frases",     "phrases",    "declararon", "conto",
    "contaron",    "ordenaron",  "calling",    "yelling",    "describe",
    "describes",   "describen",
};
/* ... unless the writer is its subject: "I say it again: «...»", "les
 * digo" (or it is addressed to "you": "un mensaje para ti: «...»"; but
 * "te dijeron", "les dicen" are others' words told) */
static const char *const report_self[] = {"i",    "we", "ill", "well",
                                          "lets", "te", "les"};

/* Whether the len > 0 bytes at x are the string word: compared byte by
 * byte, which stops at the first that differs (most words differ early),
 * where strlen would read all of word first. */
static bool tok_spells(const char *x, size_t len, const char *word)
{
    size_t i = 0;
    while (i < len && word[i] && word[i] == x[i])
        i++;
    return i == len && word[len] == '\0';
}

bool screen_tok_in(const struct screen_norm *n, size_t j,
                   const char *const *words, size_t nw)
{
    if (j >= n->ntok)
        return false;
    const struct screen_tok *t = &n->tok[j];
    const char *x = n->text + t->off;
    if (!t->len)
        return false;
    for (size_t k = 0; k < nw; k++)
        if (words[k][0] == x[0] && tok_spells(x, t->len, words[k]))
            return true;
    return false;
}

bool screen_tok_alt_is(const struct screen_norm *n, size_t j, const char *alts)
{
    char word[32];
    while (*alts) {
        size_t l = strcspn(alts, "|");
        if (l < sizeof(word)) {
            memcpy(word, alts, l);
            word[l] = '\0';
            if (screen_tok_is(n, j, word))
                return true;
        }
        alts += l;
        if (*alts == '|')
            alts++;
    }
    return false;
}

bool screen_tok_possessive(const struct screen_norm *n, const char *text,
                           size_t len, size_t j)
{
    if (j >= n->ntok)
        return false;
    const struct screen_tok *t = &n->tok[j];
    const char *o = text + t->orig_off;
    size_t ol = t->orig_len, after = t->orig_off + ol;
    /* "reporter's" (the normaliser dropped the apostrophe: "reporters") */
    if ((ol > 2 && o[ol - 2] == '\'' && (o[ol - 1] | 0x20) == 's') ||
        (ol > 4 && memcmp(o + ol - 4, "\xe2\x80\x99", 3) == 0 &&
         (o[ol - 1] | 0x20) == 's'))
        return true;
    /* "the killers' photos": the apostrophe after the word */
    return (o[ol - 1] | 0x20) == 's' &&
           ((after < len && text[after] == '\'') ||
            (after + 3 <= len && memcmp(text + after, "\xe2\x80\x99", 3) == 0));
}

/* How far before a quotation's first word, and after its last, a word of
 * report may stand. */
#define QUOTE_REPORT_BEFORE 6
#define QUOTE_REPORT_AFTER 7

/* Whether a word of report stands among tokens [a, b) of n. */
static bool quotes_report_in(const struct screen_norm *n, size_t a, size_t b)
{
    for (size_t j = a; j < b && j < n->ntok; j++) {
        if (!screen_tok_in(n, j, report_words,
                           sizeof(report_words) / sizeof(*report_words)))
            continue;
        /* "te dijeron", "les dicen": others told "you" or "them", still
         * a report */
        static const char *const told_them[] = {
            "dijo",     "dijeron",  "dice",     "dicen",      "decia",
            "decian",   "escribio", "gritaron", "amenazaron", "amenazo",
            "mandaron", "dejaron",  "advirtio", "grito"};
        if (j > 0 &&
            screen_tok_in(n, j - 1, report_self,
                          sizeof(report_self) / sizeof(*report_self)) &&
            !screen_tok_in(n, j, told_them, SCREEN_NWORDS(told_them)))
            continue;
        /* a message is the writer's own when it is for "you" ("un
         * mensaje para ti") or "I" sent it ("I sent you a message") */
        static const char *const message[] = {"message", "messages", "mensaje",
                                              "mensajes", "chat"};
        static const char *const to[] = {"para", "for"};
        static const char *const you[] = {"ti", "you", "usted", "ustedes"};
        static const char *const mine[] = {"i",   "we", "my",
                                           "our", "mi", "nuestro"};
        if (screen_tok_in(n, j, message, 5)) {
            bool own = screen_tok_in(n, j + 1, to, 2) &&
                       screen_tok_in(n, j + 2, you, 4);
            for (size_t k = j > 4 ? j - 4 : 0; k < j && !own; k++)
                own = screen_tok_in(n, k, mine, 6);
            if (own)
                continue;
        }
        return true;
    }
    return false;
}

/* Whether the quotation of tokens [from, to) names words rather than
 * says them, with no word of report near: a phrase made a label for
 * those who say it ('the "shoot them at the border" crowd', 'los de
 * "dispárenles en la frontera"'; not 'los "sin papeles" no pagan', the
 * writer's own sneer), or one of a list of quotations with nothing or only
 * "and"/"y" between them ('"Invaders," "vermin," "cockroaches."'), each
 * of at most QUOTE_LIST_WORDS words: [prev_from, prev_to) is the
 * quotation before it (prev_to 0 if none). */
#define QUOTE_LIST_WORDS 3
static bool quotes_named(const struct screen_norm *n, size_t from, size_t to,
                         size_t prev_from, size_t prev_to)
{
    static const char *const the[] = {"the", "those", "that"};
    static const char *const los[] = {"los", "las", "el", "la"};
    static const char *const of[] = {"de"};
    static const char *const label[] = {
        "crowd", "people", "folks",    "types",     "brigade", "camp",
        "crew",  "line",   "argument", "narrative", "gente",   "bola"};
    static const char *const joins[] = {"and", "or", "y", "o", "e"};
    if (to == from)
        return false;
    /* a label for those who say it: 'the "..." crowd', 'los de "..."' */
    if (to - from >= 2 && from > 0 &&
        ((screen_tok_in(n, from - 1, the, SCREEN_NWORDS(the)) &&
          screen_tok_in(n, to, label, SCREEN_NWORDS(label))) ||
         (from > 1 && screen_tok_in(n, from - 1, of, 1) &&
          screen_tok_in(n, from - 2, los, SCREEN_NWORDS(los)))))
        return true;
    /* a list names words or short phrases: "Invaders," "vermin," */
    return prev_to && to - from <= QUOTE_LIST_WORDS &&
           prev_to - prev_from <= QUOTE_LIST_WORDS &&
           (from == prev_to ||
            (from == prev_to + 1 &&
             screen_tok_in(n, prev_to, joins, SCREEN_NWORDS(joins))));
}

/* Whether the words right after a quotation ending before token i deny
 * it: '"que los maten a todos" no es justicia', '"shoot them all" is not
 * an answer', '"let them rot" isn't justice'. */
static bool quotes_denied_after(const struct screen_norm *n, size_t i)
{
    static const char *const no[] = {"no"}, *const es[] = {"es", "son", "era"};
    static const char *const is[] = {"is", "are", "was"}, *const not [] = {
                                                              "not"};
    static const char *const isnt[] = {"isnt", "arent", "wasnt"};
    /* "no es broma", "is not a joke": a threat's own words, insisting */
    static const char *const joke[] = {"broma",  "joke",    "juego",   "game",
                                       "chiste", "kidding", "mentira", "lie",
                                       "cuento", "a",       "una",     "un"};
    size_t k;
    if (screen_tok_in(n, i, no, 1) && screen_tok_in(n, i + 1, es, 3))
        k = i + 2;
    else if (screen_tok_in(n, i, is, 3) && screen_tok_in(n, i + 1, not, 1))
        k = i + 2;
    else if (screen_tok_in(n, i, isnt, 3))
        k = i + 1;
    else
        return false;
    if (screen_tok_in(n, k, joke, SCREEN_NWORDS(joke) - 3))
        return false;
    return !(screen_tok_in(n, k, joke + SCREEN_NWORDS(joke) - 3, 3) &&
             screen_tok_in(n, k + 1, joke, SCREEN_NWORDS(joke) - 3));
}

static void quotes_mark(struct screen_quotes *qs, const struct screen_norm *n,
                        const char *text, size_t len)
{
    memset(qs->bits, 0, sizeof(qs->bits));
    size_t nt = n->ntok < SCREEN_QUOTE_TOKENS ? n->ntok : SCREEN_QUOTE_TOKENS;
    qs->ntok = nt;
    const unsigned char *s = (const unsigned char *)text;
    enum quote_kind in = Q_NONE;       /* the quotation we are inside */
    size_t from = 0;                   /* its first token */
    size_t prev_from = 0, prev_to = 0; /* the quotation before */
    size_t q = 0;
    for (size_t i = 0; i <= nt; i++) {
        size_t upto = i < nt ? n->tok[i].orig_off : len;
        if (upto > len)
            upto = len;
        /* a quotation in single quotes ends with its sentence: a stray
         * mark must not hide the sentences after it */
        if ((in == Q_STRAIGHT_SINGLE || in == Q_CURLY_SINGLE) && i > from &&
            i < nt && screen_sentence_break(text, &n->tok[i - 1], &n->tok[i]))
            in = Q_NONE;
        for (; q < upto;) {
            size_t w;
            bool closes;
            enum quote_kind k = quote_mark(s, q, len, &closes, &w);
            if (in == Q_NONE && k != Q_NONE && !closes) {
                in = k;
                from = i;
            } else if (in != Q_NONE && k == in && (closes || k == Q_STRAIGHT)) {
                /* closed: tokens [from, i) were quoted, a report if a
                 * word of report stands near */
                size_t before =
                    from > QUOTE_REPORT_BEFORE ? from - QUOTE_REPORT_BEFORE : 0;
                bool listed = quotes_named(n, from, i, prev_from, prev_to);
                if (quotes_report_in(n, before, from) ||
                    quotes_report_in(n, i, i + QUOTE_REPORT_AFTER) ||
                    quotes_denied_after(n, i) || listed)
                    for (size_t j = from; j < i; j++)
                        qs->bits[j >> 6] |= 1ull << (j & 63);
                /* the quotation before is one of the list too */
                if (listed && prev_to && from <= prev_to + 1)
                    for (size_t j = prev_from; j < prev_to; j++)
                        qs->bits[j >> 6] |= 1ull << (j & 63);
                if (i > from) {
                    prev_from = from;
                    prev_to = i;
                }
                in = Q_NONE;
            }
            q += w;
        }
        if (i < nt) {
            size_t end = n->tok[i].orig_off + n->tok[i].orig_len;
            q = end > q ? end : q;
        }
    }
    /* a quotation never closed quotes nothing (bits are set only when it
     * closes): a stray mark must not hide the rest of the comment */
}

bool screen_quoted(struct screen_quotes *qs, const struct screen_norm *n,
                   const char *text, size_t len, size_t tok)
{
    if (!qs->marked) {
        quotes_mark(qs, n, text, len);
        qs->marked = true;
    }
    return tok < qs->ntok && ((qs->bits[tok >> 6] >> (tok & 63)) & 1);
}

bool screen_sentence_asks(const struct screen_norm *n, const char *text,
                          size_t len, size_t j)
{
    while (j + 1 < n->ntok &&
           !screen_sentence_break(text, &n->tok[j], &n->tok[j + 1]))
        j++;
    size_t end = j + 1 < n->ntok ? n->tok[j + 1].orig_off : len;
    for (size_t q = (size_t)n->tok[j].orig_off + n->tok[j].orig_len;
         q < end && q < len; q++)
        if (text[q] == '?')
            return true;
    return false;
}
