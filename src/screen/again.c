/*
 * again.c - a killing asked to go on: "now do the rest", "hay que
 * hacerles lo mismo a todas".
 *
 * Under a story of a killing, a reader who cheers it need not name it:
 * "Good. Now do the rest.", "Should do the same to every thief in this
 * neighborhood", "hay q hacerles lo mismo a todas", "sigan con los
 * demás". The words are those of any request, so neither the lists nor
 * the model see a call to kill more. This grammar reads the shapes, in
 * English and Spanish, held as a threat:
 *
 *   - "do the rest", as a request (opening its sentence or after "now",
 *     "then", "next", "and"), ending its clause or with "of them", "of
 *     the press" (not "what hope do the rest of us have");
 *   - "do the same to" everyone, the rest, the others, them or these
 *     ("should do the same to every extortionist"), asked (after
 *     "should", "must", "now", a wish, or opening the sentence; not
 *     "they did the same to my cousin", "do the same for you");
 *   - "hacer(les) lo mismo a / con" everyone, the rest, the others or
 *     these, asked ("hay que", "deberían", "hagan"), and "que les pase lo
 *     mismo a todas" (not "lo mismo que a", a likeness);
 *   - "sigan con los demás", "sigan con el resto", "vayan por las
 *     otras", and "faltan los demás" where the comment names a killing;
 *   - the first of many, wished: "Ojalá sea el primero de muchos",
 *     "Hope this is the first of many." (ending its clause, not "the
 *     first of many awards").
 *
 * The law is no killing: where the comment speaks of an arrest, a trial,
 * prison, an extradition or a vote ("The ex-governor finally in
 * handcuffs. Now do the rest of them.", "Ya detuvieron a uno, faltan los
 * demás"), or the rest are places or things ("hay que hacer lo mismo con
 * los demás municipios"), it passes. A negation before the request, a
 * question, or a report of it pass too.
 *
 * A grammar of the one pass (grammars.c); a rule only, not a model
 * feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    AG_REST = 1u << 0,   /* rest, resto: "do the rest", "con el resto" */
    AG_SAME = 1u << 1,   /* same: "do the same to" */
    AG_MISMO = 1u << 2,  /* mismo: "hacerles lo mismo a todas" */
    AG_OTHERS = 1u << 3, /* demas, otros, otras: "sigan con los demás" */
    AG_DO = 1u << 4,     /* do, hacer, hacerles, hagan: the request's verb */
    AG_ASK = 1u << 5,    /* now, then, should, must, hay, deberian, ojala:
                            what makes it a request */
    AG_ALL = 1u << 6,    /* every, all, todos, todas, cada, them, esas: whom
                            the same is done to */
    AG_GO_ON = 1u << 7,  /* sigan, vayan, siguen, faltan: "sigan con" */
    AG_LAW = 1u << 8,    /* arrested, jail, extradite, detuvieron, carcel:
                            the law, no killing */
    AG_PLACE = 1u << 9,  /* states, cities, municipios, escuelas: the rest
                            are places or things */
    AG_NOT = 1u << 10,   /* not, dont, shouldnt, no, nunca */
    AG_KILL = 1u << 11,  /* killed, dead, mataron, muerto: a killing named */
    AG_SAY = 1u << 12,   /* said, says, dijo, dicen: a request reported */
    AG_FIRST = 1u << 13, /* first, primero, primera: "the first of many" */
};

#define AG_START (AG_REST | AG_SAME | AG_MISMO | AG_OTHERS | AG_FIRST)

