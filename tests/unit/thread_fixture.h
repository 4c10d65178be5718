/*
 * thread_fixture.h - the site, the article and the readers' fields that
 * the article page's unit tests build their threads with, so each test
 * states only what its comments are (numbers, status, text).
 */
#ifndef CHARLA_TESTS_THREAD_FIXTURE_H
#define CHARLA_TESTS_THREAD_FIXTURE_H

#include "render/page.h"
#include "testlib.h"

/*
 * fixture_thread gives each of the n comments a reader's empty fields
 * (an author hash, no name, handle, reason, source or screening unless
 * already set) and a posting time a second apart, then builds t over
 * them in one article of a UTC site.
 */
static void fixture_thread(struct thread *t, struct comment *cs, size_t n,
                           struct arena *a)
{
    static struct site site = {.title = "t", .timezone = "UTC", .tz_fixed = 1};
    static struct article art = {.id = 1,
                                 .path = "/a.html",
                                 .title = "A",
                                 .byline = "",
                                 .is_published = true,
                                 .body = "Body.",
                                 .lead_image = "",
                                 .lead_caption = "",
                                 .labels = "",
                                 .source_id = "",
                                 .external_url = ""};
    for (size_t i = 0; i < n; i++) {
        cs[i].author_kind = AUTHOR_READER;
        cs[i].author_hash = "ab";
        cs[i].author_name = "";
        cs[i].handle = "";
        cs[i].reason = "";
        cs[i].source_id = "";
        if (!cs[i].screen)
            cs[i].screen = "";
        cs[i].created = 1700000000 + (int64_t)i;
    }
    ck_assert_int_eq(thread_build(t, &site, &art, cs, n, a), 0);
}

#endif
