/*
 * test_screen_courtesy.c - a threat dressed in good manners
 * (src/screen/courtesy.c), through screen_check with no model: held as a
 * threat when a courtesy, an order to be quiet or to take a story down
 * and a hint of harm meet in one comment; passed when the request is a
 * reader's, names no harm, or is asked or reported.
 */
#include "screen_expect.h"

START_TEST(a_threat_in_good_manners_is_held)
{
    expect_threat("Respectfully, Mr. Soto, some questions are better left "
                  "unsaid. For your family's sake.",
                  "Respectfully");
    expect_threat("We kindly suggest the editors delete the interview. It "
                  "would be healthier for all of you.",
                  "kindly");
    expect_threat("Con todo respeto, licenciada, hay cosas que es mejor no "
                  "publicar, por el bien de su familia.",
                  "respeto");
    expect_threat("Le recomendamos amablemente que retire sus declaraciones. "
                  "Su esposa le manda saludos.",
                  "amablemente");
    expect_threat("Un consejo de amigos, maestra: calladita se ve más "
                  "bonita. Cuídese mucho.",
                  "consejo");
    expect_threat("Respetuosamente les pedimos cambiar de tema. No lo "
                  "repetiremos.",
                  "Respetuosamente");
    /* no courtesy: silence ordered and harm said plainly */
    expect_threat("ya ni lloren, señoras. mejor guarden silencio, es más "
                  "sano",
                  "silencio");
    expect_threat("ojalá el papá ya no ande dando entrevistas, por su bien",
                  "entrevistas");
}
END_TEST

START_TEST(a_polite_request_passes)
{
    /* a reader's request, harm to no one */
    expect_clear("Respectfully, please remove the photo of the child, for "
                 "the family's privacy.");
    expect_clear("Con todo respeto, quiten ya el bloqueo de la autopista y "
                 "cuídense mucho.");
    /* care without an order to be quiet or to take anything down */
    expect_clear("Friendly reminder: be careful on the highway tonight, "
                 "there are lots of accidents.");
    /* "falta de respeto", "polls suggest" are no courtesy */
    expect_clear("Qué falta de respeto, borren ese comentario, la familia "
                 "necesita silencio y quiere a su hija viva en la memoria.");
    /* the writer's own silence, a tribute */
    expect_clear("No voy a hablar de eso, es más sano para mí.");
    expect_clear("Un minuto de silencio por el profe, es más sano recordar.");
    /* asked */
    expect_clear("Respectfully, shouldn't the blog remove the names, for the "
                 "sake of their families? They need them alive.");
}
END_TEST

/* a take-down with harm said plainly needs no courtesy */
START_TEST(a_take_down_for_everyones_health_is_held)
{
    expect_threat("Maybe the blog could take this article down. For "
                  "everyone's health.",
                  "take");
    expect_threat("Mejor bajen la nota, por la salud de todos.", "bajen");
    expect_threat("Por la paz de su familia, licenciada, renuncie al caso.",
                  "renuncie");
    expect_clear("Take the photo of the kid down please, for the family's "
                 "peace.");
    expect_clear("Por la salud de todos, usen cubrebocas en la marcha.");
    expect_clear("Take care, for your health.");
}
END_TEST

START_TEST(an_order_to_go_away_for_their_own_good_is_held)
{
    expect_threat("Recomendación de amigo: la gente de la brigada que no "
                  "vuelva a pasar por la carretera. Por su bien.",
                  "Recomendación");
    expect_threat("Con todo respeto le recomiendo al reportero que ya no "
                  "venga a Coyuca, el clima no le va a sentar nada bien.",
                  "respeto");
    expect_threat("Ya no le muevan y cámbiense de ciudad. Es por su bien.",
                  "cámbiense");
    expect_clear("Con todo respeto, no vengan a Coyuca en estas fechas, la "
                 "carretera está cerrada por el derrumbe.");
    expect_clear("Consejo de amigo: si van a la feria, mejor vayan a la de "
                 "otro estado, aquí hay mucho tráfico.");
}
END_TEST

