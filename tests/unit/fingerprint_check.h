/*
 * fingerprint_check.h - the check every fingerprint test makes: a change
 * of one input gives a number never seen before, and undoing it gives
 * the first number back.
 *
 * FINGERPRINT_CHANGED(fp, seen, n, base, stmt, undo): fp is the
 * expression that computes the fingerprint (int64_t, >= 0) from the
 * inputs stmt and undo change; seen[] and n hold the numbers seen so far
 * (seen[0] is base).
 */
#ifndef CHARLA_TESTS_FINGERPRINT_CHECK_H
#define CHARLA_TESTS_FINGERPRINT_CHECK_H

#define FINGERPRINT_CHANGED(fp, seen, n, base, stmt, undo)                     \
    do {                                                                       \
        stmt;                                                                  \
        int64_t f_ = (fp);                                                     \
        ck_assert_int_ge(f_, 0);                                               \
        for (size_t i_ = 0; i_ < (n); i_++)                                    \
            ck_assert_int_ne(f_, (seen)[i_]);                                  \
        (seen)[(n)++] = f_;                                                    \
        undo;                                                                  \
        ck_assert_int_eq((fp), (base));                                        \
    } while (0)

#endif
