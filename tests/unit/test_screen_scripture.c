/*
 * test_screen_scripture.c - people condemned in God's name
 * (src/screen/scripture.c), through screen_check with no model: held as
 * identity_hate when the reader says it, passed when it is denied, asked,
 * reported or said of sin.
 */
#include "screen_expect.h"

START_TEST(god_said_to_hate_people_is_held)
{
    expect_hate("God hates them and so do I.", "God hates them");
    expect_hate("Dios los odia y yo también.", "Dios los odia");
    expect_hate("Dios odia a los maricones.", "Dios odia a los maricones");
    /* denied, of sin, reported, asked, the writer's own hate */
    expect_clear("God doesn't hate anyone.");
    expect_clear("Dios odia el pecado, no al pecador.");
    expect_clear("They say God hates them, but that's a lie.");
    expect_clear("¿Dios los odia? No lo creo.");
    expect_clear("I hate them, God help me.");
}
END_TEST

START_TEST(the_verse_of_death_cited_is_held)
{
    expect_hate("Leviticus 20:13. Look it up.", "Leviticus 20:13");
    expect_hate("Levítico 20:13, lean la biblia.", "Levítico 20:13");
    expect_clear("Leviticus 19:18 says love your neighbour.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, god_said_to_hate_people_is_held);
    tcase_add_test(tc, the_verse_of_death_cited_is_held);
}

TEST_MAIN("screen_scripture")
