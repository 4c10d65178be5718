/*
 * test_screen_exposed.c - a private person given away in words
 * (src/screen/exposed.c) through screen_check with no model: a witness,
 * a source, the one who filmed, the reporter or their family, with where
 * they live, work or study, their name, their car, the hours they keep
 * or that they go alone, is held as doxxing from
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
    /* children in general are no one's to find; someone's are */
    expect_clear("Some kids bullied my friend on the bus and the driver did "
                 "nothing.");
    expect_exposed("Kids get picked up at 2:30 by the grandma in a red "
                   "Tsuru.",
                   "Kids get picked up at 2:30 by the grandma in a red Tsuru");
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
START_TEST(a_routine_told_with_a_pointer_is_held)
{
    expect_exposed("El esposo de la licenciada sale del ingenio a las 11, "
                   "camino largo y oscuro eh",
                   "sale del ingenio a las 11");
    expect_exposed("Rigo drives the Renacimiento route, usually alone after "
                   "10pm. Interesting.",
                   "drives the Renacimiento route, usually alone after 10pm");
    expect_exposed("Aviso a la comunidad: la muchacha del podcast entrena "
                   "sola en la Unidad Revolución martes y jueves a las 8pm. "
                   "Ya saben.",
                   "entrena sola en la Unidad Revolución martes y jueves a "
                   "las 8pm");
    expect_exposed("Muy valientes para denunciar, pero a las 6 de la mañana "
                   "cuando salen a ordeñar están solitos",
                   "6 de la mañana cuando salen");
    expect_exposed("A las 6:30 de la mañana cuando salen a ordeñar, solitos.",
                   "6:30 de la mañana cuando salen");
    expect_exposed("Toma el camión de las 7:20 en la esquina de Juárez y "
                   "Allende, siempre con audífonos. Muy distraída.",
                   "Toma el camión de las 7:20");
    /* a reviewer's, written blind */
    expect_exposed("La testigo toma el camion de las 6:20 en la parada del "
                   "mercado, ya saben.",
                   "testigo toma el camion de las 6:20 en la parada del "
                   "mercado");
    expect_exposed("He takes the last combi out of downtown, 9:45pm, sits in "
                   "the back on his phone. Easy to spot.",
                   "takes the last combi out of downtown, 9:45pm");
    /* a timetable, advice, a habit told of one's own */
    expect_clear("The bus to Mexicali leaves at 6, btw, tickets at the "
                 "station.");
    expect_clear("Ya saben cómo es, mi tía sale a las 6 a trabajar.");
    expect_clear("Tortilleria owners, please don't open alone at 5 am.");
}
END_TEST

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

START_TEST(a_lone_drive_and_an_urvan_route_are_held)
{
    expect_exposed("The priest drives alone to the rancherias every sunday "
                   "afternoon",
                   "priest drives alone to the rancherias every sunday");
    expect_exposed("His son Kevin drives the Urvan #07 on the Tixtla route, "
                   "mornings only. small town, people talk",
                   "son Kevin drives the Urvan #07 on the Tixtla route, "
                   "mornings");
    expect_clear("A la maestra le llegó un mensaje con una sola palabra: "
                 "\"sabemos\". Renunció a la escuela el lunes a las 9.");
    expect_clear("My son goes to the Instituto Plancarte, 4th grade, and "
                 "walks alone at 2pm.");
    expect_clear("The route 12 bus goes to the hospital every morning at 7.");
}
END_TEST

