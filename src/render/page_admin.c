/*
 * page_admin.c - the staff layout, the login page, the moderation queue
 * and the audit log (see page_admin.h; statistics and articles are in
 * page_admin_stats.c and page_admin_article.c).
 *
 * The queue is one list of <article class="queue-item"> elements, each
 * with its actions as plain POST forms to /admin/queue/{id}/{action}. The
 * forms carry the CSRF token and the queue's filters (so the redirect
 * after an action returns to the same view). web/admin.js finds the
 * forms by class (act-approve, act-remove, act-purge, act-ban) and
 * submits them from the keyboard; nothing here depends on it. Above the
 * items, one more form (id "bulk", to /admin/queue/bulk) approves or
 * removes every item whose box is ticked; the boxes sit in the items and
 * belong to it by their form attribute.
 *
 * The screening JSON is written by charla's screening module, but it is
 * read back from the database, so it is parsed defensively with jansson:
 * anything unexpected means no highlighting at all, never a broken page.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/moderation.h"
#include "render/audit_words.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/msg.h"
#include "render/page.h"
#include "render/page_admin.h"

#define SCREEN_MAX_SPANS 64

void admin_csrf_field(struct buf *b, const struct admin_ctx *ctx)
{
    html_lit(b, "<input type=\"hidden\" name=\"csrf\" value=\"");
    html_attrs(b, ctx->se->csrf);
    html_lit(b, "\">");
}

/*
 * Drafts. The form carries data-draft and data-draft-shows (what it
 * holds: what is stored, what was just saved, or the values sent), and
 * web/draft.js keeps its fields in the browser's localStorage as they are
 * typed, offers them back when the page opens with a draft that differs
 * from what is stored, and drops them once a save lands. The offer's
 * words are written here, hidden, in the page's language; the script only
 * shows them (no inline script: the CSP forbids it). The server never
 * echoes a draft: it lives in the browser alone. Without JavaScript
 * nothing keeps it (staff pages are no-store, so Back asks the server
 * again, and the session is gone): the <noscript> note says so before
 * anything is typed. {time} in the texts is the draft's time, which the
 * script puts in as text.
 */
void admin_draft_offer(struct buf *b, enum msg_id stale)
{
    html_lit(b, "<div class=\"draft-offer\" id=\"draft-offer\" "
                "role=\"status\" hidden>\n<p class=\"draft-offer-text\" "
                "hidden>");
    html_texts(b, msg_get(MSG_ADM_DRAFT_OFFER));
    html_lit(b, "</p>\n<p class=\"draft-stale-text\" hidden>");
    html_texts(b, msg_get(stale));
    html_lit(b, "</p>\n<p class=\"draft-restored-text\" hidden>");
    html_texts(b, msg_get(MSG_ADM_DRAFT_RESTORED));
    html_lit(b, "</p>\n<p class=\"buttons\"><button type=\"button\" "
                "class=\"draft-restore\">");
    html_texts(b, msg_get(MSG_ADM_DRAFT_RESTORE));
    html_lit(b, "</button> <button type=\"button\" class=\"draft-discard "
                "secondary\">");
    html_texts(b, msg_get(MSG_ADM_DRAFT_DISCARD));
    html_lit(b, "</button></p>\n</div>\n<noscript><p class=\"hint\">");
    html_texts(b, msg_get(MSG_ADM_DRAFT_NOSCRIPT));
    html_lit(b, "</p></noscript>\n");
}

void admin_draft_attrs(struct buf *b, enum admin_form_shows shows,
                       const char *keep)
{
    html_lit(b, " data-draft data-draft-shows=\"");
    if (shows == ADMIN_FORM_STORED)
        html_lit(b, "stored");
    else if (shows == ADMIN_FORM_SAVED)
        html_lit(b, "saved");
    else
        html_lit(b, "posted");
    html_lit(b, "\"");
    if (keep) {
        html_lit(b, " data-draft-keep=\"");
        html_attrs(b, keep);
        html_lit(b, "\"");
    }
}

/* role_words: the badge beside the staff member's name, in the page's
 * language (role_name is the stored, machine word). */
static const char *role_words(enum role r)
{
    switch (r) {
    case ROLE_MODERATOR:
        return msg_get(MSG_ROLE_MODERATOR);
    case ROLE_EDITOR:
        return msg_get(MSG_ROLE_EDITOR);
    case ROLE_ADMIN:
        return msg_get(MSG_ROLE_ADMIN);
    }
    return role_name(r);
}

/* nav_link ends an <a ...> opened by the caller: current page, text. */
static void nav_link(struct buf *b, enum admin_nav me, enum admin_nav cur,
                     enum msg_id text)
{
    if (me == cur)
        html_lit(b, " aria-current=\"page\"");
    html_lit(b, ">");
    html_texts(b, msg_get(text));
    html_lit(b, "</a></li>");
}

