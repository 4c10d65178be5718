/*
 * refute.c - a slander named to refute it or to report it.
 *
 * A reader who condemns a slander has to name it: "the idea that Jews
 * control the banks is an old antisemitic lie", "my uncle keeps
 * forwarding videos claiming Jews run the cartels", "los que dicen que
 * las mujeres no deberían votar deberían leer sobre 1953". The fixed
 * phrases of the hate lists ("jews control", "go back to your country")
 * and the grammars that read a slander (conspiracy.c, harass.c,
 * dehumanise.c) ask here whether the sentence around it calls it a lie,
 * a myth or a theory, or gives it as what someone else says, claims,
 * thinks or forwards ("I think", "what I've always said" are the
 * writer's own).
 *
 * A plain negation is not asked about here: "no one wants you here, go
 * back to your country" is no refutation. The grammars that read a
 * negation next to their words do so themselves. Single slurs and
 * insults ask only whether they are named as a word: set alone in
 * quotation marks, in a sentence that speaks of a word, a term, a slur, a
 * chant or of homophobia or racism ("my neighbour called them "wetbacks"
 * and I told him that word is disgusting", "la palabra «indio» no es un
 * insulto", 'gritar "puto" desde la tribuna es homofobia'), or reported
 * as shouted at someone by a third person ('thousands were yelling
 * "puto"'), with nothing after it that agrees with the
 * word ('le gritaron "sudaca" en la calle', 'they called him a
 * "wetback"', or written on a door: 'le pintaron "maricón" en la
 * puerta'; not "... y tienen razón"). A lone insult the writer calls
 * themself ("me siento bien pendejo", "qué pendejo soy") is no insult of
 * anyone either. Scare quotes with no such words
 * ("those "wetbacks" are ruining the town"), calling alone ('call them what
 * they are: "wetbacks"') and a slur held in a condemning comment otherwise are
 * the moderators' call.
 */

#include <string.h>

#include "screen/screen_int.h"

