/*
 * normalize.c - turn a comment into the words a reader meant, so that
 * "F U C K", "f0ck", "fuuuck", "f*ck", "ｆｕｃｋ" and "fцck" all become
 * "fuck", while remembering where each word came from in the original
 * text (the moderator's highlight must land on what the reader wrote).
 *
 * Steps, in order:
 *   1. Decode UTF-8 into "units" (code points with their original byte
 *      span). ASCII takes a fast path (a text all of ASCII keeps no
 *      spans: unit i is byte i; sixteen bytes are read at once where the
 *      machine has SSE2); anything else goes through utf8proc:
 *      compatibility decomposition (NFKC's half that matters for matching:
 *      fullwidth, ligatures, mathematical letters), case folding, marks
 *      stripped (accents folded). 'ñ' is kept, also when written as "n"
 *      and a combining tilde: in Spanish it is a letter, and folding it
 *      would turn "año" into "ano". Cyrillic and Greek look-alikes then
 *      map to the Latin letter they imitate; capitals are mapped before
 *      case folding, which would make Greek "Μ" a "μ" (read as "u").
 *      Latin-1 and the general punctuation, most of what is not ASCII,
 *      read their units from a table this same code fills once.
 *   2. Split into raw tokens: runs of letters, digits and the symbols
 *      readers use as letters (@ $ * and, between letters, ! |).
 *      Apostrophes inside a word vanish; URLs become "_url_", @mentions
 *      "_user_"; emoji and other symbols are one-unit tokens.
 *   3. Join runs of three or more one-character tokens separated by the
 *      same single space, dot, dash or underscore ("f.u.c.k") when the
 *      joined letters spell a lexicon word.
 *   4. Canonicalise each token: digits and symbols inside words become
 *      letters (0 o, 1 i/l, 3 e, 4 a, 5 s, 7 t, @ a, $ s, ! i, | l),
 *      runs of three or more of a letter collapse to one, and a token
 *      that was obfuscated resolves to the lexicon word it imitates
 *      ('*' stands for any letter, a digit for any vowel it resembles).
 *      Words not in the lexicon keep digits at their edges ("covid19")
 *      and lose symbols there ("wonder$$" -> "wonder"), except words of
 *      a lexicon phrase ("d3" in "hijo d3 puta" reads "de").
 *
 * The output is the canonical words separated by single spaces, and
 * every token records its original span. The normaliser allocates only
 * when a comment is larger than any before it in the same screen_norm.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "screen/screen_int.h"
#include "util/confusable.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NORM_MAX_WORD 48 /* longer words are cut (units) */
#define NORM_MAX_JOIN 24 /* spaced-out letters joined at most */

enum {
    UC_SEP = 0,
    UC_LETTER,
    UC_DIGIT,
    UC_SUBST,  /* @ $ * : letters in disguise anywhere in a word */
    UC_INNER,  /* ! | : letters only between two letters */
    UC_APOS,   /* ' and U+2019 inside words */
    UC_SYMBOL, /* emoji and other symbols: a token of their own */
    UC_CLASS = 7,
    UC_UPPER = 8 /* in u_cls: the unit was an upper-case letter */
};

struct rawtok {
    uint32_t u0, u1; /* unit range [u0, u1) */
    uint8_t kind;    /* RT_* */
    uint8_t caps;    /* SCREEN_TOK_CAPS if two or more letters, all upper */
    /* a word of letters a-z only, no run of three, at most NORM_MAX_WORD:
     * its bytes are u_low[u0, u1) and fnv their FNV-1a state (the split
     * worked out the word as it walked its letters) */
    uint8_t plain;
    uint8_t doubled; /* a plain word with a doubled vowel ("puuto") */
    uint64_t fnv;
};

enum { RT_WORD = 0, RT_URL, RT_MENTION, RT_SYMBOL };

void screen_norm_init(struct screen_norm *n)
{
    memset(n, 0, sizeof(*n));
}

void screen_norm_release(struct screen_norm *n)
{
    free(n->text);
    free(n->tok);
    free(n->u_cp);
    free(n->u_off);
    free(n->u_end);
    free(n->u_cls);
    free(n->u_low);
    free(n->rt);
    free(n->any);
    screen_norm_init(n);
}

static int norm_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * elem);
    if (!q)
        return ERR_NOMEM;
    *p = q;
    *cap = c;
    return 0;
}

/* Classes of ASCII bytes, indexed by code, with UC_UPPER on A-Z (the
 * decoder stores them as they are). */
#define C_ UC_SEP
#define CL UC_LETTER
#define CU (UC_LETTER | UC_UPPER)
#define CD UC_DIGIT
#define CS UC_SUBST
#define CI UC_INNER
#define CA UC_APOS
static const uint8_t norm_ascii_class[128] = {
    C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_,
    C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, C_, CI, C_, C_, CS, C_,
    C_, CA, C_, C_, CS, C_, C_, C_, C_, C_, CD, CD, CD, CD, CD, CD, CD, CD, CD,
    CD, C_, C_, C_, C_, C_, C_, CS, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU,
    CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, CU, C_, C_, C_, C_,
    C_, C_, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL, CL,
    CL, CL, CL, CL, CL, CL, CL, CL, CL, C_, CI, C_, C_, C_,
};
#undef C_
#undef CL
#undef CU
#undef CD
#undef CS
#undef CI
#undef CA

static int norm_class_slow(uint32_t c);

static inline int norm_class(uint32_t c)
{
    if (c < 0x80)
        return norm_ascii_class[c] & UC_CLASS;
    return norm_class_slow(c);
}

static int norm_class_slow(uint32_t c)
{
    if (c == 0x2019)
        return UC_APOS;
    if (c == 0xfffd)
        return UC_SEP;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return UC_LETTER;
    case UTF8PROC_CATEGORY_ND:
        return UC_SEP;
    case UTF8PROC_CATEGORY_SO:
        return UC_SYMBOL;
    default:
        return UC_SEP;
    }
}

static int norm_units_reserve(struct screen_norm *n, size_t need)
{
    if (need <= n->ucap)
        return 0;
    size_t c = n->ucap ? n->ucap : 256;
    while (c < need)
        c *= 2;
    uint32_t *a = realloc(n->u_cp, c * sizeof(*a));
    if (!a)
        return ERR_NOMEM;
    n->u_cp = a;
    a = realloc(n->u_off, c * sizeof(*a));
    if (!a)
        return ERR_NOMEM;
    n->u_off = a;
    a = realloc(n->u_end, c * sizeof(*a));
    if (!a)
        return ERR_NOMEM;
    n->u_end = a;
    uint8_t *u = realloc(n->u_cls, c);
    if (!u)
        return ERR_NOMEM;
    n->u_cls = u;
    char *low = realloc(n->u_low, c);
    if (!low)
        return ERR_NOMEM;
    n->u_low = low;
    n->ucap = c;
    return 0;
}

/* A unit's class byte: its UC_* class, plus UC_UPPER if it was upper case. */
static inline uint8_t norm_cls_byte(int cls, uint32_t upper)
{
    return (uint8_t)(cls | (upper ? UC_UPPER : 0));
}

/* Whether s[0..len) is plain ASCII, eight bytes at a time. */
static int norm_all_ascii(const char *s, size_t len)
{
    uint64_t acc = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < len; i++)
        acc |= (unsigned char)s[i];
    return (acc & 0x8080808080808080ULL) == 0;
}

/* ASCII bytes in lower case, indexed by code: a look-up is cheaper than
 * working it out in the decoder's loop. */
#define LC(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c))
#define LC4(c) LC(c), LC((c) + 1), LC((c) + 2), LC((c) + 3)
#define LC16(c) LC4(c), LC4((c) + 4), LC4((c) + 8), LC4((c) + 12)
static const uint8_t norm_ascii_lower[128] = {
    LC16(0),  LC16(16), LC16(32), LC16(48),
    LC16(64), LC16(80), LC16(96), LC16(112),
};
#undef LC
#undef LC4
#undef LC16

