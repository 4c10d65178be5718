/*
 * insult.c - an insult said to someone, in the reader's own words.
 *
 * Reply fights and contempt for the reporter fill the threads of this
 * beat: "you're a complete moron", "eres un imbécil", "you spineless
 * hack?", "llora más, payaso", "el autor es un inútil". The words are
 * common ones that the labelled sets also meet said of politicians, of
 * oneself and in jokes, so the model weighs them lightly and passes many
 * such comments. What makes them an insult is whom they are said to:
 * the reader's "you", or the writer of the piece. This file reads those
 * shapes, in English and Spanish, from the insult back:
 *
 *   - YOU ARE ... INSULT: "you're a complete moron", "u r such an
 *     idiot", one word the tables lack before a noun that names a person
 *     ("you're a condescending jackass"; not a word of praise: "you're a
 *     great clown"), "your an idiot", "you're too stupid", "eres un vendido",
 *     "ustedes son unos payasos", "you people are a cancer on this
 *     country", "are you stupid?"; and "what an idiot you are", "qué
 *     pendejo eres", "qué wey tan imbécil";
 *   - the writer IS ... INSULT: "the author is a hack", "whoever wrote
 *     this is an idiot", "el que escribió esto es un inútil", "la de
 *     arriba es una ignorante", and a reader named by an @mention right
 *     before "is" ("@lupita is a bitter cow"); not what was written:
 *     "the slur in the comment above is garbage";
 *   - YOU ... INSULT with no article, ending a clause: "you useless
 *     troll.", "you absolute clown, ...";
 *   - an insult said alone, as a sentence or after a comma at its end:
 *     "Payaso.", "Llora más, payaso.", "Go back to school, dumbass.", or
 *     two of them together: "Cerdo asqueroso.", "Stupid pig." Only
 *     singular words that name a person: "Ratas." or "payasos" of those
 *     in power, like "the governor is a clown", is criticism of
 *     officials, left to the model and the moderators, and so is a
 *     lone insult in a comment that speaks of an official and to no one
 *     ("Qué oso el diputado, salió a decir que ... Ignorante.");
 *   - what a writer is called: "a joke of a journalist", "sorry excuse
 *     for a reporter", "periodista de quinta", "reportero de cuarta".
 *   - a plural insult said to every reader: "Degenerates, every one of
 *     you.", "Payasos, todos ustedes.";
 *   - "stfu" and "gtfo", wherever they stand;
 *   - an animal drawn at a reader's @handle: "@lupita 🐷🐷", "🐀🐀🐀
 *     @el_chapo_fan that's you";
 *   - the insult who writes here: "the fraud running this blog", "the
 *     idiot who wrote this crap", "el mediocre que escribe aquí", "el
 *     payaso detrás de este blog".
 *
 * A negation ("you're not an idiot", "no eres un vendido"), reported
 * speech ("dicen que eres un vendido", "he said you're a hack") and
 * quotation marks let it pass. The insult is the start word (or "cuarta",
 * "excuse"): such words are rare, so a window is read only where one
 * stands. Held as insult.
 * Like the other grammars it is a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    I_INS = 1u << 0,     /* an insult after "you are": moron, stupid */
    I_NOUN = 1u << 1,    /* ... that names a person: "you idiots" */
    I_VOC = 1u << 2,     /* ... singular, said alone: "Payaso." */
    I_ADJ = 1u << 3,     /* may stand before it: absolute, pinche */
    I_FILL = 1u << 4,    /* a, such, un, bien, el mas */
    I_ART = 1u << 5,     /* a, an, such, so: "your a moron" */
    I_YOUBE = 1u << 6,   /* youre, eres, sos; ur, your before I_ART */
    I_YOU = 1u << 7,     /* you, u */
    I_ARE = 1u << 8,     /* are, r; son after ustedes */
    I_IS = 1u << 9,      /* is, es, was, era: after the writer */
    I_WRITER = 1u << 10, /* author, reportera, wrote, de arriba */
    I_MANY = 1u << 11,   /* people, guys, all, ustedes: "you people are" */
    I_NOT = 1u << 12,    /* not, no, nunca, nobody, nadie */
    I_SAID = 1u << 13,   /* said, dicen, called: someone else's words */
    I_WHAT = 1u << 14,   /* what, que: "qué pendejo eres" */
    I_HALF = 1u << 15,   /* ur, your: "you are" only before an article */
    I_THAT = 1u << 16,   /* that, que: "the reporter wrote that the mayor
                            is", a report */
    I_CURSE = 1u << 17,  /* puta: "eres la puta ama" praises; an insult
                            only ending a clause */
    I_RANK = 1u << 18,   /* cuarta, quinta: "periodista de cuarta" */
    I_EXCUSE = 1u << 19, /* excuse: "sorry excuse for a reporter" */
    I_MEDIA = 1u << 20,  /* journalist, periodista, blog: "a joke of a
                            journalist" */
    I_OFFOR = 1u << 21,  /* of, for: "excuse for a" */
    I_HANDLE = 1u << 22, /* _user_ (an @mention): "@lupita is a cow" */
    I_DET = 1u << 23,    /* the, this, el, ese: "the fraud running this" */
    I_WHO = 1u << 24,    /* who, that, que, quien: "the idiot who wrote" */
    I_WRITES = 1u << 25, /* writes, running, behind, escribe, maneja */
    I_HERE = 1u << 26,   /* this, here, aqui, esto, este: what is written */
    I_PIECE = 1u << 27,  /* article, blog, crap, nota, basura: "this blog" */
    I_GUY = 1u << 28,    /* wey, tipo, vato, morra: "qué wey tan imbécil" */
    I_SO = 1u << 29,     /* tan, mas: "qué wey tan imbécil" */
    I_THING = 1u << 30   /* joke, trash, basura: said of a piece too */
};
/* cancer, plaga: an insult after an article, ending its clause or before
 * on, to, para, de ("a cancer on this country"), not "a cancer survivor"
 * nor "eres cáncer" (the zodiac) */
