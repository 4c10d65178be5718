/*
 * graphemes.c - a highlight covers whole user-perceived characters.
 *
 * The tokeniser sees an emoji with a skin tone, a family or a flag
 * joined by zero-width joiners, a flag of two regional letters, a keycap
 * or a letter with a combining mark as several code points, and a word's
 * span can end or begin inside such a cluster. A moderator's highlight
 * that cuts a cluster shows a bare emoji next to a broken glyph, so each
 * span is widened to the grapheme cluster boundaries around it
 * (Unicode's rules, as utf8proc implements them).
 */
#include <utf8proc.h>

#include "screen/screen_int.h"

/* At most this many code points are added on either side: a cluster is
 * a handful of them, and a hostile run of joiners must not cost more. */
#define GRAPHEME_WIDEN_MAX 32

/* The code point that ends just before byte i (i > 0), and where it starts. */
static int32_t prev_cp(const uint8_t *s, size_t i, size_t *start)
{
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && (s[j] & 0xc0) == 0x80)
        j--;
    utf8proc_int32_t cp;
    if (utf8proc_iterate(s + j, (utf8proc_ssize_t)(i - j), &cp) !=
        (utf8proc_ssize_t)(i - j))
        return -1;
    *start = j;
    return cp;
}

/* Whether cp never begins a cluster (it extends the one before it). */
static bool extends_cluster(int32_t cp)
{
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    return p->boundclass == UTF8PROC_BOUNDCLASS_EXTEND ||
           p->boundclass == UTF8PROC_BOUNDCLASS_ZWJ ||
           p->boundclass == UTF8PROC_BOUNDCLASS_SPACINGMARK ||
           p->boundclass == UTF8PROC_BOUNDCLASS_E_MODIFIER;
}

void screen_grapheme_widen(const char *text, size_t len, uint32_t *off,
                           uint32_t *l)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t a = *off, b = (size_t)*off + *l;
    if (b > len || a >= b)
        return;
    /* forward: while no cluster boundary follows the span's last code
     * point (skin tones, variation selectors, joiner sequences, marks) */
    if (b < len && s[b] >= 0x80) {
        size_t st;
        int32_t last = prev_cp(s, b, &st);
        utf8proc_int32_t state = 0;
        for (int k = 0; last >= 0 && b < len && k < GRAPHEME_WIDEN_MAX; k++) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t n =
                utf8proc_iterate(s + b, (utf8proc_ssize_t)(len - b), &cp);
            if (n <= 0 || utf8proc_grapheme_break_stateful(last, cp, &state))
                break;
            b += (size_t)n;
            last = cp;
        }
    }
    /* backward: the span begins with a code point that extends the one
     * before it, or right after a joiner: step back over extenders to the
     * cluster's base, and on while a joiner comes before that base */
    bool need = false;
    if (a > 0 && s[a] >= 0x80) {
        utf8proc_int32_t first;
        size_t st;
        if (utf8proc_iterate(s + a, (utf8proc_ssize_t)(len - a), &first) > 0)
            need = extends_cluster(first) || prev_cp(s, a, &st) == 0x200d;
    }
    for (int k = 0; need && a > 0 && k < GRAPHEME_WIDEN_MAX; k++) {
        size_t st;
        int32_t cp = prev_cp(s, a, &st);
        if (cp < 0)
            break;
        a = st;
        if (!extends_cluster(cp)) /* the base: joined to one before it? */
            need = a > 0 && prev_cp(s, a, &st) == 0x200d;
    }
    *off = (uint32_t)a;
    *l = (uint32_t)(b - a);
}
