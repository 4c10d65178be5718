/*
 * brave.c - "let's see how brave they are when the lights go out":
 * courage mocked with its price named.
 *
 * The readers who praise a source call her brave; the men she named use
 * the same word for menace: "Let's see how brave the cooperative is when
 * the lights go out.", "Everyones brave on the internet until the truck
 * pulls up.", "Funny how the brave ones never seem to get old.",
 * "Bravery is expensive around here.", "Qué valiente el hermano. Tan
 * valiente como Mateo. Ya vimos cómo le fue." This grammar reads a word
 * of courage ("brave", "bravery", "valiente", "valentía") and, near it,
 * one of eight prices, and holds it as a threat:
 *
 *   - growing old: "the brave ones never seem to get old", "los
 *     valientes no llegan a viejos";
 *   - a test to come in the dark, alone or unguarded: "let's see how
 *     brave ... when the lights go out", "a ver si tanta valentía les
 *     alcanza cuando se vaya la luz", "... when the checkpoint leaves";
 *   - "until" the men come: "brave on the internet until the truck pulls
 *     up", "right up until he didn't";
 *   - courage said to cost: "bravery is expensive", "la valentía no
 *     alimenta a los hijos huérfanos", "Bravery is admirable. It's also
 *     expensive.";
 *   - the obituaries or the visits: "los valientes salen muy bonitos en
 *     las esquelas", "Brave people in Sonora tend to get a lot of visits";
 *   - how it went for the last brave one: "ya vimos cómo le fue", "we saw
 *     how that ended";
 *   - guards wished as good as the courage: "Ojalá tenga igual de buena su
 *     seguridad", "hope his security is as good as his nerve";
 *   - a short life: "Me caen bien los valientes. Duran poquito", "cuánto
 *     les duró la valentía", "brave ones don't last long".
 *
 * Praise passes ("The association's statement was really brave"), as do
 * trolls dared to sign ("a ver si con nombre y apellido son igual de
 * valientes": no dark, no price), a question and a quotation. A grammar
 * of the one pass (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    BR_BRAVE = 1u << 0, /* brave, bravery, valiente, valentia */
    BR_OLD = 1u << 1,   /* old, viejo, viejos, vieja */
    BR_DARK = 1u << 2,  /* lights, luz, dark, night, checkpoint, alone */
    BR_WHEN = 1u << 3,  /* when, cuando */
    BR_SEE = 1u << 4,   /* see, ver, wonder, veremos */
    BR_UNTIL = 1u << 5, /* until, hasta */
    BR_COME = 1u << 6,  /* truck, camioneta, pulls, knock, didnt */
    BR_COST = 1u << 7,  /* expensive, cara, cuesta, costs, alimenta */
    BR_OBIT = 1u << 8,  /* esquelas, obituaries, visits: the price paid */
    BR_GUARD = 1u << 9, /* seguridad, security, escoltas: guards wished */
};

