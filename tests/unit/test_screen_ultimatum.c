/*
 * test_screen_ultimatum.c - an order, or else we act
 * (src/screen/ultimatum.c), through screen_check with no model: "cállense
 * o los callamos", "take it down or we'll visit you" held as threats; an
 * invitation, an act on a thing and a question pass.
 */
#include "screen_expect.h"

START_TEST(an_order_or_else_is_held)
{
    expect_threat("Cállense ya con su marcha o los callamos",
                  "Cállense ya con su marcha o los callamos");
    expect_threat("Cierren el hocico o les cerramos el pueblo",
                  "Cierren el hocico o les cerramos");
    expect_threat("take it down or we'll visit you",
                  "take it down or we'll visit you");
    expect_threat("shut up or we shut you up", "shut up or we shut you");
}
END_TEST

START_TEST(invitations_and_questions_pass)
{
    expect_clear("vengan a la fiesta o los visitamos nosotros");
    expect_clear("pay your taxes or we close your shop, says the city");
    expect_clear("¿Cállense o los callamos? Qué miedo.");
}
END_TEST

START_TEST(an_order_to_go_back_to_work_or_else_is_held)
{
    expect_threat("Ya estuvo de paro, que salgan a trabajar o los sacamos.",
                  "salgan a trabajar o los sacamos");
    expect_clear("Que salgan a votar todos, el domingo es la elección.");
}
END_TEST

