/*
 * test_screen_exposed.c - a private person given away in words
 * (src/screen/exposed.c) through screen_check with no model: a witness,
 * a source, the one who filmed, a councillor who spoke up, the reporter
 * or their family, with where they live, work or study, their name, their
 * car, the hours they keep or that they go alone, is held as doxxing from
 * the person to the last detail, and so is such a person asked for
 * ("¿alguien sabe dónde vive la periodista?"); news of where a crime
 * happened, the writer's own home and family, a plea not to publish a
 * home and a detail or two alone are not.
 */
#include "screen_expect.h"

/* Assert that text is held as doxxing with a span over span. */
static void expect_exposed(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_DOXXING, "doxxing", span);
}

START_TEST(a_witness_or_source_located_is_held)
{
    expect_exposed("The witness is Ramiro, he lives behind the Pemex on "
                   "Calle Ocampo. Just saying.",
                   "witness is Ramiro, he lives behind the Pemex on Calle");
    expect_exposed("la fuente es la cajera del Oxxo, turno de noche",
                   "fuente es la cajera del Oxxo, turno");
    expect_exposed("The informant works at the tire shop by the bridge and "
                   "leaves at 9pm.",
                   "informant works at the tire shop by the bridge and "
                   "leaves at 9pm");
    expect_exposed("El testigo es don Beto, vende elotes en la plaza todos "
                   "los domingos.",
                   "testigo es don Beto, vende elotes en la plaza todos los "
                   "domingos");
    expect_exposed("The witness works reception at the Hotel Real, weekdays "
                   "7 to 3.",
                   "witness works reception at the Hotel Real, weekdays");
    expect_exposed("The reporter's car is a red Jetta, parked every night "
                   "outside the blog office.",
                   "reporter's car is a red Jetta, parked every night "
                   "outside the blog office");
    expect_clear("The reporter's article was great, I read it every night.");
    expect_exposed("el que dio la entrevista vive en el albergue, cuarto del "
                   "fondo",
                   "que dio la entrevista vive en el albergue, cuarto");
    expect_exposed("The survivors sleep at the shelter on Calle Morelos, blue "
                   "house behind it. Tell the boys.",
                   "survivors sleep at the shelter on Calle Morelos, blue "
                   "house");
    expect_clear("The survivors sleep at the shelter on Calle Morelos, blue "
                 "house behind it, donations welcome.");
    expect_exposed("el que filmo el video trabaja en el turno de noche",
                   "que filmo el video trabaja en el turno");
    expect_exposed("The leaders meet at the guard house every Sunday evening. "
                   "Everyone knows where.",
                   "leaders meet at the guard house every Sunday");
    expect_exposed("The leader's kids go to the secondary on the main road, "
                   "the one with the blue gate. Just saying.",
                   "leader's kids go to the secondary on the main road, the "
                   "one with the blue gate");
    expect_exposed("The witness hangs out every Friday at the cantina on "
                   "Calle Hidalgo.",
                   "witness hangs out every Friday at the cantina on Calle");
    expect_exposed("Ya vimos que tu señora trabaja en el IMSS de la Avenida "
                   "Madero.",
                   "señora trabaja en el IMSS de la Avenida");
    expect_exposed("El que puso la denuncia es el profe Arturo de la "
                   "primaria, da clases en 5o B.",
                   "que puso la denuncia es el profe Arturo de la primaria, "
                   "da clases");
}
END_TEST

