/*
 * inplace.c - "yo que el blog me quedaba calladito": silence advised in
 * another's place.
 *
 * Under a story that names who collects from a market or a port, the
 * advice comes dressed as a reader's opinion: "yo que el blog me quedaba
 * calladito", "yo que ivan dormía con un ojo abierto", "if I were the
 * widow I'd keep my mouth shut". Said of the writer, a source or a
 * witness, it is an order to be quiet with the reason left out. This
 * grammar reads "yo que X" or "if I were X" and, in the same sentence a
 * few words on, a way of going quiet (staying quiet, closing one's mouth,
 * taking the story down, dropping the case) or of living afraid ("con un
 * ojo abierto", "watch my back", "yo que usted cuidaría más a sus
 * hijas", "yo que el autor me iba bien lejos"), and holds it as a
 * threat:
 *
 *   - of a third person, any of them, unless it is one in office ("yo
 *     que el gobernador me quedaba callado" is a citizen's criticism);
 *   - of "you" ("yo que tú", "if I were you"), only the ways of living
 *     afraid and a silence in the diminutive ("calladito"): "if I were
 *     you I'd stay quiet" is also what readers say to each other.
 *
 * Concern passes ("if I were her I'd keep quiet for a while, stay safe",
 * "no vale la pena"), as do a question and a quotation. A grammar of the
 * one pass (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    IP_IF = 1u << 0,      /* if, yo: where "if I were", "yo que" start */
    IP_OFFICE = 1u << 1,  /* gobernador, mayor, prosecutor, policia */
    IP_YOU = 1u << 2,     /* you, u, tu, usted, ustedes */
    IP_CONCERN = 1u << 3, /* safe, please, porfavor, vale, worth, pray */
    IP_NOT_X = 1u << 4,   /* se, pensaba, creia: "yo que sé" is no place */
};

static const struct screen_wc_word ip_words[] = {
    {"if", IP_IF},
    {"yo", IP_IF},
    {"gobernador", IP_OFFICE},
    {"gobernadora", IP_OFFICE},
    {"alcalde", IP_OFFICE},
    {"alcaldesa", IP_OFFICE},
    {"presidente", IP_OFFICE},
    {"presidenta", IP_OFFICE},
    {"fiscal", IP_OFFICE},
    {"fiscalia", IP_OFFICE},
    {"secretario", IP_OFFICE},
    {"secretaria", IP_OFFICE},
    {"diputado", IP_OFFICE},
    {"diputada", IP_OFFICE},
    {"senador", IP_OFFICE},
    {"regidor", IP_OFFICE},
    {"gobierno", IP_OFFICE},
    {"policia", IP_OFFICE},
    {"comandante", IP_OFFICE},
    {"capitan", IP_OFFICE},
    {"jefe", IP_OFFICE},
    {"ministerio", IP_OFFICE},
    {"juez", IP_OFFICE},
    {"governor", IP_OFFICE},
    {"mayor", IP_OFFICE},
    {"president", IP_OFFICE},
    {"prosecutor", IP_OFFICE},
    {"secretary", IP_OFFICE},
    {"senator", IP_OFFICE},
    {"government", IP_OFFICE},
    {"police", IP_OFFICE},
    {"cops", IP_OFFICE},
    {"chief", IP_OFFICE},
    {"judge", IP_OFFICE},
    {"minister", IP_OFFICE},
    {"master", IP_OFFICE},
    {"company", IP_OFFICE},
    {"you", IP_YOU},
    {"u", IP_YOU},
    {"tu", IP_YOU},
    {"usted", IP_YOU},
    {"ustedes", IP_YOU},
    {"safe", IP_CONCERN},
    {"please", IP_CONCERN},
    {"worth", IP_CONCERN},
    {"pray", IP_CONCERN},
    {"praying", IP_CONCERN},
    {"sadly", IP_CONCERN},
    {"sad", IP_CONCERN},
    {"unfortunately", IP_CONCERN},
    {"worried", IP_CONCERN},
    {"vale", IP_CONCERN},
    {"favor", IP_CONCERN},
    {"porfavor", IP_CONCERN},
    {"tristemente", IP_CONCERN},
    {"lamentablemente", IP_CONCERN},
    {"triste", IP_CONCERN},
    {"preocupa", IP_CONCERN},
    {"dios", IP_CONCERN},
    {"god", IP_CONCERN},
    {"se", IP_NOT_X},
    {"pensaba", IP_NOT_X},
    {"creia", IP_NOT_X},
    {"decia", IP_NOT_X},
    {"ya", IP_NOT_X},
    {"no", IP_NOT_X},
};

