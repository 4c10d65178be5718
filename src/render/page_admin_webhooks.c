/*
 * page_admin_webhooks.c - the webhook delivery log: what charla told the
 * site's receiver (raids, held and reported comments) and whether it got
 * through, so a moderator can see that the alerts work.
 */
#include <stdio.h>
#include <time.h>

#include "http/webhook.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "render/page_admin.h"

static void th(struct buf *b, enum msg_id id)
{
    html_lit(b, "<th scope=\"col\">");
    html_texts(b, msg_get(id));
    html_lit(b, "</th>");
}

/* cell opens a cell that carries its column's heading, which a phone
 * shows beside the value when the rows stack into cards (admin.css) */
static void cell(struct buf *b, enum msg_id heading)
{
    html_lit(b, "<td data-label=\"");
    html_attrs(b, msg_get(heading));
    html_lit(b, "\">");
}

void page_admin_webhooks(struct buf *b, const struct admin_ctx *ctx,
                         const struct webhook_record *r, size_t n,
                         const char *url)
{
    page_admin_begin(b, ctx, ADMIN_NAV_WEBHOOKS, msg_get(MSG_ADM_HOOKS_TITLE));
    html_lit(b, "<h1>");
    html_texts(b, msg_get(MSG_ADM_HOOKS_TITLE));
    html_lit(b, "</h1>\n<p>");
    if (url && url[0]) {
        html_texts(b, msg_get(MSG_ADM_HOOKS_URL));
        html_lit(b, ": <code>");
        html_texts(b, url);
        html_lit(b, "</code>");
    } else {
        html_texts(b, msg_get(MSG_ADM_HOOKS_NO_URL));
    }
    html_lit(b, "</p>\n");
    if (n == 0) {
        html_lit(b, "<p>");
        html_texts(b, msg_get(MSG_ADM_HOOKS_NONE));
        html_lit(b, "</p>\n");
        page_admin_end(b);
        return;
    }
    html_lit(b, "<table class=\"webhooks\"><thead><tr>");
    th(b, MSG_ADM_HOOKS_TIME);
    th(b, MSG_ADM_HOOKS_EVENT);
    th(b, MSG_ADM_HOOKS_HOST);
    th(b, MSG_ADM_HOOKS_STATUS);
    th(b, MSG_ADM_HOOKS_ATTEMPTS);
    html_lit(b, "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        struct tm tm;
        site_local_time(ctx->site, r[i].at, &tm);
        html_lit(b, "<tr>");
        cell(b, MSG_ADM_HOOKS_TIME);
        html_lit(b, "<time datetime=\"");
        page_iso_time(b, r[i].at);
        html_lit(b, "\">");
        page_date(b, &tm);
        html_lit(b, " ");
        page_time(b, &tm);
        html_lit(b, "</time></td>");
        cell(b, MSG_ADM_HOOKS_EVENT);
        html_texts(b, r[i].event);
        html_lit(b, "</td>");
        cell(b, MSG_ADM_HOOKS_HOST);
        html_texts(b, r[i].host);
        html_lit(b, "</td>");
        cell(b, MSG_ADM_HOOKS_STATUS);
        html_texts(b, msg_get(r[i].delivered ? MSG_ADM_HOOKS_OK
                                             : MSG_ADM_HOOKS_FAILED));
        if (r[i].status > 0) {
            html_lit(b, " (");
            html_int(b, r[i].status);
            html_lit(b, ")");
        }
        html_lit(b, "</td>");
        cell(b, MSG_ADM_HOOKS_ATTEMPTS);
        html_int(b, r[i].attempts);
        html_lit(b, "</td></tr>\n");
    }
    html_lit(b, "</tbody></table>\n");
    page_admin_end(b);
}
