/*
 * test_screen_gloat.c - a death cheered (src/screen/gloat.c) through
 * screen_check with no model: "one less", "nobody will miss him", "se lo
 * merecía", "ojalá hubieran sido más", "que bueno que lo mataron" and
 * "the world lost nothing" are held as insults; the same words about a
 * law, the weather, a prison sentence, a prize, a pet, in mourning, in a
 * question or in what others say pass.
 */
#include "screen_expect.h"

START_TEST(one_less_is_held)
{
    expect_insult("Good. One less.", "One less");
    expect_insult("One less rat on the streets.", "One less rat");
    expect_insult("One fewer rat.", "One fewer rat");
    expect_insult("Uno menos 🙌", "Uno menos");
    expect_insult("una lacra menos", "una lacra menos");
    expect_insult("Un travesti menos, la ciudad de fiesta",
                  "Un travesti menos");
    expect_insult("Un narco menos, que bueno.", "Un narco menos");
    expect_insult("They killed 43. Hahaha 43 less mouths to feed",
                  "43 less mouths");
    expect_insult("Mataron a 43, jajaja 43 menos", "43 menos");
}
END_TEST

START_TEST(one_less_with_a_word_before_the_vermin_is_held)
{
    expect_insult("Un cura pedofilo menos", "Un cura pedofilo menos");
    expect_insult("the kid ran the checkpoint. one less future sicario",
                  "one less future sicario");
    expect_clear("un vato menos en la fiesta");
    expect_clear("one less car on the road");
    expect_clear("Un no sicario menos");
    expect_clear("Un niño sicario menos gracias al programa de becas.");
    expect_clear("One less teenage sicario, thanks to the scholarship "
                 "program.");
    expect_clear("My brother quit the gym, one less gym rat.");
}
END_TEST

START_TEST(a_death_laughed_at_is_held)
{
    expect_insult("jajaja hasta muerto sigue estando feo",
                  "jajaja hasta muerto");
    expect_insult("Journalist murdered in his car. Should have bought the "
                  "armored version lmao",
                  "murdered in his car. Should have bought the armored "
                  "version lmao");
    expect_insult("His crew didn't even show up to the funeral lmao",
                  "funeral lmao");
    /* the laughing idioms, things that die, a saying, the officials */
    expect_clear("😂😂 I'm dead");
    expect_clear("me mató de risa jajaja");
    expect_clear("My battery's dead, lol.");
    expect_clear("Mi abuelo decía que hasta los muertos votan jajaja");
    expect_clear("lol Dave you're dead to me after that pass");
    expect_clear("Ni en el velorio se esfuerzan los del gobierno, mandaron "
                 "flores de plástico jaja");
}
END_TEST

START_TEST(one_less_thing_passes)
{
    expect_clear("One less thing to worry about now that the road is fixed.");
    expect_clear("Uno menos de que preocuparse, ya pavimentaron la calle.");
    expect_clear("Uno menos: ya cerraron el bar donde vendían droga.");
    expect_clear("Sales a las 6:40, ni un minuto más ni uno menos.");
    expect_clear("One less checkpoint on the highway, finally.");
    expect_clear("La manta decía \"uno menos\", dijo la policía.");
}
END_TEST

START_TEST(no_one_mourning_the_dead_is_held)
{
    expect_insult("He was a sicario, nobody will miss him lol",
                  "nobody will miss him");
    expect_insult("Nadie lo va a extrañar, era una basura.",
                  "Nadie lo va a extrañar");
    expect_insult("Nobody is going to cry for a lawyer who defended narcos.",
                  "Nobody is going to cry");
    expect_insult("The sicario is dead. He won't be missed.",
                  "He won't be missed");
    expect_insult("Era un halcón, a ese ni su mamá lo va a llorar",
                  "ni su mamá lo va a llorar");
}
END_TEST

START_TEST(missing_things_and_mourning_pass)
{
    expect_clear("Nobody will miss this heat, can't wait for the rain.");
    expect_clear("Nadie va a extrañar el bache de la esquina.");
    expect_clear("We will miss him so much. Rest in peace.");
    expect_clear("Lo vamos a extrañar mucho, Don Chuy.");
    expect_clear("Nadie lo va a poder reemplazar en este pueblo.");
    expect_clear("Who will miss him more than his mother?");
    expect_clear("He will be missed by everyone at the newsroom.");
    expect_clear("Nobody missed her until Monday, when she didn't show up.");
    expect_clear("Nadie llora por el río contaminado.");
    expect_clear("Nobody will cry over the old stadium.");
    expect_clear("Nobody will miss her show.");
    expect_clear("Plastic straws? Nobody will miss them.");
    expect_clear("Don't worry, the deadline won't be missed.");
    expect_clear("He won't be missed? Are you serious?");
}
END_TEST

