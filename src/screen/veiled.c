/*
 * veiled.c - threats made without a violent verb.
 *
 * The threat grammar (threats.c) reads the words around "kill", "matar"
 * and their kin. Those who threaten reporters, sources and witnesses here
 * often say less and mean more: they let the reporter know that they know
 * where the family lives, talk of the reporter's funeral, or offer a
 * choice. This file reads a few such shapes, in English and Spanish:
 *
 *   - watching and knowing, by "we" or "I": when "you" keep a routine
 *     ("we know which days you go to the market alone", "sabemos a qué
 *     hora sales"; not with an exclamation, a surprise's); finding out
 *     promised ("I'll find out who you are", "voy a averiguar dónde
 *     vives"); where "you" live or work ("we know where your kids go
 *     to school", "ya sabemos donde vives", "sé dónde trabajas"),
 *     someone at risk said to be located ("al que filtró el audio ya lo
 *     tienen bien ubicado"), "we have your schedule" (a schedule, an
 *     address, plates, a route: not "we know your family, good
 *     people"), "we know your
 *     real name", "sabemos cómo te llamas", who "you" are or live with
 *     ("we know who you are.", "sabemos con quién vives"; not with a
 *     fan's words: "ya sabemos quién eres, te admiro"), "we're watching
 *     you.", "te tenemos ubicado", "te estamos vigilando", "te estamos
 *     viendo." ending the sentence (not "we saw your daughter at the
 *     school play", "te seguimos desde Chicago", "te estamos viendo
 *     desde Tijuana");
 *   - others said to know where "you" live: "my boys know where you
 *     live", "mis compas ya saben dónde vives", "they know where you
 *     live", a bare "ya saben dónde vives" (a warning passes when the
 *     others are not the writer's: "be careful, they know where you
 *     live", "¿ya saben dónde vives?");
 *   - "your" funeral or obituary, "your own grave", when it is yet to
 *     come: "it'll be your funeral", "tu esquela ya esta lista", "tu
 *     propia tumba" (not "your grave concerns", "your funeral home",
 *     "your obituary made me cry", "it's your funeral if you vote for
 *     them", "digging your own grave", "the last nail in your coffin");
 *   - "you'll be next", "vas a ser el siguiente", ending a clause (not
 *     "next in line", "la siguiente en ganar", nor with a cheer or an
 *     arrest in the comment: "felicidades", "ya agarraron al gobernador");
 *   - "no respondemos" after a deadline given ("Tienes 24 horas para
 *     quitar la nota. Después no respondemos."), and the last days
 *     enjoyed ("disfruta tus últimos días, wey"; not "de soltero");
 *   - days counted: "ur days are numbered", "te quedan pocos dias." (not
 *     "te quedan pocos dias, animo con la tesis"), "Ortega is next. Count
 *     the days." (not "count the days until the election");
 *   - a choice: "delete it or we delete you", "borra eso o te borramos",
 *     "or your family pays" (not "or your kids will pay for it later",
 *     "o te eliminamos del grupo", "o te borramos en la eleccion");
 *   - "a shame if something happened to your car", "seria una lastima
 *     que algo le pasara a tu negocio" (not "que algo asi pase", "hermosa
 *     laguna, seria una lastima que algo le pasara"), and a shame alone
 *     ending the comment after a compliment on someone's shop or house
 *     ("bonita tienda. Sería una pena.");
 *   - where bodies go: "sleeping with the fishes" said to "you", "te vas
 *     a quedar con la boca llena de tierra";
 *   - "this is your last warning", "es tu ultimo aviso", "Last warning."
 *     alone (not "thanks for your last warning about the road"); "you
 *     have been warned", "quedas advertido" with an order, a price, a
 *     boss or the press in the comment (not after a notice of a closed
 *     road, nor with a laugh); paying called cheaper than a funeral
 *     ("the cuota is cheaper than a funeral", "sale más barato que un
 *     funeral"; not a helmet paid for); payment ordered with harm
 *     spared ("pay the piso and nobody gets hurt", "paguen el piso y
 *     nadie sale lastimado"; not what others pay, not a question); a
 *     ransom ("send the 3,000 dollars ... or you won't hear from him
 *     again", "deposite ... o ya no va a saber de él"; not a licence
 *     never seen again);
 *     accidents said to befall those who write or talk ("people who
 *     write about things that don't concern them tend to have
 *     accidents"; not drivers); mourning before the death ("RIP Paola,
 *     in advance", "mis condolencias... por ahora"; not "thanks in
 *     advance"), and prayers for the next one ("Thoughts and prayers to
 *     the next one 😘");
 *   - "count your days", "sleep with one eye open", "duerme con un ojo
 *     abierto" (not "I sleep with one eye open since the robbery");
 *   - "we have you located"; "delete the post while you still can",
 *     "borra la nota mientras puedas" (not "enjoy it while you can");
 *     a boss's greeting, "te mandan saludos los de la plaza", "the boss
 *     sends his regards" (not "mi jefe te manda saludos"); "piensa en tu
 *     familia antes de publicar", "You people have families. Think about
 *     that before you hit share.";
 *   - how long "you" stay safe: "see how long your family stays safe", "a
 *     ver cuanto tiempo sigues vivo" (not "how long have you been safe
 *     there?", "see how long you stay healthy on that diet");
 *   - a cartel's visit wished on "you": "I hope the cartel pays you a
 *     visit", "ojala la maña te haga una visita" (the cartel right after
 *     the wish: not "I hope the navy pays the cartel a visit");
 *   - where snitches end up: "snitches get stitches", "los soplones
 *     acaban en bolsas";
 *   - someone called on to take care of the writer: "somebody please
 *     take care of the guy who wrote this", "que alguien se encargue de
 *     esa periodista"; snitches' tongues cut: "a los chismosos se les
 *     corta la lengua";
 *   - an ultimatum that turns its own verb on the reader: "dejen de
 *     escarbar o las vamos a escarbar a ustedes", "stop digging or we'll
 *     dig for you next" (not "stop blocking me or I'll block you");
 *   - an address asked, then a meeting in person: "Send me your address
 *     and we can discuss this face to face 👊", "pásame tu dirección y lo
 *     arreglamos en persona";
 *   - someone said to be marked: "el que vaya al funeral queda
 *     marcado", "anyone who shows up is marking themselves", "you're a
 *     marked man" (not "marcado por la tragedia", "marked as spam");
 *   - a bet on who is next: "my money is on the other lady from the
 *     collective being next", "I'd bet the blonde reporter goes missing
 *     before Christmas", "apuesto a que la de lentes es la que sigue"
 *     (not with an arrest in the comment, of a place, or "next in line").
 *
 * A negation just before the words ("no sabemos donde vives", but not
 * "o si no", which means "otherwise"), a verb of report in the sentence
 * ("le escribieron que ya sabian donde vive"), a report's noun followed
 * by "que" ("las amenazas que recibio") and a reported quotation
 * (grammars.c) let a sentence pass; "this is no threat, but..." does
 * not. Menace said as a compliment, advice or a dare ("nice dog you got,
 * barks a lot at night", "ponte en paz con Dios") is read by omens.c;
 * the rest has no shape a rule can read and is left to moderators
 * (models/README.md).
 * Like the other grammars this is a rule only, not a model feature.
 */

#include <string.h>

#include "screen/screen_int.h"

enum {
    V_WE = 1u << 0,       /* we, i: who watches */
    V_KNOW = 1u << 1,     /* know, have, watching, sabemos, tenemos */
    V_KNOW_WE = 1u << 2,  /* sabemos, ubicamos: the subject in the verb */
    V_LOOK = 1u << 3,     /* watching, vigilando: "you" right after */
    V_WHERE = 1u << 4,    /* where, which, donde */
    V_YOU = 1u << 5,      /* you, your, ur, tu, tus, te, vives */
    V_OWN = 1u << 6,      /* kids, family, school, hijos: "where your kids" */
    V_INFO = 1u << 7,     /* schedule, address, placas: "we have your ..." */
    V_GRAVE = 1u << 8,    /* funeral, obituary, tumba, esquela */
    V_NEXT = 1u << 9,     /* next, siguiente, proximo */
    V_COUNTED = 1u << 10, /* numbered, contados */
    V_DAYS = 1u << 11,    /* days, dias */
    V_OR = 1u << 12,      /* or, o */
    V_ERASE = 1u << 13,   /* delete, borramos: what "or we" does to you */
    V_PAYS = 1u << 14,    /* pays, paga: "or your family pays" */
    V_SHAME = 1u << 15,   /* shame, pity, lastima, pena */
    V_HAPPEN = 1u << 16,  /* happened, pasara */
    V_FISH = 1u << 17,    /* fishes, peces */
    V_SLEEP = 1u << 18,   /* sleep, dormir */
    V_MOUTH = 1u << 19,   /* tierra, moscas: "la boca llena de" */
    V_NOT = 1u << 20,     /* not, no, nunca, nobody */
    V_SAID = 1u << 21,    /* said, told, dijo, decia: a verb of report */
    V_REPORT = 1u << 22,  /* threat, amenaza, mensaje: + "que" a report */
    V_LEFT = 1u << 23,    /* quedan: "te quedan pocos dias" */
    V_IF = 1u << 24,      /* if, si, que */
    V_PLACE = 1u << 25,   /* live, work, vives, trabajas: where "you" are */
    V_THING = 1u << 26,   /* something, algo: what "happened" */
    V_WARNING = 1u << 27, /* warning, advertencia: "your last warning" */
    V_FIGURE = 1u << 28,  /* economically, urnas: "or we bury you at the
                             polls" */
    V_VOC = 1u << 29,     /* periodista, reporter: who a threat is told to */
    V_THEY = 1u << 30,    /* they, ellos, everyone, my people: others who
                             know */
    V_CHEER = 1ull << 31, /* felicidades, congrats, cayo, arrested: "you'll
                             be next" as a cheer or of the next arrest */
    V_SOON = 1ull << 32,  /* will, va, lista, ready: a grave yet to come */
    V_DIG = 1ull << 33,   /* digging, cavando, nail, clavo: an idiom */
    V_POSS = 1ull << 34,  /* your, ur, tu, tus: "you" as an owner */
    V_SEEN = 1ull << 35,  /* located, spotted: "we have you located" */
    V_WHILE = 1ull << 36, /* while, mientras: "... while you still can" */
    V_TAKE_DOWN = 1ull << 37, /* delete, borra: what to do while you can */
    V_GREET = 1ull << 38,     /* saludos, regards: a boss's greeting */
    V_BOSS = 1ull << 39,      /* boss, patron, plaza: who sends it */
    V_THINK = 1ull << 40,     /* think, piensa: "... of your family" */
    V_PUBLISH = 1ull << 41,   /* publish, publicar: "... before you publish" */
    V_COUNT = 1ull << 42,     /* count, cuenta: "count your days" */
    V_EYE = 1ull << 43,       /* eye, ojo: "sleep with one eye open" */
    V_LONG = 1ull << 44,      /* long, cuanto: "see how long you stay safe" */
    V_SAFE = 1ull << 45,      /* safe, alive, tranquila: what may not last */
    V_VISIT = 1ull << 46,     /* visit, visita: a call from the cartel */
    V_WISH = 1ull << 47,      /* hope, ojala: "... the cartel visits you" */
    V_GANG = 1ull << 48,      /* cartel, narcos, maña: who would visit */
    V_SNITCH = 1ull << 49,    /* snitches, soplones: what is done to them */
    V_END = 1ull << 50,       /* end, get, acaban, terminan: ... up in */
    V_BAGS = 1ull << 51,      /* bags, bolsas, fosa, stitches: ... where */
    V_STARE = 1ull << 52,     /* viendo, vigilado: "te estamos viendo." */
    V_WHO = 1ull << 53,       /* who, quien: "we know who you are" */
    V_FAN = 1ull << 54,       /* fan, admiro, proud: a reader who knows
                                 the reporter from their work */
    V_HAVE = 1ull << 55,      /* tienes: "tienes una familia muy bonita" */
    V_STOP = 1ull << 56,      /* stop, deja, dejen: an ultimatum's order */
    V_CARE = 1ull << 57,      /* care, encargue: "take care of the writer" */
    V_BET = 1ull << 58,       /* bet, apuesto, money: a bet on who is next */
    V_GONE = 1ull << 59,      /* missing, disappears, desaparece: what the
                                 bet is on */
    V_MEET = 1ull << 60,      /* face, persona, cara, 👊: met in person */
    V_KNOWS = 1ull << 61,     /* knows, saben, sabe: others' knowing */
    V_HEED = 1ull << 62,      /* careful, cuidate, please: a warning's care */
    V_MARKED = 1ull << 63     /* marked, marcado: "queda marcado";
                                 accidents: what befalls those who talk */
};

/* What may start a match: the word each shape is found by. */
#define V_START                                                                \
    (V_KNOW | V_GRAVE | V_NEXT | V_COUNTED | V_LEFT | V_ERASE | V_PAYS |       \
     V_SHAME | V_FISH | V_MOUTH | V_WARNING | V_WHILE | V_GREET | V_THINK |    \
     V_COUNT | V_EYE | V_LONG | V_VISIT | V_SNITCH | V_STOP | V_CARE | V_BET | \
     V_MEET | V_MARKED)

