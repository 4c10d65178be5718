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

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_sayings_are_held);
    tcase_add_test(tc, more_sayings_are_held);
}

TEST_MAIN("screen_sayings")
