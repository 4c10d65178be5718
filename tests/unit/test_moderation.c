/*
 * test_moderation.c - the comment state machine (every action from every
 * state), redaction, ban durations and their expiry, report thresholds,
 * staff names and login, against a real SQLite store.
 */
#include <stdio.h>
#include <unistd.h>

#include "scratch_db.h"
#include "testlib.h"

#include "core/bans.h"
#include "core/moderation.h"
#include "core/names.h"
#include "core/pseudonym.h"
#include "core/raid.h"
#include "core/reader_names.h"
#include "http/webhook.h"
#include "core/site.h"
#include "core/staff.h"
#include "core/thread.h"
#include "store/store.h"

static char db_path[64];
static struct store *st;
static struct site site;
static struct arena a;
static int64_t article_id;

static void setup(void)
{
    struct buf err;
    buf_init(&err, 1024);
    ck_assert_int_eq(pseudonym_init(), 0);
    snprintf(db_path, sizeof(db_path), "/tmp/charla-mod-%d.db", getpid());
    unlink(db_path);
    st = store_open(db_path, &err);
    ck_assert_msg(st != NULL, "%s", err.data);
    ck_assert_int_eq(site_load(st, &site, &err), 0);
    article_id = scratch_article(st);
    arena_init(&a, 0);
    buf_release(&err);
}

static void teardown(void)
{
    arena_release(&a);
    store_free(st);
    char p[80];
    unlink(db_path);
    snprintf(p, sizeof(p), "%s-wal", db_path);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", db_path);
    unlink(p);
}

static struct comment make(enum comment_status status, const char *body)
{
    return scratch_comment(st, article_id, status, "Name", body, "", &a);
}

/* The whole table: action x state -> allowed target or refused (-1). */
START_TEST(state_machine_table)
{
    enum {
        V = COMMENT_VISIBLE,
        P = COMMENT_PENDING,
        H = COMMENT_HELD,
        R = COMMENT_REMOVED,
        D = COMMENT_DELETED,
        X = COMMENT_PURGED,
        W = COMMENT_WITHDRAWN
    };
    static const int expect[MOD_ACTION_COUNT][COMMENT_STATUS_COUNT] = {
        /*              V   P   H   R   D   X   W */
        [MOD_APPROVE] = {-1, V, V, -1, -1, -1, -1},
        [MOD_REMOVE] = {R, R, R, -1, -1, -1, -1},
        [MOD_PURGE] = {X, X, X, X, X, -1, -1},
        [MOD_RESTORE] = {-1, -1, -1, V, -1, -1, -1},
        [MOD_REDACT] = {V, P, H, -1, -1, -1, -1},
        [MOD_DELETE] = {D, W, W, -1, -1, -1, -1},
        [MOD_HOLD] = {H, -1, -1, -1, -1, -1, -1},
    };
    for (int act = 0; act < MOD_ACTION_COUNT; act++) {
        for (int s = 0; s < COMMENT_STATUS_COUNT; s++) {
            enum comment_status to = (enum comment_status)99;
            int ret =
                mod_next_status((enum mod_action)act, (enum comment_status)s, 0,
                                COMMENT_VISIBLE, &to);
            if (expect[act][s] < 0)
                ck_assert_msg(ret == ERR_FORBIDDEN, "%s from %s allowed",
                              mod_action_name(act), comment_status_name(s));
            else
                ck_assert_msg(ret == 0 && (int)to == expect[act][s],
                              "%s from %s", mod_action_name(act),
                              comment_status_name(s));
        }
    }
    enum comment_status to;
    /* a visible comment with reports can be approved (reports dismissed) */
    ck_assert_int_eq(
        mod_next_status(MOD_APPROVE, COMMENT_VISIBLE, 2, COMMENT_VISIBLE, &to),
        0);
    ck_assert_int_eq(to, V);
    /* restore puts a removed comment back where it was removed from */
    ck_assert_int_eq(
        mod_next_status(MOD_RESTORE, COMMENT_REMOVED, 0, COMMENT_HELD, &to), 0);
    ck_assert_int_eq(to, COMMENT_HELD);
    ck_assert_int_eq(
        mod_next_status(MOD_RESTORE, COMMENT_REMOVED, 0, COMMENT_PENDING, &to),
        0);
    ck_assert_int_eq(to, COMMENT_PENDING);
    ck_assert_int_eq(
        mod_next_status(MOD_RESTORE, COMMENT_REMOVED, 0, COMMENT_DELETED, &to),
        ERR_FORBIDDEN);
}
END_TEST

/* remove then restore: the comment is back in the status it had, read
 * from the audit row that removed it; with no such row, a comment that
 * screening held once goes back to the queue. */
START_TEST(restore_returns_to_where_it_was)
{
    static const enum comment_status from[] = {COMMENT_VISIBLE, COMMENT_PENDING,
                                               COMMENT_HELD};
    struct buf msg;
    buf_init(&msg, 1024);
    for (size_t i = 0; i < sizeof(from) / sizeof(from[0]); i++) {
        struct comment c = make(from[i], "I will find you");
        struct mod_request rm = {.action = MOD_REMOVE,
                                 .reason = "threat",
                                 .actor = "Kathi",
                                 .now = 200};
        ck_assert_int_eq(mod_apply(st, &c, &rm, &msg), 0);
        ck_assert_int_eq(store_comment_get(st, c.id, &a, &c), 0);
        ck_assert_int_eq(mod_removed_from(st, &c), from[i]);
        struct mod_request rs = {
            .action = MOD_RESTORE, .reason = "", .actor = "Kathi", .now = 201};
        ck_assert_int_eq(mod_apply(st, &c, &rs, &msg), 0);
        ck_assert_int_eq(store_comment_get(st, c.id, &a, &c), 0);
        ck_assert_msg(c.status == from[i], "restored to %s, not %s",
                      comment_status_name(c.status),
                      comment_status_name(from[i]));
    }
    /* removed with no audit row (an imported tombstone, readers saw it) */
    struct comment plain = make(COMMENT_REMOVED, "spam");
    plain.was_public = true;
    ck_assert_int_eq(mod_removed_from(st, &plain), COMMENT_VISIBLE);
    plain.screen = "{\"score\":0.9,\"category\":\"threat\"}";
    ck_assert_int_eq(mod_removed_from(st, &plain), COMMENT_HELD);
    /* no reader ever saw it (a backup's "was_public":false), with no
       screening data left: back to the queue, never onto the page */
    plain.screen = "";
    plain.was_public = false;
    ck_assert_int_eq(mod_removed_from(st, &plain), COMMENT_HELD);
    buf_release(&msg);
}
END_TEST

