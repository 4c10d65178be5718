/*
 * misogyny.c - a woman called a whore or a slut.
 *
 * Under a story of a murdered teacher, a nurse or a widow who spoke to
 * the press, some readers call her what they call any woman who speaks:
 * "she was a whore for the union", "era una zorra", "slut teachers
 * always playing saints", "esas putas de la protesta". The model learned
 * these words from tweets where they are as often a joke among friends
 * or a song's, and passes many. This grammar reads the word said of
 * women, in four shapes:
 *
 *   - after "is" or "was": "she was a whore", "the teacher's a slut",
 *     "era una puta", "son unas zorras" (a few words may stand between:
 *     "just a", "nothing but a", "una pinche");
 *   - after "those", "these", "esas", "estas": "those whores at the
 *     union", "esas zorras";
 *   - before the women it names: "slut teachers", "whore reporters",
 *     "putas maestras" (not "putas mentiras", "putas madres", where
 *     "puta" only swears);
 *   - "what a slut", "qué zorra", ending the clause.
 *
 * Women said to be good for one use only ("women are only good for one
 * thing", "las viejas nomás sirven para la cocina") or too emotional to
 * hold a post ("let women run the fiscalía, they're too weak and
 * emotional") are held as hate.
 *
 * Said of oneself ("I'm a slut for tacos"), denied ("she was not a
 * whore"), named as a word or quoted ("they called her a 'whore'"), in
 * a sentence that refutes or reports it, and the names of a protest
 * ("SlutWalk", "slut-shaming") pass. Held as an insult. A grammar of the
 * one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    MS_SLUR = 1u << 0,  /* whore, slut, zorra, puta, golfa */
    MS_BE = 1u << 1,    /* is, was, es, era, son: "she was a ..." */
    MS_FILL = 1u << 2,  /* a, just, such, una, pinche: between */
    MS_THOSE = 1u << 3, /* those, these, esas, estas */
    MS_WOMEN = 1u << 4, /* teachers, reporters, maestras, viejas */
    MS_SELF = 1u << 5,  /* i, im, soy, yo: the writer */
    MS_NOT = 1u << 6,   /* not, no, never, nunca, wasnt */
    MS_WHAT = 1u << 7,  /* what, que: "what a slut" */
    MS_SWEAR = 1u << 8, /* puta, putas: a slur only in some shapes */
    MS_NAME = 1u << 9,  /* shaming, walk: "slut-shaming", "SlutWalk" */
    MS_GOOD = 1u << 10, /* good, sirven: "only good for one thing" */
    MS_ONLY = 1u << 11, /* only, solo, nomas: before good or sirven */
    MS_USE = 1u << 12,  /* thing, cosa, kitchen, cocina, cocinar: a use */
    MS_EMO = 1u << 13,  /* emotional, hysterical, emocionales, histericas */
    MS_TOO = 1u << 14,  /* too, so, demasiado, muy, tan: before MS_EMO */
    MS_SEX = 1u << 15,  /* women, mujeres, viejas: women as such */
    MS_POST = 1u << 16, /* run, lead, mandar, gobernar, charge: a post held */
};

