/*
 * hints.c - "not a threat, just a weather report": a fate hinted at in
 * words that name none.
 *
 * Under a story that names a cartel's singer, label or rehab centre, the
 * men it names seldom write a violent word; they hint, and the reporter
 * and the sources know what is meant. This grammar reads such hints, in
 * English and Spanish, and holds each as a threat:
 *
 *   - a threat denied at a sentence's start, and then said to be only
 *     words or a warning: "Not a threat, just a weather report: ...",
 *     "No es amenaza, es advertencia" (not "the ban is not a threat to
 *     free speech", "No es amenaza, son cuentas", a forecast);
 *   - the story or the reporter's data already with "the right people":
 *     "Daniela's number is already on its way to the right people", "Ya
 *     la leyeron las personas indicadas", "Ya lo leyeron donde lo tenían
 *     que leer 😉" (not a reader who sent it there, "I already reported
 *     it to the right people", nor a hope: "ojalá llegue a las personas
 *     indicadas");
 *   - a greeting sent to the family or from the crew: "Tell him we said
 *     hi.", "The compa says hi to Itzel.", "the man in the audio says
 *     hi", "The boys from the station say hi", "Say hi to your mom in
 *     Salamanca for us", "¿sus papás siguen viviendo en la misma casa?
 *     Para mandarles un saludito" (not with thanks, love or '!': "tell
 *     her we said hi and thank you");
 *   - the last one who did the same: "The last lady who wrote stuff like
 *     this also thought she was safe.", "El último que publicó eso
 *     también pensaba que no pasaba nada", "pregúntenle a los
 *     anteriores";
 *   - the living named as a reason: "por el bien de los que todavía
 *     están vivos";
 *   - what is not forgotten, ending its clause or of those who talk:
 *     "hay gente que no olvida.", "los verdaderos nunca olvidan a los que
 *     hablan." (not "no olvida a sus muertos", remembrance);
 *   - the time left: "enjoy the time they still have", "disfruten el
 *     tiempo que les queda";
 *   - a killing to be finished: "I'll finish what the gunmen missed"
 *     (not of a government);
 *   - a way of disappearing: "reporters in this state have a way of
 *     disappearing" (not documents);
 *   - clothes worn, told with when: "qué bien te queda el suéter verde
 *     que traías ayer en el Oxxo" (not on television);
 *   - a visit called for: "Hay que ir a platicar con la hermana" (not
 *     with an official);
 *   - new protection noted and mocked: "Saw the new cameras. Cute.";
 *   - accidents that happen, in a comment that warns someone about
 *     speaking: "I'd be careful what you publish. Accidents happen on the
 *     highway to Morelia all the time." (not road safety).
 *
 * Menace in set phrases is sayings.c's, and a reader's number or papers
 * asked for are asked.c's.
 *
 * A question and a quotation pass. A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    HN_NOT = 1u << 0,       /* threat, amenaza: a threat denied */
    HN_RIGHT = 1u << 1,     /* right, indicadas, tenian: the right people */
    HN_HI = 1u << 2,        /* hi, hello, saludito: a greeting */
    HN_LAST = 1u << 3,      /* last, ultimo, anteriores: the one before */
    HN_WARM = 1u << 4,      /* thanks, gracias, love, proud, besos */
    HN_SENDER = 1u << 5,    /* i, we, yo, mande, reporte: a reader who sent */
    HN_HOPE = 1u << 6,      /* hope, ojala, espero, ojalá */
    HN_ALREADY = 1u << 7,   /* already, ya */
    HN_FAMILY = 1u << 8,    /* papas, mama, hijos, familia, casa */
    HN_ONE = 1u << 9,       /* one, guy, lady, reporter: the last one who */
    HN_THOUGHT = 1u << 10,  /* thought, believed, pensaba, creia */
    HN_ASK = 1u << 11,      /* pregunten, preguntenle, preguntale */
    HN_SAKE = 1u << 12,     /* sake, vivos: for the sake of the living */
    HN_FORGET = 1u << 13,   /* olvida, forget, forgets: who does not */
    HN_ENJOY = 1u << 14,    /* enjoy, disfruta, disfruten: the time left */
    HN_FINISH = 1u << 15,   /* finish, terminar, acabar: what was begun */
    HN_WAY = 1u << 16,      /* disappearing: "have a way of disappearing" */
    HN_WORE = 1u << 17,     /* traias, llevabas, wore */
    HN_TALK = 1u << 18,     /* platicar: "ir a platicar con" */
    HN_GUARD = 1u << 19,    /* cameras, locks, candado: protection noted */
    HN_ACCIDENT = 1u << 20, /* accidents, accidentes */
    HN_WARN = 1u << 21,     /* careful, publish, advice, busybodies */
    HN_ROAD = 1u << 22,     /* streetlights, despacio, seatbelt: road safety */
};

