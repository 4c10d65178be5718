/*
 * test_screen_samefate.c - the same end wished on all
 * (src/screen/samefate.c), through screen_check with no model: held as a
 * threat when an end or a fate is wished on all of a kind; passed when
 * it is denied, feared, said of the speaker, a jail, a good end or a
 * game.
 */
#include "screen_expect.h"

START_TEST(the_same_end_wished_on_all_is_held)
{
    expect_threat("así deben acabar todos", "así deben acabar todos");
    expect_threat("ojalá así terminen todos", "así terminen todos");
    expect_threat("así tienen que terminar todos los secuestradores",
                  "así tienen que terminar todos");
    expect_threat("que todos los rateros acaben igual",
                  "todos los rateros acaben igual");
    expect_threat("that's how they all should end up", "all should end up");
    expect_threat("they should all end up like that",
                  "should all end up like that");
    /* a reviewer's, written blind */
    expect_threat("Hope all the kidnappers finish the same way 🙏",
                  "Hope all the kidnappers finish the same way");
    expect_threat("I hope every migrant sneaking across ends up just like "
                  "that.",
                  "hope every migrant sneaking across ends up just like that");
    expect_threat("This is how all extortionists should finish. Zero "
                  "sympathy.",
                  "all extortionists should finish");
    expect_threat("Que acaben así hasta el último de esos secuestradores.",
                  "acaben así hasta");
    expect_threat("Así mero deben terminar todos los contras 💀",
                  "Así mero deben terminar todos");
}
END_TEST

START_TEST(the_same_fate_wished_on_all_is_held)
{
    expect_threat("Same fate for every single one of them, please.",
                  "Same fate for every");
    expect_threat("Every thief in this city deserves the exact same ending.",
                  "Every thief in this city deserves the exact same ending");
    expect_threat("ojalá todos corran con la misma suerte",
                  "ojalá todos corran con la misma suerte");
}
END_TEST

START_TEST(pity_fear_jail_and_good_ends_pass)
{
    expect_clear("Nadie debería acabar así");
    expect_clear("¿así deben acabar todos los que denuncian?");
    expect_clear("temo que así acaben todos los que denuncian");
    expect_clear("así deben terminar todos los corruptos, en la cárcel");
    expect_clear("ojalá todos terminen así de felices");
    expect_clear("así deberían terminar todos los partidos");
    expect_clear("Qué partidazo, así deben terminar todos");
    expect_clear("todos vamos a terminar así si no hacemos nada");
    expect_clear("we should all end up like that someday, old and happy");
    expect_clear("In the end all of them should agree");
    expect_clear("That's how every love story should end ❤️");
    expect_clear("Same fate for all of us if nothing changes");
    expect_clear("ojalá todos tengan la misma suerte en el sorteo");
    /* a code review's */
    expect_clear("We all should end up like that.");
    expect_clear("I hope it all ends the same way for us, peacefully.");
    expect_clear("Así deben quedar todas las calles de la ciudad");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_same_end_wished_on_all_is_held);
    tcase_add_test(tc, the_same_fate_wished_on_all_is_held);
    tcase_add_test(tc, pity_fear_jail_and_good_ends_pass);
}

TEST_MAIN("screen_samefate")
