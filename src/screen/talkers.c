/*
 * talkers.c - "el que habla mucho no llega a viejo": the sayings of
 * small places, said to those who spoke.
 *
 * Under a story whose sources spoke, the menace comes as a saying: "Las
 * que hablan mucho duran poco", "El que habla mucho en la sierra no llega
 * a viejo", "los que hablan de más terminan mal", "people who talk too
 * much don't get old"; or as a fact of small places: "Everyone knows
 * where everyone sleeps.", "Aquí todos sabemos dónde vive todo mundo",
 * "the forest has ears". This grammar holds these shapes as threats:
 *
 *   - those who talk, record or ask too much ("mucho", "de más",
 *     "demasiado", "too much") and, in the same sentence, a bad end
 *     ("duran poco", "no llega a viejo", "terminan mal", "end up",
 *     "don't get old", "desaparecen");
 *   - a knowing of where everyone lives or sleeps ("everyone knows where
 *     everyone sleeps", "sabemos dónde vive cada quien");
 *   - a memory kept with patience: "esta ciudad tiene memoria y mucha
 *     paciencia", "families here have long memories and a lot of
 *     patience" (not "el pueblo tiene memoria", remembrance);
 *   - one who must not be found, known where they live: "I know where
 *     the reporter lives", "sabemos dónde vive la viuda";
 *   - the informers known: "sabemos quién habla y quién llama", "we know
 *     who helped them";
 *   - the way in noted: "the booth only has one door", "la cabina nomás
 *     tiene una puerta" (not a fire code: "only has one exit, a fire
 *     hazard");
 *   - a warning in the diminutive: "cuidadito con volver a poner la
 *     antena";
 *   - everyone's family, to be thought of: "Aquí todos tenemos familia,
 *     comandante. Piénselo.";
 *   - a first warning and a second promised: "The motorcycle was a
 *     message. Nobody wants to have to send a second one.";
 *   - a place that watches: "the forest has ears", "el bosque tiene
 *     ojos", "the colonia she named has a lot of eyes" (not cameras:
 *     "la ciudad tiene ojos de vidrio: cámaras del C5").
 *
 * Talk that is not too much passes ("los periodistas que hablan terminan
 * muertos y nadie hace nada" is a lament), and so does a knowing of where
 * some named group lives ("todos saben dónde viven los narcos"), a
 * question and a quotation. A grammar of the one pass (grammars.c); a
 * rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    TK_TALK = 1u << 0,     /* habla, hablan, talk, talks, graba, asks, digs */
    TK_KNOW = 1u << 1,     /* knows, know, sabemos, sabe, saben */
    TK_MUCH = 1u << 2,     /* mucho, demasiado, much: with "too" or "de más" */
    TK_END = 1u << 3,      /* duran, llega, terminan, end, acaban */
    TK_ALL = 1u << 4,      /* everyone, everybody, todos, todo, cada */
    TK_HOME = 1u << 5,     /* lives, sleeps, vive, duerme, viven, duermen */
    TK_HAS = 1u << 6,      /* has, have, tiene, tienen */
    TK_PLACE = 1u << 7,    /* forest, bosque, walls, colonia, pueblo, town */
    TK_SENSE = 1u << 8,    /* eyes, ears, ojos, orejas */
    TK_MEMORY = 1u << 9,   /* memory, memories, memoria */
    TK_ROLE = 1u << 10,    /* reporter, widow, abogada, testigo, hermano */
    TK_ONLY = 1u << 11,    /* only, nomas, solo: "only has one door" */
    TK_CAREFUL = 1u << 12, /* cuidadito: a warning in the diminutive */
    TK_FAMILY = 1u << 13,  /* familia, family: "todos tenemos familia" */
    TK_SIGNAL = 1u << 14,  /* aviso, message, warning, advertencia */
};

