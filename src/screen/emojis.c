/*
 * emojis.c - a threat written in emoji.
 *
 * Readers who know the words are screened send the picture instead: "the
 * editor 🔪🩸", "⚰️ soon", "you 👉 ⚰️", "tu casa 🔥🔥 hoy",
 * "💣🚗 next week". The threat grammar (threats.c) reads verbs; these have none.
 * This grammar reads a weapon or a death (knife, pistol, bomb, blood, coffin,
 * headstone, skull and bones; not the skull alone, which is laughter) with,
 * within three words of it in the same sentence, whom it is for ("you", "tu",
 * "the editor", "el reportero", "snitch", "chismoso") or when it comes ("soon",
 * "pronto", "tonight", "hoy", "next week"); and fire with a house or a car (a
 * picture or the word) and whom or when. Mourning is not a threat: a sentence
 * that says "RIP", "descanse en paz", "QEPD", "condolences" or "pésame" passes,
 * and so does a quotation (grammars.c). Held as a threat. Like the other
 * grammars it is a rule only, not a model feature.
 */
#include "screen/screen_int.h"

enum {
    E_DEATH =
        1u
        << 0, /* 🔪 🔫 💣 🩸 ⚰️ 🪦 ☠️ (not 💀: laughter) */
    E_FIRE = 1u << 1,  /* 🔥 */
    E_HOME = 1u << 2,  /* 🏠 🚗, house, casa, car, carro */
    E_WHOM = 1u << 3,  /* you, tu, editor, reportero, snitch, chismoso */
    E_WHEN = 1u << 4,  /* soon, pronto, tonight, hoy, next, proximo */
    E_MOURN = 1u << 5, /* rip, paz, qepd, condolences, pesame */
    E_POINT = 1u << 6, /* 👉: "you 👉 ⚰️" */
};

#define E_START (E_DEATH | E_FIRE)

static const struct screen_wc_word e_words[] = {
    {"\xf0\x9f\x94\xaa", E_DEATH},          /* U+1F52A HOCHO */
    {"\xf0\x9f\x94\xab", E_DEATH},          /* U+1F52B PISTOL */
    {"\xf0\x9f\x92\xa3", E_DEATH},          /* U+1F4A3 BOMB */
    {"\xf0\x9f\xa9\xb8", E_DEATH},          /* U+1FA78 DROP OF BLOOD */
    {"\xe2\x9a\xb0", E_DEATH},              /* U+26B0 COFFIN */
    {"\xe2\x9a\xb0\xef\xb8\x8f", E_DEATH},  /* ... as an emoji */
    {"\xf0\x9f\xaa\xa6", E_DEATH},          /* U+1FAA6 HEADSTONE */
    {"\xe2\x98\xa0", E_DEATH},              /* U+2620 SKULL AND BONES */
    {"\xe2\x98\xa0\xef\xb8\x8f", E_DEATH},  /* ... as an emoji */
    {"\xf0\x9f\x94\xa5", E_FIRE},           /* U+1F525 FIRE */
    {"\xf0\x9f\x8f\xa0", E_HOME},           /* U+1F3E0 HOUSE */
    {"\xf0\x9f\x9a\x97", E_HOME},           /* U+1F697 AUTOMOBILE */
    {"\xf0\x9f\x91\x89", E_POINT | E_WHOM}, /* U+1F449 POINTING RIGHT */
    {"house", E_HOME},
    {"home", E_HOME},
    {"car", E_HOME},
    {"office", E_HOME},
    {"casa", E_HOME},
    {"carro", E_HOME},
    {"negocio", E_HOME},
    {"oficina", E_HOME},
    {"you", E_WHOM},
    {"u", E_WHOM},
    {"your", E_WHOM},
    {"tu", E_WHOM},
    {"te", E_WHOM},
    {"ti", E_WHOM},
    {"editor", E_WHOM},
    {"reporter", E_WHOM},
    {"journalist", E_WHOM},
    {"author", E_WHOM},
    {"witness", E_WHOM},
    {"snitch", E_WHOM},
    {"reportero", E_WHOM},
    {"reportera", E_WHOM},
    {"periodista", E_WHOM},
    {"autor", E_WHOM},
    {"testigo", E_WHOM},
    {"chismoso", E_WHOM},
    {"chismosa", E_WHOM},
    {"soplon", E_WHOM},
    {"sapo", E_WHOM},
    {"soon", E_WHEN},
    {"tonight", E_WHEN},
    {"tomorrow", E_WHEN},
    {"next", E_WHEN},
    {"pronto", E_WHEN},
    {"hoy", E_WHEN},
    {"manana", E_WHEN},
    {"proximo", E_WHEN},
    {"proxima", E_WHEN},
    {"rip", E_MOURN},
    {"paz", E_MOURN},
    {"qepd", E_MOURN},
    {"descanse", E_MOURN},
    {"condolences", E_MOURN},
    {"pesame", E_MOURN},
    {"peace", E_MOURN},
};

static struct screen_wc_list e_list = SCREEN_WC_LIST(e_words, E_START);

/* How far from the picture its target or its time may stand. */
#define E_NEAR 3
#define E_READ 12

static const struct screen_wordclasses *e_words_table(void)
{
    return screen_wc_ready(&e_list);
}

/* The threat at the picture at token i: SCREEN_THREAT and its tokens in
 * *out, or -1. */
static int e_at(const struct screen_norm *n, const char *text, size_t len,
                size_t i, struct screen_match *out)
{
    (void)len;
    uint64_t c = screen_wc_class(&e_list.table, n->tok[i].hash);
    if (!(c & E_START))
        return -1;
    struct screen_window w = {n, text, &e_list.table, 0, 0, false};
    screen_window_at(&w, i, E_READ, E_READ);
    for (size_t j = w.s; j < w.e; j++)
        if (screen_window_class(&w, j) & E_MOURN)
            return -1;
    size_t a = i, b = i + 1;
    bool home = false, whom = false;
    size_t from = i >= w.s + E_NEAR ? i - E_NEAR : w.s;
    for (size_t j = from; j < w.e && j <= i + E_NEAR; j++) {
        uint64_t k = screen_window_class(&w, j);
        if (!(k & (E_HOME | E_WHOM | E_WHEN)))
            continue;
        home |= (k & E_HOME) != 0;
        whom |= (k & (E_WHOM | E_WHEN)) != 0;
        if (j < a)
            a = j;
        if (j + 1 > b)
            b = j + 1;
    }
    /* fire is a threat only to a house or a car, and to someone or for
     * a time: "🔥🔥" alone praises */
    if (!whom || ((c & E_FIRE) && !home))
        return -1;
    out->tok = (uint32_t)a;
    out->ntok = (uint32_t)(b - a);
    return SCREEN_THREAT;
}

const struct screen_grammar screen_emoji_grammar = {e_words_table, e_at};