START_TEST(a_death_called_deserved_is_held)
{
    expect_insult(
        "The trans ones at the shelter deserve whatever happens to them "
        "honestly",
        "deserve whatever happens to them");
    expect_insult("The halcon got exactly what he deserved.", "he deserved");
    expect_insult("Found dead in a ditch. Honestly she deserved it.",
                  "she deserved it");
    expect_insult("12 dead and all of them had it coming.", "had it coming");
    expect_insult("he was a halcon, he earned every bullet",
                  "earned every bullet");
    expect_insult("se lo merecia por andar de halcon", "se lo merecia");
    expect_insult("La encontraron muerta. Esa morra sabía con quién andaba, se "
                  "lo merecía.",
                  "se lo merecía");
    expect_insult("bien merecido, que se pudra", "bien merecido");
    expect_insult("seis balazos fueron pocos para ese traidor",
                  "seis balazos fueron pocos");
    expect_insult("Mataron al periodista. Se lo buscó por andar de metiche.",
                  "Se lo buscó");
    /* the reason alone says an informer was punished */
    expect_insult("Se lo merecía por sapo 🐸", "Se lo merecía");
    expect_insult("se la buscó por andar de chismosa", "se la buscó");
    expect_insult("Bien merecido lo tenía por soplón.",
                  "Bien merecido lo tenía");
    /* the victims named, the disappeared and Ayotzinapa as the dead */
    expect_insult("The victims deserved it, they were all halcones anyway.",
                  "The victims deserved it");
    expect_insult("Me da risa que lloren por los de Ayotzinapa, se lo "
                  "buscaron.",
                  "se lo buscaron");
    expect_clear("The victims deserved better.");
    expect_clear("I don't think the victims deserved it.");
    expect_clear("What the victims deserved was a real investigation.");
}
END_TEST

START_TEST(a_sentence_a_prize_or_a_denial_passes)
{
    expect_clear("He got what he deserved: 40 years in prison.");
    expect_clear("The woman got what she deserved: ratio.");
    expect_clear("Nobody deserved it, he was 17.");
    expect_clear("She didn't deserve it.");
    expect_clear("No se lo merecía, era un buen muchacho.");
    expect_clear("Los disparos fueron pocos según los vecinos.");
    /* what the writer once thought, quoted */
    expect_clear("Yo también pensaba \"algo habrán hecho\" hasta que mataron "
                 "a mi prima.");
    expect_clear("No, seis balazos no fueron pocos, fue una masacre.");
    expect_clear("Estaban robando, pero jamás diría que se lo merecían.");
    expect_clear("Aunque muchos aquí digan que se lo merecía, nadie merece "
                 "eso.");
    expect_clear("Bien merecido el premio para la reportera.");
    expect_clear("¿De verdad creen que se lo merecía?");
    expect_clear("Se lo merecía, por fin ganó el campeonato.");
    expect_clear("He deserved better than what this town gave him.");
    expect_clear("Le pegué a mi perra porque rompió la pared, se lo merecía.");
    expect_clear("Finally the victims got the justice they deserved.");
    expect_clear("She got the recognition she deserved.");
    expect_clear("Felicidades a Juan por su ascenso, se lo merecía.");
    expect_clear("Se lo merecía por trabajador, felicidades por la beca.");
    expect_clear("Señora, si me da el número de folio yo se lo busco.");
}
END_TEST

START_TEST(an_attack_that_failed_regretted_is_held)
{
    expect_threat("Chale, qué lástima que fallaron jaja, pa la otra afinen la "
                  "puntería",
                  "lástima que fallaron");
    expect_threat("Shame they missed. Next time aim a little lower lol",
                  "Shame they missed");
    expect_threat("Too bad they missed him, the shooting was a mess",
                  "bad they missed him");
    expect_threat("Apúntenle mejor la próxima jaja", "Apúntenle mejor");
    /* the regret alone, a miss said as "no le atinaron", bad aim */
    expect_threat("Shame they missed.", "Shame they missed");
    expect_threat("lastima q no le atinaron", "lastima q no le atinaron");
    expect_threat("LOOOOL he survived?? damn. bad aim", "bad aim");
    /* a recovery wished and taken back */
    expect_threat("Get well soon... or don't, the town was quieter without "
                  "him 🙃",
                  "well soon... or don't");
    expect_threat("q se recupere... o no, el pueblo estaba mas tranquilo sin "
                  "el",
                  "recupere... o no");
    /* the attack mocked for failing */
    expect_insult("Poor cartel, wasted good bullets", "wasted good bullets");
    expect_insult("pobre cartel, desperdicio balas", "desperdicio balas");
    expect_insult("ni pa morirse sirvio jajaja", "ni pa morirse sirvio");
    expect_insult("HAHAHA bye bye candidate 🎯🎯🎯 rest in pieces",
                  "rest in pieces");
    expect_insult("Que descanse en pedazos ese perro, lo balearon",
                  "descanse en pedazos");
    expect_insult("q descansen en pedazos jajaja", "descansen en pedazos");
    /* a deadline, a show, a verdict, a policy, better wages */
    expect_clear("Shame they missed the deadline, the shooting report is late");
    expect_clear("Too bad I missed the show lol");
    expect_clear("el fallo del juez fue una vergüenza después del atentado");
    expect_clear("hay que afinar la puntería en las políticas");
    expect_clear("next time aim for better wages lol");
    expect_clear("our aim is better schools lol");
    expect_clear("Shame they missed the bus.");
    expect_clear("Lástima que no le atinaron al gol, jugaron bien.");
    expect_clear("Bad aim by the referee today, that was no penalty.");
    expect_clear("Get well soon or not, we are with you.");
    expect_clear("Que se recupere pronto o no podrá volver al aire.");
    expect_clear("Wasted bullets at the range are a crime of the budget, "
                 "says the audit.");
}
END_TEST

