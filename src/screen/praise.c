/*
 * praise.c - thanks and praise for the reporter, told apart from the
 * menace that borrows its words.
 *
 * Under every story on this beat readers thank the one who wrote it:
 * "Qué bonito escribe la reportera", "Reportero eres un crack, sigue
 * así", "Dios te bendiga reportera, eres muy valiente", "Bless the
 * reporter who wrote this, so brave". The learned heads were taught the
 * same words by threats ("the reporter who wrote this should be
 * careful", "qué bonito escribe, lástima que..."), and held these at
 * 0.55 to 0.83. A comment made of praise (thanks, a blessing, bravery,
 * respect, a "crack") and of whom or what it praises (the reporter, the
 * blog, the story, the one who wrote it) is read here; model.c takes
 * what those words added towards abuse out of the heads when few other
 * words stand in the comment (PRAISE_REST_MAX) and each of its sentences
 * praises ("Great article, thank you. They are all vile parasites!" is
 * left to the heads, sentence by sentence). The rules still read the
 * whole comment: bravery with its price named is brave.c's, a threat is
 * threats.c's.
 *
 * Praise with a turn is no praise: a pity or a shame ("lástima",
 * "shame"), a time it lasts ("mientras", "while", "todavía", "for now",
 * "last"), care urged ("cuídate", "careful", "watch"), a home or a
 * family ("casa", "where she lives", "sus hijos"), a but ("pero",
 * "but"), a knowing ("sabemos", "we know"), a future ("va a", "will"),
 * too much ("demasiado", "too brave"), a list or a note ("ya estás
 * anotada", "el blog ya está en la lista"), a meeting ("a ver en
 * persona"), a watch ("we read everything, every word"), a question,
 * trailing dots, a laugh or a mocking emoji: in a comment with any of
 * them nothing is listed. So is one that watches ("la estamos leyendo",
 * "sale a las siete", "nice red car", "easy to find", a number), mourns
 * before a death ("descanse en paz", "flowers") or says enjoy it. "Keep
 * writing" and "sigue escribiendo" are no praise here: they are as often
 * a warning.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    P_PRAISE = 1u << 0, /* gracias, bravo, bless, valiente, crack */
    P_WHOM = 1u << 1,   /* reportera, reporter, blog, nota, escribe */
    P_TURN = 1u << 2,   /* lástima, while, cuídate, pero, casa */
    P_KEEP = 1u << 3,   /* sigue, keep: praise with "así", "it up" */
};

