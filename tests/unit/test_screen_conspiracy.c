/*
 * test_screen_conspiracy.c - the grammar of a people said to rule in
 * secret (src/screen/conspiracy.c) through screen_check with no model:
 * "Jews run the cartels", "familias judías moviendo los hilos" and "the
 * Jews behind the banks" are held as identity_hate with the words
 * highlighted; Jewish groups that run food banks, the trope named to be
 * refuted or reported, and "run the risk" are not.
 */
#include "screen_expect.h"

START_TEST(secret_rule_is_held)
{
    expect_hate("Jews run the cartels, obviously.", "Jews run the cartels");
    expect_hate("zionist bankers run Mexico, obviously",
                "zionist bankers run Mexico");
    expect_hate("The Rothschilds fund both the cartels and the government.",
                "Rothschilds fund both the cartels");
    expect_hate("sionistas dueños de Banamex y del gobierno",
                "sionistas dueños de Banamex");
    expect_hate("The same Jewish families that own Hollywood, and nobody "
                "will ever say it.",
                "Jewish families that own Hollywood");
    expect_clear("The Jewish community center runs a food bank.");
    expect_clear("Moderadores, el comentario de los \"judíos que controlan "
                 "todo\" debería borrarse.");
    expect_hate("You will find the Jews behind the banks again.",
                "Jews behind the banks");
    expect_hate("It is always the same Jewish families pulling the strings.",
                "Jewish families pulling the strings");
    expect_hate("Siempre son las mismas familias judías moviendo los hilos.",
                "judías moviendo los hilos");
    expect_hate("Los judíos manejan a los carteles.",
                "judíos manejan a los carteles");
    expect_hate("Sigan la lana: los judíos detrás de los bancos.",
                "judíos detrás de los bancos");
}
END_TEST

START_TEST(charity_refutation_and_reports_pass)
{
    expect_clear("Jewish groups run food banks in the city.");
    expect_clear("Jews run the risk of being targeted after this.");
    expect_clear("He claimed Jews run the media, which is false.");
    expect_clear("Es mentira que los judíos manejan los bancos.");
    expect_clear("La comunidad judía dona a los bancos de alimentos.");
}
END_TEST

START_TEST(a_company_owned_by_the_jews_is_held)
{
    expect_hate("Jews own the mining company, that's why nobody cares about "
                "the workers. It's always them.",
                "Jews own the mining company");
    expect_hate("Los judíos son dueños de la minera",
                "judíos son dueños de la minera");
    expect_hate("los judíos controlan la empresa minera",
                "judíos controlan la empresa");
    /* a family, companies in general, a bakery */
    expect_clear("Jewish families run the company");
    expect_clear("Jews run companies too");
    expect_clear("Jewish families are owners of the bakery");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_company_owned_by_the_jews_is_held);
    tcase_add_test(tc, secret_rule_is_held);
    tcase_add_test(tc, charity_refutation_and_reports_pass);
}

TEST_MAIN("screen_conspiracy")
