/*
 * test_form.c - the form decoder: escapes, and the line ends a browser
 * sends for a textarea (CRLF) coming out as the LF we store.
 */
#include "testlib.h"

#include "http/form.h"
#include "util/str.h"

START_TEST(crlf_and_cr_become_lf)
{
    struct arena a;
    struct form f;
    arena_init(&a, 1 << 20);
    const char *body = "body=uno%0D%0Ados%0D%0A%0D%0A%60%60%60%0Dfin&t=a+b";
    ck_assert_int_eq(form_parse(body, strlen(body), &a, &f), 0);
    const struct form_field *v = form_get(&f, "body");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v->value, "uno\ndos\n\n```\nfin");
    ck_assert_uint_eq(v->value_len, strlen("uno\ndos\n\n```\nfin"));
    ck_assert_str_eq(form_get(&f, "t")->value, "a b");
    arena_release(&a);
}
END_TEST

START_TEST(lf_lines_in_place)
{
    char s[] = "a\r\nb\rc\n\r\nd\r";
    size_t n = str_lf_lines(s, strlen(s));
    ck_assert_str_eq(s, "a\nb\nc\n\nd\n");
    ck_assert_uint_eq(n, strlen("a\nb\nc\n\nd\n"));
    char plain[] = "sin cambios\n";
    ck_assert_uint_eq(str_lf_lines(plain, strlen(plain)), strlen(plain));
    ck_assert_str_eq(plain, "sin cambios\n");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, crlf_and_cr_become_lf);
    tcase_add_test(tc, lf_lines_in_place);
}

TEST_MAIN("form")
