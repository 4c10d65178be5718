/*
 * router.c - maps each request to its handler, adds the headers every
 * response carries, and writes one log line per request (method, path,
 * status, time; never the client's address, nor the queue feed's token).
 *
 * Routes:
 *   GET  /                                  front page
 *   GET  /static/{style.css,app.js}         static files
 *   GET  /favicon.ico                       the icon (web/favicon.svg)
 *   GET  /healthz                           the store answers
 *   GET  /api/v1/articles                   article list
 *   GET  /api/v1/articles/{id}/comments     thread
 *   POST /api/v1/articles/{id}/comments     post (JSON)
 *   POST /articles/{id}/comments            post (form)
 *   POST|DELETE /api/v1/session             staff log in / out
 *   /api/v1/mod/...                         moderation (see mod.c)
 *   GET  /api/v1/pow                        a proof-of-work challenge
 *                                           (answered in limits.c)
 *   POST /api/v1/comments/{id}/report       a reader reports
 *   DELETE /api/v1/comments/{id}            the author deletes
 *   GET|POST /comments/{id}/report          the report page (form)
 *   GET|POST /comments/{id}/delete          the author's delete page (form)
 *   /admin/...                              staff pages (see admin.c)
 *   /me/...                                 a reader's own data (me.c)
 *   /embed/..., GET /api/v1/counts          the embed (embed.c)
 *   GET  /feeds/..., GET /metrics           feeds.c, metrics.c
 *   GET  /lang/{en,es}?back=                the language switch (i18n.c)
 *   GET  <article path>                     article page
 *   GET  <an article's former path>         301 to its path (pages.c)
 *
 * Every path but "/" and an article's is under one of own_paths (below),
 * which also tells the editors' form which paths an article may not take.
 *
 * Methods: a known path asked with a method it does not take is 405, with
 * an Allow header listing those it takes (a JSON error under /api/, for
 * the embed's JSON and for /healthz, the HTML error page elsewhere); a
 * path nobody answers is 404 whatever the method. Staff paths
 * (/admin/..., /api/v1/mod/...) say either only to a member of staff:
 * without a session, the login comes first.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
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

/*
 * mod_methods: the Allow header of a known moderation path, or NULL for a
 * path the API does not have. A comment's action is known when it is one
 * mod_comment_action takes.
 */
static const char *mod_methods(const char *p)
{
    const char *action;
    int64_t id;
    if (strcmp(p, "/api/v1/mod/queue") == 0 ||
        strcmp(p, "/api/v1/mod/log") == 0)
        return "GET, HEAD";
    if (strcmp(p, "/api/v1/mod/bans") == 0)
        return "GET, HEAD, POST";
    if (strcmp(p, "/api/v1/mod/comments/bulk") == 0)
        return "POST";
    if ((action = match_id_action(p, "/api/v1/mod/bans/", &id)))
        return strcmp(action, "lift") == 0 ? "POST" : NULL;
    if (match_id_route(p, "/api/v1/mod/bans/", "", &id))
        return "DELETE";
    if ((action = match_id_action(p, "/api/v1/mod/comments/", &id)))
        return mod_action_known(action) ? "POST" : NULL;
    if ((action = match_id_action(p, "/api/v1/mod/articles/", &id)))
        return strcmp(action, "end-raid") == 0 ? "POST" : NULL;
    return NULL;
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
    } else if (strcmp(p, "/api/v1/mod/bans") == 0 && (get || post)) {
        if (get)
            mod_ban_list(app, req, resp);
        else
            mod_ban(app, req, resp);
    } else if ((action = match_id_action(p, "/api/v1/mod/bans/", &id)) &&
               strcmp(action, "lift") == 0 && post) {
        mod_ban_lift_api(app, req, resp, id);
    } else if (match_id_route(p, "/api/v1/mod/bans/", "", &id) &&
               strcmp(req->method, "DELETE") == 0) {
        mod_ban_lift_api(app, req, resp, id);
    } else if (strcmp(p, "/api/v1/mod/comments/bulk") == 0 && post) {
        mod_bulk(app, req, resp);
    } else if ((action = match_id_action(p, "/api/v1/mod/comments/", &id)) &&
               post) {
        mod_comment_action(app, req, resp, id, action);
    } else if ((action = match_id_action(p, "/api/v1/mod/articles/", &id)) &&
               strcmp(action, "end-raid") == 0 && post) {
        mod_end_raid(app, req, resp, id);
    } else if (auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL,
                          AUTH_JSON, &se)) {
        /* staff only, as every answer here: 405 for a known path asked
           with another method, else 404 */
        const char *allow = mod_methods(p);
        if (allow)
            respond_json_method(resp, allow);
        else
            respond_json_error(resp, 404, "not_found",
                               msg_get(MSG_API_NO_ENDPOINT));
    }
}

static bool is_api(const char *path)
{
    return str_starts(path, "/api/");
}

