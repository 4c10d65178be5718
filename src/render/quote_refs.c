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
 * rest code). The same parse notes which bytes md4c passed as text of
 * any kind, which tells a quote marker from a '>' that was text.
 *
 * A reference line starts a paragraph of its own. Unescaped, its '>'
 * would open a quote, which ends the paragraph before it; escaped, it is
 * text, and text after a paragraph line continues that paragraph, even
 * one in a quote or list item the line's own markers do not continue (a
 * lazy continuation line): "> quoted" then ">>1.3 reply" would show the
 * reply inside the quote. Knowing which containers the line above is in
 * would mean parsing as md4c does; instead, the escaped line gets a blank
 * line before it that carries its own quote markers (none for ">>1.3",
 * ">" for "> >>1.3"), ended as the line above is. That blank line closes
 * whatever the line's markers do not continue and ends the paragraph in
 * what they do; where there was no paragraph it changes nothing. It is
 * left out where it is not needed or would do harm: on the first line;
 * after a line with no text, which ends no paragraph (a blank line, a
 * fence, a rule, a lone ">"; in a list item, the blank line would loosen
 * the list); after a line of code (an unclosed fence in a list item the
 * line leaves would show it); where the line's prefix holds a
 * list marker (a new item ends the paragraph already, and the blank line
 * would need the marker, which would add an empty item); and where md4c
 * read the first '>' as text, not a quote marker (in an article,
 * "    > >>1.3" after a paragraph line continues it as typed). In a list
 * item, the blank line between its two paragraphs makes the list loose,
 * as one typed by the author would.
 *
 * The copy grows by at most len bytes: each escaped line adds a backslash,
 * at most its own prefix and one line end, no more bytes than it holds.
 */
#include <md4c.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "render/quote_refs.h"

#define NO_QUOTE_REF SIZE_MAX

/* What md4c reported of the source: one bit per byte in each map. */
struct source_map {
    const char *md;
    size_t len;
    unsigned char *code; /* code text */
    unsigned char *text; /* text of any kind, code included */
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

/* next_line returns where the line after the one ending at end starts:
   past its LF, CR or CRLF. */
static size_t next_line(const char *md, size_t end, size_t len)
{
    if (end + 1 < len && md[end] == '\r' && md[end + 1] == '\n')
        return end + 2;
    return end + 1;
}

static bool has_candidate(const char *md, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t end = line_end(md, i, len);
        if (quote_ref_at(md, i, end) != NO_QUOTE_REF)
            return true;
        i = next_line(md, end, len);
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

static void set_bit(unsigned char *bits, size_t k)
{
    bits[k / 8] |= (unsigned char)(1u << (k % 8));
}

static bool bit_is_set(const unsigned char *bits, size_t k)
{
    return (bits[k / 8] >> (k % 8)) & 1u;
}

/* note_text marks the source bytes of text, and of code text; md4c also
   hands over indentation and line ends from its own static strings: not
   ours. */
static int note_text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size,
                     void *userdata)
{
    struct source_map *map = userdata;
    if (text < map->md || text >= map->md + map->len)
        return 0;
    size_t from = (size_t)(text - map->md);
    size_t to = from + size <= map->len ? from + size : map->len;
    for (size_t k = from; k < to; k++) {
        set_bit(map->text, k);
        if (type == MD_TEXT_CODE)
            set_bit(map->code, k);
    }
    return 0;
}

/* ---- the blank line before a reference line ---- */

/*
 * quote_markers_end sets *end to where the blank line's copy of the
 * prefix md[start, q) ends: after its last '>', or at start if it has
 * none. Returns false if the prefix holds a list marker.
 */
static bool quote_markers_end(const char *md, size_t start, size_t q,
                              size_t *end)
{
    *end = start;
    for (size_t k = start; k < q; k++) {
        if (md[k] == '>')
            *end = k + 1;
        else if (!is_blank(md[k]))
            return false;
    }
    return true;
}

/*
 * may_be_paragraph_line tells whether the line md[from, to) may be a
 * paragraph line that the next line could continue: md4c passed some of
 * its bytes as text (a fence, a rule, a blank line or a lone ">" has
 * none), and its last byte that is not blank is not code.
 */
static bool may_be_paragraph_line(const struct source_map *map, size_t from,
                                  size_t to)
{
    size_t last = to; /* one past its last byte that is not blank */
    while (last > from && is_blank(map->md[last - 1]))
        last--;
    if (last == from || bit_is_set(map->code, last - 1))
        return false;
    for (size_t k = from; k < last; k++) {
        if (bit_is_set(map->text, k))
            return true;
    }
    return false;
}

/*
 * add_paragraph_end appends, before the line md[start, ...) whose
 * reference starts at q, the blank line that ends the paragraph the
 * escaped line would otherwise continue, where the file comment says one
 * is needed. The line before it starts at prev_start.
 */
static void add_paragraph_end(struct buf *dst, const struct source_map *map,
                              size_t prev_start, size_t start, size_t q)
{
    const char *md = map->md;
    size_t prev_end = line_end(md, prev_start, start);
    size_t markers_end;

    if (start == 0 || !may_be_paragraph_line(map, prev_start, prev_end))
        return;
    if (!quote_markers_end(md, start, q, &markers_end) ||
        bit_is_set(map->text, q))
        return;
    buf_add(dst, md + start, markers_end - start);
    buf_add(dst, md + prev_end, start - prev_end); /* its line end */
}

/* ---- the copy ---- */

int quote_refs_escape(struct buf *dst, const char *md, size_t len,
                      unsigned md4c_flags)
{
    struct source_map map = {md, len, NULL, NULL};
    MD_PARSER parser = {0};
    size_t map_bytes = len / 8 + 1;
    size_t done = 0;
    size_t prev_start = 0;

    if (!has_candidate(md, len)) {
        buf_add(dst, md, len);
        return 0;
    }
    map.code = calloc(2, map_bytes);
    if (!map.code)
        return ERR_NOMEM;
    map.text = map.code + map_bytes;
    parser.flags = md4c_flags;
    parser.enter_block = ignore_block;
    parser.leave_block = ignore_block;
    parser.enter_span = ignore_span;
    parser.leave_span = ignore_span;
    parser.text = note_text;
    if (md_parse(md, (MD_SIZE)len, &parser, &map) != 0) {
        free(map.code);
        return ERR_NOMEM; /* md4c's only own failure */
    }
    for (size_t i = 0; i < len;) {
        size_t end = line_end(md, i, len);
        size_t q = quote_ref_at(md, i, end);
        if (q != NO_QUOTE_REF && !bit_is_set(map.code, q) &&
            !bit_is_set(map.code, q + 1)) {
            buf_add(dst, md + done, i - done);
            add_paragraph_end(dst, &map, prev_start, i, q);
            buf_add(dst, md + i, q - i);
            buf_addc(dst, '\\');
            done = q;
        }
        prev_start = i;
        i = next_line(md, end, len);
    }
    buf_add(dst, md + done, len - done);
    free(map.code);
    return 0;
}
