/*
 * embed.c - embed mode: charla's discussion on pages that live on another
 * site (a Hugo or Jekyll blog, another CMS). docs/embed.md is the guide.
 *
 * A host page loads /embed/embed.js, which asks /embed/thread.json for the
 * thread of its canonical URL. The first such request creates an
 * "external" article: path "/x/<host><path>" (a stable, readable path that
 * is also its no-JavaScript page on this server), external_url the
 * canonical URL, title from the page. Only URLs whose origin is on the
 * site's allow list (setting embed_origins: origins separated by white
 * space or commas) get an article; anything else is 403 with no data.
 * A page that has a thread already is found first by external_url (a
 * thread imported from Disqus or WordPress keeps its old site's path),
 * then by that path (find_thread). A new one is made only for a request
 * from a listed page (Origin, else Referer: from_listed_page), at most
 * rate_embed_threads_per_hour per network (limits.c), and never for a
 * path with dot segments (embed_path.c: 422).
 *
 * Routes (router.c sends /embed/... and /api/v1/counts here):
 *   GET  /embed/embed.js, /embed/embed.css   the widget and its stylesheet
 *   GET  /embed/thread.json?url=&title=      resolve-or-create + the thread
 *   POST /embed/comments?article=ID          post (same body as the API)
 *   POST /embed/report?comment=ID            report (same body as the API)
 *   GET  /embed/mine?article=ID              the reader's own comments in
 *                                            the thread that they may still
 *                                            delete, and those awaiting
 *                                            review (embed_mine.c)
 *   GET  /embed/me/export                    the reader's data, as /me/export
 *   POST /embed/me/erase                     {"confirm":"erase"}: erase it all,
 *                                            as /me/erase
 *   GET  /embed/thread?url=&title=&lang=     the thread as a page for an
 *                                            iframe (frame-ancestors = list)
 *   GET  /embed/page?url=&title=             303 to the article's own page
 *                                            (the <noscript> link)
 *   GET  /api/v1/counts?url=...&url=...      {"counts":{"<url>":N}}
 *   OPTIONS on any of them                   CORS preflight
 *
 * CORS. A request whose Origin is on the list gets Access-Control-Allow-
 * Origin (that origin), -Allow-Credentials and Vary: Origin; a preflight
 * from it gets 204. An origin not on the list gets no CORS headers, and
 * the /embed/ endpoints refuse it with 403, so its page learns nothing.
 * A request without Origin, or from this server's own origin (the Host
 * header), is same-origin and untouched. embed_cors does the same for the
 * reader endpoints under /api/v1/ (never for staff ones: /api/v1/mod/ and
 * /api/v1/session stay same-origin only).
 *
 * The reader cookie. The post and report handlers set charla_reader with
 * SameSite=Lax, which a cross-site page never sends back. Posts and
 * reports from the widget therefore go through /embed/, which calls the
 * same handlers and then rewrites that cookie, over https, to
 * "SameSite=None; Secure; Partitioned": sent with the widget's requests,
 * kept per host site (CHIPS), so it works where third-party cookies are
 * blocked and links a reader across no two sites. Over plain http the
 * cookie stays Lax (browsers drop SameSite=None without Secure); that
 * still works when the blog and charla are the same site (a subdomain,
 * or loopback ports in the tests).
 *
 * The reader's own comments. The thread JSON is one cached copy for every
 * viewer, so it cannot say which comments are the viewer's, and it holds
 * none that awaits review. The widget asks /embed/mine for that, with its
 * cookie (embed_mine.c): the reader's published comments in that one
 * article still inside the author's delete window
 * (MOD_AUTHOR_DELETE_WINDOW_S), and their comments there awaiting review,
 * with an excerpt. Deleting goes to DELETE /api/v1/comments/{id} (CORS
 * for listed origins, see embed_cors), as for any reader.
 *
 * Your data. /me on this server's own address does not see the widget's
 * cookie when the widget is on another site (Partitioned, or blocked as
 * third-party), so the widget offers export and erasure itself, through
 * /embed/me/: the same work as /me (me.c), with the widget's cookie. The
 * erase takes a JSON body, so a browser preflights it and only a listed
 * origin gets through (gate); another site's form cannot send it.
 *
 * Input limits: a URL is at most EMBED_URL_MAX bytes of printable ASCII
 * (what browsers produce for location.href), http or https, no user
 * info; a title at most EMBED_TITLE_MAX bytes of UTF-8; counts take at
 * most EMBED_COUNTS_MAX URLs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "api/auth.h"
#include "api/embed_mine.h"
#include "api/embed_path.h"
#include "api/hooks.h"
#include "api/me.h"
#include "api/mod_api.h"
#include "api/thread_load.h"
#include "core/moderation.h"
#include "render/html.h"
#include "render/json.h"
#include "render/msg.h"
#include "render/page.h"
#include "util/str.h"

#define EMBED_URL_MAX 1024
#define EMBED_TITLE_MAX 200
#define EMBED_ORIGIN_MAX 300
#define EMBED_COUNTS_MAX 50
#define JSON_TYPE "application/json; charset=utf-8"
#define HTML_TYPE "text/html; charset=utf-8"

/* --- URLs and origins ------------------------------------------------ */

/* A parsed http(s) URL; strings point into arena memory. */
struct embed_url {
    const char *canonical; /* scheme and host lower case, no fragment */
    const char *origin;    /* "https://blog.example[:port]" */
    const char *path;      /* "/x/blog.example/2021/post.html" */
    bool dot_segments;     /* refused for "." or ".." segments (422) */
};

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static bool url_byte_ok(unsigned char c)
{
    return c > 0x20 && c < 0x7f && !strchr("\"<>\\^`{|}", c);
}

