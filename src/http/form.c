/*
 * form.c - urlencoded form parsing; see form.h. Every escape is checked,
 * so a malformed body is refused instead of half-read, and every value
 * comes out with LF line ends, so no handler has to remember CRLF.
 */
#include <string.h>

#include "http/form.h"
#include "util/str.h"

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* decode percent-decodes s[0..len) into arena memory, with line ends
 * made LF: a textarea arrives with CRLF, and no field keeps a CR. */
static char *decode(const char *s, size_t len, struct arena *a, size_t *out_len,
                    int *err)
{
    char *out = arena_alloc(a, len + 1);
    size_t n = 0;
    if (!out) {
        *err = ERR_NOMEM;
        return NULL;
    }
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '+') {
            out[n++] = ' ';
        } else if (s[i] == '%') {
            int hi = i + 1 < len ? hexval(s[i + 1]) : -1;
            int lo = i + 2 < len ? hexval(s[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                *err = ERR_INVALID;
                return NULL;
            }
            out[n++] = (char)(hi << 4 | lo);
            i += 2;
        } else {
            out[n++] = s[i];
        }
    }
    *out_len = str_lf_lines(out, n);
    return out;
}

int form_parse(const char *s, size_t len, struct arena *a, struct form *out)
{
    size_t i = 0;
    int err = 0;

    out->count = 0;
    while (i < len) {
        size_t end = i;
        while (end < len && s[end] != '&')
            end++;
        if (end > i) {
            size_t eq = i;
            while (eq < end && s[eq] != '=')
                eq++;
            if (out->count == FORM_MAX_FIELDS)
                return ERR_TOOBIG;
            struct form_field *f = &out->fields[out->count];
            size_t name_len;
            f->name = decode(s + i, eq - i, a, &name_len, &err);
            if (!f->name)
                return err;
            if (eq < end)
                f->value =
                    decode(s + eq + 1, end - eq - 1, a, &f->value_len, &err);
            else
                f->value = decode("", 0, a, &f->value_len, &err);
            if (!f->value)
                return err;
            out->count++;
        }
        i = end + 1;
    }
    return 0;
}

const struct form_field *form_get(const struct form *f, const char *name)
{
    for (size_t i = 0; i < f->count; i++)
        if (strcmp(f->fields[i].name, name) == 0)
            return &f->fields[i];
    return NULL;
}
