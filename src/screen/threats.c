/*
 * threats.c - threats, calls to violence and wishes of death that the
 * threat lists do not spell out.
 *
 * The lists (models/lexicons/threat-*.txt) hold fixed phrases: "te vamos
 * a matar", "i will kill you". Readers put words in between ("we are
 * going to find you and bury you"), change the person or the verb ("te
 * quemamos el negocio", "ojala te violen") and no list can spell out
 * every combination. So this file reads the few words around a violent
 * verb instead, with a small grammar of each language:
 *
 *   - a future with "I/we" as its subject, or with "you" as its object:
 *     "we will bury you", "i'd rape her", "te va a cargar el payaso";
 *   - a call: "someone should burn that reporter's house", "hay que
 *     colgarlos", "habría que matarlos", "deberían quemar también a los
 *     que publican", "they should gun them down" (with "down", or after
 *     "machine": "the gun the reporter found" is a noun), "wipe them out",
 *     "hay que
 *     ametrallarlos", an order ("lynch every cop",
 *     "quemen la oficina"), and with whoever comes as the target:
 *     "shoot on sight", "shoot to kill", "disparen sin preguntar"; a car
 *     driven at someone, "run them over" ("over" after an object that
 *     names someone, so "run the numbers over" passes), "echarles la
 *     camioneta"; fire opened on
 *     someone, "open fire on them", "abran fuego contra ellos", and
 *     shots fired at someone, "shoot at them", "disparen contra los
 *     manifestantes" (not "contra la corrupción"); live ammunition
 *     called for, "use live rounds on them", "usen balas de verdad";
 *   - a wish: "I hope your whole family dies", "ojala te maten", "ojala
 *     los mataran" (the past subjunctive only after "ojala": without its
 *     accent "matarán" tells the future);
 *   - someone wished seen dead: "I want to see him dead", "quiero verlo
 *     muerto", "I'd love to see that governor hanging from a bridge"
 *     (not a portrait hanging, not the killers);
 *   - a doom told to "you": "you're going to die", "te vas a morir";
 *   - "we're coming for you", "vamos por ti";
 *   - a promise in the present, joined to an order or a condition: "come
 *     back and we kill you", "si vuelve, lo matamos", "si te veo te
 *     mueres" (the writer meeting the reader or the reader going on, not
 *     "si te pica un alacrán te mueres"); in the singular, as Mexican
 *     Spanish threatens: "te parto la madre", "te rompo el hocico", "si
 *     lo vuelvo a ver lo atropello" (a third person only after a meeting
 *     or a return told; not "lo atropelló", the past, with its accent);
 *   - a weak verb on someone's body: "I'll smash his skull", "te voy a
 *     romper los huesos"; a body put away: "we'll put you in a barrel",
 *     "te vamos a meter en un tambo", "send them back in body bags",
 *     "te mando al hoyo" (sent into it, not "la foto del panteón"); a
 *     bullet given: "te doy un balazo", "que le metan plomo",
 *     "hay que darle un tiro", "denle su vitamina de plomo" (not "un tiro
 *     libre", "a la canasta", "su vitamina C");
 *   - "you won't make it home alive", "no regresas vivo"; "he's already
 *     dead, he just doesn't know it";
 *   - someone silenced for good: "callarla para siempre", "silence him
 *     for good", "shut that reporter up permanently";
 *   - a disease wished on someone: "I pray you get cancer", "ojalá te dé
 *     cáncer";
 *   - a call of death chanted at a person, a people, the press or a
 *     name: "¡Muerte a los periodistas!", "death to all journalists",
 *     "¡mueran los soplones!", "Mueran chilangos", "#MuerteAPeriodistas";
 *   - a killing handed out with no verb: "plomo pa los soplones",
 *     "cuello pa los periodistas"; lead to be eaten: "let them eat
 *     lead" (not lead paint);
 *   - a killing regretted as not done: "they should have killed his whole
 *     family", "should've shot him too", "faltó rematarlo" (not "le faltó
 *     rematar de cabeza", a header missed);
 *   - a fire wished on a shelter or a house, or on a place with people
 *     inside: "I hope the shelter burns down", "hope the store burns with
 *     them inside".
 *
 * The verb must have a person as its object (a pronoun, a clitic, a word
 * such as "reporter" or "periodista", Spanish "a" + anyone, or the people
 * of a whole place: "gas the whole town", "bombardeen toda la sierra",
 * "every barrio", "con todo y gente adentro"; not "bomb the whole town
 * with flyers", a city council, pests, "bombardear a la fiscalía con
 * correos", a question or what someone else
 * says), so "we will kill the bill", "vamos a levantar la voz" and "bomb
 * the interview" pass. A negation in
 * between ("I hope they don't kill more reporters", "ojala ya no maten";
 * not "who" naming the writer: "I hope the person who wrote this gets
 * shot")
 * and quotation marks around the words (a report quoting the killers)
 * let the sentence pass too; a report in the past ("the cartel threatened
 * to kill him", "lo mataron") has no intent and never matches.
 *
 * These rules only hold a comment for a moderator (as a threat). Unlike
 * the lexicons, whose hits are model features, they are not seen by the
 * model, so changing them retrains nothing and moves no other score.
 */
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>

#include "screen/screen_int.h"

enum {
    W_HARM = 1ull << 0,       /* violent verb, base form: kill, matar */
    W_VEILED = 1ull << 1,     /* find, visit, encontrar: only with "you" */
    W_ACT = 1ull << 2,        /* an order in itself: maten, quemen, matalo */
    W_FIRST = 1ull << 3,      /* first person, after "te": quemamos, mato */
    W_YOU = 1ull << 4,        /* you, your, te, ti, tu */
    W_HIM = 1ull << 5,        /* him, her, them (English objects) */
    W_CLITIC = 1ull << 6,     /* Spanish object before its verb: te, lo, les */
    W_WE = 1ull << 7,         /* i, we, imma, voy, vamos */
    W_FUT = 1ull << 8,        /* will, gonna, going (to), voy/van (a) */
    W_CALL = 1ull << 9,       /* should, must, hay (que), deberian */
    W_WISH = 1ull << 10,      /* hope, wish, ojala */
    W_NEG = 1ull << 11,       /* not, never, who, no, nadie, quien */
    W_DIE = 1ull << 12,       /* die, dies, rot, mueras */
    W_PERSON = 1ull << 13,    /* reporter, family, periodista, todos */
    W_DET = 1ull << 14,       /* the, that, every, ese, el, a */
    W_PART = 1ull << 15,      /* shot, killed, fusilados */
    W_BE = 1ull << 16,        /* be, get, ser */
    W_ES = 1ull << 17,        /* a Spanish verb: "a" after it is personal */
    W_THEN_TO = 1ull << 18,   /* an intent only with "to" after: going */
    W_THEN_A = 1ull << 19,    /* an intent only with "a" after: voy, van */
    W_THEN_QUE = 1ull << 20,  /* an intent only with "que" after: hay */
    W_FILLER = 1ull << 21,    /* just, someone, ya: may come before an order */
    W_COME = 1ull << 22,      /* come, coming, vamos, voy: + for/por + you */
    W_HE = 1ull << 23,        /* he, she, they, se: someone a wish is about */
    W_ADJ_ONLY = 1ull << 24,  /* "well" (we'll): an intent only right before
                               its verb */
    W_WEAK_WE = 1ull << 25,   /* "were" (we're): "we" only at a clause's
                               start */
    W_KILLNOUN = 1ull << 26,  /* piso, cuello: "te damos piso" */
    W_DAR = 1ull << 27,       /* damos, hagan: violent only with a W_KILLNOUN */
    W_WEAK = 1ull << 28,      /* beat, agarrar: violent only with a W_MANNER */
    W_MANNER = 1ull << 29,    /* death, machetazos: "beat him to death" */
    W_ACT1 = 1ull << 30,      /* que lo queme: an order after its object */
    W_WISH_ONLY = 1ull << 31, /* choke: a death only when wished on someone */
    W_ARSON = 1ull << 32,     /* burn, quemen: a threat to a house too */
    W_ROT = 1ull << 33,       /* rot, pudra: not when it is in jail */
    W_JAIL = 1ull << 34,      /* jail, carcel */
    W_FIGURE = 1ull << 35,    /* risa, laughing: "morir de risa" */
    W_NEEDS_PERSON = 1ull << 36, /* levantar: "a" + a person, not "a la
                                    economia" */
    W_PROPERTY = 1ull << 37,     /* house, negocio: what arson threatens */
    W_GAME = 1ull << 38,         /* boss, level, nivel: a video game's foes;
                                    tv: a set switched off */
    W_END = 1ull << 39,   /* end (up), acabar, terminar: where "you" end */
    W_GRAVE = 1ull << 40, /* bag, barrel, fosa, bolsa: where bodies are left */
    W_DEAD = 1ull << 41,  /* dead, muerto, next: "you're dead" */
    W_YOU_ARE = 1ull << 42,   /* youre, ur, estas, eres: "you" as a subject */
    W_FOR = 1ull << 43,       /* for, por: "coming for you", "vamos por ti" */
    W_PUT = 1ull << 44,       /* put, meter: violent only with a W_GRAVE after:
                                 "we'll put you in a barrel" */
    W_ALIVE = 1ull << 45,     /* alive, vivo: "you won't make it home alive" */
    W_YOU_DO = 1ull << 46,    /* regresas, sales: "you" as a Spanish subject */
    W_PLACE = 1ull << 47,     /* town, pueblo, colonia: a place's people, when
                                 whole: "gas the whole town" */
    W_WHOLE = 1ull << 48,     /* whole, entire, todo, completa */
    W_PAST_WISH = 1ull << 49, /* mataran, quemara: a wish only after
                                 "ojala" (without accents "matarán" and
                                 "matará" tell the future) */
    W_DIE_IF = 1ull << 50,    /* mueres: "si te veo, te mueres" */
    W_DISEASE = 1ull << 51,   /* cancer, covid, sida: wished on someone */
    W_CATCH = 1ull << 52,     /* get, catch, de: how a disease is caught */
    W_SILENCE = 1ull << 53,   /* callar, silence: violent only "para
                                 siempre", "for good" */
    W_DONE = 1ull << 54,      /* done: "should've done his whole family" */
    W_SELF_ONLY = 1ull << 55, /* neck, rope: violent only on "yourself"
                                 ("neck yourself", not "neck a pint") */
    W_SELF = 1ull << 56,      /* yourself, urself */
    W_SLOGAN = 1ull << 57,    /* death, muerte: "death to", "muerte a" */
    W_SLOGAN_GLUED = 1ull << 58, /* muerteaperiodistas: a call glued into
                                    one word, as in a hashtag */
    W_DOSE = 1ull << 59, /* plomo, cuello, piso: a killing handed out with
                            no verb, "plomo pa los soplones" */
    W_WALL = 1ull << 60, /* formarlos, paredon: a firing squad called for */
    W_RUN = 1ull << 61,  /* run, echar: a killing with a car only when
                            "over" or a vehicle follows, "run them over",
                            "echarles la camioneta" */
    W_OPEN = 1ull << 62, /* open, abrir: shooting only before "fire on",
                            "fuego contra": "open fire on them" */
    W_USE = 1ull << 63,  /* use, usen: shooting only with live ammunition
                            after it, "use live rounds on them" */
};

/* What may start a match. */
#define W_START                                                                \
    (W_HARM | W_VEILED | W_ACT | W_FIRST | W_DIE | W_PART | W_COME | W_DAR |   \
     W_WEAK | W_ACT1 | W_END | W_DEAD | W_PUT | W_ALIVE | W_DIE_IF |           \
     W_DISEASE | W_SILENCE | W_DONE | W_SLOGAN | W_SLOGAN_GLUED | W_DOSE |     \
     W_WALL | W_RUN | W_OPEN | W_USE)

