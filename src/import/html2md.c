/*
 * html2md.c - imported HTML to the safe Markdown subset; see html2md.h.
 *
 * Why a small tokenizer of our own: imported bodies are fragments written
 * by blog editors and comment boxes, often not well-formed, and we keep so
 * little of them (a dozen tags) that a tolerant scanner is simpler and
 * safer than a full HTML5 tree builder. It never fails on bad markup: a
 * "<" that does not start a tag is text, unknown tags are ignored, an
 * unclosed tag or comment at the end is dropped, closing tags that match
 * nothing are ignored.
 *
 * Data flow: the input is scanned once, left to right, into text runs and
 * tags. Text runs are entity-decoded into a scratch buffer and written
 * character by character through the escaper. Output is lazy so that the
 * Markdown stays well-formed without a tree:
 *   - white space only sets a "space pending" flag, written before the
 *     next visible character, never at the start of a line;
 *   - breaks (hard line break, new list line, paragraph) are "pending" and
 *     only the strongest one is written, just before the next visible
 *     character, so empty paragraphs and trailing breaks vanish;
 *   - emphasis and link openers are written just before the first visible
 *     character inside them (so "<b> </b>" leaves nothing, and "**" never
 *     sits next to a space), and closed around every break (Markdown
 *     emphasis cannot span paragraphs), to be reopened on the next line;
 *   - every line starts with the prefix of the open containers: "> " per
 *     blockquote, a list marker on an item's first line and its width in
 *     spaces on the lines after it.
 *
 * Lead image and caption (html2md_article): the first image is diverted to
 * the caller. The first block after it that looks like a caption is
 * written to the body as usual while its text is also collected; when the
 * block closes and it qualifies, the body is cut back to where the block
 * began (the saved "snapshot" of the output state).
 *
 * Bounds: nesting of containers and inline items is capped (deeper tags
 * are ignored, their text kept); the output is bounded by the caller's buf.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "import/html2md.h"
#include "util/entity.h"
#include "util/str.h"

#define MAX_CONTAINERS 32 /* nested blockquote/ul/ol kept */
#define MAX_INLINE 32     /* nested b/i/a kept */
#define MAX_ATTRS 16      /* attributes looked at per tag */
#define CAPTION_MAX 1024  /* longest text accepted as a lead caption */
#define URL_MAX 8192

enum brk { BRK_NONE, BRK_HARD, BRK_SOFT, BRK_PARA };

enum tag_kind {
    T_OTHER, /* dropped, text kept */
    T_BR,
    T_BLOCK, /* p, div, td, ...: a paragraph break before and after */
    T_PRE,
    T_HEADING, /* h2-h4 kept, level in the table */
    T_QUOTE,
    T_UL,
    T_OL,
    T_LI,
    T_STRONG,
    T_EM,
    T_A,
    T_IMG,
    T_SKIP /* content dropped too */
};

struct tag_info {
    const char *name;
    enum tag_kind kind;
    int level;
};

static const struct tag_info tags[] = {
    {"a", T_A, 0},
    {"address", T_BLOCK, 0},
    {"article", T_BLOCK, 0},
    {"aside", T_BLOCK, 0},
    {"b", T_STRONG, 0},
    {"blockquote", T_QUOTE, 0},
    {"br", T_BR, 0},
    {"caption", T_BLOCK, 0},
    {"center", T_BLOCK, 0},
    {"dd", T_BLOCK, 0},
    {"div", T_BLOCK, 0},
    {"dl", T_BLOCK, 0},
    {"dt", T_BLOCK, 0},
    {"em", T_EM, 0},
    {"figcaption", T_BLOCK, 0},
    {"figure", T_BLOCK, 0},
    {"footer", T_BLOCK, 0},
    {"form", T_BLOCK, 0},
    {"h1", T_BLOCK, 0},
    {"h2", T_HEADING, 2},
    {"h3", T_HEADING, 3},
    {"h4", T_HEADING, 4},
    {"h5", T_BLOCK, 0},
    {"h6", T_BLOCK, 0},
    {"head", T_SKIP, 0},
    {"header", T_BLOCK, 0},
    {"hr", T_BLOCK, 0},
    {"i", T_EM, 0},
    {"iframe", T_SKIP, 0},
    {"img", T_IMG, 0},
    {"li", T_LI, 0},
    {"main", T_BLOCK, 0},
    {"math", T_SKIP, 0},
    {"nav", T_BLOCK, 0},
    {"noembed", T_SKIP, 0},
    {"noframes", T_SKIP, 0},
    {"noscript", T_SKIP, 0},
    {"object", T_SKIP, 0},
    {"ol", T_OL, 0},
    {"p", T_BLOCK, 0},
    {"pre", T_PRE, 0},
    {"script", T_SKIP, 0},
    {"section", T_BLOCK, 0},
    {"select", T_SKIP, 0},
    {"strong", T_STRONG, 0},
    {"style", T_SKIP, 0},
    {"svg", T_SKIP, 0},
    {"table", T_BLOCK, 0},
    {"td", T_BLOCK, 0},
    {"template", T_SKIP, 0},
    {"textarea", T_SKIP, 0},
    {"th", T_BLOCK, 0},
    {"title", T_SKIP, 0},
    {"tr", T_BLOCK, 0},
    {"ul", T_UL, 0},
    {"xmp", T_SKIP, 0},
};

