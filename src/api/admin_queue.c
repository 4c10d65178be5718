/*
 * admin_queue.c - the moderators' pages: the queue and its actions, the
 * audit log and the statistics.
 *
 * The queue is read a page at a time (?page=N, ADMIN_QUEUE_PAGE_SIZE
 * items), its filters applied by the store before the page is cut, and
 * its count is of every comment they select.
 *
 * The queue's actions are plain forms and follow post/redirect/get: a
 * success answers 303 back to the queue (same filters and page) with
 * ?done=ACTION, which the page turns into a fixed message (never text
 * from the URL). The same forms under the comments of a moderator's
 * article page carry back=thread, and their success answers 303 to the
 * comment in its thread instead (?c=N&done=ACTION#cN). An action the comment
 * has already had (a double press) answers the same way, with a message that
 * says so. A refusal renders the queue with the message and a 4xx status (409
 * if the comment changed meanwhile or the action does not apply to its state,
 * 422 for a missing reason or confirmation, or a redaction of text the comment
 * does not hold, 404 for no comment); from the article page, an error page
 * with the message whose link goes back to the comment. The actions go through
 * the same core functions as the JSON API (mod_apply, and mod_ban_author for
 * bans), so the rules and the audit log are the same whichever way a moderator
 * works.
 *
 * The bulk form (POST /admin/queue/bulk) approves or removes every comment
 * ticked, each through mod_apply as above (mod_bulk.h), and answers 303 to
 * the queue with ?done=bulk-approved (or bulk-removed) and the counts done,
 * skipped (decided already, or changed meanwhile) and failed, which the page
 * turns into fixed sentences. More than MOD_BULK_MAX comments is 413 and
 * none ticked 422, with nothing changed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "api/admin_int.h"
#include "api/hooks.h"
#include "api/log_load.h"
#include "api/mod_api.h"
#include "api/mod_bulk.h"
#include "api/queue_load.h"
#include "api/screening.h"
#include "core/moderation.h"
#include "core/raid.h"
#include "render/audit_words.h"
#include "render/html.h"
#include "render/msg.h"
#include "util/str.h"

#define ADMIN_LOG_ROWS 500

_Static_assert(MOD_BULK_MAX >= ADMIN_QUEUE_PAGE_SIZE,
               "a whole page of the queue in one bulk action");

/* why_ok: the why filter values the queue understands. */
static const char *why_value(const char *s)
{
    static const char *const ok[] = {"pending", "held", "reported",
                                     "screening"};
    for (size_t i = 0; s && i < sizeof(ok) / sizeof(ok[0]); i++)
        if (strcmp(s, ok[i]) == 0)
            return ok[i];
    return "";
}

/* filter_from reads the filters from the query (get) or the form; false
 * for a page that is not a number from 1 to ADMIN_QUEUE_PAGE_MAX. */
static bool filter_from(const char *article, const char *why, const char *order,
                        const char *page, struct admin_queue_filter *f)
{
    memset(f, 0, sizeof(*f));
    int64_t id;
    if (article && *article &&
        str_to_int(article, strlen(article), 1, INT64_MAX, &id) == 0)
        f->article_id = id;
    f->why = why_value(why);
    f->newest = order && strcmp(order, "newest") == 0;
    f->page = 1;
    return !page || !*page ||
           str_to_int(page, strlen(page), 1, ADMIN_QUEUE_PAGE_MAX, &f->page) ==
               0;
}

/* filter_from_form: the filters an action's form carries back to the
 * queue; a bad page is the first (the action still applies). */
static void filter_from_form(const struct form *form,
                             struct admin_queue_filter *f)
{
    if (!filter_from(admin_field(form, "article"), admin_field(form, "why"),
                     admin_field(form, "order"), admin_field(form, "page"), f))
        f->page = 1;
}

/* queue_query_of: the store's query for page f->page of the queue. */
static struct queue_query queue_query_of(const struct admin_queue_filter *f)
{
    struct queue_query q = {.article_id = f->article_id,
                            .newest_first = f->newest,
                            .offset = (f->page - 1) * ADMIN_QUEUE_PAGE_SIZE,
                            .limit = ADMIN_QUEUE_PAGE_SIZE};
    if (!queue_reason_parse(f->why, &q.why))
        q.why = QUEUE_ANY;
    return q;
}