void page_admin_begin(struct buf *b, const struct admin_ctx *ctx,
                      enum admin_nav nav, const char *title)
{
    page_begin(b, ctx->site, title);
    /* page_begin links the reader's files; the staff ones follow here
     * (a stylesheet link and a deferred script are allowed in body). */
    html_lit(b, "<link rel=\"stylesheet\" href=\"/static/admin.css\">\n"
                "<script src=\"/static/admin.js\" defer></script>\n"
                "<script src=\"/static/draft.js\" defer></script>\n"
                "<script src=\"/static/path-hint.js\" defer></script>\n");
    if (ctx->se) {
        html_lit(b, "<nav class=\"staff\" aria-label=\"");
        html_attrs(b, msg_get(MSG_ADM_NAV_LABEL));
        html_lit(b, "\"><ul><li><a href=\"/admin/queue\"");
        nav_link(b, ADMIN_NAV_QUEUE, nav, MSG_ADM_NAV_QUEUE);
        html_lit(b, "<li><a href=\"/admin/log\"");
        nav_link(b, ADMIN_NAV_LOG, nav, MSG_ADM_NAV_LOG);
        html_lit(b, "<li><a href=\"/admin/stats\"");
        nav_link(b, ADMIN_NAV_STATS, nav, MSG_ADM_NAV_STATS);
        html_lit(b, "<li><a href=\"/admin/webhooks\"");
        nav_link(b, ADMIN_NAV_WEBHOOKS, nav, MSG_ADM_NAV_WEBHOOKS);
        html_lit(b, "<li><a href=\"/admin/screening\"");
        nav_link(b, ADMIN_NAV_SCREENING, nav, MSG_ADM_NAV_SCREENING);
        html_lit(b, "<li><a href=\"/admin/bans\"");
        nav_link(b, ADMIN_NAV_BANS, nav, MSG_ADM_NAV_BANS);
        if (ctx->se->user.role >= ROLE_EDITOR) {
            html_lit(b, "<li><a href=\"/admin/articles\"");
            nav_link(b, ADMIN_NAV_ARTICLES, nav, MSG_ADM_NAV_ARTICLES);
        }
        html_lit(b, "</ul><p class=\"who\"><span class=\"name\">");
        html_texts(b, ctx->se->user.name);
        html_lit(b, "</span> <span class=\"role\">");
        html_texts(b, role_words(ctx->se->user.role));
        html_lit(b, "</span></p><form method=\"post\" "
                    "action=\"/admin/logout\" class=\"logout\">");
        admin_csrf_field(b, ctx);
        html_lit(b, "<button type=\"submit\">");
        html_texts(b, msg_get(MSG_ADM_LOGOUT));
        html_lit(b, "</button></form></nav>\n");
    }
    if (ctx->flash) {
        html_lit(b, "<p class=\"flash\" role=\"status\">");
        html_texts(b, ctx->flash);
        html_lit(b, "</p>\n");
    }
    if (ctx->error) {
        html_lit(b, "<p class=\"form-error\" role=\"alert\">");
        html_texts(b, ctx->error);
        html_lit(b, "</p>\n");
    }
}

void page_admin_end(struct buf *b)
{
    page_end(b);
}

void page_admin_login(struct buf *b, const struct site *site, const char *error,
                      const char *name, const char *next, bool draft_kept)
{
    struct admin_ctx ctx = {.site = site, .error = error};
    page_admin_begin(b, &ctx, ADMIN_NAV_NONE, msg_get(MSG_ADM_LOGIN_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_LOGIN_TITLE));
    html_lit(b, "</h1>\n");
    if (draft_kept && next) {
        /* shown by web/draft.js when the browser kept nothing after all */
        html_lit(b, "<p class=\"form-error draft-lost\" hidden>");
        html_texts(b, msg_get(MSG_AUTH_DRAFT_LOST));
        html_lit(b, "</p>\n");
    }
    html_lit(b, "<form method=\"post\" action=\"/admin/login\" "
                "class=\"admin-form login\"");
    if (draft_kept && next)
        html_lit(b, " data-draft-return");
    html_lit(b, ">\n");
    if (next) {
        html_lit(b, "<input type=\"hidden\" name=\"next\" value=\"");
        html_attrs(b, next);
        html_lit(b, "\">\n");
    }
    html_lit(b, "<label for=\"login-name\">");
    html_texts(b, msg_get(MSG_ADM_LOGIN_NAME));
    html_lit(b, "</label>\n<input id=\"login-name\" name=\"name\" "
                "autocomplete=\"username\" required maxlength=\"200\"");
    if (name) {
        html_lit(b, " value=\"");
        html_attrs(b, name);
        html_lit(b, "\"");
    }
    html_lit(b, ">\n<label for=\"login-password\">");
    html_texts(b, msg_get(MSG_ADM_LOGIN_PASSWORD));
    html_lit(b, "</label>\n<input id=\"login-password\" name=\"password\" "
                "type=\"password\" autocomplete=\"current-password\" "
                "required maxlength=\"1024\">\n<p><button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_LOGIN_SUBMIT));
    html_lit(b, "</button></p>\n</form>\n");
    page_admin_end(b);
}

/* --- the queue ------------------------------------------------------- */

static void article_href(struct buf *b, const struct article *art,
                         const char *number)
{
    struct buf path;
    buf_init(&path, 8192);
    url_path(&path, art->path, strlen(art->path));
    if (number) {
        /* "?c=" finds the comment's page of a long thread */
        buf_adds(&path, "?c=");
        buf_adds(&path, number);
        buf_adds(&path, "#c");
        buf_adds(&path, number);
    }
    html_attr(b, path.data, path.len);
    buf_release(&path);
}

void admin_local_time(struct buf *b, const struct site *site, int64_t t)
{
    struct tm tm;
    site_local_time(site, t, &tm);
    html_lit(b, "<time datetime=\"");
    page_iso_time(b, t);
    html_lit(b, "\">");
    page_date(b, &tm);
    html_lit(b, " ");
    page_time(b, &tm);
    html_lit(b, "</time>");
}

void page_admin_ban_in_force(struct buf *b, const struct site *site,
                             const struct ban *ban)
{
    if (ban->until) {
        html_texts(b, msg_get(MSG_ADM_AUTHOR_BANNED_UNTIL));
        html_lit(b, " ");
        admin_local_time(b, site, ban->until);
        html_lit(b, ".");
    } else {
        html_texts(b, msg_get(MSG_ADM_AUTHOR_BANNED_FOREVER));
    }
}

void page_admin_ban_fields(struct buf *b, const char *id_prefix, int64_t id,
                           bool ask, bool banned)
{
    html_lit(b, "<label for=\"");
    html_attrs(b, id_prefix);
    html_int(b, id);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_ADM_BAN));
    html_lit(b, "</label> <select name=\"duration\" id=\"");
    html_attrs(b, id_prefix);
    html_int(b, id);
    html_lit(b, "\"");
    if (ask) {
        html_lit(b, " data-ask=\"");
        html_attrs(b,
                   msg_get(banned ? MSG_ADM_BAN_ASK_AGAIN : MSG_ADM_BAN_ASK));
        html_lit(b, "\"");
    }
    html_lit(b, "><option value=\"1d\">");
    html_texts(b, msg_get(MSG_ADM_BAN_1D));
    html_lit(b, "</option><option value=\"7d\" selected>");
    html_texts(b, msg_get(MSG_ADM_BAN_7D));
    html_lit(b, "</option><option value=\"permanent\">");
    html_texts(b, msg_get(MSG_ADM_BAN_PERM));
    html_lit(b, "</option></select> <button type=\"submit\" "
                "class=\"destructive\">");
    html_texts(b, msg_get(MSG_ADM_BAN_SUBMIT));
    html_lit(b, "</button>");
}

/* reason_select writes the labelled list of removal reasons, its id
 * id_ref; numbered puts each one's number before it. */
