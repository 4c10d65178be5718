/*
 * test_i18n.c - the message catalogues, the choice of a language from
 * Accept-Language, and dates and times in each language.
 *
 * The keys of every catalogue are the same at compile time (the enum is
 * built from messages_en.def, the Spanish table from messages_es.def with
 * designated initialisers: a key only in Spanish does not compile). What
 * the compiler cannot see is checked here: no key missing or empty in a
 * translation, and the same format specifiers, in the same order, as in
 * English, since the texts are used as printf formats.
 */
#include "testlib.h"

#include <ctype.h>
#include <stdio.h>
#include <time.h>

#include "render/msg.h"
#include "render/page.h"

static const char *const key_names[MSG_COUNT] = {
#define MSG(key, text) [key] = #key,
#include "render/messages_en.def"
#undef MSG
};

/*
 * specifiers writes the conversions of a printf format ("%d", "%s",
 * "%%" skipped) into out as "ds", so two formats compare as strings.
 * Returns false if a conversion is one the catalogue must not use.
 */
static bool specifiers(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s; s++) {
        if (*s != '%')
            continue;
        s++;
        if (*s == '%')
            continue;
        if (*s != 'd' && *s != 's')
            return false; /* flags, widths, %n: none in our texts */
        if (n + 1 < cap)
            out[n++] = *s;
    }
    out[n] = '\0';
    return true;
}

START_TEST(every_key_in_every_language)
{
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        for (int id = 0; id < MSG_COUNT; id++) {
            const char *s = msg_get_in((enum msg_lang)l, (enum msg_id)id);
            ck_assert_msg(s != NULL && s[0] != '\0',
                          "%s is missing or empty in \"%s\"", key_names[id],
                          msg_lang_code((enum msg_lang)l));
        }
    }
}
END_TEST

START_TEST(format_specifiers_match)
{
    for (int id = 0; id < MSG_COUNT; id++) {
        char en[16], other[16];
        const char *s = msg_get_in(MSG_LANG_EN, (enum msg_id)id);
        ck_assert_msg(specifiers(s, en, sizeof(en)),
                      "%s: unexpected conversion in English", key_names[id]);
        for (int l = 1; l < MSG_LANG_COUNT; l++) {
            const char *t = msg_get_in((enum msg_lang)l, (enum msg_id)id);
            ck_assert_ptr_nonnull(t);
            ck_assert_msg(specifiers(t, other, sizeof(other)),
                          "%s: unexpected conversion in \"%s\"", key_names[id],
                          msg_lang_code((enum msg_lang)l));
            ck_assert_msg(strcmp(en, other) == 0,
                          "%s: \"%s\" has %%-conversions \"%s\", English "
                          "\"%s\"",
                          key_names[id], msg_lang_code((enum msg_lang)l), other,
                          en);
        }
    }
}
END_TEST

/*
 * A quotation in a text a reader or a moderator reads is in the
 * language's own marks: “...” in English, «...» in Spanish, never the
 * typewriter's "...". The JSON API's messages show JSON (Send {"body":
 * text}) and the values to type ("1d"), so they keep the plain ones.
 */
