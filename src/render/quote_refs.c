/*
 * quote_refs.c - ">>1.3" at a line start as a reference; see quote_refs.h.
 *
 * Readers answer each other imageboard style: ">>1.3 no, it was 11:40".
 * Markdown reads ">>" at a line start as two block quote markers, so that
 * would render as "1.3 no, ..." indented twice. Before md4c parses a body,
 * the first '>' of such a ">>" and digit gets a backslash ("\>>1.3"),
 * which Markdown reads as a plain '>'; the renderer then links the
 * reference in the text.
 *
 * Where: at the start of a line (ended by LF, CR or CRLF, as md4c ends
 * lines), once the container markers in front are passed: spaces and
 * tabs, '>' quote markers, "-", "+", "*" bullets and "1." or "1)" ordered
 * list markers (one to nine digits), each marker followed by a space or
 * tab. A backslash where Markdown would not have seen a quote costs
 * nothing (in text, "\>" is a '>') except in code, where it would show:
 * a fenced code block, an indented one (articles) or a code span that
 * runs over lines ("`a" then "2. >>1.3`" is a paragraph, "2." cannot
 * start a list there).
 *
 * Which bytes are code is not guessed from the lines: md4c is asked, by a
 * first parse with the same flags whose callbacks only note where code
 * text lies (md4c passes code text as pointers into the source it was
 * given). So code is exactly what the renderer will treat as code, as
 * CommonMark says: a fence opens with three or more backticks or tildes,
 * also inside quotes and list items, and closes only with a line of the
 * same character at least as long followed by nothing but spaces or tabs,
 * or when its quote or list item ends; an unclosed one runs to the end;
 * tabs, lazy continuation lines and indentation count as they do for md4c.
 * That parse runs only when some line holds a candidate, which most
 * bodies do not. A candidate is left alone if its first or second '>' is
 * code (in "> ```" then ">>1.3", the first '>' is the quote's marker, the
 * rest code).
 *
 * NEEDSWORK: an escaped line right after a paragraph in a quote or list
 * item that the line does not continue becomes a lazy continuation line
 * of that paragraph: in "> quoted" then ">>1.3 reply", the reply is shown
 * inside the quote. Ending the paragraph first (a blank line) would need
 * to know the containers of the line before, as the escaped text will be
 * parsed, not as the source was.
 */
#include <md4c.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "render/quote_refs.h"

#define NO_QUOTE_REF SIZE_MAX

/* Where md4c reported code text: one bit per byte of the source. */
struct code_map {
    const char *md;
    size_t len;
    unsigned char *bits;
};

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_line_end(char c)
{
    return c == '\n' || c == '\r';
}

/*
 * list_marker_len returns the bytes of a list item marker at s[0, n)
 * ("-", "+", "*", or one to nine digits and '.' or ')') that a space or
 * tab follows, or 0 if there is none.
 */
static size_t list_marker_len(const char *s, size_t n)
{
    size_t k = 0;
    if (n >= 2 && (s[0] == '-' || s[0] == '+' || s[0] == '*') && is_blank(s[1]))
        return 1;
    while (k < n && k < 9 && is_digit(s[k]))
        k++;
    if (k == 0 || k + 1 >= n)
        return 0;
    if ((s[k] == '.' || s[k] == ')') && is_blank(s[k + 1]))
        return k + 1;
    return 0;
}

/*
 * quote_ref_at returns the offset of the ">>" and digit that the line
 * md[start, end) opens with once its container markers are passed, or
 * NO_QUOTE_REF.
 */
static size_t quote_ref_at(const char *md, size_t start, size_t end)
{
    size_t q = start;
    for (;;) {
        while (q < end && is_blank(md[q]))
            q++;
        if (q + 2 < end && md[q] == '>' && md[q + 1] == '>' &&
            is_digit(md[q + 2]))
            return q;
        if (q < end && md[q] == '>') {
            q++;
            continue;
        }
        size_t marker = list_marker_len(md + q, end - q);
        if (!marker)
            return NO_QUOTE_REF;
        q += marker;
    }
}

static size_t line_end(const char *md, size_t i, size_t len)
{
    while (i < len && !is_line_end(md[i]))
        i++;
    return i;
}

static bool has_candidate(const char *md, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t end = line_end(md, i, len);
        if (quote_ref_at(md, i, end) != NO_QUOTE_REF)
            return true;
        i = end + 1;
    }
    return false;
}

/* ---- where md4c sees code ---- */

static int ignore_block(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    return 0;
}

static int ignore_span(MD_SPANTYPE type, void *detail, void *userdata)
{
    return 0;
}

/* note_code marks the source bytes of code text; md4c also hands over
   indentation and line ends from its own static strings: not ours. */
static int note_code(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
                     void *userdata)
{
    struct code_map *map = userdata;
    if (type != MD_TEXT_CODE || text < map->md || text >= map->md + map->len)
        return 0;
    size_t from = (size_t)(text - map->md);
    size_t to = from + size <= map->len ? from + size : map->len;
    for (size_t k = from; k < to; k++)
        map->bits[k / 8] |= (unsigned char)(1u << (k % 8));
    return 0;
}

static bool is_code(const struct code_map *map, size_t k)
{
    return (map->bits[k / 8] >> (k % 8)) & 1u;
}

/* ---- the copy ---- */

int quote_refs_escape(struct buf *dst, const char *md, size_t len,
                      unsigned md4c_flags)
{
    struct code_map map = {md, len, NULL};
    MD_PARSER parser = {0};
    size_t done = 0;

    if (!has_candidate(md, len)) {
        buf_add(dst, md, len);
        return 0;
    }
    map.bits = calloc(len / 8 + 1, 1);
    if (!map.bits)
        return ERR_NOMEM;
    parser.flags = md4c_flags;
    parser.enter_block = ignore_block;
    parser.leave_block = ignore_block;
    parser.enter_span = ignore_span;
    parser.leave_span = ignore_span;
    parser.text = note_code;
    if (md_parse(md, (MD_SIZE)len, &parser, &map) != 0) {
        free(map.bits);
        return ERR_NOMEM; /* md4c's only own failure */
    }
    for (size_t i = 0; i < len;) {
        size_t end = line_end(md, i, len);
        size_t q = quote_ref_at(md, i, end);
        if (q != NO_QUOTE_REF && !is_code(&map, q) && !is_code(&map, q + 1)) {
            buf_add(dst, md + done, q - done);
            buf_addc(dst, '\\');
            done = q;
        }
        i = end + 1;
    }
    buf_add(dst, md + done, len - done);
    free(map.bits);
    return 0;
}
