/*
 * mod_api.h - the staff and moderation handlers (mod.c) and the admin
 * pages (admin.c), called by the router.
 */
#ifndef CHARLA_API_MOD_API_H
#define CHARLA_API_MOD_API_H

#include "api/app.h"

void mod_session_login(struct app *app, struct http_req *req,
                       struct http_resp *resp);
void mod_session_logout(struct app *app, struct http_req *req,
                        struct http_resp *resp);
void mod_queue(struct app *app, struct http_req *req, struct http_resp *resp);
/* mod_action_known: action is one POST /api/v1/mod/comments/{id}/ takes
 * (approve, remove, purge, restore, redact). */
bool mod_action_known(const char *action);
void mod_comment_action(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id, const char *action);
/* POST /api/v1/mod/comments/bulk: one decision on many comments, each
 * one's result (mod_bulk.h). */
void mod_bulk(struct app *app, struct http_req *req, struct http_resp *resp);
void mod_ban(struct app *app, struct http_req *req, struct http_resp *resp);
/* GET /api/v1/mod/bans: the bans in force. */
void mod_ban_list(struct app *app, struct http_req *req,
                  struct http_resp *resp);
/* POST /api/v1/mod/bans/{id}/lift and DELETE /api/v1/mod/bans/{id}. */
void mod_ban_lift_api(struct app *app, struct http_req *req,
                      struct http_resp *resp, int64_t id);
void mod_log(struct app *app, struct http_req *req, struct http_resp *resp);
void mod_reader_report(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id);
void mod_author_delete(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id);
/* Whether this request's reader may delete comment c: theirs (by the
 * reader token's hash) and within MOD_AUTHOR_DELETE_WINDOW_S. */
enum author_delete {
    AUTHOR_DELETE_OK,
    AUTHOR_DELETE_NOT_YOURS,
    AUTHOR_DELETE_TOO_LATE
};
enum author_delete author_may_delete(struct app *app, struct http_req *req,
                                     const struct comment *c);
/* Deletes c as its author (a tombstone "deleted by its author"); mod_apply's
 * result, with a refusal explained in msg. */
int author_delete(struct app *app, struct comment *c, struct buf *msg);
/* GET and POST /comments/{id}/delete: the author's page for it
 * (pages_delete.c). */
void pages_author_delete(struct app *app, struct http_req *req,
                         struct http_resp *resp, int64_t id);
/* POST /api/v1/mod/articles/{id}/end-raid */
void mod_end_raid(struct app *app, struct http_req *req, struct http_resp *resp,
                  int64_t article_id);
/* The report count that holds a comment (setting report_threshold). */
int64_t mod_report_threshold(struct app *app, struct http_req *req);

/* admin_route serves every /admin and /admin/... request (admin.c). */
void admin_route(struct app *app, struct http_req *req, struct http_resp *resp);
/* admin_is_page: path is a staff page a GET shows ("/admin/queue",
 * "/admin/articles/7"): where a login may send its user back to. */
bool admin_is_page(const char *path);
/* admin_keeps_draft: path is a form whose text web/draft.js keeps in the
 * browser (the article editor, the screening settings), so a refusal can
 * say the text is safe. */
bool admin_keeps_draft(const char *path);

/*
 * Embed mode (embed.c): embed_route serves /embed/... and
 * /api/v1/counts; embed_cors adds CORS headers for an allowed origin to an
 * /api/ response and answers preflight requests (returns true when it
 * answered the request itself).
 */
void embed_route(struct app *app, struct http_req *req, struct http_resp *resp);
bool embed_cors(struct app *app, struct http_req *req, struct http_resp *resp);
/* embed_cors_early adds the CORS headers of an allowed origin to an
 * answer made before routing (a flood limit's 429 to the widget or the
 * reader API, the proof-of-work challenge), so the widget can read it. */
void embed_cors_early(struct app *app, struct http_req *req,
                      struct http_resp *resp);

/* mod_error_status: the HTTP status for a refused moderation change
 * (mod_apply's errors): 409, 422, 404 or 503. */
int mod_error_status(int ret);

#endif
