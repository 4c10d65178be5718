/*
 * mod_decision.c - has a moderator decided that a comment stays
 * published? See mod_decision.h.
 *
 * The store keeps no flag for it; the audit log has the answer. Every
 * approve and restore is logged with the staff name that did it, while
 * the machine's own moves (screening, reports reaching the threshold, a
 * rescreen) are logged as "system". A comment published now with any
 * approve or restore by a person in its log was published, or kept, by
 * that person: whatever held it since was undone by a person again, as
 * only approve and restore put a held or removed comment back.
 */
#include <string.h>

#include "core/mod_decision.h"

/* How many of a comment's latest audit rows are read. A comment gathers
 * a handful (a hold, an approve, a ban of its author); a decision older
 * than this many rows is not seen, and the comment is screened again. */
#define MOD_DECISION_ROWS 200

static bool is_publishing_decision(const struct audit_entry *e)
{
    if (!e->actor || strcmp(e->actor, "system") == 0 || !e->action)
        return false;
    return strcmp(e->action, "approve") == 0 ||
           strcmp(e->action, "restore") == 0;
}

int mod_decided_to_publish(struct store *st, int64_t comment_id, bool *decided)
{
    struct arena a;
    arena_init(&a, 0);
    struct audit_entry *log = NULL;
    size_t n = 0;
    *decided = false;
    int ret = store_audit_list(st, comment_id, MOD_DECISION_ROWS, &a, &log, &n);
    for (size_t i = 0; ret == 0 && i < n && !*decided; i++)
        *decided = is_publishing_decision(&log[i]);
    arena_release(&a);
    return ret;
}
