/*
 * gloat.c - a death cheered: the dead said to be no loss, to have had it
 * coming, or too few.
 *
 * Under every story of a killing some readers cheer it. Their words are
 * mild ("uno menos", "nobody will miss him", "se lo merecía"), so neither
 * the model nor the threat grammar sees them, yet to the family reading
 * the thread and to the reporter they are the cruellest comments there.
 * This grammar reads these shapes, in English and Spanish:
 *
 *   - one less, opening a clause: "One less.", "one less rat", "uno
 *     menos", "una lacra menos", and a number or "mouths" when the
 *     comment speaks of a death ("mataron a 43, jajaja 43 menos"), ending
 *     a clause or naming the dead as vermin or a criminal (not "I paid 30
 *     less", "hoy hubo 120 menos", not "one less thing to
 *     worry about", "uno menos de que preocuparse", "Uno menos: ya
 *     cerraron el bar", an announcement after a colon, "en la mesa somos
 *     uno menos", mourning, nor an arrest or an official's fall: "one
 *     less killer on the loose, they caught him");
 *   - no one mourns, when the comment names a death or a criminal ("era
 *     un sicario, nobody will miss him"; not a coach fired): "nobody
 *     will miss him", "no one is going to cry for
 *     a lawyer who defended narcos", "he won't be missed", "nadie lo va a
 *     extrañar", "nadie va a llorar por un policía", "ni quien lo
 *     extrañe", "ni su mamá lo va a llorar", "the world won't miss him"
 *     (not "nobody will miss this heat", "nobody will miss her show",
 *     "them" or "las" of things when the comment speaks of no death,
 *     "nadie llora por el río", "the deadline won't be missed", "we will
 *     miss him", a question);
 *   - it was deserved, when the comment names a death or a criminal: "he
 *     got what he deserved", "she had it coming",
 *     "he deserved it", "earned every bullet", "se lo merecía", "bien
 *     merecido lo tenía", "se lo buscó" (not with a negation, "nadie",
 *     "no one"; not "the justice they deserved"; not a sentence or
 *     prison, "got what he deserved: 40 years in prison", "got what she
 *     deserved: ratio"; not a prize, a rest, a match won, a promotion,
 *     an official's fall or a pet, "bien merecido el premio", "the
 *     governor had it coming"; not what others say, "muchos dicen que se
 *     lo merecía"; not "yo se lo busco", the clerk's "I'll look it up",
 *     nor "busco" unaccented with no reason after it);
 *   - too few, in a comment that speaks of the dead: "ojalá hubieran sido
 *     más", "should've been 50", "should've finished the job", "lástima
 *     que solo fueron 3", "lástima que no fueron más" (not "ojalá
 *     hubieran sido más los detenidos", "200 voluntarios, ojalá hubieran
 *     sido más", "the raise should have been more"), "shoulda been the
 *     whole family";
 *   - gladness at a killing: "glad he's dead", "que bueno que lo
 *     mataron", "que bueno que mataron a ese", "que bueno que se mueran",
 *     "me alegra que estén muertos", "me dio gusto que se murieran", "me
 *     alegra sinceramente que ya esté bajo tierra" (not "que bueno que lo
 *     agarraron", an arrest, "que bueno que no lo mataron", a question,
 *     "que el cable ya esté bajo tierra");
 *   - no loss to the world, ending its clause: "the world lost nothing",
 *     "el mundo no pierde nada", "the world is better without him", "el
 *     mundo está mejor sin él" (not "el mundo no pierde nada si quitan
 *     esa ley", "con intentarlo");
 *   - a curse on the dead or the reader: "rot in hell", "rest in piss",
 *     "rest in pieces", "descanse en el infierno", "descanse en pedazos"
 *     (not on the killers: "I hope the killers rot in hell").
 *
 * And the victim blamed in a stock phrase: "What was she wearing?", "¿qué
 * traía puesto?", "pues q esperaba", "Natural selection doing its
 * thing.", "vale más muerta que viva" (not asked of a gunman, denied:
 * "no importa ... ni cómo iba vestida", nor a lecture on Darwin).
 *
 * And the victim blamed: "por algo la mataron", "seguro en algo andaba",
 * "algo habrá hecho", "andaba en malos pasos", "nobody disappears for
 * nothing", "nadie desaparece nomás porque sí" (ending its clause or where the
 * comment names a death; not "en algo andaban metidos los diputados", nor what
 * others say).
 *
 * And a harm called deserved, whatever else the comment says, when the
 * harm ends its clause: "you deserve every bullet", "they all deserve a
 * mass grave", "deserved to be gunned down like a dog", "se merecen todo
 * lo que les pase", "se merecía cada bala", "merecía que lo destazaran"
 * (not "nobody deserves to be shot", "I don't think he deserved to die",
 * "merecía morir en paz", "a grave, a name and a funeral", ourselves in
 * a game, a thing, a prison term, a question, or a comment reported:
 * "the comment saying she deserved every bullet"); and a killer who
 * killed a person said to deserve praise ("whoever killed that reporter
 * deserves a medal", "el que lo mató merece una medalla"; not the
 * firefighter who pulled the kids out, the cop who was killed, "the chef
 * who killed it").
 *
 * And a death laughed at: a comment that tells someone's death or funeral
 * and laughs ("jajaja hasta muerto sigue estando feo", "His crew didn't
 * even show up to the funeral lmao"; not "I'm dead 😂", "me mató de
 * risa", "my battery's dead lol", "hasta los muertos votan jaja", a
 * laugh at the officials named).
 *
 * And a killing called a favour, a cleansing or a saving, where the
 * comment names a death (or the killers do the whole place a favour:
 * "The cartel did the country a favor.", "the gang did Mexico a favor"): "they
 * killed him. The cartel did the world a favor.", "mataron a los rateros, le
 * hicieron un favor a la colonia" (done by the killers or with no one named;
 * not "do yourself a favor", "did us a favor by exposing them", a favour done
 * to the cartel), "eso es limpieza social", "that's just social cleansing", "No
 * es odio, es limpieza.", "it's not murder, it's pest control", "no es
 * asesinato, es control de plagas", the streets a cartel cleaned ("cleaned up
 * the neighborhood") (not denied, not a subject, not what others call it, not
 * where the comment calls it a crime or asks for justice), "saves us the
 * bullets", "nos ahorraron las balas".
 *
 * And hail to the killers: "mis respetos a los que le dieron cuello a ese
 * soplón", "respect to whoever shot that snitch", "congrats to the
 * shooters", "felicidades a los que lo hicieron" where the comment names
 * a death (not the mothers who searched, "los que lo hicieron posible").
 *
 * And the lesson of a killing told to those who talk, as a threat: "así
 * acaban los chismosos", "that's what happens to snitches", "eso les pasa
 * por hablar con la prensa", "que sirva de ejemplo para los demás
 * chismosos" where a killing is told (not "así acaban los chismosos de
 * la cuadra: sin amigos", "eso le pasa por no usar casco", "que su
 * valentía sirva de ejemplo para otros periodistas"); and "good riddance"
 * where the comment names a killing (not an arrest or a resignation).
 *
 * And the missing wished never found, the found regretted alive: "Hope
 * the nine stay missing", "ojalá no aparezcan nunca", "too bad they
 * found 22 alive" (not "ojalá los encuentren", "lástima que solo
 * encontraron a 22 vivos", the culprits never found).
 *
 * And as a threat, a bullet as the answer: "one bullet, problem solved",
 * "un plomazo y listo".
 *
 * And as a threat, an attack that failed, regretted or to be done better
 * where the comment speaks of it or is that alone: "Shame they missed",
 * "qué lástima que fallaron jaja", "lástima que no le atinaron", "he
 * survived?? bad aim", "next time aim a little lower", "pa la otra afinen
 * la puntería"; and a recovery wished and taken back: "Get well soon...
 * or don't", "que se recupere... o no". As an insult, the attack mocked
 * for failing ("Poor cartel, wasted good bullets", "desperdicio balas")
 * and "ni pa morirse sirvió".
 *
 * And as a threat, a death wished on a kind of person as a saying: "the
 * only good cop is a dead cop", "dead journalist = good journalist",
 * "periodista muerto, periodista bueno".
 *
 * Held as an insult: it insults the dead and those who mourn them. A
 * quotation (grammars.c) passes, as the cartel's own sign ("uno menos")
 * is news. Like the other grammars it is a rule only, not a model
 * feature.
 */
#include <string.h>

#include "screen/screen_int.h"

/* The widest span a laugh at a death is shown with: past it, the laugh
 * alone. */
#define G_LAUGH_SPAN 16

enum {
    G_ONE = 1u << 0,       /* one, uno, una, un */
    G_LESS = 1u << 1,      /* less, menos */
    G_SCUM = 1u << 2,      /* rat, scum, sicario, narco, lacra, basura */
    G_NOBODY = 1u << 3,    /* nobody, nadie, ni (su mamá) */
    G_MOURN = 1u << 4,     /* miss, mourn, cry, extrañar, llorar */
    G_HIM = 1u << 5,       /* him, her, them: whom no one mourns */
    G_MISSED = 1u << 6,    /* missed: "he won't be missed" */
    G_DESERVED = 1u << 7,  /* deserved, coming, earned, merecia, busco */
    G_HE = 1u << 8,        /* he, she, they, hes: the dead */
    G_NOT = 1u << 9,       /* not, never, nobody, no, nadie, nunca */
    G_TERM = 1u << 10,     /* prison, years, award, premio: a sentence or a
                              prize is deserved, not a death */
    G_SAY = 1u << 11,      /* say, dicen, digan, ponen: what others write */
    G_FEW = 1u << 12,      /* ojala, should, shouldve, lastima */
    G_GLAD = 1u << 13,     /* glad, happy, bueno (que bueno que) */
    G_KILLED = 1u << 14,   /* killed, executed, mataron, quebraron */
    G_WORLD = 1u << 15,    /* world, mundo */
    G_LAUGH = 1u << 16,    /* lol, jaja, lmao: a laugh after the clause */
    G_DEATH = 1u << 17,    /* bullet, bala, death, muerte, grave, fosa */
    G_CURSE = 1u << 18,    /* rot, burn, rest, pudrete, quemate, descanse */
    G_CULPRIT = 1u << 19,  /* killers, asesinos: whom readers curse freely */
    G_ONLY = 1u << 20,     /* only, unico: "the only good X is a dead X" */
    G_KIND = 1u << 23,     /* cop, journalist, periodista, migrante: whom "the
                              only good X is a dead X" is said of */
    G_ALGO = 1u << 24,     /* algo: "por algo lo mataron", "en algo andaba" */
    G_DIED = 1u << 22,     /* mueran, murio, muertos: "que se mueran" */
    G_DEADX = 1u << 21,    /* dead, muerto: "periodista muerto, periodista
                              bueno" */
    G_EARN = 1ull << 25,   /* deserve, deserves, merece, merecen: + a harm */
    G_FAVOR = 1ull << 26,  /* favor, favour: "did the world a favor" */
    G_CLEAN = 1ull << 27,  /* cleansing, limpieza (social) */
    G_SAVED = 1ull << 28,  /* saves, ahorraron: "saves us the bullets" */
    G_IS = 1ull << 29,     /* is, thats, es, fue: "eso es limpieza social" */
    G_BLAME = 1ull << 30,  /* crime, crimen, murder, genocidio: a cleansing
                              named to condemn it */
    G_NOSY = 1ull << 31,   /* snitches, chismosos, soplones, periodistas: who
                              the lesson of a killing is told to */
    G_LESSON = 1ull << 32, /* acaban, terminan, happens, pasa, ejemplo,
                              riddance */
    G_COURT = 1ull << 33,  /* prison, sentence, gol, partido, homenaje: a
                              harm "deserved" there is a term, a game or a
                              tribute */
    G_MISS = 1ull << 34,   /* missed, fallaron: an attack that failed */
    G_PITY = 1ull << 35,   /* shame, pity, bad, lastima: before G_MISS */
    G_AIM = 1ull << 36,    /* aim, afinen, apunten: better next time */
    G_ATTACK = 1ull << 37, /* attack, shooting, atentado, balazos: what
                              was missed */
    G_HAIL = 1ull << 38,   /* respect, props, respetos, aplausos: to the
                              killers */
    G_SOLVED = 1ull << 39, /* solved, resuelto, listo: "one bullet, problem
                              solved" */
    G_VANISH = 1ull << 40, /* disappears, desaparece: "nobody disappears for
                              nothing" */
    G_WASTE = 1ull << 41,  /* wasted, desperdicio: "wasted good bullets" */
    G_WELL = 1ull << 42,   /* well, recupere: "get well soon... or don't" */
    G_USE = 1ull << 43,    /* sirvio, sirve: "ni pa morirse sirvió" */
    G_GONE = 1ull << 44,   /* died, murió, funeral, velorio: a death a
                              comment may laugh at */
    G_BLAMED = 1ull << 45, /* wearing, puesto, expect, esperaba, selection:
                              the victim blamed in a stock phrase */
    G_FINISH = 1ull << 46, /* finish, terminar, termine: "... the job" */
    G_UNDER = 1ull << 47,  /* bajo: "que ya esté bajo tierra" */
    G_SHORT = 1ull << 48,  /* balas, plomo, bullets: "faltaron balas" */
    G_ARMED = 1ull << 49,  /* police, soldiers, army: who may really have
                              run out of bullets */
};

#define G_START                                                                \
    (G_LESS | G_NOBODY | G_MISSED | G_DESERVED | G_FEW | G_GLAD | G_WORLD |    \
     G_CURSE | G_ONLY | G_DEADX | G_ALGO | G_EARN | G_FAVOR | G_CLEAN |        \
     G_SAVED | G_LESSON | G_MISS | G_AIM | G_HAIL | G_SOLVED | G_VANISH |      \
     G_WASTE | G_WELL | G_USE | G_GONE | G_BLAMED | G_PITY | G_FINISH |        \
     G_SHORT)

