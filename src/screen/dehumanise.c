/*
 * dehumanise.c - talk that makes a people into vermin, in the reader's
 * own words.
 *
 * The slur lists (models/lexicons/identity-hate-rule-*.txt) hold fixed
 * phrases ("these migrants are vermin"); readers name any group and any
 * pest ("los guatemaltecos son una plaga", "Central Americans breed like
 * rats", "indians from the sierra are barely human"). This file reads a
 * group of people, a verb that says what they are, and the pest:
 *
 *   - GROUP (up to three words, "caravan people", "Haitians at the
 *     border", a people named with "people", "families" or
 *     "comunidades": "Haitian people", "la gente indígena") ARE (a few
 * fillers: "just", "like", "una", "puras", "nothing but", "no son mas que")
 * PEST;
 *   - GROUP BREED like PEST ("se reproducen como ratas");
 *   - GROUP = PEST, the sign for the verb: "Migrants = 🐀🐀🐀" (a pest
 *     may be an emoji);
 *   - GROUP ARE not / barely HUMAN ("no son personas", "barely human"),
 *     where "human" ends the clause ("no son personas malas" passes);
 *   - GROUP ARE (fillers) a vice said of the whole people: "Hondurans
 *     are all thieves", "los oaxaqueños son unos flojos", "born
 *     criminals", and of the people of another state or an Indigenous
 *     people by name: "tamaulipecos todos son narcos", "los sinaloenses
 *     son pura lacra", "Yaquis are savages" (with "are" / "son",
 * not "is": "the caravan is lazy this morning" passes);
 *   - a people said to have less mind: "indigenous communities have
 *     lower IQ", "los indígenas tienen menos capacidad", "son menos
 *     inteligentes";
 *   - a vice born in a people's blood: "los haitianos traen la violencia
 *     en la sangre", "Hondurans, crime is in their blood" (not "la música
 *     en la sangre"), or brought wherever it goes: "Haitians bring disease
 *     and crime everywhere they go", "traen violencia a donde llegan";
 *   - each one of a people called a criminal ("every Guatemalan at the
 *     border is a criminal", "cada haitiano que entra es un
 *     delincuente"); rights denied to a people ("migrants don't deserve
 *     rights"); a people told it is not welcome ("los haitianos no son
 *     bienvenidos aquí", not "no son bienvenidos en muchos lugares, y es
 *     triste") or sent away, the sentence opening with it ("fuera los
 *     haitianos de Monterrey", "no queremos haitianos aquí"); women
 *     called property; a people called sick, predators
 *     or perverts ("los gays son enfermos");
 *   - a people called to be cast out: deported, kicked out, sent back,
 *     shut out at the border or told to leave ("hay que sacar a todos
 *     los venezolanos de Tijuana", "close the border to Hondurans",
 *     "Nobody invited the Venezuelans, they can leave"; see dh_cast_out);
 *   - a pest named with a people, no verb between: "Honduran rats",
 *     "Central American cockroaches", "cucarachas centroamericanas"
 *     (only pests that are never the literal animal there: "Mexican
 *     cattle" and "ganado hondureño" pass); trash only where the two end
 *     their clause ("Honduran trash.", not "Honduran trash collectors"),
 *     and so dirt ("Dirty Hondurans", "mugrosos hondureños,"), and the
 *     Jews' invented hold between ("Jewish media scum").
 *
 * A group is a people (migrants, Hondurans, Jews, women, gays, indigenous
 * people, the caravan), never a trade or an office: calling the sicarios
 * animals or the politicians rats is left to the model and to the
 * moderators. "Migrants are not animals", "no son una plaga", "not all
 * migrants are criminals", words in quotation marks, a slander named to
 * refute or report it (refute.c) and a people a clause of its own acts
 * on ("the gangs who rob migrants are thieves") pass. A match holds the comment
 * as identity_hate with the words highlighted. Like the threat grammar, these
 * tables are not model features: changing them retrains nothing.
 */

#include <string.h>

#include "screen/screen_int.h"

enum {
    D_GROUP = 1u << 0, /* migrantes, Jews, women, the caravan */
    D_ARE = 1u << 1,   /* are, son, is, es, parecen */
    D_FILL = 1u << 2,  /* just, a, una, puras, like, como, all */
    D_PEST = 1u << 3,  /* vermin, rats, plaga, escoria */
    D_BREED = 1u << 4, /* breed, se reproducen, paren */
    D_LIKE = 1u << 5,  /* like, como */
    D_NOT = 1u << 6,   /* not, no, never, nunca, arent */
    D_LESS = 1u << 7,  /* barely, apenas, hardly: "barely human" */
    D_HUMAN = 1u << 8, /* human, people, personas, humanos */
    D_BUT = 1u << 9, /* "but", "mas", "que": "nothing but", "no son mas que" */
    D_CLAUSE = 1u << 10,  /* they, son, y, but: may follow "not human" */
    D_FROM = 1u << 11,    /* from, de, del, of, in: a place follows */
    D_ADV = 1u << 12,     /* all, here, really, aqui, todos */
    D_PREP = 1u << 13,    /* on, for, with, para, con: the group is no
                             subject after it */
    D_GADJ = 1u << 14,    /* honduran, jewish, venezolana: a people named
                             before or after a pest */
    D_VERMIN = 1u << 15,  /* rats, cockroaches, escoria: a pest that is
                             never the literal animal next to a people
                             ("Mexican cattle", "ganado hondureño" are) */
    D_REL = 1u << 16,     /* who, that, que, quienes: a clause of its own */
    D_DET = 1u << 17,     /* the, those, los, esos, a: may stand between
                             "that" / "que" and a group that is its subject */
    D_TRAIT = 1u << 18,   /* criminals, lazy, rateros, flojos: a vice said
                             of a whole people */
    D_FOLK = 1u << 19,    /* people, families, gente, comunidades: a group
                             when a people is named with it */
    D_EVIL = 1u << 20,    /* crime, delincuencia: what a people is set
                             equal to ("haitianos = delincuencia") */
    D_VICTIM = 1u << 21,  /* victims, survivors: "crime victims" */
    D_VICE = 1u << 22,    /* crime, violence, robar, flojera: what a people
                             is said to be born with */
    D_BLOOD = 1u << 23,   /* blood, sangre, dna, genes */
    D_IN = 1u << 24,      /* in, en: "in their blood", "en la sangre" */
    D_SKIN = 1u << 25,    /* black, white, negra: a people only when named
                             with "people" or "gente" (never a pest's
                             colour: "black rats") */
    D_OPENER = 1u << 26,  /* honestly, sinceramente, la verdad: may open a
                             sentence before its subject */
    D_DESERVE = 1u << 27, /* deserve, merecen: "don't deserve rights" */
    D_RIGHTS = 1u << 28,  /* rights, derechos: what a people is denied */
    D_EACH = 1u << 29,    /* every, each, cada: before one of a people */
    D_ONE = 1u << 30,     /* haitian, migrante: one of a people, after
                             "every" or "cada" */
    D_VICE1 = 1u << 31    /* criminal, delincuente: a vice said of each one */
};

/* Classes past 32 bits. D_OWNED: property, objetos, what women are
 * called, owned (only of women, see dh_owned); D_WOMEN: women, mujeres,
 * the group owned. */
#define D_OWNED (1ull << 32)
#define D_WOMEN (1ull << 33)
/* D_WELCOME: welcome, bienvenidos, after "not" (dh_unwelcome) */
#define D_WELCOME (1ull << 34)
/* D_TRASH: trash, garbage, basura, and dirt (dirty, mugrosos) said of a
 * people: a pest named with a people only where the two end their clause
 * ("Dirty Hondurans.") ("Honduran trash.", not "Honduran trash
 * collectors" nor "la basura hondureña que llega a las playas") */
#define D_TRASH (1ull << 35)
/* D_BLOC: media, lobby, bankers: the hold on them that a slander of the
 * Jews invents, which may stand between the people and the pest
 * ("Jewish media scum"; "Mexican media scum" insults the press, and is
 * left to the model) */
#define D_BLOC (1ull << 36)

#define D_START (D_GROUP | D_VERMIN | D_GADJ | D_SKIN | D_ONE | D_TRASH)

