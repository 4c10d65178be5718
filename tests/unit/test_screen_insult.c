/*
 * test_screen_insult.c - the grammar of insults said to someone
 * (src/screen/insult.c) through screen_check with no model: "you're a
 * moron", "eres un vendido", "the author is a hack", "you useless
 * troll.", "Llora más, payaso." and "periodista de quinta" are held as
 * insults with the words highlighted; the same words denied, reported,
 * said of officials, of oneself, of a thing, or as praise ("eres la puta
 * ama") are not.
 */
#include "screen_expect.h"

START_TEST(said_to_the_reader_is_held)
{
    expect_insult("Honestly you're a complete moron.",
                  "you're a complete moron");
    /* a word the tables lack between the article and the noun */
    expect_insult("you're a condescending jackass and nobody asked",
                  "you're a condescending jackass");
    expect_insult("Eres un verdadero farsante.", "Eres un verdadero farsante");
    expect_clear("You are a great clown, the kids love you.");
    expect_clear("The slur in the comment above is garbage.");
    expect_insult("You utter buffoon.", "You utter buffoon");
    expect_insult("u r such an idiot", "u r such an idiot");
    expect_insult("lol your an idiot", "your an idiot");
    expect_insult("Eres un vendido y lo sabes.", "Eres un vendido");
    /* to every reader at once */
    expect_insult("You are just as sick. Degenerates, every one of you.",
                  "Degenerates, every one of you");
    expect_insult("Payasos, todos ustedes.", "Payasos, todos ustedes");
    expect_clear("Degenerates of every kind live here.");
    expect_clear("Thank you, all of you.");
    expect_insult("Ustedes son unos payasos.", "Ustedes son unos payasos");
    expect_insult("You people are clowns, all of you.",
                  "You people are clowns");
    expect_insult("Are you stupid or what?", "Are you stupid");
    expect_insult("What an idiot you are.", "What an idiot you are");
    expect_insult("¡Qué imbécil eres!", "Qué imbécil eres");
    expect_insult("Eres bien mensa, neta.", "Eres bien mensa");
    expect_insult("You're too stupid to understand this.", "You're too stupid");
    expect_insult("you are very dumb", "you are very dumb");
    expect_insult("You people are a cancer on this country.",
                  "You people are a cancer");
    expect_insult("Ustedes son una plaga.", "Ustedes son una plaga");
    /* a superlative, and an adverb between */
    expect_insult("I say this politely: you are genuinely the dumbest person "
                  "here.",
                  "you are genuinely the dumbest");
    expect_insult("You're the stupidest reader on this site.",
                  "You're the stupidest");
    expect_clear("I am the dumbest person alive, I forgot my keys.");
    expect_clear("Dumbest take ever, but we can talk.");
}
END_TEST

START_TEST(said_of_the_writer_is_held)
{
    expect_insult("The author is a hack.", "author is a hack");
    expect_insult("Whoever wrote this is an idiot.", "wrote this is an idiot");
    expect_insult("El que escribió esto es un inútil.",
                  "escribió esto es un inútil");
    expect_insult("La de arriba es una ignorante.", "arriba es una ignorante");
    expect_insult("The reporter is either stupid or paid.",
                  "reporter is either stupid");
    expect_insult("What a joke of a journalist.", "joke of a journalist");
    expect_insult("He is a sorry excuse for a reporter.",
                  "excuse for a reporter");
    expect_insult("Periodista de quinta, das pena.", "Periodista de quinta");
    expect_insult("@lupita_mx is just a bitter fat cow.",
                  "@lupita_mx is just a bitter fat cow");
    expect_insult("Deja el maquillaje, vieja tonta.", "vieja tonta");
    expect_insult("Autor = 🐀🐍💩 jajaja", "Autor = 🐀");
    expect_insult("You are a 🤡", "You are a 🤡");
    /* the one who writes here, named by what he is */
    expect_insult("So true, so maybe the fraud running this blog should go "
                  "there himself.",
                  "the fraud running this blog");
    expect_insult("The idiot who wrote this crap should be fired.",
                  "The idiot who wrote this crap");
    expect_insult("Y el mediocre que escribe aquí debería salir de su casa.",
                  "el mediocre que escribe aquí");
    expect_insult("Ya ni lo leo, el payaso detrás de este blog solo copia.",
                  "el payaso detrás de este blog");
}
END_TEST

