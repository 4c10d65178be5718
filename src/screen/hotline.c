/*
 * hotline.c - a phone number that belongs to an institution, not to a
 * person: the doxxing guard lets it through.
 *
 * Under every story of extortion or a disappearance, readers pass on the
 * lines that help: "Si los están extorsionando denuncien al 089 o al
 * Consejo Ciudadano 55 5533 5533, es anónimo", "For anyone in Mexico City
 * who needs help: Consejo Ciudadano, 55 5533 5533, free and 24/7". The
 * guard (guard.c) holds every phone number, as a private one can get
 * someone killed, so these waited for a moderator like a witness's
 * number would. A number is a public line here when
 *   - it is toll-free: 800 after the country or long-distance prefix, if
 *     any (Mexico's "01 800", "+52 800", the US "1-800"), or a US
 *     toll-free code written with its leading 1 ("1-888-…"; without the
 *     1, 833, 844, 866 and 877 are Mexican area codes);
 *   - or its sentence names a line of that kind before it (at most
 *     HOTLINE_BACK words) or just after it (HOTLINE_AHEAD): a hotline, a
 *     "línea", a council, a prosecutor's office, the emergency numbers,
 *     an anonymous service, a place to report a crime ("free" and
 *     "24/7" are said of a business too: "amarres en 24 horas");
 *     and nothing in that sentence points at a person's own phone or
 *     home (a cell phone, "his", "personal", "casa", "lives") or calls
 *     someone an informer ("denuncien a este soplón, su número es …").
 * Protected names and every other guard match are untouched.
 */
#include <string.h>

#include "screen/screen_int.h"

#define HOTLINE_BACK 12
#define HOTLINE_AHEAD 6

static const char *const hotline_public[] = {
    "hotline",      "hotlines", "helpline",   "helplines",   "linea",
    "lineas",       "consejo",  "fiscalia",   "cndh",        "ceav",
    "conavim",      "locatel",  "emergencia", "emergencias", "emergency",
    "tollfree",     "anonima",  "anonimo",    "anonymous",   "anonymously",
    "anonimamente", "denuncia", "denuncias",  "denunciar",   "denuncien",
    "denuncie",     "tipline",  "crisis",     "911",         "089",
    "line",         "lines",    "clinic",     "clinica",     "commission",
    "comision",     "albergue", "albergues",  "shelter",     "shelters",
    "profeco",      "condusef",
};

static const char *const hotline_private[] = {
    "cel",      "celular", "cell", "cellphone", "mobile",   "movil",
    "his",      "her",     "him",  "personal",  "privado",  "privada",
    "private",  "casa",    "home", "vive",      "lives",    "soplon",
    "soplona",  "snitch",  "sapo", "rata",      "chismoso", "chismosa",
    "dedo",     "esposa",  "wife", "husband",   "esposo",   "hija",
    "daughter",
};

#define HOTLINE_N(a) (sizeof(a) / sizeof(*(a)))

/* The digits of text[off, off + len), at most cap (the rest dropped). */
static size_t hotline_digits(const char *text, size_t off, size_t len, char *d,
                             size_t cap)
{
    size_t k = 0;
    for (size_t i = off; i < off + len && k < cap; i++)
        if (text[i] >= '0' && text[i] <= '9')
            d[k++] = text[i];
    return k;
}

/* Whether the number's digits make a toll-free number. */
static bool hotline_toll_free(const char *d, size_t k)
{
    bool us = false;
    if (k == 13 && memcmp(d, "52", 2) == 0) { /* +52 1 … (old mobile) */
        d += 3;
        k -= 3;
    } else if (k == 12 &&
               (memcmp(d, "52", 2) == 0 || memcmp(d, "01", 2) == 0)) {
        d += 2;
        k -= 2;
    } else if (k == 11 && d[0] == '1') {
        d += 1;
        k -= 1;
        us = true;
    }
    if (k != 10)
        return false;
    if (memcmp(d, "800", 3) == 0)
        return true;
    /* 833, 844, 855, 866, 877, 888 */
    return us && d[0] == '8' && d[1] == d[2] && d[1] >= '3' && d[1] <= '8';
}

bool screen_public_line(const struct screen_norm *n, const char *text,
                        size_t off, size_t len)
{
    char d[16];
    size_t k = hotline_digits(text, off, len, d, sizeof(d));
    if (hotline_toll_free(d, k))
        return true;
    /* the number's first token, and the first token after it */
    size_t num = n->ntok, after = n->ntok;
    for (size_t t = 0; t < n->ntok; t++) {
        if (num == n->ntok && n->tok[t].orig_off >= off)
            num = t;
        if (n->tok[t].orig_off >= off + len) {
            after = t;
            break;
        }
    }
    if (num == n->ntok)
        return false;
    /* the sentence around it, HOTLINE_BACK words back and HOTLINE_AHEAD
     * on at most: [s, e) */
    size_t s = num;
    while (s > 0 && num - s < HOTLINE_BACK &&
           !screen_sentence_break(text, &n->tok[s - 1], &n->tok[s]))
        s--;
    size_t e = after;
    while (e < n->ntok && e - after < HOTLINE_AHEAD &&
           !screen_sentence_break(text, &n->tok[e - 1], &n->tok[e]))
        e++;
    bool named = false;
    for (size_t t = s; t < e; t++) {
        if (t >= num && t < after)
            continue; /* the number's own groups */
        if (screen_tok_in(n, t, hotline_private, HOTLINE_N(hotline_private)))
            return false;
        if (screen_tok_in(n, t, hotline_public, HOTLINE_N(hotline_public)))
            named = true;
    }
    return named;
}
