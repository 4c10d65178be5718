/*
 * called.c - a slur others called the writer: a victim's report.
 *
 * Readers tell what they were called: '"Maricón" me gritaban en la
 * secundaria', '"Wetback" is what they called my dad at work in Texas',
 * "Growing up in Chicago I got called a wetback all the time", "a mi
 * hijo le dicen joto en la secundaria". The slur lists hold the word
 * wherever it stands, and refute.c lets it go only when it is named as a
 * word or reported, in quotation marks, after its shouting. This file
 * reads the report told after the word or with no marks at all, when
 * the one called is the writer or their own: "me", "nos" (after a quoted
 * word), "a mi hijo le", "my dad", "our kids", "I got called", "my
 * little brother got called".
 *
 * Said of a third person ("le dicen joto", "they called him a beaner",
 * "my neighbor got called a wetback") the same words point the slur at
 * someone as often as they report it, and are left held. So is a report
 * the rest of the comment agrees with (refute.c's words of agreement:
 * "and honestly it fits", "can't argue with that", a laugh), or turns:
 * on someone else ("igual que a ti", "just like the mayor", "so do I"),
 * to harm wished or promised ("voy a ir a la escuela a matar",
 * "les falta una buena golpiza"), to the word enjoyed ("good times",
 * "because it's funny") or to a people named. Four reviews wrote abuse
 * in these shapes to slip past it; what they found is read here
 * (models/HISTORY.md, "Slurs the writer was called").
 */

#include <string.h>

#include "screen/screen_int.h"

/* Whether the words after a report of what the writer was called turn
 * the word on someone else, wish harm or let it stand: "igual que a ti",
 * "same as you", "just like the mayor", "and so do I", "ahora yo se lo
 * grito a otros", "voy a ir a la escuela a matar a esos niños", "les
 * falta una buena golpiza", "should get beat up", "the Salvadorans in
 * this story are worse", "ni modo, así salió", "honestly, fair", "look
 * at him", "as it should be", "because it's funny", "a ver si se le
 * quita lo raro", "I hope every Texan burns", "good times", "how does
 * it feel?". Written to slip a slur past the release, each was held
 * before it. */
