/*
 * asked.c - "someone get me her number": a reader's contact or papers
 * asked for in a comment.
 *
 * The doxxing guard (guard.c) holds a phone number or an address that a
 * comment gives away; under a story about a murdered woman or a loan
 * app's victims, the first step is often to ask for it: "someone get me
 * her number", "Quien tenga el número de la hermana pásenmelo inbox",
 * "GIVE ME HER ADDRESS". This grammar holds such a request as doxxing
 * when the number or the address is a person's ("her", "su", "el número
 * de la hermana"; not a hotline's or an office's: "¿alguien tiene el
 * número de la fiscalía?", "la CEAV tiene su número en la página"), and
 * holds as spam the scam that asks for an identity document or a card
 * ("Si me mandan por privado su INE, CURP y número de tarjeta les
 * cancelamos la deuda"; not the warning "nunca manden su INE a nadie"),
 * and as spam a login asked for by a notice that an account will be
 * shut ("Su página será desactivada. Verifique su cuenta aquí:
 * meta-soporte.com").
 * A question passes ("does anyone have her number?"), as in most
 * grammars, and so does a quotation. A grammar of the one pass
 * (grammars.c); a rule only, not a model feature.
 */
#include <string.h>

#include "screen/screen_int.h"

enum {
    AK_NUMBER = 1u << 0, /* number, numero, address, direccion, whatsapp */
    AK_PAPERS = 1u << 1, /* ine, curp, cvv, nip: an identity document */
    AK_VERIFY = 1u << 2, /* verify, verifique, confirm: an account's login */
};

static const struct screen_wc_word ak_words[] = {
    {"number", AK_NUMBER},    {"numero", AK_NUMBER},   {"cel", AK_NUMBER},
    {"celular", AK_NUMBER},   {"telefono", AK_NUMBER}, {"address", AK_NUMBER},
    {"direccion", AK_NUMBER}, {"whatsapp", AK_NUMBER}, {"ine", AK_PAPERS},
    {"bank", AK_PAPERS},      {"curp", AK_PAPERS},     {"cvv", AK_PAPERS},
    {"nip", AK_PAPERS},       {"verify", AK_VERIFY},   {"verifique", AK_VERIFY},
    {"verifica", AK_VERIFY},  {"confirm", AK_VERIFY},  {"confirme", AK_VERIFY},
    {"confirma", AK_VERIFY},  {"valide", AK_VERIFY},   {"valida", AK_VERIFY},
};

static struct screen_wc_list ak_list =
    SCREEN_WC_LIST(ak_words, AK_NUMBER | AK_PAPERS | AK_VERIFY);

static const struct screen_wordclasses *ak_words_table(void)
{
    return screen_wc_ready(&ak_list);
}

/* A person's number or address asked for, by the noun at i: "someone get
 * me her number", "Quien tenga el número de la hermana pásenmelo inbox",
 * "GIVE ME HER ADDRESS" (not the number of a hotline or an office: only
 * "her", "his", "su" or a person after "de"). The match in [*a, *b). */
static bool ak_number_asked(const struct screen_norm *n, size_t i, size_t *a,
                            size_t *b)
{
    static const char *const ask[] = {
        "get",       "give",    "send",     "dm",       "pasenme",
        "pasenmelo", "pasen",   "denme",    "mandenme", "consiganme",
        "pasame",    "passame", "pasemelo", "pasamelo", "find"};
    /* "have" and "tiene" ask only after who might: "anyone have", "quien
     * tenga", "alguien tiene" (not "we have his address for the card",
     * "la CEAV tiene su número") */
    static const char *const have[] = {"have", "has", "tiene", "tenga"};
    static const char *const who[] = {
        "anyone", "anybody", "someone", "somebody", "who", "alguien", "quien"};
    static const char *const owner[] = {"her", "his", "their", "su", "sus"};
    static const char *const person[] = {
        "hermana",  "hermanita", "periodista", "reportera", "reportero",
        "mama",     "senora",    "morra",      "vieja",     "chava",
        "muchacha", "esposa",    "hija",       "viuda",     "testigo",
        "sister",   "reporter",  "journalist", "wife",      "widow",
        "daughter", "mom",       "girl",       "witness"};
    size_t own = SIZE_MAX;
    if (i > 0 && screen_tok_in(n, i - 1, owner, SCREEN_NWORDS(owner)))
        own = i - 1;
    /* or a person after "de": "el número de la hermana" */
    size_t k = i + 1;
    static const char *const the[] = {"la", "el", "esa", "ese", "the", "that"};
    size_t p = i + 2;
    if (screen_tok_in(n, p, the, SCREEN_NWORDS(the)))
        p++;
    if (own == SIZE_MAX &&
        (screen_tok_is(n, i + 1, "de") || screen_tok_is(n, i + 1, "of")) &&
        screen_tok_in(n, p, person, SCREEN_NWORDS(person))) {
        own = i;
        k = p + 1;
    }
    if (own == SIZE_MAX)
        return false;
    /* the asking within four words before, or "pásenmelo" after */
    size_t from = own;
    bool asked = false;
    for (size_t q = own; q > 0 && own - q < 4 && !asked;) {
        q--;
        if (screen_tok_in(n, q, ask, SCREEN_NWORDS(ask)) ||
            (screen_tok_in(n, q, have, SCREEN_NWORDS(have)) && q > 0 &&
             screen_tok_in(n, q - 1, who, SCREEN_NWORDS(who)))) {
            asked = true;
            from = q;
        }
    }
    for (size_t q = k; q < n->ntok && q <= k + 2 && !asked; q++)
        if (screen_tok_in(n, q, ask, SCREEN_NWORDS(ask))) {
            asked = true;
            k = q + 1;
        }
    if (!asked)
        return false;
    *a = from;
    *b = k > i + 1 ? k : i + 1;
    return true;
}

