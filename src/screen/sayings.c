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
 * viviendo por la colonia Centro?"), and so do a quotation and a saying
 * negated right before it ("Don't stop asking questions."). A grammar
 * of the one pass (grammars.c); a rule only, not a model feature.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"

enum {
    SY_AT = 1u << 0,        /* the word a saying is found by */
    SY_WARM = 1u << 1,      /* thanks, gracias, love, abrazos */
    SY_NOTICE = 1u << 2,    /* manta, mensaje, banner, message, aviso */
    SY_HARMED = 1u << 3,    /* quemaron, burned, balacearon, shot, fire */
    SY_COVER = 1u << 4,     /* covers, cubre: insurance that pays */
    SY_GONE = 1u << 5,      /* desaparecieran, vayan, sin, leave, fit */
    SY_SAFE = 1u << 6,      /* proteccion, protection, protegidos */
    SY_HOPE = 1u << 7,      /* hope, ojala, espero */
    SY_ENGINE = 1u << 8,    /* generator, carro, moto: fuel for an engine */
    SY_ALL = 1u << 9,       /* everyone, everybody, todos */
    SY_ENJOY = 1u << 10,    /* enjoy, enjoys, disfrute, disfruta */
    SY_SPEAK = 1u << 11,    /* hablar, entrevistas, denunciar: speaking out */
    SY_CALM = 1u << 12,     /* calm, quiet, tranquilo, tranquila */
    SY_LIST = 1u << 13,     /* list, lista: names kept */
    SY_WHOEVER = 1u << 14,  /* whoever, anyone, anybody */
    SY_CRY = 1u << 15,      /* llorando, lloraron, crying, cried */
    SY_HEAT = 1u << 16,     /* heat, plaza: a territory heated up */
    SY_NEXT = 1u << 17,     /* siguiente, proximo, next: the next one */
    SY_REST = 1u << 18,     /* faltan, siguen: the others still to go */
    SY_FEE = 1u << 19,      /* piso, cuota, quota: a fee for living */
    SY_FRIENDS = 1u << 20,  /* amigos, compas: who will visit */
    SY_GOD = 1u << 21,      /* dios, god: "que Dios los cuide" */
    SY_US = 1u << 22,       /* nos, us: the writer's own plea */
    SY_GRAVE = 1u << 23,    /* hole, fosa, crematorio: where bodies go */
    SY_PRAY = 1u << 24,     /* prayers, blessings, oraciones */
    SY_WARN = 1u << 25,     /* locked, careful, cuidado, lastima: a warning */
    SY_THING = 1u << 26,    /* perro, carro, falla: something found, no one */
    SY_TALK = 1u << 27,     /* talk, journalists, reporters: who talked */
    SY_FAREWELL = 1u << 28, /* retirement, congratulations: a send-off */
    SY_RANSOM = 1u << 29,   /* paguen, rescate: a ransom */
    SY_WALK = 1ull << 32,   /* caminan, fijen: watch where you walk */
    SY_SHARED = 1ull << 33, /* compartimos, mandamos: we passed it on */
};

