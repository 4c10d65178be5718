/*
 * test_screen_sayings.c - menace in set phrases (src/screen/sayings.c),
 * through screen_check with no model: held as threats; the same words
 * said of the weather, a vote, prayers or an engine pass.
 */
#include "screen_expect.h"

START_TEST(the_sayings_are_held)
{
    expect_threat("Rubén Acosta, ¿verdad que sigues viviendo por la colonia "
                  "Centro? Cuídate mucho, de verdad.",
                  "sigues viviendo por la");
    expect_threat("La manta fue clarita. El que no entendió pues que luego no "
                  "diga que no le avisaron.",
                  "no diga que no le avisaron");
    expect_threat("Alexa tu lugar es en el panteón no en la calle",
                  "lugar es en el panteón");
    expect_threat("Le quemaron el changarro y todavía no entiende el mensaje",
                  "no entiende el mensaje");
    expect_threat("ya quedaron todos bien registrados en video, los vamos a "
                  "tener muy presentes",
                  "tener muy presentes");
    expect_threat("hay que rezar por ellos... y si eso no funciona, ya habrá "
                  "quien se encargue.",
                  "habrá quien se encargue");
    expect_threat("Los 300 que marcharon: ya sabemos quiénes son. Disfruten "
                  "su orgullo mientras dure.",
                  "ya sabemos quiénes son");
    expect_threat("March was the first warning, the bridge was the second. "
                  "There is no third.",
                  "no third");
    expect_threat("Your mother cried when she saw the photos. She has to bury "
                  "you.",
                  "has to bury you");
    expect_threat("Dear Alexa, I hope you have good insurance this time. 🙏",
                  "hope you have good insurance this");
    expect_clear("There is no third option in this election.");
    expect_clear("I hope your insurance covers the damage from the fire");
    expect_clear("I hope you have good insurance, dentists are expensive");
    expect_clear("¿Sigues viviendo en Monterrey? Te extraño mucho, abrazos");
    expect_clear("Luego no digan que no les avisé: va a llover el domingo.");
    expect_clear("El gobierno todavía no entiende el mensaje de las urnas.");
    expect_clear("A las víctimas las vamos a tener muy presentes en nuestras "
                 "oraciones.");
    expect_clear("Ya sabemos quiénes son los responsables y nadie hace nada.");
}
END_TEST

START_TEST(more_sayings_are_held)
{
    expect_threat("El que no pague su cuota no tiene proteccion, asi de "
                  "sencillo.",
                  "no pague su cuota");
    expect_threat("Those who don't pay sleep without protection.",
                  "who don't pay");
    expect_threat("A los de derechos humanos tambien les va a tocar, nomas "
                  "esperen",
                  "les va a tocar");
    expect_threat("Qué bonito sería Tapachula sin ellos. De cualquier "
                  "manera. Solo digo.",
                  "De cualquier manera");
    expect_threat("Ya la compartimos en el grupo, con la foto de la "
                  "enfermera para que todos la reconozcan.",
                  "para que todos la reconozcan");
    expect_threat("ojalá no salga de noche, nunca se sabe quién lo está "
                  "esperando",
                  "quién lo está esperando");
    expect_threat("Ya te reconocimos, mija 😘", "Ya te reconocimos");
    expect_threat("paga o muere en el intento. ella escogió la segunda",
                  "paga o muere");
    expect_threat("Hay temas que es mejor no tocar. Piénselo por su familia, "
                  "que es lo más importante.",
                  "Piénselo por su familia");
    expect_threat("hope the reporter's family has good life insurance",
                  "life insurance");
    expect_threat("Paola you looked tired leaving the office tonight.",
                  "looked tired leaving");
    expect_threat("next protest bring gasoline not signs", "bring gasoline");
    expect_clear("Traigan gasolina para el generador, se va la luz");
    expect_threat("Just be careful who reads it. Not everyone around here is "
                  "as nice as me.",
                  "is as nice as me");
    expect_threat("No todos son tan pacientes como yo, eh.",
                  "No todos son tan pacientes como yo");
    expect_threat("We asked politely for months. Now we'll ask in a "
                  "different way.",
                  "we'll ask in a different way");
    expect_clear("Let me ask in a different way: why did the police take two "
                 "hours?");
    expect_clear("My sister is as nice as me, she'll help you.");
    expect_clear("If you don't pay the fee the app blocks you, no protection "
                 "from Condusef either.");
    expect_clear("A todos nos va a tocar pagar más.");
    expect_clear("Vamos a salir adelante de una forma u otra.");
    expect_clear("Get life insurance if you drive that highway, seriously.");
}
END_TEST

START_TEST(warnings_and_ends_are_held)
{
    expect_threat("Mr. reporter, you have a beautiful family. Enjoy them "
                  "while you can.",
                  "Enjoy them while you can");
    expect_threat("Everyone knows the old man by the boats. He should enjoy "
                  "the sea while he still can.",
                  "while he still can");
    expect_threat("Piense en sus hijos antes de seguir hablando con la "
                  "prensa, señora.",
                  "Piense en sus hijos antes");
    expect_threat("Respetuosamente les sugiero borrar el video hoy mismo. "
                  "Mañana ya no va a ser sugerencia.",
                  "ya no va a ser sugerencia");
    expect_threat("The truck was just a warning. Next time they wont be so "
                  "polite about it.",
                  "time they wont be so polite");
    expect_threat("Sigan hablando con el blog. Nosotros también leemos.",
                  "Nosotros también leemos");
    expect_threat("Todo mundo tiene derecho a opinar, pero no todo mundo "
                  "tiene derecho a seguir respirando.",
                  "derecho a seguir respirando");
    expect_threat("Just so you know, your IP traces to Tlaquepaque. We are "
                  "neighbors.",
                  "IP traces to");
    expect_threat("People are listening and not everyone is patient.",
                  "not everyone is patient");
    expect_threat("Be smart. Delete the video and nobody has to have a bad "
                  "day.",
                  "nobody has to have a bad day");
    expect_threat("Things will stay calm as long as everyone cooperates.",
                  "as long as everyone cooperates");
    expect_threat("The new management sends its regards to San Pedro.",
                  "sends its regards");
    expect_threat("Blame yourselves when the bodies start showing up.",
                  "Blame yourselves when");
    expect_threat("Lot of gasoline around Coyuca this season. Trucks arent "
                  "the only thing that burns.",
                  "only thing that burns");
    expect_threat("Glad the truck burned, wish it was full",
                  "wish it was full");
    expect_threat("GOOD. should of burned the whole brigade with it lol",
                  "should of burned the whole");
    expect_threat("si sigue pidiendo justicia va a acabar igual que su "
                  "carnalito",
                  "acabar igual que su carnalito");
    expect_threat("No need to publish his name, he knows that we know.",
                  "knows that we know");
    expect_threat("Ya averiguamos quiénes son los tres que lo hacen.",
                  "Ya averiguamos quiénes");
    expect_threat("Al mesero lo levantaron por sapo. Los sapos terminan así.",
                  "sapos terminan así");
    expect_threat("A los del ayuntamiento que filtraron el oficio: ya están "
                  "en la lista, nomás es cuestión de tiempo",
                  "cuestión de tiempo");
    expect_threat("Que Dios cuide a los testigos, porque alguien más ya los "
                  "tiene bien vistos.",
                  "ya los tiene bien vistos");
    expect_threat("A la hermana ya le dieron un susto, y si no se le quita "
                  "lo valiente que le den otro",
                  "se le quita lo valiente");
    expect_threat("Whoever talks will be handled by the neighbors.",
                  "will be handled");
    expect_threat("People who heat up the plaza get cooled down.",
                  "get cooled down");
    expect_threat("el presidente tiene razón y el que diga lo contrario que "
                  "se atenga a las consecuencias",
                  "atenga a las consecuencias");
    expect_threat("Si Rocío quiere seguir ayudando, que ayude en otro "
                  "estado. Aquí ya no hay lugar para ella.",
                  "no hay lugar para ella");
    expect_threat("Some of those businesses have friends who dont appreciate "
                  "the attention.",
                  "dont appreciate the attention");
    expect_threat("In towns like this, silence is what keeps families "
                  "together.",
                  "silence is what keeps");
    expect_threat("jajaja y la tal Rocío llorando en la radio, qué gusto me "
                  "da",
                  "qué gusto me da");
    expect_threat("La cuota ahora se paga los lunes, el que no pague no "
                  "vuelve a abrir.",
                  "no pague no vuelve a abrir");
    expect_threat("Stores please have it ready when the boys come by on "
                  "Fridays.",
                  "have it ready when the boys");
    expect_clear("Enjoy the beach while you can, the rainy season starts "
                 "next week.");
    expect_clear("Piense en sus hijos antes de votar por el mismo partido "
                 "de siempre.");
    expect_clear("Mañana ya no va a llover, dice el pronóstico.");
    expect_clear("Next time they should be more polite to the volunteers at "
                 "the checkpoint.");
    expect_clear("Nosotros también leemos el blog desde Texas, saludos.");
    expect_clear("Quiero seguir respirando aire limpio en esta ciudad.");
    expect_clear("My IP changes every time I restart the router.");
    expect_clear("Not everyone is patient with the new bus routes, but they "
                 "work.");
    expect_clear("Nobody has to have a bad day at the clinic if they bring "
                 "their papers.");
    expect_clear("The program works as long as everyone cooperates with the "
                 "census.");
    expect_clear("Don't blame yourself, Rocío, you did everything right.");
    expect_clear("Gas is the only thing that gets more expensive every "
                 "month.");
    expect_clear("I wish it was full of food instead of empty boxes.");
    expect_clear("They should have done the whole report in Spanish too.");
    expect_clear("Va a acabar igual que su papá: de maestro en la sierra, "
                 "con mucho orgullo.");
    expect_clear("We know who sent the army: the governor.");
    expect_clear("Los sapos cantan toda la noche en el río.");
    expect_clear("Es cuestión de tiempo para que caiga el alcalde.");
    expect_clear("Ya la tenemos vista la película, está muy buena.");
    expect_clear("Complaints will be handled by the state commission.");
    expect_clear("Let the soup get cooled down before you serve it.");
    expect_clear("Aquí ya no hay lugar para estacionarse.");
    expect_clear("Some people dont appreciate the attention the town gets "
                 "now.");
    expect_clear("Silence in the face of injustice is complicity.");
    expect_clear("Qué gusto me da verte bien, Rocío.");
    expect_clear("El que no pague su boleto no vuelve a entrar al palenque.");
    expect_clear("Please have it ready when the inspectors come on Friday.");
}
END_TEST

START_TEST(threats_heard_by_teachers_and_a_collective_are_held)
{
    expect_threat("Ese audio lo editaron, y el que lo subió ya tiene sus "
                  "días contados",
                  "tiene sus días contados");
    expect_threat("Si el blog sigue publicando nombres, el siguiente nombre "
                  "va a ser el suyo",
                  "va a ser el suyo");
    expect_threat("Las que anden de mitoteras que no se sorprendan si les "
                  "pasa lo mismo, así es esto",
                  "sorprendan si les pasa lo mismo");
    expect_threat("a la próxima marcha les caemos con todo, lleven sus "
                  "veladoras de una vez",
                  "les caemos con todo");
    expect_threat("Ya le dimos agua a una, faltan las otras", "le dimos agua");
    expect_threat("NADIE EXTRAÑA A ESA COSA. Y a las que marcharon les va a "
                  "ir igual.",
                  "les va a ir igual");
    expect_threat("Pregunten en la delegación quién subió los pantallazos, "
                  "ya tenemos el nombre y la dirección",
                  "tenemos el nombre y la dirección");
    expect_threat("Yo que ustedes borraba la nota hoy mismo. Es un consejo, "
                  "no una amenaza 🙂",
                  "consejo, no una amenaza");
    expect_threat("Las amigas de la muchacha deberían pensar en sus propias "
                  "familias antes de hablar",
                  "sus propias familias");
    expect_threat("Alguien sabe a qué hora abre la estética? Unos amigos la "
                  "quieren visitar con calma",
                  "la quieren visitar");
    expect_threat("Does your editor still live in Otay or did he move? "
                  "Asking for some friends.",
                  "Asking for some friends");
    expect_threat("Pay the cuota and you get to keep living. Simple lesson "
                  "for every salon on that street.",
                  "get to keep living");
    expect_threat("Paying the piso is cheaper than paying for a funeral.",
                  "cheaper than paying for a funeral");
    expect_threat("You people need to remember that the ones who talk end up "
                  "in the news, not reading it.",
                  "who talk end up");
    expect_threat("Don't worry parents, the teacher will come back. Some of "
                  "him anyway.",
                  "Some of him anyway");
    expect_threat("Dear blog administrator, we know you post from the "
                  "internet cafe on Calle 5.",
                  "we know you post from");
    expect_threat("The three names were already public. Now their photos are "
                  "too. Thanks for making it easy.",
                  "Thanks for making it easy");
    expect_threat("To the friends she told about the extortion: you know who "
                  "you are, and so do they.",
                  "know who you are, and so do");
    expect_threat("Tip for the family: the less you talk, the longer you "
                  "keep the house in Culiacán.",
                  "less you talk, the longer");
    expect_threat("You will be hearing from us, blog. Not in the comments.",
                  "will be hearing from us");
    expect_threat("We will be stopping by to thank you personally. We know "
                  "the office.",
                  "We know the office");
    expect_threat("Tell the reporter we're neighbors now 🏠",
                  "we're neighbors now");
    expect_threat("Al maestro Ernesto, el que no pagó, ya no le duele nada.",
                  "no le duele nada");
    expect_clear("El gobierno del alcalde tiene los días contados, ya viene "
                 "la elección.");
    expect_clear("La próxima casa del programa va a ser la suya, señora, "
                 "felicidades.");
    expect_clear("Ya me operaron y ya no me duele nada, gracias por "
                 "preguntar.");
    expect_clear("No se sorprendan si les cobran de más en la caseta.");
    expect_clear("El domingo les caemos con todo el apoyo a la marcha.");
    expect_clear("Le dimos agua al perrito que andaba en la calle.");
    expect_clear("Nos va a ir igual de mal con este gobernador.");
    expect_clear("Ya tenemos el nombre del nuevo director de la escuela.");
    expect_clear("Es una amenaza real el cambio climático, no un consejo de "
                 "abuelita.");
    expect_clear("Deberían pensar en su familia antes de manejar borrachos.");
    expect_clear("I was asking for a friend who wants to donate to the "
                 "collective.");
    expect_clear("You get to keep the receipt for the taxes.");
    expect_clear("Pay for the helmet, it's cheaper than a funeral.");
    expect_clear("The ones who talk to the press are the bravest people in "
                 "this town.");
    expect_clear("Thanks for making it easy to donate to the family.");
    expect_clear("We're neighbors, I live on Calle Ocho too!");
    expect_clear("We know the office is closed on Sundays.");
    expect_clear("a ver cuanto le dura el puesto al alcalde despues de esta "
                 "nota jaja");
    expect_clear("Las señoras del mercado la quieren visitar para llevarle "
                 "flores a su mamá.");
    expect_clear("We know you write from the heart, thank you.");
    expect_clear("You will be hearing from us about the raffle winners.");
}
END_TEST