const char *admin_done_message(const char *done)
{
    if (!done)
        return NULL;
    if (strcmp(done, "approved") == 0)
        return msg_get(MSG_ADM_DONE_APPROVED);
    if (strcmp(done, "removed") == 0)
        return msg_get(MSG_ADM_DONE_REMOVED);
    if (strcmp(done, "purged") == 0)
        return msg_get(MSG_ADM_DONE_PURGED);
    if (strcmp(done, "redacted") == 0)
        return msg_get(MSG_ADM_DONE_REDACTED);
    if (strcmp(done, "banned") == 0)
        return msg_get(MSG_ADM_DONE_BANNED);
    if (strcmp(done, "raid-ended") == 0)
        return msg_get(MSG_ADM_DONE_RAID_ENDED);
    if (strcmp(done, "already-approved") == 0)
        return msg_get(MSG_ADM_DONE_ALREADY_APPROVED);
    if (strcmp(done, "already-removed") == 0)
        return msg_get(MSG_ADM_DONE_ALREADY_REMOVED);
    if (strcmp(done, "already-purged") == 0)
        return msg_get(MSG_ADM_DONE_ALREADY_PURGED);
    return NULL;
}

/* render_queue_about writes the queue page with status, flash and error
 * (about comment about, 0 for none, whose item shows again span, what its
 * redact field held, unless NULL). A page past the end (its last items
 * were just decided) shows the last one. */
static void render_queue_about(struct app *app, struct http_req *req,
                               struct http_resp *resp, const struct session *se,
                               const struct admin_queue_filter *filter,
                               int status, const char *flash, const char *error,
                               int64_t about, const char *span)
{
    struct admin_queue_filter f = *filter;
    struct queue_query q = queue_query_of(&f);
    struct queue_item *items;
    size_t n;
    int64_t total;
    struct article *arts;
    size_t narts;
    struct article *raids;
    size_t nraids;
    if (store_queue_count(app->store, &q, &total)) {
        respond_html_unavailable(app, resp);
        return;
    }
    int64_t last = total ? (total - 1) / ADMIN_QUEUE_PAGE_SIZE + 1 : 1;
    if (f.page > last) {
        f.page = last;
        q = queue_query_of(&f);
    }
    if (queue_load(app, req, &q, &items, &n) ||
        store_article_list(app->store, false, &req->arena, &arts, &narts) ||
        queue_raids_among(app, req, arts, narts, &raids, &nraids)) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct admin_ctx ctx;
    admin_page_begin(app, se, resp, status, flash, error, &ctx);
    ctx.error_id = about;
    ctx.error_span = span;
    /* no link when the store fails: the queue matters more than its feed */
    const char *feed = feeds_queue_path(app, req);
    if (page_admin_queue(&resp->body, &ctx, items, n, total, &f, arts, narts,
                         raids, nraids, feed, &req->arena))
        respond_html_error(app, resp, 500, msg_get(MSG_SERVER_ERROR));
}

/* render_queue writes the queue page with status, flash and error. */
static void render_queue(struct app *app, struct http_req *req,
                         struct http_resp *resp, const struct session *se,
                         const struct admin_queue_filter *filter, int status,
                         const char *flash, const char *error)
{
    render_queue_about(app, req, resp, se, filter, status, flash, error, 0,
                       NULL);
}

/* count_of: the query's count name, from 0 to MOD_BULK_MAX, or -1. */
static int count_of(struct http_req *req, const char *name)
{
    const char *v = http_req_query(req, name);
    int64_t n;
    if (!v || str_to_int(v, strlen(v), 0, MOD_BULK_MAX, &n))
        return -1;
    return (int)n;
}

/* counted adds the sentence for n comments: one or many. */
static void counted(struct buf *b, int n, enum msg_id one, enum msg_id many)
{
    if (n == 1)
        buf_adds(b, msg_get(one));
    else
        buf_addf(b, msg_get(many), n);
}

/*
 * bulk_notice: after a bulk action (?done=bulk-approved or bulk-removed,
 * with n, skipped and failed), "12 approved. 3 skipped: ..." into *flash
 * and, when some failed, how many into *error; fixed sentences whose only
 * part from the URL is a number. Anything else leaves both as they are.
 */
