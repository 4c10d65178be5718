/*
 * memory.c - "we have long memories": a memory claimed as a menace.
 *
 * Under a story whose sources spoke, some readers answer with memory:
 * "Some of us remember faces very well. Especially the workers who spoke
 * to the camera.", "We have long memories in Nuevo Laredo.", "el coronel
 * tiene amigos y tienen memoria", "aquí hay gente que sí tiene armas y
 * buena memoria", "no olvidamos caras". No word is violent, so the model
 * reads a comment on history. This grammar holds as a threat:
 *
 *   - a memory had by "we", "us", people "here" or someone's friends
 *     ("we have long memories", "tenemos muy buena memoria", "people
 *     around here have very good memories", "tienen amigos y tienen
 *     memoria");
 *   - faces or names remembered, or not forgotten, by "we" in the present
 *     ("Some of us remember faces very well", "We never forget a face",
 *     "no olvidamos caras", "recordamos los nombres de este artículo").
 *
 * Not held: memories of something ("we have long memories of the
 * flood"), a short or a bad memory, a negation ("los mexicanos no
 * tenemos memoria"), a vote or the people's memory of its government
 * ("the people have long memories and they will vote accordingly"),
 * remembrance of the dead ("we will never forget the victims", "nunca
 * olvidamos a nuestros muertos", "we remember their faces"), one person's
 * memory ("mi abuela tiene muy buena memoria") and a question. A grammar
 * of the one pass (grammars.c); a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    MM_MEM = 1u << 0,    /* memory, memories, memoria */
    MM_FACE = 1u << 1,   /* faces, face, caras, rostros, names, nombres */
    MM_HAVE = 1u << 2,   /* have, has, tenemos, tienen, tiene */
    MM_US = 1u << 3,     /* we, us, nosotros, tenemos, here, aqui, friends */
    MM_RECALL = 1u << 4, /* remember, recordamos, forget, olvidamos */
    MM_NOT = 1u << 5,    /* no, not, never, nunca, jamas, dont */
    MM_SPARE = 1u << 6,  /* victims, muertos, vote, short, corta, mala */
    MM_THEIR = 1u << 7,  /* their, his, her, sus, su: the dead's own */
    MM_ALL = 1u << 8,    /* todo, nada, everything, nothing: remembered */
    MM_FORGET = 1u << 9, /* forget, olvida, olvidamos: only denied */
    MM_KNOW = 1u << 10,  /* conocemos, knows: "aquí todos nos conocemos" */
    MM_KIND = 1u << 11,  /* ayudamos, apoyamos, duele, help: a town's
                            warmth or grief, not a menace */
    MM_CUE = 1u << 12,   /* cuídese, recuerden, habla, sabemos: a warning
                            with "todos nos conocemos" */
};

