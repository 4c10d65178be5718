/*
 * audit_words.c - the audit log's machine words in the page's language
 * (see audit_words.h).
 *
 * Rows are written by core (moderation.c, bans.c, raid.c), by the reader's
 * erasure (api/me.c) and by the command line (cli/rescreen.c,
 * cli/setting.c); the words and note shapes they store are listed here.
 * A note is read as charla's own only when its actor is not a person
 * ("system", "reader", "author", "command line"): what a moderator typed
 * is theirs and is never rewritten, even if it looks like one of ours.
 * A "settings" row's note is charla's whatever its actor (a save names
 * what changed, see core/setting_change.h; no one types it), so its keys
 * are shown by the labels the settings form uses, and those no form
 * edits (set from the command line) by words of their own.
 * Parsing is by exact prefix and separator; anything else falls through
 * to the stored text, so an unexpected row reads as stored, never broken.
 */
#include <string.h>
#include <time.h>

#include "core/setting_keys.h"
#include "render/audit_words.h"
#include "render/msg.h"
#include "render/page.h"
#include "util/str.h"

struct word {
    const char *stored;
    enum msg_id words;
};

static const struct word actions[] = {
    {"approve", MSG_LOG_ACT_APPROVE},   {"remove", MSG_LOG_ACT_REMOVE},
    {"purge", MSG_LOG_ACT_PURGE},       {"restore", MSG_LOG_ACT_RESTORE},
    {"redact", MSG_LOG_ACT_REDACT},     {"delete", MSG_LOG_ACT_DELETE},
    {"hold", MSG_LOG_ACT_HOLD},         {"ban", MSG_LOG_ACT_BAN},
    {"unban", MSG_LOG_ACT_UNBAN},       {"raid-start", MSG_LOG_ACT_RAID_START},
    {"raid-end", MSG_LOG_ACT_RAID_END}, {"settings", MSG_LOG_ACT_SETTINGS},
};

const char *const audit_words_actions[] = {
    "approve", "remove", "purge", "restore",    "redact",   "delete",
    "hold",    "ban",    "unban", "raid-start", "raid-end", "settings",
};
const size_t audit_words_action_count =
    sizeof(audit_words_actions) / sizeof(audit_words_actions[0]);

static const struct word actors[] = {
    {"author", MSG_LOG_BY_AUTHOR},
    {"system", MSG_LOG_BY_SYSTEM},
    {"reader", MSG_LOG_BY_READER},
    {"command line", MSG_LOG_BY_CLI},
};

static const struct word durations[] = {
    {"1d", MSG_LOG_BAN_1D},
    {"7d", MSG_LOG_BAN_7D},
    {"permanent", MSG_LOG_BAN_PERMANENT},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* find: the word's message, or NULL when s is not one of the n words. */
static const char *find(const struct word *w, size_t n, const char *s,
                        size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (str_eq(s, len, w[i].stored))
            return msg_get(w[i].words);
    return NULL;
}

const char *audit_words_action(const char *action)
{
    const char *t = find(actions, COUNT(actions), action, strlen(action));
    return t ? t : action;
}

const char *audit_words_actor(const char *actor)
{
    const char *t = find(actors, COUNT(actors), actor, strlen(actor));
    return t ? t : actor;
}

const char *audit_words_status(int status)
{
    static const enum msg_id words[COMMENT_STATUS_COUNT] = {
        [COMMENT_VISIBLE] = MSG_LOG_ST_VISIBLE,
        [COMMENT_PENDING] = MSG_LOG_ST_PENDING,
        [COMMENT_HELD] = MSG_LOG_ST_HELD,
        [COMMENT_REMOVED] = MSG_LOG_ST_REMOVED,
        [COMMENT_DELETED] = MSG_LOG_ST_DELETED,
        [COMMENT_PURGED] = MSG_LOG_ST_PURGED,
        [COMMENT_WITHDRAWN] = MSG_LOG_ST_WITHDRAWN,
    };
    if (status < 0 || status >= COMMENT_STATUS_COUNT)
        return "";
    return msg_get(words[status]);
}

/* utc_minute reads "2026-12-03 23:00 UTC" (mod_ban_describe's end of a
 * ban) into *t, unix seconds; false if s[0..len) has another shape. */
static bool utc_minute(const char *s, size_t len, int64_t *t)
{
    static const char shape[] = "0000-00-00 00:00 UTC";
    if (len != sizeof(shape) - 1)
        return false;
    for (size_t i = 0; i < len; i++)
        if (shape[i] == '0' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i])
            return false;
    int64_t y, mo, d, h, mi;
    if (str_to_int(s, 4, 1970, 9999, &y) || str_to_int(s + 5, 2, 1, 12, &mo) ||
        str_to_int(s + 8, 2, 1, 31, &d) || str_to_int(s + 11, 2, 0, 23, &h) ||
        str_to_int(s + 14, 2, 0, 59, &mi))
        return false;
    struct tm tm = {.tm_year = (int)y - 1900,
                    .tm_mon = (int)mo - 1,
                    .tm_mday = (int)d,
                    .tm_hour = (int)h,
                    .tm_min = (int)mi};
    *t = (int64_t)timegm(&tm);
    return true;
}