static const struct screen_wc_word tk_words[] = {
    {"habla", TK_TALK},        {"hablan", TK_TALK},
    {"hable", TK_TALK},        {"hablen", TK_TALK},
    {"graba", TK_TALK},        {"graban", TK_TALK},
    {"pregunta", TK_TALK},     {"preguntan", TK_TALK},
    {"talk", TK_TALK},         {"talks", TK_TALK},
    {"asks", TK_TALK},         {"ask", TK_TALK},
    {"digs", TK_TALK},         {"dig", TK_TALK},
    {"knows", TK_KNOW},        {"know", TK_KNOW},
    {"sabemos", TK_KNOW},      {"sabe", TK_KNOW},
    {"saben", TK_KNOW},        {"mucho", TK_MUCH},
    {"demasiado", TK_MUCH},    {"much", TK_MUCH},
    {"duran", TK_END},         {"dura", TK_END},
    {"llega", TK_END},         {"llegan", TK_END},
    {"terminan", TK_END},      {"termina", TK_END},
    {"acaban", TK_END},        {"acaba", TK_END},
    {"end", TK_END},           {"ends", TK_END},
    {"desaparecen", TK_END},   {"get", TK_END},
    {"everyone", TK_ALL},      {"everybody", TK_ALL},
    {"todos", TK_ALL},         {"todo", TK_ALL},
    {"cada", TK_ALL},          {"lives", TK_HOME},
    {"sleeps", TK_HOME},       {"live", TK_HOME},
    {"sleep", TK_HOME},        {"vive", TK_HOME},
    {"viven", TK_HOME},        {"duerme", TK_HOME},
    {"duermen", TK_HOME},      {"has", TK_HAS},
    {"have", TK_HAS},          {"tiene", TK_HAS},
    {"tienen", TK_HAS},        {"forest", TK_PLACE},
    {"bosque", TK_PLACE},      {"walls", TK_PLACE},
    {"paredes", TK_PLACE},     {"colonia", TK_PLACE},
    {"pueblo", TK_PLACE},      {"town", TK_PLACE},
    {"city", TK_PLACE},        {"ciudad", TK_PLACE},
    {"sierra", TK_PLACE},      {"monte", TK_PLACE},
    {"barrio", TK_PLACE},      {"street", TK_PLACE},
    {"calle", TK_PLACE},       {"muelle", TK_PLACE},
    {"plaza", TK_PLACE},       {"eyes", TK_SENSE},
    {"ears", TK_SENSE},        {"ojos", TK_SENSE},
    {"orejas", TK_SENSE},      {"oidos", TK_SENSE},
    {"memory", TK_MEMORY},     {"memories", TK_MEMORY},
    {"memoria", TK_MEMORY},    {"reporter", TK_ROLE},
    {"reportera", TK_ROLE},    {"reportero", TK_ROLE},
    {"periodista", TK_ROLE},   {"widow", TK_ROLE},
    {"viuda", TK_ROLE},        {"lawyer", TK_ROLE},
    {"abogada", TK_ROLE},      {"abogado", TK_ROLE},
    {"licenciada", TK_ROLE},   {"officer", TK_ROLE},
    {"oficial", TK_ROLE},      {"witness", TK_ROLE},
    {"testigo", TK_ROLE},      {"brother", TK_ROLE},
    {"hermano", TK_ROLE},      {"vocera", TK_ROLE},
    {"spokesperson", TK_ROLE}, {"editor", TK_ROLE},
    {"source", TK_ROLE},       {"fuente", TK_ROLE},
    {"only", TK_ONLY},         {"nomas", TK_ONLY},
    {"solo", TK_ONLY},         {"cuidadito", TK_CAREFUL},
    {"familia", TK_FAMILY},    {"family", TK_FAMILY},
    {"aviso", TK_SIGNAL},      {"message", TK_SIGNAL},
    {"warning", TK_SIGNAL},    {"advertencia", TK_SIGNAL},
};

static struct screen_wc_list tk_list =
    SCREEN_WC_LIST(tk_words, TK_TALK | TK_KNOW | TK_HAS | TK_ONLY | TK_CAREFUL |
                                 TK_FAMILY | TK_SIGNAL);

static const struct screen_wordclasses *tk_words_table(void)
{
    return screen_wc_ready(&tk_list);
}

static uint64_t tkc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&tk_list.table, n->tok[j].hash) : 0;
}

/* Whether the talk at token i is too much: "habla mucho", "hablan de
 * más", "talk too much", "asks too many questions". */