static const struct screen_wc_word sy_words[] = {
    {"viviendo", SY_AT},
    {"avisaron", SY_AT},
    {"avisamos", SY_AT},
    {"avise", SY_AT},
    {"panteon", SY_AT},
    {"cementerio", SY_AT},
    {"cemetery", SY_AT},
    {"grave", SY_AT | SY_GRAVE},
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
    {"thank", SY_AT | SY_WARM},
    {"love", SY_WARM},
    {"loves", SY_WARM},
    {"miss", SY_AT | SY_WARM},
    {"proud", SY_WARM},
    {"gracias", SY_WARM},
    {"besos", SY_WARM},
    {"abrazo", SY_WARM},
    {"abrazos", SY_WARM},
    {"\xe2\x9d\xa4", SY_WARM}, /* U+2764 HEAVY BLACK HEART */
    {"manta", SY_NOTICE},
    {"mantas", SY_NOTICE},
    {"banner", SY_NOTICE},
    {"aviso", SY_AT | SY_NOTICE},
    {"warning", SY_AT | SY_NOTICE},
    {"quemaron", SY_AT | SY_HARMED},
    {"quemado", SY_HARMED},
    {"quemada", SY_HARMED},
    {"balacearon", SY_AT | SY_HARMED},
    {"burned", SY_HARMED},
    {"burnt", SY_HARMED},
    {"torched", SY_HARMED},
    {"shot", SY_AT | SY_HARMED},
    {"fire", SY_HARMED},
    {"fuego", SY_AT | SY_HARMED},
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
    {"leave", SY_AT | SY_GONE},
    {"gone", SY_GONE},
    {"fit", SY_GONE},
    {"proteccion", SY_SAFE},
    {"protection", SY_SAFE},
    {"protegidos", SY_SAFE},
    {"protected", SY_AT | SY_SAFE},
    {"hope", SY_HOPE},
    {"hopefully", SY_HOPE},
    {"ojala", SY_HOPE},
    {"espero", SY_HOPE},
    {"esperemos", SY_HOPE},
    {"generator", SY_ENGINE},
    {"generador", SY_ENGINE},
    {"generadores", SY_ENGINE},
    {"planta", SY_ENGINE},
    {"car", SY_AT | SY_ENGINE},
    {"carro", SY_ENGINE | SY_THING},
    {"coche", SY_ENGINE},
    {"moto", SY_ENGINE},
    {"tank", SY_ENGINE},
    {"tanque", SY_ENGINE},
    {"truck", SY_ENGINE},
    {"camioneta", SY_ENGINE | SY_THING},
    {"everyone", SY_ALL},
    {"everybody", SY_ALL},
    {"enjoy", SY_ENJOY},
    {"enjoys", SY_ENJOY},
    {"disfrute", SY_ENJOY},
    {"disfruta", SY_ENJOY},
    {"disfruten", SY_ENJOY},
    {"entrevistas", SY_SPEAK},
    {"hablar", SY_AT | SY_SPEAK},
    {"hablando", SY_SPEAK},
    {"declarar", SY_SPEAK},
    {"publicar", SY_AT | SY_SPEAK},
    {"denunciar", SY_SPEAK},
    {"calm", SY_CALM},
    {"quiet", SY_AT | SY_CALM},
    {"peaceful", SY_CALM},
    {"tranquilo", SY_CALM},
    {"tranquila", SY_AT | SY_CALM},
    {"tranquilos", SY_AT | SY_CALM},
    {"calmada", SY_CALM},
    {"calmado", SY_CALM},
    {"can", SY_AT},
    {"puedas", SY_AT},
    {"pueda", SY_AT},
    {"puedan", SY_AT},
    {"before", SY_AT},
    {"antes", SY_AT},
    {"sugerencia", SY_AT},
    {"suggestion", SY_AT},
    {"comments", SY_AT},
    {"seguir", SY_AT},
    {"breathing", SY_AT},
    {"living", SY_AT},
    {"alive", SY_AT},
    {"understanding", SY_AT},
    {"advertencia", SY_AT},
    {"polite", SY_AT},
    {"gentle", SY_AT},
    {"leemos", SY_AT},
    {"respirando", SY_AT},
    {"ip", SY_AT},
    {"paciente", SY_AT},
    {"lastimado", SY_AT},
    {"lastimada", SY_AT},
    {"herido", SY_AT},
    {"bad", SY_AT},
    {"cooperates", SY_AT},
    {"cooperate", SY_AT},
    {"cooperen", SY_AT},
    {"coopere", SY_AT},
    {"regards", SY_AT},
    {"yourselves", SY_AT},
    {"burns", SY_AT},
    {"quema", SY_AT},
    {"full", SY_AT},
    {"whole", SY_AT},
    {"igual", SY_AT},
    {"like", SY_AT},
    {"list", SY_AT | SY_LIST},
    {"lista", SY_AT | SY_LIST},
    {"whoever", SY_WHOEVER},
    {"anyone", SY_WHOEVER},
    {"anybody", SY_WHOEVER},
    {"llorando", SY_CRY},
    {"lloraron", SY_CRY},
    {"llora", SY_CRY},
    {"lloran", SY_CRY},
    {"chillando", SY_CRY},
    {"crying", SY_CRY},
    {"heat", SY_HEAT},
    {"heats", SY_HEAT},
    {"plaza", SY_AT | SY_HEAT},
    {"siguiente", SY_AT | SY_NEXT},
    {"proximo", SY_AT | SY_NEXT},
    {"next", SY_AT | SY_NEXT},
    {"faltan", SY_REST},
    {"piso", SY_AT | SY_FEE},
    {"pagan", SY_AT | SY_FEE},
    {"amigos", SY_AT | SY_FRIENDS},
    {"compas", SY_FRIENDS},
    {"muchachos", SY_AT | SY_FRIENDS},
    {"cuota", SY_AT | SY_FEE},
    {"quota", SY_FEE},
    {"siguen", SY_REST},
    {"contados", SY_AT},
    {"suyo", SY_AT},
    {"tuyo", SY_AT},
    {"yours", SY_AT},
    {"duele", SY_AT},
    {"duelen", SY_AT},
    {"sorprendan", SY_AT},
    {"sorprenda", SY_AT},
    {"caemos", SY_AT},
    {"veladoras", SY_AT},
    {"dimos", SY_AT},
    {"ir", SY_AT},
    {"direccion", SY_AT},
    {"amenaza", SY_AT},
    {"propias", SY_AT},
    {"propia", SY_AT},
    {"visitar", SY_AT},
    {"friends", SY_AT | SY_FRIENDS},
    {"funeral", SY_AT},
    {"talk", SY_AT | SY_TALK},
    {"anyway", SY_AT},
    {"post", SY_AT},
    {"comment", SY_AT},
    {"easy", SY_AT},
    {"neighbors", SY_AT},
    {"neighbours", SY_AT},
    {"hearing", SY_AT},
    {"longer", SY_AT},
    {"office", SY_AT},
    {"barato", SY_AT},
    {"better", SY_AT},
    {"usar", SY_AT},
    {"which", SY_AT},
    {"conversation", SY_AT},
    {"word", SY_AT},
    {"chat", SY_AT},
    {"desde", SY_AT},
    {"families", SY_AT},
    {"funerals", SY_AT},
    {"burn", SY_AT},
    {"lives", SY_AT},
    {"died", SY_AT},
    {"ubicamos", SY_AT},
    {"pongan", SY_AT},
    {"recuerda", SY_AT},
    {"nosotros", SY_AT},
    {"volantes", SY_AT},
    {"balas", SY_AT},
    {"plomo", SY_AT},
    {"cuidando", SY_AT},
    {"vigilando", SY_AT},
    {"viendo", SY_AT},
    {"perro", SY_AT | SY_THING},
    {"felicidades", SY_AT | SY_FAREWELL},
    {"revientan", SY_AT},
    {"quede", SY_AT},
    {"testigos", SY_AT},
    {"everywhere", SY_AT},
    {"inside", SY_AT},
    {"pass", SY_AT},
    {"lasted", SY_AT},
    {"phone", SY_AT},
    {"explicar", SY_AT},
    {"molestos", SY_AT},
    {"vivos", SY_AT},
    {"vivo", SY_AT},
    {"viva", SY_AT},
    {"vivas", SY_AT},
    {"nota", SY_AT},
    {"parte", SY_AT},
    {"sabemos", SY_AT},
    {"conviene", SY_AT},
    {"fosa", SY_AT | SY_GRAVE},
    {"face", SY_AT},
    {"facebook", SY_AT},
    {"insta", SY_AT},
    {"instagram", SY_AT},
    {"pagar", SY_AT},
    {"calentar", SY_AT},
    {"personally", SY_AT},
    {"explicaciones", SY_AT},
    {"kindly", SY_AT},
    {"found", SY_AT},
    {"find", SY_AT},
    {"ride", SY_AT},
    {"care", SY_AT},
    {"kill", SY_AT},
    {"consuele", SY_AT},
    {"nada", SY_AT},
    {"ojos", SY_AT},
    {"preparando", SY_AT},
    {"nombres", SY_AT},
    {"completita", SY_AT},
    {"rezando", SY_AT},
    {"sapo", SY_AT},
    {"regalito", SY_AT},
    {"termine", SY_AT},
    {"terminen", SY_AT},
    {"captura", SY_AT},
    {"capturas", SY_AT},
    {"toquen", SY_AT},
    {"avisando", SY_AT},
    {"borran", SY_AT},
    {"screenshots", SY_AT},
    {"faces", SY_AT},
    {"quote", SY_AT},
    {"children", SY_AT},
    {"hate", SY_AT},
    {"sons", SY_AT},
    {"daughters", SY_AT},
    {"hijos", SY_AT},
    {"tuya", SY_AT},
    {"suyos", SY_AT},
    {"tuyos", SY_AT},
    {"yet", SY_AT},
    {"kids", SY_AT},
    {"brave", SY_AT},
    {"hurt", SY_AT},
    {"passing", SY_AT},
    {"crosses", SY_AT},
    {"cruces", SY_AT},
    {"pusimos", SY_AT},
    {"ve", SY_AT},
    {"saludo", SY_AT},
    {"hay", SY_AT},
    {"aqui", SY_AT},
    {"quemen", SY_AT},
    {"mandamos", SY_AT | SY_SHARED},
    {"run", SY_AT},
    {"nombre", SY_AT},
    {"paga", SY_AT},
    {"equivocada", SY_AT},
    {"wrong", SY_AT},
    {"learn", SY_AT},
    {"owe", SY_AT},
    {"inherit", SY_AT},
    {"first", SY_AT},
    {"where", SY_AT},
    {"started", SY_AT},
    {"family", SY_AT},
    {"dm", SY_AT},
    {"picked", SY_AT},
    {"suya", SY_AT},
    {"patadas", SY_AT},
    {"barata", SY_AT},
    {"cried", SY_CRY},
    {"averiguamos", SY_AT},
    {"sapos", SY_AT},
    {"soplones", SY_AT},
    {"snitches", SY_AT},
    {"cuestion", SY_AT},
    {"matter", SY_AT},
    {"vistos", SY_AT},
    {"vista", SY_AT},
    {"visto", SY_AT},
    {"vistas", SY_AT},
    {"valiente", SY_AT},
    {"valientes", SY_AT},
    {"handled", SY_AT},
    {"cooled", SY_AT},
    {"atenga", SY_AT},
    {"atengan", SY_AT},
    {"atengas", SY_AT},
    {"lugar", SY_AT},
    {"attention", SY_AT},
    {"silence", SY_AT},
    {"gusto", SY_AT},
    {"knows", SY_AT},
    {"know", SY_AT},
    {"pague", SY_AT | SY_RANSOM},
    {"paguen", SY_AT | SY_RANSOM},
    {"ready", SY_AT},
    {"anotado", SY_AT},
    {"linkedin", SY_AT},
    {"pozole", SY_AT},
    {"shares", SY_AT},
    {"talks", SY_TALK},
    {"talked", SY_TALK},
    {"journalists", SY_TALK},
    {"reporters", SY_TALK},
    {"press", SY_TALK},
    {"periodistas", SY_TALK},
    {"reporteros", SY_TALK},
    {"prensa", SY_TALK},
    {"escribiendo", SY_TALK},
    {"publicando", SY_TALK},
    {"retirement", SY_FAREWELL},
    {"retiring", SY_FAREWELL},
    {"retire", SY_FAREWELL},
    {"retired", SY_FAREWELL},
    {"congratulations", SY_FAREWELL},
    {"congrats", SY_FAREWELL},
    {"earned", SY_FAREWELL},
    {"farewell", SY_FAREWELL},
    {"jubilacion", SY_FAREWELL},
    {"rescate", SY_RANSOM},
    {"pagaron", SY_RANSOM},
    {"fijen", SY_WALK},
    {"enviamos", SY_SHARED},
    {"pasamos", SY_SHARED},
    {"barrancas", SY_AT},
    {"caminan", SY_WALK},
    {"cobrar", SY_AT},
    {"collect", SY_AT},
    {"disparo", SY_AT},
    {"fireproof", SY_AT},
    {"leerla", SY_AT},
    {"leerlo", SY_AT},
    {"mornings", SY_AT},
    {"mueva", SY_AT},
    {"priest", SY_AT},
    {"regreso", SY_AT},
    {"shift", SY_AT},
    {"shifts", SY_AT},
    {"snitching", SY_AT},
    {"talking", SY_AT | SY_TALK},
    {"think", SY_AT},
    {"atiendan", SY_AT},
    {"bold", SY_AT},
    {"compartimos", SY_AT | SY_SHARED},
    {"comportarse", SY_AT},
    {"extrana", SY_AT},
    {"extraña", SY_AT},
    {"ground", SY_AT},
    {"letras", SY_AT},
    {"mad", SY_AT},
    {"madreamos", SY_AT},
    {"madreo", SY_AT},
    {"piense", SY_AT},
    {"puntuales", SY_AT},
    {"recuerdan", SY_AT},
    {"round", SY_AT},
    {"screenshot", SY_AT},
    {"second", SY_AT},
    {"somos", SY_AT},
    {"thats", SY_AT},
    {"valentia", SY_AT},
    {"alarga", SY_AT},
    {"choice", SY_AT},
    {"colgada", SY_AT},
    {"colgado", SY_AT},
    {"colgados", SY_AT},
    {"estudias", SY_AT},
    {"give", SY_AT},
    {"hobby", SY_AT},
    {"killed", SY_AT},
    {"levantaron", SY_AT},
    {"merecia", SY_AT},
    {"merecian", SY_AT},
    {"noqueado", SY_AT},
    {"peor", SY_AT},
    {"ponganse", SY_AT},
    {"pongase", SY_AT},
    {"ponte", SY_AT},
    {"pray", SY_AT},
    {"publican", SY_AT},
    {"quemara", SY_AT},
    {"remembers", SY_AT},
    {"trabajas", SY_AT},
    {"visits", SY_AT},
    {"vives", SY_AT},
    {"walk", SY_AT},
    {"back", SY_AT},
    {"cabezas", SY_AT},
    {"chismosos", SY_AT},
    {"consejo", SY_AT},
    {"coopera", SY_AT},
    {"cooperan", SY_AT},
    {"delivered", SY_AT},
    {"ears", SY_AT},
    {"este", SY_AT},
    {"esten", SY_AT},
    {"estes", SY_AT},
    {"hablaron", SY_AT},
    {"head", SY_AT},
    {"knowing", SY_AT},
    {"pronostico", SY_AT},
    {"soltaron", SY_AT},
    {"trap", SY_AT},
    {"vuelvan", SY_AT},
    {"boca", SY_AT},
    {"call", SY_AT},
    {"canse", SY_AT},
    {"cansen", SY_AT},
    {"floor", SY_AT},
    {"heated", SY_AT},
    {"llegue", SY_AT},
    {"nicely", SY_AT},
    {"perfiles", SY_AT},
    {"pieces", SY_AT},
    {"politely", SY_AT},
    {"taking", SY_AT},
    {"pusieron", SY_AT},
    {"puso", SY_AT},
    {"locked", SY_WARN},
    {"locks", SY_WARN},
    {"careful", SY_WARN},
    {"shame", SY_WARN},
    {"pity", SY_WARN},
    {"cuidado", SY_WARN},
    {"cuidense", SY_WARN},
    {"cuidese", SY_WARN},
    {"lastima", SY_WARN},
    {"perrito", SY_THING},
    {"gato", SY_THING},
    {"gatito", SY_THING},
    {"mascota", SY_THING},
    {"problema", SY_THING},
    {"falla", SY_THING},
    {"acuerde", SY_AT},
    {"acuerden", SY_AT},
    {"apartado", SY_AT},
    {"falto", SY_AT},
    {"forecast", SY_AT},
    {"heroes", SY_AT},
    {"moviendo", SY_AT},
    {"recordatorio", SY_AT},
    {"sometimes", SY_AT},
    {"persona", SY_AT},
    {"end", SY_AT},
    {"agradece", SY_AT},
    {"agradecemos", SY_AT},
    {"alone", SY_AT},
    {"aprendan", SY_AT},
    {"bonita", SY_AT},
    {"callaron", SY_AT},
    {"camaras", SY_AT},
    {"debts", SY_AT},
    {"decides", SY_AT},
    {"deudas", SY_AT},
    {"empresa", SY_AT},
    {"heating", SY_AT},
    {"legales", SY_AT},
    {"others", SY_AT},
    {"ours", SY_AT},
    {"problemas", SY_AT},
    {"sepan", SY_AT},
    {"tomamos", SY_AT},
    {"portan", SY_AT},
    {"porta", SY_AT},
    {"apenas", SY_AT},
    {"echemos", SY_AT},
    {"echen", SY_AT},
    {"hole", SY_GRAVE},
    {"holes", SY_GRAVE},
    {"fosas", SY_GRAVE},
    {"graves", SY_GRAVE},
    {"tumba", SY_GRAVE},
    {"crematorio", SY_GRAVE},
    {"horno", SY_GRAVE},
    {"prayers", SY_PRAY},
    {"blessings", SY_PRAY},
    {"oraciones", SY_PRAY},
    {"bendiciones", SY_PRAY},
    {"always", SY_AT},
    {"bajaba", SY_AT},
    {"bajaria", SY_AT},
    {"beautiful", SY_AT},
    {"borraba", SY_AT},
    {"borraria", SY_AT},
    {"calladita", SY_AT},
    {"calladitas", SY_AT},
    {"calladito", SY_AT},
    {"calladitos", SY_AT},
    {"cava", SY_AT},
    {"cavate", SY_AT},
    {"caven", SY_AT},
    {"comes", SY_AT},
    {"controlarlas", SY_AT},
    {"controlarlos", SY_AT},
    {"crematorium", SY_AT | SY_GRAVE},
    {"denuncie", SY_AT},
    {"detenerlos", SY_AT},
    {"dig", SY_AT},
    {"diga", SY_AT},
    {"done", SY_AT},
    {"espacio", SY_AT},
    {"localizamos", SY_AT},
    {"lovely", SY_AT},
    {"memoria", SY_AT},
    {"memory", SY_AT},
    {"mouths", SY_AT},
    {"need", SY_AT},
    {"oven", SY_AT | SY_GRAVE},
    {"ovens", SY_AT},
    {"quitaba", SY_AT},
    {"quitaria", SY_AT},
    {"raje", SY_AT},
    {"room", SY_AT},
    {"suerte", SY_AT},
    {"ultima", SY_AT},
    {"opcion", SY_AT},
    {"aguantan", SY_AT},
    {"buenas", SY_AT},
    {"nobody", SY_AT},
    {"patience", SY_AT},
    {"resiste", SY_AT},
    {"enseñen", SY_AT},
    {"ensenen", SY_AT},
    {"forever", SY_AT},
    {"familias", SY_AT},
    {"anonimo", SY_AT},
    {"anonymous", SY_AT},
    {"avisa", SY_AT},
    {"caminar", SY_AT},
    {"dedo", SY_AT},
    {"dejaron", SY_AT},
    {"hable", SY_AT},
    {"jefes", SY_AT},
    {"padrinos", SY_AT},
    {"patrones", SY_AT},
    {"runs", SY_AT},
    {"twice", SY_AT},
    {"aguanta", SY_AT},
    {"aguante", SY_AT},
    {"aguanten", SY_AT},
    {"cobra", SY_AT},
    {"collects", SY_AT},
    {"company", SY_AT},
    {"dura", SY_AT},
    {"entierro", SY_AT},
    {"hi", SY_AT},
    {"incendiaron", SY_AT},
    {"last", SY_AT},
    {"levantar", SY_AT},
    {"leyeron", SY_AT},
    {"lose", SY_AT},
    {"took", SY_AT},
    {"calienta", SY_AT},
    {"chismosa", SY_AT},
    {"cierren", SY_AT},
    {"comento", SY_AT},
    {"cool", SY_AT},
    {"eyes", SY_AT},
    {"fingers", SY_AT},
    {"habladora", SY_AT},
    {"hands", SY_AT},
    {"nadie", SY_AT},
    {"proxima", SY_AT},
    {"sapa", SY_AT},
    {"soplon", SY_AT},
    {"soplona", SY_AT},
    {"ubicada", SY_AT},
    {"ubicadas", SY_AT},
    {"ubicado", SY_AT},
    {"ubicados", SY_AT},
    {"ahorraron", SY_AT},
    {"bags", SY_AT},
    {"barrels", SY_AT},
    {"casket", SY_AT},
    {"coffin", SY_AT},
    {"completar", SY_AT},
    {"corriente", SY_AT},
    {"cuello", SY_AT},
    {"cuidar", SY_AT},
    {"ditches", SY_AT},
    {"enfriar", SY_AT},
    {"escarmiento", SY_AT},
    {"escuchando", SY_AT},
    {"estacionada", SY_AT},
    {"estacionado", SY_AT},
    {"eterna", SY_AT},
    {"familia", SY_AT},
    {"forget", SY_AT},
    {"frijolitos", SY_AT},
    {"habla", SY_AT},
    {"hijas", SY_AT},
    {"infinita", SY_AT},
    {"likes", SY_AT},
    {"mana", SY_AT},
    {"maña", SY_AT},
    {"names", SY_AT},
    {"nietos", SY_AT},
    {"oyendo", SY_AT},
    {"peces", SY_AT},
    {"permanently", SY_AT},
    {"pixels", SY_AT},
    {"quedan", SY_AT},
    {"quedarse", SY_AT},
    {"quedarte", SY_AT},
    {"remember", SY_AT},
    {"sabe", SY_AT},
    {"suyas", SY_AT},
    {"temer", SY_AT},
    {"dios", SY_GOD},
    {"god", SY_GOD},
    {"nos", SY_US},
    {"us", SY_US},
    {"acaba", SY_AT},
    {"acaban", SY_AT},
    {"buscar", SY_AT},
    {"calla", SY_AT},
    {"delivery", SY_AT},
    {"dueno", SY_AT},
    {"dueño", SY_AT},
    {"dueños", SY_AT},
    {"duenos", SY_AT},
    {"finish", SY_AT},
    {"forgot", SY_AT},
    {"garantizamos", SY_AT},
    {"hablan", SY_AT},
    {"happens", SY_AT},
    {"leer", SY_AT},
    {"mataran", SY_AT},
    {"mataron", SY_AT},
    {"meat", SY_AT},
    {"menos", SY_AT},
    {"patron", SY_AT},
    {"pendiente", SY_AT},
    {"pensamos", SY_AT},
    {"profile", SY_AT},
    {"profiles", SY_AT},
    {"quebraron", SY_AT},
    {"questions", SY_AT},
    {"recordara", SY_AT},
    {"recordaran", SY_AT},
    {"recuerde", SY_AT},
    {"recuerden", SY_AT},
    {"remataran", SY_AT},
    {"remataron", SY_AT},
    {"route", SY_AT},
    {"same", SY_AT},
    {"termina", SY_AT},
    {"terminan", SY_AT},
    {"terminaron", SY_AT},
};

static struct screen_wc_list sy_list = SCREEN_WC_LIST(sy_words, SY_AT);

static const struct screen_wordclasses *sy_words_table(void)
{
    return screen_wc_ready(&sy_list);
}

#define SY_AT_ALTS 6

/* A saying: its words, each one of several ("a|b"); at: the word it is
 * found by, its rarest (at most SY_AT_ALTS words); end: it must end its
 * clause; asks: it menaces as
 * a question too; need: a word of that class must stand in the comment;
 * deny: none may. */
struct sy_saying {
    const char *w[8];
    unsigned at;
    bool end, asks;
    uint64_t need, deny;
    int held_as; /* 0: a threat; else the category plus one */
};

/* SAYING(at, end, asks, need, deny, words...): held as a threat */
#define SAYING(at, end, asks, need, deny, ...)                                 \
    {                                                                          \
        {__VA_ARGS__, NULL}, at, end, asks, need, deny, 0                      \
    }
