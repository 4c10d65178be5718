/*
 * page_article.c - an article and its discussion.
 *
 * The thread is a flat ordered list in thread order; each item's class says
 * its depth (d0..d4), so the page indents without nesting lists and deep
 * chains stop indenting at THREAD_MAX_INDENT, where a reply names the
 * comment it answers instead. Tombstones keep their place, number and
 * time. Reply forms work without JavaScript: "?reply=1.3#body-reply"
 * renders the page with a form under comment 1.3, its text focused.
 */
#include <stdio.h>
#include <string.h>

#include "core/moderation.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/msg.h"
#include "render/page.h"

static void render_author(struct buf *b, const struct comment *c)
{
    switch (c->author_kind) {
    case AUTHOR_READER:
        html_lit(b, "<span class=\"author reader h");
        html_int(b, c->handle_colour);
        html_lit(b, "\">");
        if (c->author_name[0]) {
            html_lit(b, "<span class=\"name\" dir=\"auto\">");
            html_texts(b, c->author_name);
            html_lit(b, "</span>" PAGE_SEP);
        } else {
            html_texts(b, msg_get(MSG_ANON));
            html_lit(b, " ");
        }
        html_lit(b, "<span class=\"handle\">");
        html_texts(b, c->handle);
        html_lit(b, "</span></span>");
        break;
    case AUTHOR_IMPORTED:
        html_lit(b, "<span class=\"author imported\">");
        if (c->author_name[0]) {
            html_lit(b, "<span class=\"name\" dir=\"auto\">");
            html_texts(b, c->author_name);
            html_lit(b, "</span> <span class=\"unverified\" title=\"");
            html_attrs(b, msg_get(MSG_UNVERIFIED));
            html_lit(b, "\">(");
            html_texts(b, msg_get(MSG_UNVERIFIED));
            html_lit(b, ")</span>");
        } else {
            html_texts(b, msg_get(MSG_ANON_IMPORTED));
        }
        html_lit(b, "</span>");
        break;
    case AUTHOR_STAFF:
        html_lit(b, "<span class=\"author staff\"><span class=\"name\" "
                    "dir=\"auto\">");
        html_texts(b, c->author_name);
        html_lit(b, "</span> <span class=\"badge\">");
        html_texts(b, msg_get(MSG_STAFF));
        html_lit(b, "</span></span>");
        break;
    }
}

/*
 * render_lead_image shows a local image ("/media/x.jpg") in place; an image
 * on another site becomes a link, so that reading the page sends nothing
 * to a third party.
 */
static void render_lead_image(struct buf *b, const struct article *art)
{
    const char *src = art->lead_image;
    bool local = src[0] == '/' && src[1] != '/' && !strpbrk(src, "\"<>\\ ");
    bool remote = url_is_http(src, strlen(src));
    if (!local && !remote)
        return;
    html_lit(b, "<figure class=\"lead\">");
    if (local) {
        html_lit(b, "<img src=\"");
        html_attrs(b, src);
        html_lit(b, "\" alt=\"");
        html_attrs(b, art->lead_caption[0] ? art->lead_caption
                                           : msg_get(MSG_LEAD_IMAGE));
        html_lit(b, "\">");
    } else {
        html_lit(b, "<a class=\"external-image\" rel=\"noreferrer noopener\" "
                    "href=\"");
        html_attrs(b, src);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_EXTERNAL_IMAGE));
        html_lit(b, "</a>");
    }
    if (art->lead_caption[0]) {
        html_lit(b, "<figcaption>");
        html_texts(b, art->lead_caption);
        html_lit(b, "</figcaption>");
    }
    html_lit(b, "</figure>\n");
}

static void render_tombstone(struct buf *b, const struct comment *c)
{
    html_lit(b, "<p class=\"tombstone\">");
    if (c->status == COMMENT_REMOVED) {
        html_texts(b, msg_get(MSG_REMOVED));
        if (c->reason[0]) {
            html_lit(b, ": ");
            page_isolated_text(b, msg_reason(mod_public_reason(c->reason)));
        }
    } else if (c->status == COMMENT_DELETED || c->status == COMMENT_WITHDRAWN) {
        /* thread_build shows a withdrawn comment with replies as deleted;
           this is for a caller that did not */
        html_texts(b, msg_get(MSG_DELETED));
    } else {
        html_texts(b, msg_get(MSG_PURGED));
    }
    html_lit(b, "</p>");
}

