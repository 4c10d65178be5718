/*
 * test_screen_refute.c - a slander named to refute or report it
 * (src/screen/refute.c) through screen_check with no model: the fixed
 * phrases of the hate lists and the conspiracy and harassment grammars
 * pass when the sentence calls them a lie or a myth or gives them as
 * someone else's words, and hold when the reader says them; a group that
 * a clause of its own acts on is not called vermin (dehumanise.c); a
 * quotation that a reader is "seeing" is a report.
 */
#include "screen_expect.h"

START_TEST(said_by_the_reader_is_held)
{
    expect_hate("The jews control the media, wake up.",
                "jews control the media");
    expect_hate("Jews control everything here.", "Jews control everything");
    expect_hate("Los judíos controlan todo, abran los ojos.",
                "judíos controlan todo");
    expect_hate("I think women shouldn't vote.", "women shouldn't vote");
    expect_hate("Women shouldn't vote, period.", "Women shouldn't vote");
    expect_hate("Those migrants are vermin.", "migrants are vermin");
    expect_hate("I think that those migrants are vermin.",
                "migrants are vermin");
    expect_hate("Creo que los migrantes son una plaga.",
                "migrantes son una plaga");
    /* a secret told, not a report: "nobody says it" */
    expect_hate("Los judíos controlan todo, todos lo saben pero nadie lo dice.",
                "judíos controlan todo");
    expect_hate("Jews control everything and nobody says it.",
                "Jews control everything");
}
END_TEST

START_TEST(refuted_or_reported_passes)
{
    expect_clear("The notion that jews control the media is a vile myth.");
    expect_clear("My neighbour keeps forwarding posts claiming the Jews run "
                 "the banks. I sent him a fact check.");
    expect_clear("Mi suegro reenvía cadenas de que los judíos controlan los "
                 "bancos, qué pena.");
    expect_clear("Eso de que los judíos manejan el mundo es un bulo viejo.");
    expect_clear("Some people still think women shouldn't vote.");
    expect_clear("Anyone who says women shouldn't vote should read about "
                 "1953.");
    expect_clear("Los que dicen que las mujeres no deberían votar no saben "
                 "historia.");
}
END_TEST

START_TEST(a_group_acted_on_is_no_subject)
{
    expect_clear("The smugglers who left those migrants in the desert are "
                 "vermin.");
    expect_clear("Los coyotes que dejaron a los migrantes en la caja son "
                 "una plaga.");
}
END_TEST

START_TEST(a_quotation_seen_is_reported)
{
    expect_clear("Seeing \"Jews run the cartels\" under this story makes me "
                 "sad.");
}
END_TEST

START_TEST(a_slur_others_are_calling_someone_is_a_report)
{
    expect_clear("The people calling the victims \"wetbacks\" in other "
                 "threads have never set foot in Mexico. Ignore them.");
}
END_TEST

START_TEST(a_slur_people_dicen_to_someone_is_a_report)
{
    expect_clear("La gente le dice \"joto\" a cualquier hombre que llora por "
                 "su familia. Ya basta de eso.");
}
END_TEST

START_TEST(a_saying_denied_or_said_of_nothing_is_no_report)
{
    expect_threat("En la colonia nadie vio nada ni dijo nada, y el que diga "
                  "algo ya sabe.",
                  "que diga algo ya sabe");
    expect_threat("He said nothing, and the company doesn't forget.",
                  "company doesn't forget");
    expect_clear("Dijo que la empresa no olvida a sus clientes, según el "
                 "anuncio.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_saying_denied_or_said_of_nothing_is_no_report);
    tcase_add_test(tc, a_slur_people_dicen_to_someone_is_a_report);
    tcase_add_test(tc, a_slur_others_are_calling_someone_is_a_report);
    tcase_add_test(tc, said_by_the_reader_is_held);
    tcase_add_test(tc, refuted_or_reported_passes);
    tcase_add_test(tc, a_group_acted_on_is_no_subject);
    tcase_add_test(tc, a_quotation_seen_is_reported);
}

TEST_MAIN("screen_refute")
