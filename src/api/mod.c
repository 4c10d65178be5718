/*
 * mod.c - the staff and moderation JSON API:
 *
 *   POST   /api/v1/session                      log in {"name","password"}
 *   DELETE /api/v1/session                      log out
 *   GET    /api/v1/mod/queue[?article=&why=&order=newest&limit=&after=]
 *                                               a page of the queue, with
 *                                               its total and the next
 *                                               page's cursor
 *   POST   /api/v1/mod/comments/{id}/{action}   approve|remove|purge|
 *                                               restore|redact
 *   POST   /api/v1/mod/comments/bulk            {"action":"approve"|
 *                                               "remove","ids",["reason"]}
 *                                               one decision on up to 50
 *                                               comments, each one's result
 *   POST   /api/v1/mod/bans                     {"comment","duration"}
 *                                               (replaces a ban in force)
 *   GET    /api/v1/mod/bans                     the bans in force
 *   POST   /api/v1/mod/bans/{id}/lift           lift a ban [{"note"}]
 *   DELETE /api/v1/mod/bans/{id}                the same
 *   GET    /api/v1/mod/log[?comment=[&article=]|?id=]
 *                                               the audit log, newest
 *                                               first: one comment's rows,
 *                                               by the number its thread
 *                                               shows (in one article or
 *                                               in any) or by its id
 *   POST   /api/v1/comments/{id}/report         a reader's report
 *   DELETE /api/v1/comments/{id}                the author deletes (15 min)
 *
 * Every state-changing staff request needs the session's CSRF token in
 * X-CSRF-Token. Bodies are JSON, parsed with jansson.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "api/auth.h"
#include "api/events.h"
#include "api/hooks.h"
#include "api/log_load.h"
#include "core/raid.h"
#include "api/mod_api.h"
#include "api/mod_bulk.h"
#include "api/queue_load.h"
#include "api/reader_report.h"
#include "api/bans_load.h"
#include "core/bans.h"
#include "api/screening.h"
#include "core/moderation.h"
#include "core/pseudonym.h"
#include "core/setting_keys.h"
#include "render/html.h"
#include "render/json.h"
#include "render/msg.h"
#include "util/str.h"

#define JSON_TYPE "application/json; charset=utf-8"

/* The most rows GET /api/v1/mod/log answers, as the log page shows. */
#define MOD_LOG_ROWS 500

/* parse_body parses the request body as a JSON object or answers 400. */
static json_t *parse_body(struct http_req *req, struct http_resp *resp)
{
    json_error_t jerr;
    json_t *root = req->body.len ? json_loadb(req->body.data, req->body.len,
                                              JSON_REJECT_DUPLICATES, &jerr)
                                 : json_object();
    if (!root || !json_is_object(root)) {
        json_decref(root);
        respond_json_error(resp, 400, "bad_json", msg_get(MSG_API_BAD_JSON));
        return NULL;
    }
    return root;
}

/* str_member returns a string member, "" if absent, NULL if not a string
 * (the caller answers 400). The string lives in the request arena. */
static const char *str_member(struct http_req *req, json_t *obj,
                              const char *key)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return "";
    if (!json_is_string(v))
        return NULL;
    return arena_strndup(&req->arena, json_string_value(v),
                         json_string_length(v));
}

/* text_member is str_member for a typed text (a note, a reason), with its
 * line ends made LF as a form's are. */
static const char *text_member(struct http_req *req, json_t *obj,
                               const char *key)
{
    const char *s = str_member(req, obj, key);
    if (!s || !s[0])
        return s;
    /* a copy in the request arena (never the "" for an absent member),
     * so ours to rewrite */
    char *t = (char *)s;
    str_lf_lines(t, strlen(t));
    return t;
}