void page_staff_fields(struct buf *b, const char *staff_name, const char *csrf)
{
    html_lit(b, "<p class=\"notice\">");
    html_texts(b, msg_get(MSG_POSTING_AS_STAFF));
    html_lit(b, " <strong>");
    html_texts(b, staff_name);
    html_lit(b, "</strong></p>\n<input type=\"hidden\" name=\"csrf\" "
                "value=\"");
    html_attrs(b, csrf);
    html_lit(b, "\">\n");
}

void page_review_notice(struct buf *b, bool premoderated)
{
    html_lit(b, "<p class=\"notice\" role=\"status\">");
    html_texts(b, msg_get(MSG_AWAITING_REVIEW));
    /* in the words /me uses for it (me_list.c) */
    html_lit(b, " ");
    html_texts(b, msg_get(premoderated ? MSG_AWAITING_WHY_PREMOD
                                       : MSG_AWAITING_WHY_SCREENING));
    /* the author no longer sees what they wrote: say it was received, or
       they post it again and the queue holds it twice */
    html_lit(b, " ");
    html_texts(b, msg_get(MSG_AWAITING_REVIEW_NEXT));
    html_lit(b, "</p>\n");
}

void page_posted_notice(struct buf *b, int64_t comment_id, bool staff)
{
    html_lit(b, "<p class=\"notice\" role=\"status\">");
    html_texts(b, msg_get(MSG_POSTED_NOTICE));
    if (staff) {
        html_lit(b, "</p>\n");
        return;
    }
    /* each link inside a sentence of its own: "You can delete it
       within 15 minutes. To download or erase everything you post here,
       see Your data." */
    html_lit(b, " ");
    html_texts(b, msg_get(MSG_POSTED_DELETE_BEFORE));
    html_lit(b, " <a href=\"/comments/");
    html_int(b, comment_id);
    html_lit(b, "/delete\">");
    html_texts(b, msg_get(MSG_POSTED_DELETE));
    html_lit(b, "</a> ");
    html_texts(b, msg_get(MSG_POSTED_WINDOW));
    html_lit(b, " ");
    html_texts(b, msg_get(MSG_POSTED_DATA_BEFORE));
    html_lit(b, " <a href=\"/me\">");
    html_texts(b, msg_get(MSG_ME_LINK));
    html_lit(b, "</a>");
    html_texts(b, msg_get(MSG_POSTED_DATA_AFTER));
    html_lit(b, "</p>\n");
}

/* reply_link writes comment c's Reply link. */
static void reply_link(struct buf *b, const struct comment *c)
{
    html_lit(b, "<a class=\"reply\" href=\"?reply=");
    struct buf q;
    buf_init(&q, 256);
    url_query(&q, c->number, strlen(c->number));
    html_attr(b, q.data, q.len);
    buf_release(&q);
    /* the fragment is the reply form's text: following the link
       focuses it (style.css keeps the comment in view above) */
    html_lit(b, "#body-reply\" data-reply=\"");
    html_attrs(b, c->number);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_REPLY));
    html_lit(b, "</a>");
}

/* report_link_start writes the start of comment c's Report link, up to
 * its text. A staff member's comment names its author (data-staff), so
 * that the author's own page, built from the shared one, can leave the
 * link out (page_add_for_staff). */
static void report_link_start(struct buf *b, const struct comment *c)
{
    html_lit(b, " <a class=\"report\"");
    if (c->author_kind == AUTHOR_STAFF) {
        html_lit(b, " data-staff=\"");
        html_attrs(b, c->author_name);
        html_lit(b, "\"");
    }
    html_lit(b, " rel=\"nofollow\" href=\"/comments/");
    html_int(b, c->id);
    html_lit(b, "/report\">");
}

/* add_without_own_reports appends page[0, len) to b without the Report
 * links own (what report_link_start writes for one staff member's
 * comments) begins. */
static void add_without_own_reports(struct buf *b, const char *page, size_t len,
                                    const struct buf *own)
{
    static const char close[] = "</a>";
    const char *p = page, *end = page + len;
    while (!buf_failed(own) && p < end) {
        const char *at = memmem(p, (size_t)(end - p), own->data, own->len);
        const char *stop =
            at ? memmem(at, (size_t)(end - at), close, sizeof(close) - 1)
               : NULL;
        if (!stop)
            break;
        buf_add(b, p, (size_t)(at - p));
        p = stop + sizeof(close) - 1;
    }
    buf_add(b, p, (size_t)(end - p));
}

