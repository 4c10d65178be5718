/*
 * test_screen_fundraiser.c - a fake fundraiser
 * (src/screen/fundraiser.c), through screen_check with no model: held as
 * spam when the real collection is called fake or hacked and money is
 * sent somewhere else; a warning passes.
 */
#include "screen_expect.h"

START_TEST(a_fake_fundraiser_is_held)
{
    expect_spam("REAL fund for the family here, send to cashapp, the "
                "league one is FAKE",
                "league one is FAKE");
    expect_spam("la colecta de la liga es falsa, depositen en oxxo a la "
                "tarjeta que les paso por inbox",
                "colecta de la liga es falsa");
    expect_spam("la cuenta del colectivo fue hackeada, dona en cripto a "
                "la wallet de mi perfil",
                "cuenta del colectivo fue hackeada");
}
END_TEST

START_TEST(a_warning_passes)
{
    expect_clear("¡Ojo! si alguien les pide depósito por inbox o a una "
                 "tarjeta, es falso. La colecta oficial está en la página de "
                 "la liga.");
    expect_clear("la colecta oficial es la única, las demás son falsas, no "
                 "depositen a ninguna tarjeta");
    expect_clear("The league's page was hacked yesterday, they fixed it.");
}
END_TEST

/* a cause's money ordered to the writer's own account */
START_TEST(money_sent_to_the_writers_account_is_spam)
{
    expect_spam("Donate for the search brigade: send to my personal PayPal "
                "and I'll deliver it personally 🙏",
                "send to my personal");
    expect_spam("Necesitan palas y agua, manden su apoyo a mi cuenta "
                "personal de Spin.",
                "manden su apoyo a mi cuenta");
    expect_spam("manda tu donativo por OXXO a la tarjeta que viene en mi "
                "perfil",
                "manda tu donativo por OXXO a la tarjeta que viene en mi "
                "perfil");
    expect_clear("I donated with my card yesterday.");
    expect_clear("Send your love to my friend Rosa.");
    expect_clear("Send me a message, my account is open.");
    /* a cause or a prize sent to a sketchy link */
    expect_spam("Colecta oficial para los bomberos: ayuda-bomberos-puebla.xyz "
                "100% real no fake",
                "Colecta");
    expect_spam("Sorteo iPhone 15 para quien comparta la nota!!! reclama en "
                "premios-frontera-gratis.win",
                "Sorteo");
    expect_clear("Donate at the official page cruzroja.org.mx, not random "
                 "links");
    expect_clear("Join us by becoming a fundraiser https://t.co/91X12T4lJG");
}
END_TEST

START_TEST(donations_to_a_made_up_domain_are_spam)
{
    expect_spam("DONA AQUI para Coyuca, deposita a Fundacion Ayuda Guerrero "
                "en www.donacionescoyuca.online 100% seguro",
                "DONA");
    expect_spam("Donaciones para las familias aqui "
                "https://fondo-familias-tesistan.click transferencia o "
                "deposito en OXXO",
                "Donaciones");
    expect_clear("Donen a la Cruz Roja en https://www.cruzrojamexicana.org.mx, "
                 "llega directo.");
    expect_clear("Las donaciones se reciben en la parroquia de Coyuca hasta "
                 "el viernes.");
}
END_TEST

START_TEST(a_widows_aid_at_a_made_up_domain_is_spam)
{
    expect_spam("Reclama tu apoyo del Bienestar por viudez 2024 en "
                "www.bienestar-apoyos-mx.info, últimos lugares!!!",
                "Reclama");
}
END_TEST

START_TEST(a_cause_sent_to_a_wallet_or_a_hyphenated_com_is_spam)
{
    expect_spam("Want to help the tortilla families? Donate USDT to this "
                "wallet 0x9a3F7c2E8b41d21 100% goes to them trust me",
                "Donate");
    expect_spam("Free gift cards for families affected by the Acapulco "
                "violence!!! Claim yours at walmart-ayuda-mx.com before "
                "Friday",
                "gift");
    expect_clear("Donate to the Red Cross through their official page.");
    expect_clear("My gift to the families: I wrote to mexico-news.com about "
                 "them.");
}
END_TEST

START_TEST(aid_at_a_two_hyphen_com_is_spam)
{
    expect_spam("URGENT: Families affected by violence can receive $3,500 "
                "USD emergency aid. Apply today at mhf-relief-aid.com/apply",
                "aid");
    expect_clear("Families can apply for aid at the state victims "
                 "commission office.");
}
END_TEST

START_TEST(a_grant_at_a_short_link_is_spam)
{
    expect_spam("Get a $5000 GRANT for victims of violence in Michoacan!!! "
                "Apply now at bit.ly/ayuda-mich-fondo only 3 spots left",
                "GRANT");
    expect_clear("Grants for victims are listed on the state commission's "
                 "official page.");
}
END_TEST