/* ban_span appends a ban's length as mod_ban_describe or a duration
 * writes it ("permanent", "7d", "until 2026-12-03 23:00 UTC", that time
 * in site's zone as the page writes times when site is given); false if
 * s[0..len) is none of those. */
static bool ban_span(struct buf *out, const char *s, size_t len,
                     const struct site *site)
{
    const char *t = find(durations, COUNT(durations), s, len);
    if (t) {
        buf_adds(out, t);
        return true;
    }
    static const char until[] = "until ";
    if (len > sizeof(until) - 1 && memcmp(s, until, sizeof(until) - 1) == 0) {
        char when[64];
        size_t n = len - (sizeof(until) - 1);
        if (n >= sizeof(when))
            return false;
        memcpy(when, s + sizeof(until) - 1, n);
        when[n] = '\0';
        int64_t end;
        if (site && utc_minute(when, n, &end)) {
            /* page_date and page_time write no markup: digits, letters,
               spaces and ':' (the caller escapes what it gets) */
            struct tm tm;
            struct buf local;
            buf_init(&local, 128);
            site_local_time(site, end, &tm);
            page_date(&local, &tm);
            buf_adds(&local, " ");
            page_time(&local, &tm);
            bool ok = !buf_failed(&local);
            if (ok)
                buf_addf(out, msg_get(MSG_LOG_BAN_UNTIL), local.data);
            buf_release(&local);
            if (ok)
                return true;
        }
        buf_addf(out, msg_get(MSG_LOG_BAN_UNTIL), when);
        return true;
    }
    return false;
}

/* ban_reason: "7d" or "7d, replacing a ban permanent by Kathi" (see
 * mod_ban in core/moderation.c); false if reason has another shape. */
static bool ban_reason(struct buf *out, const char *reason,
                       const struct site *site)
{
    static const char replacing[] = ", replacing a ban ";
    const char *rep = strstr(reason, replacing);
    if (!rep)
        return ban_span(out, reason, strlen(reason), site);
    const char *was = rep + sizeof(replacing) - 1;
    const char *by = strstr(was, " by ");
    if (!by)
        return false;
    struct buf now, before;
    buf_init(&now, 128);
    buf_init(&before, 128);
    bool ok = ban_span(&now, reason, (size_t)(rep - reason), site) &&
              ban_span(&before, was, (size_t)(by - was), site) &&
              !buf_failed(&now) && !buf_failed(&before);
    if (ok)
        buf_addf(out, msg_get(MSG_LOG_BAN_REPLACING), now.data, before.data,
                 audit_words_actor(by + 4));
    buf_release(&now);
    buf_release(&before);
    return ok;
}

/* Where a settings row's change was made (api/admin_screening.c,
 * cli/setting.c); no one types these. */
static const struct word setting_sources[] = {
    {"screening", MSG_LOG_REASON_SCREENING},
    {"command line", MSG_LOG_BY_CLI},
};

