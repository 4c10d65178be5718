/*
 * ultimatum.c - "cállense o los callamos": an order, or else we act.
 *
 * The threat grammar (threats.c) holds "paguen o los matamos": the verb
 * after "or we" is violent. The men who run a town say it with ordinary
 * verbs: "Cállense ya con su marcha o los callamos", "Cierren el hocico
 * o les cerramos el pueblo", "take it down or we'll visit you", "shut up
 * or we shut you up". This grammar reads an order to be quiet, pay, go
 * or take the story down, and then, in the same sentence, "o" with a
 * pronoun and a verb of "we" ("o los callamos", "o te visitamos") or
 * "or we" with a verb on "you" ("or we shut you up", "or we'll find
 * you"), and holds it as a threat. An invitation passes ("vengan a la
 * fiesta o los visitamos nosotros": no order of silence, payment or
 * leaving), as do a question and a quotation. A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    UL_OR = 1u << 0,    /* o, or */
    UL_ORDER = 1u << 1, /* callense, cierren, paguen, bajen, shut, pay */
    UL_ME = 1u << 2,    /* te, lo, la, los, las, les */
    UL_WE_DO = 1u << 3, /* callamos, cerramos, visitamos, buscamos */
    UL_DO = 1u << 4,    /* shut, visit, find, close, make, come */
};

static const struct screen_wc_word ul_words[] = {
    {"o", UL_OR},
    {"or", UL_OR},
    {"callense", UL_ORDER},
    {"callate", UL_ORDER},
    {"cierren", UL_ORDER},
    {"cierra", UL_ORDER},
    {"paguen", UL_ORDER},
    {"pagas", UL_ORDER},
    {"bajen", UL_ORDER},
    {"baja", UL_ORDER},
    {"quiten", UL_ORDER},
    {"borren", UL_ORDER},
    {"vayanse", UL_ORDER},
    {"salgan", UL_ORDER}, /* "salgan a trabajar o los sacamos" */
    {"regresen", UL_ORDER},
    {"trabajen", UL_ORDER},
    {"larguense", UL_ORDER},
    {"dejen", UL_ORDER},
    {"shut", UL_ORDER | UL_DO},
    {"pay", UL_ORDER},
    {"leave", UL_ORDER},
    {"stop", UL_ORDER},
    {"take", UL_ORDER},
    {"delete", UL_ORDER},
    {"te", UL_ME},
    {"lo", UL_ME},
    {"la", UL_ME},
    {"los", UL_ME},
    {"las", UL_ME},
    {"les", UL_ME},
    {"callamos", UL_WE_DO},
    {"cerramos", UL_WE_DO},
    {"visitamos", UL_WE_DO},
    {"buscamos", UL_WE_DO},
    {"sacamos", UL_WE_DO},
    {"bajamos", UL_WE_DO},
    {"calmamos", UL_WE_DO},
    {"quitamos", UL_WE_DO},
    {"cobramos", UL_WE_DO},
    {"encontramos", UL_WE_DO},
    {"levantamos", UL_WE_DO},
    {"cargamos", UL_WE_DO},
    {"arreglamos", UL_WE_DO},
    {"visit", UL_DO},
    {"find", UL_DO},
    {"close", UL_DO},
    {"make", UL_DO},
    {"come", UL_DO},
    {"pay", UL_DO},
};

static struct screen_wc_list ul_list = SCREEN_WC_LIST(ul_words, UL_OR);

static const struct screen_wordclasses *ul_words_table(void)
{
    return screen_wc_ready(&ul_list);
}

static uint64_t ulc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&ul_list.table, n->tok[j].hash) : 0;
}

/* "or we shut you up", "or we'll visit you", "or well find you" after
 * "or" at token i: its end in *b. */
static bool ul_we_act(const struct screen_norm *n, size_t i, size_t *b)
{
    size_t v = i + 1;
    if (screen_tok_is(n, v, "we") || screen_tok_is(n, v, "well"))
        v++;
    else
        return false;
    if (screen_tok_is(n, v, "will") || screen_tok_is(n, v, "ll"))
        v++;
    if (!(ulc(n, v) & UL_DO))
        return false;
    /* on "you": "shut you up", "visit you", "pay you a visit" */
    if (!screen_tok_is(n, v + 1, "you") && !screen_tok_is(n, v + 1, "u"))
        return false;
    *b = v + 2;
    return true;
}

/* The ultimatum whose "o" or "or" is token i: SCREEN_THREAT and its
 * tokens in *out, or -1. */
static int ul_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t b;
    if (screen_tok_is(n, i, "o")) {
        if (!(ulc(n, i + 1) & UL_ME) || !(ulc(n, i + 2) & UL_WE_DO))
            return -1;
        b = i + 3;
    } else if (!ul_we_act(n, i, &b))
        return -1;
    /* the order before it, in its sentence */
    size_t a = SIZE_MAX;
    for (size_t k = i; k > 0 && i - k < 12;) {
        k--;
        if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
            break;
        if (ulc(n, k) & UL_ORDER)
            a = k;
    }
    if (a == SIZE_MAX)
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_ultimatum_grammar = {ul_words_table, ul_at};