static const struct screen_wc_word plain_words[] = {
    /* a firing squad */
    {"formarlos", W_WALL},
    {"formarlas", W_WALL},
    {"ponerlos", W_WALL},
    {"ponerlas", W_WALL},
    {"pararlos", W_WALL},
    {"pararlas", W_WALL},
    {"paredon", W_WALL},
    {"line", W_WALL}, /* "line them up against the wall" */
    /* English verbs */
    {"kill", W_HARM},
    {"hurt", W_HARM | W_NEEDS_PERSON},
    {"kills", W_HARM},
    {"unalive", W_HARM}, /* the readers' newer word for "kill" */
    {"unalives", W_HARM},
    {"neck", W_HARM | W_SELF_ONLY}, /* suicide urged: "neck yourself" */
    {"rope", W_HARM | W_SELF_ONLY},
    {"murder", W_HARM},
    {"murders", W_HARM},
    {"shoot", W_HARM},
    {"gun", W_HARM}, /* "gun them down" */
    {"machinegun", W_HARM},
    {"machine", W_FILLER}, /* "should machine gun the town" */
    {"mow", W_HARM},       /* "mow them down" */
    {"wipe", W_HARM},      /* "wipe them out" */
    {"run", W_RUN},
    {"runs", W_RUN},
    {"open", W_OPEN},
    {"abrir", W_OPEN | W_ES},
    {"abran", W_OPEN | W_ES},
    {"use", W_USE},
    {"usen", W_USE | W_ES},
    {"usar", W_USE | W_ES},
    {"shoots", W_HARM},
    {"stab", W_HARM},
    {"stabs", W_HARM},
    {"hang", W_HARM},
    {"hangs", W_HARM},
    {"lynch", W_HARM},
    {"behead", W_HARM},
    {"decapitate", W_HARM},
    {"burn", W_HARM | W_ARSON},
    {"burns", W_HARM | W_ARSON},
    {"torch", W_HARM | W_ARSON},
    {"rape", W_HARM},
    {"rapes", W_HARM},
    {"butcher", W_HARM},
    {"slaughter", W_HARM},
    {"dismember", W_HARM},
    {"strangle", W_HARM},
    {"torture", W_HARM},
    {"execute", W_HARM},
    {"cremate", W_HARM},
    {"incinerate", W_HARM},
    {"gut", W_HARM},
    {"bury", W_VEILED},
    {"kidnap", W_HARM},
    {"gas", W_HARM},
    {"exterminate", W_HARM},
    {"bomb", W_HARM},
    {"nuke", W_HARM},
    {"drone", W_HARM},
    {"napalm", W_HARM},
    {"firebomb", W_HARM},
    {"raze", W_HARM},
    {"drown", W_HARM},
    {"poison", W_HARM},
    {"whack", W_HARM},
    {"skin", W_HARM},
    {"hunt", W_HARM},
    {"dissolve", W_HARM},
    {"find", W_VEILED},
    {"visit", W_VEILED},
    {"get", W_BE | W_CATCH},
    {"gets", W_BE | W_CATCH},
    {"catches", W_CATCH},
    {"silence", W_SILENCE},
    {"shut", W_SILENCE},
    {"cancer", W_DISEASE},
    {"covid", W_DISEASE},
    {"aids", W_DISEASE},
    {"sida", W_DISEASE},
    {"leukemia", W_DISEASE},
    {"leucemia", W_DISEASE},
    {"tumor", W_DISEASE},
    {"ebola", W_DISEASE},
    {"de", W_CATCH}, /* "que te dé cáncer", after its object only */
    {"da", W_CATCH},
    {"beat", W_WEAK},
    {"beats", W_WEAK},
    {"chop", W_WEAK},
    {"hack", W_WEAK},
    {"cut", W_WEAK},
    {"stone", W_WEAK},
    {"death", W_MANNER | W_SLOGAN},
    {"pieces", W_MANNER},
    {"catch", W_VEILED | W_CATCH},
    {"track", W_VEILED},
    {"die", W_DIE},
    {"dies", W_DIE},
    {"rot", W_DIE | W_ROT},
    {"rots", W_DIE | W_ROT},
    {"jail", W_JAIL},
    {"boss", W_GAME},
    {"respawn", W_GAME},
    {"fantasy", W_GAME},
    {"leaderboard", W_GAME},
    {"standings", W_GAME},
    {"fifa", W_GAME},
    {"fortnite", W_GAME},
    {"souls", W_GAME},
    {"balon", W_GAME},
    {"pelota", W_GAME},
    {"porteria", W_GAME},
    {"cancha", W_GAME},
    {"examen", W_GAME},
    {"exam", W_GAME},
    {"level", W_GAME},
    {"game", W_GAME},
    {"nivel", W_GAME},
    {"juego", W_GAME},
    {"videojuego", W_GAME},
    {"partida", W_GAME},
    {"tv", W_GAME}, /* "kill your TV": switched off */
    {"television", W_GAME},
    {"house", W_PROPERTY},
    {"home", W_PROPERTY},
    {"car", W_PROPERTY},
    {"truck", W_PROPERTY},
    {"shop", W_PROPERTY},
    {"shops", W_PROPERTY},
    {"stores", W_PROPERTY},
    {"houses", W_PROPERTY},
    {"shelter", W_PROPERTY},
    {"albergue", W_PROPERTY},
    {"albergues", W_PROPERTY},
    {"tiendas", W_PROPERTY},
    {"negocios", W_PROPERTY},
    {"casas", W_PROPERTY},
    {"tortilleria", W_PROPERTY},
    {"tortillerias", W_PROPERTY},
    {"store", W_PROPERTY},
    {"office", W_PROPERTY},
    {"newsroom", W_PROPERTY},
    {"casa", W_PROPERTY},
    {"carro", W_PROPERTY},
    {"camioneta", W_PROPERTY},
    {"negocio", W_PROPERTY},
    {"changarro", W_PROPERTY},
    {"tienda", W_PROPERTY},
    {"local", W_PROPERTY},
    {"oficina", W_PROPERTY},
    {"redaccion", W_PROPERTY},
    {"periodico", W_PROPERTY}, /* the newsroom, in "quemen el periódico" */
    {"tents", W_PROPERTY},
    {"camp", W_PROPERTY},
    {"carpas", W_PROPERTY},
    {"campamento", W_PROPERTY},
    {"gym", W_PROPERTY}, /* where the displaced sleep */
    {"gimnasio", W_PROPERTY},
    {"escuela", W_PROPERTY},
    {"school", W_PROPERTY},
    {"hospital", W_PROPERTY}, /* where the wounded lie */
    {"hospitales", W_PROPERTY},
    {"clinica", W_PROPERTY},
    {"clinic", W_PROPERTY},
    {"tongue", W_MANNER},
    {"throat", W_MANNER},
    {"head", W_MANNER},
    {"fingers", W_MANNER},
    {"lengua", W_MANNER},
    {"cabeza", W_MANNER},
    {"dedos", W_MANNER},
    /* the body and the bones a weak verb threatens */
    {"skull", W_MANNER},
    {"bones", W_MANNER},
    {"bone", W_MANNER},
    {"brains", W_MANNER},
    {"neck", W_MANNER},
    {"face", W_MANNER},
    {"hands", W_MANNER},
    {"legs", W_MANNER},
    {"knees", W_MANNER},
    {"teeth", W_MANNER},
    {"breathing", W_MANNER},
    {"manos", W_MANNER},
    {"huesos", W_MANNER},
    {"cara", W_MANNER},
    {"craneo", W_MANNER},
    {"piernas", W_MANNER},
    {"rodillas", W_MANNER},
    {"dientes", W_MANNER},
    {"smash", W_WEAK},
    {"break", W_WEAK},
    {"bash", W_WEAK},
    {"corten", W_WEAK | W_ES | W_ACT},
    {"cortamos", W_WEAK | W_FIRST},
    {"altiplano", W_JAIL},
    {"reclusorio", W_JAIL},
    {"cereso", W_JAIL},
    {"cefereso", W_JAIL},
    {"prison", W_JAIL},
    {"cell", W_JAIL},
    {"laughing", W_FIGURE},
    {"public", W_FIGURE},
    {"politics", W_FIGURE},
    {"vida", W_FIGURE},
    {"politica", W_FIGURE},
    {"laughter", W_FIGURE},
    {"choke", W_DIE | W_WISH_ONLY},
    {"chokes", W_DIE | W_WISH_ONLY},
    {"perish", W_DIE},
    {"disappear", W_DIE},
    {"desaparecer", W_DIE},
    {"end", W_END},
    {"ends", W_END},
    {"acabar", W_END},
    {"acabas", W_END},
    {"acaban", W_END},
    {"terminar", W_END},
    {"terminas", W_END},
    {"terminan", W_END},
    {"bag", W_GRAVE},
    {"bags", W_GRAVE},
    {"barrel", W_GRAVE},
    {"ditch", W_GRAVE},
    {"grave", W_GRAVE},
    {"trunk", W_GRAVE},
    {"bolsa", W_GRAVE},
    {"bolsas", W_GRAVE},
    {"fosa", W_GRAVE},
    {"fosas", W_GRAVE},
    {"tambo", W_GRAVE},
    {"barranco", W_GRAVE},
    {"cajuela", W_GRAVE},
    {"cobija", W_GRAVE},
    {"hoyo", W_GRAVE},
    {"hielera", W_GRAVE},
    {"hieleras", W_GRAVE},
    {"encobijado", W_GRAVE},
    {"encobijada", W_GRAVE},
    {"encobijados", W_GRAVE},
    {"embolsado", W_GRAVE},
    {"embolsada", W_GRAVE},
    {"encajuelado", W_GRAVE},
    {"encajuelada", W_GRAVE},
    {"tableado", W_GRAVE},
    {"tableada", W_GRAVE},
    {"panteon", W_GRAVE},
    {"cementerio", W_GRAVE},
    {"put", W_PUT},
    {"throw", W_PUT},
    {"stuff", W_PUT},
    {"send", W_PUT},
    {"alive", W_ALIVE},
    {"vivo", W_ALIVE},
    {"viva", W_ALIVE},
    {"vivos", W_ALIVE},
    {"regresas", W_YOU_DO},
    {"sales", W_YOU_DO},
    {"llegas", W_YOU_DO},
    {"vuelves", W_YOU_DO},
    {"dead", W_DEAD},
    {"next", W_DEAD},
    {"muerto", W_DEAD},
    {"muerta", W_DEAD},
    {"muertos", W_DEAD},
    {"muertas", W_DEAD},
    {"colgado", W_PART},
    {"colgados", W_PART},
    {"ahorcado", W_PART},
    {"ahorcados", W_PART},
    {"siguiente", W_DEAD},
    {"shot", W_PART},
    {"killed", W_PART},
    {"raped", W_PART},
    {"murdered", W_PART},
    {"hanged", W_PART},
    {"hung", W_PART},
    {"decapitated", W_PART},
    {"hanging", W_PART},
    {"dismembered", W_PART},
    {"hunted", W_PART},
    {"gutted", W_PART},
    {"strangled", W_PART},
    {"kidnapped", W_PART},
    {"drowned", W_PART},
    {"poisoned", W_PART},
    {"skinned", W_PART},
    {"lynched", W_PART},
    {"done", W_DONE},
    {"beheaded", W_PART},
    {"burned", W_PART},
    {"burnt", W_PART},
    {"stabbed", W_PART},
    {"butchered", W_PART},
    {"tortured", W_PART},
    {"gassed", W_PART},
    {"exterminated", W_PART},
    {"slaughtered", W_PART},
    {"be", W_BE},
    {"getting", W_BE},
    {"come", W_COME},
    {"coming", W_COME | W_FUT | W_THEN_TO},
    {"comin", W_COME},
    /* English people */
    {"you", W_YOU},
    {"u", W_YOU},
    {"ya", W_YOU | W_FILLER},
    {"yourself", W_YOU | W_SELF},
    {"urself", W_YOU | W_SELF},
    {"yourselves", W_YOU | W_SELF},
    {"youre", W_YOU | W_YOU_ARE},
    {"ur", W_YOU | W_DET | W_YOU_ARE},
    {"youll", W_YOU | W_FUT},
    {"yall", W_YOU},
    {"your", W_YOU | W_DET},
    {"him", W_HIM},
    {"her", W_HIM | W_HE},
    {"them", W_HIM},
    {"em", W_HIM},
    {"he", W_HE},
    {"she", W_HE},
    {"they", W_HE},
    {"theyre", W_HE},
    {"cartel", W_HE},
    {"narcos", W_HE},
    {"sicarios", W_HE},
    {"boys", W_HE},
    {"someone", W_HE | W_FILLER},
    {"somebody", W_HE | W_FILLER},
    {"i", W_WE},
    {"we", W_WE},
    {"im", W_WE},
    {"ive", W_WE},
    {"ill", W_WE | W_FUT},
    {"id", W_WE | W_FUT},
    {"imma", W_WE | W_FUT},
    {"ima", W_WE | W_FUT},
    {"well", W_WE | W_FUT | W_ADJ_ONLY},
    {"were", W_WE | W_WEAK_WE},
    {"will", W_FUT},
    {"shall", W_FUT},
    {"would", W_FUT},
    {"gonna", W_FUT},
    {"gunna", W_FUT},
    {"finna", W_FUT},
    {"wanna", W_FUT},
    {"going", W_FUT | W_THEN_TO},
    {"goin", W_FUT | W_THEN_TO},
    {"should", W_CALL},
    {"must", W_CALL},
    {"gotta", W_CALL},
    {"need", W_CALL | W_THEN_TO},
    {"needs", W_CALL | W_THEN_TO},
    {"ought", W_CALL | W_THEN_TO},
    {"deserve", W_CALL | W_THEN_TO},
    {"deserves", W_CALL | W_THEN_TO},
    {"lets", W_CALL | W_FILLER},
    {"hope", W_WISH},
    {"hoping", W_WISH},
    {"hopefully", W_WISH},
    {"wish", W_WISH},
    {"pray", W_WISH},
    {"praying", W_WISH},
    {"just", W_FILLER},
    {"pls", W_FILLER},
    {"please", W_FILLER},
    {"go", W_FILLER},
    {"and", W_FILLER},
    {"so", W_FILLER},
    {"but", W_FILLER},
    {"because", W_FILLER},
    {"cause", W_FILLER},
    {"cuz", W_FILLER},
    {"then", W_FILLER},
    {"not", W_NEG},
    {"dont", W_NEG},
    {"doesnt", W_NEG},
    {"didnt", W_NEG},
    {"wont", W_NEG},
    {"cant", W_NEG},
    {"cannot", W_NEG},
    {"never", W_NEG},
    {"no", W_NEG},
    {"nobody", W_NEG},
    {"noone", W_NEG},
    {"shouldnt", W_NEG},
    {"wouldnt", W_NEG},
    {"stop", W_NEG},
    {"who", W_NEG},
    {"whoever", W_NEG},
    {"the", W_DET},
    {"that", W_DET},
    {"this", W_DET},
    {"those", W_DET},
    {"these", W_DET},
    {"his", W_DET},
    {"their", W_DET},
    {"every", W_DET},
    {"each", W_DET},
    {"all", W_DET | W_PERSON},
    {"reporter", W_PERSON},
    {"reporters", W_PERSON},
    {"journalist", W_PERSON},
    {"journalists", W_PERSON},
    {"journos", W_PERSON},
    {"writer", W_PERSON},
    {"author", W_PERSON},
    {"editor", W_PERSON},
    {"judge", W_PERSON},
    {"chief", W_PERSON},
    {"senator", W_PERSON},
    {"councilman", W_PERSON},
    {"councilwoman", W_PERSON},
    {"councilor", W_PERSON},
    {"officer", W_PERSON},
    {"officers", W_PERSON},
    {"commissioner", W_PERSON},
    {"sheriff", W_PERSON},
    {"prosecutor", W_PERSON},
    {"congressman", W_PERSON},
    {"congresswoman", W_PERSON},
    {"commander", W_PERSON},
    {"police", W_PERSON},
    {"general", W_PERSON},
    {"commenter", W_PERSON},
    {"commenters", W_PERSON},
    {"judges", W_PERSON},
    {"mayor", W_PERSON},
    {"governor", W_PERSON},
    {"witness", W_PERSON},
    {"witnesses", W_PERSON},
    {"snitch", W_PERSON},
    {"snitches", W_PERSON},
    {"rat", W_PERSON},
    {"rats", W_PERSON},
    {"bitch", W_PERSON},
    {"bitches", W_PERSON},
    {"whore", W_PERSON},
    {"traitor", W_PERSON},
    {"traitors", W_PERSON},
    {"family", W_PERSON},
    {"families", W_PERSON},
    {"kids", W_PERSON},
    {"children", W_PERSON},
    {"wife", W_PERSON},
    {"daughter", W_PERSON},
    {"son", W_PERSON},
    {"cop", W_PERSON},
    {"cops", W_PERSON},
    {"politician", W_PERSON},
    {"politicians", W_PERSON},
    {"soldiers", W_PERSON},
    {"senators", W_PERSON},
    {"president", W_PERSON},
    {"migrants", W_PERSON},
    {"immigrants", W_PERSON},
    {"guy", W_PERSON},
    {"person", W_PERSON},
    {"everyone", W_PERSON},
    {"everybody", W_PERSON},
    {"woman", W_PERSON},
    {"women", W_PERSON},
    {"man", W_PERSON},
    {"photographer", W_PERSON},
    {"source", W_PERSON},
    {"sources", W_PERSON},
    {"editors", W_PERSON},
    {"writers", W_PERSON},
    {"kid", W_PERSON},
    {"girl", W_PERSON},
    {"boy", W_PERSON},
    {"mom", W_PERSON},
    {"mother", W_PERSON},
    {"dad", W_PERSON},
    {"father", W_PERSON},
    {"brother", W_PERSON},
    {"sister", W_PERSON},
    {"husband", W_PERSON},
    {"parents", W_PERSON},
    {"mothers", W_PERSON},
    {"moms", W_PERSON},
    {"searchers", W_PERSON},
    {"volunteers", W_PERSON},
    {"priest", W_PERSON},
    {"priests", W_PERSON},
    {"killer", W_PERSON},
    {"killers", W_PERSON},
    {"murderer", W_PERSON},
    {"murderers", W_PERSON},
    {"protesters", W_PERSON},
    {"protestors", W_PERSON},
    {"rioters", W_PERSON},
    {"marchers", W_PERSON},
    {"students", W_PERSON},
    {"manifestantes", W_PERSON},
    {"estudiantes", W_PERSON},
    {"vandalos", W_PERSON},
    {"activist", W_PERSON},
    {"activists", W_PERSON},
    {"halcon", W_PERSON},
    {"halcones", W_PERSON},
    {"dealer", W_PERSON},
    {"dealers", W_PERSON},
    {"sicario", W_PERSON},
    {"sicarios", W_PERSON},
    {"candidate", W_PERSON},
    {"leader", W_PERSON},
    {"leaders", W_PERSON},
    {"strikers", W_PERSON},
    {"drivers", W_PERSON},
    {"truckers", W_PERSON},
    {"workers", W_PERSON},
    {"owner", W_PERSON},
    {"owners", W_PERSON},
    {"widow", W_PERSON},
    {"lideres", W_PERSON},
    {"choferes", W_PERSON},
    {"traileros", W_PERSON},
    {"transportistas", W_PERSON},
    {"huelguistas", W_PERSON},
    {"trabajadores", W_PERSON},
    /* Spanish people and intents */
    {"te", W_YOU | W_CLITIC},
    {"ti", W_YOU},
    {"estas", W_DET | W_YOU_ARE},
    {"eres", W_YOU_ARE},
    {"tu", W_YOU | W_DET},
    {"tus", W_YOU | W_DET},
    {"contigo", W_YOU},
    {"vas", W_YOU | W_FUT | W_THEN_A},
    {"lo", W_CLITIC},
    {"la", W_CLITIC | W_DET},
    {"los", W_CLITIC | W_DET},
    {"las", W_CLITIC | W_DET},
    {"lxs", W_DET}, /* "muerte a lxs periodistas" */
    {"le", W_CLITIC},
    {"les", W_CLITIC},
    {"se", W_HE},
    {"el", W_DET | W_HE},
    {"ella", W_HE},
    {"ellos", W_HE},
    {"yo", W_WE},
    {"nosotros", W_WE},
    {"voy", W_WE | W_FUT | W_THEN_A | W_COME},
    {"vamos", W_WE | W_FUT | W_THEN_A | W_COME},
    {"van", W_FUT | W_THEN_A | W_COME},
    {"va", W_FUT | W_THEN_A},
    /* as readers type them: "t vamos a matar", "te bamos a quemar",
     * "vamos x ti" (not "boy" nor "ban", English words: "my boy is
     * coming for you in the final", "a ban for you") */
    {"t", W_YOU | W_CLITIC},
    {"bas", W_YOU | W_FUT | W_THEN_A},
    {"bamos", W_WE | W_FUT | W_THEN_A | W_COME},
    {"ba", W_FUT | W_THEN_A},
    {"x", W_FOR},
    {"hay", W_CALL | W_THEN_QUE},
    {"habria", W_CALL | W_THEN_QUE},
    {"habra", W_CALL | W_THEN_QUE},
    {"tendrian", W_CALL | W_THEN_QUE},
    {"tendriamos", W_CALL | W_THEN_QUE},
    {"tienen", W_CALL | W_THEN_QUE},
    {"tenemos", W_CALL | W_THEN_QUE},
    {"deberian", W_CALL},
    {"deberiamos", W_CALL},
    {"deberia", W_CALL},
    {"debieron", W_CALL},
    {"falto", W_CALL}, /* "faltó rematarlo": a killing regretted undone */
    {"debemos", W_CALL},
    {"deben", W_CALL},
    {"debe", W_CALL},
    {"merece", W_CALL},
    {"merecen", W_CALL},
    {"ojala", W_WISH},
    {"alguien", W_HE | W_FILLER},
    {"y", W_FILLER},
    {"pues", W_FILLER},
    {"no", W_NEG},
    {"nadie", W_NEG},
    {"ningun", W_NEG},
    {"ninguna", W_NEG},
    {"nunca", W_NEG},
    {"ni", W_NEG},
    {"jamas", W_NEG},
    {"quien", W_NEG},
    {"quienes", W_NEG},
    {"sin", W_NEG},
    {"dejen", W_NEG},
    {"al", W_DET},
    {"a", W_DET},
    {"ese", W_DET | W_PERSON},
    {"esa", W_DET | W_PERSON},
    {"esos", W_DET | W_PERSON},
    {"esas", W_DET | W_PERSON},
    {"este", W_DET},
    {"esta", W_DET},
    {"estos", W_DET},
    {"estas", W_DET},
    {"su", W_DET},
    {"sus", W_DET},
    {"cada", W_DET},
    {"todos", W_DET | W_PERSON},
    {"todas", W_DET | W_PERSON},
    {"periodista", W_PERSON},
    {"periodistas", W_PERSON},
    {"reportero", W_PERSON},
    {"reportera", W_PERSON},
    {"reporteros", W_PERSON},
    {"juez", W_PERSON},
    {"locas", W_PERSON},
    {"locos", W_PERSON},
    {"viejas", W_PERSON},
    {"feminazis", W_PERSON},
    {"chairos", W_PERSON},
    {"chairas", W_PERSON},
    {"fifis", W_PERSON},
    {"regidor", W_PERSON},
    {"regidora", W_PERSON},
    {"senador", W_PERSON},
    {"senadora", W_PERSON},
    {"diputado", W_PERSON},
    {"diputada", W_PERSON},
    {"comandante", W_PERSON},
    {"comisario", W_PERSON},
    {"funcionario", W_PERSON},
    {"funcionarios", W_PERSON},
    {"policia", W_PERSON},
    {"fiscal", W_PERSON},
    {"alcaldes", W_PERSON},
    {"gobernadores", W_PERSON},
    {"comentarista", W_PERSON},
    {"jueces", W_PERSON},
    {"jueza", W_PERSON},
    {"juezas", W_PERSON},
    {"alcalde", W_PERSON},
    {"alcaldesa", W_PERSON},
    {"gobernador", W_PERSON},
    {"testigo", W_PERSON},
    {"testigos", W_PERSON},
    {"soplon", W_PERSON},
    {"rata", W_PERSON},
    {"ratas", W_PERSON},
    {"soplones", W_PERSON},
    {"perra", W_PERSON},
    {"puta", W_PERSON},
    {"traidor", W_PERSON},
    {"traidores", W_PERSON},
    {"familia", W_PERSON},
    {"familias", W_PERSON},
    {"hijos", W_PERSON},
    {"hijo", W_PERSON},
    {"hija", W_PERSON},
    {"esposa", W_PERSON},
    {"vieja", W_PERSON},
    {"chamaco", W_PERSON},
    {"migrantes", W_PERSON},
    /* peoples: "sacar a los hondureños a palos", "kill the Haitians" */
    {"hondurenos", W_PERSON},
    {"hondureños", W_PERSON},
    {"haitianos", W_PERSON},
    {"guatemaltecos", W_PERSON},
    {"salvadorenos", W_PERSON},
    {"salvadoreños", W_PERSON},
    {"venezolanos", W_PERSON},
    {"cubanos", W_PERSON},
    {"nicaraguenses", W_PERSON},
    {"centroamericanos", W_PERSON},
    {"indigenas", W_PERSON},
    {"indios", W_PERSON},
    {"judios", W_PERSON},
    {"chilangos", W_PERSON},
    {"gringos", W_PERSON},
    {"negros", W_PERSON},
    {"chinos", W_PERSON},
    {"musulmanes", W_PERSON},
    {"refugiados", W_PERSON},
    {"maricones", W_PERSON},
    {"jotos", W_PERSON},
    {"lesbianas", W_PERSON},
    {"feministas", W_PERSON},
    {"norteños", W_PERSON},
    {"nortenos", W_PERSON},
    {"oaxaqueños", W_PERSON},
    {"oaxaquenos", W_PERSON},
    {"chiapanecos", W_PERSON},
    {"sinaloenses", W_PERSON},
    {"michoacanos", W_PERSON},
    {"hondurans", W_PERSON},
    {"haitians", W_PERSON},
    {"guatemalans", W_PERSON},
    {"salvadorans", W_PERSON},
    {"venezuelans", W_PERSON},
    {"mexicans", W_PERSON},
    {"jews", W_PERSON},
    {"muslims", W_PERSON},
    {"gays", W_PERSON},
    {"indians", W_PERSON},
    {"blacks", W_PERSON},
    {"arabs", W_PERSON},
    {"refugees", W_PERSON},
    {"faggots", W_PERSON},
    {"fags", W_PERSON},
    {"politicos", W_PERSON},
    {"militares", W_PERSON},
    {"soldados", W_PERSON},
    {"diputados", W_PERSON},
    {"senadores", W_PERSON},
    {"presidente", W_PERSON},
    {"policias", W_PERSON},
    {"mujer", W_PERSON},
    {"hombre", W_PERSON},
    {"fotografo", W_PERSON},
    {"fuente", W_PERSON},
    {"fuentes", W_PERSON},
    {"hermano", W_PERSON},
    {"hermana", W_PERSON},
    {"mama", W_PERSON},
    {"esposo", W_PERSON},
    {"hijas", W_PERSON},
    {"chismoso", W_PERSON},
    {"wey", W_PERSON},
    {"guey", W_PERSON},
    /* Spanish verbs with no clitic forms below */
    {"morir", W_DIE},
    {"morirte", W_DIE | W_YOU},
    {"morirse", W_DIE},
    {"mueras", W_DIE},
    {"mueres", W_DIE_IF},
    {"muera", W_DIE},
    {"mueran", W_DIE},
    {"desangre", W_DIE},
    {"desangres", W_DIE},
    {"desangren", W_DIE},
    {"pudras", W_DIE | W_ROT},
    {"pudra", W_DIE | W_ROT},
    {"pudran", W_DIE | W_ROT},
    {"carcel", W_JAIL},
    {"prision", W_JAIL},
    {"penal", W_JAIL},
    {"bote", W_JAIL},
    {"cana", W_JAIL},
    {"risa", W_FIGURE},
    {"preguntas", W_FIGURE}, /* "dispárenle preguntas a la fiscal" */
    {"hambre", W_FIGURE},
    {"ganas", W_FIGURE},
    {"envidia", W_FIGURE},
    {"aburrimiento", W_FIGURE},
    {"verguenza", W_FIGURE},
    {"sed", W_FIGURE},
    {"amor", W_FIGURE},
    {"tristeza", W_FIGURE},
    {"coraje", W_FIGURE},
    /* "le disparé un correo a mi diputado": fired off */
    {"correo", W_FIGURE},
    {"correos", W_FIGURE},
    {"mensaje", W_FIGURE},
    {"mensajes", W_FIGURE},
    {"mensajero", W_FIGURE}, /* "maten al mensajero": the idiom */
    {"messenger", W_FIGURE},
    {"email", W_FIGURE},
    {"tuit", W_FIGURE},
    /* "levántenla más alta": the antenna raised */
    {"alta", W_FIGURE},
    {"arriba", W_FIGURE},
    {"ser", W_BE},
    {"sean", W_BE},
    {"seas", W_BE},
    {"damos", W_FIRST | W_DAR},
    {"doy", W_FIRST | W_DAR},
    {"daremos", W_FIRST | W_DAR},
    {"dar", W_DAR | W_ES},
    {"darle", W_DAR | W_ES | W_HIM},
    {"darte", W_DAR | W_ES | W_YOU},
    {"darles", W_DAR | W_ES | W_HIM},
    {"dale", W_DAR | W_ES | W_ACT | W_HIM},
    {"denle", W_DAR | W_ES | W_ACT | W_HIM},
    {"hacer", W_DAR | W_ES},
    {"hacerte", W_DAR | W_ES | W_YOU},
    {"hacerlo", W_DAR | W_ES | W_HIM},
    {"hacerla", W_DAR | W_ES | W_HIM},
    {"hacerlos", W_DAR | W_ES | W_HIM},
    {"hagan", W_DAR | W_ES | W_ACT},
    {"toque", W_DAR | W_ES}, /* "ojalá te toque una bala" */
    /* "prenderle fuego al albergue" */
    {"prenderle", W_DAR | W_ES | W_ARSON},
    {"prenderles", W_DAR | W_ES | W_ARSON},
    {"prendanle", W_DAR | W_ES | W_ARSON | W_ACT},
    {"prendan", W_DAR | W_ES | W_ARSON | W_ACT},
    {"fuego", W_KILLNOUN},
    {"haga", W_DAR | W_ES | W_ACT1},
    {"haremos", W_FIRST | W_DAR},
    {"hacemos", W_FIRST | W_DAR},
    {"pedazos", W_KILLNOUN | W_MANNER | W_GRAVE},
    {"balazo", W_KILLNOUN | W_DOSE},
    {"lead", W_DOSE},              /* "let them eat lead" */
    {"bala", W_KILLNOUN | W_DOSE}, /* after "toque", or into the body:
                                      killnoun_after */
    {"plomazo", W_KILLNOUN | W_DOSE},
    {"tiro", W_KILLNOUN | W_DOSE},
    {"tiros", W_KILLNOUN | W_DOSE},
    {"\xf0\x9f\x94\xab", W_KILLNOUN}, /* U+1F52B PISTOL: "te doy un 🔫" */
    {"cuetazo", W_KILLNOUN},
    {"meter", W_DAR | W_PUT | W_ES},
    {"meterle", W_DAR | W_PUT | W_ES | W_HIM},
    {"meterte", W_DAR | W_PUT | W_ES | W_YOU},
    {"meterles", W_DAR | W_PUT | W_ES | W_HIM},
    {"meta", W_DAR | W_ES | W_ACT1},
    {"metan", W_DAR | W_ES | W_ACT},
    {"den", W_DAR | W_ES | W_ACT}, /* "ojala le den su plomazo" */
    {"meto", W_FIRST | W_DAR | W_PUT},
    {"pongo", W_FIRST | W_DAR}, /* "te pongo una bala en la cabeza" */
    {"poner", W_DAR | W_ES},
    {"ponerle", W_DAR | W_ES | W_HIM},
    {"ponerte", W_DAR | W_ES | W_YOU},
    {"ponemos", W_FIRST | W_DAR},
    {"metemos", W_FIRST | W_DAR | W_PUT},
    /* sent to the grave: "te mando al hoyo", "te vamos a mandar al
     * panteón" */
    {"mando", W_FIRST | W_PUT},
    {"mandamos", W_FIRST | W_PUT},
    {"mandar", W_PUT | W_ES},
    {"mandarte", W_PUT | W_ES | W_YOU},
    {"mandarlo", W_PUT | W_ES | W_HIM},
    {"mandarla", W_PUT | W_ES | W_HIM},
    {"mandarlos", W_PUT | W_ES | W_HIM},
    {"mandarlas", W_PUT | W_ES | W_HIM},
    {"echar", W_PUT | W_ES},
    {"tirar", W_PUT | W_ES},
    {"aparecer", W_END},
    {"apareces", W_END},
    {"amanecer", W_END},
    {"amaneces", W_END},
    {"amanece", W_END},
    {"aparece", W_END},
    {"acaba", W_END},
    {"encuentran", W_END},
    {"termina", W_END},
    {"pedacitos", W_KILLNOUN},
    {"cachitos", W_KILLNOUN},
    {"agarrar", W_WEAK | W_ES},
    {"agarren", W_WEAK | W_ES | W_ACT},
    {"sacar", W_WEAK | W_ES},
    {"saquen", W_WEAK | W_ES | W_ACT},
    {"saque", W_WEAK | W_ES | W_ACT1},
    /* "deberían recibirlos a balazos" */
    {"recibir", W_WEAK | W_ES},
    {"reciban", W_WEAK | W_ES | W_ACT},
    {"recibirlo", W_WEAK | W_ES | W_HIM},
    {"recibirla", W_WEAK | W_ES | W_HIM},
    {"recibirlos", W_WEAK | W_ES | W_HIM},
    {"recibirlas", W_WEAK | W_ES | W_HIM},
    {"muerte", W_MANNER | W_SLOGAN},
    {"machetazos", W_MANNER},
    {"bloody", W_MANNER},
    {"senseless", W_MANNER},
    {"madrazos", W_MANNER},
    {"balazos", W_MANNER | W_KILLNOUN},
    {"tiros", W_MANNER},
    {"golpes", W_MANNER},
    {"pedradas", W_MANNER},
    {"cuchilladas", W_MANNER},
    {"punaladas", W_MANNER},
    {"puñaladas", W_MANNER},
    {"plomazos", W_MANNER | W_KILLNOUN},
    {"putazos", W_MANNER},
    {"chingadazos", W_MANNER},
    {"batazos", W_MANNER},
    {"palos", W_MANNER},
    {"palazos", W_MANNER},
    {"patadas", W_MANNER},
    {"encuentren", W_ACT1 | W_VEILED},
    {"piso", W_KILLNOUN | W_DOSE},
    {"cuello", W_KILLNOUN | W_DOSE},
    {"plomo", W_DOSE},
    {"balas", W_DOSE},
    {"balazos", W_DOSE},
    {"bullets", W_DOSE},
    {"plomazos", W_DOSE},
    {"cran", W_KILLNOUN | W_DOSE},
    {"matarile", W_KILLNOUN | W_DOSE},
    {"chicharron", W_KILLNOUN | W_DOSE},
    {"por", W_FOR},
    {"for", W_FOR},
    {"town", W_PLACE},
    {"towns", W_PLACE},
    {"village", W_PLACE},
    {"villages", W_PLACE},
    {"city", W_PLACE},
    {"neighborhood", W_PLACE},
    {"neighbourhood", W_PLACE},
    {"neighborhoods", W_PLACE},
    {"barrio", W_PLACE},
    {"barrios", W_PLACE},
    {"colonia", W_PLACE},
    {"colonias", W_PLACE},
    {"state", W_PLACE},
    {"sierra", W_PLACE},
    {"valley", W_PLACE},
    {"community", W_PLACE},
    {"bloodline", W_PLACE},
    {"population", W_PLACE},
    {"pueblo", W_PLACE},
    {"pueblos", W_PLACE},
    {"rancheria", W_PLACE},
    {"comunidad", W_PLACE},
    {"ciudad", W_PLACE},
    {"estado", W_PLACE},
    {"municipio", W_PLACE},
    {"municipality", W_PLACE},
    {"region", W_PLACE},
    {"ejido", W_PLACE},
    {"country", W_PLACE},
    {"pais", W_PLACE},
    {"whole", W_WHOLE},
    {"entire", W_WHOLE},
    {"todo", W_WHOLE},
    {"toda", W_WHOLE},
    {"completo", W_WHOLE},
    {"completa", W_WHOLE},
    {"entero", W_WHOLE},
    {"entera", W_WHOLE},
};

