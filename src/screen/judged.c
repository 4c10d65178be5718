/*
 * judged.c - abuse quoted to condemn it: 'The guy who wrote "kill them
 * all" up there should be banned.'
 *
 * Readers answer the abuse in a thread by quoting it: 'Someone above
 * wrote "send them back in boxes." That's exactly the attitude that
 * gives these gangs cover', 'El que escribió "mátenlos a todos" debería
 * ser baneado'. The rules already let a reported quotation pass
 * (grammars.c, model.c), but the learned heads read the quoted words as
 * the reader's own and held the comment that condemned them.
 *
 * screen_judged_quote_tokens lists the words inside a reported quotation
 * (wordclass.c: a word of report such as "wrote", "dice", "escribió"
 * stands next to it) when the words outside it judge what was quoted (an
 * attitude, a genocide, racist, should be banned, "mentalidad", "no
 * repitan", a crime to investigate, sick) and none agrees with it ("he's
 * right", "tiene razón", "exactly"); model.c then takes what those words added
 * out of the learned heads. The reader's own words keep their weight: 'Someone
 * wrote "go back home", and you are a moron too' is held for "moron".
 */

#include <string.h>

#include "screen/screen_int.h"

enum {
    J_JUDGE = 1u << 0, /* banned, attitude, genocide, mentalidad, racista */
    J_AGREE = 1u << 1, /* right, agree, exactly, razon, exacto, cierto */
};

static const struct screen_wc_word j_words[] = {
    {"banned", J_JUDGE},       {"ban", J_JUDGE},
    {"mods", J_JUDGE},         {"moderators", J_JUDGE},
    {"moderadores", J_JUDGE},  {"baneado", J_JUDGE},
    {"baneen", J_JUDGE},       {"banear", J_JUDGE},
    {"attitude", J_JUDGE},     {"mentality", J_JUDGE},
    {"mentalidad", J_JUDGE},   {"genocide", J_JUDGE},
    {"genocidio", J_JUDGE},    {"vocabulary", J_JUDGE},
    {"vocabulario", J_JUDGE},  {"language", J_JUDGE},
    {"lenguaje", J_JUDGE},     {"rhetoric", J_JUDGE},
    {"retorica", J_JUDGE},     {"discurso", J_JUDGE},
    {"racist", J_JUDGE},       {"racista", J_JUDGE},
    {"racistas", J_JUDGE},     {"racism", J_JUDGE},
    {"racismo", J_JUDGE},      {"hateful", J_JUDGE},
    {"xenophobic", J_JUDGE},   {"xenofobo", J_JUDGE},
    {"xenofobia", J_JUDGE},    {"vile", J_JUDGE},
    {"disgusting", J_JUDGE},   {"asco", J_JUDGE},
    {"shame", J_JUDGE},        {"verguenza", J_JUDGE},
    {"ashamed", J_JUDGE},      {"cover", J_JUDGE},
    {"permiso", J_JUDGE},      {"repitan", J_JUDGE},
    {"repeat", J_JUDGE},       {"crowd", J_JUDGE},
    {"reported", J_JUDGE},     {"reporte", J_JUDGE},
    {"reportado", J_JUDGE},    {"reportenlo", J_JUDGE},
    {"dejen", J_JUDGE},        {"stop", J_JUDGE},
    {"inhuman", J_JUDGE},      {"inhumano", J_JUDGE},
    {"dehumanizing", J_JUDGE}, {"deshumanizar", J_JUDGE},
    {"cruel", J_JUDGE},        {"cruelty", J_JUDGE},
    {"crueldad", J_JUDGE},     {"coward", J_JUDGE},
    {"cowards", J_JUDGE},      {"cobarde", J_JUDGE},
    {"cobardes", J_JUDGE},     {"ignorant", J_JUDGE},
    {"ignorante", J_JUDGE},    {"gross", J_JUDGE},
    {"asqueroso", J_JUDGE},    {"investigated", J_JUDGE},
    {"investigate", J_JUDGE},  {"investiguen", J_JUDGE},
    {"investigar", J_JUDGE},   {"crime", J_JUDGE},
    {"delito", J_JUDGE},       {"sick", J_JUDGE},
    {"enfermos", J_JUDGE},     {"enfermo", J_JUDGE},
    {"right", J_AGREE},        {"agree", J_AGREE},
    {"based", J_AGREE},        {"amen", J_AGREE},
    {"razon", J_AGREE},        {"exacto", J_AGREE},
    {"cierto", J_AGREE},       {"verdad", J_AGREE},
    {"correcto", J_AGREE},     {"bien", J_AGREE},
};

static struct screen_wc_list j_list = SCREEN_WC_LIST(j_words, J_JUDGE);

/* Whether text holds a quotation mark that may open a quotation: each
 * mark's lead byte is found by memchr, with the machine's wide loads,
 * and read by screen_quote_opens_at. A text of plain ASCII (ascii) has
 * none of the lead bytes of the curly quotes and guillemets. */
static bool j_has_marks(const char *text, size_t len, bool ascii)
{
    static const unsigned char leads[] = {'"', '\'', 0xe2, 0xc2};
    const char *end = text + len;
    for (size_t k = 0; k < (ascii ? 2 : sizeof(leads)); k++)
        for (const char *p = text;
             (p = memchr(p, leads[k], (size_t)(end - p))) != NULL; p++)
            if (screen_quote_opens_at(text, len, (size_t)(p - text)))
                return true;
    return false;
}

size_t screen_judged_quote_tokens(const struct screen_norm *n, const char *text,
                                  size_t len, uint32_t *toks, size_t max)
{
    /* most comments hold no double quotation mark ('"', '“', '«'): then
     * nothing was quoted to condemn */
    bool marks = j_has_marks(text, len, n->ascii);
    if (!marks)
        return 0;
    const struct screen_wordclasses *t = screen_wc_ready(&j_list);
    if (!screen_wc_anywhere(t, n, J_JUDGE, 0, 0))
        return 0;
    struct screen_quotes qs;
    qs.marked = false;
    size_t nt = 0;
    bool judged = false;
    for (size_t j = 0; j < n->ntok; j++) {
        if (screen_quoted(&qs, n, text, len, j)) {
            if (nt == max)
                return 0; /* a quotation too long to take out whole */
            toks[nt++] = (uint32_t)j;
            continue;
        }
        uint64_t c = screen_wc_tok(t, n, j);
        if (c & J_AGREE)
            return 0;
        judged |= (c & J_JUDGE) != 0;
    }
    return judged ? nt : 0;
}
