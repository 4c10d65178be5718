/*
 * test_screen_inplace.c - silence advised in another's place
 * (src/screen/inplace.c), through screen_check with no model: "yo que el
 * blog me quedaba calladito", "if I were the widow I'd keep my mouth
 * shut" held as threats; advice to one in office, to "you" in plain
 * words, with concern, "yo qué sé" and a question pass.
 */
#include "screen_expect.h"

START_TEST(silence_in_anothers_place_is_held)
{
    expect_threat("yo que el blog me quedaba calladito. bien calladito",
                  "yo que el blog me quedaba calladito");
    expect_threat("yo que ivan dormía con un ojo abierto.",
                  "yo que ivan dormía con un ojo");
    expect_threat("If I were the widow, I'd keep my mouth shut.",
                  "If I were the widow, I'd keep my mouth shut");
    expect_threat("if i were you i'd sleep with one eye open",
                  "if i were you i'd sleep with one eye open");
    expect_threat("Yo que tú me quedaba calladita.",
                  "Yo que tú me quedaba calladita");
}
END_TEST

START_TEST(advice_and_criticism_pass)
{
    expect_clear("Yo que el gobernador me quedaba callado después de lo que "
                 "hizo.");
    expect_clear("If I were the mayor I'd shut up and resign.");
    expect_clear("Yo que tú me quedaba callado, no sabes de lo que hablas.");
    expect_clear("If I were her I'd keep quiet for a while, please stay "
                 "safe.");
    expect_clear("yo que sé, me quedaba callado y ya");
    expect_clear("Yo que ella dejaba de publicar, no vale la pena morir por "
                 "una nota.");
    expect_clear("¿Yo que el blog me quedaba callado?");
}
END_TEST

START_TEST(daughters_to_be_looked_after_in_your_place_is_held)
{
    expect_threat("Con todo respeto don Rogelio, yo que usted cuidaria mas a "
                  "sus hijas que van a la prepa en Apizaco.",
                  "yo que usted cuidaria mas a sus");
    expect_clear("Yo que usted cuidaría más su salud, don Rogelio.");
}
END_TEST

START_TEST(going_far_away_in_the_writers_place_is_held)
{
    expect_threat("Esta nota la van a leer los de arriba. Yo que el autor me "
                  "iba de vacaciones largas, bien lejos.",
                  "Yo que el autor me iba de vacaciones");
    expect_clear("Yo que el autor me iba con cuidado con las fuentes.");
}
END_TEST

START_TEST(leaving_with_the_children_in_your_place_is_held)
{
    expect_threat("Yo que usted, señora, mejor me iba con mis hijos a "
                  "Sinaloa con la familia.",
                  "Yo que usted, señora, mejor me iba con mis");
    expect_clear("Yo que tú me iba a dormir temprano, mañana hay examen.");
}
END_TEST

START_TEST(going_away_or_no_longer_going_somewhere_in_their_place_is_held)
{
    expect_threat("Yo que el periodista dejaría de ir al café de la calle "
                  "Morelos todos los martes.",
                  "Yo que el periodista dejaría de ir");
    expect_threat("If I were the teacher I would move far away and not tell "
                  "anyone where.",
                  "If I were the teacher I would move far away");
    expect_clear("Yo que tú dejaría de ir a ese gimnasio, es carísimo.");
    expect_clear("If I were you I would move away from that noisy street.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(
        tc, going_away_or_no_longer_going_somewhere_in_their_place_is_held);
    tcase_add_test(tc, leaving_with_the_children_in_your_place_is_held);
    tcase_add_test(tc, going_far_away_in_the_writers_place_is_held);
    tcase_add_test(tc, daughters_to_be_looked_after_in_your_place_is_held);
    tcase_add_test(tc, silence_in_anothers_place_is_held);
    tcase_add_test(tc, advice_and_criticism_pass);
}

TEST_MAIN("screen_inplace")