START_TEST(too_few_dead_and_gladness_are_held)
{
    expect_insult("12 muertos. Ojala hubieran sido mas.",
                  "Ojala hubieran sido mas");
    expect_insult("3 muertos, lastima que solo fueron 3",
                  "lastima que solo fueron 3");
    expect_insult("12 dead and all of them earned it. Should've been 50.",
                  "Should've been 50");
    expect_insult("Que bueno que lo mataron.", "Que bueno que lo mataron");
    expect_insult("Qué bueno que mataron a ese.", "Qué bueno que mataron");
    expect_insult("So glad that he's dead.", "glad that he's dead");
    expect_insult("El mundo está mejor sin él.", "mundo está mejor sin él");
    expect_clear("Que bueno que ya la levantaron, la alerta duró mucho.");
    expect_insult("Glad he's in the ground.", "Glad he's in the ground");
    expect_insult("The world lost nothing. Literally nothing.",
                  "world lost nothing");
    expect_insult("El mundo no pierde nada.", "mundo no pierde nada");
    expect_insult("Que bueno que los soldados los mataron.",
                  "Que bueno que los soldados los mataron");
    expect_insult("que bueno que se murió ese", "que bueno que se murió");
    expect_insult("Me alegra que estén muertos, de verdad.",
                  "Me alegra que estén muertos");
    expect_insult("Con todo respeto, a mi me dio gusto que se murieran, "
                  "fueron cuarenta bocas menos.",
                  "me dio gusto que se murieran");
    expect_insult("Me alegra sinceramente que ya esté bajo tierra.",
                  "Me alegra sinceramente que ya esté bajo tierra");
    expect_insult("Lástima que no fueron más los muertos.",
                  "Lástima que no fueron más");
    expect_insult("They killed 12. Should've finished the job.",
                  "Should've finished the job");
}
END_TEST

START_TEST(more_marchers_and_conditions_pass)
{
    expect_clear("Ojalá hubieran sido más los que marcharon.");
    expect_clear("Ojalá hubieran sido más los detenidos.");
    expect_clear("The budget should have been more transparent.");
    expect_clear("Que bueno que lo agarraron.");
    expect_clear("Que bueno que no lo mataron.");
    expect_clear("I'm not glad he's dead, I wanted a trial.");
    expect_clear("El mundo no pierde nada si quitan esa ley.");
    expect_clear("El mundo pierde mucho con su muerte.");
    expect_clear("No me alegra que esté muerto, quería un juicio.");
    expect_clear("No me dio gusto que se murieran, eran de mi pueblo.");
    expect_clear("Me dio gusto que se murieran de risa con el chiste.");
    expect_clear("Me alegra que el cable ya esté bajo tierra.");
    expect_clear("Son 50 casos, 10 menos que el año pasado.");
    expect_clear("Fueron 200 voluntarios. Ojalá hubieran sido más.");
    expect_clear("The raise should have been more.");
    expect_clear("Que bueno que lo bajaron del cerro, estaba perdido.");
    expect_clear("Are you happy he's dead now? A family is grieving.");
    expect_clear("One less killer on the loose, they caught him today.");
    expect_clear("Ahora en la mesa somos uno menos.");
    expect_clear("I paid 30 less.");
    expect_clear("Bajaron los contagios: hoy hubo 120 menos.");
    expect_clear("Coach fired after an 0-10 season. Nobody will miss him.");
    expect_clear("Lo sentenciaron a 60 años, se lo merecía.");
    expect_clear("Qué bueno que se murió esa iniciativa en el Senado.");
    expect_clear("Si cierran esa tienda, el mundo no pierde nada.");
    expect_clear("Lástima que solo fueron 2 años de cárcel para el asesino.");
    expect_clear("El mundo no pierde nada con intentarlo.");
    expect_clear("Nuclear weapons? The world is better without them.");
}
END_TEST

START_TEST(curses_on_the_dead_are_held)
{
    expect_insult("Rot in hell, you and your whole family.", "Rot in hell");
    expect_insult("rest in piss", "rest in piss");
    expect_insult("¿Descanse en paz? Descanse en el infierno.",
                  "Descanse en el infierno");
    expect_clear("I hope the killers rot in hell.");
    expect_clear("May the shooter rot in hell.");
    expect_clear("Que descanse en paz, y los asesinos en el infierno.");
}
END_TEST

