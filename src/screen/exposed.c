/*
 * exposed.c - a private person given away in words.
 *
 * The doxxing guard (guard.c) finds what has a format: phone numbers,
 * e-mail addresses, house numbers, plates. On this beat a witness or a
 * source is more often given away without one: "the witness is Jorge,
 * lives above the tire shop on Calle Juárez", "el chavo que grabó va en
 * la Secu Técnica 22, tercero B", "la fuente es la cajera del Ley, turno
 * de la mañana". This file reads such a comment as a moderator would:
 *
 *   - someone who must not be found: a witness, a source, an informant,
 *     the reporter, the blogger or the editor, a radio host, a searching
 *     mother, an activist or the
 *     leader, spokeswoman or a member named of a collective ("la señora
 *     Rosa del colectivo"), the owner of a business that would not pay
 *     ("the shop owner's daughter", "el dueño"; not the writer's own: "my
 *     uncle is the owner"), a widow who spoke, the one who filmed, leaked,
 *     called or reported ("el que grabó", "la que escribió la nota", "the
 * teacher who reported", "la que llamó a la poli"), or their family, brothers,
 * sisters and grandparents included ("the host's family runs the taquería", "el
 *     hermano del reportero"; not "my son", "mi hija", "el hermano de mi
 *     amiga", "our activist friend", "the family of the driver shot", nor
 *     a reader's child supposed: "if your son is offered a job", "si a su
 *     hijo le ofrecen trabajo");
 *   - then what finds them, weighed: where they live (with a place after
 *     it: "lives above the tire shop", not "lives in fear" or "vive en
 *     Culiacán" alone), their name ("is Jorge", "es don Chuy"), their
 *     work ("works at", "runs the taquería", "atiende la panadería", "the
 *     cashier", "turno de noche"; not "works for a paper"), their school
 * ("primaria", "3rd grade", "uniforme", "la UV"), their car ("drives a white
 * Jetta", "trae un Aveo"), their house ("blue house", "portón gris"), the bus
 * or route they take ("ruta 12") and their trade ("the butcher", "el velador")
 * count 2 each; a street, a colonia, a landmark ("next to the Oxxo"), an hour
 * or a day they keep ("at 6am", "todos los domingos", "nights"), how they look
 * ("a scar", "bigote"), going alone ("drives alone", "sale solita") and an
 * @handle after "insta" count 1 each, each word once.
 *
 * Held as doxxing when the words after the person weigh 4 or more with
 * at least one of weight 2: a place and an hour alone are a news report
 * ("the witness said they found him in Colonia Centro at 6am"). With no
 * such person, a home given in the present ("she lives in Colonia Las
 * Flores, blue house next to the Oxxo") holds at 6, unless the writer
 * says it of themself or their own ("my aunt lives...", "vivo en...").
 * The reader's own day told back to them and asked to be confirmed
 * ("you leave the office at 7:15 every day, right?") holds at 3. Such a
 * person asked for holds too: a question or an ask ("does anyone know",
 * "alguien tiene", "pásenme") with where they live, work or study, or
 * their address, phone or plates ("¿alguien sabe dónde vive la
 * periodista?", "what's the reporter's phone number?"), or a collective's
 * people together ("anyone know where the community leaders sleep?",
 * "¿dónde viven las buscadoras?"), or where a collective meets with a
 * reason told ("¿dónde se junta el colectivo? es pa un amigo"); not a plea
 * ("don't publish where the witness lives") nor "the number of
 * witnesses".
 * A home address offered to whoever wants it ("If anyone wants her home
 * address, DM me", "le paso la ubicación exacta a quien quiera") holds,
 * unless help is sent there (donations, víveres), it is the writer's own
 * or a plea. A hospital room given ("he's at the general hospital, 3rd
 * floor room 214", "está en el IMSS, cama 12") holds too, where someone wounded
 * can be finished, unless it is the writer's own or a plea; a hotel room too
 * where someone stays ("staying at the Marina hotel, room 412"). A leaving at
 * an hour told with the reason said holds whoever or whatever leaves ("Santa
 * Lucía II leaves from dock 3 every day at 4:40am. Just saying."), unless
 * it is an event anyone may join ("the march leaves at 10"). Like the guard, it
 * prefers a false hold to a miss: a reporter's biography ("lives near the
 * university and runs every morning") can be held. It is a rule only, not a
 * model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    X_ROLE = 1u << 0,     /* witness, source, testigo, reportero */
    X_KIN = 1u << 1,      /* wife, son, esposa, hija, nina */
    X_PERSON = 1u << 2,   /* kid, teacher, chavo, maestra, que: before a deed */
    X_DID = 1u << 3,      /* filmed, leaked, grabo, filtro, denuncio */
    X_MINE = 1u << 4,     /* my, our, mi, mis, nuestra: the writer's own */
    X_HOME = 1u << 5,     /* lives, vive, renta, staying: home, present */
    X_AT = 1u << 6,       /* in, at, en, con: after a verb of home or work */
    X_NEAR = 1u << 7,     /* above, behind, next, arriba, junto: by a place */
    X_VAGUE = 1u << 8,    /* fear, peace, exile, miedo: no home at all */
    X_WORK = 1u << 9,     /* works, trabaja, sells, vende */
    X_JOB = 1u << 10,     /* cashier, shift, nurse, cajera, turno */
    X_SCHOOL = 1u << 11,  /* primaria, grade, uniforme */
    X_SCHOOL1 = 1u << 12, /* school, escuela: weighs 1 */
    X_CAR = 1u << 13,     /* drives, jetta, placas, camioneta */
    X_HOUSE = 1u << 14,   /* house, casa, porton, apartment */
    X_PLACE = 1u << 15,   /* calle, colonia, corner, oxxo, church */
    X_EVERY = 1u << 16,   /* every, todos, cada: "every sunday" */
    X_WHEN = 1u << 17,    /* morning, sunday, noche, domingos */
    X_CLOCK = 1u << 18,   /* am, pm, hrs: "at 6am" */
    X_NAMED = 1u << 19,   /* is, es, its, llama, named: a name follows */
    X_TITLE = 1u << 20,   /* don, dona, senor, senora: a name follows */
    X_SELF = 1u << 21,    /* i, im, yo, vivo, trabajo: the writer */
    X_HABIT = 1u << 22,   /* breakfast, picks, recoge, caminando: a habit */
    X_ART = 1u << 23,     /* the, el, la: "es el Güero Salinas" */
    X_LEAVES = 1u << 24,  /* leaves, sale, toma, entrena: a habit with an
                             hour near it */
    X_PARENT = 1u << 25,  /* mom, father, mama: someone's only after "your",
                             "su" ("a mother of three" is no one's) */
    X_POSS = 1u << 26,    /* your, his, her, tu, su: whose */
    X_LOOK = 1u << 27,    /* tattoo, glasses, bigote: how to know them */
    X_HABITUAL = 1u << 28,  /* nights, weekends, diario: hours kept */
    X_HANDLE = 1u << 29,    /* insta, tiktok, facebook */
    X_AT_HANDLE = 1u << 30, /* _user_: an @handle after such a word */
    X_NOT = 1u << 31        /* dont, never, no, nunca: no detail follows */
};

/* classes past the enum's 32 bits */
#define X_YOU (1ull << 32) /* you, tu, sigues: the reader told their day */
#define X_TAG (1ull << 33) /* right, verdad, no: "..., right?" */
/* reporters, journalists: "the reporter's address" (the apostrophe is
 * gone), asked for only */
#define X_ASKED (1ull << 34)
/* leaders, activists, buscadoras: people who must not be found, asked
 * for ("where the community leaders sleep") or given away with the
 * reason said ("... every Sunday evening. Everyone knows where."); "the
 * activists live in fear" gives no one away */
#define X_CREW (1ull << 35)

/* colectivo, collective: a member named with it ("la señora Rosa del
 * colectivo", "Rosa of the collective") is someone to protect */
#define X_CIRCLE (1ull << 36)
/* hospital, imss: a room or bed number near it gives a wounded person */
#define X_CLINIC (1ull << 37)
/* address, direccion, ubicacion: a home offered to whoever wants it */
#define X_ADDRESS (1ull << 38)
#define X_START                                                                \
    (X_ROLE | X_KIN | X_PARENT | X_DID | X_HOME | X_YOU | X_ASKED | X_CREW |   \
     X_CIRCLE | X_CLINIC | X_ADDRESS | X_LEAVES)

