/*
 * admin.c - the staff pages under /admin: routing, login and logout, and
 * the helpers the other admin*.c handlers share.
 *
 *   GET  /admin                          -> 303 /admin/queue
 *   GET  /admin/login, POST /admin/login the login form
 *   POST /admin/logout                   ends the session (CSRF)
 *   GET  /admin/queue                    the queue (admin_queue.c)
 *   POST /admin/queue/{id}/{action}      approve|remove|purge|ban
 *   POST /admin/raids/{article id}/end   end an article's raid mode
 *   GET  /admin/log, GET /admin/stats    audit log and statistics
 *   GET  /admin/articles                 editors: every article
 *   GET|POST /admin/articles/new         create (admin_articles.c)
 *   GET|POST /admin/articles/{id}        edit
 *
 * Every page works without JavaScript; web/admin.js adds keyboard actions
 * to the queue. Every handler starts with auth_staff (through
 * admin_get_auth, or admin_post_form for POSTs, which always checks the
 * form's CSRF field): a GET without a session is redirected to the login
 * form, a POST without one is refused with 401, a role too low with 403.
 *
 * Login is the one POST without a CSRF token (there is no session yet);
 * the session cookie is SameSite=Strict, so a cross-site form cannot
 * log a moderator into someone else's account and use it.
 */
#include <string.h>

#include "api/admin_int.h"
#include "api/mod_api.h"
#include "api/thread_load.h"
#include "render/msg.h"
#include "util/str.h"

/* admin_form_parse parses the request body as a form (413 or 400 page on
 * failure). */
static bool admin_form_parse(struct app *app, struct http_req *req,
                             struct http_resp *resp, struct form *f)
{
    if (req->body_too_big) {
        respond_html_error(app, resp, 413, msg_get(MSG_TOO_LARGE));
        return false;
    }
    if (form_parse(req->body.data, req->body.len, &req->arena, f)) {
        respond_html_error(app, resp, 400, msg_get(MSG_BAD_REQUEST));
        return false;
    }
    return true;
}

const char *admin_field(const struct form *f, const char *name)
{
    const struct form_field *v = form_get(f, name);
    return v ? v->value : "";
}

bool admin_get_auth(struct app *app, struct http_req *req,
                    struct http_resp *resp, enum role min_role,
                    struct session *se)
{
    return auth_staff(app, req, resp, min_role, false, NULL, AUTH_HTML, se);
}

bool admin_post_form(struct app *app, struct http_req *req,
                     struct http_resp *resp, enum role min_role, struct form *f,
                     struct session *se)
{
    if (!admin_form_parse(app, req, resp, f))
        return false;
    /* An absent field must fail the check, not fall back to the header
     * (a form never sends X-CSRF-Token; "" never matches a token). */
    return auth_staff(app, req, resp, min_role, true, admin_field(f, "csrf"),
                      AUTH_HTML, se);
}

void admin_page_begin(struct app *app, const struct session *se,
                      struct http_resp *resp, int status, const char *flash,
                      const char *error, struct admin_ctx *ctx)
{
    memset(ctx, 0, sizeof(*ctx));
    ctx->site = &app->site;
    ctx->se = se;
    ctx->flash = flash;
    ctx->error = error;
    resp->status = status;
    resp->content_type = ADMIN_HTML_TYPE;
    buf_reset(&resp->body);
}

static void login_page(struct app *app, struct http_resp *resp, int status,
                       const char *error, const char *name)
{
    resp->status = status;
    resp->content_type = ADMIN_HTML_TYPE;
    buf_reset(&resp->body);
    page_admin_login(&resp->body, &app->site, error, name);
}

static void login_get(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct session se;
    if (auth_optional_staff(app, req, &se)) {
        respond_redirect(req, resp, 303, "/admin/queue");
        return;
    }
    login_page(app, resp, 200, NULL, NULL);
}

