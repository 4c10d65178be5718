/*
 * v1.c - the JSON API, version 1: list articles, read a thread, post a
 * comment. Errors are {"error":{"code","message"}} with a 4xx/5xx status.
 * Request bodies are parsed with jansson, with the size already bounded
 * by the HTTP layer.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "api/app.h"
#include "api/posting.h"
#include "api/thread_load.h"
#include "core/post.h"
#include "render/html.h"
#include "render/json.h"
#include "render/msg.h"
#include "render/page.h"
#include "util/str.h"

#define JSON_TYPE "application/json; charset=utf-8"

void api_articles(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct article *arts;
    size_t n;
    if (store_article_list(app_read_store(app, req), true, &req->arena, &arts,
                           &n)) {
        respond_json_unavailable(resp);
        return;
    }
    resp->content_type = JSON_TYPE;
    json_articles(&resp->body, arts, n);
}

/* load_article fetches the article or answers 404/503; true if found. */
static bool load_article(struct app *app, struct http_req *req,
                         struct http_resp *resp, int64_t id,
                         struct article *art)
{
    int ret = store_article_get(app_read_store(app, req), id, &req->arena, art);
    if (ret == 0 && art->is_published)
        return true;
    if (ret == 0 || ret == ERR_NOTFOUND)
        respond_json_error(resp, 404, "not_found", msg_get(MSG_API_NO_ARTICLE));
    else
        respond_json_unavailable(resp);
    return false;
}

void api_comments_get(struct app *app, struct http_req *req,
                      struct http_resp *resp, int64_t article_id)
{
    struct article art;
    if (!load_article(app, req, resp, article_id, &art))
        return;
    if (http_req_query(req, "limit") || http_req_query(req, "after")) {
        api_comments_paged(app, req, resp, &art);
        return;
    }
    int kind = cache_kind_lang(CACHE_JSON, msg_lang());
    struct cache_entry *e =
        cache_get_or_claim(app->cache, art.id, kind, art.version, false);
    if (!e) {
        struct thread t;
        struct buf body;
        if (thread_load(app, req, &art, &t)) {
            cache_release_claim(app->cache, art.id, kind, art.version);
            respond_json_unavailable(resp);
            return;
        }
        buf_init(&body, 64u * 1024u * 1024u);
        if (json_thread(&body, &t, &req->arena)) {
            cache_release_claim(app->cache, art.id, kind, art.version);
            buf_release(&body);
            respond_json_error(resp, 500, "internal",
                               msg_get(MSG_API_RENDER_FAILED));
            return;
        }
        e = cache_put(app->cache, art.id, kind, art.version, body.data,
                      body.len);
        if (!e) {
            resp->content_type = JSON_TYPE;
            buf_add(&resp->body, body.data, body.len);
            buf_release(&body);
            return;
        }
        buf_release(&body);
    }
    respond_cached(req, resp, e, JSON_TYPE);
}

/* json_text returns a string member's bytes, or NULL if absent/null. */
static int json_text(json_t *obj, const char *key, const char **s, size_t *len)
{
    json_t *v = json_object_get(obj, key);
    *s = NULL;
    *len = 0;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return ERR_INVALID;
    *s = json_string_value(v);
    *len = json_string_length(v);
    return 0;
}

/*
 * may_refer: the text has something a reference could start with (#, @,
 * >, or a time such as 12:36 or 11;15). Only then does the answer need
 * the whole thread to resolve references; otherwise one comment will do.
 */
static bool may_refer(const char *s)
{
    for (; *s; s++) {
        if (*s == '#' || *s == '@' || *s == '>')
            return true;
        if (*s >= '0' && *s <= '9' && (s[1] == ':' || s[1] == ';') &&
            s[2] >= '0' && s[2] <= '9')
            return true;
    }
    return false;
}

