/*
 * test_cache.c - the page cache in src/api/cache.c: entries per version,
 * one render per change however many readers miss at once, readers
 * who may read the cached version while the next one renders, and the
 * feed's fingerprints, which are matched exactly.
 */
#include "testlib.h"

#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "api/cache.h"

START_TEST(entries_are_per_version)
{
    struct page_cache *c = cache_new(64, 0);
    ck_assert_ptr_null(cache_get(c, 7, CACHE_PAGE, 1));
    struct cache_entry *e = cache_put(c, 7, CACHE_PAGE, 1, "hola", 4);
    ck_assert_ptr_nonnull(e);
    cache_unref(e);
    e = cache_get(c, 7, CACHE_PAGE, 1);
    ck_assert_ptr_nonnull(e);
    ck_assert_uint_eq(e->len, 4);
    ck_assert_int_eq(memcmp(e->data, "hola", 4), 0);
    cache_unref(e);
    ck_assert_ptr_null(cache_get(c, 7, CACHE_PAGE, 2)); /* a newer version */
    ck_assert_ptr_null(cache_get(c, 7, CACHE_JSON, 1)); /* another kind */
    cache_free(c);
}
END_TEST

/* every kind has its own Spanish kind, and no two of them are the same:
 * a reader never gets another kind's or language's bytes (or ETag) */
START_TEST(each_kind_has_a_kind_per_language)
{
    int bases[] = {CACHE_PAGE, CACHE_JSON, CACHE_EMBED, CACHE_FEED};
    bool seen[CACHE_KINDS] = {false};
    for (size_t i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
        for (int lang = 0; lang < 2; lang++) {
            int kind = cache_kind_lang(bases[i], lang);
            ck_assert_int_ge(kind, 0);
            ck_assert_int_lt(kind, CACHE_KINDS);
            ck_assert(!seen[kind]);
            seen[kind] = true;
        }
        ck_assert_int_eq(cache_kind_lang(bases[i], 0), bases[i]);
    }
    ck_assert_int_eq(cache_kind_lang(CACHE_EMBED, 1), CACHE_EMBED_ES);
    ck_assert_int_eq(cache_kind_lang(CACHE_JSON, 1), CACHE_JSON_ES);
    ck_assert_int_eq(cache_kind_lang(CACHE_PAGE, 1), CACHE_PAGE_ES);
    ck_assert_int_eq(cache_kind_lang(CACHE_FEED, 1), CACHE_FEED_ES);
    for (int kind = 0; kind < CACHE_KINDS; kind++)
        ck_assert(seen[kind]); /* and every kind is one of those */
}
END_TEST

struct reader {
    struct page_cache *c;
    bool may_be_stale;
    struct cache_entry *got; /* what cache_get_or_claim returned */
};

static void *reader_main(void *arg)
{
    struct reader *r = arg;
    r->got = cache_get_or_claim(r->c, 3, CACHE_PAGE, 5, r->may_be_stale);
    return NULL;
}

static void pause_ms(int ms)
{
    struct timespec ts = {.tv_sec = 0, .tv_nsec = ms * 1000000L};
    nanosleep(&ts, NULL);
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Calls that must not wait for a render in flight take far less than one
 * wait (CLAIM_WAIT_MS, 2 s); whole seconds of time() could be two apart
 * after a mere 1.1 s on a busy machine, so the clock is the monotonic one
 * in milliseconds. */
#define NO_WAIT_MS 1900

struct feed_reader {
    struct page_cache *c;
    int64_t fingerprint;
    struct cache_entry *got;
};

static void *feed_reader_main(void *arg)
{
    struct feed_reader *r = arg;
    r->got = cache_get_or_claim(r->c, 0, CACHE_FEED, r->fingerprint, true);
    return NULL;
}

START_TEST(readers_wait_for_the_render_in_flight)
{
    enum { READERS = 8 };
    struct page_cache *c = cache_new(64, 0);
    /* the first reader claims the render */
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 5, false));
    pthread_t t[READERS];
    struct reader r[READERS];
    for (int i = 0; i < READERS; i++) {
        r[i] = (struct reader){.c = c};
        ck_assert_int_eq(pthread_create(&t[i], NULL, reader_main, &r[i]), 0);
    }
    pause_ms(50); /* they are waiting, not rendering */
    struct cache_entry *e = cache_put(c, 3, CACHE_PAGE, 5, "page", 4);
    ck_assert_ptr_nonnull(e);
    for (int i = 0; i < READERS; i++) {
        pthread_join(t[i], NULL);
        ck_assert_ptr_eq(r[i].got, e); /* the one render, shared */
        cache_unref(r[i].got);
    }
    cache_unref(e);
    cache_free(c);
}
END_TEST

