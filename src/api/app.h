/*
 * app.h - the state the request handlers share: the store, the site
 * settings, the page cache and the static files. Created by `charla serve`
 * before the HTTP server starts; read-only afterwards except for the
 * thread-safe cache and model slot.
 */
#ifndef CHARLA_API_APP_H
#define CHARLA_API_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "api/cache.h"
#include "api/model_slot.h"
#include "core/post.h"
#include "core/site.h"
#include "http/http.h"
#include "screen/screen.h"
#include "store/store.h"

struct static_file {
    const char *name;         /* "style.css" */
    const char *content_type; /* "text/css; charset=utf-8" */
    char *data;               /* owned */
    size_t len;
    char etag[32];
};

#define APP_STATIC_FILES 9

struct app {
    struct store *store;
    struct store *read_store; /* a replica for anonymous reads, or NULL
                                 (borrowed; see app_read_store) */
    struct site site;
    struct page_cache *cache;
    struct static_file files[APP_STATIC_FILES];
    struct model_slot *model; /* the screening model in use (it may hold
                                 none: rules only), reloadable */
    char hsts[64];            /* Strict-Transport-Security value, or "" (setting
                                 hsts_max_age, read at start) */
    bool quiet;               /* no per-request log lines */
    int64_t (*now)(void);     /* the clock (tests may replace it) */
};

/*
 * app_init opens nothing: it takes an open store, loads the site settings,
 * creates the cache and reads the static files from web_dir. Returns 0 or
 * a negative err with a message.
 */
MUST_CHECK int app_init(struct app *app, struct store *st, const char *web_dir,
                        struct buf *err);
/*
 * app_web_check reads every static file app_init will read from web_dir,
 * so that serve (before it opens the database) and `charla config check`
 * can refuse a folder that lacks one. Returns 0, or ERR_NOTFOUND with
 * "cannot read PATH (...)" appended to err.
 */
MUST_CHECK int app_web_check(const char *web_dir, struct buf *err);
/*
 * app_open_model loads the screening model for app->model (path NULL: the
 * default, SCREEN_DEFAULT_MODEL) before the server opens anything else.
 * A missing or broken file is an error with a message: the threat and
 * slur phrases live in the model file, and on a site like this one a
 * server that quietly screened without them would publish what it exists
 * to hold. The path SCREEN_NO_MODEL ("none") is the operator choosing
 * that on purpose: *out is NULL and a warning goes to stderr
 * (screen_model_open, which classify and rescreen use too).
 */
MUST_CHECK int app_open_model(const char *path, struct screen_model **out,
                              struct buf *err);
/*
 * app_reload_model loads the model file again and puts it in use if it
 * loads and checks (model_slot_reload), on behalf of who ("SIGHUP", or a
 * staff member's name), and logs either outcome on stderr. Returns 0, or
 * a negative err with the reason in err: the model in use stays.
 */
MUST_CHECK int app_reload_model(struct app *app, const char *who,
                                struct buf *err);
void app_release(struct app *app);

/*
 * app_read_store picks the store a read handler should read from: the
 * replica (read_store) for anonymous readers, the primary (store) when
 * there is no replica, for staff (a session cookie), and for a reader who
 * has just written (the charla_fresh cookie), so everyone sees what they
 * just did. The article and its thread must come from the same store:
 * call it once per request and use the result for both. Borrowed.
 */
struct store *app_read_store(struct app *app, struct http_req *req);
/*
 * app_fresh_cookie marks a reader who has just written (a comment, a
 * report, a deletion): with a replica, their reads go to the primary for
 * the next 30 seconds (cookie charla_fresh), far longer than a healthy
 * replica lags. Does nothing without a replica.
 */
void app_fresh_cookie(struct app *app, struct http_resp *resp);

/* app_handle is the http_handler_fn: routes one request. */
void app_handle(void *app, struct http_req *req, struct http_resp *resp);
/*
 * app_large_body is the http_trust_fn: a POST to a staff page (under
 * /admin/, the login aside) from a browser with a live staff session may
 * send up to HTTP_BODY_MAX_TRUSTED, so an article's 200 KiB body or the
 * screening lists fit once form-encoded; every other request, a staff
 * member's to a reader route included, keeps HTTP_BODY_MAX (auth.c).
 */
bool app_large_body(void *app, struct http_req *req);
/*
 * app_path_is_own: the server answers path itself (it is, or is under, one
 * of the router's own paths: /admin, /api, /feeds, ...), so an article
 * there could never be read. app_own_paths appends that list to b, as
 * "/api, /embed, ..." (router.c).
 */
bool app_path_is_own(const char *path);
void app_own_paths(struct buf *b);

/* Handlers, by area (router.c calls them). */
void pages_index(struct app *app, struct http_req *req, struct http_resp *resp);
void pages_article(struct app *app, struct http_req *req,
                   struct http_resp *resp, const struct article *art);
void pages_post_form(struct app *app, struct http_req *req,
                     struct http_resp *resp, int64_t article_id);
/*
 * pages_post_form_refused answers a comment form refused before it was
 * handled (the flood limits, the proof of work; limits.c) as any refused
 * comment is answered: the article with message above the form and the
 * reader's text in it, with status. Nothing is stored. false, with
 * nothing answered, when the form cannot be shown again (sent from
 * another site's page, no such published article, a body that is no
 * form, the store failing): the caller then answers the plain page.
 */
bool pages_post_form_refused(struct app *app, struct http_req *req,
                             struct http_resp *resp, int64_t article_id,
                             int status, const char *message);