void page_add_for_staff(struct buf *b, const char *page, size_t len,
                        const char *staff_name)
{
    /* what report_link_start writes for this staff member's comments;
       comment text never holds it, since the text's "<" is escaped (and
       so never holds the markers either) */
    struct buf own;
    buf_init(&own, 4096);
    html_lit(&own, " <a class=\"report\" data-staff=\"");
    html_attrs(&own, staff_name);
    html_lit(&own, "\"");
    static const char from[] = PAGE_MARK_READER;
    static const char to[] = PAGE_MARK_READER_END;
    const char *p = page, *end = page + len;
    while (p < end) {
        const char *at = memmem(p, (size_t)(end - p), from, sizeof(from) - 1);
        const char *stop =
            at ? memmem(at, (size_t)(end - at), to, sizeof(to) - 1) : NULL;
        if (!stop)
            break;
        add_without_own_reports(b, p, (size_t)(at - p), &own);
        p = stop + sizeof(to) - 1;
    }
    add_without_own_reports(b, p, (size_t)(end - p), &own);
    buf_release(&own);
}

/* render_form writes the comment form; parent is NULL for a new thread. */
static void render_form(struct buf *b, const struct thread *t,
                        const char *parent,
                        const struct page_article_opts *opts)
{
    const struct article *art = t->article;
    html_lit(
        b, "<form class=\"comment-form\" method=\"post\" action=\"/articles/");
    html_int(b, art->id);
    html_lit(b, "/comments\"");
    if (parent) {
        html_lit(b, " id=\"reply-form\"");
    } else {
        /* app.js makes a reply form from this one: it takes the reply
           form's own words from here, in the page's language */
        html_lit(b, " data-reply-heading=\"");
        html_attrs(b, msg_get(MSG_FORM_REPLY_HEADING));
        html_lit(b, "\" data-reply-submit=\"");
        html_attrs(b, msg_get(MSG_FORM_SUBMIT_REPLY));
        html_lit(b, "\" data-cancel=\"");
        html_attrs(b, msg_get(MSG_FORM_CANCEL));
        html_lit(b, "\"");
    }
    html_lit(b, ">\n<h3>");
    if (parent) {
        html_texts(b, msg_get(MSG_FORM_REPLY_HEADING));
        html_lit(b, " #");
        html_texts(b, parent);
    } else {
        html_texts(b, msg_get(MSG_FORM_HEADING));
    }
    html_lit(b, "</h3>\n");
    /* a staff member's comment is published at once, pre-moderated
       discussion or not: the notice is the readers' */
    if (art->discussion == 1 && !opts->csrf) {
        html_lit(b, PAGE_MARK_READER "<p class=\"notice\">");
        html_texts(b, msg_get(MSG_PREMOD));
        html_lit(b, "</p>" PAGE_MARK_READER_END "\n");
    }
    bool show_error = opts->form_error && ((parent && opts->reply_to) ||
                                           (!parent && !opts->reply_to));
    if (show_error) {
        html_lit(b, "<p class=\"form-error\" role=\"alert\">");
        html_texts(b, opts->form_error);
        html_lit(b, "</p>\n");
    }
    if (opts->csrf)
        page_staff_fields(b, opts->staff_name, opts->csrf);
    else if (!parent)
        html_lit(b, PAGE_MARK_STAFF);
    if (parent) {
        html_lit(b, "<input type=\"hidden\" name=\"parent\" value=\"");
        html_attrs(b, parent);
        html_lit(b, "\">\n");
    }
    const char *id = parent ? "reply" : "new";
    html_lit(b, "<label for=\"body-");
    html_attrs(b, id);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_FORM_BODY));
    html_lit(b, "</label>\n<textarea id=\"body-");
    html_attrs(b, id);
    html_lit(b, "\" name=\"body\" rows=\"5\" maxlength=\"5000\" dir=\"auto\" "
                "required ");
    /* a reply form is on the page because the reader asked for it, and a
       form with an error because its post was refused: its text takes
       the focus (autofocus is ignored when the URL has a fragment; the
       Reply link's fragment focuses the text itself) */
    if (parent || show_error)
        html_lit(b, "autofocus ");
    html_lit(b, "aria-describedby=\"hint-");
    html_attrs(b, id);
    html_lit(b, "\">");
    if (show_error && opts->form_body)
        html_texts(b, opts->form_body);
    html_lit(b, "</textarea>\n<p class=\"hint\" id=\"hint-");
    html_attrs(b, id);
    html_lit(b, "\">");
    html_texts(b, msg_get(MSG_FORM_BODY_HINT));
    html_lit(b, "</p>\n");
    /* a staff member's comment is signed with the account's name and
       takes no display name, nor gets a handle from a cookie: those parts
       are the readers' (left out of a staff member's copy of the shared
       page by page_add_for_staff, and of a form rendered for one here) */
    if (!opts->csrf) {
        html_lit(b, PAGE_MARK_READER "<label for=\"name-");
        html_attrs(b, id);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_FORM_NAME));
        html_lit(b, "</label>\n<input id=\"name-");
        html_attrs(b, id);
        /* the byte limit: a browser counts UTF-16 units, never more than
           the bytes; the server counts the 40 characters a reader sees */
        html_lit(b, "\" name=\"name\" maxlength=\"160\" dir=\"auto\" "
                    "autocomplete=\"nickname\"");
        if (show_error && opts->form_name) {
            html_lit(b, " value=\"");
            html_attrs(b, opts->form_name);
            html_lit(b, "\"");
        }
        html_lit(b, ">" PAGE_MARK_READER_END);
    }
    html_lit(b, "\n<p class=\"actions\"><button type=\"submit\">");
    html_texts(b, msg_get(parent ? MSG_FORM_SUBMIT_REPLY : MSG_FORM_SUBMIT));
    html_lit(b, "</button>");
    if (parent) {
        html_lit(b, " <a class=\"cancel\" href=\"");
        html_path_attr(b, art->path);
        html_lit(b, "#c");
        html_attrs(b, parent);
        html_lit(b, "\">");
        html_texts(b, msg_get(MSG_FORM_CANCEL));
        html_lit(b, "</a>");
    }
    html_lit(b, "</p>\n");
    if (!opts->csrf) {
        html_lit(b, PAGE_MARK_READER "<p class=\"privacy\">");
        html_texts(b, msg_get(MSG_FORM_PRIVACY));
        html_lit(b, "</p>" PAGE_MARK_READER_END "\n");
    }
    html_lit(b, "</form>\n");
}

