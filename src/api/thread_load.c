/*
 * thread_load.c - see thread_load.h.
 */
#include "api/thread_load.h"
#include "render/page.h"
#include "util/str.h"

int thread_load(struct app *app, struct http_req *req,
                const struct article *art, struct thread *t)
{
    struct comment *cs = NULL;
    size_t n = 0;
    int ret = store_comment_list(app_read_store(app, req), art->id, &req->arena,
                                 &cs, &n);
    if (ret)
        return ret;
    return thread_build(t, &app->site, art, cs, n, &req->arena);
}

int parse_article_id(const char *s, size_t len, int64_t *id)
{
    return str_to_int(s, len, 1, INT64_MAX, id);
}
