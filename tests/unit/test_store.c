/*
 * test_store.c - the store conformance suite: one set of checks that every
 * backend behind store.h must pass, so SQLite and PostgreSQL behave alike.
 *
 * Each test is a Check loop test; the loop index picks the backend:
 *   0  SQLite, in a fresh temporary directory (always)
 *   1  PostgreSQL, only when PG_TEST_URL names a database (make test starts
 *      a private cluster and sets it; see scripts/pg-cluster.sh)
 * Every PostgreSQL test gets a schema of its own in that database (the URL
 * is extended with options=-csearch_path=...), so tests never see each
 * other's rows, and the schema is dropped afterwards.
 *
 * What the suite pins down is the contract in store.h plus the behaviour of
 * sqlite.c, the reference: comment numbering, thread order, which error
 * each failure gives, transactions, and numbering under concurrency.
 */
#include <libpq-fe.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/moderation.h"
#include "core/staff.h"
#include "store/schema.h"
#include "store/store.h"
#include "scratch_db.h"
#include "testlib.h"

enum backend { BACKEND_SQLITE = 0, BACKEND_PG = 1 };

/* The database of the running test (one per forked test process). */
static char test_dir[512];
static char test_url[1024];
static char test_schema[64];
static int schema_counter;

/* The running test's scratch arena for rows read back: the fixture sets it
 * up before each test and releases it after, even after a failure. */
static struct arena arena;

static const char *pg_base_url(void)
{
    const char *u = getenv("PG_TEST_URL");
    return u && *u ? u : NULL;
}

/* admin_exec runs fixed SQL on the PG_TEST_URL database (test set-up). */
static void quiet(void *arg, const char *message)
{
    /* "drop cascades to ..." */
}

static void admin_exec(const char *sql)
{
    PGconn *db = PQconnectdb(pg_base_url());
    ck_assert_msg(PQstatus(db) == CONNECTION_OK, "admin connect: %s",
                  PQerrorMessage(db));
    PQsetNoticeProcessor(db, quiet, NULL);
    PGresult *res = PQexec(db, sql);
    ck_assert_msg(PQresultStatus(res) == PGRES_COMMAND_OK ||
                      PQresultStatus(res) == PGRES_TUPLES_OK,
                  "%s: %s", sql, PQerrorMessage(db));
    PQclear(res);
    PQfinish(db);
}

/* pg_count: the number the PG_TEST_URL database answers to sql. */
static long pg_count(const char *sql)
{
    PGconn *db = PQconnectdb(pg_base_url());
    ck_assert_int_eq(PQstatus(db), CONNECTION_OK);
    PGresult *res = PQexec(db, sql);
    ck_assert_int_eq(PQresultStatus(res), PGRES_TUPLES_OK);
    long n = strtol(PQgetvalue(res, 0, 0), NULL, 10);
    PQclear(res);
    PQfinish(db);
    return n;
}

/*
 * db_url prepares a fresh, empty database for the backend and returns its
 * URL (valid until the next call). The PostgreSQL URL carries an
 * application_name unique to the test, so a test can find its own server
 * connections.
 */
static const char *db_url(int backend)
{
    if (backend == BACKEND_SQLITE) {
        if (!test_dir[0]) {
            const char *tmp = getenv("TMPDIR");
            snprintf(test_dir, sizeof(test_dir), "%s/charla-store-XXXXXX",
                     tmp && *tmp ? tmp : "/tmp");
            ck_assert_ptr_nonnull(mkdtemp(test_dir));
        }
        snprintf(test_url, sizeof(test_url), "%s/test.db", test_dir);
        return test_url;
    }
    if (!test_schema[0]) {
        char sql[128];
        snprintf(test_schema, sizeof(test_schema), "t_%ld_%d", (long)getpid(),
                 ++schema_counter);
        snprintf(sql, sizeof(sql), "CREATE SCHEMA %s", test_schema);
        admin_exec(sql);
    }
    const char *base = pg_base_url();
    snprintf(test_url, sizeof(test_url),
             "%s%soptions=-csearch_path%%3D%s&application_name=%s", base,
             strchr(base, '?') ? "&" : "?", test_schema, test_schema);
    return test_url;
}

/* db_drop removes the test's database (files or schema). */
static void db_drop(void)
{
    if (test_dir[0]) {
        const char *suffix[] = {"", "-wal", "-shm"};
        char path[600];
        for (size_t i = 0; i < 3; i++) {
            snprintf(path, sizeof(path), "%s/test.db%s", test_dir, suffix[i]);
            unlink(path);
        }
        rmdir(test_dir);
        test_dir[0] = 0;
    }
    if (test_schema[0]) {
        char sql[128];
        snprintf(sql, sizeof(sql), "DROP SCHEMA %s CASCADE", test_schema);
        admin_exec(sql);
        test_schema[0] = 0;
    }
}

/* open_url opens a store on url; the test fails if it cannot. */
static struct store *open_url(const char *url)
{
    struct buf err;
    buf_init(&err, 4096);
    struct store *s = store_open(url, &err);
    ck_assert_msg(s != NULL, "store_open: %s", err.data);
    buf_release(&err);
    return s;
}

/* open_store opens the test's fresh database on the backend. */
static struct store *open_store(int backend)
{
    struct store *s = open_url(db_url(backend));
    ck_assert_str_eq(store_backend_name(s),
                     backend == BACKEND_SQLITE ? "sqlite" : "postgres");
    return s;
}

static void close_store(struct store *s)
{
    store_free(s);
    db_drop();
}

/* An article with every field set; path and source_id from the caller. */
static struct article sample_article(const char *path, const char *source,
                                     int64_t published)
{
    struct article a = {
        .path = path,
        .title = "Título \"quoted\" 'single' <b>",
        .byline = "Nagging Kathi",
        .published = published,
        .is_published = true,
        .body = "Body with ünïcödé and a backslash \\ and %s %d",
        .lead_image = "https://example.org/a.jpg",
        .lead_caption = "caption",
        .labels = "mexico,cartels",
        .source_id = source,
        .external_url = "",
        .discussion = 1,
    };
    return a;
}

static int64_t add_article(struct store *s, const char *path)
{
    struct article a = sample_article(path, NULL, 1000);
    int64_t id = 0;
    ck_assert_int_eq(store_article_insert(s, &a, &id), 0);
    ck_assert_int_gt(id, 0);
    return id;
}

static struct comment sample_comment(int64_t article, int64_t parent,
                                     const char *source)
{
    struct comment c = {
        .article_id = article,
        .parent_id = parent,
        .status = COMMENT_VISIBLE,
        .author_kind = AUTHOR_READER,
        .author_hash = "abcdef0123",
        .author_name = "Lector",
        .created = 1626000000,
        .body = "hola, ¿qué tal? 🇲🇽",
        .reason = "",
        .source_id = source,
    };
    return c;
}

/* add_comment inserts a reply (parent 0: top level) and returns its id. */
static int64_t add_comment(struct store *s, int64_t article, int64_t parent,
                           const char *want_number)
{
    struct comment c = sample_comment(article, parent, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    ck_assert_str_eq(c.number, want_number);
    ck_assert_int_gt(c.id, 0);
    return c.id;
}

/* get_article reads back an article that must exist (rows in arena). */
static struct article get_article(struct store *s, int64_t id)
{
    struct article got;
    ck_assert_int_eq(store_article_get(s, id, &arena, &got), 0);
    return got;
}

/* get_comment reads back a comment that must exist (rows in arena). */
static struct comment get_comment(struct store *s, int64_t id)
{
    struct comment got;
    ck_assert_int_eq(store_comment_get(s, id, &arena, &got), 0);
    return got;
}

/* list_comments reads an article's thread, which must hold want_n
 * comments; returns it in thread order (rows in arena). */
static struct comment *list_comments(struct store *s, int64_t article,
                                     size_t want_n)
{
    struct comment *list;
    size_t n = want_n + 99;
    ck_assert_int_eq(store_comment_list(s, article, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, want_n);
    return list;
}

START_TEST(test_open_migrates_once)
{
    const char *v;
    struct store *s = open_store(_i);
    ck_assert_int_eq(store_ping(s), 0);
    ck_assert_int_eq(store_setting_set(s, "k", "v"), 0);
    add_article(s, "/kept");
    store_free(s);
    /* a second open finds the schema current and the data intact */
    s = open_store(_i);
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), 0);
    ck_assert_str_eq(v, "v");
    int64_t n = -1;
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 1);
    store_free(s);
    s = open_store(_i);
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 1);
    close_store(s);
}
END_TEST

struct open_job {
    const char *url;
    int ok;
};

static void *open_thread(void *arg)
{
    struct open_job *job = arg;
    struct buf err;
    buf_init(&err, 4096);
    struct store *s = store_open(job->url, &err);
    job->ok = s != NULL;
    if (!s)
        fprintf(stderr, "concurrent open: %s\n", err.data);
    store_free(s);
    buf_release(&err);
    return NULL;
}

/* Several processes starting at once must migrate one database once. */
START_TEST(test_concurrent_open)
{
    enum { N = 6 };
    pthread_t t[N];
    struct open_job jobs[N];
    const char *url = db_url(_i);
    for (int i = 0; i < N; i++) {
        jobs[i].url = url;
        jobs[i].ok = 0;
        ck_assert_int_eq(pthread_create(&t[i], NULL, open_thread, &jobs[i]), 0);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        ck_assert_msg(jobs[i].ok, "open %d failed", i);
    }
    struct store *s = open_store(_i);
    int64_t n = -1;
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 0);
    close_store(s);
}
END_TEST

START_TEST(test_settings)
{
    const char *v = "untouched";
    struct store *s = open_store(_i);
    ck_assert_int_eq(store_setting_get(s, "missing", &arena, &v), ERR_NOTFOUND);
    ck_assert_int_eq(store_setting_set(s, "title", "Río Doce"), 0);
    ck_assert_int_eq(store_setting_get(s, "title", &arena, &v), 0);
    ck_assert_str_eq(v, "Río Doce");
    ck_assert_int_eq(store_setting_set(s, "title", "otro 'valor'; --"), 0);
    ck_assert_int_eq(store_setting_get(s, "title", &arena, &v), 0);
    ck_assert_str_eq(v, "otro 'valor'; --");
    ck_assert_int_eq(store_setting_set(s, "empty", ""), 0);
    ck_assert_int_eq(store_setting_get(s, "empty", &arena, &v), 0);
    ck_assert_str_eq(v, "");
    close_store(s);
}
END_TEST

static void assert_sample_article(const struct article *got, int64_t id,
                                  const char *path, const char *source)
{
    struct article want = sample_article(path, source, 1000);
    ck_assert_int_eq(got->id, id);
    ck_assert_str_eq(got->path, want.path);
    ck_assert_str_eq(got->title, want.title);
    ck_assert_str_eq(got->byline, want.byline);
    ck_assert_int_eq(got->published, want.published);
    ck_assert(got->is_published);
    ck_assert_str_eq(got->body, want.body);
    ck_assert_str_eq(got->lead_image, want.lead_image);
    ck_assert_str_eq(got->lead_caption, want.lead_caption);
    ck_assert_str_eq(got->labels, want.labels);
    ck_assert_str_eq(got->source_id, source ? source : "");
    ck_assert_str_eq(got->external_url, "");
    ck_assert_int_eq(got->discussion, 1);
    ck_assert_int_eq(got->version, 1);
    ck_assert_int_eq(got->comment_count, 0);
}

