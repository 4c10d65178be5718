/*
 * guard.c - the doxxing guard: hold any comment that publishes how to
 * find or reach a person, whatever the model thinks of its tone.
 *
 * On a blog that covers cartels, a phone number, an address or a car's
 * plate next to a name can get someone killed, so the guard prefers a
 * false hold to a miss. It looks for:
 *   - e-mail addresses (local@domain.tld);
 *   - phone numbers: 10 to 13 digits in phone-like groups (Mexican and US
 *     numbers, with or without +52 / +1), or 7 to 8 digits written as
 *     "1234-5678" / "123 4567"; runs that look like years are skipped;
 *     inside a link only where it dials or messages the number (wa.me/,
 *     ?phone=, t.me/+), as other links carry long ids;
 *   - street addresses: a Spanish street word (calle, avenida, privada,
 *     colonia, ...) followed within six words by a house number, or an
 *     English house number followed within four words by a street suffix
 *     (street, st, avenue, road, blvd, lane, drive, ...);
 *   - vehicle plates: Mexican and US shapes written with dashes
 *     (ABC-123-D, ABC-12-34, ABC-1234, 123-ABC), or any 5 to 8 letters and
 *     digits right after "placa(s)", "plate(s)", "matrícula" or "tag".
 * Protected names (a site setting) are matched in model.c.
 */
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#include "screen/screen_int.h"

static int g_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int g_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int g_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

static int g_email_local(char c)
{
    return g_alpha(c) || g_digit(c) || c == '.' || c == '_' || c == '%' ||
           c == '+' || c == '-';
}

static int g_email_domain(char c)
{
    return g_alpha(c) || g_digit(c) || c == '.' || c == '-';
}

static void g_add(struct screen_span *sp, size_t *n, size_t max, size_t off,
                  size_t len)
{
    if (*n < max) {
        sp[*n].offset = (uint32_t)off;
        sp[*n].len = (uint32_t)len;
        sp[*n].category = SCREEN_DOXXING;
        sp[*n].weight = 4.0f;
        (*n)++;
    }
}

static void g_emails(const char *s, size_t len, struct screen_span *sp,
                     size_t *n, size_t max)
{
    for (size_t i = 1; i + 1 < len; i++) {
        /* straight to the next '@' that has a byte after it */
        const char *at = memchr(s + i, '@', len - 1 - i);
        if (!at)
            break;
        i = (size_t)(at - s);
        size_t a = i;
        while (a > 0 && g_email_local(s[a - 1]))
            a--;
        size_t b = i + 1;
        while (b < len && g_email_domain(s[b]))
            b++;
        while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-'))
            b--;
        if (a == i || b == i + 1)
            continue;
        /* the domain needs a dot followed by at least two letters */
        size_t dot = b;
        while (dot > i + 1 && s[dot - 1] != '.')
            dot--;
        if (dot <= i + 2 || b - dot < 2)
            continue;
        int letters = 1;
        for (size_t k = dot; k < b; k++)
            letters &= g_alpha(s[k]);
        if (!letters)
            continue;
        g_add(sp, n, max, a, b - a);
        i = b;
    }
}

static int g_lower(char c)
{
    return g_upper(c) ? c + 32 : c;
}

/* Whether s[a..b) ends with lit, ignoring case. */
static int g_ends_with(const char *s, size_t a, size_t b, const char *lit)
{
    size_t l = strlen(lit);
    if (b < a || b - a < l)
        return 0;
    for (size_t k = 0; k < l; k++)
        if (g_lower(s[b - l + k]) != lit[k])
            return 0;
    return 1;
}

/* What ends a link (and any word) for the guard. */
static int g_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The word s[i] lies in, cached across calls as i moves forward: *a is
 * its start (after spaces and opening brackets), *end the space after it,
 * *link 1 when it begins with http://, https:// or www. Each word is
 * scanned about once. */
