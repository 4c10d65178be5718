/*
 * test_screen_dehumanise.c - the grammar of dehumanising talk
 * (src/screen/dehumanise.c) through screen_check with no model: a people
 * called a pest or "not human", or a vice said of a whole people
 * ("Hondurans are all thieves"), in words no list spells out is held as
 * identity_hate with its words highlighted; a defence of the same people,
 * their living conditions, criminals or officials called names, and
 * quotations are not.
 */
#include "screen_expect.h"

/* Held as identity_hate, with a span over exactly span. */
START_TEST(a_people_called_a_pest_is_held)
{
    expect_hate("Los guatemaltecos son una plaga que infecta Chiapas.",
                "guatemaltecos son una plaga");
    expect_hate("Haitians are nothing but vermin.",
                "Haitians are nothing but vermin");
    expect_hate("los migrantes del albergue son puras ratas",
                "migrantes del albergue son puras ratas");
    expect_hate("Los judíos no son más que parásitos.",
                "judíos no son más que parásitos");
    expect_hate("La caravana es una infestación.",
                "caravana es una infestación");
    expect_hate("Hondurans breed like rats.", "Hondurans breed like rats");
    expect_hate("los oaxacos se reproducen como conejos",
                "oaxacos se reproducen como conejos");
    expect_hate("Indians from the sierra are barely human, no wonder.",
                "Indians from the sierra are barely human");
    expect_hate("Esos hondureños no son personas, son animales.",
                "hondureños no son personas");
    expect_hate("Migrants aren't human.", "Migrants aren't human");
    expect_hate("What are they good for? Migrants are rats.",
                "Migrants are rats");
    /* written to get past a filter */
    expect_hate("los m1grantes son r4tas", "m1grantes son r4tas");
    /* an equals sign for the verb, a pest as an emoji */
    expect_hate("Migrants = 🐀🐀🐀 and this blog defends them.", "Migrants = 🐀");
    expect_hate("Migrantes = ratas, despierten.", "Migrantes = ratas");
    expect_hate("Los haitianos son 🪳", "haitianos son 🪳");
    expect_clear("Migrants = 30% of the town's workers.");
    expect_clear("Migrantes = personas, no números.");
    expect_clear("Migrants are not 🐀, they are people.");
    /* a people named with "people", "families", "comunidades" */
    expect_hate("Haitian people are animals.", "Haitian people are animals");
    expect_hate("Indigenous communities are backward savages, no wonder.",
                "Indigenous communities are backward savages");
    expect_hate("Los chinos son una peste.", "chinos son una peste");
    expect_hate("La gente indígena es una plaga.",
                "gente indígena es una plaga");
    expect_clear("Haitian people are not animals.");
    expect_clear("Honduran families are fleeing the violence.");
    expect_clear("The police treat Haitian people like animals.");
    /* a people set equal to crime, called violent by birth, a burden */
    expect_hate("Black ppl and Haitians = crime, always has been.",
                "Haitians = crime");
    expect_hate("Venezuelans are genetically violent, that's science.",
                "Venezuelans are genetically violent");
    expect_hate("Las comunidades indígenas son un lastre.",
                "comunidades indígenas son un lastre");
    expect_clear("Migrants are violent crime victims more often than not.");
    expect_clear("Migrants = crime victims, says the report.");
    expect_clear("Migrants are not violent.");
    /* a vice born in the blood */
    expect_hate("Dejaron que los haitianos se instalen, traen la violencia "
                "en la sangre.",
                "haitianos se instalen, traen la violencia en la sangre");
    expect_hate("Hondurans, crime is in their blood.",
                "Hondurans, crime is in their blood");
    expect_clear("Los mexicanos traen la música en la sangre.");
    expect_clear("Los haitianos no traen la violencia en la sangre.");
}
END_TEST

