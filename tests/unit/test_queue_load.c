/*
 * test_queue_load.c - the moderation queue's page and raid banner: what
 * queue_load and queue_raids assemble, and how many store calls that
 * takes. The store is wrapped in one that counts the calls it forwards
 * (each is one query), so a page that went back to a query per item, or
 * a banner that read every article, fails here and not only in a
 * benchmark on PostgreSQL.
 */
#include "scratch_db.h"
#include "testlib.h"

#include "api/queue_load.h"
#include "core/raid.h"

/* --- a store that counts ---------------------------------------------- */

struct counting {
    struct store base;
    struct store *inner;
    int calls;
};

static struct store *inner_of(struct store *s)
{
    struct counting *c = (struct counting *)s;
    c->calls++;
    return c->inner;
}

/* FWD defines op name: count the call, then forward it to the inner
 * store. Ops the queue must not need are left NULL (a call crashes the
 * test). */
#define FWD(name, params, args)                                                \
    static int c_##name params                                                 \
    {                                                                          \
        struct store *in = inner_of(s);                                        \
        return in->ops->name args;                                             \
    }

FWD(queue_page,
    (struct store * s, const struct queue_query *q, struct arena *a,
     struct comment **out, size_t *n),
    (in, q, a, out, n))
FWD(article_get,
    (struct store * s, int64_t id, struct arena *a, struct article *out),
    (in, id, a, out))
FWD(article_list,
    (struct store * s, bool pub, struct arena *a, struct article **out,
     size_t *n),
    (in, pub, a, out, n))
FWD(comment_get,
    (struct store * s, int64_t id, struct arena *a, struct comment *out),
    (in, id, a, out))
FWD(author_record, (struct store * s, const char *h, int64_t *v, int64_t *r),
    (in, h, v, r))
FWD(report_list,
    (struct store * s, int64_t id, struct arena *a, struct report **out,
     size_t *n),
    (in, id, a, out, n))
FWD(setting_get,
    (struct store * s, const char *key, struct arena *a, const char **v),
    (in, key, a, v))
FWD(setting_list,
    (struct store * s, const char *prefix, struct arena *a,
     struct store_setting **out, size_t *n),
    (in, prefix, a, out, n))
FWD(articles_by_ids,
    (struct store * s, const int64_t *ids, size_t n, struct arena *a,
     struct article **out, size_t *nout),
    (in, ids, n, a, out, nout))
FWD(comments_by_ids,
    (struct store * s, const int64_t *ids, size_t n, struct arena *a,
     struct comment **out, size_t *nout),
    (in, ids, n, a, out, nout))
FWD(author_records,
    (struct store * s, const char *const *h, size_t n, int64_t *v, int64_t *r),
    (in, h, n, v, r))
FWD(bans_of,
    (struct store * s, const char *const *h, size_t n, int64_t now,
     struct arena *a, struct ban **out, size_t *nout),
    (in, h, n, now, a, out, nout))
FWD(reports_of,
    (struct store * s, const int64_t *ids, size_t n, struct arena *a,
     struct report **out, size_t *nout),
    (in, ids, n, a, out, nout))

static const struct store_ops counting_ops = {
    .name = "counting",
    .queue_page = c_queue_page,
    .article_get = c_article_get,
    .article_list = c_article_list,
    .comment_get = c_comment_get,
    .author_record = c_author_record,
    .report_list = c_report_list,
    .setting_get = c_setting_get,
    .setting_list = c_setting_list,
    .articles_by_ids = c_articles_by_ids,
    .comments_by_ids = c_comments_by_ids,
    .author_records = c_author_records,
    .reports_of = c_reports_of,
    .bans_of = c_bans_of,
};

/* --- the fixture -------------------------------------------------------- */

#define ARTICLES 10
#define REPLIES 5 /* held replies per article */

static struct scratch_db db;
static struct counting counter;
static struct app app;
static struct http_req req;
static int64_t art_ids[ARTICLES];