static void g_word_at(const char *s, size_t len, size_t i, size_t *a,
                      size_t *end, int *link)
{
    if (i < *end && i >= *a)
        return;
    size_t w = i;
    while (w > *end && !g_space(s[w - 1]) && s[w - 1] != '(')
        w--;
    size_t e = i;
    while (e < len && !g_space(s[e]))
        e++;
    while (w < e && s[w] == '(') /* "(www.example.mx/...)" */
        w++;
    *a = w;
    *end = e;
    static const char *const schemes[] = {"http://", "https://", "www.", NULL};
    *link = 0;
    for (size_t k = 0; schemes[k] && !*link; k++) {
        size_t l = strlen(schemes[k]);
        *link = e - w > l && g_ends_with(s, w, w + l, schemes[k]);
    }
}

/* Inside a link, a long number is usually an id (an article, a video, a
 * tracking tag); it is a phone number only where the link dials or
 * messages it: wa.me/N, ...?phone=N, tel:N, sms:N, or +N (also written
 * %2B) anywhere. */
static int g_link_dials(const char *s, size_t a, size_t i)
{
    static const char *const marks[] = {
        "wa.me/", "phone=", "tel:", "sms:", "%2b", NULL};
    if (s[i] == '+')
        return 1;
    for (size_t k = 0; marks[k]; k++)
        if (g_ends_with(s, a, i, marks[k]))
            return 1;
    return 0;
}

static void g_phones(const char *s, size_t len, bool links,
                     struct screen_span *sp, size_t *n, size_t max)
{
    size_t i = 0;
    size_t wa = 0, wend = 0; /* the current word, for links */
    int wlink = 0;
    while (i < len) {
        int start_ok = g_digit(s[i]) || s[i] == '+' || s[i] == '(';
        if (!start_ok) {
            i++;
            continue;
        }
        /* "%2B" is a '+' written for a URL */
        int after_plus = i >= 3 && g_ends_with(s, i - 3, i, "%2b");
        if (i > 0 && !after_plus &&
            (g_alpha(s[i - 1]) || g_digit(s[i - 1]) || s[i - 1] == '$' ||
             s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '%')) {
            i++;
            continue;
        }
        if (links) {
            g_word_at(s, len, i, &wa, &wend, &wlink);
            /* i may be the '(' just before a link: not in it */
            if (wlink && i >= wa && !g_link_dials(s, wa, i)) {
                i = wend; /* the rest of this link */
                continue;
            }
        }
        size_t j = i, last_digit = i;
        unsigned digits = 0, groups = 0, longest = 0, cur = 0, year_like = 0;
        unsigned seps = 0;
        int sep_run = 0;
        while (j < len) {
            char c = s[j];
            if (g_digit(c)) {
                if (cur == 0)
                    groups++;
                cur++;
                digits++;
                last_digit = j;
                sep_run = 0;
            } else if ((c == ' ' || c == '-' || c == '.' || c == '(' ||
                        c == ')' || c == '+') &&
                       sep_run < 2) {
                if (cur) {
                    if (cur > longest)
                        longest = cur;
                    if (cur == 4 && (s[j - 4] == '1' || s[j - 4] == '2') &&
                        (s[j - 3] == '9' || s[j - 3] == '0'))
                        year_like++;
                    seps++;
                }
                cur = 0;
                sep_run++;
            } else {
                break;
            }
            j++;
        }
        if (cur > longest)
            longest = cur;
        size_t end = last_digit + 1;
        int trailing_alpha = end < len && g_alpha(s[end]);
        int phone = 0;
        if (!trailing_alpha && digits >= 10 && digits <= 13 &&
            (longest <= 4 || (groups <= 2 && longest >= 10)) &&
            year_like < groups)
            phone = 1;
        if (!trailing_alpha && (digits == 7 || digits == 8) && groups == 2 &&
            seps >= 1 && longest == 4 && year_like == 0)
            phone = 1;
        if (phone)
            g_add(sp, n, max, i, end - i);
        i = end > i ? end : i + 1;
    }
}

static int g_tok_is(const struct screen_norm *n, size_t t, const char *w)
{
    if (n->text[n->tok[t].off] != w[0])
        return 0;
    size_t wl = strlen(w);
    return n->tok[t].len == wl && memcmp(n->text + n->tok[t].off, w, wl) == 0;
}