static const struct screen_wc_word x_words[] = {
    {"priest", X_ROLE},
    {"cura", X_ROLE},
    {"padre", X_ROLE}, /* the priest; "mi padre" is the writer's own */
    {"padrecito", X_ROLE},
    {"sacerdote", X_ROLE},
    {"colectivo", X_CIRCLE},
    {"collective", X_CIRCLE},
    {"reporters", X_ASKED},
    {"journalists", X_ASKED},
    {"widows", X_ASKED},
    {"priests", X_ASKED},
    {"bloggers", X_ASKED},
    {"editors", X_ASKED},
    {"informants", X_ASKED},
    {"leaders", X_CREW | X_ASKED},
    {"lideres", X_CREW},
    {"activists", X_CREW | X_ASKED},
    {"activistas", X_CREW},
    {"survivors", X_CREW},
    {"sobrevivientes", X_CREW},
    {"buscadoras", X_CREW},
    {"witness", X_ROLE},
    {"leader", X_ROLE},
    {"lider", X_ROLE},
    {"host", X_ROLE},
    {"locutor", X_ROLE},
    {"locutora", X_ROLE},
    {"activist", X_ROLE},
    {"activista", X_ROLE},
    {"buscadora", X_ROLE},
    {"watcher", X_ROLE},
    {"vocera", X_ROLE},
    {"vocero", X_ROLE},
    {"spokeswoman", X_ROLE},
    {"spokesman", X_ROLE},
    {"spokesperson", X_ROLE},
    {"owner", X_ROLE},
    {"widow", X_ROLE},
    {"admin", X_ROLE},
    {"administrador", X_ROLE},
    {"administradora", X_ROLE},
    {"viuda", X_ROLE},
    {"owners", X_ROLE},
    {"dueno", X_ROLE},
    {"dueño", X_ROLE},
    {"duena", X_ROLE},
    {"dueña", X_ROLE},
    {"propietario", X_ROLE},
    {"propietaria", X_ROLE},
    {"family", X_KIN},
    {"familia", X_KIN},
    {"nieto", X_KIN},
    {"sister", X_KIN},
    {"sisters", X_KIN},
    {"brother", X_KIN},
    {"brothers", X_KIN},
    {"hermana", X_KIN},
    {"hermano", X_KIN},
    {"hermanas", X_KIN},
    {"hermanos", X_KIN},
    {"abuela", X_KIN},
    {"abuelo", X_KIN},
    {"grandmother", X_KIN},
    {"grandma", X_KIN},
    {"cousin", X_KIN},
    {"primo", X_KIN},
    {"sobrino", X_KIN},
    {"sobrina", X_KIN},
    {"nephew", X_KIN},
    {"niece", X_KIN},
    {"prima", X_KIN},
    {"novia", X_KIN},
    {"novio", X_KIN},
    {"girlfriend", X_KIN},
    {"boyfriend", X_KIN},
    {"nieta", X_KIN},
    {"busquenlo", X_ROLE},
    {"busquenla", X_ROLE},
    {"búsquenlo", X_ROLE},
    {"búsquenla", X_ROLE},
    {"buscalo", X_ROLE},
    {"búscalo", X_ROLE},
    {"buscala", X_ROLE},
    {"búscala", X_ROLE},
    {"witnesses", X_ROLE},
    {"source", X_ROLE},
    {"sources", X_ROLE},
    {"informant", X_ROLE},
    {"informer", X_ROLE},
    {"whistleblower", X_ROLE},
    {"snitch", X_ROLE},
    {"reporter", X_ROLE},
    {"journalist", X_ROLE},
    {"author", X_ROLE},
    {"testigo", X_ROLE},
    {"testigos", X_ROLE},
    {"fuente", X_ROLE},
    {"informante", X_ROLE},
    {"soplon", X_ROLE},
    {"soplona", X_ROLE},
    {"denunciante", X_ROLE},
    {"reportero", X_ROLE},
    {"reportera", X_ROLE},
    {"periodista", X_ROLE},
    {"autor", X_ROLE},
    {"blogger", X_ROLE},
    {"bloguero", X_ROLE},
    {"bloguera", X_ROLE},
    {"editor", X_ROLE},
    {"editora", X_ROLE},
    {"autora", X_ROLE},
    {"wife", X_KIN},
    {"senora", X_PARENT}, /* "tu señora", "su señora": a wife */
    {"señora", X_PARENT},
    {"husband", X_KIN},
    {"son", X_KIN},
    {"daughter", X_KIN},
    {"kids", X_KIN | X_PERSON},
    {"children", X_KIN},
    {"esposa", X_KIN},
    {"esposo", X_KIN},
    {"hijo", X_KIN},
    {"hija", X_KIN},
    {"hijos", X_KIN},
    {"hijas", X_KIN},
    {"nina", X_KIN},
    {"niña", X_KIN},
    {"nino", X_KIN},
    {"niño", X_KIN},
    {"gemelos", X_KIN},
    {"mom", X_PARENT},
    {"mother", X_PARENT},
    {"dad", X_PARENT},
    {"father", X_PARENT},
    {"mama", X_PARENT},
    {"mamá", X_PARENT},
    {"papa", X_PARENT},
    {"papá", X_PARENT},
    {"chamaco", X_KIN},
    {"chamaca", X_KIN},
    {"chamacos", X_KIN},
    {"neighbor", X_KIN},
    {"vecina", X_KIN},
    {"vecino", X_KIN},
    {"kid", X_PERSON},
    {"whoever", X_PERSON},
    {"guy", X_PERSON},
    {"girl", X_PERSON},
    {"boy", X_PERSON},
    {"man", X_PERSON},
    {"woman", X_PERSON},
    {"lady", X_PERSON},
    {"teacher", X_PERSON | X_JOB},
    {"lawyer", X_PERSON},
    {"rep", X_PERSON},
    {"representative", X_PERSON},
    {"representante", X_PERSON},
    {"one", X_PERSON},
    {"who", X_PERSON},
    {"chavo", X_PERSON},
    {"chava", X_PERSON},
    {"morro", X_PERSON},
    {"morra", X_PERSON},
    {"muchacho", X_PERSON},
    {"muchacha", X_PERSON},
    {"joven", X_PERSON},
    {"maestra", X_PERSON | X_JOB},
    {"maestro", X_PERSON | X_JOB},
    {"abogada", X_PERSON},
    {"abogado", X_PERSON},
    {"que", X_PERSON},
    {"filmed", X_DID},
    {"pointed", X_DID},
    {"translated", X_DID},
    {"traduce", X_DID},
    {"tradujo", X_DID},
    {"organized", X_DID},
    {"organised", X_DID},
    {"organizó", X_DID},
    {"organizo", X_DID},
    {"shared", X_DID},
    {"compartió", X_DID},
    {"compartio", X_DID},
    {"drew", X_DID},
    {"dibujó", X_DID},
    {"dibujo", X_DID},
    {"talked", X_DID},
    {"entrevista", X_DID}, /* "el que dio la entrevista" */
    {"called", X_DID},
    {"uploaded", X_DID},
    {"posted", X_DID},
    {"testified", X_DID},
    {"snitched", X_DID},
    {"ratted", X_DID},
    {"habló", X_DID},
    {"hablo", X_DID},
    {"llamó", X_DID},
    {"llamo", X_DID},
    {"subió", X_DID},
    {"subio", X_DID},
    {"escribió", X_DID},
    {"escribio", X_DID},
    {"wrote", X_DID},
    {"grabó", X_DID},
    {"filtró", X_DID},
    {"denunció", X_DID},
    {"declaró", X_DID},
    {"delató", X_DID},
    {"sapeó", X_DID},
    {"sapeo", X_DID},
    {"aviso", X_DID},
    {"avisó", X_DID},
    {"recorded", X_DID},
    {"leaked", X_DID},
    {"reported", X_DID},
    {"denounced", X_DID},
    {"testified", X_DID},
    {"snitched", X_DID},
    {"grabo", X_DID},
    {"filmo", X_DID},
    {"filtro", X_DID},
    {"denuncio", X_DID},
    {"puso", X_DID}, /* "el que puso la denuncia" */
    {"declaro", X_DID},
    {"delato", X_DID},
    {"your", X_POSS},
    {"his", X_POSS},
    {"her", X_POSS},
    {"their", X_POSS},
    {"tus", X_POSS},
    {"su", X_POSS},
    {"sus", X_POSS},
    {"my", X_MINE},
    {"our", X_MINE},
    {"mi", X_MINE},
    {"mis", X_MINE},
    {"nuestra", X_MINE},
    {"nuestro", X_MINE},
    {"nuestros", X_MINE},
    {"lives", X_HOME},
    {"living", X_HOME},
    {"staying", X_HOME},
    {"rents", X_HOME},
    {"renting", X_HOME},
    {"vive", X_HOME},
    {"viven", X_HOME},
    {"renta", X_HOME},
    {"quedando", X_HOME},
    {"live", X_HOME},
    {"sleep", X_HOME},
    {"sleeps", X_HOME},
    {"sleeping", X_HOME},
    {"duermen", X_HOME},
    {"duerme", X_HOME},
    {"durmiendo", X_HOME},
    {"in", X_AT},
    {"at", X_AT},
    {"on", X_AT},
    {"with", X_AT},
    {"en", X_AT},
    {"con", X_AT},
    {"above", X_NEAR},
    {"behind", X_NEAR},
    {"next", X_NEAR},
    {"near", X_NEAR},
    {"across", X_NEAR},
    {"arriba", X_NEAR},
    {"atras", X_NEAR},
    {"junto", X_NEAR},
    {"cerca", X_NEAR},
    {"enfrente", X_NEAR},
    {"frente", X_NEAR},
    {"fear", X_VAGUE},
    {"peace", X_VAGUE},
    {"exile", X_VAGUE},
    {"hiding", X_VAGUE},
    {"danger", X_VAGUE},
    {"terror", X_VAGUE},
    {"miedo", X_VAGUE},
    {"paz", X_VAGUE},
    {"exilio", X_VAGUE},
    {"peligro", X_VAGUE},
    {"zozobra", X_VAGUE},
    {"works", X_WORK},
    {"trabaja", X_WORK},
    {"trabajando", X_WORK},
    {"working", X_WORK},
    {"chambea", X_WORK},
    {"sells", X_WORK | X_JOB},
    {"vende", X_WORK | X_JOB},
    {"cashier", X_JOB},
    {"reception", X_JOB},
    {"recepcion", X_JOB},
    {"clases", X_JOB}, /* "da clases en 5o B" */
    {"laboratorista", X_JOB},
    {"doctora", X_JOB},
    {"pastor", X_JOB},
    {"mototaxista", X_JOB},
    {"taxi", X_JOB},
    {"butcher", X_JOB},
    {"mechanic", X_JOB},
    {"dentist", X_JOB},
    {"pharmacist", X_JOB},
    {"waiter", X_JOB},
    {"waitress", X_JOB},
    {"janitor", X_JOB},
    {"guard", X_JOB},
    {"driver", X_JOB},
    {"baker", X_JOB},
    {"secretary", X_JOB},
    {"engineer", X_JOB},
    {"accountant", X_JOB},
    {"delivery", X_JOB},
    {"deliveries", X_JOB},
    {"carnicero", X_JOB},
    {"mecanico", X_JOB},
    {"dentista", X_JOB},
    {"mesero", X_JOB},
    {"mesera", X_JOB},
    {"conserje", X_JOB},
    {"velador", X_JOB},
    {"guardia", X_JOB},
    {"chofer", X_JOB},
    {"taxista", X_JOB},
    {"panadero", X_JOB},
    {"secretaria", X_JOB},
    {"contador", X_JOB},
    {"contadora", X_JOB},
    {"repartidor", X_JOB},
    {"tianguis", X_JOB},
    {"tortilleria", X_JOB},
    {"shift", X_JOB},
    {"nurse", X_JOB},
    {"owns", X_JOB},
    {"runs", X_WORK | X_JOB},
    {"atiende", X_WORK | X_JOB},
    {"coaches", X_WORK | X_JOB},
    {"taqueria", X_JOB},
    {"stand", X_JOB},
    {"cajera", X_JOB},
    {"cajero", X_JOB},
    {"turno", X_JOB},
    {"enfermera", X_JOB},
    {"despacho", X_JOB},
    {"puesto", X_JOB},
    {"primaria", X_SCHOOL},
    {"secundaria", X_SCHOOL},
    {"secu", X_SCHOOL},
    {"secondary", X_SCHOOL},
    {"kinder", X_SCHOOL},
    {"cobach", X_SCHOOL},
    {"prepa", X_SCHOOL},
    {"university", X_SCHOOL},
    {"universidad", X_SCHOOL},
    {"facultad", X_SCHOOL},
    {"campus", X_SCHOOL},
    {"unam", X_SCHOOL},
    {"uv", X_SCHOOL},
    {"buap", X_SCHOOL},
    {"udg", X_SCHOOL},
    {"uanl", X_SCHOOL},
    {"tec", X_SCHOOL},
    {"conalep", X_SCHOOL},
    {"cbtis", X_SCHOOL},
    {"cetis", X_SCHOOL},
    {"cobach", X_SCHOOL},
    {"prep", X_SCHOOL},
    {"montessori", X_SCHOOL},
    {"grade", X_SCHOOL},
    {"grado", X_SCHOOL},
    {"uniform", X_SCHOOL},
    {"uniforme", X_SCHOOL},
    {"school", X_SCHOOL1},
    {"escuela", X_SCHOOL1},
    {"colegio", X_SCHOOL1},
    {"drives", X_CAR | X_LEAVES},
    {"bus", X_CAR},
    {"combi", X_CAR},
    {"ruta", X_CAR},
    {"urvan", X_CAR},
    {"microbus", X_CAR},
    {"metro", X_CAR},
    {"micro", X_CAR},
    {"train", X_CAR},
    {"uber", X_CAR},
    {"bike", X_CAR},
    {"moto", X_CAR},
    {"italika", X_CAR},
    {"bici", X_CAR},
    {"jetta", X_CAR},
    {"mazda", X_CAR},
    {"toyota", X_CAR},
    {"kia", X_CAR},
    {"tsuru", X_CAR},
    {"aveo", X_CAR},
    {"sentra", X_CAR},
    {"versa", X_CAR},
    {"vocho", X_CAR},
    {"pickup", X_CAR},
    {"honda", X_CAR},
    {"nissan", X_CAR},
    {"chevy", X_CAR},
    {"placas", X_CAR},
    {"plates", X_CAR},
    {"camioneta", X_CAR},
    {"troca", X_CAR},
    {"panga", X_CAR},
    {"lancha", X_CAR},
    {"house", X_HOUSE},
    {"barda", X_HOUSE},
    {"fachada", X_HOUSE},
    {"zaguan", X_HOUSE},
    {"reja", X_HOUSE},
    {"cochera", X_HOUSE},
    {"porch", X_HOUSE},
    {"garage", X_HOUSE},
    {"fence", X_HOUSE},
    {"azotea", X_HOUSE},
    {"cuartito", X_HOUSE},
    {"cuarto", X_HOUSE}, /* "cuarto del fondo" */
    {"candado", X_HOUSE},
    {"vecindad", X_HOUSE},
    {"tattoo", X_LOOK},
    {"alone", X_LOOK},
    {"solito", X_LOOK},
    {"solita", X_LOOK},
    {"trenzas", X_LOOK},
    {"pelo", X_LOOK},
    {"cabello", X_LOOK},
    {"hair", X_LOOK},
    {"chaparrito", X_LOOK},
    {"chaparrita", X_LOOK},
    {"gordito", X_LOOK},
    {"gordita", X_LOOK},
    {"moreno", X_LOOK},
    {"morena", X_LOOK},
    {"guera", X_LOOK},
    {"güera", X_LOOK},
    {"calva", X_LOOK},
    {"scar", X_LOOK},
    {"glasses", X_LOOK},
    {"mustache", X_LOOK},
    {"beard", X_LOOK},
    {"bald", X_LOOK},
    {"braces", X_LOOK},
    {"ponytail", X_LOOK},
    {"cap", X_LOOK},
    {"jersey", X_LOOK},
    {"limps", X_LOOK},
    {"tall", X_LOOK},
    {"skinny", X_LOOK},
    {"short", X_LOOK},
    {"tatuaje", X_LOOK},
    {"cicatriz", X_LOOK},
    {"lentes", X_LOOK},
    {"bigote", X_LOOK},
    {"barba", X_LOOK},
    {"calvo", X_LOOK},
    {"pelon", X_LOOK},
    {"cachucha", X_LOOK},
    {"gorra", X_LOOK},
    {"flaco", X_LOOK},
    {"flaca", X_LOOK},
    {"chaparro", X_LOOK},
    {"chaparra", X_LOOK},
    {"alto", X_LOOK},
    {"güero", X_LOOK},
    {"guero", X_LOOK},
    {"casa", X_HOUSE},
    {"gate", X_HOUSE},
    {"porton", X_HOUSE},
    {"apartment", X_HOUSE},
    {"apt", X_HOUSE},
    {"departamento", X_HOUSE},
    {"depa", X_HOUSE},
    {"building", X_HOUSE},
    {"edificio", X_HOUSE},
    {"street", X_PLACE},
    {"calle", X_PLACE},
    {"avenida", X_PLACE},
    {"estacionamiento", X_PLACE},
    {"parking", X_PLACE},
    {"colonia", X_PLACE},
    {"col", X_PLACE}, /* "col. Centro" */
    {"fraccionamiento", X_PLACE},
    {"privada", X_PLACE},
    {"corner", X_PLACE},
    {"esquina", X_PLACE},
    {"block", X_PLACE},
    {"cuadra", X_PLACE},
    {"oxxo", X_PLACE},
    {"albergue", X_PLACE | X_CLINIC},
    {"shelter", X_PLACE | X_CLINIC},
    {"hotel", X_PLACE | X_CLINIC},
    {"motel", X_PLACE | X_CLINIC},
    {"airbnb", X_PLACE | X_CLINIC},
    {"plant", X_PLACE},
    {"planta", X_PLACE},
    {"imss", X_PLACE | X_CLINIC},
    {"issste", X_PLACE | X_CLINIC},
    {"sanatorio", X_CLINIC},
    {"soriana", X_PLACE},
    {"chedraui", X_PLACE},
    {"walmart", X_PLACE},
    {"aurrera", X_PLACE},
    {"coppel", X_PLACE},
    {"elektra", X_PLACE},
    {"pemex", X_PLACE},
    {"gasolinera", X_PLACE},
    {"pharmacy", X_PLACE},
    {"farmacia", X_PLACE},
    {"church", X_PLACE},
    {"iglesia", X_PLACE},
    {"parroquia", X_PLACE},
    {"market", X_PLACE},
    {"mercado", X_PLACE},
    {"bakery", X_PLACE},
    {"panaderia", X_PLACE},
    {"carniceria", X_PLACE},
    {"ferreteria", X_PLACE},
    {"plaza", X_PLACE},
    {"bridge", X_PLACE},
    {"puente", X_PLACE},
    {"cancha", X_PLACE},
    {"field", X_PLACE},
    {"fonda", X_PLACE},
    {"cafe", X_PLACE},
    {"office", X_PLACE},
    {"clinic", X_PLACE},
    {"hospital", X_PLACE | X_CLINIC},
    {"bank", X_PLACE},
    {"salon", X_PLACE},
    {"store", X_PLACE},
    {"shop", X_PLACE},
    {"oficina", X_PLACE},
    {"ayuntamiento", X_PLACE},
    {"central", X_PLACE}, /* "la Central de Autobuses", "de Abasto" */
    {"clinica", X_PLACE},
    {"banco", X_PLACE},
    {"tienda", X_PLACE},
    {"tiendita", X_PLACE},
    {"local", X_PLACE},
    {"consultorio", X_PLACE},
    {"taller", X_PLACE},
    {"llantera", X_PLACE},
    {"vulcanizadora", X_PLACE},
    {"tortilleria", X_PLACE},
    {"abarrotes", X_PLACE},
    {"salida", X_PLACE}, /* "la salida a Irapuato", the road out */
    {"restaurant", X_PLACE},
    {"breakfast", X_HABIT},
    {"meets", X_HABIT},
    {"juntan", X_HABIT | X_LEAVES},
    {"reunen", X_HABIT},
    {"misa", X_HABIT},
    {"gym", X_HABIT},
    {"gimnasio", X_HABIT},
    {"yoga", X_HABIT},
    {"zumba", X_HABIT},
    {"juega", X_HABIT | X_LEAVES},
    {"plays", X_HABIT},
    {"entrena", X_HABIT | X_LEAVES},
    {"entrenamiento", X_HABIT},
    {"practice", X_HABIT},
    {"practices", X_HABIT},
    {"practica", X_HABIT},
    {"estaciona", X_HABIT | X_LEAVES},
    {"parks", X_HABIT | X_LEAVES},
    {"desayuna", X_HABIT},
    {"almuerza", X_HABIT},
    {"picks", X_HABIT},
    {"recoge", X_HABIT},
    {"picked", X_HABIT}, /* "her kids get picked up at 2:30" */
    {"walks", X_HABIT | X_LEAVES},
    {"walking", X_HABIT},
    {"camina", X_HABIT | X_LEAVES},
    {"caminando", X_HABIT},
    {"jogs", X_HABIT},
    {"jogging", X_HABIT},
    {"hangs", X_HABIT}, /* "hangs out every Friday at the cantina" */
    {"cotorrea", X_HABIT},
    {"leaves", X_LEAVES},
    {"takes", X_LEAVES},
    {"toma", X_LEAVES},
    {"maneja", X_LEAVES},
    {"trains", X_LEAVES},
    {"cruza", X_LEAVES},
    {"llega", X_LEAVES},
    {"sube", X_LEAVES},
    {"sale", X_LEAVES},
    {"salen", X_LEAVES},
    {"every", X_EVERY},
    {"todos", X_EVERY},
    {"cada", X_EVERY},
    {"morning", X_WHEN},
    {"night", X_WHEN},
    {"evening", X_WHEN},
    {"day", X_WHEN},
    {"sunday", X_WHEN},
    {"domingo", X_WHEN},
    {"sabado", X_WHEN},
    {"viernes", X_WHEN},
    {"monday", X_WHEN},
    {"tuesday", X_WHEN},
    {"wednesday", X_WHEN},
    {"thursday", X_WHEN},
    {"tue", X_WHEN},
    {"tues", X_WHEN},
    {"thu", X_WHEN},
    {"thurs", X_WHEN},
    {"friday", X_WHEN},
    {"saturday", X_WHEN},
    {"dias", X_WHEN},
    {"dia", X_WHEN},
    {"noche", X_WHEN},
    {"domingos", X_WHEN},
    {"lunes", X_WHEN},
    {"martes", X_WHEN},
    {"miercoles", X_WHEN},
    {"jueves", X_WHEN},
    {"viernes", X_WHEN},
    {"sabados", X_WHEN},
    {"mananas", X_WHEN},
    {"mañanas", X_WHEN},
    {"noches", X_WHEN},
    {"afternoon", X_WHEN},
    {"tardes", X_WHEN},
    {"am", X_CLOCK | X_SELF},
    {"nights", X_HABITUAL},
    {"mondays", X_HABITUAL},
    {"tuesdays", X_HABITUAL},
    {"wednesdays", X_HABITUAL},
    {"thursdays", X_HABITUAL},
    {"fridays", X_HABITUAL},
    {"saturdays", X_HABITUAL},
    {"sundays", X_HABITUAL},
    {"weekdays", X_HABITUAL},
    {"mornings", X_HABITUAL},
    {"afternoons", X_HABITUAL},
    {"weekends", X_HABITUAL},
    {"evenings", X_HABITUAL},
    {"diario", X_HABITUAL},
    {"noches", X_HABITUAL},
    {"tardes", X_HABITUAL},
    {"pm", X_CLOCK},
    {"hrs", X_CLOCK},
    {"_user_", X_AT_HANDLE},
    {"insta", X_HANDLE},
    {"instagram", X_HANDLE},
    {"tiktok", X_HANDLE},
    {"facebook", X_HANDLE},
    {"face", X_HANDLE},
    {"is", X_NAMED},
    {"its", X_NAMED},
    {"named", X_NAMED},
    {"es", X_NAMED},
    {"llama", X_NAMED},
    {"dicen", X_NAMED}, /* "le dicen El Güero" */
    {"the", X_ART},
    {"el", X_ART},
    {"la", X_ART},
    {"you", X_YOU},
    {"u", X_YOU},
    {"tu", X_YOU | X_POSS},
    {"sigues", X_YOU},
    {"leave", X_LEAVES},
    {"sales", X_LEAVES},
    {"right", X_TAG},
    {"verdad", X_TAG},
    {"yeah", X_TAG},
    {"cierto", X_TAG},
    {"eh", X_TAG},
    {"dont", X_NOT},
    {"never", X_NOT},
    {"not", X_NOT},
    {"no", X_NOT},
    {"nunca", X_NOT},
    {"ni", X_NOT},
    {"don", X_TITLE},
    {"dona", X_TITLE},
    {"doña", X_TITLE},
    {"señora", X_TITLE},
    {"senora", X_TITLE},
    {"señor", X_TITLE},
    {"i", X_SELF},
    {"im", X_SELF},
    {"yo", X_SELF},
    {"vivo", X_SELF},
    {"trabajo", X_SELF},
    {"soy", X_SELF},
    {"address", X_ADDRESS},
    {"addy", X_ADDRESS},
    {"direccion", X_ADDRESS},
    {"domicilio", X_ADDRESS},
    {"domicilios", X_ADDRESS},
    {"addresses", X_ADDRESS},
    {"ubicacion", X_ADDRESS},
};