enum {
    R_WORD = 1u << 0,   /* lie, myth, theory: what the slander is called */
    R_SAY = 1u << 1,    /* says, claims, forwards: someone else's words */
    R_SELF = 1u << 2,   /* i, ive, we, yo: the writer says it himself */
    R_TERM = 1u << 3,   /* word, term, slur, palabra: a word named */
    R_SHOUT = 1u << 4,  /* gritaron, dijeron: a word said to someone,
                           reported by a third person */
    R_SHOUTS = 1u << 5, /* called, yelled: the same when its subject is
                           not the writer */
    R_AGREE = 1u << 6,  /* right, deserve, razón, son: the report agrees
                           with the word */
    R_NOBODY = 1u << 7  /* nadie, nobody: "nadie lo dice" is no report but
                           the writer's own secret told */
};

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
    {"claim", R_SAY},
    {"claims", R_SAY},
    {"claimed", R_SAY},
    {"claiming", R_SAY},
    {"says", R_SAY},
    {"said", R_SAY},
    {"saying", R_SAY},
    {"idea", R_SAY},
    {"repeating", R_SAY},
    {"forwarding", R_SAY},
    {"forwards", R_SAY},
    {"blaming", R_SAY},
    {"dice", R_SAY | R_SHOUT},
    {"dicen", R_SAY | R_SHOUT},
    {"decia", R_SAY},
    {"dijo", R_SAY},
    {"decir", R_SAY},
    {"diciendo", R_SAY},
    {"repetir", R_SAY},
    {"reenvia", R_SAY},
    {"reenvian", R_SAY},
    {"culpar", R_SAY},
    {"think", R_SAY},
    {"thinks", R_SAY},
    {"believe", R_SAY},
    {"believes", R_SAY},
    {"taught", R_SAY},
    {"piensa", R_SAY},
    {"piensan", R_SAY},
    {"cree", R_SAY},
    {"creen", R_SAY},
    {"ensenan", R_SAY},
    {"ensenaron", R_SAY},
    {"wrote", R_SAY},
    {"writes", R_SAY},
    {"writing", R_SAY},
    {"escribe", R_SAY},
    {"escriben", R_SAY},
    {"escriba", R_SAY},
    {"escribio", R_SAY},
    {"escribieron", R_SAY},
    /* a headline or a quotation named: "the article calls them ...",
     * "... was the headline" */
    {"calls", R_SAY},
    {"calling", R_SAY | R_SHOUTS},
    {"llamarlos", R_SAY},
    {"llamarles", R_SAY},
    {"decirles", R_SAY},
    {"headline", R_SAY},
    {"headlines", R_SAY},
    {"titular", R_SAY},
    {"quote", R_SAY},
    {"quoted", R_SAY},
    {"quoting", R_SAY},
    {"i", R_SELF},
    {"ive", R_SELF},
    {"im", R_SELF},
    {"id", R_SELF},
    {"we", R_SELF},
    {"weve", R_SELF},
    {"yo", R_SELF},
    /* "todo el mundo lo sabe pero nadie lo dice", "nobody dares to say
     * it": the writer tells what he says no one else will */
    {"nadie", R_NOBODY},
    {"nobody", R_NOBODY},
    /* a word named as a word */
    {"word", R_TERM},
    {"words", R_TERM},
    {"term", R_TERM},
    {"terms", R_TERM},
    {"slur", R_TERM},
    {"slurs", R_TERM},
    {"palabra", R_TERM},
    {"palabras", R_TERM},
    {"termino", R_TERM},
    {"terminos", R_TERM},
    {"insulto", R_TERM},
    {"insultos", R_TERM},
    {"insult", R_TERM},
    {"insults", R_TERM},
    /* a chant named, or called what it is: 'the chant means "faggot"',
     * '"puto" y "joto" no son porras', 'gritar "puto" es homofobia' */
    {"chant", R_TERM},
    {"chants", R_TERM},
    {"porra", R_TERM},
    {"porras", R_TERM},
    {"homophobia", R_TERM},
    {"homophobic", R_TERM},
    {"homofobia", R_TERM},
    {"homofobico", R_TERM},
    {"racism", R_TERM},
    {"racist", R_TERM},
    {"racismo", R_TERM},
    {"racista", R_TERM},
    /* a word said to someone, reported in the past by a third person
     * ("le gritaron", "they called him"); not "call them", nor "yo les
     * gritaba" */
    {"gritaron", R_SHOUT},
    {"gritaban", R_SHOUT},
    {"gritan", R_SHOUT},
    {"grita", R_SHOUT},
    {"puso", R_SHOUT},
    {"pusieron", R_SHOUT},
    {"escribio", R_SHOUT},
    {"dijeron", R_SHOUT},
    {"dijo", R_SHOUT},
    {"decian", R_SHOUT},
    {"llamaron", R_SHOUT},
    {"llamaban", R_SHOUT},
    {"insultaron", R_SHOUT},
    /* written on a wall or a door: 'le pintaron "maricón" en la puerta' */
    {"pintaron", R_SHOUT},
    {"escribieron", R_SHOUT},
    {"rayaron", R_SHOUT},
    {"grafitearon", R_SHOUT},
    {"called", R_SHOUTS},
    {"yelled", R_SHOUTS},
    {"shouted", R_SHOUTS},
    {"screamed", R_SHOUTS},
    {"chanted", R_SHOUTS},
    {"chanting", R_SHOUTS},
    {"shouting", R_SHOUTS},
    {"yelling", R_SHOUTS},
    {"painted", R_SHOUTS},
    {"scrawled", R_SHOUTS},
    {"sprayed", R_SHOUTS},
    {"wrote", R_SHOUTS},
    /* ... agreed with: "and they are", "because that's what he is", "y
     * tienen razón", "as they deserve", "and I'd do it again" */
    {"are", R_AGREE},
    {"is", R_AGREE},
    {"son", R_AGREE},
    {"right", R_AGREE},
    {"true", R_AGREE},
    {"razon", R_AGREE},
    {"cierto", R_AGREE},
    {"verdad", R_AGREE},
    {"deserve", R_AGREE},
    {"deserves", R_AGREE},
    {"deserved", R_AGREE},
    {"merece", R_AGREE},
    {"merecen", R_AGREE},
    {"merecia", R_AGREE},
    {"merecian", R_AGREE},
    {"merecido", R_AGREE},
    {"proud", R_AGREE},
    {"orgulloso", R_AGREE},
    {"orgullosa", R_AGREE},
    {"again", R_AGREE},
    {"volveria", R_AGREE},
    {"exactly", R_AGREE},
    {"agree", R_AGREE},
    {"agrees", R_AGREE},
    {"agreed", R_AGREE},
    {"acuerdo", R_AGREE},
    {"fits", R_AGREE},
    {"earned", R_AGREE},
    {"argue", R_AGREE},
    {"mirenlo", R_AGREE},
    {"mirenla", R_AGREE},
    {"mirenlos", R_AGREE},
    {"igualito", R_AGREE},
    {"igualita", R_AGREE},
    /* ... or turned on someone else: "look at these guys", "lo mismo le
     * hace falta al de la foto" */
    {"guys", R_AGREE},
    {"foto", R_AGREE},
    {"photo", R_AGREE},
    {"equivocaban", R_AGREE},
    {"equivocaron", R_AGREE},
    {"equivocados", R_AGREE},
    {"exactamente", R_AGREE},
    {"deport", R_AGREE},
    {"deported", R_AGREE},
    {"fuera", R_AGREE},
};

