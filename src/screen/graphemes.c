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

/* At most this many code points are looked at on either side of a
 * span's edge: a cluster is a handful of them, and a hostile run of
 * joiners must not cost more. */
#define GRAPHEME_WIDEN_MAX 32

/* The start of the code point before byte i (i > 0): back over up to
 * three continuation bytes; a stray byte counts alone. */
static size_t prev_start(const uint8_t *s, size_t i)
{
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && (s[j] & 0xc0) == 0x80)
        j--;
    return j;
}

/* The code point at s[i] and its length (1 for a byte that starts no
 * valid sequence, with *cp = -1). */
static size_t cp_at(const uint8_t *s, size_t len, size_t i, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t n =
        utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &c);
    if (n <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

/* Whether a cluster surely begins at byte i: the text's ends, and any
 * ASCII character but a line feed (which may follow a carriage return):
 * no ASCII character extends the cluster before it. */
static bool surely_boundary(const uint8_t *s, size_t len, size_t i)
{
    return i == 0 || i >= len || (s[i] < 0x80 && s[i] != '\n');
}

/*
 * The cluster boundary nearest byte p: the last one at or before p
 * (after = false) or the first one at or after it (after = true). The
 * rules need what came before (a flag is a pair of regional letters
 * counted from the run's start; an emoji sequence is followed through its
 * joiners), so the walk starts at a byte where a cluster surely begins,
 * at most GRAPHEME_WIDEN_MAX code points back, and goes forward with one
 * utf8proc state. A byte that is no valid UTF-8 is a cluster of its own.
 */
static size_t cluster_edge(const uint8_t *s, size_t len, size_t p, bool after)
{
    if (surely_boundary(s, len, p))
        return p;
    size_t q = p;
    for (int k = 0; k < GRAPHEME_WIDEN_MAX && !surely_boundary(s, len, q); k++)
        q = prev_start(s, q);
    size_t last = q; /* the last boundary at or before p */
    int32_t prev;
    size_t at = q + cp_at(s, len, q, &prev);
    utf8proc_int32_t state = 0;
    for (int k = 0; at < len && k < 2 * GRAPHEME_WIDEN_MAX + 1; k++) {
        int32_t cp;
        size_t n = cp_at(s, len, at, &cp);
        bool brk = prev < 0 || cp < 0 ||
                   utf8proc_grapheme_break_stateful(prev, cp, &state);
        if (prev < 0 || cp < 0)
            state = 0;
        if (brk && at <= p)
            last = at;
        if (brk && at >= p)
            return after ? at : last;
        prev = cp;
        at += n;
    }
    /* the end of the text, or a cluster longer than the walk: as far
     * as it went */
    return after ? (at < len ? at : len) : last;
}

void screen_grapheme_widen(const char *text, size_t len, uint32_t *off,
                           uint32_t *l)
{
    const uint8_t *s = (const uint8_t *)text;
    size_t a = *off, b = (size_t)*off + *l;
    if (b > len || a >= b)
        return;
    if (surely_boundary(s, len, a) && surely_boundary(s, len, b))
        return; /* most spans: nothing to widen, and no walk to set up */
    size_t a0 = a, b0 = b;
    a = cluster_edge(s, len, a, false);
    b = cluster_edge(s, len, b, true);
    /* widen only: in bytes that are no UTF-8 the walk back can stop
     * short of a cluster's end, and a span must never shrink or turn
     * inside out (an end before its start) */
    if (a > a0)
        a = a0;
    if (b < b0)
        b = b0;
    *off = (uint32_t)a;
    *l = (uint32_t)(b - a);
}
