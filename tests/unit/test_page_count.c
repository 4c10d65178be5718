/*
 * test_page_count.c - how the article page cuts a thread into pages of
 * top-level comments: over what the reader sees (a comment awaiting
 * review counts only where its place shows), over everything for a
 * moderator, and the same cut in page_count, page_of_comment and the
 * page rendered.
 */
#include "testlib.h"

#include "thread_fixture.h"

/* Top-level comments of the thread built below. */
#define ROOTS 120

/*
 * build makes a thread of ROOTS top-level comments: 1..40 published,
 * 41..100 awaiting pre-moderation, 101..120 published but 110, held with
 * a published reply 110.1 under it (its place shows to readers).
 */
static void build(struct thread *t, struct arena *a)
{
    size_t n = ROOTS + 1;
    struct comment *cs = arena_alloc(a, n * sizeof(*cs));
    ck_assert_ptr_nonnull(cs);
    memset(cs, 0, n * sizeof(*cs));
    size_t k = 0;
    for (int r = 1; r <= ROOTS; r++) {
        struct comment *c = &cs[k++];
        c->id = r;
        snprintf(c->number, sizeof(c->number), "%d", r);
        c->body = arena_sprintf(a, "Root %d.", r);
        c->status = r > 40 && r <= 100 ? COMMENT_PENDING
                    : r == 110         ? COMMENT_HELD
                                       : COMMENT_VISIBLE;
        if (r == 110) {
            struct comment *reply = &cs[k++];
            reply->id = 1000;
            reply->parent_id = 110;
            reply->depth = 1;
            snprintf(reply->number, sizeof(reply->number), "110.1");
            reply->body = "A reply.";
            reply->status = COMMENT_VISIBLE;
        }
    }
    ck_assert_uint_eq(k, n);
    fixture_thread(t, cs, n, a);
}

START_TEST(a_readers_pages_leave_out_what_awaits_review)
{
    struct arena a;
    arena_init(&a, 1u << 22);
    struct thread t;
    build(&t, &a);
    /* 40 + 20 places (110's included): two pages, not three */
    ck_assert_int_eq(page_count(&t, false), 2);
    ck_assert_int_eq(page_of_comment(&t, "40"), 1);
    ck_assert_int_eq(page_of_comment(&t, "101"), 1);
    ck_assert_int_eq(page_of_comment(&t, "110.1"), 1);
    ck_assert_int_eq(page_of_comment(&t, "111"), 2);
    ck_assert_int_eq(page_of_comment(&t, "120"), 2);
    ck_assert_int_eq(page_of_comment(&t, "41"), -1);

    struct buf b;
    buf_init(&b, 1u << 22);
    struct page_article_opts opts = {.page = 1};
    ck_assert_int_eq(page_article(&b, &t, &opts, &a), 0);
    ck_assert_contains(b.data, "id=\"c40\"");
    ck_assert_contains(b.data, "id=\"c101\"");
    ck_assert_contains(b.data, "class=\"comment d0 gone held\" id=\"c110\"");
    ck_assert_not_contains(b.data, "id=\"c111\"");
    ck_assert_contains(b.data, "href=\"?page=2#comments\"");
    buf_reset(&b);
    opts.page = 2;
    ck_assert_int_eq(page_article(&b, &t, &opts, &a), 0);
    ck_assert_not_contains(b.data, "id=\"c110\"");
    ck_assert_contains(b.data, "id=\"c111\"");
    ck_assert_contains(b.data, "id=\"c120\"");
    ck_assert_contains(b.data, "href=\"?page=1#comments\"");
    ck_assert_contains(b.data, "aria-current=\"page\">Page 2<");
    ck_assert_not_contains(b.data, "?page=3");
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(a_moderators_pages_count_them_in_place)
{
    struct arena a;
    arena_init(&a, 1u << 22);
    struct thread t;
    build(&t, &a);
    ck_assert_int_eq(page_count(&t, true), 3);
    ck_assert_int_eq(page_of_comment_staff(&t, "41"), 1);
    ck_assert_int_eq(page_of_comment_staff(&t, "51"), 2);
    ck_assert_int_eq(page_of_comment_staff(&t, "110.1"), 3);

    struct buf b;
    buf_init(&b, 1u << 22);
    struct page_article_opts opts = {
        .page = 3, .moderate = true, .csrf = "c5rf", .staff_name = "Kathi"};
    ck_assert_int_eq(page_article(&b, &t, &opts, &a), 0);
    ck_assert_contains(b.data, "class=\"comment d0 held-staff\" id=\"c110\"");
    ck_assert_contains(b.data, "id=\"c101\"");
    ck_assert_not_contains(b.data, "id=\"c100\"");
    ck_assert_contains(b.data, "href=\"?page=2#comments\"");
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(an_empty_thread_has_one_page)
{
    struct thread t = {0};
    ck_assert_int_eq(page_count(&t, false), 1);
    ck_assert_int_eq(page_count(&t, true), 1);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_readers_pages_leave_out_what_awaits_review);
    tcase_add_test(tc, a_moderators_pages_count_them_in_place);
    tcase_add_test(tc, an_empty_thread_has_one_page);
}

TEST_MAIN("page_count")
