/*
 * err.h - the error codes every fallible function in charla returns.
 *
 * A function that can fail returns int: 0 on success or one of the negative
 * values below. MUST_CHECK makes the compiler complain when a caller drops
 * the result on the floor.
 */
#ifndef CHARLA_UTIL_ERR_H
#define CHARLA_UTIL_ERR_H

enum err {
    ERR_OK = 0,
    ERR_NOMEM = -1,    /* an allocation failed */
    ERR_INVALID = -2,  /* the input broke a rule; the caller explains */
    ERR_NOTFOUND = -3, /* no such row, file or key */
    ERR_DB = -4,       /* the store failed */
    ERR_TOOBIG = -5,   /* the input exceeds its size limit */
    ERR_CONFLICT = -6, /* the change conflicts with what is stored */
    ERR_IO = -7,       /* a read or write on a file failed */
    ERR_FORBIDDEN = -8 /* the caller may not do this */
};

#define MUST_CHECK __attribute__((warn_unused_result))

/* err_name returns a short static name for an error code ("ERR_NOMEM"). */
const char *err_name(int err);

#endif