static bool c_tail_turns(const struct screen_norm *n, size_t from)
{
    /* someone else, compared or addressed */
    static const char *const others[] = {"ti",   "you",  "your",  "tu",
                                         "eres", "same", "igual", "least"};
    /* the writer says it too */
    static const char *const says_too[] = {"digo",  "dije",  "decimos",
                                           "grito", "grite", "gritamos",
                                           "llamo", "llame", "decirselo"};
    /* harm wished or promised */
    static const char *const harm[] = {
        "matar",    "maten",  "mueran",   "muera",     "kill",
        "shoot",    "hanged", "bat",      "zanja",     "partir",
        "blood",    "sangre", "golpiza",  "madriza",   "beating",
        "pedradas", "ill",    "burn",     "burns",     "drown",
        "smashed",  "caiga",  "castigue", "terremoto", "calentadita",
        "deseo",    "cerdo"};
    /* the word let stand, or enjoyed */
    static const char *const let_stand[] = {
        "salio",    "fair",       "accurate",   "funny",   "hilarious",
        "risa",     "chistoso",   "gracioso",   "raro",    "rarito",
        "rara",     "pervertido", "straighten", "compone", "endereza",
        "nickname", "apodo"};
    static const char *const negation[] = {"not",   "isnt", "no",
                                           "wasnt", "nada", "aint"};
    static const char *const enjoyed[] = {"fair", "funny",    "hilarious",
                                          "risa", "chistoso", "gracioso"};
    static const char *const him[] = {"him", "her", "them"};
    static const char *const like[] = {"like", "did", "do"};
    static const char *const the[] = {"the", "that"};
    static const char *const al[] = {"al", "a", "el", "la", "los", "las"};
    static const char *const call[] = {"called", "call"};
    static const char *const must[] = {"debe", "deberia", "should"};
    for (size_t j = from; j < n->ntok; j++) {
        /* "it's not fair", "no es chistoso", "nothing funny about it",
         * "funny how fast people forget" */
        if (screen_tok_in(n, j, enjoyed, SCREEN_NWORDS(enjoyed)) &&
            ((j > 0 &&
              screen_tok_in(n, j - 1, negation, SCREEN_NWORDS(negation))) ||
             (j > 1 &&
              screen_tok_in(n, j - 2, negation, SCREEN_NWORDS(negation))) ||
             screen_tok_is(n, j + 1, "how")))
            continue;
        if (screen_tok_in(n, j, others, SCREEN_NWORDS(others)) ||
            screen_tok_in(n, j, says_too, SCREEN_NWORDS(says_too)) ||
            screen_tok_in(n, j, harm, SCREEN_NWORDS(harm)) ||
            screen_tok_in(n, j, let_stand, SCREEN_NWORDS(let_stand)))
            return true;
        /* "voy a ir a la escuela", "hang them", "get beat up", not
         * "cuando vamos de la mano", "hang in there", "they beat him" */
        if ((screen_tok_is(n, j, "voy") || screen_tok_is(n, j, "vamos")) &&
            screen_tok_is(n, j + 1, "a"))
            return true;
        if (screen_tok_is(n, j, "hang") && !screen_tok_is(n, j + 1, "in"))
            return true;
        if (screen_tok_is(n, j, "beat") && screen_tok_is(n, j + 1, "up"))
            return true;
        /* "just like the mayor", "so did the reporter", "so do I", "como
         * al alcalde", "better than being one", "so I called that gringo",
         * "I'm the one yelling it" */
        if ((screen_tok_is(n, j, "just") || screen_tok_is(n, j, "so")) &&
            screen_tok_in(n, j + 1, like, SCREEN_NWORDS(like)))
            return true;
        if (screen_tok_is(n, j, "like") &&
            screen_tok_in(n, j + 1, the, SCREEN_NWORDS(the)))
            return true;
        if (screen_tok_is(n, j, "como") &&
            screen_tok_in(n, j + 1, al, SCREEN_NWORDS(al)))
            return true;
        if (screen_tok_is(n, j, "better") && screen_tok_is(n, j + 1, "than"))
            return true;
        if (screen_tok_is(n, j, "i") &&
            screen_tok_in(n, j + 1, call, SCREEN_NWORDS(call)))
            return true;
        if (screen_tok_is(n, j, "im") && screen_tok_is(n, j + 1, "the") &&
            screen_tok_is(n, j + 2, "one"))
            return true;
        /* "como debe ser", "as it should be", "bien dicho" */
        static const char *const be[] = {"be", "ser"};
        static const char *const so[] = {"como", "it", "asi", "all"};
        if (screen_tok_in(n, j, must, SCREEN_NWORDS(must)) &&
            screen_tok_in(n, j + 1, be, 2) && j > 0 &&
            screen_tok_in(n, j - 1, so, SCREEN_NWORDS(so)))
            return true;
        if (screen_tok_is(n, j, "bien") && screen_tok_is(n, j + 1, "dicho"))
            return true;
        /* "good times", "buenos tiempos", "just saying", "how does it
         * feel", "a ver qué se siente", "should call the reporter that" */
        if ((screen_tok_is(n, j, "good") && screen_tok_is(n, j + 1, "times")) ||
            (screen_tok_is(n, j, "buenos") &&
             screen_tok_is(n, j + 1, "tiempos")) ||
            (screen_tok_is(n, j, "just") &&
             screen_tok_is(n, j + 1, "saying")) ||
            (screen_tok_is(n, j, "feel") && j > 1 &&
             screen_tok_is(n, j - 1, "it") &&
             screen_tok_is(n, j - 2, "does")) ||
            (screen_tok_is(n, j, "siente") && j > 2 &&
             screen_tok_is(n, j - 3, "ver")) ||
            (screen_tok_is(n, j, "should") && screen_tok_is(n, j + 1, "call")))
            return true;
        if (screen_tok_is(n, j, "look") && screen_tok_is(n, j + 1, "at") &&
            screen_tok_in(n, j + 2, him, SCREEN_NWORDS(him)))
            return true;
        if (screen_tok_is(n, j, "ni") && screen_tok_is(n, j + 1, "modo"))
            return true;
    }
    return screen_names_group(n, from, n->ntok);
}

/* Whether nothing after a report of what the writer or their own were
 * called agrees with the word or turns it on someone else. */
static bool c_victim_tail_clear(const struct screen_norm *n, size_t from)
{
    return screen_none_agrees(n, from) && !c_tail_turns(n, from);
}

/* Spanish verbs of naming someone a word, said of others after the one
 * named: "me gritaban", "nos dicen", "me han gritado". */
static const char *const c_named_es[] = {
    "gritaban", "gritaron", "gritan",     "gritado", "dicen",
    "decian",   "decia",    "dicho",      "dijeron", "llamaban",
    "llamaron", "llaman",   "insultaban",
};
/* Those named, when the report is let go: the writer and their own.
 * "A tu hermano le dicen joto por algo", "al regidor le dicen joto" and
 * "they called him a beaner and honestly it fits" point the word at a
 * third person as often as they report it, and stay held; so does "they
 * called us beaners and we beat them up" told of a group, unquoted. */