static struct screen_wc_list x_list = SCREEN_WC_LIST(x_words, X_START);

/* What the words that find someone must weigh: after a person who must
 * not be found, and with nobody named (from the first such word). */
#define X_NAMED_PERSON 4
#define X_ALONE 6
/* ... or 3 for either when the comment says why it told it ("nomás
 * digo") */
#define X_TOLD_PERSON 3
/* How far after the person the words that find them are read. */
#define X_REACH 30
/* How far after a verb of home its place may stand. */
#define X_HOME_PLACE 6

static uint64_t xc(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&x_list.table, n, j);
}

static bool x_capitalised(const struct screen_norm *n, const char *text,
                          size_t j)
{
    /* a word in capitals is shouting, not a name: "es UN PUTO MILAGRO" */
    if (j >= n->ntok || (n->tok[j].flags & SCREEN_TOK_CAPS))
        return false;
    const unsigned char *c = (const unsigned char *)text + n->tok[j].orig_off;
    if (c[0] >= 'A' && c[0] <= 'Z')
        return true;
    /* Á, É, Í, Ñ, Ó, Ú (U+00C0 to U+00DE but ×), not á or ñ */
    return n->tok[j].orig_len >= 2 && c[0] == 0xc3 && c[1] >= 0x80 &&
           c[1] <= 0x9e && c[1] != 0x97;
}

