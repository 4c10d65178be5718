/*
 * test_screen_brave.c - courage mocked with its price named
 * (src/screen/brave.c), through screen_check with no model: held as
 * threats; praise, trolls dared to sign and a question pass.
 */
#include "screen_expect.h"

START_TEST(courage_with_its_price_is_held)
{
    expect_threat("Let's see how brave the cooperative is when the lights "
                  "go out.",
                  "see how brave the cooperative is when the lights");
    expect_threat("Everyones brave on the internet until the truck pulls up.",
                  "brave on the internet until the truck");
    expect_threat("Funny how the brave ones never seem to get old.",
                  "brave ones never seem to get old");
    expect_threat("Very brave of this blog to publish this. Bravery is "
                  "expensive around here.",
                  "Bravery is expensive");
    expect_threat("muy valientes en los comentarios, a ver el lunes cuando "
                  "quiten el retén",
                  "valientes en los comentarios, a ver el lunes cuando "
                  "quiten el retén");
    expect_threat("Tan valiente como Mateo. Ya vimos cómo le fue.", "valiente");
    expect_threat("Bravery is admirable. It's also expensive.",
                  "Bravery is admirable. It's also expensive");
    expect_threat("Ojalá siga igual de valiente cuando ya no haya reporteros "
                  "viendo.",
                  "Ojalá siga igual de valiente cuando ya no haya reporteros");
    expect_threat("Brave people in Sonora tend to get a lot of visits.",
                  "Brave people in Sonora tend to get a lot of visits");
    expect_threat("Los valientes salen muy bonitos en las esquelas",
                  "valientes salen muy bonitos en las esquelas");
}
END_TEST

START_TEST(praise_and_dares_pass)
{
    expect_clear("The association's statement was really brave. They named "
                 "the problem when officials won't.");
    expect_clear("qué asco los comentarios que culpan al profe. a ver si con "
                 "nombre y apellido son igual de valientes");
    expect_clear("Brave firefighters, working all night in the dark.");
    expect_clear("The brave nurses at the clinic get visits from grateful "
                 "families every week.");
    expect_clear("¿Qué tan valientes son cuando se va la luz?");
}
END_TEST

START_TEST(guards_wished_as_good_as_the_courage_is_held)
{
    expect_threat("Muy valiente el señor Marín dando su nombre. Ojala tenga "
                  "igual de buena su seguridad.",
                  "valiente el señor Marín dando su nombre. Ojala tenga "
                  "igual de buena su seguridad");
    expect_threat("Brave man. Hope his security is as good as his nerve.",
                  "Brave man. Hope his security is as good");
    expect_clear("Muy valiente el señor Marín. Ojalá el gobierno le dé "
                 "seguridad.");
}
END_TEST

START_TEST(a_short_life_for_the_brave_is_held)
{
    /* the price ending the comment: its span ends there too */
    expect_threat("Tan valientes y cuanto les duro",
                  "valientes y cuanto les duro");
    expect_threat("Me caen bien los valientes. Duran poquito pero me caen "
                  "bien.",
                  "valientes. Duran poquito");
    expect_threat("Pregunten a los periodistas de otros estados cuanto les "
                  "duro la valentia.",
                  "duro la valentia");
    expect_clear("Valientes los bomberos, el incendio duró poco gracias a "
                 "ellos.");
    expect_clear("The brave firefighters lasted long into the night.");
}
END_TEST

START_TEST(brave_people_who_dont_live_long_is_held)
{
    expect_threat("Such a brave teacher. Brave people don't live long around "
                  "here.",
                  "brave teacher. Brave people don't live long");
    expect_clear("Brave firefighters. They live long in our memory.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, brave_people_who_dont_live_long_is_held);
    tcase_add_test(tc, a_short_life_for_the_brave_is_held);
    tcase_add_test(tc, guards_wished_as_good_as_the_courage_is_held);
    tcase_add_test(tc, courage_with_its_price_is_held);
    tcase_add_test(tc, praise_and_dares_pass);
}

TEST_MAIN("screen_brave")