static const struct screen_wc_word dh_words[] = {
    /* peoples, English */
    {"immigrants", D_GROUP},
    {"migrants", D_GROUP},
    {"refugees", D_GROUP},
    {"illegals", D_GROUP},
    {"aliens", D_GROUP},
    {"women", D_GROUP | D_WOMEN},
    {"females", D_GROUP},
    {"jews", D_GROUP},
    {"muslims", D_GROUP},
    {"arabs", D_GROUP},
    {"mexicans", D_GROUP},
    {"americans", D_GROUP},
    {"hondurans", D_GROUP},
    {"catholics", D_GROUP},
    {"christians", D_GROUP},
    {"evangelicals", D_GROUP},
    {"catolicos", D_GROUP},
    {"catolicas", D_GROUP},
    {"cristianos", D_GROUP},
    {"evangelicos", D_GROUP},
    {"guatemalans", D_GROUP},
    {"salvadorans", D_GROUP},
    {"haitians", D_GROUP},
    {"venezuelans", D_GROUP},
    {"cubans", D_GROUP},
    {"latinos", D_GROUP},
    {"hispanics", D_GROUP},
    {"blacks", D_GROUP},
    {"africans", D_GROUP},
    {"asians", D_GROUP},
    {"indians", D_GROUP},
    {"natives", D_GROUP},
    {"gays", D_GROUP},
    {"lesbians", D_GROUP},
    {"homosexuals", D_GROUP},
    {"caravan", D_GROUP},
    {"israelis", D_GROUP},
    {"palestinians", D_GROUP},
    {"colombians", D_GROUP},
    {"nicaraguans", D_GROUP},
    {"dominicans", D_GROUP},
    {"peruvians", D_GROUP},
    {"ecuadorians", D_GROUP},
    {"gypsies", D_GROUP},
    {"chinese", D_GROUP | D_GADJ},
    /* peoples, Spanish */
    {"inmigrantes", D_GROUP},
    {"migrantes", D_GROUP},
    {"refugiados", D_GROUP},
    {"ilegales", D_GROUP},
    {"mujeres", D_GROUP | D_WOMEN},
    {"viejas", D_GROUP},
    {"judios", D_GROUP},
    {"musulmanes", D_GROUP},
    {"arabes", D_GROUP},
    {"mexicanos", D_GROUP},
    {"gringos", D_GROUP},
    {"hondurenos", D_GROUP},
    {"hondureños", D_GROUP},
    {"guatemaltecos", D_GROUP},
    {"salvadorenos", D_GROUP},
    {"salvadoreños", D_GROUP},
    {"centroamericanos", D_GROUP},
    /* Central Americans by the nicknames readers use for them */
    {"catrachos", D_GROUP},
    {"catrachas", D_GROUP},
    {"guanacos", D_GROUP},
    {"guanacas", D_GROUP},
    {"chapines", D_GROUP},
    {"chapinas", D_GROUP},
    {"haitianos", D_GROUP},
    {"venezolanos", D_GROUP},
    {"cubanos", D_GROUP},
    {"negros", D_GROUP},
    {"africanos", D_GROUP},
    {"chinos", D_GROUP},
    {"indios", D_GROUP},
    {"indigenas", D_GROUP},
    {"oaxacos", D_GROUP},
    {"oaxaquenos", D_GROUP},
    {"oaxaqueños", D_GROUP},
    {"chiapanecos", D_GROUP},
    {"surenos", D_GROUP},
    {"sureños", D_GROUP},
    {"chilangos", D_GROUP},
    /* Indigenous peoples by name */
    {"yaquis", D_GROUP},
    {"mayos", D_GROUP},
    {"seris", D_GROUP},
    {"raramuris", D_GROUP},
    {"tarahumaras", D_GROUP},
    {"huicholes", D_GROUP},
    {"wixarikas", D_GROUP},
    {"mixtecos", D_GROUP},
    {"zapotecos", D_GROUP},
    {"triquis", D_GROUP},
    {"otomies", D_GROUP},
    {"tzotziles", D_GROUP},
    {"tzeltales", D_GROUP},
    {"mayas", D_GROUP},
    {"nahuas", D_GROUP},
    {"purepechas", D_GROUP},
    {"mazahuas", D_GROUP},
    {"totonacos", D_GROUP},
    /* people of other states, scorned as a people */
    {"tamaulipecos", D_GROUP},
    {"sinaloenses", D_GROUP},
    {"michoacanos", D_GROUP},
    {"guerrerenses", D_GROUP},
    {"veracruzanos", D_GROUP},
    {"jarochos", D_GROUP},
    {"regios", D_GROUP},
    {"nortenos", D_GROUP},
    {"norteños", D_GROUP},
    {"poblanos", D_GROUP},
    {"tapatios", D_GROUP},
    {"tapatíos", D_GROUP},
    {"yucatecos", D_GROUP},
    {"sonorenses", D_GROUP},
    {"chihuahuenses", D_GROUP},
    {"zacatecanos", D_GROUP},
    {"duranguenses", D_GROUP},
    {"queretanos", D_GROUP},
    {"tabasquenos", D_GROUP},
    {"tabasqueños", D_GROUP},
    {"jaliscienses", D_GROUP},
    {"guanajuatenses", D_GROUP},
    {"hidalguenses", D_GROUP},
    {"mexiquenses", D_GROUP},
    {"morelenses", D_GROUP},
    {"costenos", D_GROUP},
    {"costeños", D_GROUP},
    {"gays", D_GROUP},
    {"lesbianas", D_GROUP},
    {"homosexuales", D_GROUP},
    {"jotos", D_GROUP},
    {"maricones", D_GROUP},
    {"caravana", D_GROUP},
    {"hondureñas", D_GROUP},
    {"hondurenas", D_GROUP},
    {"haitianas", D_GROUP},
    {"judias", D_GROUP},
    {"indias", D_GROUP},
    {"negras", D_GROUP},
    {"venezolanas", D_GROUP},
    {"guatemaltecas", D_GROUP},
    {"salvadoreñas", D_GROUP},
    {"salvadorenas", D_GROUP},
    {"centroamericanas", D_GROUP},
    {"mexicanas", D_GROUP},
    {"cubanas", D_GROUP},
    {"musulmanas", D_GROUP},
    {"oaxaquenas", D_GROUP},
    {"oaxaqueñas", D_GROUP},
    {"migrantas", D_GROUP},
    {"israelies", D_GROUP},
    {"palestinos", D_GROUP},
    {"colombianos", D_GROUP},
    {"nicaraguenses", D_GROUP},
    {"nicaragüenses", D_GROUP},
    {"dominicanos", D_GROUP},
    {"peruanos", D_GROUP},
    {"ecuatorianos", D_GROUP},
    {"gitanos", D_GROUP},
    {"colombianas", D_GROUP},
    {"dominicanas", D_GROUP},
    {"peruanas", D_GROUP},
    {"ecuatorianas", D_GROUP},
    {"palestinas", D_GROUP},
    {"gitanas", D_GROUP},
    /* a people as an adjective */
    {"honduran", D_GADJ},
    {"guatemalan", D_GADJ},
    {"salvadoran", D_GADJ},
    {"haitian", D_GADJ},
    {"venezuelan", D_GADJ},
    {"cuban", D_GADJ},
    {"mexican", D_GADJ},
    {"american", D_GADJ},
    {"jewish", D_GADJ},
    {"muslim", D_GADJ},
    {"catholic", D_GADJ},
    {"christian", D_GADJ},
    {"evangelical", D_GADJ},
    {"arab", D_GADJ},
    {"african", D_GADJ},
    {"indian", D_GADJ},
    {"indigenous", D_GADJ},
    {"migrant", D_GADJ},
    {"immigrant", D_GADJ},
    {"gay", D_GADJ},
    {"hondurena", D_GADJ},
    {"hondureña", D_GADJ},
    {"guatemalteca", D_GADJ},
    {"salvadorena", D_GADJ},
    {"salvadoreña", D_GADJ},
    {"haitiana", D_GADJ},
    {"venezolana", D_GADJ},
    {"cubana", D_GADJ},
    {"centroamericana", D_GADJ},
    {"judia", D_GADJ},
    {"musulmana", D_GADJ},
    {"indigena", D_GADJ},
    {"migrante", D_GADJ},
    {"trans", D_GADJ},
    {"israeli", D_GADJ},
    {"palestinian", D_GADJ},
    {"colombian", D_GADJ},
    {"nicaraguan", D_GADJ},
    {"dominican", D_GADJ},
    {"peruvian", D_GADJ},
    {"ecuadorian", D_GADJ},
    {"colombiana", D_GADJ},
    {"peruana", D_GADJ},
    {"ecuatoriana", D_GADJ},
    {"nicaraguense", D_GADJ},
    {"nicaragüense", D_GADJ},
    /* a colour of skin */
    {"black", D_SKIN},
    {"white", D_SKIN},
    {"brown", D_SKIN},
    {"negra", D_SKIN},
    {"morena", D_SKIN},
    {"morenas", D_SKIN},
    {"blanca", D_SKIN},
    {"blancas", D_SKIN},
    {"prieta", D_SKIN},
    {"prietas", D_SKIN},
    /* what may open a sentence before its subject */
    {"honestly", D_OPENER},
    {"frankly", D_OPENER},
    {"personally", D_OPENER},
    {"sinceramente", D_OPENER},
    {"francamente", D_OPENER},
    {"personalmente", D_OPENER},
    {"neta", D_OPENER},
    {"verdad", D_OPENER},
    /* what they are said to be */
    {"are", D_ARE},
    {"r", D_ARE},
    {"is", D_ARE},
    {"seem", D_ARE},
    {"son", D_ARE | D_CLAUSE},
    {"es", D_ARE},
    {"parecen", D_ARE},
    {"breed", D_BREED},
    {"multiply", D_BREED},
    {"reproduce", D_BREED},
    {"reproducen", D_BREED},
    {"multiplican", D_BREED},
    {"paren", D_BREED},
    {"procrean", D_BREED},
    {"like", D_LIKE | D_FILL},
    {"como", D_LIKE | D_FILL},
    {"just", D_FILL | D_ADV},
    {"all", D_FILL | D_ADV | D_DET},
    {"a", D_FILL | D_DET},
    {"an", D_FILL},
    {"bunch", D_FILL},
    {"nothing", D_FILL},
    {"pure", D_FILL},
    {"mere", D_FILL},
    {"filthy", D_FILL | D_TRASH},
    {"dirty", D_FILL | D_TRASH},
    {"una", D_FILL},
    {"un", D_FILL},
    {"unas", D_FILL},
    {"unos", D_FILL},
    {"puras", D_FILL},
    {"puros", D_FILL},
    {"pura", D_FILL},
    {"todos", D_FILL | D_ADV | D_DET},
    {"todas", D_FILL | D_ADV | D_DET},
    {"simples", D_FILL},
    /* "son una raza inferior", "an inferior race" */
    {"raza", D_FILL},
    {"race", D_FILL},
    {"especie", D_FILL},
    {"species", D_FILL},
    {"backward", D_FILL},
    {"genetically", D_FILL},
    {"naturally", D_FILL},
    {"inherently", D_FILL},
    {"primitive", D_FILL | D_TRAIT},
    {"too", D_FILL},
    {"disgusting", D_FILL},
    {"stinking", D_FILL | D_TRASH},
    {"smelly", D_FILL | D_TRASH},
    {"atrasados", D_FILL},
    {"primitivos", D_FILL | D_TRAIT | D_VERMIN},
    {"primitivas", D_FILL | D_TRAIT | D_VERMIN},
    {"ignorant", D_TRAIT},
    {"ignorantes", D_TRAIT | D_VERMIN},
    {"brutos", D_TRAIT | D_VERMIN},
    {"brutas", D_TRAIT | D_VERMIN},
    {"apestosos", D_FILL | D_TRASH},
    {"apestosas", D_FILL | D_TRASH},
    {"mugrosos", D_FILL | D_TRASH},
    {"mugrosas", D_FILL | D_TRASH},
    {"nomas", D_FILL},
    {"asquerosas", D_FILL | D_TRASH},
    {"asquerosos", D_FILL | D_TRASH},
    {"sucias", D_FILL | D_TRASH},
    {"sucios", D_FILL | D_TRASH},
    {"born", D_FILL},
    {"always", D_FILL},
    {"siempre", D_FILL},
    {"natural", D_FILL},
    {"casi", D_FILL},
    {"almost", D_FILL},
    {"basically", D_FILL},
    {"practically", D_FILL},
    {"practicamente", D_FILL},
    {"but", D_BUT | D_FILL | D_CLAUSE},
    {"mas", D_BUT | D_FILL},
    {"que", D_BUT | D_FILL | D_REL},
    {"who", D_REL},
    {"whom", D_REL},
    {"which", D_REL},
    {"that", D_REL},
    {"quienes", D_REL},
    {"the", D_DET},
    {"those", D_DET},
    {"these", D_DET},
    {"los", D_DET},
    {"las", D_DET},
    {"esos", D_DET},
    {"esas", D_DET},
    {"estos", D_DET},
    {"estas", D_DET},
    {"unos", D_DET},
    {"unas", D_DET},
    {"al", D_DET},
    {"la", D_DET},
    {"el", D_DET},
    {"not", D_NOT},
    {"no", D_NOT},
    {"never", D_NOT},
    {"arent", D_NOT | D_ARE},
    {"isnt", D_NOT | D_ARE},
    {"nunca", D_NOT},
    {"dont", D_NOT},
    /* owned, of women only */
    {"property", D_OWNED},
    {"propiedad", D_OWNED},
    {"objects", D_OWNED},
    {"objetos", D_OWNED},
    /* a sickness or a menace said of a whole people (of gay and trans
     * people above all): "los gays son enfermos", "trans people are
     * predators"; "freaks" named with a people as a pest */
    {"enfermos", D_TRAIT},
    {"enfermas", D_TRAIT},
    {"predators", D_TRAIT},
    {"depredadores", D_TRAIT},
    {"perverts", D_TRAIT},
    {"pervertidos", D_TRAIT},
    {"pervertidas", D_TRAIT},
    {"depraved", D_TRAIT},
    {"depravados", D_TRAIT},
    {"depravadas", D_TRAIT},
    {"transexuales", D_GROUP},
    {"transsexuals", D_GROUP},
    {"transgenero", D_GROUP},
    {"travestis", D_GROUP},
    {"freaks", D_PEST | D_VERMIN},
    {"trans", D_GROUP},
    /* one of a people, after "every" or "cada" */
    {"every", D_EACH},
    {"each", D_EACH},
    {"cada", D_EACH},
    {"migrant", D_ONE},
    {"immigrant", D_ONE},
    {"illegal", D_ONE},
    {"refugee", D_ONE},
    {"haitian", D_ONE},
    {"honduran", D_ONE},
    {"guatemalan", D_ONE},
    {"salvadoran", D_ONE},
    {"venezuelan", D_ONE},
    {"jew", D_ONE},
    {"muslim", D_ONE},
    {"haitiano", D_ONE},
    {"hondureno", D_ONE},
    {"guatemalteco", D_ONE},
    {"salvadoreno", D_ONE},
    {"venezolano", D_ONE},
    {"migrante", D_ONE},
    {"centroamericano", D_ONE},
    {"judio", D_ONE},
    {"israeli", D_ONE},
    {"palestinian", D_ONE},
    {"colombian", D_ONE},
    {"nicaraguan", D_ONE},
    {"colombiano", D_ONE},
    {"palestino", D_ONE},
    {"nicaraguense", D_ONE},
    {"peruano", D_ONE},
    {"dominicano", D_ONE},
    {"ecuatoriano", D_ONE},
    {"musulman", D_ONE},
    {"ilegal", D_ONE},
    {"criminal", D_VICE1},
    {"thief", D_VICE1},
    {"rapist", D_VICE1},
    {"terrorist", D_VICE1},
    {"parasite", D_VICE1},
    {"invader", D_VICE1},
    {"delincuente", D_VICE1},
    {"ladron", D_VICE1},
    {"ratero", D_VICE1},
    {"violador", D_VICE1},
    {"terrorista", D_VICE1},
    {"parasito", D_VICE1},
    {"invasor", D_VICE1},
    {"pandillero", D_VICE1},
    {"dealer", D_VICE1},
    {"narco", D_VICE1},
    {"narcotraficante", D_VICE1},
    {"deserve", D_DESERVE},
    {"merecen", D_DESERVE},
    {"welcome", D_WELCOME},
    {"bienvenidos", D_WELCOME},
    {"bienvenidas", D_WELCOME},
    {"rights", D_RIGHTS},
    {"derechos", D_RIGHTS},
    {"ni", D_NOT},
    {"barely", D_LESS},
    {"hardly", D_LESS},
    {"apenas", D_LESS},
    {"human", D_HUMAN},
    {"humans", D_HUMAN},
    {"people", D_HUMAN | D_FOLK},
    {"folks", D_FOLK},
    {"families", D_FOLK},
    {"communities", D_FOLK},
    {"familias", D_FOLK},
    {"comunidades", D_FOLK},
    {"pueblos", D_FOLK},
    {"persons", D_HUMAN},
    {"personas", D_HUMAN | D_FOLK},
    {"humanos", D_HUMAN},
    {"gente", D_HUMAN | D_FOLK},
    {"they", D_CLAUSE},
    {"and", D_CLAUSE},
    {"y", D_CLAUSE},
    {"sino", D_CLAUSE},
    {"ellos", D_CLAUSE},
    {"from", D_FROM},
    {"in", D_FROM},
    {"at", D_FROM},
    {"of", D_FILL | D_FROM},
    {"de", D_FROM},
    {"del", D_FROM},
    {"en", D_FROM},
    {"here", D_ADV},
    {"really", D_ADV},
    {"truly", D_ADV},
    {"aqui", D_ADV},
    {"se", D_ADV},
    {"ya", D_ADV},
    {"on", D_PREP},
    {"for", D_PREP},
    {"with", D_PREP},
    {"about", D_PREP},
    {"para", D_PREP},
    {"con", D_PREP},
    {"sobre", D_PREP},
    {"contra", D_PREP},
    /* pests */
    {"vermin", D_PEST | D_VERMIN},
    {"rats", D_PEST | D_VERMIN},
    {"cockroaches", D_PEST | D_VERMIN},
    {"roaches", D_PEST | D_VERMIN},
    {"parasites", D_PEST | D_VERMIN},
    {"animals", D_PEST},
    {"beasts", D_PEST},
    {"cattle", D_PEST},
    {"savages", D_PEST | D_VERMIN},
    {"barbarians", D_PEST | D_VERMIN},
    {"subhuman", D_PEST | D_VERMIN},
    {"subhumans", D_PEST | D_VERMIN},
    {"plague", D_PEST},
    {"disease", D_PEST},
    {"infestation", D_PEST | D_VERMIN},
    {"cancer", D_PEST},
    {"scum", D_PEST | D_VERMIN},
    {"trash", D_PEST | D_TRASH},
    {"garbage", D_PEST | D_TRASH},
    {"media", D_BLOC},
    {"lobby", D_BLOC},
    {"bankers", D_BLOC},
    {"filth", D_PEST | D_VERMIN},
    {"insects", D_PEST},
    {"pests", D_PEST},
    {"leeches", D_PEST | D_VERMIN},
    {"monkeys", D_PEST},
    {"apes", D_PEST},
    {"dogs", D_PEST},
    {"locusts", D_PEST | D_VERMIN},
    {"plaga", D_PEST},
    {"plagas", D_PEST},
    {"peste", D_PEST},
    {"pestes", D_PEST},
    {"ratas", D_PEST | D_VERMIN},
    {"cucarachas", D_PEST | D_VERMIN},
    {"cucaracha", D_PEST | D_VERMIN}, /* "pura cucaracha centroamericana" */
    {"parasitos", D_PEST | D_VERMIN},
    {"animales", D_PEST},
    {"bestias", D_PEST},
    {"ganado", D_PEST},
    {"salvajes", D_PEST | D_VERMIN},
    {"barbaros", D_PEST | D_VERMIN},
    {"escoria", D_PEST | D_VERMIN},
    {"basura", D_PEST | D_TRASH},
    {"lacra", D_PEST | D_VERMIN},
    {"lacras", D_PEST | D_VERMIN},
    {"infeccion", D_PEST},
    {"infestacion", D_PEST},
    {"insectos", D_PEST},
    {"sanguijuelas", D_PEST | D_VERMIN},
    {"changos", D_PEST},
    {"monos", D_PEST},
    {"simios", D_PEST},
    {"perros", D_PEST},
    {"alimanas", D_PEST | D_VERMIN},
    {"alimañas", D_PEST | D_VERMIN},
    {"piojos", D_PEST},
    {"subhumanos", D_PEST | D_VERMIN},
    {"conejos", D_PEST},
    {"lastre", D_PEST},
    {"victims", D_VICTIM},
    {"victimas", D_VICTIM},
    {"víctimas", D_VICTIM},
    {"survivors", D_VICTIM},
    {"sobrevivientes", D_VICTIM},
    {"crime", D_EVIL | D_VICTIM | D_VICE},
    {"stealing", D_VICE},
    {"theft", D_VICE},
    {"lying", D_VICE},
    {"laziness", D_VICE},
    {"killing", D_VICE},
    {"crimen", D_VICE},
    {"robar", D_VICE},
    {"robo", D_VICE},
    {"flojera", D_VICE},
    {"mentir", D_VICE},
    {"transa", D_VICE},
    {"matar", D_VICE},
    {"blood", D_BLOOD},
    {"dna", D_BLOOD},
    {"genes", D_BLOOD},
    {"sangre", D_BLOOD},
    {"adn", D_BLOOD},
    {"in", D_IN},
    {"en", D_IN},
    {"violence", D_EVIL | D_VICE},
    {"delincuencia", D_EVIL | D_VICE},
    {"violencia", D_EVIL | D_VICE},
    /* pests as emoji, after "are" or "=": "Migrants = 🐀🐀🐀" */
    {"\xf0\x9f\x90\x80", D_PEST}, /* U+1F400 RAT */
    {"\xf0\x9f\x90\x81", D_PEST}, /* U+1F401 MOUSE */
    {"\xf0\x9f\xaa\xb3", D_PEST}, /* U+1FAB3 COCKROACH */
    {"\xf0\x9f\xa6\xa0", D_PEST}, /* U+1F9A0 MICROBE */
    {"\xf0\x9f\x90\x9b", D_PEST}, /* U+1F41B BUG */
    {"\xf0\x9f\xa6\x9f", D_PEST}, /* U+1F99F MOSQUITO */
    {"\xf0\x9f\x90\x92", D_PEST}, /* U+1F412 MONKEY */
    {"\xf0\x9f\x90\xb5", D_PEST}, /* U+1F435 MONKEY FACE */
    {"\xf0\x9f\xa6\x8d", D_PEST}, /* U+1F98D GORILLA */
    {"\xf0\x9f\x90\xb7", D_PEST}, /* U+1F437 PIG FACE */
    {"\xf0\x9f\x90\x96", D_PEST}, /* U+1F416 PIG */
    {"\xf0\x9f\x92\xa9", D_PEST}, /* U+1F4A9 PILE OF POO */
    /* vices said of a whole people ("Hondurans are all thieves", "los
     * oaxaqueños son unos flojos") */
    {"criminals", D_TRAIT},
    {"thieves", D_TRAIT},
    {"rapists", D_TRAIT},
    {"terrorists", D_TRAIT},
    {"murderers", D_TRAIT},
    {"pedophiles", D_TRAIT},
    {"pedos", D_TRAIT},
    {"crooks", D_TRAIT},
    {"lazy", D_TRAIT | D_VICE},
    {"sneaky", D_TRAIT},
    {"stingy", D_TRAIT},
    {"greedy", D_TRAIT},
    {"inferior", D_TRAIT},
    {"degenerates", D_TRAIT},
    {"degenerate", D_TRAIT},
    {"freeloaders", D_TRAIT},
    {"narcos", D_TRAIT},
    {"delincuentes", D_TRAIT},
    {"criminales", D_TRAIT},
    {"ladrones", D_TRAIT},
    {"rateros", D_TRAIT},
    {"violadores", D_TRAIT},
    {"terroristas", D_TRAIT},
    {"asesinos", D_TRAIT},
    {"pedofilos", D_TRAIT},
    {"pederastas", D_TRAIT},
    {"flojos", D_TRAIT | D_VICE},
    {"flojas", D_TRAIT | D_VICE},
    {"huevones", D_TRAIT},
    {"guevones", D_TRAIT},
    {"tacanos", D_TRAIT},
    {"avaros", D_TRAIT},
    {"inferiores", D_TRAIT},
    {"degenerados", D_TRAIT},
    {"mantenidos", D_TRAIT},
    {"vagos", D_TRAIT},
    {"maleantes", D_TRAIT},
    {"violent", D_TRAIT | D_VICE},
    {"violentos", D_TRAIT | D_VICE},
    {"violentas", D_TRAIT | D_VICE},
};