/* SAYING_AS(category, at, end, asks, need, deny, words...) */
#define SAYING_AS(cat, at, end, asks, need, deny, ...)                         \
    {                                                                          \
        {__VA_ARGS__, NULL}, at, end, asks, need, deny, (cat) + 1              \
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
    /* a family to enjoy "while you can": "Mr. reporter, you have a
     * beautiful family. Enjoy them while you can.", "He should enjoy the
     * sea while he still can", "disfrútelos mientras pueda" (not "enjoy
     * the beach while you can": a family or a third person) */
    SAYING(4, false, false, 0, 0, "enjoy", "them|him|her|family", "while",
           "you|he|she|they", "can"),
    SAYING(3, false, false, SY_ENJOY, 0, "while", "he|she|they", "still",
           "can"),
    SAYING(2, false, false, 0, 0,
           "disfrutelos|disfrutalos|disfrutenlos|disfrutela|disfrutala",
           "mientras", "pueda|puedas|puedan"),
    /* children weighed against speaking: "piense en sus hijos antes de
     * seguir hablando" ("think about her kids before she gives more
     * interviews" is read as a thought reported: refute.c) */
    SAYING(4, false, false, SY_SPEAK, 0, "piense|piensa|piensen|pensar", "en",
           "sus|tus|su|tu", "hijos|hijas|familia|hijo|hija|mama", "antes"),
    /* a warning that the next one will not be one: "Mañana ya no va a ser
     * sugerencia.", "next time it won't be a warning", "Next time they
     * wont be so polite about it." */
    SAYING(5, false, false, 0, 0, "ya", "no", "va", "a", "ser",
           "sugerencia|advertencia|opcion|aviso"),
    SAYING(5, false, false, 0, 0, "time", "it", "wont", "be", "a",
           "suggestion|warning"),
    SAYING(5, false, false, 0, 0, "time", "they|we|i", "wont", "be", "so",
           "polite|nice|gentle"),
    SAYING(5, false, false, 0, 0, "no", "vamos|van|voy", "a", "ser", "tan",
           "amables"),
    /* the blog's readers read back: "Sigan hablando con el blog. Nosotros
     * también leemos.", "We read the comments too." */
    SAYING(2, true, false, 0, 0, "nosotros", "tambien", "leemos"),
    SAYING(3, false, false, 0, 0, "we", "read", "the", "comments", "too"),
    /* breathing as a right or a condition: "no todo mundo tiene derecho a
     * seguir respirando", "si quieres seguir vivo", "if you want to keep
     * breathing" */
    SAYING(3, false, false, 0, 0, "derecho", "a", "seguir",
           "respirando|viviendo"),
    SAYING(1, false, false, 0, 0, "quieres|quiere|quieren", "seguir",
           "respirando|vivo|viva|vivos|vivas|completo|completa|completos"),
    SAYING(3, false, false, 0, 0, "want", "to", "keep", "breathing|living"),
    SAYING(3, false, false, 0, 0, "want", "to", "stay", "alive"),
    /* where a writer comments from, by their address online: "tu IP
     * sale en Zapopan", "your IP traces to Tlaquepaque" ("Tu IP dice
     * que..." is read as a report: refute.c) */
    SAYING(0, false, false, 0, 0, "ip", "sale|marca", "en|que|desde"),
    SAYING(0, false, false, 0, 0, "ip", "traces|shows", "to|you|from"),
    /* not everyone patient: "People are listening and not everyone is
     * patient.", "no todo mundo es tan paciente" */
    SAYING(3, true, false, 0, 0, "not", "everyone|everybody", "is",
           "patient|understanding"),
    SAYING(4, false, false, 0, 0, "no", "todo", "mundo", "es", "paciente"),
    SAYING(5, false, false, 0, 0, "no", "todo", "mundo", "es", "tan",
           "paciente"),
    /* harm avoided on a condition: "Delete the video and nobody has to
     * have a bad day", "nadie tiene que salir
     * lastimado" */
    SAYING(5, true, false, 0, 0, "nobody", "has|needs", "to", "have", "a",
           "bad", "day"),
    SAYING(4, false, false, 0, 0, "nadie", "tiene", "que", "salir",
           "lastimado|lastimada|herido"),
    /* calm kept while everyone pays: "Things will stay calm as long as
     * everyone cooperates.", "todo tranquilo mientras todos cooperen" */
    SAYING(4, false, false, SY_CALM, 0, "as", "long", "as",
           "everyone|everybody|you|they|people", "cooperates|cooperate"),
    SAYING(2, false, false, SY_CALM, 0, "mientras", "todos|ustedes|usted",
           "cooperen|coopere"),
    /* an organisation's regards: "The new management sends its regards" */
    SAYING(2, false, false, 0, 0, "sends|send", "its|their", "regards"),
    /* "Blame yourselves when the bodies start showing up" (not "don't
     * blame yourself") */
    SAYING(1, false, false, 0, 0, "blame", "yourselves", "when"),
    /* more to burn: "Trucks arent the only thing that burns", "no es lo
     * único que se quema" */
    SAYING(3, false, false, 0, 0, "only", "thing", "that", "burns"),
    SAYING(4, false, false, 0, 0, "lo", "unico", "que", "se", "quema"),
    /* the fire wished bigger: "Glad the truck burned, wish it was full",
     * "should of burned the whole brigade with it", "they should of lit
     * up the whole palenque" */
    SAYING(3, false, false, SY_HARMED, 0, "wish", "it|they", "was|were",
           "full"),
    SAYING(4, false, false, 0, 0, "should|shoulda", "of|have",
           "burned|torched|shot", "the", "whole"),
    SAYING(5, false, false, 0, 0, "should|shoulda", "of|have", "lit", "up",
           "the", "whole"),
    /* an end like a relative's: "si sigue pidiendo justicia va a acabar
     * igual que su carnalito", "you'll end up like your brother" */
    SAYING(1, false, false, 0, 0,
           "acabar|terminar|acabe|termine|acaben|terminen", "igual", "que",
           "su|tu|sus|tus",
           "hermano|hermana|carnal|carnalito|hermanito|hermanita|primo|"
           "esposo|hijo|hija"),
    SAYING(2, false, false, 0, 0, "end|ends", "up", "like",
           "her|his|your|their",
           "brother|sister|son|daughter|father|husband|friend|cousin"),
    /* who talked, found out: "ya averiguamos quiénes son los tres que lo
     * hacen", "he knows that we know" */
    SAYING(1, false, false, 0, 0, "ya", "averiguamos", "quienes|quien|donde"),
    SAYING(0, false, false, 0, 0, "knows", "that", "we", "know"),
    /* how snitches end: "Los sapos terminan así.", "así acaban los
     * soplones", "that's how snitches end up" */
    SAYING(0, false, false, 0, 0, "sapos|soplones", "terminan|acaban", "asi"),
    SAYING(3, true, false, 0, 0, "asi", "terminan|acaban", "los",
           "sapos|soplones"),
    SAYING(1, false, false, 0, 0, "how", "snitches", "end|die"),
    SAYING(0, false, false, 0, 0, "snitches", "end", "up", "like"),
    /* a list and the time left: "ya están en la lista, nomás es cuestión
     * de tiempo", "you're on the list, only a matter of time" (not "es
     * cuestión de tiempo para que caiga el alcalde": no list) */
    SAYING(0, false, false, SY_LIST, 0, "cuestion", "de", "tiempo"),
    SAYING(0, false, false, SY_LIST, 0, "matter", "of", "time"),
    /* "alguien más ya los tiene bien vistos", "ya la tenemos bien vista" */
    SAYING(4, false, false, 0, 0, "ya", "los|la|lo|las|te",
           "tiene|tienen|tenemos", "bien", "vistos|vista|visto|vistas"),
    /* courage taken away: "si no se le quita lo valiente que le den otro
     * susto" */
    SAYING(4, false, false, 0, 0, "se", "le|te|les", "quita|quite|quitara",
           "lo", "valiente|valientes"),
    /* "Whoever talks will be handled by the neighbors", "People who heat
     * up the plaza get cooled down." (not soup) */
    SAYING(2, false, false, SY_WHOEVER, 0, "will|gonna", "be", "handled"),
    SAYING(1, false, false, SY_HEAT, 0, "get|gets", "cooled", "down"),
    /* "el que diga lo contrario que se atenga a las consecuencias" */
    SAYING(0, false, false, 0, 0, "atenga|atengan|atengas", "a", "las",
           "consecuencias"),
    /* one told there is no room for her: "Aquí ya no hay lugar para ella"
     * (not "para estacionarse") */
    SAYING(2, false, false, 0, 0, "no", "hay", "lugar", "para",
           "ella|el|ti|ustedes|usted|ellos|ellas"),
    /* friends who mind: "Some of those businesses have friends who dont
     * appreciate the attention." (ending its clause) */
    SAYING(3, true, false, 0, 0, "dont|doesnt", "appreciate|like", "the",
           "attention"),
    /* "In towns like this, silence is what keeps families together." */
    SAYING(0, false, false, 0, 0, "silence", "is", "what", "keeps"),
    SAYING(0, false, false, 0, 0, "silence", "keeps", "families|people|you"),
    /* crying enjoyed: "la tal Rocío llorando en la radio, qué gusto me da"
     * (not "qué gusto me da verte") */
    SAYING(1, false, false, SY_CRY, 0, "que", "gusto", "me", "da"),
    /* a shop closed for not paying: "el que no pague no vuelve a abrir"
     * (not "el que no pague no vuelve a entrar": a ticket) */
    SAYING(1, false, false, 0, 0, "no", "pague|paguen", "no", "vuelve|vuelven",
           "a", "abrir"),
    /* the fee collected: "Stores please have it ready when the boys come
     * by on Fridays" */
    SAYING(2, false, false, 0, 0, "have", "it", "ready", "when", "the",
           "boys|muchachos"),
    /* days numbered: "el que lo subió ya tiene sus días contados" (not "el
     * gobierno tiene los días contados") */
    SAYING(3, false, false, 0, 0, "tiene|tienes|tienen", "sus|tus", "dias",
           "contados"),
    /* the next one named: "el siguiente nombre va a ser el suyo", "the
     * next name will be yours" */
    SAYING(4, false, false, SY_NEXT, 0, "va", "a", "ser", "el|la", "suyo|tuyo"),
    SAYING(2, false, false, SY_NEXT, 0, "will|ll", "be", "yours"),
    /* death as rest: "Al maestro que no pagó ya no le duele nada." */
    SAYING(2, true, false, 0, 0, "no", "le|te|les", "duele|duelen", "nada"),
    /* "que no se sorprendan si les pasa lo mismo" */
    SAYING(0, false, false, 0, 0, "sorprendan|sorprenda", "si", "les|le|te",
           "pasa", "lo", "mismo"),
    /* a raid promised: "a la próxima marcha les caemos con todo, lleven
     * sus veladoras" (not "les caemos con todo el apoyo") */
    SAYING(1, true, false, 0, 0, "les|te|le", "caemos", "con", "todo"),
    SAYING(1, false, false, 0, 0, "sus|tus", "veladoras", "de", "una", "vez"),
    /* "ya le dimos agua a una, faltan las otras" (killed: not the dog's
     * water) */
    SAYING(1, false, false, SY_REST, 0, "le|les|lo|la", "dimos", "agua"),
    /* "a las que marcharon les va a ir igual" */
    SAYING(3, true, false, 0, 0, "les|te|le", "va", "a", "ir", "igual"),
    /* "ya tenemos el nombre y la dirección" */
    SAYING(5, false, false, 0, 0, "tenemos", "el|su|tu", "nombre", "y",
           "la|su|tu", "direccion"),
    /* the threat denied as advice: "Es un consejo, no una amenaza" */
    SAYING(3, false, false, 0, 0, "consejo", "no", "una|es", "amenaza"),
    /* "deberían pensar en sus propias familias antes de hablar" */
    SAYING(1, false, false, SY_SPEAK, 0, "sus|su|tus|tu", "propias|propia",
           "familias|familia"),
    /* "Unos amigos la quieren visitar con calma" (not "las señoras del
     * mercado la quieren visitar"), "Asking for some friends." */
    SAYING(2, false, false, SY_FRIENDS, 0, "la|lo|los|las|te", "quieren",
           "visitar"),
    SAYING(3, true, false, 0, 0, "asking", "for", "some", "friends"),
    /* living paid for: "Pay the cuota and you get to keep living." */
    SAYING(3, false, false, 0, 0, "get", "to", "keep", "living|breathing"),
    /* cheaper than a funeral, of a fee: "Paying the piso is cheaper than
     * paying for a funeral", "la cuota sale más barata que un funeral"
     * (not of a helmet) */
    SAYING(5, false, false, SY_FEE, 0, "cheaper", "than", "paying", "for", "a",
           "funeral"),
    SAYING(3, false, false, SY_FEE, 0, "cheaper", "than", "a", "funeral"),
    SAYING(1, false, false, SY_FEE, 0, "mas", "barato|barata", "que", "un",
           "funeral"),
    /* those who talk: "the ones who talk end up in the news" */
    SAYING(1, false, false, 0, 0, "who", "talk", "end", "up"),
    /* what is left: "the teacher will come back. Some of him anyway." */
    SAYING(3, false, false, 0, 0, "some|parts|pieces", "of", "him|her|them",
           "anyway"),
    /* where they write from: "we know you post from the internet cafe" */
    SAYING(3, false, false, 0, 0, "we", "know", "you", "post|comment", "from"),
    /* exposure thanked: "Now their photos are too. Thanks for making it
     * easy" */
    SAYING(4, true, false, 0, 0, "thanks|thank", "for", "making", "it", "easy"),
    /* "Tell the reporter we're neighbors now" */
    SAYING(2, false, false, 0, 0, "we", "are", "neighbors|neighbours", "now"),
    SAYING(1, false, false, 0, 0, "were", "neighbors|neighbours", "now"),
    /* "you know who you are, and so do they" */
    SAYING(0, false, false, 0, 0, "know", "who", "you", "are", "and", "so",
           "do"),
    /* "the less you talk, the longer you keep the other house" */
    SAYING(4, false, false, 0, 0, "less", "you|they", "talk", "the", "longer"),
    /* "You will be hearing from us, blog." */
    SAYING(2, true, false, 0, 0, "will|ll", "be", "hearing", "from", "us"),
    /* "We know the office." */
    SAYING(3, true, false, 0, 0, "we", "know", "the", "office"),
    /* "Dont worry, nobody is going to do anything... yet." (ending its
     * clause) */
    SAYING(4, true, false, 0, 0, "going", "to", "do", "anything|nothing",
           "yet"),
    /* "stop talking. You only have so many kids left." */
    SAYING(5, true, false, 0, 0, "you|she|he|they", "only", "have|has", "so",
           "many", "kids|children|sons|daughters", "left"),
    /* "Lets see if this blog is still so brave when its their house" (not
     * "so brave when she talks about her son") */
    SAYING(0, false, false, 0, 0, "brave", "when", "its|it",
           "their|your|his|her"),
    /* "The boss is not happy with this blog. Just passing along the
     * message." */
    SAYING(1, true, false, 0, 0, "just", "passing", "along|on", "the",
           "message"),
    /* "The neighbors who opened the door already have their little crosses
     * waiting" */
    SAYING(0, true, false, 0, 0, "crosses|cruces", "waiting|esperando"),
    /* "I would hate for her to lose anyone else." */
    SAYING(0, false, false, 0, 0, "hate", "for", "her|him|you|them", "to",
           "lose", "anyone|anybody|someone|another|more"),
    /* "whoever leaked that contract is gonna get picked up" */
    SAYING(1, false, false, SY_WHOEVER, 0, "get|be", "picked", "up"),
    /* "Los soplones no duran mucho en Culiacán" */
    SAYING(0, false, false, 0, 0, "soplones|sapos", "no", "duran"),
    /* "Hay que levantar al del ayuntamiento antes de que cante" (not
     * "levantar a la economía", "levantar al pueblo") */
    SAYING(0, false, false, 0, 0, "hay", "que", "levantar", "al", "del|de"),
    /* "Ya pusimos ojos en toda la cuadra", "se les ve todo" */
    SAYING(0, false, false, 0, 0, "pusimos", "ojos", "en"),
    SAYING(2, true, false, 0, 0, "se", "les|te|le", "ve", "todo"),
    /* "a todos les va a llegar su saludo" */
    SAYING(5, false, false, 0, 0, "les|te|le", "va", "a", "llegar", "su",
           "saludo"),
    /* "Que sigan hablando, hay para todos." */
    SAYING(0, true, false, SY_SPEAK, 0, "hay", "para", "todos"),
    /* "Recuerden que sus hijos van a la escuela aquí" */
    SAYING(1, false, false, 0, 0, "sus|tus", "hijos", "van", "a", "la",
           "escuela", "aqui|aca"),
    /* "son gente tranquila si tú eres tranquilo" */
    SAYING(0, false, false, 0, 0, "tranquila|tranquilos", "si",
           "tu|usted|ustedes", "eres|es|son|estas|esta",
           "tranquilo|tranquila|tranquilos"),
    /* "que quemen TODA la chinesca" */
    SAYING(1, false, false, 0, 0, "que", "quemen", "toda|todo|todas|todos"),
    /* "Aquí mandamos nosotros", "we run this town" */
    SAYING(1, true, false, 0, 0, "aqui", "mandamos", "nosotros"),
    SAYING(1, false, false, 0, 0, "we", "run", "this", "town|city|plaza"),
    /* "Aquí todo se sabe y todo se paga." */
    SAYING(6, false, false, 0, 0, "todo", "se", "sabe", "y", "todo", "se",
           "paga"),
    /* "Eso les pasa por meterse con la gente equivocada", "messing with
     * the wrong people" */
    SAYING(4, false, false, 0, 0, "meterse|meterte|meterle", "con", "la",
           "gente", "equivocada"),
    SAYING(3, false, false, 0, 0, "messing|mess|messed", "with", "the", "wrong",
           "people"),
    /* "antes de que otros le enseñen" */
    SAYING(5, false, false, 0, 0, "antes", "de", "que", "otros", "le|te|les",
           "ensenen|enseñen"),
    /* "Those who don't learn from La Chinesca will learn in their own
     * house." */
    SAYING(1, false, false, 0, 0, "will", "learn", "in", "their|your", "own",
           "house|home|flesh"),
    /* "closing doesn't cancel what you owe", "Families inherit." */
    SAYING(3, false, false, 0, 0, "cancel", "what", "you|they", "owe"),
    SAYING(1, true, false, 0, 0, "families", "inherit"),
    /* "your number gets to us first" */
    SAYING(5, false, false, 0, 0, "your", "number|call|name", "gets|goes", "to",
           "us", "first"),
    /* "we know where each one is written from", "we know where you write
     * from" */
    SAYING(2, false, false, 0, 0, "we", "know", "where", "you|each|every",
           "write|post|comment|one"),
    /* "visiting hours are 4-6 if anyone wants to finish what was started"
     * (not "the contractors never finish what was started") */
    SAYING(6, false, false, 0, 0, "anyone|someone|anybody|somebody", "wants",
           "to", "finish", "what", "was|they", "started"),
    /* "Posting them has consequences. The family knows this." */
    SAYING(2, true, false, 0, 0, "the", "family", "knows", "this|that"),
    /* "Piense en la suya." of a family */
    SAYING(3, true, false, 0, 0, "piense|piensa|piensen", "en", "la|los",
           "suya|tuya|suyos|tuyos"),
    /* "a los chinos hay que sacarlos a patadas" */
    SAYING_AS(SCREEN_IDENTITY_HATE, 2, false, false, 0, 0,
              "sacarlos|correrlos|echarlos", "a", "patadas"),
    /* "dm me mami I can comfort you real good" */
    SAYING_AS(SCREEN_SEXUAL, 0, false, false, 0, 0, "dm", "me",
              "mami|mamacita|mamasita|baby|babe"),
    /* "whoever keeps posting their names is going to answer for it
     * personally", "va a tener que dar explicaciones en persona" */
    SAYING(3, false, false, 0, 0, "answer", "for", "it", "personally"),
    SAYING(0, false, false, 0, 0, "explicaciones", "en", "persona"),
    /* "It would be a shame if the people who published their names found
     * out what that feels like." */
    SAYING(0, false, false, 0, 0, "found", "out", "what", "that", "feels",
           "like"),
    /* "Tell him we said it kindly, the first time." (not "treated us
     * kindly the first time") */
    SAYING(2, false, false, 0, 0, "said|asked|told", "it|you|him|her", "kindly",
           "the", "first", "time"),
    /* "Anyone who says otherwise can go take a ride with Aurelio" */
    SAYING(4, false, false, 0, 0, "can", "go", "take", "a", "ride", "with"),
    /* "I'm only saying it because I care." */
    SAYING(5, true, false, 0, 0, "only|just", "saying", "it|this", "because",
           "i", "care"),
    /* "Can't wait for the next funeral" */
    SAYING(4, false, false, 0, 0, "wait", "for", "the", "next", "funeral"),
    /* "Kill the rest of the community police" */
    SAYING(0, false, false, 0, 0, "kill", "the", "rest", "of", "them"),
    SAYING(
        0,
        false, false, 0, 0, "kill", "the", "rest", "of", "the",
        "community|police|family|witnesses|reporters|journalists|comunitarios"),
    /* "la próxima vez no va a haber quien los consuele" */
    SAYING(6, false, false, 0, 0, "no", "va", "a", "haber", "quien",
           "los|la|lo|te|les", "consuele"),
    /* "Luego no digan que no se les avisó." */
    SAYING(6, false, false, 0, 0, "no", "digan|diga", "que", "no", "se",
           "les|le|te", "aviso"),
    /* "Ya mataron a uno, no les cuesta nada uno más." */
    SAYING(1, false, false, 0, 0, "cuesta", "nada", "uno|otro", "mas"),
    /* "Hay ojos en todos lados." */
    SAYING(1, false, false, 0, 0, "hay", "ojos", "en", "todos|todas",
           "lados|partes"),
    /* "Abuelita, ya vaya preparando otro rezo, por si las dudas" (not "la
     * abuela anda preparando otro rezo para la novena") */
    SAYING(1, false, false, 0, 0, "vaya|vayan|vete", "preparando", "otro|otra",
           "rezo|funeral|velorio|ataud|misa"),
    /* "Los 3 también ya tienen los nombres de ustedes" */
    SAYING(2, false, false, 0, 0, "tienen", "los", "nombres", "de", "ustedes"),
    /* "tenemos la lista completita" */
    SAYING(3, false, false, 0, 0, "tenemos", "la", "lista", "completita"),
    /* "y los que los entregaron que vayan rezando" */
    SAYING(2, true, false, 0, 0, "que", "vayan|vaya|vayas", "rezando"),
    /* "saben lo que pasa cuando se ponen de sapos" */
    SAYING(3, false, false, 0, 0, "se", "ponen|pone|pones", "de",
           "sapos|sapo|soplones"),
    /* "Ahí les mandamos un regalito" */
    SAYING(3, false, false, 0, 0, "les|te|le", "mandamos", "un", "regalito"),
    /* "ojalá termine el trabajo con los que quedaron vivos" */
    SAYING(0, false, false, 0, 0, "termine|terminen", "el", "trabajo", "con",
           "los|las"),
    /* "Ya los tenemos en captura." */
    SAYING(3, false, false, 0, 0, "los|las|te", "tenemos", "en",
           "captura|capturas"),
    /* "nadie más tiene que salir lastimado si cada quien se queda en su
     * casa calladito" */
    SAYING(5, false, false, 0, 0, "nadie", "mas", "tiene", "que", "salir",
           "lastimado|lastimada|herido"),
    /* "Ojalá tengan la misma valentía cuando les toquen la puerta." */
    SAYING(2, false, false, 0, 0, "cuando", "les|te|le", "toquen", "la",
           "puerta"),
    /* "A ustedes también ya se les está avisando." */
    SAYING(4, false, false, 0, 0, "ya", "se", "les|te|le", "esta", "avisando"),
    /* "los testigos también se borran solos" */
    SAYING(3, false, false, 0, 0, "testigos", "tambien", "se", "borran"),
    /* "que siga sin ver nada" */
    SAYING(3, false, false, 0, 0, "siga|sigan", "sin", "ver|decir|saber",
           "nada"),
    /* "She joked about the wrong family." */
    SAYING(3, false, false, 0, 0, "joked|messed|mess", "about|with", "the",
           "wrong", "family"),
    /* "Screenshots work both ways." */
    SAYING(0, false, false, 0, 0, "screenshots", "work", "both", "ways"),
    /* "People who see faces usually have short careers." */
    SAYING(2, false, false, 0, 0, "who", "see", "faces"),
    /* "We can quote him a better price." of protection */
    SAYING(0, false, false, 0, 0, "quote", "him|you|her|them", "a", "better",
           "price"),
    /* "And we know which of you have family here." */
    SAYING(4, false, false, 0, 0, "which", "of", "you", "have", "family"),
    /* "They should light up the whole family" */
    SAYING(4, false, false, 0, 0, "should", "light", "up", "the", "whole"),
    /* "whoever wrote this article better not be in Zamora this weekend" */
    SAYING(0, false, false, SY_WHOEVER, 0, "better", "not", "be", "in"),
    /* "Pay the quota, its cheaper than funerals." */
    SAYING(2, false, false, SY_FEE, 0, "cheaper", "than", "funerals"),
    /* "the state cant guard her forever" */
    SAYING(3, false, false, 0, 0, "cant|cannot", "guard|protect",
           "her|him|them|you", "forever"),
    /* "They should burn the rest" */
    SAYING(1, false, false, 0, 0, "should", "burn", "the", "rest"),
    /* "Bravery is rare. So are long lives in Zamora." */
    SAYING(3, false, false, 0, 0, "so", "are", "long", "lives"),
    /* "Those who complain can ask the 2 who died how it went." */
    SAYING(1, false, false, 0, 0, "who", "died", "how", "it", "went"),
    /* "Remember that your families are also part of the business now." */
    SAYING(0, false, false, 0, 0, "families", "are", "also", "part", "of",
           "the", "business"),
    /* "They should be grateful the rest are still breathing." */
    SAYING(4, false, false, 0, 0, "the", "rest", "are", "still", "breathing"),
    /* "Ya ubicamos la camioneta del reportero" */
    SAYING(1, false, false, 0, 0, "ya", "ubicamos", "la|el|su",
           "camioneta|carro|coche|troca"),
    /* "si regresan, regresan con cuota" */
    SAYING(3, false, false, 0, 0, "regresan|vuelven", "regresan|vuelven", "con",
           "cuota"),
    /* "puede volver a trabajar tranquila, nomás que se pongan de acuerdo" */
    SAYING(1, false, false, SY_CALM, 0, "se", "pongan", "de", "acuerdo"),
    /* "Esa valentía se respeta... y se recuerda." */
    SAYING(4, false, false, 0, 0, "se", "respeta", "y", "se", "recuerda"),
    /* "alguien las podría usar. Por ejemplo nosotros." */
    SAYING(3, false, false, 0, 0, "usar", "por", "ejemplo", "nosotros"),
    /* "va a haber volantes para todos" */
    SAYING(1, false, false, 0, 0, "haber", "volantes|balas|plomo", "para",
           "todos"),
    /* "nosotros también las estamos cuidando a todas horas" */
    SAYING(5, false, false, 0, 0, "porque", "nosotros", "tambien",
           "las|los|te|lo|la", "estamos", "cuidando|vigilando|viendo"),
    /* "Muerto el perro se acaba la rabia" */
    SAYING(2, false, false, 0, 0, "muerto", "el", "perro"),
    /* "Felicidades a los que hicieron el trabajo" */
    SAYING(0, true, false, 0, 0, "felicidades", "a", "los", "que", "hicieron",
           "el", "trabajo"),
    /* "los sapos se revientan" */
    SAYING(2, true, false, 0, 0, "sapos|soplones", "se", "revientan"),
    /* "Para la próxima que no quede nadie adentro, así no hay testigos" */
    SAYING(1, false, false, 0, 0, "no", "quede", "nadie", "adentro|vivo"),
    SAYING(3, false, false, 0, 0, "asi", "no", "hay", "testigos"),
    /* "we got friends everywhere", "tenemos amigos en todos lados" */
    SAYING(2, true, false, 0, 0, "got|have", "friends", "everywhere"),
    SAYING(1, false, false, 0, 0, "tenemos", "amigos", "en", "todos|todas",
           "lados|partes"),
    /* "Some friends of the company would like a conversation with whoever
     * wrote this." */
    SAYING(2, false, false, 0, 0, "like", "a", "conversation|word|chat", "with",
           "whoever|you"),
    /* "I hope his church burns with him inside" */
    SAYING(3, false, false, 0, 0, "burns|burn", "with", "him|her|them|you",
           "inside"),
    /* "staying quiet is the smart move" */
    SAYING(0, false, false, 0, 0, "quiet", "is", "the", "smart|smartest|best",
           "move"),
    /* "They asked me to pass that along." */
    SAYING(3, false, false, 0, 0, "asked", "me", "to", "pass", "that|this|it",
           "along|on"),
    /* "Some of us remember faces, blurry or not." */
    SAYING(1, true, false, 0, 0, "remember", "faces"),
    /* "We know which shelter. We know which room." */
    SAYING(2, true, false, 0, 0, "we", "know", "which",
           "room|shelter|house|school|car"),
    /* "Your blog was fun while it lasted" */
    SAYING(5, false, false, 0, 0, "blog|site|page", "was", "fun", "while", "it",
           "lasted"),
    /* "Tell the dad we still have his phone." */
    SAYING(4, true, false, 0, 0, "we", "still", "have", "his|her|your",
           "phone"),
    /* "The landlords around here are not patient" */
    SAYING(2, true, false, 0, 0, "are", "not", "patient"),
    /* "antes de que alguien se lo tenga que explicar" */
    SAYING(5, false, false, 0, 0, "alguien", "se", "lo|la|los|les", "tenga",
           "que", "explicar"),
    /* "el que paga una vez paga dos" */
    SAYING(0, false, false, 0, 0, "paga", "una", "vez", "paga", "dos"),
    /* "por su culpa se calentó la plaza y los señores están muy molestos" */
    SAYING(3, false, false, 0, 0, "senores|señores", "estan", "muy",
           "molestos"),
    /* "deberían dar gracias que siguen vivos" */
    SAYING(4, false, false, 0, 0, "dar|den", "gracias", "que",
           "siguen|sigue|sigues", "vivos|vivo|viva|vivas"),
    /* "desde aquí se ve todo." */
    SAYING(0, true, false, 0, 0, "desde", "aqui", "se", "ve", "todo"),
    /* "Ya tomamos nota de todos los que compartieron" */
    SAYING(1, false, false, 0, 0, "tomamos", "nota", "de", "todos|todas",
           "los|las", "que"),
    /* "un día de estos le van a cobrar su parte" */
    SAYING(5, false, false, 0, 0, "les|le|te", "van", "a", "cobrar", "su",
           "parte"),
    /* "Nosotros también sabemos dónde imprimen" */
    SAYING(2, false, false, 0, 0, "nosotros", "tambien", "sabemos", "donde"),
    /* "ya saben que no les conviene seguir dando entrevistas" */
    SAYING(2, false, false, 0, 0, "no", "les|le|te", "conviene", "seguir",
           "dando|hablando|publicando|diciendo"),
    /* "los deje directo en la fosa" */
    SAYING(3, false, false, 0, 0, "directo", "a|en", "la", "fosa"),
    /* "Aquí tienen el face de la mamá de los niños" */
    SAYING(3, false, false, 0, 0, "aqui", "tienen", "el",
           "face|facebook|insta|instagram", "de", "la|el",
           "mama|papa|hermana|hermano|esposa|hija|hijo|novia|novio"),
    /* "el albergue también va a tener que pagar" of a fee */
    SAYING(5, false, false, SY_FEE, 0, "tambien", "va|van", "a", "tener", "que",
           "pagar"),
    /* "si el pastor sigue de hocicón lo van a calentar bonito" */
    SAYING(3, false, false, 0, 0, "lo|la|los|te", "van", "a", "calentar"),
    /* "aquí no se quieren soplones" */
    SAYING(3, false, false, 0, 0, "no", "se", "quieren", "soplones|sapos"),
    /* "ya sabemos quiénes son." */
    SAYING(2, true, false, 0, 0, "ya", "sabemos", "quienes", "son"),
    /* "Pay the cuota or get the same." of a fee */
    SAYING(3, true, false, SY_FEE, 0, "or", "get|gets", "the", "same"),
    /* "just put their name on another list too" */
    SAYING(1, false, false, 0, 0, "on|en", "another|otra", "list|lista",
           "too|tambien"),
    /* "Some people forgot." */
    SAYING(2, true, false, 0, 0, "some", "people", "forgot"),
    /* "y'all about to learn what happens to people who talk" */
    SAYING(3, false, false, 0, 0, "to", "learn|find|see", "what", "happens",
           "to", "people|those|snitches", "who"),
    /* "Dashcam guy is dead meat." */
    SAYING(2, false, false, 0, 0, "is|s|are|re", "dead", "meat"),
    /* "Hope he enjoyed his last route." */
    SAYING(3, false, false, 0, 0, "enjoyed|enjoy", "his|her|their|your", "last",
           "route|delivery"),
    /* "we can see your profiles too" */
    SAYING(4, false, false, 0, 0, "we", "can", "see", "your",
           "profiles|profile"),
    /* "Third time there's no warning." */
    SAYING(0, true, false, 0, 0, "third", "time", "theres|there", "no",
           "warning|warnings"),
    /* "a la tercera ya no hay aviso" */
    SAYING(0, false, false, 0, 0, "tercera", "ya", "no", "hay", "aviso"),
    /* "el aviso ya se dio." */
    SAYING(1, true, false, 0, 0, "el", "aviso", "ya", "se", "dio"),
    /* "Si no, pues ya vieron cómo termina." */
    SAYING(3, true, false, 0, 0, "ya", "vieron|saben|sabes|sabe", "como",
           "termina|terminan|acaba|acaban"),
    /* "para que vean que estamos al pendiente" */
    SAYING(6, false, false, 0, 0, "para", "que", "vean|sepan", "que", "estamos",
           "al", "pendiente"),
    /* "aquí se paga, se calla y se trabaja" */
    SAYING(3, false, false, 0, 0, "se", "paga", "se", "calla"),
    /* "nosotros también sabemos leer." */
    SAYING(3, true, false, 0, 0, "nosotros", "tambien", "sabemos", "leer"),
    /* "la plaza tiene dueño" */
    SAYING(3, false, false, 0, 0, "la", "plaza", "tiene",
           "dueno|duenos|dueño|dueños|patron"),
    /* "garantizamos que no les pase nada" */
    SAYING(0, false, false, 0, 0, "garantizamos", "que", "no", "les|le|te",
           "pase", "nada"),
    /* "sería bueno que alguien se lo recordara" */
    SAYING(3, false, false, 0, 0, "alguien", "se", "lo|la",
           "recordara|recuerde|recordaran|recuerden"),
    /* "they will be the ones who pay the bill" of a plaza heated up */
    SAYING(5, false, false, SY_HEAT, 0, "will", "be", "the", "ones", "who",
           "pay"),
    /* "Stop asking questions." */
    SAYING(2, true, false, 0, 0, "stop", "asking", "questions"),
    /* "They talk to newspapers, they get picked up." */
    SAYING(2, true, false, 0, 0, "they|you", "get", "picked", "up"),
    /* "Javier Valdez also thought he was brave." */
    SAYING(4, true, false, 0, 0, "also|tambien", "thought|creia|creyo",
           "he|she|que", "was|era", "brave|valiente"),
    /* "Qué lástima que no lo remataron" */
    SAYING(4, false, false, 0, 0, "lastima|pena", "que", "no",
           "lo|la|los|las|le",
           "remataron|mataron|remataran|mataran|terminaron|quebraron"),
    /* "too bad they didn't finish him" */
    SAYING(4, false, false, 0, 0, "too", "bad", "they", "didnt", "finish",
           "him|her|them"),
    /* "el piso se paga y ya" */
    SAYING(1, false, false, 0, 0, "el", "piso", "se", "paga"),
    /* "Ya levantaron a uno por menos que eso" */
    SAYING(4, false, false, 0, 0, "levantaron|mataron|quebraron|desaparecieron",
           "a", "uno", "por", "menos"),
    /* "toma nota de todos los que comentan" */
    SAYING(1, false, false, 0, 0, "toma|toman|tomamos", "nota", "de",
           "todos|todas", "los|las", "que",
           "comentan|opinan|hablan|publican|comparten"),
    /* "Nosotros sí pensamos en ellas." */
    SAYING(2, true, false, 0, 0, "nosotros", "si", "pensamos", "en",
           "ellas|ellos|ustedes"),
    /* "Los vamos a visitar uno por uno" */
    SAYING(3, false, false, 0, 0, "los|las|les", "vamos", "a", "visitar|buscar",
           "uno", "por", "uno"),
    /* "en este pueblo los que hablan se van." */
    SAYING(2, true, false, 0, 0, "los", "que", "hablan", "se", "van"),
    /* "the strike ends when the plaza decides" */
    SAYING(2, false, false, 0, 0, "when|cuando", "the|la", "plaza",
           "decides|wants|diga|decida|quiera"),
    /* "Todavía le quedan otros dos." of someone speaking out */
    SAYING(2, false, false, SY_SPEAK, 0, "todavia", "le|les|te", "quedan",
           "otros|otras"),
    /* "Uno nunca sabe quién está escuchando." */
    SAYING(4, true, false, 0, 0, "nunca", "sabe", "quien", "esta",
           "escuchando|oyendo"),
    /* "Ya se le avisó una vez." */
    SAYING(3, true, false, 0, 0, "ya", "se", "le|les|te", "aviso", "una",
           "vez"),
    /* "todavía están a tiempo de quedarse callados" (not "se acabó el
     * tiempo de quedarse callados") */
    SAYING(3, false, false, 0, 0, "a", "tiempo", "de", "quedarse|quedarte",
           "callados|callado|callada|calladitos|calladita"),
    /* "Que Dios cuide a los que hablan de más, porque nosotros no." */
    SAYING(1, true, false, SY_GOD, 0, "porque", "nosotros", "no"),
    /* "Hay gente que tiene mucha paciencia, pero no infinita." */
    SAYING(3, false, false, 0, 0, "paciencia", "pero", "no", "infinita|eterna"),
    /* "nosotros ya tenemos las suyas" */
    SAYING(3, false, false, 0, 0, "ya", "tenemos", "las|los", "suyas|suyos"),
    /* "alguien la tiene que enfriar" of a plaza heated up */
    SAYING(3, false, false, SY_HEAT, 0, "la|lo", "tiene|tienen", "que",
           "enfriar"),
    /* "la maña no olvida" */
    SAYING(0, false, false, 0, 0, "maña|mana", "no",
           "olvida|perdona|olvidan|perdonan"),
    /* "ya saben lo que pasa cuando alguien habla" */
    SAYING(5, false, false, 0, 0, "lo", "que", "pasa", "cuando", "alguien",
           "habla"),
    /* "how families end up in bags" */
    SAYING(4, false, false, 0, 0, "people|families|snitches|reporters", "end",
           "up", "in", "bags|barrels|ditches"),
    /* "We have all their names." */
    SAYING(4, true, false, 0, SY_WARM, "we", "have", "all", "their|your",
           "names"),
    /* "before someone sits you down permanently" */
    SAYING(3, false, false, 0, 0, "sits|sit|shut|put", "you|him|her|them",
           "down|up", "permanently"),
    /* "rest in pixels 💀" */
    SAYING(2, false, false, 0, 0, "rest", "in", "pixels"),
    /* "debería cuidar más a su familia" (one person told: not "los papás
     * deberían cuidar más a sus hijos en internet") */
    SAYING(1, false, false, 0, 0, "deberia", "cuidar", "mas", "a", "su|sus",
           "hijos|hijas|familia|nietos|esposa"),
    /* "debería pensar en sus nietos antes de abrir la boca" */
    SAYING(2, false, false, 0, 0, "en", "sus",
           "hijos|hijas|nietos|familia|familias", "antes", "de",
           "abrir|hablar|publicar|declarar|denunciar|subir|grabar"),
    /* "Ojalá tenga su seguro de vida al corriente." */
    SAYING(6, false, false, 0, 0, "tenga|tengan|tengas", "su|sus|el", "seguro",
           "de", "vida", "al", "corriente"),
    /* "Aquí se paga o se va." */
    SAYING(1, true, false, 0, 0, "se", "paga", "o", "se", "va|larga|muere"),
    /* "Le faltaron tres nombres a la lista, ya se van a completar" */
    SAYING(4, false, false, SY_LIST, 0, "ya", "se", "va|van", "a", "completar"),
    /* "te vas a ir a dormir con los frijolitos" */
    SAYING(3, false, false, 0, 0, "dormir", "con", "los", "frijolitos|peces"),
    /* "Whoever gave the names should buy a good coffin" */
    SAYING(4, false, false, 0, 0, "should", "buy", "a", "good|nice",
           "coffin|casket"),
    /* "Someone should help him forget." */
    SAYING(2, true, false, 0, 0, "help", "him|her|them", "forget"),
    /* "so they can see who likes to talk." */
    SAYING(1, true, false, 0, 0, "who", "likes", "to", "talk"),
    /* "para que vean a quién le gusta hablar." */
    SAYING(3, true, false, 0, 0, "quien", "le|les", "gusta", "hablar"),
    /* "ya nos ahorraron el trabajo" */
    SAYING(1, false, false, 0, 0, "nos", "ahorraron", "el", "trabajo"),
    /* "everyone will remember who caused it" of a plaza heated up */
    SAYING(1, false, false, SY_HEAT, 0, "will", "remember", "who",
           "caused|started"),
    /* "the company already knows." */
    SAYING(2, true, false, 0, 0, "company|empresa", "already|ya", "knows|sabe"),
    /* "ya lo están leyendo quienes lo tienen que leer" */
    SAYING(4, false, false, 0, 0, "quienes", "lo", "tienen", "que", "leer"),
    /* "Aquí se sabe todo." */
    SAYING(2, true, false, 0, 0, "aqui", "se", "sabe", "todo"),
    /* "Los que ya pagaron no tienen nada que temer." of a fee */
    SAYING(6, false, false, SY_FEE, 0, "ya", "pagaron", "no", "tienen", "nada",
           "que", "temer"),
    /* "Qué bueno que les dieron piso" */
    SAYING(5, false, false, 0, 0, "que", "bueno", "que", "les|le|los", "dieron",
           "piso|cuello|plomo"),
    /* "su carro estuvo muy bien estacionado ayer afuera del café" */
    SAYING(2, false, false, 0, 0, "muy", "bien", "estacionado|estacionada"),
    /* "ya lo están cuidando 😉" */
    SAYING(3, true, false, 0, 0, "ya", "lo|la|los|las", "estan", "cuidando"),
    /* "también les falta su escarmiento" */
    SAYING(2, false, false, 0, 0, "falta|falto|merecen|necesitan", "su",
           "escarmiento"),
    /* "We made one too, of everywhere you go" */
    SAYING(1, false, false, 0, 0, "of", "everywhere", "you", "go"),
    /* "ESO LE PASA POR ANDAR DE SAPA CON LA FISCALIA": the victim blamed */
    SAYING_AS(SCREEN_INSULT, 3, false, false, 0, 0, "por", "andar", "de",
              "sapa|sapo|soplona|soplon|chismosa|habladora"),
    /* "Ya están bien ubicadas." */
    SAYING(3, true, false, 0, 0, "ya", "estan|esta", "bien",
           "ubicadas|ubicados|ubicada|ubicado"),
    /* "la plaza no se calienta sola" */
    SAYING(2, false, false, SY_HEAT, 0, "no", "se", "calienta", "sola|solo"),
    /* "después no digan que nadie les avisó." */
    SAYING(5, true, false, 0, 0, "no", "digan|diga", "que", "nadie",
           "les|le|te", "aviso"),
    /* "Nomás comento." */
    SAYING(1, true, false, 0, 0, "nomas", "comento"),
    /* "que la mamá cierre la boca antes de que se la cierren" */
    SAYING(6, false, false, 0, 0, "boca", "antes", "de", "que", "se", "la",
           "cierren"),
    /* "la gente del patrón también lee este blog" */
    SAYING(3, false, false, 0, 0, "la", "gente", "del", "patron"),
    /* "Dios la cuide porque nadie más lo va a hacer" (not "que Dios nos
     * ayude porque nadie más lo va a hacer") */
    SAYING(0, false, false, SY_GOD, SY_US, "nadie", "mas", "lo|la|los|las",
           "va", "a", "hacer|cuidar"),
    /* "porque acá en tierra nadie los va a acompañar" */
    SAYING(0, false, false, SY_GOD, SY_US, "nadie", "lo|la|los|las", "va", "a",
           "acompanar|acompañar|cuidar|proteger"),
    /* "Somebody is going to have to cool it down" of a plaza heated up */
    SAYING(0, false, false, SY_HEAT, 0, "cool", "it|things", "down"),
    /* "La próxima no es el carro." */
    SAYING(0, false, false, 0, 0, "proxima", "no", "es", "el|la",
           "carro|coche|auto|camioneta|negocio|casa"),
    /* "Offices burn just like cars do." */
    SAYING(1, false, false, 0, 0, "offices|houses|homes", "burn", "just",
           "like"),
    /* "enjoy their phone while they still have hands to hold it" */
    SAYING(4, false, false, 0, 0, "while", "they|you|he|she", "still",
           "have|has", "hands|fingers|eyes"),
    /* "Whoever burned that car did God's work. Do the office next." */
    SAYING(3, false, false, SY_HARMED, 0, "do|burn", "the", "office|house|boat",
           "next"),
    /* "Lástima que no quemaron la escuela con todo y el maestro adentro" */
    SAYING(3, false, false, 0, 0, "lastima|pena", "que", "no",
           "quemaron|incendiaron|balacearon"),
    /* "Bien hecho muchachos, que no quede ni uno." */
    SAYING(2, true, false, 0, 0, "que", "no", "quede", "ni", "uno"),
    /* "que mejor grabe su propio entierro" */
    SAYING(3, false, false, 0, 0, "grabe|grabar|filme|escriba|prepare|vaya",
           "su", "propio", "entierro|funeral"),
    /* "en la sierra el que mucho habla poco dura" */
    SAYING(5, false, false, 0, 0, "el", "que", "mucho", "habla", "poco",
           "dura"),
    /* "Ya calentaron la plaza con su videito, ahora aguanten lo que venga" */
    SAYING(0, false, false, SY_HEAT, 0, "aguanten|aguanta|aguante", "lo", "que",
           "venga"),
    /* "Y ya tienen sus nombres." */
    SAYING(3, true, false, 0, 0, "ya", "tienen|tenemos", "sus", "nombres"),
    /* "think about his wife and kids before he keeps talking" */
    SAYING(1, false, false, 0, 0,
           "kids|children|family|wife|daughters|nieces|nephews|husband",
           "before", "he|she|they|you", "keeps|gives|talks|speaks|opens|says"),
    /* "Some of us are already inside." */
    SAYING(5, true, false, 0, 0, "some", "of", "us", "are", "already",
           "inside"),
    /* "Sapos dont last long in Los Altos." */
    SAYING(2, false, false, 0, 0, "sapos|snitches|rats|soplones", "dont",
           "last", "long"),
    /* "we only want to talk with him 🙂" */
    SAYING(3, true, false, 0, 0, "only", "want", "to", "talk", "to|with",
           "him|her|them"),
    /* "The boss always collects." */
    SAYING(2, true, false, 0, 0, "boss|jefe|patron", "always|siempre",
           "collects|cobra"),
    /* "It would be sad to see her lose more." */
    SAYING(4, false, false, 0, 0, "sad", "to", "see", "her|him|them|you",
           "lose", "more|another|anyone"),
    /* "Say hi to her for us" */
    SAYING(1, false, false, 0, SY_WARM, "say", "hi", "to", "her|him|them",
           "for", "us"),
    /* "take care of the sister just like they took care of her brother" */
    SAYING(3, false, false, 0, 0, "just", "like", "they", "took", "care", "of"),
    /* "the company doesn't forget and the company doesn't forgive" */
    SAYING(0, true, false, 0, 0, "company", "doesnt", "forgive"),
    /* "There is no third warning." */
    SAYING(1, false, false, 0, 0, "no", "third", "warning|chance"),
    /* "A la testigo la van a levantar" */
    SAYING(4, false, false, 0, 0,
           "testigo|mesera|reportera|periodista|hermana|viuda", "la", "van",
           "a", "levantar"),
    /* "los muchachos también la leyeron con mucha atención" */
    SAYING(3, false, false, 0, 0, "muchachos", "tambien", "la|lo|las|los",
           "leyeron", "con", "mucha", "atencion"),
    /* "Mejor que regresen a clases mientras todavía pueden caminar." */
    SAYING(3, false, false, 0, 0, "mientras", "todavia", "pueden|puede|puedes",
           "caminar"),
    /* "Que Dios cuide a esos jóvenes, porque alguien más no los va a
     * cuidar" */
    SAYING(4, false, false, SY_GOD, SY_US, "no", "los|la|lo|las", "va", "a",
           "cuidar"),
    /* "que se vayan aprendiendo el camino al panteón" */
    SAYING(4, false, false, 0, 0, "aprendiendo|aprendan|aprenda", "el",
           "camino", "al", "panteon"),
    /* "They dont ask twice." */
    SAYING(3, true, false, 0, 0, "they|we", "dont", "ask", "twice"),
    /* "Some of us are not asking twice." */
    SAYING(2, true, false, 0, 0, "not", "asking", "twice"),
    /* "Nobody is anonymous." */
    SAYING(2, true, false, 0, 0, "nobody|nadie", "is|es", "anonymous|anonimo"),
    /* "She better pray she never runs into us" */
    SAYING(3, false, false, 0, 0, "pray", "she|he|they|you", "never",
           "runs|run", "into", "us"),
    /* "as well as they protected the last ones who talked" */
    SAYING(4, false, false, 0, 0, "as", "well", "as", "they", "protected",
           "the", "last"),
    /* "a la del podcast ya la van a levantar" */
    SAYING(4, true, false, 0, 0, "ya", "la|lo|los|las", "van", "a", "levantar"),
    /* "el que pone dedo se va pa bajo" */
    SAYING(2, false, false, 0, 0, "que", "pone|ponga", "dedo"),
    /* "si se dejaron fue porque querían": the victims blamed */
    SAYING_AS(SCREEN_INSULT, 1, false, false, 0, 0, "se", "dejaron", "fue",
              "porque", "querian"),
    /* "los padrinos no perdonan" */
    SAYING(0, false, false, 0, 0, "padrinos|jefes|patrones", "no",
           "perdonan|olvidan"),
    /* "la nueva dirección también se sabe" */
    SAYING(3, false, false, 0, 0, "direccion", "tambien", "se", "sabe"),
    /* "Hable con su hija antes de que alguien más hable con ella." */
    SAYING(4, false, false, 0, 0, "de", "que", "alguien", "mas", "hable", "con",
           "ella|el|ellos|ellas"),
    /* "El que avisa no es traidor." */
    SAYING(2, false, false, 0, 0, "el", "que", "avisa", "no", "es", "traidor"),
    /* "May God protect them, because nobody else is going to" (not "God
     * help us, because nobody else will") */
    SAYING(1, false, false, SY_GOD, SY_US, "because", "nobody", "else",
           "is|will"),
    /* "The neighbors have been very patient. Patience runs out." */
    SAYING(0, true, false, 0, 0, "patience", "runs", "out"),
    /* "hit him again till he gets the message" */
    SAYING(4, false, false, 0, 0, "till|until", "he|she|they|you", "gets|get",
           "the", "message"),
    /* "in Celaya people go for a ride and don't come back" */
    SAYING(3, false, false, 0, 0, "go", "for", "a", "ride", "and", "dont",
           "come"),
    /* "Quien no entiende por las buenas ..." */
    SAYING(4, false, false, 0, 0, "no", "entiende|entienden", "por", "las",
           "buenas"),
    /* "Some people don't get a warning." */
    SAYING(5, true, false, 0, 0, "some", "people", "dont", "get", "a",
           "warning"),
    /* "A la próxima no hay aviso." */
    SAYING(0, true, false, 0, 0, "proxima", "no", "hay", "aviso"),
    /* "ya veremos si el santo aguanta una segunda visita" */
    SAYING(0, false, false, 0, 0, "aguanta|aguantan|resiste", "una", "segunda",
           "visita|vuelta"),
    /* "no vaya a ser que un día les toque a ustedes ser la nota" */
    SAYING(6, false, false, 0, 0, "les|te|le", "toque", "a", "ustedes|ti|usted",
           "ser", "la", "nota"),
    /* "Sometimes there is room for one more in those holes." */
    SAYING(0, false, false, SY_GRAVE, 0, "room", "for", "one", "more", "in"),
    /* "hay lugar para uno más en la fosa" */
    SAYING(1, false, false, SY_GRAVE, 0, "hay", "lugar|espacio", "para",
           "uno|otro", "mas", "en"),
    /* "Sending blessings to the reporter. She's going to need them, and
     * soon." */
    SAYING(2, true, false, SY_PRAY, 0, "going", "to", "need", "them|it", "and",
           "soon"),
    /* "Hope the reporter's kids enjoy their last Christmas" */
    SAYING(2, false, false, 0, 0, "enjoy", "their|your|his|her", "last",
           "christmas|birthday"),
    /* "que disfrute su última navidad" */
    SAYING(2, false, false, 0, 0, "disfrute|disfruten|disfruta", "su|tu",
           "ultima", "navidad|cumpleanos"),
    /* "If the director cancels the concessions he knows what comes next." */
    SAYING(3, false, false, 0, 0, "he|she", "knows", "what", "comes", "next"),
    /* "The problem is the people who open their mouths." */
    SAYING(3, false, false, 0, 0, "who", "open", "their", "mouths"),
    /* "Yo que ustedes borraba esta nota." */
    SAYING(2, false, false, 0, 0, "que", "ustedes",
           "borraba|borraria|bajaba|bajaria|quitaba|quitaria"),
    /* "el que diga algo ya sabe" */
    SAYING(1, false, false, 0, 0, "que", "diga|hable|raje|denuncie", "algo",
           "ya", "sabe"),
    /* "el que hable ya sabe" */
    SAYING(1, true, false, 0, 0, "que", "diga|hable|raje|denuncie", "ya",
           "sabe"),
    /* "Ojalá tengan más suerte, aunque la suerte se acaba" */
    SAYING(1, false, false, 0, 0, "la", "suerte", "se", "acaba|termina|agota"),
    /* "Recuerden que aquí todo se sabe." */
    SAYING(0, true, false, 0, 0, "aqui", "todo", "se", "sabe"),
    /* "Hay gente que se molesta y no siempre podemos controlarlos" */
    SAYING(3, false, false, 0, 0, "no", "siempre", "podemos",
           "controlarlos|controlarlas|detenerlos"),
    /* "we can't always control them" */
    SAYING(1, false, false, 0, 0, "cant", "always", "control", "them"),
    /* "también sabemos quiénes son ustedes" */
    SAYING(1, false, false, 0, 0, "tambien", "sabemos", "quienes|quien",
           "son|eres"),
    /* "nosotros tenemos paciencia y buena memoria" */
    SAYING(3, false, false, 0, 0, "paciencia", "y", "buena", "memoria"),
    /* "we have patience and a good memory" */
    SAYING(4, false, false, 0, 0, "patience", "and", "a", "good", "memory"),
    /* "que aprendan a quedarse calladitos" */
    SAYING(1, false, false, 0, 0, "quedarse|quedar|estar|quedense",
           "calladitos|calladito|calladita|calladitas"),
    /* "hahaha good, more for the oven" */
    SAYING(3, false, false, 0, 0, "more", "for", "the",
           "oven|ovens|crematorium"),
    /* "Those mothers should be next in line for the oven" */
    SAYING(5, false, false, 0, 0, "next", "in", "line", "for", "the",
           "oven|grave|crematorium|fosa"),
    /* "Go dig yourselves a hole" (not "dig yourself into a hole") */
    SAYING(0, false, false, 0, 0, "dig", "yourself|yourselves", "a",
           "hole|grave"),
    /* "cávate tu tumba" */
    SAYING(0, false, false, 0, 0, "cavate|caven|cava", "tu|su", "tumba|fosa"),
    /* "Shoulda done the whole family while they were at it" (not "I have
     * done the whole family tree") */
    SAYING(1, false, false, 0, 0, "shoulda|shouldve", "done",
           "the|his|her|their", "whole", "family"),
    SAYING(2, false, false, 0, 0, "should", "have|of", "done",
           "the|his|her|their", "whole", "family"),
    /* "Ya ubicamos al primo del bloguero" */
    SAYING(1, false, false, 0, SY_THING, "ya", "ubicamos|localizamos", "al|a"),
    /* "you have a beautiful house in San Juan de Dios. Keep the doors
     * locked" */
    SAYING(3, false, false, SY_WARN, 0, "you", "have", "a",
           "beautiful|nice|lovely", "house|home"),
    /* "Los que se portan mal terminan en el crematorio." */
    SAYING(1, false, false, SY_GRAVE, 0, "se", "portan|porta", "mal",
           "terminan|acaban|termina|acaba", "en"),
    /* "Those friends read this blog and they remember faces" */
    SAYING(2, false, false, 0, 0, "they|we|friends", "remember", "faces"),
    /* "también sabe quiénes no son sus amigos" */
    SAYING(6, false, false, 0, 0, "tambien", "sabe|sabemos|saben", "quienes",
           "no", "son", "sus|nuestros", "amigos"),
    /* "Apenas va uno, tranquilos, la lista es larga" */
    SAYING(0, true, false, 0, 0, "apenas", "va|van", "uno|dos"),
    /* "Que les echen gasolina a las madres esas" (not to a car) */
    SAYING(1, false, false, 0, SY_ENGINE, "les", "echen|echemos", "gasolina"),
    /* "Nobody needs to worry as long as everyone stays quiet." */
    SAYING(5, false, false, 0, 0, "as", "long", "as",
           "everyone|everybody|you|they|people", "stays|stay|keeps|keep",
           "quiet"),
    /* "God has a way of taking the ones who don't know how to keep quiet." */
    SAYING(6, false, false, 0, 0, "who", "dont|doesnt", "know", "how", "to",
           "keep|stay", "quiet"),
    /* "Pretty brave for 16. Let's see how brave." */
    SAYING(3, true, false, 0, 0, "lets", "see", "how", "brave"),
    /* "Some people just don't listen. Others still have time." */
    SAYING(0, true, false, 0, 0, "others", "still", "have", "time"),
    /* "This reporter is going to end up exactly like him" */
    SAYING(2, false, false, 0, 0, "going", "to", "end", "up", "exactly|just",
           "like", "him|her|them"),
    /* "The company doesn't forget." */
    SAYING(0, false, false, 0, 0, "company|empresa", "doesnt|no",
           "forget|olvida"),
    /* "EL QUE LA CALIENTA ES EL QUE HABLA." */
    SAYING(0, false, false, 0, 0, "calienta", "es", "el", "que", "habla"),
    /* "Que sus compas aprendan." */
    SAYING(1, true, false, 0, 0, "compas", "aprendan"),
    /* "los hoteles tienen cámaras y las cámaras tienen dueño" */
    SAYING(0, false, false, 0, 0, "camaras", "tienen", "dueno|dueño"),
    /* "la empresa les agradece su comprensión y su silencio" */
    SAYING(0, false, false, 0, 0, "agradece|agradecemos", "su", "silencio"),
    /* "Los que sepan algo mejor que no sepan nada" */
    SAYING(3, false, false, 0, 0, "mejor", "que", "no", "sepan", "nada"),
    /* "Ya les tomamos lista a todos." */
    SAYING(1, false, false, 0, 0, "les|los|te", "tomamos", "lista"),
    /* "el próximo abrazo se lo damos en persona" */
    SAYING(3, false, false, 0, 0, "lo|la", "damos", "en", "persona"),
    /* "Qué bueno que lo callaron" */
    SAYING(3, false, false, 0, 0, "bueno", "que", "lo|la|los|las", "callaron"),
    /* "Los hoteles dan trabajo, los periodistas dan problemas. Y los
     * problemas se resuelven." */
    SAYING(0, true, false, 0, 0, "problemas", "se", "resuelven"),
    /* "message me privately. Come alone, no police." */
    SAYING(1, false, false, 0, 0, "come", "alone", "no", "police|cops"),
    /* "Debts get paid by family." */
    SAYING(0, false, false, 0, 0, "debts", "get|are", "paid", "by", "family"),
    /* "las deudas las paga la familia" */
    SAYING(0, false, false, 0, 0, "deudas", "las", "paga|pagan", "la",
           "familia"),
    /* "Before someone decides for you." */
    SAYING(2, false, false, 0, 0, "before", "someone|somebody", "decides",
           "for", "you"),
    /* "We have a list." */
    SAYING(3, true, false, 0, 0, "we", "have", "a", "list"),
    /* "Half of them are ours" of the police */
    SAYING(4, false, false, 0, 0, "half", "of", "them", "are", "ours"),
    /* "there's a price for heating up the plaza" */
    SAYING(2, false, false, 0, 0, "price", "for", "heating"),
    /* "For now they're being patient." */
    SAYING(3, false, false, 0, 0, "now", "theyre|were", "being", "patient"),
    /* "Ojalá tenga tiempo de cuidar a los que le quedan." */
    SAYING(5, false, false, 0, 0, "cuidar", "a", "los", "que", "le|les",
           "quedan"),
    /* "Ya identificamos quién es la fuente" */
    SAYING(1, false, false, 0, 0, "ya", "identificamos", "quien|quienes|a|al"),
    /* "Bonita casa tienen, con la bugambilia en la entrada." */
    SAYING(0, false, false, SY_WARN, 0, "bonita", "casa",
           "tienen|tiene|tienes"),
    /* "Ya le pusieron el dedo a la del feis." */
    SAYING(1, false, false, 0, 0, "le|les", "pusieron|puso", "el", "dedo"),
    /* "habrá consecuencias legales y de las otras" */
    SAYING(0, false, false, 0, 0, "legales", "y", "de", "las", "otras"),
    /* "They leave in two weeks. Then we'll see who's brave." */
    SAYING(2, true, false, 0, 0, "see", "whos", "brave"),
    /* "The drivers should thank the people in charge. Some of them are
     * still breathing." */
    SAYING(5, true, false, 0, 0, "some", "of", "them", "are", "still",
           "breathing"),
    /* "the commander knows where you live" */
    SAYING(0, false, false, 0, 0, "knows", "where", "you", "live"),
    /* "sus hijos necesitan una mamá viva y no una mamá famosa" */
    SAYING(2, false, false, 0, 0, "una", "mama|madre", "viva"),
    /* "Nadie les va a agradecer ser héroes muertos." */
    SAYING(1, false, false, 0, 0, "ser", "heroes", "muertos"),
    /* "ya tiene su lugar apartado en el cerro" */
    SAYING(2, false, false, 0, 0, "su", "lugar", "apartado", "en", "el",
           "cerro|panteon|monte"),
    /* "Qué ricas quedaron asadas esas urvans, faltó el chofer adentro" */
    SAYING(0, false, false, 0, 0, "falto", "el|la|los|las",
           "chofer|choferes|dueno|dueño|reportero|periodista|maestro|padre",
           "adentro"),
    /* "Nobody gets hurt if everybody stays quiet." */
    SAYING(5, false, false, 0, 0, "gets", "hurt", "if",
           "everybody|everyone|you|they", "stays|stay|keeps|keep", "quiet"),
    /* "It's not a threat, it's a forecast." */
    SAYING(2, true, false, 0, 0, "its", "a", "forecast"),
    /* "God protects. Sometimes." */
    SAYING(2, true, false, 0, 0, "god", "protects", "sometimes"),
    /* "The plaza has an owner and the owner says the nurse is a rat." */
    SAYING(0, false, false, 0, 0, "plaza", "has", "an", "owner"),
    /* "ya tenemos bien ubicados a todos los que fueron" */
    SAYING(3, false, false, 0, 0, "ya", "tenemos", "bien",
           "ubicados|ubicadas|ubicado|ubicada"),
    /* "mejor que se acuerden de que no vieron nada" */
    SAYING(0, false, false, 0, 0, "acuerden|acuerde", "de", "que", "no",
           "vieron|vio"),
    SAYING(0, false, false, 0, 0, "acuerden|acuerde", "que", "no",
           "vieron|vio"),
    /* "El que siga moviendo el agua se va a ahogar." */
    SAYING(0, false, false, 0, 0, "moviendo", "el", "agua", "se", "va", "a",
           "ahogar"),
    /* "No fue nada personal, fue un recordatorio." */
    SAYING(2, true, false, 0, 0, "fue", "un", "recordatorio"),
    /* "Se les está pidiendo de buena manera, la siguiente vez no." */
    SAYING(1, true, false, 0, 0, "la", "siguiente|proxima", "vez", "no"),
    /* "Que alguien le dé piso al secretario de salud" */
    SAYING(2, false, false, 0, 0, "le|les|te", "de", "piso|cuello|plomo"),
    /* "already took note of every face" */
    SAYING(4, false, false, 0, 0, "took|taking|take", "note", "of", "every",
           "face"),
    /* "Nobody got hurt this time. That was the polite version." */
    SAYING(2, true, false, 0, 0, "was", "the", "polite", "version"),
    /* "In our line of work we call this a warning." */
    SAYING(1, true, false, 0, 0, "we", "call", "this|that", "a", "warning"),
    /* "The pharmacist heated it up." where the plaza is named */
    SAYING(0, false, false, SY_HEAT, 0, "heated", "it", "up"),
    /* "We will ask each of them politely." */
    SAYING(4, false, false, 0, 0, "ask", "each", "of", "them", "politely"),
    /* "Thank them when it happens." */
    SAYING(4, true, false, 0, 0, "thank", "them", "when", "it", "happens"),
    /* "I hope they find him... in pieces 😂" */
    SAYING(3, false, false, SY_HOPE, 0, "find", "him|her|them", "in", "pieces"),
    /* "The ones who talk, take a trip. Pay your floor." */
    SAYING(2, true, false, 0, 0, "pay", "your|the", "floor"),
    /* "Last time anyone asks nicely." */
    SAYING(4, false, false, 0, 0, "last", "time", "anyone|we", "asks|ask",
           "nicely"),
    /* "protesters should be run over on that road" */
    SAYING(2, false, false, 0, 0, "should", "be", "run", "over"),
    /* "la familia ya está ubicada, no se cansen de correr" */
    SAYING(2, false, false, 0, 0, "no", "se", "cansen|canse", "de",
           "correr|huir"),
    /* "Que se cuide la boca" */
    SAYING(3, false, false, 0, 0, "se", "cuide|cuiden", "la", "boca"),
    /* "luego no se quejen cuando les llegue la maña" */
    SAYING(1, false, false, 0, 0, "les|te|le", "llegue", "la", "mana|maña"),
    /* "ya tenemos sus perfiles, no se sientan seguros detrás de la pantalla" */
    SAYING(2, false, false, 0, 0, "tenemos", "sus|tus", "perfiles"),
    /* "We appreciate knowing who you are." */
    SAYING(1, false, false, 0, 0, "appreciate", "knowing", "who", "you", "are"),
    /* "the fiscalia talks back to us" */
    SAYING(1, false, false, 0, 0, "talks", "back", "to", "us"),
    /* "La gente que habla mucho luego ya no habla." */
    SAYING(3, false, false, 0, 0, "luego", "ya", "no", "habla|hablan"),
    /* "Primero el presidente, luego los chismosos." */
    SAYING(2, false, false, 0, 0, "luego", "los", "chismosos|soplones|sapos"),
    /* "ahora sí vamos a ver quién aguanta más plomo" */
    SAYING(2, false, false, 0, 0, "aguanta|aguantan", "mas", "plomo"),
    /* "el lunes pasan a platicar con ustedes a su casa. Más vale que
     * estén." */
    SAYING(3, true, false, 0, 0, "mas", "vale", "que", "esten|estes|este"),
    /* "Cuenten las cruces del ejido" */
    SAYING(2, false, false, 0, 0, "cuenten", "las", "cruces"),
    /* "No es amenaza, es un pronóstico" */
    SAYING(5, false, false, 0, 0, "no", "es", "amenaza", "es", "un",
           "pronostico|aviso|consejo"),
    /* "Pay your piso and keep quiet" (not "they pay the cuota every week") */
    SAYING(2, false, false, 0, 0, "pay", "your", "piso|cuota"),
    /* "we know exactly how many head you have", "cuántas cabezas tiene
     * cada quien" */
    SAYING(2, false, false, 0, 0, "how", "many", "head", "you|he|they"),
    SAYING(1, false, false, 0, 0, "cuantas", "cabezas", "tiene|tienen", "cada"),
    /* "money collected, message delivered 💯" */
    SAYING(1, true, false, 0, 0, "message", "delivered"),
    /* "Rats get the trap." */
    SAYING(3, false, false, 0, 0, "rats", "get", "the", "trap"),
    /* "the Fiscalia office has more ears than you think" */
    SAYING(1, false, false, 0, 0, "more", "ears", "than"),
    /* "también saben qué pasó con los que hablaron" */
    SAYING(6, false, false, 0, 0, "saben", "que", "paso", "con", "los", "que",
           "hablaron"),
    /* "No vuelvan a pedir ayuda afuera." */
    SAYING(1, false, false, 0, 0, "no", "vuelvan", "a", "pedir", "ayuda"),
    /* "Company should of paid the piso. Pay or pray" */
    SAYING(2, false, false, 0, 0, "pay", "or", "pray"),
    /* "They should of just shot him" */
    SAYING(3, false, false, 0, 0, "should", "of", "just", "shot|killed"),
    /* "Talking never brings anything good, only more visits." */
    SAYING(2, false, false, 0, 0, "only", "more", "visits"),
    /* "la próxima no lo encuentran en el camino" */
    SAYING(1, false, false, 0, 0, "la", "proxima", "no", "lo|la|los",
           "encuentran"),
    /* "Se lo merecía por codo, la cuota es la cuota" */
    SAYING(4, false, false, 0, 0, "la", "cuota", "es", "la", "cuota"),
    /* "Lástima que lo soltaron vivo" */
    SAYING(3, false, false, 0, 0, "lastima", "que", "lo|la", "soltaron",
           "vivo|viva"),
    /* "sabe que si habla va a ser peor" */
    SAYING(5, false, false, 0, 0, "si", "habla|hablan|hablas", "va", "a", "ser",
           "peor"),
    /* "El que no coopera se vuelve a quedar tirado" */
    SAYING(1, false, false, 0, 0, "no", "coopera|cooperan", "se",
           "vuelve|vuelven"),
    /* "Póngase de acuerdo con los señores y no pasa nada." */
    SAYING(0, false, false, 0, 0, "pongase|ponganse|ponte", "de", "acuerdo",
           "con", "los", "senores|señores"),
    /* "Al pobre inge lo trataron muy bien para lo que merecía" */
    SAYING(5, false, false, 0, 0, "muy", "bien", "para", "lo", "que",
           "merecia|merecian"),
    /* "si fuera por mí lo dejan colgado del puente" */
    SAYING(4, false, false, 0, 0, "por", "mi", "lo|la|los", "dejan|dejaban",
           "colgado|colgados|colgada"),
    /* "Aquí las cosas se arreglan en corto, y los que hablan de más
     * también se arreglan." */
    SAYING(0, false, false, 0, 0, "hablan|publican", "de", "mas", "tambien"),
    /* "Ya les dimos una muestra." */
    SAYING(2, true, false, 0, 0, "ya", "les|le|te", "dimos", "una",
           "muestra|probadita"),
    /* "we have your faces now" */
    SAYING(3, false, false, 0, 0, "we", "have", "your", "faces"),
    /* "Cameras dont walk you to your car at night." */
    SAYING(1, false, false, 0, 0, "dont|wont", "walk", "you", "to", "your",
           "car"),
    /* "Better to stop now while it's still a conversation." */
    SAYING(4, false, false, 0, 0, "while", "its", "still", "a", "conversation"),
    /* "Now they know what the other choice costs." */
    SAYING(3, false, false, 0, 0, "what", "the", "other", "choice", "costs"),
    /* "Pick a different hobby, compa." */
    SAYING(3, false, false, 0, 0, "pick", "a", "different", "hobby"),
    /* "the police also give names" */
    SAYING(2, false, false, 0, 0, "police", "also", "give", "names"),
    /* "he should be careful what he remembers" */
    SAYING(3, false, false, 0, 0, "careful", "what", "he|she|you|they",
           "remembers|remember"),
    /* "Ya levantaron al que le pasó el pitazo?" */
    SAYING(1, false, true, 0, 0, "ya", "levantaron", "al", "que", "le",
           "paso|dio"),
    /* "la memoria corta alarga la vida" */
    SAYING(2, false, false, 0, 0, "memoria", "corta", "alarga"),
    /* "Ya sé en qué taller trabajas" */
    SAYING(5, false, false, 0, 0, "ya", "se", "en", "que",
           "taller|escuela|colonia|calle|oficina", "trabajas|estudias|vives"),
    /* "el profe quedó noqueado para siempre" */
    SAYING(0, false, false, 0, 0, "noqueado", "para", "siempre"),
    /* "Sería muy triste que el gimnasio se quemara una noche de estas" */
    SAYING(1, false, false, 0, 0, "se", "quemara", "una", "noche"),
    /* "She was told nicely once. There won't be a second message." (not
     * "there won't be a second warning: the dam is releasing water") */
    SAYING(4, false, false, 0, 0, "wont", "be", "a", "second", "message"),
    /* "ok keep sharing. we screenshot every name" */
    SAYING(0, false, false, 0, 0, "screenshot", "every", "name|face"),
    /* "The ones who took her read this too. And they aren't mad yet." */
    SAYING(1, false, false, 0, 0, "arent", "mad", "yet"),
    /* "someone needs to put that woman in the ground already" */
    SAYING(5, false, false, 0, 0, "put", "that|this", "woman|man|guy|lady",
           "in", "the", "ground"),
    /* "Nadie extraña a la gente que no sabe quedarse callada." */
    SAYING(1, false, false, 0, 0, "nadie", "extraña|extrana", "a", "la",
           "gente", "que"),
    /* "Todos recuerdan quién compartió esa foto." */
    SAYING(0, false, false, 0, 0, "recuerdan", "quien",
           "compartio|publico|subio"),
    /* "Tepic es tranquilo para quien sabe comportarse." */
    SAYING(3, false, false, 0, 0, "para", "quien", "sabe", "comportarse"),
    /* "si siguen moviendo el agua ya no va a estar bien" */
    SAYING(1, false, false, 0, 0, "siguen", "moviendo", "el", "agua"),
    /* "Saludos de parte de los de las cuatro letras." */
    SAYING(2, false, false, 0, 0, "las", "cuatro", "letras"),
    /* "los martes a las 7. Qué bueno que son puntuales." */
    SAYING(4, false, false, 0, 0, "que", "bueno", "que", "son", "puntuales"),
    /* "Consider taking it down while you can." */
    SAYING(0, false, false, 0, 0, "taking", "it", "down", "while", "you",
           "can"),
    /* "Everyone knows who he is. And where." */
    SAYING(0, false, false, 0, 0, "knows", "who", "he|she", "is", "and",
           "where"),
    /* "still driving the Costa Rica road at night alone? Bold. Very
     * bold." */
    SAYING(0, false, false, 0, 0, "bold", "very", "bold"),
    /* "People who talk to the press don't get a second article." */
    SAYING(3, false, false, 0, 0, "dont", "get", "a", "second",
           "article|warning"),
    /* "we know that's you Dr. Salas" */
    SAYING(2, false, false, 0, 0, "we", "know", "thats", "you"),
    /* "This is just the warning round." */
    SAYING(1, false, false, 0, 0, "warning", "round"),
    /* "The ones who speak up get picked up." */
    SAYING(3, false, false, 0, 0, "speak", "up", "get", "picked", "up"),
    /* "ya se lo compartimos a los de arriba" */
    SAYING(0, false, false, 0, 0, "compartimos", "a", "los", "de", "arriba"),
    /* "La valentía se paga, tarde o temprano." */
    SAYING(0, false, false, 0, 0, "valentia", "se", "paga"),
    /* "Esperemos que su familia piense igual" */
    SAYING(2, false, false, 0, 0, "su|tu", "familia", "piense", "igual"),
    /* "Saludos al de la clínica, él ya sabe quiénes somos." */
    SAYING(4, false, false, 0, 0, "el|ella", "ya", "sabe", "quienes", "somos"),
    /* "yo también lo madreo" */
    SAYING(1, false, false, 0, 0, "lo|la|los", "madreo|madreamos"),
    /* "Consejo para los veterinarios: atiendan y callen." */
    SAYING(0, false, false, 0, 0, "atiendan", "y", "callen"),
    /* "Those who talk to journalists should remember that the plaza has a
     * long memory." (with someone's talking named) */
    SAYING(4, false, false, SY_TALK, 0, "plaza", "has", "a", "long", "memory"),
    /* "la maña tiene buena memoria" */
    SAYING(4, false, false, 0, 0, "la", "maña|mana", "tiene", "buena|larga",
           "memoria"),
    /* "Para los que hablan con la prensa: la empresa tiene buena memoria."
     * (not "la empresa tiene buena memoria para cobrarte") */
    SAYING(4, false, false, SY_TALK, 0, "la", "plaza|empresa", "tiene",
           "buena|larga", "memoria"),
    /* "Maybe they should count their blessings. The warehouse isn't
     * fireproof." (not "the houses in the hills aren't fireproof") */
    SAYING(1, false, false, SY_PRAY, 0, "isnt|arent", "fireproof"),
    /* "we already know it came from the Cruz Roja. Enjoy your last
     * shifts." (not a retirement: "congratulations, enjoy your last
     * shift") */
    SAYING(3, true, false, 0, SY_WARM | SY_FAREWELL, "enjoy", "your", "last",
           "shifts|shift"),
    /* "I know who the witness is. Her days of talking are over." (not
     * "the days of talking are over, Congress must act") */
    SAYING(3, false, false, 0, 0, "her|his|your|their", "days", "of",
           "talking|snitching", "are", "over"),
    SAYING(2, false, false, 0, 0, "days", "of", "snitching", "are", "over"),
    /* "Wise men think about their kids before giving interviews." */
    SAYING(0, false, false, 0, 0, "think", "about", "their|his|her|your",
           "kids|family|children", "before", "giving|they|you|he|she",
           "interviews|talk"),
    /* "Hope she has a good lawyer... or a good priest." */
    SAYING(5, false, false, SY_HOPE, 0, "good", "lawyer", "or", "a", "good",
           "priest"),
    /* "Don't make anyone come explain it twice." (not "the teacher had to
     * come explain it twice") */
    SAYING(4, false, false, 0, 0, "anyone|anybody|someone|somebody|us|me",
           "come", "explain", "it", "twice"),
    /* "everyone except the singer, who won't be having many more
     * mornings" */
    SAYING(5, false, false, 0, 0, "wont", "be", "having", "many", "more",
           "mornings"),
    /* "My cousin says the singer owes money too. Somebody's gonna come
     * collect." (not "the bank is gonna come collect with interest") */
    SAYING(3, true, false, 0, 0,
           "somebodys|someones|somebody|someone|theyre|were", "gonna", "come",
           "collect"),
    /* "aquí no es su país y se les puede olvidar el camino de regreso" */
    SAYING(6, false, false, 0, 0, "les|le|te", "puede|pueden", "olvidar", "el",
           "camino", "de", "regreso"),
    /* "ya cumplieron una vez, no hagan que se tenga que cobrar dos veces" */
    SAYING(3, false, false, 0, 0, "se", "tenga", "que", "cobrar", "dos",
           "veces"),
    /* "mejor que se fijen por donde caminan. Zacatecas tiene muchas
     * barrancas." (not "la Sierra Tarahumara tiene muchas barrancas") */
    SAYING(2, false, false, SY_WALK, 0, "tiene", "muchas", "barrancas"),
    /* "Saludos a la señora que habló con el blog, ya la reconocimos por la
     * voz." (not "al cantante lo reconocimos por la voz") */
    SAYING(2, false, false, 0, 0, "ya", "la|lo|los|las", "reconocimos", "por",
           "la", "voz"),
    /* "QUE LA VUELVAN A LEVANTAR Y ESTA VEZ QUE NO PAGUEN" (not a statue:
     * "que la vuelvan a levantar pronto") */
    SAYING(4, false, false, SY_RANSOM, 0, "que", "la|lo|los|las", "vuelvan",
           "a", "levantar"),
    /* "la plaza está tranquila mientras nadie le mueva" (not "el sistema
     * funciona mientras nadie le mueva") */
    SAYING(3, false, false, SY_CALM, 0, "mientras", "nadie", "le", "mueva"),
    /* "Los que pagan cuota están bien, los que no pagan ya saben." */
    SAYING(3, true, false, 0, 0, "los", "que", "no", "pagan", "ya", "saben"),
    /* "Ya la compartimos con la gente que tenía que leerla." (not "ojalá
     * llegue a la gente que tenía que leerla") */
    SAYING(6, false, false, SY_SHARED, 0, "con", "la", "gente", "que", "tenia",
           "que", "leerla|leerlo"),
    /* "Felicidades al que disparó, por fin alguien pone orden." (not
     * "felicidades a quien disparó esta foto del volcán, qué belleza") */
    SAYING(3, true, false, 0, SY_WARM, "felicidades", "al|a", "que|quien",
           "disparo"),
    /* "next one gets the pozole treatment" (not "my grandma gives every
     * sick grandkid the pozole treatment") */
    SAYING(0, false, false, SY_NEXT, 0, "pozole", "treatment"),
    /* "Ustedes siguen publicando y nosotros seguimos leyendo. Todo queda
     * anotado." (with writing named: not "en el SAT no se les escapa
     * nada: todo queda anotado") */
    SAYING(2, true, false, SY_TALK, SY_WARM, "todo", "queda", "anotado"),
    /* "Anyone who shares the search flyer again gets added to the list. We
     * see the shares." */
    SAYING(3, true, false, SY_LIST | SY_WHOEVER, SY_WARM, "we", "see", "the",
           "shares"),
    /* "Whoever is translating these articles, we found your LinkedIn."
     * (not "to the owner of the grey dog: we found your Facebook and sent
     * you a message") */
    SAYING(3, true, false, SY_TALK | SY_WHOEVER, SY_WARM, "we", "found", "your",
           "linkedin|facebook|profile|insta|instagram"),
};

