/*
 * condescend.c - a reader or a reporter talked down to with a pet name.
 *
 * The women who report on this beat, and the readers who answer back,
 * are told they are too young, too pretty or too slow for the story, and
 * the words that carry it are the tenderest there are: "Sweetie, leave
 * the hard news to the grown-ups", "Ternurita, regresa a la primaria",
 * "Mijita, deja de jugar a la periodista", "bless your heart". None is an
 * insult word, so the insult grammar and the model let them through.
 *
 * This grammar reads a pet name said to someone (sweetie, sweetheart,
 * honey, hun, princess, darling, mija, mijita, ternurita, corazón, nena,
 * muñeca, amiguito, "mi reina"): opening a sentence, after an opener
 * ("oh", "ok", "aww", "ay", "neta", "oye") or after an @handle, and
 * followed by a comma, the sentence's end or a word that turns to the
 * one addressed ("Sweetie you have no idea", "Mijo deja el periodismo";
 * not "Mija se graduó de enfermera", "Honey I Shrunk the Kids": honey,
 * also the food, only before a comma); or closing a sentence after a
 * comma ("Let the men handle the cartel stories, princess."). Not when
 * the comma opens an apposition or a list ("Princess, the zoo's oldest
 * elephant, died", "Corazón, riñones e hígado") or the writer's own story
 * ("Oh honey, I went through the same thing"). "Bless your heart" is
 * held opening a sentence, after an opener or after an @handle, but not
 * before "for" ("bless your heart for feeding the search brigades") nor
 * said alone ("Bless your heart. My son was saved by them.").
 *
 * The same names are said in love, and then the comment says so: it
 * thanks, blesses, prays, hugs, greets, mourns, says "we" or "our",
 * tells the one addressed to stay safe or that they are brave or not
 * alone ("Gracias corazón, cuídate mucho", "Hun, you are so brave. Stay
 * safe", "Vuela alto, princesa"), or exclaims ("Happy birthday,
 * princess!"). A comment with such a word or an exclamation mark
 * anywhere passes, as do the names that are not said to anyone ("my
 * little princess", "Honey and I read this", "la muñeca que
 * encontraron", "mi corazón", "sweetheart deal"), and "mija:" before a
 * joke.
 *
 * Held as an insult. A rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    C_PET = 1u << 0,    /* sweetie, honey, mija, ternurita, corazon */
    C_REINA = 1u << 1,  /* reina: a pet name only after "mi" */
    C_BLESS = 1u << 2,  /* bless: "bless your heart" */
    C_OPENER = 1u << 3, /* oh, ok, aww, ay, neta, oye */
    C_TURN = 1u << 4,   /* you, your, tu, te, deja, regresa */
    C_WARM = 1u << 5,   /* thanks, gracias, safe, cuidate, brave, we, our */
    C_FOOD = 1u << 7,   /* honey: also the food, so said to someone only
                           before a comma */
    C_MY = 1u << 6,     /* mi: "mi reina" is a pet name, "mi corazón" is not */
};

#define C_START (C_PET | C_REINA | C_BLESS)

