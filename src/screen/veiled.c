/*
 * veiled.c - threats made without a violent verb.
 *
 * The threat grammar (threats.c) reads the words around "kill", "matar"
 * and their kin. Those who threaten reporters, sources and witnesses here
 * often say less and mean more: they let the reporter know that they know
 * where the family lives, talk of the reporter's funeral, or offer a
 * choice. This file reads a few such shapes, in English and Spanish:
 *
 *   - watching and knowing, by "we" or "I": "we know where your kids go
 *     to school", "we have your schedule", "we're watching you", "ya
 *     sabemos donde vives", "te tenemos ubicado", "te estamos
 *     vigilando" (not "we saw your daughter at the school play", "te
 *     seguimos desde Chicago");
 *   - "your" funeral, grave or obituary: "it'll be your funeral", "your
 *     next article will be your obituary", "tu esquela", "tu propia
 *     tumba";
 *   - "you'll be next", "vas a ser el siguiente";
 *   - days counted: "ur days are numbered", "te quedan pocos dias.";
 *   - a choice: "delete it or we delete you", "borra eso o te borramos",
 *     "or your family pays";
 *   - "would be a shame if something happened", "seria una lastima que
 *     algo le pasara";
 *   - where bodies go: "sleeping with the fishes", "dormir con los peces",
 *     "la boca llena de tierra";
 *   - "this is your last warning", "tu ultimo aviso".
 *
 * A negation before the words ("we don't know where you live"), someone
 * said to be speaking ("le escribieron que ya sabian donde vive") and
 * quotation marks (grammars.c) let a sentence pass. The rest of what
 * such readers write ("nice dog you got, barks a lot at night") has no
 * shape a rule can read; it is left to moderators (models/README.md).
 * Like the other grammars this is a rule only, not a model feature.
 */
#include <pthread.h>

#include "screen/screen_int.h"

enum {
    V_WE = 1u << 0,       /* we, i: who watches */
    V_KNOW = 1u << 1,     /* know, have, watching, sabemos, tenemos */
    V_KNOW_WE = 1u << 2,  /* sabemos, ubicamos: the subject in the verb */
    V_LOOK = 1u << 3,     /* watching, viendo: "you" right after is enough */
    V_WHERE = 1u << 4,    /* where, which, donde */
    V_YOU = 1u << 5,      /* you, your, ur, tu, tus, te */
    V_OWN = 1u << 6,      /* kids, family, schedule, hijos, placas */
    V_GRAVE = 1u << 7,    /* funeral, obituary, tumba, esquela */
    V_NEXT = 1u << 8,     /* next, siguiente, proximo */
    V_COUNTED = 1u << 9,  /* numbered, contados */
    V_DAYS = 1u << 10,    /* days, dias */
    V_OR = 1u << 11,      /* or, o */
    V_ERASE = 1u << 12,   /* delete, borramos: what "or we" does to you */
    V_PAYS = 1u << 13,    /* pays, paga: "or your family pays" */
    V_SHAME = 1u << 14,   /* shame, pity, lastima, pena */
    V_HAPPEN = 1u << 15,  /* happened, pasara */
    V_FISH = 1u << 16,    /* fishes, peces */
    V_SLEEP = 1u << 17,   /* sleep, dormir */
    V_MOUTH = 1u << 18,   /* tierra, moscas: "la boca llena de" */
    V_NOT = 1u << 19,     /* not, no, nunca, nobody */
    V_SAID = 1u << 20,    /* said, told, dijo, decia: reported words */
    V_LEFT = 1u << 21,    /* quedan: "te quedan pocos dias" */
    V_IF = 1u << 22,      /* if, si, que */
    V_PLACE = 1u << 23,   /* live, work, vives, trabajas: where "you" are */
    V_THING = 1u << 24,   /* something, algo: what "happened" */
    V_WARNING = 1u << 25, /* warning, advertencia: "your last warning" */
    V_FIGURE = 1u << 26   /* economically, urnas: "or we bury you at the
                             polls" */
};

/* What may start a match: the word each shape is found by. */
#define V_START                                                                \
    (V_KNOW | V_GRAVE | V_NEXT | V_COUNTED | V_LEFT | V_ERASE | V_PAYS |       \
     V_SHAME | V_FISH | V_MOUTH | V_WARNING)

