/*
 * embed.c - embed mode: charla's discussion on pages that live elsewhere.
 * NEEDSWORK: being written; until then nothing is embedded and no origin
 * is allowed.
 */
#include "api/mod_api.h"
#include "render/msg.h"

void embed_route(struct app *app, struct http_req *req,
                 struct http_resp *resp)
{
    respond_json_error(resp, 404, "not_found", "Embedding is not set up.");
}

bool embed_cors(struct app *app, struct http_req *req, struct http_resp *resp)
{
    return false;
}