static const char *const c_writer_named[] = {"me", "nos"};
static const char *const c_writers[] = {"my", "our"};
/* The writer's own: their family and friends ("my dad", "our kids"), not
 * "my neighbor" or "my coworker", of whom a word is told to mock. */
static const char *const c_kin[] = {
    "dad",     "father",   "mom",     "mother",  "brother",     "sister",
    "son",     "daughter", "kid",     "kids",    "cousin",      "uncle",
    "aunt",    "grandpa",  "grandma", "husband", "wife",        "family",
    "parents", "friend",   "friends", "boy",     "grandfather", "grandmother",
};
/* The same read with an "'s": "my sister's locker" is read "my sisters
 * locker"; whose thing, or whose friend, is named next. */
static const char *const c_kin_s[] = {
    "dads",      "fathers", "moms",   "mothers", "brothers", "sisters", "sons",
    "daughters", "cousins", "uncles", "aunts",   "husbands", "wifes",
};

/* The writer's own in Spanish, named before "le": "a mi hijo le dicen
 * joto", "a mi hermano le gritaban maricón". */
static const char *const c_kin_es[] = {
    "hijo",  "hija",  "hijos",  "hermano", "hermana", "hermanos",
    "primo", "prima", "papa",   "mama",    "padre",   "madre",
    "tio",   "tia",   "abuelo", "abuela",  "esposo",  "esposa",
    "novio", "novia", "amigo",  "amiga",   "sobrino", "sobrina",
};

/* Whether token j is "le" or "les" after "a mi hijo", "a mis hermanos"
 * (not "mi hermano le decía joto al vecino", where the brother calls). */
static bool c_kin_es_before(const struct screen_norm *n, size_t j)
{
    static const char *const le[] = {"le", "les"};
    static const char *const mi[] = {"mi", "mis"};
    return j >= 3 && screen_tok_in(n, j, le, 2) &&
           screen_tok_in(n, j - 1, c_kin_es, SCREEN_NWORDS(c_kin_es)) &&
           screen_tok_in(n, j - 2, mi, 2) && screen_tok_is(n, j - 3, "a");
}

/* Whether tokens j.. of n read "me gritaban", "nos dicen", "me han
 * gritado": the writer (or with us, their own) named by others; the
 * token after them in *after. */
static bool c_named_es_at(const struct screen_norm *n, size_t j, bool us,
                          size_t *after)
{
    static const char *const han[] = {"han", "habian"};
    if (!screen_tok_in(n, j, c_writer_named, us ? 2 : 1) &&
        !c_kin_es_before(n, j))
        return false;
    size_t v = j + 1;
    if (screen_tok_in(n, v, han, SCREEN_NWORDS(han)))
        v++;
    if (!screen_tok_in(n, v, c_named_es, SCREEN_NWORDS(c_named_es)))
        return false;
    *after = v + 1;
    return true;
}

/* Whether the tokens at j.. name the writer or their own as the object
 * of a calling: "me", "my dad", "our kids"; the token after them
 * in *after ("my little brother" is three). */
static bool c_writer_object(const struct screen_norm *n, size_t j,
                            bool on_thing, size_t *after)
{
    if (screen_tok_is(n, j, "me")) {
        *after = j + 1;
        return true;
    }
    if (!screen_tok_in(n, j, c_writers, SCREEN_NWORDS(c_writers)))
        return false;
    static const char *const age[] = {"little", "older", "younger", "big",
                                      "baby",   "own",   "late"};
    size_t k = j + 1;
    if (screen_tok_in(n, k, age, SCREEN_NWORDS(age)))
        k++; /* "my little brother" */
    *after = k + 1;
    if (screen_tok_in(n, k, c_kin, SCREEN_NWORDS(c_kin)))
        return true;
    if (!screen_tok_in(n, k, c_kin_s, SCREEN_NWORDS(c_kin_s)))
        return false;
    /* "what they wrote on my sister's locker", "called my brothers at
     * school", not "called my sister's friend" */
    static const char *const then[] = {"at",  "in",    "on",  "when", "and",
                                       "for", "every", "all", "while"};
    return on_thing || *after >= n->ntok ||
           screen_tok_in(n, *after, then, SCREEN_NWORDS(then));
}

/* The verbs before "called" of one who was called a word: "I got
 * called", "being called". */