/* A word's bit in a list's filter: from its length and its first and
 * last bytes. */
static uint64_t g_filter_bit(const char *w, size_t len)
{
    unsigned k = (unsigned char)w[0] * 31u + (unsigned char)w[len - 1] * 7u +
                 (unsigned)len;
    return 1ull << (k & 63);
}

/* The filter of a word list: the bits of its words, computed on first use
 * (the same value from any thread, so a race is harmless). */
static uint64_t g_filter(const char *const *list, _Atomic uint64_t *cache)
{
    uint64_t m = atomic_load_explicit(cache, memory_order_relaxed);
    if (m)
        return m;
    for (size_t i = 0; list[i]; i++)
        m |= g_filter_bit(list[i], strlen(list[i]));
    atomic_store_explicit(cache, m, memory_order_relaxed);
    return m;
}

/* Whether token t is a word of list. Most tokens are ruled out by the
 * list's filter before the list is read. */
static int g_tok_in(const struct screen_norm *n, size_t t,
                    const char *const *list, _Atomic uint64_t *filter)
{
    const struct screen_tok *k = &n->tok[t];
    if (k->len == 0 ||
        !(g_filter(list, filter) & g_filter_bit(n->text + k->off, k->len)))
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (g_tok_is(n, t, list[i]))
            return 1;
    return 0;
}

static int g_tok_number(const struct screen_norm *n, size_t t)
{
    const struct screen_tok *k = &n->tok[t];
    if (k->len < 1 || k->len > 5)
        return 0;
    for (size_t i = 0; i < k->len; i++)
        if (!g_digit(n->text[k->off + i]))
            return 0;
    return 1;
}

static const char *const g_es_street[] = {
    "calle",        "avenida",         "av",        "avda",
    "blvd",         "boulevard",       "bulevar",   "privada",
    "callejon",     "andador",         "carretera", "colonia",
    "col",          "fraccionamiento", "fracc",     "cerrada",
    "prolongacion", "calzada",         "circuito",  NULL};
static const char *const g_en_suffix[] = {
    "street", "st",      "avenue",  "ave", "road",   "rd", "boulevard", "blvd",
    "lane",   "ln",      "drive",   "dr",  "court",  "ct", "way",       "place",
    "pl",     "terrace", "highway", "hwy", "circle", NULL};
static const char *const g_plate_words[] = {"placa",  "placas",    "plate",
                                            "plates", "matricula", "matriculas",
                                            "tag",    "tags",      NULL};
static _Atomic uint64_t g_es_street_filter, g_en_suffix_filter,
    g_plate_words_filter;

static void g_addresses(const struct screen_norm *n, struct screen_span *sp,
                        size_t *ns, size_t max)
{
    for (size_t t = 0; t < n->ntok; t++) {
        if (g_tok_in(n, t, g_es_street, &g_es_street_filter)) {
            for (size_t k = t + 1; k < n->ntok && k <= t + 6; k++) {
                if (g_tok_number(n, k)) {
                    const struct screen_tok *a = &n->tok[t], *b = &n->tok[k];
                    g_add(sp, ns, max, a->orig_off,
                          b->orig_off + b->orig_len - a->orig_off);
                    t = k;
                    break;
                }
            }
        } else if (g_tok_number(n, t)) {
            for (size_t k = t + 2; k < n->ntok && k <= t + 4; k++) {
                if (g_tok_in(n, k, g_en_suffix, &g_en_suffix_filter)) {
                    const struct screen_tok *a = &n->tok[t], *b = &n->tok[k];
                    g_add(sp, ns, max, a->orig_off,
                          b->orig_off + b->orig_len - a->orig_off);
                    t = k;
                    break;
                }
            }
        }
    }
}

/* Shape of up to three groups of capitals or digits joined by '-' or ' '
 * at s[i]: e.g. "L3-D3-L1". Returns the length consumed, 0 if none. */
