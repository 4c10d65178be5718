/*
 * admin.c - the staff pages under /admin: routing, login and logout, and
 * the helpers the other admin*.c handlers share.
 *
 *   GET  /admin                          -> 303 /admin/queue
 *   GET  /admin/login, POST /admin/login the login form
 *   POST /admin/logout                   ends the session (CSRF)
 *   GET  /admin/queue                    the queue (admin_queue.c)
 *   POST /admin/queue/{id}/{action}      approve|remove|purge|ban
 *   POST /admin/queue/bulk               approve or remove the ticked ones
 *   POST /admin/raids/{article id}/end   end an article's raid mode
 *   GET  /admin/log, GET /admin/stats    audit log and statistics
 *   POST /admin/comments/{id}/restore    restore a removed comment
 *   GET  /admin/bans                     bans in force (admin_undo.c)
 *   POST /admin/bans/{id}/lift           lift a ban
 *   GET  /admin/articles                 editors: every article
 *   GET|POST /admin/articles/new         create (admin_articles.c)
 *   GET|POST /admin/articles/{id}        edit
 *   POST /admin/articles/path-hint       the path a save would give a
 *                                        title (JSON, admin_path_hint.c)
 *
 * Every page works without JavaScript; web/admin.js adds keyboard actions
 * to the queue. Every handler starts with auth_staff (through
 * admin_get_auth, or admin_post_form for POSTs, which always checks the
 * form's CSRF field): a GET without a session is redirected to the login
 * form (?next= the page), a POST without one is refused with 401 and the
 * login form itself (auth_login_needed: saying the session ended and
 * nothing was saved; for the article editor and the screening settings,
 * that the text is kept in the browser, see web/draft.js), a role too
 * low with 403. After the login, the user lands on next when it is a
 * staff page (admin_is_page), else on the queue. A path no route takes
 * is 404; a known path asked with another method 405, with Allow (for a
 * member of staff; the login form's to anyone).
 *
 * Login is the one POST without a CSRF token (there is no session yet):
 * a form from another site's page is refused by the rule the reader forms
 * follow (respond_unless_own_page: Sec-Fetch-Site, or an older browser's
 * Origin), so such a page cannot log its visitor in to an account of its
 * choosing and read what they then write there.
 */
#include <string.h>

#include "api/admin_int.h"
#include "api/mod_api.h"
#include "api/thread_load.h"
#include "render/msg.h"
#include "util/str.h"

/* admin_form_parse parses the request body as a form (413 or 400 page on
 * failure: 413 too for more fields than a form may have, such as a bulk
 * form naming more comments than it may decide). */
