/*
 * misgender.c - a trans woman's womanhood denied, in the tropes readers
 * use for it under a story about her.
 *
 * When a trans woman is killed, the comments under the story call her a
 * man: "a man in a wig", "un señor con peluca", "hombres disfrazados",
 * "nació hombre y murió hombre", "XY is male", "he was a man." No word
 * of them is a slur, and the model, trained on tweets about other
 * things, reads them as harmless. This grammar reads four shapes, in
 * English and Spanish, and holds them as identity_hate:
 *
 *   - a man in women's clothes: "a man in a wig", "some dude in a dress",
 *     "un señor con peluca", "un hombre en minifalda", "hombres
 *     disfrazados", "hombres vestidos de mujer" (not "men in suits");
 *   - born or dead a man: "born a man, died a man", "nació hombre",
 *     "murió hombre", "sigue siendo hombre", "will always be a male"
 *     (not "born a man but lived as a woman", which explains);
 *   - chromosomes said to decide it: "XY is male", "cromosomas XY =
 *     hombre";
 *   - "shemale" and "sidoso" (an AIDS slur), which the word lists lack,
 *     unless named as a word;
 *   - "she was a man.", "era un hombre y punto", "it's a dude.", "y era
 *     HOMBRE," ending its clause, in a comment that speaks of women,
 *     trans people, biology or pronouns, or calls her life a lie ("dejen
 *     de mentir"; not "He was a man. He had kids.", said of a man).
 *
 * A negation before the match ("she was not a man in a dress", "no era
 * un hombre con peluca"), a question and a quotation let it pass, and
 * so does a sentence that refutes or reports it (refute.c). A grammar of
 * the one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    MG_MAN = 1u << 0,    /* man, hombre, señor, dude, male */
    MG_WEAR = 1u << 1,   /* wig, dress, peluca, minifalda, disfrazado */
    MG_BORN = 1u << 2,   /* born, nació: born or died a man */
    MG_DIED = 1u << 3,   /* died, murió, sigue, always */
    MG_XY = 1u << 4,     /* xy: chromosomes */
    MG_IS = 1u << 5,     /* was, is, era, es: "she was a man." */
    MG_NOT = 1u << 6,    /* not, no, nunca: a denial of the denial */
    MG_GENDER = 1u << 7, /* she, woman, trans, biology, pronouns, mujer */
    MG_BUT = 1u << 8,    /* but, pero, lived, vivió: an explanation */
    MG_AS = 1u << 9,     /* a, an, as, un, como: "born a man" */
    MG_BOY = 1u << 10,   /* boy, niño, varón: born one */
    MG_TO = 1u << 11,    /* in, with, wearing, con, en, de */
    MG_PLAIN = 1u << 12, /* period, punto: "era hombre y punto" */
    MG_GOES = 1u << 13,  /* andaba, iba, walking: "un hombre andaba en" */
    MG_HAIR = 1u << 14,  /* wig, peluca: worn by robbers too */
    MG_SLUR = 1u << 15   /* shemale, sidoso: a slur no list spells */
};

#define MG_START (MG_MAN | MG_BORN | MG_DIED | MG_XY | MG_SLUR)
/* how far a match reads: "un señor con una peluca rubia" */
#define MG_READ 8
/* how far back a negation denies the match: "she was not a man" */
#define MG_NOT_BACK 3

