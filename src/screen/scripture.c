/*
 * scripture.c - people condemned in God's name.
 *
 * Under a story about a gay or trans victim, readers who would not write
 * a slur write that God hates them, or cite the verse that sets death as
 * the penalty: "Dios los odia y yo también", "God hates them and so do
 * I", "Leviticus 20:13. Look it up." None of it is a word the lists
 * hold, and the model reads religion as harmless. This grammar reads
 * two shapes, in English and Spanish, held as identity_hate:
 *
 *   - God said to hate people: "God hates them", "God hates fags",
 *     "Dios los odia", "Dios odia a los jotos" (a pronoun or a people
 *     after it; not "God hates sin", "Dios odia el pecado", nor denied,
 *     asked or reported: "God doesn't hate anyone", "¿Dios los odia?",
 *     "they say God hates them");
 *   - Leviticus 20:13 cited ("Leviticus 20:13", "Levítico 20 13"; not
 *     where the sentence refutes or reports it).
 *
 * A grammar of the one pass (grammars.c); a rule only, not a model
 * feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    SC_GOD = 1u << 0,    /* god, dios: who is said to hate */
    SC_BOOK = 1u << 1,   /* leviticus, levitico */
    SC_HATES = 1u << 2,  /* hates, hate, odia, odiaba */
    SC_THEM = 1u << 3,   /* them, you, los, las, te: people hated */
    SC_PEOPLE = 1u << 4, /* fags, gays, jotos, maricones, trans: a people */
    SC_NOT = 1u << 5,    /* not, doesnt, no, nunca */
    SC_SAY = 1u << 6     /* say, says, dicen, dice: what others claim */
};

#define SC_START (SC_GOD | SC_BOOK)

static const struct screen_wc_word sc_words[] = {
    {"god", SC_GOD},
    {"dios", SC_GOD},
    {"leviticus", SC_BOOK},
    {"levitico", SC_BOOK},
    {"hates", SC_HATES},
    {"hate", SC_HATES},
    {"hated", SC_HATES},
    {"odia", SC_HATES},
    {"odiaba", SC_HATES},
    {"aborrece", SC_HATES},
    {"them", SC_THEM},
    {"you", SC_THEM},
    {"los", SC_THEM},
    {"las", SC_THEM},
    {"te", SC_THEM},
    {"les", SC_THEM},
    {"fags", SC_PEOPLE},
    {"faggots", SC_PEOPLE},
    {"gays", SC_PEOPLE},
    {"queers", SC_PEOPLE},
    {"trannies", SC_PEOPLE},
    {"trans", SC_PEOPLE},
    {"homosexuals", SC_PEOPLE},
    {"lesbians", SC_PEOPLE},
    {"jotos", SC_PEOPLE},
    {"maricones", SC_PEOPLE},
    {"putos", SC_PEOPLE},
    {"homosexuales", SC_PEOPLE},
    {"lesbianas", SC_PEOPLE},
    {"travestis", SC_PEOPLE},
    {"not", SC_NOT},
    {"doesnt", SC_NOT},
    {"dont", SC_NOT},
    {"never", SC_NOT},
    {"no", SC_NOT},
    {"nunca", SC_NOT},
    {"say", SC_SAY},
    {"says", SC_SAY},
    {"said", SC_SAY},
    {"claim", SC_SAY},
    {"claims", SC_SAY},
    {"dicen", SC_SAY},
    {"dice", SC_SAY},
    {"dijo", SC_SAY},
};

static struct screen_wc_list sc_list = SCREEN_WC_LIST(sc_words, SC_START);

static const struct screen_wordclasses *sc_words_table(void)
{
    return screen_wc_ready(&sc_list);
}

static uint64_t scc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

/* God said to hate people, by "God" at i: "God hates them", "Dios los
 * odia", "Dios odia a los jotos"; the end in *b. */
static bool sc_god_hates(const struct screen_window *w, size_t i, size_t *b)
{
    size_t k = i + 1;
    /* "Dios los odia": the pronoun before the verb */
    if ((scc(w, k) & SC_THEM) && !screen_window_is(w, k, "you") &&
        !screen_window_is(w, k, "them") && (scc(w, k + 1) & SC_HATES)) {
        *b = k + 2;
        return true;
    }
    if (!(scc(w, k) & SC_HATES))
        return false;
    size_t o = k + 1;
    if (screen_window_is(w, o, "a"))
        o++; /* "odia a los jotos" */
    if (screen_window_is(w, o, "los") || screen_window_is(w, o, "las") ||
        screen_window_is(w, o, "the")) {
        if (scc(w, o + 1) & SC_PEOPLE) {
            *b = o + 2;
            return true;
        }
    }
    if ((scc(w, o) & SC_PEOPLE) || screen_window_is(w, o, "them") ||
        screen_window_is(w, o, "you")) {
        *b = o + 1;
        return true;
    }
    return false;
}

/* Leviticus 20:13 cited, by the book at i; the end in *b. */
static bool sc_verse(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const twenty[] = {"20"}, *const thirteen[] = {"13"};
    if (!screen_tok_in(w->n, i + 1, twenty, 1) ||
        !screen_tok_in(w->n, i + 2, thirteen, 1))
        return false;
    *b = i + 3;
    return true;
}

/* The condemnation found at token i: SCREEN_IDENTITY_HATE and its tokens
 * in *out, or -1. */
static int sc_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&sc_list.table, n->tok[i].hash);
    if (!(c & SC_START))
        return -1;
    struct screen_window w = {n, text, &sc_list.table, 0, 0, false};
    screen_window_at(&w, i, 6, 6);
    size_t b = i + 1;
    bool found = ((c & SC_GOD) && sc_god_hates(&w, i, &b)) ||
                 ((c & SC_BOOK) && sc_verse(&w, i, &b));
    if (!found)
        return -1;
    /* "God doesn't hate anyone", "Dios no los odia", "they say God hates
     * them", "¿Dios los odia?" */
    for (size_t j = w.s; j < b; j++)
        if (scc(&w, j) & (SC_NOT | SC_SAY))
            return -1;
    return screen_grammar_match(n, text, len, i, i, b, SCREEN_IDENTITY_HATE,
                                out);
}

const struct screen_grammar screen_scripture_grammar = {sc_words_table, sc_at};