static void bulk_notice(struct http_req *req, const char *done,
                        const char **flash, const char **error)
{
    bool approved = done && strcmp(done, "bulk-approved") == 0;
    if (!approved && !(done && strcmp(done, "bulk-removed") == 0))
        return;
    int n = count_of(req, "n"), skipped = count_of(req, "skipped"),
        failed = count_of(req, "failed");
    if (n < 0 || skipped < 0 || failed < 0)
        return;
    struct buf b;
    buf_init(&b, 1024);
    if (approved)
        counted(&b, n, MSG_ADM_BULK_APPROVED_ONE, MSG_ADM_BULK_APPROVED_MANY);
    else
        counted(&b, n, MSG_ADM_BULK_REMOVED_ONE, MSG_ADM_BULK_REMOVED_MANY);
    if (skipped) {
        buf_addc(&b, ' ');
        counted(&b, skipped, MSG_ADM_BULK_SKIPPED_ONE,
                MSG_ADM_BULK_SKIPPED_MANY);
    }
    if (!buf_failed(&b))
        *flash = arena_strdup(&req->arena, b.data);
    if (failed) {
        buf_reset(&b);
        counted(&b, failed, MSG_ADM_BULK_FAILED_ONE, MSG_ADM_BULK_FAILED_MANY);
        if (!buf_failed(&b))
            *error = arena_strdup(&req->arena, b.data);
    }
    buf_release(&b);
}

void admin_queue_page(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    struct admin_queue_filter f;
    if (!filter_from(http_req_query(req, "article"), http_req_query(req, "why"),
                     http_req_query(req, "order"), http_req_query(req, "page"),
                     &f)) {
        respond_html_error(app, resp, 400, msg_get(MSG_BAD_REQUEST));
        return;
    }
    const char *done = http_req_query(req, "done");
    const char *flash = admin_done_message(done), *error = NULL;
    bulk_notice(req, done, &flash, &error);
    render_queue(app, req, resp, &se, &f, 200, flash, error);
}

/* back_to redirects to the queue with the filters and ?done=, and after
 * a bulk action (counts not NULL) its numbers, which the page puts into
 * fixed sentences (bulk_notice). */
static void back_to(struct http_req *req, struct http_resp *resp,
                    const struct admin_queue_filter *f, const char *done,
                    const struct mod_bulk_counts *counts)
{
    struct buf u;
    buf_init(&u, 1024);
    buf_adds(&u, "/admin/queue?done=");
    buf_adds(&u, done);
    if (counts) {
        buf_adds(&u, "&n=");
        buf_add_i64(&u, counts->done);
        buf_adds(&u, "&skipped=");
        buf_add_i64(&u, counts->skipped);
        buf_adds(&u, "&failed=");
        buf_add_i64(&u, counts->failed);
    }
    if (f->article_id) {
        buf_adds(&u, "&article=");
        buf_add_i64(&u, f->article_id);
    }
    if (f->why[0]) {
        buf_adds(&u, "&why=");
        url_query(&u, f->why, strlen(f->why));
    }
    if (f->newest)
        buf_adds(&u, "&order=newest");
    if (f->page > 1) {
        buf_adds(&u, "&page=");
        buf_add_i64(&u, f->page);
    }
    respond_redirect(req, resp, 303, buf_failed(&u) ? "/admin/queue" : u.data);
    buf_release(&u);
}

/*
 * thread_href: for a form from the article page (back=thread), where
 * comment c is in its thread, "/path?c=N#cN", with "&done=DONE" before
 * the fragment when done is not NULL (the page finds the comment's page
 * and shows the notice to a moderator); NULL for a form from the queue,
 * or when the article cannot be read. In arena memory.
 */
static const char *thread_href(struct app *app, struct http_req *req,
                               const struct form *form, const struct comment *c,
                               const char *done)
{
    struct article art;
    if (strcmp(admin_field(form, "back"), "thread") != 0 ||
        store_article_get(app->store, c->article_id, &req->arena, &art))
        return NULL;
    struct buf u;
    buf_init(&u, 16384);
    url_path(&u, art.path, strlen(art.path));
    buf_adds(&u, "?c=");
    url_query(&u, c->number, strlen(c->number));
    if (done) {
        buf_adds(&u, "&done=");
        url_query(&u, done, strlen(done));
    }
    buf_adds(&u, "#c");
    url_query(&u, c->number, strlen(c->number));
    const char *href =
        buf_failed(&u) ? NULL : arena_strndup(&req->arena, u.data, u.len);
    buf_release(&u);
    return href;
}

/* done_to answers an action done (or already done) on comment c: back to
 * the comment in its thread (thread_href), else to the queue. */
static void done_to(struct app *app, struct http_req *req,
                    struct http_resp *resp, const struct form *form,
                    const struct admin_queue_filter *f, const struct comment *c,
                    const char *done)
{
    const char *href = thread_href(app, req, form, c, done);
    if (href)
        respond_redirect(req, resp, 303, href);
    else
        back_to(req, resp, f, done, NULL);
}

/* about_comment: error said of comment c, "#1.3: error" (in req's arena;
 * error itself if that fails or c has no number). */
