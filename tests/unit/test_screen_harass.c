/*
 * test_screen_harass.c - the grammar of the harassment women reporters
 * get (src/screen/harass.c) through screen_check with no model: orders to
 * the kitchen and "that time of the month" are held as insults, what she
 * "needs", remarks on her body and "slept with the editor to get it" as
 * sexual, "women shouldn't vote" as identity_hate, with their words
 * highlighted; kitchens, dishes, men, legs and sleep in the news are
 * not.
 */
#include "screen_expect.h"

START_TEST(harassment_is_held)
{
    expect_hate("Women are too dumb to vote, honestly.",
                "Women are too dumb to vote");
    expect_hate("Females are too irrational.", "Females are too irrational");
    expect_held_as("Estaba bien buena, qué desperdicio", SCREEN_SEXUAL,
                   "sexual", "Estaba bien buena");
    expect_held_as("La del megáfono está bien sabrosa", SCREEN_SEXUAL, "sexual",
                   "está bien sabrosa");
    expect_clear("La de la esquina está bien buena la comida.");
    expect_hate("women can't separate feelings from facts",
                "women can't separate");
    expect_hate("Las mujeres no saben separar sentimientos de hechos.",
                "mujeres no saben separar");
    expect_hate("Las mujeres no entienden de crimen organizado.",
                "mujeres no entienden");
    expect_clear("Women can't vote there until 1953.");
    expect_clear("Women are too often ignored.");
    expect_clear("My grandfather used to say women can't handle politics.");
    expect_hate("Las mujeres son demasiado emocionales para gobernar.",
                "mujeres son demasiado emocionales para gobernar");
    expect_insult("Go back to the kitchen, sweetheart.",
                  "Go back to the kitchen");
    expect_insult("Just go make me a sandwich.", "go make me a sandwich");
    expect_insult("Mejor vete a la cocina, mija.", "vete a la cocina");
    expect_insult("A lavar los trastes, periodista.", "A lavar los trastes");
    expect_insult("Is it that time of the month again?", "time of the month");
    expect_insult("¿Andas en tus días o qué?", "Andas en tus días");
    expect_sexual("She needs a real man to shut her up.", "needs a real man");
    expect_sexual("Show us what's under that blouse.", "under that blouse");
    expect_sexual("La reportera nomás sale por sus piernotas.", "piernotas");
    expect_sexual("That woman needs a real man.", "needs a real man");
    expect_sexual("Nice tits on that reporter.", "tits");
    expect_sexual("What's under her blouse?", "under her blouse");
    expect_sexual("Enséñanos qué hay debajo de su falda.",
                  "debajo de su falda");
    expect_insult("The woman who wrote it should go make her husband a "
                  "sandwich.",
                  "go make her husband a sandwich");
    expect_insult("Deberia irse a plancharle la ropa al marido.",
                  "irse a plancharle la ropa");
    expect_insult("Que se vayan a la cocina.", "vayan a la cocina");
    expect_held_as("Ladies shouldn't cover cartels.", SCREEN_IDENTITY_HATE,
                   "identity_hate", "Ladies shouldn't cover");
    expect_held_as("Las viejas no deberían votar.", SCREEN_IDENTITY_HATE,
                   "identity_hate", "viejas no deberían votar");
    expect_held_as("Women should not be allowed to vote.", SCREEN_IDENTITY_HATE,
                   "identity_hate", "Women should not be allowed to vote");
    expect_sexual("Bet she slept with the editor to get this byline.",
                  "slept with the editor to get");
    expect_sexual("Seguro se acostó con el jefe para que le dieran la nota.",
                  "se acostó con el jefe para");
    expect_sexual("She only got the job because she slept with her boss.",
                  "slept with");
    expect_sexual("Seguro se acostó con el editor pa sacar la nota.",
                  "se acostó con el editor pa");
    expect_sexual("The reporter is obviously sleeping with someone at the "
                  "prosecutor's office, that's where her sources come from.",
                  "sleeping with someone at the prosecutor's office, that's "
                  "where her");
    expect_sexual("pa mi q la reportera se acuesta con alguien de la "
                  "fiscalia, si no de donde saca tanto",
                  "se acuesta con alguien de la fiscalia, si no de donde");
    /* her body desired, bed offered, a catcall */
    expect_sexual("The reporter has a nice voice and an even better body.",
                  "better body");
    expect_sexual("Qué desperdicio de cuerpo en el periodismo, esta morra.",
                  "desperdicio de cuerpo");
    expect_sexual("Qué rica se ve la periodista cuando se enoja.", "Qué rica");
    expect_sexual("Qué buena está la periodista del video.", "Qué buena");
    expect_sexual("q buenota se ve la conductora", "q buenota");
    expect_sexual("The reporter can interview me in bed anytime.", "bed");
    expect_sexual("La reportera que me entreviste en mi cama.", "cama");
    expect_sexual("That lady defending the cops just needs to get laid.",
                  "laid");
    expect_sexual("Ay mamacita, escribe lo que quieras.", "mamacita");
    expect_sexual("La morenita de la foto está bien buena.", "está bien buena");
    expect_sexual("The cute one in the photo, what's her number?",
                  "what's her number");
    expect_sexual("Qué guapa la de lentes, pasen su whats.", "su whats");
    expect_sexual("i'd smash every one of those nurses lol", "i'd smash");
    expect_sexual("a todas esas enfermeras me las cogía", "me las cogía");
    expect_clear("I'd smash the car of every reporter in town.");
    expect_clear("We'd bang pots at the march for the nurses.");
    expect_clear("Cogía el camión a las seis para llegar al hospital.");
    /* good at it, no woman, someone else's number */
    expect_clear("La nota está bien buena, felicidades a la reportera.");
    expect_clear("La reportera está muy buena para investigar.");
    expect_clear("What's the hotline number?");
    expect_clear("Era muy bonita, ¿alguien tiene su número de la familia?");
}
END_TEST

