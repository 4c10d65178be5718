/*
 * omens.c - menace said as a compliment, a piece of advice or a dare.
 *
 * Those who frighten a reporter, a source or a witness here seldom need a
 * violent word; what they say is harmless by its words and frightening by
 * whom it is said to. The veiled-threat grammar (veiled.c) reads "we know
 * where you live" and its kin; this one reads three more shapes, in
 * English and Spanish:
 *
 *   - a compliment on what is the reader's own, their family, children,
 *     house, car or dog: "Nice family you have.", "you have pretty
 *     daughters", "nice car you drive", "Qué bonitos tus niños.", "que
 *     familia tan bonita tienes", "qué bonita camioneta traes", or a
 *     comment that opens with the compliment and goes on to describe it
 *     ("Linda casa, muy bonita la puerta azul", "Nice car. Gray Nissan,
 *     plates ending in 47"), or that follows the reader's profile found
 *     ("Ya encontré tu face. Bonita familia."). Not when the comment is
 *     praise of a picture or an event ("photo", "foto", "festival",
 *     "desfile", "boda", "felicidades"), mourns the dead ("Beautiful
 *     family. Que descansen en paz."), says "!" or a heart, or the
 *     thing is in the story ("lovely house in the background of the
 *     video", "bonito carro el de la expo"); nor among family and friends
 *     ("Hermosas tus hijas, prima"), with a buyer's words ("is it
 *     electric? I'm thinking of buying one"), said by someone in its
 *     sentence ("my wife said") or, in the "you have" forms, asked;
 *   - the last rites, advised: "make peace with God", "ponte en paz con
 *     Dios" (a blessing, "make peace with God, He loves you", is held
 *     too: said to one reader it is rare, and the menace goes on in many
 *     ways), "get your affairs in order", "deja tus cosas en orden",
 *     "light a candle for yourself", "prende una veladora por ti",
 *     "despídete de tu mamá", "say goodbye to your kids", and "reza lo
 *     que sepas" ending its clause (not "reza lo que sepas por esas madres
 *     buscadoras", "he made peace with God before he died", "say goodbye
 *     to 2023");
 *   - a dare to go on: "keep writing and see what happens", "sigue así y
 *     vas a ver", "sigue escribiendo y ya verás", "que sigan y van a
 *     ver", "keep naming shop owners and see how many are still open",
 *     ending its clause (not
 *     "sigue así, vas a ver que sí se hace justicia", "keep writing and
 *     let's see what the prosecutor does"), and "a ver cuánto te dura el
 *     gusto", "a ver cuánto les dura el gusto" (not "cuánto le dura el
 *     puesto al alcalde").
 *   - the harm of the story wished on the reader: "I hope the same
 *     happens to your family", "hope it happens to you next", "I hope
 *     the same thing happens to the governor's kids", "I hope someone
 *     finds you the way they found her", "ojalá te
 *     pase lo mismo", "ojalá a ti y a tu familia les pase algo", "que te
 *     pase lo mismo", "hope your kids are next", "ojalá seas el
 *     siguiente", "ojalá seas el próximo en la fosa", "hope the next
 *     grave has your name on it", "ojalá la próxima bala lleve tu
 *     nombre", "hope your son goes missing" (not "ojalá no te pase lo
 *     mismo", "ojalá seas el próximo en la lista de ganadores",
 *     "espero que te pase algo bueno", "espero que ya se te pase"
 *     (the flu), "ojalá te toque", "what happens to your data", the
 *     writer's own luck ("conseguí la visa en un mes, ojalá te pase lo
 *     mismo"), "ojalá a los diputados les pase lo mismo": a wish on those
 *     in power is left to the model); and harm said to be deserved: "you
 *     deserve the same fate", "merecen que les pase algo", "deberían
 *     correr la misma suerte" ending its clause (not "nobody
 *     deserves the same fate", "algo bueno", a question, "the killers
 *     deserve the same fate": the punishment of the killers is left to
 *     the model; nor "merecen lo mismo", "deserves the same thing", "he
 *     deserved what he got", as often the same welcome, the same peace
 *     or a sentence in prison).
 *
 * Held as a threat. A quotation (grammars.c) or what someone is told
 * to have said ("le acaban de decir a mi mamá: está bien bonita tu hija")
 * passes. Like the other grammars it is a rule only, not a model
 * feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    O_NICE = 1u << 0,      /* nice, lovely, bonito, lindo, hermosa */
    O_OWN = 1u << 1,       /* family, kids, house, car, dog, familia, casa */
    O_YOURS = 1u << 2,     /* your, ur, tu, tus, tienes */
    O_PRAISE = 1u << 3,    /* photo, festival, boda, felicidades, 😍 */
    O_SHOWN = 1u << 4,     /* in, from, de, del: the thing is in the story */
    O_RITE = 1u << 5,      /* make, ponte, get, deja, light, prende, reza */
    O_KEEP = 1u << 6,      /* keep, sigue, sigan, continue */
    O_GOING = 1u << 7,     /* writing, talking, asi, escribiendo */
    O_AND = 1u << 8,       /* and, y */
    O_SEE = 1u << 9,       /* see, ver, veras: what the dare ends in */
    O_HOW_LONG = 1u << 10, /* cuanto: "a ver cuánto te dura" */
    O_SUBJECT = 1u << 11,  /* i, we, he, she, they: not advice */
    O_SAID = 1u << 12,     /* said, told, decir, dijeron: a report */
    O_SHOP = 1u << 13,     /* buy, cost, price, costó, precio: a buyer */
    O_WISH = 1u << 14,     /* hope, wish, ojala, espero; que, may opening */
    O_HAPPEN = 1u << 15,   /* happen(s), pase, suceda, ocurra, toque */
    O_YOU = 1u << 16,      /* you, your, te, ti, tu, tus: the one wished on */
    O_NEXT = 1u << 17,     /* next, siguiente, proximo: "hope you're next" */
    O_NOT = 1u << 18,      /* not, never, no, nunca, nothing, nada */
    O_GOOD = 1u << 19,     /* good, luck, bien, bueno, suerte: a kind wish */
    O_DESERVE = 1u << 20,  /* deserves, merece, merecen */
    O_CULPRIT = 1u << 21,  /* killers, asesinos, culpables: whom readers
                              wish punished, left to the model */
    O_FIND = 1u << 22,     /* find, finds: "hope someone finds you the way
                              they found her" */
};