/* open_comment writes the start of comment c's item, up to its number in
 * its header: "<li class="comment dN{classes}" id="cN"><article ...>
 * <header><a class="num" href="#cN">#N</a>". */
static void open_comment(struct buf *b, const struct comment *c,
                         const char *classes)
{
    int depth = c->depth > THREAD_MAX_INDENT ? THREAD_MAX_INDENT : c->depth;
    html_lit(b, "<li class=\"comment d");
    html_int(b, depth);
    html_attrs(b, classes);
    html_lit(b, "\" id=\"c");
    html_attrs(b, c->number);
    html_lit(b, "\">\n<article aria-label=\"#");
    html_attrs(b, c->number);
    html_lit(b, "\"><header><a class=\"num\" href=\"#c");
    html_attrs(b, c->number);
    html_lit(b, "\" title=\"");
    html_attrs(b, msg_get(MSG_PERMALINK));
    html_lit(b, "\">#");
    html_texts(b, c->number);
    html_lit(b, "</a>");
}

/* render_comment writes comment i; shown (or NULL) says which comments
 * this page shows, for the hrefs of its references. */
static int render_comment(struct buf *b, const struct thread *t, size_t i,
                          const struct page_article_opts *opts,
                          const bool *shown, struct arena *a)
{
    const struct comment *c = &t->comments[i];
    bool gone = comment_status_is_tombstone(c->status);
    /* held or pending: only a moderator's page gets here with one */
    bool held = comment_status_awaits_review(c->status);
    /* the page is for the staff member who wrote it */
    bool own = opts->staff_name && c->author_kind == AUTHOR_STAFF &&
               strcmp(c->author_name, opts->staff_name) == 0;

    open_comment(b, c, gone ? " gone" : held ? " held-staff" : "");
    html_lit(b, " ");
    if (!gone)
        render_author(b, c);
    html_lit(b, " <time datetime=\"");
    page_iso_time(b, c->created);
    html_lit(b, "\">");
    page_date(b, &t->local[i]);
    html_lit(b, " ");
    page_time(b, &t->local[i]);
    html_lit(b, "</time>");
    if (c->depth > THREAD_MAX_INDENT) {
        long p = thread_parent_index(t, i);
        if (p >= 0) {
            html_lit(b, " <span class=\"in-reply\">");
            html_texts(b, msg_get(MSG_IN_REPLY_TO));
            html_lit(b, " <a href=\"#c");
            html_attrs(b, t->comments[p].number);
            html_lit(b, "\">#");
            html_texts(b, t->comments[p].number);
            html_lit(b, "</a></span>");
        }
    }
    html_lit(b, "</header>\n");
    if (held)
        page_mod_held_mark(b, c);
    if (gone) {
        render_tombstone(b, c);
    } else {
        struct refs_ctx ctx;
        thread_refs_ctx(t, i, &ctx);
        struct markdown_opts mo = {.kind = MARKDOWN_COMMENT,
                                   .refs = &ctx,
                                   .link_prefix = "",
                                   .shown = shown};
        /* a comment in Arabic or Hebrew reads right to left */
        html_lit(b, "<div class=\"text\" dir=\"auto\">");
        int ret =
            markdown_render(b, c->body, strlen(c->body), &mo, a, NULL, NULL);
        if (ret)
            return ret;
        html_lit(b, "</div>");
        if (c->mod_edited) {
            html_lit(b, "<p class=\"edited\">");
            html_texts(b, msg_get(MSG_EDITED_BY_MOD));
            html_lit(b, "</p>");
        }
        /* a closed discussion takes no replies, but its comments can
           still be reported: that is where readers need it most; a
           staff member does not report their own comment */
        bool can_reply = t->article->discussion != 2;
        bool can_report = !own;
        if (!held && (can_reply || can_report)) {
            html_lit(b, "\n<footer>");
            if (can_reply)
                reply_link(b, c);
            if (can_report) {
                report_link_start(b, c);
                html_texts(b, msg_get(MSG_REPORT));
                html_lit(b, "</a>");
            }
            html_lit(b, "</footer>");
        }
        /* the author's notice, under what they just posted */
        if (opts->posted == c->id)
            page_posted_notice(b, c->id, opts->staff_name != NULL);
        if (opts->moderate && opts->csrf) {
            const struct ban *ban = NULL;
            for (size_t k = 0; c->author_hash[0] && k < opts->nbans && !ban;
                 k++)
                if (strcmp(opts->bans[k].author_hash, c->author_hash) == 0)
                    ban = &opts->bans[k];
            page_mod_controls(b, t->site, c, ban, opts->csrf);
        }
    }
    html_lit(b, "</article>\n");
    if (!gone && opts->reply_to && strcmp(opts->reply_to, c->number) == 0 &&
        t->article->discussion != 2)
        render_form(b, t, c->number, opts);
    html_lit(b, "</li>\n");
    return 0;
}

