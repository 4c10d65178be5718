/*
 * sqlite_writer.c - group commit: one writer thread runs the store's
 * write work in batches.
 *
 * Under load, a commit per comment means an fsync per comment, and the
 * disk decides the post rate. Instead, request threads hand their work (a
 * function, see store_batched) to one writer thread and wait. The writer
 * takes every job queued so far, runs them in one transaction (each inside
 * its own SAVEPOINT, so a failing one does not undo the others), commits
 * once, and only then wakes the waiting threads: nothing is acknowledged
 * before it is durable, and a burst of N posts costs one fsync instead of
 * N.
 *
 * A job may run twice: when one fails after writing, the batch is rolled
 * back and run again with a savepoint around each job (see run_jobs).
 *
 * The writer has its own connection, which is also its thread's store
 * connection, so store calls made by a job land in the batch. That
 * connection's page cache stays warm from one batch to the next (SQLite
 * only drops a connection's cache when another connection wrote), which is
 * why a job should do its reads here too: a request thread's connection
 * starts cold after every commit of the writer.
 *
 * Jobs live on the waiting caller's stack; the caller blocks until its job
 * is done, so everything the job points to stays valid.
 */
#include <pthread.h>
#include <semaphore.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "store/sqlite_int.h"

#define WRITER_CACHE_KIB "8192"

struct write_job {
    store_batch_fn fn;
    void *ctx;
    int result;
    sem_t done;     /* posted once the job's batch is committed */
    bool wake_next; /* its caller wakes the next job (same chain) */
    struct write_job *next;
    struct write_job *next_head;  /* the next chain's head, for wake_batch */
    struct sqlite_sync_node sync; /* the first job's stands for its batch */
};

enum writer_stmt {
    WS_BEGIN,
    WS_SAVEPOINT,
    WS_ROLLBACK_TO,
    WS_RELEASE,
    WS_COMMIT,
    WS_ROLLBACK,
    WS_COUNT
};

static const char *const writer_sql[WS_COUNT] = {
    [WS_BEGIN] = "BEGIN IMMEDIATE",
    [WS_SAVEPOINT] = "SAVEPOINT job",
    [WS_ROLLBACK_TO] = "ROLLBACK TO job",
    [WS_RELEASE] = "RELEASE job",
    [WS_COMMIT] = "COMMIT",
    [WS_ROLLBACK] = "ROLLBACK",
};

struct sqlite_writer {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work; /* signalled when a job is queued or on stop */
    struct write_job *head, *tail;
    int stop;
    struct sqlite_store *store;
    struct sqlite_conn *conn;
    sqlite3_stmt *stmts[WS_COUNT]; /* prepared once: a batch parses nothing */
};

/* step runs one of the writer's own statements; 0 or ERR_DB. */
static int step(struct sqlite_writer *w, enum writer_stmt id)
{
    sqlite3 *db = w->conn->db;
    if (!w->stmts[id] &&
        sqlite3_prepare_v3(db, writer_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                           &w->stmts[id], NULL) != SQLITE_OK) {
        fprintf(stderr, "charla: sqlite writer: %s\n", sqlite3_errmsg(db));
        return ERR_DB;
    }
    int rc = sqlite3_step(w->stmts[id]);
    sqlite3_reset(w->stmts[id]);
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "charla: sqlite writer: %s: %s\n", writer_sql[id],
                sqlite3_errmsg(db));
        return ERR_DB;
    }
    return 0;
}

#define RUN_AGAIN                                                              \
    1 /* run_jobs: roll back and run the batch with savepoints                 \
       */

/*
 * run_jobs runs the jobs of the list inside the open transaction. With
 * savepoints, each job is wrapped in one and a failing job's writes are
 * undone. Without, a job that fails after writing makes the whole pass
 * fail (RUN_AGAIN): the caller rolls back and runs the batch again with
 * savepoints. Jobs fail after writing very rarely (a refused post writes
 * nothing), so the common pass costs no savepoint and no statement
 * journal.
 */
static int run_jobs(struct sqlite_writer *w, struct write_job *list,
                    bool savepoints)
{
    sqlite3 *db = w->conn->db;
    for (struct write_job *j = list; j; j = j->next) {
        if (savepoints && step(w, WS_SAVEPOINT)) {
            j->result = ERR_DB;
            continue;
        }
        int64_t before = sqlite3_total_changes64(db);
        j->result = j->fn(&w->store->base, j->ctx);
        if (!savepoints) {
            if (j->result && sqlite3_total_changes64(db) != before)
                return RUN_AGAIN;
            continue;
        }
        if (j->result)
            (void)step(w, WS_ROLLBACK_TO);
        (void)step(w, WS_RELEASE);
    }
    return 0;
}

/* run_batch runs every job of the list in one transaction; 0 if it
 * committed. */