START_TEST(a_dead_kind_of_person_called_good_is_a_threat)
{
    expect_threat("the only good cop is a dead cop",
                  "only good cop is a dead cop");
    expect_threat("Dead journalist = good journalist",
                  "Dead journalist = good journalist");
    expect_threat("Periodista muerto, periodista bueno.",
                  "Periodista muerto, periodista bueno");
    expect_threat("el unico huelguista bueno es el huelguista muerto",
                  "unico huelguista bueno es el huelguista muerto");
    expect_clear("The only good driver is a sober driver.");
    expect_threat("El único periodista bueno es el periodista muerto.",
                  "único periodista bueno es el periodista muerto");
    expect_threat("el unico periodista bueno es el q esta calladito",
                  "unico periodista bueno es el q esta calladito");
    expect_threat("The only good journalist is a quiet one.",
                  "only good journalist is a quiet one");
    expect_clear("El único periodista bueno es el que dice la verdad.");
    expect_clear("The only good news is that the dead were identified.");
    expect_clear("The only good mosquito is a dead mosquito.");
    expect_clear("Sheridan supposedly said the only good Indian is a dead "
                 "Indian.");
    expect_clear("Un periodista muerto, un periodista menos que cuenta la "
                 "verdad: eso buscan.");
}
END_TEST

START_TEST(the_victim_blamed_is_held)
{
    expect_insult("Seguro era una puta, por algo la mataron",
                  "por algo la mataron");
    expect_insult("Seguro en algo andaba.", "en algo andaba");
    expect_insult("Algo habrá hecho para que lo levantaran.",
                  "Algo habrá hecho");
    expect_insult("andaba en malos pasos seguro, nadie busca tres años "
                  "nomas porque si",
                  "andaba en malos pasos seguro");
    expect_clear("Dicen que en algo andaba, y eso es revictimizar.");
    expect_clear("La fiscalía dijo que andaba en malos pasos, qué vergüenza.");
    expect_clear("Ya basta de revictimizar. Que si andaba en malos pasos, "
                 "que si se lo buscó. Era un estudiante.");
    expect_insult("no one disappears for nothing. son was a halcon and mom "
                  "knew it",
                  "no one disappears for nothing");
    expect_insult("Nadie desaparece nomás porque sí.",
                  "Nadie desaparece nomás porque sí");
    expect_insult("People don't disappear for no reason.",
                  "People don't disappear for no reason");
    expect_clear("Dicen que nadie desaparece porque sí, pero es mentira.");
    expect_clear("The lie that nobody disappears for nothing has to stop.");
    expect_clear("¿Nadie desaparece por nada? Mi hermano era maestro.");
    expect_clear("No one disappears for nothing, said the prosecutor, and the "
                 "mothers walked out.");
    expect_clear("Aquí la gente desaparece por nada.");
    expect_clear("Mi primo andaba en malos pasos pero ya se compuso.");
    expect_clear("No es que anduviera en malos pasos, la mataron por buscar "
                 "a su hijo.");
    expect_clear("No es que en algo anduviera.");
    expect_clear("Por algo será que la gente ya no confía en la policía.");
    expect_clear("Algo habrá hecho el gobierno para bajar los precios.");
    /* the blame named to be rejected */
    expect_clear("Matan a diez mujeres al día y la respuesta siempre es "
                 "\"algo habrá hecho\". Ya basta.");
    expect_clear("Me da coraje que la gente diga \"algo habrá hecho\".");
    expect_clear("Ya párenle con el \"algo habrá hecho\", denunció un "
                 "contrato.");
    expect_clear("Ya párenle con eso de que algo habrá hecho, era un niño.");
    /* the writer's own blame */
    expect_insult("Digas lo que digas, algo habrá hecho.", "algo habrá hecho");
    expect_clear("En algo andaban metidos los diputados con esa reforma.");
}
END_TEST

START_TEST(a_harm_called_deserved_is_held)
{
    expect_insult("You deserve every bullet they put in you",
                  "deserve every bullet");
    expect_insult("they all deserve a mass grave, every cop in that town",
                  "deserve a mass grave");
    expect_insult("Karma. That narco deserved to be gunned down.",
                  "deserved to be gunned");
    expect_insult("Se merecen todo lo que les pase",
                  "merecen todo lo que les pase");
    expect_insult("Esa reportera se merecia cada bala", "merecia cada bala");
    expect_insult("Poquito le hicieron, merecia que lo destazaran",
                  "merecia que lo destazaran");
    expect_insult("Nadie llora por ese, se merecia eso y mas, que lo mataron "
                  "por rata",
                  "merecia eso y mas");
    expect_insult("Whoever killed that reporter deserves a medal honestly",
                  "deserves a medal");
    expect_insult("El que lo mato merece una medalla", "merece una medalla");
    /* "did it" praised against a trial */
    expect_insult("El que lo hizo merece una estatua, no cárcel",
                  "merece una estatua");
    expect_insult("whoever did it deserves a medal not a trial",
                  "deserves a medal");
    expect_clear("whoever did this mural deserves an award");
    expect_clear("El que lo hizo merece una estatua en la plaza, qué bonito "
                 "mural");
}
END_TEST