#define I_BLIGHT (1ull << 31)
/* stfu, gtfo: said to someone wherever they stand */
#define I_SHUT (1ull << 32)
/* diputado, mayor, fiscal: an official, whom a lone "Ignorante." after
 * a sentence about them is said of */
#define I_POWER (1ull << 33)

/* alone, after "you" and after "you are": "Payaso.", "you clown" */
#define I_PERSON (I_INS | I_NOUN | I_VOC)
/* after "you" and after "you are": "you liars", "you coward" */
#define I_NAMED (I_INS | I_NOUN)

static const struct screen_wc_word i_words[] = {
    /* English: said to someone, and alone */
    {"idiot", I_PERSON},
    {"moron", I_PERSON},
    {"imbecile", I_PERSON},
    {"clown", I_PERSON},
    {"loser", I_PERSON},
    {"fool", I_PERSON},
    {"hack", I_PERSON},
    {"sellout", I_PERSON},
    {"shill", I_PERSON},
    {"troll", I_PERSON},
    {"bootlicker", I_PERSON},
    {"lapdog", I_PERSON},
    {"stooge", I_PERSON},
    {"dumbass", I_PERSON},
    {"jackass", I_PERSON},
    {"asshole", I_PERSON},
    {"cretin", I_PERSON},
    {"dimwit", I_PERSON},
    {"halfwit", I_PERSON},
    {"nitwit", I_PERSON},
    {"numbskull", I_PERSON},
    {"bimbo", I_PERSON},
    {"retard", I_PERSON},
    {"buffoon", I_PERSON},
    {"bozo", I_PERSON},
    {"lunatic", I_PERSON},
    {"windbag", I_PERSON},
    {"blowhard", I_PERSON},
    {"simpleton", I_PERSON},
    {"airhead", I_PERSON},
    {"brat", I_PERSON},
    {"nutjob", I_PERSON},
    {"nutcase", I_PERSON},
    {"dunce", I_PERSON},
    {"ignoramus", I_PERSON},
    {"charlatan", I_NAMED},
    {"grifter", I_NAMED},
    {"diputado", I_POWER},
    {"diputada", I_POWER},
    {"senador", I_POWER},
    {"senadora", I_POWER},
    {"gobernador", I_POWER},
    {"gobernadora", I_POWER},
    {"alcalde", I_POWER},
    {"alcaldesa", I_POWER},
    {"presidente", I_POWER},
    {"presidenta", I_POWER},
    {"fiscal", I_POWER},
    {"funcionario", I_POWER},
    {"secretario", I_POWER},
    {"comisario", I_POWER},
    {"governor", I_POWER},
    {"mayor", I_POWER},
    {"senator", I_POWER},
    {"congressman", I_POWER},
    {"congresswoman", I_POWER},
    {"president", I_POWER},
    {"prosecutor", I_POWER},
    {"official", I_POWER},
    {"stfu", I_SHUT},
    {"gtfo", I_SHUT},
    {"presstitute", I_PERSON},
    {"roach", I_PERSON},
    /* said to someone, not alone ("rat" and "pig" only after "are": "if
     * you rat, ...") */
    {"liar", I_NAMED},
    {"fraud", I_NAMED},
    {"coward", I_NAMED},
    {"hypocrite", I_NAMED},
    {"parasite", I_NAMED},
    {"puppet", I_INS},
    {"mouthpiece", I_INS},
    {"worm", I_INS},
    {"pig", I_INS},
    {"rat", I_INS},
    {"whore", I_NAMED | I_VOC},
    {"slut", I_NAMED | I_VOC},
    {"bitch", I_NAMED | I_VOC},
    {"cow", I_INS},
    {"degenerate", I_INS},
    {"degenerates", I_NAMED},
    {"degenerados", I_NAMED},
    {"degeneradas", I_NAMED},
    {"idiots", I_NAMED},
    {"morons", I_NAMED},
    {"imbeciles", I_NAMED},
    {"clowns", I_NAMED},
    {"losers", I_NAMED},
    {"fools", I_NAMED},
    {"hacks", I_NAMED},
    {"sellouts", I_NAMED},
    {"shills", I_NAMED},
    {"trolls", I_NAMED},
    {"liars", I_NAMED},
    {"frauds", I_NAMED},
    {"cowards", I_NAMED},
    {"hypocrites", I_NAMED},
    {"parasites", I_NAMED},
    {"bootlickers", I_NAMED},
    {"lapdogs", I_NAMED},
    {"stooges", I_NAMED},
    {"puppets", I_NAMED},
    {"dumbasses", I_NAMED},
    {"jackasses", I_NAMED},
    {"assholes", I_NAMED},
    {"whores", I_NAMED},
    {"bitches", I_NAMED},
    {"presstitutes", I_NAMED},
    /* animals as emoji, after "are", or after the writer and "=":
     * "Autor = 🐀🐍💩" */
    {"\xf0\x9f\x90\x80", I_INS}, /* U+1F400 RAT */
    {"\xf0\x9f\x90\x8d", I_INS}, /* U+1F40D SNAKE */
    {"\xf0\x9f\x90\xb7", I_INS}, /* U+1F437 PIG FACE */
    {"\xf0\x9f\x90\x96", I_INS}, /* U+1F416 PIG */
    {"\xf0\x9f\x92\xa9", I_INS}, /* U+1F4A9 PILE OF POO */
    {"\xf0\x9f\xa4\xa1", I_INS}, /* U+1F921 CLOWN FACE */
    {"\xf0\x9f\xaa\xb3", I_INS}, /* U+1FAB3 COCKROACH */
    /* the thing, not the person: "you're a joke" */
    {"joke", I_INS | I_THING},
    {"disgrace", I_INS | I_THING},
    {"embarrassment", I_INS | I_THING},
    {"scum", I_INS},
    {"trash", I_INS | I_THING},
    {"garbage", I_INS | I_THING},
    {"cancer", I_INS | I_BLIGHT},
    {"plague", I_INS | I_BLIGHT},
    /* what a person is: "you're stupid", "you absolute clown" */
    {"stupid", I_INS | I_ADJ},
    {"dumb", I_INS | I_ADJ},
    {"brainless", I_INS | I_ADJ},
    {"braindead", I_INS | I_ADJ},
    {"idiotic", I_INS | I_ADJ},
    {"moronic", I_INS | I_ADJ},
    {"retarded", I_INS | I_ADJ},
    {"pathetic", I_INS | I_ADJ},
    {"useless", I_INS | I_ADJ},
    {"worthless", I_INS | I_ADJ},
    {"spineless", I_INS | I_ADJ},
    {"illiterate", I_INS | I_ADJ},
    /* "you are the dumbest person here" */
    {"dumbest", I_INS | I_ADJ},
    {"stupidest", I_INS | I_ADJ},
    {"absolute", I_ADJ},
    {"complete", I_ADJ},
    {"total", I_ADJ | I_FILL},
    {"utter", I_ADJ},
    {"little", I_ADJ},
    {"big", I_ADJ},
    {"biggest", I_ADJ},
    {"fat", I_ADJ},
    {"sorry", I_ADJ},
    {"miserable", I_ADJ},
    {"fucking", I_ADJ},
    {"freaking", I_ADJ},
    {"damn", I_ADJ},
    {"bloody", I_ADJ},
    {"lying", I_ADJ},
    {"whining", I_ADJ},
    {"whiny", I_ADJ},
    {"ugly", I_ADJ},
    {"ignorant", I_ADJ},
    {"cowardly", I_ADJ},
    {"corrupt", I_ADJ},
    {"paid", I_ADJ},
    {"bought", I_ADJ},
    {"sad", I_ADJ},
    {"bitter", I_ADJ},
    {"arrogant", I_ADJ},
    {"a", I_FILL | I_ART},
    {"an", I_FILL | I_ART},
    {"such", I_FILL | I_ART},
    {"so", I_FILL | I_ART},
    {"the", I_FILL},
    {"just", I_FILL},
    {"nothing", I_FILL},
    {"but", I_FILL},
    {"really", I_FILL},
    {"very", I_FILL},
    {"too", I_FILL},
    {"truly", I_FILL},
    {"clearly", I_FILL},
    {"obviously", I_FILL},
    {"literally", I_FILL},
    {"genuinely", I_FILL},
    {"honestly", I_FILL},
    {"seriously", I_FILL},
    {"officially", I_FILL},
    {"either", I_FILL},
    {"most", I_FILL},
    {"youre", I_YOUBE},
    {"ur", I_YOUBE | I_HALF},
    {"your", I_YOUBE | I_HALF},
    {"you", I_YOU},
    {"u", I_YOU},
    {"are", I_ARE},
    {"r", I_ARE},
    {"is", I_IS},
    {"was", I_IS},
    {"people", I_MANY},
    {"guys", I_MANY},
    {"all", I_MANY},
    {"yall", I_MANY | I_YOU},
    {"author", I_WRITER | I_MEDIA},
    {"writer", I_WRITER | I_MEDIA},
    {"reporter", I_WRITER | I_MEDIA},
    {"journalist", I_WRITER | I_MEDIA},
    {"blogger", I_WRITER | I_MEDIA},
    {"columnist", I_WRITER | I_MEDIA},
    {"human", I_MEDIA},
    {"blog", I_MEDIA},
    {"excuse", I_EXCUSE},
    {"of", I_OFFOR},
    {"for", I_OFFOR},
    {"above", I_WRITER},
    {"wrote", I_WRITER},
    {"not", I_NOT},
    {"never", I_NOT},
    {"nobody", I_NOT},
    {"noone", I_NOT},
    {"isnt", I_NOT},
    {"arent", I_NOT},
    {"aint", I_NOT},
    {"wasnt", I_NOT},
    {"dont", I_NOT},
    {"doesnt", I_NOT},
    {"said", I_SAID},
    {"says", I_SAID},
    {"called", I_SAID},
    {"calls", I_SAID},
    {"what", I_WHAT},
    {"that", I_THAT},
    /* Spanish: said to someone, and alone */
    {"idiota", I_PERSON},
    {"imbecil", I_PERSON},
    {"estupido", I_PERSON},
    {"estupida", I_PERSON},
    {"tarado", I_PERSON},
    {"tarada", I_PERSON},
    {"menso", I_PERSON},
    {"mensa", I_PERSON},
    {"baboso", I_PERSON},
    {"babosa", I_PERSON},
    {"burro", I_PERSON},
    {"burra", I_PERSON},
    {"payaso", I_PERSON},
    {"payasa", I_PERSON},
    {"vendido", I_PERSON},
    {"vendida", I_PERSON},
    {"chayotero", I_PERSON},
    {"chayotera", I_PERSON},
    {"lambiscon", I_PERSON},
    {"zopenco", I_PERSON},
    {"arrastrado", I_PERSON},
    {"hocicon", I_PERSON},
    {"farsante", I_NAMED},
    {"lambiscona", I_PERSON},
    {"lamebotas", I_PERSON},
    {"analfabeta", I_PERSON},
    {"naco", I_PERSON},
    {"naca", I_PERSON},
    {"mamon", I_PERSON},
    {"mamona", I_PERSON},
    {"zoquete", I_PERSON},
    {"tonto", I_PERSON},
    {"tonta", I_PERSON},
    {"pendejo", I_PERSON},
    {"pendeja", I_PERSON},
    {"pelele", I_PERSON},
    {"ignorante", I_PERSON},
    {"cucaracha", I_PERSON},
    {"bruto", I_NAMED}, /* not alone: "¿neto? No, bruto." */
    {"bruta", I_NAMED},
    /* the writer belittled: "periodistucha de quinta" */
    {"periodistucha", I_PERSON | I_MEDIA},
    {"periodistucho", I_PERSON | I_MEDIA},
    {"reporterucha", I_PERSON | I_MEDIA},
    {"reporterucho", I_PERSON | I_MEDIA},
    {"periodistilla", I_PERSON | I_MEDIA},
    /* said to someone, not alone */
    {"mentiroso", I_NAMED},
    {"mentirosa", I_NAMED},
    {"cobarde", I_NAMED},
    {"rata", I_NAMED},
    {"parasito", I_NAMED},
    {"parasita", I_NAMED},
    {"gusano", I_NAMED},
    {"lacayo", I_NAMED},
    {"titere", I_NAMED},
    {"cerdo", I_NAMED},
    {"cerda", I_NAMED},
    {"marrano", I_NAMED},
    {"marrana", I_NAMED},
    {"puta", I_NAMED | I_CURSE},
    {"zorra", I_NAMED},
    {"perra", I_NAMED},
    {"gato", I_INS},
    {"fracasado", I_NAMED},
    {"fracasada", I_NAMED},
    {"perdedor", I_NAMED},
    {"perdedora", I_NAMED},
    {"retrasado", I_NAMED},
    {"retrasada", I_NAMED},
    {"idiotas", I_NAMED},
    {"imbeciles", I_NAMED},
    {"estupidos", I_NAMED},
    {"estupidas", I_NAMED},
    {"tarados", I_NAMED},
    {"taradas", I_NAMED},
    {"mensos", I_NAMED},
    {"babosos", I_NAMED},
    {"burros", I_NAMED},
    {"payasos", I_NAMED},
    {"vendidos", I_NAMED},
    {"vendidas", I_NAMED},
    {"chayoteros", I_NAMED},
    {"chayoteras", I_NAMED},
    {"lambiscones", I_NAMED},
    {"analfabetas", I_NAMED},
    {"nacos", I_NAMED},
    {"mamones", I_NAMED},
    {"tontos", I_NAMED},
    {"ignorantes", I_NAMED},
    {"brutos", I_NAMED},
    {"brutas", I_NAMED},
    {"mentirosos", I_NAMED},
    {"cobardes", I_NAMED},
    {"ratas", I_NAMED},
    {"parasitos", I_NAMED},
    {"lacayos", I_NAMED},
    {"titeres", I_NAMED},
    {"peleles", I_NAMED},
    /* the thing, or what a person is */
    {"basura", I_INS | I_THING},
    {"escoria", I_INS},
    {"plaga", I_INS | I_BLIGHT},
    {"peste", I_INS | I_BLIGHT},
    {"lacra", I_INS | I_BLIGHT},
    {"chiste", I_INS | I_THING},
    {"verguenza", I_INS | I_THING},
    {"desperdicio", I_INS | I_THING},
    {"inutil", I_INS},
    {"inutiles", I_INS},
    {"mediocre", I_INS},
    {"ridiculo", I_INS},
    {"ridicula", I_INS},
    {"asqueroso", I_INS},
    {"asquerosa", I_INS},
    {"amargado", I_INS},
    {"amargada", I_INS},
    {"vieja", I_ADJ},
    {"viejo", I_ADJ},
    {"_user_", I_HANDLE},
    {"mugroso", I_INS | I_ADJ},
    {"mugrosa", I_INS | I_ADJ},
    {"pinche", I_ADJ},
    {"vil", I_ADJ},
    {"maldito", I_ADJ},
    {"maldita", I_ADJ},
    {"grandisimo", I_ADJ},
    {"grandisima", I_ADJ},
    {"tremendo", I_ADJ},
    {"tremenda", I_ADJ},
    {"soberano", I_ADJ},
    {"soberana", I_ADJ},
    {"gran", I_ADJ},
    {"un", I_FILL},
    {"una", I_FILL},
    {"unos", I_FILL},
    {"unas", I_FILL},
    {"el", I_FILL},
    {"la", I_FILL},
    {"mas", I_FILL},
    {"bien", I_FILL},
    {"muy", I_FILL},
    {"tan", I_FILL},
    {"super", I_FILL},
    {"puro", I_FILL},
    {"pura", I_FILL},
    {"puros", I_FILL},
    {"puras", I_FILL},
    {"otro", I_FILL},
    {"otra", I_FILL},
    {"de", I_FILL},
    {"plano", I_FILL},
    {"completo", I_FILL},
    {"eres", I_YOUBE},
    {"sos", I_YOUBE},
    {"son", I_ARE},
    {"es", I_IS},
    {"era", I_IS},
    {"ustedes", I_MANY | I_YOU},
    {"autor", I_WRITER | I_MEDIA},
    {"autora", I_WRITER | I_MEDIA},
    {"reportero", I_WRITER | I_MEDIA},
    {"reportera", I_WRITER | I_MEDIA},
    {"periodista", I_WRITER | I_MEDIA},
    {"escritor", I_WRITER | I_MEDIA},
    {"escritora", I_WRITER | I_MEDIA},
    {"columnista", I_WRITER | I_MEDIA},
    {"bloguero", I_WRITER | I_MEDIA},
    {"bloguera", I_WRITER | I_MEDIA},
    {"periodistas", I_MEDIA},
    {"reporteros", I_MEDIA},
    {"periodicucho", I_MEDIA},
    {"pasquin", I_MEDIA},
    {"prensa", I_MEDIA},
    {"cuarta", I_RANK},
    {"quinta", I_RANK},
    {"pacotilla", I_RANK},
    {"arriba", I_WRITER},
    {"escribio", I_WRITER},
    {"redacto", I_WRITER},
    {"no", I_NOT},
    {"nunca", I_NOT},
    {"nadie", I_NOT},
    {"ni", I_NOT},
    {"dijo", I_SAID},
    {"dicen", I_SAID},
    {"dice", I_SAID},
    {"decia", I_SAID},
    {"llaman", I_SAID},
    {"llamo", I_SAID},
    {"llamaron", I_SAID},
    {"acusan", I_SAID},
    {"que", I_WHAT | I_THAT},
    /* the insult who writes here: "the fraud running this blog", "el
     * mediocre que escribe aqui" */
    {"the", I_DET},
    {"this", I_DET | I_HERE},
    {"that", I_DET | I_WHO},
    {"el", I_DET},
    {"la", I_DET},
    {"los", I_DET},
    {"las", I_DET},
    {"ese", I_DET},
    {"esa", I_DET},
    {"esos", I_DET},
    {"esas", I_DET},
    {"este", I_DET | I_HERE},
    {"esta", I_DET | I_HERE},
    {"estos", I_DET | I_HERE},
    {"estas", I_DET | I_HERE},
    {"who", I_WHO},
    {"que", I_WHO},
    {"quien", I_WHO},
    {"quienes", I_WHO},
    {"write", I_WRITES},
    {"writes", I_WRITES},
    {"wrote", I_WRITES},
    {"writing", I_WRITES},
    {"run", I_WRITES},
    {"runs", I_WRITES},
    {"running", I_WRITES},
    {"behind", I_WRITES},
    {"escribe", I_WRITES},
    {"escriben", I_WRITES},
    {"escribio", I_WRITES},
    {"escribieron", I_WRITES},
    {"redacta", I_WRITES},
    {"redacto", I_WRITES},
    {"maneja", I_WRITES},
    {"manejan", I_WRITES},
    {"detras", I_WRITES},
    {"these", I_HERE},
    {"here", I_HERE},
    {"aqui", I_HERE},
    {"aca", I_HERE},
    {"esto", I_HERE},
    {"article", I_PIECE},
    {"piece", I_PIECE},
    {"blog", I_PIECE},
    {"page", I_PIECE},
    {"site", I_PIECE},
    {"story", I_PIECE},
    {"column", I_PIECE},
    {"crap", I_PIECE},
    {"garbage", I_PIECE},
    {"trash", I_PIECE},
    {"shit", I_PIECE},
    {"nota", I_PIECE},
    {"articulo", I_PIECE},
    {"pagina", I_PIECE},
    {"sitio", I_PIECE},
    {"reportaje", I_PIECE},
    {"columna", I_PIECE},
    {"basura", I_PIECE},
    {"mierda", I_PIECE},
    {"porqueria", I_PIECE},
    {"wey", I_GUY},
    {"guey", I_GUY},
    {"güey", I_GUY},
    {"tipo", I_GUY},
    {"tipa", I_GUY},
    {"vato", I_GUY},
    {"bato", I_GUY},
    {"morro", I_GUY},
    {"morra", I_GUY},
    {"cuate", I_GUY},
    {"chavo", I_GUY},
    {"chava", I_GUY},
    {"senor", I_GUY},
    {"señor", I_GUY},
    {"senora", I_GUY},
    {"señora", I_GUY},
    {"tan", I_SO},
    {"mas", I_SO},
};

