/*
 * i18n.c - chooses the language of each request.
 * NEEDSWORK: English only for now.
 */
#include "api/hooks.h"

void i18n_select(struct app *app, struct http_req *req,
                 struct http_resp *resp)
{
}