START_TEST(justice_praise_and_denials_deserved_pass)
{
    expect_clear("Nobody deserves to be shot for doing their job.");
    expect_clear("No merecia morir asi, era un buen muchacho");
    expect_clear("Nadie se merece que lo desaparezcan, ande en lo que ande");
    expect_clear("The firefighter who pulled those kids out deserves a medal");
    expect_clear("El rescatista que saco a los niños merece una medalla");
    expect_clear("Se merecen justicia, no pretextos");
    expect_clear("Reported the comment saying the victim deserved every "
                 "bullet.");
    expect_clear("Does anyone think he deserved to die like that?");
    expect_clear("Esa señora merece que la escuchen, lleva 8 años buscando");
    expect_clear("I don't think he deserved to die, whatever his cousins were "
                 "into.");
    expect_clear("Ningún periodista merece la muerte por hacer su trabajo.");
    expect_clear("She deserved to die at home surrounded by her grandkids.");
    expect_clear("Some guy in the Facebook group posted that the victim "
                 "deserved every bullet. Disgusting.");
    expect_clear("The former mayor deserves to end up in prison.");
    expect_clear("We deserved to get killed in the second half, zero "
                 "defense.");
    expect_clear("El Chino merecía un balazo así para cerrar su carrera, qué "
                 "golazo.");
    expect_clear("Mis papás se merecen todo lo que les pase de bueno.");
    expect_clear("The cop who was killed on Tuesday deserves a medal.");
    expect_clear("La maestra que asesinaron en Guerrero merece un monumento.");
    expect_clear("Whoever killed the wifi at the office deserves a medal lol");
    expect_clear("Whoever shot this video deserves a medal.");
    expect_clear("The chef who killed it tonight deserves an award.");
    expect_clear("El chavo que le echó ganas y terminó la carrera merece un "
                 "aplauso.");
    expect_clear("They deserve every bullet casing traced to the army.");
    expect_clear("The disappeared deserve a grave, a name and a funeral.");
    expect_clear("Este proyecto merece que lo ejecuten bien.");
}
END_TEST

START_TEST(a_killing_called_a_favour_or_a_cleansing_is_held)
{
    expect_insult("whoever disappeared those kids did the neighborhood a "
                  "favor, no more thieves",
                  "did the neighborhood a favor");
    expect_insult(
        "Mataron a los rateros. Le hicieron un favor a la colonia, ya no hay "
        "rateros",
        "hicieron un favor");
    expect_insult("Eso es limpieza social y ya", "limpieza social");
    expect_insult("That's just social cleansing, and it's overdue",
                  "social cleansing");
    expect_insult("Saves us the bullets and the trial", "Saves us the bullets");
    expect_insult("Nos ahorraron las balas", "ahorraron las balas");
}
END_TEST

START_TEST(favours_and_cleansing_condemned_pass)
{
    expect_clear("Do yourself a favor and read the whole report.");
    /* the whole place done a favour by the killers named: no death
     * needed (not what they did for it) */
    expect_insult("The cartel did the country a favor.",
                  "did the country a favor");
    expect_insult("El cartel le hizo un favor al pueblo.", "hizo un favor");
    expect_insult("Honestly the gang did Mexico a favor.",
                  "did Mexico a favor");
    /* a beating needed */
    expect_insult("The marchers need a good beating.", "need a good beating");
    expect_insult("Esas viejas necesitan una buena madriza.",
                  "necesitan una buena madriza");
    expect_clear("The rug needs a good beating.");
    /* the victim blamed in a stock phrase */
    expect_insult("What was she wearing though?", "What was she wearing");
    expect_insult("¿Y q traía puesto?", "q traía puesto");
    expect_insult("Andar sola a las 2 de la mañana, pues q esperaba",
                  "q esperaba");
    expect_insult("Natural selection doing its thing.", "Natural selection");
    expect_insult("Vale más muerta q viva.", "Vale más muerta");
    expect_clear("What was the gunman wearing?");
    expect_clear("\"What was she wearing?\" Scrubs. She was wearing scrubs.");
    expect_clear("No importa a qué hora salió ni cómo iba vestida.");
    expect_clear("Natural selection explains the finch beaks.");
    expect_clear("Los que dicen \"q esperaba\" deberían darse vergüenza.");
    /* a cleansing said for what it is, hate denied */
    expect_insult("No es odio, es limpieza.", "limpieza");
    expect_insult("its not murder its pest control", "pest control");
    expect_insult("no es asesinato es control de plagas", "control de plagas");
    expect_clear("It's not pest control, it's murder.");
    expect_clear("The clinic does pest control on Fridays.");
    expect_clear("El sábado es limpieza de la playa.");
    expect_clear("No es limpieza, es un crimen.");
    expect_clear("The cops did the gang a favor.");
    expect_clear("El cartel le hizo un favor al pueblo repartiendo "
                 "despensas.");
    expect_clear("The mayor did the town a favor.");
    expect_clear("Hazme un favor y comparte la ficha de búsqueda.");
    expect_clear("The governor resigning did us all a favor.");
    expect_clear("Por favor, si alguien lo ha visto, avisen.");
    expect_clear("Esto no es limpieza social, es exterminio.");
    expect_clear("What they call social cleansing is murder.");
    expect_clear("It was social cleansing and the state allowed it, a "
                 "crime.");
    expect_clear("La limpieza del río empieza el sábado.");
    expect_clear("The new bypass saves us the trip to the city.");
    expect_clear("The journalist did us all a favor by exposing the narcos "
                 "inside the police.");
    expect_clear("He was killed for doing a neighbor a favor.");
    expect_clear("The rain did the firefighters a huge favor, the fire near "
                 "the narco ranch is out.");
    expect_clear("The cartel claimed in a video that they \"did the town a "
                 "favor\".");
    expect_clear("That's social cleansing, plain and simple, and it's "
                 "horrifying.");
    expect_clear("The forensic team saved the bullets as evidence.");
    expect_clear("The sicario who turned himself in did the investigation a "
                 "huge favor.");
    expect_clear("Le hicieron un favor a la colonia con las luminarias "
                 "nuevas, ya no hay rateros.");
    expect_clear("Posting photos of the bodies is doing the cartel a huge "
                 "favor.");
}
END_TEST

