/*
 * watchers.c - "we read it too": the writer's enemies saying they read.
 *
 * Under a story that names a cartel's men, a line keeps coming back to
 * the reporter, the blog and the readers who sign with their names: "we
 * read it too.", "Nice article. We read it twice. 👀", "leemos todo
 * eh", "aquí también la leemos". It is a reader's sentence in every
 * word; what makes it menace is who says "we" to whom, and that nothing
 * kind is said with it. This grammar reads a first person plural that
 * reads ("we read", "we're reading", "leemos", "la leímos", "estamos
 * leyendo") with "too", "twice", "everything", "también", "todo" or
 * "dos veces" ending its clause ("we read everything about the case"
 * and "we read too much into it" are none), and holds it as a threat, unless
 * the comment thanks, praises, encourages or loves ("thank you", "gracias",
 * "keep it up", "sigan así", "proud", "❤"); with 👀 in the comment even
 * praise does not release it ("Nice article. We read it twice. 👀"). A
 * negation, a question and a quotation pass ("we never read it", "¿ya
 * leyeron todo?"). A grammar of the one pass (grammars.c); a rule only,
 * not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    WA_READ = 1u << 0, /* read, reading, leemos, leimos, leyendo */
    WA_WE = 1u << 1,   /* we, were, estamos, nosotros */
    WA_MORE = 1u << 2, /* too, also, twice, everything, tambien, todo */
    WA_NOT = 1u << 3,  /* not, never, no, nunca */
    WA_WARM = 1u << 4, /* thanks, gracias, proud, keep, sigan, love, ❤ */
    WA_EYES = 1u << 5, /* 👀 */
};

static const struct screen_wc_word wa_words[] = {
    {"read", WA_READ},
    {"reading", WA_READ},
    {"leemos", WA_READ},
    {"leimos", WA_READ},
    {"leyendo", WA_READ},
    {"we", WA_WE},
    {"were", WA_WE},
    {"estamos", WA_WE},
    {"nosotros", WA_WE},
    {"too", WA_MORE},
    {"twice", WA_MORE},
    {"everything", WA_MORE},
    {"tambien", WA_MORE},
    {"todo", WA_MORE},
    {"todos", WA_MORE},
    {"not", WA_NOT},
    {"never", WA_NOT},
    {"dont", WA_NOT},
    {"no", WA_NOT},
    {"nunca", WA_NOT},
    {"thanks", WA_WARM},
    {"thank", WA_WARM},
    {"gracias", WA_WARM},
    {"proud", WA_WARM},
    {"orgullo", WA_WARM},
    {"orgullosos", WA_WARM},
    {"keep", WA_WARM},
    {"sigan", WA_WARM},
    {"sigue", WA_WARM},
    {"animo", WA_WARM},
    {"love", WA_WARM},
    {"loved", WA_WARM},
    {"beautiful", WA_WARM},
    {"hermoso", WA_WARM},
    {"hermosa", WA_WARM},
    {"felicidades", WA_WARM},
    {"congrats", WA_WARM},
    {"great", WA_WARM},
    {"excelente", WA_WARM},
    {"\xe2\x9d\xa4", WA_WARM},     /* U+2764 HEAVY BLACK HEART */
    {"\xf0\x9f\x99\x8f", WA_WARM}, /* U+1F64F FOLDED HANDS */
    {"\xf0\x9f\x91\x80", WA_EYES}, /* U+1F440 EYES */
};

static struct screen_wc_list wa_list = SCREEN_WC_LIST(wa_words, WA_READ);

static const struct screen_wordclasses *wa_words_table(void)
{
    return screen_wc_ready(&wa_list);
}

static uint64_t wac(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&wa_list.table, n->tok[j].hash) : 0;
}

/* Whether the reading at token i is by "we": "we read", "we're reading",
 * "leemos" and "leímos" (the subject in the verb), "estamos leyendo". */
static bool wa_we_read(const struct screen_norm *n, size_t i, size_t *a)
{
    *a = i;
    if (screen_tok_is(n, i, "leemos") || screen_tok_is(n, i, "leimos"))
        return true;
    for (size_t k = i; k > 0 && i - k < 3;) {
        k--;
        uint64_t c = wac(n, k);
        if (c & WA_WE) {
            *a = k;
            return true;
        }
        /* "we also read", "we've read", "we are reading", "la leemos" */
        if (!(c & WA_MORE) && !screen_tok_is(n, k, "ve") &&
            !screen_tok_is(n, k, "are") && !screen_tok_is(n, k, "have") &&
            !screen_tok_is(n, k, "la") && !screen_tok_is(n, k, "lo"))
            return false;
    }
    return false;
}

/* Whether the clause ends before token b: the text's end, a sign of a
 * clause's end in the gap, an emoji, or "eh", "all of us" after it. */
static bool wa_clause_ends(const struct screen_norm *n, const char *text,
                           size_t len, size_t b)
{
    if (b >= n->ntok)
        return true;
    if (screen_tok_symbol(n, b) || screen_tok_is(n, b, "eh") ||
        screen_tok_is(n, b, "all"))
        return true;
    size_t s = n->tok[b - 1].orig_off + n->tok[b - 1].orig_len;
    size_t e = n->tok[b].orig_off;
    for (size_t q = s; q < e && q < len; q++)
        if (strchr(".,!?;:", text[q]))
            return true;
    return false;
}

/* The reading "we" announce at token i: SCREEN_THREAT and its tokens in
 * *out, or -1. */
static int wa_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    if (!(wac(n, i) & WA_READ))
        return -1;
    size_t a;
    if (!wa_we_read(n, i, &a))
        return -1;
    /* "too", "twice", "everything", "todo", "dos veces", just after (or
     * "also" just before: "we also read it") */
    size_t b = SIZE_MAX;
    for (size_t k = i + 1; k < n->ntok && k <= i + 3 && b == SIZE_MAX; k++) {
        if (screen_sentence_break(text, &n->tok[k - 1], &n->tok[k]))
            break;
        if ((wac(n, k) & WA_MORE) ||
            (screen_tok_is(n, k, "dos") && screen_tok_is(n, k + 1, "veces")))
            b = screen_tok_is(n, k, "dos") ? k + 2 : k + 1;
    }
    for (size_t k = a; b == SIZE_MAX && k < i; k++)
        if (wac(n, k) & WA_MORE)
            b = i + 1;
    if (b == SIZE_MAX || !wa_clause_ends(n, text, len, b))
        return -1;
    bool eyes = false, warm = false;
    for (size_t k = 0; k < n->ntok; k++) {
        uint64_t c = wac(n, k);
        eyes |= (c & WA_EYES) != 0;
        warm |= (c & WA_WARM) != 0;
    }
    if (warm && !eyes)
        return -1;
    /* "we never read it", "no leemos todo" */
    for (size_t k = a; k > 0 && a - k < 2;) {
        k--;
        if (wac(n, k) & WA_NOT)
            return -1;
    }
    for (size_t k = a; k < i; k++)
        if (wac(n, k) & WA_NOT)
            return -1;
    return screen_grammar_match(n, text, len, i, a, b, SCREEN_THREAT, out);
}

const struct screen_grammar screen_watchers_grammar = {wa_words_table, wa_at};
