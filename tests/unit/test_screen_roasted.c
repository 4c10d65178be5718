/*
 * test_screen_roasted.c - the burnt dead called food
 * (src/screen/roasted.c), through screen_check with no model: held as an
 * insult when a word of cooking is said of people or laughed at beside
 * the fire; passed when it is quoted to condemn it or names no one
 * burned.
 */
#include "screen_expect.h"

START_TEST(the_burnt_dead_called_food_is_held)
{
    expect_insult("Roasted peasants. Smells like justice.", "Roasted peasants");
    expect_insult("Chicharrón de huachicolero, ¿quién quiere? jajaja",
                  "Chicharrón de huachicolero");
    expect_insult("Se los rostizaron bien bonito jajaja", "Se los rostizaron");
    expect_insult("Carnitas estilo Hidalgo, ahora con sabor a magna jaja",
                  "Carnitas");
}
END_TEST

START_TEST(cooking_quoted_or_with_no_one_burned_passes)
{
    expect_clear("Los chistes de \"rostizados\" están de la chingada. Eran "
                 "seres humanos.");
    expect_clear("I've seen comments here calling them \"roasted thieves.\" "
                 "Whoever writes that has no soul.");
    expect_clear("Vamos a vender carnitas el domingo para la colecta de las "
                 "familias.");
    expect_clear("The governor got roasted on Twitter for his response.");
    expect_clear("Charity BBQ for people who lost their homes in the fire.");
    expect_clear("Crispy tacos at the vigil, bring your own salsa lol");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_burnt_dead_called_food_is_held);
    tcase_add_test(tc, cooking_quoted_or_with_no_one_burned_passes);
}

TEST_MAIN("screen_roasted")
