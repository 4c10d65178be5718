/*
 * me_list.h - the reader's own comments, listed on /me (me_list.c).
 */
#ifndef CHARLA_API_ME_LIST_H
#define CHARLA_API_ME_LIST_H

#include <stdint.h>

#include "api/app.h"

/* Comments a page of the list shows; the link to older ones says where the
 * next page starts (?before=ID). */
#define ME_LIST_PAGE 50

/*
 * me_list_before reads the ?before= parameter of /me: NULL (absent) is 0,
 * the newest page; otherwise a comment id, 1 to 19 digits with no sign.
 * Returns 0, or ERR_INVALID for anything else (the caller answers 400).
 */
MUST_CHECK int me_list_before(const char *value, int64_t *before);

/*
 * me_list_section writes the "Your comments" section of /me into b for the
 * reader whose token hash is hash: at most ME_LIST_PAGE of their comments
 * with an id below before (0: the newest), newest first, and links to the
 * older and the newest ones. It reads the store itself; a store failure
 * becomes a line saying the list could not be read.
 */
void me_list_section(struct app *app, struct http_req *req, struct buf *b,
                     const char *hash, int64_t before);

#endif