struct attr {
    const char *name;
    size_t name_len;
    const char *val; /* raw, entities not decoded yet */
    size_t val_len;
};

struct container {
    char kind;  /* 'q' blockquote, 'u' bullet list, 'o' ordered list */
    int number; /* current item number ('o') */
    int width;  /* marker width: continuation lines indent this much */
    bool first; /* the item's first line is still to be written */
};

struct inline_item {
    char kind;    /* 's' strong, 'e' emphasis, 'a' link */
    bool silent;  /* never written: a duplicate, or a link we refused */
    bool emitted; /* the opener is in the output */
    size_t href_off, href_len; /* links: the URL in conv.hrefs */
};

/* The output state that a rejected-or-accepted caption restores. */
struct snapshot {
    size_t out_len;
    enum brk brk;
    bool at_start, line_start, bol, space;
    int ncont, ncont_kept;
};

struct conv {
    const char *in;
    size_t len;
    struct buf *out;
    struct buf *lead_image; /* NULL: no lead image wanted */
    struct buf *lead_caption;
    struct buf text;  /* one decoded text run */
    struct buf hrefs; /* decoded link URLs, addressed by offset */
    struct buf cap;   /* caption text being collected */

    enum brk brk;    /* strongest break requested since the last text */
    bool at_start;   /* nothing visible written yet */
    bool line_start; /* the next visible character starts a line */
    bool bol;        /* no text yet on this line (openers may be there) */
    bool space;      /* white space pending */
    int heading;     /* level of the open h2-h4, or 0 */
    int pre;         /* open pre elements */

    struct container cont[MAX_CONTAINERS];
    int ncont;
    int ncont_kept;    /* containers open since the last text (blank lines) */
    int cont_overflow; /* containers opened beyond MAX_CONTAINERS */
    struct inline_item inl[MAX_INLINE];
    int ninl;
    int inl_overflow;

    /* Escaping gates: a pairing character needs escaping only when the
     * input has a partner for it (numeric references could make any). */
    bool gate_star, gate_under, gate_tilde, gate_tick, gate_brackets;
    bool escape_pipe; /* articles: charla renders them with tables on */

    bool have_lead;    /* the lead image is taken */
    bool caption_done; /* the caption candidate was decided */
    bool capturing;    /* inside the caption candidate */
    bool cap_bad;      /* the candidate cannot be a caption */
    bool cap_space;
    const char *cap_tag; /* tag name of the candidate element */
    int cap_depth;       /* open elements of that name inside it */
    struct snapshot snap;
};

/* ---- small character helpers ---- */

static bool is_ascii_ws(int ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

static bool is_alpha(int ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static bool is_digit(int ch)
{
    return ch >= '0' && ch <= '9';
}

static bool is_alnum(int ch)
{
    return is_alpha(ch) || is_digit(ch);
}

static bool is_punct(int ch)
{
    return ch > ' ' && ch < 0x7f && !is_alnum(ch);
}

static int lower(int ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
}

/* ws_len: length of the white space at s[i] (ASCII or U+00A0), or 0. */
static size_t ws_len(const char *s, size_t n, size_t i)
{
    if (is_ascii_ws((unsigned char)s[i]))
        return 1;
    if ((unsigned char)s[i] == 0xc2 && i + 1 < n &&
        (unsigned char)s[i + 1] == 0xa0)
        return 2;
    return 0;
}

static bool ieq(const char *s, size_t len, const char *lit)
{
    size_t i;
    for (i = 0; i < len && lit[i]; i++)
        if (lower((unsigned char)s[i]) != lit[i])
            return false;
    return i == len && lit[i] == '\0';
}

/* icontains: s[0..len) contains the lowercase literal, ignoring case. */
static bool icontains(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= len; i++)
        if (ieq(s + i, n, lit))
            return true;
    return false;
}

static void utf8_put(struct buf *b, uint32_t cp)
{
    char u[4];
    if (cp < 0x80) {
        buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, u, 3);
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        buf_add(b, u, 4);
    }
}

