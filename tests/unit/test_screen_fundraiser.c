/*
 * test_screen_fundraiser.c - a fake fundraiser
 * (src/screen/fundraiser.c), through screen_check with no model: held as
 * spam when the real collection is called fake or hacked and money is
 * sent somewhere else; a warning passes.
 */
#include "screen_expect.h"

START_TEST(a_fake_fundraiser_is_held)
{
    expect_spam("REAL fund for the family here, send to cashapp, the "
                "league one is FAKE",
                "league one is FAKE");
    expect_spam("la colecta de la liga es falsa, depositen en oxxo a la "
                "tarjeta que les paso por inbox",
                "colecta de la liga es falsa");
    expect_spam("la cuenta del colectivo fue hackeada, dona en cripto a "
                "la wallet de mi perfil",
                "cuenta del colectivo fue hackeada");
}
END_TEST

START_TEST(a_warning_passes)
{
    expect_clear("¡Ojo! si alguien les pide depósito por inbox o a una "
                 "tarjeta, es falso. La colecta oficial está en la página de "
                 "la liga.");
    expect_clear("la colecta oficial es la única, las demás son falsas, no "
                 "depositen a ninguna tarjeta");
    expect_clear("The league's page was hacked yesterday, they fixed it.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_fake_fundraiser_is_held);
    tcase_add_test(tc, a_warning_passes);
}

TEST_MAIN("screen_fundraiser")
