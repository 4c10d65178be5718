/*
 * swearing.c - what a site that publishes swearing lets through.
 *
 * A site may publish the comments held for swearing alone (the setting
 * publish_profanity): "Holy shit, that is my hometown", "a la verga, qué
 * triste". Whether a held comment is swearing alone cannot be read from
 * its scores: the labelled sets mark swearing as offensive, so a strong
 * swear word lifts the insult head as well ("Holy shit, not again":
 * insult 0.76). So the comment is read again with its swear words
 * blanked out (screen_swearing_mask); if what is left would not be held,
 * it was held for its swearing and is published (model.c).
 *
 * A word is blanked only when
 *   - it is an expletive of the table below, not any word of the
 *     profanity lists, which also hold insults ("asshole", "dick"); nor
 *     "pinche", which before a word for a person is the insult ("pinche
 *     gorda", "pinche prieta": the model holds them for it);
 *   - no lexicon phrase of another category covers it ("piece of shit",
 *     "hijo de puta", a slur);
 *   - it is not aimed at someone: "fuck you", "fuck off", "fuck your
 *     article", "chinga tu madre", "vete a la verga", "go fuck
 *     yourself", "your fucking lane", "shit reporter" and "gorda de
 *     mierda" keep theirs, and the rest of the comment is read with
 *     them.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    SW_EXPLETIVE = 1u << 0, /* shit, damn, mierda, carajo */
    SW_PUTA = 1u << 1,      /* "puta" is an expletive only before "madre" */
    SW_MADRE = 1u << 2,
    SW_AIMED = 1u << 3, /* after an expletive, someone it is aimed at:
                           "you", "him", "off", the reporter */
    SW_GO = 1u << 4,    /* before it, an order to go: "vete a la verga" */
    SW_OF = 1u << 5,    /* "gorda de mierda": a name, not an expletive */
    SW_YOUR = 1u << 6,  /* "your fucking lane": aimed at its owner */
};

static const struct screen_wc_word sw_words[] = {
    {"fuck", SW_EXPLETIVE},
    {"fucking", SW_EXPLETIVE},
    {"fuckin", SW_EXPLETIVE},
    {"fucked", SW_EXPLETIVE},
    {"fck", SW_EXPLETIVE},
    {"fcking", SW_EXPLETIVE},
    {"motherfucking", SW_EXPLETIVE},
    {"effing", SW_EXPLETIVE},
    {"shit", SW_EXPLETIVE},
    {"shitty", SW_EXPLETIVE},
    {"bullshit", SW_EXPLETIVE},
    {"damn", SW_EXPLETIVE},
    {"damned", SW_EXPLETIVE},
    {"dammit", SW_EXPLETIVE},
    {"damnit", SW_EXPLETIVE},
    {"goddamn", SW_EXPLETIVE},
    {"goddamnit", SW_EXPLETIVE},
    {"crap", SW_EXPLETIVE},
    {"crappy", SW_EXPLETIVE},
    {"hell", SW_EXPLETIVE},
    {"wtf", SW_EXPLETIVE},
    {"mierda", SW_EXPLETIVE},
    {"carajo", SW_EXPLETIVE},
    {"chingada", SW_EXPLETIVE},
    {"chingado", SW_EXPLETIVE},
    {"chingados", SW_EXPLETIVE},
    {"chingue", SW_EXPLETIVE},
    {"chingon", SW_EXPLETIVE},
    {"chingona", SW_EXPLETIVE},
    {"verga", SW_EXPLETIVE},
    {"joder", SW_EXPLETIVE},
    {"jodido", SW_EXPLETIVE},
    {"jodida", SW_EXPLETIVE},
    {"mames", SW_EXPLETIVE},
    {"cagada", SW_EXPLETIVE},
    {"madres", SW_EXPLETIVE},
    {"puta", SW_PUTA},
    {"madre", SW_MADRE},
    {"you", SW_AIMED},
    {"your", SW_AIMED | SW_YOUR},
    {"yourself", SW_AIMED},
    {"yourselves", SW_AIMED},
    {"u", SW_AIMED},
    {"ur", SW_AIMED | SW_YOUR},
    {"off", SW_AIMED},
    {"him", SW_AIMED},
    {"her", SW_AIMED},
    {"them", SW_AIMED},
    {"te", SW_AIMED},
    {"tu", SW_AIMED | SW_YOUR},
    {"tus", SW_AIMED | SW_YOUR},
    {"ti", SW_AIMED},
    {"usted", SW_AIMED},
    {"ustedes", SW_AIMED},
    {"reporter", SW_AIMED},
    {"reporters", SW_AIMED},
    {"journalist", SW_AIMED},
    {"journalists", SW_AIMED},
    {"author", SW_AIMED},
    {"writer", SW_AIMED},
    {"editor", SW_AIMED},
    {"periodista", SW_AIMED},
    {"periodistas", SW_AIMED},
    {"reportero", SW_AIMED},
    {"reportera", SW_AIMED},
    {"reporteros", SW_AIMED},
    {"autor", SW_AIMED},
    {"autora", SW_AIMED},
    {"de", SW_OF},
    {"go", SW_GO},
    {"manda", SW_GO},
    {"mandalo", SW_GO},
    {"mandala", SW_GO},
    {"mandalos", SW_GO},
    {"mandar", SW_GO},
    {"vete", SW_GO},
    {"vas", SW_GO},
    {"vaya", SW_GO},
    {"vayan", SW_GO},
    {"vayase", SW_GO},
    {"vayanse", SW_GO},
    {"larguese", SW_GO},
};