START_TEST(said_alone_is_held)
{
    expect_insult("qué wey tan imbécil, neta", "qué wey tan imbécil");
    expect_insult("Qué señora más ignorante.", "Qué señora más ignorante");
    expect_insult("Cry more, you absolute clown.", "you absolute clown");
    expect_insult("Every time you post it gets worse, you useless troll.",
                  "you useless troll");
    expect_insult("Payaso.", "Payaso");
    expect_insult("Llora más, payaso.", "payaso");
    expect_insult("Go back to school, dumbass.", "dumbass");
    expect_insult("Regresa a la primaria, burro.", "burro");
    expect_insult("Cerdo asqueroso.", "Cerdo asqueroso");
    expect_insult("Cállate, rata mugrosa.", "rata mugrosa");
    expect_insult("Stupid pig.", "Stupid pig");
    expect_insult("Whining slut.", "Whining slut");
    expect_clear("life is a bitch.");
    expect_insult("Qué bruta eres, lee bien.", "Qué bruta eres");
    expect_insult("Periodistucha de quinta.", "Periodistucha de quinta");
    expect_insult("Stfu and read the article.", "Stfu");
    expect_insult("gtfo troll", "gtfo");
    expect_insult("Regrésate a Guatemala, cucaracha.", "cucaracha");
    expect_insult("Crawl back under the fence, roach.", "roach");
    expect_insult("@el_chapo_fan 🐷🐷 oink oink", "@el_chapo_fan 🐷");
    expect_insult("🐀🐀🐀 @lupita_mx that's you", "🐀🐀🐀 @lupita_mx");
}
END_TEST

START_TEST(denied_reported_or_said_of_others_passes)
{
    expect_clear("You're not an idiot, you just read the wrong numbers.");
    expect_clear("No eres un vendido, eres valiente.");
    expect_clear("Nobody thinks you're dumb for asking.");
    expect_clear("Nadie piensa que eres burro por preguntar.");
    expect_clear("Dicen que eres un vendido pero no te creo.");
    expect_clear("He said you're a hack and he was wrong.");
    expect_clear("The reporter wrote that the mayor is a liar.");
    expect_clear("If you rat, they kill you.");
    expect_clear("The governor is a clown.");
    expect_clear("Los diputados son unos payasos.");
    expect_clear("Ratas.");
    expect_clear("Ratas asquerosas.");
    /* a lone insult of the official the comment speaks of */
    expect_clear("Qué oso el diputado, salió a decir que \"los periodistas se "
                 "exponen solos\". Ignorante.");
    expect_insult("@pepe el alcalde no tiene la culpa. Payaso.", "Payaso");
    expect_clear("Basura inútil.");
    expect_clear("El producto interno bruto cayó dos por ciento.");
    expect_clear("He told me to stfu, so I left the group.");
    expect_clear("He told the reporter to just stfu, which is outrageous.");
    expect_clear("Why are comments like STFU allowed here?");
    expect_clear("Inútil mediocre.");
    expect_clear("La Cucaracha.");
    expect_clear("@maria feliz cumple 🎂🐷");
    expect_clear("Que no es presunto 🐍 @noticiero que es CULPABLE.");
    expect_clear("¿El sueldo es neto? No, bruto.");
    expect_clear("The video for #GTFO has two million views.");
    expect_clear("@ashsays_stfu good morning, is the parcel yours?");
    expect_clear("You're a cancer survivor, you know what this means.");
    expect_clear("Eres cáncer, como yo.");
    expect_clear("You are too smart to fall for this.");
    expect_clear("I'm such an idiot, I forgot my keys.");
    expect_clear("Don't feed the troll.");
    expect_clear("Everything he writes is trash.");
    expect_clear("ERES LA PUTA AMA, te lo mereces todo.");
    expect_clear("Trajeron al burro, al caballo y a la vaca.");
    expect_clear("Eres la quinta persona que me lo dice.");
    expect_clear("What a joke of a government.");
    expect_clear("@Pedro the governor is a clown.");
    expect_clear("The governor = 🤡");
    expect_clear("The clown who wrote this decree should resign.");
    expect_clear("The governor is a liar who runs this state like a ranch.");
    expect_clear("No creo que el idiota que escribe aquí exista.");
    expect_clear("The hero who runs this blog deserves a prize.");
    expect_clear("Mi perro = 🐷 cuando come.");
    expect_clear("Si eres gorda y comes lechuga, igual bajas.");
    expect_clear(
        "They called you a hack \"you're a hack\" and you kept going.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, said_to_the_reader_is_held);
    tcase_add_test(tc, said_of_the_writer_is_held);
    tcase_add_test(tc, said_alone_is_held);
    tcase_add_test(tc, denied_reported_or_said_of_others_passes);
}

TEST_MAIN("screen_insult")