void mod_session_login(struct app *app, struct http_req *req,
                       struct http_resp *resp)
{
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    const char *name = str_member(req, root, "name");
    const char *password = str_member(req, root, "password");
    json_decref(root);
    if (!name || !password || !name[0] || !password[0]) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_LOGIN_FIELDS));
        return;
    }
    char cookie[STAFF_TOKEN_HEX + 1];
    struct session se;
    switch (staff_login(app->store, &app->site, name, password, req->client_key,
                        app->now(), &req->arena, cookie, &se)) {
    case STAFF_LOGIN_OK:
        break;
    case STAFF_LOGIN_BAD:
        respond_json_error(resp, 401, "bad_login", msg_get(MSG_ADM_LOGIN_BAD));
        return;
    case STAFF_LOGIN_LOCKED:
        http_resp_header(resp, "Retry-After", "900");
        respond_json_error(resp, 429, "locked", msg_get(MSG_ADM_LOGIN_LOCKED));
        return;
    case STAFF_LOGIN_ERROR:
        respond_json_unavailable(resp);
        return;
    }
    auth_set_cookie(req, resp, cookie);
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"csrf\":");
    json_quotes(&resp->body, se.csrf);
    buf_adds(&resp->body, ",\"role\":");
    json_quotes(&resp->body, role_name(se.user.role));
    buf_adds(&resp->body, ",\"name\":");
    json_quotes(&resp->body, se.user.name);
    buf_adds(&resp->body, "}");
}

void mod_session_logout(struct app *app, struct http_req *req,
                        struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    if (staff_logout(app->store, &app->site,
                     http_req_cookie(req, AUTH_COOKIE))) {
        respond_json_unavailable(resp);
        return;
    }
    auth_clear_cookie(resp);
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"ok\":true}");
}

/* Items on a page of the queue's JSON when the client names no limit. */
#define QUEUE_JSON_DEFAULT_LIMIT 50
/* The most it may name. */
#define QUEUE_JSON_MAX_LIMIT 200
/* The longest cursor: two numbers and a dash. */
#define QUEUE_CURSOR_MAX 48

/*
 * A page's cursor is "CREATED-ID" of its last comment: the next page holds
 * the comments after it in the order, so comments decided meanwhile (which
 * leave the queue) move no other comment to a page already read.
 */
static bool cursor_parse(const char *s, struct queue_query *q)
{
    size_t len = strlen(s);
    const char *dash = memchr(s, '-', len);
    if (len > QUEUE_CURSOR_MAX || !dash)
        return false;
    return str_to_int(s, (size_t)(dash - s), 0, INT64_MAX, &q->after_created) ==
               0 &&
           str_to_int(dash + 1, len - (size_t)(dash - s) - 1, 1, INT64_MAX,
                      &q->after_id) == 0;
}

/* queue_query_from reads the queue's query string; false (with the
 * answer sent) for a bad one. */
static bool queue_query_from(struct http_req *req, struct http_resp *resp,
                             struct queue_query *q)
{
    memset(q, 0, sizeof(*q));
    const char *art = http_req_query(req, "article");
    if (art && *art &&
        str_to_int(art, strlen(art), 1, INT64_MAX, &q->article_id)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_BAD_ARTICLE_ID));
        return false;
    }
    if (!queue_reason_parse(http_req_query(req, "why"), &q->why)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_QUEUE_WHY));
        return false;
    }
    const char *order = http_req_query(req, "order");
    q->newest_first = order && strcmp(order, "newest") == 0;
    const char *lim = http_req_query(req, "limit");
    q->limit = QUEUE_JSON_DEFAULT_LIMIT;
    if (lim && *lim &&
        str_to_int(lim, strlen(lim), 1, QUEUE_JSON_MAX_LIMIT, &q->limit)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_QUEUE_LIMIT));
        return false;
    }
    const char *after = http_req_query(req, "after");
    if (after && *after && !cursor_parse(after, q)) {
        respond_json_error(resp, 400, "bad_cursor",
                           msg_get(MSG_API_QUEUE_CURSOR));
        return false;
    }
    return true;
}

void mod_queue(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL, AUTH_JSON,
                    &se))
        return;
    struct queue_query q;
    if (!queue_query_from(req, resp, &q))
        return;
    /* one more than the page, to know whether another follows */
    struct queue_query probe = q;
    probe.limit = q.limit + 1;
    struct queue_item *items;
    struct article *raids;
    size_t n, nraids;
    int64_t total;
    if (store_queue_count(app->store, &q, &total) ||
        queue_load(app, req, &probe, &items, &n) ||
        queue_raids(app, req, &raids, &nraids)) {
        respond_json_unavailable(resp);
        return;
    }
    const char *next = NULL;
    if (n > (size_t)q.limit) {
        n = (size_t)q.limit;
        const struct comment *last = items[n - 1].c;
        next = arena_sprintf(&req->arena, "%lld-%lld", (long long)last->created,
                             (long long)last->id);
        if (!next) {
            respond_json_unavailable(resp);
            return;
        }
    }
    resp->content_type = JSON_TYPE;
    if (json_queue(&resp->body, items, n, raids, nraids, total, next,
                   &req->arena))
        respond_json_error(resp, 500, "internal",
                           msg_get(MSG_API_QUEUE_TOO_LARGE));
}

