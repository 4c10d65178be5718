/*
 * harass.c - the harassment women reporters get, in the reader's own
 * words.
 *
 * A woman who covers the cartels hears the same few things under every
 * story: go back to the kitchen, it must be that time of the month, what
 * she needs is a man, and remarks on her body. None of it needs a slur,
 * so the word lists and a model trained on tweets labelled for offence
 * pass much of it. This file reads those shapes, in English and Spanish:
 *
 *   - an order to the kitchen or the dishes, at a sentence's start: "go
 *     back to the kitchen", "go make sandwiches", "vete a la cocina", "a
 *     lavar los trastes" (held as insult);
 *   - "that time of the month", "andas en tus dias" (insult);
 *   - a woman who "needs a (real) man" / "le falta un hombre" (sexual);
 *   - her body: "under that blouse", "tits", "piernotas", "nalgotas",
 *     with a woman named in the sentence (sexual).
 *
 * "The cartel runs a kitchen in Sinaloa", "desmantelaron una cocina de
 * metanfetamina", "the town needs a good man as mayor" and "le
 * dispararon en las piernas" pass: the kitchen must be an order, the man
 * needed by a woman, the body sexual. Quotation marks let any of it pass.
 * Like the other grammars it is a rule only, not a model feature.
 */
#include <pthread.h>

#include "screen/screen_int.h"

enum {
    H_GO = 1u << 0,      /* go, get, vete, regresate, ponte: an order */
    H_CHORE = 1u << 1,   /* make, wash, lavar, hazme: a chore ordered */
    H_HOME = 1u << 2,    /* kitchen, sandwich, cocina, trastes */
    H_NEEDS = 1u << 3,   /* needs, necesita, falta */
    H_MAN = 1u << 4,     /* man, hombre, macho, dick, verga */
    H_WOMAN = 1u << 5,   /* she, her, ella, periodista, reportera */
    H_BODY = 1u << 6,    /* tits, piernotas, nalgotas: sexual in itself */
    H_CLOTH = 1u << 7,   /* blouse, skirt, blusa, falda: after "under" */
    H_UNDER = 1u << 8,   /* under, debajo, abajo */
    H_MONTH = 1u << 9,   /* month, dias: "that time of the month" */
    H_FEMALE = 1u << 11, /* woman, girl, reporter: a woman named too */
    H_FILL = 1u << 12,   /* back, to, the, a, la, los, me, un, real */
    H_NOT = 1u << 13,    /* not, no, dont, nunca */
    H_INF = 1u << 14,    /* lavar, hacer: an order only after "a" */
    H_SAID = 1u << 15    /* said, dijo: the words are someone's quoted */
};

#define H_START (H_GO | H_CHORE | H_NEEDS | H_BODY | H_UNDER | H_MONTH)