/* an imported tombstone has no text (Blogger kept only "removed by a
 * blog administrator"): a restore would publish an empty comment, or put
 * one in the queue, so it is refused and the comment stays removed */
START_TEST(restore_refuses_a_comment_with_no_text)
{
    static const char *const bodies[] = {"", "  \n", "\xe2\x80\x8b"};
    struct buf msg;
    buf_init(&msg, 1024);
    for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
        for (int seen = 0; seen < 2; seen++) {
            struct comment c = make(COMMENT_REMOVED, bodies[i]);
            c.was_public = seen;
            struct mod_request rs = {.action = MOD_RESTORE,
                                     .reason = "",
                                     .actor = "Kathi",
                                     .now = 201};
            buf_reset(&msg);
            ck_assert_int_eq(mod_apply(st, &c, &rs, &msg), ERR_FORBIDDEN);
            ck_assert_msg(strstr(msg.data, "no text") != NULL, "%s", msg.data);
            ck_assert_int_eq(store_comment_get(st, c.id, &a, &c), 0);
            ck_assert_int_eq(c.status, COMMENT_REMOVED);
        }
    }
    buf_release(&msg);
}
END_TEST

/* readers see only a listed removal reason: a moderator's own words
 * (which may be a private note) show as "other" */
START_TEST(public_reason_is_a_listed_one)
{
    for (size_t i = 0; i < mod_default_reason_count; i++)
        ck_assert_str_eq(mod_public_reason(mod_default_reasons[i]),
                         mod_default_reasons[i]);
    ck_assert_str_eq(mod_public_reason("you are all idiots"), "other");
    ck_assert_str_eq(mod_public_reason("Threat"), "other");
    ck_assert_str_eq(mod_public_reason("spam\xe2\x80\xae ok"), "other");
    ck_assert_str_eq(mod_public_reason(""), "");
    ck_assert_str_eq(mod_public_reason(NULL), "");
}
END_TEST

START_TEST(apply_writes_audit_and_refuses_stale)
{
    struct comment c = make(COMMENT_VISIBLE, "you idiot");
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {
        .action = MOD_REMOVE, .reason = "insult", .actor = "Kathi", .now = 200};
    ck_assert_int_eq(mod_apply(st, &c, &rq, &msg), 0);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_int_eq(after.status, COMMENT_REMOVED);
    ck_assert_str_eq(after.reason, "insult");
    /* c still says visible: a second moderator's stale action conflicts */
    ck_assert_int_eq(mod_apply(st, &c, &rq, &msg), ERR_CONFLICT);
    struct audit_entry *log;
    size_t n;
    ck_assert_int_eq(store_audit_list(st, c.id, 10, &a, &log, &n), 0);
    ck_assert_int_eq(n, 1);
    ck_assert_str_eq(log[0].actor, "Kathi");
    ck_assert_str_eq(log[0].action, "remove");
    ck_assert_int_eq(log[0].from_status, COMMENT_VISIBLE);
    ck_assert_int_eq(log[0].to_status, COMMENT_REMOVED);
    /* remove without a reason is refused */
    struct comment d = make(COMMENT_VISIBLE, "x");
    struct mod_request nr = {
        .action = MOD_REMOVE, .reason = "", .actor = "Kathi", .now = 200};
    ck_assert_int_eq(mod_apply(st, &d, &nr, &msg), ERR_INVALID);
    buf_release(&msg);
}
END_TEST

START_TEST(purge_erases_body_and_name)
{
    struct comment c = make(COMMENT_VISIBLE, "lives at Calle 5");
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {.action = MOD_PURGE, .actor = "K", .now = 1};
    ck_assert_int_eq(mod_apply(st, &c, &rq, &msg), 0);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_int_eq(after.status, COMMENT_PURGED);
    ck_assert_str_eq(after.body, "");
    ck_assert_str_eq(after.author_name, "");
    ck_assert_int_eq(mod_apply(st, &after, &rq, &msg), ERR_FORBIDDEN);
    buf_release(&msg);
}
END_TEST

/* The author deletes a comment no reader saw: withdrawn, with its text,
 * name and screening data gone as a purge would leave them, and the
 * author's hash kept (a ban on it still works); a published one becomes
 * a "deleted" tombstone and keeps its name. */