START_TEST(threats_heard_at_a_lab_and_a_restaurant_are_held)
{
    expect_threat("Dont worry, nobody is going to do anything... yet.",
                  "going to do anything... yet");
    expect_threat("Marisol, mija, I'm telling you as a friend: stop talking. "
                  "You only have so many kids left.",
                  "You only have so many kids left");
    expect_threat("Lets see if this blog is still so brave when its their "
                  "house on the news.",
                  "brave when its their");
    expect_threat("The boss is not happy with this blog. Just passing along "
                  "the message.",
                  "Just passing along the message");
    expect_threat("The neighbors who opened the door for the army already "
                  "have their little crosses waiting.",
                  "crosses waiting");
    expect_threat("With all due respect to Marisol, I would hate for her to "
                  "lose anyone else.",
                  "hate for her to lose anyone");
    expect_threat("whoever leaked that rental contract is gonna get picked up",
                  "get picked up");
    expect_threat("Los soplones no duran mucho en Culiacán, ya lo saben",
                  "soplones no duran");
    expect_threat("Hay que levantar al del ayuntamiento antes de que cante",
                  "Hay que levantar al del");
    expect_threat("Ya pusimos ojos en toda la cuadra. Los que regresaron "
                  "sepan que se les ve todo.",
                  "pusimos ojos en");
    expect_threat("Ya se sabe quiénes más hablaron con el blog, no se "
                  "preocupen, a todos les va a llegar su saludo",
                  "les va a llegar su saludo");
    expect_threat("Eso les pasa por meterse con la gente equivocada. Que "
                  "sigan hablando, hay para todos.",
                  "meterse con la gente equivocada");
    expect_threat("Recuerden que sus hijos van a la escuela aquí en "
                  "Mexicali, no en China.",
                  "sus hijos van a la escuela aquí");
    expect_threat("Yo conozco a los muchachos, son gente tranquila si tú "
                  "eres tranquilo.",
                  "tranquila si tú eres tranquilo");
    expect_threat("Ya estuvo bueno de cerrar changarro por changarro, que "
                  "quemen TODA la chinesca y listo",
                  "que quemen TODA");
    expect_threat("ni la policía ni la recompensa les va a servir de nada, "
                  "aquí mandamos nosotros",
                  "aquí mandamos nosotros");
    expect_threat("Aquí todo se sabe y todo se paga. Saludos a la familia.",
                  "todo se sabe y todo se paga");
    expect_threat("Ojalá su papá le enseñe a callarse antes de que otros le "
                  "enseñen",
                  "antes de que otros le enseñen");
    expect_threat("Those who don't learn from La Chinesca will learn in "
                  "their own house.",
                  "will learn in their own house");
    expect_threat("Somebody tell the other restaurant owners that closing "
                  "doesn't cancel what you owe",
                  "cancel what you owe");
    expect_threat("The debt is still open and now it's the daughter's. "
                  "Families inherit.",
                  "Families inherit");
    expect_threat("Go ahead and dial the reward line. Your number gets to us "
                  "first.",
                  "Your number gets to us first");
    expect_threat("Dear editor, we read every article, and we know where "
                  "each one is written from.",
                  "we know where each one");
    expect_threat("visiting hours are 4-6 if anyone wants to finish what was "
                  "started",
                  "anyone wants to finish what was started");
    expect_threat("Those voice notes were private business. Posting them has "
                  "consequences. The family knows this.",
                  "The family knows this");
    expect_threat("Con todo respeto señorita, en esos audios también hay "
                  "voces de gente con familia. Piense en la suya.",
                  "Piense en la suya");
    expect_hate("a los chinos hay que sacarlos a patadas como en Torreón "
                "en 1911",
                "sacarlos a patadas");
    expect_sexual("Marisol is kinda fine for a grieving mom ngl 😏 dm me mami "
                  "I can console you real good",
                  "dm me mami");
    expect_clear("We haven't decided to do anything yet, the assembly is on "
                 "Friday.");
    expect_clear("We only have so many kids left in the school, the rest "
                 "moved to Parral.");
    expect_clear("She is still so brave when she talks about her son, God "
                 "bless her.");
    expect_clear("Just passing along the message from the parish: mass is "
                 "at 7.");
    expect_clear("The crosses waiting at the cemetery gate were painted by "
                 "the students.");
    expect_clear("I would hate for her to lose the scholarship over this.");
    expect_clear("The trash is gonna get picked up on Monday.");
    expect_clear("Los soplones del gobierno no duran ni un sexenio en el "
                 "puesto, jaja.");
    expect_clear("Hay que levantar al pueblo después de esta tragedia.");
    expect_clear("Se les ve todo el cansancio en la cara a los rescatistas.");
    expect_clear("Hay tamales en la parroquia, hay para todos.");
    expect_clear("Mis hijos van a la escuela aquí en Mexicali y nunca "
                 "habían visto algo así.");
    expect_clear("Los del mercado son gente tranquila si uno llega con "
                 "respeto.");
    expect_clear("Que no quemen más llantas en el bloqueo, el humo es "
                 "tóxico.");
    expect_clear("Aquí mandamos nosotros los ciudadanos, no los partidos.");
    expect_clear("Aquí todo se sabe porque es pueblo chico, jaja.");
    expect_clear("Those who don't learn from history repeat it.");
    expect_clear("The families inherit the debt when the bank repossesses, "
                 "that's the law.");
    expect_clear("The rescue line gets to us first, we are the volunteers "
                 "who answer it.");
    expect_clear("We know where the money went: to the mayor's campaign.");
    expect_clear("The contractors never finish what was started in 2019.");
    expect_clear("The family knows this is a long fight and they are ready.");
    expect_clear("Piense en la suya antes de opinar sobre la familia de "
                 "otros.");
    expect_clear("Los sacaron a patadas del estadio por pelear, bien hecho.");
    expect_clear("DM me if you need a ride to the vigil, I have room in my "
                 "car.");
}
END_TEST

START_TEST(threats_heard_at_a_funeral_and_a_gym_are_held)
{
    expect_threat("Those 3 guys are innocent and whoever keeps posting their "
                  "names is going to answer for it personally",
                  "answer for it personally");
    expect_threat("El que publicó los nombres de los tres va a tener que dar "
                  "explicaciones en persona, de eso no se salva",
                  "explicaciones en persona");
    expect_threat("It would be a shame if the people who published their "
                  "names found out what that feels like.",
                  "found out what that feels like");
    expect_threat("Tell the commander's son not to pick up his father's "
                  "rifle. Tell him we said it kindly, the first time.",
                  "said it kindly, the first time");
    expect_threat("If I were the family I would leave town before the end of "
                  "the month. I'm only saying it because I care.",
                  "only saying it because I care");
    expect_threat("Can't wait for the next funeral, bring the same "
                  "photographer 📷🍿",
                  "wait for the next funeral");
    expect_threat("Kill the rest of the community police and the beans will "
                  "grow just fine 🌱🔫",
                  "Kill the rest of the community");
    expect_threat("Ojalá se recuperen pronto porque la próxima vez no va a "
                  "haber quien los consuele",
                  "no va a haber quien los consuele");
    expect_threat("Recomendación de amigo: borren las fotos del funeral. "
                  "Luego no digan que no se les avisó.",
                  "no digan que no se les avisó");
    expect_threat("No se metan en lo que no les importa. Ya mataron a uno, "
                  "no les cuesta nada uno más.",
                  "cuesta nada uno más");
    expect_threat("Señor editor, revise bien con quién se junta en el café "
                  "los sábados. Hay ojos en todos lados.",
                  "Hay ojos en todos lados");
    expect_threat("Abuelita, ya vaya preparando otro rezo, por si las dudas 🙏",
                  "vaya preparando otro rezo");
    expect_threat("Gran trabajo del blog al poner los nombres de los 3. Los "
                  "3 también ya tienen los nombres de ustedes 🙂",
                  "tienen los nombres de ustedes");
    expect_threat("Al rato van a pasar por los otros comunitarios, tenemos "
                  "la lista completita",
                  "tenemos la lista completita");
    expect_threat("LIBERTAD PARA LOS 3!!! y los que los entregaron que vayan "
                  "rezando",
                  "que vayan rezando");
    expect_threat("Los de la sierra saben lo que pasa cuando se ponen de "
                  "sapos.",
                  "se ponen de sapos");
    expect_threat("Su oficina sigue en el segundo piso del edificio de la "
                  "Rosales verdad? Ahí les mandamos un regalito.",
                  "les mandamos un regalito");
    expect_threat("Ojalá el que la mandó quebrar termine el trabajo con los "
                  "que quedaron vivos",
                  "termine el trabajo con los");
    expect_threat("A los que andan diciendo que fue la estatal les "
                  "recomiendo que borren sus comentarios. Ya los tenemos en "
                  "captura.",
                  "los tenemos en captura");
    expect_threat("Tranquilos todos, nadie más tiene que salir lastimado si "
                  "cada quien se queda en su casa calladito.",
                  "nadie más tiene que salir lastimado");
    expect_threat("Qué valientes los del blog al publicar los mensajes. "
                  "Ojalá tengan la misma valentía cuando les toquen la "
                  "puerta.",
                  "cuando les toquen la puerta");
    expect_threat("A la muchacha le avisaron con tiempo. A ustedes también "
                  "ya se les está avisando.",
                  "ya se les está avisando");
    expect_threat("Las cámaras del gym se borran solas y los testigos "
                  "también se borran solos. Así es la vida aquí.",
                  "testigos también se borran");
    expect_threat("Qué curioso que el que sobrevivió no vio nada verdad? así "
                  "está bien, que siga sin ver nada.",
                  "siga sin ver nada");
    expect_threat("She joked about the wrong family. Families don't joke "
                  "back, they answer.",
                  "joked about the wrong family");
    expect_threat("Anyone with the names of the people commenting here in "
                  "support, save them. Screenshots work both ways.",
                  "Screenshots work both ways");
    expect_threat("With all due respect, the boyfriend saw faces. People who "
                  "see faces usually have short careers.",
                  "who see faces");
    expect_threat("The reporter should ask the state how much protection "
                  "costs. We can quote him a better price.",
                  "quote him a better price");
    expect_threat("All you chilangos commenting, you don't live here. We do. "
                  "And we know which of you have family here.",
                  "which of you have family");
    expect_threat("They should light up the whole family so nobody else gets "
                  "ideas",
                  "should light up the whole");
    expect_clear("The mayor will have to answer for it in court, personally "
                 "I hope he does.");
    expect_clear("El alcalde tiene que dar explicaciones a la prensa.");
    expect_clear("The nurse treated us kindly the first time we came, thank "
                 "you.");
    expect_clear("My son wants to go take a ride with his grandpa in the "
                 "new truck.");
    expect_clear("Please get the vaccine, I'm only saying it because I care "
                 "about you all.");
    expect_clear("I can't wait for the next festival in the plaza.");
    expect_clear("The farmers want to kill the rest of the weeds before the "
                 "rain.");
    expect_clear("No va a haber quien cuide a los niños si cierran la "
                 "guardería.");
    expect_clear("No se metan en la cocina, ya casi está la comida. No les "
                 "cuesta nada esperar.");
    expect_clear("Hay ojos de agua en todos lados en la sierra, es bonito.");
    expect_clear("La abuela anda preparando otro rezo para la novena del "
                 "domingo.");
    expect_clear("Tenemos la lista completa de útiles escolares en la "
                 "página de la escuela.");
    expect_clear("Que vayan rezando el rosario a las seis en la capilla.");
    expect_clear("El trabajo de los mecánicos termina el lunes, con los que "
                 "quedaron de turno.");
    expect_clear("Los tenemos en pantalla en el noticiero de las ocho.");
    expect_clear("Las cámaras de la presidencia se borran solas cada mes, "
                 "dice el reglamento.");
    expect_clear("Screenshots of the threats were shared with the "
                 "prosecutor.");
    expect_clear("We know which of you donated, thank you so much!");
    expect_clear("The stadium lights up the whole city on game night.");
    expect_clear("I hope they find out what it feels like to be safe again.");
    expect_clear("Please get the vaccine, I'm only saying it because I care "
                 "about you all.");
}
END_TEST