static const struct screen_wc_word ag_words[] = {
    {"first", AG_FIRST},
    {"primero", AG_FIRST},
    {"primera", AG_FIRST},
    {"rest", AG_REST},
    {"resto", AG_REST},
    {"same", AG_SAME},
    {"mismo", AG_MISMO},
    {"demas", AG_OTHERS},
    {"otros", AG_OTHERS},
    {"otras", AG_OTHERS},
    {"others", AG_OTHERS},
    {"do", AG_DO},
    {"doing", AG_DO},
    {"hacer", AG_DO},
    {"hacerles", AG_DO},
    {"hacerle", AG_DO},
    {"hagan", AG_DO},
    {"hagamos", AG_DO},
    {"haganle", AG_DO},
    {"now", AG_ASK},
    {"then", AG_ASK},
    {"next", AG_ASK},
    {"and", AG_ASK},
    {"so", AG_ASK},
    {"please", AG_ASK},
    {"pls", AG_ASK},
    {"should", AG_ASK},
    {"must", AG_ASK},
    {"gotta", AG_ASK},
    {"need", AG_ASK},
    {"needs", AG_ASK},
    {"hope", AG_ASK},
    {"que", AG_ASK},
    {"q", AG_ASK},
    {"ojala", AG_ASK},
    {"deberian", AG_ASK},
    {"deben", AG_ASK},
    {"deberiamos", AG_ASK},
    {"tienen", AG_ASK},
    {"tenemos", AG_ASK},
    {"hay", AG_ASK},
    {"ahora", AG_ASK},
    {"every", AG_ALL},
    {"all", AG_ALL},
    {"each", AG_ALL},
    {"them", AG_ALL},
    {"these", AG_ALL},
    {"those", AG_ALL},
    {"todos", AG_ALL},
    {"todas", AG_ALL},
    {"cada", AG_ALL},
    {"esas", AG_ALL},
    {"esos", AG_ALL},
    {"estas", AG_ALL},
    {"estos", AG_ALL},
    {"ellos", AG_ALL},
    {"ellas", AG_ALL},
    {"sigan", AG_GO_ON},
    {"siguen", AG_GO_ON},
    {"continuen", AG_GO_ON},
    {"vayan", AG_GO_ON},
    {"faltan", AG_GO_ON},
    /* the law */
    {"arrest", AG_LAW},
    {"arrested", AG_LAW},
    {"arrests", AG_LAW},
    {"handcuffs", AG_LAW},
    {"jail", AG_LAW},
    {"jailed", AG_LAW},
    {"prison", AG_LAW},
    {"extradite", AG_LAW},
    {"extradited", AG_LAW},
    {"charged", AG_LAW},
    {"charge", AG_LAW},
    {"indicted", AG_LAW},
    {"indict", AG_LAW},
    {"convicted", AG_LAW},
    {"sentenced", AG_LAW},
    {"trial", AG_LAW},
    {"court", AG_LAW},
    {"caught", AG_LAW},
    {"fired", AG_LAW},
    {"resign", AG_LAW},
    {"vote", AG_LAW},
    {"audit", AG_LAW},
    {"investigate", AG_LAW},
    {"deport", AG_LAW},
    {"detuvieron", AG_LAW},
    {"detenido", AG_LAW},
    {"detenidos", AG_LAW},
    {"detener", AG_LAW},
    {"detengan", AG_LAW},
    {"arrestaron", AG_LAW},
    {"capturaron", AG_LAW},
    {"agarraron", AG_LAW},
    {"carcel", AG_LAW},
    {"prision", AG_LAW},
    {"extraditaron", AG_LAW},
    {"extraditar", AG_LAW},
    {"extraditen", AG_LAW},
    {"procesen", AG_LAW},
    {"procesar", AG_LAW},
    {"juicio", AG_LAW},
    {"juzguen", AG_LAW},
    {"investiguen", AG_LAW},
    {"investigar", AG_LAW},
    {"destituyan", AG_LAW},
    {"renuncia", AG_LAW},
    {"renuncien", AG_LAW},
    {"votar", AG_LAW},
    {"deportar", AG_LAW},
    {"deportarlos", AG_LAW},
    {"multa", AG_LAW},
    {"auditoria", AG_LAW},
    {"auditarlos", AG_LAW},
    {"arrestarlos", AG_LAW},
    {"detenerlos", AG_LAW},
    {"encarcelarlos", AG_LAW},
    {"juzgarlos", AG_LAW},
    {"procesarlos", AG_LAW},
    {"extraditarlos", AG_LAW},
    {"investigarlos", AG_LAW},
    {"destituirlos", AG_LAW},
    /* places and things */
    {"states", AG_PLACE},
    {"state", AG_PLACE},
    {"country", AG_PLACE},
    {"city", AG_PLACE},
    {"estado", AG_PLACE},
    {"pais", AG_PLACE},
    {"ciudad", AG_PLACE},
    {"cities", AG_PLACE},
    {"countries", AG_PLACE},
    {"schools", AG_PLACE},
    {"companies", AG_PLACE},
    {"banks", AG_PLACE},
    {"roads", AG_PLACE},
    {"chapters", AG_PLACE},
    {"dishes", AG_PLACE},
    {"homework", AG_PLACE},
    {"work", AG_PLACE},
    {"job", AG_PLACE},
    {"steps", AG_PLACE},
    {"estados", AG_PLACE},
    {"municipios", AG_PLACE},
    {"ciudades", AG_PLACE},
    {"paises", AG_PLACE},
    {"escuelas", AG_PLACE},
    {"empresas", AG_PLACE},
    {"bancos", AG_PLACE},
    {"carreteras", AG_PLACE},
    {"calles", AG_PLACE},
    {"casos", AG_PLACE},
    {"expedientes", AG_PLACE},
    {"capitulos", AG_PLACE},
    {"recetas", AG_PLACE},
    {"platillos", AG_PLACE},
    {"temas", AG_PLACE},
    {"puntos", AG_PLACE},
    {"preguntas", AG_PLACE},
    {"tareas", AG_PLACE},
    {"trabajo", AG_PLACE},
    {"pasos", AG_PLACE},
    {"not", AG_NOT},
    {"dont", AG_NOT},
    {"shouldnt", AG_NOT},
    {"never", AG_NOT},
    {"no", AG_NOT},
    {"nunca", AG_NOT},
    {"ni", AG_NOT},
    /* a killing named */
    {"killed", AG_KILL},
    {"dead", AG_KILL},
    {"shot", AG_KILL},
    {"murdered", AG_KILL},
    {"bodies", AG_KILL},
    {"mataron", AG_KILL},
    {"mato", AG_KILL},
    {"muerto", AG_KILL},
    {"muertos", AG_KILL},
    {"muerta", AG_KILL},
    {"muertas", AG_KILL},
    {"ejecutaron", AG_KILL},
    {"cuerpos", AG_KILL},
    {"fosa", AG_KILL},
    {"said", AG_SAY},
    {"says", AG_SAY},
    {"dijo", AG_SAY},
    {"dice", AG_SAY},
    {"dicen", AG_SAY},
    {"escribio", AG_SAY},
};