START_TEST(quotations_in_each_languages_marks)
{
    static const char *const marks[MSG_LANG_COUNT][2] = {
        [MSG_LANG_EN] = {"“", "«"}, [MSG_LANG_ES] = {"«", "“"}};
    int quoted[MSG_LANG_COUNT] = {0};
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        for (int id = 0; id < MSG_COUNT; id++) {
            const char *s = msg_get_in((enum msg_lang)l, (enum msg_id)id);
            if (strncmp(key_names[id], "MSG_API_", 8) == 0)
                continue;
            ck_assert_msg(!strchr(s, '"'), "%s in \"%s\" quotes with \"",
                          key_names[id], msg_lang_code((enum msg_lang)l));
            ck_assert_msg(!strstr(s, marks[l][1]),
                          "%s in \"%s\" quotes with the other language's "
                          "marks",
                          key_names[id], msg_lang_code((enum msg_lang)l));
            quoted[l] += strstr(s, marks[l][0]) != NULL;
        }
    }
    /* the texts that quote (the delete page's hint, /me's erase text) */
    for (int l = 0; l < MSG_LANG_COUNT; l++)
        ck_assert_int_ge(quoted[l], 3);
    ck_assert_ptr_nonnull(strstr(msg_get_in(MSG_LANG_ES, MSG_DELETE_HINT),
                                 "«Borrado por su autor»"));
    ck_assert_ptr_nonnull(strstr(msg_get_in(MSG_LANG_EN, MSG_DELETE_HINT),
                                 "“Deleted by its author”"));
}
END_TEST

/* digits_grouped: s writes a number grouped by sep every three digits
 * ("5,000"). */
static bool digits_grouped(const char *s, char sep)
{
    for (const char *p = s; *p; p++) {
        if (*p != sep || p == s || !isdigit((unsigned char)p[-1]))
            continue;
        if (isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
            isdigit((unsigned char)p[3]) && !isdigit((unsigned char)p[4]))
            return true;
    }
    return false;
}

/*
 * Spanish writes a number of four digits as it is, 5000, and a longer one
 * with spaces or points, never with the English comma ("5,000"), which
 * reads as a decimal comma there.
 */
START_TEST(spanish_numbers_without_english_commas)
{
    for (int id = 0; id < MSG_COUNT; id++) {
        const char *s = msg_get_in(MSG_LANG_ES, (enum msg_id)id);
        ck_assert_msg(!digits_grouped(s, ','), "%s in \"es\": %s",
                      key_names[id], s);
    }
    ck_assert_ptr_nonnull(
        strstr(msg_get_in(MSG_LANG_ES, MSG_POST_TOO_LONG), "5000"));
    ck_assert_ptr_nonnull(
        strstr(msg_get_in(MSG_LANG_ES, MSG_ADM_SCR_ERR_TRY), "5000"));
}
END_TEST

START_TEST(lang_keys_name_themselves)
{
    for (int l = 0; l < MSG_LANG_COUNT; l++)
        ck_assert_str_eq(msg_get_in((enum msg_lang)l, MSG_LANG),
                         msg_lang_code((enum msg_lang)l));
}
END_TEST

START_TEST(msg_get_follows_the_thread_language)
{
    msg_set_lang(MSG_LANG_ES);
    ck_assert_int_eq(msg_lang(), MSG_LANG_ES);
    ck_assert_str_eq(msg_get(MSG_REPLY), "Responder");
    ck_assert_str_eq(msg_get(MSG_ANON_IMPORTED), "Anónimo");
    ck_assert_str_eq(msg_get(MSG_REPORT), "Reportar");
    msg_set_lang(MSG_LANG_EN);
    ck_assert_str_eq(msg_get(MSG_REPLY), "Reply");
    msg_set_lang((enum msg_lang)42); /* out of range: English */
    ck_assert_int_eq(msg_lang(), MSG_LANG_EN);
    ck_assert_str_eq(msg_get((enum msg_id)MSG_COUNT), "");
}
END_TEST

START_TEST(reasons_translated)
{
    static const char *const es[][2] = {
        {"insult", "insulto"},
        {"hate", "odio"},
        {"threat", "amenaza"},
        {"doxxing", "exposición de datos personales"},
        {"spam", "spam"},
        {"off-topic", "fuera de tema"},
        {"other", "otro"},
        {"rude to Kathi", "rude to Kathi"}, /* typed: shown as typed */
        {"Threat", "Threat"},
    };
    msg_set_lang(MSG_LANG_ES);
    for (size_t i = 0; i < sizeof(es) / sizeof(es[0]); i++)
        ck_assert_str_eq(msg_reason(es[i][0]), es[i][1]);
    msg_set_lang(MSG_LANG_EN);
    ck_assert_str_eq(msg_reason("threat"), "threat");
    ck_assert_str_eq(msg_reason(NULL), "");
}
END_TEST