static void reason_select(struct buf *b, const char *id_ref, bool numbered)
{
    html_lit(b, "<label for=\"");
    html_attrs(b, id_ref);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_ADM_REASON));
    html_lit(b, "</label> <select name=\"reason\" required id=\"");
    html_attrs(b, id_ref);
    html_lit(b, "\"><option value=\"\">");
    html_texts(b, msg_get(MSG_ADM_REASON_CHOOSE));
    html_lit(b, "</option>");
    for (size_t k = 0; k < mod_default_reason_count; k++) {
        html_lit(b, "<option value=\"");
        html_attrs(b, mod_default_reasons[k]);
        html_lit(b, "\">");
        if (numbered) {
            html_int(b, (int64_t)k + 1);
            html_lit(b, ". ");
        }
        html_texts(b, msg_reason(mod_default_reasons[k]));
        html_lit(b, "</option>");
    }
    html_lit(b, "</select>");
}

void page_admin_reason_fields(struct buf *b, const char *id_prefix, int64_t id,
                              bool numbered)
{
    char ref[96];
    snprintf(ref, sizeof(ref), "%s%lld", id_prefix, (long long)id);
    reason_select(b, ref, numbered);
    html_lit(b, " <button type=\"submit\" class=\"destructive\">");
    html_texts(b, msg_get(MSG_ADM_REMOVE));
    html_lit(b, "</button>");
}

void page_admin_author(struct buf *b, const struct comment *c)
{
    html_lit(b, "<span class=\"author\">");
    if (c->author_name[0]) {
        html_lit(b, "<span class=\"name\">");
        html_texts(b, c->author_name);
        html_lit(b, "</span> ");
    }
    if (c->author_kind == AUTHOR_STAFF) {
        html_lit(b, "<span class=\"badge\">");
        html_texts(b, msg_get(MSG_STAFF));
        html_lit(b, "</span>");
    } else if (c->handle && c->handle[0]) {
        if (!c->author_name[0]) { /* as the public page shows it */
            html_texts(b, msg_get(MSG_ANON));
            html_lit(b, " ");
        }
        html_lit(b, "<span class=\"handle\">");
        html_texts(b, c->handle);
        html_lit(b, "</span>");
    } else if (!c->author_name[0]) {
        html_texts(b, msg_get(MSG_ANON_IMPORTED));
    }
    html_lit(b, "</span>");
}

static int comment_text(struct buf *b, const struct comment *c, struct arena *a)
{
    if (comment_status_is_tombstone(c->status)) {
        html_lit(b, "<p class=\"tombstone\">");
        html_texts(b, msg_get(c->status == COMMENT_REMOVED     ? MSG_REMOVED
                              : c->status == COMMENT_DELETED   ? MSG_DELETED
                              : c->status == COMMENT_WITHDRAWN ? MSG_WITHDRAWN
                                                               : MSG_PURGED));
        html_lit(b, "</p>");
        return 0;
    }
    struct markdown_opts mo = {
        .kind = MARKDOWN_COMMENT, .refs = NULL, .link_prefix = ""};
    html_lit(b, "<div class=\"text\">");
    int ret = markdown_render(b, c->body, strlen(c->body), &mo, a, NULL, NULL);
    html_lit(b, "</div>");
    return ret;
}

struct span {
    size_t off, len;
};

static int span_cmp(const void *x, const void *y)
{
    const struct span *s = x, *t = y;
    return s->off < t->off ? -1 : s->off > t->off ? 1 : 0;
}

/* utf8_start: true if byte c begins a character (is not a continuation). */
static bool utf8_start(unsigned char c)
{
    return (c & 0xC0) != 0x80;
}

/* The raw text of a comment as the moderator reads it beside its marks:
 * escaped, with its line breaks shown, a Markdown hard break (a
 * backslash before the newline) as the break it stands for, not as a
 * stray "\". */
static void screen_text(struct buf *b, const char *p, size_t n)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '\n' && !(p[i] == '\\' && i + 1 < n && p[i + 1] == '\n'))
            continue;
        html_text(b, p + from, i - from);
        html_lit(b, "<br>");
        if (p[i] == '\\')
            i++;
        from = i + 1;
    }
    html_text(b, p + from, n - from);
}

/* valid_spans gathers into sp (SCREEN_MAX_SPANS) the byte spans of the
 * JSON array spans that name text's bytes, widened to whole characters
 * and in order; a span that is malformed, falls outside text or whose
 * "text" is not text's bytes at its offset is left out, since it would
 * mark the wrong words (the text changed after screening). */
static size_t valid_spans(const char *text, json_t *spans, struct span *sp)
{
    size_t blen = strlen(text);
    size_t nsp = 0;
    size_t i;
    json_t *v;
    json_array_foreach(spans, i, v)
    {
        json_t *off = json_object_get(v, "offset");
        json_t *len = json_object_get(v, "len");
        json_t *named = json_object_get(v, "text");
        if (nsp == SCREEN_MAX_SPANS || !json_is_integer(off) ||
            !json_is_integer(len) || !json_is_string(named))
            continue;
        json_int_t o = json_integer_value(off), l = json_integer_value(len);
        if (o < 0 || l <= 0 || (size_t)o >= blen || (size_t)l > blen - o)
            continue;
        if (json_string_length(named) != (size_t)l ||
            memcmp(json_string_value(named), text + o, (size_t)l) != 0)
            continue;
        size_t s = (size_t)o, e = (size_t)o + (size_t)l;
        /* widen to whole characters so a mark never splits one */
        while (s > 0 && !utf8_start((unsigned char)text[s]))
            s--;
        while (e < blen && !utf8_start((unsigned char)text[e]))
            e++;
        sp[nsp].off = s;
        sp[nsp].len = e - s;
        nsp++;
    }
    qsort(sp, nsp, sizeof(sp[0]), span_cmp);
    return nsp;
}

/* marked_text writes text with the valid byte spans of the JSON array
 * spans (see valid_spans) in <mark> elements, every piece escaped. */
