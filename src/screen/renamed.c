/*
 * renamed.c - a trans woman's name and pronoun taken back by readers.
 *
 * Under a story about a trans woman killed, the readers who deny her
 * womanhood (misgender.c) also correct the writer: "stop calling him
 * Valeria", "deja de decirle 'ella'", "dejen de llamarlo Vale", and they
 * put her womanhood in quotation marks: 'esa "mujer" tenía bigote',
 * 'another story about "her."'. Neither needs a slur. This grammar
 * reads the two and holds them as identity_hate:
 *
 *   - an order to stop naming her so ("stop calling", "quit calling",
 *     "deja de decirle", "dejen de llamarlo") with "him", "lo" or a
 *     neutral "le", and then "she", "her", "ella", "woman" or "mujer",
 *     or a name in capitals after "him" or "lo" ("stop calling her
 *     Vale", "dejen de llamarla víctima" and "deja de decirle Mario, se
 *     llama Vale" pass: her own name and pronoun are kept);
 *   - a word for a woman alone in quotation marks after a pointing word
 *     ("esa", "that", "about", "la"): 'esa "mujer"', 'that "lady"'
 *     ('use "she" and "her"', 'the word "woman"', 'she's not a "girl",
 *     she's an adult' pass);
 *   - her womanhood mocked or her death laid on it: "you call that a
 *     woman", "a eso le llaman mujer", "he-she", "if he had lived as a
 *     man", "si hubiera vivido como hombre seguiría vivo".
 *
 * A question passes. A grammar of the one pass (grammars.c); a rule only,
 * not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    RN_STOP = 1u << 0,  /* stop, quit, deja, dejen, dejar */
    RN_CALL = 1u << 1,  /* calling, decirle, llamarlo, llamarle */
    RN_SHE = 1u << 2,   /* she, her, ella, woman, mujer, lady, señora */
    RN_POINT = 1u << 3, /* esa, that, this, about, la, una, a */
    RN_START = 1u << 4, /* call, llaman, he, if, si: the other shapes */
};

static const struct screen_wc_word rn_words[] = {
    {"stop", RN_STOP},     {"quit", RN_STOP},     {"deja", RN_STOP},
    {"dejen", RN_STOP},    {"dejar", RN_STOP},    {"calling", RN_CALL},
    {"decirle", RN_CALL},  {"llamarlo", RN_CALL}, {"llamarle", RN_CALL},
    {"decirles", RN_CALL}, {"she", RN_SHE},       {"her", RN_SHE},
    {"ella", RN_SHE},      {"woman", RN_SHE},     {"mujer", RN_SHE},
    {"lady", RN_SHE},      {"senora", RN_SHE},    {"girl", RN_SHE},
    {"chica", RN_SHE},     {"dama", RN_SHE},      {"esa", RN_POINT},
    {"that", RN_POINT},    {"this", RN_POINT},    {"about", RN_POINT},
    {"la", RN_POINT},      {"una", RN_POINT},     {"a", RN_POINT},
    {"esta", RN_POINT},    {"the", RN_POINT},     {"pobre", RN_POINT},
    {"call", RN_START},    {"llamas", RN_START},  {"llaman", RN_START},
    {"he", RN_START},      {"if", RN_START},      {"si", RN_START},
};

static struct screen_wc_list rn_list =
    SCREEN_WC_LIST(rn_words, RN_STOP | RN_SHE | RN_START);

static const struct screen_wordclasses *rn_words_table(void)
{
    return screen_wc_ready(&rn_list);
}

static uint64_t rnc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&rn_list.table, n->tok[j].hash) : 0;
}

/* Whether token j is written with a capital first letter (a name), and
 * not the whole word in capitals. */
static bool rn_capital(const struct screen_norm *n, const char *text, size_t j)
{
    if (j >= n->ntok || (n->tok[j].flags & SCREEN_TOK_CAPS))
        return false;
    char c = text[n->tok[j].orig_off];
    return c >= 'A' && c <= 'Z';
}

/* "stop calling him Valeria", "deja de decirle ella" at token i (the
 * stop): its end in *b. */
static bool rn_stop_calling(const struct screen_norm *n, const char *text,
                            size_t i, size_t *b)
{
    size_t v = i + 1;
    if (screen_tok_is(n, v, "de"))
        v++;
    if (!(rnc(n, v) & RN_CALL))
        return false;
    size_t x = v + 1;
    /* the one named: "calling him", the clitic in "llamarlo", "decirle" */
    if (screen_tok_is(n, v, "calling")) {
        if (!screen_tok_is(n, x, "him"))
            return false;
        x++;
    }
    /* a word for a woman, or a name after a masculine "him" or "lo"
     * ("deja de decirle Mario, se llama Vale" keeps her name) */
    bool masculine =
        screen_tok_is(n, v, "calling") || screen_tok_is(n, v, "llamarlo");
    if ((rnc(n, x) & RN_SHE) || (masculine && rn_capital(n, text, x))) {
        *b = x + 1;
        return true;
    }
    return false;
}