/* in_subtree: number is root or one of its replies ("1.3" under "1"). */
static bool in_subtree(const char *number, const char *root)
{
    size_t n = strlen(root);
    return strncmp(number, root, n) == 0 &&
           (number[n] == '\0' || number[n] == '.');
}

static void page_link(struct buf *b, const char *query_key, const char *value,
                      const char *text)
{
    html_lit(b, "<a href=\"?");
    html_attrs(b, query_key);
    html_lit(b, "=");
    struct buf q;
    buf_init(&q, 256);
    url_query(&q, value, strlen(value));
    html_attr(b, q.data, q.len);
    buf_release(&q);
    html_lit(b, "#comments\">");
    html_texts(b, text);
    html_lit(b, "</a>");
}

/* more_replies writes the link to a top-level comment's own view, where
 * all its `total` replies show. */
static void more_replies(struct buf *b, const char *root, int total)
{
    char text[128];
    snprintf(text, sizeof(text), msg_get(MSG_SHOW_ALL_REPLIES), total);
    html_lit(b, "<li class=\"more-replies d1\">");
    page_link(b, "thread", root, text);
    html_lit(b, "</li>\n");
}

/*
 * root_shown: whether the page shows top-level comment i in its place,
 * and so counts it among the PAGE_TOP_LEVEL of a page. A reader's page
 * leaves out one awaiting review unless a reply a reader sees hangs under
 * it (then its place shows), so no page of theirs is cut over comments
 * they never see; a moderator's page shows them all in place.
 */
static bool root_shown(const struct thread *t, size_t i, bool moderate)
{
    return moderate || !comment_status_awaits_review(t->comments[i].status) ||
           thread_has_visible_reply(t, i);
}