static const struct screen_wc_word v_words[] = {
    /* watching and knowing */
    {"we", V_WE},
    {"i", V_WE},
    {"ive", V_WE},
    {"weve", V_WE},
    {"im", V_WE},
    {"know", V_KNOW},
    {"have", V_KNOW},
    {"got", V_KNOW},
    {"watching", V_KNOW | V_LOOK},
    {"sabemos", V_KNOW | V_KNOW_WE},
    {"conocemos", V_KNOW | V_KNOW_WE},
    {"tenemos", V_KNOW | V_KNOW_WE},
    {"ubicamos", V_KNOW | V_KNOW_WE},
    {"vigilamos", V_KNOW | V_KNOW_WE},
    {"vigilando", V_KNOW | V_LOOK},
    {"checando", V_KNOW | V_LOOK},
    {"ubicado", V_KNOW | V_LOOK},
    {"ubicada", V_KNOW | V_LOOK},
    {"live", V_PLACE},
    {"work", V_PLACE},
    {"sleep", V_PLACE | V_SLEEP},
    {"park", V_PLACE},
    {"vives", V_PLACE},
    {"trabajas", V_PLACE},
    {"duermes", V_PLACE},
    {"estudias", V_PLACE},
    {"andas", V_PLACE},
    {"comes", V_PLACE},
    {"desayunas", V_PLACE},
    {"escribes", V_PLACE},
    {"estacionas", V_PLACE},
    {"where", V_WHERE},
    {"which", V_WHERE},
    {"donde", V_WHERE},
    {"you", V_YOU},
    {"your", V_YOU},
    {"ur", V_YOU},
    {"u", V_YOU},
    {"youll", V_YOU},
    {"tu", V_YOU},
    {"tus", V_YOU},
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
    {"schedule", V_OWN},
    {"address", V_OWN},
    {"plates", V_OWN},
    {"route", V_OWN},
    {"school", V_OWN},
    {"hijos", V_OWN},
    {"hija", V_OWN},
    {"hijo", V_OWN},
    {"ninos", V_OWN},
    {"esposa", V_OWN},
    {"esposo", V_OWN},
    {"familia", V_OWN},
    {"mama", V_OWN},
    {"jefa", V_OWN},
    {"horario", V_OWN},
    {"direccion", V_OWN},
    {"domicilio", V_OWN},
    {"placas", V_OWN},
    {"ruta", V_OWN},
    {"escuela", V_OWN},
    {"name", V_OWN},
    {"nombre", V_OWN},
    {"car", V_OWN},
    {"house", V_OWN},
    {"home", V_OWN},
    {"cafe", V_OWN},
    {"casa", V_OWN},
    {"carro", V_OWN},
    {"coche", V_OWN},
    {"camioneta", V_OWN},
    /* graves */
    {"funeral", V_GRAVE},
    {"obituary", V_GRAVE},
    {"wake", V_GRAVE},
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
    {"tierra", V_MOUTH},
    {"moscas", V_MOUTH},
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
    {"threat", V_SAID},
    {"threats", V_SAID},
    {"amenaza", V_SAID},
    {"amenazas", V_SAID},
    {"received", V_SAID},
    {"recibio", V_SAID},
    {"recibieron", V_SAID},
    {"message", V_SAID},
    {"mensaje", V_SAID},
    {"manta", V_SAID},
    {"narcomanta", V_SAID},
    {"banner", V_SAID},
    {"economically", V_FIGURE},
    {"politically", V_FIGURE},
    {"polls", V_FIGURE},
    {"votes", V_FIGURE},
    {"court", V_FIGURE},
    {"urnas", V_FIGURE},
    {"votos", V_FIGURE},
    {"elecciones", V_FIGURE},
    {"economicamente", V_FIGURE},
    {"politicamente", V_FIGURE},
    /* warnings */
    {"warning", V_WARNING},
    {"advertencia", V_WARNING},
    {"aviso", V_WARNING},
};

static struct screen_wordclasses v_table;
static pthread_once_t v_once = PTHREAD_ONCE_INIT;