static bool tk_too_much(const struct screen_norm *n, size_t i)
{
    if (screen_tok_is(n, i + 1, "de") && screen_tok_is(n, i + 2, "mas"))
        return true;
    if ((tkc(n, i + 1) & TK_MUCH) && (screen_tok_is(n, i + 1, "mucho") ||
                                      screen_tok_is(n, i + 1, "demasiado")))
        return true;
    return screen_tok_is(n, i + 1, "too") &&
           (screen_tok_is(n, i + 2, "much") || screen_tok_is(n, i + 2, "many"));
}

/* How many words the bad end at token k spans: "duran poco", "no llega
 * a viejo" (from "llega"), "end up", "don't get old" (from "get"),
 * "terminan mal", "acaban muertos", "desaparecen"; 0 if k starts none. */
static size_t tk_end_at(const struct screen_norm *n, size_t k)
{
    if (screen_tok_is(n, k, "duran") || screen_tok_is(n, k, "dura"))
        return screen_tok_is(n, k + 1, "poco") ? 2 : 0;
    if (screen_tok_is(n, k, "llega") || screen_tok_is(n, k, "llegan")) {
        bool old = screen_tok_is(n, k + 2, "viejo") ||
                   screen_tok_is(n, k + 2, "viejos");
        return k > 0 && screen_tok_is(n, k - 1, "no") &&
                       screen_tok_is(n, k + 1, "a") && old
                   ? 3
                   : 0;
    }
    if (screen_tok_is(n, k, "end") || screen_tok_is(n, k, "ends"))
        return screen_tok_is(n, k + 1, "up") ? 2 : 0;
    if (screen_tok_is(n, k, "get"))
        return k > 0 && screen_tok_is(n, k + 1, "old") &&
                       (screen_tok_is(n, k - 1, "dont") ||
                        screen_tok_is(n, k - 1, "never"))
                   ? 2
                   : 0;
    if (screen_tok_is(n, k, "desaparecen"))
        return 1;
    /* "terminan mal", "acaban muertos", "termina en una zanja", "termina
     * de cruz" (not "termina cansada") */
    static const char *const how[] = {"mal",     "muerto", "muertos", "muerta",
                                      "muertas", "en",     "de"};
    return (tkc(n, k) & TK_END) &&
                   screen_tok_in(n, k + 1, how, SCREEN_NWORDS(how))
               ? 2
               : 0;
}