#define O_START (O_NICE | O_RITE | O_KEEP | O_HOW_LONG | O_WISH | O_DESERVE)

static const struct screen_wc_word o_words[] = {
    {"find", O_FIND},
    {"finds", O_FIND},
    {"nice", O_NICE},
    {"lovely", O_NICE},
    {"beautiful", O_NICE},
    {"pretty", O_NICE},
    {"cute", O_NICE},
    {"bonito", O_NICE},
    {"bonita", O_NICE},
    {"bonitos", O_NICE},
    {"bonitas", O_NICE},
    {"lindo", O_NICE},
    {"linda", O_NICE},
    {"lindos", O_NICE},
    {"lindas", O_NICE},
    {"hermoso", O_NICE},
    {"hermosa", O_NICE},
    {"hermosos", O_NICE},
    {"hermosas", O_NICE},
    {"chulo", O_NICE},
    {"chula", O_NICE},
    {"chulos", O_NICE},
    {"chulas", O_NICE},
    {"family", O_OWN},
    {"kids", O_OWN},
    {"children", O_OWN},
    {"daughter", O_OWN},
    {"daughters", O_OWN},
    {"sons", O_OWN},
    {"son", O_OWN},
    {"wife", O_OWN},
    {"house", O_OWN},
    {"home", O_OWN},
    {"car", O_OWN},
    {"truck", O_OWN},
    {"dog", O_OWN},
    {"familia", O_OWN},
    {"hijos", O_OWN},
    {"hijas", O_OWN},
    {"hija", O_OWN},
    {"hijo", O_OWN},
    {"ninos", O_OWN},
    {"ninas", O_OWN},
    {"niños", O_OWN}, /* the n with a tilde is a letter of its own */
    {"niñas", O_OWN},
    {"esposa", O_OWN},
    {"senora", O_OWN},
    {"señora", O_OWN},
    {"casa", O_OWN},
    {"carro", O_OWN},
    {"coche", O_OWN},
    {"camioneta", O_OWN},
    {"perro", O_OWN},
    {"perrito", O_OWN},
    {"your", O_YOURS},
    {"ur", O_YOURS},
    {"tu", O_YOURS},
    {"tus", O_YOURS},
    {"tienes", O_YOURS},
    {"traes", O_YOURS},
    {"manejas", O_YOURS},
    {"photo", O_PRAISE},
    {"photos", O_PRAISE},
    {"pic", O_PRAISE},
    {"pics", O_PRAISE},
    {"picture", O_PRAISE},
    {"pictures", O_PRAISE},
    {"video", O_PRAISE},
    {"portrait", O_PRAISE},
    {"festival", O_PRAISE},
    {"parade", O_PRAISE},
    {"wedding", O_PRAISE},
    {"graduation", O_PRAISE},
    {"congrats", O_PRAISE},
    {"congratulations", O_PRAISE},
    {"foto", O_PRAISE},
    {"fotos", O_PRAISE},
    {"feria", O_PRAISE},
    {"desfile", O_PRAISE},
    {"boda", O_PRAISE},
    {"graduacion", O_PRAISE},
    {"felicidades", O_PRAISE},
    {"expo", O_PRAISE},
    {"\xf0\x9f\x98\x8d", O_PRAISE},         /* U+1F60D SMILING, HEART EYES */
    {"\xf0\x9f\xa5\xb0", O_PRAISE},         /* U+1F970 SMILING, HEARTS */
    {"\xe2\x9d\xa4", O_PRAISE},             /* U+2764 HEART */
    {"\xe2\x9d\xa4\xef\xb8\x8f", O_PRAISE}, /* ... as an emoji */
    {"in", O_SHOWN},
    {"from", O_SHOWN},
    {"on", O_SHOWN},
    {"de", O_SHOWN},
    {"del", O_SHOWN},
    {"en", O_SHOWN},
    {"make", O_RITE},
    {"ponte", O_RITE},
    {"get", O_RITE},
    {"put", O_RITE},
    {"deja", O_RITE},
    {"pon", O_RITE},
    {"light", O_RITE},
    {"prende", O_RITE},
    {"prendete", O_RITE},
    {"prendele", O_RITE},
    {"despidanse", O_RITE},
    {"despidase", O_RITE},
    {"despidan", O_RITE},
    {"despida", O_RITE},
    {"reza", O_RITE},
    {"rezale", O_RITE},
    {"despidete", O_RITE},
    {"say", O_RITE},
    {"keep", O_KEEP},
    {"sigue", O_KEEP},
    {"sigan", O_KEEP},
    {"continue", O_KEEP},
    {"continua", O_KEEP},
    {"writing", O_GOING},
    {"talking", O_GOING},
    {"posting", O_GOING},
    {"publishing", O_GOING},
    {"naming", O_GOING},
    {"filming", O_GOING},
    {"grabando", O_GOING},
    {"digging", O_GOING},
    {"going", O_GOING},
    {"asi", O_GOING},
    {"escribiendo", O_GOING},
    {"publicando", O_GOING},
    {"hablando", O_GOING},
    {"investigando", O_GOING},
    {"and", O_AND},
    {"y", O_AND},
    {"see", O_SEE},
    {"ver", O_SEE},
    {"veras", O_SEE},
    {"cuanto", O_HOW_LONG},
    {"i", O_SUBJECT},
    {"we", O_SUBJECT},
    {"he", O_SUBJECT},
    {"she", O_SUBJECT},
    {"they", O_SUBJECT},
    {"you", O_SUBJECT},
    {"said", O_SAID},
    {"says", O_SAID},
    {"told", O_SAID},
    {"tells", O_SAID},
    {"wrote", O_SAID},
    {"decir", O_SAID},
    {"dijo", O_SAID},
    {"dijeron", O_SAID},
    {"dice", O_SAID},
    {"dicen", O_SAID},
    {"decia", O_SAID},
    {"escribio", O_SAID},
    {"escribieron", O_SAID},
    {"mandaron", O_SAID},
    {"buy", O_SHOP},
    {"buying", O_SHOP},
    {"comprar", O_SHOP},
    {"bought", O_SHOP},
    {"cost", O_SHOP},
    {"price", O_SHOP},
    {"sell", O_SHOP},
    {"selling", O_SHOP},
    {"compraste", O_SHOP},
    {"compro", O_SHOP},
    {"costo", O_SHOP},
    {"cuesta", O_SHOP},
    {"precio", O_SHOP},
    {"vendes", O_SHOP},
    {"venden", O_SHOP},
    {"hope", O_WISH},
    {"hoping", O_WISH},
    {"wish", O_WISH},
    {"pray", O_WISH},
    {"may", O_WISH},
    {"ojala", O_WISH},
    {"espero", O_WISH},
    {"que", O_WISH},
    {"happen", O_HAPPEN},
    {"happens", O_HAPPEN},
    {"pase", O_HAPPEN},
    {"pasara", O_HAPPEN},
    {"suceda", O_HAPPEN},
    {"ocurra", O_HAPPEN},
    {"te", O_YOU},
    {"ti", O_YOU},
    {"youre", O_YOU},
    {"seas", O_YOU},
    {"next", O_NEXT},
    {"siguiente", O_NEXT},
    {"proximo", O_NEXT},
    {"proxima", O_NEXT},
    {"proxima", O_NEXT},
    {"not", O_NOT},
    {"never", O_NOT},
    {"dont", O_NOT},
    {"doesnt", O_NOT},
    {"wont", O_NOT},
    {"nothing", O_NOT},
    {"no", O_NOT},
    {"nunca", O_NOT},
    {"jamas", O_NOT},
    {"nada", O_NOT},
    {"ni", O_NOT},
    {"good", O_GOOD},
    {"luck", O_GOOD},
    {"better", O_GOOD},
    {"best", O_GOOD},
    {"bien", O_GOOD},
    {"bueno", O_GOOD},
    {"buena", O_GOOD},
    {"mejor", O_GOOD},
    {"suerte", O_GOOD},
    {"loteria", O_GOOD},
    {"lottery", O_GOOD},
    {"nobody", O_NOT},
    {"nadie", O_NOT},
    {"si", O_NOT},
    {"didnt", O_NOT},
    {"deserve", O_DESERVE},
    {"deserves", O_DESERVE},
    {"deserved", O_DESERVE},
    {"merece", O_DESERVE},
    {"merecen", O_DESERVE},
    {"mereces", O_DESERVE},
    {"merecia", O_DESERVE},
    {"correr", O_DESERVE}, /* "deberían correr la misma suerte" */
    {"corran", O_DESERVE},
    {"killers", O_CULPRIT},
    {"killer", O_CULPRIT},
    {"murderers", O_CULPRIT},
    {"murderer", O_CULPRIT},
    {"criminals", O_CULPRIT},
    {"rapist", O_CULPRIT},
    {"rapists", O_CULPRIT},
    {"kidnappers", O_CULPRIT},
    {"sicarios", O_CULPRIT},
    {"sicario", O_CULPRIT},
    {"asesinos", O_CULPRIT},
    {"asesino", O_CULPRIT},
    {"culpables", O_CULPRIT},
    {"culpable", O_CULPRIT},
    {"responsables", O_CULPRIT},
    {"violadores", O_CULPRIT},
    {"violador", O_CULPRIT},
    {"secuestradores", O_CULPRIT},
    {"narcos", O_CULPRIT},
    {"narco", O_CULPRIT},
    {"missing", O_HAPPEN},
};