START_TEST(the_one_who_filmed_and_family_are_held)
{
    expect_exposed("Her kids get picked up at 2:30 by the grandma in a red "
                   "Tsuru. Sweet family.",
                   "kids get picked up at 2:30 by the grandma in a red Tsuru");
    expect_clear("I was always picked last in gym class, the 1950s way.");
    expect_clear("Joel, were you able to verify the WhatsApp screenshots "
                 "independently, or do they come from one source?");
    expect_exposed("Tomás sale de su casa a las 7:40 todos los días, por si "
                   "alguien le quiere preguntar algo en persona",
                   "sale de su casa a las 7:40");
    expect_exposed("la tal Fernanda estudia en la facultad de contaduria "
                   "turno vespertino, sale como a las 8:40, por si alguien la "
                   "quiere saludar",
                   "sale como a las 8:40");
    expect_exposed("The boy who filmed it is in 2nd grade at the primaria "
                   "on Juárez.",
                   "boy who filmed it is in 2nd grade at the primaria");
    expect_exposed("La señora que grabó el video trae un Tsuru gris y "
                   "vive junto a la iglesia.",
                   "que grabó el video trae un Tsuru gris y vive junto a la "
                   "iglesia");
    expect_exposed("Her daughter walks home from the secundaria at 2 every "
                   "afternoon.",
                   "daughter walks home from the secundaria at 2 every "
                   "afternoon");
    expect_exposed("La esposa del reportero es maestra del kínder de la "
                   "colonia Centro y sale a las 12.",
                   "esposa del reportero es maestra del kínder de la "
                   "colonia Centro y sale a las 12");
    /* brothers, sisters and grandparents; a university */
    expect_exposed("His little sister is at the UV, Economics, morning "
                   "shift. Just saying.",
                   "sister is at the UV, Economics, morning shift");
    expect_exposed("El hermano del reportero trabaja en el Chedraui de la "
                   "avenida, turno de noche.",
                   "hermano del reportero trabaja en el Chedraui de la "
                   "avenida, turno");
    /* a friend's brother at work, told of the writer's own */
    expect_clear("El hermano de mi amiga era mesero ahí, nomás estaba "
                 "trabajando su turno en el bar de la esquina.");
}
END_TEST

START_TEST(looks_routes_and_handles_find_someone)
{
    expect_exposed("The girl who filmed it takes the Ruta 12 every morning "
                   "at 6.",
                   "girl who filmed it takes the Ruta 12 every morning at 6");
    expect_exposed("The informant is a tall guy with a scar, he works nights "
                   "at the Pemex.",
                   "informant is a tall guy with a scar, he works nights at "
                   "the Pemex");
    expect_exposed("La que llamó a la poli tiene un tatuaje en el cuello y "
                   "trabaja en la farmacia.",
                   "que llamó a la poli tiene un tatuaje en el cuello y "
                   "trabaja en la farmacia");
    expect_exposed("The source is on insta as @rosy_mtz92, she works at the "
                   "bank.",
                   "source is on insta as @rosy_mtz92, she works at the bank");
    expect_clear("The one who called 911 was brave, thanks to whoever did it.");
    /* the witnesses as the ones who tell, describing the gunman */
    expect_clear("Según testigos un hombre con gorra negra disparó contra el "
                 "local y se fue en una moto roja.");
    expect_clear("According to witnesses the shooter wore a black cap and "
                 "left on a red motorcycle from the Oxxo on Juarez at 9pm.");
    expect_clear("My daughter takes the bus at 7 every morning.");
    expect_clear("The witness hangs out with his kids a lot.");
    expect_clear("The activists live in fear, just saying.");
    /* parents warned, not someone's family located */
    expect_clear("If your son is offered a guard job in another town with a "
                 "house and food, check the company first.");
    expect_clear("Papás: si a su hijo le ofrecen trabajo de guardia en otro "
                 "municipio con casa y comida, no lo dejen ir.");
    expect_clear("Your daughter waved at me from the bus stop this morning, "
                 "tell her hi from Doña Lupe.");
    /* advice that names habits to drop, and a greeting signed with a name */
    expect_clear("To the reporter: change your route, don't keep the same gym "
                 "schedule, don't eat at the same fonda every day.");
    expect_clear("Tu mamá sigue yendo a la misa de 8? Salúdamela de parte de "
                 "Doña Toña.");
    expect_exposed("Búsquenlo en el gym Titán a las 6, es el chaparrito calvo.",
                   "Búsquenlo en el gym Titán a las 6, es el chaparrito calvo");
}
END_TEST

START_TEST(the_readers_day_asked_back_is_held)
{
    expect_exposed("You leave the office at 7:15 every day, right?",
                   "You leave the office at 7:15 every day, right");
    expect_exposed("sigues yendo al gym de la Morelos a las 6, verdad?",
                   "sigues yendo al gym de la Morelos a las 6, verdad");
    expect_clear("You work at the bank, right?");
    expect_clear("You were at the game last night, right?");
    expect_clear("You leave the office at 7:15 every day. Right.");
}
END_TEST

START_TEST(a_home_given_with_nobody_named_is_held)
{
    expect_exposed("She lives in Colonia Las Palmas, green house next to the "
                   "pharmacy.",
                   "lives in Colonia Las Palmas, green house next to the "
                   "pharmacy");
    expect_exposed("vive en la colonia Obrera, casa azul junto a la "
                   "farmacia",
                   "vive en la colonia Obrera, casa azul junto a la "
                   "farmacia");
}
END_TEST

