/*
 * pages_delete.c - GET and POST /comments/{id}/delete: a reader deletes
 * their own comment from a page, without JavaScript, within the author's
 * window (MOD_AUTHOR_DELETE_WINDOW_S). The notice shown after posting
 * links here. Who the author is comes from the reader cookie alone, as
 * for DELETE /api/v1/comments/{id}.
 */
#include <string.h>

#include "api/app.h"
#include "api/mod_api.h"
#include "render/msg.h"
#include "render/page.h"

#define HTML_TYPE "text/html; charset=utf-8"

void pages_author_delete(struct app *app, struct http_req *req,
                         struct http_resp *resp, int64_t id)
{
    struct comment c;
    struct article art;
    if (!pages_visible_comment(app, req, resp, id, &c, &art))
        return;
    bool post = strcmp(req->method, "POST") == 0;
    if (post && !respond_unless_own_page(app, req, resp))
        return;
    resp->content_type = HTML_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    const char *refusal = NULL;
    switch (author_may_delete(app, req, &c)) {
    case AUTHOR_DELETE_NOT_YOURS:
        refusal = msg_get(MSG_API_NOT_YOURS);
        break;
    case AUTHOR_DELETE_TOO_LATE:
        refusal = msg_get(MSG_API_TOO_LATE);
        break;
    case AUTHOR_DELETE_OK:
        break;
    }
    if (refusal) {
        resp->status = 403;
        page_author_delete(&resp->body, &app->site, &c, &art, refusal, false);
        return;
    }
    if (!post) {
        page_author_delete(&resp->body, &app->site, &c, &art, NULL, false);
        return;
    }
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = author_delete(app, &c, &msg);
    if (ret) {
        resp->status = mod_error_status(ret);
        page_author_delete(&resp->body, &app->site, &c, &art, msg.data, false);
    } else {
        page_author_delete(&resp->body, &app->site, &c, &art, NULL, true);
    }
    buf_release(&msg);
}
