/*
 * workers.h - a pool of threads that may block, for the requests that wait
 * on the database's writer (posts, moderation, logins).
 *
 * The server's event threads each serve many connections; a request that
 * blocks one of them stalls every connection it serves. Requests that may
 * wait are handed to this pool instead, so the event threads keep serving
 * reads and as many writes can wait together as there are workers, which
 * is what lets group commit put many of them in one transaction.
 *
 * Idle workers form a stack: the most recently idle one takes the next
 * job. Under light load the same few threads do all the work, so only they
 * ever open a database connection.
 */
#ifndef CHARLA_HTTP_WORKERS_H
#define CHARLA_HTTP_WORKERS_H

#include <stdbool.h>

struct workers;

typedef void (*worker_fn)(void *ctx);

/* workers_start starts n threads (1..256); NULL if none could start. */
struct workers *workers_start(int n);

/*
 * workers_submit runs fn(ctx) on a worker and returns at once. false if
 * the pool is stopping (the caller then runs the job itself).
 */
bool workers_submit(struct workers *w, worker_fn fn, void *ctx);

/* workers_stop finishes every job already submitted and ends the
 * threads; workers_submit refuses from then on. workers_free stops the
 * pool if need be and frees it. */
void workers_stop(struct workers *w);
void workers_free(struct workers *w);

#endif
