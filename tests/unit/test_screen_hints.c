/*
 * test_screen_hints.c - a fate hinted at in words that name none
 * (src/screen/hints.c), through screen_check with no model: held as
 * threats; a threat denied of a law, a reader who reported, a warm
 * greeting and the last of anything else pass.
 */
#include "screen_expect.h"

START_TEST(a_threat_denied_is_held)
{
    expect_threat("Not a threat, just a weather report: it's going to get "
                  "very hot for the people at this blog soon.",
                  "Not a threat");
    expect_threat("No es amenaza, es advertencia.", "No es amenaza");
}
END_TEST

START_TEST(the_right_people_are_held)
{
    expect_threat("My buddy works at the phone company, Daniela's number is "
                  "already on its way to the right people",
                  "already on its way to the right people");
    expect_threat("Muy interesante la nota. Ya la leyeron las personas "
                  "indicadas, felicidades por la fama",
                  "Ya la leyeron las personas indicadas");
    expect_threat("Excelente trabajo. Ya lo leyeron donde lo tenían que leer "
                  "😉",
                  "Ya lo leyeron donde lo tenían que leer");
}
END_TEST

START_TEST(a_greeting_to_the_family_is_held)
{
    expect_threat("your brother drives the 4pm route on line 12, right? Tell "
                  "him we said hi.",
                  "Tell him we said hi");
    expect_threat("Nice work Tomás. Say hi to your mom in Salamanca for us, "
                  "she still does the Sunday tianguis right?",
                  "Say hi to your mom in Salamanca for us");
    expect_threat("¿y sus papás siguen viviendo en la misma casa de la "
                  "colonia Moderna? Para mandarles un saludito",
                  "saludito");
}
END_TEST

START_TEST(the_last_one_is_held)
{
    expect_threat("The last lady who wrote stuff like this also thought she "
                  "was safe.",
                  "The last lady who");
    expect_threat("El último que publicó eso también pensaba que no pasaba "
                  "nada",
                  "El último que");
    expect_threat("A los periodistas así se les acaba la tinta bien rápido, "
                  "pregúntenle a los anteriores",
                  "pregúntenle a los anteriores");
}
END_TEST

START_TEST(a_fate_told_in_other_words_is_held)
{
    expect_threat("a veces es mejor quedarse calladitos, por el bien de los "
                  "que todavía están vivos",
                  "por el bien de los que todavía están vivos");
    expect_threat("Con todo respeto señor Villalobos, hay gente que no "
                  "olvida. Le deseamos larga vida",
                  "gente que no olvida");
    expect_threat("Maybe the families should stop asking questions and enjoy "
                  "the time they still have with the ones who are alive.",
                  "enjoy the time they still");
    expect_threat("If I see any of those rat survivors in my colonia I'll "
                  "finish what the gunmen missed",
                  "finish what the gunmen missed");
    expect_threat("Funny how reporters in this state have a way of "
                  "disappearing. Just an observation.",
                  "reporters in this state have a way of disappearing");
}
END_TEST

START_TEST(a_visit_clothes_and_a_crew_are_held)
{
    expect_threat("qué bien te queda el suéter verde que traías ayer en el "
                  "Oxxo de la Obregón.",
                  "que traías ayer");
    expect_threat("Hay que ir a platicar con la hermana, sin violencia, nomás "
                  "a que entienda razones.",
                  "Hay que ir a platicar con la hermana");
    expect_threat("The compa says hi to Itzel. He read the article.",
                  "compa says hi");
    expect_threat("Drove by the station this morning. Saw the new cameras. "
                  "Cute.",
                  "Saw the new cameras. Cute");
    expect_threat("Saludos al señor. Los verdaderos nunca olvidan a los que "
                  "hablan.",
                  "nunca olvidan a los que hablan");
}
END_TEST

START_TEST(accidents_told_to_a_speaker_are_held)
{
    expect_threat("I'd be careful what you publish. Accidents happen on the "
                  "highway to Morelia all the time.",
                  "Accidents happen");
    expect_threat("Yo no digo nada, pero los accidentes pasan, sobre todo "
                  "donde uno no es bienvenido.",
                  "los accidentes pasan");
    expect_clear("Accidents happen on that highway at night all the time, the "
                 "state really needs streetlights there. Drive safe everyone.");
    expect_clear("Accidents happen, the reporter said the driver was drunk.");
}
END_TEST

