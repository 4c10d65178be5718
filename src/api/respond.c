/*
 * respond.c - the response shapes every handler uses: JSON errors, HTML
 * error pages, redirects, cached bodies with ETags, and the reader cookie.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/app.h"
#include "api/mod_api.h"
#include "render/html.h"
#include "render/json.h"
#include "render/msg.h"
#include "render/page.h"

void respond_json_error(struct http_resp *resp, int status, const char *code,
                        const char *message)
{
    resp->status = status;
    resp->content_type = "application/json; charset=utf-8";
    /* 503: the database is away for a moment (restart, failover) */
    if (status == 503)
        respond_retry_after(resp, "5");
    buf_reset(&resp->body);
    json_error(&resp->body, code, message);
}

/* retry_seconds reads a Retry-After of seconds; -1 for anything else. */
static long retry_seconds(const char *v)
{
    char *end;
    if (!v || *v < '0' || *v > '9')
        return -1;
    long n = strtol(v, &end, 10);
    return *end == '\0' ? n : -1;
}

void respond_retry_after(struct http_resp *resp, const char *seconds)
{
    const char *had = http_resp_header_get(resp, "Retry-After");
    if (had && retry_seconds(had) >= retry_seconds(seconds))
        return;
    http_resp_header_set(resp, "Retry-After", seconds);
}

void respond_html_error(struct app *app, struct http_resp *resp, int status,
                        const char *message)
{
    respond_html_error_to(app, resp, status, message, "/",
                          msg_get(MSG_BACK_HOME));
}

void respond_html_error_to(struct app *app, struct http_resp *resp, int status,
                           const char *message, const char *href,
                           const char *link_text)
{
    resp->status = status;
    resp->content_type = "text/html; charset=utf-8";
    if (status == 503)
        respond_retry_after(resp, "5");
    buf_reset(&resp->body);
    page_error_to(&resp->body, &app->site, status, message, href, link_text);
}

void respond_html_method(struct app *app, struct http_resp *resp,
                         const char *allow)
{
    respond_html_error(app, resp, 405, msg_get(MSG_METHOD));
    http_resp_header(resp, "Allow", allow);
}

void respond_json_method(struct http_resp *resp, const char *allow)
{
    respond_json_error(resp, 405, "method", msg_get(MSG_METHOD));
    http_resp_header(resp, "Allow", allow);
}

bool respond_unless_json(struct http_req *req, struct http_resp *resp)
{
    const char *ct = http_req_header(req, "Content-Type");
    if (ct && strncasecmp(ct, "application/json", 16) == 0)
        return true;
    respond_json_error(resp, 415, "unsupported_type",
                       msg_get(MSG_API_JSON_ONLY));
    return false;
}

/* host_is: the first n bytes of host (host[:port]) are all of name,
 * compared without case. */
static bool host_is(const char *host, size_t n, const char *name, size_t len)
{
    return name && len == n && n > 0 && strncasecmp(host, name, n) == 0;
}

/*
 * origin_is_this_site: origin ("scheme://host[:port]", as a browser sends
 * it) names this site: its host is the Host the request came to, the
 * X-Forwarded-Host a proxy in front of charla set (no page can set it on
 * a form), or the host of the site_url setting (for a proxy that rewrites
 * Host and sets nothing). Anything else (another host, a path, junk) is
 * not this site.
 */
static bool origin_is_this_site(struct app *app, struct http_req *req,
                                const char *origin)
{
    const char *host = strstr(origin, "://");
    if (!host)
        return false;
    host += 3;
    size_t n = strlen(host);
    if (n == 0 || strcspn(host, "/?#@ ") != n)
        return false;
    const char *names[] = {"Host", "X-Forwarded-Host"};
    for (size_t i = 0; i < 2; i++) {
        const char *h = http_req_header(req, names[i]);
        if (host_is(host, n, h, h ? strlen(h) : 0))
            return true;
    }
    const char *url = NULL;
    if (store_setting_get(app->store, "site_url", &req->arena, &url) || !url)
        return false;
    const char *site = strstr(url, "://");
    return site && host_is(host, n, site + 3, strcspn(site + 3, "/?#"));
}

bool respond_from_own_page(struct app *app, struct http_req *req)
{
    const char *site = http_req_header(req, "Sec-Fetch-Site");
    if (site)
        return strcasecmp(site, "cross-site") != 0 &&
               strcasecmp(site, "same-site") != 0;
    /* an older browser: no fetch metadata, but an Origin with a form */
    const char *origin = http_req_header(req, "Origin");
    return !origin || strcmp(origin, "null") == 0 ||
           origin_is_this_site(app, req, origin);
}

