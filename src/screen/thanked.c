/*
 * thanked.c - "thanks for the photos, now we know who talked": exposure
 * thanked for.
 *
 * When a story or a reader shows who marched, who signed or who spoke to
 * the press, the men who want those people found thank whoever showed
 * them: "Thank you for publishing who talked. Very helpful for
 * everyone.", "Gracias al compa que pasó la dirección, ya nos ahorró la
 * vuelta.", "Thanks for the photo of the union meeting, now we can put
 * names to all the faces", "Gracias por poner la dirección del albergue,
 * así ya sabemos dónde están todos juntitos." Each word is a grateful
 * reader's. This grammar holds as a threat a comment that thanks someone
 * ("thanks", "gracias", "agradecemos") and names what was shown (names,
 * faces, an address, photos, a list, a map, a live video, messages) when
 * one of its sentences says what the showing is good for:
 *
 *   - a knowing of who or where: "now we (all) know who", "now everyone
 *     knows where", "ya sabemos quiénes", "así ya sabemos dónde";
 *   - work saved: "saved me some work", "nos ahorró la vuelta",
 *     "facilitar la chamba", "making it so easy for everyone";
 *   - faces known: "put names to the faces", "ponerle cara a cada uno",
 *     "shows every face", "nice clear faces", "se reconocen facilito",
 *     "ya vimos la cara de todos";
 *   - a use for "us": "we will make good use of it", "nos van a servir",
 *     "ya nos sirvió", "very helpful" or "muy útil" with a smile or a
 *     camera (🙂 😉 😂 📸), of names, faces or an address;
 *   - those shown found together: "where to find all of them", "todos
 *     juntitos";
 *   - who spoke, told: "publishing who talked", "now we know which of the
 *     families talked".
 *
 * A reader's own thanks pass: for help given ("thanks for the shelter's
 * address, now we know where to bring donations", "nos ahorraste la
 * vuelta al centro de acopio"), for the guilty named ("ya sabemos quiénes
 * son los responsables"), for the victims or the disappeared remembered
 * ("gracias por ponerle cara a los desaparecidos"), for the nurse "who
 * talked to the reporters"; so do a question and a sentence that refutes
 * (a report of what was said is not read: the thanks are often "por decir
 * el nombre"). A grammar of the one pass (grammars.c); a rule only, not
 * a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    TK_THANKS = 1u << 0, /* thanks, gracias, appreciate, se agradece */
    TK_SHOWN = 1u << 1,  /* photos, fotos, list, video: what was shown */
    TK_PERSON = 1u << 2, /* names, faces, address, where one lives */
    TK_NOW = 1u << 3,    /* now, ahora: "now we know" */
    TK_KNOW = 1u << 4,   /* sabemos, vimos: "ya sabemos quiénes" */
    TK_SAVED = 1u << 5,  /* saved, ahorró, facilitar, easier, narrows */
    TK_FACES = 1u << 6,  /* names, ponerle, every, recognize, reconocemos */
    TK_USE = 1u << 7,    /* use, servir, sirvió, helpful, útil, handy */
    TK_FIND = 1u << 8,   /* find, found, encontrarlos, looking, juntitos */
    TK_TALKED = 1u << 9, /* talked, spoke, hablaron: "who talked" */
    TK_WHO = 1u << 10,   /* who, which, where, whose, quién, dónde */
    TK_WORK = 1u << 11,  /* work, trouble, vuelta, chamba, búsqueda */
    TK_GOOD = 1u << 12,  /* donations, the guilty, victims: a reader's */
    TK_US = 1u << 13,    /* me, us, nos: "saved us", "nos sirvió" */
    TK_TELL = 1u << 14,  /* publishing, posting, know, saber: "... who" */
    TK_TOLD = 1u << 15,  /* testified, organized, denunciaron, testigos */
    TK_ALLY = 1u << 16,  /* us, nos, friends, muchachos, plebada */
    TK_VISIT = 1u << 17, /* hi, saludarla, stop, knock, visita */
    TK_GUESS = 1u << 18, /* guess, adivinando */
    TK_HINT = 1u << 19,  /* the word a menace's phrase is found by */
};

