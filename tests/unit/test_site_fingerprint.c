/*
 * test_site_fingerprint.c - the fingerprint every cached page's ETag
 * carries (src/api/site_fingerprint.c, with the build's name from
 * src/api/build_id.c): the same for the same build,
 * settings and files, another for a change of any one of them, never
 * negative, and not fooled by strings that run together; and the page
 * cache puts it into its ETags (src/api/cache.c).
 */
#include "testlib.h"
#include "fingerprint_check.h"

#include "api/build_id.h"
#include "api/cache.h"
#include "api/site_fingerprint.h"

static const char *const web[2] = {"\"s0011223344556677\"",
                                   "\"s8899aabbccddeeff\""};

static struct site_shown sample(void)
{
    struct site_shown in = {.version = "0.1.0",
                            .build = "0123456789abcdef",
                            .title = "Noticias",
                            .timezone = "America/Mexico_City",
                            .language = "es",
                            .site_url = "https://noticias.example/",
                            .web_etags = web,
                            .nweb = 2};
    return in;
}

START_TEST(the_same_inputs_give_the_same_number)
{
    struct site_shown a = sample(), b = sample();
    int64_t fa = site_fingerprint(&a);
    ck_assert_int_eq(fa, site_fingerprint(&b));
    ck_assert_int_ge(fa, 0);
    /* a fixed value, the same in every process and build: a page's ETag
       still matches after a restart that changed nothing */
    ck_assert_int_eq(fa, INT64_C(1992791667541041228));
}
END_TEST

START_TEST(any_change_gives_another_number)
{
    static const char *const other_web[2] = {"\"s0011223344556677\"",
                                             "\"s0000000000000000\""};
    struct site_shown in = sample();
    int64_t base = site_fingerprint(&in);
    int64_t seen[16];
    size_t n = 0;
    seen[n++] = base;
#define CHANGED(stmt, undo)                                                    \
    FINGERPRINT_CHANGED(site_fingerprint(&in), seen, n, base, stmt, undo)
    CHANGED(in.version = "0.1.1", in.version = "0.1.0");
    /* a newer build of the same version */
    CHANGED(in.build = "fedcba9876543210", in.build = "0123456789abcdef");
    CHANGED(in.build = NULL, in.build = "0123456789abcdef");
    CHANGED(in.title = "Otro", in.title = "Noticias");
    CHANGED(in.timezone = "-06:00", in.timezone = "America/Mexico_City");
    CHANGED(in.language = "en", in.language = "es");
    CHANGED(in.language = NULL, in.language = "es");
    CHANGED(in.site_url = NULL, in.site_url = "https://noticias.example/");
    CHANGED(in.web_etags = other_web, in.web_etags = web);
    CHANGED(in.nweb = 1, in.nweb = 2);
    /* strings that would run together into the same bytes */
    CHANGED((in.title = "NoticiasAmerica/", in.timezone = "Mexico_City"),
            (in.title = "Noticias", in.timezone = "America/Mexico_City"));
#undef CHANGED
}
END_TEST

/* The running build is named by its executable's hash: 16 hex digits,
 * the same at every call. */
START_TEST(the_build_is_named_by_its_executable)
{
    const char *id = build_id();
    ck_assert_uint_eq(strlen(id), 16);
    ck_assert_uint_eq(strspn(id, "0123456789abcdef"), 16);
    ck_assert_str_eq(id, build_id());
}
END_TEST

START_TEST(the_cache_puts_it_in_every_etag)
{
    struct page_cache *a = cache_new(8, INT64_C(0x123456789abcdef));
    struct page_cache *b = cache_new(8, INT64_C(0x123456789abcdee));
    struct cache_entry *ea = cache_put(a, 7, CACHE_PAGE, 3, "x", 1);
    struct cache_entry *eb = cache_put(b, 7, CACHE_PAGE, 3, "x", 1);
    ck_assert_ptr_nonnull(ea);
    ck_assert_ptr_nonnull(eb);
    ck_assert_str_eq(ea->etag, "\"a7-v3-0-456789abcdef\"");
    ck_assert_str_eq(ea->gz_etag, "\"a7-v3-0-456789abcdef-gz\"");
    /* the same article, version and kind under another site: another ETag */
    ck_assert_str_ne(ea->etag, eb->etag);
    ck_assert_str_ne(ea->gz_etag, eb->gz_etag);
    cache_unref(ea);
    cache_unref(eb);
    cache_free(a);
    cache_free(b);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, the_same_inputs_give_the_same_number);
    tcase_add_test(tc, any_change_gives_another_number);
    tcase_add_test(tc, the_build_is_named_by_its_executable);
    tcase_add_test(tc, the_cache_puts_it_in_every_etag);
}

TEST_MAIN("site_fingerprint")