static const struct screen_wc_word g_words[] = {
    {"dead", G_GONE},
    {"died", G_GONE},
    {"killed", G_GONE},
    {"murdered", G_GONE},
    {"funeral", G_GONE},
    {"bodies", G_GONE},
    {"muerto", G_GONE},
    {"muerta", G_GONE},
    {"muertos", G_GONE},
    {"muertas", G_GONE},
    {"murio", G_GONE},
    {"murieron", G_GONE},
    {"mataron", G_GONE},
    {"mato", G_GONE},
    {"asesinaron", G_GONE},
    {"asesinada", G_GONE},
    {"asesinado", G_GONE},
    {"velorio", G_GONE},
    {"entierro", G_GONE},
    {"petateo", G_GONE},
    {"one", G_ONE},
    {"uno", G_ONE},
    {"una", G_ONE},
    {"un", G_ONE},
    {"solved", G_SOLVED},
    {"resuelto", G_SOLVED},
    {"listo", G_SOLVED},
    {"respect", G_HAIL},
    {"respects", G_HAIL},
    {"props", G_HAIL},
    {"kudos", G_HAIL},
    {"respetos", G_HAIL},
    {"respeto", G_HAIL},
    {"aplausos", G_HAIL},
    {"congrats", G_HAIL},
    {"congratulations", G_HAIL},
    {"felicidades", G_HAIL},
    {"felicitaciones", G_HAIL},
    {"bravo", G_HAIL},
    {"missed", G_MISS},
    {"finish", G_FINISH},
    {"finished", G_FINISH},
    {"terminar", G_FINISH},
    {"termine", G_FINISH},
    {"terminen", G_FINISH},
    {"terminaran", G_FINISH},
    {"terminara", G_FINISH},
    {"acabar", G_FINISH},
    {"acaben", G_FINISH},
    {"atinaron", G_MISS}, /* only after "no": "no le atinaron" */
    {"atino", G_MISS},
    {"wasted", G_WASTE},
    {"desperdicio", G_WASTE},
    {"desperdiciaron", G_WASTE},
    {"well", G_WELL},
    {"recupere", G_WELL},
    {"recuperacion", G_WELL},
    {"sirvio", G_USE},
    {"sirve", G_USE},
    {"fallaron", G_MISS},
    {"fallaste", G_MISS},
    {"fallo", G_MISS},
    {"shame", G_PITY},
    {"pity", G_PITY},
    {"bad", G_PITY},
    {"lastima", G_PITY},
    {"aim", G_AIM},
    {"afinen", G_AIM},
    {"afinenle", G_AIM},
    {"afina", G_AIM},
    {"afinarle", G_AIM},
    {"apunten", G_AIM},
    {"apuntenle", G_AIM},
    {"attack", G_ATTACK},
    {"attacked", G_ATTACK},
    {"attempt", G_ATTACK},
    {"shooting", G_ATTACK},
    {"shooter", G_ATTACK},
    {"shooters", G_ATTACK},
    {"gunmen", G_ATTACK},
    {"shots", G_ATTACK},
    {"shot", G_ATTACK},
    {"ambush", G_ATTACK},
    {"ambushed", G_ATTACK},
    {"bullets", G_ATTACK},
    {"atentado", G_ATTACK},
    {"ataque", G_ATTACK},
    {"atacaron", G_ATTACK},
    {"balacera", G_ATTACK},
    {"balazos", G_ATTACK},
    {"balearon", G_ATTACK},
    {"disparos", G_ATTACK},
    {"dispararon", G_ATTACK},
    {"emboscada", G_ATTACK},
    {"sicarios", G_ATTACK},
    {"balas", G_ATTACK},
    {"🎯", G_ATTACK},
    {"less", G_LESS},
    {"fewer", G_LESS},
    {"down", G_LESS}, /* "one down" */
    {"balas", G_SHORT},
    {"bala", G_SHORT},
    {"plomo", G_SHORT},
    {"tiros", G_SHORT},
    {"balazos", G_SHORT},
    {"plomazos", G_SHORT},
    {"bullets", G_SHORT},
    {"ammo", G_SHORT},
    {"metralla", G_SHORT},
    {"lead", G_SHORT},
    {"police", G_ARMED},
    {"cops", G_ARMED},
    {"officers", G_ARMED},
    {"soldiers", G_ARMED},
    {"army", G_ARMED},
    {"troops", G_ARMED},
    {"guards", G_ARMED},
    {"policias", G_ARMED},
    {"policia", G_ARMED},
    {"agentes", G_ARMED},
    {"elementos", G_ARMED},
    {"soldados", G_ARMED},
    {"militares", G_ARMED},
    {"ejercito", G_ARMED},
    {"guardia", G_ARMED},
    {"marinos", G_ARMED},
    {"custodios", G_ARMED},
    {"defenderse", G_ARMED},
    {"autodefensa", G_ARMED},
    {"autodefensas", G_ARMED},
    {"comunitarios", G_ARMED},
    {"defend", G_ARMED},
    {"range", G_ARMED},
    {"menos", G_LESS},
    {"rat", G_SCUM},
    {"travesti", G_SCUM},
    {"rats", G_SCUM},
    {"scum", G_SCUM},
    {"scumbag", G_SCUM},
    {"trash", G_SCUM},
    {"garbage", G_SCUM},
    {"piece", G_SCUM}, /* piece of trash */
    {"sicario", G_SCUM},
    {"narco", G_SCUM},
    {"narcos", G_SCUM},
    {"sicarios", G_SCUM},
    {"thug", G_SCUM},
    {"criminal", G_SCUM},
    {"killer", G_SCUM},
    {"crackhead", G_SCUM},
    {"junkie", G_SCUM},
    {"junkies", G_SCUM},
    {"tecato", G_SCUM},
    {"tecatos", G_SCUM},
    {"cockroach", G_SCUM},
    {"roach", G_SCUM},
    {"vermin", G_SCUM},
    {"halcon", G_SCUM},
    {"malandro", G_SCUM},
    {"lacra", G_SCUM},
    {"rata", G_SCUM},
    {"basura", G_SCUM},
    {"delincuente", G_SCUM},
    {"cucaracha", G_SCUM},
    {"asesino", G_SCUM},
    {"ratero", G_SCUM},
    {"pedofilo", G_SCUM},
    {"pedophile", G_SCUM},
    {"rateros", G_SCUM},
    {"ratera", G_SCUM},
    {"asesina", G_SCUM},
    {"delincuentes", G_SCUM},
    {"sicaria", G_SCUM},
    {"secuestrador", G_SCUM},
    {"mugroso", G_SCUM},
    {"mouth", G_SCUM}, /* one less mouth to feed */
    {"mouths", G_SCUM},
    {"bocas", G_SCUM},
    {"tecato", G_SCUM},
    {"pedazo", G_SCUM}, /* pedazo de basura */
    {"nobody", G_NOBODY | G_NOT},
    {"noone", G_NOBODY | G_NOT},
    {"nobodys", G_NOBODY | G_NOT},
    {"no", G_NOBODY | G_NOT}, /* "no one will miss him" */
    {"nadie", G_NOBODY | G_NOT},
    {"ni", G_NOBODY},
    {"miss", G_MOURN},
    {"mourn", G_MOURN},
    {"cry", G_MOURN},
    {"grieve", G_MOURN},
    {"extranar", G_MOURN},
    {"extrañar", G_MOURN},
    {"extraña", G_MOURN},
    {"extrana", G_MOURN},
    {"extrañara", G_MOURN},
    {"extrañe", G_MOURN},
    {"extrane", G_MOURN},
    {"llore", G_MOURN},
    {"extranara", G_MOURN},
    {"llorar", G_MOURN},
    {"llora", G_MOURN},
    {"llorara", G_MOURN},
    {"him", G_HIM},
    {"her", G_HIM},
    {"them", G_HIM},
    {"missed", G_MISSED},
    {"misses", G_MOURN},
    {"deserved", G_DESERVED | G_EARN},
    {"deserve", G_EARN},
    {"deserves", G_EARN},
    {"merece", G_EARN},
    {"merecen", G_EARN},
    {"mereces", G_EARN},
    {"mereceria", G_EARN},
    {"merecerian", G_EARN},
    {"merecio", G_EARN},
    {"need", G_EARN},
    {"needs", G_EARN},
    {"necesitan", G_EARN},
    {"necesita", G_EARN},
    {"favor", G_FAVOR},
    {"favour", G_FAVOR},
    {"favorsote", G_FAVOR},
    {"favorzote", G_FAVOR},
    {"snitch", G_NOSY},
    {"snitches", G_NOSY},
    {"rats", G_NOSY},
    {"chismoso", G_NOSY},
    {"chismosos", G_NOSY},
    {"chismosa", G_NOSY},
    {"chismosas", G_NOSY},
    {"soplon", G_NOSY},
    {"soplones", G_NOSY},
    {"soplona", G_NOSY},
    {"sapos", G_NOSY},
    {"sapo", G_NOSY},
    {"metiche", G_NOSY},
    {"metiches", G_NOSY},
    {"habladores", G_NOSY},
    {"hocicones", G_NOSY},
    {"hocicon", G_NOSY},
    {"acaban", G_LESSON},
    {"terminan", G_LESSON},
    {"happens", G_LESSON},
    {"pasa", G_LESSON},
    {"ejemplo", G_LESSON},
    {"riddance", G_LESSON},
    {"prison", G_COURT},
    {"jail", G_COURT},
    {"sentence", G_COURT},
    {"sentenced", G_COURT},
    {"court", G_COURT},
    {"carcel", G_COURT},
    {"prision", G_COURT},
    {"sentencia", G_COURT},
    {"condena", G_COURT},
    {"gol", G_COURT},
    {"goal", G_COURT},
    {"season", G_COURT},
    {"golazo", G_COURT},
    {"jugada", G_COURT},
    {"partido", G_COURT},
    {"arbitro", G_COURT},
    {"cancha", G_COURT},
    {"futbol", G_COURT},
    {"referee", G_COURT},
    {"league", G_COURT},
    {"homenaje", G_COURT | G_TERM},
    {"tribute", G_COURT},
    {"honores", G_COURT},
    {"suspendieron", G_COURT | G_TERM},
    {"suspended", G_COURT | G_TERM},
    {"destituido", G_COURT | G_TERM},
    {"rescued", G_COURT},
    {"rescatado", G_COURT},
    {"rescataron", G_COURT},
    {"cleansing", G_CLEAN},
    {"cleaned", G_CLEAN},
    {"clean", G_CLEAN},
    {"cleans", G_CLEAN},
    {"limpiaron", G_CLEAN},
    {"limpio", G_CLEAN},
    {"limpian", G_CLEAN},
    {"limpieza", G_CLEAN},
    {"control", G_CLEAN}, /* "pest control", "control de plagas" */
    {"saves", G_SAVED},
    {"saved", G_SAVED},
    {"ahorraron", G_SAVED},
    {"ahorran", G_SAVED},
    {"ahorro", G_SAVED},
    {"is", G_IS},
    {"thats", G_IS},
    {"its", G_IS},
    {"es", G_IS},
    {"pura", G_IS},
    {"puro", G_IS},
    {"son", G_IS},
    {"crime", G_BLAME},
    {"crimes", G_BLAME},
    {"crimen", G_BLAME},
    {"murder", G_BLAME},
    {"asesinato", G_BLAME},
    {"genocide", G_BLAME},
    {"genocidio", G_BLAME},
    {"exterminio", G_BLAME},
    {"atrocity", G_BLAME},
    {"atrocidad", G_BLAME},
    {"verguenza", G_BLAME},
    {"shame", G_BLAME},
    {"excuse", G_BLAME},
    {"pretexto", G_BLAME},
    {"horrifying", G_BLAME},
    {"horrible", G_BLAME},
    {"horror", G_BLAME},
    {"barbarie", G_BLAME},
    {"masacre", G_BLAME},
    {"massacre", G_BLAME},
    {"disfrazada", G_BLAME},
    {"disguised", G_BLAME},
    {"tapo", G_BLAME},
    {"covered", G_BLAME},
    {"resign", G_BLAME},
    {"renuncie", G_BLAME},
    {"renuncia", G_BLAME},
    {"investigar", G_BLAME},
    {"investigate", G_BLAME},
    {"investigue", G_BLAME},
    {"intervenir", G_BLAME},
    {"intervene", G_BLAME},
    {"justicia", G_BLAME},
    {"justice", G_BLAME},
    {"coming", G_DESERVED},
    {"earned", G_DESERVED},
    {"merecia", G_DESERVED | G_EARN},
    {"merecian", G_DESERVED | G_EARN},
    {"merecido", G_DESERVED},
    {"pocos", G_DESERVED}, /* "seis balazos fueron pocos" */
    {"busco", G_DESERVED},
    {"buscaron", G_DESERVED},
    {"he", G_HE},
    {"she", G_HE},
    {"they", G_HE},
    {"hes", G_HE},
    {"shes", G_HE},
    {"theyre", G_HE},
    {"not", G_NOT},
    {"never", G_NOT},
    {"didnt", G_NOT},
    {"doesnt", G_NOT},
    {"nunca", G_NOT},
    {"jamas", G_NOT},
    {"prison", G_TERM},
    {"jail", G_TERM},
    {"sentence", G_TERM},
    {"sentenced", G_TERM},
    {"court", G_TERM},
    {"award", G_TERM},
    {"prize", G_TERM},
    {"promotion", G_TERM},
    {"win", G_TERM},
    {"won", G_TERM},
    {"carcel", G_TERM},
    {"prision", G_TERM},
    {"sentencia", G_TERM},
    {"condena", G_TERM},
    {"premio", G_TERM},
    {"descanso", G_TERM},
    {"crack", G_TERM}, /* a win deserved: "se lo merecía, lo crack que es" */
    {"campeon", G_TERM},
    {"champion", G_TERM},
    {"gol", G_TERM},
    {"goal", G_TERM},
    {"titulo", G_TERM},
    {"campeonato", G_TERM},
    {"gano", G_TERM},
    {"ganaron", G_TERM},
    {"trophy", G_TERM},
    {"justice", G_TERM},
    {"answers", G_TERM},
    {"recognition", G_TERM},
    {"ovation", G_TERM},
    {"medal", G_TERM},
    {"season", G_TERM},
    {"congrats", G_TERM},
    {"congratulations", G_TERM},
    {"raise", G_TERM},
    {"work", G_TERM},
    /* a count of chores, not of the dead: "uno menos, faltan dos
     * exámenes", "one down, two finals to go" */
    {"examen", G_TERM},
    {"examenes", G_TERM},
    {"exam", G_TERM},
    {"exams", G_TERM},
    {"finals", G_TERM},
    {"tarea", G_TERM},
    {"tareas", G_TERM},
    {"homework", G_TERM},
    {"chores", G_TERM},
    {"pendientes", G_TERM},
    {"capitulo", G_TERM},
    {"tesis", G_TERM},
    {"materias", G_TERM},
    {"semestre", G_TERM},
    {"level", G_TERM},
    {"nivel", G_TERM},
    {"restart", G_TERM},
    {"justicia", G_TERM},
    {"felicidades", G_TERM},
    {"campeones", G_TERM},
    {"ascenso", G_TERM},
    {"jubilacion", G_TERM},
    {"reconocimiento", G_TERM},
    {"trabajo", G_TERM},
    {"esfuerzo", G_TERM},
    {"arrest", G_TERM}, /* one less on the streets, in prison */
    {"arrested", G_TERM},
    {"caught", G_TERM},
    {"detenido", G_TERM},
    {"detuvo", G_TERM},
    {"detuvieron", G_TERM},
    {"agarraron", G_TERM},
    {"best", G_TERM},
    {"years", G_TERM},
    {"sentenciaron", G_TERM},
    {"condenaron", G_TERM},
    {"multa", G_TERM},
    {"multaron", G_TERM},
    {"despidieron", G_TERM},
    {"fired", G_TERM},
    {"bars", G_TERM},
    {"oscar", G_TERM},
    {"oro", G_TERM},
    {"election", G_TERM},
    {"extradited", G_TERM},
    {"extraditado", G_TERM},
    {"retiring", G_TERM},
    {"governor", G_TERM}, /* an official's fall: "the governor had it coming" */
    {"mayor", G_TERM},
    {"senator", G_TERM},
    {"president", G_TERM},
    {"judge", G_TERM},
    {"gobernador", G_TERM},
    {"exgobernador", G_TERM},
    {"alcalde", G_TERM},
    {"diputado", G_TERM},
    {"senador", G_TERM},
    {"presidente", G_TERM},
    {"juez", G_TERM},
    {"gobierno", G_TERM},
    {"diputados", G_TERM},
    {"dog", G_TERM}, /* a pet punished: "le pegué a mi perra, se lo merecía" */
    {"perro", G_TERM},
    {"perra", G_TERM},
    {"cat", G_TERM},
    {"gato", G_TERM},
    {"say", G_SAY},
    {"says", G_SAY},
    {"said", G_SAY},
    {"saying", G_SAY},
    {"call", G_SAY},
    {"called", G_SAY},
    {"llaman", G_SAY},
    {"llamada", G_SAY},
    {"llamar", G_SAY},
    {"posted", G_SAY},
    {"claimed", G_SAY},
    {"according", G_SAY},
    {"segun", G_SAY},
    {"claims", G_SAY},
    {"wrote", G_SAY},
    {"escribio", G_SAY},
    {"puso", G_SAY},
    {"comento", G_SAY},
    {"comentaron", G_SAY},
    {"imagine", G_SAY},
    {"thinking", G_SAY},
    {"crees", G_SAY},
    {"cree", G_SAY},
    {"creen", G_SAY},
    {"write", G_SAY},
    {"dicen", G_SAY},
    {"digan", G_SAY},
    {"dice", G_SAY},
    {"dijo", G_SAY},
    {"ponen", G_SAY},
    {"escriben", G_SAY},
    {"ojala", G_FEW},
    {"hope", G_FEW}, /* "hope they stay missing" */
    {"should", G_FEW},
    {"shouldve", G_FEW},
    {"shoulda", G_FEW},
    {"lastima", G_FEW},
    {"glad", G_GLAD},
    {"happy", G_GLAD},
    {"bueno", G_GLAD},
    {"alegra", G_GLAD},
    {"alegro", G_GLAD},
    {"gusto", G_GLAD}, /* "me dio gusto que se murieran" */
    {"killed", G_KILLED},
    {"offed", G_KILLED},
    {"whacked", G_KILLED},
    {"executed", G_KILLED},
    {"mataron", G_KILLED},
    {"levanto", G_KILLED},
    {"disappeared", G_KILLED},
    {"murdered", G_KILLED},
    {"asesinaron", G_KILLED},
    {"desaparecieron", G_KILLED},
    {"mataran", G_KILLED},
    {"levantaran", G_KILLED},
    {"desaparecieran", G_KILLED},
    {"mato", G_KILLED},
    {"quebraron", G_KILLED},
    {"ejecutaron", G_KILLED},
    {"balacearon", G_KILLED},
    {"chingaron", G_KILLED},
    {"bullet", G_DEATH},
    {"bullets", G_DEATH},
    {"bala", G_DEATH},
    {"balas", G_DEATH},
    {"balazo", G_DEATH},
    {"plomo", G_DEATH},
    {"death", G_DEATH},
    {"muerte", G_DEATH},
    {"grave", G_DEATH},
    {"bodies", G_DEATH},
    {"pudra", G_DEATH}, /* "bien merecido, que se pudra" */
    {"pudran", G_DEATH},
    {"infierno", G_DEATH},
    {"hell", G_DEATH},
    {"body", G_DEATH},
    {"cuerpos", G_DEATH},
    {"muertos", G_DEATH},
    {"killed", G_DEATH},
    {"dead", G_DEATH},
    {"tumba", G_DEATH},
    {"fosa", G_DEATH},
    /* "the victims deserved it": the dead or the hurt, named; the
     * subject of a death called deserved */
    {"victims", G_DEATH | G_HE},
    {"victimas", G_DEATH},
    {"desaparecidos", G_DEATH},
    {"desaparecidas", G_DEATH},
    {"ayotzinapa", G_DEATH}, /* the 43 students disappeared in 2014 */
    {"normalistas", G_DEATH},
    {"rot", G_CURSE},
    {"burn", G_CURSE},
    {"rest", G_CURSE},
    {"pudrete", G_CURSE},
    {"pudrase", G_CURSE},
    {"quemate", G_CURSE},
    {"descanse", G_CURSE},
    {"descansa", G_CURSE},
    {"descansen", G_CURSE},
    {"killers", G_CULPRIT},
    {"killer", G_CULPRIT},
    {"murderers", G_CULPRIT},
    {"asesinos", G_CULPRIT},
    {"asesino", G_CULPRIT},
    {"culpables", G_CULPRIT},
    {"responsables", G_CULPRIT},
    {"sicarios", G_CULPRIT},
    {"rapist", G_CULPRIT},
    {"violador", G_CULPRIT},
    {"shooter", G_CULPRIT},
    {"gunman", G_CULPRIT},
    {"whoever", G_CULPRIT},
    {"monster", G_CULPRIT},
    {"pedophile", G_CULPRIT},
    {"abuser", G_CULPRIT},
    {"feminicida", G_CULPRIT},
    {"pedofilo", G_CULPRIT},
    {"quien", G_CULPRIT}, /* "quien haya sido" */
    {"monstruo", G_CULPRIT},
    {"only", G_ONLY},
    {"unico", G_ONLY},
    {"mueran", G_DIED},
    {"muera", G_DIED},
    {"murio", G_DIED},
    {"murieron", G_DIED},
    {"murieran", G_DIED},
    {"muriera", G_DIED},
    {"bajo", G_UNDER},
    {"muertos", G_DIED},
    {"muertas", G_DIED},
    {"dead", G_DEADX},
    {"muerto", G_DEADX},
    {"muerta", G_DEADX},
    {"cop", G_KIND},
    {"cops", G_KIND},
    {"journalist", G_KIND},
    {"journalists", G_KIND},
    {"reporter", G_KIND},
    {"reporters", G_KIND},
    {"soldier", G_KIND},
    {"soldiers", G_KIND},
    {"indian", G_KIND},
    {"indians", G_KIND},
    {"mexican", G_KIND},
    {"mexicans", G_KIND},
    {"migrant", G_KIND},
    {"migrants", G_KIND},
    {"immigrant", G_KIND},
    {"immigrants", G_KIND},
    {"narco", G_KIND},
    {"narcos", G_KIND},
    {"politician", G_KIND},
    {"politicians", G_KIND},
    {"woman", G_KIND},
    {"women", G_KIND},
    {"gay", G_KIND},
    {"jew", G_KIND},
    {"jews", G_KIND},
    {"muslim", G_KIND},
    {"muslims", G_KIND},
    {"liberal", G_KIND},
    {"liberals", G_KIND},
    {"leftist", G_KIND},
    {"activist", G_KIND},
    {"activists", G_KIND},
    {"feminist", G_KIND},
    {"feminists", G_KIND},
    {"chairo", G_KIND},
    {"chairos", G_KIND},
    {"periodista", G_KIND},
    {"huelguista", G_KIND},
    {"striker", G_KIND},
    {"taxista", G_KIND},
    {"chofer", G_KIND},
    {"driver", G_KIND},
    {"sindicalista", G_KIND},
    {"periodistas", G_KIND},
    {"reportero", G_KIND},
    {"reportera", G_KIND},
    {"policia", G_KIND},
    {"policias", G_KIND},
    {"poli", G_KIND},
    {"soldado", G_KIND},
    {"soldados", G_KIND},
    {"militar", G_KIND},
    {"militares", G_KIND},
    {"indio", G_KIND},
    {"indios", G_KIND},
    {"mexicano", G_KIND},
    {"migrante", G_KIND},
    {"migrantes", G_KIND},
    {"politico", G_KIND},
    {"politicos", G_KIND},
    {"mujer", G_KIND},
    {"mujeres", G_KIND},
    {"judio", G_KIND},
    {"judios", G_KIND},
    {"feminista", G_KIND},
    {"feministas", G_KIND},
    {"activista", G_KIND},
    {"activistas", G_KIND},
    {"chaira", G_KIND},
    {"gringo", G_KIND},
    {"gringos", G_KIND},
    {"haitiano", G_KIND},
    {"haitianos", G_KIND},
    {"hondureño", G_KIND},
    {"hondureños", G_KIND},
    {"venezolano", G_KIND},
    {"venezolanos", G_KIND},
    {"algo", G_ALGO},
    {"pasos", G_ALGO}, /* "andaba en malos pasos" */
    {"disappears", G_VANISH},
    {"disappear", G_VANISH},
    {"desaparece", G_VANISH},
    {"desaparecen", G_VANISH},
    {"world", G_WORLD},
    {"mundo", G_WORLD},
    {"lol", G_LAUGH},
    {"lmao", G_LAUGH},
    {"jaja", G_LAUGH},
    {"jajaja", G_LAUGH},
    {"haha", G_LAUGH},
    {"xd", G_LAUGH},
    /* the victim blamed in a stock phrase */
    {"wearing", G_BLAMED},
    {"puesto", G_BLAMED},
    {"vestida", G_BLAMED},
    {"expect", G_BLAMED},
    {"esperaba", G_BLAMED},
    {"esperabas", G_BLAMED},
    {"selection", G_BLAMED},
    {"seleccion", G_BLAMED},
    {"vale", G_BLAMED},
    {"worth", G_BLAMED},
};

