/*
 * datafile.c - read one of the screening data files (labelled rows, word
 * lists, sentence templates) whole, with an error message that names it.
 */
#include <errno.h>
#include <string.h>

#include "screen/screen_int.h"

int screen_read_file(const char *path, struct buf *out, bool missing_ok,
                     struct buf *err)
{
    int rc = buf_add_file(out, path);
    if (rc == 0 || (rc == ERR_NOTFOUND && missing_ok))
        return rc;
    if (rc == ERR_NOTFOUND)
        buf_addf(err, "%s: no such file", path);
    else if (rc == ERR_IO)
        buf_addf(err, "%s: %s", path, strerror(errno));
    else if (rc == ERR_TOOBIG)
        buf_addf(err, "%s: larger than %zu bytes", path, out->max);
    else
        buf_addf(err, "%s: out of memory", path);
    return rc;
}