static const struct screen_wc_word br_words[] = {
    {"brave", BR_BRAVE},      {"braver", BR_BRAVE},
    {"bravery", BR_BRAVE},    {"valiente", BR_BRAVE},
    {"valientes", BR_BRAVE},  {"valentia", BR_BRAVE},
    {"old", BR_OLD},          {"viejo", BR_OLD},
    {"viejos", BR_OLD},       {"vieja", BR_OLD},
    {"lights", BR_DARK},      {"luz", BR_DARK},
    {"dark", BR_DARK},        {"oscuro", BR_DARK},
    {"oscura", BR_DARK},      {"night", BR_DARK},
    {"noche", BR_DARK},       {"checkpoint", BR_DARK},
    {"reten", BR_DARK},       {"cameras", BR_DARK},
    {"camaras", BR_DARK},     {"alone", BR_DARK},
    {"solos", BR_DARK},       {"solas", BR_DARK},
    {"corners", BR_DARK},     {"esquinas", BR_DARK},
    {"when", BR_WHEN},        {"cuando", BR_WHEN},
    {"see", BR_SEE},          {"ver", BR_SEE},
    {"wonder", BR_SEE},       {"veremos", BR_SEE},
    {"ojala", BR_SEE},        {"hope", BR_SEE},
    {"visits", BR_OBIT},      {"visitas", BR_OBIT},
    {"until", BR_UNTIL},      {"hasta", BR_UNTIL},
    {"truck", BR_COME},       {"camioneta", BR_COME},
    {"pulls", BR_COME},       {"knock", BR_COME},
    {"knocks", BR_COME},      {"didnt", BR_COME},
    {"tocan", BR_COME},       {"lleguen", BR_COME},
    {"expensive", BR_COST},   {"cara", BR_COST},
    {"cuesta", BR_COST},      {"costs", BR_COST},
    {"alimenta", BR_COST},    {"costly", BR_COST},
    {"reporteros", BR_DARK}, /* "cuando ya no haya
                                reporteros viendo" */
    {"reporters", BR_DARK},   {"esquela", BR_OBIT},
    {"esquelas", BR_OBIT},    {"obituary", BR_OBIT},
    {"obituaries", BR_OBIT},  {"lapida", BR_OBIT},
    {"lapidas", BR_OBIT},     {"tombstone", BR_OBIT},
    {"tombstones", BR_OBIT},  {"seguridad", BR_GUARD},
    {"security", BR_GUARD},   {"escoltas", BR_GUARD},
    {"bodyguards", BR_GUARD}, {"guardaespaldas", BR_GUARD},
};

static struct screen_wc_list br_list = SCREEN_WC_LIST(br_words, BR_BRAVE);

static const struct screen_wordclasses *br_words_table(void)
{
    return screen_wc_ready(&br_list);
}

static uint64_t brc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&br_list.table, n->tok[j].hash) : 0;
}

/* The first token of class cls in [a, b) of n, or SIZE_MAX. */
static size_t br_find(const struct screen_norm *n, size_t a, size_t b,
                      uint64_t cls)
{
    for (size_t k = a; k < b && k < n->ntok; k++)
        if (brc(n, k) & cls)
            return k;
    return SIZE_MAX;
}

/* Whether "ya vimos cómo le fue" or "we saw how that ended" stands
 * anywhere in the comment. */
static bool br_we_saw_how(const struct screen_norm *n)
{
    for (size_t k = 0; k + 3 < n->ntok; k++) {
        if (screen_tok_is(n, k, "vimos") && screen_tok_is(n, k + 1, "como") &&
            (screen_tok_is(n, k + 2, "le") || screen_tok_is(n, k + 2, "les")) &&
            screen_tok_is(n, k + 3, "fue"))
            return true;
        if (screen_tok_is(n, k, "saw") && screen_tok_is(n, k + 1, "how") &&
            (screen_tok_is(n, k + 3, "ended") ||
             screen_tok_is(n, k + 3, "went")))
            return true;
    }
    return false;
}

