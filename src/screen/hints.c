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
 *     hi.", "The compa says hi to Itzel.", "Say hi to
 *     your mom in Salamanca for us", "¿sus papás siguen viviendo en la
 *     misma casa? Para mandarles un saludito" (not with thanks, love or
 *     '!': "tell her we said hi and thank you");
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
 *   - fuel brought to a protest or a camp: "next protest bring gasoline
 *     not signs" (not for a generator);
 *   - accidents that happen, in a comment that warns someone about
 *     speaking: "I'd be careful what you publish. Accidents happen on the
 *     highway to Morelia all the time." (not road safety);
 *   - sayings read word by word (hn_sayings): a home asked after ("¿verdad
 *     que sigues viviendo por la colonia Centro?"), the banner's warning
 *     ("que luego no diga que no le avisaron"), "tu lugar es en el
 *     panteón", a fire that was the message ("todavía no entiende el
 *     mensaje"), those filmed "kept very much in mind", "ya habrá quien
 *     se encargue.", "ya sabemos quiénes son.";
 *   - held as spam, an identity document asked for: "Si me mandan por
 *     privado su INE, CURP y número de tarjeta les cancelamos la deuda"
 *     (not "nunca manden su INE a nadie");
 *   - and, held as doxxing, a person's number or address asked for:
 *     "someone get me her number", "Quien tenga el número de la hermana
 *     pásenmelo" (not a hotline's or an office's).
 *
 * A question and a quotation pass. A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

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
    HN_NUMBER = 1u << 17,   /* number, numero, address, direccion */
    HN_WORE = 1u << 18,     /* traias, llevabas, wore */
    HN_TALK = 1u << 19,     /* platicar: "ir a platicar con" */
    HN_GUARD = 1u << 20,    /* cameras, locks, candado: protection noted */
    HN_SAYING = 1u << 21,   /* the first word of a saying (hn_sayings) */
    HN_NOTICE = 1u << 22,   /* manta, mensaje, banner, message, aviso */
    HN_HARMED = 1u << 23,   /* quemaron, burned, balacearon, shot */
    HN_COVER = 1u << 24,    /* covers, cubre: insurance that pays */
    HN_GONE = 1u << 25,     /* desaparecieran, vayan, sin, leave, fit */
    HN_SAFE = 1u << 26,     /* proteccion, protection, protegidos */
    HN_PAPERS = 1u << 27,   /* ine, curp, cvv: an identity document */
    HN_ACCIDENT = 1u << 28, /* accidents, accidentes */
    HN_WARN = 1u << 29,     /* careful, publish, advice, busybodies */
    HN_ROAD = 1u << 30,     /* streetlights, despacio, seatbelt: road safety */
    HN_ENGINE = 1ull << 31, /* generator, carro, moto: fuel for an engine */
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
    {"number", HN_NUMBER},
    {"numero", HN_NUMBER},
    {"cel", HN_NUMBER},
    {"celular", HN_NUMBER},
    {"telefono", HN_NUMBER},
    {"address", HN_NUMBER},
    {"direccion", HN_NUMBER},
    {"whatsapp", HN_NUMBER},
    {"traias", HN_WORE},
    {"llevabas", HN_WORE},
    {"wore", HN_WORE},
    {"platicar", HN_TALK},
    {"viviendo", HN_SAYING},
    {"avisaron", HN_SAYING},
    {"avisamos", HN_SAYING},
    {"avise", HN_SAYING},
    {"panteon", HN_SAYING},
    {"cementerio", HN_SAYING},
    {"cemetery", HN_SAYING},
    {"grave", HN_SAYING},
    {"presentes", HN_SAYING},
    {"encargue", HN_SAYING},
    {"third", HN_SAYING},
    {"tercera", HN_SAYING},
    {"tercer", HN_SAYING},
    {"tercero", HN_SAYING},
    {"bury", HN_SAYING},
    {"enterrar", HN_SAYING},
    {"enterrarte", HN_SAYING},
    {"insurance", HN_SAYING},
    {"quienes", HN_SAYING},
    {"cuota", HN_SAYING},
    {"pay", HN_SAYING},
    {"tocar", HN_SAYING},
    {"otra", HN_SAYING},
    {"cualquier", HN_SAYING},
    {"another", HN_SAYING},
    {"reconozcan", HN_SAYING},
    {"ubiquen", HN_SAYING},
    {"identifiquen", HN_SAYING},
    {"esperando", HN_SAYING},
    {"waiting", HN_SAYING},
    {"reconocimos", HN_SAYING},
    {"identificamos", HN_SAYING},
    {"muere", HN_SAYING},
    {"mueres", HN_SAYING},
    {"mueran", HN_SAYING},
    {"die", HN_SAYING},
    {"pienselo", HN_SAYING},
    {"piensalo", HN_SAYING},
    {"piensenlo", HN_SAYING},
    {"tired", HN_SAYING},
    {"desaparecieran", HN_GONE},
    {"desaparezcan", HN_GONE},
    {"vayan", HN_GONE},
    {"larguen", HN_GONE},
    {"sin", HN_GONE},
    {"leave", HN_GONE},
    {"gone", HN_GONE},
    {"fit", HN_GONE},
    {"proteccion", HN_SAFE},
    {"protection", HN_SAFE},
    {"protegidos", HN_SAFE},
    {"protected", HN_SAFE},
    {"ine", HN_PAPERS},
    {"curp", HN_PAPERS},
    {"cvv", HN_PAPERS},
    {"nip", HN_PAPERS},
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
    {"gasoline", HN_SAYING},
    {"gasolina", HN_SAYING},
    {"bidones", HN_SAYING},
    {"jerry", HN_SAYING},
    {"generator", HN_ENGINE},
    {"generador", HN_ENGINE},
    {"generadores", HN_ENGINE},
    {"planta", HN_ENGINE},
    {"car", HN_ENGINE},
    {"carro", HN_ENGINE},
    {"coche", HN_ENGINE},
    {"moto", HN_ENGINE},
    {"tank", HN_ENGINE},
    {"tanque", HN_ENGINE},
    {"truck", HN_ENGINE},
    {"camioneta", HN_ENGINE},
    {"manta", HN_NOTICE},
    {"mantas", HN_NOTICE},
    {"mensaje", HN_NOTICE | HN_SAYING},
    {"banner", HN_NOTICE},
    {"message", HN_NOTICE | HN_SAYING},
    {"aviso", HN_NOTICE},
    {"warning", HN_NOTICE},
    {"quemaron", HN_HARMED},
    {"quemado", HN_HARMED},
    {"quemada", HN_HARMED},
    {"balacearon", HN_HARMED},
    {"burned", HN_HARMED},
    {"burnt", HN_HARMED},
    {"torched", HN_HARMED},
    {"shot", HN_HARMED},
    {"fire", HN_HARMED},
    {"fuego", HN_HARMED},
    {"covers", HN_COVER},
    {"cover", HN_COVER},
    {"covered", HN_COVER},
    {"cubre", HN_COVER},
    {"pays", HN_COVER},
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

static struct screen_wc_list hn_list = SCREEN_WC_LIST(
    hn_words, HN_NOT | HN_RIGHT | HN_HI | HN_LAST | HN_SAKE | HN_FORGET |
                  HN_ENJOY | HN_FINISH | HN_WAY | HN_NUMBER | HN_WORE |
                  HN_TALK | HN_GUARD | HN_SAYING | HN_PAPERS | HN_ACCIDENT);

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

/* Whether the text between tokens j and j + 1 holds a comma, a colon or
 * a sentence's end: the denial said, and the rest after it. */
static bool hn_pause_after(const struct screen_norm *n, const char *text,
                           size_t j)
{
    if (j + 1 >= n->ntok)
        return false;
    for (uint32_t q = n->tok[j].orig_off + n->tok[j].orig_len;
         q < n->tok[j + 1].orig_off; q++)
        if (text[q] == ',' || text[q] == ':' || text[q] == '.' ||
            text[q] == '-')
            return true;
    return false;
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
        "just",  "only", "simply",    "friendly", "solo",
        "nomas", "nada", "solamente", "a",        "un",
        "una",   "es",   "warning",   "advice",   "reminder"};
    static const char *const warning[] = {
        "warning",  "advice",   "reminder",     "advertencia",
        "consejo",  "aviso",    "recordatorio", "sugerencia",
        "friendly", "amistoso", "observation",  "observacion"};
    if (!hn_pause_after(n, text, k) ||
        !screen_tok_in(n, k + 1, only, SCREEN_NWORDS(only)))
        return false;
    bool said = false;
    for (size_t j = k + 1; j < n->ntok && j <= k + 3 && !said; j++)
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
    if (end < n->ntok && !hn_pause_after(n, text, end - 1) &&
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
    /* "The compa says hi to Itzel.": the crew's greeting */
    static const char *const crew[] = {"compa", "boss", "jefe", "patron",
                                       "senor"};
    if (i >= 2 && screen_tok_is(n, i - 1, "says") &&
        screen_tok_in(n, i - 2, crew, SCREEN_NWORDS(crew)) &&
        !(i >= 3 &&
          (screen_tok_is(n, i - 3, "my") || screen_tok_is(n, i - 3, "mi")))) {
        *a = i - 2;
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
        if (i + 1 < n->ntok && !hn_pause_after(n, text, i))
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
        (t + 1 >= n->ntok || hn_pause_after(n, text, t))) {
        *a = i - 1;
        *b = t + 1;
        return true;
    }
    if (i + 1 < n->ntok && !hn_pause_after(n, text, i))
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

/* A person's number or address asked for, by the noun at i: "someone get
 * me her number", "Quien tenga el número de la hermana pásenmelo inbox",
 * "GIVE ME HER ADDRESS" (not the number of a hotline or an office: only
 * "her", "his", "su" or a person after "de"). The match in [*a, *b). */
static bool hn_asks_for(const struct screen_norm *n, size_t i, size_t *a,
                        size_t *b)
{
    static const char *const ask[] = {
        "get",       "give",    "send",     "dm",       "pasenme",
        "pasenmelo", "pasen",   "denme",    "mandenme", "consiganme",
        "pasame",    "passame", "pasemelo", "pasamelo", "find"};
    /* "have" and "tiene" ask only after who might: "anyone have", "quien
     * tenga", "alguien tiene" (not "we have his address for the card",
     * "la CEAV tiene su número") */
    static const char *const have[] = {"have", "has", "tiene", "tenga"};
    static const char *const who[] = {
        "anyone", "anybody", "someone", "somebody", "who", "alguien", "quien"};
    static const char *const owner[] = {"her", "his", "their", "su", "sus"};
    static const char *const person[] = {
        "hermana",  "hermanita", "periodista", "reportera", "reportero",
        "mama",     "senora",    "morra",      "vieja",     "chava",
        "muchacha", "esposa",    "hija",       "viuda",     "testigo",
        "sister",   "reporter",  "journalist", "wife",      "widow",
        "daughter", "mom",       "girl",       "witness"};
    size_t own = SIZE_MAX;
    if (i > 0 && screen_tok_in(n, i - 1, owner, SCREEN_NWORDS(owner)))
        own = i - 1;
    /* or a person after "de": "el número de la hermana" */
    size_t k = i + 1;
    static const char *const the[] = {"la", "el", "esa", "ese", "the", "that"};
    size_t p = i + 2;
    if (screen_tok_in(n, p, the, SCREEN_NWORDS(the)))
        p++;
    if (own == SIZE_MAX &&
        (screen_tok_is(n, i + 1, "de") || screen_tok_is(n, i + 1, "of")) &&
        screen_tok_in(n, p, person, SCREEN_NWORDS(person))) {
        own = i;
        k = p + 1;
    }
    if (own == SIZE_MAX)
        return false;
    /* the asking within four words before, or "pásenmelo" after */
    size_t from = own;
    bool asked = false;
    for (size_t q = own; q > 0 && own - q < 4 && !asked;) {
        q--;
        if (screen_tok_in(n, q, ask, SCREEN_NWORDS(ask)) ||
            (screen_tok_in(n, q, have, SCREEN_NWORDS(have)) && q > 0 &&
             screen_tok_in(n, q - 1, who, SCREEN_NWORDS(who)))) {
            asked = true;
            from = q;
        }
    }
    for (size_t q = k; q < n->ntok && q <= k + 2 && !asked; q++)
        if (screen_tok_in(n, q, ask, SCREEN_NWORDS(ask))) {
            asked = true;
            k = q + 1;
        }
    if (!asked)
        return false;
    *a = from;
    *b = k > i + 1 ? k : i + 1;
    return true;
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

/* Sayings read word by word: each word may be one of several ("a|b");
 * at: the word the saying is found by, its rarest (the others are read
 * around it); end: the saying must end its clause; asks: it menaces as a
 * question too ("¿verdad que sigues viviendo por la colonia Centro?");
 * need: a word of that class must stand in the comment; deny: none may. */
struct hn_saying {
    const char *w[7];
    unsigned at;
    bool end, asks;
    uint64_t need, deny;
};

static const struct hn_saying hn_sayings[] = {
    /* a home asked after: "¿verdad que sigues viviendo por la colonia
     * Centro?", "¿sus papás siguen viviendo en la misma casa?" */
    {{"sigues|sigue|siguen", "viviendo", "en|por", "la|el", NULL},
     1,
     false,
     true,
     0,
     HN_WARM},
    /* the banner's warning: "que luego no diga que no le avisaron" */
    {{"no", "digan|diga|digas", "que", "no", "les|le|te",
      "avisaron|avisamos|avise", NULL},
     5,
     false,
     false,
     HN_NOTICE,
     0},
    /* "tu lugar es en el panteón", "your place is in the cemetery" */
    {{"lugar", "es|esta", "en", "el", "panteon|cementerio", NULL},
     4,
     false,
     false,
     0,
     0},
    {{"place", "is", "in", "the", "cemetery|grave", NULL},
     4,
     false,
     false,
     0,
     0},
    /* the fire was the message: "todavía no entiende el mensaje" */
    {{"no", "entiende|entienden|entendio|entendieron", "el", "mensaje", NULL},
     3,
     false,
     false,
     HN_HARMED,
     0},
    {{"get", "the", "message", NULL}, 2, false, false, HN_HARMED, 0},
    /* those filmed kept in mind: "los vamos a tener muy presentes" (not
     * "presentes en nuestras oraciones") */
    {{"tener|tenemos", "muy|bien", "presentes", NULL}, 2, true, false, 0, 0},
    /* "ya habrá quien se encargue" */
    {{"habra", "quien", "se", "encargue", NULL}, 3, true, false, 0, 0},
    /* a third warning denied: "March was the first warning, the bridge
     * was the second. There is no third.", "no habrá tercera" */
    {{"no", "third", NULL}, 1, true, false, 0, 0},
    {{"no", "habra", "tercera|tercer|tercero", NULL}, 2, false, false, 0, 0},
    /* a mother who will bury "you": "think about her before she has to
     * bury you", "antes de que tu mamá te tenga que enterrar" */
    {{"has|have", "to", "bury", "you", NULL}, 2, false, false, 0, 0},
    {{"te", "tenga|tengan", "que", "enterrar", NULL}, 3, false, false, 0, 0},
    {{"tenga|tengan", "que", "enterrarte", NULL}, 2, false, false, 0, 0},
    /* "I hope you have good insurance this time" (not "for the
     * dentist"), "hope your insurance is paid up" after a fire (not "hope
     * your insurance covers it") */
    {{"hope", "you", "have", "good|enough|some", "insurance", "this", NULL},
     4,
     false,
     false,
     0,
     0},
    {{"hope", "your", "insurance", NULL}, 2, false, false, HN_HARMED, HN_COVER},
    /* those who don't pay, unprotected: "El que no pague su cuota no
     * tiene protección", "Those who don't pay sleep without protection" */
    {{"no", "pague|paguen", "su|la", "cuota", NULL},
     3,
     false,
     false,
     HN_SAFE,
     0},
    {{"who|those|that", "dont|doesnt", "pay", NULL},
     2,
     false,
     false,
     HN_SAFE,
     0},
    /* "también les va a tocar, nomás esperen" */
    {{"les|te|le", "va", "a", "tocar", NULL}, 3, true, false, 0, 0},
    /* gone one way or another: "¿no sería más fácil si desaparecieran del
     * río? De una forma u otra.", "Qué bonito sería sin ellos. De
     * cualquier manera." */
    {{"de", "una", "forma|manera", "u", "otra", NULL},
     4,
     false,
     false,
     HN_GONE,
     0},
    {{"de", "cualquier", "manera|forma", NULL}, 1, false, false, HN_GONE, 0},
    {{"one", "way", "or", "another", NULL}, 3, false, false, HN_GONE, 0},
    /* "con la foto de la enfermera para que todos la reconozcan" */
    {{"para", "que", "todos|todo", "la|lo|los|las",
      "reconozcan|ubiquen|identifiquen", NULL},
     4,
     false,
     false,
     0,
     0},
    /* "nunca se sabe quién lo está esperando", "you never know who's
     * waiting" */
    {{"quien", "lo|la|te|los|las", "esta|estan", "esperando", NULL},
     3,
     false,
     false,
     0,
     0},
    {{"never", "know", "who", "s|is", "waiting", NULL}, 4, false, false, 0, 0},
    /* "Ya te reconocimos, mija" */
    {{"ya", "te", "reconocimos|identificamos", NULL}, 2, false, false, 0, 0},
    /* "paga o muere en el intento", "pay up or die" */
    {{"paga|paguen|pagas", "o", "muere|mueres|mueran", NULL},
     2,
     false,
     false,
     0,
     0},
    {{"pay", "or", "die", NULL}, 2, false, false, 0, 0},
    /* "Piénselo por su familia" */
    {{"pienselo|piensalo|piensenlo", "por", "su|tu|sus|tus",
      "familia|hijos|hijas|mama", NULL},
     0,
     false,
     false,
     0,
     0},
    /* "hope the reporter's family has good life insurance" */
    {{"life", "insurance", NULL}, 1, false, false, HN_HOPE, 0},
    /* "you looked tired leaving the office tonight" */
    {{"look|looked|looking", "tired", "leaving", NULL}, 1, false, false, 0, 0},
    /* fuel brought to a camp or a protest: "next protest bring gasoline
     * not signs", "Bring jerry cans" (not for a car or a generator) */
    {{"bring|traigan|lleven", "gasoline|gasolina|bidones", NULL},
     1,
     false,
     false,
     0,
     HN_ENGINE},
    {{"bring|traigan|lleven", "jerry", "cans", NULL},
     1,
     false,
     false,
     0,
     HN_ENGINE},
    /* "ya sabemos quiénes son." */
    {{"ya", "sabemos", "quienes", "son", NULL}, 2, true, false, 0, 0},
};

/* Whether token j is one of the words of alternatives ("a|b|c"). */
static bool hn_alt_is(const struct screen_norm *n, size_t j, const char *alts)
{
    char word[32];
    while (*alts) {
        size_t l = strcspn(alts, "|");
        if (l < sizeof(word)) {
            memcpy(word, alts, l);
            word[l] = '\0';
            if (screen_tok_is(n, j, word))
                return true;
        }
        alts += l;
        if (*alts == '|')
            alts++;
    }
    return false;
}

/* The saying found by token i (its "at" word), or NULL; its tokens in
 * [*a, *b). */
static const struct hn_saying *hn_saying_at(const struct screen_norm *n,
                                            const char *text, size_t i,
                                            size_t *a, size_t *b)
{
    for (size_t r = 0; r < SCREEN_NWORDS(hn_sayings); r++) {
        const struct hn_saying *s = &hn_sayings[r];
        if (i < s->at || !hn_alt_is(n, i, s->w[s->at]))
            continue;
        size_t from = i - s->at, k = 0;
        while (k < 7 && s->w[k] && hn_alt_is(n, from + k, s->w[k]))
            k++;
        if (k < 7 && s->w[k])
            continue;
        size_t end = from + k;
        if (s->end && end < n->ntok && !hn_pause_after(n, text, end - 1))
            continue;
        if ((s->need &&
             !screen_wc_anywhere(&hn_list.table, n, s->need, 0, 0)) ||
            (s->deny && screen_wc_anywhere(&hn_list.table, n, s->deny, 0, 0)))
            continue;
        *a = from;
        *b = end;
        return s;
    }
    return NULL;
}

/* An identity document asked for: "Si me mandan por privado su INE, CURP
 * y número de tarjeta les cancelamos la deuda", "Send ... a photo of
 * your INE to start your case" (not a warning: "nunca manden su INE a
 * nadie"), by the document at i: the match in [*a, *b). */
static bool hn_papers_asked(const struct screen_norm *n, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const send[] = {"manden",  "mandan", "mandes", "mandas",
                                       "envien",  "envian", "envia",  "send",
                                       "mandame", "pasame", "dm",     "inbox"};
    static const char *const never[] = {"nunca", "never", "no",
                                        "dont",  "jamas", "ni"};
    if (!(screen_tok_is(n, i - 1, "su") || screen_tok_is(n, i - 1, "tu") ||
          screen_tok_is(n, i - 1, "your") || screen_tok_is(n, i - 1, "sus")))
        return false;
    for (size_t q = i; q > 0 && i - q < 14;) {
        q--;
        if (screen_tok_in(n, q, never, SCREEN_NWORDS(never)))
            return false;
        if (screen_tok_in(n, q, send, SCREEN_NWORDS(send))) {
            for (size_t k = q; k > 0 && q - k < 3;) {
                k--;
                if (screen_tok_in(n, k, never, SCREEN_NWORDS(never)))
                    return false;
            }
            *a = q;
            *b = i + 1;
            return true;
        }
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
    if (!found && (c & HN_SAYING)) {
        const struct hn_saying *said = hn_saying_at(n, text, i, &a, &b);
        if (said && said->asks) {
            if (screen_refuted(n, text, a, b - a))
                return -1;
            out->tok = (uint32_t)a;
            out->ntok = (uint32_t)(b - a);
            return SCREEN_THREAT;
        }
        found = said != NULL;
    }
    if (!found && (c & HN_PAPERS) && hn_papers_asked(n, i, &a, &b))
        return screen_grammar_match(n, text, len, i, a, b, SCREEN_SPAM, out);
    if (!found && (c & HN_NUMBER) && hn_asks_for(n, i, &a, &b))
        return screen_grammar_match(n, text, len, i, a, b, SCREEN_DOXXING, out);
    if (!found)
        return -1;
    /* a greeting may go on to ask: "Say hi to your mom for us, she still
     * does the Sunday tianguis right?" */
    if ((c & HN_HI) && !(c & ~HN_HI)) {
        /* "the compa says hi": its "says" is the greeting, no report */
        if (!screen_tok_is(n, a + 1, "says") &&
            screen_refuted(n, text, a, b - a))
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