START_TEST(councillors_agents_schools_and_timetables_in_ordinary_words_pass)
{
    expect_clear("The councilwoman holds office hours every Tuesday at 6pm "
                 "at the Eastside library, I went last week and she "
                 "actually listened.");
    expect_clear("Councillor Ramírez drives a city-owned Tahoe to the "
                 "office every morning while we can't get a single pothole "
                 "fixed.");
    expect_clear("El regidor de Obras llega todos los días en una Suburban "
                 "del municipio a las 10 de la mañana, mientras los baches "
                 "siguen igual.");
    expect_clear("La regidora Martha atiende en su oficina del Ayuntamiento "
                 "los lunes y miércoles a las 10, lleven su INE y copia del "
                 "recibo del agua.");
    expect_clear("Regidor Pérez is named in the audit. His office is at "
                 "city hall, second floor, if you want to file a complaint "
                 "go in person.");
    expect_clear("La regidora va todos los domingos a misa de 12 en la "
                 "parroquia de San José, como cualquier vecina, eso habla "
                 "bien de ella.");
    expect_clear("Councilwoman Ortiz walks her dog every evening in Parque "
                 "Hidalgo and says hi to everyone, a good neighbour.");
    expect_clear("La regidora Ana López trabaja en la presidencia municipal "
                 "y da asesoría gratis los viernes a las 5pm, datos nomás "
                 "para quien lo necesite.");
    expect_clear("The councilman's son plays for the Tigres youth team "
                 "every Saturday at 9am at the university field, the dad "
                 "posts it all the time.");
    expect_clear("The councillor's son works at the city water office since "
                 "January, pure nepotism.");
    expect_clear("El regidor de Salud trabaja en el Instituto Municipal de "
                 "la Mujer los martes a las 5pm, ahí dan talleres gratis, "
                 "muy recomendables.");
    expect_clear("The councilor who voted against the budget is named in "
                 "the article. She drives a Prius and bikes to work on "
                 "Fridays, good for her.");
    expect_clear("El regidor es Juan Carlos Méndez, del PAN, trabaja en la "
                 "comisión de seguridad, búsquenlo en la página del "
                 "Ayuntamiento.");
    expect_clear("El agente de tránsito de la esquina de Juárez y Madero se "
                 "pone todas las mañanas a las 7 a pedir mordida, ya todos "
                 "lo conocemos.");
    expect_clear("El agente del Ministerio Público de la colonia Centro "
                 "atiende de lunes a viernes a las 9, hay que llevar copia "
                 "de todo.");
    expect_clear("Mi primo es agente de ventas y trabaja en la planta de "
                 "Nissan en Aguascalientes, turno de noche.");
    expect_clear("El agente aduanal trabaja en el puerto de Veracruz desde "
                 "hace 20 años, todos los días a las 6 ya está en la aduana.");
    expect_clear("El agente de seguros que nos vendió la póliza se llama "
                 "Roberto, trabaja en la oficina de GNP de la avenida "
                 "Chapultepec y nunca contesta.");
    expect_clear("El agente de la Guardia Nacional que nos ayudó en la "
                 "carretera se llama Luis, iba en la patrulla 1234, muy "
                 "amable, gracias.");
    expect_clear("The agent who handled my visa appointment works at the "
                 "consulate on Paseo de la Reforma, very punctual and "
                 "polite.");
    expect_clear("El agente de bienes raíces es Pedro Salas, trabaja en la "
                 "oficina de la calle Hidalgo, muy honesto, se los "
                 "recomiendo.");
    expect_clear("El agente del INM trabaja en la estación migratoria de "
                 "Tapachula, turno de la mañana, y fue el único que nos "
                 "trató bien.");
    expect_clear("El agente que atendió mi denuncia es don Rigo, trabaja en "
                 "la fiscalía de la colonia Centro desde hace años, un "
                 "señor muy amable.");
    expect_clear("My grandpa still drives alone to the ranch every Sunday "
                 "at 6am, he's 84 and won't listen to anybody.");
    expect_clear("Mi abuela camina solita al mercado todas las mañanas a "
                 "las 8, y ya tiene 90 años.");
    expect_clear("The teacher walks alone to the bus stop every night after "
                 "class, the school needs better lighting on that street.");
    expect_clear("Doña Lupe atiende la tiendita solita desde que murió su "
                 "esposo, abre a las 7 y cierra a las 10, échenle la mano "
                 "comprando ahí.");
    expect_clear("My son's coach drives alone to every away game in his old "
                 "Corolla, the league should pay for a van.");
    expect_clear("Ese perrito anda solito en la calle Morelos desde el "
                 "martes, tiene collar rojo, si es suyo pasen por él.");
    expect_clear("Nobody should have to walk alone at night on Calle "
                 "Hidalgo, the streetlights have been out for months.");
    expect_clear("The reporter drove alone to the sierra every Sunday for "
                 "two years to get this story. Brave woman.");
    expect_clear("La maestra se queda solita en la escuela hasta las 8 de "
                 "la noche calificando, ojalá le pagaran las horas extra.");
    expect_clear("El señor de los elotes está solito en la esquina de la "
                 "plaza todas las noches, cómprenle, es muy trabajador.");
    expect_clear("El hijo de la maestra estudia en el Instituto Politécnico "
                 "Nacional y ganó el premio de robótica, felicidades a la "
                 "familia.");
    expect_clear("The reporter studied at the Instituto Tecnológico de "
                 "Monterrey and works at the Milenio office there now, "
                 "great career.");
    expect_clear("La reportera de Canal 44 es egresada del Instituto "
                 "Tecnológico de Ciudad Juárez, trabaja en la cabina todas "
                 "las noches, qué orgullo.");
    expect_clear("El agente del Instituto Nacional de Migración que atendió "
                 "a los migrantes en la estación de Tapachula fue muy "
                 "amable, turno de la mañana.");
    expect_clear("Mi sobrina estudia en el Instituto Juárez, 2do de "
                 "secundaria, y le encanta.");
    expect_clear("The priest teaches at the Instituto Cervantes every "
                 "Wednesday evening, the best history classes in town.");
    expect_clear("El padre Ignacio da clases en el Instituto Patria los "
                 "miércoles en la tarde, mis hijos lo adoran.");
    expect_clear("La hija del periodista ganó la olimpiada de matemáticas, "
                 "estudia en el Instituto Plancarte, qué orgullo para "
                 "Zamora.");
    expect_clear("The mayor's son works at the state water office now, "
                 "nepotism as usual.");
    expect_clear("The governor's son studies at a private school in Houston "
                 "while our schools have no water.");
    expect_clear("Los 90's son la mejor época, cuando la Urvan de la ruta 3 "
                 "pasaba por la colonia cada 10 minutos.");
    expect_clear("Los Oxxo's son asaltados cada semana en la colonia "
                 "Centro, todos los viernes a las 11 pm, ya pongan "
                 "vigilancia.");
    expect_clear("The coach's son plays for Chivas now, started in the "
                 "youth team at the Verde Valle field every Saturday. Proud "
                 "moment for the neighbourhood.");
    expect_clear("The reporter's son graduated from the Instituto "
                 "Tecnológico last week, congrats to the whole family!");
    expect_clear("The councilwoman's son works at the Oxxo on Calle Juárez, "
                 "nights, and he's the nicest kid ever.");
    expect_clear("Mrs. García's son drives the Urvan on route 12, always "
                 "waits for the elderly, a real gentleman.");
    expect_clear("The priest's son? He's a priest, they don't have sons "
                 "lol. The padre works at the San Juan church since 1990.");
    expect_clear("The teacher's son studies at the same school, 5th grade, "
                 "and won the spelling bee, congrats!");
    expect_clear("My neighbor's son works at the Pemex station on Calle "
                 "Morelos every night, he's saving for college.");
    expect_clear("Interesting info, thanks. The mayor said the new clinic "
                 "on Calle Morelos opens every day at 8am.");
    expect_clear("Interesting info! The reporter works at El Norte, I read "
                 "her column every Sunday.");
    expect_clear("Datos nomás: la ruta 12 sale de la Central a las 5:30 am "
                 "y la última pasa a las 10 pm.");
    expect_clear("Thought this was worth sharing: the councillor has open "
                 "office hours every Thursday at 4pm at City Hall.");
    expect_clear("Worth sharing: the Urvan to Tixtla leaves at 6am from the "
                 "terminal, 35 pesos.");
    expect_clear("El camión de la basura es muy puntual, pasa todos los "
                 "martes a las 7 por la calle Hidalgo.");
    expect_clear("El doctor del IMSS es muy puntual, consulta a las 8 en "
                 "punto en el consultorio 4, ojalá todos fueran así.");
    expect_clear("The priest is very punctual, mass starts at 7am sharp "
                 "every Sunday at San Juan church.");
    expect_clear("Very punctual service, the Urvan left the terminal at "
                 "6:15 on the dot.");
    expect_clear("La Urvan de la ruta 5 sale a las 6am de la terminal, muy "
                 "puntual, nunca falla.");
    expect_clear("El microbús de Tlalpan sale a las 5:30 de la base, muy "
                 "puntual el chofer.");
    expect_clear("Datos nomás, la maestra de 3ro trabaja en la escuela "
                 "desde 1998, 25 años dando clases, merece un homenaje.");
    expect_clear("Worth sharing: the reporter who broke this story gives a "
                 "talk at the Instituto Cultural on Friday at 7pm. Free "
                 "entry.");
    expect_clear("The reporter is very punctual, her newscast starts at 7am "
                 "every day on Channel 5.");
    expect_clear("La reportera es muy puntual, su noticiero empieza a las 7 "
                 "am todos los días en el canal 5, la mejor.");
    expect_clear("El tren sale de la estación a las 6:40, muy puntual, "
                 "mejor que el ADO.");
    expect_clear("Interesting info. My daughter's teacher works at the same "
                 "school since 2005.");
    expect_clear("Muy puntual el análisis. El regidor trabaja en la "
                 "comisión de Hacienda y nunca rinde cuentas.");
    expect_clear("Very punctual reporting as always. The witness testimony "
                 "was the key to the case.");
    expect_clear("Worth sharing with everyone in the colonia: the water "
                 "truck comes every Tuesday at 10am to Calle Pino.");
    expect_clear("La Urvan de la ruta 12 pasa por la colonia Obrera cada 20 "
                 "minutos desde las 5am, ya no es como antes.");
    expect_clear("My cousin drives an Urvan on the Chilpancingo–Tixtla "
                 "route, mornings only, says business is down since the "
                 "shootings.");
    expect_clear("Ojalá revisen las Urvan de la ruta Chilpancingo-Chilapa, "
                 "van a exceso de velocidad todos los días a las 7.");
    expect_clear("El microbús de la ruta 43 se para en la esquina de Eje 3 "
                 "todas las mañanas y tapa todo el tránsito.");
    expect_clear("Yo tomo el microbús de Tlalpan a las 6am todos los días, "
                 "y hoy no pasó ninguno por el paro.");
    expect_clear("El chofer de la Urvan de la ruta 7 es bien amable, "
                 "siempre espera a los abuelitos, se llama don Beto.");
    expect_clear("The teacher takes the microbus every morning at 6:30 from "
                 "Indios Verdes, two hours each way, respect.");
    expect_clear("La maestra de mi hijo se viene en Urvan desde Tixtla "
                 "todos los días, sale a las 5am, qué dedicación.");
    expect_clear("The witness said the men arrived in a white Urvan around "
                 "11pm and left toward the highway.");
    expect_clear("Los colectivos de Urvan en Chilpancingo dejaron de "
                 "circular el lunes por las amenazas, ojalá vuelva la "
                 "normalidad pronto.");
    expect_clear("La señora del colectivo de madres buscadoras vende "
                 "tamales en la Urvan de la ruta 3, apóyenla si la ven.");
    expect_clear("The reporter rode the microbus on route 57 every morning "
                 "for a week for this story, great piece.");
    expect_clear("Los 80's son la mejor música, la ponen en la Urvan de la "
                 "ruta 4 todas las mañanas y nadie se queja.");
    expect_clear("Los DVD's son cosa del pasado, ahora todo es streaming, "
                 "hasta la misa del domingo a las 12 la pasan en Facebook.");
    expect_clear("Who's son is that kid? He plays at the cancha of Colonia "
                 "Juárez every afternoon and he's amazing, someone sign him.");
    expect_clear("Don Pepe's son took over the bakery on Calle Allende, "
                 "same recipes, open every day at 6am. Go support them!");
    expect_clear("The Martínez family's son just opened a taquería on Calle "
                 "Hidalgo, open every night, the pastor is amazing.");
    expect_clear("The bishop's son? No, that was the organist's son, he "
                 "plays at the cathedral every Sunday at noon, beautiful.");
    expect_clear("Mr. Lopez's son teaches at the same school where his "
                 "father taught for 30 years, 4th grade, what a legacy.");
    expect_clear("The councilman's office is on the 2nd floor of City Hall, "
                 "open weekdays at 9am, call before you go.");
    expect_clear("La regidora vive en la colonia como todos, en la misma "
                 "calle que yo, y nunca ha hecho nada por el drenaje.");
    expect_clear("Councilwoman Reyes lives in District 4, on the same "
                 "street as the park they refuse to fix, ironic.");
    expect_clear("El regidor trabaja en el DIF los sábados en la mañana "
                 "repartiendo despensas, por lo menos hace algo.");
    expect_clear("The councillor runs a taquería on Calle Madero, open "
                 "every night till 11, best al pastor in town, and still "
                 "finds time for council.");
    expect_clear("El agente investigador nos atendió en la agencia del MP "
                 "de la avenida Juárez a las 3 de la tarde y tardó 6 horas, "
                 "pésimo servicio.");
    expect_clear("Mi esposo es agente de la policía municipal, trabaja en "
                 "la base de la colonia Centro, turno nocturno, y nadie les "
                 "paga las horas extra.");
    expect_clear("Agente de tránsito en la esquina de Insurgentes y Felix "
                 "Cuevas todos los días a las 8 am, ahí nomás pide la "
                 "mordida, cuidado.");
    expect_clear("My dad is 80 and still walks alone to the market every "
                 "morning at 7, the doctor says it keeps him alive.");
    expect_clear("Mi papá va solito a sus diálisis al IMSS los lunes, "
                 "miércoles y viernes a las 6 am, en camión, un guerrero.");
    expect_clear("The nurse drives alone to the rural clinic every Monday, "
                 "an hour each way, nurses deserve a raise.");
    expect_clear("El maestro de la telesecundaria sube solito a la sierra "
                 "cada lunes a las 5 am, tres horas caminando, respeto "
                 "total.");
    expect_clear("The witness traveled alone to testify in Mexico City, the "
                 "article says the state gave her no protection, shameful.");
    expect_clear("Mis hijos estudian en el Instituto Tepeyac, 5to de "
                 "primaria, y la escuela ni cámaras tiene, ojalá el "
                 "municipio ponga atención.");
    expect_clear("El hijo de don Chuy estudia en el Instituto Tecnológico "
                 "de Culiacán, ingeniería, trabaja los sábados en el taller "
                 "de su papá.");
    expect_clear("The reporter's daughter teaches at the Instituto Allende "
                 "in San Miguel, painting classes on Saturdays, highly "
                 "recommend.");
    expect_clear("La maestra que ganó el premio trabaja en el Instituto "
                 "Hidalguense, turno matutino, felicidades maestra Lupita.");
    expect_clear("Very punctual man, my grandfather. He opened his shop on "
                 "Calle Morelos every day at 7am for 50 years. Rest in "
                 "peace.");
    expect_clear("El señor es muy puntual, siempre abre la panadería a las "
                 "6 am, ojalá sigan así las cosas en la colonia.");
    expect_clear("Datos nomás para los que van al estadio: el microbús de "
                 "la ruta 22 sale de la glorieta a las 4 pm directo al "
                 "estadio.");
    expect_clear("Worth sharing: the teacher who won the national award "
                 "works at Primaria Benito Juárez, 3rd grade, in Colonia "
                 "Centro.");
    expect_clear("La combi y la Urvan de la ruta 8 salen de la terminal a "
                 "las 5 am, muy puntuales, no como el metro.");
    expect_clear("Mañana no hay servicio de microbús en la ruta 18, datos "
                 "nomás para que se organicen, salen a las 6 los de la ruta "
                 "20.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(
        tc, councillors_agents_schools_and_timetables_in_ordinary_words_pass);
    tcase_add_test(tc, a_lone_drive_and_an_urvan_route_are_held);
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
    tcase_add_test(tc, a_routine_told_with_a_pointer_is_held);
    tcase_add_test(tc, news_own_homes_and_single_details_pass);
    tcase_add_test(tc, a_person_asked_for_is_held);
    tcase_add_test(tc, a_collectives_leader_or_a_hosts_family_located_is_held);
    tcase_add_test(tc, an_organiser_or_a_victims_mother_located_is_held);
    tcase_add_test(tc, an_address_bought_or_sold_is_held);
}

TEST_MAIN("screen_exposed")