/* Whether byte c may be part of a host name. */
static bool ak_host_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Whether the host name around byte p (a dot) of text has a hyphen:
 * "apoyos-transportistas.com", made to look like a programme's. */
static bool ak_hyphenated_host(const char *text, size_t len, size_t p)
{
    size_t a = p, b = p + 1;
    while (a > 0 && ak_host_byte(text[a - 1]))
        a--;
    while (b < len && ak_host_byte(text[b]))
        b++;
    return memchr(text + a, '-', b - a) != NULL;
}

/* Whether the government domain at byte p of text ends its host:
 * "gob.mx/apoyos" does, "apoyos-gob.mx.co" does not. */
static bool ak_host_ends(const char *text, size_t len, size_t p)
{
    return p >= len || text[p] != '.' || p + 1 >= len ||
           !ak_host_byte(text[p + 1]);
}

/* Whether the text links anywhere but a government page (gob.mx, ending
 * its host name): an aid programme's sign-up is on one. A link is a
 * scheme, a shortener, "www.", a rare ending (".info", ".top") or a host
 * with a hyphen. */
static bool ak_unofficial_link(const char *text, size_t len)
{
    static const char *const marks[] = {"://",   "bit.ly",  "www.",
                                        ".info", ".online", ".xyz",
                                        ".site", ".click",  ".top"};
    bool link = false;
    for (size_t k = 0; k < SCREEN_NWORDS(marks) && !link; k++)
        link = memmem(text, len, marks[k], strlen(marks[k])) != NULL;
    for (size_t p = 1; p + 1 < len && !link; p++)
        link = text[p] == '.' && ak_host_byte(text[p - 1]) &&
               ak_host_byte(text[p + 1]) && text[p + 1] != '.' &&
               ak_hyphenated_host(text, len, p);
    bool official = false;
    for (const char *g = memmem(text, len, "gob.mx", 6); g && !official;
         g = memmem(g + 1, len - (size_t)(g + 1 - text), "gob.mx", 6))
        official = ak_host_ends(text, len, (size_t)(g + 6 - text));
    return link && !official;
}

/* Whether a card's number is asked for anywhere: "número de tarjeta",
 * "card number". */
static bool ak_card_asked(const struct screen_norm *n)
{
    static const char *const never[] = {"nunca", "never", "no",
                                        "dont",  "jamas", "ni"};
    for (size_t q = 0; q + 2 < n->ntok; q++) {
        if (!(screen_tok_is(n, q, "numero") && screen_tok_is(n, q + 1, "de") &&
              screen_tok_is(n, q + 2, "tarjeta")) &&
            !(screen_tok_is(n, q, "card") && screen_tok_is(n, q + 1, "number")))
            continue;
        /* not a warning: "no des tu número de tarjeta a nadie" */
        bool warned = false;
        for (size_t k = q > 4 ? q - 4 : 0; k < q; k++)
            warned |= screen_tok_in(n, k, never, SCREEN_NWORDS(never));
        if (!warned)
            return true;
    }
    return false;
}

/* An identity document asked for: "Si me mandan por privado su INE, CURP
 * y número de tarjeta les cancelamos la deuda", "Send ... a photo of
 * your INE to start your case" (not a warning: "nunca manden su INE a
 * nadie"), or a sign-up with it at a link that is no government's
 * ("registrate aqui con tu INE y CURP: bit.ly/apoyo-victimas"; not
 * "regístrate con tu INE en el módulo"), by the document at i: the match
 * in [*a, *b). */
