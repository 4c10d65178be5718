/*
 * test_screen_shady.c - a sale or a job offered with the law left out
 * (src/screen/shady.c), through screen_check with no model: held as spam;
 * a warning about such ads, the undocumented and no sale pass.
 */
#include "screen_expect.h"

START_TEST(no_questions_asked_is_spam)
{
    expect_spam("Selling 20L jugs of gas, no receipt no questions, 250 pesos "
                "each",
                "no receipt");
    expect_spam("Vendo bidones de 20 litros, sin factura y sin preguntas, 250 "
                "cada uno",
                "sin factura");
    expect_spam("Se busca raza pa manejar de noche, pagamos bien, sin "
                "preguntas.",
                "sin preguntas");
}
END_TEST

START_TEST(warnings_and_no_sale_pass)
{
    expect_clear("Cuidado con los que ofrecen \"trabajo de chofer de noche, "
                 "sin preguntas\". Es reclutamiento, no caigan.");
    expect_clear("No questions were answered at the press conference on "
                 "March 3.");
    expect_clear("Mi mamá trabajó quince años limpiando casas sin papeles.");
    expect_clear("I'd pay double for gas with a receipt, no questions about "
                 "it.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, no_questions_asked_is_spam);
    tcase_add_test(tc, warnings_and_no_sale_pass);
}

TEST_MAIN("screen_shady")