/* Spanish infinitives: each also with its object attached (matarte,
 * matarlo, ...). */
static const char *const es_harm[] = {
    "matar",      "asesinar",    "quemar",       "colgar",    "violar",
    "levantar",   "desaparecer", "descuartizar", "decapitar", "degollar",
    "fusilar",    "ejecutar",    "balacear",     "torturar",  "pozolear",
    "rafaguear",  "secuestrar",  "linchar",      "madrear",   "golpear",
    "atropellar", "ahorcar",     "apunalar",     "apuñalar",  "acuchillar",
    "envenenar",  "encobijar",   "tronar",       "quebrar",   "chingar",
    "picar",      "venadear",    "tablear",      "embolsar",  "plomear",
    "bombardear", "gasear",      "exterminar",   "disparar",  "ametrallar",
    "acribillar", "rematar",     "cremar",       "incinerar"};
static const char *const es_veiled[] = {
    "encontrar", "buscar", "cargar", "visitar", "cazar", "caer", "enterrar"};
/* Violent only with a part of the body or a manner after them (W_WEAK):
 * "te voy a romper los huesos", "cortarle las manos". */
static const char *const es_weak[] = {"cortar", "romper", "reventar"};
/* silenced for good: "callarla para siempre" */
static const char *const es_silence[] = {"callar"};
/* Orders and wishes (plural imperative and subjunctive): each also with
 * its object attached (matenlo, ...). */
static const char *const es_act[] = {
    "maten",      "asesinen",     "quemen",       "cuelguen",   "violen",
    "levanten",   "desaparezcan", "descuarticen", "decapiten",  "deguellen",
    "fusilen",    "ejecuten",     "balaceen",     "torturen",   "pozoleen",
    "secuestren", "linchen",      "madreen",      "ahorquen",   "quiebren",
    "truenen",    "revienten",    "chinguen",     "bombardeen", "gaseen",
    "exterminen", "atropellen",   "disparen",     "ametrallen", "acribillen",
    "cremen",     "incineren"};
/* Singular orders, only with the object attached: matalo, quemala. */
static const char *const es_order[] = {
    "mata",   "quema",       "cuelga",  "viola",  "desaparece",
    "fusila", "ejecuta",     "degolla", "ahorca", "entierra",
    "madrea", "descuartiza", "truena",  "quiebra"};
/* Singular subjunctive, an order after its object: que lo queme, que se
 * chingue al juez. */
static const char *const es_act1[] = {
    "mate",    "queme",       "cuelgue",  "viole",   "levante",
    "chingue", "fusile",      "ejecute",  "balacee", "desaparezca",
    "madree",  "descuartice", "ahorque",  "truene",  "atropelle",
    "dispare", "ametralle",   "acribille"};
/* Past subjunctive, a wish only after "ojala": "ojala los mataran a
 * todos", "ojala quemaran los albergues", "ojala lo colgara alguien". */
static const char *const es_past_wish[] = {
    "mataran",      "quemaran",       "colgaran",       "violaran",
    "levantaran",   "desaparecieran", "balacearan",     "fusilaran",
    "ejecutaran",   "torturaran",     "secuestraran",   "lincharan",
    "ahorcaran",    "asesinaran",     "descuartizaran", "matara",
    "quemara",      "colgara",        "levantara",      "desapareciera",
    "balaceara",    "fusilara",       "ejecutara",      "ahorcara",
    "asesinara",    "secuestrara",    "dispararan",     "disparara",
    "atropellaran", "atropellara",    "ametrallaran",   "acribillaran"};
/* First person, a threat after "te": te quemamos el negocio. */
static const char *const es_first[] = {
    "matamos",       "mato",       "quemamos",   "colgamos",
    "levantamos",    "mataremos",  "quemaremos", "matare",
    "desaparecemos", "madreamos",  "partimos",   "rompemos",
    "cargamos",      "chingamos",  "quebramos",  "levantaremos",
    "encontraremos", "venadeamos", "tableamos",  "embolsamos",
    "encobijamos",   "pozoleamos"};
/* First person singular in the present, a promise after "te" or after a
 * meeting told ("si lo vuelvo a ver lo atropello"); the same word with an
 * accent is the past ("lo atropelló un camión"). What each needs after
 * it (singular_promise): */
enum one_needs {
    ONE_ANY,     /* nothing: "te balaceo" */
    ONE_NOTHING, /* no thing: "te desaparezco", not "esa mancha" */
    ONE_BODY,    /* the body or "la madre": "te parto la madre" */
    ONE_MET,     /* a meeting told, even of "te": "si vuelve lo levanto" */
    ONE_HUNG,    /* a bridge or a tree: "lo cuelgo del puente" */
    ONE_ALIVE,   /* alive: "lo quemo vivo" */
    ONE_BLOWS,   /* blows: "te agarro a putazos" */
    ONE_LEFT,    /* left maimed or lying: "te dejo en silla de ruedas" */
    ONE_GUN,     /* a gun's load: "te vacío el cargador" */
};
struct one_verb {
    const char *w;
    enum one_needs needs;
};
static const struct one_verb es_first_one[] = {
    {"atropello", ONE_ANY},       {"acribillo", ONE_ANY},
    {"fusilo", ONE_ANY},          {"balaceo", ONE_ANY},
    {"deguello", ONE_ANY},        {"apunalo", ONE_ANY},
    {"apuñalo", ONE_ANY},         {"acuchillo", ONE_ANY},
    {"plomeo", ONE_ANY},          {"madreo", ONE_ANY},
    {"pozoleo", ONE_ANY},         {"encobijo", ONE_ANY},
    {"tableo", ONE_ANY},          {"venadeo", ONE_ANY},
    {"ahorco", ONE_ANY},          {"decapito", ONE_ANY},
    {"quiebro", ONE_ANY},         {"descuartizo", ONE_ANY},
    {"destazo", ONE_ANY},         {"entierro", ONE_ANY},
    {"disparo", ONE_ANY},         {"capo", ONE_ANY},
    {"desaparezco", ONE_NOTHING}, {"parto", ONE_BODY},
    {"rompo", ONE_BODY},          {"reviento", ONE_BODY},
    {"vuelo", ONE_BODY},          {"corto", ONE_BODY},
    {"rajo", ONE_BODY},           {"pico", ONE_BODY},
    {"saco", ONE_BODY},           {"desbarato", ONE_BODY},
    {"levanto", ONE_MET},         {"cuelgo", ONE_HUNG},
    {"quemo", ONE_ALIVE},         {"agarro", ONE_BLOWS},
    {"dejo", ONE_LEFT},           {"vacio", ONE_GUN},
};
/* Participles: + o, a, os, as. */
static const char *const es_part[] = {"fusilad",      "colgad",    "quemad",
                                      "asesinad",     "violad",    "linchad",
                                      "descuartizad", "decapitad", "exterminad",
                                      "torturad",     "ahorcad",   "levantad"};

static const char *const es_suffix3[] = {"lo", "la", "los", "las", "le", "les"};

/* A call of death glued into one word, as in a hashtag: each opening
 * with each of its language's targets ("#MuerteAPeriodistas",
 * "#deathtojournalists"). The targets are those such hashtags are made
 * against: the press and its sources, and peoples ("#deathtojews" is
 * never a reader's own people, unlike "#halfjewish"). */
static const char *const es_slogan_open[] = {
    "muertea",   "muertealos",      "muertealas",     "muerteal",
    "muerteala", "muerteatodoslos", "muerteatodaslas"};
static const char *const es_slogan_whom[] = {
    "periodistas", "periodista", "reporteros",       "reporteras",
    "prensa",      "soplones",   "judios",           "migrantes",
    "gays",        "mujeres",    "indigenas",        "policias",
    "militares",   "haitianos",  "centroamericanos", "hondurenos"};
static const char *const en_slogan_open[] = {"deathto", "deathtoall",
                                             "deathtothe", "deathtoallthe"};
static const char *const en_slogan_whom[] = {
    "journalists", "reporters", "press", "media",    "snitches",
    "jews",        "muslims",   "gays",  "migrants", "immigrants",
    "women",       "mexicans",  "cops"};

static struct screen_wordclasses threat_words;
static pthread_once_t tw_once = PTHREAD_ONCE_INIT;

static void tw_put(const char *w, size_t len, uint64_t cls)
{
    screen_wc_put(&threat_words, w, len, cls);
}

static void tw_put_str(const char *w, uint64_t cls)
{
    tw_put(w, strlen(w), cls);
}

/* word + each object ending, with cls and the ending's person */
static void tw_put_objects(const char *w, uint64_t cls, bool with_you)
{
    char b[40];
    size_t l = strlen(w);
    for (size_t k = 0; k < sizeof(es_suffix3) / sizeof(*es_suffix3); k++) {
        size_t sl = strlen(es_suffix3[k]);
        memcpy(b, w, l);
        memcpy(b + l, es_suffix3[k], sl);
        tw_put(b, l + sl, cls | W_HIM);
    }
    if (with_you) {
        memcpy(b, w, l);
        memcpy(b + l, "te", 2);
        tw_put(b, l + 2, cls | W_YOU);
    }
}

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* every opening glued to every target, as W_SLOGAN_GLUED */
static void tw_put_glued(const char *const *open, size_t nopen,
                         const char *const *whom, size_t nwhom)
{
    char b[64];
    for (size_t i = 0; i < nopen; i++)
        for (size_t k = 0; k < nwhom; k++) {
            size_t lo = strlen(open[i]), lw = strlen(whom[k]);
            if (lo + lw > sizeof(b))
                continue;
            memcpy(b, open[i], lo);
            memcpy(b + lo, whom[k], lw);
            tw_put(b, lo + lw, W_SLOGAN_GLUED);
        }
}

static void tw_build(void)
{
    screen_wc_put_list(&threat_words, W_START, plain_words, NELEM(plain_words));
    for (size_t i = 0; i < NELEM(es_harm); i++) {
        uint64_t arson = strncmp(es_harm[i], "quem", 4) ? 0 : W_ARSON;
        uint64_t lift = strcmp(es_harm[i], "levantar") ? 0 : W_NEEDS_PERSON;
        tw_put_str(es_harm[i], W_HARM | W_ES | arson | lift);
        tw_put_objects(es_harm[i], W_HARM | W_ES | arson, true);
    }
    /* a car driven at someone: "echarles la camioneta", "que les echen
     * la troca", "aviéntenle el carro" */
    static const char *const es_car[] = {"echar", "aventar"};
    static const char *const es_car_act[] = {"echen", "avienten"};
    for (size_t i = 0; i < NELEM(es_car); i++) {
        tw_put_str(es_car[i], W_RUN | W_ES);
        tw_put_objects(es_car[i], W_RUN | W_ES, true);
    }
    for (size_t i = 0; i < NELEM(es_car_act); i++) {
        tw_put_str(es_car_act[i], W_RUN | W_ES | W_ACT);
        tw_put_objects(es_car_act[i], W_RUN | W_ES | W_ACT, false);
    }
    for (size_t i = 0; i < NELEM(es_veiled); i++) {
        tw_put_str(es_veiled[i], W_VEILED | W_ES);
        tw_put_objects(es_veiled[i], W_VEILED | W_ES, true);
    }
    for (size_t i = 0; i < NELEM(es_weak); i++) {
        tw_put_str(es_weak[i], W_WEAK | W_ES);
        tw_put_objects(es_weak[i], W_WEAK | W_ES, true);
    }
    for (size_t i = 0; i < NELEM(es_silence); i++) {
        tw_put_str(es_silence[i], W_SILENCE | W_ES);
        tw_put_objects(es_silence[i], W_SILENCE | W_ES, true);
    }
    for (size_t i = 0; i < NELEM(es_act); i++) {
        uint64_t arson = strncmp(es_act[i], "quem", 4) ? 0 : W_ARSON;
        tw_put_str(es_act[i], W_ACT | W_ES | arson);
        tw_put_objects(es_act[i], W_ACT | W_ES | arson, false);
    }
    for (size_t i = 0; i < NELEM(es_order); i++)
        tw_put_objects(es_order[i], W_ACT | W_ES, false);
    for (size_t i = 0; i < NELEM(es_act1); i++)
        tw_put_str(es_act1[i],
                   W_ACT1 | W_ES |
                       (strncmp(es_act1[i], "quem", 4) ? 0 : W_ARSON));
    for (size_t i = 0; i < NELEM(es_past_wish); i++)
        tw_put_str(es_past_wish[i],
                   W_ACT1 | W_PAST_WISH | W_ES |
                       (strncmp(es_past_wish[i], "quem", 4) ? 0 : W_ARSON));
    for (size_t i = 0; i < NELEM(es_first); i++)
        tw_put_str(es_first[i], W_FIRST | W_ES);
    for (size_t i = 0; i < NELEM(es_first_one); i++)
        tw_put_str(es_first_one[i].w, W_FIRST | W_ES);
    static const char *const ends[] = {"o", "a", "os", "as"};
    char b[40];
    for (size_t i = 0; i < NELEM(es_part); i++) {
        size_t l = strlen(es_part[i]);
        for (size_t k = 0; k < NELEM(ends); k++) {
            memcpy(b, es_part[i], l);
            memcpy(b + l, ends[k], strlen(ends[k]));
            tw_put(b, l + strlen(ends[k]), W_PART);
        }
    }
    tw_put_glued(es_slogan_open, NELEM(es_slogan_open), es_slogan_whom,
                 NELEM(es_slogan_whom));
    tw_put_glued(en_slogan_open, NELEM(en_slogan_open), en_slogan_whom,
                 NELEM(en_slogan_whom));
}

/* Short names for reading the window of the comment's sentence around a
 * word (wordclass.c). */
static uint64_t cls_at(const struct screen_window *st, size_t j)
{
    return screen_window_class(st, j);
}

static bool tok_is(const struct screen_window *st, size_t j, const char *w)
{
    return screen_window_is(st, j, w);
}

/* Whether token j is an intent in its place (the word after it that some
 * intents need is there). i: the verb it would govern. */
static bool intent_holds(const struct screen_window *st, size_t j, size_t i,
                         uint32_t c)
{
    if ((c & W_THEN_TO) && !tok_is(st, j + 1, "to"))
        return false;
    /* "you were going to die tomorrow": a past, unless "were" is "we're"
     * at a clause's start */
    if ((c & W_THEN_TO) && j > st->s &&
        (tok_is(st, j - 1, "was") ||
         (tok_is(st, j - 1, "were") && j - 1 > st->s &&
          !(cls_at(st, j - 2) & W_FILLER))))
        return false;
    /* "vamos a", "vamos todos a" */
    if ((c & W_THEN_A) && !tok_is(st, j + 1, "a") &&
        !((tok_is(st, j + 1, "todos") || tok_is(st, j + 1, "juntos")) &&
          tok_is(st, j + 2, "a")))
        return false;
    if ((c & W_THEN_QUE) && !tok_is(st, j + 1, "que") &&
        !tok_is(st, j + 1, "q"))
        return false;
    /* "we'll find him and gut him": "well" right before a verb */
    if ((c & W_ADJ_ONLY) && j + 1 != i && !(cls_at(st, j + 1) & W_START))
        return false;
    return true;
}

/* Whether "we" (or "I") is the subject of the intent at f. */
static bool subject_we(const struct screen_window *st, size_t f)
{
    size_t a = f >= st->s + 2 ? f - 2 : st->s;
    for (size_t j = a; j <= f; j++) {
        uint64_t c = cls_at(st, j);
        if (!(c & W_WE))
            continue;
        if (c & W_WEAK_WE) {
            /* "were" is "we're" at a clause's start, else a past tense
             * ("they were going to kill him") */
            if (j == st->s || (cls_at(st, j - 1) & W_FILLER))
                return true;
            continue;
        }
        return true;
    }
    return false;
}

/* Whether the future at f, threatening "you", has someone for a subject:
 * "they will kill you", "the boys are going to find you", but not "this
 * salsa will kill you". A Spanish future says its subject after the verb
 * ("te va a cargar el payaso") and is taken as it is. */
static bool subject_someone(const struct screen_window *st, size_t f,
                            uint64_t verb)
{
    if ((verb & W_ES) || (cls_at(st, f) & W_THEN_A))
        return true;
    for (size_t j = f >= st->s + 2 ? f - 2 : st->s; j < f; j++)
        if (cls_at(st, j) & (W_HE | W_PERSON))
            return true;
    return false;
}

enum { T_NONE = 0, T_YOU = 2, T_HIM = 3 };

/* Whether the words from k on give the verb at i a second object, as
 * "shoot", "find", "send" and their kin take one ("I'll shoot you an
 * email", "we shoot you the photos", "I burn you a copy"): "a" or
 * "an", or after a pronoun (pronoun) "the", "some", "this" or "those";
 * not a count or a time ("stab you a hundred times", "strangle her this
 * weekend"). */
static bool second_object(const struct screen_window *st, size_t i, size_t k,
                          bool pronoun)
{
    static const char *const give[] = {"shoot", "find", "get",  "send", "bring",
                                       "buy",   "hang", "make", "burn", "cut"};
    static const char *const when[] = {
        "time",    "times",  "moment",  "day",      "days",    "week",
        "weekend", "night",  "first",   "second",   "next",    "last",
        "few",     "couple", "hundred", "thousand", "million", "minute"};
    bool gives = false;
    for (size_t g = 0; g < sizeof(give) / sizeof(*give); g++)
        gives |= tok_is(st, i, give[g]);
    if (!gives)
        return false;
    if (!tok_is(st, k, "a") && !tok_is(st, k, "an") &&
        !(pronoun && (tok_is(st, k, "the") || tok_is(st, k, "some") ||
                      tok_is(st, k, "this") || tok_is(st, k, "those"))))
        return false;
    for (size_t w = 0; w < sizeof(when) / sizeof(*when); w++)
        if (tok_is(st, k + 1, when[w]))
            return false;
    return true;
}

/* How many tokens from j spell out some of a group of people: "every
 * (single or last) one of you", "each of them", "every one of those reporters",
 * "cada uno de ustedes"; 0 if they do not. The last of them is the
 * group. */
