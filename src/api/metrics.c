/*
 * metrics.c - Prometheus metrics of the process.
 * NEEDSWORK: not collected yet.
 */
#include "api/hooks.h"

void metrics_observe(struct app *app, struct http_req *req,
                     struct http_resp *resp, double ms)
{
}

void metrics_route(struct app *app, struct http_req *req,
                   struct http_resp *resp)
{
    respond_json_error(resp, 404, "not_found", "No metrics yet.");
}
