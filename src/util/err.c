/*
 * err.c - names for error codes, for logs and CLI messages.
 */
#include "util/err.h"

const char *err_name(int err)
{
    switch (err) {
    case ERR_OK:
        return "ok";
    case ERR_NOMEM:
        return "out of memory";
    case ERR_INVALID:
        return "invalid input";
    case ERR_NOTFOUND:
        return "not found";
    case ERR_DB:
        return "database error";
    case ERR_TOOBIG:
        return "too big";
    case ERR_CONFLICT:
        return "conflict";
    case ERR_IO:
        return "i/o error";
    case ERR_FORBIDDEN:
        return "forbidden";
    }
    return "unknown error";
}