static bool ak_papers_asked(const struct screen_norm *n, const char *text,
                            size_t len, size_t i, size_t *a, size_t *b)
{
    static const char *const signup[] = {
        "register",   "registrate", "registrese", "registrense",
        "inscribete", "signup",     "enter",      "ingresa",
        "ingrese",    "registre",   "registren",  "registra",
        "llena",      "llene",      "llenen",     "fill"};
    static const char *const send[] = {"manden",  "mandan", "mandes", "mandas",
                                       "envien",  "envian", "envia",  "send",
                                       "mandame", "pasame", "dm",     "inbox"};
    static const char *const never[] = {"nunca", "never", "no",
                                        "dont",  "jamas", "ni"};
    /* "su INE", "your name, CURP and bank info" */
    static const char *const yours[] = {"su", "tu", "your", "sus", "tus"};
    bool owned = false;
    for (size_t q = i; q > 0 && i - q < 3 && !owned;) {
        q--;
        owned = screen_tok_in(n, q, yours, SCREEN_NWORDS(yours));
    }
    /* "Register here with CURP and card number": a sign-up only */
    bool bare =
        screen_tok_is(n, i - 1, "with") || screen_tok_is(n, i - 1, "con");
    if (!owned && !bare)
        return false;
    for (size_t q = i; q > 0 && i - q < 14;) {
        q--;
        if (screen_tok_in(n, q, never, SCREEN_NWORDS(never)))
            return false;
        /* at a link no government runs, or with a card's number asked
         * too ("llena tus datos aquí con CURP y número de tarjeta") */
        bool signed_up = screen_tok_in(n, q, signup, SCREEN_NWORDS(signup)) &&
                         (ak_unofficial_link(text, len) || ak_card_asked(n));
        if (signed_up ||
            (owned && screen_tok_in(n, q, send, SCREEN_NWORDS(send)))) {
            for (size_t k = q; k > 0 && q - k < 3;) {
                k--;
                if (screen_tok_in(n, k, never, SCREEN_NWORDS(never)))
                    return false;
            }
            *a = q;
            *b = i + 1;
            return true;
        }
    }
    return false;
}

/* A login asked for by a notice that an account will be shut, the verb
 * at i: "AVISO DE META: su página será desactivada en 24 horas. Verifique
 * su cuenta aquí: meta-soporte.com", "Your page will be disabled. Verify
 * your account here: meta-appeal.com". The account within three words
 * after the verb, its loss anywhere in the comment, and a link that is no
 * government's; not a warning about such notices ("cuidado, es estafa").
 * The match in [*a, *b). */
static bool ak_login_asked(const struct screen_norm *n, const char *text,
                           size_t len, size_t i, size_t *a, size_t *b)
{
    static const char *const account[] = {
        "account", "cuenta",   "page",      "pagina", "perfil", "profile",
        "fanpage", "identity", "identidad", "datos",  "details"};
    static const char *const loss[] = {
        "disabled", "suspended", "deleted", "removed", "blocked", "restricted",
        "suspension", "desactivada", "suspendida", "eliminada", "bloqueada",
        "restringida", "deshabilitada", "cancelada", "cierre",
        /* or a prize: "Usted fue seleccionado para recibir una despensa,
         * confirme sus datos aquí" */
        "seleccionado", "seleccionada", "selected", "ganador", "ganadora",
        "winner"};
    static const char *const warned[] = {"scam",    "fake",   "phishing",
                                         "estafa",  "fraude", "falso",
                                         "cuidado", "beware", "careful"};
    size_t k = i + 1;
    while (k < n->ntok && k <= i + 3 &&
           !screen_tok_in(n, k, account, SCREEN_NWORDS(account)))
        k++;
    if (k >= n->ntok || k > i + 3 || !ak_unofficial_link(text, len))
        return false;
    bool lost = false, warning = false;
    for (size_t q = 0; q < n->ntok; q++) {
        lost |= screen_tok_in(n, q, loss, SCREEN_NWORDS(loss));
        warning |= screen_tok_in(n, q, warned, SCREEN_NWORDS(warned));
    }
    if (!lost || warning)
        return false;
    *a = i;
    *b = k + 1;
    return true;
}

/* A contact or papers asked for, found by token i: SCREEN_DOXXING or
 * SCREEN_SPAM and its tokens in *out, or -1. */
static int ak_at(const struct screen_norm *n, const char *text, size_t len,
                 size_t i, struct screen_match *out)
{
    uint64_t c = screen_wc_class(&ak_list.table, n->tok[i].hash);
    size_t a, b;
    if ((c & AK_PAPERS) && ak_papers_asked(n, text, len, i, &a, &b))
        return screen_grammar_match(n, text, len, i, a, b, SCREEN_SPAM, out);
    if ((c & AK_VERIFY) && ak_login_asked(n, text, len, i, &a, &b))
        return screen_grammar_match(n, text, len, i, a, b, SCREEN_SPAM, out);
    if ((c & AK_NUMBER) && ak_number_asked(n, i, &a, &b))
        return screen_grammar_match(n, text, len, i, a, b, SCREEN_DOXXING, out);
    return -1;
}

const struct screen_grammar screen_asked_grammar = {ak_words_table, ak_at};