static void marked_text(struct buf *b, const char *text, json_t *spans)
{
    struct span sp[SCREEN_MAX_SPANS];
    size_t nsp = valid_spans(text, spans, sp);
    size_t pos = 0;
    for (size_t k = 0; k < nsp; k++) {
        if (sp[k].off < pos) /* overlaps the previous mark */
            continue;
        screen_text(b, text + pos, sp[k].off - pos);
        html_lit(b, "<mark>");
        screen_text(b, text + sp[k].off, sp[k].len);
        html_lit(b, "</mark>");
        pos = sp[k].off + sp[k].len;
    }
    screen_text(b, text + pos, strlen(text) - pos);
}

/* marked_words writes, after a label, only the marked pieces of text
 * (the valid spans of the JSON array spans), each in a <mark>: for a page
 * that shows the text itself apart. Writes nothing if no span is valid. */
static void marked_words(struct buf *b, const char *text, json_t *spans)
{
    struct span sp[SCREEN_MAX_SPANS];
    size_t nsp = valid_spans(text, spans, sp);
    if (nsp == 0)
        return;
    html_lit(b, "<p class=\"screen-words\">");
    html_texts(b, msg_get(MSG_ADM_MARKED_WORDS));
    size_t pos = 0;
    for (size_t k = 0; k < nsp; k++) {
        if (sp[k].off < pos) /* overlaps the previous mark */
            continue;
        html_lit(b, " <mark>");
        html_text(b, text + sp[k].off, sp[k].len);
        html_lit(b, "</mark>");
        pos = sp[k].off + sp[k].len;
    }
    html_lit(b, "</p>");
}

/* verdict_ok: v is a verdict object as screening writes it (score a
 * number, category a string, spans an array, each when present). */
static bool verdict_ok(json_t *v)
{
    json_t *score = json_object_get(v, "score");
    json_t *category = json_object_get(v, "category");
    json_t *spans = json_object_get(v, "spans");
    return json_is_object(v) && (!score || json_is_number(score)) &&
           (!category || json_is_string(category) || json_is_null(category)) &&
           (!spans || json_is_array(spans));
}

/* verdict_head writes a verdict's category and score, after its label. */
static void verdict_head(struct buf *b, json_t *v)
{
    json_t *score = json_object_get(v, "score");
    json_t *category = json_object_get(v, "category");
    if (json_is_string(category)) {
        html_lit(b, ": <strong>");
        html_texts(b, msg_category(json_string_value(category)));
        html_lit(b, "</strong>");
    }
    if (score) {
        char tmp[32];
        snprintf(tmp, sizeof(tmp), " (%.2f)", json_number_value(score));
        html_texts(b, tmp);
    }
}

/* spans_marked: the array holds at least one span. */
static bool spans_marked(json_t *spans)
{
    return json_is_array(spans) && json_array_size(spans) > 0;
}

void page_admin_screen_marks(struct buf *b, const char *body, const char *name,
                             const char *screen, enum screen_marks_text how)
{
    if (!screen || !screen[0])
        return;
    json_error_t jerr;
    json_t *root = json_loads(screen, JSON_REJECT_DUPLICATES, &jerr);
    json_t *by_name = root ? json_object_get(root, "name") : NULL;
    if (!root || !verdict_ok(root) || (by_name && !verdict_ok(by_name))) {
        json_decref(root);
        return;
    }
    html_lit(b, "<div class=\"screen\"><p class=\"screen-score\">");
    html_texts(b, msg_get(MSG_ADM_SCREEN));
    verdict_head(b, root);
    html_lit(b, "</p>");
    if (json_is_true(json_object_get(root, "spans_cleared"))) {
        html_lit(b, "<p class=\"screen-cleared\">");
        html_texts(b, msg_get(MSG_ADM_MARKS_CLEARED));
        html_lit(b, "</p>");
    }
    json_t *spans = json_object_get(root, "spans");
    if (spans_marked(spans) && how == SCREEN_MARKS_WHOLE_TEXT) {
        html_lit(b, "<p class=\"screen-text\">");
        marked_text(b, body, spans);
        html_lit(b, "</p>");
    } else if (spans_marked(spans)) {
        marked_words(b, body, spans);
    }
    /* what the display name was held for, marked in the name */
    if (by_name) {
        html_lit(b, "<p class=\"screen-name\">");
        html_texts(b, msg_get(MSG_ADM_SCREEN_NAME));
        verdict_head(b, by_name);
        html_lit(b, ": ");
        marked_text(b, name ? name : "", json_object_get(by_name, "spans"));
        html_lit(b, "</p>");
    }
    html_lit(b, "</div>");
    json_decref(root);
}

/* filter_fields writes the queue's filters as hidden fields. */
static void filter_fields(struct buf *b, const struct admin_queue_filter *f)
{
    if (f->article_id) {
        html_lit(b, "<input type=\"hidden\" name=\"article\" value=\"");
        html_int(b, f->article_id);
        html_lit(b, "\">");
    }
    if (f->why && f->why[0]) {
        html_lit(b, "<input type=\"hidden\" name=\"why\" value=\"");
        html_attrs(b, f->why);
        html_lit(b, "\">");
    }
    if (f->newest)
        html_lit(b, "<input type=\"hidden\" name=\"order\" value=\"newest\">");
    if (f->page > 1) {
        html_lit(b, "<input type=\"hidden\" name=\"page\" value=\"");
        html_int(b, f->page);
        html_lit(b, "\">");
    }
}

static void action_open(struct buf *b, const struct admin_ctx *ctx,
                        const struct admin_queue_filter *f, int64_t id,
                        const char *cls, const char *action)
{
    html_lit(b, "<form method=\"post\" class=\"");
    html_attrs(b, cls);
    html_lit(b, "\" action=\"/admin/queue/");
    html_int(b, id);
    html_lit(b, "/");
    html_attrs(b, action);
    html_lit(b, "\">");
    admin_csrf_field(b, ctx);
    filter_fields(b, f);
}

void page_admin_redact_fields(struct buf *b, const struct comment *c,
                              const char *value)
{
    html_lit(b, "<label for=\"redact-");
    html_int(b, c->id);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_ADM_REDACT));
    html_lit(b, "</label> <input name=\"span\" required maxlength=\"5000\" "
                "autocomplete=\"off\" id=\"redact-");
    html_int(b, c->id);
    html_lit(b, "\"");
    if (value && value[0]) {
        html_lit(b, " value=\"");
        html_attrs(b, value);
        html_lit(b, "\"");
    }
    html_lit(b, "> <button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_REDACT_SUBMIT));
    html_lit(b, "</button>");
}

