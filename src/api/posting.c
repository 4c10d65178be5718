/*
 * posting.c - see posting.h.
 *
 * Where the work happens: everything a post reads and writes in the store
 * (the site's screening and raid settings, the ban check, the parent, the
 * insert) runs as one job of the store's group commit (store_batched).
 * On SQLite that job runs on the writer thread, whose connection has the
 * pages it needs in cache; a request thread's connection would read them
 * back from disk after every commit of the writer. The request thread
 * waits, then sends the answer and the events.
 */
#include <string.h>

#include "api/auth.h"
#include "api/events.h"
#include "api/hooks.h"
#include "api/posting.h"
#include "api/screening.h"
#include "render/msg.h"
#include "util/str.h"

/* One post on its way through the batch. */
struct post_job {
    struct app *app;
    struct http_req *req;
    struct article *art; /* loaded here when its path is NULL */
    struct post_input *in;
    struct post_result *res;
    struct buf *msg;
    enum msg_lang lang;     /* the reader's, for refusal messages */
    struct raid_limits lim; /* read in the batch for the raid check */
};

/* screen_in_batch screens a reader's comment, its text and its display
 * name; ERR_INVALID for a banned word in either (with the message naming
 * which), else 0 with in->hold and in->screen_json. */
static int screen_in_batch(struct post_job *j)
{
    struct post_input *in = j->in;
    struct screening_result sr;
    if (in->body_len > POST_BODY_MAX_CHARS * 4)
        return 0; /* post_comment refuses it as too long */
    /* the name as post_comment will store it, so the spans point into
       the stored name; one too long is refused there, unscreened */
    const char *name = in->name;
    size_t name_len = name ? in->name_len : 0;
    if (name)
        str_trim(&name, &name_len);
    if (name_len > POST_NAME_MAX_BYTES)
        return 0;
    if (screening_run(j->app, j->req, in->body, in->body_len, name, name_len,
                      &sr))
        sr.hold = true; /* never let a failure through unscreened */
    if (sr.refuse) {
        j->res->refusal = POST_BAD_INPUT;
        buf_adds(j->msg, msg_get(sr.refuse_name ? MSG_POST_BANNED_WORD_NAME
                                                : MSG_POST_BANNED_WORD));
        if (sr.banned_word && sr.banned_word[0]) {
            buf_adds(j->msg, ": ");
            buf_adds(j->msg, sr.banned_word);
        }
        buf_adds(j->msg, ".");
        return ERR_INVALID;
    }
    in->hold = sr.hold;
    in->screen_json = sr.json;
    return 0;
}

static int post_in_batch(struct store *st, void *ctx)
{
    struct post_job *j = ctx;
    msg_set_lang(j->lang);
    memset(j->res, 0, sizeof(*j->res)); /* it may run twice: start afresh */
    buf_reset(j->msg);
    if (!j->art->path) {
        /* read on the writer's warm connection, not the request's */
        int64_t id = j->art->id;
        int ret = store_article_get(st, id, &j->req->arena, j->art);
        if (ret == 0 && !j->art->is_published)
            ret = ERR_NOTFOUND;
        if (ret) {
            memset(j->art, 0, sizeof(*j->art));
            j->art->id = id;
            j->res->refusal =
                ret == ERR_NOTFOUND ? POST_NO_ARTICLE : POST_STORE_ERROR;
            buf_adds(j->msg,
                     msg_get(ret == ERR_NOTFOUND ? MSG_API_NO_ARTICLE
                                                 : MSG_POST_STORE_ERROR));
            return ret;
        }
    }
    if (!j->in->staff) {
        int ret = screen_in_batch(j);
        if (ret)
            return ret;
        j->lim = events_raid_limits(j->app, j->req);
    }
    return post_comment(st, &j->app->site, j->art, j->in, &j->req->arena,
                        j->res, j->msg);
}

int posting_submit(struct app *app, struct http_req *req, struct article *art,
                   struct post_input *in, const char *csrf_field,
                   struct post_result *res, struct buf *msg)
{
    struct session se;
    memset(res, 0, sizeof(*res));
    if (auth_optional_staff(app, req, &se)) {
        const char *token =
            csrf_field ? csrf_field : http_req_header(req, "X-CSRF-Token");
        if (!staff_csrf_ok(&se, token)) {
            res->refusal = POST_STALE_FORM;
            buf_adds(msg, msg_get(MSG_POST_STAFF_CSRF));
            return ERR_FORBIDDEN;
        }
        struct user *u = arena_alloc(&req->arena, sizeof(*u));
        if (!u)
            return ERR_NOMEM;
        *u = se.user;
        in->staff = u;
    }
    /* minted here, not in the batch: the random bytes cost a system call
       that the writer thread should not wait for */
    char minted[PSEUDONYM_TOKEN_HEX + 1];
    if (!in->token || !pseudonym_token_valid(in->token, strlen(in->token))) {
        pseudonym_new_token(minted);
        in->new_token = minted;
    }
    struct post_job job = {.app = app,
                           .req = req,
                           .art = art,
                           .in = in,
                           .res = res,
                           .msg = msg,
                           .lang = msg_lang()};
    int ret = store_batched(app->store, post_in_batch, &job);
    in->new_token = NULL; /* minted is gone with this frame; res has it */
    if (ret && res->refusal == POST_OK) {
        /* the batch's commit failed after the post itself went through */
        res->refusal = POST_STORE_ERROR;
        buf_reset(msg);
        buf_adds(msg, msg_get(MSG_POST_STORE_ERROR));
    }
    if (ret)
        return ret;
    if (in->staff) {
        metrics_count(METRIC_PUBLISHED);
        return 0;
    }
    events_after_post(app, req, art, &res->comment, &job.lim);
    metrics_count(res->awaiting_review ? METRIC_HELD_AT_POST
                                       : METRIC_PUBLISHED);
    return 0;
}
