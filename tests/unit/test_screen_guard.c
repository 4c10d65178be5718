/*
 * test_screen_guard.c - the doxxing guard (src/screen/guard.c) through
 * screen_check with no model: what it must hold (phone numbers, addresses,
 * plates, however written) and the ordinary news comments it must not
 * (years, dates, amounts, "drive home", "tag your friends").
 */
#include "testlib.h"

#include "screen/screen.h"

/* Assert that text is held as doxxing with a span over exactly the bytes
 * of span (its first occurrence in text). */
static void expect_held(const char *text, const char *span)
{
    struct screen_verdict v;
    ck_assert_int_eq(screen_check(NULL, NULL, text, strlen(text), &v), 0);
    ck_assert_msg(v.hold, "not held: \"%s\"", text);
    ck_assert_ptr_nonnull(v.category);
    ck_assert_str_eq(v.category, "doxxing");
    const char *at = strstr(text, span);
    ck_assert_ptr_nonnull(at);
    size_t off = (size_t)(at - text);
    int found = 0;
    for (size_t i = 0; i < v.nspans && !found; i++)
        found = v.spans[i].category == SCREEN_DOXXING &&
                v.spans[i].offset == off && v.spans[i].len == strlen(span);
    ck_assert_msg(found, "no span \"%s\" in \"%s\"", span, text);
}

static void expect_clear(const char *text)
{
    struct screen_verdict v;
    ck_assert_int_eq(screen_check(NULL, NULL, text, strlen(text), &v), 0);
    ck_assert_msg(!v.hold, "held: \"%s\"", text);
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
}
END_TEST

START_TEST(english_phrases_are_not_addresses)
{
    expect_clear("Give me 5 minutes to drive home.");
    expect_clear("I have 2 kids and no way to pay rent.");
    expect_clear("We finished 3 points off first place.");
    expect_clear("He got 10 years, court says.");
    expect_clear("I walked 3 blocks down the street");
}
END_TEST

START_TEST(spanish_addresses_are_held)
{
    expect_held("Calle Hidalgo 214, Colonia Centro", "Calle Hidalgo 214");
    expect_held("vive en calle 5 de Mayo 33", "calle 5");
    expect_held("Av. Insurgentes Sur 1602", "Av. Insurgentes Sur 1602");
    expect_held("privada de los Pinos #12", "privada de los Pinos #12");
    expect_held("col. Roma, calle Durango 120", "calle Durango 120");
    expect_held("Calle Juárez No. 45", "Calle Juárez No. 45");
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

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, phones_are_held);
    tcase_add_test(tc, years_dates_and_amounts_are_not_phones);
    tcase_add_test(tc, phones_with_unicode_spaces_and_digits_are_held);
    tcase_add_test(tc, english_addresses_are_held);
    tcase_add_test(tc, english_phrases_are_not_addresses);
    tcase_add_test(tc, spanish_addresses_are_held);
    tcase_add_test(tc, spanish_street_word_then_a_number_past_punctuation);
    tcase_add_test(tc, plates_after_a_plate_word_are_held);
    tcase_add_test(tc, tags_handles_and_words_are_not_plates);
}

TEST_MAIN("screen_guard")
