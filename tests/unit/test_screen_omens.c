/*
 * test_screen_omens.c - menace said as a compliment, advice or a dare
 * (src/screen/omens.c) through screen_check with no model: a compliment
 * on the reader's own family, house or car said flatly, the last rites
 * advised, "keep writing and see what happens" and the harm of the story
 * wished on the reader are held as threats; praise of a picture, prayers
 * for others, encouragement, kind wishes and what someone is told to have
 * said pass.
 */
#include "screen_expect.h"

START_TEST(compliments_on_what_is_yours_are_held)
{
    expect_threat("Nice kids you have.", "Nice kids you have");
    expect_threat("Nice car you drive, the grey Jetta.", "Nice car you drive");
    expect_threat("Qué bonita camioneta traes, reportero.",
                  "bonita camioneta traes");
    expect_threat("reporter lady you have pretty daughters.",
                  "you have pretty daughters");
    expect_clear("Do you have pretty daughters?");
    expect_clear("Hermosas tus hijas, se parecen a ti, prima.");
    expect_clear("Nice car you drive, is it electric? I'm thinking of buying "
                 "one.");
    expect_clear("You have pretty daughters, my wife said after the baptism.");
    expect_threat("Qué bonitos tus niños, eh.", "bonitos tus niños");
    expect_threat("que casa tan linda tienes", "casa tan linda tienes");
    expect_threat("Lovely car. White Jetta, right? Parked by the bakery.",
                  "Lovely car");
    expect_threat("Bonita camioneta, la gris con el golpe en la puerta.",
                  "Bonita camioneta");
    expect_threat("Ya encontré tu face. Bonita familia. Sería una lástima.",
                  "Bonita familia");
    /* a report in the sentence before does not make it one */
    expect_threat("The story says the mayor lied. Nice kids you have.",
                  "Nice kids you have");
}
END_TEST

START_TEST(praise_of_a_picture_or_an_event_passes)
{
    expect_clear("Nice kids you have! Congrats on the school prize.");
    expect_clear("Qué bonitos tus niños en la foto del festival");
    expect_clear("Lovely house in the second photo, is it in Coyoacán?");
    expect_clear("bonito carro el de la expo, ese Mustang del 67");
    expect_clear("Que bonita familia, me recordó a mis abuelos en la feria");
    expect_clear("Le dijeron a mi hermana «qué bonita tu hija», qué lindos.");
    expect_clear("Nice car.");
    expect_clear("Nice car. I had the same one in 2005, loved it.");
    expect_clear("Nice car. Where did you buy it?");
    expect_clear("Bonita camioneta, ¿cuánto te costó?");
    expect_clear("Found your Facebook. Nice family pics from the festival!");
}
END_TEST

START_TEST(the_last_rites_advised_are_held)
{
    expect_threat("Better make peace with God, reporter.",
                  "make peace with God");
    expect_threat("ponte en paz con Dios", "ponte en paz con Dios");
    expect_threat("Get your affairs in order, buddy.",
                  "Get your affairs in order");
    expect_threat("deja tus asuntos en orden", "deja tus asuntos en orden");
    expect_threat("light a candle for yourself tonight",
                  "light a candle for yourself");
    expect_threat("prendele una veladora a ti", "prendele una veladora a ti");
    expect_threat("reza lo que sepas, periodista", "reza lo que sepas");
    expect_threat("despídete de tus hijos", "despídete de tus hijos");
    expect_threat("say goodbye to your family", "say goodbye to your family");
}
END_TEST

START_TEST(prayers_and_farewells_for_others_pass)
{
    expect_clear("He made peace with God before the end, his widow said.");
    expect_clear("reza lo que sepas por los desaparecidos de Jalisco");
    expect_clear("I will light a candle for the missing students.");
    expect_clear("Say goodbye to 2025, what a year.");
    expect_clear("Get your facts in order before you publish, please.");
}
END_TEST