/*
 * view_shows marks the comments this view shows (one page of top-level
 * comments, or one conversation), making the same choices as
 * render_window: a reference to a comment it does not show links to
 * "?c=N#cN", which finds the comment's page without JavaScript, where
 * "#cN" would go nowhere. In arena a; NULL when out of memory (then every
 * reference links to "#cN", as the page's script finds the rest).
 */
static bool *view_shows(const struct thread *t,
                        const struct page_article_opts *opts, struct arena *a)
{
    bool *shown = arena_alloc(a, (t->count ? t->count : 1) * sizeof(*shown));
    if (!shown)
        return NULL;
    int page = opts->page > 0 ? opts->page : 1;
    long top = -1;
    int replies = 0;
    bool shown_root = false;
    for (size_t i = 0; i < t->count; i++) {
        const struct comment *c = &t->comments[i];
        shown[i] = false;
        if (c->depth == 0) {
            bool counted = root_shown(t, i, opts->moderate);
            top += counted;
            replies = 0;
            shown_root = opts->subtree
                             ? strcmp(c->number, opts->subtree) == 0
                             : counted && top / PAGE_TOP_LEVEL == page - 1;
        }
        if (opts->subtree ? !in_subtree(c->number, opts->subtree) : !shown_root)
            continue;
        if (comment_status_awaits_review(c->status) && opts->moderate) {
            shown[i] =
                opts->subtree || c->depth == 0 || replies < PAGE_REPLIES_SHOWN;
            continue;
        }
        if (comment_status_awaits_review(c->status)) {
            shown[i] = thread_has_visible_reply(t, i);
            continue;
        }
        if (c->depth > 0 && !opts->subtree && ++replies > PAGE_REPLIES_SHOWN)
            continue;
        shown[i] = true;
    }
    return shown;
}

/* The place of a comment awaiting review, with its number and no text. */
static void render_held_place(struct buf *b, const struct comment *c)
{
    open_comment(b, c, " gone held");
    html_lit(b, "</header>\n<p class=\"tombstone\">");
    html_texts(b, msg_get(MSG_HELD_PLACE));
    html_lit(b, "</p></article>\n</li>\n");
}

/*
 * render_window writes the part of the thread this request shows: one
 * page of top-level comments with at most PAGE_REPLIES_SHOWN replies under
 * each, or one comment with all its replies (opts->subtree), then the
 * links to the other pages. A page of a huge thread costs the same as a
 * page of a small one.
 */
static int render_window(struct buf *b, const struct thread *t,
                         const struct page_article_opts *opts, struct arena *a)
{
    const bool *shown = view_shows(t, opts, a);
    int page = opts->page > 0 ? opts->page : 1;
    long top = -1;         /* index of the current top-level comment */
    int replies = 0;       /* replies shown under it */
    int hidden = 0;        /* replies left out under it */
    const char *root = ""; /* its number */
    bool shown_root = false;
    int ret;

    for (size_t i = 0; i < t->count; i++) {
        const struct comment *c = &t->comments[i];
        if (c->depth == 0) {
            if (hidden)
                more_replies(b, root, replies);
            bool counted = root_shown(t, i, opts->moderate);
            top += counted;
            replies = hidden = 0;
            root = c->number;
            shown_root = opts->subtree
                             ? strcmp(c->number, opts->subtree) == 0
                             : counted && top / PAGE_TOP_LEVEL == page - 1;
        }
        if (opts->subtree ? !in_subtree(c->number, opts->subtree) : !shown_root)
            continue;
        if (comment_status_awaits_review(c->status) && opts->moderate) {
            /* a moderator's page shows it where it will appear, without
               counting it among the replies a page shows */
            if (!opts->subtree && c->depth > 0 && replies >= PAGE_REPLIES_SHOWN)
                continue;
            ret = render_comment(b, t, i, opts, shown, a);
            if (ret)
                return ret;
            continue;
        }
        if (comment_status_awaits_review(c->status)) {
            /* its text is for staff only; its place stays when replies
               hang under it, or they would seem to answer the one before */
            if (thread_has_visible_reply(t, i))
                render_held_place(b, c);
            continue;
        }
        if (c->depth > 0 && !opts->subtree && ++replies > PAGE_REPLIES_SHOWN) {
            hidden++;
            continue;
        }
        ret = render_comment(b, t, i, opts, shown, a);
        if (ret)
            return ret;
    }
    if (hidden)
        more_replies(b, root, replies);
    html_lit(b, "</ol>\n");

    long pages = (top + PAGE_TOP_LEVEL) / PAGE_TOP_LEVEL;
    if (opts->subtree) {
        html_lit(b, "<p class=\"pages\"><a href=\"?#comments\">");
        html_texts(b, msg_get(MSG_WHOLE_DISCUSSION));
        html_lit(b, "</a></p>\n");
    } else if (pages > 1) {
        html_lit(b, "<nav class=\"pages\" aria-label=\"");
        html_attrs(b, msg_get(MSG_PAGES));
        html_lit(b, "\">");
        for (long p = 1; p <= pages; p++) {
            char num[24], text[64];
            snprintf(num, sizeof(num), "%ld", p);
            snprintf(text, sizeof(text), msg_get(MSG_PAGE_N), (int)p);
            if (p == page) {
                html_lit(b, " <strong aria-current=\"page\">");
                html_texts(b, text);
                html_lit(b, "</strong>");
            } else {
                html_lit(b, " ");
                page_link(b, "page", num, text);
            }
        }
        html_lit(b, "</nav>\n");
    }
    return 0;
}

