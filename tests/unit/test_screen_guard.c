/*
 * test_screen_guard.c - the doxxing guard (src/screen/guard.c) through
 * screen_check with no model: what it must hold (phone numbers, addresses,
 * plates, however written, Mexican personal ids) and the ordinary news comments
 * it must not (years, dates, amounts, "drive home", "tag your friends").
 */
#include "screen_expect.h"

/* Held as doxxing, with a span over exactly span. */
static void expect_held(const char *text, const char *span)
{
    expect_held_as(text, SCREEN_DOXXING, "doxxing", span);
}

START_TEST(phones_are_held)
{
    expect_held("llamale al +52 1 55 1234 5678", "+52 1 55 1234 5678");
    expect_held("tel 55-1234-5678 ya", "55-1234-5678");
    expect_held("tel (55) 1234 5678", "(55) 1234 5678");
    expect_held("tel 55 1234 5678", "55 1234 5678");
    expect_held("tel 5512345678", "5512345678");
    expect_held("call +1 (212) 555-0199", "+1 (212) 555-0199");
    expect_held("call 212-555-0199 now", "212-555-0199");
    expect_held("llama al 1234-5678", "1234-5678");
    expect_held("llama al 123 4567", "123 4567");
    expect_held("tel 55.1234.5678", "55.1234.5678");
    /* a year among other groups is still a phone number */
    expect_held("tel 55 2019 2020", "55 2019 2020");
}
END_TEST

START_TEST(public_lines_are_not_held)
{
    /* toll-free, whatever the sentence says */
    expect_clear("Llamen al 800 911 2000");
    expect_clear("Lifeline: 1-800-273-8255");
    expect_clear("Shelter office phone for donations, it's on their "
                 "website: 868 555 0134.");
    expect_clear("La línea de prevención del suicidio es gratis y contesta "
                 "24 horas: 555-0100.");
    expect_clear("Newsroom tip line from the footer is 555-0142. Use Signal "
                 "if you can.");
    expect_clear("For anyone who needs to talk to someone after reading "
                 "this, there's a free mental health line at 555-0189.");
    expect_clear("report them, 1-866-347-2423");
    /* a line named in its sentence */
    expect_clear("For anyone in Mexico City who needs help: Consejo "
                 "Ciudadano, 55 5533 5533, free and 24/7.");
    expect_clear("En CDMX el Consejo Ciudadano contesta 24/7 al 55 5533 "
                 "5533, también dan apoyo psicológico");
    expect_clear("Si los están extorsionando denuncien al 089 o al Consejo "
                 "Ciudadano 55 5533 5533, es anónimo.");
    expect_clear("The Consejo Ciudadano has a hotline for extortion calls, "
                 "55 5533 5533. They helped my cousin.");
    /* a person's own number, an informer named, a Mexican area code
     * that is toll-free in the US, a line named in another sentence */
    expect_held("Denuncien a este soplón, su número es 55 1234 5678",
                "55 1234 5678");
    expect_held("Hotline for his cell: 55 1234 5678", "55 1234 5678");
    expect_held("El contador vive en Saltillo, su numero 844 123 4567",
                "844 123 4567");
    expect_held("Her number is 55 1234 5678. Hotline for tips: 089",
                "55 1234 5678");
    /* a business says "free" and "24 hours" too */
    expect_held("amarres y regreso de pareja en 24 horas, consulta gratis, 33 "
                "1290 4477",
                "33 1290 4477");
}
END_TEST

START_TEST(mexican_personal_ids_are_held)
{
    expect_held("the witness, CURP SORA900512MJCTZN08, find her",
                "SORA900512MJCTZN08");
    expect_held("su curp es sora900512mjctzn08", "sora900512mjctzn08");
    expect_held("Clave de elector SRRZAN90051214M800.", "SRRZAN90051214M800");
    expect_held("RFC: SORA900512AB1", "SORA900512AB1");
    /* six digits that are no date, a longer word, a link */
    expect_clear("Mi modelo es ABCD123456XYZ y ya");
    expect_clear("El folio es ABCD123456XYZ99");
    expect_clear("see example.org/SORA900512MJCTZN08");
}
END_TEST

