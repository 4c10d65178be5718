/*
 * wellwish.c - a wish that someone gets well: "Hope your mom is better",
 * "espero que tu hermana ya esté bien", "que se mejore pronto".
 *
 * Regulars of a comment section ask after each other's families, and the
 * learned heads hear those words as abuse: "tu mamá" is the start of
 * many a Mexican insult, and "espero que tu hermana ya esté..." the start
 * of a wish of death. "Espero que tu hermana ya esté bien." scored 0.83
 * on the threat head and "Ojalá que tu mamá ya esté mejorcita" 0.84 on
 * the hold head. A wish whose end is a good state can be read: the wish
 * ("hope", "espero", "ojalá", a "que" that opens the clause), who it is
 * for (a person, a family word, a name, "you"), a verb of being or
 * getting ("is", "feels", "esté", "se"), "ya", and the state itself
 * ("better", "well", "bien", "mejor", "se recupere"), with the clause
 * ending there. Or a set wish: "get well soon", "speedy recovery",
 * "mejórate pronto", "pronta recuperación". On this beat the missing are
 * wished back the same way: "que regrese con bien a su casa", "ojalá los
 * nueve regresen con bien 🙏" ("regresen" alone is "go back to your
 * country" to the heads).
 *
 * Only those words are listed; model.c takes out of the heads what they
 * added towards abuse, and the rest of the comment still counts ("Hope
 * your family is well. Sería una pena que les pasara algo." keeps its
 * second sentence, and the veiled-threat grammar reads it). A word that
 * is not part of such a wish ends it: "hope your mom is not better",
 * "ojalá nunca se recupere", "hope you're well aware"; a word in
 * capitals or a negation is never taken for a name ("Ojala que tu mama
 * NUNCA se recupere"). model.c lists a wish only in a comment with few
 * other words (WELLWISH_REST_MAX): a threat after a kind opening needs
 * what the wish gave the heads. A wish limited in time is a menace,
 * not a kindness ("espero que sigan bien... por ahora", "hope your kids
 * are fine, for now", "while you still can"): in a comment with such
 * words nothing is listed.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    W_WISH = 1u << 0,     /* hope, wish, espero, ojalá, deseo */
    W_LINK = 1u << 1,     /* that, que, a dios: between wish and person */
    W_WHO = 1u << 2,      /* your, mom, tu, mamá, familia, you, she */
    W_BE = 1u << 3,       /* is, feels, getting, esté, siga, se, te */
    W_SAID_BE = 1u << 4,  /* she's, you're: a person and the verb */
    W_STATE = 1u << 5,    /* better, well, fine, bien, mejor */
    W_HEAL = 1u << 6,     /* recovers, se recupere, mejore: a verb */
    W_ALREADY = 1u << 7,  /* ya, already */
    W_SOON = 1u << 8,     /* soon, pronto: after the state */
    W_HINT = 1u << 9,     /* pena, shame, cuida: a menace hinted at */
    W_BACK = 1u << 17,    /* regresen, vuelvan: coming back */
    W_HERE = 1u << 18,    /* aquí, acá, here: said to those sent back */
    W_SET = 1u << 10,     /* get well, speedy recovery, mejórate */
    W_SET_END = 1u << 11, /* the second word of a set wish */
    W_LIMIT = 1u << 12,   /* mientras, while, still, todavía */
    W_NOW = 1u << 13,     /* now, ahora, momento: after "for", "por (el)" */
    W_MORE = 1u << 14,    /* much, mucho, muy: before the state */
    W_VOC = 1u << 15,     /* bro, compa, mija: who is spoken to, after */
    W_HOME = 1u << 16,    /* casa, casas, home: where one comes back to */
};