static size_t utf8_seq_len(unsigned char ch)
{
    if (ch < 0x80)
        return 1;
    if (ch >= 0xf0)
        return 4;
    if (ch >= 0xe0)
        return 3;
    return 2;
}

/* ---- character references ---- */

/* Windows-1252 for references to U+0080..U+009F, as browsers do. */
static const uint16_t cp1252[32] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};

/*
 * ref_at: if s[0..n) starts with a character reference we know, append its
 * text to out and return the bytes it spans; else return 0.
 */
static size_t ref_at(const char *s, size_t n, struct buf *out)
{
    size_t i = 1;
    if (n < 3 || s[0] != '&')
        return 0;
    if (s[1] == '#') {
        uint32_t v = 0;
        bool hex = i + 1 < n && (s[2] == 'x' || s[2] == 'X');
        size_t digits = 0;
        i = hex ? 3 : 2;
        for (; i < n && digits < 8; i++, digits++) {
            int ch = (unsigned char)s[i];
            if (is_digit(ch))
                v = v * (hex ? 16 : 10) + (uint32_t)(ch - '0');
            else if (hex && lower(ch) >= 'a' && lower(ch) <= 'f')
                v = v * 16 + (uint32_t)(lower(ch) - 'a' + 10);
            else
                break;
        }
        if (digits == 0 || digits == 8 || i >= n || s[i] != ';')
            return 0;
        if (v >= 0x80 && v <= 0x9f)
            v = cp1252[v - 0x80] ? cp1252[v - 0x80] : 0xfffd;
        if (v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ||
            (v < 0x20 && !is_ascii_ws((int)v)) || v == 0x7f)
            v = 0xfffd;
        utf8_put(out, v);
        return i + 1;
    }
    while (i < n && i < 34 && is_alnum((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != ';' || i == 1)
        return 0;
    size_t len = 0;
    const char *text = entity_lookup(s + 1, i - 1, &len);
    if (!text)
        return 0;
    buf_add(out, text, len);
    return i + 1;
}

/* decode appends s[0..n) to out with character references replaced. */
static void decode(const char *s, size_t n, struct buf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '&')
            j++;
        buf_add(out, s + i, j - i);
        if (j == n)
            break;
        size_t used = ref_at(s + j, n - j, out);
        if (used) {
            i = j + used;
        } else {
            buf_addc(out, '&');
            i = j + 1;
        }
    }
}

/* entity_like: s starts with what Markdown would read as a reference. */
static bool entity_like(const char *s, size_t n)
{
    size_t i = 1;
    if (i < n && s[i] == '#') {
        i++;
        if (i < n && (s[i] == 'x' || s[i] == 'X'))
            i++;
        size_t start = i;
        while (i < n && i - start < 8 && is_alnum((unsigned char)s[i]))
            i++;
        return i > start && i < n && s[i] == ';';
    }
    while (i < n && i < 40 && is_alnum((unsigned char)s[i]))
        i++;
    return i > 1 && i < n && s[i] == ';';
}

bool html2md_url_ok(const char *url, size_t len)
{
    str_trim(&url, &len);
    if (len > URL_MAX)
        return false;
    size_t scheme;
    if (len > 7 && ieq(url, 7, "http://"))
        scheme = 7;
    else if (len > 8 && ieq(url, 8, "https://"))
        scheme = 8;
    else
        return false;
    for (size_t i = scheme; i < len; i++) {
        unsigned char ch = (unsigned char)url[i];
        if (ch < 0x20 || ch == 0x7f)
            return false;
    }
    return true;
}

/* ---- output ---- */

static void request(struct conv *c, enum brk b)
{
    if (b > c->brk)
        c->brk = b;
}

static void put_marker(struct conv *c, struct container *k)
{
    if (k->kind == 'u') {
        buf_adds(c->out, "- ");
    } else {
        buf_add_i64(c->out, k->number);
        buf_adds(c->out, ". ");
    }
}

/*
 * put_prefix writes the container prefix of a line. A blank line (between
 * paragraphs) only carries the containers that enclose both its
 * neighbours, so that closing or opening a quote does not leave a stray
 * ">" line.
 */
static void put_prefix(struct conv *c, bool blank)
{
    size_t start = c->out->len;
    int upto = blank ? c->ncont_kept : c->ncont;
    for (int i = 0; i < upto; i++) {
        struct container *k = &c->cont[i];
        if (k->kind == 'q') {
            buf_adds(c->out, "> ");
        } else if (k->first && !blank) {
            put_marker(c, k);
            k->first = false;
        } else {
            for (int s = 0; s < k->width; s++)
                buf_addc(c->out, ' ');
        }
    }
    if (blank) {
        size_t end = c->out->len;
        while (end > start && c->out->data[end - 1] == ' ')
            end--;
        buf_truncate(c->out, end);
    }
}