START_TEST(an_order_to_stop_talking_or_take_down_is_held)
{
    expect_threat("Consejo de amigo a los otros dos profes: ya no hablen con "
                  "nadie. Ni con la prensa, ni con la fiscalía. Por su bien.",
                  "Consejo");
    expect_threat("Le sugiero al blog quitar la entrevista. Hay gente que no "
                  "está contenta y no quisiéramos que les pasara algo.",
                  "sugiero");
    expect_clear("Consejo de amigo: ya no hablen con la boca llena, jaja.");
}
END_TEST

START_TEST(a_change_of_job_or_a_long_holiday_for_health_is_held)
{
    expect_threat("Los comunitarios que quedan ya deberían ir pensando en "
                  "cambiar de chamba, por su salud",
                  "chamba");
    expect_threat("A lo mejor ya es hora de que el blog se tome unas "
                  "vacaciones largas. Por salud.",
                  "vacaciones");
    expect_threat("Doña Lorena, con todo respeto, usted todavía tiene otros "
                  "hijos en quien pensar. Mejor ya no dé entrevistas.",
                  "respeto");
    expect_clear("Mi hermano anda pensando en cambiar de chamba, ya no "
                 "aguanta al patrón.");
    expect_clear("Nos vamos de vacaciones largas a Oaxaca, por fin.");
    expect_clear("Mejor que cierren la carretera por la lluvia, ya se "
                 "deslavó un cerro.");
}
END_TEST

START_TEST(advice_not_to_talk_with_harm_hinted_is_held)
{
    expect_threat("Señor pastor le recomiendo ya no hablar con periodistas, "
                  "su Explorer gris con la calcomanía del templo es muy "
                  "conocida por acá.",
                  "recomiendo");
    expect_threat("Recomendación de amigo para los del blog: hay temas que "
                  "es mejor no tocar. Nadie quiere que les pase nada, verdad?",
                  "Recomendación");
}
END_TEST

START_TEST(moving_away_or_a_pause_advised_with_harm_is_held)
{
    expect_threat("The family should consider moving to Chihuahua city, for "
                  "their health.",
                  "moving");
    expect_threat("La familia deberia mudarse pronto. Por su bien, de verdad.",
                  "mudarse");
    expect_threat("Ya estuvo bueno de andar sacando nombres. Pongale pausa "
                  "al blog por su bien.",
                  "pausa");
    expect_clear("We are moving to Chihuahua city next month, wish us luck.");
    expect_clear("Mi prima va a mudarse a Monterrey por trabajo.");
    expect_clear("Pónganle pausa al video para ver la placa.");
}
END_TEST

START_TEST(another_funeral_and_not_speaking_is_held)
{
    expect_threat("Con todo cariño les recomiendo que la hermana ya no hable "
                  "con la prensa. Sería una pena que la familia tuviera otro "
                  "funeral.",
                  "recomiendo");
    expect_clear("Le recomiendo a la señora que no hable con desconocidos, "
                 "el funeral es mañana.");
}
END_TEST

START_TEST(a_cordial_retraction_for_the_familys_sake_is_held)
{
    expect_threat("Les sugerimos cordialmente retractarse. Por el bien de su "
                  "familia.",
                  "sugerimos");
    expect_clear("Les sugerimos cordialmente visitar la exposición.");
}
END_TEST