static const char *const c_passive[] = {"got",   "get",  "gets", "getting",
                                        "being", "been", "was",  "were"};

/* How far after a quoted word the report of its shouting may stand:
 * '"Maricón" me gritaban', '"Beaner" is what the kids called me'. */
#define C_SHOUT_AFTER 5

/* Whether the quoted word at tok is followed, in its sentence, by who
 * shouted it at the writer or their own: '"Jotos" nos dicen', '"Maricón"
 * me gritaban en la secundaria', '"Wetback" is what they called my dad'
 * (not "is what I called him", "le gritaban al muerto"). Nothing after
 * the report may agree with the word. */
bool screen_shouted_at_writer(const struct screen_norm *n, const char *text,
                              size_t tok)
{
    bool what = false;
    for (size_t j = tok + 1; j < n->ntok && j - tok <= C_SHOUT_AFTER; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            return false;
        size_t after;
        if (j == tok + 1 && c_named_es_at(n, j, true, &after))
            return c_victim_tail_clear(n, after);
        if (screen_tok_is(n, j, "what")) {
            what = true;
            /* "is what my grandpa got called" */
            if (c_writer_object(n, j + 1, false, &after) &&
                after + 1 < n->ntok &&
                screen_tok_in(n, after, c_passive, SCREEN_NWORDS(c_passive)) &&
                screen_tok_is(n, after + 1, "called"))
                return c_victim_tail_clear(n, after + 2);
            continue;
        }
        if (!what || !screen_is_shout_verb(n, j) ||
            !screen_shout_by_other(n, text, j))
            continue;
        /* "what they called me", "what they yelled at me", "what they
         * wrote on my sister's locker" */
        static const char *const at[] = {"at", "on"};
        size_t k = screen_tok_in(n, j + 1, at, 2) ? j + 2 : j + 1;
        if (c_writer_object(n, k, k == j + 2, &after))
            return c_victim_tail_clear(n, after);
    }
    return false;
}

bool screen_called_unquoted(const struct screen_norm *n, const char *text,
                            size_t tok)
{
    if (tok >= n->ntok || tok < 2)
        return false;
    size_t j = tok;
    /* "called a wetback", "me gritaban pinche joto" */
    static const char *const article[] = {"a", "an", "pinche", "pinches"};
    if (screen_tok_in(n, j - 1, article, SCREEN_NWORDS(article)))
        j--;
    if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
        return false;
    /* "me han gritado joto" (not "nos decían indios y les partimos la
     * madre") */
    for (size_t k = j >= 3 ? j - 3 : 0; k + 1 < j; k++) {
        size_t after;
        if (c_named_es_at(n, k, false, &after) && after == j)
            return c_victim_tail_clear(n, tok + 1);
    }
    /* "they called me a beaner", "they called my brother a faggot" (not
     * "I called him a beaner", "they called him a beaner") */
    for (size_t v = j >= 5 ? j - 5 : 1; v + 1 < j; v++) {
        size_t after;
        if (screen_tok_is(n, v, "called") &&
            !screen_sentence_break(text, &n->tok[v - 1], &n->tok[v]) &&
            screen_shout_by_other(n, text, v) &&
            c_writer_object(n, v + 1, false, &after) && after == j)
            return c_victim_tail_clear(n, tok + 1);
    }
    /* "I got called a wetback", "my dad was called a beaner", "I
     * remember being called a beaner" (not "he got called a wetback") */
    if (!screen_tok_is(n, j - 1, "called"))
        return false;
    size_t v = j - 1;
    if (v == 0 || !screen_tok_in(n, v - 1, c_passive, SCREEN_NWORDS(c_passive)))
        return false;
    /* "I got called", "I always got called", "I remember being called",
     * "my little brother got called" (not "my neighbor got called", nor
     * "when I saw him, he got called") */
    static const char *const often[] = {"always", "often",    "once",
                                        "also",   "remember", "constantly",
                                        "even",   "still",    "used"};
    static const char *const i[] = {"i", "ive"};
    size_t aux = v - 1; /* the verb before "called" */
    while (aux > 0 && v - aux < 4 &&
           screen_tok_in(n, aux - 1, often, SCREEN_NWORDS(often)))
        aux--;
    if (aux > 0 && screen_tok_in(n, aux - 1, i, 2))
        return c_victim_tail_clear(n, tok + 1);
    for (size_t k = aux; k > 0 && aux - k < 4; k--) {
        size_t after;
        if (c_writer_object(n, k - 1, false, &after) && after == aux)
            return c_victim_tail_clear(n, tok + 1);
    }
    return false;
}