static struct screen_wc_list dh_list = SCREEN_WC_LIST(dh_words, D_START);

#define DH_BETWEEN 3 /* words between the group and its verb */
#define DH_FILLERS 4 /* words between the verb and the pest */
#define DH_READ_AHEAD (1 + DH_BETWEEN + 1 + DH_FILLERS + 2)

/* The pest after the verb at v, through fillers: its token, or SIZE_MAX.
 * A negation (before the verb when neg, or after it) lets it pass ("no
 * son una plaga", "are not animals") unless "but"/"mas que" follows it:
 * "no son mas que ratas", "nothing but rats". */
static size_t dh_pest_after(const struct screen_window *w, size_t v, bool neg,
                            uint64_t also)
{
    bool but = false;
    /* a vice is said of a people, not of the caravan ("is", "es") */
    uint64_t pest =
        (screen_window_is(w, v, "is") || screen_window_is(w, v, "es") ||
                 screen_window_is(w, v, "isnt")
             ? D_PEST
             : D_PEST | D_TRAIT) |
        also;
    for (size_t j = v + 1; j < w->e && j <= v + 1 + DH_FILLERS; j++) {
        uint64_t c = screen_window_class(w, j);
        /* "violent crime victims", "crime victims": whom it is done to */
        if ((c & pest) && (screen_window_class(w, j + 1) & D_VICTIM))
            return SIZE_MAX;
        if (c & pest)
            return neg && !but ? SIZE_MAX : j;
        if (c & D_NOT)
            neg = true;
        else if (c & D_BUT)
            but |= neg || screen_window_is(w, j, "but");
        else if (!(c & D_FILL))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "not human", "barely people" after the verb at v (or "no son personas",
 * the negation before it when neg), ending the clause: the token of
 * "human", or SIZE_MAX. */
static size_t dh_not_human(const struct screen_window *w, size_t v, bool neg)
{
    size_t j = v + 1;
    if (!neg) {
        if (!(screen_window_class(w, j) & (D_NOT | D_LESS)))
            return SIZE_MAX;
        j++;
    }
    if (screen_window_is(w, j, "even") || screen_window_is(w, j, "fully") ||
        screen_window_is(w, j, "really") || screen_window_is(w, j, "seres"))
        j++;
    if (!(screen_window_class(w, j) & D_HUMAN))
        return SIZE_MAX;
    if (j + 1 < w->e && !(screen_window_class(w, j + 1) & D_CLAUSE) &&
        !screen_window_sign_after(w, j, ",:"))
        return SIZE_MAX; /* "no son personas malas" */
    return j;
}

/* A people told it is not welcome, after the verb at v (the negation
 * before it when neg): "los haitianos no son bienvenidos aquí",
 * "migrants are not welcome in this country", ending the clause, after
 * at most a "here" or a country that is the writer's. Not "no son
 * bienvenidos en muchos lugares, y eso es triste" (a place the clause
 * goes on to): the token of "welcome", or SIZE_MAX. */
static size_t dh_unwelcome(const struct screen_window *w, size_t v, bool neg)
{
    size_t j = v + 1;
    if (!neg) {
        if (!(screen_window_class(w, j) & D_NOT))
            return SIZE_MAX;
        j++;
    }
    if (!(screen_window_class(w, j) & D_WELCOME))
        return SIZE_MAX;
    size_t at = j;
    static const char *const here[] = {"here",    "aqui", "aca",
                                       "anymore", "ya",   "mas"};
    static const char *const in[] = {"in", "en"};
    static const char *const ours[] = {"this",    "este",    "esta", "our",
                                       "nuestro", "nuestra", "my",   "mi"};
    static const char *const land[] = {
        "country", "pais",   "town",         "pueblo", "city",   "ciudad",
        "state",   "estado", "neighborhood", "barrio", "colonia"};
    if (screen_window_in(w, j + 1, here, sizeof(here) / sizeof(*here)))
        j++;
    else if (screen_window_in(w, j + 1, in, 2) &&
             screen_window_in(w, j + 2, ours, sizeof(ours) / sizeof(*ours)) &&
             screen_window_in(w, j + 3, land, sizeof(land) / sizeof(*land)))
        j += 3;
    else if (screen_window_in(w, j + 1, in, 2) &&
             (screen_window_is(w, j + 2, "mexico") ||
              screen_window_is(w, j + 2, "america")))
        j += 2;
    return screen_window_clause_end(w, j) ? at : SIZE_MAX;
}

/* Women said to be owned, after the verb at v: "women are property",
 * "las mujeres son propiedad del hombre", "son objetos" ending the clause
 * (or before "and", "y") or owned by men (not "women are property owners", "son
 * objetos de violencia", "migrants are property of the cartels"): the token of
 * the word, or SIZE_MAX. */
static size_t dh_owned(const struct screen_window *w, size_t g, size_t v,
                       bool neg)
{
    size_t j = v + 1;
    if (neg || !(screen_window_class(w, g) & D_WOMEN))
        return SIZE_MAX;
    if (screen_window_is(w, j, "just") || screen_window_is(w, j, "solo") ||
        screen_window_is(w, j, "only") || screen_window_is(w, j, "nomas"))
        j++;
    if (!(screen_window_class(w, j) & D_OWNED))
        return SIZE_MAX;
    if (screen_window_clause_end(w, j) || screen_window_is(w, j + 1, "and") ||
        screen_window_is(w, j + 1, "y"))
        return j;
    static const char *const of[] = {"of", "del", "de"};
    static const char *const men[] = {"men",     "man",    "hombre",
                                      "hombres", "their",  "husbands",
                                      "marido",  "esposo", "su"};
    size_t k = j + 1;
    if (!screen_tok_in(w->n, k, of, 3))
        return SIZE_MAX;
    if (screen_window_is(w, k + 1, "los") ||
        screen_window_is(w, k + 1, "the") || screen_window_is(w, k + 1, "sus"))
        k++;
    return screen_tok_in(w->n, k + 1, men, sizeof(men) / sizeof(*men))
               ? j
               : SIZE_MAX;
}

/* A match that starts at the group at g: *end gets the token after it.
 * Between the group and its verb may stand "all", "here", a negation, or
 * a place after a preposition ("indians from the sierra", "los migrantes
 * del albergue"); anything else ("women say men are") is another clause. */
static bool dh_match(const struct screen_window *w, size_t len, size_t g,
                     size_t *end)
{
    bool neg = false, place = false;
    /* "Migrants = 🐀🐀🐀", "migrantes = ratas": the sign is the verb */
    if (screen_window_sign_after(w, g, "=")) {
        size_t at = dh_pest_after(w, g, false, D_EVIL);
        if (at == SIZE_MAX)
            return false;
        *end = at + 1;
        return true;
    }
    for (size_t v = g + 1; v < w->e && v <= g + 1 + DH_BETWEEN; v++) {
        uint64_t c = screen_window_class(w, v);
        /* "these caravan people breed like rats" */
        if (v == g + 1 && (c & D_HUMAN) && !(c & D_ARE))
            continue;
        if ((c & D_NOT) && !(c & D_ARE)) {
            neg = true; /* "los migrantes no son ..." */
            continue;
        }
        if (c & D_FROM) {
            place = true;
            continue;
        }
        /* "Migrants don't deserve rights", "no merecen derechos" (not
         * "deserve more rights", "no merecen este trato") */
        if ((c & D_DESERVE) && neg) {
            size_t r = v + 1;
            if (screen_window_is(w, r, "human"))
                r++; /* "human rights" */
            /* "don't deserve rights violations like these" */
            static const char *const harm[] = {
                "violations", "violaciones", "abuses", "abusos",
                "violated",   "violados",    "like",   "como"};
            if (!(screen_window_class(w, r) & D_RIGHTS) ||
                screen_window_in(w, r + 1, harm,
                                 sizeof(harm) / sizeof(*harm)) ||
                screen_sentence_asks(w->n, w->text, len, v))
                return false;
            if (screen_window_is(w, r + 1, "humanos"))
                r++;
            *end = r + 1;
            return true;
        }
        if (!(c & (D_ARE | D_BREED)) && !place && !(c & D_ADV))
            return false;
        if (c & D_ARE) {
            /* "aren't", "isn't": a verb and its negation in one word */
            neg |= (c & D_NOT) != 0;
            size_t at = dh_pest_after(w, v, neg, 0);
            if (at == SIZE_MAX)
                at = dh_not_human(w, v, neg);
            if (at == SIZE_MAX)
                at = dh_owned(w, g, v, neg);
            if (at == SIZE_MAX) {
                at = dh_unwelcome(w, v, neg);
                if (at == SIZE_MAX ||
                    screen_sentence_asks(w->n, w->text, len, v))
                    return false;
            }
            *end = at + 1;
            return true;
        }
        if (neg)
            return false;
        if (c & D_BREED) {
            for (size_t j = v + 1; j < w->e && j <= v + 3; j++) {
                if (!(screen_window_class(w, j) & D_LIKE))
                    continue;
                size_t k = j + 1;
                if (screen_window_is(w, k, "a") ||
                    screen_window_is(w, k, "the"))
                    k++;
                if (screen_window_class(w, k) & D_PEST) {
                    *end = k + 1;
                    return true;
                }
            }
            return false;
        }
    }
    return false;
}

static const struct screen_wordclasses *dh_words_table(void)
{
    return screen_wc_ready(&dh_list);
}

/* Whether a clause ends after token j of n: the last token, a sentence
 * end, or a comma, colon or semicolon after it. */
static bool dh_clause_ends(const struct screen_norm *n, const char *text,
                           size_t j)
{
    if (j + 1 >= n->ntok ||
        screen_sentence_break(text, &n->tok[j], &n->tok[j + 1]))
        return true;
    for (uint32_t q = n->tok[j].orig_off + n->tok[j].orig_len;
         q < n->tok[j + 1].orig_off; q++)
        if (text[q] == ',' || text[q] == ':' || text[q] == ';')
            return true;
    return false;
}

/* Whether "everywhere", "here" or "aquí" at token j ends the clause of
 * a pest named with a people before it, or a place follows it: "Venezuelan
 * trash everywhere in CDMX", "basura hondureña aquí". */
static bool dh_everywhere_after(const struct screen_norm *n, const char *text,
                                size_t j)
{
    static const char *const where[] = {"everywhere", "here", "aqui"};
    static const char *const in[] = {"in", "en", "on"};
    if (j >= n->ntok || !screen_tok_in(n, j, where, SCREEN_NWORDS(where)) ||
        screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
        return false;
    return dh_clause_ends(n, text, j) ||
           screen_tok_in(n, j + 1, in, SCREEN_NWORDS(in));
}

/* "Honduran rats", "Central American cockroaches", "cucarachas
 * centroamericanas", "escoria venezolana", "Jewish media scum": a pest
 * named with a people, no verb between, at the pest at i (not after a
 * negation: "no son ratas hondureñas, son personas"); trash only where
 * the two end their clause (D_TRASH). Its tokens in *out, or false. */
static bool dh_named_pest(const struct screen_norm *n, const char *text,
                          size_t i, struct screen_match *out)
{
    size_t a = SIZE_MAX, b = 0;
    uint64_t before = i > 0 ? screen_wc_tok(&dh_list.table, n, i - 1) : 0;
    static const char *const jewish[] = {"jewish", "zionist", "judia", "judio"};
    if ((before & D_BLOC) && i > 1 &&
        screen_tok_in(n, i - 2, jewish, SCREEN_NWORDS(jewish)) &&
        !screen_sentence_break(text, &n->tok[i - 2], &n->tok[i - 1]) &&
        !screen_sentence_break(text, &n->tok[i - 1], &n->tok[i])) {
        a = i - 2;
        b = i + 1;
    } else if ((before & D_GADJ) &&
               !screen_sentence_break(text, &n->tok[i - 1], &n->tok[i])) {
        a = i - 1;
        b = i + 1;
    } else if ((before & D_GROUP) && dh_clause_ends(n, text, i) &&
               (i == 1 || dh_clause_ends(n, text, i - 2)) &&
               !screen_sentence_break(text, &n->tok[i - 1], &n->tok[i])) {
        /* "Indígenas ignorantes, por eso los engañan", "Migrantes
         * salvajes." as a clause of its own (not "los indígenas
         * ignorantes de sus derechos") */
        a = i - 1;
        b = i + 1;
    } else if (i + 1 < n->ntok &&
               (screen_wc_tok(&dh_list.table, n, i + 1) & (D_GROUP | D_GADJ)) &&
               !screen_sentence_break(text, &n->tok[i], &n->tok[i + 1])) {
        a = i;
        b = i + 2;
    }
    if (a == SIZE_MAX)
        return false;
    if (!(screen_wc_tok(&dh_list.table, n, i) & D_VERMIN) &&
        !dh_clause_ends(n, text, b - 1) && !dh_everywhere_after(n, text, b))
        return false;
    for (size_t j = a; j > 0 && a - j < 3; j--)
        if (screen_wc_tok(&dh_list.table, n, j - 1) & D_NOT)
            return false;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return true;
}

/* The first token before g, within reach and g's sentence, that is not
 * an article ("the", "los", "todos los"), or SIZE_MAX. */
static size_t dh_before_articles(const struct screen_norm *n, const char *text,
                                 size_t g, size_t reach)
{
    for (size_t j = g; j > 0 && g - j < reach; j--) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            return SIZE_MAX;
        if (!(screen_wc_tok(&dh_list.table, n, j - 1) & D_DET))
            return j - 1;
    }
    return SIZE_MAX;
}

/* "not all migrants are criminals", "no todos los migrantes son
 * rateros": a negation before the group at g, through articles. */
static bool dh_negated_before(const struct screen_norm *n, const char *text,
                              size_t g)
{
    size_t j = dh_before_articles(n, text, g, 3);
    return j != SIZE_MAX && (screen_wc_tok(&dh_list.table, n, j) & D_NOT);
}

/* "the polleros who abandoned those migrants ... are scum", "los que
 * abandonaron a los migrantes son basura": the group at g is what a
 * clause of its own does something to, not its subject (only articles
 * stand between "that" / "que" and a subject: "I think that those
 * migrants are rats"). */
#define DH_CLAUSE_BACK 5
static bool dh_object_of_clause(const struct screen_norm *n, const char *text,
                                size_t g)
{
    size_t j = dh_before_articles(n, text, g, DH_CLAUSE_BACK);
    if (j == SIZE_MAX || (screen_wc_tok(&dh_list.table, n, j) & D_REL))
        return false;
    for (size_t k = j; k > 0 && g - k < DH_CLAUSE_BACK; k--) {
        if (screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            return false;
        if (screen_wc_tok(&dh_list.table, n, k - 1) & D_REL)
            return true;
    }
    return false;
}

/* "Haitian people", "Honduran families", "la gente indigena", "black
 * people": the people at i (a D_GADJ word or a colour of skin) named
 * with a word for a group of
 * people, after it in English, before it in Spanish. The group's tokens
 * [*a, *g] (g its last), or false. */
static bool dh_folk_named(const struct screen_norm *n, const char *text,
                          size_t i, size_t *a, size_t *g)
{
    if (!(screen_wc_tok(&dh_list.table, n, i) & (D_GADJ | D_SKIN)))
        return false;
    if ((screen_wc_tok(&dh_list.table, n, i + 1) & D_FOLK) &&
        !screen_sentence_break(text, &n->tok[i], &n->tok[i + 1])) {
        *a = i;
        *g = i + 1;
        return true;
    }
    if (i > 0 && (screen_wc_tok(&dh_list.table, n, i - 1) & D_FOLK) &&
        !screen_sentence_break(text, &n->tok[i - 1], &n->tok[i])) {
        *a = i - 1;
        *g = i;
        return true;
    }
    return false;
}

/* How far after the group a vice born in the blood is read. */
#define DH_BLOOD_AHEAD 20

/* "los haitianos ... traen la violencia en la sangre", "Hondurans, crime
 * is in their blood": a vice said to be born in the people at g. Within
 * its sentence, a vice and then "in their", "en la" or "en su" and
 * blood, DNA or genes; the token after that in *end, or false. Not "los
 * mexicanos traen la música en la sangre", nor after a negation. */
/* A vice a people brings wherever it goes, after the group at g:
 * "Haitians bring disease and crime everywhere they go", "los
 * hondureños traen violencia a donde llegan" (not "the caravan brought
 * food everywhere", "no traen crimen a donde van"). */
static bool dh_everywhere(const struct screen_window *w, size_t g, size_t *end)
{
    static const char *const bring[] = {"bring", "brings", "traen", "trae"};
    static const char *const ill[] = {"disease", "diseases", "enfermedades",
                                      "enfermedad"};
    static const char *const go[] = {"van",     "llegan", "vayan",
                                     "lleguen", "pisan",  "go"};
    bool brought = false, vice = false;
    for (size_t j = g + 1; j < w->e && j <= g + 12; j++) {
        uint64_t c = screen_window_class(w, j);
        if (c & D_NOT)
            return false;
        brought |= screen_window_in(w, j, bring, 4);
        vice |= brought && ((c & D_VICE) || screen_window_in(w, j, ill, 4));
        if (!vice)
            continue;
        bool there = screen_window_is(w, j, "everywhere") ||
                     screen_window_is(w, j, "wherever") ||
                     ((screen_window_is(w, j, "donde") ||
                       screen_window_is(w, j, "adonde")) &&
                      (screen_window_in(w, j + 1, go, 6) ||
                       screen_window_in(w, j + 2, go, 6)));
        if (there) {
            *end = j + 1;
            return true;
        }
    }
    return false;
}

static bool dh_in_blood(const struct screen_window *w, size_t g, size_t *end)
{
    bool vice = false;
    for (size_t j = g + 1; j < w->e; j++) {
        uint64_t c = screen_window_class(w, j);
        if (c & D_NOT)
            return false;
        vice |= (c & D_VICE) != 0;
        if ((c & D_BLOOD) && vice && j >= g + 3 &&
            (screen_window_class(w, j - 2) & D_IN)) {
            *end = j + 1;
            return true;
        }
    }
    return false;
}

/* A people said to have less mind: "indigenous communities have lower
 * IQ", "los indígenas tienen menos capacidad", "Mexicans are less
 * intelligent", "son menos inteligentes" (right after the people,
 * through "all", "todos" or "on average"; not "lower IQ is linked to
 * lead"). The token after it in *end, or false. */
static bool dh_dimmer(const struct screen_window *w, size_t g, size_t *end)
{
    static const char *const have[] = {"have", "has", "tienen", "tiene"};
    static const char *const be[] = {"are", "son"};
    static const char *const less[] = {"lower",   "less", "low",  "menos",
                                       "poca",    "baja", "bajo", "inferior",
                                       "smaller", "menor"};
    static const char *const mind[] = {
        "iq",        "intelligence", "capacidad", "inteligencia",
        "cerebro",   "brains",       "brain",     "intellect",
        "intelecto", "coeficiente",  "capacity"};
    static const char *const bright[] = {
        "intelligent", "inteligentes", "capable",      "capaces",
        "smart",       "evolved",      "evolucionados"};
    static const char *const skip[] = {"all",    "todos", "just", "simply",
                                       "really", "a",     "un",   "una",
                                       "el",     "la"};
    size_t j = g + 1;
    while (j < w->e && j <= g + 3 &&
           screen_window_in(w, j, skip, SCREEN_NWORDS(skip)))
        j++;
    bool has = screen_window_in(w, j, have, SCREEN_NWORDS(have));
    bool are = screen_window_in(w, j, be, SCREEN_NWORDS(be));
    if (!has && !are)
        return false;
    j++;
    while (j < w->e && j <= g + 6 &&
           screen_window_in(w, j, skip, SCREEN_NWORDS(skip)))
        j++;
    if (!screen_window_in(w, j, less, SCREEN_NWORDS(less)))
        return false;
    j++;
    if (screen_window_in(w, j, has ? mind : bright,
                         has ? SCREEN_NWORDS(mind) : SCREEN_NWORDS(bright))) {
        *end = j + 1;
        return true;
    }
    return false;
}

/* Disgust in Spanish: "me dan (mucho) asco", said before or after the
 * people. */
static const char *const dh_give[] = {"dan", "da", "daban", "producen",
                                      "causan"};
static const char *const dh_loathe[] = {"asco", "nauseas", "repugnancia"};

/* "los árabes me dan asco", "Haitians disgust me", "gays make me sick":
 * disgust at the people at g, said right after it (through "all",
 * "todos", another people or an adjective of one: "Migrants and
 * Haitians", "los migrantes centroamericanos"; not after a negation:
 * "los árabes no me dan asco"; not asked: "¿los migrantes me dan asco?
 * Jamás."). The token after it in *end, or false. */
static bool dh_disgust(const struct screen_window *w, size_t g, size_t *end)
{
    static const char *const revolt[] = {"repugnan", "asquean", "repugna",
                                         "asquea"};
    static const char *const sicken[] = {"disgust", "disgusts", "sicken",
                                         "sickens", "repulse",  "revolt"};
    static const char *const make[] = {"make", "makes"};
    static const char *const sick[] = {"sick", "puke", "vomit"};
    /* "me dan mucho asco", "make me so sick" */
    static const char *const very[] = {
        "mucho", "muchisimo", "tanto", "bien", "so", "really", "physically"};
    /* "Migrants and Haitians", "los migrantes centroamericanos" */
    static const char *const joins[] = {"and", "y", "e"};
    for (size_t v = g + 1; v < w->e && v <= g + 1 + DH_BETWEEN; v++) {
        if (screen_window_is(w, v, "me")) {
            if (screen_window_in(w, v + 1, revolt, 4)) {
                *end = v + 2;
                return true;
            }
            size_t l = v + 2 + screen_window_in(w, v + 2, very, 7);
            if (screen_window_in(w, v + 1, dh_give, 5) &&
                screen_window_in(w, l, dh_loathe, 3)) {
                *end = l + 1;
                return true;
            }
            return false;
        }
        if (screen_window_in(w, v, sicken, 6) &&
            screen_window_is(w, v + 1, "me")) {
            *end = v + 2;
            return true;
        }
        size_t k = v + 2 + screen_window_in(w, v + 2, very, 7);
        if (screen_window_in(w, v, make, 2) &&
            screen_window_is(w, v + 1, "me") &&
            screen_window_in(w, k, sick, 3)) {
            *end = k + 1;
            return true;
        }
        if (!(screen_window_class(w, v) & (D_ADV | D_GROUP | D_GADJ)) &&
            !screen_window_in(w, v, joins, 3))
            return false;
    }
    return false;
}

/* Whether the group whose first token is a begins its sentence, after
 * at most two determiners ("Los árabes", "Todos los migrantes"): the
 * subject of what follows, not the object of "what they did to the
 * migrants". */
static bool dh_opens_sentence(const struct screen_norm *n, const char *text,
                              size_t a)
{
    size_t k = a;
    /* up to three determiners or openers: "Todos los migrantes", "All
     * these Haitians", "Honestly, black people", "La verdad los árabes" */
    for (int d = 0; d < 3 && k > 0 &&
                    (screen_wc_class(&dh_list.table, n->tok[k - 1].hash) &
                     (D_DET | D_OPENER)) &&
                    !screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]);
         d++)
        k--;
    return k == 0 || screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]);
}

