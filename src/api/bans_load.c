/*
 * bans_load.c - see bans_load.h. A ban whose comment was purged or is
 * gone still lists (and can be lifted); it just has no comment to show.
 * The bans page lists at most STORE_BANS_MAX bans in force, the newest,
 * and says so when it holds that many. A page that asks about certain
 * readers (an article's, for its moderator) reads those readers' bans
 * alone (bans_of_comments), with no such cap.
 */
#include <stdlib.h>
#include <string.h>

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

static int text_order(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

int bans_of_comments(struct app *app, struct http_req *req,
                     const struct comment *cs, size_t n, struct ban **out,
                     size_t *nout)
{
    *out = NULL;
    *nout = 0;
    const char **hashes =
        arena_alloc(&req->arena, (n ? n : 1) * sizeof(char *));
    if (!hashes)
        return ERR_NOMEM;
    size_t nh = 0;
    for (size_t i = 0; i < n; i++)
        if (cs[i].author_hash[0])
            hashes[nh++] = cs[i].author_hash;
    /* each reader once, in byte order: the batches' answers, one after
       the other, are then in that order too */
    qsort(hashes, nh, sizeof(*hashes), text_order);
    size_t u = 0;
    for (size_t i = 0; i < nh; i++)
        if (u == 0 || strcmp(hashes[u - 1], hashes[i]) != 0)
            hashes[u++] = hashes[i];
    nh = u;
    /* at most one ban in force per reader */
    struct ban *all = arena_alloc(&req->arena, (nh ? nh : 1) * sizeof(*all));
    if (!all)
        return ERR_NOMEM;
    size_t nall = 0;
    for (size_t at = 0; at < nh; at += STORE_BATCH_MAX) {
        size_t batch = nh - at < STORE_BATCH_MAX ? nh - at : STORE_BATCH_MAX;
        struct ban *got;
        size_t ngot;
        int ret = store_bans_of(app->store, hashes + at, batch, app->now(),
                                &req->arena, &got, &ngot);
        if (ret)
            return ret;
        for (size_t i = 0; i < ngot && nall < nh; i++)
            all[nall++] = got[i];
    }
    *out = all;
    *nout = nall;
    return 0;
}
