/*
 * test_screen_misogyny.c - a woman called a whore or a slut
 * (src/screen/misogyny.c), through screen_check with no model: held as
 * an insult when the word is said of women; passed when it only swears,
 * is said of oneself, denied, named as a word or names a protest.
 */
#include "screen_expect.h"

START_TEST(a_woman_called_a_whore_is_held)
{
    expect_insult("The nurse was a whore, everyone in the ward knew.",
                  "was a whore");
    expect_insult("La viuda era una zorra y lo sabe todo el barrio.",
                  "era una zorra");
    expect_insult("Those sluts outside the prison every Sunday.",
                  "Those sluts");
    expect_insult("esas putas de la marcha no trabajan", "esas putas");
    expect_insult("skank reporters will say anything for a byline",
                  "skank reporters");
    expect_insult("Putas maestras, siempre de huelga.", "Putas maestras");
    expect_insult("What a slut.", "What a slut");
}
END_TEST

START_TEST(swearing_self_and_names_pass)
{
    expect_clear("Es una puta vergüenza lo que hizo el gobernador.");
    expect_clear("¡Putas madres, otra balacera en la colonia!");
    expect_clear("La comida del velorio estuvo de puta madre, gracias.");
    expect_clear("I'm a slut for tamales, no shame.");
    expect_clear("She was not a whore, she was a teacher and a mother.");
    expect_clear("They called her a \"whore\" on Facebook. Disgusting.");
    expect_clear("The SlutWalk in the capital marches at noon.");
    expect_clear("Stop the slut shaming of the victim.");
    expect_clear("La zorra se comió dos gallinas del rancho.");
}
END_TEST

START_TEST(women_good_for_one_use_are_hate)
{
    expect_hate("Mexican women are only good for one thing and it isnt "
                "journalism",
                "women are only good for one thing");
    expect_hate("las viejas nomás sirven para la cocina",
                "viejas nomás sirven para la cocina");
    expect_clear("Women are not only good for one thing, they run this town.");
    expect_clear("Who says women are only good for one thing? Idiots.");
}
END_TEST

START_TEST(women_too_emotional_to_hold_a_post_is_hate)
{
    expect_hate("The fiscalía fell apart because women are too emotional "
                "to run anything.",
                "women are too emotional");
    expect_clear("Women are too often the ones searching for the "
                 "disappeared.");
}
END_TEST

START_TEST(some_women_moved_to_tears_are_no_hate)
{
    expect_clear("The women at the vigil were so emotional, it broke my "
                 "heart.");
    expect_clear("My girls were so emotional at their graduation.");
    expect_clear("Las mujeres de la marcha estaban muy sentimentales, las "
                 "abrazo.");
    expect_hate("Las mujeres son muy histéricas para mandar.",
                "mujeres son muy histéricas");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, some_women_moved_to_tears_are_no_hate);
    tcase_add_test(tc, women_too_emotional_to_hold_a_post_is_hate);
    tcase_add_test(tc, women_good_for_one_use_are_hate);
    tcase_add_test(tc, a_woman_called_a_whore_is_held);
    tcase_add_test(tc, swearing_self_and_names_pass);
}

TEST_MAIN("screen_misogyny")