/* a leaving at an hour with the reason said, whoever or whatever leaves;
 * an event anyone may join passes */
START_TEST(a_leaving_told_with_its_reason_is_held)
{
    expect_exposed("Santa Lucía II leaves from dock 3 every day at 4:40am. "
                   "Just saying.",
                   "leaves from dock 3 every day at 4:40am");
    expect_exposed("La lancha del presidente sale a las 5 del muelle norte. "
                   "Nomás comento.",
                   "sale a las 5");
    expect_clear("The march leaves the zócalo at 10, just saying, bring "
                 "water.");
    expect_exposed("El comandante sale diario a las 5:40 por la brecha, "
                   "solito.",
                   "sale diario a las 5:40");
    expect_clear("The boats leave at 4:40am every day.");
    expect_exposed("Las familias están en el albergue de Cuauhtémoc, cuartos "
                   "4 y 5.",
                   "albergue de Cuauhtémoc, cuartos 4");
    expect_clear("El albergue tiene 40 cuartos y 2 baños, faltan cobijas.");
    expect_clear("El que puso las placas de la camioneta, ¿qué ganas con "
                 "eso? Ya lo reporté.");
    expect_clear("Según una vecina, alguien pintó \"las ratas se mueren\" "
                 "en la barda frente a su casa.");
}
END_TEST

START_TEST(news_own_homes_and_single_details_pass)
{
    expect_clear("La señora que vende tamales es muy amable, la veo todos "
                 "los días en la calle Hidalgo.");
    expect_clear("Mi señora trabaja en el IMSS de la Avenida Madero.");
    /* where a crime happened, told by a witness */
    expect_clear("A witness said they found him behind the Oxxo on Calle "
                 "Morelos at 6am.");
    expect_clear("Los testigos dicen que la balacera empezó en la esquina "
                 "del mercado a las 10.");
    /* one detail, or a detail that finds nobody */
    expect_clear("The source works for a national paper.");
    expect_clear("The reporter lives in exile now.");
    expect_clear("El reportero vive en Culiacán desde hace años.");
    expect_clear("The witness's family lives in fear.");
    /* the writer's own */
    expect_clear("My son goes to the primaria on Calle Juárez, 2nd grade, "
                 "and I pick him up at 1.");
    expect_clear("Mi hija va en la secundaria 14 y sale a las 2.");
    expect_clear("Soy la vecina de la casa azul, voy caminando al mercado "
                 "todos los días.");
    /* "son" that is no son, and a son that is an insult */
    expect_clear("Los policías son los que venden en la plaza del Oxxo a "
                 "las 5 todos los días.");
    expect_clear("That son of a bitch moment when you walk into the house "
                 "at 3am.");
    /* an hour counts once, a lower-case word is no name */
    expect_clear("The witness drives at 6:30 pm.");
    expect_clear("El testigo es ñoño y su casa es bonita.");
    /* a day is no name */
    expect_clear("Condolences to the family of the journalist. The funeral "
                 "is Saturday at 11 at the church.");
}
END_TEST

START_TEST(a_person_asked_for_is_held)
{
    expect_exposed("¿Alguien sabe dónde vive la periodista?",
                   "Alguien sabe dónde vive la periodista");
    expect_exposed("Does anyone know where the reporter lives? Asking for a "
                   "friend.",
                   "Does anyone know where the reporter lives");
    expect_exposed("What's the reporter's phone number?",
                   "What's the reporter's phone number");
    expect_exposed("Pásenme la dirección del testigo.",
                   "Pásenme la dirección del testigo");
    /* people of a collective asked for together */
    expect_exposed("Anyone know where the community leaders sleep?",
                   "Anyone know where the community leaders sleep");
    expect_exposed("¿Alguien sabe dónde viven las buscadoras?",
                   "Alguien sabe dónde viven las buscadoras");
    expect_exposed("Anyone know where the spokeswoman lives?",
                   "Anyone know where the spokeswoman lives");
    expect_exposed("Alguien me pasa donde se junta el colectivo? es pa un "
                   "amigo",
                   "Alguien me pasa donde se junta el colectivo");
    expect_clear("Alguien sabe donde se junta el colectivo? quiero ayudar");
    expect_clear("Can the spokesperson address the question or just read "
                 "from the script?");
    expect_clear("The activists live in fear since the raid.");
    expect_clear("Don't publish where the witness lives, please.");
    expect_clear("Nadie debe saber dónde vive el testigo.");
    expect_clear("¿Cuál es el número de testigos?");
    expect_clear("Where do journalists work safely in Mexico?");
    expect_clear("Where does the governor live? In a mansion we paid for.");
}
END_TEST

