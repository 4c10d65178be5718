/*
 * entity.h - what an HTML5 named character reference ("&hellip;",
 * "&NotEqualTilde;") stands for.
 *
 * md4c hands a Markdown renderer every "&name;" it sees as an entity,
 * known or not, and leaves decoding to it (render/markdown.c); the HTML
 * importers decode the bodies they convert (import/html2md.c). Both look
 * names up here, in the full WHATWG list (util/entity_table.c,
 * generated).
 */
#ifndef CHARLA_UTIL_ENTITY_H
#define CHARLA_UTIL_ENTITY_H

#include <stddef.h>

/*
 * entity_lookup returns the UTF-8 text (one or two code points, not
 * NUL-terminated, *utf8_len bytes) of the named reference whose name is
 * name[0, len), without its '&' and ';'. Names are case-sensitive
 * ("AMP" and "amp" are both known, "Amp" is not). Returns NULL, leaving
 * *utf8_len alone, for a name not in the table. The text is static
 * (borrowed) and unescaped: escape it for where it goes.
 */
const char *entity_lookup(const char *name, size_t len, size_t *utf8_len);

#endif