static const struct screen_wc_word w_words[] = {
    {"hope", W_WISH},
    {"hoping", W_WISH},
    {"hopefully", W_WISH},
    {"wish", W_WISH},
    {"wishing", W_WISH},
    {"pray", W_WISH},
    {"praying", W_WISH},
    {"espero", W_WISH},
    {"esperamos", W_WISH},
    {"esperemos", W_WISH},
    {"ojala", W_WISH},
    {"deseo", W_WISH},
    {"deseamos", W_WISH},
    {"pido", W_WISH},
    {"pedimos", W_WISH},
    {"that", W_LINK},
    {"que", W_LINK},
    {"q", W_LINK},
    {"a", W_LINK},
    {"dios", W_LINK},
    {"diosito", W_LINK},
    {"god", W_LINK},
    /* who the wish is for */
    {"your", W_WHO},
    {"ur", W_WHO},
    {"u", W_WHO},
    {"his", W_WHO},
    {"her", W_WHO},
    {"their", W_WHO},
    {"my", W_WHO},
    {"our", W_WHO},
    {"the", W_WHO},
    {"you", W_WHO},
    {"she", W_WHO},
    {"he", W_WHO},
    {"they", W_WHO},
    {"all", W_WHO},
    {"everyone", W_WHO},
    {"everybody", W_WHO},
    {"tu", W_WHO},
    {"tus", W_WHO},
    {"su", W_WHO},
    {"sus", W_WHO},
    {"mi", W_WHO},
    {"mis", W_WHO},
    {"la", W_WHO},
    {"el", W_WHO},
    {"los", W_WHO},
    {"las", W_WHO},
    {"le", W_WHO},
    {"les", W_WHO},
    {"usted", W_WHO},
    {"ustedes", W_WHO},
    {"ella", W_WHO},
    {"niño", W_WHO},
    {"niña", W_WHO},
    {"niños", W_WHO},
    {"niñas", W_WHO},
    {"muchachas", W_WHO},
    {"muchacha", W_WHO},
    {"muchacho", W_WHO},
    {"muchachos", W_WHO},
    {"maestra", W_WHO},
    {"maestro", W_WHO},
    {"joven", W_WHO},
    {"jovenes", W_WHO},
    {"dos", W_WHO},
    {"tres", W_WHO},
    {"cuatro", W_WHO},
    {"cinco", W_WHO},
    {"seis", W_WHO},
    {"siete", W_WHO},
    {"ocho", W_WHO},
    {"nueve", W_WHO},
    {"diez", W_WHO},
    {"todos", W_WHO},
    {"mom", W_WHO},
    {"moms", W_WHO},
    {"mum", W_WHO},
    {"mother", W_WHO},
    {"dad", W_WHO},
    {"dads", W_WHO},
    {"father", W_WHO},
    {"sister", W_WHO},
    {"brother", W_WHO},
    {"son", W_WHO},
    {"daughter", W_WHO},
    {"kid", W_WHO},
    {"kids", W_WHO},
    {"baby", W_WHO},
    {"family", W_WHO},
    {"wife", W_WHO},
    {"husband", W_WHO},
    {"grandma", W_WHO},
    {"grandpa", W_WHO},
    {"grandmother", W_WHO},
    {"grandfather", W_WHO},
    {"aunt", W_WHO},
    {"uncle", W_WHO},
    {"dog", W_WHO},
    {"cat", W_WHO},
    {"mama", W_WHO},
    {"mami", W_WHO},
    {"madre", W_WHO},
    {"madrecita", W_WHO},
    {"papa", W_WHO},
    {"papi", W_WHO},
    {"padre", W_WHO},
    {"hermana", W_WHO},
    {"hermano", W_WHO},
    {"hermanita", W_WHO},
    {"hermanito", W_WHO},
    {"hija", W_WHO},
    {"hijo", W_WHO},
    {"hijas", W_WHO},
    {"hijos", W_WHO},
    {"hijita", W_WHO},
    {"hijito", W_WHO},
    {"familia", W_WHO},
    {"esposa", W_WHO},
    {"esposo", W_WHO},
    {"abuela", W_WHO},
    {"abuelo", W_WHO},
    {"abuelita", W_WHO},
    {"abuelito", W_WHO},
    {"nieta", W_WHO},
    {"nieto", W_WHO},
    {"tia", W_WHO},
    {"tio", W_WHO},
    {"suegra", W_WHO},
    {"suegro", W_WHO},
    {"bebe", W_WHO},
    {"perrito", W_WHO},
    {"perrita", W_WHO},
    {"gatito", W_WHO},
    {"señora", W_WHO},
    {"señor", W_WHO},
    {"don", W_WHO},
    {"doña", W_WHO},
    {"shes", W_SAID_BE},
    {"hes", W_SAID_BE},
    {"youre", W_SAID_BE},
    {"theyre", W_SAID_BE},
    {"its", W_SAID_BE},
    /* being or getting */
    {"is", W_BE},
    {"are", W_BE},
    {"be", W_BE},
    {"will", W_BE},
    {"get", W_BE | W_SET},
    {"gets", W_BE},
    {"getting", W_BE},
    {"feel", W_BE | W_SET},
    {"feels", W_BE},
    {"feeling", W_BE},
    {"doing", W_BE},
    {"este", W_BE},
    {"estes", W_BE},
    {"esten", W_BE},
    {"esta", W_BE},
    {"estas", W_BE},
    {"estan", W_BE},
    {"siga", W_BE},
    {"sigas", W_BE},
    {"sigan", W_BE},
    {"sigue", W_BE},
    {"siguen", W_BE},
    {"vaya", W_BE},
    {"vayan", W_BE},
    /* back safe: "que regrese con bien a su casa", "ojalá los nueve
     * regresen con bien" (not "que se regresen a su país") */
    {"regrese", W_BE | W_BACK},
    {"regresen", W_BE | W_BACK},
    {"vuelva", W_BE | W_BACK},
    {"vuelvan", W_BE | W_BACK},
    {"aparezca", W_BE},
    {"aparezcan", W_BE},
    {"llegue", W_BE},
    {"lleguen", W_BE},
    {"con", W_BE},
    {"casa", W_HOME},
    {"casas", W_HOME},
    {"hogar", W_HOME},
    {"hogares", W_HOME},
    {"se", W_BE},
    {"te", W_BE},
    {"much", W_MORE},
    {"mucho", W_MORE},
    {"muy", W_MORE},
    {"ya", W_ALREADY},
    {"already", W_ALREADY},
    /* the good state */
    {"better", W_STATE},
    {"well", W_STATE},
    {"fine", W_STATE},
    {"ok", W_STATE},
    {"okay", W_STATE},
    {"mejor", W_STATE},
    {"mejorcita", W_STATE},
    {"mejorcito", W_STATE},
    {"bien", W_STATE},
    {"recuperado", W_STATE},
    {"recuperada", W_STATE},
    {"aliviado", W_STATE},
    {"aliviada", W_STATE},
    {"recovers", W_HEAL},
    {"recover", W_HEAL},
    {"recovering", W_HEAL},
    {"improving", W_HEAL},
    {"mejore", W_HEAL},
    {"mejores", W_HEAL},
    {"mejoren", W_HEAL},
    {"recupere", W_HEAL},
    {"recuperes", W_HEAL},
    {"recuperen", W_HEAL},
    {"alivie", W_HEAL},
    {"alivies", W_HEAL},
    {"alivien", W_HEAL},
    {"mejorando", W_HEAL},
    {"recuperando", W_HEAL},
    {"soon", W_SOON},
    {"pronto", W_SOON},
    {"bro", W_VOC},
    {"sis", W_VOC},
    {"dude", W_VOC},
    {"man", W_VOC},
    {"girl", W_VOC},
    {"compa", W_VOC},
    {"carnal", W_VOC},
    {"mija", W_VOC},
    {"mijo", W_VOC},
    {"amigo", W_WHO | W_VOC},
    {"amiga", W_WHO | W_VOC},
    {"friend", W_WHO | W_VOC},
    /* set wishes: "get well soon", "feel better", "speedy recovery",
     * "pronta recuperación", "mejórate pronto" */
    {"speedy", W_SET},
    {"quick", W_SET},
    {"pronta", W_SET},
    {"mejorate", W_SET},
    {"recuperate", W_SET},
    {"aliviate", W_SET},
    {"recovery", W_SET_END},
    {"recuperacion", W_SET_END},
    /* a wish limited in time */
    {"now", W_NOW},
    {"ahora", W_NOW},
    {"momento", W_NOW},
    {"mientras", W_LIMIT},
    {"while", W_LIMIT},
    {"still", W_LIMIT},
    {"todavia", W_LIMIT},
    {"aun", W_LIMIT},
    {"ahorita", W_LIMIT},
    /* a menace hinted at beside the wish: "sería una pena", "cuida a
     * tus hijos", "be careful" */
    {"pena", W_HINT},
    {"lastima", W_HINT},
    {"shame", W_HINT},
    {"cuida", W_HINT},
    {"cuidate", W_HINT},
    {"cuidense", W_HINT},
    {"cuidado", W_HINT},
    {"careful", W_HINT},
    /* a country to go back to: "que regresen con bien a su país" */
    {"pais", W_HINT},
    {"paises", W_HINT},
    {"country", W_HINT},
    {"mexico", W_HINT},
    {"aqui", W_HERE},
    {"aca", W_HERE},
    {"here", W_HERE},
    {"frontera", W_HINT},
};

