/*
 * queue_load.c - see queue_load.h. The queue can be long (a raid fills it
 * with thousands) and is read a page at a time (QUEUE_READ_MAX at most).
 * A page costs the same few queries however many items it shows: the
 * page, then its articles, parents, authors' records, their bans in force
 * and reports, each kind in one batched read (store.h), matched to the
 * items here. One query per item and kind was about two hundred round
 * trips for a page of fifty on PostgreSQL, where each is a trip over the
 * network. The raid banner reads the raid settings in one query too, not
 * every article and a setting per article.
 */
#include <stddef.h>
#include <stdlib.h>
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

/* first_at_least: the index of the first of n rows (each size bytes,
 * sorted by the int64_t key at key_offset) whose key is at least key, or n.
 * The batched reads answer in key order, so a page's items find their
 * rows by this one search. */
static size_t first_at_least(const void *rows, size_t n, size_t size,
                             size_t key_offset, int64_t key)
{
    const char *p = rows;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int64_t k;
        memcpy(&k, p + mid * size + key_offset, sizeof(k));
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* find_article: the article id in arts (ascending ids), or NULL. */
static const struct article *find_article(const struct article *arts, size_t n,
                                          int64_t id)
{
    size_t i = first_at_least(arts, n, sizeof(*arts),
                              offsetof(struct article, id), id);
    return i < n && arts[i].id == id ? &arts[i] : NULL;
}

/* find_comment: the comment id in cs (ascending ids), or NULL. */
static struct comment *find_comment(struct comment *cs, size_t n, int64_t id)
{
    size_t i =
        first_at_least(cs, n, sizeof(*cs), offsetof(struct comment, id), id);
    return i < n && cs[i].id == id ? &cs[i] : NULL;
}

/* first_report: the index of comment id's first report in rs (by comment
 * id), or n. */
static size_t first_report(const struct report *rs, size_t n, int64_t id)
{
    return first_at_least(rs, n, sizeof(*rs),
                          offsetof(struct report, comment_id), id);
}

static int text_order(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* hash_index: where h is in the sorted, distinct hashes. */
static size_t hash_index(const char *const *hashes, size_t n, const char *h)
{
    const char *const *hit =
        bsearch(&h, hashes, n, sizeof(*hashes), text_order);
    return hit ? (size_t)(hit - hashes) : n;
}

static int ban_order(const void *key, const void *row)
{
    return strcmp(key, ((const struct ban *)row)->author_hash);
}

/* find_ban: the ban of author hash h in bans (by hash, as store_bans_of
 * gives them), or NULL. */
static const struct ban *find_ban(const struct ban *bans, size_t n,
                                  const char *h)
{
    return n ? bsearch(h, bans, n, sizeof(*bans), ban_order) : NULL;
}

/* The keys of a page's items, for the batched reads. */
struct page_keys {
    int64_t *articles, *parents, *comments;
    const char **hashes; /* sorted, each once */
    size_t narticles, nparents, ncomments, nhashes;
};

static int page_keys(struct arena *a, const struct comment *cs, size_t n,
                     struct page_keys *k)
{
    memset(k, 0, sizeof(*k));
    k->articles = arena_alloc(a, n * sizeof(int64_t));
    k->parents = arena_alloc(a, n * sizeof(int64_t));
    k->comments = arena_alloc(a, n * sizeof(int64_t));
    k->hashes = arena_alloc(a, n * sizeof(char *));
    if (!k->articles || !k->parents || !k->comments || !k->hashes)
        return ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        k->articles[k->narticles++] = cs[i].article_id;
        k->comments[k->ncomments++] = cs[i].id;
        if (cs[i].parent_id)
            k->parents[k->nparents++] = cs[i].parent_id;
        if (cs[i].author_hash[0])
            k->hashes[k->nhashes++] = cs[i].author_hash;
    }
    /* a raider's fifty comments are one record to count, not fifty */
    qsort(k->hashes, k->nhashes, sizeof(*k->hashes), text_order);
    size_t u = 0;
    for (size_t i = 0; i < k->nhashes; i++)
        if (u == 0 || strcmp(k->hashes[u - 1], k->hashes[i]) != 0)
            k->hashes[u++] = k->hashes[i];
    k->nhashes = u;
    return 0;
}

int queue_load(struct app *app, struct http_req *req,
               const struct queue_query *q, struct queue_item **out, size_t *n)
{
    struct arena *a = &req->arena;
    struct comment *cs, *parents;
    struct article *arts;
    struct report *reports;
    struct ban *bans = NULL;
    struct page_keys k;
    size_t count, narts, nparents, nreports, nbans = 0;
    int64_t *visible, *removed;
    int ret = store_queue_page(app->store, q, a, &cs, &count);
    if (ret)
        return ret;
    struct queue_item *items =
        arena_alloc(a, (count ? count : 1) * sizeof(*items));
    if (!items)
        return ERR_NOMEM;
    if (count == 0)
        goto out;
    ret = page_keys(a, cs, count, &k);
    if (ret)
        return ret;
    visible = arena_alloc(a, (k.nhashes ? k.nhashes : 1) * sizeof(int64_t));
    removed = arena_alloc(a, (k.nhashes ? k.nhashes : 1) * sizeof(int64_t));
    if (!visible || !removed)
        return ERR_NOMEM;
    if ((ret = store_articles_by_ids(app->store, k.articles, k.narticles, a,
                                     &arts, &narts)) ||
        (ret = store_comments_by_ids(app->store, k.parents, k.nparents, a,
                                     &parents, &nparents)) ||
        (ret = store_author_records(app->store, k.hashes, k.nhashes, visible,
                                    removed)) ||
        (ret = store_reports_of(app->store, k.comments, k.ncomments, a,
                                &reports, &nreports)))
        return ret;
    /* whose author is banned already, so that nobody bans them again
       unaware (a second ban replaces the first: "for good" would become
       the 7 days of the key b). The bans of this page's authors alone,
       however many others are in force. */
    if ((ret = store_bans_of(app->store, k.hashes, k.nhashes, app->now(), a,
                             &bans, &nbans)))
        return ret;
    for (size_t i = 0; i < nparents; i++)
        queue_fill_handle(app, req, &parents[i]);
    for (size_t i = 0; i < count; i++) {
        struct queue_item *it = &items[i];
        struct comment *c = &cs[i];
        queue_fill_handle(app, req, c);
        it->c = c;
        it->art = find_article(arts, narts, c->article_id);
        if (!it->art)
            return ERR_NOTFOUND; /* as store_article_get would say */
        it->parent =
            c->parent_id ? find_comment(parents, nparents, c->parent_id) : NULL;
        it->author_visible = it->author_removed = 0;
        it->ban =
            c->author_hash[0] ? find_ban(bans, nbans, c->author_hash) : NULL;
        if (c->author_hash[0]) {
            size_t h = hash_index(k.hashes, k.nhashes, c->author_hash);
            if (h < k.nhashes) {
                it->author_visible = visible[h];
                it->author_removed = removed[h];
            }
        }
        size_t r = first_report(reports, nreports, c->id), e = r;
        while (e < nreports && reports[e].comment_id == c->id)
            e++;
        it->reports = e > r ? &reports[r] : NULL;
        it->nreports = e - r;
    }
out:
    *out = items;
    *n = count;
    return 0;
}

/* newest_order: store_article_list's order, newest first. */
static int newest_order(const void *x, const void *y)
{
    const struct article *a = x, *b = y;
    if (a->published != b->published)
        return a->published > b->published ? -1 : 1;
    return (a->id < b->id) - (a->id > b->id);
}

_Static_assert(STORE_SETTINGS_MAX <= STORE_BATCH_MAX,
               "every raid's article in one read");

static int id_order(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

int queue_raids_among(struct app *app, struct http_req *req,
                      const struct article *arts, size_t narts,
                      struct article **out, size_t *n)
{
    int64_t *ids;
    size_t nids, k = 0;
    struct article *found;
    *out = NULL;
    *n = 0;
    int ret = raid_list(app->store, &req->arena, &ids, &nids);
    if (ret || nids == 0)
        return ret;
    if (arts) {
        /* in arts' order, which is store_article_list's */
        found = arena_alloc(&req->arena, nids * sizeof(*found));
        if (!found)
            return ERR_NOMEM;
        for (size_t i = 0; i < narts && k < nids; i++)
            if (arts[i].discussion == 1 &&
                bsearch(&arts[i].id, ids, nids, sizeof(*ids), id_order))
                found[k++] = arts[i];
    } else {
        size_t nfound;
        ret = store_articles_by_ids(app->store, ids, nids, &req->arena, &found,
                                    &nfound);
        if (ret)
            return ret;
        for (size_t i = 0; i < nfound; i++)
            if (found[i].discussion == 1)
                found[k++] = found[i];
        qsort(found, k, sizeof(*found), newest_order);
    }
    *out = found;
    *n = k;
    return 0;
}

int queue_raids(struct app *app, struct http_req *req, struct article **out,
                size_t *n)
{
    return queue_raids_among(app, req, NULL, 0, out, n);
}
