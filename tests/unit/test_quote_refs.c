/*
 * test_quote_refs.c - the source escaping of ">>1.3" at a line start
 * (src/render/quote_refs.c), byte for byte: where the backslash goes and
 * where code keeps it out. test_markdown.c checks the rendered results.
 */
#include "testlib.h"

#include <md4c.h>

#include "render/quote_refs.h"

#define COMMENT_FLAGS (MD_FLAG_NOHTML | MD_FLAG_NOINDENTEDCODEBLOCKS)
#define ARTICLE_FLAGS MD_FLAG_NOHTML

static struct buf out;

static const char *escaped(const char *md, unsigned flags)
{
    buf_release(&out);
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(quote_refs_escape(&out, md, strlen(md), flags), 0);
    ck_assert_int_eq(buf_failed(&out), 0);
    return out.data ? out.data : "";
}

START_TEST(where_the_backslash_goes)
{
    ck_assert_str_eq(escaped(">>1.3 no", COMMENT_FLAGS), "\\>>1.3 no");
    ck_assert_str_eq(
        escaped("a\n> >>1.3\n- >>2\n1. >>3\n4) >>4", COMMENT_FLAGS),
        "a\n> \\>>1.3\n- \\>>2\n1. \\>>3\n4) \\>>4");
    ck_assert_str_eq(escaped("x\r\n>>1.3\r>>2", COMMENT_FLAGS),
                     "x\r\n\\>>1.3\r\\>>2");
    /* Not a candidate: no digit, a digit elsewhere, ten digits. */
    ck_assert_str_eq(escaped(">> x\na >>1\n1234567890. >>1", COMMENT_FLAGS),
                     ">> x\na >>1\n1234567890. >>1");
    ck_assert_str_eq(escaped("", COMMENT_FLAGS), "");
}
END_TEST

START_TEST(code_is_left_alone)
{
    const char *fenced = "```\n>>1\n``\n>>2\n```\n>>3";
    ck_assert_str_eq(escaped(fenced, COMMENT_FLAGS),
                     "```\n>>1\n``\n>>2\n```\n\\>>3");
    ck_assert_str_eq(escaped("~~~\n>>1\n```\n>>2", COMMENT_FLAGS),
                     "~~~\n>>1\n```\n>>2");
    ck_assert_str_eq(escaped("> ~~~\n>>1\n> >>2", COMMENT_FLAGS),
                     "> ~~~\n>>1\n> >>2");
    /* Indented code exists in articles only. */
    ck_assert_str_eq(escaped("    >>1", ARTICLE_FLAGS), "    >>1");
    ck_assert_str_eq(escaped("    >>1", COMMENT_FLAGS), "    \\>>1");
    ck_assert_str_eq(escaped("`a\n2. >>1`", COMMENT_FLAGS), "`a\n2. >>1`");
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, where_the_backslash_goes);
    tcase_add_test(tc, code_is_left_alone);
}

TEST_MAIN("quote_refs")
