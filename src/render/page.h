/*
 * page.h - the server-rendered HTML pages: layout, front page, article with
 * its thread, errors.
 *
 * Pages are written into a struct buf from domain values; render never
 * talks to the store. Every piece of text from a reader, an editor or an
 * import goes through an escaper from html.h; fixed markup is html_lit.
 * Every page works without JavaScript: app.js only enhances.
 */
#ifndef CHARLA_RENDER_PAGE_H
#define CHARLA_RENDER_PAGE_H

#include <stddef.h>

#include "core/model.h"
#include "core/site.h"
#include "core/thread.h"
#include "util/arena.h"
#include "util/buf.h"

/* page_begin writes the document head and the site header. */
void page_begin(struct buf *b, const struct site *site, const char *title);
/* page_begin_skip: the same, with a "skip to" link to the fragment
 * skip_href (e.g. "#comments") as the page's first focusable element. */
void page_begin_skip(struct buf *b, const struct site *site, const char *title,
                     const char *skip_href, const char *skip_text);
/* page_begin_feed: page_begin_skip with, when feed_href is not NULL, a
 * second Atom feed in the head besides the site's articles: feed_href (a
 * site path) named feed_title, so a feed reader given the page finds the
 * feed of what the page shows. */
void page_begin_feed(struct buf *b, const struct site *site, const char *title,
                     const char *skip_href, const char *skip_text,
                     const char *feed_href, const char *feed_title);
/* page_end writes the footer, with the link to the other language
 * (back to msg_back_path()), and closes the document. */
void page_end(struct buf *b);

/* The front page: articles newest first with their comment counts, and
 * a link to their Atom feed. */
void page_index(struct buf *b, const struct site *site,
                const struct article *arts, size_t n);

/* An error page with a status-specific heading and the message. */
void page_error(struct buf *b, const struct site *site, int status,
                const char *message);
/* page_error_to: the same, its one link going to href (a site path, already
 * URL-encoded; attribute-escaped here) instead of the front page. */
void page_error_to(struct buf *b, const struct site *site, int status,
                   const char *message, const char *href,
                   const char *link_text);

/* Options for one rendering of an article page. */
struct page_article_opts {
    const char *reply_to;   /* number whose reply form is open, or NULL */
    const char *form_error; /* message to show above the form, or NULL */
    const char *form_body;  /* text to put back into the form, or NULL */
    const char *form_name;
    bool awaiting_review;   /* show "your comment is awaiting review" */
    int64_t posted;         /* under the comment with this id, "your
                               comment is published" and the link to
                               delete it; 0 for none */
    const char *staff_name; /* posting as this staff member, or NULL */
    const char *csrf;       /* the staff session's CSRF token, or NULL */
    int page;               /* 1-based page of top-level comments; 0 = 1 */
    const char *subtree;    /* show only this comment and its replies */
    bool moderate;          /* a moderator's page: held and pending
                               comments in place, and the controls under
                               each comment (needs csrf); never cached */
    const char *mod_notice; /* a moderator's action done, or NULL */
    const struct ban *bans; /* a moderator's page: the bans in force, */
    size_t nbans;           /* shown with their readers' comments */
};

/* Top-level comments per page, and replies shown under each on a page
 * (the rest are one click away in the comment's own view). */
#define PAGE_TOP_LEVEL 50
#define PAGE_REPLIES_SHOWN 40

/*
 * page_count: how many pages (?page=1..N, at least 1) the article page
 * cuts the discussion into, counting only the top-level comments it shows
 * in place: for a reader, those published, gone, or awaiting review with
 * a reply readers see under them; for a moderator's page (moderate),
 * every one. Mirrors the window page_article renders.
 */
int page_count(const struct thread *t, bool moderate);

/*
 * page_of_comment says where the article page shows the comment with this
 * number: the 1-based page (?page=N) it is on; 0 when no page of the whole
 * discussion shows it (a reply past PAGE_REPLIES_SHOWN under its root),
 * so only the view of its conversation (?thread=ROOT) holds it; -1 when
 * no comment a reader can see has that number (none, or one awaiting
 * review). Mirrors the window page_article renders.
 */
int page_of_comment(const struct thread *t, const char *number);

/* page_of_comment_staff: the same for a moderator's page, which also
 * shows the comments held or awaiting pre-moderation in their place. */
int page_of_comment_staff(const struct thread *t, const char *number);

/*
 * For a moderator's page only (page_article_mod.c): page_mod_controls
 * writes the controls under comment c (approve when it awaits review,
 * remove, ban its reader, with the ban in force on them if any, at the
 * site's time, its audit log), forms posting to the queue's actions with
 * csrf; page_mod_held_mark says c is held or pending and why;
 * page_mod_notice writes the notice of an action just done.
 */
void page_mod_controls(struct buf *b, const struct site *site,
                       const struct comment *c, const struct ban *ban,
                       const char *csrf);
void page_mod_held_mark(struct buf *b, const struct comment *c);
void page_mod_notice(struct buf *b, const char *notice);

/*
 * page_article renders the article, its thread and the comment forms. A
 * published article's page names the Atom feed of its comments, in the
 * head and under the discussion; a draft's names none (that feed answers
 * 404 until the article is published).
 * Uses arena a for scratch. Returns 0, or ERR_NOMEM / ERR_TOOBIG.
 */