void audit_words_reason(struct buf *out, const struct audit_entry *e,
                        const struct site *site)
{
    if ((strcmp(e->action, "ban") == 0 || strcmp(e->action, "unban") == 0) &&
        ban_reason(out, e->reason, site))
        return;
    if (strcmp(e->action, "settings") == 0) {
        const char *t = find(setting_sources, COUNT(setting_sources), e->reason,
                             strlen(e->reason));
        if (t) {
            buf_adds(out, t);
            return;
        }
    }
    buf_adds(out, msg_reason(e->reason));
}

/* The rules that hold a comment, as a rescreen note names them, each
 * followed by its word in quotes (which holds no quote). */
static const struct word held_rules[] = {
    {"banned word \"", MSG_LOG_RULE_BANNED},
    {"protected name \"", MSG_LOG_RULE_PROTECTED},
    {"suspect word \"", MSG_LOG_RULE_SUSPECT},
};

/* held_reason appends one reason of a rescreen note at *p in the page's
 * language and moves *p past it: a rule and its word (`suspect word
 * "sicario"`), "doxxing", or a category and its score
 * ("identity_hate 0.950"). False for anything else. */
static bool held_reason(struct buf *out, const char **p)
{
    const char *s = *p;
    for (size_t i = 0; i < COUNT(held_rules); i++) {
        size_t n = strlen(held_rules[i].stored);
        const char *end;
        if (!str_starts(s, held_rules[i].stored) || !(end = strchr(s + n, '"')))
            continue;
        buf_addf(out, "%s \"%.*s\"", msg_get(held_rules[i].words),
                 (int)(end - (s + n)), s + n);
        *p = end + 1;
        return true;
    }
    size_t len = strcspn(s, ",");
    if (len == strlen("doxxing") && str_starts(s, "doxxing")) {
        buf_adds(out, msg_category("doxxing"));
        *p = s + len;
        return true;
    }
    const char *sp = memchr(s, ' ', len);
    size_t score = sp ? len - (size_t)(sp + 1 - s) : 0;
    if (!sp || (size_t)(sp - s) >= 64 || score == 0 ||
        strspn(sp + 1, "0123456789.") != score)
        return false;
    char name[64];
    memcpy(name, s, (size_t)(sp - s));
    name[sp - s] = '\0';
    buf_addf(out, "%s %.*s", msg_category(name), (int)score, sp + 1);
    *p = s + len;
    return true;
}

/* rescreened: "rescreened: identity_hate 0.950", or the rules that held
 * it, as the command prints them: `rescreened: suspect word "sicario"`,
 * `banned word "x", identity_hate 0.950`, with " (name)" when the display
 * name held it (cli/rescreen.c). */
static bool rescreened(struct buf *out, const char *note)
{
    static const char prefix[] = "rescreened: ";
    if (!str_starts(note, prefix))
        return false;
    /* " (name)": what held it was the display name */
    static const char name_suffix[] = " (name)";
    char reasons[1024];
    const char *rest = note + sizeof(prefix) - 1;
    size_t n = strlen(rest);
    bool of_name =
        n >= sizeof(name_suffix) - 1 &&
        strcmp(rest + n - (sizeof(name_suffix) - 1), name_suffix) == 0;
    if (of_name)
        n -= sizeof(name_suffix) - 1;
    if (n >= sizeof(reasons))
        return false;
    memcpy(reasons, rest, n);
    reasons[n] = '\0';
    const char *p = reasons;
    struct buf why;
    buf_init(&why, 1024);
    bool ok = true;
    while (ok) {
        ok = held_reason(&why, &p);
        if (!ok || !*p)
            break;
        ok = str_starts(p, ", ");
        p += 2;
        buf_adds(&why, ", ");
    }
    if (of_name)
        buf_addf(&why, " %s", msg_get(MSG_LOG_RULE_OF_NAME));
    ok = ok && !buf_failed(&why);
    if (ok)
        buf_addf(out, msg_get(MSG_LOG_NOTE_RESCREENED), why.data);
    buf_release(&why);
    return ok;
}