static void put_url(struct conv *c, const char *u, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)u[i];
        if (ch <= 0x20 || ch == 0x7f) {
            buf_addf(c->out, "%%%02X", ch);
        } else if (ch == '(' || ch == ')' || ch == '\\' ||
                   (ch == '&' && entity_like(u + i, n - i))) {
            buf_addc(c->out, '\\');
            buf_addc(c->out, (char)ch);
        } else {
            buf_addc(c->out, (char)ch);
        }
    }
}

static void put_closer(struct conv *c, struct inline_item *it)
{
    if (it->kind == 's') {
        buf_adds(c->out, "**");
    } else if (it->kind == 'e') {
        buf_addc(c->out, '*');
    } else {
        buf_adds(c->out, "](");
        put_url(c, c->hrefs.data + it->href_off, it->href_len);
        buf_addc(c->out, ')');
    }
}

/* close_emitted writes closers for every open item from the top down to
 * index from, and marks them as needing their opener again. */
static void close_emitted(struct conv *c, int from)
{
    for (int i = c->ninl - 1; i >= from; i--) {
        if (c->inl[i].emitted) {
            put_closer(c, &c->inl[i]);
            c->inl[i].emitted = false;
        }
    }
}

/* flush prepares the output for one visible character or image. */
static void flush(struct conv *c)
{
    if (c->brk != BRK_NONE && !c->at_start) {
        close_emitted(c, 0);
        if (c->brk == BRK_HARD) {
            buf_adds(c->out, "\\\n");
        } else if (c->brk == BRK_SOFT) {
            buf_addc(c->out, '\n');
        } else {
            buf_addc(c->out, '\n');
            put_prefix(c, true);
            buf_addc(c->out, '\n');
        }
        c->line_start = true;
    }
    c->brk = BRK_NONE;
    if (c->line_start) {
        put_prefix(c, false);
        for (int i = 0; i < c->heading; i++)
            buf_addc(c->out, '#');
        if (c->heading)
            buf_addc(c->out, ' ');
        c->line_start = false;
        c->bol = true;
    } else if (c->space) {
        buf_addc(c->out, ' ');
    }
    c->space = false;
    c->ncont_kept = c->ncont;
    for (int i = 0; i < c->ninl; i++) {
        struct inline_item *it = &c->inl[i];
        if (it->silent || it->emitted)
            continue;
        if (it->kind == 's')
            buf_adds(c->out, "**");
        else if (it->kind == 'e')
            buf_addc(c->out, '*');
        else
            buf_addc(c->out, '[');
        it->emitted = true;
    }
    c->at_start = false;
}

static bool in_link(const struct conv *c)
{
    for (int i = 0; i < c->ninl; i++)
        if (c->inl[i].kind == 'a' && !c->inl[i].silent)
            return true;
    return false;
}

/* rest_only: s[i..n) holds only ch and white space (a rule or underline). */
static bool rest_only(const char *s, size_t n, size_t i, char ch)
{
    for (; i < n; i++)
        if (s[i] != ch && !is_ascii_ws((unsigned char)s[i]))
            return false;
    return true;
}

/*
 * put_char writes the character at s[i] (a visible one), with a backslash
 * if it would otherwise be read as Markdown. Returns the index after it.
 */
