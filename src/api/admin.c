/*
 * admin.c - the staff pages under /admin. Every page works without
 * JavaScript; web/admin.js adds keyboard actions to the queue.
 */
#include "api/auth.h"
#include "api/mod_api.h"
#include "render/msg.h"

void admin_route(struct app *app, struct http_req *req,
                 struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL, AUTH_HTML,
                    &se))
        return;
    respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
}