static bool host_byte_ok(char c)
{
    c = lower(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           strchr(".-:[]", c) != NULL;
}

/*
 * parse_scheme_host reads "http://host[:port]" or "https://..." from the
 * start of s, writes the lower-cased origin into out and returns the
 * length consumed, or 0 if s does not start with one.
 */
static size_t parse_scheme_host(const char *s, size_t len, char *out,
                                size_t cap)
{
    size_t skip;
    if (len >= 7 && strncasecmp(s, "http://", 7) == 0)
        skip = 7;
    else if (len >= 8 && strncasecmp(s, "https://", 8) == 0)
        skip = 8;
    else
        return 0;
    size_t end = skip;
    while (end < len && !strchr("/?#", s[end])) {
        if (!host_byte_ok(s[end]))
            return 0;
        end++;
    }
    if (end == skip || end - skip > 255 || end + 1 > cap)
        return 0;
    for (size_t i = 0; i < end; i++)
        out[i] = lower(s[i]);
    out[end] = '\0';
    return end;
}

/*
 * embed_url_parse checks and normalizes an absolute http(s) URL.
 * ERR_INVALID for a malformed one, and for one whose path has dot
 * segments (embed_path.c), which sets u->dot_segments.
 */
static int embed_url_parse(struct arena *a, const char *s, struct embed_url *u)
{
    size_t len = s ? strlen(s) : 0;
    char origin[EMBED_ORIGIN_MAX];
    u->dot_segments = false;
    if (len == 0 || len > EMBED_URL_MAX)
        return ERR_INVALID;
    for (size_t i = 0; i < len; i++)
        if (!url_byte_ok((unsigned char)s[i]))
            return ERR_INVALID;
    size_t n = parse_scheme_host(s, len, origin, sizeof(origin));
    if (!n)
        return ERR_INVALID;
    const char *rest = s + n;
    const char *hash = strchr(rest, '#');
    size_t rest_len = hash ? (size_t)(hash - rest) : strlen(rest);
    if (embed_path_has_dot_segment(rest, rest_len)) {
        u->dot_segments = true;
        return ERR_INVALID;
    }
    const char *slash = rest[0] == '/' ? "" : "/";
    const char *host = strstr(origin, "://") + 3;
    u->origin = arena_strdup(a, origin);
    u->canonical =
        arena_sprintf(a, "%s%s%.*s", origin, slash, (int)rest_len, rest);
    u->path = arena_sprintf(a, "/x/%s%s%.*s", host, slash, (int)rest_len, rest);
    return u->origin && u->canonical && u->path ? 0 : ERR_NOMEM;
}

/*
 * next_origin steps *p past the next entry of the allow list (entries are
 * separated by white space or commas). The entry starts at *start; its
 * length, without trailing '/', is returned (0 for none, at the end).
 */
static size_t next_origin(const char **p, const char **start)
{
    const char *q = *p;
    while (*q && strchr(" \t\r\n,", *q))
        q++;
    *start = q;
    while (*q && !strchr(" \t\r\n,", *q))
        q++;
    *p = q;
    size_t n = (size_t)(q - *start);
    while (n > 0 && (*start)[n - 1] == '/')
        n--;
    return n;
}

/*
 * origin_listed: true if origin (already normalized) is one of the
 * setting's entries, compared without case and without a trailing '/'.
 */
static bool origin_listed(const char *list, const char *origin)
{
    size_t olen = strlen(origin);
    const char *p = list;
    while (*p) {
        const char *start;
        size_t n = next_origin(&p, &start);
        if (n && n == olen && strncasecmp(start, origin, n) == 0)
            return true;
    }
    return false;
}

/* allowed_list reads the setting (arena memory), "" when unset. */
static const char *allowed_list(struct app *app, struct http_req *req)
{
    const char *v = NULL;
    if (store_setting_get(app->store, "embed_origins", &req->arena, &v))
        return "";
    return v ? v : "";
}

static bool origin_allowed(struct app *app, struct http_req *req,
                           const char *origin)
{
    return origin_listed(allowed_list(app, req), origin);
}

/* same_host: the origin's host[:port] is the Host this request came to. */
static bool same_host(struct http_req *req, const char *origin)
{
    const char *host = strstr(origin, "://");
    if (!host)
        return false;
    host += 3;
    const char *names[] = {"Host", "X-Forwarded-Host"};
    for (size_t i = 0; i < 2; i++) {
        const char *h = http_req_header(req, names[i]);
        if (h && strcasecmp(h, host) == 0)
            return true;
    }
    return false;
}

enum embed_from {
    FROM_SAME,    /* no Origin, or this server's own */
    FROM_ALLOWED, /* a cross-origin page on the list */
    FROM_REFUSED  /* anything else, including "null" and junk */
};

/* request_from classifies the request's Origin; *origin is normalized. */
static enum embed_from request_from(struct app *app, struct http_req *req,
                                    const char **origin)
{
    char buf[EMBED_ORIGIN_MAX];
    const char *o = http_req_header(req, "Origin");
    *origin = NULL;
    if (!o)
        return FROM_SAME;
    size_t len = strlen(o);
    size_t n = parse_scheme_host(o, len, buf, sizeof(buf));
    if (!n || n != len)
        return FROM_REFUSED;
    if (same_host(req, buf))
        return FROM_SAME;
    if (!origin_allowed(app, req, buf))
        return FROM_REFUSED;
    *origin = arena_strdup(&req->arena, buf);
    return *origin ? FROM_ALLOWED : FROM_REFUSED;
}

static void cors_headers(struct http_resp *resp, const char *origin)
{
    /* origin passed parse_scheme_host: only host characters, no CR/LF */
    http_resp_header(resp, "Access-Control-Allow-Origin", origin);
    http_resp_header(resp, "Access-Control-Allow-Credentials", "true");
    http_resp_header(resp, "Vary", "Origin");
}

static void preflight(struct http_resp *resp)
{
    resp->status = 204;
    http_resp_header(resp, "Access-Control-Allow-Methods", "GET, POST, DELETE");
    http_resp_header(resp, "Access-Control-Allow-Headers",
                     "Content-Type, X-CSRF-Token");
    http_resp_header(resp, "Access-Control-Max-Age", "600");
}

static void refuse(struct http_resp *resp)
{
    respond_json_error(resp, 403, "origin_not_allowed",
                       msg_get(MSG_API_NO_EMBED));
}

/*
 * gate answers preflights and refusals for an /embed/ or counts request.
 * Returns true when the handler should go on (CORS headers added if the
 * request is cross-origin and allowed).
 */
static bool gate(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *origin;
    enum embed_from from = request_from(app, req, &origin);
    if (from == FROM_REFUSED) {
        refuse(resp);
        return false;
    }
    if (from == FROM_ALLOWED)
        cors_headers(resp, origin);
    else
        http_resp_header(resp, "Vary", "Origin");
    if (strcmp(req->method, "OPTIONS") == 0) {
        if (from == FROM_ALLOWED)
            preflight(resp);
        else
            resp->status = 204;
        return false;
    }
    return true;
}

/* reader_api: the /api/ endpoints a page on an allowed origin may call
 * (the proof-of-work challenge for the widget's posts among them). */
static bool reader_api(const char *p)
{
    /* /api/v1/counts is answered by embed_route, which checks itself */
    return str_starts(p, "/api/v1/articles") ||
           str_starts(p, "/api/v1/comments/") || strcmp(p, "/api/v1/pow") == 0;
}

bool embed_cors(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *origin;
    if (!http_req_header(req, "Origin") || !reader_api(req->path))
        return false;
    enum embed_from from = request_from(app, req, &origin);
    if (from == FROM_SAME)
        return false;
    bool options = strcmp(req->method, "OPTIONS") == 0;
    if (from == FROM_REFUSED) {
        if (!options)
            return false; /* no CORS headers: the browser hides it */
        refuse(resp);
        return true;
    }
    cors_headers(resp, origin);
    if (!options)
        return false;
    preflight(resp);
    return true;
}

void embed_cors_early(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    const char *origin;
    if (!http_req_header(req, "Origin") ||
        !(reader_api(req->path) || str_starts(req->path, "/embed/")))
        return;
    if (request_from(app, req, &origin) == FROM_ALLOWED)
        cors_headers(resp, origin);
}

/* --- The reader cookie ----------------------------------------------- */

/*
 * cross_site_cookie rewrites a charla_reader cookie set by a handler so
 * that an embedded widget gets it back: over https, SameSite=None; Secure;
 * Partitioned. Over http it leaves the cookie as it is (see the top).
 */
static void cross_site_cookie(struct http_req *req, struct http_resp *resp)
{
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    if (!proto || strcmp(proto, "https") != 0)
        return;
    for (int i = 0; i < resp->nheaders; i++) {
        struct http_header *h = &resp->headers[i];
        if (strcasecmp(h->name, "Set-Cookie") != 0 ||
            !str_starts(h->value, "charla_reader="))
            continue;
        const char *tok = h->value + strlen("charla_reader=");
        size_t n = strcspn(tok, ";");
        const char *v = arena_sprintf(
            &req->arena,
            "charla_reader=%.*s; Path=/; Max-Age=31536000; HttpOnly; "
            "SameSite=None; Secure; Partitioned",
            (int)n, tok);
        if (v)
            h->value = v;
    }
}

/* --- Static files: the widget and its stylesheet --------------------- */

/*
 * serve_file answers embed.js or embed.css from the static files app.c
 * read from the --web folder at start (app_init fails without them), as
 * the router does for the other static files.
 */
static void serve_file(struct app *app, struct http_req *req,
                       struct http_resp *resp, const char *name)
{
    const struct static_file *file = NULL;
    for (int i = 0; i < APP_STATIC_FILES; i++) {
        const struct static_file *f = &app->files[i];
        if (f->data && f->name && strcmp(f->name, name) == 0)
            file = f;
    }
    if (!file) {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }
    const char *inm = http_req_header(req, "If-None-Match");
    http_resp_header(resp, "ETag", file->etag);
    http_resp_header(resp, "Cache-Control", "public, max-age=3600");
    resp->content_type = file->content_type;
    if (inm && strstr(inm, file->etag)) {
        resp->status = 304;
        return;
    }
    buf_add(&resp->body, file->data, file->len);
}

/* --- Articles for external pages --------------------------------------- */

/*
 * find_thread reads the article of the page u: the oldest article whose
 * external_url is u's canonical URL (a thread imported from Disqus or
 * WordPress for that page, at the path it had on the old site, or the
 * one the embed made), else the one at u's embed path. 0, ERR_NOTFOUND
 * or the store's error.
 */
static int find_thread(struct store *st, const struct embed_url *u,
                       struct arena *a, struct article *art)
{
    int ret = store_article_by_external_url(st, u->canonical, a, art);
    if (ret == ERR_NOTFOUND)
        ret = store_article_by_path(st, u->path, a, art);
    return ret;
}

/*
 * clean_title bounds a title from a host page: valid UTF-8 (else none),
 * control characters (C0, DEL, C1) and the line and paragraph separators
 * become spaces, at most EMBED_TITLE_MAX bytes cut at a character
 * boundary, trimmed. Returns arena memory or NULL for none.
 */
static const char *clean_title(struct arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t len = strlen(s);
    if (!str_utf8_valid(s, len))
        return NULL;
    if (len > EMBED_TITLE_MAX) {
        len = EMBED_TITLE_MAX;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    str_trim(&s, &len);
    if (len == 0)
        return NULL;
    char *t = arena_strndup(a, s, len);
    if (!t)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        const unsigned char *c = (const unsigned char *)t + i;
        if (c[0] < 0x20 || c[0] == 0x7f) {
            t[n++] = ' ';
        } else if (c[0] == 0xC2 && i + 1 < len && c[1] >= 0x80 &&
                   c[1] <= 0x9F) {
            t[n++] = ' '; /* U+0080..U+009F */
            i += 1;
        } else if (c[0] == 0xE2 && i + 2 < len && c[1] == 0x80 &&
                   (c[2] == 0xA8 || c[2] == 0xA9)) {
            t[n++] = ' '; /* U+2028, U+2029 */
            i += 2;
        } else {
            t[n++] = t[i];
        }
    }
    t[n] = '\0';
    const char *out = t;
    str_trim(&out, &n);
    return n ? arena_strndup(a, out, n) : NULL;
}

/*
 * from_listed_page: the request says it comes from a page of a listed
 * origin: its Origin (the widget's fetch from the host page), else its
 * Referer (a reader following the <noscript> link, or the iframe page
 * loaded by the host page) names one. Either header can be forged by a
 * script; this keeps a bare request from making threads, and the limit
 * per network (limits_embed_thread) bounds the rest.
 */
static bool from_listed_page(struct app *app, struct http_req *req)
{
    char buf[EMBED_ORIGIN_MAX];
    const char *o = http_req_header(req, "Origin");
    if (o) {
        size_t len = strlen(o);
        return parse_scheme_host(o, len, buf, sizeof(buf)) == len &&
               origin_allowed(app, req, buf);
    }
    const char *r = http_req_header(req, "Referer");
    size_t rlen = r ? strlen(r) : 0;
    size_t n = r && rlen <= EMBED_URL_MAX
                   ? parse_scheme_host(r, rlen, buf, sizeof(buf))
                   : 0;
    return n && origin_allowed(app, req, buf);
}

/* Why no thread was made for a page that has none. */
enum make_refusal {
    MAKE_OK,
    MAKE_NOT_FROM_PAGE, /* the request comes from no listed page: 403 */
    MAKE_TOO_MANY,      /* its network made too many: 429 */
    MAKE_FAILED         /* the store failed: 503 */
};

/*
 * make_thread creates the external article of u (title from title=,
 * cleaned), if the request may (from_listed_page, then the limit per
 * network), and reads it back into *art from the primary. *retry_s is
 * set for MAKE_TOO_MANY.
 */
static enum make_refusal make_thread(struct app *app, struct http_req *req,
                                     const struct embed_url *u,
                                     struct article *art, int *retry_s)
{
    *retry_s = 0;
    if (!from_listed_page(app, req))
        return MAKE_NOT_FROM_PAGE;
    if (!limits_embed_thread(app, req, retry_s))
        return MAKE_TOO_MANY;
    const char *title = clean_title(&req->arena, http_req_query(req, "title"));
    const char *body = arena_sprintf(&req->arena, "<%s>", u->canonical);
    struct article in = {
        .path = u->path,
        .title = title ? title : u->canonical,
        .byline = "",
        .published = app->now(),
        .is_published = true,
        .body = body ? body : "",
        .lead_image = "",
        .lead_caption = "",
        .labels = "",
        .source_id = "",
        .external_url = u->canonical,
        .discussion = 0,
    };
    int64_t id;
    int ret = store_article_insert(app->store, &in, &id);
    /* a conflict is another request creating it at the same time */
    if (ret == 0 || ret == ERR_CONFLICT)
        ret = find_thread(app->store, u, &req->arena, art);
    return ret ? MAKE_FAILED : MAKE_OK;
}

/*
 * bad_url answers a url= embed_url_parse refused: 422 for dot segments,
 * else 400.
 */
static void bad_url(struct app *app, struct http_resp *resp, bool json,
                    const struct embed_url *u)
{
    int status = u->dot_segments ? 422 : 400;
    if (json)
        respond_json_error(resp, status, "bad_url",
                           msg_get(u->dot_segments ? MSG_API_EMBED_DOT_SEGMENTS
                                                   : MSG_API_BAD_EMBED_URL));
    else
        respond_html_error(app, resp, status,
                           msg_get(u->dot_segments ? MSG_API_EMBED_DOT_SEGMENTS
                                                   : MSG_BAD_REQUEST));
}

/* refuse_making answers a page without a thread that may not get one. */
static void refuse_making(struct app *app, struct http_req *req,
                          struct http_resp *resp, bool json,
                          enum make_refusal why, int retry_s)
{
    if (why == MAKE_TOO_MANY) {
        const char *v = arena_sprintf(&req->arena, "%d", retry_s);
        if (v)
            respond_retry_after(resp, v);
        if (json)
            respond_json_error(resp, 429, "too_many_threads",
                               msg_get(MSG_LIMIT_EMBED_THREADS));
        else
            respond_html_error(app, resp, 429,
                               msg_get(MSG_LIMIT_EMBED_THREADS));
        return;
    }
    if (json)
        respond_json_error(resp, 403, "not_from_listed_page",
                           msg_get(MSG_API_EMBED_NOT_FROM_PAGE));
    else
        respond_html_error(app, resp, 403,
                           msg_get(MSG_API_EMBED_NOT_FROM_PAGE));
}

/*
 * resolve finds or creates the article for the request's url= (and
 * title=), answering 400/403/503 itself. Returns true with *art filled.
 * It reads the article where thread_load reads the comments
 * (app_read_store) and goes to the primary only when that store lacks
 * it (a new URL, or a replica behind); *same_store tells whether the
 * article came from the comments' store, so that a version is never
 * cached with comments older than it.
 */
static bool resolve(struct app *app, struct http_req *req,
                    struct http_resp *resp, bool json, struct article *art,
                    bool *same_store)
{
    struct embed_url u;
    const char *raw = http_req_query(req, "url");
    int ret = embed_url_parse(&req->arena, raw, &u);
    if (ret) {
        bad_url(app, resp, json, &u);
        return false;
    }
    if (!origin_allowed(app, req, u.origin)) {
        if (json)
            refuse(resp);
        else
            respond_html_error(app, resp, 403, msg_get(MSG_NOT_FOUND));
        return false;
    }
    struct store *comments_from = app_read_store(app, req);
    ret = find_thread(comments_from, &u, &req->arena, art);
    *same_store = true;
    if (ret == ERR_NOTFOUND && comments_from != app->store) {
        *same_store = false;
        ret = find_thread(app->store, &u, &req->arena, art);
    }
    if (ret == ERR_NOTFOUND) {
        int retry_s;
        enum make_refusal why = make_thread(app, req, &u, art, &retry_s);
        *same_store = comments_from == app->store;
        if (why == MAKE_NOT_FROM_PAGE || why == MAKE_TOO_MANY) {
            refuse_making(app, req, resp, json, why, retry_s);
            return false;
        }
        ret = why == MAKE_OK ? 0 : ERR_DB;
    }
    if (ret == 0 && !art->is_published)
        ret = ERR_NOTFOUND; /* an editor unpublished it: no thread */
    if (ret) {
        int status = ret == ERR_NOTFOUND ? 404 : 503;
        if (json)
            respond_json_error(resp, status,
                               status == 404 ? "not_found" : "unavailable",
                               msg_get(status == 404 ? MSG_API_NO_DISCUSSION
                                                     : MSG_API_UNAVAILABLE));
        else
            respond_html_error(
                app, resp, status,
                msg_get(status == 404 ? MSG_NOT_FOUND : MSG_SERVER_ERROR));
        return false;
    }
    return true;
}

/* --- GET /embed/thread.json ------------------------------------------ */

static void json_msg(struct buf *b, const char *key, enum msg_id id)
{
    json_quotes(b, key);
    buf_addc(b, ':');
    json_quotes(b, msg_get(id));
}

/*
 * embed_extras writes what the widget needs beyond the API's thread: the
 * article's own page, its discussion mode, the site-local time of every
 * comment (time references like "12:36" mean site time), and the texts
 * of the message catalogue, so the widget speaks the site's language.
 */
static void embed_extras(struct buf *b, const struct thread *t)
{
    const struct article *art = t->article;
    struct buf tmp;
    buf_adds(b, ",\"embed\":{\"page\":");
    buf_init(&tmp, 8192);
    url_path(&tmp, art->path, strlen(art->path));
    json_quote(b, tmp.data, tmp.len);
    buf_adds(b, ",\"discussion\":");
    buf_add_i64(b, art->discussion);
    buf_adds(b, ",\"visible\":");
    buf_add_i64(b, (int64_t)t->visible);
    buf_adds(b, ",\"times\":{");
    bool first = true;
    for (size_t i = 0; i < t->count; i++) {
        if (comment_status_awaits_review(t->comments[i].status))
            continue;
        if (!first)
            buf_addc(b, ',');
        first = false;
        json_quotes(b, t->comments[i].number);
        buf_addc(b, ':');
        buf_reset(&tmp);
        page_date(&tmp, &t->local[i]);
        buf_addc(&tmp, ' ');
        page_time(&tmp, &t->local[i]);
        json_quote(b, tmp.data, tmp.len);
    }
    buf_release(&tmp);
    buf_adds(b, "},\"msg\":{");
    json_msg(b, "heading", MSG_COMMENTS_HEADING);
    buf_addc(b, ',');
    json_msg(b, "one", MSG_COMMENTS_ONE);
    buf_addc(b, ',');
    json_msg(b, "many", MSG_COMMENTS_MANY);
    buf_addc(b, ',');
    json_msg(b, "reply", MSG_REPLY);
    buf_addc(b, ',');
    json_msg(b, "report", MSG_REPORT);
    buf_addc(b, ',');
    json_msg(b, "anon", MSG_ANON);
    buf_addc(b, ',');
    json_msg(b, "anon_imported", MSG_ANON_IMPORTED);
    buf_addc(b, ',');
    json_msg(b, "unverified", MSG_UNVERIFIED);
    buf_addc(b, ',');
    json_msg(b, "staff", MSG_STAFF);
    buf_addc(b, ',');
    json_msg(b, "in_reply", MSG_IN_REPLY_TO);
    buf_addc(b, ',');
    json_msg(b, "removed", MSG_REMOVED);
    buf_addc(b, ',');
    json_msg(b, "deleted", MSG_DELETED);
    buf_addc(b, ',');
    json_msg(b, "purged", MSG_PURGED);
    buf_addc(b, ',');
    json_msg(b, "held", MSG_HELD_PLACE);
    buf_addc(b, ',');
    json_msg(b, "review", MSG_AWAITING_REVIEW);
    buf_addc(b, ',');
    json_msg(b, "edited", MSG_EDITED_BY_MOD);
    buf_addc(b, ',');
    /* the author's notice after posting and their Delete, as on the
       article page (page_posted_notice, the delete page) */
    json_msg(b, "posted", MSG_POSTED_NOTICE);
    buf_addc(b, ',');
    json_msg(b, "posted_can", MSG_POSTED_DELETE_BEFORE);
    buf_addc(b, ',');
    json_msg(b, "posted_delete", MSG_POSTED_DELETE);
    buf_addc(b, ',');
    json_msg(b, "posted_window", MSG_POSTED_WINDOW);
    buf_addc(b, ',');
    json_msg(b, "delete", MSG_EMBED_DELETE);
    buf_addc(b, ',');
    json_msg(b, "delete_hint", MSG_DELETE_HINT);
    buf_addc(b, ',');
    json_msg(b, "delete_hint_held", MSG_DELETE_HINT_UNSEEN);
    buf_addc(b, ',');
    json_msg(b, "delete_submit", MSG_DELETE_SUBMIT);
    buf_addc(b, ',');
    json_msg(b, "delete_done", MSG_DELETE_DONE);
    buf_addc(b, ',');
    json_msg(b, "too_late", MSG_API_TOO_LATE);
    buf_addc(b, ',');
    /* the reader's own comments awaiting review (/embed/mine) */
    json_msg(b, "held_heading", MSG_EMBED_HELD_HEADING);
    buf_addc(b, ',');
    json_msg(b, "held_hint", MSG_EMBED_HELD_HINT);
    buf_addc(b, ',');
    /* "Your data": export and erasure in the widget (/embed/me/) */
    json_msg(b, "data_before", MSG_POSTED_DATA_BEFORE);
    buf_addc(b, ',');
    json_msg(b, "data_after", MSG_POSTED_DATA_AFTER);
    buf_addc(b, ',');
    json_msg(b, "me", MSG_ME_LINK);
    buf_addc(b, ',');
    json_msg(b, "me_intro", MSG_ME_INTRO);
    buf_addc(b, ',');
    json_msg(b, "me_export_heading", MSG_ME_EXPORT_HEADING);
    buf_addc(b, ',');
    json_msg(b, "me_export_text", MSG_ME_EXPORT_TEXT);
    buf_addc(b, ',');
    json_msg(b, "me_export_button", MSG_ME_EXPORT_BUTTON);
    buf_addc(b, ',');
    json_msg(b, "me_erase_heading", MSG_ME_ERASE_HEADING);
    buf_addc(b, ',');
    json_msg(b, "me_erase_text", MSG_ME_ERASE_TEXT);
    buf_addc(b, ',');
    json_msg(b, "me_confirm_before", MSG_ME_CONFIRM_BEFORE);
    buf_addc(b, ',');
    json_msg(b, "me_confirm_word", MSG_ME_CONFIRM_WORD);
    buf_addc(b, ',');
    json_msg(b, "me_confirm_after", MSG_ME_CONFIRM_AFTER);
    buf_addc(b, ',');
    json_msg(b, "me_erase_button", MSG_ME_ERASE_BUTTON);
    buf_addc(b, ',');
    /* what the report page offers under its field (page_report.c) */
    buf_adds(b, "\"report_reasons\":[");
    size_t nsuggest;
    const enum msg_id *suggest = msg_report_suggestions(&nsuggest);
    for (size_t i = 0; i < nsuggest; i++) {
        if (i)
            buf_addc(b, ',');
        json_quotes(b, msg_get(suggest[i]));
    }
    buf_adds(b, "],");
    json_msg(b, "form", MSG_FORM_HEADING);
    buf_addc(b, ',');
    json_msg(b, "form_reply", MSG_FORM_REPLY_HEADING);
    buf_addc(b, ',');
    json_msg(b, "body", MSG_FORM_BODY);
    buf_addc(b, ',');
    json_msg(b, "hint", MSG_FORM_BODY_HINT);
    buf_addc(b, ',');
    json_msg(b, "name", MSG_FORM_NAME);
    buf_addc(b, ',');
    json_msg(b, "submit", MSG_FORM_SUBMIT);
    buf_addc(b, ',');
    json_msg(b, "submit_reply", MSG_FORM_SUBMIT_REPLY);
    buf_addc(b, ',');
    json_msg(b, "cancel", MSG_FORM_CANCEL);
    buf_addc(b, ',');
    json_msg(b, "privacy", MSG_FORM_PRIVACY);
    buf_addc(b, ',');
    json_msg(b, "closed", MSG_CLOSED);
    buf_addc(b, ',');
    json_msg(b, "premod", MSG_PREMOD);
    buf_addc(b, ',');
    json_msg(b, "report_reason", MSG_REPORT_REASON);
    buf_addc(b, ',');
    json_msg(b, "report_submit", MSG_REPORT_SUBMIT);
    buf_addc(b, ',');
    json_msg(b, "report_thanks", MSG_REPORT_THANKS);
    buf_addc(b, ',');
    json_msg(b, "permalink", MSG_PERMALINK);
    buf_addc(b, ',');
    /* what a failed post or report says: no answer at all, or an
       answer without a message of its own */
    json_msg(b, "unreachable", MSG_UNREACHABLE);
    buf_addc(b, ',');
    json_msg(b, "server_error", MSG_SERVER_ERROR);
    /* the default removal reasons, as readers read them */
    buf_adds(b, ",\"reasons\":{");
    for (size_t i = 0; i < mod_default_reason_count; i++) {
        if (i)
            buf_addc(b, ',');
        json_quotes(b, mod_default_reasons[i]);
        buf_addc(b, ':');
        json_quotes(b, msg_reason(mod_default_reasons[i]));
    }
    buf_adds(b, "}}}");
}

/*
 * render_thread_json writes the API's thread JSON for the article plus
 * "embed" (see embed_extras) into b. Returns 0, or a negative err with
 * the error answered.
 */
static int render_thread_json(struct app *app, struct http_req *req,
                              struct http_resp *resp, const struct article *art,
                              struct buf *b)
{
    struct thread t;
    if (thread_load(app, req, art, &t)) {
        respond_json_unavailable(resp);
        return ERR_DB;
    }
    if (json_thread(b, &t, &req->arena) || b->len == 0 ||
        b->data[b->len - 1] != '}') {
        respond_json_error(resp, 500, "internal",
                           msg_get(MSG_API_RENDER_FAILED));
        return ERR_INVALID;
    }
    buf_truncate(b, b->len - 1); /* reopen the object for "embed" */
    embed_extras(b, &t);
    buf_addc(b, '}');
    if (buf_failed(b)) {
        respond_json_error(resp, 500, "internal",
                           msg_get(MSG_API_RENDER_FAILED));
        return ERR_NOMEM;
    }
    return 0;
}

/*
 * thread_json answers the thread of the request's url= from the page
 * cache (kind CACHE_EMBED in the request's language, keyed by article
 * and version like the API's thread JSON), rendering it on a miss. The
 * ETag is the cache entry's, which names article, version and kind (so
 * the language); a client holding it gets 304.
 *
 * Nothing in the body depends on the viewer, so one copy serves every
 * reader, logged-in staff included, as CACHE_JSON does: it is the API's
 * public thread (pending and held comments are left out, or a place
 * without author or text where a published reply hangs from one; no
 * session, CSRF token or staff controls) plus site-wide texts and times.
 * The widget learns of the viewer's own pending comment from the answer
 * to its post, not from here. Per-viewer CORS headers are headers, set by
 * gate() for each request. Unlike the thread page (cached_page in
 * pages.c), there are no per-reader parts to splice in. Anyone adding one
 * must keep it out of the cached bytes.
 *
 * When the article had to be read from the primary because the replica
 * the comments come from lacks it (see resolve), the answer is rendered
 * but not cached: the replica's comments may be older than the version.
 */
static void thread_json(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    struct article art;
    bool same_store;
    if (!resolve(app, req, resp, true, &art, &same_store))
        return;
    if (!same_store) {
        resp->content_type = JSON_TYPE;
        http_resp_header(resp, "Cache-Control", "no-cache");
        render_thread_json(app, req, resp, &art, &resp->body);
        return;
    }
    /* the texts and times are in the request's language */
    int kind = cache_kind_lang(CACHE_EMBED, msg_lang());
    /* the widget fetches the thread again after its reader posts: it must
       get that version, as the API's readers do (may_be_stale false) */
    struct cache_entry *e =
        cache_get_or_claim(app->cache, art.id, kind, art.version, false);
    if (!e) {
        struct buf body;
        buf_init(&body, 64u * 1024u * 1024u);
        if (render_thread_json(app, req, resp, &art, &body)) {
            cache_release_claim(app->cache, art.id, kind, art.version);
            buf_release(&body);
            return;
        }
        e = cache_put(app->cache, art.id, kind, art.version, body.data,
                      body.len);
        if (!e) {
            /* out of memory for the cache: serve this render once */
            resp->content_type = JSON_TYPE;
            http_resp_header(resp, "Cache-Control", "no-cache");
            buf_add(&resp->body, body.data, body.len);
            buf_release(&body);
            return;
        }
        buf_release(&body);
    }
    respond_cached(req, resp, e, JSON_TYPE);
}

/* --- The iframe page and the no-JavaScript link ----------------------- */

static bool lang_ok(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n == 0 || n > 16)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = lower(s[i]);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

/*
 * replace_csp swaps the router's Content-Security-Policy (frame-ancestors
 * 'none') for one that lets the allowed origins frame this page.
 */
static void replace_csp(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    struct buf csp;
    buf_init(&csp, 8192);
    buf_adds(&csp, "default-src 'self'; img-src 'self' data:; "
                   "style-src 'self'; script-src 'self'; "
                   "object-src 'none'; base-uri 'none'; "
                   "form-action 'self'; frame-ancestors");
    size_t before = csp.len;
    const char *p = allowed_list(app, req);
    while (*p) {
        const char *start;
        size_t n = next_origin(&p, &start);
        char origin[EMBED_ORIGIN_MAX];
        /* only well-formed origins reach the header */
        if (n && parse_scheme_host(start, n, origin, sizeof(origin)) == n) {
            buf_addc(&csp, ' ');
            buf_adds(&csp, origin);
        }
    }
    if (csp.len == before)
        buf_adds(&csp, " 'none'");
    const char *v =
        buf_failed(&csp) ? NULL : arena_strndup(&req->arena, csp.data, csp.len);
    buf_release(&csp);
    for (int i = 0; i < resp->nheaders; i++) {
        if (strcasecmp(resp->headers[i].name, "Content-Security-Policy"))
            continue;
        if (v)
            resp->headers[i].value = v;
        return;
    }
    if (v)
        http_resp_header(resp, "Content-Security-Policy", v);
}

/* query_link writes "/embed/<what>?url=..&title=.." as an attribute. */
static void query_link(struct buf *b, struct http_req *req, const char *what)
{
    const char *url = http_req_query(req, "url");
    const char *title = http_req_query(req, "title");
    struct buf q;
    buf_init(&q, 16384);
    buf_adds(&q, what);
    buf_adds(&q, "?url=");
    url_query(&q, url, strlen(url));
    if (title) {
        buf_adds(&q, "&title=");
        url_query(&q, title, strlen(title));
    }
    html_attr(b, q.data, q.len);
    buf_release(&q);
}

/*
 * frame_page serves the thread as a page of this origin for an iframe:
 * the same widget, loaded same-origin, so it needs no CORS; the host
 * page's embed.js sizes the frame from the heights the widget posts.
 */
static void frame_page(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    struct embed_url u;
    if (embed_url_parse(&req->arena, http_req_query(req, "url"), &u)) {
        bad_url(app, resp, false, &u);
        return;
    }
    if (!origin_allowed(app, req, u.origin)) {
        respond_html_error(app, resp, 403, msg_get(MSG_NOT_FOUND));
        return;
    }
    /* the widget in the frame asks for the thread with neither Origin
       nor Referer (same origin; every page here is no-referrer), so the
       frame's own load, which the host page's Referer names, makes it.
       Over the network's limit the frame says so itself: its widget
       could only say that it comes from no listed page. For any other
       refusal the widget says why when it asks. */
    struct article art;
    int retry_s;
    if (find_thread(app->store, &u, &req->arena, &art) == ERR_NOTFOUND &&
        make_thread(app, req, &u, &art, &retry_s) == MAKE_TOO_MANY) {
        refuse_making(app, req, resp, false, MAKE_TOO_MANY, retry_s);
        return;
    }
    const char *lang = http_req_query(req, "lang");
    const char *title = clean_title(&req->arena, http_req_query(req, "title"));
    struct buf *b = &resp->body;
    resp->content_type = HTML_TYPE;
    html_lit(b, "<!DOCTYPE html>\n<html lang=\"");
    html_attrs(b, lang_ok(lang) ? lang : msg_get(MSG_LANG));
    html_lit(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n<title>");
    html_texts(b, msg_get(MSG_COMMENTS_HEADING));
    html_lit(b, " · ");
    html_texts(b, app->site.title);
    html_lit(b, "</title>\n<script src=\"/embed/embed.js\" defer></script>\n"
                "</head>\n<body class=\"charla-frame\">\n"
                "<div id=\"charla-thread\" data-frame=\"1\" data-url=\"");
    html_attrs(b, u.canonical);
    html_lit(b, "\"");
    if (title) {
        html_lit(b, " data-title=\"");
        html_attrs(b, title);
        html_lit(b, "\"");
    }
    if (lang_ok(lang)) {
        html_lit(b, " data-lang=\"");
        html_attrs(b, lang);
        html_lit(b, "\"");
    }
    html_lit(b, "></div>\n<noscript><p><a target=\"_top\" href=\"");
    query_link(b, req, "/embed/page");
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_READ_MORE));
    html_lit(b, "</a></p></noscript>\n</body>\n</html>\n");
    replace_csp(app, req, resp);
    http_resp_header(resp, "Cache-Control", "no-cache");
}