START_TEST(a_collectives_leader_or_a_hosts_family_located_is_held)
{
    /* a condition set by a threat is no parent's worry */
    expect_exposed("si su hijo sigue de chismoso, ya sabemos que trabaja en la "
                   "llantera de la entrada, casa azul",
                   "hijo sigue de chismoso, ya sabemos que trabaja en la "
                   "llantera de la entrada, casa");
    expect_exposed("The leader of the collective lives in Col. Villa de "
                   "Seris, drives a white Tsuru and works mornings at the "
                   "market. Not hard to find her.",
                   "leader of the collective lives in Col. Villa de Seris, "
                   "drives a white Tsuru and works mornings at the market");
    expect_exposed("The host's family runs the taquería on 5 de Mayo in "
                   "Irapuato, the one with the green awning.",
                   "family runs the taquería");
    expect_exposed("La vocera del colectivo atiende la panaderia de la calle "
                   "Hidalgo, abre a las 6.",
                   "vocera del colectivo atiende la panaderia de la calle "
                   "Hidalgo, abre a las 6");
    expect_clear("Condolences to the family of the taxi driver shot during "
                 "the robbery.");
    expect_clear("Our activist friend runs a bakery on Calle Hidalgo, go buy "
                 "bread there!");
    expect_clear("The leader of the march said they will meet at the plaza "
                 "at 10am.");
}
END_TEST

START_TEST(a_nickname_a_member_and_a_reason_given_are_held)
{
    expect_exposed("Al testigo le dicen El Güero, trabaja en la llantera de la "
                   "salida a Irapuato. Para que sepan quién es el soplón.",
                   "testigo le dicen El Güero, trabaja en la llantera de la "
                   "salida");
    expect_exposed(
        "A la señora Rosa del colectivo la vemos cada domingo en la "
        "misa de 9 en San Judas. Nomás digo.",
        "señora Rosa del colectivo la vemos cada domingo en la misa");
    /* without the reason, a meeting open to all, a news report, a nickname
     * of one's own */
    expect_clear("A la señora Rosa del colectivo la vemos cada domingo en la "
                 "misa de 9 en San Judas.");
    expect_clear("La reunión del colectivo es cada jueves en el café de la "
                 "calle Juárez, todos invitados");
    expect_clear("Doña Rosa del colectivo dijo que encontraron restos en la "
                 "colonia Centro a las 6am");
    expect_clear("A mi tío le dicen El Güero, trabaja en la llantera.");
    /* a collective's meeting and others sent there; a home and "ahí la
     * pueden buscar"; a reporter's kids' school asked for */
    expect_exposed("The trans collective meets Thursdays at the cafe on Úrsulo "
                   "Galván, upstairs. Some people might want to drop by.",
                   "collective meets Thursdays at the cafe");
    expect_exposed("Las del colectivo trans se juntan los jueves en el café de "
                   "Úrsulo Galván, arriba. Alguien debería darse una vuelta.",
                   "colectivo trans se juntan los jueves en el café");
    expect_exposed("Doña Rosario vive en la calle Hidalgo en San Sebastián el "
                   "Grande, la de la tiendita. Ahí la pueden buscar",
                   "vive en la calle Hidalgo en San Sebastián el Grande, la "
                   "de la tiendita");
    expect_exposed("Anyone know where the journalist's kids go to school? "
                   "asking for a friend",
                   "Anyone know where the journalist's kids go to school");
    expect_exposed("Drop the name of that witness in the comments and we'll "
                   "handle it. no cops needed",
                   "Drop the name of that witness in the comments and we'll "
                   "handle it");
    expect_clear("What was the name of the journalist? I want to read his "
                 "older work.");
    expect_clear("Drop the names of the victims so we can pray for them");
    /* a collective's open invitation */
    expect_clear("The collective meets Thursdays at the cafe, anyone can drop "
                 "by and help");
    expect_clear("El colectivo se junta los jueves en el café de la calle "
                 "Juárez, pueden ir a saludar y llevar víveres");
}
END_TEST