/* "Me dan asco los árabes", "me da asco la gente gay": the same disgust
 * said first, of the people [a, g] that ends its clause ("me dan asco los
 * migrantes que abandonan a sus hijos" is about some of them). Its first
 * token ("me") in *a, the token after it in *end, or false. */
static bool dh_disgust_first(const struct screen_norm *n, const char *text,
                             size_t *a, size_t g, size_t *end)
{
    static const char *const very[] = {"mucho", "muchisimo", "tanto", "bien"};
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, *a, 8, g - *a + 4);
    if (!screen_window_clause_end(&w, g))
        return false;
    size_t k = *a;
    for (int d = 0;
         d < 2 && k > w.s && (screen_window_class(&w, k - 1) & D_DET); d++)
        k--;
    if (k < w.s + 3 || !screen_window_in(&w, k - 1, dh_loathe, 3))
        return false;
    k -= 1 + (k >= w.s + 4 && screen_window_in(&w, k - 2, very, 4));
    if (k < w.s + 2 || !screen_window_in(&w, k - 1, dh_give, 5) ||
        !screen_window_is(&w, k - 2, "me") ||
        !dh_opens_sentence(n, text, k - 2))
        return false;
    *a = k - 2;
    *end = g + 1;
    return true;
}

/* Where the words before token k say the writer has had enough of what
 * follows, opening the sentence: "ya basta de", "ya estuvo (bueno) de",
 * "(estamos) hartos de", "enough with", "(I'm) sick of", "(we're) tired
 * of", "fed up with". Their first token, or SIZE_MAX. */