static bool admin_form_parse(struct app *app, struct http_req *req,
                             struct http_resp *resp, struct form *f)
{
    if (req->body_too_big) {
        respond_html_error(app, resp, 413,
                           msg_get(req->body_max > HTTP_BODY_MAX
                                       ? MSG_TOO_LARGE_STAFF
                                       : MSG_TOO_LARGE));
        return false;
    }
    int ret = form_parse(req->body.data, req->body.len, &req->arena, f);
    if (ret == ERR_TOOBIG) {
        respond_html_error(app, resp, 413, msg_get(MSG_FORM_TOO_MANY_FIELDS));
        return false;
    }
    if (ret) {
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

/* login_next: where a login goes, the staff page next names if it is one
 * (admin_is_page: so never another site, nor an action), else NULL. */
static const char *login_next(const char *next)
{
    return next && admin_is_page(next) ? next : NULL;
}

static void login_page(struct app *app, struct http_resp *resp, int status,
                       const char *error, const char *name, const char *next)
{
    resp->status = status;
    resp->content_type = ADMIN_HTML_TYPE;
    buf_reset(&resp->body);
    page_admin_login(&resp->body, &app->site, error, name, next, false);
}

static void login_get(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct session se;
    const char *next = login_next(http_req_query(req, "next"));
    if (auth_optional_staff(app, req, &se)) {
        respond_redirect(req, resp, 303, next ? next : "/admin/queue");
        return;
    }
    login_page(app, resp, 200, NULL, NULL, next);
}

static void login_post(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    struct form f;
    /* A form sent from another site's page could log the visitor's
       browser in to an account of that site's choosing (login CSRF), and
       what the visitor then wrote would be under that account. There is
       no session yet to tie a token to: the browser's Sec-Fetch-Site
       tells, or an older browser's Origin, as for the reader forms. */
    if (!respond_unless_own_page(app, req, resp))
        return;
    if (!admin_form_parse(app, req, resp, &f))
        return;
    const char *name = admin_field(&f, "name");
    const char *password = admin_field(&f, "password");
    const char *next = login_next(admin_field(&f, "next"));
    if (!name[0] || !password[0]) {
        login_page(app, resp, 422, msg_get(MSG_ADM_LOGIN_NEEDED), name, next);
        return;
    }
    char cookie[STAFF_TOKEN_HEX + 1];
    struct session se;
    switch (staff_login(app->store, &app->site, name, password, req->client_key,
                        app->now(), &req->arena, cookie, &se)) {
    case STAFF_LOGIN_OK:
        break;
    case STAFF_LOGIN_BAD:
        login_page(app, resp, 401, msg_get(MSG_ADM_LOGIN_BAD), name, next);
        return;
    case STAFF_LOGIN_LOCKED:
        http_resp_header(resp, "Retry-After", "900");
        login_page(app, resp, 429, msg_get(MSG_ADM_LOGIN_LOCKED), name, next);
        return;
    case STAFF_LOGIN_ERROR:
        respond_html_unavailable(app, resp);
        return;
    }
    auth_set_cookie(req, resp, cookie);
    explicit_bzero(cookie, sizeof(cookie));
    respond_redirect(req, resp, 303, next ? next : "/admin/queue");
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

/* article_form_id: "/admin/articles/{id}" -> true and the id. */
static bool article_form_id(const char *p, int64_t *id)
{
    const char *prefix = "/admin/articles/";
    size_t pl = strlen(prefix);
    return strncmp(p, prefix, pl) == 0 &&
           parse_article_id(p + pl, strlen(p + pl), id) == 0;
}

/* The staff pages a GET shows; admin_is_page reads the same table, so a
 * login can go back to any of them and to nothing else. */
static const struct {
    const char *path;
    void (*show)(struct app *app, struct http_req *req, struct http_resp *resp);
} staff_pages[] = {
    {"/admin/queue", admin_queue_page},
    {"/admin/log", admin_log_page},
    {"/admin/bans", admin_bans_page},
    {"/admin/stats", admin_stats_page},
    {"/admin/webhooks", admin_webhooks_page},
    {"/admin/screening", admin_screening_get},
    {"/admin/articles", admin_articles_page},
};
#define STAFF_PAGES (sizeof(staff_pages) / sizeof(staff_pages[0]))

static int staff_page_index(const char *p)
{
    for (size_t i = 0; i < STAFF_PAGES; i++)
        if (strcmp(p, staff_pages[i].path) == 0)
            return (int)i;
    return -1;
}

bool admin_keeps_draft(const char *path)
{
    int64_t id;
    return strcmp(path, "/admin/articles/new") == 0 ||
           strcmp(path, "/admin/screening") == 0 || article_form_id(path, &id);
}

bool admin_is_page(const char *path)
{
    int64_t id;
    return staff_page_index(path) >= 0 ||
           strcmp(path, "/admin/articles/new") == 0 ||
           article_form_id(path, &id);
}

/* queue_action_known: an action POST /admin/queue/{id}/ takes. */
static bool queue_action_known(const char *action)
{
    static const char *const actions[] = {"approve", "remove", "purge",
                                          "redact", "ban"};
    for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
        if (strcmp(action, actions[i]) == 0)
            return true;
    return false;
}

/* staff_methods: the Allow header of a known staff path (the login form
 * aside, which is answered before a session is asked for), or NULL for
 * a path admin_route does not have. The forms that save (an article, the
 * screening settings) take POST too; an action only POST. */
static const char *staff_methods(const char *path)
{
    const char *action;
    int64_t id;
    if (strcmp(path, "/admin/articles/new") == 0 ||
        strcmp(path, "/admin/screening") == 0 || article_form_id(path, &id))
        return "GET, HEAD, POST";
    if (staff_page_index(path) >= 0 || strcmp(path, "/admin") == 0 ||
        strcmp(path, "/admin/") == 0)
        return "GET, HEAD";
    if (strcmp(path, "/admin/logout") == 0 ||
        strcmp(path, "/admin/queue/bulk") == 0 ||
        strcmp(path, "/admin/screening/try") == 0 ||
        strcmp(path, "/admin/screening/model") == 0 ||
        strcmp(path, "/admin/articles/path-hint") == 0)
        return "POST";
    if ((action = match_id_action(path, "/admin/queue/", &id)))
        return queue_action_known(action) ? "POST" : NULL;
    if ((action = match_id_action(path, "/admin/raids/", &id)))
        return strcmp(action, "end") == 0 ? "POST" : NULL;
    if ((action = match_id_action(path, "/admin/comments/", &id)))
        return strcmp(action, "restore") == 0 ? "POST" : NULL;
    if ((action = match_id_action(path, "/admin/bans/", &id)))
        return strcmp(action, "lift") == 0 ? "POST" : NULL;
    return NULL;
}

/*
 * not_found answers a staff request no route took: 404, or 405 for a
 * known path asked with another method. It needs a session (without one
 * a GET goes to the login form and anything else gets 401) but no CSRF
 * token: it changes nothing, and an id too large to be one ("/admin/
 * queue/99999999999999999999/approve") is simply not found.
 */
static void not_found(struct app *app, struct http_req *req,
                      struct http_resp *resp, bool get)
{
    struct session se;
    if (get) {
        if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
            return;
    } else if (!auth_optional_staff(app, req, &se)) {
        auth_login_needed(app, req, resp, AUTH_HTML);
        return;
    }
    const char *allow = staff_methods(req->path);
    respond_html_error_to(app, resp, allow ? 405 : 404,
                          msg_get(allow ? MSG_METHOD : MSG_NOT_FOUND), "/admin",
                          msg_get(MSG_AUTH_BACK_STAFF));
    if (allow)
        http_resp_header(resp, "Allow", allow);
}

void admin_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *p = req->path;
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    const char *action;
    int64_t id;
    int page = staff_page_index(p);

    /* Staff pages are personal and change with every action. */
    http_resp_header(resp, "Cache-Control", "no-store");
    if (strcmp(p, "/admin/login") == 0 && (get || post)) {
        if (get)
            login_get(app, req, resp);
        else
            login_post(app, req, resp);
    } else if (strcmp(p, "/admin/login") == 0) {
        /* the one staff page anyone may open: no session asked for */
        respond_html_method(app, resp, "GET, HEAD, POST");
    } else if (strcmp(p, "/admin/logout") == 0 && post) {
        logout_post(app, req, resp);
    } else if ((strcmp(p, "/admin") == 0 || strcmp(p, "/admin/") == 0) && get) {
        respond_redirect(req, resp, 303, "/admin/queue");
    } else if (page >= 0 && get) {
        staff_pages[page].show(app, req, resp);
    } else if (strcmp(p, "/admin/queue/bulk") == 0 && post) {
        admin_queue_bulk(app, req, resp);
    } else if ((action = match_id_action(p, "/admin/queue/", &id)) && post) {
        admin_queue_action(app, req, resp, id, action);
    } else if ((action = match_id_action(p, "/admin/raids/", &id)) &&
               strcmp(action, "end") == 0 && post) {
        admin_raid_end(app, req, resp, id);
    } else if (strcmp(p, "/admin/screening") == 0 && post) {
        admin_screening_post(app, req, resp);
    } else if ((action = match_id_action(p, "/admin/comments/", &id)) &&
               strcmp(action, "restore") == 0 && post) {
        admin_comment_restore(app, req, resp, id);
    } else if ((action = match_id_action(p, "/admin/bans/", &id)) &&
               strcmp(action, "lift") == 0 && post) {
        admin_ban_lift(app, req, resp, id);
    } else if (strcmp(p, "/admin/screening/try") == 0 && post) {
        admin_screening_try(app, req, resp);
    } else if (strcmp(p, "/admin/screening/model") == 0 && post) {
        admin_screening_model(app, req, resp);
    } else if (strcmp(p, "/admin/articles/path-hint") == 0 && post) {
        admin_article_path_hint(app, req, resp);
    } else if (strcmp(p, "/admin/articles/new") == 0 && (get || post)) {
        if (get)
            admin_article_get(app, req, resp, 0);
        else
            admin_article_post(app, req, resp, 0);
    } else if (article_form_id(p, &id) && (get || post)) {
        if (get)
            admin_article_get(app, req, resp, id);
        else
            admin_article_post(app, req, resp, id);
    } else {
        not_found(app, req, resp, get);
    }
}