START_TEST(author_delete_withdraws_what_no_reader_saw)
{
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {.action = MOD_DELETE, .actor = "author", .now = 1};
    struct comment c = {.article_id = article_id,
                        .status = COMMENT_HELD,
                        .author_kind = AUTHOR_READER,
                        .author_hash = "feedbeef",
                        .author_name = "Name",
                        .created = 100,
                        .body = "I will find you",
                        .reason = "",
                        .source_id = "",
                        .screen = "{\"score\":0.9}"};
    ck_assert_int_eq(store_comment_insert(st, &c), 0);
    struct comment held;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &held), 0);
    ck_assert_str_ne(held.screen, "");
    ck_assert_int_eq(mod_apply(st, &held, &rq, &msg), 0);
    ck_assert_int_eq(store_comment_get(st, held.id, &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_WITHDRAWN);
    ck_assert_str_eq(c.body, "");
    ck_assert_str_eq(c.author_name, "");
    ck_assert_str_eq(c.screen, "");
    ck_assert_str_eq(c.author_hash, "feedbeef");
    /* nothing left for a purge, and no tombstone for it to leave */
    struct mod_request purge = {.action = MOD_PURGE, .actor = "K", .now = 2};
    ck_assert_int_eq(mod_apply(st, &c, &purge, &msg), ERR_FORBIDDEN);

    struct comment pending = make(COMMENT_PENDING, "under review");
    ck_assert_int_eq(mod_apply(st, &pending, &rq, &msg), 0);
    ck_assert_int_eq(store_comment_get(st, pending.id, &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_WITHDRAWN);

    struct comment shown = make(COMMENT_VISIBLE, "published");
    ck_assert_int_eq(mod_apply(st, &shown, &rq, &msg), 0);
    ck_assert_int_eq(store_comment_get(st, shown.id, &a, &c), 0);
    ck_assert_int_eq(c.status, COMMENT_DELETED);
    ck_assert_str_eq(c.body, "");
    ck_assert_str_eq(c.author_name, "Name");
    buf_release(&msg);
}
END_TEST

/* A comment readers saw, then held by reader reports, that its author
 * deletes keeps its place as "deleted by its author" in the thread
 * readers see: tombstones, not holes. A held one no reader saw leaves no
 * trace; one held with replies keeps its place either way. */
START_TEST(author_delete_keeps_tombstone_of_what_readers_saw)
{
    struct buf msg;
    buf_init(&msg, 1024);
    struct comment seen = make(COMMENT_VISIBLE, "readers read this");
    struct comment unseen = make(COMMENT_HELD, "nobody read this");
    /* what the screening marked quotes the text */
    struct transition marked = {.comment_id = seen.id,
                                .from = COMMENT_VISIBLE,
                                .to = COMMENT_VISIBLE,
                                .action = "note",
                                .actor = "system",
                                .at = 5,
                                .new_screen = "{\"spans\":[{\"text\":"
                                              "\"readers read\"}]}"};
    ck_assert_int_eq(store_comment_transition(st, &marked), 0);
    enum comment_status to;
    ck_assert_int_eq(mod_author_deletion(&seen, &to), 0);
    ck_assert_int_eq(to, COMMENT_DELETED);
    ck_assert_int_eq(mod_author_deletion(&unseen, &to), 0);
    ck_assert_int_eq(to, COMMENT_WITHDRAWN);

    struct report_new r = {
        .comment_id = seen.id, .reason = "spam", .at = 10, .may_count = true};
    bool held = false;
    static const char *const reporters[] = {"r1", "r2", "r3"};
    static const char *const networks[] = {"n1", "n2", "n3"};
    for (int i = 0; i < 3; i++) {
        r.reporter_hash = reporters[i];
        r.client_hash = networks[i];
        ck_assert_int_eq(mod_report(st, &seen, &r, 3, &held, &msg), 0);
    }
    ck_assert(held);
    ck_assert_int_eq(store_comment_get(st, seen.id, &a, &seen), 0);
    ck_assert_int_eq(seen.status, COMMENT_HELD);
    ck_assert(seen.was_public);
    ck_assert_int_eq(mod_author_deletion(&seen, &to), 0);
    ck_assert_int_eq(to, COMMENT_DELETED);

    struct mod_request rq = {
        .action = MOD_DELETE, .actor = "author", .now = 20};
    ck_assert_int_eq(mod_apply(st, &seen, &rq, &msg), 0);
    ck_assert_int_eq(mod_apply(st, &unseen, &rq, &msg), 0);
    struct comment *cs;
    size_t n;
    ck_assert_int_eq(store_comment_list(st, article_id, &a, &cs, &n), 0);
    ck_assert_uint_eq(n, 2);
    struct article art = {.id = article_id, .path = "/a", .title = "A"};
    struct thread t;
    ck_assert_int_eq(thread_build(&t, &site, &art, cs, n, &a), 0);
    ck_assert_uint_eq(t.count, 1);
    ck_assert_int_eq(t.comments[0].id, seen.id);
    ck_assert_int_eq(t.comments[0].status, COMMENT_DELETED);
    ck_assert_str_eq(t.comments[0].body, "");
    ck_assert(t.refs[0].tombstone);
    /* nothing that quotes the text is left: the marked words, the
       reports' reasons; the name stays on the tombstone */
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, seen.id, &a, &after), 0);
    ck_assert_str_eq(after.screen, "");
    ck_assert_str_eq(after.author_name, "Name");
    struct report *rs;
    size_t nr;
    ck_assert_int_eq(store_report_list(st, seen.id, &a, &rs, &nr), 0);
    ck_assert_uint_eq(nr, 3);
    for (size_t i = 0; i < nr; i++)
        ck_assert_str_eq(rs[i].reason, "");

    /* the audit log says where it went */
    struct audit_entry *log;
    ck_assert_int_eq(store_audit_list(st, seen.id, 10, &a, &log, &n), 0);
    ck_assert_int_eq(log[0].from_status, COMMENT_HELD);
    ck_assert_int_eq(log[0].to_status, COMMENT_DELETED);

    /* a tombstone already: nothing to delete */
    ck_assert_int_eq(store_comment_get(st, seen.id, &a, &seen), 0);
    ck_assert_int_eq(mod_author_deletion(&seen, &to), ERR_FORBIDDEN);
    buf_release(&msg);
}
END_TEST