static struct screen_wc_list r_list =
    SCREEN_WC_LIST(r_words, R_WORD | R_SAY | R_TERM);

/* How far from the slander a word is read, within its sentence. */
#define R_READ 24
/* How far before a word of saying the writer may stand: "what I've
 * always said: ..." is the writer's own. */
#define R_SELF_BEFORE 3

/* Whether token j of n calls the slander a lie or gives it as someone
 * else's words. */
static bool r_refutes(const struct screen_norm *n, size_t j)
{
    uint64_t c = screen_wc_class(&r_list.table, n->tok[j].hash);
    if (c & R_WORD)
        return true;
    if (!(c & R_SAY))
        return false;
    /* "should think about her kids", "think carefully about what they
     * tell": weighing, no one's words reported */
    static const char *const weigh[] = {"about", "carefully", "twice"};
    if (screen_tok_is(n, j, "think") &&
        screen_tok_in(n, j + 1, weigh, SCREEN_NWORDS(weigh)))
        return false;
    /* "nadie vio nada ni dijo nada", "he said nothing": no words told */
    static const char *const denied[] = {"ni", "never", "nunca"};
    static const char *const nothing[] = {"nada", "nothing"};
    if ((j > 0 && screen_tok_in(n, j - 1, denied, SCREEN_NWORDS(denied))) ||
        screen_tok_in(n, j + 1, nothing, SCREEN_NWORDS(nothing)))
        return false;
    for (size_t k = j; k > 0 && j - k < R_SELF_BEFORE; k--) {
        const struct screen_tok *t = &n->tok[k - 1];
        if (screen_wc_class(&r_list.table, t->hash) & (R_SELF | R_NOBODY))
            return false;
        /* "no one says it" */
        if (t->len == 3 && memcmp(n->text + t->off, "one", 3) == 0 && k > 1 &&
            screen_tok_in(n, k - 2, (const char *const[]){"no"}, 1))
            return false;
    }
    return true;
}

bool screen_refuted(const struct screen_norm *n, const char *text, size_t first,
                    size_t ntok)
{
    screen_wc_ready(&r_list);
    if (first >= n->ntok)
        return false;
    size_t last = first + (ntok ? ntok : 1) - 1;
    if (last >= n->ntok)
        last = n->ntok - 1;
    for (size_t j = first; j > 0 && first - j < R_READ; j--) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (r_refutes(n, j - 1))
            return true;
    }
    for (size_t j = first; j <= last; j++)
        if (r_refutes(n, j))
            return true;
    for (size_t j = last + 1; j < n->ntok && j - last <= R_READ; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (r_refutes(n, j))
            return true;
    }
    return false;
}

/* Whether a quotation mark ends at byte at - 1 (before) or starts at at
 * (after) of text[0..len): " ' “ ” ‘ ’ « ». */