/* page_redirect: the <noscript> link; 303 to the article's own page. */
static void page_redirect(struct app *app, struct http_req *req,
                          struct http_resp *resp)
{
    struct article art;
    bool same_store;
    if (!resolve(app, req, resp, false, &art, &same_store))
        return;
    struct buf to;
    buf_init(&to, 16384);
    url_path(&to, art.path, strlen(art.path));
    buf_adds(&to, "#comments");
    const char *loc =
        buf_failed(&to) ? "/" : arena_strndup(&req->arena, to.data, to.len);
    buf_release(&to);
    respond_redirect(req, resp, 303, loc ? loc : "/");
}

/* --- POST /embed/comments and /embed/report ---------------------------- */

static bool query_id(struct http_req *req, const char *name, int64_t *id)
{
    const char *v = http_req_query(req, name);
    return v && parse_article_id(v, strlen(v), id) == 0;
}

/*
 * proxy_target reads the id a proxied post names in its query (?name=ID):
 * false, with 415 or 400 written, if the body is not JSON or the id is
 * missing (missing names what to send).
 */
static bool proxy_target(struct http_req *req, struct http_resp *resp,
                         const char *name, enum msg_id missing, int64_t *id)
{
    if (!respond_unless_json(req, resp))
        return false;
    if (!query_id(req, name, id)) {
        respond_json_error(resp, 400, "bad_request", msg_get(missing));
        return false;
    }
    return true;
}

