/*
 * page_report.c - the pages a reader reaches from one comment, so both work
 * without JavaScript: "Report" (a reason and a button) and, for its
 * author, "Delete" (a reader who gave away more than they meant to, a
 * street or a relative's name, can take it back within the author's
 * window).
 */
#include <string.h>

#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"

/* The page's head: its title, "heading #N" and, unless the comment is
 * gone, its text's preview. */
static void comment_page_begin(struct buf *b, const struct site *site,
                               enum msg_id heading, const struct comment *c,
                               bool quote)
{
    page_begin(b, site, msg_get(heading));
    html_lit(b, "<section class=\"report-page\"><h1>");
    html_texts(b, msg_get(heading));
    html_lit(b, " #");
    html_texts(b, c->number);
    html_lit(b, "</h1>\n");
    if (quote) {
        html_lit(b, "<blockquote class=\"quoted\">");
        html_texts(b, page_thread_preview_plain(c->body));
        html_lit(b, "</blockquote>\n");
    }
}

/* A paragraph: the notice of what was done, or an error. */
static void comment_page_note(struct buf *b, bool error, const char *text)
{
    if (error)
        html_lit(b, "<p class=\"form-error\" role=\"alert\">");
    else
        html_lit(b, "<p class=\"notice\" role=\"status\">");
    html_texts(b, text);
    html_lit(b, "</p>\n");
}

/* The form's start, posting to /comments/{id}/action (a literal), and its
 * end with the submit button labelled submit: the report and the delete
 * forms differ only in what stands between. */
static void comment_form_begin(struct buf *b, const struct comment *c,
                               const char *action)
{
    html_lit(b, "<form class=\"comment-form\" method=\"post\" "
                "action=\"/comments/");
    html_int(b, c->id);
    html_lit(b, "/");
    html_attrs(b, action);
    html_lit(b, "\">\n");
}

static void comment_form_end(struct buf *b, enum msg_id submit)
{
    html_lit(b, "<p class=\"actions\"><button type=\"submit\">");
    html_texts(b, msg_get(submit));
    html_lit(b, "</button></p>\n</form>\n");
}

/* The way back to the comment in its discussion, and the page's end.
 * The link's text (link) says where it goes: MSG_MOD_BACK_TO_COMMENT, or
 * MSG_BACK_TO_DISCUSSION for a comment readers no longer see. It goes to
 * the comment's own place, on whichever page of the discussion shows it
 * ("?c=N#cN"; a comment not shown leads to the discussion). */
static void comment_page_end(struct buf *b, const struct comment *c,
                             const struct article *art, enum msg_id link)
{
    html_lit(b, "<p><a href=\"");
    html_path_attr(b, art->path);
    html_lit(b, "?c=");
    html_attrs(b, c->number);
    html_lit(b, "#c");
    html_attrs(b, c->number);
    html_lit(b, "\">");
    html_texts(b, msg_get(link));
    html_lit(b, "</a></p></section>\n");
    page_end(b);
}

/*
 * report_suggestions offers the moderators' own reasons under the report's
 * field, in the page's language: a reader on a phone taps "threat" rather
 * than finding words for it. Any other text can still be typed.
 */
static void report_suggestions(struct buf *b)
{
    size_t n;
    const enum msg_id *reasons = msg_report_suggestions(&n);
    html_lit(b, "<datalist id=\"report-reasons\">");
    for (size_t i = 0; i < n; i++) {
        html_lit(b, "<option value=\"");
        html_attrs(b, msg_get(reasons[i]));
        html_lit(b, "\">");
    }
    html_lit(b, "</datalist>\n");
}

void page_report(struct buf *b, const struct site *site,
                 const struct comment *c, const struct article *art,
                 const char *message, const char *reason, bool done)
{
    comment_page_begin(b, site, MSG_REPORT_HEADING, c, true);
    if (done) {
        comment_page_note(b, false, msg_get(MSG_REPORT_THANKS));
    } else {
        if (message)
            comment_page_note(b, true, message);
        comment_form_begin(b, c, "report");
        html_lit(b, "<label for=\"reason\">");
        html_texts(b, msg_get(MSG_REPORT_REASON));
        html_lit(b, "</label>\n<input id=\"reason\" name=\"reason\" "
                    "maxlength=\"200\" required list=\"report-reasons\" "
                    "autocomplete=\"off\"");
        if (reason && reason[0]) {
            html_lit(b, " value=\"");
            html_attrs(b, reason);
            html_lit(b, "\"");
        }
        html_lit(b, ">\n");
        report_suggestions(b);
        comment_form_end(b, MSG_REPORT_SUBMIT);
    }
    comment_page_end(b, c, art, MSG_MOD_BACK_TO_COMMENT);
}

void page_report_under_review(struct buf *b, const struct site *site,
                              const struct comment *c,
                              const struct article *art)
{
    comment_page_begin(b, site, MSG_REPORT_HEADING, c, false);
    comment_page_note(b, false, msg_get(MSG_REPORT_UNDER_REVIEW));
    /* a held comment is not shown to readers: no "the comment" to go to */
    comment_page_end(b, c, art, MSG_BACK_TO_DISCUSSION);
}

void page_author_delete(struct buf *b, const struct site *site,
                        const struct comment *c, const struct article *art,
                        const char *refusal, bool done)
{
    /* awaiting review since it was posted (c is as it was before a
       deletion): withdrawn, it leaves no trace in the thread
       (core/thread.h); one readers saw before it was held keeps a
       tombstone (mod_author_deletion) */
    bool unseen = comment_status_awaits_review(c->status) && !c->was_public;
    comment_page_begin(b, site, MSG_DELETE_HEADING, c, !done);
    if (done) {
        comment_page_note(b, false, msg_get(MSG_DELETE_DONE));
    } else if (refusal) {
        comment_page_note(b, true, refusal);
    } else {
        comment_form_begin(b, c, "delete");
        html_lit(b, "<p>");
        html_texts(b,
                   msg_get(unseen ? MSG_DELETE_HINT_UNSEEN : MSG_DELETE_HINT));
        html_lit(b, "</p>\n");
        comment_form_end(b, MSG_DELETE_SUBMIT);
    }
    /* deleted, a comment readers saw keeps its place as a tombstone:
       then "the comment"; one awaiting review has no place to go to (yet,
       or ever) */
    bool has_place =
        !comment_status_awaits_review(c->status) || (done && c->was_public);
    comment_page_end(b, c, art,
                     has_place ? MSG_MOD_BACK_TO_COMMENT
                               : MSG_BACK_TO_DISCUSSION);
}
