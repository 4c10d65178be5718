/*
 * router.c - maps each request to its handler, adds the headers every
 * response carries, and writes one log line per request (method, path,
 * status, time; never the client's address, nor the queue feed's token).
 *
 * Routes:
 *   GET  /                                  front page
 *   GET  /static/{style.css,app.js}         static files
 *   GET  /healthz                           the store answers
 *   GET  /api/v1/articles                   article list
 *   GET  /api/v1/articles/{id}/comments     thread
 *   POST /api/v1/articles/{id}/comments     post (JSON)
 *   POST /articles/{id}/comments            post (form)
 *   POST|DELETE /api/v1/session             staff log in / out
 *   /api/v1/mod/...                         moderation (see mod.c)
 *   POST /api/v1/comments/{id}/report       a reader reports
 *   DELETE /api/v1/comments/{id}            the author deletes
 *   GET|POST /comments/{id}/report          the report page (form)
 *   GET|POST /comments/{id}/delete          the author's delete page (form)
 *   /admin/...                              staff pages (see admin.c)
 *   GET  /lang/{en,es}?back=                the language switch (i18n.c)
 *   GET  <article path>                     article page
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "api/app.h"
#include "api/auth.h"
#include "api/hooks.h"
#include "api/mod_api.h"
#include "api/thread_load.h"
#include "render/html.h"
#include "render/msg.h"
#include "util/str.h"

static void security_headers(struct app *app, struct http_req *req,
                             struct http_resp *resp)
{
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    if (app->hsts[0] && proto && strcmp(proto, "https") == 0)
        http_resp_header(resp, "Strict-Transport-Security", app->hsts);
    http_resp_header(resp, "Content-Security-Policy",
                     "default-src 'self'; img-src 'self' data:; "
                     "style-src 'self'; script-src 'self'; "
                     "object-src 'none'; base-uri 'none'; "
                     "form-action 'self'; frame-ancestors 'none'");
    http_resp_header(resp, "X-Content-Type-Options", "nosniff");
    http_resp_header(resp, "Referrer-Policy", "no-referrer");
}

/*
 * match_id_route matches "<prefix><id><suffix>" exactly and reads the id.
 */
static bool match_id_route(const char *path, const char *prefix,
                           const char *suffix, int64_t *id)
{
    size_t pl = strlen(prefix), sl = strlen(suffix), n = strlen(path);
    if (n <= pl + sl || strncmp(path, prefix, pl) != 0 ||
        strcmp(path + n - sl, suffix) != 0)
        return false;
    return parse_article_id(path + pl, n - pl - sl, id) == 0;
}

static void serve_static(struct app *app, struct http_req *req,
                         struct http_resp *resp, const char *name)
{
    for (int i = 0; i < APP_STATIC_FILES; i++) {
        struct static_file *f = &app->files[i];
        if (!f->data || strcmp(f->name, name) != 0)
            continue;
        const char *inm = http_req_header(req, "If-None-Match");
        http_resp_header(resp, "ETag", f->etag);
        http_resp_header(resp, "Cache-Control", "public, max-age=3600");
        resp->content_type = f->content_type;
        if (inm && strstr(inm, f->etag)) {
            resp->status = 304;
            return;
        }
        buf_add(&resp->body, f->data, f->len);
        return;
    }
    respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
}

/*
 * match_id_action matches "<prefix><id>/<action>" and returns the action
 * (a pointer into path), or NULL.
 */
static const char *match_id_action(const char *path, const char *prefix,
                                   int64_t *id)
{
    size_t pl = strlen(prefix);
    if (strncmp(path, prefix, pl) != 0)
        return NULL;
    const char *slash = strchr(path + pl, '/');
    if (!slash || slash[1] == '\0' || strchr(slash + 1, '/'))
        return NULL;
    if (parse_article_id(path + pl, (size_t)(slash - path - pl), id))
        return NULL;
    return slash + 1;
}

static void route_mod(struct app *app, struct http_req *req,
                      struct http_resp *resp, bool get, bool post)
{
    const char *p = req->path;
    const char *action;
    int64_t id;
    struct session se;

    if (strcmp(p, "/api/v1/mod/queue") == 0 && get) {
        mod_queue(app, req, resp);
    } else if (strcmp(p, "/api/v1/mod/log") == 0 && get) {
        mod_log(app, req, resp);
    } else if (strcmp(p, "/api/v1/mod/bans") == 0 && post) {
        mod_ban(app, req, resp);
    } else if ((action = match_id_action(p, "/api/v1/mod/comments/", &id)) &&
               post) {
        mod_comment_action(app, req, resp, id, action);
    } else if ((action = match_id_action(p, "/api/v1/mod/articles/", &id)) &&
               strcmp(action, "end-raid") == 0 && post) {
        mod_end_raid(app, req, resp, id);
    } else if (auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL,
                          AUTH_JSON, &se)) {
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_API_NO_ENDPOINT));
    }
}

static bool is_api(const char *path)
{
    return str_starts(path, "/api/");
}