START_TEST(test_article_lookups)
{
    struct article got;
    struct store *s = open_store(_i);
    struct article in = sample_article("/2021/07/x.html", "blogger-1", 1000);
    int64_t id = 0;
    ck_assert_int_eq(store_article_insert(s, &in, &id), 0);

    got = get_article(s, id);
    assert_sample_article(&got, id, "/2021/07/x.html", "blogger-1");
    ck_assert_int_eq(store_article_by_path(s, "/2021/07/x.html", &arena, &got),
                     0);
    assert_sample_article(&got, id, "/2021/07/x.html", "blogger-1");
    ck_assert_int_eq(store_article_by_source(s, "blogger-1", &arena, &got), 0);
    assert_sample_article(&got, id, "/2021/07/x.html", "blogger-1");

    ck_assert_int_eq(store_article_get(s, id + 100, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_article_by_path(s, "/nope", &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_article_by_source(s, "nope", &arena, &got),
                     ERR_NOTFOUND);

    /* articles without a source id do not collide with each other */
    struct article a2 = sample_article("/two", NULL, 1000);
    struct article a3 = sample_article("/three", "", 1000);
    int64_t id2 = 0, id3 = 0;
    ck_assert_int_eq(store_article_insert(s, &a2, &id2), 0);
    ck_assert_int_eq(store_article_insert(s, &a3, &id3), 0);
    ck_assert_int_ne(id2, id3);
    got = get_article(s, id3);
    ck_assert_str_eq(got.source_id, "");
    close_store(s);
}
END_TEST

/* The thread of a page on another site is found by its URL: the oldest
   published article with it, else the oldest, and never one without a
   URL. */
START_TEST(test_article_by_external_url)
{
    struct article got;
    struct store *s = open_store(_i);
    struct article plain = sample_article("/plain", NULL, 1000);
    struct article imported = sample_article("/2023/01/story.html", NULL, 1000);
    imported.external_url = "https://dq.example/2023/01/story.html";
    struct article later =
        sample_article("/x/dq.example/2023/01/story.html", NULL, 1000);
    later.external_url = imported.external_url;
    int64_t id_plain = 0, id_imported = 0, id_later = 0;
    ck_assert_int_eq(store_article_insert(s, &plain, &id_plain), 0);
    ck_assert_int_eq(store_article_insert(s, &imported, &id_imported), 0);
    ck_assert_int_eq(store_article_insert(s, &later, &id_later), 0);

    ck_assert_int_eq(
        store_article_by_external_url(
            s, "https://dq.example/2023/01/story.html", &arena, &got),
        0);
    ck_assert_int_eq(got.id, id_imported);
    ck_assert_str_eq(got.path, "/2023/01/story.html");
    ck_assert_str_eq(got.external_url, "https://dq.example/2023/01/story.html");
    ck_assert_int_eq(
        store_article_by_external_url(
            s, "https://dq.example/2023/01/other.html", &arena, &got),
        ERR_NOTFOUND);
    ck_assert_int_eq(store_article_by_external_url(s, "", &arena, &got),
                     ERR_NOTFOUND);
    /* an unpublished one gives way to a published one, else is found */
    imported.id = id_imported;
    imported.is_published = false;
    ck_assert_int_eq(store_article_update(s, &imported), 0);
    ck_assert_int_eq(
        store_article_by_external_url(s, imported.external_url, &arena, &got),
        0);
    ck_assert_int_eq(got.id, id_later);
    later.id = id_later;
    later.is_published = false;
    ck_assert_int_eq(store_article_update(s, &later), 0);
    ck_assert_int_eq(
        store_article_by_external_url(s, imported.external_url, &arena, &got),
        0);
    ck_assert_int_eq(got.id, id_imported);
    close_store(s);
}
END_TEST

/* An id given is stored as given (a restore that keeps readers' handles);
 * one taken is a conflict, and the next article without one gets an id
 * past it. */
START_TEST(test_article_insert_with_id)
{
    struct store *s = open_store(_i);
    struct article a = sample_article("/a", "src-a", 1000);
    struct article b = sample_article("/b", "src-b", 1000);
    struct article c = sample_article("/c", "src-c", 1000);
    struct article d = sample_article("/d", "src-d", 1000);
    int64_t id = 0;
    a.id = 7;
    ck_assert_int_eq(store_article_insert(s, &a, &id), 0);
    ck_assert_int_eq(id, 7);
    b.id = 7;
    ck_assert_int_eq(store_article_insert(s, &b, &id), ERR_CONFLICT);
    b.id = 3;
    ck_assert_int_eq(store_article_insert(s, &b, &id), 0);
    ck_assert_int_eq(id, 3);
    ck_assert_int_eq(store_article_insert(s, &c, &id), 0);
    ck_assert_int_eq(id, 8);
    ck_assert_int_eq(store_article_insert(s, &d, &id), 0);
    ck_assert_int_eq(id, 9);
    struct arena ar;
    struct article got;
    arena_init(&ar, 0);
    ck_assert_int_eq(store_article_get(s, 3, &ar, &got), 0);
    ck_assert_str_eq(got.path, "/b");
    arena_release(&ar);
    close_store(s);
}
END_TEST

START_TEST(test_article_conflicts)
{
    struct store *s = open_store(_i);
    struct article in = sample_article("/p", "src-1", 1000);
    int64_t id = 0, id2 = 0;
    ck_assert_int_eq(store_article_insert(s, &in, &id), 0);
    struct article same_path = sample_article("/p", "src-2", 1000);
    ck_assert_int_eq(store_article_insert(s, &same_path, &id2), ERR_CONFLICT);
    struct article same_source = sample_article("/q", "src-1", 1000);
    ck_assert_int_eq(store_article_insert(s, &same_source, &id2), ERR_CONFLICT);
    int64_t n = 0;
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 1);
    /* the store still works after a conflict */
    struct article other = sample_article("/q", "src-2", 1000);
    ck_assert_int_eq(store_article_insert(s, &other, &id2), 0);
    ck_assert_int_eq(store_article_count(s, &n), 0);
    ck_assert_int_eq(n, 2);
    close_store(s);
}
END_TEST

START_TEST(test_article_list)
{
    struct article *list;
    size_t n = 99;
    struct store *s = open_store(_i);

    ck_assert_int_eq(store_article_list(s, false, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 0);

    struct article old = sample_article("/old", NULL, 1000);
    struct article mid = sample_article("/mid", NULL, 2000);
    struct article draft = sample_article("/draft", NULL, 3000);
    struct article tie = sample_article("/tie", NULL, 2000);
    draft.is_published = false;
    int64_t id_old, id_mid, id_draft, id_tie;
    ck_assert_int_eq(store_article_insert(s, &old, &id_old), 0);
    ck_assert_int_eq(store_article_insert(s, &mid, &id_mid), 0);
    ck_assert_int_eq(store_article_insert(s, &draft, &id_draft), 0);
    ck_assert_int_eq(store_article_insert(s, &tie, &id_tie), 0);

    /* comments: only visible ones count, tombstones and held do not */
    enum comment_status st[] = {COMMENT_VISIBLE, COMMENT_VISIBLE,
                                COMMENT_HELD,    COMMENT_REMOVED,
                                COMMENT_PENDING, COMMENT_PURGED};
    for (size_t i = 0; i < sizeof(st) / sizeof(st[0]); i++) {
        struct comment c = sample_comment(id_mid, 0, NULL);
        c.status = st[i];
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
    }

    ck_assert_int_eq(store_article_list(s, false, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 4);
    /* newest first; equal times: the later insert first */
    ck_assert_int_eq(list[0].id, id_draft);
    ck_assert(!list[0].is_published);
    ck_assert_int_eq(list[1].id, id_tie);
    ck_assert_int_eq(list[2].id, id_mid);
    ck_assert_int_eq(list[3].id, id_old);
    ck_assert_int_eq(list[2].comment_count, 2);
    ck_assert_int_eq(list[3].comment_count, 0);
    ck_assert_str_eq(list[2].path, "/mid");

    ck_assert_int_eq(store_article_list(s, true, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(list[0].id, id_tie);
    ck_assert_int_eq(list[1].id, id_mid);
    ck_assert_int_eq(list[2].id, id_old);

    struct article got = get_article(s, id_mid);
    ck_assert_int_eq(got.comment_count, 2);

    int64_t count = 0;
    ck_assert_int_eq(store_article_count(s, &count), 0);
    ck_assert_int_eq(count, 4);
    close_store(s);
}
END_TEST

START_TEST(test_comment_numbering)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t other = add_article(s, "/b");

    int64_t c1 = add_comment(s, aid, 0, "1");
    int64_t c2 = add_comment(s, aid, 0, "2");
    int64_t c11 = add_comment(s, aid, c1, "1.1");
    add_comment(s, aid, c1, "1.2");
    int64_t c111 = add_comment(s, aid, c11, "1.1.1");
    add_comment(s, aid, c2, "2.1");
    add_comment(s, aid, 0, "3");
    /* another article numbers from 1 again */
    add_comment(s, other, 0, "1");

    struct comment got = get_comment(s, c111);
    ck_assert_int_eq(got.depth, 2);
    ck_assert_int_eq(got.parent_id, c11);
    ck_assert_str_eq(got.number, "1.1.1");
    got = get_comment(s, c1);
    ck_assert_int_eq(got.depth, 0);
    ck_assert_int_eq(got.parent_id, 0);

    /* the insert fills depth in the struct too */
    struct comment c = sample_comment(aid, c111, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    ck_assert_str_eq(c.number, "1.1.1.1");
    ck_assert_int_eq(c.depth, 3);

    /* every insert bumped the version (initially 1) */
    struct article art = get_article(s, aid);
    ck_assert_int_eq(art.version, 1 + 8);
    ck_assert_int_eq(art.comment_count, 8);
    art = get_article(s, other);
    ck_assert_int_eq(art.version, 2);
    close_store(s);
}
END_TEST

START_TEST(test_comment_insert_errors)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");
    int64_t in_b = add_comment(s, bid, 0, "1");
    int64_t c1 = add_comment(s, aid, 0, "1");

    struct comment c = sample_comment(aid, in_b, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), ERR_INVALID);
    c = sample_comment(aid, in_b + c1 + 1000, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), ERR_NOTFOUND);

    c = sample_comment(aid, 0, "disqus-7");
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    ck_assert_str_eq(c.number, "2");
    c = sample_comment(aid, c1, "disqus-7");
    ck_assert_int_eq(store_comment_insert(s, &c), ERR_CONFLICT);

    /* failures neither used a number nor bumped the version */
    struct article art = get_article(s, aid);
    ck_assert_int_eq(art.version, 3);
    add_comment(s, aid, c1, "1.1");
    add_comment(s, aid, 0, "3");
    close_store(s);
}
END_TEST

START_TEST(test_comment_missing_article)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    struct comment c = sample_comment(aid + 1000, 0, NULL);
    int ret = store_comment_insert(s, &c);
    ck_assert_msg(ret == ERR_NOTFOUND, "got %s", err_name(ret));
    add_comment(s, aid, 0, "1");
    close_store(s);
}
END_TEST

/* assert_comment_fields: what a comment read back shares with the one
 * written (want's NULL source_id reads as ""). */
static void assert_comment_fields(const struct comment *got,
                                  const struct comment *want)
{
    ck_assert_int_eq(got->id, want->id);
    ck_assert_int_eq(got->article_id, want->article_id);
    ck_assert_int_eq(got->parent_id, want->parent_id);
    ck_assert_str_eq(got->number, want->number);
    ck_assert_int_eq(got->depth, want->depth);
    ck_assert_int_eq(got->status, want->status);
    ck_assert_int_eq(got->author_kind, want->author_kind);
    ck_assert_str_eq(got->author_hash, want->author_hash);
    ck_assert_str_eq(got->author_name, want->author_name);
    ck_assert_int_eq(got->created, want->created);
    ck_assert_str_eq(got->body, want->body);
    ck_assert_str_eq(got->reason, want->reason);
    ck_assert_str_eq(got->source_id, want->source_id ? want->source_id : "");
    ck_assert_int_eq(got->mod_edited, want->mod_edited);
}

static void assert_roundtrip(const struct comment *got,
                             const struct comment *want)
{
    assert_comment_fields(got, want);
    ck_assert_str_eq(got->handle, "");
}

START_TEST(test_comment_lookups)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");

    struct comment first = sample_comment(aid, 0, "src-1");
    first.created = 1626000000;
    first.status = COMMENT_REMOVED;
    first.author_kind = AUTHOR_IMPORTED;
    first.reason = "rule 3: threats";
    first.mod_edited = true;
    ck_assert_int_eq(store_comment_insert(s, &first), 0);
    struct comment same_second = sample_comment(aid, first.id, NULL);
    same_second.created = 1626000000;
    ck_assert_int_eq(store_comment_insert(s, &same_second), 0);
    struct comment later = sample_comment(aid, 0, NULL);
    later.created = 1626000060;
    ck_assert_int_eq(store_comment_insert(s, &later), 0);

    struct comment got = get_comment(s, first.id);
    assert_roundtrip(&got, &first);
    ck_assert_int_eq(store_comment_by_source(s, "src-1", &arena, &got), 0);
    assert_roundtrip(&got, &first);
    ck_assert_int_eq(store_comment_by_number(s, aid, "1.1", &arena, &got), 0);
    assert_roundtrip(&got, &same_second);
    ck_assert_int_eq(store_comment_by_number(s, aid, "2", &arena, &got), 0);
    assert_roundtrip(&got, &later);
    /* the first comment of that second */
    ck_assert_int_eq(store_comment_by_created(s, aid, 1626000000, &arena, &got),
                     0);
    ck_assert_int_eq(got.id, first.id);
    ck_assert_int_eq(store_comment_by_created(s, aid, 1626000060, &arena, &got),
                     0);
    ck_assert_int_eq(got.id, later.id);

    ck_assert_int_eq(store_comment_get(s, later.id + 100, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_by_source(s, "nope", &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_by_number(s, aid, "9", &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_by_number(s, bid, "1", &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_by_created(s, aid, 1626000001, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_by_created(s, bid, 1626000000, &arena, &got),
                     ERR_NOTFOUND);
    close_store(s);
}
END_TEST

START_TEST(test_comment_list_thread_order)
{
    char want[16];
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");
    list_comments(s, aid, 0);

    /* 1..11 top level, then 1.1..1.11 and 9.1, 10.1 */
    int64_t top[12];
    for (int i = 1; i <= 11; i++) {
        snprintf(want, sizeof(want), "%d", i);
        top[i] = add_comment(s, aid, 0, want);
    }
    for (int i = 1; i <= 11; i++) {
        snprintf(want, sizeof(want), "1.%d", i);
        add_comment(s, aid, top[1], want);
    }
    add_comment(s, aid, top[10], "10.1");
    add_comment(s, aid, top[9], "9.1");
    add_comment(s, bid, 0, "1");

    const char *order[] = {"1",   "1.1", "1.2", "1.3", "1.4",  "1.5",
                           "1.6", "1.7", "1.8", "1.9", "1.10", "1.11",
                           "2",   "3",   "4",   "5",   "6",    "7",
                           "8",   "9",   "9.1", "10",  "10.1", "11"};
    size_t norder = sizeof(order) / sizeof(order[0]);
    struct comment *list = list_comments(s, aid, norder);
    for (size_t i = 0; i < norder; i++) {
        ck_assert_str_eq(list[i].number, order[i]);
        ck_assert_int_eq(list[i].article_id, aid);
    }
    list_comments(s, bid, 1);
    list_comments(s, bid + 100, 0);
    close_store(s);
}
END_TEST

START_TEST(test_transaction_rollback)
{
    struct article art;
    struct comment got;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");

    ck_assert_int_eq(store_begin(s), 0);
    int64_t bid = add_article(s, "/b");
    int64_t c1 = add_comment(s, aid, 0, "1");
    add_comment(s, aid, c1, "1.1");
    ck_assert_int_eq(store_setting_set(s, "k", "v"), 0);
    /* the transaction sees its own writes */
    get_comment(s, c1);
    ck_assert_int_eq(store_rollback(s), 0);

    const char *v;
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), ERR_NOTFOUND);
    ck_assert_int_eq(store_article_get(s, bid, &arena, &art), ERR_NOTFOUND);
    ck_assert_int_eq(store_comment_get(s, c1, &arena, &got), ERR_NOTFOUND);
    list_comments(s, aid, 0);
    art = get_article(s, aid);
    ck_assert_int_eq(art.version, 1);
    add_comment(s, aid, 0, "1");
    close_store(s);
}
END_TEST

/*
 * A failed write inside a transaction does not spoil it (SQLite undoes
 * just the statement; PostgreSQL must be made to behave the same).
 */
START_TEST(test_transaction_survives_conflict)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");

    ck_assert_int_eq(store_begin(s), 0);
    int64_t c1 = add_comment(s, aid, 0, "1");
    struct article dup = sample_article("/a", NULL, 5);
    int64_t id;
    ck_assert_int_eq(store_article_insert(s, &dup, &id), ERR_CONFLICT);
    struct comment c = sample_comment(aid, 0, "s1");
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    c = sample_comment(aid, c1, "s1");
    ck_assert_int_eq(store_comment_insert(s, &c), ERR_CONFLICT);
    c = sample_comment(aid, c1 + 1000, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), ERR_NOTFOUND);
    add_comment(s, aid, c1, "1.1");
    ck_assert_int_eq(store_commit(s), 0);

    struct comment *list = list_comments(s, aid, 3);
    ck_assert_str_eq(list[0].number, "1");
    ck_assert_str_eq(list[1].number, "1.1");
    ck_assert_str_eq(list[2].number, "2");
    close_store(s);
}
END_TEST

struct insert_job {
    struct store *s;
    int64_t article_id;
    int64_t parent_id; /* replies go under this one, top level if 0 */
    int count;
    int failures;
};

static void *insert_thread(void *arg)
{
    struct insert_job *job = arg;
    for (int i = 0; i < job->count; i++) {
        struct comment c =
            sample_comment(job->article_id, i % 2 ? job->parent_id : 0, NULL);
        if (store_comment_insert(job->s, &c))
            job->failures++;
    }
    return NULL;
}

/* Concurrent inserts give unique numbers without gaps. */
START_TEST(test_concurrent_numbering)
{
    enum { THREADS = 6, EACH = 20 };
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t first = add_comment(s, aid, 0, "1");

    pthread_t t[THREADS];
    struct insert_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (struct insert_job){
            .s = s, .article_id = aid, .parent_id = first, .count = EACH};
        ck_assert_int_eq(pthread_create(&t[i], NULL, insert_thread, &jobs[i]),
                         0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        ck_assert_int_eq(jobs[i].failures, 0);
    }

    struct comment *list = list_comments(s, aid, 1 + THREADS * EACH);
    /* thread order: 1, 1.1 .. 1.R, 2 .. T+1 with R + T = THREADS * EACH */
    int replies = THREADS * EACH / 2;
    char want[16];
    size_t k = 0;
    ck_assert_str_eq(list[k++].number, "1");
    for (int i = 1; i <= replies; i++) {
        snprintf(want, sizeof(want), "1.%d", i);
        ck_assert_str_eq(list[k++].number, want);
    }
    for (int i = 2; i <= THREADS * EACH - replies + 1; i++) {
        snprintf(want, sizeof(want), "%d", i);
        ck_assert_str_eq(list[k++].number, want);
    }
    struct article art = get_article(s, aid);
    ck_assert_int_eq(art.version, 1 + 1 + THREADS * EACH);
    close_store(s);
}
END_TEST

/* A job for store_batched: a setting, a comment, then maybe a failure. */
struct batch_job {
    int64_t article_id;
    const char *key;
    bool fail; /* fail after writing: the job's writes must be undone */
    struct comment c;
    int64_t calls;
};

static int batch_fn(struct store *s, void *ctx)
{
    struct batch_job *j = ctx;
    j->calls++;
    int ret = store_setting_set(s, j->key, "written");
    if (ret == 0) {
        j->c = sample_comment(j->article_id, 0, NULL);
        ret = store_comment_insert(s, &j->c);
    }
    return ret ? ret : j->fail ? ERR_CONFLICT : 0;
}

struct batch_thread {
    struct store *s;
    struct batch_job job;
    int result;
};

static void *batch_thread_main(void *arg)
{
    struct batch_thread *t = arg;
    t->result = store_batched(t->s, batch_fn, &t->job);
    return NULL;
}

/* store_batched: each job's result comes back to its caller; a failing
 * job's writes are undone while the jobs batched with it stay. */
START_TEST(test_batched_jobs)
{
    enum { THREADS = 16 };
    const char *v;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    pthread_t t[THREADS];
    struct batch_thread bt[THREADS];
    char keys[THREADS][32];
    for (int i = 0; i < THREADS; i++) {
        snprintf(keys[i], sizeof(keys[i]), "batch_test_%d", i);
        bt[i] = (struct batch_thread){
            .s = s,
            .job = {.article_id = aid, .key = keys[i], .fail = i % 4 == 3}};
        ck_assert_int_eq(pthread_create(&t[i], NULL, batch_thread_main, &bt[i]),
                         0);
    }
    int ok = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        /* a job that fails after writing makes the batch run again */
        ck_assert_int_ge(bt[i].job.calls, 1);
        int got = store_setting_get(s, keys[i], &arena, &v);
        if (bt[i].job.fail) {
            ck_assert_int_eq(bt[i].result, ERR_CONFLICT);
            ck_assert_int_eq(got, ERR_NOTFOUND);
        } else {
            ck_assert_int_eq(bt[i].result, 0);
            ck_assert_int_eq(got, 0);
            ck_assert_str_eq(v, "written");
            ok++;
        }
    }
    /* only the kept jobs' comments exist, numbered without gaps */
    struct article art = get_article(s, aid);
    ck_assert_int_eq(art.comment_count, ok);
    struct comment *list = list_comments(s, aid, (size_t)ok);
    char want[16];
    snprintf(want, sizeof(want), "%d", ok);
    ck_assert_str_eq(list[ok - 1].number, want);
    close_store(s);
}
END_TEST

struct stress_thread {
    struct store *s;
    int64_t article_id;
    int rounds;
    int failures;
};

static int stress_fn(struct store *s, void *ctx)
{
    struct comment *c = ctx;
    return store_comment_insert(s, c);
}

static void *stress_main(void *arg)
{
    struct stress_thread *t = arg;
    for (int i = 0; i < t->rounds; i++) {
        struct comment c = sample_comment(t->article_id, 0, NULL);
        if (store_batched(t->s, stress_fn, &c))
            t->failures++;
    }
    return NULL;
}

/* Many callers batched over and over: every one is answered once, and
 * every job is stored once (the writer's wake-ups hand over between the
 * callers' stacks, which come and go). */
START_TEST(test_batched_many_callers)
{
    enum { THREADS = 64, ROUNDS = 40 };
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    pthread_t t[THREADS];
    struct stress_thread st[THREADS];
    for (int i = 0; i < THREADS; i++) {
        st[i] =
            (struct stress_thread){.s = s, .article_id = aid, .rounds = ROUNDS};
        ck_assert_int_eq(pthread_create(&t[i], NULL, stress_main, &st[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        ck_assert_int_eq(st[i].failures, 0);
    }
    struct article art = get_article(s, aid);
    ck_assert_int_eq(art.comment_count, THREADS * ROUNDS);
    close_store(s);
}
END_TEST

/* A job that reads one setting and, if asked, writes it first. */
struct setting_job {
    const char *write; /* NULL: only read */
    char got[32];
};

static int setting_fn(struct store *s, void *ctx)
{
    struct setting_job *j = ctx;
    struct arena a;
    const char *v;
    arena_init(&a, 0);
    int ret = j->write ? store_setting_set(s, "hold_threshold", j->write) : 0;
    if (ret == 0)
        ret = store_setting_get(s, "hold_threshold", &a, &v);
    if (ret == 0)
        snprintf(j->got, sizeof(j->got), "%s", v);
    arena_release(&a);
    return ret;
}

/* Settings read inside batches follow every change: one made by another
 * process between batches, and one made by a job of the batch. */
START_TEST(test_batched_settings_follow_changes)
{
    struct store *s = open_store(_i);
    struct store *other = open_url(test_url);
    ck_assert_int_eq(store_setting_set(s, "hold_threshold", "0.5"), 0);
    struct setting_job j = {0};
    ck_assert_int_eq(store_batched(s, setting_fn, &j), 0);
    ck_assert_str_eq(j.got, "0.5");
    ck_assert_int_eq(store_setting_set(other, "hold_threshold", "0.7"), 0);
    ck_assert_int_eq(store_batched(s, setting_fn, &j), 0);
    ck_assert_str_eq(j.got, "0.7");
    j.write = "0.9";
    ck_assert_int_eq(store_batched(s, setting_fn, &j), 0);
    ck_assert_str_eq(j.got, "0.9");
    j.write = NULL;
    ck_assert_int_eq(store_batched(s, setting_fn, &j), 0);
    ck_assert_str_eq(j.got, "0.9");
    /* and outside batches too */
    ck_assert_int_eq(store_setting_set(s, "hold_threshold", "0.6"), 0);
    ck_assert_int_eq(store_batched(s, setting_fn, &j), 0);
    ck_assert_str_eq(j.got, "0.6");
    store_free(other);
    close_store(s);
}
END_TEST

/* Two stores (two processes, as far as the database can tell). */
START_TEST(test_two_stores_share_numbering)
{
    struct store *s1 = open_store(_i);
    struct store *s2 = open_url(test_url);
    int64_t aid = add_article(s1, "/a");
    add_comment(s1, aid, 0, "1");
    add_comment(s2, aid, 0, "2");
    add_comment(s1, aid, 0, "3");
    struct article art;
    ck_assert_int_eq(store_article_by_path(s2, "/a", &arena, &art), 0);
    ck_assert_int_eq(art.version, 4);
    store_free(s2);
    close_store(s1);
}
END_TEST

START_TEST(test_open_failure_is_clear)
{
    struct buf err;
    buf_init(&err, 4096);
    if (_i == BACKEND_SQLITE) {
        struct store *s = store_open("/nonexistent-dir/sub/x.db", &err);
        ck_assert_ptr_null(s);
        ck_assert_contains(err.data, "/nonexistent-dir/sub/x.db");
    } else {
        /* port 1: nothing listens there on a test machine */
        struct store *s = store_open(
            "postgres://charla@127.0.0.1:1/none?connect_timeout=2", &err);
        ck_assert_ptr_null(s);
        ck_assert_contains(err.data, "cannot connect to PostgreSQL at "
                                     "127.0.0.1:1");
    }
    buf_release(&err);
}
END_TEST

/*
 * A connection the server drops: a read is tried again at once on a fresh
 * connection; a write in flight fails with ERR_DB (it may or may not have
 * been done) and the next op reconnects (PostgreSQL only; SQLite has no
 * server).
 */
/*
 * drop_own_connections ends the server side of every connection of the
 * test's stores and returns once the server has let them go: the ending
 * is a signal to each backend, acted on when it is next scheduled, which
 * on a busy machine can be a while after pg_terminate_backend returns.
 */
static void drop_own_connections(void)
{
    char sql[256];
    snprintf(sql, sizeof(sql),
             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
             "WHERE application_name = '%s'",
             test_schema);
    admin_exec(sql);
    snprintf(sql, sizeof(sql),
             "SELECT count(*) FROM pg_stat_activity "
             "WHERE application_name = '%s'",
             test_schema);
    long left = 1;
    for (int tries = 0; tries < 2000 && left > 0; tries++) {
        usleep(10 * 1000);
        left = pg_count(sql);
    }
    ck_assert_msg(left == 0, "%ld connections outlived their end", left);
}

START_TEST(test_pg_reconnects)
{
    if (_i != BACKEND_PG)
        return;
    const char *v;
    struct store *s = open_store(_i);
    ck_assert_int_eq(store_setting_set(s, "k", "v"), 0);
    drop_own_connections();
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), 0);
    ck_assert_str_eq(v, "v");
    drop_own_connections();
    ck_assert_int_eq(store_setting_set(s, "k", "v2"), ERR_DB);
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), 0);
    ck_assert_int_eq(store_setting_set(s, "k", "v"), 0);
    ck_assert_int_eq(store_ping(s), 0);

    /* inside a transaction the loss is reported until the rollback */
    ck_assert_int_eq(store_begin(s), 0);
    ck_assert_int_eq(store_setting_set(s, "k", "w"), 0);
    drop_own_connections();
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), ERR_DB);
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), ERR_DB);
    ck_assert_int_ne(store_commit(s), 0);
    ck_assert_int_eq(store_setting_get(s, "k", &arena, &v), 0);
    ck_assert_str_eq(v, "v");
    close_store(s);
}
END_TEST