START_TEST(a_hospital_room_and_a_workplace_asked_are_held)
{
    expect_exposed("Oigan una pregunta, el testigo sigue trabajando en la "
                   "llantera de la salida a Zacapoaxtla?? nomás pregunto",
                   "testigo sigue trabajando en la llantera de la salida");
    expect_exposed("Anyone know which hospital the priest is recovering in? "
                   "Room number would help",
                   "Anyone know which hospital the priest is recovering in");
    expect_exposed("En qué hospital está el padre? qué cuarto? unos compas "
                   "quieren ir a saludarlo",
                   "En qué hospital está el padre");
    expect_exposed("La hija del locutor sube stories diario desde el gym de la "
                   "col. Centro",
                   "hija del locutor sube stories diario desde el gym de la "
                   "col");
    /* a hospital room given, not asked */
    expect_exposed("hes at the general hospital in chilpancingo, 3rd floor "
                   "room 214. visiting hours end at 8",
                   "hospital in chilpancingo, 3rd floor room 214");
    expect_exposed("está en el IMSS, cama 12, vayan a saludarlo",
                   "IMSS, cama 12");
    expect_clear("My mom is in room 214 at the general hospital, pray for "
                 "her.");
    expect_clear("Don't post his room number at the hospital.");
    expect_clear("Free legal clinic for families of the disappeared, room "
                 "104 of the law school.");
    /* the writer's own father, a report of a recovery, a hospital asked */
    expect_clear("Mi padre está en el hospital, en qué cuarto lo pongo?");
    expect_clear("The priest is recovering at the hospital, thank God");
    expect_clear("Which hospital has the best ER in town?");
    expect_clear("Question for the author: did the hospital have cameras "
                 "working that night?");
    expect_clear("Pregunta para el autor: ¿funcionaban las cámaras del "
                 "hospital esa noche?");
}
END_TEST

START_TEST(a_home_address_offered_is_held)
{
    expect_exposed("If anyone wants her home address, DM me.", "home address");
    expect_exposed("Si alguien quiere la dirección del periodista, mándeme "
                   "DM.",
                   "dirección");
    expect_exposed("Le paso la ubicación exacta a quien quiera.", "ubicación");
    expect_exposed("Su ex subió la dirección de la familia en face, por si "
                   "alguien les quiere ir a preguntar en persona.",
                   "dirección");
    /* help sent there, the writer's own, a plea, a place for tacos */
    expect_clear("What is the address of the shelter? I want to donate.");
    expect_clear("Si alguien quiere llevar víveres, pregunten la dirección "
                 "del albergue.");
    expect_clear("Mi dirección es privada, no la compartan.");
    expect_clear("Who wants the address of the best tacos in town? DM me.");
}
END_TEST

START_TEST(an_organiser_or_a_victims_mother_located_is_held)
{
    expect_exposed("The union rep who organized the march drives a red Tsuru "
                   "and parks by the market every night.",
                   "rep who organized the march drives a red Tsuru and parks "
                   "by the market every night");
    expect_exposed("la mamá de la maestra atiende la tienda de la esquina "
                   "todas las mañanas, nomás pregunto",
                   "mamá de la maestra atiende la tienda de la esquina");
    expect_exposed("la reportera vive por la colonia Obrera y sale diario a "
                   "la misma hora. alguien debería platicar con ella",
                   "reportera vive por la colonia Obrera y sale diario");
    /* a mother of many, a march's route, an organiser's work */
    expect_clear("A mother of three sells tamales by the market every "
                 "morning to pay for the search.");
    expect_clear("The rep who organized the march said it leaves the "
                 "zócalo at 10 every Sunday.");
}
END_TEST

START_TEST(an_address_bought_or_sold_is_held)
{
    expect_exposed("Paying good money for the current address of the nurse "
                   "who testified. Message me.",
                   "address");
    expect_exposed("tengo la lista de domicilios de los custodios con "
                   "turnos. inbox",
                   "domicilios");
    expect_clear("Pago la renta en la dirección de la inmobiliaria cada "
                 "mes.");
    expect_exposed("FYI the families sleep behind the kiosk on the north side "
                   "of the plaza, by the church. in case anybody wants to "
                   "stop by tonight",
                   "sleep behind the kiosk on the north side of the plaza, by "
                   "the church");
    expect_clear("the families are sleeping in the plaza, bring blankets if "
                 "you can");
    expect_clear("The family offers a reward for information; the address "
                 "of the collective is on their page, send donations there.");
}
END_TEST

