/*
 * mod_decision.h - whether a moderator has decided that a comment stays
 * published, so that a machine (`charla rescreen`) does not hold again
 * what a person has already read and let through.
 */
#ifndef CHARLA_CORE_MOD_DECISION_H
#define CHARLA_CORE_MOD_DECISION_H

#include <stdbool.h>

#include "core/model.h"
#include "store/store.h"

/*
 * mod_decided_to_publish tells, in *decided, whether the audit log of
 * comment comment_id holds an approve or a restore by a person (anyone
 * but "system"): a moderator approved it out of the queue, kept it when
 * readers reported it, or restored it after a removal. st is borrowed.
 * Returns 0, or ERR_DB / ERR_NOMEM when the log cannot be read (*decided
 * is then false).
 */
MUST_CHECK int mod_decided_to_publish(struct store *st, int64_t comment_id,
                                      bool *decided);

#endif