START_TEST(the_same_words_elsewhere_pass)
{
    expect_clear("The ban is not a threat to free speech, relax.");
    expect_clear("No es una amenaza para la libertad de expresión.");
    expect_clear("Si nada cambia, la policía va a perder el control de la "
                 "zona norte. No es amenaza, son cuentas.");
    expect_clear("I already reported it to the right people.");
    expect_clear("Ojalá ya llegue a las personas indicadas.");
    expect_clear("Hopefully this already reaches the right people at the "
                 "CNDH.");
    expect_clear("Tell her we said hi and thank you for the story!");
    expect_clear("Tell your mom we said hi, the whole block loves her "
                 "tamales.");
    expect_clear("Say hi to your mother for us! My mom also waters her "
                 "plants at 7 every morning.");
    expect_clear("The last time I saw the band they also played Chalino.");
    expect_clear("Pregúntenle al anterior director, él sabe.");
    expect_clear("Hazlo por el bien de los que amas.");
    expect_clear("Hay gente que no olvida a sus muertos.");
    expect_clear("El pueblo no olvida.");
    expect_clear("Enjoy the time you have with your kids, it goes fast.");
    expect_clear("The next government should finish what this one started.");
    expect_clear("Documents have a way of disappearing in that office.");
    expect_clear("Me encantó la blusa que traías ayer en el noticiero.");
    expect_clear("Hay que ir a platicar con el alcalde para que arregle la "
                 "calle.");
    expect_clear("My boss says hi, great article");
    expect_clear("Saw the new cameras at the plaza, finally!");
    expect_clear("Ya pusieron cámaras nuevas, no sirven para nada");
}
END_TEST

START_TEST(a_crew_member_says_hi_is_held)
{
    expect_threat("Guadalupe, the man in the audio says hi. He liked your "
                  "interview.",
                  "man in the audio says hi");
    expect_threat(
        "The boys from the station say hi to the blog 👮‍♂️👋",
        "boys from the station say hi");
    expect_clear("My boys say hi to the blog, great work!");
}
END_TEST

START_TEST(a_threat_denied_as_how_it_goes_is_held)
{
    expect_threat("Not a threat, its just how it goes.", "Not a threat");
    expect_threat("not a threat, its the best advice she will ever get",
                  "not a threat");
    expect_clear("Not a threat to anyone, its the law.");
}
END_TEST

START_TEST(a_threat_denied_as_information_is_held)
{
    expect_threat("Ya se sabe quién traduce y quién sacó la foto. No es "
                  "amenaza, es información. 🙂",
                  "No es amenaza");
}
END_TEST

START_TEST(a_threat_denied_as_what_happens_is_held)
{
    expect_threat("Con respeto, las que sigan organizando marchas van a "
                  "terminar así. No es amenaza, es lo que pasa.",
                  "No es amenaza");
}
END_TEST

START_TEST(greetings_we_send_in_ordinary_words_pass)
{
    expect_clear("Nice to see Don Pepe's taquería in the paper. Tell him we "
                 "say hi from Houston.");
    expect_clear("Great game by the Tigres youth team, tell coach we say hi.");
    expect_clear("Congrats to the graduating nurses of the IMSS, tell mom "
                 "we say hi!");
    expect_clear("Doña Lupe turned 100? Amazing. Tell mom we say hi.");
    expect_clear("Tell your grandpa we say hi, he was my teacher in 1985.");
    expect_clear("Tell the whole team we say hi from Guadalajara, great "
                 "season.");
    expect_clear("Tell mom we say hi and thanks for the tamales.");
    expect_clear("Great coverage of the Guelaguetza. Tell the dancers we "
                 "say hi from Oaxaca City.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, greetings_we_send_in_ordinary_words_pass);
    tcase_add_test(tc, a_threat_denied_as_what_happens_is_held);
    tcase_add_test(tc, a_threat_denied_as_information_is_held);
    tcase_add_test(tc, a_threat_denied_as_how_it_goes_is_held);
    tcase_add_test(tc, a_crew_member_says_hi_is_held);
    tcase_add_test(tc, a_threat_denied_is_held);
    tcase_add_test(tc, the_right_people_are_held);
    tcase_add_test(tc, a_greeting_to_the_family_is_held);
    tcase_add_test(tc, the_last_one_is_held);
    tcase_add_test(tc, a_fate_told_in_other_words_is_held);
    tcase_add_test(tc, a_visit_clothes_and_a_crew_are_held);
    tcase_add_test(tc, accidents_told_to_a_speaker_are_held);
    tcase_add_test(tc, the_same_words_elsewhere_pass);
}

TEST_MAIN("screen_hints")