START_TEST(threats_heard_at_a_packing_plant_and_a_shelter_are_held)
{
    expect_threat("Pay the quota, its cheaper than funerals. Simple business "
                  "🤷‍♂️",
                  "cheaper than funerals");
    expect_threat("Someone should remind Yolanda the state cant guard her "
                  "forever. Elections end, escorts leave.",
                  "cant guard her forever");
    expect_threat("They should burn the rest and the US buyer too lol",
                  "should burn the rest");
    expect_threat("Congrats to the cooperative for being brave. Bravery is "
                  "rare. So are long lives in Zamora.",
                  "So are long lives");
    expect_threat("The new fee applies to every packer. Those who complain "
                  "can ask the 2 who died how it went.",
                  "who died how it went");
    expect_threat("Blessings to the workers. Remember that your families are "
                  "also part of the business now. 🙏",
                  "families are also part of the business");
    expect_threat("Why do the families keep crying? They should be grateful "
                  "the rest are still breathing.",
                  "the rest are still breathing");
    expect_threat("Bonito reportaje. Ya ubicamos la camioneta del reportero, "
                  "la gris que deja en el centro. Saludos.",
                  "Ya ubicamos la camioneta");
    expect_threat("A los compradores gringos: si regresan, regresan con "
                  "cuota. Todo se puede arreglar platicando.",
                  "regresan, regresan con cuota");
    expect_threat("Esta también puede volver a trabajar tranquila, nomás que "
                  "se pongan de acuerdo.",
                  "se pongan de acuerdo");
    expect_threat("Bien valiente Yolanda saliendo en la entrevista con la "
                  "cara descubierta. Esa valentía se respeta... y se "
                  "recuerda.",
                  "se respeta... y se recuerda");
    expect_threat("Sugiero que el blog revise bien antes de publicar listas "
                  "de turnos... alguien las podría usar. Por ejemplo "
                  "nosotros.",
                  "usar. Por ejemplo nosotros");
    expect_threat("Ese volante era para el dueño. Pero si lo siguen "
                  "publicando va a haber volantes para todos.",
                  "haber volantes para todos");
    expect_threat("Que Dios cuide a las de la cooperativa, porque nosotros "
                  "también las estamos cuidando a todas horas 😇",
                  "porque nosotros también las estamos cuidando");
    expect_threat("Muerto el perro se acaba la rabia, ahora faltan los de la "
                  "cooperativa",
                  "Muerto el perro");
    expect_threat("Felicidades a los que hicieron el trabajo, quedó bien "
                  "hecho 👏👏",
                  "Felicidades a los que hicieron el trabajo");
    expect_threat("No anden de sapos, los sapos se revientan",
                  "sapos se revientan");
    expect_threat("Para la próxima que no quede nadie adentro, así no hay "
                  "testigos",
                  "no quede nadie adentro");
    expect_threat("Blog people think they're safe cuz they're in CDMX? lol "
                  "we got friends everywhere",
                  "got friends everywhere");
    expect_threat("Pastor Ismael is a thief and a liar and I hope his church "
                  "burns with him inside",
                  "burns with him inside");
    expect_threat("lol the last guy who went to the cops never came back. "
                  "staying quiet is the smart move",
                  "quiet is the smart move");
    expect_threat("With all respect, Pastor, the people you dealt with are "
                  "not happy you told the blog. They asked me to pass that "
                  "along.",
                  "asked me to pass that along");
    expect_threat("Some of us remember faces, blurry or not.",
                  "us remember faces");
    expect_threat("We know which shelter. We know which room. God bless.",
                  "We know which shelter");
    expect_threat("Your blog was fun while it lasted ✌️",
                  "blog was fun while it lasted");
    expect_threat("Tell the dad we still have his phone. All his contacts "
                  "are in it.",
                  "we still have his phone");
    expect_threat("Hope the shelter is paying its rent to the right people "
                  "now. The landlords around here are not patient.",
                  "are not patient");
    expect_threat("Aquí en Nuevo Laredo las cosas se arreglan en privado. "
                  "Ojalá el pastor lo entienda antes de que alguien se lo "
                  "tenga que explicar.",
                  "alguien se lo tenga que explicar");
    expect_threat("Yo nomás digo que el que paga una vez paga dos. El pastor "
                  "ya sabe cómo funciona esto.",
                  "paga una vez paga dos");
    expect_threat("Avísenle al pastor que por su culpa se calentó la plaza y "
                  "los señores están muy molestos.",
                  "señores están muy molestos");
    expect_threat("Los hondureños deberían quedarse calladitos y dar gracias "
                  "que siguen vivos.",
                  "dar gracias que siguen vivos");
    expect_threat("Los que comentan aquí con su nombre real deberían tener "
                  "más cuidado, desde aquí se ve todo.",
                  "desde aquí se ve todo");
    expect_threat("Ya tomamos nota de todos los que compartieron la "
                  "publicación del papá. Que tengan buen día.",
                  "tomamos nota de todos los que");
    expect_threat("Ese pastor ha de estar ganando bien con los migrantes, un "
                  "día de estos le van a cobrar su parte.",
                  "le van a cobrar su parte");
    expect_threat("Muy bien por la valentía del blog. Nosotros también "
                  "sabemos dónde imprimen y dónde se juntan los jueves.",
                  "Nosotros también sabemos dónde");
    expect_threat("Los de la línea de autobuses ya saben que no les conviene "
                  "seguir dando entrevistas.",
                  "no les conviene seguir dando");
    expect_threat("Ojalá el siguiente camión que agarren los deje directo en "
                  "la fosa",
                  "directo en la fosa");
    expect_threat("Aquí tienen el face de la mamá de los niños: Karla Mejía "
                  "Nuevo Laredo, ahí sube todo",
                  "Aquí tienen el face de la mamá");
    expect_threat("Ni modo, hay que pagar derecho de piso, así es aquí. El "
                  "albergue también va a tener que pagar.",
                  "también va a tener que pagar");
    expect_threat("Si el pastor sigue de hocicón lo van a calentar bonito",
                  "lo van a calentar");
    expect_threat("RT para que la familia se dé cuenta que aquí no se "
                  "quieren soplones 🐀🐀🐀",
                  "no se quieren soplones");
    expect_clear("You better not be late to the vigil on Sunday, it starts "
                 "at 7.");
    expect_clear("The state can't guard the border forever, that's what the "
                 "governor said.");
    expect_clear("They should burn the rest of the old files, said the "
                 "archivist.");
    expect_clear("So are long lines at the border this week.");
    expect_clear("My grandmother, who died last year, how it went I don't "
                 "know.");
    expect_clear("The rest are still alive thanks to the firefighters.");
    expect_clear("Ya ubicamos la casa de mi tía en el mapa, gracias.");
    expect_clear("Los trabajadores regresan con cuota de producción más "
                 "alta.");
    expect_clear("Que se pongan de acuerdo los del ayuntamiento, ya basta.");
    expect_clear("Por ejemplo nosotros, que vivimos cerca del río, no "
                 "tenemos agua.");
    expect_clear("Va a haber tamales para todos en la vigilia.");
    expect_clear("Nosotros también los estamos cuidando, a los niños del "
                 "albergue, con donaciones.");
    expect_clear("Felicidades a los que hicieron el trabajo de rescate, "
                 "héroes.");
    expect_clear("Los sapos se revientan si les echas sal, decía mi abuela.");
    expect_clear("We got friends everywhere who pray for the family.");
    expect_clear("I would like a word with the mayor about the shelter "
                 "funding.");
    expect_clear("Some of us remember faces from the vigil, such brave "
                 "people.");
    expect_clear("We know which room the donations go to, thank you pastor.");
    expect_clear("The festival was fun while it lasted.");
    expect_clear("We still have his phone number, he can call us anytime.");
    expect_clear("The doctors are not patient with the paperwork.");
    expect_clear("Alguien se lo tiene que explicar al alcalde.");
    expect_clear("Los señores del comité están muy molestos con el gobierno.");
    expect_clear("Demos gracias que siguen vivos los niños, Dios es grande.");
    expect_clear("Desde aquí se ve todo el valle, qué bonito.");
    expect_clear("Ya tomamos nota de todos sus comentarios, gracias.");
    expect_clear("No les conviene seguir comprando en ese súper, es "
                 "carísimo.");
    expect_clear("Aquí tienen el face de la fundación para donar.");
    expect_clear("Mi compa dice que el sol lo va a calentar bonito en la "
                 "playa.");
}
END_TEST

START_TEST(threats_heard_at_tortillerias_and_on_a_highway_are_held)
{
    expect_threat("Those two delivery boys knew the rules. Pay the cuota or "
                  "get the same, simple",
                  "or get the same");
    expect_threat("Everyone who signed that union list just put their name "
                  "on another list too 📝",
                  "on another list too");
    expect_threat("Just remember the masa doesn't leave the mill without "
                  "permission. Some people forgot.",
                  "Some people forgot");
    expect_threat("My cousins are already in the colonia, y'all about to "
                  "learn what happens to people who talk",
                  "to learn what happens to people who");
    expect_threat("Dashcam guy is dead meat. Period.", "is dead meat");
    expect_threat("Whoever filmed that video, we know which truck it was. "
                  "Hope he enjoyed his last route.",
                  "enjoyed his last route");
    expect_threat("Whoever is sharing this article on Facebook, we can see "
                  "your profiles too.",
                  "we can see your profiles");
    expect_threat("Those delivery men were warned twice. Third time there's "
                  "no warning.",
                  "Third time there's no warning");
    expect_threat("A la tercera ya no hay aviso, compas.",
                  "tercera ya no hay aviso");
    expect_threat("Los que reabran que no se quejen despues, el aviso ya se "
                  "dio.",
                  "el aviso ya se dio");
    expect_threat("Platiquen primero con los muchachos de la zona. Si no, "
                  "pues ya vieron como termina.",
                  "ya vieron como termina");
    expect_threat("Hay que ir a visitar a los que abrieron hoy, para que "
                  "vean que estamos al pendiente 🙂",
                  "para que vean que estamos al pendiente");
    expect_threat("Recuerden: aqui se paga, se calla y se trabaja.",
                  "se paga, se calla");
    expect_threat("Mucho cuidado con lo que publican, nosotros tambien "
                  "sabemos leer 🙂",
                  "nosotros tambien sabemos leer");
    expect_threat("Nomas recuerden que la plaza tiene dueño y no es el "
                  "gobierno",
                  "la plaza tiene dueño");
    expect_threat("Seguridad para tortillerias, cobro por kilo, garantizamos "
                  "que no les pase nada.",
                  "garantizamos que no les pase nada");
    expect_threat("La viuda no dijo nada de los socios de su marido. Seria "
                  "bueno que alguien se lo recordara.",
                  "alguien se lo recordara");
    expect_threat("The people blocking the toll booths are heating up the "
                  "plaza and they will be the ones who pay the bill.",
                  "will be the ones who pay");
    expect_threat("Every uniform on that road is real enough if you know "
                  "who's paying. Stop asking questions.",
                  "Stop asking questions");
    expect_threat("Its simple: they pay piso, they drive. They talk to "
                  "newspapers, they get picked up.",
                  "they get picked up");
    expect_threat("Javier Valdez also thought he was brave. Think about it.",
                  "also thought he was brave");
    expect_threat("Que lastima que no lo remataron 🤷‍♂️",
                  "lastima que no lo remataron");
    expect_threat("Too bad they didn't finish him on the highway.",
                  "Too bad they didn't finish him");
    expect_threat("Mejor que se calmen los del paro, el piso se paga y ya.",
                  "el piso se paga");
    expect_threat("Ya levantaron a uno por menos que eso, pregunten en "
                  "Calpulalpan",
                  "levantaron a uno por menos");
    expect_threat("Hay gente que sigue mucho este blog y toma nota de todos "
                  "los que comentan. Cuidense.",
                  "toma nota de todos los que comentan");
    expect_threat("La gente del blog deberia pensar en sus familias antes de "
                  "publicar. Nosotros si pensamos en ellas.",
                  "Nosotros si pensamos en ellas");
    expect_threat("A los que bloquearon la caseta: se sabe quien es quien. "
                  "Los vamos a visitar uno por uno, con calma.",
                  "Los vamos a visitar uno por uno");
    expect_threat("Nada personal, pero en este pueblo los que hablan se van. "
                  "Ustedes saben.",
                  "los que hablan se van");
    expect_threat("Friendly reminder that the strike ends when the plaza "
                  "decides it ends.",
                  "when the plaza decides");
    expect_clear("You can pay the school cuota or get the same book used.");
    expect_clear("She's on another list for the housing program too late.");
    expect_clear("Some people forgot their umbrellas at the vigil.");
    expect_clear("We're about to see what happens with the vote count.");
    expect_clear("Vultures eat dead meat, that is nature.");
    expect_clear("I enjoyed my last route before vacation, the drivers were "
                 "great.");
    expect_clear("Only your friends can see your profile if you set it "
                 "right.");
    expect_clear("Third time there's no warning light on this truck, fix it.");
    expect_clear("Ya no hay aviso de lluvia para mañana.");
    expect_clear("El aviso ya se dio a Protección Civil.");
    expect_clear("Ya saben cómo termina la novela, todos felices.");
    expect_clear("Estamos al pendiente de la familia, para que sepan que no "
                 "están solos.");
    expect_clear("Aquí se paga la renta y se trabaja duro.");
    expect_clear("Nosotros también sabemos leer y escribir, no somos tontos.");
    expect_clear("El mercado tiene dueño: el municipio.");
    expect_clear("Garantizamos la entrega de las despensas a tiempo.");
    expect_clear("Sería bueno que alguien le recordara al alcalde su "
                 "promesa.");
    expect_clear("The families will be the ones who pay for this.");
    expect_clear("Don't stop asking questions.");
    expect_clear("They get picked up at 5 from school, the buses are late.");
    expect_clear("My son also thought he was brave enough to ride it.");
    expect_clear("Lástima que no lo atraparon.");
    expect_clear("Too bad they didn't finish the road before the rains.");
    expect_clear("El piso se pagó con el crédito de Infonavit.");
    expect_clear("Corrieron a uno por menos que eso en la fábrica.");
    expect_clear("La maestra toma nota de todos los que faltan.");
    expect_clear("Nosotros sí pensamos en ellas cada Navidad, las abuelitas "
                 "del asilo.");
    expect_clear("Vamos a visitar las casas uno por uno para el censo.");
    expect_clear("Los que hablan se van a la fila de atrás.");
    expect_clear("When the plaza opens on Sunday we sell tamales.");
}
END_TEST

START_TEST(threats_heard_after_a_sextortion_and_over_water_wells_are_held)
{
    expect_threat("Señora, usted ya perdio un hijo, piense bien si quiere "
                  "seguir dando entrevistas. Todavia le quedan otros dos.",
                  "Todavia le quedan otros");
    expect_threat("Con todo respeto, la asociacion de padres deberia "
                  "dedicarse a sus hijos. Uno nunca sabe quien esta "
                  "escuchando.",
                  "nunca sabe quien esta escuchando");
    expect_threat("Aqui no se publican cuentas de bancos, joven. Ya se le "
                  "aviso una vez.",
                  "Ya se le aviso una vez");
    expect_threat("Ahorita todavia estan a tiempo de quedarse callados.",
                  "a tiempo de quedarse callados");
    expect_clear("Se acabó el tiempo de quedarse callados.");
    expect_threat("Que Dios cuide a los que hablan de mas, porque nosotros "
                  "no.",
                  "porque nosotros no");
    expect_threat("Hay gente que tiene mucha paciencia, pero no infinita.",
                  "paciencia, pero no infinita");
    expect_threat("Ustedes publicaron las cuentas, nosotros ya tenemos las "
                  "suyas.",
                  "ya tenemos las suyas");
    expect_threat("Cuando la plaza se calienta alguien la tiene que enfriar.",
                  "la tiene que enfriar");
    expect_threat("Los del blog ya estan en la lista, la maña no olvida",
                  "maña no olvida");
    expect_threat("Los niños de la secundaria ya saben lo que pasa cuando "
                  "alguien habla.",
                  "lo que pasa cuando alguien habla");
    expect_threat("Snitching to the cyber police is how families end up in "
                  "bags. Remember that.",
                  "families end up in bags");
    expect_threat("Respectfully, the blog should think about its volunteers. "
                  "We have all their names.",
                  "We have all their names");
    expect_threat("whoever keeps defending the cops, sit down before someone "
                  "sits you down permanently",
                  "sits you down permanently");
    expect_threat("lmao rest in pixels 📸💀", "rest in pixels");
    expect_threat("La fiscal que solto los numeros de cuenta deberia cuidar "
                  "mas a su familia.",
                  "deberia cuidar mas a su familia");
    expect_threat("La señora deberia pensar en sus nietos antes de abrir la "
                  "boca.",
                  "en sus nietos antes de abrir");
    expect_threat("Mis respetos al ejidatario. Ojalá tenga su seguro de vida "
                  "al corriente.",
                  "tenga su seguro de vida al corriente");
    expect_threat("Aqui se paga o se va.", "se paga o se va");
    expect_threat("Le faltaron tres nombres a la lista, no se preocupen ya "
                  "se van a completar",
                  "ya se van a completar");
    expect_threat("Mi rey te vas a ir a dormir con los frijolitos si sigues "
                  "publicando eso",
                  "dormir con los frijolitos");
    expect_threat("Whoever gave the prosecutor the names should buy a good "
                  "coffin",
                  "should buy a good coffin");
    expect_threat("The pastor is still telling everyone what he saw. Someone "
                  "should help him forget.",
                  "help him forget");
    expect_threat("Sharing this interview with the guys so they can see who "
                  "likes to talk.",
                  "who likes to talk");
    expect_threat("Compartimos la entrevista para que vean a quien le gusta "
                  "hablar.",
                  "quien le gusta hablar");
    expect_threat("Muchas gracias por publicar los nombres completos, ya nos "
                  "ahorraron el trabajo 🙏",
                  "nos ahorraron el trabajo");
    expect_threat("Because of this blog they will heat up the plaza. "
                  "Everyone will remember who caused it.",
                  "will remember who caused");
    expect_threat("Whoever is feeding info to this page, the company already "
                  "knows.",
                  "company already knows");
    expect_threat("Este blog ya lo estan leyendo quienes lo tienen que leer.",
                  "quienes lo tienen que leer");
    expect_threat("Mejor borre todo. Aquí se sabe todo.", "Aquí se sabe todo");
    expect_threat("La cuota vence el viernes. Los que ya pagaron no tienen "
                  "nada que temer.",
                  "ya pagaron no tienen nada que temer");
    expect_threat("Que bueno que les dieron piso, asi se aprende",
                  "Que bueno que les dieron piso");
    expect_threat("Su carro estuvo muy bien estacionado ayer afuera del café "
                  "de la Morelos.",
                  "muy bien estacionado");
    expect_threat("no se preocupen por el pastor de la iglesia, ya lo estan "
                  "cuidando 😉",
                  "ya lo estan cuidando");
    expect_threat("A los de la comunidad tambien les falta su escarmiento",
                  "falta su escarmiento");
    expect_threat("We made a map too, of everywhere you go during the week.",
                  "of everywhere you go");
    expect_clear("Todavía le quedan otros dos exámenes a mi hijo.");
    expect_clear("Uno nunca sabe quién está escuchando la radio "
                 "comunitaria, por eso hay que hablar claro.");
    expect_clear("Ya se le avisó una vez al municipio del bache y nada.");
    expect_clear("Llegué a tiempo de la junta.");
    expect_clear("Que Dios nos ayude porque nosotros no podemos solos.");
    expect_clear("La paciencia de los vecinos se acabó.");
    expect_clear("Ya tenemos las fotos de la marcha.");
    expect_clear("La sopa se calienta y alguien la tiene que enfriar para "
                 "el niño.");
    expect_clear("La mano no olvida cómo escribir.");
    expect_clear("Ya saben lo que pasa cuando llueve en la colonia: se "
                 "inunda.");
    expect_clear("Most leftovers end up in bags in the freezer.");
    expect_clear("We have all their names on the memorial wall, and we will "
                 "never forget them.");
    expect_clear("Sit down, the show is starting.");
    expect_clear("Rest in peace, little one 🕊️");
    expect_clear("Los papás deberían cuidar más a sus hijos en internet.");
    expect_clear("Los diputados deberían pensar en sus hijos antes de "
                 "aprobar esa ley.");
    expect_clear("Tengo mi seguro de vida al corriente, gracias a Dios.");
    expect_clear("En este estacionamiento se paga o se va uno a otro lado.");
    expect_clear("Ya se van a completar las obras del mercado.");
    expect_clear("Los peces duermen con los ojos abiertos.");
    expect_clear("We had to buy a good coffin for grandpa.");
    expect_clear("Someone should help him forget the trauma.");
    expect_clear("We'll see who likes to talk at karaoke night.");
    expect_clear("Me gusta hablar con mi abuela.");
    expect_clear("La app nos ahorró el trabajo de buscar.");
    expect_clear("History will remember who caused this mess.");
    expect_clear("The company already knows about the leak and is fixing it.");
    expect_clear("Los que lo tienen que leer son los diputados.");
    expect_clear("Aquí se sabe todo de fútbol, pregunten.");
    expect_clear("Los que ya pagaron el predial no tienen nada que temer.");
    expect_clear("Qué bueno que le dieron trabajo.");
    expect_clear("Quedó bien estacionado el tráiler.");
    expect_clear("Ya lo están cuidando en el hospital, gracias a Dios.");
    expect_clear("Al equipo le falta experiencia.");
    expect_clear("Take water everywhere you go.");
}
END_TEST