static const struct screen_wc_word mm_words[] = {
    {"memory", MM_MEM},
    {"memories", MM_MEM},
    {"memoria", MM_MEM},
    {"faces", MM_FACE},
    {"face", MM_FACE},
    {"caras", MM_FACE},
    {"rostros", MM_FACE},
    {"names", MM_FACE},
    {"nombres", MM_FACE},
    {"rostro", MM_FACE},
    {"cara", MM_FACE},
    {"caritas", MM_FACE},
    {"nombre", MM_FACE},
    {"name", MM_FACE},
    {"todo", MM_ALL},
    {"nada", MM_ALL},
    {"todos", MM_ALL},
    {"everything", MM_ALL},
    {"nothing", MM_ALL},
    {"anything", MM_ALL},
    {"conocemos", MM_KNOW},
    {"conosemos", MM_KNOW},
    {"conocen", MM_KNOW},
    {"knows", MM_KNOW},
    {"cuidese", MM_CUE},
    {"cuidate", MM_CUE},
    {"cuide", MM_CUE},
    {"cuidense", MM_CUE},
    {"cuiden", MM_CUE},
    {"careful", MM_CUE},
    {"watch", MM_CUE},
    {"recuerden", MM_CUE},
    {"recuerde", MM_CUE},
    {"acuerdense", MM_CUE},
    {"acuerdate", MM_CUE},
    {"acuerdese", MM_CUE},
    {"olvides", MM_CUE},
    {"olviden", MM_CUE},
    {"olvide", MM_CUE},
    {"habla", MM_CUE},
    {"hablan", MM_CUE},
    {"hablar", MM_CUE},
    {"hablando", MM_CUE},
    {"hablador", MM_CUE},
    {"talk", MM_CUE},
    {"talks", MM_CUE},
    {"talking", MM_CUE},
    {"sabemos", MM_CUE},
    {"saludos", MM_CUE},
    {"interesting", MM_CUE},
    {"digo", MM_CUE},
    {"saying", MM_CUE},
    {"forgot", MM_CUE},
    {"valiente", MM_CUE},
    {"valientes", MM_CUE},
    {"recordamos", MM_RECALL | MM_US | MM_CUE},
    {"sabe", MM_CUE},
    {"periodista", MM_CUE},
    {"reportero", MM_CUE},
    {"reportera", MM_CUE},
    {"reporter", MM_CUE},
    {"testigo", MM_CUE},
    {"witness", MM_CUE},
    {"gracias", MM_SPARE | MM_KIND},
    {"thanks", MM_SPARE | MM_KIND},
    {"luto", MM_KIND},
    {"praying", MM_KIND},
    {"pray", MM_KIND},
    {"prayers", MM_KIND},
    {"rezamos", MM_KIND},
    {"oramos", MM_KIND},
    {"rezando", MM_KIND},
    {"apoyar", MM_KIND},
    {"apoyo", MM_KIND},
    {"fuerza", MM_KIND},
    {"courage", MM_KIND},
    {"brave", MM_KIND},
    {"valor", MM_KIND},
    {"funeral", MM_KIND},
    {"food", MM_KIND},
    {"comida", MM_KIND},
    {"tragedia", MM_KIND},
    {"tragedy", MM_KIND},
    {"trabajo", MM_KIND},
    {"ayuda", MM_KIND},
    {"ayudar", MM_KIND},
    {"supporting", MM_KIND},
    {"ayudamos", MM_KIND},
    {"apoyamos", MM_KIND},
    {"cuidamos", MM_KIND},
    {"queremos", MM_KIND},
    {"duele", MM_KIND},
    {"dolio", MM_KIND},
    {"dolor", MM_KIND},
    {"tristeza", MM_KIND},
    {"lamentamos", MM_KIND},
    {"help", MM_KIND},
    {"helps", MM_KIND},
    {"support", MM_KIND},
    {"hurts", MM_KIND},
    {"grief", MM_KIND},
    {"sad", MM_KIND},
    {"have", MM_HAVE},
    {"has", MM_HAVE},
    {"tiene", MM_HAVE},
    {"tienen", MM_HAVE},
    {"tenemos", MM_HAVE | MM_US},
    {"we", MM_US},
    {"us", MM_US},
    {"nosotros", MM_US},
    {"here", MM_US},
    {"aqui", MM_US},
    {"aca", MM_US},
    {"amigos", MM_US},
    {"friends", MM_US},
    {"compas", MM_US},
    {"raza", MM_US},
    {"aki", MM_US},
    {"patron", MM_US},
    {"nos", MM_US},
    {"remember", MM_RECALL},
    {"forget", MM_RECALL | MM_FORGET},
    {"forgets", MM_RECALL | MM_FORGET},
    {"olvidamos", MM_RECALL | MM_US | MM_FORGET},
    {"olvida", MM_RECALL | MM_FORGET},
    {"olvidan", MM_RECALL | MM_FORGET},
    {"acordamos", MM_RECALL | MM_US},
    {"acuerda", MM_RECALL},
    {"acuerdan", MM_RECALL},
    {"aprendimos", MM_RECALL | MM_US},
    {"memorizamos", MM_RECALL | MM_US},
    {"memorized", MM_RECALL},
    {"no", MM_NOT},
    {"not", MM_NOT},
    {"never", MM_NOT},
    {"nunca", MM_NOT},
    {"jamas", MM_NOT},
    {"dont", MM_NOT},
    {"nobody", MM_NOT},
    {"nadie", MM_NOT},
    {"victims", MM_SPARE},
    {"victimas", MM_SPARE},
    {"muertos", MM_SPARE},
    {"dead", MM_SPARE},
    {"desaparecidos", MM_SPARE},
    {"fallen", MM_SPARE},
    {"lost", MM_SPARE},
    {"child", MM_SPARE},
    {"children", MM_SPARE},
    {"kids", MM_SPARE},
    {"niños", MM_SPARE},
    {"ninos", MM_SPARE},
    {"fallecidos", MM_SPARE},
    {"martires", MM_SPARE},
    {"heroes", MM_SPARE},
    {"miss", MM_SPARE},
    {"old", MM_SPARE},
    {"thank", MM_SPARE},
    {"agradecidos", MM_SPARE},
    {"ayudaron", MM_SPARE},
    {"helped", MM_SPARE},
    {"apoyaron", MM_SPARE},
    {"childhood", MM_SPARE},
    {"infancia", MM_SPARE},
    {"nostalgia", MM_SPARE},
    {"school", MM_SPARE},
    {"escuela", MM_SPARE},
    {"beautiful", MM_SPARE},
    {"hermoso", MM_SPARE},
    {"hermosa", MM_SPARE},
    {"extrañamos", MM_SPARE},
    {"extranamos", MM_SPARE},
    {"homenaje", MM_SPARE},
    {"honor", MM_SPARE},
    {"rip", MM_SPARE},
    {"qepd", MM_SPARE},
    {"vote", MM_SPARE},
    {"votar", MM_SPARE},
    {"votaremos", MM_SPARE},
    {"voters", MM_SPARE},
    {"election", MM_SPARE},
    {"elections", MM_SPARE},
    {"elecciones", MM_SPARE},
    {"urnas", MM_SPARE},
    {"ballot", MM_SPARE},
    {"pueblo", MM_SPARE},
    {"mexicanos", MM_SPARE},
    {"government", MM_SPARE},
    {"gobierno", MM_SPARE},
    {"short", MM_SPARE},
    {"corta", MM_SPARE},
    {"mala", MM_SPARE},
    {"poca", MM_SPARE},
    {"bad", MM_SPARE},
    {"their", MM_THEIR},
    {"his", MM_THEIR},
    {"her", MM_THEIR},
    {"sus", MM_THEIR},
    {"su", MM_THEIR},
};

