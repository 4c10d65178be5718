/*
 * test_tz_zone.c - time zone names against the machine's time zone
 * database (core/tz_zone.c): real zones pass, made-up and misspelt ones
 * do not, a name shaped like a path is refused before any file is opened,
 * and a file without the TZif magic is no zone. A fake database under
 * /tmp (TZDIR) stands in where a test needs files of its own. Also how
 * site_load treats a stored zone the machine lacks: UTC, said out loud.
 */
#include <stdio.h>
#include <sys/stat.h>

#include "testlib.h"

#include "core/setting_keys.h"
#include "core/site.h"
#include "core/tz_zone.h"
#include "scratch_db.h"

/* A fake database: root/zones is TZDIR, root/outside a real-looking zone
 * file beside it, which no name may reach. */
static char root[64];
static char zones[96];

static void write_file(const char *rel, const char *bytes, size_t len)
{
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", root, rel);
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(bytes, 1, len, f), len);
    ck_assert_int_eq(fclose(f), 0);
}

static void make_fake_database(void)
{
    static const char zone[] = "TZif2\0\0\0 a compiled zone";
    static const char text[] = "not a zone file\n";
    char path[128];
    snprintf(root, sizeof(root), "/tmp/charla-tz-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(root));
    snprintf(zones, sizeof(zones), "%s/zones", root);
    ck_assert_int_eq(mkdir(zones, 0700), 0);
    snprintf(path, sizeof(path), "%s/Fake", zones);
    ck_assert_int_eq(mkdir(path, 0700), 0);
    write_file("outside", zone, sizeof(zone) - 1);
    write_file("zones/Good", zone, sizeof(zone) - 1);
    write_file("zones/Fake/Zone", text, sizeof(text) - 1);
    write_file("zones/Short", "TZi", 3);
    write_file("zones/Empty", "", 0);
    ck_assert_int_eq(setenv("TZDIR", zones, 1), 0);
}

static void remove_fake_database(void)
{
    static const char *const files[] = {
        "outside",     "zones/Good", "zones/Fake/Zone", "zones/Short",
        "zones/Empty", "zones/Fake", "zones",           ""};
    char path[256];
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", root, files[i]);
        remove(path);
    }
    unsetenv("TZDIR");
}

static int find(const char *name)
{
    return tz_zone_find(name, strlen(name));
}

START_TEST(real_zones_pass_and_made_up_ones_do_not)
{
    unsetenv("TZDIR");
    ck_assert_str_eq(tz_zone_dir(), "/usr/share/zoneinfo");
    ck_assert_int_eq(find("America/Mexico_City"), 0);
    ck_assert_int_eq(find("Europe/Madrid"), 0);
    ck_assert_int_eq(find("Nowhere/Land"), ERR_NOTFOUND);
    ck_assert_int_eq(find("America/Mexico_Cty"), ERR_NOTFOUND);
    ck_assert_int_eq(find("America"), ERR_NOTFOUND); /* a folder */
    const struct setting_key *k = setting_key_find("timezone");
    ck_assert_ptr_null(setting_key_check(k, "America/Mexico_City"));
    ck_assert_ptr_null(setting_key_check(k, "-06:00"));
    ck_assert_ptr_null(setting_key_check(k, "UTC"));
    const char *why = setting_key_check(k, "America/Mexico_Cty");
    ck_assert_ptr_nonnull(why);
    ck_assert_contains(why, "time zone database");
    ck_assert_ptr_nonnull(setting_key_check(k, "Nowhere/Land"));
}
END_TEST