START_TEST(threats_heard_after_a_femicide_and_over_totoaba_are_held)
{
    expect_insult("ESO LE PASA POR ANDAR DE SAPA CON LA FISCALIA",
                  "POR ANDAR DE SAPA");
    expect_threat("Las morritas son de ingenieria, turno matutino, salen a "
                  "la 1. Ya estan bien ubicadas.",
                  "Ya estan bien ubicadas");
    expect_threat("Le recomiendo a la familia que ya no le mueva. La plaza "
                  "no se calienta sola.",
                  "no se calienta sola");
    expect_threat("Este blog ya esta calentando la plaza, despues no digan "
                  "que nadie les aviso.",
                  "no digan que nadie les aviso");
    expect_threat("Dicen que la casa de la maestra tiene camaras pero no "
                  "sirven. Nomas comento.",
                  "Nomas comento");
    expect_threat("Ya esta muerta, que la dejen descansar, y que la mamá "
                  "cierre la boca antes de que se la cierren",
                  "boca antes de que se la cierren");
    expect_threat("Aguas con lo que publican, la gente del patron tambien "
                  "lee este blog 👀",
                  "la gente del patron");
    expect_threat("La señora va a misa de 7 todos los domingos. Dios la "
                  "cuide porque nadie mas lo va a hacer.",
                  "nadie mas lo va a hacer");
    expect_threat("Que dios acompañe a los del barco, porque aca en tierra "
                  "nadie los va a acompañar 🙏",
                  "nadie los va a acompañar");
    expect_threat("The plaza is hot because of you people. Somebody is going "
                  "to have to cool it down.",
                  "cool it down");
    expect_threat("Lo del carro fue un aviso amistoso. La proxima no es el "
                  "carro.",
                  "proxima no es el carro");
    expect_threat("Hope the blog has good backups. Offices burn just like "
                  "cars do.",
                  "Offices burn just like");
    expect_threat("Whoever recorded this should enjoy their phone while they "
                  "still have hands to hold it.",
                  "while they still have hands");
    expect_threat("Whoever burned that car did God's work. Do the office "
                  "next.",
                  "Do the office next");
    expect_clear("Eso le pasa por andar sin casco en la moto.");
    expect_clear("Las casillas ya están bien ubicadas en el mapa del INE.");
    expect_clear("El agua no se calienta sola, hay que prender el boiler.");
    expect_clear("No digan que nadie les avisó de la junta del jueves, ya "
                 "se publicó.");
    expect_clear("Nomás comento que la tienda cierra temprano hoy.");
    expect_clear("Cierren la llave antes de que se la cierren los de la "
                 "CONAGUA.");
    expect_clear("La gente del pueblo también lee este blog.");
    expect_clear("Que Dios nos ayude porque nadie más lo va a hacer en este "
                 "gobierno.");
    expect_clear("The coffee is hot, let it cool down a bit.");
    expect_clear("La próxima vez no es el carro de mi papá, es el mío.");
    expect_clear("Forests burn every summer in the sierra.");
    expect_clear("Give the kids the tablets while they still have battery.");
    expect_clear("Paint the office next, the kitchen is done.");
}
END_TEST

START_TEST(threats_heard_in_the_highlands_and_at_a_nightclub_are_held)
{
    expect_threat("Lastima que no quemaron la escuela con todo y el maestro "
                  "adentro",
                  "Lastima que no quemaron");
    expect_threat("Bien hecho muchachos, que no quede ni uno.",
                  "que no quede ni uno");
    expect_threat("Si el profe quiere seguir grabando que mejor grabe su "
                  "propio entierro",
                  "grabe su propio entierro");
    expect_threat("Aqui nadie amenaza a nadie. Nomas recordamos que en la "
                  "sierra el que mucho habla poco dura.",
                  "el que mucho habla poco dura");
    expect_threat("Ya calentaron la plaza con su videito, ahora aguanten lo "
                  "que venga",
                  "aguanten lo que venga");
    expect_threat("Mucho cuidado con lo que comentan, hay gente leyendo que "
                  "no perdona. Y ya tienen sus nombres.",
                  "ya tienen sus nombres");
    expect_threat("Respectfully, the teacher should think about his wife and "
                  "kids before he keeps talking to bloggers.",
                  "kids before he keeps");
    expect_threat("Be careful, profe. Not everyone in the shelter is who "
                  "they say they are. Some of us are already inside.",
                  "Some of us are already inside");
    expect_threat("Teacher = sapo. Sapos dont last long in Los Altos.",
                  "Sapos dont last long");
    expect_threat("If anyone sees the profe at the shelter please DM me, we "
                  "only want to talk with him 🙂",
                  "only want to talk with him");
    expect_threat("Respect to the company. The boss always collects, and the "
                  "ones who talked already know it.",
                  "boss always collects");
    expect_threat("Respectfully, the sister already lost one brother. It "
                  "would be sad to see her lose more.",
                  "sad to see her lose more");
    expect_threat("A little bird told me the reporter's mom still lives in "
                  "Santa Catarina. Say hi to her for us 🐦",
                  "Say hi to her for us");
    expect_threat("cartel gonna take care of the sister just like they took "
                  "care of her brother, count on it",
                  "just like they took care of");
    expect_threat("the company doesn't forget and the company doesn't "
                  "forgive. ask the waitress",
                  "company doesn't forgive");
    expect_threat("Be careful who you name in the next article. There is no "
                  "third warning.",
                  "no third warning");
    expect_threat("A la testigo la van a levantar antes de que llegue a "
                  "ratificar",
                  "testigo la van a levantar");
    expect_threat("Muy interesante la declaración de la mesera. Seguro que "
                  "los muchachos también la leyeron con mucha atención.",
                  "muchachos también la leyeron con mucha atención");
    expect_clear("Lástima que no atraparon a los que quemaron la escuela.");
    expect_clear("Que no quede ni uno sin vacunar en la comunidad.");
    expect_clear("El abuelo organizó su propio funeral, muy previsor.");
    expect_clear("El que mucho habla, poco escucha, decía mi abuela.");
    expect_clear("Aguanten lo que venga, somos fuertes.");
    expect_clear("Ya tienen sus nombres en la lista de apoyos del DIF.");
    expect_clear("Think about the kids before you drive drunk.");
    expect_clear("Some of us are already inside the stadium, come early.");
    expect_clear("Batteries dont last long in the cold.");
    expect_clear("We only want to talk to him about the rent, he never "
                 "answers.");
    expect_clear("My boss always collects the reports on Friday.");
    expect_clear("It would be sad to see her lose her job over this.");
    expect_clear("Say hi to her for us, we miss her so much.");
    expect_clear("We took care of the dog just like we took care of the cat.");
    expect_clear("The company doesn't forgive late payments, read the "
                 "contract.");
    expect_clear("No third party was involved, the police said.");
    expect_clear("La van a levantar con grúa si la dejan ahí.");
    expect_clear("Los muchachos también la leyeron en clase.");
}
END_TEST

START_TEST(threats_heard_at_a_university_and_a_football_club_are_held)
{
    expect_threat("Con todo respeto, los que grabaron a los policías "
                  "deberían pensar en sus familias antes de subir cosas.",
                  "en sus familias antes de subir");
    expect_threat("Mejor que regresen a clases mientras todavía pueden "
                  "caminar. Es un consejo de amigo.",
                  "mientras todavía pueden caminar");
    expect_threat("Que Dios cuide a esos jovenes, porque alguien mas no los "
                  "va a cuidar 🙏",
                  "no los va a cuidar");
    expect_threat("Los de la toma que se vayan aprendiendo el camino al "
                  "panteón Jardines del Humaya, para que no se pierdan.",
                  "aprendiendo el camino al panteón");
    expect_threat("The people in charge here already asked politely once. "
                  "They dont ask twice.",
                  "They dont ask twice");
    expect_threat("It would be wise for this blog to take the article down "
                  "by Friday. Some of us are not asking twice.",
                  "not asking twice");
    expect_threat("We already have the list of who was inside the rectoria. "
                  "The photos are very clear. Nobody is anonymous.",
                  "Nobody is anonymous");
    expect_threat("She better pray she never runs into us in Oblatos",
                  "pray she never runs into us");
    expect_threat("Hope the fiscalia protects her as well as they protected "
                  "the last ones who talked 🙏",
                  "as well as they protected the last");
    expect_threat("a la del podcast ya la van a levantar, al tiempo 🤐",
                  "ya la van a levantar");
    expect_threat("aqui en Zapopan el que pone dedo se va pa bajo, pregunten",
                  "que pone dedo");
    expect_insult("si se dejaron fue porque querian, ahora no lloren",
                  "se dejaron fue porque querian");
    expect_threat("el profe tiene padrinos y los padrinos no perdonan. Que "
                  "le bajen.",
                  "padrinos no perdonan");
    expect_threat("Ximena ya se cambió de depa. Aunque la nueva dirección "
                  "también se sabe.",
                  "dirección también se sabe");
    expect_threat("Don Ramiro: hable con su hija antes de que alguien más "
                  "hable con ella.",
                  "de que alguien más hable con ella");
    expect_threat("Muchachas, hay cosas que se arreglan en familia y no en "
                  "un podcast. El que avisa no es traidor.",
                  "El que avisa no es traidor");
    expect_clear("Los políticos deberían pensar en sus familias antes de "
                 "votar esa ley.");
    expect_clear("Salgan a pasear mientras todavía hace sol.");
    expect_clear("Que Dios nos cuide, porque el gobierno no nos va a cuidar.");
    expect_clear("El camino al panteón está lleno de baches.");
    expect_clear("Don't ask twice, just check the FAQ page.");
    expect_clear("I am not asking twice for the report, I asked once and "
                 "that's enough.");
    expect_clear("Nobody is anonymous online, protect your data.");
    expect_clear("I hope we never run into that traffic again.");
    expect_clear("Hope the new law protects her as well as it protects "
                 "everyone else.");
    expect_clear("Ya la van a levantar la carpa del circo en la plaza.");
    expect_clear("El que pone el dedo en la llaga es el periodista, bien "
                 "por él.");
    expect_clear("Se dejaron llevar por la emoción en el estadio.");
    expect_clear("Los padrinos de la boda no olvidan a nadie en Navidad.");
    expect_clear("Mi dirección también se actualizó en el INE.");
    expect_clear("Hable con su hija antes de que se vaya a la escuela.");
    expect_clear("Hay cosas que se arreglan en familia, decía mi abuela.");
}
END_TEST

START_TEST(threats_heard_at_a_soup_kitchen_and_a_city_council_are_held)
{
    expect_threat("May God protect them, because nobody else is going to",
                  "because nobody else is");
    expect_threat("The neighbors have been very patient. Patience runs out.",
                  "Patience runs out");
    expect_threat("finally someone doing something about it. hit him again "
                  "till he gets the message",
                  "till he gets the message");
    expect_threat("Heads up padre, in Celaya people go for a ride and don't "
                  "come back. Just saying",
                  "go for a ride and don't come");
    expect_threat("Con el respeto que merece, a Don Ernesto se le respeta. "
                  "Quien no entiende por las buenas entiende de otra forma.",
                  "no entiende por las buenas");
    expect_threat("The councilwoman should be grateful. Some people don't "
                  "get a warning.",
                  "Some people don't get a warning");
    expect_threat("El que este pasando informacion a la policia ya lo "
                  "tenemos bien ubicado. A la proxima no hay aviso.",
                  "proxima no hay aviso");
    expect_threat("Aqui el padre creyendose santo, ya veremos si el santo "
                  "aguanta una segunda visita",
                  "aguanta una segunda visita");
    expect_threat("El blog este deberia tener mas cuidado con lo que "
                  "publica, no vaya a ser que un dia les toque a ustedes ser "
                  "la nota",
                  "les toque a ustedes ser la nota");
    expect_threat("Estimados del blog: seria prudente que bajen la nota hoy. "
                  "Mañana ya no va a ser opcion.",
                  "ya no va a ser opcion");
    expect_clear("May God help us, because nobody else will.");
    expect_clear("My patience runs out with this traffic every morning.");
    expect_clear("I hope the new law hits home until the mayor gets it "
                 "right.");
    expect_clear("We go for a ride every Sunday and come back for lunch.");
    expect_clear("El que no entiende la tarea, que pregunte.");
    expect_clear("Some people don't get a warning light on old cars.");
    expect_clear("A la próxima reunión no hay que faltar.");
    expect_clear("La abuela espera una segunda visita del doctor.");
    expect_clear("Me toca a mí ser el chofer esta vez.");
    expect_clear("Ya no va a haber opción de pago en efectivo.");
}
END_TEST

