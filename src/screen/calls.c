/*
 * calls.c - a killing of many called for in a stock phrase.
 *
 * Under a story of a prison riot, a massacre or an escape, readers call
 * for the death of whole groups in a handful of set phrases that name no
 * victim the threat grammar (threats.c) can read as its object: "let them
 * all die in there", "que los dejen morir ahí adentro", "gas chamber the
 * entire cereso", "cámara de gases a todo el penal", "hay que enterrarlos
 * vivos", "disparen primero y pregunten después", "plomo a los fugados",
 * "wish I was there with a rifle". This grammar reads seven of them:
 *
 *   - death let happen: "let them (all) die", "que los dejen morir",
 *     "déjenlos morir", "hay que dejarlos morir" (not "don't let them
 *     die", "no los dejen morir", a plea);
 *   - a gas chamber for them: "gas chamber the whole prison", "gas
 *     chambers for all of them", "cámara de gases a todos" (not "the gas
 *     chambers of Auschwitz", history);
 *   - buried alive, called for: "bury them alive", "enterrarlos vivos",
 *     "entiérrenlos vivos" (not "los enterraron vivos", a report);
 *   - shooting first: "shoot first, ask questions later", "disparen
 *     primero y pregunten después";
 *   - lead handed out: "plomo a los fugados", "plomo a quien los
 *     esconda", "al traidor, plomo" (threats.c reads "plomo pa los
 *     soplones");
 *   - the writer wishing to have been there armed: "wish I was there with
 *     a rifle", "ojalá hubiera estado ahí con un cuerno";
 *   - the morgue wished full: "ojalá se llene el semefo", "hope the
 *     morgue runs out of room" (not "ojalá no se llene").
 *
 * A question, a quotation (grammars.c) and a sentence that refutes or
 * reports it (refute.c) pass. Held as a threat. A grammar of the one
 * pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    CL_LET = 1u << 0,    /* let, dejen, dejenlos, dejarlos */
    CL_GAS = 1u << 1,    /* gas, camara */
    CL_BURY = 1u << 2,   /* bury, enterrarlos, entierrenlos */
    CL_SHOOT = 1u << 3,  /* shoot, disparen, dispara */
    CL_LEAD = 1u << 4,   /* plomo */
    CL_WISH = 1u << 5,   /* wish, ojala */
    CL_NOT = 1u << 6,    /* dont, no, never, nunca */
    CL_WEAPON = 1u << 7, /* rifle, gun, cuerno, arma */
};

static const struct screen_wc_word cl_words[] = {
    {"let", CL_LET},           {"dejen", CL_LET},
    {"dejenlos", CL_LET},      {"dejarlos", CL_LET},
    {"dejenlas", CL_LET},      {"dejarlas", CL_LET},
    {"gas", CL_GAS},           {"camara", CL_GAS},
    {"camaras", CL_GAS},       {"bury", CL_BURY},
    {"enterrarlos", CL_BURY},  {"enterrarlas", CL_BURY},
    {"entierrenlos", CL_BURY}, {"entierrenlas", CL_BURY},
    {"shoot", CL_SHOOT},       {"disparen", CL_SHOOT},
    {"dispara", CL_SHOOT},     {"disparar", CL_SHOOT},
    {"plomo", CL_LEAD},        {"wish", CL_WISH},
    {"ojala", CL_WISH},        {"hope", CL_WISH},
    {"dont", CL_NOT},          {"no", CL_NOT},
    {"never", CL_NOT},         {"nunca", CL_NOT},
    {"rifle", CL_WEAPON},      {"gun", CL_WEAPON},
    {"ak", CL_WEAPON},         {"ar", CL_WEAPON},
    {"shotgun", CL_WEAPON},    {"machete", CL_WEAPON},
    {"cuerno", CL_WEAPON},     {"arma", CL_WEAPON},
    {"escopeta", CL_WEAPON},   {"r15", CL_WEAPON},
};

#define CL_START (CL_LET | CL_GAS | CL_BURY | CL_SHOOT | CL_LEAD | CL_WISH)

static struct screen_wc_list cl_list = SCREEN_WC_LIST(cl_words, CL_START);

static const struct screen_wordclasses *cl_words_table(void)
{
    return screen_wc_ready(&cl_list);
}

static bool cl_in(const struct screen_norm *n, size_t j,
                  const char *const *words, size_t nw)
{
    return j < n->ntok && screen_tok_in(n, j, words, nw);
}

