/*
 * admin_webhooks.c - GET /admin/webhooks: the delivery log kept in memory
 * by src/http/webhook.c, for moderators.
 */
#include "api/admin_int.h"
#include "http/webhook.h"
#include "render/page_admin.h"

void admin_webhooks_page(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    struct webhook_record *r =
        arena_alloc(&req->arena, WEBHOOK_LOG_SIZE * sizeof(*r));
    size_t n = r ? webhook_log(r, WEBHOOK_LOG_SIZE) : 0;
    const char *url = "";
    if (store_setting_get(app->store, "webhook_url", &req->arena, &url))
        url = "";
    struct admin_ctx ctx;
    admin_page_begin(app, &se, resp, 200, NULL, NULL, &ctx);
    page_admin_webhooks(&resp->body, &ctx, r, n, url);
}