static struct screen_wc_list sw_list =
    SCREEN_WC_LIST(sw_words, SW_EXPLETIVE | SW_PUTA);

static uint64_t sw_class(const struct screen_norm *n, size_t t)
{
    return screen_wc_tok(&sw_list.table, n, t);
}

/* Whether a lexicon phrase of a category other than profanity covers
 * token t. */
static bool sw_covered(const struct screen_hit *hits, size_t nh, size_t t)
{
    for (size_t i = 0; i < nh; i++)
        if (hits[i].e->cat != SCREEN_PROFANITY && hits[i].tok <= t &&
            t < hits[i].tok + hits[i].ntok)
            return true;
    return false;
}

/* Whether the expletive at tokens [t, t + len) is aimed at someone: a
 * "you", "him" or "reporter" right after it, "your" or "de" right before
 * it ("stay in your fucking lane", "gorda de mierda" calls someone a
 * name), or an order to go or to send up to
 * three words before it ("vete a la verga", "go to hell", "mándalo a la
 * chingada"). */
static bool sw_aimed(const struct screen_norm *n, size_t t, size_t len)
{
    if (sw_class(n, t + len) & SW_AIMED)
        return true;
    if (t > 0 && (sw_class(n, t - 1) & (SW_OF | SW_YOUR)))
        return true;
    for (size_t back = 1; back <= 3 && back <= t; back++)
        if (sw_class(n, t - back) & SW_GO)
            return true;
    return false;
}

static void sw_blank(const struct screen_norm *n, size_t t, char *out)
{
    memset(out + n->tok[t].orig_off, ' ', n->tok[t].orig_len);
}

size_t screen_swearing_mask(const struct screen_norm *n, const char *text,
                            size_t len, const struct screen_hit *hits,
                            size_t nh, char *out)
{
    screen_wc_ready(&sw_list);
    memcpy(out, text, len);
    size_t blanked = 0;
    for (size_t t = 0; t < n->ntok; t++) {
        if (!screen_wc_may_start(&sw_list.table, n->tok[t].hash))
            continue;
        uint64_t c = sw_class(n, t);
        size_t words = 1;
        if (c & SW_PUTA) {
            if (!(sw_class(n, t + 1) & SW_MADRE))
                continue;
            words = 2;
        } else if (!(c & SW_EXPLETIVE)) {
            continue;
        }
        if (sw_aimed(n, t, words))
            continue;
        bool covered = false;
        for (size_t k = 0; k < words; k++)
            covered |= sw_covered(hits, nh, t + k);
        if (covered)
            continue;
        for (size_t k = 0; k < words; k++)
            sw_blank(n, t + k, out);
        blanked += words;
        t += words - 1;
    }
    return blanked;
}
