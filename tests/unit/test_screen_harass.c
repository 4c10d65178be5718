/*
 * test_screen_harass.c - the grammar of the harassment women reporters
 * get (src/screen/harass.c) through screen_check with no model: orders to
 * the kitchen and "that time of the month" are held as insults, what she
 * "needs" and remarks on her body as sexual, with their words
 * highlighted; kitchens, dishes, men and legs in the news are not.
 */
#include "screen_expect.h"

START_TEST(harassment_is_held)
{
    expect_held_as("Go back to the kitchen, sweetheart.", SCREEN_INSULT,
                   "insult", "Go back to the kitchen");
    expect_held_as("Just go make me a sandwich.", SCREEN_INSULT, "insult",
                   "go make me a sandwich");
    expect_held_as("Mejor vete a la cocina, mija.", SCREEN_INSULT, "insult",
                   "vete a la cocina");
    expect_held_as("A lavar los trastes, periodista.", SCREEN_INSULT, "insult",
                   "A lavar los trastes");
    expect_held_as("Is it that time of the month again?", SCREEN_INSULT,
                   "insult", "time of the month");
    expect_held_as("¿Andas en tus días o qué?", SCREEN_INSULT, "insult",
                   "Andas en tus días");
    expect_held_as("She needs a real man to shut her up.", SCREEN_SEXUAL,
                   "sexual", "needs a real man");
    expect_held_as("Show us what's under that blouse.", SCREEN_SEXUAL, "sexual",
                   "under that blouse");
    expect_held_as("La reportera nomás sale por sus piernotas.", SCREEN_SEXUAL,
                   "sexual", "piernotas");
    expect_held_as("That woman needs a real man.", SCREEN_SEXUAL, "sexual",
                   "needs a real man");
    expect_held_as("Nice tits on that reporter.", SCREEN_SEXUAL, "sexual",
                   "tits");
    expect_held_as("What's under her blouse?", SCREEN_SEXUAL, "sexual",
                   "under her blouse");
    expect_held_as("Enséñanos qué hay debajo de su falda.", SCREEN_SEXUAL,
                   "sexual", "debajo de su falda");
}
END_TEST

START_TEST(kitchens_men_and_bodies_in_the_news_pass)
{
    expect_clear("The cartel runs a kitchen in the hills of Sinaloa.");
    expect_clear("Desmantelaron una cocina de metanfetamina en Culiacán.");
    expect_clear("The town needs a good man as mayor.");
    expect_clear("The town needs a good man as mayor, and a good woman.");
    expect_clear("Le dispararon en las piernas y sobrevivió.");
    expect_clear("She doesn't need a man to tell her what to write.");
    expect_clear("La periodista necesita protección, no un hombre.");
    expect_clear("I went back to the kitchen to get coffee first.");
    expect_clear("Lavar los platos reduce el estrés.");
    expect_clear("Siempre que uno anda en sus días anda triste.");
    expect_clear("What's under the bridge is a mass grave.");
    expect_clear("Regresa a la cocina, dijo el testigo, ahí estaban.");
    expect_clear("He told her \"go back to the kitchen\" and she sued.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, harassment_is_held);
    tcase_add_test(tc, kitchens_men_and_bodies_in_the_news_pass);
}

TEST_MAIN("screen_harass")
