/*
 * bans.c - lifting a ban; see bans.h. A tired moderator's wrong key must
 * not be permanent: the ban's row stays (ending at the lift) and the audit
 * log gets an "unban" row on the comment the ban was for, so the log tells
 * the whole story of that reader's ban.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/bans.h"
#include "core/moderation.h"
#include "util/str.h"

const char *mod_ban_describe(const struct ban *b, char *out, size_t size)
{
    if (b->until == 0) {
        snprintf(out, size, "permanent");
        return out;
    }
    time_t t = (time_t)b->until;
    struct tm tm;
    char when[32] = "";
    if (gmtime_r(&t, &tm))
        strftime(when, sizeof(when), "%Y-%m-%d %H:%M UTC", &tm);
    snprintf(out, size, "until %s", when);
    return out;
}

int mod_ban_lift(struct store *st, int64_t ban_id, const char *actor,
                 const char *note, int64_t now, struct arena *a,
                 struct ban *lifted)
{
    note = note ? note : "";
    size_t len = strlen(note);
    if (!str_utf8_valid(note, len) || str_utf8_count(note, len) > MOD_NOTE_MAX)
        return ERR_INVALID;
    int ret = store_begin(st);
    if (ret)
        return ret;
    ret = store_ban_lift(st, ban_id, now, a, lifted);
    struct comment c;
    int64_t article_id = 0;
    if (ret == 0 && lifted->comment_id &&
        store_comment_get(st, lifted->comment_id, a, &c) == 0)
        article_id = c.article_id;
    char was[64];
    struct audit_entry e = {
        .at = now,
        .actor = actor,
        .comment_id = ret == 0 ? lifted->comment_id : 0,
        .article_id = article_id,
        .action = "unban",
        .from_status = -1,
        .to_status = -1,
        .reason = ret == 0 ? mod_ban_describe(lifted, was, sizeof(was)) : "",
        .note = note};
    if (ret == 0)
        ret = store_audit_add(st, &e);
    if (ret) {
        store_rollback(st);
        return ret == ERR_NOTFOUND ? ret : ERR_DB;
    }
    return store_commit(st) ? ERR_DB : 0;
}
