/*
 * refute.c - a slander named to refute it or to report it.
 *
 * A reader who condemns a slander has to name it: "the idea that Jews
 * control the banks is an old antisemitic lie", "my uncle keeps
 * forwarding videos claiming Jews run the cartels", "los que dicen que
 * las mujeres no deberían votar deberían leer sobre 1953". The fixed
 * phrases of the hate lists ("jews control", "go back to your country")
 * and the grammars that read a slander (conspiracy.c, harass.c) ask here
 * whether the sentence around it calls it a lie, a myth or a theory, or
 * gives it as what someone else says, claims or forwards.
 *
 * A plain negation is not asked about here: "no one wants you here, go
 * back to your country" is no refutation. The grammars that read a
 * negation next to their words do so themselves. Single slurs never ask:
 * a slur held in a condemning comment is the moderators' call.
 */
#include <pthread.h>

#include "screen/screen_int.h"

enum { R_WORD = 1u << 0 };

static const struct screen_wc_word r_words[] = {
    /* what the slander is called */
    {"myth", R_WORD},
    {"myths", R_WORD},
    {"lie", R_WORD},
    {"lies", R_WORD},
    {"theory", R_WORD},
    {"theories", R_WORD},
    {"trope", R_WORD},
    {"hoax", R_WORD},
    {"false", R_WORD},
    {"debunked", R_WORD},
    {"antisemitic", R_WORD},
    {"antisemitism", R_WORD},
    {"mentira", R_WORD},
    {"mentiras", R_WORD},
    {"mito", R_WORD},
    {"mitos", R_WORD},
    {"teoria", R_WORD},
    {"teorias", R_WORD},
    {"bulo", R_WORD},
    {"falso", R_WORD},
    {"falsa", R_WORD},
    {"desmentido", R_WORD},
    {"antisemita", R_WORD},
    {"antisemitismo", R_WORD},
    /* someone else's words */
    {"claim", R_WORD},
    {"claims", R_WORD},
    {"claimed", R_WORD},
    {"claiming", R_WORD},
    {"says", R_WORD},
    {"said", R_WORD},
    {"saying", R_WORD},
    {"idea", R_WORD},
    {"repeating", R_WORD},
    {"forwarding", R_WORD},
    {"forwards", R_WORD},
    {"blaming", R_WORD},
    {"dice", R_WORD},
    {"dicen", R_WORD},
    {"dijo", R_WORD},
    {"decir", R_WORD},
    {"diciendo", R_WORD},
    {"repetir", R_WORD},
    {"reenvia", R_WORD},
    {"reenvian", R_WORD},
    {"culpar", R_WORD},
};

static struct screen_wordclasses r_table;
static pthread_once_t r_once = PTHREAD_ONCE_INIT;

static void r_build(void)
{
    screen_wc_put_list(&r_table, R_WORD, r_words,
                       sizeof(r_words) / sizeof(*r_words));
}

/* How far from the slander a word is read, within its sentence. */
#define R_READ 24

bool screen_refuted(const struct screen_norm *n, const char *text, size_t first,
                    size_t ntok)
{
    pthread_once(&r_once, r_build);
    if (first >= n->ntok)
        return false;
    size_t last = first + (ntok ? ntok : 1) - 1;
    if (last >= n->ntok)
        last = n->ntok - 1;
    for (size_t j = first; j > 0 && first - j < R_READ; j--) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&r_table, n->tok[j - 1].hash) & R_WORD)
            return true;
    }
    for (size_t j = first; j <= last; j++)
        if (screen_wc_class(&r_table, n->tok[j].hash) & R_WORD)
            return true;
    for (size_t j = last + 1; j < n->ntok && j - last <= R_READ; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&r_table, n->tok[j].hash) & R_WORD)
            return true;
    }
    return false;
}