/* raid_counts: "12 comments, 9 new readers in a minute" (core/raid.c). */
static bool raid_counts(struct buf *out, const char *note)
{
    static const char mid[] = " comments, ";
    static const char end[] = " new readers in a minute";
    const char *m = strstr(note, mid);
    const char *r = m ? m + sizeof(mid) - 1 : NULL;
    const char *z = r ? strstr(r, end) : NULL;
    int64_t v;
    if (!z || z[sizeof(end) - 1] != '\0' || m - note >= 24 || z - r >= 24 ||
        str_to_int(note, (size_t)(m - note), 0, INT64_MAX, &v) ||
        str_to_int(r, (size_t)(z - r), 0, INT64_MAX, &v))
        return false;
    char comments[24], readers[24];
    memcpy(comments, note, (size_t)(m - note));
    comments[m - note] = '\0';
    memcpy(readers, r, (size_t)(z - r));
    readers[z - r] = '\0';
    buf_addf(out, msg_get(MSG_LOG_NOTE_RAID), comments, readers);
    return true;
}

/* Every setting by its words: the label its form shows for one a staff
 * page edits, else the name a log line gives it (the command line sets
 * them all; see core/setting_keys.c, which test_audit_words holds this
 * table to). */
static const struct word setting_labels[] = {
    {"hold_threshold", MSG_ADM_SCR_THRESHOLD},
    {"publish_profanity", MSG_ADM_SCR_PROFANITY},
    {"banned_words", MSG_ADM_SCR_BANNED},
    {"suspect_words", MSG_ADM_SCR_SUSPECT},
    {"protected_names", MSG_ADM_SCR_PROTECTED},
    {"site_title", MSG_LOG_KEY_SITE_TITLE},
    {"site_url", MSG_LOG_KEY_SITE_URL},
    {"timezone", MSG_LOG_KEY_TIMEZONE},
    {"language", MSG_LOG_KEY_LANGUAGE},
    {"report_threshold", MSG_LOG_KEY_REPORT_THRESHOLD},
    {"raid_comments_per_min", MSG_LOG_KEY_RAID_COMMENTS},
    {"raid_readers_per_min", MSG_LOG_KEY_RAID_READERS},
    {"webhook_url", MSG_LOG_KEY_WEBHOOK_URL},
    {"webhook_secret", MSG_LOG_KEY_WEBHOOK_SECRET},
    {"embed_origins", MSG_LOG_KEY_EMBED_ORIGINS},
    {"rate_embed_threads_per_hour", MSG_LOG_KEY_RATE_EMBED},
    {"metrics_token", MSG_LOG_KEY_METRICS_TOKEN},
    {"hsts_max_age", MSG_LOG_KEY_HSTS},
    {"pow_bits", MSG_LOG_KEY_POW},
    {"pow_raid_bits", MSG_LOG_KEY_POW_RAID},
    {"rate_read_per_s", MSG_LOG_KEY_RATE_READ},
    {"rate_read_burst", MSG_LOG_KEY_RATE_READ_BURST},
    {"rate_post_interval_s", MSG_LOG_KEY_RATE_POST_INTERVAL},
    {"rate_post_burst", MSG_LOG_KEY_RATE_POST_BURST},
    {"rate_post_prefix_per_min", MSG_LOG_KEY_RATE_POST_PREFIX},
    {"queue_feed_token", MSG_LOG_KEY_QUEUE_FEED_TOKEN},
};

/* add_label appends a form label without a closing parenthesis that tells
 * the form's reader what to type ("Hold threshold (0 to 1; empty: 0.5)"):
 * in a log line it is noise, and its "; " would read as a separator. */
static void add_label(struct buf *out, const char *label)
{
    size_t n = strlen(label);
    const char *open = strstr(label, " (");
    if (open && n > 0 && label[n - 1] == ')')
        n = (size_t)(open - label);
    buf_add(out, label, n);
}

/* The words a settings note puts in place of a value; "on" and "off"
 * (the form's) and "1" and "0" (the command line's) only for a switch,
 * a language's code only for the language (any other value is what
 * someone typed, and stays as typed). */