START_TEST(speaking_and_regret_in_ordinary_words_pass)
{
    expect_clear("Si el técnico habla con la directiva, la afición se lo va "
                 "a agradecer y el presidente lo va a lamentar por no "
                 "escucharlo antes.");
    expect_clear("Si Checo habla con Red Bull hoy, el equipo lo va a "
                 "lamentar si lo deja ir.");
    expect_clear("Si el alcalde publica las cuentas, la oposición se va a "
                 "arrepentir de lo que dijo.");
    expect_clear("Si la empresa publica sus ganancias, los accionistas que "
                 "vendieron se van a arrepentir.");
    expect_clear("Si el gobernador declara zona de desastre, los municipios "
                 "lo van a agradecer; si no, el estado lo va a lamentar.");
    expect_clear("Si mi abuela habla de sus recetas, mi tía se va a "
                 "arrepentir de no haberlas anotado.");
    expect_clear("Si el árbitro habla con el VAR, el América lo va a "
                 "lamentar.");
    expect_clear("Si el doctor publica el estudio, la farmacéutica lo va a "
                 "lamentar.");
    expect_clear("Si el maestro habla con los papás, el niño se va a "
                 "arrepentir de no haber hecho la tarea.");
    expect_clear("Si la diputada denuncia el fraude, el partido lo va a "
                 "lamentar en las urnas.");
    expect_clear("Si el club publica el calendario tarde, los aficionados "
                 "lo van a lamentar.");
    expect_clear("Si el senador declara en contra, su bancada se va a "
                 "arrepentir de haberlo postulado.");
    expect_clear("Si la selección habla poco y juega mucho, nadie se va a "
                 "arrepentir.");
    expect_clear("Si Canelo habla de la revancha, su rival lo va a lamentar "
                 "en el ring.");
    expect_clear("Si el INE publica los resultados temprano, los candidatos "
                 "que se adelantaron lo van a lamentar.");
    expect_clear("Si la maestra habla con la directora, la escuela se va a "
                 "arrepentir de no contratarla.");
    expect_clear("Si el vecino denuncia el bache, el municipio lo va a "
                 "lamentar cuando le llegue la demanda.");
    expect_clear("Si el chef publica su receta, la competencia lo va a "
                 "lamentar.");
    expect_clear("Si el presidente municipal habla en la asamblea, los "
                 "regidores se van a arrepentir de no haber ido.");
    expect_clear("Si la liga publica el reglamento nuevo, los equipos "
                 "chicos lo van a lamentar.");
    expect_clear("Si mi hijo habla inglés en la entrevista, la empresa no "
                 "se va a arrepentir.");
    expect_clear("Si la farmacia publica los precios, la competencia se va "
                 "a arrepentir de subirlos.");
    expect_clear("Si Sheinbaum habla del tema mañana, la oposición lo va a "
                 "lamentar.");
    expect_clear("Si el portero habla con la prensa, el entrenador lo va a "
                 "lamentar.");
    expect_clear("Si la secretaria de salud publica las cifras, los "
                 "hospitales privados lo van a lamentar.");
    expect_clear("If he talks to the coach, the team will regret benching "
                 "him all season.");
    expect_clear("If the mayor speaks at the town hall, the council will "
                 "regret ignoring the flooding.");
    expect_clear("If she talks to the principal, the school will regret "
                 "cutting the art program.");
    expect_clear("If the senator testifies, the committee will regret not "
                 "calling him sooner.");
    expect_clear("If the chef talks about his secret sauce, the rival "
                 "restaurant will regret it.");
    expect_clear("If the club publishes the budget, the fans will regret "
                 "defending the owner.");
    expect_clear("If my grandma talks about the 1985 earthquake, everyone "
                 "will regret not recording it.");
    expect_clear("If the striker speaks up about the injury, the medical "
                 "staff will regret it.");
    expect_clear("If the CEO talks on the earnings call, investors will "
                 "regret selling.");
    expect_clear("If he speaks Spanish at the interview, the hotel will "
                 "regret not hiring bilingual staff sooner.");
    expect_clear("If the governor talks about the water crisis, the farmers "
                 "will regret voting for him.");
    expect_clear("If Messi talks to Inter Miami about retiring, the league "
                 "will regret not promoting him more.");
    expect_clear("If the referee talks to VAR, Chivas will regret that "
                 "penalty.");
    expect_clear("If the nurse speaks to the board, the hospital will "
                 "regret the layoffs.");
    expect_clear("If the author talks about the sequel, the studio will "
                 "regret passing on it.");
    expect_clear("If your dog talks, the neighbours will regret it haha.");
    expect_clear("If the teacher talks to the parents, the kids will regret "
                 "skipping homework.");
    expect_clear("Si mi papá habla con el maestro, mi hermano se va a "
                 "arrepentir de haber faltado.");
    expect_clear("Si el Papa habla de migración en Ciudad Juárez, los "
                 "políticos lo van a lamentar.");
    expect_clear("Si Bad Bunny publica disco en diciembre, Spotify se va a "
                 "arrepentir de no tener más servidores jaja.");
    expect_clear("Si el Tri habla en la cancha, los gringos lo van a "
                 "lamentar.");
    expect_clear("Si el hospital publica la lista de espera, la gente se va "
                 "a arrepentir de no haber sacado cita antes.");
    expect_clear("Si la UNAM publica la convocatoria tarde, muchos chavos "
                 "se van a arrepentir de no prepararse.");
    expect_clear("Si la tienda publica las ofertas del Buen Fin, mi cartera "
                 "lo va a lamentar jaja.");
    expect_clear("Si Conagua publica el reporte de presas, los agricultores "
                 "lo van a lamentar.");
    expect_clear("Si el testigo declara en la audiencia, la defensa se va a "
                 "arrepentir de haberlo citado.");
    expect_clear("Si la abuela habla de política en la cena de Navidad, "
                 "todos lo vamos a lamentar jaja.");
    expect_clear("Si el jugador habla con el club, su agente se va a "
                 "arrepentir de haber pedido tanto.");
    expect_clear("Si el pediatra habla claro, los papás no van a lamentar "
                 "nada.");
    expect_clear("Si el municipio publica el horario del agua, los vecinos "
                 "lo van a agradecer y la pipa lo va a lamentar.");
    expect_clear("Si la cantante habla de su divorcio, la revista se va a "
                 "arrepentir de haberla criticado.");
    expect_clear("Si la SEP publica los libros con errores otra vez, los "
                 "maestros lo van a lamentar.");
    expect_clear("If my son talks to his coach, his teammates will regret "
                 "teasing him.");
    expect_clear("If the pope speaks in Juárez, the politicians will regret "
                 "skipping the mass.");
    expect_clear("If the witness testifies, the defense will regret calling "
                 "her.");
    expect_clear("If the president talks about tariffs again, the markets "
                 "will regret it.");
    expect_clear("If the goalkeeper talks to the press, the manager will "
                 "regret dropping him.");
    expect_clear("If the doctor speaks plainly, patients will regret not "
                 "getting screened earlier.");
    expect_clear("If she talks about her diet on TikTok, her followers will "
                 "regret trying it lol.");
    expect_clear("If the landlord talks to the city, the tenants will "
                 "regret complaining? Doubt it.");
    expect_clear("If grandpa talks politics at Thanksgiving, the whole "
                 "family will regret it.");
    expect_clear("If the bishop speaks at the rally, the party will regret "
                 "inviting him.");
    expect_clear("If Apple talks about the new phone, Samsung will regret "
                 "the launch date.");
    expect_clear("If the reporter speaks to the victims' families, the "
                 "governor will regret his comments.");
    expect_clear("If the team talks less and plays more, nobody will regret "
                 "it.");
    expect_clear("If he speaks at graduation, the school will regret not "
                 "giving him more time.");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, speaking_and_regret_in_ordinary_words_pass);
    tcase_add_test(tc, an_order_to_go_back_to_work_or_else_is_held);
    tcase_add_test(tc, an_order_or_else_is_held);
    tcase_add_test(tc, invitations_and_questions_pass);
}

TEST_MAIN("screen_ultimatum")
