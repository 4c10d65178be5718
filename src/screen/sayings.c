/*
 * sayings.c - "ya habrá quien se encargue.": menace in set phrases.
 *
 * Much of the menace under a story is said in phrases everyone on the
 * beat knows, none with a violent word: "que luego no diga que no le
 * avisaron" under a banner, "tu lugar es en el panteón", "ya sabemos
 * quiénes son.", "paga o muere", "There is no third.", "nunca se sabe
 * quién lo está esperando". Each is read here word by word, found by its
 * rarest word (the others are read around it), and held as a threat;
 * some only with a word of their story in the comment (a fire before
 * "todavía no entiende el mensaje", protection after "el que no pague su
 * cuota"), some not with a word that makes them harmless (an engine for
 * "traigan gasolina", love for "¿sigues viviendo en la misma casa?").
 *
 * A question passes, except where the saying asks ("¿verdad que sigues
 * viviendo por la colonia Centro?"), and so does a quotation. A grammar
 * of the one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    SY_AT = 1u << 0,     /* the word a saying is found by */
    SY_WARM = 1u << 1,   /* thanks, gracias, love, abrazos */
    SY_NOTICE = 1u << 2, /* manta, mensaje, banner, message, aviso */
    SY_HARMED = 1u << 3, /* quemaron, burned, balacearon, shot, fire */
    SY_COVER = 1u << 4,  /* covers, cubre: insurance that pays */
    SY_GONE = 1u << 5,   /* desaparecieran, vayan, sin, leave, fit */
    SY_SAFE = 1u << 6,   /* proteccion, protection, protegidos */
    SY_HOPE = 1u << 7,   /* hope, ojala, espero */
    SY_ENGINE = 1u << 8, /* generator, carro, moto: fuel for an engine */
    SY_ALL = 1u << 9,    /* everyone, everybody, todos */
};

static const struct screen_wc_word sy_words[] = {
    {"viviendo", SY_AT},
    {"avisaron", SY_AT},
    {"avisamos", SY_AT},
    {"avise", SY_AT},
    {"panteon", SY_AT},
    {"cementerio", SY_AT},
    {"cemetery", SY_AT},
    {"grave", SY_AT},
    {"mensaje", SY_AT | SY_NOTICE},
    {"message", SY_AT | SY_NOTICE},
    {"presentes", SY_AT},
    {"encargue", SY_AT},
    {"third", SY_AT},
    {"tercera", SY_AT},
    {"tercer", SY_AT},
    {"tercero", SY_AT},
    {"bury", SY_AT},
    {"enterrar", SY_AT},
    {"enterrarte", SY_AT},
    {"insurance", SY_AT},
    {"quienes", SY_AT},
    {"cuota", SY_AT},
    {"pay", SY_AT},
    {"tocar", SY_AT},
    {"otra", SY_AT},
    {"cualquier", SY_AT},
    {"another", SY_AT},
    {"reconozcan", SY_AT},
    {"ubiquen", SY_AT},
    {"identifiquen", SY_AT},
    {"esperando", SY_AT},
    {"waiting", SY_AT},
    {"reconocimos", SY_AT},
    {"identificamos", SY_AT},
    {"muere", SY_AT},
    {"mueres", SY_AT},
    {"mueran", SY_AT},
    {"die", SY_AT},
    {"pienselo", SY_AT},
    {"piensalo", SY_AT},
    {"piensenlo", SY_AT},
    {"tired", SY_AT},
    {"gasoline", SY_AT},
    {"gasolina", SY_AT},
    {"bidones", SY_AT},
    {"jerry", SY_AT},
    {"nice", SY_AT},
    {"friendly", SY_AT},
    {"kind", SY_AT},
    {"patient", SY_AT},
    {"pacientes", SY_AT},
    {"amables", SY_AT},
    {"different", SY_AT},
    {"thanks", SY_WARM},
    {"thank", SY_WARM},
    {"love", SY_WARM},
    {"loves", SY_WARM},
    {"miss", SY_WARM},
    {"proud", SY_WARM},
    {"gracias", SY_WARM},
    {"besos", SY_WARM},
    {"abrazo", SY_WARM},
    {"abrazos", SY_WARM},
    {"\xe2\x9d\xa4", SY_WARM}, /* U+2764 HEAVY BLACK HEART */
    {"manta", SY_NOTICE},
    {"mantas", SY_NOTICE},
    {"banner", SY_NOTICE},
    {"aviso", SY_NOTICE},
    {"warning", SY_NOTICE},
    {"quemaron", SY_HARMED},
    {"quemado", SY_HARMED},
    {"quemada", SY_HARMED},
    {"balacearon", SY_HARMED},
    {"burned", SY_HARMED},
    {"burnt", SY_HARMED},
    {"torched", SY_HARMED},
    {"shot", SY_HARMED},
    {"fire", SY_HARMED},
    {"fuego", SY_HARMED},
    {"covers", SY_COVER},
    {"cover", SY_COVER},
    {"covered", SY_COVER},
    {"cubre", SY_COVER},
    {"pays", SY_COVER},
    {"desaparecieran", SY_GONE},
    {"desaparezcan", SY_GONE},
    {"vayan", SY_GONE},
    {"larguen", SY_GONE},
    {"sin", SY_GONE},
    {"leave", SY_GONE},
    {"gone", SY_GONE},
    {"fit", SY_GONE},
    {"proteccion", SY_SAFE},
    {"protection", SY_SAFE},
    {"protegidos", SY_SAFE},
    {"protected", SY_SAFE},
    {"hope", SY_HOPE},
    {"hopefully", SY_HOPE},
    {"ojala", SY_HOPE},
    {"espero", SY_HOPE},
    {"esperemos", SY_HOPE},
    {"generator", SY_ENGINE},
    {"generador", SY_ENGINE},
    {"generadores", SY_ENGINE},
    {"planta", SY_ENGINE},
    {"car", SY_ENGINE},
    {"carro", SY_ENGINE},
    {"coche", SY_ENGINE},
    {"moto", SY_ENGINE},
    {"tank", SY_ENGINE},
    {"tanque", SY_ENGINE},
    {"truck", SY_ENGINE},
    {"camioneta", SY_ENGINE},
    {"everyone", SY_ALL},
    {"everybody", SY_ALL},
};