static void post_comment_proxy(struct app *app, struct http_req *req,
                               struct http_resp *resp)
{
    int64_t id;
    if (!proxy_target(req, resp, "article", MSG_API_SEND_ARTICLE, &id))
        return;
    struct article art;
    int ret = store_article_get(app->store, id, &req->arena, &art);
    if (ret == 0 && !art.external_url[0]) {
        /* only external articles are embedded: native ones have pages */
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_API_NO_DISCUSSION));
        return;
    }
    api_comments_post(app, req, resp, id);
    cross_site_cookie(req, resp);
}

static void report_proxy(struct app *app, struct http_req *req,
                         struct http_resp *resp)
{
    int64_t id;
    if (!proxy_target(req, resp, "comment", MSG_API_SEND_COMMENT, &id))
        return;
    mod_reader_report(app, req, resp, id);
    cross_site_cookie(req, resp);
}

/* --- GET /embed/mine --------------------------------------------------- */

/* mine reads ?article=ID and hands over to embed_mine.c. */
static void mine(struct app *app, struct http_req *req, struct http_resp *resp)
{
    int64_t article_id;
    if (!query_id(req, "article", &article_id)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_SEND_ARTICLE));
        return;
    }
    embed_mine(app, req, resp, article_id);
}

/* --- GET /embed/me/export and POST /embed/me/erase --------------------- */

