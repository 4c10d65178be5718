/*
 * samefate.c - "así deben acabar todos": the same end wished on all.
 *
 * Under a story of a killing some readers wish it on everyone of the
 * kind: "así deben acabar todos", "ojalá así terminen todos los
 * secuestradores", "que todos los rateros acaben igual", "that's how they
 * all should end up", "they should all end up like that". No word is
 * violent and the dead are not named, so the model reads a comment on
 * the story. This grammar holds as a threat an end verb wished on all:
 *
 *   - in Spanish, a verb of ending in the subjunctive or future
 *     ("acaben", "terminen", "acabarán") or an infinitive after
 *     "deben", "deberían", "tienen que" or "merecen" ("deben acabar"),
 *     with "así" or "igual" and "todos" or "todas" a few words around it;
 *   - in English, "end" with "should", "must", "deserve", "hope" or "may"
 *     before it, "all", "every" or "the rest" in its sentence, and "like
 *     that", "like him", "the same way" after it, or "that's how" before.
 *
 * Not held: a negation or a question ("nadie debería acabar así",
 * "¿así deben acabar todos los que denuncian?"), fear or pity for the
 * dead ("temo que así acaben todos los que denuncian", "qué triste"),
 * the speaker among them ("we all end up like that"), an end in jail or
 * a good one ("así deben terminar todos los corruptos, en la cárcel",
 * "ojalá todos terminen así de felices"), and a game, a day or a case
 * ended ("así deberían terminar todos los partidos"). A grammar of the
 * one pass (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    SF_END_ES = 1u << 0,  /* acaben, terminen, acabaran ("queden" is also
                             "turn out": "así deben quedar las calles") */
    SF_END_INF = 1u << 1, /* acabar, terminar: after a modal */
    SF_END_EN = 1u << 2,  /* end */
    SF_OUGHT = 1u << 3,   /* deben, deberian, tienen, merecen, ojala, que */
    SF_SHOULD = 1u << 4,  /* should, must, deserve, hope, may, ought */
    SF_ALL = 1u << 5,     /* todos, todas, all, every, rest */
    SF_SO = 1u << 6,      /* asi, igual */
    SF_NOT = 1u << 7,     /* no, nadie, ningun, nobody, never */
    SF_SELF = 1u << 8,    /* we, us, i, vamos, podemos, nosotros */
    SF_SPARE = 1u << 9,   /* jail, carcel, felices, rich, triste, fear */
    SF_THING = 1u << 10,  /* partidos, dias, casos, games, seasons */
    SF_FATE = 1u << 11,   /* fate, ending, destino, suerte: "the same" */
};