static void v_build(void)
{
    screen_wc_put_list(&v_table, V_START, v_words,
                       sizeof(v_words) / sizeof(*v_words));
}

#define V_READ_BACK 8
#define V_READ_AHEAD 8

/* The first token in [a, a + reach) of the window with class cls, or
 * SIZE_MAX. */
static size_t v_find(const struct screen_window *w, size_t a, size_t reach,
                     uint64_t cls)
{
    for (size_t j = a; j < w->e && j < a + reach; j++)
        if (screen_window_class(w, j) & cls)
            return j;
    return SIZE_MAX;
}

/* Whether a token of class cls stands in [a, b) of the window. */
static bool v_any(const struct screen_window *w, size_t a, size_t b,
                  uint64_t cls)
{
    for (size_t j = a < w->s ? w->s : a; j < b && j < w->e; j++)
        if (screen_window_class(w, j) & cls)
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
    if (j > w->s && (screen_window_is(w, j - 1, "are") ||
                     screen_window_is(w, j - 1, "also") ||
                     screen_window_is(w, j - 1, "already")))
        j--;
    if (j > w->s && (screen_window_class(w, j - 1) & V_WE)) {
        *from = j - 1;
        *plural = !screen_window_is(w, j - 1, "i") &&
                  !screen_window_is(w, j - 1, "ive") &&
                  !screen_window_is(w, j - 1, "im");
        return true;
    }
    if (j == i && j == w->s + 1 && !w->open_start &&
        screen_window_is(w, j - 1, "were")) {
        *from = j - 1;
        *plural = true;
        return true;
    }
    return false;
}

/* Watching and knowing, found by the verb at i: "we know where your kids
 * go to school", "I know where you live", "we have your schedule", "ya
 * sabemos donde vives", "te tenemos ubicado", "we're watching you." */
static bool v_watching(const struct screen_window *w, size_t i, uint64_t c,
                       size_t *a, size_t *b)
{
    /* te + estamos/tenemos + vigilando/ubicado */
    if ((c & V_LOOK) && !(c & V_KNOW_WE) && i >= w->s + 2 &&
        (screen_window_is(w, i - 1, "estamos") ||
         screen_window_is(w, i - 1, "tenemos")) &&
        screen_window_is(w, i - 2, "te")) {
        *a = i - 2;
        *b = i + 1;
        return true;
    }
    size_t from = i;
    bool plural = true;
    if (c & V_KNOW_WE) {
        if (i > w->s && screen_window_is(w, i - 1, "ya"))
            from = i - 1;
    } else if (!v_subject(w, i, &from, &plural)) {
        return false;
    }
    size_t k = v_find(w, i + 1, 3, V_WHERE | V_YOU);
    if (k == SIZE_MAX)
        return false;
    size_t end = SIZE_MAX;
    if (screen_window_is(w, k, "which")) {
        if (screen_window_class(w, k + 1) & V_OWN)
            end = k + 2; /* "which school" */
    } else if (screen_window_class(w, k) & V_WHERE) {
        /* "where you live", "donde vive tu familia"; not "where your
         * family stands on it" */
        size_t y = v_find(w, k + 1, 3, V_PLACE | V_OWN);
        if (y != SIZE_MAX && !screen_window_is(w, y + 1, "stands") &&
            !screen_window_is(w, y + 1, "stand"))
            end = y + 1;
    } else if ((c & V_LOOK) && k == i + 1 && k + 1 == w->e &&
               screen_window_is(w, k, "you")) {
        end = k + 1; /* "we're watching you." */
    } else if (plural) {
        size_t o = v_find(w, k + 1, 2, V_OWN);
        if (o != SIZE_MAX)
            end = o + 1; /* "we have your schedule" */
    }
    if (end == SIZE_MAX)
        return false;
    *a = from;
    *b = end;
    return true;
}