static const struct screen_wc_word mg_words[] = {
    {"shemale", MG_SLUR},
    {"shemales", MG_SLUR},
    {"sidoso", MG_SLUR},
    {"sidosa", MG_SLUR},
    {"sidosos", MG_SLUR},
    {"sidosas", MG_SLUR},
    {"man", MG_MAN},
    {"men", MG_MAN},
    {"male", MG_MAN},
    {"males", MG_MAN},
    {"dude", MG_MAN},
    {"dudes", MG_MAN},
    {"guy", MG_MAN},
    {"guys", MG_MAN},
    {"hombre", MG_MAN},
    {"hombres", MG_MAN},
    {"senor", MG_MAN},
    {"senores", MG_MAN},
    {"señor", MG_MAN},
    {"señores", MG_MAN},
    {"vato", MG_MAN},
    {"vatos", MG_MAN},
    {"varon", MG_MAN | MG_BOY},
    {"boy", MG_BOY},
    {"nino", MG_BOY},
    {"niño", MG_BOY},
    {"wig", MG_WEAR | MG_HAIR},
    {"wigs", MG_WEAR | MG_HAIR},
    {"andaba", MG_GOES},
    {"anda", MG_GOES},
    {"andan", MG_GOES},
    {"iba", MG_GOES},
    {"walking", MG_GOES},
    {"walks", MG_GOES},
    {"dress", MG_WEAR},
    {"dresses", MG_WEAR},
    {"skirt", MG_WEAR},
    {"skirts", MG_WEAR},
    {"heels", MG_WEAR},
    {"makeup", MG_WEAR},
    {"lipstick", MG_WEAR},
    {"peluca", MG_WEAR | MG_HAIR},
    {"pelucas", MG_WEAR | MG_HAIR},
    {"vestido", MG_WEAR},
    {"vestidos", MG_WEAR},
    {"falda", MG_WEAR},
    {"faldas", MG_WEAR},
    {"minifalda", MG_WEAR},
    {"minifaldas", MG_WEAR},
    {"tacones", MG_WEAR},
    {"maquillaje", MG_WEAR},
    {"maquillado", MG_WEAR},
    {"disfrazado", MG_WEAR},
    {"disfrazados", MG_WEAR},
    {"disfrazada", MG_WEAR},
    {"travestido", MG_WEAR},
    {"travestidos", MG_WEAR},
    {"born", MG_BORN},
    {"nacio", MG_BORN},
    {"naciste", MG_BORN},
    {"nace", MG_BORN},
    {"died", MG_DIED},
    {"dies", MG_DIED},
    {"murio", MG_DIED},
    {"muere", MG_DIED},
    {"sigue", MG_DIED},
    {"seguira", MG_DIED},
    {"always", MG_DIED},
    {"siempre", MG_DIED},
    {"still", MG_DIED},
    {"xy", MG_XY},
    {"was", MG_IS},
    {"is", MG_IS},
    {"its", MG_IS},
    {"hes", MG_IS},
    {"shes", MG_IS},
    {"be", MG_IS},
    {"era", MG_IS},
    {"es", MG_IS},
    {"fue", MG_IS},
    {"sera", MG_IS},
    {"son", MG_IS},
    {"eran", MG_IS},
    {"are", MG_IS},
    {"were", MG_IS},
    {"siendo", MG_IS},
    {"not", MG_NOT},
    {"no", MG_NOT},
    {"never", MG_NOT},
    {"nunca", MG_NOT},
    {"wasnt", MG_NOT},
    {"isnt", MG_NOT},
    {"nobody", MG_NOT},
    {"nadie", MG_NOT},
    {"she", MG_GENDER},
    {"her", MG_GENDER},
    {"woman", MG_GENDER},
    {"women", MG_GENDER},
    {"trans", MG_GENDER},
    {"transgender", MG_GENDER},
    {"biology", MG_GENDER},
    {"biological", MG_GENDER},
    {"chromosomes", MG_GENDER},
    {"pronoun", MG_GENDER},
    {"pronouns", MG_GENDER},
    {"ella", MG_GENDER},
    {"mujer", MG_GENDER},
    {"mujeres", MG_GENDER},
    {"biologia", MG_GENDER},
    {"cromosomas", MG_GENDER},
    {"mentir", MG_GENDER},
    {"mienten", MG_GENDER},
    {"lying", MG_GENDER},
    {"but", MG_BUT},
    {"pero", MG_BUT},
    {"lived", MG_BUT},
    {"vivio", MG_BUT},
    {"vivia", MG_BUT},
    {"a", MG_AS},
    {"an", MG_AS},
    {"as", MG_AS},
    {"un", MG_AS},
    {"como", MG_AS},
    {"in", MG_TO},
    {"with", MG_TO},
    {"wearing", MG_TO},
    {"con", MG_TO},
    {"en", MG_TO},
    {"de", MG_TO},
    {"period", MG_PLAIN},
    {"punto", MG_PLAIN},
};

static struct screen_wc_list mg_list = SCREEN_WC_LIST(mg_words, MG_START);

static const struct screen_wordclasses *mg_words_table(void)
{
    return screen_wc_ready(&mg_list);
}