static size_t quantified_at(const struct screen_window *st, size_t j)
{
    size_t k = j;
    if (tok_is(st, k, "every") || tok_is(st, k, "each")) {
        k++;
        if (tok_is(st, k, "single") || tok_is(st, k, "last"))
            k++;
        if (tok_is(st, k, "one"))
            k++;
    } else if (tok_is(st, k, "cada") && tok_is(st, k + 1, "uno")) {
        k += 2;
    } else {
        return 0;
    }
    if (k == j + 1 || (!tok_is(st, k, "of") && !tok_is(st, k, "de")))
        return 0;
    k++;
    static const char *const group[] = {"you", "them",  "ustedes",
                                        "uds", "ellos", "ellas"};
    for (size_t g = 0; g < sizeof(group) / sizeof(*group); g++)
        if (tok_is(st, k, group[g]))
            return k + 1 - j;
    /* "every one of those reporters", "every last one of the
     * politicians", "cada uno de los periodistas", not "of those bugs" */
    if ((tok_is(st, k, "those") || tok_is(st, k, "these") ||
         tok_is(st, k, "the") || tok_is(st, k, "los") || tok_is(st, k, "las") ||
         tok_is(st, k, "esos") || tok_is(st, k, "esas")) &&
        (cls_at(st, k + 1) & (W_PERSON | W_PLACE)))
        return k + 2 - j;
    return 0;
}

/* How many tokens from j name the people of a whole place: "the whole
 * town", "that entire village", "every barrio", "todo el pueblo", "toda
 * esa colonia", "la colonia completa"; 0 if they do not. A place alone
 * ("burn the town hall", "quemar la colonia de papel") is not one. */
static size_t whole_place_at(const struct screen_window *st, size_t j)
{
    size_t k = j;
    if (tok_is(st, k, "every") || tok_is(st, k, "each"))
        return (cls_at(st, k + 1) & W_PLACE) ? 2 : 0;
    bool whole = false;
    if (tok_is(st, k, "todo") || tok_is(st, k, "toda")) {
        whole = true;
        k++;
    }
    if ((cls_at(st, k) & W_DET) && !(cls_at(st, k) & W_PLACE))
        k++;
    if (!whole && (cls_at(st, k) & W_WHOLE)) {
        whole = true;
        k++;
    }
    if (!(cls_at(st, k) & W_PLACE))
        return 0;
    k++;
    if (!whole && !(cls_at(st, k) & W_WHOLE))
        return 0;
    return (whole ? k : k + 1) - j;
}

/* Whether the whole place that a verb at i acts on, ending before token
 * k, is harmed and not flooded with flyers: not "bomb the whole town with
 * flyers", "bombardear toda la colonia con volantes" (only with a weapon:
 * "with bombs", "con fuego"), "nuke the entire city council", "bug bomb
 * the whole neighborhood". */
static bool whole_place_harmed(const struct screen_window *st, size_t i,
                               size_t k)
{
    static const char *const pest[] = {"bug", "roach", "flea", "bed"};
    static const char *const weapon[] = {
        "bombs", "bombas",   "gas",       "fire",   "fuego",  "bullets",
        "balas", "tanks",    "tanques",   "drones", "napalm", "plomo",
        "todo",  "everyone", "everybody", "gente"};
    static const char *const part[] = {
        "council", "tax",   "hall",   "budget", "government", "code",
        "limits",  "line",  "police", "league", "fair",       "records",
        "office",  "taxes", "map",    "grid"};
    if (i > st->s &&
        screen_tok_in(st->n, i - 1, pest, sizeof(pest) / sizeof(*pest)))
        return false;
    /* pests: "gas the entire colonia for dengue", "exterminar toda la
     * colonia de hormigas" */
    static const char *const bugs[] = {
        "mosquitoes", "mosquitos", "dengue",   "zancudos", "hormigas",
        "ants",       "termites",  "termitas", "chinches", "bedbugs",
        "plaga",      "pest",      "pests",    "fumigar",  "cucarachas",
        "roaches",    "ratones",   "mice"};
    for (size_t j = st->s; j < st->e; j++)
        if (screen_tok_in(st->n, j, bugs, sizeof(bugs) / sizeof(*bugs)))
            return false;
    if (k < st->e &&
        screen_tok_in(st->n, k, part, sizeof(part) / sizeof(*part)))
        return false;
    if (tok_is(st, k, "with") || tok_is(st, k, "con")) {
        size_t w = k + 1;
        if (tok_is(st, w, "la") || tok_is(st, w, "el") || tok_is(st, w, "the"))
            w++;
        return w < st->e && screen_tok_in(st->n, w, weapon,
                                          sizeof(weapon) / sizeof(*weapon));
    }
    return true;
}

/* Whether token j was written as a possessive ("the reporter's"). */
static bool possessive_at(const struct screen_window *st, size_t j)
{
    const struct screen_norm *n = st->n;
    if (j >= st->e)
        return false;
    /* only the bytes up to the next word are looked at */
    size_t end = j + 1 < n->ntok
                     ? n->tok[j + 1].orig_off
                     : (size_t)n->tok[j].orig_off + n->tok[j].orig_len;
    return screen_tok_possessive(n, st->text, end, j);
}

/* A person written as an owner at j ("the reporter's car", "the killers'
 * photos"): whether what they own, at j + 1, is threatened in their
 * place: a person ("the priest's killer") or, for arson, a house. */
static bool owned_threatened(const struct screen_window *st, size_t j,
                             uint64_t verb)
{
    uint64_t o = cls_at(st, j + 1);
    return (o & W_PERSON) || ((verb & W_ARSON) && (o & W_PROPERTY));
}

/* Whether "fire on" ("at", "upon") or "fuego contra" ("sobre") stands
 * at j: what makes "open" and "abrir" shooting. */
static bool fire_on_at(const struct screen_window *st, size_t j)
{
    static const char *const on[] = {"on", "at", "upon", "contra", "sobre"};
    return (tok_is(st, j, "fire") || tok_is(st, j, "fuego")) &&
           screen_tok_in(st->n, j + 1, on, sizeof(on) / sizeof(*on)) &&
           j + 1 < st->e;
}

/* Where the live ammunition named after "use" at i ends (the token after
 * it), or 0: "use live rounds", "live ammo", "real bullets", "usen balas
 * de verdad", "balas reales", "fuego real". */
static size_t live_rounds_after(const struct screen_window *st, size_t i)
{
    size_t j = i + 1;
    if (tok_is(st, j, "live") &&
        (tok_is(st, j + 1, "rounds") || tok_is(st, j + 1, "ammo") ||
         tok_is(st, j + 1, "ammunition") || tok_is(st, j + 1, "fire")))
        return j + 2;
    if (tok_is(st, j, "real") &&
        (tok_is(st, j + 1, "bullets") || tok_is(st, j + 1, "ammo")))
        return j + 2;
    if (tok_is(st, j, "balas") && tok_is(st, j + 1, "de") &&
        tok_is(st, j + 2, "verdad"))
        return j + 3;
    if ((tok_is(st, j, "balas") && tok_is(st, j + 1, "reales")) ||
        (tok_is(st, j, "fuego") && tok_is(st, j + 1, "real")))
        return j + 2;
    return 0;
}

/* Whether the verb at i fires a gun or drives a car at someone: "abrir
 * fuego", "use live rounds", "run over", "shoot", "disparen",
 * "balacear". */
static bool shot_at(const struct screen_window *st, size_t i, uint64_t verb)
{
    if (verb & (W_OPEN | W_USE | W_RUN))
        return true;
    const struct screen_tok *t = &st->n->tok[i];
    const char *w = st->n->text + t->off;
    return (t->len >= 5 && memcmp(w, "shoot", 5) == 0) ||
           (t->len >= 6 &&
            (memcmp(w, "dispar", 6) == 0 || memcmp(w, "balace", 6) == 0));
}

/* Whether a shot's preposition stands at j: "on", "at", "upon",
 * "against", "contra", "sobre"; for "run", "over". */
static bool shot_on_at(const struct screen_window *st, size_t j)
{
    static const char *const on[] = {"on",     "at",    "upon", "against",
                                     "contra", "sobre", "over"};
    return screen_tok_in(st->n, j, on, sizeof(on) / sizeof(*on));
}

/* Whether token k names someone a shot or a car could hit: a person, a
 * pronoun, "todos", "ustedes", "quienes", "los que ...". */
static bool someone_at(const struct screen_window *st, size_t k)
{
    static const char *const who[] = {
        "ellos", "ellas", "ustedes",  "todos",  "todas",    "quienes",
        "quien", "que",   "everyone", "anyone", "everybody"};
    return k < st->e &&
           ((cls_at(st, k) & (W_PERSON | W_HIM | W_YOU)) ||
            screen_tok_in(st->n, k, who, sizeof(who) / sizeof(*who)));
}

/* The person a verb at i acts on, written after it (or, for arson, a
 * house or a car); *end: the token after the last one read. */
static int target_after(const struct screen_window *st, size_t i, uint64_t verb,
                        size_t *end)
{
    size_t j = i + 1;
    if (verb & W_SELF_ONLY) {
        /* "rope yourself to the boat", "rope yourself in": climbing and
         * sailing */
        static const char *const tied[] = {"in", "to", "into", "together",
                                           "up", "on", "down", "off"};
        if (!(cls_at(st, j) & W_SELF))
            return T_NONE;
        for (size_t k = 0; k < sizeof(tied) / sizeof(*tied); k++)
            if (tok_is(st, j + 1, tied[k]))
                return T_NONE;
        *end = j + 1;
        return T_YOU;
    }
    /* "gun them down", "mow down the marchers", "machine gun the town"
     * (not "the gun the reporter found", "mow the lawn") */
    if ((tok_is(st, i, "gun") &&
         !(i > st->s && tok_is(st, i - 1, "machine"))) ||
        tok_is(st, i, "mow")) {
        if (!tok_is(st, j, "down") && !tok_is(st, j + 1, "down") &&
            !tok_is(st, j + 2, "down"))
            return T_NONE;
    }
    /* "wipe them out", "wipe out the whole barra" (not "wipe the table") */
    if (tok_is(st, i, "wipe") && !tok_is(st, j, "out") &&
        !tok_is(st, j + 1, "out") && !tok_is(st, j + 2, "out"))
        return T_NONE;
    /* "can we hang out" */
    if (tok_is(st, i, "hang") &&
        (tok_is(st, j, "out") || tok_is(st, j, "around")))
        return T_NONE;
    /* "deberían quemar también a los que publican", "tmb" */
    if (tok_is(st, j, "tambien") || tok_is(st, j, "tmb"))
        j++;
    /* "run over them", "open fire on them", "abrir fuego contra ellos",
     * "use live rounds on them" (with no one named after the rounds,
     * whoever is there: "use live rounds next time"), "shoot at them":
     * someone named after the preposition is the target */
    if ((verb & W_RUN) && tok_is(st, j, "over"))
        j++;
    if ((verb & W_OPEN) && fire_on_at(st, j))
        j++;
    if (verb & W_USE) {
        j = live_rounds_after(st, i);
        if (!shot_on_at(st, j)) {
            *end = j;
            return T_HIM;
        }
    }
    if (shot_at(st, i, verb) && shot_on_at(st, j)) {
        size_t k = j + 1;
        if (!someone_at(st, k) && (cls_at(st, k) & W_DET))
            k++;
        if (someone_at(st, k)) {
            /* "esos vándalos": the highlight takes the noun too */
            *end = (cls_at(st, k) & W_DET) && (cls_at(st, k + 1) & W_PERSON)
                       ? k + 2
                       : k + 1;
            return (cls_at(st, k) & W_YOU) ? T_YOU : T_HIM;
        }
    }
    if (tok_is(st, j, "down") || tok_is(st, j, "up") || tok_is(st, j, "out") ||
        tok_is(st, j, "off") || (cls_at(st, j) & W_KILLNOUN))
        j++;
    /* a fire set to a person or a house only: "prenderle fuego al
     * albergue", "a la casa del periodista", "a tu casa" (not "al
     * asador") */
    if ((verb & W_DAR) && (verb & W_ARSON)) {
        size_t k = tok_is(st, j, "a") || tok_is(st, j, "al") ? j + 1 : j;
        uint64_t o = cls_at(st, k);
        if ((o & W_DET) && !(o & (W_PERSON | W_PROPERTY)))
            o = cls_at(st, ++k);
        if (!(o & (W_PERSON | W_PROPERTY | W_YOU | W_HIM)))
            return T_NONE;
        *end = k + 1;
        return (o & W_YOU) ? T_YOU : T_HIM;
    }
    /* "burn the rest of the shops", "quemar el resto de los negocios" */
    if ((tok_is(st, j + 1, "rest") || tok_is(st, j + 1, "resto")) &&
        (tok_is(st, j + 2, "of") || tok_is(st, j + 2, "de")) &&
        (cls_at(st, j) & W_DET))
        j += 3;
    /* "shoot on sight", "shoot to kill", "disparen sin preguntar",
     * "tirar a matar": whoever comes is the target */
    if ((tok_is(st, j, "on") && tok_is(st, j + 1, "sight")) ||
        (tok_is(st, j, "to") && tok_is(st, j + 1, "kill")) ||
        (tok_is(st, j, "sin") && tok_is(st, j + 1, "preguntar")) ||
        (tok_is(st, j, "a") && tok_is(st, j + 1, "matar"))) {
        *end = j + 2;
        return T_HIM;
    }
    /* "kill every last halcón", "every single cop" */
    if ((tok_is(st, j, "every") || tok_is(st, j, "each")) &&
        (tok_is(st, j + 1, "last") || tok_is(st, j + 1, "single")) &&
        (cls_at(st, j + 2) & W_PERSON)) {
        *end = j + 3;
        return T_HIM;
    }
    /* "kill every single one of you", "each of them", "cada uno de
     * ustedes": the person is after the count */
    size_t from = tok_is(st, j, "a") ? j + 1 : j; /* "matar a cada uno" */
    size_t q = quantified_at(st, from);
    if (q) {
        *end = from + q;
        return (cls_at(st, from + q - 1) & W_YOU) ? T_YOU : T_HIM;
    }
    /* "gas the whole town", "bombardear toda la sierra", and after
     * "con": "con todo el pueblo" */
    if (tok_is(st, from, "con"))
        from++;
    /* "levantar toda la colonia" is to rouse it or rebuild it */
    q = (verb & W_NEEDS_PERSON) ? 0 : whole_place_at(st, from);
    if (q) {
        *end = from + q;
        return whole_place_harmed(st, i, from + q) ? T_HIM : T_NONE;
    }
    uint64_t c = cls_at(st, j);
    /* "hurt your feelings", "levantar tu negocio": only a person */
    if ((verb & W_NEEDS_PERSON) && (c & W_YOU) && (c & W_DET) &&
        !(cls_at(st, j + 1) & W_PERSON))
        return T_NONE;
    if (c & (W_YOU | W_HIM | W_PERSON)) {
        /* "I'll shoot you an email", "shoot the photographer a text",
         * "we shoot you the photos": a second object */
        if (second_object(st, i, (c & W_DET) ? j + 2 : j + 1, !(c & W_DET)))
            return T_NONE;
        /* "I will kill anyone who breaks in": a condition */
        if (tok_is(st, j + 1, "who"))
            return T_NONE;
        /* "hang reporters' photos" */
        if (!(c & W_YOU) && possessive_at(st, j) &&
            !owned_threatened(st, j, verb))
            return T_NONE;
        /* "your shop", "tu familia": the highlight takes the noun */
        *end = (c & W_DET) && j + 1 < st->e ? j + 2 : j + 1;
        return (c & W_YOU) ? T_YOU : T_HIM;
    }
    if (!(c & W_DET) || j + 1 >= st->e)
        return T_NONE;
    uint64_t d = cls_at(st, j + 1);
    /* "burn this newspaper office down", "torch the blog office": a
     * fire set on a newsroom named by what it puts out (not "burn a
     * paper house", an offering to the dead) */
    static const char *const outlet[] = {"newspaper", "news", "blog", "radio",
                                         "magazine"};
    static const char *const newsroom[] = {"office",  "offices", "building",
                                           "station", "studio",  "newsroom"};
    if ((verb & W_ARSON) && !(d & (W_PERSON | W_PROPERTY)) &&
        screen_tok_in(st->n, j + 1, outlet, NELEM(outlet)) &&
        screen_tok_in(st->n, j + 2, newsroom, NELEM(newsroom)) &&
        !possessive_at(st, j + 2)) {
        *end = j + 3;
        return T_HIM;
    }
    if (tok_is(st, j + 1, "ti")) {
        *end = j + 2;
        return T_YOU;
    }
    /* "chingue a su madre", "partirse la madre": oaths, not threats */
    if (tok_is(st, j + 1, "madre") || tok_is(st, j + 2, "madre"))
        return T_NONE;
    bool personal_a = (verb & W_ES) && !(verb & W_NEEDS_PERSON) &&
                      (tok_is(st, j, "a") || tok_is(st, j, "al"));
    /* "hay que matar al sistema", "matar a la corrupción": no one */
    static const char *const no_one[] = {
        "sistema",    "corrupcion", "impunidad", "hambre",  "miedo",
        "pobreza",    "violencia",  "machismo",  "odio",    "racismo",
        "burocracia", "virus",      "dengue",    "rumor",   "chisme",
        "iniciativa", "reforma",    "ley",       "proyecto"};
    size_t noun =
        tok_is(st, j + 1, "la") || tok_is(st, j + 1, "el") ? j + 2 : j + 1;
    if (personal_a && noun < st->n->ntok &&
        screen_tok_in(st->n, noun, no_one, SCREEN_NWORDS(no_one)))
        personal_a = false;
    /* "smash his skull", "romperle su cara": a weak verb on someone's
     * body (not "break the bones of the chicken", "las manos de cerdo") */
    bool body = (verb & W_WEAK) && (d & W_MANNER) &&
                (tok_is(st, j, "his") || tok_is(st, j, "her") ||
                 tok_is(st, j, "their") || tok_is(st, j, "every") ||
                 tok_is(st, j, "su") || tok_is(st, j, "sus"));
    if (second_object(st, i, j + 2, false))
        return T_NONE;
    /* "hang the reporter's photo", not "shoot the priest's killer"; "shoot
     * the killer's mother an email" */
    if ((d & W_PERSON) && possessive_at(st, j + 1) &&
        (!owned_threatened(st, j + 1, verb) ||
         second_object(st, i, j + 3, false)))
        return T_NONE;
    if (personal_a || body || (d & W_PERSON) ||
        ((verb & W_ARSON) && (d & W_PROPERTY))) {
        /* the highlight takes what an owner owns: "the priest's killer",
         * and whose someone is: "a sus familias" */
        bool whose = personal_a &&
                     (tok_is(st, j + 1, "su") || tok_is(st, j + 1, "sus") ||
                      tok_is(st, j + 1, "tu") || tok_is(st, j + 1, "tus")) &&
                     (cls_at(st, j + 2) & W_PERSON);
        *end = ((d & W_PERSON) && possessive_at(st, j + 1)) || whose ? j + 3
                                                                     : j + 2;
        return T_HIM;
    }
    return T_NONE;
}

/* A Spanish object before the verb at i (te voy a matar, que los maten),
 * from a on: T_YOU, T_HIM or T_NONE. The clitic must stand right before
 * a verb or an intent, so an article ("la policia va a") is not one. */
static int clitic_before(const struct screen_window *st, size_t a, size_t i,
                         size_t *at)
{
    for (size_t j = i; j-- > a;) {
        uint64_t c = cls_at(st, j);
        if (!(c & W_CLITIC))
            continue;
        uint64_t next = cls_at(st, j + 1);
        if (!(next & (W_FUT | W_CALL | W_WE | W_START)) && j + 1 != i)
            continue;
        /* "le faltó rematar": whom something was lacking, no object */
        if (tok_is(st, j + 1, "falto"))
            continue;
        *at = j;
        return (c & W_YOU) ? T_YOU : T_HIM;
    }
    return T_NONE;
}

/* Whether "no"/"not" at j follows "si", "if", "or" or "o": "o si no te
 * vamos a matar", "like it or not we will find you" mean "otherwise". */
static bool otherwise_at(const struct screen_window *st, size_t j)
{
    return (tok_is(st, j, "no") || tok_is(st, j, "not")) && j > st->s &&
           (tok_is(st, j - 1, "si") || tok_is(st, j - 1, "if") ||
            tok_is(st, j - 1, "or") || tok_is(st, j - 1, "o"));
}

static bool negated(const struct screen_window *st, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if ((cls_at(st, j) & W_NEG) && !otherwise_at(st, j))
            return true;
    return false;
}

/* Whether a negation stands in the three words before an intent at j:
 * "nobody should", "no hay que", "I don't want to". */
static bool negated_before(const struct screen_window *st, size_t j)
{
    return negated(st, j >= st->s + 3 ? j - 3 : st->s, j);
}

/* Whether the words after a verb at i make it a figure of speech: "te van
 * a matar de risa", "you'll die laughing". */
static bool figurative(const struct screen_window *st, size_t i)
{
    for (size_t j = i + 1; j < i + 4 && j < st->e; j++)
        if (cls_at(st, j) & W_FIGURE)
            return true;
    return false;
}

/* Whether only fillers and emoji stand between the sentence's start and
 * i. */
static bool sentence_starts_at(const struct screen_window *st, size_t i)
{
    if (st->open_start)
        return false;
    /* emoji before it count as nothing: "🔥 burn them all saturday" */
    for (size_t j = st->s; j < i; j++)
        if (!(cls_at(st, j) & W_FILLER) && !screen_tok_symbol(st->n, j))
            return false;
    return true;
}

/* How far the rules read from the word that starts a match: back to an
 * intent and a negation before it (WISH_REACH + 3), ahead to a target
 * or "to death" (5). A sentence longer than that is read as a window. */
#define READ_BACK 12
#define READ_AHEAD 8
#define INTENT_REACH 6 /* words from an intent to its verb */
#define WISH_REACH 8   /* words from a wish to its verb */

struct match {
    size_t a, b;
};

/* Whether an "a"/"al" in the four words after i names a thing: "al
 * pollo", "a la bascula"; not "a ese wey", "a machetazos", "a ti". */
static bool thing_after(const struct screen_window *st, size_t i)
{
    for (size_t j = i + 1; j < i + 5 && j + 1 < st->e; j++) {
        if (!tok_is(st, j, "a") && !tok_is(st, j, "al"))
            continue;
        size_t k = tok_is(st, j + 1, "la") || tok_is(st, j + 1, "los") ||
                           tok_is(st, j + 1, "las")
                       ? j + 2
                       : j + 1;
        return !(cls_at(st, k) & (W_PERSON | W_MANNER | W_YOU | W_DET));
    }
    return false;
}