static struct screen_wc_list mm_list =
    SCREEN_WC_LIST(mm_words, MM_MEM | MM_FACE | MM_ALL | MM_KNOW);

static const struct screen_wordclasses *mm_words_table(void)
{
    return screen_wc_ready(&mm_list);
}

static uint64_t mm_cls(const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(&mm_list.table, n, j);
}

/* The first token of class cls in [a, b) but not past a sentence's
 * break, or SIZE_MAX; backwards from b - 1 when back. */
static size_t mm_find(const struct screen_norm *n, const char *text, size_t a,
                      size_t b, uint64_t cls, bool back)
{
    if (b > n->ntok)
        b = n->ntok;
    if (back) {
        /* not across a break before b: a word of the sentence before */
        for (size_t j = b; j-- > a;) {
            if (j + 1 < n->ntok &&
                screen_sentence_break(text, &n->tok[j], &n->tok[j + 1]))
                break;
            if (mm_cls(n, j) & cls)
                return j;
        }
        return SIZE_MAX;
    }
    for (size_t j = a; j < b; j++) {
        if (j > a && screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (mm_cls(n, j) & cls)
            return j;
    }
    return SIZE_MAX;
}

/* A memory had by us at token i (the memory): its first token in *a. */
static bool mm_memory_had(const struct screen_norm *n, const char *text,
                          size_t i, size_t *a)
{
    /* memories of something: "long memories of the flood" */
    if (screen_tok_is(n, i + 1, "of") || screen_tok_is(n, i + 1, "de"))
        return false;
    /* "Memory is long in Sinaloa", "aquí la memoria es larga": a place's
     * or ours, not "Her memory is long" */
    if ((screen_tok_is(n, i + 1, "is") && screen_tok_is(n, i + 2, "long")) ||
        (screen_tok_is(n, i + 1, "es") && screen_tok_is(n, i + 2, "larga"))) {
        if (i > 0 &&
            ((mm_cls(n, i - 1) & MM_THEIR) || screen_tok_is(n, i - 1, "my") ||
             screen_tok_is(n, i - 1, "mi")))
            return false;
        bool where =
            screen_tok_is(n, i + 3, "in") || screen_tok_is(n, i + 3, "en") ||
            screen_tok_is(n, i + 3, "here") || screen_tok_is(n, i + 3, "aqui");
        *a = mm_find(n, text, i >= 4 ? i - 4 : 0, i, MM_US, true);
        if (*a == SIZE_MAX && !where)
            return false;
        if (*a == SIZE_MAX)
            *a = i;
        return true;
    }
    if ((screen_tok_is(n, i + 1, "no") && screen_tok_is(n, i + 2, "falla")) ||
        (screen_tok_is(n, i + 1, "never") &&
         screen_tok_is(n, i + 2, "fails"))) {
        *a = mm_find(n, text, i >= 4 ? i - 4 : 0, i, MM_US, true);
        return *a != SIZE_MAX;
    }
    size_t have = mm_find(n, text, i >= 5 ? i - 5 : 0, i, MM_HAVE, true);
    if (have == SIZE_MAX)
        return false;
    size_t us =
        mm_cls(n, have) & MM_US
            ? have
            : mm_find(n, text, have >= 5 ? have - 5 : 0, have + 1, MM_US, true);
    if (us == SIZE_MAX)
        return false;
    *a = us < have ? us : have;
    return mm_find(n, text, *a, i, MM_NOT, false) == SIZE_MAX;
}

/* Faces or names remembered by us at token i (the faces): its first
 * token in *a. */
static bool mm_faces_recalled(const struct screen_norm *n, const char *text,
                              size_t i, size_t *a)
{
    size_t v = mm_find(n, text, i >= 4 ? i - 4 : 0, i, MM_RECALL, true);
    if (v == SIZE_MAX)
        return false;
    /* of a time or a place: "we remember faces from the vigil" */
    if (screen_tok_is(n, i + 1, "from"))
        return false;
    /* a contrast: "we remember usernames, not faces" */
    if (i > 0 &&
        (screen_tok_is(n, i - 1, "not") || screen_tok_is(n, i - 1, "no")))
        return false;
    /* whose: not "their faces", "sus nombres", but learned by heart: "ya
     * nos aprendimos sus caras" */
    bool learned = screen_tok_is(n, v, "aprendimos") ||
                   screen_tok_is(n, v, "memorizamos") ||
                   screen_tok_is(n, v, "memorized");
    for (size_t k = v + 1; k < i && !learned; k++)
        if (mm_cls(n, k) & MM_THEIR)
            return false;
    /* everything remembered, ending its clause: "aquí no se nos olvida
     * nada", "nos acordamos de todos los que hablaron" (not "de todo lo
     * que pasó en el 85") */
    if ((mm_cls(n, i) & MM_ALL) && !(mm_cls(n, i) & MM_FACE)) {
        bool who = screen_tok_is(n, i, "todos") &&
                   (screen_tok_is(n, i + 1, "los") ||
                    screen_tok_is(n, i + 1, "las")) &&
                   screen_tok_is(n, i + 2, "que");
        if (!who && !screen_clause_ends_after(n, text, i))
            return false;
    }
    /* forgotten only denied: "we never forget a face", "no olvidamos",
     * "aquí nadie olvida un nombre" */
    bool forget = (mm_cls(n, v) & MM_FORGET) != 0;
    size_t not = mm_find(n, text, v >= 4 ? v - 4 : 0, v, MM_NOT, true);
    if (forget != (not != SIZE_MAX))
        return false;
    /* by us, in the present: "Some of us remember", "recordamos" (not "I
     * remember", "we will never forget") */
    size_t us = mm_cls(n, v) & MM_US
                    ? v
                    : mm_find(n, text, v >= 5 ? v - 5 : 0, v, MM_US, true);
    if (us == SIZE_MAX)
        return false;
    for (size_t k = us; k < v; k++)
        if (screen_tok_is(n, k, "will") || screen_tok_is(n, k, "ll") ||
            screen_tok_is(n, k, "always"))
            return false;
    *a = us < v ? us : v;
    if (not != SIZE_MAX && not < *a)
        *a = not ;
    return true;
}

/* "aquí todos nos conocemos", "small town, everyone knows everyone",
 * "todos se conocen", by the knowing at token i, with a warning in the
 * comment ("cuídese", "acuérdense", "la gente habla", "sabemos quién
 * escribe", "just saying"): its first token in *a. Not a town's warmth or
 * grief ("Aquí todos nos conocemos y la vamos a apoyar", "todos nos
 * conocemos y hoy estamos de luto"), nor without a warning ("en mi
 * pueblo todos nos conocemos"). */
static bool mm_all_known(const struct screen_norm *n, size_t i, size_t *a)
{
    static const char *const all[] = {"todos", "todas"};
    static const char *const one[] = {"everyone", "everybody"};
    if (screen_tok_is(n, i, "knows")) {
        if (i < 1 || !screen_tok_in(n, i - 1, one, 2) ||
            !screen_tok_in(n, i + 1, one, 2))
            return false;
        *a = i - 1;
    } else if (i >= 2 && screen_tok_in(n, i - 2, all, 2) &&
               (screen_tok_is(n, i - 1, "nos") ||
                screen_tok_is(n, i - 1, "se"))) {
        *a = i - 2; /* "todos nos conocemos", "todos se conocen" */
    } else if (i >= 1 && screen_tok_in(n, i - 1, all, 2) &&
               screen_tok_is(n, i + 1, "a") &&
               screen_tok_in(n, i + 2, all, 2)) {
        *a = i - 1; /* "todos conocemos a todos" */
    } else
        return false;
    return screen_wc_anywhere(&mm_list.table, n, MM_CUE, 0, 0) &&
           !screen_wc_anywhere(&mm_list.table, n, MM_KIND, 0, 0);
}

/* The memory claimed at token i: SCREEN_THREAT and its tokens in *out, or
 * -1. */
static int mm_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    size_t a;
    uint64_t c = mm_cls(n, i);
    if (c & MM_KNOW)
        return mm_all_known(n, i, &a)
                   ? screen_grammar_match(n, text, len, i, a, i + 1,
                                          SCREEN_THREAT, out)
                   : -1;
    bool found = (c & MM_MEM) ? mm_memory_had(n, text, i, &a)
                              : mm_faces_recalled(n, text, i, &a);
    if (!found)
        return -1;
    /* remembrance, a vote, a short memory */
    if (screen_wc_anywhere(&mm_list.table, n, MM_SPARE, 0, 0))
        return -1;
    return screen_grammar_match(n, text, len, i, a, i + 1, SCREEN_THREAT, out);
}

const struct screen_grammar screen_memory_grammar = {mm_words_table, mm_at};