/* The bad end after token i in its sentence; its end in *b. */
static bool tk_bad_end(const struct screen_norm *n, const char *text, size_t i,
                       size_t *b)
{
    for (size_t k = i + 1; k < n->ntok && k <= i + 8; k++) {
        if (screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            return false;
        size_t span = tk_end_at(n, k);
        if (span) {
            *b = k + span;
            return true;
        }
    }
    return false;
}

/* "everyone knows where everyone sleeps", "sabemos dónde vive cada
 * quien" at token i (the knowing): its end in *b. */
static bool tk_where_all(const struct screen_norm *n, size_t i, size_t *b)
{
    /* "sabemos quién habla y quién llama", "we know who helped them" */
    static const char *const who[] = {"who", "quien", "quienes"};
    static const char *const told[] = {
        "habla",  "llama", "denuncia", "ayudo",    "helped", "called",
        "talked", "talks", "calls",    "ayudaron", "hablo"};
    bool we_know = screen_tok_is(n, i, "sabemos") ||
                   (i > 0 && screen_tok_is(n, i - 1, "we"));
    if (we_know && screen_tok_in(n, i + 1, who, SCREEN_NWORDS(who)) &&
        screen_tok_in(n, i + 2, told, SCREEN_NWORDS(told))) {
        *b = i + 3;
        return true;
    }
    if (!screen_tok_is(n, i + 1, "where") && !screen_tok_is(n, i + 1, "donde"))
        return false;
    /* "where everyone sleeps", "dónde vive todo mundo", "dónde vive cada
     * quien", "dónde duermen todos" */
    if ((tkc(n, i + 2) & TK_ALL) && (tkc(n, i + 3) & TK_HOME)) {
        *b = i + 4;
        return true;
    }
    /* "I know where the reporter lives", "sabemos dónde vive la
     * viuda": one who must not be found, known by the writer */
    static const char *const we[] = {"i", "we", "sabemos", "se"};
    bool writer = screen_tok_in(n, i, we + 2, 2) ||
                  (i > 0 && screen_tok_in(n, i - 1, we, 2));
    static const char *const the[] = {"the", "la", "el", "that", "esa", "ese"};
    if (writer && screen_tok_in(n, i + 2, the, SCREEN_NWORDS(the)) &&
        (tkc(n, i + 3) & TK_ROLE) && (tkc(n, i + 4) & TK_HOME)) {
        *b = i + 5;
        return true;
    }
    if (writer && (tkc(n, i + 2) & TK_HOME) &&
        screen_tok_in(n, i + 3, the, SCREEN_NWORDS(the)) &&
        (tkc(n, i + 4) & TK_ROLE)) {
        *b = i + 5;
        return true;
    }
    if ((tkc(n, i + 2) & TK_HOME) && (tkc(n, i + 3) & TK_ALL) &&
        !screen_tok_is(n, i + 4, "los") && !screen_tok_is(n, i + 4, "las")) {
        *b = i + 4;
        return true;
    }
    return false;
}

/* "the forest has ears", "el bosque tiene ojos", "the colonia has a lot
 * of eyes" at token i (the having): a place that watches. Its first
 * token in *a and its end in *b. */
static bool tk_place_watches(const struct screen_norm *n, size_t i, size_t *a,
                             size_t *b)
{
    /* "tiene memoria larga y mucha paciencia", "have long memories and a
     * lot of patience": a memory kept with patience (not "el pueblo tiene
     * memoria", remembrance) */
    for (size_t k = i + 1; k < n->ntok && k <= i + 3; k++)
        if (tkc(n, k) & TK_MEMORY) {
            static const char *const patience[] = {"paciencia", "patience"};
            for (size_t q = k + 1; q < n->ntok && q <= k + 8; q++)
                if (screen_tok_in(n, q, patience, 2)) {
                    *a = i;
                    *b = q + 1;
                    return true;
                }
            return false;
        }
    size_t k = i + 1;
    /* "a lot of", "muchos", "many" */
    while (k < n->ntok && k <= i + 4 && !(tkc(n, k) & TK_SENSE) &&
           (screen_tok_is(n, k, "a") || screen_tok_is(n, k, "lot") ||
            screen_tok_is(n, k, "of") || screen_tok_is(n, k, "many") ||
            screen_tok_is(n, k, "muchos") || screen_tok_is(n, k, "muchas")))
        k++;
    if (!(tkc(n, k) & TK_SENSE))
        return false;
    /* cameras, not watchers: "la ciudad tiene ojos de vidrio: cámaras del
     * C5" */
    static const char *const lens[] = {"de", "of", "camaras", "cameras",
                                       "cctv"};
    if (screen_tok_in(n, k + 1, lens, 2))
        return false;
    for (size_t q = 0; q < n->ntok; q++)
        if (screen_tok_in(n, q, lens + 2, SCREEN_NWORDS(lens) - 2))
            return false;
    /* the place just before: "the forest has", "el bosque tiene", "the
     * colonia she named has" */
    for (size_t p = i; p > 0 && i - p < 4;) {
        p--;
        if (tkc(n, p) & TK_PLACE) {
            *a = p;
            *b = k + 1;
            return true;
        }
    }
    return false;
}

/* "the booth only has one door", "la cabina nomás tiene una puerta" at
 * token i (the "only"): the way in noted; not a fire code ("the clinic
 * only has one exit, a fire hazard"). Its end in *b. */
static bool tk_one_door(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const has[] = {"has", "tiene", "have"};
    static const char *const one[] = {"one", "una", "un"};
    static const char *const door[] = {"door", "puerta", "exit", "salida"};
    static const char *const safety[] = {"fire",       "incendio",   "hazard",
                                         "emergency",  "emergencia", "riesgo",
                                         "proteccion", "evacuate"};
    size_t k = i + 1;
    if (!screen_tok_in(n, k, has, SCREEN_NWORDS(has)) ||
        !screen_tok_in(n, k + 1, one, SCREEN_NWORDS(one)))
        return false;
    k += 2;
    if (screen_tok_is(n, k, "back") || screen_tok_is(n, k, "sola"))
        k++;
    if (!screen_tok_in(n, k, door, SCREEN_NWORDS(door)))
        return false;
    for (size_t q = 0; q < n->ntok; q++)
        if (screen_tok_in(n, q, safety, SCREEN_NWORDS(safety)))
            return false;
    *b = k + 1;
    return true;
}

/* "cuidadito con volver a poner la antena": a warning in the diminutive
 * against doing something again, at token i. Its end in *b. */
static bool tk_careful(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const again[] = {
        "volver", "regresar",  "hablar", "publicar", "poner",
        "abrir",  "denunciar", "andar",  "decir",    "seguir"};
    if (!screen_tok_is(n, i + 1, "con"))
        return false;
    for (size_t k = i + 2; k < n->ntok && k <= i + 4; k++)
        if (screen_tok_in(n, k, again, SCREEN_NWORDS(again))) {
            *b = k + 1;
            return true;
        }
    return false;
}

/* "Aquí todos tenemos familia, comandante. Piénselo.", "Everyone in this
 * town has family. Good to remember before the next call to the army." at
 * token i (the family): everyone's family, and a reminder to think of it
 * (not "todos tenemos familia, por eso exigimos justicia"). */
static bool tk_family_reminded(const struct screen_norm *n, size_t i, size_t *a)
{
    static const char *const all_have[] = {"tenemos", "tiene", "has", "have"};
    static const char *const think[] = {"pienselo", "piensenlo", "piense",
                                        "remember", "recuerde",  "recuerden",
                                        "think",    "acuerdense"};
    if (i == 0 || !screen_tok_in(n, i - 1, all_have, SCREEN_NWORDS(all_have)))
        return false;
    bool all = false;
    for (size_t k = i - 1; k > 0 && i - 1 - k < 5 && !all;) {
        k--;
        all = (tkc(n, k) & TK_ALL) != 0;
    }
    if (!all)
        return false;
    for (size_t k = i + 1; k < n->ntok && k <= i + 8; k++)
        if (screen_tok_in(n, k, think, SCREEN_NWORDS(think))) {
            *a = i - 1;
            return true;
        }
    return false;
}

/* "The motorcycle was a message. Nobody wants to have to send a second
 * one.", "La moto fue un aviso. Nadie quiere dar dos." at token i (the
 * message): a first warning and a second promised (not "it was a
 * warning" alone, which readers also write of a threat they condemn). */
static bool tk_second_warning(const struct screen_norm *n, size_t i, size_t *b)
{
    static const char *const was[] = {"was", "fue"};
    static const char *const second[] = {"second",  "segundo", "dos",
                                         "another", "otro",    "next"};
    if (i < 2 || !screen_tok_in(n, i - 2, was, SCREEN_NWORDS(was)))
        return false;
    for (size_t k = i + 1; k < n->ntok && k <= i + 10; k++)
        if (screen_tok_in(n, k, second, SCREEN_NWORDS(second))) {
            *b = k + 1;
            return true;
        }
    return false;
}

/* The saying at token i: SCREEN_THREAT and its tokens in *out, or -1. */
static int tk_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t a = i, b = i + 1;
    if (tkc(n, i) & TK_FAMILY) {
        if (!tk_family_reminded(n, i, &a))
            return -1;
    } else if (tkc(n, i) & TK_SIGNAL) {
        if (!tk_second_warning(n, i, &b))
            return -1;
    } else if (tkc(n, i) & TK_ONLY) {
        if (!tk_one_door(n, i, &b))
            return -1;
    } else if (tkc(n, i) & TK_CAREFUL) {
        if (!tk_careful(n, i, &b))
            return -1;
    } else if (tkc(n, i) & TK_HAS) {
        if (!tk_place_watches(n, i, &a, &b))
            return -1;
    } else if (tkc(n, i) & TK_KNOW) {
        if (!tk_where_all(n, i, &b))
            return -1;
    } else if (!tk_too_much(n, i) || !tk_bad_end(n, text, i, &b))
        return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_talkers_grammar = {tk_words_table, tk_at};