START_TEST(a_dare_to_go_on_is_held)
{
    expect_threat("Ya están identificados. Que sigan y van a ver.",
                  "sigan y van a ver");
    expect_threat("Keep naming shop owners and see how many are still open.",
                  "Keep naming shop owners and see how many");
    expect_threat("Keep writing and see what happens.",
                  "Keep writing and see what happens");
    expect_threat("keep talking and you'll see, compa",
                  "keep talking and you'll see");
    expect_threat("Sigue publicando y vas a ver.",
                  "Sigue publicando y vas a ver");
    expect_threat("sigue así y ya verás", "sigue así y ya verás");
    expect_threat("a ver cuánto te dura el gusto", "a ver cuánto te dura");
}
END_TEST

START_TEST(encouragement_passes)
{
    expect_clear("Sigan y verán que sí se puede, ánimo.");
    expect_clear("Ojalá corran la misma suerte que nosotros y ganen la beca.");
    expect_clear("Keep writing and see what the prosecutor says now.");
    expect_clear("sigue así, vas a ver que sí se hace justicia");
    expect_clear("Keep writing, we need you.");
    expect_clear("a ver cuánto le dura el cargo al alcalde");
    expect_clear("I keep writing and nobody answers my letters.");
}
END_TEST

START_TEST(the_harm_of_the_story_wished_on_the_reader_is_held)
{
    expect_threat("Los que escriben así deberían correr la misma suerte.",
                  "correr la misma suerte");
    expect_threat("I hope the same happens to your family.",
                  "hope the same happens to your family");
    expect_threat("I hope the same thing happens to the governor's kids, "
                  "slowly.",
                  "hope the same thing happens to the governor's kids");
    expect_threat("ojalá a los hijos del gobernador les pase lo mismo",
                  "ojalá a los hijos del gobernador les pase lo mismo");
    expect_threat("I hope someone finds you the way they found her.",
                  "hope someone finds you the way they found her");
    expect_threat("Hope it happens to you next", "Hope it happens to you");
    expect_threat("I hope the next mass grave has your name on it, @truth77",
                  "hope the next mass grave has your name on it");
    expect_threat("Ojalá la próxima bala lleve tu nombre.",
                  "Ojalá la próxima bala lleve tu nombre");
    expect_threat("Ojala tu seas el proximo en la fosa @elverdadero88",
                  "Ojala tu seas el proximo en la fosa");
    expect_threat("Ojalá te pase lo mismo", "Ojalá te pase lo mismo");
    expect_threat("ojala a tu familia le pase lo mismo",
                  "ojala a tu familia le pase lo mismo");
    expect_threat("Que te pase lo mismo, maldito.", "Que te pase lo mismo");
    expect_threat("Que les pase lo mismo a tus hijos.",
                  "Que les pase lo mismo a tus hijos");
    expect_threat("Ojalá te pase lo mismo y nadie te ayude.",
                  "Ojalá te pase lo mismo");
    expect_threat("I hope your children are next.",
                  "hope your children are next");
    expect_threat("Hope you're next.", "Hope you're next");
    expect_threat("ojalá seas el siguiente", "ojalá seas el siguiente");
    expect_threat("I hope your son goes missing so you finally understand",
                  "hope your son goes missing");
    expect_threat("You deserve the same fate.", "deserve the same fate");
    expect_threat("Esas merecen que les pase algo.",
                  "merecen que les pase algo");
}
END_TEST