START_TEST(redaction)
{
    struct buf out;
    buf_init(&out, 1024);
    ck_assert_int_eq(mod_redact("call 555-1234 or 555-1234", "555-1234", &out),
                     2);
    ck_assert_str_eq(out.data, "call [redacted] or [redacted]");
    buf_reset(&out);
    ck_assert_int_eq(mod_redact("nothing", "x", &out), 0);
    ck_assert_str_eq(out.data, "nothing");
    buf_release(&out);
    struct comment c = make(COMMENT_VISIBLE, "my phone 555-1234 ok");
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {
        .action = MOD_REDACT, .span = "555-1234", .actor = "K", .now = 1};
    ck_assert_int_eq(mod_apply(st, &c, &rq, &msg), 0);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_str_eq(after.body, "my phone [redacted] ok");
    ck_assert(after.mod_edited);
    ck_assert_int_eq(after.status, COMMENT_VISIBLE);
    buf_release(&msg);
}
END_TEST

/* redacted: mod_redact's text of body with span, and its count in *n. */
static const char *redacted(struct buf *out, const char *body, const char *span,
                            size_t *n)
{
    buf_reset(out);
    *n = mod_redact(body, span, out);
    ck_assert(!buf_failed(out));
    return out->data;
}

/* A passage is redacted whatever its case, as its reader reads it, and
 * only the bytes that matched change. */
START_TEST(redaction_ignores_case)
{
    struct buf out;
    size_t n;
    buf_init(&out, 1024);
    ck_assert_str_eq(redacted(&out,
                              "JUAN PÉREZ vive ahí; juan pérez lo sabe, "
                              "Juan Pérez también.",
                              "Juan Pérez", &n),
                     "[redacted] vive ahí; [redacted] lo sabe, [redacted] "
                     "también.");
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(redacted(&out, "Dijo JUAN PÉREZ.", "juan pérez", &n),
                     "Dijo [redacted].");
    /* Unicode case folding: ß is ss, final sigma is sigma, Cyrillic */
    ck_assert_str_eq(redacted(&out, "la Hauptstraße 5", "HAUPTSTRASSE", &n),
                     "la [redacted] 5");
    ck_assert_str_eq(redacted(&out, "ΟΔΥΣΣΕΥΣ y Odiseo", "οδυσσευς", &n),
                     "[redacted] y Odiseo");
    ck_assert_str_eq(redacted(&out, "Иван Петров звонил", "иван петров", &n),
                     "[redacted] звонил");
    /* either form of an accented letter (é, or e and a combining acute) */
    ck_assert_str_eq(redacted(&out, "Sr. Pe\xcc\x81rez.", "PÉREZ", &n),
                     "Sr. [redacted].");
    ck_assert_str_eq(redacted(&out, "Sr. PÉREZ.", "pe\xcc\x81rez", &n),
                     "Sr. [redacted].");
    /* whole characters only: no accent cut off, no mark left behind */
    ck_assert_str_eq(redacted(&out, "el Peré", "pere", &n), "el Peré");
    ck_assert_uint_eq(n, 0);
    ck_assert_str_eq(redacted(&out, "el Pere\xcc\x81", "pere", &n),
                     "el Pere\xcc\x81");
    ck_assert_uint_eq(n, 0);
    /* the rest byte for byte: invalid bytes, NFD text, other cases */
    ck_assert_str_eq(redacted(&out, "\xff A\xcc\x8a Ana ANA \xc3", "ana", &n),
                     "\xff A\xcc\x8a [redacted] [redacted] \xc3");
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(redacted(&out, "x\xffy X\xffY", "X\xffy", &n),
                     "[redacted] [redacted]");
    buf_release(&out);
    /* the stored text, as a moderator's redaction leaves it */
    struct comment c =
        make(COMMENT_VISIBLE, "Lo vio JUAN PÉREZ en la calle Ñandú.");
    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {
        .action = MOD_REDACT, .span = "juan pérez", .actor = "K", .now = 1};
    ck_assert_int_eq(mod_apply(st, &c, &rq, &msg), 0);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_str_eq(after.body, "Lo vio [redacted] en la calle Ñandú.");
    ck_assert(after.mod_edited);
    buf_release(&msg);
}
END_TEST

START_TEST(bans_and_expiry)
{
    int64_t s;
    ck_assert_int_eq(mod_ban_duration("1d", &s), 0);
    ck_assert_int_eq(s, 86400);
    ck_assert_int_eq(mod_ban_duration("7d", &s), 0);
    ck_assert_int_eq(s, 7 * 86400);
    ck_assert_int_eq(mod_ban_duration("permanent", &s), 0);
    ck_assert_int_eq(s, 0);
    ck_assert_int_eq(mod_ban_duration("2d", &s), ERR_INVALID);
    struct ban b = {.author_hash = "h1",
                    .until = 1000,
                    .created = 0,
                    .actor = "K"},
               got;
    ck_assert_int_eq(store_ban_add(st, &b), 0);
    ck_assert_int_eq(store_ban_active(st, "h1", 999, &a, &got), 0);
    ck_assert_int_eq(store_ban_active(st, "h1", 1000, &a, &got), ERR_NOTFOUND);
    ck_assert_int_eq(store_ban_active(st, "h2", 1, &a, &got), ERR_NOTFOUND);
    b.until = 0; /* for good */
    ck_assert_int_eq(store_ban_add(st, &b), 0);
    ck_assert_int_eq(store_ban_active(st, "h1", 1000000, &a, &got), 0);
    ck_assert_int_eq(got.until, 0);
}
END_TEST

/* A second ban replaces the first and the log says so; a lift ends it,
 * is logged on the ban's comment, and cannot happen twice. */
