/*
 * seen.c - "we saw you at the prosecutor's yesterday": being watched, told.
 *
 * The men who collect from a market or a port do not need to threaten a
 * vendor who went to the prosecutor; they tell him they saw him go:
 * "@Ivan we saw you at the ministerio publico yesterday.", "te vimos
 * ayer saliendo del ministerio público", "we see everything." The
 * words are a neighbour's; what makes them menace is a "we" who watched
 * a reader, and where or when they say it. This grammar reads three
 * such sayings and holds each as a threat:
 *
 *   - a first person who saw or heard of "you" at a place or a time, or
 *     going: "we saw you at", "te vimos ayer saliendo de la fiscalía",
 *     "I saw you leaving the office at 7", "we heard you went to the
 *     municipal office" ("we saw them leaving with boxes" is a
 *     witness's, and passes); a third person only where complaints are
 *     made: "la vimos en la fiscalía el jueves", or where it is "you"
 *     said with respect to one greeted: "Hola Rocío, la vimos el martes
 *     en la misa de 7", or of one of the story's people named before it:
 *     "A la reportera la vimos ayer en el mercado";
 *   - "we see everything", "vemos todo", "todo lo vemos" ending a clause;
 *   - a person found: "ya lo ubicamos" (not of a thief or a killer), and
 *     "los que compartan el video ya están ubicados", "everyone who
 *     spoke to this blog has been noted", "ya están anotados todos los
 *     que salieron en la foto", "hay fotos de todos los que fueron a la
 *     reunión", "ya tenemos la lista de los que le dieron compartir al
 *     video", "everyone sharing this story is on a list now" (of those
 *     who spoke, shared or went).
 *
 * A sighting on a screen or at a vigil thanked for passes ("te vimos en
 * la tele", "we saw you at the march, thank you for coming"), as do a
 * question, a negation before the verb and a quotation. A grammar of the
 * one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    SE_SAW = 1u << 0,      /* saw, vimos, vi, seen */
    SE_SEE = 1u << 1,      /* see, vemos, watch */
    SE_FOUND = 1u << 2,    /* ubicamos, ubicados, identificados, located */
    SE_WE = 1u << 3,       /* we, i, weve, ive */
    SE_YOU = 1u << 4,      /* you, te, u, ya */
    SE_WHERE = 1u << 5,    /* at, leaving, yesterday, saliendo, ayer, en */
    SE_SCREEN = 1u << 6,   /* tv, tele, news, video, live, photo */
    SE_WARM = 1u << 7,     /* thanks, gracias, proud, love, brave */
    SE_NOT = 1u << 8,      /* not, never, no, nunca */
    SE_ALL = 1u << 9,      /* everything, todo */
    SE_SHARE = 1u << 10,   /* shared, compartan, hablen, publiquen */
    SE_CULPRIT = 1u << 11, /* thief, ratero, asesino, sicario, culpable */
    SE_OBJ = 1u << 12,     /* lo, la, los, las */
    SE_OFFICE = 1u << 13,  /* fiscalia, ministerio, juzgado, meeting */
};

