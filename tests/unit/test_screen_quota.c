/*
 * test_screen_quota.c - extortion in calm words (src/screen/quota.c),
 * through screen_check with no model: the safety a fee buys, the
 * collector's own voice and the fee as usual held as threats; a report,
 * the promise denied, those charged named as "they", any other payment,
 * a volunteer's "no cobramos nada" and a question pass.
 */
#include "screen_expect.h"

START_TEST(calm_extortion_is_held)
{
    expect_threat("The fee is a small price for peace of mind.",
                  "peace of mind");
    expect_threat("Those who pay are protected. Those who don't, well, you "
                  "read the article.",
                  "protected");
    expect_threat("to the vendors reading this: friday like always, 300 a "
                  "stall, and everybody stays healthy.",
                  "like always");
    expect_threat("Nosotros no somos malos, solo cobramos lo justo.",
                  "cobramos");
    expect_threat("Más vale que la comunidad pague la cuota antes de fin de "
                  "mes.",
                  "Más vale que la comunidad pague");
    expect_threat("you better pay up friday", "better pay");
    expect_threat("Pay the cuota and everyone sleeps in peace.",
                  "sleeps in peace");
    expect_threat("Se pone la cuota y todos en paz.", "todos en paz");
    expect_threat("hay que cobrarles piso a todos los que ayudaron",
                  "cobrarles piso");
    expect_threat("Retract the story and nobody has to get hurt.", "hurt");
    expect_threat("Con una cooperación de 50 mil al mes la comunidad duerme "
                  "tranquila.",
                  "duerme tranquila");
    expect_threat("Dejen pasar las trocas y aquí no pasó nada.",
                  "aquí no pasó nada");
    expect_threat("Talking never brought anybody back. Paying on time keeps "
                  "everyone safe.",
                  "safe");
    expect_threat("Los que están al corriente pueden trabajar con toda "
                  "tranquilidad.",
                  "con toda tranquilidad");
    expect_threat("el viernes como siempre, 300 por puesto, y aquí no pasó "
                  "nada",
                  "como siempre");
}
END_TEST

START_TEST(reports_and_other_payments_pass)
{
    expect_clear("I lend money, legal. We charge 5% a month. Anyone charging "
                 "70% a week is a gang.");
    expect_clear("They told him those who pay are protected.");
    expect_clear("Even those who pay are not protected here.");
    expect_clear("Les cobran 300 por puesto como siempre y el municipio ni "
                 "en cuenta.");
    expect_clear("En el blog no cobramos nada por informar.");
    expect_clear("Paying for a security guard gives the shop owners peace "
                 "of mind.");
    expect_clear("El que paga duerme tranquilo, dicen, pero ya vimos que "
                 "no.");
    expect_clear("¿Los que pagan están protegidos?");
    expect_clear("you better pay your taxes on time");
    expect_clear("Pagamos la cuota escolar y todos en paz.");
    expect_clear("Drop the ball and nobody gets hurt, it's just a game.");
    expect_clear("Con la cooperación de todos los vecinos, los niños "
                 "duermen tranquilos en el albergue.");
    expect_clear("Seatbelts keep everyone safe, and paying for a good car "
                 "seat is worth it.");
    expect_clear("Estoy al corriente con el predial y vivo con toda "
                 "tranquilidad.");
    expect_clear("Más vale que pague el gobierno los daños.");
    expect_clear("Vaccines keep everybody healthy and they are free, you "
                 "don't pay.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, calm_extortion_is_held);
    tcase_add_test(tc, reports_and_other_payments_pass);
}

TEST_MAIN("screen_quota")
