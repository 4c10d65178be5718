/*
 * thread.h - prepares an article's comments for display: the handle each
 * reader has in this article, each comment's local time, and the table the
 * reference resolver searches.
 */
#ifndef CHARLA_CORE_THREAD_H
#define CHARLA_CORE_THREAD_H

#include <time.h>

#include "core/model.h"
#include "core/refs.h"
#include "core/site.h"
#include "util/arena.h"

/* Pages indent replies at most this deep; deeper ones say whom they answer. */
#define THREAD_MAX_INDENT 4
/* Characters of a comment shown in a reference preview. */
#define THREAD_PREVIEW_CHARS 90

struct thread {
    const struct site *site;
    const struct article *article;
    struct comment *comments; /* thread order; borrowed from the caller */
    size_t count;
    struct refs_comment *refs; /* parallel to comments */
    struct tm *local;          /* parallel: local posting time */
    size_t visible;            /* published comments (the count readers
                                  see): not awaiting review, not gone */
};

/*
 * thread_build fills t for the comments of art (in thread order, as the
 * store returns them): derives reader handles, local times and the
 * reference table (whose previews the renderer makes from each comment's
 * body when a reference names it). A comment that went before any
 * reader saw it (comment_gone_unseen: withdrawn by its author, or
 * removed or purged by a moderator while never public) is left out of t,
 * unless a reply a reader sees hangs under it: then it is in t as the
 * parent its replies need, a withdrawn one as deleted (COMMENT_DELETED),
 * a removed or purged one as it is. The array comments is rearranged in
 * place to do so (t->count may be less than count). Memory is from arena a.
 * Returns 0 or ERR_NOMEM.
 */
MUST_CHECK int thread_build(struct thread *t, const struct site *site,
                            const struct article *art, struct comment *comments,
                            size_t count, struct arena *a);

/* thread_refs_ctx prepares the resolver context for comment i. */
void thread_refs_ctx(const struct thread *t, size_t i, struct refs_ctx *ctx);

/* thread_has_visible_reply: whether a reader sees a reply under comment
 * i (one not awaiting review in the subtree that follows it in t). A
 * comment awaiting review that has one keeps its place in what readers
 * see, without its text, so the reply does not seem to answer the
 * comment before it. */
bool thread_has_visible_reply(const struct thread *t, size_t i);
/* thread_parent_index: the index of comment i's parent, or -1. */
long thread_parent_index(const struct thread *t, size_t i);

#endif