START_TEST(threats_heard_at_a_crematorium_and_a_tow_yard_are_held)
{
    expect_threat("Careful where you dig, ladies. There is room for one more "
                  "in those holes.",
                  "room for one more in");
    expect_threat("Tranquilas señoras, en ese predio hay lugar para uno más "
                  "en la fosa.",
                  "hay lugar para uno más en");
    expect_threat("Prayers for the editor. He is going to need them, and "
                  "soon.",
                  "going to need them, and soon");
    expect_threat("Hope the blogger's daughters enjoy their last Christmas.",
                  "enjoy their last Christmas");
    expect_threat("Que el periodista disfrute su última navidad con su "
                  "familia.",
                  "disfrute su última navidad");
    expect_threat("If the judge signs that order she knows what comes next.",
                  "she knows what comes next");
    expect_threat("Nothing happens here to the quiet ones, only to the "
                  "people who open their mouths.",
                  "who open their mouths");
    expect_threat("Yo que ustedes quitaba esa foto hoy mismo.",
                  "que ustedes quitaba");
    expect_threat("En el barrio el que diga algo ya sabe cómo le va.",
                  "que diga algo ya sabe");
    expect_threat("Aquí nadie vio nada, y el que hable ya sabe.",
                  "que hable ya sabe");
    expect_threat("Qué bueno que el chofer salió vivo, pero la suerte se "
                  "acaba.",
                  "la suerte se acaba");
    expect_threat("Tomen nota de todo lo que publican, aquí todo se sabe.",
                  "aquí todo se sabe");
    expect_threat("Bajen el tono, porque luego la gente se enoja y no "
                  "siempre podemos controlarlos.",
                  "no siempre podemos controlarlos");
    expect_threat("Keep posting the names and see what happens, we can't "
                  "always control them.",
                  "Keep posting the names and see what happens");
    expect_threat("Ustedes siguen publicando, pero también sabemos quiénes "
                  "son ustedes.",
                  "también sabemos quiénes son");
    expect_threat("Publiquen lo que quieran, nosotros tenemos paciencia y "
                  "buena memoria.",
                  "tenemos paciencia y buena memoria");
    expect_threat("Write all you want. We have patience and a good memory.",
                  "We have patience and a good memory");
    expect_threat("Lo mejor para los testigos es quedarse calladitos.",
                  "quedarse calladitos");
    expect_threat("LOL good riddance, more for the oven.", "more for the oven");
    expect_threat("The searchers are next in line for the crematorium.",
                  "next in line for the crematorium");
    expect_threat("Hey reporter, go dig yourself a grave and save us time.",
                  "dig yourself a grave");
    expect_threat("Sigue escribiendo, cávate tu tumba solito.",
                  "cávate tu tumba");
    expect_threat("They should have done the whole family while they were at "
                  "it.",
                  "should have done the whole family");
    expect_threat("Ya ubicamos al hermano de la que fue a declarar.",
                  "Ya ubicamos al");
    expect_threat("Mr. Salas, you have a beautiful house by the park. Keep "
                  "the doors locked.",
                  "you have a beautiful house");
    expect_clear("The bus to the march is full, but there is room for one "
                 "more in the second car.");
    expect_clear("En la caravana hay lugar para uno más en la camioneta de "
                 "don Beto.");
    expect_clear("The families will need lawyers; they are going to need "
                 "them, and soon, if the hearing moves up.");
    expect_clear("We hope the kids enjoy their last weekend of vacation "
                 "before school.");
    expect_clear("Que los niños disfruten su última semana de vacaciones.");
    expect_clear("Once the cameras leave, you know what comes next: the "
                 "same old promises from city hall.");
    expect_clear("Good reporters open their mouths when others stay silent.");
    expect_clear("Yo que tú bajaba el volumen, ya es tarde.");
    expect_clear("Si alguien sabe algo, que lo diga en la fiscalía "
                 "especializada.");
    expect_clear("El que hable en la asamblea tiene tres minutos, ya lo "
                 "saben.");
    expect_clear("Gracias a Dios la suerte estuvo de su lado esta vez.");
    expect_clear("Aquí todo se sabe gracias al periodismo independiente y a "
                 "los vecinos valientes.");
    expect_clear("Los perros del vecino ladran toda la noche y no siempre "
                 "podemos dormir.");
    expect_clear("We can't always control the weather, but we can prepare "
                 "for the flood.");
    expect_clear("Sabemos quiénes son los responsables: el gobierno que no "
                 "hace nada.");
    expect_clear("Hay que tener paciencia con los trámites del registro "
                 "civil.");
    expect_clear("Teachers need patience and a good sense of humor.");
    expect_clear("Los niños se quedaron calladitos cuando entró el "
                 "director, qué ternura.");
    expect_clear("Mom put more bread in the oven for the vigil.");
    expect_clear("The mothers are next in line to speak at the hearing.");
    expect_clear("Don't dig yourself into a hole with payday loans.");
    expect_clear("Los voluntarios cavaron una zanja para el agua.");
    expect_clear("They have done the whole route on foot, from Zacatecas to "
                 "the capital.");
    expect_clear("Ya ubicamos el problema del drenaje en la calle principal.");
    expect_clear("You have a beautiful voice, thank you for singing at the "
                 "vigil.");
}
END_TEST

START_TEST(more_threats_heard_at_a_crematorium_are_held)
{
    expect_threat("Los que se portan mal terminan en el crematorio, así de "
                  "fácil.",
                  "se portan mal terminan en");
    expect_threat("The owner's friends read this blog, and they remember "
                  "faces.",
                  "remember faces");
    expect_threat("Él sabe cuidar a su gente y también sabe quiénes no son "
                  "sus amigos.",
                  "también sabe quiénes no son sus amigos");
    expect_threat("Apenas va uno, la lista es larga.", "Apenas va uno");
    expect_threat("Que les echen gasolina a las madres esas.",
                  "les echen gasolina");
    expect_clear("Los niños que se portan mal terminan en la dirección de "
                 "la escuela.");
    expect_clear("My grandmother is ninety and she still remembers faces "
                 "from the old market.");
    expect_clear("En una crisis uno sabe quiénes no son sus amigos.");
    expect_clear("Apenas va uno de tres partidos del torneo y ya estamos "
                 "nerviosos.");
    expect_clear("Que les echen gasolina a las patrullas porque no tienen "
                 "ni para el carro.");
}
END_TEST

START_TEST(threats_heard_at_a_resort_and_over_a_fake_job_are_held)
{
    expect_threat("To the families who signed the letter: nobody gets hurt "
                  "as long as everyone stays quiet.",
                  "as long as everyone stays quiet");
    expect_threat("The river takes the ones who don't know how to keep quiet.",
                  "who don't know how to keep quiet");
    expect_threat("The student with the sign is brave for a kid. Let's see "
                  "how brave.",
                  "Let's see how brave");
    expect_threat("Two of them already learned. Others still have time.",
                  "Others still have time");
    expect_threat("That lawyer is going to end up exactly like him.",
                  "going to end up exactly like him");
    expect_threat("Keep writing. The company doesn't forget.",
                  "company doesn't forget");
    expect_threat("Aquí el que la calienta es el que habla.",
                  "calienta es el que habla");
    expect_threat("Ya le tocó a uno. Que sus compas aprendan.",
                  "compas aprendan");
    expect_threat("En la plaza las cámaras tienen dueño, sonrían.",
                  "cámaras tienen dueño");
    expect_threat("La empresa le agradece su silencio a toda la familia.",
                  "agradece su silencio");
    expect_threat("Los que sepan algo mejor que no sepan nada.",
                  "mejor que no sepan nada");
    expect_threat("A los de la marcha ya les tomamos lista.",
                  "les tomamos lista");
    expect_threat("Dígale al reportero que el recado se lo damos en persona.",
                  "lo damos en persona");
    expect_threat("Qué bueno que lo callaron, ya hablaba mucho.",
                  "bueno que lo callaron");
    expect_threat("Los periodistas dan problemas, y los problemas se "
                  "resuelven.",
                  "problemas se resuelven");
    expect_threat("If you want answers about your son, come alone, no police.",
                  "come alone, no police");
    expect_threat("He owed the plaza. Debts get paid by family.",
                  "Debts get paid by family");
    expect_threat("Aquí las deudas las paga la familia.",
                  "deudas las paga la familia");
    expect_threat("Move away quietly, before someone decides for you.",
                  "before someone decides for you");
    expect_threat("Everyone who shares her page, we have a list.",
                  "we have a list");
    expect_threat("Call the cops if you want, half of them are ours.",
                  "half of them are ours");
    expect_threat("Tell the mother there is a price for heating up the plaza.",
                  "price for heating");
    expect_threat("For now they're being patient with the señora.",
                  "now they're being patient");
    expect_threat("Que la señora aprenda a cuidar a los que le quedan.",
                  "cuidar a los que le quedan");
    expect_threat("Ya identificamos quién es la vecina que habló.",
                  "Ya identificamos quién");
    expect_threat(
        "Bonita casa tiene la reportera, con su portón verde. Cuídese.",
        "Bonita casa tiene");
    expect_threat("Ya le pusieron el dedo al sobrino del maestro.",
                  "le pusieron el dedo");
    expect_threat("Si sigue hablando habrá consecuencias legales y de las "
                  "otras.",
                  "legales y de las otras");
    expect_clear("The vigil will stay peaceful as long as everyone stays "
                 "calm and follows the route.");
    expect_clear("Toddlers don't know how to keep quiet in church, and that "
                 "is fine.");
    expect_clear("Let's see how brave the governor is when the families "
                 "come to his office.");
    expect_clear("Some schools closed; others still have time to register "
                 "for the program.");
    expect_clear("I hope my son ends up a cook just like his grandfather.");
    expect_clear("The company forgot to pay the workers again, typical.");
    expect_clear("El que habla claro en la asamblea es don Memo, y lo "
                 "respetamos.");
    expect_clear("Que los compas del taller aprendan a usar el equipo nuevo.");
    expect_clear("Las cámaras del C5 no sirven en la mitad de la ciudad.");
    expect_clear("Agradecemos su apoyo a la colecta para la familia.");
    expect_clear("Mejor que no sepan que les vamos a hacer una fiesta "
                 "sorpresa.");
    expect_clear("En la escuela tomamos lista a las ocho.");
    expect_clear("El premio de la rifa lo entregamos en la asamblea.");
    expect_clear("Qué bueno que lo dijeron en la radio, así la gente se "
                 "entera.");
    expect_clear("Los problemas de agua en la colonia siguen sin resolverse.");
    expect_clear("You can come alone or bring your family to the vigil.");
    expect_clear("Families get crushed by debts when the breadwinner "
                 "disappears.");
    expect_clear("Las deudas del ayuntamiento las paga el pueblo con "
                 "impuestos.");
    expect_clear("Sign up early, the workshop fills fast.");
    expect_clear("We have a list of shelters and hotlines on the page.");
    expect_clear("Half of the money goes to the families.");
    expect_clear("The price of tortillas went up again.");
    expect_clear("Thank you all for being patient with the page while we "
                 "update it.");
    expect_clear("La señora cuida a sus nietos todos los días.");
    expect_clear("Identificamos tres fallas en el informe de la fiscalía.");
    expect_clear("Qué bonita la casa de cultura, la pintaron los jóvenes "
                 "del barrio.");
    expect_clear("El maestro puso el ejemplo y todos participaron.");
    expect_clear("Habrá consecuencias legales para los funcionarios si se "
                 "comprueba el desvío.");
}
END_TEST

START_TEST(threats_heard_at_a_drivers_strike_and_a_nurses_protest_are_held)
{
    expect_threat("The soldiers leave next month. Then we'll see who's brave.",
                  "see who's brave");
    expect_threat("The other drivers paid on time. Some of them are still "
                  "breathing.",
                  "Some of them are still breathing");
    expect_threat("Keep posting, doña, the commander knows where you live.",
                  "knows where you live");
    expect_threat("Sus hijos necesitan una mamá viva, no una mamá valiente.",
                  "una mamá viva");
    expect_threat("Bajen la nota, nadie les va a agradecer ser héroes "
                  "muertos.",
                  "ser héroes muertos");
    expect_threat("El líder del sindicato ya tiene su lugar apartado en el "
                  "cerro.",
                  "su lugar apartado en el cerro");
    expect_threat("Qué bonito ardió la camioneta, faltó el chofer adentro.",
                  "faltó el chofer adentro");
    expect_threat("Nobody gets hurt if everyone stays quiet about the route.",
                  "gets hurt if everyone stays quiet");
    expect_threat("Be careful, nurse. It's not a threat, it's a forecast.",
                  "it's a forecast");
    expect_threat("She goes to mass every Sunday. God protects. Sometimes.",
                  "God protects. Sometimes");
    expect_threat("This town has rules. The plaza has an owner.",
                  "plaza has an owner");
    expect_threat("A los que fueron a la marcha ya los tenemos bien ubicados.",
                  "que fueron a la marcha ya los tenemos bien ubicados");
    expect_threat("Los vecinos mejor que se acuerden de que no vieron nada.",
                  "acuerden de que no vieron");
    expect_threat("El que siga moviendo el agua se va a ahogar.",
                  "moviendo el agua se va a ahogar");
    expect_threat("Lo del carro no fue nada personal, fue un recordatorio.",
                  "fue un recordatorio");
    expect_threat("Se lo pedimos por las buenas. La próxima vez no.",
                  "La próxima vez no");
    expect_threat("Que alguien le dé piso al líder del sindicato y se acaba "
                  "el paro.",
                  "le dé piso");
    expect_clear("We'll see who's brave enough to vote against the reform.");
    expect_clear("Some of the babies in the NICU are still breathing with "
                 "help from machines.");
    expect_clear("The census office knows where we live, they came by last "
                 "week.");
    expect_clear("Tengo una mamá de 90 años, gracias a Dios sigue viva y "
                 "lúcida.");
    expect_clear("Nuestros héroes muertos merecen un monumento en la plaza.");
    expect_clear("Ya tengo mi lugar apartado en el concierto del sábado.");
    expect_clear("Faltó el maestro a clases y los niños se fueron temprano.");
    expect_clear("Nobody gets hurt if everyone follows the safety rules at "
                 "the plant.");
    expect_clear("It's not a forecast, it's a fact: the hospital has no "
                 "medicine.");
    expect_clear("God protects the humble, my grandmother always said.");
    expect_clear("The plaza has a new fountain and benches.");
    expect_clear("Ya tenemos lista la despensa para las familias.");
    expect_clear("Los vecinos dicen que no vieron nada porque tienen miedo.");
    expect_clear("Hay que cuidar el agua, no dejen la llave abierta.");
    expect_clear("Fue un recordatorio de que la salud pública está "
                 "abandonada.");
    expect_clear("¿La próxima vez no avisan con tiempo?");
    expect_clear("Le dieron piso nuevo a la clínica y quedó muy bien.");
}
END_TEST

START_TEST(a_saying_quoted_as_a_motto_passes)
{
    expect_clear("\"Snitches get stitches\" is basically the cartel motto "
                 "and I am tired of seeing it here.");
    expect_threat("Snitches get stitches, remember that.",
                  "Snitches get stitches");
}
END_TEST

START_TEST(a_house_a_finger_and_a_dog_found_in_everyday_words_pass)
{
    expect_clear("El reportero puso el dedo en la llaga con esta nota.");
    expect_clear("Qué bonita casa tienes, felicidades por la remodelación.");
    expect_clear("You have a beautiful home, congrats on the renovation.");
    expect_clear("Ya localizamos al perrito perdido, gracias a todos.");
    expect_clear("I have done the whole family tree on Ancestry.");
}
END_TEST

