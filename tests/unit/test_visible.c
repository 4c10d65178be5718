/*
 * test_visible.c - a text of only invisible characters shows nothing, and
 * a name's length is what a reader sees (grapheme clusters).
 */
#include "testlib.h"

#include "core/post.h"
#include "core/visible.h"

static bool shows(const char *s)
{
    return visible_has_text(s, strlen(s));
}

START_TEST(invisible_texts)
{
    ck_assert(!shows(""));
    ck_assert(!shows(" \t\r\n"));
    ck_assert(!shows("\xe2\x80\x8b\xe2\x80\x8b")); /* U+200B twice */
    ck_assert(!shows("\xe2\x81\xa0"));             /* U+2060 */
    ck_assert(!shows("\xef\xbb\xbf"));             /* U+FEFF */
    ck_assert(!shows("\xcc\x81\xcc\x81"));         /* U+0301 alone */
    ck_assert(!shows("\xe2\x80\x8d\xe2\x80\x8f")); /* ZWJ, RLM */
    ck_assert(!shows("\xc2\xa0\xe3\x80\x80"));     /* NBSP, ideographic */
    ck_assert(!shows("\xe3\x85\xa4"));             /* U+3164 Hangul filler */
    ck_assert(!shows("\xe2\xa0\x80"));             /* U+2800 braille blank */
    ck_assert(!shows("\xef\xb8\x8f"));             /* a variation selector */
    ck_assert(!shows("\xc2\xad"));                 /* soft hyphen */
}
END_TEST

START_TEST(visible_texts)
{
    ck_assert(shows("a"));
    ck_assert(shows("\xe2\x80\x8b"
                    "a\xe2\x80\x8b"));
    ck_assert(shows("e\xcc\x81"));
    ck_assert(shows("\xf0\x9f\x87\xb2\xf0\x9f\x87\xbd")); /* a flag */
    ck_assert(shows("."));
    ck_assert(shows("\xe4\xbd\xa0")); /* a Han character */
}
END_TEST

START_TEST(characters_as_seen)
{
    ck_assert_uint_eq(visible_char_count("", 0), 0);
    ck_assert_uint_eq(visible_char_count("abc", 3), 3);
    ck_assert_uint_eq(visible_char_count("e\xcc\x81", 3), 1);
    /* a flag is two code points, one character */
    ck_assert_uint_eq(visible_char_count("\xf0\x9f\x87\xb2\xf0\x9f\x87\xbd", 8),
                      1);
    /* a family joined by ZWJs */
    const char *family = "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
    ck_assert_uint_eq(visible_char_count(family, strlen(family)), 1);
    ck_assert_uint_eq(visible_char_count("a\xff"
                                         "b",
                                         3),
                      3);
}
END_TEST

START_TEST(name_length_is_what_shows)
{
    /* 30 "é" typed as e + U+0301: 60 code points, 30 characters */
    char name[30 * 3 + 1];
    for (int i = 0; i < 30; i++)
        memcpy(name + 3 * i, "e\xcc\x81", 3);
    name[90] = '\0';
    ck_assert(post_check_name(name, 90));
    /* 41 of them are too many characters */
    char longer[41 * 3 + 1];
    for (int i = 0; i < 41; i++)
        memcpy(longer + 3 * i, "e\xcc\x81", 3);
    ck_assert(!post_check_name(longer, 41 * 3));
    /* one letter under a heap of marks is one character, but too many
       bytes */
    char heavy[1 + 80 * 2];
    heavy[0] = 'a';
    for (int i = 0; i < 80; i++)
        memcpy(heavy + 1 + 2 * i, "\xcc\x81", 2);
    ck_assert_uint_eq(visible_char_count(heavy, sizeof(heavy)), 1);
    ck_assert(!post_check_name(heavy, sizeof(heavy)));
    ck_assert(post_check_name(heavy, POST_NAME_MAX_BYTES - 1));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, invisible_texts);
    tcase_add_test(tc, visible_texts);
    tcase_add_test(tc, characters_as_seen);
    tcase_add_test(tc, name_length_is_what_shows);
}

TEST_MAIN("visible")
