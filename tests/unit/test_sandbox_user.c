/*
 * test_sandbox_user.c - the choice of the user `charla serve` runs as
 * (src/http/sandbox_user.c), without switching users: the decision for
 * every case of named/unknown/root/not root, and the lookup with a
 * stand-in effective uid, so these run the same as root or not. The real
 * switch is tested in tests/http/test_cli.py when the tests run as root.
 */
#include "testlib.h"

#include <pwd.h>

#include "http/sandbox_user.h"

START_TEST(plan_table)
{
    static const struct {
        bool named, found;
        uid_t named_uid, euid;
        enum sandbox_user_plan want;
    } cases[] = {
        {false, false, 0, 1000, SANDBOX_USER_KEEP},
        {false, false, 0, 0, SANDBOX_USER_KEEP_ROOT},
        {true, true, 65534, 0, SANDBOX_USER_SWITCH},
        {true, true, 1000, 1000, SANDBOX_USER_ALREADY},
        {true, true, 65534, 1000, SANDBOX_USER_IGNORED},
        {true, false, 0, 0, SANDBOX_USER_UNKNOWN},
        {true, false, 0, 1000, SANDBOX_USER_UNKNOWN}, /* not root: too */
        {true, true, 0, 0, SANDBOX_USER_ROOT_NAMED},
        {true, true, 0, 1000, SANDBOX_USER_ROOT_NAMED}, /* not root: too */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        ck_assert_msg(sandbox_user_plan(cases[i].named, cases[i].found,
                                        cases[i].named_uid,
                                        cases[i].euid) == cases[i].want,
                      "case %zu", i);
}
END_TEST

/* nobody's uid (every Debian system has that user). */
static uid_t nobody_uid(void)
{
    struct passwd *pw = getpwnam("nobody");
    ck_assert_msg(pw != NULL, "no user nobody on this system");
    return pw->pw_uid;
}

START_TEST(choose_as_root_switches)
{
    struct sandbox_user u;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(
        sandbox_user_choose("nobody", "--user", false, 0, &u, &msg), 0);
    ck_assert(u.do_switch);
    ck_assert_uint_eq(u.uid, nobody_uid());
    ck_assert_str_eq(u.name, "nobody");
    ck_assert_str_eq(msg.data, ""); /* nothing to warn about */
    buf_release(&msg);
}
END_TEST

START_TEST(choose_refuses_unknown_and_root)
{
    struct sandbox_user u;
    struct buf msg;
    buf_init(&msg, 1024);
    /* as root and not: the same answer */
    uid_t euids[] = {0, 12345};
    for (size_t i = 0; i < 2; i++) {
        buf_reset(&msg);
        ck_assert_int_eq(sandbox_user_choose("nosuchuser-xyz", "--user", false,
                                             euids[i], &u, &msg),
                         ERR_NOTFOUND);
        ck_assert_str_eq(msg.data, "no such user \"nosuchuser-xyz\" (--user)");
        ck_assert(!u.do_switch);
        buf_reset(&msg);
        ck_assert_int_eq(sandbox_user_choose("root", "CHARLA_USER", false,
                                             euids[i], &u, &msg),
                         ERR_INVALID);
        ck_assert_str_eq(msg.data, "user \"root\" (CHARLA_USER) has uid 0: "
                                   "charla must not serve as root");
        ck_assert(!u.do_switch);
    }
    /* longer than any user name: refused before the lookup */
    char long_name[SANDBOX_USER_NAME_MAX + 8];
    memset(long_name, 'a', sizeof(long_name) - 1);
    long_name[sizeof(long_name) - 1] = '\0';
    buf_reset(&msg);
    ck_assert_int_eq(
        sandbox_user_choose(long_name, "--user", false, 0, &u, &msg),
        ERR_INVALID);
    ck_assert_contains(msg.data, "at most 32 bytes (--user)");
    buf_release(&msg);
}
END_TEST

START_TEST(choose_when_not_root_warns_and_stays)
{
    struct sandbox_user u;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(
        sandbox_user_choose("nobody", "--user", false, 12345, &u, &msg), 0);
    ck_assert(!u.do_switch);
    ck_assert_str_eq(msg.data,
                     "user \"nobody\" (--user) ignored: not running as root");
    /* already that user: nothing to say */
    buf_reset(&msg);
    ck_assert_int_eq(
        sandbox_user_choose("nobody", "--user", false, nobody_uid(), &u, &msg),
        0);
    ck_assert(!u.do_switch);
    ck_assert_str_eq(msg.data, "");
    buf_release(&msg);
}
END_TEST

START_TEST(choose_without_a_user)
{
    struct sandbox_user u;
    struct buf msg;
    buf_init(&msg, 1024);
    ck_assert_int_eq(sandbox_user_choose("", "--user", false, 12345, &u, &msg),
                     0);
    ck_assert(!u.do_switch);
    ck_assert_str_eq(msg.data, "");
    ck_assert_int_eq(sandbox_user_choose(NULL, "--user", false, 0, &u, &msg),
                     0);
    ck_assert(!u.do_switch);
    ck_assert_contains(msg.data, "running as root; set --user NAME");
    buf_reset(&msg);
    /* CHARLA_ALLOW_ROOT=1: root on purpose, no warning */
    ck_assert_int_eq(sandbox_user_choose(NULL, "--user", true, 0, &u, &msg), 0);
    ck_assert(!u.do_switch);
    ck_assert_str_eq(msg.data, "");
    buf_release(&msg);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, plan_table);
    tcase_add_test(tc, choose_as_root_switches);
    tcase_add_test(tc, choose_refuses_unknown_and_root);
    tcase_add_test(tc, choose_when_not_root_warns_and_stays);
    tcase_add_test(tc, choose_without_a_user);
}

TEST_MAIN("sandbox_user")
