/*
 * roasted.c - the burnt dead called food.
 *
 * Under a story of people burned to death (a pipeline that exploded
 * while villagers filled buckets, a house set on fire) some readers make
 * the dead a dish: "Roasted peasants. Smells like justice.",
 * "Chicharrón de huachicolero, ¿quién quiere? jajaja", "se los
 * rostizaron bien bonito", "Carnitas estilo Hidalgo, ahora con sabor a
 * magna jaja". No word of it is a slur or a threat, so neither the lists
 * nor the model hold it, and to the families it is the cruellest comment
 * in the thread. This grammar reads a word of cooking (roasted, crispy,
 * barbecued, chicharrón, carnitas, rostizados) said of the dead:
 *
 *   - next to the people it is said of (up to two words before it, right
 *     after it or after "de"): "roasted peasants", "huachicoleros bien
 *     rostizados", "chicharrón de huachicolero" (not "BBQ for people who
 *     lost their homes"), or their pronoun before the verb: "se los
 *     rostizaron";
 *   - or with laughter in the comment ("jaja", "lol", "😂") and a word
 *     of the fire or the fuel ("fire", "burned", "gasolina", "magna"):
 *     "Crispy crispy lol, the fire did its job".
 *
 * The same words quoted to condemn them pass ('los chistes de
 * "rostizados" están de la chingada', 'calling them "roasted thieves"'),
 * and so does cooking with no one burned in the comment ("carnitas para
 * la colecta de las familias" names no fire). Held as an insult. A
 * grammar of the one pass (grammars.c); a rule only, not a model
 * feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    RO_FOOD = 1u << 0,   /* roasted, crispy, chicharron, rostizados */
    RO_WHO = 1u << 1,    /* thieves, peasants, huachicoleros, ladrones */
    RO_FIRE = 1u << 2,   /* fire, burned, explosion, gasolina, magna */
    RO_CLITIC = 1u << 3, /* los, las: "se los rostizaron" */
    RO_VERB = 1u << 4,   /* rostizaron, rostizar: takes a pronoun before */
};

static const struct screen_wc_word ro_words[] = {
    /* cooking */
    {"roasted", RO_FOOD},
    {"roast", RO_FOOD},
    {"crispy", RO_FOOD},
    {"barbecued", RO_FOOD},
    {"barbecue", RO_FOOD},
    {"bbq", RO_FOOD},
    {"chicharron", RO_FOOD},
    {"chicharrones", RO_FOOD},
    {"carnitas", RO_FOOD},
    {"rostizado", RO_FOOD},
    {"rostizados", RO_FOOD},
    {"rostizada", RO_FOOD},
    {"rostizadas", RO_FOOD},
    {"rostizaron", RO_FOOD | RO_VERB},
    {"rostizar", RO_FOOD | RO_VERB},
    {"rostizo", RO_FOOD | RO_VERB},
    {"doraditos", RO_FOOD},
    {"tostaditos", RO_FOOD},
    /* the people it is said of */
    {"thieves", RO_WHO},
    {"peasants", RO_WHO},
    {"villagers", RO_WHO},
    {"huachicoleros", RO_WHO | RO_FIRE},
    {"huachicolero", RO_WHO | RO_FIRE},
    {"people", RO_WHO},
    {"indians", RO_WHO},
    {"rats", RO_WHO},
    {"ladrones", RO_WHO},
    {"rateros", RO_WHO},
    {"ratas", RO_WHO},
    {"indios", RO_WHO},
    {"gente", RO_WHO},
    {"pueblo", RO_WHO},
    {"nacos", RO_WHO},
    /* "se los rostizaron" */
    {"los", RO_CLITIC},
    {"las", RO_CLITIC},
    /* the fire and the fuel */
    {"fire", RO_FIRE},
    {"burn", RO_FIRE},
    {"burned", RO_FIRE},
    {"burnt", RO_FIRE},
    {"burning", RO_FIRE},
    {"explosion", RO_FIRE},
    {"exploded", RO_FIRE},
    {"flames", RO_FIRE},
    {"spark", RO_FIRE},
    {"fuel", RO_FIRE},
    {"gasoline", RO_FIRE},
    {"gas", RO_FIRE},
    {"pipeline", RO_FIRE},
    {"fuego", RO_FIRE},
    {"quemados", RO_FIRE},
    {"quemadas", RO_FIRE},
    {"quemaron", RO_FIRE},
    {"exploto", RO_FIRE},
    {"llamas", RO_FIRE},
    {"chispa", RO_FIRE},
    {"gasolina", RO_FIRE},
    {"magna", RO_FIRE},
    {"diesel", RO_FIRE},
    {"huachicol", RO_FIRE},
    {"ducto", RO_FIRE},
};