START_TEST(kind_wishes_and_wishes_on_others_pass)
{
    expect_clear("Ojalá no te pase lo mismo, cuídate mucho.");
    expect_clear("I hope this never happens to you or anyone.");
    expect_clear("Espero que te pase algo bueno pronto.");
    expect_clear("Ojalá te toque la lotería, compa.");
    expect_clear("Ojalá a los diputados les pase lo mismo.");
    expect_clear("I hope the same thing happens to the governor.");
    expect_clear("I hope the same never happens to other families.");
    expect_clear("Ojalá a los hijos del gobernador no les pase lo mismo.");
    expect_clear("Ojalá a los hijos de las buscadoras les vaya bien.");
    expect_clear("Hope someone finds you like they found my dog, safe and "
                 "sound.");
    expect_clear("I hope they find you a good lawyer.");
    expect_clear("Espero que te pase lo mismo que a mí, que encontré a mi "
                 "hijo.");
    expect_clear("Hope you're next in line for the vaccine.");
    expect_clear("Ya salieron los resultados del sorteo, ojalá te toque.");
    expect_clear("Qué feo lo de tu operación, espero que ya se te pase.");
    expect_clear("¿Qué harías si te pasara lo mismo?");
    expect_clear("Yo conseguí la visa en un mes, ojalá te pase lo mismo.");
    expect_clear("I hope the same happens to you, I finally got my refund.");
    expect_clear("I hope you know what happens to your data on Facebook.");
    expect_clear("Stay strong, I hope whatever happens to you, you stay "
                 "safe.");
    expect_clear("He deserved what he got: forty years in prison.");
    expect_clear("She didn't deserve what she got.");
    expect_clear("Mi mamá merece que le pase algo bonito.");
    expect_clear("¿Acaso esas niñas merecen que les pase algo así?");
    expect_clear("She said she hopes the same happens to you.");
    expect_clear("Y que le pase lo mismo al que lo mandó.");
    expect_clear("I hope my dog gets found, he went missing on Sunday.");
    expect_clear("Nobody deserves the same fate.");
    expect_clear("The killers deserve the same fate.");
    expect_clear("Merecen lo mismo que todos: justicia.");
    expect_clear("Mexico deserves the same thing Colombia got: peace.");
    expect_clear("Hope you're next on the list for a promotion!");
    expect_clear("Ojalá seas el próximo en la lista de ganadores.");
    expect_clear("I hope the next bullet point in your report has your name "
                 "on it.");
}
END_TEST

START_TEST(a_dare_about_someone_is_held)
{
    expect_threat("Keep writing about the mayor and see what happens. Not a "
                  "threat.",
                  "Keep writing about the mayor and see what happens");
    expect_clear("keep posting photos of the festival and see what happens, "
                 "maybe you win");
}
END_TEST

START_TEST(goodbyes_told_to_others_are_held)
{
    expect_threat("los que vuelvan a bloquear que se despidan bien de su "
                  "familia",
                  "despidan bien de su familia");
    expect_threat("Despídanse de sus hijos, periodistas.",
                  "Despídanse de sus hijos");
    expect_clear("Los migrantes se despidieron de su familia en Honduras.");
    expect_clear("Que se despidan de su familia con calma, el velorio es "
                 "mañana.");
}
END_TEST

START_TEST(how_long_their_joy_lasts_is_held)
{
    expect_threat("A ver cuánto les dura el gusto a las locas, la próxima va "
                  "a estar peor",
                  "A ver cuánto les dura");
    expect_clear("A ver cuánto le dura el puesto al alcalde después de esta "
                 "nota jaja");
}
END_TEST

START_TEST(a_family_mourned_passes_but_not_one_told_rest_in_peace)
{
    expect_threat("Nice family you have. Rest in peace, reporter.",
                  "Nice family you have");
    expect_clear("Beautiful family. Que descansen en paz.");
    expect_clear("Hermosa familia, QEPD.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_family_mourned_passes_but_not_one_told_rest_in_peace);
    tcase_add_test(tc, how_long_their_joy_lasts_is_held);
    tcase_add_test(tc, a_dare_about_someone_is_held);
    tcase_add_test(tc, compliments_on_what_is_yours_are_held);
    tcase_add_test(tc, praise_of_a_picture_or_an_event_passes);
    tcase_add_test(tc, the_last_rites_advised_are_held);
    tcase_add_test(tc, prayers_and_farewells_for_others_pass);
    tcase_add_test(tc, a_dare_to_go_on_is_held);
    tcase_add_test(tc, encouragement_passes);
    tcase_add_test(tc, the_harm_of_the_story_wished_on_the_reader_is_held);
    tcase_add_test(tc, kind_wishes_and_wishes_on_others_pass);
    tcase_add_test(tc, goodbyes_told_to_others_are_held);
}

TEST_MAIN("screen_omens")
