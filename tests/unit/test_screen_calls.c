/*
 * test_screen_calls.c - a killing of many called for in a stock phrase
 * (src/screen/calls.c), through screen_check with no model: held as a
 * threat; passed as a plea, history, a report, or where the words mean
 * something else.
 */
#include "screen_expect.h"

START_TEST(a_killing_of_many_called_for_is_held)
{
    expect_threat("let them all die in there, no food, no water",
                  "let them all die");
    expect_threat("que los dejen morir ahí adentro", "dejen morir");
    expect_threat("gas chamber the whole prison, clean slate",
                  "gas chamber the whole");
    expect_threat("cámara de gases a todos los reos",
                  "cámara de gases a todos");
    expect_threat("hay que agarrarlos y enterrarlos vivos",
                  "enterrarlos vivos");
    expect_threat("shoot first, ask questions later", "shoot first, ask");
    expect_threat("plomo a los fugados y a quien los esconda", "plomo a los");
    expect_threat("Todos cobran de fundaciones extranjeras. Al traidor, "
                  "plomo.",
                  "plomo");
    expect_clear("Al fondo, plomo y oro en la mina.");
    expect_threat("wish I was there with a rifle when they marched",
                  "wish I was there with a rifle");
    expect_threat("ojalá se llene el semefo esta semana", "ojalá se llene el "
                                                          "semefo");
}
END_TEST

START_TEST(pleas_history_and_reports_pass)
{
    expect_clear("Don't let them die in there, they are human beings.");
    expect_clear("no los dejen morir, son personas");
    expect_clear("The gas chambers of Auschwitz should never be forgotten.");
    expect_clear("Los enterraron vivos, dijo el fiscal.");
    expect_clear("I wish I was there with my camera.");
    expect_clear("ojalá no se llene el semefo otra vez");
    expect_clear("I hope the new cemetery fills the need of the town.");
    expect_clear("Tiraron plomo al fondo del río, así contaminan.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_killing_of_many_called_for_is_held);
    tcase_add_test(tc, pleas_history_and_reports_pass);
}

TEST_MAIN("screen_calls")
