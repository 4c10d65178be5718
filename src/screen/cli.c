/*
 * cli.c - `charla classify`: read one comment per line on stdin and print
 * a verdict per line, the way a moderator or a script would try the screen
 * by hand. (`charla eval` is in eval.c.) Also screen_model_open, which
 * every command that screens (serve, classify, rescreen) loads its
 * --model with, so that `--model none` means one thing and warns the
 * same way in each.
 */
#include <errno.h>
#include <math.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "screen/screen_int.h"
#include "util/str.h"

#define CLI_MAX_LINE (1u << 20)

static int cli_read_file(const char *path, char **out, struct buf *err)
{
    struct buf b;
    buf_init(&b, 4u << 20);
    int rc = screen_read_file(path, &b, false, err);
    if (rc) {
        buf_release(&b);
        return rc;
    }
    *out = buf_detach(&b, NULL);
    if (!*out) {
        *out = malloc(1);
        if (*out)
            (*out)[0] = '\0';
    }
    return *out ? 0 : ERR_NOMEM;
}

int screen_model_open(const char *path, const char *who, const char *lists,
                      struct screen_model **out, struct buf *err)
{
    *out = NULL;
    if (path && strcmp(path, SCREEN_NO_MODEL) == 0) {
        fprintf(stderr,
                "%s: screening model off (--model %s): only %s%sthe rule "
                "grammars (threats, dehumanising talk, harassment) and the "
                "doxxing guard screen comments, so threats and slurs only "
                "the model knows are not held\n",
                who, SCREEN_NO_MODEL, lists ? lists : "", lists ? ", " : "");
        return 0;
    }
    *out = screen_model_load(path ? path : SCREEN_DEFAULT_MODEL, err);
    return *out ? 0 : ERR_NOTFOUND;
}

/* The usage, to out: stdout when asked for, stderr after a mistake. */
static void classify_usage(FILE *out)
{
    fputs("usage: charla classify [--model FILE|none] [--json] "
          "[--threshold X]\n"
          "                       [--banned FILE] [--suspect FILE] "
          "[--protected FILE]\n"
          "                       [--publish-profanity]\n"
          "Reads comments from stdin, one per line, and prints per line\n"
          "hold<TAB>score<TAB>category (or a JSON object with --json).\n"
          "--model none screens as `charla serve --model none` does: the "
          "word\nlists given, the rule grammars and the doxxing guard "
          "only.\n",
          out);
}

/* A JSON string of s[0..len), with U+FFFD for each byte that is not
 * part of well-formed UTF-8: a span may cover bad bytes of the comment,
 * and jansson cannot encode those (its output would be missing). */
static json_t *classify_json_text(const char *s, size_t len)
{
    struct buf b;
    buf_init(&b, 3 * len + 16);
    for (size_t i = 0; i < len;) {
        size_t n = str_utf8_seq_len((const unsigned char *)s + i, len - i);
        if (n) {
            buf_add(&b, s + i, n);
            i += n;
        } else {
            buf_adds(&b, "\xef\xbf\xbd"); /* U+FFFD */
            i++;
        }
    }
    json_t *j = buf_failed(&b) ? NULL : json_stringn(b.data, b.len);
    buf_release(&b);
    return j;
}

static void classify_json(const char *text, size_t len,
                          const struct screen_verdict *v)
{
    json_t *o = json_object();
    json_object_set_new(o, "hold", json_boolean(v->hold));
    json_object_set_new(o, "score", json_real((double)v->score));
    json_object_set_new(o, "category",
                        v->category ? json_string(v->category) : json_null());
    json_object_set_new(o, "banned", json_boolean(v->banned));
    json_object_set_new(o, "banned_word",
                        v->banned ? json_string(v->banned_word) : json_null());
    json_t *sc = json_object();
    for (int c = 0; c < SCREEN_NCAT; c++)
        json_object_set_new(sc, screen_category_name(c),
                            json_real((double)v->cat_score[c]));
    json_object_set_new(o, "scores", sc);
    json_t *sp = json_array();
    for (size_t i = 0; i < v->nspans; i++) {
        const struct screen_span *s = &v->spans[i];
        json_t *e = json_object();
        json_object_set_new(e, "offset", json_integer(s->offset));
        json_object_set_new(e, "length", json_integer(s->len));
        const char *cn = screen_category_name(s->category);
        json_object_set_new(e, "category", cn ? json_string(cn) : json_null());
        if ((size_t)s->offset + s->len <= len)
            json_object_set_new(e, "text",
                                classify_json_text(text + s->offset, s->len));
        json_array_append_new(sp, e);
    }
    json_object_set_new(o, "spans", sp);
    char *out = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(4) |
                                  JSON_ENSURE_ASCII);
    /* one line per comment, always, so output lines match input lines */
    fputs(out ? out : "{\"error\":\"out of memory\"}", stdout);
    fputc('\n', stdout);
    free(out);
    json_decref(o);
}

