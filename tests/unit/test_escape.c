/*
 * test_escape.c - every escaper in src/render/html.c against a table of
 * hostile inputs: markup, quotes, NUL, broken UTF-8, javascript: URLs.
 */
#include "testlib.h"

#include "render/html.h"

typedef void (*escaper)(struct buf *, const char *, size_t);

static char *run(escaper f, const char *s, size_t len)
{
    struct buf b;
    buf_init(&b, 1 << 16);
    f(&b, s, len);
    return buf_detach(&b, NULL);
}

struct row {
    const char *in;
    size_t len;
    const char *text, *attr, *json, *xml;
};

#define R(s) s, sizeof(s) - 1
static const struct row rows[] = {
    {R("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;",
     "&lt;script&gt;alert(1)&lt;/script&gt;",
     "\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"",
     "&lt;script&gt;alert(1)&lt;/script&gt;"},
    {R("\" onmouseover=\"x"), "&quot; onmouseover=&quot;x",
     "&quot; onmouseover&#61;&quot;x", "\"\\\" onmouseover=\\\"x\"",
     "&quot; onmouseover=&quot;x"},
    {R("it's & co"), "it&#39;s &amp; co", "it&#39;s &amp; co",
     "\"it's \\u0026 co\"", "it&apos;s &amp; co"},
    {R("a\0b"), "ab", "ab", "", "ab"},
    {R("bad \xff\xfe utf8"), "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8",
     "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8",
     "\"bad \xEF\xBF\xBD\xEF\xBF\xBD utf8\"",
     "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8"},
    {R("ñandú 🇲🇽"), "ñandú 🇲🇽", "ñandú 🇲🇽", "\"ñandú 🇲🇽\"", "ñandú 🇲🇽"},
    {R("line\nbreak"), "line\nbreak", "line&#10;break", "\"line\\nbreak\"",
     "line\nbreak"},
    {R("crlf\r\nline"), "crlf\nline", "crlf&#10;line", "\"crlf\\r\\nline\"",
     "crlf\r\nline"},
};

START_TEST(escapers_table)
{
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const struct row *r = &rows[i];
        char *t = run(html_text, r->in, r->len);
        char *a = run(html_attr, r->in, r->len);
        char *x = run(xml_text, r->in, r->len);
        ck_assert_msg(strcmp(t, r->text) == 0, "text %zu: %s", i, t);
        ck_assert_msg(strcmp(a, r->attr) == 0, "attr %zu: %s", i, a);
        ck_assert_msg(strcmp(x, r->xml) == 0, "xml %zu: %s", i, x);
        free(t);
        free(a);
        free(x);
        if (r->in[0] != 'a' || r->len != 3) { /* NUL row: see below */
            char *j = run(json_quote, r->in, r->len);
            ck_assert_msg(strcmp(j, r->json) == 0, "json %zu: %s", i, j);
            free(j);
        }
    }
}
END_TEST

START_TEST(json_escapes_nul_and_controls)
{
    char *j = run(json_quote, "a\0b\x01\x1f", 5);
    ck_assert_str_eq(j, "\"a\\u0000b\\u0001\\u001f\"");
    free(j);
}
END_TEST

START_TEST(header_value_drops_crlf)
{
    char *h = run(header_value, "/x\r\nSet-Cookie: a=b", 19);
    ck_assert_str_eq(h, "/xSet-Cookie: a=b");
    free(h);
}
END_TEST

START_TEST(url_encoders)
{
    char *p = run(url_path, "/2021/07/año nuevo?.html",
                  strlen("/2021/07/año nuevo?.html"));
    ck_assert_str_eq(p, "/2021/07/a%C3%B1o%20nuevo%3F.html");
    free(p);
    char *q = run(url_query, "1.3&x=\"", 7);
    ck_assert_str_eq(q, "1.3%26x%3D%22");
    free(q);
}
END_TEST

START_TEST(path_attr)
{
    struct buf b;
    buf_init(&b, 1 << 16);
    html_path_attr(&b, "/x/host/a\"b c?d=1&e");
    ck_assert(!buf_failed(&b));
    ck_assert_str_eq(b.data, "/x/host/a%22b%20c%3Fd%3D1%26e");
    buf_reset(&b);
    html_path_attr(&b, "");
    ck_assert_str_eq(b.data, "");
    buf_release(&b);
}
END_TEST

START_TEST(link_schemes)
{
    static const char *const ok[] = {"https://example.org/a",
                                     "HTTP://example.org", "mailto:a@b.c"};
    static const char *const bad[] = {"javascript:alert(1)",
                                      "JaVaScRiPt:alert(1)",
                                      " javascript:x",
                                      "data:text/html,<script>",
                                      "vbscript:x",
                                      "//evil.example",
                                      "https://a b",
                                      "https://a\"onmouseover=x",
                                      "http://",
                                      "/relative",
                                      "java\tscript:x",
                                      "https://x\n"};
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
        ck_assert_msg(url_is_safe_link(ok[i], strlen(ok[i])), "%s", ok[i]);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert_msg(!url_is_safe_link(bad[i], strlen(bad[i])), "%s", bad[i]);
    ck_assert(!url_is_http("mailto:a@b.c", 12));
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, escapers_table);
    tcase_add_test(tc, json_escapes_nul_and_controls);
    tcase_add_test(tc, header_value_drops_crlf);
    tcase_add_test(tc, url_encoders);
    tcase_add_test(tc, path_attr);
    tcase_add_test(tc, link_schemes);
}

TEST_MAIN("escape")