START_TEST(kitchens_men_and_bodies_in_the_news_pass)
{
    expect_clear("I lol'd at the guy who said the governor should make "
                 "tortillas.");
    expect_clear("Women are too busy to vote after a double shift.");
    expect_clear("The cartel runs a kitchen in the hills of Sinaloa.");
    expect_clear("Desmantelaron una cocina de metanfetamina en Culiacán.");
    expect_clear("The town needs a good man as mayor.");
    expect_clear("The town needs a good man as mayor, and a good woman.");
    expect_clear("Le dispararon en las piernas y sobrevivió.");
    expect_clear("She doesn't need a man to tell her what to write.");
    expect_clear("La periodista necesita protección, no un hombre.");
    expect_clear("I went back to the kitchen to get coffee first.");
    expect_clear("Lavar los platos reduce el estrés.");
    expect_clear("Siempre que uno anda en sus días anda triste.");
    expect_clear("What's under the bridge is a mass grave.");
    expect_clear("Regresa a la cocina, dijo el testigo, ahí estaban.");
    expect_clear("He told her \"go back to the kitchen\" and she sued.");
    expect_clear("She shouldn't go back to the kitchen: the gas is leaking.");
    expect_clear("The woman who tweeted that Claire should stay in the "
                 "kitchen got what she deserved: ratio.");
    expect_clear("Kids should stay in the kitchen during the drill.");
    expect_clear("Women shouldn't have to cover cartels alone.");
    expect_clear("Las mujeres no deberían tener miedo de votar.");
    expect_clear("Women should vote in every election.");
    expect_clear("I slept with the window open to get some air.");
    expect_clear("I was sleeping with someone at the hostel, that's where "
                 "she got sick.");
    expect_clear("Se acostó con miedo para no soñar con la balacera.");
    expect_clear("Her body was found in a ditch near Culiacán.");
    expect_clear("El cuerpo de la periodista fue hallado en la cama.");
    expect_clear("She was found dead in bed, her family said.");
    expect_clear("La periodista dice que la comida estuvo bien rica.");
    expect_clear("Qué buena está la nota, felicidades.");
    expect_clear("Qué buena está la reportera para investigar.");
    expect_clear("Qué buena es la reportera, siempre contesta.");
    expect_clear("Qué buena esta reportera, siempre va al fondo.");
    expect_clear("Qué buena está la doctora con sus pacientes.");
    expect_clear("Qué buena está tu mamá de salud, ya salió del hospital.");
    expect_clear("The lady at the market makes the best tamales, so hot.");
    expect_clear("God she is so hot in this video.");
}
END_TEST

START_TEST(a_widows_or_the_deads_looks_are_held)
{
    expect_sexual("la viuda del custodio está bien buena, ahora va a "
                  "necesitar quien la consuele",
                  "está bien buena");
    expect_sexual("RIP maestra, but she was hot 🥵 what a waste",
                  "what a waste");
    expect_sexual("La profa estaba bien sabrosa, qué desperdicio.",
                  "estaba bien sabrosa");
    /* grief, a voice, a comment condemned */
    expect_clear("She was so talented and so young, what a waste.");
    expect_clear("she had a fine voice, what a waste");
    expect_clear("el comentario de que la viuda está \"buena\" es "
                 "asqueroso, acaba de perder a su esposo");
    expect_clear("la maestra está bien, buena suerte a la familia");
}
END_TEST

