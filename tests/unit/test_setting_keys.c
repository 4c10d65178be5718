/*
 * test_setting_keys.c - the table of settings (core/setting_keys.c): which
 * keys exist, which a backup carries (never a secret), and the values
 * each kind takes.
 */
#include <stdio.h>
#include <string.h>

#include "testlib.h"

#include "core/moderation.h"
#include "core/raid.h"
#include "core/setting_keys.h"
#include "screen/screen.h"

static const char *check(const char *key, const char *value)
{
    const struct setting_key *k = setting_key_find(key);
    ck_assert_msg(k != NULL, "%s is a setting", key);
    return setting_key_check(k, value);
}

START_TEST(secrets_and_state_stay_out_of_backups)
{
    static const char *const secret[] = {"webhook_secret", "metrics_token",
                                         "queue_feed_token", "webhook_url"};
    for (size_t i = 0; i < sizeof(secret) / sizeof(secret[0]); i++) {
        const struct setting_key *k = setting_key_find(secret[i]);
        ck_assert_msg(k && !k->in_backup, "%s not in backups", secret[i]);
    }
    ck_assert_ptr_null(setting_key_find("site_key"));
    ck_assert_ptr_null(setting_key_find("raid:1"));
    ck_assert_ptr_null(setting_key_find("import_checkpoint"));
    ck_assert_ptr_null(setting_key_find("Site_title"));
    ck_assert_ptr_null(setting_key_find(""));
}
END_TEST

START_TEST(site_settings_go_in_backups)
{
    static const char *const carried[] = {"site_title",
                                          "site_url",
                                          "timezone",
                                          "language",
                                          "report_threshold",
                                          "hold_threshold",
                                          "publish_profanity",
                                          "banned_words",
                                          "suspect_words",
                                          "protected_names",
                                          "raid_comments_per_min",
                                          "raid_readers_per_min",
                                          "hsts_max_age",
                                          "pow_bits",
                                          "pow_raid_bits",
                                          "rate_read_per_s",
                                          "rate_read_burst",
                                          "rate_post_interval_s",
                                          "rate_post_burst",
                                          "rate_post_prefix_per_min"};
    size_t n = sizeof(carried) / sizeof(carried[0]), in = 0;
    for (size_t i = 0; i < n; i++) {
        const struct setting_key *k = setting_key_find(carried[i]);
        ck_assert_msg(k && k->in_backup, "%s in backups", carried[i]);
    }
    for (size_t i = 0; i < setting_key_count(); i++) {
        const struct setting_key *k = setting_key_at(i);
        ck_assert_ptr_eq(setting_key_find(k->key), k);
        ck_assert_msg(k->what && k->what[0], "%s is described", k->key);
        in += k->in_backup;
    }
    ck_assert_uint_eq(in, n); /* a new key must be placed on purpose */
    ck_assert_ptr_null(setting_key_at(setting_key_count()));
}
END_TEST

/* A threshold above 0 and at most 1, with at most 3 decimals: "0",
 * which the screening never used (it takes only a threshold above 0),
 * is refused, and the refusal says the rule, decimals included. */
START_TEST(fractions_from_zero_to_one)
{
    static const char *const good[] = {"0.5",  ".5",    "0.125", "1",
                                       "1.0",  "1.00",  "1.",    "0.001",
                                       ".001", "1.000", "0.1"};
    static const char *const bad[] = {
        "",     "2",      "1.5",    "1.01", "10",     "0..5", "0.5.",
        ".",    "-0.5",   "0,5",    "1e-1", " 0.5",   "0",    "0.0",
        ".000", "0.0001", "0.1234", "00.3", "1.0000", "0.5x", "x"};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        ck_assert_msg(check("hold_threshold", good[i]) == NULL, "\"%s\"",
                      good[i]);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(check("hold_threshold", bad[i]) != NULL, "\"%s\"",
                      bad[i]);
    const char *why = check("hold_threshold", "0.0001");
    ck_assert_ptr_nonnull(strstr(why, "above 0 and at most 1"));
    ck_assert_ptr_nonnull(strstr(why, "at most 3 decimals"));
}
END_TEST

/* A refused number says its range; report_threshold starts at 1, as the
 * report count that holds (api/mod.c) reads it. */
START_TEST(numbers_name_their_range)
{
    ck_assert_str_eq(check("pow_bits", "99"),
                     "must be a whole number from 0 to 24");
    ck_assert_str_eq(check("pow_raid_bits", "65"),
                     "must be a whole number from 0 to 24");
    ck_assert_str_eq(check("report_threshold", "0"),
                     "must be a whole number from 1 to 1000");
    ck_assert_str_eq(check("report_threshold", "-1"),
                     "must be a whole number from 1 to 1000");
    ck_assert_str_eq(check("report_threshold", "99999999999999999999"),
                     "must be a whole number from 1 to 1000");
    ck_assert_ptr_null(check("report_threshold", "1"));
    ck_assert_ptr_nonnull(check("rate_read_burst", "0"));
    ck_assert_ptr_null(check("rate_read_per_s", "100000"));
    ck_assert_ptr_nonnull(check("rate_read_per_s", "100001"));
    ck_assert_ptr_nonnull(check("rate_post_prefix_per_min", "100001"));
}
END_TEST

