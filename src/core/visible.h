/*
 * visible.h - what a reader sees of a text, for the rules on names and
 * bodies: whether it shows anything at all, and how many characters it
 * shows.
 *
 * A comment of only zero-width spaces, word joiners, byte order marks or
 * combining marks is a blank comment, and a name of only U+200B is an
 * invisible name; both are refused like empty ones. A letter with a
 * combining accent is one character to a reader ("é" typed as e and
 * U+0301), so a name's length is counted in grapheme clusters, not code
 * points.
 */
#ifndef CHARLA_CORE_VISIBLE_H
#define CHARLA_CORE_VISIBLE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * visible_has_text: s (len bytes of UTF-8) holds at least one character
 * that shows on its own: not white space, not a control or format
 * character (U+200B, U+2060, U+FEFF, direction marks), not a code point
 * Unicode says to ignore when it cannot be shown (Hangul fillers,
 * variation selectors), not a combining mark, and not U+2800 (the blank
 * braille pattern, drawn as nothing). An invalid byte counts as shown.
 */
bool visible_has_text(const char *s, size_t len);

/*
 * visible_char_count: the user-perceived characters of s (len bytes of
 * UTF-8): Unicode extended grapheme clusters, as utf8proc finds them. An
 * invalid byte counts as one. Costs one pass over s.
 */
size_t visible_char_count(const char *s, size_t len);

#endif
