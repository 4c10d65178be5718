/*
 * test_workers.c - the pool of blocking workers in src/http/workers.c:
 * every job runs once, as many jobs can wait at once as there are
 * workers, stopping finishes what was submitted, and a stopped pool
 * refuses new work.
 */
#include "testlib.h"

#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <unistd.h>

#include "http/workers.h"

static int counter; /* atomic */

static void count_job(void *ctx)
{
    int *per_job = ctx;
    __atomic_add_fetch(per_job, 1, __ATOMIC_SEQ_CST);
    __atomic_add_fetch(&counter, 1, __ATOMIC_SEQ_CST);
}

START_TEST(every_job_runs_once)
{
    enum { JOBS = 2000 };
    static int runs[JOBS];
    counter = 0;
    struct workers *w = workers_start(8);
    ck_assert_ptr_nonnull(w);
    for (int i = 0; i < JOBS; i++)
        ck_assert(workers_submit(w, count_job, &runs[i]));
    workers_free(w);
    ck_assert_int_eq(counter, JOBS);
    for (int i = 0; i < JOBS; i++)
        ck_assert_int_eq(runs[i], 1);
}
END_TEST

/* Each job checks in, then waits until the test lets all of them go. */
struct gate {
    sem_t arrived;
    sem_t release;
};

static void gate_job(void *ctx)
{
    struct gate *g = ctx;
    sem_post(&g->arrived);
    while (sem_wait(&g->release) && errno == EINTR)
        ;
}

static bool wait_s(sem_t *s, int seconds)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += seconds;
    int r;
    while ((r = sem_timedwait(s, &ts)) && errno == EINTR)
        ;
    return r == 0;
}

START_TEST(as_many_jobs_wait_at_once_as_there_are_workers)
{
    enum { WORKERS = 32 };
    struct gate g;
    sem_init(&g.arrived, 0, 0);
    sem_init(&g.release, 0, 0);
    struct workers *w = workers_start(WORKERS);
    ck_assert_ptr_nonnull(w);
    for (int i = 0; i < WORKERS + 1; i++)
        ck_assert(workers_submit(w, gate_job, &g));
    /* all workers are blocked in a job at the same time... */
    for (int i = 0; i < WORKERS; i++)
        ck_assert_msg(wait_s(&g.arrived, 10), "only %d jobs started", i);
    /* ...and the one job more waits in the queue for a free worker */
    struct timespec brief = {.tv_sec = 0, .tv_nsec = 50 * 1000 * 1000};
    nanosleep(&brief, NULL);
    ck_assert_int_ne(sem_trywait(&g.arrived), 0);
    for (int i = 0; i < WORKERS + 1; i++)
        sem_post(&g.release);
    ck_assert(wait_s(&g.arrived, 10));
    workers_free(w);
    sem_destroy(&g.arrived);
    sem_destroy(&g.release);
}
END_TEST

static void slow_job(void *ctx)
{
    struct timespec ms = {.tv_sec = 0, .tv_nsec = 1000 * 1000};
    nanosleep(&ms, NULL);
    count_job(ctx);
}

START_TEST(stop_finishes_what_was_submitted_then_refuses)
{
    enum { JOBS = 200 };
    static int runs[JOBS];
    counter = 0;
    struct workers *w = workers_start(2);
    ck_assert_ptr_nonnull(w);
    for (int i = 0; i < JOBS; i++)
        ck_assert(workers_submit(w, slow_job, &runs[i]));
    workers_stop(w); /* most jobs are still queued here */
    ck_assert_int_eq(counter, JOBS);
    int extra = 0;
    ck_assert(!workers_submit(w, count_job, &extra));
    workers_stop(w); /* a second stop is harmless */
    workers_free(w);
    ck_assert_int_eq(extra, 0);
}
END_TEST

START_TEST(pool_size_is_checked)
{
    ck_assert_ptr_null(workers_start(0));
    ck_assert_ptr_null(workers_start(257));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, every_job_runs_once);
    tcase_add_test(tc, as_many_jobs_wait_at_once_as_there_are_workers);
    tcase_add_test(tc, stop_finishes_what_was_submitted_then_refuses);
    tcase_add_test(tc, pool_size_is_checked);
}

TEST_MAIN("workers")
