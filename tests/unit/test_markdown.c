/*
 * test_markdown.c - the Markdown renderer (src/render/markdown.c): the
 * markup it emits, link filtering, reference links, the hostile table (all
 * output checked by a small well-formedness checker below) and previews.
 */
#include "testlib.h"

#include <stdio.h>

#include "render/markdown.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/str.h"

/* Part of the demo thread (see test_refs.c), times local UTC-7. */
#define DAY0 1626418800
static const struct refs_comment demo[] = {
    {1, "1", DAY0 + 11 * 3600 + 15 * 60, 11, 15, false,
     "Lol. Real criminal of Mexico hiding behind real international…", NULL,
     false, false, -420, true},
    {2, "1.1", DAY0 + 11 * 3600 + 40 * 60, 11, 40, true, "", NULL, false, false,
     -420, true},
    {7, "1.2", DAY0 + 12 * 3600 + 36 * 60, 12, 36, false,
     "11:40 I regret to inform you that you are blaming the wrong…", NULL,
     false, false, -420, true},
    {10, "1.3", DAY0 + 12 * 3600 + 52 * 60, 12, 52, false,
     "Language please ~Nagging Kathi", NULL, false, false, -420, true},
    {13, "1.4", DAY0 + 13 * 3600 + 20 * 60, 13, 20, false,
     "Let the comment stand. It's \"correct\" <b>", NULL, false, false, -420,
     true},
    {17, "1.5", DAY0 + 14 * 3600 + 7 * 60, 14, 7, false,
     "12:36 Why do you regret it?", NULL, false, false, -420, true},
    {24, "1.7", DAY0 + 17 * 3600 + 29 * 60, 17, 29, false,
     "Your under my comment.", NULL, false, false, -420, true},
    {25, "1.8", DAY0 + 18 * 3600 + 3 * 60, 18, 3, false, "5:29 you lack", NULL,
     false, false, -420, true},
};
#define DEMO_N (sizeof(demo) / sizeof(demo[0]))

static struct buf out;
static struct arena arena;