static const struct screen_wc_word sf_words[] = {
    {"acaben", SF_END_ES},
    {"terminen", SF_END_ES},
    {"acabaran", SF_END_ES},
    {"terminaran", SF_END_ES},
    {"acabar", SF_END_INF},
    {"terminar", SF_END_INF},
    {"end", SF_END_EN},
    {"ends", SF_END_EN},
    {"finish", SF_END_EN},
    {"finishes", SF_END_EN},
    {"fate", SF_FATE},
    {"ending", SF_FATE},
    {"destino", SF_FATE},
    {"suerte", SF_FATE},
    {"ojala", SF_OUGHT},
    {"corran", SF_OUGHT},
    {"merece", SF_OUGHT},
    {"deserves", SF_SHOULD},
    {"deben", SF_OUGHT},
    {"deberian", SF_OUGHT},
    {"debieran", SF_OUGHT},
    {"tienen", SF_OUGHT},
    {"tendrian", SF_OUGHT},
    {"merecen", SF_OUGHT},
    {"should", SF_SHOULD},
    {"must", SF_SHOULD},
    {"ought", SF_SHOULD},
    {"deserve", SF_SHOULD},
    {"hope", SF_SHOULD},
    {"may", SF_SHOULD},
    {"todos", SF_ALL},
    {"todas", SF_ALL},
    {"all", SF_ALL},
    {"every", SF_ALL},
    {"rest", SF_ALL},
    {"asi", SF_SO},
    {"igual", SF_SO},
    {"no", SF_NOT},
    {"nadie", SF_NOT},
    {"ningun", SF_NOT},
    {"ninguna", SF_NOT},
    {"ninguno", SF_NOT},
    {"nunca", SF_NOT},
    {"jamas", SF_NOT},
    {"ni", SF_NOT},
    {"not", SF_NOT},
    {"nobody", SF_NOT},
    {"noone", SF_NOT},
    {"never", SF_NOT},
    {"shouldnt", SF_NOT},
    {"dont", SF_NOT},
    {"we", SF_SELF},
    {"us", SF_SELF},
    {"i", SF_SELF},
    {"you", SF_SELF},
    {"vamos", SF_SELF},
    {"podemos", SF_SELF},
    {"nosotros", SF_SELF},
    {"carcel", SF_SPARE},
    {"prision", SF_SPARE},
    {"presos", SF_SPARE},
    {"rejas", SF_SPARE},
    {"bote", SF_SPARE},
    {"detenidos", SF_SPARE},
    {"sentenciados", SF_SPARE},
    {"extraditados", SF_SPARE},
    {"juicio", SF_SPARE},
    {"felices", SF_SPARE},
    {"campeones", SF_SPARE},
    {"graduados", SF_SPARE},
    {"exito", SF_SPARE},
    {"ricos", SF_SPARE},
    {"triste", SF_SPARE},
    {"tristeza", SF_SPARE},
    {"lamentable", SF_SPARE},
    {"pobre", SF_SPARE},
    {"pobres", SF_SPARE},
    {"temo", SF_SPARE},
    {"miedo", SF_SPARE},
    {"preocupa", SF_SPARE},
    {"jail", SF_SPARE},
    {"prison", SF_SPARE},
    {"bars", SF_SPARE},
    {"court", SF_SPARE},
    {"trial", SF_SPARE},
    {"arrested", SF_SPARE},
    {"convicted", SF_SPARE},
    {"happy", SF_SPARE},
    {"rich", SF_SPARE},
    {"successful", SF_SPARE},
    {"champions", SF_SPARE},
    {"sad", SF_SPARE},
    {"tragic", SF_SPARE},
    {"poor", SF_SPARE},
    {"fear", SF_SPARE},
    {"afraid", SF_SPARE},
    {"scared", SF_SPARE},
    {"worried", SF_SPARE},
    {"partido", SF_THING},
    {"partidos", SF_THING},
    {"partidazo", SF_THING},
    {"partidazos", SF_THING},
    {"golazo", SF_THING},
    {"juegazo", SF_THING},
    {"clasico", SF_THING},
    {"jornada", SF_THING},
    {"jornadas", SF_THING},
    {"juego", SF_THING},
    {"juegos", SF_THING},
    {"gol", SF_THING},
    {"final", SF_THING},
    {"torneos", SF_THING},
    {"temporadas", SF_THING},
    {"dias", SF_THING},
    {"semanas", SF_THING},
    {"años", SF_THING},
    {"anos", SF_THING},
    {"casos", SF_THING},
    {"juicios", SF_THING},
    {"investigaciones", SF_THING},
    {"historias", SF_THING},
    {"peliculas", SF_THING},
    {"series", SF_THING},
    {"fiestas", SF_THING},
    {"conciertos", SF_THING},
    {"game", SF_THING},
    {"games", SF_THING},
    {"match", SF_THING},
    {"matches", SF_THING},
    {"season", SF_THING},
    {"seasons", SF_THING},
    {"days", SF_THING},
    {"cases", SF_THING},
    {"stories", SF_THING},
    {"movies", SF_THING},
    {"episodes", SF_THING},
    {"story", SF_THING},
    {"party", SF_THING},
    {"parties", SF_THING},
    {"wedding", SF_THING},
    {"weddings", SF_THING},
    {"night", SF_THING},
    {"nights", SF_THING},
    {"weekend", SF_THING},
    {"weekends", SF_THING},
    {"year", SF_THING},
    {"book", SF_THING},
    {"books", SF_THING},
    {"film", SF_THING},
    {"films", SF_THING},
    {"show", SF_THING},
    {"shows", SF_THING},
    {"concert", SF_THING},
    {"concerts", SF_THING},
    {"trip", SF_THING},
    {"love", SF_THING},
    {"boda", SF_THING},
    {"bodas", SF_THING},
    {"fiesta", SF_THING},
    {"noche", SF_THING},
    {"noches", SF_THING},
    {"historia", SF_THING},
    {"amor", SF_THING},
    {"viaje", SF_THING},
    {"viajes", SF_THING},
    {"novela", SF_THING},
    {"novelas", SF_THING},
};

static struct screen_wc_list sf_list =
    SCREEN_WC_LIST(sf_words, SF_END_ES | SF_END_INF | SF_END_EN | SF_FATE);

static const struct screen_wordclasses *sf_words_table(void)
{
    return screen_wc_ready(&sf_list);
}

