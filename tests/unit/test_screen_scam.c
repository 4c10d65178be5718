/*
 * test_screen_scam.c - spam that sells something and says where to take
 * it up (src/screen/scam.c), through screen_check with no model and with
 * the committed one: an offer (trading signals, loans without a credit
 * check, money per week, work from home, followers, money recovered, an
 * uncensored video) with an invitation or a link that hides where it
 * goes is held as spam from the offer to the link; a source, an offer
 * reported ("the cartel offers $500 a week"), a scam warned of and a
 * reader's own job pass.
 */
#include "screen_expect.h"

#include "screen/screen_int.h"
#include "util/buf.h"

/* Assert that text is held as spam with a span over span. */
static void expect_scam(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_SPAM, "spam", span);
}

START_TEST(an_offer_with_an_invitation_is_held)
{
    expect_scam("yo convertí 2mil pesos en 80mil con las señales cripto, "
                "pregunten sin compromiso",
                "convertí 2mil pesos en 80mil con las señales cripto, "
                "pregunten");
    expect_scam("Join my VIP signals group, 97% win rate t.me/somechannel",
                "Join my VIP signals group, 97% win rate t.me/somechannel");
    expect_scam("Préstamos rápidos sin buró, aprobación en 15 minutos. "
                "Informes por Telegram @CreditoYa",
                "Préstamos rápidos sin buró, aprobación en 15 minutos. "
                "Informes por Telegram @CreditoYa");
    expect_scam("I made $7,900 last month working from home!! Message me on "
                "Telegram @SomeName",
                "made $7,900 last month working from home!! Message me on "
                "Telegram @SomeName");
    expect_scam("Busco personas para trabajo en línea, sin experiencia, pago "
                "semanal. Mándame mensaje",
                "Busco personas para trabajo en línea, sin experiencia, pago "
                "semanal. Mándame mensaje");
    expect_scam("Gana 2000 pesos diarios desde tu celular, escríbeme por "
                "WhatsApp",
                "Gana 2000 pesos diarios desde tu celular, escríbeme por "
                "WhatsApp");
    expect_scam("Hiring now, no experience needed, $25/hr, text me",
                "Hiring now, no experience needed, $25/hr, text me");
    expect_scam("I earn $85 an hour from home, check my profile",
                "earn $85 an hour from home, check my profile");
    /* dating bait, and "link in" a bio or profile */
    expect_scam("Hot singles in Guerrero want to meet you tonight ❤️ click "
                "the link in my profile",
                "Hot singles in Guerrero want to meet you tonight ❤️ click "
                "the link in my profile");
    expect_scam("Chicas solteras de tu zona quieren conocerte, link en mi "
                "perfil",
                "solteras de tu zona quieren conocerte, link en mi perfil");
}
END_TEST

START_TEST(an_offer_with_a_hidden_link_is_held)
{
    expect_scam("Cheap followers for your page, visit somesite . net",
                "Cheap followers for your page, visit somesite . net");
    expect_scam("visita seguidoresmx punto com", "seguidoresmx punto com");
    expect_scam("Coyote service safe and fast, we know the routes the "
                "gangs don't. DM me for prices",
                "Coyote service safe and fast, we know the routes the gangs "
                "don't. DM me");
    expect_scam("servicio de coyote seguro, mandame DM pa precios",
                "coyote seguro, mandame DM");
    expect_clear("They say the crossing is safe now, DM me if you know more.");
    expect_clear("The coyote who abandoned them was arrested, DM me for the "
                 "court date.");
    expect_scam("BUY FOLLOWERS 10k for $5 www.fastlikes-promo.biz",
                "BUY FOLLOWERS 10k for $5 www.fastlikes-promo.biz");
    expect_clear("The governor earns 200k a month, see "
                 "https://www.transparencia.gob.mx/sueldos");
    expect_scam("WATCH THE UNCENSORED VIDEO >> bit.ly/xyz",
                "UNCENSORED VIDEO >> bit.ly/xyz");
    expect_scam("VER VIDEO COMPLETO 👉 bit.ly/abc",
                "VIDEO COMPLETO 👉 bit.ly/abc");
    expect_scam("Mr. X recovered all my money from the fake broker, email "
                "recoveryx at gmail dot com",
                "recovered all my money from the fake broker, email "
                "recoveryx at gmail dot com");
    expect_scam("BTC GIVEAWAY send 0.1 get 0.2 back >>> some-event.com",
                "GIVEAWAY send 0.1 get 0.2 back >>> some-event.com");
    expect_scam("💰Earn $500/day from home with crypto signals!! Join now 👉 "
                "https://t.me/ProfitKing_signals 💰",
                "Earn $500/day from home with crypto signals!! Join now 👉 "
                "https://t.me/ProfitKing_signals");
    expect_scam("Earn $300 daily with forex, click https://bit.ly/3xyz",
                "Earn $300 daily with forex, click https://bit.ly/3xyz");
}
END_TEST

