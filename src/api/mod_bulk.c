/*
 * mod_bulk.c - see mod_bulk.h. The queue page's bulk form and the JSON
 * API's bulk route both decide through here, so a comment skipped by one
 * is skipped by the other for the same reason, and the audit log cannot
 * tell a bulk decision from forty single ones (it should not: each is a
 * moderator's decision on that comment).
 */
#include <string.h>

#include "api/hooks.h"
#include "api/mod_bulk.h"
#include "render/msg.h"

bool mod_bulk_add(int64_t *ids, size_t *n, int64_t id)
{
    for (size_t i = 0; i < *n; i++)
        if (ids[i] == id)
            return true;
    if (*n >= MOD_BULK_MAX)
        return false;
    ids[(*n)++] = id;
    return true;
}

const char *mod_bulk_too_many(struct http_req *req)
{
    const char *s = arena_sprintf(&req->arena, msg_get(MSG_ADM_BULK_TOO_MANY),
                                  MOD_BULK_MAX);
    return s ? s : msg_get(MSG_SERVER_ERROR);
}

bool mod_already(enum mod_action action, const struct comment *c)
{
    switch (action) {
    case MOD_APPROVE:
        return c->status == COMMENT_VISIBLE && c->report_count == 0;
    case MOD_REMOVE:
        return c->status == COMMENT_REMOVED;
    case MOD_PURGE:
        return c->status == COMMENT_PURGED;
    default:
        return false;
    }
}

/* outcome_of: where mod_apply's error (or the read's) leaves a comment. */
static enum mod_bulk_outcome outcome_of(int err)
{
    switch (err) {
    case 0:
        return MOD_BULK_DONE;
    case ERR_CONFLICT:
    case ERR_FORBIDDEN:
    case ERR_NOTFOUND:
        return MOD_BULK_CHANGED;
    }
    return MOD_BULK_FAILED;
}

int mod_bulk_apply(struct app *app, struct http_req *req,
                   enum mod_action action, const int64_t *ids, size_t n,
                   const char *reason, const char *note, const char *actor,
                   struct mod_bulk_result *out, struct mod_bulk_counts *counts,
                   struct buf *msg)
{
    struct buf one;
    int ret = 0;
    memset(counts, 0, sizeof(*counts));
    buf_init(&one, 1024);
    for (size_t i = 0; i < n; i++) {
        struct mod_bulk_result *r = &out[i];
        struct comment c;
        memset(r, 0, sizeof(*r));
        r->id = ids[i];
        r->message = "";
        buf_reset(&one);
        int err = store_comment_get(app->store, ids[i], &req->arena, &c);
        if (err) {
            r->err = err;
            r->outcome = outcome_of(err);
            r->message = msg_get(err == ERR_NOTFOUND ? MSG_ADM_ERR_NO_COMMENT
                                                     : MSG_MOD_STORE_ERROR);
        } else if (mod_already(action, &c)) {
            r->outcome = MOD_BULK_ALREADY;
            r->message =
                msg_get(action == MOD_APPROVE ? MSG_ADM_DONE_ALREADY_APPROVED
                                              : MSG_ADM_DONE_ALREADY_REMOVED);
            r->status = c.status;
            r->known = true;
        } else {
            struct mod_request rq = {.action = action,
                                     .reason =
                                         action == MOD_APPROVE ? "" : reason,
                                     .note = note,
                                     .actor = actor,
                                     .now = app->now()};
            err = mod_apply(app->store, &c, &rq, &one);
            if (err == ERR_INVALID) {
                /* the reason or the note: no comment would take it */
                buf_adds(msg, one.data);
                ret = ERR_INVALID;
                goto out;
            }
            r->err = err;
            r->outcome = outcome_of(err);
            if (err) {
                const char *m = arena_strdup(&req->arena, one.data);
                r->message = m ? m : "";
            } else {
                r->status =
                    action == MOD_APPROVE ? COMMENT_VISIBLE : COMMENT_REMOVED;
                r->known = true;
                if (action == MOD_REMOVE)
                    metrics_count(METRIC_REMOVED);
            }
        }
        if (r->outcome == MOD_BULK_DONE)
            counts->done++;
        else if (r->outcome == MOD_BULK_FAILED)
            counts->failed++;
        else
            counts->skipped++;
    }
out:
    buf_release(&one);
    return ret;
}