static uint64_t sf_cls(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&sf_list.table, n, j);
}

static bool sf_is(const struct screen_norm *n, size_t j, const char *word)
{
    return screen_tok_in(n, j, &word, 1);
}

/* The sentence around token i: tokens [*s, *e). */
static void sf_sentence(const struct screen_norm *n, const char *text, size_t i,
                        size_t *s, size_t *e)
{
    *s = i;
    while (*s > 0 && !screen_sentence_break(text, &n->tok[*s - 1], &n->tok[*s]))
        (*s)--;
    *e = i + 1;
    while (*e < n->ntok &&
           !screen_sentence_break(text, &n->tok[*e - 1], &n->tok[*e]))
        (*e)++;
}

/* The first token of class cls in [a, b), or SIZE_MAX. */
static size_t sf_find(const struct screen_norm *n, size_t a, size_t b,
                      uint64_t cls)
{
    for (size_t j = a; j < b; j++)
        if (sf_cls(n, j) & cls)
            return j;
    return SIZE_MAX;
}

/* Where all of them are named in [a, b): "todos", "all", "every", "the
 * rest", "hasta el último"; or SIZE_MAX. */
static size_t sf_all(const struct screen_norm *n, size_t a, size_t b)
{
    size_t all = sf_find(n, a, b, SF_ALL);
    for (size_t j = a; all == SIZE_MAX && j + 2 < b; j++)
        if (sf_is(n, j, "hasta") && sf_is(n, j + 1, "el") &&
            sf_is(n, j + 2, "ultimo"))
            all = j;
    return all;
}

/* "todos" at j names things, not people: "todos los partidos". */
static bool sf_things(const struct screen_norm *n, size_t j)
{
    static const char *const the[] = {"los", "las", "esos", "esas", "the"};
    return screen_tok_in(n, j + 1, the, SCREEN_NWORDS(the)) &&
           (sf_cls(n, j + 2) & SF_THING);
}

/* The Spanish wish by the verb at i in sentence [s, e): its first token
 * in *a and its end in *b, or false. */
static bool sf_spanish(const struct screen_norm *n, size_t i, size_t s,
                       size_t e, size_t *a, size_t *b)
{
    size_t from = i > s + 4 ? i - 4 : s;
    size_t to = i + 5 < e ? i + 5 : e;
    if (sf_cls(n, i) & SF_END_INF) {
        /* "deben acabar", "tienen que terminar" */
        size_t m = i > s ? i - 1 : SIZE_MAX;
        if (m != SIZE_MAX && sf_is(n, m, "que") && m > s)
            m--;
        if (m == SIZE_MAX || !(sf_cls(n, m) & SF_OUGHT) ||
            ((sf_is(n, m, "tienen") || sf_is(n, m, "tendrian")) &&
             !sf_is(n, m + 1, "que")))
            return false;
        from = m > s + 3 ? m - 3 : s;
    }
    size_t so = sf_find(n, from, to, SF_SO);
    size_t all = sf_all(n, from, to);
    if (so == SIZE_MAX || all == SIZE_MAX || sf_things(n, all))
        return false;
    /* "igual" only after the verb or after "todos": "acaben igual", not
     * "igual y todos terminan" */
    if (sf_is(n, so, "igual") && so < i && so < all)
        return false;
    *a = so < all ? so : all;
    if (*a > i)
        *a = i;
    *b = (so > all ? so : all) + 1;
    if (*b <= i)
        *b = i + 1;
    return true;
}

/* The English wish by "end" at i in sentence [s, e): its first token in
 * *a and its end in *b, or false. */