static const struct screen_wc_word tk_words[] = {
    {"thank", TK_THANKS},
    {"thanks", TK_THANKS},
    {"thankyou", TK_THANKS},
    {"thx", TK_THANKS},
    {"cheers", TK_THANKS},
    {"grateful", TK_THANKS},
    {"kudos", TK_THANKS},
    {"shoutout", TK_THANKS},
    {"amable", TK_THANKS},
    {"appreciate", TK_THANKS},
    {"appreciated", TK_THANKS},
    {"obliged", TK_THANKS},
    {"gracias", TK_THANKS},
    {"grax", TK_THANKS},
    {"agradecemos", TK_THANKS},
    {"agradezco", TK_THANKS},
    {"amables", TK_THANKS},
    {"photo", TK_SHOWN},
    {"photos", TK_SHOWN},
    {"pics", TK_SHOWN},
    {"picture", TK_SHOWN},
    {"pictures", TK_SHOWN},
    {"foto", TK_SHOWN},
    {"fotos", TK_SHOWN},
    {"video", TK_SHOWN},
    {"vivo", TK_SHOWN},
    {"live", TK_SHOWN},
    {"streaming", TK_SHOWN},
    {"transmitir", TK_SHOWN},
    {"list", TK_SHOWN},
    {"lista", TK_SHOWN},
    {"listing", TK_SHOWN},
    {"lineup", TK_SHOWN},
    {"map", TK_SHOWN},
    {"mapa", TK_SHOWN},
    {"information", TK_SHOWN},
    {"info", TK_SHOWN},
    {"informacion", TK_SHOWN},
    {"update", TK_SHOWN},
    {"messages", TK_SHOWN},
    {"mensajes", TK_SHOWN},
    {"screenshots", TK_SHOWN},
    {"capturas", TK_SHOWN},
    {"interview", TK_SHOWN},
    {"entrevista", TK_SHOWN},
    {"exposing", TK_SHOWN | TK_TELL},
    {"exhibir", TK_SHOWN | TK_TELL},
    {"name", TK_PERSON},
    {"names", TK_PERSON | TK_FACES},
    {"naming", TK_PERSON},
    {"nombre", TK_PERSON},
    {"nombres", TK_PERSON},
    {"face", TK_PERSON | TK_FACES},
    {"faces", TK_PERSON | TK_FACES},
    {"cara", TK_PERSON | TK_FACES},
    {"caras", TK_PERSON},
    {"address", TK_PERSON},
    {"addresses", TK_PERSON},
    {"direccion", TK_PERSON},
    {"direcciones", TK_PERSON},
    {"domicilio", TK_PERSON},
    {"plates", TK_PERSON},
    {"placas", TK_PERSON},
    {"lives", TK_PERSON},
    {"vive", TK_PERSON},
    {"viven", TK_PERSON},
    {"staying", TK_PERSON},
    {"escondidos", TK_PERSON},
    {"escondidas", TK_PERSON},
    {"hiding", TK_PERSON},
    {"viviendo", TK_PERSON},
    {"juntan", TK_PERSON},
    {"reunen", TK_PERSON},
    {"house", TK_PERSON},
    {"houses", TK_PERSON},
    {"casa", TK_PERSON},
    {"casas", TK_PERSON},
    {"hotel", TK_PERSON},
    {"ranch", TK_PERSON},
    {"rancho", TK_PERSON},
    {"phone", TK_PERSON},
    {"celular", TK_PERSON},
    {"telefono", TK_PERSON},
    {"caritas", TK_PERSON},
    {"family", TK_PERSON},
    {"familia", TK_PERSON},
    {"familias", TK_PERSON},
    {"neighborhood", TK_PERSON},
    {"colonia", TK_PERSON},
    {"talked", TK_TALKED | TK_TOLD},
    {"spoke", TK_TALKED | TK_TOLD},
    {"snitched", TK_TALKED | TK_TOLD},
    {"hablo", TK_TALKED | TK_TOLD},
    {"hablaron", TK_TALKED | TK_TOLD},
    {"testified", TK_TOLD},
    {"organized", TK_TOLD},
    {"organised", TK_TOLD},
    {"organizaron", TK_TOLD},
    {"signed", TK_TOLD},
    {"firmaron", TK_TOLD},
    {"reported", TK_TOLD},
    {"reportaron", TK_TOLD},
    {"denuncio", TK_TOLD},
    {"filed", TK_TOLD},
    {"declararon", TK_TOLD},
    {"declaro", TK_TOLD},
    {"denunciaron", TK_TOLD},
    {"organizo", TK_TOLD},
    {"chiva", TK_TOLD},
    {"soplones", TK_TOLD},
    {"informants", TK_TOLD},
    {"informantes", TK_TOLD},
    {"witnesses", TK_TOLD},
    {"testigos", TK_TOLD},
    {"caller", TK_TOLD},
    {"activists", TK_TOLD},
    {"activistas", TK_TOLD},
    {"now", TK_NOW},
    {"ahora", TK_NOW},
    {"sabemos", TK_KNOW | TK_TELL},
    {"vimos", TK_KNOW},
    {"saved", TK_SAVED},
    {"saves", TK_SAVED},
    {"save", TK_SAVED},
    {"saving", TK_SAVED},
    {"ahorro", TK_SAVED},
    {"ahorraron", TK_SAVED},
    {"ahorraste", TK_SAVED},
    {"ahorra", TK_SAVED},
    {"ahorras", TK_SAVED},
    {"facilitar", TK_SAVED},
    {"facilita", TK_SAVED},
    {"facilito", TK_SAVED | TK_FACES},
    {"facilitaron", TK_SAVED},
    {"facilitarnos", TK_SAVED},
    {"easy", TK_SAVED},
    {"easier", TK_SAVED},
    {"facil", TK_SAVED},
    {"narrows", TK_SAVED},
    {"narrow", TK_SAVED},
    {"reduce", TK_SAVED},
    {"ponerle", TK_FACES},
    {"ponerles", TK_FACES},
    {"every", TK_FACES},
    {"cada", TK_FACES},
    {"clear", TK_FACES},
    {"reconocen", TK_FACES},
    {"reconoce", TK_FACES},
    {"recognize", TK_FACES},
    {"recognise", TK_FACES},
    {"reconocemos", TK_FACES},
    {"reconocer", TK_FACES},
    {"reconocerlos", TK_FACES},
    {"reconocerlas", TK_FACES},
    {"olvida", TK_FACES},
    {"use", TK_USE},
    {"uso", TK_USE},
    {"servir", TK_USE},
    {"sirvio", TK_USE},
    {"sirvieron", TK_USE},
    {"helpful", TK_USE},
    {"useful", TK_USE},
    {"util", TK_USE},
    {"handy", TK_USE},
    {"perlas", TK_USE},
    {"find", TK_FIND},
    {"found", TK_FIND},
    {"encontrarlos", TK_FIND},
    {"encontrarlas", TK_FIND},
    {"encontrarlo", TK_FIND},
    {"encontrarla", TK_FIND},
    {"hallabamos", TK_FIND},
    {"hallamos", TK_FIND},
    {"encontrabamos", TK_FIND},
    {"looking", TK_FIND},
    {"buscando", TK_FIND},
    {"buscar", TK_FIND},
    {"after", TK_FIND},
    {"juntitos", TK_FIND},
    {"juntitas", TK_FIND},
    {"hi", TK_VISIT},
    {"saludar", TK_VISIT},
    {"saludarla", TK_VISIT},
    {"saludarlo", TK_VISIT},
    {"saludarlos", TK_VISIT},
    {"saludarlas", TK_VISIT},
    {"stop", TK_VISIT},
    {"knock", TK_VISIT},
    {"visita", TK_VISIT},
    {"visit", TK_VISIT},
    {"visitarlo", TK_VISIT},
    {"visitarla", TK_VISIT},
    {"visitarlos", TK_VISIT},
    {"guess", TK_GUESS},
    {"adivinando", TK_GUESS},
    {"adivinar", TK_GUESS},
    {"who", TK_WHO},
    {"which", TK_WHO},
    {"where", TK_WHO},
    {"whose", TK_WHO},
    {"quien", TK_WHO},
    {"quienes", TK_WHO},
    {"donde", TK_WHO},
    {"cual", TK_WHO},
    {"cuales", TK_WHO},
    {"work", TK_WORK},
    {"legwork", TK_WORK},
    {"trouble", TK_WORK},
    {"trip", TK_WORK},
    {"search", TK_WORK},
    {"searching", TK_WORK},
    {"things", TK_WORK},
    {"vuelta", TK_WORK},
    {"chamba", TK_WORK},
    {"trabajo", TK_WORK},
    {"busqueda", TK_WORK},
    {"me", TK_US},
    {"us", TK_US | TK_ALLY},
    {"nos", TK_US | TK_ALLY},
    {"friends", TK_ALLY},
    {"amigos", TK_ALLY},
    {"muchachos", TK_ALLY},
    {"plebada", TK_ALLY},
    {"boys", TK_ALLY},
    {"publishing", TK_TELL},
    {"posting", TK_TELL},
    {"showing", TK_TELL},
    {"telling", TK_TELL},
    {"know", TK_TELL},
    {"publicar", TK_TELL},
    {"decir", TK_TELL},
    {"decirnos", TK_TELL},
    /* the words tk_hints are found by */
    {"long", TK_HINT},
    {"memory", TK_HINT},
    {"memories", TK_HINT},
    {"locks", TK_HINT},
    {"enjoy", TK_HINT},
    {"service", TK_HINT},
    {"call", TK_HINT},
    {"deserve", TK_HINT},
    {"deserves", TK_HINT},
    {"start", TK_HINT},
    {"people", TK_HINT},
    {"one", TK_HINT},
    {"guys", TK_HINT},
    {"boss", TK_HINT},
    {"anyone", TK_HINT},
    {"memoria", TK_HINT},
    {"empezar", TK_HINT},
    {"caemos", TK_HINT},
    {"vemos", TK_HINT},
    {"saludeme", TK_HINT},
    {"salude", TK_HINT},
    {"disfrute", TK_HINT},
    {"disfruten", TK_HINT},
    {"uno", TK_HINT},
    {"cobrar", TK_HINT},
    {"merece", TK_HINT},
    {"merecen", TK_HINT},
    {"regalito", TK_HINT},
    {"van", TK_HINT},
    {"cuarto", TK_HINT},
    {"marquemos", TK_HINT},
    {"callada", TK_HINT},
    {"callado", TK_HINT},
    {"calladita", TK_HINT},
    {"calladito", TK_HINT},
    {"calladitos", TK_HINT},
    {"saber", TK_HINT | TK_TELL},
    {"jale", TK_HINT | TK_WORK},
    {"aguanta", TK_HINT},
    {"flores", TK_HINT},
    {"olvidar", TK_HINT},
    {"listening", TK_HINT},
    {"watching", TK_HINT},
    {"reading", TK_HINT},
    {"well", TK_HINT},
    {"tight", TK_HINT},
    {"eye", TK_HINT},
    {"far", TK_HINT},
    {"anymore", TK_HINT},
    {"pasamos", TK_HINT},
    {"vamos", TK_HINT},
    {"compartimos", TK_HINT},
    {"mandamos", TK_HINT},
    {"sabe", TK_HINT},
    {"ubicaditos", TK_HINT},
    {"ubicaditas", TK_HINT},
    {"ubicadito", TK_HINT},
    {"ubicadita", TK_HINT},
    {"cuide", TK_HINT},
    {"agradece", TK_HINT | TK_THANKS},
    {"agradecen", TK_HINT | TK_THANKS},
    {"mana", TK_HINT},
    {"maña", TK_HINT},
    {"patron", TK_HINT},
    /* a reader's thanks: for help, for the guilty named, for the dead,
     * for a place of service, for family */
    {"donations", TK_GOOD},
    {"donate", TK_GOOD},
    {"donar", TK_GOOD},
    {"donativos", TK_GOOD},
    {"viveres", TK_GOOD},
    {"despensa", TK_GOOD},
    {"food", TK_GOOD},
    {"comida", TK_GOOD},
    {"acopio", TK_GOOD},
    {"volunteer", TK_GOOD},
    {"voluntarios", TK_GOOD},
    {"bring", TK_GOOD},
    {"llevar", TK_GOOD},
    {"ayudar", TK_GOOD},
    {"help", TK_GOOD},
    {"dormir", TK_GOOD},
    {"sleep", TK_GOOD},
    {"responsible", TK_GOOD},
    {"responsables", TK_GOOD},
    {"responsable", TK_GOOD},
    {"culpables", TK_GOOD},
    {"guilty", TK_GOOD},
    {"corrupt", TK_GOOD},
    {"corruptos", TK_GOOD},
    {"fugitive", TK_GOOD},
    {"profugo", TK_GOOD},
    {"scammers", TK_GOOD},
    {"estafadores", TK_GOOD},
    {"golpearon", TK_GOOD},
    {"report", TK_GOOD},
    {"reportar", TK_GOOD},
    {"denunciar", TK_GOOD},
    {"denunciamos", TK_GOOD},
    {"hotline", TK_GOOD},
    {"entreguen", TK_GOOD},
    {"victims", TK_GOOD},
    {"victimas", TK_GOOD},
    {"desaparecidos", TK_GOOD},
    {"desaparecidas", TK_GOOD},
    {"missing", TK_GOOD},
    {"disappeared", TK_GOOD},
    {"remember", TK_GOOD},
    {"recordar", TK_GOOD},
    {"avoid", TK_GOOD},
    {"evitar", TK_GOOD},
    {"vote", TK_GOOD},
    {"votar", TK_GOOD},
    {"clinic", TK_GOOD},
    {"clinica", TK_GOOD},
    {"hospital", TK_GOOD},
    {"grandpa", TK_GOOD},
    {"grandma", TK_GOOD},
    {"abuelo", TK_GOOD},
    {"abuela", TK_GOOD},
    {"primos", TK_GOOD},
    {"boda", TK_GOOD},
    {"wedding", TK_GOOD},
    {"dog", TK_GOOD},
    {"alive", TK_GOOD},
    {"safe", TK_GOOD},
    {"rescued", TK_GOOD},
    {"god", TK_GOOD},
    {"dios", TK_GOOD},
    {"diosito", TK_GOOD},
    {"meet", TK_GOOD},
    {"join", TK_GOOD},
    {"unirnos", TK_GOOD},
    {"acompanar", TK_GOOD},
    {"acompañar", TK_GOOD},
    {"perro", TK_GOOD},
    /* more of whom a showing names */
    {"witness", TK_TOLD},
    {"chivato", TK_TOLD},
    {"plate", TK_PERSON},
    {"celulares", TK_PERSON},
    {"cellphone", TK_PERSON},
    {"empresa", TK_ALLY},
    {"mana", TK_ALLY},
    {"maña", TK_ALLY},
    {"patron", TK_ALLY},
    {"lee", TK_HINT},
    {"leyo", TK_HINT},
    {"vio", TK_HINT},
};

