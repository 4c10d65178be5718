/*
 * test_screen_again.c - a killing asked to go on (src/screen/again.c),
 * through screen_check with no model: held as a threat when a reader asks
 * for the rest to be done, passed when the law does it, when the rest are
 * places or work, or when it is denied or asked.
 */
#include "screen_expect.h"

START_TEST(the_rest_asked_for_is_held)
{
    expect_threat("Good. Now do the rest.", "do the rest");
    expect_threat("Now do the rest of the press in Obregon",
                  "do the rest of the press");
    expect_threat("Should do the same to every thief in this neighborhood",
                  "do the same to every thief");
    expect_threat("hay q hacerles lo mismo a todas",
                  "hacerles lo mismo a todas");
    expect_threat("Hay que hacerles lo mismo a todas esas viejas.",
                  "hacerles lo mismo a todas esas viejas");
    expect_threat("Mataron a uno, ahora faltan los demás.", "faltan los demás");
    expect_threat("Ojalá sea el primero de muchos.",
                  "Ojalá sea el primero de muchos");
    expect_threat("Hope this is the first of many.",
                  "Hope this is the first of many");
    expect_clear("Hope this is the first of many arrests.");
    expect_clear("Detuvieron al alcalde, ojalá sea el primero de muchos.");
    /* the law, places, work, a likeness, denied, asked, others' turn */
    expect_clear(
        "Good. The ex-governor finally in handcuffs. Now do the rest of them.");
    expect_clear(
        "Ya detuvieron a uno, faltan los demás. Que los procesen a todos.");
    expect_clear(
        "Deberían hacer lo mismo con todos los funcionarios: auditarlos.");
    expect_clear("Hay que hacer lo mismo con los demás municipios.");
    expect_clear("Read the first chapter. Then do the rest of the homework.");
    expect_clear("I wrote the first part, you do the rest.");
    expect_clear(
        "Hay que hacerles lo mismo que a los de Ayotzinapa: buscarlos.");
    expect_clear("No hay que hacerles lo mismo a todos, no somos como ellos.");
    expect_clear(
        "If they can kill a reporter, what hope do the rest of us have?");
    expect_clear("¿Y si les hacen lo mismo a todos?");
    expect_clear("Las madres buscadoras siguen con los demás predios.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_rest_asked_for_is_held);
}

TEST_MAIN("screen_again")
