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

int store_batched(struct store *s, store_batch_fn fn, void *ctx)
{
    if (!s->ops->batched)
        return fn(s, ctx);
    return s->ops->batched(s, fn, ctx);
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

int store_article_by_external_url(struct store *s, const char *url,
                                  struct arena *a, struct article *out)
{
    if (!url || !url[0])
        return ERR_NOTFOUND;
    return s->ops->article_by_external_url(s, url, a, out);
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

/* tz_ok: c's zone offset, if it has one, is one a backup can carry. */
static bool tz_ok(const struct comment *c)
{
    return !c->tz_known || (c->tz_offset_min >= -COMMENT_TZ_OFFSET_MAX_MIN &&
                            c->tz_offset_min <= COMMENT_TZ_OFFSET_MAX_MIN);
}

int store_comment_insert(struct store *s, struct comment *c)
{
    if (!tz_ok(c))
        return ERR_INVALID;
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

int store_user_insert(struct store *s, const struct user *u, int64_t *id)
{
    return s->ops->user_insert(s, u, id);
}

int store_user_by_name(struct store *s, const char *name_key, struct arena *a,
                       struct user *out)
{
    return s->ops->user_by_name(s, name_key, a, out);
}

int store_user_list(struct store *s, struct arena *a, struct user **out,
                    size_t *n)
{
    return s->ops->user_list(s, a, out, n);
}

int store_user_delete(struct store *s, const char *name_key)
{
    return s->ops->user_delete(s, name_key);
}

int store_user_set_password(struct store *s, const char *name_key,
                            const char *pwhash)
{
    return s->ops->user_set_password(s, name_key, pwhash);
}

int store_user_set_role(struct store *s, const char *name_key, enum role role)
{
    return s->ops->user_set_role(s, name_key, role);
}

int store_user_lock_admins(struct store *s)
{
    return s->ops->user_lock_admins(s);
}

int store_session_insert(struct store *s, const struct session *se)
{
    return s->ops->session_insert(s, se);
}

int store_session_get(struct store *s, const char *id_hash, struct arena *a,
                      struct session *out)
{
    return s->ops->session_get(s, id_hash, a, out);
}

int store_session_touch(struct store *s, const char *id_hash, int64_t now)
{
    return s->ops->session_touch(s, id_hash, now);
}

int store_session_delete(struct store *s, const char *id_hash)
{
    return s->ops->session_delete(s, id_hash);
}

int store_login_failure_add(struct store *s, const char *name_key,
                            const char *client, int64_t at,
                            int64_t forget_before)
{
    return s->ops->login_failure_add(s, name_key, client, at, forget_before);
}

int store_login_failure_count(struct store *s, const char *name_key,
                              const char *client, int64_t since,
                              int64_t *account, int64_t *by_client)
{
    return s->ops->login_failure_count(s, name_key, client, since, account,
                                       by_client);
}

int store_comment_transition(struct store *s, const struct transition *t)
{
    return s->ops->comment_transition(s, t);
}

int store_audit_add(struct store *s, const struct audit_entry *e)
{
    return s->ops->audit_add(s, e);
}

int store_audit_list(struct store *s, int64_t comment_id, int limit,
                     struct arena *a, struct audit_entry **out, size_t *n)
{
    return s->ops->audit_list(s, comment_id, limit, a, out, n);
}

int store_queue_page(struct store *s, const struct queue_query *q,
                     struct arena *a, struct comment **out, size_t *n)
{
    if (q->limit < 1 || q->limit > QUEUE_READ_MAX || q->offset < 0)
        return ERR_INVALID;
    /* No cursor is a cursor before the first comment in q's order, so each
     * backend's query is one range of comments_queue (created, id): a page
     * after a cursor starts where the cursor is, not at the queue's head. */
    struct queue_query from = *q;
    if (from.after_id == 0) {
        from.after_created = from.newest_first ? INT64_MAX : INT64_MIN;
        from.after_id = from.newest_first ? INT64_MAX : INT64_MIN;
    }
    return s->ops->queue_page(s, &from, a, out, n);
}

int store_queue_count(struct store *s, const struct queue_query *q,
                      int64_t *total)
{
    return s->ops->queue_count(s, q, total);
}

int store_report_add(struct store *s, const struct report_new *r,
                     int64_t *count, int64_t *counted)
{
    int64_t ignored;
    return s->ops->report_add(s, r, count, counted ? counted : &ignored);
}

int store_report_list(struct store *s, int64_t comment_id, struct arena *a,
                      struct report **out, size_t *n)
{
    return s->ops->report_list(s, comment_id, a, out, n);
}

int store_reports_restore(struct store *s, int64_t comment_id,
                          const struct report *rs, size_t n,
                          int64_t report_count)
{
    return s->ops->reports_restore(s, comment_id, rs, n, report_count);
}

int store_ban_add(struct store *s, const struct ban *b)
{
    return s->ops->ban_add(s, b);
}

int store_ban_active(struct store *s, const char *author_hash, int64_t now,
                     struct arena *a, struct ban *out)
{
    return s->ops->ban_active(s, author_hash, now, a, out);
}

int store_ban_list(struct store *s, int64_t now, struct arena *a,
                   struct ban **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    return s->ops->ban_list(s, now, a, out, n);
}

int store_ban_lift(struct store *s, int64_t id, int64_t now, struct arena *a,
                   struct ban *out)
{
    return s->ops->ban_lift(s, id, now, a, out);
}

int store_author_record(struct store *s, const char *author_hash,
                        int64_t *visible, int64_t *removed)
{
    return s->ops->author_record(s, author_hash, visible, removed);
}

int store_article_update(struct store *s, const struct article *in)
{
    return s->ops->article_update(s, in);
}

int store_checkpoint(struct store *s)
{
    return s->ops->checkpoint(s);
}

int store_recent_activity(struct store *s, int64_t article_id, int64_t since,
                          int64_t *comments, int64_t *new_readers)
{
    return s->ops->recent_activity(s, article_id, since, comments, new_readers);
}

int store_setting_add(struct store *s, const char *key, const char *value)
{
    return s->ops->setting_add(s, key, value);
}

int store_comments_by_author(struct store *s, const char *author_hash,
                             struct arena *a, struct comment **out, size_t *n)
{
    return s->ops->comments_by_author(s, author_hash, a, out, n);
}

int store_comments_by_author_page(struct store *s, const char *author_hash,
                                  int64_t before_id, int64_t limit,
                                  struct arena *a, struct comment **out,
                                  size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_AUTHOR_PAGE_MAX || before_id < 0)
        return ERR_INVALID;
    if (!author_hash || !author_hash[0])
        return 0;
    /* "below no id" is below every id, so one query serves both */
    if (before_id == 0)
        before_id = INT64_MAX;
    return s->ops->comments_by_author_page(s, author_hash, before_id, limit, a,
                                           out, n);
}

int store_author_comment_counts(struct store *s, const char *author_hash,
                                int64_t *live, int64_t *gone,
                                int64_t *withdrawn)
{
    *live = 0;
    *gone = 0;
    *withdrawn = 0;
    if (!author_hash || !author_hash[0])
        return 0;
    return s->ops->author_comment_counts(s, author_hash, live, gone, withdrawn);
}

int store_bulk_mode(struct store *s)
{
    return s->ops->bulk_mode(s);
}

int store_setting_swap(struct store *s, const char *key, const char *expected,
                       const char *value)
{
    return s->ops->setting_swap(s, key, expected, value);
}

int store_setting_list(struct store *s, const char *prefix, struct arena *a,
                       struct store_setting **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    return s->ops->setting_list(s, prefix, a, out, n);
}

/* A batched read answers none for no keys without asking the backend,
 * and refuses too many; the answer starts empty either way. */
#define BATCH_START(out, nout, n)                                              \
    do {                                                                       \
        *(out) = NULL;                                                         \
        *(nout) = 0;                                                           \
        if ((n) > STORE_BATCH_MAX)                                             \
            return ERR_INVALID;                                                \
        if ((n) == 0)                                                          \
            return 0;                                                          \
    } while (0)

int store_articles_by_ids(struct store *s, const int64_t *ids, size_t n,
                          struct arena *a, struct article **out, size_t *nout)
{
    BATCH_START(out, nout, n);
    return s->ops->articles_by_ids(s, ids, n, a, out, nout);
}

int store_comments_by_ids(struct store *s, const int64_t *ids, size_t n,
                          struct arena *a, struct comment **out, size_t *nout)
{
    BATCH_START(out, nout, n);
    return s->ops->comments_by_ids(s, ids, n, a, out, nout);
}

int store_author_records(struct store *s, const char *const *hashes, size_t n,
                         int64_t *visible, int64_t *removed)
{
    if (n > STORE_BATCH_MAX)
        return ERR_INVALID;
    for (size_t i = 0; i < n; i++)
        visible[i] = removed[i] = 0;
    return n ? s->ops->author_records(s, hashes, n, visible, removed) : 0;
}

int store_reports_of(struct store *s, const int64_t *comment_ids, size_t n,
                     struct arena *a, struct report **out, size_t *nout)
{
    BATCH_START(out, nout, n);
    return s->ops->reports_of(s, comment_ids, n, a, out, nout);
}

int store_bans_of(struct store *s, const char *const *hashes, size_t n,
                  int64_t now, struct arena *a, struct ban **out, size_t *nout)
{
    BATCH_START(out, nout, n);
    return s->ops->bans_of(s, hashes, n, now, a, out, nout);
}

int store_article_by_former_path(struct store *s, const char *path,
                                 struct arena *a, struct article *out)
{
    return s->ops->article_by_former_path(s, path, a, out);
}

int store_former_paths(struct store *s, int64_t article_id, struct arena *a,
                       struct former_path **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    return s->ops->former_paths(s, article_id, a, out, n);
}

int store_former_path_add(struct store *s, int64_t article_id, const char *path,
                          int64_t created)
{
    return s->ops->former_path_add(s, article_id, path, created);
}

int store_comments_newest(struct store *s, int64_t limit, struct arena *a,
                          struct comment **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NEWEST_MAX)
        return ERR_INVALID;
    return s->ops->comments_newest(s, limit, a, out, n);
}

/* The comments one transaction of store_comment_offsets_fill fills in. */
#define OFFSETS_FILL_BATCH 1000

int store_comment_offsets_fill(struct store *s,
                               int (*offset_min)(void *arg, int64_t created),
                               void *arg, int64_t *filled)
{
    struct arena a;
    int64_t done = 0, last_id = 0;
    int ret = 0;
    arena_init(&a, 0);
    /* each batch starts after the last one's last id (keyset), so no
       batch reads again the rows the ones before filled in; the partial
       index of migration 19 holds only the rows still to fill, so a
       database with none left answers at once */
    for (;;) {
        struct store_comment_time *rows = NULL;
        size_t n = 0;
        arena_reset(&a);
        ret = s->ops->comments_tz_unknown(s, last_id, OFFSETS_FILL_BATCH, &a,
                                          &rows, &n);
        if (ret || n == 0)
            break;
        ret = store_begin(s);
        if (ret)
            break;
        for (size_t i = 0; i < n && ret == 0; i++)
            ret = s->ops->comment_tz_set(s, rows[i].id,
                                         offset_min(arg, rows[i].created));
        if (ret == 0)
            ret = store_commit(s);
        if (ret) {
            store_rollback(s);
            break;
        }
        done += (int64_t)n;
        last_id = rows[n - 1].id;
        if (n < OFFSETS_FILL_BATCH)
            break;
    }
    arena_release(&a);
    if (filled)
        *filled = done;
    return ret;
}

int store_comments_newest_keys(struct store *s, int64_t limit, struct arena *a,
                               struct store_newest_key **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (limit < 1 || limit > STORE_NEWEST_MAX)
        return ERR_INVALID;
    return s->ops->comments_newest_keys(s, limit, a, out, n);
}