/* comment_for_action loads a comment or answers 404/503. */
static bool load_comment(struct app *app, struct http_req *req,
                         struct http_resp *resp, int64_t id, struct comment *c)
{
    int ret = store_comment_get(app->store, id, &req->arena, c);
    if (ret == 0)
        return true;
    if (ret == ERR_NOTFOUND)
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_ADM_ERR_NO_COMMENT));
    else
        respond_json_unavailable(resp);
    return false;
}

bool mod_action_known(const char *action)
{
    int act = mod_action_parse(action);
    return act >= 0 && act != MOD_DELETE && act != MOD_HOLD;
}

void mod_comment_action(struct app *app, struct http_req *req,
                        struct http_resp *resp, int64_t id, const char *action)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    int act = mod_action_parse(action);
    if (!mod_action_known(action)) {
        respond_json_error(resp, 404, "not_found", msg_get(MSG_API_ACTIONS));
        return;
    }
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    const char *reason = text_member(req, root, "reason");
    const char *note = text_member(req, root, "note");
    const char *span = str_member(req, root, "span");
    json_decref(root);
    if (!reason || !note || !span) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_ACTION_FIELDS));
        return;
    }
    struct comment c;
    if (!load_comment(app, req, resp, id, &c))
        return;
    struct mod_request rq = {.action = (enum mod_action)act,
                             .reason = reason,
                             .note = note,
                             .span = span,
                             .actor = se.user.name,
                             .now = app->now()};
    /* the highlights must name the redacted text, not the old one */
    if (act == MOD_REDACT)
        rq.screen = screening_after_redact(app, req, &c, span);
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = mod_apply(app->store, &c, &rq, &msg);
    if (ret) {
        respond_json_error(resp, mod_error_status(ret),
                           ret == ERR_FORBIDDEN ? "not_allowed" : "refused",
                           msg.data);
        buf_release(&msg);
        return;
    }
    buf_release(&msg);
    struct comment after;
    if (!load_comment(app, req, resp, id, &after))
        return;
    if (!comment_status_is_tombstone(c.status) &&
        (after.status == COMMENT_REMOVED || after.status == COMMENT_PURGED))
        metrics_count(METRIC_REMOVED);
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"comment\":{\"id\":");
    buf_add_i64(&resp->body, after.id);
    buf_adds(&resp->body, ",\"number\":");
    json_quotes(&resp->body, after.number);
    buf_adds(&resp->body, ",\"status\":");
    json_quotes(&resp->body, comment_status_name(after.status));
    buf_adds(&resp->body, ",\"reason\":");
    json_quotes(&resp->body, after.reason);
    buf_adds(&resp->body, "}}");
}

/* bulk_ids reads the "ids" member, a list of 1 to MOD_BULK_MAX comment
 * ids (one named twice counts once): 0, ERR_INVALID or ERR_TOOBIG. */
static int bulk_ids(json_t *root, int64_t *ids, size_t *n)
{
    json_t *list = json_object_get(root, "ids");
    size_t i;
    json_t *v;
    *n = 0;
    if (!json_is_array(list) || json_array_size(list) == 0)
        return ERR_INVALID;
    json_array_foreach(list, i, v)
    {
        if (!json_is_integer(v) || json_integer_value(v) < 1)
            return ERR_INVALID;
        if (!mod_bulk_add(ids, n, (int64_t)json_integer_value(v)))
            return ERR_TOOBIG;
    }
    return 0;
}

/* bulk_code: the machine word for a comment a bulk request left as it
 * was ("already", "conflict", ...). */
static const char *bulk_code(const struct mod_bulk_result *r)
{
    if (r->outcome == MOD_BULK_ALREADY)
        return "already";
    if (r->outcome == MOD_BULK_FAILED)
        return "unavailable";
    return r->err == ERR_CONFLICT   ? "conflict"
           : r->err == ERR_NOTFOUND ? "not_found"
                                    : "not_allowed";
}