START_TEST(years_dates_and_amounts_are_not_phones)
{
    expect_clear("seasons 2019 2020 2021, all bad");
    expect_clear("Temporadas 2019 2020 2021");
    expect_clear("from 2019-2020-2021");
    expect_clear("Posted 2024-01-15 10:30");
    expect_clear("Posted 2024-01-15");
    expect_clear("La deuda es de 150.000.000.000 pesos.");
    expect_clear("costo 1.500.000.000 mdp");
    /* groups of three without a money word may be a phone */
    expect_held("llama al 5.512.345.678", "5.512.345.678");
    expect_clear("1,500,000,000,000 dollars");
    /* nor does a year or a count before it */
    expect_held("desde 2024 55 1234 5678 es su cel", "55 1234 5678");
    expect_held("folio 123456 55 1234 5678", "55 1234 5678");
    /* a date does not hide the number after it */
    expect_held("2024-01-15 llama al 55 1234 5678", "55 1234 5678");
    /* a range of years, a year in brackets, a count */
    expect_clear("Ludwig Deutsch (1855-1935) nació en Austria");
    expect_clear("the war (1914-1918) changed it");
    expect_clear("Last year(2016) 388.201 refugees came");
    expect_clear("how can there be 2.124.821.694 views");
    expect_clear("1000000000 views.");
    expect_clear("ya van 5512345678 reproducciones");
    /* but not a pair of groups far apart, nor a bracketed area code */
    expect_held("llama al 1500-1700", "1500-1700");
    expect_held("tel (55) 2016 3882", "(55) 2016 3882");
}
END_TEST

START_TEST(day_first_dates_are_not_phones)
{
    expect_clear("15-01-2024 10:30");
    expect_clear("15/01/2024 a las 10:30");
    expect_clear("el 3-5-2024 10:30 hrs");
    expect_clear("15.01.2024 10:30");
    expect_clear("Publicado el 15/01/2024 10:30:22");
    expect_clear("posted 01-15-2024 10:30 am");
    /* the time before a date is no part of a number */
    expect_clear("Publicado 10:30 15-01-2024");
    expect_clear("Posted 10:30 2024-01-15");
    expect_clear("folio 12 15-01-2024 10:30");
    /* nor does a date hide the number after it */
    expect_held("el 15-01-2024 llama al 55 1234 5678", "55 1234 5678");
    expect_held("15/01/2024 10:30 tel 5512345678", "5512345678");
    /* phone numbers still held, also where groups look like a date */
    expect_held("tel (55) 1234-5678", "(55) 1234-5678");
    expect_held("call (212) 555-1234", "(212) 555-1234");
    expect_held("call 212-555-1234", "212-555-1234");
    expect_held("tel 55 15 01 2024", "55 15 01 2024");
    expect_held("tel 55-12-10-2019", "55-12-10-2019");
    expect_held("tel 55.1234.5678 el 15.01.2024", "55.1234.5678");
}
END_TEST

START_TEST(a_phone_at_the_end_of_a_long_run_is_held)
{
    /* more than six groups: the run is looked at again from its last
     * six, so numbers in front no longer hide the phone */
    expect_held("2019 2020 2021 2022 2023 2024 55 1234 5678", "55 1234 5678");
    expect_held("2018 2019 2020 2021 2022 2023 2024 +52 1 55 1234 5678",
                "+52 1 55 1234 5678");
    expect_held("2019 2020 2021 2022 2023 2024 2025 (55) 1234 5678",
                "(55) 1234 5678");
    expect_clear("2019 2020 2021 2022 2023 2024 2025 2026");
}
END_TEST

START_TEST(phones_with_unicode_spaces_and_digits_are_held)
{
    expect_held("llama al 55\xc2\xa0"
                "1234\xc2\xa0"
                "5678",
                "55\xc2\xa0"
                "1234\xc2\xa0"
                "5678");
    expect_held("llama al 55\xe2\x80\xaf"
                "1234\xe2\x80\xaf"
                "5678 ya",
                "55\xe2\x80\xaf"
                "1234\xe2\x80\xaf"
                "5678");
    expect_held("llama al 55\xe2\x80\x89"
                "1234\xe2\x80\x89"
                "5678",
                "55\xe2\x80\x89"
                "1234\xe2\x80\x89"
                "5678");
    expect_held("llama al 55\xe2\x80\x8b"
                "1234\xe2\x80\x8b"
                "5678",
                "55\xe2\x80\x8b"
                "1234\xe2\x80\x8b"
                "5678");
    /* fullwidth digits: "５５ １２３４ ５６７８" */
    expect_held("llama al \xef\xbc\x95\xef\xbc\x95 "
                "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94 "
                "\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98",
                "\xef\xbc\x95\xef\xbc\x95 "
                "\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94 "
                "\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98");
    /* fullwidth years are still years */
    expect_clear("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x91\xef\xbc\x99 "
                 "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x90 "
                 "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x91");
}
END_TEST