static const struct screen_wc_word v_words[] = {
    {"marked", V_MARKED},
    {"marking", V_MARKED},
    {"marcado", V_MARKED},
    {"marcada", V_MARKED},
    {"marcados", V_MARKED},
    {"marcadas", V_MARKED},
    {"accidents", V_MARKED}, /* what befalls those who talk */
    {"accidentes", V_MARKED},
    {"accident", V_MARKED},
    {"accidente", V_MARKED},
    {"face", V_MEET},
    {"persona", V_MEET},
    {"cara", V_MEET},
    {"👊", V_MEET},
    {"bet", V_BET},
    {"betting", V_BET},
    {"apuesto", V_BET},
    {"apostamos", V_BET},
    {"apuestan", V_BET},
    {"money", V_BET},
    {"moneys", V_BET},
    {"missing", V_GONE},
    {"disappears", V_GONE},
    {"vanishes", V_GONE},
    {"desaparece", V_GONE},
    {"desaparecen", V_GONE},
    {"levantan", V_GONE},
    {"care", V_CARE},
    {"encargue", V_CARE},
    {"encarguen", V_CARE},
    {"encargarse", V_CARE},
    {"encargarnos", V_CARE},
    {"stop", V_STOP},
    {"respondemos", V_STOP},
    {"quit", V_STOP},
    {"deja", V_STOP},
    {"dejen", V_STOP},
    {"dejes", V_STOP},
    {"deje", V_STOP},
    /* watching and knowing */
    {"we", V_WE},
    {"i", V_WE},
    {"ive", V_WE},
    {"weve", V_WE},
    {"im", V_WE},
    {"know", V_KNOW},
    {"find", V_KNOW},      /* "I'll find out who you are" (v_found_out) */
    {"averiguar", V_KNOW}, /* "voy a averiguar quién eres" */
    {"knows", V_KNOW | V_KNOWS},
    {"saben", V_KNOW | V_KNOWS},
    {"sabe", V_KNOW | V_KNOWS},
    {"conocen", V_KNOW | V_KNOWS},
    {"ubican", V_KNOW | V_KNOWS},
    {"they", V_THEY},
    {"theyve", V_THEY},
    {"ellos", V_THEY},
    {"everyone", V_THEY},
    {"everybody", V_THEY},
    {"todos", V_THEY},
    {"people", V_THEY},
    {"gente", V_THEY},
    {"mundo", V_THEY},
    {"town", V_THEY},
    {"pueblo", V_THEY},
    {"guys", V_THEY},
    {"boys", V_THEY},
    {"homies", V_THEY},
    {"friends", V_THEY},
    {"cousins", V_THEY},
    {"men", V_THEY},
    {"crew", V_THEY},
    {"compas", V_THEY},
    {"muchachos", V_THEY},
    {"primos", V_THEY},
    {"amigos", V_THEY},
    {"careful", V_HEED},
    {"cuidate", V_HEED},
    {"cuidense", V_HEED},
    {"cuidado", V_HEED},
    {"safe", V_HEED},
    {"please", V_HEED},
    {"favor", V_HEED},
    {"protect", V_HEED},
    {"protegete", V_HEED},
    {"escondete", V_HEED},
    {"have", V_KNOW},
    {"got", V_KNOW},
    {"watching", V_KNOW | V_LOOK},
    {"sabemos", V_KNOW | V_KNOW_WE},
    {"se", V_KNOW | V_KNOW_WE}, /* "sé dónde trabajas", only before "dónde" */
    {"conocemos", V_KNOW | V_KNOW_WE},
    {"tenemos", V_KNOW | V_KNOW_WE},
    {"ubicamos", V_KNOW | V_KNOW_WE},
    {"vigilamos", V_KNOW | V_KNOW_WE},
    {"vigilando", V_KNOW | V_LOOK},
    {"checando", V_KNOW | V_LOOK},
    {"ubicado", V_KNOW | V_LOOK},
    {"ubicada", V_KNOW | V_LOOK},
    {"viendo", V_KNOW | V_STARE},
    {"observando", V_KNOW | V_STARE},
    {"mirando", V_KNOW | V_STARE},
    {"vigilado", V_KNOW | V_STARE},
    {"vigilada", V_KNOW | V_STARE},
    {"checado", V_KNOW | V_STARE},
    {"checada", V_KNOW | V_STARE},
    {"who", V_WHO},
    {"quien", V_WHO},
    {"fan", V_FAN},
    {"admiro", V_FAN},
    {"admire", V_FAN},
    {"proud", V_FAN},
    {"orgullo", V_FAN},
    {"admiramos", V_FAN},

    {"live", V_PLACE},
    {"work", V_PLACE},
    {"sleep", V_PLACE | V_SLEEP},
    {"park", V_PLACE},
    {"vives", V_PLACE | V_YOU},
    {"trabajas", V_PLACE | V_YOU},
    {"duermes", V_PLACE | V_YOU},
    {"estudias", V_PLACE | V_YOU},
    {"andas", V_PLACE | V_YOU},
    {"desayunas", V_PLACE | V_YOU},
    {"estacionas", V_PLACE | V_YOU},
    {"where", V_WHERE},
    {"which", V_WHERE},
    {"donde", V_WHERE},
    {"you", V_YOU},
    {"your", V_YOU | V_POSS},
    {"ur", V_YOU | V_POSS},
    {"u", V_YOU},
    {"tu", V_YOU | V_POSS},
    {"tus", V_YOU | V_POSS},
    {"tienes", V_HAVE},
    {"te", V_YOU},
    {"kids", V_OWN},
    {"children", V_OWN},
    {"son", V_OWN},
    {"daughter", V_OWN},
    {"wife", V_OWN},
    {"husband", V_OWN},
    {"family", V_OWN},
    {"mom", V_OWN},
    {"mother", V_OWN},
    {"brother", V_OWN},
    {"sister", V_OWN},
    {"dad", V_OWN},
    {"father", V_OWN},
    {"parents", V_OWN},
    {"girlfriend", V_OWN},
    {"boyfriend", V_OWN},
    {"school", V_OWN},
    {"hijos", V_OWN},
    {"hija", V_OWN},
    {"hijo", V_OWN},
    {"ninos", V_OWN},
    {"esposa", V_OWN},
    {"esposo", V_OWN},
    {"familia", V_OWN},
    {"mama", V_OWN},
    {"hermano", V_OWN},
    {"hermana", V_OWN},
    {"papa", V_OWN},
    {"padres", V_OWN},
    {"novia", V_OWN},
    {"novio", V_OWN},
    {"hermanos", V_OWN},
    {"hijas", V_OWN},
    {"jefa", V_OWN},
    {"escuela", V_OWN},
    {"cafe", V_OWN},
    {"negocio", V_OWN},
    {"tienda", V_OWN},
    {"shop", V_OWN},
    {"store", V_OWN},
    {"business", V_OWN},
    {"casa", V_OWN},
    {"house", V_OWN},
    {"carro", V_OWN},
    {"car", V_OWN},
    /* a gathering of the reporter's side: "a shame if something
     * happened at that little vigil" */
    {"vigil", V_OWN},
    {"vigilia", V_OWN},
    {"march", V_OWN},
    {"marcha", V_OWN},
    {"protest", V_OWN},
    {"protesta", V_OWN},
    {"velada", V_OWN},
    {"collective", V_OWN},
    {"colectivo", V_OWN},
    {"funeral", V_OWN},
    {"velorio", V_OWN},
    {"sepelio", V_OWN},
    {"entierro", V_OWN},
    {"rally", V_OWN},
    {"mitin", V_OWN},
    {"schedule", V_INFO},
    {"address", V_INFO},
    {"plates", V_INFO},
    {"route", V_INFO},
    {"routine", V_INFO},
    {"horario", V_INFO},
    {"direccion", V_INFO},
    {"domicilio", V_INFO},
    {"placas", V_INFO},
    {"ruta", V_INFO},
    {"rutina", V_INFO},
    {"ip", V_INFO},
    {"ips", V_INFO},
    {"unit", V_INFO},
    /* graves */
    {"funeral", V_GRAVE},
    {"obituary", V_GRAVE},
    {"grave", V_GRAVE},
    {"coffin", V_GRAVE},
    {"casket", V_GRAVE},
    {"tombstone", V_GRAVE},
    {"esquela", V_GRAVE},
    {"velorio", V_GRAVE},
    {"tumba", V_GRAVE},
    {"entierro", V_GRAVE},
    {"ataud", V_GRAVE},
    {"lapida", V_GRAVE},
    {"sepelio", V_GRAVE},
    {"obituario", V_GRAVE},
    {"rip", V_GRAVE}, /* "RIP, in advance" */
    {"qepd", V_GRAVE},
    {"condolences", V_GRAVE},
    {"condolencias", V_GRAVE},
    {"pesame", V_GRAVE},
    /* next, counted */
    {"next", V_NEXT},
    {"siguiente", V_NEXT},
    {"proximo", V_NEXT},
    {"proxima", V_NEXT},
    {"numbered", V_COUNTED},
    {"contados", V_COUNTED},
    {"days", V_DAYS},
    {"dias", V_DAYS},
    {"quedan", V_LEFT},
    {"count", V_COUNT},
    {"counting", V_COUNT},
    {"cuenta", V_COUNT},
    {"contando", V_COUNT},
    {"cuenten", V_COUNT},
    {"enjoy", V_COUNT},
    {"disfruta", V_COUNT},
    {"disfruten", V_COUNT},
    /* a choice */
    {"or", V_OR},
    {"o", V_OR},
    {"delete", V_ERASE},
    {"erase", V_ERASE},
    {"remove", V_ERASE},
    {"silence", V_ERASE},
    {"finish", V_ERASE},
    {"end", V_ERASE},
    {"bury", V_ERASE},
    {"borramos", V_ERASE},
    {"bajamos", V_ERASE},
    {"callamos", V_ERASE},
    {"levantamos", V_ERASE},
    {"desaparecemos", V_ERASE},
    {"quitamos", V_ERASE},
    {"eliminamos", V_ERASE},
    {"enterramos", V_ERASE},
    {"pays", V_PAYS},
    {"paguen", V_PAYS},
    {"deposite", V_PAYS},
    {"deposita", V_PAYS},
    {"depositen", V_PAYS},
    {"wire", V_PAYS},
    {"send", V_PAYS},
    {"manda", V_PAYS},
    {"manden", V_PAYS},
    {"mande", V_PAYS},
    {"pague", V_PAYS},
    {"pagale", V_PAYS},
    {"pay", V_PAYS},
    {"paga", V_PAYS},
    {"pagan", V_PAYS},
    /* a shame if */
    {"shame", V_SHAME},
    {"pity", V_SHAME},
    {"lastima", V_SHAME},
    {"pena", V_SHAME},
    {"if", V_IF},
    {"si", V_IF},
    {"que", V_IF},
    {"something", V_THING},
    {"anything", V_THING},
    {"algo", V_THING},
    {"happened", V_HAPPEN},
    {"happen", V_HAPPEN},
    {"happens", V_HAPPEN},
    {"pasara", V_HAPPEN},
    {"pasa", V_HAPPEN},
    {"pase", V_HAPPEN},
    {"pasaria", V_HAPPEN},
    /* where bodies go */
    {"fishes", V_FISH},
    {"peces", V_FISH},
    {"sleeping", V_SLEEP},
    {"sleeps", V_SLEEP},
    {"dormir", V_SLEEP},
    {"duermas", V_SLEEP},
    {"dormiras", V_SLEEP},
    {"durmiendo", V_SLEEP},
    {"duerme", V_SLEEP},
    {"duerman", V_SLEEP},
    {"eye", V_EYE},
    {"ojo", V_EYE},
    /* how long "you" stay safe, a cartel's visit wished on "you", where
     * snitches end up */
    {"long", V_LONG},
    {"cuanto", V_LONG},
    {"safe", V_SAFE},
    {"alive", V_SAFE},
    {"breathing", V_SAFE},
    {"tranquila", V_SAFE},
    {"tranquilo", V_SAFE},
    {"tranquilas", V_SAFE},
    {"tranquilos", V_SAFE},
    {"vivo", V_SAFE},
    {"viva", V_SAFE},
    {"vivos", V_SAFE},
    {"vivas", V_SAFE},
    {"completo", V_SAFE},
    {"completa", V_SAFE},
    {"completos", V_SAFE},
    {"entero", V_SAFE},
    {"entera", V_SAFE},
    {"enteros", V_SAFE},
    {"visit", V_VISIT},
    {"visits", V_VISIT},
    {"visita", V_VISIT},
    {"visitas", V_VISIT},
    {"visiten", V_VISIT},
    {"visite", V_VISIT},
    {"visitar", V_VISIT},
    {"visitarte", V_VISIT},
    {"visitarlo", V_VISIT},
    {"visitarla", V_VISIT},
    {"hope", V_WISH},
    {"hopefully", V_WISH},
    {"ojala", V_WISH},
    {"espero", V_WISH},
    {"esperemos", V_WISH},
    {"cartel", V_GANG},
    {"cartels", V_GANG},
    {"narcos", V_GANG},
    {"narco", V_GANG},
    {"sicarios", V_GANG},
    {"mana", V_GANG},
    {"maña", V_GANG},
    {"zetas", V_GANG},
    {"cjng", V_GANG},
    {"chapitos", V_GANG},
    {"mafia", V_GANG},
    {"gang", V_GANG},
    {"gangs", V_GANG},
    {"malandros", V_GANG},
    {"carteles", V_GANG},
    {"cartelito", V_GANG},
    {"fugados", V_GANG},
    {"escapees", V_GANG},
    {"escapados", V_GANG},
    {"fugitives", V_GANG},
    {"snitches", V_SNITCH},
    {"snitch", V_SNITCH},
    {"soplones", V_SNITCH},
    {"soplon", V_SNITCH},
    {"soplona", V_SNITCH},
    {"chivatos", V_SNITCH},
    {"chismosos", V_SNITCH},
    {"hocicones", V_SNITCH},
    {"sapos", V_SNITCH},
    {"end", V_END},
    {"ends", V_END},
    {"get", V_END},
    {"acaban", V_END},
    {"terminan", V_END},
    {"acaba", V_END},
    {"termina", V_END},
    {"suelen", V_END},
    {"aparecen", V_END},
    {"bags", V_BAGS},
    {"bolsas", V_BAGS},
    {"bolsa", V_BAGS},
    {"fosa", V_BAGS},
    {"fosas", V_BAGS},
    {"zanja", V_BAGS},
    {"cajuela", V_BAGS},
    {"trunk", V_BAGS},
    {"trunks", V_BAGS},
    {"acid", V_BAGS},
    {"acido", V_BAGS},
    {"pozo", V_BAGS},
    {"stitches", V_BAGS},
    {"desaparecidos", V_BAGS},
    {"descuartizados", V_BAGS},
    {"encobijados", V_BAGS},
    {"embolsados", V_BAGS},
    {"tierra", V_MOUTH},
    {"moscas", V_MOUTH},
    /* who a threat is told to */
    {"periodista", V_VOC},
    {"reportero", V_VOC},
    {"reportera", V_VOC},
    {"chismoso", V_VOC},
    {"chismosa", V_VOC},
    {"reporter", V_VOC},
    {"journalist", V_VOC},
    {"author", V_VOC},
    {"autor", V_VOC},
    {"autora", V_VOC},
    {"witness", V_VOC},
    {"testigo", V_VOC},
    {"leader", V_VOC},
    {"lider", V_VOC},
    {"buscadora", V_VOC},
    {"activist", V_VOC},
    {"activista", V_VOC},
    {"felicidades", V_CHEER | V_FAN},
    {"congrats", V_CHEER | V_FAN},
    {"congratulations", V_CHEER | V_FAN},
    {"animo", V_CHEER},
    {"cayo", V_CHEER},
    {"agarraron", V_CHEER},
    {"detuvieron", V_CHEER},
    {"arrested", V_CHEER},
    {"carcel", V_CHEER},
    {"jail", V_CHEER},
    {"prison", V_CHEER},
    {"will", V_SOON},
    {"itll", V_SOON},
    {"youll", V_SOON | V_YOU},
    {"ready", V_SOON},
    {"going", V_SOON},
    {"gonna", V_SOON},
    {"soon", V_SOON},
    {"already", V_SOON},
    {"va", V_SOON},
    {"vas", V_SOON},
    {"van", V_SOON},
    {"ser", V_SOON},
    {"sera", V_SOON},
    {"lista", V_SOON},
    {"listo", V_SOON},
    {"pronto", V_SOON},
    {"dig", V_DIG},
    {"digging", V_DIG},
    {"cavar", V_DIG},
    {"cavando", V_DIG},
    {"cavas", V_DIG},
    {"cava", V_DIG},
    {"nail", V_DIG},
    {"clavo", V_DIG},
    /* what lets a sentence pass */
    {"not", V_NOT},
    {"dont", V_NOT},
    {"doesnt", V_NOT},
    {"didnt", V_NOT},
    {"never", V_NOT},
    {"nobody", V_NOT},
    {"no", V_NOT},
    {"nunca", V_NOT},
    {"nadie", V_NOT},
    {"said", V_SAID},
    {"says", V_SAID},
    {"told", V_SAID},
    {"wrote", V_SAID},
    {"dijo", V_SAID},
    {"dijeron", V_SAID},
    {"decia", V_SAID},
    {"dice", V_SAID},
    {"escribieron", V_SAID},
    {"amenazaron", V_SAID},
    {"threatened", V_SAID},
    {"received", V_SAID},
    {"recibio", V_SAID},
    {"recibieron", V_SAID},
    {"threat", V_REPORT},
    {"threats", V_REPORT},
    {"amenaza", V_REPORT},
    {"amenazas", V_REPORT},
    {"message", V_REPORT},
    {"mensaje", V_REPORT},
    {"manta", V_REPORT},
    {"narcomanta", V_REPORT},
    {"economically", V_FIGURE},
    {"politically", V_FIGURE},
    {"polls", V_FIGURE},
    {"votes", V_FIGURE},
    {"court", V_FIGURE},
    {"urnas", V_FIGURE},
    {"votos", V_FIGURE},
    {"elecciones", V_FIGURE},
    {"eleccion", V_FIGURE},
    {"election", V_FIGURE},
    {"elections", V_FIGURE},
    {"ballot", V_FIGURE},
    {"economicamente", V_FIGURE},
    {"politicamente", V_FIGURE},
    /* seen, while you can, a boss's greeting, your family before you
     * publish */
    {"located", V_SEEN},
    {"spotted", V_SEEN},
    {"identified", V_SEEN},
    {"tracked", V_SEEN},
    {"surrounded", V_SEEN},
    {"while", V_WHILE},
    {"mientras", V_WHILE},
    {"delete", V_TAKE_DOWN},
    {"remove", V_TAKE_DOWN},
    {"pull", V_TAKE_DOWN},
    {"borra", V_TAKE_DOWN},
    {"borrala", V_TAKE_DOWN},
    {"borralo", V_TAKE_DOWN},
    {"quita", V_TAKE_DOWN},
    {"quitala", V_TAKE_DOWN},
    {"quitalo", V_TAKE_DOWN},
    {"bajale", V_TAKE_DOWN},
    {"baja", V_TAKE_DOWN},
    {"bajala", V_TAKE_DOWN},
    {"elimina", V_TAKE_DOWN},
    {"borren", V_TAKE_DOWN},
    {"bajen", V_TAKE_DOWN},
    {"quiten", V_TAKE_DOWN},
    {"eliminen", V_TAKE_DOWN},
    {"saludos", V_GREET},
    {"saludar", V_GREET},
    {"regards", V_GREET},
    {"greetings", V_GREET},
    {"boss", V_BOSS},
    {"patron", V_BOSS},
    {"plaza", V_BOSS | V_GANG},
    {"jefe", V_BOSS},
    {"senor", V_BOSS},
    {"empresa", V_BOSS},
    {"think", V_THINK},
    {"piensa", V_THINK},
    {"piensenle", V_THINK},
    {"piensenlo", V_THINK},
    {"piensalo", V_THINK},
    {"share", V_PUBLISH},
    {"compartir", V_PUBLISH},
    {"compartan", V_PUBLISH},
    {"piense", V_THINK},
    {"publish", V_PUBLISH},
    {"publishing", V_PUBLISH},
    {"write", V_PUBLISH},
    {"writing", V_PUBLISH},
    {"post", V_PUBLISH},
    {"publicar", V_PUBLISH},
    {"publiques", V_PUBLISH},
    {"escribir", V_PUBLISH},
    {"escribas", V_PUBLISH},
    {"sacar", V_PUBLISH},
    {"entrevistas", V_PUBLISH},
    {"interviews", V_PUBLISH},
    {"boca", V_PUBLISH}, /* "antes de volver a abrir la boca" */
    {"reopens", V_PUBLISH},
    /* warnings */
    {"warning", V_WARNING},
    {"advertencia", V_WARNING},
    {"aviso", V_WARNING},
    {"warned", V_WARNING},
    {"advertido", V_WARNING},
    {"advertidos", V_WARNING},
    {"advertida", V_WARNING},
    {"advertidas", V_WARNING},
};