void mod_bulk(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    const char *action = str_member(req, root, "action");
    const char *reason = text_member(req, root, "reason");
    const char *note = text_member(req, root, "note");
    int64_t ids[MOD_BULK_MAX];
    size_t n;
    int ret = bulk_ids(root, ids, &n);
    json_decref(root);
    int act = action ? mod_action_parse(action) : -1;
    if (ret == ERR_TOOBIG) {
        respond_json_error(resp, 413, "too_many", mod_bulk_too_many(req));
        return;
    }
    if (ret || !reason || !note || (act != MOD_APPROVE && act != MOD_REMOVE)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_BULK_FIELDS));
        return;
    }
    if (act == MOD_REMOVE && !reason[0]) {
        respond_json_error(resp, 422, "refused", msg_get(MSG_MOD_NEED_REASON));
        return;
    }
    struct mod_bulk_result *out = arena_alloc(&req->arena, n * sizeof(*out));
    if (!out) {
        respond_json_unavailable(resp);
        return;
    }
    struct mod_bulk_counts counts;
    struct buf msg;
    buf_init(&msg, 1024);
    ret = mod_bulk_apply(app, req, (enum mod_action)act, ids, n, reason, note,
                         se.user.name, out, &counts, &msg);
    if (ret) {
        respond_json_error(resp, 422, "refused", msg.data);
        buf_release(&msg);
        return;
    }
    buf_release(&msg);
    resp->content_type = JSON_TYPE;
    struct buf *b = &resp->body;
    buf_adds(b, "{\"action\":");
    json_quotes(b, mod_action_name((enum mod_action)act));
    buf_adds(b, ",\"done\":");
    buf_add_i64(b, counts.done);
    buf_adds(b, ",\"skipped\":");
    buf_add_i64(b, counts.skipped);
    buf_adds(b, ",\"failed\":");
    buf_add_i64(b, counts.failed);
    buf_adds(b, ",\"results\":[");
    for (size_t i = 0; i < n; i++) {
        const struct mod_bulk_result *r = &out[i];
        buf_adds(b, i ? ",{\"id\":" : "{\"id\":");
        buf_add_i64(b, r->id);
        buf_adds(b, ",\"result\":");
        json_quotes(b, r->outcome == MOD_BULK_DONE     ? "done"
                       : r->outcome == MOD_BULK_FAILED ? "failed"
                                                       : "skipped");
        if (r->outcome != MOD_BULK_DONE) {
            buf_adds(b, ",\"code\":");
            json_quotes(b, bulk_code(r));
        }
        if (r->message[0]) {
            buf_adds(b, ",\"message\":");
            json_quotes(b, r->message);
        }
        if (r->known) {
            buf_adds(b, ",\"status\":");
            json_quotes(b, comment_status_name(r->status));
        }
        buf_adds(b, "}");
    }
    buf_adds(b, "]}");
}

void mod_ban(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    json_t *cid = json_object_get(root, "comment");
    const char *duration = str_member(req, root, "duration");
    const char *note = text_member(req, root, "note");
    int64_t comment_id = json_is_integer(cid) ? json_integer_value(cid) : 0;
    json_decref(root);
    int64_t seconds;
    if (!comment_id || !duration || !note ||
        mod_ban_duration(duration, &seconds)) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_BAN_FIELDS));
        return;
    }
    struct comment c;
    if (!load_comment(app, req, resp, comment_id, &c))
        return;
    if (c.author_kind != AUTHOR_READER || !c.author_hash[0]) {
        respond_json_error(resp, 422, "not_a_reader",
                           msg_get(MSG_ADM_ERR_NOT_READER));
        return;
    }
    /* a ban in force is replaced, and the answer says which it was */
    struct ban prev;
    int had = store_ban_active(app->store, c.author_hash, app->now(),
                               &req->arena, &prev);
    if ((had != 0 && had != ERR_NOTFOUND) ||
        mod_ban_author(app->store, &c, duration, se.user.name, note,
                       app->now())) {
        respond_json_unavailable(resp);
        return;
    }
    resp->status = had == 0 ? 200 : 201;
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"ban\":{\"comment\":");
    buf_add_i64(&resp->body, c.id);
    buf_adds(&resp->body, ",\"duration\":");
    json_quotes(&resp->body, duration);
    buf_adds(&resp->body, "},\"replaced\":");
    if (had == 0) {
        buf_adds(&resp->body, "{\"id\":");
        buf_add_i64(&resp->body, prev.id);
        buf_adds(&resp->body, ",\"until\":");
        buf_add_i64(&resp->body, prev.until);
        buf_adds(&resp->body, ",\"actor\":");
        json_quotes(&resp->body, prev.actor);
        buf_adds(&resp->body, "}");
    } else {
        buf_adds(&resp->body, "null");
    }
    buf_adds(&resp->body, "}");
}

