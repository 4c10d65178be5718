/*
 * test_screen_veiled.c - the grammar of threats made without a violent
 * verb (src/screen/veiled.c) through screen_check with no model: knowing
 * where "you" live, "your" funeral, "you'll be next", counted days, a
 * choice, "a shame if", where bodies go and warnings are held as threats
 * with their words highlighted; the same words in friendly talk, politics,
 * reports, negations and the news are not.
 */
#include "screen_expect.h"

START_TEST(watching_and_knowing_is_held)
{
    expect_threat("we know where your kids go to school. keep writing",
                  "we know where your kids");
    expect_threat("I know where you live, reporter.", "I know where you live");
    expect_threat("We have your schedule. See you around.",
                  "We have your schedule");
    expect_threat("We're watching you.", "We're watching you");
    expect_threat("We know which school your son goes to.",
                  "We know which school your son");
    expect_threat("Ya sabemos dónde trabajas, chismoso.",
                  "Ya sabemos dónde trabajas");
    expect_threat("Te conozco, sé dónde trabajas, nos vemos pronto",
                  "sé dónde trabajas");
    expect_threat("Sabemos dónde vive tu familia.",
                  "Sabemos dónde vive tu familia");
    expect_threat("We know where your brother works.",
                  "We know where your brother");
    expect_threat("Sabemos que tu hermano trabaja en la gasolinera.",
                  "Sabemos que tu hermano trabaja en");
    expect_threat("We know you work at the hospital, nurse.",
                  "We know you work at the hospital");
    expect_threat("Delete my comment again and I'll find out who you are.",
                  "I'll find out who you are");
    expect_threat("voy a averiguar quién eres, moderador",
                  "voy a averiguar quién eres");
    expect_clear("Let's find out who won the election.");
    expect_clear("Vamos a averiguar quién lo hizo.");
    expect_threat("We know which days you go to the market alone.",
                  "We know which days you go");
    expect_threat("Sabemos a qué hora sales de tu casa.",
                  "Sabemos a qué hora sales");
    expect_clear("Sabemos qué días abre el mercado.");
    expect_clear("Sabemos a qué hora sales del trabajo, te esperamos con "
                 "pastel!!");
    expect_threat("Ya sabemos que vives en la calle Hidalgo.",
                  "Ya sabemos que vives en la calle");
    expect_threat("Te tenemos ubicado, periodista.", "Te tenemos ubicado");
    expect_threat("Ya conocemos tu domicilio, periodista.",
                  "Ya conocemos tu domicilio");
    /* a disclaimer or a stray word before does not hide it */
    expect_threat("No joke, we know where your kids go to school.",
                  "we know where your kids");
    expect_threat("No es broma, ya sabemos donde estudias.",
                  "ya sabemos donde estudias");
    expect_threat("No es amenaza, pero te tenemos ubicado.",
                  "te tenemos ubicado");
    expect_threat("Here is a message for you: we know where your kids go.",
                  "we know where your kids");
    expect_threat("Nobody can protect you, we know where you live.",
                  "we know where you live");
    /* watched, ending the sentence; who "you" are and live with */
    expect_threat("Te estamos viendo.", "Te estamos viendo");
    expect_threat("te tenemos bien checado, wey", "te tenemos bien checado");
    expect_threat("te estan viendo mija 👀👀", "te estan viendo");
    expect_threat("Al de arriba ya lo tienen ubicado",
                  "arriba ya lo tienen ubicado");
    expect_threat("We know who you are.", "We know who you are");
    expect_threat("Ya sabemos quién eres y con quién andas.",
                  "Ya sabemos quién eres");
    expect_threat("sabemos con quien vives", "sabemos con quien vives");
    expect_threat("We know who you live with, reporter.",
                  "We know who you live with");
    expect_threat("Sabemos quién te pasa los datos.", "Sabemos quién te pasa");
    expect_threat("We know your real name, blogger.", "We know your real name");
    expect_threat("Ya sabemos cómo te llamas.", "Ya sabemos cómo te llamas");
}
END_TEST

