/*
 * test_screen_harass.c - the grammar of the harassment women reporters
 * get (src/screen/harass.c) through screen_check with no model: orders to
 * the kitchen and "that time of the month" are held as insults, what she
 * "needs" and remarks on her body as sexual, with their words
 * highlighted; kitchens, dishes, men and legs in the news are not.
 */
#include "screen_expect.h"

static void expect_insult(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_INSULT, "insult", span);
}

static void expect_sexual(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_SEXUAL, "sexual", span);
}

START_TEST(harassment_is_held)
{
    expect_insult("Go back to the kitchen, sweetheart.",
                  "Go back to the kitchen");
    expect_insult("Just go make me a sandwich.", "go make me a sandwich");
    expect_insult("Mejor vete a la cocina, mija.", "vete a la cocina");
    expect_insult("A lavar los trastes, periodista.", "A lavar los trastes");
    expect_insult("Is it that time of the month again?", "time of the month");
    expect_insult("¿Andas en tus días o qué?", "Andas en tus días");
    expect_sexual("She needs a real man to shut her up.", "needs a real man");
    expect_sexual("Show us what's under that blouse.", "under that blouse");
    expect_sexual("La reportera nomás sale por sus piernotas.", "piernotas");
    expect_sexual("That woman needs a real man.", "needs a real man");
    expect_sexual("Nice tits on that reporter.", "tits");
    expect_sexual("What's under her blouse?", "under her blouse");
    expect_sexual("Enséñanos qué hay debajo de su falda.",
                  "debajo de su falda");
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