START_TEST(a_path_is_refused_before_anything_is_opened)
{
    make_fake_database();
    char outside[128];
    snprintf(outside, sizeof(outside), "%s/outside", root);
    ck_assert_int_eq(find("Good"), 0);
    /* root/outside is a valid zone file: only the name stops these */
    ck_assert_int_eq(find("../outside"), ERR_INVALID);
    ck_assert_int_eq(find("Fake/../../outside"), ERR_INVALID);
    ck_assert_int_eq(find(outside), ERR_INVALID);
    ck_assert_int_eq(find("../etc/passwd"), ERR_INVALID);
    static const char *const bad[] = {"",       "/Good", "Good/",  "Fake//Zone",
                                      "./Good", "Go od", "Go\nod", "-Good",
                                      "_Good",  "1Good"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(find(bad[i]) == ERR_INVALID, "\"%s\"", bad[i]);
    char longest[TZ_ZONE_NAME_MAX + 2];
    memset(longest, 'A', sizeof(longest) - 1);
    longest[sizeof(longest) - 1] = '\0';
    ck_assert_int_eq(find(longest), ERR_INVALID);
    longest[TZ_ZONE_NAME_MAX] = '\0';
    ck_assert_int_eq(find(longest), ERR_NOTFOUND); /* the right shape */
    remove_fake_database();
}
END_TEST

START_TEST(a_file_without_the_magic_is_no_zone)
{
    make_fake_database();
    ck_assert_int_eq(find("Good"), 0);
    ck_assert_int_eq(find("Fake/Zone"), ERR_NOTFOUND);
    ck_assert_int_eq(find("Fake"), ERR_NOTFOUND); /* a folder */
    ck_assert_int_eq(find("Short"), ERR_NOTFOUND);
    ck_assert_int_eq(find("Empty"), ERR_NOTFOUND);
    /* TZDIR is the database glibc reads, so it is the one checked */
    ck_assert_int_eq(find("America/Mexico_City"), ERR_NOTFOUND);
    const struct setting_key *k = setting_key_find("timezone");
    ck_assert_ptr_null(setting_key_check(k, "Good"));
    ck_assert_ptr_nonnull(setting_key_check(k, "Fake/Zone"));
    remove_fake_database();
}
END_TEST

/* load_with: site_load on a fresh store whose timezone is value. */
static void load_with(const char *value, struct site *site)
{
    struct scratch_db d;
    struct buf err;
    buf_init(&err, 1024);
    scratch_db_open(&d, "tz");
    ck_assert_int_eq(store_setting_set(d.st, "timezone", value), 0);
    ck_assert_int_eq(site_load(d.st, site, &err), 0);
    site_release(site);
    buf_release(&err);
    scratch_db_close(&d);
}

START_TEST(a_stored_zone_the_machine_lacks_becomes_utc_out_loud)
{
    struct site site;
    unsetenv("TZDIR");
    ck_assert_int_eq(pseudonym_init(), 0);
    load_with("Nowhere/Land", &site);
    ck_assert_str_eq(site.timezone, "UTC");
    ck_assert_int_eq(site.tz_fixed, 1);
    ck_assert_int_eq(site.tz_offset_s, 0);
    ck_assert_str_eq(site.tz_not_found, "Nowhere/Land");
    load_with("Bad\x01Zone", &site);
    ck_assert_str_eq(site.tz_not_found, "Bad?Zone");
    ck_assert_str_eq(site.timezone, "UTC");
    load_with("America/Mexico_City", &site);
    ck_assert_str_eq(site.timezone, "America/Mexico_City");
    ck_assert_int_eq(site.tz_fixed, 0);
    ck_assert_str_eq(site.tz_not_found, "");
    load_with("-06:00", &site);
    ck_assert_int_eq(site.tz_offset_s, -6 * 3600);
    ck_assert_str_eq(site.tz_not_found, "");
    load_with("", &site); /* unset: UTC, nothing to warn about */
    ck_assert_str_eq(site.timezone, "UTC");
    ck_assert_str_eq(site.tz_not_found, "");
}
END_TEST

/* A database from before comments recorded their zone, opened on a
 * machine without its zone (no tzdata): its comments are shown in UTC
 * meanwhile, but keep no offset, so installing tzdata gives them their
 * zone's (UTC written into them would change their references for
 * good). */
START_TEST(a_zone_the_machine_lacks_leaves_older_comments_unrecorded)
{
    struct scratch_db d;
    struct site site;
    struct buf err;
    struct arena a;
    struct comment c;
    buf_init(&err, 1024);
    arena_init(&a, 0);
    ck_assert_int_eq(pseudonym_init(), 0);
    scratch_db_open(&d, "tzfill");
    ck_assert_int_eq(store_setting_set(d.st, "timezone", "America/Mexico_City"),
                     0);
    int64_t id = scratch_comment(d.st, scratch_article(d.st), COMMENT_VISIBLE,
                                 "", "12:36 hi", "", &a)
                     .id;
    setenv("TZDIR", "/nonexistent", 1);
    ck_assert_int_eq(site_load(d.st, &site, &err), 0);
    ck_assert_str_eq(site.tz_not_found, "America/Mexico_City");
    int64_t filled = -1;
    ck_assert_int_eq(site_fill_comment_offsets(d.st, &site, &filled), 0);
    ck_assert_int_eq(filled, 0);
    site_release(&site);
    ck_assert_int_eq(store_comment_get(d.st, id, &a, &c), 0);
    ck_assert(!c.tz_known);
    unsetenv("TZDIR");
    ck_assert_int_eq(site_load(d.st, &site, &err), 0);
    site_release(&site);
    ck_assert_int_eq(store_comment_get(d.st, id, &a, &c), 0);
    ck_assert(c.tz_known);
    ck_assert_int_eq(c.tz_offset_min, -6 * 60); /* 1970, Mexico City */
    arena_release(&a);
    buf_release(&err);
    scratch_db_close(&d);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc,
                   a_zone_the_machine_lacks_leaves_older_comments_unrecorded);
    tcase_add_test(tc, real_zones_pass_and_made_up_ones_do_not);
    tcase_add_test(tc, a_path_is_refused_before_anything_is_opened);
    tcase_add_test(tc, a_file_without_the_magic_is_no_zone);
    tcase_add_test(tc, a_stored_zone_the_machine_lacks_becomes_utc_out_loud);
}

TEST_MAIN("tz_zone")