START_TEST(accept_language_table)
{
    static const struct {
        const char *header;
        int want; /* -1: none, the site default */
    } rows[] = {
        {"es-MX,es;q=0.9,en;q=0.8", MSG_LANG_ES},
        {"en-US", MSG_LANG_EN},
        {"en-US,en;q=0.9", MSG_LANG_EN},
        {"es", MSG_LANG_ES},
        {"ES-mx", MSG_LANG_ES},
        {"fr", -1},
        {"fr-CA,fr;q=0.9", -1},
        {"", -1},
        {"*", -1},
        {"de, es;q=0.2", MSG_LANG_ES},
        {"en;q=0.5, es;q=0.8", MSG_LANG_ES},
        {"es;q=0.5, en;q=0.8", MSG_LANG_EN},
        {"en, es", MSG_LANG_EN}, /* a tie: the first named */
        {"es, en", MSG_LANG_ES},
        {"es;q=0, en;q=0.1", MSG_LANG_EN}, /* q=0: "not this one" */
        {"es;q=0", -1},
        {"es;q=0.000", -1},
        {"es;q=1.0", MSG_LANG_ES},
        {"es ; q=0.7 , en ; q=0.6", MSG_LANG_ES},
        {"en;q=2, es;q=0.1", MSG_LANG_ES},      /* a q above 1 is broken */
        {"en;q=abc, es;q=0.1", MSG_LANG_ES},    /* so is a word */
        {"en;q=0.1234, es;q=0.1", MSG_LANG_ES}, /* and 4 decimals */
        {"es-419;q=0.4, en-GB;q=0.3", MSG_LANG_ES},
        {"english", -1}, /* a subtag, not "en" */
        {"e", -1},
        {"es-", -1},
        {"<es>", -1},
        {",,,es", MSG_LANG_ES},
        {"es_MX", -1}, /* not a language range */
        {"en;level=1;q=0.2, es;q=0.1", MSG_LANG_EN},
        {"es-MX;q=0.1, es;q=0.9, en;q=0.5", MSG_LANG_ES},
    };
    ck_assert_int_eq(msg_lang_accept(NULL), -1);
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
        ck_assert_msg(msg_lang_accept(rows[i].header) == rows[i].want,
                      "\"%s\": got %d, want %d", rows[i].header,
                      msg_lang_accept(rows[i].header), rows[i].want);
    /* a huge header is not read at all */
    static char huge[4096];
    memset(huge, ' ', sizeof(huge) - 3);
    memcpy(huge + sizeof(huge) - 3, "es", 3);
    ck_assert_int_eq(msg_lang_accept(huge), -1);
}
END_TEST

START_TEST(lang_parse)
{
    ck_assert_int_eq(msg_lang_parse("es", 2), MSG_LANG_ES);
    ck_assert_int_eq(msg_lang_parse("es-MX", 5), MSG_LANG_ES);
    ck_assert_int_eq(msg_lang_parse("EN", 2), MSG_LANG_EN);
    ck_assert_int_eq(msg_lang_parse("fr", 2), -1);
    ck_assert_int_eq(msg_lang_parse("", 0), -1);
    ck_assert_int_eq(msg_lang_parse(NULL, 0), -1);
}
END_TEST

static char *render_date_time(enum msg_lang lang, int hour, int min)
{
    struct tm tm = {.tm_year = 2021 - 1900,
                    .tm_mon = 6,
                    .tm_mday = 16,
                    .tm_hour = hour,
                    .tm_min = min};
    struct buf b;
    buf_init(&b, 1024);
    msg_set_lang(lang);
    page_date(&b, &tm);
    buf_adds(&b, " | ");
    page_time(&b, &tm);
    msg_set_lang(MSG_LANG_EN);
    return buf_detach(&b, NULL);
}

