/*
 * json.c - API bodies; see json.h. Tombstones carry no html; pending and
 * held comments are left out of public threads.
 */
#include <string.h>

#include "core/moderation.h"
#include "render/html.h"
#include "render/json.h"
#include "render/markdown.h"
#include "render/page.h"

void json_error(struct buf *b, const char *code, const char *message)
{
    buf_adds(b, "{\"error\":{\"code\":");
    json_quotes(b, code);
    buf_adds(b, ",\"message\":");
    json_quotes(b, message);
    buf_adds(b, "}}");
}

void json_article_fields(struct buf *b, const struct article *art)
{
    buf_adds(b, "\"id\":");
    buf_add_i64(b, art->id);
    buf_adds(b, ",\"path\":");
    json_quotes(b, art->path);
    buf_adds(b, ",\"title\":");
    json_quotes(b, art->title);
}

void json_articles(struct buf *b, const struct article *arts, size_t n)
{
    buf_adds(b, "{\"articles\":[");
    for (size_t i = 0; i < n; i++) {
        const struct article *a = &arts[i];
        if (i)
            buf_addc(b, ',');
        buf_addc(b, '{');
        json_article_fields(b, a);
        buf_adds(b, ",\"published\":\"");
        page_iso_time(b, a->published);
        buf_adds(b, "\",\"comment_count\":");
        buf_add_i64(b, a->comment_count);
        buf_addc(b, '}');
    }
    buf_adds(b, "]}");
}

/* The first members of comment i's object: {"id","number","parent". */
static void comment_head(struct buf *b, const struct thread *t, size_t i)
{
    const struct comment *c = &t->comments[i];
    buf_adds(b, "{\"id\":");
    buf_add_i64(b, c->id);
    buf_adds(b, ",\"number\":");
    json_quotes(b, c->number);
    buf_adds(b, ",\"parent\":");
    long p = thread_parent_index(t, i);
    if (p >= 0)
        json_quotes(b, t->comments[p].number);
    else
        buf_adds(b, "null");
}

int json_comment(struct buf *b, const struct thread *t, size_t i,
                 struct arena *a)
{
    const struct comment *c = &t->comments[i];
    bool gone = comment_status_is_tombstone(c->status);

    comment_head(b, t, i);
    buf_adds(b, ",\"status\":");
    json_quotes(b, comment_status_name(c->status));
    if (c->status == COMMENT_REMOVED && c->reason[0]) {
        buf_adds(b, ",\"reason\":");
        json_quotes(b, mod_public_reason(c->reason));
    }
    buf_adds(b, ",\"author\":{\"handle\":");
    if (!gone && c->author_kind == AUTHOR_READER && c->handle[0])
        json_quotes(b, c->handle);
    else
        buf_adds(b, "null");
    buf_adds(b, ",\"name\":");
    if (!gone && c->author_name[0])
        json_quotes(b, c->author_name);
    else
        buf_adds(b, "null");
    buf_adds(b, ",\"imported\":");
    buf_adds(b, c->author_kind == AUTHOR_IMPORTED ? "true" : "false");
    buf_adds(b, ",\"staff\":");
    buf_adds(b, c->author_kind == AUTHOR_STAFF ? "true" : "false");
    buf_adds(b, "},\"created\":\"");
    page_iso_time(b, c->created);
    buf_addc(b, '"');
    if (!gone) {
        struct refs_ctx ctx;
        thread_refs_ctx(t, i, &ctx);
        struct markdown_opts mo = {
            .kind = MARKDOWN_COMMENT, .refs = &ctx, .link_prefix = ""};
        struct buf html;
        struct markdown_ref *refs = NULL;
        size_t nrefs = 0;
        buf_init(&html, 1 << 20);
        int ret = markdown_render(&html, c->body, strlen(c->body), &mo, a,
                                  &refs, &nrefs);
        if (ret) {
            buf_release(&html);
            return ret;
        }
        buf_adds(b, ",\"html\":");
        json_quote(b, html.data, html.len);
        buf_release(&html);
        buf_adds(b, ",\"refs\":[");
        for (size_t r = 0; r < nrefs; r++) {
            if (r)
                buf_addc(b, ',');
            buf_adds(b, "{\"text\":");
            json_quotes(b, refs[r].text);
            buf_adds(b, ",\"to\":[");
            for (size_t k = 0; k < refs[r].ntargets; k++) {
                if (k)
                    buf_addc(b, ',');
                json_quotes(b, refs[r].targets[k]);
            }
            buf_adds(b, "]}");
        }
        buf_addc(b, ']');
    }
    buf_addc(b, '}');
    return buf_failed(b);
}

void json_thread_open(struct buf *b, const struct article *art)
{
    buf_adds(b, "{\"article\":{");
    json_article_fields(b, art);
    buf_adds(b, "},\"version\":");
    buf_add_i64(b, art->version);
    buf_adds(b, ",\"comments\":[");
}

int json_held_place(struct buf *b, const struct thread *t, size_t i)
{
    const struct comment *c = &t->comments[i];
    comment_head(b, t, i);
    /* nothing of who wrote it, but whether an import brought it: that
       tells no reader more than the thread around it does */
    buf_adds(b, ",\"status\":\"awaiting_review\",\"author\":{\"handle\":"
                "null,\"name\":null,\"imported\":");
    buf_adds(b, c->author_kind == AUTHOR_IMPORTED ? "true" : "false");
    buf_adds(b, ",\"staff\":false},\"created\":\"");
    page_iso_time(b, c->created);
    buf_adds(b, "\"}");
    return buf_failed(b);
}

int json_thread(struct buf *b, const struct thread *t, struct arena *a)
{
    json_thread_open(b, t->article);
    bool first = true;
    for (size_t i = 0; i < t->count; i++) {
        bool waits = comment_status_awaits_review(t->comments[i].status);
        if (waits && !thread_has_visible_reply(t, i))
            continue;
        if (!first)
            buf_addc(b, ',');
        first = false;
        int ret = waits ? json_held_place(b, t, i) : json_comment(b, t, i, a);
        if (ret)
            return ret;
    }
    buf_adds(b, "]}");
    return buf_failed(b);
}
