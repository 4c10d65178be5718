/*
 * store.c - picks a backend from the database URL and forwards each call
 * through its function table. Keeping the dispatch here means callers never
 * see which backend they talk to.
 */
#include <string.h>

#include "store/store.h"
#include "util/str.h"

struct store *store_open(const char *url, struct buf *err)
{
    if (str_starts(url, "postgres://") || str_starts(url, "postgresql://"))
        return store_pg_open(url, err);
    if (str_starts(url, "sqlite:"))
        url += strlen("sqlite:");
    if (!*url) {
        buf_adds(err, "empty database path");
        return NULL;
    }
    return store_sqlite_open(url, err);
}

void store_free(struct store *s)
{
    if (s)
        s->ops->close(s);
}

const char *store_backend_name(const struct store *s)
{
    return s->ops->name;
}

int store_begin(struct store *s)
{
    return s->ops->begin(s);
}

int store_commit(struct store *s)
{
    return s->ops->commit(s);
}

int store_rollback(struct store *s)
{
    return s->ops->rollback(s);
}

int store_ping(struct store *s)
{
    return s->ops->ping(s);
}

int store_setting_get(struct store *s, const char *key, struct arena *a,
                      const char **value)
{
    return s->ops->setting_get(s, key, a, value);
}

int store_setting_set(struct store *s, const char *key, const char *value)
{
    return s->ops->setting_set(s, key, value);
}

int store_article_insert(struct store *s, const struct article *in,
                         int64_t *id_out)
{
    return s->ops->article_insert(s, in, id_out);
}

int store_article_get(struct store *s, int64_t id, struct arena *a,
                      struct article *out)
{
    return s->ops->article_get(s, id, a, out);
}

int store_article_by_path(struct store *s, const char *path, struct arena *a,
                          struct article *out)
{
    return s->ops->article_by_path(s, path, a, out);
}

int store_article_by_source(struct store *s, const char *source_id,
                            struct arena *a, struct article *out)
{
    return s->ops->article_by_source(s, source_id, a, out);
}

int store_article_list(struct store *s, bool published_only, struct arena *a,
                       struct article **out, size_t *n)
{
    return s->ops->article_list(s, published_only, a, out, n);
}

int store_article_count(struct store *s, int64_t *n)
{
    return s->ops->article_count(s, n);
}

int store_comment_insert(struct store *s, struct comment *c)
{
    return s->ops->comment_insert(s, c);
}

int store_comment_get(struct store *s, int64_t id, struct arena *a,
                      struct comment *out)
{
    return s->ops->comment_get(s, id, a, out);
}

int store_comment_by_source(struct store *s, const char *source_id,
                            struct arena *a, struct comment *out)
{
    return s->ops->comment_by_source(s, source_id, a, out);
}

int store_comment_by_created(struct store *s, int64_t article_id,
                             int64_t created, struct arena *a,
                             struct comment *out)
{
    return s->ops->comment_by_created(s, article_id, created, a, out);
}

int store_comment_list(struct store *s, int64_t article_id, struct arena *a,
                       struct comment **out, size_t *n)
{
    return s->ops->comment_list(s, article_id, a, out, n);
}

int store_comment_by_number(struct store *s, int64_t article_id,
                            const char *number, struct arena *a,
                            struct comment *out)
{
    return s->ops->comment_by_number(s, article_id, number, a, out);
}
