/*
 * workers.c - see workers.h.
 *
 * A job goes straight to the idle worker on top of the stack (its own
 * condition variable, so exactly that thread wakes); when every worker is
 * busy it waits in a FIFO queue that workers empty before going idle.
 */
#include <pthread.h>
#include <stdlib.h>

#include "http/workers.h"

struct queued_job {
    worker_fn fn;
    void *ctx;
    struct queued_job *next;
};

struct worker {
    pthread_t thread;
    pthread_cond_t wake;
    struct workers *pool;
    worker_fn fn; /* the job handed over, or NULL */
    void *ctx;
    struct worker *next_idle;
};

struct workers {
    pthread_mutex_t lock;
    struct worker *idle; /* stack: the most recently idle on top */
    struct queued_job *head, *tail;
    bool stopping;
    int n; /* threads started */
    struct worker *all;
};

static void *worker_main(void *arg)
{
    struct worker *me = arg;
    struct workers *w = me->pool;
    pthread_setname_np(pthread_self(), "charla-work"); /* for top -H */
    pthread_mutex_lock(&w->lock);
    for (;;) {
        worker_fn fn = NULL;
        void *ctx = NULL;
        if (me->fn) {
            fn = me->fn;
            ctx = me->ctx;
            me->fn = NULL;
        } else if (w->head) {
            struct queued_job *q = w->head;
            w->head = q->next;
            if (!w->head)
                w->tail = NULL;
            fn = q->fn;
            ctx = q->ctx;
            free(q);
        } else if (w->stopping) {
            break;
        } else {
            me->next_idle = w->idle;
            w->idle = me;
            while (!me->fn && !w->stopping)
                pthread_cond_wait(&me->wake, &w->lock);
            continue;
        }
        pthread_mutex_unlock(&w->lock);
        fn(ctx);
        pthread_mutex_lock(&w->lock);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

struct workers *workers_start(int n)
{
    if (n < 1 || n > 256)
        return NULL;
    struct workers *w = calloc(1, sizeof(*w));
    struct worker *all = calloc((size_t)n, sizeof(*all));
    if (!w || !all) {
        free(w);
        free(all);
        return NULL;
    }
    pthread_mutex_init(&w->lock, NULL);
    w->all = all;
    for (int i = 0; i < n; i++) {
        all[i].pool = w;
        pthread_cond_init(&all[i].wake, NULL);
        if (pthread_create(&all[i].thread, NULL, worker_main, &all[i])) {
            pthread_cond_destroy(&all[i].wake);
            break;
        }
        w->n++;
    }
    if (w->n == 0) {
        pthread_mutex_destroy(&w->lock);
        free(all);
        free(w);
        return NULL;
    }
    return w;
}

bool workers_submit(struct workers *w, worker_fn fn, void *ctx)
{
    pthread_mutex_lock(&w->lock);
    if (w->stopping) {
        pthread_mutex_unlock(&w->lock);
        return false;
    }
    struct worker *idle = w->idle;
    if (idle) {
        w->idle = idle->next_idle;
        idle->fn = fn;
        idle->ctx = ctx;
        pthread_cond_signal(&idle->wake);
        pthread_mutex_unlock(&w->lock);
        return true;
    }
    struct queued_job *q = malloc(sizeof(*q));
    if (!q) {
        pthread_mutex_unlock(&w->lock);
        return false;
    }
    *q = (struct queued_job){.fn = fn, .ctx = ctx};
    if (w->tail)
        w->tail->next = q;
    else
        w->head = q;
    w->tail = q;
    pthread_mutex_unlock(&w->lock);
    return true;
}

void workers_stop(struct workers *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    bool joined = w->stopping;
    w->stopping = true;
    for (int i = 0; i < w->n && !joined; i++)
        pthread_cond_signal(&w->all[i].wake);
    pthread_mutex_unlock(&w->lock);
    if (joined)
        return;
    for (int i = 0; i < w->n; i++)
        pthread_join(w->all[i].thread, NULL);
}

void workers_free(struct workers *w)
{
    if (!w)
        return;
    workers_stop(w);
    for (int i = 0; i < w->n; i++)
        pthread_cond_destroy(&w->all[i].wake);
    pthread_mutex_destroy(&w->lock);
    free(w->all);
    free(w);
}