/*
 * me_erase answers {"erased":N,"message":"..."} after erasing every
 * comment of the request's reader, and clears the cookie the widget
 * holds (over https the Partitioned one: only a cookie with the same
 * attributes replaces it). 422 without the confirmation word.
 */
static void me_erase(struct app *app, struct http_req *req,
                     struct http_resp *resp)
{
    if (!respond_unless_json(req, resp))
        return;
    json_error_t jerr;
    json_t *root = json_loadb(req->body.data, req->body.len,
                              JSON_REJECT_DUPLICATES, &jerr);
    json_t *v = root ? json_object_get(root, "confirm") : NULL;
    bool ok = json_is_string(v) &&
              me_confirmed(json_string_value(v), json_string_length(v));
    json_decref(root);
    if (!ok) {
        respond_json_error(resp, 422, "not_confirmed",
                           msg_get(MSG_ME_NOT_CONFIRMED));
        return;
    }
    const char *hash = auth_reader_hash(app, req);
    size_t erased = 0;
    if (hash && me_erase_all(app, req, hash, &erased)) {
        respond_json_error(resp, 503, "unavailable",
                           msg_get(MSG_ME_ERASE_FAILED));
        return;
    }
    const char *proto = http_req_header(req, "X-Forwarded-Proto");
    bool https = proto && strcmp(proto, "https") == 0;
    if (hash)
        http_resp_header(resp, "Set-Cookie",
                         https ? "charla_reader=; Path=/; Max-Age=0; "
                                 "HttpOnly; SameSite=None; Secure; "
                                 "Partitioned"
                               : "charla_reader=; Path=/; Max-Age=0; "
                                 "HttpOnly; SameSite=Lax");
    struct buf *b = &resp->body;
    resp->content_type = JSON_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    buf_adds(b, "{\"erased\":");
    buf_add_i64(b, (int64_t)erased);
    buf_adds(b, ",\"message\":");
    json_quotes(b, hash ? me_erased_message(req, erased)
                        : msg_get(MSG_ME_NOTHING_TO_ERASE));
    buf_addc(b, '}');
}