/* The readers of a number use what the check accepts, and otherwise the
 * default `charla setting keys` shows: no accepted value is ignored. */
START_TEST(number_readers_agree_with_the_check)
{
    for (size_t i = 0; i < setting_key_count(); i++) {
        const struct setting_key *k = setting_key_at(i);
        if (k->kind != SETTING_NUMBER)
            continue;
        ck_assert_msg(k->dflt && !setting_key_check(k, k->dflt),
                      "%s has a default it accepts", k->key);
        char v[32];
        snprintf(v, sizeof(v), "%lld", (long long)k->min);
        ck_assert_int_eq(setting_key_number(k->key, v), k->min);
        snprintf(v, sizeof(v), "%lld", (long long)k->max);
        ck_assert_int_eq(setting_key_number(k->key, v), k->max);
        int64_t d = setting_key_number(k->key, NULL);
        snprintf(v, sizeof(v), "%lld", (long long)d);
        ck_assert_str_eq(v, k->dflt);
        ck_assert_int_eq(setting_key_number(k->key, ""), d);
        ck_assert_int_eq(setting_key_number(k->key, "many"), d);
        snprintf(v, sizeof(v), "%lld", (long long)k->max + 1);
        ck_assert_int_eq(setting_key_number(k->key, v), d);
    }
    ck_assert_int_eq(setting_key_number("report_threshold", "0"),
                     MOD_DEFAULT_REPORT_THRESHOLD);
    ck_assert_int_eq(setting_key_number("raid_comments_per_min", NULL),
                     RAID_DEFAULT_COMMENTS_PER_MIN);
    ck_assert_int_eq(setting_key_number("raid_readers_per_min", NULL),
                     RAID_DEFAULT_READERS_PER_MIN);
    ck_assert_str_eq(setting_key_find("hold_threshold")->dflt, "0.5");
    ck_assert(SCREEN_DEFAULT_THRESHOLD == 0.5f);
    ck_assert_int_eq(setting_key_number("site_title", "3"), 0);
}
END_TEST

/* Secrets: long enough not to be guessed, in characters a URL path and
 * a header take as they are; the queue feed's own token (32 hex digits)
 * is one. An audit row names them only as changed. */
START_TEST(secrets_are_long_tokens)
{
    static const char *const tokens[] = {"queue_feed_token", "metrics_token",
                                         "webhook_secret"};
    for (size_t i = 0; i < sizeof(tokens) / sizeof(tokens[0]); i++) {
        const char *key = tokens[i];
        ck_assert_msg(setting_key_find(key)->secret, "%s", key);
        ck_assert_ptr_null(check(key, "0123456789abcdef0123456789abcdef"));
        ck_assert_ptr_null(check(key, "Aa0_-Aa0_-Aa0_-Aa0_-Aa"));
        ck_assert_ptr_nonnull(check(key, "abc"));
        ck_assert_ptr_nonnull(check(key, "Aa0_-Aa0_-Aa0_-Aa0_-A"));
        ck_assert_ptr_nonnull(check(key, "a long random string here"));
        ck_assert_ptr_nonnull(check(key, "0123456789abcdef0123456789abcde/"));
        ck_assert_ptr_nonnull(strstr(check(key, "abc"), "22"));
    }
    ck_assert(setting_key_find("webhook_url")->secret);
    ck_assert(!setting_key_find("site_title")->secret);
    ck_assert(!setting_key_find("site_url")->secret);
    ck_assert_str_eq(setting_key_find("site_title")->dflt, "charla");
    ck_assert_ptr_null(setting_key_find("site_url")->dflt);
}
END_TEST