static struct screen_wc_list w_list =
    SCREEN_WC_LIST(w_words, W_STATE | W_HEAL | W_SET);

/* The most words a wish names its person with: "tu hermana", "your
 * little sister's", "la señora Lupita". */
#define WISH_MAX_WHO 4

static uint64_t wc(const struct screen_wordclasses *t,
                   const struct screen_norm *n, size_t j)
{
    return screen_wc_tok(t, n, j);
}

/* Whether token j of n is written with a capital, as a name is, and is no
 * word of the lexicons nor a negation ("Lupita", "Don Chuy"; not
 * "Pendejo", "NUNCA", "Jamás", nor any word of a comment in capitals). */
static bool written_as_name(const struct screen_norm *n, const char *text,
                            size_t j)
{
    static const char *const never[] = {"no",    "not",   "never",
                                        "nunca", "jamas", "ni"};
    const struct screen_tok *t = &n->tok[j];
    const unsigned char *c = (const unsigned char *)text + t->orig_off;
    bool capital =
        (c[0] >= 'A' && c[0] <= 'Z') ||
        (t->orig_len > 1 && c[0] == 0xC3 && c[1] >= 0x80 && c[1] <= 0x9E);
    return capital && !(t->flags & SCREEN_TOK_CAPS) && t->lex == NULL &&
           !screen_tok_in(n, j, never, SCREEN_NWORDS(never));
}