/* Whether the verb at i is the second of two orders, joined by "and" or
 * "then": "Round up those Haitians and torch the tents". The sentence
 * must open with what reads as an order: not a subject ("we", "they",
 * "the", a person, a plural noun: "Cartels come and burn the houses"),
 * and no "to" or "will" may stand between ("I want to go and burn it"
 * has its own intent). */
static bool chained_order(const struct screen_window *st, size_t i)
{
    if (i < st->s + 2 ||
        !(tok_is(st, i - 1, "and") || tok_is(st, i - 1, "then")))
        return false;
    const struct screen_tok *t = &st->n->tok[st->s];
    const char *w = st->n->text + t->off;
    if ((cls_at(st, st->s) &
         (W_DET | W_HE | W_WE | W_YOU | W_PERSON | W_NEG | W_WISH)) ||
        (t->len > 3 && w[t->len - 1] == 's'))
        return false;
    /* nor a violent verb before, which was no order itself: "a refugee
     * kill a girl and cut her into pieces" tells what someone did */
    for (size_t j = st->s; j + 1 < i; j++)
        if (tok_is(st, j, "to") || (cls_at(st, j) & (W_FUT | W_HE | W_WE)) ||
            (j > st->s && (cls_at(st, j) & (W_HARM | W_WEAK))))
            return false;
    return true;
}

/* Whether token j is "we" or "I" as the plain subject of a promise: after
 * "and", "or", "then" or "when", which join it to an order or a
 * condition ("come back and we kill you", "pay or I burn it"; not "next
 * week we kill you at dominoes", "can we hang out"), and not "were" or a
 * Spanish "voy"/"vamos", which need their "a". */
static bool we_now(const struct screen_window *st, size_t j)
{
    uint64_t k = cls_at(st, j);
    if (!(k & W_WE) || (k & (W_WEAK_WE | W_THEN_A | W_FUT)) || j == st->s)
        return false;
    return tok_is(st, j - 1, "and") || tok_is(st, j - 1, "or") ||
           tok_is(st, j - 1, "then") || tok_is(st, j - 1, "when");
}

/* Whether the verb at i (i > st->s) is a promise in the present: "and we
 * kill you". Not for a verb whose past looks the same and that needs a
 * person ("I hurt her feelings"), nor Spanish (match_first reads it). */
static bool present_promise(const struct screen_window *st, size_t i,
                            uint64_t c)
{
    return (c & W_HARM) && !(c & (W_ES | W_NEEDS_PERSON)) && we_now(st, i - 1);
}

/* Whether token j is a negation or a question word that stops the
 * reading of an intent or a wish: not "who" naming the writer of the
 * piece ("I hope the journalist who wrote this gets shot"), a relative
 * clause, not a question. */
static bool stops_reading(const struct screen_window *st, size_t j, uint64_t k)
{
    static const char *const wrote[] = {"wrote", "writes", "published",
                                        "posted"};
    return (k & W_NEG) && !(tok_is(st, j, "who") && j > st->s &&
                            screen_tok_in(st->n, j + 1, wrote, NELEM(wrote)));
}

/* A violent verb at i, with an intent before it and a person after or
 * before it. */
static bool match_verb(const struct screen_window *st, size_t i, uint64_t c,
                       struct match *m)
{
    size_t w = i >= st->s + INTENT_REACH ? i - INTENT_REACH : st->s;
    size_t intent = SIZE_MAX;
    uint64_t ic = 0;
    for (size_t j = i; j-- > w;) {
        uint64_t k = cls_at(st, j);
        if (stops_reading(st, j, k))
            return false;
        if ((k & (W_FUT | W_CALL | W_WISH)) && intent_holds(st, j, i, k)) {
            intent = j;
            ic = k;
            break;
        }
    }
    size_t end = i + 1, cl = SIZE_MAX;
    int t = (c & W_YOU) ? T_YOU : (c & W_HIM) ? T_HIM : T_NONE;
    if (!t)
        t = target_after(st, i, c, &end);
    if (!t)
        t = clitic_before(
            st, intent != SIZE_MAX ? intent - (intent > st->s) : w, i, &cl);
    if (!t)
        return false;
    if (intent != SIZE_MAX && negated_before(st, intent))
        return false;
    if (figurative(st, i))
        return false;
    bool ok, promise = false;
    if (intent == SIZE_MAX && i >= st->s + 2 && (cls_at(st, i - 1) & W_WE) &&
        tok_is(st, i - 2, "or") && (c & W_HARM)) {
        /* "pay or we burn your house" */
        intent = i - 2;
        ok = true;
    } else if (intent == SIZE_MAX && i > st->s && present_promise(st, i, c)) {
        /* "come back and we kill you", "one more story and I burn your
         * house": the present said as a promise */
        intent = i - 1;
        ok = promise = true;
    } else if (intent == SIZE_MAX)
        /* an order: "hang him", "just shoot that snitch", "round them up
         * and torch the tents" (a Spanish infinitive there is a subject:
         * "matar periodistas no es ...") */
        ok = (c & W_HARM) && !(c & W_ES) &&
             (sentence_starts_at(st, i) || chained_order(st, i)) &&
             /* "smash your face into a pillow": advice */
             !((c & W_WEAK) && t == T_YOU);
    else if (ic & W_FUT)
        ok = subject_we(st, intent)
                 ? !(c & W_VEILED) || t == T_YOU
                 : t == T_YOU && subject_someone(st, intent, c);
    else if (ic & W_WISH)
        ok = (c & W_HARM) || t == T_YOU; /* "hope the cartel gets you" */
    else
        ok = (c & W_HARM) != 0; /* a call */
    /* "you're gonna need it when we shoot up your house": the intent
     * found is another clause's, the promise is this one */
    if (!ok && i > st->s && present_promise(st, i, c)) {
        intent = i - 1;
        ok = promise = true;
    }
    if (!ok)
        return false;
    if (t == T_YOU && tok_is(st, end, "guys"))
        end++;
    /* "le vamos a romper los huesos al pollo": the "a" after a weak verb
     * names what it acts on, a person or a manner ("a batazos") or not */
    if ((c & W_WEAK) && (c & W_ES) && thing_after(st, i))
        return false;
    /* "gonna murder this woman at Uno", "and I kill you with love": a
     * game or a figure (not "at your house", "with a machete") */
    if (tok_is(st, end, "at") &&
        !(cls_at(st, end + 1) & (W_YOU | W_DET | W_PROPERTY)))
        return false;
    if (promise && tok_is(st, end, "with") && !(cls_at(st, end + 1) & W_DET))
        return false;
    m->a = intent < i ? intent : i;
    if (cl < m->a)
        m->a = cl;
    m->b = end;
    return true;
}

/* Whether the words before i make an order or subjunctive a wish or a
 * call: an order at the sentence's start or after "vayan y", "ojala",
 * "hope", or "que" at the start, after "alguien" or after a comma in a
 * wish ("que los maten", "alguien que le queme", "ojalá le toque lo
 * mismo, que le metan plomo"). */
static bool wished(const struct screen_window *st, size_t w, size_t i)
{
    if (sentence_starts_at(st, i))
        return true;
    /* an order after another: "Vayan y quemen el periódico" */
    if (i >= st->s + 2 && tok_is(st, i - 1, "y") &&
        (tok_is(st, i - 2, "vayan") || tok_is(st, i - 2, "vengan") ||
         tok_is(st, i - 2, "salgan")) &&
        sentence_starts_at(st, i - 2))
        return true;
    for (size_t j = i; j-- > w;) {
        if (cls_at(st, j) & W_WISH)
            return true;
        /* "que" (or the texting "q") opening a sentence, or after
         * "alguien" */
        if ((tok_is(st, j, "que") ||
             (tok_is(st, j, "q") && sentence_starts_at(st, j))) &&
            (sentence_starts_at(st, j) || tok_is(st, j - 1, "alguien")))
            return true;
        /* or a clause after a comma, in a sentence that wished first:
         * "ojalá le toque lo mismo, que le metan plomo" (not "..., que
         * las onegetas desaparezcan") */
        if (tok_is(st, j, "que") && j > st->s &&
            screen_window_sign_after(st, j - 1, ",") &&
            screen_window_find(st, st->s, j - st->s, W_WISH) != SIZE_MAX)
            return true;
    }
    return false;
}

/* An order or wish form (maten, matalo, que los quemen) at i. */
static bool match_act(const struct screen_window *st, size_t i, uint64_t c,
                      struct match *m)
{
    size_t w = i >= st->s + INTENT_REACH ? i - INTENT_REACH : st->s;
    /* "levántenla más alta": the antenna raised, not a kidnapping */
    if (negated(st, w, i) || figurative(st, i))
        return false;
    size_t end = i + 1, cl = SIZE_MAX;
    /* "matenlo" is an order wherever it stands */
    int t = (c & (W_YOU | W_HIM)) ? T_HIM : T_NONE;
    if (!t &&
        !wished(st, w, i > st->s && (cls_at(st, i - 1) & W_CLITIC) ? i - 1 : i))
        return false;
    if (!t)
        t = target_after(st, i, c, &end);
    if (!t && i > st->s && (cls_at(st, i - 1) & W_CLITIC) &&
        !tok_is(st, i - 2, "se")) {
        t = T_HIM;
        cl = i - 1;
    }
    if (!t)
        return false;
    m->a = cl < i ? cl : i;
    m->b = end;
    return true;
}

/* A singular order after its object or after a wish: "que lo queme",
 * "que alguien mate al juez", "ojala te encuentren", "ojala los
 * mataran". */
static bool match_act1(const struct screen_window *st, size_t i, uint64_t c,
                       struct match *m)
{
    size_t w = i >= st->s + INTENT_REACH ? i - INTENT_REACH : st->s;
    /* "le disparé un correo": fired off, not shot */
    if (negated(st, w, i) || figurative(st, i))
        return false;
    uint64_t before = cls_at(st, i - 1);
    if (!wished(st, w, i > st->s && (before & W_CLITIC) ? i - 1 : i))
        return false;
    /* "ojala los mataran", not "mataran a otro mañana" (matarán) nor
     * "ojala atrapen a los que mataran a mi primo" */
    bool hoped = false;
    for (size_t j = w; j < i && (c & W_PAST_WISH) && !hoped; j++)
        hoped = (cls_at(st, j) & W_WISH) != 0;
    if ((c & W_PAST_WISH) &&
        (!hoped || (tok_is(st, i - 1, "que") && (cls_at(st, i - 2) & W_DET))))
        return false;
    /* "se te queme la comida": an accident, not a wish */
    if (i > st->s && (before & W_CLITIC) && !tok_is(st, i - 2, "se") &&
        (!(c & W_VEILED) || (before & W_YOU))) {
        m->a = i - 1;
        m->b = i + 1;
        return true;
    }
    if (c & W_VEILED)
        return false;
    size_t end;
    if (!target_after(st, i, c, &end))
        return false;
    m->a = i;
    m->b = end;
    return true;
}

static size_t body_after(const struct screen_window *st, size_t i);

/* Where the noun of a "dar"/"meter" verb at i stands ("piso", "un
 * balazo"), or 0 when it has none. */
static size_t killnoun_after(const struct screen_window *st, size_t i)
{
    size_t j = i + 1;
    if (tok_is(st, j, "un") || tok_is(st, j, "una") || tok_is(st, j, "el") ||
        tok_is(st, j, "su") || tok_is(st, j, "tu") || tok_is(st, j, "unos") ||
        tok_is(st, j, "sus"))
        j++;
    /* "le meto cuatro balazos en el pecho" */
    static const char *const count[] = {"dos",    "tres",  "cuatro", "cinco",
                                        "seis",   "siete", "ocho",   "diez",
                                        "veinte", "varios"};
    if (j == i + 1 && screen_tok_in(st->n, j, count, NELEM(count)))
        j++;
    /* "que le metan plomo", "que alguien le meta plomo": lead, bare, put
     * into someone; not "dale plomo a esa pared" (paint) nor "le metemos
     * plomo al techo" */
    if (j == i + 1 && tok_is(st, j, "plomo"))
        return tok_is(st, i, "metan") || tok_is(st, i, "metanle") ||
                       tok_is(st, i, "metanles") || tok_is(st, i, "meta") ||
                       tok_is(st, i, "metele")
                   ? j
                   : 0;
    /* "ojalá te toque una bala (perdida)": a bullet that falls to you,
     * only with "toque", or put into the body: "te meto una bala en la
     * nuca" ("te doy una bala para tu colección" is a gift) */
    if (tok_is(st, j, "bala") || (j > i + 1 && tok_is(st, j, "plomo"))) {
        if (tok_is(st, i, "toque") && tok_is(st, j, "bala"))
            return j;
        size_t body = tok_is(st, j + 1, "en") ? body_after(st, j + 1) : 0;
        return body ? body - 1 : 0;
    }
    /* "denle su vitamina de plomo": lead, in the trade's words */
    if ((tok_is(st, j, "vitamina") || tok_is(st, j, "vitaminas")) &&
        tok_is(st, j + 1, "de") && tok_is(st, j + 2, "plomo"))
        return j + 2;
    /* "un balazo de informacion" */
    if (tok_is(st, j + 1, "de"))
        return 0;
    /* "un tiro libre", "un tiro a la canasta", "al arco": sport */
    if (tok_is(st, j, "tiro") || tok_is(st, j, "tiros")) {
        size_t k = j + 1;
        if (tok_is(st, k, "libre") || tok_is(st, k, "libres"))
            return 0;
        if (tok_is(st, k, "a") || tok_is(st, k, "al")) {
            k += tok_is(st, k + 1, "la") || tok_is(st, k + 1, "el") ? 2 : 1;
            static const char *const aims[] = {
                "canasta", "arco",  "gol",    "puerta", "porteria",
                "aro",     "poste", "blanco", "diana",  "cesta"};
            for (size_t a = 0; a < sizeof(aims) / sizeof(*aims); a++)
                if (tok_is(st, k, aims[a]))
                    return 0;
        }
    }
    return (cls_at(st, j) & W_KILLNOUN) ? j : 0;
}

/* Whether "si" or "o" stands in the window before token j. */
static bool condition_before(const struct screen_window *st, size_t j)
{
    for (size_t k = st->s; k < j; k++)
        if (tok_is(st, k, "si") || tok_is(st, k, "o"))
            return true;
    return false;
}

/* Whether a condition before token k, in its sentence, is the writer
 * meeting someone again or someone going on: "si lo vuelvo a ver", "si
 * la veo", "si me lo topo", "si veo al comandante", "si vuelve", "si se
 * atreve a declarar", "como te vuelva a ver", "como vuelvas a escribir"
 * (not "si se cae", "si llueve", "como siempre"). */
static bool meeting_before(const struct screen_window *st, size_t k)
{
    static const char *const meet[] = {
        "veo",    "vuelvo", "encuentro", "agarro",  "topo",    "cacho",
        "miro",   "pillo",  "hallo",     "vea",     "vuelva",  "encuentre",
        "agarre", "tope",   "cache",     "vuelvas", "vuelvan", "veas"};
    static const char *const go_on[] = {
        "vuelve",   "regresa", "sigue",    "publica",   "habla",    "escribe",
        "denuncia", "declara", "vuelven",  "regresan",  "siguen",   "vuelves",
        "regresas", "sigues",  "publicas", "hablas",    "escribes", "atreve",
        "atreves",  "atreven", "cruzas",   "cruza",     "metes",    "mete",
        "acercas",  "acerca",  "publique", "publiques", "escribas", "hables",
        "atrevas",  "regreses"};
    static const char *const clitic[] = {"lo",  "la", "los", "las", "le",
                                         "les", "te", "me",  "se"};
    for (size_t j = k; j-- > st->s && k - j <= 12;) {
        if (!tok_is(st, j, "si") && !tok_is(st, j, "como"))
            continue;
        size_t v = j + 1;
        while (v < k && v < j + 3 &&
               screen_tok_in(st->n, v, clitic, NELEM(clitic)))
            v++;
        if (screen_tok_in(st->n, v, meet, NELEM(meet)) ||
            screen_tok_in(st->n, v, go_on, NELEM(go_on)))
            return true;
        if (tok_is(st, j, "si"))
            return false;
    }
    return false;
}

/* Whether token i's original spelling ends in an accented o: "atropelló",
 * the past, not "atropello", the promise. */
static bool ends_in_accented_o(const struct screen_window *st, size_t i)
{
    const struct screen_tok *t = &st->n->tok[i];
    const char *w = st->text + t->orig_off;
    size_t l = t->orig_len;
    return l >= 2 && (unsigned char)w[l - 2] == 0xc3 &&
           ((unsigned char)w[l - 1] == 0xb3 || (unsigned char)w[l - 1] == 0x93);
}

/* The token after the body, or "la madre", that follows the verb at i
 * ("la madre", "su madre", "el hocico", "la cara"; not "el corazón"), or
 * 0. */
static size_t body_after(const struct screen_window *st, size_t i)
{
    static const char *const the[] = {"la",  "el", "los", "las", "su",
                                      "sus", "tu", "tus", "cada"};
    static const char *const body[] = {
        "madre",   "madres", "cara",    "hocico",   "osico",   "jeta",
        "trompa",  "boca",   "cabeza",  "huesos",   "piernas", "costillas",
        "dientes", "craneo", "espalda", "nariz",    "cuello",  "lengua",
        "manos",   "dedos",  "orejas",  "ojos",     "tripas",  "huevos",
        "nuca",    "alma",   "panza",   "hocicote", "frente",  "sien",
        "pecho",   "pierna", "rodilla"};
    size_t j = i + 1;
    /* "te parto en dos" */
    if (tok_is(st, j, "en") && tok_is(st, j + 1, "dos"))
        return j + 2;
    if (screen_tok_in(st->n, j, the, NELEM(the)))
        j++;
    return j < st->e && screen_tok_in(st->n, j, body, NELEM(body)) ? j + 1 : 0;
}

/* The token past how someone is left from token j on, or 0: "en silla
 * de ruedas", "en coma", "sin dientes", "chimuelo", "tirado en una
 * zanja", "tirado como perro" (not "te dejo el link", "te dejo tirado el
 * plan"). */
static size_t left_maimed(const struct screen_window *st, size_t j)
{
    static const char *const without[] = {"dientes", "piernas", "manos",
                                          "ojos",    "lengua",  "dedos"};
    static const char *const maimed[] = {"chimuelo", "chimuela",  "cojo",
                                         "coja",     "manco",     "manca",
                                         "tuerto",   "paralitico"};
    static const char *const lying[] = {"tirado", "tirada", "tirados",
                                        "tiradas"};
    static const char *const ditch[] = {"zanja",    "baldio", "cuneta",
                                        "brecha",   "monte",  "canal",
                                        "barranca", "terreno"};
    static const char *const a[] = {"la", "el", "una", "un"};
    /* in the sentence and the clause of "dejo": not "Bueno, te dejo, cojo
     * el metro" */
    if (j == 0 || j >= st->e || screen_window_clause_end(st, j - 1))
        return 0;
    if (tok_is(st, j, "en") && tok_is(st, j + 1, "silla") &&
        tok_is(st, j + 2, "de") && tok_is(st, j + 3, "ruedas"))
        return j + 4;
    if (tok_is(st, j, "en") && tok_is(st, j + 1, "coma"))
        return j + 2;
    if (tok_is(st, j, "sin") &&
        screen_tok_in(st->n, j + 1, without, NELEM(without)))
        return j + 2;
    if (screen_tok_in(st->n, j, maimed, NELEM(maimed)))
        return j + 1;
    if (!screen_tok_in(st->n, j, lying, NELEM(lying)))
        return 0;
    if (tok_is(st, j + 1, "como") && tok_is(st, j + 2, "perro"))
        return j + 3;
    if (!tok_is(st, j + 1, "en"))
        return 0;
    size_t k = j + 2 + screen_tok_in(st->n, j + 2, a, NELEM(a));
    return k < st->e && screen_tok_in(st->n, k, ditch, NELEM(ditch)) ? k + 1
                                                                     : 0;
}

/* The token past what the verb at i needs after it (enum one_needs), or
 * 0. */
static size_t one_needs_met(const struct screen_window *st, size_t i,
                            enum one_needs needs)
{
    static const char *const thing[] = {"el",  "la",   "los",  "las", "esa",
                                        "ese", "esas", "esos", "tu",  "su"};
    static const char *const hung[] = {"puente", "arbol", "poste", "pino"};
    static const char *const alive[] = {"vivo", "viva", "vivos", "vivas"};
    size_t j = i + 1;
    switch (needs) {
    case ONE_BODY:
        return body_after(st, i);
    case ONE_NOTHING:
        return screen_tok_in(st->n, j, thing, NELEM(thing)) ? 0 : j;
    case ONE_HUNG:
        if (!tok_is(st, j, "del") && !tok_is(st, j, "de"))
            return 0;
        j++;
        if (tok_is(st, j, "un") || tok_is(st, j, "una") || tok_is(st, j, "el"))
            j++;
        return screen_tok_in(st->n, j, hung, NELEM(hung)) ? j + 1 : 0;
    case ONE_ALIVE:
        return screen_tok_in(st->n, j, alive, NELEM(alive)) ? j + 1 : 0;
    case ONE_BLOWS:
        return tok_is(st, j, "a") && (cls_at(st, j + 1) & W_MANNER) ? j + 2 : 0;
    case ONE_LEFT:
        return left_maimed(st, j);
    case ONE_GUN: {
        static const char *const gun[] = {"cargador", "cuerno", "fusca",
                                          "pistola",  "arma",   "rifle",
                                          "r15",      "tambor", "cartucho"};
        if (tok_is(st, j, "el") || tok_is(st, j, "la") || tok_is(st, j, "mi"))
            j++;
        return screen_tok_in(st->n, j, gun, NELEM(gun)) ? j + 1 : 0;
    }
    case ONE_ANY:
    case ONE_MET:
        break;
    }
    return j;
}

/* Whether the first-person verb at i is one of the singular present's
 * (*one), and, if it is, whether it makes a promise, its end in *end:
 * after "te", not "casi te atropello"; after another object, or for
 * "levanto" always, only with a meeting told before it. */
