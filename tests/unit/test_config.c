/*
 * test_config.c - charla.conf parsing (src/cli/config.c): every key, bad
 * lines named by number, environment overrides (the user key's too), and
 * the atom writer's escaping of hostile text (src/render/atom.c).
 */
#include "testlib.h"

#include <stdio.h>
#include <unistd.h>

#include "cli/config.h"
#include "render/atom.h"

static int parse(const char *text, struct config *c, struct buf *err)
{
    config_defaults(c);
    buf_reset(err);
    return config_parse(text, strlen(text), c, err);
}

START_TEST(defaults)
{
    struct config c;
    config_defaults(&c);
    ck_assert_str_eq(c.db, "charla.db");
    ck_assert_str_eq(c.listen, "127.0.0.1:8080");
    ck_assert_str_eq(c.web, "web");
    ck_assert_str_eq(c.model, "");
    ck_assert_int_eq(c.threads, 4);
    ck_assert(!c.quiet);
    ck_assert_str_eq(c.user, ""); /* none: serve as whoever started it */
    ck_assert_uint_eq(c.set, 0);
}
END_TEST

START_TEST(every_key)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    const char *text = "# a comment\n"
                       "\n"
                       "  db = /var/lib/charla/charla.db  \n"
                       "listen=[::1]:9000\n"
                       "web = \" /srv/web \"\r\n"
                       "threads = 16\n"
                       "write_threads = 32\n"
                       "model = /usr/share/charla.model\n"
                       "user = charla\n"
                       "quiet = yes";
    ck_assert_int_eq(parse(text, &c, &err), 0);
    ck_assert_str_eq(c.db, "/var/lib/charla/charla.db");
    ck_assert_str_eq(c.listen, "[::1]:9000");
    ck_assert_str_eq(c.web, " /srv/web ");
    ck_assert_int_eq(c.threads, 16);
    ck_assert_int_eq(c.write_threads, 32);
    ck_assert_str_eq(c.model, "/usr/share/charla.model");
    ck_assert_str_eq(c.user, "charla");
    ck_assert(c.quiet);
    ck_assert_uint_eq(c.set, (1u << CONFIG_KEYS) - 1);
    ck_assert_str_eq(err.data, "");
    buf_release(&err);
}
END_TEST

/* config check names the line of a value serve would refuse: the parser
 * records which line set each key. */
START_TEST(lines_of_keys_are_recorded)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(
        parse("# top\n\nweb = /srv/web\r\n  user = charla\n", &c, &err), 0);
    ck_assert_int_eq(c.line[CONFIG_WEB], 3);
    ck_assert_int_eq(c.line[CONFIG_USER], 4);
    ck_assert_int_eq(c.line[CONFIG_MODEL], 0); /* not in the file */
    ck_assert_int_eq(c.line[CONFIG_DB], 0);
    buf_release(&err);
}
END_TEST

START_TEST(hash_inside_value_is_kept)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(parse("db = postgres://u:p#w@h/db\n", &c, &err), 0);
    ck_assert_str_eq(c.db, "postgres://u:p#w@h/db");
    ck_assert_int_eq(parse("listen = :8080\nquiet = off\n", &c, &err), 0);
    ck_assert_str_eq(c.listen, ":8080");
    ck_assert(!c.quiet);
    buf_release(&err);
}
END_TEST

/* Each bad file and the line number its error must name. */
static const struct {
    const char *text;
    const char *want;
} bad[] = {
    {"db = x\nnonsense\n", "line 2: expected key = value"},
    {"frobnicate = 1\n", "line 1: unknown setting \"frobnicate\""},
    {"\n\nthreads = 0\n", "line 3: threads must be a number from 1 to 256"},
    {"threads = 257\n", "line 1: threads"},
    {"threads = four\n", "line 1: threads"},
    {"write_threads = 0\n", "line 1: write_threads must be a number from 1"},
    {"listen = localhost\n", "line 1: listen must be ADDR:PORT"},
    {"listen = 127.0.0.1:99999\n", "line 1: listen"},
    {"listen = [::1:80\n", "line 1: listen"},
    {"quiet = maybe\n", "line 1: quiet must be true or false"},
    {"db =\n", "line 1: db must not be empty"},
    {"db = a\ndb = b\n", "line 2: db is set twice"},
    {"web = \"half\n", "line 1: a quoted value"},
    {"= value\n", "line 1: expected key = value"},
    {"db = \xff\xfe\n", "line 1: not valid UTF-8"},
    {"db = a\x01b\n", "line 1: db holds a control character"},
    {"<script> = 1\n", "line 1: expected key = value"},
    {"user =\n", "line 1: user must be a user name of 1 to 32"},
    {"user = www data\n", "line 1: user must be a user name"},
    {"user = -rf\n", "line 1: user must be a user name"},
    {"user = a$b\n", "line 1: user must be a user name"},
    {"user = ../etc\n", "line 1: user must be a user name"},
    {"user = jos\xc3\xa9\n", "line 1: user must be a user name"},
    {"user = a:b\n", "line 1: user must be a user name"},
    {"user = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n", "line 1: user must be"},
    {"user = a\nuser = b\n", "line 2: user is set twice"},
};