static bool x_digit_at(const struct screen_norm *n, const char *text, size_t j)
{
    if (j >= n->ntok)
        return false;
    char c = text[n->tok[j].orig_off];
    return c >= '0' && c <= '9';
}

/* The hour that starts at token j: "6am", "10 pm", "8:30", "6:30 pm",
 * "at 2", "a las 2". Its last token, or SIZE_MAX. */
static size_t x_hour(const struct screen_norm *n, const char *text, size_t j)
{
    static const char *const at[] = {"at",    "las",   "la",   "around",
                                     "after", "until", "till", "before"};
    if (!x_digit_at(n, text, j))
        return SIZE_MAX;
    /* an hour is 0 to 24: "at 221 Baker Street" is a house number */
    const struct screen_tok *t = &n->tok[j];
    unsigned hh = 0;
    for (uint32_t q = 0; q < t->orig_len && q < 3; q++) {
        char d = text[t->orig_off + q];
        if (d < '0' || d > '9')
            break;
        hh = hh * 10 + (unsigned)(d - '0');
    }
    if (hh > 24)
        return SIZE_MAX;
    size_t k = j;
    if (j + 1 < n->ntok) {
        size_t e = n->tok[j].orig_off + n->tok[j].orig_len;
        if (e < n->tok[j + 1].orig_off && text[e] == ':' &&
            n->tok[j + 1].orig_off == e + 1 && x_digit_at(n, text, j + 1))
            k = j + 1;
    }
    if (xc(n, k + 1) & X_CLOCK)
        return k + 1;
    if (k > j || (j > 0 && screen_tok_in(n, j - 1, at, SCREEN_NWORDS(at))))
        return k;
    return SIZE_MAX;
}

/* The weight of token j as a way to find someone: 2 for a home with a
 * place, a name, work or a trade, a school, a car or a route, a house, a
 * habit; 1 for a place, an hour, a day kept, looks, a handle; 0 for
 * anything else. *end gets the detail's last token ("every sunday",
 * "6:30 pm"). */
static int x_weight(const struct screen_norm *n, const char *text, size_t j,
                    size_t *end)
{
    *end = j;
    uint64_t c = xc(n, j);
    if (c & X_HOME) {
        if (xc(n, j + 1) & (X_VAGUE | X_SELF) || xc(n, j + 2) & X_VAGUE)
            return 0;
        for (size_t k = j + 1; k < n->ntok && k <= j + X_HOME_PLACE; k++)
            if (xc(n, k) & (X_NEAR | X_PLACE | X_HOUSE))
                return 2;
        return 1;
    }
    /* "works at", "works nights at", "works reception", "trabaja en",
     * "trabaja de día en" (not "works for") */
    if (c & X_WORK)
        return (xc(n, j + 1) & (X_AT | X_JOB)) ||
                       ((xc(n, j + 1) & X_HABITUAL) && (xc(n, j + 2) & X_AT)) ||
                       (screen_tok_is(n, j + 1, "de") &&
                        (xc(n, j + 2) & X_WHEN) && (xc(n, j + 3) & X_AT)) ||
                       (c & X_JOB)
                   ? 2
                   : 0;
    /* "the bus stop" is a place, not her bus */
    static const char *const stop[] = {"stop", "station"};
    if ((c & X_CAR) && screen_tok_in(n, j + 1, stop, 2))
        return 1;
    /* "picked up at 2:30", not "picked last in gym" */
    if ((c & X_HABIT) && screen_tok_is(n, j, "picked") &&
        !screen_tok_is(n, j + 1, "up"))
        return 0;
    if (c & (X_JOB | X_SCHOOL | X_CAR | X_HOUSE | X_HABIT))
        return 2;
    /* church kept: "goes to the 7am mass", "goes to mass" (not "led them
     * to the mass graves") */
    if (screen_tok_is(n, j, "mass")) {
        static const char *const event[] = {"grave",     "graves",   "shooting",
                                            "shootings", "protest",  "protests",
                                            "killing",   "killings", "murder",
                                            "murders",   "media"};
        if (screen_tok_in(n, j + 1, event, SCREEN_NWORDS(event)))
            return 0;
        for (size_t k = j; k > 0 && j - k < 3;)
            if (screen_tok_is(n, --k, "to"))
                return 2;
        return 0;
    }
    /* a place kept: "posts from the same cafe every afternoon" */
    static const char *const same_place[] = {"same", "mismo", "misma"};
    if ((c & X_PLACE) && j > 0 &&
        screen_tok_in(n, j - 1, same_place, SCREEN_NWORDS(same_place)))
        return 2;
    /* a name: "is Jorge", "es el Güero Salinas" (not "is Saturday") */
    if (c & X_NAMED) {
        size_t k = (xc(n, j + 1) & X_ART) ? j + 2 : j + 1;
        return x_capitalised(n, text, k) && !(xc(n, k) & X_WHEN) ? 2 : 0;
    }
    /* "doña Toña"; not a sign-off: "saludos de parte de Doña Lupe",
     * "tell her hi from Doña Lupe" */
    if (c & X_TITLE) {
        static const char *const from[] = {"from"}, *const parte[] = {"parte"};
        if (j > 0 && (screen_tok_in(n, j - 1, from, 1) ||
                      (j > 1 && screen_tok_in(n, j - 2, parte, 1))))
            return 0;
        return x_capitalised(n, text, j + 1) ? 2 : 0;
    }
    if (c & (X_SCHOOL1 | X_PLACE | X_LOOK | X_HABITUAL))
        return 1;
    if ((c & X_AT_HANDLE) && j > 0 &&
        ((xc(n, j - 1) & (X_HANDLE | X_NAMED)) ||
         (j > 1 && (xc(n, j - 2) & X_HANDLE))))
        return 1;
    /* "her insta is @rosy_mtz92": a handle after a word for one */
    if (c & X_HANDLE)
        return 1;
    /* "every sunday", "todos los dias" */
    static const char *const article[] = {"los", "the"};
    if ((c & X_EVERY) && (xc(n, j + 1) & X_WHEN)) {
        *end = j + 1;
        return 1;
    }
    if ((c & X_EVERY) && screen_tok_in(n, j + 1, article, 2) &&
        (xc(n, j + 2) & X_WHEN)) {
        *end = j + 2;
        return 1;
    }
    /* "leaves at 9pm", "sale de la escuela a la 1:30", "sale diario a la
     * misma hora", "leaves at the same time" */
    static const char *const same[] = {"same", "misma"};
    static const char *const hour_word[] = {"time", "hora"};
    if (c & X_LEAVES) {
        for (size_t k = j + 1; k < n->ntok && k <= j + 6; k++)
            if (x_hour(n, text, k) != SIZE_MAX ||
                (screen_tok_in(n, k, same, 2) &&
                 screen_tok_in(n, k + 1, hour_word, 2)))
                return 2;
        return 0;
    }
    /* a school's number: "Secundaria Técnica 14", "primaria 5" */
    if (x_digit_at(n, text, j) && j > 0 &&
        ((xc(n, j - 1) & (X_SCHOOL | X_SCHOOL1)) ||
         (j > 1 && (xc(n, j - 2) & (X_SCHOOL | X_SCHOOL1)))))
        return 1;
    size_t hour = x_hour(n, text, j);
    if (hour == SIZE_MAX)
        return 0;
    *end = hour;
    return 1;
}