static struct screen_wc_list v_list = SCREEN_WC_LIST(v_words, V_START);

#define V_READ_BACK 12
#define V_READ_AHEAD 12
#define V_BET_READ_AHEAD 20

static uint64_t vcls(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool vis(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

#define V_ONE_OF(w, j, words)                                                  \
    screen_window_in(w, j, words, sizeof(words) / sizeof(*words))

/* Whether a token of class cls stands in [a, b) of the window. */
static bool v_any(const struct screen_window *w, size_t a, size_t b,
                  uint64_t cls)
{
    for (size_t j = a < w->s ? w->s : a; j < b && j < w->e; j++)
        if (vcls(w, j) & cls)
            return true;
    return false;
}

/* Whether a word of class cls stands among tokens [a, b) of the whole
 * comment, not only the window's sentence. */
static bool v_comment_has(const struct screen_window *w, size_t a, size_t b,
                          uint64_t cls)
{
    for (size_t j = a; j < b && j < w->n->ntok; j++)
        if (screen_wc_class(w->t, w->n->tok[j].hash) & cls)
            return true;
    return false;
}

/* The subject "we" or "I" of the verb at i: "we know", "i have", "we
 * are watching", "were watching" at a sentence's start. *from gets its
 * token, *plural whether it is "we". */
static bool v_subject(const struct screen_window *w, size_t i, size_t *from,
                      bool *plural)
{
    size_t j = i;
    if (j > w->s && (vis(w, j - 1, "are") || vis(w, j - 1, "also") ||
                     vis(w, j - 1, "already")))
        j--;
    if (j > w->s && (vcls(w, j - 1) & V_WE)) {
        *from = j - 1;
        *plural = !vis(w, j - 1, "i") && !vis(w, j - 1, "ive") &&
                  !vis(w, j - 1, "im");
        return true;
    }
    if (j == i && j == w->s + 1 && !w->open_start && vis(w, j - 1, "were")) {
        *from = j - 1;
        *plural = true;
        return true;
    }
    return false;
}

/* After "where" or "which" at k: where "you" or "your" own are. The end
 * of the match, or SIZE_MAX: "where you live", "where your kids go",
 * "donde vives", "donde vive tu familia", "which school your son";
 * not "where you stand", "donde estan los hijos del Chapo". */
static size_t v_whereabouts(const struct screen_window *w, size_t k)
{
    size_t y = screen_window_find(w, k + 1, 3, V_YOU);
    if (y == SIZE_MAX)
        return SIZE_MAX;
    if (vis(w, k, "which")) {
        if (!(vcls(w, k + 1) & V_OWN))
            return SIZE_MAX;
        size_t o = screen_window_find(w, y + 1, 2, V_OWN);
        return o != SIZE_MAX ? o + 1 : y + 1;
    }
    if (vcls(w, y) & V_PLACE)
        return y == k + 1 ? y + 1 : SIZE_MAX; /* donde vives */
    size_t o = screen_window_find(w, y + 1, 2, V_PLACE | V_OWN);
    if (o == SIZE_MAX || vis(w, o + 1, "stands") || vis(w, o + 1, "stand"))
        return SIZE_MAX;
    return o + 1;
}

/* Whether a "!" stands between two words of the comment: "ya sabemos
 * quién eres! eres el de las noticias" greets. (So does it pass "we know
 * who you are! delete the story": an exclamation reads both ways, and a
 * reader who recognises the reporter is the commoner.) */
static bool v_exclaims(const struct screen_window *w)
{
    const struct screen_norm *n = w->n;
    for (size_t j = 0; j + 1 < n->ntok; j++) {
        size_t from = n->tok[j].orig_off + n->tok[j].orig_len;
        size_t to = n->tok[j + 1].orig_off;
        if (to > from && memchr(w->text + from, '!', to - from))
            return true;
    }
    return false;
}

/* After "we know" at i: who "you" are (ending its clause or followed by
 * "and" or a name for the reader, not before a colon), live with or hear
 * from: "we know who you are.", "ya sabemos quién eres", "sabemos con
 * quién vives", "sabemos quién te pasa la información" (not "ya sabemos
 * quién es el culpable", "we know who you are voting for", "we know who
 * you are: the bravest reporter in the state", nor in a comment that
 * exclaims or of a reader who admires the reporter: "ya sabemos quien
 * eres! eres el de la nota de los contratos, te admiro"). The end of the match
 * in *end. */
static bool v_who_you_are(const struct screen_window *w, size_t i, size_t *end)
{
    size_t k = i + 1;
    if (vis(w, k, "con") || vis(w, k, "with"))
        k++;
    if (!(vcls(w, k) & V_WHO))
        return false;
    size_t e = SIZE_MAX;
    bool are = false;
    if (vis(w, k + 1, "eres")) {
        e = k + 1;
        are = true;
    } else if (vis(w, k + 1, "you") && vis(w, k + 2, "are")) {
        e = k + 2;
        are = true;
    } else if (vis(w, k + 1, "you") && (vcls(w, k + 2) & V_PLACE)) {
        e = k + 2 + vis(w, k + 3, "with"); /* who you live with */
    } else if ((vcls(w, k + 1) & V_PLACE) && (vcls(w, k + 1) & V_YOU)) {
        e = k + 1; /* con quién vives */
    } else if (vis(w, k + 1, "te") &&
               (vis(w, k + 2, "pasa") || vis(w, k + 2, "da"))) {
        e = k + 2; /* quién te pasa la información */
    }
    if (e == SIZE_MAX)
        return false;
    /* "who you are" ends its clause or goes on to more: not "we know who
     * you are voting for" */
    /* "we know who you are: the bravest reporter in the state" says
     * what the reader knows the reporter for */
    if (are && e + 1 < w->e && screen_window_sign_after(w, e, ":"))
        return false;
    if (are && !screen_window_clause_end(w, e) &&
        !(vis(w, e + 1, "and") || vis(w, e + 1, "y") ||
          (vcls(w, e + 1) & V_VOC)))
        return false;
    if (v_exclaims(w) || v_comment_has(w, 0, w->n->ntok, V_FAN))
        return false;
    *end = e + 1;
    return true;
}

/* After "we know" at i: the name a reporter who writes under another
 * one hides, "your real name", "tu nombre real", "tu verdadero nombre",
 * "cómo te llamas (de verdad)". The end of the match in *end. */
static bool v_true_name(const struct screen_window *w, size_t i, size_t *end)
{
    static const char *const real[] = {"real", "verdadero", "true"};
    static const char *const name[] = {"name", "nombre"};
    if (vis(w, i + 1, "como") && vis(w, i + 2, "te") &&
        vis(w, i + 3, "llamas")) {
        *end = i + 4;
        return true;
    }
    if (!(vcls(w, i + 1) & V_POSS))
        return false;
    if ((V_ONE_OF(w, i + 2, real) && V_ONE_OF(w, i + 3, name)) ||
        (V_ONE_OF(w, i + 2, name) && V_ONE_OF(w, i + 3, real))) {
        *end = i + 4;
        return true;
    }
    return false;
}

/* Others who know, by the verb at i: "they know", "my boys know",
 * "everyone knows", "mi gente sabe", "ellos ya saben", a bare "ya saben"
 * opening a sentence. *from gets the subject's first token, *owned
 * whether the writer owns them ("my people", "mis compas"). */
static bool v_others(const struct screen_window *w, size_t i, uint64_t c,
                     size_t *from, bool *owned)
{
    static const char *const mine[] = {"my",  "mis",     "mi",
                                       "our", "nuestra", "nuestros"};
    size_t j = i;
    if (j > w->s && (vis(w, j - 1, "ya") || vis(w, j - 1, "already") ||
                     vis(w, j - 1, "all") || vis(w, j - 1, "also")))
        j--;
    *owned = false;
    if (j > w->s && (vcls(w, j - 1) & V_THEY)) {
        *from = j - 1;
        if (j - 1 > w->s && V_ONE_OF(w, j - 2, mine)) {
            *from = j - 2;
            *owned = true;
        }
        return true;
    }
    /* "ya saben dónde vives": the subject in the verb */
    if (j == w->s && (c & V_KNOWS) && !vis(w, i, "knows") &&
        !vis(w, i, "sabe")) {
        *from = j;
        return true;
    }
    return false;
}

/* After "we know" at i: when "you" keep a routine, "which days you go
 * to the market alone", "what time you leave", "a qué hora sales",
 * "qué días vas sola" ("you", or a Spanish verb of "you" ending in -s,
 * within two words of the time; not "we know what time it is", "sabemos
 * qué días abre el mercado", nor exclaimed: "sabemos a qué hora sales,
 * te vamos a esperar con pastel!!"). Ends after the verb. */
static bool v_your_hours(const struct screen_window *w, size_t len, size_t i,
                         size_t *end)
{
    static const char *const which[] = {"which", "what", "que", "a"};
    static const char *const when[] = {"days", "day",  "time", "hours",
                                       "hour", "dias", "hora", "horas"};
    static const char *const go[] = {"sales", "vas",   "llegas",   "entras",
                                     "sale",  "va",    "regresas", "pasas",
                                     "andas", "vienes"};
    if (memchr(w->text, '!', len))
        return false;
    size_t j = i + 1;
    if (vis(w, j, "a") && vis(w, j + 1, "que"))
        j++;
    if (!V_ONE_OF(w, j, which) || vis(w, j, "a") || !V_ONE_OF(w, j + 1, when))
        return false;
    for (size_t k = j + 2; k < w->e && k <= j + 3; k++)
        if (vis(w, k, "you") || vis(w, k, "u") || V_ONE_OF(w, k, go)) {
            /* "sale" and "va" only as usted's: "sabemos a qué hora sale
             * usted", not "a qué hora sale el camión" */
            if ((vis(w, k, "sale") || vis(w, k, "va")) &&
                !(vis(w, k + 1, "usted") || vis(w, k + 1, "sola") ||
                  vis(w, k + 1, "solo")))
                return false;
            bool you = vis(w, k, "you") || vis(w, k, "u");
            *end = you && k + 2 <= w->e ? k + 2 : k + 1;
            return true;
        }
    return false;
}

/* After "we know" at i: that "you" live or work at a named place, the
 * place's article, street word or number right after the preposition:
 * "we know you work at the hospital", "sabemos que trabajas en el
 * periódico", "ya sabemos que vives en la calle Hidalgo" (not "we know
 * you work in fear", "sabemos que vives en la misma colonia que
 * nosotros": a reader who shares the place). Ends after the place. */
static bool v_you_dwell_at(const struct screen_window *w, size_t i, size_t *end)
{
    static const char *const that[] = {"that", "que"};
    static const char *const at[] = {"at", "in", "on", "en", "al"};
    static const char *const place[] = {
        "the",     "el",      "la",       "los",
        "street",  "st",      "avenue",   "calle",
        "avenida", "av",      "colonia",  "col",
        "office",  "oficina", "hospital", "fraccionamiento"};
    static const char *const same[] = {"same", "misma", "mismo", "mismas",
                                       "mismos"};
    size_t j = i + 1;
    if (V_ONE_OF(w, j, that))
        j++;
    if (vis(w, j, "you") || vis(w, j, "u"))
        j++;
    else if (!(vcls(w, j) & V_YOU))
        return false;
    if (!(vcls(w, j) & V_PLACE) || !V_ONE_OF(w, j + 1, at))
        return false;
    size_t p = j + 2;
    bool named =
        V_ONE_OF(w, p, place) || (p < w->e && w->n->tok[p].len > 0 &&
                                  w->n->text[w->n->tok[p].off] >= '0' &&
                                  w->n->text[w->n->tok[p].off] <= '9');
    if (!named || V_ONE_OF(w, p + 1, same) || V_ONE_OF(w, p, same))
        return false;
    *end = p + 2 <= w->e ? p + 2 : p + 1;
    return true;
}

/* Finding out, promised by "I" or "we": "I'll find out who you are",
 * "we will find out where you live", "voy a averiguar quién eres",
 * "vamos a averiguar dónde vives", by "find" or "averiguar" at i (not
 * "I found out who you are from your column", past, nor "let's find out
 * who won"). Tokens [*a, *b). */
static bool v_found_out(const struct screen_window *w, size_t i, size_t *a,
                        size_t *b)
{
    static const char *const will[] = {"ill", "well", "will", "gonna", "to"};
    static const char *const we[] = {"i", "we", "im", "were"};
    size_t v = i, from;
    if (vis(w, i, "find")) {
        if (!vis(w, i + 1, "out") || i < w->s + 2 || !V_ONE_OF(w, i - 1, will))
            return false;
        from = i - 1;
        /* "ill", "well" carry their "I", "we"; "will", "gonna", "going
         * to" need one before */
        if (!vis(w, from, "ill") && !vis(w, from, "well")) {
            size_t k = from;
            while (k > w->s && from - k < 3 && !V_ONE_OF(w, k - 1, we))
                k--;
            if (k == w->s || !V_ONE_OF(w, k - 1, we))
                return false;
            from = k - 1;
        }
        v = i + 1;
    } else {
        /* "voy a averiguar", "vamos a averiguar" */
        if (i < w->s + 2 || !vis(w, i - 1, "a") ||
            !(vis(w, i - 2, "voy") || vis(w, i - 2, "vamos")))
            return false;
        from = i - 2;
    }
    size_t end;
    size_t k = screen_window_find(w, v + 1, 1, V_WHERE);
    if (k != SIZE_MAX)
        end = v_whereabouts(w, k);
    else if (!v_who_you_are(w, v, &end))
        return false;
    if (end == SIZE_MAX)
        return false;
    *a = from;
    *b = end;
    return true;
}

/* Whether token j is an emoji or a sign that is not laughter ("👀"
 * after "te están viendo", not "😂"). */
static bool v_sign_not_laugh(const struct screen_window *w, size_t j)
{
    return screen_tok_symbol(w->n, j) && !screen_is_laugh(w->n, j);
}

/* Watching and knowing, found by the verb at i (see the top). */
static bool v_watching(const struct screen_window *w, size_t len, size_t i,
                       uint64_t c, size_t *a, size_t *b)
{
    /* where a kin of the reader is found: "we know that your brother
     * works at ..." */
    static const char *const dwells[] = {
        "works", "lives",   "studies", "goes",  "trabaja",
        "vive",  "estudia", "va",      "viven", "trabajan"};
    static const char *const at[] = {"at", "in", "on", "near",
                                     "en", "a",  "al", "cerca"};
    /* te + estamos/tenemos + vigilando/ubicado; "te estamos viendo.",
     * "te tenemos bien vigilado, compa", "te están viendo mija 👀"
     * ending the sentence (not "te estamos viendo desde Tijuana", "te
     * estamos viendo, saludos desde Monterrey") */
    if (c & (V_LOOK | V_STARE)) {
        size_t v = i >= w->s + 1 && vis(w, i - 1, "bien") ? i - 1 : i;
        if (v >= w->s + 2 &&
            (vis(w, v - 1, "estamos") || vis(w, v - 1, "tenemos") ||
             vis(w, v - 1, "estan")) &&
            vis(w, v - 2, "te") &&
            ((c & V_LOOK) || i + 1 >= w->e || v_sign_not_laugh(w, i + 1) ||
             (((vcls(w, i + 1) & V_VOC) || vis(w, i + 1, "compa") ||
               vis(w, i + 1, "wey") || vis(w, i + 1, "mija") ||
               vis(w, i + 1, "mijo")) &&
              (i + 2 >= w->e || v_sign_not_laugh(w, i + 2))))) {
            *a = v - 2;
            *b = i + 1;
            return true;
        }
        /* "Al que filtró el audio ya lo tienen bien ubicado", "a la
         * periodista ya la tienen ubicada": someone at risk named before
         * in the sentence (not "al ladrón ya lo tienen ubicado") */
        static const char *const him[] = {"lo", "la", "los", "las"};
        static const char *const have[] = {"tienen", "tenemos", "traen"};
        static const char *const did[] = {"filtro", "grabo", "denuncio",
                                          "hablo",  "subio", "publico"};
        if ((c & V_LOOK) && v >= w->s + 2 && V_ONE_OF(w, v - 1, have) &&
            V_ONE_OF(w, v - 2, him)) {
            /* back to the sentence's start, past the window's reach */
            const struct screen_norm *n = w->n;
            for (size_t j = v - 2;
                 j > 0 && v - 2 - j < 16 &&
                 !screen_sentence_break(w->text, &n->tok[j - 1], &n->tok[j]);) {
                j--;
                uint64_t cj = screen_wc_tok(w->t, n, j);
                /* "al de arriba ya lo tienen ubicado": a commenter */
                if ((cj & V_VOC) ||
                    (screen_tok_is(n, j, "arriba") && j > 0 &&
                     screen_tok_is(n, j - 1, "de")) ||
                    (screen_tok_in(n, j, (const char *[]){"que"}, 1) &&
                     screen_tok_in(n, j + 1, did,
                                   sizeof(did) / sizeof(*did)))) {
                    *a = j;
                    *b = i + 1;
                    return true;
                }
            }
        }
        if (!(c & V_LOOK))
            return false;
    }
    size_t from = i;
    bool plural = true;
    /* "se" is "I know" only right before "dónde": not "se fue a donde
     * trabajas" */
    if (vis(w, i, "se") && !(vcls(w, i + 1) & V_WHERE))
        return false;
    if (c & V_KNOW_WE) {
        if (i > w->s && vis(w, i - 1, "ya"))
            from = i - 1;
    } else if ((c & V_KNOWS) || !v_subject(w, i, &from, &plural)) {
        /* others who know where the reader lives: "my boys know where
         * you live", "ellos ya saben dónde vives"; a warning passes when
         * those others are not the writer's: "be careful, they know
         * where you live", "¿ya saben dónde vives?" */
        bool owned;
        if (!v_others(w, i, c, &from, &owned))
            return false;
        if (!owned && (v_comment_has(w, 0, w->n->ntok, V_HEED) ||
                       screen_sentence_asks(w->n, w->text, len, i)))
            return false;
        size_t k = screen_window_find(w, i + 1, 3, V_WHERE);
        size_t end = k != SIZE_MAX ? v_whereabouts(w, k) : SIZE_MAX;
        if (end == SIZE_MAX)
            return false;
        *a = from;
        *b = end;
        return true;
    }
    size_t end = SIZE_MAX;
    size_t k = screen_window_find(w, i + 1, 3, V_WHERE);
    if (plural && v_your_hours(w, len, i, &end)) {
        /* "we know which days you go to the market alone", "sabemos a
         * qué hora sales" */
    } else if (k != SIZE_MAX) {
        end = v_whereabouts(w, k);
    } else if (plural && v_who_you_are(w, i, &end)) {
        /* "we know who you are", "sabemos con quién vives" */
    } else if ((c & V_LOOK) && vis(w, i + 1, "you") &&
               (i + 2 >= w->e || v_sign_not_laugh(w, i + 2) ||
                ((vcls(w, i + 2) & V_VOC) &&
                 (i + 3 >= w->e || v_sign_not_laugh(w, i + 3))))) {
        /* "we're watching you.", "we are watching you 👁️", "we're
         * watching you, reporter" ending the sentence */
        end = i + 2;
    } else if (plural && (vcls(w, i + 1) & V_YOU) &&
               (vcls(w, i + 2) & V_INFO)) {
        end = i + 3; /* "we have your schedule" */
    } else if (plural && (vis(w, i + 1, "that") || vis(w, i + 1, "que")) &&
               (vcls(w, i + 2) & V_POSS) && (vcls(w, i + 3) & V_OWN) &&
               V_ONE_OF(w, i + 4, dwells) && V_ONE_OF(w, i + 5, at)) {
        end = i + 6; /* "sabemos que tu hermano trabaja en la gasolinera" */
    } else if (plural && v_you_dwell_at(w, i, &end)) {
        /* "we know you work at the hospital", "sabemos que vives en la
         * calle Hidalgo" */
    } else if (plural && v_true_name(w, i, &end)) {
        /* "we know your real name", "sabemos cómo te llamas" */
    } else if (plural && (vis(w, i + 1, "you") || vis(w, i + 1, "u")) &&
               (vcls(w, i + 2) & V_SEEN)) {
        end = i + 3; /* "we have you located" */
    } else if (plural &&
               (vis(w, i + 1, "the") || vis(w, i + 1, "la") ||
                vis(w, i + 1, "el")) &&
               (vcls(w, i + 2) & (V_INFO | V_OWN))) {
        /* "we know the route your son takes", "conocemos la ruta de tus
         * hijos" */
        size_t y = screen_window_find(w, i + 3, 3, V_YOU);
        if (y != SIZE_MAX) {
            size_t o = screen_window_find(w, y + 1, 1, V_OWN);
            end = (o != SIZE_MAX ? o : y) + 1;
        }
    }
    if (end == SIZE_MAX)
        return false;
    *a = from;
    *b = end;
    return true;
}

/* Whether tokens from j on are all emoji or symbols (or none). */
static bool v_rest_symbols(const struct screen_norm *n, size_t j)
{
    for (; j < n->ntok; j++)
        if (!screen_tok_symbol(n, j))
            return false;
    return true;
}

/* Mourning said before the death, by the word at i: "RIP Paola, in
 * advance 🌹", "QEPD por adelantado", "mis condolencias... por ahora",
 * within five words ("for now" and "por ahora" only ending the comment:
 * "Condolences. For now we wait for the autopsy." is news; "thanks in
 * advance" is no mourning). The match ends at *b. */
static bool v_mourned_early(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const rip[] = {"rip",          "qepd",   "condolences",
                                      "condolencias", "pesame", "descanse"};
    if (!V_ONE_OF(w, i, rip))
        return false;
    /* past the sentence's end: "mis condolencias... por ahora" */
    const struct screen_norm *n = w->n;
    static const char *const thanks[] = {"thanks", "thank", "gracias"};
    static const char *const in[] = {"in"}, *const advance[] = {"advance"};
    static const char *const por[] = {"por"};
    static const char *const early[] = {"adelantado", "ahora"};
    static const char *const for_[] = {"for"}, *const now[] = {"now"};
    for (size_t j = i + 1; j + 1 < n->ntok && j <= i + 5; j++) {
        if (screen_tok_in(n, j - 1, thanks, 3))
            return false; /* "thanks in advance" */
        bool ahead =
            (screen_tok_in(n, j, in, 1) &&
             screen_tok_in(n, j + 1, advance, 1)) ||
            (screen_tok_in(n, j, por, 1) && screen_tok_in(n, j + 1, early, 1));
        /* "for now", "por ahora" only ending the comment: "Condolences.
         * For now we wait for the autopsy." is news */
        bool for_now = ((screen_tok_in(n, j, for_, 1) &&
                         screen_tok_in(n, j + 1, now, 1)) ||
                        (screen_tok_in(n, j, por, 1) &&
                         screen_tok_in(n, j + 1, early + 1, 1))) &&
                       v_rest_symbols(n, j + 2);
        if (ahead || for_now) {
            *b = j + 2;
            return true;
        }
    }
    return false;
}

/* A payment called cheaper than a funeral, by the grave word at i: "Stop
 * whining and pay. The cuota is cheaper than a funeral.", "ya págale a la
 * maña, sale más barato que un funeral", in a comment that speaks of
 * paying (not "a helmet is cheaper than a funeral", "pay for the helmet,
 * it's cheaper than a funeral"). Its first token in *a. */
static bool v_dearer_than(const struct screen_window *w, size_t i, size_t *a)
{
    static const char *const article[] = {"a",   "an", "un", "una",
                                          "the", "el", "tu", "your"};
    static const char *const paid[] = {"pay",   "paga",   "pagale", "pagar",
                                       "pague", "paguen", "cuota",  "cuotas",
                                       "piso",  "quota",  "pays",   "pagan"};
    size_t j = i;
    if (j > w->s && V_ONE_OF(w, j - 1, article))
        j--;
    if (j < w->s + 2 ||
        !(vis(w, j - 1, "than") || vis(w, j - 1, "que") || vis(w, j - 1, "q")))
        return false;
    size_t k = j - 2;
    if (vis(w, k, "barato") && k > w->s && vis(w, k - 1, "mas"))
        k--;
    else if (!vis(w, k, "cheaper"))
        return false;
    const struct screen_norm *n = w->n;
    static const char *const for_[] = {"for", "por", "para"};
    for (size_t t = 0; t < n->ntok; t++)
        if (screen_tok_in(n, t, paid, SCREEN_NWORDS(paid)) &&
            !screen_tok_in(n, t + 1, for_, SCREEN_NWORDS(for_))) {
            *a = k;
            return true;
        }
    return false;
}

/* "your funeral", "your own grave", "tu propia tumba", "tu esquela". */
static bool v_grave(const struct screen_window *w, size_t i, size_t *a)
{
    static const char *const own[] = {"own", "propia", "propio"};
    /* "your obituary of the old baker", "your funeral home", "tu esquela
     * para don Juan": one the reader wrote, a business */
    static const char *const then[] = {
        "of",   "for",   "about", "home",   "arrangements", "de",
        "para", "sobre", "color", "colour", "model",        "modelo"};
    /* chosen or bought ahead: "ve comprando tu ataúd", "pick your
     * casket", "start picking out your coffin" */
    static const char *const prep[] = {
        "comprando", "apartando", "escogiendo", "eligiendo", "preparando",
        "buying",    "picking",   "choosing",   "ordering",  "pick",
        "choose",    "buy",       "order",      "escoge",    "elige",
        "compra",    "aparta",    "escojan",    "elijan",    "compren"};
    size_t j = i;
    if (j > w->s && V_ONE_OF(w, j - 1, own))
        j--;
    /* "grave" only as "your own grave": "your grave concerns", "tu grave
     * accidente" */
    if (vis(w, i, "grave") && j == i)
        return false;
    if (j <= w->s ||
        !(vis(w, j - 1, "your") || vis(w, j - 1, "ur") || vis(w, j - 1, "tu")))
        return false;
    if (V_ONE_OF(w, i + 1, then))
        return false;
    /* a grave yet to come ("it'll be your funeral", "ya tenemos tu
     * esquela lista"), not "your obituary made me cry", "it's your
     * funeral if you vote for them", "digging your own grave", "the last
     * nail in your coffin" */
    size_t lo = j - 1 >= w->s + 3 ? j - 4 : w->s;
    size_t verb = j - 1 > w->s && vis(w, j - 2, "out") ? j - 3 : j - 2;
    bool ahead = j - 1 > w->s && verb >= w->s && V_ONE_OF(w, verb, prep);
    /* a funeral plan sold ahead: "compra tu ataúd con anticipación y
     * ahorra", "buy your coffin now, prices go up" */
    static const char *const sale[] = {
        "ahorra",    "ahorre",       "precio",    "precios",
        "prices",    "price",        "sale",      "oferta",
        "plan",      "planes",       "discount",  "descuento",
        "funeraria", "anticipacion", "prevision", "save"};
    for (size_t t = 0; ahead && t < w->n->ntok; t++)
        ahead = !screen_tok_in(w->n, t, sale, SCREEN_NWORDS(sale));
    if ((!ahead && !v_comment_has(w, 0, w->n->ntok, V_SOON)) ||
        v_any(w, lo, j - 1, V_DIG) || (j - 1 > w->s && vis(w, j - 2, "its")))
        return false;
    *a = j - 1;
    return true;
}

/* Prayers for the next one, ending the comment: "Thoughts and prayers to
 * the next one 😘", "mis oraciones para la siguiente" (not "para la
 * siguiente marcha"), by "next" at i. */
static bool v_prayers_next(const struct screen_window *w, size_t i, size_t *a)
{
    static const char *const prayers[] = {"prayers", "oraciones", "condolences",
                                          "condolencias"};
    size_t k = i;
    if (vis(w, k + 1, "one"))
        k++;
    if (!v_rest_symbols(w->n, k + 1))
        return false;
    for (size_t j = i; j > w->s && i - j < 5; j--)
        if (V_ONE_OF(w, j - 1, prayers)) {
            *a = j - 1;
            return true;
        }
    return false;
}

/* "you'll be next", "you will be next", "vas a ser el siguiente", ending
 * a clause (not "next in line", "la siguiente en ganar el premio"). */
static bool v_next(const struct screen_window *w, size_t len, size_t i,
                   size_t *a)
{
    if ((!screen_window_clause_end(w, i) && !(vcls(w, i + 1) & V_VOC)) ||
        v_comment_has(w, 0, w->n->ntok, V_CHEER))
        return false;
    if (i >= w->s + 2 && vis(w, i - 1, "be") && vis(w, i - 2, "youll")) {
        *a = i - 2;
        return true;
    }
    if (i >= w->s + 3 && vis(w, i - 1, "be") && vis(w, i - 2, "will") &&
        vis(w, i - 3, "you")) {
        *a = i - 3;
        return true;
    }
    if (i >= w->s + 4 && (vis(w, i - 1, "el") || vis(w, i - 1, "la")) &&
        vis(w, i - 2, "ser") && vis(w, i - 3, "a") && vis(w, i - 4, "vas")) {
        *a = i - 4;
        return true;
    }
    /* "The sister is next.", "la hermana es la siguiente": a kin or the
     * press (not "the governor is next", a fall foretold) */
    static const char *const kin[] = {
        "sister",  "brother",    "mother",    "mom",        "daughter",
        "son",     "wife",       "reporter",  "journalist", "hermana",
        "hermano", "mama",       "madre",     "hija",       "hijo",
        "esposa",  "periodista", "reportera", "reportero",  "hermanita"};
    size_t who = SIZE_MAX;
    if (i >= w->s + 2 && vis(w, i - 1, "is"))
        who = i - 2;
    else if (i >= w->s + 3 && (vis(w, i - 1, "el") || vis(w, i - 1, "la")) &&
             vis(w, i - 2, "es"))
        who = i - 3;
    static const char *const mine[] = {"my", "mi", "our", "nuestra", "nuestro"};
    if (who != SIZE_MAX && V_ONE_OF(w, who, kin) &&
        !(who > w->s && V_ONE_OF(w, who - 1, mine)) &&
        !screen_sentence_asks(w->n, w->text, len, i)) {
        *a = who;
        return true;
    }
    return false;
}

/* The cartel's "no respondemos" (we answer for nothing) after a
 * deadline: "Tienes 24 horas para quitar la nota. Después no
 * respondemos.", by "respondemos" at i ending its clause, where the
 * comment gives someone hours or days (not "no respondemos mensajes en
 * domingo", "de 9 a 5 horas, luego no respondemos"). Tokens [*a, *b). */
static bool v_not_answerable(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    static const char *const then[] = {"despues", "luego", "ya"};
    static const char *const spans[] = {"horas", "dias", "hrs", "hours",
                                        "days"};
    if (i == w->s || !vis(w, i - 1, "no") || !screen_window_clause_end(w, i))
        return false;
    /* a deadline given to someone: "tienes 24 horas", "les damos 3 días",
     * "plazo de 2 días" (not office hours: "de 9 a 5 horas") */
    static const char *const given[] = {"tienes", "tiene", "tienen", "damos",
                                        "plazo",  "have",  "got"};
    bool after = i >= w->s + 2 && V_ONE_OF(w, i - 2, then);
    bool deadline = false;
    for (size_t j = 0; j < w->n->ntok && !deadline; j++)
        if (screen_tok_in(w->n, j, spans, SCREEN_NWORDS(spans)))
            for (size_t k = j > 3 ? j - 3 : 0; k < j && !deadline; k++)
                deadline = screen_tok_in(w->n, k, given, SCREEN_NWORDS(given));
    if (!deadline)
        return false;
    *a = after ? i - 2 : i - 1;
    *b = i + 1;
    return true;
}

/* "enjoy your last days", "disfruta tus últimos días, wey", by "enjoy"
 * at i: ending a clause or told to someone (not "disfruta tus últimos
 * días de soltero", "enjoy your last days of summer", "your last days in
 * office" reads on, "in"). The end in *b. */
static bool v_last_days(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const last[] = {"last", "final", "ultimos", "ultimas"};
    static const char *const days[] = {"days",    "dias",  "weeks",
                                       "semanas", "hours", "horas"};
    if (!(vcls(w, i + 1) & V_POSS) || !V_ONE_OF(w, i + 2, last) ||
        !V_ONE_OF(w, i + 3, days))
        return false;
    static const char *const pal[] = {"wey",   "guey", "compa", "carnal", "bro",
                                      "buddy", "pal",  "mija",  "mijo"};
    if (!screen_window_clause_end(w, i + 3) && !(vcls(w, i + 4) & V_VOC) &&
        !V_ONE_OF(w, i + 4, pal))
        return false;
    *b = i + 4;
    return true;
}

/* "your days are numbered", "ur days r numbered", "tus dias estan
 * contados"; "te quedan pocos dias" ending its sentence or told to
 * someone ("compa"); "count your days", "cuenta tus dias" ending a
 * clause. */
static bool v_counted(const struct screen_window *w, size_t i, uint64_t c,
                      size_t *a, size_t *b)
{
    if (c & V_COUNTED) {
        for (size_t k = 2; k <= 3 && i >= w->s + k + 1; k++) {
            if ((vcls(w, i - k) & V_DAYS) && (vcls(w, i - k - 1) & V_YOU)) {
                *a = i - k - 1;
                *b = i + 1;
                return true;
            }
        }
        return false;
    }
    if ((c & V_COUNT) &&
        (vis(w, i, "enjoy") || vis(w, i, "disfruta") || vis(w, i, "disfruten")))
        return v_last_days(w, i, b);
    if (c & V_COUNT) {
        /* "count your days", "ve contando tus dias, periodista" (not
         * "count your days off", "cuenta tus dias de vacaciones"); "count
         * the days", "cuenten los días" ending a clause in a comment that
         * names who is next ("Ortega is next. Count the days.", "Ortega
         * sigue, cuenten los días"; not "count the days until the
         * election") */
        bool the = vis(w, i + 1, "the") || vis(w, i + 1, "los");
        if ((!(vcls(w, i + 1) & V_POSS) && !the) ||
            !(vcls(w, i + 2) & V_DAYS) ||
            (!screen_window_clause_end(w, i + 2) && !(vcls(w, i + 3) & V_VOC)))
            return false;
        static const char *const next[] = {"next", "siguiente", "sigue",
                                           "sigues", "proximo"};
        if (the) {
            bool named = false;
            for (size_t j = 0; j < w->n->ntok && !named; j++)
                named = screen_tok_in(w->n, j, next, SCREEN_NWORDS(next)) &&
                        (j + 1 >= w->n->ntok ||
                         screen_sentence_break(w->text, &w->n->tok[j],
                                               &w->n->tok[j + 1]) ||
                         screen_window_sign_after(w, j, ",."));
            if (!named)
                return false;
        }
        *b = i + 3;
        return true;
    }
    if (i > w->s && vis(w, i - 1, "te") && vis(w, i + 1, "pocos") &&
        vis(w, i + 2, "dias") && (i + 3 >= w->e || (vcls(w, i + 3) & V_VOC))) {
        *a = i - 1;
        *b = i + 3;
        return true;
    }
    return false;
}

/* Payment ordered with harm spared: "pay the piso and nobody gets hurt",
 * "paguen el piso y nadie sale lastimado", by the verb of paying at i,
 * the harm within eight words ("no one gets hurt", "nadie sale herido",
 * "nadie se lastima"); not "pay attention" and not a question. Ends
 * after the harm. */
static bool v_pay_or_hurt(const struct screen_window *w, size_t len, size_t i,
                          size_t *b)
{
    static const char *const nobody[] = {"nobody", "noone", "nadie"};
    static const char *const hurt[] = {"hurt",    "lastimado", "herido",
                                       "lastima", "sale",      "salen"};
    if (vis(w, i + 1, "attention") || vis(w, i + 1, "atencion") ||
        screen_sentence_asks(w->n, w->text, len, i))
        return false;
    /* an order or a bare verb, not what others do: "they pay the piso so
     * nobody gets hurt" */
    static const char *const others[] = {"they",  "we", "people", "todos",
                                         "ellos", "la", "gente"};
    if (i > w->s && V_ONE_OF(w, i - 1, others))
        return false;
    const struct screen_norm *n = w->n;
    for (size_t j = i + 1; j + 1 < n->ntok && j <= i + 8; j++) {
        bool none = screen_tok_in(n, j, nobody, SCREEN_NWORDS(nobody)) ||
                    (screen_tok_in(n, j, (const char *[]){"no"}, 1) &&
                     screen_tok_in(n, j + 1, (const char *[]){"one"}, 1));
        if (!none)
            continue;
        size_t k =
            screen_tok_in(n, j + 1, (const char *[]){"one"}, 1) ? j + 2 : j + 1;
        /* "gets hurt", "sale lastimado", "se lastima" */
        for (size_t h = k; h < n->ntok && h <= k + 2; h++)
            if (screen_tok_in(n, h, hurt, SCREEN_NWORDS(hurt)) &&
                !(screen_tok_in(n, h, (const char *[]){"sale"}, 1) ||
                  screen_tok_in(n, h, (const char *[]){"salen"}, 1))) {
                *b = h + 1;
                return true;
            }
    }
    return false;
}

/* A ransom: money ordered, then someone never heard from or seen
 * again: "Send the 3,000 dollars to the account before Friday or you
 * won't hear from him again", "Deposite los 3 mil dólares ... o ya no
 * va a saber de él", "paga o no la vuelves a ver", by the verb of paying
 * at i ("send", "manda" only with money or a number after them); the
 * "or" within twenty words. Ends after the loss. */
static bool v_ransom(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const send[] = {"send", "manda", "manden", "mande"};
    static const char *const money[] = {"dollars", "dolares", "pesos",
                                        "dlls",    "money",   "dinero",
                                        "lana",    "usd",     "mil"};
    static const char *const or_[] = {"or", "o"};
    const struct screen_norm *n = w->n;
    if (V_ONE_OF(w, i, send)) {
        bool paid = false;
        for (size_t k = i + 1; k < n->ntok && k <= i + 5 && !paid; k++)
            paid = screen_tok_in(n, k, money, SCREEN_NWORDS(money)) ||
                   (n->text[n->tok[k].off] >= '0' &&
                    n->text[n->tok[k].off] <= '9');
        if (!paid)
            return false;
    }
    for (size_t j = i + 1; j + 3 < n->ntok && j <= i + 20; j++) {
        if (!screen_tok_in(n, j, or_, 2))
            continue;
        /* "you won't hear from him again", "you'll never see her
         * again" */
        for (size_t k = j + 1; k < n->ntok && k <= j + 7; k++) {
            static const char *const again[] = {"again"};
            static const char *const hear[] = {"hear", "see"};
            if (screen_tok_in(n, k, again, 1)) {
                /* someone not heard from or seen: "him", "her", "your
                 * son" (not "your license", "your money") */
                static const char *const whom[] = {"him", "her", "them"};
                bool lost = false, someone = false;
                for (size_t h = j + 1; h < k; h++) {
                    lost |= screen_tok_in(n, h, hear, 2);
                    someone |= lost && (screen_tok_in(n, h, whom, 3) ||
                                        (screen_wc_tok(w->t, n, h) & V_OWN));
                }
                if (lost && someone) {
                    *b = k + 1;
                    return true;
                }
            }
        }
        /* "ya no va a saber de él", "no lo vuelve(s) a ver" (someone
         * not seen: not "o no vas a ver el final de la serie") */
        static const char *const him[] = {"lo", "la", "los", "las"};
        static const char *const no[] = {"no"}, *const a[] = {"a"};
        static const char *const saber[] = {"saber"}, *const ver[] = {"ver"};
        static const char *const de[] = {"de"};
        bool denied =
            screen_tok_in(n, j + 1, no, 1) || screen_tok_in(n, j + 2, no, 1);
        for (size_t k = j + 3; denied && k < n->ntok && k <= j + 6; k++) {
            if (!screen_tok_in(n, k - 1, a, 1))
                continue;
            bool heard =
                screen_tok_in(n, k, saber, 1) && screen_tok_in(n, k + 1, de, 1);
            bool seen = screen_tok_in(n, k, ver, 1) &&
                        (screen_tok_in(n, j + 2, him, 4) ||
                         screen_tok_in(n, j + 3, him, 4));
            if (heard || seen) {
                *b = heard ? k + 2 : k + 1;
                return true;
            }
        }
    }
    return false;
}

/* A choice: "or we delete you", "or well bury you", "o te borramos",
 * "or your family pays", "o tu familia paga" (not "or your kids will pay
 * for it later", "o tus hijos pagan despues"). */
static bool v_choice(const struct screen_window *w, size_t i, uint64_t c,
                     size_t *a, size_t *b)
{
    static const char *const later[] = {
        "for", "later", "after", "despues", "luego", "mas", "tarde",
        "el",  "the",   "la",    "las",     "los",   "lo",  "price"};
    /* "o te eliminamos del grupo", "o te bajamos de la quiniela": out of a
     * list, not off the map */
    static const char *const from[] = {"de", "del", "from", "el", "la", "en"};
    if (c & V_ERASE) {
        if (V_ONE_OF(w, i + 1, from) && !vis(w, i + 2, "mapa"))
            return false;
        if (i >= w->s + 2 && vis(w, i - 1, "te") && (vcls(w, i - 2) & V_OR)) {
            *a = i - 2;
            *b = i + 1;
            return true;
        }
        if (!vis(w, i + 1, "you"))
            return false;
        for (size_t k = 1; k <= 3 && i >= w->s + k + 1; k++) {
            if ((vis(w, i - k, "we") || vis(w, i - k, "well")) &&
                (vcls(w, i - k - 1) & V_OR)) {
                *a = i - k - 1;
                *b = i + 2;
                return true;
            }
        }
        return false;
    }
    if (V_ONE_OF(w, i + 1, later))
        return false;
    for (size_t k = 1; k <= 3 && i >= w->s + k + 2; k++) {
        if ((vcls(w, i - k) & V_OWN) && (vcls(w, i - k - 1) & V_YOU) &&
            (vcls(w, i - k - 2) & V_OR)) {
            *a = i - k - 2;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* A shame said alone, ending the comment, after a compliment on what is
 * someone's: "bonita tienda. Sería una pena.", "Nice shop you have. Would
 * be a shame." (not "Bonita tienda, qué pena que cierre", "Nice house,
 * shame about the roof"). */
static bool v_shame_alone(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const nice[] = {
        "nice",  "lovely", "beautiful", "pretty",  "bonita", "bonito",
        "linda", "lindo",  "hermosa",   "hermoso", "chula",  "chulo"};
    const struct screen_norm *n = w->n;
    if (i + 1 != n->ntok && !screen_window_clause_end(w, i))
        return false;
    if (!v_rest_symbols(n, i + 1))
        return false; /* the shame ends the comment */
    for (size_t j = 0; j + 1 < i && j < w->s; j++)
        if (screen_tok_in(n, j, nice, SCREEN_NWORDS(nice)) &&
            ((screen_wc_tok(w->t, n, j + 1) & V_OWN) ||
             (j > 0 && (screen_wc_tok(w->t, n, j - 1) & V_OWN)))) {
            *b = i + 1;
            return true;
        }
    return false;
}

/* "a shame if something happened to you", "que algo te pase", "una
 * lastima que algo le pasara a tu negocio", "una pena que le pasara algo
 * a tu familia", "nice house... a shame if something happened to it"
 * after a "your" or "tienes" and what is the reader's, or "that" vigil,
 * funeral or collective ("a shame if something happened at that little
 * vigil on Saturday"): something, then
 * what happens, or in the Spanish order what happens, then something, to
 * the reader, what is theirs or "that" family (not "que algo asi pase",
 * "if anything happened to the ceasefire", "hermosa laguna, seria una
 * lastima que algo le pasara", "tienes razón, qué pena si le pasa algo
 * al mercado"); or "it" after a face praised: "What a beautiful face.
 * Shame if something happened to it." */
static bool v_shame(const struct screen_window *w, size_t i, size_t *b)
{
    size_t f = screen_window_find(w, i + 1, 2, V_IF);
    if (f == SIZE_MAX)
        return v_shame_alone(w, i, b);
    size_t t = screen_window_find(w, f + 1, 2, V_THING);
    size_t h = SIZE_MAX, last;
    if (t != SIZE_MAX) {
        if (vis(w, t + 1, "asi") || vis(w, t + 1, "like"))
            return false;
        h = screen_window_find(w, t + 1, 3, V_HAPPEN);
        last = h;
    } else {
        /* the Spanish order: "que le pasara algo a tu familia" */
        h = screen_window_find(w, f + 1, 2, V_HAPPEN);
        if (h == SIZE_MAX || !(vcls(w, h + 1) & V_THING) ||
            vis(w, h + 2, "asi"))
            return false;
        t = h;
        last = h + 1;
    }
    if (h == SIZE_MAX)
        return false;
    /* "algo le pasara", "happened to it", or "you" named before: "bonita
     * escuela la de tus hijos, seria una lastima que algo pasara a la
     * salida" */
    bool to_someone =
        v_any(w, f + 1, h, V_YOU) ||
        screen_window_find(w, h + 1, 3, V_YOU | V_POSS) != SIZE_MAX ||
        v_comment_has(w, 0, i, V_POSS);
    /* "tienes una familia muy bonita, sería una pena que les pasara
     * algo" (not "tienes razón, qué pena si le pasa algo al mercado") */
    for (size_t j = 0; j < i && !to_someone; j++)
        if ((screen_wc_class(w->t, w->n->tok[j].hash) & V_HAVE) &&
            v_comment_has(w, j + 1, j + 5, V_OWN))
            to_someone = true;
    /* "happened to that pretty family", "le pasara algo a esa familia" */
    for (size_t j = h + 1; j < h + 4 && j < w->e && !to_someone; j++)
        if ((vis(w, j, "that") || vis(w, j, "esa") || vis(w, j, "ese") ||
             vis(w, j, "esos") || vis(w, j, "esas")) &&
            screen_window_find(w, j + 1, 2, V_OWN) != SIZE_MAX)
            to_someone = true;
    /* "What a beautiful face. Shame if something happened to it.": a
     * compliment on someone's looks in an earlier sentence, then "it"
     * (not "hermosa laguna, seria una lastima que algo le pasara") */
    static const char *const looks[] = {"face", "smile", "cara", "carita",
                                        "sonrisa"};
    static const char *const praise[] = {"beautiful", "pretty", "nice",
                                         "lovely",    "bonita", "linda",
                                         "hermosa",   "bonito", "lindo"};
    if (!to_someone && (vis(w, h + 1, "to") && vis(w, h + 2, "it")))
        for (size_t j = 0; j + 1 < w->s && !to_someone; j++)
            to_someone =
                screen_tok_in(w->n, j, praise, SCREEN_NWORDS(praise)) &&
                screen_tok_in(w->n, j + 1, looks, SCREEN_NWORDS(looks));
    /* "no vale la pena que te pase algo": it is not worth it (not
     * "valdría la pena que te pase algo") */
    if (i >= w->s + 3 && vis(w, i - 1, "la") &&
        (vis(w, i - 2, "vale") || vis(w, i - 2, "valga") ||
         vis(w, i - 2, "valdria")) &&
        (vis(w, i - 3, "no") || vis(w, i - 3, "nunca")))
        return false;
    /* "me daria mucha lastima que algo le pasara": a feeling */
    for (size_t j = i >= w->s + 4 ? i - 4 : w->s; j + 1 < i; j++)
        if ((vis(w, j, "me") || vis(w, j, "nos")) &&
            (vis(w, j + 1, "da") || vis(w, j + 1, "daria") ||
             vis(w, j + 1, "dio")))
            return false;
    if (!to_someone)
        return false;
    *b = last + 1;
    return true;
}

/* "You have been warned.", "consider yourselves warned", "quedas
 * advertido, periodista", "ya están advertidos": "you" told the warning
 * was given, ending the clause (not "you have been warned about the
 * floods", "quedan advertidos de que el puente cierra", nor with a
 * laugh), by the warned word at i. */
static bool v_warned(const struct screen_window *w, size_t i, size_t *a,
                     size_t *b)
{
    static const char *const warned[] = {"warned", "advertido", "advertidos",
                                         "advertida", "advertidas"};
    static const char *const have[] = {"have", "youve", "ve"};
    static const char *const you[] = {"you", "u", "yall"};
    static const char *const self[] = {"yourself", "yourselves", "urself"};
    static const char *const stay[] = {"quedas", "quedan", "queda",   "estas",
                                       "estan",  "esta",   "quedaste"};
    if (!V_ONE_OF(w, i, warned))
        return false;
    size_t j = i;
    if (j > w->s + 1 && vis(w, j - 1, "been")) {
        j -= 2; /* "you have been", "youve been" */
        if (!V_ONE_OF(w, j, have) && !V_ONE_OF(w, j, you))
            return false;
        if (!vis(w, j, "youve") && !V_ONE_OF(w, j, you)) {
            if (j == w->s || !V_ONE_OF(w, j - 1, you))
                return false;
            j--;
        }
    } else if (j > w->s + 1 && V_ONE_OF(w, j - 1, self) &&
               vis(w, j - 2, "consider")) {
        j -= 2;
    } else if (j > w->s && V_ONE_OF(w, j - 1, stay)) {
        j -= j > w->s + 1 && vis(w, j - 2, "ya") ? 2 : 1;
    } else {
        return false;
    }
    size_t end = i;
    if (i + 1 < w->e && (vcls(w, i + 1) & V_VOC))
        end = i + 1;
    if (!screen_window_clause_end(w, end) ||
        screen_window_sign_after(w, end, ":"))
        return false;
    /* "the salsa is hot. You have been warned 😂": a joke's */
    for (size_t k = 0; k < w->n->ntok; k++)
        if (screen_is_laugh(w->n, k))
            return false;
    /* a menace's, told to the press or about it, from a boss, with an
     * order or a price (not "the road to Tepic is closed, you've been
     * warned", a notice) */
    if (!v_comment_has(w, 0, w->n->ntok,
                       V_VOC | V_BOSS | V_GANG | V_PAYS | V_TAKE_DOWN |
                           V_PUBLISH | V_STOP | V_SNITCH))
        return false;
    *a = j;
    *b = end + 1;
    return true;
}

/* "this is your last warning", "es tu ultimo aviso", "your only
 * warning" or "your last warning" opening a sentence (not "thanks for
 * your last warning"), or "Last warning." and "Ultimo aviso, periodista."
 * as a sentence of their own (not "Last warning for the road closure"). */
static bool v_warning(const struct screen_window *w, size_t i, size_t *a,
                      size_t *b)
{
    static const char *const bare[] = {"last", "final", "ultima", "ultimo"};
    if (i == w->s + 1 && !w->open_start && V_ONE_OF(w, i - 1, bare) &&
        (i + 1 >= w->e || ((vcls(w, i + 1) & V_VOC) && i + 2 >= w->e))) {
        *a = i - 1;
        return true;
    }
    static const char *const last[] = {"last",   "final", "only", "ultima",
                                       "ultimo", "unica", "unico"};
    /* "primera y última advertencia", alone or to someone (not
     * "primera y última advertencia: el puente se cierra el lunes") */
    if (i >= w->s + 3 && vis(w, i - 1, "ultima") && vis(w, i - 2, "y") &&
        vis(w, i - 3, "primera") &&
        (i + 1 >= w->e || ((vcls(w, i + 1) & V_VOC) && i + 2 >= w->e))) {
        *a = i - 3;
        return true;
    }
    /* "the only warning you get", "la única advertencia que vas a tener"
     * (not "the only warning you get is a text from the bank") */
    static const char *const the[] = {"the", "la", "el"};
    if (i >= w->s + 2 && V_ONE_OF(w, i - 1, last) && V_ONE_OF(w, i - 2, the)) {
        size_t j = i + 1;
        if (vis(w, j, "que"))
            j++;
        bool you = vis(w, j, "you") || vis(w, j, "youll") || vis(w, j, "vas") ||
                   vis(w, j, "te");
        static const char *const get[] = {"get",   "will",  "tener",
                                          "damos", "vamos", "a"};
        size_t k = j + 1;
        while (you && k < w->e && k <= j + 3 && V_ONE_OF(w, k, get))
            k++;
        /* "...the only warning you get: the bridge is closed" is a notice */
        if (you && k > j + 1 && screen_window_clause_end(w, k - 1) &&
            !screen_window_sign_after(w, k - 1, ":")) {
            *a = i - 2;
            *b = k;
            return true;
        }
    }
    static const char *const is[] = {"is", "es", "its", "this", "esta", "este"};
    if (i < w->s + 2 || !V_ONE_OF(w, i - 1, last) ||
        !(vis(w, i - 2, "your") || vis(w, i - 2, "ur") || vis(w, i - 2, "tu")))
        return false;
    static const char *const then[] = {"about", "of", "de", "sobre", "para"};
    if (V_ONE_OF(w, i + 1, then))
        return false;
    bool opens = i - 2 == w->s && !w->open_start;
    if (!opens && !(i >= w->s + 3 && V_ONE_OF(w, i - 3, is)))
        return false;
    *a = i - 2;
    return true;
}

/* "delete the post while you still can", "borra la nota mientras
 * puedas": an order to take the story down, then while there is time
 * (not "enjoy the beach while you can"). */
static bool v_while_you_can(const struct screen_window *w, size_t i, size_t *a,
                            size_t *b)
{
    size_t j = i + 1;
    if (vis(w, j, "you") || vis(w, j, "u")) {
        j += vis(w, j + 1, "still") ? 2 : 1;
        if (!vis(w, j, "can"))
            return false;
    } else {
        if (vis(w, j, "aun") || vis(w, j, "todavia"))
            j++;
        if (!vis(w, j, "puedas"))
            return false;
    }
    if (!screen_window_clause_end(w, j) && !(vcls(w, j + 1) & V_VOC))
        return false;
    size_t lo = i >= w->s + 8 ? i - 8 : w->s;
    size_t t = screen_window_find(w, lo, i - lo, V_TAKE_DOWN);
    if (t == SIZE_MAX)
        return false;
    *a = t;
    *b = j + 1;
    return true;
}

/* A boss's greeting: "te mandan saludos los de la plaza", "the boss
 * sends his regards", "greetings from the boss" (not "mi jefe te manda
 * saludos", "saludos desde la plaza de armas"). */
static bool v_greeting(const struct screen_window *w, size_t i, size_t *a,
                       size_t *b)
{
    static const char *const send[] = {"manda", "mandan", "envia", "envian",
                                       "sends", "send",   "from"};
    bool sent = false;
    for (size_t j = i >= w->s + 3 ? i - 3 : w->s; j < i + 2 && j < w->e; j++)
        sent |= V_ONE_OF(w, j, send);
    if (!sent)
        return false;
    for (size_t j = w->s; j < w->e; j++) {
        /* a boss, or "los primos", "los muchachos": the crew's */
        bool crew = (vcls(w, j) & V_THEY) && j > w->s && vis(w, j - 1, "los");
        if (!((vcls(w, j) & V_BOSS) || crew) || vis(w, j + 1, "de") ||
            vis(w, j + 1, "del"))
            continue;
        if (j > w->s && (vis(w, j - 1, "mi") || vis(w, j - 1, "my") ||
                         (vcls(w, j - 1) & V_POSS)))
            return false;
        *a = j < i ? j : i;
        *b = (j < i ? i : j) + 1;
        return true;
    }
    return false;
}

/* "before" or "antes" within four words from token from, then a verb of
 * publishing within reach words of it ("before you publish", "antes de
 * compartir"): *b past the verb. */
static bool v_before_publishing(const struct screen_window *w, size_t from,
                                size_t reach, size_t *b)
{
    for (size_t k = from; k < from + 4 && k < w->e; k++) {
        if (!vis(w, k, "before") && !vis(w, k, "antes"))
            continue;
        size_t p = screen_window_find(w, k + 1, reach, V_PUBLISH);
        if (p == SIZE_MAX)
            return false;
        *b = p + 1;
        return true;
    }
    return false;
}

/* "You people have families. Think about that before you hit share.",
 * "ustedes tienen familia. piénsenle antes de compartir": "you" said to
 * have a family earlier in the comment, then, by "think" at i, "before"
 * and a verb of publishing within a few words (not "think about that
 * before you vote", nor with no family said). Tokens [i, *b). */
static bool v_families_first(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const family[] = {"family",   "families", "familia",
                                         "familias", "kids",     "hijos"};
    static const char *const tienen[] = {"tienes", "tienen"};
    static const char *const have[] = {"have"};
    static const char *const you[] = {"you", "u", "people"};
    static const char *const a[] = {"a"};
    const struct screen_norm *n = w->n;
    bool said = false;
    for (size_t q = 1; q < i && !said; q++) {
        if (!screen_tok_in(n, q, family, SCREEN_NWORDS(family)))
            continue;
        size_t h = q - 1;
        if (h > 0 && screen_tok_in(n, h, a, 1))
            h--; /* "you have a family" */
        said = screen_tok_in(n, h, tienen, 2) ||
               (h > 0 && screen_tok_in(n, h, have, 1) &&
                screen_tok_in(n, h - 1, you, SCREEN_NWORDS(you)));
    }
    return said && v_before_publishing(w, i + 1, 4, b);
}

/* "think of your family before you publish", "piensa en tu mama antes
 * de publicar": what is yours, then before the next story. */
static bool v_think_first(const struct screen_window *w, size_t i, size_t *b)
{
    if (v_families_first(w, i, b))
        return true;
    size_t o = screen_window_find(w, i + 1, 4, V_OWN);
    if (o == SIZE_MAX)
        return false;
    /* told of someone else: "que piense en su familia antes de dar
     * entrevistas", "the league president should think about his own
     * kids before he reopens anything" */
    static const char *const theirs[] = {"su", "sus", "his", "her", "their"};
    static const char *const own[] = {"own", "propia", "propios", "propia"};
    size_t q = o - 1;
    if (q > i && V_ONE_OF(w, q, own))
        q--;
    bool told = V_ONE_OF(w, q, theirs) &&
                ((vis(w, i, "piense") || vis(w, i, "piensen")) ||
                 (vis(w, i, "think") && i > w->s && vis(w, i - 1, "should")));
    if (!(vcls(w, o - 1) & V_POSS) && !told)
        return false;
    return v_before_publishing(w, o + 1, told ? 6 : 3, b);
}

/* "keep writing and see how long your family stays safe", "a ver
 * cuánto tiempo sigues vivo": how long "you" or yours stay safe, after
 * "see" / "ver" (not "how long have you been safe there?"), by "long" or
 * "cuanto" at i. */
static bool v_how_long(const struct screen_window *w, size_t i, size_t *a,
                       size_t *b)
{
    size_t q = i;
    if (vis(w, i, "long")) {
        if (i == w->s || !vis(w, i - 1, "how"))
            return false;
        q = i - 1;
    } else if (!vis(w, i + 1, "tiempo")) {
        return false;
    }
    size_t see = SIZE_MAX;
    for (size_t j = q > w->s + 3 ? q - 3 : w->s; j < q; j++)
        if (vis(w, j, "see") || vis(w, j, "ver") || vis(w, j, "vemos") ||
            vis(w, j, "veremos") || vis(w, j, "veamos"))
            see = j;
    if (see == SIZE_MAX)
        return false;
    /* "you", "your family", or "you" in the verb: "sigues vivo" */
    static const char *const you_verbs[] = {"sigues", "duras", "aguantas",
                                            "quedas"};
    size_t y = screen_window_find(w, i + 1, 5, V_YOU | V_POSS);
    for (size_t j = i + 1; j < w->e && j < i + 6 && y == SIZE_MAX; j++)
        if (V_ONE_OF(w, j, you_verbs))
            y = j;
    if (y == SIZE_MAX)
        return false;
    size_t safe = screen_window_find(w, y + 1, 5, V_SAFE);
    if (safe == SIZE_MAX)
        return false;
    *a = see;
    *b = safe + 1;
    return true;
}

/* "I hope the cartel pays you a visit", "ojalá la maña te haga una
 * visita": a visit by the cartel wished on "you", by the visit at i (the
 * cartel right after the wish: not "I hope the marines pay the cartel a
 * visit"). */
static bool v_visit_wished(const struct screen_window *w, size_t i, size_t *a)
{
    size_t lo = i > w->s + 10 ? i - 10 : w->s;
    size_t wish = SIZE_MAX;
    for (size_t j = lo; j < i; j++)
        if (vcls(w, j) & V_WISH)
            wish = j;
    if (wish == SIZE_MAX ||
        screen_window_find(w, wish + 1, 3, V_GANG) == SIZE_MAX)
        return false;
    size_t near = i > w->s + 3 ? i - 3 : w->s;
    if (v_any(w, near, i, V_YOU) || (vcls(w, i + 1) & V_YOU)) {
        *a = wish;
        return true;
    }
    /* or those who speak up: "hope the escapees visit that human rights
     * group first", "ojalá los fugados visiten a los de derechos
     * humanos", "... pay the reporter a visit" */
    static const char *const rights[] = {"rights", "derechos"};
    for (size_t k = i + 1; k < w->e && k <= i + 6; k++)
        if ((vcls(w, k) & V_VOC) ||
            screen_tok_in(w->n, k, rights, SCREEN_NWORDS(rights))) {
            *a = wish;
            return true;
        }
    return false;
}

/* A reporter named with Spanish "a" at k: "al periodista", "a la
 * reportera", "a ese reportero". The reporter's token, or SIZE_MAX. */
static size_t v_reporter_after(const struct screen_window *w, size_t k)
{
    if (!(vis(w, k, "a") || vis(w, k, "al")))
        return SIZE_MAX;
    if (vis(w, k + 1, "la") || vis(w, k + 1, "ese") || vis(w, k + 1, "esa"))
        k++;
    return (vcls(w, k + 1) & V_VOC) ? k + 1 : SIZE_MAX;
}

/* A visit called for on a reporter, by "visit" at i: "someone should pay
 * that journalist a visit", "let's pay him a visit", "alguien debería
 * hacerle una visita al periodista", "hay que visitar a la reportera",
 * "someone should pay a visit to the collective leader".
 * A call (should, let's, hay que, debería) within four words before;
 * the one visited a reporter, a witness or the like, or "him", "her",
 * "them" in English (not "we should pay the museum a visit", "hay que
 * visitar a la abuela", a question, "shouldn't"). Tokens [*a, *b). */
static bool v_visit_called(const struct screen_window *w, size_t len, size_t i,
                           size_t *a, size_t *b)
{
    static const char *const call[] = {
        "should",   "must",       "lets", "gotta", "deberia",
        "deberian", "deberiamos", "que",  "need",  "needs"};
    static const char *const det[] = {"that", "the", "this", "those", "these"};
    static const char *const pron[] = {"him", "her", "them"};
    static const char *const visit_verb[] = {"hacerle", "hacerles", "hagamosle",
                                             "darle", "visitar"};
    size_t verb = SIZE_MAX, last = i;
    if (vis(w, i, "visit") && i >= w->s + 2 && vis(w, i - 1, "a") &&
        vis(w, i - 2, "pay") && vis(w, i + 1, "to")) {
        /* "pay a visit to [the collective] leader", "to him" */
        size_t who = i + 2;
        if (V_ONE_OF(w, who, det))
            who++;
        if (!(vcls(w, who) & V_VOC) && (vcls(w, who + 1) & V_VOC))
            who++; /* "the collective leader" */
        if (!((vcls(w, who) & V_VOC) || V_ONE_OF(w, who, pron)))
            return false;
        verb = i - 2;
        last = who;
    } else if (vis(w, i, "visit") && i >= w->s + 3 && vis(w, i - 1, "a")) {
        /* "pay [that] journalist a visit", "pay him a visit" */
        size_t who = i - 2;
        size_t p = who - 1;
        if (V_ONE_OF(w, p, det))
            p--;
        if (p < w->s || !vis(w, p, "pay") ||
            !((vcls(w, who) & V_VOC) || V_ONE_OF(w, who, pron)))
            return false;
        verb = p;
    } else if (vis(w, i, "visita") && i >= w->s + 2 &&
               (vis(w, i - 1, "una") || vis(w, i - 1, "su")) &&
               V_ONE_OF(w, i - 2, visit_verb)) {
        /* "hacerle una visita al periodista" */
        last = v_reporter_after(w, i + 1);
        if (last == SIZE_MAX)
            return false;
        verb = i - 2;
    } else if (vis(w, i, "visitar")) {
        /* "hay que visitar a la reportera" */
        last = v_reporter_after(w, i + 1);
        if (last == SIZE_MAX)
            return false;
        verb = i;
    } else {
        return false;
    }
    size_t lo = verb >= w->s + 4 ? verb - 4 : w->s;
    size_t c = SIZE_MAX;
    for (size_t j = lo; j < verb; j++)
        if (V_ONE_OF(w, j, call))
            c = j;
    /* "que" calls only after "hay" or "tienen": "hay que visitarla" */
    if (c != SIZE_MAX && vis(w, c, "que") &&
        !(c > w->s && (vis(w, c - 1, "hay") || vis(w, c - 1, "tienen"))))
        c = SIZE_MAX;
    if (c == SIZE_MAX || vis(w, c + 1, "not") ||
        screen_sentence_asks(w->n, w->text, len, i))
        return false;
    /* the visit ends its clause or goes on with menace ("and explain how
     * things work here", "a su casa"), not with a hospital, an award or
     * a new office */
    static const char *const menace[] = {
        "explain", "explicarle", "remind",    "recordarle", "casa",  "home",
        "tonight", "noche",      "ensenarle", "teach",      "place", "house"};
    bool ends = screen_window_clause_end(w, last);
    for (size_t j = last + 1; !ends && j < w->e && j <= last + 3; j++)
        ends = V_ONE_OF(w, j, menace);
    if (!ends)
        return false;
    *a = c;
    *b = last + 1;
    return true;
}

/* "snitches get stitches", "los soplones acaban en bolsas": where
 * snitches end up, by the snitches at i. */
static bool v_snitches_end(const struct screen_window *w, size_t i, size_t *b)
{
    /* "a los chismosos se les corta la lengua", "snitches get their
     * tongues cut out" */
    static const char *const cut[] = {"corta", "cortan", "cut", "cuts"};
    static const char *const tongue[] = {"lengua", "tongue", "tongues"};
    for (size_t j = i + 1; j < w->e && j <= i + 7; j++)
        if (V_ONE_OF(w, j, cut))
            for (size_t k = j > i + 3 ? j - 2 : i + 1; k < w->e && k <= j + 3;
                 k++)
                if (V_ONE_OF(w, k, tongue)) {
                    *b = (k > j ? k : j) + 1;
                    return true;
                }
    size_t e = screen_window_find(w, i + 1, 3, V_END);
    if (e == SIZE_MAX)
        return false;
    size_t bags = screen_window_find(w, e + 1, 4, V_BAGS);
    if (bags == SIZE_MAX)
        return false;
    *b = bags + 1;
    return true;
}

/* Someone called on to "take care of" the reporter or the writer: "Somebody
 * in Culiacán please do us all a favor and take care of the guy who wrote
 * this", "que alguien se encargue de esa periodista", "hay que encargarse
 * del que escribió esto", by "care" or "encargue" at i. A call (someone,
 * please, should, hay que, alguien) at most eight words before; the one
 * taken care of a reporter, a witness or the like, or the one who wrote
 * or published this (not "take care of the reporter's kids", "take care
 * of the reporter, she is injured", "take care of yourself", "encárguense
 * de la nota"). Tokens [*a, *b). */
static bool v_take_care(const struct screen_window *w, size_t len, size_t i,
                        size_t *a, size_t *b)
{
    static const char *const call[] = {"someone", "somebody", "please",
                                       "should",  "alguien",  "hay",
                                       "deberia", "deberian", "que"};
    static const char *const det[] = {"the", "that", "this", "la",
                                      "el",  "ese",  "esa"};
    static const char *const who[] = {"guy",   "one", "man",   "woman", "clown",
                                      "idiot", "que", "quien", "person"};
    static const char *const wrote[] = {"wrote",    "writes",  "published",
                                        "escribio", "escribe", "publico"};
    size_t k = i + 1;
    if (vis(w, i, "care")) {
        if (i == w->s || !vis(w, i - 1, "take") || !vis(w, k, "of"))
            return false;
        k++;
    } else if (vis(w, k, "de")) {
        k++;
    } else if (vis(w, k, "del")) {
        k++; /* "del que escribió esto" */
        if (!V_ONE_OF(w, k, who))
            return false;
    } else {
        return false;
    }
    if (V_ONE_OF(w, k, det))
        k++;
    size_t end = SIZE_MAX;
    /* care given: "take care of the reporter, she is injured" */
    static const char *const hurt[] = {
        "injured", "hurt", "sick",   "hospital", "herida", "herido", "enferma",
        "enfermo", "safe", "segura", "seguro",   "hijos",  "kids"};
    bool voc =
        (vcls(w, k) & V_VOC) && !screen_tok_possessive(w->n, w->text, len, k);
    for (size_t j = k + 1; voc && j < w->e; j++)
        voc = !V_ONE_OF(w, j, hurt);
    if (voc)
        end = k + 1;
    else if (V_ONE_OF(w, k, who))
        for (size_t j = k + 1; j < w->e && j <= k + 3 && end == SIZE_MAX; j++)
            if (V_ONE_OF(w, j, wrote))
                end = j + 1;
    if (end == SIZE_MAX)
        return false;
    size_t c = SIZE_MAX;
    for (size_t j = i > w->s + 8 ? i - 8 : w->s; j < i; j++)
        if (V_ONE_OF(w, j, call))
            c = j;
    /* "que" calls only after "hay" or before "alguien" */
    if (c != SIZE_MAX && vis(w, c, "que") &&
        !((c > w->s && vis(w, c - 1, "hay")) || vis(w, c + 1, "alguien")))
        c = SIZE_MAX;
    if (c == SIZE_MAX)
        return false;
    *a = c;
    *b = end;
    return true;
}

/* The stem two verbs of an echo are compared by: the word less "ing" or
 * a Spanish infinitive's ending, less a doubled last consonant ("digging"
 * "dig", "escarbar" "escarb"); its length, at least 3, or 0. */
static size_t v_stem(const struct screen_window *w, size_t j, const char **p)
{
    if (j >= w->e)
        return 0;
    const struct screen_tok *t = &w->n->tok[j];
    *p = w->n->text + t->off;
    size_t l = t->len;
    if (l > 5 && memcmp(*p + l - 3, "ing", 3) == 0) {
        l -= 3;
        if ((*p)[l - 1] == (*p)[l - 2])
            l--;
    } else if (l > 4 && (*p)[l - 1] == 'r' &&
               ((*p)[l - 2] == 'a' || (*p)[l - 2] == 'e' ||
                (*p)[l - 2] == 'i')) {
        l -= 2;
    }
    return l >= 3 ? l : 0;
}

/* An ultimatum that turns its own verb on the reader, by the order at i:
 * "dejen de escarbar o las vamos a escarbar a ustedes", "deja de buscar
 * o te buscamos a ti", "stop digging or we'll dig for you next". The
 * order (stop, quit, deja de, dejen de) and its verb, "o" / "or" within
 * six words, then "we" or "I" (a Spanish first person: "vamos a", "voy
 * a", "buscamos") and the same verb again. Not a report, a block or a
 * ban ("stop blocking me or I'll block you"). */
static bool v_echo(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const mild[] = {
        "report",    "reportar", "block", "bloquear", "ban",
        "denunciar", "ignor",    "mut",   "segu",     "follow"};
    size_t v = i + 1;
    if (vis(w, v, "de"))
        v++;
    else if (!vis(w, i, "stop") && !vis(w, i, "quit"))
        return false;
    const char *a;
    size_t al = v_stem(w, v, &a);
    if (!al)
        return false;
    for (size_t m = 0; m < sizeof(mild) / sizeof(*mild); m++)
        if (strlen(mild[m]) <= al && memcmp(a, mild[m], strlen(mild[m])) == 0)
            return false;
    size_t o = SIZE_MAX;
    for (size_t j = v + 1; j < w->e && j <= v + 6 && o == SIZE_MAX; j++)
        if (vcls(w, j) & V_OR)
            o = j;
    if (o == SIZE_MAX)
        return false;
    bool we = false;
    for (size_t j = o + 1; j < w->e && j <= o + 5; j++) {
        static const char *const first[] = {"we",   "well",  "i",  "ill",
                                            "imma", "vamos", "voy"};
        if (V_ONE_OF(w, j, first))
            we = true;
        const char *c;
        size_t cl = v_stem(w, j, &c);
        if (!cl || j == o + 1)
            continue;
        size_t k = al < cl ? al : cl;
        if (k >= 3 && memcmp(a, c, k) == 0 &&
            (we || (w->n->tok[j].len >= 5 &&
                    memcmp(c + w->n->tok[j].len - 3, "mos", 3) == 0))) {
            *b = j + 1;
            return true;
        }
    }
    return false;
}

/* A bet on who is next, by the bet's word at i: "my money is on the
 * other lady from the collective being next", "I'd bet a case of beer the
 * blonde reporter goes missing before Christmas", "apuesto una carne
 * asada a que la de lentes es la que sigue": a person, then "is next"
 * ending a clause or a verb of vanishing, or "es la que sigue", "es el
 * siguiente" ending a clause. Not of an arrest in the comment ("they
 * arrested the mayor, I bet the governor is next"), of a place or a team
 * ("I bet Monterrey is next"), nor "next in line", "es el siguiente en
 * declarar". Tokens [i, *b). */
/* Whether a day to live to is named in the four words from token j:
 * "to christmas", "a diciembre", "to the elections", "al fin de semana"
 * (not "to the final", "a tiempo"). */
static bool v_date_after(const struct screen_window *w, size_t j)
{
    /* an illness or one's own: "I bet my mom won't make it to Christmas,
     * the cancer is everywhere" */
    static const char *const ill[] = {
        "cancer", "sick",   "hospital", "doctor",  "doctors", "my",
        "mi",     "our",    "enferma",  "enfermo", "medico",  "medicos",
        "chemo",  "quimio", "covid",    "hospice", "terminal"};
    for (size_t k = 0; k < w->n->ntok; k++)
        if (screen_tok_in(w->n, k, ill, SCREEN_NWORDS(ill)))
            return false;
    static const char *const dates[] = {
        "christmas", "navidad", "december",  "diciembre",  "january",
        "enero",     "easter",  "elections", "elecciones", "election",
        "weekend",   "semana",  "birthday",  "cumpleanos", "year",
        "ano",       "friday",  "viernes",   "tomorrow",   "manana",
        "summer",    "verano",  "month",     "mes",        "sunday",
        "domingo"};
    for (size_t k = j; k < w->e && k < j + 4; k++)
        if (V_ONE_OF(w, k, dates))
            return true;
    return false;
}

static bool v_bet(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const whom[] = {
        "she",      "he",     "her",    "him",        "you",       "shes",
        "hes",      "youre",  "lady",   "woman",      "girl",      "guy",
        "mom",      "mother", "son",    "daughter",   "sister",    "wife",
        "kid",      "one",    "blonde", "ella",       "señora",    "senora",
        "morra",    "chava",  "hija",   "hijo",       "mama",      "journalist",
        "reporter", "writer", "author", "periodista", "reportera", "reportero",
        "autor"};
    static const char *const copula[] = {"is",  "be",    "being", "shes",
                                         "hes", "youre", "are"};
    static const char *const es_copula[] = {"es", "sera", "ser", "seras",
                                            "eres"};
    static const char *const go[] = {"goes", "go", "going", "gone", "went"};
    static const char *const from[] = {"from", "de", "del"};
    if (vis(w, i, "money") || vis(w, i, "moneys")) {
        size_t j = vis(w, i + 1, "is") ? i + 2 : i + 1;
        if (i == w->s || !vis(w, i - 1, "my") || !vis(w, j, "on"))
            return false;
    }
    if (v_comment_has(w, 0, w->n->ntok, V_CHEER))
        return false;
    bool person = false;
    for (size_t j = i + 1; j < w->e; j++) {
        if (V_ONE_OF(w, j, whom) || (vcls(w, j) & V_VOC))
            person = true;
        uint64_t c = vcls(w, j);
        if (person && (c & V_NEXT) && V_ONE_OF(w, j - 1, copula) &&
            screen_window_clause_end(w, j)) {
            *b = j + 1;
            return true;
        }
        if ((vis(w, j, "la") || vis(w, j, "el")) && j > i + 1 &&
            V_ONE_OF(w, j - 1, es_copula)) {
            size_t k = j + 1;
            if (vis(w, k, "que") && vis(w, k + 1, "sigue"))
                k++;
            else if (!(vcls(w, k) & V_NEXT))
                continue;
            if (screen_window_clause_end(w, k)) {
                *b = k + 1;
                return true;
            }
        }
        /* "the journalist doesnt make it to christmas", "la reportera
         * no llega a diciembre" */
        static const char *const not_make[] = {"doesnt", "wont", "not", "never",
                                               "dont"};
        static const char *const arrive[] = {"llega", "llegas", "llegan",
                                             "pasa", "pasas"};
        /* the span stops before the negation, which is the threat's own
         * here, not one that denies it (v_at) */
        if (person && vis(w, j, "make") && vis(w, j + 1, "it") && j > i + 1 &&
            V_ONE_OF(w, j - 1, not_make) && v_date_after(w, j + 2)) {
            *b = j - 1;
            return true;
        }
        if (person && vis(w, j, "no") && V_ONE_OF(w, j + 1, arrive) &&
            v_date_after(w, j + 2)) {
            *b = j;
            return true;
        }
        /* not "disappears from the news", "desaparece de los medios" */
        if (person && (c & V_GONE) &&
            (!vis(w, j, "missing") || V_ONE_OF(w, j - 1, go)) &&
            !V_ONE_OF(w, j + 1, from)) {
            *b = j + 1;
            return true;
        }
    }
    return false;
}

/* A meeting in person by the word at i ("face to face", "en persona",
 * "cara a cara", a fist) after "your" address asked for in the comment:
 * "Send me your address Marco and we can discuss this face to face 👊",
 * "pásame tu dirección y lo arreglamos en persona", "dime dónde vives y
 * lo platicamos cara a cara" (not an address asked with no meeting, nor
 * "nos vemos en persona en la marcha"). Tokens [*a, *b). */
static bool v_meet_asked(const struct screen_window *w, size_t i, size_t *a,
                         size_t *b)
{
    static const char *const ask[] = {"send",   "give", "gimme",   "dm",
                                      "pasame", "dame", "mandame", "manda",
                                      "pasa",   "post"};
    static const char *const your[] = {"your", "ur", "tu"};
    static const char *const address[] = {"address",   "addy",      "direccion",
                                          "domicilio", "ubicacion", "location"};
    static const char *const tell[] = {"dime", "tell"};
    static const char *const where[] = {"donde", "where"};
    const struct screen_norm *n = w->n;
    size_t end;
    if (vis(w, i, "face") && vis(w, i + 1, "to") && vis(w, i + 2, "face"))
        end = i + 3;
    else if (vis(w, i, "persona") && i > w->s && vis(w, i - 1, "en"))
        end = i + 1;
    else if (vis(w, i, "cara") && vis(w, i + 1, "a") && vis(w, i + 2, "cara"))
        end = i + 3;
    else if (screen_tok_symbol(n, i))
        end = i + 1;
    else
        return false;
    static const char *const me[] = {"me"};
    static const char *const lives[] = {"vives", "you"};
    for (size_t j = 2; j < i; j++) {
        /* "send me your address", "pásame tu dirección" */
        size_t k = j >= 3 && screen_tok_in(n, j - 2, me, 1) ? j - 3 : j - 2;
        bool asked = (screen_tok_in(n, j, address, SCREEN_NWORDS(address)) &&
                      screen_tok_in(n, j - 1, your, SCREEN_NWORDS(your)) &&
                      screen_tok_in(n, k, ask, SCREEN_NWORDS(ask))) ||
                     /* "dime dónde vives", "tell me where you live" */
                     (screen_tok_in(n, j - 1, where, SCREEN_NWORDS(where)) &&
                      screen_tok_in(n, k, tell, SCREEN_NWORDS(tell)) &&
                      screen_tok_in(n, j, lives, SCREEN_NWORDS(lives)));
        if (asked) {
            *a = k;
            *b = end;
            return true;
        }
    }
    return false;
}

/* Accidents said to befall those who write or talk, by the word at i:
 * "people who write about things that don't concern them tend to have
 * accidents", "los periodistas metiches suelen tener accidentes",
 * "accidents happen to reporters who dig", in a comment that speaks of
 * writing, talking, the press or snitches (not "drivers who text tend
 * to have accidents", "accidents happen, drive safe", "accidents don't
 * happen by chance", nor where driving is told). */
static bool v_accident_prone(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    static const char *const accident[] = {"accidents", "accidentes",
                                           "accident", "accidente"};
    static const char *const have[] = {"have",  "having", "get",
                                       "tener", "sufrir", "tienen"};
    static const char *const tend[] = {"tend",    "tends",  "suelen", "suele",
                                       "tienden", "tiende", "seem",   "seems"};
    static const char *const happen[] = {"happen", "happens", "pasan",
                                         "ocurren", "suceden"};
    static const char *const talk[] = {
        "write",    "writes",    "writing",     "talk",       "talks",
        "talking",  "escribe",   "escriben",    "habla",      "hablan",
        "hablar",   "escribir",  "investigate", "investigan", "dig",
        "metiches", "metiche",   "nosy",        "press",      "prensa",
        "blog",     "reporters", "periodistas"};
    if (!V_ONE_OF(w, i, accident))
        return false;
    size_t j = i;
    if (j > w->s && (vis(w, j - 1, "an") || vis(w, j - 1, "un")))
        j--;
    size_t k = SIZE_MAX;
    if (j > w->s + 1 && V_ONE_OF(w, j - 1, have)) {
        size_t t = j - 2;
        if (vis(w, t, "to") || vis(w, t, "a"))
            t = t > w->s ? t - 1 : t;
        if (V_ONE_OF(w, t, tend))
            k = t;
    } else if (V_ONE_OF(w, i + 1, happen) && !vis(w, i + 2, "by") &&
               !vis(w, i + 2, "por")) {
        k = j;
    } else if (j > w->s && V_ONE_OF(w, j - 1, happen)) {
        k = j - 1;
    }
    if (k == SIZE_MAX || (k > w->s && (vcls(w, k - 1) & V_NOT)))
        return false;
    /* driving told of: "reporters who drive tired tend to have accidents" */
    static const char *const drive[] = {"drive",   "drives",  "driving",
                                        "drunk",   "texting", "maneja",
                                        "manejan", "manejar", "borrachos"};
    const struct screen_norm *n = w->n;
    bool told = v_comment_has(w, 0, n->ntok, V_VOC | V_SNITCH | V_PUBLISH);
    for (size_t t = 0; t < n->ntok; t++) {
        if (screen_tok_in(n, t, drive, SCREEN_NWORDS(drive)))
            return false;
        told |= screen_tok_in(n, t, talk, SCREEN_NWORDS(talk));
    }
    if (!told)
        return false;
    *a = k;
    *b = i + 1 > *b ? i + 1 : *b;
    if (V_ONE_OF(w, i + 1, happen))
        *b = i + 2;
    return true;
}

/* Someone said to be marked, by the word at i: "el que vaya al funeral
 * queda marcado", "anyone who shows up is marking themselves", "you're a
 * marked man" (not "marcado por la tragedia", "marcada de por vida",
 * "marked as spam", "marked for deletion", "the map is marked"). */
static bool v_marked(const struct screen_window *w, size_t i, size_t *a,
                     size_t *b)
{
    static const char *const stays[] = {
        "queda", "quedan", "quedas", "quedara", "quedaran", "esta",
        "estas", "estan",  "is",     "are",     "youre",    "hes",
        "shes",  "theyre", "be",     "now",     "already",  "ya"};
    static const char *const self[] = {"themselves", "yourself", "himself",
                                       "herself", "yourselves"};
    static const char *const kind[] = {"man", "woman", "men", "women"};
    *b = i + 1;
    if (vis(w, i, "marking")) {
        if (!V_ONE_OF(w, i + 1, self))
            return false;
        *a = i;
        *b = i + 2;
        return true;
    }
    size_t j = i;
    if (vis(w, i, "marked") && j > w->s &&
        (vis(w, j - 1, "a") || vis(w, j - 1, "an"))) {
        if (!V_ONE_OF(w, i + 1, kind))
            return false;
        j--;
        *b = i + 2;
    } else if (!screen_window_clause_end(w, i)) {
        return false; /* "marcado por", "marked as spam" */
    }
    if (j == w->s || !V_ONE_OF(w, j - 1, stays))
        return false;
    *a = j - 1;
    if (*b == i + 2 || vis(w, *a, "youre") || vis(w, *a, "hes") ||
        vis(w, *a, "shes") || vis(w, *a, "theyre"))
        return true; /* "you're a marked man" */
    /* "el que vaya queda marcado", "tú quedas marcado": a person, not
     * "ese gol queda marcado", "la ruta ya está marcada" */
    static const char *const who[] = {"que",     "q",       "quien",
                                      "quienes", "tu",      "tú",
                                      "usted",   "ustedes", "cualquiera"};
    if (!vis(w, *a, "queda") && !vis(w, *a, "quedan") &&
        !vis(w, *a, "quedas") && !vis(w, *a, "quedara") &&
        !vis(w, *a, "quedaran"))
        return false;
    for (size_t k = w->s; k < *a; k++)
        if (V_ONE_OF(w, k, who))
            return true;
    return vis(w, *a, "quedas");
}

/* "next time it won't be the arm", "a la próxima no va a ser el brazo",
 * "o la próxima no van a ser casas": a worse harm promised for the next
 * time, by "next" or "próxima" at i (not "next time it won't be so
 * easy", no thing named). Tokens [*a, *b). */
static bool v_worse_next(const struct screen_window *w, size_t i, size_t *a,
                         size_t *b)
{
    static const char *const det[] = {"the", "a",   "your", "just", "el",
                                      "la",  "los", "las",  "tu",   "su"};
    size_t j = i + 1;
    if (vis(w, i, "next")) {
        if (!vis(w, j, "time"))
            return false;
        j++;
        if (vis(w, j, "it"))
            j++;
        if (!vis(w, j, "wont") && !vis(w, j, "wouldnt") &&
            !(vis(w, j, "will") && vis(w, j + 1, "not")))
            return false;
        j += vis(w, j, "will") ? 2 : 1;
        if (!vis(w, j, "be"))
            return false;
        j++;
    } else {
        /* "la próxima no va a ser", "la próxima no van a ser" */
        if (i == w->s || !vis(w, i - 1, "la") || !vis(w, j, "no") ||
            !(vis(w, j + 1, "va") || vis(w, j + 1, "van")) ||
            !vis(w, j + 2, "a") || !vis(w, j + 3, "ser"))
            return false;
        j += 4;
        /* the match is the harm named, so that its own "no" is no
         * negation of it (v_at) */
        *a = j;
    }
    if (j >= w->e || screen_window_clause_end(w, j - 1))
        return false;
    /* a thing named: "the arm", "el brazo", "casas" (a bare plural) */
    if (V_ONE_OF(w, j, det))
        j++;
    if (j >= w->e)
        return false;
    /* not "so easy", "igual", a place or a time: "no va a ser en el
     * zócalo" */
    static const char *const vague[] = {
        "so",    "as",   "tan",  "igual", "easy", "facil", "same",
        "mismo", "like", "en",   "in",    "at",   "on",    "de",
        "con",   "por",  "para", "hasta", "until"};
    if (V_ONE_OF(w, j, vague))
        return false;
    *b = j + 1;
    return true;
}

/* One veiled threat found by token i of class c, in tokens [a, b). */
static bool v_match(const struct screen_window *w, size_t len, size_t i,
                    uint64_t c, size_t *a, size_t *b)
{
    *a = i;
    *b = i + 1;
    if ((c & V_KNOW) && (vis(w, i, "find") || vis(w, i, "averiguar")))
        return v_found_out(w, i, a, b);
    if ((c & V_KNOW) && v_watching(w, len, i, c, a, b))
        return true;
    if ((c & V_MARKED) &&
        (v_marked(w, i, a, b) || v_accident_prone(w, i, a, b)))
        return true;
    if ((c & V_GRAVE) && (v_grave(w, i, a) || v_dearer_than(w, i, a) ||
                          v_mourned_early(w, i, b)))
        return true;
    if ((c & V_NEXT) && (v_next(w, len, i, a) || v_prayers_next(w, i, a)))
        return true;
    if ((c & V_NEXT) && v_worse_next(w, i, a, b))
        return true;
    if ((c & (V_COUNTED | V_LEFT | V_COUNT)) && v_counted(w, i, c, a, b))
        return true;
    if ((c & V_PAYS) && (v_pay_or_hurt(w, len, i, b) || v_ransom(w, i, b)))
        return true;
    if ((c & (V_ERASE | V_PAYS)) && v_choice(w, i, c, a, b))
        return true;
    if ((c & V_SHAME) && v_shame(w, i, b))
        return true;
    if ((c & V_WARNING) && (v_warned(w, i, a, b) || v_warning(w, i, a, b)))
        return true;
    if ((c & V_WHILE) && v_while_you_can(w, i, a, b))
        return true;
    if ((c & V_GREET) && v_greeting(w, i, a, b))
        return true;
    if ((c & V_THINK) && v_think_first(w, i, b))
        return true;
    if ((c & V_LONG) && v_how_long(w, i, a, b))
        return true;
    if ((c & V_VISIT) && v_visit_wished(w, i, a))
        return true;
    if ((c & V_VISIT) && v_visit_called(w, len, i, a, b))
        return true;
    if ((c & V_SNITCH) && v_snitches_end(w, i, b))
        return true;
    if ((c & V_STOP) && vis(w, i, "respondemos"))
        return v_not_answerable(w, i, a, b);
    if ((c & V_STOP) && v_echo(w, i, b))
        return true;
    if ((c & V_CARE) && v_take_care(w, len, i, a, b))
        return true;
    if ((c & V_BET) && v_bet(w, i, b))
        return true;
    if ((c & V_MEET) && v_meet_asked(w, i, a, b))
        return true;
    /* sleeping with the fishes, dormir con los peces, said to "you" (not
     * of a bill "dead in the water", or the film's line) */
    size_t lo = i >= w->s + 3 ? i - 3 : w->s;
    if ((c & V_FISH) && v_any(w, lo, i, V_SLEEP) && v_any(w, w->s, i, V_YOU)) {
        *a = screen_window_find(w, lo, i - lo, V_SLEEP);
        return true;
    }
    /* "sleep with one eye open", "duerme con un ojo abierto" (not "I
     * sleep with one eye open since the robbery") */
    if ((c & V_EYE) && i >= w->s + 3 && i + 1 < w->e &&
        (vis(w, i + 1, "open") || vis(w, i + 1, "abierto")) &&
        (vis(w, i - 1, "one") || vis(w, i - 1, "un")) &&
        (vis(w, i - 2, "with") || vis(w, i - 2, "con")) &&
        (vcls(w, i - 3) & V_SLEEP) &&
        !(i >= w->s + 4 &&
          (vis(w, i - 4, "i") || vis(w, i - 4, "we") || vis(w, i - 4, "yo")))) {
        *a = i - 3;
        *b = i + 2;
        return true;
    }
    /* la boca llena de tierra */
    if ((c & V_MOUTH) && i >= w->s + 3 && vis(w, i - 1, "de") &&
        vis(w, i - 2, "llena") && vis(w, i - 3, "boca") &&
        v_any(w, w->s, i, V_YOU | V_SOON)) {
        *a = i - 3;
        return true;
    }
    return false;
}

/* Whether someone else's words are told: a verb of report before the
 * match in its sentence ("le escribieron que ya sabian donde vive"), or
 * a report's noun followed by "que"/"that" ("las amenazas que recibio"),
 * not "no es amenaza, pero..." or "a message for you:". */
static bool v_reported(const struct screen_window *w, size_t a)
{
    for (size_t j = w->s; j < a; j++) {
        uint64_t c = vcls(w, j);
        if (c & V_SAID)
            return true;
        if ((c & V_REPORT) && (vis(w, j + 1, "que") || vis(w, j + 1, "that") ||
                               vis(w, j + 2, "que") || vis(w, j + 2, "that")))
            return true;
    }
    return false;
}

/* Whether the words near token i could make a match at all: the verbs
 * "have", "know" and "got" start many windows otherwise. */
static bool v_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    if (c & (V_GRAVE | V_NEXT | V_COUNTED | V_LEFT | V_SHAME | V_FISH |
             V_MOUTH | V_PAYS | V_ERASE | V_WARNING | V_WHILE | V_GREET |
             V_THINK | V_COUNT | V_EYE | V_LONG | V_VISIT | V_SNITCH | V_STARE |
             V_STOP | V_CARE | V_BET | V_MEET | V_MARKED))
        return true;
    /* "ya lo tienen (bien) ubicado": someone else located */
    static const char *const have[] = {"tienen", "tenemos", "traen"};
    if ((c & V_LOOK) && i >= 2 &&
        (screen_tok_in(n, i - 1, have, 3) || screen_tok_in(n, i - 2, have, 3)))
        return true;
    /* "who" only after "know", "sabemos", "find (out)", "averiguar":
     * "people who have..." is none */
    static const char *const know[] = {"know", "averiguar", "find"};
    uint64_t near = V_YOU | V_WHERE;
    if ((c & V_KNOW_WE) || screen_tok_in(n, i, know, 3))
        near |= V_WHO;
    /* "sabemos a qué hora sales" (v_your_hours) */
    static const char *const when[] = {"hora", "horas", "dias", "days", "time"};
    for (size_t k = i + 2; (c & V_KNOW) && k < n->ntok && k <= i + 3; k++)
        if (screen_tok_in(n, k, when, SCREEN_NWORDS(when)))
            return true;
    return screen_wc_near(&v_list.table, n, i, 2, 4, near);
}

static const struct screen_wordclasses *v_words_table(void)
{
    return screen_wc_ready(&v_list);
}

/* The veiled threat found by token i: SCREEN_THREAT and its tokens in
 * *out, or -1. */
static int v_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    /* the table is built: at() is asked only after words() */
    uint64_t c = screen_wc_class(&v_list.table, n->tok[i].hash);
    if (!(c & V_START) || !v_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &v_list.table, 0, 0, false};
    /* a bet names its stake first: "apuesto una carne asada a que la de
     * lentes de las rastreadoras es la que sigue" */
    screen_window_at(&w, i, V_READ_BACK,
                     (c & V_BET) ? V_BET_READ_AHEAD : V_READ_AHEAD);
    size_t a, b;
    if (!v_match(&w, len, i, c, &a, &b))
        return -1;
    /* "no sabemos donde vives" (a negation just before or inside), "le
     * dijeron que sabian donde vive", "or we bury you at the polls" */
    size_t neg_from = a > w.s ? a - 1 : a;
    if (neg_from > w.s &&
        ((vcls(&w, neg_from - 1) & V_OR) || vis(&w, neg_from - 1, "si") ||
         vis(&w, neg_from - 1, "if")))
        neg_from++; /* "o si no", "or not": otherwise */
    /* "no respondemos" carries its own "no", "nobody gets hurt" and a
     * ransom's "or you won't see her again" their own: only a negation
     * before the match counts */
    static const char *const hurt[] = {
        "hurt", "lastimado", "herido", "lastima", "again", "ver", "de"};
    bool spared = (c & V_PAYS) && V_ONE_OF(&w, b - 1, hurt);
    bool own_no = vis(&w, b - 1, "respondemos");
    if ((!own_no && v_any(&w, neg_from, spared ? a + 1 : b, V_NOT)) ||
        v_reported(&w, a) || v_any(&w, b, b + 4, V_FIGURE))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_veiled_grammar = {v_words_table, v_at};