static const struct screen_wc_word se_words[] = {
    {"saw", SE_SAW},
    {"heard", SE_SAW},
    {"seen", SE_SAW},
    {"vimos", SE_SAW},
    {"vi", SE_SAW},
    {"see", SE_SEE},
    {"vemos", SE_SEE},
    {"ubicamos", SE_FOUND},
    {"ubicados", SE_FOUND},
    {"ubicadas", SE_FOUND},
    {"identificados", SE_FOUND},
    {"identificadas", SE_FOUND},
    {"identified", SE_FOUND},
    {"located", SE_FOUND},
    {"noted", SE_FOUND},
    {"anotados", SE_FOUND},
    {"anotadas", SE_FOUND},
    {"apuntados", SE_FOUND},
    {"apuntadas", SE_FOUND},
    {"we", SE_WE},
    {"i", SE_WE},
    {"weve", SE_WE},
    {"ive", SE_WE},
    {"you", SE_YOU},
    {"u", SE_YOU},
    {"ya", SE_YOU},
    {"yall", SE_YOU},
    {"te", SE_YOU},
    {"lo", SE_OBJ},
    {"la", SE_OBJ},
    {"los", SE_OBJ},
    {"las", SE_OBJ},
    {"at", SE_WHERE},
    {"yesterday", SE_WHERE},
    {"tonight", SE_WHERE},
    {"today", SE_WHERE},
    {"outside", SE_WHERE},
    {"near", SE_WHERE},
    {"ayer", SE_WHERE},
    {"anoche", SE_WHERE},
    {"hoy", SE_WHERE},
    {"afuera", SE_WHERE},
    {"went", SE_WHERE},
    {"leaving", SE_WHERE},
    {"arriving", SE_WHERE},
    {"going", SE_WHERE},
    {"walking", SE_WHERE},
    {"saliendo", SE_WHERE},
    {"entrando", SE_WHERE},
    {"llegando", SE_WHERE},
    {"caminando", SE_WHERE},
    {"platicando", SE_WHERE},
    {"talking", SE_WHERE},
    {"fiscalia", SE_OFFICE},
    {"ministerio", SE_OFFICE},
    {"juzgado", SE_OFFICE},
    {"presidencia", SE_OFFICE},
    {"comandancia", SE_OFFICE},
    {"asamblea", SE_OFFICE},
    {"reunion", SE_OFFICE},
    {"prosecutors", SE_OFFICE},
    {"prosecutor", SE_OFFICE},
    {"meeting", SE_OFFICE},
    {"courthouse", SE_OFFICE},
    {"photos", SE_FOUND},
    {"fotos", SE_FOUND},
    {"pictures", SE_FOUND},
    {"screenshots", SE_FOUND},
    {"screenshotted", SE_FOUND}, /* "I screenshotted your names" */
    {"registrados", SE_FOUND},   /* "ya quedaron registrados" */
    {"registradas", SE_FOUND},
    {"saved", SE_FOUND}, /* "your names and photos are being saved" */
    {"guardados", SE_FOUND},
    {"screenshot", SE_FOUND},
    {"lista", SE_FOUND},
    {"list", SE_FOUND},
    {"tv", SE_SCREEN},
    {"tele", SE_SCREEN},
    {"television", SE_SCREEN},
    {"news", SE_SCREEN},
    {"noticias", SE_SCREEN},
    {"noticiero", SE_SCREEN},
    {"video", SE_SCREEN},
    {"live", SE_SCREEN},
    {"vivo", SE_SCREEN},
    {"photo", SE_SCREEN},
    {"foto", SE_SCREEN},
    {"stream", SE_SCREEN},
    {"radio", SE_SCREEN},
    {"facebook", SE_SCREEN},
    {"instagram", SE_SCREEN},
    {"tiktok", SE_SCREEN},
    {"youtube", SE_SCREEN},
    {"movie", SE_SCREEN},
    {"pelicula", SE_SCREEN},
    {"thanks", SE_WARM},
    {"thank", SE_WARM},
    {"gracias", SE_WARM},
    {"proud", SE_WARM},
    {"orgullo", SE_WARM},
    {"orgullosos", SE_WARM},
    {"love", SE_WARM},
    {"brave", SE_WARM},
    {"valiente", SE_WARM},
    {"great", SE_WARM},
    {"felicidades", SE_WARM},
    {"congrats", SE_WARM},
    {"animo", SE_WARM},
    {"fuerza", SE_WARM},
    {"hermoso", SE_WARM},
    {"bonito", SE_WARM},
    {"\xe2\x9d\xa4", SE_WARM},     /* U+2764 HEAVY BLACK HEART */
    {"\xf0\x9f\x99\x8f", SE_WARM}, /* U+1F64F FOLDED HANDS */
    {"not", SE_NOT},
    {"never", SE_NOT},
    {"didnt", SE_NOT},
    {"havent", SE_NOT},
    {"no", SE_NOT},
    {"nunca", SE_NOT},
    {"everything", SE_ALL},
    {"todo", SE_ALL},
    {"shared", SE_SHARE},
    {"shares", SE_SHARE},
    {"sharing", SE_SHARE},
    {"posted", SE_SHARE},
    {"commented", SE_SHARE},
    {"talked", SE_SHARE},
    {"spoke", SE_SHARE},
    {"compartan", SE_SHARE},
    {"comparten", SE_SHARE},
    {"compartieron", SE_SHARE},
    {"compartir", SE_SHARE},
    {"compartiendo", SE_SHARE},
    {"donates", SE_SHARE},
    {"donate", SE_SHARE},
    {"donativos", SE_SHARE},
    {"helped", SE_SHARE},
    {"ayudaron", SE_SHARE},
    {"ayuden", SE_SHARE},
    {"apoyen", SE_SHARE},
    {"comenten", SE_SHARE},
    {"comentan", SE_SHARE},
    {"comentaron", SE_SHARE},
    {"hablen", SE_SHARE},
    {"hablan", SE_SHARE},
    {"hablaron", SE_SHARE},
    {"publiquen", SE_SHARE},
    {"publican", SE_SHARE},
    {"publicaron", SE_SHARE},
    {"suban", SE_SHARE},
    {"suben", SE_SHARE},
    {"subieron", SE_SHARE},
    {"difundan", SE_SHARE},
    {"difunden", SE_SHARE},
    {"difundieron", SE_SHARE},
    {"denuncien", SE_SHARE},
    {"denunciaron", SE_SHARE},
    {"firmaron", SE_SHARE},
    {"declararon", SE_SHARE},
    {"salieron", SE_SHARE},
    {"asistieron", SE_SHARE},
    {"fueron", SE_SHARE},
    {"iban", SE_SHARE}, /* "los que iban en primera fila" */
    {"marcharon", SE_SHARE},
    {"marched", SE_SHARE},
    {"went", SE_SHARE},
    {"attended", SE_SHARE},
    {"appeared", SE_SHARE},
    {"signed", SE_SHARE},
    {"thief", SE_CULPRIT},
    {"killer", SE_CULPRIT},
    {"killers", SE_CULPRIT},
    {"suspect", SE_CULPRIT},
    {"suspects", SE_CULPRIT},
    {"ladron", SE_CULPRIT},
    {"ladrones", SE_CULPRIT},
    {"ratero", SE_CULPRIT},
    {"rateros", SE_CULPRIT},
    {"asesino", SE_CULPRIT},
    {"asesinos", SE_CULPRIT},
    {"sicario", SE_CULPRIT},
    {"sicarios", SE_CULPRIT},
    {"culpable", SE_CULPRIT},
    {"culpables", SE_CULPRIT},
    {"responsable", SE_CULPRIT},
    {"responsables", SE_CULPRIT},
    {"sospechoso", SE_CULPRIT},
    {"sospechosos", SE_CULPRIT},
    {"secuestradores", SE_CULPRIT},
    {"halcones", SE_CULPRIT},
    {"perro", SE_CULPRIT},
    {"perrito", SE_CULPRIT},
};

