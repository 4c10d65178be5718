/*
 * moderation.c - the state machine and the actions; see moderation.h.
 * The transition table is the single source of truth: the API, the queue
 * page and the tests all go through mod_next_status.
 */
#include <stdio.h>
#include <string.h>

#include "core/bans.h"
#include "core/moderation.h"
#include "core/visible.h"
#include "render/msg.h"
#include "util/str.h"

const char *const mod_default_reasons[] = {
    "insult", "hate", "threat", "doxxing", "spam", "off-topic", "other"};
const size_t mod_default_reason_count =
    sizeof(mod_default_reasons) / sizeof(mod_default_reasons[0]);

const char *mod_public_reason(const char *reason)
{
    if (!reason || !reason[0])
        return "";
    for (size_t i = 0; i < mod_default_reason_count; i++)
        if (strcmp(reason, mod_default_reasons[i]) == 0)
            return mod_default_reasons[i];
    return "other";
}

static const char *const action_names[MOD_ACTION_COUNT] = {
    [MOD_APPROVE] = "approve", [MOD_REMOVE] = "remove", [MOD_PURGE] = "purge",
    [MOD_RESTORE] = "restore", [MOD_REDACT] = "redact", [MOD_DELETE] = "delete",
    [MOD_HOLD] = "hold"};

const char *mod_action_name(enum mod_action a)
{
    return (unsigned)a < MOD_ACTION_COUNT ? action_names[a] : "unknown";
}

int mod_action_parse(const char *s)
{
    for (int i = 0; i < MOD_ACTION_COUNT; i++)
        if (strcmp(s, action_names[i]) == 0)
            return i;
    return -1;
}

static bool live(enum comment_status s)
{
    return s == COMMENT_VISIBLE || s == COMMENT_PENDING || s == COMMENT_HELD;
}

int mod_next_status(enum mod_action action, enum comment_status from,
                    int64_t report_count, enum comment_status removed_from,
                    enum comment_status *to)
{
    switch (action) {
    case MOD_APPROVE:
        if (from == COMMENT_PENDING || from == COMMENT_HELD ||
            (from == COMMENT_VISIBLE && report_count > 0)) {
            *to = COMMENT_VISIBLE;
            return 0;
        }
        break;
    case MOD_REMOVE:
        if (live(from)) {
            *to = COMMENT_REMOVED;
            return 0;
        }
        break;
    case MOD_PURGE:
        /* a withdrawn comment has nothing left to erase (its withdrawal
           erased what a purge would), and a purge would give it a
           "Removed for legal reasons" place no reader ever saw it in */
        if (from != COMMENT_PURGED && from != COMMENT_WITHDRAWN) {
            *to = COMMENT_PURGED;
            return 0;
        }
        break;
    case MOD_RESTORE:
        if (from == COMMENT_REMOVED && live(removed_from)) {
            *to = removed_from;
            return 0;
        }
        break;
    case MOD_REDACT:
        if (live(from)) {
            *to = from;
            return 0;
        }
        break;
    case MOD_DELETE:
        if (from == COMMENT_VISIBLE) {
            *to = COMMENT_DELETED;
            return 0;
        }
        if (comment_status_awaits_review(from)) {
            *to = COMMENT_WITHDRAWN;
            return 0;
        }
        break;
    case MOD_HOLD:
        if (from == COMMENT_VISIBLE) {
            *to = COMMENT_HELD;
            return 0;
        }
        break;
    case MOD_ACTION_COUNT:
        break;
    }
    return ERR_FORBIDDEN;
}

int mod_author_deletion(const struct comment *c, enum comment_status *to)
{
    int ret = mod_next_status(MOD_DELETE, c->status, c->report_count,
                              COMMENT_VISIBLE, to);
    /* readers saw it: a withdrawal would leave a hole where they read it */
    if (ret == 0 && *to == COMMENT_WITHDRAWN && c->was_public)
        *to = COMMENT_DELETED;
    return ret;
}

/* How many of a comment's latest audit rows mod_removed_from reads: the
 * removal is the latest status change, and rows that are not one (a ban,
 * a note) are few. */
#define REMOVED_FROM_ROWS 50