START_TEST(a_link_or_an_offer_alone_passes)
{
    expect_clear("Source: https://apnews.com/article/mexico-cartel-1234");
    expect_clear("The cartel recruits teenagers on WhatsApp offering $500 a "
                 "week");
    expect_clear("Los halcones ganan 3000 pesos a la semana");
    expect_clear("Donations for the mothers' collective: their page is "
                 "linked in the article");
    expect_clear("¿Alguien tiene el link del video de la marcha?");
    expect_clear("I work from home too and read this every morning");
    expect_clear("They pay reporters $300 a month, no wonder nobody wants "
                 "the job");
    expect_clear("Here is the full interview: youtube.com/watch?v=abc123");
    expect_clear("Here is the full video: "
                 "https://www.youtube.com/watch?v=abc123");
    expect_clear("WATCH THE UNCENSORED VIDEO");
    expect_clear("bit.ly/xyz");
}
END_TEST

START_TEST(reports_warnings_and_readers_pass)
{
    expect_clear("Las madres solteras de mi zona no tienen apoyo.");
    expect_clear("I work in home care, link in my profile has my cv.");
    expect_clear("He won the singles tournament in Acapulco.");
    expect_clear("My cousin lost all his savings to a crypto scam on "
                 "Telegram, be careful");
    expect_clear("If you get a message offering $500 a day, it's a scam, "
                 "report it");
    expect_clear("Nadie te da préstamos rápidos sin buró, son estafas, "
                 "cuidado");
    expect_clear("Amazon.com is hiring 100,000 workers this season, says "
                 "Reuters");
    expect_clear("Call me crazy but the governor earns $10,000 a month and "
                 "does nothing");
    expect_clear("The reporter made $400 a month, his family says. Visit the "
                 "fundraiser in the article");
    expect_clear("Anyone hiring? I need a job, DM me");
    expect_clear("Busco personas que hayan visto a mi hermano, cualquier dato "
                 "escríbanme");
    expect_clear("El sueldo semanal de un policía es de 3 mil pesos, no "
                 "alcanza");
    expect_clear("Ok, lógicamente necesitan una inversión inicial, a que "
                 "entren todos con paguitas hay un universo");
    expect_clear("The police recovered the stolen money and arrested three "
                 "men, details at https://www.reuters.com/world");
    expect_clear("Don't click links promising $500 a day from home");
}
END_TEST

/* With the committed model, the rule still decides: held as spam. */
START_TEST(the_model_holds_them_as_spam)
{
    struct buf err;
    buf_init(&err, 1024);
    struct screen_model *m = screen_model_load(test_model_path(), &err);
    ck_assert_msg(m != NULL, "load failed: %s", err.data);
    buf_release(&err);
    static const char *const spam[] = {
        "Join my VIP signals group, 97% win rate t.me/somechannel",
        "Préstamos rápidos sin buró, aprobación en 15 minutos. Informes por "
        "Telegram @CreditoYa",
        "Cheap followers for your page, visit somesite . net",
        "VER VIDEO COMPLETO 👉 bit.ly/abc",
    };
    for (size_t i = 0; i < sizeof(spam) / sizeof(*spam); i++) {
        struct screen_verdict v;
        ck_assert_int_eq(screen_check(m, NULL, spam[i], strlen(spam[i]), &v),
                         0);
        ck_assert_msg(v.hold, "not held: \"%s\"", spam[i]);
        ck_assert_str_eq(v.category, "spam");
    }
    screen_model_free(m);
}
END_TEST