START_TEST(ban_replaced_then_lifted)
{
    struct comment c = make(COMMENT_VISIBLE, "troll");
    struct ban got, lifted;
    struct audit_entry *e;
    size_t n;
    ck_assert_int_eq(mod_ban_author(st, &c, "1d", "K", "", 1000), 0);
    ck_assert_int_eq(mod_ban_author(st, &c, "permanent", "L", "oops", 1100), 0);
    ck_assert_int_eq(store_ban_active(st, c.author_hash, 99999999, &a, &got),
                     0);
    ck_assert_int_eq(got.until, 0);
    ck_assert_str_eq(got.actor, "L");
    ck_assert_int_eq(store_audit_list(st, c.id, 10, &a, &e, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(e[0].reason, "permanent, replacing a ban until "
                                  "1970-01-02 00:16 UTC by K");
    ck_assert_str_eq(e[1].reason, "1d");

    char long_note[MOD_NOTE_MAX + 2];
    memset(long_note, 'x', sizeof(long_note) - 1);
    long_note[sizeof(long_note) - 1] = '\0';
    ck_assert_int_eq(
        mod_ban_lift(st, got.id, "K", long_note, 1200, &a, &lifted),
        ERR_INVALID);
    ck_assert_int_eq(
        mod_ban_lift(st, got.id, "K", "wrong key", 1200, &a, &lifted), 0);
    ck_assert_int_eq(lifted.until, 0);
    ck_assert_int_eq(store_ban_active(st, c.author_hash, 1200, &a, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(mod_ban_lift(st, lifted.id, "K", "", 1201, &a, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_audit_list(st, c.id, 10, &a, &e, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(e[0].action, "unban");
    ck_assert_str_eq(e[0].reason, "permanent");
    ck_assert_str_eq(e[0].note, "wrong key");
    ck_assert_int_eq(e[0].article_id, article_id);
}
END_TEST

/* report files a report of c by reporter from network client ("" for
 * none), who brought their own token or not (own). */
static int report(const struct comment *c, const char *reporter,
                  const char *client, bool own, const char *reason,
                  int64_t threshold, bool *held, struct buf *msg)
{
    struct report_new r = {.comment_id = c->id,
                           .reporter_hash = reporter,
                           .client_hash = client,
                           .reason = reason,
                           .at = 1,
                           .may_count = own};
    return mod_report(st, c, &r, threshold, held, msg);
}

START_TEST(report_threshold_holds)
{
    struct comment c = make(COMMENT_VISIBLE, "hateful");
    struct buf msg;
    buf_init(&msg, 1024);
    bool held;
    ck_assert_int_eq(report(&c, "r1", "", true, "hate", 2, &held, &msg), 0);
    ck_assert(!held);
    ck_assert_int_eq(report(&c, "r1", "", true, "hate", 2, &held, &msg),
                     ERR_CONFLICT);
    ck_assert_int_eq(report(&c, "r2", "", true, "", 2, &held, &msg),
                     ERR_INVALID);
    ck_assert_int_eq(report(&c, "r2", "", true, "hate", 2, &held, &msg), 0);
    ck_assert(held);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_int_eq(after.status, COMMENT_HELD);
    ck_assert_int_eq(after.report_count, 2);
    int64_t n;
    struct queue_query all = {.limit = 10};
    ck_assert_int_eq(store_queue_count(st, &all, &n), 0);
    ck_assert_int_eq(n, 1);
    /* approving dismisses the reports and empties the queue */
    struct mod_request rq = {.action = MOD_APPROVE, .actor = "K", .now = 2};
    ck_assert_int_eq(mod_apply(st, &after, &rq, &msg), 0);
    ck_assert_int_eq(store_queue_count(st, &all, &n), 0);
    ck_assert_int_eq(n, 0);
    buf_release(&msg);
}
END_TEST

/* A report with a token minted for it, or a second one from a network
 * that has one counted, is listed but does not count toward the hold. */
START_TEST(report_counts_once_per_reader_and_network)
{
    struct comment c = make(COMMENT_VISIBLE, "a fair comment");
    struct buf msg;
    buf_init(&msg, 1024);
    bool held;
    /* one person without cookies, three times */
    ck_assert_int_eq(report(&c, "m1", "", false, "spam", 3, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "m2", "", false, "spam", 3, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "m3", "", false, "spam", 3, &held, &msg), 0);
    ck_assert(!held);
    /* then with three tokens of their own, from one network */
    ck_assert_int_eq(report(&c, "t1", "net1", true, "spam", 3, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "t2", "net1", true, "spam", 3, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "t3", "net1", true, "spam", 3, &held, &msg), 0);
    ck_assert(!held);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_int_eq(after.status, COMMENT_VISIBLE);
    ck_assert_int_eq(after.report_count, 6); /* all in the queue */
    struct report *r;
    size_t n;
    ck_assert_int_eq(store_report_list(st, c.id, &a, &r, &n), 0);
    ck_assert_uint_eq(n, 6);
    int counted = 0;
    for (size_t i = 0; i < n; i++)
        counted += r[i].counted;
    ck_assert_int_eq(counted, 1);
    /* two more readers on networks of their own make three */
    ck_assert_int_eq(report(&c, "t4", "net2", true, "spam", 3, &held, &msg), 0);
    ck_assert(!held);
    ck_assert_int_eq(report(&c, "t5", "", true, "spam", 3, &held, &msg), 0);
    ck_assert(held);
    buf_release(&msg);
}
END_TEST

START_TEST(reports_never_hold_staff)
{
    struct comment c = make(COMMENT_VISIBLE, "Language please");
    c.author_kind = AUTHOR_STAFF;
    struct buf msg;
    buf_init(&msg, 1024);
    bool held;
    ck_assert_int_eq(report(&c, "r1", "n1", true, "x", 2, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "r2", "n2", true, "x", 2, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "r3", "n3", true, "x", 2, &held, &msg), 0);
    ck_assert(!held);
    struct comment after;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &after), 0);
    ck_assert_int_eq(after.status, COMMENT_VISIBLE);
    ck_assert_int_eq(after.report_count, 3); /* in the queue, reported */
    buf_release(&msg);
}
END_TEST

/* After an approval only the reports made since count. */
START_TEST(approval_restarts_the_count)
{
    struct comment c = make(COMMENT_VISIBLE, "disputed");
    struct buf msg;
    buf_init(&msg, 1024);
    bool held;
    ck_assert_int_eq(report(&c, "r1", "n1", true, "x", 2, &held, &msg), 0);
    ck_assert_int_eq(report(&c, "r2", "n2", true, "x", 2, &held, &msg), 0);
    ck_assert(held);
    struct comment now;
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &now), 0);
    struct mod_request rq = {.action = MOD_APPROVE, .actor = "K", .now = 2};
    ck_assert_int_eq(mod_apply(st, &now, &rq, &msg), 0);
    ck_assert_int_eq(store_comment_get(st, c.id, &a, &now), 0);
    ck_assert_int_eq(now.status, COMMENT_VISIBLE);
    /* the earlier reporters were heard: they cannot report again */
    ck_assert_int_eq(report(&now, "r1", "n1", true, "x", 2, &held, &msg),
                     ERR_CONFLICT);
    /* one new report does not reach two; a second new one does, and a
       network that reported before the approval may count again */
    ck_assert_int_eq(report(&now, "r3", "n1", true, "x", 2, &held, &msg), 0);
    ck_assert(!held);
    ck_assert_int_eq(report(&now, "r4", "n4", true, "x", 2, &held, &msg), 0);
    ck_assert(held);
    buf_release(&msg);
}
END_TEST

START_TEST(name_folding)
{
    const char *same[] = {"Nagging Kathi", "nagging kathi",
                          "NÁGGING KÁTHI", "Nagging K\xd0\xb0thi",
                          "N4gging Kathi", "Nagging_Kathi!",
                          "Ｎagging Kathi"};
    struct buf ref, b;
    buf_init(&ref, 256);
    buf_init(&b, 256);
    ck_assert_int_eq(names_fold(same[0], strlen(same[0]), &ref), 0);
    ck_assert_str_eq(ref.data, "naggingkathi");
    for (size_t i = 1; i < sizeof(same) / sizeof(same[0]); i++) {
        buf_reset(&b);
        ck_assert_int_eq(names_fold(same[i], strlen(same[i]), &b), 0);
        ck_assert_msg(strcmp(b.data, ref.data) == 0, "%s -> %s", same[i],
                      b.data);
    }
    buf_reset(&b);
    ck_assert_int_eq(names_fold("Kathy", 5, &b), 0);
    ck_assert_str_ne(b.data, ref.data);
    ck_assert_int_eq(names_fold("\xff", 1, &b), ERR_INVALID);
    buf_release(&ref);
    buf_release(&b);
}
END_TEST

/* A staff account cannot take a name the audit log gives what no staff
 * member did, in any case or spelling that folds to it. */
START_TEST(staff_names_of_the_log_are_reserved)
{
    static const char *const taken[] = {
        "system",       "System",       "READER", "Author",
        "command line", "Command-Line", "5y5tem"};
    struct buf msg;
    buf_init(&msg, 1024);
    for (size_t i = 0; i < sizeof(taken) / sizeof(taken[0]); i++) {
        buf_reset(&msg);
        ck_assert_int_eq(staff_user_add(st, taken[i], ROLE_MODERATOR,
                                        "long enough pw", 0, &msg),
                         ERR_INVALID);
        ck_assert_msg(strstr(msg.data, "choose another name"), "%s: %s",
                      taken[i], msg.data);
    }
    ck_assert_int_eq(staff_user_add(st, "Systema", ROLE_MODERATOR,
                                    "long enough pw", 0, &msg),
                     0);
    buf_release(&msg);
}
END_TEST

START_TEST(staff_login_sessions_and_lockout)
{
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(
        staff_user_add(st, "Kathi", ROLE_MODERATOR, "long enough pw", 0, &msg),
        0);
    ck_assert_int_eq(
        staff_user_add(st, "KATHI", ROLE_ADMIN, "long enough pw", 0, &msg),
        ERR_CONFLICT);
    enum reader_name_claim claim = READER_NAME_FREE;
    ck_assert_int_eq(reader_name_check(st, "káthi", strlen("káthi"), &claim),
                     0);
    ck_assert_int_eq(claim, READER_NAME_STAFF);
    char cookie[STAFF_TOKEN_HEX + 1];
    struct session se, again;
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 1000, &a, cookie, &se),
                     STAFF_LOGIN_OK);
    /* the read-only check: live, idle too long, or no such cookie */
    ck_assert_int_eq(staff_session_live(st, &site, cookie, 1500, &a), 0);
    ck_assert_int_eq(staff_session_live(st, &site, cookie,
                                        1000 + STAFF_SESSION_IDLE_S + 1, &a),
                     ERR_NOTFOUND);
    ck_assert_int_eq(staff_session_live(st, &site, NULL, 1500, &a),
                     ERR_NOTFOUND);
    char other[STAFF_TOKEN_HEX + 1];
    memset(other, 'a', STAFF_TOKEN_HEX);
    other[STAFF_TOKEN_HEX] = '\0';
    ck_assert_int_eq(staff_session_live(st, &site, other, 1500, &a),
                     ERR_NOTFOUND);
    ck_assert_int_eq(staff_session(st, &site, cookie, 2000, &a, &again), 0);
    ck_assert_str_eq(again.user.name, "Kathi");
    ck_assert(staff_csrf_ok(&again, se.csrf));
    ck_assert(!staff_csrf_ok(&again, "x"));
    /* 12 hours idle ends it */
    ck_assert_int_eq(staff_session(st, &site, cookie,
                                   2000 + STAFF_SESSION_IDLE_S + 1, &a, &again),
                     ERR_NOTFOUND);
    for (int i = 0; i < STAFF_LOCKOUT_FAILURES; i++)
        ck_assert_int_eq(staff_login(st, &site, "kathi", "wrong", "net-a",
                                     5000 + i, &a, cookie, &se),
                         STAFF_LOGIN_BAD);
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 5010, &a, cookie, &se),
                     STAFF_LOGIN_LOCKED);
    /* the client that failed locked itself out, not the account */
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-b",
                                 5011, &a, cookie, &se),
                     STAFF_LOGIN_OK);
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 5012, &a, cookie, &se),
                     STAFF_LOGIN_LOCKED);
    /* and only out of that account */
    ck_assert_int_eq(
        staff_user_add(st, "Ana", ROLE_MODERATOR, "long enough pw", 0, &msg),
        0);
    ck_assert_int_eq(staff_login(st, &site, "ana", "long enough pw", "net-a",
                                 5013, &a, cookie, &se),
                     STAFF_LOGIN_OK);
    /* after the window the right password works again */
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 5010 + STAFF_LOCKOUT_WINDOW_S, &a, cookie,
                                 &se),
                     STAFF_LOGIN_OK);
    buf_release(&msg);
}
END_TEST