static const struct screen_wc_word h_words[] = {
    {"go", H_GO},
    {"get", H_GO},
    {"vete", H_GO},
    {"ve", H_GO},
    {"regresate", H_GO},
    {"regresa", H_GO},
    {"vuelve", H_GO},
    {"vuelvete", H_GO},
    {"ponte", H_GO},
    {"largate", H_GO},
    {"make", H_CHORE},
    {"wash", H_CHORE},
    {"do", H_CHORE},
    {"cook", H_CHORE},
    {"lavar", H_CHORE | H_INF},
    {"lava", H_CHORE},
    {"hazme", H_CHORE},
    {"hacer", H_CHORE | H_INF},
    {"haz", H_CHORE},
    {"kitchen", H_HOME},
    {"sandwich", H_HOME},
    {"sandwiches", H_HOME},
    {"sandwichs", H_HOME},
    {"dishes", H_HOME},
    {"laundry", H_HOME},
    {"cocina", H_HOME},
    {"platos", H_HOME},
    {"trastes", H_HOME},
    {"tortillas", H_HOME},
    {"sandwich", H_HOME},
    {"needs", H_NEEDS},
    {"need", H_NEEDS},
    {"necesita", H_NEEDS},
    {"necesitan", H_NEEDS},
    {"falta", H_NEEDS},
    {"man", H_MAN},
    {"hombre", H_MAN},
    {"macho", H_MAN},
    {"dick", H_MAN},
    {"cock", H_MAN},
    {"verga", H_MAN},
    {"she", H_WOMAN},
    {"her", H_WOMAN},
    {"ella", H_WOMAN},
    {"periodista", H_WOMAN},
    {"reportera", H_WOMAN},
    {"conductora", H_WOMAN},
    {"vieja", H_WOMAN | H_FEMALE},
    {"morra", H_WOMAN | H_FEMALE},
    {"mija", H_WOMAN},
    {"chamaca", H_WOMAN},
    {"tits", H_BODY},
    {"titties", H_BODY},
    {"boobs", H_BODY},
    {"cleavage", H_BODY},
    {"piernotas", H_BODY},
    {"chichis", H_BODY},
    {"chichotas", H_BODY},
    {"nalgotas", H_BODY},
    {"nalguitas", H_BODY},
    {"pompis", H_BODY},
    {"escote", H_BODY},
    {"blouse", H_CLOTH},
    {"skirt", H_CLOTH},
    {"dress", H_CLOTH},
    {"blusa", H_CLOTH},
    {"falda", H_CLOTH},
    {"vestido", H_CLOTH},
    {"under", H_UNDER},
    {"underneath", H_UNDER},
    {"debajo", H_UNDER},
    {"abajo", H_UNDER},
    {"month", H_MONTH},
    {"dias", H_MONTH},
    {"female", H_FEMALE},
    {"females", H_FEMALE},
    {"woman", H_FEMALE},
    {"women", H_FEMALE},
    {"girl", H_FEMALE},
    {"reporter", H_FEMALE},
    {"bitch", H_FEMALE},
    {"feminista", H_FEMALE},
    {"back", H_FILL},
    {"to", H_FILL},
    {"the", H_FILL},
    {"your", H_FILL},
    {"a", H_FILL},
    {"an", H_FILL},
    {"me", H_FILL},
    {"some", H_FILL},
    {"us", H_FILL},
    {"la", H_FILL},
    {"las", H_FILL},
    {"los", H_FILL},
    {"tu", H_FILL},
    {"su", H_FILL},
    {"sus", H_FILL},
    {"his", H_FILL},
    {"tus", H_FILL},
    {"un", H_FILL},
    {"unas", H_FILL},
    {"unos", H_FILL},
    {"mejor", H_FILL},
    {"just", H_FILL},
    {"real", H_FILL},
    {"good", H_FILL},
    {"buen", H_FILL},
    {"verdadero", H_FILL},
    {"de", H_FILL},
    {"what", H_FILL},
    {"whats", H_FILL},
    {"that", H_FILL},
    {"said", H_SAID},
    {"says", H_SAID},
    {"told", H_SAID},
    {"dijo", H_SAID},
    {"dijeron", H_SAID},
    {"dice", H_SAID},
    {"decia", H_SAID},
    {"not", H_NOT},
    {"no", H_NOT},
    {"dont", H_NOT},
    {"doesnt", H_NOT},
    {"never", H_NOT},
    {"nunca", H_NOT},
};

static struct screen_wordclasses h_table;
static pthread_once_t h_once = PTHREAD_ONCE_INIT;

static void h_build(void)
{
    screen_wc_put_list(&h_table, H_START, h_words,
                       sizeof(h_words) / sizeof(*h_words));
}

#define H_READ_BACK 10
#define H_READ_AHEAD 6