static const char *about_comment(struct http_req *req, const struct comment *c,
                                 const char *error)
{
    if (!c->number[0])
        return error;
    struct buf b;
    buf_init(&b, 8192);
    buf_addc(&b, '#');
    buf_adds(&b, c->number);
    buf_adds(&b, ": ");
    buf_adds(&b, error);
    const char *s = buf_failed(&b) ? error : arena_strdup(&req->arena, b.data);
    buf_release(&b);
    return s ? s : error;
}

/* refuse answers a refused action on comment c with status and error:
 * for a form from the article page, an error page whose link goes back
 * to the comment; else the queue with the error, which names the comment
 * ("#1.3: ...") and keeps in its item the passage a redaction typed. */
static void refuse(struct app *app, struct http_req *req,
                   struct http_resp *resp, const struct session *se,
                   const struct form *form, const struct admin_queue_filter *f,
                   const struct comment *c, int status, const char *error)
{
    const char *href = thread_href(app, req, form, c, NULL);
    if (href)
        respond_html_error_to(app, resp, status, error, href,
                              msg_get(MSG_MOD_BACK_TO_COMMENT));
    else
        render_queue_about(app, req, resp, se, f, status, NULL,
                           about_comment(req, c, error), c->id,
                           admin_field(form, "span"));
}

/*
 * already_done: the ?done= for an action the comment has already had (a
 * second press of a key, or another moderator was faster with the same
 * decision), else NULL. Nothing is left to do, so the queue answers as it
 * would have to the first.
 */
static const char *already_done(int act, const struct comment *c)
{
    if (act < 0 || !mod_already((enum mod_action)act, c))
        return NULL;
    return act == MOD_APPROVE  ? "already-approved"
           : act == MOD_REMOVE ? "already-removed"
           : act == MOD_PURGE  ? "already-purged"
                               : NULL;
}

/* ban bans the comment's author; returns 0 or an error status with
 * *error set. */
static int ban(struct app *app, const struct session *se,
               const struct comment *c, const char *duration,
               const char **error)
{
    switch (mod_ban_author(app->store, c, duration, se->user.name, "",
                           app->now())) {
    case 0:
        return 0;
    case ERR_INVALID:
        *error = msg_get(MSG_ADM_ERR_BAN_DURATION);
        return 422;
    case ERR_FORBIDDEN:
        *error = msg_get(MSG_ADM_ERR_NOT_READER);
        return 422;
    }
    *error = msg_get(MSG_SERVER_ERROR);
    return 503;
}

void admin_queue_action(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id, const char *action)
{
    struct form form;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &form, &se))
        return;
    struct admin_queue_filter f;
    filter_from_form(&form, &f);

    int act = -1;
    const char *done = NULL;
    if (strcmp(action, "approve") == 0) {
        act = MOD_APPROVE;
        done = "approved";
    } else if (strcmp(action, "remove") == 0) {
        act = MOD_REMOVE;
        done = "removed";
    } else if (strcmp(action, "purge") == 0) {
        act = MOD_PURGE;
        done = "purged";
    } else if (strcmp(action, "redact") == 0) {
        act = MOD_REDACT;
        done = "redacted";
    } else if (strcmp(action, "ban") == 0) {
        done = "banned";
    } else {
        respond_html_error(app, resp, 404, msg_get(MSG_NOT_FOUND));
        return;
    }

    struct comment c;
    int ret = store_comment_get(app->store, id, &req->arena, &c);
    if (ret) {
        bool missing = ret == ERR_NOTFOUND;
        render_queue(
            app, req, resp, &se, &f, missing ? 404 : 503, NULL,
            msg_get(missing ? MSG_ADM_ERR_NO_COMMENT : MSG_SERVER_ERROR));
        return;
    }

    const char *already = already_done(act, &c);
    if (already) {
        done_to(app, req, resp, &form, &f, &c, already);
        return;
    }
    const char *reason = admin_field(&form, "reason");
    if (act == MOD_REMOVE && !reason[0]) {
        refuse(app, req, resp, &se, &form, &f, &c, 422,
               msg_get(MSG_ADM_ERR_REASON));
        return;
    }
    if (act == MOD_PURGE && strcmp(admin_field(&form, "confirm"), "yes")) {
        refuse(app, req, resp, &se, &form, &f, &c, 422,
               msg_get(MSG_ADM_ERR_PURGE_CONFIRM));
        return;
    }
    if (act < 0) {
        const char *error = NULL;
        int status = ban(app, &se, &c, admin_field(&form, "duration"), &error);
        if (status) {
            refuse(app, req, resp, &se, &form, &f, &c, status, error);
            return;
        }
        done_to(app, req, resp, &form, &f, &c, done);
        return;
    }

    struct mod_request rq = {.action = (enum mod_action)act,
                             .reason = act == MOD_APPROVE ? "" : reason,
                             .note = admin_field(&form, "note"),
                             .span = admin_field(&form, "span"),
                             .actor = se.user.name,
                             .now = app->now()};
    /* as the API's redact: the highlights must name the new text */
    if (act == MOD_REDACT)
        rq.screen = screening_after_redact(app, req, &c, rq.span);
    struct buf msg;
    buf_init(&msg, 1024);
    ret = mod_apply(app->store, &c, &rq, &msg);
    if (ret) {
        const char *m = arena_strdup(&req->arena, msg.data);
        buf_release(&msg);
        refuse(app, req, resp, &se, &form, &f, &c, mod_error_status(ret),
               m && m[0] ? m : msg_get(MSG_SERVER_ERROR));
        return;
    }
    buf_release(&msg);
    if ((rq.action == MOD_REMOVE || rq.action == MOD_PURGE) &&
        !comment_status_is_tombstone(c.status))
        metrics_count(METRIC_REMOVED);
    done_to(app, req, resp, &form, &f, &c, done);
}