/* Unit i of an ASCII text: byte i's class, and the byte in lower case. */
static inline void norm_decode_byte(uint32_t *ucp, uint8_t *ucls,
                                    const unsigned char *b, size_t i)
{
    uint8_t c = b[i];
    ucls[i] = norm_ascii_class[c];
    ucp[i] = norm_ascii_lower[c];
}

#ifdef __SSE2__
/*
 * Sixteen ASCII bytes at once, where the machine has SSE2 (every x86-64):
 * their classes, as norm_ascii_class has them, from compares of ranges
 * and bytes (the classes' own definitions), and their units, the bytes in
 * lower case widened to 32 bits. The table is the reference: the unit
 * tests decode every ASCII byte both ways.
 */

/* All-ones in the bytes of c from lo to hi (c, lo and hi under 0x80): c -
 * lo, moved by 0x80 to the bottom of the signed bytes, is below -128 +
 * (hi - lo + 1) just for those (one compare, not two). */
static inline __m128i norm_in16(__m128i c, int lo, int hi)
{
    __m128i x = _mm_add_epi8(c, _mm_set1_epi8((char)(0x80 - lo)));
    return _mm_cmplt_epi8(x, _mm_set1_epi8((char)(-128 + (hi - lo + 1))));
}

/* All-ones in the bytes of c that are x. */
static inline __m128i norm_is16(__m128i c, char x)
{
    return _mm_cmpeq_epi8(c, _mm_set1_epi8(x));
}

/* The bytes of m (all-ones or zero) as class byte k. */
static inline __m128i norm_as16(__m128i m, uint8_t k)
{
    return _mm_and_si128(m, _mm_set1_epi8((char)k));
}

static inline void norm_decode16(uint32_t *ucp, uint8_t *ucls,
                                 const unsigned char *b)
{
    __m128i c = _mm_loadu_si128((const __m128i *)b);
    __m128i upper = norm_in16(c, 'A', 'Z');
    __m128i subst = _mm_or_si128(
        _mm_or_si128(norm_is16(c, '@'), norm_is16(c, '$')), norm_is16(c, '*'));
    __m128i inner = _mm_or_si128(norm_is16(c, '!'), norm_is16(c, '|'));
    __m128i cls = _mm_or_si128(norm_as16(norm_in16(c, 'a', 'z'), UC_LETTER),
                               norm_as16(upper, UC_LETTER | UC_UPPER));
    cls = _mm_or_si128(cls, norm_as16(norm_in16(c, '0', '9'), UC_DIGIT));
    cls = _mm_or_si128(cls, norm_as16(subst, UC_SUBST));
    cls = _mm_or_si128(cls, norm_as16(inner, UC_INNER));
    cls = _mm_or_si128(cls, norm_as16(norm_is16(c, '\''), UC_APOS));
    _mm_storeu_si128((__m128i *)ucls, cls);
    /* 'A'..'Z' + 32 are 'a'..'z' */
    __m128i low = _mm_add_epi8(c, norm_as16(upper, 'a' - 'A'));
    __m128i zero = _mm_setzero_si128();
    __m128i lo8 = _mm_unpacklo_epi8(low, zero),
            hi8 = _mm_unpackhi_epi8(low, zero);
    _mm_storeu_si128((__m128i *)ucp, _mm_unpacklo_epi16(lo8, zero));
    _mm_storeu_si128((__m128i *)(ucp + 4), _mm_unpackhi_epi16(lo8, zero));
    _mm_storeu_si128((__m128i *)(ucp + 8), _mm_unpacklo_epi16(hi8, zero));
    _mm_storeu_si128((__m128i *)(ucp + 12), _mm_unpackhi_epi16(hi8, zero));
}
#endif

/* Step 1 for a text of plain ASCII (most comments): one unit per byte, at
 * the byte's own offset, so u_off and u_end are left unfilled. */
static void norm_decode_ascii(struct screen_norm *n, const char *s, size_t len)
{
    /* locals: a store through u_cls (bytes may alias anything) would make
     * the compiler reload the array pointers from n */
    uint32_t *ucp = n->u_cp;
    uint8_t *ucls = n->u_cls;
    const unsigned char *b = (const unsigned char *)s;
    size_t i = 0;
#ifdef __SSE2__
    for (; i + 16 <= len; i += 16)
        norm_decode16(ucp + i, ucls + i, b + i);
#endif
    /* four bytes a round: the loop's own count and test cost as much as
     * a byte's work */
    for (; i + 4 <= len; i += 4) {
        norm_decode_byte(ucp, ucls, b, i);
        norm_decode_byte(ucp, ucls, b, i + 1);
        norm_decode_byte(ucp, ucls, b, i + 2);
        norm_decode_byte(ucp, ucls, b, i + 3);
    }
    for (; i < len; i++)
        norm_decode_byte(ucp, ucls, b, i);
}

/* Most units one character decodes into (utf8proc's decomposition of a
 * single code point is far shorter). */
#define NORM_CHAR_UNITS 24

/*
 * The units of one character cp (not ASCII): its compatibility
 * decomposition, case folded and marks stripped, and each unit's
 * letter mapped (homoglyphs) and classified, with UC_UPPER when cp is an
 * upper-case letter. Returns how many units (0: cp vanishes, as a
 * combining mark does).
 */
static size_t norm_char_units(int32_t cp, uint32_t u[NORM_CHAR_UNITS],
                              uint8_t cls[NORM_CHAR_UNITS])
{
    utf8proc_int32_t out[NORM_CHAR_UNITS];
    utf8proc_ssize_t m;
    int upper = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
    uint32_t capital = upper ? confusable_capital((uint32_t)cp) : 0;
    if (capital) {
        out[0] = (utf8proc_int32_t)capital;
        m = 1;
    } else if (cp == 0xf1 || cp == 0xd1) {
        out[0] = 0xf1;
        m = 1;
    } else {
        int last = 0;
        m = utf8proc_decompose_char(cp, out, NORM_CHAR_UNITS,
                                    UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                        UTF8PROC_IGNORE,
                                    &last);
        if (m < 0 || m > NORM_CHAR_UNITS) {
            out[0] = cp;
            m = 1;
        }
    }
    for (utf8proc_ssize_t j = 0; j < m; j++) {
        uint32_t c = (uint32_t)out[j];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (c >= 0x80)
            c = confusable_small(c);
        u[j] = c;
        cls[j] = norm_cls_byte(norm_class(c), (uint32_t)upper);
    }
    return (size_t)m;
}

/*
 * The units of the characters most often met beyond ASCII: Latin-1's
 * letters and signs (Spanish, French, German) and the general
 * punctuation (curly quotes, dashes, the ellipsis). Worked out once by
 * norm_char_units itself, so a character's units are the same whether
 * they come from here or from utf8proc; a character of more than
 * NORM_TABLE_UNITS units is left out (units == NORM_TABLE_NONE).
 */
#define NORM_TABLE_UNITS 4
#define NORM_TABLE_NONE 0xff
#define NORM_LATIN1_FIRST 0x80
#define NORM_LATIN1_END 0x100
#define NORM_PUNCT_FIRST 0x2000
#define NORM_PUNCT_END 0x2070
struct norm_char_entry {
    uint8_t units;
    uint8_t cls[NORM_TABLE_UNITS];
    uint32_t u[NORM_TABLE_UNITS];
};
static struct norm_char_entry norm_latin1[NORM_LATIN1_END - NORM_LATIN1_FIRST],
    norm_punct[NORM_PUNCT_END - NORM_PUNCT_FIRST];
static pthread_once_t norm_table_once = PTHREAD_ONCE_INIT;