static const struct screen_wc_word p_words[] = {
    /* thanks, blessings, respect */
    {"gracias", P_PRAISE},
    {"thanks", P_PRAISE},
    {"thank", P_PRAISE},
    {"bravo", P_PRAISE},
    {"felicidades", P_PRAISE},
    {"felicito", P_PRAISE},
    {"congrats", P_PRAISE},
    {"congratulations", P_PRAISE},
    {"bendiga", P_PRAISE},
    {"bendiciones", P_PRAISE},
    {"bless", P_PRAISE},
    {"admiro", P_PRAISE},
    {"admire", P_PRAISE},
    {"respeto", P_PRAISE},
    {"respetos", P_PRAISE},
    {"respect", P_PRAISE},
    {"props", P_PRAISE},
    {"kudos", P_PRAISE},
    {"grateful", P_PRAISE},
    {"agradecido", P_PRAISE},
    {"agradecida", P_PRAISE},
    {"agradecidos", P_PRAISE},
    /* what the praised one is or did */
    {"crack", P_PRAISE},
    {"chingona", P_PRAISE},
    {"chingon", P_PRAISE},
    {"rifo", P_PRAISE},
    {"rifa", P_PRAISE},
    {"valiente", P_PRAISE},
    {"valientes", P_PRAISE},
    {"valor", P_PRAISE},
    {"valentia", P_PRAISE},
    {"brave", P_PRAISE},
    {"braver", P_PRAISE},
    {"bravest", P_PRAISE},
    {"courage", P_PRAISE},
    {"guts", P_PRAISE},
    {"bonito", P_PRAISE},
    {"excelente", P_PRAISE},
    {"excellent", P_PRAISE},
    {"great", P_PRAISE},
    {"amazing", P_PRAISE},
    {"premio", P_PRAISE},
    {"orgullo", P_PRAISE},
    /* "sigue así", "keep it up", "keep writing" */
    {"sigue", P_KEEP},
    {"sigan", P_KEEP},
    {"keep", P_KEEP},
    /* whom or what is praised */
    {"reportera", P_WHOM},
    {"reportero", P_WHOM},
    {"reporteras", P_WHOM},
    {"reporteros", P_WHOM},
    {"periodista", P_WHOM},
    {"periodistas", P_WHOM},
    {"periodismo", P_WHOM},
    {"reporter", P_WHOM},
    {"reporters", P_WHOM},
    {"journalist", P_WHOM},
    {"journalists", P_WHOM},
    {"journalism", P_WHOM},
    {"reporting", P_WHOM},
    {"blog", P_WHOM},
    {"nota", P_WHOM},
    {"articulo", P_WHOM},
    {"article", P_WHOM},
    {"story", P_WHOM},
    {"piece", P_WHOM},
    {"investigacion", P_WHOM},
    {"entrevista", P_WHOM},
    {"interview", P_WHOM},
    {"escribe", P_WHOM},
    {"escribio", P_WHOM},
    {"escribir", P_WHOM},
    {"wrote", P_WHOM},
    {"writing", P_WHOM},
    /* a turn: a pity, a time it lasts, care urged, a home, a but */
    {"lastima", P_TURN},
    {"pity", P_TURN},
    {"shame", P_TURN},
    {"pena", P_TURN},
    {"mientras", P_TURN},
    {"while", P_TURN},
    {"todavia", P_TURN},
    {"still", P_TURN},
    {"ahora", P_TURN},
    {"now", P_TURN},
    {"last", P_TURN},
    {"ultima", P_TURN},
    {"ultimo", P_TURN},
    {"ultimas", P_TURN},
    {"cuidate", P_TURN},
    {"cuidese", P_TURN},
    {"cuidado", P_TURN},
    {"careful", P_TURN},
    {"watch", P_TURN},
    {"casa", P_TURN},
    {"house", P_TURN},
    {"home", P_TURN},
    {"vive", P_TURN},
    {"lives", P_TURN},
    {"hijos", P_TURN},
    {"kids", P_TURN},
    {"family", P_TURN},
    {"familia", P_TURN},
    {"pero", P_TURN},
    {"but", P_TURN},
    {"aunque", P_TURN},
    {"though", P_TURN},
    {"sabemos", P_TURN},
    {"know", P_TURN},
    {"va", P_TURN},
    {"van", P_TURN},
    {"will", P_TURN},
    {"gonna", P_TURN},
    {"demasiado", P_TURN},
    {"demasiada", P_TURN},
    {"too", P_TURN},
    {"own", P_TURN},
    {"ojala", P_TURN},
    {"hope", P_TURN},
    {"seria", P_TURN},
    {"would", P_TURN},
    {"pronto", P_TURN},
    {"soon", P_TURN},
    /* a list, a note, a watch: "ya estás anotada", "el blog ya está en la
     * lista", "a ver en persona", "we read everything, every word" */
    {"ya", P_TURN},
    {"already", P_TURN},
    {"lista", P_TURN},
    {"list", P_TURN},
    {"anotada", P_TURN},
    {"anotado", P_TURN},
    {"anotados", P_TURN},
    {"noted", P_TURN},
    {"ver", P_TURN},
    {"persona", P_TURN},
    {"person", P_TURN},
    {"every", P_TURN},
    {"everything", P_TURN},
    {"cada", P_TURN},
    /* watching: "la estamos leyendo", "the boss reads her too", "sale a
     * las siete", "mismo café, misma hora", "nice red car", "bonito
     * vestido", "easy to find", "won't see it coming" */
    {"leyendo", P_TURN},
    {"leemos", P_TURN},
    {"lee", P_TURN},
    {"reading", P_TURN},
    {"reads", P_TURN},
    {"sale", P_TURN},
    {"leaves", P_TURN},
    {"hora", P_TURN},
    {"hour", P_TURN},
    {"cafe", P_TURN},
    {"coffee", P_TURN},
    {"gimnasio", P_TURN},
    {"gym", P_TURN},
    {"camioneta", P_TURN},
    {"carro", P_TURN},
    {"coche", P_TURN},
    {"car", P_TURN},
    {"truck", P_TURN},
    {"manejas", P_TURN},
    {"drive", P_TURN},
    {"drives", P_TURN},
    {"vestido", P_TURN},
    {"dress", P_TURN},
    {"ropa", P_TURN},
    {"find", P_TURN},
    {"encontrar", P_TURN},
    {"coming", P_TURN},
    {"next", P_TURN},
    {"proxima", P_TURN},
    {"choice", P_TURN},
    {"decision", P_TURN},
    {"long", P_TURN},
    {"lasts", P_TURN},
    {"dura", P_TURN},
    {"boss", P_TURN},
    {"jefe", P_TURN},
    {"patron", P_TURN},
    {"especially", P_TURN},
    {"addresses", P_TURN},
    {"direccion", P_TURN},
    /* mourning before a death: "descanse en paz", "flores para su
     * tumba", "we'll be sending flowers"; enjoying while one can */
    {"descanse", P_TURN},
    {"paz", P_TURN},
    {"rip", P_TURN},
    {"qepd", P_TURN},
    {"tumba", P_TURN},
    {"flores", P_TURN},
    {"flowers", P_TURN},
    {"enjoy", P_TURN},
    {"disfruta", P_TURN},
    {"disfrutalo", P_TURN},
    {"disfrutela", P_TURN},
    /* the reporter as the news to come: "brave girls make great
     * headlines themselves" */
    {"headlines", P_TURN},
    {"headline", P_TURN},
    {"titulares", P_TURN},
    {"noticia", P_TURN},
};