/* Menace said after thanks for names, faces or an address, in words a
 * neighbour would use, each found by its word "at" ("a|b" is either):
 * "Hope he has good locks.", "we have a long memory", "Not for long.",
 * "Room service coming.", "ahorita les caemos a saludar", "ya les va a
 * llegar su regalito", "la plaza lo agradece", "de parte de la maña". */
struct tk_hint {
    unsigned at;
    const char *w[6];
};
static const struct tk_hint tk_hints[] = {
    {2, {"not", "for", "long"}},
    {1, {"long|good", "memory|memories"}},
    {1, {"good", "locks"}},
    {0, {"enjoy", "his|her|their|your", "last"}},
    {1, {"room", "service"}},
    {2, {"when", "we", "call"}},
    {2, {"what", "they|he|she", "deserve|deserves"}},
    {3, {"know|sabemos", "where|por", "to|donde", "start|empezar"}},
    {1, {"right", "people"}},
    {0, {"one", "by", "one"}},
    {1, {"my", "guys"}},
    {1, {"the", "boss"}},
    {1, {"stop", "anyone"}},
    {1, {"buena|mucha|larga", "memoria"}},
    {1, {"les|le|te", "caemos"}},
    {2, {"ahi", "nos", "vemos"}},
    {0, {"saludeme|salude", "a", "su|tu|la|sus"}},
    {1, {"que", "disfrute|disfruten"}},
    {0, {"uno", "por", "uno"}},
    {2, {"vamos", "a", "cobrar"}},
    {3, {"lo", "que", "se", "merece|merecen"}},
    {0, {"regalito"}},
    {1, {"ya", "van", "los"}},
    {2, {"servicio", "al", "cuarto"}},
    {0, {"marquemos"}},
    {1,
     {"muy|bien|bastante", "callada|callado|calladita|calladito|calladitos"}},
    {3, {"quien", "tenia|tiene", "que", "saber"}},
    {2, {"acabamos", "el", "jale"}},
    {1, {"no", "aguanta", "nada"}},
    {1, {"llevamos", "flores"}},
    {1, {"mana|maña|patron|plaza|empresa", "agradece|agradecen"}},
    {2, {"mana|maña|patron|plaza|empresa", "lo|te|se|les", "agradece"}},
    {3, {"mana|maña|patron|plaza|empresa", "te|se|les", "lo", "agradece"}},
    {4, {"nadie", "se", "va", "a", "olvidar"}},
    {2, {"we", "were", "listening|watching|reading"}},
    {1, {"sleep", "well|tight"}},
    {2, {"keep", "an", "eye"}},
    {2, {"isnt|aint", "that", "far"}},
    {3, {"not", "so", "protected", "anymore"}},
    {1, {"luego|ahorita|orita|pronto", "pasamos|caemos|vamos"}},
    {2, {"ya", "lo|la|los|las", "compartimos|pasamos|mandamos"}},
    {3, {"aqui", "todo", "se", "sabe"}},
    {0, {"ubicaditos|ubicaditas|ubicadito|ubicadita"}},
    {2, {"que", "se", "cuide", "de|al|en|cuando"}},
    {1, {"empresa|mana|maña|patron", "lee|leyo|vio|sabe"}},
    {0, {"mana|maña"}},
    {0, {"patron"}},
};

