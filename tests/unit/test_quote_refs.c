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
    /* (The blank lines are the next test's.) */
    ck_assert_str_eq(
        escaped("a\n> >>1.3\n- >>2\n1. >>3\n4) >>4", COMMENT_FLAGS),
        "a\n>\n> \\>>1.3\n- \\>>2\n1. \\>>3\n4) \\>>4");
    ck_assert_str_eq(escaped("x\r\n>>1.3\r>>2", COMMENT_FLAGS),
                     "x\r\n\r\n\\>>1.3\r\r\\>>2");
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

/*
 * An escaped line is text, and text right after a paragraph line would
 * continue that paragraph, even one inside a quote or a list item the
 * line's own markers do not continue. A blank line with the line's own
 * quote markers ends the paragraph first. Before, none was added and the
 * reference joined the paragraph above it.
 */
START_TEST(a_reference_line_ends_the_paragraph_before_it)
{
    /* Out of the quote above. */
    ck_assert_str_eq(escaped("> quoted\n>>1.3 reply", COMMENT_FLAGS),
                     "> quoted\n\n\\>>1.3 reply");
    /* Out of the inner quote, into the outer one. */
    ck_assert_str_eq(escaped("> > deep\n> >>1.3 reply", COMMENT_FLAGS),
                     "> > deep\n>\n> \\>>1.3 reply");
    /* Out of the list item, or in it as a paragraph of its own. */
    ck_assert_str_eq(escaped("- item\n>>1.3 reply", COMMENT_FLAGS),
                     "- item\n\n\\>>1.3 reply");
    ck_assert_str_eq(escaped("- item\n  >>1.3 reply", COMMENT_FLAGS),
                     "- item\n\n  \\>>1.3 reply");
    /* At the top level: a paragraph of its own, also after another
       reference line. */
    ck_assert_str_eq(escaped("text\n>>1.3 reply", COMMENT_FLAGS),
                     "text\n\n\\>>1.3 reply");
    ck_assert_str_eq(escaped(">>1 a\n>>2 b", COMMENT_FLAGS),
                     "\\>>1 a\n\n\\>>2 b");
    /* The blank line ends as the line above it does. */
    ck_assert_str_eq(escaped("> > deep\r\n> >>1.3", COMMENT_FLAGS),
                     "> > deep\r\n>\r\n> \\>>1.3");
    ck_assert_str_eq(escaped("x\r>>1.3", COMMENT_FLAGS), "x\r\r\\>>1.3");
}
END_TEST

/* Where there is no paragraph to end, or a blank line would change more
   than that, none is added. */
START_TEST(no_blank_line_where_none_is_needed)
{
    /* First line, after a blank line (also one ended by CRLF). */
    ck_assert_str_eq(escaped(">>1\n\n>>2", COMMENT_FLAGS), "\\>>1\n\n\\>>2");
    ck_assert_str_eq(escaped("a\r\n\r\n>>2", COMMENT_FLAGS), "a\r\n\r\n\\>>2");
    /* A list marker starts an item: it already ends the paragraph, and
       a blank line would add an empty item or loosen the list. */
    ck_assert_str_eq(escaped("- a\n- >>1\n1. >>2", COMMENT_FLAGS),
                     "- a\n- \\>>1\n1. \\>>2");
    /* After code: the blank line would be code, shown. */
    ck_assert_str_eq(escaped("- ```\n  x\n>>1", COMMENT_FLAGS),
                     "- ```\n  x\n\\>>1");
    /* After a line with no text (a fence, a rule, a lone ">"): no
       paragraph to end; in a list item the blank line would loosen it. */
    ck_assert_str_eq(escaped("- ```\n  x\n  ```\n  >>1", COMMENT_FLAGS),
                     "- ```\n  x\n  ```\n  \\>>1");
    ck_assert_str_eq(escaped("***\n>>1\n>\n>>2", COMMENT_FLAGS),
                     "***\n\\>>1\n>\n\\>>2");
    /* Where ">>" was text already, the line goes on the paragraph as
       typed: in an article, indented four spaces it cannot open a
       quote, and a blank line would make it code. */
    ck_assert_str_eq(escaped("a\n    > >>1", ARTICLE_FLAGS), "a\n    > \\>>1");
}
END_TEST

/* The renderer's buffer for the copy holds twice the input: lines with
   the most added per byte stay within it. */
START_TEST(the_copy_at_most_doubles)
{
    static const char *const lines[] = {">>1\r\n", ">>>1\r\n", "> >>1\r\n",
                                        ">>1\r"};
    struct buf md;
    for (size_t k = 0; k < sizeof(lines) / sizeof(lines[0]); k++) {
        buf_init(&md, 1 << 20);
        buf_add(&md, "x\n", 2);
        for (int n = 0; n < 1000; n++)
            buf_add(&md, lines[k], strlen(lines[k]));
        escaped(md.data, COMMENT_FLAGS);
        ck_assert_uint_gt(out.len, md.len);
        ck_assert_uint_le(out.len, 2 * md.len);
        buf_release(&md);
    }
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, where_the_backslash_goes);
    tcase_add_test(tc, code_is_left_alone);
    tcase_add_test(tc, a_reference_line_ends_the_paragraph_before_it);
    tcase_add_test(tc, no_blank_line_where_none_is_needed);
    tcase_add_test(tc, the_copy_at_most_doubles);
}

TEST_MAIN("quote_refs")