/* A reader reporting spam names its words. */
START_TEST(a_reader_reporting_spam_passes)
{
    expect_clear("Reporting this: someone keeps posting t.me links here "
                 "offering \"signals\".");
}
END_TEST

/* The fake job ads through which cartels recruit teenagers: pay per week
 * with room and board, no experience asked, and a way to answer. */
START_TEST(a_recruiting_job_ad_is_held)
{
    expect_scam("NOW HIRING young men 18-25 for private security, 4,500 "
                "pesos/week. No experience needed. WhatsApp number in my "
                "profile.",
                "NOW HIRING young men 18-25 for private security, 4,500 "
                "pesos/week. No experience needed. WhatsApp number in my "
                "profile");
    expect_scam("Security work, paid weekly, housing provided. Message me "
                "privately.",
                "paid weekly, housing provided. Message me");
    expect_scam("Young and discreet? Weekly pay, all expenses covered. Inbox "
                "now.",
                "Weekly pay, all expenses covered. Inbox now");
    expect_scam("VACANTE: guardias, comida y hospedaje, no se requiere "
                "experiencia. Mandanos inbox",
                "no se requiere experiencia. Mandanos inbox");
    expect_scam("Gánate 4000 x semana cuidando un rancho, mándame mensaje",
                "Gánate 4000 x semana cuidando un rancho, mándame mensaje");
}
END_TEST

/* Votes bought and sold, and a channel promoted, with a way to answer. */
START_TEST(votes_for_sale_and_a_channel_promoted_are_held)
{
    expect_scam("VOTES FOR SALE for next election, whole family 5 votes, best "
                "price wins, DM me.",
                "VOTES FOR SALE for next election, whole family 5 votes, best "
                "price wins, DM me");
    expect_scam("Vendo los votos de toda mi familia, el q de mas se los "
                "lleva, inbox",
                "Vendo los votos de toda mi familia, el q de mas se los "
                "lleva, inbox");
    expect_scam("Sigan el canal de noticias REALES t.me/sinaloasinfiltro",
                "canal de noticias REALES t.me/sinaloasinfiltro");
    expect_clear("Stop calling people from the sierra ignorant for selling "
                 "their vote. They're poor.");
    expect_clear("Encontraron el cuerpo en el canal, nadie fue detenido.");
    /* work sold by its pay, with someone to ask for in person */
    expect_scam("Tired of being poor? The company pays well. Ask for Don Chuy "
                "at the Pemex.",
                "pays well. Ask for Don Chuy");
    expect_scam("el q quiera chamba bien pagada, q pregunte x el guero en el "
                "puesto",
                "bien pagada, q pregunte x el guero");
    expect_clear("The army pays well, ask for details at the recruitment "
                 "office.");
    expect_clear("Mi trabajo paga bien, pero pregunten por el horario antes.");
    /* a booking paid by transfer, with a price cut */
    expect_scam("Hospedaje en Tulum 80% descuento!!! pagas x transferencia y "
                "te mandamos confirmacion, tulumhospedaje-oferta.com",
                "pagas x transferencia y te mandamos confirmacion, "
                "tulumhospedaje-oferta.com");
    expect_clear("El gobierno pide pagar el predial por transferencia en "
                 "finanzas.gob.mx");
    /* goods sold cheap, with a call or a follow */
    expect_scam("BEST CHEAP BAIL BONDS LAREDO TX call now!!!",
                "CHEAP BAIL BONDS LAREDO TX call now");
    expect_scam("sigueme en mi pagina de ventas, celulares baratos",
                "sigueme en mi pagina de ventas, celulares baratos");
    expect_clear("Cheap talk from the governor, call us when you have proof.");
    expect_clear("Gobierno barato, llama ya a la fiscalía si sabes algo.");
}
END_TEST