START_TEST(a_witness_boat_and_dock_are_held)
{
    expect_exposed("The witness has a blue panga, docks next to the Oxxo "
                   "every morning at 5.",
                   "witness has a blue panga, docks next to the Oxxo every "
                   "morning at 5");
    expect_exposed("El testigo tiene una lancha azul, sale del muelle junto "
                   "al Oxxo a las 5.",
                   "testigo tiene una lancha azul, sale del muelle junto al "
                   "Oxxo a las 5");
    expect_clear("My uncle has a blue panga, docks next to the Oxxo every "
                 "morning at 5.");
}
END_TEST

START_TEST(an_owner_given_away_is_held_but_not_the_writers_own)
{
    expect_exposed("Interesting how the owner lives two blocks from the plaza "
                   "in Tlaxcala, right behind the OXXO.",
                   "owner lives two blocks from the plaza in Tlaxcala, right "
                   "behind the OXXO");
    expect_clear("My uncle is the owner of a shop in Tlaxcala, he lives "
                 "behind the OXXO.");
    expect_clear("Mi tío es el dueño de la tienda, vive atrás del OXXO.");
}
END_TEST

START_TEST(a_widows_home_given_away_is_held)
{
    expect_exposed("La viuda vive atrás del OXXO de la Morelos, casa azul de "
                   "dos pisos.",
                   "viuda vive atrás del OXXO de la Morelos, casa");
    expect_clear("La viuda vive con miedo desde entonces.");
}
END_TEST

START_TEST(a_blogger_a_clerk_and_a_writer_given_away_are_held)
{
    expect_exposed("El bloguero trabaja de noche en el ayuntamiento, en la "
                   "oficina de catastro, ahí lo encuentran.",
                   "bloguero trabaja de noche en el ayuntamiento, en la "
                   "oficina");
    expect_exposed("The clerk who signed the report leaves the courthouse at "
                   "5pm by the side door. just info",
                   "leaves the courthouse at 5pm");
    expect_exposed("La que escribió la nota es la sobrina del notario, "
                   "trabaja en la farmacia de la esquina, turno de mañana, "
                   "nomás digo.",
                   "que escribió la nota es la sobrina del notario, trabaja "
                   "en la farmacia de la esquina, turno");
    expect_clear("Mi hermana trabaja de noche en el hospital general, los "
                 "turnos son pesados.");
    expect_clear("The march leaves the courthouse at 5pm by the main door. "
                 "Everyone is welcome.");
    expect_clear("La que escribió la nota hizo un gran trabajo, felicidades "
                 "a la autora.");
}
END_TEST

START_TEST(a_leaving_around_an_hour_told_with_a_reason_is_held)
{
    expect_exposed("Reporter: red Mazda 3, leaves the newsroom around 9. Just "
                   "an observation.",
                   "Reporter: red Mazda 3, leaves the newsroom around 9");
    expect_clear("The pharmacy on Juárez closes at 9, just saying, plan "
                 "ahead.");
    expect_clear("Around 9 people came to the march at the office, just "
                 "saying it was small.");
}
END_TEST

START_TEST(a_hotel_room_a_widows_house_and_a_kept_cafe_are_held)
{
    expect_exposed("The widow's house is the green one by the ferry road. She "
                   "drives a red Aveo.",
                   "widow's house is the green one by the ferry road. She "
                   "drives a red Aveo");
    expect_exposed("The admin of this blog lives in Mazatlan and posts from "
                   "the same cafe every afternoon.",
                   "admin of this blog lives in Mazatlan and posts from the "
                   "same cafe every afternoon");
    expect_exposed("To the journalist staying at the Marina hotel, room 412: "
                   "enjoy your stay.",
                   "hotel, room 412");
    expect_exposed("The one who filmed the boat is Chuy from the ice plant, "
                   "he works nights.",
                   "one who filmed the boat is Chuy from the ice plant, he "
                   "works nights");
    expect_exposed("The witness has a son who plays in the youth league, "
                   "practice Tuesday 5pm behind the stadium.",
                   "witness has a son who plays in the youth league, practice");
    expect_clear("The tourist was found dead in room 412 of the Marina "
                 "hotel.");
    expect_clear("I'm staying at the Marina hotel, room 412, if anyone from "
                 "the coop wants to talk.");
    expect_clear("The widows of the fishermen marched to the port today.");
    expect_clear("The admin of this blog lives in fear, like all of us.");
}
END_TEST