START_TEST(a_pest_named_with_a_people_is_held)
{
    expect_hate("These Central American cockroaches flood the south.",
                "American cockroaches");
    expect_hate("Esas cucarachas centroamericanas invaden el sur.",
                "cucarachas centroamericanas");
    expect_hate("Los indios son casi animales.", "indios son casi animales");
    expect_clear("No son ratas hondureñas, son personas.");
    expect_clear("El ganado hondureño entra por Chiapas.");
    expect_clear("Mexican cattle prices fell again.");
    /* trash only where the two end their clause; the hold a slander of
     * the Jews invents may stand between */
    expect_hate("Honduran trash. All of them.", "Honduran trash");
    expect_hate("Pura basura hondureña.", "basura hondureña");
    expect_clear("Honduran trash collectors went on strike.");
    expect_clear("La basura hondureña que llega a las playas.");
    /* dirt said of a people, the pair a clause of its own; a faith is a
     * people */
    expect_hate("Dirty Hondurans", "Dirty Hondurans");
    expect_hate("Venezuelan trash everywhere in CDMX smh", "Venezuelan trash");
    expect_hate("another migrant infestation", "migrant infestation");
    expect_hate("Los transexuales son depravados.",
                "transexuales son depravados");
    expect_hate("Mugrosos hondureños, eso son.", "Mugrosos hondureños");
    expect_hate("esas ratas catrachas nomas traen violencia",
                "ratas catrachas");
    expect_clear("Los catrachos ganaron el partido anoche.");
    expect_hate("Catholic scum.", "Catholic scum");
    expect_clear("The dirty migrants' clothes were washed by volunteers.");
    expect_clear("Stop calling them dirty Hondurans.");
    expect_hate("Jewish media scum at it again.", "Jewish media scum");
    expect_clear("Mexican media scum never report it.");
    /* a race or a species called inferior */
    expect_hate("Los indígenas son una raza inferior.",
                "indígenas son una raza inferior");
    expect_clear("Los mexicanos son una raza de bronce, decía el poema.");
}
END_TEST

START_TEST(defences_conditions_and_other_targets_pass)
{
    expect_clear("Migrants are not animals, they are people.");
    expect_clear("Los migrantes no son una plaga, son personas que huyen.");
    expect_clear("Dicen que los barcos trajeron la peste en 1348.");
    expect_clear("The migrants were treated like animals at the station.");
    expect_clear("Los migrantes viven como animales en ese albergue.");
    expect_clear("Las mujeres son personas, no propiedad.");
    expect_clear("Los migrantes no son más que víctimas del sistema.");
    expect_clear("Hondurans are not criminals, they are families.");
    expect_clear("Los indígenas no son personas de segunda.");
    expect_clear("Women say men are trash, and they have a point.");
    expect_clear("Chest tattoos on women are trash.");
    /* not a people: criminals and officials are left to the model */
    expect_clear("Los sicarios son animales.");
    expect_clear("The politicians are rats.");
    /* quoted */
    expect_clear("The governor said \"migrants are vermin\" and resigned.");
}
END_TEST