static struct screen_wc_list se_list =
    SCREEN_WC_LIST(se_words, SE_SAW | SE_SEE | SE_FOUND);

static const struct screen_wordclasses *se_words_table(void)
{
    return screen_wc_ready(&se_list);
}

static uint64_t sec(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&se_list.table, n->tok[j].hash) : 0;
}

/* Whether the comment has a word of class cls anywhere. */
static bool se_any(const struct screen_norm *n, uint64_t cls)
{
    return screen_wc_anywhere(&se_list.table, n, cls, 0, 0);
}

/* Whether tokens a and b lie in one sentence. */
static bool se_same_sentence(const struct screen_norm *n, const char *text,
                             size_t a, size_t b)
{
    for (size_t k = a + 1; k <= b && k < n->ntok; k++)
        if (screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            return false;
    return true;
}

/* Whether the clause ends after token j: the text's end, or a sign of a
 * clause's end or an emoji right after it. */
static bool se_clause_ends(const struct screen_norm *n, const char *text,
                           size_t len, size_t j)
{
    if (j + 1 >= n->ntok || screen_tok_symbol(n, j + 1))
        return true;
    size_t s = n->tok[j].orig_off + n->tok[j].orig_len;
    size_t e = n->tok[j + 1].orig_off;
    for (size_t q = s; q < e && q < len; q++)
        if (strchr(".,!?;:", text[q]))
            return true;
    return false;
}

/* Whether a negation stands in the two words before token a. */
static bool se_denied(const struct screen_norm *n, size_t a)
{
    for (size_t k = a; k > 0 && a - k < 2;) {
        k--;
        if (sec(n, k) & SE_NOT)
            return true;
    }
    return false;
}

/* Whether the comment opens by greeting someone: "Hola Rocío, la vimos el
 * martes en la misa", where "la vimos" is "we saw you" said with
 * respect. */
static bool se_greets(const struct screen_norm *n)
{
    static const char *const hello[] = {
        "hola",  "buenas", "buenos", "oiga", "senora",   "señora",   "senor",
        "señor", "dona",   "doña",   "don",  "estimada", "estimado", "saludos"};
    /* "hola a todos", "buenas tardes": a greeting to everyone, after which
     * "lo vimos" is a third person */
    static const char *const all[] = {"a",      "todos",  "todas",
                                      "amigos", "gente",  "vecinos",
                                      "tardes", "noches", "dias"};
    return n->ntok > 1 && screen_tok_in(n, 0, hello, SCREEN_NWORDS(hello)) &&
           !screen_tok_in(n, 1, all, SCREEN_NWORDS(all));
}

/* "A la reportera la vimos", "al dueño lo vimos": one of the story's
 * people named before "la/lo vimos" (token i), which is then a sighting
 * of someone exposed, as "la vimos" is after a greeting by name. */
static bool se_fronted(const struct screen_norm *n, size_t i)
{
    static const char *const role[] = {
        "reportera", "reportero", "periodista", "testigo", "viuda",
        "dueno",     "dueña",     "dueño",      "duena",   "chofer",
        "fotografa", "fotografo", "maestra",    "maestro", "activista",
        "abogada",   "abogado",   "madre",      "mama",    "esposa"};
    if (i < 3 || !screen_tok_in(n, i - 2, role, SCREEN_NWORDS(role)))
        return false;
    if (screen_tok_is(n, i - 3, "al"))
        return true;
    return i >= 4 && screen_tok_is(n, i - 4, "a") &&
           (screen_tok_is(n, i - 3, "la") || screen_tok_is(n, i - 3, "el"));
}

/* "we saw you at", "te vimos ayer saliendo": the sighting at token i, its
 * first token in *a and its end in *b. Only "you": "we saw them leaving
 * with boxes" is a witness's. */
static bool se_sighting(const struct screen_norm *n, const char *text, size_t i,
                        size_t *a, size_t *b)
{
    bool spanish = screen_tok_is(n, i, "vimos") || screen_tok_is(n, i, "vi");
    size_t where_from;
    bool formal_you =
        spanish && i > 0 && (sec(n, i - 1) & SE_OBJ) &&
        (screen_tok_is(n, i - 1, "la") || screen_tok_is(n, i - 1, "lo")) &&
        (se_greets(n) || se_fronted(n, i));
    if (spanish && i > 0 && (sec(n, i - 1) & SE_OBJ)) {
        /* "la vimos en la fiscalía el jueves": a third person seen only
         * where a complaint is made */
        for (size_t k = i + 1; k < n->ntok && k <= i + 4; k++)
            if ((sec(n, k) & SE_OFFICE) &&
                (screen_tok_is(n, k - 1, "en") ||
                 screen_tok_is(n, k - 2, "en") ||
                 screen_tok_is(n, k - 1, "saliendo") ||
                 screen_tok_is(n, k - 2, "saliendo"))) {
                *a = i - 1;
                *b = k + 1;
                return true;
            }
        if (!formal_you)
            return false;
    }
    if (spanish) {
        /* te vimos: the object before the verb; "la vimos" to one
         * greeted */
        if (i == 0 || (!screen_tok_is(n, i - 1, "te") && !formal_you))
            return false;
        *a = i - 1;
        where_from = i + 1;
    } else {
        /* we saw you, we've seen you */
        size_t s = i;
        if (s > 0 &&
            (screen_tok_is(n, s - 1, "have") || screen_tok_is(n, s - 1, "all")))
            s--;
        if (s == 0 || !(sec(n, s - 1) & SE_WE) || !(sec(n, i + 1) & SE_YOU) ||
            screen_tok_is(n, i + 1, "te"))
            return false;
        *a = s - 1;
        where_from = i + 2;
    }
    /* a place, a time or a going in the next words of the sentence, and
     * no screen near it */
    for (size_t k = where_from; k < n->ntok && k < where_from + 3; k++) {
        if (!se_same_sentence(n, text, i, k))
            return false;
        uint64_t c = sec(n, k);
        if (c & SE_SCREEN)
            return false;
        if ((c & SE_WHERE) ||
            (screen_tok_is(n, i, "vimos") &&
             (screen_tok_is(n, k, "en") || screen_tok_is(n, k, "con")))) {
            *b = k + 1;
            for (size_t q = k + 1; q < n->ntok && q < k + 5; q++) {
                if (!se_same_sentence(n, text, k, q))
                    break;
                if (sec(n, q) & SE_SCREEN)
                    return false;
            }
            return true;
        }
    }
    return false;
}

/* "we see everything", "vemos todo", "todo lo vemos" at token i ending a
 * clause. */
static bool se_see_all(const struct screen_norm *n, const char *text,
                       size_t len, size_t i, size_t *a, size_t *b)
{
    if (screen_tok_is(n, i, "see")) {
        if (i == 0 || !screen_tok_is(n, i - 1, "we") ||
            !(sec(n, i + 1) & SE_ALL) || !se_clause_ends(n, text, len, i + 1))
            return false;
        *a = i - 1;
        *b = i + 2;
        return true;
    }
    /* vemos */
    if ((sec(n, i + 1) & SE_ALL) && se_clause_ends(n, text, len, i + 1)) {
        *a = i;
        *b = i + 2;
        return true;
    }
    if (i >= 2 && screen_tok_is(n, i - 2, "todo") &&
        screen_tok_is(n, i - 1, "lo") && se_clause_ends(n, text, len, i)) {
        *a = i - 2;
        *b = i + 1;
        return true;
    }
    return false;
}

/* "ya lo ubicamos", "los que compartan el video ya están ubicados",
 * "everyone who shared it has been identified" at token i. */
static bool se_found(const struct screen_norm *n, const char *text, size_t i,
                     size_t *a, size_t *b)
{
    *b = i + 1;
    if (screen_tok_is(n, i, "ubicamos")) {
        /* ya lo/la/los/las ubicamos; "ya te ubicamos" is veiled.c's */
        if (i < 2 || !screen_tok_is(n, i - 2, "ya") ||
            !(sec(n, i - 1) & SE_OBJ))
            return false;
        *a = i - 2;
        return !se_any(n, SE_CULPRIT);
    }
    /* "on a list", "en la lista": found, like "identified" */
    bool on_list =
        (screen_tok_is(n, i, "list") || screen_tok_is(n, i, "lista")) &&
        i >= 2 &&
        ((screen_tok_is(n, i - 2, "on") &&
          (screen_tok_is(n, i - 1, "a") || screen_tok_is(n, i - 1, "the"))) ||
         (screen_tok_is(n, i - 2, "en") &&
          (screen_tok_is(n, i - 1, "la") || screen_tok_is(n, i - 1, "una"))));
    /* on a list for something: "on the list for the raffle" */
    static const char *const for_what[] = {"para", "for", "pa", "de", "of"};
    if (on_list && screen_tok_in(n, i + 1, for_what, SCREEN_NWORDS(for_what)))
        return false;
    /* "hay fotos de todos los que fueron a la reunión", "screenshots of
     * everyone who commented", "ya tenemos la lista de los que le dieron
     * compartir" */
    if (!on_list &&
        (screen_tok_is(n, i, "photos") || screen_tok_is(n, i, "fotos") ||
         screen_tok_is(n, i, "pictures") ||
         screen_tok_is(n, i, "screenshots") || screen_tok_is(n, i, "lista") ||
         screen_tok_is(n, i, "list"))) {
        if (!screen_tok_is(n, i + 1, "de") && !screen_tok_is(n, i + 1, "of"))
            return false;
        /* a list only when "we have" it ("aquí está la lista de los que
         * fueron, para la constancia" is a record) */
        static const char *const have[] = {"tenemos", "have", "got", "hicimos",
                                           "armamos"};
        bool list = screen_tok_is(n, i, "lista") || screen_tok_is(n, i, "list");
        if (list &&
            !(i >= 2 && (screen_tok_in(n, i - 1, have, SCREEN_NWORDS(have)) ||
                         screen_tok_in(n, i - 2, have, SCREEN_NWORDS(have)))))
            return false;
        /* "la lista de los que le dieron compartir" */
        for (size_t k = i + 2; k < n->ntok && k <= i + 7; k++)
            if ((sec(n, k) & SE_SHARE) &&
                (screen_tok_is(n, k - 1, "que") ||
                 screen_tok_is(n, k - 1, "who") ||
                 (k >= 3 && screen_tok_is(n, k - 3, "que")))) {
                *a = i;
                *b = k + 1;
                return !se_any(n, SE_CULPRIT);
            }
        return false;
    }
    /* put down for something: "anotados para la rifa", "noted for the
     * record" */
    static const char *const put_down[] = {"noted", "anotados", "anotadas",
                                           "apuntados", "apuntadas"};
    static const char *const purpose[] = {"para", "for", "en", "in", "pa"};
    if (screen_tok_in(n, i, put_down, SCREEN_NWORDS(put_down)) &&
        screen_tok_in(n, i + 1, purpose, SCREEN_NWORDS(purpose)))
        return false;
    /* those found named after: "ya están anotados todos los que
     * salieron en la foto" */
    for (size_t k = i + 1; k < n->ntok && k <= i + 5; k++) {
        if (!se_same_sentence(n, text, i, k))
            break;
        if ((sec(n, k) & SE_SHARE) && k > 0 &&
            (screen_tok_is(n, k - 1, "que") ||
             screen_tok_is(n, k - 1, "who"))) {
            *a = i;
            *b = k + 1;
            return !se_any(n, SE_CULPRIT);
        }
    }
    /* those who spoke or shared, found: a sharing verb earlier in the
     * sentence after "los que", "quienes", "who", "everyone" */
    for (size_t k = i; k > 0 && i - k < 12;) {
        k--;
        if (!se_same_sentence(n, text, k, i))
            return false;
        if (!(sec(n, k) & SE_SHARE))
            continue;
        static const char *const who[] = {"que",      "quienes", "who",
                                          "everyone", "anyone",  "everybody",
                                          "whoever",  "quien"};
        /* "los que compartan", "los que andan compartiendo" */
        size_t w = k > 0 && screen_tok_in(n, k - 1, who, SCREEN_NWORDS(who))
                       ? k - 1
                   : k > 1 && screen_tok_is(n, k - 2, "que") ? k - 2
                   : k > 2 && screen_tok_in(n, k - 3, who, SCREEN_NWORDS(who))
                       ? k - 3
                       : SIZE_MAX;
        if (w != SIZE_MAX) {
            *a = w;
            return !se_any(n, SE_CULPRIT);
        }
    }
    return false;
}

/* The watching told at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int se_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = sec(n, i);
    size_t a = i, b = i + 1;
    bool found;
    if (c & SE_SAW)
        found = se_sighting(n, text, i, &a, &b);
    else if (c & SE_SEE)
        found = se_see_all(n, text, len, i, &a, &b);
    else
        found = se_found(n, text, i, &a, &b);
    /* thanks release a sighting, not a list kept: "ya tenemos la lista de
     * los que le dieron compartir. Gracias por participar." */
    bool kept = screen_tok_is(n, i, "lista") || screen_tok_is(n, i, "list");
    if (!found || se_denied(n, a) || (se_any(n, SE_WARM) && !kept))
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_seen_grammar = {se_words_table, se_at};
