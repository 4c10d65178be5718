/*
 * test_article_print.c - the article editor's fingerprint
 * (src/core/article_print.c): the same for the same fields, another for a
 * change of any field the form edits, the same for what the form does not
 * show (version, comment count), and not fooled by text moved from one
 * field to the next.
 */
#include <string.h>

#include "testlib.h"

#include "core/article_print.h"

static struct article sample(void)
{
    struct article a = {.id = 4,
                        .path = "/2026/12/informe",
                        .title = "Informe",
                        .byline = "Staff",
                        .body = "Texto.",
                        .lead_image = "",
                        .lead_caption = "",
                        .labels = "mexico",
                        .discussion = 2,
                        .is_published = true,
                        .version = 9};
    return a;
}

static bool same(const struct article *a, const struct article *b)
{
    char pa[ARTICLE_PRINT_HEX + 1], pb[ARTICLE_PRINT_HEX + 1];
    article_print(a, pa);
    article_print(b, pb);
    ck_assert_uint_eq(strlen(pa), ARTICLE_PRINT_HEX);
    return strcmp(pa, pb) == 0;
}

START_TEST(what_the_form_does_not_show_leaves_it_alone)
{
    struct article a = sample(), b = sample();
    ck_assert(same(&a, &b));
    b.version = 50;
    b.comment_count = 12;
    b.published = 1700000000;
    ck_assert(same(&a, &b));
}
END_TEST

START_TEST(any_edited_field_changes_it)
{
    struct article a = sample(), b;
    const char **fields[] = {&b.path,       &b.title,        &b.byline, &b.body,
                             &b.lead_image, &b.lead_caption, &b.labels};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        b = sample();
        *fields[i] = "changed";
        ck_assert_msg(!same(&a, &b), "field %zu", i);
    }
    b = sample();
    b.discussion = 0;
    ck_assert(!same(&a, &b));
    b = sample();
    b.is_published = false;
    ck_assert(!same(&a, &b));
}
END_TEST

START_TEST(text_moved_between_fields_changes_it)
{
    struct article a = sample(), b = sample();
    a.title = "ab";
    a.byline = "c";
    b.title = "a";
    b.byline = "bc";
    ck_assert(!same(&a, &b));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, what_the_form_does_not_show_leaves_it_alone);
    tcase_add_test(tc, any_edited_field_changes_it);
    tcase_add_test(tc, text_moved_between_fields_changes_it);
}

TEST_MAIN("article_print")