enum comment_status mod_removed_from(struct store *st, const struct comment *c)
{
    /* one no reader ever saw (was_public false) goes back to the queue
       whatever else is lost: a restore must not publish it */
    enum comment_status guess = !c->was_public || (c->screen && c->screen[0])
                                    ? COMMENT_HELD
                                    : COMMENT_VISIBLE;
    struct arena a;
    arena_init(&a, 0);
    struct audit_entry *log = NULL;
    size_t n = 0;
    if (store_audit_list(st, c->id, REMOVED_FROM_ROWS, &a, &log, &n))
        n = 0;
    for (size_t i = 0; i < n; i++) { /* newest first */
        if (log[i].to_status < 0)
            continue; /* not a status change */
        if (log[i].to_status == COMMENT_REMOVED &&
            live((enum comment_status)log[i].from_status))
            guess = (enum comment_status)log[i].from_status;
        break;
    }
    arena_release(&a);
    return guess;
}

size_t mod_redact(const char *body, const char *span, struct buf *out)
{
    size_t n = 0, span_len = strlen(span);
    const char *p = body;
    if (span_len == 0) {
        buf_adds(out, body);
        return 0;
    }
    for (;;) {
        const char *hit = strstr(p, span);
        if (!hit)
            break;
        buf_add(out, p, (size_t)(hit - p));
        buf_adds(out, msg_get(MSG_REDACTED));
        p = hit + span_len;
        n++;
    }
    buf_adds(out, p);
    return n;
}

int mod_ban_duration(const char *s, int64_t *seconds)
{
    if (strcmp(s, "1d") == 0)
        *seconds = 86400;
    else if (strcmp(s, "7d") == 0)
        *seconds = 7 * 86400;
    else if (strcmp(s, "permanent") == 0)
        *seconds = 0;
    else
        return ERR_INVALID;
    return 0;
}

static bool text_ok(const char *s, size_t max)
{
    size_t len = strlen(s);
    return str_utf8_valid(s, len) && str_utf8_count(s, len) <= max;
}

int mod_apply(struct store *st, const struct comment *c,
              const struct mod_request *rq, struct buf *msg)
{
    enum comment_status to;
    const char *reason = rq->reason ? rq->reason : "";
    const char *note = rq->note ? rq->note : "";
    struct buf body;
    int ret;

    enum comment_status removed_from = COMMENT_VISIBLE;
    if (rq->action == MOD_RESTORE && c->status == COMMENT_REMOVED)
        removed_from = mod_removed_from(st, c);
    int refused = rq->action == MOD_DELETE
                      ? mod_author_deletion(c, &to)
                      : mod_next_status(rq->action, c->status, c->report_count,
                                        removed_from, &to);
    if (refused) {
        buf_adds(msg,
                 msg_get(rq->action == MOD_APPROVE   ? MSG_MOD_CANNOT_APPROVE
                         : rq->action == MOD_RESTORE ? MSG_MOD_CANNOT_RESTORE
                         : rq->action == MOD_PURGE   ? MSG_MOD_CANNOT_PURGE
                         : rq->action == MOD_DELETE  ? MSG_MOD_CANNOT_DELETE
                         : rq->action == MOD_HOLD    ? MSG_MOD_CANNOT_HOLD
                         : rq->action == MOD_REDACT  ? MSG_MOD_CANNOT_REDACT
                                                     : MSG_MOD_CANNOT_REMOVE));
        return ERR_FORBIDDEN;
    }
    /* a comment with no text (an imported tombstone: Blogger kept only
       "removed by a blog administrator") has nothing to put back; a
       restore would publish an empty comment under its number */
    if (rq->action == MOD_RESTORE &&
        !visible_has_text(c->body, strlen(c->body))) {
        buf_adds(msg, msg_get(MSG_MOD_RESTORE_NO_TEXT));
        return ERR_FORBIDDEN;
    }
    if (!text_ok(reason, MOD_REASON_MAX) || !text_ok(note, MOD_NOTE_MAX)) {
        buf_adds(msg, msg_get(MSG_MOD_TEXT_INVALID));
        return ERR_INVALID;
    }
    if (rq->action == MOD_REMOVE && !reason[0]) {
        buf_adds(msg, msg_get(MSG_MOD_NEED_REASON));
        return ERR_INVALID;
    }
    struct transition t = {
        .comment_id = c->id,
        .from = c->status,
        .to = to,
        .action = mod_action_name(rq->action),
        .reason = to == COMMENT_REMOVED ? reason : "",
        .note = note,
        .actor = rq->actor,
        .at = rq->now,
        .new_body = NULL,
        /* withdrawn: what no reader saw goes with everything a purge
           would erase (the words screening quoted, the name) */
        .erase_identity = rq->action == MOD_PURGE || to == COMMENT_WITHDRAWN,
        .mod_edited = false,
        .clear_reports = rq->action == MOD_APPROVE,
    };
    buf_init(&body, 1 << 20);
    if (rq->action == MOD_PURGE) {
        t.new_body = "";
        t.reason = "";
    } else if (rq->action == MOD_REDACT) {
        if (!rq->span || !rq->span[0] ||
            mod_redact(c->body, rq->span, &body) == 0) {
            buf_adds(msg, msg_get(MSG_MOD_REDACT_NOT_FOUND));
            buf_release(&body);
            return ERR_INVALID;
        }
        t.new_body = body.data;
        t.mod_edited = true;
        if (c->screen[0])
            t.new_screen = rq->screen ? rq->screen : "";
    } else if (rq->action == MOD_DELETE) {
        /* the text goes, and with it what quotes it: the words screening
           marked and the reasons of reports; the name stays on the
           tombstone of a comment readers saw */
        t.new_body = "";
        t.new_screen = "";
        t.erase_report_reasons = true;
    }
    ret = store_comment_transition(st, &t);
    if (ret == ERR_CONFLICT)
        buf_adds(msg, msg_get(MSG_MOD_CONFLICT));
    else if (ret == ERR_NOTFOUND)
        buf_adds(msg, msg_get(MSG_ADM_ERR_NO_COMMENT));
    else if (ret)
        buf_adds(msg, msg_get(MSG_MOD_STORE_ERROR));
    buf_release(&body);
    return ret;
}