/*
 * pages_moved answers a GET or HEAD of a path no article has now but a
 * published one had before its path changed: 301 to the article's path,
 * with the request's query re-encoded; another method there is 405.
 * false (nothing answered) when there is no such article or it is a
 * draft.
 */
bool pages_moved(struct app *app, struct http_req *req, struct http_resp *resp);
/* pages_visible_comment loads a comment a reader can see (visible, in a
 * published article) and its article; false when there is none (404
 * answered) or the store failed (503 answered). */
bool pages_visible_comment(struct app *app, struct http_req *req,
                           struct http_resp *resp, int64_t comment_id,
                           struct comment *c, struct article *art);
void pages_report(struct app *app, struct http_req *req, struct http_resp *resp,
                  int64_t comment_id);
/*
 * pages_report_refused answers a report form refused before it was
 * handled (the flood limits; limits.c) as a refused report is answered:
 * the report page with message above the form and the reader's reason in
 * it, with status. Nothing is stored. false, with nothing answered, when
 * the form cannot be shown again (sent from another site's page, no such
 * visible comment, a body that is no form, the store failing): the caller
 * then answers the plain page.
 */
bool pages_report_refused(struct app *app, struct http_req *req,
                          struct http_resp *resp, int64_t comment_id,
                          int status, const char *message);
void api_articles(struct app *app, struct http_req *req,
                  struct http_resp *resp);
void api_comments_get(struct app *app, struct http_req *req,
                      struct http_resp *resp, int64_t article_id);
/* The thread in pages (?limit=&after=), v1_paged.c. */
void api_comments_paged(struct app *app, struct http_req *req,
                        struct http_resp *resp, const struct article *art);
void api_comments_post(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t article_id);

/* Shared response helpers (respond.c). */
void respond_json_error(struct http_resp *resp, int status, const char *code,
                        const char *message);
void respond_html_error(struct app *app, struct http_resp *resp, int status,
                        const char *message);
/* respond_html_error_to: the same page, whose one link goes to href (a
 * site path, URL-encoded) with link_text instead of to the front page. */
void respond_html_error_to(struct app *app, struct http_resp *resp, int status,
                           const char *message, const char *href,
                           const char *link_text);
/*
 * respond_retry_after sets the response's one Retry-After header to
 * seconds (a decimal number, literal or arena string), unless one already
 * there asks for a longer wait: a refusal that meets a second one (a
 * flood limit's form shown again, then a store failure's 503) tells the
 * client the longer wait, once.
 */
void respond_retry_after(struct http_resp *resp, const char *seconds);
/*
 * respond_html_method / respond_json_method answer 405 (the HTML error
 * page, or the JSON error "method") with the Allow header RFC 9110 asks
 * for: allow lists the methods the path takes, e.g. "GET, HEAD"; it must
 * outlive the request (a literal).
 */
void respond_html_method(struct app *app, struct http_resp *resp,
                         const char *allow);
void respond_json_method(struct http_resp *resp, const char *allow);
/*
 * respond_unless_json answers 415 and returns false unless the request's
 * body is declared application/json. A page on another site can make a
 * visitor's browser post text/plain or a form without asking first; only
 * a post of JSON needs the browser's preflight, which CORS answers for
 * the listed origins alone. So every reader endpoint that changes
 * something (a comment, a report, a login) takes JSON only.
 */
bool respond_unless_json(struct http_req *req, struct http_resp *resp);
/*
 * respond_from_own_page is false when the browser says a form was sent
 * from another site's page: Sec-Fetch-Site cross-site or same-site; or,
 * from a browser that sends no Sec-Fetch-Site (an older one), an Origin
 * that names another host than this site's (the request's Host, the
 * X-Forwarded-Host of a proxy, or the site_url setting's host). The
 * forms that cannot carry a token of their own (a comment, a report: the
 * article page is cached for everyone; the staff login: there is no
 * session yet) are told from another site's this way, with this one rule.
 * Sec-Fetch-Site, when sent, decides alone: a proxy may rewrite Host.
 * "Origin: null" is not another site: with Referrer-Policy: no-referrer,
 * which every page has, a browser sends it with charla's own forms. A
 * request with neither header (a script) is let through: the flood
 * limits still apply.
 */
bool respond_from_own_page(struct app *app, struct http_req *req);
/*
 * respond_unless_own_page answers 403 (an HTML page saying the form can
 * only be sent from this site's pages) and returns false unless
 * respond_from_own_page.
 */
bool respond_unless_own_page(struct app *app, struct http_req *req,
                             struct http_resp *resp);
/*
 * respond_json_unavailable / respond_html_unavailable answer 503 (with
 * Retry-After) when the store or memory failed: the JSON error
 * "unavailable", or the HTML error page "server error".
 */
void respond_json_unavailable(struct http_resp *resp);
void respond_html_unavailable(struct app *app, struct http_resp *resp);
void respond_redirect(struct http_req *req, struct http_resp *resp, int status,
                      const char *location);
/* respond_cached serves a cache entry (304 if If-None-Match matches). */
void respond_cached(struct http_req *req, struct http_resp *resp,
                    struct cache_entry *e, const char *content_type);
/* The HTTP status and API error code for a refused post. */
int post_refusal_status(enum post_refusal r);
const char *post_refusal_code(enum post_refusal r);
/* respond_reader_cookie sets the charla_reader cookie for a new token. */
void respond_reader_cookie(struct http_req *req, struct http_resp *resp,
                           const char *token);

#endif