static size_t put_char(struct conv *c, const char *s, size_t n, size_t i)
{
    struct buf *o = c->out;
    unsigned char ch = (unsigned char)s[i];
    int prev = c->bol || o->len == 0 ? ' ' : (unsigned char)o->data[o->len - 1];
    int next = i + 1 < n ? (unsigned char)s[i + 1] : -1;
    bool next_ws = next != -1 && ws_len(s, n, i + 1) > 0;
    bool esc = false;

    if (ch >= 0x80) {
        size_t k = utf8_seq_len(ch);
        if (k > n - i)
            k = n - i;
        buf_add(o, s + i, k);
        return i + k;
    }
    if (c->bol) {
        if (ch == '#') {
            size_t j = i;
            while (j < n && s[j] == '#')
                j++;
            if (j - i <= 6 && (j == n || ws_len(s, n, j)))
                esc = true;
        } else if (ch == '>') {
            esc = true;
        } else if ((ch == '-' || ch == '+' || ch == '*') &&
                   (next == -1 || next_ws)) {
            esc = true;
        } else if ((ch == '-' || ch == '=' || ch == '*' || ch == '_') &&
                   rest_only(s, n, i, (char)ch)) {
            esc = true;
        } else if (is_digit(ch)) {
            size_t j = i;
            while (j < n && j - i < 10 && is_digit((unsigned char)s[j]))
                j++;
            if (j - i <= 9 && j < n && (s[j] == '.' || s[j] == ')') &&
                (j + 1 == n || ws_len(s, n, j + 1))) {
                buf_add(o, s + i, j - i);
                buf_addc(o, '\\');
                buf_addc(o, s[j]);
                return j + 1;
            }
        }
    }
    switch (ch) {
    case '\\':
        esc = esc || next == -1 || is_punct(next);
        break;
    case '`':
        esc = esc || c->gate_tick;
        break;
    case '*':
    case '_':
    case '~': {
        bool gate = ch == '*'   ? c->gate_star
                    : ch == '_' ? c->gate_under
                                : c->gate_tilde;
        bool prev_ws = is_ascii_ws(prev);
        if (prev_ws && next_ws)
            break; /* surrounded by spaces: never a delimiter */
        if (ch == '_' && (is_alnum(prev) || prev >= 0x80) && next != -1 &&
            (is_alnum(next) || next >= 0x80))
            break; /* intraword underscore */
        esc = esc || gate;
        break;
    }
    case '[':
    case ']':
        esc = esc || c->gate_brackets || in_link(c);
        break;
    case '<':
        esc = esc || next == -1 || is_alpha(next) || next == '/' ||
              next == '!' || next == '?';
        break;
    case '&':
        esc = esc || entity_like(s + i, n - i);
        break;
    case '|':
        esc = esc || c->escape_pipe;
        break;
    default:
        break;
    }
    if (esc)
        buf_addc(o, '\\');
    buf_addc(o, (char)ch);
    return i + 1;
}

/* put_text writes one decoded text run. */
static void put_text(struct conv *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t w = ws_len(s, n, i);
        if (w) {
            if (s[i] == '\n' && c->pre && !c->heading)
                request(c, BRK_HARD);
            else
                c->space = true;
            if (c->capturing)
                c->cap_space = true;
            i += w;
            continue;
        }
        if (c->have_lead && !c->capturing)
            c->caption_done = true; /* body text came first: no caption */
        flush(c);
        size_t start = i;
        i = put_char(c, s, n, i);
        c->bol = false;
        if (c->capturing) {
            if (c->cap_space && c->cap.len)
                buf_addc(&c->cap, ' ');
            c->cap_space = false;
            buf_add(&c->cap, s + start, i - start);
            if (buf_failed(&c->cap))
                c->cap_bad = true;
        }
    }
}

/* ---- tags ---- */

static const struct tag_info *tag_lookup(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
        if (ieq(name, len, tags[i].name))
            return &tags[i];
    return NULL;
}

static const struct attr *attr_find(const struct attr *a, int n,
                                    const char *name)
{
    for (int i = 0; i < n; i++)
        if (ieq(a[i].name, a[i].name_len, name))
            return &a[i];
    return NULL;
}

/* attr_decoded decodes an attribute value into c->text (reset first). */
static const struct attr *attr_decoded(struct conv *c, const struct attr *a,
                                       int n, const char *name)
{
    const struct attr *at = attr_find(a, n, name);
    buf_reset(&c->text);
    if (at)
        decode(at->val, at->val_len, &c->text);
    return at;
}

static void push_container(struct conv *c, char kind)
{
    if (c->ncont == MAX_CONTAINERS) {
        c->cont_overflow++;
        return;
    }
    struct container *k = &c->cont[c->ncont++];
    k->kind = kind;
    k->number = 0;
    k->width = 2; /* "> " and "- "; ordered items set theirs */
    k->first = false;
}

static void pop_container(struct conv *c, char kind)
{
    if (c->cont_overflow > 0) {
        c->cont_overflow--;
        return;
    }
    for (int i = c->ncont - 1; i >= 0; i--) {
        if (c->cont[i].kind == kind) {
            c->ncont = i;
            if (c->ncont_kept > i)
                c->ncont_kept = i;
            return;
        }
    }
}

static void push_inline(struct conv *c, char kind, const struct attr *a, int na)
{
    if (c->ninl == MAX_INLINE) {
        c->inl_overflow++;
        return;
    }
    struct inline_item *it = &c->inl[c->ninl];
    memset(it, 0, sizeof(*it));
    it->kind = kind;
    for (int i = 0; i < c->ninl; i++)
        if (c->inl[i].kind == kind)
            it->silent = true; /* b inside b, a inside a */
    if (kind == 'a' && !it->silent) {
        attr_decoded(c, a, na, "href");
        const char *u = c->text.data;
        size_t ulen = c->text.len;
        str_trim(&u, &ulen);
        if (html2md_url_ok(u, ulen)) {
            it->href_off = c->hrefs.len;
            it->href_len = ulen;
            buf_add(&c->hrefs, u, ulen);
        } else {
            it->silent = true;
        }
    }
    c->ninl++;
}

