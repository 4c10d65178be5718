/*
 * nature.c - "la naturaleza corrige sus errores": a killing called
 * nature's correction.
 *
 * Under a story of a killing some readers cheer it as nature fixing a
 * mistake: "La naturaleza corrige sus errores. Este fue uno.", "Nobody
 * murdered anybody, nature corrected a mistake.", "Mother Nature just
 * fixed one of her errors", "Ese era un error de la naturaleza y ya se
 * corrigió." No word is violent and no one is named, so the model reads
 * a proverb. This grammar holds as an insult "nature" or "naturaleza"
 * with a correcting verb and a mistake within its sentence, a few words
 * apart in either order ("la naturaleza siempre corrige sus errores",
 * "a mistake and nature corrected it", "la naturaleza se equivocó con él
 * pero ya lo arregló"), unless the comment speaks of a forest, a field,
 * the soil, crops, a species, the body or spelling ("Con la rotación de
 * cultivos la naturaleza corrige sus errores en el suelo", "autocorrect
 * has ways of correcting mistakes"). A question and a sentence that
 * refutes or reports it pass. A grammar of the one pass (grammars.c); a
 * rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    NA_NATURE = 1u << 0, /* nature, naturaleza */
    NA_FIX = 1u << 1,    /* corrige, corrected, fixed, arregló */
    NA_ERROR = 1u << 2,  /* mistake, error, errores, equivocó */
    NA_LAND = 1u << 3,   /* forest, soil, crops, body, spelling */
};

static const struct screen_wc_word na_words[] = {
    {"nature", NA_NATURE},      {"naturaleza", NA_NATURE},
    {"corrige", NA_FIX},        {"corrigio", NA_FIX},
    {"corrigiendo", NA_FIX},    {"corrected", NA_FIX},
    {"corrects", NA_FIX},       {"correcting", NA_FIX},
    {"correct", NA_FIX},        {"fixed", NA_FIX},
    {"fixes", NA_FIX},          {"fixing", NA_FIX},
    {"arreglo", NA_FIX},        {"arregla", NA_FIX},
    {"enmendo", NA_FIX},        {"mistake", NA_ERROR},
    {"mistakes", NA_ERROR},     {"error", NA_ERROR},
    {"errors", NA_ERROR},       {"errores", NA_ERROR},
    {"equivocacion", NA_ERROR}, {"equivocaciones", NA_ERROR},
    {"equivoco", NA_ERROR},     {"forest", NA_LAND},
    {"forests", NA_LAND},       {"bosque", NA_LAND},
    {"bosques", NA_LAND},       {"soil", NA_LAND},
    {"suelo", NA_LAND},         {"crops", NA_LAND},
    {"cultivos", NA_LAND},      {"campo", NA_LAND},
    {"field", NA_LAND},         {"river", NA_LAND},
    {"rio", NA_LAND},           {"ecosystem", NA_LAND},
    {"ecosistema", NA_LAND},    {"species", NA_LAND},
    {"especies", NA_LAND},      {"evolution", NA_LAND},
    {"evolucion", NA_LAND},     {"body", NA_LAND},
    {"cuerpo", NA_LAND},        {"immune", NA_LAND},
    {"inmune", NA_LAND},        {"plants", NA_LAND},
    {"plantas", NA_LAND},       {"autocorrect", NA_LAND},
    {"spelling", NA_LAND},      {"ortografia", NA_LAND},
    {"typo", NA_LAND},          {"wildfire", NA_LAND},
    {"incendio", NA_LAND},
};

static struct screen_wc_list na_list = SCREEN_WC_LIST(na_words, NA_NATURE);

static const struct screen_wordclasses *na_words_table(void)
{
    return screen_wc_ready(&na_list);
}

/* The first token from a to b (not past the sentence's end, nor b) of
 * class cls, or SIZE_MAX; backwards when a > b. */
static size_t na_find(const struct screen_norm *n, const char *text, size_t a,
                      size_t b, uint64_t cls)
{
    const struct screen_wordclasses *t = &na_list.table;
    if (a <= b) {
        for (size_t j = a; j < b && j < n->ntok; j++) {
            if (j > a &&
                screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
                break;
            if (screen_wc_class(t, n->tok[j].hash) & cls)
                return j;
        }
        return SIZE_MAX;
    }
    for (size_t j = a + 1; j-- > b;) {
        if (j < a && screen_sentence_break(text, &n->tok[j], &n->tok[j + 1]))
            break;
        if (screen_wc_class(t, n->tok[j].hash) & cls)
            return j;
    }
    return SIZE_MAX;
}

/* Nature's correction around "nature" at token i: SCREEN_INSULT and its
 * tokens in *out, or -1. */
static int na_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    const struct screen_wordclasses *t = &na_list.table;
    /* the verb within nine words after ("la naturaleza siempre corrige",
     * "nature just fixed") or, with the mistake before nature, after it
     * too ("a mistake and nature corrected it") */
    size_t fix = na_find(n, text, i + 1, i + 10, NA_FIX);
    if (fix == SIZE_MAX)
        return -1;
    /* the mistake within five words of the verb, or before nature: "error
     * de la naturaleza y ya se corrigió" */
    size_t err = na_find(n, text, fix + 1, fix + 6, NA_ERROR);
    size_t from = i, to = fix + 1;
    if (err == SIZE_MAX) {
        err = na_find(n, text, i, i >= 6 ? i - 6 : 0, NA_ERROR);
        if (err == SIZE_MAX)
            err = na_find(n, text, i + 1, fix, NA_ERROR);
        if (err == SIZE_MAX)
            return -1;
        if (err < from)
            from = err;
    } else
        to = err + 1;
    if (screen_wc_anywhere(t, n, NA_LAND, 0, 0))
        return -1;
    return screen_grammar_match(n, text, len, i, from, to, SCREEN_INSULT, out);
}

const struct screen_grammar screen_nature_grammar = {na_words_table, na_at};
