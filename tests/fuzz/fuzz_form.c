/*
 * fuzz_form.c - form_parse on urlencoded bodies and query strings.
 *
 * Checks what form.h promises: a bounded field count, NUL-terminated names
 * and values, value_len that matches the decoded bytes, and form_get
 * finding the first field of a name.
 */
#include "fuzz_util.h"
#include "http/form.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena a;
    struct form f;
    arena_init(&a, 1u << 24);
    int ret = form_parse((const char *)data, size, &a, &f);
    if (ret == 0) {
        if (f.count > FORM_MAX_FIELDS)
            fuzz_die("too many fields");
        for (size_t i = 0; i < f.count; i++) {
            const struct form_field *fl = &f.fields[i];
            if (!fl->name || !fl->value)
                fuzz_die("NULL name or value");
            if (fl->value[fl->value_len] != '\0')
                fuzz_die("value not NUL-terminated at value_len");
            if (fl->value_len > size)
                fuzz_die("value longer than the input");
            const struct form_field *g = form_get(&f, fl->name);
            if (!g || g > fl || strcmp(g->name, fl->name) != 0)
                fuzz_die("form_get misses a field");
        }
        (void)form_get(&f, "body");
    } else if (ret != ERR_TOOBIG && ret != ERR_INVALID && ret != ERR_NOMEM) {
        fuzz_die("unexpected error code");
    }
    arena_release(&a);
    return 0;
}
