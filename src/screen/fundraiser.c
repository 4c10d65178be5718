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
 * única, las demás son falsas". The money asked to the writer's own
 * account for a cause is the same scam with the discrediting left out:
 * an order to give ("send", "manden", "depositen") and, later in its
 * sentence, "to my", "a mi" or "en mi" with an account just after it
 * ("send to my personal PayPal", "manden su apoyo a mi cuenta personal",
 * "a la tarjeta que viene en mi perfil"); "I donated with my card"
 * orders nothing. So is a cause or a prize sent to a link on a domain no
 * official page uses ("Official fundraiser for the firefighters:
 * gofund-bomberos-help.xyz", "reclama en premios-frontera-gratis.win",
 * "send to paypal.me/ayuda-pescadores-oficial", a ".com" with two
 * hyphens: "walmart-ayuda-mx.com") or to a crypto wallet's
 * address ("Donate USDT to this wallet 0x9a3F7c2E8b41d21"). Held as
 * spam. A grammar
 * of the one pass (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    FR_FAKE = 1u << 0,  /* fake, falsa, hacked, hackeada */
    FR_REAL = 1u << 1,  /* league, liga, colecta, official, page, cuenta */
    FR_GIVE = 1u << 2,  /* donate, send, dona, depositen, manden */
    FR_WHERE = 1u << 3, /* cashapp, wallet, btc, tarjeta, oxxo, inbox */
    FR_MINE = 1u << 4,  /* my, mi: an account of the writer's */
    FR_OWN = 1u << 5,   /* account, cuenta, perfil, profile, bio, spin */
    FR_ORDER = 1u << 6, /* send, donate, manden, depositen: an order */
    FR_CAUSE = 1u << 7, /* fundraiser, colecta, donate, sorteo, rifa */
};

static const struct screen_wc_word fr_words[] = {
    {"fake", FR_FAKE},
    {"falsa", FR_FAKE},
    {"falso", FR_FAKE},
    {"hacked", FR_FAKE},
    {"hackeada", FR_FAKE},
    {"hackeado", FR_FAKE},
    {"hackearon", FR_FAKE},
    {"league", FR_REAL},
    {"leagues", FR_REAL},
    {"liga", FR_REAL},
    {"colecta", FR_REAL | FR_CAUSE},
    {"official", FR_REAL},
    {"oficial", FR_REAL},
    {"page", FR_REAL},
    {"pagina", FR_REAL},
    {"cuenta", FR_REAL},
    {"fundraiser", FR_REAL | FR_CAUSE},
    {"gofundme", FR_REAL},
    {"donate", FR_GIVE | FR_CAUSE},
    {"donations", FR_GIVE | FR_CAUSE},
    {"donaciones", FR_GIVE | FR_CAUSE},
    {"send", FR_GIVE},
    {"dona", FR_GIVE | FR_CAUSE},
    {"donen", FR_GIVE | FR_CAUSE},
    {"donar", FR_GIVE},
    {"depositen", FR_GIVE},
    {"deposita", FR_GIVE},
    {"deposito", FR_GIVE},
    {"manden", FR_GIVE},
    {"cashapp", FR_WHERE},
    {"wallet", FR_WHERE},
    {"btc", FR_WHERE},
    {"bitcoin", FR_WHERE},
    {"usdt", FR_WHERE},
    {"cripto", FR_WHERE},
    {"crypto", FR_WHERE},
    {"tarjeta", FR_WHERE},
    {"oxxo", FR_WHERE},
    {"paypal", FR_WHERE},
    {"zelle", FR_WHERE},
    {"venmo", FR_WHERE},
    {"inbox", FR_WHERE},
    {"my", FR_MINE},
    {"sorteo", FR_CAUSE},
    {"rifa", FR_CAUSE},
    {"premios", FR_CAUSE},
    {"premio", FR_CAUSE},
    {"aid", FR_CAUSE},
    {"grant", FR_CAUSE},
    {"relief", FR_CAUSE},
    {"apoyo", FR_CAUSE},
    {"ayuda", FR_CAUSE},
    {"gift", FR_CAUSE},
    {"regalo", FR_CAUSE},
    {"reclama", FR_CAUSE},
    {"prize", FR_CAUSE},
    {"giveaway", FR_CAUSE},
    {"donativos", FR_CAUSE},
    {"mi", FR_MINE},
};

/* What a writer's own account is called, and the orders to give to it:
 * a second table, as "cuenta", "tarjeta" and "send" are in the first. */
static const char *const fr_own[] = {
    "account",     "cuenta",  "perfil",  "profile", "bio",
    "paypal",      "tarjeta", "cashapp", "zelle",   "venmo",
    "mercadopago", "spin",    "clabe",   "wallet",  "personal"};
static const char *const fr_order[] = {
    "send",     "donate",  "dona",   "donen",   "depositen",
    "deposita", "deposit", "manden", "manda",   "transfieran",
    "transfer", "apoyen",  "envien", "cooperen"};

static struct screen_wc_list fr_list =
    SCREEN_WC_LIST(fr_words, FR_FAKE | FR_MINE | FR_CAUSE);

static const struct screen_wordclasses *fr_words_table(void)
{
    return screen_wc_ready(&fr_list);
}

