/*
 * test_embed_path.c - which URL paths the embed refuses for dot segments
 * (src/api/embed_path.c), written plainly and percent-encoded.
 */
#include <string.h>

#include "api/embed_path.h"
#include "testlib.h"

static bool dotted(const char *rest)
{
    return embed_path_has_dot_segment(rest, strlen(rest));
}

START_TEST(test_dot_segments_found)
{
    const char *bad[] = {"/..",           "/../../admin/queue",
                         "/a/./b",        "/a/.",
                         "/%2e%2e/admin", "/%2E/x",
                         "/.%2e/x",       "/%2e./x",
                         "/a/..?x=1",     "/a?../admin",
                         "/a/b/..",       "/./"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(dotted(bad[i]), "%s has a dot segment", bad[i]);
}
END_TEST

START_TEST(test_ordinary_paths_pass)
{
    const char *good[] = {"",
                          "/",
                          "/2024/05/a-post.html",
                          "/a.../b",
                          "/...",
                          "/.well-known/x",
                          "/a..b",
                          "/%2e%2e%2e",
                          "/x.%2ehtml",
                          "/p?a=..&b=.",
                          "/p?q=1",
                          "/%2",
                          "/%2f..x"};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        ck_assert_msg(!dotted(good[i]), "%s has no dot segment", good[i]);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, test_dot_segments_found);
    tcase_add_test(tc, test_ordinary_paths_pass);
}

TEST_MAIN("embed_path")