/* Whether the writer says it of themself or their own just before token
 * j: "my aunt lives", "yo vivo", "I live". */
static bool x_own(const struct screen_norm *n, size_t j)
{
    for (size_t k = j; k > 0 && j - k < 4; k--)
        if (xc(n, k - 1) & (X_MINE | X_SELF))
            return true;
    return false;
}

/* Whether the word before token i ends in "'s" in the original text:
 * "the host's family". */
static bool x_after_apostrophe_s(const struct screen_norm *n, const char *text,
                                 size_t i)
{
    size_t q = n->tok[i].orig_off;
    while (q > 0 && text[q - 1] == ' ')
        q--;
    if (q < 2 || (text[q - 1] != 's' && text[q - 1] != 'S'))
        return false;
    return text[q - 2] == '\'' ||
           (q >= 4 && (unsigned char)text[q - 4] == 0xe2 &&
            (unsigned char)text[q - 3] == 0x80 &&
            (unsigned char)text[q - 2] == 0x99);
}

/* Whether the comment says why it gave someone away, or sends others
 * there: "nomás digo", "nomás comento", "just saying", "just info", "ahí lo
 * encuentran", "para que sepan", "ya
 * saben qué hacer", "you know what to do", "ahí se los dejo", "ahí la pueden
 * buscar", "asking for a friend", "in case anyone", "por si alguien lo
 * busca", "just letting you know", "everyone knows where", "tell the
 * boys", "fácil de encontrar", "you're welcome", "de nada", "es pa un
 * amigo", "datos nomás", or someone
 * unnamed sent there ("some
 * people might want to drop by", "alguien debería darse una vuelta").
 * Such a comment holds at X_TOLD_PERSON, also a home given with no one
 * named, and a collective named in it is someone to protect. */
static bool x_told_why(const struct screen_norm *n)
{
    static const char *const said[][3] = {{"nomas", "digo", NULL},
                                          {"solo", "digo", NULL},
                                          {"just", "saying", NULL},
                                          {"just", "sayin", NULL},
                                          {"nomas", "comento", NULL},
                                          {"solo", "comento", NULL},
                                          {"just", "an", "observation"},
                                          {"just", "info", NULL},
                                          {"solo", "info", NULL},
                                          {"nomas", "info", NULL},
                                          {"pura", "info", NULL},
                                          {"ahi", "lo", "encuentran"},
                                          {"ahi", "la", "encuentran"},
                                          {"ahi", "los", "encuentran"},
                                          {"ahi", "lo", "pueden"},
                                          {"ahi", "la", "pueden"},
                                          {"que", "sepan", NULL},
                                          {"saben", "que", "hacer"},
                                          {"know", "what", "to"},
                                          {"se", "los", "dejo"},
                                          {"pueden", "buscar", NULL},
                                          {"for", "a", "friend"},
                                          {"nomas", "pregunto", NULL},
                                          {"en", "persona", NULL},
                                          {"in", "person", NULL},
                                          {"solo", "pregunto", NULL},
                                          {"just", "asking", NULL},
                                          {"nomas", "les", "digo"},
                                          {"q", "sepan", NULL},
                                          {"so", "everyone", "knows"},
                                          {"everyone", "knows", "where"},
                                          {"tell", "the", "boys"},
                                          {"tell", "the", "guys"},
                                          {"easy", "to", "find"},
                                          {"facil", "de", "encontrar"},
                                          {"facil", "de", "ubicar"},
                                          {"youre", "welcome", NULL},
                                          {"de", "nada", NULL},
                                          {"pa", "un", "amigo"},
                                          {"para", "un", "amigo"},
                                          {"hard", "to", "find"},
                                          {"dificil", "encontrarlo", NULL},
                                          {"dificil", "encontrarla", NULL},
                                          {"dificil", "de", "encontrar"},
                                          {"in", "case", "anybody"},
                                          {"in", "case", "anyone"},
                                          {"por", "si", "alguien"},
                                          {"letting", "you", "know"},
                                          {"for", "anyone", "wondering"},
                                          {"datos", "nomas", NULL},

                                          {"easy", "to", "spot"},
                                          {"por", "un", "amigo"},
                                          {"good", "to", "know"},
                                          {"a", "saludarlos", NULL},
                                          {"a", "saludarla", NULL}};
    /* one word: "btw", "fyi"; "ya saben" ending the comment ("... a las
     * 8pm. Ya saben."; not "ya saben cómo es") */
    static const char *const aside[] = {"btw", "fyi"};
    for (size_t j = 0; j < n->ntok; j++)
        if (screen_tok_in(n, j, aside, SCREEN_NWORDS(aside)) ||
            (j + 2 == n->ntok && screen_tok_is(n, j, "ya") &&
             screen_tok_is(n, j + 1, "saben")))
            return true;
    /* sending others there only when they are left unnamed: "some
     * people might want to drop by", "alguien debería darse una vuelta"
     * (not "anyone can drop by and help") */
    static const char *const sent[][3] = {
        {"drop", "by", NULL},        {"say", "hi", NULL},
        {"darse", "una", "vuelta"},  {"pasar", "a", "saludar"},
        {"ir", "a", "saludar"},      {"ir", "a", "saludarlo"},
        {"ir", "a", "saludarla"},    {"want", "to", "visit"},
        {"ir", "a", "felicitar"},    {"ir", "a", "felicitarlo"},
        {"ir", "a", "felicitarla"},  {"quiere", "saludar", NULL},
        {"quiera", "saludar", NULL}, {"platicar", "con", NULL},
        {"talk", "with", NULL}};
    static const char *const someone[] = {"some",    "someone", "somebody",
                                          "alguien", "algunos", "compas",
                                          "friends", "unos"};
    for (size_t j = 0; j + 1 < n->ntok; j++) {
        for (size_t p = 0; p < sizeof(said) / sizeof(*said); p++)
            if (screen_tok_in(n, j, &said[p][0], 1) &&
                screen_tok_in(n, j + 1, &said[p][1], 1) &&
                (!said[p][2] || screen_tok_in(n, j + 2, &said[p][2], 1)))
                return true;
        for (size_t p = 0; p < sizeof(sent) / sizeof(*sent); p++) {
            if (!screen_tok_in(n, j, &sent[p][0], 1) ||
                !screen_tok_in(n, j + 1, &sent[p][1], 1) ||
                (sent[p][2] && !screen_tok_in(n, j + 2, &sent[p][2], 1)))
                continue;
            for (size_t k = j > 5 ? j - 5 : 0; k < j; k++)
                if (screen_tok_in(n, k, someone,
                                  sizeof(someone) / sizeof(*someone)))
                    return true;
        }
    }
    return false;
}

/* A leaving at an hour told with the reason said or with "alone",
 * whoever leaves, at token i (a verb of leaving): "Santa Lucía II leaves
 * from dock 3 every day at 4:40am. Just saying.", "el comandante sale
 * diario a las 5:40 por la brecha, solito" The hour's last token in *end. Not
 * of an event anyone may join ("the march leaves the zócalo at 10, just saying,
 * bring water") nor the writer's own. */
static bool x_leaving_told(const struct screen_norm *n, const char *text,
                           size_t i, size_t *end)
{
    static const char *const event[] = {
        "march",  "marcha",  "vigil",     "vigilia",  "misa",
        "mass",   "rally",   "caravan",   "caravana", "procesion",
        "bring",  "traigan", "join",      "unete",    "unanse",
        "vengan", "come",    "invitados", "welcome",  "tour"};
    /* a vehicle that leaves, named before the verb: "la Urvan de la ruta 5
     * sale a las 6am" (not "Tomás sale a las 7:40 y se sube a la ruta
     * 12") */
    static const char *const vehicle[] = {
        "urvan", "microbus", "combi", "metro",  "tren",  "ruta",   "autobus",
        "ado",   "ferry",    "bus",   "camion", "train", "flight", "vuelo"};
    size_t hour = SIZE_MAX;
    for (size_t k = i + 1; k < n->ntok && k <= i + 12 && hour == SIZE_MAX; k++)
        hour = x_hour(n, text, k);
    /* or before it: "a las 6 de la mañana cuando salen a ordeñar" */
    for (size_t k = i > 8 ? i - 8 : 0; k < i && hour == SIZE_MAX; k++)
        if (x_hour(n, text, k) != SIZE_MAX)
            hour = k; /* its first token, for the span */
    /* alone, the reason left to the reader: "solito", "no escort" */
    static const char *const alone[] = {
        "alone",   "solo",      "sola",      "solito",     "solita",  "solitos",
        "solitas", "lonely",    "escort",    "escolta",    "dark",    "oscuro",
        "oscura",  "distraida", "distraido", "distracted", "confiada"};
    /* near the leaving: "sale ... a las 11, camino largo y oscuro" */
    bool lone = false;
    for (size_t k = i > 12 ? i - 12 : 0; k < n->ntok && k <= i + 20 && !lone;
         k++)
        lone = screen_tok_in(n, k, alone, SCREEN_NWORDS(alone));
    if (hour == SIZE_MAX || x_own(n, i) || !(lone || x_told_why(n)))
        return false;
    /* praise of the one who goes: "sube solito a la sierra cada lunes a
     * las 5 am, tres horas caminando, respeto total" */
    static const char *const praise[] = {
        "respeto", "respect",     "admiro", "admire",  "heroe", "hero",
        "orgullo", "bendiciones", "bless",  "gracias", "thanks"};
    for (size_t k = 0; k < n->ntok; k++)
        if (screen_tok_in(n, k, praise, SCREEN_NWORDS(praise)))
            return false;
    /* the writer's own further back: "My dad is 80 and still walks alone
     * to the market every morning at 7" */
    for (size_t k = i > 10 ? i - 10 : 0; k < i; k++)
        if (xc(n, k) & X_MINE)
            return false;
    for (size_t k = 0; k < n->ntok; k++)
        if (screen_tok_in(n, k, event, SCREEN_NWORDS(event)) ||
            (k < i && screen_tok_in(n, k, vehicle, SCREEN_NWORDS(vehicle))))
            return false;
    *end = hour;
    return true;
}