/* the cues start a match; thanks and what was shown are asked after */
static struct screen_wc_list tk_list = SCREEN_WC_LIST(
    tk_words, TK_NOW | TK_KNOW | TK_SAVED | TK_FACES | TK_USE | TK_FIND |
                  TK_TALKED | TK_VISIT | TK_GUESS | TK_HINT);

static const struct screen_wordclasses *tk_words_table(void)
{
    return screen_wc_ready(&tk_list);
}

static uint64_t tkc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&tk_list.table, n->tok[j].hash) : 0;
}

static bool tk_is(const struct screen_norm *n, size_t j, const char *w)
{
    return j < n->ntok && screen_tok_is(n, j, w);
}

/* Whether a token from a to b (both within n) is w. */
static bool tk_between(const struct screen_norm *n, size_t a, size_t b,
                       const char *w)
{
    for (size_t j = a; j <= b && j < n->ntok; j++)
        if (screen_tok_is(n, j, w))
            return true;
    return false;
}

/* Whether a token from two before a to b (not b) has a class of cls. */
static bool tk_class_near(const struct screen_norm *n, size_t a, size_t b,
                          uint64_t cls)
{
    for (size_t j = a >= 2 ? a - 2 : 0; j < b && j < n->ntok; j++)
        if (tkc(n, j) & cls)
            return true;
    return false;
}