static void pop_inline(struct conv *c, char kind)
{
    if (c->inl_overflow > 0) {
        c->inl_overflow--;
        return;
    }
    for (int i = c->ninl - 1; i >= 0; i--) {
        if (c->inl[i].kind == kind) {
            close_emitted(c, i);
            c->ninl = i;
            return;
        }
    }
}

static void put_image(struct conv *c, const struct attr *a, int na)
{
    attr_decoded(c, a, na, "src");
    const char *u = c->text.data;
    size_t ulen = c->text.len;
    str_trim(&u, &ulen);
    if (!html2md_url_ok(u, ulen))
        return;
    if (c->lead_image && !c->have_lead &&
        ulen <= c->lead_image->max - c->lead_image->len) {
        buf_add(c->lead_image, u, ulen);
        c->have_lead = true;
        return;
    }
    if (c->capturing)
        c->cap_bad = true;
    else if (c->have_lead)
        c->caption_done = true;
    /* keep the URL while the alt text is decoded into c->text */
    size_t off = c->hrefs.len;
    buf_add(&c->hrefs, u, ulen);
    flush(c);
    c->bol = false;
    buf_adds(c->out, "![");
    attr_decoded(c, a, na, "alt");
    bool space = false, first = true;
    for (size_t i = 0; i < c->text.len; i++) {
        size_t w = ws_len(c->text.data, c->text.len, i);
        if (w) {
            space = true;
            i += w - 1;
            continue;
        }
        char ch = c->text.data[i];
        if (space && !first)
            buf_addc(c->out, ' ');
        space = false;
        first = false;
        if (strchr("\\[]*_`<&~", ch))
            buf_addc(c->out, '\\');
        buf_addc(c->out, ch);
    }
    buf_adds(c->out, "](");
    if (!buf_failed(&c->hrefs))
        put_url(c, c->hrefs.data + off, ulen);
    buf_addc(c->out, ')');
}

/* caption_candidate: could this block, right after the lead image, be its
 * caption? */
static bool caption_candidate(struct conv *c, const struct tag_info *t,
                              const struct attr *a, int na)
{
    if (!c->lead_image || !c->have_lead || c->caption_done || c->capturing ||
        c->ninl != 0 || t->kind != T_BLOCK)
        return false;
    if (strcmp(t->name, "figcaption") == 0 || strcmp(t->name, "center") == 0)
        return true;
    const struct attr *cl = attr_find(a, na, "class");
    if (cl && icontains(cl->val, cl->val_len, "caption"))
        return true;
    if (strcmp(t->name, "div") && strcmp(t->name, "p") && strcmp(t->name, "td"))
        return false;
    const struct attr *st = attr_find(a, na, "style");
    if (st && icontains(st->val, st->val_len, "text-align") &&
        icontains(st->val, st->val_len, "center"))
        return true;
    const struct attr *al = attr_find(a, na, "align");
    return al && ieq(al->val, al->val_len, "center");
}

static void caption_start(struct conv *c, const struct tag_info *t)
{
    c->capturing = true;
    c->cap_bad = false;
    c->cap_space = false;
    c->cap_tag = t->name;
    c->cap_depth = 1;
    buf_reset(&c->cap);
    c->snap.out_len = c->out->len;
    c->snap.brk = c->brk;
    c->snap.at_start = c->at_start;
    c->snap.line_start = c->line_start;
    c->snap.bol = c->bol;
    c->snap.space = c->space;
    c->snap.ncont = c->ncont;
    c->snap.ncont_kept = c->ncont_kept;
}

static void caption_end(struct conv *c)
{
    c->capturing = false;
    c->caption_done = true;
    if (c->cap_bad || c->cap.len == 0 || c->cap.len > CAPTION_MAX ||
        c->ncont != c->snap.ncont || c->ninl != 0 ||
        c->cap.len > c->lead_caption->max - c->lead_caption->len)
        return;
    buf_add(c->lead_caption, c->cap.data, c->cap.len);
    buf_truncate(c->out, c->snap.out_len);
    c->brk = c->snap.brk;
    c->at_start = c->snap.at_start;
    c->line_start = c->snap.line_start;
    c->bol = c->snap.bol;
    c->space = c->snap.space;
    c->ncont_kept = c->snap.ncont_kept;
}

static bool in_list_item(const struct conv *c)
{
    return c->ncont > 0 && c->cont[c->ncont - 1].kind != 'q';
}

