/*
 * html2md.h - turn the HTML that blogs export (post bodies, comment bodies)
 * into the safe Markdown subset charla stores.
 *
 * Imported text is untrusted. Instead of storing HTML and sanitising it at
 * every render, the importers convert it once, here, into Markdown that
 * md4c renders with raw HTML off. Only this subset survives:
 *
 *     p, br            paragraphs and hard line breaks ("\" + newline)
 *     b/strong, i/em   **strong**, *emphasis*
 *     a[href]          [text](url), http and https only
 *     img[src]         ![alt](url), http and https only
 *     blockquote       "> " lines
 *     ul/ol/li         "- " and "1. " items, nested by indentation
 *     h2, h3, h4       "## ", "### ", "#### "
 *
 * Every other tag is dropped and its text kept (block-like tags such as
 * div, table, tr, td, h1, h5, pre become paragraph breaks); the content of
 * script, style, noscript, template, iframe, textarea, object, svg, math,
 * head, title and select is dropped entirely. Comments, doctypes and
 * processing instructions disappear. Character references are decoded
 * (numeric ones, and the named ones blogs actually use); HTML white space is
 * collapsed as a browser would; &nbsp; counts as white space.
 *
 * Text is escaped so that it renders as the reader wrote it: a Markdown
 * character is given a backslash only where it would otherwise change the
 * rendering (a "*" that could pair with another, a "[" when the text also
 * has a "]", a "<" that could open a tag or autolink, an "&" that looks
 * like an entity, a line starting with "#", ">", "- ", "1. ", "---").
 * Text such as "12:36", "#1.3", "$$" or "2 * 3" is left exactly as is.
 * Article bodies (html2md_article) also escape every "|", since articles
 * are rendered with Markdown tables enabled; comments are not.
 *
 * The input must be UTF-8 without NUL bytes (expat guarantees both for the
 * XML importers); anything else is refused with ERR_INVALID.
 */
#ifndef CHARLA_IMPORT_HTML2MD_H
#define CHARLA_IMPORT_HTML2MD_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

/*
 * html2md converts html[0..len) to Markdown, appending to out (whose max
 * size bounds the result). Use it for comments and anywhere no lead image
 * is wanted.
 * Returns 0; ERR_INVALID if the input is not UTF-8 or contains NUL;
 * ERR_TOOBIG if out would exceed its limit; ERR_NOMEM. On failure out may
 * hold a partial result: reset it.
 */
MUST_CHECK int html2md(const char *html, size_t len, struct buf *out);

/*
 * html2md_article converts a post body like html2md and also takes the lead
 * image out of it: the first http(s) image becomes lead_image (the URL) and
 * is not written to the body. If the first block after that image is a
 * caption -- an element whose class mentions "caption" (Blogger's
 * tr-caption table cells), a figcaption, or a centred div/p/center/td of at
 * most 1 KiB of text with no image in it -- its text goes to lead_caption
 * (plain text, not Markdown, white space collapsed) and is left out of the
 * body too. lead_image and lead_caption are appended to (both stay "" when
 * there is none); give them limits of a few KiB. Errors as for html2md.
 */
MUST_CHECK int html2md_article(const char *html, size_t len, struct buf *out,
                               struct buf *lead_image,
                               struct buf *lead_caption);

/*
 * html2md_decode_refs appends s[0..len) to out with its character
 * references decoded, once, as html2md decodes them in text, and nothing
 * else changed: for a field that WordPress stores HTML-escaped but that
 * is plain text, not markup (a commenter's name, a post's title), so
 * "Tom &amp; Jerry" becomes "Tom & Jerry" and "&amp;lt;" becomes "&lt;".
 * A reference to NUL, a surrogate, a control character or beyond U+10FFFF
 * becomes U+FFFD. Returns 0; ERR_INVALID if s is not UTF-8 or holds NUL;
 * ERR_TOOBIG or ERR_NOMEM from out (decoded text can be a few bytes
 * longer than s: give out room for twice len).
 */
MUST_CHECK int html2md_decode_refs(const char *s, size_t len, struct buf *out);

/*
 * html2md_url_ok: url[0..len) is an absolute http:// or https:// URL
 * (case-insensitive scheme, surrounding ASCII white space ignored, no
 * control bytes inside, at most 8 KiB). Shared by the importers so that
 * every imported link obeys the same rule.
 */
bool html2md_url_ok(const char *url, size_t len);

#endif