static int run_batch(struct sqlite_writer *w, struct write_job *list)
{
    int ret = RUN_AGAIN;
    for (int pass = 0; pass < 2 && ret == RUN_AGAIN; pass++) {
        ret = step(w, WS_BEGIN);
        if (ret)
            break;
        w->conn->in_tx = 1;
        sqlite_settings_memo_begin(w->conn);
        ret = run_jobs(w, list, pass == 1);
        w->conn->in_tx = 0;
        sqlite_settings_memo_end(w->conn);
        if (ret == 0 && step(w, WS_COMMIT))
            ret = ERR_DB;
        if (ret) {
            (void)step(w, WS_ROLLBACK);
            sqlite_settings_memo_clear(w->conn); /* it saw undone writes */
        }
    }
    if (ret)
        for (struct write_job *j = list; j; j = j->next)
            if (j->result == 0 || ret == ERR_DB)
                j->result = ERR_DB;
    return ret;
}

/* wake_batch wakes the callers of a finished batch: every WAKE_CHAIN-th
 * one itself, and each caller the next of its chain (sqlite_writer_run).
 * So a batch of 64 costs this thread 8 wake-up calls instead of 64, and
 * the last caller waits for 8 hand-offs, not 64. */
#define WAKE_CHAIN 8
static void wake_batch(struct write_job *list)
{
    /* mark the heads before waking anyone: a woken caller returns, and
       its job (on its stack) is gone, so the second walk reads heads only,
       each before it is woken */
    struct write_job *head = NULL, **link = &head;
    int i = 0;
    for (struct write_job *j = list; j; j = j->next, i++) {
        j->wake_next = j->next && (i + 1) % WAKE_CHAIN != 0;
        if (i % WAKE_CHAIN == 0) {
            *link = j;
            link = &j->next_head;
        }
    }
    *link = NULL;
    for (struct write_job *h = head, *next; h; h = next) {
        next = h->next_head;
        sem_post(&h->done);
    }
}

/* batch_synced runs on the syncer once the batch is on disk (or not). */
static void batch_synced(struct sqlite_sync_node *n, bool ok)
{
    struct write_job *list =
        (struct write_job *)((char *)n - offsetof(struct write_job, sync));
    if (!ok)
        for (struct write_job *j = list; j; j = j->next)
            if (j->result == 0)
                j->result = ERR_DB;
    wake_batch(list);
}

static void *writer_main(void *arg)
{
    struct sqlite_writer *w = arg;
    pthread_setname_np(pthread_self(), "charla-writer"); /* for top -H */
    /* Room for a whole batch's dirty pages: a smaller cache spills them
       to the WAL in the middle of the batch, page by page. Each job's
       SAVEPOINT keeps the pages it changes in a statement journal; in
       memory, that costs no file writes. */
    (void)sqlite_exec(w->conn->db,
                      "PRAGMA cache_size=-" WRITER_CACHE_KIB
                      "; PRAGMA temp_store=MEMORY",
                      NULL);
    /* commits write the WAL; the syncer makes them durable (see there) */
    struct sqlite_syncer *syncer = sqlite_syncer_start(w->store->path);
    if (syncer && sqlite_exec(w->conn->db, "PRAGMA synchronous=NORMAL", NULL)) {
        sqlite_syncer_stop(syncer);
        syncer = NULL;
    }
    pthread_setspecific(w->store->key, w->conn);
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->work, &w->lock);
        if (!w->head && w->stop)
            break;
        struct write_job *list = w->head;
        w->head = w->tail = NULL;
        pthread_mutex_unlock(&w->lock);
        if (run_batch(w, list) == 0 && syncer) {
            list->sync.done = batch_synced;
            sqlite_syncer_add(syncer, &list->sync);
        } else {
            wake_batch(list); /* durable already, or failed */
        }
        pthread_mutex_lock(&w->lock);
    }
    pthread_mutex_unlock(&w->lock);
    sqlite_syncer_stop(syncer); /* syncs and wakes what it holds */
    for (int i = 0; i < WS_COUNT; i++)
        sqlite3_finalize(w->stmts[i]);
    pthread_setspecific(w->store->key, NULL);
    return NULL;
}

struct sqlite_writer *sqlite_writer_start(struct sqlite_store *s,
                                          struct sqlite_conn *conn)
{
    struct sqlite_writer *w = calloc(1, sizeof(*w));
    if (!w)
        return NULL;
    w->store = s;
    w->conn = conn;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->work, NULL);
    if (pthread_create(&w->thread, NULL, writer_main, w)) {
        pthread_mutex_destroy(&w->lock);
        pthread_cond_destroy(&w->work);
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
    free(w);
}

int sqlite_writer_run(struct sqlite_writer *w, store_batch_fn fn, void *ctx)
{
    struct write_job job = {.fn = fn, .ctx = ctx};
    if (sem_init(&job.done, 0, 0))
        return ERR_DB;
    pthread_mutex_lock(&w->lock);
    if (w->tail)
        w->tail->next = &job;
    else
        w->head = &job;
    w->tail = &job;
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
    while (sem_wait(&job.done))
        ; /* EINTR: a signal arrived; keep waiting */
    /* the batch is done: pass the wake-up on along the chain (job.next
       lives on the next caller's stack, which stays until it is woken;
       a chain's head may be gone already, so only our own job says
       whether to) */
    if (job.wake_next)
        sem_post(&job.next->done);
    sem_destroy(&job.done);
    return job.result;
}