static uint64_t clc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&cl_list.table, n->tok[j].hash) : 0;
}

/* "let them (all) die", "que los dejen morir", "déjenlos morir", by the
 * verb at i: the end in *b. */
static bool cl_let_die(const struct screen_norm *n, size_t i, size_t *b)
{
    size_t j = i + 1;
    if (screen_tok_is(n, i, "let")) {
        if (!screen_tok_is(n, j, "them") && !screen_tok_is(n, j, "those"))
            return false;
        j++;
        if (screen_tok_is(n, j, "all"))
            j++;
        if (!screen_tok_is(n, j, "die") && !screen_tok_is(n, j, "burn"))
            return false;
    } else {
        /* "dejen" needs its object before it: "que los dejen morir" */
        if (screen_tok_is(n, i, "dejen") &&
            !(i > 0 && (screen_tok_is(n, i - 1, "los") ||
                        screen_tok_is(n, i - 1, "las"))))
            return false;
        if (!screen_tok_is(n, j, "morir") && !screen_tok_is(n, j, "morirse") &&
            !screen_tok_is(n, j, "pudrirse") &&
            !screen_tok_is(n, j, "quemarse"))
            return false;
    }
    *b = j + 1;
    return true;
}

/* "gas chamber the whole prison", "cámara de gases a todos", by "gas" or
 * "cámara" at i (not "the gas chambers of Auschwitz", "la cámara de gases
 * de los nazis"): the end in *b. */
static bool cl_gassed(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const whom_en[] = {"the",   "all",   "every", "them",
                                          "those", "these", "for"};
    static const char *const whom_es[] = {
        "a", "al", "pa", "para", "todo", "todos", "esos", "esas", "los"};
    size_t j;
    if (screen_tok_is(n, i, "gas")) {
        j = i + 1;
        if (!screen_tok_is(n, j, "chamber") && !screen_tok_is(n, j, "chambers"))
            return false;
        /* a noun after an article: "the gas chambers", "a gas chamber" */
        if (i > 0 &&
            (screen_tok_is(n, i - 1, "the") || screen_tok_is(n, i - 1, "a")))
            return false;
        if (!cl_in(n, j + 1, whom_en, SCREEN_NWORDS(whom_en)))
            return false;
    } else {
        j = i + 2;
        if (!screen_tok_is(n, i + 1, "de") || !screen_tok_is(n, j, "gases") ||
            !cl_in(n, j + 1, whom_es, SCREEN_NWORDS(whom_es)))
            return false;
    }
    *b = j + 3; /* "the whole", "a todos" */
    return true;
}

/* "bury them alive", "enterrarlos vivos" (not "los enterraron vivos", a
 * report): the end in *b. */
static bool cl_buried_alive(const struct screen_norm *n, size_t i, size_t *b)
{
    size_t j = i + 1;
    if (screen_tok_is(n, i, "bury")) {
        if (!screen_tok_is(n, j, "them") && !screen_tok_is(n, j, "those") &&
            !screen_tok_is(n, j, "him") && !screen_tok_is(n, j, "her"))
            return false;
        j++;
        if (screen_tok_is(n, j, "all"))
            j++;
        if (!screen_tok_is(n, j, "alive"))
            return false;
    } else if (!screen_tok_is(n, j, "vivos") && !screen_tok_is(n, j, "vivas")) {
        return false;
    }
    *b = j + 1;
    return true;
}

/* "shoot first, ask questions later", "disparen primero y pregunten
 * después": the end in *b. */
static bool cl_shoot_first(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const ask[] = {"ask", "pregunten", "preguntar",
                                      "pregunta"};
    if (!screen_tok_is(n, i + 1, "first") &&
        !screen_tok_is(n, i + 1, "primero"))
        return false;
    for (size_t j = i + 2; j < n->ntok && j <= i + 4; j++)
        if (cl_in(n, j, ask, SCREEN_NWORDS(ask))) {
            *b = j + 1;
            return true;
        }
    return false;
}

/* "plomo a los fugados", "plomo a quien los esconda", "al traidor,
 * plomo": the end in *b. */
