/*
 * test_html2md.c - HTML to safe Markdown: which tags survive, which links,
 * entities, white space, escaping "only where it would change the
 * rendering", the lead image and caption, and the limits.
 */
#include "testlib.h"

#include "import/html2md.h"

struct case_ {
    const char *html;
    const char *md;
};

static void check_table(const struct case_ *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct buf out;
        buf_init(&out, 1 << 16);
        int rc = html2md(t[i].html, strlen(t[i].html), &out);
        ck_assert_msg(rc == 0, "case %zu: rc %d", i, rc);
        ck_assert_msg(strcmp(out.data, t[i].md) == 0,
                      "case %zu: %s\n  got  [%s]\n  want [%s]", i, t[i].html,
                      out.data, t[i].md);
        buf_release(&out);
    }
}

START_TEST(tags_kept)
{
    static const struct case_ t[] = {
        {"<p>one</p><p>two</p>", "one\n\ntwo"},
        {"a<br>b", "a\\\nb"},
        {"a<br /><br />b", "a\n\nb"},
        {"a<br><br><br><br>b", "a\n\nb"},
        {"<b>bold</b> <strong>strong</strong>", "**bold** **strong**"},
        {"<i>it</i> <em>em</em>", "*it* *em*"},
        {"<b>bold </b>next", "**bold** next"},
        {"<b> </b>x", "x"},
        {"<b>a<br>b</b>", "**a**\\\n**b**"},
        {"<a href=\"https://example.org/x?a=1&amp;b=2\">link</a>",
         "[link](https://example.org/x?a=1&b=2)"},
        {"<a href='HTTP://Example.org/'>up</a>", "[up](HTTP://Example.org/)"},
        {"<a href=\"https://x.org/a b(c)\">t</a>",
         "[t](https://x.org/a%20b\\(c\\))"},
        {"<img src=\"https://x.org/i.png\" alt=\"A [pic]\">",
         "![A \\[pic\\]](https://x.org/i.png)"},
        {"<a href=\"https://x.org/\"><img src=\"https://x.org/i.png\"></a>",
         "[![](https://x.org/i.png)](https://x.org/)"},
        {"<blockquote>q1<p>q2</p></blockquote>after", "> q1\n>\n> q2\n\nafter"},
        {"<ul><li>a</li><li>b</li></ul>", "- a\n- b"},
        {"<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"},
        {"<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c"},
        {"<ul><li>a<br>more</li></ul>", "- a\\\n  more"},
        {"<h2>Two</h2><h3>Three</h3><h4>Four</h4>",
         "## Two\n\n### Three\n\n#### Four"},
        {"<h2>a<br>b</h2>", "## a b"},
    };
    check_table(t, sizeof(t) / sizeof(t[0]));
}
END_TEST

START_TEST(tags_dropped)
{
    static const struct case_ t[] = {
        {"<span style=\"color:red\">red</span> <font>f</font> <u>u</u>",
         "red f u"},
        {"<h1>One</h1><h5>Five</h5>", "One\n\nFive"},
        {"<div>a</div><div>b</div>", "a\n\nb"},
        {"<table><tr><td>a</td><td>b</td></tr></table>", "a\n\nb"},
        {"x<script>alert('<b>')</script>y", "xy"},
        {"x<style>p{}</style>y<SCRIPT type=x>z</SCRIPT >w", "xyw"},
        {"x<iframe src=\"https://evil/\">fallback</iframe>y", "xy"},
        {"x<!-- hidden <b> -->y<!DOCTYPE html><?php echo 1 ?>z", "xyz"},
        {"<a href=\"javascript:alert(1)\">js</a>", "js"},
        {"<a href=\" javascript:alert(1)\">js</a>", "js"},
        {"<a href=\"java&#x09;script:alert(1)\">js</a>", "js"},
        {"<a href=\"data:text/html,x\">d</a> <a href=\"/rel\">r</a>", "d r"},
        {"<a href=\"mailto:a@b.c\">m</a> <a>none</a>", "m none"},
        {"<img src=\"javascript:alert(1)\"><img src=\"//x.org/i.png\">", ""},
        {"<img src=x onerror=alert(1)>ok", "ok"},
        {"<p onclick=\"evil()\">t</p>", "t"},
        {"a < b and c > d", "a < b and c > d"},
        {"<b>unclosed", "**unclosed**"},
        {"text<b", "text"},
        {"</b></i></a></ul></blockquote>x", "x"},
        {"<i><b>x</i></b>y", "***x***y"},
    };
    check_table(t, sizeof(t) / sizeof(t[0]));
}
END_TEST