static size_t dh_fed_up(const struct screen_window *w, size_t k)
{
    static const char *const of[] = {"de", "of", "with"};
    static const char *const had[] = {"basta",  "harto", "harta", "hartos",
                                      "hartas", "sick",  "tired", "enough"};
    static const char *const lead[] = {
        "ya",  "estoy", "estamos", "ando", "andamos", "bien",
        "muy", "im",    "were",    "i",    "we",      "am",
        "are", "so",    "really",  "just", "already", "and"};
    if (k < w->s + 2 || !screen_window_in(w, k - 1, of, 3))
        return SIZE_MAX;
    size_t q = k - 2;
    if (screen_window_is(w, q, "bueno") && q > w->s &&
        screen_window_is(w, q - 1, "estuvo"))
        q--;
    else if (screen_window_is(w, q, "up") && q > w->s &&
             screen_window_is(w, q - 1, "fed"))
        q--;
    else if (!screen_window_is(w, q, "estuvo") &&
             !screen_window_in(w, q, had, sizeof(had) / sizeof(*had)))
        return SIZE_MAX;
    for (int d = 0;
         d < 4 && q > w->s &&
         screen_window_in(w, q - 1, lead, sizeof(lead) / sizeof(*lead));
         d++)
        q--;
    return q;
}

/*
 * A people cast out: called to be deported, kicked out, sent back or
 * shut out at the border, or told to leave.
 *
 *   - the call first: a verb of casting out that is a call (an
 *     imperative opening its clause, "saquen", "deport"; after "hay que",
 *     "tenemos que", "deberían", "should", "need to"; after "que":
 *     "que deporten") and the people: "hay que sacar a todos los
 *     haitianos", "kick all the Venezuelans out", "send the Haitians
 *     back", "close the border to Hondurans", "ciérrenles la frontera a
 *     los hondureños", "que se larguen a su país los hondureños", "go
 *     back to your country, Haitians";
 *   - the people first: "the Venezuelans can leave", "los hondureños,
 *     que se regresen a su país", "Haitians, go back to your country",
 *     "The Venezuelans? Deport every last one of them".
 *
 * The people ends its clause, or a time ("ya", "now") or a land it is
 * sent out of or back to follows it ("de Tijuana", "out of this
 * country", "a su país"); a verb that also rescues ("sacar", "get out",
 * "regresar") needs the land or "todos": "hay que sacar a los migrantes
 * del río", "get the Venezuelans out of the collapsed building" pass. A
 * government's act told as news ("Mexico deported 300 Venezuelans", "EU
 * cierra la frontera a los hondureños") is no call; a negation or a word
 * of report before the call ("nadie debería", "no hay que", "el alcalde
 * dijo que", "los vecinos piden que", "chanted") lets it pass.
 */

