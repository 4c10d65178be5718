/*
 * page_delete.c - the page where readers delete their own comment within
 * the author's window, so deleting works without JavaScript. A reader who
 * gave away more than they meant to (a street, a relative's name) can
 * take it back.
 */
#include <string.h>

#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"

void page_author_delete(struct buf *b, const struct site *site,
                        const struct comment *c, const struct article *art,
                        const char *refusal, bool done)
{
    page_begin(b, site, msg_get(MSG_DELETE_HEADING));
    html_lit(b, "<section class=\"report-page\"><h1>");
    html_texts(b, msg_get(MSG_DELETE_HEADING));
    html_lit(b, " #");
    html_texts(b, c->number);
    html_lit(b, "</h1>\n");
    if (done) {
        html_lit(b, "<p class=\"notice\" role=\"status\">");
        html_texts(b, msg_get(MSG_DELETE_DONE));
        html_lit(b, "</p>\n");
    } else {
        html_lit(b, "<blockquote class=\"quoted\">");
        html_texts(b, page_thread_preview_plain(c->body));
        html_lit(b, "</blockquote>\n");
        if (refusal) {
            html_lit(b, "<p class=\"form-error\" role=\"alert\">");
            html_texts(b, refusal);
            html_lit(b, "</p>\n");
        } else {
            html_lit(b, "<form class=\"comment-form\" method=\"post\" "
                        "action=\"/comments/");
            html_int(b, c->id);
            html_lit(b, "/delete\">\n<p>");
            html_texts(b, msg_get(MSG_DELETE_HINT));
            html_lit(b, "</p>\n<p class=\"actions\"><button type=\"submit\">");
            html_texts(b, msg_get(MSG_DELETE_SUBMIT));
            html_lit(b, "</button></p>\n</form>\n");
        }
    }
    html_lit(b, "<p><a href=\"");
    html_path_attr(b, art->path);
    html_lit(b, "?c=");
    html_attrs(b, c->number);
    html_lit(b, "#c");
    html_attrs(b, c->number);
    html_lit(b, "\">");
    html_texts(b, art->title);
    html_lit(b, "</a></p></section>\n");
    page_end(b);
}
