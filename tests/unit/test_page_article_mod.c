/*
 * test_page_article_mod.c - the article page as a moderator sees it and
 * as everyone else does: a held comment's text and the controls only on
 * the moderator's render, and where each finds a held comment.
 */
#include "testlib.h"

#include "thread_fixture.h"

static const char held_text[] = "Sabemos donde vive tu familia";
/* what screening stored for it: "donde vive" marked */
static const char held_screen[] =
    "{\"score\":0.91,\"category\":\"threat\",\"spans\":[{\"offset\":8,"
    "\"len\":10,\"text\":\"donde vive\",\"category\":\"threat\"}]}";

/* occurrences counts how often needle is in hay. */
static size_t occurrences(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

/* render writes the page of a three-comment thread (1 visible, 1.1 held,
 * 2 pending) into b, for a moderator when moderate. */
static void render(struct buf *b, bool moderate, struct arena *a)
{
    struct comment cs[3] = {
        {.id = 11, .number = "1", .status = COMMENT_VISIBLE, .body = "Fine."},
        {.id = 12,
         .parent_id = 11,
         .number = "1.1",
         .depth = 1,
         .status = COMMENT_HELD,
         .body = held_text},
        {.id = 13, .number = "2", .status = COMMENT_PENDING, .body = "Wait."},
    };
    cs[1].screen = held_screen;
    struct comment *copy = arena_alloc(a, sizeof(cs));
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, cs, sizeof(cs));
    struct thread t;
    fixture_thread(&t, copy, 3, a);
    struct page_article_opts opts = {.moderate = moderate,
                                     .csrf = moderate ? "c5rf" : NULL,
                                     .staff_name = moderate ? "Kathi" : NULL,
                                     .mod_notice =
                                         moderate ? "Removed." : NULL};
    ck_assert_int_eq(page_article(b, &t, &opts, a), 0);
    ck_assert_int_eq(page_of_comment(&t, "1.1"), -1);
    ck_assert_int_eq(page_of_comment_staff(&t, "1.1"), 1);
    ck_assert_int_eq(page_of_comment_staff(&t, "2"), 1);
    ck_assert_int_eq(page_of_comment_staff(&t, "9"), -1);
}

START_TEST(a_reader_sees_neither_held_text_nor_controls)
{
    struct arena a;
    arena_init(&a, 1u << 22);
    struct buf b;
    buf_init(&b, 1u << 20);
    render(&b, false, &a);
    ck_assert_not_contains(b.data, held_text);
    ck_assert_not_contains(b.data, "Wait.");
    ck_assert_not_contains(b.data, "/admin/");
    ck_assert_not_contains(b.data, "mod-tools");
    ck_assert_not_contains(b.data, "Removed.");
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(a_moderator_sees_held_comments_and_controls)
{
    struct arena a;
    arena_init(&a, 1u << 22);
    struct buf b;
    buf_init(&b, 1u << 20);
    render(&b, true, &a);
    ck_assert_contains(b.data, held_text);
    /* its text once, rendered; its marks as words beside the verdict */
    ck_assert_uint_eq(occurrences(b.data, "Sabemos"), 1);
    ck_assert_contains(b.data, "<p class=\"screen-words\">Marked words: "
                               "<mark>donde vive</mark></p>");
    ck_assert_contains(b.data, "Wait.");
    ck_assert_contains(b.data, "class=\"comment d1 held-staff\" id=\"c1.1\"");
    ck_assert_contains(b.data, "Held for review");
    ck_assert_contains(b.data, "Awaiting approval (pre-moderation)");
    ck_assert_contains(b.data, "action=\"/admin/queue/12/approve\"");
    ck_assert_contains(b.data, "action=\"/admin/queue/11/remove\"");
    ck_assert_contains(b.data, "action=\"/admin/queue/11/ban\"");
    ck_assert_not_contains(b.data, "action=\"/admin/queue/11/approve\"");
    ck_assert_contains(b.data, "name=\"back\" value=\"thread\"");
    ck_assert_contains(b.data, "name=\"csrf\" value=\"c5rf\"");
    ck_assert_contains(b.data, "href=\"/admin/log?id=12\"");
    ck_assert_contains(b.data, "role=\"status\">Removed.</p>");
    /* no reply or report link on a comment nobody else can see */
    ck_assert_not_contains(b.data, "/comments/12/report");
    buf_release(&b);
    arena_release(&a);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_reader_sees_neither_held_text_nor_controls);
    tcase_add_test(tc, a_moderator_sees_held_comments_and_controls);
}

TEST_MAIN("page_article_mod")