int mod_report(struct store *st, const struct comment *c,
               const struct report_new *r, int64_t threshold, bool *held,
               struct buf *msg)
{
    int64_t count = 0, counted = 0;
    const char *reason = r->reason;
    *held = false;
    if (comment_status_is_tombstone(c->status)) {
        buf_adds(msg, msg_get(MSG_REPORT_GONE));
        return ERR_FORBIDDEN;
    }
    if (!reason || !reason[0] || !text_ok(reason, MOD_REASON_MAX)) {
        buf_adds(msg, msg_get(MSG_REPORT_NEED_REASON));
        return ERR_INVALID;
    }
    int ret = store_report_add(st, r, &count, &counted);
    if (ret == ERR_CONFLICT) {
        buf_adds(msg, msg_get(MSG_REPORT_DUPLICATE));
        return ret;
    }
    if (ret) {
        buf_adds(msg, msg_get(MSG_REPORT_STORE_ERROR));
        return ret;
    }
    if (c->status == COMMENT_VISIBLE && c->author_kind != AUTHOR_STAFF &&
        counted >= threshold) {
        struct transition t = {.comment_id = c->id,
                               .from = COMMENT_VISIBLE,
                               .to = COMMENT_HELD,
                               .action = "hold",
                               .reason = "",
                               .note = MOD_NOTE_REPORTS,
                               .actor = "system",
                               .at = r->at};
        ret = store_comment_transition(st, &t);
        if (ret == 0)
            *held = true;
        else if (ret == ERR_CONFLICT)
            ret = 0; /* a moderator acted first */
    }
    return ret;
}

int mod_ban_author(struct store *st, const struct comment *c,
                   const char *duration, const char *actor, const char *note,
                   int64_t now)
{
    int64_t seconds;
    if (mod_ban_duration(duration, &seconds))
        return ERR_INVALID;
    if (c->author_kind != AUTHOR_READER || !c->author_hash[0])
        return ERR_FORBIDDEN;
    struct ban b = {.author_hash = c->author_hash,
                    .until = seconds ? now + seconds : 0,
                    .created = now,
                    .actor = actor,
                    .comment_id = c->id};
    /* a ban in force is replaced (store_ban_add); the log says which */
    struct arena a;
    struct ban prev;
    char was[64], reason[128];
    arena_init(&a, 0);
    if (store_ban_active(st, c->author_hash, now, &a, &prev) == 0)
        snprintf(reason, sizeof(reason), "%s, replacing a ban %s by %s",
                 duration, mod_ban_describe(&prev, was, sizeof(was)),
                 prev.actor);
    else
        snprintf(reason, sizeof(reason), "%s", duration);
    arena_release(&a);
    struct audit_entry e = {.at = now,
                            .actor = actor,
                            .comment_id = c->id,
                            .article_id = c->article_id,
                            .action = "ban",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = reason,
                            .note = note ? note : ""};
    if (store_ban_add(st, &b) || store_audit_add(st, &e))
        return ERR_DB;
    return 0;
}