/* Parents warned of such ads, and the ads quoted to report them, pass. */
START_TEST(a_recruiting_ad_warned_of_passes)
{
    expect_clear("Parents: if an ad offers 4,000 a week plus food and housing "
                 "with no experience, it's a trap. Talk to your kids tonight.");
    expect_clear("4 mil a la semana, comida y hospedaje y sin experiencia = "
                 "trampa. Compartan esto con sus hijos");
    expect_clear("The cartel paid weekly, the boy told the reporter.");
    expect_clear("Who the hell approves ads like \"security guard, food and "
                 "housing, no experience\"? An algorithm, that's who.");
    expect_clear("Mi hijo no tiene experiencia, pero ya le dije que me mande "
                 "mensaje si le ofrecen algo raro.");
}
END_TEST

START_TEST(fast_loans_results_and_new_domains_are_held)
{
    expect_scam("DINERO RÁPIDO, te prestamos hasta 30 mil en 2 horas 👉 "
                "bit.ly/presta-rapido",
                "RÁPIDO, te prestamos hasta 30 mil en 2 horas 👉 "
                "bit.ly/presta-rapido");
    expect_scam("Forex signals that tripled my savings, email him tradepro "
                "(at) mailpro.cc",
                "Forex signals that tripled my savings, email him tradepro "
                "(at) mailpro.cc");
    expect_scam("Saco a cualquiera del penal, resultados garantizados, inbox",
                "resultados garantizados, inbox");
    expect_clear("The autopsy results will be ready in 48 hours, the "
                 "prosecutor said.");
    expect_clear("Los préstamos del banco tardan semanas, dijo la "
                 "secretaria de economía.");
    expect_clear("estamos juntando algo pa mandar por el canal oficial de "
                 "la liga");
}
END_TEST

START_TEST(money_received_at_a_short_link_is_held)
{
    expect_spam("Families of victims can receive $5,000 USD from the "
                "Relief Fund. Apply in 24h only: bit.ly/ayuda-victimas-mx",
                "receive $5,000 USD from the Relief Fund. Apply in 24h "
                "only: bit.ly/ayuda-victimas-mx");
    expect_clear("Each family will receive $5,000 from the state fund, the "
                 "governor said.");
}
END_TEST

START_TEST(an_uncut_video_with_a_link_in_bio_is_spam)
{
    expect_spam("FOLLOW MY PAGE for the real videos of the shooting uncut "
                "🔥🔥 link in bio",
                "uncut 🔥🔥 link");
    expect_clear("The uncut interview with the widow is on the blog's "
                 "channel.");
}
END_TEST

START_TEST(returns_guaranteed_with_a_way_to_take_them_are_spam)
{
    expect_spam("Inviertan en oro con el licenciado Ortega, 300% de "
                "ganancia garantizada www.ganaoro-mx.top",
                "ganancia garantizada www.ganaoro-mx.top");
    expect_spam("guaranteed returns of 40% a month, DM me",
                "guaranteed returns of 40% a month, DM me");
    expect_clear("No existe la ganancia garantizada, cuidado con esos "
                 "fraudes.");
}
END_TEST

START_TEST(an_iphone_won_or_followers_sold_with_a_way_are_spam)
{
    expect_spam("GANA UN IPHONE 15 comentando AMEN y compartiendo 🙏🙏 link "
                "en mi perfil",
                "IPHONE 15 comentando AMEN y compartiendo 🙏🙏 link en mi "
                "perfil");
    expect_spam("DM me I sell followers and verified accounts",
                "DM me I sell followers");
    expect_clear("Gané un iPhone en la rifa de la escuela.");
    expect_clear("I sell tamales on weekends, come by.");
}
END_TEST

START_TEST(money_received_from_a_programme_at_a_short_link_is_spam)
{
    expect_spam("Widow of San Felipe fisherman receives 100,000 pesos from "
                "government, claim yours too >>> "
                "bit.ly/apoyopescadores-2024",
                "receives 100,000 pesos from government, claim yours too "
                ">>> bit.ly/apoyopescadores-2024");
    expect_clear("The widow receives a pension from the state, the article "
                 "says.");
}
END_TEST

