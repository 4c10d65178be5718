/*
 * test_screen_asked.c - a reader's contact or papers asked for
 * (src/screen/asked.c), through screen_check with no model: held as
 * doxxing or spam; a hotline's number, an office's and a warning pass.
 */
#include "screen_expect.h"

START_TEST(a_number_asked_for_is_held)
{
    expect_held_as("sister is hotter tbh. someone get me her number",
                   SCREEN_DOXXING, "doxxing", "get me her number");
    expect_held_as("Quien tenga el número de la hermana pásenmelo inbox",
                   SCREEN_DOXXING, "doxxing", "tenga el número de la hermana");
    expect_held_as("GIVE ME HER ADDRESS I'LL SHOW HER A REAL CORRIDO",
                   SCREEN_DOXXING, "doxxing", "GIVE ME HER ADDRESS");
    expect_clear("Does anyone have the number of the women's helpline?");
    expect_clear("¿Alguien tiene el número de la fiscalía?");
    expect_clear("La CEAV tiene su número en la página oficial.");
    expect_clear("Tell your cameraman we have his address for the thank-you "
                 "card, the quinceañera video was beautiful.");
}
END_TEST

START_TEST(papers_asked_for_are_held)
{
    expect_held_as("Si me mandan por privado su INE, CURP y número de "
                   "tarjeta les cancelamos la deuda sin costo.",
                   SCREEN_SPAM, "spam", "mandan por privado su INE");
    expect_held_as("Send 800 pesos consultation fee by OXXO deposit plus a "
                   "photo of your INE to start your case.",
                   SCREEN_SPAM, "spam",
                   "Send 800 pesos consultation fee by "
                   "OXXO deposit plus a photo of your INE");
    expect_clear("Nunca manden su INE a nadie por WhatsApp.");
    expect_clear("Don't send your INE to anyone who calls you.");
}
END_TEST

START_TEST(a_signup_with_papers_at_a_link_is_spam)
{
    expect_spam("Families can get federal aid, register today with your INE "
                "here: bit.ly/apoyo-victimas-jal",
                "register today with your INE");
    expect_clear("Regístrate con tu INE en el módulo del Bienestar, es "
                 "gratis.");
    expect_clear("Register with your INE at https://www.gob.mx/bienestar to "
                 "get the flood aid.");
}
END_TEST

START_TEST(aid_claimed_with_a_curp_at_a_made_up_link_is_spam)
{
    expect_spam("CLAIM YOUR $500 VICTIM RELIEF from the State Fund!! Enter "
                "your CURP and bank info at apoyo-victimas-gro.info before "
                "Friday",
                "Enter your CURP");
    expect_spam("URGENT: the state is giving $10,000 pesos to families. "
                "Register here with CURP and card number: bcapoyos-gob.info",
                "Register here with CURP");
}
END_TEST

START_TEST(papers_asked_after_a_name_are_spam)
{
    expect_spam("GET FREE AID FOR ZAMORA VICTIMS!!! Send your name, CURP "
                "and bank info to ayudazamora-fondos.xyz",
                "Send your name, CURP");
}
END_TEST

START_TEST(a_sign_up_or_login_at_a_look_alike_host_is_spam)
{
    expect_spam("APOYO PARA TRANSPORTISTAS 💰 Registrate con tu INE y "
                "numero de tarjeta en apoyos-transportistas-gob.mx.co "
                "antes del viernes",
                "Registrate con tu INE");
    expect_spam("Apoyo a choferes: ingresa con tu CURP en "
                "apoyo-choferes.com",
                "ingresa con tu CURP");
    expect_spam("AVISO DE META: su página será desactivada en 24 horas por "
                "infringir derechos de autor. Verifique su cuenta aquí: "
                "meta-soporte-verificacion.com",
                "Verifique su cuenta");
    expect_spam("META NOTICE: Your page will be disabled within 24 hours. "
                "Verify your account here: meta-support-appeal.com",
                "Verify your account");
    expect_spam("Su cuenta de WhatsApp será suspendida. Confirme sus datos "
                "en wa-verificar.online",
                "Confirme sus datos");
    expect_clear("Registrate con tu INE en el módulo o en bienestar.gob.mx "
                 "antes del viernes");
    expect_clear("Cuidado con los mensajes de AVISO DE META: su pagina sera "
                 "desactivada, verifique su cuenta en meta-soporte.com, es "
                 "estafa");
    expect_clear("Facebook me suspendió la página y la recuperé; verifiqué "
                 "mi identidad en la app oficial.");
}
END_TEST

START_TEST(papers_asked_with_registre_are_spam)
{
    expect_spam("APOYO PARA FAMILIAS AFECTADAS!! Reciba $15,000 del "
                "programa Bienestar, solo registre su CURP y cuenta aqui "
                "bit.ly/apoyo-bienestar-mx",
                "registre su CURP");
    expect_clear("Regístrese con su CURP en el módulo del Bienestar.");
}
END_TEST

START_TEST(a_prize_or_a_form_that_asks_for_a_card_is_spam)
{
    expect_spam("¡Felicidades! Usted fue seleccionado para recibir una "
                "despensa del Bienestar, confirme sus datos aqui: "
                "bienestar-apoyos-gob.info",
                "confirme sus datos");
    expect_spam("Cuenta premiada: las primeras 100 mamás reciben despensa, "
                "llena tus datos aqui con CURP, direccion y numero de "
                "tarjeta",
                "llena tus datos aqui con CURP");
    expect_clear("¡Felicidades a los ganadores de la rifa! La lista está en "
                 "la página del DIF.");
    expect_clear("Llena el formulario del Bienestar con tu CURP en la "
                 "oficina, no des tu número de tarjeta a nadie.");
}
END_TEST

START_TEST(bank_info_asked_at_a_short_link_is_spam)
{
    expect_spam("Diocese of Celaya is giving $300 USD emergency help to "
                "victims, register with your bank info here: "
                "bit.ly/ayuda-celaya-diocesis",
                "register with your bank");
    expect_clear("Register with your bank for online access at your branch.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, bank_info_asked_at_a_short_link_is_spam);
    tcase_add_test(tc, a_prize_or_a_form_that_asks_for_a_card_is_spam);
    tcase_add_test(tc, papers_asked_with_registre_are_spam);
    tcase_add_test(tc, a_sign_up_or_login_at_a_look_alike_host_is_spam);
    tcase_add_test(tc, papers_asked_after_a_name_are_spam);
    tcase_add_test(tc, aid_claimed_with_a_curp_at_a_made_up_link_is_spam);
    tcase_add_test(tc, a_signup_with_papers_at_a_link_is_spam);
    tcase_add_test(tc, a_number_asked_for_is_held);
    tcase_add_test(tc, papers_asked_for_are_held);
}

TEST_MAIN("screen_asked")