/* Whether token j of n was written with a capital letter: a place's name
 * after "de" or "of" ("de Tijuana", "out of Monterrey"), never "del río". */
static bool dh_capital(const struct screen_norm *n, const char *text, size_t j)
{
    const unsigned char *s = (const unsigned char *)text + n->tok[j].orig_off;
    /* Á É Í Ó Ú Ñ: 0xc3 0x81 to 0xc3 0x9a */
    return (s[0] >= 'A' && s[0] <= 'Z') ||
           (n->tok[j].orig_len >= 2 && s[0] == 0xc3 && s[1] >= 0x81 &&
            s[1] <= 0x9a);
}

/* The lands a people is sent out of or back to, after "our", "su", "la". */
static const char *const dh_land[] = {
    "country", "pais",   "town",   "pueblo",  "city",   "ciudad",
    "state",   "estado", "barrio", "colonia", "tierra", "land",
    "nation",  "nacion", "home",   "casa",    "border", "frontera"};
#define DH_NLAND (sizeof(dh_land) / sizeof(*dh_land))

/* A land from token j (after "de", "of", "to", "a"): "aquí", "México",
 * "Tijuana", "Ciudad Juárez", "this country", "nuestra ciudad", "su
 * país", "la ciudad", "where they came from". Its last token, or
 * SIZE_MAX: not "la pobreza", "el albergue", "the collapsed building". */
static size_t dh_land_at(const struct screen_window *w, size_t j)
{
    static const char *const here[] = {"here", "aqui",   "aca",
                                       "home", "mexico", "america"};
    static const char *const whose[] = {
        "our",  "my",   "this", "their", "your", "nuestro", "nuestra", "mi",
        "este", "esta", "su",   "sus",   "the",  "la",      "el",      "tu"};
    if (j >= w->e)
        return SIZE_MAX;
    if (screen_window_in(w, j, here, sizeof(here) / sizeof(*here)))
        return j;
    if (screen_window_in(w, j, whose, sizeof(whose) / sizeof(*whose)))
        return screen_window_in(w, j + 1, dh_land, DH_NLAND) ? j + 1 : SIZE_MAX;
    /* "where they came from", "de donde vinieron" */
    if (screen_window_is(w, j, "where") && screen_window_is(w, j + 3, "from"))
        return j + 3;
    if (screen_window_is(w, j, "donde") &&
        (screen_window_is(w, j + 1, "vinieron") ||
         screen_window_is(w, j + 1, "salieron")))
        return j + 1;
    if ((screen_window_class(w, j) & (D_DET | D_NOT)) ||
        !dh_capital(w->n, w->text, j))
        return SIZE_MAX;
    /* "Tijuana", "Ciudad Juárez", "San Luis Potosí" */
    size_t k = j;
    while (k + 1 < w->e && k < j + 2 && dh_capital(w->n, w->text, k + 1) &&
           !screen_window_clause_end(w, k))
        k++;
    return k;
}

/* What may follow a people cast out, from token j: a land after "de",
 * "del", "from", "of", "out of", "to", "a", "back to", "de regreso a"
 * (*land set), then a time ("ya", "now", "de una vez"). Its last token
 * (j - 1 when nothing follows), or SIZE_MAX when a place follows that is
 * no land ("del río", "to the hospital"). */
static size_t dh_tail(const struct screen_window *w, size_t j, bool *land)
{
    static const char *const to[] = {"de", "from", "of", "to",
                                     "a",  "back", "in", "en"};
    static const char *const when[] = {"now",   "ya",    "already",
                                       "today", "ahora", "period",
                                       "punto", "hoy",   "immediately"};
    size_t k = j;
    if (screen_window_is(w, k, "back") || screen_window_is(w, k, "out"))
        k++;
    else if (screen_window_is(w, k, "de") &&
             (screen_window_is(w, k + 1, "regreso") ||
              screen_window_is(w, k + 1, "vuelta")))
        k += 2;
    if (screen_window_is(w, k, "del")) {
        if (!screen_window_in(w, k + 1, dh_land, DH_NLAND))
            return SIZE_MAX;
        *land = true;
        k += 2;
    } else if (screen_window_in(w, k, to, sizeof(to) / sizeof(*to)) ||
               screen_window_is(w, k, "where")) {
        size_t at = dh_land_at(w, k + !screen_window_is(w, k, "where"));
        if (at == SIZE_MAX)
            return SIZE_MAX;
        *land = true;
        k = at + 1;
    }
    if (screen_window_in(w, k, when, sizeof(when) / sizeof(*when)))
        k++;
    else if (screen_window_is(w, k, "de") &&
             (screen_window_is(w, k + 1, "inmediato") ||
              screen_window_is(w, k + 1, "una")))
        k += 2 + screen_window_is(w, k + 2, "vez");
    return k - 1;
}

/* The verbs of casting out, by what they need around the people. */
enum dh_cast {
    DH_EXPEL,  /* deport, expulsar, corran: the people alone will do */
    DH_OUT,    /* kick, throw, keep, get: "out" before or after */
    DH_BACK,   /* send, ship: "back" before or after */
    DH_BORDER, /* close, cierren: "the border to" the people */
    DH_GO      /* go back, lárguense: said to the people */
};

struct dh_verb {
    const char *w;
    enum dh_cast cast;
    bool order;  /* an imperative or a subjunctive, not an infinitive */
    bool rescue; /* also said of a rescue: needs a land or "todos" */
};

static const struct dh_verb dh_verbs[] = {
    {"deport", DH_EXPEL, true, false},
    {"expel", DH_EXPEL, true, false},
    {"deportar", DH_EXPEL, false, false},
    {"expulsar", DH_EXPEL, false, false},
    {"correr", DH_EXPEL, false, false},
    {"echar", DH_EXPEL, false, false},
    {"deporten", DH_EXPEL, true, false},
    {"expulsen", DH_EXPEL, true, false},
    {"corran", DH_EXPEL, true, false},
    {"echen", DH_EXPEL, true, false},
    {"sacar", DH_EXPEL, false, true},
    {"regresar", DH_EXPEL, false, true},
    {"devolver", DH_EXPEL, false, true},
    {"mandar", DH_EXPEL, false, true},
    {"saquen", DH_EXPEL, true, true},
    {"regresen", DH_EXPEL, true, true},
    {"devuelvan", DH_EXPEL, true, true},
    {"manden", DH_EXPEL, true, true},
    {"kick", DH_OUT, true, false},
    {"throw", DH_OUT, true, false},
    {"keep", DH_OUT, true, false},
    {"boot", DH_OUT, true, false},
    {"get", DH_OUT, true, true},
    {"send", DH_BACK, true, false},
    {"ship", DH_BACK, true, false},
    {"close", DH_BORDER, true, false},
    {"shut", DH_BORDER, true, false},
    {"seal", DH_BORDER, true, false},
    {"cerrar", DH_BORDER, false, false},
    {"cerrarles", DH_BORDER, false, false},
    {"cerrarle", DH_BORDER, false, false},
    {"cierren", DH_BORDER, true, false},
    {"cierrenles", DH_BORDER, true, false},
    {"cierrenle", DH_BORDER, true, false},
    {"larguense", DH_GO, true, false},
    {"vayanse", DH_GO, true, false},
    {"regresense", DH_GO, true, false},
    {"leave", DH_GO, true, false},
    {"go", DH_GO, true, false},
};

/* The verb of casting out at token j, or NULL. */
static const struct dh_verb *dh_verb_at(const struct screen_window *w, size_t j)
{
    for (size_t k = 0; k < sizeof(dh_verbs) / sizeof(*dh_verbs); k++)
        if (screen_window_is(w, j, dh_verbs[k].w))
            return &dh_verbs[k];
    return NULL;
}

/* Words that make what follows someone else's: a report ("dijo que",
 * "piden que", "chanted"). */
static const char *const dh_report[] = {
    "said",      "says",     "told",     "tells",    "chanted", "chant",
    "shouted",   "yelled",   "demanded", "demand",   "demands", "asked",
    "asks",      "wants",    "wanted",   "called",   "calls",   "urged",
    "proposed",  "dijo",     "dice",     "dicen",    "dijeron", "piden",
    "pide",      "pidieron", "pidio",    "exigen",   "exige",   "exigieron",
    "gritaban",  "gritaron", "gritan",   "corearon", "quieren", "quiere",
    "quisieron", "propone",  "propuso",  "proponen", "segun",   "according",
    "opinan",    "sugiere"};
/* Words that deny a call: "nadie debería", "we shouldn't", "stop
 * deporting" (besides "no", "not", "never"). */
static const char *const dh_denial[] = {
    "nobody", "nadie",  "shouldnt", "wouldnt", "cant",  "cannot",
    "wont",   "jamas",  "stop",     "deja",    "dejen", "dejar",
    "dont",   "doesnt", "didnt",    "aren't",  "isnt",  "ni"};

/* Whether token j of the window denies what follows it in its clause:
 * "not", "never", "nobody", "shouldn't", "no hay que", "nadie". */
static bool dh_denies(const struct screen_window *w, size_t j)
{
    return (screen_window_class(w, j) & D_NOT) ||
           screen_window_in(w, j, dh_denial,
                            sizeof(dh_denial) / sizeof(*dh_denial));
}

/* Whether a word of report (and, when denied, a negation) stands in
 * tokens [from, to) of the window. */
static bool dh_others_words(const struct screen_window *w, size_t from,
                            size_t to, bool denied)
{
    for (size_t j = from; j < to; j++)
        if (screen_window_in(w, j, dh_report,
                             sizeof(dh_report) / sizeof(*dh_report)) ||
            (denied && dh_denies(w, j)))
            return true;
    return false;
}

/* Whether the verb at v is a call: an imperative opening its clause
 * ("Deport them", "ya saquen", "que deporten"), or any of the verbs after
 * "hay que", "tenemos que", "deberían", "should", "need to", "let's".
 * The first token of the call in *lead. */
static bool dh_is_call(const struct screen_window *w, size_t v, bool order,
                       size_t *lead)
{
    static const char *const open[] = {"just",  "simply", "please", "now",
                                       "so",    "and",    "y",      "ya",
                                       "mejor", "pues",   "neta",   "que"};
    static const char *const must[] = {
        "should", "must",     "gotta", "lets",    "debemos",
        "deben",  "deberian", "debe",  "deberia", "deberiamos",
        "urge",   "podemos",  "better"};
    static const char *const need[] = {"need", "needs", "have", "has",
                                       "got",  "ought", "time", "hora"};
    static const char *const have[] = {"hay", "tenemos", "tienen", "tiene",
                                       "tengo"};
    size_t k = v;
    if (k > w->s &&
        screen_window_in(w, k - 1, must, sizeof(must) / sizeof(*must)))
        k--;
    else if (k > w->s + 1 &&
             (screen_window_is(w, k - 1, "to") ||
              screen_window_is(w, k - 1, "de")) &&
             screen_window_in(w, k - 2, need, sizeof(need) / sizeof(*need)))
        k -= 2;
    else if (k > w->s + 1 &&
             (screen_window_is(w, k - 1, "que") ||
              screen_window_is(w, k - 1, "q")) &&
             screen_window_in(w, k - 2, have, sizeof(have) / sizeof(*have)))
        k -= 2;
    else if (!order)
        return false;
    else {
        /* an order opens its clause, after a word or two that may */
        for (int d = 0;
             d < 2 && k > w->s && !screen_window_clause_end(w, k - 1) &&
             screen_window_in(w, k - 1, open, sizeof(open) / sizeof(*open));
             d++)
            k--;
        if (k > w->s && !screen_window_clause_end(w, k - 1))
            return false;
    }
    /* "we should", "Mexico should", "tenemos que": its subject */
    if (k < v && k > w->s && !screen_window_clause_end(w, k - 1) &&
        !dh_others_words(w, k - 1, k, true))
        k--;
    *lead = k;
    return !dh_others_words(w, w->s, v, true);
}

/* The verb a call names after the people at g, in order ("go back to
 * your country", "lárguense"), from token j: the token after "go back",
 * "go home", "get out", a verb that goes alone, or SIZE_MAX. */