START_TEST(a_failed_render_lets_the_next_reader_claim)
{
    struct page_cache *c = cache_new(64, 0);
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 5, false));
    pthread_t t;
    struct reader r = {.c = c};
    ck_assert_int_eq(pthread_create(&t, NULL, reader_main, &r), 0);
    pause_ms(50);
    cache_release_claim(c, 3, CACHE_PAGE, 5); /* the render failed */
    pthread_join(t, NULL);
    ck_assert_ptr_null(r.got); /* the waiter now renders it itself */
    struct cache_entry *e = cache_put(c, 3, CACHE_PAGE, 5, "page", 4);
    cache_unref(e);
    /* and a claim of another version does not make anyone wait */
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 6, false));
    int64_t before = mono_ms();
    ck_assert_ptr_null(cache_get_or_claim(c, 4, CACHE_PAGE, 6, false));
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_JSON, 6, false));
    ck_assert_int_lt(mono_ms() - before, NO_WAIT_MS);
    cache_free(c);
}
END_TEST

START_TEST(a_newer_version_does_not_serve_a_reader_of_an_older_one)
{
    struct page_cache *c = cache_new(64, 0);
    cache_unref(cache_put(c, 3, CACHE_PAGE, 6, "page six", 8));
    /* a reader of a replica that lags renders what the replica holds */
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 5, true));
    cache_release_claim(c, 3, CACHE_PAGE, 5);
    cache_free(c);
}
END_TEST

START_TEST(readers_may_read_the_cached_version_while_the_next_renders)
{
    struct page_cache *c = cache_new(64, 0);
    cache_unref(cache_put(c, 3, CACHE_PAGE, 4, "page four", 9));
    /* a post made version 5; the first reader renders it */
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 5, true));
    /* a reader who may read a render old gets version 4 at once */
    struct cache_entry *old = cache_get_or_claim(c, 3, CACHE_PAGE, 5, true);
    ck_assert_ptr_nonnull(old);
    ck_assert_int_eq(old->version, 4);
    cache_unref(old);
    /* as long as the render is in flight, even of a version posted since */
    old = cache_get_or_claim(c, 3, CACHE_PAGE, 6, true);
    ck_assert_ptr_nonnull(old);
    ck_assert_int_eq(old->version, 4);
    cache_unref(old);
    /* an author who just posted waits for version 5 */
    pthread_t t;
    struct reader r = {.c = c, .may_be_stale = false};
    ck_assert_int_eq(pthread_create(&t, NULL, reader_main, &r), 0);
    pause_ms(50);
    struct cache_entry *e = cache_put(c, 3, CACHE_PAGE, 5, "page five", 9);
    pthread_join(t, NULL);
    ck_assert_ptr_eq(r.got, e);
    cache_unref(r.got);
    cache_unref(e);
    /* with no render in flight, a reader of version 6 renders it */
    ck_assert_ptr_null(cache_get_or_claim(c, 3, CACHE_PAGE, 6, true));
    cache_release_claim(c, 3, CACHE_PAGE, 6);
    cache_free(c);
}
END_TEST