static struct screen_wc_list i_list =
    SCREEN_WC_LIST(i_words, I_INS | I_RANK | I_EXCUSE | I_SHUT);

static const struct screen_wordclasses *i_words_table(void)
{
    return screen_wc_ready(&i_list);
}

#define I_READ_BACK 12
#define I_READ_AHEAD 6
/* The most words between the one who is insulted and the insult. */
#define I_MAX_FILL 5

static uint64_t ic(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

/* Whether a negation stands in the three words before token k, or a word
 * of report anywhere before it in the sentence: "you're not", "no eres",
 * "I don't think you're", "dicen que eres". */
static bool i_denied(const struct screen_window *w, size_t k)
{
    for (size_t j = w->s; j < k; j++) {
        uint64_t c = ic(w, j);
        if ((c & I_SAID) || ((c & I_NOT) && j + 3 >= k))
            return true;
    }
    return false;
}

/* The writer of the piece or of a comment named just before "is" at k,
 * at most three words before it: "the author is", "whoever wrote this
 * is", "the writer of this is", "el de arriba es" (not "wrote that the
 * mayor is", "lo que le escribieron a la reportera después de esta nota
 * es"). Its token, or SIZE_MAX. */
static size_t i_writer(const struct screen_window *w, size_t k)
{
    /* what was written above, not who wrote it: "the slur in the comment
     * above is garbage" */
    static const char *const written[] = {"comment",    "post",    "message",
                                          "comentario", "mensaje", "comments",
                                          "comentarios"};
    for (size_t j = k; j > w->s && k - j < 3; j--) {
        uint64_t c = ic(w, j - 1);
        if ((c & I_WRITER) && j - 1 > w->s &&
            (screen_window_in(w, j - 2, written, SCREEN_NWORDS(written)) ||
             (j - 2 > w->s &&
              screen_window_in(w, j - 3, written, SCREEN_NWORDS(written)))))
            return SIZE_MAX;
        if (c & I_WRITER)
            return j - 1;
        if (c & I_THAT)
            break;
    }
    return SIZE_MAX;
}

/* The one the insult at i is said to, from token k, the word before the
 * fillers: "you're a", "you are", "eres un", "your an", "are you", "the
 * author is", "you useless troll." Its first token, or SIZE_MAX. art: an
 * article stands between k and i. */
static size_t i_said_to(const struct screen_window *w, size_t k, bool art,
                        size_t i)
{
    uint64_t c = ic(w, k);
    if ((c & I_YOUBE) && (!(c & I_HALF) || (ic(w, k + 1) & I_ART)))
        return k;
    if ((c & I_ARE) && k > w->s) {
        uint64_t b = ic(w, k - 1);
        if (b & I_YOU)
            return k - 1; /* "you are", "u r", "ustedes son" */
        if ((b & I_MANY) && k - 1 > w->s && (ic(w, k - 2) & I_YOU))
            return k - 2; /* "you people are" */
        return SIZE_MAX;
    }
    if (c & I_YOU) {
        if (k > w->s && (ic(w, k - 1) & I_ARE))
            return k - 1; /* "are you stupid?" */
        if (!art && (ic(w, i) & I_NOUN) && screen_window_clause_end(w, i))
            return k;
        return SIZE_MAX;
    }
    if ((c & I_WRITER) && screen_window_sign_after(w, k, "="))
        return k; /* "Autor = 🐀🐍💩" */
    if (c & I_IS) {
        /* "@lupita_mx is just a bitter cow": a reader named right before
         * (the mention's tail after a '_' is a token of its own) */
        if (k > w->s && (ic(w, k - 1) & I_HANDLE))
            return k - 1;
        if (k > w->s + 1 && (ic(w, k - 2) & I_HANDLE)) {
            const struct screen_tok *m = &w->n->tok[k - 2];
            uint32_t end = m->orig_off + m->orig_len;
            if (end == w->n->tok[k - 1].orig_off ||
                (end + 1 == w->n->tok[k - 1].orig_off && w->text[end] == '_'))
                return k - 2;
        }
        return i_writer(w, k);
    }
    return SIZE_MAX;
}

/* Whether token j reads as a plural: "ratas", "pigs" (not "useless"). */
static bool i_plural(const struct screen_window *w, size_t j)
{
    const struct screen_tok *t = &w->n->tok[j];
    const char *s = w->n->text + t->off;
    return t->len > 2 && s[t->len - 1] == 's' && s[t->len - 2] != 's';
}

/* "Payaso.", "Llora más, payaso.", "Pinche vendido.": the singular
 * insult at i ends its sentence and starts it, or follows a comma, with
 * only words of I_ADJ before it; or two insults make the sentence, both
 * singular and naming a person: "Cerdo asqueroso.", "Stupid pig."
 * ("Ratas asquerosas." of those in power is left to the model, as
 * "Ratas." is, and "Basura inútil." may be said of the piece). Its first
 * token, or SIZE_MAX. */
/* Insults said to every reader at once, opening their sentence or clause:
 * "Degenerates, every one of you.", "Payasos, todos ustedes." (not
 * "degenerates of every kind"): the end in *b. */
static bool i_all_of_you(const struct screen_window *w, size_t i, size_t *b)
{
    static const char *const all_of_you[][4] = {
        {"every", "one", "of", "you"},   {"everyone", "of", "you", NULL},
        {"all", "of", "you", NULL},      {"each", "of", "you", NULL},
        {"todos", "ustedes", NULL},      {"ustedes", "todos", NULL},
        {"cada", "uno", "de", "ustedes"}};
    if (i != w->s && !screen_window_clause_end(w, i - 1))
        return false;
    if (!screen_window_clause_end(w, i))
        return false;
    for (size_t p = 0; p < sizeof(all_of_you) / sizeof(*all_of_you); p++) {
        size_t k = 0;
        while (k < 4 && all_of_you[p][k] &&
               screen_window_is(w, i + 1 + k, all_of_you[p][k]))
            k++;
        if (k < 4 && all_of_you[p][k])
            continue;
        *b = i + 1 + k;
        return screen_window_clause_end(w, i + k);
    }
    return false;
}

static size_t i_alone(const struct screen_window *w, size_t i)
{
    const struct screen_norm *n = w->n;
    static const char *const beasts[] = {"pig", "cow", "rat", "worm"};
    uint64_t both = ic(w, i) | ic(w, i - 1);
    bool person = (both & (I_NOUN | I_VOC)) ||
                  screen_tok_in(n, i, beasts, sizeof(beasts) / sizeof(*beasts));
    bool pair = i > w->s && person && (ic(w, i) & I_INS) &&
                (ic(w, i - 1) & I_INS) && !(both & I_THING) &&
                !i_plural(w, i) && !i_plural(w, i - 1) &&
                !screen_window_clause_end(w, i - 1);
    if (!(ic(w, i) & I_VOC) && !pair)
        return SIZE_MAX;
    if (i + 1 < n->ntok &&
        !screen_sentence_break(w->text, &n->tok[i], &n->tok[i + 1]))
        return SIZE_MAX;
    /* "Qué oso el diputado, salió a decir que ... Ignorante.": said of
     * the official the comment speaks of, to no one in the thread */
    if (screen_wc_anywhere(w->t, n, I_POWER, 0, 0) &&
        !screen_wc_anywhere(w->t, n, I_YOU | I_YOUBE | I_HANDLE, 0, 0))
        return SIZE_MAX;
    size_t j = pair ? i - 1 : i;
    while (j > w->s && (ic(w, j - 1) & I_ADJ) &&
           !screen_window_clause_end(w, j - 1))
        j--;
    if (j == w->s)
        return w->open_start ? SIZE_MAX : j;
    return screen_window_clause_end(w, j - 1) ? j : SIZE_MAX;
}

/* "qué pendejo eres", "what an idiot you are": the insult at i between
 * "what" and "you are". Its tokens [*a, *b), or false. */
static bool i_exclaimed(const struct screen_window *w, size_t i, size_t *a,
                        size_t *b)
{
    uint64_t next = ic(w, i + 1);
    bool eres = (next & I_YOUBE) && !(next & I_HALF);
    if (!eres && !((next & I_YOU) && (ic(w, i + 2) & I_ARE)))
        return false;
    size_t j = i;
    while (j > w->s && i - j < 3 && (ic(w, j - 1) & (I_FILL | I_ADJ)))
        j--;
    if (j == w->s || !(ic(w, j - 1) & I_WHAT) || i_denied(w, j - 1))
        return false;
    *a = j - 1;
    *b = eres ? i + 2 : i + 3;
    return true;
}

/* "qué wey tan imbécil", "qué señora más ignorante": the insult at i
 * exclaimed of someone in the thread. Its tokens [*a, *b), or false. */
static bool i_what_a_guy(const struct screen_window *w, size_t i, size_t *a,
                         size_t *b)
{
    if (i < w->s + 3 || !(ic(w, i - 1) & I_SO) || !(ic(w, i - 2) & I_GUY) ||
        !screen_window_is(w, i - 3, "que") || i_denied(w, i - 3))
        return false;
    *a = i - 3;
    *b = i + 1;
    return true;
}

/* "a joke of a journalist", "this sellout of a writer", "sorry excuse
 * for a reporter", "periodista de cuarta", "reportero de quinta": the
 * word at i names what a writer (or a human being) is. Its tokens [*a,
 * *b), or false. */
static bool i_of_a_writer(const struct screen_window *w, size_t i, size_t *a,
                          size_t *b)
{
    uint64_t c = ic(w, i);
    if ((c & I_RANK) && i >= w->s + 2 && screen_window_is(w, i - 1, "de") &&
        (ic(w, i - 2) & I_MEDIA)) {
        *a = i - 2;
        *b = i + 1;
        return true;
    }
    if ((c & (I_INS | I_EXCUSE)) && (ic(w, i + 1) & I_OFFOR) &&
        (screen_window_is(w, i + 2, "a") || screen_window_is(w, i + 2, "an")) &&
        (ic(w, i + 3) & I_MEDIA)) {
        *a = i;
        *b = i + 4;
        return true;
    }
    return false;
}

/* "the fraud running this blog", "the idiot who wrote this crap", "el
 * mediocre que escribe aqui", "el payaso detras de este blog": the
 * insult at i names the one who writes here. From the determiner before
 * it (through adjectives) to "here" or the piece: [*a, *b), or false.
 * "This" must end the clause or name the piece ("the clown who wrote
 * this decree" may be an official). */
static bool i_writes_here(const struct screen_window *w, size_t i, size_t *a,
                          size_t *b)
{
    size_t j = i;
    while (j > w->s && i - j < 3 && (ic(w, j - 1) & (I_ADJ | I_INS)) &&
           !(ic(w, j - 1) & I_DET))
        j--;
    if (j == w->s || !(ic(w, j - 1) & I_DET))
        return false;
    size_t k = i + 1;
    if (ic(w, k) & I_WHO)
        k++;
    if (!(ic(w, k) & I_WRITES))
        return false;
    k++;
    if (screen_window_is(w, k, "de") || screen_window_is(w, k, "en") ||
        screen_window_is(w, k, "on") || screen_window_is(w, k, "in"))
        k++;
    uint64_t c = ic(w, k);
    if (!(c & (I_HERE | I_PIECE)))
        return false;
    if ((c & I_DET) && !screen_window_clause_end(w, k)) {
        if (!(ic(w, k + 1) & I_PIECE))
            return false;
        k++;
    }
    /* "no creo que el idiota que escribe aqui", "dicen que el payaso
     * detras de este blog": a negation or a report just before; one
     * further back is another clause ("my cousin says the story is half
     * true, so the fraud running this blog ...") */
    for (size_t d = j - 1; d > w->s && j - 1 - d < 4; d--) {
        if (screen_window_clause_end(w, d - 1))
            break;
        if (ic(w, d - 1) & (I_NOT | I_SAID))
            return false;
    }
    *a = j - 1;
    *b = k + 1;
    return true;
}

/* Whether token j + 1 is joined to token j by a '_' (the tail of an
 * @handle). */
static bool i_joined(const struct screen_window *w, size_t j)
{
    if (j >= w->n->ntok || j + 1 >= w->n->ntok)
        return false;
    const struct screen_tok *p = &w->n->tok[j], *t = &w->n->tok[j + 1];
    uint32_t end = p->orig_off + p->orig_len;
    return end + 1 == t->orig_off && w->text[end] == '_';
}

/* Whether token j is an emoji (its first byte opens a four-byte
 * character). */
static bool i_emoji(const struct screen_window *w, size_t j)
{
    const struct screen_tok *t = &w->n->tok[j];
    return t->len >= 4 && (unsigned char)w->n->text[t->off] >= 0xf0;
}

/* "@lupita 🐷🐷 oink", "🐀🐀🐀 @el_chapo_fan that's you": an animal of
 * the insult table drawn right after a reader's @handle, or opening the
 * sentence before it, through more emoji. Its tokens [*a, *b), or
 * false. */
static bool i_beast_at_handle(const struct screen_window *w, size_t i,
                              size_t *a, size_t *b)
{
    if (!i_emoji(w, i))
        return false;
    size_t l = i, r = i;
    while (l > w->s && i - l < 3 && i_emoji(w, l - 1))
        l--;
    while (r + 1 < w->e && r - i < 3 && i_emoji(w, r + 1))
        r++;
    /* the handle before, through its tail ("@el_chapo_fan" is "_user_",
     * "chapo", "fan", each joined by a '_') */
    size_t h = l;
    while (h >= w->s + 2 && h + 3 > l && !(ic(w, h - 1) & I_HANDLE) &&
           i_joined(w, h - 2))
        h--;
    if (h > w->s && (ic(w, h - 1) & I_HANDLE)) {
        *a = h - 1;
        *b = i + 1;
        return true;
    }
    /* before the handle, only opening the sentence: not "presunto 🐍
     * @noticiero que ESCORIA", a culprit called a snake to a newsroom */
    if (l == w->s && !w->open_start && r + 1 < w->e &&
        (ic(w, r + 1) & I_HANDLE)) {
        size_t e = r + 2;
        while (e < w->e && e < r + 5 && i_joined(w, e - 1))
            e++;
        *a = i;
        *b = e;
        return true;
    }
    return false;
}

/* Whether token j praises what follows it: "you're a great clown, the
 * kids love you", "eres un gran payaso" on stage. */
static bool i_praise(const struct screen_window *w, size_t j)
{
    static const char *const praise[] = {
        "great",   "good",      "nice",   "wonderful", "brilliant",
        "fine",    "talented",  "funny",  "amazing",   "lovely",
        "gran",    "buen",      "buena",  "excelente", "chistoso",
        "querido", "talentoso", "bonito", "best",      "mejor"};
    return screen_window_in(w, j, praise, SCREEN_NWORDS(praise));
}

/* The insult at token i said to someone: its tokens [*a, *b), or false. */
static bool i_match(const struct screen_window *w, size_t i, size_t *a,
                    size_t *b)
{
    if (i_of_a_writer(w, i, a, b))
        return true;
    if (ic(w, i) & I_SHUT) {
        /* "stfu and read the article"; not "he told me to stfu", "learn
         * to stfu and listen", "how can you say stfu", a name or a tag
         * ("@ashsays_stfu", "#GTFO") */
        static const char *const told[] = {"to",   "say",  "said", "says",
                                           "told", "tell", "like"};
        const struct screen_tok *t = &w->n->tok[i];
        char before = t->orig_off > 0 ? w->text[t->orig_off - 1] : ' ';
        if (before == '#' || before == '_' || before == '@')
            return false;
        /* "told the reporter to just stfu", "comments like STFU" */
        for (size_t j = i > w->s + 3 ? i - 3 : w->s; j < i; j++)
            if (screen_tok_in(w->n, j, told, sizeof(told) / sizeof(*told)))
                return false;
        *a = i;
        *b = i + 1;
        return true;
    }
    if (!(ic(w, i) & I_INS))
        return false;
    if (i_beast_at_handle(w, i, a, b))
        return true;
    if ((ic(w, i) & I_CURSE) && !screen_window_clause_end(w, i))
        return false;
    if (ic(w, i) & I_BLIGHT) {
        static const char *const to[] = {"on", "to",   "for", "of", "in",
                                         "en", "para", "de",  "del"};
        static const char *const art[] = {"a",   "an", "the", "un",
                                          "una", "el", "la"};
        if (!screen_window_clause_end(w, i) &&
            !screen_tok_in(w->n, i + 1, to, sizeof(to) / sizeof(*to)))
            return false;
        /* "eres cáncer, como yo" is a sign of the zodiac */
        if (i == w->s ||
            !screen_tok_in(w->n, i - 1, art, sizeof(art) / sizeof(*art)))
            return false;
    }
    if (i_exclaimed(w, i, a, b) || i_what_a_guy(w, i, a, b) ||
        i_writes_here(w, i, a, b))
        return true;
    if ((ic(w, i) & I_NOUN) && i_all_of_you(w, i, b)) {
        *a = i;
        return true;
    }
    *b = i + 1;
    size_t j = i;
    bool art = false;
    while (j > w->s && i - j < I_MAX_FILL) {
        uint64_t c = ic(w, j - 1);
        /* one word the tables lack, between an article and a noun that
         * names a person: "you're a condescending jackass", "eres un
         * verdadero farsante" */
        if (!c && j == i && (ic(w, i) & I_NOUN) && j - 1 > w->s &&
            !i_praise(w, j - 1) &&
            ((ic(w, j - 2) & I_ART) || screen_window_is(w, j - 2, "un") ||
             screen_window_is(w, j - 2, "una")) &&
            !i_emoji(w, j - 1) && !screen_window_clause_end(w, j - 1)) {
            j--;
            continue;
        }
        if (!(c & (I_FILL | I_ADJ | I_INS)))
            break;
        art |= (c & I_ART) != 0;
        j--;
    }
    if (j > w->s) {
        size_t who = i_said_to(w, j - 1, art, i);
        if (who != SIZE_MAX && !i_denied(w, who)) {
            *a = who;
            return true;
        }
    }
    *a = i_alone(w, i);
    return *a != SIZE_MAX;
}

/* The insult at token i and the one it is said to: SCREEN_INSULT and its
 * tokens in *out, or -1. */
static int i_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    if (!(screen_wc_class(&i_list.table, n->tok[i].hash) &
          (I_INS | I_RANK | I_EXCUSE | I_SHUT)))
        return -1;
    struct screen_window w = {n, text, &i_list.table, 0, 0, false};
    screen_window_at(&w, i, I_READ_BACK, I_READ_AHEAD);
    size_t a, b;
    if (!i_match(&w, i, &a, &b))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_INSULT;
}

const struct screen_grammar screen_insult_grammar = {i_words_table, i_at};