/* The price of the courage at token i; the match's tokens in [*a, *b). */
static bool br_priced(const struct screen_norm *n, size_t i, size_t *a,
                      size_t *b)
{
    size_t end = n->ntok < i + 12 ? n->ntok : i + 12;
    *a = i;
    /* growing old: "never seem to get old", "no llegan a viejos" */
    size_t k = br_find(n, i + 1, end, BR_OLD);
    if (k != SIZE_MAX &&
        (screen_tok_is(n, k - 1, "get") || screen_tok_is(n, k - 1, "grow") ||
         screen_tok_is(n, k - 1, "a"))) {
        *b = k + 1;
        return true;
    }
    /* a test to come in the dark: "let's see how brave ... when the
     * lights go out", "a ver si tanta valentía ... cuando se vaya la luz" */
    size_t see = SIZE_MAX;
    for (size_t q = i; q > 0 && i - q < 5 && see == SIZE_MAX;) {
        q--;
        if (brc(n, q) & BR_SEE)
            see = q;
    }
    size_t when = br_find(n, i + 1, end, BR_WHEN);
    /* or just after: "muy valientes en los comentarios, a ver el lunes
     * cuando quiten el retén" */
    size_t see_after = br_find(n, i + 1, i + 7, BR_SEE);
    if (see == SIZE_MAX && see_after != SIZE_MAX && see_after < when)
        see = i;
    if (see != SIZE_MAX && when != SIZE_MAX) {
        size_t dark = br_find(n, when + 1, when + 10, BR_DARK | BR_COME);
        if (dark != SIZE_MAX) {
            *a = see;
            *b = dark + 1;
            return true;
        }
    }
    /* "until the truck pulls up", "right up until he didn't" */
    size_t until = br_find(n, i + 1, i + 8, BR_UNTIL);
    if (until != SIZE_MAX && (!screen_tok_is(n, until, "hasta") ||
                              screen_tok_is(n, until + 1, "que"))) {
        size_t come = br_find(n, until + 1, until + 6, BR_COME);
        if (come != SIZE_MAX) {
            *b = come + 1;
            return true;
        }
    }
    /* "bravery is expensive", "la valentía no alimenta", "Bravery is
     * admirable. It's also expensive." */
    size_t cost = br_find(n, i + 1, i + 6, BR_COST);
    if (cost != SIZE_MAX &&
        (screen_tok_is(n, i, "bravery") || screen_tok_is(n, i, "valentia"))) {
        *b = cost + 1;
        return true;
    }
    /* the obituaries or the visits: "los valientes salen muy bonitos en
     * las esquelas", "Brave people in Sonora tend to get a lot of visits" */
    size_t obit = br_find(n, i + 1, end, BR_OBIT);
    /* not "visits from grateful families" */
    if (obit != SIZE_MAX && (screen_tok_is(n, obit + 1, "from") ||
                             screen_tok_is(n, obit + 1, "de")))
        obit = SIZE_MAX;
    if (obit != SIZE_MAX) {
        *b = obit + 1;
        return true;
    }
    /* guards wished as good as the courage: "Ojala tenga igual de buena
     * su seguridad", "hope his security is as good as his nerve" (not
     * "ojalá el gobierno le dé seguridad", a plea) */
    size_t guard = br_find(n, i + 1, i + 16, BR_GUARD);
    for (size_t q = guard > 4 ? guard - 4 : 0;
         guard != SIZE_MAX && q < guard + 5 && q < n->ntok; q++)
        if (screen_tok_is(n, q, "igual") ||
            (screen_tok_is(n, q, "as") && screen_tok_is(n, q + 1, "good"))) {
            *b = (q > guard ? q + 2 : guard + 1);
            return true;
        }
    /* a short life: "Me caen bien los valientes. Duran poquito", "cuánto
     * les duró la valentía", "brave ones don't last long", "brave
     * people don't live long around here" */
    for (size_t q = i > 4 ? i - 4 : 0; q < n->ntok && q < i + 8; q++) {
        static const char *const last[] = {"duran", "dura",   "duro", "last",
                                           "lasts", "lasted", "live"};
        static const char *const little[] = {"poco", "poquito"};
        static const char *const never[] = {"dont",   "never", "wont",
                                            "doesnt", "didnt", "no"};
        if (!screen_tok_in(n, q, last, SCREEN_NWORDS(last)))
            continue;
        /* "duran poquito", they last (not "el incendio duró poco") */
        bool short_life =
            (screen_tok_is(n, q, "duran") &&
             screen_tok_in(n, q + 1, little, SCREEN_NWORDS(little))) ||
            (q > 0 && screen_tok_is(n, q - 1, "cuanto")) ||
            (q > 1 && screen_tok_is(n, q - 2, "cuanto")) ||
            (screen_tok_is(n, q + 1, "long") && q > 0 &&
             screen_tok_in(n, q - 1, never, SCREEN_NWORDS(never)));
        if (short_life) {
            *a = q < i ? q : i;
            /* through the word after it ("duran poquito"), if any */
            *b = q < i ? i + 1 : (q + 2 < n->ntok ? q + 2 : n->ntok);
            return true;
        }
    }
    if (br_we_saw_how(n)) {
        *b = i + 1;
        return true;
    }
    return false;
}

/* Courage mocked with its price at token i: SCREEN_THREAT and its tokens
 * in *out, or -1. */
static int br_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t a, b;
    if (!br_priced(n, i, &a, &b))
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_brave_grammar = {br_words_table, br_at};
