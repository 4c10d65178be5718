/*
 * fundraiser.c - a fake fundraiser: the real collection called fake and
 * the money sent to the writer.
 *
 * When a family, a league or a collective raises money for a victim, a
 * scam follows in the comments within the hour: "the league one is FAKE,
 * send to cashapp $...", "la colecta de la liga es falsa, depositen en
 * oxxo a la tarjeta que les paso por inbox", "la cuenta de la liga fue
 * hackeada, dona en cripto a la wallet de mi perfil". It sells nothing
 * the scam grammar (scam.c) reads, and it steals from the bereaved.
 * Three things together make it, anywhere in the comment:
 *
 *   - the real collection discredited: a word for it ("league",
 *     "colecta", "official", "page", "cuenta", "fundraiser") with
 *     "fake", "falsa", "hacked" or "hackeada" within five words after it;
 *   - a word of giving: "donate", "send", "dona", "depositen", "manden";
 *   - somewhere else to give: "cashapp", "wallet", "btc", "usdt",
 *     "cripto", "tarjeta", "oxxo", "paypal", "zelle", "inbox".
 *
 * A warning passes: "si alguien les pide depósito por inbox, es falso"
 * discredits no collection, and neither does "la colecta oficial es la
 * única, las demás son falsas". Held as spam. A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    FR_FAKE = 1u << 0,  /* fake, falsa, hacked, hackeada */
    FR_REAL = 1u << 1,  /* league, liga, colecta, official, page, cuenta */
    FR_GIVE = 1u << 2,  /* donate, send, dona, depositen, manden */
    FR_WHERE = 1u << 3, /* cashapp, wallet, btc, tarjeta, oxxo, inbox */
};

static const struct screen_wc_word fr_words[] = {
    {"fake", FR_FAKE},      {"falsa", FR_FAKE},      {"falso", FR_FAKE},
    {"hacked", FR_FAKE},    {"hackeada", FR_FAKE},   {"hackeado", FR_FAKE},
    {"hackearon", FR_FAKE}, {"league", FR_REAL},     {"leagues", FR_REAL},
    {"liga", FR_REAL},      {"colecta", FR_REAL},    {"official", FR_REAL},
    {"oficial", FR_REAL},   {"page", FR_REAL},       {"pagina", FR_REAL},
    {"cuenta", FR_REAL},    {"fundraiser", FR_REAL}, {"gofundme", FR_REAL},
    {"donate", FR_GIVE},    {"donations", FR_GIVE},  {"send", FR_GIVE},
    {"dona", FR_GIVE},      {"donen", FR_GIVE},      {"donar", FR_GIVE},
    {"depositen", FR_GIVE}, {"deposita", FR_GIVE},   {"deposito", FR_GIVE},
    {"manden", FR_GIVE},    {"cashapp", FR_WHERE},   {"wallet", FR_WHERE},
    {"btc", FR_WHERE},      {"bitcoin", FR_WHERE},   {"usdt", FR_WHERE},
    {"cripto", FR_WHERE},   {"crypto", FR_WHERE},    {"tarjeta", FR_WHERE},
    {"oxxo", FR_WHERE},     {"paypal", FR_WHERE},    {"zelle", FR_WHERE},
    {"venmo", FR_WHERE},    {"inbox", FR_WHERE},
};

static struct screen_wc_list fr_list = SCREEN_WC_LIST(fr_words, FR_FAKE);

static const struct screen_wordclasses *fr_words_table(void)
{
    return screen_wc_ready(&fr_list);
}

static uint64_t frc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&fr_list.table, n->tok[j].hash) : 0;
}

/* The fake fundraiser whose "fake" or "hacked" is token i: SCREEN_SPAM
 * and the discredited collection's tokens in *out, or -1. */
static int fr_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    (void)text;
    (void)len;
    if (!(frc(n, i) & FR_FAKE))
        return -1;
    size_t real = SIZE_MAX;
    /* the first word for it: "colecta de la liga es falsa" */
    for (size_t k = i; k > 0 && i - k < 5;) {
        k--;
        if (frc(n, k) & FR_REAL)
            real = k;
    }
    if (real == SIZE_MAX)
        return -1;
    bool give = false, where = false;
    for (size_t k = 0; k < n->ntok; k++) {
        uint64_t c = frc(n, k);
        give |= (c & FR_GIVE) != 0;
        where |= (c & FR_WHERE) != 0;
    }
    if (!give || !where)
        return -1;
    out->tok = (uint32_t)real;
    out->ntok = (uint32_t)(i + 1 - real);
    return SCREEN_SPAM;
}

const struct screen_grammar screen_fundraiser_grammar = {fr_words_table, fr_at};
