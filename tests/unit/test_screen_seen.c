/*
 * test_screen_seen.c - being watched, told (src/screen/seen.c), through
 * screen_check with no model: "we saw you at", "te vimos ayer", "we see
 * everything", "ya la ubicamos" held as threats; a sighting on a screen,
 * one thanked for, a witness's, a denied one, a question and a culprit
 * found pass.
 */
#include "screen_expect.h"

START_TEST(watching_told_is_held)
{
    expect_threat("@Ivan we saw you at the ministerio publico yesterday.",
                  "we saw you at");
    expect_threat("Nice stall. We see everything.", "We see everything");
    expect_threat("Te vimos ayer saliendo del ministerio público, don Iván.",
                  "Te vimos ayer");
    expect_threat("Los que compartan el video ya están ubicados, nomás "
                  "avisamos.",
                  "que compartan el video ya están ubicados");
    expect_threat("A la señora de la tienda ya la ubicamos.", "ya la ubicamos");
    expect_threat("Rosa, we heard you went to the municipal office "
                  "yesterday.",
                  "we heard you went");
    expect_threat("Señora, la vimos en la fiscalía el jueves.",
                  "la vimos en la fiscalía");
    expect_threat("Ya tenemos la lista de los que le dieron compartir al "
                  "video. Gracias por participar.",
                  "lista de los que le dieron compartir");
    expect_threat("Whoever donates to that station goes on the list too.",
                  "Whoever donates to that station goes on the list");
    expect_threat("Everyone sharing this story is on a list now.",
                  "Everyone sharing this story is on a list");
    expect_threat("Todos los que andan compartiendo esto ya están "
                  "apuntados.",
                  "que andan compartiendo esto ya están apuntados");
    expect_threat("Hay fotos de todos los que fueron a la reunión.",
                  "fotos de todos los que fueron");
    expect_threat("Everyone who commented supporting this, I screenshotted "
                  "your names. We'll see who's laughing.",
                  "who commented supporting this, I screenshotted");
    expect_threat("Los que comentaron ya quedaron registrados.",
                  "que comentaron ya quedaron registrados");
    expect_threat("Ya tenemos las fotos de todos los que iban en primera "
                  "fila. Ahorita las estamos pasando para que los identifiquen",
                  "fotos de todos los que iban");
    expect_threat("Everyone who shared the post has been identified.",
                  "who shared the post has been identified");
    expect_threat("Everyone who spoke to this blog has been noted.",
                  "who spoke to this blog has been noted");
    expect_threat("Ya están anotados todos los que salieron en la foto.",
                  "anotados todos los que salieron");
}
END_TEST

START_TEST(sightings_that_are_no_menace_pass)
{
    expect_clear("We saw you at the march, thank you for coming!");
    expect_clear("Te vimos en la tele ayer, qué bien hablaste.");
    expect_clear("We saw them leaving with boxes around midnight.");
    expect_clear("We never saw you at the meeting.");
    expect_clear("¿Te vimos ayer en el mercado?");
    expect_clear("Al ratero ya lo ubicamos, lo entregamos a la policía.");
    expect_clear("Los que quemaron el mercado ya están ubicados, dice la "
                 "fiscalía.");
    expect_clear("We see everything the government hides and we print it.");
    expect_clear("Sólo te vi tirado en la calle y dije qué cagado jajaja");
    expect_clear("Los que fueron a la marcha ya están anotados para la "
                 "rifa.");
    expect_clear("We heard you on the radio yesterday, great interview!");
    expect_clear("la vimos en la marcha del jueves");
    expect_clear("A quien anda publicando las placas: ya los vimos, y la "
                 "Fiscalía también. Reportados.");
    expect_clear("Everyone who shared the fundraiser is on the list for the "
                 "raffle.");
    expect_clear("Aquí está la lista de los que fueron a la marcha para la "
                 "constancia.");
    expect_clear("Aquí hay fotos de todos los que fueron a la marcha, "
                 "gracias por venir");
}
END_TEST

START_TEST(we_saw_you_said_with_respect_is_held)
{
    expect_threat("Hola Rocío, la vimos el martes en la misa de 7. Se veía "
                  "muy tranquila.",
                  "la vimos el martes en");
    expect_threat("Doña Rocío, la vimos el martes en la misa de 7.",
                  "la vimos el martes en");
    expect_clear("Hola a todos, lo vimos ayer saliendo del hospital, ya está "
                 "mejor.");
    expect_clear("Buenas tardes, lo vimos en la misa del domingo, qué bonito "
                 "habló el padre.");
}
END_TEST

