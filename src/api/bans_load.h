/*
 * bans_load.h - the bans in force with the comment each was for (and the
 * reader's handle in its article), for the bans page and the JSON API
 * alike. What a ban shows of a reader is what the queue shows: the
 * pseudonymous handle and the name they typed, never a token or an IP.
 */
#ifndef CHARLA_API_BANS_LOAD_H
#define CHARLA_API_BANS_LOAD_H

#include "api/app.h"
#include "render/page_admin.h"

/* Memory from req->arena. Returns 0 or a negative err. */
MUST_CHECK int bans_load(struct app *app, struct http_req *req,
                         struct ban_item **out, size_t *n);

/*
 * bans_of_comments: the bans in force of the authors of the n comments
 * cs (those with an author hash), one per reader, ordered by author hash
 * as store_bans_of orders them, however many bans the site has in force.
 * Memory from req->arena. Returns 0 or a negative err.
 */
MUST_CHECK int bans_of_comments(struct app *app, struct http_req *req,
                                const struct comment *cs, size_t n,
                                struct ban **out, size_t *nout);

#endif
