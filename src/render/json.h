/*
 * json.h - the JSON bodies of the v1 API, written from domain values.
 *
 * Every string goes through json_string; numbers through buf_add_i64.
 * Shapes are documented in docs/api.md.
 */
#ifndef CHARLA_RENDER_JSON_H
#define CHARLA_RENDER_JSON_H

#include "core/model.h"
#include "core/thread.h"
#include "util/arena.h"
#include "util/buf.h"

/* {"error":{"code":"...","message":"..."}} */
void json_error(struct buf *b, const char *code, const char *message);

/* {"articles":[{"id","path","title","published","comment_count"}]} */
void json_articles(struct buf *b, const struct article *arts, size_t n);

/* "id":N,"path":"...","title":"...": the members naming an article, for
 * the objects that refer to one (the caller writes the braces). */
void json_article_fields(struct buf *b, const struct article *art);

/* {"article":{"id","path","title"},"version":N,"comments":[ : the start
 * of a thread; the caller writes the comments and closes "]}". */
void json_thread_open(struct buf *b, const struct article *art);

/* The whole thread: {"article":{...},"version":N,"comments":[...]}. */
MUST_CHECK int json_thread(struct buf *b, const struct thread *t,
                           struct arena *a);

/*
 * json_held_place writes comment i of t, which awaits review, as the
 * place its replies hang from: its id, number, parent and time, status
 * "awaiting_review", no author and no text. Returns 0 or ERR_NOMEM.
 */
int json_held_place(struct buf *b, const struct thread *t, size_t i);
/* One comment object (comment i of the thread), as in the list. */
MUST_CHECK int json_comment(struct buf *b, const struct thread *t, size_t i,
                            struct arena *a);

/* One item of the moderation queue, assembled by the handler. */
struct queue_item {
    const struct comment *c; /* handle already filled */
    const struct article *art;
    const struct comment *parent; /* for context, or NULL */
    int64_t author_visible;       /* the author's record on the site */
    int64_t author_removed;
    const struct report *reports;
    size_t nreports;
    const struct ban *ban; /* its author's ban in force, or NULL */
};

/* {"items":[{"comment":{...},"article":{...},"parent":...,"why":[...],
 *  "reports":[...],"record":{...},"screen":...}],
 *  "raids":[{"id","path","title"}],"total":N,"next":CURSOR}: one page of
 *  the queue; raids are articles in raid mode, total the comments the
 *  filters select, next the cursor of the following page (NULL: null) */
MUST_CHECK int json_queue(struct buf *b, const struct queue_item *items,
                          size_t n, const struct article *raids, size_t nraids,
                          int64_t total, const char *next, struct arena *a);

/* {"log":[{"id","at","actor","comment","article","article_title","number",
 *  "action","from","to","reason","note"}]}; "comment" and "article" are 0
 *  for a row about neither. articles (may be NULL) has n entries, the name
 *  the log page shows under a row's comment number (log_article_names:
 *  the article's title, its path when it has none); "article_title" is
 *  null where articles or its entry is NULL. Borrowed. */
void json_audit(struct buf *b, const struct audit_entry *e, size_t n,
                const char *const *articles);

/* why_list names why a comment is in the queue: "pending", "held",
 * "reported" (at most 3 entries). Returns the count. */
size_t queue_why(const struct comment *c, const char *why[3]);

#endif
