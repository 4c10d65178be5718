/*
 * test_screen_emojis.c - a threat written in emoji (src/screen/emojis.c)
 * through screen_check with no model: a weapon or a death with whom it is
 * for or when it comes, fire with a house or a car, is held as a threat;
 * mourning, praise and laughter are not.
 */
#include "screen_expect.h"

START_TEST(weapons_and_deaths_aimed_are_held)
{
    expect_threat("the editor 🔪🩸", "editor 🔪");
    expect_threat("⚰️ soon", "⚰️ soon");
    expect_threat("you 👉 ⚰️", "you 👉 ⚰️");
    expect_threat("🪦 chismoso", "🪦 chismoso");
    expect_threat("tu casa 🔥🔥 hoy", "tu casa 🔥🔥 hoy");
    expect_threat("💣🚗 next week, you know whose car", "💣🚗 next");
}
END_TEST

START_TEST(mourning_praise_and_laughter_pass)
{
    expect_clear("RIP 🪦 to the journalist, a brave man.");
    expect_clear("Descanse en paz ⚰️ el periodista.");
    expect_clear("this song is 🔥🔥");
    expect_clear("🔥🔥 tonight's game was amazing");
    expect_clear("el reportero 💀💀 jajaja que risa");
    expect_clear("He said \"the editor 🔪🩸\" and the police came.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, weapons_and_deaths_aimed_are_held);
    tcase_add_test(tc, mourning_praise_and_laughter_pass);
}

TEST_MAIN("screen_emojis")
