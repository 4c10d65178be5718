/*
 * neutral.c - harmless sentences for training and for measuring false
 * holds (models/neutral): sentences that name a group of people, made
 * from templates, and plain sentences of the kind readers write under a
 * story about crime and violence.
 *
 * In the labelled sets most rows that name immigrants, Jews, women or
 * Mexicans are hateful or offensive ones, so a linear model learns the
 * name itself as a sign of abuse and holds "My neighbours are Muslims".
 * On a news site those names are everyday words. Training also on
 * neutral sentences built from templates and the groups' names
 * (train.tsv) counters that; eval.tsv, with other templates, measures how
 * many such sentences a model still holds (`charla eval`).
 *
 * Reports of violence are the other everyday comment a linear model
 * learns as abuse ("They found the bodies near the border" shares
 * "bodies", "border" and "they" with hateful rows): news-train.tsv and
 * news-eval.tsv hold such sentences, one per line, for the same two uses.
 * Harsh criticism of officials is the third ("These politicians are all
 * corrupt" shares its shape with "These migrants are all criminals"):
 * criticism-train.tsv and criticism-eval.tsv.
 *
 * The folder also holds the other side: abuse-train.tsv and
 * abuse-eval.tsv are abusive comments of the kinds this beat draws and no
 * labelled set has (veiled threats and extortion, wishes of death,
 * harassment of women reporters; the held-out ones also dehumanising
 * talk about a region or a people), read the same way.
 */
#include <stdlib.h>
#include <string.h>

#include "screen/screen_int.h"
#include "util/str.h"

#define NEUTRAL_MAX_FILE (4u << 20) /* bytes per file */
#define NEUTRAL_MAX_LINES 32768     /* terms, templates or sentences */
#define NEUTRAL_MAX_SENTENCE 1024   /* bytes, template and term */

/* One line's tab-separated fields (at most max). Returns the count. */
static size_t neutral_fields(const char *s, size_t len, const char **f,
                             size_t *fl, size_t max)
{
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= len && k < max; i++) {
        if (i == len || s[i] == '\t') {
            f[k] = s + start;
            fl[k] = i - start;
            k++;
            start = i + 1;
        }
    }
    return k;
}

struct neutral_line {
    const char *f[4]; /* one more than any file has: a line with too many */
    size_t fl[4];     /* fields is seen as such, not cut to fit */
};

/* Reads dir/name into data and splits its lines of `fields` columns
 * (comments and blank lines skipped) into lines[0..*n). */
static int neutral_load(const char *dir, const char *name, size_t fields,
                        struct buf *data, struct neutral_line *lines, size_t *n,
                        struct buf *err)
{
    struct buf path;
    buf_init(&path, 4096);
    buf_addf(&path, "%s/%s", dir, name);
    int rc = buf_failed(&path) ? ERR_TOOBIG
                               : screen_read_file(path.data, data, false, err);
    size_t pos = 0, line = 0;
    *n = 0;
    while (!rc && pos < data->len) {
        const char *s = data->data + pos;
        const char *nl = memchr(s, '\n', data->len - pos);
        size_t ll = nl ? (size_t)(nl - s) : data->len - pos;
        pos += ll + 1;
        line++;
        if (ll > 0 && s[ll - 1] == '\r')
            ll--;
        if (ll == 0 || s[0] == '#')
            continue;
        if (*n == NEUTRAL_MAX_LINES) {
            buf_addf(err, "%s: more than %u lines", path.data,
                     NEUTRAL_MAX_LINES);
            rc = ERR_TOOBIG;
            break;
        }
        struct neutral_line *l = &lines[*n];
        if (neutral_fields(s, ll, l->f, l->fl, 4) != fields) {
            buf_addf(err, "%s line %zu: expected %zu tab-separated fields",
                     path.data, line, fields);
            rc = ERR_INVALID;
        } else {
            for (size_t i = 0; i < fields && !rc; i++) {
                if (l->fl[i] == 0 || !str_utf8_valid(l->f[i], l->fl[i])) {
                    buf_addf(err,
                             "%s line %zu: field %zu is empty or not "
                             "UTF-8",
                             path.data, line, i + 1);
                    rc = ERR_INVALID;
                }
            }
            (*n)++;
        }
    }
    buf_release(&path);
    return rc;
}

/* Where a template's one placeholder is: "{}" (bare term, *art = false)
 * or "{the}" (term with its article). Returns its offset, or -1 when the
 * template has none or more than one. */
static long neutral_slot(const char *t, size_t len, size_t *slot_len, bool *art)
{
    long at = -1;
    for (size_t i = 0; i < len; i++) {
        size_t k = 0;
        if (len - i >= 2 && memcmp(t + i, "{}", 2) == 0)
            k = 2;
        else if (len - i >= 5 && memcmp(t + i, "{the}", 5) == 0)
            k = 5;
        if (!k)
            continue;
        if (at >= 0)
            return -1;
        at = (long)i;
        *slot_len = k;
        *art = k == 5;
        i += k - 1;
    }
    return at;
}

