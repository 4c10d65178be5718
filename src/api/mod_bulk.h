/*
 * mod_bulk.h - one decision (approve or remove) on many comments at once,
 * for the queue page's bulk form and POST /api/v1/mod/comments/bulk.
 *
 * A raid fills the queue with dozens of comments that all get the same
 * decision. Each comment still goes through mod_apply on its own, so the
 * rules are the single action's and the audit log has one row per comment;
 * each is its own change in the store, so one that cannot be made (it
 * changed meanwhile, it was decided already, the store failed) leaves the
 * others made, and the answer says which.
 */
#ifndef CHARLA_API_MOD_BULK_H
#define CHARLA_API_MOD_BULK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api/app.h"
#include "core/moderation.h"

/* The most comments one request decides: a page of the queue page. */
#define MOD_BULK_MAX 50

/* What became of one comment of a bulk request. */
enum mod_bulk_outcome {
    MOD_BULK_DONE,    /* decided as asked */
    MOD_BULK_ALREADY, /* it had that decision already: nothing to do */
    MOD_BULK_CHANGED, /* changed meanwhile, gone, or the action does not
                         apply to its state: left as it is */
    MOD_BULK_FAILED   /* the store failed: not changed, may be tried again */
};

struct mod_bulk_result {
    int64_t id;
    enum mod_bulk_outcome outcome;
    int err;                    /* mod_apply's or the read's error; 0 if none */
    const char *message;        /* the refusal's sentence ("" if none); arena */
    enum comment_status status; /* its status afterwards, if known */
    bool known;                 /* whether status is known */
};

/* The counts a bulk answer reports. */
struct mod_bulk_counts {
    int done, skipped, failed; /* skipped: ALREADY and CHANGED */
};

/*
 * mod_bulk_add adds id to ids[0..*n) (room for MOD_BULK_MAX) unless it is
 * there already: a comment ticked twice is decided once. Returns false,
 * adding nothing, when id is new and the list is full.
 */
bool mod_bulk_add(int64_t *ids, size_t *n, int64_t id);

/* mod_bulk_too_many: the refusal of a request naming more than
 * MOD_BULK_MAX comments, in the request's language (arena memory). */
const char *mod_bulk_too_many(struct http_req *req);

/*
 * mod_already: comment c already had action (approve: visible with no
 * report left; remove: removed; purge: purged). A second press, or another
 * moderator faster with the same decision, then has nothing left to do.
 */
bool mod_already(enum mod_action action, const struct comment *c);

/*
 * mod_bulk_apply decides each of ids[0..n) in turn with action
 * (MOD_APPROVE or MOD_REMOVE, reason required for a removal) by actor,
 * and fills out[0..n) and *counts. Returns 0, or ERR_INVALID with mod_apply's
 * sentence in msg when the reason or note is refused: the same text for
 * every comment, so it is refused at the first comment that reaches the
 * check, before any comment is changed.
 */
MUST_CHECK int mod_bulk_apply(struct app *app, struct http_req *req,
                              enum mod_action action, const int64_t *ids,
                              size_t n, const char *reason, const char *note,
                              const char *actor, struct mod_bulk_result *out,
                              struct mod_bulk_counts *counts, struct buf *msg);

#endif