static void start_tag(struct conv *c, const struct tag_info *t,
                      const struct attr *a, int na)
{
    if (c->capturing && strcmp(t->name, c->cap_tag) == 0)
        c->cap_depth++;
    switch (t->kind) {
    case T_BR:
        if (c->heading)
            c->space = true;
        else if (c->brk == BRK_HARD)
            c->brk = BRK_PARA;
        else
            request(c, BRK_HARD);
        break;
    case T_PRE:
        c->pre++;
        request(c, BRK_PARA);
        break;
    case T_BLOCK:
        request(c, BRK_PARA);
        if (caption_candidate(c, t, a, na))
            caption_start(c, t);
        break;
    case T_HEADING:
        request(c, BRK_PARA);
        c->heading = t->level;
        break;
    case T_QUOTE:
        request(c, BRK_PARA);
        push_container(c, 'q');
        break;
    case T_UL:
    case T_OL:
        /* a list nested in an item starts on the next line, keeping the
         * outer list tight */
        request(c, in_list_item(c) ? BRK_SOFT : BRK_PARA);
        push_container(c, t->kind == T_UL ? 'u' : 'o');
        break;
    case T_LI:
        if (c->ncont > 0 && c->cont[c->ncont - 1].kind != 'q' &&
            c->cont_overflow == 0) {
            struct container *k = &c->cont[c->ncont - 1];
            k->number++;
            k->first = true;
            if (k->kind == 'o') {
                k->width = 3;
                for (int v = k->number; v >= 10; v /= 10)
                    k->width++;
            }
        }
        request(c, BRK_SOFT);
        break;
    case T_STRONG:
        push_inline(c, 's', a, na);
        break;
    case T_EM:
        push_inline(c, 'e', a, na);
        break;
    case T_A:
        push_inline(c, 'a', a, na);
        break;
    case T_IMG:
        put_image(c, a, na);
        break;
    default:
        break;
    }
}

static void end_tag(struct conv *c, const struct tag_info *t)
{
    if (c->capturing && strcmp(t->name, c->cap_tag) == 0) {
        if (--c->cap_depth == 0)
            caption_end(c);
    }
    switch (t->kind) {
    case T_PRE:
        if (c->pre > 0)
            c->pre--;
        request(c, BRK_PARA);
        break;
    case T_BLOCK:
        request(c, BRK_PARA);
        break;
    case T_HEADING:
        c->heading = 0;
        request(c, BRK_PARA);
        break;
    case T_QUOTE:
        pop_container(c, 'q');
        request(c, BRK_PARA);
        break;
    case T_UL:
    case T_OL:
        pop_container(c, t->kind == T_UL ? 'u' : 'o');
        request(c, in_list_item(c) ? BRK_SOFT : BRK_PARA);
        break;
    case T_LI:
        request(c, BRK_SOFT);
        break;
    case T_STRONG:
        pop_inline(c, 's');
        break;
    case T_EM:
        pop_inline(c, 'e');
        break;
    case T_A:
        pop_inline(c, 'a');
        break;
    default:
        break;
    }
}

/* find: index of lit in s[from..n), or n. */
static size_t find(const char *s, size_t n, size_t from, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = from; i + k <= n; i++)
        if (memcmp(s + i, lit, k) == 0)
            return i;
    return n;
}

/* skip_raw: the index just past "</name ...>" from i on, or n. */
static size_t skip_raw(const char *s, size_t n, size_t i, const char *name)
{
    size_t k = strlen(name);
    for (; i + 2 + k <= n; i++) {
        if (s[i] == '<' && s[i + 1] == '/' && ieq(s + i + 2, k, name) &&
            (i + 2 + k == n || !is_alnum((unsigned char)s[i + 2 + k]))) {
            size_t gt = find(s, n, i, ">");
            return gt < n ? gt + 1 : n;
        }
    }
    return n;
}

/*
 * tag_at: s[i] is '<'. If a tag, comment or declaration starts here,
 * handle it and return the bytes it spans; return 0 if the '<' is text.
 */