START_TEST(english_addresses_are_held)
{
    expect_held("at 1600 Pennsylvania Avenue", "1600 Pennsylvania Avenue");
    expect_held("he lives at 221 Baker Street.", "221 Baker Street");
    expect_held("4500 Martin Luther King Jr Blvd",
                "4500 Martin Luther King Jr Blvd");
    expect_held("she is at 123 N. Main St", "123 N. Main St");
    expect_held("742 Evergreen Terrace", "742 Evergreen Terrace");
    expect_held("it's 12 Elm st", "12 Elm st");
    expect_held("221B Baker Street", "221B Baker Street");
    expect_held("write to 12 Elm St.", "12 Elm St");
    expect_held("1600 Pennsylvania Avenue NW, Washington",
                "1600 Pennsylvania Avenue");
    expect_held("742 Evergreen Terrace with his family",
                "742 Evergreen Terrace");
    expect_held("12 Elm St Apt 4", "12 Elm St");
    expect_held("I LIVE AT 12 ELM STREET", "12 ELM STREET");
    expect_held("me, 1004 Franklin Ave, anytime", "1004 Franklin Ave");
    expect_held("@Tip 4370 sunnyslope dr, memphis", "4370 sunnyslope dr");
}
END_TEST

START_TEST(lower_case_english_addresses_are_held)
{
    expect_held("he lives at 12 elm street", "12 elm street");
    expect_held("1600 pennsylvania avenue", "1600 pennsylvania avenue");
    expect_held("he lives at 12 elm street in monterrey", "12 elm street");
    expect_held("vive en 45 oak lane, llamale", "45 oak lane");
    expect_held("it's 221b baker street.", "221b baker street");
    expect_held("he lives at 12 elm street with his family", "12 elm street");
}
END_TEST

/* A city after the street, and street names that hold a count or a
 * function word: held (a review found these missed by an earlier rule
 * that let a capitalised word after the suffix end an address). */
START_TEST(addresses_with_a_city_or_a_common_word_are_held)
{
    expect_held("He lives at 123 Main St Springfield", "123 Main St");
    expect_held("She lives at 742 Evergreen Terrace Springfield",
                "742 Evergreen Terrace");
    expect_held("his address is 1600 Pennsylvania Avenue Washington DC",
                "1600 Pennsylvania Avenue");
    expect_held("vive en 2170 Lake Shore Ave Los Angeles",
                "2170 Lake Shore Ave");
    expect_held("His place: 100 Church Street New York NY",
                "100 Church Street");
    expect_held("he lives at 12 Star Lane", "12 Star Lane");
    expect_held("he lives at 55 Day Street", "55 Day Street");
    expect_held("he lives at 12 Mile Road", "12 Mile Road");
    expect_held("he lives at 4521 Back Bay Road", "4521 Back Bay Road");
    expect_held("he lives at 900 Will Rogers Blvd", "900 Will Rogers Blvd");
    expect_held("he lives at 100 All Saints Road", "100 All Saints Road");
    expect_held("he lives at 5 Man Street", "5 Man Street");
}
END_TEST

START_TEST(title_case_headlines_are_not_addresses)
{
    expect_clear("3 Points Off First Place");
    expect_clear("10 Ways To Drive Safer");
    expect_clear("- 2064 Supreme Court Confirmation Hearing");
    expect_clear("The 9 Supreme Court Justices");
    expect_clear("5 Things To Know About Main Street");
    expect_clear("Chapter 11 Bankruptcy Court");
    expect_clear("THEY KILLED 3 COPS ON THE HIGHWAY");
}
END_TEST

START_TEST(saint_and_doctor_are_not_street_suffixes)
{
    expect_clear("I lived 5 years in St. Louis");
    expect_clear("we waited 2 hours for Dr. Smith");
    expect_clear("she spent 3 weeks at St. Mary's hospital");
    expect_clear("she supported $7 co payment for Dr visits");
    expect_clear("over 100 times the ave workers pay");
}
END_TEST