/* Whether token j stands alone in quotation marks: a mark right before
 * it and right after it in the original text. */
static bool rn_in_marks(const struct screen_norm *n, const char *text,
                        size_t len, size_t j)
{
    uint32_t s = n->tok[j].orig_off, e = s + n->tok[j].orig_len;
    bool open = false, close = false;
    if (s >= 1 && (text[s - 1] == '"' || text[s - 1] == '\''))
        open = true;
    if (s >= 3 && (unsigned char)text[s - 3] == 0xe2 &&
        (unsigned char)text[s - 2] == 0x80 &&
        ((unsigned char)text[s - 1] == 0x9c || /* “ */
         (unsigned char)text[s - 1] == 0x98))  /* ‘ */
        open = true;
    if (s >= 2 && (unsigned char)text[s - 2] == 0xc2 &&
        (unsigned char)text[s - 1] == 0xab) /* « */
        open = true;
    if (e < len && (text[e] == '"' || text[e] == '\''))
        close = true;
    /* a sign of the sentence's end inside the marks: about "her." */
    if (e + 1 < len && strchr(".,!?", text[e]) &&
        (text[e + 1] == '"' || text[e + 1] == '\''))
        close = true;
    if (e + 2 < len && (unsigned char)text[e] == 0xe2 &&
        (unsigned char)text[e + 1] == 0x80 &&
        ((unsigned char)text[e + 2] == 0x9d || /* ” */
         (unsigned char)text[e + 2] == 0x99))  /* ’ */
        close = true;
    if (e + 1 < len && (unsigned char)text[e] == 0xc2 &&
        (unsigned char)text[e + 1] == 0xbb) /* » */
        close = true;
    return open && close;
}

/* Whether the words from token j on are words[0..nw) (NULL ends a short
 * row). */
static bool rn_row(const struct screen_norm *n, size_t j,
                   const char *const *words, size_t nw)
{
    for (size_t k = 0; k < nw && words[k]; k++)
        if (!screen_tok_is(n, j + k, words[k]))
            return false;
    return true;
}

/* The other shapes at token i: "you call that a woman?", "a eso le
 * llaman mujer", "he-she", "if he had lived as a man", "si hubiera
 * vivido como hombre". Their end in *b. */
static bool rn_other(const struct screen_norm *n, const char *text, size_t i,
                     size_t *b)
{
    static const char *const rows[][6] = {
        {"call", "that", "a", "woman", NULL},
        {"call", "him", "a", "woman", NULL},
        {"llaman", "mujer", NULL},
        {"llamas", "mujer", NULL},
        {"if", "he", "had", "lived", "as", "a"},
        {"if", "he", "had", "accepted", "being", "a"},
        {"if", "he", "had", "stayed", "a", "man"},
        {"si", "hubiera", "vivido", "como", "hombre", NULL},
        {"si", "hubiera", "vivido", "como", "un", "hombre"},
        {"si", "hubiera", "aceptado", "ser", "hombre", NULL},
        {"si", "se", "hubiera", "quedado", "hombre", NULL},
    };
    for (size_t r = 0; r < sizeof(rows) / sizeof(*rows); r++)
        if (rn_row(n, i, rows[r], 6)) {
            size_t k = 0;
            while (k < 6 && rows[r][k])
                k++;
            *b = i + k;
            return true;
        }
    /* "he-she": the two written joined by a hyphen */
    if (screen_tok_is(n, i, "he") && screen_tok_is(n, i + 1, "she")) {
        uint32_t e = n->tok[i].orig_off + n->tok[i].orig_len;
        if (text[e] == '-' && n->tok[i + 1].orig_off == e + 1) {
            *b = i + 2;
            return true;
        }
    }
    return false;
}

/* The name or the womanhood taken back at token i: SCREEN_IDENTITY_HATE
 * and its tokens in *out, or -1. */
static int rn_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = rnc(n, i);
    size_t a = i, b = i + 1;
    if (c & RN_START) {
        if (!rn_other(n, text, i, &b))
            return -1;
    } else if (c & RN_STOP) {
        if (!rn_stop_calling(n, text, i, &b))
            return -1;
    } else {
        /* esa "mujer", about "her." */
        if (i == 0 || !(rnc(n, i - 1) & RN_POINT) ||
            !rn_in_marks(n, text, len, i))
            return -1;
        /* a word denied: 'she's not a "girl", she's an adult' */
        static const char *const not [] = {"not", "no", "isnt", "nunca",
                                           "never"};
        if (i >= 2 && screen_tok_in(n, i - 2, not, SCREEN_NWORDS(not )))
            return -1;
        a = i - 1;
    }
    /* a question passes, but "you call that a woman?" asks nothing */
    if (screen_sentence_asks(n, text, len, i) &&
        !(screen_tok_is(n, i, "call") && screen_tok_is(n, i + 1, "that")))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_IDENTITY_HATE;
}

const struct screen_grammar screen_renamed_grammar = {rn_words_table, rn_at};
