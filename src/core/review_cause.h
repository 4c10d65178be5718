/*
 * review_cause.h - why a comment awaits review, in the terms its author
 * may be told: the discussion is pre-moderated, the automatic screening
 * held it, or readers' reports hid it. Nothing more: not who reported it,
 * how many did, nor the screening's scores or categories, which are for
 * moderators only (an author who learnt them could learn to slip past).
 */
#ifndef CHARLA_CORE_REVIEW_CAUSE_H
#define CHARLA_CORE_REVIEW_CAUSE_H

#include "core/model.h"
#include "store/store.h"

enum review_cause {
    REVIEW_CAUSE_NONE = 0,      /* not awaiting review */
    REVIEW_CAUSE_PREMODERATION, /* pending: its article is pre-moderated */
    REVIEW_CAUSE_SCREENING,     /* held by the screening as it came in, or
                                   by a rescreen */
    REVIEW_CAUSE_REPORTS,       /* held after readers reported it */
    REVIEW_CAUSE_UNKNOWN        /* held, and the log could not be read */
};

/*
 * review_cause_of says why comment c awaits review. A pending comment
 * waits under pre-moderation. A held one with no reports was held by the
 * screening (reports hold only at the threshold, and approving clears
 * them). A held one with reports is settled by the audit log, read only
 * then: its latest move from visible to held is noted "reader reports"
 * when reports made it; a rescreen's or none at all (held as it was
 * posted, then reported anyway) means the screening. If the log cannot be
 * read, REVIEW_CAUSE_UNKNOWN: the author is told it awaits review, not a
 * guess why. st is borrowed; c needs status, id and report_count.
 */
enum review_cause review_cause_of(struct store *st, const struct comment *c);

#endif