START_TEST(threats_heard_under_eight_new_comment_sections_are_held)
{
    expect_threat("The people in charge took note of every face at the "
                  "blockade.",
                  "took note of every face");
    expect_threat("Nobody was inside. That was the polite version.",
                  "was the polite version");
    expect_threat("In our business we call this a warning.",
                  "we call this a warning");
    expect_threat("The plaza was quiet until the pharmacist heated it up.",
                  "heated it up");
    expect_threat("We will ask each of them politely.",
                  "ask each of them politely");
    expect_threat("Thank them when it happens.", "Thank them when it happens");
    expect_threat("I hope they find him in pieces.", "find him in pieces");
    expect_threat("The ones who talk take a trip. Pay your floor.",
                  "Pay your floor");
    expect_threat("Last time anyone asks nicely.",
                  "Last time anyone asks nicely");
    expect_threat("Those protesters should be run over.", "should be run over");
    expect_threat("La familia ya está ubicada, no se cansen de correr.",
                  "no se cansen de correr");
    expect_threat("Que se cuide la boca.", "se cuide la boca");
    expect_threat("No se quejen cuando les llegue la maña.",
                  "les llegue la maña");
    expect_threat("Ya tenemos sus perfiles.", "tenemos sus perfiles");
    expect_threat("We appreciate knowing who you are.",
                  "appreciate knowing who you are");
    expect_threat("The fiscalia talks back to us.", "talks back to us");
    expect_threat("La gente que habla mucho luego ya no habla.",
                  "luego ya no habla");
    expect_threat("Primero el presidente, luego los chismosos.",
                  "luego los chismosos");
    expect_threat("El lunes pasan a platicar con ustedes. Más vale que estén.",
                  "Más vale que estén");
    expect_threat("No es amenaza, es un pronóstico.",
                  "No es amenaza, es un pronóstico");
    expect_threat("Just pay your cuota and keep quiet.", "pay your cuota");
    expect_threat("We know exactly how many head you have.",
                  "how many head you");
    expect_threat("Money collected, message delivered.", "message delivered");
    expect_threat("Rats get the trap.", "Rats get the trap");
    expect_threat("Put him back in the trunk.", "Put him");
    expect_threat("Los otros saben qué pasó con los que hablaron.",
                  "saben qué pasó con los que hablaron");
    expect_threat("El que paga duerme tranquilo.", "duerme tranquilo");
    expect_threat("No vuelvan a pedir ayuda afuera.",
                  "No vuelvan a pedir ayuda");
    expect_threat("The company should have paid. Pay or pray.", "Pay or pray");
    expect_threat("They should of just shot him.", "should of just shot");
    expect_threat("Talking brings nothing good, only more visits.",
                  "only more visits");
    expect_threat("Tuvo suerte, la próxima no lo encuentran.",
                  "la próxima no lo encuentran");
    expect_threat("Se lo merecía por codo, la cuota es la cuota.",
                  "la cuota es la cuota");
    expect_threat("Lástima que lo soltaron vivo.",
                  "Lástima que lo soltaron vivo");
    expect_threat("Sabe que si habla va a ser peor.", "si habla va a ser peor");
    expect_threat("El que no coopera se vuelve a quedar tirado.",
                  "no coopera se vuelve");
    expect_threat("Póngase de acuerdo con los señores y no pasa nada.",
                  "Póngase de acuerdo con los señores");
    expect_threat("Lo trataron muy bien para lo que merecía.",
                  "muy bien para lo que merecía");
    expect_threat("Si fuera por mí lo dejan colgado del puente.",
                  "por mí lo dejan colgado");
    expect_threat("Los que hablan de más también se arreglan.",
                  "hablan de más también");
    expect_threat("Ya les dimos una muestra.", "Ya les dimos una muestra");
    expect_threat("We saw who came, we have your faces.", "we have your faces");
    expect_threat("Cameras don't walk you to your car at night.",
                  "don't walk you to your car");
    expect_threat("Better to stop now while it's still a conversation.",
                  "while it's still a conversation");
    expect_threat("Now they know what the other choice costs.",
                  "what the other choice costs");
    expect_threat("Pick a different hobby, compa.", "Pick a different hobby");
    expect_threat("Remember that the police also give names.",
                  "police also give names");
    expect_threat("He should be careful what he remembers.",
                  "careful what he remembers");
    expect_threat("¿Ya levantaron al que le pasó el pitazo?",
                  "Ya levantaron al que le pasó");
    expect_threat("La memoria corta alarga la vida.", "memoria corta alarga");
    expect_threat("Ya sé en qué taller trabajas.",
                  "Ya sé en qué taller trabajas");
    expect_threat("El profe quedó noqueado para siempre.",
                  "noqueado para siempre");
    expect_threat("Sería triste que el gimnasio se quemara una noche de "
                  "estas.",
                  "se quemara una noche");
    expect_threat("She was told nicely once. There won't be a second message.",
                  "won't be a second message");
    expect_threat("Keep sharing the photo, we screenshot every name.",
                  "screenshot every name");
    expect_threat("The ones who took her read this too, and they aren't mad "
                  "yet.",
                  "aren't mad yet");
    expect_threat("Someone needs to put that woman in the ground.",
                  "put that woman in the ground");
    expect_threat("Le recomiendo que cierre la panadería. Es por su bien y "
                  "el de sus hijos.",
                  "recomiendo");
    expect_threat("Nadie extraña a la gente que no sabe quedarse callada.",
                  "Nadie extraña a la gente que");
    expect_threat("Todos recuerdan quién compartió esa foto.",
                  "recuerdan quién compartió");
    expect_threat("Esta ciudad es tranquila para quien sabe comportarse.",
                  "para quien sabe comportarse");
    expect_threat("Si siguen moviendo el agua ya no va a estar bien.",
                  "siguen moviendo el agua");
    expect_threat("Saludos de parte de las cuatro letras.",
                  "las cuatro letras");
    expect_threat("Se juntan los martes a las 7. Qué bueno que son puntuales.",
                  "Qué bueno que son puntuales");
    expect_threat("Consider taking it down while you can.",
                  "taking it down while you can");
    expect_threat("Everyone knows who he is and where.",
                  "knows who he is and where");
    expect_threat("Driving that road at night alone? Bold, very bold.",
                  "Bold, very bold");
    expect_threat("People who talk to the press don't get a second article.",
                  "don't get a second article");
    expect_threat("We know that's you, doctor.", "We know that's you");
    expect_threat("This is just the warning round.", "warning round");
    expect_threat("The ones who speak up get picked up.",
                  "speak up get picked up");
    expect_threat("Ya se lo compartimos a los de arriba.",
                  "compartimos a los de arriba");
    expect_threat("La valentía se paga, tarde o temprano.", "valentía se paga");
    expect_threat("Esperemos que su familia piense igual.",
                  "su familia piense igual");
    expect_threat("Saludos al de la clínica, él ya sabe quiénes somos.",
                  "él ya sabe quiénes somos");
    expect_threat("Si me cae la ley por su culpa yo también lo madreo.",
                  "lo madreo");
    expect_threat("Consejo para los doctores: atiendan y callen.",
                  "atiendan y callen");
    expect_clear("Gracias por la corrección, ya tomamos nota.");
    expect_clear("We are taking notes in class about the fentanyl crisis.");
    expect_clear("The polite version of the story is on the state website.");
    expect_clear("Scientists call this a warning sign for the coast.");
    expect_clear("You don't have to thank us, thank the reporter.");
    expect_clear("The argument heated it up at the town hall meeting.");
    expect_clear("The cooperative rules changed last year and he knew them.");
    expect_clear("Pray for his family, I hope they find him alive.");
    expect_clear("I'd pay the toll on the highway any day.");
    expect_clear("Do the same with the rest of the recipe and bake it.");
    expect_clear("Es mejor no saber nada de política en navidad, jaja.");
    expect_clear("Disfruten la playa mientras puedan, ya viene el frío.");
    expect_clear("Mi hija estudia en la secundaria del centro, a qué "
                 "escuela van tus niños?");
    expect_clear("Cuídense mucho, por el bien de todos.");
    expect_clear("Ya se les avisó a las autoridades de la cooperativa.");
    expect_clear("El bloque de contra de la selección jugó bien.");
    expect_clear("He had friends everywhere, people loved him.");
    expect_clear("Greetings to your wife, Don Ernesto, we miss seeing you "
                 "both at the market.");
    expect_clear("To whoever harassed her: we have your name and the video.");
    expect_clear("Nobody talks about the women who pay the cuota every week.");
    expect_clear("Ya estás en la lista de la kermés, te toca traer el "
                 "pozole.");
    expect_clear("Se acabó el tiempo de quedarse callados.");
    expect_clear("Check your brakes before the long weekend, the highway is "
                 "busy.");
    expect_clear("The plumber did clean work on the new clinic.");
    expect_clear("Ojalá que el próximo año sea mejor para el ejido.");
    expect_clear("Telling women to go back to the kitchen in 2024 is "
                 "embarrassing.");
    expect_clear("The painters did a clean job on the clinic.");
    expect_clear("No sé en qué colonia vives pero ojalá estés bien.");
    expect_clear("Ya levantaron el bloqueo en la carretera.");
    expect_clear("La ruta de las motos pasa por el centro.");
    expect_clear("Así es mejor para todos los vecinos, con alumbrado nuevo.");
    expect_clear("There won't be a second warning: the dam is releasing "
                 "water.");
    expect_clear("A los de arriba no les importa lo que pase en la colonia.");
    expect_clear("Pronto sabremos la verdad sobre el caso.");
    expect_clear("You don't get a second chance to make a first impression.");
}
END_TEST

START_TEST(harmless_sentences_with_the_words_of_new_sayings_pass)
{
    expect_clear("Great tips for hurricane season, we are taking notes.");
    expect_clear("Buenísimos consejos para ahorrar agua, we're taking notes.");
    expect_clear("Listo, lo del horario de verificación ya tomamos nota.");
    expect_clear("That was the polite version of what I think about the "
                 "governor.");
    expect_clear("The rich got their tax cuts, now we get ours.");
    expect_clear("The referee knew the rules.");
    expect_clear("Drunk drivers should think about their own families "
                 "before getting behind the wheel.");
    expect_clear("Drunk drivers should think about their families before "
                 "they drive.");
    expect_clear("You have kids? Think about them before your next drink.");
    expect_clear("Great, they arrested the mayor, now do the same with the "
                 "rest of the cabinet.");
    expect_clear("My brother sends money home but gets paid in a different "
                 "currency.");
    expect_clear("Lets see how brave they are against América in the final.");
    expect_clear("Politicians need to be reminded who runs this country: "
                 "the voters.");
    expect_clear("All the damaged homes have been photographed.");
    expect_clear("Cruz Azul has more scores to settle with América.");
    expect_clear("Keep your documents together and carry them in a bag.");
    expect_clear("Don Pepe was so loved, he has friends everywhere.");
    expect_clear("He was arrested by the army, not by the police.");
    expect_clear("The bodies were found by neighbours, not by the cops.");
    expect_clear("Al día siguiente el autobús cayó al barranco con todos "
                 "adentro.");
    expect_clear("Ojalá encuentren a los responsables, le quemaron la casa "
                 "con todo y él adentro.");
    expect_clear("A veces es mejor no saber nada.");
    expect_clear("El mercado quedó destruido, pero está para levantarlo "
                 "entre todos.");
    expect_clear("En ese partido el que no se alinea se queda fuera de la "
                 "lista.");
    expect_clear("Ya perdimos dos finales, la próxima no hay perdón.");
    expect_clear("¿Y a qué escuela van los alumnos reubicados?");
    expect_clear("Mi abuelo era un sabio, me encantaba platicar con él "
                 "tranquilamente.");
    expect_clear("Ojalá los abuelitos estén bien cuando los visitemos.");
    expect_clear("Todavía falta cosecha de maíz en el norte de Sinaloa.");
    expect_clear("No se sientan seguros por usar cubrebocas, sigan "
                 "lavándose las manos.");
    expect_clear("Si lo detienen, no declare nada sin su abogado.");
    expect_clear("Este periódico es de la contra, siempre critican al "
                 "gobierno.");
    expect_clear("Mándenos mensaje y ahorita le explicamos cómo tramitar su "
                 "beca.");
    expect_clear("¿Los papás saben que no hay clases? Sí, ya se les avisó.");
    expect_clear("Hay que agradecer que solo fue una herida leve.");
    expect_clear("Se lo pedimos por las buenas al alcalde y no hizo caso.");
    expect_clear("Everyone deserves respect, including the people who write "
                 "these articles.");
    expect_clear("The mural was his last good work.");
    expect_clear("Great photos, clean work.");
    expect_clear("Buen operativo, sin un solo disparo, trabajo limpio.");
    expect_clear("¡Qué bonito mural! Felicidades a quien lo hizo.");
    expect_clear("At the funeral there were plenty of flowers and music, he "
                 "would have loved it.");
    expect_clear("Thanks for signing the petition, we have your names.");
    expect_clear("If you skip the vaccine you are going to be very sorry.");
    expect_clear("Congrats to your mom on her retirement! Say hi to her "
                 "from us.");
    expect_clear("Other countries will learn the same lesson.");
    expect_clear("Interesting who showed up to the mayor's event.");
    expect_clear("We counted the cars in the traffic jam, more than two "
                 "hundred.");
    expect_clear("Ojalá que el próximo sea mejor presidente.");
    expect_clear("Piensa en ellos antes de volver a manejar borracho.");
    expect_clear("Luego no lloren cuando suba la gasolina.");
    expect_clear("Mis papás ya están en la lista.");
    expect_clear("Mi hijo es chiquito, ya va a entender.");
    expect_clear("Siguen llegando los heridos al hospital, uno por uno.");
    expect_clear("¿Y la viuda sigue viviendo sola? Pobre señora.");
    expect_clear("Next week I'm taking a one way trip to Cancún.");
    expect_clear("I'd appreciate it even more if the article had sources.");
    expect_clear("Do you know how many head they lost in the drought?");
    expect_clear("¿Cuántas cabezas tiene cada productor del ejido?");
    expect_clear("Stay in school or end up like me.");
    expect_clear("He has grandkids after all, he should retire.");
    expect_clear("Got your email, we'll be in touch.");
    expect_clear("Put the spare tire back in the trunk.");
    expect_clear("The hurricane hit the other ones harder.");
    expect_clear("Quiet is good for the baby.");
    expect_clear("Stay home during the storm. Strong advice.");
    expect_clear("Where are the shelters? We have the list.");
    expect_clear("Remember what happened to the last president who tried "
                 "this.");
    expect_clear("Le dije a mis hijos que ya no hablen con desconocidos.");
    expect_clear("Vacúnense, es un consejo de amigo.");
    expect_clear("Ya soltaron el billete de las becas.");
    expect_clear("El IVA se cobra de otra forma en la frontera.");
    expect_clear("Ayotzinapa: nosotros no olvidamos.");
    expect_clear("El que no coopera se queda sin fiesta.");
    expect_clear("Hay mucha gente que habla de más sin saber.");
    expect_clear("Sigan cobrando sin trabajar, diputados.");
    expect_clear("¿Quién tiene el link de la transmisión? pásenlo por inbox");
    expect_clear("Mi hijo anda solo en las noches y me preocupa.");
    expect_clear("El tiempo es lo único que se puede perder.");
    expect_clear("A los beneficiarios les llegará su aviso por correo.");
    expect_clear("Qué bonita foto, se ven muy contentos los tres.");
    expect_clear("He has a very recognizable voice.");
    expect_clear("I need to go back to the kitchen, the beans are burning.");
    expect_clear("The plumber did a clean job.");
    expect_clear("I remember faces very well but not names.");
    expect_clear("He borrowed money from the wrong people.");
    expect_clear("Every corrupt politician should get the same treatment.");
    expect_clear("The toll fee just went up again.");
    expect_clear("I have to thank this article for the tips.");
    expect_clear("Los turistas no entienden cómo funcionan las cosas aquí.");
    expect_clear("Mija, cuídate mucho cuando andes de noche.");
    expect_clear("Mi abuela lee todo y no olvida nada.");
    expect_clear("Los políticos que ni se asomen por aquí en campaña.");
    expect_clear("Los problemas de pareja se arreglan en corto.");
    expect_clear("Les ahorramos la vuelta al banco.");
    expect_clear("Felicidades al profe de parte de los muchachos del equipo.");
    expect_clear("So sad, another funeral in that family this year.");
    expect_clear("The message was delivered to the governor.");
    expect_clear("Great explanation, hope everyone understood.");
    expect_clear("It's scary how easy it is to find where to buy guns.");
    expect_clear("Parents should talk with them calmly about drugs.");
    expect_clear("The next payment won't be in pesos, it'll be in dollars.");
    expect_clear("If you don't have cash you can pay another way.");
    expect_clear("Firefighters marked the houses already searched.");
    expect_clear("I hope they film the next one in Oaxaca.");
    expect_clear("Clean them out with vinegar.");
    expect_clear("That's the best advice you'll get today.");
    expect_clear("I love the mural, especially the names of the victims.");
    expect_clear("Con esta votación ya se sabe quién es quién.");
    expect_clear("Sigan calentando, muchachos, ya casi entran.");
    expect_clear("La calle no es de ustedes, es de todos.");
    expect_clear("Quédense en casa, así es mejor para todos.");
    expect_clear("Los vecinos también están avisados del corte de agua.");
    expect_clear("Los papás también llegan tarde a casa por el tráfico.");
    expect_clear("Por el puente las motos también pasan.");
    expect_clear("Ojalá se animen con el proyecto.");
    expect_clear("Prayers for the families, they are going to need them.");
    expect_clear("Get vaccinated, the clinic fee is cheaper than a funeral.");
    expect_clear("Pay the fee or get the same.");
    expect_clear("The vet fee just went up.");
    expect_clear("Ya están en la lista de beneficiarios mis papás.");
    expect_clear("Ya les dimos una muestra de lo que es la democracia.");
    expect_clear("Vamos a necesitar otra misa para el abuelo.");
    expect_clear("Tell the volunteers they dont have to thank us.");
    expect_clear("Si habla con la prensa va a ser peor para el gobierno.");
}
END_TEST