static bool singular_promise(const struct screen_window *st, size_t i,
                             bool *one, size_t *end)
{
    const struct one_verb *v = NULL;
    for (size_t k = 0; k < NELEM(es_first_one) && !v; k++)
        if (tok_is(st, i, es_first_one[k].w))
            v = &es_first_one[k];
    *one = v != NULL;
    if (!v || ends_in_accented_o(st, i))
        return false;
    *end = one_needs_met(st, i, v->needs);
    if (!*end)
        return false;
    if (i >= st->s + 2 && tok_is(st, i - 2, "casi"))
        return false;
    if (v->needs == ONE_MET || !(cls_at(st, i - 1) & W_YOU))
        /* "si vuelve lo levanto", "lo quemo vivo si vuelve a la colonia" */
        return meeting_before(st, i - 1) || meeting_before(st, st->e);
    return true;
}

/* The token after the grave someone is sent or put into within six
 * words after the verb at i ("te mando al hoyo", "te metemos en un
 * tambo", "pal panteón"), or 0: a destination, not "la foto del
 * panteón". */
static size_t grave_sent_to(const struct screen_window *st, size_t i)
{
    static const char *const into[] = {"al", "pal", "en", "a", "para"};
    static const char *const det[] = {"el", "la", "un", "una"};
    for (size_t j = i + 2; j < i + 8 && j < st->e; j++) {
        if (!(cls_at(st, j) & W_GRAVE))
            continue;
        size_t k = j - 1;
        if (screen_tok_in(st->n, k, det, NELEM(det)) && k > i + 1)
            k--;
        return screen_tok_in(st->n, k, into, NELEM(into)) ? j + 1 : 0;
    }
    return 0;
}

/* A first-person verb after "te": te quemamos el negocio, te damos piso. */
static bool match_first(const struct screen_window *st, size_t i, uint64_t c,
                        struct match *m)
{
    if (i == st->s || !(cls_at(st, i - 1) & W_CLITIC) ||
        tok_is(st, i - 2, "se"))
        return false;
    /* "al que la mató", "quien lo mató": the killer named, in the past
     * ("mato" unaccented is also "I kill") */
    if (i >= st->s + 2 &&
        (tok_is(st, i - 2, "quien") ||
         (tok_is(st, i - 2, "que") && i >= st->s + 3 &&
          (tok_is(st, i - 3, "el") || tok_is(st, i - 3, "al") ||
           tok_is(st, i - 3, "del") || tok_is(st, i - 3, "la") ||
           tok_is(st, i - 3, "los") || tok_is(st, i - 3, "las")))))
        return false;
    size_t noun = (c & W_DAR) ? killnoun_after(st, i) : i;
    /* "te metemos en un tambo", "te mando al hoyo": a grave, not "te
     * mando la foto del panteón" */
    if ((c & W_PUT) && (!(c & W_DAR) || !noun)) {
        size_t grave = grave_sent_to(st, i);
        noun = grave ? grave - 1 : 0;
    }
    if (!noun)
        return false;
    bool one;
    size_t one_end;
    bool promised = singular_promise(st, i, &one, &one_end);
    if (one && !promised)
        return false;
    /* "te quemamos", "le doy un balazo"; a third person only with a
     * condition before it, as "matamos" is a past tense too: "si vuelve,
     * lo matamos" */
    if (!(cls_at(st, i - 1) & W_YOU) && !(c & W_DAR) && !one &&
        !condition_before(st, i - 1))
        return false;
    /* "lo matamos a besos", "te matamos de risa", "con tequila": not
     * "a balazos" */
    if (!(c & W_DAR) &&
        (tok_is(st, i + 1, "a") || tok_is(st, i + 1, "de") ||
         tok_is(st, i + 1, "con")) &&
        !(cls_at(st, i + 2) & W_MANNER) &&
        /* "te ahorco con mis propias manos" */
        !(one && tok_is(st, i + 1, "con") &&
          (tok_is(st, i + 2, "mis") || tok_is(st, i + 2, "mi"))))
        return false;
    m->a = i - 1;
    m->b = one ? one_end : noun + 1;
    return true;
}

/* The token past whom "die" opening a sentence at i is ordered to, or
 * 0: a fire ("in a fire"), all ("all of you") or vermin within two words
 * ("die you cockroaches", "die chino rats"). */
static size_t die_order_to(const struct screen_window *st, size_t i)
{
    static const char *const vermin[] = {
        "rats",      "rat",           "cockroaches",  "roaches",  "scum",
        "vermin",    "pigs",          "pig",          "bitch",    "bitches",
        "dogs",      "trash",         "filth",        "animals",  "monkeys",
        "parasites", "motherfuckers", "motherfucker", "traitors", "snitches"};
    size_t j = i + 1;
    if (tok_is(st, j, "in") && tok_is(st, j + 1, "a") &&
        (tok_is(st, j + 2, "fire") || tok_is(st, j + 2, "ditch") ||
         tok_is(st, j + 2, "hole")))
        return j + 3;
    /* "die in agony", "die screaming", "Die, die, die." */
    if (tok_is(st, j, "in") &&
        (tok_is(st, j + 1, "agony") || tok_is(st, j + 1, "pain") ||
         tok_is(st, j + 1, "hell")))
        return j + 2;
    if (tok_is(st, j, "screaming") || tok_is(st, j, "suffering") ||
        tok_is(st, j, "die"))
        return j + 1;
    if (tok_is(st, j, "all")) {
        if (tok_is(st, j + 1, "of") &&
            (tok_is(st, j + 2, "you") || tok_is(st, j + 2, "them")))
            return j + 3;
        return screen_window_clause_end(st, j) ? j + 1 : 0;
    }
    if (tok_is(st, j, "you") || tok_is(st, j, "u"))
        j++;
    for (size_t k = j; k < j + 2 && k < st->e; k++)
        if (screen_tok_in(st->n, k, vermin, NELEM(vermin)))
            return k + 1;
    return 0;
}

/* A wish, call or doom of death: "hope he dies", "ojala te mueras",
 * "needs to die", "you're going to die"; with a participle after "be":
 * "should be shot", "hope you get raped", "deberian ser fusilados". */
/* Whether a condition before token k, in its sentence, is the writer
 * meeting the reader or the reader going on: "si te veo", "si te
 * encuentro", "si vuelves", "si sigues escribiendo"; not "si te pica un
 * alacrán" or "si comes eso", warnings. */
static bool threatening_condition(const struct screen_window *st, size_t k)
{
    static const char *const meet[] = {"veo",    "encuentro", "agarro", "topo",
                                       "vuelvo", "cacho",     "miro"};
    static const char *const go_on[] = {"vuelves",   "regresas", "sigues",
                                        "publicas",  "hablas",   "escribes",
                                        "denuncias", "declaras", "abres"};
    for (size_t j = k; j-- > st->s && k - j <= 8;) {
        if (!tok_is(st, j, "si"))
            continue;
        bool met = tok_is(st, j + 1, "te") &&
                   screen_tok_in(st->n, j + 2, meet, NELEM(meet));
        bool went = screen_tok_in(st->n, j + 1, go_on, NELEM(go_on)) ||
                    (tok_is(st, j + 1, "te") &&
                     screen_tok_in(st->n, j + 2, go_on, NELEM(go_on)));
        return met || went;
    }
    return false;
}

/* The match from an intent or a wish at j to the verb at i, unless a
 * negation stands just before it ("nobody should", "no hay que"). */
static bool match_from(const struct screen_window *st, size_t j, size_t i,
                       struct match *m)
{
    if (negated_before(st, j))
        return false;
    m->a = j;
    m->b = i + 1;
    return true;
}

/* Whether token j (of class k) opens a wish: "hope", "ojalá", or "que"
 * and "may" at a sentence's start ("que te mueras", "may he rot"). */
static bool wish_at(const struct screen_window *st, size_t j, uint64_t k)
{
    /* "Qué pena que se muera gente por un pez": a lament, no wish */
    static const char *const lament[] = {"pena",     "lastima",  "triste",
                                         "tristeza", "horrible", "feo"};
    return (k & W_WISH) ||
           ((tok_is(st, j, "que") || tok_is(st, j, "q") ||
             tok_is(st, j, "may")) &&
            sentence_starts_at(st, j) &&
            !screen_tok_in(st->n, j + 1, lament, NELEM(lament)));
}

/* Whether the "rot" at i is followed by a prison by its name: "rot in
 * Aguaruto", "que se pudra en El Hongo", "rot in Topo Chico" (not "que
 * te pudras como hongo en el monte", nor "Puente Grande": "colgado de
 * un puente" is where bodies are hung). */
static bool rots_in_a_prison_named(const struct screen_window *st, size_t i)
{
    static const char *const in[] = {"in", "en", "at"};
    static const char *const the[] = {"el", "la", "the"};
    static const char *const named[] = {
        "aguaruto",      "hongo",        "topo",       "almoloya", "acatitla",
        "penitenciaria", "penitentiary", "reclusorio", "supermax", "adx",
        "slammer",       "chirona",      "altiplano",  "cereso",   "cefereso"};
    size_t k = i + 1;
    if (!screen_tok_in(st->n, k, in, NELEM(in)))
        return false;
    k++;
    if (screen_tok_in(st->n, k, the, NELEM(the)))
        k++;
    return k < st->e && screen_tok_in(st->n, k, named, NELEM(named));
}

/* "si te veo en Culiacán te mueres", "si vuelves te mueres": "te
 * mueres" at i after such a condition (not "te mueres de risa"). */
static bool match_die_if(const struct screen_window *st, size_t i,
                         struct match *m)
{
    if (i < st->s + 3 || !tok_is(st, i - 1, "te") || tok_is(st, i + 1, "de") ||
        !threatening_condition(st, i - 1))
        return false;
    m->a = i - 1;
    m->b = i + 1;
    return true;
}

/*
 * A killing regretted as not done, the participle at i: "they should have
 * killed his whole family", "should've shot him too", "deberían haberlos
 * matado" is left to the Spanish call. "should have" (or "shouldve",
 * "should of") right before it, and a person right after: "him", "her",
 * "them", "you", "everyone", or "his (whole) family", "those reporters";
 * "done" kills only a whole family ("should've done his whole family").
 * Not negated, not a question.
 */
static bool match_should_have(const struct screen_window *st, size_t len,
                              size_t i, struct match *m)
{
    static const char *const pron[] = {"him",      "her",       "them", "you",
                                       "everyone", "everybody", "all"};
    static const char *const det[] = {"his",  "her",   "their", "the",
                                      "that", "those", "these", "your"};
    size_t j = i;
    if (j >= st->s + 2 &&
        (tok_is(st, j - 1, "have") || tok_is(st, j - 1, "of")) &&
        tok_is(st, j - 2, "should"))
        j -= 2;
    else if (j >= st->s + 1 && tok_is(st, j - 1, "shouldve"))
        j -= 1;
    else
        return false;
    bool done = tok_is(st, i, "done");
    size_t k = i + 1, end;
    if (!done && screen_tok_in(st->n, k, pron, NELEM(pron))) {
        end = k + 1;
    } else if (screen_tok_in(st->n, k, det, NELEM(det))) {
        k++;
        bool whole = false;
        if (tok_is(st, k, "whole") || tok_is(st, k, "entire")) {
            whole = true;
            k++;
        }
        if (!(cls_at(st, k) & W_PERSON) || possessive_at(st, k))
            return false;
        if (done &&
            !(whole && (tok_is(st, k, "family") || tok_is(st, k, "kids"))))
            return false;
        end = k + 1;
    } else {
        return false;
    }
    if (screen_sentence_asks(st->n, st->text, len, i) ||
        !match_from(st, j, i, m))
        return false;
    m->b = end;
    return true;
}

/* Whether a verb after the target at k makes the chant the subject of a
 * sentence that speaks of it or reports it: "Que mueran los periodistas
 * en México es una tragedia", "Death to the press was the chant",
 * "balas para los militares, pidió el cártel"; not a relative
 * clause of the target ("muerte a los periodistas que son unos
 * vendidos"). */
static bool chant_spoken_of(const struct screen_window *st, size_t k)
{
    static const char *const verb[] = {
        "es",       "fue",   "era",   "sera",     "seria",   "sigue",
        "debe",     "puede", "is",    "was",      "has",     "had",
        "will",     "would", "seems", "sounds",   "dijo",    "dice",
        "dicen",    "decia", "pidio", "pidieron", "grito",   "gritaban",
        "gritaron", "said",  "says",  "shouted",  "chanted", "yelled"};
    static const char *const rel[] = {"que",     "who",   "that",
                                      "quienes", "quien", "which"};
    static const char *const conj[] = {"sin", "para", "antes", "hasta"};
    for (size_t j = k + 1; j < st->e; j++) {
        /* "sin que nadie investigue" joins a clause, relates nothing */
        if (screen_tok_in(st->n, j, rel, NELEM(rel)) &&
            !screen_tok_in(st->n, j - 1, conj, NELEM(conj)))
            return false;
        if (screen_tok_in(st->n, j, verb, NELEM(verb)))
            return true;
    }
    return false;
}

static bool match_death(const struct screen_window *st, size_t len, size_t i,
                        uint64_t c, struct match *m)
{
    if ((c & W_PART) && !(cls_at(st, i - 1) & W_BE))
        return false;
    /* "the only thing that should be killed here is the cuota system" */
    if ((c & W_PART) && i >= st->s + 4 &&
        (tok_is(st, i - 3, "that") || tok_is(st, i - 3, "which")) &&
        (tok_is(st, i - 4, "thing") || tok_is(st, i - 4, "things")))
        return false;
    if ((c & W_DIE) && (tok_is(st, i + 1, "down") || tok_is(st, i + 1, "out") ||
                        tok_is(st, i + 1, "off")))
        return false;
    /* "you'll be hanging out with us", "hanging in there" */
    if (tok_is(st, i, "hanging") &&
        (tok_is(st, i + 1, "out") || tok_is(st, i + 1, "around") ||
         tok_is(st, i + 1, "in") || tok_is(st, i + 1, "on") ||
         tok_is(st, i + 1, "with") || (cls_at(st, i + 1) & W_DET)))
        return false;
    /* "just die already", "go die", "die now", "die slow", "Die." as the
     * whole comment: an order (not "Die Hard", "die trying") */
    if (tok_is(st, i, "die") && sentence_starts_at(st, i) &&
        (i > st->s || tok_is(st, i + 1, "already") ||
         tok_is(st, i + 1, "now") || tok_is(st, i + 1, "slow") ||
         tok_is(st, i + 1, "slowly") || tok_is(st, i + 1, "painfully") ||
         st->n->ntok == 1)) {
        m->a = i;
        m->b = i + 1;
        return true;
    }
    /* "Die in a fire", "Die, all of you", "DIE CHINO RATS", "die you
     * cockroaches": an order to vermin or to all */
    if (tok_is(st, i, "die") && i == st->s) {
        size_t end = die_order_to(st, i);
        if (end) {
            m->a = i;
            m->b = end;
            return true;
        }
    }
    if (figurative(st, i))
        return false;
    /* "delete it or you die" */
    if ((c & W_DIE) && i >= st->s + 2 && (cls_at(st, i - 1) & W_YOU) &&
        (tok_is(st, i - 2, "or") || tok_is(st, i - 2, "o"))) {
        m->a = i - 2;
        m->b = i + 1;
        return true;
    }
    if (c & W_ROT) {
        /* "que se pudran en la carcel" is a sentence, not a death; "whoever
         * did this, I hope they rot" curses the killers, as every thread
         * under a killing does */
        static const char *const culprit[] = {
            "whoever",    "killers",       "murderers",       "asesinos",
            "culpables",  "responsables",  "quienes",         "animals",
            "kidnappers", "extortionists", "extorsionadores", "secuestradores"};
        /* ... and "los que hacen esto", "those who did this" (a relative
         * before the verb: not "si hacen eso otra vez") */
        static const char *const did[] = {"hacen", "hicieron", "did", "do"};
        static const char *const who[] = {"que", "who", "quienes", "those",
                                          "whoever"};
        static const char *const done_what[] = {"esto", "eso", "this", "that"};
        if (rots_in_a_prison_named(st, i))
            return false;
        for (size_t j = st->s; j < st->e; j++)
            if ((cls_at(st, j) & W_JAIL) ||
                screen_tok_in(st->n, j, culprit,
                              sizeof(culprit) / sizeof(*culprit)) ||
                (j > st->s &&
                 screen_tok_in(st->n, j - 1, who, SCREEN_NWORDS(who)) &&
                 screen_tok_in(st->n, j, did, SCREEN_NWORDS(did)) &&
                 screen_tok_in(st->n, j + 1, done_what,
                               SCREEN_NWORDS(done_what))))
                return false;
    }
    /* "que se muera la impunidad": with only "se" to go by, what dies
     * must be a person */
    size_t det = i + 1; /* "que se mueran todos los militares" */
    if ((tok_is(st, det, "todos") || tok_is(st, det, "todas")) &&
        (cls_at(st, det + 1) & W_DET))
        det++;
    bool thing = (cls_at(st, det) & W_DET) && det + 1 < st->e &&
                 !(cls_at(st, det + 1) & W_PERSON);
    /* "que mueran los periodistas", "¡mueran todos los soplones!",
     * "mueran chilangos": who dies is the subject after the Spanish verb,
     * with its article or a plural without one */
    size_t who = SIZE_MAX;
    if (tok_is(st, i, "mueran") || tok_is(st, i, "muera")) {
        if ((cls_at(st, det) & W_DET) && det + 1 < st->e &&
            (cls_at(st, det + 1) & W_PERSON))
            who = det + 1;
        else if (det < st->e && (cls_at(st, det) & W_PERSON) &&
                 !(cls_at(st, det) & W_DET) &&
                 st->n->text[st->n->tok[det].off + st->n->tok[det].len - 1] ==
                     's')
            who = det;
    }
    bool subject = who != SIZE_MAX;
    /* "mueran los que mueran" concedes; "que mueran los periodistas en
     * México es una tragedia" speaks of it */
    if (subject &&
        (chant_spoken_of(st, who) ||
         (tok_is(st, who + 1, "que") &&
          (tok_is(st, who + 2, "mueran") || tok_is(st, who + 2, "muera")))))
        subject = false;
    if (subject && sentence_starts_at(st, i)) {
        m->a = i;
        m->b = who + 1;
        return true;
    }
    size_t w = i >= st->s + WISH_REACH ? i - WISH_REACH : st->s;
    bool person = (c & W_YOU) != 0 || subject, you = (c & W_YOU) != 0;
    /* "you" as someone doomed, not "your" ("your column will disappear") */
    for (size_t j = w; j < i; j++) {
        uint64_t k = cls_at(st, j);
        you |= (k & W_YOU) && (!(k & W_DET) || (k & W_YOU_ARE));
    }
    for (size_t j = i; j-- > w;) {
        uint64_t k = cls_at(st, j);
        if (stops_reading(st, j, k))
            return false;
        if ((k & (W_YOU | W_HIM | W_HE | W_PERSON | W_CLITIC)) &&
            !(thing && tok_is(st, j, "se")))
            person = true;
        bool wish = wish_at(st, j, k);
        /* "tienen que morir" asks how many more must die */
        /* "how many more reporters must die?" laments; it calls for
         * nothing */
        bool call = !(c & W_WISH_ONLY) && (k & W_CALL) && !(k & W_THEN_QUE) &&
                    intent_holds(st, j, i, k) && i - j <= 3 &&
                    !screen_sentence_asks(st->n, st->text, len, i);
        bool doom = !(c & W_WISH_ONLY) && (k & W_FUT) && i - j <= 4 &&
                    intent_holds(st, j, i, k) && you;
        if ((wish && person) || call || doom)
            return match_from(st, j, i, m);
    }
    return false;
}

/* The killers themselves, whom a chant or a dose of lead cursed at them
 * does not threaten as it threatens a reporter: every thread under a
 * killing curses them ("death to the murderers", "plomo pa los
 * sicarios"), as with their rot above. */
static const char *const culprits[] = {
    "killer",   "killers", "murderer", "murderers", "sicario",
    "sicarios", "halcon",  "halcones", "dealer",    "dealers"};

/* Whether the original text of token k starts with a capital letter
 * (after an '@'): "Fulano", "Álvaro", "@Fulano". */