START_TEST(english_phrases_are_not_addresses)
{
    expect_clear("Give me 5 minutes to drive home.");
    expect_clear("I have 2 kids and no way to pay rent.");
    expect_clear("We finished 3 points off first place.");
    expect_clear("He got 10 years, court says.");
    expect_clear("I walked 3 blocks down the street");
    /* a full street word in lower case: counts, measures, descriptions */
    expect_clear("it's a 2 way street");
    expect_clear("took the 3 main roads");
    expect_clear("the 2 streets were closed");
    expect_clear("in 10 years on this road");
    expect_clear("it was a 10 minute drive.");
    expect_clear("my truck is 4 wheel drive.");
    expect_clear("a 5 star place.");
    expect_clear("they have 10 wins first place.");
    expect_clear("5 guys drive thru");
    expect_clear("this is 1 crazy place.");
    expect_clear("he was shot 3 times in the street");
    expect_clear("it's a 4 lane highway");
    expect_clear("2 hours drive from here");
    expect_clear("he got 20 years in federal court.");
    expect_clear("a 3 judge court ruled");
    expect_clear("the 9 supreme court justices");
    expect_clear("violated 2 federal court orders");
    expect_clear("since 2019 main street has been closed");
    expect_clear("there are 3 more cartels in this place");
    expect_clear("we drove 50 miles down the highway");
    expect_clear("in 2 different way.");
    /* a number that does not follow "at", "on", "is", ... in lower case
     * describes what follows; a preposition is no part of a name */
    expect_clear("we need 2 new road.");
    expect_clear("Those 5 old lane, officials said.");
    expect_clear("Residents saw 40 suspects near Elm Street.");
    expect_clear("Every place that the sole of your foot shall tread");
    /* a verse, a time or a part before the name */
    expect_clear(
        "Joshua 1:3 Every place that the sole of your foot shall tread");
    expect_clear("at 10:30 Main Street was closed");
}
END_TEST

START_TEST(spanish_addresses_are_held)
{
    expect_held("Calle Hidalgo 214, Colonia Centro", "Calle Hidalgo 214");
    expect_held("vive en calle 5 de Mayo 33", "calle 5 de Mayo 33");
    expect_held("Av. Insurgentes Sur 1602", "Av. Insurgentes Sur 1602");
    expect_held("privada de los Pinos #12", "privada de los Pinos #12");
    expect_held("col. Roma, calle Durango 120", "calle Durango 120");
    expect_held("Calle Juárez No. 45", "Calle Juárez No. 45");
    expect_held("vive en Priv. Los Olivos 22 col. San Manuel",
                "Priv. Los Olivos 22");
    expect_held("Calle Ávila Camacho 300 interior 4",
                "Calle Ávila Camacho 300");
    expect_held("Calle 10 No. 123", "Calle 10 No. 123");
    expect_held("Calle Francisco I. Madero N° 45, Culiacán",
                "Calle Francisco I. Madero N° 45");
    /* in lower case: marked, or at the end of the phrase */
    expect_held("vive en calle hidalgo 45", "calle hidalgo 45");
    expect_held("calle benito juarez numero 45 y ahi vive",
                "calle benito juarez numero 45");
    expect_held("calle morelos 12 col centro", "calle morelos 12");
    expect_held("en la avenida juarez #300 lo esperan", "avenida juarez #300");
    /* the name introduced, or the number after a comma */
    expect_held("la calle se llama Juárez 45", "calle se llama Juárez 45");
    expect_held("una calle llamada Morelos 12, ahí",
                "calle llamada Morelos 12");
    expect_held("vive en el fraccionamiento Las Palmas, casa 14",
                "fraccionamiento Las Palmas, casa 14");
    expect_held("la calle Morelos, número 12", "calle Morelos, número 12");
    /* a flat's number after a name and a house number, no street word */
    expect_held("está en Insurgentes Sur 1500 depto 4",
                "Insurgentes Sur 1500 depto 4");
    expect_held("vive en Reforma 222, interior 3", "Reforma 222, interior 3");
}
END_TEST

/* The number after the street's name ("Oak Avenue, number 12"). */
START_TEST(english_numbers_after_the_street_are_held)
{
    expect_held("She lives on Oak Avenue, number 12", "Oak Avenue, number 12");
    expect_held("find him on Elm St. #4", "Elm St. #4");
    expect_held("Maple Street, apt 5, ring twice", "Maple Street, apt 5");
    expect_clear("Wall Street, no. 1 in greed");
    expect_clear("the Supreme Court, No. 22 on the docket");
    expect_clear("Oak Avenue was closed for 3 hours");
    expect_clear("the street, number 12 on the list");
}
END_TEST

