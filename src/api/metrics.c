/*
 * metrics.c - the process's Prometheus metrics at GET /metrics.
 *
 * What is counted, and how:
 *
 *   charla_http_requests_total{route,status}   every request, after routing
 *   charla_http_request_duration_milliseconds   one latency histogram
 *   charla_comments_posted_total                new comments stored
 *   charla_comments_held_total{by}              held at posting / by reports
 *   charla_comments_removed_total               removed or purged by staff
 *   charla_queue_size                           read from the store at scrape
 *   charla_page_cache_{hits,misses}_total       from cache_stats
 *   charla_page_cache_hit_ratio
 *   charla_screen_model_loaded_timestamp_seconds  the model in use (0: none)
 *   charla_screen_model_reloads_total{result}   "ok" or "refused" (SIGHUP
 *                                               and the admin page)
 *
 * Route labels come from a small fixed table (route_of): never the raw
 * path, so a crawler probing random URLs cannot grow the output, and no
 * reader-chosen text ever reaches a label. Statuses are the three-digit
 * code; anything outside 100..599 counts as 599.
 *
 * Every counter is a C11 atomic updated with relaxed ordering: counters are
 * independent and a scrape may see one request counted in the total but not
 * yet in the histogram, which Prometheus tolerates. No locks are taken on
 * the request path.
 *
 * Access: /metrics is public unless the site setting `metrics_token` is set;
 * then the request must carry "Authorization: Bearer <token>", compared in
 * constant time. (charla never reads client addresses, so a loopback-only
 * rule is not possible; put the token in Prometheus's scrape config.)
 */
#include <sodium.h>
#include <stdatomic.h>
#include <string.h>
#include <strings.h>

#include "api/hooks.h"
#include "render/msg.h"
#include "util/str.h"

enum route_id {
    ROUTE_INDEX,
    ROUTE_ARTICLE,
    ROUTE_API_THREAD,
    ROUTE_API_POST,
    ROUTE_API_ARTICLES,
    ROUTE_FORM_POST,
    ROUTE_API_OTHER,
    ROUTE_ADMIN,
    ROUTE_EMBED,
    ROUTE_ME,
    ROUTE_STATIC,
    ROUTE_FEEDS,
    ROUTE_METRICS,
    ROUTE_HEALTH,
    ROUTE_OTHER,
    ROUTE_COUNT
};

static const char *const route_names[ROUTE_COUNT] = {
    "index",     "article", "api_thread", "api_post", "api_articles",
    "form_post", "api",     "admin",      "embed",    "me",
    "static",    "feeds",   "metrics",    "health",   "other"};

#define STATUS_MIN 100
#define STATUS_SLOTS 500 /* 100..599 */

/* Upper bounds in milliseconds; one more slot for +Inf. */
static const double bucket_ms[] = {0.5, 1,   2.5, 5,   10,  25,
                                   50,  100, 250, 500, 1000};
static const char *const bucket_label[] = {
    "0.5", "1", "2.5", "5", "10", "25", "50", "100", "250", "500", "1000"};
#define BUCKETS (sizeof(bucket_ms) / sizeof(bucket_ms[0]))

static _Atomic uint64_t requests[ROUTE_COUNT][STATUS_SLOTS];
static _Atomic uint64_t latency_buckets[BUCKETS + 1]; /* not cumulative */
static _Atomic uint64_t latency_sum_us;
static _Atomic uint64_t latency_count;
static _Atomic uint64_t events[METRIC_COUNT];

void metrics_count(enum metric m)
{
    if ((unsigned)m < METRIC_COUNT)
        atomic_fetch_add_explicit(&events[m], 1, memory_order_relaxed);
}

/* is_id_route: path is "<prefix><digits><suffix>". */
static bool is_id_route(const char *path, const char *prefix,
                        const char *suffix)
{
    size_t pl = strlen(prefix), sl = strlen(suffix), n = strlen(path);
    if (n <= pl + sl || strncmp(path, prefix, pl) != 0 ||
        strcmp(path + n - sl, suffix) != 0)
        return false;
    for (size_t i = pl; i < n - sl; i++)
        if (path[i] < '0' || path[i] > '9')
            return false;
    return true;
}

/*
 * route_of names the route of a finished request. Article pages have no
 * prefix, so a GET that no other rule claims is an article if it
 * succeeded and "other" (404s, probes) if not.
 */