static size_t tag_at(struct conv *c, size_t i)
{
    const char *s = c->in;
    size_t n = c->len, j;

    if (i + 1 >= n)
        return 0;
    if (s[i + 1] == '!' || s[i + 1] == '?') {
        if (find(s, n, i, "<!--") == i) {
            j = find(s, n, i + 4, "-->");
            return (j < n ? j + 3 : n) - i;
        }
        j = find(s, n, i, ">");
        return (j < n ? j + 1 : n) - i;
    }
    bool end = s[i + 1] == '/';
    j = i + (end ? 2 : 1);
    if (j >= n || !is_alpha((unsigned char)s[j]))
        return 0;
    size_t name = j;
    while (j < n &&
           (is_alnum((unsigned char)s[j]) || s[j] == '-' || s[j] == ':'))
        j++;
    size_t name_len = j - name;

    /* attributes, up to '>' or "/>" */
    struct attr attrs[MAX_ATTRS];
    int na = 0;
    bool self_close = false;
    for (;;) {
        while (j < n && (is_ascii_ws((unsigned char)s[j]) || s[j] == '/')) {
            self_close = s[j] == '/';
            j++;
        }
        if (j >= n)
            return n - i; /* unterminated tag at the end: dropped */
        if (s[j] == '>') {
            j++;
            break;
        }
        self_close = false;
        size_t an = j;
        while (j < n && !is_ascii_ws((unsigned char)s[j]) && s[j] != '>' &&
               s[j] != '=' && s[j] != '/')
            j++;
        if (j == an)
            j++; /* a stray '=': skip it */
        struct attr at = {s + an, j - an, "", 0};
        while (j < n && is_ascii_ws((unsigned char)s[j]))
            j++;
        if (j < n && s[j] == '=') {
            j++;
            while (j < n && is_ascii_ws((unsigned char)s[j]))
                j++;
            if (j < n && (s[j] == '"' || s[j] == '\'')) {
                char q = s[j++];
                size_t v = j;
                while (j < n && s[j] != q)
                    j++;
                if (j >= n)
                    return n - i;
                at.val = s + v;
                at.val_len = j - v;
                j++;
            } else {
                size_t v = j;
                while (j < n && !is_ascii_ws((unsigned char)s[j]) &&
                       s[j] != '>')
                    j++;
                at.val = s + v;
                at.val_len = j - v;
            }
        }
        if (na < MAX_ATTRS)
            attrs[na++] = at;
    }

    const struct tag_info *t = tag_lookup(s + name, name_len);
    if (!t)
        return j - i;
    if (end) {
        end_tag(c, t);
        return j - i;
    }
    if (t->kind == T_SKIP)
        return (self_close ? j : skip_raw(s, n, j, t->name)) - i;
    start_tag(c, t, attrs, na);
    return j - i;
}

static size_t count_char(const char *s, size_t n, char ch)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == ch;
    return k;
}

static int convert(const char *html, size_t len, struct buf *out,
                   struct buf *lead_image, struct buf *lead_caption)
{
    struct conv c;
    int rc = 0;

    if (!str_utf8_valid(html, len))
        return ERR_INVALID;
    memset(&c, 0, sizeof(c));
    c.in = html;
    c.len = len;
    c.out = out;
    c.lead_image = lead_image;
    c.lead_caption = lead_caption;
    c.escape_pipe = lead_image != NULL;
    buf_init(&c.text, len + 16);
    buf_init(&c.hrefs, 2 * len + 16);
    buf_init(&c.cap, CAPTION_MAX + 8);
    c.at_start = true;
    c.line_start = true;
    bool refs = find(html, len, 0, "&#") < len;
    c.gate_star = refs || count_char(html, len, '*') >= 2;
    c.gate_under = refs || count_char(html, len, '_') >= 2;
    c.gate_tilde = refs || count_char(html, len, '~') >= 2;
    c.gate_tick = refs || count_char(html, len, '`') >= 2;
    c.gate_brackets =
        refs || (memchr(html, '[', len) && memchr(html, ']', len));

    size_t i = 0;
    while (i < len && !buf_failed(out)) {
        if (html[i] == '<') {
            size_t used = tag_at(&c, i);
            if (used) {
                i += used;
                continue;
            }
        }
        size_t j = i + 1;
        while (j < len && html[j] != '<')
            j++;
        buf_reset(&c.text);
        decode(html + i, j - i, &c.text);
        put_text(&c, c.text.data, c.text.len);
        i = j;
    }
    close_emitted(&c, 0);

    rc = buf_failed(out);
    if (!rc)
        rc = buf_failed(&c.text);
    if (!rc)
        rc = buf_failed(&c.hrefs);
    if (!rc && lead_image)
        rc = buf_failed(lead_image);
    if (!rc && lead_caption)
        rc = buf_failed(lead_caption);
    buf_release(&c.text);
    buf_release(&c.hrefs);
    buf_release(&c.cap);
    return rc;
}

int html2md(const char *html, size_t len, struct buf *out)
{
    return convert(html, len, out, NULL, NULL);
}

int html2md_decode_refs(const char *s, size_t len, struct buf *out)
{
    if (!str_utf8_valid(s, len))
        return ERR_INVALID;
    decode(s, len, out);
    return buf_failed(out);
}

int html2md_article(const char *html, size_t len, struct buf *out,
                    struct buf *lead_image, struct buf *lead_caption)
{
    return convert(html, len, out, lead_image, lead_caption);
}