/*
 * bulk_ids gathers the comments a bulk form names: each ticked "id" and,
 * with "all" ticked, every one in "shown" (the ids of the page's items,
 * comma-separated), each once. Without JavaScript, the "select all" box
 * cannot tick the others, so the page lists what it showed instead.
 * Returns 0, ERR_INVALID for an id that is not one, ERR_TOOBIG for more
 * than MOD_BULK_MAX.
 */
static int bulk_ids(const struct form *form, int64_t *ids, size_t *n)
{
    int64_t id;
    *n = 0;
    for (size_t i = 0; i < form->count; i++) {
        const struct form_field *fl = &form->fields[i];
        if (strcmp(fl->name, "id") != 0)
            continue;
        if (str_to_int(fl->value, fl->value_len, 1, INT64_MAX, &id))
            return ERR_INVALID;
        if (!mod_bulk_add(ids, n, id))
            return ERR_TOOBIG;
    }
    if (strcmp(admin_field(form, "all"), "yes") != 0)
        return 0;
    const char *p = admin_field(form, "shown");
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (str_to_int(p, len, 1, INT64_MAX, &id))
            return ERR_INVALID;
        if (!mod_bulk_add(ids, n, id))
            return ERR_TOOBIG;
        p += len + (comma ? 1 : 0);
    }
    return 0;
}

void admin_queue_bulk(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct form form;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &form, &se))
        return;
    struct admin_queue_filter f;
    filter_from_form(&form, &f);
    const char *action = admin_field(&form, "action");
    bool approve = strcmp(action, "approve") == 0;
    if (!approve && strcmp(action, "remove") != 0) {
        render_queue(app, req, resp, &se, &f, 400, NULL,
                     msg_get(MSG_BAD_REQUEST));
        return;
    }
    int64_t ids[MOD_BULK_MAX];
    size_t n;
    int ret = bulk_ids(&form, ids, &n);
    if (ret == ERR_TOOBIG) {
        render_queue(app, req, resp, &se, &f, 413, NULL,
                     mod_bulk_too_many(req));
        return;
    }
    if (ret || n == 0) {
        render_queue(app, req, resp, &se, &f, ret ? 400 : 422, NULL,
                     msg_get(ret ? MSG_BAD_REQUEST : MSG_ADM_BULK_NONE));
        return;
    }
    const char *reason = admin_field(&form, "reason");
    if (!approve && !reason[0]) {
        render_queue(app, req, resp, &se, &f, 422, NULL,
                     msg_get(MSG_ADM_ERR_REASON));
        return;
    }
    struct mod_bulk_result *out = arena_alloc(&req->arena, n * sizeof(*out));
    if (!out) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct mod_bulk_counts counts;
    struct buf msg;
    buf_init(&msg, 1024);
    ret = mod_bulk_apply(app, req, approve ? MOD_APPROVE : MOD_REMOVE, ids, n,
                         reason, admin_field(&form, "note"), se.user.name, out,
                         &counts, &msg);
    if (ret) {
        const char *m = arena_strdup(&req->arena, msg.data);
        buf_release(&msg);
        render_queue(app, req, resp, &se, &f, 422, NULL,
                     m && m[0] ? m : msg_get(MSG_SERVER_ERROR));
        return;
    }
    buf_release(&msg);
    back_to(req, resp, &f, approve ? "bulk-approved" : "bulk-removed", &counts);
}

