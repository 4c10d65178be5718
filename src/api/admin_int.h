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

/* admin_field returns a form field's value, or "" when absent. */
const char *admin_field(const struct form *f, const char *name);

/*
 * admin_get_auth checks a GET: session and role (without a session, a
 * redirect to the login form). admin_post_form parses a POST's form into
 * f and checks session, role and the form's "csrf" field. On refusal the
 * response is written and false returned; else se is filled.
 */
bool admin_get_auth(struct app *app, struct http_req *req,
                    struct http_resp *resp, enum role min_role,
                    struct session *se);
bool admin_post_form(struct app *app, struct http_req *req,
                     struct http_resp *resp, enum role min_role, struct form *f,
                     struct session *se);

/*
 * admin_page_begin readies resp for a staff page (status, the HTML type,
 * an empty body) and fills ctx from the session, with flash and error
 * (NULL for none; borrowed, they must outlive the page's rendering).
 */
void admin_page_begin(struct app *app, const struct session *se,
                      struct http_resp *resp, int status, const char *flash,
                      const char *error, struct admin_ctx *ctx);

/* Queue, log and stats (admin_queue.c). */
void admin_queue_page(struct app *app, struct http_req *req,
                      struct http_resp *resp);
/* admin_done_message: the fixed notice for a queue action's ?done= word
 * ("removed", "already-approved"...), or NULL for any other text. */
const char *admin_done_message(const char *done);
void admin_queue_action(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id, const char *action);
/* POST /admin/queue/bulk: approve or remove the comments ticked on the
 * queue page (mod_bulk.h), back to the queue with the counts. */
void admin_queue_bulk(struct app *app, struct http_req *req,
                      struct http_resp *resp);
/* POST /admin/raids/{article id}/end: raid_end, back to the queue. */
void admin_raid_end(struct app *app, struct http_req *req,
                    struct http_resp *resp, int64_t article_id);
void admin_log_page(struct app *app, struct http_req *req,
                    struct http_resp *resp);
void admin_webhooks_page(struct app *app, struct http_req *req,
                         struct http_resp *resp);
void admin_stats_page(struct app *app, struct http_req *req,
                      struct http_resp *resp);

/* Undoing mistakes (admin_undo.c): restore a removed comment, the bans
 * in force, lift a ban. */
void admin_comment_restore(struct app *app, struct http_req *req,
                           struct http_resp *resp, int64_t id);
void admin_bans_page(struct app *app, struct http_req *req,
                     struct http_resp *resp);
void admin_ban_lift(struct app *app, struct http_req *req,
                    struct http_resp *resp, int64_t id);

/*
 * admin_article_next_path: in *out (request arena), the path a save of
 * the article own_id (0 for a new one) titled title takes when its path
 * field is left empty: made from the title and today's date, with the
 * first free "-2", "-3", ... when another article has or had it
 * (admin_articles.c). An empty title gives the example title's path.
 * ERR_INVALID for a title a save refuses (too long, control
 * characters, bad UTF-8), ERR_NOMEM.
 */
MUST_CHECK int admin_article_next_path(struct app *app, struct http_req *req,
                                       const char *title, int64_t own_id,
                                       const char **out);
/* POST /admin/articles/path-hint (admin_path_hint.c). */
void admin_article_path_hint(struct app *app, struct http_req *req,
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