/* respond_created renders the stored comment as it appears in the thread. */
static void respond_created(struct app *app, struct http_req *req,
                            struct http_resp *resp, const struct article *art,
                            const struct post_result *res)
{
    struct thread t;
    struct article fresh;
    resp->status = res->awaiting_review ? 202 : 201;
    resp->content_type = JSON_TYPE;
    if (res->awaiting_review) {
        /* not public yet: answer with what the author may see */
        buf_adds(&resp->body, "{\"comment\":{\"id\":");
        buf_add_i64(&resp->body, res->comment.id);
        buf_adds(&resp->body, ",\"number\":");
        json_quotes(&resp->body, res->comment.number);
        buf_adds(&resp->body, ",\"status\":");
        json_quotes(&resp->body, comment_status_name(res->comment.status));
        buf_adds(&resp->body, "},\"message\":");
        /* why, as the article page's notice says it (pending only under
           pre-moderation, held only by the screening as it is posted) */
        const char *why = msg_get(res->comment.status == COMMENT_PENDING
                                      ? MSG_AWAITING_WHY_PREMOD
                                      : MSG_AWAITING_WHY_SCREENING);
        const char *message = arena_sprintf(&req->arena, "%s %s",
                                            msg_get(MSG_AWAITING_REVIEW), why);
        json_quotes(&resp->body,
                    message ? message : msg_get(MSG_AWAITING_REVIEW));
        buf_adds(&resp->body, "}");
        return;
    }
    /* the article as read before posting will do: the answer needs its
       id and path, not its new version */
    int ret = 0;
    fresh = *art;
    if (may_refer(res->comment.body)) {
        ret = thread_load(app, req, &fresh, &t);
    } else if (ret == 0) {
        /* the comment and its parent (for "parent" in the answer) */
        struct comment *two = arena_alloc(&req->arena, 2 * sizeof(*two));
        size_t n = 0;
        ret = two ? 0 : ERR_NOMEM;
        if (two && res->comment.parent_id &&
            store_comment_get(app->store, res->comment.parent_id, &req->arena,
                              &two[0]) == 0)
            n = 1;
        if (two) {
            two[n++] = res->comment;
            ret = thread_build(&t, &app->site, &fresh, two, n, &req->arena);
        }
    }
    if (ret) {
        buf_adds(&resp->body, "{\"comment\":{\"id\":");
        buf_add_i64(&resp->body, res->comment.id);
        buf_adds(&resp->body, "}}");
        return;
    }
    for (size_t i = 0; i < t.count; i++) {
        if (t.comments[i].id != res->comment.id)
            continue;
        buf_adds(&resp->body, "{\"comment\":");
        if (json_comment(&resp->body, &t, i, &req->arena))
            break;
        buf_adds(&resp->body, "}");
        return;
    }
    buf_reset(&resp->body);
    buf_adds(&resp->body, "{\"comment\":{\"id\":");
    buf_add_i64(&resp->body, res->comment.id);
    buf_adds(&resp->body, "}}");
}

void api_comments_post(struct app *app, struct http_req *req,
                       struct http_resp *resp, int64_t article_id)
{
    /* read inside the post's batch (posting_submit), not here */
    struct article art = {.id = article_id};
    json_error_t jerr;
    json_t *root = json_loadb(req->body.data, req->body.len,
                              JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
    if (!root || !json_is_object(root)) {
        json_decref(root);
        respond_json_error(resp, 400, "bad_json", msg_get(MSG_API_BAD_JSON));
        return;
    }
    const char *body, *name, *parent = NULL;
    size_t body_len, name_len, parent_len;
    bool bad = false;
    json_t *pv = json_object_get(root, "parent");
    char parent_num[32];
    if (json_is_integer(pv)) {
        /* a top-level parent may be given as a plain number: 1 */
        snprintf(parent_num, sizeof(parent_num), "%lld",
                 (long long)json_integer_value(pv));
        parent = parent_num;
    } else if (json_text(root, "parent", &parent, &parent_len)) {
        bad = true;
    }
    if (json_text(root, "body", &body, &body_len) ||
        json_text(root, "name", &name, &name_len) || bad || !body) {
        json_decref(root);
        respond_json_error(resp, 400, "bad_request", msg_get(MSG_API_BAD_POST));
        return;
    }
    /* the same line ends as a form gives: LF only */
    char *lf_body = arena_strndup(&req->arena, body, body_len);
    if (!lf_body) {
        json_decref(root);
        respond_json_unavailable(resp);
        return;
    }
    body_len = str_lf_lines(lf_body, body_len);
    body = lf_body;
    struct post_input in = {
        .body = body,
        .body_len = body_len,
        .name = name,
        .name_len = name_len,
        .parent = parent,
        .token = http_req_cookie(req, "charla_reader"),
        .now = app->now(),
    };
    struct post_result res;
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = posting_submit(app, req, &art, &in, NULL, &res, &msg);
    json_decref(root);
    if (ret) {
        respond_json_error(resp, post_refusal_status(res.refusal),
                           post_refusal_code(res.refusal), msg.data);
        buf_release(&msg);
        return;
    }
    buf_release(&msg);
    if (res.new_token)
        respond_reader_cookie(req, resp, res.token);
    respond_created(app, req, resp, &art, &res);
}
