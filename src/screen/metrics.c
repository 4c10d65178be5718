/*
 * metrics.c - the numbers `charla eval` reports for one decision on one
 * labelled set: precision, recall and F1 of the positive class, macro-F1,
 * and a bootstrap interval for macro-F1.
 *
 * The interval is there because the test splits are small (860 OLID
 * tweets, 691 DETOXIS comments, 101 Jigsaw rows): a difference of 0.01
 * between two models, or between a model and a target, can be the luck
 * of which rows a split happened to hold. The percentile bootstrap
 * resamples the set's rows with replacement and takes the middle share
 * of the macro-F1s it gets; the generator is seeded, so the same
 * decisions give the same interval on every machine. Two decisions on the
 * same rows (two models) are compared on the same drawn rows: the paired
 * interval of their difference is narrower than either interval alone,
 * because most rows are decided alike.
 */
#include <stdlib.h>

#include "screen/screen_int.h"

void screen_counts_add(struct screen_counts *c, int y, int yhat)
{
    c->tp += y && yhat;
    c->fp += !y && yhat;
    c->fn += y && !yhat;
    c->tn += !y && !yhat;
}

double screen_f1(size_t tp, size_t fp, size_t fn)
{
    return tp ? 2.0 * (double)tp / (double)(2 * tp + fp + fn) : 0.0;
}

double screen_precision(const struct screen_counts *c)
{
    return c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0.0;
}

double screen_recall(const struct screen_counts *c)
{
    return c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0.0;
}

/* The mean of the positive class's F1 and the negative class's. */
double screen_macro_f1(const struct screen_counts *c)
{
    return (screen_f1(c->tp, c->fp, c->fn) + screen_f1(c->tn, c->fn, c->fp)) /
           2;
}

/* splitmix64: small, fast, and the same sequence everywhere. */
static uint64_t metrics_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int metrics_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The macro-F1 of the rows drawn by one resample: k[cell] rows of each
 * cell. */
static double metrics_resampled(const size_t k[4])
{
    struct screen_counts c = {k[SCREEN_CELL_TP], k[SCREEN_CELL_FP],
                              k[SCREEN_CELL_FN], k[SCREEN_CELL_TN]};
    return screen_macro_f1(&c);
}

/* The 95% percentile interval of resamples (at least 40) bootstrap values
 * of macro-F1 over rows [0, n): with cell_b, of the first decision's
 * minus the second's on the same drawn rows. */
static int metrics_interval(const uint8_t *cell_a, const uint8_t *cell_b,
                            size_t n, unsigned resamples, uint64_t seed,
                            double *lo, double *hi)
{
    *lo = *hi = 0.0;
    if (n == 0 || n > UINT32_MAX || resamples < 40)
        return ERR_INVALID;
    double *mf = malloc(resamples * sizeof(*mf));
    if (!mf)
        return ERR_NOMEM;
    uint64_t state = seed;
    for (unsigned r = 0; r < resamples; r++) {
        size_t ka[4] = {0}, kb[4] = {0};
        for (size_t i = 0; i < n; i++) {
            /* a row drawn uniformly: the high 32 bits scaled to [0, n) */
            uint64_t u = metrics_next(&state) >> 32;
            size_t row = (size_t)((u * n) >> 32);
            ka[cell_a[row] & 3]++;
            if (cell_b)
                kb[cell_b[row] & 3]++;
        }
        mf[r] = metrics_resampled(ka) - (cell_b ? metrics_resampled(kb) : 0);
    }
    qsort(mf, resamples, sizeof(*mf), metrics_cmp_double);
    /* the middle 95%: 2.5% of the resamples fall below lo, 2.5% above hi */
    size_t tail = (size_t)resamples / 40;
    *lo = mf[tail];
    *hi = mf[resamples - 1 - tail];
    free(mf);
    return 0;
}

int screen_macro_f1_interval(const uint8_t *cell, size_t n, unsigned resamples,
                             uint64_t seed, double *lo, double *hi)
{
    return metrics_interval(cell, NULL, n, resamples, seed, lo, hi);
}

int screen_macro_f1_gain_interval(const uint8_t *cell_a, const uint8_t *cell_b,
                                  size_t n, unsigned resamples, uint64_t seed,
                                  double *lo, double *hi)
{
    return metrics_interval(cell_a, cell_b, n, resamples, seed, lo, hi);
}

uint8_t screen_cell(int y, int yhat)
{
    return y ? (yhat ? SCREEN_CELL_TP : SCREEN_CELL_FN)
             : (yhat ? SCREEN_CELL_FP : SCREEN_CELL_TN);
}
