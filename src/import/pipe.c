/*
 * pipe.c - the parser thread of an import; see pipe.h.
 *
 * Why: on the Disqus benchmark (a million comments), parsing (expat,
 * html2md) and storing (SQLite) each take a large part of the time and
 * neither needs the other's CPU. The parser runs on its own thread and
 * hands records to the storing thread through a queue.
 *
 * Data flow: parser -> forwarding sink (copies each record, with its
 * strings, into one malloc'd block) -> queue (a linked list, bounded in
 * bytes) -> the calling thread, which takes the whole list at once and
 * calls the real sink for each record, then frees it.
 *
 * Invariants: records reach the sink in production order; the real sink
 * only runs on the calling thread; once it fails (stop_rc), the parser's
 * next push returns that error, so the parser stops; the calling thread
 * keeps draining until the parser has finished, then joins it. The parser
 * writes its messages into its own buffer (err belongs to the calling
 * thread), which is appended to err only if the parser failed first.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "import/pipe.h"

#define QUEUE_MAX_BYTES ((size_t)2 << 20)

enum rec_kind { REC_ARTICLE, REC_COMMENT, REC_PROGRESS };

struct rec {
    struct rec *next;
    enum rec_kind kind;
    size_t bytes; /* the size of this block */
    union {
        struct import_article a;
        struct import_comment c;
        struct {
            int64_t done, total;
        } p;
    } u;
    char strings[]; /* the record's strings, NUL-terminated */
};

struct pipe {
    pthread_mutex_t lock;
    pthread_cond_t changed; /* a record came, space was freed, or the
                               parser finished */
    struct rec *head, *tail;
    size_t bytes;       /* in the queue */
    bool producer_wait; /* the parser waits for space */
    bool consumer_wait; /* the caller waits for records */
    bool done;          /* the parser returned ... */
    int parse_rc;       /* ... this */
    int stop_rc;        /* the sink failed: tell the parser */

    import_parse_fn parse; /* for the thread */
    const char *path;
    struct import_stats *stats;
    struct buf perr; /* the parser's messages */
    int64_t resume_pos;
};

/* ---- the parser's side ---- */

/* strings_size: the bytes n strings need, NULs included (NULL is ""). */
static size_t strings_size(const char *const *s, int n)
{
    size_t total = 0;
    for (int i = 0; i < n; i++)
        total += (s[i] ? strlen(s[i]) : 0) + 1;
    return total;
}

/* copy_strings copies the n strings into dst and points them there. */
static void copy_strings(const char **s[], int n, char *dst)
{
    for (int i = 0; i < n; i++) {
        const char *src = *s[i] ? *s[i] : "";
        size_t len = strlen(src) + 1;
        memcpy(dst, src, len);
        *s[i] = dst;
        dst += len;
    }
}

static int push(struct pipe *p, struct rec *r)
{
    int rc;
    pthread_mutex_lock(&p->lock);
    while (!p->stop_rc && p->head && p->bytes + r->bytes > QUEUE_MAX_BYTES) {
        p->producer_wait = true;
        pthread_cond_wait(&p->changed, &p->lock);
    }
    p->producer_wait = false;
    rc = p->stop_rc;
    if (!rc) {
        r->next = NULL;
        if (p->tail)
            p->tail->next = r;
        else
            p->head = r;
        p->tail = r;
        p->bytes += r->bytes;
        r = NULL;
        if (p->consumer_wait)
            pthread_cond_signal(&p->changed);
    }
    pthread_mutex_unlock(&p->lock);
    free(r);
    return rc;
}

static struct rec *rec_new(enum rec_kind kind, size_t strings)
{
    size_t bytes = sizeof(struct rec) + strings;
    struct rec *r = malloc(bytes);
    if (r) {
        r->kind = kind;
        r->bytes = bytes;
    }
    return r;
}

static int fwd_article(void *ctx, const struct import_article *in)
{
    struct import_article a = *in;
    const char **s[] = {&a.source_id,  &a.path,         &a.url,
                        &a.title,      &a.byline,       &a.body_md,
                        &a.lead_image, &a.lead_caption, &a.labels};
    const char *v[9];
    int n = (int)(sizeof(s) / sizeof(s[0]));
    for (int i = 0; i < n; i++)
        v[i] = *s[i];
    struct rec *r = rec_new(REC_ARTICLE, strings_size(v, n));
    if (!r)
        return ERR_NOMEM;
    copy_strings(s, n, r->strings);
    r->u.a = a;
    return push(ctx, r);
}

