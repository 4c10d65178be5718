/*
 * test_screen_ultimatum.c - an order, or else we act
 * (src/screen/ultimatum.c), through screen_check with no model: "cállense
 * o los callamos", "take it down or we'll visit you" held as threats; an
 * invitation, an act on a thing and a question pass.
 */
#include "screen_expect.h"

START_TEST(an_order_or_else_is_held)
{
    expect_threat("Cállense ya con su marcha o los callamos",
                  "Cállense ya con su marcha o los callamos");
    expect_threat("Cierren el hocico o les cerramos el pueblo",
                  "Cierren el hocico o les cerramos");
    expect_threat("take it down or we'll visit you",
                  "take it down or we'll visit you");
    expect_threat("shut up or we shut you up", "shut up or we shut you");
}
END_TEST

START_TEST(invitations_and_questions_pass)
{
    expect_clear("vengan a la fiesta o los visitamos nosotros");
    expect_clear("pay your taxes or we close your shop, says the city");
    expect_clear("¿Cállense o los callamos? Qué miedo.");
}
END_TEST

START_TEST(an_order_to_go_back_to_work_or_else_is_held)
{
    expect_threat("Ya estuvo de paro, que salgan a trabajar o los sacamos.",
                  "salgan a trabajar o los sacamos");
    expect_clear("Que salgan a votar todos, el domingo es la elección.");
}
END_TEST

START_TEST(speaking_priced_with_regret_is_held)
{
    expect_threat("El chavo que arrestaron no va a hablar. Y si habla, su "
                  "familia lo va a lamentar.",
                  "si habla, su familia lo va a lamentar");
    expect_threat("If he talks, his family will regret it.",
                  "If he talks, his family will regret");
    expect_clear("If you post your address online you'll regret it.");
    expect_clear("Si hablas con ella no te vas a arrepentir.");
    expect_clear("If he talks to a lawyer he won't regret it.");
    expect_clear("¿Y si habla? ¿Se va a arrepentir?");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, speaking_priced_with_regret_is_held);
    tcase_add_test(tc, an_order_to_go_back_to_work_or_else_is_held);
    tcase_add_test(tc, an_order_or_else_is_held);
    tcase_add_test(tc, invitations_and_questions_pass);
}

TEST_MAIN("screen_ultimatum")
