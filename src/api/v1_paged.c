/*
 * v1_paged.c - GET /api/v1/articles/{id}/comments?limit=N&after=NUMBER:
 * the thread in pages, for clients of very large threads. Comments come in
 * thread order; "after" is the number of the last comment of the previous
 * page and "next" in the answer is the cursor for the following page (null
 * at the end). Without limit/after the whole thread is answered from the
 * cache by api_comments_get.
 */
#include <string.h>

#include "api/app.h"
#include "api/thread_load.h"
#include "render/html.h"
#include "render/json.h"
#include "render/msg.h"
#include "util/str.h"

#define JSON_TYPE "application/json; charset=utf-8"
#define PAGED_MAX_LIMIT 500
#define PAGED_DEFAULT_LIMIT 100

void api_comments_paged(struct app *app, struct http_req *req,
                        struct http_resp *resp, const struct article *art)
{
    const char *lim = http_req_query(req, "limit");
    const char *after = http_req_query(req, "after");
    int64_t limit = PAGED_DEFAULT_LIMIT;
    if (lim && str_to_int(lim, strlen(lim), 1, PAGED_MAX_LIMIT, &limit)) {
        respond_json_error(resp, 400, "bad_request", msg_get(MSG_API_LIMIT));
        return;
    }
    struct thread t;
    if (thread_load(app, req, art, &t)) {
        respond_json_unavailable(resp);
        return;
    }
    size_t start = 0;
    if (after && *after) {
        size_t i;
        for (i = 0; i < t.count; i++)
            if (strcmp(t.comments[i].number, after) == 0)
                break;
        if (i == t.count) {
            respond_json_error(resp, 400, "bad_cursor",
                               msg_get(MSG_API_BAD_CURSOR));
            return;
        }
        start = i + 1;
    }
    struct buf *b = &resp->body;
    resp->content_type = JSON_TYPE;
    json_thread_open(b, art);
    int64_t shown = 0;
    size_t i = start;
    const char *last = NULL;
    for (; i < t.count && shown < limit; i++) {
        bool waits = comment_status_awaits_review(t.comments[i].status);
        if (waits && !thread_has_visible_reply(&t, i))
            continue;
        if (shown++)
            buf_addc(b, ',');
        if (waits ? json_held_place(b, &t, i)
                  : json_comment(b, &t, i, &req->arena)) {
            respond_json_error(resp, 500, "internal",
                               msg_get(MSG_API_RENDER_FAILED));
            return;
        }
        last = t.comments[i].number;
    }
    /* is anything public left after this page? */
    bool more = false;
    for (; i < t.count && !more; i++)
        more = t.comments[i].status != COMMENT_PENDING &&
               t.comments[i].status != COMMENT_HELD;
    buf_adds(b, "],\"next\":");
    if (more && last)
        json_quotes(b, last);
    else
        buf_adds(b, "null");
    buf_addc(b, '}');
}