static struct screen_wc_list ag_list = SCREEN_WC_LIST(ag_words, AG_START);

static const struct screen_wordclasses *ag_words_table(void)
{
    return screen_wc_ready(&ag_list);
}

static uint64_t agc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool ag_is(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether token j opens its sentence. */
static bool ag_opens(const struct screen_window *w, size_t j)
{
    return j == w->s && !w->open_start;
}

/* Whether the verb at v is asked for: it opens its sentence, a word of
 * request stands just before it, or a wish stands up to four words
 * before ("Hope the soldiers do the same"). */
static bool ag_asked(const struct screen_window *w, size_t v)
{
    if (ag_opens(w, v) || (v > w->s && (agc(w, v - 1) & AG_ASK)))
        return true;
    for (size_t j = v > w->s + 4 ? v - 4 : w->s; j < v; j++)
        if (ag_is(w, j, "hope") || ag_is(w, j, "ojala") ||
            ag_is(w, j, "should") || ag_is(w, j, "que") || ag_is(w, j, "q"))
            return true;
    return false;
}

/* Whom the rest or the same is done to, from token o: a clause end
 * (*b = o), or people, not places ("every thief", "the rest of them",
 * "todas esas viejas", "los demás"); the end in *b. */
static bool ag_whom(const struct screen_window *w, size_t o, size_t *b)
{
    size_t k = o;
    while (k < o + 4 && k < w->e &&
           (agc(w, k) & (AG_ALL | AG_OTHERS | AG_REST) || ag_is(w, k, "the") ||
            ag_is(w, k, "of") || ag_is(w, k, "los") || ag_is(w, k, "las") ||
            ag_is(w, k, "el") || ag_is(w, k, "de") || ag_is(w, k, "one")))
        k++;
    if (k == o)
        return false;
    /* "the rest of us", "the others of our team" */
    if (ag_is(w, k, "us") || ag_is(w, k, "nosotros"))
        return false;
    if (agc(w, k) & AG_PLACE)
        return false;
    *b = k < w->e && !screen_window_clause_end(w, k - 1) ? k + 1 : k;
    return true;
}

/* "do the rest", by "rest" at i: "Now do the rest.", "do the rest of
 * them"; the start in *a, the end in *b. */
static bool ag_do_rest(const struct screen_window *w, size_t i, size_t *a,
                       size_t *b)
{
    if (i < w->s + 2 || !ag_is(w, i - 1, "the") || !(agc(w, i - 2) & AG_DO) ||
        ag_is(w, i - 2, "hacer"))
        return false;
    size_t v = i - 2;
    if (!ag_asked(w, v) || ag_is(w, v - 1, "to"))
        return false;
    *a = v;
    if (screen_window_clause_end(w, i) || i + 1 >= w->e) {
        *b = i + 1;
        return true;
    }
    return ag_is(w, i + 1, "of") && ag_whom(w, i + 1, b);
}

/* "do the same to" them, by "same" at i: "should do the same to every
 * thief"; the start in *a, the end in *b. */
static bool ag_do_same(const struct screen_window *w, size_t i, size_t *a,
                       size_t *b)
{
    if (i < w->s + 2 || !ag_is(w, i - 1, "the") || !(agc(w, i - 2) & AG_DO) ||
        !ag_is(w, i + 1, "to"))
        return false;
    size_t v = i - 2;
    if (!ag_asked(w, v) ||
        !(agc(w, i + 2) & (AG_ALL | AG_OTHERS) ||
          (ag_is(w, i + 2, "the") && (agc(w, i + 3) & (AG_REST | AG_OTHERS)))))
        return false;
    *a = v;
    return ag_whom(w, i + 2, b);
}

/* "hacerles lo mismo a todas", "que les pase lo mismo a todos", by
 * "mismo" at i; the start in *a, the end in *b. */
static bool ag_lo_mismo(const struct screen_window *w, size_t i, size_t *a,
                        size_t *b)
{
    if (i < w->s + 2 || !ag_is(w, i - 1, "lo"))
        return false;
    size_t v = i - 2;
    bool wished = (ag_is(w, v, "pase") || ag_is(w, v, "toque")) && v > w->s &&
                  ag_is(w, v - 1, "les");
    if (!wished &&
        !((agc(w, v) & AG_DO) && !ag_is(w, v, "do") && !ag_is(w, v, "doing")))
        return false;
    if (wished && v >= w->s + 1)
        v--;
    /* "hay que hacerles", "deberían hacer", "hagan lo mismo" */
    if (!ag_asked(w, v) && !ag_is(w, v, "hagan") && !ag_is(w, v, "hagamos") &&
        !ag_is(w, v, "haganle"))
        return false;
    if (!ag_is(w, i + 1, "a") && !ag_is(w, i + 1, "con"))
        return false;
    *a = v;
    return ag_whom(w, i + 2, b);
}

/* "sigan con los demás", "vayan por las otras", "faltan los demás", by
 * the others at i; the start in *a, the end in *b. */
static bool ag_go_on(const struct screen_window *w, size_t i, size_t *a,
                     size_t *b)
{
    size_t k = i;
    if (k > w->s && (ag_is(w, k - 1, "los") || ag_is(w, k - 1, "las") ||
                     ag_is(w, k - 1, "el")))
        k--;
    else
        return false;
    if (k > w->s && (ag_is(w, k - 1, "con") || ag_is(w, k - 1, "por")))
        k--;
    if (k == w->s || !(agc(w, k - 1) & AG_GO_ON))
        return false;
    size_t v = k - 1;
    /* "faltan los demás", "ahora siguen los demás" need a killing told */
    if ((ag_is(w, v, "faltan") || ag_is(w, v, "siguen")) &&
        !screen_wc_anywhere(w->t, w->n, AG_KILL, v, v))
        return false;
    if (ag_is(w, v, "faltan") || ag_is(w, v, "siguen")) {
        if (k != v + 1)
            return false; /* "siguen con los demás" tells what goes on */
    } else if (k == v + 1) {
        return false; /* "sigan los demás": go on yourselves */
    }
    *a = v;
    return ag_whom(w, i, b);
}

/* "ojalá sea el primero de muchos", "hope this is the first of many", by
 * "first" at i, as a wish: the start in *a, the end in *b. */
static bool ag_first_of_many(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    static const char *const many[] = {"many", "muchos", "muchas"};
    if (!(ag_is(w, i + 1, "of") || ag_is(w, i + 1, "de")) ||
        !screen_window_in(w, i + 2, many, SCREEN_NWORDS(many)) ||
        !screen_window_clause_end(w, i + 2))
        return false;
    /* a wish before it: "ojalá", "hope", "espero que", "que sea" */
    for (size_t j = i > w->s + 6 ? i - 6 : w->s; j < i; j++)
        if (ag_is(w, j, "ojala") || ag_is(w, j, "hope") ||
            ag_is(w, j, "hopefully") || ag_is(w, j, "espero") ||
            (ag_is(w, j, "que") && ag_is(w, j + 1, "sea"))) {
            *a = j;
            *b = i + 3;
            return true;
        }
    return false;
}

/* Whether the words next to token i of class c could make a match at
 * all, before a window is read: "same", "first" and "others" are common
 * words, and most of them stand in none of these shapes. */
static bool ag_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    static const char *const the[] = {"the", "el", "los", "las"};
    static const char *const of[] = {"of", "de"};
    static const char *const lo[] = {"lo"};
    if ((c & AG_FIRST) && screen_tok_in(n, i + 1, of, SCREEN_NWORDS(of)))
        return true;
    if (i == 0)
        return false;
    if ((c & (AG_REST | AG_SAME | AG_OTHERS)) &&
        screen_tok_in(n, i - 1, the, SCREEN_NWORDS(the)))
        return true;
    return (c & AG_MISMO) && screen_tok_in(n, i - 1, lo, 1);
}

/* The request found at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int ag_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&ag_list.table, n->tok[i].hash);
    if (!(c & AG_START) || !ag_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &ag_list.table, 0, 0, false};
    screen_window_at(&w, i, 8, 8);
    size_t a = i, b = i + 1;
    bool found = ((c & AG_REST) && ag_do_rest(&w, i, &a, &b)) ||
                 ((c & AG_SAME) && ag_do_same(&w, i, &a, &b)) ||
                 ((c & AG_MISMO) && ag_lo_mismo(&w, i, &a, &b)) ||
                 ((c & (AG_OTHERS | AG_REST)) && ag_go_on(&w, i, &a, &b)) ||
                 ((c & AG_FIRST) && ag_first_of_many(&w, i, &a, &b));
    if (!found)
        return -1;
    /* "no hay que hacerles lo mismo", "they said do the rest" */
    for (size_t j = w.s; j < b; j++)
        if (agc(&w, j) & (AG_NOT | AG_SAY))
            return -1;
    if (screen_wc_anywhere(w.t, n, AG_LAW, w.s, w.s) ||
        screen_sentence_asks(n, text, len, i) ||
        screen_refuted(n, text, a, b - a))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_again_grammar = {ag_words_table, ag_at};