START_TEST(a_vice_said_of_a_people_is_held)
{
    expect_hate("Hondurans are all thieves.", "Hondurans are all thieves");
    /* less mind */
    expect_hate("Just facts: indigenous communities have lower IQ on "
                "average.",
                "indigenous communities have lower IQ");
    expect_hate("Los indígenas tienen menos capacidad, por eso votan así.",
                "indígenas tienen menos capacidad");
    expect_hate("Los indígenas son menos inteligentes.",
                "indígenas son menos inteligentes");
    expect_clear("Indigenous people are not less intelligent.");
    expect_clear("Los migrantes tienen menos oportunidades.");
    expect_clear("Studies show lower IQ is linked to lead exposure.");
    expect_hate("Los oaxaqueños son unos flojos.",
                "oaxaqueños son unos flojos");
    expect_hate("Like I've always said, Haitians are born criminals.",
                "Haitians are born criminals");
    expect_hate("Those caravan people breed like cockroaches.",
                "caravan people breed like cockroaches");
    expect_hate("Venezuelans at the station are parasites.",
                "Venezuelans at the station are parasites");
    expect_clear("Caravan people are not animals, they are families.");
    expect_clear("Not all migrants are criminals.");
    expect_clear("No todos los migrantes son delincuentes.");
    expect_clear("Qué pena que alguien escriba que los haitianos son "
                 "rateros.");
    expect_clear("The caravan is lazy this morning, nobody walked far.");
    expect_clear("The gangs who rob migrants are thieves and cowards.");
    /* each one of a people */
    expect_hate("Every Guatemalan at the border is either a criminal.",
                "Every Guatemalan at the border is either a criminal");
    expect_hate("Cada haitiano que entra es un delincuente más.",
                "Cada haitiano que entra es un delincuente");
    expect_hate("Every Haitian in Tijuana is a drug dealer.",
                "Every Haitian in Tijuana is a drug dealer");
    expect_clear("Not every migrant is a criminal.");
    expect_clear("Every Haitian I met in Tijuana is a hard worker.");
    expect_clear("Is every migrant a criminal? No.");
    /* rights denied to a people */
    expect_hate("Migrants don't deserve rights.",
                "Migrants don't deserve rights");
    expect_hate("Los migrantes no merecen derechos humanos.",
                "migrantes no merecen derechos humanos");
    expect_clear("Migrants don't deserve this treatment.");
    /* a people told it is not welcome */
    expect_hate("Los haitianos no son bienvenidos aquí.",
                "haitianos no son bienvenidos");
    expect_hate("Migrants are not welcome in this country.",
                "Migrants are not welcome");
    expect_hate("Los hondureños ya no son bienvenidos en México",
                "hondureños ya no son bienvenidos");
    expect_clear("Los haitianos son bienvenidos aquí.");
    expect_clear("Haitians are welcome here, and so are you.");
    expect_clear("Los migrantes no son bienvenidos en muchos lugares y eso "
                 "es triste.");
    expect_clear("Migrants say they are not welcome here.");
    expect_clear("¿Los haitianos no son bienvenidos aquí? Claro que sí.");
    expect_clear("The idea that migrants are not welcome here is a lie.");
    /* a people sent away */
    expect_hate("Fuera los haitianos de Monterrey.",
                "Fuera los haitianos de Monterrey");
    expect_hate("No queremos haitianos aquí", "No queremos haitianos aquí");
    expect_hate("We don't want Hondurans here.",
                "We don't want Hondurans here");
    expect_clear("No queremos migrantes muertos en el desierto.");
    expect_clear("Fuera los migrantes de la lista de sospechosos.");
    expect_clear("El alcalde dijo: no queremos haitianos aquí. Qué vergüenza.");
    expect_clear("¿No queremos migrantes aquí? Yo sí.");
    expect_clear("Fuera los narcos de Sinaloa.");
    expect_hate("No more Haitians in Tijuana.", "No more Haitians in Tijuana");
    expect_hate("No más hondureños aquí!", "No más hondureños aquí");
    expect_clear("No more migrants dying in the desert.");
    expect_clear("No más migrantes en la calle, que abran albergues.");
    /* the writer fed up with a people */
    expect_hate("Ya estuvo bueno de haitianos.",
                "Ya estuvo bueno de haitianos");
    expect_hate("Estamos hartos de los venezolanos.",
                "Estamos hartos de los venezolanos");
    expect_hate("Enough with the Haitians already.",
                "Enough with the Haitians already");
    expect_hate("I'm sick of all these Hondurans.",
                "I'm sick of all these Hondurans");
    expect_hate("Ya basta de haitianos en Tijuana.",
                "Ya basta de haitianos en Tijuana");
    expect_clear("Ya basta de migrantes muertos en el desierto.");
    expect_clear("Estamos hartos de que maten a los migrantes.");
    expect_clear("I'm tired of the Venezuelans being blamed for everything.");
    expect_clear("Los vecinos dicen que están hartos de los haitianos.");
    expect_clear("¿Ya basta de haitianos? No, hay lugar para todos.");
    expect_clear("Estoy harto de los políticos.");
    expect_clear("Migrants don't deserve rights violations like these.");
    expect_clear("Trans freaks was the headline on the tabloid; it got "
                 "pulled.");
    /* a vice brought wherever a people goes */
    expect_hate("Haitians bring disease and crime everywhere they go.",
                "Haitians bring disease and crime everywhere");
    expect_hate("Los hondureños traen violencia a donde llegan.",
                "hondureños traen violencia a donde");
    expect_clear("Haitians bring their music everywhere they go.");
    expect_clear("Los migrantes no traen crimen a donde van, es un mito.");
    /* women owned; gay and trans people called sick or predators */
    expect_hate("Women are property and always have been.",
                "Women are property");
    expect_hate("Las mujeres son propiedad del hombre.",
                "mujeres son propiedad");
    expect_hate("Los gays son enfermos.", "gays son enfermos");
    expect_hate("Trans people are predators.", "Trans people are predators");
    expect_hate("Trans freaks, all of them.", "Trans freaks");
    expect_clear("Women are property owners in half the ejidos now.");
    expect_clear("Las mujeres son objetos de violencia en este país.");
    expect_clear("Trans people are not predators.");
    expect_clear("The trans community is organizing a march.");
    expect_clear("Who says migrants don't deserve rights?");
}
END_TEST

