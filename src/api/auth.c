/*
 * auth.c - see auth.h. The session cookie is HttpOnly and SameSite=Strict
 * (Secure behind https), so a cross-site page can neither read it nor
 * make the browser send it; the CSRF token is the second lock.
 *
 * A refusal speaks the request's language and leads somewhere: a staff
 * page without a session goes (303 for a GET) to the login form, with
 * ?next= the page when the login can come back to it; a form sent without
 * one is answered (401) with the login form itself, saying that the
 * session ended and nothing was saved, and, for a form that keeps a
 * draft (admin_keeps_draft), that what was typed is kept in the browser
 * (web/draft.js) and comes back after the login. That page never holds
 * anything the form sent: a page on another site may make a browser post
 * to us, and must not get its own text reflected into our page. A 403
 * page links back to the staff pages.
 */
#include <string.h>

#include "api/auth.h"
#include "api/mod_api.h"
#include "core/pseudonym.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page_admin.h"
#include "util/str.h"

bool auth_optional_staff(struct app *app, struct http_req *req,
                         struct session *se)
{
    const char *cookie = http_req_cookie(req, AUTH_COOKIE);
    return cookie && staff_session(app->store, &app->site, cookie, app->now(),
                                   &req->arena, se) == 0;
}

const char *auth_reader_hash(struct app *app, struct http_req *req)
{
    const char *tok = http_req_cookie(req, "charla_reader");
    if (!tok || !pseudonym_token_valid(tok, strlen(tok)))
        return NULL;
    char *h = arena_alloc(&req->arena, PSEUDONYM_HASH_HEX + 1);
    if (h)
        pseudonym_token_hash(app->site.key, tok, strlen(tok), h);
    return h;
}

/* login_href: the login form, with ?next= the staff page asked for when
 * the login can go back to it (a page a GET answers: admin_is_page). */
static const char *login_href(struct http_req *req)
{
    if (!admin_is_page(req->path))
        return "/admin/login";
    struct buf b;
    buf_init(&b, 4096);
    buf_adds(&b, "/admin/login?next=");
    url_query(&b, req->path, strlen(req->path));
    const char *out =
        buf_failed(&b) ? NULL : arena_strndup(&req->arena, b.data, b.len);
    buf_release(&b);
    return out ? out : "/admin/login";
}

void auth_login_needed(struct app *app, struct http_req *req,
                       struct http_resp *resp, enum auth_style style)
{
    if (style == AUTH_JSON) {
        respond_json_error(resp, 401, "unauthenticated",
                           msg_get(MSG_AUTH_LOGIN_FIRST));
        return;
    }
    if (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0) {
        respond_html_error_to(app, resp, 401, msg_get(MSG_AUTH_LOGIN_FIRST),
                              login_href(req), msg_get(MSG_ADM_LOGIN_TITLE));
        return;
    }
    /* a form: the login form, and back to the form's page after it */
    bool draft = admin_keeps_draft(req->path);
    enum msg_id why = draft ? MSG_AUTH_EXPIRED_DRAFT
                      : http_req_cookie(req, AUTH_COOKIE)
                          ? MSG_AUTH_EXPIRED
                          : MSG_AUTH_LOGIN_FIRST;
    resp->status = 401;
    resp->content_type = "text/html; charset=utf-8";
    buf_reset(&resp->body);
    page_admin_login(&resp->body, &app->site, msg_get(why), NULL,
                     admin_is_page(req->path) ? req->path : NULL, draft);
}

/* forbid answers 403: a role too low, or a stale form. A stale form that
 * keeps a draft (opened before a new login) leads back to itself, and
 * offers the text web/draft.js kept. */
static void forbid(struct app *app, struct http_req *req,
                   struct http_resp *resp, const char *code,
                   enum msg_id message, enum auth_style style)
{
    if (style == AUTH_JSON)
        respond_json_error(resp, 403, code, msg_get(message));
    else if (message == MSG_AUTH_CSRF && admin_keeps_draft(req->path))
        respond_html_error_to(app, resp, 403, msg_get(MSG_AUTH_CSRF_DRAFT),
                              req->path, msg_get(MSG_AUTH_BACK_FORM));
    else
        respond_html_error_to(app, resp, 403, msg_get(message), "/admin",
                              msg_get(MSG_AUTH_BACK_STAFF));
}

bool auth_staff(struct app *app, struct http_req *req, struct http_resp *resp,
                enum role min_role, bool csrf_needed, const char *csrf_token,
                enum auth_style style, struct session *se)
{
    if (!auth_optional_staff(app, req, se)) {
        if (style == AUTH_HTML && !csrf_needed)
            respond_redirect(req, resp, 303, login_href(req));
        else
            auth_login_needed(app, req, resp, style);
        return false;
    }
    if (se->user.role < min_role) {
        forbid(app, req, resp, "forbidden", MSG_AUTH_ROLE, style);
        return false;
    }
    if (csrf_needed) {
        const char *token =
            csrf_token ? csrf_token : http_req_header(req, "X-CSRF-Token");
        if (!staff_csrf_ok(se, token)) {
            forbid(app, req, resp, "csrf", MSG_AUTH_CSRF, style);
            return false;
        }
    }
    return true;
}

bool app_large_body(void *ctx, struct http_req *req)
{
    struct app *app = ctx;
    if (strcmp(req->method, "POST") != 0 || !str_starts(req->path, "/admin/") ||
        strcmp(req->path, "/admin/login") == 0)
        return false;
    /* on an event thread: a read, never a wait on the writer (the
       handler's auth_staff checks the session again, and the role) */
    return staff_session_live(app->store, &app->site,
                              http_req_cookie(req, AUTH_COOKIE), app->now(),
                              &req->arena) == 0;
}

void auth_set_cookie(struct http_req *req, struct http_resp *resp,
                     const char *value)
{
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    const char *v = arena_sprintf(&req->arena,
                                  AUTH_COOKIE "=%s; Path=/; HttpOnly; "
                                              "SameSite=Strict%s",
                                  value, https ? "; Secure" : "");
    if (v)
        http_resp_header(resp, "Set-Cookie", v);
}

void auth_clear_cookie(struct http_resp *resp)
{
    http_resp_header(resp, "Set-Cookie",
                     AUTH_COOKIE "=; Path=/; Max-Age=0; HttpOnly; "
                                 "SameSite=Strict");
}