void admin_raid_end(struct app *app, struct http_req *req,
                    struct http_resp *resp, int64_t article_id)
{
    struct form form;
    struct session se;
    if (!admin_post_form(app, req, resp, ROLE_MODERATOR, &form, &se))
        return;
    struct admin_queue_filter f;
    filter_from(NULL, NULL, NULL, NULL, &f);
    int ret = raid_end(app->store, article_id, se.user.name, app->now());
    if (ret) {
        bool none = ret == ERR_NOTFOUND;
        render_queue(app, req, resp, &se, &f, none ? 404 : 503, NULL,
                     msg_get(none ? MSG_ADM_ERR_NO_RAID : MSG_SERVER_ERROR));
        return;
    }
    back_to(req, resp, &f, "raid-ended", NULL);
}

/* --- the audit log --------------------------------------------------- */

/*
 * restored_notice: after a restore from the log (?done=restored, the
 * queue's way of passing a notice through a redirect), "Comment #1.3
 * restored.", the comment named by its number as the log's rows name it
 * (from the store, never from the URL; its id when it has no number);
 * NULL for any other page of the log.
 */
static const char *restored_notice(struct http_req *req,
                                   const struct admin_log_filter *f,
                                   const struct audit_entry *e, size_t n)
{
    const char *done = http_req_query(req, "done");
    if (!done || strcmp(done, "restored") != 0 || !f->comment_id)
        return NULL;
    char which[64];
    snprintf(which, sizeof(which), "%lld", (long long)f->comment_id);
    for (size_t i = 0; i < n; i++) {
        if (e[i].comment_id == f->comment_id && e[i].number[0]) {
            snprintf(which, sizeof(which), "#%s", e[i].number);
            break;
        }
    }
    char out[256];
    snprintf(out, sizeof(out), msg_get(MSG_ADM_DONE_RESTORED), which);
    return arena_strdup(&req->arena, out);
}

/* GET /admin/log: the audit log, newest first, with its filters. */
void admin_log_page(struct app *app, struct http_req *req,
                    struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    struct admin_log_filter f = {0};
    const char *cid = http_req_query(req, "id");
    const char *art = http_req_query(req, "article");
    const char *action = http_req_query(req, "action");
    const char *actor = http_req_query(req, "actor");
    /* a filter mistyped (or a link mangled) answers the page with the
       form and the menu, to type it again, and says why; with no rows,
       which would pass for the ones asked for */
    const char *error = NULL;
    if ((cid && *cid &&
         str_to_int(cid, strlen(cid), 1, INT64_MAX, &f.comment_id)) ||
        (art && *art &&
         str_to_int(art, strlen(art), 1, INT64_MAX, &f.article_id)) ||
        !log_number(&req->arena, http_req_query(req, "comment"), &f.number)) {
        error = msg_get(MSG_ADM_LOG_BAD_FILTER);
        f.comment_id = 0;
        f.article_id = 0;
        f.number = "";
    }
    if (f.comment_id)
        f.number = ""; /* a row's link names one comment */
    f.action = action ? action : "";
    f.actor = actor ? actor : "";
    struct audit_entry *e = NULL;
    size_t n = 0;
    int articles = 0;
    if (!error && log_load(app, &req->arena, &f.comment_id, f.number,
                           f.article_id, ADMIN_LOG_ROWS, &e, &n, &articles)) {
        respond_html_unavailable(app, resp);
        return;
    }
    const char *flash = restored_notice(req, &f, e, n);
    if (!flash && articles > 1) {
        char out[512];
        snprintf(out, sizeof(out), msg_get(MSG_ADM_LOG_NUMBER_IN_MANY),
                 f.number, articles);
        flash = arena_strdup(&req->arena, out);
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (f.action[0] && strcmp(e[i].action, f.action) != 0)
            continue;
        /* "system" or, as the Spanish page shows it, "sistema" */
        if (f.actor[0] && strcasecmp(e[i].actor, f.actor) != 0 &&
            strcasecmp(audit_words_actor(e[i].actor), f.actor) != 0)
            continue;
        e[kept++] = e[i];
    }
    const char **names;
    if (log_article_names(app, &req->arena, e, kept, &names)) {
        respond_html_unavailable(app, resp);
        return;
    }
    struct admin_ctx ctx;
    admin_page_begin(app, &se, resp, error ? 400 : 200, error ? NULL : flash,
                     error, &ctx);
    page_admin_log(&resp->body, &ctx, e, kept, names, &f);
}