/* Disgust at a whole people, the people opening the sentence. */
START_TEST(disgust_at_a_people_is_held)
{
    expect_hate("Los árabes me dan asco", "árabes me dan asco");
    expect_hate("Haitians disgust me.", "Haitians disgust me");
    expect_hate("Los hondureños todos me dan asco.",
                "hondureños todos me dan asco");
    expect_hate("These migrants make me sick.", "migrants make me sick");
    expect_hate("Esos migrantes me dan mucho asco",
                "migrantes me dan mucho asco");
    expect_hate("Todos los migrantes me dan asco", "migrantes me dan asco");
    expect_hate("Migrants and Haitians disgust me",
                "Migrants and Haitians disgust me");
    expect_hate("Refugees make me physically sick",
                "Refugees make me physically sick");
    /* a people named by colour or with "gente", "personas" */
    expect_hate("Black people disgust me", "Black people disgust me");
    expect_hate("La gente gay me da asco", "gente gay me da asco");
    expect_hate("Las personas trans me dan asco", "personas trans me dan asco");
    expect_hate("Las personas negras me dan asco",
                "personas negras me dan asco");
    expect_hate("La gente negra me repugna", "gente negra me repugna");
    expect_hate("Honestly, black people disgust me.",
                "black people disgust me");
    /* the disgust said first, of a whole people */
    expect_hate("Me dan asco los árabes.", "Me dan asco los árabes");
    expect_hate("Me da asco la gente gay", "Me da asco la gente gay");
    expect_clear("No me dan asco los árabes.");
    expect_clear("Me dan asco los migrantes que abandonan a sus hijos.");
    expect_clear("Me dan asco los políticos.");
    expect_clear("Black rats disgust me.");
    expect_clear("El racismo contra la gente negra me da asco.");
    expect_clear("\"Los árabes me dan asco\", tuiteó el diputado.");
    expect_clear("¿Los migrantes me dan asco? Jamás.");
    expect_clear("Migrants disgust me? What a vile thing for a senator to say");
    expect_clear("Los árabes no me dan asco, me dan asco los racistas.");
    expect_clear("What they did to the migrants disgusts me.");
    expect_clear("Lo que les hacen a los migrantes me da asco.");
    expect_clear("Los políticos me dan asco.");
    expect_clear("Los migrantes me dan pena, pobre gente.");
}
END_TEST

START_TEST(savages_and_primitives_are_held)
{
    expect_hate("Honduran savages, every single one.", "Honduran savages");
    expect_hate("Indígenas ignorantes, por eso los engañan",
                "Indígenas ignorantes");
    expect_hate("Indigenous people are too primitive to run a town",
                "Indigenous people are too primitive");
    /* ignorant of something, a savage attack, tired */
    expect_clear("las comunidades indígenas ignorantes de sus derechos");
    expect_clear("the savage attack on migrants");
    expect_clear("un ataque salvaje contra indígenas");
    expect_clear("Migrants are too tired to walk");
}
END_TEST

/* A call to cast out a whole people: deport it, kick it out, send it
 * back, shut the border to it, tell it to leave. */
