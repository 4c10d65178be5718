/*
 * conspiracy.c - a people said to run the world in secret, in the reader's
 * own words.
 *
 * Under a story about an official who fled to Israel, or about money
 * laundered through banks, the oldest slander comes back: the Jews run
 * the cartels, the same Jewish families pull the strings, "los judíos
 * detrás de los bancos". The word lists hold a few fixed phrases ("jews
 * control"); readers vary the verb and the thing. This file reads the
 * Jews (or "Zionists"), a verb of secret rule, and what they are said to
 * rule, within a few words:
 *
 *   - JEWS (RUN | CONTROL | OWN | PULL | BEHIND | DETRÁS DE | MOVIENDO)
 *     (the, los, a, all ...) THING: "Jews run the cartels", "Jewish
 *     families pulling the strings", "los judíos controlan a los
 *     carteles", "familias judías moviendo los hilos", "the Jews behind
 *     the banks";
 *   - with bankers, families or a community ("that own", "es dueña")
 *     between, or the Rothschilds, and "fund" or "financian" as rule;
 *   - THING: banks, media, government, cartels, money, the world, the
 *     strings, Hollywood, the press, Mexico, the economy, Televisa (and
 *     their Spanish words); and a
 *     company, a mine or an industry when the Jews themselves are said
 *     to own or run it ("Jews own the mining company", "los judíos
 *     controlan la minera"; not "Jewish families run the company").
 *
 * "Jewish groups run food banks" passes (only articles may stand before
 * the thing), and so does the trope named to be refuted: a negation near
 * it, or a sentence that calls it a myth, a lie or a theory ("the
 * conspiracy theory that Jews control the banks", "decir que los judíos
 * manejan a los carteles es un mito antisemita") or gives it as someone
 * else's words ("he claimed ...", "videos claiming ..."; refute.c).
 * Quotation marks let it pass too. Held as identity_hate. Like the other
 * grammars it is a rule only, not a model feature.
 */

#include "screen/screen_int.h"

enum {
    C_JEWS = 1u << 0,   /* jews, jewish, judios, zionists */
    C_RULE = 1u << 1,   /* run, control, own, pulling, controlan */
    C_BEHIND = 1u << 2, /* behind, detras: "behind the banks" */
    C_THING = 1u << 3,  /* banks, media, cartels, hilos */
    C_ART = 1u << 4,    /* the, los, a, all, de: before the thing */
    C_WHO = 1u << 5,    /* families, bankers, familias: "Jewish families" */
    C_DENY = 1u << 6,   /* not, no, never: a negation near */
    C_FIRM = 1u << 7,   /* company, mine, empresa, minera: ruled by the Jews
                           themselves ("Jews own the mining company") */
    C_PEOPLE = 1u << 8  /* jews, judios, zionists: the people itself, not
                           "Jewish families" */
};