static struct screen_wc_list ro_list = SCREEN_WC_LIST(ro_words, RO_FOOD);

static const struct screen_wordclasses *ro_words_table(void)
{
    return screen_wc_ready(&ro_list);
}

static uint64_t roc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&ro_list.table, n->tok[j].hash) : 0;
}

/* Whether the original text before offset at holds a quotation still
 * open: an odd number of straight double quotes, or more opening curly
 * quotes or guillemets than closing ones. */
static bool ro_inside_quotes(const char *text, size_t at)
{
    size_t straight = 0;
    long curly = 0, guillemet = 0;
    const unsigned char *s = (const unsigned char *)text;
    for (size_t q = 0; q < at; q++) {
        if (s[q] == '"')
            straight++;
        else if (s[q] == 0xe2 && q + 2 < at && s[q + 1] == 0x80 &&
                 (s[q + 2] == 0x9c || s[q + 2] == 0x9d))
            curly += s[q + 2] == 0x9c ? 1 : -1;
        else if (s[q] == 0xc2 && q + 1 < at &&
                 (s[q + 1] == 0xab || s[q + 1] == 0xbb))
            guillemet += s[q + 1] == 0xab ? 1 : -1;
    }
    return straight % 2 == 1 || curly > 0 || guillemet > 0;
}

/* Whether laughter stands anywhere in the comment. */
static bool ro_laughs(const struct screen_norm *n)
{
    for (size_t j = 0; j < n->ntok; j++)
        if (screen_is_laugh(n, j))
            return true;
    return false;
}

/* The dish made of the dead at token i, or -1: SCREEN_INSULT and its
 * tokens in *out. */
static int ro_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    (void)len;
    uint64_t c = roc(n, i);
    if (!(c & RO_FOOD) || ro_inside_quotes(text, n->tok[i].orig_off))
        return -1;
    size_t a = i, b = i + 1;
    bool found = false;
    /* "se los rostizaron" */
    if ((c & RO_VERB) && i >= 2 && (roc(n, i - 1) & RO_CLITIC) &&
        screen_tok_in(n, i - 2, (const char *[]){"se"}, 1)) {
        a = i - 2;
        found = true;
    }
    /* "roasted peasants", "chicharrón de huachicolero" */
    for (size_t j = i > 2 ? i - 2 : 0; !found && j < i + 3 && j < n->ntok;
         j++) {
        if (j == i || !(roc(n, j) & RO_WHO))
            continue;
        /* after the dish, right after it or after "de": not "BBQ for
         * people who lost their homes" */
        if (j == i + 2 &&
            !screen_tok_in(n, i + 1, (const char *[]){"de", "of"}, 2))
            continue;
        if (screen_sentence_break(text, &n->tok[j < i ? j : i],
                                  &n->tok[j < i ? j + 1 : i + 1]))
            continue;
        a = j < i ? j : i;
        b = (j < i ? i : j) + 1;
        found = true;
    }
    if (!found && ro_laughs(n)) {
        /* "Carnitas estilo Hidalgo, ahora con sabor a magna jaja" */
        for (size_t j = 0; j < n->ntok && !found; j++)
            found = j != i && (roc(n, j) & RO_FIRE);
    }
    if (!found)
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_INSULT;
}

const struct screen_grammar screen_roasted_grammar = {ro_words_table, ro_at};