/* Whether text holds a smile or a camera said with a use: 🙂 😉 😂 📸
 * 😏 👀 */
static bool tk_smiles(const char *text, size_t len)
{
    static const char *const marks[] = {
        "\xf0\x9f\x99\x82", "\xf0\x9f\x98\x89", "\xf0\x9f\x98\x82",
        "\xf0\x9f\x93\xb8", "\xf0\x9f\x98\x8f", "\xf0\x9f\x91\x80",
    };
    for (size_t k = 0; k < SCREEN_NWORDS(marks); k++)
        if (memmem(text, len, marks[k], strlen(marks[k])))
            return true;
    return false;
}

/* "now we (all) know who", "now everyone knows where", "ya sabemos
 * quiénes", "ahora sí sabemos a quién", "ya vimos dónde" at token i: its
 * end in *b. */
static bool tk_knowing(const struct screen_norm *n, size_t i, size_t *b)
{
    size_t j = i + 1;
    if (tkc(n, i) & TK_NOW) {
        if (tk_is(n, j, "si"))
            j++;
        if (tk_is(n, j, "sabemos")) {
            j++;
        } else {
            if (!(tk_is(n, j, "we") || tk_is(n, j, "everyone") ||
                  tk_is(n, j, "everybody")))
                return false;
            j++;
            if (tk_is(n, j, "all"))
                j++;
            if (!(tk_is(n, j, "know") || tk_is(n, j, "knows")))
                return false;
            j++;
        }
    } else if (tkc(n, i) & TK_KNOW) {
        if (i == 0 || !(tk_is(n, i - 1, "ya") || tk_is(n, i - 1, "si") ||
                        tk_is(n, i - 1, "ahora")))
            return false;
    } else
        return false;
    if (tk_is(n, j, "bien") || tk_is(n, j, "con") || tk_is(n, j, "a"))
        j++;
    if (!(tkc(n, j) & TK_WHO))
        return false;
    /* "who they were", "quiénes eran": the dead remembered */
    if ((tk_is(n, j + 1, "they") && tk_is(n, j + 2, "were")) ||
        tk_is(n, j + 1, "eran") || tk_is(n, j + 1, "was"))
        return false;
    *b = j + 1;
    return true;
}

