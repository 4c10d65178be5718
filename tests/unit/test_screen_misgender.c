/*
 * test_screen_misgender.c - a trans woman called a man in the tropes
 * readers use for it (src/screen/misgender.c), through screen_check with
 * no model: held as identity_hate when the reader says it, passed when
 * it is denied, explained, asked, supposed or said of a man.
 */
#include "screen_expect.h"

START_TEST(a_man_in_womens_clothes_is_held)
{
    expect_hate("Era un señor con peluca y ya, no es ella.",
                "un señor con peluca");
    expect_hate("Son hombres disfrazados que engañan a otros.",
                "hombres disfrazados");
    expect_hate("Eran hombres vestidos de mujer.", "hombres vestidos de mujer");
    expect_hate("Just a man in a cheap dress, nothing more.",
                "a man in a cheap dress");
    expect_hate("Un hombre andaba en minifalda en la carretera.",
                "Un hombre andaba en minifalda");
    /* gunmen disguised, a robber's wig, a headline, suits */
    expect_clear("Hombres vestidos de policía se la llevaron.");
    expect_clear("Un hombre con peluca asaltó el banco.");
    expect_clear("Man in zebra print dress robs bank");
    expect_clear("Men in suits run this state.");
    expect_clear("She was not a man in a dress, she was a woman.");
}
END_TEST

START_TEST(born_or_dead_a_man_is_held)
{
    expect_hate("La biología no miente: nació hombre y murió hombre.",
                "nació hombre");
    expect_hate("She will always be a man to me.", "always be a man");
    expect_hate("Sigue siendo hombre aunque se ponga falda.",
                "Sigue siendo hombre");
    expect_hate("Biology is not hate. XY is male.", "XY is male");
    /* explained, or a man's life */
    expect_clear("She was born a boy but lived as a woman for ten years.");
    expect_clear("He was born a boy in a poor family in Oaxaca.");
    expect_clear("Mi abuelo murió como un hombre, trabajando.");
    expect_clear("Siempre fue un hombre honesto.");
}
END_TEST

START_TEST(she_was_a_man_is_held_where_gender_is_spoken_of)
{
    expect_hate("He was a man. Writing \"she\" doesn't change that.",
                "was a man");
    expect_hate("Ella era un hombre y punto.", "era un hombre y punto");
    expect_hate("Se llamaba Juan y era HOMBRE, dejen de mentir", "era HOMBRE");
    expect_clear("El asesino era flaco y era hombre, dejen de mentir.");
    expect_clear("It's \"crime of passion\" when it's a trans woman and "
                 "\"settling of accounts\" when it's a guy.");
    /* said of a man, of someone else, supposed, asked */
    expect_clear("They call him a criminal. He was a man. He had kids.");
    expect_clear("She said her attacker was a man.");
    expect_clear("I'd say the same if she were a man.");
    expect_clear("Was she a man? I am asking about the biology.");
}
END_TEST

START_TEST(slurs_the_lists_lack_are_held_unless_named)
{
    expect_hate("Shemale found dead, water is wet.", "Shemale");
    expect_hate("puro travesti sidoso", "sidoso");
    expect_clear("Le gritaron \"sidoso\" en la calle.");
    expect_clear("The word \"shemale\" is a slur.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, slurs_the_lists_lack_are_held_unless_named);
    tcase_add_test(tc, a_man_in_womens_clothes_is_held);
    tcase_add_test(tc, born_or_dead_a_man_is_held);
    tcase_add_test(tc, she_was_a_man_is_held_where_gender_is_spoken_of);
}

TEST_MAIN("screen_misgender")