static bool r_mark_before(const unsigned char *s, size_t at)
{
    /* '"¡sudaca!"' */
    if (at >= 3 && s[at - 2] == 0xc2 && s[at - 1] == 0xa1)
        at -= 2;
    if (at >= 1 && (s[at - 1] == '"' || s[at - 1] == '\''))
        return true;
    if (at >= 2 && s[at - 2] == 0xc2 &&
        (s[at - 1] == 0xab || s[at - 1] == 0xbb))
        return true;
    return at >= 3 && s[at - 3] == 0xe2 && s[at - 2] == 0x80 &&
           s[at - 1] >= 0x98 && s[at - 1] <= 0x9d;
}

static bool r_mark_after(const unsigned char *s, size_t at, size_t len)
{
    /* "wetbacks," with the comma inside the quotation, "wetbacks?" */
    if (at < len &&
        (s[at] == ',' || s[at] == '.' || s[at] == '?' || s[at] == '!'))
        at++;
    if (at < len && (s[at] == '"' || s[at] == '\''))
        return true;
    if (at + 1 < len && s[at] == 0xc2 &&
        (s[at + 1] == 0xab || s[at + 1] == 0xbb))
        return true;
    return at + 2 < len && s[at] == 0xe2 && s[at + 1] == 0x80 &&
           s[at + 2] >= 0x98 && s[at + 2] <= 0x9d;
}

/* Whether the word at tok stands alone in quotation marks. */
static bool r_quoted_alone(const struct screen_norm *n, const char *text,
                           size_t len, size_t tok)
{
    const struct screen_tok *t = &n->tok[tok];
    const unsigned char *s = (const unsigned char *)text;
    return r_mark_before(s, t->orig_off) &&
           r_mark_after(s, (size_t)t->orig_off + t->orig_len, len);
}

/* How far before a quoted word the report of its shouting may stand:
 * "they called my little brother", "le gritaron a mi hermano". */
#define R_SHOUT_BEFORE 5

/* Whether the verb of shouting at token v has a subject before it, in
 * its sentence, that is not the writer: "they called him", not "I called
 * him", "we yelled" or a bare "Called them". */
bool screen_shout_by_other(const struct screen_norm *n, const char *text,
                           size_t v)
{
    screen_wc_ready(&r_list); /* called.c asks too */
    return v > 0 && !screen_sentence_break(text, &n->tok[v - 1], &n->tok[v]) &&
           !(screen_wc_class(&r_list.table, n->tok[v - 1].hash) & R_SELF);
}

/* Whether tokens j.. agree with a word in a phrase no one word says:
 * "fine by me", "they have a point", "spot on", "she was one" (not "one
 * of the best"). */
static bool r_agrees_in_phrase(const struct screen_norm *n, size_t j)
{
    static const char *const by[] = {"by", "with"};
    static const char *const have[] = {"have", "had", "has", "got"};
    static const char *const be[] = {"is",   "was", "be",  "been", "are",
                                     "were", "es",  "era", "eres", "sea"};
    static const char *const one[] = {"one", "uno"};
    static const char *const of[] = {"of", "de", "del"};
    if (screen_tok_is(n, j, "fine"))
        return screen_tok_in(n, j + 1, by, 2);
    if (screen_tok_is(n, j, "point"))
        return j > 1 && screen_tok_is(n, j - 1, "a") &&
               screen_tok_in(n, j - 2, have, SCREEN_NWORDS(have));
    if (screen_tok_is(n, j, "spot"))
        return screen_tok_is(n, j + 1, "on");
    /* "como todos los de su tipo", "his kind" */
    static const char *const whose[] = {"su", "sus", "his", "her", "their"};
    if (screen_tok_is(n, j, "tipo") || screen_tok_is(n, j, "kind"))
        return j > 0 && screen_tok_in(n, j - 1, whose, SCREEN_NWORDS(whose));
    /* "... beat it out of him. Worked." */
    if (screen_tok_is(n, j, "worked"))
        return j + 1 == n->ntok;
    /* "they weren't wrong", not "they were wrong" */
    static const char *const denied[] = {"not",  "werent", "wasnt",
                                         "isnt", "arent",  "never"};
    if (screen_tok_is(n, j, "wrong"))
        return j > 0 && screen_tok_in(n, j - 1, denied, SCREEN_NWORDS(denied));
    return screen_tok_in(n, j, one, 2) && j > 0 &&
           screen_tok_in(n, j - 1, be, SCREEN_NWORDS(be)) &&
           !screen_tok_in(n, j + 1, of, SCREEN_NWORDS(of));
}

