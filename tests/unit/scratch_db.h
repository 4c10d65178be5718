/*
 * scratch_db.h - a fresh SQLite store under /tmp for the tests that need
 * a real one (imports, moderation, review causes): opened empty, and
 * removed with its WAL files when the test closes it.
 */
#ifndef CHARLA_TESTS_SCRATCH_DB_H
#define CHARLA_TESTS_SCRATCH_DB_H

#include "testlib.h"

#include <stdio.h>
#include <unistd.h>

#include "store/store.h"
#include "util/buf.h"

struct scratch_db {
    char path[64];    /* /tmp/charla-test-TAG-XXXXXX, made unique */
    struct store *st; /* open until scratch_db_close */
};

/* scratch_db_open opens an empty store at a new path named after tag. */
static inline void scratch_db_open(struct scratch_db *d, const char *tag)
{
    snprintf(d->path, sizeof(d->path), "/tmp/charla-test-%s-XXXXXX", tag);
    int fd = mkstemp(d->path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    unlink(d->path);
    struct buf err;
    buf_init(&err, 1024);
    d->st = store_open(d->path, &err);
    ck_assert_msg(d->st != NULL, "%s", err.data);
    buf_release(&err);
}

/* scratch_article stores a published article at "/a" and returns its id:
 * the one a test's comments go under. */
static inline int64_t scratch_article(struct store *st)
{
    struct article in = {.path = "/a",
                         .title = "A",
                         .byline = "",
                         .published = 1,
                         .is_published = true,
                         .body = "",
                         .lead_image = "",
                         .lead_caption = "",
                         .labels = "",
                         .source_id = "",
                         .external_url = ""};
    int64_t id = 0;
    ck_assert_int_eq(store_article_insert(st, &in, &id), 0);
    return id;
}

/* scratch_comment stores a reader's comment under article_id as posting
 * stores it (author "feedbeef", created at 100, with its name, text and
 * screening data) and returns it as the store reads it back, in a. */
static inline struct comment
scratch_comment(struct store *st, int64_t article_id,
                enum comment_status status, const char *name, const char *body,
                const char *screen, struct arena *a)
{
    struct comment c = {.article_id = article_id,
                        .status = status,
                        .author_kind = AUTHOR_READER,
                        .author_hash = "feedbeef",
                        .author_name = name,
                        .created = 100,
                        .body = body,
                        .reason = "",
                        .source_id = "",
                        .screen = screen};
    ck_assert_int_eq(store_comment_insert(st, &c), 0);
    struct comment out;
    ck_assert_int_eq(store_comment_get(st, c.id, a, &out), 0);
    return out;
}

/* scratch_report_add files a report that counts (its reader brought a
 * token; no network known), as store_report_add did before reports were
 * weighed. */
static inline int scratch_report_add(struct store *s, int64_t comment_id,
                                     const char *reporter, const char *reason,
                                     int64_t at, int64_t *count)
{
    struct report_new r = {.comment_id = comment_id,
                           .reporter_hash = reporter,
                           .client_hash = "",
                           .reason = reason,
                           .at = at,
                           .may_count = true};
    return store_report_add(s, &r, count, NULL);
}

/* scratch_db_close closes the store and removes its files. */
static inline void scratch_db_close(struct scratch_db *d)
{
    char p[96];
    store_free(d->st);
    unlink(d->path);
    snprintf(p, sizeof(p), "%s-wal", d->path);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", d->path);
    unlink(p);
}

#endif