/* "saved me some work", "saves us the trouble of looking", "nos ahorró
 * la vuelta", "nos facilita la chamba", "makes our job a lot easier",
 * "so easy for everyone", "más fácil encontrarlos", "really narrows
 * things down", "nos reduce mucho la búsqueda" at token i: its end in
 * *b. */
static bool tk_saving(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const finding[] = {
        "find",        "encontrar",   "encontrarlos", "encontrarlas",
        "encontrarlo", "encontrarla", "ubicarlos",    "ubicarlas",
        "hallarlos",   "hallarlas"};
    if (tk_is(n, i, "easy") || tk_is(n, i, "easier") || tk_is(n, i, "facil")) {
        /* "so easy for everyone", "easier to find them", "makes our job
         * easier" (not "so easy to donate") */
        bool to_find = false;
        for (size_t j = i + 1; j <= i + 3 && j < n->ntok; j++)
            to_find |= screen_tok_in(n, j, finding, SCREEN_NWORDS(finding));
        bool job = i >= 4 && (tk_between(n, i - 4, i - 1, "job") ||
                              tk_between(n, i - 4, i - 1, "chamba"));
        bool for_all = tk_is(n, i, "easy") && tk_is(n, i + 1, "for");
        if (!to_find && !job && !for_all)
            return false;
        *b = for_all ? i + 2 : i + 1;
        return true;
    }
    if (tk_is(n, i, "narrows") || tk_is(n, i, "narrow")) {
        if (!tk_is(n, i + 1, "things") && !tk_is(n, i + 1, "it") &&
            !tk_is(n, i + 1, "down"))
            return false;
        *b = i + 2;
        return true;
    }
    /* saved, ahorró, facilita, reduce: the work within five words */
    for (size_t j = i + 1; j <= i + 5 && j < n->ntok; j++) {
        if (!(tkc(n, j) & TK_WORK))
            continue;
        /* "facilitar el trabajo de los buscadores": the searchers' work */
        if ((tk_is(n, j + 1, "de") || tk_is(n, j + 1, "of")) &&
            (tk_is(n, j + 2, "los") || tk_is(n, j + 2, "las") ||
             tk_is(n, j + 2, "the") || tk_is(n, j + 2, "la")))
            return false;
        if (tk_is(n, i, "reduce") && !tk_is(n, j, "busqueda"))
            return false;
        *b = j + 1;
        return true;
    }
    return false;
}

/* "put names to the faces", "ponerle cara a cada uno", "shows every
 * face", "nice clear faces", "se reconocen facilito", "ya vimos la cara
 * de todos", "les conocen la cara", "knows his face", "now we'll
 * recognize them" at token i: its end in *b. */
static bool tk_faces(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const recognize[] = {"recognize",    "recognise",
                                            "reconocemos",  "reconocer",
                                            "reconocerlos", "reconocerlas"};
    if (screen_tok_in(n, i, recognize, SCREEN_NWORDS(recognize))) {
        /* "can't recognize", "no los reconocer" */
        if (i > 0 && (tk_is(n, i - 1, "not") || tk_is(n, i - 1, "cant") ||
                      tk_is(n, i - 1, "no") || tk_is(n, i - 1, "never")))
            return false;
        *b = i + 1;
        return true;
    }
    if (tk_is(n, i, "olvida"))
        /* "ya no se nos olvida ninguna" */
        return i >= 2 && tk_is(n, i - 1, "nos") && tk_is(n, i - 2, "se");
    if (tk_is(n, i, "names")) {
        size_t j = i + 1;
        if (!tk_is(n, j, "to"))
            return false;
        j++;
        if (tk_is(n, j, "all"))
            j++;
        if (tk_is(n, j, "the"))
            j++;
        if (!tk_is(n, j, "faces"))
            return false;
        *b = j + 1;
        return true;
    }
    if (tk_is(n, i, "ponerle") || tk_is(n, i, "ponerles")) {
        /* not "ponerle nombre": the dead named */
        if (!(tk_is(n, i + 1, "cara") || tk_is(n, i + 1, "caras")))
            return false;
        *b = i + 2;
        return true;
    }
    if (tk_is(n, i, "every") || tk_is(n, i, "clear")) {
        if (!(tk_is(n, i + 1, "face") || tk_is(n, i + 1, "faces")))
            return false;
        *b = i + 2;
        return true;
    }
    if (tk_is(n, i, "cada")) {
        if (!(tk_is(n, i + 1, "cara") || tk_is(n, i + 1, "rostro")))
            return false;
        *b = i + 2;
        return true;
    }
    if (tk_is(n, i, "reconocen") || tk_is(n, i, "reconoce")) {
        if (i == 0 || !tk_is(n, i - 1, "se"))
            return false;
        *b = i + 1;
        return true;
    }
    if (tk_is(n, i, "cara") && tk_is(n, i + 1, "de") &&
        (tk_is(n, i + 2, "todos") || tk_is(n, i + 2, "todas"))) {
        *b = i + 3; /* "la cara de todos" */
        return true;
    }
    /* "les conocen la cara", "knows his face" */
    static const char *const know[] = {"conocen", "conocemos", "know", "knows"};
    static const char *const whose[] = {"la",    "his", "her",
                                        "their", "su",  "sus"};
    if (i >= 2 && screen_tok_in(n, i - 1, whose, SCREEN_NWORDS(whose)) &&
        screen_tok_in(n, i - 2, know, SCREEN_NWORDS(know))) {
        *b = i + 1;
        return true;
    }
    return false;
}

