/*
 * harass.c - the harassment women reporters get, in the reader's own
 * words.
 *
 * A woman who covers the cartels hears the same few things under every
 * story: go back to the kitchen, it must be that time of the month, what
 * she needs is a man, and remarks on her body. None of it needs a slur,
 * so the word lists and a model trained on tweets labelled for offence
 * pass much of it. This file reads those shapes, in English and Spanish:
 *
 *   - an order to the kitchen or the dishes, at a sentence's start or
 *     after "should", "debería", "que se": "go back to the kitchen", "go
 *     make sandwiches", "vete a la cocina", "a lavar los trastes", "she
 *     should go make her husband a sandwich", "stay in the kitchen",
 *     "should stick to the cooking section", "que se vayan a la cocina"
 *     (held as insult; not when reported: "she tweeted that Claire should
 *     stay in the kitchen");
 *   - women as a class told what they should not do or are unfit for:
 *     "women shouldn't vote", "women are too dumb to vote" (not "too
 *     busy"), "females are too irrational.", "women can't think", "las
 *     mujeres no saben separar sentimientos de hechos", "no entienden de
 *     crimen organizado", "ladies should not be allowed to cover cartels", "las
 *     mujeres no deberían opinar" (identity_hate; "shouldn't have to",
 *     "no deberían tener miedo" and "anyone who says women shouldn't
 *     vote ..." pass: refute.c);
 *   - her work told as sex for it: "slept with the editor to get this
 *     byline", "se acostó con el jefe para que le dieran la nota",
 *     "because she sleeps with the boss", "sleeping with someone at the
 *     prosecutor's office, that's where her sources come from", "se
 *     acuesta con alguien de la fiscalía, si no de dónde saca tanto"
 *     (sexual; "slept with the window open to get some air" passes);
 *   - "that time of the month", "andas en tus dias" (insult);
 *   - a woman who "needs a (real) man" / "le falta un hombre" (sexual);
 *   - her body: "under that blouse", "tits", "piernotas", "nalgotas",
 *     "cuerpazo", a catcall ("mamacita"), with a woman named in the
 *     sentence (sexual);
 *   - her body desired or bed offered, in a few shapes only: "an even
 *     better body", "qué desperdicio de cuerpo", "qué rica se ve", "qué
 *     buena está la reportera", "la morenita de la foto está bien buena"
 *     (not "la nota está bien buena", "buena para investigar"),
 *     "interview me in bed", "en mi cama", "needs to get laid" (sexual;
 *     "her body was found" and "she is so hot", said of singers, pass);
 *   - sex the writer says he would have with her: "i'd smash every one
 *     of those nurses", "me la cogería" (sexual; not "I'd smash the
 *     governor's car");
 *   - her number asked where the comment speaks of her looks: "the cute
 *     one in the photo, what's her number?", "pasen su whats" (sexual;
 *     not "what's the hotline number?").
 *
 * "The cartel runs a kitchen in Sinaloa", "desmantelaron una cocina de
 * metanfetamina", "the town needs a good man as mayor" and "le
 * dispararon en las piernas" pass: the kitchen must be an order, the man
 * needed by a woman, the body sexual. Quotation marks let any of it pass.
 * Like the other grammars it is a rule only, not a model feature.
 */

#include "screen/screen_int.h"

enum {
    H_GO = 1u << 0,      /* go, get, vete, regresate, ponte: an order */
    H_CHORE = 1u << 1,   /* make, wash, lavar, hazme: a chore ordered */
    H_HOME = 1u << 2,    /* kitchen, sandwich, cocina, trastes */
    H_NEEDS = 1u << 3,   /* needs, necesita, falta */
    H_MAN = 1u << 4,     /* man, hombre, macho, dick, verga */
    H_WOMAN = 1u << 5,   /* she, her, ella, periodista, reportera */
    H_BODY = 1u << 6,    /* tits, piernotas, nalgotas: sexual in itself */
    H_CLOTH = 1u << 7,   /* blouse, skirt, blusa, falda: after "under" */
    H_UNDER = 1u << 8,   /* under, debajo, abajo */
    H_MONTH = 1u << 9,   /* month, dias: "that time of the month" */
    H_FEMALE = 1u << 11, /* woman, girl, reporter: a woman named too */
    H_FILL = 1u << 12,   /* back, to, the, a, la, los, me, un, real */
    H_NOT = 1u << 13,    /* not, no, dont, nunca */
    H_INF = 1u << 14,    /* lavar, hacer: an order only after "a" */
    H_SAID = 1u << 15,   /* said, dijo: the words are someone's quoted */
    H_SHOULD = 1u << 16, /* should, deberia: "she should go make" */
    H_WOMEN = 1u << 17,  /* women, ladies, mujeres, viejas: as a class */
    H_BAR = 1u << 18,    /* vote, write, cover, opinar: what they are
                            told they should not do */
    H_SLEPT = 1u << 19,  /* slept, acosto: "slept with the editor to get
                            the story" */
    H_BOSS = 1u << 20,   /* editor, boss, jefe, el: whom she slept with */
    H_DESIRE = 1u << 21, /* body, rica, bed, laid: sexual only in
                            some shapes (h_desired) */
    H_NUMBER = 1u << 22, /* number, whats, numero, insta: her contact */
    H_LOOKS = 1u << 23,  /* cute, hot, guapa, morenita: her looks */
    H_BED = 1u << 24     /* smash, bang, cogia: sex the writer would have */
};

#define H_START                                                                \
    (H_GO | H_CHORE | H_NEEDS | H_BODY | H_UNDER | H_MONTH | H_WOMEN |         \
     H_SLEPT | H_DESIRE | H_NUMBER | H_BED)