static const char *const hashes[] = {"aa01", "bb02", "cc03", ""};

/* The fixture's clock: bb02's ban (until 500000) is in force. */
#define NOW 200000
static int64_t fixed_now(void)
{
    return NOW;
}

/* fill: ARTICLES articles, the even ones pre-moderated; in each, a visible
 * comment (reported in the even articles) with REPLIES held replies by
 * three readers and an imported author; a reader with removed comments;
 * an article with no queue at all. */
static void fill(struct store *st)
{
    for (int i = 0; i < ARTICLES; i++) {
        char path[32];
        snprintf(path, sizeof(path), "/q/%d", i);
        struct article a = {.path = path,
                            .title = path,
                            .published = 1000 + (i * 7) % 5,
                            .is_published = true,
                            .discussion = i % 2 == 0 ? 1 : 0};
        ck_assert_int_eq(store_article_insert(st, &a, &art_ids[i]), 0);
    }
    struct article quiet = {.path = "/quiet", .title = "quiet"};
    int64_t quiet_id;
    ck_assert_int_eq(store_article_insert(st, &quiet, &quiet_id), 0);
    int64_t created = 100000, count;
    for (int i = 0; i < ARTICLES; i++) {
        struct comment top = {.article_id = art_ids[i],
                              .status = COMMENT_VISIBLE,
                              .author_kind = AUTHOR_READER,
                              .author_hash = hashes[i % 3],
                              .created = created++,
                              .body = "top",
                              .reason = ""};
        ck_assert_int_eq(store_comment_insert(st, &top), 0);
        if (i % 2 == 0) {
            ck_assert_int_eq(scratch_report_add(st, top.id, "r1", "spam",
                                                created + 5, &count),
                             0);
            ck_assert_int_eq(scratch_report_add(st, top.id, "r2", "insult",
                                                created + 3, &count),
                             0);
        }
        for (int j = 0; j < REPLIES; j++) {
            const char *h = hashes[(i + j) % 4];
            struct comment c = {.article_id = art_ids[i],
                                .parent_id = top.id,
                                .status = COMMENT_HELD,
                                .author_kind =
                                    h[0] ? AUTHOR_READER : AUTHOR_IMPORTED,
                                .author_hash = h,
                                .created = created++,
                                .body = "held",
                                .reason = ""};
            ck_assert_int_eq(store_comment_insert(st, &c), 0);
        }
    }
    struct comment gone = {.article_id = quiet_id,
                           .status = COMMENT_REMOVED,
                           .author_kind = AUTHOR_READER,
                           .author_hash = "aa01",
                           .created = 1,
                           .body = "",
                           .reason = "spam"};
    ck_assert_int_eq(store_comment_insert(st, &gone), 0);
    struct ban ban = {.author_hash = "bb02",
                      .until = 500000,
                      .created = NOW - 10,
                      .actor = "mod",
                      .comment_id = gone.id};
    ck_assert_int_eq(store_ban_add(st, &ban), 0);
}

static void setup(void)
{
    scratch_db_open(&db, "queue-load");
    fill(db.st);
    counter.base.ops = &counting_ops;
    counter.inner = db.st;
    counter.calls = 0;
    memset(&app, 0, sizeof(app));
    app.store = &counter.base;
    app.now = fixed_now;
    memset(app.site.key, 7, sizeof(app.site.key));
    memset(&req, 0, sizeof(req));
    arena_init(&req.arena, 0);
}

static void teardown(void)
{
    arena_release(&req.arena);
    scratch_db_close(&db);
}

/* check_item compares an assembled item with what the one-row reads of
 * the store say of its comment. */