/* --- statistics ------------------------------------------------------ */

/* A decision and the day it fell on, for the medians. */
struct decision {
    size_t day;
    int64_t seconds;
};

/* A comment's posting time, looked up once per comment. */
struct created_memo {
    int64_t comment_id;
    int64_t created; /* -1 if the comment is gone */
    bool imported;   /* brought in by an import, not posted here */
};

/* created_of answers a comment's posting time (-1 if it is gone) and, if
 * imported is not NULL, whether an import brought it in: such a comment
 * has a source id and no reader behind it, and its posting time is the
 * one it had on the other system. */
static int64_t created_of(struct app *app, struct http_req *req,
                          struct created_memo *memo, size_t *nmemo,
                          int64_t comment_id, bool *imported)
{
    size_t i = 0;
    while (i < *nmemo && memo[i].comment_id != comment_id)
        i++;
    if (i == *nmemo) {
        struct comment c;
        bool found =
            store_comment_get(app->store, comment_id, &req->arena, &c) == 0;
        memo[i].comment_id = comment_id;
        memo[i].created = found ? c.created : -1;
        memo[i].imported = found && (c.author_kind == AUTHOR_IMPORTED ||
                                     (c.source_id && c.source_id[0]));
        (*nmemo)++;
    }
    if (imported)
        *imported = memo[i].imported;
    return memo[i].created;
}

/*
 * local_day_start answers the first second of the site's local day that
 * holds t. The site's clock may move (summer time), so a day is not
 * always 86400 seconds: the guess "t less the local time of day" is
 * checked and moved by what the clock says there.
 */
static int64_t local_day_start(const struct site *site, int64_t t)
{
    struct tm tm, at;
    site_local_time(site, t, &tm);
    int64_t start = t - (tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec);
    site_local_time(site, start, &at);
    int64_t into = at.tm_hour * 3600 + at.tm_min * 60 + at.tm_sec;
    if (at.tm_mday == tm.tm_mday)
        start -= into; /* the clock went back: midnight was earlier */
    else
        start += 86400 - into; /* forward: still the day before here */
    return start;
}

/* day_of: the index in days[0..n) of the local day holding t, or -1 if
 * t is before days[0] or at or after end. */
static int day_of(const struct admin_stats_day *days, size_t n, int64_t end,
                  int64_t t)
{
    if (t < days[0].day_start || t >= end)
        return -1;
    size_t d = n - 1;
    while (days[d].day_start > t)
        d--;
    return (int)d;
}

static int cmp_i64(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b ? 1 : 0;
}

/* is_staff_actor: a decision by a person, not by screening or a reader. */
static bool is_staff_actor(const char *actor)
{
    return strcmp(actor, "system") != 0 && strcmp(actor, "reader") != 0 &&
           strcmp(actor, "author") != 0;
}

/* in_log: does the log's e[0..n) have a row that changed comment id's
 * status? A ban or its lift names the comment it was for but leaves its
 * status as it was (from_status -1): banning the author of a comment held
 * when posted does not make that hold a later one. */
static bool in_log(const struct audit_entry *e, size_t n, int64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (e[i].comment_id == id && e[i].from_status >= 0)
            return true;
    return false;
}

/* The most held comments the statistics read from the queue. */
#define STATS_HELD_READ_MAX (10 * QUEUE_READ_MAX)

/*
 * count_held_when_posted adds to days[].held the comments held when they
 * were posted, on the day they were posted. Posting writes no log row, so
 * they are counted from what is stored: a comment whose first row in the
 * log starts from "held" was held before any decision (screening held it
 * as it came in), and a comment held now with no row that changed its
 * status (none, or only its author's ban) is still waiting from its
 * posting. A hold by reports or a rescreen starts from
 * "visible" and is counted by its own row, so nothing counts twice.
 * Returns 0 or ERR_DB.
 */