static const struct screen_wc_word ms_words[] = {
    {"whore", MS_SLUR},
    {"whores", MS_SLUR},
    {"slut", MS_SLUR},
    {"sluts", MS_SLUR},
    {"skank", MS_SLUR},
    {"skanks", MS_SLUR},
    {"thot", MS_SLUR},
    {"thots", MS_SLUR},
    {"zorra", MS_SLUR},
    {"zorras", MS_SLUR},
    {"golfa", MS_SLUR},
    {"golfas", MS_SLUR},
    {"ramera", MS_SLUR},
    {"rameras", MS_SLUR},
    {"putona", MS_SLUR},
    {"putonas", MS_SLUR},
    {"puta", MS_SLUR | MS_SWEAR},
    {"putas", MS_SLUR | MS_SWEAR},
    {"is", MS_BE},
    {"was", MS_BE},
    {"are", MS_BE},
    {"were", MS_BE},
    {"shes", MS_BE},
    {"its", MS_BE},
    {"es", MS_BE},
    {"era", MS_BE},
    {"son", MS_BE},
    {"eran", MS_BE},
    {"fue", MS_BE},
    {"a", MS_FILL},
    {"an", MS_FILL},
    {"just", MS_FILL},
    {"such", MS_FILL},
    {"nothing", MS_FILL},
    {"but", MS_FILL},
    {"total", MS_FILL},
    {"dirty", MS_FILL},
    {"cheap", MS_FILL},
    {"una", MS_FILL},
    {"unas", MS_FILL},
    {"pinche", MS_FILL},
    {"pinches", MS_FILL},
    {"bien", MS_FILL},
    {"otra", MS_FILL},
    {"cualquier", MS_FILL},
    {"those", MS_THOSE},
    {"these", MS_THOSE},
    {"esas", MS_THOSE},
    {"estas", MS_THOSE},
    {"teachers", MS_WOMEN},
    {"reporters", MS_WOMEN},
    {"journalists", MS_WOMEN},
    {"nurses", MS_WOMEN},
    {"wives", MS_WOMEN},
    {"mothers", MS_WOMEN},
    {"moms", MS_WOMEN},
    {"women", MS_WOMEN | MS_SEX},
    {"girls", MS_WOMEN | MS_SEX},
    {"activists", MS_WOMEN},
    {"feminists", MS_WOMEN},
    {"maestras", MS_WOMEN},
    {"reporteras", MS_WOMEN},
    {"periodistas", MS_WOMEN},
    {"enfermeras", MS_WOMEN},
    {"esposas", MS_WOMEN},
    {"mujeres", MS_WOMEN | MS_SEX},
    {"viejas", MS_WOMEN | MS_SEX},
    {"morras", MS_WOMEN | MS_SEX},
    {"activistas", MS_WOMEN},
    {"feministas", MS_WOMEN},
    {"viudas", MS_WOMEN},
    {"i", MS_SELF},
    {"im", MS_SELF},
    {"soy", MS_SELF},
    {"yo", MS_SELF},
    {"not", MS_NOT},
    {"no", MS_NOT},
    {"never", MS_NOT},
    {"nunca", MS_NOT},
    {"wasnt", MS_NOT},
    {"isnt", MS_NOT},
    {"what", MS_WHAT},
    {"que", MS_WHAT},
    {"shaming", MS_NAME},
    {"shame", MS_NAME},
    {"walk", MS_NAME},
    {"walks", MS_NAME},
    {"good", MS_GOOD},
    {"sirven", MS_GOOD},
    {"only", MS_ONLY},
    {"solo", MS_ONLY},
    {"nomas", MS_ONLY},
    {"thing", MS_USE},
    {"cosa", MS_USE},
    {"kitchen", MS_USE},
    {"cooking", MS_USE},
    {"sex", MS_USE},
    {"cocina", MS_USE},
    {"cocinar", MS_USE},
    {"coger", MS_USE},
    {"parir", MS_USE},
    {"emotional", MS_EMO},
    {"hysterical", MS_EMO},
    {"emocionales", MS_EMO},
    {"histericas", MS_EMO},
    {"sentimentales", MS_EMO},
    {"hormonales", MS_EMO},
    {"too", MS_TOO},
    {"demasiado", MS_TOO},
    {"muy", MS_TOO},
    {"tan", MS_TOO},
    {"run", MS_POST},
    {"lead", MS_POST},
    {"govern", MS_POST},
    {"charge", MS_POST},
    {"boss", MS_POST},
    {"office", MS_POST},
    {"mandar", MS_POST},
    {"gobernar", MS_POST},
    {"dirigir", MS_POST},
    {"cargo", MS_POST},
    {"puesto", MS_POST},
    {"jefas", MS_POST},
    {"fiscalia", MS_POST},
    {"presidencia", MS_POST},
};

static struct screen_wc_list ms_list =
    SCREEN_WC_LIST(ms_words, MS_SLUR | MS_GOOD | MS_EMO);

static const struct screen_wordclasses *ms_words_table(void)
{
    return screen_wc_ready(&ms_list);
}

static uint64_t msc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

/* The copula before the slur at i, over the fillers between ("was just a
 * cheap"), or SIZE_MAX. */