static const struct screen_wc_word h_words[] = {
    {"go", H_GO},
    {"get", H_GO},
    {"vete", H_GO},
    {"ve", H_GO},
    {"regresate", H_GO},
    {"regresa", H_GO},
    {"vuelve", H_GO},
    {"vuelvete", H_GO},
    {"ponte", H_GO},
    {"largate", H_GO},
    {"irse", H_GO},
    {"vaya", H_GO},
    {"vayan", H_GO},
    {"make", H_CHORE},
    {"wash", H_CHORE},
    {"do", H_CHORE},
    {"cook", H_CHORE},
    {"lavar", H_CHORE | H_INF},
    {"lava", H_CHORE},
    {"hazme", H_CHORE},
    {"hacer", H_CHORE | H_INF},
    {"planchar", H_CHORE | H_INF},
    {"plancharle", H_CHORE | H_INF},
    {"iron", H_CHORE},
    {"haz", H_CHORE},
    {"kitchen", H_HOME},
    {"sandwich", H_HOME},
    {"sandwiches", H_HOME},
    {"sandwichs", H_HOME},
    {"dishes", H_HOME},
    {"laundry", H_HOME},
    {"cocina", H_HOME},
    {"platos", H_HOME},
    {"trastes", H_HOME},
    {"tortillas", H_HOME},
    {"ropa", H_HOME},
    {"recetas", H_HOME},
    {"recipes", H_HOME},
    {"sandwich", H_HOME},
    {"needs", H_NEEDS},
    {"need", H_NEEDS},
    {"necesita", H_NEEDS},
    {"necesitan", H_NEEDS},
    {"falta", H_NEEDS},
    {"man", H_MAN},
    {"hombre", H_MAN},
    {"macho", H_MAN},
    {"dick", H_MAN},
    {"cock", H_MAN},
    {"verga", H_MAN},
    {"she", H_WOMAN},
    {"her", H_WOMAN},
    {"ella", H_WOMAN},
    {"periodista", H_WOMAN},
    {"reportera", H_WOMAN},
    {"conductora", H_WOMAN},
    {"vieja", H_WOMAN | H_FEMALE},
    {"morra", H_WOMAN | H_FEMALE},
    {"mija", H_WOMAN},
    {"chamaca", H_WOMAN},
    {"tits", H_BODY},
    {"titties", H_BODY},
    {"boobs", H_BODY},
    {"cleavage", H_BODY},
    {"piernotas", H_BODY},
    {"chichis", H_BODY},
    {"chichotas", H_BODY},
    {"nalgotas", H_BODY},
    {"nalguitas", H_BODY},
    {"pompis", H_BODY},
    {"escote", H_BODY},
    {"cuerpazo", H_BODY},
    {"revolcon", H_BODY},
    {"revolcón", H_BODY},
    {"\xf0\x9f\x8d\x86", H_BODY}, /* U+1F346 AUBERGINE */
    /* a catcall names the woman it is said to */
    {"mamacita", H_BODY | H_WOMAN},
    {"reporterita", H_WOMAN},
    {"periodistita", H_WOMAN},
    {"autora", H_WOMAN},
    {"lady", H_FEMALE},
    {"senora", H_FEMALE},
    {"señora", H_FEMALE},
    {"mama", H_FEMALE},
    {"mamá", H_FEMALE},
    {"mami", H_FEMALE},
    {"hija", H_FEMALE},
    {"hermanita", H_FEMALE},
    {"chinita", H_FEMALE},
    {"prima", H_FEMALE},
    {"madre", H_FEMALE},
    /* her body said to be desired, or bed offered: only in these
     * shapes ("her body was found" is a report) */
    {"buena", H_DESIRE},
    {"buenota", H_DESIRE},
    {"buenisima", H_DESIRE},
    {"sabrosa", H_DESIRE},
    {"number", H_NUMBER},
    {"whats", H_NUMBER},
    {"whatsapp", H_NUMBER},
    {"wasap", H_NUMBER},
    {"numero", H_NUMBER},
    {"cel", H_NUMBER},
    {"celular", H_NUMBER},
    {"insta", H_NUMBER},
    {"snap", H_NUMBER},
    {"waste", H_DESIRE},
    {"desperdicio", H_DESIRE},
    {"cute", H_LOOKS},
    {"hot", H_LOOKS},
    {"pretty", H_LOOKS},
    {"sexy", H_LOOKS},
    {"beautiful", H_LOOKS},
    {"guapa", H_LOOKS},
    {"bonita", H_LOOKS},
    {"chula", H_LOOKS},
    {"morenita", H_LOOKS | H_WOMAN},
    {"guerita", H_LOOKS | H_WOMAN},
    {"güerita", H_LOOKS | H_WOMAN},
    {"flaquita", H_LOOKS | H_WOMAN},
    {"chava", H_WOMAN},
    {"chavita", H_WOMAN},
    {"nena", H_WOMAN},
    {"body", H_DESIRE},
    {"cuerpo", H_DESIRE},
    {"rica", H_DESIRE},
    {"bed", H_DESIRE},
    {"cama", H_DESIRE},
    {"laid", H_DESIRE},
    {"blouse", H_CLOTH},
    {"skirt", H_CLOTH},
    {"dress", H_CLOTH},
    {"blusa", H_CLOTH},
    {"falda", H_CLOTH},
    {"vestido", H_CLOTH},
    {"under", H_UNDER},
    {"underneath", H_UNDER},
    {"debajo", H_UNDER},
    {"abajo", H_UNDER},
    {"month", H_MONTH},
    {"dias", H_MONTH},
    {"female", H_FEMALE},
    {"nurse", H_FEMALE},
    {"nurses", H_FEMALE},
    {"enfermera", H_FEMALE},
    {"enfermeras", H_FEMALE},
    {"doctora", H_FEMALE},
    {"doctoras", H_FEMALE},
    {"viuda", H_FEMALE},
    {"viudas", H_FEMALE},
    {"widow", H_FEMALE},
    {"difunta", H_FEMALE},
    {"maestra", H_FEMALE},
    {"maestras", H_FEMALE},
    {"maestrita", H_FEMALE},
    {"profa", H_FEMALE},
    {"teacher", H_FEMALE},
    {"muchacha", H_FEMALE},
    {"chava", H_FEMALE},
    {"esposa", H_FEMALE},
    {"hermana", H_FEMALE},
    {"smash", H_BED},
    {"bang", H_BED},
    {"tap", H_BED},
    {"cogia", H_BED},
    {"cogeria", H_BED},
    {"cojo", H_BED},
    {"cogo", H_BED},
    {"females", H_FEMALE},
    {"woman", H_FEMALE},
    {"women", H_FEMALE},
    {"girl", H_FEMALE},
    {"reporter", H_FEMALE},
    {"bitch", H_FEMALE},
    {"feminista", H_FEMALE},
    {"back", H_FILL},
    {"to", H_FILL},
    {"the", H_FILL},
    {"your", H_FILL},
    {"a", H_FILL},
    {"an", H_FILL},
    {"me", H_FILL},
    {"some", H_FILL},
    {"us", H_FILL},
    {"la", H_FILL},
    {"las", H_FILL},
    {"los", H_FILL},
    {"tu", H_FILL},
    {"su", H_FILL},
    {"sus", H_FILL},
    {"his", H_FILL},
    {"tus", H_FILL},
    {"un", H_FILL},
    {"unas", H_FILL},
    {"unos", H_FILL},
    {"mejor", H_FILL},
    {"just", H_FILL},
    {"real", H_FILL},
    {"good", H_FILL},
    {"buen", H_FILL},
    {"verdadero", H_FILL},
    {"de", H_FILL},
    {"what", H_FILL},
    {"whats", H_FILL},
    {"that", H_FILL},
    {"said", H_SAID},
    {"says", H_SAID},
    {"told", H_SAID},
    {"dijo", H_SAID},
    {"dijeron", H_SAID},
    {"dice", H_SAID},
    {"decia", H_SAID},
    {"tweeted", H_SAID},
    {"tuiteo", H_SAID},
    {"should", H_SHOULD},
    {"deberia", H_SHOULD},
    {"deberian", H_SHOULD},
    {"debe", H_SHOULD},
    {"deben", H_SHOULD},
    {"women", H_WOMEN},
    {"females", H_WOMEN},
    {"ladies", H_WOMEN},
    {"girls", H_WOMEN},
    {"mujeres", H_WOMEN},
    {"viejas", H_WOMEN},
    {"morras", H_WOMEN},
    {"vote", H_BAR},
    {"opine", H_BAR},
    {"write", H_BAR},
    {"cover", H_BAR},
    {"lead", H_BAR},
    {"govern", H_BAR},
    {"think", H_BAR},
    {"votar", H_BAR},
    {"opinar", H_BAR},
    {"escribir", H_BAR},
    {"cubrir", H_BAR},
    {"gobernar", H_BAR},
    {"mandar", H_BAR},
    {"pensar", H_BAR},
    {"reason", H_BAR},
    {"separate", H_BAR},
    {"understand", H_BAR},
    {"handle", H_BAR},
    {"drive", H_BAR},
    {"report", H_BAR},
    {"razonar", H_BAR},
    {"separar", H_BAR},
    {"entender", H_BAR},
    {"manejar", H_BAR},
    {"informar", H_BAR},
    {"entienden", H_BAR},
    {"editor", H_BOSS},
    {"boss", H_BOSS},
    {"producer", H_BOSS},
    {"director", H_BOSS},
    {"publisher", H_BOSS},
    {"owner", H_BOSS},
    {"governor", H_BOSS},
    {"mayor", H_BOSS},
    {"him", H_BOSS},
    {"everyone", H_BOSS},
    {"jefe", H_BOSS},
    {"dueno", H_BOSS},
    {"gobernador", H_BOSS},
    {"alcalde", H_BOSS},
    {"vocero", H_BOSS},
    {"el", H_BOSS},
    {"todos", H_BOSS},
    {"someone", H_BOSS},
    {"somebody", H_BOSS},
    {"alguien", H_BOSS},
    {"prosecutor", H_BOSS},
    {"fiscal", H_BOSS},
    {"husband", H_FILL},
    {"marido", H_FILL},
    {"esposo", H_FILL},
    {"slept", H_SLEPT},
    {"sleeps", H_SLEPT},
    {"sleeping", H_SLEPT},
    {"acosto", H_SLEPT},
    {"acuesta", H_SLEPT},
    {"acostaba", H_SLEPT},
    {"not", H_NOT},
    {"no", H_NOT},
    {"dont", H_NOT},
    {"doesnt", H_NOT},
    {"never", H_NOT},
    {"nunca", H_NOT},
};