static struct screen_wc_list sy_list = SCREEN_WC_LIST(sy_words, SY_AT);

static const struct screen_wordclasses *sy_words_table(void)
{
    return screen_wc_ready(&sy_list);
}

/* A saying: its words, each one of several ("a|b"); at: the word it is
 * found by, its rarest; end: it must end its clause; asks: it menaces as
 * a question too; need: a word of that class must stand in the comment;
 * deny: none may. */
struct sy_saying {
    const char *w[8];
    unsigned at;
    bool end, asks;
    uint64_t need, deny;
};

/* SAYING(at, end, asks, need, deny, words...) */
#define SAYING(at, end, asks, need, deny, ...)                                 \
    {                                                                          \
        {__VA_ARGS__, NULL}, at, end, asks, need, deny                         \
    }

static const struct sy_saying sy_sayings[] = {
    /* a home asked after: "¿verdad que sigues viviendo por la colonia
     * Centro?", "¿sus papás siguen viviendo en la misma casa?" */
    SAYING(1, false, true, 0, SY_WARM, "sigues|sigue|siguen", "viviendo",
           "en|por", "la|el"),
    /* the banner's warning: "que luego no diga que no le avisaron" */
    SAYING(5, false, false, SY_NOTICE, 0, "no", "digan|diga|digas", "que", "no",
           "les|le|te", "avisaron|avisamos|avise"),
    /* "tu lugar es en el panteón", "your place is in the cemetery" */
    SAYING(4, false, false, 0, 0, "lugar", "es|esta", "en", "el",
           "panteon|cementerio"),
    SAYING(4, false, false, 0, 0, "place", "is", "in", "the", "cemetery|grave"),
    /* the fire was the message: "todavía no entiende el mensaje" */
    SAYING(3, false, false, SY_HARMED, 0, "no",
           "entiende|entienden|entendio|entendieron", "el", "mensaje"),
    SAYING(2, false, false, SY_HARMED, 0, "get", "the", "message"),
    /* those filmed kept in mind: "los vamos a tener muy presentes" (not
     * "presentes en nuestras oraciones") */
    SAYING(2, true, false, 0, 0, "tener|tenemos", "muy|bien", "presentes"),
    /* "ya habrá quien se encargue." */
    SAYING(3, true, false, 0, 0, "habra", "quien", "se", "encargue"),
    /* a third warning denied: "March was the first warning, the bridge
     * was the second. There is no third.", "no habrá tercera" */
    SAYING(1, true, false, 0, 0, "no", "third"),
    SAYING(2, false, false, 0, 0, "no", "habra", "tercera|tercer|tercero"),
    /* a mother who will bury "you": "before she has to bury you", "antes
     * de que tu mamá te tenga que enterrar" */
    SAYING(2, false, false, 0, 0, "has|have", "to", "bury", "you"),
    SAYING(3, false, false, 0, 0, "te", "tenga|tengan", "que", "enterrar"),
    SAYING(2, false, false, 0, 0, "tenga|tengan", "que", "enterrarte"),
    /* "I hope you have good insurance this time" (not "for the
     * dentist"), "hope your insurance is paid up" after a fire (not "hope
     * your insurance covers it"), "hope the reporter's family has good
     * life insurance" */
    SAYING(4, false, false, 0, 0, "hope", "you", "have", "good|enough|some",
           "insurance", "this"),
    SAYING(2, false, false, SY_HARMED, SY_COVER, "hope", "your", "insurance"),
    SAYING(1, false, false, SY_HOPE, 0, "life", "insurance"),
    /* those who don't pay, unprotected: "El que no pague su cuota no
     * tiene protección", "Those who don't pay sleep without protection" */
    SAYING(3, false, false, SY_SAFE, 0, "no", "pague|paguen", "su|la", "cuota"),
    SAYING(2, false, false, SY_SAFE, 0, "who|those|that", "dont|doesnt", "pay"),
    /* "también les va a tocar, nomás esperen" */
    SAYING(3, true, false, 0, 0, "les|te|le", "va", "a", "tocar"),
    /* gone one way or another: "¿no sería más fácil si desaparecieran del
     * río? De una forma u otra.", "Qué bonito sería sin ellos. De
     * cualquier manera." (not "vamos a salir adelante de una forma u
     * otra") */
    SAYING(4, false, false, SY_GONE, 0, "de", "una", "forma|manera", "u",
           "otra"),
    SAYING(1, false, false, SY_GONE, 0, "de", "cualquier", "manera|forma"),
    SAYING(3, false, false, SY_GONE, 0, "one", "way", "or", "another"),
    /* "con la foto de la enfermera para que todos la reconozcan" */
    SAYING(4, false, false, 0, 0, "para", "que", "todos|todo", "la|lo|los|las",
           "reconozcan|ubiquen|identifiquen"),
    /* "nunca se sabe quién lo está esperando", "you never know who's
     * waiting" */
    SAYING(3, false, false, 0, 0, "quien", "lo|la|te|los|las", "esta|estan",
           "esperando"),
    SAYING(4, false, false, 0, 0, "never", "know", "who", "s|is", "waiting"),
    /* "Ya te reconocimos, mija" */
    SAYING(2, false, false, 0, 0, "ya", "te", "reconocimos|identificamos"),
    /* "paga o muere en el intento", "pay or die" */
    SAYING(2, false, false, 0, 0, "paga|paguen|pagas", "o",
           "muere|mueres|mueran"),
    SAYING(2, false, false, 0, 0, "pay", "or", "die"),
    /* "Piénselo por su familia" */
    SAYING(0, false, false, 0, 0, "pienselo|piensalo|piensenlo", "por",
           "su|tu|sus|tus", "familia|hijos|hijas|mama"),
    /* "you looked tired leaving the office tonight" */
    SAYING(1, false, false, 0, 0, "look|looked|looking", "tired", "leaving"),
    /* fuel brought to a camp or a protest: "next protest bring gasoline
     * not signs", "Bring jerry cans" (not for a car or a generator) */
    SAYING(1, false, false, 0, SY_ENGINE, "bring|traigan|lleven",
           "gasoline|gasolina|bidones"),
    SAYING(1, false, false, 0, SY_ENGINE, "bring|traigan|lleven", "jerry",
           "cans"),
    /* "Not everyone around here is as nice as me." (not "my sister is as
     * nice as me"), "No todos son tan pacientes como yo." */
    SAYING(2, false, false, SY_ALL, 0, "is|are", "as",
           "nice|friendly|kind|patient", "as", "me|i"),
    SAYING(4, false, false, 0, 0, "no", "todos", "son", "tan",
           "amables|pacientes", "como", "yo"),
    /* "We asked politely for months. Now we'll ask in a different way." */
    SAYING(4, false, false, 0, 0, "well|we", "ask", "in", "a", "different",
           "way"),
    /* "ya sabemos quiénes son." */
    SAYING(2, true, false, 0, 0, "ya", "sabemos", "quienes", "son"),
};