/* Whether the kin at token i (after "your", "su" at i - 1) is only
 * supposed, what might happen to a reader's child: "if your son is
 * offered", "if your daughter ever gets", "si a su hijo le ofrecen" (not
 * "if your son keeps talking", "si su hijo sigue hablando", a condition
 * set by a threat). */
static bool x_supposed(const struct screen_norm *n, size_t i)
{
    static const char *const es_if[] = {"si"}, *const a[] = {"a"},
                             *const en_if[] = {"if"};
    static const char *const befalls[] = {"is",   "gets",     "ever",
                                          "sees", "receives", "answers"};
    if (i > 2 && screen_tok_in(n, i - 2, a, 1))
        return screen_tok_in(n, i - 3, es_if, 1);
    return i > 1 && screen_tok_in(n, i - 2, en_if, 1) &&
           screen_tok_in(n, i + 1, befalls, SCREEN_NWORDS(befalls));
}

/* Whether token i names someone who must not be found: its first token
 * in *a. */
static bool x_person_at(const struct screen_norm *n, const char *text, size_t i,
                        size_t *a)
{
    static const char *const of[] = {"of", "de"}, *const son[] = {"son"};
    static const char *const insult[] = {"a", "puta", "perra", "su", "tu"};
    /* "son" only as someone's: Spanish "son" is "they are" ("Los 90's son
     * la mejor época") */
    static const char *const spanish[] = {"la",  "el",  "los", "las", "lo",
                                          "muy", "mas", "de",  "un",  "una"};
    static const char *const whose[] = {
        "his",   "her", "their",   "the",       "your",
        "whose", "s",   "editors", "reporters", "journalists"};
    /* the witnesses as the ones who tell: "según testigos, un hombre con
     * gorra negra disparó", "according to witnesses" */
    static const char *const segun[] = {"segun", "según"}, *const to[] = {"to"},
                             *const according[] = {"according"};
    uint64_t c = xc(n, i);
    *a = i;
    /* the writer's own: "our activist friend runs a bakery" */
    if ((c & X_ROLE) && i > 0 && (xc(n, i - 1) & X_MINE))
        return false;
    /* an owner the writer's own: "my uncle is the owner of the shop",
     * "el dueño de la tienda es mi tío" */
    static const char *const owner[] = {"owner",       "owners",     "dueno",
                                        "dueño",       "duena",      "dueña",
                                        "propietario", "propietaria"};
    if (screen_tok_in(n, i, owner, SCREEN_NWORDS(owner)))
        for (size_t k = i > 5 ? i - 5 : 0; k < n->ntok && k <= i + 6; k++)
            if (xc(n, k) & X_MINE)
                return false;
    if (c & X_ROLE)
        return !(i > 0 && (screen_tok_in(n, i - 1, segun, 2) ||
                           (i > 1 && screen_tok_in(n, i - 1, to, 1) &&
                            screen_tok_in(n, i - 2, according, 1))));
    /* a family only as someone's: "the host's family", "su familia",
     * "la familia de la líder" (not "the family of the driver shot",
     * condolences, nor "la familia recibe en la funeraria", a wake) */
    static const char *const family[] = {"family", "familia"};
    static const char *const the[] = {"the", "la", "el", "los"};
    if ((c & X_KIN) && screen_tok_in(n, i, family, 2)) {
        if (screen_tok_in(n, i + 1, of, 2)) {
            size_t k = screen_tok_in(n, i + 2, the, 4) ? i + 3 : i + 2;
            return k < n->ntok && (xc(n, k) & X_ROLE);
        }
        return i > 0 &&
               ((xc(n, i - 1) & X_POSS) || screen_tok_in(n, i - 1, whose, 10) ||
                x_after_apostrophe_s(n, text, i)) &&
               !x_own(n, i);
    }
    /* parents told what to do if it happens to theirs: "if your son is
     * offered a guard job in another town with a house", "si a su hijo le
     * ofrecen trabajo" (not "if his son keeps talking", "si tu hija
     * vuelve a grabar") */
    static const char *const yours[] = {"your", "tu", "su", "sus", "tus"};
    if ((c & (X_KIN | X_PARENT)) && i > 0 &&
        screen_tok_in(n, i - 1, yours, SCREEN_NWORDS(yours)) &&
        x_supposed(n, i))
        return false;
    /* children in general are no one's to find: "some kids bullied my
     * friend on the bus and the driver did nothing" (not "kids get picked
     * up at 2:30", "his kids") */
    static const char *const children[] = {"kids", "children"};
    static const char *const some[] = {"some",    "other", "few",   "many",
                                       "several", "two",   "three", "random"};
    if ((c & X_KIN) && screen_tok_in(n, i, children, 2) && i > 0 &&
        screen_tok_in(n, i - 1, some, SCREEN_NWORDS(some)))
        return false;
    /* not "my son", "soy la vecina", "son of a bitch" */
    if (c & X_KIN)
        return !(i > 0 && (xc(n, i - 1) & X_MINE)) && !x_own(n, i) &&
               /* "el hermano de mi amiga" */
               !(screen_tok_in(n, i + 1, of, 2) && (xc(n, i + 2) & X_MINE)) &&
               !(screen_tok_in(n, i + 1, of, 2) &&
                 screen_tok_in(n, i + 2, insult, 5)) &&
               (!screen_tok_in(n, i, son, 1) ||
                (i > 0 && screen_tok_in(n, i - 1, whose, 10) &&
                 !screen_tok_in(n, i + 1, spanish, SCREEN_NWORDS(spanish))));
    /* "your mom", "su mamá", "la mamá de la maestra" (a parent of
     * someone named: not "a mother of three") */
    if (c & X_PARENT) {
        if (i > 0 && (xc(n, i - 1) & X_POSS))
            return true;
        size_t k = screen_tok_in(n, i + 2, the, 4) ? i + 3 : i + 2;
        return screen_tok_in(n, i + 1, of, 2) && k < n->ntok &&
               (xc(n, k) & (X_ROLE | X_PERSON)) &&
               !screen_tok_in(n, k, (const char *[]){"que", "who", "one"}, 3);
    }
    /* a member named with the collective: "la señora Rosa del
     * colectivo", "doña Rosa of the collective", or the collective itself
     * where the comment sends others to it (not "la reunión del colectivo
     * es cada jueves, todos invitados", a meeting anyone may come to) */
    if (c & X_CIRCLE) {
        static const char *const del[] = {"del"}, *const the1[] = {"the"};
        size_t m;
        if (i >= 2 && screen_tok_in(n, i - 1, del, 1))
            m = i - 2;
        else if (i >= 3 && screen_tok_in(n, i - 1, the1, 1) &&
                 screen_tok_in(n, i - 2, of, 1))
            m = i - 3;
        else
            m = SIZE_MAX;
        static const char *const article[] = {"la", "las", "los", "el", "the"};
        if (m != SIZE_MAX && x_capitalised(n, text, m) &&
            !screen_tok_in(n, m, article, 5)) {
            *a = m > 0 && (xc(n, m - 1) & X_TITLE) ? m - 1 : m;
            return true;
        }
        /* "the trans collective meets Thursdays at the cafe ... Some
         * people might want to drop by": its people sent for */
        return x_told_why(n);
    }
    /* "the kid who filmed it", "la maestra que denunció", "el que grabó" */
    if (c & X_DID) {
        for (size_t k = i; k > 0 && i - k < 3; k--)
            if (xc(n, k - 1) & X_PERSON)
                *a = k - 1;
        return *a != i;
    }
    return false;
}

/* Whether a negation stands in the four words before token j (and
 * after from): "don't keep the same gym schedule", "no vive lejos". */
static bool x_denied(const struct screen_norm *n, size_t from, size_t j)
{
    for (size_t k = j; k > from && j - k < 4; k--)
        if (xc(n, k - 1) & X_NOT)
            return true;
    return false;
}

/* What tokens [from, to) weigh as ways to find someone, each word once:
 * the total; *strong gets how many weigh 2, *last the last token of the
 * last one. */
static int x_weigh(const struct screen_norm *n, const char *text, size_t from,
                   size_t to, int *strong, size_t *last)
{
    int total = 0;
    uint64_t seen[24];
    size_t nseen = 0;
    *strong = 0;
    *last = from;
    for (size_t j = from; j < n->ntok && j < to; j++) {
        size_t end;
        int w = x_weight(n, text, j, &end);
        if (w == 0 || x_denied(n, from, j))
            continue;
        bool again = false;
        for (size_t k = 0; k < nseen && !again; k++)
            again = seen[k] == n->tok[j].hash;
        if (again)
            continue;
        if (nseen < sizeof(seen) / sizeof(*seen))
            seen[nseen++] = n->tok[j].hash;
        total += w;
        *strong += w == 2;
        *last = end;
        j = end; /* "6:30 pm" is one hour */
    }
    return total;
}

/* How far after "you" its tag question may stand. */
#define X_TAG_REACH 16

/* "You leave the office at 7:15 every day, right?", "sigues yendo al gym
 * de la Morelos a las 6, verdad?": the reader's own day told back to them
 * and asked to be confirmed, the way a target is checked. From "you" at
 * i, in its sentence, to a tag ("right", "verdad") right before a
 * question mark, what is told must weigh 3 with one of weight 2: the
 * tag's token in *last, or false. */