START_TEST(each_kind_refuses_what_it_cannot_use)
{
    ck_assert_ptr_null(check("report_threshold", "1000"));
    ck_assert_ptr_nonnull(check("report_threshold", "1001"));
    ck_assert_ptr_nonnull(check("pow_bits", "25"));
    ck_assert_ptr_nonnull(check("pow_bits", "-1"));
    ck_assert_ptr_nonnull(check("rate_read_burst", "many"));
    ck_assert_ptr_null(check("site_url", "https://news.example"));
    ck_assert_ptr_nonnull(check("site_url", "javascript:alert(1)"));
    ck_assert_ptr_null(check("timezone", "-07:00"));
    ck_assert_ptr_null(check("timezone", "America/Mexico_City"));
    ck_assert_ptr_nonnull(check("timezone", "Nowhere/Land"));
    ck_assert_ptr_nonnull(check("timezone", "America/Mexico_Cty"));
    ck_assert_ptr_nonnull(check("timezone", "../../etc/passwd x"));
    ck_assert_ptr_nonnull(check("timezone", ""));
    ck_assert_ptr_null(check("language", "es"));
    ck_assert_ptr_nonnull(check("language", "fr"));
    ck_assert_ptr_null(check("publish_profanity", "0"));
    ck_assert_ptr_nonnull(check("publish_profanity", "yes"));
    ck_assert_ptr_null(check("banned_words", "zorro\nmugre\n"));
    ck_assert_ptr_null(check("site_title", ""));
    ck_assert_ptr_nonnull(check("site_title", "bad \xff UTF-8"));
    static char big[SETTING_VALUE_MAX + 2];
    memset(big, 'a', sizeof(big) - 1);
    ck_assert_ptr_nonnull(check("protected_names", big));
    big[SETTING_VALUE_MAX] = '\0';
    ck_assert_ptr_null(check("protected_names", big));
}
END_TEST

/* Webhooks go out without TLS (http/webhook.c), so an https receiver,
 * which no delivery could reach, is refused when it is set. */
START_TEST(webhook_url_is_plain_http)
{
    ck_assert_ptr_null(check("webhook_url", "http://127.0.0.1:8181/hook"));
    ck_assert_ptr_null(check("webhook_url", "http://relay.internal/in"));
    const char *why = check("webhook_url", "https://hooks.example/in");
    ck_assert_ptr_nonnull(why);
    ck_assert_ptr_nonnull(strstr(why, "relay"));
    ck_assert_ptr_nonnull(check("webhook_url", "HTTPS://hooks.example/in"));
    ck_assert_ptr_nonnull(check("webhook_url", "javascript:x"));
    ck_assert_ptr_nonnull(check("webhook_url", "http://"));
    /* a feed link may be https: only webhooks lack TLS */
    ck_assert_ptr_null(check("site_url", "https://news.example"));
}
END_TEST

/* An embed origin is what a browser sends in Origin, or it never
 * matches: scheme, host, a port only when not the default, no path. */
START_TEST(embed_origins_are_origins)
{
    static const char *const good[] = {
        "",
        "https://blog.example",
        "http://blog.example:8080",
        "https://blog.example/",
        "HTTPS://Blog.Example",
        "http://[::1]:8080",
        "https://xn--blg-8ma.example",
        "https://a.example https://b.example,http://127.0.0.1:9000\n"};
    static const char *const bad[] = {"blog.example",
                                      "https://blog.example/path",
                                      "https://blog.example/?x=1",
                                      "https://blog.example#top",
                                      "https://blog.example?x",
                                      "https://user@blog.example",
                                      "https://blog.example:443",
                                      "http://blog.example:80",
                                      "https://blog.example:0",
                                      "https://blog.example:08080",
                                      "https://blog.example:65536",
                                      "https://blog.example:",
                                      "https://",
                                      "https://*.blog.example",
                                      "https://bl\xc3\xb6g.example",
                                      "ftp://blog.example",
                                      "//blog.example",
                                      "https://[::1",
                                      "https://a.example blog.example"};
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        ck_assert_msg(check("embed_origins", good[i]) == NULL, "\"%s\"",
                      good[i]);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(check("embed_origins", bad[i]) != NULL, "\"%s\"", bad[i]);
    /* the refusal names the entry refused, not the whole list */
    const char *part, *v = "https://a.example,\nhttps://b.example/x y";
    size_t part_len;
    const struct setting_key *k = setting_key_find("embed_origins");
    ck_assert_ptr_nonnull(setting_key_check_part(k, v, &part, &part_len));
    ck_assert_ptr_eq(part, v + 19);
    ck_assert_uint_eq(part_len, strlen("https://b.example/x"));
    /* other kinds name no part */
    k = setting_key_find("report_threshold");
    ck_assert_ptr_nonnull(setting_key_check_part(k, "x", &part, &part_len));
    ck_assert_ptr_null(part);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, secrets_and_state_stay_out_of_backups);
    tcase_add_test(tc, site_settings_go_in_backups);
    tcase_add_test(tc, fractions_from_zero_to_one);
    tcase_add_test(tc, numbers_name_their_range);
    tcase_add_test(tc, number_readers_agree_with_the_check);
    tcase_add_test(tc, secrets_are_long_tokens);
    tcase_add_test(tc, each_kind_refuses_what_it_cannot_use);
    tcase_add_test(tc, embed_origins_are_origins);
    tcase_add_test(tc, webhook_url_is_plain_http);
}

TEST_MAIN("setting_keys")