MUST_CHECK int page_article(struct buf *b, const struct thread *t,
                            const struct page_article_opts *opts,
                            struct arena *a);

/*
 * page_article_post writes the article itself as its page shows it: the
 * title, the date it was published (its site's day) or, for one never
 * published (art->published 0), that it is not yet, the byline, the lead
 * image and the body. The article page and the editor's preview both
 * write it, so an editor previews what readers will read. Uses arena a
 * for scratch. Returns 0, or ERR_NOMEM / ERR_TOOBIG from the body.
 */
MUST_CHECK int page_article_post(struct buf *b, const struct site *site,
                                 const struct article *art, struct arena *a);

/*
 * PAGE_SEP is the " · " between the parts of a line of details (a name
 * and its handle, a date and a byline, a queue item's article, author and
 * time). Its space before is a no-break one, so the dot stays with the
 * part before it: on a phone a line wraps after a dot, never before one,
 * and no line starts with "·". For html_lit.
 */
#define PAGE_SEP "&nbsp;· "

/*
 * The shared article page carries two markers (HTML comments) where the
 * per-reader parts go, so a page for a logged-in staff member or for a
 * reader whose comment awaits review is the cached page with a small part
 * spliced in, not a new render: PAGE_MARK_NOTICE (above the comments) and
 * PAGE_MARK_STAFF (inside the main comment form).
 */
#define PAGE_MARK_NOTICE "<!--charla:notice-->"
#define PAGE_MARK_STAFF "<!--charla:staff-->"
/*
 * What the shared comment form says to readers only — that comments on a
 * pre-moderated article wait for review (a staff member's is published at
 * once), the display name field, which a staff member's comment does not
 * take (it is signed with the account's name), and the line about the
 * cookie and the handle —
 * stands between PAGE_MARK_READER and PAGE_MARK_READER_END;
 * page_add_for_staff leaves it out.
 */
#define PAGE_MARK_READER "<!--charla:reader-->"
#define PAGE_MARK_READER_END "<!--/charla:reader-->"

/* page_staff_fields: "posting as staff" and the CSRF field of a form. */
void page_staff_fields(struct buf *b, const char *staff_name, const char *csrf);
/* page_review_notice: "Your comment is awaiting review.", why (every
 * comment on a pre-moderated article waits, else the automatic screening
 * held it: the only two holds at posting, and nothing of the screening's
 * findings), and that it is not lost, so its author does not post it
 * again. */
void page_review_notice(struct buf *b, bool premoderated);
/* page_posted_notice: "Your comment is published." and, for a reader, the
 * link to the page where its author can delete it (/comments/{id}/delete)
 * and the one to their data (/me). A staff member (staff) gets the first
 * words alone: neither page is about a staff account's comment. */
void page_posted_notice(struct buf *b, int64_t comment_id, bool staff);
/*
 * page_add_for_staff appends page[0, len), a piece of the shared article
 * page, to b without the Report links of staff_name's own comments (a
 * staff member does not report themselves) and without the form's parts
 * for readers only (PAGE_MARK_READER); the rest is copied as is. The
 * piece must not cut a comment's footer or such a part in two.
 */
void page_add_for_staff(struct buf *b, const char *page, size_t len,
                        const char *staff_name);

/*
 * page_report: the no-JavaScript report form for one comment (text is its
 * preview), or, with done set, the thank-you note. message is an error to
 * show above the form, or NULL; reason, the reason the reader gave, kept
 * in the field when the form comes back refused (or NULL).
 */
void page_report(struct buf *b, const struct site *site,
                 const struct comment *c, const struct article *art,
                 const char *message, const char *reason, bool done);
/* page_report_under_review: the report page of a comment already held
 * for review: it says so and thanks the reader, with no form and none of
 * the comment's text. */
void page_report_under_review(struct buf *b, const struct site *site,
                              const struct comment *c,
                              const struct article *art);

/*
 * page_author_delete: the page where a reader deletes their own comment
 * (text is its preview): the form, or with refusal set the reason it
 * cannot be deleted and no form, or with done set the confirmation.
 */
void page_author_delete(struct buf *b, const struct site *site,
                        const struct comment *c, const struct article *art,
                        const char *refusal, bool done);

/* page_isolated_text writes untrusted text (an article's title) as HTML
 * text inside <bdi>, set apart for the direction of its text: a
 * right-to-left override in it cannot run on into what follows on the
 * same line (an author, a date, a comment's number) and show that
 * reversed. Names have .name in the stylesheets for the same reason. */
void page_isolated_text(struct buf *b, const char *text);
/* page_isolated_plain: the same for where HTML takes no markup (a
 * document's title, a select's option): the text between U+2068 FIRST
 * STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
void page_isolated_plain(struct buf *b, const char *text);

/* page_thread_preview_plain: a preview in static thread-local storage
 * (valid until the next call on the same thread). */
const char *page_thread_preview_plain(const char *body);

/* page_date writes tm's date in the current language (render/msg.h):
 * "July 16, 2021", "16 de julio de 2021". */
void page_date(struct buf *b, const struct tm *tm);
/* page_time writes "11:15 AM" in English, "11:15" (24-hour) in Spanish. */
void page_time(struct buf *b, const struct tm *tm);
/* page_iso_time writes RFC 3339 in UTC: "2021-07-16T18:15:00Z". */
void page_iso_time(struct buf *b, int64_t t);

#endif
