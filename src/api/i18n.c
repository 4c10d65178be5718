/*
 * i18n.c - chooses the language of each request, and the switch that lets
 * a reader choose it for good.
 *
 * The router calls i18n_select first thing for every request, on the
 * thread that will handle it; it sets that thread's current language
 * (render/msg.h), which every msg_get of the request then answers in.
 * The choice, first match wins:
 *
 *   1. /embed/... with ?lang=<tag> the site speaks: the host page's
 *      language (the widget runs on another site, where our cookie is a
 *      third-party one);
 *   2. the charla_lang cookie ("es" or "en"), set by the switch below;
 *   3. Accept-Language, by q-value (msg_lang_accept);
 *   4. the site default: the setting `language` ("en" unless set).
 *
 * The switch: GET /lang/<code>?back=<path> sets charla_lang for a year
 * and answers 303 to back. back must be a path on this site: it starts
 * with "/" but not "//" or "/\" (which browsers read as another host), and
 * holds no control characters; anything else goes to "/". The footer of
 * every page links to it (page_common.c), with the page's own path as back
 * and the parameters that say which part of a discussion it shows: page
 * (2 and on), thread and reply (comment numbers, "3" or "1.2"). Only
 * those, and only such values: an article's first page is cached and
 * shared by every reader, footer and all, so one reader's other
 * parameters (posted=, review=, anything typed) must not reach it, and
 * the pages that have these parameters are never cached (pages.c). The
 * staff pages that are filtered views (the queue, the log) keep their
 * filters too, and the login page where it goes next, so that switching
 * does not lose what a moderator was looking at; those pages are never
 * cached, but a notice passed through a redirect (done=) is one-shot and
 * is dropped, and so is any parameter the page does not read. Back
 * is re-encoded from the parsed parameters; past BACK_MAX bytes it is
 * "/". GET pages only: a form's POST address cannot be gone back to.
 *
 * Pages differ by language, so every response but the static files, the
 * JSON API and the embed endpoints (which set their own Vary) carries
 * "Vary: Accept-Language, Cookie"; the page cache keys article pages by
 * language and their ETags differ (pages.c, cache.h).
 *
 * The site default is a store setting; reading it on every request would
 * cost a query, so it is re-read at most every DEFAULT_LANG_TTL_S seconds
 * (a change takes effect within that time, with no restart).
 */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "api/hooks.h"
#include "render/html.h"
#include "render/msg.h"
#include "util/str.h"

#define DEFAULT_LANG_TTL_S 10
#define BACK_MAX 500 /* bytes; msg_set_back_path keeps up to 511 */
#define LANG_COOKIE "charla_lang"

static int default_lang = MSG_LANG_EN;      /* atomic */
static int64_t default_read_at = INT64_MIN; /* atomic; monotonic seconds */

static int64_t monotonic_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec;
}

/* site_default: the setting `language`, cached for DEFAULT_LANG_TTL_S. */
static enum msg_lang site_default(struct app *app, struct http_req *req)
{
    int64_t now = monotonic_s();
    int64_t at = __atomic_load_n(&default_read_at, __ATOMIC_ACQUIRE);
    if (at != INT64_MIN && now - at < DEFAULT_LANG_TTL_S)
        return (enum msg_lang)__atomic_load_n(&default_lang, __ATOMIC_RELAXED);
    const char *v;
    int lang = MSG_LANG_EN;
    if (store_setting_get(app->store, "language", &req->arena, &v) == 0) {
        int l = msg_lang_parse(v, strlen(v));
        if (l >= 0)
            lang = l;
    }
    /* two threads may both read it; either answer is the setting */
    __atomic_store_n(&default_lang, lang, __ATOMIC_RELAXED);
    __atomic_store_n(&default_read_at, now, __ATOMIC_RELEASE);
    return (enum msg_lang)lang;
}

static bool is_get(const struct http_req *req)
{
    return strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
}

static enum msg_lang choose(struct app *app, struct http_req *req)
{
    const char *v;
    int l;
    if (str_starts(req->path, "/embed/")) {
        v = http_req_query(req, "lang");
        l = v ? msg_lang_parse(v, strlen(v)) : -1;
        if (l >= 0)
            return (enum msg_lang)l;
    }
    v = http_req_cookie(req, LANG_COOKIE);
    if (v) {
        size_t n = strlen(v);
        /* exactly a code the site speaks: no "es-garbage" */
        l = msg_lang_parse(v, n);
        if (l >= 0 && strlen(msg_lang_code((enum msg_lang)l)) == n)
            return (enum msg_lang)l;
    }
    v = http_req_header(req, "Accept-Language");
    l = msg_lang_accept(v);
    if (l >= 0)
        return (enum msg_lang)l;
    return site_default(app, req);
}