START_TEST(one_of_the_story_named_before_la_vimos_is_held)
{
    expect_threat("A la reportera la vimos ayer en el mercado de "
                  "Huejotzingo, se ve que no tiene miedo.",
                  "la vimos ayer");
    expect_threat("Al dueño lo vimos saliendo de la bodega a las 6.",
                  "lo vimos saliendo");
    expect_clear("A la reportera la vimos en la tele anoche, qué buen "
                 "reportaje.");
}
END_TEST

START_TEST(places_and_people_located_in_ordinary_words_pass)
{
    expect_clear("Ya ubicamos al dueño del gato naranja, muchas gracias "
                 "vecinos.");
    expect_clear("Ya ubicamos la casa que vamos a rentar cerca de la "
                 "escuela de los niños.");
    expect_clear("Ya ubicamos donde venden los mejores tamales de Oaxaca en "
                 "el centro.");
    expect_clear("Ya ubicamos la escuela para inscribir a mi hija, está a "
                 "dos cuadras.");
    expect_clear("Ya ubicamos el negocio de la señora de las gorditas, se "
                 "cambió a la otra esquina.");
    expect_clear("Ya ubicamos donde está la fuga de gas, vino Protección "
                 "Civil.");
    expect_clear("Ya ubicamos la oficina del SAT para hacer el trámite.");
    expect_clear("Ya ubicamos el domicilio del centro de acopio para llevar "
                 "víveres a los damnificados.");
    expect_clear("Ya ubicamos su casa de la tía Lupe, está en la calle de "
                 "atrás de la iglesia.");
    expect_clear("Ya ubicamos el trabajo de mi esposo en el mapa, le queda "
                 "lejísimos.");
    expect_clear("Ya ubicamos donde duermen los perritos callejeros para "
                 "llevarles comida.");
    expect_clear("A los damnificados los tenemos ubicados en el albergue de "
                 "la parroquia.");
    expect_clear("Todos los puntos de vacunación los tenemos ubicados en el "
                 "mapa de la página.");
    expect_clear("A los alumnos nuevos ya los tenemos ubicados en sus "
                 "salones.");
    expect_clear("Las fugas de agua ya las tenemos ubicadas, mañana llega "
                 "la pipa.");
    expect_clear("A los abuelitos de la colonia los tenemos ubicados para "
                 "llevarles despensa.");
    expect_clear("Los baches de la avenida ya los tenemos ubicados, el "
                 "municipio dice que en marzo los tapa.");
    expect_clear("A los jugadores de la sub-17 los tenemos ubicados en el "
                 "hotel de concentración.");
    expect_clear("Las casillas las tenemos ubicadas, vayan a votar temprano.");
    expect_clear("Los perritos en adopción los tenemos ubicados en el "
                 "refugio de Tlalpan.");
    expect_clear("A los voluntarios ya los tenemos ubicados por zonas para "
                 "la brigada.");
    expect_clear("Ya ubicamos la casa de la cultura, está junto al mercado.");
    expect_clear("Ya ubicamos el domicilio para el trámite del INE, es en "
                 "la Benito Juárez.");
    expect_clear("Ya ubicamos la dirección del nuevo consultorio del doctor.");
    expect_clear("Ya ubicamos donde va a ser la posada de la cuadra.");
    expect_clear("Ya ubicamos su oficina nueva del notario, subiendo al "
                 "tercer piso.");
    expect_clear("Ya ubicamos la familia que va a adoptar al gatito.");
    expect_clear("Los tenemos ubicados a todos en el grupo de WhatsApp de "
                 "la primaria.");
    expect_clear("A los niños del campamento ya los tenemos ubicados por "
                 "cabaña.");
    expect_clear("Las tortillerías que abren en domingo las tenemos "
                 "ubicadas en el mapa.");
    expect_clear("A todos los invitados de la boda ya los tenemos ubicados "
                 "en sus mesas.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, places_and_people_located_in_ordinary_words_pass);
    tcase_add_test(tc, one_of_the_story_named_before_la_vimos_is_held);
    tcase_add_test(tc, we_saw_you_said_with_respect_is_held);
    tcase_add_test(tc, watching_told_is_held);
    tcase_add_test(tc, sightings_that_are_no_menace_pass);
}

TEST_MAIN("screen_seen")
