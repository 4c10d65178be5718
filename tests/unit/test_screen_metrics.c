/*
 * test_screen_metrics.c - the numbers `charla eval` writes: precision,
 * recall, F1 and macro-F1 from a confusion matrix worked out by hand, the
 * bootstrap interval of macro-F1 (it holds the score, narrows as the set
 * grows, repeats for a seed and refuses what it cannot do) and the paired
 * interval of two decisions' difference.
 */
#include "testlib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

/* tp tn fp fn rows, in that order, as cells */
static uint8_t *cells_of(size_t tp, size_t tn, size_t fp, size_t fn, size_t *n)
{
    *n = tp + tn + fp + fn;
    uint8_t *c = malloc(*n ? *n : 1);
    ck_assert_ptr_nonnull(c);
    size_t i = 0;
    for (size_t k = 0; k < tp; k++)
        c[i++] = screen_cell(1, 1);
    for (size_t k = 0; k < tn; k++)
        c[i++] = screen_cell(0, 0);
    for (size_t k = 0; k < fp; k++)
        c[i++] = screen_cell(0, 1);
    for (size_t k = 0; k < fn; k++)
        c[i++] = screen_cell(1, 0);
    return c;
}

START_TEST(scores_match_a_matrix_worked_by_hand)
{
    /* 8 abusive comments, 6 held; 12 harmless, 2 held */
    struct screen_counts c = {0};
    for (int i = 0; i < 6; i++)
        screen_counts_add(&c, 1, 1);
    for (int i = 0; i < 2; i++)
        screen_counts_add(&c, 1, 0);
    for (int i = 0; i < 2; i++)
        screen_counts_add(&c, 0, 1);
    for (int i = 0; i < 10; i++)
        screen_counts_add(&c, 0, 0);
    ck_assert_uint_eq(c.tp, 6);
    ck_assert_uint_eq(c.fn, 2);
    ck_assert_uint_eq(c.fp, 2);
    ck_assert_uint_eq(c.tn, 10);
    ck_assert(NEAR(screen_precision(&c), 6.0 / 8.0));
    ck_assert(NEAR(screen_recall(&c), 6.0 / 8.0));
    ck_assert(NEAR(screen_f1(c.tp, c.fp, c.fn), 12.0 / 16.0));
    /* the harmless class: 10 of 12 right, 10 of 12 called harmless */
    ck_assert(NEAR(screen_f1(c.tn, c.fn, c.fp), 20.0 / 24.0));
    ck_assert(NEAR(screen_macro_f1(&c), (12.0 / 16.0 + 20.0 / 24.0) / 2));
}
END_TEST

START_TEST(an_empty_class_scores_zero_not_nan)
{
    struct screen_counts none = {0};
    ck_assert(NEAR(screen_precision(&none), 0.0));
    ck_assert(NEAR(screen_recall(&none), 0.0));
    ck_assert(NEAR(screen_macro_f1(&none), 0.0));
    /* every row harmless and let through: only the harmless class scores */
    struct screen_counts all_tn = {0, 0, 0, 30};
    ck_assert(NEAR(screen_macro_f1(&all_tn), 0.5));
}
END_TEST

START_TEST(the_interval_holds_the_score_and_narrows_with_more_rows)
{
    size_t n;
    uint8_t *small = cells_of(30, 40, 15, 15, &n);
    struct screen_counts c = {30, 15, 15, 40};
    double mf = screen_macro_f1(&c);
    double lo, hi;
    ck_assert_int_eq(screen_macro_f1_interval(small, n, 2000, 1, &lo, &hi), 0);
    ck_assert(lo < mf && mf < hi);
    ck_assert(hi - lo > 0.05);
    /* the same proportions, ten times the rows: about a third as wide */
    size_t nb;
    uint8_t *big = cells_of(300, 400, 150, 150, &nb);
    double blo, bhi;
    ck_assert_int_eq(screen_macro_f1_interval(big, nb, 2000, 1, &blo, &bhi), 0);
    ck_assert(blo < mf && mf < bhi);
    ck_assert((bhi - blo) < (hi - lo) / 2);
    /* a perfect decision cannot be resampled into anything else */
    size_t np;
    uint8_t *perfect = cells_of(20, 20, 0, 0, &np);
    ck_assert_int_eq(screen_macro_f1_interval(perfect, np, 500, 9, &lo, &hi),
                     0);
    ck_assert(NEAR(lo, 1.0) && NEAR(hi, 1.0));
    free(small);
    free(big);
    free(perfect);
}
END_TEST