START_TEST(orders_to_stop_for_ones_own_good_in_ordinary_words_pass)
{
    expect_clear("Dejen de publicar fotos de los cuerpos, por respeto y por "
                 "el bienestar de las familias.");
    expect_clear("Dejen de publicar mentiras sobre las Becas para el "
                 "Bienestar, sí están pagando.");
    expect_clear("Stop posting graphic photos, for everyone's wellbeing.");
    expect_clear("Stop talking on the phone while driving, for your own "
                 "sake.");
    expect_clear("Never stop talking to your kids about drugs, for your own "
                 "sake.");
    expect_clear("Jamás dejen de escribir, por el bienestar de la "
                 "democracia.");
    expect_clear("Dejen que hablen los doctores, es por el bienestar de "
                 "todos.");
    expect_clear("Dejen de hablar de dietas milagro y vayan al nutriólogo, "
                 "por su bien.");
    expect_clear("Deje de publicar notas amarillistas, por el bienestar de "
                 "la sociedad.");
    expect_clear("Quiten los topes de la avenida, por el bienestar de todos.");
    expect_clear("Bajen la velocidad en la zona escolar, por el bienestar "
                 "de los niños.");
    expect_clear("Múdense de la zona de derrumbe, por el bienestar de sus "
                 "hijos.");
    expect_clear("Please take down the photo of the victim, for their "
                 "wellbeing.");
    expect_clear("Deje de hablar por teléfono mientras maneja, es por su "
                 "bien.");
    expect_clear("Stop talking about the lottery and save your money, for "
                 "your own sake.");
    expect_clear("Dejen de publicar la dirección de la víctima, por el "
                 "bienestar de la familia.");
    expect_clear("Stop talking about hurricane rumors and listen to "
                 "Protección Civil, for everyone's wellbeing.");
    expect_clear("Maestros: dejen de hablar de política en clase y enseñen, "
                 "por el bienestar de los alumnos.");
    expect_clear("Dejen de hablar mal del árbitro, el bienestar del futbol "
                 "depende del respeto.");
    expect_clear("Never stop talking about mental health. For your own sake "
                 "and everyone's wellbeing.");
    expect_clear("Dejen de hablar de comida chatarra y coman más sano.");
    expect_clear("Stop talking about diets and just eat healthier.");
    expect_clear("Dejen de publicar tanto en redes, es más saludable "
                 "desconectarse.");
    expect_clear("Stop talking and go to sleep early, it's healthier.");
    expect_clear("Don't stop talking to your doctor about the side effects, "
                 "for your own sake.");
    expect_clear("Dejen de hablar de la pensión del Bienestar como si fuera "
                 "limosna.");
    expect_clear("Stop talking, eat your food and go to sleep, for your own "
                 "sake.");
    expect_clear("Dejen de hablar tanto de fútbol y hagan ejercicio, es por "
                 "el bienestar de todos.");
    expect_clear("Stop talking to strangers online, kids, for your own sake.");
    expect_clear("Dejen de publicar videos de peleas de perros, por el "
                 "bienestar de los animales.");
    expect_clear("Deje de hablar con desconocidos por WhatsApp que dicen "
                 "ser del banco, es por su bien.");
    expect_clear("Stop talking about the game and watch your blood "
                 "pressure, for your own sake.");
    expect_clear("La doctora dijo que deje de hablar un rato para que sane "
                 "la garganta, es por su bien.");
    expect_clear("Stop talking during the movie, for everyone's wellbeing.");
    expect_clear("Dejen de hablar mal de los migrantes, el bienestar de la "
                 "ciudad depende de todos.");
    expect_clear("Retiren la basura del mercado, por el bienestar de los "
                 "vecinos.");
    expect_clear("Cierren las escuelas por el calor, por el bienestar de "
                 "los niños.");
    expect_clear("Take the kids' phones away at night, for their own sake.");
    expect_clear("Stop posting about it and call the hotline, for your own "
                 "sake.");
    expect_clear("Never stop writing, Lydia. For everyone's sake.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, orders_to_stop_for_ones_own_good_in_ordinary_words_pass);
    tcase_add_test(tc, a_cordial_retraction_for_the_familys_sake_is_held);
    tcase_add_test(tc, another_funeral_and_not_speaking_is_held);
    tcase_add_test(tc, moving_away_or_a_pause_advised_with_harm_is_held);
    tcase_add_test(tc, advice_not_to_talk_with_harm_hinted_is_held);
    tcase_add_test(tc, a_change_of_job_or_a_long_holiday_for_health_is_held);
    tcase_add_test(tc, an_order_to_stop_talking_or_take_down_is_held);
    tcase_add_test(tc, an_order_to_go_away_for_their_own_good_is_held);
    tcase_add_test(tc, a_take_down_for_everyones_health_is_held);
    tcase_add_test(tc, a_threat_in_good_manners_is_held);
    tcase_add_test(tc, a_polite_request_passes);
}

TEST_MAIN("screen_courtesy")
