/*
 * test_screen_talkers.c - the sayings of small places said to those who
 * spoke (src/screen/talkers.c), through screen_check with no model: a bad
 * end for talkers, where everyone sleeps, a watching forest, one door, a
 * second warning held as threats; a lament for those who spoke, where a
 * named group lives, cameras, a fire code and talk not too much pass.
 */
#include "screen_expect.h"

START_TEST(a_bad_end_for_talkers_is_held)
{
    expect_threat("Las que hablan mucho duran poco.",
                  "hablan mucho duran poco");
    expect_threat("El que habla mucho en la sierra no llega a viejo.",
                  "habla mucho en la sierra no llega a viejo");
    expect_threat("los que hablan de más terminan mal.",
                  "hablan de más terminan mal");
    expect_threat("Everyone knows where everyone sleeps.",
                  "knows where everyone sleeps");
    expect_threat("Aquí todos sabemos dónde vive todo mundo.",
                  "sabemos dónde vive todo");
    expect_threat("The rangers should know the forest has ears.",
                  "forest has ears");
    expect_threat("El bosque tiene ojos, compa.", "bosque tiene ojos");
    expect_threat("His show is Tuesdays and Thursdays at 7pm. The booth only "
                  "has one door.",
                  "only has one door");
    expect_threat("Cuidadito con volver a poner la antena, eh.",
                  "Cuidadito con volver");
    expect_threat("Sabemos quién habla y quién llama.", "Sabemos quién habla");
    expect_threat("Aquí todos tenemos familia, comandante. Piénselo.",
                  "tenemos familia");
    expect_threat("The motorcycle was a message. Nobody wants to have to "
                  "send a second one.",
                  "message. Nobody wants to have to send a second");
    expect_threat("Esta ciudad tiene memoria y mucha paciencia, pero no "
                  "infinita.",
                  "tiene memoria y mucha paciencia, pero no infinita");
    expect_threat("I know where the reporter lives. Im not saying anything "
                  "else.",
                  "know where the reporter lives");
}
END_TEST

START_TEST(laments_and_named_groups_pass)
{
    expect_clear("Los periodistas que hablan terminan muertos y nadie hace "
                 "nada.");
    expect_clear("Todos saben dónde viven todos los narcos y la policía "
                 "nada.");
    expect_clear("Mi abuela habla mucho y termina cansada.");
    expect_clear("My dog has blue eyes.");
    expect_clear("The clinic only has one exit, a fire hazard nobody "
                 "fixes.");
    expect_clear("Cuidadito con el picante jaja");
    expect_clear("Todos sabemos quién manda aquí.");
    expect_clear("Todos tenemos familia, por eso exigimos justicia.");
    expect_clear("That wasn't graffiti, it was a warning.");
    expect_clear("El pueblo tiene memoria: ni perdón ni olvido.");
    expect_clear("Everyone knows where the mayor lives, in a mansion.");
    expect_clear("La ciudad tiene ojos de vidrio: cámaras del C5 en cada "
                 "esquina.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_bad_end_for_talkers_is_held);
    tcase_add_test(tc, laments_and_named_groups_pass);
}

TEST_MAIN("screen_talkers")