/* comment_page: page_of_comment, counting the comments awaiting review
 * when held_too (a moderator's page) or leaving them out. */
static int comment_page(const struct thread *t, const char *number,
                        bool held_too)
{
    long top = -1;   /* index of the current top-level comment */
    int replies = 0; /* replies a page shows under it so far */
    for (size_t i = 0; i < t->count; i++) {
        const struct comment *c = &t->comments[i];
        if (c->depth == 0) {
            top += root_shown(t, i, held_too);
            replies = 0;
        }
        if (comment_status_awaits_review(c->status)) {
            /* render_window shows it on a moderator's page when a
               visible comment in its place would be */
            if (held_too && strcmp(c->number, number) == 0)
                return c->depth == 0 || replies < PAGE_REPLIES_SHOWN
                           ? (int)(top / PAGE_TOP_LEVEL) + 1
                           : 0;
            continue;
        }
        bool shown = c->depth == 0 || ++replies <= PAGE_REPLIES_SHOWN;
        if (strcmp(c->number, number) == 0)
            return shown ? (int)(top / PAGE_TOP_LEVEL) + 1 : 0;
    }
    return -1;
}

int page_count(const struct thread *t, bool moderate)
{
    long top = 0; /* top-level comments the page shows */
    for (size_t i = 0; i < t->count; i++)
        if (t->comments[i].depth == 0)
            top += root_shown(t, i, moderate);
    return top ? (int)((top - 1) / PAGE_TOP_LEVEL) + 1 : 1;
}

int page_of_comment(const struct thread *t, const char *number)
{
    return comment_page(t, number, false);
}

int page_of_comment_staff(const struct thread *t, const char *number)
{
    return comment_page(t, number, true);
}

static bool reply_target_shown(const struct thread *t, const char *number)
{
    for (size_t i = 0; i < t->count; i++) {
        const struct comment *c = &t->comments[i];
        if (strcmp(c->number, number) == 0)
            return c->status == COMMENT_VISIBLE;
    }
    return false;
}

int page_article_post(struct buf *b, const struct site *site,
                      const struct article *art, struct arena *a)
{
    html_lit(b, "<article class=\"post\">\n<h1>");
    html_texts(b, art->title);
    html_lit(b, "</h1>\n<p class=\"meta\">");
    if (art->published > 0) {
        struct tm tm;
        html_lit(b, "<time datetime=\"");
        page_iso_time(b, art->published);
        html_lit(b, "\">");
        site_local_time(site, art->published, &tm);
        page_date(b, &tm);
        html_lit(b, "</time>");
    } else {
        /* only an editor's preview shows an article never published: a
           date of 1970 would be the one thing in it readers never see */
        html_lit(b, "<span class=\"unpublished\">");
        html_texts(b, msg_get(MSG_NOT_YET_PUBLISHED));
        html_lit(b, "</span>");
    }
    if (art->byline[0]) {
        html_lit(b, PAGE_SEP);
        html_texts(b, msg_get(MSG_BY));
        html_lit(b, " <span class=\"byline\">");
        html_texts(b, art->byline);
        html_lit(b, "</span>");
    }
    html_lit(b, "</p>\n");
    if (art->lead_image[0])
        render_lead_image(b, art);
    html_lit(b, "<div class=\"body\">\n");
    struct markdown_opts mo = {
        .kind = MARKDOWN_ARTICLE, .refs = NULL, .link_prefix = ""};
    int ret =
        markdown_render(b, art->body, strlen(art->body), &mo, a, NULL, NULL);
    if (ret)
        return ret;
    html_lit(b, "</div>\n</article>\n");
    return 0;
}