/* Guessing from many networks: past the account's ceiling a client that
 * failed once is refused, and one that never failed still gets in. */
START_TEST(staff_login_account_ceiling)
{
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(
        staff_user_add(st, "Kathi", ROLE_MODERATOR, "long enough pw", 0, &msg),
        0);
    char cookie[STAFF_TOKEN_HEX + 1];
    struct session se;
    int64_t t = 10000;
    ck_assert_int_eq(
        staff_login(st, &site, "kathi", "wrong", "net-a", t, &a, cookie, &se),
        STAFF_LOGIN_BAD);
    /* below the ceiling one failure is far from a lock */
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 t + 1, &a, cookie, &se),
                     STAFF_LOGIN_OK);
    for (int i = 1; i < STAFF_ACCOUNT_CEILING; i++) {
        char who[32];
        snprintf(who, sizeof(who), "bot-%d", i);
        ck_assert_int_eq(store_login_failure_add(st, "kathi", who, t + 2, 0),
                         0);
    }
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 t + 3, &a, cookie, &se),
                     STAFF_LOGIN_LOCKED);
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-b",
                                 t + 3, &a, cookie, &se),
                     STAFF_LOGIN_OK);
    /* once the window has passed them, a client gets its five tries back */
    ck_assert_int_eq(staff_login(st, &site, "kathi", "long enough pw", "net-a",
                                 t + 1 + STAFF_LOCKOUT_WINDOW_S, &a, cookie,
                                 &se),
                     STAFF_LOGIN_OK);
    buf_release(&msg);
}
END_TEST