static const struct screen_wc_word c_words[] = {
    {"sweetie", C_PET},
    {"sweetheart", C_PET},
    {"sweetcheeks", C_PET},
    {"honey", C_PET | C_FOOD},
    {"hun", C_PET},
    {"princess", C_PET},
    {"darling", C_PET},
    {"missy", C_PET},
    {"kiddo", C_PET},
    {"mija", C_PET},
    {"mijita", C_PET},
    {"mijo", C_PET},
    {"mijito", C_PET},
    {"ternurita", C_PET},
    {"corazon", C_PET},
    {"corazoncito", C_PET},
    {"nena", C_PET},
    {"muñeca", C_PET},
    {"muñequita", C_PET},
    {"princesa", C_PET},
    {"amiguito", C_PET},
    {"amiguita", C_PET},
    {"cariño", C_PET},
    {"carino", C_PET},
    {"muneca", C_PET},
    {"munequita", C_PET},
    {"reina", C_REINA},
    {"bless", C_BLESS | C_WARM},
    {"oh", C_OPENER},
    {"ok", C_OPENER},
    {"okay", C_OPENER},
    {"aww", C_OPENER},
    {"aw", C_OPENER},
    {"ay", C_OPENER},
    {"ah", C_OPENER},
    {"neta", C_OPENER},
    {"oye", C_OPENER},
    {"mi", C_MY},
    {"you", C_TURN},
    {"your", C_TURN},
    {"youre", C_TURN},
    {"dont", C_TURN},
    {"tu", C_TURN},
    {"te", C_TURN},
    {"tus", C_TURN},
    {"deja", C_TURN},
    {"regresa", C_TURN},
    {"regresate", C_TURN},
    {"aprende", C_TURN},
    {"thank", C_WARM},
    {"thanks", C_WARM},
    {"thx", C_WARM},
    {"gracias", C_WARM},
    {"safe", C_WARM},
    {"careful", C_WARM},
    {"cuidate", C_WARM},
    {"cuidense", C_WARM},
    {"cuide", C_WARM},
    {"cuides", C_WARM},
    {"brave", C_WARM},
    {"bravest", C_WARM},
    {"courage", C_WARM},
    {"valiente", C_WARM},
    {"valientes", C_WARM},
    {"valentia", C_WARM},
    {"proud", C_WARM},
    {"orgullo", C_WARM},
    {"orgullosa", C_WARM},
    {"orgulloso", C_WARM},
    {"love", C_WARM},
    {"loved", C_WARM},
    {"queremos", C_WARM},
    {"quiero", C_WARM},
    {"pray", C_WARM},
    {"prays", C_WARM},
    {"praying", C_WARM},
    {"prayers", C_WARM},
    {"rezando", C_WARM},
    {"dios", C_WARM},
    {"god", C_WARM},
    {"bendiga", C_WARM},
    {"bendiciones", C_WARM},
    {"abrazo", C_WARM},
    {"abrazos", C_WARM},
    {"hug", C_WARM},
    {"hugs", C_WARM},
    {"saludo", C_WARM},
    {"saludos", C_WARM},
    {"contigo", C_WARM},
    {"sola", C_WARM},
    {"alone", C_WARM},
    {"bonito", C_WARM},
    {"great", C_WARM},
    {"excelente", C_WARM},
    {"felicidades", C_WARM},
    {"congrats", C_WARM},
    {"congratulations", C_WARM},
    {"admire", C_WARM},
    {"admiro", C_WARM},
    {"susto", C_WARM},
    {"bonita", C_WARM},
    {"linda", C_WARM},
    {"hermosa", C_WARM},
    {"preciosa", C_WARM},
    {"beautiful", C_WARM},
    {"amazing", C_WARM},
    {"gorgeous", C_WARM},
    {"amo", C_WARM},
    {"extrañamos", C_WARM},
    {"extranamos", C_WARM},
    {"miss", C_WARM},
    {"birthday", C_WARM},
    {"cumpleaños", C_WARM},
    {"feliz", C_WARM},
    {"happy", C_WARM},
    {"buenos", C_WARM},
    {"buenas", C_WARM},
    {"vuela", C_WARM},
    {"siempre", C_WARM},
    {"descanses", C_WARM},
    {"fly", C_WARM},
    {"rip", C_WARM},
    {"sad", C_WARM},
    {"triste", C_WARM},
    {"job", C_WARM},
    {"soon", C_WARM},
    {"pronto", C_WARM},
    {"paz", C_WARM},
    {"peace", C_WARM},
    {"qepd", C_WARM},
    {"descanse", C_WARM},
    {"sorry", C_WARM},
    {"siento", C_WARM},
    {"loss", C_WARM},
    {"pena", C_WARM},
    {"tristeza", C_WARM},
    {"bien", C_WARM},
    {"justicia", C_WARM},
    {"justice", C_WARM},
    {"sweetest", C_WARM},
    {"kind", C_WARM},
    {"\xf0\x9f\x98\x8d", C_WARM}, /* U+1F60D SMILING, HEART EYES */
    {"\xf0\x9f\xa5\xb0", C_WARM}, /* U+1F970 SMILING, HEARTS */
    {"\xf0\x9f\x92\x96", C_WARM}, /* U+1F496 SPARKLING HEART */
    {"recuperes", C_WARM},
    {"mejores", C_WARM},
    {"mejorate", C_WARM},
    {"sleep", C_WARM},
    {"descansa", C_WARM},
    {"strong", C_WARM},
    {"fuerte", C_WARM},
    {"fuerza", C_WARM},
    {"we", C_WARM},
    {"weve", C_WARM},
    {"our", C_WARM},
    {"us", C_WARM},
    {"nosotros", C_WARM},
    {"nuestro", C_WARM},
    {"nuestra", C_WARM},
    {"estamos", C_WARM},
    {"\xf0\x9f\x99\x8f", C_WARM}, /* U+1F64F FOLDED HANDS */
    {"\xf0\x9f\x92\xaa", C_WARM}, /* U+1F4AA FLEXED BICEPS */
    {"\xf0\x9f\x92\x95", C_WARM}, /* U+1F495 TWO HEARTS */
    {"\xe2\x9d\xa4", C_WARM},     /* U+2764 HEART */
};

