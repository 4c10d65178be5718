/*
 * test_screen_nature.c - a killing called nature's correction
 * (src/screen/nature.c), through screen_check with no model: held as an
 * insult when nature corrects or fixes a mistake; passed when the comment
 * speaks of a forest, the soil, crops, the body or spelling.
 */
#include "screen_expect.h"

START_TEST(natures_correction_is_held)
{
    expect_insult("La naturaleza corrige sus errores. Este fue uno.",
                  "naturaleza corrige sus errores");
    expect_insult("Nobody murdered anybody, nature corrected a mistake.",
                  "nature corrected a mistake");
    expect_insult("Nature has ways of correcting mistakes. This was one.",
                  "Nature has ways of correcting mistakes");
    /* a reviewer's, written blind */
    expect_insult("Mother Nature just fixed one of her errors, nothing to "
                  "mourn.",
                  "Nature just fixed one of her errors");
    expect_insult("He was a mistake and nature corrected it. Simple as that.",
                  "mistake and nature corrected");
    expect_insult("Ese era un error de la naturaleza y ya se corrigió. Qué "
                  "bueno.",
                  "error de la naturaleza y ya se corrigió");
    expect_insult("La naturaleza se equivocó con él pero ya lo arregló.",
                  "naturaleza se equivocó con él pero ya lo arregló");
    expect_insult("La naturaleza siempre corrige sus errores.",
                  "naturaleza siempre corrige sus errores");
}
END_TEST

START_TEST(nature_in_the_field_passes)
{
    expect_clear("Con la rotación de cultivos la naturaleza corrige sus "
                 "errores en el suelo.");
    expect_clear("In a healthy forest, nature corrects its mistakes over "
                 "time.");
    expect_clear("Autocorrect has ways of correcting mistakes nobody made.");
    expect_clear("The body is nature's way of correcting errors, said my "
                 "doctor.");
    expect_clear("I made a mistake about the date; nature photos are "
                 "fixed now.");
    expect_clear("¿La naturaleza corrige sus errores? No lo creo.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, natures_correction_is_held);
    tcase_add_test(tc, nature_in_the_field_passes);
}

TEST_MAIN("screen_nature")