START_TEST(raid_trigger_rule)
{
    struct raid_limits lim = {.comments_per_min = 30, .readers_per_min = 15};
    ck_assert(!raid_triggered(&lim, 30, 15));
    ck_assert(raid_triggered(&lim, 31, 0));
    ck_assert(raid_triggered(&lim, 0, 16));
    struct raid_limits off = {0, 0};
    ck_assert(!raid_triggered(&off, 1000, 1000));
}
END_TEST

START_TEST(raid_switches_and_restores)
{
    struct article art;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    for (int i = 0; i < 4; i++) {
        struct comment c = {.article_id = article_id,
                            .status = COMMENT_VISIBLE,
                            .author_kind = AUTHOR_READER,
                            .author_hash = i % 2 ? "r1" : "r2",
                            .author_name = "",
                            .created = 1000 + i,
                            .body = "x",
                            .reason = "",
                            .source_id = "",
                            .screen = ""};
        ck_assert_int_eq(store_comment_insert(st, &c), 0);
    }
    int64_t comments, readers;
    ck_assert_int_eq(
        store_recent_activity(st, article_id, 990, &comments, &readers), 0);
    ck_assert_int_eq(comments, 4);
    ck_assert_int_eq(readers, 2);
    struct raid_limits lim = {.comments_per_min = 3};
    bool started;
    ck_assert_int_eq(raid_check(st, &art, &lim, 1010, &started), 0);
    ck_assert(started);
    ck_assert(raid_active(st, article_id));
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_int_eq(art.discussion, 1);
    ck_assert_int_eq(raid_end(st, article_id, "K", 1020), 0);
    ck_assert(!raid_active(st, article_id));
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_int_eq(art.discussion, 0);
    ck_assert_int_eq(raid_end(st, article_id, "K", 1030), ERR_NOTFOUND);
}
END_TEST

/* raided: floods the test article so that a raid pre-moderates it. */
static void raided(int64_t at)
{
    struct article art;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    for (int i = 0; i < 4; i++) {
        struct comment c = {.article_id = article_id,
                            .status = COMMENT_VISIBLE,
                            .author_kind = AUTHOR_READER,
                            .author_hash = "r1",
                            .author_name = "",
                            .created = at + i,
                            .body = "x",
                            .reason = "",
                            .source_id = "",
                            .screen = ""};
        ck_assert_int_eq(store_comment_insert(st, &c), 0);
    }
    struct raid_limits lim = {.comments_per_min = 3};
    bool started;
    ck_assert_int_eq(raid_check(st, &art, &lim, at + 10, &started), 0);
    ck_assert(started);
}

static int discussion_now(void)
{
    struct article art;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    return art.discussion;
}

START_TEST(raid_end_keeps_a_mode_chosen_during_it)
{
    raided(1000);
    struct article art;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    art.discussion = 2; /* closed by another writer, not through the raid */
    ck_assert_int_eq(store_article_update(st, &art), 0);
    ck_assert_int_eq(raid_end(st, article_id, "K", 1020), 0);
    ck_assert_int_eq(discussion_now(), 2);
    ck_assert(!raid_active(st, article_id));
}
END_TEST

/* post_at: one visible comment by reader in the test article. */
static void post_at(const char *reader, int64_t at)
{
    struct comment c = {.article_id = article_id,
                        .status = COMMENT_VISIBLE,
                        .author_kind = AUTHOR_READER,
                        .author_hash = reader,
                        .author_name = "",
                        .created = at,
                        .body = "x",
                        .reason = "",
                        .source_id = "",
                        .screen = ""};
    ck_assert_int_eq(store_comment_insert(st, &c), 0);
}

