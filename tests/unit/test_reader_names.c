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

/* Greek capitals are mapped before case folding, which would turn "Μ"
 * into "μ" and "Ν" into "ν" (a "v"); and the look-alikes of other scripts
 * that the abuse screen knows fold too. */
START_TEST(lookalikes_of_every_case_fold)
{
    /* the keys of the logins mod1, ed1, hugo, yuri ("1" reads as "l") */
    static const char *const staff1[] = {"modl", "edl", "hugo", "yuri"};
    /* Greek capital mu, Cyrillic capital em, Cyrillic komi de, Greek
       capital eta, Cyrillic shha, Greek capital upsilon, fullwidth M,
       Cyrillic e and komi de, komi de after Latin */
    const char *claimed[] = {"\u039cod1", "\u041cod1",     "e\u05011",
                             "\u0397ugo", "\u04bbugo",     "\u03a5uri",
                             "\uff2dod1", "\u0435\u05011", "Mo\u05011"};
    for (size_t i = 0; i < sizeof(claimed) / sizeof(claimed[0]); i++) {
        enum reader_name_claim c = READER_NAME_FREE;
        ck_assert_int_eq(
            reader_name_claims(claimed[i], strlen(claimed[i]), staff1, 4, &c),
            0);
        ck_assert_msg(c == READER_NAME_STAFF, "%s passes for staff",
                      claimed[i]);
    }
    const char *roles[] = {"\u039cODERATOR", "ADMI\u039d", "\u0455taff"};
    for (size_t i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
        ck_assert_msg(claim_of(roles[i]) == READER_NAME_ROLE_WORD,
                      "%s claims a role", roles[i]);

    struct buf b;
    buf_init(&b, 1024);
    static const struct {
        const char *name, *key;
    } folds[] = {
        {"\u039c\u039f\u0394", "mo\u03b4"}, /* Greek delta stays */
        {"\u0269\u0261\u0578\u0455\u0458\u04bb\u04cf\u051b\u051d", "ignsjhlqw"},
        {"\u0397\u0399\u039a\u039d\u03a4\u03a7\u0396", "hikntxz"},
        {"\u03b7\u03bd", "nv"}, /* small eta and nu read as n and v */
        /* small capitals */
        {"\u1d0d\u1d0f\u1d05\u1d07\u0280\u1d00\u1d1b\u1d0f\u0280", "moderator"},
        {"\u1d00\u1d05\u1d0d\u026a\u0274", "admin"},
    };
    for (size_t i = 0; i < sizeof(folds) / sizeof(folds[0]); i++) {
        buf_reset(&b);
        ck_assert_int_eq(names_fold(folds[i].name, strlen(folds[i].name), &b),
                         0);
        ck_assert_msg(strcmp(b.data, folds[i].key) == 0, "%s -> %s, not %s",
                      folds[i].name, b.data, folds[i].key);
    }
    buf_release(&b);
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
    tcase_add_test(tc, lookalikes_of_every_case_fold);
}

TEST_MAIN("reader_names")
