/*
 * me_list.c - the reader's own comments, on /me.
 *
 * A reader has no account, so a comment held for review, or one they wrote
 * last week, was nowhere for them to find: a held comment is not in its
 * thread, and the export is a file. /me now lists the comments made with
 * the reader's token (the author_hash of the cookie, as for the export),
 * newest first, ME_LIST_PAGE at a time; each says where it is (the
 * article, and a link to its place in the thread while it is published
 * there), when it was written, its state in words (for one awaiting
 * review, why: pre-moderation, the screening or readers' reports, as
 * review_cause.c tells; a held comment with reports costs one read of its
 * log, and few have any), a short plain-text excerpt while it has text
 * of its own to show (published or awaiting review: the reader is its
 * author), and a link to delete it while the author's window
 * (author_may_delete, mod.c) is open.
 *
 * Paging is by id, not by offset: ?before=ID lists the comments below that
 * id, so a page costs the same however many comments the reader has, and a
 * comment written meanwhile does not shift the pages. One row more than a
 * page is read to know whether there are older ones. The articles of a
 * page are read in one batch.
 *
 * The page is the reader's own: me.c sends it with Cache-Control "private,
 * no-store", and nothing here shows anything but the reader's comments
 * (no handle, no display name, no reports, no screening data: that
 * readers reported a comment, but not who nor how many).
 */
#include <string.h>

#include "api/me_list.h"
#include "api/mod_api.h"
#include "core/moderation.h"
#include "core/review_cause.h"
#include "render/html.h"
#include "render/msg.h"
#include "render/page.h"
#include "util/str.h"

int me_list_before(const char *value, int64_t *before)
{
    *before = 0;
    if (!value)
        return 0;
    size_t len = strlen(value);
    if (len == 0 || len > 19 || value[0] < '0' || value[0] > '9')
        return ERR_INVALID;
    int64_t v = 0;
    if (str_to_int(value, len, 1, INT64_MAX, &v))
        return ERR_INVALID;
    *before = v;
    return 0;
}

/* article_of finds a comment's article among the page's; NULL when it is
 * not there (deleted since, or the batch failed). */
static const struct article *article_of(const struct article *arts, size_t n,
                                        int64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (arts[i].id == id)
            return &arts[i];
    return NULL;
}

/* Why a comment awaits review, in words its author may read: never who
 * reported it nor what the screening found (review_cause.h). */
static enum msg_id awaiting_words(struct store *st, const struct comment *c)
{
    switch (review_cause_of(st, c)) {
    case REVIEW_CAUSE_PREMODERATION:
        return MSG_ME_STATE_AWAITING_PREMOD;
    case REVIEW_CAUSE_SCREENING:
        return MSG_ME_STATE_AWAITING_SCREENING;
    case REVIEW_CAUSE_REPORTS:
        return MSG_ME_STATE_AWAITING_REPORTS;
    case REVIEW_CAUSE_NONE:
    case REVIEW_CAUSE_UNKNOWN:
        break;
    }
    return MSG_ME_STATE_AWAITING;
}

/* The state of a comment in words, for its author. */
static void state_words(struct store *st, struct buf *b,
                        const struct comment *c)
{
    switch (c->status) {
    case COMMENT_VISIBLE:
        html_texts(b, msg_get(MSG_ME_STATE_PUBLISHED));
        break;
    case COMMENT_PENDING:
    case COMMENT_HELD:
        html_texts(b, msg_get(awaiting_words(st, c)));
        break;
    case COMMENT_REMOVED:
        html_texts(b, msg_get(MSG_REMOVED));
        if (c->reason && c->reason[0]) {
            html_lit(b, ": ");
            page_isolated_text(b, msg_reason(mod_public_reason(c->reason)));
        }
        break;
    case COMMENT_DELETED:
        html_texts(b, msg_get(MSG_ME_STATE_DELETED));
        break;
    case COMMENT_WITHDRAWN:
        html_texts(b, msg_get(MSG_ME_STATE_WITHDRAWN));
        break;
    case COMMENT_PURGED:
        html_texts(b, msg_get(MSG_PURGED));
        break;
    }
}

/* The article's title, a link to the comment's place while it is
 * published there, and the comment's number. */