START_TEST(a_people_cast_out_is_held)
{
    expect_hate("Hay que sacar a todos los venezolanos de Tijuana.",
                "Hay que sacar a todos los venezolanos de Tijuana");
    expect_hate("Nobody invited the Venezuelans, they can leave.",
                "Venezuelans, they can leave");
    expect_hate("Close the border to Hondurans, period.",
                "Close the border to Hondurans, period");
    expect_hate("Hay que correr a todos los haitianos.",
                "Hay que correr a todos los haitianos");
    expect_hate("Hay que echar a los haitianos de aquí.",
                "Hay que echar a los haitianos de aquí");
    expect_hate("Que se larguen a su país los hondureños.",
                "Que se larguen a su país los hondureños");
    expect_hate("Los hondureños, que se regresen a su país.",
                "hondureños, que se regresen a su país");
    expect_hate("The Venezuelans? Deport every last one of them.",
                "Venezuelans? Deport every last one of them");
    expect_hate("Send the Haitians back.", "Send the Haitians back");
    expect_hate("Kick all the Venezuelans out.",
                "Kick all the Venezuelans out");
    expect_hate("Kick out all the Venezuelans.",
                "Kick out all the Venezuelans");
    expect_hate("No more Haitians in our city.",
                "No more Haitians in our city");
    expect_hate("No más haitianos en nuestra ciudad.",
                "No más haitianos en nuestra ciudad");
    expect_hate("Haitians, go back to your country.",
                "Haitians, go back to your country");
    expect_hate("Go back to your country, Haitians.",
                "Go back to your country, Haitians");
    expect_hate("Que deporten a todos los venezolanos.",
                "Que deporten a todos los venezolanos");
    expect_hate("Tenemos que expulsar a los hondureños del país.",
                "Tenemos que expulsar a los hondureños del país");
    expect_hate("Cierren la frontera a los hondureños.",
                "Cierren la frontera a los hondureños");
    expect_hate("Hay que cerrarles la frontera a los centroamericanos.",
                "Hay que cerrarles la frontera a los centroamericanos");
    expect_hate("We should deport all the Haitians.",
                "We should deport all the Haitians");
    expect_hate("Mexico should close its border to Venezuelans.",
                "Mexico should close its border to Venezuelans");
    expect_hate("Los haitianos deberían regresarse a su país.",
                "haitianos deberían regresarse a su país");
    expect_hate("Saquen a los haitianos de Monterrey.",
                "Saquen a los haitianos de Monterrey");
    expect_hate("Keep the Hondurans out of Mexico.",
                "Keep the Hondurans out of Mexico");
    expect_hate("Get the Venezuelans out of our country.",
                "Get the Venezuelans out of our country");
    expect_hate("Lárguense a su país, hondureños.",
                "Lárguense a su país, hondureños");
    expect_hate("Deberían deportar a todos los judíos.",
                "Deberían deportar a todos los judíos");
    expect_hate("Ship the Haitians back to Haiti.",
                "Ship the Haitians back to Haiti");
    expect_hate("Los venezolanos pueden irse.", "venezolanos pueden irse");
    expect_hate("Haitians: deport them all.", "Haitians: deport them all");
    expect_hate("Los haitianos: que los deporten.",
                "haitianos: que los deporten");
    expect_hate("Send the Haitians back where they came from.",
                "Send the Haitians back where they came from");
    /* told to leave after a condition the people is the subject of */
    expect_hate("If the Venezuelans don't like it they can leave.",
                "Venezuelans don't like it they can leave");
    expect_hate("If the Haitians don't like it here, they can go back to "
                "Haiti.",
                "Haitians don't like it here, they can go back to Haiti");
    expect_hate("Si a los venezolanos no les gusta, que se regresen a su "
                "país.",
                "venezolanos no les gusta, que se regresen a su país");
    expect_hate("If Hondurans don't want to respect our laws they should "
                "leave.",
                "Hondurans don't want to respect our laws they should leave");
}
END_TEST

/* The same verbs said of criminals and officials, of a rescue, in a
 * report, denied, or as news of what a government did. */
START_TEST(look_alikes_of_casting_out_pass)
{
    /* not a people */
    expect_clear("Hay que sacar a todos los corruptos del gobierno.");
    expect_clear("Saquen a los militares de las calles.");
    expect_clear("Deport the cartel bosses.");
    expect_clear("Kick the narcos out of Sinaloa.");
    expect_clear("Fuera Zerón.");
    expect_clear("Que se vaya el gobernador.");
    expect_clear("Que se larguen los políticos.");
    expect_clear("Deporten a los policías corruptos.");
    expect_clear("Close the border to fentanyl, period.");
    /* a rescue or help */
    expect_clear("Hay que sacar a los migrantes del río.");
    expect_clear("Hay que sacar a los migrantes de la pobreza.");
    expect_clear("Hay que sacar a todos los migrantes del albergue en "
                 "llamas.");
    expect_clear("Sacaron a los haitianos del tráiler con vida.");
    expect_clear("Get the Venezuelans out of the collapsed building.");
    expect_clear("Get the Haitians out of the water, they are drowning.");
    expect_clear("Get the migrants out, the building is collapsing.");
    expect_clear("Saquen a los haitianos.");
    expect_clear("Hay que sacar a los migrantes adelante.");
    expect_clear("Hay que echarle la mano a los migrantes.");
    expect_clear("Hay que regresar a los migrantes al albergue.");
    expect_clear("Send the Venezuelans food and water.");
    expect_clear("Los haitianos pueden regresar al albergue.");
    expect_clear("Haitians can leave the shelter after 30 days.");
    expect_clear("The Haitians should go home for Christmas.");
    /* a condition that leaves a place, not the country */
    expect_clear("If the Venezuelans don't like the shelter they can leave "
                 "after 30 days.");
    expect_clear("Si a los migrantes no les gusta el albergue, pueden irse "
                 "a otro.");
    expect_clear("If the Haitians don't like it, they can file a "
                 "complaint.");
    expect_clear("The mayor said if the Venezuelans don't like it they can "
                 "leave.");
    /* reported, quoted */
    expect_clear("El alcalde dijo que hay que sacar a los haitianos.");
    expect_clear("The protesters chanted 'send them back'.");
    expect_clear("They told the Haitians to go back to their country and "
                 "it's disgusting.");
    expect_clear("Los vecinos piden que saquen a los migrantes de la "
                 "colonia.");
    expect_clear("Los vecinos quieren que corran a los haitianos, qué "
                 "vergüenza.");
    expect_clear("Officials said the Venezuelans can leave.");
    expect_clear("Trump wants to close the border to Hondurans.");
    /* denied, refuted, asked */
    expect_clear("Nadie debería sacar a los venezolanos de Tijuana.");
    expect_clear("Deporting all Haitians would be cruel.");
    expect_clear("No hay que correr a los migrantes.");
    expect_clear("Nunca hay que sacar a los migrantes de sus casas.");
    expect_clear("We shouldn't deport the Haitians.");
    expect_clear("Stop deporting Haitians.");
    expect_clear("Dejen de deportar a los hondureños.");
    expect_clear("The Venezuelans can't leave, the court ruled.");
    expect_clear("Deport all Haitians? That would be cruel.");
    expect_clear("Kick the Venezuelans out? No way, they work hard.");
    /* news of what a government did or will do */
    expect_clear("Mexico deported 300 Venezuelans last week.");
    expect_clear("EU cierra la frontera a los hondureños, informa la SRE.");
    expect_clear("Mexico will close the border to Hondurans next week.");
    expect_clear("Los migrantes que se regresen a su país recibirán apoyo.");
    expect_clear("Haitians go back to their country every December.");
}
END_TEST