static bool sf_english(const struct screen_norm *n, size_t i, size_t s,
                       size_t e, size_t *a, size_t *b)
{
    /* a wish before: "should", "must", "deserve to", "hope", "may" */
    size_t m = sf_find(n, i > s + 7 ? i - 7 : s, i, SF_SHOULD);
    if (m == SIZE_MAX)
        return false;
    /* of others, not the speaker, anywhere in the sentence: "We all
     * should end up like that", "it all ends the same way for us" (but "I
     * hope the rest end up the same way", and "you" are the others) */
    for (size_t k = s; k < e; k++)
        if ((sf_is(n, k, "we") || sf_is(n, k, "us") || sf_is(n, k, "i")) &&
            !(k + 1 == m && sf_is(n, m, "hope")))
            return false;
    size_t j = i + 1;
    if (sf_is(n, j, "up"))
        j++;
    if (sf_is(n, j, "just") || sf_is(n, j, "exactly") || sf_is(n, j, "right"))
        j++; /* "ends up just like that" */
    /* "that's how they all should end" */
    bool how = false;
    for (size_t k = s + 1; k < i && !how; k++)
        how = sf_is(n, k, "how") &&
              (sf_is(n, k - 1, "thats") || sf_is(n, k - 1, "that") ||
               sf_is(n, k - 1, "is"));
    bool like = false;
    size_t end = j;
    if (sf_is(n, j, "like") &&
        (sf_is(n, j + 1, "that") || sf_is(n, j + 1, "this") ||
         sf_is(n, j + 1, "him") || sf_is(n, j + 1, "her") ||
         sf_is(n, j + 1, "them") || sf_is(n, j + 1, "those") ||
         sf_is(n, j + 1, "these"))) {
        like = true;
        end = j + 2;
    } else if (sf_is(n, j, "the") && sf_is(n, j + 1, "same")) {
        like = true;
        end = j + 2 + sf_is(n, j + 2, "way");
    } else if (sf_is(n, j, "that") && sf_is(n, j + 1, "way")) {
        like = true;
        end = j + 2;
    }
    if (!like && !how)
        return false;
    size_t all = sf_find(n, s, e, SF_ALL);
    if (all == SIZE_MAX)
        return false;
    *a = m < all ? m : all;
    *b = end > all ? end : all + 1;
    return true;
}

/* The same fate wished on all by "fate" or "destino" at i in sentence
 * [s, e): "same fate for every single one of them", "every thief
 * deserves the exact same ending", "ojalá todos corran la misma suerte".
 * Its first token in *a and its end in *b, or false. */
static bool sf_fate(const struct screen_norm *n, size_t i, size_t s, size_t e,
                    size_t *a, size_t *b)
{
    if (i == s || !(sf_is(n, i - 1, "same") || sf_is(n, i - 1, "mismo") ||
                    sf_is(n, i - 1, "misma")))
        return false;
    size_t all = sf_all(n, s, e);
    if (all == SIZE_MAX || sf_things(n, all))
        return false;
    /* luck is the fate only when run into: "ojalá corran con la misma
     * suerte", not "ojalá todos tengan la misma suerte en el sorteo" */
    if (sf_is(n, i, "suerte")) {
        static const char *const run[] = {"corran", "corra", "correr",
                                          "corrieran"};
        bool ran = false;
        for (size_t j = i > s + 4 ? i - 4 : s; j < i && !ran; j++)
            ran = screen_tok_in(n, j, run, SCREEN_NWORDS(run));
        if (!ran)
            return false;
    }
    /* not shared by the speaker: "the same fate for all of us" */
    for (size_t j = s; j < e; j++)
        if (sf_is(n, j, "us") || sf_is(n, j, "we") || sf_is(n, j, "nosotros"))
            return false;
    /* wished: "deserves", "ojalá", "should" before, or "for", "para" after */
    size_t m = sf_find(n, i > s + 6 ? i - 6 : s, i, SF_SHOULD | SF_OUGHT);
    bool for_all =
        (sf_is(n, i + 1, "for") || sf_is(n, i + 1, "para")) && all > i;
    if (m == SIZE_MAX && !for_all)
        return false;
    *a = m != SIZE_MAX && m < i ? m : i - 1;
    if (all < *a)
        *a = all;
    *b = all > i ? all + 1 : i + 1;
    return true;
}

/* The same end wished on all by the verb at token i: SCREEN_THREAT and
 * its tokens in *out, or -1. */
static int sf_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = sf_cls(n, i);
    size_t s, e;
    sf_sentence(n, text, i, &s, &e);
    size_t a, b;
    bool found = (c & SF_FATE)     ? sf_fate(n, i, s, e, &a, &b)
                 : (c & SF_END_EN) ? sf_english(n, i, s, e, &a, &b)
                                   : sf_spanish(n, i, s, e, &a, &b);
    if (!found)
        return -1;
    /* not denied or said of the speaker: "nadie debería acabar así",
     * "todos vamos a terminar así" */
    uint64_t unless = (c & (SF_END_EN | SF_FATE)) ? SF_NOT : SF_NOT | SF_SELF;
    if (sf_find(n, s, i, unless) != SIZE_MAX)
        return -1;
    /* not in jail, happy, pitied or feared for, nor a game */
    if (screen_wc_anywhere(&sf_list.table, n, SF_SPARE | SF_THING, 0, 0))
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_samefate_grammar = {sf_words_table, sf_at};
