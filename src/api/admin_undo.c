/*
 * admin_undo.c - the staff pages that undo a moderator's mistake:
 *
 *   POST /admin/comments/{id}/restore   restore a removed comment (the
 *                                       log offers it on a removal)
 *   GET  /admin/bans                    the bans in force
 *   POST /admin/bans/{id}/lift          lift a ban
 *
 * They follow post/redirect/get like the queue, with its ?done= notice (a
 * fixed message, never text from the URL): a restore goes back to the
 * comment's log with ?done=restored (the log's newest row is then the
 * restore, and the notice names the comment), a lift back to the bans
 * with ?done=lifted.
 * A refusal renders the page with the message and a 4xx status. Both go
 * through the core functions the JSON API uses (mod_apply, mod_ban_lift),
 * so the rules and the audit rows are the same whichever way staff work.
 */
#include <string.h>

#include "api/admin_int.h"
#include "api/bans_load.h"
#include "api/log_load.h"
#include "api/mod_api.h"
#include "core/bans.h"
#include "core/moderation.h"
#include "render/msg.h"

/* The log page's row limit, as admin_queue.c shows it. */
#define UNDO_LOG_ROWS 500

/* log_refused renders comment id's log with error and status. */
static void log_refused(struct app *app, struct http_req *req,
                        struct http_resp *resp, const struct session *se,
                        int64_t id, int status, const char *error)
{
    struct admin_log_filter f = {
        .comment_id = id, .number = "", .action = "", .actor = ""};
    struct audit_entry *e;
    size_t n;
    if (store_audit_list(app->store, id, UNDO_LOG_ROWS, &req->arena, &e, &n)) {
        respond_html_unavailable(app, resp);
        return;
    }
    const char **names;
    if (log_article_names(app, &req->arena, e, n, &names)) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct admin_ctx ctx;
    admin_page_begin(app, se, resp, status, NULL, error, &ctx);
    page_admin_log(&resp->body, &ctx, e, n, names, &f);
}

void admin_comment_restore(struct app *app, struct http_req *req,
                           struct http_resp *resp, int64_t id)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &f, &se))
        return;
    struct comment c;
    int ret = store_comment_get(app->store, id, &req->arena, &c);
    if (ret == ERR_NOTFOUND) {
        respond_html_error(app, resp, 404, msg_get(MSG_ADM_ERR_NO_COMMENT));
        return;
    }
    if (ret) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct mod_request rq = {.action = MOD_RESTORE,
                             .reason = "",
                             .note = admin_field(&f, "note"),
                             .actor = se.user.name,
                             .now = app->now()};
    struct buf msg;
    buf_init(&msg, 1024);
    ret = mod_apply(app->store, &c, &rq, &msg);
    if (ret) {
        const char *error = arena_strdup(&req->arena, msg.data);
        buf_release(&msg);
        log_refused(app, req, resp, &se, id, mod_error_status(ret),
                    error ? error : msg_get(MSG_MOD_STORE_ERROR));
        return;
    }
    buf_release(&msg);
    const char *to = arena_sprintf(
        &req->arena, "/admin/log?id=%lld&done=restored", (long long)id);
    respond_redirect(req, resp, 303, to ? to : "/admin/log");
}

/* render_bans writes the bans page with status, flash and error. */
static void render_bans(struct app *app, struct http_req *req,
                        struct http_resp *resp, const struct session *se,
                        int status, const char *flash, const char *error)
{
    struct ban_item *items;
    size_t n;
    if (bans_load(app, req, &items, &n)) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct admin_ctx ctx;
    admin_page_begin(app, se, resp, status, flash, error, &ctx);
    page_admin_bans(&resp->body, &ctx, items, n);
}

void admin_bans_page(struct app *app, struct http_req *req,
                     struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    const char *done = http_req_query(req, "done");
    render_bans(app, req, resp, &se, 200,
                done && strcmp(done, "lifted") == 0
                    ? msg_get(MSG_ADM_DONE_LIFTED)
                    : NULL,
                NULL);
}

void admin_ban_lift(struct app *app, struct http_req *req,
                    struct http_resp *resp, int64_t id)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &f, &se))
        return;
    struct ban lifted;
    int ret =
        mod_ban_lift(app->store, id, se.user.name, admin_field(&f, "note"),
                     app->now(), &req->arena, &lifted);
    if (ret == 0) {
        respond_redirect(req, resp, 303, "/admin/bans?done=lifted");
        return;
    }
    if (ret == ERR_NOTFOUND)
        render_bans(app, req, resp, &se, 409, NULL,
                    msg_get(MSG_ADM_ERR_NO_BAN));
    else if (ret == ERR_INVALID)
        render_bans(app, req, resp, &se, 422, NULL,
                    msg_get(MSG_MOD_TEXT_INVALID));
    else
        respond_html_unavailable(app, resp);
}