/* Whether the word of agreement at j only opens what the writer says:
 * "la verdad es que me dolió", "it's true that it still hurts". */
static bool r_filler(const struct screen_norm *n, size_t j)
{
    static const char *const that[] = {"that", "que"};
    if (screen_tok_is(n, j, "verdad"))
        return j > 0 && screen_tok_is(n, j - 1, "la") &&
               (screen_tok_is(n, j + 1, "es") ||
                screen_tok_in(n, j + 1, that, 2));
    if (screen_tok_is(n, j, "true"))
        return screen_tok_in(n, j + 1, that, 2);
    /* "this case is getting coverage" */
    static const char *const be[] = {"is", "are"};
    if (screen_tok_in(n, j, be, 2) && j + 1 < n->ntok) {
        const struct screen_tok *t = &n->tok[j + 1];
        return t->len > 4 &&
               memcmp(n->text + t->off + t->len - 3, "ing", 3) == 0;
    }
    /* "proud of where my family comes from", not "proud of it" */
    static const char *const proud[] = {"proud", "orgulloso", "orgullosa"};
    static const char *const of[] = {"of", "de"};
    static const char *const it[] = {"it", "that", "this", "eso", "ello", "lo"};
    return screen_tok_in(n, j, proud, 3) && screen_tok_in(n, j + 1, of, 2) &&
           j + 2 < n->ntok && !screen_tok_in(n, j + 2, it, SCREEN_NWORDS(it));
}

/* Whether nothing from token from on agrees with the word: "y tienen
 * razón, eso son", "and they deserved it", "fine by me"; "is what they
 * called me" and "took me right back" agree with nothing. Laughter
 * after it enjoys the word: "everyone called him a faggot lol". */
bool screen_none_agrees(const struct screen_norm *n, size_t from)
{
    static const char *const what[] = {"what"};
    static const char *const place[] = {"back", "there", "here",  "now",
                                        "away", "after", "before"};
    screen_wc_ready(&r_list); /* called.c asks too */
    for (size_t j = from; j < n->ntok; j++) {
        if (screen_is_laugh(n, j) || r_agrees_in_phrase(n, j))
            return false;
        if (!(screen_wc_class(&r_list.table, n->tok[j].hash) & R_AGREE))
            continue;
        if (screen_tok_in(n, j + 1, what, 1) ||
            (screen_tok_is(n, j, "right") &&
             screen_tok_in(n, j + 1, place, SCREEN_NWORDS(place))) ||
            r_filler(n, j))
            continue;
        return false;
    }
    return true;
}

bool screen_is_shout_verb(const struct screen_norm *n, size_t j)
{
    screen_wc_ready(&r_list);
    return j < n->ntok &&
           (screen_wc_class(&r_list.table, n->tok[j].hash) & R_SHOUTS) != 0;
}

bool screen_reported_shout(const struct screen_norm *n, const char *text,
                           size_t len, size_t tok)
{
    screen_wc_ready(&r_list);
    if (tok >= n->ntok || !r_quoted_alone(n, text, len, tok))
        return false;
    bool shout = false;
    for (size_t j = tok; j > 0 && tok - j < R_SHOUT_BEFORE && !shout; j--) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        uint64_t c = screen_wc_class(&r_list.table, n->tok[j - 1].hash);
        shout = (c & R_SHOUT) ||
                ((c & R_SHOUTS) && screen_shout_by_other(n, text, j - 1));
    }
    if (!shout)
        return screen_shouted_at_writer(n, text, tok);
    return screen_none_agrees(n, tok + 1);
}

