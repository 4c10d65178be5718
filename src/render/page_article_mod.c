/*
 * page_article_mod.c - what a moderator sees on an article page and a
 * reader never does: the controls under each comment, and the mark on a
 * comment held for review or awaiting pre-moderation, shown in its place.
 *
 * The controls are plain forms posting to the queue's own actions
 * (/admin/queue/{id}/{approve,remove,redact,ban}) with the session's CSRF token
 * and "back=thread", which makes the queue answer with a redirect to the
 * comment in its thread (?c=N&done=ACTION) instead of to the queue: one
 * implementation of each action, whichever page a moderator works from.
 *
 * Only pages rendered for one moderator's request call these; the shared
 * page cache never holds their output (see pages_article).
 */
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "render/page_admin.h"

/* action_open starts a form posting to the queue's action for c. */
static void action_open(struct buf *b, const struct comment *c,
                        const char *action, const char *csrf)
{
    html_lit(b, "<form method=\"post\" class=\"mod-");
    html_attrs(b, action);
    html_lit(b, "\" action=\"/admin/queue/");
    html_int(b, c->id);
    html_lit(b, "/");
    html_attrs(b, action);
    html_lit(b, "\"><input type=\"hidden\" name=\"csrf\" value=\"");
    html_attrs(b, csrf);
    html_lit(b, "\"><input type=\"hidden\" name=\"back\" value=\"thread\">");
}

static void approve_form(struct buf *b, const struct comment *c,
                         const char *csrf)
{
    action_open(b, c, "approve", csrf);
    html_lit(b, "<button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_APPROVE));
    html_lit(b, "</button></form>\n");
}

static void remove_form(struct buf *b, const struct comment *c,
                        const char *csrf)
{
    action_open(b, c, "remove", csrf);
    page_admin_reason_fields(b, "mod-reason-", c->id, false);
    html_lit(b, "</form>\n");
}

/* ban_form: the form banning c's reader, after the ban in force on them
 * if any (a new ban replaces it: "for good" would become 7 days). */
static void ban_form(struct buf *b, const struct site *site,
                     const struct comment *c, const struct ban *ban,
                     const char *csrf)
{
    if (ban) {
        html_lit(b, "<p class=\"mod-banned\">");
        page_admin_ban_in_force(b, site, ban);
        html_lit(b, "</p>\n");
    }
    action_open(b, c, "ban", csrf);
    page_admin_ban_fields(b, "mod-ban-", c->id, false, false);
    html_lit(b, "</form>\n");
}

void page_mod_controls(struct buf *b, const struct site *site,
                       const struct comment *c, const struct ban *ban,
                       const char *csrf)
{
    bool waiting = comment_status_awaits_review(c->status);
    /* open on a held comment: deciding it is why the moderator came */
    html_lit(b, "\n<details class=\"mod-tools\"");
    if (waiting)
        html_lit(b, " open");
    html_lit(b, "><summary>");
    html_texts(b, msg_get(MSG_MOD_TOOLS));
    html_lit(b, "</summary>\n");
    if (waiting)
        approve_form(b, c, csrf);
    remove_form(b, c, csrf);
    action_open(b, c, "redact", csrf);
    page_admin_redact_fields(b, c, NULL);
    html_lit(b, "</form>\n");
    if (c->author_kind == AUTHOR_READER && c->author_hash[0])
        ban_form(b, site, c, ban, csrf);
    html_lit(b, "<p><a href=\"/admin/log?id=");
    html_int(b, c->id);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_MOD_IN_LOG));
    html_lit(b, "</a></p></details>");
}

void page_mod_held_mark(struct buf *b, const struct comment *c)
{
    html_lit(b, "<p class=\"held-mark\"><strong>");
    html_texts(b, msg_get(c->status == COMMENT_PENDING ? MSG_MOD_PENDING_MARK
                                                       : MSG_MOD_HELD_MARK));
    html_lit(b, "</strong></p>");
    /* the category, score and marked words, as the queue shows them */
    page_admin_screen_marks(b, c->body, c->author_name, c->screen,
                            SCREEN_MARKS_WORDS_ONLY);
}

void page_mod_notice(struct buf *b, const char *notice)
{
    html_lit(b, "<p class=\"notice\" role=\"status\">");
    html_texts(b, notice);
    html_lit(b, "</p>\n");
}