static void norm_table_fill(struct norm_char_entry *t, int32_t first,
                            int32_t end)
{
    for (int32_t cp = first; cp < end; cp++) {
        uint32_t u[NORM_CHAR_UNITS];
        uint8_t cls[NORM_CHAR_UNITS];
        size_t m = norm_char_units(cp, u, cls);
        struct norm_char_entry *e = &t[cp - first];
        if (m > NORM_TABLE_UNITS) {
            e->units = NORM_TABLE_NONE;
            continue;
        }
        e->units = (uint8_t)m;
        memcpy(e->u, u, m * sizeof(u[0]));
        memcpy(e->cls, cls, m);
    }
}

static void norm_table_init(void)
{
    norm_table_fill(norm_latin1, NORM_LATIN1_FIRST, NORM_LATIN1_END);
    norm_table_fill(norm_punct, NORM_PUNCT_FIRST, NORM_PUNCT_END);
}

/* The table's entry for cp, or NULL. */
static const struct norm_char_entry *norm_table_entry(int32_t cp)
{
    const struct norm_char_entry *e = NULL;
    if (cp >= NORM_LATIN1_FIRST && cp < NORM_LATIN1_END)
        e = &norm_latin1[cp - NORM_LATIN1_FIRST];
    else if (cp >= NORM_PUNCT_FIRST && cp < NORM_PUNCT_END)
        e = &norm_punct[cp - NORM_PUNCT_FIRST];
    return e && e->units != NORM_TABLE_NONE ? e : NULL;
}

/*
 * The code point at b[0..avail) and its length, as utf8proc_iterate
 * gives them (a length <= 0 for a byte that starts no valid sequence).
 * The two- and three-byte forms of the table's characters are read here:
 * a call to utf8proc costs more than the rest of the character's work.
 */