static uint64_t mgcls(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

/* A man in women's clothes, by the man at i: "a man in a wig", "hombres
 * disfrazados", "un señor con peluca"; the end in *b. */
static bool mg_dressed(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const as_woman[] = {"mujer",  "mujeres", "vieja",
                                           "viejas", "nina",    "dama"};
    size_t k = i + 1;
    if (mgcls(w, k) & MG_WEAR) {
        /* "hombres vestidos de mujer", "son hombres disfrazados" (not
         * "hombres vestidos de policía", "hombres disfrazados
         * irrumpieron": the gunmen of a report) */
        if (screen_window_is(w, k + 1, "de") &&
            screen_window_in(w, k + 2, as_woman, SCREEN_NWORDS(as_woman))) {
            *b = k + 3;
            return true;
        }
        size_t v = i > w->s && (mgcls(w, i - 1) & MG_AS) ? i - 1 : i;
        if (v == w->s || !(mgcls(w, v - 1) & MG_IS))
            return false;
        *b = k + 1;
        return true;
    }
    /* someone: "a man in a dress", "un señor con peluca", "men in
     * wigs" (not a headline's "Man in zebra print dress robs bank") */
    if (!(i > w->s && (mgcls(w, i - 1) & MG_AS)) &&
        !screen_window_is(w, i, "men") && !screen_window_is(w, i, "hombres") &&
        !screen_window_is(w, i, "dudes") && !screen_window_is(w, i, "guys"))
        return false;
    if ((mgcls(w, k) & MG_GOES) && !screen_window_clause_end(w, i))
        k++; /* "un hombre andaba en minifalda" */
    if (!(mgcls(w, k) & MG_TO))
        return false;
    /* "in a cheap wig", "con una peluca rubia" */
    size_t o = screen_window_find(w, k + 1, 3, MG_WEAR);
    if (o == SIZE_MAX || screen_window_clause_end(w, k))
        return false;
    for (size_t j = k + 1; j < o; j++)
        if (screen_window_clause_end(w, j) || (mgcls(w, j) & MG_MAN))
            return false;
    /* a wig disguises robbers too: "un hombre con peluca asaltó el
     * banco"; it denies a woman only where the comment speaks of one */
    if ((mgcls(w, o) & MG_HAIR) &&
        !screen_wc_anywhere(w->t, w->n, MG_GENDER, i, o + 1))
        return false;
    *b = o + 1;
    return true;
}

/* Born or dead a man, by the verb at i: "born a man", "nació hombre",
 * "murió como hombre", "sigue siendo hombre", "always be a male"; the end
 * in *b. */
static bool mg_born_or_died(const struct screen_window *w, size_t i, uint64_t c,
                            size_t *b)
{
    size_t k = i + 1;
    if ((c & MG_DIED) && (mgcls(w, k) & MG_IS))
        k++; /* "sigue siendo", "always be", "siempre fue" */
    else if ((c & MG_DIED) && !(c & MG_BORN) &&
             !screen_window_is(w, i, "died") &&
             !screen_window_is(w, i, "murio") &&
             !screen_window_is(w, i, "muere") &&
             !screen_window_is(w, i, "dies"))
        return false; /* "still", "siempre" need their verb */
    if (mgcls(w, k) & MG_AS)
        k++;
    if (!(mgcls(w, k) & (MG_MAN | MG_BOY)))
        return false;
    if (screen_window_is(w, k, "men") || screen_window_is(w, k, "guys"))
        return false;
    /* explained, not denied: "born a man but lived as a woman", "nació
     * hombre pero vivió como mujer" */
    if (screen_window_find(w, k + 1, MG_READ, MG_BUT) != SIZE_MAX)
        return false;
    /* of a trans woman, not a man's life ("born a boy in a poor family",
     * "murió como un hombre", "siempre fue un hombre honesto") */
    if (!screen_wc_anywhere(w->t, w->n, MG_GENDER | MG_WEAR, i, k + 1))
        return false;
    *b = k + 1;
    return true;
}

/* Chromosomes said to decide: "XY is male", "xy = hombre". */
static bool mg_chromosomes(const struct screen_window *w, size_t i, size_t *b)
{
    size_t m = screen_window_find(w, i + 1, 3, MG_MAN);
    if (m == SIZE_MAX)
        return false;
    *b = m + 1;
    return true;
}

/* "she was a man.", "era un hombre y punto", by the man at i, in a
 * comment that speaks of gender; the start in *a. */
static bool mg_was_a_man(const struct screen_window *w, size_t i, size_t *a,
                         size_t *b)
{
    size_t v = i - 1;
    if (i > w->s && (mgcls(w, v) & MG_AS) && !screen_window_is(w, v, "as") &&
        !screen_window_is(w, v, "como"))
        v--;
    if (v < w->s || v >= i || !(mgcls(w, v) & MG_IS))
        return false;
    /* of her: "he was", "she's", "it's", "ella era", "Era hombre." (not
     * "the killer was a man") */
    static const char *const subject[] = {"he",   "she",  "it",  "ella",
                                          "el",   "esa",  "ese", "eso",
                                          "that", "this", "y"};
    static const char *const pronoun_verb[] = {"hes", "shes", "its"};
    if (v != w->s && !screen_window_in(w, v, pronoun_verb, 3) &&
        !screen_window_in(w, v - 1, subject, SCREEN_NWORDS(subject)))
        return false;
    /* "y era hombre" of her, not of the killer: "el asesino era flaco y
     * era hombre" */
    static const char *const culprit[] = {"asesino", "agresor", "sicario",
                                          "sospechoso", "culpable"};
    if (v > w->s && screen_window_is(w, v - 1, "y"))
        for (size_t k = 0; k < w->n->ntok; k++)
            if (screen_tok_in(w->n, k, culprit, SCREEN_NWORDS(culprit)))
                return false;
    /* not a supposition: "I'd say the same if she were a man" */
    if (v >= w->s + 2 &&
        (screen_window_is(w, v - 2, "if") || screen_window_is(w, v - 2, "si")))
        return false;
    /* nor a case set against another: "'crime of passion' when it's a
     * trans woman and 'settling of accounts' when it's a guy" */
    if (v >= w->s + 1 && (screen_window_is(w, v - 1, "when") ||
                          screen_window_is(w, v - 1, "cuando")))
        return false;
    if (screen_window_is(w, i, "men") || screen_window_is(w, i, "guys") ||
        screen_window_is(w, i, "hombres") || screen_window_is(w, i, "vatos"))
        return false;
    /* ending its clause, or "y punto", "and that's it" */
    size_t e = i + 1;
    if (!screen_window_clause_end(w, i)) {
        if (!(mgcls(w, i + 2) & MG_PLAIN))
            return false;
        e = i + 3;
    }
    if (!screen_wc_anywhere(w->t, w->n, MG_GENDER, v, e))
        return false;
    *a = v;
    *b = e;
    return true;
}

/* The denial found at token i: SCREEN_IDENTITY_HATE and its tokens in
 * *out, or -1. */
static int mg_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&mg_list.table, n->tok[i].hash);
    if (!(c & MG_START))
        return -1;
    struct screen_window w = {n, text, &mg_list.table, 0, 0, false};
    screen_window_at(&w, i, MG_READ, MG_READ);
    size_t a = i, b = i + 1;
    /* a slur the lists lack, said of someone (not named as a word: "they
     * called her a 'shemale'") */
    if (c & MG_SLUR)
        return screen_named_as_word(n, text, len, i) ||
                       screen_reported_shout(n, text, len, i)
                   ? -1
                   : (*out = (struct screen_match){(uint32_t)i, 1},
                      SCREEN_IDENTITY_HATE);
    bool found = false;
    if (c & MG_MAN) {
        found = mg_dressed(&w, i, &b);
        if (found && i > w.s && (mgcls(&w, i - 1) & MG_AS))
            a = i - 1;
        if (!found)
            found = mg_was_a_man(&w, i, &a, &b);
    }
    if (!found && (c & (MG_BORN | MG_DIED)))
        found = mg_born_or_died(&w, i, c, &b);
    if (!found && (c & MG_XY))
        found = mg_chromosomes(&w, i, &b);
    if (!found)
        return -1;
    /* "she was not a man in a dress", "no era un hombre con peluca" (not
     * a negation of something else, further back: "la biología no
     * miente: nació hombre") */
    for (size_t j = a; j > w.s && a - j < MG_NOT_BACK;) {
        j--;
        if (screen_window_clause_end(&w, j))
            break;
        if (mgcls(&w, j) & MG_NOT)
            return -1;
    }
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_IDENTITY_HATE,
                                out);
}

const struct screen_grammar screen_misgender_grammar = {mg_words_table, mg_at};
