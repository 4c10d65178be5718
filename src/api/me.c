/*
 * me.c - what a reader can do about their own data: export and erasure.
 * NEEDSWORK: not written yet.
 */
#include "api/hooks.h"

void me_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    respond_json_error(resp, 404, "not_found", "Not available yet.");
}