static void where(struct buf *b, const struct comment *c,
                  const struct article *art)
{
    bool linked = art && art->is_published && c->status == COMMENT_VISIBLE;
    if (linked) {
        html_lit(b, "<a href=\"");
        html_path_attr(b, art->path);
        html_lit(b, "#c");
        html_attrs(b, c->number);
        html_lit(b, "\">");
    }
    page_isolated_text(b, art ? art->title : msg_get(MSG_ME_NO_ARTICLE));
    if (linked)
        html_lit(b, "</a>");
    html_lit(b, " <span class=\"num\">#");
    html_texts(b, c->number);
    html_lit(b, "</span>");
}

static void one_comment(struct app *app, struct http_req *req, struct buf *b,
                        const struct comment *c, const struct article *art)
{
    html_lit(b, "<li class=\"my-comment\"><p class=\"my-where\">");
    where(b, c, art);
    html_lit(b, "</p>\n<p class=\"my-meta\"><time datetime=\"");
    page_iso_time(b, c->created);
    html_lit(b, "\">");
    struct tm tm;
    site_local_time(&app->site, c->created, &tm);
    page_date(b, &tm);
    html_lit(b, " ");
    page_time(b, &tm);
    html_lit(b, "</time> · <span class=\"my-state\">");
    state_words(app->store, b, c);
    html_lit(b, "</span></p>\n");
    bool has_text =
        c->status == COMMENT_VISIBLE || comment_status_awaits_review(c->status);
    if (has_text && c->body && c->body[0]) {
        html_lit(b, "<p class=\"my-excerpt\">");
        html_texts(b, page_thread_preview_plain(c->body));
        html_lit(b, "</p>\n");
    }
    if (has_text && author_may_delete(app, req, c) == AUTHOR_DELETE_OK) {
        html_lit(b, "<p class=\"my-actions\"><a href=\"/comments/");
        html_int(b, c->id);
        html_lit(b, "/delete\">");
        html_texts(b, msg_get(MSG_ME_DELETE_LINK));
        html_lit(b, "</a></p>\n");
    }
    html_lit(b, "</li>\n");
}

void me_list_section(struct app *app, struct http_req *req, struct buf *b,
                     const char *hash, int64_t before)
{
    html_lit(b, "<h2 id=\"my-comments\">");
    html_texts(b, msg_get(MSG_ME_LIST_HEADING));
    html_lit(b, "</h2>\n");
    struct comment *cs = NULL;
    size_t n = 0;
    if (store_comments_by_author_page(app->store, hash, before,
                                      ME_LIST_PAGE + 1, &req->arena, &cs, &n)) {
        html_lit(b, "<p class=\"form-error\" role=\"alert\">");
        html_texts(b, msg_get(MSG_ME_LIST_UNAVAILABLE));
        html_lit(b, "</p>\n");
        return;
    }
    bool older = n > ME_LIST_PAGE;
    if (older)
        n = ME_LIST_PAGE;
    if (n == 0) {
        html_lit(b, "<p>");
        html_texts(b,
                   msg_get(before ? MSG_ME_LIST_NO_OLDER : MSG_ME_LIST_NONE));
        html_lit(b, "</p>\n");
    } else {
        int64_t ids[ME_LIST_PAGE];
        for (size_t i = 0; i < n; i++)
            ids[i] = cs[i].article_id;
        struct article *arts = NULL;
        size_t narts = 0;
        if (store_articles_by_ids(app->store, ids, n, &req->arena, &arts,
                                  &narts))
            narts = 0; /* titles unknown: the list still shows the rest */
        html_lit(b, "<ol class=\"my-comments\">\n");
        for (size_t i = 0; i < n; i++)
            one_comment(app, req, b, &cs[i],
                        article_of(arts, narts, cs[i].article_id));
        html_lit(b, "</ol>\n");
    }
    if (older || before) {
        html_lit(b, "<nav class=\"pager\" aria-label=\"");
        html_attrs(b, msg_get(MSG_ME_LIST_HEADING));
        html_lit(b, "\">");
        if (before) {
            html_lit(b, "<a href=\"/me#my-comments\">");
            html_texts(b, msg_get(MSG_ME_LIST_NEWEST));
            html_lit(b, "</a>");
        }
        if (older) {
            if (before)
                html_lit(b, " ");
            html_lit(b, "<a rel=\"next\" href=\"/me?before=");
            html_int(b, cs[n - 1].id);
            html_lit(b, "#my-comments\">");
            html_texts(b, msg_get(MSG_ME_LIST_OLDER));
            html_lit(b, "</a>");
        }
        html_lit(b, "</nav>\n");
    }
}
