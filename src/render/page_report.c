/*
 * page_report.c - the page behind a comment's "Report" link: a reason and
 * a button, so reporting works without JavaScript.
 */
#include <string.h>

#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"

void page_report(struct buf *b, const struct site *site,
                 const struct comment *c, const struct article *art,
                 const char *message, bool done)
{
    page_begin(b, site, msg_get(MSG_REPORT_HEADING));
    html_lit(b, "<section class=\"report-page\"><h1>");
    html_texts(b, msg_get(MSG_REPORT_HEADING));
    html_lit(b, " #");
    html_texts(b, c->number);
    html_lit(b, "</h1>\n<blockquote class=\"quoted\">");
    html_texts(b, page_thread_preview_plain(c->body));
    html_lit(b, "</blockquote>\n");
    if (done) {
        html_lit(b, "<p class=\"notice\" role=\"status\">");
        html_texts(b, msg_get(MSG_REPORT_THANKS));
        html_lit(b, "</p>\n");
    } else {
        if (message) {
            html_lit(b, "<p class=\"form-error\" role=\"alert\">");
            html_texts(b, message);
            html_lit(b, "</p>\n");
        }
        html_lit(b, "<form class=\"comment-form\" method=\"post\" "
                    "action=\"/comments/");
        html_int(b, c->id);
        html_lit(b, "/report\">\n<label for=\"reason\">");
        html_texts(b, msg_get(MSG_REPORT_REASON));
        html_lit(b, "</label>\n<input id=\"reason\" name=\"reason\" "
                    "maxlength=\"200\" required>\n<p class=\"actions\">"
                    "<button type=\"submit\">");
        html_texts(b, msg_get(MSG_REPORT_SUBMIT));
        html_lit(b, "</button></p>\n</form>\n");
    }
    html_lit(b, "<p><a href=\"");
    html_path_attr(b, art->path);
    html_lit(b, "#c");
    html_attrs(b, c->number);
    html_lit(b, "\">");
    html_texts(b, art->title);
    html_lit(b, "</a></p></section>\n");
    page_end(b);
}