START_TEST(spanish_sentences_about_a_street_are_not_addresses)
{
    /* a verb, a preposition or an article where a name would be */
    expect_clear("En la colonia Doctores hubo 3 muertos anoche");
    expect_clear("La calle asfaltada en 2019 ya está destruida");
    expect_clear("En la avenida principal mataron a 2 policías");
    expect_clear("en esa calle hubo 5 balaceras este año");
    expect_clear("la calle tiene 3 baches enormes");
    expect_clear("ya no hay niños en la calle después de las 7");
    /* a verb in the past where a name would be */
    expect_clear("en la calle dejaron 10, dice la fiscalía");
    expect_clear("Sobre la Avenida Juárez encontraron 40 y nadie hace nada");
    /* a count after the number */
    expect_clear("en la calle Juárez 3 muertos y nadie hace nada");
    expect_clear("Los vecinos de la Avenida Juárez 40 años pidiendo agua");
    expect_clear("Por la calle Hidalgo 10 jóvenes armados");
    /* in lower case, a number in the middle of the phrase */
    expect_clear("la calle principal 2 veces cerrada por la marcha");
    expect_clear("los de la calle nueva 20 vecinos firmaron");
    /* neighbourhoods and highways are no one's door */
    expect_clear("Los de la colonia llevan 20 años pidiendo agua");
    expect_clear("la carretera federal 57 está llena de retenes");
    /* a numbered street without a house number */
    expect_clear("cerraron la calle 5 de Mayo por la marcha");
    /* after a name introduced, or a comma: a count, a ranking, a phrase */
    expect_clear("la calle se llama así desde 1910");
    expect_clear("la calle se llama Juárez y tiene 45 baches");
    expect_clear("la calle Juárez, 3 muertos");
    expect_clear("en la calle Hidalgo, número 1 en inseguridad");
    expect_clear("en la colonia Doctores, casa 3 de seguridad");
    expect_clear("el Grupo Modelo 2 interior del país");
}
END_TEST

START_TEST(spanish_street_word_then_a_number_past_punctuation)
{
    expect_clear("vivo en la calle, tengo 3 hijos");
    expect_clear("vivo en la calle. Tengo 3 hijos");
    expect_clear("salimos a la avenida; somos 20 vecinos");
}
END_TEST

START_TEST(plates_after_a_plate_word_are_held)
{
    expect_held("placas ABC 1234", "ABC 1234");
    expect_held("placas ABC 123 D", "ABC 123 D");
    expect_held("placas abc-123-d", "abc-123-d");
    expect_held("plate ABC 1234", "ABC 1234");
    expect_held("placas ABC123D, una camioneta", "ABC123D");
    expect_held("the tag ABC1234 on his truck", "ABC1234");
    expect_held("his license tag abc1234", "abc1234");
    /* shapes with dashes need no plate word */
    expect_held("una camioneta ABC-123-D", "ABC-123-D");
}
END_TEST

START_TEST(tags_handles_and_words_are_not_plates)
{
    expect_clear("Tag your friends covid19 update");
    expect_clear("tag @maria2020 en la foto");
    expect_clear("las placas #mx2020 son nuevas");
    expect_clear("cambiaron las placas de 2020");
    expect_clear("placas 2020 son nuevas");
}
END_TEST

START_TEST(an_amount_in_thousands_after_a_street_is_no_house_number)
{
    expect_clear("They towed my car in front of my own house on Blvd Lopez "
                 "Mateos and wanted 6,800 pesos to give it back.");
    expect_clear("El corralón de la avenida Juárez y sus socios cobran 2,500 "
                 "pesos por sacar un carro.");
    expect_held("vive en la calle Morelos 15, casa azul", "calle Morelos 15");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc,
                   an_amount_in_thousands_after_a_street_is_no_house_number);
    tcase_add_test(tc, phones_are_held);
    tcase_add_test(tc, years_dates_and_amounts_are_not_phones);
    tcase_add_test(tc, day_first_dates_are_not_phones);
    tcase_add_test(tc, a_phone_at_the_end_of_a_long_run_is_held);
    tcase_add_test(tc, phones_with_unicode_spaces_and_digits_are_held);
    tcase_add_test(tc, english_addresses_are_held);
    tcase_add_test(tc, english_phrases_are_not_addresses);
    tcase_add_test(tc, lower_case_english_addresses_are_held);
    tcase_add_test(tc, addresses_with_a_city_or_a_common_word_are_held);
    tcase_add_test(tc, title_case_headlines_are_not_addresses);
    tcase_add_test(tc, saint_and_doctor_are_not_street_suffixes);
    tcase_add_test(tc, english_numbers_after_the_street_are_held);
    tcase_add_test(tc, spanish_addresses_are_held);
    tcase_add_test(tc, spanish_sentences_about_a_street_are_not_addresses);
    tcase_add_test(tc, spanish_street_word_then_a_number_past_punctuation);
    tcase_add_test(tc, plates_after_a_plate_word_are_held);
    tcase_add_test(tc, tags_handles_and_words_are_not_plates);
    tcase_add_test(tc, public_lines_are_not_held);
    tcase_add_test(tc, mexican_personal_ids_are_held);
}

TEST_MAIN("screen_guard")