/* Each saying's "at" words by their hashes, sorted by hash and then by
 * the saying's place, worked out once: a token finds the sayings it may
 * start by a binary search, and only those are read word by word, in
 * their order. */
struct sy_at_key {
    uint64_t hash;
    uint32_t saying;
};
static struct sy_at_key sy_at_keys[SCREEN_NWORDS(sy_sayings) * SY_AT_ALTS];
static size_t sy_n_at_keys;
static pthread_once_t sy_at_once = PTHREAD_ONCE_INIT;

static int sy_key_order(const void *pa, const void *pb)
{
    const struct sy_at_key *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return a->saying < b->saying ? -1 : a->saying > b->saying;
}

static void sy_index_at_words(void)
{
    for (size_t r = 0; r < SCREEN_NWORDS(sy_sayings); r++) {
        const char *alts = sy_sayings[r].w[sy_sayings[r].at];
        for (size_t k = 0; k < SY_AT_ALTS && *alts; k++) {
            size_t l = strcspn(alts, "|");
            sy_at_keys[sy_n_at_keys++] =
                (struct sy_at_key){screen_hash(alts, l, 0), (uint32_t)r};
            alts += l;
            if (*alts == '|')
                alts++;
        }
    }
    qsort(sy_at_keys, sy_n_at_keys, sizeof(*sy_at_keys), sy_key_order);
}

