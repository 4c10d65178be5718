/*
 * moderation.h - the comment state machine and the moderator's actions.
 *
 *   pending --approve--> visible        held --approve--> visible
 *   visible/pending/held --remove--> removed --restore--> where it was
 *   any but purged, withdrawn --purge--> purged (text and name erased)
 *   visible --delete (author, 15 min)--> deleted
 *   pending/held --delete (author, 15 min)--> withdrawn (text, name and
 *                 screening data erased; no trace in the thread) when no
 *                 reader ever saw it; deleted when readers did (held by
 *                 reports after it was published: was_public), so the
 *                 thread keeps its place (mod_author_deletion)
 *   visible --hold (screening, N counted reports)--> held
 *   visible/pending/held --redact--> same state, a span "[redacted]"
 *   visible with reports --approve--> visible, reports dismissed
 *
 * Reports hold a comment when N of them count (mod_report): a crowd of
 * reports must be a crowd, not one person sending the same report N times.
 *
 * Everything else is refused. Every accepted change is one audit row.
 */
#ifndef CHARLA_CORE_MODERATION_H
#define CHARLA_CORE_MODERATION_H

#include <stdbool.h>

#include "core/model.h"
#include "store/store.h"

enum mod_action {
    MOD_APPROVE,
    MOD_REMOVE,
    MOD_PURGE,
    MOD_RESTORE,
    MOD_REDACT,
    MOD_DELETE, /* by the author */
    MOD_HOLD,   /* by screening or reader reports */
    MOD_ACTION_COUNT
};

#define MOD_AUTHOR_DELETE_WINDOW_S (15 * 60)
#define MOD_REASON_MAX 200
#define MOD_NOTE_MAX 2000
#define MOD_DEFAULT_REPORT_THRESHOLD 3
/* The audit note of a hold made by reader reports (review_cause.c reads
 * it to tell the author why their comment waits). */
#define MOD_NOTE_REPORTS "reader reports"

/* mod_action_name / mod_action_parse: "approve", "remove", ... */
const char *mod_action_name(enum mod_action a);
int mod_action_parse(const char *s); /* -1 if unknown */

/*
 * mod_next_status says where action takes a comment in status from (and
 * with report_count reports). removed_from is, for a removed comment, the
 * status it was removed from: restore undoes the removal and puts it back
 * there (a held comment no one approved goes back to the queue, not onto
 * the page); other actions ignore it. An author's deletion of a comment
 * awaiting review gives withdrawn here, as for one no reader saw;
 * mod_author_deletion decides it for a given comment. Returns 0 and sets
 * *to, or ERR_FORBIDDEN.
 */
MUST_CHECK int mod_next_status(enum mod_action action, enum comment_status from,
                               int64_t report_count,
                               enum comment_status removed_from,
                               enum comment_status *to);

/*
 * mod_author_deletion says where its author's deletion takes comment c.
 * mod_next_status answers from the status alone, which for a comment
 * awaiting review is withdrawn; this also reads whether readers ever saw
 * it: one that was public (held by reports or a rescreen after it was
 * published) becomes "deleted by its author", a tombstone that keeps its
 * place, number and replies, as any published comment its author deletes
 * does. Returns 0 and sets *to, or ERR_FORBIDDEN (a tombstone already).
 */
MUST_CHECK int mod_author_deletion(const struct comment *c,
                                   enum comment_status *to);

/*
 * mod_removed_from finds the status removed comment c had before its
 * removal, in the audit log (the row that removed it). A comment removed
 * with no such row (an imported tombstone, a site restored from a backup)
 * gives held if no reader ever saw it (was_public false) or screening
 * data says it was held once, else visible: what no one can vouch for
 * goes back to the queue, not onto the page.
 */
enum comment_status mod_removed_from(struct store *st, const struct comment *c);

/* The default removal reasons (a site setting may replace them). */
extern const char *const mod_default_reasons[];
extern const size_t mod_default_reason_count;

