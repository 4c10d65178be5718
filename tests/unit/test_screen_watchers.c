/*
 * test_screen_watchers.c - "we read it too": the writer's enemies saying
 * they read (src/screen/watchers.c), through screen_check with no model:
 * held as a threat; passed when it thanks or praises, describes what
 * was read, or is denied.
 */
#include "screen_expect.h"

START_TEST(we_read_it_too_is_held)
{
    expect_threat("The blog should remember who else reads it. We read it "
                  "too.",
                  "We read it too");
    expect_threat("Nice article. We read it twice. 👀", "We read it twice");
    expect_threat("Los que comentan con su nombre son muy valientes. Leemos "
                  "todo eh",
                  "Leemos todo");
    expect_threat("Buena nota. La leímos dos veces. 👀", "leímos dos veces");
}
END_TEST

START_TEST(readers_reading_pass)
{
    expect_clear("We read it too in class today, thank you Kevin.");
    expect_clear("Sometimes we read too much into it.");
    expect_clear("We also read that the mayor resigned.");
    expect_clear("we read everything about the case and still don't get it");
    expect_clear("Leemos todo lo que publican, sigan así.");
    expect_clear("We never read it too closely.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, we_read_it_too_is_held);
    tcase_add_test(tc, readers_reading_pass);
}

TEST_MAIN("screen_watchers")
