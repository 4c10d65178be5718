/*
 * moderation.c - the state machine and the actions; see moderation.h.
 * The transition table is the single source of truth: the API, the queue
 * page and the tests all go through mod_next_status.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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

/*
 * Redaction matches as a reader reads: "juan pérez" and "JUAN PÉREZ" are
 * the name a moderator typed as "Juan Pérez". Both texts are folded one
 * character at a time (utf8proc's canonical decomposition and case
 * folding, as the screen's normaliser folds them, without its accents and
 * look-alikes: "Perez" is another word), and each folded unit remembers
 * the bytes of the character it came from. A match is replaced by whole
 * characters, the bytes that matched and no others; one that would cut a
 * character in two ("pere" in "peré") or leave a combining mark behind
 * is no match. Everything outside a match is copied byte for byte.
 */

/* Most units one character folds into (its folding is far shorter). */
#define FOLD_CHAR_UNITS 16

/* A byte that starts no UTF-8 sequence folds into one unit above every
 * code point, so that it matches the same byte only. */
#define FOLD_BAD_BYTE 0x110000

struct fold_unit {
    int32_t c;  /* a folded code point, or FOLD_BAD_BYTE + the byte */
    size_t off; /* where its character starts in the text (bytes) */
    size_t end; /* where its character ends */
};

struct folded {
    struct fold_unit *u; /* n units, capacity cap; free() */
    size_t n, cap;
};

static int fold_add(struct folded *f, int32_t c, size_t off, size_t end)
{
    if (f->n == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        struct fold_unit *u = realloc(f->u, cap * sizeof(*u));
        if (!u)
            return ERR_NOMEM;
        f->u = u;
        f->cap = cap;
    }
    f->u[f->n++] = (struct fold_unit){.c = c, .off = off, .end = end};
    return 0;
}

/* fold_text appends the folded units of s[0..len) to f. Returns 0 or
 * ERR_NOMEM. */
static int fold_text(const char *s, size_t len, struct folded *f)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t c, out[FOLD_CHAR_UNITS];
        utf8proc_ssize_t k =
            utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &c);
        utf8proc_ssize_t m = 1;
        if (k <= 0) {
            k = 1;
            out[0] = FOLD_BAD_BYTE + p[i];
        } else {
            int last = 0;
            m = utf8proc_decompose_char(c, out, FOLD_CHAR_UNITS,
                                        UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD,
                                        &last);
            if (m <= 0 || m > FOLD_CHAR_UNITS) {
                out[0] = c;
                m = 1;
            }
        }
        for (utf8proc_ssize_t j = 0; j < m; j++)
            if (fold_add(f, out[j], i, i + (size_t)k))
                return ERR_NOMEM;
        i += (size_t)k;
    }
    return 0;
}

/* joins_before: c is a combining mark, part of the character before it. */
static bool joins_before(int32_t c)
{
    const utf8proc_property_t *p = utf8proc_get_property(c);
    return p->combining_class != 0 || p->category == UTF8PROC_CATEGORY_MN ||
           p->category == UTF8PROC_CATEGORY_MC ||
           p->category == UTF8PROC_CATEGORY_ME;
}

/* match_at: the units of span are those of body from unit i on, which
 * start and end on whole characters. */
static bool match_at(const struct folded *body, size_t i,
                     const struct folded *span)
{
    size_t last = i + span->n - 1;
    const struct fold_unit *u = body->u;
    if (i > 0 && u[i - 1].off == u[i].off)
        return false; /* starts inside a character */
    if (last + 1 < body->n &&
        (u[last + 1].off == u[last].off || joins_before(u[last + 1].c)))
        return false; /* ends inside one, or before its mark */
    for (size_t j = 0; j < span->n; j++)
        if (u[i + j].c != span->u[j].c)
            return false;
    return true;
}

size_t mod_redact(const char *body, const char *span, struct buf *out)
{
    struct folded b = {0}, s = {0};
    size_t n = 0, done = 0; /* done: bytes of body written */
    if (span[0] && fold_text(body, strlen(body), &b) == 0 &&
        fold_text(span, strlen(span), &s) == 0) {
        for (size_t i = 0; s.n > 0 && i + s.n <= b.n;) {
            if (!match_at(&b, i, &s)) {
                i++;
                continue;
            }
            size_t last = i + s.n - 1;
            buf_add(out, body + done, b.u[i].off - done);
            buf_adds(out, msg_get(MSG_REDACTED));
            done = b.u[last].end;
            n++;
            i = last + 1;
        }
    }
    buf_adds(out, body + done);
    free(b.u);
    free(s.u);
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
