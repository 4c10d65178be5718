/*
 * fuzz_markdown.c - markdown_render and markdown_preview on any bytes.
 *
 * The first input byte picks the options: bit 0 comment or article, bit 1
 * with or without a reference context (a small thread, including a
 * tombstone and two comments at the same minute), bit 2 a link prefix
 * with characters that need escaping; the next byte is the preview
 * length. The output must be valid UTF-8 and hold only our tags (see
 * fuzz_check_html), every reported reference must have 1..REFS_MAX_TARGETS
 * targets.
 */
#include "fuzz_util.h"
#include "render/markdown.h"
#include "util/str.h"

#define T0 1626418800
static const struct refs_comment thread[] = {
    {1, "1", T0 + 11 * 3600 + 15 * 60, 11, 15, false, "first words"},
    {2, "1.1", T0 + 11 * 3600 + 40 * 60, 11, 40, true, ""},
    {3, "1.2", T0 + 12 * 3600 + 36 * 60, 12, 36, false,
     "quote \" and <b> & 'x'"},
    {4, "2", T0 + 12 * 3600 + 36 * 60, 12, 36, false, NULL},
    {5, "2.1", T0 + 17 * 3600 + 29 * 60, 17, 29, false, "\xe2\x80\xa6"},
    {6, "12", T0 + 0 * 3600 + 36 * 60, 0, 36, false, "midnight"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint8_t sel = data[0];
    size_t preview_max = data[1];
    const char *md = (const char *)data + 2;
    size_t len = size - 2;

    struct refs_ctx ctx = {
        thread, sizeof(thread) / sizeof(thread[0]), 0, T0 + 86400, false, 0};
    struct markdown_opts opts = {
        .kind = (sel & 1) ? MARKDOWN_ARTICLE : MARKDOWN_COMMENT,
        .refs = (sel & 2) ? &ctx : NULL,
        .link_prefix = (sel & 4) ? "/a\"b<c>&d'e.html" : "",
    };
    struct buf out;
    struct arena a;
    struct markdown_ref *refs = NULL;
    size_t nrefs = 0;
    buf_init(&out, 1u << 26);
    arena_init(&a, 1u << 26);
    int ret = markdown_render(&out, md, len, &opts, &a, &refs, &nrefs);
    if (ret == 0) {
        if (buf_failed(&out))
            fuzz_die("render succeeded with a failed buffer");
        if (!str_utf8_valid(out.data, out.len))
            fuzz_die("output is not valid UTF-8");
        fuzz_check_html(out.data, out.len);
        if (nrefs && !refs)
            fuzz_die("references counted but not returned");
        for (size_t i = 0; i < nrefs; i++)
            if (refs[i].ntargets < 1 || refs[i].ntargets > REFS_MAX_TARGETS ||
                !refs[i].text)
                fuzz_die("bad reference");
    } else if (ret != ERR_TOOBIG && ret != ERR_NOMEM) {
        fuzz_die("unexpected error code");
    }

    buf_reset(&out);
    markdown_preview(&out, md, len, preview_max);
    if (!buf_failed(&out)) {
        if (!str_utf8_valid(out.data, out.len))
            fuzz_die("preview is not valid UTF-8");
        for (size_t i = 0; i < out.len; i++)
            if ((unsigned char)out.data[i] < 0x20)
                fuzz_die("control byte in the preview");
        if (str_utf8_count(out.data, out.len) > preview_max + 1)
            fuzz_die("preview longer than asked");
    }
    buf_release(&out);
    arena_release(&a);
    return 0;
}
