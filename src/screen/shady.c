/*
 * shady.c - "no receipt, no questions": a sale or a job offered with the
 * law left out.
 *
 * Under a story about stolen fuel or a cartel's recruiting, the sellers
 * and the recruiters post ads that name no crime: "Selling 20L jugs of
 * gas, no receipt no questions, 250 pesos each", "Vendo bidones de 20
 * litros, sin factura y sin preguntas", "Gana 5 mil pesos semanales
 * manejando de noche, solo necesitas camioneta propia. Sin preguntas."
 * What gives them away is the promise that nobody will ask. This grammar
 * reads "no questions (asked)", "sin preguntas", "no receipt", "sin
 * factura" in a comment that sells or hires (a price, "vendo",
 * "selling", "pagamos", "gana", "inbox", "DM") and holds it as spam.
 *
 * A warning passes ("Cuidado con los que ofrecen 'trabajo de chofer de
 * noche, sin preguntas'. Es reclutamiento, no caigan"), as do a question
 * and a quotation. A grammar of the one pass (grammars.c); a rule only,
 * not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    SH_NO = 1u << 0,    /* no, sin: "no questions", "sin preguntas" */
    SH_ASK = 1u << 1,   /* questions, preguntas, receipt, factura */
    SH_TRADE = 1u << 2, /* vendo, selling, pagamos, gana, inbox, dm */
    SH_WARN = 1u << 3,  /* cuidado, careful, beware, scam, estafa */
};

static const struct screen_wc_word sh_words[] = {
    {"no", SH_NO},
    {"sin", SH_NO},
    {"questions", SH_ASK},
    {"preguntas", SH_ASK},
    {"receipt", SH_ASK},
    {"factura", SH_ASK},
    {"vendo", SH_TRADE},
    {"venta", SH_TRADE},
    {"selling", SH_TRADE},
    {"sell", SH_TRADE},
    {"pagamos", SH_TRADE},
    {"pay", SH_TRADE},
    {"gana", SH_TRADE},
    {"ganas", SH_TRADE},
    {"earn", SH_TRADE},
    {"inbox", SH_TRADE},
    {"dm", SH_TRADE},
    {"semanales", SH_TRADE},
    {"weekly", SH_TRADE},
    {"mayoreo", SH_TRADE},
    {"bulk", SH_TRADE},
    {"cuidado", SH_WARN},
    {"careful", SH_WARN},
    {"beware", SH_WARN},
    {"scam", SH_WARN},
    {"estafa", SH_WARN},
    {"reclutamiento", SH_WARN},
    {"recruitment", SH_WARN},
    {"caigan", SH_WARN},
    {"report", SH_WARN},
    {"reporten", SH_WARN},
};

static struct screen_wc_list sh_list = SCREEN_WC_LIST(sh_words, SH_NO);

static const struct screen_wordclasses *sh_words_table(void)
{
    return screen_wc_ready(&sh_list);
}

static uint64_t shc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&sh_list.table, n->tok[j].hash) : 0;
}

/* The sale or job with no questions at token i ("no", "sin"): SCREEN_SPAM
 * and its tokens in *out, or -1. */
static int sh_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    /* "no questions", "no questions asked", "sin preguntas", "sin
     * factura" (not "sin papeles": the undocumented) */
    if (!(shc(n, i + 1) & SH_ASK))
        return -1;
    /* "no questions about it", "sin preguntas sobre el caso" */
    if (screen_tok_is(n, i + 2, "about") || screen_tok_is(n, i + 2, "sobre"))
        return -1;
    /* a trade word or a price: "No questions were answered at the press
     * conference on March 3" sells nothing */
    if (screen_wc_anywhere(&sh_list.table, n, SH_WARN, 0, 0))
        return -1;
    if (!memchr(text, '$', len) &&
        !screen_wc_anywhere(&sh_list.table, n, SH_TRADE, 0, 0))
        return -1;
    return screen_grammar_match(n, text, len, i, i, i + 2, SCREEN_SPAM, out);
}

const struct screen_grammar screen_shady_grammar = {sh_words_table, sh_at};