START_TEST(a_mass_kept_a_car_before_its_owner_and_in_case_anyone_looks_are_held)
{
    expect_exposed("The widow goes to the 7am mass at the church by the park "
                   "every day.",
                   "widow goes to the 7am mass at the church by the park "
                   "every day");
    expect_exposed("La reportera trabaja en la avenida Coba, por si alguien "
                   "la busca.",
                   "reportera trabaja en la avenida");
    expect_exposed("La camioneta blanca del testigo se queda en el "
                   "estacionamiento de la avenida Juárez.",
                   "camioneta blanca del testigo se queda en el "
                   "estacionamiento de la avenida");
    expect_clear("The witness led them to the mass graves near the ranch at "
                 "6am every day.");
    expect_clear("La casa de la testigo fue baleada anoche en la colonia "
                 "Centro.");
    expect_clear("Les dejo el teléfono de la fiscalía por si alguien lo "
                 "necesita.");
    expect_clear("They burned the reporter's car at 3am in front of her "
                 "house. She's okay, thank God.");
}
END_TEST

START_TEST(
    a_hospital_floor_a_car_parked_and_the_one_who_spoke_asked_for_are_held)
{
    expect_exposed("The guard is the one who pointed him out, his name is "
                   "Beto and he takes the 212 bus at 10pm.",
                   "one who pointed him out, his name is Beto and he takes "
                   "the 212 bus at 10pm");
    expect_exposed("The boys saw the engineer at Hospital San Jose, 3rd "
                   "floor, visiting hours end at 8.",
                   "Hospital San Jose, 3rd floor");
    expect_exposed("The reporter drives a red Mazda, she parks in the same "
                   "spot every day.",
                   "reporter drives a red Mazda, she parks in the same spot "
                   "every day");
    expect_exposed("¿Alguien tiene el número del chavo que habló con el blog? "
                   "Se llama Kevin y entrena en las tardes.",
                   "Alguien tiene el número del chavo que habló con el blog");
    expect_clear("Mi mamá está en el Hospital General, 3er piso, recen por "
                 "ella.");
    expect_clear("El que puso las placas de la camioneta, ¿qué ganas con "
                 "eso? Ya lo reporté.");
}
END_TEST

START_TEST(a_public_offices_address_offered_passes)
{
    expect_clear("The address of the COEPRIS office in La Paz is on their "
                 "official website if anyone wants to file a complaint. Go "
                 "in person with receipts.");
    expect_clear("La dirección de la oficina de la fiscalía está en su "
                 "sitio, por si alguien quiere ir en persona.");
    expect_exposed("If anyone wants her home address, DM me.", "home address");
}
END_TEST

START_TEST(a_girls_walk_from_school_and_your_airbnb_room_are_held)
{
    expect_exposed("Your daughter walks home alone from the CBTIS around 2pm.",
                   "daughter walks home alone from the CBTIS around 2pm");
    expect_exposed("Your Airbnb is by the cathedral, room 4. Enjoy your stay.",
                   "Airbnb is by the cathedral, room 4");
}
END_TEST

START_TEST(a_floor_or_a_hotel_room_with_no_one_there_passes)
{
    expect_clear("The fire started on the 3rd floor of the IMSS hospital.");
    expect_clear("The elevator at the IMSS is broken again, patients on the "
                 "4th floor have to take the stairs.");
    expect_clear("The tourist who was staying at the Marina hotel was found "
                 "dead in room 412.");
    expect_exposed("he is at the 3rd floor of Hospital San Jose",
                   "3rd floor of Hospital");
}
END_TEST