/* --- GET /api/v1/counts ------------------------------------------------ */

static void counts(struct app *app, struct http_req *req,
                   struct http_resp *resp)
{
    const char *urls[EMBED_COUNTS_MAX + 1];
    size_t n = 0;
    n = http_req_query_all(req, "url", urls, EMBED_COUNTS_MAX + 1);
    if (n > EMBED_COUNTS_MAX) {
        respond_json_error(resp, 400, "too_many",
                           msg_get(MSG_API_TOO_MANY_URLS));
        return;
    }
    struct buf *b = &resp->body;
    resp->content_type = JSON_TYPE;
    http_resp_header(resp, "Cache-Control", "max-age=60");
    buf_adds(b, "{\"counts\":{");
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        for (size_t k = 0; k < i; k++)
            dup = dup || strcmp(urls[k], urls[i]) == 0;
        struct embed_url u;
        if (dup || embed_url_parse(&req->arena, urls[i], &u))
            continue; /* a malformed URL has no count */
        struct article art;
        int ret = find_thread(app->store, &u, &req->arena, &art);
        if (ret && ret != ERR_NOTFOUND) {
            respond_json_unavailable(resp);
            return;
        }
        if (!first)
            buf_addc(b, ',');
        first = false;
        json_quotes(b, urls[i]);
        buf_addc(b, ':');
        buf_add_i64(b, ret == 0 && art.is_published ? art.comment_count : 0);
    }
    buf_adds(b, "}}");
}

