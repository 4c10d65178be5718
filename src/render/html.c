/*
 * html.c - context escapers; see html.h for the contract.
 *
 * All of them walk the input as UTF-8 and replace each invalid sequence
 * with U+FFFD, so the output is valid UTF-8 whatever arrives. The per-byte
 * work is a table look-up in the common case.
 */
#include <string.h>

#include "render/html.h"
#include "util/str.h"

static const char replacement_char[] = "\xEF\xBF\xBD";

/*
 * escape_walk copies s to b, calling repl for each ASCII byte; repl returns
 * the replacement (NULL to copy the byte as is, "" to drop it). Multi-byte
 * sequences are copied when valid and replaced with U+FFFD when not.
 */
static void escape_walk(struct buf *b, const char *s, size_t len,
                        const char *(*repl)(unsigned char))
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, run = 0;

    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) {
            const char *r = repl(c);
            if (!r) {
                i++;
                continue;
            }
            buf_add(b, p + run, i - run);
            buf_adds(b, r);
            i++;
            run = i;
            continue;
        }
        size_t n = str_utf8_seq_len(p + i, len - i);
        if (n) {
            i += n;
            continue;
        }
        buf_add(b, p + run, i - run);
        buf_add(b, replacement_char, 3);
        i++;
        run = i;
    }
    buf_add(b, p + run, i - run);
}

static const char *html_repl(unsigned char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    case '\0':
        return "";
    case '\r':
        /* input is stored with LF line ends (form.c), so a CR is a stray
         * one; the HTML parser would fold it into a line end anyway */
        return "";
    }
    if (c < 0x20 && c != '\n' && c != '\t')
        return "\xEF\xBF\xBD";
    if (c == 0x7F)
        return "\xEF\xBF\xBD";
    return NULL;
}

void html_text(struct buf *b, const char *s, size_t len)
{
    escape_walk(b, s, len, html_repl);
}

static const char *attr_repl(unsigned char c)
{
    switch (c) {
    case '\n':
        return "&#10;";
    case '\t':
        return "&#9;";
    case '`':
        return "&#96;";
    case '=':
        return "&#61;";
    }
    return html_repl(c);
}

void html_attr(struct buf *b, const char *s, size_t len)
{
    escape_walk(b, s, len, attr_repl);
}

void html_texts(struct buf *b, const char *s)
{
    html_text(b, s, strlen(s));
}

void html_attrs(struct buf *b, const char *s)
{
    html_attr(b, s, strlen(s));
}

void html_int(struct buf *b, int64_t v)
{
    buf_add_i64(b, v);
}

static void percent_encode(struct buf *b, const char *s, size_t len,
                           const char *keep)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
            c == '~' || (c && strchr(keep, c))) {
            buf_addc(b, (char)c);
        } else {
            char enc[3] = {'%', hex[c >> 4], hex[c & 15]};
            buf_add(b, enc, 3);
        }
    }
}

void url_path(struct buf *b, const char *s, size_t len)
{
    percent_encode(b, s, len, "/");
}

void url_query(struct buf *b, const char *s, size_t len)
{
    percent_encode(b, s, len, "");
}

void html_path_attr(struct buf *b, const char *path)
{
    struct buf p;
    buf_init(&p, 8192);
    url_path(&p, path, strlen(path));
    html_attr(b, p.data, p.len);
    buf_release(&p);
}

static int has_prefix_ci(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != prefix[i])
            return 0;
    }
    return 1;
}

static int url_clean_bytes(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' ||
            c == '\\' || c == '`')
            return 0;
    }
    return 1;
}

int url_is_http(const char *s, size_t len)
{
    if (!url_clean_bytes(s, len))
        return 0;
    if (has_prefix_ci(s, len, "https://"))
        return len > 8;
    if (has_prefix_ci(s, len, "http://"))
        return len > 7;
    return 0;
}

int url_is_safe_link(const char *s, size_t len)
{
    if (url_is_http(s, len))
        return 1;
    return url_clean_bytes(s, len) && has_prefix_ci(s, len, "mailto:") &&
           len > 7;
}

static const char *json_repl(unsigned char c)
{
    static const char *const ctl[32] = {
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005",
        "\\u0006", "\\u0007", "\\b",     "\\t",     "\\n",     "\\u000b",
        "\\f",     "\\r",     "\\u000e", "\\u000f", "\\u0010", "\\u0011",
        "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d",
        "\\u001e", "\\u001f"};
    if (c < 0x20)
        return ctl[c];
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '<': /* keeps "</script>" inert if JSON is ever inlined */
        return "\\u003c";
    case '>':
        return "\\u003e";
    case '&':
        return "\\u0026";
    }
    return NULL;
}

void json_quote(struct buf *b, const char *s, size_t len)
{
    buf_addc(b, '"');
    escape_walk(b, s, len, json_repl);
    buf_addc(b, '"');
}

void json_quotes(struct buf *b, const char *s)
{
    json_quote(b, s ? s : "", s ? strlen(s) : 0);
}

static const char *xml_repl(unsigned char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&apos;";
    }
    /* XML 1.0 forbids most controls even as character references */
    if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F)
        return "";
    return NULL;
}

void xml_text(struct buf *b, const char *s, size_t len)
{
    escape_walk(b, s, len, xml_repl);
}

static const char *header_repl(unsigned char c)
{
    if (c < 0x20 || c == 0x7F)
        return "";
    return NULL;
}

void header_value(struct buf *b, const char *s, size_t len)
{
    escape_walk(b, s, len, header_repl);
}