/* "your funeral", "your own grave", "tu propia tumba", "tu esquela". */
static bool v_grave(const struct screen_window *w, size_t i, size_t *a)
{
    size_t j = i;
    if (j > w->s && (screen_window_is(w, j - 1, "own") ||
                     screen_window_is(w, j - 1, "propia") ||
                     screen_window_is(w, j - 1, "propio")))
        j--;
    if (j <= w->s)
        return false;
    if (!(screen_window_is(w, j - 1, "your") ||
          screen_window_is(w, j - 1, "ur") || screen_window_is(w, j - 1, "tu")))
        return false;
    /* "your obituary of the old baker", "tu esquela para don Juan": one
     * the reader wrote */
    static const char *const of[] = {"of", "for",  "about",
                                     "de", "para", "sobre"};
    for (size_t k = 0; k < sizeof(of) / sizeof(*of); k++)
        if (screen_window_is(w, i + 1, of[k]))
            return false;
    *a = j - 1;
    return true;
}

/* "you'll be next", "you will be next", "vas a ser el siguiente". */
static bool v_next(const struct screen_window *w, size_t i, size_t *a)
{
    if (i >= w->s + 2 && screen_window_is(w, i - 1, "be") &&
        screen_window_is(w, i - 2, "youll")) {
        *a = i - 2;
        return true;
    }
    if (i >= w->s + 3 && screen_window_is(w, i - 1, "be") &&
        screen_window_is(w, i - 2, "will") &&
        screen_window_is(w, i - 3, "you")) {
        *a = i - 3;
        return true;
    }
    if (i >= w->s + 4 &&
        (screen_window_is(w, i - 1, "el") ||
         screen_window_is(w, i - 1, "la")) &&
        screen_window_is(w, i - 2, "ser") && screen_window_is(w, i - 3, "a") &&
        screen_window_is(w, i - 4, "vas")) {
        *a = i - 4;
        return true;
    }
    return false;
}

/* "your days are numbered", "ur days r numbered", "tus dias estan
 * contados"; "te quedan pocos dias" ending its sentence. */
static bool v_counted(const struct screen_window *w, size_t i, uint64_t c,
                      size_t *a, size_t *b)
{
    if (c & V_COUNTED) {
        for (size_t k = 2; k <= 3 && i >= w->s + k; k++) {
            if (!(screen_window_class(w, i - k) & V_DAYS))
                continue;
            if (i - k > w->s && (screen_window_class(w, i - k - 1) & V_YOU)) {
                *a = i - k - 1;
                *b = i + 1;
                return true;
            }
        }
        return false;
    }
    /* "te quedan pocos dias", not "te quedan pocos dias de vacaciones"
     * or "para entregar" */
    static const char *const then[] = {"de", "del", "para",  "en",   "a",
                                       "al", "y",   "hasta", "antes"};
    bool more = false;
    for (size_t k = 0; k < sizeof(then) / sizeof(*then) && !more; k++)
        more = screen_window_is(w, i + 3, then[k]);
    if (i > w->s && screen_window_is(w, i - 1, "te") &&
        screen_window_is(w, i + 1, "pocos") &&
        screen_window_is(w, i + 2, "dias") && !more) {
        *a = i - 1;
        *b = i + 3;
        return true;
    }
    return false;
}

/* A choice: "or we delete you", "or well bury you", "o te borramos",
 * "or your family pays", "o tu familia paga". */