START_TEST(links_to_videos_photos_and_aid_in_ordinary_words_pass)
{
    expect_clear("Mira el video completo aquí: "
                 "https://www.milenio.com/policia/video-balacera-zapopan");
    expect_clear("Mira, aquí está la nota de Ríodoce: "
                 "https://riodoce.mx/2024/05/02/crimen-y-castigo");
    expect_clear("Watch the full interview here: www.noticias-en-vivo.live");
    expect_clear("Look, the official info is at www.ine.mx, don't believe "
                 "chain messages.");
    expect_clear("Fotos de la procesión en la página de la parroquia: "
                 "www.parroquia-san-jose.online");
    expect_clear("Video del partido completo en www.liga-premier-mx.com, "
                 "ganamos 3-1.");
    expect_clear("Miren, la Cruz Roja explica todo en www.cruzroja.org.mx");
    expect_clear("Compensation for victims is handled by CEAV: "
                 "www.gob.mx/ceav");
    expect_clear("Los apoyos del Bienestar se consultan en "
                 "www.gob.mx/bienestar, no den sus datos a nadie más.");
    expect_clear("Look at the photos from the vigil on the collective's "
                 "site: www.desaparecidos-sinaloa.info");
    expect_clear("Mira la entrevista completa en "
                 "www.radio-formula-bajio.live, vale la pena.");
    expect_clear("Los videos del festival están en "
                 "www.feria-de-leon.online, salió mi hija bailando.");
    expect_clear("Mira el horario de vacunación en www.salud-jalisco.info "
                 "antes de ir al centro de salud.");
    expect_clear("Watch the highlights on www.mexico-news-daily.com/sports, "
                 "what a goal.");
    expect_clear("Look: the compensation fund for the flood victims is "
                 "explained at www.fonden.gob.mx, no middlemen needed.");
    expect_clear("Fotos del evento en "
                 "https://www.casa-de-la-cultura-tepic.site");
    expect_clear("Mira qué bonito quedó el malecón: www.visit-mazatlan.info");
    expect_clear("Look at this map of the road closures for the marathon: "
                 "www.movilidad-cdmx.online");
    expect_clear("Watch: the governor's press conference is streaming right "
                 "now at www.gobierno-en-vivo.live");
    expect_clear("Mira las fotos de la carrera: "
                 "www.medio-maraton-gdl.com/galeria");
    expect_clear("Los apoyos para pescadores los da CONAPESCA, la info está "
                 "en www.conapesca.gob.mx");
    expect_clear("La indemnización por el accidente la reclaman directo con "
                 "la aseguradora: https://www.gnp.com.mx");
    expect_clear("The compensation claim form is on the airline's site, I "
                 "got mine in 3 weeks: www.vivaaerobus.com");
    expect_clear("Video de la sesión de cabildo: www.cabildo-abierto.live, "
                 "el regidor se durmió otra vez jaja.");
    expect_clear("Look, La Prensa already has the photos: "
                 "www.la-prensa.com.mx/policiaca");
    expect_clear("Miren esta nota de e-consulta: "
                 "https://www.e-consulta.com/nota/2024-05-02/seguridad");
    expect_clear("Watch the school play! My daughter is the star: "
                 "www.colegio-san-patricio.site/eventos");
    expect_clear("Mira, Animal Político ya lo explicó: "
                 "www.animalpolitico.com/verificacion-de-hechos");
    expect_clear("Videos de la inundación en la colonia en el canal de la "
                 "radio comunitaria: www.radio-zapote.online");
    expect_clear("Look, the restaurant reopened! Menu at "
                 "www.tacos-el-guero.shop");
    expect_clear("Fotos del torneo de béisbol infantil en "
                 "www.liga-pequena-obregon.live, felicidades a los Yaquis.");
    expect_clear("Las fotos de la boda de mi prima quedaron preciosas, las "
                 "subió el fotógrafo a www.estudio-luz.site");
    expect_clear("El video del discurso está en la página de la "
                 "universidad: www.uag.mx, y también en "
                 "www.conciencia-ciudadana.info");
    expect_clear("Watch out for the potholes on Blvd. Colosio, check the "
                 "traffic map at www.waze.com before you go.");
    expect_clear("Mira, lo dice el artículo de Wikipedia: "
                 "https://es.wikipedia.org/wiki/Urvan y también en "
                 "www.autos-usados-mx.info");
    expect_clear("La compensación del INFONAVIT se revisa en el portal, "
                 "info en www.infonavit.org.mx y en "
                 "www.mi-cuenta-infonavit.info no, ojo, esa es falsa.");
    expect_clear("Look at this thread from the county sheriff's page, they "
                 "posted the mugshot: www.sheriff-news.live");
    expect_clear("Compensation for the families is announced on the state "
                 "site, updates at www.ceav-jalisco.info as well.");
    expect_clear("Los apoyos para damnificados de Otis se registran en los "
                 "módulos del Bienestar; las fotos de los módulos las subió "
                 "www.acapulco-resiste.online");
    expect_clear("Indemnización a los mineros de Pasta de Conchos: la nota "
                 "completa en www.pasta-de-conchos.info, la familia sigue "
                 "esperando.");
    expect_clear("Watch this short documentary made by students about the "
                 "missing 43: www.ayotzinapa-vive.live");
    expect_clear("Look at the new bike lanes: photos at "
                 "www.ciudad-ciclista.site");
    expect_clear("Mira el horario de misas: "
                 "www.parroquia-de-guadalupe.online");
    expect_clear("Fotos de la feria del mole en la página del pueblo: "
                 "www.san-pedro-atocpan.info");
    expect_clear("Videos del clásico en www.futbol-total-mx.com, qué golazo "
                 "de Henry.");
    expect_clear("Watch out, that's a scam, the only real site is "
                 "www.gob.mx and nothing that ends in .xyz");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, links_to_videos_photos_and_aid_in_ordinary_words_pass);
    tcase_add_test(tc, a_grant_at_a_short_link_is_spam);
    tcase_add_test(tc, aid_at_a_two_hyphen_com_is_spam);
    tcase_add_test(tc, a_cause_sent_to_a_wallet_or_a_hyphenated_com_is_spam);
    tcase_add_test(tc, a_widows_aid_at_a_made_up_domain_is_spam);
    tcase_add_test(tc, donations_to_a_made_up_domain_are_spam);
    tcase_add_test(tc, money_sent_to_the_writers_account_is_spam);
    tcase_add_test(tc, a_fake_fundraiser_is_held);
    tcase_add_test(tc, a_warning_passes);
}

TEST_MAIN("screen_fundraiser")