static size_t g_plate_shape(const char *s, size_t len, size_t i, char *shape,
                            size_t cap)
{
    size_t j = i, k = 0;
    int groups = 0;
    while (j < len && groups < 3) {
        int dig = g_digit(s[j]);
        if (!dig && !g_upper(s[j]))
            break;
        size_t g = j;
        while (j < len && (dig ? g_digit(s[j]) : g_upper(s[j])))
            j++;
        if (k + 4 >= cap)
            return 0;
        shape[k++] = dig ? 'D' : 'L';
        shape[k++] = (char)('0' + (j - g > 9 ? 9 : j - g));
        groups++;
        if (j + 1 < len && s[j] == '-' &&
            (g_digit(s[j + 1]) || g_upper(s[j + 1])) && groups < 3) {
            shape[k++] = '-';
            j++;
        } else {
            break;
        }
    }
    shape[k] = '\0';
    return j - i;
}

static void g_plates(const char *s, size_t len, const struct screen_norm *n,
                     struct screen_span *sp, size_t *ns, size_t max)
{
    static const char *const shapes[] = {"L3-D3-L1", "L3-D2-D2", "L3-D4",
                                         "D3-L3",    "L2-D4-L1", "D3-L3-D1",
                                         "L1-D3-L3", NULL};
    /* every shape has a capital and at least three digits (the counts
     * leave out links, so a comment with a link is always scanned) */
    size_t scan = (n->n_upper >= 1 && n->n_digits >= 3) || n->n_links ? len : 0;
    for (size_t i = 0; i < scan; i++) {
        if (i > 0 &&
            (g_alpha(s[i - 1]) || g_digit(s[i - 1]) || s[i - 1] == '-'))
            continue;
        char shape[32];
        size_t l = g_plate_shape(s, len, i, shape, sizeof(shape));
        if (!l || (i + l < len && (g_alpha(s[i + l]) || g_digit(s[i + l]))))
            continue;
        /* every shape has two groups or more: most capitalised words and
         * lone numbers end here, before the list */
        for (size_t k = 0; shape[2] == '-' && shapes[k]; k++) {
            if (strcmp(shape, shapes[k]) == 0) {
                g_add(sp, ns, max, i, l);
                break;
            }
        }
        i += l;
    }
    /* after a plate word: the next word if it mixes letters and digits */
    for (size_t t = 0; t + 1 < n->ntok; t++) {
        char c0 = n->text[n->tok[t].off]; /* placa, plate, matricula, tag */
        if ((c0 != 'p' && c0 != 'm' && c0 != 't') ||
            !g_tok_in(n, t, g_plate_words, &g_plate_words_filter))
            continue;
        for (size_t k = t + 1; k < n->ntok && k <= t + 3; k++) {
            const struct screen_tok *b = &n->tok[k];
            if (b->orig_len < 5 || b->orig_len > 10)
                continue;
            unsigned d = 0, a = 0;
            for (size_t q = 0; q < b->orig_len; q++) {
                char c = s[b->orig_off + q];
                d += g_digit(c);
                a += g_alpha(c);
            }
            if (d >= 2 && a >= 1 && d + a >= 5) {
                g_add(sp, ns, max, b->orig_off, b->orig_len);
                break;
            }
        }
    }
}

size_t screen_guard(const char *s, size_t len, const struct screen_norm *n,
                    struct screen_span *spans, size_t max)
{
    size_t ns = 0;
    if (memchr(s, '@', len))
        g_emails(s, len, spans, &ns, max);
    /* n_digits leaves out links, and a link can carry a phone number
     * ("wa.me/52155...") or a plate */
    if (n->n_digits >= 7 || n->n_links)
        g_phones(s, len, n->n_links > 0, spans, &ns, max);
    if (n->n_digits >= 1 || n->n_links) {
        /* an address needs a house number: most comments have none */
        bool num = false;
        for (size_t t = 0; t < n->ntok && !num; t++)
            num = g_tok_number(n, t);
        if (num)
            g_addresses(n, spans, &ns, max);
        if (n->n_digits >= 2 || n->n_links) /* a plate has two digits */
            g_plates(s, len, n, spans, &ns, max);
    }
    return ns;
}