START_TEST(warnings_prices_and_accidents_are_held)
{
    expect_threat("This blog is going to stop existing soon. You have been "
                  "warned.",
                  "You have been warned");
    expect_threat("Anyone who talks to this blog pays the price. Consider "
                  "yourselves warned.",
                  "Consider yourselves warned");
    expect_threat("Quedas advertido, periodista.",
                  "Quedas advertido, periodista");
    expect_threat("Borren la nota, ya están advertidos.",
                  "ya están advertidos");
    expect_threat("Stop whining and pay. The cuota is cheaper than a "
                  "funeral.",
                  "cheaper than a funeral");
    expect_threat("ya pagale a la maña wey, sale mas barato q un funeral",
                  "mas barato q un funeral");
    expect_clear("Pay for the helmet, it's cheaper than a funeral.");
    expect_threat("pay the piso and nobody gets hurt. its not complicated",
                  "pay the piso and nobody gets hurt");
    expect_threat("paguen el piso y nadie sale lastimado, asi de facil",
                  "paguen el piso y nadie sale lastimado");
    expect_clear("Pay attention: nobody got hurt in the crash.");
    expect_threat("Send the 3,000 dollars before Friday or you won't hear "
                  "from him again.",
                  "Send the 3,000 dollars before Friday or you won't hear "
                  "from him again");
    expect_threat("Deposite los 3 mil dólares o ya no va a saber de él.",
                  "Deposite los 3 mil dólares o ya no va a saber de");
    expect_threat("paga o no la vuelves a ver", "paga o no la vuelves a ver");
    expect_clear("Pay the fine or you won't see your license again.");
    expect_clear("Manda 500 pesos o no vas a ver el final de la serie.");
    expect_clear("\"Pay the piso and nobody gets hurt\" is what they tell "
                 "every new driver.");
    expect_clear("They pay the piso so nobody gets hurt, that is the sad "
                 "reality.");
    expect_threat("People who write about things that don't concern them "
                  "tend to have accidents.",
                  "tend to have accidents");
    expect_threat("Los periodistas metiches suelen tener accidentes.",
                  "suelen tener accidentes");
    expect_clear("Drivers who text tend to have accidents.");
    expect_threat("RIP Paola, in advance 🌹", "RIP Paola, in advance");
    expect_threat("mis condolencias... por ahora 🙂",
                  "condolencias... por ahora");
    expect_clear("RIP to the victims. Thanks in advance for sharing.");
    expect_threat("Thoughts and prayers to the next one 😘",
                  "prayers to the next");
    expect_clear("Mis oraciones para la siguiente marcha.");
    expect_clear("Condolences. For now we wait for the autopsy.");
    expect_threat("What a beautiful face. Shame if something happened to it.",
                  "Shame if something happened");
    expect_clear("Beautiful lake. Shame if something happened to it.");
    expect_clear("Accidents happen, drive safe this weekend.");
    expect_clear("Reporters who drive tired tend to have accidents, rest.");
    /* a notice, a joke, what someone was warned of */
    expect_clear("Heads up: the road to Tepic is closed by landslides, "
                 "you've been warned.");
    expect_clear("Stop eating that salsa, it burns. You have been warned 😂");
    expect_clear("Dejen de quejarse, quedan advertidos de que el puente "
                 "cierra el lunes.");
    expect_clear("The mayor was warned twice and did nothing.");
}
END_TEST

START_TEST(watching_and_knowing_in_friendly_talk_passes)
{
    expect_clear("Te estamos viendo desde Houston, saludos al live.");
    expect_clear("Mi hijo se fue a donde trabajas tú, le va bien.");
    expect_clear("Sabemos que tu hermano trabaja mucho, felicidades.");
    expect_clear("We know you work in fear every day, thank you.");
    expect_clear("Sabemos que trabajas en condiciones muy duras.");
    expect_clear("Sabemos que vives en la misma colonia, vecino.");
    expect_clear("Ya sabemos quién es el culpable: el alcalde.");
    expect_clear("We know who you are: the only honest reporter left.");
    expect_clear("we know who you are, big fan of your radio show");
    expect_clear("Sabemos quién eres! Te vimos en la tele, felicidades.");
    expect_clear("I know who you are, we went to the same school.");
    expect_clear("We know who you are voting for, and that's fine.");
    expect_clear("I know your real name is Ana, nice to meet you.");
    expect_clear("Te estamos viendo, saludos desde Monterrey.");
    expect_clear("te estamos viendo 😂 saludos");
    expect_clear("Mis primos te mandan saludos.");
    expect_clear("Tienes razón, qué pena si le pasa algo al mercado.");
    expect_clear("Gracias por tu valentía, pero cuídate. No vale la pena que "
                 "te pase algo.");
    expect_threat("Valdría la pena que te pase algo, periodista.",
                  "pena que te pase algo");
    expect_clear("We know the real name of the company behind the contract.");
}
END_TEST