static void check_item(const struct queue_item *it)
{
    struct store *st = db.st;
    const struct comment *c = it->c;
    struct article art;
    ck_assert_int_eq(store_article_get(st, c->article_id, &req.arena, &art), 0);
    ck_assert_ptr_nonnull(it->art);
    ck_assert_int_eq(it->art->id, art.id);
    ck_assert_str_eq(it->art->title, art.title);
    ck_assert_int_eq(it->art->discussion, art.discussion);
    if (c->parent_id) {
        struct comment p;
        ck_assert_int_eq(store_comment_get(st, c->parent_id, &req.arena, &p),
                         0);
        ck_assert_ptr_nonnull(it->parent);
        ck_assert_int_eq(it->parent->id, p.id);
        ck_assert_str_eq(it->parent->number, p.number);
        ck_assert_str_eq(it->parent->body, p.body);
        ck_assert_int_eq(strlen(it->parent->handle), PSEUDONYM_HANDLE_LEN);
    } else {
        ck_assert_ptr_null(it->parent);
    }
    if (c->author_hash[0]) {
        int64_t v, r;
        ck_assert_int_eq(store_author_record(st, c->author_hash, &v, &r), 0);
        ck_assert_int_eq(it->author_visible, v);
        ck_assert_int_eq(it->author_removed, r);
        ck_assert_int_eq(strlen(c->handle), PSEUDONYM_HANDLE_LEN);
        /* the ban in force on its author, as the one-row read says */
        struct ban b;
        int found = store_ban_active(st, c->author_hash, NOW, &req.arena, &b);
        if (found == 0) {
            ck_assert_ptr_nonnull(it->ban);
            ck_assert_int_eq(it->ban->id, b.id);
            ck_assert_int_eq(it->ban->until, b.until);
        } else {
            ck_assert_int_eq(found, ERR_NOTFOUND);
            ck_assert_ptr_null(it->ban);
        }
    } else {
        ck_assert_int_eq(it->author_visible, 0);
        ck_assert_int_eq(it->author_removed, 0);
        ck_assert_str_eq(c->handle, "");
        ck_assert_ptr_null(it->ban);
    }
    struct report *rs;
    size_t nrs;
    ck_assert_int_eq(store_report_list(st, c->id, &req.arena, &rs, &nrs), 0);
    ck_assert_uint_eq(it->nreports, nrs);
    for (size_t i = 0; i < nrs; i++) {
        ck_assert_int_eq(it->reports[i].comment_id, c->id);
        ck_assert_str_eq(it->reports[i].reason, rs[i].reason);
        ck_assert_int_eq(it->reports[i].at, rs[i].at);
    }
}

/* The queue's read plus one read per kind (articles, parents, records,
 * reports, the bans in force), whatever the page's length. */
#define PAGE_CALLS 6

START_TEST(test_page_in_constant_calls)
{
    int64_t sizes[] = {QUEUE_READ_MAX, 7, 1};
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        struct queue_query q = {.limit = sizes[k], .newest_first = k == 1};
        struct queue_item *items;
        size_t n;
        counter.calls = 0;
        ck_assert_int_eq(queue_load(&app, &req, &q, &items, &n), 0);
        ck_assert_msg(counter.calls <= PAGE_CALLS,
                      "a page of %zu items took %d store calls", n,
                      counter.calls);
        size_t want =
            k == 0 ? ARTICLES * REPLIES + ARTICLES / 2 : (size_t)sizes[k];
        ck_assert_uint_eq(n, want);
        size_t with_reports = 0, banned = 0;
        for (size_t i = 0; i < n; i++) {
            check_item(&items[i]);
            with_reports += items[i].nreports > 0;
            banned += items[i].ban != NULL;
        }
        if (k == 0) {
            ck_assert_uint_eq(with_reports, ARTICLES / 2);
            ck_assert_uint_gt(banned, 0);
        }
    }
}
END_TEST

/* A site with more bans in force than store_ban_list reads: the queue
 * still marks a reader whose ban is the oldest of them. */
