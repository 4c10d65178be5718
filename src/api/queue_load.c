/*
 * queue_load.c - see queue_load.h. The queue is short by nature (a few
 * hundred items at worst, capped by the store), so a handful of queries
 * per item is fine here.
 */
#include <string.h>

#include "api/queue_load.h"
#include "core/pseudonym.h"
#include "core/raid.h"

void queue_fill_handle(struct app *app, struct http_req *req, struct comment *c)
{
    c->handle = "";
    if (c->author_kind != AUTHOR_READER || !c->author_hash[0])
        return;
    char *h = arena_alloc(&req->arena, PSEUDONYM_HANDLE_LEN + 1);
    if (!h)
        return;
    pseudonym_handle(app->site.key, c->author_hash, c->article_id, h,
                     &c->handle_colour);
    c->handle = h;
}

int queue_load(struct app *app, struct http_req *req, int64_t article_id,
               bool newest_first, struct queue_item **out, size_t *n)
{
    struct comment *cs;
    size_t count;
    int ret = store_queue_list(app->store, article_id, newest_first,
                               &req->arena, &cs, &count);
    if (ret)
        return ret;
    struct queue_item *items =
        arena_alloc(&req->arena, (count ? count : 1) * sizeof(*items));
    if (!items)
        return ERR_NOMEM;
    for (size_t i = 0; i < count; i++) {
        struct queue_item *q = &items[i];
        struct comment *c = &cs[i];
        struct article *art = arena_alloc(&req->arena, sizeof(*art));
        if (!art)
            return ERR_NOMEM;
        ret = store_article_get(app->store, c->article_id, &req->arena, art);
        if (ret)
            return ret;
        queue_fill_handle(app, req, c);
        q->c = c;
        q->art = art;
        if (c->parent_id) {
            struct comment *p = arena_alloc(&req->arena, sizeof(*p));
            if (!p)
                return ERR_NOMEM;
            if (store_comment_get(app->store, c->parent_id, &req->arena, p) ==
                0) {
                queue_fill_handle(app, req, p);
                q->parent = p;
            }
        }
        if (c->author_hash[0] &&
            (ret = store_author_record(app->store, c->author_hash,
                                       &q->author_visible, &q->author_removed)))
            return ret;
        struct report *reports;
        ret = store_report_list(app->store, c->id, &req->arena, &reports,
                                &q->nreports);
        if (ret)
            return ret;
        q->reports = reports;
    }
    *out = items;
    *n = count;
    return 0;
}

int queue_raids(struct app *app, struct http_req *req, struct article **out,
                size_t *n)
{
    struct article *all;
    size_t count, k = 0;
    int ret = store_article_list(app->store, false, &req->arena, &all, &count);
    if (ret)
        return ret;
    for (size_t i = 0; i < count; i++)
        if (all[i].discussion == 1 && raid_active(app->store, all[i].id))
            all[k++] = all[i];
    *out = all;
    *n = k;
    return 0;
}
