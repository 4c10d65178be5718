/*
 * form.h - parsing application/x-www-form-urlencoded bodies and query
 * strings, bounded and allocation-checked, into arena memory.
 */
#ifndef CHARLA_HTTP_FORM_H
#define CHARLA_HTTP_FORM_H

#include <stddef.h>

#include "util/arena.h"
#include "util/err.h"

#define FORM_MAX_FIELDS 64

struct form_field {
    const char *name;
    const char *value; /* decoded, CRLF and CR made LF; NUL-ends */
    size_t value_len;  /* bytes, since a value may hold %00 */
};

struct form {
    struct form_field fields[FORM_MAX_FIELDS];
    size_t count;
};

/*
 * form_parse decodes s[0..len) ("a=1&b=x%20y"); '+' means space; CRLF and
 * a lone CR in a value become LF (a textarea is sent with CRLF). Returns 0,
 * ERR_TOOBIG for more than FORM_MAX_FIELDS fields, ERR_INVALID for a bad
 * percent escape, ERR_NOMEM.
 */
MUST_CHECK int form_parse(const char *s, size_t len, struct arena *a,
                          struct form *out);

/* form_get returns the first field called name, or NULL. */
const struct form_field *form_get(const struct form *f, const char *name);

#endif