START_TEST(entities_and_space)
{
    static const struct case_ t[] = {
        {"It&#x27;s &amp; &lt;ok&gt; &quot;q&quot; &#39;s&#39;",
         "It's & \\<ok> \"q\" 's'"},
        {"caf&eacute; se&ntilde;or &mdash; &hellip; &euro;",
         "café señor — … €"},
        /* any HTML5 name, two code points too (util/entity.h) */
        {"&hearts; Lo&ccaron;ka &NotEqualTilde; &Uuml;ber",
         "♥ Ločka \xe2\x89\x82\xcc\xb8 Über"},
        {"&#8217;&#x1F1F2;&#x1F1FD; &#146;", "’🇲🇽 ’"},
        {"bad &#0; &#xD800; &#x110000; &#1;", "bad \xef\xbf\xbd \xef\xbf\xbd "
                                              "\xef\xbf\xbd \xef\xbf\xbd"},
        /* looks like a reference to Markdown: escaped, renders the same */
        {"&unknown; &amp &", "\\&unknown; &amp &"},
        {"&amp;amp; &amp;#42;", "\\&amp; \\&#42;"},
        {"  lots   of\n\n spaces\t", "lots of spaces"},
        {"a&nbsp;&nbsp;b", "a b"},
        {"<p>  </p><p></p>x<br><br>", "x"},
    };
    check_table(t, sizeof(t) / sizeof(t[0]));
}
END_TEST

START_TEST(escaping)
{
    static const struct case_ t[] = {
        /* renders as written already: untouched */
        {"12:36 why?", "12:36 why?"},
        {"#1.3 is wrong", "#1.3 is wrong"},
        {"Geez$$ I$ wonder$$", "Geez$$ I$ wonder$$"},
        {"2 * 3 = 6", "2 * 3 = 6"},
        {"snake_case_name", "snake_case_name"},
        {"one *star", "one *star"},
        {"~Nagging Kathi", "~Nagging Kathi"},
        {"[sic", "[sic"},
        {"<3 you", "<3 you"},
        {"C:\\Users", "C:\\Users"},
        {"In 1984. A year", "In 1984. A year"},
        {"a - b", "a - b"},
        {"x_y and z", "x_y and z"},
        {"AT&T", "AT&T"},
        {"100%", "100%"},
        /* would render differently: escaped */
        {"*really*", "\\*really\\*"},
        {"a*b*c", "a\\*b\\*c"},
        {"_under_", "\\_under\\_"},
        /* conservative: any "_" that could open is escaped once the text
         * has two; it still renders as written */
        {"x_y and _z", "x_y and \\_z"},
        {"~~gone~~", "\\~\\~gone\\~\\~"},
        {"`code`", "\\`code\\`"},
        {"[x](http://e.org)", "\\[x\\](http://e.org)"},
        {"see &lt;b&gt;", "see \\<b>"},
        {"&lt;http://e.org&gt;", "\\<http://e.org>"},
        {"&amp;copy;", "\\&copy;"},
        {"back\\*slash*", "back\\\\\\*slash\\*"},
        {"# title", "\\# title"},
        {"### three", "\\### three"},
        {"&gt; quote", "\\> quote"},
        {"- item", "\\- item"},
        {"+ item", "\\+ item"},
        {"* item", "\\* item"},
        {"1. first", "1\\. first"},
        {"2) second", "2\\) second"},
        {"1984. A year", "1984\\. A year"},
        {"---", "\\---"},
        {"===", "\\==="},
        {"a<br>- b<br># c<br>&gt; d", "a\\\n\\- b\\\n\\# c\\\n\\> d"},
        {"<b>*</b>", "**\\***"},
        {"<a href=\"https://e.org\">a]b</a>", "[a\\]b](https://e.org)"},
    };
    check_table(t, sizeof(t) / sizeof(t[0]));
}
END_TEST

START_TEST(pipes_only_in_articles)
{
    struct buf out, img, cap;
    buf_init(&out, 4096);
    buf_init(&img, 8192);
    buf_init(&cap, 2048);
    ck_assert_int_eq(html2md("a | b", 5, &out), 0);
    ck_assert_str_eq(out.data, "a | b");
    buf_reset(&out);
    ck_assert_int_eq(html2md_article("a | b", 5, &out, &img, &cap), 0);
    ck_assert_str_eq(out.data, "a \\| b");
    buf_release(&out);
    buf_release(&img);
    buf_release(&cap);
}
END_TEST

static void article(const char *html, const char *md, const char *image,
                    const char *caption)
{
    struct buf out, img, cap;
    buf_init(&out, 1 << 16);
    buf_init(&img, 8192);
    buf_init(&cap, 2048);
    ck_assert_int_eq(html2md_article(html, strlen(html), &out, &img, &cap), 0);
    ck_assert_msg(strcmp(out.data, md) == 0, "%s\n got [%s]", html, out.data);
    ck_assert_str_eq(img.data, image);
    ck_assert_str_eq(cap.data, caption);
    buf_release(&out);
    buf_release(&img);
    buf_release(&cap);
}