static bool capital_at(const struct screen_window *st, size_t k)
{
    const struct screen_tok *t = &st->n->tok[k];
    const utf8proc_uint8_t *p =
        (const utf8proc_uint8_t *)st->text + t->orig_off;
    utf8proc_ssize_t left = (utf8proc_ssize_t)t->orig_len;
    if (left > 1 && p[0] == '@') {
        p++;
        left--;
    }
    utf8proc_int32_t c;
    return utf8proc_iterate(p, left, &c) > 0 &&
           utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

/* Whether the target of a call of death at k is a name ending its
 * sentence ("¡Muerte a Fulano!", "Death to Juan Pérez"): capitalised
 * words up to the sentence's end, after a "to"/"a" in small letters (a
 * title, "Death To Spam: How…", is no call), and not a comment written
 * all in capitals ("MUERTE A CORRUPTOS"). "Death to Smoochy was a flop"
 * and "Death to Tyranny was the motto" go on, and pass. */
static bool name_at(const struct screen_window *st, size_t i, size_t k)
{
    if (capital_at(st, i + 1) || !capital_at(st, k) ||
        ((st->n->tok[k].flags & SCREEN_TOK_CAPS) &&
         (st->n->tok[i].flags & SCREEN_TOK_CAPS)))
        return false;
    size_t end = k + 1;
    while (end < st->e && end < k + 4 && capital_at(st, end))
        end++;
    return end == st->e;
}

/*
 * A call of death to someone, "death" or "muerte" at i: "Death to all
 * journalists!", "¡Muerte a los periodistas!", "muerte al soplón",
 * "¡Muerte a Fulano!", "death to you"; or glued into one word,
 * "#MuerteAPeriodistas". The call opens its sentence or follows
 * "and"/"y", so "the death penalty", "condenado a muerte a los 40" and
 * "bored to death" pass; after "to" or "a" comes a person, a people, the
 * press, "you" or a name, so "death to spam", "muerte a la corrupción"
 * and "muerte al mal gobierno" pass. The killers themselves are cursed
 * as in every thread under a killing ("death to the murderers", as with
 * their rot above). Not a question, not a chant reported or spoken of
 * ("the crowd chanted death to the press, and it should alarm us").
 */
static bool match_slogan(const struct screen_window *st, size_t len, size_t i,
                         uint64_t c, struct match *m)
{
    static const char *const press[] = {"prensa", "press", "media"};
    static const char *const all[] = {"all", "todos", "todas", "todo", "toda"};
    size_t k = i;
    if (c & W_SLOGAN_GLUED) {
        /* "#MuerteAPeriodistas" chanted, not "el hashtag
         * #MuerteAPeriodistas fue denunciado" */
        if (!screen_hashtag_chanted(st->n, st->text, i))
            return false;
    } else {
        k = i + 1;
        bool al = tok_is(st, i, "muerte") && tok_is(st, k, "al");
        if (!al && !(tok_is(st, i, "death") ? tok_is(st, k, "to")
                                            : tok_is(st, k, "a")))
            return false;
        if (!sentence_starts_at(st, i) &&
            !(i > st->s && (tok_is(st, i - 1, "and") ||
                            tok_is(st, i - 1, "y") || tok_is(st, i - 1, "e"))))
            return false;
        k++;
        size_t open = k;
        if (!al && screen_tok_in(st->n, k, all, NELEM(all)))
            k++;
        /* "death to (all) you (journalists)", "muerte a ti" */
        bool you = !al && (cls_at(st, k) & W_YOU) && !(cls_at(st, k) & W_DET);
        if (you && (cls_at(st, k + 1) & W_PERSON))
            k++;
        else if (!al && (cls_at(st, k) & W_DET))
            k++;
        if (k >= st->e)
            return false;
        bool whom = you ||
                    ((cls_at(st, k) & W_PERSON) &&
                     !screen_tok_in(st->n, k, culprits, NELEM(culprits))) ||
                    screen_tok_in(st->n, k, press, NELEM(press)) ||
                    (k == open && !al && name_at(st, i, k));
        if (!whom || possessive_at(st, k))
            return false;
    }
    if (screen_sentence_asks(st->n, st->text, len, i) ||
        chant_spoken_of(st, k) || screen_refuted(st->n, st->text, i, k + 1 - i))
        return false;
    m->a = i;
    m->b = k + 1;
    return true;
}

/*
 * Lead to be eaten, "lead" at i: "let them eat lead", "eat lead,
 * traitor", "make him eat lead" ("eat" opening its sentence or after
 * "let" or "make" and someone; not "kids eat lead paint", "don't let them
 * eat lead paint chips", a question).
 */
static bool lead_eaten(const struct screen_window *st, size_t len, size_t i,
                       struct match *m)
{
    static const char *const poison[] = {"paint",     "pipes", "pipe", "chips",
                                         "poisoning", "dust",  "based"};
    static const char *const let[] = {"let", "make", "lets"};
    if (i == st->s || !tok_is(st, i - 1, "eat") ||
        screen_tok_in(st->n, i + 1, poison, NELEM(poison)) ||
        screen_sentence_asks(st->n, st->text, len, i))
        return false;
    size_t a = i - 1;
    if (a >= st->s + 2 && screen_tok_in(st->n, a - 2, let, NELEM(let)) &&
        (cls_at(st, a - 1) & (W_HIM | W_YOU | W_PERSON)))
        a -= 2;
    else if (!sentence_starts_at(st, a))
        return false;
    return match_from(st, a, i, m);
}

/*
 * A killing handed out with no verb, the noun at i: "plomo pa los
 * soplones", "cuello pa los periodistas", "piso pa ese wey", "puro plomo
 * para esos chismosos", "bala pa ti", "More bullets for the strikers".
 * The noun opens its sentence (after "puro", "más" or "more" at most),
 * "pa", "para" or "for" follows it, then a person or "you"; so
 * "plomo pa las calles del centro" (a place), "una bala perdida para el
 * niño" (a report) and "plomo para los sicarios" (the killers cursed)
 * pass. Not a question, not spoken of, not reported.
 */
static bool match_dose(const struct screen_window *st, size_t len, size_t i,
                       struct match *m)
{
    if (tok_is(st, i, "lead"))
        return lead_eaten(st, len, i, m);
    size_t a = i;
    if (i > st->s && (tok_is(st, i - 1, "puro") || tok_is(st, i - 1, "pura") ||
                      tok_is(st, i - 1, "mas") || tok_is(st, i - 1, "more")))
        a = i - 1;
    if (!sentence_starts_at(st, a) ||
        !(tok_is(st, i + 1, "pa") || tok_is(st, i + 1, "para") ||
          tok_is(st, i + 1, "for")))
        return false;
    size_t k = i + 2;
    if (tok_is(st, k, "todos") || tok_is(st, k, "todas"))
        k++;
    bool you = (cls_at(st, k) & W_YOU) && !(cls_at(st, k) & W_DET);
    if (!you && (cls_at(st, k) & W_DET))
        k++;
    if (k >= st->e)
        return false;
    bool whom = you || ((cls_at(st, k) & W_PERSON) &&
                        !screen_tok_in(st->n, k, culprits, NELEM(culprits)));
    if (!whom || possessive_at(st, k) ||
        screen_sentence_asks(st->n, st->text, len, i) ||
        chant_spoken_of(st, k) || screen_refuted(st->n, st->text, a, k + 1 - a))
        return false;
    m->a = a;
    m->b = k + 1;
    return true;
}

/*
 * A fire wished on a place where people are, the verb at i: "I hope the
 * shelter burns down", "hope the whole shelter burns with them inside",
 * "pray that house burns down with everyone in it". The place is the
 * verb's subject right before it (after "the", "that", "whole"), a wish
 * before it; a shelter or a house is where people sleep, any other place
 * needs people inside ("with them inside", "with everyone in it"). Not
 * negated ("I hope the shelter never burns"), not a question.
 */
static bool match_burned_wished(const struct screen_window *st, size_t len,
                                size_t i, struct match *m)
{
    static const char *const lived_in[] = {"shelter", "albergue", "house",
                                           "home",    "houses",   "shelters"};
    static const char *const people[] = {"them",   "everyone", "everybody",
                                         "people", "migrants", "kids",
                                         "all",    "families"};
    if (!tok_is(st, i, "burns") && !tok_is(st, i, "burn"))
        return false;
    size_t p = i - 1;
    if (i <= st->s + 1 || !(cls_at(st, p) & W_PROPERTY))
        return false;
    size_t j = p;
    while (
        j > st->s && i - j < 4 &&
        ((cls_at(st, j - 1) & (W_DET | W_WHOLE)) || tok_is(st, j - 1, "whole")))
        j--;
    if (j == st->s || !wish_at(st, j - 1, cls_at(st, j - 1)))
        return false;
    size_t e = i + 1;
    if (tok_is(st, e, "down"))
        e++;
    if (tok_is(st, e, "with") &&
        screen_tok_in(st->n, e + 1, people, NELEM(people)) &&
        (tok_is(st, e + 2, "inside") || tok_is(st, e + 2, "in")))
        e += 3;
    else if (!screen_tok_in(st->n, p, lived_in, NELEM(lived_in)))
        return false;
    if (screen_sentence_asks(st->n, st->text, len, i))
        return false;
    if (!match_from(st, j - 1, i, m))
        return false;
    m->b = e;
    return true;
}

/* After "line" at i, "them up" against a wall ("line them up against the
 * wall") or ending its clause as an order opening it ("traitors, line
 * them up."; not "we'll line them up for the photo", "line them up by
 * size"): the end of the match, or SIZE_MAX. */
static size_t lined_up_after(const struct screen_window *st, size_t i)
{
    static const char *const them[] = {"them", "em", "all", "those", "these"};
    if (!screen_tok_in(st->n, i + 1, them, NELEM(them)) ||
        !tok_is(st, i + 2, "up"))
        return SIZE_MAX;
    if (tok_is(st, i + 3, "against") &&
        (tok_is(st, i + 4, "the") || tok_is(st, i + 4, "a")) &&
        tok_is(st, i + 5, "wall"))
        return i + 6;
    bool opens = i == st->s || screen_window_clause_end(st, i - 1);
    return opens && screen_window_clause_end(st, i + 2) ? i + 3 : SIZE_MAX;
}

/*
 * A firing squad called for, the word at i: "había que formarlos contra
 * la pared", "deberían ponerlos en el paredón" (an infinitive with its
 * object: not "los formaron contra la pared", a report), "¡Al paredón!",
 * "al paredón con todos ellos" opening a sentence (not "lo llevaron al
 * paredón en 1915"), "line them up against the wall", "traitors, line
 * them up." Not negated, not a question.
 */
static bool match_wall(const struct screen_window *st, size_t len, size_t i,
                       struct match *m)
{
    size_t j = i, e = SIZE_MAX;
    if (tok_is(st, i, "paredon")) {
        if (i == st->s || !tok_is(st, i - 1, "al"))
            return false;
        j = i - 1;
        if (j > st->s && !tok_is(st, j - 1, "directo") &&
            !tok_is(st, j - 1, "todos"))
            return false;
        e = i + 1;
    } else if (tok_is(st, i + 1, "contra") &&
               (tok_is(st, i + 2, "la") || tok_is(st, i + 2, "una")) &&
               tok_is(st, i + 3, "pared")) {
        e = i + 4;
    } else if (tok_is(st, i, "line")) {
        e = lined_up_after(st, i);
        if (e == SIZE_MAX)
            return false;
    } else if ((tok_is(st, i + 1, "en") && tok_is(st, i + 2, "el") &&
                tok_is(st, i + 3, "paredon")) ||
               (tok_is(st, i + 1, "al") && tok_is(st, i + 2, "paredon"))) {
        e = tok_is(st, i + 1, "al") ? i + 3 : i + 4;
    } else {
        return false;
    }
    if (screen_sentence_asks(st->n, st->text, len, i) ||
        !match_from(st, j, i, m))
        return false;
    m->b = e;
    return true;
}

/*
 * A place wished set on fire with people inside, the verb at i: "hope
 * they torch the church during the funeral with all the mourners
 * inside", "I hope someone burns that shelter with them in it". A wish
 * and "they" or "someone" before the verb, "with" and "inside" (or "in
 * it") after it in the sentence. Not negated, not a question.
 */
static bool match_torched_with_inside(const struct screen_window *st,
                                      size_t len, size_t i, struct match *m)
{
    static const char *const who[] = {"they", "someone", "somebody", "cartel",
                                      "sicarios"};
    if (!tok_is(st, i, "torch") && !tok_is(st, i, "burn"))
        return false;
    size_t j = i;
    if (j > st->s && (tok_is(st, j - 1, "would") || tok_is(st, j - 1, "will")))
        j--;
    if (j <= st->s + 1 || !screen_tok_in(st->n, j - 1, who, NELEM(who)) ||
        !wish_at(st, j - 2, cls_at(st, j - 2)))
        return false;
    /* past the window's reach, to the sentence's end */
    static const char *const with[] = {"with"}, *const inside[] = {"inside"},
                             *const in[] = {"in"}, *const it[] = {"it"};
    const struct screen_norm *n = st->n;
    size_t e = SIZE_MAX, k_with = SIZE_MAX;
    for (size_t k = i + 1; k < n->ntok && k < i + 16 && e == SIZE_MAX; k++) {
        if (screen_sentence_break(st->text, &n->tok[k - 1], &n->tok[k]))
            break;
        if (screen_tok_in(n, k, with, 1))
            k_with = k;
        else if (k_with != SIZE_MAX && k - k_with < 6 &&
                 (screen_tok_in(n, k, inside, 1) ||
                  (screen_tok_in(n, k, in, 1) &&
                   screen_tok_in(n, k + 1, it, 1))))
            e = k + (screen_tok_in(n, k, in, 1) ? 2 : 1);
    }
    if (e == SIZE_MAX || screen_sentence_asks(st->n, st->text, len, i))
        return false;
    if (!match_from(st, j - 2, i, m))
        return false;
    m->b = e;
    return true;
}

/*
 * A disease wished on someone, the disease at i: "I hope you get cancer",
 * "pray he catches covid", "ojalá te dé cáncer", "que les dé sida". The
 * verb of catching stands right before it (or before an article or
 * "slow"), Spanish "dé" right after its object; a wish and a person
 * before that. Not with a negation ("I hope you never get cancer"), nor
 * care ("I hope she gets cancer treatment", "cancer-free").
 */
static bool match_disease(const struct screen_window *st, size_t i,
                          struct match *m)
{
    static const char *const care[] = {
        "screening", "test",     "tests",   "treatment",   "research",
        "survivor",  "free",     "check",   "checked",     "vaccine",
        "shot",      "coverage", "care",    "tratamiento", "prueba",
        "vacuna",    "seguro",   "benefits"};
    static const char *const filler[] = {"a",     "an",   "some", "un",
                                         "una",   "el",   "la",   "slow",
                                         "lento", "bone", "brain"};
    if (i < st->s + 2 || screen_tok_in(st->n, i + 1, care, NELEM(care)))
        return false;
    size_t v = i - 1;
    if (screen_tok_in(st->n, v, filler, NELEM(filler)))
        v--;
    if (v <= st->s || !(cls_at(st, v) & W_CATCH))
        return false;
    /* "de" and "da" are the verb only right after their object: "te dé" */
    if ((tok_is(st, v, "de") || tok_is(st, v, "da")) &&
        !(cls_at(st, v - 1) & W_CLITIC))
        return false;
    size_t w = v >= st->s + WISH_REACH ? v - WISH_REACH : st->s;
    bool person = false;
    for (size_t j = v; j-- > w;) {
        uint64_t k = cls_at(st, j);
        if (stops_reading(st, j, k))
            return false;
        person |= (k & (W_YOU | W_HIM | W_HE | W_PERSON | W_CLITIC)) != 0;
        if (wish_at(st, j, k) && person)
            return match_from(st, j, i, m);
    }
    return false;
}

/* Whether "for good", "forever", "permanently", "para siempre" or "de
 * una vez" stands within four words after the verb at i, past its
 * object: "silence him for good", "callarla para siempre", "hay que
 * callarla de una vez". */
static bool forever_after(const struct screen_window *st, size_t i)
{
    for (size_t j = i + 1; j < st->e && j <= i + 4; j++) {
        if (tok_is(st, j, "forever") || tok_is(st, j, "permanently") ||
            (tok_is(st, j, "good") && tok_is(st, j - 1, "for")) ||
            (tok_is(st, j, "siempre") && tok_is(st, j - 1, "para")) ||
            (tok_is(st, j, "vez") && tok_is(st, j - 1, "una") &&
             tok_is(st, j - 2, "de")))
            return true;
    }
    return false;
}

/* Where "over" stands after "run" at i, or 0: "run them over", "run
 * those marchers over" (an object of one or two words that names
 * someone), "run over them", "run over the protesters"; not "run it over
 * to the office", "run the numbers over", "I'll run you over to the
 * airport" (a lift). */
static size_t run_over_after(const struct screen_window *st, size_t i)
{
    static const char *const lift[] = {"to",  "there", "here",
                                       "for", "at",    "after"};
    size_t over = 0;
    if (tok_is(st, i + 1, "over")) {
        size_t k = i + 2;
        if (!someone_at(st, k) && (cls_at(st, k) & W_DET))
            k++;
        return someone_at(st, k) ? i + 1 : 0;
    }
    if (tok_is(st, i + 2, "over") &&
        (cls_at(st, i + 1) & (W_HIM | W_YOU | W_PERSON)))
        over = i + 2;
    else if (tok_is(st, i + 3, "over") && (cls_at(st, i + 1) & W_DET) &&
             (cls_at(st, i + 2) & W_PERSON))
        over = i + 3;
    if (over && screen_tok_in(st->n, over + 1, lift, NELEM(lift)))
        return 0;
    return over;
}

/* Where the vehicle thrown at someone after "echar" or "aventar" at i
 * stands, or 0: "echarles la camioneta", "que les echen la troca
 * encima". */
static size_t vehicle_after(const struct screen_window *st, size_t i)
{
    static const char *const car[] = {"camioneta", "troca",   "carro",
                                      "coche",     "camion",  "trailer",
                                      "auto",      "patrulla"};
    return (tok_is(st, i + 1, "la") || tok_is(st, i + 1, "el")) &&
                   screen_tok_in(st->n, i + 2, car, NELEM(car))
               ? i + 2
               : 0;
}

/* Whether token j is a place bodies are left: "a barrel", not "a
 * barrel of laughs", "el tambo de la ropa". */
static bool grave_at(const struct screen_window *st, size_t j)
{
    if (!(cls_at(st, j) & W_GRAVE))
        return false;
    if (!tok_is(st, j + 1, "of") && !tok_is(st, j + 1, "de") &&
        !tok_is(st, j + 1, "del"))
        return true;
    /* "a barrel of acid", "un tambo de acido" */
    return tok_is(st, j + 2, "acid") || tok_is(st, j + 2, "acido") ||
           tok_is(st, j + 2, "cal");
}

/* Whether the sentence's subject at j is "el que", "la que", "los que"
 * or "whoever" (Spanish "quien" at the start): anyone who does what
 * follows, a condition that makes a doom a threat ("el que declare
 * amanece encobijado"). */
static bool whoever_at(const struct screen_window *st, size_t j)
{
    if (tok_is(st, j, "whoever"))
        return true;
    if (tok_is(st, j, "quien"))
        return j == st->s && !st->open_start;
    return (tok_is(st, j, "el") || tok_is(st, j, "la") ||
            tok_is(st, j, "los") || tok_is(st, j, "las")) &&
           tok_is(st, j + 1, "que");
}

/* Where someone will end: said to "you" ("you'll end up in a bag", "vas
 * a acabar en una fosa", "terminas en la cajuela"), foretold of a person
 * ("ese soplón va a amanecer en una hielera", "the snitch will end up in
 * a ditch"), or of whoever does something ("el que filtró los nombres
 * amanece encobijado"). A report says it in the past ("apareció en una
 * fosa", "ended up in a ditch"), which no word here is, or as what
 * someone is ("los que se salen son los que terminan en las fosas"). */
static bool match_end(const struct screen_window *st, size_t i, struct match *m)
{
    size_t grave = SIZE_MAX;
    for (size_t j = i + 1; j < i + 5 && j < st->e && grave == SIZE_MAX; j++)
        if (grave_at(st, j))
            grave = j;
    if (grave == SIZE_MAX)
        return false;
    size_t w = i >= st->s + INTENT_REACH ? i - INTENT_REACH : st->s;
    bool you = tok_is(st, i, "acabas") || tok_is(st, i, "terminas");
    bool person = false, future = false, whoever = false;
    /* "el que filtró los nombres de los testigos va a terminar...": the
     * relative may stand further back than an intent */
    for (size_t j = i >= st->s + READ_BACK ? i - READ_BACK : st->s; j < w; j++)
        whoever |= whoever_at(st, j);
    for (size_t j = w; j < i; j++) {
        if (whoever_at(st, j)) {
            whoever = true;
            continue;
        }
        if ((cls_at(st, j) & W_NEG) && !(j > w && whoever_at(st, j - 1)))
            return false;
        you |= (cls_at(st, j) & W_YOU) != 0;
        person |= (cls_at(st, j) & W_PERSON) != 0;
        future |= person && (cls_at(st, j) & W_FUT) != 0;
    }
    /* "los que se quieren salir son los que terminan en las fosas": who
     * ends there, told as a fact after "son" / "are", is a report */
    for (size_t j = w; whoever && j < i; j++)
        if ((tok_is(st, j, "son") || tok_is(st, j, "es") ||
             tok_is(st, j, "are")) &&
            (whoever_at(st, j + 1) ||
             (tok_is(st, j + 1, "the") && tok_is(st, j + 2, "ones"))))
            whoever = false;
    if (!you && !(person && future) && !whoever)
        return false;
    m->a = i;
    m->b = grave + 1;
    return true;
}

/* Whether the clause ends after token i: the sentence ends, or a comma,
 * colon or semicolon follows, or a word said to someone ("periodista"). */
static bool clause_ends_at(const struct screen_window *st, size_t i)
{
    if (i + 1 >= st->e)
        return true;
    if (cls_at(st, i + 1) & W_PERSON)
        return true;
    const struct screen_tok *a = &st->n->tok[i], *b = &st->n->tok[i + 1];
    for (size_t q = (size_t)a->orig_off + a->orig_len; q < b->orig_off; q++)
        if (st->text[q] == ',' || st->text[q] == ';' || st->text[q] == ':')
            return true;
    return false;
}

/* "that reporter is already dead, he just doesn't know it", "ese
 * periodista ya esta muerto, nomas no lo sabe": a person and "dead" at i,
 * then not knowing it. */
static bool dead_unaware(const struct screen_window *st, size_t i,
                         struct match *m)
{
    if (!tok_is(st, i, "dead") && !tok_is(st, i, "muerto") &&
        !tok_is(st, i, "muerta"))
        return false;
    bool person = false;
    for (size_t j = i > st->s + 4 ? i - 4 : st->s; j < i; j++)
        person |= (cls_at(st, j) & W_HE) ||
                  ((cls_at(st, j) & W_PERSON) && !(cls_at(st, j) & W_DET));
    /* "already dead", "ya esta muerto": not "politically dead"; then the
     * same person ("he", "nomas no lo sabe"), not "dead inside", "dead
     * tired", "muerto de cansancio", "and the kids don't know" */
    static const char *const then[] = {"he",    "she",  "hes",  "shes", "and",
                                       "but",   "just", "y",    "pero", "nomas",
                                       "namas", "solo", "only", "no",   "nada"};
    bool already = (i > st->s && (tok_is(st, i - 1, "already") ||
                                  tok_is(st, i - 1, "ya"))) ||
                   (i > st->s + 1 && tok_is(st, i - 2, "ya") &&
                    (tok_is(st, i - 1, "esta") || tok_is(st, i - 1, "estas")));
    bool same = false;
    for (size_t k = 0; k < sizeof(then) / sizeof(*then); k++)
        same |= tok_is(st, i + 1, then[k]);
    if (!person || !already || !same)
        return false;
    for (size_t j = i + 2; j < i + 8 && j < st->e; j++) {
        if (cls_at(st, j) & W_PERSON)
            return false;
        if (!tok_is(st, j, "know") && !tok_is(st, j, "knows") &&
            !tok_is(st, j, "sabe"))
            continue;
        if (!negated(st, j > i + 4 ? j - 3 : i + 1, j))
            return false;
        m->a = i;
        m->b = j + 1;
        return true;
    }
    return false;
}

/* "you won't make it home alive", "no regresas vivo", "no vas a salir
 * vivo": "you" (or a Spanish verb of "you"), a negation and a verb of
 * getting somewhere before "alive" at i. */
static bool match_alive(const struct screen_window *st, size_t i,
                        struct match *m)
{
    static const char *const go[] = {"make",   "get",   "come",     "leave",
                                     "walk",   "salir", "regresar", "volver",
                                     "llegar", "sales", "regresas", "vuelves",
                                     "llegas", "sale"};
    /* a report, a past: "mi mama dice que no regresas vivo", "you
     * didn't make it home alive?" */
    static const char *const not_so[] = {"dice", "dijo", "says", "said",
                                         "didnt"};
    size_t w = i >= st->s + 6 ? i - 6 : st->s;
    size_t you = SIZE_MAX, neg = SIZE_MAX;
    bool moves = false;
    for (size_t j = st->s; j < i; j++) {
        for (size_t k = 0; k < sizeof(not_so) / sizeof(*not_so); k++)
            if (tok_is(st, j, not_so[k]))
                return false;
        if (j < w)
            continue;
        uint64_t k = cls_at(st, j);
        /* the last "you": "si vas a la audiencia no regresas vivo" */
        if ((k & (W_YOU_DO | W_YOU_ARE)) || ((k & W_YOU) && !(k & W_DET)))
            you = j;
        if (neg == SIZE_MAX && (k & W_NEG))
            neg = j;
        for (size_t g = 0; g < sizeof(go) / sizeof(*go); g++)
            moves |= tok_is(st, j, go[g]);
    }
    /* the clause ends there: not "alive after this pozole", "vivo de la
     * boda", "vivo a la quincena", "vivo jaja" */
    if (you == SIZE_MAX || neg == SIZE_MAX || !moves || !clause_ends_at(st, i))
        return false;
    /* a condition: "if you don't get out alive", "si no sales vivo" */
    size_t first = you < neg ? you : neg;
    if (first > st->s &&
        (tok_is(st, first - 1, "if") || tok_is(st, first - 1, "si") ||
         tok_is(st, first - 1, "when") || tok_is(st, first - 1, "cuando")))
        return false;
    m->a = first;
    m->b = i + 1;
    return true;
}

/*
 * Someone wished seen dead, the state at i: "I want to see him dead", "I
 * would love to see that governor hanging from a bridge", "quiero verlo
 * muerto", "me gustaría ver a ese colgado". A wish ("want", "love",
 * "quiero", "ojalá") at most three words before "see" or "ver", someone
 * between them and the state (not "to see the dead honoured", "hanging
 * out", the killers cursed: "I want to see the killers hanged"). Not
 * negated, not a question.
 */
static bool match_seen_dead(const struct screen_window *st, size_t len,
                            size_t i, struct match *m)
{
    static const char *const see[] = {"see",    "ver",    "verlo", "verla",
                                      "verlos", "verlas", "watch"};
    static const char *const want[] = {
        "want",     "wanna",      "love",     "like",  "hope",
        "quiero",   "quisiera",   "gustaria", "ojala", "deseo",
        "queremos", "encantaria", "quieren"};
    if (tok_is(st, i + 1, "out") || tok_is(st, i + 1, "around"))
        return false;
    size_t v = SIZE_MAX;
    for (size_t k = i; k > st->s && i - k < 6 && v == SIZE_MAX; k--)
        if (screen_tok_in(st->n, k - 1, see, NELEM(see)))
            v = k - 1;
    if (v == SIZE_MAX)
        return false;
    /* the one seen right before the state, past "all", "get", "being"
     * (not "the mayor's portrait hanging", "a fly getting burned") */
    static const char *const by[] = {"all",   "todos", "todas",   "get",
                                     "being", "ser",   "getting", "be"};
    size_t p = i;
    while (p > v + 1 && screen_tok_in(st->n, p - 1, by, NELEM(by)))
        p--;
    bool someone = p == v + 1
                       ? tok_is(st, v, "verlo") || tok_is(st, v, "verla") ||
                             tok_is(st, v, "verlos") || tok_is(st, v, "verlas")
                       : (cls_at(st, p - 1) & (W_HIM | W_PERSON | W_YOU)) != 0;
    for (size_t k = v + 1; k < i; k++)
        if (screen_tok_in(st->n, k, culprits, NELEM(culprits)))
            return false;
    if (!someone)
        return false;
    size_t w = SIZE_MAX;
    for (size_t k = v; k > st->s && v - k < 3 && w == SIZE_MAX; k--)
        if (screen_tok_in(st->n, k - 1, want, NELEM(want)))
            w = k - 1;
    if (w == SIZE_MAX || screen_sentence_asks(st->n, st->text, len, i))
        return false;
    if (!match_from(st, w, i, m))
        return false;
    return true;
}

/* "I hope the brother is next", "ojalá la amiga sea la siguiente": a
 * third person wished next, "next" at i ending its clause, j after the
 * verb. */
static bool hoped_next(const struct screen_window *st, size_t j, size_t i,
                       struct match *m)
{
    static const char *const is[] = {"is", "hes", "shes", "es", "sea"};
    static const char *const hope[] = {"hope", "ojala", "espero"};
    if (!tok_is(st, i, "next") && !tok_is(st, i, "siguiente"))
        return false;
    if (!screen_window_in(st, j - 1, is, NELEM(is)) ||
        !screen_window_clause_end(st, i))
        return false;
    for (size_t k = j - 1; k > st->s && j - 1 - k < 6;) {
        k--;
        if (screen_window_in(st, k, hope, NELEM(hope))) {
            if (negated_before(st, k))
                return false;
            m->a = k;
            m->b = i + 1;
            return true;
        }
    }
    return false;
}

/* "you're dead", "ya estas muerto", "eres el siguiente", "you're next";
 * not "you're dead wrong", "estas muerta de cansancio", "you're next in
 * line". */
static bool match_dead(const struct screen_window *st, size_t i,
                       struct match *m)
{
    size_t j = i;
    while (j > st->s && j + 3 > i &&
           (tok_is(st, j - 1, "a") || tok_is(st, j - 1, "already") ||
            tok_is(st, j - 1, "ya") || tok_is(st, j - 1, "el") ||
            tok_is(st, j - 1, "la") || tok_is(st, j - 1, "are") ||
            tok_is(st, j - 1, "r") || tok_is(st, j - 1, "so")))
        j--;
    if (j == st->s)
        return false;
    bool you = (cls_at(st, j - 1) & W_YOU_ARE) ||
               ((tok_is(st, j - 1, "you") || tok_is(st, j - 1, "u")) &&
                (tok_is(st, j, "are") || tok_is(st, j, "r")));
    if (!you && hoped_next(st, j, i, m))
        return true;
    if (!you)
        return dead_unaware(st, i, m);
    if (negated_before(st, j - 1))
        return false;
    /* "sleep when you are dead" */
    size_t subj = j - 1;
    if (subj > st->s &&
        (tok_is(st, subj - 1, "when") || tok_is(st, subj - 1, "if") ||
         tok_is(st, subj - 1, "cuando") || tok_is(st, subj - 1, "si")))
        return false;
    static const char *const not_after[] = {
        "wrong", "right", "serious", "tired", "on",   "set", "de",
        "in",    "to",    "for",     "door",  "week", "en"};
    for (size_t k = 0; k < sizeof(not_after) / sizeof(*not_after); k++)
        if (tok_is(st, i + 1, not_after[k]))
            return false;
    m->a = j - 1;
    m->b = i + 1;
    return true;
}

/* "we're coming for you", "vamos por ti", "van por tu familia". */
static bool match_come(const struct screen_window *st, size_t i, uint64_t c,
                       struct match *m)
{
    size_t j = i + 1;
    if (tok_is(st, j, "a") && tok_is(st, j + 1, "ir"))
        j += 2;
    if (!(cls_at(st, j) & W_FOR)) /* for, por, x */
        return false;
    if (!(cls_at(st, j + 1) & W_YOU))
        return false;
    if (!(c & W_WE) && !tok_is(st, i, "van") && !subject_we(st, i) &&
        !(i > st->s && (cls_at(st, i - 1) & W_HE)))
        return false;
    if (negated(st, i >= st->s + 3 ? i - 3 : st->s, i))
        return false;
    m->a = i;
    m->b = j + 2;
    return true;
}

/* Whether the words near token i of class c could make a match at all:
 * common words ("vamos", "dar", "next", "end") start a window only with
 * what their rule needs near them, sentence ends or not. */
static bool may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    const struct screen_wordclasses *t = &threat_words;
    if (c & (W_HARM | W_VEILED | W_ACT | W_FIRST | W_DIE | W_PART | W_ACT1))
        return true;
    if ((c & W_DAR) && screen_wc_near(t, n, i, 0, 2, W_KILLNOUN))
        return true;
    if ((c & W_PUT) && screen_wc_near(t, n, i, 0, 6, W_GRAVE))
        return true;
    if (c & (W_ALIVE | W_DIE_IF))
        return true;
    if ((c & W_DISEASE) && screen_wc_near(t, n, i, 2, 0, W_CATCH))
        return true;
    if (c & (W_SILENCE | W_DONE | W_SLOGAN | W_SLOGAN_GLUED | W_DOSE | W_WALL))
        return true;
    if ((c & W_WEAK) && screen_wc_near(t, n, i, 0, 8, W_MANNER))
        return true;
    if ((c & W_COME) && screen_wc_near(t, n, i, 0, 3, W_FOR))
        return true;
    if ((c & W_END) && screen_wc_near(t, n, i, 0, 4, W_GRAVE))
        return true;
    static const char *const fire[] = {"fire", "fuego"};
    if ((c & W_OPEN) && screen_tok_in(n, i + 1, fire, 2))
        return true;
    static const char *const ammo[] = {"live", "real", "balas", "fuego"};
    if ((c & W_USE) && screen_tok_in(n, i + 1, ammo, 4))
        return true;
    static const char *const over[] = {"over"};
    if ((c & W_RUN) &&
        (screen_tok_in(n, i + 1, over, 1) || screen_tok_in(n, i + 2, over, 1) ||
         screen_tok_in(n, i + 3, over, 1) || ((c & W_ES) && i + 2 < n->ntok)))
        return true;
    if (!(c & W_DEAD))
        return false;
    if (screen_wc_near(t, n, i, 5, 0, W_YOU_ARE | W_YOU | W_PERSON | W_HIM))
        return true;
    /* "quiero verlo muerto" */
    static const char *const see_him[] = {"verlo", "verla", "verlos", "verlas"};
    return (i >= 1 && screen_tok_in(n, i - 1, see_him, 4)) ||
           (i >= 2 && screen_tok_in(n, i - 2, see_him, 4));
}