static struct screen_wc_list h_list = SCREEN_WC_LIST(h_words, H_START);

#define H_READ_BACK 10
#define H_READ_AHEAD 8
#define H_SLEPT_AHEAD 16

static uint64_t hc(const struct screen_window *w, size_t j)
{
    return screen_window_class(w, j);
}

static bool h_is(const struct screen_window *w, size_t j, const char *word)
{
    return screen_window_is(w, j, word);
}

/* Whether only "mejor", "just", "now" or "y" stand before i in its
 * sentence: i starts an order. */
static bool h_order_at(const struct screen_window *w, size_t i)
{
    if (w->open_start)
        return false;
    for (size_t j = w->s; j < i; j++)
        if (!h_is(w, j, "mejor") && !h_is(w, j, "just") && !h_is(w, j, "now") &&
            !h_is(w, j, "y") && !h_is(w, j, "and") && !h_is(w, j, "so") &&
            !h_is(w, j, "pues") && !h_is(w, j, "ya"))
            return false;
    return true;
}

/* A negation in the sentence before i: "she doesn't need a man". */
static bool h_negated(const struct screen_window *w, size_t i)
{
    for (size_t j = w->s; j < i; j++)
        if (hc(w, j) & H_NOT)
            return true;
    return false;
}

/* The first token at or after a of class cls, through fillers and at most
 * reach words; SIZE_MAX if none. */
