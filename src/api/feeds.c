/*
 * feeds.c - Atom feeds of articles and comments.
 * NEEDSWORK: not written yet.
 */
#include "api/hooks.h"

void feeds_route(struct app *app, struct http_req *req,
                 struct http_resp *resp)
{
    respond_json_error(resp, 404, "not_found", "No feeds yet.");
}