static const struct screen_wc_word hn_words[] = {
    {"threat", HN_NOT},
    {"amenaza", HN_NOT},
    {"right", HN_RIGHT},
    {"indicadas", HN_RIGHT},
    {"indicados", HN_RIGHT},
    {"indicada", HN_RIGHT},
    {"tenian", HN_RIGHT},
    {"tenia", HN_RIGHT},
    {"hi", HN_HI},
    {"hello", HN_HI},
    {"saludito", HN_HI},
    {"saluditos", HN_HI},
    {"last", HN_LAST},
    {"ultimo", HN_LAST},
    {"ultima", HN_LAST},
    {"anteriores", HN_LAST},
    {"anterior", HN_LAST},
    {"thanks", HN_WARM},
    {"thank", HN_WARM},
    {"love", HN_WARM},
    {"loves", HN_WARM},
    {"miss", HN_WARM},
    {"proud", HN_WARM},
    {"gracias", HN_WARM},
    {"besos", HN_WARM},
    {"abrazo", HN_WARM},
    {"abrazos", HN_WARM},
    {"\xe2\x9d\xa4", HN_WARM}, /* U+2764 HEAVY BLACK HEART */
    {"i", HN_SENDER},
    {"ive", HN_SENDER},
    {"we", HN_SENDER},
    {"weve", HN_SENDER},
    {"yo", HN_SENDER},
    {"mande", HN_SENDER},
    {"envie", HN_SENDER},
    {"reporte", HN_SENDER},
    {"denuncie", HN_SENDER},
    {"pase", HN_SENDER},
    {"hope", HN_HOPE},
    {"hopefully", HN_HOPE},
    {"ojala", HN_HOPE},
    {"espero", HN_HOPE},
    {"esperemos", HN_HOPE},
    {"already", HN_ALREADY},
    {"ya", HN_ALREADY},
    {"papas", HN_FAMILY},
    {"mama", HN_FAMILY},
    {"papa", HN_FAMILY},
    {"hijos", HN_FAMILY},
    {"hijas", HN_FAMILY},
    {"familia", HN_FAMILY},
    {"esposa", HN_FAMILY},
    {"casa", HN_FAMILY},
    {"one", HN_ONE},
    {"guy", HN_ONE},
    {"lady", HN_ONE},
    {"girl", HN_ONE},
    {"woman", HN_ONE},
    {"man", HN_ONE},
    {"reporter", HN_ONE | HN_WARN},
    {"journalist", HN_ONE | HN_WARN},
    {"blogger", HN_ONE},
    {"person", HN_ONE},
    {"thought", HN_THOUGHT},
    {"believed", HN_THOUGHT},
    {"felt", HN_THOUGHT},
    {"pensaba", HN_THOUGHT},
    {"creia", HN_THOUGHT},
    {"decia", HN_THOUGHT},
    {"sentia", HN_THOUGHT},
    {"vivos", HN_SAKE},
    {"vivas", HN_SAKE},
    {"sake", HN_SAKE},
    {"olvida", HN_FORGET},
    {"olvidan", HN_FORGET},
    {"forget", HN_FORGET},
    {"forgets", HN_FORGET},
    {"enjoy", HN_ENJOY},
    {"disfruta", HN_ENJOY},
    {"disfruten", HN_ENJOY},
    {"disfrute", HN_ENJOY},
    {"finish", HN_FINISH},
    {"terminar", HN_FINISH},
    {"acabar", HN_FINISH},
    {"disappearing", HN_WAY},
    {"vanishing", HN_WAY},
    {"dying", HN_WAY},
    {"traias", HN_WORE},
    {"llevabas", HN_WORE},
    {"wore", HN_WORE},
    {"platicar", HN_TALK},
    {"accidents", HN_ACCIDENT},
    {"accidentes", HN_ACCIDENT},
    {"careful", HN_WARN},
    {"cuidado", HN_WARN},
    {"publish", HN_WARN},
    {"publica", HN_WARN},
    {"publicar", HN_WARN},
    {"publishes", HN_WARN},
    {"names", HN_WARN},
    {"nombra", HN_WARN},
    {"nombrar", HN_WARN},
    {"advice", HN_WARN},
    {"consejo", HN_WARN},
    {"remember", HN_WARN},
    {"recuerda", HN_WARN},
    {"recuerden", HN_WARN},
    {"busybodies", HN_WARN},
    {"metiches", HN_WARN},
    {"chismosos", HN_WARN},
    {"chismosas", HN_WARN},
    {"periodista", HN_WARN},
    {"reportera", HN_WARN},
    {"reportero", HN_WARN},
    {"worth", HN_WARN},
    {"bienvenido", HN_WARN},
    {"welcome", HN_WARN},
    {"streetlights", HN_ROAD},
    {"despacio", HN_ROAD},
    {"seatbelt", HN_ROAD},
    {"cinturon", HN_ROAD},
    {"speed", HN_ROAD},
    {"velocidad", HN_ROAD},
    {"baches", HN_ROAD},
    {"potholes", HN_ROAD},
    {"abuelo", HN_ROAD},
    {"cameras", HN_GUARD},
    {"camaras", HN_GUARD},
    {"lock", HN_GUARD},
    {"locks", HN_GUARD},
    {"candado", HN_GUARD},
    {"candados", HN_GUARD},
    {"rejas", HN_GUARD},
    {"gate", HN_GUARD},
    {"porton", HN_GUARD},
    {"bodyguard", HN_GUARD},
    {"escolta", HN_GUARD},
    {"pregunten", HN_ASK},
    {"preguntenle", HN_ASK},
    {"preguntenles", HN_ASK},
    {"preguntale", HN_ASK},
    {"preguntales", HN_ASK},
    {"preguntele", HN_ASK},
};

