/*
 * pg.c - the PostgreSQL backend (libpq).
 *
 * NEEDSWORK: not implemented yet; store_open refuses postgres:// URLs with
 * a clear message until it lands.
 */
#include "store/store.h"

struct store *store_pg_open(const char *url, struct buf *err)
{
    buf_adds(err, "the PostgreSQL backend is not available in this build");
    return NULL;
}