static struct screen_wc_list ip_list = SCREEN_WC_LIST(ip_words, IP_IF);

static const struct screen_wordclasses *ip_words_table(void)
{
    return screen_wc_ready(&ip_list);
}

static uint64_t ipc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&ip_list.table, n->tok[j].hash) : 0;
}

/* The ways of going quiet or living afraid, as words in a row (NULL ends
 * a short one); afraid: said to "you" too. */
struct ip_way {
    const char *w[4];
    bool afraid;
};

static const struct ip_way ip_ways[] = {
    {{"me", "quedaba", "calladito", NULL}, true},
    {{"me", "quedaba", "calladita", NULL}, true},
    {{"me", "quedaria", "calladito", NULL}, true},
    {{"me", "quedaria", "calladita", NULL}, true},
    {{"me", "quedaba", "quietecito", NULL}, true},
    {{"me", "quedaba", "quietecita", NULL}, true},
    {{"me", "quedaba", "callado", NULL}, false},
    {{"me", "quedaba", "callada", NULL}, false},
    {{"me", "quedaria", "callado", NULL}, false},
    {{"me", "quedaria", "callada", NULL}, false},
    {{"me", "quedaba", "quieto", NULL}, false},
    {{"me", "quedaba", "quieta", NULL}, false},
    {{"me", "callaba", NULL, NULL}, false},
    {{"me", "callaria", NULL, NULL}, false},
    {{"cerraba", "el", "pico", NULL}, false},
    {{"cerraba", "la", "boca", NULL}, false},
    {{"cerraria", "la", "boca", NULL}, false},
    {{"cerraba", "el", "hocico", NULL}, false},
    {{"dejaba", "de", "publicar", NULL}, false},
    {{"dejaba", "de", "escribir", NULL}, false},
    {{"dejaba", "de", "hablar", NULL}, false},
    {{"dejaba", "de", "preguntar", NULL}, false},
    {{"dejaba", "de", "investigar", NULL}, false},
    {{"dejaba", "de", "andar", NULL}, false},
    {{"dejaria", "de", "publicar", NULL}, false},
    {{"dejaria", "de", "hablar", NULL}, false},
    {{"dejaria", "de", "ir", NULL}, false},
    {{"dejaba", "de", "ir", NULL}, false},
    {{"bajaba", "la", "nota", NULL}, false},
    {{"borraba", "la", "nota", NULL}, false},
    {{"bajaria", "la", "nota", NULL}, false},
    {{"borraba", "todo", NULL, NULL}, false},
    {{"retiraba", "la", "denuncia", NULL}, false},
    {{"retiraria", "la", "denuncia", NULL}, false},
    {{"me", "olvidaba", "del", "caso"}, false},
    {{"ya", "no", "publicaba", NULL}, false},
    {{"ya", "no", "hablaba", NULL}, false},
    {{"no", "abria", "la", "boca"}, false},
    {{"dormia", "con", "un", "ojo"}, true},
    {{"dormiria", "con", "un", "ojo"}, true},
    {{"me", "cuidaba", "la", "espalda"}, true},
    {{"me", "iba", "de", "vacaciones"}, true},
    {{"me", "iba", "lejos", NULL}, true},
    {{"me", "iba", "bien", "lejos"}, true},
    {{"me", "iba", "con", "mis"}, true},
    {{"me", "largaba", NULL, NULL}, true},
    {{"me", "cambiaba", "de", "ciudad"}, true},
    {{"cuidaria", "mas", "a", "sus"}, true},
    {{"cuidaba", "mas", "a", "sus"}, true},
    {{"cuidaria", "a", "sus", NULL}, true},
    {{"cuidaba", "a", "sus", NULL}, true},
    {{"stay", "quiet", NULL, NULL}, false},
    {{"keep", "quiet", NULL, NULL}, false},
    {{"keep", "my", "mouth", "shut"}, false},
    {{"shut", "my", "mouth", NULL}, false},
    {{"shut", "up", NULL, NULL}, false},
    {{"stop", "writing", NULL, NULL}, false},
    {{"stop", "talking", NULL, NULL}, false},
    {{"stop", "asking", NULL, NULL}, false},
    {{"stop", "digging", NULL, NULL}, false},
    {{"stop", "posting", NULL, NULL}, false},
    {{"take", "it", "down", NULL}, false},
    {{"take", "the", "article", "down"}, false},
    {{"take", "the", "story", "down"}, false},
    {{"take", "that", "down", NULL}, false},
    {{"drop", "the", "case", NULL}, false},
    {{"drop", "it", NULL, NULL}, false},
    {{"keep", "my", "head", "down"}, false},
    {{"mind", "my", "own", "business"}, false},
    {{"mind", "my", "business", NULL}, false},
    {{"sleep", "with", "one", "eye"}, true},
    {{"watch", "my", "back", NULL}, true},
    {{"watch", "my", "kids", NULL}, true},
    {{"watch", "my", "family", NULL}, true},
    {{"move", "far", "away", NULL}, false},
    {{"move", "away", NULL, NULL}, false},
    {{"leave", "town", NULL, NULL}, false},
};

