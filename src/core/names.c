/*
 * names.c - see names.h. utf8proc does the Unicode work (NFKC, case fold,
 * mark stripping); a small table maps the letters that look Latin but are
 * not, which is how impostors usually spell a moderator's name.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "core/names.h"

struct lookalike {
    int32_t from;
    char to;
};

/* Cyrillic and Greek letters (already case folded) that pass for Latin. */
static const struct lookalike lookalikes[] = {
    {0x0430, 'a'}, {0x0432, 'b'}, {0x0435, 'e'}, {0x0451, 'e'}, {0x043A, 'k'},
    {0x043C, 'm'}, {0x043D, 'h'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'},
    {0x0442, 't'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0456, 'i'}, {0x0458, 'j'},
    {0x0455, 's'}, {0x04CF, 'l'}, {0x03B1, 'a'}, {0x03B2, 'b'}, {0x03B5, 'e'},
    {0x03B7, 'n'}, {0x03B9, 'i'}, {0x03BA, 'k'}, {0x03BD, 'v'}, {0x03BF, 'o'},
    {0x03C1, 'p'}, {0x03C4, 't'}, {0x03C5, 'u'}, {0x03C7, 'x'}, {0x0261, 'g'},
    {0x0131, 'i'},
};

static char digit_as_letter(int32_t c)
{
    switch (c) {
    case '0':
        return 'o';
    case '1':
        return 'l';
    case '3':
        return 'e';
    case '4':
        return 'a';
    case '5':
        return 's';
    case '7':
        return 't';
    }
    return 0;
}

/* fold_into: names_fold, or with words set names_fold_words. */
static int fold_into(const char *name, size_t len, bool words, struct buf *out)
{
    size_t start = out->len;
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)name, (utf8proc_ssize_t)len, &folded,
        UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
            UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    if (n < 0)
        return ERR_INVALID;
    utf8proc_ssize_t i = 0;
    while (i < n) {
        int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(folded + i, n - i, &c);
        if (k <= 0)
            break;
        i += k;
        char mapped = digit_as_letter(c);
        for (size_t j = 0;
             !mapped && j < sizeof(lookalikes) / sizeof(lookalikes[0]); j++)
            if (lookalikes[j].from == c)
                mapped = lookalikes[j].to;
        if (mapped) {
            buf_addc(out, mapped);
            continue;
        }
        utf8proc_category_t cat = utf8proc_category(c);
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t el = utf8proc_encode_char(c, enc);
            buf_add(out, enc, (size_t)el);
        } else if (cat == UTF8PROC_CATEGORY_ND) {
            buf_addc(out, (char)c);
        } else if (words && out->len > start &&
                   out->data[out->len - 1] != ' ') {
            buf_addc(out, ' ');
        }
    }
    if (words && out->len > start && out->data[out->len - 1] == ' ')
        buf_truncate(out, out->len - 1);
    free(folded);
    return buf_failed(out);
}

int names_fold(const char *name, size_t len, struct buf *out)
{
    return fold_into(name, len, false, out);
}

int names_fold_words(const char *name, size_t len, struct buf *out)
{
    return fold_into(name, len, true, out);
}