int screen_neutral_read(const char *dir, const char *which, const char *lang,
                        uint16_t set, struct screen_row **rows, size_t *n,
                        size_t *cap, uint64_t *fh, struct buf *err)
{
    struct neutral_line *terms = malloc(NEUTRAL_MAX_LINES * sizeof(*terms));
    struct neutral_line *tpls = malloc(NEUTRAL_MAX_LINES * sizeof(*tpls));
    struct buf tdata, pdata, name;
    buf_init(&tdata, NEUTRAL_MAX_FILE);
    buf_init(&pdata, NEUTRAL_MAX_FILE);
    buf_init(&name, 256);
    buf_addf(&name, "%s.tsv", which);
    size_t nterms = 0, ntpls = 0;
    int rc = 0;
    if (!terms || !tpls) {
        buf_adds(err, "out of memory");
        rc = ERR_NOMEM;
    }
    if (!rc)
        rc = neutral_load(dir, "terms.tsv", 3, &tdata, terms, &nterms, err);
    if (!rc)
        rc = neutral_load(dir, name.data, 2, &pdata, tpls, &ntpls, err);
    if (!rc && fh)
        *fh = screen_hash_combine(screen_hash(tdata.data, tdata.len, 0),
                                  screen_hash(pdata.data, pdata.len, 0));
    char sentence[NEUTRAL_MAX_SENTENCE];
    for (size_t t = 0; t < ntpls && !rc; t++) {
        const char *tp = tpls[t].f[1];
        size_t tl = tpls[t].fl[1], slot_len = 0;
        bool art = false;
        long at = neutral_slot(tp, tl, &slot_len, &art);
        if (at < 0) {
            buf_addf(err, "%s/%s: template %zu needs exactly one {} or {the}",
                     dir, name.data, t + 1);
            rc = ERR_INVALID;
            break;
        }
        if (lang && !str_eq(tpls[t].f[0], tpls[t].fl[0], lang))
            continue;
        for (size_t k = 0; k < nterms && !rc; k++) {
            if (terms[k].fl[0] != tpls[t].fl[0] ||
                memcmp(terms[k].f[0], tpls[t].f[0], terms[k].fl[0]) != 0)
                continue;
            const char *term = terms[k].f[art ? 2 : 1];
            size_t wl = terms[k].fl[art ? 2 : 1];
            size_t len = tl - slot_len + wl;
            if (len > sizeof(sentence)) {
                buf_addf(err,
                         "%s/%s: template %zu with term %zu is longer "
                         "than %zu bytes",
                         dir, name.data, t + 1, k + 1, sizeof(sentence));
                rc = ERR_TOOBIG;
                break;
            }
            memcpy(sentence, tp, (size_t)at);
            memcpy(sentence + at, term, wl);
            memcpy(sentence + at + wl, tp + at + slot_len,
                   tl - (size_t)at - slot_len);
            if (sentence[0] >= 'a' && sentence[0] <= 'z')
                sentence[0] = (char)(sentence[0] - 'a' + 'A');
            rc = screen_rows_add(rows, n, cap, sentence, len, 0, set);
            if (rc)
                buf_adds(err, "out of memory");
        }
    }
    free(terms);
    free(tpls);
    buf_release(&tdata);
    buf_release(&pdata);
    buf_release(&name);
    return rc;
}

/* The plain sentences of dir/<kind>-<which>.tsv as rows
 * (screen_written_read). */
static int neutral_plain_read(const char *dir, const char *kind,
                              const char *which, const char *lang, uint16_t set,
                              struct screen_row **rows, size_t *n, size_t *cap,
                              uint64_t *fh, struct buf *err)
{
    struct neutral_line *lines = malloc(NEUTRAL_MAX_LINES * sizeof(*lines));
    struct buf data, name;
    buf_init(&data, NEUTRAL_MAX_FILE);
    buf_init(&name, 256);
    buf_addf(&name, "%s-%s.tsv", kind, which);
    size_t nl = 0;
    int rc = 0;
    if (!lines) {
        buf_adds(err, "out of memory");
        rc = ERR_NOMEM;
    }
    if (!rc)
        rc = neutral_load(dir, name.data, 2, &data, lines, &nl, err);
    if (!rc && fh)
        *fh = screen_hash(data.data, data.len, 0);
    for (size_t i = 0; i < nl && !rc; i++) {
        if (lines[i].fl[1] > NEUTRAL_MAX_SENTENCE) {
            buf_addf(err, "%s/%s: sentence %zu is longer than %u bytes", dir,
                     name.data, i + 1, NEUTRAL_MAX_SENTENCE);
            rc = ERR_TOOBIG;
            break;
        }
        if (lang && !str_eq(lines[i].f[0], lines[i].fl[0], lang))
            continue;
        rc = screen_rows_add(rows, n, cap, lines[i].f[1], lines[i].fl[1], 0,
                             set);
        if (rc)
            buf_adds(err, "out of memory");
    }
    free(lines);
    buf_release(&data);
    buf_release(&name);
    return rc;
}

int screen_written_read(const char *dir, const char *kind, const char *which,
                        const char *lang, uint16_t set,
                        struct screen_row **rows, size_t *n, size_t *cap,
                        uint64_t *fh, struct buf *err)
{
    if (!kind)
        return screen_neutral_read(dir, which, lang, set, rows, n, cap, fh,
                                   err);
    return neutral_plain_read(dir, kind, which, lang, set, rows, n, cap, fh,
                              err);
}