static void item_actions(struct buf *b, const struct admin_ctx *ctx,
                         const struct admin_queue_filter *f,
                         const struct queue_item *q)
{
    const struct comment *c = q->c;
    int64_t id = c->id;
    html_lit(b, "<div class=\"actions\">");
    action_open(b, ctx, f, id, "act-approve", "approve");
    html_lit(b, "<button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_APPROVE));
    html_lit(b, "</button></form>\n");

    action_open(b, ctx, f, id, "act-remove", "remove");
    /* numbered: admin.js picks a reason by its number (see its keys) */
    page_admin_reason_fields(b, "reason-", id, true);
    html_lit(b, "</form>\n");

    action_open(b, ctx, f, id, "act-redact", "redact");
    /* a refused redaction comes back with the passage as typed, to be
       corrected rather than typed again */
    page_admin_redact_fields(b, c,
                             c->id == ctx->error_id ? ctx->error_span : NULL);
    html_lit(b, "</form>\n");

    action_open(b, ctx, f, id, "act-purge", "purge");
    html_lit(b, "<label class=\"confirm\"><input type=\"checkbox\" "
                "name=\"confirm\" value=\"yes\" required data-ask=\"");
    html_attrs(b, msg_get(MSG_ADM_PURGE_ASK));
    html_lit(b, "\"> ");
    html_texts(b, msg_get(MSG_ADM_PURGE_CONFIRM));
    html_lit(b, "</label> <button type=\"submit\" class=\"destructive\">");
    html_texts(b, msg_get(MSG_ADM_PURGE));
    html_lit(b, "</button></form>\n");

    if (c->author_kind == AUTHOR_READER && c->author_hash[0]) {
        action_open(b, ctx, f, id, "act-ban", "ban");
        page_admin_ban_fields(b, "ban-", id, true, q->ban != NULL);
        html_lit(b, "</form>\n");
    }
    html_lit(b, "</div>");
}

static void why_tags(struct buf *b, const struct queue_item *q)
{
    const char *why[3];
    size_t n = queue_why(q->c, why);
    html_lit(b, "<p class=\"why\">");
    for (size_t k = 0; k < n; k++) {
        enum msg_id m = MSG_ADM_WHY_HELD;
        if (strcmp(why[k], "pending") == 0)
            m = MSG_ADM_WHY_PENDING;
        else if (strcmp(why[k], "screening") == 0)
            m = MSG_ADM_WHY_SCREENING;
        else if (strcmp(why[k], "reported") == 0)
            m = MSG_ADM_WHY_REPORTED;
        html_lit(b, "<span class=\"tag why-");
        html_attrs(b, why[k]);
        html_lit(b, "\">");
        html_texts(b, msg_get(m));
        html_lit(b, "</span> ");
    }
    if (q->c->report_count > 0) {
        char tmp[64];
        if (q->c->report_count == 1)
            snprintf(tmp, sizeof(tmp), "%s", msg_get(MSG_ADM_REPORTS_ONE));
        else
            snprintf(tmp, sizeof(tmp), msg_get(MSG_ADM_REPORTS_MANY),
                     (int)q->c->report_count);
        html_lit(b, "<span class=\"reports\">");
        html_texts(b, tmp);
        html_lit(b, "</span>");
    }
    html_lit(b, "</p>");
    if (q->nreports) {
        html_lit(b, "<ul class=\"report-reasons\">");
        for (size_t k = 0; k < q->nreports; k++) {
            if (!q->reports[k].reason[0])
                continue;
            html_lit(b, "<li>");
            /* isolated: an override in it must not reverse the label; a
               suggestion the reader picked, in the moderator's language */
            page_isolated_text(b, msg_report_reason(q->reports[k].reason));
            /* a report without a reader cookie of its own, from a network
               already counted, or dismissed by an approval (mod_report) */
            if (!q->reports[k].counted) {
                html_lit(b, " <span class=\"uncounted\">");
                html_texts(b, msg_get(MSG_ADM_REPORT_UNCOUNTED));
                html_lit(b, "</span>");
            }
            html_lit(b, "</li>");
        }
        html_lit(b, "</ul>");
    }
}

/*
 * bulk_pick writes an item's box for the bulk form. The items hold forms
 * of their own, and forms do not nest, so the box joins the bulk form by
 * its form attribute instead of standing inside it.
 */
static void bulk_pick(struct buf *b, const struct comment *c)
{
    char tmp[160];
    snprintf(tmp, sizeof(tmp), msg_get(MSG_ADM_BULK_PICK), c->number);
    html_lit(b, "<label class=\"pick\"><input type=\"checkbox\" "
                "class=\"bulk-pick\" name=\"id\" form=\"bulk\" value=\"");
    html_int(b, c->id);
    html_lit(b, "\"><span class=\"vh\">");
    html_texts(b, tmp);
    html_lit(b, "</span></label> ");
}

/*
 * bulk_form writes the form the items' boxes belong to: approve or remove
 * (with a reason, as one removal needs) every comment ticked. "Select all
 * on this page" is a box of its own: web/admin.js ticks the items' boxes
 * with it, and without JavaScript the server takes it to mean every id in
 * "shown", the page's items.
 */
static void bulk_form(struct buf *b, const struct admin_ctx *ctx,
                      const struct admin_queue_filter *f,
                      const struct queue_item *items, size_t n)
{
    html_lit(b, "<form method=\"post\" action=\"/admin/queue/bulk\" "
                "id=\"bulk\" class=\"bulk\"><fieldset><legend>");
    html_texts(b, msg_get(MSG_ADM_BULK_LEGEND));
    html_lit(b, "</legend>");
    admin_csrf_field(b, ctx);
    filter_fields(b, f);
    html_lit(b, "<input type=\"hidden\" name=\"shown\" value=\"");
    for (size_t i = 0; i < n; i++) {
        if (i)
            html_lit(b, ",");
        html_int(b, items[i].c->id);
    }
    html_lit(b, "\"><p class=\"hint\">");
    html_texts(b, msg_get(MSG_ADM_BULK_HINT));
    html_lit(b, "</p>\n<p class=\"bulk-row\"><label class=\"bulk-all\">"
                "<input type=\"checkbox\" name=\"all\" value=\"yes\" "
                "id=\"bulk-all\"> ");
    html_texts(b, msg_get(MSG_ADM_BULK_ALL));
    html_lit(b, "</label> <button type=\"submit\" name=\"action\" "
                "value=\"approve\" formnovalidate>");
    html_texts(b, msg_get(MSG_ADM_BULK_APPROVE));
    html_lit(b, "</button></p>\n<p class=\"bulk-row\">");
    reason_select(b, "bulk-reason", false);
    html_lit(b, " <button type=\"submit\" name=\"action\" value=\"remove\" "
                "class=\"destructive\">");
    html_texts(b, msg_get(MSG_ADM_BULK_REMOVE));
    html_lit(b, "</button></p></fieldset></form>\n");
}

static int queue_item(struct buf *b, const struct admin_ctx *ctx,
                      const struct queue_item *q,
                      const struct admin_queue_filter *f, struct arena *a)
{
    const struct comment *c = q->c;
    html_lit(b, "<article class=\"queue-item\" tabindex=\"-1\" id=\"q");
    html_int(b, c->id);
    html_lit(b, "\" data-id=\"");
    html_int(b, c->id);
    html_lit(b, "\">\n<header>");
    bulk_pick(b, c);
    /* a draft's page answers nobody (404), staff included: its comment
       and title are not links then, and the item says why */
    bool live = q->art->is_published;
    if (live) {
        html_lit(b, "<a class=\"num\" href=\"");
        article_href(b, q->art, c->number);
        html_lit(b, "\">#");
    } else {
        html_lit(b, "<span class=\"num\">#");
    }
    html_texts(b, c->number);
    if (live)
        html_lit(b, "</a> ");
    else
        html_lit(b, "</span> ");
    html_texts(b, msg_get(MSG_ADM_IN));
    if (live) {
        html_lit(b, " <a class=\"article\" href=\"");
        article_href(b, q->art, NULL);
        html_lit(b, "\">");
        page_isolated_text(b, q->art->title);
        html_lit(b, "</a>" PAGE_SEP);
    } else {
        html_lit(b, " <span class=\"article\">");
        page_isolated_text(b, q->art->title);
        html_lit(b, "</span> (");
        html_texts(b, msg_get(MSG_ADM_ART_DRAFT));
        html_lit(b, ")" PAGE_SEP);
    }
    page_admin_author(b, c);
    html_lit(b, PAGE_SEP);
    admin_local_time(b, ctx->site, c->created);
    html_lit(b, "</header>\n");
    why_tags(b, q);
    if (q->parent) {
        html_lit(b, "<blockquote class=\"parent\"><p class=\"meta\">");
        html_texts(b, msg_get(MSG_ADM_PARENT));
        if (live) {
            html_lit(b, " <a href=\"");
            article_href(b, q->art, q->parent->number);
            html_lit(b, "\">#");
        } else {
            html_lit(b, " #");
        }
        html_texts(b, q->parent->number);
        if (live)
            html_lit(b, "</a> ");
        else
            html_lit(b, " ");
        page_admin_author(b, q->parent);
        html_lit(b, "</p>");
        int ret = comment_text(b, q->parent, a);
        if (ret)
            return ret;
        html_lit(b, "</blockquote>\n");
    }
    int ret = comment_text(b, c, a);
    if (ret)
        return ret;
    page_admin_screen_marks(b, c->body, c->author_name, c->screen,
                            SCREEN_MARKS_WHOLE_TEXT);
    if (c->author_hash[0]) {
        char tmp[160];
        snprintf(tmp, sizeof(tmp), msg_get(MSG_ADM_RECORD),
                 (int)q->author_visible, (int)q->author_removed);
        html_lit(b, "<p class=\"record\">");
        html_texts(b, tmp);
        html_lit(b, "</p>");
    }
    if (q->ban) {
        html_lit(b, "<p class=\"record banned\">");
        page_admin_ban_in_force(b, ctx->site, q->ban);
        html_lit(b, "</p>");
    }
    html_lit(b, "\n");
    item_actions(b, ctx, f, q);
    html_lit(b, "\n</article>\n");
    return 0;
}

static void option(struct buf *b, const char *value, const char *current,
                   enum msg_id text)
{
    html_lit(b, "<option value=\"");
    html_attrs(b, value);
    html_lit(b, "\"");
    if (current && strcmp(value, current) == 0)
        html_lit(b, " selected");
    html_lit(b, ">");
    html_texts(b, msg_get(text));
    html_lit(b, "</option>");
}

static void queue_filters(struct buf *b, const struct admin_queue_filter *f,
                          const struct article *arts, size_t narts)
{
    html_lit(b, "<form method=\"get\" action=\"/admin/queue\" "
                "class=\"filters\"><label>");
    html_texts(b, msg_get(MSG_ADM_FILTER_ARTICLE));
    html_lit(b, " <select name=\"article\"><option value=\"\">");
    html_texts(b, msg_get(MSG_ADM_FILTER_ALL_ARTICLES));
    html_lit(b, "</option>");
    for (size_t i = 0; i < narts; i++) {
        html_lit(b, "<option value=\"");
        html_int(b, arts[i].id);
        html_lit(b, "\"");
        if (arts[i].id == f->article_id)
            html_lit(b, " selected");
        html_lit(b, ">");
        page_isolated_plain(b, arts[i].title);
        html_lit(b, "</option>");
    }
    html_lit(b, "</select></label> <label>");
    html_texts(b, msg_get(MSG_ADM_FILTER_WHY));
    html_lit(b, " <select name=\"why\">");
    option(b, "", f->why, MSG_ADM_FILTER_ANY);
    option(b, "pending", f->why, MSG_ADM_WHY_PENDING);
    option(b, "held", f->why, MSG_ADM_WHY_HELD);
    option(b, "screening", f->why, MSG_ADM_WHY_SCREENING);
    option(b, "reported", f->why, MSG_ADM_WHY_REPORTED);
    html_lit(b, "</select></label> <label>");
    html_texts(b, msg_get(MSG_ADM_ORDER));
    html_lit(b, " <select name=\"order\">");
    const char *order = f->newest ? "newest" : "oldest";
    option(b, "oldest", order, MSG_ADM_ORDER_OLDEST);
    option(b, "newest", order, MSG_ADM_ORDER_NEWEST);
    html_lit(b, "</select></label> <button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_FILTER_APPLY));
    html_lit(b, "</button></form>\n");
}

static void key_row(struct buf *b, const char *key, enum msg_id text)
{
    html_lit(b, "<dt><kbd>");
    html_texts(b, key);
    html_lit(b, "</kbd></dt><dd>");
    html_texts(b, msg_get(text));
    html_lit(b, "</dd>");
}

/* page_href writes the queue's address with f's filters and page. */
static void page_href(struct buf *b, const struct admin_queue_filter *f,
                      int64_t page)
{
    html_lit(b, "/admin/queue?page=");
    html_int(b, page);
    if (f->article_id) {
        html_lit(b, "&amp;article=");
        html_int(b, f->article_id);
    }
    if (f->why && f->why[0]) {
        html_lit(b, "&amp;why=");
        html_attrs(b, f->why); /* one of the fixed filter names */
    }
    if (f->newest)
        html_lit(b, "&amp;order=newest");
}

/* queue_pager writes "Page N of M" with links to the pages either side. */
static void queue_pager(struct buf *b, const struct admin_queue_filter *f,
                        int64_t total)
{
    int64_t pages = (total + ADMIN_QUEUE_PAGE_SIZE - 1) / ADMIN_QUEUE_PAGE_SIZE;
    if (pages <= 1)
        return;
    html_lit(b, "<nav class=\"pager\" aria-label=\"");
    html_attrs(b, msg_get(MSG_ADM_QUEUE_PAGER));
    html_lit(b, "\">");
    if (f->page > 1) {
        html_lit(b, "<a rel=\"prev\" href=\"");
        page_href(b, f, f->page - 1);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_ADM_QUEUE_PREV));
        html_lit(b, "</a> ");
    }
    char tmp[96];
    snprintf(tmp, sizeof(tmp), msg_get(MSG_ADM_QUEUE_PAGE), (int)f->page,
             (int)pages);
    html_lit(b, "<span class=\"page-of\">");
    html_texts(b, tmp);
    html_lit(b, "</span>");
    if (f->page < pages) {
        html_lit(b, " <a rel=\"next\" href=\"");
        page_href(b, f, f->page + 1);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_ADM_QUEUE_NEXT));
        html_lit(b, "</a>");
    }
    html_lit(b, "</nav>\n");
}