START_TEST(graves_next_days_and_choices_are_held)
{
    expect_threat("Delete this or it'll be your funeral.", "your funeral");
    expect_threat("Keep publishing and your next article will be your "
                  "obituary.",
                  "your obituary");
    expect_threat("You'll be in your own grave by Friday.", "your own grave");
    expect_threat("Sigue así y tu próxima nota va a ser tu esquela.",
                  "tu esquela");
    expect_threat("Ya tenemos lista tu tumba.", "tu tumba");
    expect_threat("You'll be next, reporter.", "You'll be next");
    expect_threat("The sister is next. Mark my words.", "sister is next");
    expect_threat("la hermana es la siguiente", "hermana es la siguiente");
    expect_threat("Vas a ser el siguiente, periodista.",
                  "Vas a ser el siguiente");
    expect_threat("ur days are numbered buddy", "ur days are numbered");
    expect_threat("Te quedan pocos días, periodista.", "Te quedan pocos días");
    expect_threat("Delete it or we delete you.", "or we delete you");
    expect_threat("Borra eso o te borramos.", "o te borramos");
    expect_threat("Pay up or your family pays.", "or your family pays");
    expect_threat("Would be a shame if something happened to your car.",
                  "shame if something happened");
    expect_threat("Sería una lástima que algo le pasara a tu negocio.",
                  "lástima que algo le pasara");
    expect_threat("Sería una pena que le pasara algo a tus hijos.",
                  "pena que le pasara algo");
    expect_threat("Tienes un negocio bonito, qué pena si le pasa algo.",
                  "pena si le pasa algo");
    expect_threat("A pity if anything happened to that lovely family.",
                  "pity if anything happened");
    expect_threat("Keep talking and you'll be sleeping with the fishes.",
                  "sleeping with the fishes");
    expect_threat("Te vas a ir a dormir con los peces.",
                  "dormir con los peces");
    expect_threat("Vas a amanecer con la boca llena de tierra.",
                  "boca llena de tierra");
    expect_threat("This is your last warning.", "your last warning");
    expect_threat("Es tu último aviso, chismoso.", "tu último aviso");
    expect_threat("This is your only warning: stop.", "your only warning");
    expect_threat("Take it down. Last warning.", "Last warning");
    expect_threat("Stop writing. This is the only warning you get.",
                  "the only warning you get");
    expect_threat("Esta es la única advertencia que vas a tener.",
                  "la única advertencia que vas a tener");
    expect_threat("Primera y última advertencia, periodista.",
                  "Primera y última advertencia");
    /* a visit called for */
    expect_threat("Someone should pay that journalist a visit.",
                  "should pay that journalist a visit");
    expect_threat("Alguien debería hacerle una visita al periodista.",
                  "debería hacerle una visita al periodista");
    expect_threat("Hay que visitar a la reportera.",
                  "que visitar a la reportera");
    expect_threat("Someone should pay a visit to the collective leader at her "
                  "place in Colonia Las Flores, teach her to stop digging.",
                  "should pay a visit to the collective leader");
    expect_threat("Último aviso, reportero.", "Último aviso");
    expect_threat("Ya te vimos, periodista. Cuenta tus días.",
                  "Cuenta tus días");
    expect_threat("Count your days, snitch", "Count your days");
    expect_threat("Ortega is next. Count the days.", "Count the days");
    expect_threat("Ortega sigue, cuenten los días.", "cuenten los días");
    expect_threat("Better sleep with one eye open.", "sleep with one eye open");
    expect_threat("Duerman con un ojo abierto.", "Duerman con un ojo abierto");
}
END_TEST