static enum route_id route_of(const char *method, const char *path, int status)
{
    bool post = strcmp(method, "POST") == 0;
    if (strcmp(path, "/") == 0)
        return ROUTE_INDEX;
    if (is_id_route(path, "/api/v1/articles/", "/comments"))
        return post ? ROUTE_API_POST : ROUTE_API_THREAD;
    if (strcmp(path, "/api/v1/articles") == 0)
        return ROUTE_API_ARTICLES;
    if (is_id_route(path, "/articles/", "/comments"))
        return ROUTE_FORM_POST;
    if (str_starts(path, "/api/v1/mod/") ||
        strcmp(path, "/api/v1/session") == 0 || strcmp(path, "/admin") == 0 ||
        str_starts(path, "/admin/"))
        return ROUTE_ADMIN;
    if (str_starts(path, "/embed/") || strcmp(path, "/api/v1/counts") == 0)
        return ROUTE_EMBED;
    if (str_starts(path, "/api/"))
        return ROUTE_API_OTHER;
    if (strcmp(path, "/me") == 0 || str_starts(path, "/me/"))
        return ROUTE_ME;
    if (str_starts(path, "/static/"))
        return ROUTE_STATIC;
    if (str_starts(path, "/feeds/"))
        return ROUTE_FEEDS;
    if (strcmp(path, "/metrics") == 0)
        return ROUTE_METRICS;
    if (strcmp(path, "/healthz") == 0)
        return ROUTE_HEALTH;
    if ((strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0) &&
        status < 400)
        return ROUTE_ARTICLE;
    return ROUTE_OTHER;
}

void metrics_observe(struct app *app, struct http_req *req,
                     struct http_resp *resp, double ms)
{
    int status = resp->status;
    if (status < STATUS_MIN || status >= STATUS_MIN + STATUS_SLOTS)
        status = STATUS_MIN + STATUS_SLOTS - 1;
    enum route_id r = route_of(req->method, req->path, resp->status);
    atomic_fetch_add_explicit(&requests[r][status - STATUS_MIN], 1,
                              memory_order_relaxed);
    size_t b = 0;
    while (b < BUCKETS && ms > bucket_ms[b])
        b++;
    atomic_fetch_add_explicit(&latency_buckets[b], 1, memory_order_relaxed);
    if (ms < 0)
        ms = 0;
    atomic_fetch_add_explicit(&latency_sum_us, (uint64_t)(ms * 1000.0),
                              memory_order_relaxed);
    atomic_fetch_add_explicit(&latency_count, 1, memory_order_relaxed);
}

static uint64_t load(_Atomic uint64_t *v)
{
    return atomic_load_explicit(v, memory_order_relaxed);
}

/*
 * authorized: true if no metrics_token is set, or the request carries it
 * as a bearer token. On refusal the 401 is written.
 */
static bool authorized(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    const char *want = NULL;
    if (store_setting_get(app->store, "metrics_token", &req->arena, &want) ||
        !want || !want[0])
        return true;
    const char *h = http_req_header(req, "Authorization");
    const char *prefix = "Bearer ";
    size_t pl = strlen(prefix);
    bool ok = false;
    if (h && strncasecmp(h, prefix, pl) == 0) {
        const char *got = h + pl;
        size_t n = strlen(got);
        ok = n == strlen(want) && sodium_memcmp(got, want, n) == 0;
    }
    if (!ok) {
        resp->status = 401;
        resp->content_type = "text/plain; charset=utf-8";
        http_resp_header(resp, "WWW-Authenticate", "Bearer realm=\"metrics\"");
        buf_adds(&resp->body, "metrics need the bearer token "
                              "(site setting metrics_token)\n");
    }
    return ok;
}

static void write_requests(struct buf *b)
{
    buf_adds(b, "# HELP charla_http_requests_total HTTP requests by route "
                "and status.\n# TYPE charla_http_requests_total counter\n");
    for (int r = 0; r < ROUTE_COUNT; r++) {
        for (int s = 0; s < STATUS_SLOTS; s++) {
            uint64_t v = load(&requests[r][s]);
            if (v)
                buf_addf(b,
                         "charla_http_requests_total{route=\"%s\","
                         "status=\"%d\"} %llu\n",
                         route_names[r], s + STATUS_MIN, (unsigned long long)v);
        }
    }
}

static void write_latency(struct buf *b)
{
    const char *name = "charla_http_request_duration_milliseconds";
    buf_addf(b,
             "# HELP %s Time to handle a request (until the response is "
             "queued).\n# TYPE %s histogram\n",
             name, name);
    uint64_t cum = 0;
    for (size_t i = 0; i < BUCKETS; i++) {
        cum += load(&latency_buckets[i]);
        buf_addf(b, "%s_bucket{le=\"%s\"} %llu\n", name, bucket_label[i],
                 (unsigned long long)cum);
    }
    cum += load(&latency_buckets[BUCKETS]);
    buf_addf(b, "%s_bucket{le=\"+Inf\"} %llu\n", name, (unsigned long long)cum);
    buf_addf(b, "%s_sum %.3f\n", name, (double)load(&latency_sum_us) / 1000.0);
    /* the count equals the +Inf bucket by definition */
    buf_addf(b, "%s_count %llu\n", name, (unsigned long long)cum);
}

