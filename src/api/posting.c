/*
 * posting.c - see posting.h.
 */
#include <string.h>

#include "api/auth.h"
#include "api/events.h"
#include "api/hooks.h"
#include "api/posting.h"
#include "api/screening.h"
#include "render/msg.h"

int posting_submit(struct app *app, struct http_req *req,
                   const struct article *art, struct post_input *in,
                   const char *csrf_field, struct post_result *res,
                   struct buf *msg)
{
    struct session se;
    memset(res, 0, sizeof(*res));
    if (auth_optional_staff(app, req, &se)) {
        const char *token =
            csrf_field ? csrf_field : http_req_header(req, "X-CSRF-Token");
        if (!staff_csrf_ok(&se, token)) {
            res->refusal = POST_CLOSED;
            buf_adds(msg, msg_get(MSG_POST_STAFF_CSRF));
            return ERR_FORBIDDEN;
        }
        struct user *u = arena_alloc(&req->arena, sizeof(*u));
        if (!u)
            return ERR_NOMEM;
        *u = se.user;
        in->staff = u;
        int sret = post_comment(app->store, &app->site, art, in, &req->arena,
                                res, msg);
        if (sret == 0)
            metrics_count(METRIC_PUBLISHED);
        return sret;
    }
    struct screening_result sr;
    if (in->body_len <= POST_BODY_MAX_CHARS * 4) {
        if (screening_run(app, req, in->body, in->body_len, &sr))
            sr.hold = true; /* never let a failure through unscreened */
        if (sr.refuse) {
            res->refusal = POST_BAD_INPUT;
            buf_adds(msg, msg_get(MSG_POST_BANNED_WORD));
            if (sr.banned_word && sr.banned_word[0]) {
                buf_adds(msg, ": ");
                buf_adds(msg, sr.banned_word);
            }
            buf_adds(msg, ".");
            return ERR_INVALID;
        }
        in->hold = sr.hold;
        in->screen_json = sr.json;
    }
    int ret =
        post_comment(app->store, &app->site, art, in, &req->arena, res, msg);
    if (ret == 0)
        events_after_post(app, req, art, &res->comment);
    if (ret == 0)
        metrics_count(res->awaiting_review ? METRIC_HELD_AT_POST
                                           : METRIC_PUBLISHED);
    return ret;
}