bool screen_said_of_self(const struct screen_norm *n, size_t tok)
{
    /* words that may stand between: "me siento bien pendejo", "soy un
     * pendejo", "I'm such an idiot" */
    static const char *const degree[] = {"bien", "muy", "tan",   "re",
                                         "un",   "una", "such",  "an",
                                         "a",    "so",  "total", "complete"};
    static const char *const am[] = {"soy", "senti", "siento", "fui", "im",
                                     "am",  "feel",  "felt",   "was"};
    static const char *const me[] = {"me"}, *const i[] = {"i"},
                             *const like[] = {"like"};
    static const char *const what[] = {"que", "q", "what"}, *const soy[] = {
                                                                "soy", "fui"};
    size_t j = tok;
    while (j > 0 && tok - j < 3 &&
           screen_tok_in(n, j - 1, degree, SCREEN_NWORDS(degree)))
        j--;
    if (j > 0 && screen_tok_in(n, j - 1, like, 1))
        j--; /* "I feel like an idiot" */
    if (j > 0 && screen_tok_in(n, j - 1, am, SCREEN_NWORDS(am))) {
        /* "siento" and "senti" are the writer's only with "me"; "was"
         * and "feel" with "I" */
        static const char *const with_me[] = {"siento", "senti"};
        static const char *const with_i[] = {"was", "feel", "felt", "am"};
        if (screen_tok_in(n, j - 1, with_me, 2))
            return j > 1 && screen_tok_in(n, j - 2, me, 1);
        if (screen_tok_in(n, j - 1, with_i, 4))
            return j > 1 && screen_tok_in(n, j - 2, i, 1);
        return true;
    }
    /* "qué pendejo soy" */
    return tok > 0 && screen_tok_in(n, tok - 1, what, 3) &&
           screen_tok_in(n, tok + 1, soy, 2);
}

bool screen_slur_claimed(const struct screen_norm *n, const char *text,
                         size_t tok)
{
    if (tok >= n->ntok)
        return false;
    /* "Jotos somos, ¿y qué?", "soy joto", "I'm a tranny" */
    static const char *const somos[] = {"somos"};
    if (screen_said_of_self(n, tok) || screen_tok_in(n, tok + 1, somos, 1))
        return true;
    /* "Como joto orgulloso de Zacatecas les digo", "As a proud joto from
     * Zacatecas, I cried": "como" or "as" opening the sentence, and the
     * writer speaking in it (not "como joto que eres, cállate") */
    static const char *const as[] = {"como", "as"};
    static const char *const proud[] = {"un", "una", "a", "proud", "buen"};
    static const char *const you_are[] = {"eres", "es", "son", "are"};
    static const char *const writer[] = {"i",  "me",  "my",  "digo",
                                         "yo", "mi",  "we",  "nos",
                                         "im", "ive", "soy", "somos"};
    size_t j = tok;
    while (j > 0 && tok - j < 2 &&
           screen_tok_in(n, j - 1, proud, SCREEN_NWORDS(proud)))
        j--;
    if (j == 0 || !screen_tok_in(n, j - 1, as, 2) ||
        (j - 1 > 0 &&
         !screen_sentence_break(text, &n->tok[j - 2], &n->tok[j - 1])))
        return false;
    if (screen_tok_is(n, tok + 1, "que") &&
        screen_tok_in(n, tok + 2, you_are, SCREEN_NWORDS(you_are)))
        return false;
    for (size_t k = tok + 1; k < n->ntok && k <= tok + 10; k++) {
        if (screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            break;
        if (screen_tok_in(n, k, writer, SCREEN_NWORDS(writer)))
            return true;
    }
    return false;
}

bool screen_named_as_word(const struct screen_norm *n, const char *text,
                          size_t len, size_t tok)
{
    screen_wc_ready(&r_list);
    if (tok >= n->ntok || !r_quoted_alone(n, text, len, tok))
        return false;
    if (screen_reported_shout(n, text, len, tok))
        return true;
    /* the calling as the subject: 'Calling people "wetbacks" says more
     * about you' (not "Call them what they are", "I'm calling them") */
    static const char *const calling[] = {"calling"};
    for (size_t j = tok; j > 0 && tok - j < 3; j--)
        if (screen_tok_in(n, j - 1, calling, 1) &&
            (j == 1 ||
             screen_sentence_break(text, &n->tok[j - 2], &n->tok[j - 1])))
            return true;
    for (size_t j = tok; j > 0 && tok - j < R_READ; j--) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&r_list.table, n->tok[j - 1].hash) & R_TERM)
            return true;
    }
    for (size_t j = tok + 1; j < n->ntok && j - tok <= R_READ; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&r_list.table, n->tok[j].hash) & R_TERM)
            return true;
    }
    return false;
}
