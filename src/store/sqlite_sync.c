/*
 * sqlite_sync.c - makes the writer's committed batches durable on a thread
 * of their own, so that the writer can run the next batch meanwhile.
 *
 * With synchronous=FULL, SQLite syncs the WAL inside every COMMIT, while
 * it holds the write lock: the writer sits idle for the length of an fsync
 * per batch, and every post waits for it twice (the batch before its own,
 * then its own). Instead the writer's connection commits with
 * synchronous=NORMAL (the WAL frames are written, not synced) and hands
 * the batch to this thread, which calls fdatasync on the WAL file and only
 * then wakes the batch's callers. One fdatasync covers every batch
 * committed before it started. So nothing is acknowledged before it is on
 * disk, exactly as with FULL; what changes is that another connection may
 * read a comment a moment (one fsync) before it is durable, and a power
 * failure in that moment loses a comment nobody was told was stored.
 *
 * SQLite in NORMAL mode still syncs the WAL before each checkpoint and the
 * database file after it, so the WAL may be reused safely.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/sqlite_int.h"

struct sqlite_syncer {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work;
    struct sqlite_sync_node *head, *tail;
    int stop;
    int wal_fd;
};

static void *syncer_main(void *arg)
{
    struct sqlite_syncer *y = arg;
    pthread_setname_np(pthread_self(), "charla-sync"); /* for top -H */
    pthread_mutex_lock(&y->lock);
    for (;;) {
        while (!y->head && !y->stop)
            pthread_cond_wait(&y->work, &y->lock);
        if (!y->head)
            break; /* stopping, and nothing left to sync */
        struct sqlite_sync_node *list = y->head;
        y->head = y->tail = NULL;
        pthread_mutex_unlock(&y->lock);
        bool ok = fdatasync(y->wal_fd) == 0;
        if (!ok)
            perror("charla: sqlite: fdatasync of the WAL");
        /* a node is gone once done runs: read next first */
        for (struct sqlite_sync_node *n = list, *next; n; n = next) {
            next = n->next;
            n->done(n, ok);
        }
        pthread_mutex_lock(&y->lock);
    }
    pthread_mutex_unlock(&y->lock);
    return NULL;
}

struct sqlite_syncer *sqlite_syncer_start(const char *db_path)
{
    char wal[4096];
    if (snprintf(wal, sizeof(wal), "%s-wal", db_path) >= (int)sizeof(wal))
        return NULL;
    int fd = open(wal, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct sqlite_syncer *y = calloc(1, sizeof(*y));
    if (!y) {
        close(fd);
        return NULL;
    }
    y->wal_fd = fd;
    pthread_mutex_init(&y->lock, NULL);
    pthread_cond_init(&y->work, NULL);
    if (pthread_create(&y->thread, NULL, syncer_main, y)) {
        pthread_mutex_destroy(&y->lock);
        pthread_cond_destroy(&y->work);
        close(fd);
        free(y);
        return NULL;
    }
    return y;
}

void sqlite_syncer_add(struct sqlite_syncer *y, struct sqlite_sync_node *n)
{
    n->next = NULL;
    pthread_mutex_lock(&y->lock);
    if (y->tail)
        y->tail->next = n;
    else
        y->head = n;
    y->tail = n;
    pthread_cond_signal(&y->work);
    pthread_mutex_unlock(&y->lock);
}

void sqlite_syncer_stop(struct sqlite_syncer *y)
{
    if (!y)
        return;
    pthread_mutex_lock(&y->lock);
    y->stop = 1;
    pthread_cond_signal(&y->work);
    pthread_mutex_unlock(&y->lock);
    pthread_join(y->thread, NULL); /* it syncs what is queued first */
    pthread_mutex_destroy(&y->lock);
    pthread_cond_destroy(&y->work);
    close(y->wal_fd);
    free(y);
}