/* Shapes added after a third development probe, and their look-alikes. */
START_TEST(seen_while_you_can_greetings_and_family_first)
{
    expect_threat("we already have you located", "we already have you located");
    expect_threat("delete the post while you still can",
                  "delete the post while you still can");
    expect_threat("borra la nota mientras puedas",
                  "borra la nota mientras puedas");
    expect_threat("te mandan saludos los de la plaza",
                  "saludos los de la plaza");
    expect_threat("Ahí te mandan saludos los primos, dicen que les gustó "
                  "mucho tu trabajo",
                  "saludos los primos");
    expect_threat("the boss sends his regards", "boss sends his regards");
    expect_threat("piensa en tu mamá antes de publicar la siguiente",
                  "piensa en tu mamá antes de publicar");
    expect_threat("you should think about your mother before you publish",
                  "think about your mother before you publish");
    expect_clear("We have you down for two tickets on Friday.");
    expect_clear("Enjoy the beach while you still can.");
    expect_clear("Disfruta a tus hijos mientras puedas, crecen rápido.");
    expect_clear("Mi jefe te manda saludos, dice que gran nota.");
    expect_clear("Te mandan saludos desde la plaza de armas de Culiacán.");
    expect_clear("My boss sends his regards and a thank you.");
    expect_clear("Think of your family before you drive drunk.");
}
END_TEST