static size_t dh_go_at(const struct screen_window *w, size_t j)
{
    const struct dh_verb *v = dh_verb_at(w, j);
    if (v == NULL || v->cast != DH_GO)
        return SIZE_MAX;
    if (screen_window_is(w, j, "go"))
        return screen_window_is(w, j + 1, "back") ||
                       screen_window_is(w, j + 1, "home")
                   ? j + 2
                   : SIZE_MAX;
    return j + 1;
}

/* Where what the people at [a, g] is told starts, past a condition the
 * people is the subject of: "If the Venezuelans don't like it here,
 * (they can leave)", "Si a los haitianos no les gusta México, (que se
 * larguen)", "si los hondureños no quieren respetar las leyes". The
 * token after the condition's verb and its object (at most five words),
 * at "they" or "que se"; g + 1 when no such condition opens with the
 * people. */
static size_t dh_past_displeasure(const struct screen_window *w, size_t a,
                                  size_t g)
{
    static const char *const dislike[] = {
        "like",   "respect",  "gusta",   "gustan",    "parece",
        "agrada", "respetan", "adapt",   "integrate", "obey",
        "follow", "acatan",   "adaptan", "integran"};
    /* "don't want to respect", "no quieren adaptarse": not "don't want
     * to stay", which may be a program's ticket home */
    static const char *const wanted[] = {
        "respect",  "adapt",     "integrate",  "obey",   "follow",
        "respetar", "adaptarse", "integrarse", "acatar", "obedecer"};
    size_t k = a;
    for (int d = 0; d < 3 && k > w->s &&
                    ((screen_window_class(w, k - 1) & D_DET) ||
                     screen_window_is(w, k - 1, "a"));
         d++)
        k--;
    if (k <= w->s ||
        !(screen_window_is(w, k - 1, "if") || screen_window_is(w, k - 1, "si")))
        return g + 1;
    /* "don't like", "do not want to", "no les gusta", "no quieren" */
    size_t j = g + 1;
    if (screen_window_is(w, j, "do") || screen_window_is(w, j, "does"))
        j++;
    if (!(screen_window_class(w, j) & D_NOT))
        return g + 1;
    j++;
    if (screen_window_is(w, j, "les") || screen_window_is(w, j, "le"))
        j++;
    if (screen_window_is(w, j, "want") || screen_window_is(w, j, "quieren")) {
        j += screen_window_is(w, j + 1, "to") ? 2 : 1;
        if (!screen_window_in(w, j, wanted, sizeof(wanted) / sizeof(*wanted)))
            return g + 1;
    } else if (!screen_window_in(w, j, dislike,
                                 sizeof(dislike) / sizeof(*dislike)))
        return g + 1;
    for (size_t t = j + 1; t <= j + 6 && t < w->e; t++) {
        if (screen_window_is(w, t, "they") ||
            (screen_window_is(w, t, "que") && screen_window_is(w, t + 1, "se")))
            return dh_others_words(w, j + 1, t, true) ? g + 1 : t;
    }
    return g + 1;
}

/* The people at [a, g] told to leave, said after it: "the Venezuelans
 * can leave", "Haitians should go back to their country", "los
 * hondureños deberían largarse", "Hondureños, que se regresen a su
 * país", "Haitians, go back to your country", or after a condition
 * (dh_past_displeasure): "If the Venezuelans don't like it they can
 * leave". The token after the match in *end, or false. */
static bool dh_told_to_leave(const struct screen_window *w, size_t a, size_t g,
                             bool opens, size_t *end)
{
    static const char *const who[] = {"they",  "ellos", "all",   "todos",
                                      "todas", "just",  "mejor", "ya"};
    static const char *const may[] = {"can",   "should",   "must",
                                      "gotta", "better",   "pueden",
                                      "deben", "deberian", "may"};
    static const char *const need[] = {"need", "needs",  "have", "has",
                                       "got",  "tienen", "ought"};
    static const char *const leave[] = {
        "leave",     "irse",     "largarse", "regresarse", "volverse",
        "marcharse", "salir",    "regresar", "volver",     "larguen",
        "vayan",     "regresen", "marchen"};
    size_t from = dh_past_displeasure(w, a, g);
    size_t j = from;
    for (int d = 0;
         d < 2 && screen_window_in(w, j, who, sizeof(who) / sizeof(*who)); d++)
        j++;
    size_t v = SIZE_MAX;
    if (screen_window_in(w, j, may, sizeof(may) / sizeof(*may)))
        v = j + 1;
    else if (screen_window_in(w, j, need, sizeof(need) / sizeof(*need)) &&
             (screen_window_is(w, j + 1, "to") ||
              screen_window_is(w, j + 1, "que")))
        v = j + 2;
    else if (screen_window_is(w, j, "que") && screen_window_is(w, j + 1, "se"))
        v = j + 2; /* "que se larguen" */
    size_t t = SIZE_MAX;
    if (v != SIZE_MAX && screen_window_is(w, v, "go"))
        t = dh_go_at(w, v);
    else if (v != SIZE_MAX && screen_window_is(w, v, "get") &&
             screen_window_is(w, v + 1, "out"))
        t = v + 2;
    else if (v != SIZE_MAX &&
             screen_window_in(w, v, leave, sizeof(leave) / sizeof(*leave)))
        t = v + 1;
    else if (v == SIZE_MAX && opens && screen_window_clause_end(w, g))
        t = dh_go_at(w, j); /* "Haitians, go back to your country" */
    if (t == SIZE_MAX || dh_others_words(w, from, t, true) ||
        dh_others_words(w, w->s, a, false))
        return false;
    bool land = false;
    size_t last = dh_tail(w, t, &land);
    /* "regresar", "volver" alone may be to a shelter or to work */
    if (last == SIZE_MAX || !screen_window_clause_end(w, last) ||
        ((screen_window_is(w, t - 1, "regresar") ||
          screen_window_is(w, t - 1, "volver")) &&
         !land))
        return false;
    *end = last + 1;
    return true;
}

/* "The Venezuelans? Deport every last one of them.", "Los haitianos:
 * que los deporten": the people at g, alone in its sentence or clause,
 * and a call to cast them out right after. The token after the call in
 * *end, or false. */
static bool dh_then_cast(const struct screen_norm *n, const char *text,
                         size_t len, size_t g, size_t *end)
{
    static const char *const them_es[] = {
        "deportenlos", "expulsenlos", "corranlos",   "echenlos",
        "deportarlos", "expulsarlos", "correrlos",   "echarlos",
        "deportenlas", "corranlas",   "deportarlas", "correrlas"};
    static const char *const order_es[] = {"deporten", "expulsen", "corran",
                                           "echen"};
    static const char *const them_en[] = {"deport", "expel", "kick",
                                          "throw",  "send",  "boot"};
    if (g + 2 >= n->ntok)
        return false;
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, g + 1, 0, 8);
    /* the call opens its sentence or clause after the people */
    bool apart = screen_sentence_break(text, &n->tok[g], &n->tok[g + 1]);
    if (!apart) {
        struct screen_window here = w;
        screen_window_at(&here, g, 0, 2);
        if (!screen_window_clause_end(&here, g))
            return false;
    }
    size_t j = g + 1;
    if (screen_window_is(&w, j, "hay") && screen_window_is(&w, j + 1, "que"))
        j += 2;
    size_t t = SIZE_MAX;
    if (screen_window_in(&w, j, them_es, sizeof(them_es) / sizeof(*them_es)))
        t = j;
    else if (screen_window_is(&w, j, "que") &&
             screen_window_is(&w, j + 1, "los") &&
             screen_window_in(&w, j + 2, order_es,
                              sizeof(order_es) / sizeof(*order_es)))
        t = j + 2;
    else if (screen_window_in(&w, j, them_en,
                              sizeof(them_en) / sizeof(*them_en))) {
        /* "them", "them all", "all of them", "every last one of them" */
        size_t q = j + 1;
        if (screen_window_is(&w, q, "all") && screen_window_is(&w, q + 1, "of"))
            q += 2;
        else if (screen_window_is(&w, q, "every") &&
                 screen_window_is(&w, q + 1, "last") &&
                 screen_window_is(&w, q + 2, "one") &&
                 screen_window_is(&w, q + 3, "of"))
            q += 4;
        if (screen_window_is(&w, q, "them")) {
            t = q + screen_window_is(&w, q + 1, "all");
            const struct dh_verb *v = dh_verb_at(&w, j);
            if (v->cast == DH_OUT)
                t = screen_window_is(&w, t + 1, "out") ? t + 1 : SIZE_MAX;
            else if (v->cast == DH_BACK)
                t = screen_window_is(&w, t + 1, "back") ? t + 1 : SIZE_MAX;
        }
    }
    if (t == SIZE_MAX || screen_sentence_asks(n, text, len, t))
        return false;
    *end = t + 1;
    return true;
}

/* A people cast out, at the people [*a, g]: the call before it or after
 * it (see above). Its first token in *a, the token after it in *end, or
 * false. */
static bool dh_cast_out(const struct screen_norm *n, const char *text,
                        size_t len, size_t *a, size_t g, size_t *end)
{
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, g, 14, 14);
    bool opens = dh_opens_sentence(n, text, *a);
    if (opens && dh_then_cast(n, text, len, g, end))
        return true;
    if (screen_sentence_asks(n, text, len, g))
        return false;
    if (dh_told_to_leave(&w, *a, g, opens, end))
        return true;
    /* the call first: back over "a todos los", "all of the" */
    size_t k = *a;
    bool all = false;
    for (int d = 0; d < 4 && k > w.s && !screen_window_clause_end(&w, k - 1) &&
                    ((screen_window_class(&w, k - 1) & D_DET) ||
                     screen_window_is(&w, k - 1, "of"));
         d++) {
        k--;
        all |= screen_window_is(&w, k, "all") ||
               screen_window_is(&w, k, "todos") ||
               screen_window_is(&w, k, "todas");
    }
    if (k <= w.s)
        return false;
    /* "Que se larguen a su país los hondureños", "que se vayan todos los
     * haitianos": the people after its verb */
    static const char *const go[] = {"larguen", "vayan", "regresen", "marchen"};
    for (size_t v = k - 1; v >= w.s + 1 && v + 6 > k; v--) {
        if (!screen_window_in(&w, v, go, sizeof(go) / sizeof(*go)) ||
            !screen_window_is(&w, v - 1, "se"))
            continue;
        bool land = false;
        size_t q = v - 1 - (v >= w.s + 2 && screen_window_is(&w, v - 2, "que"));
        if (dh_tail(&w, v + 1, &land) != k - 1 ||
            !screen_window_clause_end(&w, g) ||
            (q > w.s && !screen_window_clause_end(&w, q - 1)) ||
            dh_others_words(&w, w.s, v, true))
            return false;
        *a = q;
        *end = g + 1;
        return true;
    }
    /* "Go back to your country, Haitians": said to the people, the call
     * opening the sentence */
    if (screen_window_clause_end(&w, k - 1)) {
        size_t t = dh_go_at(&w, w.s);
        bool land = false;
        size_t last = t == SIZE_MAX ? SIZE_MAX : dh_tail(&w, t, &land);
        if (last != k - 1 || !screen_window_clause_end(&w, g) ||
            dh_others_words(&w, w.s, k, true))
            return false;
        *a = w.s;
        *end = g + 1;
        return true;
    }
    size_t v = k - 1;
    bool particle = false;
    /* "kick out all the Haitians", "send back the Venezuelans" */
    if (screen_window_is(&w, v, "out") || screen_window_is(&w, v, "back")) {
        particle = true;
        v--;
    }
    /* "close the border to", "ciérrenles la frontera a" */
    static const char *const border[] = {"border", "borders", "frontera",
                                         "fronteras"};
    static const char *const ours[] = {"the",     "our",      "la",
                                       "las",     "nuestra",  "nuestras",
                                       "nuestro", "nuestros", "its"};
    bool closed = false;
    size_t b = screen_window_is(&w, v, "to") ? v - 1 : v;
    if (b >= w.s + 2 && b < w.e &&
        screen_window_in(&w, b, border, sizeof(border) / sizeof(*border)) &&
        screen_window_in(&w, b - 1, ours, sizeof(ours) / sizeof(*ours))) {
        closed = true;
        v = b - 2;
    }
    if (v < w.s || v == SIZE_MAX)
        return false;
    const struct dh_verb *verb = dh_verb_at(&w, v);
    if (verb == NULL || verb->cast == DH_GO ||
        (verb->cast == DH_BORDER) != closed)
        return false;
    size_t j = g + 1;
    if (!particle && verb->cast == DH_OUT) {
        if (!screen_window_is(&w, j, "out"))
            return false;
        j++;
    } else if (!particle && verb->cast == DH_BACK) {
        if (!screen_window_is(&w, j, "back"))
            return false;
        j++;
    }
    bool land = false;
    size_t last = dh_tail(&w, j, &land);
    size_t lead;
    if (last == SIZE_MAX || !screen_window_clause_end(&w, last) ||
        (verb->rescue && !land && !all) ||
        !dh_is_call(&w, v, verb->order, &lead))
        return false;
    *a = lead;
    *end = last + 1;
    return true;
}

