/*
 * visible.c - see visible.h. utf8proc gives each code point's category,
 * whether it is default-ignorable, and the grapheme cluster breaks.
 */
#include <utf8proc.h>

#include "core/visible.h"

/* Drawn as nothing though Unicode calls it a symbol: the braille pattern
 * with no dots, a favourite for names that look empty. */
#define BRAILLE_BLANK 0x2800

static bool shows_alone(utf8proc_int32_t c)
{
    if (c == BRAILLE_BLANK)
        return false;
    const utf8proc_property_t *p = utf8proc_get_property(c);
    if (p->ignorable)
        return false;
    switch (p->category) {
    case UTF8PROC_CATEGORY_ZS: /* spaces */
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: /* controls, tabs and line ends */
    case UTF8PROC_CATEGORY_CF: /* format: zero-width, joiners, BOM, bidi */
    case UTF8PROC_CATEGORY_MN: /* marks: nothing to sit on alone */
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return false;
    default:
        return true;
    }
}

bool visible_has_text(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n =
            utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n <= 0)
            return true; /* not ours to judge: the UTF-8 check refuses it */
        if (shows_alone(c))
            return true;
        i += (size_t)n;
    }
    return false;
}

size_t visible_char_count(const char *s, size_t len)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t count = 0;
    size_t i = 0;
    utf8proc_int32_t prev = -1;
    utf8proc_int32_t state = 0;
    while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n =
            utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        if (n <= 0) {
            count++; /* a stray byte: one character, and a fresh start */
            prev = -1;
            state = 0;
            i++;
            continue;
        }
        if (prev < 0 || utf8proc_grapheme_break_stateful(prev, c, &state))
            count++;
        prev = c;
        i += (size_t)n;
    }
    return count;
}