static uint64_t hc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool h_is(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether only "mejor", "just", "now" or "y" stand before i in its
 * sentence: i starts an order. */
static bool h_order_at(const struct screen_window *w, size_t i)
{
    if (w->open_start)
        return false;
    for (size_t j = w->s; j < i; j++)
        if (!h_is(w, j, "mejor") && !h_is(w, j, "just") && !h_is(w, j, "now") &&
            !h_is(w, j, "y") && !h_is(w, j, "and") && !h_is(w, j, "so") &&
            !h_is(w, j, "pues") && !h_is(w, j, "ya"))
            return false;
    return true;
}

/* A negation in the sentence before i: "she doesn't need a man". */
static bool h_negated(const struct screen_window *w, size_t i)
{
    for (size_t j = w->s; j < i; j++)
        if (hc(w, j) & H_NOT)
            return true;
    return false;
}

/* The first token at or after a of class cls, through fillers and at most
 * reach words; SIZE_MAX if none. */
static size_t h_next(const struct screen_window *w, size_t a, uint64_t cls,
                     size_t reach)
{
    for (size_t j = a; j < w->e && j < a + reach; j++) {
        uint64_t c = hc(w, j);
        if (c & cls)
            return j;
        if (!(c & (H_FILL | H_CHORE | H_GO | H_WOMAN)))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether a woman is named among tokens [from, to) of the window. */
static bool h_woman(const struct screen_window *w, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if (hc(w, j) & (H_WOMAN | H_FEMALE))
            return true;
    return false;
}

/* One match at token i of class c: its category, or -1. */
static int h_match(const struct screen_window *w, size_t i, uint64_t c,
                   size_t *a, size_t *b)
{
    *a = i;
    /* an order to the kitchen: "go back to the kitchen", "a lavar los
     * trastes", "ponte a hacer tortillas" */
    bool after_a = i > w->s && h_is(w, i - 1, "a") && h_order_at(w, i - 1);
    if ((c & (H_GO | H_CHORE)) &&
        (after_a || (h_order_at(w, i) && !(c & H_INF)))) {
        size_t k = h_next(w, i + 1, H_HOME, 5);
        if (k != SIZE_MAX) {
            *a = i > w->s && h_is(w, i - 1, "a") ? i - 1 : i;
            *b = k + 1;
            return SCREEN_INSULT;
        }
    }
    /* "that time of the month", "andas en tus dias" (said to her, not
     * "uno anda en sus dias") */
    if ((c & H_MONTH) && h_is(w, i, "month") && i >= w->s + 3 &&
        h_is(w, i - 3, "time") && h_is(w, i - 2, "of") &&
        h_is(w, i - 1, "the")) {
        *a = i - 3;
        *b = i + 1;
        return SCREEN_INSULT;
    }
    if ((c & H_MONTH) && h_is(w, i, "dias") && i >= w->s + 3 &&
        h_is(w, i - 2, "en") &&
        (h_is(w, i - 1, "tus") || h_is(w, i - 1, "sus")) &&
        (h_is(w, i - 3, "andas") || h_is(w, i - 3, "estas"))) {
        *a = i - 3;
        *b = i + 1;
        return SCREEN_INSULT;
    }
    /* what a woman "needs" */
    /* (she is named before it: "the town needs a good man, and a good
     * woman" is no remark on her) */
    if ((c & H_NEEDS) && h_woman(w, w->s, i) && !h_negated(w, i)) {
        for (size_t k = i + 1; k < w->e && k <= i + 5; k++) {
            if (hc(w, k) & H_NOT)
                break; /* "necesita proteccion, no un hombre" */
            if (hc(w, k) & H_MAN) {
                *b = k + 1;
                return SCREEN_SEXUAL;
            }
        }
    }
    /* her body */
    if ((c & H_BODY) && h_woman(w, w->s, w->e)) {
        *b = i + 1;
        return SCREEN_SEXUAL;
    }
    if (c & H_UNDER) {
        size_t k = h_next(w, i + 1, H_CLOTH, 4);
        if (k != SIZE_MAX) {
            *b = k + 1;
            return SCREEN_SEXUAL;
        }
    }
    return -1;
}

/* Whether the words near token i of class c could make a match at all
 * (common words such as "go", "make" and "need" start most windows
 * otherwise): what h_match reads, without sentence ends. */
static bool h_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    if ((c & (H_GO | H_CHORE)) && screen_wc_near(&h_table, n, i, 0, 6, H_HOME))
        return true;
    if ((c & H_NEEDS) && screen_wc_near(&h_table, n, i, 0, 5, H_MAN))
        return true;
    if ((c & H_UNDER) && screen_wc_near(&h_table, n, i, 0, 3, H_CLOTH))
        return true;
    return (c & (H_MONTH | H_BODY)) != 0;
}

static const struct screen_wordclasses *h_words_table(void)
{
    pthread_once(&h_once, h_build);
    return &h_table;
}

/* The harassment that starts at token i: its category (insult or sexual)
 * and its tokens in *out, or -1. */
static int h_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&h_table, n->tok[i].hash);
    if (!(c & H_START) || !h_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &h_table, 0, 0, false};
    screen_window_at(&w, i, H_READ_BACK, H_READ_AHEAD);
    size_t a, b;
    int k = h_match(&w, i, c, &a, &b);
    if (k < 0)
        return -1;
    /* "regresa a la cocina, dijo el testigo": reported speech */
    for (size_t j = b; j < n->ntok && j < b + H_READ_AHEAD; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&h_table, n->tok[j].hash) & H_SAID)
            return -1;
    }
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return k;
}

const struct screen_grammar screen_harass_grammar = {h_words_table, h_at};