/* feed_link writes the visible link to the feed of the article's
 * comments, under the discussion (its path made by page_article). */
static void feed_link(struct buf *b, const char *feed)
{
    html_lit(b, "<p class=\"feed\"><a href=\"");
    html_attrs(b, feed);
    html_lit(b, "\" type=\"application/atom+xml\">");
    html_texts(b, msg_get(MSG_FEED_COMMENTS));
    html_lit(b, "</a></p>\n");
}

int page_article(struct buf *b, const struct thread *t,
                 const struct page_article_opts *opts, struct arena *a)
{
    const struct article *art = t->article;
    const struct site *site = t->site;
    int ret;

    /* the feed of its comments answers only once the article is
       published (api/feeds.c): a draft's page must not point to a 404 */
    char feed[64];
    snprintf(feed, sizeof(feed), "/feeds/articles/%lld/comments.atom",
             (long long)art->id);
    const char *feed_href = art->is_published ? feed : NULL;
    page_begin_feed(b, site, art->title, "#comments",
                    msg_get(MSG_SKIP_TO_DISCUSSION), feed_href,
                    msg_get(MSG_FEED_COMMENTS_TITLE));
    ret = page_article_post(b, site, art, a);
    if (ret)
        return ret;

    /* tabindex -1: the skip link's target takes the focus, so the next
       Tab goes to the first comment */
    html_lit(b, "<section class=\"thread\" id=\"comments\" tabindex=\"-1\" "
                "aria-labelledby=\"comments-h\">\n<h2 id=\"comments-h\">");
    html_texts(b, msg_get(MSG_COMMENTS_HEADING));
    html_lit(b, " <span class=\"count\">(");
    if (t->visible == 1) {
        html_texts(b, msg_get(MSG_COMMENTS_ONE));
    } else {
        char tmp[64];
        snprintf(tmp, sizeof(tmp), msg_get(MSG_COMMENTS_MANY), (int)t->visible);
        html_texts(b, tmp);
    }
    html_lit(b, ")</span></h2>\n");
    if (opts->mod_notice)
        page_mod_notice(b, opts->mod_notice);
    else if (opts->awaiting_review)
        page_review_notice(b, art->discussion == 1);
    else
        html_lit(b, PAGE_MARK_NOTICE);
    html_lit(b, "<ol class=\"comments\">\n");
    /* a reply form for a comment that is not shown (gone, or no such
       number) falls back to the main form, keeping the reader's text */
    struct page_article_opts fixed = *opts;
    if (opts->reply_to && !reply_target_shown(t, opts->reply_to))
        fixed.reply_to = NULL;
    if (fixed.reply_to && !fixed.subtree) {
        /* a reply form opens in the view of its conversation, which
           always holds the comment whatever page it is on */
        size_t n = strcspn(fixed.reply_to, ".");
        fixed.subtree = arena_strndup(a, fixed.reply_to, n);
    }
    opts = &fixed;
    ret = render_window(b, t, opts, a);
    if (ret)
        return ret;
    if (art->discussion == 2) {
        html_lit(b, "<p class=\"notice\">");
        html_texts(b, msg_get(MSG_CLOSED));
        html_lit(b, "</p>\n");
        /* a post refused because the discussion closed while its reader
           typed (without JavaScript, which keeps it in the form): there is
           no form to put it back in, so it is shown to be copied */
        if (opts->form_error && opts->form_body && opts->form_body[0]) {
            html_lit(b, "<p class=\"form-error\" role=\"alert\">");
            html_texts(b, msg_get(MSG_CLOSED_NOT_POSTED));
            html_lit(b, "</p>\n<textarea class=\"kept\" id=\"kept\" readonly "
                        "rows=\"5\" dir=\"auto\" aria-label=\"");
            html_attrs(b, msg_get(MSG_FORM_BODY));
            html_lit(b, "\">");
            html_texts(b, opts->form_body);
            html_lit(b, "</textarea>\n");
        }
    } else {
        render_form(b, t, NULL, opts);
    }
    if (feed_href)
        feed_link(b, feed_href);
    html_lit(b, "</section>\n");
    page_end(b);
    return buf_failed(b);
}