static uint64_t frc(const struct screen_norm *n, size_t j)
{
    return j < n->ntok ? screen_wc_class(&fr_list.table, n->tok[j].hash) : 0;
}

/* Whether the text holds a link on a made-up, hyphenated name at a
 * domain no official page uses ("gofund-bomberos-help.xyz",
 * "premios-frontera-gratis.win", "gofund-me-rangers.co/donate",
 * "donacionescoyuca.online") or a paypal.me link. */
static bool fr_sketchy_link(const char *text, size_t len)
{
    static const char *const tld[] = {".xyz",  ".win",  ".top",    ".click",
                                      ".site", ".live", ".online", ".co/",
                                      ".cc",   ".shop", ".info",   ".com"};
    for (size_t t = 0; t < sizeof(tld) / sizeof(*tld); t++) {
        size_t tl = strlen(tld[t]);
        for (size_t q = 1; q + tl <= len; q++) {
            if (memcmp(text + q, tld[t], tl) != 0)
                continue;
            /* the domain ends there and has a word before it */
            char after = q + tl < len ? text[q + tl] : ' ';
            bool ends =
                tld[t][tl - 1] == '/' || !((after >= 'a' && after <= 'z') ||
                                           (after >= 'A' && after <= 'Z'));
            /* a made-up name with hyphens: "ayuda-bomberos-puebla" (not
             * "t.co", a shortener every tweet carries); at a domain only
             * made-up pages use, any name: "www.donacionescoyuca.online" */
            size_t d = q, hyphens = 0;
            while (d > 0 && ((text[d - 1] >= 'a' && text[d - 1] <= 'z') ||
                             (text[d - 1] >= '0' && text[d - 1] <= '9') ||
                             text[d - 1] == '-')) {
                hyphens += text[d - 1] == '-';
                d--;
            }
            /* at ".com", two hyphens at least: "walmart-ayuda-mx.com" (not
             * "mexico-news.com") */
            bool com = strcmp(tld[t], ".com") == 0;
            bool rare =
                !com && tld[t][tl - 1] != '/' && strcmp(tld[t], ".cc") != 0;
            if (ends && (com ? hyphens >= 2 : hyphens > 0 || (rare && d < q)))
                return true;
        }
    }
    /* a cause behind a short link hides where the money goes:
     * "bit.ly/ayuda-mich-fondo" */
    return memmem(text, len, "paypal.me/", 10) != NULL ||
           memmem(text, len, "bit.ly/", 7) != NULL;
}

/* Whether the text holds a crypto wallet's address ("0x9a3F7c2E8b41d21"
 * or longer): a cause given to one goes to whoever posted it. */
static bool fr_wallet_address(const char *text, size_t len)
{
    for (const char *p = memmem(text, len, "0x", 2); p;
         p = memmem(p + 1, len - (size_t)(p + 1 - text), "0x", 2)) {
        size_t q = (size_t)(p - text) + 2, hex = 0;
        bool starts = p == text || !((p[-1] >= 'a' && p[-1] <= 'z') ||
                                     (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                     (p[-1] >= '0' && p[-1] <= '9'));
        while (q + hex < len &&
               ((text[q + hex] >= '0' && text[q + hex] <= '9') ||
                (text[q + hex] >= 'a' && text[q + hex] <= 'f') ||
                (text[q + hex] >= 'A' && text[q + hex] <= 'F')))
            hex++;
        if (starts && hex >= 12)
            return true;
    }
    return false;
}

/* Money ordered to the writer's own account, "my" or "mi" at token i:
 * SCREEN_SPAM and the tokens from the order to the account in *out, or
 * -1. */
static int fr_to_mine(const struct screen_norm *n, const char *text, size_t i,
                      struct screen_match *out)
{
    static const char *const to[] = {"to", "into", "in", "a", "en"};
    if (i == 0 || !screen_tok_in(n, i - 1, to, SCREEN_NWORDS(to)))
        return -1;
    size_t own = SIZE_MAX;
    for (size_t k = i + 1; k < n->ntok && k <= i + 2 && own == SIZE_MAX; k++)
        if (screen_tok_in(n, k, fr_own, SCREEN_NWORDS(fr_own)))
            own = k;
    if (own == SIZE_MAX)
        return -1;
    for (size_t k = i; k > 0 && i - k < 12;) {
        k--;
        if (screen_sentence_break(text, &n->tok[k], &n->tok[k + 1]))
            return -1;
        if (screen_tok_in(n, k, fr_order, SCREEN_NWORDS(fr_order))) {
            out->tok = (uint32_t)k;
            out->ntok = (uint32_t)(own + 1 - k);
            return SCREEN_SPAM;
        }
    }
    return -1;
}

/* The fake fundraiser whose "fake" or "hacked" is token i: SCREEN_SPAM
 * and the discredited collection's tokens in *out, or -1. */
static int fr_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    if (frc(n, i) & FR_MINE)
        return fr_to_mine(n, text, i, out);
    /* a cause or a prize sent to a sketchy link: "Colecta oficial para
     * los bomberos: ayuda-bomberos-puebla.xyz 100% real no fake" */
    if (frc(n, i) & FR_CAUSE) {
        if (!fr_sketchy_link(text, len) && !fr_wallet_address(text, len))
            return -1;
        out->tok = (uint32_t)i;
        out->ntok = 1;
        return SCREEN_SPAM;
    }
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