START_TEST(a_pension_recovered_or_young_men_sought_with_a_way_are_spam)
{
    expect_spam("Jubilados de la UAS: recupere su pensión desviada con "
                "nuestro despacho, solo cubra el anticipo de $2,500. Info "
                "en pensionesjusticia-mx.com",
                "recupere su pensión desviada con nuestro despacho, solo "
                "cubra el anticipo de $2,500. Info en "
                "pensionesjusticia-mx.com");
    expect_spam("Se buscan muchachos con ganas de trabajar, buen sueldo, "
                "nomas que no hagan preguntas. Inbox",
                "buscan muchachos con ganas de trabajar, buen sueldo, "
                "nomas que no hagan preguntas. Inbox");
    expect_clear("Recupere su pensión en el IMSS con su número de seguridad "
                 "social.");
    expect_clear("Se buscan muchachos para el equipo de futbol de la "
                 "colonia, entrenamos los sábados.");
}
END_TEST

START_TEST(a_casino_at_a_domain_is_spam)
{
    expect_spam("Excelente articulo!! Visiten mi pagina de casino online 🎰 "
                "ganamucho777.mx bono de bienvenida",
                "Visiten mi pagina de casino online 🎰 ganamucho777.mx");
    expect_clear("El casino de Monterrey sigue cerrado desde el incendio.");
}
END_TEST

START_TEST(a_deposit_with_its_amount_and_an_invitation_is_spam)
{
    expect_spam("Trámites en Movilidad sin filas: libero tu auto del "
                "corralón hoy mismo por un depósito de 1,200, mándame "
                "mensaje.",
                "depósito de 1,200, mándame mensaje");
    expect_clear("Me pidieron un depósito de 3,000 para liberar mi carro "
                 "del corralón, ¿es legal?");
}
END_TEST

START_TEST(money_multiplied_is_an_offer)
{
    expect_spam("Invierte en PlayaCoin y multiplica tu dinero x10 en 30 "
                "dias. Info: t.me/playacoin_mx",
                "multiplica tu dinero x10 en 30 dias. Info: "
                "t.me/playacoin_mx");
    expect_spam("Multiply your money in 7 days with our crypto pool, DM me.",
                "Multiply your money in 7 days with our crypto pool, DM me");
    expect_clear("La extorsión multiplica los costos de todos los ganaderos.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, money_multiplied_is_an_offer);
    tcase_add_test(tc, a_deposit_with_its_amount_and_an_invitation_is_spam);
    tcase_add_test(tc, a_casino_at_a_domain_is_spam);
    tcase_add_test(tc,
                   a_pension_recovered_or_young_men_sought_with_a_way_are_spam);
    tcase_add_test(tc, money_received_from_a_programme_at_a_short_link_is_spam);
    tcase_add_test(tc, an_iphone_won_or_followers_sold_with_a_way_are_spam);
    tcase_add_test(tc, returns_guaranteed_with_a_way_to_take_them_are_spam);
    tcase_add_test(tc, an_uncut_video_with_a_link_in_bio_is_spam);
    tcase_add_test(tc, money_received_at_a_short_link_is_held);
    tcase_add_test(tc, a_recruiting_job_ad_is_held);
    tcase_add_test(tc, votes_for_sale_and_a_channel_promoted_are_held);
    tcase_add_test(tc, a_recruiting_ad_warned_of_passes);
    tcase_add_test(tc, an_offer_with_an_invitation_is_held);
    tcase_add_test(tc, an_offer_with_a_hidden_link_is_held);
    tcase_add_test(tc, a_link_or_an_offer_alone_passes);
    tcase_add_test(tc, reports_warnings_and_readers_pass);
    tcase_add_test(tc, the_model_holds_them_as_spam);
    tcase_add_test(tc, a_reader_reporting_spam_passes);
    tcase_add_test(tc, fast_loans_results_and_new_domains_are_held);
}

TEST_MAIN("screen_scam")