static const struct word setting_values[] = {
    {"(unset)", MSG_LOG_SETTING_UNSET},
    {"changed", MSG_LOG_SETTING_CHANGED},
};
static const struct word switch_values[] = {
    {"on", MSG_LOG_SETTING_ON},
    {"off", MSG_LOG_SETTING_OFF},
    {"1", MSG_LOG_SETTING_ON},
    {"0", MSG_LOG_SETTING_OFF},
};
static const struct word language_values[] = {
    {"en", MSG_LOG_LANG_EN},
    {"es", MSG_LOG_LANG_ES},
};

/* The kind of the setting named key[0..len): its value words. */
static enum setting_kind setting_kind_of(const char *key, size_t len)
{
    for (size_t i = 0; i < setting_key_count(); i++) {
        const struct setting_key *k = setting_key_at(i);
        if (str_eq(key, len, k->key))
            return k->kind;
    }
    return SETTING_TEXT;
}

/* add_value appends one value of a note part in the page's words. */
static void add_value(struct buf *out, const char *v, size_t len,
                      enum setting_kind kind)
{
    const char *t = find(setting_values, COUNT(setting_values), v, len);
    if (!t && kind == SETTING_SWITCH)
        t = find(switch_values, COUNT(switch_values), v, len);
    if (!t && kind == SETTING_LANG)
        t = find(language_values, COUNT(language_values), v, len);
    if (t)
        buf_adds(out, t);
    else
        buf_add(out, v, len);
}

/* add_values appends what follows "key: " ("0.5 → 0.8", "(unset) → 0.8",
 * "changed", "+2 −1"), each side of an arrow by add_value. */
static void add_values(struct buf *out, const char *v, size_t len,
                       enum setting_kind kind)
{
    static const char arrow[] = " → ";
    const char *a = memmem(v, len, arrow, sizeof(arrow) - 1);
    if (!a) {
        add_value(out, v, len, kind);
        return;
    }
    add_value(out, v, (size_t)(a - v), kind);
    buf_adds(out, arrow);
    size_t skip = (size_t)(a - v) + sizeof(arrow) - 1;
    add_value(out, a + sizeof(arrow) - 1, len - skip, kind);
}

/*
 * setting_keys: "hold_threshold: 0.5 → 0.8; protected_names: +2 −0"
 * (setting_note_add) with each key shown by its label and the words
 * charla writes for a value ("(unset)", "on", "1" of a switch, "es" of
 * the language, "changed") in the page's language, whether the change was
 * made on a staff page or from the command line; a key this build does
 * not know and any part that is not "key: ..." stay as stored.
 */
static void setting_keys(struct buf *out, const char *note)
{
    static const char sep[] = "; ";
    if (strcmp(note, "no change") == 0) {
        buf_adds(out, msg_get(MSG_LOG_SETTING_NO_CHANGE));
        return;
    }
    const char *p = note;
    for (;;) {
        const char *end = strstr(p, sep);
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *colon = memchr(p, ':', len);
        size_t key_len = colon ? (size_t)(colon - p) : 0;
        const char *label =
            colon ? find(setting_labels, COUNT(setting_labels), p, key_len)
                  : NULL;
        if (colon && len - key_len >= 2 && colon[1] == ' ') {
            if (label)
                add_label(out, label);
            else
                buf_add(out, p, key_len);
            buf_adds(out, ": ");
            add_values(out, colon + 2, len - key_len - 2,
                       setting_kind_of(p, key_len));
        } else {
            buf_add(out, p, len);
        }
        if (!end)
            return;
        buf_adds(out, sep);
        p = end + sizeof(sep) - 1;
    }
}

void audit_words_note(struct buf *out, const struct audit_entry *e)
{
    const char *note = e->note;
    if (strcmp(e->action, "settings") == 0) {
        setting_keys(out, note);
        return;
    }
    if (find(actors, COUNT(actors), e->actor, strlen(e->actor))) {
        if (strcmp(note, "reader reports") == 0) {
            buf_adds(out, msg_get(MSG_LOG_NOTE_REPORTS));
            return;
        }
        if (strcmp(note, "erased by its author (/me/erase)") == 0) {
            buf_adds(out, msg_get(MSG_LOG_NOTE_ERASED));
            return;
        }
        if (rescreened(out, note) || raid_counts(out, note))
            return;
    }
    buf_adds(out, note);
}