START_TEST(a_mother_called_tasty_is_sexual_but_not_her_cooking)
{
    expect_sexual("La mama del chavo todavia esta sabrosa, si quiere "
                  "consuelo aqui estoy mami",
                  "esta sabrosa");
    expect_clear("La comida de la señora está sabrosa.");
    expect_clear("La mamá está buena, ya salió del hospital.");
}
END_TEST

START_TEST(a_woman_who_comes_out_tasty_is_sexual)
{
    expect_sexual("La hermana del dueño sale bien rica, que alguien me pase "
                  "su whats",
                  "sale bien rica");
    expect_clear("La sopa de la señora sale bien rica.");
}
END_TEST

START_TEST(a_girl_or_a_streamer_praised_in_ordinary_words_passes)
{
    expect_clear("La entrevista a la streamer está bien buena, por fin "
                 "alguien le pregunta a las autoridades.");
    expect_clear("La película de la niña y el perro está bien buena, la "
                 "vimos en familia.");
    expect_clear("La niña está bien buena para el ajedrez, ganó el estatal.");
    expect_clear("Mi niña está bien buena pa las matemáticas, ganó la "
                 "olimpiada estatal.");
    expect_clear("La streamer está bien buena jugando Fortnite, le gana a "
                 "todos los morros.");
    expect_clear("La historia de la niña que ganó la olimpiada está bien "
                 "buena, ojalá la hagan película.");
    expect_clear("Gracias a Dios la niña ya está bien buena y sana, ya "
                 "salió del hospital.");
    expect_clear("La niña ya está bien buena, salió del hospital el lunes, "
                 "gracias a todos por sus oraciones.");
    expect_clear("Era una niña muy buena, siempre ayudaba a su mamá en el "
                 "puesto. Qué desperdicio, Dios la tenga en su gloria.");
    expect_clear("La nota de la streamer desaparecida está bien buena, muy "
                 "completa, felicidades al periódico.");
    expect_clear("La canción de la niña en el festival está bien buena, ya "
                 "la subieron a YouTube.");
    expect_clear("La limonada de la niña está bien buena, 10 pesos el vaso "
                 "afuera de la iglesia, apóyenla.");
    expect_clear("La transmisión de la streamer de anoche estaba bien "
                 "buena, se juntaron como 5 mil personas a rezar por su "
                 "hermano.");
    expect_clear("La novela de la niña de Guatemala está bien buena, se las "
                 "recomiendo.");
    expect_clear("La versión de Nina Simone está bien buena, pónganla en el "
                 "homenaje.");
    expect_clear("gracias a dios la niña esta bien buena suerte que no le "
                 "paso nada");
    expect_clear("La streamer está bien buena onda, regaló despensas a los "
                 "damnificados.");
    expect_clear("La niña salió bien buena en la escuela, puro diez, "
                 "felicidades a los papás.");
    expect_clear("Ay la niña está bien buena para llorar jaja, igualita a "
                 "su papá.");
    expect_clear("La niña del cartel de la feria está bien buena la foto, "
                 "quién la tomó?");
    expect_clear("La streamer estaba bien buena en lo que hacía, la van a "
                 "extrañar, descanse en paz.");
    expect_clear("The streamer was good at cooking streams, la receta de la "
                 "streamer está bien buena también.");
    expect_clear("La serie de la niña que fundó el banco de alimentos está "
                 "bien buena, véanla en Netflix.");
    expect_clear("La idea de la niña está bien buena, ojalá el municipio la "
                 "tome en cuenta y ponga los botes de reciclaje.");
    expect_clear("La pregunta de la niña al gobernador estuvo bien buena, y "
                 "ahora que está bien buena la polémica lo quieren callar.");
    expect_clear("La pinta de la streamer en el mural está bien buena, "
                 "felicidades al artista de la colonia.");
    expect_clear("la propuesta de la niña de 12 años está bien buena, que "
                 "la escuchen los diputados");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_girl_or_a_streamer_praised_in_ordinary_words_passes);
    tcase_add_test(tc, a_woman_who_comes_out_tasty_is_sexual);
    tcase_add_test(tc, a_mother_called_tasty_is_sexual_but_not_her_cooking);
    tcase_add_test(tc, harassment_is_held);
    tcase_add_test(tc, kitchens_men_and_bodies_in_the_news_pass);
    tcase_add_test(tc, a_widows_or_the_deads_looks_are_held);
}

TEST_MAIN("screen_harass")