static bool v_choice(const struct screen_window *w, size_t i, uint64_t c,
                     size_t *a, size_t *b)
{
    if (c & V_ERASE) {
        /* o te borramos */
        if (i >= w->s + 2 && screen_window_is(w, i - 1, "te") &&
            (screen_window_class(w, i - 2) & V_OR)) {
            *a = i - 2;
            *b = i + 1;
            return true;
        }
        /* or we (will) delete you */
        if (!(i + 1 < w->e && screen_window_is(w, i + 1, "you")))
            return false;
        for (size_t k = 1; k <= 3 && i >= w->s + k + 1; k++) {
            if ((screen_window_is(w, i - k, "we") ||
                 screen_window_is(w, i - k, "well")) &&
                (screen_window_class(w, i - k - 1) & V_OR)) {
                *a = i - k - 1;
                *b = i + 2;
                return true;
            }
        }
        return false;
    }
    /* or your family pays */
    for (size_t k = 1; k <= 3 && i >= w->s + k + 2; k++) {
        if ((screen_window_class(w, i - k) & V_OWN) &&
            (screen_window_class(w, i - k - 1) & V_YOU) &&
            (screen_window_class(w, i - k - 2) & V_OR)) {
            *a = i - k - 2;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* "a shame if something happened", "una lastima que algo le pasara". */
static bool v_shame(const struct screen_window *w, size_t i, size_t *b)
{
    size_t f = v_find(w, i + 1, 2, V_IF);
    if (f == SIZE_MAX)
        return false;
    size_t h = v_find(w, f + 1, 4, V_HAPPEN);
    if (h == SIZE_MAX || !v_any(w, f + 1, h, V_THING))
        return false;
    *b = h + 1;
    return true;
}

/* "this is your last warning", "es tu ultimo aviso" ("you've been
 * warned" and "ya estas advertido" are as often a friendly word about a
 * closed road). */
static bool v_warning(const struct screen_window *w, size_t i, size_t *a)
{
    if (i >= w->s + 2 &&
        (screen_window_is(w, i - 1, "last") ||
         screen_window_is(w, i - 1, "final") ||
         screen_window_is(w, i - 1, "ultima") ||
         screen_window_is(w, i - 1, "ultimo")) &&
        (screen_window_is(w, i - 2, "your") ||
         screen_window_is(w, i - 2, "ur") ||
         screen_window_is(w, i - 2, "tu"))) {
        *a = i - 2;
        return true;
    }
    return false;
}

/* One veiled threat found by token i of class c, in tokens [a, b). */
static bool v_match(const struct screen_window *w, size_t i, uint64_t c,
                    size_t *a, size_t *b)
{
    *a = i;
    *b = i + 1;
    if ((c & V_KNOW) && v_watching(w, i, c, a, b))
        return true;
    if ((c & V_GRAVE) && v_grave(w, i, a))
        return true;
    if ((c & V_NEXT) && v_next(w, i, a))
        return true;
    if ((c & (V_COUNTED | V_LEFT)) && v_counted(w, i, c, a, b))
        return true;
    if ((c & (V_ERASE | V_PAYS)) && v_choice(w, i, c, a, b))
        return true;
    if ((c & V_SHAME) && v_shame(w, i, b))
        return true;
    if ((c & V_WARNING) && v_warning(w, i, a))
        return true;
    /* sleeping with the fishes, dormir con los peces, said to "you" (not
     * of a bill "dead in the water", or the film's line) */
    if ((c & V_FISH) && i >= w->s + 2 && v_any(w, i - 3, i, V_SLEEP) &&
        v_any(w, w->s, i, V_YOU)) {
        size_t k = i - 3 < w->s ? w->s : i - 3;
        while (!(screen_window_class(w, k) & V_SLEEP))
            k++;
        *a = k;
        return true;
    }
    /* la boca llena de tierra */
    if ((c & V_MOUTH) && i >= w->s + 3 && screen_window_is(w, i - 1, "de") &&
        screen_window_is(w, i - 2, "llena") &&
        screen_window_is(w, i - 3, "boca")) {
        *a = i - 3;
        return true;
    }
    return false;
}

/* Whether the words near token i could make a match at all: the verbs
 * "have", "know" and "got" start many windows otherwise. */
static bool v_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    if (c & (V_GRAVE | V_NEXT | V_COUNTED | V_LEFT | V_SHAME | V_FISH |
             V_MOUTH | V_PAYS | V_ERASE | V_WARNING))
        return true;
    return screen_wc_near(&v_table, n, i, 2, 4, V_YOU | V_WHERE);
}

static const struct screen_wordclasses *v_words_table(void)
{
    pthread_once(&v_once, v_build);
    return &v_table;
}

/* The veiled threat found by token i: SCREEN_THREAT and its tokens in
 * *out, or -1. */
static int v_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    (void)len;
    uint64_t c = screen_wc_class(&v_table, n->tok[i].hash);
    if (!(c & V_START) || !v_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &v_table, 0, 0, false};
    screen_window_at(&w, i, V_READ_BACK, V_READ_AHEAD);
    size_t a, b;
    if (!v_match(&w, i, c, &a, &b))
        return -1;
    /* "we don't know where you live", "le dijeron que sabian donde vive",
     * "or we bury you at the polls" */
    if (v_any(&w, w.s, b, V_NOT | V_SAID) || v_any(&w, b, b + 4, V_FIGURE))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_veiled_grammar = {v_words_table, v_at};