/*
 * classify reads stdin and writes stdout in blocks of its own: getline
 * and fwrite cost about 290 instructions a comment between them, more
 * than the lexicon scan. Lines are read with read(2), which returns what
 * a terminal has (a line as it is typed), and the verdicts go out a
 * block at a time, or a line at a time to a terminal, as stdio would.
 */
#define CLI_BLOCK (64u << 10)
#define CLI_MAX_CATEGORY 38 /* bytes of a category name printed */

struct cli_input {
    char *data;
    size_t len, cap;
    size_t start; /* the next line's first byte */
    size_t seen;  /* bytes from start known to hold no '\n' */
    bool eof;
    int err; /* errno of a failed read or allocation, or 0 */
};

/* The next line of stdin without its '\n' (the byte after it is the
 * '\n', or a NUL after the last line), as getline would give it.
 * Returns false at the end of the input, and on a read error or when out
 * of memory, which in->err then says. */
static bool cli_next_line(struct cli_input *in, char **line, size_t *len)
{
    for (;;) {
        char *from = in->data + in->start;
        char *nl =
            memchr(from + in->seen, '\n', in->len - in->start - in->seen);
        if (nl) {
            *line = from;
            *len = (size_t)(nl - from);
            in->start += *len + 1;
            in->seen = 0;
            return true;
        }
        in->seen = in->len - in->start;
        /* a line longer than classify reads (CLI_MAX_LINE) keeps only its
         * first bytes and the block it ends in: the caller cuts it there
         * anyway, and memory stays bounded whatever the input */
        if (in->seen > CLI_MAX_LINE + CLI_BLOCK) {
            in->len = in->start + CLI_MAX_LINE;
            in->seen = CLI_MAX_LINE;
        }
        if (in->eof) {
            if (in->start == in->len)
                return false;
            *line = from; /* a last line without '\n' */
            *len = in->len - in->start;
            in->data[in->len] = '\0';
            in->start = in->len;
            in->seen = 0;
            return true;
        }
        /* keep the line begun, and room for a block and a NUL */
        memmove(in->data, from, in->len - in->start);
        in->len -= in->start;
        in->start = 0;
        if (in->cap - in->len < CLI_BLOCK + 1) {
            size_t cap = in->cap ? in->cap * 2 : 2 * CLI_BLOCK;
            char *d = realloc(in->data, cap);
            if (!d) {
                in->err = ENOMEM;
                return false;
            }
            in->data = d;
            in->cap = cap;
        }
        ssize_t r = read(STDIN_FILENO, in->data + in->len, CLI_BLOCK);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            in->err = errno;
            return false;
        }
        if (r == 0)
            in->eof = true;
        else
            in->len += (size_t)r;
    }
}

struct cli_output {
    char data[CLI_BLOCK];
    size_t len;
    bool each_line; /* stdout is a terminal */
    int err;        /* errno of the first failed write, or 0: stdio drops
                       a block it could not write, so a later fflush
                       would not tell */
};

/* Hands what out holds to stdout. */
static void cli_flush(struct cli_output *out)
{
    if (out->len && fwrite(out->data, 1, out->len, stdout) != out->len &&
        !out->err)
        out->err = errno ? errno : EIO;
    out->len = 0;
}

/*
 * classify_line writes "hold<TAB>score<TAB>category": what
 * printf("%d\t%.3f\t%s\n") writes, without printf's cost, which was a
 * twentieth of classify's. A float times 1000 is exact in a double, so
 * nearbyint rounds ties to even exactly as printf does.
 */