/* Where the wish that ends at the state word s (and its "soon") starts:
 * walked back over the verb, "ya", the person and "que" to the wish
 * word, or to a "que" that opens the clause. SIZE_MAX if none does. */
static size_t wish_start(const struct screen_wordclasses *t,
                         const struct screen_norm *n, const char *text,
                         size_t s)
{
    uint64_t state = wc(t, n, s);
    size_t k = s, be = 0;
    bool plural = false; /* "regresen", "estén": said of more than one */
    if (k > 0 && (wc(t, n, k - 1) & W_MORE))
        k--;
    while (k > 0 && (wc(t, n, k - 1) & W_BE) && be < 2 &&
           !screen_clause_ends_after(n, text, k - 1)) {
        k--;
        be++;
        const struct screen_tok *v = &n->tok[k];
        plural |= v->len > 3 && n->text[v->off + v->len - 1] == 'n';
    }
    if (k > 0 && (wc(t, n, k - 1) & W_ALREADY))
        k--;
    size_t who = 0;
    bool named = false;
    while (k > 0 && who < WISH_MAX_WHO &&
           !screen_clause_ends_after(n, text, k - 1)) {
        uint64_t c = wc(t, n, k - 1);
        bool name = !(c & (W_WHO | W_SAID_BE | W_WISH | W_LINK)) &&
                    written_as_name(n, text, k - 1);
        if (!(c & (W_WHO | W_SAID_BE)) && !name)
            break;
        named |= name;
        be += (c & W_SAID_BE) != 0;
        k--;
        who++;
    }
    /* a name is one person: "que Lupita regrese", not "que Hondureños
     * regresen" (a people sent back) */
    if (named && plural)
        return SIZE_MAX;
    /* "better", "bien" need a verb ("is better"); "se recupere" not */
    if ((state & W_STATE) && !(state & W_HEAL) && be == 0)
        return SIZE_MAX;
    size_t links = 0;
    while (k > 0 && links < 3 && (wc(t, n, k - 1) & W_LINK) &&
           !screen_clause_ends_after(n, text, k - 1)) {
        k--;
        links++;
    }
    if (k > 0 && (wc(t, n, k - 1) & W_WISH))
        return k - 1;
    /* "Que tu mamá se recupere pronto.", "que te vaya bien" */
    if (links == 1 && screen_tok_is(n, k, "que") &&
        (k == 0 || screen_clause_ends_after(n, text, k - 1)))
        return k;
    return SIZE_MAX;
}