/* The first of the keys whose hash is h (sy_n_at_keys if none). */
static size_t sy_first_key(uint64_t h)
{
    size_t lo = 0, hi = sy_n_at_keys;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sy_at_keys[mid].hash < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Whether token j is an emoji or another symbol, which ends a clause as
 * a full stop does: "nosotros también sabemos leer 🙂". */
static bool sy_symbol(const struct screen_norm *n, size_t j)
{
    return (unsigned char)n->text[n->tok[j].off] >= 0xE0;
}

/* Whether the saying starting at token from is negated right before it:
 * "Don't stop asking questions." (an order undone; "closing doesn't
 * cancel what you owe" menaces still). */
static bool sy_negated(const struct screen_norm *n, size_t from)
{
    static const char *const undone[] = {"dont", "never", "jamas"};
    return from > 0 &&
           screen_tok_in(n, from - 1, undone, SCREEN_NWORDS(undone));
}

/* The saying found by token i (its "at" word), or NULL; its tokens in
 * [*a, *b). */
static const struct sy_saying *sy_saying_at(const struct screen_norm *n,
                                            const char *text, size_t i,
                                            size_t *a, size_t *b)
{
    pthread_once(&sy_at_once, sy_index_at_words);
    uint64_t h = n->tok[i].hash;
    for (size_t q = sy_first_key(h);
         q < sy_n_at_keys && sy_at_keys[q].hash == h; q++) {
        const struct sy_saying *s = &sy_sayings[sy_at_keys[q].saying];
        if (i < s->at)
            continue;
        size_t from = i - s->at, k = 0;
        while (k < SCREEN_NWORDS(s->w) && s->w[k] &&
               screen_tok_alt_is(n, from + k, s->w[k]))
            k++;
        if (k < SCREEN_NWORDS(s->w) && s->w[k])
            continue;
        size_t end = from + k;
        if (sy_negated(n, from))
            continue;
        if (s->end && end < n->ntok &&
            !screen_tok_pause_after(n, text, end - 1) && !sy_symbol(n, end))
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
        return said->held_as ? said->held_as - 1 : SCREEN_THREAT;
    }
    return screen_grammar_match(
        n, text, len, i, a, b,
        said->held_as ? said->held_as - 1 : SCREEN_THREAT, out);
}

const struct screen_grammar screen_sayings_grammar = {sy_words_table, sy_at};
