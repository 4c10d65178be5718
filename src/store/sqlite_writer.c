/*
 * sqlite_writer.c - group commit for new comments.
 *
 * Under load, a commit per comment means an fsync per comment, and the
 * disk decides the post rate. Instead, request threads hand their insert
 * to one writer thread and wait. The writer takes every insert queued so
 * far, runs them in one transaction (each inside its own SAVEPOINT, so a
 * failing one does not undo the others), commits once, and only then wakes
 * the waiting threads: nothing is acknowledged before it is durable, and a
 * burst of N posts costs one fsync instead of N.
 *
 * The writer has its own connection. Jobs borrow the caller's struct
 * comment; the caller blocks until its job is done, so the strings stay
 * valid.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/sqlite_int.h"

struct write_job {
    struct comment *c;
    int result;
    int done;
    struct write_job *next;
};

struct sqlite_writer {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work; /* signalled when a job is queued or on stop */
    pthread_cond_t done; /* broadcast when a batch is committed */
    struct write_job *head, *tail;
    int stop;
    struct sqlite_conn *conn;
    uint64_t batches, jobs; /* for the curious: jobs / batches */
};

/* run_batch inserts every job of the list in one transaction. */
static void run_batch(struct sqlite_writer *w, struct write_job *list)
{
    sqlite3 *db = w->conn->db;
    int ret = sqlite_exec(db, "BEGIN IMMEDIATE", NULL);
    for (struct write_job *j = list; j; j = j->next) {
        if (ret) {
            j->result = ERR_DB;
            continue;
        }
        if (sqlite_exec(db, "SAVEPOINT job", NULL)) {
            j->result = ERR_DB;
            continue;
        }
        j->result = sqlite_insert_numbered(w->conn, j->c);
        if (j->result)
            sqlite_exec(db, "ROLLBACK TO job", NULL);
        sqlite_exec(db, "RELEASE job", NULL);
    }
    if (ret == 0 && sqlite_exec(db, "COMMIT", NULL)) {
        sqlite_exec(db, "ROLLBACK", NULL);
        for (struct write_job *j = list; j; j = j->next)
            j->result = ERR_DB;
    }
    w->batches++;
}

static void *writer_main(void *arg)
{
    struct sqlite_writer *w = arg;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->work, &w->lock);
        if (!w->head && w->stop)
            break;
        struct write_job *list = w->head;
        w->head = w->tail = NULL;
        pthread_mutex_unlock(&w->lock);
        run_batch(w, list);
        pthread_mutex_lock(&w->lock);
        for (struct write_job *j = list; j; j = j->next) {
            j->done = 1;
            w->jobs++;
        }
        pthread_cond_broadcast(&w->done);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

struct sqlite_writer *sqlite_writer_start(struct sqlite_conn *conn)
{
    struct sqlite_writer *w = calloc(1, sizeof(*w));
    if (!w)
        return NULL;
    w->conn = conn;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->work, NULL);
    pthread_cond_init(&w->done, NULL);
    if (pthread_create(&w->thread, NULL, writer_main, w)) {
        pthread_mutex_destroy(&w->lock);
        pthread_cond_destroy(&w->work);
        pthread_cond_destroy(&w->done);
        free(w);
        return NULL;
    }
    return w;
}

void sqlite_writer_stop(struct sqlite_writer *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->work);
    pthread_cond_destroy(&w->done);
    free(w);
}

int sqlite_writer_insert(struct sqlite_writer *w, struct comment *c)
{
    struct write_job job = {.c = c};
    pthread_mutex_lock(&w->lock);
    if (w->tail)
        w->tail->next = &job;
    else
        w->head = &job;
    w->tail = &job;
    pthread_cond_signal(&w->work);
    while (!job.done)
        pthread_cond_wait(&w->done, &w->lock);
    pthread_mutex_unlock(&w->lock);
    return job.result;
}