static size_t ms_copula(const struct screen_window *w, size_t i)
{
    size_t j = i;
    for (int k = 0; k < 4 && j > w->s; k++) {
        j--;
        uint64_t c = msc(w, j);
        if (c & MS_BE)
            return j;
        if (!(c & MS_FILL) || screen_window_clause_end(w, j))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether a negation or the writer stands in the clause before token j:
 * "she was not a whore", "I'm a slut for tacos", "yo soy una zorra". */
static bool ms_denied_or_own(const struct screen_window *w, size_t j)
{
    for (size_t k = j; k > w->s && j - k < 4;) {
        k--;
        if (screen_window_clause_end(w, k))
            break;
        if (msc(w, k) & (MS_NOT | MS_SELF))
            return true;
    }
    return msc(w, j) & MS_SELF ? true : false;
}

/* Women said to be good for one use, by the "good" or "sirven" at i:
 * "Mexican women are only good for one thing", "las viejas nomás sirven
 * para la cocina" (not "women are not only good for one thing"): held
 * as hate, its tokens in *out, or -1. */
static int ms_only_good(const struct screen_window *w, size_t i,
                        struct screen_match *out)
{
    if (i < w->s + 2 || !(msc(w, i - 1) & MS_ONLY))
        return -1;
    size_t who = SIZE_MAX;
    for (size_t k = i - 1; k > w->s && i - k < 4 && who == SIZE_MAX;) {
        k--;
        if (msc(w, k) & MS_WOMEN)
            who = k;
        else if (msc(w, k) & MS_NOT)
            return -1;
    }
    if (who == SIZE_MAX || !(screen_window_is(w, i + 1, "for") ||
                             screen_window_is(w, i + 1, "para")))
        return -1;
    for (size_t k = i + 2; k < w->e && k < i + 5; k++)
        if (msc(w, k) & MS_USE) {
            if (screen_refuted(w->n, w->text, who, k + 1 - who))
                return -1;
            out->tok = (uint32_t)who;
            out->ntok = (uint32_t)(k + 1 - who);
            return SCREEN_IDENTITY_HATE;
        }
    return -1;
}

/* Women said to be too emotional to hold a post, by the word at i:
 * "when you let women run the fiscalía, they're too weak and emotional",
 * "las mujeres son muy histéricas para mandar" (not "women are not too
 * emotional", nor "the mothers were too emotional to speak": only women
 * as such): held as hate, its tokens in *out, or -1. */
static int ms_too_emotional(const struct screen_window *w, size_t i,
                            struct screen_match *out)
{
    bool too = false;
    for (size_t k = i; k > w->s && i - k < 3 && !too;) {
        k--;
        too = (msc(w, k) & MS_TOO) != 0;
    }
    if (!too)
        return -1;
    size_t who = SIZE_MAX;
    for (size_t k = i; k > w->s && who == SIZE_MAX;) {
        k--;
        if (msc(w, k) & MS_NOT)
            return -1;
        if (msc(w, k) & MS_SEX)
            who = k;
    }
    /* "my girls were so emotional", "las mujeres de la marcha": some
     * women, not women as such */
    static const char *const some[] = {"my",  "the", "those", "these",
                                       "our", "mis", "esas",  "estas"};
    if (who == SIZE_MAX ||
        (who > w->s &&
         screen_tok_in(w->n, who - 1, some, SCREEN_NWORDS(some))) ||
        screen_window_is(w, who + 1, "de") ||
        screen_refuted(w->n, w->text, who, i + 1 - who))
        return -1;
    /* a post they are said unfit for: "to run", "para mandar", "la
     * fiscalía" (not "were too emotional to speak") */
    bool post = false;
    for (size_t k = w->s; k < w->e && !post; k++)
        post = (msc(w, k) & MS_POST) != 0;
    if (!post)
        return -1;
    out->tok = (uint32_t)who;
    out->ntok = (uint32_t)(i + 1 - who);
    return SCREEN_IDENTITY_HATE;
}

/* The slur of a woman at token i: SCREEN_INSULT and its tokens in *out,
 * or -1. */
static int ms_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&ms_list.table, n->tok[i].hash);
    struct screen_window w = {n, text, &ms_list.table, 0, 0, false};
    if (c & MS_GOOD) {
        screen_window_at(&w, i, 6, 5);
        return ms_only_good(&w, i, out);
    }
    if (c & MS_EMO) {
        screen_window_at(&w, i, 14, 6);
        return ms_too_emotional(&w, i, out);
    }
    if (!(c & MS_SLUR))
        return -1;
    screen_window_at(&w, i, 6, 3);
    /* "SlutWalk", "slut-shaming", "slut shame" */
    if (msc(&w, i + 1) & MS_NAME)
        return -1;
    size_t a = i, b = i + 1;
    bool found = false;
    size_t cop = ms_copula(&w, i);
    if (cop != SIZE_MAX && !ms_denied_or_own(&w, cop)) {
        /* "puta" ending its clause: "era una puta.", not "es una puta
         * vergüenza", where it swears */
        found = !(c & MS_SWEAR) || screen_window_clause_end(&w, i);
        a = cop;
    }
    /* "those whores", "esas zorras", "estas putas." */
    if (!found && i > w.s && (msc(&w, i - 1) & MS_THOSE) &&
        !ms_denied_or_own(&w, i - 1)) {
        found = !(c & MS_SWEAR) || screen_window_clause_end(&w, i) ||
                screen_window_is(&w, i + 1, "de");
        a = i - 1;
    }
    /* "slut teachers", "putas maestras" (not "putas madres") */
    if (!found && (msc(&w, i + 1) & MS_WOMEN) && !ms_denied_or_own(&w, i)) {
        found = true;
        b = i + 2;
    }
    /* "what a slut", "qué zorra", ending the clause */
    if (!found && !(c & MS_SWEAR) && screen_window_clause_end(&w, i)) {
        size_t k = i > w.s && (msc(&w, i - 1) & MS_FILL) ? i - 1 : i;
        if (k > w.s && (msc(&w, k - 1) & MS_WHAT) &&
            (k - 1 == w.s || screen_window_clause_end(&w, k - 2))) {
            found = true;
            a = k - 1;
        }
    }
    if (!found)
        return -1;
    if (screen_named_as_word(n, text, len, i) ||
        screen_reported_shout(n, text, len, i))
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_INSULT, out);
}

const struct screen_grammar screen_misogyny_grammar = {ms_words_table, ms_at};