START_TEST(harmless_sentences_near_the_latest_sayings_pass)
{
    expect_clear("The old town plaza has a long memory: people still leave "
                 "flowers where the 1968 students fell.");
    expect_clear("Every plaza has a long memory, my grandfather used to "
                 "say, and ours remembers the flood of 1999.");
    expect_clear("Our market plaza has a long memory, half the stalls "
                 "belong to the grandchildren of the first vendors.");
    expect_clear("La empresa tiene buena memoria para cobrarte pero mala "
                 "para pagarte las horas extra.");
    expect_clear("La plaza tiene larga memoria: ahí se juntaron las madres "
                 "buscadoras hace diez años y ahí siguen.");
    expect_clear("Ojo con Telcel, la empresa tiene buena memoria y te cobra "
                 "el plan aunque ya lo hayas cancelado.");
    expect_clear("Old forum regulars here, we remember usernames from the "
                 "2010 election threads, good times.");
    expect_clear("Ha, we remember usernames better than real names in this "
                 "comment section.");
    expect_clear("Moderators, please bring back the old system, we remember "
                 "usernames and miss the regulars.");
    expect_clear("Count your blessings, because blessings can be taken away "
                 "in one night, as the families in Acapulco learned.");
    expect_clear("My grandmother always said blessings can be taken away, "
                 "so be grateful for your health.");
    expect_clear("Pray for the flood victims. Blessings can be taken away "
                 "overnight.");
    expect_clear("The inspectors said the market isn't fireproof and nobody "
                 "did anything until it burned.");
    expect_clear("Most houses in the hills aren't fireproof, that's why the "
                 "wildfire spread so fast.");
    expect_clear("Reminder that these old cinemas aren't fireproof, the "
                 "city should check the exits.");
    expect_clear("The new stadium roof isnt fireproof according to the "
                 "report, scary.");
    expect_clear("Congratulations on your retirement, nurse Lupita! Enjoy "
                 "your last shift, you earned it.");
    expect_clear("To all the firefighters retiring this week: enjoy your "
                 "last shift and thank you.");
    expect_clear("Enjoy your last shifts at the old hospital, the new one "
                 "opens in January.");
    expect_clear("Drunk drivers everywhere during the fair, ten more days, "
                 "lots of time for accidents on that highway.");
    expect_clear("They left the scaffolding up all month without barriers, "
                 "plenty of time for accidents with kids around.");
    expect_clear("Long holiday weekend plus rain means lots of time for "
                 "accidents, drive carefully.");
    expect_clear("The days of talking are over, Congress needs to pass the "
                 "water law now.");
    expect_clear("For the Tri the days of talking are over, now they have "
                 "to win on the pitch.");
    expect_clear("After three years of negotiations the union says the days "
                 "of talking are over and they will strike.");
    expect_clear("Parents should think about their kids before they go into "
                 "that much debt for a wedding.");
    expect_clear("Think about your family before you go driving after "
                 "drinking at the posada.");
    expect_clear("Politicians never think about their children before they "
                 "speak about school cuts.");
    expect_clear("My lawyer uncle jokes that every divorce needs a good "
                 "accountant or a good priest.");
    expect_clear("After that penalty miss the coach needs a good "
                 "psychologist or a good priest.");
    expect_clear("With this heat you need a good fan or a good priest, lol.");
    expect_clear("The math teacher had to come explain it twice because "
                 "nobody understood the new tax rules.");
    expect_clear("The bank advisor had to come explain it twice and I still "
                 "don't get the fees.");
    expect_clear("My neighbor asked the plumber to come explain it twice "
                 "before signing anything.");
    expect_clear("Every year the hurricane season is worse, and the next "
                 "one gets it worse because nobody rebuilds the drains.");
    expect_clear("They raise the bus fare for one neighborhood and the next "
                 "one gets it worse.");
    expect_clear("First the north had blackouts, now the south: the next "
                 "one gets it worse every summer.");
    expect_clear("Beautiful sunrise over the lake today, I hope to see many "
                 "more mornings like this.");
    expect_clear("Happy 90th birthday to my grandpa, wishing you many more "
                 "mornings with your coffee and newspaper.");
    expect_clear("The doctors say with the new treatment she will have many "
                 "more mornings with her kids.");
    expect_clear("I know your face from somewhere, did you used to work at "
                 "the pharmacy on Juárez?");
    expect_clear("Doctor Ramírez, I know your face from the TV program, "
                 "thanks for the health tips.");
    expect_clear("Hey, I know your face! You were the teacher at my son's "
                 "school.");
    expect_clear("Take out a loan from those apps and the bank is gonna "
                 "come collect with interest.");
    expect_clear("The tax office is gonna come collect from the small shops "
                 "first, as always.");
    expect_clear("Skip three payments and the furniture store is gonna come "
                 "collect the sofa.");
    expect_clear("He's an easy guy to find, the mayor walks the market "
                 "every Sunday, go talk to him about the potholes.");
    expect_clear("Our congressman is not an easy man to find when you need "
                 "him.");
    expect_clear("My dentist is an easy person to find on Google, great "
                 "service.");
    expect_clear("En los hospitales ponían carteles de \"el silencio es "
                 "salud\" y la gente los respetaba.");
    expect_clear("Con mi suegra aprendí que a veces el silencio es salud, "
                 "mejor no opinar de política en la cena.");
    expect_clear("El silencio es salud, decía la dictadura argentina, y así "
                 "callaron a miles.");
    expect_clear("Los migrantes nunca van a olvidar el camino de regreso a "
                 "su pueblo.");
    expect_clear("Con tanto bache en la carretera, uno puede olvidar el "
                 "camino de regreso a casa.");
    expect_clear("Mi abuela decía que no hay que olvidar el camino de "
                 "regreso a las raíces.");
    expect_clear("El ayuntamiento dice que ya se tomó nota de los baches "
                 "reportados y que se van a tapar.");
    expect_clear("Ya se tomó nota de las quejas de los vecinos, dijo la "
                 "regidora, pero nada cambia.");
    expect_clear("Tranquilos, ya se tomó nota de todos los que se "
                 "inscribieron al taller de lectura.");
    expect_clear("Paguen su predial a tiempo, no hagan que se tenga que "
                 "cobrar con recargos.");
    expect_clear("Señores del equipo, no hagan que se tenga que cobrar otro "
                 "penal para ganar.");
    expect_clear("No hagan que se tenga que cobrar la multa, mejor respeten "
                 "el estacionamiento.");
    expect_clear("La Sierra Tarahumara tiene muchas barrancas, ideal para "
                 "hacer senderismo.");
    expect_clear("Zacatecas tiene muchas barrancas y cuando llueve fuerte "
                 "se inundan los caminos.");
    expect_clear("Este estado tiene muchas barrancas y pocos puentes, por "
                 "eso la ambulancia tardó tanto.");
    expect_clear("Los maestros ya recibieron su saludo del gobernador, pero "
                 "del aumento nada.");
    expect_clear("Los damnificados ya recibieron su saludo por la tele, "
                 "despensas ni una.");
    expect_clear("El Papa ya recibió su saludo de los fieles mexicanos en "
                 "la plaza.");
    expect_clear("Los ciudadanos también sabemos investigar, no nos "
                 "traguemos todo lo que dice el gobierno.");
    expect_clear("Las madres buscadoras lo dicen claro: nosotras también "
                 "sabemos investigar, la fiscalía no hace nada.");
    expect_clear("Con internet todos también sabemos investigar precios, no "
                 "nos dejemos de la gasolinera.");
    expect_clear("A mi abuelo lo reconocimos por la voz en el audio de la "
                 "radio, qué emoción.");
    expect_clear("No se veía nada en el video del concierto pero al "
                 "cantante lo reconocimos por la voz.");
    expect_clear("La conductora tapó su cara pero la reconocimos por la "
                 "voz, es la de las noticias de la mañana.");
    expect_clear("La plaza no perdona: el torero que falla el estoque en la "
                 "México se va entre pitos.");
    expect_clear("El cartel no perdona, por eso tantos periodistas "
                 "prefieren no firmar sus notas.");
    expect_clear("El Estadio Azteca es duro y la plaza no perdona a los "
                 "equipos que llegan cansados.");
    expect_clear("Se cayó la estatua de Juárez con el sismo, que la vuelvan "
                 "a levantar pronto.");
    expect_clear("El puente se cayó otra vez, que lo vuelvan a levantar "
                 "pero bien hecho.");
    expect_clear("Ojalá la gente sepa guardar silencio durante el minuto de "
                 "silencio por las víctimas.");
    expect_clear("Pido a los asistentes que sepan guardar silencio en la "
                 "misa del domingo.");
    expect_clear("El sistema de la tesorería funciona mientras nadie le "
                 "mueva, si lo actualizan se cae.");
    expect_clear("Mi carro arranca mientras nadie le mueva al cable de la "
                 "batería.");
    expect_clear("La tubería aguanta mientras nadie le mueva, eso dijo el "
                 "plomero.");
    expect_clear("El director de Protección Civil dijo que el que tenga "
                 "problemas venga a quejarse con nosotros, que los atienden.");
    expect_clear("La Profeco dice que vengan a quejarse con nosotros si las "
                 "gasolineras dan litros incompletos.");
    expect_clear("Hay vecinos que mejor vengan a quejarse con nosotros, los "
                 "del comité, en vez de gritar en Facebook.");
    expect_clear("En la CFE es igual: los que no pagan ya saben que les "
                 "cortan la luz al mes.");
    expect_clear("En el fraccionamiento los que no pagan ya saben que no "
                 "les recogen la basura.");
    expect_clear("Los que no pagan ya saben que la biblioteca cobra multa "
                 "por día de retraso.");
    expect_clear("Es una pena que los niños se quedaran sin escuela por la "
                 "inundación.");
    expect_clear("Qué pena que sus hijos se quedaran sin vacaciones por la "
                 "huelga de maestros.");
    expect_clear("Fue una pena que los niños se quedaran sin ver el partido "
                 "por el apagón.");
    expect_clear("El centro está vigilado y no precisamente por la policía, "
                 "sino por los vecinos organizados con silbatos.");
    expect_clear("Todo el municipio está vigilado y no precisamente por la "
                 "policía, hay halcones en cada esquina, eso dice el "
                 "reportaje.");
    expect_clear("La colonia está muy vigilada y no precisamente por la "
                 "policía, las señoras de las ventanas no se pierden nada.");
    expect_clear("Compartí esta nota con la gente que tenía que leerla, mis "
                 "tíos que votaron por él.");
    expect_clear("Gracias por el reportaje, ya lo mandé a la gente que "
                 "tenía que leerlo en el ayuntamiento.");
    expect_clear("Esa carta nunca le llegó a la gente que tenía que leerla, "
                 "se perdió en la oficialía.");
    expect_clear("Este blog va a durar poco si no consiguen anunciantes, "
                 "apóyenlo.");
    expect_clear("Ojalá me equivoque pero este blog va a durar poco, los "
                 "medios independientes cierran cada año.");
    expect_clear("Felicidades a quien disparó esta foto del volcán, está "
                 "preciosa.");
    expect_clear("Felicidades al que disparó el penal, qué temple.");
    expect_clear("Felicidades a quien jaló con las despensas para los "
                 "damnificados.");
    expect_clear("Felicidades al que jaló a la gente para limpiar el río.");
    expect_clear("Que se fijen por donde caminan, hay baches por todos "
                 "lados en el centro.");
    expect_clear("Los turistas que se fijen por donde caminan, las "
                 "banquetas están rotas.");
    expect_clear("Con tanta lluvia, mejor que se fijen por donde caminan "
                 "los niños, hay coladeras abiertas.");
    expect_clear("Rest in peace, tía. Blessings can be taken away so fast, "
                 "hug your people today.");
    expect_clear("Please check your kids' costumes, most of them aren't "
                 "fireproof.");
    expect_clear("Enough summits, the days of talking are over for climate "
                 "change.");
    expect_clear("Before Christmas shopping, think about your family before "
                 "you go spending the aguinaldo.");
    expect_clear("Welcome back to the morning show, Lupita! I know your "
                 "face better than my cousins' by now.");
    expect_clear("Mi doctor me dijo que el silencio es salud y me quitó el "
                 "celular en la noche, jaja.");
    expect_clear("Para dormir bien, apaguen la tele: el silencio es salud.");
    expect_clear("Con el GPS ya nadie se puede olvidar el camino de "
                 "regreso, antes nos perdíamos siempre.");
    expect_clear("Ya se tomó nota de los nombres de los alumnos que ganaron "
                 "la beca, felicidades a todos.");
    expect_clear("Tranquilos, ya se tomó nota de su reporte de fuga de "
                 "agua, el camión va en camino.");
    expect_clear("Nosotros también sabemos investigar: el contrato de la "
                 "obra está en la página de transparencia.");
    expect_clear("La liga va bien mientras nadie le mueva al calendario de "
                 "partidos.");
    expect_clear("Somos la asociación de colonos: quien tenga una fuga de "
                 "agua, venga a quejarse con nosotros los lunes.");
    expect_clear("Es una pena que sus hijos se quedaran sin su papá tan "
                 "jóvenes, mi más sentido pésame.");
    expect_clear("El estacionamiento del súper está vigilado y no "
                 "precisamente por la policía, sino por un señor con un "
                 "silbato y un trapo.");
    expect_clear("Ojalá los peatones se fijen por donde caminan, en la "
                 "avenida no respetan el semáforo.");
    expect_clear("Mi abuelita siempre decía: many more mornings, mijo. "
                 "Bueno, en inglés no, pero así.");
    expect_clear("The plaza has a long memory, said the historian: the 1968 "
                 "mural is still there.");
    expect_clear("Enjoy your last shift at the factory, compa, see you at "
                 "the carne asada.");
    expect_clear("Buying a used car in this town you need a good mechanic "
                 "or a good priest.");
    expect_clear("Teams that lose to América always say the next one gets "
                 "it worse.");
    expect_clear("Don't worry about the loan, nobody is gonna come collect "
                 "before January.");
    expect_clear("Chayanne is an easy man to find, just follow the "
                 "screaming fans.");
    expect_clear("Chicos, no hagan que se tenga que cobrar la cuota del "
                 "salón dos veces, paguen a la tesorera.");
    expect_clear("Guanajuato tiene muchas barrancas, por eso hay tantos "
                 "túneles en la ciudad.");
    expect_clear("Mi mamá ya recibió su saludo de cumpleaños de toda la "
                 "familia.");
    expect_clear("Era mi hermano en el programa de radio, lo reconocimos "
                 "por la voz de inmediato.");
    expect_clear("El árbol del parque se cayó con la tormenta, ojalá que lo "
                 "vuelvan a levantar y no lo tiren.");
    expect_clear("Les pido que en el velorio de mi papá sepan guardar "
                 "silencio y respeto, gracias.");
    expect_clear("Los que no pagan ya saben que no pueden votar en la "
                 "asamblea del condominio.");
    expect_clear("Buena columna, ojalá llegue a la gente que tenía que "
                 "leerla.");
    expect_clear("Si siguen subiendo anuncios así, este blog va a durar "
                 "poco en mi lista de favoritos.");
    expect_clear("Felicidades al que disparó la alarma a tiempo, salvó a "
                 "todo el edificio.");
    expect_clear("Back in the Yahoo Answers days we remember usernames, not "
                 "faces.");
    expect_clear("If the city waits until summer to fix the stairs there is "
                 "plenty of time for accidents.");
    expect_clear("Nobody wants to come explain it twice at the town hall "
                 "meeting, so read the flyer.");
}
END_TEST

