/*
 * fuzz_html2md.c - html2md and html2md_article on any bytes.
 *
 * Byte 0 picks the function (bit 0) and whether the result is then
 * rendered as Markdown (bit 1): what html2md writes must render, by the
 * renderer, into HTML that passes fuzz_check_html. Input that is not
 * UTF-8 or holds NUL must be refused with ERR_INVALID.
 */
#include "fuzz_util.h"
#include "import/html2md.h"
#include "render/markdown.h"
#include "util/str.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t sel = data[0];
    const char *html = (const char *)data + 1;
    size_t len = size - 1;
    struct buf out, img, cap;
    buf_init(&out, 1u << 24);
    buf_init(&img, 8192);
    buf_init(&cap, 8192);
    int ret = (sel & 1) ? html2md_article(html, len, &out, &img, &cap)
                        : html2md(html, len, &out);
    bool valid = str_utf8_valid(html, len);
    if (!valid && ret != ERR_INVALID)
        fuzz_die("invalid UTF-8 or NUL not refused");
    if (ret == 0) {
        if (!str_utf8_valid(out.data, out.len))
            fuzz_die("Markdown output is not valid UTF-8");
        if (img.len && !html2md_url_ok(img.data, img.len))
            fuzz_die("lead image is not an http(s) URL");
        if (sel & 2) {
            struct buf html_out;
            struct markdown_opts o = {
                (sel & 1) ? MARKDOWN_ARTICLE : MARKDOWN_COMMENT, NULL, ""};
            buf_init(&html_out, 1u << 26);
            if (markdown_render(&html_out, out.data, out.len, &o, NULL, NULL,
                                NULL) == 0)
                fuzz_check_html(html_out.data, html_out.len);
            buf_release(&html_out);
        }
    } else if (ret != ERR_INVALID && ret != ERR_TOOBIG && ret != ERR_NOMEM) {
        fuzz_die("unexpected error code");
    }
    buf_release(&out);
    buf_release(&img);
    buf_release(&cap);
    return 0;
}