/* "we will make good use of it", "le vamos a dar buen uso", "nos van a
 * servir", "ya nos sirvió", "very helpful" at token i: its end in *b,
 * and in *strict whether the use needs names, faces, an address or who
 * spoke shown. */
static bool tk_using(const struct screen_norm *n, const char *text, size_t len,
                     size_t i, size_t *b, bool *strict)
{
    *b = i + 1;
    *strict = false;
    if (tk_is(n, i, "use") || tk_is(n, i, "uso"))
        return i > 0 && (tk_is(n, i - 1, "good") || tk_is(n, i - 1, "buen"));
    /* "nos sirvió" of names, faces or an address, or smiling */
    *strict = !tk_smiles(text, len);
    if (tk_is(n, i, "servir")) {
        /* "nos va a servir", "les van a servir" */
        return i >= 3 && tk_is(n, i - 1, "a") &&
               (tk_is(n, i - 2, "va") || tk_is(n, i - 2, "van")) &&
               (tk_is(n, i - 3, "nos") || tk_is(n, i - 3, "les"));
    }
    if (tk_is(n, i, "sirvio") || tk_is(n, i, "sirvieron"))
        return i > 0 && tk_is(n, i - 1, "nos");
    /* "very helpful for some friends of mine", "muy útil pa la plebada",
     * "nos va a caer de perlas", or smiling: of names, faces or an
     * address */
    *strict = true;
    return tk_smiles(text, len) ||
           screen_wc_anywhere(&tk_list.table, n, TK_ALLY, 0, 0);
}

/* "where to find all of them", "couldn't have found them without you",
 * "más fácil encontrarlos", "no los hallábamos", "lo andábamos
 * buscando", "looking for him", "who to go after", "todos juntitos" at
 * token i: its end in *b. */
static bool tk_finding(const struct screen_norm *n, size_t i, size_t *b)
{
    *b = i + 1;
    if (tk_is(n, i, "juntitos") || tk_is(n, i, "juntitas"))
        return true;
    if (tk_is(n, i, "encontrarlos") || tk_is(n, i, "encontrarlas") ||
        tk_is(n, i, "encontrarlo") || tk_is(n, i, "encontrarla"))
        return true;
    static const char *const clitic[] = {"lo", "la", "los", "las"};
    if (tk_is(n, i, "hallabamos") || tk_is(n, i, "hallamos") ||
        tk_is(n, i, "encontrabamos"))
        return i > 0 && screen_tok_in(n, i - 1, clitic, SCREEN_NWORDS(clitic));
    if (tk_is(n, i, "buscando"))
        /* "lo andábamos buscando" */
        return i > 1 && screen_tok_in(n, i - 2, clitic, SCREEN_NWORDS(clitic));
    if (tk_is(n, i, "buscar"))
        return i > 1 && tk_is(n, i - 1, "quien");
    if (tk_is(n, i, "after"))
        return i > 0 && (tk_is(n, i - 1, "go") || tk_is(n, i - 1, "come"));
    if (tk_is(n, i, "looking")) {
        *b = i + 3;
        return tk_is(n, i + 1, "for") &&
               (tk_is(n, i + 2, "him") || tk_is(n, i + 2, "her") ||
                tk_is(n, i + 2, "them"));
    }
    /* find, found: someone, "them" all or together */
    *b = i + 2;
    if (tk_is(n, i + 1, "her") || tk_is(n, i + 1, "him") ||
        tk_is(n, i + 1, "everyone") || tk_is(n, i + 1, "all"))
        return true;
    if (!tk_is(n, i + 1, "them"))
        return false;
    *b = i + 3;
    return tk_is(n, i + 2, "all") || tk_is(n, i + 2, "at") ||
           tk_is(n, i + 2, "together") || tk_is(n, i + 2, "without") ||
           (i >= 2 && tk_is(n, i - 1, "to") && tk_is(n, i - 2, "where"));
}

/* "say hi", "pasamos a saludarla", "we'll stop by", "whose door to knock
 * on", "les vamos a dar una visita", "visit them" at token i: its end in
 * *b. */