START_TEST(raid_window_starts_after_its_end)
{
    raided(1000); /* four comments at 1000..1003, the raid starts at 1010 */
    ck_assert_int_eq(raid_end(st, article_id, "K", 1010), 0);
    struct article art;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_int_eq(art.discussion, 0);
    struct raid_limits lim = {.comments_per_min = 3, .readers_per_min = 1};
    bool started;
    /* the flood before the end (and the end's own second) counts no more */
    post_at("r2", 1010);
    post_at("r3", 1011);
    ck_assert_int_eq(raid_check(st, &art, &lim, 1011, &started), 0);
    ck_assert(!started);
    ck_assert(!raid_active(st, article_id));
    /* a new flood after the end starts a new raid: two new readers */
    post_at("r4", 1012);
    ck_assert_int_eq(raid_check(st, &art, &lim, 1012, &started), 0);
    ck_assert(started);
    ck_assert(raid_active(st, article_id));
    ck_assert_int_eq(discussion_now(), 1);
    /* a minute on, the window is a minute again */
    ck_assert_int_eq(raid_end(st, article_id, "K", 1013), 0);
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    for (int i = 0; i < 4; i++)
        post_at("r1", 1100 + i);
    ck_assert_int_eq(raid_check(st, &art, &lim, 1104, &started), 0);
    ck_assert(started);
}
END_TEST

START_TEST(raid_editor_saves)
{
    struct article art;
    int mode = -1;
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_int_eq(raid_held_mode(st, &art, &mode), ERR_NOTFOUND);
    ck_assert_int_eq(mode, 0);

    raided(1000);
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_int_eq(raid_held_mode(st, &art, &mode), 0);
    ck_assert_int_eq(mode, 0); /* the form shows what the raid restores */
    /* saved untouched: the raid holds on, and restores open at its end */
    art.discussion = mode;
    art.title = "A, edited";
    ck_assert_int_eq(raid_article_update(st, &art, "Ed", 1020), 0);
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    ck_assert_str_eq(art.title, "A, edited");
    ck_assert_int_eq(art.discussion, 1);
    ck_assert(raid_active(st, article_id));
    ck_assert_int_eq(raid_end(st, article_id, "K", 1030), 0);
    ck_assert_int_eq(discussion_now(), 0);

    /* chosen: pre-moderated for good, and the raid is over */
    raided(2000);
    ck_assert_int_eq(store_article_get(st, article_id, &a, &art), 0);
    art.discussion = 1;
    ck_assert_int_eq(raid_article_update(st, &art, "Ed", 2020), 0);
    ck_assert(!raid_active(st, article_id));
    ck_assert_int_eq(discussion_now(), 1);
    ck_assert_int_eq(raid_end(st, article_id, "K", 2030), ERR_NOTFOUND);
    ck_assert_int_eq(discussion_now(), 1);
}
END_TEST

START_TEST(webhook_signature_and_urls)
{
    char sig[65], sig2[65];
    webhook_sign("key", "{}", 2, sig);
    webhook_sign("key", "{}", 2, sig2);
    ck_assert_str_eq(sig, sig2);
    ck_assert_int_eq(strlen(sig), 64);
    webhook_sign("other", "{}", 2, sig2);
    ck_assert_str_ne(sig, sig2);
    /* plain HMAC-SHA256 keyed with the secret's bytes, as a receiver
     * computes it; the expected values came from Python's hmac module */
    ck_assert_str_eq(
        sig,
        "a777724d943eb48dc69bca8a4a6d57a04db3f9ec7e1de4e581e860265bdf3032");
    const char *long_secret = "a-webhook-secret-longer-than-one-sha256-block-"
                              "of-sixty-four-bytes-0123456789";
    const char *body = "{\"event\":\"comment.held\"}";
    webhook_sign(long_secret, body, strlen(body), sig2);
    ck_assert_str_eq(
        sig2,
        "0817de3ed2c0439bf6aeae93be3064fb79c5f4a282169199a52af4dd21843576");
    ck_assert_int_eq(webhook_send("https://x/", "", "e", "{}", 2), ERR_INVALID);
    ck_assert_int_eq(webhook_send("http://x:99999/", "", "e", "{}", 2),
                     ERR_INVALID);
    ck_assert_int_eq(webhook_send("http://a b/", "", "e", "{}", 2),
                     ERR_INVALID);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, state_machine_table);
    tcase_add_test(tc, apply_writes_audit_and_refuses_stale);
    tcase_add_test(tc, restore_returns_to_where_it_was);
    tcase_add_test(tc, restore_refuses_a_comment_with_no_text);
    tcase_add_test(tc, public_reason_is_a_listed_one);
    tcase_add_test(tc, purge_erases_body_and_name);
    tcase_add_test(tc, author_delete_withdraws_what_no_reader_saw);
    tcase_add_test(tc, author_delete_keeps_tombstone_of_what_readers_saw);
    tcase_add_test(tc, redaction);
    tcase_add_test(tc, redaction_ignores_case);
    tcase_add_test(tc, bans_and_expiry);
    tcase_add_test(tc, ban_replaced_then_lifted);
    tcase_add_test(tc, report_threshold_holds);
    tcase_add_test(tc, report_counts_once_per_reader_and_network);
    tcase_add_test(tc, reports_never_hold_staff);
    tcase_add_test(tc, approval_restarts_the_count);
    tcase_add_test(tc, name_folding);
    tcase_add_test(tc, staff_names_of_the_log_are_reserved);
    tcase_add_test(tc, staff_login_sessions_and_lockout);
    tcase_add_test(tc, staff_login_account_ceiling);
    tcase_add_test(tc, raid_trigger_rule);
    tcase_add_test(tc, raid_switches_and_restores);
    tcase_add_test(tc, raid_end_keeps_a_mode_chosen_during_it);
    tcase_add_test(tc, raid_editor_saves);
    tcase_add_test(tc, raid_window_starts_after_its_end);
    tcase_add_test(tc, webhook_signature_and_urls);
}

TEST_MAIN("moderation")