/* Whether token j of n spoils a wish: it limits it in time ("mientras",
 * "while", "still", "todavía", "ahorita", or "now", "ahora", "momento"
 * after "for", "por", "de", "por el": "for now", "por ahora", "de
 * momento", not "better now"; "por lo pronto", "por hoy", "for the time
 * being"), hints at a menace ("sería una pena", "cuida a tus hijos") or
 * names a country to go back to ("que regresen con bien a su país"). */
static bool spoils_the_wish(const struct screen_wordclasses *t,
                            const struct screen_norm *n, size_t j)
{
    uint64_t c = wc(t, n, j);
    if (c & (W_LIMIT | W_HINT))
        return true;
    if (j >= 1 && screen_tok_is(n, j, "hoy") && screen_tok_is(n, j - 1, "por"))
        return true;
    if (j >= 2 && screen_tok_is(n, j, "pronto") &&
        screen_tok_is(n, j - 1, "lo") && screen_tok_is(n, j - 2, "por"))
        return true;
    if (j >= 1 && screen_tok_is(n, j, "being") &&
        screen_tok_is(n, j - 1, "time"))
        return true;
    if (!(c & W_NOW) || j == 0)
        return false;
    size_t p = j - 1;
    if (screen_tok_is(n, p, "el") && p > 0)
        p--;
    return screen_tok_is(n, p, "for") || screen_tok_is(n, p, "por") ||
           screen_tok_is(n, p, "de");
}

/* Whether every token of n from j on is an emoji or another symbol and
 * none mocks or menaces: laughter, a middle finger, a devil, a clown, a
 * skull, a knife, a gun or a coffin ("regresen con bien 🙏", not "😂"
 * or "🖕"). */
static bool kind_symbols_from(const struct screen_norm *n, const char *text,
                              size_t j)
{
    static const char *const mean[] = {"\xF0\x9F\x96\x95", "\xF0\x9F\x98\x88",
                                       "\xF0\x9F\xA4\xA1", "\xF0\x9F\x92\x80",
                                       "\xF0\x9F\x94\xAA", "\xF0\x9F\x94\xAB",
                                       "\xE2\x9A\xB0"};
    for (; j < n->ntok; j++) {
        if (!screen_tok_symbol(n, j) || screen_is_laugh(n, j))
            return false;
        const char *o = text + n->tok[j].orig_off;
        for (size_t k = 0; k < SCREEN_NWORDS(mean); k++)
            if (n->tok[j].orig_len >= strlen(mean[k]) &&
                memcmp(o, mean[k], strlen(mean[k])) == 0)
                return false;
    }
    return true;
}

/* Whether dots ("...", "…") follow token j of n before the next one. */
static bool dots_after(const struct screen_norm *n, const char *text, size_t j)
{
    if (j + 1 >= n->ntok)
        return false;
    uint32_t a = n->tok[j].orig_off + n->tok[j].orig_len;
    uint32_t b = n->tok[j + 1].orig_off;
    for (uint32_t q = a; q + 1 < b; q++)
        if ((text[q] == '.' && text[q + 1] == '.') ||
            ((unsigned char)text[q] == 0xE2 && q + 2 < b &&
             (unsigned char)text[q + 1] == 0x80 &&
             (unsigned char)text[q + 2] == 0xA6))
            return true;
    return false;
}