static void write_comments(struct buf *b)
{
    uint64_t pub = load(&events[METRIC_PUBLISHED]);
    uint64_t held_post = load(&events[METRIC_HELD_AT_POST]);
    uint64_t held_rep = load(&events[METRIC_HELD_BY_REPORTS]);
    buf_addf(b,
             "# HELP charla_comments_posted_total New comments stored "
             "(published or held).\n"
             "# TYPE charla_comments_posted_total counter\n"
             "charla_comments_posted_total %llu\n",
             (unsigned long long)(pub + held_post));
    buf_addf(b,
             "# HELP charla_comments_held_total Comments held for review.\n"
             "# TYPE charla_comments_held_total counter\n"
             "charla_comments_held_total{by=\"posting\"} %llu\n"
             "charla_comments_held_total{by=\"reports\"} %llu\n",
             (unsigned long long)held_post, (unsigned long long)held_rep);
    buf_addf(b,
             "# HELP charla_comments_removed_total Comments removed or "
             "purged by moderators.\n"
             "# TYPE charla_comments_removed_total counter\n"
             "charla_comments_removed_total %llu\n",
             (unsigned long long)load(&events[METRIC_REMOVED]));
}

static void write_queue_and_cache(struct app *app, struct http_req *req,
                                  struct buf *b)
{
    struct queue_query q = {.why = QUEUE_ANY};
    int64_t n = 0;
    if (store_queue_count(app->store, &q, &n) == 0)
        buf_addf(b,
                 "# HELP charla_queue_size Comments waiting in the "
                 "moderation queue.\n# TYPE charla_queue_size gauge\n"
                 "charla_queue_size %lld\n",
                 (long long)n);
    uint64_t hits = 0, misses = 0;
    if (app->cache)
        cache_stats(app->cache, &hits, &misses);
    buf_addf(b,
             "# HELP charla_page_cache_hits_total Thread renders served "
             "from the cache.\n"
             "# TYPE charla_page_cache_hits_total counter\n"
             "charla_page_cache_hits_total %llu\n"
             "# HELP charla_page_cache_misses_total Thread renders not in "
             "the cache.\n"
             "# TYPE charla_page_cache_misses_total counter\n"
             "charla_page_cache_misses_total %llu\n",
             (unsigned long long)hits, (unsigned long long)misses);
    double ratio = hits + misses ? (double)hits / (double)(hits + misses) : 0;
    buf_addf(b,
             "# HELP charla_page_cache_hit_ratio Hits over look-ups since "
             "start.\n# TYPE charla_page_cache_hit_ratio gauge\n"
             "charla_page_cache_hit_ratio %.4f\n",
             ratio);
}

/* The model slot's status: when the model in use was loaded, and how
 * reloads went (a refused one is worth an alert: the file on disk is not
 * the model in use). */
static void write_model(struct app *app, struct http_req *req, struct buf *b)
{
    struct model_slot_status *st = arena_alloc(&req->arena, sizeof(*st));
    if (!st || !app->model)
        return;
    model_slot_status(app->model, st);
    buf_addf(b,
             "# HELP charla_screen_model_loaded_timestamp_seconds When the "
             "screening model in use was loaded (0: serving without one).\n"
             "# TYPE charla_screen_model_loaded_timestamp_seconds gauge\n"
             "charla_screen_model_loaded_timestamp_seconds %lld\n"
             "# HELP charla_screen_model_reloads_total Reloads of the "
             "screening model file, by result.\n"
             "# TYPE charla_screen_model_reloads_total counter\n"
             "charla_screen_model_reloads_total{result=\"ok\"} %llu\n"
             "charla_screen_model_reloads_total{result=\"refused\"} %llu\n",
             st->loaded ? (long long)st->loaded_at : 0LL,
             (unsigned long long)st->reloads, (unsigned long long)st->failures);
}

void metrics_route(struct app *app, struct http_req *req,
                   struct http_resp *resp)
{
    if (!authorized(app, req, resp))
        return;
    struct buf *b = &resp->body;
    write_requests(b);
    write_latency(b);
    write_comments(b);
    write_queue_and_cache(app, req, b);
    write_model(app, req, b);
    if (buf_failed(b)) {
        buf_reset(b);
        respond_json_error(resp, 500, "metrics", msg_get(MSG_API_NO_MEMORY));
        return;
    }
    resp->content_type = "text/plain; version=0.0.4; charset=utf-8";
    http_resp_header(resp, "Cache-Control", "no-store");
}
