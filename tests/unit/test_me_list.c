/*
 * test_me_list.c - the ?before= parameter of the reader's list on /me: a
 * comment id or nothing; anything else is refused, so the page answers 400
 * instead of guessing.
 */
#include "testlib.h"

#include <stdint.h>

#include "api/me_list.h"

START_TEST(before_values)
{
    int64_t v = -1;
    ck_assert_int_eq(me_list_before(NULL, &v), 0);
    ck_assert_int_eq(v, 0);
    ck_assert_int_eq(me_list_before("1", &v), 0);
    ck_assert_int_eq(v, 1);
    ck_assert_int_eq(me_list_before("4711", &v), 0);
    ck_assert_int_eq(v, 4711);
    ck_assert_int_eq(me_list_before("9223372036854775807", &v), 0);
    ck_assert_int_eq(v, INT64_MAX);
    static const char *const bad[] = {"",
                                      "0",
                                      "-1",
                                      "+1",
                                      " 1",
                                      "1 ",
                                      "1.5",
                                      "12abc",
                                      "abc",
                                      "0x1f",
                                      "1e3",
                                      "\t7",
                                      "9223372036854775808",
                                      "99999999999999999999",
                                      "00000000000000000001"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        v = 5;
        ck_assert_msg(me_list_before(bad[i], &v) == ERR_INVALID,
                      "accepted \"%s\"", bad[i]);
    }
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, before_values);
}

TEST_MAIN("me_list")