static struct screen_wc_list hn_list =
    SCREEN_WC_LIST(hn_words, HN_NOT | HN_RIGHT | HN_HI | HN_LAST | HN_SAKE |
                                 HN_FORGET | HN_ENJOY | HN_FINISH | HN_WAY |
                                 HN_WORE | HN_TALK | HN_GUARD | HN_ACCIDENT);

static const struct screen_wordclasses *hn_words_table(void)
{
    return screen_wc_ready(&hn_list);
}

static uint64_t hnc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&hn_list.table, n->tok[j].hash) : 0;
}

/* Whether a sentence starts at token j. */
static bool hn_starts(const struct screen_norm *n, const char *text, size_t j)
{
    return j == 0 || screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]);
}

/* The first token of token j's sentence. */
static size_t hn_sentence_start(const struct screen_norm *n, const char *text,
                                size_t j)
{
    while (j > 0 && !screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
        j--;
    return j;
}

/* Whether '!' follows token j: "Say hi to your mother for us!" is a
 * neighbour's cheer. */
static bool hn_bang_after(const struct screen_norm *n, const char *text,
                          size_t j)
{
    uint32_t q = n->tok[j].orig_off + n->tok[j].orig_len;
    return text[q] == '!';
}

/* "Not a threat, just ...", "No es amenaza, es advertencia" by "threat"
 * or "amenaza" at k: the match in [*a, *b). */
static bool hn_denied(const struct screen_norm *n, const char *text, size_t k,
                      size_t *a, size_t *b)
{
    size_t i;
    if (k >= 2 && screen_tok_is(n, k, "threat") &&
        screen_tok_is(n, k - 1, "a") && screen_tok_is(n, k - 2, "not"))
        i = k - 2;
    else if (k >= 2 && screen_tok_is(n, k, "amenaza") &&
             screen_tok_is(n, k - 1, "es") && screen_tok_is(n, k - 2, "no"))
        i = k - 2;
    else if (k >= 3 && screen_tok_is(n, k, "amenaza") &&
             screen_tok_is(n, k - 1, "una") && screen_tok_is(n, k - 2, "es") &&
             screen_tok_is(n, k - 3, "no"))
        i = k - 3;
    else
        return false;
    /* "this is not", "it's not", "esto no es" before it */
    size_t s = i;
    static const char *const lead[] = {"this", "is", "its", "it",  "s",
                                       "esto", "y",  "and", "just"};
    while (s > 0 && i - s < 2 && screen_tok_in(n, s - 1, lead, 9))
        s--;
    if (!hn_starts(n, text, s))
        return false;
    /* the rest after a pause (not "a threat to free speech"), said to be
     * only words or a warning: "just a weather report", "es advertencia",
     * "nomás digo" (not "no es amenaza, son cuentas", a forecast) */
    static const char *const only[] = {
        "just",    "only",      "simply",   "friendly", "solo", "nomas",
        "nada",    "solamente", "a",        "un",       "una",  "es",
        "warning", "advice",    "reminder", "its",      "it",   "thats"};
    static const char *const warning[] = {
        "warning",     "advice",       "reminder",    "advertencia", "consejo",
        "aviso",       "recordatorio", "sugerencia",  "friendly",    "amistoso",
        "observation", "observacion",  "information", "informacion", "pasa"};
    if (!screen_tok_pause_after(n, text, k) ||
        !screen_tok_in(n, k + 1, only, SCREEN_NWORDS(only)))
        return false;
    bool said = false;
    /* "Not a threat, its just how it goes", "not a threat, its the best
     * advice she'll ever get" */
    for (size_t j = k + 1; j < n->ntok && j <= k + 4 && !said; j++)
        said = screen_tok_in(n, j, warning, SCREEN_NWORDS(warning)) ||
               screen_tok_is(n, j, "just") || screen_tok_is(n, j, "only") ||
               screen_tok_is(n, j, "nomas") || screen_tok_is(n, j, "solo");
    if (!said)
        return false;
    *a = i;
    *b = k + 1;
    return true;
}

/* "already on its way to the right people", "ya la leyeron las personas
 * indicadas", "ya lo leyeron donde lo tenían que leer" by the word at i:
 * the match in [*a, *b). */
static bool hn_right_people(const struct screen_norm *n, const char *text,
                            size_t i, size_t *a, size_t *b)
{
    static const char *const who[] = {"people", "hands", "ears", "eyes"};
    static const char *const they[] = {"personas", "gente", "manos", "los",
                                       "las"};
    static const char *const where[] = {"donde", "quien", "quienes"};
    static const char *const it[] = {"lo", "la", "los", "las"};
    static const char *const read[] = {"leer", "ver", "saber", "escuchar",
                                       "oir"};
    size_t end;
    if (screen_tok_is(n, i, "right")) {
        if (i == 0 || !screen_tok_is(n, i - 1, "the") ||
            !screen_tok_in(n, i + 1, who, SCREEN_NWORDS(who)))
            return false;
        end = i + 2;
    } else if (screen_tok_is(n, i, "tenian") || screen_tok_is(n, i, "tenia")) {
        /* "donde lo tenían que leer" */
        if (i < 2 || !screen_tok_in(n, i - 1, it, SCREEN_NWORDS(it)) ||
            !screen_tok_in(n, i - 2, where, SCREEN_NWORDS(where)) ||
            !screen_tok_is(n, i + 1, "que") ||
            !screen_tok_in(n, i + 2, read, SCREEN_NWORDS(read)))
            return false;
        end = i + 3;
    } else {
        if (i == 0 || !screen_tok_in(n, i - 1, they, SCREEN_NWORDS(they)))
            return false;
        end = i + 1;
    }
    /* ending its clause: not "the right people at the prosecutor's" */
    if (end < n->ntok && !screen_tok_pause_after(n, text, end - 1) &&
        !screen_tok_symbol(n, end))
        return false;
    size_t s = hn_sentence_start(n, text, i);
    size_t already = SIZE_MAX;
    for (size_t k = s; k < i && already == SIZE_MAX; k++)
        if (hnc(n, k) & HN_ALREADY)
            already = k;
    if (already == SIZE_MAX ||
        screen_wc_near(&hn_list.table, n, i, i - s, end - 1 - i,
                       HN_SENDER | HN_HOPE | HN_NOT))
        return false;
    *a = already;
    *b = end;
    return true;
}

/* A greeting sent to the family, by "hi" or "saludito" at i: "tell him we
 * said hi", "say hi to your mom for us" (not with '!'), "para mandarles
 * un saludito" after the family's house. The match in [*a, *b). */
static bool hn_greeting(const struct screen_norm *n, const char *text, size_t i,
                        size_t *a, size_t *b)
{
    if (screen_wc_anywhere(&hn_list.table, n, HN_WARM, 0, 0))
        return false;
    if (screen_tok_is(n, i, "saludito") || screen_tok_is(n, i, "saluditos")) {
        if (!screen_wc_near(&hn_list.table, n, i, i, 0, HN_FAMILY))
            return false;
        *a = i;
        *b = i + 1;
        return true;
    }
    /* "The compa says hi to Itzel.", "the man in the audio says hi", "The
     * boys from the station say hi to the blog": the crew's greeting (not
     * "my boys say hi") */
    static const char *const crew[] = {"compa",     "boss",  "jefe", "patron",
                                       "senor",     "man",   "boys", "guys",
                                       "muchachos", "compas"};
    if (i >= 2 &&
        (screen_tok_is(n, i - 1, "says") || screen_tok_is(n, i - 1, "say")))
        for (size_t k = i - 1; k > 0 && i - 1 - k < 5;) {
            k--;
            if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
                break;
            if (!screen_tok_in(n, k, crew, SCREEN_NWORDS(crew)))
                continue;
            if ((k >= 1 && (screen_tok_is(n, k - 1, "my") ||
                            screen_tok_is(n, k - 1, "mi") ||
                            screen_tok_is(n, k - 1, "our"))) ||
                hn_bang_after(n, text, i))
                return false;
            *a = k;
            *b = i + 1;
            return true;
        }
    /* "tell him we said hi" */
    if (i >= 3 && screen_tok_is(n, i - 1, "said") &&
        screen_tok_is(n, i - 2, "we")) {
        for (size_t k = i - 2; k > 0 && i - 2 - k < 4;) {
            k--;
            if (screen_tok_is(n, k, "tell")) {
                *a = k;
                *b = i + 1;
                return true;
            }
        }
        return false;
    }
    /* "say hi to your mom for us" */
    if (i == 0 || !screen_tok_is(n, i - 1, "say") ||
        !screen_tok_is(n, i + 1, "to") ||
        !(screen_tok_is(n, i + 2, "your") || screen_tok_is(n, i + 2, "ur")))
        return false;
    for (size_t k = i + 3; k + 1 < n->ntok && k <= i + 8; k++)
        if (screen_tok_is(n, k, "for") && screen_tok_is(n, k + 1, "us") &&
            !hn_bang_after(n, text, k + 1)) {
            *a = i - 1;
            *b = k + 2;
            return true;
        }
    return false;
}

/* The last one who did the same, by "last", "último" or "anteriores" at
 * i: the match in [*a, *b). */
static bool hn_last_one(const struct screen_norm *n, const char *text, size_t i,
                        size_t *a, size_t *b)
{
    /* "pregúntenle a los anteriores", "pregúntale al anterior" */
    if (screen_tok_is(n, i, "anteriores") || screen_tok_is(n, i, "anterior")) {
        /* ending its clause: not "pregúntenle al anterior director" */
        if (i + 1 < n->ntok && !screen_tok_pause_after(n, text, i))
            return false;
        for (size_t k = i; k > 0 && i - k < 3;) {
            k--;
            if (hnc(n, k) & HN_ASK) {
                *a = k;
                *b = i + 1;
                return true;
            }
        }
        return false;
    }
    /* "the last lady who ... also thought", "el último que ... también
     * pensaba" */
    size_t k;
    if (screen_tok_is(n, i, "last")) {
        if (i == 0 || !screen_tok_is(n, i - 1, "the") ||
            !(hnc(n, i + 1) & HN_ONE) ||
            !(screen_tok_is(n, i + 2, "who") ||
              screen_tok_is(n, i + 2, "that")))
            return false;
        k = i + 3;
    } else {
        if (i == 0 ||
            !(screen_tok_is(n, i - 1, "el") || screen_tok_is(n, i - 1, "la")) ||
            !screen_tok_is(n, i + 1, "que"))
            return false;
        k = i + 2;
    }
    for (; k + 1 < n->ntok && k <= i + 12; k++) {
        if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
            return false;
        if ((screen_tok_is(n, k, "also") || screen_tok_is(n, k, "too") ||
             screen_tok_is(n, k, "tambien")) &&
            (hnc(n, k + 1) & HN_THOUGHT)) {
            /* "the last lady who", "el último que": what came between
             * ("wrote", "publicó") is no report of a threat */
            *a = i - 1;
            *b = i + (screen_tok_is(n, i, "last") ? 3 : 2);
            return true;
        }
    }
    return false;
}

/* Whether tokens from j spell words (NULL-ended): the end in *b. */
static bool hn_words_at(const struct screen_norm *n, size_t j,
                        const char *const *words, size_t *b)
{
    size_t k = 0;
    while (words[k]) {
        if (!screen_tok_is(n, j + k, words[k]))
            return false;
        k++;
    }
    *b = j + k;
    return true;
}

/* "por el bien de los que todavía están vivos", "for the sake of those
 * still alive": the living within six words, found by "sake" at i or by
 * the living word at i ("por el bien" within eight words before it). The
 * match in [*a, *b). */
static bool hn_for_the_living(const struct screen_norm *n, size_t i, size_t *a,
                              size_t *b)
{
    static const char *const sake_es[] = {"de", "los", "que", NULL};
    static const char *const sake_en[] = {"of", NULL};
    static const char *const alive[] = {"vivos", "vivas", "alive", "breathing"};
    size_t k;
    if (screen_tok_is(n, i, "sake")) {
        if (!hn_words_at(n, i + 1, sake_en, &k))
            return false;
        for (size_t q = k; q < n->ntok && q <= k + 5; q++)
            if (screen_tok_in(n, q, alive, SCREEN_NWORDS(alive))) {
                *a = i;
                *b = q + 1;
                return true;
            }
        return false;
    }
    for (size_t g = i; g > 2 && i - g < 8;) {
        g--;
        if (screen_tok_is(n, g, "bien") && screen_tok_is(n, g - 1, "el") &&
            screen_tok_is(n, g - 2, "por") &&
            hn_words_at(n, g + 1, sake_es, &k) && k <= i) {
            *a = g - 2;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* "hay gente que no olvida.", "some people don't forget.", "people here
 * never forget." ending its clause, by the verb at i (not "no olvida a
 * sus muertos", "el pueblo no olvida", remembrance). The match in
 * [*a, *b). */
static bool hn_not_forgotten(const struct screen_norm *n, const char *text,
                             size_t i, size_t *a, size_t *b)
{
    static const char *const never[] = {"no", "dont", "never", "nunca"};
    static const char *const who[] = {"gente",    "people", "families",
                                      "familias", "here",   "aqui"};
    static const char *const talkers[] = {"hablan", "hablaron", "talk",
                                          "talked", "snitch",   "denuncian"};
    if (i < 2 || !screen_tok_in(n, i - 1, never, SCREEN_NWORDS(never)))
        return false;
    /* "nunca olvidan a los que hablan", "never forget the ones who
     * talked" */
    size_t t = i + 1;
    if (screen_tok_is(n, t, "a"))
        t++;
    if ((screen_tok_is(n, t, "los") && screen_tok_is(n, t + 1, "que")) ||
        (screen_tok_is(n, t, "those") && screen_tok_is(n, t + 1, "who")))
        t += 2;
    else if (screen_tok_is(n, t, "the") && screen_tok_is(n, t + 1, "ones") &&
             screen_tok_is(n, t + 2, "who"))
        t += 3;
    if (t > i + 1 && screen_tok_in(n, t, talkers, SCREEN_NWORDS(talkers)) &&
        (t + 1 >= n->ntok || screen_tok_pause_after(n, text, t))) {
        *a = i - 1;
        *b = t + 1;
        return true;
    }
    if (i + 1 < n->ntok && !screen_tok_pause_after(n, text, i))
        return false;
    for (size_t q = i - 1; q > 0 && i - q < 5;) {
        q--;
        if (screen_tok_in(n, q, who, SCREEN_NWORDS(who))) {
            *a = q;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* "enjoy the time they still have", "disfruten el tiempo que les
 * queda", by the verb at i (not "enjoy the time you have with your
 * kids"): its end in *b. */
static bool hn_time_left(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const left[] = {"left", "still", "queda", "quedan",
                                       "todavia"};
    if (!(screen_tok_is(n, i + 1, "the") || screen_tok_is(n, i + 1, "el")) ||
        !(screen_tok_is(n, i + 2, "time") || screen_tok_is(n, i + 2, "tiempo")))
        return false;
    for (size_t q = i + 3; q < n->ntok && q <= i + 6; q++)
        if (screen_tok_in(n, q, left, SCREEN_NWORDS(left))) {
            *b = q + 1;
            return true;
        }
    return false;
}

/* "I'll finish what the gunmen missed", "vamos a terminar lo que
 * empezaron", said by a writer who will or of "someone" who should, by
 * the verb at i (not "the next government should finish what this one
 * started": of a government): its end in *b. */
static bool hn_finish_it(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const begun[] = {"started",   "missed",     "began",
                                        "empezaron", "comenzaron", "fallaron"};
    static const char *const will[] = {"ill",     "well",    "voy",
                                       "vamos",   "alguien", "someone",
                                       "deberia", "deberian"};
    static const char *const office[] = {"government", "gobierno", "one",
                                         "administration"};
    size_t k = i + 1;
    if (screen_tok_is(n, k, "lo") && screen_tok_is(n, k + 1, "que"))
        k += 2;
    else if (screen_tok_is(n, k, "what"))
        k++;
    else
        return false;
    bool said = false;
    for (size_t q = i; q > 0 && i - q < 5 && !said;) {
        q--;
        said = screen_tok_in(n, q, will, SCREEN_NWORDS(will));
    }
    if (!said)
        return false;
    for (size_t q = k; q < n->ntok && q <= k + 3; q++) {
        if (screen_tok_in(n, q, office, SCREEN_NWORDS(office)))
            return false;
        if (screen_tok_in(n, q, begun, SCREEN_NWORDS(begun))) {
            *b = q + 1;
            return true;
        }
    }
    return false;
}

/* "reporters in this state have a way of disappearing", by the going
 * ("disappearing") at i (not "documents have a way of disappearing"):
 * the match in [*a, *b). */
static bool hn_way_of_going(const struct screen_norm *n, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const have[] = {"have", "has"};
    static const char *const gone[] = {"disappearing", "vanishing", "dying"};
    static const char *const people[] = {"reporters", "journalists", "people",
                                         "snitches",  "witnesses",   "women",
                                         "girls",     "bloggers",    "folks"};
    if (i < 4 || !screen_tok_in(n, i, gone, SCREEN_NWORDS(gone)) ||
        !screen_tok_is(n, i - 1, "of") || !screen_tok_is(n, i - 2, "way") ||
        !screen_tok_is(n, i - 3, "a") || !screen_tok_in(n, i - 4, have, 2))
        return false;
    for (size_t q = i - 4; q > 0 && i - 4 - q < 5;) {
        q--;
        if (screen_tok_in(n, q, people, SCREEN_NWORDS(people))) {
            *a = q;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* Clothes a reader wore, told with when or where: "qué bien te queda el
 * suéter verde que traías ayer en el Oxxo", "the blue dress you wore
 * yesterday at the courthouse" (not on television: "la blusa que traías
 * ayer en el noticiero"), by "traías" or "wore" at i: the match in
 * [*a, *b). */
static bool hn_clothes_seen(const struct screen_norm *n, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const when[] = {
        "ayer",     "hoy",     "anoche",  "lunes",     "martes",    "miercoles",
        "jueves",   "viernes", "sabado",  "domingo",   "yesterday", "today",
        "tonight",  "monday",  "tuesday", "wednesday", "thursday",  "friday",
        "saturday", "sunday",  "morning", "manana"};
    static const char *const screen[] = {
        "tele", "tv",         "television", "noticiero", "video",
        "foto", "live",       "vivo",       "photo",     "programa",
        "show", "entrevista", "interview",  "stream",    "transmision",
        "boda", "wedding",    "fiesta"};
    if (!(screen_tok_is(n, i - 1, "que") || screen_tok_is(n, i - 1, "you")))
        return false;
    for (size_t q = i + 1; q < n->ntok && q <= i + 3; q++)
        if (screen_tok_in(n, q, when, SCREEN_NWORDS(when))) {
            for (size_t k = 0; k < n->ntok; k++)
                if (screen_tok_in(n, k, screen, SCREEN_NWORDS(screen)))
                    return false;
            *a = i - 1;
            *b = q + 1;
            return true;
        }
    return false;
}

/* "Hay que ir a platicar con la hermana", "vamos a ir a platicar con la
 * periodista", by "platicar" at i, of a kin, a witness or the press (not
 * "con el alcalde", an office): the match in [*a, *b). */
static bool hn_go_talk(const struct screen_norm *n, size_t i, size_t *a,
                       size_t *b)
{
    static const char *const who[] = {
        "hermana", "hermano",  "periodista", "reportera", "reportero",
        "mama",    "senora",   "viuda",      "testigo",   "testigos",
        "familia", "muchacha", "morra",      "chava",     "hermanita"};
    if (i < 4 || !screen_tok_is(n, i - 1, "a") ||
        !screen_tok_is(n, i - 2, "ir"))
        return false;
    bool call =
        (screen_tok_is(n, i - 3, "que") && screen_tok_is(n, i - 4, "hay")) ||
        (screen_tok_is(n, i - 3, "a") &&
         (screen_tok_is(n, i - 4, "vamos") || screen_tok_is(n, i - 4, "voy")));
    if (!call || !screen_tok_is(n, i + 1, "con"))
        return false;
    size_t k = i + 2;
    if (screen_tok_is(n, k, "la") || screen_tok_is(n, k, "el") ||
        screen_tok_is(n, k, "los") || screen_tok_is(n, k, "esa"))
        k++;
    if (!screen_tok_in(n, k, who, SCREEN_NWORDS(who)))
        return false;
    *a = i - 4;
    *b = k + 1;
    return true;
}

/* New protection noted and mocked: "Saw the new cameras. Cute.", "vimos
 * las cámaras nuevas, qué tiernos", "Nice new lock. Won't help." (not
 * "saw the new cameras at the plaza, finally"), by the thing at i: the
 * match in [*a, *b). */
static bool hn_guard_mocked(const struct screen_norm *n, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const fresh[] = {"new", "nuevas", "nuevos", "nueva",
                                        "nuevo"};
    static const char *const noted[] = {
        "saw", "noticed", "seen",   "nice",   "vimos",
        "vi",  "bonitas", "bonito", "lindas", "cool"};
    static const char *const mocked[] = {
        "cute", "adorable", "sweet",  "tierno", "tiernos", "tiernas", "ternura",
        "lol",  "help",     "sirven", "servir", "sirve",   "sweetie"};
    size_t f = SIZE_MAX;
    if (i > 0 && screen_tok_in(n, i - 1, fresh, SCREEN_NWORDS(fresh)))
        f = i - 1;
    else if (screen_tok_in(n, i + 1, fresh, SCREEN_NWORDS(fresh)))
        f = i;
    if (f == SIZE_MAX)
        return false;
    size_t from = SIZE_MAX;
    for (size_t q = f; q > 0 && f - q < 3 && from == SIZE_MAX;) {
        q--;
        if (screen_tok_in(n, q, noted, SCREEN_NWORDS(noted)))
            from = q;
    }
    if (from == SIZE_MAX)
        return false;
    for (size_t q = i + 1; q < n->ntok && q <= i + 6; q++)
        if (screen_tok_in(n, q, mocked, SCREEN_NWORDS(mocked))) {
            *a = from;
            *b = q + 1;
            return true;
        }
    return false;
}

/* "Accidents happen on those highways all the time", "los accidentes
 * pasan", by "accidents" at i, in a comment that warns someone about
 * speaking ("be careful what you publish", "friendly advice", "especially
 * to busybodies", "donde uno no es bienvenido"; not road safety: "the
 * state needs streetlights", "maneja despacio"): the match in [*a, *b). */
static bool hn_accidents(const struct screen_norm *n, size_t i, size_t *a,
                         size_t *b)
{
    static const char *const happen[] = {"happen", "pasan", "ocurren",
                                         "suceden"};
    size_t k = i + 1;
    if (screen_tok_is(n, k, "do"))
        k++;
    if (!screen_tok_in(n, k, happen, SCREEN_NWORDS(happen)) ||
        !screen_wc_anywhere(&hn_list.table, n, HN_WARN, 0, 0) ||
        screen_wc_anywhere(&hn_list.table, n, HN_ROAD, 0, 0))
        return false;
    *a = i > 0 && screen_tok_is(n, i - 1, "los") ? i - 1 : i;
    *b = k + 1;
    return true;
}

/* The hint found by token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int hn_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = hnc(n, i);
    size_t a = i, b = i + 1;
    bool found = ((c & HN_NOT) && hn_denied(n, text, i, &a, &b)) ||
                 ((c & HN_RIGHT) && hn_right_people(n, text, i, &a, &b)) ||
                 ((c & HN_HI) && hn_greeting(n, text, i, &a, &b)) ||
                 ((c & HN_LAST) && hn_last_one(n, text, i, &a, &b)) ||
                 ((c & HN_SAKE) && hn_for_the_living(n, i, &a, &b)) ||
                 ((c & HN_FORGET) && hn_not_forgotten(n, text, i, &a, &b)) ||
                 ((c & HN_ENJOY) && hn_time_left(n, i, &b)) ||
                 ((c & HN_FINISH) && hn_finish_it(n, i, &b)) ||
                 ((c & HN_WAY) && hn_way_of_going(n, i, &a, &b)) ||
                 ((c & HN_WORE) && hn_clothes_seen(n, i, &a, &b)) ||
                 ((c & HN_TALK) && hn_go_talk(n, i, &a, &b)) ||
                 ((c & HN_GUARD) && hn_guard_mocked(n, i, &a, &b)) ||
                 ((c & HN_ACCIDENT) && hn_accidents(n, i, &a, &b));
    if (!found)
        return -1;
    /* a greeting may go on to ask: "Say hi to your mom for us, she still
     * does the Sunday tianguis right?" */
    if ((c & HN_HI) && !(c & ~HN_HI)) {
        /* "the compa says hi": its "says" is the greeting, no report */
        bool says = b >= 2 && (screen_tok_is(n, b - 2, "says") ||
                               screen_tok_is(n, b - 2, "say"));
        if (!says && screen_refuted(n, text, a, b - a))
            return -1;
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    /* the last one's deed is told by a word of report ("the last lady
     * who wrote stuff like this"), which refutes nothing here */
    if ((c & HN_LAST) && !(c & ~HN_LAST)) {
        if (screen_sentence_asks(n, text, len, i))
            return -1;
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_hints_grammar = {hn_words_table, hn_at};
