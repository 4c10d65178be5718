/*
 * import_recorder.h - the recording sink of the importer tests
 * (test_import_*.c): it copies every article and comment an importer
 * sends (their strings live only during the call), so a test can look at
 * the whole import afterwards, and it can stop the import like a failing
 * store would.
 *
 * Recorded strings live in one arena, emptied by recorder_init and
 * released at exit, so the tests stay leak-free under LeakSanitizer.
 */
#ifndef CHARLA_TESTS_IMPORT_RECORDER_H
#define CHARLA_TESTS_IMPORT_RECORDER_H

#include "testlib.h"

#include <stdio.h>

#include "import/import.h"
#include "util/arena.h"

#define REC_ARTICLES_MAX 16
#define REC_COMMENTS_MAX 64

struct rec_article {
    char *source_id, *path, *url, *title, *byline, *body_md;
    char *lead_image, *lead_caption, *labels;
    int64_t published;
    int tz_offset_min;
    bool tz_known, draft, thread_only, closed;
};

struct rec_comment {
    char *source_id, *article_source_id, *parent_source_id;
    char *author_name, *body_md;
    int64_t created;
    int tz_offset_min; /* as the importer gave it ... */
    bool tz_known;     /* ... and whether it knew it */
    bool anonymous;
    enum import_status status;
};

struct recorder {
    struct rec_article a[REC_ARTICLES_MAX];
    int na;
    struct rec_comment c[REC_COMMENTS_MAX];
    int nc;
    int comments_before_article; /* an article came after any comment */
    int articles_after_comment;  /* a comment came before its article */
    int stop_after;              /* return ERR_DB at this call (0: never) */
    int calls;
    char all_text[16384]; /* every url, title, name and body, for privacy
                             checks */
};

static struct arena rec_strings;

static inline void rec_strings_release(void)
{
    arena_release(&rec_strings);
}

/* rec_dup copies s into the recorder's arena. */
static inline char *rec_dup(const char *s)
{
    ck_assert_ptr_nonnull(s);
    char *d = arena_strdup(&rec_strings, s);
    ck_assert_ptr_nonnull(d);
    return d;
}

/* rec_remember appends s and a newline to r->all_text (truncated if full). */
static inline void rec_remember(struct recorder *r, const char *s)
{
    size_t n = strlen(r->all_text);
    snprintf(r->all_text + n, sizeof(r->all_text) - n, "%s\n", s);
}

/* rec_article is the sink's article callback. */
static inline int rec_article(void *ctx, const struct import_article *in)
{
    struct recorder *r = ctx;
    if (++r->calls == r->stop_after)
        return ERR_DB;
    if (r->nc)
        r->comments_before_article++;
    ck_assert_int_lt(r->na, REC_ARTICLES_MAX);
    struct rec_article *a = &r->a[r->na++];
    a->source_id = rec_dup(in->source_id);
    a->path = rec_dup(in->path);
    a->url = rec_dup(in->url);
    a->title = rec_dup(in->title);
    a->byline = rec_dup(in->byline);
    a->body_md = rec_dup(in->body_md);
    a->lead_image = rec_dup(in->lead_image);
    a->lead_caption = rec_dup(in->lead_caption);
    a->labels = rec_dup(in->labels);
    a->published = in->published;
    a->tz_offset_min = in->tz_offset_min;
    a->tz_known = in->tz_known;
    a->draft = in->draft;
    a->thread_only = in->thread_only;
    a->closed = in->closed;
    rec_remember(r, in->url);
    rec_remember(r, in->title);
    return 0;
}

/* rec_comment is the sink's comment callback. */
static inline int rec_comment(void *ctx, const struct import_comment *in)
{
    struct recorder *r = ctx;
    if (++r->calls == r->stop_after)
        return ERR_DB;
    ck_assert_int_lt(r->nc, REC_COMMENTS_MAX);
    bool seen = false;
    for (int i = 0; i < r->na; i++)
        seen |= strcmp(r->a[i].source_id, in->article_source_id) == 0;
    if (!seen)
        r->articles_after_comment++;
    struct rec_comment *c = &r->c[r->nc++];
    c->source_id = rec_dup(in->source_id);
    c->article_source_id = rec_dup(in->article_source_id);
    c->parent_source_id = rec_dup(in->parent_source_id);
    c->author_name = rec_dup(in->author_name);
    c->body_md = rec_dup(in->body_md);
    c->created = in->created;
    c->tz_offset_min = in->tz_offset_min;
    c->tz_known = in->tz_known;
    c->anonymous = in->anonymous;
    c->status = in->status;
    rec_remember(r, in->author_name);
    rec_remember(r, in->body_md);
    return 0;
}

/*
 * recorder_init empties r and the string arena (what an earlier import
 * recorded is gone) and points sink at r.
 */
static inline void recorder_init(struct recorder *r, struct import_sink *sink)
{
    static bool registered;
    if (!registered) {
        arena_init(&rec_strings, 0);
        atexit(rec_strings_release);
        registered = true;
    }
    arena_reset(&rec_strings);
    memset(r, 0, sizeof(*r));
    memset(sink, 0, sizeof(*sink));
    sink->ctx = r;
    sink->article = rec_article;
    sink->comment = rec_comment;
}

/* recorder_new: recorder_init on the one static recorder (tests run one
 * at a time, in their own process), returned. */
static inline struct recorder *recorder_new(struct import_sink *sink)
{
    static struct recorder rec;
    recorder_init(&rec, sink);
    return &rec;
}

/* recorder_pos: the index of the comment with source id id, or -1. */
static inline int recorder_pos(const struct recorder *r, const char *id)
{
    for (int i = 0; i < r->nc; i++)
        if (strcmp(r->c[i].source_id, id) == 0)
            return i;
    return -1;
}

/* recorder_find: the comment with source id id, or NULL. */
static inline struct rec_comment *recorder_find(struct recorder *r,
                                                const char *id)
{
    int i = recorder_pos(r, id);
    return i < 0 ? NULL : &r->c[i];
}

/* recorder_get: the comment with source id id; the test fails if none. */
static inline struct rec_comment *recorder_get(struct recorder *r,
                                               const char *id)
{
    struct rec_comment *c = recorder_find(r, id);
    if (!c)
        ck_abort_msg("no comment %s", id);
    return c;
}

#endif