/* A people sent away, the sentence opening with it: "Fuera los
 * haitianos de Monterrey", "No queremos haitianos aquí", "We don't want
 * Haitians here", "No more Haitians in Tijuana" (not "no more migrants
 * dying in the desert"), or the writer fed up with it: "Ya estuvo bueno
 * de haitianos", "Estamos hartos de los venezolanos", "Enough with the
 * Haitians already" (not "ya basta de migrantes muertos"); the people [*a,
 * g] ending its clause after at most "here", "already" or a place of one
 * word ("no queremos migrantes muertos en el desierto", "fuera los
 * migrantes de la lista" pass). Its first token in *a, the token after it
 * in *end, or false. */
static bool dh_sent_away(const struct screen_norm *n, const char *text,
                         size_t len, size_t *a, size_t g, size_t *end)
{
    static const char *const here[] = {"here", "aqui",    "aca",
                                       "out",  "already", "ya"};
    static const char *const from[] = {"de", "del", "from", "of", "en", "in"};
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, *a, 9, g - *a + 6);
    size_t j = g;
    size_t land = dh_land_at(&w, j + 2);
    if (screen_window_in(&w, j + 1, here, sizeof(here) / sizeof(*here)))
        j++;
    else if (screen_window_in(&w, j + 1, from, sizeof(from) / sizeof(*from)) &&
             land != SIZE_MAX && land > j + 2)
        j = land; /* "in our city", "en este país" */
    else if (screen_window_in(&w, j + 1, from, sizeof(from) / sizeof(*from)) &&
             !(screen_window_class(&w, j + 2) & D_DET))
        j += 2;
    if (j >= w.e || !screen_window_clause_end(&w, j))
        return false;
    size_t k = *a;
    for (int d = 0;
         d < 2 && k > w.s && (screen_window_class(&w, k - 1) & D_DET); d++)
        k--;
    if (k >= w.s + 1 && (screen_window_is(&w, k - 1, "fuera") ||
                         screen_window_is(&w, k - 1, "afuera")))
        k -= 1;
    else if (k >= w.s + 2 &&
             (screen_window_is(&w, k - 1, "queremos") ||
              screen_window_is(&w, k - 1, "more") ||
              screen_window_is(&w, k - 1, "mas")) &&
             screen_window_is(&w, k - 2, "no"))
        k -= 2;
    else if (k >= w.s + 3 && screen_window_is(&w, k - 1, "want") &&
             screen_window_is(&w, k - 2, "dont") &&
             screen_window_is(&w, k - 3, "we"))
        k -= 3;
    else if ((k = dh_fed_up(&w, k)) == SIZE_MAX)
        return false;
    if (!dh_opens_sentence(n, text, k) || screen_sentence_asks(n, text, len, g))
        return false;
    *a = k;
    *end = j + 1;
    return true;
}

/* The dehumanising talk that starts at the group at token i, or a pest
 * named with a people: SCREEN_IDENTITY_HATE and its tokens in *out, or
 * -1. */
/* A vice said of each one of a people, at the one at i: "every Guatemalan
 * at the border is a criminal", "cada haitiano que entra es un delincuente
 * más" (not "not every migrant is a criminal", "every Haitian I met is a
 * hard worker", a question). Its tokens in *out, or false. */
static bool dh_each(const struct screen_norm *n, const char *text, size_t len,
                    size_t i, struct screen_match *out)
{
    if (i == 0 || !(screen_wc_tok(&dh_list.table, n, i - 1) & D_EACH) ||
        screen_sentence_break(text, &n->tok[i - 1], &n->tok[i]) ||
        (i >= 2 && (screen_wc_tok(&dh_list.table, n, i - 2) & D_NOT)))
        return false;
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, i, 0, DH_READ_AHEAD);
    static const char *const filler[] = {
        "a",    "an",        "un",     "una",       "just", "either",
        "otro", "basically", "future", "potential", "puro", "drug"};
    for (size_t v = i + 1; v < w.e && v <= i + 1 + DH_BETWEEN; v++) {
        uint64_t c = screen_window_class(&w, v);
        if (c & D_NOT)
            return false;
        if (!screen_window_is(&w, v, "is") && !screen_window_is(&w, v, "es"))
            continue;
        size_t j = v + 1;
        while (j < w.e && j <= v + 3 &&
               screen_tok_in(n, j, filler, sizeof(filler) / sizeof(*filler)))
            j++;
        if (!(screen_window_class(&w, j) & D_VICE1) ||
            screen_sentence_asks(n, text, len, j))
            return false;
        out->tok = (uint32_t)(i - 1);
        out->ntok = (uint32_t)(j + 1 - (i - 1));
        return true;
    }
    return false;
}

static int dh_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&dh_list.table, n->tok[i].hash);
    if ((c & D_ONE) && dh_each(n, text, len, i, out) &&
        !screen_refuted(n, text, out->tok, out->ntok))
        return SCREEN_IDENTITY_HATE;
    if ((c & (D_VERMIN | D_TRASH)) && dh_named_pest(n, text, i, out) &&
        !screen_refuted(n, text, out->tok, out->ntok))
        return SCREEN_IDENTITY_HATE;
    /* the group's last token g, its first token a */
    size_t g = i, a = i;
    if (!(c & D_GROUP) && !dh_folk_named(n, text, i, &a, &g))
        return -1;
    /* "las personas negras", "la gente migrante" */
    if ((c & D_GROUP) && i > 0 &&
        (screen_wc_tok(&dh_list.table, n, i - 1) & D_FOLK) &&
        !screen_sentence_break(text, &n->tok[i - 1], &n->tok[i]))
        a = i - 1;
    /* "tattoos on females are trash": the group is no subject */
    if (a > 0 &&
        (screen_wc_class(&dh_list.table, n->tok[a - 1].hash) & D_PREP) &&
        !screen_sentence_break(text, &n->tok[a - 1], &n->tok[a]))
        return -1;
    struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
    screen_window_at(&w, g, 0, DH_READ_AHEAD);
    size_t end;
    bool said = dh_match(&w, len, g, &end) ||
                (((dh_disgust(&w, g, &end) && dh_opens_sentence(n, text, a)) ||
                  dh_disgust_first(n, text, &a, g, &end)) &&
                 !screen_sentence_asks(n, text, len, g)) ||
                dh_sent_away(n, text, len, &a, g, &end) ||
                dh_cast_out(n, text, len, &a, g, &end);
    if (!said) {
        screen_window_at(&w, g, 0, DH_BLOOD_AHEAD);
        said = dh_in_blood(&w, g, &end) || dh_everywhere(&w, g, &end) ||
               dh_dimmer(&w, g, &end);
    }
    if (!said || dh_object_of_clause(n, text, a) ||
        dh_negated_before(n, text, a) || screen_refuted(n, text, a, end - a))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(end - a);
    return SCREEN_IDENTITY_HATE;
}

/* Whether the clause after the people at g calls the casting out wrong:
 * "(would be|is) cruel", "sería inhumano", "es racista". */
static bool dh_judged_wrong(const struct screen_window *w, size_t g)
{
    static const char *const be[] = {"would", "is",   "was",   "be",
                                     "seria", "es",   "fue",   "sounds",
                                     "suena", "isnt", "really"};
    static const char *const wrong[] = {
        "cruel",    "wrong",      "inhumane",   "inhuman",   "racist",
        "evil",     "shameful",   "illegal",    "unjust",    "disgusting",
        "injusto",  "injusta",    "inhumano",   "inhumana",  "racista",
        "ilegal",   "vergonzoso", "vergonzosa", "una",       "un",
        "terrible", "horrible",   "a",          "monstruoso"};
    size_t j = g + 1;
    size_t seen = 0;
    while (j < w->e && seen < 3 && !screen_window_clause_end(w, j - 1) &&
           screen_window_in(w, j, be, sizeof(be) / sizeof(*be))) {
        j++;
        seen++;
    }
    if (seen == 0 || j >= w->e || screen_window_clause_end(w, j - 1) ||
        !screen_window_in(w, j, wrong, sizeof(wrong) / sizeof(*wrong)))
        return false;
    /* "a mistake", "una vergüenza", "un crimen" */
    if (screen_window_is(w, j, "a") || screen_window_is(w, j, "un") ||
        screen_window_is(w, j, "una")) {
        static const char *const fault[] = {
            "mistake", "crime",     "disgrace", "shame",    "error",
            "crimen",  "verguenza", "atrocity", "atrocidad"};
        return j + 1 < w->e && screen_window_in(w, j + 1, fault,
                                                sizeof(fault) / sizeof(*fault));
    }
    return true;
}

size_t screen_cast_out_denied(const struct screen_norm *n, const char *text,
                              uint32_t *out, size_t max)
{
    static const char *const gerund[] = {"deporting", "expelling", "kicking",
                                         "sending"};
    const struct screen_wordclasses *t = dh_words_table();
    size_t k = 0;
    for (size_t g = 1; g < n->ntok && k < max; g++) {
        if (!screen_wc_may_start(t, n->tok[g].hash) ||
            !(screen_wc_tok(t, n, g) & D_GROUP))
            continue;
        struct screen_window w = {n, text, &dh_list.table, 0, 0, false};
        screen_window_at(&w, g, 10, 6);
        /* the verb right before the people, over "all the", "a todos los" */
        size_t v = g;
        for (int d = 0;
             d < 4 && v > w.s && !screen_window_clause_end(&w, v - 1) &&
             ((screen_window_class(&w, v - 1) & D_DET) ||
              screen_window_is(&w, v - 1, "of"));
             d++)
            v--;
        if (v <= w.s || screen_window_clause_end(&w, v - 1))
            continue;
        v--;
        const struct dh_verb *verb = dh_verb_at(&w, v);
        bool ing =
            screen_window_in(&w, v, gerund, sizeof(gerund) / sizeof(*gerund));
        if (!ing &&
            (verb == NULL || verb->cast == DH_GO || verb->cast == DH_BORDER))
            continue;
        /* the denial, from its word ("shouldn't" weighs too: "women
         * shouldn't vote") to the people */
        size_t from = SIZE_MAX;
        for (size_t j = v; j > w.s && from == SIZE_MAX; j--) {
            if (screen_window_clause_end(&w, j - 1))
                break;
            if (dh_denies(&w, j - 1))
                from = j - 1;
        }
        /* "Deporting all Haitians would be cruel": the call as the
         * subject of a judgement, opening its clause */
        if (from == SIZE_MAX &&
            (v == w.s || screen_window_clause_end(&w, v - 1)) &&
            dh_judged_wrong(&w, g))
            from = v;
        for (size_t j = from; from != SIZE_MAX && j <= g && k < max; j++)
            out[k++] = (uint32_t)j;
    }
    return k;
}

const struct screen_grammar screen_dehumanise_grammar = {dh_words_table, dh_at};

bool screen_names_group(const struct screen_norm *n, size_t a, size_t b)
{
    const struct screen_wordclasses *t = dh_words_table();
    for (size_t j = a; j < b && j < n->ntok; j++)
        if (screen_wc_class(t, n->tok[j].hash) & (D_GROUP | D_GADJ))
            return true;
    return false;
}