START_TEST(the_lesson_of_a_killing_is_held)
{
    expect_threat("Asi acaban los chismosos, ni modo",
                  "Asi acaban los chismosos");
    expect_threat("That's what happens to snitches",
                  "what happens to snitches");
    expect_threat("Eso les pasa por hablar con la prensa",
                  "Eso les pasa por hablar");
    expect_threat(
        "Lo mataron por hablar. Que sirva de ejemplo para los demas chismosos",
        "Que sirva de ejemplo para los demas chismosos");
    expect_insult("mataron al halcon, good riddance", "good riddance");
    expect_clear("Asi acaban las fiestas en este barrio.");
    expect_clear("Eso le pasa por no usar casco.");
    expect_clear("Que sirva de ejemplo para otras fiscalias.");
    expect_clear("that senator's career is dead after this story. good "
                 "riddance");
    expect_clear("Good riddance to the old bridge, it was falling apart.");
    expect_clear("¿Eso les pasa por hablar con la prensa? No puede ser.");
    expect_clear("Eso les pasa por andar sin casco.");
    expect_clear("A piece about what happens to reporters when the state "
                 "doesn't protect them.");
    expect_clear("Así acaban los chismosos de la cuadra: sin amigos.");
    expect_clear("Que su valentía sirva de ejemplo para otros periodistas.");
    expect_clear("They arrested the narco last night. Good riddance.");
}
END_TEST

START_TEST(hail_to_the_killers_is_held)
{
    expect_insult("Mis respetos a los que le dieron cuello a ese soplón jajaja",
                  "respetos a los que le dieron cuello");
    expect_insult("respect to whoever shot that snitch",
                  "respect to whoever shot");
    expect_insult("props to the guys who took him out",
                  "props to the guys who took him out");
    expect_insult("Aplausos para los que mataron al halcón",
                  "Aplausos para los que mataron");
    /* searchers, a reporter who exposed the killers, a rumour, a video */
    expect_insult("Congrats to the shooters 🎉 clean job",
                  "Congrats to the shooters");
    expect_insult("Mataron al Güero en el hospital. Felicidades a los que lo "
                  "hicieron.",
                  "Felicidades a los que lo hicieron");
    expect_clear("Felicidades a los que lo hicieron posible, gran marcha.");
    expect_insult("Hope the nine stay missing.", "Hope the nine stay missing");
    expect_insult("ojalá los 9 no aparezcan nunca", "ojalá los 9 no aparezcan");
    expect_insult("Too bad they found 22 alive.", "bad they found 22 alive");
    expect_clear("Ojalá los encuentren pronto.");
    expect_clear("Qué lástima que solo encontraron a 22 vivos.");
    expect_clear("Ojalá nunca encuentren a los culpables, dice el fiscal.");
    expect_clear("Too bad the dog was found alive but hurt.");
    expect_clear("Congrats to the nurses for their strike.");
    expect_clear("Mis respetos a las madres que buscan a sus hijos");
    expect_clear("respect to the journalists who exposed who killed her");
    expect_clear("Respect to the cops who shot down the rumor");
    expect_clear("props to whoever shot this video");
}
END_TEST

START_TEST(streets_cleaned_and_a_bullet_as_the_answer_are_held)
{
    expect_insult("Cartel did what the police won't, cleaned up the "
                  "neighborhood",
                  "Cartel did what the police won't, cleaned up the "
                  "neighborhood");
    expect_insult("Best thing the cartel ever did was clean the streets of "
                  "these losers",
                  "cartel ever did was clean the streets");
    expect_insult("Whoever did this, respect. Finally someone shutting these "
                  "rats up",
                  "respect");
    expect_threat("the governor is lucky I don't live in his state. one "
                  "bullet, problem solved",
                  "bullet, problem solved");
    expect_threat("un plomazo y listo", "plomazo y listo");
    /* a city's sweepers, money laundered, a mural, a free kick */
    expect_clear("The city cleaned the streets after the parade");
    expect_clear("The cartel cleans its money in banks");
    expect_clear("Whoever did this, respect. The mural is beautiful");
    expect_clear("Tiro libre y listo, ganamos");
    expect_clear("Meter la bala en la recámara y listo");
    expect_clear("A bullet never solved anything, problem solved by dialogue");
}
END_TEST

