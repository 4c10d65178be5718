/*
 * review_cause.c - why a comment awaits review, for its author (/me and
 * the notice after posting); see review_cause.h.
 *
 * The store keeps no column for it, and needs none: posting sets pending
 * (a pre-moderated article) or held (the screening) with no log row,
 * while every later hold is a logged move from visible to held, by the
 * reports (note MOD_NOTE_REPORTS) or by a rescreen. Moderators cannot
 * hold a comment themselves (mod.c refuses "hold"). A restore puts a
 * comment back where it was, logged as from removed, which is skipped
 * here, so the move before it still tells.
 */
#include <string.h>

#include "core/moderation.h"
#include "core/review_cause.h"

/* How many of a comment's latest audit rows are read: the hold is the
 * latest move from visible, and rows that are not one are few. */
#define REVIEW_CAUSE_ROWS 50

static enum review_cause held_cause(struct store *st, const struct comment *c)
{
    if (c->report_count <= 0)
        return REVIEW_CAUSE_SCREENING;
    struct arena a;
    arena_init(&a, 0);
    struct audit_entry *log = NULL;
    size_t n = 0;
    enum review_cause cause = REVIEW_CAUSE_SCREENING;
    if (store_audit_list(st, c->id, REVIEW_CAUSE_ROWS, &a, &log, &n)) {
        cause = REVIEW_CAUSE_UNKNOWN;
        n = 0;
    }
    for (size_t i = 0; i < n; i++) { /* newest first */
        if (log[i].from_status != COMMENT_VISIBLE ||
            log[i].to_status != COMMENT_HELD)
            continue;
        if (log[i].note && strcmp(log[i].note, MOD_NOTE_REPORTS) == 0)
            cause = REVIEW_CAUSE_REPORTS;
        break;
    }
    arena_release(&a);
    return cause;
}

enum review_cause review_cause_of(struct store *st, const struct comment *c)
{
    switch (c->status) {
    case COMMENT_PENDING:
        return REVIEW_CAUSE_PREMODERATION;
    case COMMENT_HELD:
        return held_cause(st, c);
    case COMMENT_VISIBLE:
    case COMMENT_REMOVED:
    case COMMENT_DELETED:
    case COMMENT_PURGED:
    case COMMENT_WITHDRAWN:
        break;
    }
    return REVIEW_CAUSE_NONE;
}