static const struct screen_wordclasses *threat_table(void)
{
    pthread_once(&tw_once, tw_build);
    return &threat_words;
}

/* Whether a match on a whole place, tokens [a, b), is asked or told as
 * what someone else says: "should they bomb the whole town then?", "my
 * uncle keeps saying the army should bomb the entire sierra", "nadie
 * diría que hay que gasear todo el pueblo". */
static bool whole_place_told(const struct screen_window *st, size_t len,
                             size_t a, size_t b)
{
    bool place = false;
    for (size_t j = a; j < b && !place; j++)
        place = (cls_at(st, j) & W_PLACE) != 0;
    if (!place)
        return false;
    if (screen_sentence_asks(st->n, st->text, len, a))
        return true;
    static const char *const say[] = {"say",  "says",  "saying", "said",
                                      "dice", "dicen", "diria",  "decia",
                                      "dijo", "would"};
    for (size_t j = st->s; j < a; j++)
        if (screen_tok_in(st->n, j, say, sizeof(say) / sizeof(*say)))
            return true;
    return false;
}

/* Whether a threat, tokens [a, b), is a call told as what someone else
 * says and answered against: "usted dice que hay que matarlos a todos
 * pero así no se arregla nada", "los que dicen que hay que matar a todos
 * tampoco ayudan" (a word of saying just before it, not the writer's
 * own, and "pero", "tampoco", "eso no", "that's not" after it), or asked
 * and answered no: "Shoot them all? No. Arrest them." ("dicen que hay
 * que matarlos a todos y tienen razón" is still held). */
bool screen_call_told_against(const struct screen_norm *n, const char *text,
                              size_t len, size_t a, size_t b)
{
    static const char *const say[] = {
        "dice",   "dicen", "dices", "dijo",  "dijeron", "decia",  "decian",
        "pide",   "piden", "says",  "say",   "said",    "saying", "claims",
        "thinks", "think", "cree",  "creen", "piensa",  "piensan"};
    static const char *const self[] = {"i", "yo", "we", "nosotros"};
    static const char *const against[] = {"pero",    "but",   "tampoco",
                                          "neither", "wrong", "isnt"};
    static const char *const that[] = {"eso",  "asi", "thats",
                                       "that", "es",  "is"};
    static const char *const no[] = {"no", "not", "nope"};
    size_t s = a; /* the sentence's first token */
    while (s > 0 && !screen_sentence_break(text, &n->tok[s - 1], &n->tok[s]))
        s--;
    /* back over "que" and the object: "dice que los maten" */
    static const char *const object[] = {"que", "los", "las", "lo", "la",
                                         "le",  "les", "te",  "me"};
    size_t k = a;
    while (k > s && a - k < 3 &&
           screen_tok_in(n, k - 1, object, SCREEN_NWORDS(object)))
        k--;
    bool told =
        k > s && screen_tok_in(n, k - 1, say, SCREEN_NWORDS(say)) &&
        !(k >= s + 2 && screen_tok_in(n, k - 2, self, SCREEN_NWORDS(self)));
    if (!told) {
        /* asked, and the next sentence opens with "no" */
        if (b >= n->ntok || !screen_sentence_asks(n, text, len, a))
            return false;
        size_t j = b;
        while (j < n->ntok &&
               !screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            j++;
        return j < n->ntok && screen_tok_in(n, j, no, SCREEN_NWORDS(no));
    }
    for (size_t j = b; j < n->ntok && j < b + 12; j++)
        if (screen_tok_in(n, j, against, SCREEN_NWORDS(against)) ||
            (screen_tok_in(n, j, that, SCREEN_NWORDS(that)) &&
             screen_tok_in(n, j + 1, no, SCREEN_NWORDS(no))))
            return true;
    return false;
}

/* Whether the verb at i is one of finding, wished for someone missing:
 * "I hope they find you soon", "ojalá te encuentren pronto", "ojala te
 * encuentren con vida", "hope they find you safe" (a way of being found
 * within four words after the verb, a wish before it). Under a missing
 * person's notice these are prayers; "ojalá te encuentren" alone, and "we
 * will find you soon", are still menace. */
static bool found_well(const struct screen_window *st, size_t i)
{
    static const char *const find[] = {"find",      "finds",      "encuentren",
                                       "encuentre", "encuentran", "hallen",
                                       "halle"};
    static const char *const well[] = {
        "soon", "safe", "alive", "safely", "pronto", "prontito",
        "sano", "sana", "sanos", "sanas",  "salvo",  "salva",
        "vivo", "viva", "vivos", "vivas",  "vida"};
    if (!screen_tok_in(st->n, i, find, sizeof(find) / sizeof(*find)) ||
        i == st->s ||
        screen_window_find(st, st->s, i - st->s, W_WISH) == SIZE_MAX)
        return false; /* a wish only: not "we will find you soon" */
    for (size_t j = i + 1; j < st->e && j <= i + 4; j++)
        if (screen_tok_in(st->n, j, well, sizeof(well) / sizeof(*well)))
            return true;
    return false;
}

/* Whether a bombing at i is of words: "vamos a bombardear a la fiscalía
 * con correos", "bomb the governor with emails" ("with" or "con" and
 * something written or said within six words after the verb). */
static bool bombed_with_words(const struct screen_window *st, size_t i)
{
    static const char *const bomb[] = {"bombardear", "bombardeen", "bomb",
                                       "bombard", "bombardeemos"};
    static const char *const words[] = {
        "correos",  "emails",     "mails",     "mensajes",    "messages",
        "llamadas", "calls",      "cartas",    "letters",     "tuits",
        "tweets",   "preguntas",  "questions", "quejas",      "complaints",
        "firmas",   "signatures", "memes",     "comentarios", "comments"};
    if (!screen_tok_in(st->n, i, bomb, NELEM(bomb)))
        return false;
    for (size_t j = i + 1; j + 1 < st->e && j <= i + 6; j++)
        if ((tok_is(st, j, "con") || tok_is(st, j, "with")) &&
            screen_tok_in(st->n, j + 1, words, NELEM(words)))
            return true;
    return false;
}

/* Whether a shot at i goes at a goal: "ojalá le dispare al arco", "que
 * le disparen a gol", "a puerta", "a la portería" (football, not "en la
 * puerta de su casa"). */
static bool at_goal_after(const struct screen_window *st, size_t i)
{
    static const char *const goal[] = {"arco",  "gol",     "porteria",
                                       "marco", "canasta", "puerta"};
    for (size_t j = i + 1; j < st->e && j <= i + 3; j++)
        if (screen_tok_in(st->n, j, goal, NELEM(goal)) &&
            (tok_is(st, j - 1, "a") || tok_is(st, j - 1, "al") ||
             (tok_is(st, j - 1, "la") && tok_is(st, j - 2, "a"))))
            return true;
    return false;
}

/* The threat that starts at token i (its word passed the filter):
 * SCREEN_THREAT and its tokens in *out, or -1. */
static int threat_at(const struct screen_norm *n, const char *text, size_t len,
                     size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&threat_words, n->tok[i].hash);
    if (!(c & W_START) || !may_match(n, i, c))
        return -1;
    struct screen_window st = {n, text, &threat_words, 0, 0, false};
    screen_window_at(&st, i, READ_BACK, READ_AHEAD);
    size_t s = st.s, e = st.e;
    /* "dar piso", "hacer pedazos": a violent verb with its noun */
    if (c & (W_DAR | W_PUT)) {
        bool noun = (c & W_DAR) && killnoun_after(&st, i);
        /* "put you in a barrel", "te vamos a meter en un tambo", "send
         * them all back in body bags" */
        bool grave = false;
        bool send = tok_is(&st, i, "send"); /* only in body bags */
        for (size_t j = i + 1; (c & W_PUT) && j < i + 7 && j < e; j++)
            grave |= grave_at(&st, j) && (!send || tok_is(&st, j - 1, "body"));
        /* Spanish: sent into it, not "te voy a mandar la foto del panteón" */
        if (grave && (c & W_ES))
            grave = grave_sent_to(&st, i) != 0;
        if (!noun && !grave)
            return -1;
        if (!(c & (W_FIRST | W_ACT | W_ACT1)))
            c |= W_HARM;
    }
    /* "beat him to death", "agarrar a machetazos" */
    if (c & W_WEAK) {
        bool manner = false;
        for (size_t j = i + 1; j < i + 9 && j < e; j++)
            manner |= (cls_at(&st, j) & W_MANNER) != 0;
        if (!manner)
            return -1;
        if (!(c & (W_ACT | W_ACT1)))
            c |= W_HARM;
    }
    /* "open fire on them", "abran fuego contra ellos": shooting */
    if (c & W_OPEN) {
        if (!fire_on_at(&st, i + 1))
            return -1;
        c |= tok_is(&st, i, "abran") ? W_ACT : W_HARM;
    }
    /* "use live rounds on them": shooting */
    if (c & W_USE) {
        if (!live_rounds_after(&st, i) || screen_sentence_asks(n, text, len, i))
            return -1;
        c |= tok_is(&st, i, "usen") ? W_ACT : W_HARM;
    }
    /* "run them over", "echarles la camioneta": a killing with a car */
    size_t over = 0;
    if (c & W_RUN) {
        over = (c & W_ES) ? vehicle_after(&st, i) : run_over_after(&st, i);
        if (!over)
            return -1;
        if (!(c & W_ACT))
            c |= W_HARM;
    }
    /* "callarla para siempre", "silence him for good", "shut her up
     * forever": silenced for good, a killing */
    if (c & W_SILENCE) {
        if (!forever_after(&st, i))
            return -1;
        c |= W_HARM;
    }
    struct match m;
    bool hit = false;
    if (c & (W_HARM | W_VEILED))
        hit = match_verb(&st, i, c, &m);
    if (!hit && (c & W_ACT))
        hit = match_act(&st, i, c, &m);
    if (!hit && (c & W_ACT1))
        hit = match_act1(&st, i, c, &m);
    if (!hit && (c & W_FIRST))
        hit = match_first(&st, i, c, &m);
    if (!hit && (c & (W_DIE | W_PART)))
        hit = match_death(&st, len, i, c, &m);
    if (!hit && (c & W_COME))
        hit = match_come(&st, i, c, &m);
    if (!hit && (c & W_END))
        hit = match_end(&st, i, &m);
    if (!hit && (c & W_DEAD))
        hit = match_dead(&st, i, &m);
    if (!hit && (c & (W_DEAD | W_PART)))
        hit = match_seen_dead(&st, len, i, &m);
    if (!hit && (c & W_ALIVE))
        hit = match_alive(&st, i, &m);
    if (!hit && (c & W_DIE_IF))
        hit = match_die_if(&st, i, &m);
    if (!hit && (c & W_DISEASE))
        hit = match_disease(&st, i, &m);
    if (!hit && (c & W_WALL))
        hit = match_wall(&st, len, i, &m);
    if (!hit && (c & W_ARSON))
        hit = match_burned_wished(&st, len, i, &m) ||
              match_torched_with_inside(&st, len, i, &m);
    if (!hit && (c & (W_PART | W_DONE)))
        hit = match_should_have(&st, len, i, &m);
    if (!hit && (c & (W_SLOGAN | W_SLOGAN_GLUED)))
        hit = match_slogan(&st, len, i, c, &m);
    if (!hit && (c & W_DOSE))
        hit = match_dose(&st, len, i, &m);
    if (!hit || found_well(&st, i) || at_goal_after(&st, i) ||
        bombed_with_words(&st, i))
        return -1;
    /* "kill him, he's just the first boss in the game" (asked last, of a
     * match: most windows hold none) */
    for (size_t j = s; j < e; j++)
        if (cls_at(&st, j) & W_GAME)
            return -1;
    if (m.b <= over) /* the highlight takes in "over" */
        m.b = over + 1;
    if (m.b > e)
        m.b = e;
    if (whole_place_told(&st, len, m.a, m.b) ||
        screen_call_told_against(st.n, st.text, len, m.a, m.b))
        return -1;
    out->tok = (uint32_t)m.a;
    out->ntok = (uint32_t)(m.b - m.a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_threat_grammar = {threat_table, threat_at};