static struct screen_wc_list o_list = SCREEN_WC_LIST(o_words, O_START);

#define O_READ 12

static uint64_t ocls(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool ois(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether the comment mourns the dead: "descansen en paz", "rest in
 * peace", "QEPD", "mis condolencias" ("Beautiful family. Que descansen
 * en paz."), speaking to no "you". */
static bool o_mourns(const struct screen_norm *n)
{
    static const char *const words[] = {"qepd", "rip", "condolencias",
                                        "condolences", "pesame"};
    /* not "Nice family you have. Rest in peace, reporter." */
    static const char *const you[] = {"you", "your",  "tu",     "tus",
                                      "te",  "usted", "ustedes"};
    for (size_t k = 0; k < n->ntok; k++)
        if (screen_tok_in(n, k, you, SCREEN_NWORDS(you)))
            return false;
    for (size_t k = 0; k < n->ntok; k++) {
        if (screen_tok_in(n, k, words, SCREEN_NWORDS(words)))
            return true;
        if ((screen_tok_is(n, k, "descansen") ||
             screen_tok_is(n, k, "descanse") || screen_tok_is(n, k, "rest")) &&
            (screen_tok_is(n, k + 2, "paz") ||
             screen_tok_is(n, k + 2, "peace")))
            return true;
    }
    return false;
}

/* Whether the comment praises a picture or an event, cheers or mourns: a
 * word of praise anywhere, "!", or the dead laid to rest. */
static bool o_praise(const struct screen_window *w, const char *text,
                     size_t len)
{
    return memchr(text, '!', len) ||
           screen_wc_anywhere(w->t, w->n, O_PRAISE, 0, 0) || o_mourns(w->n);
}

/* Whether a clause ends after token j, but for a word that names whom it
 * is said to or an emoji ("reza lo que sepas, compa", "... 🙂"). */
static bool o_ends(const struct screen_window *w, size_t j)
{
    static const char *const vocative[] = {
        "compa", "wey",   "carnal", "periodista", "reportero", "reportera",
        "champ", "buddy", "pal",    "reporter",   "_user_"};
    if (screen_window_clause_end(w, j))
        return true;
    if (j + 1 >= w->e)
        return true;
    bool voc = screen_tok_in(w->n, j + 1, vocative,
                             sizeof(vocative) / sizeof(*vocative)) ||
               screen_tok_symbol(w->n, j + 1);
    return voc && screen_window_clause_end(w, j + 1);
}

/* Whether the reader's profile was found before token i: "ya encontré
 * tu face", "found your Facebook", "vimos tu perfil". */
static bool o_profile_found(const struct screen_norm *n, size_t i)
{
    static const char *const found[] = {"found",   "encontre", "encontramos",
                                        "vi",      "vimos",    "saw",
                                        "checked", "stalked",  "revise"};
    static const char *const yours[] = {"tu", "your", "ur"};
    static const char *const page[] = {
        "face",      "facebook", "fb",     "perfil", "profile", "insta",
        "instagram", "page",     "pagina", "cuenta", "account", "tiktok"};
    size_t from = i > 30 ? i - 30 : 0;
    for (size_t j = from; j + 2 < i; j++)
        if (screen_tok_in(n, j, found, sizeof(found) / sizeof(*found)) &&
            screen_tok_in(n, j + 1, yours, sizeof(yours) / sizeof(*yours)) &&
            screen_tok_in(n, j + 2, page, sizeof(page) / sizeof(*page)))
            return true;
    return false;
}

/* A compliment on what is the reader's own, by the compliment at i (see
 * the top): tokens [*a, *b). */
static bool o_compliment(const struct screen_window *w, const char *text,
                         size_t len, size_t i, size_t *a, size_t *b)
{
    /* "nice family", "bonitos tus niños", "que familia tan bonita" */
    size_t own = screen_window_find(w, i + 1, 2, O_OWN);
    size_t first = i;
    if (own == SIZE_MAX && i >= w->s + 2 && ois(w, i - 1, "tan") &&
        (ocls(w, i - 2) & O_OWN)) {
        own = i - 2;
        first = i - 2;
    }
    if (own == SIZE_MAX)
        return false;
    size_t last = own > i ? own : i;
    /* the thing is in the story: "lovely house in the background", "linda
     * casa la de la nota", "bonito carro el de la expo" */
    size_t after = last + 1;
    if (ois(w, after, "el") || ois(w, after, "la") || ois(w, after, "the"))
        after++;
    if (after < w->e && (ocls(w, after) & O_SHOWN))
        return false;
    if (o_praise(w, text, len))
        return false;
    /* yours: "nice family you have", "bonitos tus niños", "que familia
     * tan bonita tienes" */
    bool yours = false, you_have_seen = false;
    size_t end = last + 1, start = first;
    /* "you have pretty daughters", "nice car you drive" */
    for (size_t j = first >= w->s + 2 ? first - 2 : w->s;
         j < w->e && j <= last + 2; j++) {
        bool you_have =
            ois(w, j, "you") &&
            (ois(w, j + 1, "have") || ois(w, j + 1, "got") ||
             ois(w, j + 1, "ve") || (j > last && ois(w, j + 1, "drive")));
        if (j + 1 < first && !you_have)
            continue; /* before the compliment, only "you have" */
        if (!(ocls(w, j) & O_YOURS) && !you_have)
            continue;
        yours = true;
        you_have_seen |= you_have;
        if (j < start)
            start = j;
        size_t to = j + (you_have ? 2 : 1);
        if (to > end)
            end = to;
    }
    /* or the comment opens with the compliment and describes the thing
     * after it: "Linda casa, muy bonita la puerta azul" (not the reader's
     * own memories: "Qué bonita familia, me recordó a mis papás", nor a
     * buyer's question: "Nice car. How much did it cost?") */
    static const char *const mine[] = {"me",   "mi",       "mis",     "my",
                                       "mine", "nos",      "i",       "we",
                                       "our",  "ours",     "nuestro", "nuestra",
                                       "yo",   "nuestros", "nuestras"};
    bool opens = first <= 1 && w->s == 0 && screen_window_clause_end(w, last) &&
                 w->n->ntok > last + 3;
    for (size_t j = last + 1; opens && j < w->n->ntok; j++)
        if (screen_tok_in(w->n, j, mine, sizeof(mine) / sizeof(*mine)) ||
            (screen_wc_class(w->t, w->n->tok[j].hash) & O_SHOP))
            opens = false;
    /* or the reader's profile was found first: "Ya encontré tu face.
     * Bonita familia." */
    if (!yours && !opens && !o_profile_found(w->n, first))
        return false;
    /* family and friends, a buyer, or what someone said: "Hermosas tus
     * hijas, prima", "Nice car you drive, is it electric? I'm thinking of
     * buying one", "You have pretty daughters, my wife said" */
    static const char *const kin[] = {
        "prima",  "primo",   "tia",     "tio",    "comadre", "compadre",
        "amiga",  "hermana", "hermano", "cunada", "cuñada",  "cunado",
        "cuñado", "sis",     "cousin",  "auntie", "manita",  "comadrita"};
    for (size_t j = 0; j < w->n->ntok; j++) {
        uint64_t k = screen_wc_class(w->t, w->n->tok[j].hash);
        bool own_sentence = j >= w->s && j < w->e;
        if (screen_tok_in(w->n, j, kin, sizeof(kin) / sizeof(*kin)) ||
            (k & O_SHOP) || (own_sentence && (k & O_SAID)))
            return false;
    }
    /* "you have pretty daughters?", "nice car you drive, is it
     * electric?" ask */
    if (you_have_seen && screen_sentence_asks(w->n, text, len, first))
        return false;
    *a = start;
    *b = end;
    return true;
}

/* The last rites advised, by the verb at i (see the top): tokens
 * [i, *b). */
static bool o_rite(const struct screen_window *w, size_t i, size_t *b)
{
    /* advice has no subject: not "he made peace with God", "I'll light a
     * candle for myself" */
    if (i > w->s && (ocls(w, i - 1) & O_SUBJECT))
        return false;
    size_t j = i + 1;
    if (ois(w, i, "make") || ois(w, i, "ponte")) {
        /* make peace with God; ponte en paz con Dios */
        if (ois(w, j, "en"))
            j++;
        if (!(ois(w, j, "peace") || ois(w, j, "paz")) ||
            !(ois(w, j + 1, "with") || ois(w, j + 1, "con")) ||
            !(ois(w, j + 2, "god") || ois(w, j + 2, "dios")))
            return false;
        *b = j + 3;
        return true;
    }
    if (ois(w, i, "get") || ois(w, i, "put") || ois(w, i, "deja") ||
        ois(w, i, "pon")) {
        /* get your affairs in order; deja tus cosas en orden */
        if (!(ocls(w, j) & O_YOURS) ||
            !(ois(w, j + 1, "affairs") || ois(w, j + 1, "cosas") ||
              ois(w, j + 1, "asuntos") || ois(w, j + 1, "papeles")) ||
            !(ois(w, j + 2, "in") || ois(w, j + 2, "en")) ||
            !ois(w, j + 3, ois(w, j + 2, "in") ? "order" : "orden"))
            return false;
        *b = j + 4;
        return true;
    }
    if (ois(w, i, "light") || ois(w, i, "prende") || ois(w, i, "prendete") ||
        ois(w, i, "prendele")) {
        /* light a candle for yourself; prende una veladora por ti */
        if (ois(w, j, "a") || ois(w, j, "una"))
            j++;
        if (!(ois(w, j, "candle") || ois(w, j, "veladora") ||
              ois(w, j, "vela")))
            return false;
        if (ois(w, j + 1, "for") && ois(w, j + 2, "yourself")) {
            *b = j + 3;
            return true;
        }
        if ((ois(w, j + 1, "por") || ois(w, j + 1, "a")) &&
            ois(w, j + 2, "ti")) {
            *b = j + 3;
            return true;
        }
        return false;
    }
    if (ois(w, i, "reza") || ois(w, i, "rezale")) {
        /* "reza lo que sepas" ending its clause */
        if (!ois(w, j, "lo") || !ois(w, j + 1, "que") ||
            !ois(w, j + 2, "sepas") || !o_ends(w, j + 2))
            return false;
        *b = j + 3;
        return true;
    }
    /* despídete de tu mamá; say goodbye to your kids */
    if (ois(w, i, "say")) {
        if (!ois(w, j, "goodbye") || !ois(w, j + 1, "to"))
            return false;
        j += 2;
    } else if (ois(w, i, "despidete") || ois(w, i, "despidanse") ||
               ois(w, i, "despidase") || ois(w, i, "despidan") ||
               ois(w, i, "despida")) {
        /* "despídanse de su familia"; "que se despidan bien de su
         * familia" told of others (not "se despidieron", a report) */
        bool told = ois(w, i, "despidan") || ois(w, i, "despida");
        /* told of those named before it: "los que vuelvan que se
         * despidan" (not a wake's "Que se despidan con calma") */
        if (told && (i < w->s + 3 || !ois(w, i - 1, "se") ||
                     !(ois(w, i - 2, "que") || ois(w, i - 2, "q"))))
            return false;
        if (ois(w, j, "bien"))
            j++;
        if (!ois(w, j, "de"))
            return false;
        j++;
        if (ois(w, j, "su") || ois(w, j, "sus")) {
            size_t own = j + 1;
            if (!(ocls(w, own) & O_OWN) && !ois(w, own, "mama") &&
                !ois(w, own, "jefa"))
                return false;
            *b = own + 1;
            return true;
        }
    } else {
        return false;
    }
    if (!(ocls(w, j) & O_YOURS))
        return false;
    size_t own = j + 1;
    if (!(ocls(w, own) & O_OWN) && !ois(w, own, "mama") &&
        !ois(w, own, "mom") && !ois(w, own, "jefa"))
        return false;
    *b = own + 1;
    return true;
}

/* A dare to go on, by "keep" or "sigue" at i, or "a ver cuánto te dura"
 * by "cuanto" at i (see the top): tokens [*a, *b). */
static bool o_dare(const struct screen_window *w, size_t i, size_t *a,
                   size_t *b)
{
    if (ocls(w, i) & O_HOW_LONG) {
        if (i < w->s + 2 || !ois(w, i - 1, "ver") || !ois(w, i - 2, "a") ||
            !(ois(w, i + 1, "te") ||
              /* "a ver cuánto les dura el gusto" (not "le dura el puesto
               * al alcalde") */
              ((ois(w, i + 1, "les") || ois(w, i + 1, "le")) &&
               ois(w, i + 3, "el") && ois(w, i + 4, "gusto"))) ||
            !(ois(w, i + 2, "dura") || ois(w, i + 2, "va") ||
              ois(w, i + 2, "duras")))
            return false;
        *a = i - 2;
        *b = i + 3;
        return true;
    }
    /* "que sigan y van a ver": the going left unsaid */
    bool bare =
        (ois(w, i, "sigan") || ois(w, i, "sigue")) && (ocls(w, i + 1) & O_AND);
    if ((!(ocls(w, i + 1) & O_GOING) && !bare) ||
        (i > w->s && (ocls(w, i - 1) & O_SUBJECT)))
        return false;
    /* "keep writing about the mayor and see": whom it is about may stand
     * between (not "keep posting photos of the festival and see") */
    size_t reach = ois(w, i + 2, "about") || ois(w, i + 2, "sobre") ? 5 : 3;
    size_t and = bare ? i + 1 : screen_window_find(w, i + 2, reach, O_AND);
    if (and == SIZE_MAX)
        return false;
    size_t j = and+1;
    size_t end = SIZE_MAX;
    /* "and see how many are still open": the only one that goes on */
    bool how = ois(w, j, "see") && ois(w, j + 1, "how") &&
               (ois(w, j + 2, "many") || ois(w, j + 2, "long"));
    if (how)
        end = j + 2;
    else if (ois(w, j, "see") && ois(w, j + 1, "what") &&
             (ois(w, j + 2, "happens") || ois(w, j + 2, "happen")))
        end = j + 2; /* and see what happens */
    else if ((ois(w, j, "youll") || ois(w, j, "you")) && ois(w, j + 1, "see"))
        end = j + 1; /* and you'll see */
    else if ((ois(w, j, "vas") || ois(w, j, "van")) && ois(w, j + 1, "a") &&
             ois(w, j + 2, "ver"))
        end = j + 2; /* y vas a ver */
    else if (ois(w, j, "ya") && ois(w, j + 1, "veras"))
        end = j + 1; /* y ya verás */
    else if (ois(w, j, "veras"))
        end = j;
    if (end == SIZE_MAX || (!how && !o_ends(w, end)))
        return false;
    *a = i;
    *b = end + 1;
    return true;
}

/* Whether token j names the reader a wish is on: you, your, te, ti. */
static bool o_you(const struct screen_window *w, size_t j)
{
    return (ocls(w, j) & (O_YOU | O_YOURS)) || ois(w, j, "you");
}

/* Whether the writer speaks of themself in the sentence of the wish at
 * i, but as the one who wishes ("I hope", "I really hope", "yo
 * espero"): "Yo conseguí la visa en un mes, ojalá te pase lo mismo",
 * "hope the same happens to you, I finally got my refund" wish the
 * writer's own luck. */
static bool o_mine_near(const struct screen_window *w, size_t i)
{
    static const char *const mine[] = {"i",   "my",  "me",      "mine",
                                       "we",  "our", "yo",      "mi",
                                       "mis", "nos", "nuestro", "nuestra"};
    for (size_t j = w->s; j < w->e; j++)
        if ((j >= i || i - j > 2) &&
            screen_tok_in(w->n, j, mine, sizeof(mine) / sizeof(*mine)))
            return true;
    return false;
}

/* Whether a kind word follows the verb at j: "que te pase algo bueno",
 * "que le pase lo mejor". */
static bool o_kind_after(const struct screen_window *w, size_t j)
{
    for (size_t q = j + 1; q < w->e && q <= j + 3; q++)
        if (ocls(w, q) & (O_GOOD | O_NICE))
            return true;
    return false;
}

/* "happens to you" or "te pase lo mismo" by the verb at j of the wish at
 * i: the end of its tokens, or SIZE_MAX. */
static size_t o_happens(const struct screen_window *w, size_t i, size_t j)
{
    static const char *const kin[] = {"family",    "kids", "children",
                                      "son",       "sons", "daughter",
                                      "daughters", "wife"};
    bool same = ois(w, j - 1, "same") ||
                (ois(w, j - 1, "thing") && ois(w, j - 2, "same"));
    if (same && ois(w, j + 1, "to") && !o_you(w, j + 2)) {
        /* the story's harm wished on anyone's family: "I hope the same
         * thing happens to the governor's kids" (not "the same happens
         * to the governor", left to the model as a wish on those in
         * power) */
        for (size_t q = j + 2; q < w->e && q <= j + 4; q++)
            if (screen_tok_in(w->n, q, kin, sizeof(kin) / sizeof(*kin)))
                return q + 1;
        return SIZE_MAX;
    }
    if (ois(w, j + 1, "to") && o_you(w, j + 2)) {
        /* what happens must be the story's harm: "the same happens to
         * you", "it happens to your kids" (not "what happens to your
         * data", "whatever happens to you, stay safe") */
        bool harm = ois(w, j - 1, "same") || ois(w, j - 1, "it") ||
                    ois(w, j - 1, "this") || ois(w, j - 1, "that") ||
                    ois(w, j - 1, "something") ||
                    (ois(w, j - 1, "thing") && ois(w, j - 2, "same"));
        if (!harm)
            return SIZE_MAX;
        return j + 3 + ((ocls(w, j + 3) & O_OWN) != 0);
    }
    /* Spanish: "te" before the verb (not "se te pase", an illness
     * passing), or "a ti", "a tu familia" in the wish; and after the verb
     * what happens ("lo mismo", "algo", "eso"), the reader again ("a ti")
     * or the clause's end */
    bool to_you = ois(w, j - 1, "te") && !ois(w, j - 2, "se");
    bool same_es = ois(w, j + 1, "lo") && ois(w, j + 2, "mismo");
    static const char *const kin_es[] = {"familia", "hijos", "hijas",
                                         "hijo",    "hija",  "esposa"};
    for (size_t q = i + 1; !to_you && q + 1 < w->e && q <= j + 3; q++)
        to_you = ois(w, q, "a") &&
                 (o_you(w, q + 1) ||
                  /* "ojalá a los hijos del gobernador les pase lo mismo" */
                  (same_es && q + 2 < w->e &&
                   screen_tok_in(w->n, q + 2, kin_es,
                                 sizeof(kin_es) / sizeof(*kin_es))));
    if (!to_you)
        return SIZE_MAX;
    size_t end;
    if (ois(w, j + 1, "lo") && ois(w, j + 2, "mismo"))
        end = j + 3;
    else if (ois(w, j + 1, "algo") || ois(w, j + 1, "eso"))
        end = j + 2;
    else if (ois(w, j + 1, "a") || o_ends(w, j))
        end = j + 1;
    else
        return SIZE_MAX;
    /* "que te pase lo mismo que a mí": the writer's own luck */
    if (ois(w, end, "que") && ois(w, end + 1, "a") && ois(w, end + 2, "mi"))
        return SIZE_MAX;
    /* the highlight takes whom: "... a tu familia", "... a ti" */
    if (ois(w, end, "a") && o_you(w, end + 1))
        end += 2 + ((ocls(w, end + 2) & O_OWN) != 0);
    return end;
}

/* Past a place of the dead after "next" at j: "en la fosa", "in the
 * grave", "on the list" (the token after it), or j + 1. */
static size_t o_grave_after(const struct screen_window *w, size_t j)
{
    static const char *const place[] = {"fosa",   "grave",   "lista",   "list",
                                        "morgue", "panteon", "cemetery"};
    if ((ois(w, j + 1, "en") || ois(w, j + 1, "in") || ois(w, j + 1, "on")) &&
        (ois(w, j + 2, "la") || ois(w, j + 2, "the") || ois(w, j + 2, "el")) &&
        j + 3 < w->e &&
        screen_tok_in(w->n, j + 3, place, sizeof(place) / sizeof(*place)))
        return j + 4;
    return j + 1;
}

/* "the next grave has your name on it", "la próxima bala lleve tu
 * nombre", by "next" at j: the end of its tokens, or SIZE_MAX. What comes
 * next must be a grave, a bullet or a body bag. */
static size_t o_your_name(const struct screen_window *w, size_t j)
{
    static const char *const death[] = {"grave", "bullet", "fosa",  "bala",
                                        "tumba", "bag",    "ataud", "coffin",
                                        "mass",  "cuerpo", "body"};
    size_t thing = j + 1;
    if (!screen_tok_in(w->n, thing, death, sizeof(death) / sizeof(*death)))
        return SIZE_MAX;
    for (size_t q = thing + 1; q < w->e && q <= thing + 5; q++)
        if ((ois(w, q, "name") || ois(w, q, "nombre")) &&
            (ocls(w, q - 1) & O_YOURS))
            return q + 1 + 2 * (ois(w, q + 1, "on") && ois(w, q + 2, "it"));
    return SIZE_MAX;
}

/* "finds you the way they found her", "find you like they found him",
 * by the verb at j: the end of its tokens, or SIZE_MAX. The dead of the
 * story found, wished on the reader (not "find you a lawyer", "finds you
 * like they found my dog, safe"). The Spanish "ojalá te encuentren" is
 * the threat grammar's. */
static size_t o_found_like(const struct screen_window *w, size_t j)
{
    static const char *const dead[] = {"her", "him", "them"};
    if (!(ocls(w, j) & O_FIND) || !ois(w, j + 1, "you"))
        return SIZE_MAX;
    size_t k = j + 2;
    if (ois(w, k, "the") && ois(w, k + 1, "way"))
        k += 2;
    else if (ois(w, k, "like") || ois(w, k, "how"))
        k++;
    else
        return SIZE_MAX;
    for (size_t q = k; q < w->e && q <= k + 3; q++)
        if ((ois(w, q, "found") || ois(w, q, "left")) && q + 1 < w->e &&
            screen_tok_in(w->n, q + 1, dead, sizeof(dead) / sizeof(*dead)))
            return q + 2;
    return SIZE_MAX;
}

/* The harm of the story wished on the reader, by the wish at i (see the
 * top): tokens [i, *b). */
static bool o_same(const struct screen_window *w, size_t i, size_t *b)
{
    /* "que" and "may" wish only opening a sentence: "Que te pase lo
     * mismo", "May the same happen to you"; "que" before whom it is on
     * (not "¿Qué harías si te pasara lo mismo?") */
    if ((ois(w, i, "que") || ois(w, i, "may")) && (i != w->s || w->open_start))
        return false;
    if (ois(w, i, "que") && !ois(w, i + 1, "te") && !ois(w, i + 1, "le") &&
        !ois(w, i + 1, "les") && !ois(w, i + 1, "a"))
        return false;
    size_t last = i + 10 < w->e ? i + 10 : w->e;
    for (size_t j = i + 1; j < last; j++) {
        uint64_t k = ocls(w, j);
        /* before the verb: "ojalá no te pase lo mismo", "hope nothing bad
         * happens to you", "hope you get better" */
        if (k & (O_NOT | O_GOOD | O_NICE))
            return false;
        size_t end = SIZE_MAX;
        size_t grave = (k & O_NEXT) ? o_grave_after(w, j) : j + 1;
        if ((k & O_NEXT) && o_ends(w, grave - 1)) {
            /* "hope you're next", "your kids are next", "ojalá seas el
             * siguiente", "ojalá tú seas el próximo en la fosa" */
            bool own = (ois(w, j - 1, "is") || ois(w, j - 1, "are")) &&
                       (ocls(w, j - 2) & O_OWN) && (ocls(w, j - 3) & O_YOURS);
            if (ois(w, j - 1, "youre") ||
                (ois(w, j - 1, "are") && ois(w, j - 2, "you")) || own ||
                ((ois(w, j - 1, "el") || ois(w, j - 1, "la")) &&
                 ois(w, j - 2, "seas")))
                end = grave;
        } else if ((k & O_NEXT) && (end = o_your_name(w, j)) != SIZE_MAX) {
            /* "hope the next grave has your name on it", "ojalá la
             * próxima bala lleve tu nombre" */
        } else if (ois(w, j, "missing")) {
            /* "hope your son goes missing", "hope you go missing" */
            bool go = ois(w, j - 1, "go") || ois(w, j - 1, "goes") ||
                      ois(w, j - 1, "gets") || ois(w, j - 1, "get");
            if (go && (ois(w, j - 2, "you") || ((ocls(w, j - 2) & O_OWN) &&
                                                (ocls(w, j - 3) & O_YOURS))))
                end = j + 1;
        } else if ((end = o_found_like(w, j)) != SIZE_MAX) {
            /* "I hope someone finds you the way they found her" */
        } else if ((k & O_HAPPEN) && !o_kind_after(w, j)) {
            end = o_happens(w, i, j);
        }
        if (end == SIZE_MAX)
            continue;
        if (o_mine_near(w, i))
            return false;
        *b = end < w->e ? end : w->e;
        return true;
    }
    return false;
}

/* Harm said to be deserved, by "deserves" at i (see the top): tokens
 * [i, *b). */
static bool o_deserve(const struct screen_window *w, size_t i, size_t len,
                      size_t *b)
{
    /* "nobody deserves", "she didn't deserve", "no merece"; and the
     * killers, whom readers wish punished: "the killers deserve the same
     * fate" is left to the model */
    for (size_t j = w->s; j < i; j++)
        if (ocls(w, j) & (O_NOT | O_CULPRIT))
            return false;
    size_t j = i + 1;
    if (ois(w, i, "correr") || ois(w, i, "corran")) {
        /* "deberían correr la misma suerte", "ojalá corran la misma
         * suerte" (a call or a wish before) */
        static const char *const call[] = {"deberian", "deberia", "deberias",
                                           "ojala",    "merecen", "merece",
                                           "mereces"};
        if (!ois(w, j, "la") || !ois(w, j + 1, "misma") ||
            !ois(w, j + 2, "suerte") || !o_ends(w, j + 2) || i == w->s ||
            !(screen_window_in(w, i - 1, call, sizeof(call) / sizeof(*call)) ||
              (i > w->s + 1 &&
               screen_window_in(w, i - 2, call, sizeof(call) / sizeof(*call)))))
            return false;
        *b = j + 3;
    } else if (ois(w, j, "the") && ois(w, j + 1, "same") &&
               ois(w, j + 2, "fate"))
        *b = j + 3; /* the same fate */
    else if (ois(w, j, "que") &&
             (ois(w, j + 1, "le") || ois(w, j + 1, "les") ||
              ois(w, j + 1, "te")) &&
             (ocls(w, j + 2) & O_HAPPEN) && ois(w, j + 3, "algo") &&
             !o_kind_after(w, j + 2))
        *b = j + 4; /* que les pase algo (not "algo bueno") */
    else
        return false;
    /* "¿Acaso esas niñas merecen que les pase algo así?" */
    return !screen_sentence_asks(w->n, w->text, len, i);
}

/* Whether the words next to token i of class c could make a match at
 * all, before a window is read: "get", "make", "say" and "nice" start
 * many sentences that are none. */
static bool o_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    const struct screen_wordclasses *t = &o_list.table;
    if ((c & O_NICE) && screen_wc_near(t, n, i, 2, 2, O_OWN))
        return true;
    if ((c & O_KEEP) && (screen_wc_tok(t, n, i + 1) & (O_GOING | O_AND)))
        return true;
    /* the rites: "make peace", "ponte en paz", "get your affairs", "light
     * a candle", "reza lo que", "despídete de", "say goodbye" */
    static const char *const next[] = {
        "peace", "en", "paz", "your",    "tus",    "tu",       "a",
        "una",   "lo", "de",  "goodbye", "candle", "veladora", "bien"};
    if ((c & O_RITE) &&
        screen_tok_in(n, i + 1, next, sizeof(next) / sizeof(*next)))
        return true;
    /* a wish: "hope the same happens", "ojalá te pase", "que te pase" */
    if ((c & O_WISH) &&
        screen_wc_near(t, n, i, 0, 9, O_HAPPEN | O_NEXT | O_FIND))
        return true;
    return (c & (O_HOW_LONG | O_DESERVE)) != 0;
}

static const struct screen_wordclasses *o_words_table(void)
{
    return screen_wc_ready(&o_list);
}

/* The omen found by token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int o_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&o_list.table, n->tok[i].hash);
    if (!(c & O_START) || !o_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &o_list.table, 0, 0, false};
    screen_window_at(&w, i, O_READ, O_READ);
    size_t a = i, b = i + 1;
    bool found = ((c & O_NICE) && o_compliment(&w, text, len, i, &a, &b)) ||
                 ((c & O_RITE) && o_rite(&w, i, &b)) ||
                 ((c & (O_KEEP | O_HOW_LONG)) && o_dare(&w, i, &a, &b)) ||
                 ((c & O_WISH) && o_same(&w, i, &b)) ||
                 ((c & O_DESERVE) && o_deserve(&w, i, len, &b));
    if (!found)
        return -1;
    /* told as what someone said, in its sentence: "le acaban de decir a mi
     * mamá «está bien bonita tu hija»", "they told her: nice family you
     * have" */
    for (size_t j = w.s; j < a; j++)
        if (screen_wc_class(&o_list.table, n->tok[j].hash) & O_SAID)
            return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_omen_grammar = {o_words_table, o_at};