static int count_held_when_posted(struct app *app, struct http_req *req,
                                  const struct audit_entry *e, size_t n,
                                  struct admin_stats_day *days, int64_t end,
                                  struct created_memo *memo, size_t *nmemo)
{
    int64_t first = days[0].day_start;
    /* e is newest first: a comment's first row is its last one here */
    for (size_t i = n; i-- > 0;) {
        if (!e[i].comment_id || e[i].from_status != COMMENT_HELD ||
            in_log(e + i + 1, n - i - 1, e[i].comment_id))
            continue;
        int d =
            day_of(days, ADMIN_STATS_DAYS, end,
                   created_of(app, req, memo, nmemo, e[i].comment_id, NULL));
        if (d >= 0)
            days[d].held++;
    }
    struct queue_query q = {
        .why = QUEUE_HELD, .newest_first = true, .limit = QUEUE_READ_MAX};
    for (; q.offset < STATS_HELD_READ_MAX; q.offset += QUEUE_READ_MAX) {
        struct comment *c;
        size_t nc;
        if (store_queue_page(app->store, &q, &req->arena, &c, &nc))
            return ERR_DB;
        for (size_t i = 0; i < nc; i++) {
            int d = day_of(days, ADMIN_STATS_DAYS, end, c[i].created);
            if (d >= 0 && !in_log(e, n, c[i].id))
                days[d].held++;
        }
        if (nc < (size_t)QUEUE_READ_MAX || c[nc - 1].created < first)
            return 0;
    }
    return 0;
}

void admin_stats_page(struct app *app, struct http_req *req,
                      struct http_resp *resp)
{
    struct session se;
    if (!admin_get_auth(app, req, resp, ROLE_MODERATOR, &se))
        return;
    struct audit_entry *e;
    size_t n;
    if (store_audit_list(app->store, 0, ADMIN_LOG_ROWS, &req->arena, &e, &n)) {
        respond_html_unavailable(app, resp);
        return;
    }
    /* days in the site's time zone, as every date the site shows; no
     * local day is shorter than 22 hours nor longer than 26 */
    struct admin_stats_day days[ADMIN_STATS_DAYS];
    memset(days, 0, sizeof(days));
    int64_t today = local_day_start(&app->site, app->now());
    int64_t end = local_day_start(&app->site, today + 30 * 3600);
    days[ADMIN_STATS_DAYS - 1].day_start = today;
    for (size_t d = ADMIN_STATS_DAYS - 1; d > 0; d--)
        days[d - 1].day_start =
            local_day_start(&app->site, days[d].day_start - 1);

    struct decision *dec = arena_alloc(&req->arena, (n + 1) * sizeof(*dec));
    struct created_memo *memo =
        arena_alloc(&req->arena, (n + 1) * sizeof(*memo));
    int64_t *scratch = arena_alloc(&req->arena, (n + 1) * sizeof(*scratch));
    if (!dec || !memo || !scratch) {
        respond_html_unavailable(app, resp);
        return;
    }
    size_t ndec = 0, nmemo = 0;
    for (size_t i = 0; i < n; i++) {
        int d = day_of(days, ADMIN_STATS_DAYS, end, e[i].at);
        if (d < 0)
            continue;
        bool decision = false;
        if (e[i].to_status == COMMENT_HELD &&
            e[i].from_status != COMMENT_HELD) {
            days[d].held++;
        } else if (strcmp(e[i].action, "remove") == 0 ||
                   strcmp(e[i].action, "purge") == 0) {
            days[d].removed++;
            decision = true;
        } else if (strcmp(e[i].action, "approve") == 0) {
            days[d].approved++;
            decision = true;
        }
        if (!decision || !e[i].comment_id || !is_staff_actor(e[i].actor))
            continue;
        /* The median is of waits on this site within the period shown:
         * an imported comment, or one posted before the first day, was
         * never waiting here that long (a rescreen holds comments years
         * old), and one such decision would make a day's median years. */
        bool imported;
        int64_t created =
            created_of(app, req, memo, &nmemo, e[i].comment_id, &imported);
        if (imported || created < days[0].day_start || created > e[i].at)
            continue;
        dec[ndec].day = (size_t)d;
        dec[ndec].seconds = e[i].at - created;
        ndec++;
    }
    if (count_held_when_posted(app, req, e, n, days, end, memo, &nmemo)) {
        respond_html_unavailable(app, resp);
        return;
    }
    for (size_t d = 0; d < ADMIN_STATS_DAYS; d++) {
        size_t k = 0;
        for (size_t i = 0; i < ndec; i++)
            if (dec[i].day == d)
                scratch[k++] = dec[i].seconds;
        if (k == 0)
            continue;
        qsort(scratch, k, sizeof(scratch[0]), cmp_i64);
        days[d].has_median = true;
        days[d].median_s =
            k % 2 ? scratch[k / 2] : (scratch[k / 2 - 1] + scratch[k / 2]) / 2;
    }
    struct admin_ctx ctx;
    admin_page_begin(app, &se, resp, 200, NULL, NULL, &ctx);
    page_admin_stats(&resp->body, &ctx, days, ADMIN_STATS_DAYS);
}