int page_admin_queue(struct buf *b, const struct admin_ctx *ctx,
                     const struct queue_item *items, size_t n, int64_t total,
                     const struct admin_queue_filter *f,
                     const struct article *arts, size_t narts,
                     const struct article *raids, size_t nraids,
                     const char *feed_path, struct arena *a)
{
    page_admin_begin(b, ctx, ADMIN_NAV_QUEUE, msg_get(MSG_ADM_QUEUE_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_QUEUE_TITLE));
    html_lit(b, "</h1>\n");
    for (size_t i = 0; i < nraids; i++) {
        html_lit(b, "<section class=\"raid\"><p><strong>");
        html_texts(b, msg_get(MSG_ADM_RAID));
        html_lit(b, "</strong> <a href=\"");
        article_href(b, &raids[i], NULL);
        html_lit(b, "\">");
        page_isolated_text(b, raids[i].title);
        html_lit(b, "</a></p><form method=\"post\" action=\"/admin/raids/");
        html_int(b, raids[i].id);
        html_lit(b, "/end\">");
        admin_csrf_field(b, ctx);
        html_lit(b, "<button type=\"submit\">");
        html_texts(b, msg_get(MSG_ADM_RAID_END));
        html_lit(b, "</button></form></section>\n");
    }
    queue_filters(b, f, arts, narts);
    html_lit(b, "<details class=\"keys\" id=\"keys\"><summary>");
    html_texts(b, msg_get(MSG_ADM_KEYS));
    html_lit(b, "</summary><dl>");
    key_row(b, "j", MSG_ADM_KEY_J);
    key_row(b, "k", MSG_ADM_KEY_K);
    key_row(b, "a", MSG_ADM_KEY_A);
    key_row(b, "r", MSG_ADM_KEY_R);
    key_row(b, "p", MSG_ADM_KEY_P);
    key_row(b, "b", MSG_ADM_KEY_B);
    key_row(b, "x", MSG_ADM_KEY_X);
    key_row(b, "?", MSG_ADM_KEY_HELP);
    html_lit(b, "</dl></details>\n<p class=\"keys-note\" id=\"keys-no-ban\" "
                "role=\"status\" hidden>");
    html_texts(b, msg_get(MSG_ADM_KEY_NO_BAN));
    html_lit(b, "</p>\n<p class=\"queue-count\">");
    if (total == 0) {
        html_texts(b, msg_get(MSG_ADM_QUEUE_EMPTY));
    } else if (total == 1) {
        html_texts(b, msg_get(MSG_ADM_QUEUE_ONE));
    } else {
        char tmp[96];
        snprintf(tmp, sizeof(tmp), msg_get(MSG_ADM_QUEUE_MANY), (int)total);
        html_texts(b, tmp);
    }
    html_lit(b, "</p>\n");
    if (n)
        bulk_form(b, ctx, f, items, n);
    html_lit(b, "<div class=\"queue\">\n");
    for (size_t i = 0; i < n; i++) {
        int ret = queue_item(b, ctx, &items[i], f, a);
        if (ret)
            return ret;
    }
    html_lit(b, "</div>\n");
    queue_pager(b, f, total);
    if (feed_path) {
        /* the feed's path carries its secret: only staff see this page */
        html_lit(b, "<p class=\"queue-feed\"><a type=\"application/atom+xml\" "
                    "href=\"");
        html_path_attr(b, feed_path);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_ADM_QUEUE_FEED));
        html_lit(b, "</a></p>\n");
    }
    page_admin_end(b);
    return buf_failed(b);
}