START_TEST(the_same_words_elsewhere_pass)
{
    /* friendly talk, politics and idioms */
    expect_clear("We know where the money went.");
    expect_clear("I know where you're coming from, but I disagree.");
    expect_clear("I know where you stand on this.");
    expect_clear("Now we know where your family stands on taxes.");
    expect_clear("We have your back, keep writing.");
    expect_clear("I know your family, they are good people.");
    expect_clear("Te seguimos desde Chicago, saludos.");
    expect_clear("Te vimos en la tele, qué buena entrevista.");
    expect_clear("Sabemos dónde está el problema: en la fiscalía.");
    expect_clear("Resign or we vote you out.");
    expect_clear("Either stop the boats or we bury you economically.");
    expect_clear("Te quedan pocos días de vacaciones, disfrútalos.");
    expect_clear("You're next in line, please wait.");
    expect_clear("It would be a shame if the park closed.");
    expect_clear("Protección Civil emitió la última advertencia por el "
                 "huracán.");
    expect_clear("Vamos a dormir temprano para ir a pescar peces mañana.");
    /* family and friends, things known, not whereabouts */
    expect_clear("We have your family in our prayers.");
    expect_clear("We know your family, they are good people.");
    expect_clear("Sabemos que tu hijo está enfermo, te mandamos un abrazo.");
    expect_clear("Conocemos a tu familia, son gente muy buena.");
    expect_clear("We have your name on the list for the forum.");
    expect_clear("We know where the governor's family keeps the money.");
    expect_clear("Todos sabemos dónde están los hijos del Chapo.");
    /* "grave", "next", "a shame", "pay", "last warning", "pocos dias" in
     * everyday talk */
    expect_clear("I share your grave concerns about the new law.");
    expect_clear("This should be your wake up call, Mexico.");
    expect_clear("Espero que te recuperes pronto de tu grave accidente.");
    expect_clear("Qué pena que algo así pase en nuestro país.");
    expect_clear("Vale la pena que pase algo así en cada colonia.");
    expect_clear("Qué pena que le pasara algo así a la familia del alcalde.");
    expect_clear("What a shame if anything happened to the ceasefire.");
    expect_clear("Cut the debt now or your kids will pay for it later.");
    expect_clear("Arreglen las pensiones ahora o tus hijos pagan después.");
    expect_clear("Thanks for your last warning about the highway.");
    expect_clear("Gracias por tu último aviso, la carretera estaba cerrada.");
    expect_clear("¡Felicidades! Ya te quedan pocos días, disfrútalos.");
    expect_clear("Te quedan pocos días, ánimo con la tesis.");
    expect_clear("Keep writing and you'll be next in line for a Pulitzer.");
    expect_clear("Vas a ser la siguiente en ganar el premio.");
    /* from a second review: idioms, cheers, feelings, groups, elections */
    expect_clear("I know where this comes from, the governor lies.");
    expect_clear("Ya sabemos desde donde escribes, saludos a Palacio.");
    expect_clear("Ya agarraron al exgobernador, tu vas a ser el siguiente wey");
    expect_clear("Felicidades a la ganadora, tu vas a ser la siguiente!");
    expect_clear("Congrats to her! Keep applying, you'll be next.");
    expect_clear("My sister is next, she gets her visa tomorrow!");
    expect_clear("¿La hermana es la siguiente?");
    expect_clear("The sister is next in line to testify.");
    expect_clear("It's your funeral if you keep voting for them.");
    expect_clear("Want to eat street sushi in July? Your funeral.");
    expect_clear("Con esas declaraciones estás cavando tu propia tumba.");
    expect_clear("That was the final nail in your coffin, Alito.");
    expect_clear("Beautiful piece. Your obituary made me cry.");
    expect_clear("Me daría mucha lástima que algo le pasara a la reportera.");
    expect_clear("Hermosa laguna, sería una lástima que algo le pasara.");
    expect_clear("Manda la foto o te eliminamos del grupo");
    expect_clear("Vota bien o tus hijos pagan las consecuencias");
    expect_clear("Cumplan sus promesas o te borramos en la elección.");
    expect_clear("Lo encontraron con la boca llena de tierra, qué horror.");
    expect_clear("Your last warning about the flood was spot on, thanks.");
    expect_clear("Last warning for the road closure: it starts at six.");
    expect_clear("The only warning you get is a text from the bank.");
    expect_clear("We should pay the museum a visit before it closes.");
    expect_clear("We should pay a visit to the museum.");
    expect_clear(
        "Someone should pay a visit to the union leader to negotiate.");
    expect_clear("Hay que visitar a la abuela este domingo.");
    expect_clear("Alguien debería hacerle una visita al periodista en el "
                 "hospital, está solito.");
    expect_clear("This is the only warning you get: the bridge on the "
                 "federal highway is closed from 10 pm.");
    expect_clear("The cartel's message read \"la única advertencia que vas a "
                 "tener\", and the mayor resigned.");
    expect_clear("Primera y última advertencia: el puente cierra el lunes.");
    expect_clear("Último aviso para inscribirse al taller de periodismo.");
    expect_clear("Count your days off before you ask for more.");
    expect_clear("Next week is the vote, count the days.");
    expect_clear("Count the days until the election.");
    expect_clear("Count your blessings, things could be worse.");
    expect_clear("Since the robbery I sleep with one eye open.");
    expect_clear("Yo duermo con un ojo abierto desde el asalto.");
    /* a friendly word, a film, a bill, one's own writing */
    expect_clear("We saw your daughter at the school play, she was great!");
    expect_clear("Vimos a tu hija en el festival, bailó precioso.");
    expect_clear("Heads up: the road is closed, you've been warned.");
    expect_clear("Cierran la carretera por deslaves, están advertidos.");
    expect_clear("The tax plan will sleep with the fishes in committee.");
    expect_clear("Your obituary of the old baker was so moving.");
    /* condolences */
    expect_clear("I'm so sorry, when is your father's funeral?");
    expect_clear("Mi más sentido pésame, ¿a qué hora es el velorio de tu "
                 "papá?");
    /* negations and reports */
    expect_clear("We don't know where you live and we don't care.");
    expect_clear("Nadie sabe dónde vives, tranquilo.");
    expect_clear("Las amenazas que recibió (vas a ser el siguiente) están "
                 "en el informe.");
    expect_clear("They told him he would be next, the prosecutor said.");
    expect_clear("La manta decía: «ya sabemos dónde vives», qué miedo.");
}
END_TEST