START_TEST(bad_lines_are_named)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        int ret = parse(bad[i].text, &c, &err);
        ck_assert_msg(ret == ERR_INVALID, "case %zu accepted", i);
        ck_assert_contains(err.data, bad[i].want);
    }
    buf_release(&err);
}
END_TEST

START_TEST(nul_and_long_lines)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    config_defaults(&c);
    const char text[] = "db = a\0b\n";
    ck_assert_int_eq(config_parse(text, sizeof(text) - 1, &c, &err),
                     ERR_INVALID);
    ck_assert_contains(err.data, "line 1: NUL byte");

    size_t n = CONFIG_LINE_MAX + 10;
    char *big = malloc(n + 1);
    ck_assert_ptr_nonnull(big);
    memset(big, 'a', n);
    memcpy(big, "db = ", 5);
    big[n] = '\0';
    buf_reset(&err);
    ck_assert_int_eq(config_parse(big, n, &c, &err), ERR_INVALID);
    ck_assert_contains(err.data, "line 1: longer than");

    /* a value that fits a line but not the field */
    memset(big, 'a', CONFIG_STR_MAX + 10);
    memcpy(big, "db = ", 5);
    big[CONFIG_STR_MAX + 10] = '\0';
    buf_reset(&err);
    ck_assert_int_eq(parse(big, &c, &err), ERR_INVALID);
    ck_assert_contains(err.data, "db is longer than");
    ck_assert_str_eq(c.db, "charla.db");
    free(big);
    buf_release(&err);
}
END_TEST

static const char *fake_env(const char *name)
{
    if (strcmp(name, "CHARLA_DB") == 0)
        return "/env/charla.db";
    if (strcmp(name, "CHARLA_THREADS") == 0)
        return "8";
    if (strcmp(name, "CHARLA_LISTEN") == 0)
        return ""; /* empty: as if unset */
    if (strcmp(name, "CHARLA_QUIET") == 0)
        return "1";
    return NULL;
}

static const char *bad_env(const char *name)
{
    return strcmp(name, "CHARLA_THREADS") == 0 ? "lots" : NULL;
}

START_TEST(env_overrides_file_and_flags_override_env)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_int_eq(parse("db = file.db\nlisten = 127.0.0.1:7000\n"
                           "threads = 2\n",
                           &c, &err),
                     0);
    ck_assert_int_eq(config_apply_env(&c, fake_env, &err), 0);
    ck_assert_str_eq(c.db, "/env/charla.db");     /* env beats file */
    ck_assert_str_eq(c.listen, "127.0.0.1:7000"); /* empty env: file */
    ck_assert_int_eq(c.threads, 8);
    ck_assert(c.quiet);
    ck_assert_str_eq(c.web, "web"); /* neither: default */
    ck_assert_int_eq(config_set(&c, "db", "flag.db", 7, &err), 0);
    ck_assert_str_eq(c.db, "flag.db"); /* flag beats env */

    buf_reset(&err);
    ck_assert_int_eq(config_apply_env(&c, bad_env, &err), ERR_INVALID);
    ck_assert_contains(err.data, "CHARLA_THREADS: threads must be");
    ck_assert_int_eq(c.threads, 8); /* unchanged */

    buf_reset(&err);
    ck_assert_int_eq(config_set(&c, "nope", "1", 1, &err), ERR_INVALID);
    ck_assert_contains(err.data, "unknown setting");
    ck_assert_str_eq(config_env_name(CONFIG_WEB), "CHARLA_WEB");
    ck_assert_str_eq(config_key_name(CONFIG_MODEL), "model");
    buf_release(&err);
}
END_TEST

START_TEST(user_names_accepted)
{
    static const char *const good[] = {
        "charla",
        "www-data",
        "_charla",
        "svc.news",
        "Kathi2",
        "host$",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" /* 32 bytes: the most */};
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        config_defaults(&c);
        buf_reset(&err);
        ck_assert_msg(config_set(&c, "user", good[i], strlen(good[i]), &err) ==
                          0,
                      "%s refused: %s", good[i], err.data);
        ck_assert_str_eq(c.user, good[i]);
        ck_assert_uint_eq(c.set, 1u << CONFIG_USER);
    }
    buf_release(&err);
}
END_TEST

static const char *user_env(const char *name)
{
    return strcmp(name, "CHARLA_USER") == 0 ? "from-env" : NULL;
}

static const char *bad_user_env(const char *name)
{
    return strcmp(name, "CHARLA_USER") == 0 ? "root\n" : NULL;
}