/*
 * mod_public_reason: the removal reason readers are shown for reason, as
 * stored with the comment. A removal's reason may be any text (the API
 * takes it as typed, and a tired moderator may write a note there), but
 * only one of mod_default_reasons is shown in public: any other is shown
 * as "other", so a moderator's words never reach the tombstone. The whole
 * text stays in the audit log for staff. Returns "" for no reason; the
 * string is static or borrowed from reason.
 */
const char *mod_public_reason(const char *reason);

struct mod_request {
    enum mod_action action;
    const char *reason; /* required for remove; "" otherwise allowed */
    const char *note;   /* optional */
    const char *span;   /* redact: the text to replace, in any case */
    const char *actor;  /* staff name, "system" or "reader" */
    int64_t now;
    /* redact, of a comment with screening data: that data for the new
     * text (its spans point into it). NULL drops the comment's screening
     * data, whose spans would point into the old text. */
    const char *screen;
};

/*
 * mod_apply performs a request on comment c (as read just before). On
 * refusal returns ERR_FORBIDDEN (not allowed from this state),
 * ERR_INVALID (missing reason, span not found, text too long) or
 * ERR_CONFLICT (someone changed it meanwhile), with a sentence in msg.
 */
MUST_CHECK int mod_apply(struct store *st, const struct comment *c,
                         const struct mod_request *rq, struct buf *msg);

/* mod_redact writes body with every occurrence of span replaced by
 * "[redacted]", in the language of the request (msg_lang: the moderator's,
 * who reads the comment in it; "[tachado]" in Spanish). Occurrences are
 * found whatever their case ("JUAN PÉREZ" and "juan pérez" for "Juan
 * Pérez": Unicode case folding, and either form of an accented letter),
 * on whole characters; the bytes of each one are replaced and the rest of
 * body is kept byte for byte. Returns the number of replacements (0, with
 * body copied, also when memory runs out). */
size_t mod_redact(const char *body, const char *span, struct buf *out);

/*
 * mod_report records a reader's report of comment c (r->comment_id is
 * c's). One report per reader per comment (ERR_CONFLICT for a second).
 * Every report puts c in the moderators' queue, but only some count
 * toward holding it:
 *
 *   - a report counts only when its reader came with a token of their own
 *     (r->may_count). A token minted for the report itself is free: one
 *     person without cookies would otherwise be a new reporter each time.
 *   - one report counts per network and day (r->client_hash, the keyed
 *     day hash of the network the flood limits use, hashed again with the
 *     comment's id so that it matches nothing else), so new cookies on the
 *     same network do not multiply a reporter either.
 *   - approving c dismisses its reports: only reports made after the
 *     latest approval count (the readers who reported it before cannot
 *     report it again; they were heard, and a moderator decided).
 *
 * When threshold reports count and c is visible, it is held for review by
 * "system", unless staff wrote it: a staff comment is never hidden by
 * reports alone, it waits in the queue as reported. *held says whether
 * this report held it.
 */
MUST_CHECK int mod_report(struct store *st, const struct comment *c,
                          const struct report_new *r, int64_t threshold,
                          bool *held, struct buf *msg);

/*
 * mod_ban_author bans the reader who wrote c for duration ("1d", "7d",
 * "permanent") and writes the audit row. A ban already in force on that
 * reader is replaced, and the row's reason says which it was. ERR_INVALID
 * for a bad duration, ERR_FORBIDDEN if c was not posted here by a reader
 * (imported and staff comments have no token to ban), ERR_DB if the store
 * failed.
 */
MUST_CHECK int mod_ban_author(struct store *st, const struct comment *c,
                              const char *duration, const char *actor,
                              const char *note, int64_t now);

/* Ban durations: "1d", "7d", "permanent" -> seconds (0 = permanent). */
MUST_CHECK int mod_ban_duration(const char *s, int64_t *seconds);

#endif
