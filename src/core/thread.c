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
 * a comment that went before any reader saw it (withdrawn by its author,
 * or removed or purged by a moderator while never public:
 * comment_gone_unseen) leaves them (drop_unseen): no page, feed, count or
 * reference can then name it.
 */
#include <limits.h>
#include <string.h>

#include "core/pseudonym.h"
#include "core/thread.h"

/*
 * drop_unseen compacts comments[0..count) in place: a comment that went
 * before any reader saw it (comment_gone_unseen) goes, as if it had never
 * been posted, unless a reply a reader sees hangs under it (the comment
 * was imported so, or was held by reports after replies came): then it
 * stays, as the parent its replies need, a withdrawn one shown as
 * "deleted by its author", a removed or purged one as its tombstone. A
 * reader sees a reply that is not awaiting review and not dropped.
 *
 * Thread order puts a comment's subtree right after it, so a backward
 * pass can tell at each comment whether its subtree holds a reply a
 * reader sees: it does when every comment from the next one up to the
 * nearest seen one is deeper than it. Returns the new count.
 */
static size_t drop_unseen(struct comment *comments, size_t count)
{
    /* the common thread has no such comment: nothing to do */
    bool any = false;
    for (size_t i = 0; i < count && !any; i++)
        any = comment_gone_unseen(&comments[i]);
    if (!any)
        return count;
    /* the least depth from the comment after i up to the nearest seen
       one; INT_MIN while no seen comment follows */
    int least_depth = INT_MIN;
    for (size_t i = count; i-- > 0;) {
        struct comment *c = &comments[i];
        int depth = c->depth;
        bool seen = !comment_status_awaits_review(c->status);
        if (comment_gone_unseen(c)) {
            if (least_depth > depth) {
                if (c->status == COMMENT_WITHDRAWN)
                    c->status = COMMENT_DELETED;
            } else {
                c->depth = -1; /* dropped: marked for the pass below */
                seen = false;
            }
        }
        least_depth = seen ? depth : least_depth < depth ? least_depth : depth;
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
    count = drop_unseen(comments, count);
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
        r->deleted =
            c->status == COMMENT_DELETED || c->status == COMMENT_WITHDRAWN;
        r->awaiting_review = comment_status_awaits_review(c->status);
        /* the preview is made only for a comment a reference names,
           when the reference is drawn: most are named by none */
        r->preview = published ? NULL : "";
        r->body = published ? c->body : NULL;
        r->tz_offset_min = c->tz_offset_min;
        r->tz_known = c->tz_known;
    }
    return 0;
}

void thread_refs_ctx(const struct thread *t, size_t i, struct refs_ctx *ctx)
{
    ctx->comments = t->refs;
    ctx->count = t->count;
    ctx->self_id = t->comments[i].id;
    ctx->self_created = t->comments[i].created;
    /* the zone its writer read the thread in, if it is not the one the
       page shows now (the site's zone was changed since) */
    const struct comment *c = &t->comments[i];
    ctx->self_offset_differs =
        c->tz_known && c->tz_offset_min != t->local[i].tm_gmtoff / 60;
    ctx->self_offset_min = c->tz_offset_min;
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
