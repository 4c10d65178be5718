/*
 * test_entity.c - the HTML5 named character references
 * (src/util/entity.c and the generated entity_table.c): the table is
 * sorted as the binary search needs, every name is found and stands for
 * valid UTF-8, and names not in it are not found.
 */
#include "testlib.h"

#include "util/entity.h"
#include "util/entity_table.h"
#include "util/str.h"

static int order(const struct entity_entry *a, const struct entity_entry *b)
{
    size_t n = a->name_len < b->name_len ? a->name_len : b->name_len;
    int c = memcmp(entity_table_text + a->at, entity_table_text + b->at, n);
    if (c)
        return c;
    return (int)a->name_len - (int)b->name_len;
}

START_TEST(table_is_sorted_and_whole)
{
    /* The WHATWG list has 2,125 names with a semicolon. */
    ck_assert_int_eq(ENTITY_TABLE_COUNT, 2125);
    for (size_t k = 0; k < ENTITY_TABLE_COUNT; k++) {
        const struct entity_entry *e = &entity_table[k];
        const char *name = entity_table_text + e->at;
        ck_assert_uint_ge(e->name_len, 2);
        ck_assert_uint_le(e->name_len, ENTITY_NAME_MAX);
        ck_assert_uint_ge(e->utf8_len, 1);
        ck_assert_uint_le(e->utf8_len, ENTITY_UTF8_MAX);
        ck_assert(str_utf8_valid(name + e->name_len, e->utf8_len));
        if (k > 0)
            ck_assert_msg(order(&entity_table[k - 1], e) < 0,
                          "entry %zu is out of order", k);
        size_t len = 0;
        const char *utf8 = entity_lookup(name, e->name_len, &len);
        ck_assert_ptr_eq(utf8, name + e->name_len);
        ck_assert_uint_eq(len, e->utf8_len);
    }
}
END_TEST

static const char *lookup(const char *name, size_t *len)
{
    return entity_lookup(name, strlen(name), len);
}

START_TEST(names)
{
    size_t len = 0;
    const char *u = lookup("hellip", &len);
    ck_assert(u && len == 3 && !memcmp(u, "\xe2\x80\xa6", 3));
    u = lookup("NotEqualTilde", &len);
    ck_assert(u && len == 5 && !memcmp(u, "\xe2\x89\x82\xcc\xb8", 5));
    u = lookup("amp", &len);
    ck_assert(u && len == 1 && u[0] == '&');
    u = lookup("AMP", &len);
    ck_assert(u && len == 1 && u[0] == '&');
    /* Not names: wrong case, a prefix, an extension, too long, empty. */
    len = 77;
    ck_assert_ptr_null(lookup("Amp", &len));
    ck_assert_ptr_null(lookup("helli", &len));
    ck_assert_ptr_null(lookup("hellipp", &len));
    ck_assert_ptr_null(lookup("CounterClockwiseContourIntegralX", &len));
    ck_assert_ptr_null(lookup("", &len));
    ck_assert_ptr_null(lookup("hellip;", &len));
    ck_assert_uint_eq(len, 77);
    /* The name is (pointer, length): what follows it is not read. */
    u = entity_lookup("ntilde;junk", 6, &len);
    ck_assert(u && len == 2 && !memcmp(u, "\xc3\xb1", 2));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, table_is_sorted_and_whole);
    tcase_add_test(tc, names);
}

TEST_MAIN("entity")
