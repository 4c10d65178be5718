/*
 * test_page_article_post.c - the article as its page writes it
 * (page_article_post, which the editor's preview writes too): date or "not
 * yet published", byline, lead image; and the Atom feed of its comments,
 * named in the head and under the discussion of a published article only.
 */
#include "testlib.h"

#include "render/msg.h"
#include "render/page.h"

static const struct site site = {
    .title = "t", .timezone = "-06:00", .tz_fixed = 1, .tz_offset_s = -21600};

/* an article as the store gives one: published on 16 July 2021, 16:05 UTC
 * (10:05 in the site's -06:00), with a byline and a local lead image */
static struct article article(bool published)
{
    return (struct article){.id = 7,
                            .path = "/a.html",
                            .title = "Zerón <en> Israel",
                            .byline = "Redacción",
                            .published = published ? 1626451500 : 0,
                            .is_published = published,
                            .body = "Cuerpo *aquí*.",
                            .lead_image = "/media/lead.jpg",
                            .lead_caption = "Foto & pie",
                            .labels = "",
                            .source_id = "",
                            .external_url = ""};
}

/* page writes art's whole page (no comments) into b, NUL-terminated. */
static void page(struct buf *b, const struct article *art, struct arena *a)
{
    struct thread t;
    ck_assert_int_eq(thread_build(&t, &site, art, NULL, 0, a), 0);
    struct page_article_opts opts = {0};
    ck_assert_int_eq(page_article(b, &t, &opts, a), 0);
    buf_addc(b, '\0');
}

static const char feed_head[] =
    "<link rel=\"alternate\" type=\"application/atom+xml\" "
    "href=\"/feeds/articles/7/comments.atom\" title=\"Comments on this "
    "article\">";
static const char feed_visible[] =
    "<p class=\"feed\"><a href=\"/feeds/articles/7/comments.atom\" "
    "type=\"application/atom+xml\">Comments feed (Atom)</a></p>";

START_TEST(a_published_article_names_its_comments_feed)
{
    struct arena a;
    arena_init(&a, 1u << 20);
    struct buf b;
    buf_init(&b, 1u << 20);
    msg_set_lang(MSG_LANG_EN);
    struct article art = article(true);
    page(&b, &art, &a);
    const char *head_end = strstr(b.data, "</head>");
    const char *in_head = strstr(b.data, feed_head);
    ck_assert_ptr_nonnull(in_head);
    ck_assert_ptr_nonnull(head_end);
    ck_assert(in_head < head_end);
    /* the site's feed stays, before it */
    ck_assert_contains(b.data, "href=\"/feeds/articles.atom\">\n"
                               "<link rel=\"alternate\"");
    const char *discussion = strstr(b.data, "id=\"comments\"");
    const char *visible = strstr(b.data, feed_visible);
    ck_assert_ptr_nonnull(visible);
    ck_assert(visible > discussion);
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(a_draft_names_no_feed_of_its_comments)
{
    struct arena a;
    arena_init(&a, 1u << 20);
    struct buf b;
    buf_init(&b, 1u << 20);
    msg_set_lang(MSG_LANG_EN);
    struct article art = article(false);
    page(&b, &art, &a);
    ck_assert_not_contains(b.data, "/feeds/articles/7/");
    ck_assert_not_contains(b.data, "class=\"feed\"");
    ck_assert_contains(b.data, "href=\"/feeds/articles.atom\"");
    /* unpublished after being published: the date stays, the feed goes */
    buf_reset(&b);
    art.published = 1626451500;
    page(&b, &art, &a);
    ck_assert_not_contains(b.data, "/feeds/articles/7/");
    ck_assert_contains(b.data, "datetime=\"2021-07-16T16:05:00Z\"");
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(the_post_has_date_byline_and_lead_image)
{
    struct arena a;
    arena_init(&a, 1u << 20);
    struct buf b;
    buf_init(&b, 1u << 20);
    msg_set_lang(MSG_LANG_EN);
    struct article art = article(true);
    ck_assert_int_eq(page_article_post(&b, &site, &art, &a), 0);
    buf_addc(&b, '\0');
    ck_assert_contains(b.data, "<article class=\"post\">\n<h1>Zerón &lt;en&gt; "
                               "Israel</h1>\n<p class=\"meta\"><time "
                               "datetime=\"2021-07-16T16:05:00Z\">July 16, "
                               "2021</time>&nbsp;· By <span class=\"byline\">"
                               "Redacción</span></p>\n");
    ck_assert_contains(b.data, "<figure class=\"lead\"><img "
                               "src=\"/media/lead.jpg\" alt=\"Foto &amp; "
                               "pie\"><figcaption>Foto &amp; pie</figcaption>"
                               "</figure>\n");
    ck_assert_contains(b.data, "<em>aquí</em>");
    ck_assert_not_contains(b.data, "unpublished");

    /* the page holds that very element */
    struct buf whole;
    buf_init(&whole, 1u << 20);
    page(&whole, &art, &a);
    ck_assert_contains(whole.data, b.data);
    buf_release(&whole);
    buf_release(&b);
    arena_release(&a);
}
END_TEST

START_TEST(a_post_never_published_says_so_in_each_language)
{
    struct arena a;
    arena_init(&a, 1u << 20);
    struct buf b;
    buf_init(&b, 1u << 20);
    struct article art = article(false);
    static const struct {
        enum msg_lang lang;
        const char *says;
    } langs[] = {
        {MSG_LANG_EN, "<p class=\"meta\"><span class=\"unpublished\">Not yet "
                      "published</span>&nbsp;· By <span class=\"byline\">"},
        {MSG_LANG_ES, "<p class=\"meta\"><span class=\"unpublished\">Sin "
                      "publicar</span>&nbsp;· Por <span class=\"byline\">"},
    };
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        msg_set_lang(langs[i].lang);
        buf_reset(&b);
        ck_assert_int_eq(page_article_post(&b, &site, &art, &a), 0);
        buf_addc(&b, '\0');
        ck_assert_contains(b.data, langs[i].says);
        /* no date of 1970 */
        ck_assert_not_contains(b.data, "<time");
        ck_assert_not_contains(b.data, "1970");
    }
    msg_set_lang(MSG_LANG_EN);
    buf_release(&b);
    arena_release(&a);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, a_published_article_names_its_comments_feed);
    tcase_add_test(tc, a_draft_names_no_feed_of_its_comments);
    tcase_add_test(tc, the_post_has_date_byline_and_lead_image);
    tcase_add_test(tc, a_post_never_published_says_so_in_each_language);
}

TEST_MAIN("page_article_post")