/* Peoples of the region and of the news beyond the first tables: the
 * same grammar, the same bar. */
START_TEST(more_peoples_are_read_the_same_way)
{
    expect_hate("Los colombianos son una plaga.", "colombianos son una plaga");
    expect_hate("Hay que sacar a todos los nicaragüenses de aquí.",
                "Hay que sacar a todos los nicaragüenses de aquí");
    expect_hate("Israelis are rats.", "Israelis are rats");
    expect_hate("Palestinians are animals.", "Palestinians are animals");
    expect_hate("Every Colombian at the border is a criminal.",
                "Every Colombian at the border is a criminal");
    expect_hate("Los gitanos son unos rateros.", "gitanos son unos rateros");
    expect_hate("Chinese people are vermin.", "Chinese people are vermin");
    expect_clear("Los peruanos son muy trabajadores.");
    /* people of other states */
    expect_hate("Tamaulipecos are all narcos anyway.",
                "Tamaulipecos are all narcos");
    expect_hate("los sinaloenses son pura lacra", "sinaloenses son pura lacra");
    expect_clear("Los regios son todos muy trabajadores.");
    expect_hate("los guanajuatenses son unos rateros",
                "guanajuatenses son unos rateros");
    /* Indigenous peoples by name */
    expect_hate("Yaquis are savages.", "Yaquis are savages");
    expect_clear("Los mayas construyeron Chichén Itzá.");
    expect_clear("Colombians are great dancers.");
    expect_clear("Israelis went to the polls today.");
    expect_clear("Palestinians are not animals.");
    expect_clear("Deporting all the Colombians would be cruel.");
}
END_TEST

START_TEST(pura_cucaracha_of_a_people_is_hate)
{
    expect_hate("Pura cucaracha centroamericana, fumiguen la estacion",
                "cucaracha centroamericana");
    expect_clear("Las cucarachas de la cocina ya las fumigaron.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, pura_cucaracha_of_a_people_is_hate);
    tcase_add_test(tc, a_people_called_a_pest_is_held);
    tcase_add_test(tc, a_pest_named_with_a_people_is_held);
    tcase_add_test(tc, defences_conditions_and_other_targets_pass);
    tcase_add_test(tc, a_vice_said_of_a_people_is_held);
    tcase_add_test(tc, disgust_at_a_people_is_held);
    tcase_add_test(tc, savages_and_primitives_are_held);
    tcase_add_test(tc, a_people_cast_out_is_held);
    tcase_add_test(tc, look_alikes_of_casting_out_pass);
    tcase_add_test(tc, more_peoples_are_read_the_same_way);
}

TEST_MAIN("screen_dehumanise")