static bool x_day_asked(const struct screen_norm *n, const char *text,
                        size_t len, size_t i, size_t *last)
{
    for (size_t j = i + 1; j < n->ntok && j <= i + X_TAG_REACH; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            return false;
        if (!(xc(n, j) & X_TAG))
            continue;
        size_t q = n->tok[j].orig_off + n->tok[j].orig_len;
        while (q < len && text[q] == ' ')
            q++;
        if (q >= len || text[q] != '?')
            continue;
        int strong;
        size_t l;
        int total = x_weigh(n, text, i + 1, j, &strong, &l);
        *last = j;
        return strong > 0 && total >= 3;
    }
    return false;
}

/* Whether token i is "reporter's" or "journalist's" as written. */
static bool x_possessive(const struct screen_norm *n, const char *text,
                         size_t len, size_t i)
{
    return (xc(n, i) & X_ASKED) && screen_tok_possessive(n, text, len, i);
}

/* Whether token j is "address" as a verb: "can the spokesperson address
 * the question", "to address this". */
static bool x_address_verb(const struct screen_norm *n, size_t j)
{
    static const char *const address[] = {"address"};
    static const char *const object[] = {"the",   "this",  "these", "that",
                                         "those", "our",   "my",    "it",
                                         "them",  "their", "a",     "an"};
    static const char *const before[] = {"to",    "can",   "will",  "should",
                                         "must",  "could", "would", "please",
                                         "didnt", "dont",  "wont"};
    if (!screen_tok_in(n, j, address, 1))
        return false;
    return screen_tok_in(n, j + 1, object, SCREEN_NWORDS(object)) ||
           (j > 0 && screen_tok_in(n, j - 1, before, SCREEN_NWORDS(before)));
}

/* Someone who must not be found, asked for: "Does anyone know where the
 * reporter lives?", "¿Alguien tiene la dirección del testigo?", "what's
 * the reporter's phone number?", by the person at i. A question, or an
 * ask ("anyone know", "alguien tiene", "pásenme"), with where they live, work
 * or study or their address, phone or plates, in the person's sentence; not a
 * plea ("don't publish where the witness lives", "nadie debe saber dónde vive
 * el testigo"). Its tokens [*a, *b), or false. */
static bool x_asked(const struct screen_norm *n, const char *text, size_t len,
                    size_t i, size_t *a, size_t *b)
{
    static const char *const anyone[] = {"anyone", "anybody", "alguien"};
    static const char *const knows[] = {"know",   "knows", "have",  "has",
                                        "got",    "sabe",  "tiene", "conoce",
                                        "tendra", "sabra", "saben", "tienen"};
    static const char *const order[] = {"give",   "dame", "pasen",   "pasenme",
                                        "pasame", "tell", "send",    "manden",
                                        "drop",   "post", "suelten", "pongan"};
    static const char *const where[] = {"where", "donde", "wheres"};
    static const char *const lives[] = {
        "lives",   "live",   "living",   "works",  "work",     "studies",
        "stays",   "sleeps", "sleep",    "vive",   "viven",    "trabaja",
        "estudia", "duerme", "duermen",  "vivia",  "trabajan", "go",
        "goes",    "van",    "estudian", "school", "escuela",  "meet",
        "meets",   "junta",  "juntan",   "reune",  "reunen"};
    static const char *const info[] = {
        "address",   "addy",      "phone",    "number", "plates",
        "direccion", "domicilio", "telefono", "numero", "celular",
        "placas",    "cel",       "whatsapp"};
    /* a ward only as which one: "what room is he in?", "¿en qué cuarto
     * está?" (not "did the hospital have cameras working?") */
    static const char *const ward[] = {"hospital", "room", "cuarto",
                                       "habitacion"};
    static const char *const which[] = {"which", "what", "cual", "que"};
    /* a name only when demanded ("drop the name of that witness"), not
     * asked ("what was the name of the journalist?", a byline) */
    static const char *const name[] = {"name", "nombre"};
    static const char *const plea[] = {
        "dont", "not", "never", "nobody", "wont", "no", "nunca", "nadie", "ni"};
    static const char *const count[] = {"number", "numero"};
    static const char *const chat[] = {
        "screenshots", "screenshot", "group",   "grupo",   "messages",
        "mensajes",    "chat",       "chats",   "channel", "canal",
        "audio",       "audios",     "capturas"};
    static const char *const of[] = {"of", "de"};
#define X_IN(j, w) screen_tok_in(n, j, w, sizeof(w) / sizeof(*w))
    size_t s = i, e = i + 1;
    while (s > 0 && !screen_sentence_break(text, &n->tok[s - 1], &n->tok[s]))
        s--;
    while (e < n->ntok &&
           !screen_sentence_break(text, &n->tok[e - 1], &n->tok[e]))
        e++;
    if (i - s > X_REACH || e - i > X_REACH)
        return false;
    bool asked = screen_sentence_asks(n, text, len, i), wanted = false;
    bool demanded = false;
    for (size_t j = s; j < e; j++) {
        if (X_IN(j, plea) || (xc(n, j) & X_MINE))
            return false;
        /* "does anyone know", "alguien tiene"; "pásenme", "tell me"
         * opening the sentence */
        bool ordered = j == s && X_IN(j, order);
        asked |= j < i && ((X_IN(j, anyone) && X_IN(j + 1, knows)) || ordered);
        demanded |= j < i && ordered;
        for (size_t k = j + 1; X_IN(j, where) && k < e && k <= j + 4; k++)
            wanted |= X_IN(k, lives);
        /* not "the number of witnesses", "el número de testigos", nor
         * "the WhatsApp screenshots", a source of the story */
        wanted |= X_IN(j, info) && !(X_IN(j, count) && X_IN(j + 1, of)) &&
                  !(screen_tok_is(n, j, "whatsapp") && X_IN(j + 1, chat)) &&
                  !x_address_verb(n, j);
        wanted |= X_IN(j, ward) && j > s && X_IN(j - 1, which);
        wanted |= demanded && X_IN(j, name);
    }
#undef X_IN
    if (!asked || !wanted)
        return false;
    *a = s;
    *b = e;
    return true;
}

/* Whether token j sends help or people there for a good reason: "donate",
 * "víveres", "volunteer", "misa", "vigil". */
static bool x_help_word(const struct screen_norm *n, size_t j)
{
    static const char *const help[] = {
        "donate",    "donations",   "donar",      "donativos", "donaciones",
        "viveres",   "acopio",      "help",       "ayudar",    "ayuda",
        "volunteer", "voluntarios", "voluntario", "send",      "supplies",
        "misa",      "funeral",     "velorio",    "vigil",     "vigilia"};
    return screen_tok_in(n, j, help, SCREEN_NWORDS(help));
}

/* A home address offered to whoever wants it: "If anyone wants the
 * director's home address, DM me", "le paso la ubicación exacta a quien
 * quiera", "tengo la dirección de la señora, por si alguien la busca", by
 * the address word at i. The offer (someone who wants it, a private
 * message, "le paso", "I can give") anywhere in the comment; not help
 * sent there ("si alguien quiere llevar víveres, la dirección del
 * albergue es..."), the writer's own, a plea or a negation. Tokens
 * [*a, *b), or false. */
static bool x_offered(const struct screen_norm *n, const char *text, size_t i,
                      size_t *a, size_t *b)
{
    static const char *const anyone[] = {"anyone",  "anybody", "alguien",
                                         "whoever", "quien",   "quienes"};
    static const char *const wants[] = {
        "wants", "want",   "needs", "quiere", "quiera",   "quieren",
        "busca", "buscan", "ocupa", "ocupe",  "interese", "interesa"};
    static const char *const privately[] = {
        "dm",      "dms",     "inbox",     "mp",        "privado", "pm",
        "mandeme", "mandame", "escribeme", "escribame", "message"};
    static const char *const hand[] = {"paso",  "pasamos", "give", "share",
                                       "tengo", "have",    "got"};
    /* not "pay", which pays visits too */
    static const char *const pays[] = {"paying",  "pago",   "pagamos",
                                       "pagaria", "reward", "recompensa"};
    static const char *const plea[] = {"dont",  "not",   "never", "no",
                                       "nunca", "nadie", "ni"};
#define X_IN(j, w) screen_tok_in(n, j, w, sizeof(w) / sizeof(*w))
    bool wanted = false, offered = false;
    for (size_t j = 0; j < n->ntok; j++) {
        /* a plea just before the address: "don't post her address" */
        if (x_help_word(n, j) || (xc(n, j) & X_MINE) ||
            (X_IN(j, plea) && j < i && i - j <= 4))
            return false;
        for (size_t k = j + 1; X_IN(j, anyone) && k <= j + 3; k++)
            wanted |= X_IN(k, wants);
        /* bought: "paying good money for the address", "pago bien por
         * la dirección" */
        wanted |= X_IN(j, pays);
        offered |= X_IN(j, privately) || X_IN(j, hand);
    }
    /* a public office's: "the address of the COEPRIS office is on their
     * website if anyone wants to file a complaint" */
    static const char *const office[] = {"office",   "offices", "oficina",
                                         "oficinas", "website", "official",
                                         "oficial",  "sitio"};
    for (size_t j = i + 1; j < n->ntok && j <= i + 4; j++)
        if (X_IN(j, office))
            return false;
#undef X_IN
    /* "por si alguien les quiere ir a preguntar en persona", "if you
     * want to ask them some questions yourself": a visit proposed */
    static const char *const visit[] = {"persona",    "person", "yourself",
                                        "yourselves", "visit",  "visita"};
    bool visited = false;
    for (size_t j = 0; j < n->ntok && !visited; j++)
        visited = screen_tok_in(n, j, visit, SCREEN_NWORDS(visit));
    if (wanted && visited)
        offered = true;
    if (!wanted && !offered)
        return false;
    /* one without the other: only a home's address ("her home address",
     * "su domicilio", "la dirección de su casa") */
    static const char *const home[] = {"home", "domicilio", "casa",
                                       "domicilios"};
    bool home_named = false;
    for (size_t j = i > 0 ? i - 1 : 0; j < n->ntok && j <= i + 3; j++)
        home_named |= screen_tok_in(n, j, home, SCREEN_NWORDS(home));
    if ((!wanted || !offered) && !home_named)
        return false;
    (void)text;
    *a = i > 0 && screen_tok_in(n, i - 1, home, 1) ? i - 1 : i;
    *b = i + 1;
    return true;
}

/* Where the weighing after the person at i starts: at what is theirs
 * told just before them ("el carro rojo de la reportera", "the house of
 * the witness"), else at from. */
