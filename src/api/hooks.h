/*
 * hooks.h - the handlers and per-request steps the router calls for the
 * site's cross-cutting features, each in its own file:
 *
 *   i18n.c     i18n_select     picks the reader's language (before routing);
 *                              answers GET /lang/<code> itself
 *   limits.c   limits_check    flood limits; answers 429 itself
 *   metrics.c  metrics_observe counts every request (after routing)
 *              metrics_route   GET /metrics
 *   feeds.c    feeds_route     GET /feeds/...
 *   me.c       me_route        /me/... (a reader's export and erasure)
 */
#ifndef CHARLA_API_HOOKS_H
#define CHARLA_API_HOOKS_H

#include <stdbool.h>

#include "api/app.h"

/* true if the request was answered (GET /lang/<code>: the language
   switch); otherwise the language is set and routing goes on */
bool i18n_select(struct app *app, struct http_req *req, struct http_resp *resp);
/* true if the request was refused (the response is written) */
bool limits_check(struct app *app, struct http_req *req,
                  struct http_resp *resp);
/*
 * limits_embed_thread takes one of the new embed threads the request's
 * network may make (setting rate_embed_threads_per_hour; limits.c). true
 * when it may make one; false, with *retry_s the seconds until it may,
 * when it is over. Loopback is never limited.
 */
bool limits_embed_thread(struct app *app, struct http_req *req, int *retry_s);
void metrics_observe(struct app *app, struct http_req *req,
                     struct http_resp *resp, double ms);
void metrics_route(struct app *app, struct http_req *req,
                   struct http_resp *resp);
/* Events counted where they happen (posting.c, mod.c, reader_report.c);
   thread-safe. */
enum metric {
    METRIC_PUBLISHED,       /* a new comment stored as visible */
    METRIC_HELD_AT_POST,    /* a new comment stored as pending or held */
    METRIC_HELD_BY_REPORTS, /* reader reports held a visible comment */
    METRIC_REMOVED,         /* a moderator removed or purged a comment */
    METRIC_COUNT
};
void metrics_count(enum metric m);
void feeds_route(struct app *app, struct http_req *req, struct http_resp *resp);
/* feeds_path_known: path is one of the feeds feeds_route answers (for a
   GET), so another method there is 405 rather than 404. */
bool feeds_path_known(const char *path);
/* feeds_queue_path: the private queue feed's path,
   "/feeds/queue/<token>.atom" (in req's arena), making the token on first
   use; NULL if the store failed. For staff pages only: it is the secret. */
const char *feeds_queue_path(struct app *app, struct http_req *req);
void me_route(struct app *app, struct http_req *req, struct http_resp *resp);

#endif
