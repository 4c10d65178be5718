/*
 * json_mod.c - JSON bodies of the moderation API: the queue and the audit
 * log. The screening result is stored as JSON written by charla itself
 * and is embedded as is; everything else goes through the escapers.
 */
#include <string.h>

#include "render/html.h"
#include "render/json.h"
#include "render/markdown.h"
#include "render/page.h"

size_t queue_why(const struct comment *c, const char *why[3])
{
    size_t n = 0;
    if (c->status == COMMENT_PENDING)
        why[n++] = "pending";
    if (c->status == COMMENT_HELD)
        why[n++] = c->screen[0] ? "screening" : "held";
    if (c->report_count > 0)
        why[n++] = "reported";
    return n;
}

static int comment_object(struct buf *b, const struct comment *c,
                          struct arena *a)
{
    buf_adds(b, "{\"id\":");
    buf_add_i64(b, c->id);
    buf_adds(b, ",\"number\":");
    json_quotes(b, c->number);
    buf_adds(b, ",\"status\":");
    json_quotes(b, comment_status_name(c->status));
    buf_adds(b, ",\"author\":{\"handle\":");
    if (c->handle && c->handle[0])
        json_quotes(b, c->handle);
    else
        buf_adds(b, "null");
    buf_adds(b, ",\"name\":");
    if (c->author_name[0])
        json_quotes(b, c->author_name);
    else
        buf_adds(b, "null");
    buf_adds(b, ",\"staff\":");
    buf_adds(b, c->author_kind == AUTHOR_STAFF ? "true" : "false");
    buf_adds(b, "},\"created\":\"");
    page_iso_time(b, c->created);
    buf_adds(b, "\",\"reports\":");
    buf_add_i64(b, c->report_count);
    buf_adds(b, ",\"body\":");
    json_quotes(b, c->body);
    struct buf html;
    buf_init(&html, 1 << 20);
    struct markdown_opts mo = {
        .kind = MARKDOWN_COMMENT, .refs = NULL, .link_prefix = ""};
    int ret =
        markdown_render(&html, c->body, strlen(c->body), &mo, a, NULL, NULL);
    buf_adds(b, ",\"html\":");
    json_quote(b, html.data, html.len);
    buf_release(&html);
    buf_addc(b, '}');
    return ret;
}

int json_queue(struct buf *b, const struct queue_item *items, size_t n,
               const struct article *raids, size_t nraids, int64_t total,
               const char *next, struct arena *a)
{
    buf_adds(b, "{\"items\":[");
    for (size_t i = 0; i < n; i++) {
        const struct queue_item *q = &items[i];
        if (i)
            buf_addc(b, ',');
        buf_adds(b, "{\"comment\":");
        int ret = comment_object(b, q->c, a);
        if (ret)
            return ret;
        buf_adds(b, ",\"article\":{");
        json_article_fields(b, q->art);
        buf_adds(b, "},\"parent\":");
        if (q->parent) {
            ret = comment_object(b, q->parent, a);
            if (ret)
                return ret;
        } else {
            buf_adds(b, "null");
        }
        const char *why[3];
        size_t nwhy = queue_why(q->c, why);
        buf_adds(b, ",\"why\":[");
        for (size_t k = 0; k < nwhy; k++) {
            if (k)
                buf_addc(b, ',');
            json_quotes(b, why[k]);
        }
        buf_adds(b, "],\"reports\":[");
        for (size_t k = 0; k < q->nreports; k++) {
            if (k)
                buf_addc(b, ',');
            buf_adds(b, "{\"reason\":");
            json_quotes(b, q->reports[k].reason);
            buf_adds(b, ",\"at\":\"");
            page_iso_time(b, q->reports[k].at);
            buf_adds(b, q->reports[k].counted ? "\",\"counted\":true}"
                                              : "\",\"counted\":false}");
        }
        buf_adds(b, "],\"record\":{\"visible\":");
        buf_add_i64(b, q->author_visible);
        buf_adds(b, ",\"removed\":");
        buf_add_i64(b, q->author_removed);
        buf_adds(b, "},\"screen\":");
        buf_adds(b, q->c->screen[0] ? q->c->screen : "null");
        buf_addc(b, '}');
    }
    buf_adds(b, "],\"raids\":[");
    for (size_t i = 0; i < nraids; i++) {
        if (i)
            buf_addc(b, ',');
        buf_addc(b, '{');
        json_article_fields(b, &raids[i]);
        buf_addc(b, '}');
    }
    buf_adds(b, "],\"total\":");
    buf_add_i64(b, total);
    buf_adds(b, ",\"next\":");
    if (next)
        json_quotes(b, next);
    else
        buf_adds(b, "null");
    buf_addc(b, '}');
    return buf_failed(b);
}

void json_audit(struct buf *b, const struct audit_entry *e, size_t n,
                const char *const *articles)
{
    buf_adds(b, "{\"log\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(b, ',');
        buf_adds(b, "{\"id\":");
        buf_add_i64(b, e[i].id);
        buf_adds(b, ",\"at\":\"");
        page_iso_time(b, e[i].at);
        buf_adds(b, "\",\"actor\":");
        json_quotes(b, e[i].actor);
        buf_adds(b, ",\"comment\":");
        buf_add_i64(b, e[i].comment_id);
        buf_adds(b, ",\"article\":");
        buf_add_i64(b, e[i].article_id);
        /* numbers start again in every thread: which thread, as the log
           page names it under the number */
        buf_adds(b, ",\"article_title\":");
        if (articles && articles[i])
            json_quotes(b, articles[i]);
        else
            buf_adds(b, "null");
        buf_adds(b, ",\"number\":");
        json_quotes(b, e[i].number);
        buf_adds(b, ",\"action\":");
        json_quotes(b, e[i].action);
        buf_adds(b, ",\"from\":");
        if (e[i].from_status >= 0)
            json_quotes(b, comment_status_name(e[i].from_status));
        else
            buf_adds(b, "null");
        buf_adds(b, ",\"to\":");
        if (e[i].to_status >= 0)
            json_quotes(b, comment_status_name(e[i].to_status));
        else
            buf_adds(b, "null");
        buf_adds(b, ",\"reason\":");
        json_quotes(b, e[i].reason);
        buf_adds(b, ",\"note\":");
        json_quotes(b, e[i].note);
        buf_addc(b, '}');
    }
    buf_adds(b, "]}");
}