/* --- the audit log --------------------------------------------------- */

/* removal_stands: is e[i] a removal that no newer row shown (e is newest
 * first) changed back? Then the log offers to restore the comment. */
static bool removal_stands(const struct audit_entry *e, size_t i)
{
    if (!e[i].comment_id || e[i].to_status != COMMENT_REMOVED)
        return false;
    for (size_t j = 0; j < i; j++)
        if (e[j].comment_id == e[i].comment_id && e[j].to_status >= 0)
            return false;
    return true;
}

/* log_cell opens a log cell that carries its column's heading, which a
 * phone shows beside the value when the rows stack (admin.css) */
static void log_cell(struct buf *b, enum msg_id heading)
{
    html_lit(b, "<td data-label=\"");
    html_attrs(b, msg_get(heading));
    html_lit(b, "\">");
}

/* log_number_value writes the comment field's value: the number typed,
 * or, filtered by a row's link (an id), that comment's number. */
static void log_number_value(struct buf *b, const struct audit_entry *e,
                             size_t n, const struct admin_log_filter *f)
{
    const char *number = f->number ? f->number : "";
    if (!number[0] && f->comment_id && n > 0)
        number = e[0].number;
    if (!number[0])
        return;
    html_lit(b, " value=\"#");
    html_attrs(b, number);
    html_lit(b, "\"");
}