static void classify_line(struct cli_output *o, const struct screen_verdict *v)
{
    float sc = v->score < 0.0f ? 0.0f : v->score > 1.0f ? 1.0f : v->score;
    long k = lrint((double)sc * 1000.0);
    const char *cat = v->category ? v->category : "-";
    size_t cl = strlen(cat);
    if (cl > CLI_MAX_CATEGORY)
        cl = CLI_MAX_CATEGORY;
    if (sizeof(o->data) - o->len < 9 + cl)
        cli_flush(o);
    char *out = o->data + o->len;
    out[0] = v->hold ? '1' : '0';
    out[1] = '\t';
    out[2] = (char)('0' + k / 1000);
    out[3] = '.';
    out[4] = (char)('0' + k / 100 % 10);
    out[5] = (char)('0' + k / 10 % 10);
    out[6] = (char)('0' + k % 10);
    out[7] = '\t';
    memcpy(out + 8, cat, cl);
    out[8 + cl] = '\n';
    o->len += 9 + cl;
    if (o->each_line)
        cli_flush(o);
}

int screen_cmd_classify(int argc, char **argv)
{
    const char *model = SCREEN_DEFAULT_MODEL;
    const char *lists[3] = {NULL, NULL, NULL};
    bool json = false;
    struct screen_policy pol;
    screen_policy_init(&pol);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--model") == 0 && i + 1 < argc) {
            model = argv[++i];
        } else if (strcmp(a, "--json") == 0) {
            json = true;
        } else if (strcmp(a, "--threshold") == 0 && i + 1 < argc) {
            char *end = NULL;
            float t = strtof(argv[++i], &end);
            if (!end || *end || !(t > 0.0f && t <= 1.0f)) {
                fprintf(stderr, "charla classify: --threshold wants a number "
                                "in (0, 1]\n");
                return 2;
            }
            pol.hold_threshold = t;
        } else if (strcmp(a, "--publish-profanity") == 0) {
            pol.publish_profanity = true;
        } else if (strcmp(a, "--banned") == 0 && i + 1 < argc) {
            lists[0] = argv[++i];
        } else if (strcmp(a, "--suspect") == 0 && i + 1 < argc) {
            lists[1] = argv[++i];
        } else if (strcmp(a, "--protected") == 0 && i + 1 < argc) {
            lists[2] = argv[++i];
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            classify_usage(stdout);
            return 0;
        } else {
            fprintf(stderr,
                    "charla classify: unknown or incomplete option "
                    "'%s'\n",
                    a);
            classify_usage(stderr);
            return 2;
        }
    }
    struct buf err;
    buf_init(&err, 4096);
    char *words[3] = {NULL, NULL, NULL};
    int ret = 1;
    struct screen_scratch sc;
    screen_scratch_init(&sc);
    struct cli_input in = {.data = malloc(2 * CLI_BLOCK), .cap = 2 * CLI_BLOCK};
    struct cli_output *o = calloc(1, sizeof(*o));
    struct screen_model *m = NULL;
    bool any_list = lists[0] || lists[1] || lists[2];
    if (screen_model_open(model, "charla classify",
                          any_list ? "the word lists given" : NULL, &m, &err)) {
        fprintf(stderr, "charla classify: %s\n", err.data);
        goto out;
    }
    for (int k = 0; k < 3; k++) {
        if (lists[k] && cli_read_file(lists[k], &words[k], &err)) {
            fprintf(stderr, "charla classify: %s\n", err.data);
            goto out;
        }
    }
    pol.banned_words = words[0];
    pol.suspect_words = words[1];
    pol.protected_names = words[2];
    if (!o || !in.data) {
        fprintf(stderr, "charla classify: out of memory\n");
        goto out;
    }
    o->each_line = isatty(STDOUT_FILENO);
    char *line;
    size_t len;
    while (cli_next_line(&in, &line, &len)) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (len > CLI_MAX_LINE)
            len = CLI_MAX_LINE;
        struct screen_verdict v;
        if (screen_check_scratch(m, &pol, line, len, &v, &sc)) {
            fprintf(stderr, "charla classify: out of memory\n");
            goto out;
        }
        if (json)
            classify_json(line, len, &v);
        else
            classify_line(o, &v);
    }
    if (in.err) {
        fprintf(stderr, "charla classify: reading stdin failed: %s\n",
                strerror(in.err));
        goto out;
    }
    cli_flush(o);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout) || o->err) {
        int e = o->err ? o->err : errno ? errno : EIO;
        fprintf(stderr, "charla classify: write failed: %s\n", strerror(e));
        goto out;
    }
    ret = 0;
out:
    if (o)
        cli_flush(o); /* the verdicts given before a failure */
    free(o);
    free(in.data);
    for (int k = 0; k < 3; k++)
        free(words[k]);
    screen_scratch_release(&sc);
    screen_model_free(m);
    buf_release(&err);
    return ret;
}
