/*
 * page_admin_bans.c - the ways back from a moderator's mistake: the bans
 * in force, each with a form to lift it, and the log's form that restores
 * a removed comment. A reader is shown as the queue shows them (the name
 * they typed and their handle in the article), never by token or IP.
 */
#include "render/html.h"
#include "render/msg.h"
#include "render/page_admin.h"

void admin_restore_form(struct buf *b, const struct admin_ctx *ctx,
                        int64_t comment_id)
{
    html_lit(b, " <form method=\"post\" class=\"inline restore\" "
                "action=\"/admin/comments/");
    html_int(b, comment_id);
    html_lit(b, "/restore\">");
    admin_csrf_field(b, ctx);
    html_lit(b, "<button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_RESTORE));
    html_lit(b, "</button></form>");
}

/* The comment the ban was for: its number, linking to its log. */
static void comment_link(struct buf *b, const struct ban_item *it)
{
    html_lit(b, "<a href=\"/admin/log?id=");
    html_int(b, it->ban->comment_id);
    html_lit(b, "\">");
    if (it->c && it->c->number[0]) {
        html_lit(b, "#");
        html_texts(b, it->c->number);
    } else {
        html_int(b, it->ban->comment_id);
    }
    html_lit(b, "</a>");
}

static void lift_form(struct buf *b, const struct admin_ctx *ctx,
                      const struct ban *ban)
{
    html_lit(b, "<form method=\"post\" class=\"inline lift\" "
                "action=\"/admin/bans/");
    html_int(b, ban->id);
    html_lit(b, "/lift\">");
    admin_csrf_field(b, ctx);
    html_lit(b, "<button type=\"submit\">");
    html_texts(b, msg_get(MSG_ADM_BANS_LIFT));
    html_lit(b, "</button></form>");
}

static void head_cell(struct buf *b, enum msg_id text)
{
    html_lit(b, "<th scope=\"col\">");
    html_texts(b, msg_get(text));
    html_lit(b, "</th>");
}

/* body_cell opens a cell that carries its column's heading, which a phone
 * shows beside the value when the rows stack (admin.css) */
static void body_cell(struct buf *b, enum msg_id heading)
{
    html_lit(b, "<td data-label=\"");
    html_attrs(b, msg_get(heading));
    html_lit(b, "\">");
}

void page_admin_bans(struct buf *b, const struct admin_ctx *ctx,
                     const struct ban_item *items, size_t n)
{
    page_admin_begin(b, ctx, ADMIN_NAV_BANS, msg_get(MSG_ADM_BANS_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_BANS_TITLE));
    html_lit(b, "</h1>\n<p class=\"hint\">");
    html_texts(b, msg_get(MSG_ADM_BANS_HINT));
    html_lit(b, "</p>\n");
    if (n == 0) {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_ADM_BANS_EMPTY));
        html_lit(b, "</p>\n");
        page_admin_end(b);
        return;
    }
    if (n >= STORE_BANS_MAX) {
        /* bans_load reads that many at most: the rest exist all the same */
        html_lit(b, "<p class=\"hint newest-only\">");
        html_texts(b, msg_get(MSG_ADM_BANS_NEWEST_ONLY));
        html_lit(b, "</p>\n");
    }
    html_lit(b, "<div class=\"table-wrap\"><table class=\"bans\"><thead><tr>");
    head_cell(b, MSG_ADM_BANS_READER);
    head_cell(b, MSG_ADM_BANS_FOR);
    head_cell(b, MSG_ADM_BANS_BY);
    head_cell(b, MSG_ADM_BANS_SINCE);
    head_cell(b, MSG_ADM_BANS_UNTIL);
    html_lit(b, "<td></td></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        const struct ban *ban = items[i].ban;
        html_lit(b, "<tr id=\"ban-");
        html_int(b, ban->id);
        html_lit(b, "\">");
        body_cell(b, MSG_ADM_BANS_READER);
        if (items[i].c)
            page_admin_author(b, items[i].c);
        else
            html_texts(b, msg_get(MSG_ADM_BANS_GONE));
        html_lit(b, "</td>");
        body_cell(b, MSG_ADM_BANS_FOR);
        comment_link(b, &items[i]);
        html_lit(b, "</td>");
        body_cell(b, MSG_ADM_BANS_BY);
        html_texts(b, ban->actor);
        html_lit(b, "</td>");
        body_cell(b, MSG_ADM_BANS_SINCE);
        admin_local_time(b, ctx->site, ban->created);
        html_lit(b, "</td>");
        body_cell(b, MSG_ADM_BANS_UNTIL);
        if (ban->until)
            admin_local_time(b, ctx->site, ban->until);
        else
            html_texts(b, msg_get(MSG_ADM_BANS_FOREVER));
        html_lit(b, "</td><td class=\"act\">");
        lift_form(b, ctx, ban);
        html_lit(b, "</td></tr>\n");
    }
    html_lit(b, "</tbody></table></div>\n");
    page_admin_end(b);
}
