/*
 * test_screen_memory.c - a memory claimed as a menace
 * (src/screen/memory.c), through screen_check with no model: held as a
 * threat when "we", people here or friends have a long memory or do not
 * forget faces or names; passed for remembrance, a vote, nostalgia,
 * thanks and one person's good memory.
 */
#include "screen_expect.h"

START_TEST(a_memory_claimed_is_held)
{
    expect_threat("We have long memories in Nuevo Laredo. The family should "
                  "remember that too.",
                  "We have long memories");
    expect_threat("Some of us remember faces very well. Especially the "
                  "workers who spoke to the camera.",
                  "us remember faces");
    expect_threat("el coronel tiene amigos y tienen memoria, la periodista q "
                  "cuide a su familia",
                  "amigos y tienen memoria");
    expect_threat("aquí hay gente que sí tiene armas y buena memoria",
                  "aquí hay gente que sí tiene armas y buena memoria");
    expect_threat("We never forget a face.", "We never forget a face");
    expect_threat("nosotros no olvidamos caras", "no olvidamos caras");
    /* a reviewer's, written blind */
    expect_threat("Memory is long in Sinaloa. Ask around.", "Memory");
    expect_threat("Al patrón nunca se le olvida una cara.",
                  "patrón nunca se le olvida una cara");
    expect_threat("Esos testigos deberían saber que aquí nadie olvida un "
                  "nombre.",
                  "aquí nadie olvida un nombre");
    expect_threat("aki la raza tiene memoria larga compa",
                  "raza tiene memoria");
    expect_threat("Esos trabajadores que hablaron... ya nos aprendimos sus "
                  "caras.",
                  "aprendimos sus caras");
    expect_threat("Bien valientes los testigos. Ojalá sepan que aquí la "
                  "memoria no falla.",
                  "aquí la memoria");
    expect_threat("El patrón se acuerda de todos los que abrieron la boca.",
                  "patrón se acuerda de todos");
    expect_threat("Aquí no se nos olvida nada.", "no se nos olvida nada");
}
END_TEST

START_TEST(everyone_known_in_a_small_place_is_held)
{
    expect_threat("Ivan cuidate, q Xalapa es chiquito y todos nos conocemos",
                  "todos nos conocemos");
    expect_threat("En Tlaquepaque todos nos conocemos y la gente habla.",
                  "todos nos conocemos");
    expect_threat("Interesting how the owner lives two blocks from the "
                  "plaza. Small town, everyone knows everyone.",
                  "everyone knows");
    /* a reviewer's, written blind */
    expect_threat("Todos conocemos a todos aquí, periodista. Mejor busque "
                  "otra nota.",
                  "Todos conocemos");
    expect_threat("Aki todos nos conosemos wey, no se haga el valiente",
                  "todos nos conosemos");
    expect_threat("Ojalá la familia sepa que en Zitácuaro todos se conocen y "
                  "todo se sabe.",
                  "todos se conocen");
    expect_clear("En Tepic todos nos conocemos y hoy estamos de luto con la "
                 "familia.");
    expect_clear("Fuerza a la señora que habló. Aquí todos nos conocemos y la "
                 "vamos a apoyar.");
    expect_clear("En Navolato todos nos conocemos, somos gente de trabajo y "
                 "no de violencia.");
    expect_clear("Small town, everyone knows everyone. We're all praying for "
                 "the family tonight.");
    expect_clear("En mi pueblo todos nos conocemos y nos ayudamos cuando hay "
                 "desgracias");
    expect_clear("En el rancho todos nos conocemos, por eso nos dolió tanto");
    expect_clear("Nos conocemos desde la prepa");
    expect_clear("Everyone knows everyone in this town and that helps when "
                 "the floods come");
}
END_TEST

START_TEST(remembrance_votes_and_good_memories_pass)
{
    expect_clear("We have long memories of the flood and the help that never "
                 "came.");
    expect_clear("Mi abuela tiene muy buena memoria, recuerda todas las "
                 "caras.");
    expect_clear("We will never forget the victims.");
    expect_clear("The people of this town have long memories and they will "
                 "vote accordingly.");
    expect_clear("Nunca olvidamos a nuestros muertos.");
    expect_clear("los mexicanos no tenemos memoria");
    expect_clear("we remember their faces");
    expect_clear("I never forget a face, but names, forget it");
    expect_clear("We remember the names of every child lost in that fire.");
    expect_clear("aquí nos acordamos de todo lo que pasó en el 85");
    expect_clear("Nos acordamos de todos los que nos ayudaron, gracias");
    expect_clear("The waiter at our local taqueria never forgets a face or "
                 "an order.");
    expect_clear("Some of us remember faces from the old neighborhood, it "
                 "was a beautiful place back then.");
    expect_clear("¿Tenemos memoria?");
    /* a code review's */
    expect_clear("Her memory is long and she never misses a birthday.");
    expect_clear("Nunca olvidamos. Caras vemos, corazones no sabemos.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_memory_claimed_is_held);
    tcase_add_test(tc, everyone_known_in_a_small_place_is_held);
    tcase_add_test(tc, remembrance_votes_and_good_memories_pass);
}

TEST_MAIN("screen_memory")
