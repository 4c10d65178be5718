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

START_TEST(compensation_or_a_video_at_a_made_up_domain_is_spam)
{
    expect_spam("ATTENTION victims families: register for compensation at "
                "www.gob-jalisco-apoyos.xyz DEADLINE TOMORROW!!!",
                "compensation");
    expect_spam("Mira lo que encontraron en el palenque 😱😱 "
                "www.noticias-viral-mx.click/video-completo",
                "Mira");
    expect_clear("El video completo está en milenio.com, lo subieron ayer.");
    expect_clear("Look, the compensation office is on the state's site, "
                 "www.ceav.gob.mx.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, compensation_or_a_video_at_a_made_up_domain_is_spam);
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