bool respond_unless_own_page(struct app *app, struct http_req *req,
                             struct http_resp *resp)
{
    if (respond_from_own_page(app, req))
        return true;
    respond_html_error(app, resp, 403, msg_get(MSG_FORM_OTHER_SITE));
    return false;
}

void respond_json_unavailable(struct http_resp *resp)
{
    respond_json_error(resp, 503, "unavailable", msg_get(MSG_API_UNAVAILABLE));
}

void respond_html_unavailable(struct app *app, struct http_resp *resp)
{
    respond_html_error(app, resp, 503, msg_get(MSG_SERVER_ERROR));
}

void respond_redirect(struct http_req *req, struct http_resp *resp, int status,
                      const char *location)
{
    struct buf h;
    buf_init(&h, 16384);
    header_value(&h, location, strlen(location));
    const char *loc = arena_strndup(&req->arena, h.data, h.len);
    buf_release(&h);
    resp->status = status;
    resp->content_type = "text/plain; charset=utf-8";
    if (loc)
        http_resp_header(resp, "Location", loc);
    buf_reset(&resp->body);
    buf_adds(&resp->body, "See ");
    buf_adds(&resp->body, loc ? loc : "/");
    buf_addc(&resp->body, '\n');
}

/* accepts_gzip: the Accept-Encoding header lists gzip (not with q=0). */
static bool accepts_gzip(struct http_req *req)
{
    const char *ae = http_req_header(req, "Accept-Encoding");
    const char *g = ae ? strstr(ae, "gzip") : NULL;
    if (!g)
        return false;
    const char *q = g + 4;
    while (*q == ' ')
        q++;
    if (*q != ';')
        return true;
    q++;
    while (*q == ' ')
        q++;
    if (q[0] != 'q' || q[1] != '=')
        return true;
    return strtod(q + 2, NULL) > 0; /* "gzip;q=0" refuses it */
}

void respond_cached(struct http_req *req, struct http_resp *resp,
                    struct cache_entry *e, const char *content_type)
{
    const char *inm = http_req_header(req, "If-None-Match");
    http_resp_header(resp, "Cache-Control", "no-cache");
    http_resp_header(resp, "Vary", "Accept-Encoding");
    resp->content_type = content_type;
    /* the copy the client holds, either one, is still this version */
    bool plain_held = inm && strstr(inm, e->etag);
    if (plain_held || (inm && strstr(inm, e->gz_etag))) {
        http_resp_header(resp, "ETag", plain_held ? e->etag : e->gz_etag);
        resp->status = 304;
        cache_unref(e);
        return;
    }
    size_t gz_len = 0;
    const char *gz = accepts_gzip(req) ? cache_entry_gzip(e, &gz_len) : NULL;
    http_resp_header(resp, "ETag", gz ? e->gz_etag : e->etag);
    if (gz)
        http_resp_header(resp, "Content-Encoding", "gzip");
    resp->shared = gz ? gz : e->data;
    resp->shared_len = gz ? gz_len : e->len;
    resp->shared_release = cache_unref;
    resp->shared_ctx = e;
}

void respond_reader_cookie(struct http_req *req, struct http_resp *resp,
                           const char *token)
{
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    const char *v =
        arena_sprintf(&req->arena,
                      "charla_reader=%s; Path=/; Max-Age=31536000; HttpOnly; "
                      "SameSite=Lax%s",
                      token, https ? "; Secure" : "");
    if (v)
        http_resp_header(resp, "Set-Cookie", v);
}

int post_refusal_status(enum post_refusal r)
{
    switch (r) {
    case POST_BAD_INPUT:
        return 422;
    case POST_NO_PARENT:
    case POST_NO_ARTICLE:
        return 404;
    case POST_CLOSED:
    case POST_BANNED:
    case POST_STALE_FORM:
        return 403;
    case POST_STORE_ERROR:
        return 503;
    case POST_OK:
        break;
    }
    return 400;
}

const char *post_refusal_code(enum post_refusal r)
{
    switch (r) {
    case POST_BAD_INPUT:
        return "invalid";
    case POST_NO_PARENT:
        return "no_parent";
    case POST_NO_ARTICLE:
        return "not_found";
    case POST_CLOSED:
        return "closed";
    case POST_BANNED:
        return "banned";
    case POST_STALE_FORM:
        return "csrf"; /* as the staff API's own refusal says it */
    case POST_STORE_ERROR:
        return "unavailable";
    case POST_OK:
        break;
    }
    return "invalid";
}

int mod_error_status(int ret)
{
    switch (ret) {
    case ERR_FORBIDDEN:
    case ERR_CONFLICT:
        return 409;
    case ERR_INVALID:
        return 422;
    case ERR_NOTFOUND:
        return 404;
    }
    return 503;
}