/* whom is praised: the rarer half, asked first */
static struct screen_wc_list p_list = SCREEN_WC_LIST(p_words, P_WHOM);

/* Whether text holds a mark that turns praise: a question, trailing
 * dots, or an emoji of death or mockery. */
static bool p_marked(const char *text, size_t len)
{
    static const char *const marks[] = {
        "?",
        "\xc2\xbf", /* ¿ */
        "...",
        "\xe2\x80\xa6",     /* … */
        "\xf0\x9f\x92\x80", /* 💀 */
        "\xe2\x9a\xb0",     /* ⚰ */
        "\xf0\x9f\x94\xaa", /* 🔪 */
        "\xf0\x9f\x94\xab", /* 🔫 */
        "\xf0\x9f\xa4\xa1", /* 🤡 */
        "\xf0\x9f\x98\x88", /* 😈 */
        "\xf0\x9f\x96\x95", /* 🖕 */
        "\xf0\x9f\x98\x8f", /* 😏 */
        "\xf0\x9f\x99\x83", /* 🙃 */
        "\xf0\x9f\x99\x82", /* 🙂 */
        "\xf0\x9f\x91\x80", /* 👀 */
    };
    for (size_t k = 0; k < SCREEN_NWORDS(marks); k++)
        if (memmem(text, len, marks[k], strlen(marks[k])))
            return true;
    return false;
}

size_t screen_praise_tokens(const struct screen_norm *n, const char *text,
                            size_t len, uint32_t *out, size_t max)
{
    const struct screen_wordclasses *t = screen_wc_ready(&p_list);
    if (!screen_wc_may_hold(t, n))
        return 0; /* no reporter, no blog, no story */
    if (!screen_wc_anywhere(t, n, P_PRAISE | P_KEEP, 0, 0) ||
        !screen_wc_anywhere(t, n, P_WHOM, 0, 0))
        return 0;
    if (screen_wc_anywhere(t, n, P_TURN, 0, 0) || p_marked(text, len) ||
        n->n_digits > 0)
        return 0;
    static const char *const so[] = {"asi", "it", "up", "going"};
    bool praised = false, whom = false;
    /* every sentence praises: "Great article, thank you for writing it.
     * They are all vile parasites!" is two comments in one */
    bool sentence_praises = false;
    size_t k = 0;
    for (size_t j = 0; j < n->ntok; j++) {
        if (screen_is_laugh(n, j))
            return 0; /* "qué bonito escribe la reportera jajaja" */
        if (j > 0 && screen_sentence_break(text, &n->tok[j - 1], &n->tok[j])) {
            if (!sentence_praises)
                return 0;
            sentence_praises = false;
        }
        uint64_t c = screen_wc_class(t, n->tok[j].hash);
        sentence_praises |= (c & (P_PRAISE | P_WHOM | P_KEEP)) != 0;
        /* "sigue así", "keep it up", "keep going" */
        if ((c & P_KEEP) && screen_tok_in(n, j + 1, so, SCREEN_NWORDS(so))) {
            praised = true;
            if (k + 2 <= max) {
                out[k++] = (uint32_t)j;
                out[k++] = (uint32_t)(j + 1);
            }
            j++;
            continue;
        }
        if (!(c & (P_PRAISE | P_WHOM)))
            continue;
        praised |= (c & P_PRAISE) != 0;
        whom |= (c & P_WHOM) != 0;
        if (k < max)
            out[k++] = (uint32_t)j;
    }
    return praised && whom && sentence_praises ? k : 0;
}