static const char *render_kind(enum markdown_kind kind,
                               const struct refs_ctx *refs, const char *prefix,
                               const char *md, size_t len)
{
    struct markdown_opts o = {kind, refs, prefix, NULL, false};
    buf_release(&out);
    buf_init(&out, 1 << 24);
    int rc = markdown_render(&out, md, len, &o, NULL, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    return out.data;
}

static const char *comment(const char *md)
{
    return render_kind(MARKDOWN_COMMENT, NULL, "", md, strlen(md));
}

static const char *article(const char *md)
{
    return render_kind(MARKDOWN_ARTICLE, NULL, "", md, strlen(md));
}

/* A comment posted as demo comment k (its id and time) with the demo refs. */
static const char *as_demo(size_t k, const char *md)
{
    static struct refs_ctx ctx;
    ctx =
        (struct refs_ctx){demo, DEMO_N, demo[k].id, demo[k].created, false, 0};
    return render_kind(MARKDOWN_COMMENT, &ctx, "", md, strlen(md));
}

/* ---- a small checker: balanced known tags, safe attributes ---- */

static bool is_void(const char *name)
{
    return !strcmp(name, "br") || !strcmp(name, "hr") || !strcmp(name, "img");
}

static bool known_tag(const char *name)
{
    static const char *const tags[] = {
        "p",   "em", "strong", "del", "code",  "pre",   "blockquote",
        "ul",  "ol", "li",     "br",  "hr",    "a",     "span",
        "img", "h2", "h3",     "h4",  "table", "thead", "tbody",
        "tr",  "th", "td",     "u"};
    for (size_t k = 0; k < sizeof(tags) / sizeof(tags[0]); k++) {
        if (!strcmp(name, tags[k]))
            return true;
    }
    return false;
}

static bool safe_url(const char *v, size_t n)
{
    return (n >= 7 && !strncmp(v, "http://", 7)) ||
           (n >= 8 && !strncmp(v, "https://", 8)) ||
           (n >= 7 && !strncmp(v, "mailto:", 7)) || (n >= 2 && v[0] == '#') ||
           (n >= 1 && v[0] == '/');
}

/*
 * check_html fails the test unless html is valid UTF-8 made of known tags,
 * properly nested, whose attributes are known, double-quoted, free of '<'
 * and '"', with href/src on safe schemes; text has no raw '<' or '>'.
 */
static void check_html(const char *html)
{
    char stack[256][16];
    size_t depth = 0;
    const char *p = html;
    ck_assert_msg(str_utf8_valid(html, strlen(html)), "bad UTF-8: %s", html);
    ck_assert_not_contains(html, "<script");
    /* "javascript:" may appear as text; safe_url keeps it out of hrefs. */
    while (*p) {
        if (*p == '>')
            ck_abort_msg("raw '>' in text at: %.60s", p);
        if (*p == '&') {
            const char *e = p + 1;
            if (*e == '#')
                e++;
            while ((*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9'))
                e++;
            ck_assert_msg(*e == ';' && e > p + 1, "bare & at: %.40s", p);
        }
        if (*p != '<') {
            p++;
            continue;
        }
        p++;
        bool closing = *p == '/';
        if (closing)
            p++;
        char name[16];
        size_t n = 0;
        while (*p >= 'a' && *p <= 'z' && n < 15)
            name[n++] = *p++;
        if (*p >= '2' && *p <= '4' && n == 1 && name[0] == 'h')
            name[n++] = *p++;
        name[n] = '\0';
        ck_assert_msg(known_tag(name), "unknown tag <%s> in %s", name, html);
        if (closing) {
            ck_assert_msg(*p == '>', "junk in </%s>", name);
            ck_assert_msg(depth > 0 && !strcmp(stack[depth - 1], name),
                          "</%s> closes %s", name,
                          depth ? stack[depth - 1] : "nothing");
            depth--;
            p++;
            continue;
        }
        while (*p == ' ') {
            p++;
            char attr[16];
            size_t an = 0;
            while (*p >= 'a' && *p <= 'z' && an < 15)
                attr[an++] = *p++;
            attr[an] = '\0';
            ck_assert_msg(!strcmp(attr, "href") || !strcmp(attr, "src") ||
                              !strcmp(attr, "title") || !strcmp(attr, "alt") ||
                              !strcmp(attr, "class") || !strcmp(attr, "rel") ||
                              !strcmp(attr, "start"),
                          "attribute %s in %s", attr, html);
            ck_assert_msg(p[0] == '=' && p[1] == '"', "unquoted %s", attr);
            p += 2;
            const char *v = p;
            while (*p && *p != '"') {
                ck_assert_msg(*p != '<' && *p != '>', "< in attribute");
                p++;
            }
            ck_assert_msg(*p == '"', "unterminated attribute");
            if (!strcmp(attr, "href") || !strcmp(attr, "src"))
                ck_assert_msg(safe_url(v, (size_t)(p - v)), "unsafe url %.*s",
                              (int)(p - v), v);
            p++;
        }
        ck_assert_msg(*p == '>', "junk in <%s>: %.30s", name, p);
        p++;
        if (!is_void(name)) {
            ck_assert_int_lt(depth, 256);
            memcpy(stack[depth++], name, n + 1);
        }
    }
    ck_assert_msg(depth == 0, "unclosed <%s>", depth ? stack[depth - 1] : "");
}

/* ---- basics ---- */

START_TEST(paragraphs_and_emphasis)
{
    ck_assert_str_eq(comment("Hola *mundo* and **bold** ~~gone~~"),
                     "<p>Hola <em>mundo</em> and <strong>bold</strong> "
                     "<del>gone</del></p>\n");
    ck_assert_str_eq(comment("one\n\ntwo"), "<p>one</p>\n<p>two</p>\n");
    ck_assert_str_eq(comment(""), "");
}
END_TEST

START_TEST(lists_quotes_code)
{
    ck_assert_str_eq(comment("- a\n- b"),
                     "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");
    ck_assert_str_eq(comment("3. a\n4. b"),
                     "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n");
    ck_assert_str_eq(
        comment("> quoted\n\nnot"),
        "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>not</p>\n");
    ck_assert_str_eq(comment("`a<b`"), "<p><code>a&lt;b</code></p>\n");
    ck_assert_str_eq(comment("```\nx < y\n```"),
                     "<pre><code>x &lt; y\n</code></pre>\n");
    /* Comments have no indented code (imported text is often indented). */
    ck_assert_str_eq(comment("    indented"), "<p>indented</p>\n");
    ck_assert_str_eq(article("    indented"),
                     "<pre><code>indented\n</code></pre>\n");
    ck_assert_str_eq(comment("a\n\n---\n\nb"), "<p>a</p>\n<hr>\n<p>b</p>\n");
}
END_TEST

START_TEST(headings_by_kind)
{
    ck_assert_str_eq(comment("# Big"), "<p><strong>Big</strong></p>\n");
    ck_assert_str_eq(article("# Big"), "<h2>Big</h2>\n");
    ck_assert_str_eq(article("### Mid"), "<h3>Mid</h3>\n");
    ck_assert_str_eq(article("###### Small"), "<h4>Small</h4>\n");
}
END_TEST

START_TEST(images_by_kind)
{
    ck_assert_str_eq(comment("![a cat](https://e.com/c.png)"),
                     "<p><a href=\"https://e.com/c.png\" rel=\"nofollow ugc "
                     "noopener\">a cat</a></p>\n");
    ck_assert_str_eq(article("![cat](mailto:a@b.c)"), "<p>cat</p>\n");
    ck_assert_str_eq(article("![cat](/local.png)"), "<p>cat</p>\n");
    ck_assert_not_contains(comment("![x](http://e.com/x.png)"), "<img");
}
END_TEST

/* The page's CSP loads images from the site alone: an article's image on
 * another site is a link to it, like the lead image, never an <img>. */
START_TEST(article_images_from_other_sites_are_links)
{
    ck_assert_str_eq(article("![a *cat*](https://e.com/c.png)"),
                     "<p><a class=\"external-image\" "
                     "href=\"https://e.com/c.png\" rel=\"noreferrer "
                     "noopener\">a cat</a></p>\n");
    /* without alt text the link still says what it is */
    ck_assert_str_eq(article("![](http://e.com/x.png)"),
                     "<p><a class=\"external-image\" "
                     "href=\"http://e.com/x.png\" rel=\"noreferrer "
                     "noopener\">View the image (it is on another "
                     "site)</a></p>\n");
    /* a linked image keeps the outer link, with the alt text inside */
    ck_assert_str_eq(article("[![i](http://a.com/i.png)](http://b.com)"),
                     "<p><a href=\"http://b.com\">i</a></p>\n");
    /* the alt text and the URL are escaped */
    const char *h = article("![<b>\"x\"</b>](https://e.com/a\"b.png)");
    ck_assert_not_contains(h, "<img");
    ck_assert_not_contains(h, "<b>");
    check_html(h);
    check_html(article("text ![a](https://e.com/1.png) and "
                       "[![b](https://e.com/2.png) c](https://e.com/3)"));
}
END_TEST

START_TEST(link_schemes)
{
    ck_assert_str_eq(comment("[a](http://e.com/x?q=1&r=2)"),
                     "<p><a href=\"http://e.com/x?q&#61;1&amp;r&#61;2\" "
                     "rel=\"nofollow ugc noopener\">a</a></p>\n");
    ck_assert_contains(comment("[a](HTTPS://e.com)"), "href=\"HTTPS://e.com\"");
    ck_assert_contains(comment("[a](mailto:x@e.com)"),
                       "href=\"mailto:x@e.com\"");
    ck_assert_str_eq(article("[a](https://e.com \"T\")"),
                     "<p><a href=\"https://e.com\" title=\"T\">a</a></p>\n");
    static const char *const bad[] = {
        "[a](javascript:alert(1))", "[a](ftp://e.com)",
        "[a](/relative)",           "[a](#frag)",
        "[a](data:text/html,x)",    "[a](e.com)",
        "[a](vbscript:x)"};
    for (size_t k = 0; k < sizeof(bad) / sizeof(bad[0]); k++)
        ck_assert_str_eq(comment(bad[k]), "<p>a</p>\n");
    /* Autolinks in comments: bare URLs and www. */
    ck_assert_contains(comment("see https://e.com/a now"),
                       "<a href=\"https://e.com/a\" rel=\"nofollow ugc "
                       "noopener\">https://e.com/a</a>");
    ck_assert_contains(comment("see www.e.com now"),
                       "<a href=\"http://www.e.com\"");
    /* Non-ASCII in a URL is percent-encoded. */
    ck_assert_contains(comment("[a](https://e.com/\xc3\xb1)"),
                       "href=\"https://e.com/%C3%B1\"");
}
END_TEST

START_TEST(soft_breaks)
{
    ck_assert_str_eq(comment("Language please\n\n~Nagging Kathi"),
                     "<p>Language please</p>\n<p>~Nagging Kathi</p>\n");
    ck_assert_str_eq(comment("Good luck\nMexico is full"),
                     "<p>Good luck<br>\nMexico is full</p>\n");
    ck_assert_str_eq(article("Good luck\nMexico"),
                     "<p>Good luck\nMexico</p>\n");
    ck_assert_str_eq(article("hard  \nbreak"), "<p>hard<br>\nbreak</p>\n");
}
END_TEST

START_TEST(raw_html_is_text)
{
    ck_assert_str_eq(comment("<script>alert(1)</script>"),
                     "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
    ck_assert_str_eq(comment("<b>x</b>\n\n<div>\ny\n</div>"),
                     "<p>&lt;b&gt;x&lt;/b&gt;</p>\n<p>&lt;div&gt;<br>\ny<br>\n"
                     "&lt;/div&gt;</p>\n");
    ck_assert_str_eq(comment("&amp; &lt; &#65; &eacute; &bogus; &#0;"),
                     "<p>&amp; &lt; A \xc3\xa9 &amp;bogus; \xef\xbf\xbd</p>\n");
}
END_TEST

/*
 * The HTML5 named references, with their semicolon, as CommonMark reads
 * them. Before the full table, all but a short list were shown as typed
 * ("&amp;NotEqualTilde;").
 */
START_TEST(named_entities)
{
    ck_assert_str_eq(comment("&hellip; &mdash; &ntilde;"),
                     "<p>\xe2\x80\xa6 \xe2\x80\x94 \xc3\xb1</p>\n");
    /* Two code points: U+2242 U+0338, "fj", '<' U+20D2 (escaped). */
    ck_assert_str_eq(comment("&NotEqualTilde; &fjlig; &nvlt;"),
                     "<p>\xe2\x89\x82\xcc\xb8 fj &lt;\xe2\x83\x92</p>\n");
    /* The first, the last and the longest name of the table. */
    ck_assert_str_eq(
        comment("&AElig; &zwnj; &CounterClockwiseContourIntegral;"),
        "<p>\xc3\x86 \xe2\x80\x8c \xe2\x88\xb3</p>\n");
    /* Unknown, wrong case, too long, without the semicolon: as typed. */
    ck_assert_str_eq(comment("&bogus; &Amp; &AMP; &hellipx; &helli;"),
                     "<p>&amp;bogus; &amp;Amp; &amp; &amp;hellipx; "
                     "&amp;helli;</p>\n");
    ck_assert_str_eq(comment("&CounterClockwiseContourIntegralX;"),
                     "<p>&amp;CounterClockwiseContourIntegralX;</p>\n");
    ck_assert_str_eq(comment("&ntilde &copy caf&eacute"),
                     "<p>&amp;ntilde &amp;copy caf&amp;eacute</p>\n");
    /* What they stand for is text: escaped, never markup. */
    ck_assert_str_eq(comment("&lt;b&gt; &quot;&apos; &ast;no em&ast; "
                             "&grave;x&grave; &lbrack;a&rbrack;(b)"),
                     "<p>&lt;b&gt; &quot;&#39; *no em* `x` [a](b)</p>\n");
    ck_assert_str_eq(comment("a&Tab;b"), "<p>a\tb</p>\n");
    /* In code they stay as typed. */
    ck_assert_str_eq(comment("`&hellip;`"),
                     "<p><code>&amp;hellip;</code></p>\n");
    /* In a link: decoded before the scheme is checked, then escaped. */
    ck_assert_str_eq(comment("[x](http://e.com/&quest;a&equals;1 "
                             "\"&hellip;&quot;\")"),
                     "<p><a href=\"http://e.com/?a&#61;1\" "
                     "title=\"\xe2\x80\xa6&quot;\" "
                     "rel=\"nofollow ugc noopener\">x</a></p>\n");
    ck_assert_str_eq(comment("[y](javascript&colon;alert(1)) "
                             "[z](java&NewLine;script:alert(1))"),
                     "<p>y z</p>\n");
    /* A reference spelled with entities is still a reference. */
    ck_assert_contains(as_demo(7, "&num;1.3"),
                       "<a class=\"ref\" href=\"#c1.3\"");
    check_html(comment("&nvlt;&nvgt;&amp;&NewLine;&Tab;&quot;&apos;"));
}
END_TEST

/* ---- the hostile table ---- */

START_TEST(hostile_inputs)
{
    static const char *const hostile[] = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x]\n\n[x]: javascript:alert(1) \"t\"",
        "<javascript:alert(1)>",
        "[x](&#x6a;avascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](jav&#x0A;ascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "![x](javascript:alert(1))",
        "![x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](http://a.com/\"onmouseover=\"alert(1))",
        "[x](http://a.com \"t\\\" onmouseover=alert(1)\")",
        "[x](http://a.com 'a\" onclick=\"x')",
        "[a](http://x.com/<script>)",
        "http://x.com/\"onclick=alert(1)//",
        "www.x.com/\"><script>alert(1)</script>",
        "[x](mailto:a@b.c?subject=\"><script>)",
        "[x](http://a.com)[y](javascript:x)",
        "[[x](http://a.com)](javascript:y)",
        "[x](http://a.com \"<script>\")",
        "![![x](http://a.com/i.png)](http://b.com/j.png)",
        "![a\"b](http://a.com/i.png \"t\")",
        "`<script>` ```<script>```",
        "```<script>\n<script>\n```",
        "<!-- x --> <?php ?> <![CDATA[x]]>",
        "&lt;script&gt; &#60;script&#62; &#x110000; &#xD800; &#99999999999;",
        "# <script>\n\n## \"onclick=\n\n- <b>\n\n> <i>",
        "| a | b |\n|---|---|\n| <script> | [x](javascript:y) |",
        "12:36 <script> #1.2\"onclick=x",
        ">>1.3\"><script>",
    };
    static struct refs_ctx ctx;
    ctx = (struct refs_ctx){demo, DEMO_N, 0, DAY0 + 86400, false, 0};
    for (size_t k = 0; k < sizeof(hostile) / sizeof(hostile[0]); k++) {
        const char *in = hostile[k];
        check_html(render_kind(MARKDOWN_COMMENT, &ctx, "", in, strlen(in)));
        check_html(render_kind(MARKDOWN_ARTICLE, NULL, "", in, strlen(in)));
    }
}
END_TEST

START_TEST(hostile_bytes)
{
    static const char nul[] = "a\0b<\0script>\0[x](java\0script:y)";
    check_html(render_kind(MARKDOWN_COMMENT, NULL, "", nul, sizeof(nul) - 1));
    ck_assert_contains(out.data, "a\xef\xbf\xbd"
                                 "b");
    static const char broken[] = "\xff\xfe caf\xc3 \xe2\x82 *\xc0\xaf* "
                                 "[\xed\xa0\x80](http://a.com/\xff)";
    check_html(
        render_kind(MARKDOWN_COMMENT, NULL, "", broken, sizeof(broken) - 1));
    check_html(
        render_kind(MARKDOWN_ARTICLE, NULL, "", broken, sizeof(broken) - 1));
}
END_TEST

static char *repeat(const char *unit, size_t times, const char *tail)
{
    size_t u = strlen(unit), t = strlen(tail);
    char *s = malloc(u * times + t + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t k = 0; k < times; k++)
        memcpy(s + k * u, unit, u);
    memcpy(s + u * times, tail, t + 1);
    return s;
}

START_TEST(deep_nesting_and_long_runs)
{
    static const struct {
        const char *unit;
        size_t times;
        const char *tail;
    } cases[] = {
        {">", 2000, " deep"}, {"> ", 1000, "deep"},
        {"- ", 500, "x"},     {"1. ", 300, "x"},
        {"*", 5000, ""},      {"*", 5000, "a"},
        {"_a", 3000, "_"},    {"[", 3000, "x](http://a.com)"},
        {"`", 3000, ""},      {"![", 1000, "x](http://a.com/i.png)"},
        {"**a", 2000, ""},    {"> - ", 400, "x\n> - y"},
        {"\\", 4000, ""},     {"&#", 2000, ";"},
        {"<", 3000, ">"},     {"12:36 ", 2000, ""},
    };
    static struct refs_ctx ctx;
    ctx = (struct refs_ctx){demo, DEMO_N, 0, DAY0 + 86400, false, 0};
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        char *s = repeat(cases[k].unit, cases[k].times, cases[k].tail);
        const char *h = render_kind(MARKDOWN_COMMENT, &ctx, "", s, strlen(s));
        check_html(h);
        /* Quote and list tags stop at MARKDOWN_MAX_DEPTH. */
        size_t quotes = 0;
        for (const char *q = h; (q = strstr(q, "<blockquote>")); q++)
            quotes++;
        ck_assert_msg(k > 1 || quotes == MARKDOWN_MAX_DEPTH, "%zu quotes",
                      quotes);
        check_html(render_kind(MARKDOWN_ARTICLE, NULL, "", s, strlen(s)));
        free(s);
    }
}
END_TEST

START_TEST(limits)
{
    struct markdown_opts o = {MARKDOWN_COMMENT, NULL, "", NULL, false};
    struct buf small;
    buf_init(&small, 16);
    ck_assert_int_eq(markdown_render(&small, "a long enough paragraph", 23, &o,
                                     NULL, NULL, NULL),
                     ERR_TOOBIG);
    buf_release(&small);
    buf_init(&small, 16);
    ck_assert_int_eq(markdown_render(&small, "x", MARKDOWN_MAX_INPUT + 1, &o,
                                     NULL, NULL, NULL),
                     ERR_TOOBIG);
    buf_release(&small);
}
END_TEST

/* ---- references ---- */

START_TEST(reference_single)
{
    /* 1.5 "12:36 Why do you regret it?" -> 1.2 */
    ck_assert_str_eq(as_demo(5, "12:36\n\nWhy do you regret it?"),
                     "<p><a class=\"ref\" href=\"#c1.2\" title=\"11:40 I "
                     "regret to inform you that you are blaming the "
                     "wrong…\">12:36</a></p>\n<p>Why do you regret it?</p>\n");
    /* The preview is attribute-escaped. */
    ck_assert_contains(as_demo(7, "#1.4 yes"),
                       "<a class=\"ref\" href=\"#c1.4\" title=\"Let the "
                       "comment stand. It&#39;s &quot;correct&quot; "
                       "&lt;b&gt;\">#1.4</a> yes");
    /* 1.8: "5:29 ... 11;15 ... 11:40" */
    const char *h = as_demo(7, "5:29 you lack seeing who it was directed to "
                               "it was not directed 11;15 as you assume, but "
                               "to 11:40 which was taken out by moderater.");
    ck_assert_contains(h, "<a class=\"ref\" href=\"#c1.7\" title=\"Your under "
                          "my comment.\">5:29</a>");
    ck_assert_contains(h, "<a class=\"ref\" href=\"#c1\" title=\"Lol. Real "
                          "criminal of Mexico hiding behind real "
                          "international…\">11;15</a>");
    ck_assert_contains(h, "<a class=\"ref ref-gone\" href=\"#c1.1\" "
                          "title=\"removed\">11:40</a>");
    check_html(h);
}
END_TEST

START_TEST(reference_tombstone)
{
    ck_assert_str_eq(as_demo(2, "11:40 I regret to inform you"),
                     "<p><a class=\"ref ref-gone\" href=\"#c1.1\" "
                     "title=\"removed\">11:40</a> I regret to inform "
                     "you</p>\n");
}
END_TEST

/* a comment its author deleted is not "removed": the link says who */
START_TEST(reference_to_a_deleted_comment)
{
    struct refs_comment two[] = {
        {1, "1", 100, 12, 36, true, "", NULL, false, true, 0, false},
        {2, "2", 200, 12, 36, true, "", NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {two, 2, 0, 1000, false, 0};
    ck_assert_str_eq(render_kind(MARKDOWN_COMMENT, &ctx, "", ">>1 yes", 7),
                     "<p><a class=\"ref ref-gone\" href=\"#c1\" "
                     "title=\"deleted by its author\">&gt;&gt;1</a> "
                     "yes</p>\n");
    /* the list an ambiguous time links to says it of each */
    const char *h = render_kind(MARKDOWN_COMMENT, &ctx, "", "12:36 who?", 10);
    ck_assert_contains(h, "href=\"#c1\" title=\"deleted by its "
                          "author\">1</a>");
    ck_assert_contains(h, "href=\"#c2\" title=\"removed\">2</a>");
    check_html(h);
}
END_TEST

START_TEST(reference_many)
{
    struct refs_comment two[] = {
        {1, "1.2", 100, 12, 36, false, "first", NULL, false, false, 0, false},
        {2, "1.4", 200, 0, 36, false, "second", NULL, false, false, 0, false},
        {3, "1.5", 300, 12, 36, true, "", NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {two, 3, 0, 1000, false, 0};
    const char *h =
        render_kind(MARKDOWN_COMMENT, &ctx, "/a.html", "12:36 who?", 10);
    ck_assert_str_eq(h,
                     "<p>12:36 <span class=\"ref-many\">(<a class=\"ref\" "
                     "href=\"/a.html?c=1.2#c1.2\" title=\"first\">1.2</a>, <a "
                     "class=\"ref\" href=\"/a.html?c=1.4#c1.4\" "
                     "title=\"second\">1.4</a>, <a class=\"ref ref-gone\" "
                     "href=\"/a.html?c=1.5#c1.5\" title=\"removed\">1.5</a>)"
                     "</span> who?</p>\n");
    check_html(h);
}
END_TEST

/* A reference table from a thread carries bodies, not previews: the
 * title is made from the named comment's text when the link is drawn. */
START_TEST(reference_preview_made_from_the_body)
{
    struct refs_comment two[] = {
        {1, "1", 100, 12, 36, false, NULL,
         "**Bold** claim, [a link](http://e.com) & <b>tags</b> then many "
         "more words that run past the ninety characters a preview keeps",
         false, false, 0, false},
        {2, "2", 200, 13, 0, false, NULL, NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {two, 2, 3, 1000, false, 0};
    const char *h = render_kind(MARKDOWN_COMMENT, &ctx, "", "#1 and #2", 9);
    ck_assert_contains(h, "href=\"#c1\" title=\"Bold claim, a link &amp; "
                          "&lt;b&gt;tags&lt;/b&gt; then many more words that "
                          "run past the ninety characters…\"");
    ck_assert_contains(h, "href=\"#c2\" title=\"\"");
    check_html(h);
}
END_TEST

/* A comment awaiting review lends no word to a reference, whatever its
 * entry holds: the link says only that it awaits review. */
START_TEST(reference_awaiting_review_shows_nothing)
{
    struct refs_comment two[] = {
        {1, "1", 100, 12, 36, false, NULL, "Published words", false, false, 0,
         false},
        {2, "2", 200, 16, 5, false, "Held words", "Held **words**", true, false,
         0, false},
    };
    struct refs_ctx ctx = {two, 2, 3, 1000, false, 0};
    const char *h = render_kind(MARKDOWN_COMMENT, &ctx, "", "#1 and #2", 9);
    ck_assert_str_eq(h, "<p><a class=\"ref\" href=\"#c1\" title=\"Published "
                        "words\">#1</a> and <a class=\"ref ref-gone\" "
                        "href=\"#c2\" title=\"awaiting review\">#2</a></p>\n");
    ck_assert_not_contains(
        render_kind(MARKDOWN_COMMENT, &ctx, "/a.html", "#2", 2), "Held");
}
END_TEST

/* On a page of a long thread, a reference to a comment that page does not
 * show links to "?c=N", which finds its page without JavaScript. */
START_TEST(reference_to_a_comment_on_another_page)
{
    struct refs_comment two[] = {
        {1, "1", 100, 12, 36, false, "here", NULL, false, false, 0, false},
        {2, "50", 200, 13, 0, false, "there", NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {two, 2, 3, 1000, false, 0};
    const bool shown[] = {true, false};
    struct markdown_opts o = {MARKDOWN_COMMENT, &ctx, "", shown, false};
    buf_release(&out);
    buf_init(&out, 1 << 24);
    ck_assert_int_eq(
        markdown_render(&out, "#1 and #50", 10, &o, NULL, NULL, NULL), 0);
    ck_assert_str_eq(out.data, "<p><a class=\"ref\" href=\"#c1\" "
                               "title=\"here\">#1</a> and <a class=\"ref\" "
                               "href=\"?c=50#c50\" title=\"there\">#50</a>"
                               "</p>\n");
}
END_TEST

/* A feed's reference to a comment of a thread about another site's page
 * links to that page's "#cN", which its widget finds: no "?c=", which the
 * page would not know (and which would spoil a URL with a query). */
START_TEST(reference_to_a_page_that_shows_the_whole_thread)
{
    struct refs_comment two[] = {
        {1, "1", 100, 12, 36, false, "here", NULL, false, false, 0, false},
        {2, "50", 200, 13, 0, false, "there", NULL, false, false, 0, false},
    };
    struct refs_ctx ctx = {two, 2, 3, 1000, false, 0};
    struct markdown_opts o = {MARKDOWN_COMMENT, &ctx,
                              "https://blog.example/p?a=1", NULL, true};
    buf_release(&out);
    buf_init(&out, 1 << 24);
    ck_assert_int_eq(markdown_render(&out, "#50", 3, &o, NULL, NULL, NULL), 0);
    ck_assert_str_eq(out.data, "<p><a class=\"ref\" "
                               "href=\"https://blog.example/p?a&#61;1#c50\" "
                               "title=\"there\">#50</a></p>\n");
}
END_TEST

START_TEST(reference_not_in_code_or_links)
{
    ck_assert_not_contains(as_demo(7, "`12:36` and\n\n```\n12:36 #1.2\n```"),
                           "class=\"ref");
    ck_assert_str_eq(as_demo(7, "[12:36 #1.2](http://e.com)"),
                     "<p><a href=\"http://e.com\" rel=\"nofollow ugc "
                     "noopener\">12:36 #1.2</a></p>\n");
    ck_assert_not_contains(as_demo(7, "[12:36](javascript:x)"), "class=\"ref");
    ck_assert_not_contains(as_demo(7, "https://e.com/watch?t=12:36"),
                           "class=\"ref");
    /* Emphasis is fine. */
    ck_assert_contains(as_demo(7, "*12:36*"),
                       "<em><a class=\"ref\" href=\"#c1.2\"");
    /* No such comment, or not a time: text. */
    ck_assert_str_eq(as_demo(7, "#99 and 43 students, $50 million, 2014"),
                     "<p>#99 and 43 students, $50 million, 2014</p>\n");
}
END_TEST

START_TEST(reference_double_angle)
{
    ck_assert_str_eq(as_demo(7, ">>1.3 no"),
                     "<p><a class=\"ref\" href=\"#c1.3\" title=\"Language "
                     "please ~Nagging Kathi\">&gt;&gt;1.3</a> no</p>\n");
    ck_assert_str_eq(as_demo(7, "  >>1.3"),
                     "<p><a class=\"ref\" href=\"#c1.3\" title=\"Language "
                     "please ~Nagging Kathi\">&gt;&gt;1.3</a></p>\n");
    ck_assert_str_eq(as_demo(7, "> >>1.3 quoted"),
                     "<blockquote>\n<p><a class=\"ref\" href=\"#c1.3\" "
                     "title=\"Language please ~Nagging Kathi\">&gt;&gt;1.3"
                     "</a> quoted</p>\n</blockquote>\n");
    ck_assert_str_eq(as_demo(7, "> plain quote"),
                     "<blockquote>\n<p>plain quote</p>\n</blockquote>\n");
    /* >> without a digit is still a nested quote. */
    ck_assert_contains(as_demo(7, ">> x"),
                       "<blockquote>\n<blockquote>\n<p>x</p>");
    /* Inside a fence it stays code. */
    ck_assert_str_eq(as_demo(7, "```\n>>1.3\n```"),
                     "<pre><code>&gt;&gt;1.3\n</code></pre>\n");
    /* A missing number after >> is text, not a quote. */
    ck_assert_str_eq(as_demo(7, ">>99"), "<p>&gt;&gt;99</p>\n");
}
END_TEST

static const char ref_1_3[] = "<a class=\"ref\" href=\"#c1.3\" "
                              "title=\"Language please ~Nagging Kathi\">"
                              "&gt;&gt;1.3</a>";

/*
 * Fences as CommonMark opens and closes them, and list items. Each case
 * was wrong before: the comment says how.
 */
START_TEST(reference_double_angle_fences_and_lists)
{
    char want[512];
    /* Only a line of the same mark, at least as long, closes a fence;
       before, "~~~" or a shorter "```" did, and the next ">>1.3" in the
       code showed a backslash ("\&gt;&gt;1.3"). */
    ck_assert_str_eq(as_demo(7, "```\n>>1.3\n~~~\n>>1.3\n```"),
                     "<pre><code>&gt;&gt;1.3\n~~~\n&gt;&gt;1.3\n"
                     "</code></pre>\n");
    ck_assert_str_eq(as_demo(7, "````\n>>1.3\n```\n>>1.3\n````"),
                     "<pre><code>&gt;&gt;1.3\n```\n&gt;&gt;1.3\n"
                     "</code></pre>\n");
    /* A closing fence has nothing after it: "```js" is code. */
    ck_assert_str_eq(as_demo(7, "```\n```js\n>>1.3\n```"),
                     "<pre><code>```js\n&gt;&gt;1.3\n</code></pre>\n");
    /* A backtick fence's info string holds no backtick: "```x``` then" is
       a code span, not a fence; before, it opened one and ">>1.3" after it
       became a quote in a quote. */
    snprintf(want, sizeof(want), "<p><code>x</code> then</p>\n<p>%s</p>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "```x``` then\n>>1.3"), want);
    /* Fences inside a quote or a list item; before, their ">>1.3" was
       escaped and showed a backslash. */
    ck_assert_str_eq(as_demo(7, "> ```\n> >>1.3\n> ```"),
                     "<blockquote>\n<pre><code>&gt;&gt;1.3\n</code></pre>\n"
                     "</blockquote>\n");
    ck_assert_str_eq(as_demo(7, "> ```\n>>1.3"),
                     "<blockquote>\n<pre><code>&gt;1.3\n</code></pre>\n"
                     "</blockquote>\n");
    ck_assert_str_eq(as_demo(7, "- ```\n  >>1.3\n  ```"),
                     "<ul>\n<li><pre><code>&gt;&gt;1.3\n</code></pre>\n"
                     "</li>\n</ul>\n");
    /* A fence ends with its list item; before, it ran on and ">>1.3"
       after the list became a quote in a quote. */
    snprintf(want, sizeof(want),
             "<ul>\n<li><p>a</p>\n<pre><code>x\n</code></pre>\n</li>\n"
             "</ul>\n<p>%s</p>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "- a\n\n  ```\n  x\n>>1.3"), want);
    /* An unclosed fence runs to the end. */
    ck_assert_str_eq(as_demo(7, "```\n>>1.3\n```\n```\n>>1.3"),
                     "<pre><code>&gt;&gt;1.3\n</code></pre>\n"
                     "<pre><code>&gt;&gt;1.3\n</code></pre>\n");
    /* A code span over two lines: "2." cannot start a list there. */
    ck_assert_str_eq(as_demo(7, "`a\n2. >>1.3`"),
                     "<p><code>a 2. &gt;&gt;1.3</code></p>\n");
    /* Ordered list items, as "- " bullets; before: a quote in a quote. */
    snprintf(want, sizeof(want), "<ol>\n<li>%s</li>\n</ol>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "1. >>1.3"), want);
    snprintf(want, sizeof(want), "<ol start=\"2\">\n<li>%s yes</li>\n</ol>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "2) >>1.3 yes"), want);
    snprintf(want, sizeof(want),
             "<ul>\n<li><ol start=\"3\">\n<li>%s</li>\n</ol>\n</li>\n"
             "</ul>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "- 3. >>1.3"), want);
    /* Comments have no indented code, so any indentation, a tab, or a
       line ended by a lone CR still starts a quote in md4c; before, these
       became a quote in a quote. */
    snprintf(want, sizeof(want), "<p>%s</p>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "    >>1.3"), want);
    ck_assert_str_eq(as_demo(7, "\t>>1.3"), want);
    snprintf(want, sizeof(want), "<p>x</p>\n<p>%s</p>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "x\r>>1.3"), want);
    /* In an article, four spaces are code. */
    ck_assert_str_eq(article("    >>1.3"),
                     "<pre><code>&gt;&gt;1.3\n</code></pre>\n");
}
END_TEST

/*
 * A reference line starts a paragraph of its own, in the containers its
 * own markers open. Each case was wrong before: the escaped line went on
 * the paragraph above it, inside a quote or list item it had left.
 */
START_TEST(reference_line_starts_a_paragraph)
{
    char want[1024];
    snprintf(want, sizeof(want),
             "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>%s reply</p>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "> quoted\n>>1.3 reply"), want);
    ck_assert_str_eq(as_demo(7, "> quoted\r\n>>1.3 reply"), want);
    snprintf(want, sizeof(want),
             "<blockquote>\n<blockquote>\n<p>deep</p>\n</blockquote>\n"
             "<p>%s reply</p>\n</blockquote>\n",
             ref_1_3);
    ck_assert_str_eq(as_demo(7, "> > deep\n> >>1.3 reply"), want);
    snprintf(want, sizeof(want),
             "<ul>\n<li>item</li>\n</ul>\n<p>%s reply</p>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "- item\n>>1.3 reply"), want);
    /* Indented, it stays in the item, as a second paragraph. */
    snprintf(want, sizeof(want),
             "<ul>\n<li><p>item</p>\n<p>%s reply</p>\n</li>\n</ul>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "- item\n  >>1.3 reply"), want);
    /* At the top level, as the quote it would be without the number. */
    snprintf(want, sizeof(want), "<p>text</p>\n<p>%s reply</p>\n", ref_1_3);
    ck_assert_str_eq(as_demo(7, "text\n>>1.3 reply"), want);
    /* The line after it goes on its paragraph, as any text line. */
    snprintf(want, sizeof(want), "<p>%s</p>\n<p>%s<br>\nboth</p>\n", ref_1_3,
             ref_1_3);
    ck_assert_str_eq(as_demo(7, ">>1.3\n>>1.3\nboth"), want);
    /* In code nothing changes. */
    ck_assert_str_eq(as_demo(7, "```\nx\n>>1.3\n```"),
                     "<pre><code>x\n&gt;&gt;1.3\n</code></pre>\n");
    /* In an article, four spaces after a paragraph line are no quote:
       the line goes on the paragraph, as typed. */
    ck_assert_str_eq(article("a\n    > >>1.3"), "<p>a\n&gt; &gt;&gt;1.3</p>\n");
}
END_TEST

START_TEST(reference_list_out)
{
    static struct refs_ctx ctx;
    ctx = (struct refs_ctx){demo, DEMO_N, 25, demo[7].created, false, 0};
    struct markdown_opts o = {MARKDOWN_COMMENT, &ctx, "", NULL, false};
    struct markdown_ref *refs = NULL;
    size_t n = 99;
    const char *md = "5:29 not 11;15 but 11:40 and @1.2, #99";
    buf_release(&out);
    buf_init(&out, 1 << 20);
    arena_init(&arena, 0);
    ck_assert_int_eq(
        markdown_render(&out, md, strlen(md), &o, &arena, &refs, &n), 0);
    ck_assert_int_eq(n, 4);
    ck_assert_str_eq(refs[0].text, "5:29");
    ck_assert_int_eq(refs[0].ntargets, 1);
    ck_assert_str_eq(refs[0].targets[0], "1.7");
    ck_assert_str_eq(refs[1].text, "11;15");
    ck_assert_str_eq(refs[1].targets[0], "1");
    ck_assert_str_eq(refs[2].targets[0], "1.1");
    ck_assert_str_eq(refs[3].text, "@1.2");
    ck_assert_str_eq(refs[3].targets[0], "1.2");
    /* Many references: the array grows. */
    struct buf many;
    buf_init(&many, 1 << 20);
    for (int k = 0; k < 100; k++)
        buf_adds(&many, "#1.2 ");
    ck_assert_int_eq(
        markdown_render(&out, many.data, many.len, &o, &arena, &refs, &n), 0);
    ck_assert_int_eq(n, 100);
    ck_assert_str_eq(refs[99].targets[0], "1.2");
    /* None found. */
    ck_assert_int_eq(markdown_render(&out, "plain", 5, &o, &arena, &refs, &n),
                     0);
    ck_assert_int_eq(n, 0);
    ck_assert_ptr_null(refs);
    buf_release(&many);
    arena_release(&arena);
}
END_TEST

/* ---- previews ---- */

static const char *preview(const char *md, size_t max)
{
    buf_release(&out);
    buf_init(&out, 1 << 20);
    markdown_preview(&out, md, strlen(md), max);
    ck_assert_int_eq(buf_failed(&out), 0);
    ck_assert(str_utf8_valid(out.data, out.len) || out.len == 0);
    return out.data;
}

START_TEST(previews)
{
    ck_assert_str_eq(preview("Language please\n\n~Nagging Kathi", 80),
                     "Language please ~Nagging Kathi");
    ck_assert_str_eq(preview("**Bold** [link](http://e.com) `code`\n> q", 80),
                     "Bold link code q");
    ck_assert_str_eq(preview("one two three four", 9), "one two…");
    ck_assert_str_eq(preview("one two three four", 7), "one two…");
    ck_assert_str_eq(preview("one two three", 13), "one two three");
    ck_assert_str_eq(preview("Supercalifragilistic", 5), "Super…");
    ck_assert_str_eq(preview("", 10), "");
    ck_assert_str_eq(preview("<script>x</script>", 40), "<script>x</script>");
    ck_assert_str_eq(preview("&eacute;t&eacute; &amp; caf\xc3\xa9", 40),
                     "\xc3\xa9t\xc3\xa9 & caf\xc3\xa9");
    /* Counted in characters, never cut inside one. */
    ck_assert_str_eq(preview("ñññññ ñññ", 7), "ñññññ…");
    ck_assert_str_eq(preview("🇲🇽🇲🇽🇲🇽", 2), "🇲🇽…");
    ck_assert_str_eq(preview("bad \xff\xc3 bytes\x01here", 40),
                     "bad \xef\xbf\xbd\xef\xbf\xbd bytes here");
    ck_assert_str_eq(preview(">>1.3 you are wrong", 40), ">>1.3 you are wrong");
    /* Code keeps ">>" as typed (before: "\\>>1.3" after the "~~~"). */
    ck_assert_str_eq(preview("```\n>>1.3\n~~~\n>>1.3\n```", 40),
                     ">>1.3 ~~~ >>1.3");
    ck_assert_str_eq(preview("&hellip; &NotEqualTilde; &bogus;", 40),
                     "\xe2\x80\xa6 \xe2\x89\x82\xcc\xb8 &bogus;");
    char *big = repeat("word ", 100000, "");
    const char *p = preview(big, 12);
    ck_assert_str_eq(p, "word word…");
    free(big);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, paragraphs_and_emphasis);
    tcase_add_test(tc, lists_quotes_code);
    tcase_add_test(tc, headings_by_kind);
    tcase_add_test(tc, images_by_kind);
    tcase_add_test(tc, article_images_from_other_sites_are_links);
    tcase_add_test(tc, link_schemes);
    tcase_add_test(tc, soft_breaks);
    tcase_add_test(tc, raw_html_is_text);
    tcase_add_test(tc, named_entities);
    tcase_add_test(tc, hostile_inputs);
    tcase_add_test(tc, hostile_bytes);
    tcase_add_test(tc, deep_nesting_and_long_runs);
    tcase_add_test(tc, limits);
    tcase_add_test(tc, reference_single);
    tcase_add_test(tc, reference_tombstone);
    tcase_add_test(tc, reference_to_a_deleted_comment);
    tcase_add_test(tc, reference_many);
    tcase_add_test(tc, reference_preview_made_from_the_body);
    tcase_add_test(tc, reference_awaiting_review_shows_nothing);
    tcase_add_test(tc, reference_to_a_comment_on_another_page);
    tcase_add_test(tc, reference_to_a_page_that_shows_the_whole_thread);
    tcase_add_test(tc, reference_not_in_code_or_links);
    tcase_add_test(tc, reference_double_angle);
    tcase_add_test(tc, reference_double_angle_fences_and_lists);
    tcase_add_test(tc, reference_line_starts_a_paragraph);
    tcase_add_test(tc, reference_list_out);
    tcase_add_test(tc, previews);
}

TEST_MAIN("markdown")
