/*
 * admin_int.h - what the staff page handlers (admin*.c) share: the
 * request's form, the page context, and the handlers admin_route calls.
 * Internal to src/api/admin*.c.
 */
#ifndef CHARLA_API_ADMIN_INT_H
#define CHARLA_API_ADMIN_INT_H

#include <stdbool.h>

#include "api/app.h"
#include "api/auth.h"
#include "http/form.h"
#include "render/page_admin.h"

#define ADMIN_HTML_TYPE "text/html; charset=utf-8"

/*
 * admin_form_parse parses the request body as a form (400 page on
 * failure). admin_field returns a field's value, or "" when absent.
 */
bool admin_form_parse(struct app *app, struct http_req *req,
                      struct http_resp *resp, struct form *f);
const char *admin_field(const struct form *f, const char *name);

/*
 * admin_post_auth checks a POST: session, role and the form's "csrf"
 * field. On refusal the response is written and false returned.
 */
bool admin_post_auth(struct app *app, struct http_req *req,
                     struct http_resp *resp, enum role min_role,
                     const struct form *f, struct session *se);

/* admin_ctx_of fills the page context from the session. */
void admin_ctx_of(struct app *app, const struct session *se,
                  struct admin_ctx *ctx);

/* Queue, log and stats (admin_queue.c). */
void admin_queue_page(struct app *app, struct http_req *req,
                      struct http_resp *resp);
void admin_queue_action(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id, const char *action);
/* POST /admin/raids/{article id}/end: raid_end, back to the queue. */
void admin_raid_end(struct app *app, struct http_req *req,
                    struct http_resp *resp, int64_t article_id);
void admin_log_page(struct app *app, struct http_req *req,
                    struct http_resp *resp);
void admin_webhooks_page(struct app *app, struct http_req *req,
                         struct http_resp *resp);
void admin_stats_page(struct app *app, struct http_req *req,
                      struct http_resp *resp);

/* Screening settings (admin_screening.c). */
void admin_screening_get(struct app *app, struct http_req *req,
                         struct http_resp *resp);
void admin_screening_post(struct app *app, struct http_req *req,
                          struct http_resp *resp);
void admin_screening_try(struct app *app, struct http_req *req,
                         struct http_resp *resp);
void admin_screening_model(struct app *app, struct http_req *req,
                           struct http_resp *resp);

/* Articles (admin_articles.c); id 0 is the "new" form. */
void admin_articles_page(struct app *app, struct http_req *req,
                         struct http_resp *resp);
void admin_article_get(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id);
void admin_article_post(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id);

#endif
