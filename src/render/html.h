/*
 * html.h - the escapers: one function per output context.
 *
 * Everything charla writes into a page, a JSON body, a header or an XML
 * feed goes through one of these, chosen by where the bytes land. Input may
 * be any bytes (hostile, broken UTF-8, NUL): the output is always safe for
 * its context. Invalid UTF-8 sequences become U+FFFD, NUL is dropped.
 *
 *   html_text    element content
 *   html_attr    a double-quoted attribute value
 *   url_path     one path segment or a whole path (keeps '/')
 *   url_query    a query parameter name or value
 *   json_quote   a JSON string, quotes included (jansson owns json_string)
 *   xml_text     XML character data or attribute (Atom feeds)
 *   header_value an HTTP header value (drops CR, LF and controls)
 *
 * html_path_attr is url_path then html_attr: a site path as an href.
 *
 * html_lit appends a string literal only (the macro refuses variables), for
 * the fixed markup of our own templates.
 */
#ifndef CHARLA_RENDER_HTML_H
#define CHARLA_RENDER_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

#define html_lit(b, s) buf_add((b), "" s "", sizeof(s) - 1)

void html_text(struct buf *b, const char *s, size_t len);
void html_attr(struct buf *b, const char *s, size_t len);
void html_int(struct buf *b, int64_t v);
/* html_texts / html_attrs: the same for NUL-terminated strings. */
void html_texts(struct buf *b, const char *s);
void html_attrs(struct buf *b, const char *s);

void url_path(struct buf *b, const char *s, size_t len);
void url_query(struct buf *b, const char *s, size_t len);
/* html_path_attr writes a site path (NUL-terminated) percent-encoded as
 * a double-quoted attribute value; an encoding over 8 KiB is cut short. */
void html_path_attr(struct buf *b, const char *path);

/*
 * url_is_safe_link: true if s is an absolute http:, https: or mailto: URL
 * (case-insensitive scheme) with no control characters or spaces. Only such
 * URLs may become an href or src.
 */
int url_is_safe_link(const char *s, size_t len);
/* url_is_http: the same, but only http: and https: (for images). */
int url_is_http(const char *s, size_t len);

void json_quote(struct buf *b, const char *s, size_t len);
void json_quotes(struct buf *b, const char *s);

void xml_text(struct buf *b, const char *s, size_t len);

void header_value(struct buf *b, const char *s, size_t len);

#endif