static const struct screen_wc_word c_words[] = {
    /* the Jews */
    {"jews", C_JEWS | C_PEOPLE},
    {"jew", C_JEWS},
    {"jewish", C_JEWS},
    {"zionists", C_JEWS | C_PEOPLE},
    {"zionist", C_JEWS},
    {"judios", C_JEWS | C_PEOPLE},
    {"judio", C_JEWS},
    {"judias", C_JEWS},
    {"judia", C_JEWS},
    {"sionistas", C_JEWS | C_PEOPLE},
    {"rothschilds", C_JEWS | C_PEOPLE},
    {"rothschild", C_JEWS},
    /* a verb of secret rule */
    {"run", C_RULE},
    {"runs", C_RULE},
    {"running", C_RULE},
    {"control", C_RULE},
    {"controls", C_RULE},
    {"controlling", C_RULE},
    {"own", C_RULE},
    {"owns", C_RULE},
    {"rule", C_RULE},
    {"rules", C_RULE},
    {"pull", C_RULE},
    {"pulling", C_RULE},
    {"pulls", C_RULE},
    {"manipulate", C_RULE},
    {"controlan", C_RULE},
    {"controla", C_RULE},
    {"manejan", C_RULE},
    {"maneja", C_RULE},
    {"dominan", C_RULE},
    {"mueven", C_RULE},
    {"moviendo", C_RULE},
    {"controlando", C_RULE},
    {"manejando", C_RULE},
    {"dueños", C_RULE},
    {"owners", C_RULE},
    {"dueña", C_RULE},
    {"duena", C_RULE},
    {"duenas", C_RULE},
    {"dueno", C_RULE},
    {"duenos", C_RULE},
    {"fund", C_RULE},
    {"funds", C_RULE},
    {"finance", C_RULE},
    {"finances", C_RULE},
    {"financian", C_RULE},
    {"financia", C_RULE},
    {"behind", C_BEHIND},
    {"detras", C_BEHIND},
    /* what they are said to rule */
    {"banks", C_THING},
    {"media", C_THING},
    {"government", C_THING},
    {"governments", C_THING},
    {"cartels", C_THING},
    {"money", C_THING},
    {"world", C_THING},
    {"strings", C_THING},
    {"hollywood", C_THING},
    {"press", C_THING},
    {"bancos", C_THING},
    {"medios", C_THING},
    {"gobierno", C_THING},
    {"gobiernos", C_THING},
    {"carteles", C_THING},
    {"narco", C_THING},
    {"dinero", C_THING},
    {"mundo", C_THING},
    {"hilos", C_THING},
    {"prensa", C_THING},
    {"everything", C_THING},
    {"mexico", C_THING},
    {"economy", C_THING},
    {"economia", C_THING},
    {"country", C_THING},
    {"pais", C_THING},
    {"televisa", C_THING},
    {"banamex", C_THING},
    {"reserve", C_THING},
    {"reserva", C_THING},
    {"company", C_FIRM},
    {"companies", C_FIRM},
    {"corporations", C_FIRM},
    {"industry", C_FIRM},
    {"mine", C_FIRM},
    {"mines", C_FIRM},
    {"factories", C_FIRM},
    {"empresa", C_FIRM},
    {"empresas", C_FIRM},
    {"mina", C_FIRM},
    {"minas", C_FIRM},
    {"minera", C_FIRM},
    {"mineras", C_FIRM},
    {"industria", C_FIRM},
    {"fabricas", C_FIRM},
    {"corporaciones", C_FIRM},
    {"todo", C_THING},
    /* articles before it */
    {"the", C_ART},
    {"all", C_ART},
    {"a", C_ART},
    {"al", C_ART},
    {"los", C_ART},
    {"las", C_ART},
    {"el", C_ART},
    {"la", C_ART},
    {"de", C_ART},
    {"del", C_ART},
    {"of", C_ART},
    {"todos", C_ART},
    {"both", C_ART},
    {"federal", C_ART},
    /* who, between the Jews and the verb */
    {"families", C_WHO},
    {"bankers", C_WHO},
    {"people", C_WHO},
    {"elites", C_WHO},
    {"familias", C_WHO},
    {"banqueros", C_WHO},
    {"are", C_WHO},
    {"son", C_WHO},
    {"es", C_WHO},
    {"is", C_WHO},
    {"that", C_WHO},
    {"who", C_WHO},
    {"que", C_WHO},
    {"comunidad", C_WHO},
    {"community", C_WHO},
    /* a negation near */
    {"not", C_DENY},
    {"no", C_DENY},
    {"nunca", C_DENY},
    {"never", C_DENY},
};

static struct screen_wc_list c_list = SCREEN_WC_LIST(c_words, C_JEWS);

static const struct screen_wordclasses *c_words_table(void)
{
    return screen_wc_ready(&c_list);
}

#define C_READ_BACK 10
#define C_READ_AHEAD 16

static uint64_t cc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

/* The thing after a verb of rule at v, through articles: its token, or
 * SIZE_MAX. firm: a company or a mine counts too, after an article and
 * at most one word ("the mining company", "la empresa minera"). */
static size_t c_thing_after(const struct screen_window *w, size_t v, bool firm)
{
    for (size_t j = v + 1; j < w->e && j <= v + 3; j++) {
        uint64_t c = cc(w, j);
        if ((c & C_THING) || (firm && j > v + 1 && (c & C_FIRM)))
            return j;
        if (firm && j > v + 1 && (cc(w, j - 1) & C_ART) &&
            (cc(w, j + 1) & C_FIRM))
            return j + 1;
        if (!(c & C_ART))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* The secret rule said of the Jews at token i: identity_hate and its
 * tokens in *out, or -1. */
static int c_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    if (!(screen_wc_class(&c_list.table, n->tok[i].hash) & C_JEWS))
        return -1;
    struct screen_window w = {n, text, &c_list.table, 0, 0, false};
    screen_window_at(&w, i, C_READ_BACK, C_READ_AHEAD);
    if (screen_refuted(n, text, i, 1))
        return -1;
    /* the verb right after the Jews, or after "families", "are" */
    size_t v = i + 1;
    while (v < w.e && v <= i + 2 && (cc(&w, v) & C_WHO))
        v++;
    if (!(cc(&w, v) & (C_RULE | C_BEHIND)))
        return -1;
    /* "Jews own the mining company": the people itself, the verb right
     * after it or after "are" / "son" (not "Jewish families run the
     * company") */
    bool firm =
        (cc(&w, i) & C_PEOPLE) && !(cc(&w, v) & C_BEHIND) &&
        (v == i + 1 || (v == i + 2 && (screen_window_is(&w, i + 1, "are") ||
                                       screen_window_is(&w, i + 1, "son"))));
    size_t thing = c_thing_after(&w, v, firm);
    if (thing == SIZE_MAX)
        return -1;
    /* a negation before or inside it ("no es cierto que los judíos
     * controlen los bancos"); one after it is another clause's ("... y
     * por eso nunca van a decir la verdad") */
    for (size_t j = w.s; j <= thing; j++)
        if (cc(&w, j) & C_DENY)
            return -1;
    out->tok = (uint32_t)i;
    out->ntok = (uint32_t)(thing + 1 - i);
    return SCREEN_IDENTITY_HATE;
}

const struct screen_grammar screen_conspiracy_grammar = {c_words_table, c_at};