static struct screen_wc_list c_list = SCREEN_WC_LIST(c_words, C_START);

#define C_READ 8

static uint64_t ccls(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool cis(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether the word before token i in the original text is an @handle:
 * "@ana_reportera corazon, ..." */
static bool c_after_handle(const struct screen_window *w, size_t i)
{
    size_t q = w->n->tok[i].orig_off;
    while (q > 0 && (w->text[q - 1] == ' ' || w->text[q - 1] == '\t'))
        q--;
    size_t end = q;
    while (q > 0 && w->text[q - 1] != ' ' && w->text[q - 1] != '\t' &&
           w->text[q - 1] != '\n')
        q--;
    return q < end && w->text[q] == '@';
}

/* Whether a comma stands between token j and the next. */
static bool c_comma_after(const struct screen_window *w, size_t j)
{
    return screen_window_sign_after(w, j, ",");
}

/* Whether a colon follows token j in the original text (of len bytes):
 * "mija: ni larga que tope" sets up a joke. */
static bool c_colon_after(const struct screen_window *w, size_t len, size_t j)
{
    const struct screen_tok *t = &w->n->tok[j];
    for (size_t q = (size_t)t->orig_off + t->orig_len;
         q < len && (w->text[q] == ' ' || w->text[q] == ':'); q++)
        if (w->text[q] == ':')
            return true;
    return false;
}

/* Whether the pet name in tokens [a, b) is said to someone (see the
 * top). */
static bool c_vocative(const struct screen_window *w, size_t len, size_t a,
                       size_t b)
{
    size_t last = b - 1;
    /* "mi corazón" is the writer's heart; "mi reina" starts at "mi" */
    if (a > w->s && (ccls(w, a - 1) & C_MY) && !(ccls(w, a) & C_MY))
        return false;
    bool opens =
        a == w->s || (a == w->s + 1 && (ccls(w, w->s) & C_OPENER)) ||
        c_after_handle(w, a) ||
        (a > w->s && c_comma_after(w, a - 1) && (ccls(w, a - 1) & C_OPENER));
    bool food = (ccls(w, a) & C_FOOD) != 0;
    bool comma = c_comma_after(w, last);
    /* a comma that opens an apposition or a list: "Honey, the missing
     * golden retriever, was found", "Sweetie, my daughter, loves this",
     * "Corazón, riñones e hígado", "Muñeca, tobillo y rodilla" */
    static const char *const det[] = {"the", "my",  "our", "his",
                                      "her", "la",  "el",  "mi",
                                      "su",  "los", "las", "nuestra"};
    static const char *const and[] = {"y", "e", "and"};
    if (comma && (c_comma_after(w, b) ||
                  screen_tok_in(w->n, b + 1, and, sizeof(and) / sizeof(*and))))
        return false;
    /* the writer's own story after the comma: "Oh honey, I went through
     * the same thing", "Ay mija, a mí me pasó lo mismo" */
    static const char *const mine[] = {"i",  "ill", "im", "ive", "my", "a",
                                       "me", "mi",  "yo", "nos", "we"};
    if (comma && screen_tok_in(w->n, b, mine, sizeof(mine) / sizeof(*mine)))
        return false;
    if (comma && screen_tok_in(w->n, b, det, sizeof(det) / sizeof(*det)))
        for (size_t q = b + 1; q < w->e && q <= b + 5; q++)
            if (c_comma_after(w, q))
                return false;
    /* then a comma, the sentence's end or a turn to the one addressed
     * (honey, also the food, only before a comma) */
    if (opens && !w->open_start && !c_colon_after(w, len, last) &&
        (comma || (!food && (b >= w->e || (ccls(w, b) & C_TURN)))))
        return true;
    /* closing a sentence after a comma: "..., princess." */
    return !food && a > w->s && c_comma_after(w, a - 1) && b >= w->e;
}

/* Whether the comment speaks warmly anywhere but in [a, b): thanks, a
 * blessing, "stay safe", "brave", a heart. */
static bool c_warm(const struct screen_window *w, size_t a, size_t b)
{
    return screen_wc_anywhere(w->t, w->n, C_WARM, a, b);
}

static const struct screen_wordclasses *c_words_table(void)
{
    return screen_wc_ready(&c_list);
}

/* The condescension found by token i: SCREEN_INSULT and its tokens in
 * *out, or -1. */
static int c_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&c_list.table, n->tok[i].hash);
    if (!(c & C_START))
        return -1;
    struct screen_window w = {n, text, &c_list.table, 0, 0, false};
    screen_window_at(&w, i, C_READ, C_READ);
    size_t a = i, b = i + 1;
    if (c & C_BLESS) {
        /* "bless your (little) heart", not before "for" */
        size_t j = i + 1;
        if (!cis(&w, j, "your"))
            return -1;
        if (cis(&w, j + 1, "little"))
            j++;
        if (!cis(&w, j + 1, "heart"))
            return -1;
        b = j + 2;
        for (size_t q = b; q < w.e; q++)
            if (cis(&w, q, "for"))
                return -1;
        /* said alone it may be sincere: "Bless your heart. My son was
         * saved by those same firefighters." */
        if (b >= w.e)
            return -1;
        /* said to someone: opening the sentence, after "oh" or a handle
         * (not "my grandmother used to say bless your heart") */
        if (!(i == w.s && !w.open_start) &&
            !(i == w.s + 1 && (ccls(&w, w.s) & C_OPENER)) &&
            !c_after_handle(&w, i))
            return -1;
    } else if (c & C_REINA) {
        /* "mi reina" */
        if (i == w.s || !cis(&w, i - 1, "mi"))
            return -1;
        a = i - 1;
    } else if (cis(&w, i + 1, "pie")) {
        b = i + 2; /* sweetie pie */
    }
    if (!(c & C_BLESS) && !c_vocative(&w, len, a, b))
        return -1;
    /* warmth anywhere, or an exclamation ("Happy birthday, princess!") */
    if (c_warm(&w, a, b) || memchr(text, '!', len))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_INSULT;
}

const struct screen_grammar screen_condescend_grammar = {c_words_table, c_at};