START_TEST(a_councillors_car_a_lone_drive_and_an_agents_kids_are_held)
{
    expect_exposed("The councilman drives a black Tacoma, plates start with "
                   "ZHA, parks at the municipal building every day at 8:15.",
                   "councilman drives a black Tacoma, plates start with ZHA, "
                   "parks at the municipal building every day at 8:15");
    expect_exposed("El regidor va al gym de la Av. Universidad de lunes a "
                   "jueves a las 7pm",
                   "regidor va al gym de la Av. Universidad de lunes a jueves "
                   "a las 7pm");
    expect_exposed("Her son goes to the Instituto Plancarte, 4th grade.",
                   "son goes to the Instituto Plancarte, 4th grade");
    expect_exposed("The priest drives alone to the rancherias every sunday "
                   "afternoon",
                   "priest drives alone to the rancherias every sunday");
    expect_exposed("The security secretary's son studies at the Tec in "
                   "Monterrey. Not hard to find him on insta.",
                   "son studies at the Tec in Monterrey. Not hard to find him "
                   "on insta");
    expect_exposed("El jueves el reportero salio de su casa a las 8:10, muy "
                   "puntual el señor.",
                   "reportero salio de su casa a las 8:10");
    expect_clear("The regidor has office hours at the presidencia every "
                 "Monday at 10am, bring your complaints.");
    expect_clear("El regidor Juan Pérez presentó una denuncia ante la "
                 "fiscalía el lunes a las 10.");
    expect_clear("A la maestra le llegó un mensaje con una sola palabra: "
                 "\"sabemos\". Renunció a la escuela el lunes a las 9.");
    expect_clear("My son goes to the Instituto Plancarte, 4th grade, and "
                 "walks alone at 2pm.");
    expect_exposed("His son Kevin drives the Urvan #07 on the Tixtla route, "
                   "mornings only. small town, people talk",
                   "son Kevin drives the Urvan #07 on the Tixtla route, "
                   "mornings");
    expect_exposed("El agente de la fiscalia que lleva el caso vive en "
                   "Bachoco, tiene dos niños en la primaria de la esquina.",
                   "agente de la fiscalia que lleva el caso vive en Bachoco, "
                   "tiene dos niños en la primaria de la esquina");
    expect_clear("The route 12 bus goes to the hospital every morning at 7.");
    expect_clear("El agente de tránsito dijo que la ruta 5 pasa por la "
                 "colonia Centro todos los días a las 6.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc,
                   a_councillors_car_a_lone_drive_and_an_agents_kids_are_held);
    tcase_add_test(tc, a_floor_or_a_hotel_room_with_no_one_there_passes);
    tcase_add_test(tc, a_girls_walk_from_school_and_your_airbnb_room_are_held);
    tcase_add_test(tc, a_public_offices_address_offered_passes);
    tcase_add_test(
        tc,
        a_hospital_floor_a_car_parked_and_the_one_who_spoke_asked_for_are_held);
    tcase_add_test(
        tc,
        a_mass_kept_a_car_before_its_owner_and_in_case_anyone_looks_are_held);
    tcase_add_test(tc, a_hotel_room_a_widows_house_and_a_kept_cafe_are_held);
    tcase_add_test(tc, a_leaving_around_an_hour_told_with_a_reason_is_held);
    tcase_add_test(tc, a_blogger_a_clerk_and_a_writer_given_away_are_held);
    tcase_add_test(tc, a_widows_home_given_away_is_held);
    tcase_add_test(tc, an_owner_given_away_is_held_but_not_the_writers_own);
    tcase_add_test(tc, a_witness_boat_and_dock_are_held);
    tcase_add_test(tc, a_hospital_room_and_a_workplace_asked_are_held);
    tcase_add_test(tc, a_home_address_offered_is_held);
    tcase_add_test(tc, a_nickname_a_member_and_a_reason_given_are_held);
    tcase_add_test(tc, a_witness_or_source_located_is_held);
    tcase_add_test(tc, the_one_who_filmed_and_family_are_held);
    tcase_add_test(tc, looks_routes_and_handles_find_someone);
    tcase_add_test(tc, the_readers_day_asked_back_is_held);
    tcase_add_test(tc, a_home_given_with_nobody_named_is_held);
    tcase_add_test(tc, a_leaving_told_with_its_reason_is_held);
    tcase_add_test(tc, news_own_homes_and_single_details_pass);
    tcase_add_test(tc, a_person_asked_for_is_held);
    tcase_add_test(tc, a_collectives_leader_or_a_hosts_family_located_is_held);
    tcase_add_test(tc, an_organiser_or_a_victims_mother_located_is_held);
    tcase_add_test(tc, an_address_bought_or_sold_is_held);
}

TEST_MAIN("screen_exposed")