static void route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *p = req->path;
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    int64_t id;

    if (str_starts(p, "/api/") && embed_cors(app, req, resp))
        return;
    if (match_id_route(p, "/api/v1/articles/", "/comments", &id)) {
        if (get)
            api_comments_get(app, req, resp, id);
        else if (!post)
            respond_json_error(resp, 405, "method", msg_get(MSG_METHOD));
        else if (respond_unless_json(req, resp))
            api_comments_post(app, req, resp, id);
        return;
    }
    if (strcmp(p, "/api/v1/articles") == 0) {
        if (get)
            api_articles(app, req, resp);
        else
            respond_json_error(resp, 405, "method", msg_get(MSG_METHOD));
        return;
    }
    if (str_starts(p, "/embed/") || strcmp(p, "/api/v1/counts") == 0) {
        embed_route(app, req, resp);
        return;
    }
    if (strcmp(p, "/api/v1/session") == 0) {
        if (strcmp(req->method, "DELETE") == 0)
            mod_session_logout(app, req, resp);
        else if (!post)
            respond_json_error(resp, 405, "method", msg_get(MSG_METHOD));
        else if (respond_unless_json(req, resp))
            mod_session_login(app, req, resp);
        return;
    }
    if (str_starts(p, "/api/v1/mod/")) {
        route_mod(app, req, resp, get, post);
        return;
    }
    const char *action = match_id_action(p, "/api/v1/comments/", &id);
    if (action && strcmp(action, "report") == 0 && post) {
        if (respond_unless_json(req, resp))
            mod_reader_report(app, req, resp, id);
        return;
    }
    if (match_id_route(p, "/api/v1/comments/", "", &id) &&
        strcmp(req->method, "DELETE") == 0) {
        mod_author_delete(app, req, resp, id);
        return;
    }
    if (is_api(p)) {
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_API_NO_ENDPOINT));
        return;
    }
    if (match_id_route(p, "/articles/", "/comments", &id)) {
        if (post)
            pages_post_form(app, req, resp, id);
        else
            respond_html_error(app, resp, 405, msg_get(MSG_METHOD));
        return;
    }
    if (match_id_route(p, "/comments/", "/report", &id) && (get || post)) {
        pages_report(app, req, resp, id);
        return;
    }
    if (match_id_route(p, "/comments/", "/delete", &id) && (get || post)) {
        pages_author_delete(app, req, resp, id);
        return;
    }
    if (strcmp(p, "/me") == 0 || str_starts(p, "/me/")) {
        me_route(app, req, resp);
        return;
    }
    if (strcmp(p, "/admin") == 0 || str_starts(p, "/admin/")) {
        admin_route(app, req, resp);
        return;
    }
    if (!get) {
        respond_html_error(app, resp, 405, msg_get(MSG_METHOD));
        return;
    }
    if (strcmp(p, "/") == 0) {
        pages_index(app, req, resp);
        return;
    }
    if (str_starts(p, "/static/")) {
        serve_static(app, req, resp, p + strlen("/static/"));
        return;
    }
    if (strcmp(p, "/metrics") == 0) {
        metrics_route(app, req, resp);
        return;
    }
    if (str_starts(p, "/feeds/")) {
        feeds_route(app, req, resp);
        return;
    }
    if (strcmp(p, "/healthz") == 0) {
        bool ok = store_ping(app->store) == 0;
        resp->status = ok ? 200 : 503;
        resp->content_type = "application/json; charset=utf-8";
        buf_adds(&resp->body,
                 ok ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
        return;
    }
    struct article art;
    int ret =
        store_article_by_path(app_read_store(app, req), p, &req->arena, &art);
    if (ret == 0 && art.is_published) {
        pages_article(app, req, resp, &art);
        return;
    }
    if (ret && ret != ERR_NOTFOUND) {
        respond_html_unavailable(app, resp);
        return;
    }
    respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
}

/* Paths under this carry the queue feed's secret ("/feeds/queue/T.atom"). */
#define QUEUE_FEED_PREFIX "/feeds/queue/"

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 +
           (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

void app_handle(void *ctx, struct http_req *req, struct http_resp *resp)
{
    struct app *app = ctx;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    security_headers(app, req, resp);
    if (i18n_select(app, req, resp)) {
        /* answered (the language switch) */
    } else if (req->body_too_big) {
        /* nothing of the body was read: the page or JSON error says why */
        if (is_api(req->path) || str_starts(req->path, "/embed/"))
            respond_json_error(resp, 413, "too_large", msg_get(MSG_TOO_LARGE));
        else
            respond_html_error(app, resp, 413, msg_get(MSG_TOO_LARGE));
    } else if (!limits_check(app, req, resp)) {
        route(app, req, resp);
    }
    /* a writer reads from the primary for a while (see app_read_store) */
    if (strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0 &&
        resp->status < 400)
        app_fresh_cookie(app, resp);
    double ms = elapsed_ms(&t0);
    metrics_observe(app, req, resp, ms);
    if (!app->quiet) {
        struct buf line;
        buf_init(&line, 2048);
        buf_adds(&line, "method=");
        header_value(&line, req->method, strlen(req->method));
        buf_adds(&line, " path=");
        size_t plen = strlen(req->path);
        if (str_starts(req->path, QUEUE_FEED_PREFIX)) {
            /* the private queue feed's secret is in its path: a log is
               read by more people than the staff */
            plen = strlen(QUEUE_FEED_PREFIX);
            header_value(&line, req->path, plen);
            buf_adds(&line, "(token)");
        } else {
            header_value(&line, req->path, plen > 256 ? 256 : plen);
        }
        buf_addf(&line, " status=%d ms=%.2f\n", resp->status, ms);
        fputs(line.data, stderr);
        buf_release(&line);
    }
}