static struct screen_wc_list g_list = SCREEN_WC_LIST(g_words, G_START);

#define G_READ 12

static uint64_t gcls(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool gis(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether token j is one of words. */
static bool g_in(const struct screen_window *w, size_t j,
                 const char *const *words, size_t nwords)
{
    return j < w->e && screen_tok_in(w->n, j, words, nwords);
}

#define G_NELEM(a) (sizeof(a) / sizeof(*(a)))

/* Whether token j is a laugh: lol, lmao, or any "jaja...", "haha...". */
static bool g_laugh(const struct screen_window *w, size_t j)
{
    if (j >= w->e)
        return false;
    const struct screen_tok *t = &w->n->tok[j];
    const char *p = w->n->text + t->off;
    return (gcls(w, j) & G_LAUGH) ||
           (t->len >= 4 &&
            (memcmp(p, "jaja", 4) == 0 || memcmp(p, "haha", 4) == 0));
}

/* Whether a clause ends after token j, but for a laugh or emoji that
 * follow it: "uno menos 🙌", "nobody will miss him lol". */
static bool g_ends(const struct screen_window *w, size_t j)
{
    for (;;) {
        if (screen_window_clause_end(w, j))
            return true;
        if (!g_laugh(w, j + 1) &&
            !(j + 1 < w->e && screen_tok_symbol(w->n, j + 1)))
            return false;
        j++;
    }
}

/* Whether token j was written with an accented letter (two-byte UTF-8
 * from U+00C0 on): "buscó", not "busco". */
static bool g_written_accented(const struct screen_window *w, size_t j)
{
    const struct screen_tok *t = &w->n->tok[j];
    for (uint32_t q = t->orig_off; q < t->orig_off + t->orig_len; q++)
        if ((unsigned char)w->text[q] == 0xc3)
            return true;
    return false;
}

/* Whether a token with a class of cls stands in the sentence (the
 * window) before token i. */
static bool g_before(const struct screen_window *w, size_t i, uint64_t cls)
{
    return i > w->s && screen_window_find(w, w->s, i - w->s, cls) != SIZE_MAX;
}

/* Whether a negation stands in the sentence before token i: "nobody
 * deserves", "no se lo merecía". */
static bool g_denied(const struct screen_window *w, size_t i)
{
    return g_before(w, i, G_NOT);
}

/* Whether any token of the comment has a class of cls. */
static bool g_anywhere(const struct screen_window *w, uint64_t cls)
{
    return screen_wc_anywhere(w->t, w->n, cls, 0, 0);
}

/* Whether token j is a number: "should've been 50", "43 menos". */
static bool g_number(const struct screen_window *w, size_t j)
{
    if (j < w->s || j >= w->e)
        return false;
    char c = w->n->text[w->n->tok[j].off];
    return c >= '0' && c <= '9';
}

/* Whether the comment speaks of a death or of the dead: "dead",
 * "bodies", "mataron", a criminal called vermin. */
static bool g_death_near(const struct screen_window *w)
{
    return g_anywhere(w, G_DEATH | G_KILLED | G_DIED | G_DEADX);
}

/* Whether the comment speaks of a death or calls someone vermin or a
 * criminal ("era un halcón", "that rat"): what "nobody will miss him" and
 * "se lo merecía" need to be about a death, not a coach fired or a
 * prize. */
static bool g_dead_or_scum(const struct screen_window *w)
{
    return g_anywhere(w, G_DEATH | G_KILLED | G_DIED | G_DEADX | G_SCUM);
}

/* Whether token j opens a clause: the sentence's start, after a comma or
 * after a laugh ("jajaja 43 menos"). */
static bool g_opens(const struct screen_window *w, size_t j)
{
    return j == w->s || (j > w->s && (screen_window_clause_end(w, j - 1) ||
                                      g_laugh(w, j - 1)));
}

/* Whether token j is "un", "una", "otro" or "otra": "una lacra menos". */
static bool g_one_article(const struct screen_window *w, size_t j)
{
    return gis(w, j, "un") || gis(w, j, "una") || gis(w, j, "otro") ||
           gis(w, j, "otra");
}

/* "one less", "43 less mouths to feed", "uno menos", "una lacra menos"
 * by "less" or "menos" at i: tokens [*a, *b). */
static bool g_one_less(const struct screen_window *w, size_t len, size_t i,
                       size_t *a, size_t *b)
{
    if (i == w->s)
        return false;
    if (gcls(w, i - 1) & G_SCUM) {
        /* "una lacra menos", "un narco menos", "otra rata menos", and with
         * a word before the vermin: "un cura pedófilo menos" */
        /* not a child: "un niño sicario menos gracias a las becas" */
        static const char *const young[] = {
            "niño",  "nino",    "joven",       "chavo",   "menor",
            "morro", "chamaco", "adolescente", "chavito", "escuincle"};
        size_t one = i - 2;
        if (i >= w->s + 3 && !g_one_article(w, i - 2) &&
            g_one_article(w, i - 3) && !(gcls(w, i - 2) & G_NOT) &&
            !g_in(w, i - 2, young, G_NELEM(young)))
            one = i - 3;
        if (i < w->s + 2 || !g_one_article(w, one))
            return false;
        if (g_anywhere(w, G_TERM) || !g_opens(w, one))
            return false;
        *a = one;
        *b = i + 1;
        return true;
    }
    size_t one = i - 1;
    /* "una menos" is "uno/una menos" only as a word; "ni uno más ni uno
     * menos" is "exactly" */
    if (!((gcls(w, one) & G_ONE) || g_number(w, one)) || gis(w, one, "un") ||
        gis(w, one, "una") || (one > w->s && gis(w, one - 1, "ni")))
        return false;
    /* an announcement after a colon: "Uno menos: ya cerraron el bar";
     * mourning: "en la mesa somos uno menos"; an arrest: "one less
     * killer on the loose, they caught him" */
    if (screen_window_sign_after(w, i, ":") || !g_opens(w, one) ||
        g_anywhere(w, G_TERM))
        return false;
    /* "one down" is a count of anything ("One down, two finals to go!")
     * but where the comment speaks of a death or calls someone vermin,
     * or says nothing else after it: "One down.", "jajaja one down 💀" */
    if (gis(w, i, "down") && !g_dead_or_scum(w)) {
        size_t k = i + 1;
        while (k < w->n->ntok && (g_laugh(w, k) || screen_tok_symbol(w->n, k)))
            k++;
        if (k < w->n->ntok)
            return false;
    }
    /* a number or "one less mouth to feed" only of the dead: not "I paid
     * 30 less", "hoy hubo 120 menos", a son gone to college */
    bool mouth = gis(w, i + 1, "mouth") || gis(w, i + 1, "mouths");
    /* the words of scorn that may stand before the vermin (not "one less
     * teenage sicario, thanks to the scholarship", "one less gym rat") */
    static const char *const scorn[] = {"future",  "dirty",   "filthy",
                                        "fucking", "damn",    "pinche",
                                        "stupid",  "maldito", "lousy"};
    if ((g_number(w, one) || mouth) && !g_death_near(w))
        return false;
    *a = one;
    if (g_ends(w, i))
        *b = i + 1;
    else if (gcls(w, i + 1) & G_SCUM)
        *b = i + 2;
    else if ((gcls(w, i + 2) & G_SCUM) && g_ends(w, i + 2) &&
             g_in(w, i + 1, scorn, G_NELEM(scorn)))
        *b = i + 3; /* "one less future sicario" */
    else
        return false;
    return !screen_sentence_asks(w->n, w->text, len, i);
}

/* "nobody will miss him", "nadie lo va a extrañar", "ni su mamá lo va a
 * llorar" by the nobody at i: tokens [i, *b). */
static bool g_no_one_mourns(const struct screen_window *w, size_t len, size_t i,
                            size_t *b)
{
    if (gis(w, i, "no") && !gis(w, i + 1, "one") && !gis(w, i + 1, "ones"))
        return false; /* "no one", not "no lo va a extrañar" */
    /* of the dead, not of a coach fired or a tax repealed */
    if (!g_dead_or_scum(w))
        return false;
    if (gis(w, i, "ni")) {
        /* only "ni quien lo extrañe", "ni su mamá", "ni su familia", "ni
         * su perro" */
        if (!gis(w, i + 1, "quien") &&
            (!gis(w, i + 1, "su") ||
             !(gis(w, i + 2, "mama") || gis(w, i + 2, "madre") ||
               gis(w, i + 2, "familia") || gis(w, i + 2, "perro"))))
            return false;
    }
    static const char *const one[] = {"a",     "an",   "that", "this", "these",
                                      "those", "un",   "una",  "ese",  "esa",
                                      "esos",  "esas", "ella", "ellos"};
    for (size_t j = i + 1; j < w->e && j <= i + 6; j++) {
        if (!(gcls(w, j) & G_MOURN))
            continue;
        /* whom: "miss him" (not "her show"), "cry for a lawyer", "lo va a
         * extrañar", "llorar por un policía" (not "cry over the old
         * stadium", "llora por el río") */
        bool whom = (gcls(w, j + 1) & G_HIM) &&
                    (!gis(w, j + 1, "her") || g_ends(w, j + 1));
        bool them = whom && gis(w, j + 1, "them");
        if (!whom &&
            (gis(w, j, "cry") || gis(w, j, "mourn") || gis(w, j, "llorar") ||
             gis(w, j, "llora")) &&
            (gis(w, j + 1, "for") || gis(w, j + 1, "over") ||
             gis(w, j + 1, "por")))
            whom = j + 2 < w->e && (screen_tok_in(w->n, j + 2, one,
                                                  sizeof(one) / sizeof(*one)) ||
                                    (gcls(w, j + 2) & G_HIM));
        for (size_t q = i + 1; !whom && q < j; q++) {
            whom = gis(w, q, "lo") || gis(w, q, "la") || gis(w, q, "los") ||
                   gis(w, q, "las");
            them = whom && !gis(w, q, "lo") && !gis(w, q, "la");
        }
        /* "them", "los", "las" may be things: "Plastic straws? Nobody will
         * miss them." */
        if (!whom || (them && !g_death_near(w)))
            return false;
        *b = j + 1 + ((gcls(w, j + 1) & G_HIM) != 0);
        return !screen_sentence_asks(w->n, w->text, len, j);
    }
    return false;
}

/* Whether token j names whom a death is said to be deserved: "he", "she",
 * "they". */
static bool g_dead(const struct screen_window *w, size_t j)
{
    return (gcls(w, j) & G_HE) != 0;
}

/* "he won't be missed", "she will not be missed" by "missed" at i:
 * tokens [*a, i + 1). */
static bool g_not_missed(const struct screen_window *w, size_t len, size_t i,
                         size_t *a)
{
    if (i < w->s + 3 || !gis(w, i - 1, "be"))
        return false;
    size_t who;
    if (gis(w, i - 2, "wont"))
        who = i - 3;
    else if (gis(w, i - 2, "not") && i >= w->s + 4 && gis(w, i - 3, "will"))
        who = i - 4;
    else
        return false;
    /* whom: he, she, they (not "the deadline won't be missed"), and not
     * asked ("He won't be missed? Are you serious?") */
    if (!g_dead(w, who) || screen_sentence_asks(w->n, w->text, len, i) ||
        !g_dead_or_scum(w) || g_anywhere(w, G_TERM))
        return false;
    *a = who;
    return true;
}

/* The death said to be deserved, by "deserved", "coming", "earned",
 * "merecía", "merecido", "buscó" or the shots too few ("pocos") at i:
 * tokens [*a, *b). */
static bool g_deserved(const struct screen_window *w, size_t len, size_t i,
                       size_t *a, size_t *b)
{
    size_t first = i, last = i + 1;
    bool reason = false; /* "se lo merecía por ..." */
    if (gis(w, i, "deserved")) {
        /* "got what he deserved", "he deserved it", "she totally
         * deserved it" */
        size_t who = i - 1;
        if (i > w->s + 1 &&
            (gis(w, who, "totally") || gis(w, who, "fully") ||
             gis(w, who, "really") || gis(w, who, "completely")))
            who--;
        if (who < w->s || who >= i || !g_dead(w, who))
            return false;
        /* "the victims deserved it": an article before the subject */
        if (who > w->s && (gis(w, who - 1, "the") || gis(w, who - 1, "those") ||
                           gis(w, who - 1, "these")))
            who--;
        /* "got what he deserved", "he deserved it" opening its clause
         * (not "the justice they deserved") */
        if (who > w->s && !gis(w, who - 1, "what") && !gis(w, who - 1, "and") &&
            !gis(w, who - 1, "honestly") && !gis(w, who - 1, "so") &&
            !screen_window_clause_end(w, who - 1))
            return false;
        first = who;
        if (gis(w, i + 1, "it"))
            last = i + 2;
        if (!g_ends(w, last - 1))
            return false;
        /* what was deserved, named after a colon, must be a death: not
         * "got what she deserved: ratio" */
        if (screen_window_sign_after(w, last - 1, ":") &&
            screen_window_find(w, last, 4, G_DEATH) == SIZE_MAX)
            return false;
    } else if (gis(w, i, "coming")) {
        /* "had it coming", "got what was coming to him" */
        if (i >= w->s + 2 && gis(w, i - 1, "it") && gis(w, i - 2, "had"))
            first = i - 2;
        else if (i >= w->s + 3 && gis(w, i - 1, "was") &&
                 gis(w, i - 2, "what") && gis(w, i - 3, "got"))
            first = i - 3;
        else
            return false;
    } else if (gis(w, i, "earned")) {
        /* "he earned every bullet" */
        if (!gis(w, i + 1, "every") ||
            !(gis(w, i + 2, "bullet") || gis(w, i + 2, "bullets")))
            return false;
        last = i + 3;
    } else if (gis(w, i, "pocos")) {
        /* "seis balazos fueron pocos", "esos tiros se quedaron pocos":
         * the shots too few (not "pocos balazos", a count) */
        static const char *const shots[] = {"balazos", "tiros", "plomazos",
                                            "disparos", "balas"};
        size_t v = i - 1;
        if (i < w->s + 2 || !(gis(w, v, "fueron") || gis(w, v, "son") ||
                              gis(w, v, "eran") || gis(w, v, "quedaron")))
            return false;
        if (gis(w, v, "quedaron") && v > w->s && gis(w, v - 1, "se"))
            v--;
        /* a count before the shots, and "pocos" ending its clause or
         * before whom they were for: not "los disparos fueron pocos según
         * los vecinos", a report */
        static const char *const count[] = {"dos",  "tres",  "cuatro", "cinco",
                                            "seis", "siete", "ocho",   "nueve",
                                            "diez", "doce",  "quince", "veinte",
                                            "cien", "esos",  "tantos", "todos"};
        if (v < w->s + 2 || !screen_window_in(w, v - 1, shots, 5) ||
            !screen_window_in(w, v - 2, count, SCREEN_NWORDS(count)) ||
            !(g_ends(w, i) || gis(w, i + 1, "para")))
            return false;
        first = v - 2;
    } else if (gis(w, i, "merecido")) {
        /* "bien merecido" ending its clause or before "lo tenía"; "lo
         * tenía (bien) merecido" */
        if (i > w->s && gis(w, i - 1, "bien")) {
            first = i - 1;
            if (gis(w, i + 1, "lo") && gis(w, i + 2, "tenia"))
                last = i + 3;
            else if (!g_ends(w, i))
                return false;
        } else if (i >= w->s + 2 && gis(w, i - 1, "tenia") &&
                   gis(w, i - 2, "lo")) {
            first = i - 2;
        } else {
            return false;
        }
    } else {
        /* "se lo merecía", "se la buscó", ending a clause or before the
         * reason ("por andar de halcón") */
        /* not the clerk's "yo se lo busco" (I'll look it up for you) */
        if (i < w->s + 2 || !gis(w, i - 2, "se") ||
            (i >= w->s + 3 && gis(w, i - 3, "yo")) ||
            !(gis(w, i - 1, "lo") || gis(w, i - 1, "la") ||
              gis(w, i - 1, "los") || gis(w, i - 1, "las")))
            return false;
        first = i - 2;
        reason = gis(w, i + 1, "por") && !gis(w, i + 2, "fin");
        if (!g_ends(w, i) && !reason)
            return false; /* "se lo merecía, por fin" is a prize won */
        /* "busco" unaccented is also "I look for": "mañana se lo busco";
         * only "buscó" as written, or with its reason, is the past */
        if (gis(w, i, "busco") && !reason && !g_written_accented(w, i))
            return false;
    }
    /* not denied ("nobody deserved it", "no se lo merecía"), not what
     * others say ("muchos dicen que se lo merecía"), not asked, and not a
     * sentence or a prize ("got what he deserved: 40 years in prison") */
    for (size_t j = w->s; j < first; j++)
        if (gcls(w, j) & (G_NOT | G_SAY))
            return false;
    /* the reason may say it all: "se lo merecía por sapo", "bien merecido
     * lo tenía por soplón", "por andar de chismoso" (an informer punished,
     * as in "eso le pasa por sapo") */
    size_t by = reason ? i + 1 : last;
    size_t why =
        gis(w, by + 1, "andar") && gis(w, by + 2, "de") ? by + 3 : by + 1;
    bool informer = gis(w, by, "por") && (gcls(w, why) & G_NOSY);
    if (g_anywhere(w, G_TERM) || (!gis(w, i, "earned") && !gis(w, i, "pocos") &&
                                  !informer && !g_dead_or_scum(w)))
        return false;
    if (screen_sentence_asks(w->n, w->text, len, i))
        return false;
    *a = first;
    *b = last;
    return true;
}

/* The missing wished never found, by the wish at i: "Hope the nine stay
 * missing.", "ojalá los 9 no aparezcan nunca", "I hope they're never
 * found" (not the killers: "ojalá nunca encuentren a los culpables"); or
 * the found regretted alive, by the pity at i: "Too bad they found 22
 * alive", "lástima que encontraron a 22 vivos" (not "lástima que solo
 * encontraron a 22 vivos", a lament for the rest). */
static bool g_missing_wished(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const culprits[] = {
        "culpables",    "culprits", "killers",    "asesinos",
        "responsables", "sicarios", "kidnappers", "secuestradores"};
    static const char *const found[] = {"found",       "encontraron",
                                        "rescued",     "rescataron",
                                        "aparecieron", "hallaron"};
    static const char *const alive[] = {"alive", "vivos", "vivas", "vida"};
    static const char *const only[] = {"only", "solo", "nomas", "just"};
    static const char *const turn_up[] = {"aparezcan", "aparezca", "encuentren",
                                          "found", "find"};
    size_t end = i + 7 < w->e ? i + 7 : w->e;
    for (size_t j = i + 1; j < end; j++)
        if (g_in(w, j, culprits, G_NELEM(culprits)) ||
            g_in(w, j, only, G_NELEM(only)))
            return false;
    if (gis(w, i, "hope") || gis(w, i, "ojala")) {
        for (size_t j = i + 1; j < end; j++) {
            bool stay = (gis(w, j, "stay") || gis(w, j, "stays") ||
                         gis(w, j, "remain")) &&
                        gis(w, j + 1, "missing");
            /* "never find them", "no los encuentren" (not "never find
             * the money") */
            bool a_person =
                !(gis(w, j + 1, "find") || gis(w, j + 1, "encuentren")) ||
                gis(w, j + 2, "them") || gis(w, j + 2, "him") ||
                gis(w, j + 2, "her") || g_ends(w, j + 1);
            /* "no los encuentren", "ni los encuentren" (not "ojalá los
             * encuentren") */
            bool denied = gis(w, j - 1, "no") || gis(w, j - 1, "ni") ||
                          gis(w, j - 1, "nunca");
            bool never =
                (gis(w, j, "never") || gis(w, j, "nunca") || gis(w, j, "no") ||
                 ((gis(w, j, "los") || gis(w, j, "las")) && denied)) &&
                ((g_in(w, j + 1, turn_up, G_NELEM(turn_up)) && a_person) ||
                 (gis(w, j + 1, "be") && gis(w, j + 2, "found")));
            if (stay || never) {
                *b = stay ? j + 2 : gis(w, j + 1, "be") ? j + 3 : j + 2;
                return true;
            }
        }
        return false;
    }
    /* people counted or named between: "found 22 alive", "encontraron a
     * todos vivos" (not "the dog was found alive") */
    static const char *const whom[] = {"them", "all", "todos", "todas",
                                       "everyone"};
    for (size_t j = i + 1; j < end; j++) {
        if (!g_in(w, j, found, G_NELEM(found)))
            continue;
        bool counted = false;
        for (size_t k = j + 1; k < end && k <= j + 4; k++) {
            const struct screen_tok *t = &w->n->tok[k];
            counted |= g_in(w, k, whom, G_NELEM(whom)) ||
                       (w->n->text[t->off] >= '0' && w->n->text[t->off] <= '9');
            if (counted && g_in(w, k, alive, G_NELEM(alive))) {
                *b = k + 1;
                return true;
            }
        }
    }
    return false;
}

/* Too few dead: "ojalá hubieran sido más", "should've been 50",
 * "lástima que solo fueron 3", by the wish at i: tokens [i, *b). */
static bool g_too_few(const struct screen_window *w, size_t i, size_t *b)
{
    size_t j = i + 1;
    /* only of the dead: not "200 voluntarios, ojalá hubieran sido más",
     * "the raise should have been more" */
    if (!g_death_near(w))
        return false;
    if (gis(w, i, "ojala")) {
        if (!gis(w, j, "hubieran") || !gis(w, j + 1, "sido") ||
            !gis(w, j + 2, "mas") || !g_ends(w, j + 2))
            return false;
        *b = j + 3;
        return true;
    }
    if (gis(w, i, "lastima")) {
        /* "lástima que solo fueron 3", "lástima que nada más mataron a
         * dos" */
        if (!gis(w, j, "que"))
            return false;
        j++;
        /* "lástima que no fueron más (los muertos)" */
        if (gis(w, j, "no") &&
            (gis(w, j + 1, "fueron") || gis(w, j + 1, "murieron")) &&
            gis(w, j + 2, "mas") &&
            (g_ends(w, j + 2) || (gcls(w, j + 4) & G_DIED))) {
            *b = j + 3;
            return true;
        }
        if (gis(w, j, "solo") || gis(w, j, "nomas"))
            j++;
        else if (gis(w, j, "nada") && gis(w, j + 1, "mas"))
            j += 2;
        else
            return false;
        if (!gis(w, j, "fueron") && !gis(w, j, "murieron") &&
            !(gcls(w, j) & G_KILLED))
            return false;
        /* ending its clause, after a number if any: not "lástima que solo
         * fueron 2 años de cárcel" */
        size_t last = j + g_number(w, j + 1);
        if (!g_ends(w, last))
            return false;
        *b = last + 1;
        return true;
    }
    /* "should've been 50", "should have been more", ending the clause */
    if (gis(w, i, "should")) {
        if (!gis(w, j, "have") && !gis(w, j, "of"))
            return false;
        j++;
    }
    /* "should've finished the job" */
    if (gis(w, j, "finished") && gis(w, j + 1, "the") && gis(w, j + 2, "job") &&
        g_ends(w, j + 2)) {
        *b = j + 3;
        return true;
    }
    /* "shoulda been the whole family" (not a remedy given to too few:
     * "the insurance only covered his wife. Should've been the whole
     * family") */
    if (gis(w, j, "been") && gis(w, j + 1, "the") && gis(w, j + 2, "whole") &&
        gis(w, j + 3, "family") && g_ends(w, j + 3) && !g_anywhere(w, G_ONLY)) {
        *b = j + 4;
        return true;
    }
    if (!gis(w, j, "been") || !(gis(w, j + 1, "more") || g_number(w, j + 1)) ||
        !g_ends(w, j + 1))
        return false;
    *b = j + 2;
    return true;
}

/* Gladness at a killing: "glad he's dead", "que bueno que lo mataron",
 * "me dio gusto que se murieran", "me alegra que ya esté bajo tierra",
 * by "glad", "bueno", "alegra" or "gusto" at i: tokens [*a, *b). */
static bool g_glad(const struct screen_window *w, size_t len, size_t i,
                   size_t *a, size_t *b)
{
    /* "Are you happy he's dead now?" */
    if (screen_sentence_asks(w->n, w->text, len, i))
        return false;
    if (gis(w, i, "bueno") || gis(w, i, "alegra") || gis(w, i, "alegro") ||
        gis(w, i, "gusto")) {
        /* "que bueno que lo mataron", "qué bueno que los soldados los
         * mataron", "que bueno que se mueran", "me alegra que estén
         * muertos" (not "que bueno que no lo mataron", "no me alegra") */
        if (i == w->s || g_denied(w, i))
            return false;
        /* "qué gusto que", "me dio gusto que", "nos da gusto que" */
        size_t from = i - 1;
        if (gis(w, i, "gusto") && from > w->s &&
            (gis(w, from, "mucho") || gis(w, from, "muchisimo")))
            from--;
        if (gis(w, i, "gusto") && (gis(w, from, "dio") || gis(w, from, "da"))) {
            if (from == w->s || g_denied(w, from))
                return false;
            from--;
        }
        if (gis(w, i, "bueno") || (gis(w, i, "gusto") && from == i - 1)
                ? !gis(w, from, "que")
                : !gis(w, from, "me") && !gis(w, from, "nos"))
            return false;
        /* "me alegra sinceramente que", "me da mucho gusto que" */
        size_t j = i + 1;
        if (gis(w, j, "sinceramente") || gis(w, j, "mucho") ||
            gis(w, j, "muchisimo") || gis(w, j, "honestamente"))
            j++;
        j += gis(w, j, "de");
        if (!gis(w, j, "que"))
            return false;
        for (size_t q = j + 1; q < w->e && q <= j + 4; q++) {
            if (gcls(w, q) & G_NOT)
                return false;
            bool clitic = gis(w, q, "lo") || gis(w, q, "la") ||
                          gis(w, q, "los") || gis(w, q, "las");
            if ((gcls(w, q) & G_KILLED) && gis(w, q + 1, "a")) {
                *a = from; /* "que bueno que mataron a ese" */
                *b = q + 1;
                return true;
            }
            bool be = gis(w, q, "este") || gis(w, q, "esten") ||
                      gis(w, q, "estan") || gis(w, q, "esta");
            /* "me alegra que ya esté bajo tierra", "que ese desgraciado
             * ya esté bajo tierra" (not "que el cable ya esté bajo
             * tierra") */
            bool whom = true;
            for (size_t k = j + 1; k < q && whom; k++)
                whom = gis(w, k, "ya") || gis(w, k, "por") ||
                       gis(w, k, "fin") || gis(w, k, "ese") ||
                       gis(w, k, "esa") || gis(w, k, "el") || gis(w, k, "la") ||
                       (gcls(w, k) & (G_HE | G_SCUM | G_CULPRIT | G_KIND));
            if (be && whom && gis(w, q + 1, "bajo") &&
                gis(w, q + 2, "tierra")) {
                *a = from;
                *b = q + 3;
                return true;
            }
            bool end = (clitic && (gcls(w, q + 1) & G_KILLED)) ||
                       (gis(w, q, "se") && (gcls(w, q + 1) & G_DIED)) ||
                       (be && (gcls(w, q + 1) & (G_DEADX | G_DIED)));
            /* ending its clause, or with whom after it ("se murió ese"):
             * not "se murió esa iniciativa en el Senado" */
            if (end && (g_ends(w, q + 1) || g_ends(w, q + 2))) {
                *a = from;
                *b = q + 2;
                return true;
            }
        }
        return false;
    }
    /* "glad he's dead", "happy they killed him", "glad he's in the
     * ground" */
    size_t j = i + 1 + gis(w, i + 1, "that");
    if (!g_dead(w, j) || g_denied(w, i))
        return false;
    j++;
    if (gis(w, j, "is") || gis(w, j, "are") || gis(w, j, "got"))
        j++;
    bool dead =
        gis(w, j, "dead") ||
        (gis(w, j, "in") && gis(w, j + 1, "the") && gis(w, j + 2, "ground")) ||
        ((gcls(w, j) & G_KILLED) && (gcls(w, j + 1) & G_HIM) &&
         !gis(w, j + 2, "off")); /* "killed them off in season 3" */
    if (!dead)
        return false;
    *a = i;
    *b = j + 1 + 2 * gis(w, j, "in") + ((gcls(w, j) & G_KILLED) != 0);
    return true;
}

/* No loss to the world: "the world lost nothing", "the world isn't
 * losing anything", "el mundo no pierde nada", "the world is better
 * without him", by "world" at i: tokens [i, *b). */
static bool g_no_loss(const struct screen_window *w, size_t i, size_t *b)
{
    size_t j = i + 1;
    size_t end = SIZE_MAX;
    if (gis(w, j, "no") &&
        (gis(w, j + 1, "pierde") || gis(w, j + 1, "perdio")) &&
        gis(w, j + 2, "nada"))
        end = j + 3;
    else if ((gis(w, j, "lost") || gis(w, j, "loses")) &&
             gis(w, j + 1, "nothing"))
        end = j + 2;
    else if ((gis(w, j, "isnt") || gis(w, j, "wont") || gis(w, j, "didnt")) &&
             (gis(w, j + 1, "losing") || gis(w, j + 1, "lose")) &&
             gis(w, j + 2, "anything"))
        end = j + 3;
    else if ((gis(w, j, "wont") || gis(w, j, "didnt")) &&
             gis(w, j + 1, "miss") && (gcls(w, j + 2) & G_HIM))
        end = j + 3; /* "the world won't miss him" */
    else if ((gis(w, j, "esta") || gis(w, j, "es")) && gis(w, j + 1, "mejor") &&
             gis(w, j + 2, "sin") &&
             (gis(w, j + 3, "el") || gis(w, j + 3, "ella") ||
              gis(w, j + 3, "ellos") || gis(w, j + 3, "ese") ||
              gis(w, j + 3, "esa") || gis(w, j + 3, "esos")))
        end = j + 4; /* "el mundo está mejor sin él" */
    else if (gis(w, j, "is") && gis(w, j + 1, "better") &&
             gis(w, j + 2, "without") && (gcls(w, j + 3) & G_HIM))
        end = j + 4;
    if (end == SIZE_MAX)
        return false;
    /* ending its clause: not "el mundo no pierde nada si quitan esa ley",
     * "con intentarlo", "the world lost nothing when that law was
     * repealed"; and "them" a people, not "nuclear weapons? the world is
     * better without them" */
    if (!g_ends(w, end - 1) || (gis(w, end - 1, "them") && !g_death_near(w)))
        return false;
    /* a condition before it: "si cierran esa tienda, el mundo no pierde
     * nada", "if Twitter shuts down"; or what someone said: "..., said
     * the victim's mother" */
    for (size_t q = w->s; q < w->e; q++)
        if ((q < i && (gis(w, q, "si") || gis(w, q, "if") ||
                       gis(w, q, "cuando") || gis(w, q, "when"))) ||
            (gcls(w, q) & G_SAY))
            return false;
    *b = end;
    return true;
}

/* A curse on the dead or the reader: "rot in hell", "rest in piss",
 * "púdrete en el infierno", "descanse en el infierno", by the verb at i:
 * tokens [i, *b). Not on the killers, whom readers curse when they mourn
 * ("I hope the killers rot in hell"). */
static bool g_curse(const struct screen_window *w, size_t i, size_t *b)
{
    size_t j = i + 1;
    if (gis(w, i, "rest")) {
        if (!gis(w, j, "in") ||
            !(gis(w, j + 1, "piss") || gis(w, j + 1, "pieces")))
            return false;
        *b = j + 2;
        return true;
    }
    if (gis(w, j, "in") && gis(w, j + 1, "hell"))
        *b = j + 2;
    else if (gis(w, j, "en") && gis(w, j + 1, "pedazos"))
        *b = j + 2;
    else if (gis(w, j, "en") && gis(w, j + 1, "el") &&
             gis(w, j + 2, "infierno"))
        *b = j + 3;
    else
        return false;
    return !g_anywhere(w, G_CULPRIT);
}

/* An attack that failed, regretted or to be done better: "Shame they
 * missed", "too bad the shooter missed him", "qué lástima que fallaron",
 * "next time aim a little lower", "pa la otra afinen la puntería",
 * "apúntenle mejor"; i is the miss or the aim. A miss needs a pity word
 * at most three words before it and must end its clause or name whom it
 * missed (not "shame they missed the deadline", "too bad I missed the
 * show"); an aim ("aim", "apunten", "afinen la puntería") needs "better",
 * "lower" or "mejor" right after it, or "afinen la puntería" "pa la otra"
 * or "la próxima" before it. Both need the comment to
 * speak of an attack, a shot or a death, or to laugh. Tokens [*a, *b). */
/* Whether the comment promises another try: "next time", "la próxima",
 * "a la otra". */
static bool g_next_time(const struct screen_norm *n)
{
    static const char *const next[] = {"next", "proxima", "otra"};
    static const char *const time[] = {"time", "vez"};
    for (size_t k = 0; k < n->ntok; k++)
        if (screen_tok_in(n, k, next, G_NELEM(next)) &&
            (screen_tok_in(n, k + 1, time, G_NELEM(time)) ||
             (k > 0 && screen_tok_in(n, k - 1, (const char *[]){"la"}, 1))))
            return true;
    return false;
}

/* Whether the comment counts the dead as too few: "we need more than
 * three", "faltan más". */
static bool g_more_wanted(const struct screen_norm *n)
{
    for (size_t k = 0; k + 1 < n->ntok; k++)
        if ((screen_tok_in(n, k, (const char *[]){"more"}, 1) &&
             screen_tok_in(n, k + 1, (const char *[]){"than"}, 1)) ||
            (screen_tok_in(n, k, (const char *[]){"faltan", "faltaron"}, 2) &&
             screen_tok_in(n, k + 1, (const char *[]){"mas"}, 1)))
            return true;
    return false;
}

static bool g_missed_attack(const struct screen_window *w, size_t i, size_t *a,
                            size_t *b)
{
    /* the comment is the regret alone: "Shame they missed.", or counts
     * the dead as too few */
    static const char *const det[] = {"the", "al", "a", "that", "ese"};
    static const char *const boss[] = {
        "warden", "director", "alcaide",    "boss",     "jefe",    "governor",
        "mayor",  "alcalde",  "gobernador", "reporter", "witness", "testigo"};
    /* "shame they missed the warden. next time": someone named, and
     * another try promised in the comment */
    bool named = (gcls(w, i) & G_MISS) && !g_ends(w, i) &&
                 g_in(w, i + 1, det, G_NELEM(det)) && g_ends(w, i + 2) &&
                 (g_in(w, i + 2, boss, G_NELEM(boss)) ||
                  (gcls(w, i + 2) & (G_KIND | G_SCUM))) &&
                 g_next_time(w->n);
    bool about = w->n->ntok <= 5 || named || g_more_wanted(w->n) ||
                 g_anywhere(w, G_ATTACK | G_DEATH | G_KILLED | G_DIED);
    struct screen_window all = *w; /* a laugh anywhere in the comment */
    all.s = 0;
    all.e = w->n->ntok;
    for (size_t j = 0; !about && j < all.e; j++)
        about = g_laugh(&all, j);
    if (!about)
        return false;
    if (gcls(w, i) & G_MISS) {
        if (gis(w, i, "fallo") && !gis(w, i - 1, "que"))
            return false; /* "el fallo del juez" */
        bool aimed = gis(w, i, "atinaron") || gis(w, i, "atino");
        if (aimed) {
            /* "lástima que no le atinaron": the negation is the miss */
            size_t k = i;
            if (gis(w, k - 1, "le") || gis(w, k - 1, "les"))
                k--;
            if (k == w->s || !gis(w, k - 1, "no"))
                return false;
            size_t p = SIZE_MAX;
            for (size_t q = k - 1 > w->s + 3 ? k - 4 : w->s; q < k - 1; q++)
                if (gcls(w, q) & G_PITY)
                    p = q;
            if (p == SIZE_MAX || !g_ends(w, i))
                return false;
            *a = p;
            *b = i + 1;
            return true;
        }
        size_t p = SIZE_MAX;
        for (size_t k = i > w->s + 3 ? i - 3 : w->s; k < i; k++)
            if (gcls(w, k) & G_PITY)
                p = k;
        if (p == SIZE_MAX || g_before(w, p, G_NOT))
            return false;
        if (gis(w, p, "bad") && !gis(w, p - 1, "too"))
            return false;
        static const char *const whom[] = {"him", "her", "them", "le", "les"};
        size_t e = i + 1;
        if (g_in(w, e, whom, G_NELEM(whom)))
            e++;
        if (named)
            e += 2;
        if (!g_ends(w, e - 1) && e == i + 1)
            return false;
        *a = p;
        *b = e;
        return true;
    }
    /* "bad aim", "mala puntería" ending its clause, in a comment of an
     * attack or with a laugh: "he survived?? damn. bad aim" */
    static const char *const poor[] = {"bad", "terrible", "poor", "lousy"};
    if (gis(w, i, "aim") && i > w->s && g_in(w, i - 1, poor, G_NELEM(poor)) &&
        g_ends(w, i)) {
        *a = i - 1;
        *b = i + 1;
        return true;
    }
    static const char *const next[] = {"next", "otra", "proxima"};
    static const char *const better[] = {"better", "lower", "higher", "mejor"};
    /* "aim" is an order only opening its clause or after "next time"
     * (not "our aim is better schools") */
    if (gis(w, i, "aim") && !g_opens(w, i) && !gis(w, i - 1, "time"))
        return false;
    bool told = false;
    for (size_t k = i > w->s + 3 ? i - 3 : w->s; k < i; k++)
        told |= g_in(w, k, next, G_NELEM(next));
    size_t e = i + 1;
    if (gis(w, e, "la") && gis(w, e + 1, "punteria"))
        e += 2;
    else if (!gis(w, i, "aim") && !gis(w, i, "apunten") &&
             !gis(w, i, "apuntenle"))
        return false; /* "afinen" alone: "afinen los detalles" */
    /* "a little lower", "un poco mejor"; not "aim for better wages" */
    bool aimed = told && e > i + 1;
    for (size_t k = e; k < e + 3 && k < w->e && !aimed; k++) {
        if (gis(w, k, "for") || gis(w, k, "to") || gis(w, k, "at"))
            break;
        if (g_in(w, k, better, G_NELEM(better))) {
            aimed = true;
            e = k + 1;
        }
    }
    if (!aimed)
        return false;
    *a = i;
    *b = e;
    return true;
}

/* A killing called unfinished and its end asked for: "the gunmen should
 * of finished the job on the families too", "someone should finish the
 * job", "ojalá alguien termine el trabajo", "les faltó terminar el jale",
 * by the verb at i: tokens [*a, *b). The job must end its clause or go on
 * to someone ("on", "with", "con", "a"), in a comment of a death or an
 * attack or one that gathers a crew ("tonight ... who's in?"), with an
 * arrest nowhere in it (not "the police should finish
 * the job and catch the rest", "Congress should finish the job."). */
static bool g_job_unfinished(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    static const char *const job[] = {"job", "work", "trabajo", "jale",
                                      "chamba"};
    static const char *const the[] = {"the", "el", "la", "their", "su"};
    static const char *const on[] = {"on", "with", "con", "a", "al"};
    static const char *const asked[] = {
        "should",  "shouldve", "hope",    "someone",  "somebody",
        "gotta",   "need",     "needs",   "time",     "ojala",
        "alguien", "falto",    "faltaba", "deberian", "debieron",
        "proxima", "otra",     "que",     "q",        "come",
        "let",     "hubieran", "could",   "of",       "vamos"};
    static const char *const caught[] = {
        "arrest",  "arrested", "catch",    "caught", "jail",   "prison",
        "court",   "trial",    "detengan", "carcel", "juicio", "capturen",
        "atrapen", "arresten", "agarren",  "pass",   "law",    "reforma"};
    if (!g_in(w, i + 1, the, G_NELEM(the)) ||
        !g_in(w, i + 2, job, G_NELEM(job)))
        return false;
    static const char *const whom[] = {
        "families", "family", "familia", "familias", "rest",  "resto",
        "demas",    "them",   "him",     "her",      "ellos", "ellas"};
    size_t e = i + 3;
    if (!g_ends(w, i + 2)) {
        /* "... on the guards' families", "con los demás" (not "on the
         * new hospital wing") */
        if (!g_in(w, i + 3, on, G_NELEM(on)))
            return false;
        for (size_t k = i + 4; k < i + 7 && k < w->e && e == i + 3; k++)
            if (g_in(w, k, whom, G_NELEM(whom)) ||
                (gcls(w, k) & (G_HIM | G_KIND | G_SCUM)))
                e = k + 1;
        if (e == i + 3)
            return false;
    }
    /* a crew gathered for it: "... tonight and finish the job. Who's
     * in?", "¿Quién se apunta? Hoy en la noche vamos a terminar el
     * trabajo" (no death need be named) */
    bool rally = false;
    for (size_t k = 0; k + 1 < w->n->ntok && !rally; k++)
        rally = (screen_tok_is(w->n, k, "whos") &&
                 screen_tok_is(w->n, k + 1, "in")) ||
                (screen_tok_is(w->n, k, "se") &&
                 screen_tok_is(w->n, k + 1, "apunta")) ||
                screen_tok_is(w->n, k, "tonight");
    bool wished = false;
    size_t reach = rally ? 10 : 4;
    for (size_t k = i > w->s + reach ? i - reach : w->s; k < i && !wished; k++)
        wished = g_in(w, k, asked, G_NELEM(asked));
    if (!wished || g_denied(w, i))
        return false;
    /* ... or one fewer of someone: "una mentirosa menos" */
    bool fewer = false;
    for (size_t k = 2; k < w->n->ntok && !fewer; k++)
        fewer =
            screen_tok_in(w->n, k, (const char *[]){"menos", "less"}, 2) &&
            screen_tok_in(w->n, k - 2, (const char *[]){"una", "un", "one"}, 3);
    if (!fewer && !rally &&
        !g_anywhere(w, G_DEATH | G_KILLED | G_DIED | G_DEADX | G_ATTACK |
                           G_SCUM | G_GONE))
        return false;
    for (size_t k = 0; k < w->n->ntok; k++)
        if (screen_tok_in(w->n, k, caught, G_NELEM(caught)))
            return false;
    *a = i;
    *b = e;
    return true;
}

/* Whether tokens j and k are the same word, a kind of person: "cop",
 * "periodista" (not "mosquito", "árbol"). */
static bool g_same(const struct screen_window *w, size_t j, size_t k)
{
    return j < w->e && k < w->e && w->n->tok[j].hash == w->n->tok[k].hash &&
           (gcls(w, j) & G_KIND);
}

/* A death wished on a kind of person as a saying: "the only good cop is
 * a dead cop", "the only good journalist is a quiet one", "el único
 * periodista bueno es el periodista muerto", "el único periodista bueno
 * es el que está calladito", "dead
 * journalist = good journalist", "periodista muerto, periodista bueno",
 * by "only" or "dead" at i: tokens [*a, *b). */
static bool g_only_good_dead(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    /* reported: "Sheridan supposedly said the only good Indian..." */
    for (size_t q = w->s; q < i; q++)
        if (gcls(w, q) & G_SAY)
            return false;
    static const char *const silenced_en[] = {"dead", "quiet", "silent",
                                              "silenced"};
    static const char *const silenced_es[] = {"muerto", "calladito", "callado",
                                              "silenciado"};
    if (gis(w, i, "only")) {
        /* only good X is a dead X, a quiet one */
        if (!gis(w, i + 1, "good") || !gis(w, i + 3, "is") ||
            !gis(w, i + 4, "a") ||
            !g_in(w, i + 5, silenced_en, G_NELEM(silenced_en)) ||
            !(g_same(w, i + 2, i + 6) ||
              ((gcls(w, i + 2) & G_KIND) && gis(w, i + 6, "one"))))
            return false;
        *a = i;
        *b = i + 7;
        return true;
    }
    if (gis(w, i, "unico")) {
        /* único X bueno es el X muerto, el (que está) calladito */
        if (!gis(w, i + 2, "bueno") || !gis(w, i + 3, "es") ||
            !gis(w, i + 4, "el") || !(gcls(w, i + 1) & G_KIND))
            return false;
        size_t k = i + 5;
        if (g_same(w, i + 1, k))
            k++;
        else if ((gis(w, k, "que") || gis(w, k, "q")) &&
                 (gis(w, k + 1, "esta") || gis(w, k + 1, "anda")))
            k += 2;
        if (!g_in(w, k, silenced_es, G_NELEM(silenced_es)))
            return false;
        *a = i;
        *b = k + 1;
        return true;
    }
    if (gis(w, i, "dead")) {
        /* dead X = good X, with the sign or a comma between */
        if (!gis(w, i + 2, "good") || !g_same(w, i + 1, i + 3) ||
            !screen_window_sign_after(w, i + 1, "=,"))
            return false;
        *a = i;
        *b = i + 4;
        return true;
    }
    /* X muerto, X bueno */
    if (i == w->s || !g_same(w, i - 1, i + 1) ||
        !screen_window_sign_after(w, i, "=,") ||
        !(gis(w, i + 2, "bueno") || gis(w, i + 2, "buena")))
        return false;
    *a = i - 1;
    *b = i + 3;
    return true;
}

/* Whether "algo habrá hecho" at i is named to reject it: it opens a
 * quotation right after a word that names what people say ('la
 * respuesta siempre es "algo habrá hecho"', 'que la gente diga "algo
 * habrá hecho"', 'ya párenle con el "algo habrá hecho"', or named by
 * "eso de que": 'ya párenle con eso de que algo habrá hecho'; not 'digas
 * lo que digas, algo habrá hecho', where it is the writer's own). */
static bool g_blame_named(const struct screen_window *w, size_t i)
{
    static const char *const names[] = {"diga",    "digan",     "dice",
                                        "dicen",   "respuesta", "con",
                                        "parenle", "parale",    "basta"};
    if (i >= w->s + 3 && gis(w, i - 1, "que") && gis(w, i - 2, "de") &&
        gis(w, i - 3, "eso"))
        return true;
    uint32_t off = w->n->tok[i].orig_off;
    const unsigned char *t = (const unsigned char *)w->text;
    bool opens = (off >= 1 && (t[off - 1] == '"' || t[off - 1] == '\'')) ||
                 (off >= 3 && t[off - 3] == 0xE2 && t[off - 2] == 0x80 &&
                  (t[off - 1] == 0x9C || t[off - 1] == 0x98)) ||
                 (off >= 2 && t[off - 2] == 0xC2 && t[off - 1] == 0xAB);
    if (!opens)
        return false;
    for (size_t k = i; k > w->s && i - k < 4;) {
        k--;
        if (g_in(w, k, names, G_NELEM(names)))
            return true;
    }
    return false;
}

/* The victim blamed, by "algo" or "pasos" at i: "por algo la mataron",
 * "seguro en algo andaba", "algo habrá hecho", "andaba en malos pasos
 * seguro" (not denied: "no es que en algo
 * anduviera", nor what others say: "dicen que en algo andaba, y eso es
 * revictimizar"): tokens [*a, *b). */
static bool g_for_something(const struct screen_window *w, size_t i, size_t *a,
                            size_t *b)
{
    size_t first = i, last = SIZE_MAX;
    if (i > w->s && gis(w, i - 1, "por")) {
        /* por algo (lo|la|los|las) mataron */
        size_t j = i + 1;
        if (gis(w, j, "lo") || gis(w, j, "la") || gis(w, j, "los") ||
            gis(w, j, "las"))
            j++;
        if ((gcls(w, j) & G_KILLED) || gis(w, j, "levantaron")) {
            first = i - 1;
            last = j + 1;
        }
    } else if (i > w->s && gis(w, i - 1, "en") &&
               (gis(w, i + 1, "andaba") || gis(w, i + 1, "andaban") ||
                gis(w, i + 1, "andaria") || gis(w, i + 1, "andarian") ||
                gis(w, i + 1, "malo"))) {
        first = i - 1;
        last = i + 2;
    } else if (gis(w, i, "pasos")) {
        /* (andaba|andaban|anda) en malos pasos (seguro) */
        if (i < w->s + 3 || !gis(w, i - 1, "malos") || !gis(w, i - 2, "en") ||
            !(gis(w, i - 3, "andaba") || gis(w, i - 3, "andaban") ||
              gis(w, i - 3, "anda") || gis(w, i - 3, "andaria")))
            return false;
        first = i - 3;
        last = i + 1;
        if (gis(w, last, "seguro") || gis(w, last, "seguramente") ||
            gis(w, last, "obvio"))
            last++;
    } else if ((gis(w, i + 1, "habra") || gis(w, i + 1, "habran") ||
                gis(w, i + 1, "habria")) &&
               gis(w, i + 2, "hecho")) {
        if (g_blame_named(w, i))
            return false;
        last = i + 3;
    }
    if (last == SIZE_MAX)
        return false;
    /* "en algo andaba", "algo habrá hecho" of the dead: ending the
     * clause or in a comment that names a death (not "en algo andaban
     * metidos los diputados", "algo habrá hecho el gobierno") */
    bool names_killing = gis(w, first, "por"); /* "por algo la mataron" */
    if (!names_killing &&
        ((!g_ends(w, last - 1) && !g_death_near(w)) || g_anywhere(w, G_TERM)))
        return false;
    for (size_t q = w->s; q < w->e; q++)
        if ((q < first && (gcls(w, q) & G_NOT)) || (gcls(w, q) & G_SAY))
            return false;
    /* "Que si andaba en malos pasos, que si se lo buscó": the claims
     * listed to rebut them */
    if (first >= w->s + 2 && gis(w, first - 1, "si") &&
        gis(w, first - 2, "que"))
        return false;
    *a = first;
    *b = last;
    return true;
}

/* The victim blamed as a saying, by the verb at i: "no one disappears
 * for nothing", "people don't disappear for no reason", "nadie desaparece
 * nomás porque sí", "nadie se desaparece por nada": nobody before the
 * verb, "for nothing" within three words after it. Not what others say
 * ("dicen que nadie desaparece porque sí", "..., said the prosecutor"),
 * a question, nor a comment
 * that calls it a lie or a myth ("the lie that nobody disappears for
 * nothing"). Tokens [*a, *b). */
static bool g_for_nothing(const struct screen_window *w, size_t len, size_t i,
                          size_t *a, size_t *b)
{
    static const char *const nobody[] = {"nobody", "nadie"};
    static const char *const lie[] = {"lie",  "lies",   "myth",  "mentira",
                                      "mito", "falso",  "false", "cierto",
                                      "true", "excusa", "excuse"};
    size_t v = i;
    if (v > w->s && gis(w, v - 1, "se"))
        v--; /* "nadie se desaparece" */
    size_t first = SIZE_MAX;
    if (v > w->s && g_in(w, v - 1, nobody, G_NELEM(nobody)))
        first = v - 1;
    else if (v >= w->s + 2 && gis(w, v - 1, "one") && gis(w, v - 2, "no"))
        first = v - 2;
    else if (v >= w->s + 2 && gis(w, v - 1, "dont") && gis(w, v - 2, "people"))
        first = v - 2;
    if (first == SIZE_MAX)
        return false;
    size_t last = SIZE_MAX;
    for (size_t j = i + 1; j < w->e && j <= i + 4 && last == SIZE_MAX; j++) {
        if ((gis(w, j, "nothing") && gis(w, j - 1, "for")) ||
            (gis(w, j, "reason") && gis(w, j - 1, "no") &&
             gis(w, j - 2, "for")) ||
            (gis(w, j, "nada") && gis(w, j - 1, "por")) ||
            (gis(w, j, "si") && gis(w, j - 1, "porque")))
            last = j + 1;
    }
    if (last == SIZE_MAX || g_before(w, w->e, G_SAY) ||
        screen_sentence_asks(w->n, w->text, len, i))
        return false;
    for (size_t q = 0; q < w->n->ntok; q++)
        if (screen_tok_in(w->n, q, lie, G_NELEM(lie)))
            return false;
    *a = first;
    *b = last;
    return true;
}

/* Whether the sentence before token i reports what others say ("the
 * comment saying the victim deserved every bullet", "le llaman limpieza
 * social"). */
static bool g_said(const struct screen_window *w, size_t i)
{
    return g_before(w, i, G_SAY);
}

/* Whether the harm that ends at token j ends its clause, or goes on as a
 * harm: "deserved to be gunned down like a dog", "every bullet they put
 * in him", "merecen morir igual de feo", "una fosa común", "a bullet in
 * the head" (not "a grave, a name and a funeral", "deserve to die like my
 * grandpa did", "merecían morir así, en su casa", "every bullet casing"). */
static bool g_harm_ends(const struct screen_window *w, size_t j)
{
    static const char *const more[] = {
        "too",   "tambien",     "slowly", "lentamente", "feo",  "horrible",
        "comun", "clandestina", "down",   "alive",      "vivo", "vivos",
        "they",  "he",          "she",    "que",        "you",  "igual"};
    static const char *const vermin[] = {
        "dog",  "dogs",  "perro",  "perros",    "rat",        "rats",
        "rata", "ratas", "animal", "animals",   "animales",   "pig",
        "pigs", "cerdo", "cerdos", "cucaracha", "cucarachas", "puerco"};
    static const char *const peace[] = {
        "peace",      "paz",     "home",    "casa",    "gente",
        "surrounded", "rodeado", "rodeada", "viejo",   "vieja",
        "age",        "bed",     "cama",    "dignity", "dignidad"};
    for (size_t q = j + 1; q < w->e; q++)
        if (g_in(w, q, peace, G_NELEM(peace)))
            return false; /* a death in peace, wherever it is said */
    if (screen_window_clause_end(w, j)) {
        /* a list goes on after a comma: "a grave, a name and a funeral" */
        static const char *const list[] = {"a", "an", "una", "un", "and"};
        return !(screen_window_sign_after(w, j, ",") &&
                 g_in(w, j + 1, list, G_NELEM(list)));
    }
    if (g_ends(w, j) || g_in(w, j + 1, more, G_NELEM(more)))
        return true;
    /* a word of candour closing the clause: "... to them honestly" */
    static const char *const candour[] = {
        "honestly", "frankly", "tbh", "sinceramente", "neta", "francamente"};
    if (g_in(w, j + 1, candour, G_NELEM(candour)) && g_ends(w, j + 1))
        return true;
    if ((gis(w, j + 1, "in") && gis(w, j + 2, "the") &&
         gis(w, j + 3, "head")) ||
        (gis(w, j + 1, "en") && gis(w, j + 2, "la") && gis(w, j + 3, "cabeza")))
        return true;
    if (gis(w, j + 1, "like") || gis(w, j + 1, "como")) {
        size_t q = j + 2;
        if (gis(w, q, "a") || gis(w, q, "un") || gis(w, q, "una") ||
            gis(w, q, "las") || gis(w, q, "los"))
            q++;
        return g_in(w, q, vermin, G_NELEM(vermin));
    }
    return gis(w, j + 1, "asi") && g_ends(w, j + 1);
}

/* The end of a harm named as deserved from token j: "every bullet", "a
 * bullet", "a mass grave", "to die", "to be shot", "to end up dead",
 * "whatever happens to them", "the whole clip"; "una fosa", "la muerte",
 * "morir", "cada bala", "un plomazo", "todo lo que les pase", "que los
 * quemaran"; 0 if none. A death not said to be a harm ("deserved to die
 * in peace", "a grave with her name on it", "morir en su cama", "to end
 * up in prison", "todo lo que les pase de bueno") is none. */
static size_t g_harm_deserved(const struct screen_window *w, size_t j)
{
    static const char *const shot[] = {
        "shot",    "killed",   "gunned",   "hanged",   "hung",
        "burned",  "burnt",    "skinned",  "raped",    "tortured",
        "lynched", "executed", "murdered", "beheaded", "disappeared"};
    static const char *const ammo[] = {"bullet", "bullets", "bala",   "balas",
                                       "balazo", "plomazo", "balazos"};
    static const char *const done[] = {
        "maten",         "mataran",   "matara",       "quemen",
        "quemaran",      "quemara",   "cuelguen",     "colgaran",
        "destazaran",    "destazara", "desaparezcan", "desaparecieran",
        "desapareciera", "violen",    "violaran",     "fusilen",
        "fusilaran",     "torturen",  "torturaran",   "descuartizaran",
        "balacearan",    "ejecuten",  "metieran"};
    static const char *const pit[] = {"grave", "ditch",  "bag",  "hole",
                                      "holes", "morgue", "fosa", "barrel"};
    size_t e = 0;
    /* "every (single) bullet", "a bullet in the head", "cada bala" */
    size_t q = j;
    if (gis(w, q, "every") || gis(w, q, "a") || gis(w, q, "the") ||
        gis(w, q, "cada") || gis(w, q, "un")) {
        q++;
        if (gis(w, q, "single"))
            q++;
        if (g_in(w, q, ammo, G_NELEM(ammo)))
            e = q + 1;
    }
    /* a beating: "a (good) beating", "una (buena) madriza" */
    static const char *const beating[] = {
        "beating", "beatdown", "thrashing", "whipping", "madriza",
        "golpiza", "putiza",   "calentada", "chinga",   "madrina"};
    q = j;
    if (gis(w, q, "a") || gis(w, q, "una"))
        q++;
    if (gis(w, q, "good") || gis(w, q, "buena") || gis(w, q, "real") ||
        gis(w, q, "proper"))
        q++;
    if (q > j && g_in(w, q, beating, G_NELEM(beating)))
        e = q + 1;
    /* the death itself: "a (mass) grave", "una fosa", "la muerte", "to
     * die", "death", "morir", "plomo" */
    if (e)
        ; /* a beating, read above */
    else if (gis(w, j, "a") && gis(w, j + 1, "mass") && gis(w, j + 2, "grave"))
        e = j + 3;
    else if ((gis(w, j, "a") && gis(w, j + 1, "grave")) ||
             (gis(w, j, "una") && gis(w, j + 1, "fosa")) ||
             (gis(w, j, "la") && gis(w, j + 1, "muerte")) ||
             (gis(w, j, "to") && gis(w, j + 1, "die")))
        e = j + 2;
    else if (gis(w, j, "death") || gis(w, j, "morir") || gis(w, j, "plomo"))
        e = j + 1;
    /* "to be shot", "to get killed" */
    else if (gis(w, j, "to") && (gis(w, j + 1, "be") || gis(w, j + 1, "get")) &&
             g_in(w, j + 2, shot, G_NELEM(shot)))
        e = j + 3;
    /* "whatever happens (to them)", "(todo) lo que les pase" */
    else if (gis(w, j, "whatever") && gis(w, j + 1, "happens"))
        e = gis(w, j + 2, "to") &&
                    (gis(w, j + 3, "them") || gis(w, j + 3, "him") ||
                     gis(w, j + 3, "her") || gis(w, j + 3, "you"))
                ? j + 4
                : j + 2;
    else if (gis(w, j, "the") && gis(w, j + 1, "whole") &&
             (gis(w, j + 2, "clip") || gis(w, j + 2, "magazine")))
        e = j + 3;
    if (e)
        return g_harm_ends(w, e - 1) ? e : 0;
    /* "to end up dead", "to end up in the holes they dig" */
    if (gis(w, j, "to") && gis(w, j + 1, "end") && gis(w, j + 2, "up")) {
        if (gis(w, j + 3, "dead"))
            return j + 4;
        q = j + 4;
        if (gis(w, q, "a") || gis(w, q, "the") || gis(w, q, "una"))
            q++;
        if (gis(w, q, "mass"))
            q++;
        return gis(w, j + 3, "in") && g_in(w, q, pit, G_NELEM(pit)) ? q + 1 : 0;
    }
    size_t k = gis(w, j, "todo") ? j + 1 : j;
    if (gis(w, k, "lo") && gis(w, k + 1, "que") &&
        (gis(w, k + 2, "les") || gis(w, k + 2, "le")) &&
        (gis(w, k + 3, "pase") || gis(w, k + 3, "pasa") ||
         gis(w, k + 3, "paso")))
        return g_ends(w, k + 3) ? k + 4 : 0;
    /* "que los quemaran vivos", "que le metieran un tiro" */
    static const char *const them[] = {"lo", "la", "los", "las", "le", "les"};
    if (gis(w, j, "que") && g_in(w, j + 1, them, G_NELEM(them)) &&
        g_in(w, j + 2, done, G_NELEM(done))) {
        if (gis(w, j + 2, "metieran"))
            return (gis(w, j + 3, "un") &&
                    (gis(w, j + 4, "tiro") || gis(w, j + 4, "balazo")))
                       ? j + 5
                       : 0;
        return j + 3;
    }
    return 0;
}

/* Whether token j of w names a person: a pronoun, a kind of person or
 * a criminal ("him", "that reporter", "al periodista", "a ese rata"). */
static bool g_person_at(const struct screen_window *w, size_t j)
{
    static const char *const pron[] = {"him",   "her", "them", "that", "this",
                                       "those", "the", "ese",  "esa",  "esos",
                                       "el",    "la",  "los",  "las"};
    static const char *const who[] = {
        "man",     "woman",  "guy",    "kid",    "boy",   "girl",
        "priest",  "judge",  "mayor",  "cura",   "padre", "juez",
        "alcalde", "señora", "señor",  "morro",  "morra", "chavo",
        "vato",    "wey",    "snitch", "soplon", "sapo",  "chismoso"};
    if (j >= w->e)
        return false;
    if (gis(w, j, "him") || gis(w, j, "her") || gis(w, j, "them"))
        return true;
    if (g_in(w, j, pron, G_NELEM(pron)))
        j++;
    return j < w->e &&
           ((gcls(w, j) & (G_KIND | G_SCUM)) || g_in(w, j, who, G_NELEM(who)));
}

/* A bullet as the answer, by "solved" or "listo" at i: "one bullet,
 * problem solved", "una bala y problema resuelto", "un plomazo y listo".
 * The bullet at most four words before, "problem" / "problema" right
 * before "solved" (or "y listo"), ending the clause; not asked, not
 * denied ("a bullet never solved anything"). Tokens [*a, *b). */
static bool g_bullet_answer(const struct screen_window *w, size_t len, size_t i,
                            size_t *a, size_t *b)
{
    static const char *const bullet[] = {"bullet",  "bala", "balazo",
                                         "plomazo", "tiro", "bullets",
                                         "balas",   "plomo"};
    static const char *const problem[] = {"problem", "problema"};
    /* "y listo" only right after a shot that is nothing else: "un
     * plomazo y listo" (not "tiro libre y listo", "la bala en la recámara
     * y listo") */
    static const char *const shot[] = {"balazo", "plomazo", "plomo"};
    if (gis(w, i, "listo")) {
        if (i < w->s + 2 || !gis(w, i - 1, "y") || !g_in(w, i - 2, shot, 3) ||
            !g_ends(w, i) || g_denied(w, i) ||
            screen_sentence_asks(w->n, w->text, len, i))
            return false;
        *a = i - 2;
        *b = i + 1;
        return true;
    }
    if (!(i > w->s && g_in(w, i - 1, problem, 2)))
        return false;
    if (!g_ends(w, i) || screen_sentence_asks(w->n, w->text, len, i))
        return false;
    for (size_t j = i - 1; j > w->s && i - j <= 4; j--)
        if (g_in(w, j - 1, bullet, G_NELEM(bullet))) {
            if (g_denied(w, i))
                return false;
            *a = j - 1;
            *b = i + 1;
            return true;
        }
    return false;
}

/* Hail to the killers, by the praise at i: "Mis respetos a los que le
 * dieron cuello a ese soplón", "respect to whoever shot that snitch",
 * "props to the guys who took him out", "aplausos para los que mataron
 * al halcón". The praise, then "to" / "a" / "para" and at most three
 * words to "who" / "que" / "whoever", then a killing within four words
 * (killed, shot, took out, mataron, quebraron, "le dieron cuello",
 * "dieron piso"); not the ones who found, fed or buried someone, not
 * "respect to the mothers who searched", nor a question. */
static bool g_killers_hailed(const struct screen_window *w, size_t len,
                             size_t i, size_t *b)
{
    static const char *const to[] = {"to", "a", "para", "for"};
    static const char *const who[] = {"who", "whoever", "que", "quien",
                                      "quienes"};
    static const char *const kill[] = {
        "killed",   "shot",       "murdered",  "offed",  "smoked",
        "mato",     "mataron",    "quebraron", "quebro", "ejecutaron",
        "balearon", "levantaron", "executed",  "clipped"};
    static const char *const noun[] = {"cuello", "piso", "matarile"};
    static const char *const gave[] = {"dieron", "dio", "dan"};
    size_t k = i + 1;
    /* "Whoever did this, respect.", "Quien haya sido, respeto": the deed
     * named first, the praise ending its clause, in a comment of a death
     * or vermin */
    if (i >= w->s + 3 && g_ends(w, i) &&
        (gis(w, w->s, "whoever") || gis(w, w->s, "quien")) &&
        g_dead_or_scum(w)) {
        *b = i + 1;
        return true;
    }
    if (!g_in(w, k, to, G_NELEM(to)))
        return false;
    /* "congrats to the shooters", "felicidades a los sicarios": the
     * killers by their trade (not "props to the nurses") */
    static const char *const killers[] = {"shooters",   "killers",  "gunmen",
                                          "hitmen",     "sicarios", "asesinos",
                                          "pistoleros", "matones"};
    for (size_t j = k + 1; j < w->e && j <= k + 3; j++)
        if (g_in(w, j, killers, G_NELEM(killers))) {
            if (screen_sentence_asks(w->n, w->text, len, i))
                return false;
            *b = j + 1;
            return true;
        }
    /* "felicidades a los que lo hicieron", "congrats to whoever did it"
     * in a comment of a death (not "a los que lo hicieron posible") */
    static const char *const did[] = {"did", "hicieron", "hizo"};
    for (size_t j = k + 1; j < w->e && j <= k + 4; j++)
        if (g_in(w, j, did, G_NELEM(did)) && !gis(w, j + 1, "posible") &&
            (gis(w, j + 1, "it") || gis(w, j - 1, "lo")) && g_dead_or_scum(w) &&
            !screen_sentence_asks(w->n, w->text, len, i)) {
            *b = gis(w, j + 1, "it") ? j + 2 : j + 1;
            return true;
        }
    size_t q = SIZE_MAX;
    for (size_t j = k + 1; j < w->e && j <= k + 4 && q == SIZE_MAX; j++)
        if (g_in(w, j, who, G_NELEM(who)))
            q = j;
    if (q == SIZE_MAX || screen_sentence_asks(w->n, w->text, len, i))
        return false;
    static const char *const clitic[] = {"lo", "la", "le", "los", "les", "se"};
    for (size_t j = q + 1; j < w->e && j <= q + 4; j++) {
        if (g_in(w, j, who, G_NELEM(who)))
            return false; /* "who exposed who killed her" */
        size_t e = SIZE_MAX;
        if (g_in(w, j, kill, G_NELEM(kill)))
            e = j + 1;
        else if (g_in(w, j, gave, G_NELEM(gave)) &&
                 g_in(w, j + 1, noun, G_NELEM(noun)))
            e = j + 2;
        else if (gis(w, j, "took") && g_person_at(w, j + 1) &&
                 (gis(w, j + 2, "out") || gis(w, j + 3, "out")))
            return (*b = gis(w, j + 2, "out") ? j + 3 : j + 4), true;
        else if (gis(w, j, "took") && gis(w, j + 1, "out") &&
                 g_person_at(w, j + 2))
            return (*b = j + 3), true;
        if (e == SIZE_MAX)
            continue;
        /* someone killed: a person after it, or a Spanish object before
         * it or after "a" ("le dieron cuello", "mataron al halcón"); not
         * "shot this video", "shot down the rumor" */
        if (g_person_at(w, e) || g_in(w, j - 1, clitic, G_NELEM(clitic)) ||
            ((gis(w, e, "a") || gis(w, e, "al")) && g_person_at(w, e + 1)) ||
            gis(w, e, "al")) {
            *b = e;
            return true;
        }
        return false;
    }
    return false;
}

/* The end of praise deserved by a killer, from token j after "deserves"
 * at i: "whoever killed that reporter deserves a medal", "el que lo mató
 * merece una medalla"; 0 if none. The one praised killed a person:
 * "who(ever) killed him / that reporter", "el que lo mató", "quien mató al
 * periodista" (not the cop who was killed, "el policía que mataron", the
 * photographer who shot these photos, the chef who killed it, "el que
 * echó a andar la colecta", "the reporter who exposed who killed her"). */
static size_t g_killer_praised(const struct screen_window *w, size_t i,
                               size_t j)
{
    static const char *const praise[] = {
        "medal",     "medalla", "applause", "aplauso", "statue",
        "estatua",   "raise",   "award",    "premio",  "monument",
        "monumento", "aumento", "bonus"};
    static const char *const who_en[] = {"whoever", "who"};
    static const char *const who_es[] = {"que", "quien"};
    static const char *const kill_en[] = {"killed", "murdered", "shot"};
    static const char *const kill_es[] = {"mato",    "asesino", "levanto",
                                          "ejecuto", "quebro",  "echo"};
    /* "whoever did it", "el que lo hizo": a killer where the praise is
     * set against a trial ("merece una estatua, no cárcel", "a medal not
     * a trial"), not the one who did a mural */
    static const char *const trial[] = {"trial",  "jail",    "prison", "juicio",
                                        "carcel", "prision", "cana"};
    bool against_trial = false;
    for (size_t q = i; q < w->e && !against_trial; q++)
        against_trial = g_in(w, q, trial, G_NELEM(trial));
    static const char *const clitic[] = {"lo", "la", "los", "las", "le"};
    static const char *const seek[] = {
        "find",         "found",      "know",      "knows",     "de",
        "sobre",        "about",      "sabe",      "desde",     "despues",
        "antes",        "hasta",      "porque",    "exposed",   "revealed",
        "investigated", "discovered", "descubrio", "investigo", "revelo",
        "expuso",       "saber"};
    bool killer = false;
    for (size_t q = w->s; q + 1 < i && !killer; q++) {
        if (q > w->s && g_in(w, q - 1, seek, G_NELEM(seek)))
            continue; /* who did it, asked or found: not the one praised */
        if (g_in(w, q, who_en, G_NELEM(who_en)))
            killer = (g_in(w, q + 1, kill_en, G_NELEM(kill_en)) &&
                      g_person_at(w, q + 2)) ||
                     (against_trial && gis(w, q + 1, "did") &&
                      (gis(w, q + 2, "it") || gis(w, q + 2, "this")));
        else if (g_in(w, q, who_es, G_NELEM(who_es)) &&
                 !g_written_accented(w, q)) {
            /* "el que lo mató", "el que se lo echó", "quien mató al
             * periodista" */
            size_t v = q + 1;
            if (gis(w, v, "se"))
                v++;
            bool obj = g_in(w, v, clitic, G_NELEM(clitic));
            if (obj)
                v++;
            /* "echó" kills only as "se lo echó" (not "le echó ganas") */
            bool se = gis(w, q + 1, "se");
            killer = (v < i && g_in(w, v, kill_es, G_NELEM(kill_es)) &&
                      (se || !gis(w, v, "echo")) &&
                      (obj || ((gis(w, v + 1, "a") || gis(w, v + 1, "al")) &&
                               g_person_at(w, v + 2)))) ||
                     (against_trial && obj && v < i && gis(w, v, "hizo"));
        }
    }
    if (!killer)
        return 0;
    static const char *const det[] = {"a", "an", "un", "una", "his", "su"};
    if (g_in(w, j, det, G_NELEM(det)))
        j++;
    return g_in(w, j, praise, G_NELEM(praise)) ? j + 1 : 0;
}

/* A harm said to be deserved (token i is "deserve" or "merece"): "you
 * deserve every bullet", "they all deserve a mass grave", "se merecen
 * todo lo que les pase", "merecía que lo destazaran"; or a killer said to
 * deserve praise. Not denied ("nobody deserves to die", "I don't think he
 * deserved to die", "nadie merece morir así", "ningún periodista merece
 * la muerte"), asked, reported or doubted ("the comment saying the victim
 * deserved every bullet", "imagine thinking she deserved it", "en serio
 * crees que merecía morir"), said of ourselves ("we deserved to get
 * killed in the second half") or of a game ("se merecía un balazo, qué
 * golazo"). *a, *b: the words. */
static bool g_deserves_harm(const struct screen_window *w, size_t len, size_t i,
                            size_t *a, size_t *b)
{
    /* the negation of its own clause ("nadie llora por ese, se merecía
     * eso y más" is no denial), or a doubt anywhere before it */
    static const char *const doubt[] = {
        "dont",  "doesnt",  "didnt", "none",  "ningun", "ninguna", "ninguno",
        "jamas", "tampoco", "never", "nunca", "we",     "i",       "merecemos"};
    size_t c = i;
    while (c > w->s && !screen_window_clause_end(w, c - 1))
        c--;
    for (size_t q = c; q < i; q++)
        if (gcls(w, q) & G_NOT)
            return false;
    for (size_t q = w->s; q < i; q++)
        if (g_in(w, q, doubt, G_NELEM(doubt)))
            return false;
    if (g_said(w, i) || screen_sentence_asks(w->n, w->text, len, i))
        return false;
    /* a thing deserves to die or to be hung: "that trend deserves to die",
     * "these photos deserve to be hung in a museum", "este pueblo merece
     * que lo levanten" */
    static const char *const thing[] = {
        "trend",    "moda",   "song",     "cancion",  "genre",    "genero",
        "show",     "serie",  "series",   "movie",    "pelicula", "plan",
        "proyecto", "law",    "ley",      "photos",   "fotos",    "photo",
        "foto",     "video",  "app",      "project",  "idea",     "reform",
        "reforma",  "style",  "estilo",   "music",    "musica",   "album",
        "pueblo",   "town",   "city",     "ciudad",   "work",     "trabajo",
        "story",    "nota",   "article",  "articulo", "book",     "libro",
        "rug",      "carpet", "alfombra", "tapete",   "mattress", "colchon",
        "eggs",     "dough",  "masa",     "steak",    "carne"};
    for (size_t q = c; q < i; q++)
        if (g_in(w, q, thing, G_NELEM(thing)))
            return false;
    size_t j = i + 1;
    if (gis(w, j, "exactly") || gis(w, j, "totally"))
        j++;
    size_t end = g_harm_deserved(w, j);
    /* "se merecía eso y más", where a death is told */
    if (!end && gis(w, j, "eso") && gis(w, j + 1, "y") &&
        gis(w, j + 2, "mas") && g_death_near(w))
        end = j + 3;
    if (end && g_anywhere(w, G_COURT))
        return false; /* a prison term, a game, a tribute */
    if (!end)
        end = g_killer_praised(w, i, j);
    if (!end)
        return false;
    *a = i;
    *b = end;
    return true;
}

/* Whether the favour at i, done by the verb at v, is done to a whole
 * place or people ("did the country a favor", "le hizo un favor al
 * pueblo") and nothing after it says how. */
static bool g_favour_to_all(const struct screen_window *w, size_t v, size_t i)
{
    static const char *const all[] = {
        "world",  "country",  "town",   "city",      "society", "state",
        "nation", "mexico",   "mundo",  "pais",      "país",    "pueblo",
        "ciudad", "sociedad", "estado", "humanidad", "humanity"};
    bool to_all = false;
    for (size_t k = v + 1; k < w->e && k <= i + 3; k++) {
        if (k > i && screen_window_clause_end(w, k - 1))
            break;
        to_all = to_all || g_in(w, k, all, G_NELEM(all));
    }
    if (!to_all)
        return false;
    for (size_t k = i + 1; k < w->e; k++) {
        const struct screen_tok *t = &w->n->tok[k];
        const char *e = w->n->text + t->off + t->len;
        if ((t->len > 4 && (memcmp(e - 4, "ando", 4) == 0 ||
                            memcmp(e - 4, "endo", 4) == 0)) ||
            (t->len > 4 && memcmp(e - 3, "ing", 3) == 0))
            return false;
    }
    return true;
}

/* A killing called a favour: "the cartel did the world a favor", "les
 * hicieron un favor", where the comment names a death (not "did us a
 * favor by resigning", "por favor", "hazme un favor"); the favour word at
 * i, the verb's token in *a. */
static bool g_favour(const struct screen_window *w, size_t len, size_t i,
                     size_t *a)
{
    /* told of a deed, not asked ("do yourself a favor", "hazme un
     * favor") */
    static const char *const did[] = {"did",  "does", "doing",    "done",
                                      "hizo", "hace", "hicieron", "hacen"};
    size_t q = i;
    if (q > w->s &&
        (gis(w, q - 1, "a") || gis(w, q - 1, "un") || gis(w, q - 1, "el") ||
         gis(w, q - 1, "big") || gis(w, q - 1, "huge")))
        q--;
    if (q > w->s && (gis(w, q - 1, "gran") || gis(w, q - 1, "big")))
        q--;
    /* the one done the favour stands between: "did the world a favor",
     * "le hicieron un favor" comes before it */
    size_t v = SIZE_MAX;
    for (size_t k = q; k > w->s && q - k < 4; k--)
        if (g_in(w, k - 1, did, G_NELEM(did))) {
            v = k - 1;
            break;
        }
    if (v == SIZE_MAX || gis(w, i - 1, "por") || gis(w, v + 1, "yourself") ||
        gis(w, v + 1, "me") || g_denied(w, v) || g_said(w, v) ||
        screen_sentence_asks(w->n, w->text, len, i))
        return false;
    /* the favour done by a deed named after it ("did us a favor by
     * exposing them", "con las luminarias nuevas", "al destapar", "me hizo
     * el favor de dejarme"), or the victim's own ("killed for doing a
     * neighbor a favor", "después de que le hizo un favor") */
    static const char *const how[] = {"by",    "with",    "con", "para",
                                      "after", "despues", "for", "de"};
    for (size_t k = i + 1; k < w->e && !screen_window_clause_end(w, k - 1);
         k++) {
        if (g_in(w, k, how, G_NELEM(how)))
            return false;
        if (gis(w, k, "al") && k + 1 < w->e) {
            const struct screen_tok *t = &w->n->tok[k + 1];
            const char *e = w->n->text + t->off + t->len - 2;
            if (t->len > 3 && e[1] == 'r' &&
                (e[0] == 'a' || e[0] == 'e' || e[0] == 'i'))
                return false; /* "al destapar" */
        }
    }
    static const char *const whose[] = {"for", "por",  "que", "cuando", "when",
                                        "but", "pero", "me",  "my"};
    for (size_t k = v; k > w->s && v - k < 3; k--)
        if (g_in(w, k - 1, whose, G_NELEM(whose)))
            return false;
    /* done to the writer's family or to the criminals ("did my mom a
     * favor", "doing the cartel a huge favor", "le hace un favor a los
     * sicarios") */
    static const char *const mine[] = {"my",      "mi",       "mis",  "cartel",
                                       "cartels", "carteles", "gang", "gangs"};
    for (size_t k = v + 1; k < w->e && k <= i + 3; k++)
        if (k != i &&
            (g_in(w, k, mine, G_NELEM(mine)) || (gcls(w, k) & G_SCUM)))
            return false;
    /* the killers do it, before the verb ("the cartel did the world a
     * favor", "whoever disappeared those kids did the neighborhood a
     * favor"), or, with no one named, where the sentence names the dead
     * as criminals ("le hicieron un favor a la colonia, ya no hay
     * rateros"); and always of a death in the comment */
    static const char *const killers[] = {
        "cartel",  "cartels", "whoever", "quien",   "quienes",  "sicarios",
        "sicario", "gang",    "gangs",   "comando", "pandilla", "mara"};
    bool before = false, named = false, after = false;
    for (size_t k = w->s; k < v; k++) {
        before = before || (gcls(w, k) & G_SCUM) ||
                 g_in(w, k, killers, G_NELEM(killers));
        named = named || !(gis(w, k, "le") || gis(w, k, "les") ||
                           gis(w, k, "nos") || gis(w, k, "they"));
    }
    for (size_t k = i + 1; k < w->e; k++)
        after = after || (gcls(w, k) & (G_SCUM | G_KILLED | G_DIED));
    if (!before && (named || !after))
        return false;
    /* the killers named doing the whole place a favour need no death
     * named: "The cartel did the country a favor.", "el cartel le hizo
     * un favor al pueblo" (not what it did for it, told after: "le hizo
     * un favor al pueblo repartiendo despensas") */
    if (!g_death_near(w) && !(before && g_favour_to_all(w, v, i)))
        return false;
    *a = v;
    return true;
}

/* The streets a cartel cleaned: "Cartel did what the police won't,
 * cleaned up the neighborhood", "Best thing the cartel ever did was clean
 * the streets of these losers", "los narcos limpiaron la colonia", by the
 * verb at i: the cartel (cartel, narcos, sicarios, la maña) before it in
 * its sentence, a place right after it (not "the city cleaned the streets
 * after the parade", "the cartel cleans its money in banks", a
 * question, a denial). */
static bool g_streets_cleaned(const struct screen_window *w, size_t len,
                              size_t i, size_t *a, size_t *b)
{
    static const char *const cartel[] = {"cartel",   "cartels", "narcos",
                                         "sicarios", "cjng",    "maña",
                                         "señores",  "cartel's"};
    static const char *const place[] = {
        "streets", "neighborhood", "neighbourhood", "barrio", "colonia",
        "town",    "plaza",        "calles",        "pueblo", "city",
        "block",   "cuadra",       "area",          "zona"};
    static const char *const det[] = {"the", "our", "this",    "la", "las",
                                      "el",  "los", "nuestra", "up"};
    size_t k = i + 1;
    while (k < w->e && k <= i + 2 && g_in(w, k, det, G_NELEM(det)))
        k++;
    if (!g_in(w, k, place, G_NELEM(place)))
        return false;
    size_t c = SIZE_MAX;
    for (size_t j = w->s; j < i && c == SIZE_MAX; j++)
        if (g_in(w, j, cartel, G_NELEM(cartel)))
            c = j;
    if (c == SIZE_MAX || g_denied(w, i) || g_said(w, i) ||
        screen_sentence_asks(w->n, w->text, len, i) || g_anywhere(w, G_BLAME))
        return false;
    *a = c;
    *b = k + 1;
    return true;
}

/* A killing called a cleansing: "eso es limpieza social", "that's just
 * social cleansing", "limpieza social y ya" (not denied, not what others
 * call it, and not where the comment names it a crime: "what they call
 * social cleansing is murder", "no es limpieza social, es exterminio"). */
/* Whether hate is denied before token i in its sentence, as a cleansing
 * is then said to be what it is: "No es odio, es limpieza", "it's not
 * hate, it's cleaning". */
static bool g_hate_denied_before(const struct screen_window *w, size_t i)
{
    static const char *const hate[] = {"odio", "hate", "racismo", "racism"};
    for (size_t k = w->s; k < i; k++)
        if (g_in(w, k, hate, G_NELEM(hate)) && k > w->s &&
            (gis(w, k - 1, "no") || gis(w, k - 1, "not") ||
             (k > w->s + 1 && gis(w, k - 2, "no"))))
            return true;
    return false;
}

static bool g_cleansing(const struct screen_window *w, size_t len, size_t i,
                        size_t *a, size_t *b)
{
    size_t s, e;
    bool contrast = false; /* "no es odio, es limpieza": no denial */
    static const char *const murder[] = {"murder", "asesinato", "crime",
                                         "crimen", "homicidio", "killing"};
    if (gis(w, i, "control")) {
        /* "it's not murder, it's pest control", "no es asesinato, es
         * control de plagas" (not "the clinic does pest control") */
        if (i > w->s && gis(w, i - 1, "pest"))
            s = i - 1, e = i + 1;
        else if (gis(w, i + 1, "de") && gis(w, i + 2, "plagas"))
            s = i, e = i + 3;
        else
            return false;
        for (size_t k = w->s; k < s && !contrast; k++)
            contrast = g_in(w, k, murder, G_NELEM(murder));
        if (!contrast && !g_death_near(w))
            return false;
    } else if (!gis(w, i, "limpieza") && !gis(w, i, "cleansing")) {
        return g_streets_cleaned(w, len, i, a, b);
    } else if (gis(w, i, "limpieza") && gis(w, i + 1, "social")) {
        s = i;
        e = i + 2;
    } else if (gis(w, i, "cleansing") && i > w->s && gis(w, i - 1, "social")) {
        s = i - 1;
        e = i + 1;
    } else if (gis(w, i, "limpieza") && screen_window_clause_end(w, i) &&
               (g_death_near(w) || g_hate_denied_before(w, i))) {
        /* "no es odio, es limpieza.", "los mataron, es limpieza" */
        s = i;
        e = i + 1;
        contrast = g_hate_denied_before(w, i);
    } else {
        return false;
    }
    /* a subject, not the copula's: "the thesis is on social cleansing",
     * "es sobre limpieza social", "grupos de limpieza social" */
    static const char *const prep[] = {"on",      "about",  "of",     "sobre",
                                       "de",      "del",    "acerca", "contra",
                                       "against", "grupos", "groups"};
    if (s > w->s && g_in(w, s - 1, prep, G_NELEM(prep)))
        return false;
    /* said of something: "eso es", "that's just", or ending "y ya" */
    bool told = false;
    for (size_t k = s; k > w->s && s - k < 3; k--)
        told = told || (gcls(w, k - 1) & G_IS);
    if (!told && !(gis(w, e, "y") && gis(w, e + 1, "ya")))
        return false;
    if ((!contrast && g_denied(w, s)) || g_said(w, s) ||
        screen_sentence_asks(w->n, w->text, len, i) ||
        (!contrast && g_anywhere(w, G_BLAME)))
        return false;
    *a = s;
    *b = e;
    return true;
}

/* The bullets a killing saved: "saves us the bullets", "nos ahorraron las
 * balas". */
static bool g_bullets_saved(const struct screen_window *w, size_t i, size_t *b)
{
    /* to us: "saves us the bullets", "nos ahorraron las balas" (not
     * "the forensic team saved the bullets") */
    size_t j = i + 1;
    if (gis(w, j, "us"))
        j++;
    else if (i == w->s || !gis(w, i - 1, "nos"))
        return false;
    if (g_denied(w, i))
        return false;
    if (!(gis(w, j, "the") || gis(w, j, "las") || gis(w, j, "la")))
        return false;
    if (!(gis(w, j + 1, "bullets") || gis(w, j + 1, "balas") ||
          gis(w, j + 1, "bala") || gis(w, j + 1, "bullet")))
        return false;
    /* of a death, said and done: not "saved us the bullets for the
     * shooting range", "porque llevamos las nuestras" */
    if (!g_death_near(w) ||
        !(g_ends(w, j + 1) || gis(w, j + 2, "and") || gis(w, j + 2, "y")))
        return false;
    *b = j + 2;
    return true;
}

/* The lesson of a killing told to those who talk, as a threat: "así
 * acaban los chismosos", "that's what happens to snitches", "eso les
 * pasa por hablar", "que sirva de ejemplo para los demás periodistas"
 * (not "así acaban las fiestas", "eso le pasa por no usar casco", "que
 * sirva de ejemplo para otras fiscalías"); and "good riddance" where the
 * comment names a death or a criminal, as an insult. *cat: which. */
static bool g_lesson(const struct screen_window *w, size_t len, size_t i,
                     size_t *a, size_t *b, int *cat)
{
    if (g_said(w, i) || screen_sentence_asks(w->n, w->text, len, i))
        return false;
    *cat = SCREEN_THREAT;
    if (gis(w, i, "riddance")) {
        /* a killing, not "his career is dead. good riddance", an arrest
         * or a resignation */
        if (i == w->s || !gis(w, i - 1, "good") ||
            !g_anywhere(w, G_KILLED | G_DIED) || g_anywhere(w, G_TERM))
            return false;
        *a = i - 1;
        *b = i + 1;
        *cat = SCREEN_INSULT;
        return true;
    }
    if ((gis(w, i, "acaban") || gis(w, i, "terminan")) && i > w->s &&
        gis(w, i - 1, "asi")) {
        /* "así acaban los chismosos", ending there or with "que hablan"
         * (not "así acaban los chismosos de la cuadra: sin amigos", "así
         * terminan los soplones en todas las películas") */
        size_t j = gis(w, i + 1, "los") || gis(w, i + 1, "las") ? i + 2 : i + 1;
        if (!(gcls(w, j) & G_NOSY) ||
            !(g_ends(w, j) ||
              (gis(w, j + 1, "que") && gis(w, j + 2, "hablan"))))
            return false;
        *a = i - 1;
        *b = j + 1;
        return true;
    }
    if (gis(w, i, "happens") && gis(w, i + 1, "to")) {
        /* "that's what happens to snitches", said of them, ending there
         * (not "a piece about what happens to reporters when the state
         * doesn't protect them") */
        size_t j = i + 2;
        if (i < w->s + 2 || !gis(w, i - 1, "what") ||
            !(gis(w, i - 2, "thats") || gis(w, i - 2, "is")) ||
            !(gcls(w, j) & G_NOSY) || !g_ends(w, j))
            return false;
        *a = i - 1;
        *b = j + 1;
        return true;
    }
    if (gis(w, i, "pasa") && i >= w->s + 2 && gis(w, i - 2, "eso") &&
        (gis(w, i - 1, "les") || gis(w, i - 1, "le")) && gis(w, i + 1, "por")) {
        /* "eso les pasa por hablar con la prensa", "por andar de
         * chismoso", "por abrir la boca" (not "por andar sin casco", "por
         * abrir correos") */
        static const char *const talk[] = {
            "hablar",   "denunciar", "sapo",    "chismoso", "soplon",
            "chismosa", "hocicon",   "metiche", "sapos",    "chismosos",
            "soplones", "hocicones", "rajar",   "rajones"};
        static const char *const mouth[] = {"boca", "hocico", "pico"};
        size_t j = i + 2, end = 0;
        if (g_in(w, j, talk, G_NELEM(talk)))
            end = j + 1;
        else if (gis(w, j, "andar") && gis(w, j + 1, "de") &&
                 g_in(w, j + 2, talk, G_NELEM(talk)))
            end = j + 3;
        else if (gis(w, j, "abrir") &&
                 (gis(w, j + 1, "la") || gis(w, j + 1, "el")) &&
                 g_in(w, j + 2, mouth, G_NELEM(mouth)))
            end = j + 3;
        if (!end)
            return false;
        *a = i - 2;
        *b = end;
        return true;
    }
    if (gis(w, i, "ejemplo") && i >= w->s + 3 && gis(w, i - 1, "de") &&
        gis(w, i - 2, "sirva") && gis(w, i - 3, "que") && g_death_near(w)) {
        /* "que sirva de ejemplo para los demás chismosos", of a killing
         * (not "que su valentía sirva de ejemplo para otros periodistas") */
        for (size_t j = i + 1; j < w->e && j <= i + 5; j++)
            if (gcls(w, j) & (G_NOSY | G_KIND)) {
                *a = i - 3;
                *b = j + 1;
                return true;
            }
    }
    return false;
}

/* The attack mocked for failing: "Poor cartel, wasted good bullets",
 * "pobre cartel, desperdicio balas", "desperdiciaron las balas", by the
 * waste at i, the bullets within two words, ending its clause (not
 * "wasted bullets at the range are a crime", "desperdicio de balas en el
 * campo de tiro"). Tokens [i, *b). */
static bool g_bullets_wasted(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const bullets[] = {"bullets", "bullet", "balas",
                                          "bala",    "ammo",   "tiros"};
    for (size_t j = i + 1; j < w->e && j <= i + 3; j++) {
        if (!g_in(w, j, bullets, G_NELEM(bullets)))
            continue;
        size_t e = j + 1;
        /* "wasted good bullets on him" */
        if ((gis(w, e, "on") || gis(w, e, "en")) &&
            (gis(w, e + 1, "him") || gis(w, e + 1, "her") ||
             gis(w, e + 1, "el") || gis(w, e + 1, "ella")))
            e += 2;
        if (!g_ends(w, e - 1) || g_denied(w, i))
            return false;
        *b = e;
        return true;
    }
    return false;
}

/* Whether "used" or "use" at j tells what was done ("The gunman reloaded
 * and used more bullets") rather than what should have been ("should
 * have used", "could use"). */
static bool g_used_told(const struct screen_norm *n, size_t j)
{
    static const char *const modal[] = {"should",  "shouldve", "could",
                                        "couldve", "have",     "can",
                                        "would",   "wouldve",  "gotta"};
    if (!screen_tok_in(n, j, (const char *[]){"used", "use"}, 2))
        return false;
    for (size_t k = j > 3 ? j - 3 : 0; k < j; k++)
        if (screen_tok_in(n, k, modal, G_NELEM(modal)))
            return false;
    return true;
}

/* Where the words before the bullets at i say they were too few
 * ("faltaron", "faltó más", "not enough", "needed more"): the first of
 * them, or SIZE_MAX. */
static size_t g_short_from(const struct screen_norm *n, size_t i)
{
    static const char *const lacked[] = {"faltaron", "falto", "faltaban",
                                         "faltaba"};
    static const char *const some[] = {"mas",    "unas",  "unos", "otras",
                                       "muchas", "mucho", "un",   "una"};
    static const char *const needed[] = {"needed", "need", "needs",
                                         "used",   "use",  "deserved"};
    if (i == 0)
        return SIZE_MAX;
    size_t v = i - 1;
    if (v > 0 && screen_tok_in(n, v, some, G_NELEM(some)))
        v--;
    if (screen_tok_in(n, v, lacked, G_NELEM(lacked)))
        return v;
    /* "pocas balas le dieron", "poquito plomo le metieron" */
    static const char *const few[] = {"pocas", "poquitas", "poco", "poquito",
                                      "pocos"};
    static const char *const gave[] = {"dieron",  "metieron", "pusieron",
                                       "echaron", "dejaron",  "aventaron"};
    if (screen_tok_in(n, i - 1, few, G_NELEM(few)) &&
        screen_tok_in(n, i + 1, (const char *[]){"le", "les"}, 2) &&
        screen_tok_in(n, i + 2, gave, G_NELEM(gave)))
        return i - 1;
    if (i >= 2 && ((screen_tok_in(n, i - 1, (const char *[]){"enough"}, 1) &&
                    screen_tok_in(n, i - 2, (const char *[]){"not"}, 1)) ||
                   (screen_tok_in(n, i - 1, (const char *[]){"few"}, 1) &&
                    screen_tok_in(n, i - 2, (const char *[]){"too"}, 1)) ||
                   (screen_tok_in(n, i - 1, (const char *[]){"more"}, 1) &&
                    screen_tok_in(n, i - 2, needed, G_NELEM(needed)) &&
                    !g_used_told(n, i - 2))))
        return i - 2;
    return SIZE_MAX;
}

/* Too few bullets for the dead, said as a wish for more: "faltaron balas
 * jaja", "les faltó plomo", "not enough bullets", "they needed more
 * bullets", by the bullets at i, ending their clause (not "les faltaron
 * balas para defenderse", the police or soldiers who ran out, a
 * question, "no faltaron balas"). Tokens [*a, i + 1). */
static bool g_bullets_short(const struct screen_window *w, size_t len, size_t i,
                            size_t *a)
{
    size_t v = g_short_from(w->n, i);
    if (v == SIZE_MAX || v < w->s || g_anywhere(w, G_ARMED))
        return false;
    /* what may follow the bullets: "le dieron", a name for the dead ("for
     * that dog", "pa ese perro"), "we", "if you ask me" */
    static const char *const that[] = {"that", "this", "those", "him",
                                       "her",  "ese",  "esa",   "esos",
                                       "esas", "este", "esta",  "estos"};
    static const char *const pal[] = {"for", "pa", "para", "a"};
    size_t k = i;
    if (gis(w, k + 1, "le") || gis(w, k + 1, "les"))
        k += 2; /* "pocas balas le dieron" */
    /* "for that dog", "pa ese hijo de su madre", "for him": a name for
     * the dead, not "para esa misión del videojuego" */
    static const char *const scorn[] = {
        "dog",   "perro",    "puerco",  "hijo",    "cabron", "guy",
        "wey",   "vato",     "sicario", "pendejo", "idiota", "bastard",
        "piece", "animal",   "basura",  "trash",   "rata",   "rat",
        "lacra", "malandro", "cerdo",   "pig",     "scum",   "fool"};
    if (g_in(w, k + 1, pal, G_NELEM(pal)) &&
        g_in(w, k + 2, that, G_NELEM(that)) &&
        (gis(w, k + 2, "him") || gis(w, k + 2, "her") ||
         (gcls(w, k + 3) & G_SCUM) || g_in(w, k + 3, scorn, G_NELEM(scorn))))
        k = w->e - 1;
    else if (gis(w, k + 1, "we") || gis(w, k + 1, "wey") ||
             gis(w, k + 1, "guey"))
        k++;
    else if (gis(w, k + 1, "if") && gis(w, k + 2, "you") &&
             gis(w, k + 3, "ask") && gis(w, k + 4, "me"))
        k += 4;
    if (k + 1 < w->e && !g_ends(w, k))
        return false;
    /* "no faltaron balas", "nunca faltó plomo" */
    if (!gis(w, v, "not") && g_denied(w, v))
        return false;
    if (screen_sentence_asks(w->n, w->text, len, i))
        return false;
    *a = v;
    return true;
}

/* A wish to recover taken back: "Get well soon... or don't", "que se
 * recupere... o no", "pronta recuperación, o mejor no", by the wish at
 * i: "or don't", "or not", "o no", "o mejor no" within four words,
 * after a pause and ending the clause (not "get well soon or not, we are
 * with you"). Tokens [i, *b). */
static bool g_well_or_not(const struct screen_window *ws, size_t i, size_t *b)
{
    /* read on past the sentence: "Get well soon... or don't" */
    struct screen_window all = *ws;
    all.e = ws->n->ntok;
    const struct screen_window *w = &all;
    if (gis(w, i, "well") && !(gis(w, i - 1, "get") || gis(w, i + 1, "soon")))
        return false;
    for (size_t j = i + 1; j < w->e && j <= i + 4; j++) {
        if (!gis(w, j, "or") && !gis(w, j, "o"))
            continue;
        /* the wish said and then taken back: a pause before "or" */
        if (!screen_window_sign_after(w, j - 1, ".,;"))
            return false;
        size_t k = j + 1;
        if (gis(w, k, "mejor"))
            k++;
        if (!(gis(w, k, "dont") || gis(w, k, "not") || gis(w, k, "no")) ||
            !g_ends(w, k))
            return false;
        *b = k + 1;
        return true;
    }
    return false;
}

/* Dying called the one thing someone was good for, and failed at: "ni pa
 * morirse sirvió", "ni para morir sirve" (the sentence opens with "ni").
 * Tokens [*a, *b). */
static bool g_useless_to_die(const struct screen_window *w, size_t i, size_t *a,
                             size_t *b)
{
    static const char *const die[] = {"morirse", "morir", "morirte"};
    size_t k = i;
    if (k < w->s + 3 || !g_in(w, k - 1, die, G_NELEM(die)) ||
        !(gis(w, k - 2, "pa") || gis(w, k - 2, "para")) || !gis(w, k - 3, "ni"))
        return false;
    *a = k - 3;
    *b = k + 1;
    return true;
}

/* A death laughed at: a comment that tells someone's death or funeral
 * and laughs ("jajaja hasta muerto sigue estando feo", "Journalist
 * murdered in his car. Should have bought the armored version lmao",
 * "His crew didn't even show up to the funeral lmao"), by the death word
 * at i; the laugh anywhere in the comment. Not the laughing idioms of
 * death ("I'm dead 😂", "me mató de risa", "me quedé muerto jaja",
 * "you're dead to me lol", "killed it"), nor a thing that died ("my
 * battery's dead lol", "the alternator died"), nor the generic dead of
 * a saying ("hasta los muertos votan jaja") or the Day of the Dead, "so
 * dead" (in trouble), or a laugh at the officials named. */
static bool g_laughed_death(const struct screen_window *w, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const self[] = {"i",    "im",  "me",   "my",    "mi",
                                       "yo",   "was", "ur",   "youre", "you",
                                       "your", "so",  "like", "como"};
    static const char *const thing[] = {
        "battery", "phone",   "cell",    "laptop", "car",        "truck",
        "engine",  "motor",   "wifi",    "tv",     "alternator", "internet",
        "pila",    "bateria", "celular", "cel",    "carro",      "troca",
        "compu",   "tele",    "jokes",   "joke",   "chiste",     "meme"};
    static const char *const idiom_after[] = {"to",      "de",     "it",
                                              "walking", "inside", "por"};
    static const char *const generic[] = {"los", "las", "de"};
    /* the laugh is at the officials: "ni en el velorio se esfuerzan los
     * del gobierno: mandaron flores de plástico jaja" */
    static const char *const officials[] = {
        "gobierno",    "government",  "governor",    "gobernador",
        "alcalde",     "mayor",       "diputado",    "diputados",
        "senador",     "presidente",  "fiscalia",    "fiscal",
        "autoridades", "authorities", "politicians", "politicos"};
    const struct screen_norm *n = w->n;
    for (size_t j = 0; j < n->ntok; j++)
        if (screen_tok_in(n, j, officials, SCREEN_NWORDS(officials)))
            return false;
    for (size_t j = i >= 3 ? i - 3 : 0; j < i; j++)
        if (screen_tok_in(n, j, self, SCREEN_NWORDS(self)) ||
            screen_tok_in(n, j, thing, SCREEN_NWORDS(thing)))
            return false;
    /* "killed the wifi" */
    if (screen_tok_in(n, i + 1, idiom_after, SCREEN_NWORDS(idiom_after)) ||
        screen_tok_in(n, i + 1, thing, SCREEN_NWORDS(thing)) ||
        screen_tok_in(n, i + 2, thing, SCREEN_NWORDS(thing)))
        return false;
    /* "hasta los muertos votan", "día de muertos" */
    if ((gis(w, i, "muertos") || gis(w, i, "muertas")) && i > 0 &&
        screen_tok_in(n, i - 1, generic, SCREEN_NWORDS(generic)))
        return false;
    for (size_t j = 0; j < n->ntok; j++) {
        /* a lone "ha" is a word as often as a laugh */
        if (j == i || !screen_is_laugh(n, j) || gis(w, j, "ha"))
            continue;
        *a = i < j ? i : j;
        *b = (i < j ? j : i) + 1;
        if (*b - *a > G_LAUGH_SPAN) {
            *a = j;
            *b = j + 1;
        }
        return true;
    }
    return false;
}

/* Whether a quotation mark opens between the start of token a and
 * token b, or right before token a (past an opening '¿' or '¡'). */
static bool g_quote_opens(const struct screen_window *w, size_t a, size_t b)
{
    const struct screen_tok *t = &w->n->tok[a];
    size_t from = t->orig_off, to = w->n->tok[b].orig_off;
    while (from > 0 && (w->text[from - 1] == ' ' ||
                        (unsigned char)w->text[from - 1] == 0xbf ||
                        (unsigned char)w->text[from - 1] == 0xa1 ||
                        (unsigned char)w->text[from - 1] == 0xc2))
        from--;
    from = from >= 3 ? from - 3 : 0; /* a mark of up to three bytes */
    for (size_t q = from; q < to; q++)
        if (screen_quote_opens_at(w->text, to, q))
            return true;
    return false;
}

/* The victim blamed in a stock phrase, by the word at i: "What was she
 * wearing though?", "¿Y q traía puesto?", "¿cómo iba vestida?", "pues
 * q esperaba", "what did she expect", "Natural selection doing its
 * thing.", "vale más muerta que viva", "worth more dead than alive". Not
 * asked of the killers ("what was the gunman wearing?"), nor inside a
 * report of it (quotation marks, grammars.c), nor "qué esperaba el
 * gobierno". The match's tokens [*a, *b). */
static bool g_victim_blamed(const struct screen_window *w, size_t i, size_t *a,
                            size_t *b)
{
    /* "no importa a qué hora salió ni cómo iba vestida": denied */
    if (g_denied(w, i) || (i >= w->s + 3 && gis(w, i - 3, "ni")))
        return false;
    /* quoted to answer it: '"What was she wearing?" Scrubs.' */
    if (g_quote_opens(w, i > w->s + 3 ? i - 3 : w->s, i))
        return false;
    /* "what was she wearing", "qué traía puesto", "cómo iba vestida" */
    if ((gis(w, i, "wearing") && i >= w->s + 3 && gis(w, i - 2, "was") &&
         (gis(w, i - 1, "she") || gis(w, i - 1, "her")) &&
         gis(w, i - 3, "what")) ||
        (gis(w, i, "puesto") && i >= w->s + 2 &&
         (gis(w, i - 1, "traia") || gis(w, i - 1, "llevaba")) &&
         (gis(w, i - 2, "que") || gis(w, i - 2, "q"))) ||
        (gis(w, i, "vestida") && i >= w->s + 2 && gis(w, i - 1, "iba") &&
         (gis(w, i - 2, "como") || gis(w, i - 2, "cmo")))) {
        *a = gis(w, i, "wearing") ? i - 3 : i - 2;
        *b = i + 1;
        return true;
    }
    /* "pues qué esperaba", "what did she expect", ending the clause */
    if ((gis(w, i, "esperaba") || gis(w, i, "esperabas")) && i > w->s &&
        (gis(w, i - 1, "que") || gis(w, i - 1, "q")) &&
        screen_window_clause_end(w, i)) {
        *a = i - 1;
        *b = i + 1;
        return true;
    }
    if (gis(w, i, "expect") && i >= w->s + 3 && gis(w, i - 2, "did") &&
        (gis(w, i - 1, "she") || gis(w, i - 1, "they")) &&
        gis(w, i - 3, "what") && screen_window_clause_end(w, i)) {
        *a = i - 3;
        *b = i + 1;
        return true;
    }
    /* "Natural selection.", "natural selection doing its thing",
     * "selección natural" */
    if ((gis(w, i, "selection") && i > w->s && gis(w, i - 1, "natural")) ||
        (gis(w, i, "seleccion") && gis(w, i + 1, "natural"))) {
        size_t s0 = gis(w, i, "selection") ? i - 1 : i;
        size_t e0 = gis(w, i, "selection") ? i + 1 : i + 2;
        static const char *const at_work[] = {
            "doing", "at", "in", "strikes", "wins", "haciendo", "en", "pura"};
        if (s0 != w->s || w->open_start ||
            !(screen_window_clause_end(w, e0 - 1) ||
              g_in(w, e0, at_work, G_NELEM(at_work))))
            return false; /* said of a death, not a lecture on it */
        *a = s0;
        *b = e0;
        return true;
    }
    /* "vale más muerta que viva", "worth more dead than alive" */
    if ((gis(w, i, "vale") && gis(w, i + 1, "mas") &&
         (gcls(w, i + 2) & (G_DEADX | G_DIED))) ||
        (gis(w, i, "worth") && gis(w, i + 1, "more") &&
         gis(w, i + 2, "dead"))) {
        *a = i;
        *b = i + 3;
        return true;
    }
    return false;
}

/* Whether the word next to a stock phrase's word at i is the phrase's:
 * "vale más", "worth more", "traía puesto", "she wearing", "natural
 * selection" ("vale" and "puesto" are common words). */
static bool g_blame_may_match(const struct screen_norm *n, size_t i)
{
    static const char *const after[] = {"mas", "more", "natural"};
    static const char *const before[] = {
        "she", "her", "they", "traia", "llevaba", "iba", "que", "q", "natural"};
    return screen_tok_in(n, i + 1, after, SCREEN_NWORDS(after)) ||
           (i > 0 && screen_tok_in(n, i - 1, before, SCREEN_NWORDS(before)));
}

/* Whether the words next to token i of class c could make a match at
 * all, before a window is read. */
static bool g_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    const struct screen_wordclasses *t = &g_list.table;
    if ((c & G_LESS) && i > 0) {
        const char *prev = n->text + n->tok[i - 1].off;
        if ((screen_wc_tok(t, n, i - 1) & (G_ONE | G_SCUM)) ||
            (*prev >= '0' && *prev <= '9'))
            return true;
    }
    if ((c & G_NOBODY) && screen_wc_near(t, n, i, 0, 6, G_MOURN))
        return true;
    if ((c & G_GLAD) &&
        screen_wc_near(t, n, i, 0, 7,
                       G_HE | G_KILLED | G_DEADX | G_DIED | G_UNDER))
        return true;
    if ((c & G_BLAMED) && g_blame_may_match(n, i))
        return true;
    if ((c & G_SHORT) && g_short_from(n, i) != SIZE_MAX)
        return true;
    return (c & (G_MISSED | G_DESERVED | G_FEW | G_WORLD | G_CURSE | G_ONLY |
                 G_ALGO | G_DEADX | G_EARN | G_FAVOR | G_CLEAN | G_SAVED |
                 G_LESSON | G_MISS | G_AIM | G_HAIL | G_SOLVED | G_VANISH |
                 G_WASTE | G_USE | G_WELL | G_GONE | G_PITY | G_FINISH)) != 0;
}

static const struct screen_wordclasses *g_words_table(void)
{
    return screen_wc_ready(&g_list);
}

/* The gloat found by token i: SCREEN_INSULT and its tokens in *out, or
 * -1. */
static int g_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&g_list.table, n->tok[i].hash);
    if (!(c & G_START) || !g_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &g_list.table, 0, 0, false};
    screen_window_at(&w, i, G_READ, G_READ);
    size_t a = i, b = i + 1;
    bool found = ((c & G_LESS) && g_one_less(&w, len, i, &a, &b)) ||
                 ((c & G_NOBODY) && g_no_one_mourns(&w, len, i, &b)) ||
                 ((c & G_MISSED) && g_not_missed(&w, len, i, &a)) ||
                 ((c & G_DESERVED) && g_deserved(&w, len, i, &a, &b)) ||
                 ((c & G_FEW) && g_too_few(&w, i, &b)) ||
                 ((c & (G_FEW | G_PITY)) && g_missing_wished(&w, i, &b)) ||
                 ((c & G_GLAD) && g_glad(&w, len, i, &a, &b)) ||
                 ((c & G_WORLD) && g_no_loss(&w, i, &b)) ||
                 ((c & G_CURSE) && g_curse(&w, i, &b)) ||
                 ((c & G_ALGO) && g_for_something(&w, i, &a, &b)) ||
                 ((c & G_VANISH) && g_for_nothing(&w, len, i, &a, &b)) ||
                 ((c & G_EARN) && g_deserves_harm(&w, len, i, &a, &b)) ||
                 ((c & G_FAVOR) && g_favour(&w, len, i, &a)) ||
                 ((c & G_CLEAN) && g_cleansing(&w, len, i, &a, &b)) ||
                 ((c & G_SAVED) && g_bullets_saved(&w, i, &b)) ||
                 ((c & G_HAIL) && g_killers_hailed(&w, len, i, &b)) ||
                 ((c & G_WASTE) && g_bullets_wasted(&w, i, &b)) ||
                 ((c & G_USE) && g_useless_to_die(&w, i, &a, &b)) ||
                 ((c & G_SHORT) && g_bullets_short(&w, len, i, &a));
    /* a killing to be finished: a call */
    if (!found && (c & G_FINISH) && g_job_unfinished(&w, i, &a, &b)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    /* a recovery wished and taken back: a wish of death */
    if (!found && (c & G_WELL) && g_well_or_not(&w, i, &b)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    int cat = SCREEN_INSULT;
    if (!found && (c & G_LESSON) && g_lesson(&w, len, i, &a, &b, &cat)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return cat;
    }
    /* a bullet as the answer: a call */
    if (!found && (c & G_SOLVED) && g_bullet_answer(&w, len, i, &a, &b)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    /* an attack that failed, to be done better: a call on the target */
    if (!found && (c & (G_MISS | G_AIM)) && g_missed_attack(&w, i, &a, &b)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT;
    }
    if (!found && (c & (G_ONLY | G_DEADX)) && g_only_good_dead(&w, i, &a, &b)) {
        out->tok = (uint32_t)a;
        out->ntok = (uint32_t)(b - a);
        return SCREEN_THREAT; /* a call on a kind of person */
    }
    if (!found && (c & G_GONE) && g_laughed_death(&w, i, &a, &b))
        found = true;
    if (!found && (c & G_BLAMED) && g_victim_blamed(&w, i, &a, &b))
        found = true;
    if (!found)
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_INSULT;
}

const struct screen_grammar screen_gloat_grammar = {g_words_table, g_at};