static size_t h_next(const struct screen_window *w, size_t a, uint64_t cls,
                     size_t reach)
{
    for (size_t j = a; j < w->e && j < a + reach; j++) {
        uint64_t c = hc(w, j);
        if (c & cls)
            return j;
        if (!(c & (H_FILL | H_CHORE | H_GO | H_WOMAN)))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Whether a woman is named among tokens [from, to) of the window. */
static bool h_woman(const struct screen_window *w, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if (hc(w, j) & (H_WOMAN | H_FEMALE))
            return true;
    return false;
}

/* "women shouldn't vote", "las mujeres no deberían opinar", "ladies
 * should not be allowed to cover cartels", "women are too stupid to
 * vote": women as a class at i, told what they should not or cannot do.
 * The end of the match, or SIZE_MAX. */
static size_t h_barred(const struct screen_window *w, size_t i)
{
    size_t j = i + 1;
    /* "women are too stupid to vote", "las mujeres son demasiado
     * emocionales para opinar" (not "too busy to vote") */
    static const char *const unfit[] = {
        "stupid",      "dumb",       "emotional",  "hysterical",
        "weak",        "irrational", "hormonal",   "tontas",
        "emocionales", "brutas",     "pendejas",   "histericas",
        "debiles",     "estupidas",  "hormonales", "irracionales"};
    if ((h_is(w, j, "are") || h_is(w, j, "son")) &&
        (h_is(w, j + 1, "too") || h_is(w, j + 1, "demasiado"))) {
        if (!screen_window_in(w, j + 2, unfit, SCREEN_NWORDS(unfit)))
            return SIZE_MAX;
        /* "females are too irrational.", "... too emotional to vote" */
        if (screen_window_clause_end(w, j + 2))
            return j + 3;
        if (h_is(w, j + 3, "to") || h_is(w, j + 3, "para"))
            return (hc(w, j + 4) & H_BAR) ? j + 5 : SIZE_MAX;
        return SIZE_MAX;
    }
    /* "women can't think", "las mujeres no saben separar", "no
     * entienden de crimen organizado" */
    size_t k = j;
    if (h_is(w, k, "cant") || h_is(w, k, "cannot"))
        k++;
    else if (h_is(w, k, "can") && h_is(w, k + 1, "not"))
        k += 2;
    else if (h_is(w, k, "no") &&
             (h_is(w, k + 1, "saben") || h_is(w, k + 1, "pueden")))
        k += 2;
    else if (h_is(w, k, "no") && h_is(w, k + 1, "entienden"))
        k += 1;
    /* not "women can't vote there until 1953": a right, not a mind */
    if (k != j)
        return (hc(w, k) & H_BAR) && !h_is(w, k, "vote") &&
                       !h_is(w, k, "votar") && !h_is(w, k, "opine") &&
                       !h_is(w, k, "opinar")
                   ? k + 1
                   : SIZE_MAX;
    if (h_is(w, j, "shouldnt"))
        j++;
    else if (h_is(w, j, "should") &&
             (h_is(w, j + 1, "not") || h_is(w, j + 1, "never")))
        j += 2;
    else if (h_is(w, j, "no") && (hc(w, j + 1) & H_SHOULD))
        j += 2;
    else
        return SIZE_MAX;
    if (h_is(w, j, "be") && h_is(w, j + 1, "allowed") && h_is(w, j + 2, "to"))
        j += 3;
    else if (h_is(w, j, "poder") || h_is(w, j, "even") || h_is(w, j, "ever"))
        j++;
    return (hc(w, j) & H_BAR) ? j + 1 : SIZE_MAX;
}

/* "slept with the editor to get this byline", "se acostó con el editor
 * para que le dieran la nota", "because she sleeps with the boss": a
 * woman's work told as sex for it. The match's tokens [*a, end), end
 * returned, or SIZE_MAX. */
static size_t h_slept(const struct screen_window *w, size_t i, size_t *a)
{
    bool es = !h_is(w, i, "slept") && !h_is(w, i, "sleeps") &&
              !h_is(w, i, "sleeping");
    *a = i;
    if (es) {
        if (i == w->s || !h_is(w, i - 1, "se") || !h_is(w, i + 1, "con"))
            return SIZE_MAX;
        *a = i - 1;
    } else if (!h_is(w, i + 1, "with")) {
        return SIZE_MAX;
    }
    /* not the writer's own night: "I slept with someone at the hostel" */
    static const char *const me[] = {"i", "im", "ive", "we"};
    size_t who = i > w->s + 1 && h_is(w, i - 1, "was") ? i - 2 : i - 1;
    if (!es && i > w->s && screen_tok_in(w->n, who, me, SCREEN_NWORDS(me)))
        return SIZE_MAX;
    /* with a person: "the editor", "su jefe", "con él" (not "with the
     * window open") */
    size_t k = i + 2;
    while (k < w->e && k < i + 4 && !(hc(w, k) & H_BOSS) &&
           (hc(w, k) & (H_FILL | H_WOMAN)))
        k++;
    if (!(hc(w, k) & H_BOSS))
        return SIZE_MAX;
    for (size_t j = *a; j > w->s && *a - j < 3; j--)
        if (h_is(w, j - 1, "because") || h_is(w, j - 1, "porque"))
            return i + 2;
    /* the reason may stand further on than other harassment is read:
     * "sleeping with someone at the prosecutor's office, that's where..." */
    struct screen_window tail = *w;
    screen_window_at(&tail, i, H_READ_BACK, H_SLEPT_AHEAD);
    w = &tail;
    for (size_t j = i + 2; j < w->e; j++) {
        if (es && (h_is(w, j, "para") || h_is(w, j, "pa")))
            return j + 1;
        /* "that's where her sources come from", "si no de dónde saca
         * tanto": her work explained by it */
        if (es && h_is(w, j, "de") && h_is(w, j + 1, "donde"))
            return j + 2;
        if (!es && h_is(w, j, "where") &&
            (h_is(w, j - 1, "thats") ||
             (h_is(w, j - 1, "s") && h_is(w, j - 2, "that"))) &&
            (h_is(w, j + 1, "her") || h_is(w, j + 1, "she") ||
             h_is(w, j + 2, "her") || h_is(w, j + 2, "she")))
            return j + 2;
        if (!es && h_is(w, j, "to") &&
            (h_is(w, j + 1, "get") || h_is(w, j + 1, "land") ||
             h_is(w, j + 1, "keep")))
            return j + 2;
    }
    return SIZE_MAX;
}

/* "a great body", "qué cuerpo", "desperdicio de cuerpo", "un cuerpo
 * todavía mejor", "qué rica se ve", "interview
 * me in bed", "en mi cama", "she needs to get laid": a woman's body
 * desired or bed offered, at the H_DESIRE word i (its first token in
 * *a). Not "her body was found", "la cama del hospital"; not "she is
 * so hot" or "sexy", which readers say of singers and actresses. */
/* Whether the woman desired at token i goes unnamed: "la del megáfono
 * está bien sabrosa", and of the dead, "estaba bien buena, qué
 * desperdicio". */
static bool h_her_unnamed(const struct screen_window *w, size_t i)
{
    /* the subject after it decides: "... está bien buena la comida" */
    if ((h_is(w, i + 1, "la") || h_is(w, i + 1, "el")) &&
        !h_woman(w, i + 2, i + 3))
        return false;
    return (h_is(w, w->s, "la") && !w->open_start &&
            (h_is(w, w->s + 1, "del") || h_is(w, w->s + 1, "de") ||
             h_is(w, w->s + 1, "que"))) ||
           (h_is(w, i + 1, "que") && h_is(w, i + 2, "desperdicio"));
}

/* "damn she was fine 🥵 what a waste", "estaba bien sabrosa, qué
 * desperdicio": a dead woman's looks said to be wasted, by "waste" or
 * "desperdicio" at i ending its clause after "what a", "qué", with a
 * woman and a word of lust in the comment (not "she was so talented,
 * what a waste", grief). */
static bool h_looks_wasted(const struct screen_window *w, size_t i, size_t *a)
{
    size_t k = i > w->s && h_is(w, i - 1, "a") ? i - 1 : i;
    if (k == w->s || !(h_is(w, k - 1, "what") || h_is(w, k - 1, "que")) ||
        !screen_window_clause_end(w, i))
        return false;
    static const char *const lust[] = {
        "fine",     "hot",     "sexy", "thicc",    "buena",
        "buenota",  "sabrosa", "rica", "ð¥µ", /* 🥵 */
        "ð¤¤",                                /* 🤤 */
        "ð"};                               /* 😏 */
    bool lusted = false, woman = false;
    for (size_t j = 0; j < w->n->ntok; j++) {
        /* "fine" after "was": "she was fine", not "a fine voice" */
        if (screen_tok_in(w->n, j, lust, 1))
            lusted |=
                j > 0 && screen_tok_in(w->n, j - 1, (const char *[]){"was"}, 1);
        else
            lusted |= screen_tok_in(w->n, j, lust, SCREEN_NWORDS(lust));
        woman |= (screen_wc_class(w->t, w->n->tok[j].hash) &
                  (H_WOMAN | H_FEMALE)) != 0;
    }
    if (!lusted || !woman)
        return false;
    *a = k - 1;
    return true;
}

static bool h_desired(const struct screen_window *w, size_t i, size_t *a)
{
    if (h_is(w, i, "waste") || h_is(w, i, "desperdicio"))
        return h_looks_wasted(w, i, a);
    static const char *const praise[] = {"great",    "nice", "hot",   "better",
                                         "amazing",  "sexy", "que",   "buen",
                                         "tremendo", "rico", "lindo", "bonito"};
    *a = i;
    if (h_is(w, i, "body") || h_is(w, i, "cuerpo")) {
        if (i > w->s && screen_tok_in(w->n, i - 1, praise,
                                      sizeof(praise) / sizeof(*praise)))
            *a = i - 1;
        else if (i > w->s + 1 && h_is(w, i - 2, "desperdicio"))
            *a = i - 2;
        else if (!h_is(w, i + 1, "todavia"))
            return false;
        return true;
    }
    /* exclaimed: "qué buena está la reportera", "que buenota se ve la
     * periodista del video" (not "qué buena está la nota", no woman;
     * "qué buena esta reportera", this one; "qué buena está la doctora con
     * sus pacientes", "tu mamá de salud", good at or well; "qué buena se
     * ve la periodista en su programa"; "qué buena es", a good person):
     * her, then the clause's end or where she was seen */
    if (i > w->s && (h_is(w, i - 1, "que") || h_is(w, i - 1, "q")) &&
        !h_is(w, i, "rica")) {
        bool plain = h_is(w, i, "buena");
        size_t k = i + 1;
        if (!plain && h_is(w, k, "se") && h_is(w, k + 1, "ve"))
            k += 2;
        else if (h_is(w, k, "esta") || h_is(w, k, "ta") || h_is(w, k, "estas"))
            k++;
        else
            k = SIZE_MAX;
        if (k != SIZE_MAX && (h_is(w, k, "la") || h_is(w, k, "esa") ||
                              h_is(w, k, "tu") || h_is(w, k, "su")))
            k++;
        else if (plain)
            k = SIZE_MAX;
        static const char *const seen[] = {
            "video",     "videos",   "foto",  "fotos",  "tele",
            "noticiero", "noticias", "canal", "pagina", "transmision"};
        size_t e = k + 1;
        if (k != SIZE_MAX && (h_is(w, e, "de") || h_is(w, e, "del")) &&
            (h_is(w, e + 1, "la") || h_is(w, e + 1, "las") ||
             h_is(w, e + 1, "los")) &&
            screen_tok_in(w->n, e + 2, seen, SCREEN_NWORDS(seen)))
            e += 3;
        else if (k != SIZE_MAX && h_is(w, e, "del") &&
                 screen_tok_in(w->n, e + 1, seen, SCREEN_NWORDS(seen)))
            e += 2;
        if (k != SIZE_MAX && k < w->e && h_woman(w, k, k + 1) &&
            (e >= w->e || screen_window_clause_end(w, e - 1))) {
            *a = i - 1;
            return true;
        }
    }
    /* "la morenita de la foto está bien buena", "esa vieja está
     * buenísima" (not "la nota está buena", with no woman, nor "ella
     * está bien, buena suerte") */
    if (!h_is(w, i, "body") && !h_is(w, i, "cuerpo") && !h_is(w, i, "bed") &&
        !h_is(w, i, "cama") && !h_is(w, i, "laid")) {
        size_t v = i;
        if (v > w->s && (h_is(w, v - 1, "bien") || h_is(w, v - 1, "muy") ||
                         h_is(w, v - 1, "re")))
            v--;
        /* good at something: "buena para investigar", "buena onda" */
        static const char *const good_at[] = {"para", "en",    "como",
                                              "onda", "gente", "persona"};
        if (v > w->s &&
            (h_is(w, v - 1, "esta") || h_is(w, v - 1, "estas") ||
             h_is(w, v - 1, "ta") || h_is(w, v - 1, "estaba") ||
             h_is(w, v - 1, "sale") || h_is(w, v - 1, "salio")) &&
            !screen_window_clause_end(w, v - 1) &&
            (v == i || !screen_window_clause_end(w, v)) &&
            !screen_tok_in(w->n, i + 1, good_at, SCREEN_NWORDS(good_at))) {
            /* she is the subject, before or right after: "la morenita
             * de la foto está bien buena", "está buenísima la vieja" (not
             * "la nota está bien buena, felicidades a la reportera") */
            bool her = !screen_window_clause_end(w, i) &&
                       (h_woman(w, i + 1, i + 2) ||
                        (h_is(w, i + 1, "la") && h_woman(w, i + 2, i + 3)));
            for (size_t j = v - 1; j > w->s && v - 1 - j < 5 && !her; j--) {
                if (screen_window_clause_end(w, j - 1))
                    break;
                her = h_woman(w, j - 1, j);
            }
            her |= h_her_unnamed(w, i);
            /* what she cooked: "la comida de la señora está sabrosa" */
            static const char *const food[] = {
                "comida", "sopa",      "salsa", "carne",   "pozole", "birria",
                "torta",  "tortillas", "mole",  "tamales", "cafe",   "food"};
            for (size_t j = v - 1; j > w->s && v - 1 - j < 7 && her; j--)
                her = !screen_tok_in(w->n, j - 1, food, SCREEN_NWORDS(food));
            /* with no "bien" or "muy", "está buena" may be her health */
            if (!her || (v == i && h_is(w, i, "buena")))
                return false;
            *a = v - 1;
            return true;
        }
    }
    /* "qué rica se ve", "qué rica la periodista" (not "la comida estuvo
     * bien rica") */
    if (h_is(w, i, "rica"))
        return i > w->s && h_is(w, i - 1, "que") &&
               (h_is(w, i + 1, "se") || (hc(w, i + 1) & (H_WOMAN | H_FEMALE)) ||
                h_is(w, i + 1, "la")) &&
               (*a = i - 1, true);
    if (h_is(w, i, "bed"))
        return i >= w->s + 2 && h_is(w, i - 1, "in") && h_is(w, i - 2, "me");
    if (h_is(w, i, "cama"))
        return i > w->s && h_is(w, i - 1, "mi") &&
               !(i > w->s + 1 && h_is(w, i - 2, "de"));
    /* "get laid" */
    return h_is(w, i, "laid") && i > w->s && h_is(w, i - 1, "get");
}

/* Sex the writer says he would have with her, by the verb at i: "i'd
 * smash every one of those nurses", "I would bang that reporter", "i'd
 * tap that" (a woman after her determiners or "that" alone: not "I'd
 * smash the governor's car", "the car of every reporter", "we'd bang
 * pots"), "a esas enfermeras me
 * las cogía", "me la cogería" (the clitics before: not "cogía el
 * camión"). Its first token in *a. */
static bool h_would_bed(const struct screen_window *w, size_t i, size_t *a)
{
    static const char *const would[] = {"id", "would", "wud", "i"};
    static const char *const her[] = {"la", "las"};
    if (i >= w->s + 2 && h_is(w, i - 2, "me") &&
        screen_tok_in(w->n, i - 1, her, 2)) {
        *a = i - 2;
        return true;
    }
    size_t v = i;
    if (v > w->s && (h_is(w, v - 1, "totally") || h_is(w, v - 1, "so")))
        v--;
    if (v == w->s || !screen_tok_in(w->n, v - 1, would, SCREEN_NWORDS(would)))
        return false;
    if (h_is(w, i + 1, "that") && screen_window_clause_end(w, i + 1)) {
        *a = v - 1;
        return true;
    }
    /* the woman right after her determiners: "every one of those
     * nurses" (not "the car of every reporter") */
    static const char *const det[] = {"every", "one", "of",   "those", "these",
                                      "that",  "the", "all",  "both",  "this",
                                      "a",     "an",  "your", "ur"};
    size_t j = i + 1;
    while (j < w->e && j <= i + 5 &&
           screen_tok_in(w->n, j, det, SCREEN_NWORDS(det)))
        j++;
    if (!h_woman(w, j, j + 1))
        return false;
    *a = v - 1;
    return true;
}

/* Her number asked for where the comment speaks of her looks: "the cute
 * one in the photo, what's her number?", "la morenita está bien buena,
 * pasen su whats" (not "what's the hotline number?", "¿alguien tiene el
 * número del colectivo?"), by the contact word at i. */
static bool h_number_asked(const struct screen_window *w, size_t i, size_t *a)
{
    static const char *const her[] = {"her", "su"};
    if (i == w->s || !screen_tok_in(w->n, i - 1, her, 2))
        return false;
    /* "su número de la familia", "del colectivo": someone else's */
    if (h_is(w, i + 1, "del") ||
        (h_is(w, i + 1, "de") &&
         (h_is(w, i + 2, "la") || h_is(w, i + 2, "el"))))
        return false;
    *a = i - 1;
    if (h_is(w, i, "number") && i >= w->s + 2 &&
        (h_is(w, i - 2, "whats") || h_is(w, i - 2, "what") ||
         h_is(w, i - 2, "get") || h_is(w, i - 2, "send")))
        *a = i - 2;
    return screen_wc_anywhere(w->t, w->n, H_LOOKS, i, i + 1) ||
           screen_wc_anywhere(w->t, w->n, H_BODY, i, i + 1);
}

/* Whether an order's word at i follows "should", "debería" or "que se":
 * "the woman who wrote it should go make a sandwich", "que se vayan a
 * la cocina" (not "shouldn't", "no debería"). */
static bool h_told_to(const struct screen_window *w, size_t i)
{
    if (i == w->s)
        return false;
    if (hc(w, i - 1) & H_SHOULD)
        return i - 1 == w->s || !(hc(w, i - 2) & H_NOT);
    return i >= w->s + 2 && h_is(w, i - 1, "se") &&
           (h_is(w, i - 2, "que") || h_is(w, i - 2, "q") ||
            h_is(w, i - 2, "mejor"));
}

/* Whether someone else's saying stands in the reach words before token
 * i: "my grandfather used to say women can't handle politics", "decía
 * que las mujeres no saben votar", "the guy who said the governor should
 * make tortillas". */
static bool h_said_within(const struct screen_window *w, size_t i, size_t reach)
{
    static const char *const say[] = {"say",  "said",  "says",  "saying",
                                      "dice", "dicen", "decia", "decian",
                                      "dijo", "claim", "claims"};
    for (size_t j = i > w->s + reach ? i - reach : w->s; j < i; j++)
        if (screen_window_in(w, j, say, SCREEN_NWORDS(say)))
            return true;
    return false;
}

/* Whether token i is written between quotation marks of its own:
 * 'está "buena"', 'is “hot”'. */
static bool h_in_quotes(const struct screen_window *w, size_t len, size_t i)
{
    const unsigned char *t = (const unsigned char *)w->text;
    uint32_t s = w->n->tok[i].orig_off, e = s + w->n->tok[i].orig_len;
    bool before =
        (s >= 1 && t[s - 1] == '"') ||
        (s >= 3 && t[s - 3] == 0xe2 && t[s - 2] == 0x80 && t[s - 1] == 0x9c);
    bool after =
        (e < len && t[e] == '"') ||
        (e + 2 < len && t[e] == 0xe2 && t[e + 1] == 0x80 && t[e + 2] == 0x9d);
    return before && after;
}

/* One match at token i of class c: its category, or -1. */
static int h_match(const struct screen_window *w, size_t len, size_t i,
                   uint64_t c, size_t *a, size_t *b)
{
    *a = i;
    if (c & H_WOMEN) {
        /* not "anyone who says women shouldn't vote should read ..." */
        *b = h_barred(w, i);
        if (*b != SIZE_MAX && !screen_refuted(w->n, w->text, i, *b - i) &&
            !h_said_within(w, i, 3))
            return SCREEN_IDENTITY_HATE;
    }
    if (c & H_SLEPT) {
        *b = h_slept(w, i, a);
        if (*b != SIZE_MAX)
            return SCREEN_SEXUAL;
        *a = i;
    }
    /* an order to the kitchen: "go back to the kitchen", "a lavar los
     * trastes", "ponte a hacer tortillas" */
    bool after_a = i > w->s && h_is(w, i - 1, "a") && h_order_at(w, i - 1);
    if ((c & (H_GO | H_CHORE)) &&
        (after_a || h_told_to(w, i) || (h_order_at(w, i) && !(c & H_INF)))) {
        size_t k = h_next(w, i + 1, H_HOME, 5);
        /* not what someone said: "the guy who said the governor should
         * make tortillas" */
        if (k != SIZE_MAX && !h_said_within(w, i, 5)) {
            *a = i > w->s && h_is(w, i - 1, "a") ? i - 1 : i;
            *b = k + 1;
            return SCREEN_INSULT;
        }
    }
    /* "that time of the month", "andas en tus dias" (said to her, not
     * "uno anda en sus dias") */
    if ((c & H_MONTH) && h_is(w, i, "month") && i >= w->s + 3 &&
        h_is(w, i - 3, "time") && h_is(w, i - 2, "of") &&
        h_is(w, i - 1, "the")) {
        *a = i - 3;
        *b = i + 1;
        return SCREEN_INSULT;
    }
    if ((c & H_MONTH) && h_is(w, i, "dias") && i >= w->s + 3 &&
        h_is(w, i - 2, "en") &&
        (h_is(w, i - 1, "tus") || h_is(w, i - 1, "sus")) &&
        (h_is(w, i - 3, "andas") || h_is(w, i - 3, "estas"))) {
        *a = i - 3;
        *b = i + 1;
        return SCREEN_INSULT;
    }
    /* what a woman "needs" */
    /* (she is named before it: "the town needs a good man, and a good
     * woman" is no remark on her) */
    if ((c & H_NEEDS) && h_woman(w, w->s, i) && !h_negated(w, i)) {
        for (size_t k = i + 1; k < w->e && k <= i + 5; k++) {
            if (hc(w, k) & H_NOT)
                break; /* "necesita proteccion, no un hombre" */
            if (hc(w, k) & H_MAN) {
                *b = k + 1;
                return SCREEN_SEXUAL;
            }
        }
    }
    /* her body */
    if ((c & H_BODY) && h_woman(w, w->s, w->e)) {
        *b = i + 1;
        return SCREEN_SEXUAL;
    }
    if ((c & H_BED) && h_would_bed(w, i, a)) {
        *b = i + 1;
        return SCREEN_SEXUAL;
    }
    if ((c & H_NUMBER) && h_number_asked(w, i, a)) {
        *b = i + 1;
        return SCREEN_SEXUAL;
    }
    if ((c & H_DESIRE) && (h_woman(w, w->s, w->e) || h_her_unnamed(w, i)) &&
        h_desired(w, i, a) &&
        /* 'que la viuda está "buena" es asqueroso': named to condemn */
        !h_in_quotes(w, len, i) &&
        !screen_refuted(w->n, w->text, *a, i + 1 - *a)) {
        *b = i + 1;
        return SCREEN_SEXUAL;
    }
    if (c & H_UNDER) {
        size_t k = h_next(w, i + 1, H_CLOTH, 4);
        if (k != SIZE_MAX) {
            *b = k + 1;
            return SCREEN_SEXUAL;
        }
    }
    return -1;
}

/* Whether the words near token i of class c could make a match at all
 * (common words such as "go", "make" and "need" start most windows
 * otherwise): what h_match reads, without sentence ends. */
static bool h_may_match(const struct screen_norm *n, size_t i, uint64_t c)
{
    if ((c & (H_GO | H_CHORE)) &&
        screen_wc_near(&h_list.table, n, i, 0, 6, H_HOME))
        return true;
    if ((c & H_NEEDS) && screen_wc_near(&h_list.table, n, i, 0, 5, H_MAN))
        return true;
    if ((c & H_UNDER) && screen_wc_near(&h_list.table, n, i, 0, 3, H_CLOTH))
        return true;
    static const char *const too[] = {"too", "demasiado"};
    if ((c & H_WOMEN) && (screen_wc_near(&h_list.table, n, i, 0, 7, H_BAR) ||
                          screen_tok_in(n, i + 2, too, SCREEN_NWORDS(too))))
        return true;
    return (c & (H_MONTH | H_BODY | H_SLEPT | H_DESIRE | H_NUMBER | H_BED)) !=
           0;
}

static const struct screen_wordclasses *h_words_table(void)
{
    return screen_wc_ready(&h_list);
}

/* The harassment that starts at token i: its category (insult or sexual)
 * and its tokens in *out, or -1. */
static int h_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&h_list.table, n->tok[i].hash);
    if (!(c & H_START) || !h_may_match(n, i, c))
        return -1;
    struct screen_window w = {n, text, &h_list.table, 0, 0, false};
    screen_window_at(&w, i, H_READ_BACK, H_READ_AHEAD);
    size_t a, b;
    int k = h_match(&w, len, i, c, &a, &b);
    if (k < 0)
        return -1;
    /* "regresa a la cocina, dijo el testigo", "the woman who tweeted that
     * Claire should stay in the kitchen": reported speech */
    for (size_t j = w.s; j + 1 < a; j++)
        if ((hc(&w, j) & H_SAID) &&
            (h_is(&w, j + 1, "that") || h_is(&w, j + 1, "que")))
            return -1;
    for (size_t j = b; j < n->ntok && j < b + H_READ_AHEAD; j++) {
        if (screen_sentence_break(text, &n->tok[j - 1], &n->tok[j]))
            break;
        if (screen_wc_class(&h_list.table, n->tok[j].hash) & H_SAID)
            return -1;
    }
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return k;
}

const struct screen_grammar screen_harass_grammar = {h_words_table, h_at};