/* log_action_select offers the actions by their names in the page's
 * language, the stored word as each option's value; an action asked for
 * that this build does not name is offered as asked. */
static void log_action_select(struct buf *b, const char *action)
{
    html_lit(b, " <select name=\"action\"><option value=\"\">");
    html_texts(b, msg_get(MSG_ADM_LOG_ACTION_ANY));
    html_lit(b, "</option>");
    bool known = !action[0];
    for (size_t i = 0; i < audit_words_action_count; i++) {
        const char *a = audit_words_actions[i];
        bool selected = strcmp(a, action) == 0;
        known = known || selected;
        html_lit(b, "<option value=\"");
        html_attrs(b, a);
        if (selected)
            html_lit(b, "\" selected>");
        else
            html_lit(b, "\">");
        html_texts(b, audit_words_action(a));
        html_lit(b, "</option>");
    }
    if (!known) {
        html_lit(b, "<option selected>");
        html_texts(b, action);
        html_lit(b, "</option>");
    }
    html_lit(b, "</select>");
}

void page_admin_log(struct buf *b, const struct admin_ctx *ctx,
                    const struct audit_entry *e, size_t n,
                    const char *const *articles,
                    const struct admin_log_filter *f)
{
    page_admin_begin(b, ctx, ADMIN_NAV_LOG, msg_get(MSG_ADM_LOG_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_LOG_TITLE));
    html_lit(b, "</h1>\n<form method=\"get\" action=\"/admin/log\" "
                "class=\"filters\"><label>");
    html_texts(b, msg_get(MSG_ADM_LOG_COMMENT_ID));
    html_lit(b, " <input name=\"comment\" size=\"8\" maxlength=\"40\" "
                "placeholder=\"#1.3\" aria-describedby=\"log-comment-hint\"");
    log_number_value(b, e, n, f);
    html_lit(b, "></label> <small class=\"hint\" id=\"log-comment-hint\">");
    html_texts(b, msg_get(MSG_ADM_LOG_COMMENT_HINT));
    html_lit(b, "</small>");
    if (f->article_id) {
        html_lit(b, "<input type=\"hidden\" name=\"article\" value=\"");
        html_int(b, f->article_id);
        html_lit(b, "\">");
    }
    html_lit(b, " <label>");
    html_texts(b, msg_get(MSG_ADM_LOG_ACTION));
    log_action_select(b, f->action);
    html_lit(b, "</label> <label>");
    html_texts(b, msg_get(MSG_ADM_LOG_ACTOR));
    html_lit(b, " <input name=\"actor\" size=\"12\" value=\"");
    html_attrs(b, f->actor);
    html_lit(b, "\"></label> <button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_FILTER_APPLY));
    html_lit(b, "</button></form>\n");
    if (n == 0) {
        /* after a refused filter, its error says why there are none */
        if (!ctx->error) {
            html_lit(b, "<p>");
            html_texts(b, msg_get(MSG_ADM_LOG_EMPTY));
            html_lit(b, "</p>\n");
        }
        page_admin_end(b);
        return;
    }
    html_lit(b, "<div class=\"table-wrap\"><table class=\"log\"><thead><tr>"
                "<th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_WHEN));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_ACTOR));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_COMMENT));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_ACTION));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_CHANGE));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_REASON));
    html_lit(b, "</th><th scope=\"col\">");
    html_texts(b, msg_get(MSG_ADM_LOG_NOTE));
    html_lit(b, "</th></tr></thead>\n<tbody>\n");
    struct buf words; /* a row's reason or note as the moderator reads it */
    buf_init(&words, 1 << 16);
    for (size_t i = 0; i < n; i++) {
        html_lit(b, "<tr class=\"log-");
        html_attrs(b, e[i].action);
        html_lit(b, "\">");
        log_cell(b, MSG_ADM_LOG_WHEN);
        admin_local_time(b, ctx->site, e[i].at);
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_ACTOR);
        html_texts(b, audit_words_actor(e[i].actor));
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_COMMENT);
        if (e[i].comment_id) {
            html_lit(b, "<a href=\"/admin/log?id=");
            html_int(b, e[i].comment_id);
            html_lit(b, "\">");
            if (e[i].number[0]) {
                html_lit(b, "#");
                html_texts(b, e[i].number);
            } else {
                html_int(b, e[i].comment_id);
            }
            html_lit(b, "</a>");
            if (articles && articles[i] && articles[i][0]) {
                /* numbers start again in every thread: which thread */
                html_lit(b, "<br><small class=\"log-article\">");
                page_isolated_text(b, articles[i]);
                html_lit(b, "</small>");
            }
        }
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_ACTION);
        html_texts(b, audit_words_action(e[i].action));
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_CHANGE);
        if (e[i].from_status >= 0 && e[i].to_status >= 0) {
            html_texts(b, audit_words_status(e[i].from_status));
            html_lit(b, " → ");
            html_texts(b, audit_words_status(e[i].to_status));
            if (removal_stands(e, i))
                admin_restore_form(b, ctx, e[i].comment_id);
        }
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_REASON);
        buf_reset(&words);
        audit_words_reason(&words, &e[i], ctx->site);
        const char *reason = buf_failed(&words) ? e[i].reason : words.data;
        /* an empty cell stays empty: a phone hides it (admin.css), not
           shows its heading with nothing after it */
        if (reason[0])
            page_isolated_text(b, reason);
        html_lit(b, "</td>");
        log_cell(b, MSG_ADM_LOG_NOTE);
        buf_reset(&words);
        audit_words_note(&words, &e[i]);
        html_texts(b, buf_failed(&words) ? e[i].note : words.data);
        html_lit(b, "</td></tr>\n");
    }
    buf_release(&words);
    html_lit(b, "</tbody></table></div>\n");
    page_admin_end(b);
}
