/*
 * test_screen_thanked.c - exposure thanked for (src/screen/thanked.c),
 * through screen_check with no model: held as a threat when a comment
 * thanks someone for names, faces, an address or photos and says what
 * they are good for; passed when the thanks are a reader's, for help,
 * for the guilty named or for the dead remembered.
 */
#include "screen_expect.h"

START_TEST(exposure_thanked_for_is_held)
{
    expect_threat("Thank you for publishing who talked. Very helpful for "
                  "everyone.",
                  "talked");
    expect_threat("Thanks to whoever posted her address earlier, saved me "
                  "some work.",
                  "saved me some work");
    expect_threat("Gracias al compa que pasó la dirección, ya nos ahorró la "
                  "vuelta.",
                  "ahorró la vuelta");
    expect_threat("Thanks for the photo of the union meeting, now we can put "
                  "names to all the faces",
                  "names to all the faces");
    expect_threat("Gracias por poner la dirección del albergue, así ya "
                  "sabemos dónde están todos juntitos.",
                  "sabemos dónde");
    expect_threat("The list of shops was very useful, thank you blog. Now we "
                  "know who closed and who didn't.",
                  "Now we know who");
    expect_threat("la foto del equipo salió bien clarita, gracias blog por "
                  "ponerle cara a cada uno",
                  "ponerle cara");
    expect_threat("Every one of the blockaders is on camera. Nice clear "
                  "faces. Thanks for the photos, blog.",
                  "clear faces");
    expect_threat("Aunque les taparon la cara a los niños la mochila rosa se "
                  "reconocen facilito. Gracias por la foto.",
                  "reconocen");
    expect_threat("Amigo, gracias por el en vivo, ya vimos bien la cara de "
                  "todos los que estaban ahí.",
                  "cara de todos");
    expect_threat("Gracias por juntar todas las fotos en un solo lugar, nos "
                  "van a servir mucho \xf0\x9f\x93\xb8",
                  "servir");
    expect_threat("Gracias por los nombres, señor locutor. Muy útil su "
                  "servicio a la comunidad. \xf0\x9f\x99\x82",
                  "útil");
    expect_threat("The shelter address is right there in the article, thanks "
                  "for making it so easy for everyone \xf0\x9f\x98\x89",
                  "easy for");
    expect_threat("thanks for the update, now everyone knows where to find "
                  "all of them at once",
                  "now everyone knows where");
    expect_threat("Thank you for the information, we will make good use of "
                  "it.",
                  "use");
    /* a reviewer's, written blind */
    expect_threat("Thanks for the live video from the protest, now we know "
                  "where they all hang out together \xf0\x9f\x91\x8d",
                  "now we know where");
    expect_threat("Really appreciate the map with the activists' houses, "
                  "makes our job a lot easier.",
                  "easier");
    expect_threat("Appreciate you listing the shop owners who refused to pay, "
                  "now we know whose door to knock on.",
                  "now we know whose");
    expect_threat("Thank you news site for showing us where the witnesses "
                  "are staying. Couldn't have found them without you",
                  "found them without");
    expect_threat("Gracias por las fotos de las madres buscadoras, ya los "
                  "muchachos les conocen la cara",
                  "cara");
    expect_threat("Gracias compa por pasar dónde vive el periodista, a unos "
                  "amigos les va a servir mucho.",
                  "servir");
    expect_threat("Gracias carnal por quemar a los soplones con nombre y "
                  "todo, ya no tenemos que andar adivinando.",
                  "adivinando");
    expect_threat("Gracias a esta página por decirnos dónde están escondidos "
                  "los testigos, sin ustedes no los hallábamos",
                  "hallábamos");
    expect_threat("Gracias al locutor por decir al aire la colonia de la "
                  "señora que llamó, eso nos reduce mucho la búsqueda.",
                  "reduce mucho la búsqueda");
    expect_threat("Gracias por publicar la dirección de la maestra, al rato "
                  "pasamos a saludarla.",
                  "saludarla");
    expect_threat("Thx for the addresses lol, saved us the trouble",
                  "saved us the trouble");
    expect_threat("Thank you KLove 94.5 for reading out the bus route the "
                  "witness takes to work. We were listening, friend.",
                  "We were listening");
    expect_threat("Thank you for letting us know who the protected witness "
                  "is. Not so protected anymore.",
                  "Not so protected anymore");
    expect_threat("Se agradece el pin de Google Maps del rancho donde están "
                  "escondidos. Ya lo compartimos en el grupo",
                  "Ya lo compartimos");
    expect_threat("Gracias por los nombres de los policias que no quisieron "
                  "el billete. Aqui tenemos buena memoria",
                  "buena memoria");
}
END_TEST

START_TEST(a_readers_thanks_pass)
{
    /* help, the guilty, the dead, a witness thanked */
    expect_clear("Thanks for the shelter's address, now we know where to "
                 "bring donations.");
    expect_clear("Gracias por la dirección del centro de acopio, nos "
                 "ahorraste la vuelta.");
    expect_clear("Gracias por los nombres, ya sabemos quiénes son los "
                 "responsables.");
    expect_clear("Gracias por ponerle cara a los desaparecidos.");
    expect_clear("Gracias por ponerle nombre y no solo \"mujer de 20 "
                 "años\". Ella tenía nombre.");
    expect_clear("Thank you for publishing their names. Now we know who "
                 "they were.");
    expect_clear("Thanks to the nurse who talked to the reporters. Takes "
                 "guts.");
    expect_clear("Gracias por la información, nos sirvió mucho.");
    expect_clear("Muy útil, gracias \xf0\x9f\x99\x82");
    expect_clear("Gracias, ya me ahorraste la vuelta \xf0\x9f\x99\x8f");
    expect_clear("Thanks for the list of closures, now we know which roads "
                 "to avoid.");
    expect_clear("Gracias por facilitar el trabajo de los buscadores con el "
                 "mapa.");
    expect_clear("Thanks for the map, it makes it so easy to donate.");
    /* a reviewer's look-alikes */
    expect_clear("Thanks for the photos of the missing, now everyone can "
                 "recognize their faces and call the hotline.");
    expect_clear("Thank you for publishing the faces of the fugitive "
                 "ex-governor, we'll recognize him if he shows up.");
    expect_clear("Gracias por publicar las caras de los policías que "
                 "golpearon al joven, así los reconocemos y los denunciamos.");
    expect_clear("Thanks for putting names to faces in the old photo of our "
                 "town's founders, my grandpa is there.");
    expect_clear("Thanks for the live video, now we know where the march "
                 "ends so we can meet our friends there.");
    expect_clear("Gracias por la lista de los albergues, nos ahorró mucho "
                 "trabajo encontrar dónde dormir.");
    expect_clear("Neta gracias por la lista de farmacias de guardia, me "
                 "ahorraron mucha vuelta.");
    expect_clear("Thanks for the photo of my lost dog, the neighbors "
                 "recognized him and brought him home");
    expect_clear("Thanks for the list of doctors who volunteer, saved my "
                 "family a lot of searching.");
    /* no thanks, or nothing shown: another grammar's, or none */
    expect_clear("Now we know who closed and who didn't.");
    expect_clear("Thanks, now we know who won the game.");
    /* asked */
    expect_clear("Thanks for the photos, but now we know who talked?");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, exposure_thanked_for_is_held);
    tcase_add_test(tc, a_readers_thanks_pass);
}

TEST_MAIN("screen_thanked")
