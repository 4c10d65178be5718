/*
 * embed_mine.c - GET /embed/mine?article=ID: which comments of an embedded
 * thread are the widget's reader's own, and what they may do with them.
 *
 * The thread JSON is one cached copy for every viewer (embed.c), so it
 * cannot say which comments are the viewer's, and it has no comment that
 * awaits review. The widget asks here, with its cookie, for two lists of
 * the reader's comments in that one article:
 *
 *   mine  the published ones still inside the author's delete window
 *         (MOD_AUTHOR_DELETE_WINDOW_S), with the seconds left: the widget
 *         puts a Delete button on each;
 *   held  the ones awaiting review (pending under pre-moderation, held by
 *         the screening or by readers' reports), which are not in the
 *         thread: a short plain-text excerpt so the reader knows which is
 *         which, and the seconds left to delete it, under the same rule as
 *         for a published one and as on /me (author_may_delete, mod.c);
 *         0 once the window closed, when the widget lists it without a
 *         Delete; and whether readers saw it before it was held ("seen":
 *         deleted, it then keeps a "Deleted by its author" place).
 *
 * Why the held list: on another site /me, opened as a page of its own,
 * does not see the widget's cookie (Partitioned, or a blocked third-party
 * cookie), so without it a reader could not find, let alone delete, a
 * comment of theirs that waits for a moderator, short of erasing
 * everything.
 *
 * What it tells the host page: nothing of another article, nothing of
 * another reader, nothing about why a comment waits (no screening data,
 * no reports), and nothing the widget's own export (/embed/me/export)
 * does not already give that page's scripts. Both lists come from the
 * reader's EMBED_MINE_MAX newest comments, so a request costs one bounded
 * read of the primary (which has the comment just posted); an excerpt is
 * at most EMBED_HELD_EXCERPT_CHARS characters. The answer is per reader:
 * never cached.
 */
#include <string.h>

#include "api/auth.h"
#include "api/embed_mine.h"
#include "core/moderation.h"
#include "render/html.h"
#include "render/markdown.h"

#define JSON_TYPE "application/json; charset=utf-8"
/* bytes for one excerpt: 4 a character at most, and the "…" */
#define EXCERPT_BYTES_MAX (EMBED_HELD_EXCERPT_CHARS * 4 + 16)

/* seconds left of the author's window to delete c; <= 0 once closed */
static int64_t seconds_left(struct app *app, const struct comment *c)
{
    return c->created + MOD_AUTHOR_DELETE_WINDOW_S - app->now();
}

static bool own_in_article(const struct comment *c, int64_t article_id)
{
    return c->article_id == article_id && c->author_kind == AUTHOR_READER;
}

/* The "mine" entries: published, and still deletable. */
static void write_published(struct app *app, struct buf *b,
                            const struct comment *cs, size_t n,
                            int64_t article_id)
{
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        const struct comment *c = &cs[i];
        int64_t left = seconds_left(app, c);
        if (!own_in_article(c, article_id) || c->status != COMMENT_VISIBLE ||
            left <= 0)
            continue;
        buf_adds(b, first ? "{\"id\":" : ",{\"id\":");
        first = false;
        buf_add_i64(b, c->id);
        buf_adds(b, ",\"left\":");
        buf_add_i64(b, left);
        buf_addc(b, '}');
    }
}

/* A held comment's text as a short plain-text JSON string (the widget
 * inserts it as text). */
static void write_excerpt(struct buf *b, const char *body)
{
    struct buf tmp;
    buf_init(&tmp, EXCERPT_BYTES_MAX);
    if (body)
        markdown_preview(&tmp, body, strlen(body), EMBED_HELD_EXCERPT_CHARS);
    json_quote(b, tmp.data, buf_failed(&tmp) ? 0 : tmp.len);
    buf_release(&tmp);
}

/* The "held" entries: awaiting review, deletable or not. */
static void write_held(struct app *app, struct buf *b, const struct comment *cs,
                       size_t n, int64_t article_id)
{
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        const struct comment *c = &cs[i];
        if (!own_in_article(c, article_id) ||
            !comment_status_awaits_review(c->status))
            continue;
        int64_t left = seconds_left(app, c);
        buf_adds(b, first ? "{\"id\":" : ",{\"id\":");
        first = false;
        buf_add_i64(b, c->id);
        buf_adds(b, ",\"excerpt\":");
        write_excerpt(b, c->body);
        buf_adds(b, ",\"left\":");
        buf_add_i64(b, left > 0 ? left : 0);
        /* readers saw it before it was held: deleted, it keeps a
           tombstone (mod_author_deletion), and the widget says so */
        buf_adds(b, c->was_public ? ",\"seen\":true}" : ",\"seen\":false}");
    }
}

void embed_mine(struct app *app, struct http_req *req, struct http_resp *resp,
                int64_t article_id)
{
    const char *hash = auth_reader_hash(app, req);
    struct comment *cs = NULL;
    size_t n = 0;
    if (hash &&
        store_comments_by_author_page(app->store, hash, 0, EMBED_MINE_MAX,
                                      &req->arena, &cs, &n)) {
        respond_json_unavailable(resp);
        return;
    }
    struct buf *b = &resp->body;
    resp->content_type = JSON_TYPE;
    http_resp_header(resp, "Cache-Control", "private, no-store");
    buf_adds(b, "{\"mine\":[");
    write_published(app, b, cs, n, article_id);
    buf_adds(b, "],\"held\":[");
    write_held(app, b, cs, n, article_id);
    buf_adds(b, "]}");
}