START_TEST(a_killing_to_be_finished_is_held)
{
    expect_threat("The shooters left him alive. Someone should finish the "
                  "job.",
                  "finish the job");
    expect_threat("they should have finished the job on the whole family "
                  "after the shooting",
                  "finished the job on the whole family");
    expect_threat("Dos muertos nada más, les faltó terminar el trabajo.",
                  "terminar el trabajo");
    expect_threat("ojalá alguien termine el jale, una lacra menos",
                  "termine el jale");
    /* an attack missed, someone named and another try promised */
    expect_threat("Shame they missed the mayor. Next time.",
                  "Shame they missed the mayor");
    expect_threat("next time aim better, we need more than four", "aim better");
    /* work, an arrest, a thing */
    expect_clear("Congress should finish the job.");
    expect_threat("We should all go down to the station tonight and finish "
                  "the job. Who's in?",
                  "finish the job");
    expect_clear("We should finish the job tonight, the report is due "
                 "tomorrow. Who's in for pizza?");
    /* a figure of speech: killed online */
    expect_clear("a ese regidor lo mataron en redes jaja, no quedó nada de "
                 "él");
    expect_clear("After the shooting the police should finish the job and "
                 "arrest the rest of the gang.");
    expect_clear("I hope they finish the job on the clinic wing after the "
                 "attack.");
    expect_clear("Shame they missed the bus. Next time leave earlier.");
    expect_clear("Ojalá terminen el trabajo de la carretera antes de "
                 "diciembre.");
}
END_TEST

START_TEST(descansa_en_pedazos_is_held)
{
    expect_insult("Descansa en pedazos, sapo.", "Descansa en pedazos");
    expect_clear("Descansa en paz, compañero.");
}
END_TEST

START_TEST(the_whole_family_wished_dead_is_held)
{
    expect_insult("They killed three, shoulda been the whole family.",
                  "shoulda been the whole family");
    expect_clear("The whole family should have been invited, they killed it "
                 "at the party.");
    expect_clear("My uncle was killed in the crash and the insurance only "
                 "covered his wife. Should've been the whole family.");
    expect_clear("Two men were killed there. The evacuation should have been "
                 "the whole. Family homes were left behind.");
    expect_clear("Le eché insecticida al zancudo toda la noche y nada, "
                 "lástima que no se murió.");
    expect_clear("Vale la pena decirlo: hallaron a los 12 vivos.");
}
END_TEST

START_TEST(pity_and_the_whole_town_in_ordinary_words_pass)
{
    expect_clear("Le eché insecticida al zancudo toda la noche y nada, "
                 "lástima que no se murió.");
    expect_clear("Con la helada pensé que se acababa la plaga de pulgón, "
                 "qué pena que no se murieran.");
    expect_clear("Se me secó el cilantro pero la mala hierba sigue ahí. "
                 "Lástima que no se murió también.");
    expect_clear("Fumigaron la escuela por las cucarachas; lástima que no "
                 "se murieron.");
    expect_clear("En la serie mataron al protagonista, lástima que no se "
                 "murió también el villano.");
    expect_clear("Qué pena que no se murió en su casa, rodeado de su "
                 "familia.");
    expect_clear("Mi abuelito estuvo muy grave pero qué bueno que no se "
                 "murió.");
    expect_clear("Hay gente comentando \"lástima que no se murió\", qué "
                 "asco.");
    expect_clear("Las ratas del mercado se comieron el veneno, qué pena que "
                 "no se murieron.");
    expect_clear("They evacuated only one street after the gas explosion "
                 "killed two people. Should have been the whole town.");
    expect_clear("My grandpa died and the company only gave me one day off. "
                 "Should've been the whole family, we all worked there.");
    expect_clear("After the flu deaths the free shots were only for kids; "
                 "shoulda been the whole family.");
    expect_clear("The hospital only tested the kids after the boy died of "
                 "dengue, should have been the whole town.");
    expect_clear("The memorial plaque for the miners who died lists only "
                 "the foremen. Should have been the whole crew.");
    expect_clear("When the firefighter died they only honored his captain, "
                 "shoulda been the whole crew.");
    expect_clear("The fumigation after the dengue deaths covered one block. "
                 "Should've been the whole town.");
    expect_clear("Valió la pena la espera: rescataron a todos vivos.");
    expect_clear("Valió la pena el esfuerzo de los rescatistas, encontraron "
                 "a todos vivos.");
    expect_clear("Vale la pena decirlo: hallaron a los 12 vivos.");
    expect_clear("You shoulda seen the crowd when they found them all alive.");
    expect_clear("Qué pena con ustedes, pero ya encontraron a todos vivos "
                 "en la mina.");
    expect_clear("Qué pena que no se murieran las garrapatas con el baño "
                 "que le di al perro. Hay que repetir.");
    expect_clear("Qué pena que no se murió antes de ver su equipo campeón, "
                 "le hubiera encantado.");
    expect_clear("El gato de mi vecina se comió un ratón envenenado y qué "
                 "bueno, no se murió.");
    expect_clear("A mi perro lo atropellaron ayer, qué pena, pero no se "
                 "murió.");
    expect_clear("The landslide killed 4 people and they only evacuated our "
                 "block. Should've been the whole town.");
    expect_clear("After the bus crash killed 12, they replaced the brakes "
                 "on one bus. Should have been the whole lot.");
    expect_clear("My uncle was killed in the crash and the insurance only "
                 "covered his wife. Should've been the whole family.");
    expect_clear("The death of Don Chuy hit everyone, but only his sons got "
                 "to speak at the mass. Should've been the whole town.");
    expect_clear("The union only gave a bonus to the foreman after the "
                 "miner was killed, shoulda been the whole crew.");
    expect_clear("Dead fish washed up on the beach and the health alert "
                 "covered one hotel, should have been the whole town.");
    expect_clear("The raise should have been the whole team, not just the "
                 "managers.");
    expect_clear("Valió la pena el rescate, sacaron a todos vivos.");
    expect_clear("Vale la pena recordarlo: los hallaron a todos vivos.");
    expect_clear("Pena de muerte para nadie: encontraron a todos vivos y "
                 "los culpables van a juicio.");
}
END_TEST