/* Past "a su casa", "a sus casas", "a casa" after a wish that someone
 * comes back safe ("que regrese con bien a su casa"): the token after,
 * or b if none starts at b. */
static size_t back_home(const struct screen_wordclasses *t,
                        const struct screen_norm *n, const char *text, size_t b)
{
    static const char *const his[] = {"su", "sus", "tu", "tus", "la", "el"};
    if (b == 0 || !screen_tok_is(n, b, "a") ||
        screen_clause_ends_after(n, text, b - 1))
        return b;
    size_t h = b + 1 + screen_tok_in(n, b + 1, his, SCREEN_NWORDS(his));
    return h < n->ntok && (wc(t, n, h) & W_HOME) ? h + 1 : b;
}

/* Where a set wish starting at token j ends (the token after it), or 0:
 * "get well (soon)", "feel better (soon)", "speedy recovery", "pronta
 * recuperación", "mejórate (pronto)". */
static size_t set_wish_end(const struct screen_wordclasses *t,
                           const struct screen_norm *n, size_t j)
{
    uint64_t c = wc(t, n, j);
    if (!(c & W_SET))
        return 0;
    if (screen_tok_is(n, j, "get") && screen_tok_is(n, j + 1, "well"))
        return j + 2;
    if (screen_tok_is(n, j, "feel") && screen_tok_is(n, j + 1, "better"))
        return j + 2;
    if (wc(t, n, j + 1) & W_SET_END)
        return j + 2;
    return screen_tok_is(n, j, "mejorate") ||
                   screen_tok_is(n, j, "recuperate") ||
                   screen_tok_is(n, j, "aliviate")
               ? j + 1
               : 0;
}

size_t screen_wellwish_tokens(const struct screen_norm *n, const char *text,
                              uint32_t *out, size_t max)
{
    const struct screen_wordclasses *t = screen_wc_ready(&w_list);
    if (!screen_wc_may_hold(t, n))
        return 0;
    size_t k = 0;
    for (size_t j = 0; j < n->ntok && k < max; j++) {
        /* most words start no wish: a bit of the table's filter */
        if (!screen_wc_may_start(t, n->tok[j].hash))
            continue;
        uint64_t c = wc(t, n, j);
        size_t a = SIZE_MAX, b = j + 1;
        if (c & (W_STATE | W_HEAL))
            a = wish_start(t, n, text, j);
        if (a == SIZE_MAX) {
            size_t e = set_wish_end(t, n, j);
            if (e == 0)
                continue;
            a = j;
            b = e;
        }
        if (b < n->ntok && (wc(t, n, b) & W_SOON) &&
            !screen_clause_ends_after(n, text, b - 1))
            b++;
        b = back_home(t, n, text, b);
        /* who it is said to: "get well soon bro, ...", "que te mejores,
         * Lupita" */
        if (b < n->ntok && !screen_clause_ends_after(n, text, b - 1) &&
            (wc(t, n, b) & W_VOC) && screen_clause_ends_after(n, text, b))
            b++;
        /* the wish ends with its clause (or the comment's emoji follow
         * it: "regresen con bien 🙏"): not "well aware", "bien muerta",
         * nor a twist after dots ("ojalá regresen con bien... en
         * pedacitos") */
        if (!(screen_clause_ends_after(n, text, b - 1) ||
              kind_symbols_from(n, text, b)) ||
            dots_after(n, text, b - 1))
            continue;
        for (size_t q = a; q < b && k < max; q++)
            out[k++] = (uint32_t)q;
        j = b - 1;
    }
    /* asked only of the few comments with a wish */
    uint64_t all = 0;
    for (size_t j = 0; j < n->ntok && k > 0; j++) {
        if (spoils_the_wish(t, n, j))
            return 0;
        all |= wc(t, n, j);
    }
    /* "que regresen con bien a su casa, que aquí nadie los quiere" */
    if ((all & W_BACK) && (all & W_HERE))
        return 0;
    return k;
}