static void route_api(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    const char *p = req->path;
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    int64_t id;

    if (embed_cors(app, req, resp))
        return;
    if (match_id_route(p, "/api/v1/articles/", "/comments", &id)) {
        if (get)
            api_comments_get(app, req, resp, id);
        else if (!post)
            respond_json_method(resp, "GET, HEAD, POST");
        else if (respond_unless_json(req, resp))
            api_comments_post(app, req, resp, id);
        return;
    }
    if (strcmp(p, "/api/v1/articles") == 0) {
        if (get)
            api_articles(app, req, resp);
        else
            respond_json_method(resp, "GET, HEAD");
        return;
    }
    if (strcmp(p, "/api/v1/counts") == 0) {
        embed_route(app, req, resp);
        return;
    }
    if (strcmp(p, "/api/v1/session") == 0) {
        if (strcmp(req->method, "DELETE") == 0)
            mod_session_logout(app, req, resp);
        else if (!post)
            respond_json_method(resp, "POST, DELETE");
        else if (respond_unless_json(req, resp))
            mod_session_login(app, req, resp);
        return;
    }
    if (str_starts(p, "/api/v1/mod/")) {
        route_mod(app, req, resp, get, post);
        return;
    }
    if (strcmp(p, "/api/v1/pow") == 0) {
        /* a GET or HEAD is answered by limits_check, before routing */
        respond_json_method(resp, "GET, HEAD");
        return;
    }
    const char *action = match_id_action(p, "/api/v1/comments/", &id);
    if (action && strcmp(action, "report") == 0) {
        if (!post)
            respond_json_method(resp, "POST");
        else if (respond_unless_json(req, resp))
            mod_reader_report(app, req, resp, id);
        return;
    }
    if (match_id_route(p, "/api/v1/comments/", "", &id)) {
        if (strcmp(req->method, "DELETE") == 0)
            mod_author_delete(app, req, resp, id);
        else
            respond_json_method(resp, "DELETE");
        return;
    }
    respond_json_error(resp, 404, "not_found", msg_get(MSG_API_NO_ENDPOINT));
}

static bool is_get(const struct http_req *req)
{
    return strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
}

static void route_articles(struct app *app, struct http_req *req,
                           struct http_resp *resp)
{
    int64_t id;
    if (!match_id_route(req->path, "/articles/", "/comments", &id))
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (strcmp(req->method, "POST") == 0)
        pages_post_form(app, req, resp, id);
    else
        respond_html_method(app, resp, "POST");
}

static void route_comments(struct app *app, struct http_req *req,
                           struct http_resp *resp)
{
    const char *p = req->path;
    bool get_or_post = is_get(req) || strcmp(req->method, "POST") == 0;
    int64_t id;
    bool report = match_id_route(p, "/comments/", "/report", &id);
    bool del = !report && match_id_route(p, "/comments/", "/delete", &id);
    if (!report && !del)
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (!get_or_post)
        respond_html_method(app, resp, "GET, HEAD, POST");
    else if (report)
        pages_report(app, req, resp, id);
    else
        pages_author_delete(app, req, resp, id);
}

/* only_get answers 405 to anything but GET and HEAD; true if it did. */
static bool only_get(struct app *app, struct http_req *req,
                     struct http_resp *resp)
{
    if (is_get(req))
        return false;
    respond_html_method(app, resp, "GET, HEAD");
    return true;
}

/* static_known: the server has a static file of that name. */
static bool static_known(const struct app *app, const char *name)
{
    for (int i = 0; i < APP_STATIC_FILES; i++)
        if (app->files[i].data && strcmp(app->files[i].name, name) == 0)
            return true;
    return false;
}

static void route_static(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    const char *name = req->path + strlen("/static");
    if (*name == '/')
        name++;
    if (!str_starts(req->path, "/static/") ||
        (!is_get(req) && !static_known(app, name)))
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (!only_get(app, req, resp))
        serve_static(app, req, resp, name);
}

/* GET /favicon.ico: clients that ask without reading the pages' icon link
 * get the same drawing instead of a 404. */
static void route_favicon(struct app *app, struct http_req *req,
                          struct http_resp *resp)
{
    if (strcmp(req->path, "/favicon.ico") != 0)
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (!only_get(app, req, resp))
        serve_static(app, req, resp, "favicon.svg");
}

static void route_feeds(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    if (!is_get(req) && !feeds_path_known(req->path))
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (!only_get(app, req, resp))
        feeds_route(app, req, resp);
}

static void route_metrics(struct app *app, struct http_req *req,
                          struct http_resp *resp)
{
    if (strcmp(req->path, "/metrics") != 0)
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
    else if (!only_get(app, req, resp))
        metrics_route(app, req, resp);
}

static void route_healthz(struct app *app, struct http_req *req,
                          struct http_resp *resp)
{
    if (strcmp(req->path, "/healthz") != 0) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    /* a machine asks here, and reads JSON: so is its 405 */
    if (!is_get(req)) {
        respond_json_method(resp, "GET, HEAD");
        return;
    }
    bool ok = store_ping(app->store) == 0;
    resp->status = ok ? 200 : 503;
    resp->content_type = "application/json; charset=utf-8";
    buf_adds(&resp->body,
             ok ? "{\"status\":\"ok\"}" : "{\"status\":\"unavailable\"}");
}

/* GET /lang/<code> is answered before routing (i18n_select); the rest of
 * /lang is nobody's. */