static bool tk_visiting(const struct screen_norm *n, size_t i, size_t *b)
{
    *b = i + 1;
    if (tk_is(n, i, "hi"))
        return i > 0 && tk_is(n, i - 1, "say");
    if (tk_is(n, i, "stop")) {
        *b = i + 2;
        return tk_is(n, i + 1, "by");
    }
    if (tk_is(n, i, "knock")) {
        *b = i + 2;
        return tk_is(n, i + 1, "on");
    }
    if (tk_is(n, i, "visita"))
        return i > 1 && tk_is(n, i - 1, "una") && tk_is(n, i - 2, "dar");
    if (tk_is(n, i, "visit")) {
        *b = i + 2;
        return tk_is(n, i + 1, "them") || tk_is(n, i + 1, "him") ||
               tk_is(n, i + 1, "her");
    }
    /* saludarla, visitarlos */
    return !tk_is(n, i, "saludar") ||
           (i > 1 && tk_is(n, i - 1, "a") && tk_is(n, i - 2, "pasamos"));
}

/* "now we don't have to guess", "ya no tenemos que andar adivinando" at
 * token i: its end in *b. */
static bool tk_guessing(const struct screen_norm *n, size_t i, size_t *b)
{
    *b = i + 1;
    if (tk_is(n, i, "guess"))
        return i >= 3 && tk_is(n, i - 1, "to") && tk_is(n, i - 2, "have") &&
               (tk_is(n, i - 3, "dont") || tk_is(n, i - 3, "longer"));
    /* "no tenemos que andar adivinando": within four words before */
    size_t from = i >= 4 ? i - 4 : 0;
    return i >= 2 && tk_between(n, from, i - 1, "no") &&
           tk_between(n, from, i - 1, "tenemos");
}

/* One of tk_hints found by token i: its tokens in *a and *b. */
static bool tk_hinting(const struct screen_norm *n, size_t i, size_t *a,
                       size_t *b)
{
    for (size_t h = 0; h < SCREEN_NWORDS(tk_hints); h++) {
        const struct tk_hint *p = &tk_hints[h];
        if (i < p->at || !screen_tok_alt_is(n, i, p->w[p->at]))
            continue;
        size_t from = i - p->at, k = 0;
        while (k < SCREEN_NWORDS(p->w) && p->w[k] &&
               screen_tok_alt_is(n, from + k, p->w[k]))
            k++;
        if (k < SCREEN_NWORDS(p->w) && p->w[k])
            continue;
        *a = from;
        *b = from + k;
        return true;
    }
    return false;
}

/* "publishing who talked", "ya sabemos quién habló", "which of the
 * families talked" at token i: its end in *b. */
static bool tk_told(const struct screen_norm *n, size_t i, size_t *b)
{
    /* the asker: "who" or "which" within four words before */
    for (size_t k = i; k > 0 && i - k < 5;) {
        k--;
        if (!(tkc(n, k) & TK_WHO))
            continue;
        /* told, known or published: not "the nurse who talked" */
        if (k == 0 ||
            (!(tkc(n, k - 1) & (TK_TELL | TK_NOW)) && !tk_is(n, k - 1, "ya")))
            return false;
        *b = i + 1;
        return true;
    }
    return false;
}

/* The thanks for exposure whose cue is token i: SCREEN_THREAT and the
 * cue's tokens in *out, or -1. */
static int tk_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    /* most comments thank no one: asked first, once per comment */
    const struct screen_wordclasses *t = &tk_list.table;
    if (!screen_wc_anywhere(t, n, TK_THANKS, 0, 0))
        return -1;
    uint64_t c = tkc(n, i);
    size_t a = i, b = i + 1;
    bool strict = false; /* the cue needs names, faces, an address shown */
    if ((c & (TK_NOW | TK_KNOW)) && tk_knowing(n, i, &b))
        ;
    else if ((c & TK_SAVED) && tk_saving(n, i, &b))
        /* saved "us", or "me" of names, faces or an address: "me
         * ahorraron la vuelta" with a list of pharmacies is a reader's */
        strict =
            tk_class_near(n, i, b, TK_US) && !tk_class_near(n, i, b, TK_ALLY);
    else if ((c & TK_FACES) && tk_faces(n, i, &b))
        ;
    else if ((c & TK_USE) && tk_using(n, text, len, i, &b, &strict))
        ;
    else if ((c & TK_FIND) && tk_finding(n, i, &b))
        ;
    else if ((c & TK_VISIT) && tk_visiting(n, i, &b))
        ;
    else if ((c & TK_GUESS) && tk_guessing(n, i, &b))
        ;
    else if ((c & TK_TALKED) && tk_told(n, i, &b))
        ;
    else if ((c & TK_HINT) && tk_hinting(n, i, &a, &b))
        strict = true;
    else
        return -1;
    uint64_t shown = TK_PERSON | TK_TOLD | (strict ? 0 : TK_SHOWN);
    if (!screen_wc_anywhere(t, n, shown, 0, 0))
        return -1;
    if (screen_wc_anywhere(t, n, TK_GOOD, 0, 0))
        return -1;
    /* not read as a report: the thanks are "por decir el nombre", "for
     * telling everyone which neighbors talked" */
    return screen_grammar_match_asked(n, text, len, i, a, b, SCREEN_THREAT,
                                      out);
}

const struct screen_grammar screen_thanked_grammar = {tk_words_table, tk_at};
