/*
 * queue_load.c - see queue_load.h. The queue can be long (a raid fills it
 * with thousands), but it is read a page at a time (QUEUE_READ_MAX at
 * most), so a handful of queries per item of a page is fine here.
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

bool queue_reason_parse(const char *name, enum queue_reason *out)
{
    static const struct {
        const char *name;
        enum queue_reason why;
    } names[] = {{"pending", QUEUE_PENDING},
                 {"held", QUEUE_HELD},
                 {"screening", QUEUE_SCREENING},
                 {"reported", QUEUE_REPORTED}};
    *out = QUEUE_ANY;
    if (!name || !name[0])
        return true;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].why;
            return true;
        }
    }
    return false;
}

int queue_load(struct app *app, struct http_req *req,
               const struct queue_query *q, struct queue_item **out, size_t *n)
{
    struct comment *cs;
    size_t count;
    int ret = store_queue_page(app->store, q, &req->arena, &cs, &count);
    if (ret)
        return ret;
    struct queue_item *items =
        arena_alloc(&req->arena, (count ? count : 1) * sizeof(*items));
    if (!items)
        return ERR_NOMEM;
    for (size_t i = 0; i < count; i++) {
        struct queue_item *it = &items[i];
        struct comment *c = &cs[i];
        struct article *art = arena_alloc(&req->arena, sizeof(*art));
        if (!art)
            return ERR_NOMEM;
        ret = store_article_get(app->store, c->article_id, &req->arena, art);
        if (ret)
            return ret;
        queue_fill_handle(app, req, c);
        it->c = c;
        it->art = art;
        if (c->parent_id) {
            struct comment *p = arena_alloc(&req->arena, sizeof(*p));
            if (!p)
                return ERR_NOMEM;
            if (store_comment_get(app->store, c->parent_id, &req->arena, p) ==
                0) {
                queue_fill_handle(app, req, p);
                it->parent = p;
            }
        }
        if (c->author_hash[0] &&
            (ret =
                 store_author_record(app->store, c->author_hash,
                                     &it->author_visible, &it->author_removed)))
            return ret;
        struct report *reports;
        ret = store_report_list(app->store, c->id, &req->arena, &reports,
                                &it->nreports);
        if (ret)
            return ret;
        it->reports = reports;
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