/* json_ban writes one ban in force: what the bans page shows. */
static void json_ban(struct buf *b, const struct ban_item *it)
{
    buf_adds(b, "{\"id\":");
    buf_add_i64(b, it->ban->id);
    buf_adds(b, ",\"comment\":");
    buf_add_i64(b, it->ban->comment_id);
    buf_adds(b, ",\"number\":");
    json_quotes(b, it->c ? it->c->number : "");
    buf_adds(b, ",\"author_name\":");
    json_quotes(b, it->c ? it->c->author_name : "");
    buf_adds(b, ",\"handle\":");
    json_quotes(b, it->c && it->c->handle ? it->c->handle : "");
    buf_adds(b, ",\"actor\":");
    json_quotes(b, it->ban->actor);
    buf_adds(b, ",\"created\":");
    buf_add_i64(b, it->ban->created);
    buf_adds(b, ",\"until\":");
    buf_add_i64(b, it->ban->until);
    buf_adds(b, "}");
}

void mod_ban_list(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL, AUTH_JSON,
                    &se))
        return;
    struct ban_item *items;
    size_t n;
    if (bans_load(app, req, &items, &n)) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"bans\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_adds(&resp->body, ",");
        json_ban(&resp->body, &items[i]);
    }
    /* the newest STORE_BANS_MAX at most: more says older ones exist */
    buf_adds(&resp->body,
             n >= STORE_BANS_MAX ? "],\"more\":true}" : "],\"more\":false}");
}

void mod_ban_lift_api(struct app *app, struct http_req *req,
                      struct http_resp *resp, int64_t id)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    const char *note = text_member(req, root, "note");
    json_decref(root);
    if (!note) {
        respond_json_error(resp, 400, "bad_request", msg_get(MSG_API_BAN_NOTE));
        return;
    }
    struct ban lifted;
    int ret = mod_ban_lift(app->store, id, se.user.name, note, app->now(),
                           &req->arena, &lifted);
    if (ret == ERR_NOTFOUND) {
        respond_json_error(resp, 404, "no_ban", msg_get(MSG_ADM_ERR_NO_BAN));
        return;
    }
    if (ret == ERR_INVALID) {
        respond_json_error(resp, 422, "refused", msg_get(MSG_MOD_TEXT_INVALID));
        return;
    }
    if (ret) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"lifted\":{\"id\":");
    buf_add_i64(&resp->body, lifted.id);
    buf_adds(&resp->body, ",\"comment\":");
    buf_add_i64(&resp->body, lifted.comment_id);
    buf_adds(&resp->body, ",\"until\":");
    buf_add_i64(&resp->body, lifted.until);
    buf_adds(&resp->body, "}}");
}

void mod_log(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, false, NULL, AUTH_JSON,
                    &se))
        return;
    int64_t comment_id = 0, article_id = 0;
    const char *number;
    const char *cid = http_req_query(req, "id");
    const char *art = http_req_query(req, "article");
    if ((cid && *cid &&
         str_to_int(cid, strlen(cid), 1, INT64_MAX, &comment_id)) ||
        (art && *art &&
         str_to_int(art, strlen(art), 1, INT64_MAX, &article_id)) ||
        !log_number(&req->arena, http_req_query(req, "comment"), &number) ||
        (article_id && !number[0]) || (comment_id && number[0])) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_BAD_LOG_QUERY));
        return;
    }
    struct audit_entry *e;
    size_t n;
    int articles;
    if (log_load(app, &req->arena, &comment_id, number, article_id,
                 MOD_LOG_ROWS, &e, &n, &articles)) {
        respond_json_unavailable(resp);
        return;
    }
    /* the article each row's comment is in, read as the log page reads it */
    const char **names;
    if (log_article_names(app, &req->arena, e, n, &names)) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    json_audit(&resp->body, e, n, names);
}

int64_t mod_report_threshold(struct app *app, struct http_req *req)
{
    const char *v;
    if (store_setting_get(app->store, "report_threshold", &req->arena, &v))
        v = NULL;
    return setting_key_number("report_threshold", v);
}