/* --- Staff accounts, sessions and moderation (schema 2) ---------------- */

static int64_t add_user(struct store *s, const char *name, enum role role)
{
    struct user u = {.name = name,
                     .name_key = name,
                     .role = role,
                     .pwhash = "$argon2id$v=19$m=65536,t=2,p=1$x$y",
                     .created = 1600000000};
    int64_t id = 0;
    ck_assert_int_eq(store_user_insert(s, &u, &id), 0);
    ck_assert_int_gt(id, 0);
    return id;
}

START_TEST(test_users_and_sessions)
{
    struct user u, *users;
    struct session se;
    size_t n;
    int64_t count = -1;
    struct store *s = open_store(_i);

    int64_t kathi = add_user(s, "kathi", ROLE_MODERATOR);
    int64_t ana = add_user(s, "ana", ROLE_ADMIN);
    struct user dup = {.name = "Kathi",
                       .name_key = "kathi",
                       .role = ROLE_EDITOR,
                       .pwhash = "h",
                       .created = 1};
    int64_t id;
    ck_assert_int_eq(store_user_insert(s, &dup, &id), ERR_CONFLICT);

    ck_assert_int_eq(store_user_by_name(s, "kathi", &arena, &u), 0);
    ck_assert_int_eq(u.id, kathi);
    ck_assert_str_eq(u.name, "kathi");
    ck_assert_int_eq(u.role, ROLE_MODERATOR);
    ck_assert_int_eq(u.created, 1600000000);
    ck_assert_int_eq(store_user_by_name(s, "nobody", &arena, &u), ERR_NOTFOUND);
    ck_assert_int_eq(store_user_list(s, &arena, &users, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(users[0].name_key, "ana");
    ck_assert_str_eq(users[1].name_key, "kathi");

    struct session in = {.id_hash = "sess1",
                         .user_id = kathi,
                         .csrf = "csrf1",
                         .created = 100,
                         .last_seen = 100};
    ck_assert_int_eq(store_session_insert(s, &in), 0);
    ck_assert_int_eq(store_session_insert(s, &in), ERR_CONFLICT);
    ck_assert_int_eq(store_session_get(s, "sess1", &arena, &se), 0);
    ck_assert_str_eq(se.csrf, "csrf1");
    ck_assert_int_eq(se.user_id, kathi);
    ck_assert_str_eq(se.user.name, "kathi");
    ck_assert_int_eq(se.user.role, ROLE_MODERATOR);
    ck_assert_int_eq(store_session_touch(s, "sess1", 200), 0);
    ck_assert_int_eq(store_session_get(s, "sess1", &arena, &se), 0);
    ck_assert_int_eq(se.last_seen, 200);
    ck_assert_int_eq(se.created, 100);
    ck_assert_int_eq(store_session_delete(s, "sess1"), 0);
    ck_assert_int_eq(store_session_get(s, "sess1", &arena, &se), ERR_NOTFOUND);

    /* a new password ends the account's sessions, not others' */
    in.id_hash = "sess2";
    ck_assert_int_eq(store_session_insert(s, &in), 0);
    struct session other = {.id_hash = "sess3",
                            .user_id = ana,
                            .csrf = "c",
                            .created = 1,
                            .last_seen = 1};
    ck_assert_int_eq(store_session_insert(s, &other), 0);
    ck_assert_int_eq(store_user_set_password(s, "kathi", "new"), 0);
    ck_assert_int_eq(store_session_get(s, "sess2", &arena, &se), ERR_NOTFOUND);
    ck_assert_int_eq(store_session_get(s, "sess3", &arena, &se), 0);
    ck_assert_int_eq(store_user_by_name(s, "kathi", &arena, &u), 0);
    ck_assert_str_eq(u.pwhash, "new");
    ck_assert_int_eq(store_user_set_password(s, "nobody", "x"), ERR_NOTFOUND);

    /* a new role ends the account's sessions, not others' */
    in.id_hash = "sess4";
    ck_assert_int_eq(store_session_insert(s, &in), 0);
    ck_assert_int_eq(store_user_set_role(s, "kathi", ROLE_EDITOR), 0);
    ck_assert_int_eq(store_session_get(s, "sess4", &arena, &se), ERR_NOTFOUND);
    ck_assert_int_eq(store_session_get(s, "sess3", &arena, &se), 0);
    ck_assert_int_eq(se.user.role, ROLE_ADMIN);
    ck_assert_int_eq(store_user_by_name(s, "kathi", &arena, &u), 0);
    ck_assert_int_eq(u.role, ROLE_EDITOR);
    ck_assert_str_eq(u.pwhash, "new");
    ck_assert_int_eq(store_user_set_role(s, "kathi", ROLE_MODERATOR), 0);
    ck_assert_int_eq(store_user_by_name(s, "kathi", &arena, &u), 0);
    ck_assert_int_eq(u.role, ROLE_MODERATOR);
    ck_assert_int_eq(store_user_set_role(s, "nobody", ROLE_ADMIN),
                     ERR_NOTFOUND);

    /* deleting a user ends their sessions */
    ck_assert_int_eq(store_user_delete(s, "ana"), 0);
    ck_assert_int_eq(store_session_get(s, "sess3", &arena, &se), ERR_NOTFOUND);
    ck_assert_int_eq(store_user_delete(s, "ana"), ERR_NOTFOUND);
    ck_assert_int_eq(store_user_list(s, &arena, &users, &n), 0);
    ck_assert_uint_eq(n, 1);

    int64_t mine = -1;
    ck_assert_int_eq(store_login_failure_add(s, "kathi", "c1", 1000, 0), 0);
    ck_assert_int_eq(store_login_failure_add(s, "kathi", "c2", 2000, 0), 0);
    ck_assert_int_eq(store_login_failure_add(s, "kathi", "c1", 2000, 0), 0);
    ck_assert_int_eq(store_login_failure_add(s, "other", "c1", 2000, 0), 0);
    ck_assert_int_eq(
        store_login_failure_count(s, "kathi", "c1", 1500, &count, &mine), 0);
    ck_assert_int_eq(count, 2);
    ck_assert_int_eq(mine, 1);
    ck_assert_int_eq(
        store_login_failure_count(s, "kathi", "c1", 0, &count, &mine), 0);
    ck_assert_int_eq(count, 3);
    ck_assert_int_eq(mine, 2);
    ck_assert_int_eq(
        store_login_failure_count(s, "kathi", "c3", 0, &count, &mine), 0);
    ck_assert_int_eq(count, 3);
    ck_assert_int_eq(mine, 0);
    ck_assert_int_eq(
        store_login_failure_count(s, "none", "c1", 0, &count, &mine), 0);
    ck_assert_int_eq(count, 0);
    ck_assert_int_eq(mine, 0);
    /* an add forgets every account's rows older than it is told */
    ck_assert_int_eq(store_login_failure_add(s, "none", "c9", 3000, 1500), 0);
    ck_assert_int_eq(
        store_login_failure_count(s, "kathi", "c1", 0, &count, &mine), 0);
    ck_assert_int_eq(count, 2);
    ck_assert_int_eq(mine, 1);
    ck_assert_int_eq(
        store_login_failure_count(s, "none", "c9", 0, &count, &mine), 0);
    ck_assert_int_eq(count, 1);
    ck_assert_int_eq(mine, 1);
    close_store(s);
}
END_TEST

static struct transition make_transition(int64_t id, enum comment_status from,
                                         enum comment_status to,
                                         const char *action)
{
    struct transition t = {.comment_id = id,
                           .from = from,
                           .to = to,
                           .action = action,
                           .reason = "",
                           .note = "",
                           .actor = "kathi",
                           .at = 1700000000};
    return t;
}

START_TEST(test_transitions_and_audit)
{
    struct audit_entry *log;
    size_t n;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t c1 = add_comment(s, aid, 0, "1");
    int64_t c2 = add_comment(s, aid, 0, "2");
    struct article art = get_article(s, aid);
    int64_t version = art.version;

    struct transition t =
        make_transition(c1, COMMENT_VISIBLE, COMMENT_REMOVED, "remove");
    t.reason = "rule 2: no insults";
    t.note = "second time";
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    struct comment got = get_comment(s, c1);
    ck_assert_int_eq(got.status, COMMENT_REMOVED);
    ck_assert_str_eq(got.reason, "rule 2: no insults");
    ck_assert_str_eq(got.body, "hola, ¿qué tal? 🇲🇽"); /* kept for restore */
    art = get_article(s, aid);
    ck_assert_int_eq(art.version, version + 1);
    ck_assert_int_eq(art.comment_count, 1);

    /* someone was faster: the comment is no longer visible */
    ck_assert_int_eq(store_comment_transition(s, &t), ERR_CONFLICT);
    t.comment_id = c2 + 1000;
    ck_assert_int_eq(store_comment_transition(s, &t), ERR_NOTFOUND);

    /* a redaction replaces the body and marks it */
    t = make_transition(c2, COMMENT_VISIBLE, COMMENT_VISIBLE, "redact");
    t.new_body = "hola, [redacted]";
    t.mod_edited = true;
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    got = get_comment(s, c2);
    ck_assert_str_eq(got.body, "hola, [redacted]");
    ck_assert(got.mod_edited);
    /* mod_edited stays set by a later change without it */
    t = make_transition(c2, COMMENT_VISIBLE, COMMENT_HELD, "hold");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    got = get_comment(s, c2);
    ck_assert(got.mod_edited);
    ck_assert_str_eq(got.body, "hola, [redacted]");
    /* the article's count follows every change of visibility */
    art = get_article(s, aid);
    ck_assert_int_eq(art.comment_count, 0);
    t = make_transition(c2, COMMENT_HELD, COMMENT_VISIBLE, "approve");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    art = get_article(s, aid);
    ck_assert_int_eq(art.comment_count, 1);

    /* a purge erases the text, the name, the screening data, the reports */
    struct comment c = sample_comment(aid, 0, NULL);
    c.screen = "{\"insult\":0.9}";
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t count = 0;
    ck_assert_int_eq(
        scratch_report_add(s, c.id, "reader1", "doxxing", 1700000001, &count),
        0);
    got = get_comment(s, c.id);
    ck_assert_str_eq(got.screen, "{\"insult\":0.9}");
    t = make_transition(c.id, COMMENT_VISIBLE, COMMENT_PURGED, "purge");
    t.new_body = "";
    t.erase_identity = true;
    t.reason = "doxxing";
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    got = get_comment(s, c.id);
    ck_assert_int_eq(got.status, COMMENT_PURGED);
    ck_assert_str_eq(got.body, "");
    ck_assert_str_eq(got.author_name, "");
    ck_assert_str_eq(got.screen, "");
    struct report *reports;
    ck_assert_int_eq(store_report_list(s, c.id, &arena, &reports, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(reports[0].reason, "");

    /* an audit row that is not a status change */
    struct audit_entry note = {.at = 1700000100,
                               .actor = "kathi",
                               .comment_id = 0,
                               .article_id = aid,
                               .action = "setting",
                               .from_status = -1,
                               .to_status = -1,
                               .reason = "",
                               .note = "x"};
    ck_assert_int_eq(store_audit_add(s, &note), 0);

    ck_assert_int_eq(store_audit_list(s, 0, 100, &arena, &log, &n), 0);
    ck_assert_uint_eq(n, 6);
    ck_assert_str_eq(log[0].action, "setting");
    ck_assert_int_eq(log[0].from_status, -1);
    ck_assert_str_eq(log[0].number, "");
    ck_assert_str_eq(log[1].action, "purge");
    ck_assert_str_eq(log[5].action, "remove");
    ck_assert_str_eq(log[5].number, "1");
    ck_assert_str_eq(log[5].reason, "rule 2: no insults");
    ck_assert_str_eq(log[5].note, "second time");
    ck_assert_str_eq(log[5].actor, "kathi");
    ck_assert_int_eq(log[5].article_id, aid);
    ck_assert_int_eq(log[5].comment_id, c1);
    ck_assert_int_eq(log[5].from_status, COMMENT_VISIBLE);
    ck_assert_int_eq(log[5].to_status, COMMENT_REMOVED);
    ck_assert_int_eq(log[5].at, 1700000000);
    ck_assert_int_eq(store_audit_list(s, 0, 2, &arena, &log, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(store_audit_list(s, c2, 100, &arena, &log, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(log[0].action, "approve");
    ck_assert_str_eq(log[1].action, "hold");
    ck_assert_str_eq(log[0].number, "2");
    close_store(s);
}
END_TEST

/* queue_read reads the whole queue (or an article's) in one order. */
static int queue_read(struct store *s, int64_t article_id, bool newest_first,
                      struct arena *a, struct comment **out, size_t *n)
{
    struct queue_query q = {.article_id = article_id,
                            .newest_first = newest_first,
                            .limit = QUEUE_READ_MAX};
    return store_queue_page(s, &q, a, out, n);
}

/* Which reports count toward a hold: those whose reader brought a token,
 * one per network; an approval (clear_reports) stops every earlier one
 * counting. */
START_TEST(test_reports_counted)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    struct comment c = sample_comment(aid, 0, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    struct report_new r = {.comment_id = c.id,
                           .reporter_hash = "minted",
                           .client_hash = "",
                           .reason = "spam",
                           .at = 10,
                           .may_count = false};
    int64_t count = 0, counted = -1;
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(count, 1);
    ck_assert_int_eq(counted, 0);
    r.reporter_hash = "t1";
    r.client_hash = "net1";
    r.may_count = true;
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(counted, 1);
    r.reporter_hash = "t2"; /* the same network again */
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(count, 3);
    ck_assert_int_eq(counted, 1);
    r.reporter_hash = "t3";
    r.client_hash = ""; /* no network known: by token alone */
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(counted, 2);
    struct report *list;
    size_t n;
    ck_assert_int_eq(store_report_list(s, c.id, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 4);
    int listed = 0;
    for (size_t i = 0; i < n; i++)
        listed += list[i].counted;
    ck_assert_int_eq(listed, 2);

    struct transition t =
        make_transition(c.id, COMMENT_VISIBLE, COMMENT_VISIBLE, "approve");
    t.clear_reports = true;
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    ck_assert_int_eq(store_report_list(s, c.id, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 4); /* kept: the same readers cannot report again */
    for (size_t i = 0; i < n; i++)
        ck_assert(!list[i].counted);
    r.reporter_hash = "t4";
    r.client_hash = "net1"; /* counted before the approval: counts again */
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(count, 1);
    ck_assert_int_eq(counted, 1);
    store_free(s);
}
END_TEST

/* A backup's reports come back with their reason, time and whether they
 * count, under reporter keys no reader has, and the comment's count of
 * undismissed reports as the backup says. */
START_TEST(test_reports_restore)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    struct comment c = sample_comment(aid, 0, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    struct report rs[] = {{.reason = "spam", .at = 10, .counted = false},
                          {.reason = "doxxing", .at = 20, .counted = true}};
    ck_assert_int_eq(store_reports_restore(s, c.id, rs, 2, 1), 0);
    struct report *list;
    size_t n;
    ck_assert_int_eq(store_report_list(s, c.id, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(list[0].reason, "spam");
    ck_assert(!list[0].counted);
    ck_assert_int_eq(list[1].at, 20);
    ck_assert(list[1].counted);
    struct comment got = get_comment(s, c.id);
    ck_assert_int_eq(got.report_count, 1);
    /* a reader may report it once more: no row has their hash */
    struct report_new r = {.comment_id = c.id,
                           .reporter_hash = "1",
                           .client_hash = "",
                           .reason = "spam",
                           .at = 30,
                           .may_count = true};
    int64_t count = 0, counted = 0;
    ck_assert_int_eq(store_report_add(s, &r, &count, &counted), 0);
    ck_assert_int_eq(count, 2);
    ck_assert_int_eq(counted, 2);
    ck_assert_int_eq(store_reports_restore(s, c.id + 1000, rs, 2, 1),
                     ERR_NOTFOUND);
    store_free(s);
}
END_TEST

START_TEST(test_reports_and_queue)
{
    struct comment *q, got;
    struct report *reports;
    size_t n;
    int64_t count = 0;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");

    struct comment pending = sample_comment(aid, 0, NULL);
    pending.status = COMMENT_PENDING;
    pending.created = 300;
    ck_assert_int_eq(store_comment_insert(s, &pending), 0);
    struct comment held = sample_comment(bid, 0, NULL);
    held.status = COMMENT_HELD;
    held.created = 100;
    ck_assert_int_eq(store_comment_insert(s, &held), 0);
    struct comment reported = sample_comment(aid, 0, NULL);
    reported.created = 200;
    ck_assert_int_eq(store_comment_insert(s, &reported), 0);
    struct comment quiet = sample_comment(aid, 0, NULL);
    quiet.created = 50;
    ck_assert_int_eq(store_comment_insert(s, &quiet), 0);
    struct comment removed = sample_comment(aid, 0, NULL);
    removed.status = COMMENT_REMOVED;
    ck_assert_int_eq(store_comment_insert(s, &removed), 0);

    struct article art = get_article(s, aid);
    int64_t version = art.version;
    ck_assert_int_eq(
        scratch_report_add(s, reported.id, "r1", "insult", 1000, &count), 0);
    ck_assert_int_eq(count, 1);
    ck_assert_int_eq(
        scratch_report_add(s, reported.id, "r2", "spam", 1001, &count), 0);
    ck_assert_int_eq(count, 2);
    ck_assert_int_eq(
        scratch_report_add(s, reported.id, "r1", "again", 1002, &count),
        ERR_CONFLICT);
    got = get_comment(s, reported.id);
    ck_assert_int_eq(got.report_count, 2);
    art = get_article(s, aid);
    ck_assert_int_eq(art.version, version + 2);
    ck_assert_int_ne(
        scratch_report_add(s, removed.id + 1000, "r1", "x", 1, &count), 0);

    ck_assert_int_eq(store_report_list(s, reported.id, &arena, &reports, &n),
                     0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(reports[0].reason, "insult");
    ck_assert_int_eq(reports[0].at, 1000);
    ck_assert_int_eq(reports[1].comment_id, reported.id);
    ck_assert_int_eq(store_report_list(s, quiet.id, &arena, &reports, &n), 0);
    ck_assert_uint_eq(n, 0);

    /* the queue: pending, held, and visible with reports; oldest first */
    ck_assert_int_eq(queue_read(s, 0, false, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(q[0].id, held.id);
    ck_assert_int_eq(q[1].id, reported.id);
    ck_assert_int_eq(q[2].id, pending.id);
    ck_assert_int_eq(q[1].report_count, 2);
    ck_assert_int_eq(queue_read(s, 0, true, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(q[0].id, pending.id);
    ck_assert_int_eq(q[2].id, held.id);
    ck_assert_int_eq(queue_read(s, aid, false, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(q[0].id, reported.id);
    ck_assert_int_eq(queue_read(s, aid, true, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(q[0].id, pending.id);

    /* dismissing the reports takes the comment out of the queue */
    struct transition t = make_transition(reported.id, COMMENT_VISIBLE,
                                          COMMENT_VISIBLE, "approve");
    t.clear_reports = true;
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    got = get_comment(s, reported.id);
    ck_assert_int_eq(got.report_count, 0);
    ck_assert_int_eq(queue_read(s, aid, false, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 1);
    close_store(s);
}
END_TEST

/* The queue in pages: the filters and the count are the query's, before
 * the limit, and a cursor goes on after the last comment of a page. */
START_TEST(test_queue_pages)
{
    struct comment *q;
    size_t n;
    int64_t total = 0;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");
    int64_t ids[30];
    for (int i = 0; i < 30; i++) {
        struct comment c = sample_comment(i < 20 ? aid : bid, 0, NULL);
        c.status = i % 3 == 0 ? COMMENT_PENDING : COMMENT_HELD;
        c.screen = i % 3 == 1 ? "{\"score\":0.9,\"spans\":[]}" : "";
        c.created = 1000 + i / 2; /* pairs share a time: the id breaks ties */
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
        ids[i] = c.id;
    }
    /* a visible comment reported, later than every held one */
    struct comment late = sample_comment(bid, 0, NULL);
    late.created = 5000;
    ck_assert_int_eq(store_comment_insert(s, &late), 0);
    int64_t count;
    ck_assert_int_eq(scratch_report_add(s, late.id, "r1", "", 5001, &count), 0);

    struct queue_query all = {.limit = 7};
    ck_assert_int_eq(store_queue_count(s, &all, &total), 0);
    ck_assert_int_eq(total, 31);
    /* walk every page by cursor: each comment once, in order */
    int64_t seen = 0;
    for (;;) {
        ck_assert_int_eq(store_queue_page(s, &all, &arena, &q, &n), 0);
        ck_assert_uint_le(n, 7);
        for (size_t k = 0; k < n; k++, seen++)
            ck_assert_int_eq(q[k].id, seen < 30 ? ids[seen] : late.id);
        if (n < 7)
            break;
        all.after_created = q[n - 1].created;
        all.after_id = q[n - 1].id;
    }
    ck_assert_int_eq(seen, 31);
    /* newest first, by offset */
    struct queue_query newest = {.newest_first = true, .offset = 1, .limit = 2};
    ck_assert_int_eq(store_queue_page(s, &newest, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(q[0].id, ids[29]);
    ck_assert_int_eq(q[1].id, ids[28]);
    /* newest first by cursor: each comment once, pairs of one time by id */
    struct queue_query back = {.newest_first = true, .limit = 4};
    seen = 0;
    for (;;) {
        ck_assert_int_eq(store_queue_page(s, &back, &arena, &q, &n), 0);
        for (size_t k = 0; k < n; k++, seen++)
            ck_assert_int_eq(q[k].id, seen == 0 ? late.id : ids[30 - seen]);
        if (n < 4)
            break;
        back.after_created = q[n - 1].created;
        back.after_id = q[n - 1].id;
    }
    ck_assert_int_eq(seen, 31);
    /* a filter whose only match is past the first page */
    struct queue_query reported = {.why = QUEUE_REPORTED, .limit = 5};
    ck_assert_int_eq(store_queue_count(s, &reported, &total), 0);
    ck_assert_int_eq(total, 1);
    ck_assert_int_eq(store_queue_page(s, &reported, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(q[0].id, late.id);
    /* the other reasons, and an article */
    struct queue_query pending = {.why = QUEUE_PENDING, .limit = 100};
    ck_assert_int_eq(store_queue_count(s, &pending, &total), 0);
    ck_assert_int_eq(total, 10);
    struct queue_query held = {.why = QUEUE_HELD, .limit = 100};
    ck_assert_int_eq(store_queue_count(s, &held, &total), 0);
    ck_assert_int_eq(total, 20);
    struct queue_query screening = {.why = QUEUE_SCREENING, .limit = 100};
    ck_assert_int_eq(store_queue_page(s, &screening, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 10);
    for (size_t k = 0; k < n; k++)
        ck_assert(q[k].screen[0]);
    struct queue_query in_b = {.article_id = bid, .limit = 100};
    ck_assert_int_eq(store_queue_count(s, &in_b, &total), 0);
    ck_assert_int_eq(total, 11);
    in_b.why = QUEUE_PENDING;
    ck_assert_int_eq(store_queue_page(s, &in_b, &arena, &q, &n), 0);
    ck_assert_uint_eq(n, 3); /* 21, 24, 27 */
    ck_assert_int_eq(q[0].id, ids[21]);
    /* a limit out of bounds is refused, not read */
    struct queue_query bad = {.limit = 0};
    ck_assert_int_eq(store_queue_page(s, &bad, &arena, &q, &n), ERR_INVALID);
    bad.limit = QUEUE_READ_MAX + 1;
    ck_assert_int_eq(store_queue_page(s, &bad, &arena, &q, &n), ERR_INVALID);
    close_store(s);
}
END_TEST

/* A reader has one ban in force: a second replaces it (one row, even a
 * shorter one), the list shows one per reader, a lift ends it (and any
 * other of that reader's) at once. */
START_TEST(test_bans_replace_list_and_lift)
{
    struct ban got, *list = NULL;
    size_t n = 99;
    struct store *s = open_store(_i);
    struct ban b = {.author_hash = "h1",
                    .until = 0,
                    .created = 1000,
                    .actor = "kathi",
                    .comment_id = 7};
    ck_assert_int_eq(store_ban_list(s, 1000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    b.until = 1100 + 86400;
    b.created = 1100;
    b.actor = "lena";
    b.comment_id = 8;
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 1200, &arena, &got), 0);
    ck_assert_int_eq(got.until, 1100 + 86400);
    ck_assert_str_eq(got.actor, "lena");
    ck_assert_int_eq(got.comment_id, 8);
    struct ban other = {.author_hash = "h2",
                        .until = 5000,
                        .created = 1150,
                        .actor = "kathi",
                        .comment_id = 9};
    ck_assert_int_eq(store_ban_add(s, &other), 0);
    ck_assert_int_eq(store_ban_list(s, 1200, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(list[0].author_hash, "h2"); /* newest first */
    ck_assert_str_eq(list[1].author_hash, "h1");
    int64_t h1_ban = list[1].id, h2_ban = list[0].id;
    /* h2's ban ran out: not listed, not liftable */
    ck_assert_int_eq(store_ban_list(s, 5000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(store_ban_lift(s, h2_ban, 5000, &arena, &got),
                     ERR_NOTFOUND);

    ck_assert_int_eq(store_ban_lift(s, h1_ban, 1300, &arena, &got), 0);
    ck_assert_int_eq(got.id, h1_ban);
    ck_assert_int_eq(got.until, 1100 + 86400); /* as it was */
    ck_assert_int_eq(store_ban_active(s, "h1", 1300, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_ban_lift(s, h1_ban, 1301, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_ban_list(s, 1300, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].author_hash, "h2");
    /* banned again after the lift: a ban in force again */
    b.created = 1400;
    b.until = 0;
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 99999, &arena, &got), 0);
    ck_assert_int_eq(got.until, 0);
    close_store(s);
}
END_TEST

/* store_bans_of answers for the readers asked about, however many bans
 * are in force: the oldest of more than STORE_BANS_MAX, which
 * store_ban_list leaves out, too. A ban run out or lifted is not in force;
 * a reader without a ban and a repeated or empty hash give no row; the
 * answer is by hash, one row per reader. */
START_TEST(test_bans_of_beyond_the_list)
{
    struct ban *list = NULL, got;
    size_t n = 99;
    struct store *s = open_store(_i);
    char hash[STORE_BANS_MAX + 10][16];
    ck_assert_int_eq(store_begin(s), 0);
    for (int i = 0; i < STORE_BANS_MAX + 10; i++) {
        snprintf(hash[i], sizeof(hash[i]), "r%04d", i);
        struct ban b = {.author_hash = hash[i],
                        .until = i % 3 == 0 ? 0 : 100000 + i,
                        .created = 1000 + i,
                        .actor = "kathi",
                        .comment_id = i + 1};
        ck_assert_int_eq(store_ban_add(s, &b), 0);
    }
    /* ran out at 3000, and lifted at 2500 */
    struct ban old = {.author_hash = "gone",
                      .until = 3000,
                      .created = 900,
                      .actor = "lena",
                      .comment_id = 1};
    ck_assert_int_eq(store_ban_add(s, &old), 0);
    old.author_hash = "lifted";
    old.until = 0;
    ck_assert_int_eq(store_ban_add(s, &old), 0);
    ck_assert_int_eq(store_commit(s), 0);
    ck_assert_int_eq(store_ban_active(s, "lifted", 2500, &arena, &got), 0);
    ck_assert_int_eq(store_ban_lift(s, got.id, 2500, &arena, &got), 0);

    /* the list stops at the newest STORE_BANS_MAX: r0000 is not in it */
    ck_assert_int_eq(store_ban_list(s, 5000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, STORE_BANS_MAX);
    for (size_t i = 0; i < n; i++)
        ck_assert_str_ne(list[i].author_hash, hash[0]);

    const char *ask[] = {hash[STORE_BANS_MAX + 9],
                         "gone",
                         hash[0],
                         "nobody",
                         "lifted",
                         hash[1],
                         "",
                         hash[0]};
    size_t nask = sizeof(ask) / sizeof(ask[0]);
    ck_assert_int_eq(store_bans_of(s, ask, nask, 5000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(list[0].author_hash, hash[0]); /* by hash */
    ck_assert_str_eq(list[1].author_hash, hash[1]);
    ck_assert_str_eq(list[2].author_hash, hash[STORE_BANS_MAX + 9]);
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(
            store_ban_active(s, list[i].author_hash, 5000, &arena, &got), 0);
        ck_assert_int_eq(list[i].id, got.id);
        ck_assert_int_eq(list[i].until, got.until);
        ck_assert_int_eq(list[i].created, got.created);
        ck_assert_str_eq(list[i].actor, got.actor);
        ck_assert_int_eq(list[i].comment_id, got.comment_id);
    }
    ck_assert_int_eq(list[0].until, 0);
    ck_assert_int_eq(list[0].comment_id, 1);

    /* before it ran out, and before it was lifted, each was in force */
    ck_assert_int_eq(store_bans_of(s, ask + 1, 1, 2000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].author_hash, "gone");
    ck_assert_int_eq(store_bans_of(s, ask + 4, 1, 2000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].author_hash, "lifted");
    /* r0001's ban ends at 100001; r0000's is for good */
    ck_assert_int_eq(store_bans_of(s, ask + 2, 4, 100001, &arena, &list, &n),
                     0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].author_hash, hash[0]);

    /* none asked: no rows; too many: refused, not truncated */
    ck_assert_int_eq(store_bans_of(s, NULL, 0, 5000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, 0);
    const char **many =
        arena_alloc(&arena, (STORE_BATCH_MAX + 1) * sizeof(*many));
    ck_assert_ptr_nonnull(many);
    for (size_t i = 0; i <= STORE_BATCH_MAX; i++)
        many[i] = hash[i % (STORE_BANS_MAX + 10)];
    ck_assert_int_eq(
        store_bans_of(s, many, STORE_BATCH_MAX, 5000, &arena, &list, &n), 0);
    ck_assert_uint_eq(n, STORE_BANS_MAX + 10);
    ck_assert_int_eq(
        store_bans_of(s, many, STORE_BATCH_MAX + 1, 5000, &arena, &list, &n),
        ERR_INVALID);
    close_store(s);
}
END_TEST

/* store_setting_swap writes only over the value the caller read. */
START_TEST(test_setting_swap)
{
    const char *v = NULL;
    struct store *s = open_store(_i);
    ck_assert_int_eq(store_setting_swap(s, "names", "", "Rosa"), 0);
    ck_assert_int_eq(store_setting_swap(s, "names", "", "Lena"), ERR_CONFLICT);
    ck_assert_int_eq(store_setting_swap(s, "names", "Ana", "Lena"),
                     ERR_CONFLICT);
    ck_assert_int_eq(store_setting_get(s, "names", &arena, &v), 0);
    ck_assert_str_eq(v, "Rosa");
    ck_assert_int_eq(store_setting_swap(s, "names", "Rosa", "Rosa\nLena"), 0);
    ck_assert_int_eq(store_setting_get(s, "names", &arena, &v), 0);
    ck_assert_str_eq(v, "Rosa\nLena");
    ck_assert_int_eq(store_setting_set(s, "empty", ""), 0);
    ck_assert_int_eq(store_setting_swap(s, "empty", "", "x"), 0);
    ck_assert_int_eq(store_setting_get(s, "empty", &arena, &v), 0);
    ck_assert_str_eq(v, "x");
    ck_assert_int_eq(store_setting_swap(s, "absent", "x", "y"), ERR_CONFLICT);
    ck_assert_int_eq(store_setting_get(s, "absent", &arena, &v), ERR_NOTFOUND);
    close_store(s);
}
END_TEST

START_TEST(test_bans_and_author_record)
{
    struct ban got;
    int64_t visible = -1, removed = -1;
    struct store *s = open_store(_i);

    ck_assert_int_eq(store_ban_active(s, "h1", 1000, &arena, &got),
                     ERR_NOTFOUND);
    struct ban b = {.author_hash = "h1",
                    .until = 2000,
                    .created = 900,
                    .actor = "kathi",
                    .comment_id = 7};
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 1000, &arena, &got), 0);
    ck_assert_int_eq(got.until, 2000);
    ck_assert_int_eq(got.created, 900);
    ck_assert_str_eq(got.actor, "kathi");
    ck_assert_int_eq(got.comment_id, 7);
    ck_assert_str_eq(got.author_hash, "h1");
    ck_assert_int_gt(got.id, 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 2000, &arena, &got),
                     ERR_NOTFOUND);
    ck_assert_int_eq(store_ban_active(s, "h2", 1000, &arena, &got),
                     ERR_NOTFOUND);
    /* a newer ban replaces the one in force (here longer, then for good) */
    b.until = 5000;
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 1000, &arena, &got), 0);
    ck_assert_int_eq(got.until, 5000);
    b.until = 0;
    ck_assert_int_eq(store_ban_add(s, &b), 0);
    ck_assert_int_eq(store_ban_active(s, "h1", 99999, &arena, &got), 0);
    ck_assert_int_eq(got.until, 0);

    ck_assert_int_eq(store_author_record(s, "h1", &visible, &removed), 0);
    ck_assert_int_eq(visible, 0);
    ck_assert_int_eq(removed, 0);
    int64_t aid = add_article(s, "/a");
    enum comment_status st[] = {COMMENT_VISIBLE, COMMENT_VISIBLE,
                                COMMENT_REMOVED, COMMENT_PURGED,
                                COMMENT_DELETED, COMMENT_HELD};
    for (size_t i = 0; i < sizeof(st) / sizeof(st[0]); i++) {
        struct comment c = sample_comment(aid, 0, NULL);
        c.author_hash = "h1";
        c.status = st[i];
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
    }
    add_comment(s, aid, 0, "7"); /* another author */
    ck_assert_int_eq(store_author_record(s, "h1", &visible, &removed), 0);
    ck_assert_int_eq(visible, 2);
    ck_assert_int_eq(removed, 2);
    ck_assert_int_eq(store_checkpoint(s), 0);
    close_store(s);
}
END_TEST

START_TEST(test_article_update)
{
    struct article got;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    add_article(s, "/b");
    struct article up = sample_article("/a-renamed", "ignored", 4242);
    up.id = aid;
    up.title = "Nuevo título";
    up.is_published = false;
    up.discussion = 2;
    up.external_url = "https://example.org/x";
    ck_assert_int_eq(store_article_update(s, &up), 0);
    got = get_article(s, aid);
    ck_assert_str_eq(got.path, "/a-renamed");
    ck_assert_str_eq(got.title, "Nuevo título");
    ck_assert_int_eq(got.published, 4242);
    ck_assert(!got.is_published);
    ck_assert_int_eq(got.discussion, 2);
    ck_assert_str_eq(got.external_url, "https://example.org/x");
    ck_assert_str_eq(got.source_id, ""); /* not an editable field */
    ck_assert_int_eq(got.version, 2);
    up.path = "/b";
    ck_assert_int_eq(store_article_update(s, &up), ERR_CONFLICT);
    up.path = "/c";
    up.id = aid + 1000;
    ck_assert_int_eq(store_article_update(s, &up), ERR_NOTFOUND);
    close_store(s);
}
END_TEST

/*
 * raw_exec runs fixed SQL on the test's database behind the store's back
 * (what no store op does, such as deleting an article, or building an old
 * schema): through sqlite3 on the file, or in the test's PostgreSQL schema.
 */
static void raw_exec(int backend, const char *sql)
{
    if (backend == BACKEND_SQLITE) {
        sqlite3 *db = NULL;
        char *msg = NULL;
        ck_assert_int_eq(sqlite3_open(test_url, &db), SQLITE_OK);
        int rc = sqlite3_exec(db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
        ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, msg ? msg : "");
        sqlite3_free(msg);
        sqlite3_close(db);
        return;
    }
    char *full = NULL;
    ck_assert_int_ge(
        asprintf(&full, "SET search_path TO %s; %s", test_schema, sql), 0);
    admin_exec(full);
    free(full);
}

/* schema_at builds the database of a site at schema version (its first
 * version migrations, as an older charla left them) in the backend's
 * dialect, for an upgrade test. */
static void schema_at(int backend, size_t version)
{
    const char *const *steps =
        backend == BACKEND_SQLITE ? schema_sqlite : schema_pg;
    char *sql = NULL;
    ck_assert_int_ge(
        asprintf(&sql,
                 "CREATE TABLE schema_version(version INTEGER NOT NULL);"
                 "INSERT INTO schema_version VALUES (%zu);",
                 version),
        0);
    raw_exec(backend, sql);
    free(sql);
    for (size_t v = 0; v < version; v++)
        raw_exec(backend, steps[v]);
}

/* After an upgrade that changed a comment of article /a and none of /b:
 * /a's version moved (its cached page is dropped), /b's did not. */
static void assert_upgrade_dropped_page_a(struct store *s)
{
    struct article a;
    ck_assert_int_eq(store_article_by_path(s, "/a", &arena, &a), 0);
    ck_assert_int_eq(a.version, 2);
    ck_assert_int_eq(store_article_by_path(s, "/b", &arena, &a), 0);
    ck_assert_int_eq(a.version, 1);
}

/* Comments 1 .. n have was_public as want[0 .. n) says. */
static void assert_was_public(struct store *s, const bool *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct comment c;
        ck_assert_int_eq(store_comment_get(s, (int64_t)i + 1, &arena, &c), 0);
        ck_assert_msg(c.was_public == want[i], "comment %zu", i + 1);
    }
}

static int cmp_former(const void *x, const void *y)
{
    return strcmp(((const struct former_path *)x)->path,
                  ((const struct former_path *)y)->path);
}

/* former_list reads an article's former paths: want_n of them, joined by
 * spaces in path order (renames within one second share a time, so the
 * store's most-recent-first order is checked apart), in arena. */
static const char *former_list(struct store *s, int64_t article, size_t want_n)
{
    struct former_path *fp;
    size_t n = 99;
    ck_assert_int_eq(store_former_paths(s, article, &arena, &fp, &n), 0);
    ck_assert_uint_eq(n, want_n);
    if (n)
        qsort(fp, n, sizeof(*fp), cmp_former);
    char *out = arena_strdup(&arena, "");
    for (size_t i = 0; i < n; i++)
        out = arena_sprintf(&arena, "%s%s%s", out, i ? " " : "", fp[i].path);
    return out;
}

/* rename_to gives an article a new path through store_article_update. */
static int rename_to(struct store *s, int64_t id, const char *path)
{
    struct article a = get_article(s, id);
    a.path = path;
    return store_article_update(s, &a);
}

/* moved_to: the current path of the article that once had path, or NULL
 * when no article had it (ERR_NOTFOUND). */
static const char *moved_to(struct store *s, const char *path)
{
    struct article a;
    int ret = store_article_by_former_path(s, path, &arena, &a);
    if (ret == ERR_NOTFOUND)
        return NULL;
    ck_assert_int_eq(ret, 0);
    return a.path;
}

/* The wall clock in whole seconds, as the database reads it. */
static int64_t precise_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec;
}

START_TEST(test_former_paths)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");
    ck_assert_str_eq(former_list(s, aid, 0), "");
    ck_assert_ptr_null(moved_to(s, "/a"));

    /* a rename records the old path, with the time it happened (read
       from the clock the database reads: time() reads a coarser one,
       which can still show the second before for a few milliseconds) */
    int64_t before = precise_now();
    ck_assert_int_eq(rename_to(s, aid, "/a2"), 0);
    int64_t after = precise_now();
    struct former_path *fp;
    size_t n;
    ck_assert_int_eq(store_former_paths(s, aid, &arena, &fp, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(fp[0].path, "/a");
    ck_assert_int_ge(fp[0].created, before);
    ck_assert_int_le(fp[0].created, after);
    ck_assert_str_eq(moved_to(s, "/a"), "/a2");
    /* every former path leads to where the article is now */
    ck_assert_int_eq(rename_to(s, aid, "/a3"), 0);
    ck_assert_str_eq(former_list(s, aid, 2), "/a /a2");
    ck_assert_str_eq(moved_to(s, "/a"), "/a3");
    ck_assert_str_eq(moved_to(s, "/a2"), "/a3");
    ck_assert_ptr_null(moved_to(s, "/a3"));
    ck_assert_str_eq(former_list(s, bid, 0), "");

    /* an update that keeps the path, or fails, records nothing */
    struct article same = get_article(s, aid);
    same.title = "Otro título";
    ck_assert_int_eq(store_article_update(s, &same), 0);
    ck_assert_int_eq(rename_to(s, aid, "/b"), ERR_CONFLICT);
    ck_assert_str_eq(former_list(s, aid, 2), "/a /a2");

    /* renaming back to a former path takes it off the list */
    ck_assert_int_eq(rename_to(s, aid, "/a"), 0);
    ck_assert_str_eq(former_list(s, aid, 2), "/a2 /a3");
    ck_assert_ptr_null(moved_to(s, "/a"));

    /* a new article at a former path wins it */
    int64_t cid = add_article(s, "/a2");
    ck_assert_ptr_null(moved_to(s, "/a2"));
    ck_assert_str_eq(former_list(s, aid, 1), "/a3");
    struct article got;
    ck_assert_int_eq(store_article_by_path(s, "/a2", &arena, &got), 0);
    ck_assert_int_eq(got.id, cid);
    /* and so does another article renamed to one */
    ck_assert_int_eq(rename_to(s, bid, "/a3"), 0);
    ck_assert_ptr_null(moved_to(s, "/a3"));
    ck_assert_str_eq(former_list(s, aid, 0), "");
    ck_assert_str_eq(former_list(s, bid, 1), "/b");
    ck_assert_str_eq(moved_to(s, "/b"), "/a3");

    /* a rename rolled back leaves no former path behind */
    ck_assert_int_eq(store_begin(s), 0);
    ck_assert_int_eq(rename_to(s, cid, "/c"), 0);
    ck_assert_int_eq(store_rollback(s), 0);
    ck_assert_str_eq(former_list(s, cid, 0), "");
    ck_assert_ptr_null(moved_to(s, "/a2"));

    /* adding one (a restore): never over an article's path or another
       article's former path */
    ck_assert_int_eq(store_former_path_add(s, aid, "/a2", 5), ERR_CONFLICT);
    ck_assert_int_eq(store_former_path_add(s, aid, "/b", 5), ERR_CONFLICT);
    ck_assert_int_eq(store_former_path_add(s, aid + bid + cid, "/z", 5),
                     ERR_CONFLICT);
    ck_assert_int_eq(store_former_path_add(s, aid, "/old", 77), 0);
    ck_assert_int_eq(store_former_path_add(s, aid, "/older", 66), 0);
    ck_assert_int_eq(store_former_path_add(s, aid, "/newer", 88), 0);
    ck_assert_int_eq(store_former_path_add(s, aid, "/old", 99), ERR_CONFLICT);
    ck_assert_int_eq(store_former_paths(s, aid, &arena, &fp, &n), 0);
    ck_assert_uint_eq(n, 3); /* most recent first */
    ck_assert_str_eq(fp[0].path, "/newer");
    ck_assert_int_eq(fp[0].created, 88);
    ck_assert_str_eq(fp[1].path, "/old");
    ck_assert_int_eq(fp[1].created, 77);
    ck_assert_str_eq(fp[2].path, "/older");
    ck_assert_str_eq(moved_to(s, "/old"), "/a");

    /* deleting an article deletes its former paths */
    ck_assert_int_eq(rename_to(s, cid, "/c"), 0);
    ck_assert_str_eq(moved_to(s, "/a2"), "/c");
    char sql[128];
    snprintf(sql, sizeof(sql), "DELETE FROM articles WHERE id = %lld",
             (long long)cid);
    raw_exec(_i, sql);
    ck_assert_ptr_null(moved_to(s, "/a2"));
    ck_assert_str_eq(former_list(s, cid, 0), "");
    ck_assert_str_eq(moved_to(s, "/b"), "/a3"); /* the others stay */
    close_store(s);
}
END_TEST

/* A site of schema 5 upgrades: its articles keep their paths and, from
 * then on, a rename records the old one. */
START_TEST(test_upgrade_from_schema_5)
{
    const char *url = db_url(_i);
    schema_at(_i, 5);
    raw_exec(_i, "INSERT INTO articles(path, title) VALUES ('/2019/05/old."
                 "html', 'Old'); INSERT INTO comments(article_id, number, "
                 "seq, depth, sort_key, status, author_kind, created) VALUES "
                 "(1, '1', 1, 0, '000001', 0, 1, 1558000000);");
    struct store *s = open_url(url);
    struct article a;
    ck_assert_int_eq(store_article_by_path(s, "/2019/05/old.html", &arena, &a),
                     0);
    ck_assert_int_eq(a.comment_count, 1);
    ck_assert_str_eq(former_list(s, a.id, 0), "");
    ck_assert_int_eq(rename_to(s, a.id, "/2019/05/new"), 0);
    ck_assert_str_eq(moved_to(s, "/2019/05/old.html"), "/2019/05/new");
    store_free(s);
    /* opened again: the version is current, nothing runs twice */
    s = open_url(url);
    ck_assert_str_eq(former_list(s, a.id, 1), "/2019/05/old.html");
    close_store(s);
}
END_TEST

/* A site of schema 6 upgrades: text saved from a textarea before CR LF
 * became LF loses the U+FFFD each save added before a line end (in a
 * setting, before any line end); a U+FFFD anywhere else, and an article
 * without CR, stay as they were. */
START_TEST(test_upgrade_repairs_textarea_text)
{
    const char *url = db_url(_i);
    schema_at(_i, 6);
    raw_exec(_i,
             "INSERT INTO articles(path, title, body) VALUES ('/saved', 'S', "
             "'# Title\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\r\n\r\nfirst "
             "line\xef\xbf\xbd\r\nlast\rline and a "
             "\xef\xbf\xbd kept\xef\xbf\xbd'),"
             "('/clean', 'C', 'a \xef\xbf\xbd b\nc\xef\xbf\xbd\nd');"
             "INSERT INTO settings(key, value) VALUES ('banned_words', "
             "'culero\xef\xbf\xbd\xef\xbf\xbd\r\npinche\r\nmamón'),"
             "('suspect_words', 'x\xef\xbf\xbd y'),"
             "('protected_names', 'Ana D\xef\xbf\xbd\xef\xbf\xbd\nJuan');");
    struct store *s = open_url(url);
    struct article a;
    ck_assert_int_eq(store_article_by_path(s, "/saved", &arena, &a), 0);
    ck_assert_str_eq(a.body, "# Title\n\nfirst line\nlast\nline and a "
                             "\xef\xbf\xbd kept\xef\xbf\xbd");
    ck_assert_int_eq(a.version, 2); /* no cache keeps the old page */
    ck_assert_int_eq(store_article_by_path(s, "/clean", &arena, &a), 0);
    ck_assert_str_eq(a.body, "a \xef\xbf\xbd b\nc\xef\xbf\xbd\nd");
    ck_assert_int_eq(a.version, 1);
    const char *v = NULL;
    ck_assert_int_eq(store_setting_get(s, "banned_words", &arena, &v), 0);
    ck_assert_str_eq(v, "culero\npinche\nmamón");
    ck_assert_int_eq(store_setting_get(s, "suspect_words", &arena, &v), 0);
    ck_assert_str_eq(v, "x\xef\xbf\xbd y");
    /* a list saved once more after the decoder was fixed: no CR left */
    ck_assert_int_eq(store_setting_get(s, "protected_names", &arena, &v), 0);
    ck_assert_str_eq(v, "Ana D\nJuan");
    close_store(s);
}
END_TEST

/* add_dated inserts a top-level comment of the article with that status
 * and time; returns its id. */
static int64_t add_dated(struct store *s, int64_t article,
                         enum comment_status status, int64_t created)
{
    struct comment c = sample_comment(article, 0, NULL);
    c.status = status;
    c.created = created;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    return c.id;
}

/* newest_ids: the ids store_comments_newest gives for limit, as text
 * ("12 9 4"), in arena. */
static const char *newest_ids(struct store *s, int64_t limit)
{
    struct comment *cs = NULL;
    size_t n = 999;
    ck_assert_int_eq(store_comments_newest(s, limit, &arena, &cs, &n), 0);
    ck_assert_uint_le(n, (size_t)limit);
    char *out = arena_strdup(&arena, "");
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(cs[i].status, COMMENT_VISIBLE);
        out = arena_sprintf(&arena, "%s%s%lld", out, i ? " " : "",
                            (long long)cs[i].id);
    }
    return out;
}

static const char *ids_text(const int64_t *ids, size_t n)
{
    char *out = arena_strdup(&arena, "");
    for (size_t i = 0; i < n; i++)
        out = arena_sprintf(&arena, "%s%s%lld", out, i ? " " : "",
                            (long long)ids[i]);
    return out;
}

/* The site's newest comments: newest first across articles, comments of
 * one second by id (the later first), cut at the limit; a whole row. */
START_TEST(test_comments_newest_order_and_limit)
{
    struct store *s = open_store(_i);
    ck_assert_str_eq(newest_ids(s, 50), ""); /* an empty site */
    int64_t a = add_article(s, "/a");
    int64_t b = add_article(s, "/b");
    int64_t c1 = add_dated(s, a, COMMENT_VISIBLE, 1000);
    int64_t c2 = add_dated(s, b, COMMENT_VISIBLE, 3000);
    int64_t c3 = add_dated(s, a, COMMENT_VISIBLE, 2000);
    /* three in one second, in two articles, inserted out of id order
       relative to time: the tie goes by id, descending */
    int64_t t1 = add_dated(s, b, COMMENT_VISIBLE, 2500);
    int64_t t2 = add_dated(s, a, COMMENT_VISIBLE, 2500);
    int64_t t3 = add_dated(s, b, COMMENT_VISIBLE, 2500);
    int64_t old = add_dated(s, b, COMMENT_VISIBLE, 500); /* newest id */
    int64_t all[] = {c2, t3, t2, t1, c3, c1, old};
    ck_assert_str_eq(newest_ids(s, 50), ids_text(all, 7));
    ck_assert_str_eq(newest_ids(s, 7), ids_text(all, 7));
    ck_assert_str_eq(newest_ids(s, 3), ids_text(all, 3));
    ck_assert_str_eq(newest_ids(s, 1), ids_text(all, 1));
    /* a reply is a comment like any other */
    struct comment r = sample_comment(a, c1, NULL);
    r.created = 4000;
    ck_assert_int_eq(store_comment_insert(s, &r), 0);
    int64_t with_reply[] = {r.id, c2, t3};
    ck_assert_str_eq(newest_ids(s, 3), ids_text(with_reply, 3));
    /* the rows are whole, as store_comment_get reads them */
    struct comment *cs = NULL;
    size_t n = 0;
    ck_assert_int_eq(store_comments_newest(s, 2, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(cs[0].article_id, a);
    ck_assert_int_eq(cs[0].parent_id, c1);
    ck_assert_str_eq(cs[0].number, "1.1");
    ck_assert_int_eq(cs[0].depth, 1);
    ck_assert_int_eq(cs[0].created, 4000);
    ck_assert_str_eq(cs[0].body, "hola, ¿qué tal? 🇲🇽");
    ck_assert_str_eq(cs[0].author_hash, "abcdef0123");
    ck_assert_str_eq(cs[0].author_name, "Lector");
    ck_assert_int_eq(cs[0].author_kind, AUTHOR_READER);
    ck_assert_int_eq(cs[1].id, c2);
    ck_assert_int_eq(cs[1].article_id, b);
    /* the limit is bounded both ways, and the answer starts empty */
    cs = (struct comment *)&n;
    n = 7;
    ck_assert_int_eq(store_comments_newest(s, 0, &arena, &cs, &n), ERR_INVALID);
    ck_assert_ptr_null(cs);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(store_comments_newest(s, -1, &arena, &cs, &n),
                     ERR_INVALID);
    ck_assert_int_eq(
        store_comments_newest(s, STORE_NEWEST_MAX + 1, &arena, &cs, &n),
        ERR_INVALID);
    ck_assert_int_eq(
        store_comments_newest(s, STORE_NEWEST_MAX, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 8);
    close_store(s);
}
END_TEST

/* Only what a reader may see: a comment pending or held, a tombstone
 * (removed, deleted, purged), and any comment of a draft or of an
 * article taken back is left out, however new; a comment that changes
 * state, or whose article does, comes and goes with it. */
START_TEST(test_comments_newest_visibility)
{
    struct store *s = open_store(_i);
    int64_t a = add_article(s, "/a");
    int64_t shown = add_dated(s, a, COMMENT_VISIBLE, 1000);
    int64_t later = add_dated(s, a, COMMENT_VISIBLE, 1500);
    static const enum comment_status hidden[] = {
        COMMENT_PENDING, COMMENT_HELD, COMMENT_REMOVED, COMMENT_DELETED,
        COMMENT_PURGED};
    int64_t held = 0;
    for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++) {
        int64_t id = add_dated(s, a, hidden[i], 2000 + (int64_t)i);
        if (hidden[i] == COMMENT_HELD)
            held = id;
    }
    struct article d = sample_article("/draft", NULL, 0);
    d.is_published = false;
    int64_t draft = 0;
    ck_assert_int_eq(store_article_insert(s, &d, &draft), 0);
    add_dated(s, draft, COMMENT_VISIBLE, 3000);
    int64_t b = add_article(s, "/b");
    int64_t on_b = add_dated(s, b, COMMENT_VISIBLE, 2500);
    int64_t want[] = {on_b, later, shown};
    ck_assert_str_eq(newest_ids(s, 50), ids_text(want, 3));
    /* the limit counts what is shown: the hidden rows take no place */
    ck_assert_str_eq(newest_ids(s, 2), ids_text(want, 2));

    /* b is taken back: its comment goes; published again, it returns */
    struct article up = get_article(s, b);
    up.is_published = false;
    ck_assert_int_eq(store_article_update(s, &up), 0);
    int64_t without_b[] = {later, shown};
    ck_assert_str_eq(newest_ids(s, 50), ids_text(without_b, 2));
    up.is_published = true;
    ck_assert_int_eq(store_article_update(s, &up), 0);
    ck_assert_str_eq(newest_ids(s, 50), ids_text(want, 3));

    /* the held comment approved shows; a shown one removed goes */
    struct transition t =
        make_transition(held, COMMENT_HELD, COMMENT_VISIBLE, "approve");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    t = make_transition(later, COMMENT_VISIBLE, COMMENT_REMOVED, "remove");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    int64_t after[] = {on_b, held, shown};
    ck_assert_str_eq(newest_ids(s, 50), ids_text(after, 3));
    close_store(s);
}
END_TEST

/* The keys of the newest comments: the same comments in the same order,
 * each with its article and that article's version as it is now, so a
 * change to any comment of a thread (a redaction here), to the article,
 * or to what is visible shows in them; the limit is bounded both ways. */
START_TEST(test_comments_newest_keys)
{
    struct store *s = open_store(_i);
    struct store_newest_key *k = NULL;
    size_t n = 9;
    ck_assert_int_eq(store_comments_newest_keys(s, 50, &arena, &k, &n), 0);
    ck_assert_uint_eq(n, 0);
    int64_t a = add_article(s, "/a");
    int64_t b = add_article(s, "/b");
    int64_t old = add_dated(s, a, COMMENT_VISIBLE, 1000);
    int64_t on_b = add_dated(s, b, COMMENT_VISIBLE, 3000);
    add_dated(s, a, COMMENT_HELD, 4000);
    int64_t newest = add_dated(s, a, COMMENT_VISIBLE, 3000);
    ck_assert_int_eq(store_comments_newest_keys(s, 50, &arena, &k, &n), 0);
    ck_assert_uint_eq(n, 3);
    int64_t ids[3];
    for (size_t i = 0; i < n; i++)
        ids[i] = k[i].comment_id;
    ck_assert_str_eq(ids_text(ids, 3), newest_ids(s, 50));
    ck_assert_int_eq(k[0].comment_id, newest);
    ck_assert_int_eq(k[0].article_id, a);
    ck_assert_int_eq(k[1].comment_id, on_b);
    ck_assert_int_eq(k[1].article_id, b);
    ck_assert_int_eq(k[2].comment_id, old);
    int64_t version_a = get_article(s, a).version;
    ck_assert_int_eq(k[0].article_version, version_a);
    ck_assert_int_eq(k[2].article_version, version_a);
    ck_assert_int_eq(k[1].article_version, get_article(s, b).version);

    /* a redaction of the oldest comment moves its article's version in
       every key of that article */
    struct transition t =
        make_transition(old, COMMENT_VISIBLE, COMMENT_VISIBLE, "redact");
    t.new_body = "[redacted]";
    t.mod_edited = true;
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    ck_assert_int_eq(store_comments_newest_keys(s, 2, &arena, &k, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(k[0].article_version, version_a + 1);
    ck_assert_int_eq(k[1].comment_id, on_b);

    /* b taken back: its comment leaves the keys */
    struct article up = get_article(s, b);
    up.is_published = false;
    ck_assert_int_eq(store_article_update(s, &up), 0);
    ck_assert_int_eq(store_comments_newest_keys(s, 50, &arena, &k, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(k[0].comment_id, newest);
    ck_assert_int_eq(k[1].comment_id, old);

    k = (struct store_newest_key *)&n;
    n = 7;
    ck_assert_int_eq(store_comments_newest_keys(s, 0, &arena, &k, &n),
                     ERR_INVALID);
    ck_assert_ptr_null(k);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(
        store_comments_newest_keys(s, STORE_NEWEST_MAX + 1, &arena, &k, &n),
        ERR_INVALID);
    close_store(s);
}
END_TEST

/* A site of schema 7 upgrades: the index is built over the comments it
 * already holds, and the newest of them are read through it. */
START_TEST(test_upgrade_from_schema_7)
{
    const char *url = db_url(_i);
    schema_at(_i, 7);
    raw_exec(_i, "INSERT INTO articles(path, title) VALUES ('/old', 'Old'), "
                 "('/gone', 'Gone');"
                 "UPDATE articles SET is_published = 0 WHERE path = '/gone';"
                 "INSERT INTO comments(article_id, number, seq, depth, "
                 "sort_key, status, author_kind, created) VALUES "
                 "(1, '1', 1, 0, '000001', 0, 1, 1558000000),"
                 "(1, '2', 2, 0, '000002', 2, 1, 1558000300),"
                 "(1, '3', 3, 0, '000003', 0, 1, 1558000200),"
                 "(2, '1', 1, 0, '000001', 0, 1, 1558000900);");
    struct store *s = open_url(url);
    ck_assert_str_eq(newest_ids(s, 50), "3 1");
    int64_t id = add_dated(s, 1, COMMENT_VISIBLE, 1558000100);
    ck_assert_int_eq(id, 5);
    ck_assert_str_eq(newest_ids(s, 50), "3 5 1");
    store_free(s);
    /* opened again: nothing runs twice, and the index is there (dropping
       a missing one fails) */
    s = open_url(url);
    ck_assert_str_eq(newest_ids(s, 2), "3 5");
    raw_exec(_i, "DROP INDEX comments_newest");
    close_store(s);
}
END_TEST

/* A site of schema 10 upgrades: a comment its author deleted while it
 * awaited review (the audit row says it was pending or held) becomes
 * withdrawn, without its name, screening data or report reasons; one
 * deleted after it was published stays a tombstone, as it was. */
START_TEST(test_upgrade_withdraws_deleted_held_comments)
{
    const char *url = db_url(_i);
    schema_at(_i, 10);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, author_hash, author_name, created, screen) "
             "VALUES "
             "(1, '1', 1, 0, '000001', 4, 0, 'h1', 'Ana', 100, ''),"
             "(1, '2', 2, 0, '000002', 4, 0, 'h2', 'Bea', 200, '{\"s\":1}'),"
             "(1, '3', 3, 0, '000003', 4, 0, 'h3', 'Cy', 300, ''),"
             "(2, '1', 1, 0, '000001', 4, 0, 'h4', 'Di', 400, '');"
             "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
             "from_status, to_status) VALUES "
             "(101, 'author', 1, 1, 'delete', 0, 4),"
             "(201, 'author', 2, 1, 'delete', 2, 4),"
             "(301, 'reader', 3, 1, 'delete', 1, 4),"
             "(302, 'reader', 3, 1, 'delete', 4, 4),"
             "(401, 'author', 4, 2, 'delete', 0, 4);"
             "INSERT INTO reports(comment_id, reporter_hash, reason, at) "
             "VALUES (2, 'r', 'a threat', 150);");
    struct store *s = open_url(url);
    static const struct {
        enum comment_status status;
        const char *name;
    } want[] = {{COMMENT_DELETED, "Ana"},
                {COMMENT_WITHDRAWN, ""},
                {COMMENT_WITHDRAWN, ""},
                {COMMENT_DELETED, "Di"}};
    for (int64_t id = 1; id <= 4; id++) {
        struct comment c;
        ck_assert_int_eq(store_comment_get(s, id, &arena, &c), 0);
        ck_assert_int_eq(c.status, want[id - 1].status);
        ck_assert_str_eq(c.author_name, want[id - 1].name);
        ck_assert_str_eq(c.screen, "");
    }
    struct report *r = NULL;
    size_t n = 0;
    int64_t two = 2;
    ck_assert_int_eq(store_reports_of(s, &two, 1, &arena, &r, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(r[0].reason, "");
    assert_upgrade_dropped_page_a(s);
    /* its author's counts: not a tombstone, not on the site either */
    int64_t live = -1, gone = -1, withdrawn = -1;
    ck_assert_int_eq(
        store_author_comment_counts(s, "h2", &live, &gone, &withdrawn), 0);
    ck_assert_int_eq(live, 0);
    ck_assert_int_eq(gone, 0);
    ck_assert_int_eq(withdrawn, 1); /* it left no trace */
    ck_assert_int_eq(
        store_author_comment_counts(s, "h1", &live, &gone, &withdrawn), 0);
    ck_assert_int_eq(gone, 1);
    close_store(s);
}
END_TEST

/* A comment is public once it is published, stored so or moved to
 * visible later, and stays so through any later hold or removal; one
 * held since it was posted is not, removed, purged or restored. */
START_TEST(test_was_public_once_published)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    struct comment c = sample_comment(aid, 0, NULL);
    c.status = COMMENT_HELD;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t held = c.id;
    ck_assert(!get_comment(s, held).was_public);
    c = sample_comment(aid, 0, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t shown = c.id;
    ck_assert(get_comment(s, shown).was_public);
    /* an imported tombstone says for itself */
    c = sample_comment(aid, 0, "imp-1");
    c.status = COMMENT_REMOVED;
    c.was_public = true;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    ck_assert(get_comment(s, c.id).was_public);

    static const struct {
        enum comment_status from, to;
        const char *action;
        bool was_public;
    } steps[] = {
        {COMMENT_HELD, COMMENT_REMOVED, "remove", false},
        {COMMENT_REMOVED, COMMENT_HELD, "restore", false},
        {COMMENT_HELD, COMMENT_VISIBLE, "approve", true},
        {COMMENT_VISIBLE, COMMENT_HELD, "hold", true},
        {COMMENT_HELD, COMMENT_PURGED, "purge", true},
    };
    for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
        struct transition t =
            make_transition(held, steps[i].from, steps[i].to, steps[i].action);
        ck_assert_int_eq(store_comment_transition(s, &t), 0);
        c = get_comment(s, held);
        ck_assert_int_eq(c.status, steps[i].to);
        ck_assert_int_eq(c.was_public, steps[i].was_public);
    }
    close_store(s);
}
END_TEST

/* A comment readers saw and later held (by reports) that its author
 * deletes keeps a "deleted by its author" tombstone: mod_author_deletion
 * says so, and the store refuses to withdraw it (a withdrawal leaves no
 * trace), even from a request that read it while it was never public.
 * One held since it was posted is withdrawn. */
START_TEST(test_author_deletion_keeps_what_readers_saw)
{
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    struct comment c = sample_comment(aid, 0, NULL);
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t seen = c.id;
    struct transition t =
        make_transition(seen, COMMENT_VISIBLE, COMMENT_HELD, "hold");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    t = make_transition(seen, COMMENT_HELD, COMMENT_WITHDRAWN, "delete");
    t.erase_identity = true;
    ck_assert_int_eq(store_comment_transition(s, &t), ERR_CONFLICT);
    c = get_comment(s, seen);
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_str_eq(c.author_name, "Lector"); /* nothing was erased */

    struct buf msg;
    buf_init(&msg, 1024);
    struct mod_request rq = {.action = MOD_DELETE, .actor = "author", .now = 1};
    ck_assert_int_eq(mod_apply(s, &c, &rq, &msg), 0);
    c = get_comment(s, seen);
    ck_assert_int_eq(c.status, COMMENT_DELETED);
    ck_assert_str_eq(c.body, "");
    ck_assert(!comment_gone_unseen(&c));
    ck_assert(!comment_never_public(&c)); /* its tombstone is public */

    c = sample_comment(aid, 0, NULL);
    c.status = COMMENT_HELD;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    struct comment unseen = get_comment(s, c.id);
    ck_assert(comment_never_public(&unseen));
    ck_assert_int_eq(mod_apply(s, &unseen, &rq, &msg), 0);
    c = get_comment(s, unseen.id);
    ck_assert_int_eq(c.status, COMMENT_WITHDRAWN);
    ck_assert(comment_gone_unseen(&c));
    ck_assert(comment_never_public(&c));

    /* read while held since it was posted, approved and held again
       before the deletion lands: the store refuses the withdrawal */
    c = sample_comment(aid, 0, NULL);
    c.status = COMMENT_HELD;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    struct comment stale = get_comment(s, c.id);
    t = make_transition(c.id, COMMENT_HELD, COMMENT_VISIBLE, "approve");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    t = make_transition(c.id, COMMENT_VISIBLE, COMMENT_HELD, "hold");
    ck_assert_int_eq(store_comment_transition(s, &t), 0);
    ck_assert_int_eq(mod_apply(s, &stale, &rq, &msg), ERR_CONFLICT);
    c = get_comment(s, c.id);
    ck_assert_int_eq(c.status, COMMENT_HELD);
    ck_assert_int_eq(mod_apply(s, &c, &rq, &msg), 0);
    ck_assert_int_eq(get_comment(s, c.id).status, COMMENT_DELETED);
    buf_release(&msg);
    close_store(s);
}
END_TEST

/* A site of schema 12 upgrades: a withdrawn comment readers had seen
 * (was_public) becomes a "deleted by its author" tombstone again, its
 * text and name still erased; one no reader saw stays withdrawn. Only
 * the articles with such a comment have their cached pages dropped. */
START_TEST(test_upgrade_gives_seen_withdrawals_their_tombstone)
{
    const char *url = db_url(_i);
    schema_at(_i, 12);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, author_hash, author_name, created, body, "
             "screen, was_public) VALUES "
             "(1, '1', 1, 0, '000001', 6, 0, 'h1', '', 100, '', '', 1),"
             "(1, '2', 2, 0, '000002', 6, 0, 'h2', '', 200, '', '', 0),"
             "(2, '1', 1, 0, '000001', 6, 0, 'h3', '', 300, '', '', 0),"
             "(2, '2', 2, 0, '000002', 4, 0, 'h4', 'Di', 400, '', '', 1);");
    struct store *s = open_url(url);
    static const enum comment_status want[] = {
        COMMENT_DELETED, COMMENT_WITHDRAWN, COMMENT_WITHDRAWN, COMMENT_DELETED};
    for (int64_t id = 1; id <= 4; id++) {
        struct comment c;
        ck_assert_int_eq(store_comment_get(s, id, &arena, &c), 0);
        ck_assert_msg(c.status == want[id - 1], "comment %lld: %d",
                      (long long)id, (int)c.status);
        ck_assert_str_eq(c.body, "");
    }
    assert_upgrade_dropped_page_a(s);
    close_store(s);
}
END_TEST

/* A site of schema 16 upgrades: spam imported from Blogger, which no
 * reader of the blog saw, becomes never public, as the importer stores it
 * now; one a moderator acted on and other reasons stay as they were. */
START_TEST(test_upgrade_marks_blogger_spam_never_public)
{
    const char *url = db_url(_i);
    schema_at(_i, 16);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, created, reason, source_id) VALUES "
             "(1, '1', 1, 0, '000001', 3, 1, 100, 'spam', 'blogger:1'),"
             "(2, '1', 1, 0, '000001', 3, 1, 200, 'spam', 'blogger:2'),"
             "(2, '2', 2, 0, '000002', 3, 1, 300, 'insult', 'blogger:3'),"
             "(2, '3', 3, 0, '000003', 0, 1, 400, '', 'blogger:4');"
             "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
             "from_status, to_status) VALUES "
             "(201, 'Kathi', 2, 2, 'remove', 0, 3);");
    struct store *s = open_url(url);
    static const bool want[] = {false, true, true, true};
    for (int64_t id = 1; id <= 4; id++) {
        struct comment c;
        ck_assert_int_eq(store_comment_get(s, id, &arena, &c), 0);
        ck_assert_msg(c.was_public == want[id - 1], "comment %lld",
                      (long long)id);
    }
    assert_upgrade_dropped_page_a(s);
    close_store(s);
}
END_TEST

/* A zone whose offset changes at Unix time 250: -06:00 before, -05:00
 * from then on (like a summer time), for store_comment_offsets_fill. */
static int offset_before_250(void *arg, int64_t created)
{
    int *calls = arg;
    (*calls)++;
    return created < 250 ? -360 : -300;
}

/* Comment id has tz_known and tz_offset_min as want_known and want_min. */
static void assert_tz(struct store *s, int64_t id, bool want_known,
                      int want_min)
{
    struct comment c;
    ck_assert_int_eq(store_comment_get(s, id, &arena, &c), 0);
    ck_assert_msg(c.tz_known == want_known, "comment %lld", (long long)id);
    if (want_known)
        ck_assert_int_eq(c.tz_offset_min, want_min);
}

/* A site of schema 17 upgrades: its comments have no zone offset yet
 * (SQL cannot tell an IANA zone's), nothing else changes and no cached
 * page is dropped; store_comment_offsets_fill then gives each the
 * offset at its own time, once, and keeps the offset a comment was
 * stored with. */
START_TEST(test_upgrade_leaves_comment_offsets_to_fill)
{
    const char *url = db_url(_i);
    schema_at(_i, 17);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, created, body) VALUES "
             "(1, '1', 1, 0, '000001', 0, 0, 100, '12:36 hi'),"
             "(2, '1', 1, 0, '000001', 0, 0, 300, 'hello');");
    struct store *s = open_url(url);
    assert_tz(s, 1, false, 0);
    assert_tz(s, 2, false, 0);
    struct article a;
    ck_assert_int_eq(store_article_by_path(s, "/a", &arena, &a), 0);
    ck_assert_int_eq(a.version, 1);
    ck_assert_int_eq(store_article_by_path(s, "/b", &arena, &a), 0);
    ck_assert_int_eq(a.version, 1);

    /* a comment stored with its offset keeps it; one without waits */
    struct comment c;
    memset(&c, 0, sizeof(c));
    c.article_id = 1;
    c.status = COMMENT_VISIBLE;
    c.author_kind = AUTHOR_READER;
    c.author_hash = c.author_name = c.reason = c.source_id = c.screen = "";
    c.body = "later";
    c.created = 400;
    c.tz_offset_min = -420;
    c.tz_known = true;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t kept = c.id;
    c.created = 500;
    c.tz_known = false;
    ck_assert_int_eq(store_comment_insert(s, &c), 0);
    int64_t waits = c.id;
    assert_tz(s, kept, true, -420);
    assert_tz(s, waits, false, 0);

    int calls = 0;
    int64_t filled = -1;
    ck_assert_int_eq(
        store_comment_offsets_fill(s, offset_before_250, &calls, &filled), 0);
    ck_assert_int_eq(filled, 3);
    ck_assert_int_eq(calls, 3);
    assert_tz(s, 1, true, -360);
    assert_tz(s, 2, true, -300);
    assert_tz(s, kept, true, -420);
    assert_tz(s, waits, true, -300);
    /* nothing left: a second fill asks nothing */
    ck_assert_int_eq(
        store_comment_offsets_fill(s, offset_before_250, &calls, &filled), 0);
    ck_assert_int_eq(filled, 0);
    ck_assert_int_eq(calls, 3);
    close_store(s);
}
END_TEST

/* A site of schema 18 with thousands of comments to fill in, some
 * already filled between them: the fill, batch after batch, gives every
 * one left its offset and no other one; migration 19 indexed them
 * (dropping its index fails otherwise). */
START_TEST(test_offsets_fill_reaches_every_comment)
{
    const char *url = db_url(_i);
    schema_at(_i, 18);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A');"
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
             "WHERE i < 2500) INSERT INTO comments(article_id, number, seq, "
             "depth, sort_key, status, author_kind, created, body) SELECT 1, "
             "CAST(i AS TEXT), i, 0, CAST(1000000 + i AS TEXT), 0, 0, i, 'x' "
             "FROM n;"
             "UPDATE comments SET tz_offset_min = 60 WHERE id % 7 = 0;");
    struct store *s = open_url(url);
    int calls = 0;
    int64_t filled = -1;
    ck_assert_int_eq(
        store_comment_offsets_fill(s, offset_before_250, &calls, &filled), 0);
    ck_assert_int_eq(filled, 2500 - 2500 / 7);
    ck_assert_int_eq(calls, filled);
    assert_tz(s, 1, true, -360);
    assert_tz(s, 7, true, 60);
    assert_tz(s, 999, true, -300);
    assert_tz(s, 1000, true, -300);
    assert_tz(s, 1001, true, 60);
    assert_tz(s, 2500, true, -300);
    ck_assert_int_eq(
        store_comment_offsets_fill(s, offset_before_250, &calls, &filled), 0);
    ck_assert_int_eq(filled, 0);
    raw_exec(_i, "DROP INDEX comments_tz_unknown");
    close_store(s);
}
END_TEST

/* A site of schema 15 upgrades: spam imported from Disqus or WordPress,
 * which no reader of either saw, becomes never public; spam a moderator
 * removed, a comment some moderator acted on, other importers' comments
 * and other reasons stay as they were. */
START_TEST(test_upgrade_marks_imported_spam_never_public)
{
    const char *url = db_url(_i);
    schema_at(_i, 15);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, created, reason, source_id) VALUES "
             "(1, '1', 1, 0, '000001', 3, 1, 100, 'spam', 'disqus:1'),"
             "(1, '2', 2, 0, '000002', 3, 1, 200, 'spam', "
             "'wxr:https://blog.example#comment-2'),"
             "(2, '1', 1, 0, '000001', 3, 1, 300, 'spam', 'disqus:3'),"
             "(2, '2', 2, 0, '000002', 3, 0, 400, 'spam', NULL),"
             "(2, '3', 3, 0, '000003', 3, 1, 500, 'spam', 'mine:5'),"
             "(2, '4', 4, 0, '000004', 3, 1, 600, 'doxxing', 'disqus:6'),"
             "(2, '5', 5, 0, '000005', 0, 1, 700, '', 'disqus:7');"
             "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
             "from_status, to_status) VALUES "
             "(301, 'Kathi', 3, 2, 'note', -1, -1);");
    struct store *s = open_url(url);
    static const bool want[] = {false, false, true, true, true, true, true};
    assert_was_public(s, want, sizeof(want) / sizeof(want[0]));
    assert_upgrade_dropped_page_a(s);
    close_store(s);
}
END_TEST

/* A site of schema 14 upgrades: the comments whose text is gone (deleted
 * by their authors, purged, withdrawn) lose the screening spans and report
 * reasons that quote it; those of a visible comment and of a removed one,
 * which moderators may restore, stay. */
START_TEST(test_upgrade_erases_quotes_of_gone_text)
{
    const char *url = db_url(_i);
    schema_at(_i, 14);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, author_hash, author_name, created, body, "
             "screen, was_public) VALUES "
             "(1, '1', 1, 0, '000001', 0, 0, 'h1', 'Ana', 100, 'kept', "
             "'{\"spans\":[\"kept\"]}', 1),"
             "(1, '2', 2, 0, '000002', 3, 0, 'h2', 'Bo', 200, 'removed', "
             "'{\"spans\":[\"removed\"]}', 1),"
             "(1, '3', 3, 0, '000003', 4, 0, 'h3', 'Cy', 300, '', "
             "'{\"spans\":[\"deleted\"]}', 1),"
             "(1, '4', 4, 0, '000004', 5, 0, 'h4', '', 400, '', "
             "'{\"spans\":[\"purged\"]}', 1),"
             "(1, '5', 5, 0, '000005', 6, 0, 'h5', '', 500, '', "
             "'{\"spans\":[\"withdrawn\"]}', 0);"
             "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
             "counted) VALUES "
             "(1, 'r1', 'quotes kept', 101, 1),"
             "(2, 'r1', 'quotes removed', 201, 1),"
             "(3, 'r1', 'quotes deleted', 301, 1),"
             "(4, 'r1', 'quotes purged', 401, 0),"
             "(5, 'r1', 'quotes withdrawn', 501, 1);");
    struct store *s = open_url(url);
    static const bool kept[] = {true, true, false, false, false};
    for (int64_t id = 1; id <= 5; id++) {
        struct comment c;
        ck_assert_int_eq(store_comment_get(s, id, &arena, &c), 0);
        ck_assert_msg((c.screen[0] != '\0') == kept[id - 1],
                      "comment %lld: screen '%s'", (long long)id, c.screen);
        struct report *r;
        size_t n = 9;
        ck_assert_int_eq(store_report_list(s, id, &arena, &r, &n), 0);
        ck_assert_uint_eq(n, 1); /* the report stays, its time and count */
        ck_assert_msg((r[0].reason[0] != '\0') == kept[id - 1],
                      "comment %lld: reason '%s'", (long long)id, r[0].reason);
        ck_assert_int_eq(r[0].at, id * 100 + 1);
    }
    struct comment c;
    ck_assert_int_eq(store_comment_get(s, 3, &arena, &c), 0);
    ck_assert_str_eq(c.author_name, "Cy"); /* the tombstone keeps its name */
    close_store(s);
}
END_TEST

/* file_has: the file at path holds the bytes of word. */
static bool file_has(const char *path, const char *word)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t cap = (size_t)1 << 20, n = 0, got;
    char *data = malloc(cap);
    ck_assert_ptr_nonnull(data);
    while ((got = fread(data + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            data = realloc(data, cap);
            ck_assert_ptr_nonnull(data);
        }
    }
    fclose(f);
    bool has = memmem(data, n, word, strlen(word)) != NULL;
    free(data);
    return has;
}

/* The upgrade to 15 erases the quotes of gone text from the database
 * files too, at once: the old pages are not left in the main file until
 * some later checkpoint (SQLite only). */
START_TEST(test_upgrade_erasure_reaches_the_file)
{
    if (_i != BACKEND_SQLITE)
        return;
    const char *url = db_url(_i);
    schema_at(_i, 14);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, author_hash, author_name, created, body, "
             "screen, was_public) VALUES "
             "(1, '1', 1, 0, '000001', 4, 0, 'h1', 'Cy', 300, '', "
             "'{\"spans\":[\"spanwordzq\"]}', 1);"
             "INSERT INTO reports(comment_id, reporter_hash, reason, at, "
             "counted) VALUES (1, 'r1', 'reasonwordzq', 301, 1);");
    ck_assert(file_has(url, "reasonwordzq"));
    struct store *s = open_url(url);
    char wal[sizeof(test_url) + 8];
    snprintf(wal, sizeof(wal), "%s-wal", url);
    ck_assert_msg(!file_has(url, "reasonwordzq"), "a reason in the file");
    ck_assert_msg(!file_has(url, "spanwordzq"), "a span in the file");
    FILE *w = fopen(wal, "rb");
    if (w) {
        fclose(w);
        ck_assert_msg(!file_has(wal, "reasonwordzq"), "a reason in the WAL");
        ck_assert_msg(!file_has(wal, "spanwordzq"), "a span in the WAL");
    }
    close_store(s);
}
END_TEST

/* A site of schema 11 upgrades: a comment is marked as never public when
 * the audit log shows none of it visible and it awaits review or came to
 * its tombstone from review; every other comment (visible, once held by
 * reports, an imported tombstone or spam) was public. */
START_TEST(test_upgrade_marks_comments_never_public)
{
    const char *url = db_url(_i);
    schema_at(_i, 11);
    raw_exec(_i,
             "INSERT INTO articles(path, title) VALUES ('/a', 'A'), "
             "('/b', 'B');"
             "INSERT INTO comments(article_id, number, seq, depth, sort_key, "
             "status, author_kind, created, reason, source_id) VALUES "
             "(1, '1', 1, 0, '000001', 0, 0, 100, '', NULL),"
             "(1, '2', 2, 0, '000002', 2, 0, 200, '', NULL),"
             "(1, '3', 3, 0, '000003', 3, 0, 300, 'doxxing', NULL),"
             "(2, '1', 1, 0, '000001', 3, 0, 400, 'spam', NULL),"
             "(2, '2', 2, 0, '000002', 3, 1, 500, '', 'imp-1'),"
             "(1, '4', 4, 0, '000004', 3, 1, 600, 'spam', 'imp-2'),"
             "(1, '5', 5, 0, '000005', 5, 0, 700, '', NULL),"
             "(2, '3', 3, 0, '000003', 4, 0, 800, '', NULL);"
             "INSERT INTO audit_log(at, actor, comment_id, article_id, action, "
             "from_status, to_status) VALUES "
             "(301, 'Kathi', 3, 1, 'remove', 2, 3),"
             "(401, 'system', 4, 2, 'hold', 0, 2),"
             "(402, 'Kathi', 4, 2, 'remove', 2, 3),"
             "(701, 'Kathi', 7, 1, 'note', -1, -1),"
             "(702, 'Kathi', 7, 1, 'purge', 1, 5),"
             "(801, 'reader', 8, 2, 'delete', 0, 4);");
    struct store *s = open_url(url);
    static const bool want[] = {true, false, false, true,
                                true, true,  false, true};
    assert_was_public(s, want, sizeof(want) / sizeof(want[0]));
    assert_upgrade_dropped_page_a(s);
    close_store(s);
}
END_TEST

START_TEST(test_recent_activity)
{
    int64_t comments = -1, readers = -1;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t bid = add_article(s, "/b");
    struct {
        int64_t article;
        const char *hash;
        int64_t created;
    } rows[] = {
        {aid, "old", 100}, /* an old reader ... */
        {aid, "old", 500}, /* ... back: not new */
        {aid, "new1", 400}, {aid, "new1", 450},
        {aid, "new2", 600}, {aid, "", 700}, /* imported: no reader */
        {bid, "new3", 500},                 /* another article */
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct comment c = sample_comment(rows[i].article, 0, NULL);
        c.author_hash = rows[i].hash;
        c.created = rows[i].created;
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
    }
    ck_assert_int_eq(store_recent_activity(s, aid, 300, &comments, &readers),
                     0);
    ck_assert_int_eq(comments, 5);
    ck_assert_int_eq(readers, 2);
    ck_assert_int_eq(store_recent_activity(s, aid, 0, &comments, &readers), 0);
    ck_assert_int_eq(comments, 6);
    ck_assert_int_eq(readers, 3);
    ck_assert_int_eq(
        store_recent_activity(s, aid + bid, 0, &comments, &readers), 0);
    ck_assert_int_eq(comments, 0);
    ck_assert_int_eq(readers, 0);
    close_store(s);
}
END_TEST

struct transition_job {
    struct store *s;
    int64_t comment_id;
    int ret;
};

static void *transition_thread(void *arg)
{
    struct transition_job *job = arg;
    struct transition t = make_transition(job->comment_id, COMMENT_VISIBLE,
                                          COMMENT_REMOVED, "remove");
    job->ret = store_comment_transition(job->s, &t);
    return NULL;
}

/* Moderators acting on one comment at once: exactly one wins. */
START_TEST(test_concurrent_transition)
{
    enum { THREADS = 6 };
    struct audit_entry *log;
    size_t n;
    struct store *s = open_store(_i);
    int64_t aid = add_article(s, "/a");
    int64_t cid = add_comment(s, aid, 0, "1");
    pthread_t t[THREADS];
    struct transition_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        jobs[i] = (struct transition_job){.s = s, .comment_id = cid};
        ck_assert_int_eq(
            pthread_create(&t[i], NULL, transition_thread, &jobs[i]), 0);
    }
    int wins = 0;
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        if (jobs[i].ret == 0)
            wins++;
        else
            ck_assert_int_eq(jobs[i].ret, ERR_CONFLICT);
    }
    ck_assert_int_eq(wins, 1);
    ck_assert_int_eq(store_audit_list(s, cid, 100, &arena, &log, &n), 0);
    ck_assert_uint_eq(n, 1);
    close_store(s);
}
END_TEST

struct demotion_job {
    struct store *s;
    const char *name;
    int ret;
};

static void *demotion_thread(void *arg)
{
    struct demotion_job *job = arg;
    struct buf msg;
    buf_init(&msg, 1024);
    job->ret = staff_user_role(job->s, job->name, ROLE_MODERATOR, &msg);
    buf_release(&msg);
    return NULL;
}

/* pg_hold_users opens a connection that locks every account of the
 * test's schema until pg_release: changes to them wait meanwhile. */
static PGconn *pg_hold_users(void)
{
    char sql[160];
    PGconn *db = PQconnectdb(pg_base_url());
    ck_assert_int_eq(PQstatus(db), CONNECTION_OK);
    snprintf(sql, sizeof(sql), "BEGIN; SELECT id FROM %s.users FOR UPDATE",
             test_schema);
    PGresult *res = PQexec(db, sql);
    ck_assert_msg(PQresultStatus(res) == PGRES_TUPLES_OK, "%s",
                  PQerrorMessage(db));
    PQclear(res);
    return db;
}

static void pg_release(PGconn *db)
{
    PGresult *res = PQexec(db, "COMMIT");
    ck_assert_int_eq(PQresultStatus(res), PGRES_COMMAND_OK);
    PQclear(res);
    PQfinish(db);
}

/* Two admins demote each other at the same moment, each on a connection
 * of its own: one demotion passes, the other meets the last-admin guard,
 * and the site keeps an admin. On PostgreSQL a third connection holds the
 * accounts until both demotions wait on a lock, so both have begun before
 * either writes: without the lock the guard takes, both would read two
 * admins and both demote. */
START_TEST(test_concurrent_demotions_keep_an_admin)
{
    struct store *s = open_store(_i);
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(store_user_lock_admins(s), ERR_INVALID); /* no tx */
    ck_assert_int_eq(
        staff_user_add(s, "ana", ROLE_ADMIN, "correct horse battery", 1, &msg),
        0);
    ck_assert_int_eq(
        staff_user_add(s, "bea", ROLE_ADMIN, "correct horse battery", 1, &msg),
        0);
    PGconn *holder = _i == BACKEND_PG ? pg_hold_users() : NULL;
    pthread_t t[2];
    struct demotion_job jobs[2] = {{.s = s, .name = "ana"},
                                   {.s = s, .name = "bea"}};
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, demotion_thread, &jobs[i]),
                         0);
    if (holder) {
        char sql[256];
        snprintf(sql, sizeof(sql),
                 "SELECT count(*) FROM pg_stat_activity WHERE "
                 "application_name = '%s' AND wait_event_type = 'Lock'",
                 test_schema);
        long waiting = 0;
        for (int tries = 0; tries < 500 && waiting < 2; tries++) {
            usleep(10 * 1000);
            waiting = pg_count(sql);
        }
        ck_assert_int_eq(waiting, 2);
        pg_release(holder);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    ck_assert_msg((jobs[0].ret == 0) != (jobs[1].ret == 0),
                  "one demotion passes: %d, %d", jobs[0].ret, jobs[1].ret);
    ck_assert_int_eq(jobs[0].ret ? jobs[0].ret : jobs[1].ret, ERR_CONFLICT);
    struct user *users;
    size_t n, admins = 0;
    ck_assert_int_eq(store_user_list(s, &arena, &users, &n), 0);
    for (size_t i = 0; i < n; i++)
        admins += users[i].role == ROLE_ADMIN;
    ck_assert_uint_eq(admins, 1);
    buf_release(&msg);
    close_store(s);
}
END_TEST

/* --- Batched reads: each must answer what the one-row reads do -------- */

static void assert_same_article(const struct article *got,
                                const struct article *want)
{
    ck_assert_int_eq(got->id, want->id);
    ck_assert_str_eq(got->path, want->path);
    ck_assert_str_eq(got->title, want->title);
    ck_assert_str_eq(got->byline, want->byline);
    ck_assert_int_eq(got->published, want->published);
    ck_assert_int_eq(got->is_published, want->is_published);
    ck_assert_str_eq(got->body, want->body);
    ck_assert_str_eq(got->lead_image, want->lead_image);
    ck_assert_str_eq(got->lead_caption, want->lead_caption);
    ck_assert_str_eq(got->labels, want->labels);
    ck_assert_str_eq(got->source_id, want->source_id);
    ck_assert_str_eq(got->external_url, want->external_url);
    ck_assert_int_eq(got->discussion, want->discussion);
    ck_assert_int_eq(got->version, want->version);
    ck_assert_int_eq(got->comment_count, want->comment_count);
}

static void assert_same_comment(const struct comment *got,
                                const struct comment *want)
{
    assert_comment_fields(got, want);
    ck_assert_str_eq(got->screen, want->screen);
    ck_assert_int_eq(got->report_count, want->report_count);
}

/* The readers of the batch fixture; the last needs quoting in both key
 * encodings (a quote, a backslash, a control byte, a brace, a comma). */
static const char *const batch_authors[] = {"h-one", "h-two", "ñandú",
                                            "q\"b\\s\x01{x,y}"};
#define BATCH_AUTHORS 4

/* batch_fixture fills the store with three articles (the second
 * pre-moderated, the third with a source id), a thread of replies across
 * them by several readers in every status, and reports on some comments
 * (distinct times). ids gets every comment id, in insertion order. */
static void batch_fixture(struct store *s, int64_t art[3], int64_t ids[12])
{
    struct article a = sample_article("/batch/1", NULL, 1000);
    ck_assert_int_eq(store_article_insert(s, &a, &art[0]), 0);
    a = sample_article("/batch/2", NULL, 3000);
    a.title = "Second";
    a.discussion = 1;
    ck_assert_int_eq(store_article_insert(s, &a, &art[1]), 0);
    a = sample_article("/batch/3", "src-3", 2000);
    a.discussion = 0;
    ck_assert_int_eq(store_article_insert(s, &a, &art[2]), 0);
    static const enum comment_status st[12] = {
        COMMENT_VISIBLE, COMMENT_HELD,    COMMENT_PENDING, COMMENT_VISIBLE,
        COMMENT_REMOVED, COMMENT_VISIBLE, COMMENT_PURGED,  COMMENT_HELD,
        COMMENT_VISIBLE, COMMENT_DELETED, COMMENT_VISIBLE, COMMENT_PENDING};
    for (int i = 0; i < 12; i++) {
        /* comments 0-5 in article 0 (1 and 3 reply to 0, 4 to 3), the
         * rest in article 1 (7 and 9 reply to 6) and 2 (11 to 10) */
        int64_t article = art[i < 6 ? 0 : i < 10 ? 1 : 2];
        int64_t parent = 0;
        if (i == 1 || i == 3)
            parent = ids[0];
        else if (i == 4)
            parent = ids[3];
        else if (i == 7 || i == 9)
            parent = ids[6];
        else if (i == 11)
            parent = ids[10];
        struct comment c = sample_comment(article, parent, NULL);
        c.status = st[i];
        c.author_hash = i == 5 ? "" : batch_authors[i % BATCH_AUTHORS];
        c.author_kind = i == 5 ? AUTHOR_IMPORTED : AUTHOR_READER;
        c.created = 5000 + i;
        c.screen = i == 1 ? "{\"category\":\"insult\"}" : "";
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
        ids[i] = c.id;
    }
    int64_t count;
    static const struct {
        int comment;
        const char *reporter, *reason;
        int64_t at;
    } reps[] = {{3, "r1", "insult", 900}, {0, "r1", "spam", 700},
                {3, "r2", "threat", 800}, {8, "r3", "off-topic", 600},
                {3, "r3", "", 1000},      {0, "r2", "doxxing", 650}};
    for (size_t i = 0; i < sizeof(reps) / sizeof(reps[0]); i++)
        ck_assert_int_eq(scratch_report_add(s, ids[reps[i].comment],
                                            reps[i].reporter, reps[i].reason,
                                            reps[i].at, &count),
                         0);
}

static int id_cmp(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return (a > b) - (a < b);
}

/* distinct_sorted: the distinct ids of want (n) into out, ascending;
 * returns how many. */
static size_t distinct_sorted(const int64_t *want, size_t n, int64_t *out)
{
    memcpy(out, want, n * sizeof(*out));
    qsort(out, n, sizeof(*out), id_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || out[u - 1] != out[i])
            out[u++] = out[i];
    return u;
}

START_TEST(test_batched_articles_and_comments)
{
    int64_t art[3], ids[12], sorted[16];
    struct store *s = open_store(_i);
    batch_fixture(s, art, ids);

    /* articles: out of order, repeated, with ids nothing has */
    int64_t want[] = {art[2], 987654, art[0], art[2], -1, art[1], 0, art[0]};
    size_t nwant = sizeof(want) / sizeof(want[0]);
    struct article *arts;
    size_t n = 99;
    ck_assert_int_eq(store_articles_by_ids(s, want, nwant, &arena, &arts, &n),
                     0);
    ck_assert_uint_eq(n, 3);
    size_t u = distinct_sorted(want, nwant, sorted);
    size_t k = 0;
    for (size_t i = 0; i < u; i++) {
        struct article one;
        int ret = store_article_get(s, sorted[i], &arena, &one);
        if (ret == ERR_NOTFOUND)
            continue;
        ck_assert_int_eq(ret, 0);
        ck_assert_uint_lt(k, n);
        assert_same_article(&arts[k++], &one);
    }
    ck_assert_uint_eq(k, n);
    /* one article alone; only missing ones; none */
    ck_assert_int_eq(store_articles_by_ids(s, &art[1], 1, &arena, &arts, &n),
                     0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(arts[0].title, "Second");
    ck_assert_int_eq(arts[0].discussion, 1);
    int64_t missing[] = {987654, 987655};
    ck_assert_int_eq(store_articles_by_ids(s, missing, 2, &arena, &arts, &n),
                     0);
    ck_assert_uint_eq(n, 0);
    n = 99;
    ck_assert_int_eq(store_articles_by_ids(s, NULL, 0, &arena, &arts, &n), 0);
    ck_assert_uint_eq(n, 0);

    /* comments: the parents of a page, say, with repeats and strays */
    int64_t cwant[] = {ids[6],  ids[0], ids[10], ids[3], ids[0],
                       ids[11], 424242, ids[5],  ids[9]};
    size_t ncwant = sizeof(cwant) / sizeof(cwant[0]);
    struct comment *cs;
    ck_assert_int_eq(store_comments_by_ids(s, cwant, ncwant, &arena, &cs, &n),
                     0);
    u = distinct_sorted(cwant, ncwant, sorted);
    k = 0;
    for (size_t i = 0; i < u; i++) {
        struct comment one;
        int ret = store_comment_get(s, sorted[i], &arena, &one);
        if (ret == ERR_NOTFOUND)
            continue;
        ck_assert_int_eq(ret, 0);
        ck_assert_uint_lt(k, n);
        assert_same_comment(&cs[k++], &one);
    }
    ck_assert_uint_eq(k, n);
    ck_assert_uint_eq(n, 7);
    ck_assert_int_eq(store_comments_by_ids(s, NULL, 0, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 0);

    /* more keys than a batch may take: refused, not truncated */
    int64_t *many = arena_alloc(&arena, (STORE_BATCH_MAX + 1) * sizeof(*many));
    ck_assert_ptr_nonnull(many);
    for (size_t i = 0; i <= STORE_BATCH_MAX; i++)
        many[i] = ids[i % 12];
    ck_assert_int_eq(
        store_comments_by_ids(s, many, STORE_BATCH_MAX, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 12);
    ck_assert_int_eq(
        store_comments_by_ids(s, many, STORE_BATCH_MAX + 1, &arena, &cs, &n),
        ERR_INVALID);
    ck_assert_int_eq(
        store_articles_by_ids(s, many, STORE_BATCH_MAX + 1, &arena, &arts, &n),
        ERR_INVALID);
    close_store(s);
}
END_TEST

START_TEST(test_batched_author_records)
{
    int64_t art[3], ids[12];
    struct store *s = open_store(_i);
    batch_fixture(s, art, ids);
    const char *want[] = {batch_authors[3], "nobody",         batch_authors[0],
                          batch_authors[1], batch_authors[0], "",
                          batch_authors[2]};
    size_t n = sizeof(want) / sizeof(want[0]);
    int64_t visible[7], removed[7];
    for (size_t i = 0; i < n; i++)
        visible[i] = removed[i] = -7;
    ck_assert_int_eq(store_author_records(s, want, n, visible, removed), 0);
    int64_t busy = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t v = -1, r = -1;
        ck_assert_int_eq(store_author_record(s, want[i], &v, &r), 0);
        ck_assert_msg(visible[i] == v && removed[i] == r,
                      "%s: batched %lld/%lld, alone %lld/%lld", want[i],
                      (long long)visible[i], (long long)removed[i],
                      (long long)v, (long long)r);
        busy += v + r;
    }
    ck_assert_int_gt(busy, 0); /* the fixture gives them something to count */
    ck_assert_int_eq(visible[1], 0);
    ck_assert_int_eq(removed[1], 0);
    ck_assert_int_eq(store_author_records(s, NULL, 0, NULL, NULL), 0);
    close_store(s);
}
END_TEST

/* A reader's own list on /me: newest first, a page at a time, each page
 * starting below the last id of the one before, and counts without rows. */
START_TEST(test_author_page_and_counts)
{
    int64_t art[3], ids[12];
    struct store *s = open_store(_i);
    batch_fixture(s, art, ids);
    struct comment *cs = NULL;
    size_t n = 99;

    /* "h-one" wrote comments 0, 4 (removed) and 8 */
    ck_assert_int_eq(
        store_comments_by_author_page(s, "h-one", 0, 2, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(cs[0].id, ids[8]);
    ck_assert_int_eq(cs[1].id, ids[4]);
    ck_assert_int_eq(cs[1].status, COMMENT_REMOVED);
    struct comment one;
    ck_assert_int_eq(store_comment_get(s, ids[8], &arena, &one), 0);
    assert_same_comment(&cs[0], &one);
    ck_assert_int_eq(
        store_comments_by_author_page(s, "h-one", cs[1].id, 2, &arena, &cs, &n),
        0);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(cs[0].id, ids[0]);
    ck_assert_int_eq(
        store_comments_by_author_page(s, "h-one", cs[0].id, 2, &arena, &cs, &n),
        0);
    ck_assert_uint_eq(n, 0);

    int64_t live = -1, gone = -1, withdrawn = -1;
    ck_assert_int_eq(
        store_author_comment_counts(s, "h-one", &live, &gone, &withdrawn), 0);
    ck_assert_int_eq(live, 2);
    ck_assert_int_eq(gone, 1);
    ck_assert_int_eq(withdrawn, 0);
    /* "h-two": 1 (held) and 9 (deleted); 5 is imported, without a hash */
    ck_assert_int_eq(
        store_author_comment_counts(s, "h-two", &live, &gone, &withdrawn), 0);
    ck_assert_int_eq(live, 1);
    ck_assert_int_eq(gone, 1);
    ck_assert_int_eq(store_author_comment_counts(s, batch_authors[3], &live,
                                                 &gone, &withdrawn),
                     0);
    ck_assert_int_eq(live, 3); /* 3 visible, 7 held, 11 pending */
    ck_assert_int_eq(gone, 0);
    ck_assert_int_eq(store_comments_by_author_page(s, batch_authors[3], 0,
                                                   STORE_AUTHOR_PAGE_MAX,
                                                   &arena, &cs, &n),
                     0);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(cs[0].author_hash, batch_authors[3]);

    /* nobody, and the empty hash of imported comments: nothing */
    ck_assert_int_eq(
        store_comments_by_author_page(s, "nobody", 0, 5, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(
        store_comments_by_author_page(s, "", 0, 5, &arena, &cs, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(
        store_author_comment_counts(s, "", &live, &gone, &withdrawn), 0);
    ck_assert_int_eq(live + gone + withdrawn, 0);

    /* out of range: refused */
    ck_assert_int_eq(
        store_comments_by_author_page(s, "h-one", 0, 0, &arena, &cs, &n),
        ERR_INVALID);
    ck_assert_int_eq(store_comments_by_author_page(s, "h-one", 0,
                                                   STORE_AUTHOR_PAGE_MAX + 1,
                                                   &arena, &cs, &n),
                     ERR_INVALID);
    ck_assert_int_eq(
        store_comments_by_author_page(s, "h-one", -1, 5, &arena, &cs, &n),
        ERR_INVALID);

    /* a reader with more comments than a page: only a page is read */
    for (int i = 0; i < STORE_AUTHOR_PAGE_MAX + 5; i++) {
        struct comment c = sample_comment(art[0], 0, NULL);
        c.author_hash = "prolific";
        c.created = 9000 + i;
        ck_assert_int_eq(store_comment_insert(s, &c), 0);
    }
    ck_assert_int_eq(store_comments_by_author_page(s, "prolific", 0,
                                                   STORE_AUTHOR_PAGE_MAX,
                                                   &arena, &cs, &n),
                     0);
    ck_assert_uint_eq(n, STORE_AUTHOR_PAGE_MAX);
    for (size_t i = 1; i < n; i++)
        ck_assert_int_lt(cs[i].id, cs[i - 1].id);
    ck_assert_int_eq(store_comments_by_author_page(s, "prolific", cs[n - 1].id,
                                                   STORE_AUTHOR_PAGE_MAX,
                                                   &arena, &cs, &n),
                     0);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(
        store_author_comment_counts(s, "prolific", &live, &gone, &withdrawn),
        0);
    ck_assert_int_eq(live, STORE_AUTHOR_PAGE_MAX + 5);
    ck_assert_int_eq(gone, 0);
    close_store(s);
}
END_TEST

START_TEST(test_batched_reports)
{
    int64_t art[3], ids[12], sorted[16];
    struct store *s = open_store(_i);
    batch_fixture(s, art, ids);
    /* comments with three, two, one and no reports, a repeat, a stray */
    int64_t want[] = {ids[8], ids[3], 777777, ids[1], ids[0], ids[3]};
    size_t nwant = sizeof(want) / sizeof(want[0]);
    struct report *got;
    size_t n;
    ck_assert_int_eq(store_reports_of(s, want, nwant, &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 6);
    size_t u = distinct_sorted(want, nwant, sorted);
    size_t k = 0;
    for (size_t i = 0; i < u; i++) {
        struct report *one;
        size_t none;
        ck_assert_int_eq(store_report_list(s, sorted[i], &arena, &one, &none),
                         0);
        for (size_t j = 0; j < none; j++, k++) {
            ck_assert_uint_lt(k, n);
            ck_assert_int_eq(got[k].comment_id, one[j].comment_id);
            ck_assert_str_eq(got[k].reason, one[j].reason);
            ck_assert_int_eq(got[k].at, one[j].at);
        }
    }
    ck_assert_uint_eq(k, n);
    ck_assert_int_eq(store_reports_of(s, &ids[2], 1, &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(store_reports_of(s, NULL, 0, &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 0);
    close_store(s);
}
END_TEST

START_TEST(test_setting_list)
{
    struct store *s = open_store(_i);
    struct store_setting *got;
    size_t n = 99;
    ck_assert_int_eq(store_setting_list(s, "raid:", &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 0);
    static const char *const kv[][2] = {
        {"raid:9", "0"},   {"raid:10", "1"}, {"raid:11", ""},
        {"raid", "x"},     {"raidx:1", "y"}, {"xraid:1", "z"},
        {"a%b_:1", "pct"}, {"axbc:1", "no"}, {"a%b_:", "bare"}};
    for (size_t i = 0; i < sizeof(kv) / sizeof(kv[0]); i++)
        ck_assert_int_eq(store_setting_set(s, kv[i][0], kv[i][1]), 0);
    ck_assert_int_eq(store_setting_list(s, "raid:", &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 2); /* raid:11 is "": unset */
    ck_assert_str_eq(got[0].key, "raid:10");
    ck_assert_str_eq(got[0].value, "1");
    ck_assert_str_eq(got[1].key, "raid:9");
    ck_assert_str_eq(got[1].value, "0");
    /* a prefix is text, not a pattern */
    ck_assert_int_eq(store_setting_list(s, "a%b_:", &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(got[0].key, "a%b_:");
    ck_assert_str_eq(got[1].key, "a%b_:1");
    ck_assert_int_eq(store_setting_set(s, "raid:10", ""), 0);
    ck_assert_int_eq(store_setting_list(s, "raid:", &arena, &got, &n), 0);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(got[0].key, "raid:9");
    close_store(s);
}
END_TEST

static void setup(void)
{
    arena_init(&arena, 0);
}

/* teardown also cleans up after a test that failed half-way */
static void teardown(void)
{
    arena_release(&arena);
    db_drop();
}

static void add_tests(TCase *tc)
{
    int backends = pg_base_url() ? 2 : 1;
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, test_open_migrates_once, 0, backends);
    tcase_add_loop_test(tc, test_concurrent_open, 0, backends);
    tcase_add_loop_test(tc, test_settings, 0, backends);
    tcase_add_loop_test(tc, test_article_lookups, 0, backends);
    tcase_add_loop_test(tc, test_article_by_external_url, 0, backends);
    tcase_add_loop_test(tc, test_article_conflicts, 0, backends);
    tcase_add_loop_test(tc, test_article_insert_with_id, 0, backends);
    tcase_add_loop_test(tc, test_article_list, 0, backends);
    tcase_add_loop_test(tc, test_comment_numbering, 0, backends);
    tcase_add_loop_test(tc, test_comment_insert_errors, 0, backends);
    tcase_add_loop_test(tc, test_comment_missing_article, 0, backends);
    tcase_add_loop_test(tc, test_comment_lookups, 0, backends);
    tcase_add_loop_test(tc, test_comment_list_thread_order, 0, backends);
    tcase_add_loop_test(tc, test_transaction_rollback, 0, backends);
    tcase_add_loop_test(tc, test_transaction_survives_conflict, 0, backends);
    tcase_add_loop_test(tc, test_concurrent_numbering, 0, backends);
    tcase_add_loop_test(tc, test_batched_jobs, 0, backends);
    tcase_add_loop_test(tc, test_batched_many_callers, 0, backends);
    tcase_add_loop_test(tc, test_batched_settings_follow_changes, 0, backends);
    tcase_add_loop_test(tc, test_two_stores_share_numbering, 0, backends);
    tcase_add_loop_test(tc, test_open_failure_is_clear, 0, backends);
    tcase_add_loop_test(tc, test_users_and_sessions, 0, backends);
    tcase_add_loop_test(tc, test_transitions_and_audit, 0, backends);
    tcase_add_loop_test(tc, test_reports_and_queue, 0, backends);
    tcase_add_loop_test(tc, test_reports_counted, 0, backends);
    tcase_add_loop_test(tc, test_reports_restore, 0, backends);
    tcase_add_loop_test(tc, test_queue_pages, 0, backends);
    tcase_add_loop_test(tc, test_bans_and_author_record, 0, backends);
    tcase_add_loop_test(tc, test_bans_replace_list_and_lift, 0, backends);
    tcase_add_loop_test(tc, test_bans_of_beyond_the_list, 0, backends);
    tcase_add_loop_test(tc, test_setting_swap, 0, backends);
    tcase_add_loop_test(tc, test_article_update, 0, backends);
    tcase_add_loop_test(tc, test_former_paths, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_from_schema_5, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_repairs_textarea_text, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_from_schema_7, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_withdraws_deleted_held_comments, 0,
                        backends);
    tcase_add_loop_test(tc, test_was_public_once_published, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_erases_quotes_of_gone_text, 0,
                        backends);
    tcase_add_loop_test(tc, test_upgrade_marks_imported_spam_never_public, 0,
                        backends);
    tcase_add_loop_test(tc, test_upgrade_leaves_comment_offsets_to_fill, 0,
                        backends);
    tcase_add_loop_test(tc, test_offsets_fill_reaches_every_comment, 0,
                        backends);
    tcase_add_loop_test(tc, test_upgrade_marks_blogger_spam_never_public, 0,
                        backends);
    tcase_add_loop_test(tc, test_upgrade_erasure_reaches_the_file, 0, backends);
    tcase_add_loop_test(tc, test_upgrade_marks_comments_never_public, 0,
                        backends);
    tcase_add_loop_test(tc, test_author_deletion_keeps_what_readers_saw, 0,
                        backends);
    tcase_add_loop_test(tc, test_upgrade_gives_seen_withdrawals_their_tombstone,
                        0, backends);
    tcase_add_loop_test(tc, test_comments_newest_order_and_limit, 0, backends);
    tcase_add_loop_test(tc, test_comments_newest_visibility, 0, backends);
    tcase_add_loop_test(tc, test_comments_newest_keys, 0, backends);
    tcase_add_loop_test(tc, test_concurrent_transition, 0, backends);
    tcase_add_loop_test(tc, test_concurrent_demotions_keep_an_admin, 0,
                        backends);
    tcase_add_loop_test(tc, test_recent_activity, 0, backends);
    tcase_add_loop_test(tc, test_batched_articles_and_comments, 0, backends);
    tcase_add_loop_test(tc, test_batched_author_records, 0, backends);
    tcase_add_loop_test(tc, test_batched_reports, 0, backends);
    tcase_add_loop_test(tc, test_author_page_and_counts, 0, backends);
    tcase_add_loop_test(tc, test_setting_list, 0, backends);
    if (pg_base_url())
        tcase_add_loop_test(tc, test_pg_reconnects, 1, 2);
}

TEST_MAIN("store")
