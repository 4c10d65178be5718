/*
 * me.h - a reader's export and erasure (me.c), shared by the /me pages
 * and the embed widget's "Your data" (embed.c), which cannot use the
 * pages when the widget's cookie lives only inside another site.
 */
#ifndef CHARLA_API_ME_H
#define CHARLA_API_ME_H

#include <stdbool.h>
#include <stddef.h>

#include "api/app.h"

/*
 * me_export answers the JSON of every comment written with the reader
 * token hash (NULL: none), as a download ("my-comments.json"); 503 if
 * the store fails.
 */
void me_export(struct app *app, struct http_req *req, struct http_resp *resp,
               const char *hash);

/*
 * me_erase_all erases every comment of hash as /me/erase does (see me.c):
 * text and name gone for good, a tombstone left. *erased gets how many
 * had something left to erase. Returns 0 or a negative err (what was
 * erased stays erased). The caller clears the cookie.
 */
MUST_CHECK int me_erase_all(struct app *app, struct http_req *req,
                            const char *hash, size_t *erased);

/*
 * me_erased_message: "Done: N comments erased, ..." in the current
 * language, in the request's arena.
 */
const char *me_erased_message(struct http_req *req, size_t erased);

/*
 * me_erase_refused answers an erase form refused before it was handled
 * (the flood limits, limits.c) as a refused confirmation is answered: the
 * reader's page with message above the erase form and the word the
 * reader typed still in it, with status. Nothing is erased. false, with
 * nothing answered, when the form cannot be shown again (sent from
 * another site, a body that is no form): the caller answers the plain
 * page.
 */
bool me_erase_refused(struct app *app, struct http_req *req,
                      struct http_resp *resp, int status, const char *message);

/*
 * me_confirmed: v (n bytes) is the confirmation word of one of the
 * site's languages, in any case, with the spaces around it that a
 * phone's keyboard adds.
 */
bool me_confirmed(const char *v, size_t n);

#endif
