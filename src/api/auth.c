/*
 * auth.c - see auth.h. The session cookie is HttpOnly and SameSite=Strict
 * (Secure behind https), so a cross-site page can neither read it nor
 * make the browser send it; the CSRF token is the second lock.
 */
#include <string.h>

#include "api/auth.h"
#include "core/pseudonym.h"
#include "render/msg.h"

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

static void refuse(struct app *app, struct http_resp *resp, int status,
                   const char *code, const char *message, enum auth_style style)
{
    if (style == AUTH_JSON)
        respond_json_error(resp, status, code, message);
    else
        respond_html_error(app, resp, status, message);
}

bool auth_staff(struct app *app, struct http_req *req, struct http_resp *resp,
                enum role min_role, bool csrf_needed, const char *csrf_token,
                enum auth_style style, struct session *se)
{
    if (!auth_optional_staff(app, req, se)) {
        if (style == AUTH_HTML && !csrf_needed) {
            respond_redirect(req, resp, 303, "/admin/login");
            return false;
        }
        refuse(app, resp, 401, "unauthenticated",
               "Log in as staff first (your session may have expired).", style);
        return false;
    }
    if (se->user.role < min_role) {
        refuse(app, resp, 403, "forbidden", "Your role does not allow this.",
               style);
        return false;
    }
    if (csrf_needed) {
        const char *token =
            csrf_token ? csrf_token : http_req_header(req, "X-CSRF-Token");
        if (!staff_csrf_ok(se, token)) {
            refuse(app, resp, 403, "csrf",
                   "The form is stale or the CSRF token is wrong; reload "
                   "the page.",
                   style);
            return false;
        }
    }
    return true;
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
