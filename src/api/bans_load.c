/*
 * bans_load.c - see bans_load.h. A ban whose comment was purged or is
 * gone still lists (and can be lifted); it just has no comment to show.
 */
#include "api/bans_load.h"
#include "api/queue_load.h"

int bans_load(struct app *app, struct http_req *req, struct ban_item **out,
              size_t *n)
{
    struct ban *bans;
    size_t nbans;
    int ret =
        store_ban_list(app->store, app->now(), &req->arena, &bans, &nbans);
    if (ret)
        return ret;
    struct ban_item *items =
        arena_alloc(&req->arena, (nbans ? nbans : 1) * sizeof(*items));
    if (!items)
        return ERR_NOMEM;
    for (size_t i = 0; i < nbans; i++) {
        struct comment *c = arena_alloc(&req->arena, sizeof(*c));
        if (!c)
            return ERR_NOMEM;
        items[i].ban = &bans[i];
        items[i].c = NULL;
        ret = store_comment_get(app->store, bans[i].comment_id, &req->arena, c);
        if (ret == 0) {
            queue_fill_handle(app, req, c);
            items[i].c = c;
        } else if (ret != ERR_NOTFOUND) {
            return ret;
        }
    }
    *out = items;
    *n = nbans;
    return 0;
}