static utf8proc_ssize_t norm_iterate(const unsigned char *b, size_t avail,
                                     int32_t *cp)
{
    if (avail >= 2 && b[0] >= 0xc2 && b[0] <= 0xdf && (b[1] & 0xc0) == 0x80) {
        *cp = (int32_t)((b[0] & 0x1fu) << 6 | (b[1] & 0x3fu));
        return 2;
    }
    if (avail >= 3 && b[0] == 0xe2 && (b[1] == 0x80 || b[1] == 0x81) &&
        (b[2] & 0xc0) == 0x80) {
        *cp = (int32_t)(0x2000u | (b[1] & 0x3fu) << 6 | (b[2] & 0x3fu));
        return 3;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(b, (utf8proc_ssize_t)avail, &c);
    *cp = c;
    return k;
}

/*
 * Step 1: decode s into units. Returns the unit count or ERR_NOMEM. Sets
 * *ident when unit i is byte i (all ASCII): then u_off and u_end are not
 * filled (see norm_off, norm_end). The units are followed by a separator
 * (u_cp 0, class UC_SEP) so that scans along a word need no bound check.
 */
static long norm_decode(struct screen_norm *n, const char *s, size_t len,
                        int *ident)
{
    if (norm_units_reserve(n, len + 16))
        return ERR_NOMEM;
    *ident = norm_all_ascii(s, len);
    if (*ident) {
        norm_decode_ascii(n, s, len);
        n->u_cp[len] = 0;
        n->u_cls[len] = UC_SEP;
        return (long)len;
    }
    pthread_once(&norm_table_once, norm_table_init);
    size_t nu = 0;
    size_t i = 0;
    while (i < len) {
        /* Plain ASCII runs: one unit per byte. */
        {
            uint32_t *ucp = n->u_cp, *uoff = n->u_off, *uend = n->u_end;
            uint8_t *ucls = n->u_cls;
            const unsigned char *b = (const unsigned char *)s;
            while (i < len && b[i] < 0x80) {
                uint8_t c = b[i];
                ucls[nu] = norm_ascii_class[c];
                ucp[nu] = norm_ascii_lower[c];
                uoff[nu] = (uint32_t)i;
                uend[nu] = (uint32_t)i + 1;
                nu++;
                i++;
            }
            if (i >= len)
                break;
        }
        int32_t cp;
        utf8proc_ssize_t k =
            norm_iterate((const unsigned char *)s + i, len - i, &cp);
        if (k <= 0) {
            n->u_cp[nu] = 0xfffd;
            n->u_cls[nu] = UC_SEP;
            n->u_off[nu] = (uint32_t)i;
            n->u_end[nu] = (uint32_t)i + 1;
            nu++;
            i++;
            continue;
        }
        if (cp == 0x303 && nu > 0 && n->u_cp[nu - 1] == 'n' &&
            n->u_end[nu - 1] == (uint32_t)i) {
            /* "n" and a combining tilde: the letter ñ, written in two */
            n->u_cp[nu - 1] = 0xf1;
            n->u_end[nu - 1] = (uint32_t)(i + (size_t)k);
            i += (size_t)k;
            continue;
        }
        uint32_t units[NORM_CHAR_UNITS];
        uint8_t classes[NORM_CHAR_UNITS];
        const uint32_t *u = units;
        const uint8_t *cls = classes;
        size_t m;
        const struct norm_char_entry *te = norm_table_entry(cp);
        if (te) {
            m = te->units;
            u = te->u;
            cls = te->cls;
        } else {
            m = norm_char_units(cp, units, classes);
        }
        if (m == 0 && nu > 0 && n->u_end[nu - 1] == (uint32_t)i) {
            /* a mark stripped from the letter before it ("e" and a
             * combining acute): it belongs to that letter's span, so a
             * highlight does not cut the character in two */
            n->u_end[nu - 1] = (uint32_t)(i + (size_t)k);
            i += (size_t)k;
            continue;
        }
        if (norm_units_reserve(n, nu + m + (len - i) + 16))
            return ERR_NOMEM;
        for (size_t j = 0; j < m; j++) {
            n->u_cp[nu] = u[j];
            n->u_cls[nu] = cls[j];
            n->u_off[nu] = (uint32_t)i;
            n->u_end[nu] = (uint32_t)(i + (size_t)k);
            nu++;
        }
        i += (size_t)k;
    }
    n->u_cp[nu] = 0;
    n->u_cls[nu] = UC_SEP;
    return (long)nu;
}

/* The original byte span of unit u: where it starts, where it ends. */
static inline uint32_t norm_off(const struct screen_norm *n, int ident,
                                uint32_t u)
{
    return ident ? u : n->u_off[u];
}

static inline uint32_t norm_end(const struct screen_norm *n, int ident,
                                uint32_t u)
{
    return ident ? u + 1 : n->u_end[u];
}

static int norm_is_vowel(uint32_t c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* What a disguised unit stands for; 0 if it stands for nothing. */
static const uint8_t norm_unleet_ascii[128] = {
    ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a',
    ['5'] = 's', ['7'] = 't', ['@'] = 'a', ['$'] = 's',
    ['!'] = 'i', ['|'] = 'l', ['*'] = '*',
};

static inline uint32_t norm_unleet(uint32_t c)
{
    return c < 0x80 ? norm_unleet_ascii[c] : 0;
}

static size_t norm_put_utf8(char *out, uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    utf8proc_ssize_t k =
        utf8proc_encode_char((utf8proc_int32_t)c, (utf8proc_uint8_t *)out);
    if (k <= 0) {
        out[0] = '?';
        return 1;
    }
    return (size_t)k;
}

/*
 * norm_collapse shortens every run of three or more equal units to one and
 * records where (up to four runs). Returns the new length.
 */
static size_t norm_collapse(uint32_t *m, uint8_t *sub, size_t k, size_t *runs,
                            size_t *nruns)
{
    size_t j = 0;
    *nruns = 0;
    /* most words have no run: then nothing moves */
    size_t f = 2;
    while (f < k && !(m[f] == m[f - 1] && m[f] == m[f - 2]))
        f++;
    if (f >= k)
        return k;
    for (size_t i = 0; i < k;) {
        size_t r = i + 1;
        while (r < k && m[r] == m[i])
            r++;
        size_t keep = (r - i >= 3) ? 1 : r - i;
        if (r - i >= 3 && *nruns < 4)
            runs[(*nruns)++] = j;
        for (size_t q = 0; q < keep; q++) {
            m[j] = m[i];
            sub[j] = sub[i];
            j++;
        }
        i = r;
    }
    return j;
}

/*
 * What the windows of a run of spaced-out letters rt[0..run] can spell,
 * worked out once for the run, so that most windows are not
 * canonicalised at all: a long stretch of single letters ("a b c d ...",
 * 2,500 of them in a post) would otherwise canonicalise every window of
 * up to NORM_MAX_JOIN letters.
 */
struct join_run {
    /* klen[e]: units norm_canon keeps of rt[0..e] joined (disguises
     * undone, runs of three or more as one); a lexicon word's bytes are
     * at least that many */
    size_t klen[NORM_MAX_JOIN + 1];
    /* letters[q]: the letters unit q can stand for in a lexicon word,
     * as a word or through a disguise pattern (screen_lex_letter_bit) */
    uint32_t letters[NORM_MAX_JOIN + 1];
    /* ascii[e]: rt[0..e] are all ASCII */
    bool ascii[NORM_MAX_JOIN + 1];
};

static void join_run_prepare(const struct screen_norm *n,
                             const struct rawtok *rt, size_t run,
                             struct join_run *jr)
{
    uint32_t prev = 0;
    size_t k = 0, same = 0;
    bool ascii = true;
    for (size_t q = 0; q <= run; q++) {
        uint32_t c = n->u_cp[rt[q].u0];
        uint32_t alt = 0; /* what a disguise pattern lets c be */
        if (norm_class(c) != UC_LETTER) {
            uint32_t u = norm_unleet(c);
            if (u) {
                c = u;
                /* norm_canon's pattern: '*' any letter, 'i' i or l
                 * (a vowel when the word starts with '!'), another
                 * vowel any vowel */
                if (u == '*')
                    alt = screen_lex_pattern_bits('*');
                else if (u == 'i')
                    alt = screen_lex_pattern_bits('!') |
                          screen_lex_pattern_bits('?');
                else if (norm_is_vowel(u))
                    alt = screen_lex_pattern_bits('?');
            }
        }
        ascii = ascii && c < 0x80;
        jr->ascii[q] = ascii;
        jr->letters[q] =
            screen_lex_letter_bit((char)(c < 0x80 ? c : 0x80)) | alt;
        same = q > 0 && c == prev ? same + 1 : 1;
        prev = c;
        if (same <= 2)
            k++; /* a single or a double letter stays */
        else if (same == 3)
            k--; /* three of a kind: all become one */
        jr->klen[q] = k;
    }
}

/* Whether the window rt[0..e] of a prepared run may canonicalise to a
 * lexicon word; false only when it cannot: it is longer than every word,
 * or (plain ASCII, nothing collapsed, so its units are the word's bytes)
 * some position fits no word of its length. */
static bool join_may_spell(const struct screen_lex *lx,
                           const struct join_run *jr, size_t e)
{
    if (jr->klen[e] > lx->max_word_len)
        return false;
    size_t k = e + 1;
    if (jr->klen[e] != k || !jr->ascii[e] || k > SCREEN_LEX_MASK_LEN)
        return true;
    for (size_t i = 0; i < k; i++)
        if (!(lx->pos_letters[k][i] & jr->letters[i]))
            return false;
    return true;
}

/* The listed word that an entry made on load spells another way
 * ("pvto"): its bytes, its length as *len and, as *listed, its own
 * entry, or NULL when it is a word of a phrase only ("puta" of "hijo de
 * puta"). */
static const char *norm_spelled(const struct screen_lex *lx,
                                const struct screen_lex_entry *e, size_t *len,
                                const struct screen_lex_entry **listed)
{
    const char *w = lx->terms.data + e->spells - 1;
    *len = strlen(w);
    *listed = screen_lex_word(lx, w, *len);
    return w;
}

/* A canonical word: at most NORM_MAX_WORD units of 4 bytes. */
struct canon {
    char w[NORM_MAX_WORD * 4 + 8];
    size_t len;
    uint32_t flags;
    uint64_t hash; /* screen_hash of w when has_hash */
    int has_hash;
    int has_entry;                    /* entry below is known */
    const struct screen_lex_entry *e; /* the word's lexicon entry or NULL */
};

_Static_assert(sizeof(((struct canon *)0)->w) - 1 <= SCREEN_TOK_MAX_LEN,
               "canonical words fit the feature hasher");

static size_t norm_encode(const uint32_t *c, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += norm_put_utf8(out + k, c[i]);
    out[k] = '\0';
    return k;
}

static void canon_set(struct canon *cw, const char *s, size_t len,
                      uint32_t flags)
{
    cw->has_hash = 0;
    cw->has_entry = 0;
    if (len > sizeof(cw->w) - 1)
        len = sizeof(cw->w) - 1;
    memcpy(cw->w, s, len);
    cw->w[len] = '\0';
    cw->len = len;
    cw->flags = flags;
}

/* The word every @mention that is no lexicon word becomes, with its
 * hash worked out once. */
static uint64_t norm_user_hash;
static pthread_once_t norm_user_once = PTHREAD_ONCE_INIT;

static void norm_user_hash_init(void)
{
    norm_user_hash = screen_hash("_user_", 6, 0);
}

static void canon_set_user(struct canon *cw)
{
    pthread_once(&norm_user_once, norm_user_hash_init);
    canon_set(cw, "_user_", 6, 0);
    cw->hash = norm_user_hash;
    cw->has_hash = 1;
}

/* Sets cw to the listed word that the entry sp spells another way
 * ("pvto" -> "puto"), with that word's own entry if it has one. */
static void canon_set_spelled(struct canon *cw, const struct screen_lex *lx,
                              const struct screen_lex_entry *sp)
{
    const struct screen_lex_entry *e;
    size_t len;
    const char *w = norm_spelled(lx, sp, &len, &e);
    canon_set(cw, w, len, SCREEN_TOK_EVADE | (e ? SCREEN_TOK_LEX : 0));
    cw->has_entry = 1;
    cw->e = e;
}

/* Real words whose doubled vowel, read once, makes a listed word: an
 * English and a Spanish dictionary and the words of the training texts
 * have these three ("the rules are looser now", "moong dal"). */
static bool norm_real_doubled(const char *w, size_t len)
{
    static const char *const real[] = {"looser", "moong", "booner"};
    for (size_t i = 0; i < sizeof(real) / sizeof(*real); i++)
        if (strlen(real[i]) == len && memcmp(real[i], w, len) == 0)
            return true;
    return false;
}

/* The shortest word read with its doubled vowels once ("puto"). */
#define NORM_UNDOUBLED_MIN_LEN 4

/* "puuto", "fuuck", "pendeejo": a word w[0..len) of the lexicon's
 * letters, which is no lexicon word, read with each doubled vowel once,
 * when a screening lexicon (not a training's) has that word. Most real
 * words with a doubled vowel read so as another real word ("shoot",
 * "noose") are words of phrases, not listed words; the few that are not
 * are named in norm_real_doubled. Sets cw and returns true then. */
static bool canon_set_undoubled_at(struct canon *cw,
                                   const struct screen_lex *lx, const char *w,
                                   size_t len, size_t i);

/* Whether the letters w[0..len) have a doubled vowel; its end as *at. */
static inline bool norm_doubled_vowel(const char *w, size_t len, size_t *at)
{
    for (size_t i = 1; i < len; i++)
        if (w[i] == w[i - 1] && norm_is_vowel((unsigned char)w[i])) {
            *at = i;
            return true;
        }
    return false;
}

static inline bool canon_set_undoubled(struct canon *cw,
                                       const struct screen_lex *lx,
                                       const char *w, size_t len)
{
    size_t at;
    if (len <= NORM_UNDOUBLED_MIN_LEN || len > NORM_MAX_WORD || !lx ||
        !lx->screening || !norm_doubled_vowel(w, len, &at))
        return false;
    return canon_set_undoubled_at(cw, lx, w, len, at);
}

/* canon_set_undoubled for a word whose first doubled vowel ends at i. */
static bool canon_set_undoubled_at(struct canon *cw,
                                   const struct screen_lex *lx, const char *w,
                                   size_t len, size_t i)
{
    char t[NORM_MAX_WORD];
    memcpy(t, w, i);
    size_t k = i;
    for (i++; i < len; i++)
        if (w[i] != w[i - 1] || !norm_is_vowel((unsigned char)w[i]))
            t[k++] = w[i];
    if (k < NORM_UNDOUBLED_MIN_LEN || norm_real_doubled(w, len))
        return false;
    const struct screen_lex_entry *e = screen_lex_word(lx, t, k);
    if (!e)
        return false;
    if (e->spells) {
        canon_set_spelled(cw, lx, e);
        return true;
    }
    canon_set(cw, screen_lex_term(lx, e), e->term_len,
              SCREEN_TOK_LEX | SCREEN_TOK_EVADE);
    cw->has_entry = 1;
    cw->e = e;
    return true;
}

/*
 * Step 4 for one token given as units in[0..in_len), of which apostrophes
 * vanish and at most NORM_MAX_WORD are kept. Sets cw; cw->len == 0 means
 * the token disappears (only symbols). With lex_only (a @mention, which
 * is "_user_" unless it is a lexicon word) only a lexicon word is worked
 * out: any other result is left without SCREEN_TOK_LEX.
 */
static void norm_canon(const struct screen_lex *lx, const uint32_t *in,
                       size_t in_len, bool lex_only, struct canon *cw)
{
    uint32_t cps[NORM_MAX_WORD]; /* the units kept */
    uint32_t m[NORM_MAX_WORD];
    uint8_t sub[NORM_MAX_WORD];
    uint8_t cls[NORM_MAX_WORD];
    cw->len = 0;
    cw->flags = 0;
    cw->has_hash = 0;
    cw->has_entry = 0;
    /* Classify the units and map disguised ones, in one pass; tmp gets
     * the mapped units as bytes, which is the word to look up when they
     * are all ASCII and have no run of three (plain) */
    char tmp[NORM_MAX_WORD * 4 + 8];
    size_t n = 0, nl = 0;
    int disguised = 0, star = 0, plain = 1;
    for (size_t j = 0; j < in_len && n < NORM_MAX_WORD; j++) {
        uint32_t c = in[j];
        int k = norm_class(c);
        if (k == UC_APOS)
            continue;
        size_t i = n++;
        uint8_t s = 0;
        cps[i] = c;
        cls[i] = (uint8_t)k;
        if (k == UC_LETTER) {
            nl++;
        } else {
            uint32_t u = norm_unleet(c);
            if (u) {
                c = u;
                s = 1;
                disguised = 1;
                star |= u == '*';
            }
        }
        m[i] = c;
        sub[i] = s;
        tmp[i] = (char)c;
        if (c >= 0x80 || (i >= 2 && c == m[i - 1] && c == m[i - 2]))
            plain = 0;
    }
    if (nl == 0) {
        /* Numbers stay as written; symbol-only tokens vanish. */
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (cls[i] == UC_DIGIT)
                m[k++] = cps[i];
        cw->len = norm_encode(m, k, cw->w);
        return;
    }
    /* Collapse runs of three or more. */
    size_t runs[4];
    size_t nruns = 0;
    size_t k = n, tl = n;
    if (plain) {
        tmp[tl] = '\0';
    } else {
        k = norm_collapse(m, sub, n, runs, &nruns);
        tl = norm_encode(m, k, tmp);
    }
    const struct screen_lex_entry *e = NULL;
    if (lx && lx->n) {
        if (!star) /* a '*' in tmp can only be a disguise */
            e = screen_lex_word(lx, tmp, tl);
        if (!e && disguised && !(cps[0] == '@' && n > 4)) {
            char pat[NORM_MAX_WORD + 1];
            size_t pl = 0;
            int ascii = 1;
            for (size_t i = 0; i < k; i++) {
                if (m[i] >= 0x80)
                    ascii = 0;
                if (!sub[i])
                    pat[pl++] = (char)m[i];
                else if (m[i] == '*')
                    pat[pl++] = '*';
                else if (m[i] == 'i' && cps[0] != '!')
                    pat[pl++] = '!';
                else if (norm_is_vowel(m[i]))
                    pat[pl++] = '?';
                else
                    pat[pl++] = (char)m[i];
            }
            if (ascii)
                e = screen_lex_match(lx, pat, pl);
        }
        for (size_t r = 0; !e && r < nruns; r++) {
            /* "asssss" -> "as" missed: try the run as a double letter */
            uint32_t d[NORM_MAX_WORD + 1];
            size_t dl = 0;
            for (size_t i = 0; i < k; i++) {
                d[dl++] = m[i];
                if (i == runs[r])
                    d[dl++] = m[i];
            }
            char t2[NORM_MAX_WORD * 4 + 12];
            size_t l2 = norm_encode(d, dl, t2);
            e = screen_lex_word(lx, t2, l2);
        }
        /* "fuuuuuck" is "fuck" once the run is collapsed; "fuuck" is
         * not: read its doubled vowels once */
        if (!e && !star && canon_set_undoubled(cw, lx, tmp, tl))
            return;
    }
    if (e && e->spells) {
        canon_set_spelled(cw, lx, e);
        return;
    }
    if (e) {
        uint32_t fl = SCREEN_TOK_LEX;
        if (disguised || nruns || strcmp(screen_lex_term(lx, e), tmp) != 0)
            fl |= SCREEN_TOK_EVADE;
        canon_set(cw, screen_lex_term(lx, e), e->term_len, fl);
        cw->has_entry = 1;
        cw->e = e;
        return;
    }
    if (lex_only)
        return;
    if (!disguised) {
        canon_set(cw, tmp, tl, nruns ? SCREEN_TOK_EVADE : 0);
        return;
    }
    /* A word of a lexicon phrase ("d3" of "hijo d3 puta", "un4" of
     * "merece una bala"): read whole, so the phrase is found */
    if (lx && lx->nwords && !star && screen_lex_phrase_word(lx, tmp, tl)) {
        canon_set(cw, tmp, tl, SCREEN_TOK_EVADE);
        return;
    }
    /* Not a lexicon word: undo only disguises between letters. */
    size_t a = 0, b = n;
    while (a < b && cls[a] != UC_LETTER && cls[a] != UC_DIGIT)
        a++;
    while (b > a && cls[b - 1] != UC_LETTER && cls[b - 1] != UC_DIGIT)
        b--;
    size_t first_l = a, last_l = b;
    while (first_l < b && cls[first_l] != UC_LETTER)
        first_l++;
    while (last_l > a && cls[last_l - 1] != UC_LETTER)
        last_l--;
    k = 0;
    int changed = 0;
    for (size_t i = a; i < b; i++) {
        uint32_t c = cps[i];
        if (cls[i] != UC_LETTER) {
            uint32_t u = norm_unleet(c);
            if (i > first_l && i < last_l && u && u != '*') {
                c = u;
                changed = 1;
            } else if (cls[i] != UC_DIGIT) {
                continue; /* a symbol at the edge: punctuation */
            }
        }
        m[k] = c;
        sub[k] = 0;
        k++;
    }
    k = norm_collapse(m, sub, k, runs, &nruns);
    cw->len = norm_encode(m, k, cw->w);
    cw->flags = changed ? SCREEN_TOK_EVADE : 0;
}

/* Grow text to need bytes at least. */
static int norm_text_reserve(struct screen_norm *n, size_t need)
{
    if (need <= n->cap && n->text)
        return 0;
    size_t c = n->cap ? n->cap : 256;
    while (c < need)
        c *= 2;
    char *t = realloc(n->text, c);
    if (!t)
        return ERR_NOMEM;
    n->text = t;
    n->cap = c;
    return 0;
}

/* Room kept after the text so that a word is copied in whole blocks of 8
 * bytes, past its end. */
#define NORM_EMIT_SLACK 16

/* Appends a token (n->tok has room for it) and its word, the len > 0 bytes at
 * word, to the text; word has room for whole blocks of 8 bytes, past its
 * end (cw->w, or a plain word's letters in u_low). */
static inline int norm_emit_word(struct screen_norm *n, const char *word,
                                 size_t len, uint64_t hash,
                                 const struct screen_lex_entry *e,
                                 uint32_t flags, uint32_t orig_off,
                                 uint32_t orig_end)
{
    if (n->len + len + NORM_EMIT_SLACK > n->cap &&
        norm_text_reserve(n, n->len + len + NORM_EMIT_SLACK))
        return ERR_NOMEM;
    /* locals: stores to text may alias n for the compiler */
    char *text = n->text;
    size_t pos = n->len;
    struct screen_tok *t = &n->tok[n->ntok];
    /* the fields in pairs, on either side of the branch: written all
     * together, the compiler packs the four into a vector register
     * first, which takes more instructions than the stores */
    t->orig_off = orig_off;
    t->orig_len = orig_end - orig_off;
    if (n->ntok > 0)
        text[pos++] = ' ';
    n->ntok++;
    t->off = (uint32_t)pos;
    t->len = (uint32_t)len;
    t->hash = hash;
    t->flags = flags;
    t->lex = e;
    size_t b = screen_word_bit(hash);
    n->word_bits[b >> 6] |= 1ull << (b & 63);
    /* whole blocks of 8 bytes */
    size_t i = 0;
    do { /* len > 0: the first block needs no test */
        memcpy(text + pos + i, word + i, 8);
        i += 8;
    } while (i < len);
    pos += len;
    text[pos] = '\0';
    n->len = pos;
    return 0;
}

/* The one-word lexicon entry of a word by its hash, or NULL. */
static inline const struct screen_lex_entry *
norm_lex_word(const struct screen_lex *lx, uint64_t hash)
{
    if (lx && lx->n && screen_lex_may_be_word(lx, hash)) {
        const struct screen_lex_entry *e =
            screen_lex_find(lx, screen_hash_combine(0, hash), 1);
        return e;
    }
    return NULL;
}

/* Appends a token for the canonical word cw, unless it is empty. */
static int norm_emit(struct screen_norm *n, const struct screen_lex *lx,
                     const struct canon *cw, uint32_t orig_off,
                     uint32_t orig_end, uint32_t flags)
{
    size_t len = cw->len;
    if (len == 0)
        return 0;
    /* cw->w is a multiple of 8 bytes long, as norm_emit_word needs */
    _Static_assert(sizeof(cw->w) % 8 == 0, "canonical words copy by 8");
    uint64_t hash = cw->has_hash ? cw->hash : screen_hash(cw->w, len, 0);
    const struct screen_lex_entry *e =
        cw->has_entry ? cw->e : norm_lex_word(lx, hash);
    if (e && e->spells)
        e = NULL; /* another spelling, kept as written ("pv.to") */
    return norm_emit_word(n, cw->w, len, hash, e, cw->flags | flags, orig_off,
                          orig_end);
}

static int norm_ascii_prefix(const uint32_t *c, size_t n, const char *lit)
{
    size_t i = 0;
    for (; lit[i]; i++)
        if (i >= n || c[i] != (unsigned char)lit[i])
            return 0;
    return (int)i;
}

static int norm_is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xa0 ||
           c == 0x3000;
}

static int norm_joiner(const struct screen_lex *lx, uint32_t c)
{
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == 0xb7 ||
           ((c == '/' || c == ',') && lx->screening);
}

/* The prefix of a link at unit i of units c[0..n) (lower case): its
 * length, or 0. A link starts a text or follows a space or '('. */
static int norm_link_at(const uint32_t *c, size_t n, size_t i)
{
    if ((c[i] != 'h' && c[i] != 'w') ||
        (i > 0 && !norm_is_space(c[i - 1]) && c[i - 1] != '('))
        return 0;
    int p = norm_ascii_prefix(c + i, n - i, "http://");
    if (!p)
        p = norm_ascii_prefix(c + i, n - i, "https://");
    if (!p)
        p = norm_ascii_prefix(c + i, n - i, "www.");
    return p;
}

/*
 * The letters a-z that start a word token at unit j, up to a run of three:
 * where they end, and their upper-case letters in *upper. The split's walk
 * over them also does the fast path's work (norm_canon_plain's), so most
 * words are walked once, not twice: each letter's byte goes to low[] and
 * into the FNV state *fnv. When the token is just these letters, they
 * are its canonical word (see struct rawtok).
 */
static size_t norm_letter_run(const uint32_t *cp, const uint8_t *cls, char *low,
                              size_t j, uint32_t *upper, uint64_t *fnv,
                              uint8_t *doubled)
{
    const size_t first = j;
    uint64_t h = SCREEN_FNV_BASIS;
    uint32_t sum = 0; /* of the class bytes, as in norm_word_end */
    /* c is 64 bits wide as the hash it goes into; the unit after the
     * last (u_cp 0) ends the loop without a count */
    uint64_t c, prev = 0;
    *doubled = 0;
    for (c = cp[j]; c - 'a' < 26u; c = cp[++j]) {
        if (c == prev) { /* rare: a doubled letter */
            if (j - first >= 2 && c == cp[j - 2])
                break; /* a run of three: norm_canon collapses it */
            *doubled |= (uint8_t)norm_is_vowel((uint32_t)c);
        }
        sum += cls[j];
        low[j] = (char)c;
        h = (h ^ c) * SCREEN_FNV_PRIME;
        prev = c;
    }
    uint32_t run = (uint32_t)(j - first);
    *upper = (sum - run) / UC_UPPER;
    *fnv = h;
    return j;
}

/*
 * The end of the word token whose units go on from unit j (its first
 * unit when that is a letter, the one after it otherwise, which the
 * caller counts): it goes on through letters, digits and @ $ *, and
 * through ! | ' between letters. Adds its letters and upper-case letters
 * to *tl, *tu and its digits and '$' to the counts.
 */
static size_t norm_word_end(const uint32_t *cp, const uint8_t *cls, size_t nu,
                            size_t j, uint32_t *tl, uint32_t *tu,
                            uint32_t *n_digits, uint32_t *n_currency)
{
    uint32_t l = 0, u = 0;
    for (;;) {
        /* letters, the common case; the separator after the last unit
         * ends the scan. The class bytes of a run of letters add up to
         * its length plus UC_UPPER times its upper-case letters. */
        const uint8_t *p = cls + j;
        uint32_t sum = 0;
        uint8_t k;
        while (((k = *p) & UC_CLASS) == UC_LETTER) {
            sum += k;
            p++;
        }
        uint32_t run = (uint32_t)(p - (cls + j));
        l += run;
        u += (sum - run) / UC_UPPER;
        j += run;
        if (j >= nu)
            break;
        int cj = k & UC_CLASS;
        if (cj == UC_DIGIT) {
            (*n_digits)++;
        } else if (cj == UC_SUBST) {
            *n_currency += cp[j] == '$';
        } else if (!((cj == UC_INNER || cj == UC_APOS) && j + 1 < nu &&
                     (cls[j - 1] & UC_CLASS) == UC_LETTER &&
                     (cls[j + 1] & UC_CLASS) == UC_LETTER)) {
            break;
        }
        j++;
    }
    *tl = l;
    *tu = u;
    return j;
}

/* Step 2: split the units into raw tokens; fills stats. */
static int norm_split(struct screen_norm *n, size_t nu, struct rawtok **rtp,
                      size_t *nrt, size_t *rtcap)
{
    /* every raw token takes at least one unit */
    if (norm_grow((void **)rtp, rtcap, nu + 1, sizeof(struct rawtok)))
        return ERR_NOMEM;
    struct rawtok *out = *rtp;
    size_t nout = 0;
    const uint32_t *cp = n->u_cp;
    const uint8_t *cls = n->u_cls;
    char *low = n->u_low;
    /* the counts stay in locals until the end: a store to n could alias
     * cp[] for the compiler, which would then read every unit twice */
    uint32_t n_letters = 0, n_upper = 0, n_digits = 0, n_currency = 0;
    uint32_t n_punct_runs = 0, n_emoji = 0, n_links = 0;
    size_t i = 0;
    uint32_t prev_punct = 0;
    while (i < nu) {
        uint32_t c = cp[i];
        int cl = cls[i] & UC_CLASS;
        if (cl == UC_LETTER) {
            /* a word: its letters are counted with the rest of it */
            prev_punct = 0;
        } else {
            /* the most common units, a space and ASCII punctuation
             * other than '?': nothing to count */
            if (c == ' ' || (cl == UC_SEP && c < 0x80 && c != '?')) {
                prev_punct = 0;
                i++;
                continue;
            }
            if (cl == UC_DIGIT)
                n_digits++;
            if (c == '$' || c == 0x20ac || c == 0xa3 || c == 0xa5)
                n_currency++;
            if (c == '!' || c == '?') {
                if (prev_punct == 1)
                    n_punct_runs++;
                prev_punct++;
            } else {
                prev_punct = 0;
            }
            if (cl == UC_SEP || cl == UC_APOS || cl == UC_INNER) {
                i++;
                continue;
            }
        }
        struct rawtok *rt = &out[nout++];
        rt->u0 = (uint32_t)i;
        rt->kind = RT_WORD;
        rt->caps = 0;
        rt->plain = 0;
        rt->doubled = 0;
        if (cl == UC_SYMBOL) {
            rt->kind = RT_SYMBOL;
            n_emoji++;
            i++;
        } else if (norm_link_at(cp, nu, i)) {
            /* of a link's letters only the first counts */
            rt->kind = RT_URL;
            n_links++;
            n_letters++;
            n_upper += cls[i] >> 3;
            while (i < nu && !norm_is_space(cp[i]))
                i++;
        } else {
            uint32_t tl = 0, tu = 0; /* the token's letters, upper-case */
            size_t from = i + 1;
            if (cl == UC_LETTER) {
                from = norm_letter_run(cp, cls, low, i, &tu, &rt->fnv,
                                       &rt->doubled);
                tl = (uint32_t)(from - i);
            }
            if ((cls[from] & UC_CLASS) == UC_SEP && tl > 0) {
                /* the word is its leading letters alone (most words):
                 * norm_word_end would stop at once */
                rt->plain = tl <= NORM_MAX_WORD;
                i = from;
            } else {
                uint32_t more, more_upper;
                i = norm_word_end(cp, cls, nu, from, &more, &more_upper,
                                  &n_digits, &n_currency);
                tl += more;
                tu += more_upper;
            }
            n_letters += tl;
            n_upper += tu;
            if (c == '@' && i - rt->u0 > 1)
                rt->kind = RT_MENTION;
            if (tl >= 2 && tu == tl)
                rt->caps = SCREEN_TOK_CAPS;
        }
        rt->u1 = (uint32_t)i;
        /* prev_punct is 0 after every token, so the space that most
         * often follows one needs no round of the loop */
        if (cp[i] == ' ')
            i++;
    }
    *nrt = nout;
    n->n_letters += n_letters;
    n->n_upper += n_upper;
    n->n_digits += n_digits;
    n->n_currency += n_currency;
    n->n_punct_runs += n_punct_runs;
    n->n_emoji += n_emoji;
    n->n_links += n_links;
    return 0;
}

/*
 * The fast path of step 4, most words: a token of plain ASCII letters
 * and 'ñ' (apostrophes dropped) without a stretched run needs no mapping,
 * only the lexicon lookup; a number of plain digits stays as written.
 * Returns 0, leaving cw unset, for anything else (and for a word with an
 * apostrophe that is in the lexicon: norm_canon says whether it is an
 * evasion).
 * u[len] must be no letter, as the unit after a raw word token is not
 * (the token would have gone on through it).
 */
static int norm_canon_plain(const struct screen_lex *lx, const uint32_t *u,
                            uint32_t len, struct canon *cw)
{
    if (len > NORM_MAX_WORD)
        return 0;
    uint64_t h = SCREEN_FNV_BASIS;
    char *w = cw->w;
    size_t i = 0;
    /* letters only, nearly every word, in the tightest loop: u[len] is
     * no letter, so it ends the loop without a count; c is 64 bits wide
     * as the hash it goes into */
    for (uint64_t c = u[0], prev = 0; c - 'a' < 26u; c = u[++i]) {
        if (c == prev && i >= 2 && c == u[i - 2])
            break; /* a run of three: norm_canon collapses it */
        w[i] = (char)c;
        h ^= c;
        h *= SCREEN_FNV_PRIME;
        prev = c;
    }
    size_t k = i;
    uint32_t seen = i ? 1 : 0; /* 1 letters, 2 digits, 4 apostrophes */
    uint32_t p1 = 0, p2 = 0;   /* the two units before */
    if (i < len) {             /* most words ended in the loop above */
        p1 = i >= 1 ? u[i - 1] : 0;
        p2 = i >= 2 ? u[i - 2] : 0;
    }
    for (; i < len; i++) {
        uint32_t c = u[i];
        if (c - 'a' < 26u) {
            if (c == p1 && c == p2)
                return 0; /* a run of three to collapse */
            seen |= 1;
        } else if (c == 0xf1) {
            /* 'ñ', the one letter beyond ASCII that Spanish words keep:
             * its two bytes in UTF-8, as norm_canon would write them */
            if (c == p1 && c == p2)
                return 0;
            seen |= 1;
            w[k++] = (char)0xc3;
            w[k++] = (char)0xb1;
            h = (h ^ 0xc3) * SCREEN_FNV_PRIME;
            h = (h ^ 0xb1) * SCREEN_FNV_PRIME;
            p2 = p1;
            p1 = c;
            continue;
        } else if (c - '0' < 10u) {
            seen |= 2;
        } else if (c == '\'' || c == 0x2019) {
            seen |= 4;
            continue;
        } else {
            return 0;
        }
        w[k++] = (char)c;
        h = (h ^ c) * SCREEN_FNV_PRIME;
        p2 = p1;
        p1 = c;
    }
    if ((seen & 3) == 3)
        return 0; /* "f0ck", "covid19": norm_canon decides */
    int digits = seen & 2, apos = seen & 4;
    cw->w[k] = '\0';
    cw->len = k;
    cw->hash = screen_mix(h); /* = screen_hash(cw->w, k, 0) */
    cw->has_hash = 1;
    cw->flags = 0;
    if (digits) { /* as norm_canon leaves a number: looked up when emitted */
        cw->has_entry = 0;
        return 1;
    }
    cw->has_entry = 1;
    cw->e = NULL;
    if (lx && lx->n && screen_lex_may_be_word(lx, cw->hash))
        cw->e = screen_lex_find(lx, screen_hash_combine(0, cw->hash), 1);
    if (cw->e) {
        if (apos)
            return 0;
        cw->flags = SCREEN_TOK_LEX;
        if (cw->e->spells) /* "pvto" reads "puto" */
            canon_set_spelled(cw, lx, cw->e);
    } else if (!apos) {
        canon_set_undoubled(cw, lx, cw->w, k); /* "puuto" reads "puto" */
    }
    return 1;
}

/*
 * The fast path of a @mention (u[0] is '@'), which is "_user_" unless it
 * reads as a lexicon word: when the name after the '@' is ASCII letters
 * and digits, with a letter, no run of three once '@' reads 'a' and the
 * digits their letters, and more than four units (so norm_canon would try
 * no disguise pattern), norm_canon would look up just that word. Sets cw
 * and returns 1 then; returns 0, leaving cw unset, for anything else.
 */
static int norm_mention_plain(const struct screen_lex *lx, const uint32_t *u,
                              uint32_t len, struct canon *cw)
{
    if (len <= 4 || len > NORM_MAX_WORD)
        return 0;
    char w[NORM_MAX_WORD + 1];
    uint64_t h = SCREEN_FNV_BASIS;
    uint32_t letters = 0;
    w[0] = 'a';
    h = (h ^ 'a') * SCREEN_FNV_PRIME;
    for (uint32_t i = 1; i < len; i++) {
        uint32_t c = u[i];
        if (c - 'a' < 26u) {
            letters++;
        } else if (c - '0' < 10u) {
            if (norm_unleet(c))
                c = norm_unleet(c);
        } else {
            return 0;
        }
        if (i >= 2 && c == (unsigned char)w[i - 1] &&
            c == (unsigned char)w[i - 2])
            return 0; /* a run of three to collapse */
        w[i] = (char)c;
        h = (h ^ c) * SCREEN_FNV_PRIME;
    }
    const struct screen_lex_entry *e = NULL;
    if (letters && lx && lx->n) {
        uint64_t wh = screen_mix(h); /* = screen_hash(w, len, 0) */
        if (screen_lex_may_be_word(lx, wh))
            e = screen_lex_find(lx, screen_hash_combine(0, wh), 1);
    }
    if (e && e->spells) /* "@pvto": a listed word, if any */
        norm_spelled(lx, e, &(size_t){0}, &e);
    if (e) {
        /* the '@' was a disguise */
        canon_set(cw, screen_lex_term(lx, e), e->term_len,
                  SCREEN_TOK_LEX | SCREEN_TOK_EVADE);
        cw->has_entry = 1;
        cw->e = e;
    } else {
        canon_set_user(cw);
    }
    return 1;
}

/* An empty result: no text, no tokens, no counts. */
static int norm_reset(struct screen_norm *n, const struct screen_lex *lx)
{
    n->len = 0;
    n->ntok = 0;
    n->lx = lx;
    n->n_letters = n->n_upper = n->n_links = n->n_currency = 0;
    n->n_punct_runs = n->n_emoji = n->n_digits = 0;
    memset(n->word_bits, 0, sizeof(n->word_bits));
    if (!n->any && !(n->any = malloc(sizeof(*n->any))))
        return ERR_NOMEM;
    n->any->n = 0;
    if (norm_text_reserve(n, 64))
        return ERR_NOMEM;
    n->text[0] = '\0';
    return 0;
}

/*
 * Step 3: whether the one-letter word rt[0] begins spaced-out letters
 * that spell a lexicon word ("f u c k"), joining at most NORM_MAX_JOIN
 * of the nrt raw tokens from rt[0]. Returns how many tokens after rt[0]
 * the word takes in, with cw set and *end the original end of the last;
 * 0 if none.
 */
static size_t norm_join(const struct screen_norm *n,
                        const struct screen_lex *lx, const struct rawtok *rt,
                        size_t nrt, int ident, struct canon *cw, uint32_t *end)
{
    const uint32_t *cp = n->u_cp;
    size_t run = 0;
    uint32_t sep = 0; /* the joiner between the letters */
    /* capped: "a a a a ..." must stay linear */
    while (run + 1 < nrt && run < NORM_MAX_JOIN) {
        const struct rawtok *q = &rt[run + 1];
        if (q->kind != RT_WORD || q->u1 - q->u0 != 1 || q->u0 - rt[run].u1 != 1)
            break; /* not one letter, one unit after the one before */
        uint32_t c = cp[q->u0 - 1];
        if (!norm_joiner(lx, c) || (run > 0 && c != sep))
            break;
        sep = c;
        run++;
    }
    if (run < 2)
        return 0;
    struct join_run jr;
    join_run_prepare(n, rt, run, &jr);
    for (size_t e = run; e >= 2; e--) {
        if (!join_may_spell(lx, &jr, e))
            continue;
        uint32_t units[NORM_MAX_WORD];
        size_t k = 0;
        for (size_t q = 0; q <= e && k < NORM_MAX_WORD; q++)
            units[k++] = n->u_cp[rt[q].u0];
        norm_canon(lx, units, k, false, cw);
        if (cw->flags & SCREEN_TOK_LEX) {
            *end = norm_end(n, ident, rt[e].u1 - 1);
            return e;
        }
    }
    return 0;
}

int screen_normalize(struct screen_norm *n, const struct screen_lex *lx,
                     const char *s, size_t len)
{
    if (norm_reset(n, lx))
        return ERR_NOMEM;
    int ident;
    long nu = norm_decode(n, s, len, &ident);
    if (nu < 0)
        return ERR_NOMEM;
    n->ascii = ident;
    struct rawtok *rt = n->rt;
    size_t nrt = 0;
    int rc = norm_split(n, (size_t)nu, &rt, &nrt, &n->rtcap);
    n->rt = rt;
    if (rc)
        return rc;
    /* each raw token makes one token at most */
    if (norm_grow((void **)&n->tok, &n->tokcap, nrt, sizeof(struct screen_tok)))
        return ERR_NOMEM;
    struct canon cw;
    const bool can_join = lx && lx->n;
    for (size_t t = 0; t < nrt; t++) {
        const struct rawtok *r = &rt[t];
        uint32_t o0 = norm_off(n, ident, r->u0);
        uint32_t o1 = norm_end(n, ident, r->u1 - 1);
        uint32_t flags = 0;
        size_t joined = 0;
        if (can_join && r->kind == RT_WORD && r->u1 - r->u0 == 1)
            joined = norm_join(n, lx, r, nrt - t, ident, &cw, &o1);
        if (joined) {
            flags = SCREEN_TOK_EVADE;
            t += joined;
        } else if (r->kind == RT_URL) {
            canon_set(&cw, "_url_", 5, 0);
        } else if (r->kind == RT_SYMBOL) {
            cw.len = norm_encode(n->u_cp + r->u0, 1, cw.w);
            cw.flags = 0;
            cw.has_hash = 0;
            cw.has_entry = 0;
        } else if (r->kind == RT_MENTION) {
            const uint32_t *u = n->u_cp + r->u0;
            if (!norm_mention_plain(lx, u, r->u1 - r->u0, &cw)) {
                norm_canon(lx, u, r->u1 - r->u0, true, &cw);
                if (!(cw.flags & SCREEN_TOK_LEX))
                    canon_set_user(&cw);
            }
        } else if (r->plain) {
            /* the split has worked out the word (struct rawtok): what
             * norm_canon_plain would give, with only the lexicon probe
             * left to do, emitted from registers, not through cw */
            const char *word = n->u_low + r->u0;
            size_t wlen = r->u1 - r->u0;
            if (wlen == 3 && memcmp(word, "url", 3) == 0) {
                /* the word "url" counts as a link */
                canon_set(&cw, "_url_", 5, 0);
                n->n_links++;
                flags = r->caps;
            } else {
                uint64_t hash = screen_mix(r->fnv); /* = screen_hash */
                const struct screen_lex_entry *e = norm_lex_word(lx, hash);
                if (e && e->spells) {
                    canon_set_spelled(&cw, lx, e); /* "pvto" reads "puto" */
                } else if (e || !r->doubled ||
                           !canon_set_undoubled(&cw, lx, word, wlen)) {
                    uint32_t fl = r->caps | (e ? SCREEN_TOK_LEX : 0);
                    rc = norm_emit_word(n, word, wlen, hash, e, fl, o0, o1);
                    if (rc)
                        return rc;
                    continue;
                } /* else "puuto" reads "puto" */
                flags = r->caps;
            }
        } else {
            const uint32_t *u = n->u_cp + r->u0;
            if (!norm_canon_plain(lx, u, r->u1 - r->u0, &cw))
                norm_canon(lx, u, r->u1 - r->u0, false, &cw);
            if (cw.len == 3 && memcmp(cw.w, "url", 3) == 0) {
                /* the word "url" counts as a link */
                canon_set(&cw, "_url_", 5, 0);
                n->n_links++;
            }
            flags = r->caps;
        }
        rc = norm_emit(n, lx, &cw, o0, o1, flags);
        if (rc)
            return rc;
    }
    return 0;
}