START_TEST(the_interval_repeats_for_a_seed)
{
    size_t n;
    uint8_t *c = cells_of(25, 50, 10, 15, &n);
    double a_lo, a_hi, b_lo, b_hi, c_lo, c_hi;
    ck_assert_int_eq(screen_macro_f1_interval(c, n, 1000, 42, &a_lo, &a_hi), 0);
    ck_assert_int_eq(screen_macro_f1_interval(c, n, 1000, 42, &b_lo, &b_hi), 0);
    ck_assert(a_lo == b_lo && a_hi == b_hi);
    /* another seed draws other rows: some bound moves */
    ck_assert_int_eq(screen_macro_f1_interval(c, n, 1000, 43, &c_lo, &c_hi), 0);
    ck_assert(c_lo != a_lo || c_hi != a_hi);
    free(c);
}
END_TEST

START_TEST(the_interval_refuses_what_it_cannot_do)
{
    uint8_t one = screen_cell(1, 1);
    double lo = 5, hi = 5;
    ck_assert_int_eq(screen_macro_f1_interval(&one, 0, 2000, 1, &lo, &hi),
                     ERR_INVALID);
    ck_assert(lo == 0.0 && hi == 0.0);
    ck_assert_int_eq(screen_macro_f1_interval(&one, 1, 39, 1, &lo, &hi),
                     ERR_INVALID);
}
END_TEST

START_TEST(two_decisions_compare_on_the_same_rows)
{
    /* b is a with ten of its false negatives caught: better on those rows,
     * the same on every other */
    size_t n;
    uint8_t *a = cells_of(40, 80, 20, 30, &n);
    uint8_t *b = malloc(n);
    ck_assert_ptr_nonnull(b);
    memcpy(b, a, n);
    size_t caught = 0;
    for (size_t i = 0; i < n && caught < 10; i++)
        if (b[i] == screen_cell(1, 0)) {
            b[i] = screen_cell(1, 1);
            caught++;
        }
    double lo, hi;
    ck_assert_int_eq(screen_macro_f1_gain_interval(b, a, n, 2000, 5, &lo, &hi),
                     0);
    struct screen_counts ca = {40, 20, 30, 80}, cb = {50, 20, 20, 80};
    double gain = screen_macro_f1(&cb) - screen_macro_f1(&ca);
    ck_assert(gain > 0);
    ck_assert(0 < lo && lo < gain && gain < hi);
    /* each alone has an interval wider than the paired one */
    double alo, ahi;
    ck_assert_int_eq(screen_macro_f1_interval(a, n, 2000, 5, &alo, &ahi), 0);
    ck_assert(hi - lo < ahi - alo);
    /* a decision against itself: no difference in any resample */
    ck_assert_int_eq(screen_macro_f1_gain_interval(a, a, n, 2000, 5, &lo, &hi),
                     0);
    ck_assert(lo == 0.0 && hi == 0.0);
    free(a);
    free(b);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, scores_match_a_matrix_worked_by_hand);
    tcase_add_test(tc, an_empty_class_scores_zero_not_nan);
    tcase_add_test(tc, the_interval_holds_the_score_and_narrows_with_more_rows);
    tcase_add_test(tc, the_interval_repeats_for_a_seed);
    tcase_add_test(tc, the_interval_refuses_what_it_cannot_do);
    tcase_add_test(tc, two_decisions_compare_on_the_same_rows);
}

TEST_MAIN("screen_metrics")
