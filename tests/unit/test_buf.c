/*
 * test_buf.c - the buffer, arena and bounded-parsing helpers in src/util.
 */
#include <unistd.h>

#include "testlib.h"

#include "util/arena.h"
#include "util/buf.h"
#include "util/str.h"

START_TEST(buf_appends_and_stays_terminated)
{
    struct buf b;
    buf_init(&b, 1024);
    ck_assert_str_eq(b.data, "");
    buf_adds(&b, "hola");
    buf_addc(&b, ' ');
    buf_addf(&b, "%d", 42);
    buf_add_i64(&b, -7);
    ck_assert_str_eq(b.data, "hola 42-7");
    ck_assert_int_eq(buf_failed(&b), 0);
    buf_release(&b);
}
END_TEST

START_TEST(buf_limit_is_sticky)
{
    struct buf b;
    buf_init(&b, 8);
    buf_adds(&b, "12345678");
    ck_assert_int_eq(buf_failed(&b), 0);
    buf_adds(&b, "9");
    ck_assert_int_eq(buf_failed(&b), ERR_TOOBIG);
    buf_adds(&b, "");
    ck_assert_int_eq(b.len, 8);
    ck_assert_ptr_null(buf_detach(&b, NULL));
    buf_release(&b);
}
END_TEST

START_TEST(buf_addf_long_output)
{
    struct buf b;
    buf_init(&b, 4096);
    char big[1000];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    buf_addf(&b, "[%s]", big);
    ck_assert_int_eq(b.len, 1001);
    size_t len;
    char *p = buf_detach(&b, &len);
    ck_assert_int_eq(len, 1001);
    ck_assert_int_eq(p[0], '[');
    free(p);
}
END_TEST

START_TEST(buf_reads_whole_files_within_its_limit)
{
    char path[] = "/tmp/charla-buf-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    char big[20000];
    for (size_t i = 0; i < sizeof(big); i++)
        big[i] = (char)('a' + i % 26);
    ck_assert_int_eq(write(fd, big, sizeof(big)), (ssize_t)sizeof(big));
    close(fd);
    struct buf b;
    buf_init(&b, sizeof(big) + 3);
    buf_adds(&b, "<<");
    ck_assert_int_eq(buf_add_file(&b, path), 0);
    ck_assert_uint_eq(b.len, sizeof(big) + 2);
    ck_assert_int_eq(memcmp(b.data + 2, big, sizeof(big)), 0);
    ck_assert_int_eq(b.data[b.len], '\0');
    /* a second copy passes the limit: the buffer's error */
    ck_assert_int_eq(buf_add_file(&b, path), ERR_TOOBIG);
    buf_release(&b);
    unlink(path);
    buf_init(&b, 64);
    ck_assert_int_eq(buf_add_file(&b, path), ERR_NOTFOUND);
    ck_assert_int_eq(buf_add_file(&b, "/"), ERR_IO); /* a directory */
    buf_release(&b);
}
END_TEST

START_TEST(arena_allocates_zeroed_and_aligned)
{
    struct arena a;
    arena_init(&a, 0);
    for (int i = 0; i < 2000; i++) {
        unsigned char *p = arena_alloc(&a, (size_t)(i % 97) + 1);
        ck_assert_ptr_nonnull(p);
        ck_assert_int_eq((uintptr_t)p % 16, 0);
        ck_assert_int_eq(p[0], 0);
        p[0] = 1;
    }
    char *big = arena_alloc(&a, 100000);
    ck_assert_ptr_nonnull(big);
    ck_assert_str_eq(arena_sprintf(&a, "%s-%d", "n", 3), "n-3");
    arena_reset(&a);
    ck_assert_ptr_nonnull(arena_strdup(&a, "again"));
    arena_release(&a);
}
END_TEST

START_TEST(arena_limit_refuses)
{
    struct arena a;
    arena_init(&a, 1024);
    ck_assert_ptr_nonnull(arena_alloc(&a, 512));
    ck_assert_ptr_null(arena_alloc(&a, 1024));
    arena_release(&a);
}
END_TEST

START_TEST(str_to_int_bounds)
{
    int64_t v = 99;
    ck_assert_int_eq(str_to_int("42", 2, 0, 100, &v), 0);
    ck_assert_int_eq(v, 42);
    ck_assert_int_eq(str_to_int("-3", 2, -5, 5, &v), 0);
    ck_assert_int_eq(v, -3);
    ck_assert_int_eq(str_to_int("", 0, 0, 100, &v), ERR_INVALID);
    ck_assert_int_eq(str_to_int("101", 3, 0, 100, &v), ERR_INVALID);
    ck_assert_int_eq(str_to_int("4x", 2, 0, 100, &v), ERR_INVALID);
    ck_assert_int_eq(str_to_int("99999999999999999999", 20, 0, INT64_MAX, &v),
                     ERR_INVALID);
    ck_assert_int_eq(v, -3);
}
END_TEST

START_TEST(utf8_validation)
{
    ck_assert(str_utf8_valid("Anónimo 🇲🇽", strlen("Anónimo 🇲🇽")));
    ck_assert(!str_utf8_valid("\xc3", 1));             /* truncated */
    ck_assert(!str_utf8_valid("\xc0\xaf", 2));         /* overlong */
    ck_assert(!str_utf8_valid("\xed\xa0\x80", 3));     /* surrogate */
    ck_assert(!str_utf8_valid("a\0b", 3));             /* NUL */
    ck_assert(!str_utf8_valid("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
    ck_assert_int_eq(str_utf8_count("ñandú", strlen("ñandú")), 5);
}
END_TEST

START_TEST(hex_round_trip)
{
    unsigned char in[3] = {0x00, 0xab, 0xff}, out[3];
    char hex[7];
    str_hex(in, 3, hex);
    ck_assert_str_eq(hex, "00abff");
    ck_assert_int_eq(str_unhex(hex, 6, out, 3), 0);
    ck_assert_int_eq(memcmp(in, out, 3), 0);
    ck_assert_int_eq(str_unhex("zz0000", 6, out, 3), ERR_INVALID);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, buf_appends_and_stays_terminated);
    tcase_add_test(tc, buf_limit_is_sticky);
    tcase_add_test(tc, buf_addf_long_output);
    tcase_add_test(tc, buf_reads_whole_files_within_its_limit);
    tcase_add_test(tc, arena_allocates_zeroed_and_aligned);
    tcase_add_test(tc, arena_limit_refuses);
    tcase_add_test(tc, str_to_int_bounds);
    tcase_add_test(tc, utf8_validation);
    tcase_add_test(tc, hex_round_trip);
}

TEST_MAIN("util")
