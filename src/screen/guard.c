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
 *     "1234-5678" / "123 4567"; groups may be split by no-break, thin or
 *     zero-width spaces and written in fullwidth digits; runs of years
 *     ("2019 2020 2021"), ranges of years ("1855-1935"), a year in
 *     brackets before a number, dates (2024-01-15, 15-01-2024,
 *     15/01/2024), amounts ("150.000.000") and counts ("1000000000
 *     views") are skipped; a run that is no phone is looked at again
 *     from its later groups (at most six); inside a link only where it
 *     dials or messages the number (wa.me/, ?phone=, t.me/+), as other
 *     links carry long ids; an institution's line (a toll-free number,
 *     a hotline named in its sentence) is let through by hotline.c;
 *   - street addresses: a Spanish street word (calle, avenida, privada,
 *     ...), a name of up to four words and a house number, which ends
 *     the phrase or is marked ("#12", "No. 45") when the name is in
 *     lower case, as a verb may stand where a name would ("la calle
 *     hubo 5 balaceras"); or an English house number ("12", "221B")
 *     followed by a street name and a suffix (street, avenue, drive, ...
 *     or st, rd, blvd, ...): a name of up to four capitalised words, or
 *     up to three in lower case, in which case a full-word suffix must
 *     end the phrase and no function word or count may be in the name
 *     ("5 minutes to drive home"); a title in capitals is no address
 *     when it shows two signs of one ("3 Points Off First Place"), and
 *     a number after "1:" or "10/" is none; no address runs across a
 *     comma or a sentence end;
 *   - vehicle plates: Mexican and US shapes written with dashes
 *     (ABC-123-D, ABC-12-34, ABC-1234, 123-ABC), or 5 to 8 letters and
 *     digits, in one word or up to three ("ABC 1234"), right after
 *     "placa(s)", "plate(s)", "matrícula" or "tag" (in capitals after
 *     "tag", a social-media word; never a @handle or #hashtag);
 *   - Mexican personal ids in one word: a CURP (SORA900512MJCTZN08), a
 *     voter's key (clave de elector, SRRZAN90051214M800) or a person's
 *     RFC (SORA900512AB1), whose six digits must read as a date.
 * Protected names (a site setting) are matched in model.c.
 */
#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>

#include <utf8proc.h>

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

/* Whether the six digits at d read as a date, YYMMDD: a CURP or an RFC
 * carries its holder's birth date there. */
static bool g_yymmdd(const char *d)
{
    int mm = (d[2] - '0') * 10 + (d[3] - '0');
    int dd = (d[4] - '0') * 10 + (d[5] - '0');
    return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/* Whether w[0..l) is shaped as shape (l bytes): 'A' a letter, '9' a
 * digit, 'S' H, M or X (a sex), '*' either a letter or a digit. Case is
 * ignored. */
static bool g_id_shape(const char *w, size_t l, const char *shape)
{
    for (size_t i = 0; i < l; i++) {
        char c = w[i] >= 'a' && w[i] <= 'z' ? (char)(w[i] - 32) : w[i];
        bool ok = shape[i] == 'A'   ? g_upper(c)
                  : shape[i] == '9' ? g_digit(c)
                  : shape[i] == 'S' ? (c == 'H' || c == 'M' || c == 'X')
                                    : (g_upper(c) || g_digit(c));
        if (!ok)
            return false;
    }
    return true;
}

/* Whether the byte before a word (at b) or after it (at e) leaves it a
 * word of its own: not inside a link, a handle or a run of other
 * letters. */
static bool g_id_alone(const char *s, size_t len, size_t b, size_t e)
{
    return (b == 0 ||
            !((unsigned char)s[b - 1] >= 0x80 || s[b - 1] == '/' ||
              s[b - 1] == '@' || s[b - 1] == '_' || s[b - 1] == '.')) &&
           (e == len ||
            !((unsigned char)s[e] >= 0x80 || s[e] == '/' || s[e] == '_'));
}

/* Mexican personal ids, each a word of its own: a CURP (18: four letters,
 * a birth date, the sex, five letters, one more and a digit), a voter's
 * key (18: six letters, eight digits, the sex, three digits) and a
 * person's RFC (13: four letters, a birth date, three more). The
 * normaliser reads such a word as one token (its digits as letters), so
 * only tokens of 13 or 18 bytes as written are looked at. */
static void g_ids(const char *s, size_t len, const struct screen_norm *n,
                  struct screen_span *sp, size_t *ns, size_t max)
{
    for (size_t t = 0; t < n->ntok; t++) {
        size_t b = n->tok[t].orig_off, l = n->tok[t].orig_len;
        if ((l != 18 && l != 13) || b + l > len ||
            !g_id_alone(s, len, b, b + l))
            continue;
        const char *w = s + b;
        bool id = false;
        if (l == 18)
            id = (g_id_shape(w, l, "AAAA999999SAAAAA*9") && g_yymmdd(w + 4)) ||
                 g_id_shape(w, l, "AAAAAA99999999S999");
        else
            id = g_id_shape(w, l, "AAAA999999***") && g_yymmdd(w + 4);
        if (id)
            g_add(sp, ns, max, b, l);
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
        if (a == i) /* "@name": a mention, no address */
            continue;
        size_t b = i + 1;
        while (b < len && g_email_domain(s[b]))
            b++;
        while (b > i + 1 && (s[b - 1] == '.' || s[b - 1] == '-'))
            b--;
        if (b == i + 1)
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
    /* every scheme begins with 'h' or 'w': most words end here */
    char c0 = w < e ? (char)g_lower(s[w]) : 0;
    if (c0 != 'h' && c0 != 'w')
        return;
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

/* What the phone scan reads at s[j]. */
enum { G_OTHER, G_DIGIT, G_SEP };

/* The unit at s[j]: a digit (ASCII or fullwidth U+FF10..FF19, its value in
 * *val), a separator, or anything else; *w is its length in bytes.
 * Besides ' ', '-', '.', '(', ')' and '+', the no-break, narrow, thin and
 * zero-width spaces (U+00A0, U+202F, U+2009, U+200B) separate groups:
 * pasted between the groups, or with fullwidth digits, they would
 * otherwise let a number through unseen. */
static int g_phone_unit(const char *s, size_t len, size_t j, int *val,
                        size_t *w)
{
    const unsigned char *u = (const unsigned char *)s + j;
    size_t left = len - j;
    *w = 1;
    if (g_digit(s[j])) {
        *val = s[j] - '0';
        return G_DIGIT;
    }
    switch (s[j]) {
    case ' ':
    case '-':
    case '.':
    case '(':
    case ')':
    case '+':
        return G_SEP;
    default:
        break;
    }
    if (left >= 2 && u[0] == 0xc2 && u[1] == 0xa0) {
        *w = 2;
        return G_SEP;
    }
    if (left < 3)
        return G_OTHER;
    *w = 3;
    if (u[0] == 0xe2 && u[1] == 0x80 &&
        (u[2] == 0x89 || u[2] == 0x8b || u[2] == 0xaf))
        return G_SEP;
    if (u[0] == 0xef && u[1] == 0xbc && u[2] >= 0x90 && u[2] <= 0x99) {
        *val = u[2] - 0x90;
        return G_DIGIT;
    }
    *w = 1;
    return G_OTHER;
}

/* The length of an ISO date (2024-01-15) at s[i], 0 if there is none. Its
 * eight digits, with the time after it, would pass for a phone number. */
static size_t g_iso_date(const char *s, size_t len, size_t i)
{
    if (len - i < 10 || (len - i > 10 && g_digit(s[i + 10])))
        return 0;
    for (size_t k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? s[i + k] != '-' : !g_digit(s[i + k]))
            return 0;
    int month = (s[i + 5] - '0') * 10 + (s[i + 6] - '0');
    int day = (s[i + 8] - '0') * 10 + (s[i + 9] - '0');
    return (s[i] == '1' || s[i] == '2') && month >= 1 && month <= 12 &&
                   day >= 1 && day <= 31
               ? 10
               : 0;
}

/* One or two digits at s[*j] as a number, *j moved past them; -1 if there
 * are none or more than two. */
static int g_small_number(const char *s, size_t len, size_t *j)
{
    size_t a = *j;
    int v = 0;
    while (*j < len && *j - a < 3 && g_digit(s[*j])) {
        v = v * 10 + (s[*j] - '0');
        (*j)++;
    }
    return *j == a || *j - a > 2 ? -1 : v;
}

/* The length of a day-first date at s[i] (15-01-2024, 3.5.2024,
 * 15/01/2024, or month first: 01-15-2024), 0 if there is none. With the
 * time after it ("15-01-2024 10:30") its digits would pass for a phone
 * number. A phone number has no group of one or two digits followed by
 * another and a year, joined by the same '-', '.' or '/'. */
static size_t g_dmy_date(const char *s, size_t len, size_t i)
{
    size_t j = i;
    int day = g_small_number(s, len, &j);
    if (day < 0 || j >= len)
        return 0;
    char sep = s[j++];
    if (sep != '-' && sep != '.' && sep != '/')
        return 0;
    int month = g_small_number(s, len, &j);
    if (month < 0 || j >= len || s[j++] != sep)
        return 0;
    if (len - j < 4 || (len - j > 4 && g_digit(s[j + 4])))
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (!g_digit(s[j + k]))
            return 0;
    bool year =
        (s[j] == '1' && s[j + 1] == '9') || (s[j] == '2' && s[j + 1] == '0');
    int lo = day < month ? day : month, hi = day < month ? month : day;
    return year && lo >= 1 && lo <= 12 && hi <= 31 ? j + 4 - i : 0;
}

/* Whether c joins the parts of a day-first date. */
static bool g_date_sep(char c)
{
    return c == '-' || c == '.' || c == '/';
}

/* The length of a date at s[i], ISO or day-first, 0 if there is none. */
static size_t g_date(const char *s, size_t len, size_t i)
{
    /* most runs are no date: an ISO date has its '-' at s[i + 4], a
     * day-first one a separator after its one or two digits */
    if (!(i + 4 < len && s[i + 4] == '-') &&
        !(i + 1 < len && g_date_sep(s[i + 1])) &&
        !(i + 2 < len && g_date_sep(s[i + 2])))
        return 0;
    size_t l = g_iso_date(s, len, i);
    return l ? l : g_dmy_date(s, len, i);
}

/* A run of digit groups read by the phone scan. */
struct g_run {
    unsigned digits, groups, longest;
    unsigned cur;    /* digits in the open group */
    int lead[2];     /* the open group's first two digits */
    unsigned years;  /* groups that look like years (19xx, 20xx) */
    bool first_year; /* the first group does */
    bool amount;     /* 150.000.000: 1 to 3 digits, then groups of three
                        after single dots */
    int sep_run;     /* separators since the last digit */
    char sep;        /* the last separator's first byte */
    char first_sep;  /* the first separator's first byte */
    unsigned val[2]; /* the first two groups' values (up to 99,999) */
};

static void g_run_digit(struct g_run *r, int val)
{
    if (r->cur == 0) {
        r->groups++;
        if (r->groups > 1 && (r->sep_run != 1 || r->sep != '.'))
            r->amount = false;
    }
    if (r->cur < 2)
        r->lead[r->cur] = val;
    if (r->groups <= 2 && r->val[r->groups - 1] < 10000)
        r->val[r->groups - 1] = r->val[r->groups - 1] * 10 + (unsigned)val;
    r->cur++;
    r->digits++;
    r->sep_run = 0;
}

/* Close the open group, if any: a separator or the end of the run. */
static void g_run_close(struct g_run *r)
{
    if (!r->cur)
        return;
    if (r->cur > r->longest)
        r->longest = r->cur;
    bool year = r->cur == 4 && (r->lead[0] == 1 || r->lead[0] == 2) &&
                (r->lead[1] == 9 || r->lead[1] == 0);
    r->years += year;
    if (r->groups == 1)
        r->first_year = year;
    if (r->groups == 1 ? r->cur > 3 : r->cur != 3)
        r->amount = false;
    r->cur = 0;
}

/* Words after a number written in groups of three that make it money
 * or a count: "150.000.000.000 pesos", "1.500.000 de dólares",
 * "2.000.000 millones". */
static const char *const g_money_words[] = {
    "pesos",   "peso",  "mdp", "mxn",      "usd", "dolares", "d\xc3\xb3lares",
    "dollars", "euros", "mil", "millones", "de",  "bn",      "million",
    "billion", NULL};
/* Words after a number, however written, that make it a count: no one
 * writes them after a phone number ("1000000000 views"). */
static const char *const g_count_words[] = {
    "views",        "vistas",     "visitas",    "reproducciones",
    "likes",        "followers",  "seguidores", "subscribers",
    "suscriptores", "votes",      "votos",      "people",
    "personas",     "habitantes", "refugees",   "refugiados",
    "migrantes",    "dollars",    "dolares",    "d\xc3\xb3lares",
    "euros",        NULL};

/* Whether the word after s[end] (past spaces) is one of words. */
static bool g_word_after(const char *s, size_t len, size_t end,
                         const char *const *words)
{
    size_t a = end;
    while (a < len && s[a] == ' ')
        a++;
    size_t b = a;
    while (b < len && (g_alpha(s[b]) || (unsigned char)s[b] >= 0x80))
        b++;
    if (b == a || a == end)
        return false;
    for (size_t k = 0; words[k]; k++)
        if (g_ends_with(s, a, b, words[k]) && strlen(words[k]) == b - a)
            return true;
    return false;
}

/* Whether the run r is a phone number; money: a money word follows it
 * (only asked of an amount of two groups or more). */
static bool g_run_is_phone(const struct g_run *r, bool money)
{
    /* a year in brackets before a number: "(2016) 388.201 refugees" */
    if (r->first_year && r->first_sep == ')')
        return false;
    /* 150.000.000.000 pesos; without the money word, a number written
     * in groups of three could hide a phone ("5.512.345.678") */
    if (r->amount && r->groups >= 2 && money)
        return false;
    /* every group a year ("2019 2020 2021") is a list of years */
    if (r->digits >= 10 && r->digits <= 13 &&
        (r->longest <= 4 || (r->groups <= 2 && r->longest >= 10)) &&
        r->years < r->groups)
        return true;
    /* a local number may end in 19xx or 20xx; a range of years starts
     * with one ("1998-2005") */
    bool year_range = r->digits == 8 && r->val[0] >= 1000 &&
                      r->val[0] <= r->val[1] && r->val[1] <= 2099 &&
                      r->val[1] - r->val[0] <= 150; /* "(1855-1935)" */
    return (r->digits == 7 || r->digits == 8) && r->groups == 2 &&
           r->longest == 4 && !r->first_year && !year_range;
}

/* A run of digit groups that is no phone is scanned again from its second
 * group when it has at most this many, else from the first of its last
 * this many: a phone number has fewer groups, and each run is read again
 * at most this many times, so the scan stays linear. */
#define G_RETRY_GROUPS 6

/* The bytes that may begin a phone number: a digit, '+', '(' and 0xef,
 * the first byte of a fullwidth digit (g_phone_unit says if it is one). */
static const bool g_phone_lead[256] = {
    ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true,
    ['5'] = true, ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true,
    ['+'] = true, ['('] = true, [0xef] = true};

static void g_phones(const char *s, size_t len, bool links,
                     struct screen_span *sp, size_t *n, size_t max)
{
    size_t i = 0;
    size_t wa = 0, wend = 0; /* the current word, for links */
    int wlink = 0;
    while (i < len) {
        /* most bytes start no number: skip to one that may, four bytes
         * a round while four are left */
        const unsigned char *u = (const unsigned char *)s;
        while (i + 4 <= len &&
               !(g_phone_lead[u[i]] | g_phone_lead[u[i + 1]] |
                 g_phone_lead[u[i + 2]] | g_phone_lead[u[i + 3]]))
            i += 4;
        while (i < len && !g_phone_lead[u[i]])
            i++;
        if (i == len)
            break;
        int val;
        size_t w;
        if ((unsigned char)s[i] == 0xef &&
            g_phone_unit(s, len, i, &val, &w) != G_DIGIT) {
            i++;
            continue;
        }
        /* a number glued to what comes before it starts no phone
         * number, unless that is "%2B", a '+' written for a URL (its
         * 'b' looked at first: the byte before is seldom one) */
        if (i > 0 &&
            (g_alpha(s[i - 1]) || g_digit(s[i - 1]) || s[i - 1] == '$' ||
             s[i - 1] == '.' || s[i - 1] == ',' || s[i - 1] == '%') &&
            !(i >= 3 && g_lower(s[i - 1]) == 'b' &&
              g_ends_with(s, i - 3, i, "%2b"))) {
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
        size_t date = g_date(s, len, i);
        if (date) {
            i += date;
            continue;
        }
        struct g_run r = {.amount = true};
        size_t j = i, end = i + 1; /* end: just after the last digit */
        /* where the last groups start: group g at starts[g % ...] */
        size_t starts[G_RETRY_GROUPS] = {0};
        while (j < len) {
            /* an ASCII digit, the usual unit, without the call */
            int unit = G_DIGIT;
            if (g_digit(s[j])) {
                val = s[j] - '0';
                w = 1;
            } else {
                unit = g_phone_unit(s, len, j, &val, &w);
            }
            if (unit == G_DIGIT) {
                /* a date written as a word of its own ends the run: the
                 * time before it is no part of a phone number ("10:30
                 * 15-01-2024"), but 55-12-10-2019 may be one */
                if (r.cur == 0 && r.groups > 0 && s[j - 1] == ' ' &&
                    g_date(s, len, j))
                    break;
                if (r.cur == 0)
                    starts[r.groups % G_RETRY_GROUPS] = j;
                g_run_digit(&r, val);
                end = j + w;
            } else if (unit == G_SEP && r.sep_run < 2) {
                g_run_close(&r);
                if (r.groups == 1 && r.sep_run == 0)
                    r.first_sep = s[j];
                r.sep = s[j];
                r.sep_run++;
            } else {
                break;
            }
            j += w;
        }
        g_run_close(&r);
        int trailing_alpha = end < len && g_alpha(s[end]);
        /* the words after the run are read only when they may matter:
         * most runs are a year or a small number, no phone anyway */
        bool money = r.amount && r.groups >= 2 &&
                     g_word_after(s, len, end, g_money_words);
        if (!trailing_alpha && g_run_is_phone(&r, money) &&
            !g_word_after(s, len, end, g_count_words)) {
            /* a run looked at again starts at a digit: take in the
             * "+" or "(" before it ("2019 ... 2024 +52 1 55 1234 5678") */
            size_t from = i;
            while (from > 0 && (s[from - 1] == '+' || s[from - 1] == '('))
                from--;
            g_add(sp, n, max, from, end - from);
            i = end;
        } else if (r.groups > 1) {
            /* a year or a count before a number must not hide it ("2024
             * 55 1234 5678"), nor a list of them ("2019 2020 2021 2022
             * 2023 2024 55 1234 5678"): look again from the second
             * group, or from the first of the last G_RETRY_GROUPS */
            i = starts[r.groups > G_RETRY_GROUPS ? r.groups % G_RETRY_GROUPS
                                                 : 1];
        } else {
            i = end > i ? end : i + 1;
        }
    }
}

static int g_tok_is(const struct screen_norm *n, size_t t, const char *w)
{
    if (n->text[n->tok[t].off] != w[0])
        return 0;
    size_t wl = strlen(w);
    return n->tok[t].len == wl && memcmp(n->text + n->tok[t].off, w, wl) == 0;
}

/* Whether token t is an English house number: 1 to 5 digits, perhaps
 * with one letter after them ("221B"). Inline: it is asked of every token
 * of a comment with a digit. */
static inline int g_tok_house(const struct screen_norm *n, size_t t)
{
    const struct screen_tok *k = &n->tok[t];
    const char *w = n->text + k->off;
    if (k->len == 0 || !g_digit(w[0])) /* most tokens: a word */
        return 0;
    size_t digits = k->len - (k->len > 1 && g_alpha(w[k->len - 1]));
    if (digits > 5)
        return 0;
    for (size_t i = 1; i < digits; i++)
        if (!g_digit(w[i]))
            return 0;
    return 1;
}

/* Spanish words that begin a street's name, and their abbreviations
 * ("Priv.", "Cda.", "Calz."). Not "colonia" (a whole
 * neighbourhood: "en la colonia Doctores hubo 3 muertos") nor "carretera"
 * (a highway's number is no one's door). */
static const char *const g_es_street[] = {
    "calle",           "avenida", "av",      "avda",         "blvd",
    "boulevard",       "bulevar", "privada", "callejon",     "andador",
    "fraccionamiento", "fracc",   "cerrada", "prolongacion", "calzada",
    "circuito",        "priv",    "cda",     "calz",         NULL};
/* Words that join the words of a Spanish street name ("5 de Mayo",
 * "Privada de los Pinos"). */
static const char *const g_es_joiner[] = {"de",  "del", "la", "las",
                                          "los", "el",  "y",  NULL};
/* Words right before a house number that mark it as one ("No. 45",
 * "número 45"); "#" is looked for in the text itself. */
static const char *const g_es_marker[] = {"no",     "n",   "num",
                                          "numero", "nro", NULL};
/* Words that no Spanish street name holds: with one after the street word,
 * the number that follows belongs to the sentence ("la calle asfaltada en
 * 2019", "en la avenida mataron a 2 policías", "la calle tiene 3 baches",
 * "no hay niños en la calle después de las 7"). */
static const char *const g_es_not_name[] = {
    "a",       "al",      "en",    "con",     "por",    "para",     "que",
    "se",      "ya",      "hay",   "hubo",    "habia",  "fue",      "fueron",
    "es",      "son",     "era",   "eran",    "esta",   "estan",    "estaba",
    "tiene",   "tienen",  "tenia", "lleva",   "llevan", "va",       "van",
    "hace",    "desde",   "hasta", "sin",     "sobre",  "entre",    "tras",
    "cuando",  "donde",   "como",  "su",      "sus",    "mi",       "mis",
    "tu",      "tus",     "un",    "una",     "unos",   "unas",     "lo",
    "le",      "les",     "me",    "te",      "nos",    "muy",      "mas",
    "pero",    "o",       "ni",    "porque",  "si",     "otra",     "otro",
    "cada",    "todos",   "todas", "solo",    "casi",   "ahora",    "ayer",
    "hoy",     "despues", "antes", "durante", "luego",  "mientras", "tambien",
    "todavia", "siempre", NULL};
/* Words after a number that make it a count ("calle Juárez 3 muertos"). */
static const char *const g_es_count[] = {
    "a\xc3\xb1os", "anos",          "dias",
    "horas",       "minutos",       "meses",
    "semanas",     "muertos",       "muertas",
    "heridos",     "lesionados",    "ejecutados",
    "asesinados",  "desaparecidos", "victimas",
    "personas",    "hombres",       "mujeres",
    "jovenes",     "ni\xc3\xb1os",  "ninos",
    "vecinos",     "familias",      "detenidos",
    "policias",    "elementos",     "agentes",
    "soldados",    "militares",     "sicarios",
    "pistoleros",  "delincuentes",  "migrantes",
    "cuerpos",     "restos",        "bolsas",
    "fosas",       "balazos",       "disparos",
    "tiros",       "casquillos",    "balas",
    "armas",       "vehiculos",     "camionetas",
    "autos",       "carros",        "motos",
    "patrullas",   "casas",         "negocios",
    "locales",     "comercios",     "tiendas",
    "veces",       "cuadras",       "metros",
    "km",          "kilometros",    "pesos",
    "mil",         "millones",      NULL};
/* Words that may follow a Spanish address written in lower case ("calle
 * hidalgo 45 col centro", "... 45 interior 3", "... 45 y ahí vive"). */
static const char *const g_es_after[] = {
    "col",   "colonia", "int",     "interior", "depto", "departamento",
    "entre", "esq",     "esquina", "cp",       "casa",  "piso",
    "fracc", "barrio",  "en",      "y",        "donde", "frente",
    "junto", "cerca",   "atras",   NULL};
/* English street suffixes that are also ordinary words ("drive home",
 * "no way", "first place") and their abbreviations, which are not. */
static const char *const g_en_suffix[] = {
    "street", "avenue",  "road",    "lane",   "drive",     "court", "way",
    "place",  "terrace", "highway", "circle", "boulevard", NULL};
static const char *const g_en_abbrev[] = {"st", "ave", "rd",  "blvd", "ln",
                                          "dr", "ct",  "hwy", "pl",   NULL};
/* Words that no street name holds: among the words before a suffix they
 * make a phrase or a title ("3 Points Off First Place", "I lived 5 years
 * in St. Louis"). */
static const char *const g_en_function[] = {
    "a",      "an",      "the",    "to",        "of",      "off",     "in",
    "on",     "at",      "for",    "and",       "or",      "but",     "with",
    "from",   "by",      "into",   "onto",      "up",      "down",    "out",
    "over",   "about",   "after",  "before",    "behind",  "ahead",   "back",
    "than",   "per",     "is",     "are",       "was",     "were",    "be",
    "been",   "has",     "have",   "had",       "my",      "your",    "his",
    "her",    "its",     "our",    "their",     "this",    "that",    "these",
    "those",  "no",      "not",    "more",      "less",    "other",   "same",
    "only",   "each",    "every",  "all",       "some",    "any",     "how",
    "why",    "what",    "when",   "who",       "will",    "can",     "you",
    "we",     "they",    "he",     "she",       "it",      "me",      "us",
    "them",   "him",     "im",     "so",        "just",    "very",    "too",
    "also",   "ago",     "last",   "different", "near",    "along",   "across",
    "past",   "through", "around", "toward",    "towards", "outside", "inside",
    "beside", "between", "under",  "beyond",    "via",     NULL};
/* Words that, right after a number, make it a count or a measure, not a
 * house number ("10 Ways To Drive Safer", "5 minutes to drive home", "a 2
 * way street", "a 10 minute drive", "4 wheel drive"). */
static const char *const g_en_count[] = {
    "second", "seconds", "minute",  "minutes", "min",     "mins",   "hour",
    "hours",  "hr",      "hrs",     "am",      "pm",      "day",    "days",
    "week",   "weeks",   "month",   "months",  "year",    "years",  "yr",
    "yrs",    "decade",  "decades", "time",    "times",   "mile",   "miles",
    "km",     "block",   "blocks",  "lane",    "lanes",   "way",    "ways",
    "point",  "points",  "star",    "stars",   "percent", "people", "person",
    "kid",    "kids",    "guy",     "guys",    "man",     "men",    "woman",
    "women",  "car",     "cars",    "wheel",   "door",    "doors",  "speed",
    "story",  "foot",    "feet",    "inch",    "inches",  "meter",  "meters",
    "thing",  "things",  "reason",  "reasons", "tip",     "tips",   "step",
    "steps",  "game",    "games",   "goal",    "goals",   "win",    "wins",
    "dollar", "dollars", "pesos",   "gb",      "tb",      NULL};
/* The words after which a house number may begin an address in lower
 * case ("he lives at 12 elm street", "my address is 12 elm street",
 * "it's 221b baker street", "vive en 45 oak lane"); after any other ("a 3
 * judge court", "we need 2 new road", "those 5 old lane") the number
 * describes what follows. */
static const char *const g_en_lead[] = {
    "at",      "on",   "to",    "in",    "is",     "from",  "near",  "by",
    "address", "live", "lives", "lived", "living", "moved", "visit", "find",
    "its",     "was",  "here",  "en",    "es",     "vive",  NULL};
/* Words that may follow an address: a direction ("1600 Pennsylvania
 * Avenue NW"), a flat ("12 Elm St Apt 4"), a place ("12 elm street in
 * Monterrey"), who lives there ("12 elm street with his family"). */
static const char *const g_en_after[] = {
    "in",    "near",  "apt",  "apartment", "suite", "ste",  "unit",
    "north", "south", "east", "west",      "n",     "s",    "e",
    "w",     "ne",    "nw",   "se",        "sw",    "with", NULL};
/* A last name word that makes the suffix something else: a court of law
 * ("the 9 Supreme Court justices"), a ranking ("10 wins, first place" is
 * caught by the comma; "10 wins first place" by this). */
static const char *const g_en_not_street[][2] = {
    {"supreme", "court"}, {"district", "court"},  {"federal", "court"},
    {"appeals", "court"}, {"appellate", "court"}, {"circuit", "court"},
    {"high", "court"},    {"superior", "court"},  {"bankruptcy", "court"},
    {"family", "court"},  {"food", "court"},      {"first", "place"},
    {"second", "place"},  {"third", "place"},     {NULL, NULL}};
/* Abbreviations longer than two letters that may end in a dot inside an
 * address ("Col. Roma", "Núm. 12"); any word of one or two letters may
 * too ("N. Main", "Av. Juárez", "No. 5"). */
static const char *const g_dot_abbrev[] = {
    "col", "avda",  "blvd", "fracc", "priv", "prol", "calz", "num", "nro",
    "int", "depto", "dpto", "apto",  "edif", "apt",  "ste",  NULL};
/* Words that lead up to a street's name: "la calle se llama Juárez 45",
 * "una calle llamada Morelos". */
static const char *const g_es_named[] = {"llama", "llamada", "llamado", NULL};
/* A flat in a building, right before its number. After a name and a
 * house number these make an address even with no street word before it
 * ("Insurgentes Sur 1500 depto 4"); after a street's name and a comma they
 * carry the address on ("Oak Avenue, apt 4"), and so do the words of
 * g_plot_words. */
static const char *const g_flat_words[] = {
    "depto", "departamento", "dpto", "interior", "int", "apto", "apartamento",
    "apt",   "apartment",    "unit", "suite",    "ste", NULL};
/* A house, a plot or a building, right before its number: only after a
 * street's name ("fraccionamiento Las Palmas, casa 14"), as "casa 3" or
 * "number 5" alone may be anything's number. */
static const char *const g_plot_words[] = {
    "casa", "lote", "lt", "manzana", "mz", "edificio", "edif", "number", NULL};
static const char *const g_plate_words[] = {"placa",  "placas",    "plate",
                                            "plates", "matricula", "matriculas",
                                            "tag",    "tags",      NULL};
/* The lists above as bits: which of them hold a word. */
enum {
    G_IN_ES_STREET = 1u << 0,
    G_IN_ES_JOINER = 1u << 1,
    G_IN_ES_MARKER = 1u << 2,
    G_IN_ES_NOT_NAME = 1u << 3,
    G_IN_ES_COUNT = 1u << 4,
    G_IN_ES_AFTER = 1u << 5,
    G_IN_EN_SUFFIX = 1u << 6,
    G_IN_EN_ABBREV = 1u << 7,
    G_IN_EN_FUNCTION = 1u << 8,
    G_IN_EN_COUNT = 1u << 9,
    G_IN_EN_LEAD = 1u << 10,
    G_IN_EN_AFTER = 1u << 11,
    G_IN_DOT_ABBREV = 1u << 12,
    G_IN_ES_NAMED = 1u << 13,
    G_IN_FLAT_WORDS = 1u << 14,
    G_IN_PLOT_WORDS = 1u << 15,
    G_IN_PLATE_WORDS = 1u << 16
};

static const struct {
    const char *const *words;
    unsigned bit;
} g_lists[] = {
    {g_es_street, G_IN_ES_STREET},     {g_es_joiner, G_IN_ES_JOINER},
    {g_es_marker, G_IN_ES_MARKER},     {g_es_not_name, G_IN_ES_NOT_NAME},
    {g_es_count, G_IN_ES_COUNT},       {g_es_after, G_IN_ES_AFTER},
    {g_en_suffix, G_IN_EN_SUFFIX},     {g_en_abbrev, G_IN_EN_ABBREV},
    {g_en_function, G_IN_EN_FUNCTION}, {g_en_count, G_IN_EN_COUNT},
    {g_en_lead, G_IN_EN_LEAD},         {g_en_after, G_IN_EN_AFTER},
    {g_dot_abbrev, G_IN_DOT_ABBREV},   {g_es_named, G_IN_ES_NAMED},
    {g_flat_words, G_IN_FLAT_WORDS},   {g_plot_words, G_IN_PLOT_WORDS},
    {g_plate_words, G_IN_PLATE_WORDS}};

/* Every word of the lists in one table with the bits of the lists that
 * hold it, by open addressing on its screen_hash, which the normaliser
 * keeps in each token: which lists hold a token takes a probe or two,
 * where reading the lists took a pass over each. Built once, on first
 * use (g_words_ready). A slot with no bits is empty. */
#define G_WORD_SLOTS 2048 /* a power of two, over four times the words */
static struct g_word {
    uint64_t hash;
    uint32_t len;
    unsigned lists;
} g_words[G_WORD_SLOTS];
static const char *g_word_text[G_WORD_SLOTS];
/* Filters in front of the table, a byte for each value of the top 12
 * bits of a word's hash (as the grammars' filters, screen_wc_start_bit):
 * G_FILTER_WORD is set for every word of the table, G_FILTER_STREET for
 * the words that begin an address in g_addresses (street words and
 * suffixes) and G_FILTER_PLATE for those that name a plate. Most tokens
 * are in no list, and many ("de", "la", "the", "to") in none of the two
 * short ones: a byte says so without a probe. */
enum { G_FILTER_WORD = 1, G_FILTER_STREET = 2, G_FILTER_PLATE = 4 };
#define G_STREET_LISTS (G_IN_ES_STREET | G_IN_EN_SUFFIX | G_IN_EN_ABBREV)
static uint8_t g_filter[4096];
static pthread_once_t g_words_once = PTHREAD_ONCE_INIT;
/* set once the table is built, so a comment reads a flag, not
 * pthread_once */
static atomic_bool g_words_built;

static void g_words_build(void)
{
    size_t used = 0;
    for (size_t l = 0; l < sizeof(g_lists) / sizeof(g_lists[0]); l++) {
        for (const char *const *w = g_lists[l].words; *w; w++) {
            size_t len = strlen(*w);
            uint64_t h = screen_hash(*w, len, 0);
            size_t i = h & (G_WORD_SLOTS - 1);
            while (g_words[i].lists && strcmp(g_word_text[i], *w) != 0)
                i = (i + 1) & (G_WORD_SLOTS - 1);
            if (!g_words[i].lists) {
                used++;
                assert(used < G_WORD_SLOTS / 2);
                g_words[i] = (struct g_word){h, (uint32_t)len, 0};
                g_word_text[i] = *w;
            }
            g_words[i].lists |= g_lists[l].bit;
            size_t b = screen_wc_start_bit(h);
            g_filter[b] |= G_FILTER_WORD;
            if (g_lists[l].bit & G_STREET_LISTS)
                g_filter[b] |= G_FILTER_STREET;
            if (g_lists[l].bit & G_IN_PLATE_WORDS)
                g_filter[b] |= G_FILTER_PLATE;
        }
    }
    atomic_store_explicit(&g_words_built, true, memory_order_release);
}

/* Builds the word table if no call has yet. */
static void g_words_ready(void)
{
    if (!atomic_load_explicit(&g_words_built, memory_order_acquire))
        pthread_once(&g_words_once, g_words_build);
}

/* Whether the filters of which (G_FILTER_* bits) may hold the word with
 * hash h (false: it is in none of their lists). */
static bool g_filter_has(unsigned which, uint64_t h)
{
    return (g_filter[screen_wc_start_bit(h)] & which) != 0;
}

/* memcmp(a, b, len) == 0 for the short words of the lists, as a loop:
 * with no call in it, g_tok_lists is cheap to enter and leave. */
static bool g_same_bytes(const char *a, const char *b, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* Which lists hold token t, as G_IN_* bits (after g_words_ready). */
static unsigned g_tok_lists(const struct screen_norm *n, size_t t)
{
    const struct screen_tok *k = &n->tok[t];
    if (!g_filter_has(G_FILTER_WORD, k->hash))
        return 0;
    for (size_t i = k->hash & (G_WORD_SLOTS - 1); g_words[i].lists;
         i = (i + 1) & (G_WORD_SLOTS - 1))
        if (g_words[i].hash == k->hash && g_words[i].len == k->len &&
            g_same_bytes(g_word_text[i], n->text + k->off, k->len))
            return g_words[i].lists;
    return 0;
}

/* Whether token t is a word of one of lists (G_IN_* bits). */
static int g_tok_in(const struct screen_norm *n, size_t t, unsigned lists)
{
    return (g_tok_lists(n, t) & lists) != 0;
}

/* What ends a phrase: an address does not run across it. */
static int g_stop(char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

/* Where the original text between tokens a and a + 1 begins, past the
 * dot of an abbreviation ("Av.", "No.", "Col."), which ends no phrase;
 * *q gets where it ends. */
static size_t g_gap_start(const char *s, const struct screen_norm *n, size_t a,
                          size_t *q)
{
    const struct screen_tok *x = &n->tok[a];
    size_t p = x->orig_off + x->orig_len;
    *q = n->tok[a + 1].orig_off;
    if (p < *q && s[p] == '.' &&
        (x->len <= 2 || g_tok_in(n, a, G_IN_DOT_ABBREV)))
        p++;
    return p;
}

/* Whether an address may run on from token a to token a + 1: the
 * original text between them holds no comma or sentence end (a dot right
 * after an abbreviation is neither) and, when only_spaces, nothing but
 * spaces besides that dot. */
static int g_gap_ok(const char *s, const struct screen_norm *n, size_t a,
                    bool only_spaces)
{
    size_t q, p = g_gap_start(s, n, a, &q);
    for (; p < q; p++)
        if (s[p] != ' ' && (only_spaces || g_stop(s[p])))
            return 0;
    return 1;
}

/* Whether the original text between tokens a and a + 1 holds nothing but
 * spaces, '#' and one comma at most (after an abbreviation's dot): "Las
 * Palmas, casa 14", "Oak Ave., apt 4", "Elm St. #4". */
static int g_gap_comma(const char *s, const struct screen_norm *n, size_t a)
{
    size_t q, p = g_gap_start(s, n, a, &q);
    int commas = 0;
    for (; p < q; p++)
        if (s[p] != ' ' && s[p] != '#' && (s[p] != ',' || commas++))
            return 0;
    return 1;
}

/* How the words between a house number and a street suffix are
 * written, as bits. */
enum {
    G_NAME_CAPS = 1,      /* each starts with a capital or a digit */
    G_NAME_SPACED = 2,    /* only spaces between them (and abbreviation dots) */
    G_NAME_OPEN = 4,      /* no comma or sentence end between them */
    G_NAME_COUNT = 8,     /* a count right after the number ("5 minutes") */
    G_NAME_FUNCTION = 16, /* a function word among them ("Off", "to") */
    G_NAME_FUNCTIONS = 32 /* two or more ("COPS ON THE HIGHWAY") */
};

/* How tokens t + 1 .. k - 1 name a street after the house number t, as
 * G_NAME_* bits. */
static int g_en_name(const char *s, const struct screen_norm *n, size_t t,
                     size_t k)
{
    int how = G_NAME_CAPS | G_NAME_SPACED | G_NAME_OPEN;
    if (g_tok_in(n, t + 1, G_IN_EN_COUNT))
        how |= G_NAME_COUNT;
    for (size_t q = t; q < k; q++) {
        if (q > t) {
            char c = s[n->tok[q].orig_off];
            if (g_tok_in(n, q, G_IN_EN_FUNCTION))
                how |=
                    how & G_NAME_FUNCTION ? G_NAME_FUNCTIONS : G_NAME_FUNCTION;
            if (!g_upper(c) && !g_digit(c))
                how &= ~G_NAME_CAPS;
        }
        if (!g_gap_ok(s, n, q, true))
            how &= ~G_NAME_SPACED;
        if (!g_gap_ok(s, n, q, false))
            how &= ~G_NAME_OPEN;
    }
    return how;
}

/* Whether an address in lower case may end at token k: before the end of
 * the text, punctuation, a line break or a word of the lists after
 * (G_IN_* bits). Nothing else may follow: its words are ordinary ones, and
 * so is a suffix in the middle of a phrase ("5 guys drive thru"). */
static int g_ends_phrase(const char *s, const struct screen_norm *n, size_t k,
                         unsigned after)
{
    if (k + 1 >= n->ntok)
        return 1;
    const struct screen_tok *x = &n->tok[k], *y = &n->tok[k + 1];
    for (size_t p = x->orig_off + x->orig_len; p < y->orig_off; p++)
        if (s[p] != ' ' && s[p] != '\t')
            return 1;
    return g_tok_in(n, k + 1, after);
}

/* Whether token q before the suffix k makes it no street (g_en_not_street). */
static int g_en_not_street_pair(const struct screen_norm *n, size_t q, size_t k)
{
    for (size_t i = 0; g_en_not_street[i][0]; i++)
        if (g_tok_is(n, k, g_en_not_street[i][1]) &&
            g_tok_is(n, q, g_en_not_street[i][0]))
            return 1;
    return 0;
}

/* Whether the house number t may begin an address in lower case: first
 * in the text, after punctuation, or after a word of g_en_lead. */
static int g_en_lead_ok(const char *s, const struct screen_norm *n, size_t t)
{
    if (t == 0)
        return 1;
    const struct screen_tok *x = &n->tok[t - 1], *y = &n->tok[t];
    for (size_t p = x->orig_off + x->orig_len; p < y->orig_off; p++)
        if (s[p] != ' ' && s[p] != '\t')
            return 1;
    return g_tok_in(n, t - 1, G_IN_EN_LEAD);
}

/* Whether tokens t..k read as an English address: the house number t,
 * a name, then a street suffix k, unless the last name word makes the
 * suffix something else ("Supreme Court", "first place").
 *   - A name in capitals, up to four words with only spaces between them
 *     ("221B Baker Street", "123 N. Main St"), whatever follows it (a
 *     city: "742 Evergreen Terrace Springfield"). Only a title is let go:
 *     a count after the number and a function word in the name ("3
 *     Points Off First Place", "10 Ways To Drive Safer"), or two function
 *     words ("THEY KILLED 3 COPS ON THE HIGHWAY"); one sign alone is in
 *     many street names ("12 Mile Road", "100 All Saints Road"). An
 *     abbreviation holds even then: titles do not abbreviate.
 *   - A name in lower case, up to three words, with no count after the
 *     number and no function word ("I lived 5 years in St. Louis"), takes
 *     an abbreviation, which is no ordinary word ("12 elm st"), if no
 *     comma or sentence end lies between; or a full word ("12 elm
 *     street"), which often is one ("drive", "way", "place"), only with
 *     nothing but spaces between, no "a", "the" or "my" before the number
 *     ("a 3 judge court"), a number other than 1, which reads as "one"
 *     ("1 bad place"), and the suffix ending the phrase (g_ends_phrase). */
static int g_en_address(const char *s, const struct screen_norm *n, size_t t,
                        size_t k)
{
    if (!g_filter_has(G_FILTER_STREET, n->tok[k].hash)) /* most words */
        return 0;
    unsigned lists = g_tok_lists(n, k);
    int abbrev = (lists & G_IN_EN_ABBREV) != 0;
    if (!abbrev && !(lists & G_IN_EN_SUFFIX))
        return 0;
    if (g_en_not_street_pair(n, k - 1, k))
        return 0;
    int how = g_en_name(s, n, t, k);
    if ((how & G_NAME_CAPS) && (how & G_NAME_SPACED)) {
        bool title = (how & G_NAME_FUNCTIONS) ||
                     ((how & G_NAME_COUNT) && (how & G_NAME_FUNCTION));
        return abbrev || !title;
    }
    if (k > t + 4 || (how & (G_NAME_COUNT | G_NAME_FUNCTION)))
        return 0;
    if (abbrev)
        return how & G_NAME_OPEN;
    bool described = !g_en_lead_ok(s, n, t) || g_tok_is(n, t, "1");
    return (how & G_NAME_SPACED) && !described &&
           g_ends_phrase(s, n, k, G_IN_EN_AFTER);
}

/* Whether token q of the original text s begins with a capital letter,
 * in any script ("Hidalgo", "Ávila"). */
static int g_capitalised(const char *s, const struct screen_norm *n, size_t q)
{
    const struct screen_tok *x = &n->tok[q];
    if (x->orig_len == 0)
        return 0;
    utf8proc_int32_t c;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s + x->orig_off, x->orig_len,
                         &c) < 1)
        return 0;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

/* Whether token k reads as a verb in the past ("dejaron", "encontraron",
 * "quemaban"), which no street is named: "en la calle dejaron 10". */
static int g_es_verb(const struct screen_norm *n, size_t k)
{
    const struct screen_tok *x = &n->tok[k];
    size_t e = x->off + x->len;
    return x->len > 5 && (g_ends_with(n->text, x->off, e, "aron") ||
                          g_ends_with(n->text, x->off, e, "ieron") ||
                          g_ends_with(n->text, x->off, e, "aban"));
}

/* Whether token k is a degree sign, written for "º" in "N° 45". */
static int g_tok_degree(const struct screen_norm *n, size_t k)
{
    return g_tok_is(n, k, "\xc2\xb0");
}

/* Whether token k marks the house number after it: a marker word ("No.
 * 45", "número 45") or "N°" (two tokens), right before the number. */
static int g_es_marker_at(const struct screen_norm *n, size_t k)
{
    if (k + 1 >= n->ntok)
        return 0;
    if (g_tok_degree(n, k))
        return g_tok_house(n, k + 1);
    if (!g_tok_in(n, k, G_IN_ES_MARKER))
        return 0;
    return g_tok_house(n, k + 1) ||
           (k + 2 < n->ntok && g_tok_degree(n, k + 1) && g_tok_house(n, k + 2));
}

/* Whether the number k is marked as a house number: "#" just before it
 * ("#12") or a marker ("No. 45", "N° 45"). */
static int g_es_marked(const char *s, const struct screen_norm *n, size_t k)
{
    const struct screen_tok *x = &n->tok[k - 1], *y = &n->tok[k];
    for (size_t p = x->orig_off + x->orig_len; p < y->orig_off; p++)
        if (s[p] == '#')
            return 1;
    return g_es_marker_at(n, k - 1);
}

/* The number of the unit that token k begins: a flat (or, with plots, a
 * house or a plot) with its number ("depto. 4", "apt #4", "casa 14"), a marked
 * house number ("No. 45", "número 12", "N° 3"; not "no. 1", which ranks) or
 * "#12". Returns the number's token, 0 if there is none. */
static size_t g_unit_number(const char *s, const struct screen_norm *n,
                            size_t k, bool plots)
{
    if (k >= n->ntok)
        return 0;
    if (g_tok_house(n, k))
        return k > 0 && g_es_marked(s, n, k) ? k : 0;
    if (g_es_marker_at(n, k)) {
        /* "no. 1", "número 1": first, a ranking, after a comma */
        size_t q = g_tok_house(n, k + 1) ? k + 1 : k + 2;
        return g_tok_is(n, q, "1") ? 0 : q;
    }
    bool unit = g_tok_in(n, k, G_IN_FLAT_WORDS | (plots ? G_IN_PLOT_WORDS : 0));
    if (k + 1 < n->ntok && unit && g_gap_ok(s, n, k, false) &&
        g_tok_house(n, k + 1))
        return k + 1;
    return 0;
}

/* How many tokens from q lead up to a street's name after the street
 * word: "se llama" and "que se llama" ("la calle se llama Juárez 45"),
 * "llamada" ("una calle llamada Morelos 12") or "es" ("su calle es
 * Hidalgo 45"); 0 if none. The name after it is read as any other. */
static size_t g_es_lead_in(const char *s, const struct screen_norm *n, size_t q)
{
    size_t k = q;
    if (k < n->ntok && g_tok_is(n, k, "que"))
        k++;
    if (k + 1 < n->ntok && g_tok_is(n, k, "se") && g_tok_is(n, k + 1, "llama"))
        return k + 2 - q;
    if (k == q && k < n->ntok && g_tok_in(n, k, G_IN_ES_NAMED))
        return 1;
    if (k == q && k + 1 < n->ntok && g_tok_is(n, k, "es"))
        return 1;
    return 0;
}

/* The first token of a name in capitals that ends at token e: up to max
 * capitalised words, joined by spaces or joiners ("Privada de los
 * Pinos"), none of them a function word ("En", "The", "She"). Returns
 * SIZE_MAX if token e begins no such name. */
static size_t g_name_start(const char *s, const struct screen_norm *n, size_t e,
                           size_t max)
{
    if (!g_capitalised(s, n, e) ||
        g_tok_in(n, e, G_IN_EN_FUNCTION | G_IN_ES_NOT_NAME))
        return SIZE_MAX;
    size_t a = e, names = 1, q = e;
    while (q > 0 && names < max && g_gap_ok(s, n, q - 1, true)) {
        q--;
        if (g_tok_in(n, q, G_IN_ES_JOINER))
            continue;
        if (!g_capitalised(s, n, q) ||
            g_tok_in(n, q, G_IN_EN_FUNCTION | G_IN_ES_NOT_NAME))
            break;
        a = q;
        names++;
    }
    return a;
}

/* A flat after the house number t with no street word before it: a name
 * in capitals, the number, a flat and its number ("Insurgentes Sur 1500
 * depto 4", "Elm 12, apt 3"). Returns the flat's number and sets *a to
 * the name's first token, or returns 0. */
static size_t g_flat_after(const char *s, const struct screen_norm *n, size_t t,
                           size_t *a)
{
    if (t == 0 || t + 2 >= n->ntok || !g_gap_ok(s, n, t - 1, true) ||
        !g_gap_comma(s, n, t))
        return 0;
    size_t k = g_unit_number(s, n, t + 1, false);
    if (!k || g_tok_house(n, t + 1))
        return 0;
    size_t start = g_name_start(s, n, t - 1, 4);
    if (start == SIZE_MAX)
        return 0;
    *a = start;
    return k;
}

/* An English address with the number after the street: a name in
 * capitals, the suffix t, then a number marked as one ("Oak Avenue,
 * number 12", "Elm St. #4", "Main Street, apt 5"). Returns the number and
 * sets *a to the name's first token, or returns 0. */
static size_t g_en_numbered_after(const char *s, const struct screen_norm *n,
                                  size_t t, size_t *a)
{
    if (t == 0 || t + 1 >= n->ntok || !g_gap_ok(s, n, t - 1, true) ||
        !g_gap_comma(s, n, t) || g_en_not_street_pair(n, t - 1, t))
        return 0;
    size_t k = g_unit_number(s, n, t + 1, true);
    if (!k)
        return 0;
    size_t start = g_name_start(s, n, t - 1, 3);
    if (start == SIZE_MAX)
        return 0;
    *a = start;
    return k;
}

/* The house number of a Spanish address that begins with the street word
 * t, or 0 if none. The name between them is one to four words with no
 * comma or sentence end: names ("Hidalgo", "Insurgentes Sur"), joiners
 * ("Privada de los Pinos") and, first, a number ("calle 5 de Mayo 33",
 * "Calle 10 No. 123"); a word of g_es_not_name or a verb in the past
 * (g_es_verb) makes it a sentence instead. Written in capitals, the name holds
 * whatever follows but a count ("Calle Hidalgo 214 Colonia Centro", not "... 3
 * muertos"); in lower case, where any verb may sit in its place ("la calle hubo
 * 5 balaceras"), the number must be marked ("#12", "número 45") or end the
 * phrase ("vive en calle hidalgo 45"). */
/* Whether the number at token k goes on in groups of three after a comma
 * or a dot ("6,800 pesos", "1.500"): an amount, not a house number. */
static bool g_thousands_at(const char *s, const struct screen_norm *n, size_t k)
{
    if (k + 1 >= n->ntok)
        return false;
    const struct screen_tok *a = &n->tok[k], *b = &n->tok[k + 1];
    size_t e = a->orig_off + a->orig_len;
    if (b->orig_off != e + 1 || (s[e] != ',' && s[e] != '.') ||
        b->orig_len != 3)
        return false;
    for (size_t q = 0; q < 3; q++)
        if (!g_digit(s[b->orig_off + q]))
            return false;
    return true;
}

static size_t g_es_address(const char *s, const struct screen_norm *n, size_t t)
{
    size_t names = 0;
    bool lower = false, spaced = true;
    size_t k0 = t + 1 + g_es_lead_in(s, n, t + 1);
    for (size_t k = k0; k < n->ntok && k <= k0 + 5; k++) {
        if (!g_gap_ok(s, n, k - 1, false)) {
            /* past a comma only a unit's number carries the address on
             * ("fraccionamiento Las Palmas, casa 14") */
            if (names > 0 && g_gap_comma(s, n, k - 1))
                return g_unit_number(s, n, k, true);
            return 0;
        }
        spaced = spaced && g_gap_ok(s, n, k - 1, true);
        if (g_tok_house(n, k) && k > k0) {
            if (names == 0 ||
                (k + 1 < n->ntok && g_tok_in(n, k + 1, G_IN_ES_COUNT)) ||
                g_thousands_at(s, n, k))
                return 0;
            if (!lower || g_es_marked(s, n, k))
                return k;
            return spaced && g_ends_phrase(s, n, k, G_IN_ES_AFTER) ? k : 0;
        }
        if (k == k0 && g_tok_house(n, k)) {
            names++; /* a numbered street: "calle 5 de Mayo" */
            continue;
        }
        if (g_tok_in(n, k, G_IN_ES_NOT_NAME) || g_es_verb(n, k))
            return 0;
        if (g_tok_in(n, k, G_IN_ES_JOINER) || g_es_marker_at(n, k))
            continue;
        if (++names > 4)
            return 0;
        if (!g_capitalised(s, n, k))
            lower = true;
    }
    return 0;
}

/* The street suffix after the house number t. Returns its token, 0 if
 * none. */
static size_t g_en_suffix_after(const char *s, const struct screen_norm *n,
                                size_t t)
{
    for (size_t k = t + 2; k < n->ntok && k <= t + 5; k++)
        if (g_en_address(s, n, t, k))
            return k;
    return 0;
}

/* Whether the number t ends a reference written with ':' or '/' ("Joshua
 * 1:3 Every place", "10/12 Main points"): a verse, a time or a part, not
 * a house number. */
static int g_in_reference(const char *s, const struct screen_norm *n, size_t t)
{
    size_t p = n->tok[t].orig_off;
    return p >= 2 && (s[p - 1] == ':' || s[p - 1] == '/') && g_digit(s[p - 2]);
}

/* The addresses that begin before token end (past the last house
 * number, none can: each ends at one). */
static void g_addresses(const char *s, const struct screen_norm *n, size_t end,
                        struct screen_span *sp, size_t *ns, size_t max)
{
    for (size_t t = 0; t < end; t++) {
        size_t k = 0, first = t;
        if (g_tok_house(n, t)) {
            if (!g_in_reference(s, n, t))
                k = g_en_suffix_after(s, n, t);
            if (!k)
                k = g_flat_after(s, n, t, &first);
        } else if (g_filter_has(G_FILTER_STREET, n->tok[t].hash)) {
            unsigned lists = g_tok_lists(n, t);
            if (lists & G_IN_ES_STREET)
                k = g_es_address(s, n, t);
            /* "Blvd" and "boulevard" are street words in both */
            if (!k && (lists & (G_IN_EN_SUFFIX | G_IN_EN_ABBREV)))
                k = g_en_numbered_after(s, n, t, &first);
        }
        if (!k)
            continue;
        const struct screen_tok *a = &n->tok[first], *b = &n->tok[k];
        g_add(sp, ns, max, a->orig_off,
              b->orig_off + b->orig_len - a->orig_off);
        t = k;
    }
}

/* Shape of up to three groups of capitals or digits joined by '-' at
 * s[i]: e.g. "L3-D3-L1". Returns the length consumed, 0 if none. Only '-'
 * joins groups, which is why g_plates looks for these shapes just before
 * a '-' and nowhere else. */
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

/* Letters, digits and lower-case letters in a plate candidate. */
struct g_plate_count {
    unsigned letters, digits, lower;
};

static void g_plate_count_add(struct g_plate_count *c, char ch)
{
    c->digits += g_digit(ch);
    c->letters += g_alpha(ch);
    c->lower += g_alpha(ch) && !g_upper(ch);
}

/* Whether token k alone is a plate: 5 to 10 bytes mixing letters and at
 * least two digits ("ABC123D"), not a handle or a hashtag. */
static int g_plate_token(const char *s, const struct screen_norm *n, size_t k,
                         bool caps_only)
{
    const struct screen_tok *b = &n->tok[k];
    char first = s[b->orig_off], before = b->orig_off ? s[b->orig_off - 1] : 0;
    if (b->orig_len < 5 || b->orig_len > 10 || first == '@' || first == '#' ||
        before == '@' || before == '#')
        return 0;
    struct g_plate_count c = {0};
    for (size_t q = 0; q < b->orig_len; q++)
        g_plate_count_add(&c, s[b->orig_off + q]);
    return c.digits >= 2 && c.letters >= 1 && c.digits + c.letters >= 5 &&
           !(caps_only && c.lower);
}

/* Whether tokens k .. k + m - 1 written as one plate ("ABC 1234",
 * "abc-123-d"): only letters and digits, a single ' ' or '-' between the
 * tokens, 5 to 8 of them in all with two digits or more and a letter.
 * Joined by a space, lower-case words are ordinary words ("las placas de
 * 2020"), so the letters must be capitals. */
static int g_plate_joined(const char *s, const struct screen_norm *n, size_t k,
                          size_t m, bool caps_only)
{
    struct g_plate_count c = {0};
    bool spaced = false;
    for (size_t q = k; q < k + m; q++) {
        const struct screen_tok *b = &n->tok[q];
        if (q > k) {
            const struct screen_tok *a = &n->tok[q - 1];
            size_t gap = a->orig_off + a->orig_len;
            if (b->orig_off != gap + 1 || (s[gap] != ' ' && s[gap] != '-'))
                return 0;
            spaced = spaced || s[gap] == ' ';
        }
        for (size_t p = b->orig_off; p < b->orig_off + b->orig_len; p++) {
            if (!g_alpha(s[p]) && !g_digit(s[p]))
                return 0;
            g_plate_count_add(&c, s[p]);
        }
    }
    unsigned all = c.letters + c.digits;
    return all >= 5 && all <= 8 && c.digits >= 2 && c.letters >= 1 &&
           !((spaced || caps_only) && c.lower);
}

/* The plate within three words after the plate word t, one token or up to
 * three joined (the longest that fits). "Tag" is mostly the social-media
 * word ("tag your friends covid19"), so after it, unless it is a "license
 * tag", a plate must be written in capitals. */
static void g_plate_after(const char *s, const struct screen_norm *n, size_t t,
                          struct screen_span *sp, size_t *ns, size_t max)
{
    bool caps_only = (g_tok_is(n, t, "tag") || g_tok_is(n, t, "tags")) &&
                     !(t > 0 && (g_tok_is(n, t - 1, "license") ||
                                 g_tok_is(n, t - 1, "licence")));
    for (size_t k = t + 1; k < n->ntok && k <= t + 3; k++) {
        for (size_t m = 3; m >= 1; m--) {
            if (k + m > n->ntok)
                continue;
            int ok = m == 1 ? g_plate_token(s, n, k, caps_only)
                            : g_plate_joined(s, n, k, m, caps_only);
            if (ok) {
                const struct screen_tok *a = &n->tok[k];
                const struct screen_tok *b = &n->tok[k + m - 1];
                g_add(sp, ns, max, a->orig_off,
                      b->orig_off + b->orig_len - a->orig_off);
                return;
            }
        }
    }
}

/* Whether token t names a plate: placa, plate, matricula, tag. */
static int g_tok_plate_word(const struct screen_norm *n, size_t t)
{
    return g_filter_has(G_FILTER_PLATE, n->tok[t].hash) &&
           g_tok_in(n, t, G_IN_PLATE_WORDS);
}

/* Whether a plate written with dashes begins at s[i] (one of shapes,
 * with no letter or digit around it); adds its span if so. */
static void g_plate_shape_at(const char *s, size_t len, size_t i,
                             struct screen_span *sp, size_t *ns, size_t max)
{
    static const char *const shapes[] = {"L3-D3-L1", "L3-D2-D2", "L3-D4",
                                         "D3-L3",    "L2-D4-L1", "D3-L3-D1",
                                         "L1-D3-L3", NULL};
    if (i > 0 && (g_alpha(s[i - 1]) || g_digit(s[i - 1]) || s[i - 1] == '-'))
        return;
    char shape[32];
    size_t l = g_plate_shape(s, len, i, shape, sizeof(shape));
    if (!l || (i + l < len && (g_alpha(s[i + l]) || g_digit(s[i + l]))))
        return;
    /* every shape has two groups or more: most capitalised words and
     * lone numbers end here, before the list */
    for (size_t k = 0; shape[2] == '-' && shapes[k]; k++) {
        if (strcmp(shape, shapes[k]) == 0) {
            g_add(sp, ns, max, i, l);
            return;
        }
    }
}

/* The plates of the comment; first_word: its first token that names a
 * plate (placa, plate, matricula, tag) and has a token after it, or
 * n->ntok if none does. */
static void g_plates(const char *s, size_t len, const struct screen_norm *n,
                     size_t first_word, struct screen_span *sp, size_t *ns,
                     size_t max)
{
    /* every shape has a capital and at least three digits (the counts
     * leave out links, so a comment with a link is always scanned) */
    if ((n->n_upper >= 1 && n->n_digits >= 3) || n->n_links) {
        /* every shape is two or three groups joined by '-', the first
         * of one to three bytes, so only the three bytes before a '-'
         * may begin one (most comments have no '-'); each byte is
         * looked at once, in order */
        size_t next = 0; /* the first byte not looked at yet */
        const char *dash = memchr(s, '-', len);
        while (dash) {
            size_t d = (size_t)(dash - s);
            for (size_t i = d > next + 3 ? d - 3 : next; i < d; i++)
                g_plate_shape_at(s, len, i, sp, ns, max);
            next = d + 1;
            dash = memchr(s + next, '-', len - next);
        }
    }
    for (size_t t = first_word; t + 1 < n->ntok; t++)
        if (g_tok_plate_word(n, t))
            g_plate_after(s, n, t, sp, ns, max);
}

/* The first bytes of a token that may be a house number (a digit) or
 * name a plate (placa, plate, matricula, tag). */
static const bool g_first_byte[256] = {
    ['0'] = true, ['1'] = true, ['2'] = true, ['3'] = true, ['4'] = true,
    ['5'] = true, ['6'] = true, ['7'] = true, ['8'] = true, ['9'] = true,
    ['p'] = true, ['m'] = true, ['t'] = true};

size_t screen_guard(const char *s, size_t len, const struct screen_norm *n,
                    struct screen_span *spans, size_t max)
{
    size_t ns = 0;
    g_emails(s, len, spans, &ns, max); /* it looks for an '@' first */
    /* n_digits leaves out links, and a link can carry a phone number
     * ("wa.me/52155...") or a plate */
    if (n->n_digits >= 7 || n->n_links) {
        size_t from = ns;
        g_phones(s, len, n->n_links > 0, spans, &ns, max);
        /* an institution's line is no one's number (hotline.c) */
        size_t kept = from;
        for (size_t i = from; i < ns; i++)
            if (!screen_public_line(n, s, spans[i].offset, spans[i].len))
                spans[kept++] = spans[i];
        ns = kept;
    }
    if (n->n_digits >= 6)
        g_ids(s, len, n, spans, &ns, max);
    if (n->n_digits >= 1 || n->n_links) {
        g_words_ready();
        /* a plate has two digits */
        bool plates = n->n_digits >= 2 || n->n_links;
        /* one pass over the tokens finds the last house number, as an
         * address needs one (most comments have none) and ends at one,
         * so no token after it begins an address; and the first word
         * that names a plate, as most comments have none */
        size_t end = 0, first_plate = n->ntok;
        for (size_t t = 0; t < n->ntok; t++) {
            unsigned char c0 = (unsigned char)n->text[n->tok[t].off];
            if (!g_first_byte[c0]) /* most tokens */
                continue;
            if (g_digit((char)c0)) {
                if (g_tok_house(n, t))
                    end = t + 1;
            } else if (plates && first_plate == n->ntok && t + 1 < n->ntok &&
                       g_tok_plate_word(n, t)) {
                first_plate = t;
            }
        }
        g_addresses(s, n, end, spans, &ns, max);
        if (plates)
            g_plates(s, len, n, first_plate, spans, &ns, max);
    }
    return ns;
}