START_TEST(dates_and_times)
{
    static const struct {
        enum msg_lang lang;
        int hour, min;
        const char *want;
    } rows[] = {
        {MSG_LANG_EN, 11, 15, "July 16, 2021 | 11:15 AM"},
        {MSG_LANG_EN, 12, 36, "July 16, 2021 | 12:36 PM"},
        {MSG_LANG_EN, 0, 5, "July 16, 2021 | 12:05 AM"},
        {MSG_LANG_EN, 17, 29, "July 16, 2021 | 5:29 PM"},
        {MSG_LANG_ES, 12, 36, "16 de julio de 2021 | 12:36"},
        {MSG_LANG_ES, 17, 29, "16 de julio de 2021 | 17:29"},
        {MSG_LANG_ES, 0, 5, "16 de julio de 2021 | 0:05"},
        {MSG_LANG_ES, 9, 7, "16 de julio de 2021 | 9:07"},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        char *s = render_date_time(rows[i].lang, rows[i].hour, rows[i].min);
        ck_assert_str_eq(s, rows[i].want);
        free(s);
    }
    /* every month has a name in Spanish */
    static const char *const months[12] = {
        "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
        "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    msg_set_lang(MSG_LANG_ES);
    for (int m = 0; m < 12; m++) {
        struct tm tm = {.tm_year = 120, .tm_mon = m, .tm_mday = 1};
        struct buf b;
        buf_init(&b, 256);
        page_date(&b, &tm);
        char want[64];
        snprintf(want, sizeof(want), "1 de %s de 2020", months[m]);
        ck_assert_str_eq(b.data, want);
        buf_release(&b);
    }
    msg_set_lang(MSG_LANG_EN);
}
END_TEST

START_TEST(back_path)
{
    msg_set_back_path("/2021/07/x.html");
    ck_assert_str_eq(msg_back_path(), "/2021/07/x.html");
    msg_set_back_path(NULL);
    ck_assert_str_eq(msg_back_path(), "/");
    msg_set_back_path("relative");
    ck_assert_str_eq(msg_back_path(), "/");
    static char longp[1024];
    memset(longp, 'a', sizeof(longp) - 1);
    longp[0] = '/';
    msg_set_back_path(longp);
    ck_assert_str_eq(msg_back_path(), "/");
}
END_TEST

START_TEST(footer_switch)
{
    struct buf b;
    buf_init(&b, 4096);
    msg_set_lang(MSG_LANG_EN);
    msg_set_back_path("/a b?c");
    page_end(&b);
    ck_assert_contains(b.data, "href=\"/lang/es?back&#61;%2Fa%20b%3Fc\"");
    ck_assert_contains(b.data, ">Español</a>");
    ck_assert_not_contains(b.data, "/a b");
    buf_reset(&b);
    msg_set_lang(MSG_LANG_ES);
    page_end(&b);
    ck_assert_contains(b.data, "href=\"/lang/en?back&#61;");
    ck_assert_contains(b.data, ">English</a>");
    buf_release(&b);
    msg_set_lang(MSG_LANG_EN);
    msg_set_back_path(NULL);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, every_key_in_every_language);
    tcase_add_test(tc, format_specifiers_match);
    tcase_add_test(tc, quotations_in_each_languages_marks);
    tcase_add_test(tc, spanish_numbers_without_english_commas);
    tcase_add_test(tc, lang_keys_name_themselves);
    tcase_add_test(tc, msg_get_follows_the_thread_language);
    tcase_add_test(tc, reasons_translated);
    tcase_add_test(tc, accept_language_table);
    tcase_add_test(tc, lang_parse);
    tcase_add_test(tc, dates_and_times);
    tcase_add_test(tc, back_path);
    tcase_add_test(tc, footer_switch);
}

TEST_MAIN("i18n")
