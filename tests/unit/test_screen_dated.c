/*
 * test_screen_dated.c - reports dated in the past (src/screen/dated.c):
 * a comment that says when what it tells happened ("last night", "ayer",
 * "la semana pasada") and speaks to no one and of nothing to come is a
 * report, which the threat head may not hold; one that says "you", "te",
 * "will" or "va a", or dates nothing, is not.
 */
#include "screen/screen_int.h"
#include "testlib.h"

/* Whether text normalises to a comment screen_dated_report calls a
 * report. */
static bool dated(const char *text)
{
    struct screen_norm n;
    screen_norm_init(&n);
    ck_assert_int_eq(screen_normalize(&n, NULL, text, strlen(text)), 0);
    bool d = screen_dated_report(&n);
    screen_norm_release(&n);
    return d;
}

START_TEST(reports_dated_in_the_past)
{
    static const char *const reports[] = {
        "Someone shot the reporter outside his house last night.",
        "They found the councilman's car burned yesterday.",
        "The bodies appeared two days ago near the highway.",
        "Balearon al comandante anoche afuera de su casa.",
        "Ayer levantaron a dos taxistas en la colonia.",
        "La semana pasada quemaron el carro del periodista.",
        "Lo mataron el viernes pasado, que en paz descanse.",
        "Last Friday they killed another one.",
    };
    for (size_t i = 0; i < sizeof(reports) / sizeof(*reports); i++)
        ck_assert_msg(dated(reports[i]), "not dated: %s", reports[i]);
}
END_TEST

START_TEST(threats_and_undated_comments_are_not_reports)
{
    static const char *const others[] = {
        /* someone addressed */
        "Last night you were lucky, reporter.",
        "Ayer te salvaste, periodista.",
        "I saw your car yesterday outside your house.",
        /* something foretold */
        "Last week was a warning, next week they will come.",
        "La semana pasada fue advertencia, el otro va a ser en serio.",
        /* "pasado mañana" is the day after tomorrow */
        "Pasado mañana se acaba el plazo para el soplón.",
        /* no date at all */
        "Someone should shoot that reporter outside his house.",
        "Ese comandante amanece en una zanja.",
        "",
    };
    for (size_t i = 0; i < sizeof(others) / sizeof(*others); i++)
        ck_assert_msg(!dated(others[i]), "dated: %s", others[i]);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, reports_dated_in_the_past);
    tcase_add_test(tc, threats_and_undated_comments_are_not_reports);
}

TEST_MAIN("screen_dated")