START_TEST(how_long_visits_and_snitches)
{
    expect_threat("Keep digging and we will see how long your kids stay safe.",
                  "see how long your kids stay safe");
    expect_threat("Publica otra nota y a ver cuanto tiempo sigues vivo.",
                  "ver cuanto tiempo sigues vivo");
    expect_threat("Hope the cartel drops by and pays you a visit, clown.",
                  "Hope the cartel drops by and pays you a visit");
    expect_threat("Ojalá los narcos te hagan una visita pronto.",
                  "Ojalá los narcos te hagan una visita");
    expect_threat("Ya sabes, los soplones terminan en una fosa.",
                  "soplones terminan en una fosa");
    expect_threat("Snitches end up in bags, remember that.",
                  "Snitches end up in bags");
    expect_threat("A ese hocicón denle su vitamina de plomo.", "denle");
    expect_clear("Let's see how long you stay healthy on that diet.");
    expect_clear("How long have you been safe in that neighbourhood?");
    expect_clear("I hope the navy pays the cartel a visit soon.");
    expect_clear("Ojalá los narcos nunca te visiten, cuídate mucho.");
    expect_clear("The banner said snitches end up in bags, and police "
                 "found it at dawn.");
    expect_clear("Denle su vitamina C al niño, está enfermo.");
}
END_TEST

START_TEST(an_ultimatum_turning_its_verb_on_the_reader_is_held)
{
    expect_threat("Un consejito pa las del colectivo: dejen de escarbar o las "
                  "vamos a escarbar a ustedes",
                  "dejen de escarbar o las vamos a escarbar");
    expect_threat("Stop digging or we will dig for you next",
                  "Stop digging or we will dig");
    expect_threat("deja de buscar o te buscamos a ti",
                  "deja de buscar o te buscamos");
    /* a block, another verb, no one who does it */
    expect_clear("stop blocking me or I will block you");
    expect_clear("Deja de escarbar o te vas a cansar");
    expect_clear("stop running or you will be running late");
    /* reported from a group chat */
    expect_clear("The mothers' collective got a message in their group chat: "
                 "\"stop digging or we'll dig for you\". The prosecutor called "
                 "it a prank.");
}
END_TEST

START_TEST(the_writer_taken_care_of_and_tongues_cut_are_held)
{
    expect_threat("Somebody in Culiacán please do us all a favor and take care "
                  "of the guy who wrote this",
                  "please do us all a favor and take care of the guy who "
                  "wrote");
    expect_threat("que alguien se encargue de esa periodista",
                  "alguien se encargue de esa periodista");
    expect_threat("hay que encargarse del que escribió esto",
                  "que encargarse del que escribió");
    expect_threat("A los chismosos en Guerrero se les corta la lengua, que no "
                  "se les olvide",
                  "chismosos en Guerrero se les corta la lengua");
    expect_threat("Snitches get their tongues cut out",
                  "Snitches get their tongues cut");
    /* care given */
    expect_clear("someone please take care of the reporter's kids while she is "
                 "in hospital");
    expect_clear("please take care of the reporter, she is injured");
    expect_clear("take care of yourself");
    expect_clear("Encárguense de la nota");
}
END_TEST

START_TEST(someone_at_risk_said_to_be_located_is_held)
{
    expect_threat(
        "Al que filtró el audio del presidente municipal ya lo tienen "
        "bien ubicado. Nomás les digo.",
        "que filtró el audio del presidente municipal ya lo tienen "
        "bien ubicado");
    expect_threat("Te tenemos bien ubicado, sabemos a que hora sales del "
                  "trabajo.",
                  "Te tenemos bien ubicado");
}
END_TEST