/* lang_switch answers GET /lang/<code>?back=<path>. */
static void lang_switch(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    const char *code = req->path + strlen("/lang/");
    size_t n = strlen(code);
    int l = msg_lang_parse(code, n);
    if (l < 0 || strlen(msg_lang_code((enum msg_lang)l)) != n) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    if (!is_get(req)) {
        respond_html_method(app, resp, "GET, HEAD");
        return;
    }
    msg_set_lang((enum msg_lang)l);
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    const char *cookie =
        arena_sprintf(&req->arena,
                      LANG_COOKIE "=%s; Path=/; Max-Age=31536000; "
                                  "SameSite=Lax%s",
                      msg_lang_code((enum msg_lang)l), https ? "; Secure" : "");
    if (cookie)
        http_resp_header(resp, "Set-Cookie", cookie);
    const char *back = http_req_query(req, "back");
    respond_redirect(req, resp, 303, str_is_site_path(back) ? back : "/");
    http_resp_header(resp, "Cache-Control", "no-store");
}

/* The staff pages whose view their query chooses, and the parameters
 * that choose it (page, for the queue, is kept on every page). */
static const struct {
    const char *path;
    const char *const *names;
} staff_pages[] = {
    {"/admin/queue", (const char *const[]){"article", "why", "order", NULL}},
    {"/admin/log", (const char *const[]){"id", "comment", "article", "action",
                                         "actor", NULL}},
    {"/admin/login", (const char *const[]){"next", NULL}},
};

struct back {
    struct buf buf;           /* the path, then "?name=value&..." */
    int params;               /* how many are in */
    const char *const *staff; /* the page's own staff parameters, or NULL */
};

/* comment_number: "3", "1.2" (digits and dots, short). */
static bool comment_number(const char *v)
{
    size_t n = strlen(v);
    if (n == 0 || n > 64 || v[0] == '.')
        return false;
    return strspn(v, "0123456789.") == n;
}

/* kept: a parameter that chooses what a discussion's page, or back's
 * staff page, shows. */
static bool kept(const struct back *back, const char *name, const char *value)
{
    int64_t page;
    if (strcmp(name, "page") == 0)
        return str_to_int(value, strlen(value), 2, 1000000, &page) == 0;
    if ((strcmp(name, "thread") == 0 || strcmp(name, "reply") == 0) &&
        comment_number(value))
        return true;
    for (size_t i = 0; back->staff && back->staff[i]; i++)
        if (strcmp(name, back->staff[i]) == 0)
            return value[0] != '\0'; /* an empty filter is no filter */
    return false;
}

static bool add_param(void *ctx, const char *name, const char *value)
{
    struct back *back = ctx;
    if (!kept(back, name, value))
        return true;
    buf_addc(&back->buf, back->params++ ? '&' : '?');
    buf_adds(&back->buf, name);
    buf_addc(&back->buf, '=');
    url_query(&back->buf, value, strlen(value));
    return !buf_failed(&back->buf);
}

/* set_back_path: the footer's switch comes back to this page and to the
 * part of it shown (see the top). */
static void set_back_path(struct http_req *req)
{
    if (!is_get(req)) {
        msg_set_back_path("/");
        return;
    }
    struct back back = {.params = 0};
    for (size_t i = 0; i < sizeof(staff_pages) / sizeof(staff_pages[0]); i++)
        if (strcmp(req->path, staff_pages[i].path) == 0)
            back.staff = staff_pages[i].names;
    buf_init(&back.buf, BACK_MAX);
    url_path(&back.buf, req->path, strlen(req->path));
    if (!buf_failed(&back.buf))
        http_req_query_each(req, add_param, &back);
    /* too long: msg_set_back_path says "/" */
    msg_set_back_path(buf_failed(&back.buf) ? NULL : back.buf.data);
    buf_release(&back.buf);
}

bool i18n_select(struct app *app, struct http_req *req, struct http_resp *resp)
{
    msg_set_lang(choose(app, req));
    set_back_path(req);
    if (str_starts(req->path, "/lang/")) {
        lang_switch(app, req, resp);
        return true;
    }
    if (!str_starts(req->path, "/static/") && !str_starts(req->path, "/api/") &&
        !str_starts(req->path, "/embed/"))
        http_resp_header(resp, "Vary", "Accept-Language, Cookie");
    return false;
}
