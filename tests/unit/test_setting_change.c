/*
 * test_setting_change.c - the fingerprints a settings form carries and
 * the audit notes a save writes (core/setting_change.c).
 */
#include <string.h>

#include "testlib.h"

#include "core/setting_change.h"

START_TEST(prints_differ_and_repeat)
{
    char a[SETTING_PRINT_HEX + 1], b[SETTING_PRINT_HEX + 1];
    setting_print("", a);
    ck_assert_uint_eq(strlen(a), SETTING_PRINT_HEX);
    setting_print("Rosa\n", b);
    ck_assert_str_ne(a, b);
    setting_print("Rosa\n", a);
    ck_assert_str_eq(a, b);
    setting_print("Rosa", a);
    ck_assert_str_ne(a, b);
}
END_TEST

START_TEST(list_diff_counts_lines)
{
    size_t added, removed;
    setting_list_diff("", "Rosa Icela Ruiz\n", &added, &removed);
    ck_assert_uint_eq(added, 1);
    ck_assert_uint_eq(removed, 0);
    setting_list_diff("a\nb\nc\n", "  b \n\n\nc\nd\ne", &added, &removed);
    ck_assert_uint_eq(added, 2);
    ck_assert_uint_eq(removed, 1);
    setting_list_diff("a\nb", "a\nb\n\n", &added, &removed);
    ck_assert_uint_eq(added, 0);
    ck_assert_uint_eq(removed, 0);
    setting_list_diff("a\nb\n", "", &added, &removed);
    ck_assert_uint_eq(added, 0);
    ck_assert_uint_eq(removed, 2);
}
END_TEST

START_TEST(notes_name_what_changed)
{
    struct buf note;
    buf_init(&note, 1024);
    setting_note_add(&note, "hold_threshold", "0.5", "0.5", false);
    ck_assert_str_eq(note.data, "");
    setting_note_add(&note, "hold_threshold", "", "1", false);
    ck_assert_str_eq(note.data, "hold_threshold: (unset) → 1");
    setting_note_add(&note, "protected_names", "Ana\nLuis\n", "", true);
    ck_assert_str_eq(note.data,
                     "hold_threshold: (unset) → 1; protected_names: +0 −2");
    buf_release(&note);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, prints_differ_and_repeat);
    tcase_add_test(tc, list_diff_counts_lines);
    tcase_add_test(tc, notes_name_what_changed);
}

TEST_MAIN("setting_change")