START_TEST(a_bet_on_who_is_next_is_held)
{
    expect_threat("My money is on the other lady from the collective being "
                  "next. Any takers?",
                  "money is on the other lady from the collective being next");
    expect_threat("I'd bet a case of Pacifico the blonde reporter goes "
                  "missing before Christmas.",
                  "bet a case of Pacifico the blonde reporter goes missing");
    expect_threat("apuesto una carne asada a que la de lentes de las "
                  "rastreadoras es la que sigue",
                  "apuesto una carne asada a que la de lentes de las "
                  "rastreadoras es la que sigue");
    expect_threat("Apuesto a que la señora desaparece antes de fin de año.",
                  "Apuesto a que la señora desaparece");
    /* an arrest, a place, a team, a line, the news, a denial */
    expect_clear("They arrested the mayor, I bet the governor is next.");
    /* the last days enjoyed, and "no respondemos" after a deadline */
    expect_threat("disfruta tus ultimos dias wey", "disfruta tus ultimos dias");
    expect_clear("Disfruten sus últimas semanas en la prepa.");
    expect_threat("Tienes 24 horas para quitar la nota. Después no "
                  "respondemos.",
                  "Después no respondemos");
    expect_clear("No respondemos mensajes en domingo.");
    expect_clear("El horario es de 9 a 5 horas, luego no respondemos.");
    /* a bet that someone does not live to a day */
    expect_threat("Who wants to bet the journalist doesnt make it to "
                  "christmas?",
                  "bet the journalist");
    expect_threat("Apuesto a que la reportera no llega a diciembre.",
                  "Apuesto a que la reportera");
    expect_clear("I bet she wont make it to the final, the other team is "
                 "better.");
    expect_clear("I bet my mom wont make it to christmas, the cancer is "
                 "everywhere.");
    expect_clear("Ya cayó el alcalde, apuesto a que el gobernador es el "
                 "siguiente.");
    expect_clear("I bet Monterrey is next.");
    expect_clear("I bet she is next in line for the job.");
    expect_clear("apuesto a que el fiscal es el siguiente en declarar");
    expect_clear("I bet the son disappears from the news in a week.");
    expect_clear("My money is on the army being behind this.");
    expect_clear("I bet he scores next.");
}
END_TEST

START_TEST(a_family_said_then_publishing_weighed_is_held)
{
    expect_threat("The mayor has friends. You people have families. Think "
                  "about that before you hit share.",
                  "Think about that before you hit share");
    expect_threat("el presidente municipal tiene amigos. ustedes tienen "
                  "familia. piensenle antes de compartir",
                  "piensenle antes de compartir");
    expect_clear("You have a family too, think about that before you vote "
                 "for him.");
    expect_clear("Think about that before you share fake news.");
    expect_clear("ustedes tienen familia, piensenle antes de salir de noche");
}
END_TEST

START_TEST(an_address_asked_then_a_meeting_in_person_is_held)
{
    expect_threat("Send me your address Marco and we can discuss this face to "
                  "face 👊",
                  "Send me your address Marco and we can discuss this face to "
                  "face");
    expect_threat("pasame tu direccion y lo arreglamos en persona",
                  "pasame tu direccion y lo arreglamos en persona");
    expect_threat("dime donde vives y lo platicamos cara a cara",
                  "dime donde vives y lo platicamos cara a cara");
    expect_clear("Send me your address and I will mail you the book.");
    expect_clear("Nos vemos en persona en la marcha del domingo.");
    expect_clear("Great piece 👊");
}
END_TEST

START_TEST(others_said_to_know_where_the_reader_lives_are_held)
{
    expect_threat("My people know where your daughter goes to school.",
                  "My people know where your daughter");
    expect_threat("My boys know where you live. Take care.",
                  "My boys know where you live");
    expect_threat("Mis compas ya saben dónde vives.",
                  "Mis compas ya saben dónde vives");
    expect_threat("Ya saben donde vives, rata.", "Ya saben donde vives");
    expect_threat("They know where you live.", "They know where you live");
    expect_threat("Todo el pueblo sabe donde vives.",
                  "pueblo sabe donde vives");
    /* a warning, a question, someone else's house, a stance */
    expect_clear("Be careful Iván, they know where you live.");
    /* a shame said of a gathering */
    expect_threat("It would be a real shame if something happened at that "
                  "little vigil on Saturday.",
                  "shame if something happened");
    expect_clear("It would be a shame if something happened to the vigil "
                 "permit.");
    expect_threat("It would be a real shame if something happened at that "
                  "funeral on Thursday.",
                  "shame if something happened");
    /* a shame alone, ending the comment, after a compliment */
    expect_threat("La tienda de su mamá ha tenido visitas. Bonita tienda. "
                  "Sería una pena.",
                  "pena");
    expect_threat("Nice shop you have. Would be a shame.", "shame");
    expect_clear("Great coffee at that shop. Shame it closed early today.");
    /* someone said to be marked */
    expect_threat("Anyone who shows up to that funeral is marking "
                  "themselves. Remember that.",
                  "marking themselves");
    expect_threat("el que vaya al funeral el jueves queda marcado, "
                  "acuérdense",
                  "queda marcado");
    expect_threat("You're a marked man, Tomás.", "You're a marked man");
    expect_clear("Quedó marcado por la tragedia.");
    expect_clear("Ese gol queda marcado.");
    expect_clear("The email was marked as spam.");
    expect_clear("Cuídate, ya saben dónde vives.");
    expect_clear("Do they know where you live?");
    expect_clear("Everyone knows where the governor lives.");
    expect_clear("My friends know where you can buy it cheap.");
}
END_TEST