START_TEST(the_gzip_copy_is_made_when_first_asked_for)
{
    struct page_cache *c = cache_new(64, 0);
    char page[8192];
    for (size_t i = 0; i < sizeof(page); i++)
        page[i] = "<li>comment</li>\n"[i % 17];
    struct cache_entry *e = cache_put(c, 3, CACHE_PAGE, 1, page, sizeof(page));
    ck_assert_ptr_null(e->gz); /* not made with the entry */
    size_t len = 0;
    const char *gz = cache_entry_gzip(e, &len);
    ck_assert_ptr_nonnull(gz);
    ck_assert_uint_lt(len, sizeof(page) / 10);
    ck_assert_ptr_eq(cache_entry_gzip(e, &len), gz); /* made once */
    cache_unref(e);
    /* not smaller: no copy */
    e = cache_put(c, 4, CACHE_PAGE, 1, "hola", 4);
    ck_assert_ptr_null(cache_entry_gzip(e, &len));
    cache_unref(e);
    cache_free(c);
}
END_TEST

/* The feed's versions are fingerprints: a put always takes the slot
 * (a lower number is not an older feed), a reader gets only the bytes of
 * its own fingerprint, never "a render old" ones, and waits only for a
 * render of that fingerprint. */
START_TEST(feed_fingerprints_are_matched_exactly)
{
    struct page_cache *c = cache_new(64, 0);
    cache_unref(cache_put(c, 0, CACHE_FEED, 900, "feed a", 6));
    cache_unref(cache_put(c, 0, CACHE_FEED, 100, "feed b", 6));
    struct cache_entry *e = cache_get(c, 0, CACHE_FEED, 100);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(memcmp(e->data, "feed b", 6), 0);
    ck_assert_str_eq(e->etag, "\"a0-v100-6-000000000000\"");
    cache_unref(e);
    ck_assert_ptr_null(cache_get(c, 0, CACHE_FEED, 900));
    /* a render of 50 in flight: a reader of 70 neither waits for it nor
       gets feed b, however stale it may read */
    ck_assert_ptr_null(cache_get_or_claim(c, 0, CACHE_FEED, 50, true));
    int64_t before = mono_ms();
    ck_assert_ptr_null(cache_get_or_claim(c, 0, CACHE_FEED, 70, true));
    ck_assert_ptr_null(cache_get_or_claim(c, 0, CACHE_FEED, 30, true));
    ck_assert_int_lt(mono_ms() - before, NO_WAIT_MS);
    cache_release_claim(c, 0, CACHE_FEED, 70);
    cache_release_claim(c, 0, CACHE_FEED, 30);
    /* a reader of 50 waits for that render and shares it */
    pthread_t t;
    struct feed_reader r = {.c = c, .fingerprint = 50};
    ck_assert_int_eq(pthread_create(&t, NULL, feed_reader_main, &r), 0);
    pause_ms(50);
    e = cache_put(c, 0, CACHE_FEED, 50, "feed c", 6);
    pthread_join(t, NULL);
    ck_assert_ptr_eq(r.got, e);
    cache_unref(r.got);
    cache_unref(e);
    /* the Spanish feed is another entry */
    ck_assert_ptr_null(cache_get(c, 0, CACHE_FEED_ES, 50));
    cache_free(c);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, entries_are_per_version);
    tcase_add_test(tc, each_kind_has_a_kind_per_language);
    tcase_add_test(tc, feed_fingerprints_are_matched_exactly);
    tcase_add_test(tc, the_gzip_copy_is_made_when_first_asked_for);
    tcase_add_test(tc, readers_wait_for_the_render_in_flight);
    tcase_add_test(tc, a_failed_render_lets_the_next_reader_claim);
    tcase_add_test(tc, a_newer_version_does_not_serve_a_reader_of_an_older_one);
    tcase_add_test(tc,
                   readers_may_read_the_cached_version_while_the_next_renders);
}

TEST_MAIN("cache")