static size_t x_owned_before(const struct screen_norm *n, size_t from, size_t i)
{
    static const char *const article[] = {"the", "la", "el", "los", "las"};
    static const char *const of[] = {"de", "del", "of"};
    size_t j = i;
    if (j > 0 && screen_tok_in(n, j - 1, article, SCREEN_NWORDS(article)))
        j--;
    if (j == 0 || !screen_tok_in(n, j - 1, of, SCREEN_NWORDS(of)))
        return from;
    j--;
    for (size_t k = j; k > 0 && j - k < 3;) {
        k--;
        if (xc(n, k) & (X_CAR | X_HOUSE))
            return k;
    }
    return from;
}

/* Whether the comment gives a hospital or shelter room, where someone
 * wounded or displaced lies ("las familias están en el albergue de
 * Cuauhtémoc, cuartos 4 y 5"):
 * the hospital at h and a room or bed with its number or a floor ("3rd
 * floor"), within X_REACH words
 * ("he's at the general hospital, 3rd floor room 214", "está en el IMSS,
 * cama 12"; not a legal clinic's room). Not the writer's own ("my mom is
 * in room 214 at the general hospital", "mi papá está en la cama 12 del
 * IMSS"), nor a plea ("don't post his room number"). A hotel's room holds
 * where someone stays in it ("staying at the Marina hotel, room 412"). Tokens
 * [*a, *b). */
static bool x_hospital_room(const struct screen_norm *n, const char *text,
                            size_t h, size_t *a, size_t *b)
{
    static const char *const room[] = {
        "room", "rooms", "cuarto", "cuartos", "habitacion", "cama", "bed"};
    static const char *const plea[] = {"dont", "not", "no", "nunca", "never"};
    size_t lo = h > X_REACH ? h - X_REACH : 0;
    static const char *const floor[] = {"floor", "planta"};
    size_t r = SIZE_MAX;
    for (size_t j = lo; j < n->ntok && j <= h + X_REACH && r == SIZE_MAX; j++)
        if (screen_tok_in(n, j, room, SCREEN_NWORDS(room)) &&
            x_digit_at(n, text, j + 1))
            r = j;
    size_t last = r == SIZE_MAX ? r : r + 1; /* the room's number */
    /* else a floor where someone is: "the engineer is at Hospital San
     * José, 3rd floor", "lo vieron en el IMSS, 3er piso" (not "the fire
     * started on the 3rd floor", "patients on the 4th floor") */
    static const char *const is[] = {"is", "hes", "shes", "esta", "estan"};
    static const char *const at[] = {"at", "in", "en"};
    static const char *const saw[] = {"saw", "vieron", "vimos", "internado",
                                      "internada"};
    bool there = false;
    for (size_t j = lo; j < n->ntok && j <= h + X_REACH && !there; j++)
        there = (screen_tok_in(n, j, is, SCREEN_NWORDS(is)) &&
                 screen_tok_in(n, j + 1, at, SCREEN_NWORDS(at))) ||
                screen_tok_in(n, j, saw, SCREEN_NWORDS(saw));
    for (size_t j = lo + 1;
         there && j < n->ntok && j <= h + X_REACH && r == SIZE_MAX; j++)
        if (screen_tok_in(n, j, floor, SCREEN_NWORDS(floor)) &&
            x_digit_at(n, text, j - 1))
            r = j - 1, last = j;
    if (r == SIZE_MAX)
        return false;
    /* a hotel room only where someone stays now ("the journalist staying
     * at the Marina hotel, room 412", "your Airbnb ..., room 4"), not where
     * a tourist was found */
    static const char *const inn[] = {"hotel", "motel", "airbnb"};
    static const char *const yours[] = {"your", "tu", "su"};
    static const char *const stay[] = {"staying",   "stays",   "hospedado",
                                       "hospedada", "hospeda", "quedando"};
    static const char *const was[] = {"was", "were", "estaba", "estaban"};
    bool stays =
        !screen_tok_in(n, h, inn, SCREEN_NWORDS(inn)) ||
        (h > 0 && screen_tok_in(n, h - 1, yours, SCREEN_NWORDS(yours)));
    /* a stay word just before the hotel, in the present */
    for (size_t j = h > 6 ? h - 6 : 0; j < h && !stays; j++)
        stays = screen_tok_in(n, j, stay, SCREEN_NWORDS(stay)) &&
                !(j > 0 && screen_tok_in(n, j - 1, was, SCREEN_NWORDS(was)));
    if (!stays)
        return false;
    for (size_t j = 0; j < n->ntok; j++)
        if ((xc(n, j) & (X_MINE | X_SELF)) ||
            screen_tok_in(n, j, plea, SCREEN_NWORDS(plea)))
            return false;
    *a = h < r ? h : r;
    *b = (h < r ? last : h) + 1;
    return true;
}

size_t screen_exposed(const struct screen_norm *n, const char *text, size_t len,
                      struct screen_span *out, size_t max)
{
    if (max == 0 || n->ntok == 0)
        return 0;
    const struct screen_wordclasses *t = screen_wc_ready(&x_list);
    for (size_t i = 0; i < n->ntok; i++) {
        if (!screen_wc_may_start(t, n->tok[i].hash))
            continue;
        /* the word's classes, read once for the questions below */
        const uint64_t ci = xc(n, i);
        size_t a, end, tag;
        if ((ci & X_CLINIC) && x_hospital_room(n, text, i, &a, &end)) {
            uint32_t s = n->tok[a].orig_off;
            uint32_t e = n->tok[end - 1].orig_off + n->tok[end - 1].orig_len;
            out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
            return 1;
        }
        if ((ci & X_ADDRESS) && x_offered(n, text, i, &a, &end)) {
            uint32_t s = n->tok[a].orig_off;
            uint32_t e = n->tok[end - 1].orig_off + n->tok[end - 1].orig_len;
            out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
            return 1;
        }
        if ((ci & X_YOU) && x_day_asked(n, text, len, i, &tag)) {
            uint32_t s = n->tok[i].orig_off;
            uint32_t e = n->tok[tag].orig_off + n->tok[tag].orig_len;
            out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
            return 1;
        }
        /* a collective asked for with a reason told: "Alguien me pasa
         * dónde se junta el colectivo? es pa un amigo" */
        bool circle = (ci & X_CIRCLE) && x_told_why(n);
        /* the one who spoke, asked of anyone: "¿alguien tiene el número
         * del chavo que habló con el blog?" (not a question to them: "el
         * que puso las placas, ¿qué ganas con eso?") */
        static const char *const anyone[] = {"alguien", "anyone", "anybody",
                                             "someone", "somebody"};
        bool doer =
            (ci & X_DID) && i > 0 &&
            ((xc(n, i - 1) & X_PERSON) || (i > 1 && (xc(n, i - 2) & X_PERSON)));
        bool of_anyone = false;
        for (size_t k = 0; doer && k < i && !of_anyone; k++)
            of_anyone = screen_tok_in(n, k, anyone, SCREEN_NWORDS(anyone));
        doer = doer && of_anyone;
        if (((ci & (X_ROLE | X_CREW)) || circle || doer ||
             x_possessive(n, text, len, i)) &&
            x_asked(n, text, len, i, &a, &end)) {
            uint32_t s = n->tok[a].orig_off;
            uint32_t e = n->tok[end - 1].orig_off + n->tok[end - 1].orig_len;
            out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
            return 1;
        }
        /* "the reporter's car is a red Jetta": the possessive names her */
        bool person = x_person_at(n, text, i, &a) ||
                      (x_possessive(n, text, len, i) && (a = i, true));
        /* the leaders or activists of a place given away with the reason
         * said: "The leaders meet at the guard house every Sunday evening.
         * Everyone knows where." ("the activists live in fear" is no one
         * located) */
        if (!person && (ci & X_CREW) && x_told_why(n)) {
            person = true;
            a = i;
        }
        bool alone = !person && (ci & X_HOME) &&
                     x_weight(n, text, i, &end) == 2 && !x_own(n, i);
        /* where help goes: "The survivors sleep at the shelter on Calle
         * Morelos, donations welcome." */
        for (size_t k = 0; alone && k < n->ntok; k++)
            alone = !x_help_word(n, k);
        /* a leaving at an hour told with the reason said, whoever leaves:
         * "Santa Lucía II leaves from dock 3 every day at 4:40am. Just
         * saying." (not "the march leaves the zócalo at 10") */
        if (!person && !alone && (ci & X_LEAVES) &&
            x_leaving_told(n, text, i, &end)) {
            /* the hour may come before the leaving: "a las 6 de la
             * mañana cuando salen" */
            size_t first = end < i ? end : i, last = end < i ? i : end;
            uint32_t s = n->tok[first].orig_off;
            uint32_t e = n->tok[last].orig_off + n->tok[last].orig_len;
            out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
            return 1;
        }
        if (!person && !alone)
            continue;
        /* what the person said, not where they are: "the rep who
         * organized the march said it leaves the zócalo at 10" */
        static const char *const said[] = {"said",    "says",      "told",
                                           "dijo",    "dice",      "announced",
                                           "anuncio", "explained", "explico"};
        bool says = false;
        for (size_t k = i + 1; person && k < n->ntok && k <= i + 5; k++)
            says |= screen_tok_in(n, k, said, SCREEN_NWORDS(said));
        /* who told it: "según una vecina, alguien pintó ... frente a su
         * casa" */
        static const char *const per[] = {"segun", "according"};
        for (size_t k = i > 2 ? i - 2 : 0; person && k < i; k++)
            says |= screen_tok_in(n, k, per, SCREEN_NWORDS(per));
        /* a question to the one who gave it away: "El que puso las placas
         * de la camioneta, ¿qué ganas con eso?" */
        if (says ||
            (person && (ci & X_DID) && screen_sentence_asks(n, text, len, i)))
            continue;
        size_t from = alone ? i : x_owned_before(n, i + 1, i);
        if (from < a)
            a = from;
        int strong;
        size_t last;
        int total = x_weigh(n, text, from, i + X_REACH + 1, &strong, &last);
        int need = alone ? X_ALONE : X_NAMED_PERSON;
        if (total < need && total >= X_TOLD_PERSON && x_told_why(n))
            need = X_TOLD_PERSON;
        if (strong == 0 || total < need)
            continue;
        uint32_t s = n->tok[a].orig_off;
        uint32_t e = n->tok[last].orig_off + n->tok[last].orig_len;
        out[0] = (struct screen_span){s, e - s, SCREEN_DOXXING, 4.0f};
        return 1;
    }
    return 0;
}