START_TEST(test_oldest_ban_marked)
{
    struct store *st = db.st;
    ck_assert_int_eq(store_begin(st), 0);
    struct ban b = {.author_hash = "aa01",
                    .until = 0,
                    .created = NOW - 5000,
                    .actor = "mod",
                    .comment_id = 1};
    ck_assert_int_eq(store_ban_add(st, &b), 0);
    for (int i = 0; i < STORE_BANS_MAX + 1; i++) {
        char h[16];
        snprintf(h, sizeof(h), "zz%04d", i);
        b.author_hash = h;
        b.created = NOW - 4000 + i;
        ck_assert_int_eq(store_ban_add(st, &b), 0);
    }
    ck_assert_int_eq(store_commit(st), 0);
    struct queue_query q = {.limit = QUEUE_READ_MAX};
    struct queue_item *items;
    size_t n, marked = 0;
    ck_assert_int_eq(queue_load(&app, &req, &q, &items, &n), 0);
    ck_assert_int_le(counter.calls, PAGE_CALLS);
    ck_assert_uint_gt(n, 0);
    for (size_t i = 0; i < n; i++) {
        check_item(&items[i]);
        if (strcmp(items[i].c->author_hash, "aa01") == 0) {
            ck_assert_ptr_nonnull(items[i].ban);
            ck_assert_int_eq(items[i].ban->created, NOW - 5000);
            marked++;
        }
    }
    ck_assert_uint_gt(marked, 0);
}
END_TEST

START_TEST(test_empty_page_reads_once)
{
    struct queue_query q = {.article_id = 999999, .limit = 50};
    struct queue_item *items;
    size_t n = 9;
    ck_assert_int_eq(queue_load(&app, &req, &q, &items, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(counter.calls, 1);
}
END_TEST

/* raids_by_hand: the banner's articles as found one by one: every
 * article, pre-moderated and with a raid in force, newest first. */
static size_t raids_by_hand(int64_t *ids)
{
    struct article *all;
    size_t n, k = 0;
    ck_assert_int_eq(store_article_list(db.st, false, &req.arena, &all, &n), 0);
    for (size_t i = 0; i < n; i++)
        if (all[i].discussion == 1 && raid_active(db.st, all[i].id))
            ids[k++] = all[i].id;
    return k;
}

START_TEST(test_raids_without_reading_every_article)
{
    struct article *raids, *all;
    size_t n, nall;
    int64_t want[ARTICLES];
    ck_assert_int_eq(queue_raids(&app, &req, &raids, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(counter.calls, 1);
    /* raids on pre-moderated articles 0, 2, 4 and 8 (the last ended) and
     * on the open article 3, whose mode was changed by hand since */
    int raided[] = {0, 2, 4, 3, 8};
    for (size_t i = 0; i < 5; i++) {
        char key[32];
        snprintf(key, sizeof(key), "raid:%lld", (long long)art_ids[raided[i]]);
        ck_assert_int_eq(store_setting_set(db.st, key, i == 4 ? "" : "0"), 0);
    }
    size_t nwant = raids_by_hand(want);
    ck_assert_uint_eq(nwant, 3);
    counter.calls = 0;
    ck_assert_int_eq(queue_raids(&app, &req, &raids, &n), 0);
    ck_assert_int_le(counter.calls, 2);
    ck_assert_uint_eq(n, nwant);
    for (size_t i = 0; i < n; i++)
        ck_assert_int_eq(raids[i].id, want[i]);
    /* with every article at hand (the queue page's filter), no more */
    ck_assert_int_eq(store_article_list(db.st, false, &req.arena, &all, &nall),
                     0);
    counter.calls = 0;
    ck_assert_int_eq(queue_raids_among(&app, &req, all, nall, &raids, &n), 0);
    ck_assert_int_eq(counter.calls, 1);
    ck_assert_uint_eq(n, nwant);
    for (size_t i = 0; i < n; i++)
        ck_assert_int_eq(raids[i].id, want[i]);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_page_in_constant_calls);
    tcase_add_test(tc, test_oldest_ban_marked);
    tcase_add_test(tc, test_empty_page_reads_once);
    tcase_add_test(tc, test_raids_without_reading_every_article);
}

TEST_MAIN("queue_load")
