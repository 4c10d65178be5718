/*
 * names.c - see names.h. utf8proc does the Unicode work (NFKC, case fold,
 * mark stripping); util/confusable.h maps the letters that look Latin but
 * are not, which is how impostors usually spell a moderator's name.
 *
 * Capitals are mapped before case folding: folding turns Greek "Μ" into
 * "μ", which no Latin letter resembles, and "Ν" into "ν", which reads as a
 * "v". So a name is first put in NFKC (so that a compatibility form of a
 * capital, fullwidth or mathematical, is that capital), its look-alike
 * capitals replaced by Latin letters, and only then case folded and its
 * look-alike small letters mapped.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "core/names.h"
#include "util/confusable.h"

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

/* NAME_FOLD_MAX: the longest name folded (bytes of UTF-8 after NFKC, with
 * its capitals mapped); names are far shorter (reader_names.c). */
#define NAME_FOLD_MAX 65536

/* capitals_mapped appends name in NFKC to out, with each capital that
 * passes for a Latin one replaced by that letter in lower case. */
static int capitals_mapped(const char *name, size_t len, struct buf *out)
{
    utf8proc_uint8_t *nfkc = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)name, (utf8proc_ssize_t)len, &nfkc,
        UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE);
    if (n < 0)
        return ERR_INVALID;
    utf8proc_ssize_t i = 0;
    while (i < n) {
        int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(nfkc + i, n - i, &c);
        if (k <= 0)
            break;
        uint32_t latin = confusable_capital((uint32_t)c);
        if (latin)
            buf_addc(out, (char)latin);
        else
            buf_add(out, nfkc + i, (size_t)k);
        i += k;
    }
    free(nfkc);
    return buf_failed(out);
}

/* fold_into: names_fold, or with words set names_fold_words. */
static int fold_into(const char *name, size_t len, bool words, struct buf *out)
{
    size_t start = out->len;
    struct buf pre;
    buf_init(&pre, NAME_FOLD_MAX);
    int ret = capitals_mapped(name, len, &pre);
    if (ret) {
        buf_release(&pre);
        return ret;
    }
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)pre.data, (utf8proc_ssize_t)pre.len, &folded,
        UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
            UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    buf_release(&pre);
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
        if (!mapped && (uint32_t)c >= 0x80) {
            uint32_t latin = confusable_small((uint32_t)c);
            if (latin != (uint32_t)c)
                mapped = (char)latin;
        }
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