START_TEST(too_few_bullets_are_held)
{
    expect_insult("faltaron balas jaja", "faltaron balas");
    expect_insult("les faltaron más balas", "faltaron más balas");
    expect_insult("faltó plomo", "faltó plomo");
    expect_insult("not enough bullets", "not enough bullets");
    expect_insult("they should have used more bullets", "used more bullets");
    /* a reviewer's, written blind */
    expect_insult("faltaron balazos jajaja", "faltaron balazos");
    expect_insult("not enough bullets if you ask me", "not enough bullets");
    expect_insult("Hahaha not enough lead for that dog", "not enough lead");
    expect_insult("pocas balas le dieron, merecía el cargador entero",
                  "pocas balas");
    expect_insult("faltó metralla para ese hijo de su madre", "faltó metralla");
    expect_insult("faltaron balas we, ni se murió rápido", "faltaron balas");
}
END_TEST

START_TEST(bullets_run_short_in_a_fight_pass)
{
    expect_clear("Los policías pelearon tres horas, al final les faltaron "
                 "balas.");
    expect_clear("A los de la autodefensa les faltaron balas.");
    expect_clear("faltaron balas para defenderse");
    expect_clear("no faltaron balas en esa fiesta");
    expect_clear("¿faltaron balas?");
    expect_clear("We needed more bullets at the range.");
    expect_clear("pocas balas le dieron a la patrulla los de la tienda");
    /* a code review's */
    expect_clear("The gunman reloaded and used more bullets.");
    expect_clear("Faltaron balas para esa misión del videojuego");
    expect_clear("Not enough ammo for this boss fight");
}
END_TEST

START_TEST(one_down_is_held)
{
    expect_insult("One down.", "One down");
    expect_insult("hahahahaha one down 💀", "one down");
    expect_insult("Mataron al Chapito. One down, many more to go.", "One down");
}
END_TEST

START_TEST(one_down_of_chores_passes)
{
    expect_clear("One down, two finals to go!");
    expect_clear("The one down the street is open.");
    expect_clear("uno menos, faltan dos exámenes y salgo de vacaciones");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, too_few_bullets_are_held);
    tcase_add_test(tc, bullets_run_short_in_a_fight_pass);
    tcase_add_test(tc, one_down_is_held);
    tcase_add_test(tc, one_down_of_chores_passes);
    tcase_add_test(tc, pity_and_the_whole_town_in_ordinary_words_pass);
    tcase_add_test(tc, the_whole_family_wished_dead_is_held);
    tcase_add_test(tc, descansa_en_pedazos_is_held);
    tcase_add_test(tc, a_death_laughed_at_is_held);
    tcase_add_test(tc, streets_cleaned_and_a_bullet_as_the_answer_are_held);
    tcase_add_test(tc, hail_to_the_killers_is_held);
    tcase_add_test(tc, one_less_is_held);
    tcase_add_test(tc, one_less_thing_passes);
    tcase_add_test(tc, one_less_with_a_word_before_the_vermin_is_held);
    tcase_add_test(tc, no_one_mourning_the_dead_is_held);
    tcase_add_test(tc, missing_things_and_mourning_pass);
    tcase_add_test(tc, a_death_called_deserved_is_held);
    tcase_add_test(tc, a_sentence_a_prize_or_a_denial_passes);
    tcase_add_test(tc, too_few_dead_and_gladness_are_held);
    tcase_add_test(tc, more_marchers_and_conditions_pass);
    tcase_add_test(tc, curses_on_the_dead_are_held);
    tcase_add_test(tc, a_dead_kind_of_person_called_good_is_a_threat);
    tcase_add_test(tc, the_victim_blamed_is_held);
    tcase_add_test(tc, a_harm_called_deserved_is_held);
    tcase_add_test(tc, justice_praise_and_denials_deserved_pass);
    tcase_add_test(tc, a_killing_called_a_favour_or_a_cleansing_is_held);
    tcase_add_test(tc, favours_and_cleansing_condemned_pass);
    tcase_add_test(tc, the_lesson_of_a_killing_is_held);
    tcase_add_test(tc, an_attack_that_failed_regretted_is_held);
    tcase_add_test(tc, a_killing_to_be_finished_is_held);
}

TEST_MAIN("screen_gloat")