static int fwd_comment(void *ctx, const struct import_comment *in)
{
    struct import_comment c = *in;
    const char **s[] = {&c.source_id, &c.article_source_id, &c.parent_source_id,
                        &c.author_name, &c.body_md};
    const char *v[5];
    int n = (int)(sizeof(s) / sizeof(s[0]));
    for (int i = 0; i < n; i++)
        v[i] = *s[i];
    struct rec *r = rec_new(REC_COMMENT, strings_size(v, n));
    if (!r)
        return ERR_NOMEM;
    copy_strings(s, n, r->strings);
    r->u.c = c;
    return push(ctx, r);
}

static void fwd_progress(void *ctx, int64_t done, int64_t total)
{
    struct rec *r = rec_new(REC_PROGRESS, 0);
    if (!r)
        return; /* a progress line is not worth failing for */
    r->u.p.done = done;
    r->u.p.total = total;
    (void)push(ctx, r);
}

static void *parser_main(void *arg)
{
    struct pipe *p = arg;
    struct import_sink fwd;
    memset(&fwd, 0, sizeof(fwd));
    fwd.ctx = p;
    fwd.article = fwd_article;
    fwd.comment = fwd_comment;
    fwd.progress = fwd_progress;
    fwd.resume_pos = p->resume_pos;
    int rc = p->parse(p->path, &fwd, p->stats, &p->perr);
    pthread_mutex_lock(&p->lock);
    p->done = true;
    p->parse_rc = rc;
    pthread_cond_signal(&p->changed);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* ---- the caller's side ---- */

/* deliver hands one record to the sink; on failure it says which. */
static int deliver(const struct import_sink *sink, const struct rec *r,
                   const char *path, struct buf *err)
{
    int rc = 0;
    switch (r->kind) {
    case REC_ARTICLE:
        rc = sink->article(sink->ctx, &r->u.a);
        if (rc)
            buf_addf(err, "%s%s: import stopped at article %s: %s",
                     err->len ? "; " : "", path, r->u.a.source_id,
                     err_name(rc));
        break;
    case REC_COMMENT:
        rc = sink->comment(sink->ctx, &r->u.c);
        if (rc)
            buf_addf(err, "%s%s: import stopped at comment %s: %s",
                     err->len ? "; " : "", path, r->u.c.source_id,
                     err_name(rc));
        break;
    case REC_PROGRESS:
        import_report_progress(sink, r->u.p.done, r->u.p.total);
        break;
    }
    return rc;
}

int import_pipe_run(import_parse_fn parse, const char *path,
                    const struct import_sink *sink, struct import_stats *stats,
                    struct buf *err)
{
    struct pipe p;
    pthread_t tid;
    int sink_rc = 0;

    memset(&p, 0, sizeof(p));
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.changed, NULL);
    p.parse = parse;
    p.path = path;
    p.stats = stats;
    p.resume_pos = sink->resume_pos;
    buf_init(&p.perr, 4096);
    if (pthread_create(&tid, NULL, parser_main, &p) != 0) {
        buf_adds(err, "cannot start the parser thread");
        sink_rc = ERR_NOMEM;
        goto out;
    }
    for (;;) {
        pthread_mutex_lock(&p.lock);
        while (!p.head && !p.done) {
            p.consumer_wait = true;
            pthread_cond_wait(&p.changed, &p.lock);
        }
        p.consumer_wait = false;
        struct rec *list = p.head;
        bool finished = p.done && !list;
        p.head = p.tail = NULL;
        p.bytes = 0;
        if (p.producer_wait)
            pthread_cond_signal(&p.changed);
        pthread_mutex_unlock(&p.lock);
        if (finished)
            break;
        while (list) {
            struct rec *next = list->next;
            if (!sink_rc) {
                sink_rc = deliver(sink, list, path, err);
                if (sink_rc) {
                    pthread_mutex_lock(&p.lock);
                    p.stop_rc = sink_rc;
                    pthread_cond_signal(&p.changed);
                    pthread_mutex_unlock(&p.lock);
                }
            }
            free(list);
            list = next;
        }
    }
    pthread_join(tid, NULL);
    if (!sink_rc && p.parse_rc)
        buf_add(err, p.perr.data, p.perr.len);
out:
    buf_release(&p.perr);
    pthread_cond_destroy(&p.changed);
    pthread_mutex_destroy(&p.lock);
    return sink_rc ? sink_rc : p.parse_rc;
}