START_TEST(lead_image_and_caption)
{
    /* Blogger's separator div, then a centred italic caption */
    article("<div class=\"separator\" style=\"clear: both; text-align: "
            "center;\"><a href=\"https://b.org/big.jpg\"><img border=\"0\" "
            "src=\"https://b.org/i.jpg\" /></a></div><div style=\"text-align: "
            "center;\"><i>The  caption</i></div><p>Body.</p>",
            "Body.", "https://b.org/i.jpg", "The caption");
    /* tr-caption table */
    article("<table class=\"tr-caption-container\"><tr><td><img "
            "src=\"https://b.org/i.jpg\"></td></tr><tr><td "
            "class=\"tr-caption\">Cap &amp; more</td></tr></table>Body",
            "Body", "https://b.org/i.jpg", "Cap & more");
    /* figure */
    article("<figure><img src=\"https://b.org/i.jpg\"><figcaption>F"
            "</figcaption></figure><p>x</p>",
            "x", "https://b.org/i.jpg", "F");
    /* text right after the image: it is body, not a caption */
    article("<p><img src=\"https://b.org/i.jpg\">Text</p><div "
            "style=\"text-align:center\">Centred later</div>",
            "Text\n\nCentred later", "https://b.org/i.jpg", "");
    /* a second image stays in the body; no caption */
    article("<img src=\"https://b.org/1.jpg\"><p><img "
            "src=\"https://b.org/2.jpg\"></p>",
            "![](https://b.org/2.jpg)", "https://b.org/1.jpg", "");
    /* an unsafe first image is not a lead image */
    article("<img src=\"javascript:x\"><p>t</p>", "t", "", "");
    /* no image at all */
    article("<p>just text</p>", "just text", "", "");
}
END_TEST

START_TEST(limits_and_errors)
{
    struct buf out;
    buf_init(&out, 8);
    ck_assert_int_eq(html2md("<p>far too long for eight</p>", 29, &out),
                     ERR_TOOBIG);
    buf_release(&out);

    buf_init(&out, 1024);
    ck_assert_int_eq(html2md("bad \xc3\x28", 6, &out), ERR_INVALID);
    ck_assert_int_eq(html2md("nul\0byte", 8, &out), ERR_INVALID);
    buf_release(&out);

    /* deep nesting does not overflow anything */
    struct buf in;
    buf_init(&in, 1 << 20);
    for (int i = 0; i < 5000; i++)
        buf_adds(&in, "<blockquote><ul><li><b><a href=\"https://x.org\">");
    buf_adds(&in, "deep");
    buf_init(&out, 1 << 20);
    ck_assert_int_eq(html2md(in.data, in.len, &out), 0);
    ck_assert_contains(out.data, "deep");
    buf_release(&out);
    buf_release(&in);

    ck_assert(html2md_url_ok("https://a.b/", 12));
    ck_assert(html2md_url_ok("  http://a.b/x  ", 16));
    ck_assert(!html2md_url_ok("https://", 8));
    ck_assert(!html2md_url_ok("https://a\nb", 11));
    ck_assert(!html2md_url_ok("ftp://a.b/", 10));
    ck_assert(!html2md_url_ok("javascript:alert(1)", 19));
}
END_TEST

START_TEST(decode_refs_only)
{
    static const struct case_ t[] = {
        {"Tom &amp; Jerry", "Tom & Jerry"},
        {"&amp;lt;b&amp;gt;", "&lt;b&gt;"}, /* once, not twice */
        {"O&#039;Brien &#x41;", "O'Brien A"},
        {"<b>kept</b> *as* [text]", "<b>kept</b> *as* [text]"},
        {"&#0;&#x202E;&#1;", "\xEF\xBF\xBD\xE2\x80\xAE\xEF\xBF\xBD"},
        {"&unknown; & &amp", "&unknown; & &amp"},
        {"", ""}};
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        struct buf out;
        buf_init(&out, 256);
        ck_assert_int_eq(
            html2md_decode_refs(t[i].html, strlen(t[i].html), &out), 0);
        ck_assert_str_eq(out.data, t[i].md);
        buf_release(&out);
    }
    struct buf out;
    buf_init(&out, 4);
    ck_assert_int_eq(html2md_decode_refs("far too long", 12, &out), ERR_TOOBIG);
    buf_release(&out);
    buf_init(&out, 64);
    ck_assert_int_eq(html2md_decode_refs("nul\0byte", 8, &out), ERR_INVALID);
    buf_release(&out);
}
END_TEST

static void add_tests(TCase *tc)
{
    tcase_add_test(tc, tags_kept);
    tcase_add_test(tc, tags_dropped);
    tcase_add_test(tc, entities_and_space);
    tcase_add_test(tc, escaping);
    tcase_add_test(tc, pipes_only_in_articles);
    tcase_add_test(tc, lead_image_and_caption);
    tcase_add_test(tc, limits_and_errors);
    tcase_add_test(tc, decode_refs_only);
}

TEST_MAIN("html2md")
