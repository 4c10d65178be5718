/*
 * thread.c - derives what a page needs from stored comments; see thread.h.
 *
 * Handles are computed here, per render, rather than stored: they depend
 * on the site key and the article, and keeping them out of the database
 * means a leaked database does not hand out the mapping.
 *
 * Every reader-facing output (pages, the JSON API, feeds, the embed, the
 * cached page) draws references from the table built here, so this is
 * where a comment that is not published (pending, held, removed, deleted,
 * purged) is kept from lending its text to them: only a published
 * comment's entry has a body to preview. For the same reason it is where
 * a withdrawn comment leaves them (drop_withdrawn): no page, feed, count
 * or reference can then name it.
 */
#include <string.h>

#include "core/pseudonym.h"
#include "core/thread.h"

/*
 * drop_withdrawn compacts comments[0..count) in place: a withdrawn comment
 * (deleted by its author while awaiting review) with no comment under it
 * goes, as if it had never been posted; one with comments under it (held
 * by reports after replies came, so once published) stays, shown as
 * "deleted by its author", since its replies need a parent. Thread order
 * puts a comment's subtree right after it, so a backward pass knows, at
 * each comment, whether anything was kept after it at a greater depth.
 * Returns the new count.
 */
static size_t drop_withdrawn(struct comment *comments, size_t count)
{
    if (count == 0)
        return 0;
    /* the common thread has no withdrawn comment: nothing to do */
    bool any = false;
    for (size_t i = 0; i < count && !any; i++)
        any = comments[i].status == COMMENT_WITHDRAWN;
    if (!any)
        return count;
    /* the depth of the nearest kept comment after i; -1 for none */
    int next_kept_depth = -1;
    for (size_t i = count; i-- > 0;) {
        struct comment *c = &comments[i];
        if (c->status == COMMENT_WITHDRAWN) {
            if (next_kept_depth <= c->depth) {
                c->depth = -1; /* dropped: marked for the pass below */
                continue;
            }
            c->status = COMMENT_DELETED;
        }
        next_kept_depth = c->depth;
    }
    size_t kept = 0;
    for (size_t i = 0; i < count; i++)
        if (comments[i].depth >= 0)
            comments[kept++] = comments[i];
    return kept;
}

int thread_build(struct thread *t, const struct site *site,
                 const struct article *art, struct comment *comments,
                 size_t count, struct arena *a)
{
    count = drop_withdrawn(comments, count);
    memset(t, 0, sizeof(*t));
    t->site = site;
    t->article = art;
    t->comments = comments;
    t->count = count;
    t->refs = arena_alloc(a, (count ? count : 1) * sizeof(*t->refs));
    t->local = arena_alloc(a, (count ? count : 1) * sizeof(*t->local));
    if (!t->refs || !t->local)
        return ERR_NOMEM;
    for (size_t i = 0; i < count; i++) {
        struct comment *c = &comments[i];
        if (c->author_kind == AUTHOR_READER && c->author_hash[0]) {
            char *h = arena_alloc(a, PSEUDONYM_HANDLE_LEN + 1);
            if (!h)
                return ERR_NOMEM;
            pseudonym_handle(site->key, c->author_hash, art->id, h,
                             &c->handle_colour);
            c->handle = h;
        }
        site_local_time(site, c->created, &t->local[i]);
        /* only a published comment lends its text to the references
           that name it, and only it is counted: one awaiting review is
           its author's and the moderators' alone, and a count of them
           would say how many are hidden */
        bool published = c->status == COMMENT_VISIBLE;
        if (published)
            t->visible++;
        struct refs_comment *r = &t->refs[i];
        r->id = c->id;
        r->number = c->number;
        r->created = c->created;
        r->local_hour = t->local[i].tm_hour;
        r->local_minute = t->local[i].tm_min;
        r->tombstone = comment_status_is_tombstone(c->status);
        r->awaiting_review = comment_status_awaits_review(c->status);
        /* the preview is made only for a comment a reference names,
           when the reference is drawn: most are named by none */
        r->preview = published ? NULL : "";
        r->body = published ? c->body : NULL;
    }
    return 0;
}

void thread_refs_ctx(const struct thread *t, size_t i, struct refs_ctx *ctx)
{
    ctx->comments = t->refs;
    ctx->count = t->count;
    ctx->self_id = t->comments[i].id;
    ctx->self_created = t->comments[i].created;
}

bool thread_has_visible_reply(const struct thread *t, size_t i)
{
    for (size_t j = i + 1;
         j < t->count && t->comments[j].depth > t->comments[i].depth; j++)
        if (!comment_status_awaits_review(t->comments[j].status))
            return true;
    return false;
}

long thread_parent_index(const struct thread *t, size_t i)
{
    int64_t pid = t->comments[i].parent_id;
    if (!pid)
        return -1;
    /* parents come before children in thread order */
    for (size_t k = i; k-- > 0;)
        if (t->comments[k].id == pid)
            return (long)k;
    return -1;
}
