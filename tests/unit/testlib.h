/*
 * testlib.h - the little glue every unit test file shares.
 *
 * Each tests/unit/test_<module>.c defines
 *     static void add_tests(TCase *tc) { tcase_add_test(tc, ...); ... }
 * and ends with TEST_MAIN("module"). The binary runs its tests with the
 * Check framework (forking, so a crash fails one test, not the run) and
 * exits non-zero if any failed. scripts/test.sh reads Check's summary line
 * ("100%: Checks: N, Failures: F, Errors: E") to total the run.
 */
#ifndef CHARLA_TESTLIB_H
#define CHARLA_TESTLIB_H

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Assert that the NUL-terminated haystack contains needle. */
#define ck_assert_contains(hay, needle)                                        \
    ck_assert_msg(strstr((hay), (needle)) != NULL,                             \
                  "expected to find \"%s\" in \"%s\"", (needle), (hay))
#define ck_assert_not_contains(hay, needle)                                    \
    ck_assert_msg(strstr((hay), (needle)) == NULL,                             \
                  "did not expect \"%s\" in \"%s\"", (needle), (hay))

/* The committed screening model's path, from the repository root or a
 * build folder below it (the test fails if there is none). */
static inline const char *test_model_path(void)
{
    static const char *const paths[] = {"models/charla.model",
                                        "../models/charla.model",
                                        "../../models/charla.model", NULL};
    for (size_t i = 0; paths[i]; i++)
        if (access(paths[i], R_OK) == 0)
            return paths[i];
    ck_abort_msg("models/charla.model not found (run from the repo root)");
    return NULL;
}

#define TEST_MAIN(name)                                                        \
    int main(void)                                                             \
    {                                                                          \
        Suite *s = suite_create(name);                                         \
        TCase *tc = tcase_create("all");                                       \
        tcase_set_timeout(tc, 120);                                            \
        add_tests(tc);                                                         \
        suite_add_tcase(s, tc);                                                \
        SRunner *sr = srunner_create(s);                                       \
        srunner_run_all(sr, CK_NORMAL);                                        \
        int failed = srunner_ntests_failed(sr);                                \
        srunner_free(sr);                                                      \
        return failed ? EXIT_FAILURE : EXIT_SUCCESS;                           \
    }

#endif
