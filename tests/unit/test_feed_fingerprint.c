/*
 * test_feed_fingerprint.c - the comments feed's fingerprint
 * (src/api/feed_fingerprint.c): the same for the same inputs, another for
 * a change of any one of them (a key, the keys' order, a setting, the
 * language), never negative, and not fooled by strings that run together.
 */
#include "testlib.h"
#include "fingerprint_check.h"

#include "api/feed_fingerprint.h"

static struct store_newest_key keys[3] = {
    {.comment_id = 30, .article_id = 2, .article_version = 7},
    {.comment_id = 29, .article_id = 1, .article_version = 4},
    {.comment_id = 12, .article_id = 2, .article_version = 7},
};

static struct feed_shown sample(struct store_newest_key *k)
{
    struct feed_shown in = {.keys = k,
                            .nkeys = 3,
                            .base_url = "https://noticias.example",
                            .authority = "noticias.example",
                            .site_title = "Noticias",
                            .site_id = "0123456789ab",
                            .lang = 0};
    return in;
}

START_TEST(the_same_inputs_give_the_same_number)
{
    struct store_newest_key copy[3];
    memcpy(copy, keys, sizeof(keys));
    struct feed_shown a = sample(keys), b = sample(copy);
    int64_t fa = feed_fingerprint(&a);
    ck_assert_int_eq(fa, feed_fingerprint(&b));
    ck_assert_int_ge(fa, 0);
    /* a fixed value, the same in every process and build: an ETag a feed
       reader holds still matches after a restart */
    ck_assert_int_eq(fa, INT64_C(4487701544206064245));
}
END_TEST

START_TEST(any_change_gives_another_number)
{
    struct store_newest_key k[3];
    memcpy(k, keys, sizeof(keys));
    struct feed_shown in = sample(k);
    int64_t base = feed_fingerprint(&in);
    int64_t seen[16];
    size_t n = 0;
    seen[n++] = base;
#define CHANGED(stmt, undo)                                                    \
    FINGERPRINT_CHANGED(feed_fingerprint(&in), seen, n, base, stmt, undo)
    /* a comment's thread changed (an edit, a removal of another one) */
    CHANGED(k[1].article_version++, k[1].article_version--);
    /* another comment among the newest (a new one, one removed) */
    CHANGED(k[2].comment_id = 13, k[2].comment_id = 12);
    CHANGED(in.nkeys = 2, in.nkeys = 3);
    CHANGED(k[0].article_id = 3, k[0].article_id = 2);
    /* the same comments in another order */
    struct store_newest_key t = k[0];
    CHANGED((k[0] = k[1], k[1] = t), (k[1] = k[0], k[0] = t));
    /* the settings and the language */
    CHANGED(in.base_url = "", in.base_url = "https://noticias.example");
    CHANGED(in.authority = "charla.invalid", in.authority = "noticias.example");
    CHANGED(in.site_title = "Otro", in.site_title = "Noticias");
    CHANGED(in.site_id = "ba9876543210", in.site_id = "0123456789ab");
    CHANGED(in.lang = 1, in.lang = 0);
    /* strings that would run together into the same bytes */
    CHANGED((in.base_url = "https://noticias.examplenoticias",
             in.authority = ".example"),
            (in.base_url = "https://noticias.example",
             in.authority = "noticias.example"));
#undef CHANGED
}
END_TEST

START_TEST(an_empty_feed_has_a_number_too)
{
    struct feed_shown in = sample(NULL);
    in.nkeys = 0;
    in.base_url = "";
    int64_t f = feed_fingerprint(&in);
    ck_assert_int_ge(f, 0);
    ck_assert_int_eq(f, feed_fingerprint(&in));
    in.lang = 1;
    ck_assert_int_ne(f, feed_fingerprint(&in));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_same_inputs_give_the_same_number);
    tcase_add_test(tc, any_change_gives_another_number);
    tcase_add_test(tc, an_empty_feed_has_a_number_too);
}

TEST_MAIN("feed_fingerprint")