/* The way of going quiet that starts at token j, or NULL. */
static const struct ip_way *ip_way_at(const struct screen_norm *n, size_t j)
{
    for (size_t r = 0; r < sizeof(ip_ways) / sizeof(*ip_ways); r++) {
        size_t k = 0;
        while (k < 4 && ip_ways[r].w[k] &&
               screen_tok_is(n, j + k, ip_ways[r].w[k]))
            k++;
        if (k == 4 || !ip_ways[r].w[k])
            return &ip_ways[r];
    }
    return NULL;
}

/* The first token of the person whose place is taken, after the words
 * "yo que" or "if I were" at token i: *x, and the token past "if I
 * were" or "yo que" is where the person starts; false if there is none. */
static bool ip_place(const struct screen_norm *n, size_t i, size_t *x)
{
    if (screen_tok_is(n, i, "yo")) {
        if (!screen_tok_is(n, i + 1, "que") || (ipc(n, i + 2) & IP_NOT_X))
            return false;
        *x = i + 2;
        return i + 2 < n->ntok;
    }
    /* if i were, if i was, if id been */
    if (!screen_tok_is(n, i + 1, "i") ||
        !(screen_tok_is(n, i + 2, "were") || screen_tok_is(n, i + 2, "was")))
        return false;
    *x = i + 3;
    return i + 3 < n->ntok;
}

/* "yo que el blog me quedaba calladito", "if I were the widow I'd keep
 * my mouth shut" at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int ip_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t x;
    if (!ip_place(n, i, &x))
        return -1;
    bool you = (ipc(n, x) & IP_YOU) != 0;
    /* the way within five words of the person, in the same sentence; no
     * office in between */
    for (size_t j = x + 1; j < n->ntok && j <= x + 5; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]) ||
            (ipc(n, j - 1) & IP_OFFICE))
            return -1;
        const struct ip_way *w = ip_way_at(n, j);
        if (!w)
            continue;
        if (you && !w->afraid)
            return -1;
        if (screen_wc_anywhere(&ip_list.table, n, IP_CONCERN, 0, 0))
            return -1;
        size_t b = j + 1;
        while (b < n->ntok && b - j < 4 && w->w[b - j])
            b++;
        return screen_grammar_match(n, text, len, i, i, b, SCREEN_THREAT, out);
    }
    return -1;
}

const struct screen_grammar screen_inplace_grammar = {ip_words_table, ip_at};