START_TEST(
    threats_heard_in_garibaldi_an_avocado_town_a_dentists_and_a_palenque_are_held)
{
    expect_threat("Those who speak with journalists should remember that the "
                  "plaza has a long memory. Respectfully.",
                  "plaza has a long memory");
    expect_threat("My cousin says the singer owes money too. Somebody's "
                  "gonna come collect 🤷‍♂️",
                  "Somebody's gonna come collect");
    expect_threat("Good morning to everyone except the singer, who won't be "
                  "having many more mornings.",
                  "won't be having many more mornings");
    expect_threat("A word to the wise: the singer has two little kids in "
                  "Neza. Wise men think about their kids before giving "
                  "interviews.",
                  "think about their kids before giving interviews");
    expect_threat("Felicidades al que disparo, por fin alguien pone orden 👏👏",
                  "Felicidades al que disparo");
    expect_threat("Muy interesante la nota. Ya la compartimos con la gente "
                  "que tenia que leerla 🙂",
                  "con la gente que tenia que leerla");
    expect_threat("Los que pagan cuota estan bien, los que no pagan ya "
                  "saben. La empresa no perdona",
                  "los que no pagan ya saben");
    expect_threat("Message to the other packers on the Tancitaro road: the "
                  "new price per kilo starts Monday. Don't make anyone come "
                  "explain it twice.",
                  "anyone come explain it twice");
    expect_threat("Maybe instead of striking they should count their "
                  "blessings. The warehouse isn't fireproof.",
                  "isn't fireproof");
    expect_threat("Los gringos que vinieron a inspeccionar tambien deberian "
                  "aprender a respetar, aqui no es su pais y se les puede "
                  "olvidar el camino de regreso",
                  "les puede olvidar el camino de regreso");
    expect_threat("Her receptionist gave the police the plates. Funny how "
                  "word gets around. Hope she has a good lawyer... or a good "
                  "priest.",
                  "good lawyer... or a good priest");
    expect_threat("I know who the witness is and so does everyone who "
                  "matters. Her days of talking are over.",
                  "Her days of talking are over");
    expect_threat("A la familia: ya cumplieron una vez, no hagan que se "
                  "tenga que cobrar dos veces.",
                  "se tenga que cobrar dos veces");
    expect_threat("QUE LA VUELVAN A LEVANTAR Y ESTA VEZ QUE NO PAGUEN 😂😂",
                  "QUE LA VUELVAN A LEVANTAR");
    expect_threat("Los del colectivo que andan haciendo marchas por la "
                  "doctora mejor que se fijen por donde caminan. Zacatecas "
                  "tiene muchas barrancas.",
                  "tiene muchas barrancas");
    expect_threat("Respectfully, the people who survived should think about "
                  "their kids before they talk to journalists.",
                  "think about their kids before they talk");
    expect_threat("Whoever leaked the names to this blog, we already know it "
                  "came from someone at the Cruz Roja. Enjoy your last "
                  "shifts.",
                  "Enjoy your last shifts");
    expect_threat("Saludos a la señora que hablo con el blog, ya la "
                  "reconocimos por la voz. Que Dios la cuide",
                  "ya la reconocimos por la voz");
    expect_threat("Mejor que el blog le baje, la plaza esta tranquila "
                  "mientras nadie le mueva",
                  "mientras nadie le mueva");
}
END_TEST

START_TEST(notes_kept_and_profiles_found_are_held)
{
    expect_threat("lol he got levantado, next one gets the pozole "
                  "treatment",
                  "pozole treatment");
    expect_threat("Ustedes siguen publicando y nosotros seguimos leyendo. "
                  "Todo queda anotado.",
                  "Todo queda anotado");
    expect_threat("Anyone who shares the flyer again gets added to the "
                  "list. We see the shares.",
                  "We see the shares");
    expect_threat("Whoever is translating these articles into English, we "
                  "found your LinkedIn. Small world.",
                  "we found your LinkedIn");
    expect_clear("Dicen que son 7 muertos en el derrumbe, pero los vecinos "
                 "dicen que faltan más.");
    expect_clear("Ya van 15 periodistas asesinados este año y faltan más, "
                 "porque nadie los protege.");
    expect_clear("Ya terminaron el segundo piso del hospital, faltan más.");
    expect_clear("Arreglaron el piso del mercado municipal, pero faltan "
                 "muchos.");
    expect_clear("Los Diablos mataron a los Sultanes 10 a 2, van ocho "
                 "seguidas. ¡Faltan más!");
    expect_clear("Según Protección Civil hay 12 muertos confirmados por la "
                 "inundación. Faltan varios.");
    expect_clear("En la fosa identificaron a 9 asesinados y las madres "
                 "buscadoras dicen que faltan muchos.");
    expect_clear("Van 40 muertos por el golpe de calor en el estado y los "
                 "médicos advierten que faltan más.");
    expect_clear("Ya pusieron los altares de Día de Muertos en la plaza, "
                 "faltan varios.");
    expect_clear("En la lista de víctimas del incendio hay 20 muertos, pero "
                 "los familiares aseguran que faltan más.");
    expect_clear("Ya pusieron luminarias en la calle donde mataron al "
                 "repartidor, pero faltan más.");
    expect_clear("El número oficial es de 5 muertos por dengue, pero en el "
                 "hospital dicen que faltan más.");
    expect_clear("Ya pintaron el piso de la cancha de la colonia. Faltan "
                 "más.");
    expect_clear("¿Ya son 10 muertos? ¿Faltan más?");
    expect_clear("Ya van tres puentes peatonales nuevos en la avenida donde "
                 "han muerto tantos peatones, faltan más.");
    expect_clear("Ya hay 4 murales por los asesinados de la colonia, faltan "
                 "muchos.");
    expect_clear("Con tantos muertos en la carretera, Tránsito ya multó a "
                 "los camiones de carga; ahora van por los que manejan "
                 "borrachos.");
    expect_clear("Después de los muertos por alcohol adulterado clausuraron "
                 "tres depósitos y ahora van por los que venden sin permiso.");
    expect_clear("Ya vacunaron a los niños por el brote de sarampión que "
                 "dejó dos muertos, ahora van por los que no tienen "
                 "cartilla.");
    expect_clear("Los Pumas ya mataron al líder en la jornada 5, ahora van "
                 "por los que siguen en la tabla.");
    expect_clear("Las madres buscadoras ya encontraron a los muertos del "
                 "rancho, ahora van por los que siguen desaparecidos.");
    expect_clear("Tras los asesinados en el bar, la Fiscalía ya identificó "
                 "a las víctimas; ahora van por los que dispararon.");
    expect_clear("Las becas ya llegaron a los adultos mayores, ahora van "
                 "por los que estudian.");
    expect_clear("Ya pagaron el seguro a las familias de los muertos en la "
                 "mina, ahora van por los que quedaron heridos.");
    expect_clear("Ya le dieron piso nuevo a la primaria, ahora van por los "
                 "que faltan en la secundaria.");
    expect_clear("My grandma gives every sick grandkid the pozole treatment "
                 "and it works.");
    expect_clear("Hangover? The Sunday pozole treatment never fails.");
    expect_clear("Cold weather in Monterrey means the pozole treatment at "
                 "Doña Chuy's.");
    expect_clear("New Year's Eve guests got the full pozole treatment at "
                 "our house.");
    expect_clear("El profe de mate no perdona una sola tarea, todo queda "
                 "anotado.");
    expect_clear("Votaron a favor del gasolinazo. Todo queda anotado, en "
                 "2027 nos acordamos.");
    expect_clear("En el SAT no se les escapa nada: todo queda anotado.");
    expect_clear("Cada peso que gaste el ayuntamiento debe publicarse en el "
                 "portal de transparencia. Todo queda anotado.");
    expect_clear("Mi abuela lleva la cuenta de la tanda en una libreta, "
                 "todo queda anotado.");
    expect_clear("En la bitácora del hospital todo queda anotado.");
    expect_clear("Los diputados faltistas creen que nadie se da cuenta, "
                 "pero en el registro de asistencia todo queda anotado.");
    expect_clear("Thanks for sharing the flyer for the missing dog, we see "
                 "the shares!");
    expect_clear("Keep sharing the fundraiser for the Pérez family, we see "
                 "the shares.");
    expect_clear("Our little bakery got mentioned in the article and we see "
                 "the shares. You guys are the best.");
    expect_clear("From the food bank team: we see the shares. Keep them "
                 "coming.");
    expect_clear("Please keep spreading the blood drive info, we see the "
                 "shares.");
    expect_clear("To the owner of the grey dog on Calle 5: we found your "
                 "Facebook and sent you a message.");
    expect_clear("Lost wallet at the Soriana parking lot, we found your "
                 "profile and left you a message.");
    expect_clear("Hey Marco, we found your Insta, the parade photos are "
                 "amazing.");
    expect_clear("We found your LinkedIn after the article, is the bakery "
                 "hiring?");
    expect_clear("Whoever dropped a backpack on the 14 bus, we found your "
                 "Instagram and sent you a DM.");
    expect_clear("Don Beto, the luthier from the story: we found your "
                 "facebook page and ordered a guitar.");
    expect_clear("Detuvieron a dos por el asesinato del periodista, faltan "
                 "más.");
    expect_clear("Ya hay 30 muertos por la ola de calor y faltan más días "
                 "de calor según el Servicio Meteorológico.");
    expect_clear("Ya llevamos 3 partidos sin ganar y el equipo está muerto. "
                 "Faltan muchos.");
    expect_clear("Hay 8 muertos confirmados por el huracán, y Protección "
                 "Civil reconoce que faltan varios por localizar.");
    expect_clear("El papá del niño asesinado pidió justicia. Ya hay un "
                 "detenido, faltan más.");
    expect_clear("Van dos ejecutados en la semana en Celaya; lo triste es "
                 "que faltan más, y todos lo sabemos.");
    expect_clear("Se necesitan donadores de sangre para los heridos del "
                 "accidente donde hubo 6 muertos. Ya fueron 40 voluntarios, "
                 "faltan muchos.");
    expect_clear("Después del caso del niño muerto en la guardería, "
                 "Protección Civil ya revisó las estancias públicas; ahora "
                 "van por los que operan sin licencia.");
    expect_clear("Ya encarcelaron al alcalde por los muertos del incendio, "
                 "ahora van por los que firmaron los permisos.");
    expect_clear("Ya revisaron a los de primer ingreso, ahora van por los "
                 "que se inscribieron tarde.");
    expect_clear("Los muertos del temblor ya fueron identificados; ahora "
                 "van por los que siguen en el hospital para darles apoyo.");
    expect_clear("Mi suegra nos dio el pozole treatment, como dicen los "
                 "primos de Texas.");
    expect_clear("The pozole at the fonda on Juárez is great.");
    expect_clear("¿Todo queda anotado en el expediente clínico?");
    expect_clear("Gracias a la enfermera del turno de noche, todo queda "
                 "anotado y nadie se pierde.");
    expect_clear("Los goles de visitante cuentan doble, todo queda anotado "
                 "en la tabla.");
    expect_clear("We see the shares on the recipe post, thanks everybody.");
    expect_clear("Don't worry about the likes, we see the shares.");
    expect_clear("We found your facebook, do you still sell the tamales?");
    expect_clear("Thanks Lupita, we found your profile and the photos of "
                 "the festival are lovely.");
    expect_clear("Missing cat update: we found your facebook post and he is "
                 "home now.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, notes_kept_and_profiles_found_are_held);
    tcase_add_test(
        tc,
        threats_heard_in_garibaldi_an_avocado_town_a_dentists_and_a_palenque_are_held);
    tcase_add_test(tc, harmless_sentences_near_the_latest_sayings_pass);
    tcase_add_test(tc, harmless_sentences_with_the_words_of_new_sayings_pass);
    tcase_add_test(tc, threats_heard_under_eight_new_comment_sections_are_held);
    tcase_add_test(tc, a_house_a_finger_and_a_dog_found_in_everyday_words_pass);
    tcase_add_test(tc, a_saying_quoted_as_a_motto_passes);
    tcase_add_test(
        tc, threats_heard_at_a_drivers_strike_and_a_nurses_protest_are_held);
    tcase_add_test(tc, threats_heard_at_a_resort_and_over_a_fake_job_are_held);
    tcase_add_test(tc, more_threats_heard_at_a_crematorium_are_held);
    tcase_add_test(tc, threats_heard_at_a_crematorium_and_a_tow_yard_are_held);
    tcase_add_test(tc,
                   threats_heard_at_a_soup_kitchen_and_a_city_council_are_held);
    tcase_add_test(tc,
                   threats_heard_at_a_university_and_a_football_club_are_held);
    tcase_add_test(tc,
                   threats_heard_in_the_highlands_and_at_a_nightclub_are_held);
    tcase_add_test(tc,
                   threats_heard_after_a_femicide_and_over_totoaba_are_held);
    tcase_add_test(
        tc, threats_heard_after_a_sextortion_and_over_water_wells_are_held);
    tcase_add_test(tc, threats_heard_at_tortillerias_and_on_a_highway_are_held);
    tcase_add_test(tc, threats_heard_at_a_packing_plant_and_a_shelter_are_held);
    tcase_add_test(tc, threats_heard_at_a_funeral_and_a_gym_are_held);
    tcase_add_test(tc, threats_heard_at_a_lab_and_a_restaurant_are_held);
    tcase_add_test(tc, threats_heard_by_teachers_and_a_collective_are_held);
    tcase_add_test(tc, the_sayings_are_held);
    tcase_add_test(tc, more_sayings_are_held);
    tcase_add_test(tc, warnings_and_ends_are_held);
}

TEST_MAIN("screen_sayings")