/* The user option follows the others: --user over CHARLA_USER over the
 * file's user key; CHARLA_USER alone still works. */
START_TEST(user_precedence)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    ck_assert_str_eq(config_env_name(CONFIG_USER), "CHARLA_USER");
    ck_assert_str_eq(config_key_name(CONFIG_USER), "user");

    ck_assert_int_eq(parse("user = from-file\n", &c, &err), 0);
    ck_assert_str_eq(c.user, "from-file");
    ck_assert_int_eq(config_apply_env(&c, fake_env, &err), 0);
    ck_assert_str_eq(c.user, "from-file"); /* no CHARLA_USER: the file */
    ck_assert_int_eq(config_apply_env(&c, user_env, &err), 0);
    ck_assert_str_eq(c.user, "from-env"); /* env beats file */
    ck_assert_int_eq(config_set(&c, "user", "from-flag", 9, &err), 0);
    ck_assert_str_eq(c.user, "from-flag"); /* flag beats env */

    config_defaults(&c);
    ck_assert_int_eq(config_apply_env(&c, user_env, &err), 0);
    ck_assert_str_eq(c.user, "from-env"); /* the variable alone */

    buf_reset(&err);
    ck_assert_int_eq(config_apply_env(&c, bad_user_env, &err), ERR_INVALID);
    ck_assert_contains(err.data, "CHARLA_USER: user must be a user name");
    ck_assert_str_eq(c.user, "from-env"); /* unchanged */
    buf_release(&err);
}
END_TEST

START_TEST(load_file)
{
    struct config c;
    struct buf err;
    buf_init(&err, 4096);
    char path[] = "/tmp/charla-test-config-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs("threads = 3\nbad line\n", f);
    fclose(f);
    config_defaults(&c);
    ck_assert_int_eq(config_load_file(path, &c, &err), ERR_INVALID);
    ck_assert_contains(err.data, "line 2");
    unlink(path);
    buf_reset(&err);
    ck_assert_int_eq(config_load_file(path, &c, &err), ERR_NOTFOUND);
    ck_assert_contains(err.data, "cannot open");
    buf_release(&err);
}
END_TEST

START_TEST(atom_escapes_hostile_text)
{
    struct buf b;
    buf_init(&b, 1 << 16);
    struct atom_feed f = {.base_url = "",
                          .id = "tag:x,2024:s/feed/0",
                          .title = "A & B <script>",
                          .self_path = "/feeds/a.atom",
                          .alt_path = "/",
                          .updated = 0};
    const char html[] = "<p>x \"y\" \x01\xef\xbf\xbe</p>";
    struct atom_entry e = {.id = "tag:x,2024:s/comment/1",
                           .title = "]]> <!-- \xff",
                           .path = "/a b\"<.html",
                           .comment = "1.2",
                           .author = "",
                           .published = 0,
                           .updated = 0,
                           .html = html,
                           .html_len = sizeof(html) - 1};
    atom_begin(&b, &f);
    atom_entry(&b, &f, &e);
    atom_end(&b);
    ck_assert_int_eq(buf_failed(&b), 0);
    ck_assert_contains(b.data, "A &amp; B &lt;script&gt;");
    ck_assert_contains(b.data, "]]&gt; &lt;!-- \xef\xbf\xbd");
    ck_assert_contains(b.data,
                       "&lt;p&gt;x &quot;y&quot; \xef\xbf\xbd&lt;/p&gt;");
    ck_assert_not_contains(b.data, "\x01");
    ck_assert_not_contains(b.data, "\xef\xbf\xbe");
    ck_assert_contains(b.data, "href=\"/a%20b%22%3C.html?c=1.2#c1.2\"");
    ck_assert_contains(b.data, "<name>Anonymous</name>");
    ck_assert_contains(b.data, "<updated>1970-01-01T00:00:00Z</updated>");

    char id[128];
    atom_tag_id(id, sizeof(id), "evil\"host", "ab", "comment", 7);
    ck_assert_str_eq(id, "tag:charla.invalid,2024:ab/comment/7");
    atom_tag_id(id, sizeof(id), "news.example", "ab", "article", 1);
    ck_assert_str_eq(id, "tag:news.example,2024:ab/article/1");
    buf_release(&b);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, defaults);
    tcase_add_test(tc, every_key);
    tcase_add_test(tc, hash_inside_value_is_kept);
    tcase_add_test(tc, bad_lines_are_named);
    tcase_add_test(tc, nul_and_long_lines);
    tcase_add_test(tc, env_overrides_file_and_flags_override_env);
    tcase_add_test(tc, user_names_accepted);
    tcase_add_test(tc, user_precedence);
    tcase_add_test(tc, load_file);
    tcase_add_test(tc, lines_of_keys_are_recorded);
    tcase_add_test(tc, atom_escapes_hostile_text);
}

TEST_MAIN("config")