void mod_reader_report(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id)
{
    json_t *root = parse_body(req, resp);
    if (!root)
        return;
    const char *reason = text_member(req, root, "reason");
    json_decref(root);
    if (!reason) {
        respond_json_error(resp, 400, "bad_request",
                           msg_get(MSG_API_BAD_REPORT));
        return;
    }
    const char *hash = auth_reader_hash(app, req);
    bool own_token = hash != NULL;
    char token[PSEUDONYM_TOKEN_HEX + 1];
    char fresh_hash[PSEUDONYM_HASH_HEX + 1];
    if (!hash) {
        pseudonym_new_token(token);
        pseudonym_token_hash(app->site.key, token, strlen(token), fresh_hash);
        respond_reader_cookie(req, resp, token);
        hash = fresh_hash;
    }
    struct comment c;
    if (!load_comment(app, req, resp, id, &c))
        return;
    if (comment_never_public(&c)) {
        /* no reader saw it: answered as if there were no such comment */
        respond_json_error(resp, 404, "not_found",
                           msg_get(MSG_ADM_ERR_NO_COMMENT));
        return;
    }
    bool held, banned;
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = reader_report(app, req, &c, hash, own_token, reason, &held,
                            &banned, &msg);
    if (ret && banned) {
        /* as a banned reader's post is answered (post_refusal_status) */
        respond_json_error(resp, post_refusal_status(POST_BANNED),
                           post_refusal_code(POST_BANNED), msg.data);
        buf_release(&msg);
        return;
    }
    if (ret) {
        respond_json_error(
            resp, ret == ERR_CONFLICT ? 409 : mod_error_status(ret),
            ret == ERR_CONFLICT ? "duplicate" : "refused", msg.data);
        buf_release(&msg);
        return;
    }
    buf_release(&msg);
    resp->status = 201;
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, held ? "{\"reported\":true,\"held\":true}"
                               : "{\"reported\":true,\"held\":false}");
}

enum author_delete author_may_delete(struct app *app, struct http_req *req,
                                     const struct comment *c)
{
    const char *hash = auth_reader_hash(app, req);
    if (!hash || c->author_kind != AUTHOR_READER ||
        strcmp(hash, c->author_hash) != 0)
        return AUTHOR_DELETE_NOT_YOURS;
    if (app->now() - c->created > MOD_AUTHOR_DELETE_WINDOW_S)
        return AUTHOR_DELETE_TOO_LATE;
    return AUTHOR_DELETE_OK;
}

int author_delete(struct app *app, struct comment *c, struct buf *msg)
{
    struct mod_request rq = {
        .action = MOD_DELETE, .actor = "author", .now = app->now()};
    return mod_apply(app->store, c, &rq, msg);
}

void mod_author_delete(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t id)
{
    struct comment c;
    if (!load_comment(app, req, resp, id, &c))
        return;
    switch (author_may_delete(app, req, &c)) {
    case AUTHOR_DELETE_NOT_YOURS:
        /* one no reader saw exists for its author alone */
        if (comment_never_public(&c))
            respond_json_error(resp, 404, "not_found",
                               msg_get(MSG_ADM_ERR_NO_COMMENT));
        else
            respond_json_error(resp, 403, "not_yours",
                               msg_get(MSG_API_NOT_YOURS));
        return;
    case AUTHOR_DELETE_TOO_LATE:
        respond_json_error(resp, 403, "too_late", msg_get(MSG_API_TOO_LATE));
        return;
    case AUTHOR_DELETE_OK:
        break;
    }
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = author_delete(app, &c, &msg);
    if (ret) {
        respond_json_error(resp, mod_error_status(ret), "refused", msg.data);
        buf_release(&msg);
        return;
    }
    buf_release(&msg);
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"deleted\":true}");
}

void mod_end_raid(struct app *app, struct http_req *req, struct http_resp *resp,
                  int64_t article_id)
{
    struct session se;
    if (!auth_staff(app, req, resp, ROLE_MODERATOR, true, NULL, AUTH_JSON, &se))
        return;
    int ret = raid_end(app->store, article_id, se.user.name, app->now());
    if (ret == ERR_NOTFOUND) {
        respond_json_error(resp, 404, "no_raid", msg_get(MSG_ADM_ERR_NO_RAID));
        return;
    }
    if (ret) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    buf_adds(&resp->body, "{\"raid\":false}");
}