static void login_post(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    struct form f;
    if (!admin_form_parse(app, req, resp, &f))
        return;
    const char *name = admin_field(&f, "name");
    const char *password = admin_field(&f, "password");
    if (!name[0] || !password[0]) {
        login_page(app, resp, 422, msg_get(MSG_ADM_LOGIN_NEEDED), name);
        return;
    }
    char cookie[STAFF_TOKEN_HEX + 1];
    struct session se;
    switch (staff_login(app->store, &app->site, name, password, app->now(),
                        &req->arena, cookie, &se)) {
    case STAFF_LOGIN_OK:
        break;
    case STAFF_LOGIN_BAD:
        login_page(app, resp, 401, msg_get(MSG_ADM_LOGIN_BAD), name);
        return;
    case STAFF_LOGIN_LOCKED:
        http_resp_header(resp, "Retry-After", "900");
        login_page(app, resp, 429, msg_get(MSG_ADM_LOGIN_LOCKED), name);
        return;
    case STAFF_LOGIN_ERROR:
        respond_html_unavailable(app, resp);
        return;
    }
    auth_set_cookie(req, resp, cookie);
    explicit_bzero(cookie, sizeof(cookie));
    respond_redirect(req, resp, 303, "/admin/queue");
}

static void logout_post(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    struct form f;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &f, &se))
        return;
    if (staff_logout(app->store, &app->site,
                     http_req_cookie(req, AUTH_COOKIE))) {
        respond_html_unavailable(app, resp);
        return;
    }
    auth_clear_cookie(resp);
    respond_redirect(req, resp, 303, "/admin/login");
}

/* not_found answers 404 to staff and sends everyone else to log in. */
static void not_found(struct app *app, struct http_req *req,
                      struct http_resp *resp, bool get)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, !get, "", AUTH_HTML, &se))
        return;
    respond_html_error(app, resp, get ? 404 : 405,
                       msg_get(get ? MSG_NOT_FOUND : MSG_METHOD));
}

/* match_id_action: "<prefix>{id}/{action}" -> action, or NULL. */
static const char *match_id_action(const char *p, const char *prefix,
                                   int64_t *id)
{
    size_t pl = strlen(prefix);
    if (strncmp(p, prefix, pl) != 0)
        return NULL;
    const char *slash = strchr(p + pl, '/');
    if (!slash || slash[1] == '\0' || strchr(slash + 1, '/'))
        return NULL;
    if (parse_article_id(p + pl, (size_t)(slash - p - pl), id))
        return NULL;
    return slash + 1;
}

void admin_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *p = req->path;
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    const char *action;
    int64_t id;

    /* Staff pages are personal and change with every action. */
    http_resp_header(resp, "Cache-Control", "no-store");
    if (strcmp(p, "/admin/login") == 0 && (get || post)) {
        if (get)
            login_get(app, req, resp);
        else
            login_post(app, req, resp);
    } else if (strcmp(p, "/admin/logout") == 0 && post) {
        logout_post(app, req, resp);
    } else if ((strcmp(p, "/admin") == 0 || strcmp(p, "/admin/") == 0) && get) {
        respond_redirect(req, resp, 303, "/admin/queue");
    } else if (strcmp(p, "/admin/queue") == 0 && get) {
        admin_queue_page(app, req, resp);
    } else if ((action = match_id_action(p, "/admin/queue/", &id)) && post) {
        admin_queue_action(app, req, resp, id, action);
    } else if ((action = match_id_action(p, "/admin/raids/", &id)) &&
               strcmp(action, "end") == 0 && post) {
        admin_raid_end(app, req, resp, id);
    } else if (strcmp(p, "/admin/log") == 0 && get) {
        admin_log_page(app, req, resp);
    } else if (strcmp(p, "/admin/stats") == 0 && get) {
        admin_stats_page(app, req, resp);
    } else if (strcmp(p, "/admin/webhooks") == 0 && get) {
        admin_webhooks_page(app, req, resp);
    } else if (strcmp(p, "/admin/screening") == 0 && (get || post)) {
        if (get)
            admin_screening_get(app, req, resp);
        else
            admin_screening_post(app, req, resp);
    } else if (strcmp(p, "/admin/screening/try") == 0 && post) {
        admin_screening_try(app, req, resp);
    } else if (strcmp(p, "/admin/screening/model") == 0 && post) {
        admin_screening_model(app, req, resp);
    } else if (strcmp(p, "/admin/articles") == 0 && get) {
        admin_articles_page(app, req, resp);
    } else if (strcmp(p, "/admin/articles/new") == 0 && (get || post)) {
        if (get)
            admin_article_get(app, req, resp, 0);
        else
            admin_article_post(app, req, resp, 0);
    } else if (str_starts(p, "/admin/articles/") &&
               parse_article_id(p + strlen("/admin/articles/"),
                                strlen(p + strlen("/admin/articles/")),
                                &id) == 0 &&
               (get || post)) {
        if (get)
            admin_article_get(app, req, resp, id);
        else
            admin_article_post(app, req, resp, id);
    } else {
        not_found(app, req, resp, get);
    }
}
