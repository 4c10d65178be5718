/*
 * pages_delete.c - GET and POST /comments/{id}/delete: a reader deletes
 * their own comment from a page, without JavaScript, within the author's
 * window (MOD_AUTHOR_DELETE_WINDOW_S). The notice shown after posting
 * links here. Who the author is comes from the reader cookie alone, as
 * for DELETE /api/v1/comments/{id}.
 *
 * A comment awaiting review is not in its thread, but its author may still
 * delete it (the list on /me links here): the page answers for it only to
 * the reader whose token wrote it, and as "not found" to anyone else, so
 * that it tells nobody else that a held comment exists.
 */
#include <string.h>

#include "api/app.h"
#include "api/mod_api.h"
#include "render/msg.h"
#include "render/page.h"

#define HTML_TYPE "text/html; charset=utf-8"

/* own_comment_awaiting_review: true (c and art loaded) if the comment is
 * pending or held, in a published article, and this request's reader
 * wrote it. */
static bool own_comment_awaiting_review(struct app *app, struct http_req *req,
                                        int64_t id, struct comment *c,
                                        struct article *art)
{
    return store_comment_get(app->store, id, &req->arena, c) == 0 &&
           comment_status_awaits_review(c->status) &&
           author_may_delete(app, req, c) != AUTHOR_DELETE_NOT_YOURS &&
           store_article_get(app->store, c->article_id, &req->arena, art) ==
               0 &&
           art->is_published;
}

void pages_author_delete(struct app *app, struct http_req *req,
                         struct http_resp *resp, int64_t id)
{
    struct comment c;
    struct article art;
    if (!own_comment_awaiting_review(app, req, id, &c, &art) &&
        !pages_visible_comment(app, req, resp, id, &c, &art))
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