static bool cl_lead_to(const struct screen_norm *n, const char *text, size_t i,
                       size_t *b)
{
    static const char *const whom[] = {"los",   "las",  "quien", "quienes",
                                       "todos", "esos", "esas"};
    /* "dale plomo a esas paredes": paint, and threats.c's "denle" */
    static const char *const give[] = {"dale", "darle", "denle", "dales"};
    if (i > 0 && cl_in(n, i - 1, give, SCREEN_NWORDS(give)))
        return false;
    /* "a" and someone (not "plomo al fondo del río", the metal) */
    if (screen_tok_is(n, i + 1, "a") &&
        cl_in(n, i + 2, whom, SCREEN_NWORDS(whom))) {
        *b = i + 3;
        return true;
    }
    /* the one named first, "plomo" ending the sentence: "Al traidor,
     * plomo.", "a los soplones, plomo" */
    bool ends = i + 1 >= n->ntok ||
                screen_sentence_break(text, &n->tok[i], &n->tok[i + 1]);
    bool named = (i >= 2 && screen_tok_is(n, i - 2, "al")) ||
                 (i >= 3 && screen_tok_is(n, i - 3, "a") &&
                  cl_in(n, i - 2, whom, SCREEN_NWORDS(whom)));
    *b = i + 1;
    return ends && named;
}

/* "wish I was there with a rifle", "ojalá hubiera estado ahí con un
 * cuerno": the end in *b. */
static bool cl_there_armed(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const there[] = {"there", "ahi", "alli"};
    size_t t = SIZE_MAX;
    for (size_t j = i + 1; j < n->ntok && j <= i + 5; j++)
        if (cl_in(n, j, there, SCREEN_NWORDS(there))) {
            t = j;
            break;
        }
    if (t == SIZE_MAX)
        return false;
    /* the writer: "I was", "I'd been", "hubiera estado" */
    bool self = false;
    for (size_t j = i + 1; j < t; j++)
        self |= screen_tok_is(n, j, "i") || screen_tok_is(n, j, "id") ||
                screen_tok_is(n, j, "hubiera") ||
                screen_tok_is(n, j, "estuviera");
    if (!self ||
        (!screen_tok_is(n, t + 1, "with") && !screen_tok_is(n, t + 1, "con")))
        return false;
    for (size_t j = t + 2; j < n->ntok && j <= t + 4; j++)
        if (clc(n, j) & CL_WEAPON) {
            *b = j + 1;
            return true;
        }
    return false;
}

/* "ojalá se llene el semefo", "hope the morgue runs out of room", by the
 * wish at i: the end in *b. */
static bool cl_morgue_full(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const fills[] = {"llene",     "llenen", "fills",
                                        "overflows", "runs",   "rebase"};
    static const char *const morgue[] = {"semefo",   "morgue",    "morgues",
                                         "forense",  "panteon",   "panteones",
                                         "cemetery", "cemeteries"};
    for (size_t j = i + 1; j < n->ntok && j <= i + 4; j++) {
        if (clc(n, j) & CL_NOT)
            return false;
        if (!cl_in(n, j, fills, SCREEN_NWORDS(fills)))
            continue;
        /* "fills up", "runs out" (not "fills the need") */
        if ((screen_tok_is(n, j, "fills") && !screen_tok_is(n, j + 1, "up")) ||
            (screen_tok_is(n, j, "runs") && !screen_tok_is(n, j + 1, "out")))
            continue;
        for (size_t k = j > i + 3 ? j - 3 : i + 1; k < n->ntok && k <= j + 3;
             k++)
            if (cl_in(n, k, morgue, SCREEN_NWORDS(morgue))) {
                *b = (k > j ? k : j) + 1;
                return true;
            }
    }
    return false;
}

/* The call at token i: SCREEN_THREAT and its tokens in *out, or -1. */
static int cl_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = clc(n, i);
    if (!(c & CL_START))
        return -1;
    size_t a = i, b = i + 1;
    bool found = ((c & CL_LET) && cl_let_die(n, i, &b)) ||
                 ((c & CL_GAS) && cl_gassed(n, i, &b)) ||
                 ((c & CL_BURY) && cl_buried_alive(n, i, &b)) ||
                 ((c & CL_SHOOT) && cl_shoot_first(n, i, &b)) ||
                 ((c & CL_LEAD) && cl_lead_to(n, text, i, &b)) ||
                 ((c & CL_WISH) &&
                  (cl_there_armed(n, i, &b) || cl_morgue_full(n, i, &b)));
    if (!found)
        return -1;
    if (b > n->ntok)
        b = n->ntok;
    /* a plea: "don't let them die", "no los dejen morir", "never shoot
     * first" */
    for (size_t k = i; k > 0 && i - k < 3;) {
        k--;
        if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
            break;
        if (clc(n, k) & CL_NOT)
            return -1;
    }
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_calls_grammar = {cl_words_table, cl_at};
