/*
 * dated.c - a comment that tells what already happened, told apart from
 * one that threatens.
 *
 * The threat head (train.c) learned threats from the words they use:
 * shot, house, reporter, night. A reader's report of an attack uses the
 * same words ("someone shot the reporter outside his house last night"),
 * and a bag of words cannot see the tense. What it can be told is when:
 * a report dates what it tells in the past ("yesterday", "last night",
 * "anoche", "la semana pasada", "two days ago"), while a threat speaks to
 * someone ("you", "te", "usted") or of what will happen ("will", "va a").
 *
 * screen_dated_report says a comment dates something in the past and
 * neither addresses anyone nor foretells anything. model.c then lets only
 * the threat head's vote go; the rules and the hold head read such a
 * comment as always.
 */

#include "screen/screen_int.h"

enum {
    D_PAST = 1u << 0,   /* yesterday, ayer, anoche, ago: dated on its own */
    D_LAST = 1u << 1,   /* last: dated before a period */
    D_PERIOD = 1u << 2, /* night, week, semana, viernes: a period */
    D_GONE = 1u << 3,   /* pasado, pasada: dated after a period */
    D_YOU = 1u << 4,    /* you, te, usted: someone addressed */
    D_WILL = 1u << 5,   /* will, gonna, va, van: something foretold */
    D_NEXT = 1u << 6, /* mañana: "pasado mañana" is the day after tomorrow */
};

static const struct screen_wc_word d_words[] = {
    {"yesterday", D_PAST},   {"ago", D_PAST},
    {"ayer", D_PAST},        {"anoche", D_PAST},
    {"antenoche", D_PAST},   {"antier", D_PAST},
    {"anteayer", D_PAST},    {"last", D_LAST},
    {"night", D_PERIOD},     {"week", D_PERIOD},
    {"weekend", D_PERIOD},   {"month", D_PERIOD},
    {"year", D_PERIOD},      {"monday", D_PERIOD},
    {"tuesday", D_PERIOD},   {"wednesday", D_PERIOD},
    {"thursday", D_PERIOD},  {"friday", D_PERIOD},
    {"saturday", D_PERIOD},  {"sunday", D_PERIOD},
    {"semana", D_PERIOD},    {"mes", D_PERIOD},
    {"año", D_PERIOD},       {"fin", D_PERIOD},
    {"lunes", D_PERIOD},     {"martes", D_PERIOD},
    {"miercoles", D_PERIOD}, {"jueves", D_PERIOD},
    {"viernes", D_PERIOD},   {"sabado", D_PERIOD},
    {"domingo", D_PERIOD},   {"pasado", D_GONE},
    {"pasada", D_GONE},      {"mañana", D_NEXT},
    {"you", D_YOU},          {"your", D_YOU},
    {"youre", D_YOU},        {"yours", D_YOU},
    {"yourself", D_YOU},     {"u", D_YOU},
    {"ur", D_YOU},           {"te", D_YOU},
    {"tu", D_YOU},           {"tus", D_YOU},
    {"ti", D_YOU},           {"contigo", D_YOU},
    {"usted", D_YOU},        {"ustedes", D_YOU},
    {"will", D_WILL},        {"gonna", D_WILL},
    {"going", D_WILL},       {"ill", D_WILL},
    {"youll", D_WILL},       {"theyll", D_WILL},
    {"hell", D_WILL},        {"shell", D_WILL},
    {"shall", D_WILL},       {"va", D_WILL},
    {"van", D_WILL},         {"vas", D_WILL},
    {"voy", D_WILL},         {"vamos", D_WILL},
};

static struct screen_wc_list d_list = SCREEN_WC_LIST(d_words, 0);

static uint64_t d_class(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&d_list.table, n, j);
}

bool screen_dated_report(const struct screen_norm *n)
{
    screen_wc_ready(&d_list);
    bool dated = false;
    for (size_t j = 0; j < n->ntok; j++) {
        uint64_t c = d_class(n, j);
        if (c & (D_YOU | D_WILL))
            return false;
        if (c & D_PAST)
            dated = true;
        /* "last night", "last friday" */
        else if ((c & D_LAST) && (d_class(n, j + 1) & D_PERIOD))
            dated = true;
        /* "la semana pasada", "el viernes pasado"; not "pasado mañana" */
        else if ((c & D_GONE) && j > 0 && (d_class(n, j - 1) & D_PERIOD) &&
                 !(d_class(n, j + 1) & D_NEXT))
            dated = true;
    }
    return dated;
}