/* Whether token j is one of the words of alternatives ("a|b|c"). */
static bool sy_alt_is(const struct screen_norm *n, size_t j, const char *alts)
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
static const struct sy_saying *sy_saying_at(const struct screen_norm *n,
                                            const char *text, size_t i,
                                            size_t *a, size_t *b)
{
    for (size_t r = 0; r < SCREEN_NWORDS(sy_sayings); r++) {
        const struct sy_saying *s = &sy_sayings[r];
        if (i < s->at || !sy_alt_is(n, i, s->w[s->at]))
            continue;
        size_t from = i - s->at, k = 0;
        while (k < SCREEN_NWORDS(s->w) && s->w[k] &&
               sy_alt_is(n, from + k, s->w[k]))
            k++;
        if (k < SCREEN_NWORDS(s->w) && s->w[k])
            continue;
        size_t end = from + k;
        if (s->end && end < n->ntok &&
            !screen_tok_pause_after(n, text, end - 1))
            continue;
        if ((s->need &&
             !screen_wc_anywhere(&sy_list.table, n, s->need, 0, 0)) ||
            (s->deny && screen_wc_anywhere(&sy_list.table, n, s->deny, 0, 0)))
            continue;
        *a = from;
        *b = end;
        return s;
    }
    return NULL;
}

/* The saying found by token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int sy_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t a, b;
    const struct sy_saying *said = sy_saying_at(n, text, i, &a, &b);
    if (!said)
        return -1;
    if (said->asks) {
        if (screen_refuted(n, text, a, b - a))
            return -1;
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_sayings_grammar = {sy_words_table, sy_at};