static void route_lang(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    (void)req;
    respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
}

/*
 * The server's own paths. Each name is answered by its handler, and so is
 * everything under it ("/feeds" and "/feeds/..."), whatever the method;
 * the handler answers 404 or 405 itself for what it does not know. Only
 * a path under none of them can be an article's (app_path_is_own), so
 * this one table is both the routing and the list of paths an editor may
 * not give an article.
 */
static const struct {
    const char *name;
    void (*handle)(struct app *app, struct http_req *req,
                   struct http_resp *resp);
} own_paths[] = {
    {"/api", route_api},
    {"/embed", embed_route},
    {"/articles", route_articles},
    {"/comments", route_comments},
    {"/me", me_route},
    {"/admin", admin_route},
    {"/static", route_static},
    {"/favicon.ico", route_favicon},
    {"/feeds", route_feeds},
    {"/metrics", route_metrics},
    {"/healthz", route_healthz},
    {"/lang", route_lang},
};
#define OWN_PATHS (sizeof(own_paths) / sizeof(own_paths[0]))

/* own_path_index: the entry path is, or is under; -1 for none. */
static int own_path_index(const char *path)
{
    for (size_t i = 0; i < OWN_PATHS; i++) {
        size_t n = strlen(own_paths[i].name);
        if (strncmp(path, own_paths[i].name, n) == 0 &&
            (path[n] == '\0' || path[n] == '/'))
            return (int)i;
    }
    return -1;
}

bool app_path_is_own(const char *path)
{
    return own_path_index(path) >= 0;
}

void app_own_paths(struct buf *b)
{
    for (size_t i = 0; i < OWN_PATHS; i++) {
        if (i)
            buf_adds(b, ", ");
        buf_adds(b, own_paths[i].name);
    }
}

static void route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *p = req->path;
    int own = own_path_index(p);
    if (own >= 0) {
        own_paths[own].handle(app, req, resp);
        return;
    }
    if (strcmp(p, "/") == 0) {
        if (!only_get(app, req, resp))
            pages_index(app, req, resp);
        return;
    }
    /* any other method: 405 where an article (or its former path) is,
       404 where there is nothing, as for a GET */
    struct article art;
    int ret =
        store_article_by_path(app_read_store(app, req), p, &req->arena, &art);
    if (ret == 0 && art.is_published) {
        if (!only_get(app, req, resp))
            pages_article(app, req, resp, &art);
        return;
    }
    if (ret && ret != ERR_NOTFOUND) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* no article here now: one that was here before its path changed */
    if (ret == ERR_NOTFOUND && pages_moved(app, req, resp))
        return;
    respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
}

/* find_nocase: the first place in s where word (lower case) is, in any
 * case, or NULL. */
static const char *find_nocase(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; *s; s++)
        if (strncasecmp(s, word, n) == 0)
            return s;
    return NULL;
}

/*
 * queue_secret_at: where in path the queue feed's secret may begin, or
 * NULL. The feed is "/feeds/queue/SECRET.atom"; a path that only comes
 * close ("/feeds//queue/SECRET.atom", "/feeds/./queue/...", "/FEEDS/Queue/
 * ...") is answered 404 but carries the secret all the same. So whatever
 * follows "queue", in any case, anywhere after "feeds" is kept out of the
 * log: a log is read by more people than the staff.
 */
static const char *queue_secret_at(const char *path)
{
    const char *feeds = find_nocase(path, "feeds");
    const char *queue = feeds ? find_nocase(feeds, "queue") : NULL;
    return queue ? queue + strlen("queue") : NULL;
}

static double elapsed_ms(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) * 1e3 +
           (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/*
 * too_large answers a request whose body went over its limit; nothing of
 * the body was read, so the page or JSON error says why. A staff form
 * sent without a live session was held to the readers' limit: that it
 * needs a login (401, with the link) helps more than its size.
 */
static void too_large(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct session se;
    if (is_api(req->path) || str_starts(req->path, "/embed/"))
        respond_json_error(resp, 413, "too_large", msg_get(MSG_TOO_LARGE));
    else if (req->body_max > HTTP_BODY_MAX)
        respond_html_error(app, resp, 413, msg_get(MSG_TOO_LARGE_STAFF));
    else if (str_starts(req->path, "/admin/") &&
             strcmp(req->path, "/admin/login") != 0 &&
             !auth_optional_staff(app, req, &se))
        auth_login_needed(app, req, resp, AUTH_HTML);
    else
        respond_html_error(app, resp, 413, msg_get(MSG_TOO_LARGE));
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
        too_large(app, req, resp);
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
        const char *secret = queue_secret_at(req->path);
        if (secret && *secret) {
            /* the private queue feed's secret is in its path */
            plen = (size_t)(secret - req->path);
            header_value(&line, req->path, plen > 256 ? 256 : plen);
            buf_adds(&line, "/(token)");
        } else {
            header_value(&line, req->path, plen > 256 ? 256 : plen);
        }
        buf_addf(&line, " status=%d ms=%.2f\n", resp->status, ms);
        fputs(line.data, stderr);
        buf_release(&line);
    }
}
