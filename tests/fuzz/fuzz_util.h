/*
 * fuzz_util.h - what the libFuzzer targets in tests/fuzz share: a scratch
 * file for the parsers that read a path (the importers), a sink that keeps
 * nothing, one run of an importer through both, and a check that rendered HTML
 * holds only the tags and attributes our renderers are allowed to write.
 *
 * Every target is built by scripts/fuzz.sh with clang and
 * -fsanitize=fuzzer,address,undefined; a crash, a sanitizer report or a
 * broken invariant (abort) is a bug. Targets keep no state between inputs
 * except caches that cannot change the result (the scratch file, a store
 * whose writes are rolled back).
 */
#ifndef CHARLA_FUZZ_UTIL_H
#define CHARLA_FUZZ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "import/import.h"

/* fuzz_die reports a broken invariant and aborts, so libFuzzer saves the
 * input. */
static inline void fuzz_die(const char *what)
{
    fprintf(stderr, "fuzz invariant broken: %s\n", what);
    abort();
}

static char fuzz_scratch_path[256];

static void fuzz_scratch_remove(void)
{
    if (fuzz_scratch_path[0])
        unlink(fuzz_scratch_path);
}

/*
 * fuzz_scratch_write replaces the contents of this process's scratch file
 * with data[0, size) and returns its path (static, valid for the process).
 * The file lives in $TMPDIR (or /tmp) and is removed at exit.
 */
static inline const char *fuzz_scratch_write(const uint8_t *data, size_t size)
{
    if (!fuzz_scratch_path[0]) {
        const char *dir = getenv("TMPDIR");
        if (!dir || !*dir)
            dir = "/tmp";
        snprintf(fuzz_scratch_path, sizeof(fuzz_scratch_path),
                 "%s/charla-fuzz-XXXXXX", dir);
        int fd = mkstemp(fuzz_scratch_path);
        if (fd < 0)
            fuzz_die("cannot create the scratch file");
        close(fd);
        atexit(fuzz_scratch_remove);
    }
    FILE *f = fopen(fuzz_scratch_path, "wb");
    if (!f)
        fuzz_die("cannot open the scratch file");
    if (size && fwrite(data, 1, size, f) != size)
        fuzz_die("cannot write the scratch file");
    fclose(f);
    return fuzz_scratch_path;
}

/* A sink that checks what an importer promises and keeps nothing. */
static int fuzz_sink_article(void *ctx, const struct import_article *a)
{
    (void)ctx;
    if (!a->source_id || !a->path || !a->url || !a->title || !a->byline ||
        !a->body_md || !a->lead_image || !a->lead_caption || !a->labels)
        fuzz_die("an article field is NULL");
    return 0;
}

static int fuzz_sink_comment(void *ctx, const struct import_comment *c)
{
    (void)ctx;
    if (!c->source_id || !c->article_source_id || !c->parent_source_id ||
        !c->author_name || !c->body_md)
        fuzz_die("a comment field is NULL");
    if ((c->status == IMPORT_REMOVED || c->status == IMPORT_DELETED) &&
        c->body_md[0])
        fuzz_die("a tombstone has a body");
    return 0;
}

static const struct import_sink fuzz_null_sink = {NULL, fuzz_sink_article,
                                                  fuzz_sink_comment, NULL};

/*
 * fuzz_import runs an importer (import_blogger, import_disqus, ...) on
 * data[0, size) through the scratch file and the null sink: an error must
 * come with a message, and no importer returns a positive value.
 */
static inline void
fuzz_import(int (*import)(const char *path, const struct import_sink *sink,
                          struct import_stats *stats, struct buf *err),
            const uint8_t *data, size_t size)
{
    const char *path = fuzz_scratch_write(data, size);
    struct import_stats stats;
    struct buf err;
    buf_init(&err, 4096);
    int ret = import(path, &fuzz_null_sink, &stats, &err);
    if (ret != 0 && err.len == 0)
        fuzz_die("an error without a message");
    if (ret > 0)
        fuzz_die("a positive return value");
    buf_release(&err);
}

/* in_list: s[0, len) is one of the NULL-terminated words. */
static inline bool fuzz_in_list(const char *s, size_t len,
                                const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == len && memcmp(words[i], s, len) == 0)
            return true;
    return false;
}

/*
 * fuzz_check_html aborts unless html[0, len) is valid-looking output of our
 * renderers: every '<' opens (or closes) a tag from the allowed set, every
 * attribute is an allowed one with a double-quoted value free of '<', and
 * no raw NUL appears. Text between tags is never parsed as markup by a
 * browser when this holds.
 */
static inline void fuzz_check_html(const char *html, size_t len)
{
    static const char *const tags[] = {
        "p",   "br",   "blockquote", "ul",     "ol",    "li",    "hr",
        "pre", "code", "em",         "strong", "del",   "a",     "img",
        "h2",  "h3",   "h4",         "table",  "thead", "tbody", "tr",
        "th",  "td",   "span",       NULL};
    static const char *const attrs[] = {
        "href", "rel", "class", "title", "start", "src", "alt", "align", NULL};
    size_t i = 0;
    while (i < len) {
        if (html[i] == '\0')
            fuzz_die("NUL byte in HTML output");
        if (html[i] == '>')
            fuzz_die("bare '>' in HTML text");
        if (html[i] != '<') {
            i++;
            continue;
        }
        i++;
        if (i < len && html[i] == '/')
            i++;
        size_t name = i;
        while (i < len && ((html[i] >= 'a' && html[i] <= 'z') ||
                           (html[i] >= '0' && html[i] <= '9')))
            i++;
        if (!fuzz_in_list(html + name, i - name, tags))
            fuzz_die("unexpected tag in HTML output");
        for (;;) {
            while (i < len && html[i] == ' ')
                i++;
            if (i < len && html[i] == '>') {
                i++;
                break;
            }
            if (i + 1 < len && html[i] == '/' && html[i + 1] == '>') {
                i += 2;
                break;
            }
            size_t an = i;
            while (i < len && html[i] >= 'a' && html[i] <= 'z')
                i++;
            if (!fuzz_in_list(html + an, i - an, attrs))
                fuzz_die("unexpected attribute in HTML output");
            if (i + 1 >= len || html[i] != '=' || html[i + 1] != '"')
                fuzz_die("attribute without a quoted value");
            i += 2;
            while (i < len && html[i] != '"') {
                if (html[i] == '<' || html[i] == '\0')
                    fuzz_die("'<' or NUL inside an attribute value");
                i++;
            }
            if (i >= len)
                fuzz_die("unterminated attribute value");
            i++;
        }
    }
}

#endif