/* --- Routing ----------------------------------------------------------- */

/* embed_takes_post: the known JSON path is written to (POST), not read. */
static bool embed_takes_post(const char *p)
{
    return strcmp(p, "/embed/comments") == 0 ||
           strcmp(p, "/embed/report") == 0 || strcmp(p, "/embed/me/erase") == 0;
}

void embed_route(struct app *app, struct http_req *req, struct http_resp *resp)
{
    const char *p = req->path;
    bool get =
        strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0;
    bool post = strcmp(req->method, "POST") == 0;
    bool options = strcmp(req->method, "OPTIONS") == 0;

    if (strcmp(p, "/embed/embed.js") == 0 ||
        strcmp(p, "/embed/embed.css") == 0) {
        if (get)
            serve_file(app, req, resp, p + strlen("/embed/"));
        else
            respond_html_method(app, resp, "GET, HEAD");
        return;
    }
    if (strcmp(p, "/embed/thread") == 0 || strcmp(p, "/embed/page") == 0) {
        if (!get)
            respond_html_method(app, resp, "GET, HEAD");
        else if (strcmp(p, "/embed/thread") == 0)
            frame_page(app, req, resp);
        else
            page_redirect(app, req, resp);
        return;
    }
    bool known =
        strcmp(p, "/embed/thread.json") == 0 ||
        strcmp(p, "/embed/comments") == 0 || strcmp(p, "/embed/report") == 0 ||
        strcmp(p, "/embed/mine") == 0 || strcmp(p, "/embed/me/export") == 0 ||
        strcmp(p, "/embed/me/erase") == 0 || strcmp(p, "/api/v1/counts") == 0;
    if (!known) {
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_API_NO_ENDPOINT));
        return;
    }
    if (!gate(app, req, resp))
        return;
    if (get && strcmp(p, "/embed/thread.json") == 0)
        thread_json(app, req, resp);
    else if (get && strcmp(p, "/api/v1/counts") == 0)
        counts(app, req, resp);
    else if (get && strcmp(p, "/embed/mine") == 0)
        mine(app, req, resp);
    else if (get && strcmp(p, "/embed/me/export") == 0)
        me_export(app, req, resp, auth_reader_hash(app, req));
    else if (post && strcmp(p, "/embed/me/erase") == 0)
        me_erase(app, req, resp);
    else if (post && strcmp(p, "/embed/comments") == 0)
        post_comment_proxy(app, req, resp);
    else if (post && strcmp(p, "/embed/report") == 0)
        report_proxy(app, req, resp);
    else if (!options)
        respond_json_method(resp, embed_takes_post(p) ? "POST, OPTIONS"
                                                      : "GET, HEAD, OPTIONS");
}
