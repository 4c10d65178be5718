/*
 * test_reader_names.c - a reader's display name may not pass for staff:
 * no staff login name as a word, no word that names a staff role.
 */
#include "testlib.h"

#include "core/names.h"
#include "core/reader_names.h"

static const char *const staff[] = {"mod", "kathi", "naggingkathi"};

static enum reader_name_claim claim_of(const char *name)
{
    enum reader_name_claim c = READER_NAME_FREE;
    ck_assert_int_eq(reader_name_claims(name, strlen(name), staff, 3, &c), 0);
    return c;
}

START_TEST(words_keep_their_breaks)
{
    struct buf b;
    buf_init(&b, 1024);
    ck_assert_int_eq(names_fold_words("  Mod · Kathi! ", 15, &b), 0);
    ck_assert_str_eq(b.data, "mod kathi");
    buf_reset(&b);
    /* invisible characters and accents break no word */
    const char *joined = "Ka\xe2\x80\x8bthi Ra\xcc\x81ul";
    ck_assert_int_eq(names_fold_words(joined, strlen(joined), &b), 0);
    ck_assert_str_eq(b.data, "kathi raul");
    buf_reset(&b);
    ck_assert_int_eq(names_fold_words("...", 3, &b), 0);
    ck_assert_str_eq(b.data, "");
    buf_release(&b);
}
END_TEST

START_TEST(staff_names_as_words)
{
    /* the reviewer's names */
    ck_assert_int_eq(claim_of("mod · Moderador"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("mod staff"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("mod"), READER_NAME_STAFF);
    /* folded: case, accents, look-alike letters, digits for letters */
    ck_assert_int_eq(claim_of("KÁTHI"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("\xd0\x9a"
                              "athi la real"),
                     READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("m0d"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("Soy Kathi"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("la-kathi-de-verdad"), READER_NAME_STAFF);
    /* a name spelt apart, and a staff name of two words */
    ck_assert_int_eq(claim_of("K a t h i"), READER_NAME_STAFF);
    ck_assert_int_eq(claim_of("Nagging Kathi"), READER_NAME_STAFF);
    /* inside another word it is another word */
    ck_assert_int_eq(claim_of("Kathimoto"), READER_NAME_FREE);
    ck_assert_int_eq(claim_of("Modesto"), READER_NAME_FREE);
    ck_assert_int_eq(claim_of("Lupita"), READER_NAME_FREE);
    ck_assert_int_eq(claim_of("Anónimo del norte"), READER_NAME_FREE);
}
END_TEST

START_TEST(role_words)
{
    const char *claimed[] = {"Moderator",
                             "Moderador",
                             "moderadora",
                             "Admin",
                             "ADMINISTRADOR",
                             "administradora",
                             "Staff",
                             "Equipo de moderación",
                             "La Redacción",
                             "redaccion",
                             "Editor",
                             "editora jefa",
                             "Site admins",
                             "4dmin",
                             "\xce\x91"
                             "dmin", /* Greek capital alpha */
                             "Adm in",
                             "st.aff"};
    for (size_t i = 0; i < sizeof(claimed) / sizeof(claimed[0]); i++)
        ck_assert_msg(claim_of(claimed[i]) == READER_NAME_ROLE_WORD,
                      "%s claims a role", claimed[i]);
    const char *free_names[] = {"Staffordshire",  "Editorial lover", "Admiral",
                                "Equipos unidos", "Redactora",       "Lupita"};
    for (size_t i = 0; i < sizeof(free_names) / sizeof(free_names[0]); i++)
        ck_assert_msg(claim_of(free_names[i]) == READER_NAME_FREE,
                      "%s claims nothing", free_names[i]);
}
END_TEST

START_TEST(no_staff_no_staff_names)
{
    enum reader_name_claim c = READER_NAME_STAFF;
    ck_assert_int_eq(reader_name_claims("mod", 3, NULL, 0, &c), 0);
    ck_assert_int_eq(c, READER_NAME_FREE);
    ck_assert_int_eq(reader_name_claims("\xff", 1, staff, 3, &c), ERR_INVALID);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, words_keep_their_breaks);
    tcase_add_test(tc, staff_names_as_words);
    tcase_add_test(tc, role_words);
    tcase_add_test(tc, no_staff_no_staff_names);
}

TEST_MAIN("reader_names")