START_TEST(a_readers_ip_or_a_drivers_unit_claimed_is_held)
{
    expect_threat("Everyone reading this blog: we have your IPs.",
                  "we have your IPs");
    expect_threat("Whoever strikes tomorrow, we know your unit numbers.",
                  "we know your unit");
    expect_clear("tenemos tus números de la rifa, gracias por participar");
    /* one's own thought of, told of someone else */
    expect_threat("díganle al presidente de la liga que piense en su familia "
                  "antes de andar dando entrevistas",
                  "piense en su familia antes de andar dando entrevistas");
    expect_threat("the league president should think about his own kids "
                  "before he reopens anything",
                  "think about his own kids before he reopens");
    expect_clear("the mayor should think about his kids before he signs the "
                 "permit");
    /* a worse harm promised for the next time */
    expect_threat("broken arm is the warning. next time it wont be the arm",
                  "next time it wont be the arm");
    expect_threat("a la próxima no va a ser el brazo, mija", "el brazo");
    expect_clear("next time it won't be so easy for the mayor");
    expect_clear("la próxima no va a ser en el zócalo sino en la plaza");
}
END_TEST

START_TEST(we_are_watching_you_before_an_eye_or_a_name_is_held)
{
    expect_threat("ROSA ELENA we are watching you \xf0\x9f\x91\x81",
                  "we are watching you");
    expect_threat("we are watching you, reporter", "we are watching you");
    expect_clear("We are watching you, reporter, keep up the good work!");
    expect_clear("We are watching you \xf0\x9f\x98\x82");
}
END_TEST

START_TEST(a_coffin_to_be_bought_is_held)
{
    expect_threat("ve comprando tu ataúd", "tu ataúd");
    expect_threat("pick your casket", "your casket");
    expect_threat("start picking out your coffin", "your coffin");
    expect_clear("ve comprando tu boleto al concierto");
    expect_clear("pick your casket color in the catalog");
    expect_clear("compra tu ataúd con anticipación y ahorra");
    expect_clear("mi abuela ya está escogiendo su ataúd");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_coffin_to_be_bought_is_held);
    tcase_add_test(tc, we_are_watching_you_before_an_eye_or_a_name_is_held);
    tcase_add_test(tc, others_said_to_know_where_the_reader_lives_are_held);
    tcase_add_test(tc, a_bet_on_who_is_next_is_held);
    tcase_add_test(tc, a_family_said_then_publishing_weighed_is_held);
    tcase_add_test(tc, an_address_asked_then_a_meeting_in_person_is_held);
    tcase_add_test(tc, someone_at_risk_said_to_be_located_is_held);
    tcase_add_test(tc, the_writer_taken_care_of_and_tongues_cut_are_held);
    tcase_add_test(tc, an_ultimatum_turning_its_verb_on_the_reader_is_held);
    tcase_add_test(tc, watching_and_knowing_in_friendly_talk_passes);
    tcase_add_test(tc, watching_and_knowing_is_held);
    tcase_add_test(tc, warnings_prices_and_accidents_are_held);
    tcase_add_test(tc, graves_next_days_and_choices_are_held);
    tcase_add_test(tc, seen_while_you_can_greetings_and_family_first);
    tcase_add_test(tc, the_same_words_elsewhere_pass);
    tcase_add_test(tc, how_long_visits_and_snitches);
    tcase_add_test(tc, a_readers_ip_or_a_drivers_unit_claimed_is_held);
}

TEST_MAIN("screen_veiled")
