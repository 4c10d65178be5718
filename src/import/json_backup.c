/*
 * json_backup.c - the charla backup format: export and restore; see
 * json_backup.h and docs/export-format.md.
 *
 * Why JSON Lines (one JSON object per line) and not one big document: a
 * site with a million comments must export and restore without holding
 * them all in memory. Each record is small and complete, jansson parses
 * it on its own, and the writer holds one article's comments at a time.
 * A final "end" record with the counts makes a truncated file an error
 * instead of a partial restore.
 *
 * Determinism (export -> import into an empty database -> export gives the
 * same bytes): nothing in a record depends on row ids or on when it was
 * written. Articles go out in path order (paths are unique), comments in
 * thread order, keys always in the same order, and a comment names its
 * parent only through its number ("1.3" is a reply to "1"), which the
 * store gives back when comments are inserted in thread order.
 *
 * Settings: the export writes every key core/setting_keys.c marks as
 * carried by a backup (the site's name, language, screening, raid
 * triggers and limits) that has a value, in that table's order. The
 * import takes only such keys, with a value `charla setting set` would
 * accept, and never over a value already set: a backup may come from
 * anyone, and a file that could plant site_key, a token (metrics_token,
 * queue_feed_token), webhook_url or webhook_secret, embed_origins (the
 * pages of the origins it names may call the reader API with a reader's
 * cookie: post, report and delete as that reader), or internal state (a
 * "raid:<article id>" row makes an article look raided, and ending that
 * raid then undoes an editor's choice; a "raid_ended:<article id>" time
 * in the future blinds raid mode to the article) would hand its writer
 * the site.
 * Anything else is counted as refused, by why, and not stored.
 *
 * Screening results and reports (version 2): a comment's stored
 * screening JSON goes out as an object under "screening", and its
 * reports as reason, time and counted, sorted so that the order does not
 * depend on reporter keys, with the comment's report_count (an approval
 * sets it to 0 and keeps the reports, so it cannot be counted again from
 * them). Neither the reporter's hash nor the network's is written; on
 * import each report gets a reporter key no reader has
 * (store_reports_restore). What is imported is checked first
 * (json_backup_check.c): a backup may come from anyone.
 *
 * author_hash is exported: it is a keyed hash of a reader token, not the
 * token, and keeping it lets a restore onto a database with the same site
 * key keep every reader's handle and ownership.
 */
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/moderation.h"
#include "core/names.h"
#include "core/pseudonym.h"
#include "core/raid.h"
#include "core/setting_keys.h"
#include "import/json_backup.h"
#include "import/json_backup_check.h"
#include "import/store_sink.h"
#include "util/str.h"

#define FORMAT_NAME "charla-export"
#define LINE_MAX_BYTES ((size_t)64 << 20)
/* Screening scores are written with three decimals (api/screening.c):
 * six significant digits give them back as written, not as the nearest
 * double's seventeen. */
#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6))

static const char *const author_kinds[] = {"reader", "imported", "staff"};

/* ---- export ---- */

static int write_record(FILE *out, json_t *rec, struct buf *err)
{
    if (!rec) {
        buf_adds(err, "cannot encode a record (invalid UTF-8 in the "
                      "database?)");
        return ERR_INVALID;
    }
    char *s = json_dumps(rec, DUMP_FLAGS);
    json_decref(rec);
    if (!s) {
        buf_adds(err, "out of memory while encoding");
        return ERR_NOMEM;
    }
    int ok = fputs(s, out) >= 0 && fputc('\n', out) != EOF;
    free(s);
    if (!ok) {
        buf_addf(err, "cannot write the export: %s", strerror(errno));
        return ERR_IO;
    }
    return 0;
}

/* article_record: the article, and its former paths (most recent first,
 * as the store gives them) when it has any, so a site without renames
 * exports the same bytes as before the key existed. */
static json_t *article_record(const struct article *a, bool with_id,
                              const struct former_path *fp, size_t nfp)
{
    json_t *rec =
        json_pack("{s:s, s:s, s:s, s:s, s:I, s:b, s:s, s:s, s:s, s:s, "
                  "s:s, s:s, s:i}",
                  "type", "article", "path", a->path, "title", a->title,
                  "byline", a->byline, "published", (json_int_t)a->published,
                  "is_published", a->is_published, "body", a->body,
                  "lead_image", a->lead_image, "lead_caption", a->lead_caption,
                  "labels", a->labels, "source_id", a->source_id,
                  "external_url", a->external_url, "discussion", a->discussion);
    /* the id its readers' handles derive from, in a backup that carries
       the site key (without the key it would not keep them) */
    if (rec && with_id &&
        json_object_set_new(rec, "id", json_integer((json_int_t)a->id))) {
        json_decref(rec);
        return NULL;
    }
    if (!rec || nfp == 0)
        return rec;
    json_t *list = json_array();
    for (size_t i = 0; list && i < nfp; i++) {
        json_t *one = json_pack("{s:s, s:I}", "path", fp[i].path, "created",
                                (json_int_t)fp[i].created);
        if (!one || json_array_append_new(list, one)) {
            json_decref(list);
            list = NULL;
        }
    }
    if (!list || json_object_set_new(rec, "former_paths", list)) {
        json_decref(rec);
        return NULL;
    }
    return rec;
}

/* cmp_report orders a comment's reports by time, then the rest of what
 * is exported, so the order does not depend on reporter keys. */
static int cmp_report(const void *x, const void *y)
{
    const struct report *a = x, *b = y;
    if (a->at != b->at)
        return a->at < b->at ? -1 : 1;
    if (a->counted != b->counted)
        return a->counted ? 1 : -1;
    return strcmp(a->reason, b->reason);
}

/* reports_member: "report_count" and "reports" (reason, time, counted;
 * never who or from where) set on rec. */
static int reports_member(json_t *rec, int64_t report_count, struct report *rs,
                          size_t n)
{
    json_t *list = json_array();
    if (!list)
        return ERR_NOMEM;
    if (n > 1) /* rs is NULL when there are none */
        qsort(rs, n, sizeof(*rs), cmp_report);
    /* at most what an import takes, so a comment reported without end
       does not make its site's backup impossible to restore */
    if (n > BACKUP_REPORTS_MAX)
        n = BACKUP_REPORTS_MAX;
    if (report_count > BACKUP_REPORTS_MAX)
        report_count = BACKUP_REPORTS_MAX;
    for (size_t i = 0; i < n; i++) {
        json_t *one = json_pack("{s:s, s:I, s:b}", "reason", rs[i].reason, "at",
                                (json_int_t)rs[i].at, "counted", rs[i].counted);
        if (!one || json_array_append_new(list, one)) {
            json_decref(list);
            return ERR_NOMEM;
        }
    }
    if (json_object_set_new(rec, "report_count",
                            json_integer((json_int_t)report_count)) ||
        json_object_set_new(rec, "reports", list))
        return ERR_NOMEM;
    return 0;
}

/*
 * comment_record: the comment, with its screening result ("screening",
 * when it has one that reads as a JSON object) and its reports (when it
 * has any, or a report count).
 */
static json_t *comment_record(const struct comment *c, struct report *rs,
                              size_t nreports)
{
    int kind = (int)c->author_kind;
    const char *kind_name = kind >= 0 && kind < 3 ? author_kinds[kind] : "";
    json_t *rec =
        json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:s, s:s, s:s, "
                  "s:b, s:b}",
                  "type", "comment", "number", c->number, "status",
                  comment_status_name(c->status), "author_kind", kind_name,
                  "author_hash", c->author_hash, "author_name", c->author_name,
                  "created", (json_int_t)c->created, "body", c->body, "reason",
                  c->reason, "source_id", c->source_id, "mod_edited",
                  c->mod_edited, "was_public", c->was_public);
    if (!rec)
        return NULL;
    /* the zone its writer read the thread in, by which its time
       references resolve (core/refs.h) */
    if (c->tz_known &&
        json_object_set_new(rec, "tz_offset_min",
                            json_integer((json_int_t)c->tz_offset_min))) {
        json_decref(rec);
        return NULL;
    }
    /* the words screening marked quote the text: none once it is gone */
    bool text_gone = c->status == COMMENT_PURGED ||
                     c->status == COMMENT_WITHDRAWN ||
                     c->status == COMMENT_DELETED;
    if (c->screen && c->screen[0] && !text_gone) {
        json_t *screen = json_loads(c->screen, JSON_REJECT_DUPLICATES, NULL);
        if (json_is_object(screen))
            json_object_set_new(rec, "screening", screen);
        else
            json_decref(screen); /* unreadable: the queue cannot use it
                                    either */
    }
    if ((nreports || c->report_count) &&
        reports_member(rec, c->report_count, rs, nreports)) {
        json_decref(rec);
        return NULL;
    }
    return rec;
}

static int cmp_id(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* first_report_of: the index of the first of rs[0..n) (by comment id)
 * whose comment is id or a later one. */
static size_t first_report_of(const struct report *rs, size_t n, int64_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rs[mid].comment_id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* article_reports reads the reports of the n comments cs, in batches the
 * store takes, into *out (by comment id). */
static int article_reports(struct store *st, const struct comment *cs, size_t n,
                           struct arena *a, struct report **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    int64_t *ids = arena_alloc(a, (n ? n : 1) * sizeof(*ids));
    struct report *all = NULL;
    size_t total = 0;
    if (!ids)
        return ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        ids[i] = cs[i].id;
    /* ascending ids: each batch's rows then follow the one before */
    qsort(ids, n, sizeof(*ids), cmp_id);
    for (size_t from = 0; from < n; from += STORE_BATCH_MAX) {
        size_t k = n - from < STORE_BATCH_MAX ? n - from : STORE_BATCH_MAX;
        struct report *part;
        size_t got;
        int ret = store_reports_of(st, ids + from, k, a, &part, &got);
        if (ret)
            return ret;
        if (!got)
            continue;
        struct report *grown = arena_alloc(a, (total + got) * sizeof(*grown));
        if (!grown)
            return ERR_NOMEM;
        if (total)
            memcpy(grown, all, total * sizeof(*grown));
        memcpy(grown + total, part, got * sizeof(*grown));
        all = grown;
        total += got;
    }
    *out = all;
    *nout = total;
    return 0;
}

static int cmp_path(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* export_article writes one article and its comments. */
static int export_article(struct store *st, const char *path, bool with_id,
                          FILE *out, long *ncomments, struct buf *err)
{
    struct arena a;
    struct article art;
    struct comment *cs;
    size_t n;
    int ret;

    arena_init(&a, 0);
    ret = store_article_by_path(st, path, &a, &art);
    if (ret == ERR_NOTFOUND)
        buf_addf(err, "no article has the path %s", path);
    if (ret)
        goto out;
    struct former_path *fp;
    size_t nfp;
    ret = store_former_paths(st, art.id, &a, &fp, &nfp);
    if (ret)
        goto out;
    ret = write_record(out, article_record(&art, with_id, fp, nfp), err);
    if (ret)
        goto out;
    ret = store_comment_list(st, art.id, &a, &cs, &n);
    struct report *rs = NULL;
    size_t nrs = 0;
    if (ret == 0)
        ret = article_reports(st, cs, n, &a, &rs, &nrs);
    for (size_t i = 0; ret == 0 && i < n; i++) {
        size_t from = first_report_of(rs, nrs, cs[i].id), k = 0;
        while (from + k < nrs && rs[from + k].comment_id == cs[i].id)
            k++;
        ret = write_record(out, comment_record(&cs[i], k ? rs + from : NULL, k),
                           err);
    }
    *ncomments += (long)n;
out:
    if (ret && !err->len)
        buf_addf(err, "cannot read article %s: %s", path, err_name(ret));
    arena_release(&a);
    return ret;
}

/*
 * write_site_key writes the setting record of the site key, marked as the
 * secret it is. Written by hand, not through jansson, so that every copy
 * of the key is wiped: hex is the stored value (wiped here too), which
 * must be 64 hex digits.
 */
static int write_site_key(FILE *out, char *hex, struct buf *err)
{
    char line[512];
    size_t n = strlen(hex);
    int ret = 0;
    if (n != PSEUDONYM_KEY_BYTES * 2 || strspn(hex, "0123456789abcdef") != n) {
        buf_adds(err, "the stored site key is corrupt");
        ret = ERR_INVALID;
        goto out;
    }
    snprintf(line, sizeof(line),
             "{\"type\":\"setting\",\"key\":\"site_key\",\"value\":\"%s\","
             "\"secret\":\"%s\"}\n",
             hex, IMPORT_JSON_SITE_KEY_NOTE);
    if (fputs(line, out) < 0) {
        buf_addf(err, "cannot write the export: %s", strerror(errno));
        ret = ERR_IO;
    }
out:
    explicit_bzero(line, sizeof(line));
    explicit_bzero(hex, n);
    return ret;
}

int import_export_json(struct store *st, const char *article_path,
                       bool with_site_key, FILE *out, struct buf *err)
{
    struct arena a;
    char **paths = NULL;
    size_t npaths = 0;
    long ncomments = 0;
    int ret;

    arena_init(&a, 0);
    ret = store_begin(st);
    if (ret) {
        buf_adds(err, "cannot start a read transaction");
        arena_release(&a);
        return ret;
    }
    if (article_path && with_site_key) {
        buf_adds(err, "the site key goes only with a whole-site export "
                      "(no --article)");
        ret = ERR_INVALID;
        goto out;
    }
    if (article_path) {
        /* before the header: an export of no article writes nothing */
        struct article art;
        ret = store_article_by_path(st, article_path, &a, &art);
        if (ret == ERR_NOTFOUND)
            buf_addf(err, "no article has the path %s", article_path);
        if (ret)
            goto out;
        arena_reset(&a);
    }
    ret = write_record(out,
                       json_pack("{s:s, s:i, s:s}", "format", FORMAT_NAME,
                                 "version", IMPORT_JSON_VERSION, "scope",
                                 article_path ? "article" : "site"),
                       err);
    if (ret)
        goto out;
    if (with_site_key) {
        const char *hex;
        ret = store_setting_get(st, "site_key", &a, &hex);
        if (ret == ERR_NOTFOUND)
            buf_adds(err, "this site has no site key yet (it is made when "
                          "charla serve first starts): no reader has a "
                          "handle to keep");
        if (ret == 0)
            ret = write_site_key(out, (char *)hex, err);
        arena_reset(&a);
        if (ret)
            goto out;
    }
    if (!article_path) {
        for (size_t i = 0; i < setting_key_count(); i++) {
            const struct setting_key *k = setting_key_at(i);
            const char *v;
            if (!k->in_backup)
                continue;
            ret = store_setting_get(st, k->key, &a, &v);
            if (ret == ERR_NOTFOUND || (ret == 0 && v[0] == '\0'))
                continue; /* empty reads as unset: nothing to restore */
            if (ret)
                goto out;
            ret = write_record(out,
                               json_pack("{s:s, s:s, s:s}", "type", "setting",
                                         "key", k->key, "value", v),
                               err);
            if (ret)
                goto out;
        }
        struct article *arts;
        size_t n;
        ret = store_article_list(st, false, &a, &arts, &n);
        if (ret)
            goto out;
        paths = calloc(n ? n : 1, sizeof(*paths));
        if (!paths) {
            ret = ERR_NOMEM;
            goto out;
        }
        for (size_t i = 0; i < n; i++) {
            paths[i] = strdup(arts[i].path);
            if (!paths[i]) {
                ret = ERR_NOMEM;
                goto out;
            }
            npaths++;
        }
        arena_release(&a); /* drop the bodies before the long part */
        qsort(paths, npaths, sizeof(*paths), cmp_path);
    }
    long narticles = 0;
    if (article_path) {
        ret = export_article(st, article_path, false, out, &ncomments, err);
        narticles = 1;
    }
    for (size_t i = 0; ret == 0 && i < npaths; i++) {
        ret = export_article(st, paths[i], with_site_key, out, &ncomments, err);
        narticles++;
    }
    if (ret)
        goto out;
    ret = write_record(out,
                       json_pack("{s:s, s:I, s:I}", "type", "end", "articles",
                                 (json_int_t)narticles, "comments",
                                 (json_int_t)ncomments),
                       err);
    if (ret == 0 && fflush(out) != 0) {
        buf_addf(err, "cannot write the export: %s", strerror(errno));
        ret = ERR_IO;
    }
out:
    if (ret && !err->len)
        buf_addf(err, "export failed: %s", err_name(ret));
    store_rollback(st); /* read only: nothing to keep */
    for (size_t i = 0; i < npaths; i++)
        free(paths[i]);
    free(paths);
    arena_release(&a);
    return ret;
}

/* ---- import ---- */

struct reader {
    struct store *st;
    const char *path;
    long line;
    struct buf *err;
    struct import_json_summary *sum;
    struct arena scratch;
    bool have_header, have_end;
    int64_t article_id;      /* the article comments go to, or 0 */
    bool article_present;    /* it was in the store before */
    long articles, comments; /* records read, checked against "end" */
    int64_t now;             /* when the import began, Unix seconds */
    bool has_staff;          /* the database has staff accounts */
    bool keep_ids;           /* the file's site key is the site's (taken,
                                or the same already): its article ids are
                                kept where free */
};

static int bad(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int bad(struct reader *r, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    buf_addf(r->err, "%s:%ld: %s", r->path, r->line, msg);
    return ERR_INVALID;
}

/* get_str reads a required string member. */
static int get_str(struct reader *r, json_t *o, const char *key,
                   const char **out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_string(v))
        return bad(r, "\"%s\" must be a string", key);
    if (strlen(json_string_value(v)) != json_string_length(v))
        return bad(r, "\"%s\" contains a NUL character", key);
    *out = json_string_value(v);
    return 0;
}

static int get_int(struct reader *r, json_t *o, const char *key, int64_t min,
                   int64_t max, int64_t *out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v) || json_integer_value(v) < min ||
        json_integer_value(v) > max)
        return bad(r, "\"%s\" must be an integer from %lld to %lld", key,
                   (long long)min, (long long)max);
    *out = json_integer_value(v);
    return 0;
}

static int get_bool(struct reader *r, json_t *o, const char *key, bool *out)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_boolean(v))
        return bad(r, "\"%s\" must be true or false", key);
    *out = json_is_true(v);
    return 0;
}

static int read_header(struct reader *r, json_t *o)
{
    json_t *f = json_object_get(o, "format");
    if (!json_is_string(f) || strcmp(json_string_value(f), FORMAT_NAME) != 0)
        return bad(r, "not a charla export (the first line must be "
                      "{\"format\":\"charla-export\",...})");
    int64_t version;
    json_t *v = json_object_get(o, "version");
    if (!json_is_integer(v))
        return bad(r, "the header has no version");
    version = json_integer_value(v);
    if (version < 1 || version > IMPORT_JSON_VERSION)
        return bad(r,
                   "export format version %lld; this charla reads versions "
                   "1 to %d",
                   (long long)version, IMPORT_JSON_VERSION);
    r->have_header = true;
    return 0;
}

/* The bytes of a refused value that note_invalid repeats. */
#define INVALID_QUOTE_MAX 64

/* note_invalid keeps the first refused bad value in the summary, for the
 * import to name it (sum->invalid_first). */
static void note_invalid(struct reader *r, const char *key, const char *value,
                         const char *why)
{
    char quoted[INVALID_QUOTE_MAX + 4];
    size_t n = 0;
    if (r->sum->invalid_first[0])
        return;
    for (; value[n] && n < INVALID_QUOTE_MAX; n++) {
        unsigned char c = (unsigned char)value[n];
        quoted[n] = c >= 0x20 && c != 0x7f ? (char)c : '?';
    }
    if (value[n]) {
        memcpy(quoted + n, "...", 3);
        n += 3;
    }
    quoted[n] = '\0';
    snprintf(r->sum->invalid_first, sizeof(r->sum->invalid_first),
             "%s:%ld: %s \"%s\" %s", r->path, r->line, key, quoted, why);
}

/*
 * read_site_key takes the site key a backup made with --with-site-key
 * carries (value, which is wiped here) when that keeps readers' handles
 * and does not take them from anyone: the database has the same key
 * already, has no key yet (never served: no handle was ever shown, no
 * comment, ban or report keyed, even if an import gave it articles), or
 * has no article yet. Else it is refused as the secret it is, and the
 * summary says the readers' handles change.
 */
static int read_site_key(struct reader *r, char *value)
{
    const char *old = NULL;
    int64_t narticles;
    size_t n = strlen(value);
    int ret = 0;

    if (r->sum->site_key != IMPORT_SITE_KEY_NONE) {
        ret = bad(r, "a second site_key record");
        goto out;
    }
    if (n != PSEUDONYM_KEY_BYTES * 2 ||
        strspn(value, "0123456789abcdef") != n) {
        ret = bad(r, "site_key must be %d lowercase hex digits",
                  PSEUDONYM_KEY_BYTES * 2);
        goto out;
    }
    ret = store_setting_get(r->st, "site_key", &r->scratch, &old);
    if (ret == 0 && strcmp(old, value) == 0) {
        r->sum->site_key = IMPORT_SITE_KEY_SAME;
        r->keep_ids = true;
        goto out;
    }
    if (ret != 0 && ret != ERR_NOTFOUND)
        goto out;
    bool has_key = ret == 0;
    ret = store_article_count(r->st, &narticles);
    if (ret)
        goto out;
    if (has_key && narticles > 0) {
        r->sum->site_key = IMPORT_SITE_KEY_REFUSED;
        r->sum->settings_secret++;
        r->sum->settings_refused++;
        goto out;
    }
    ret = store_setting_set(r->st, "site_key", value);
    if (ret == 0) {
        r->sum->site_key = IMPORT_SITE_KEY_ADOPTED;
        r->keep_ids = true;
    }
out:
    explicit_bzero(value, n);
    if (old)
        explicit_bzero((char *)old, strlen(old));
    return ret;
}

static int read_setting(struct reader *r, json_t *o)
{
    const char *key, *value, *old;
    int ret = get_str(r, o, "key", &key);
    if (ret == 0)
        ret = get_str(r, o, "value", &value);
    if (ret)
        return ret;
    if (strcmp(key, "site_key") == 0)
        return read_site_key(r, (char *)value); /* jansson's copy, wiped */
    const struct setting_key *k = setting_key_find(key);
    const char *why = k ? setting_key_check(k, value) : NULL;
    long *refused = NULL;
    if (k && !k->in_backup)
        refused = &r->sum->settings_secret;
    else if (!k && (str_starts(key, RAID_KEY_PREFIX) || /* core/raid.c's rows */
                    str_starts(key, RAID_ENDED_KEY_PREFIX) ||
                    strcmp(key, IMPORT_CHECKPOINT_KEY) == 0))
        refused = &r->sum->settings_internal;
    else if (!k)
        refused = &r->sum->settings_unknown;
    else if (why) {
        refused = &r->sum->settings_invalid;
        note_invalid(r, key, value, why);
    }
    if (refused) {
        (*refused)++;
        r->sum->settings_refused++;
        return 0;
    }
    ret = store_setting_get(r->st, key, &r->scratch, &old);
    if (ret == 0) {
        r->sum->settings_present++;
        return 0;
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    ret = store_setting_set(r->st, key, value);
    if (ret == 0)
        r->sum->settings_set++;
    return ret;
}

/*
 * read_former_paths records the former paths of the article just read
 * (r->article_id), each {"path": "/...", "created": seconds}. One that an
 * article has, or that is already a former path, is skipped: the live
 * article wins, as it does in the store.
 */
static int read_former_paths(struct reader *r, json_t *list)
{
    for (size_t i = 0; i < json_array_size(list); i++) {
        json_t *one = json_array_get(list, i);
        const char *path;
        int64_t created;
        int ret;
        if (!json_is_object(one))
            return bad(r, "each of \"former_paths\" must be an object");
        if ((ret = get_str(r, one, "path", &path)) ||
            (ret = get_int(r, one, "created", INT64_MIN, INT64_MAX, &created)))
            return ret;
        if (!str_is_site_path(path))
            return bad(r,
                       "a former path must be a path on this site (one "
                       "leading /, no backslash or control character, "
                       "at most %d bytes)",
                       STR_SITE_PATH_MAX);
        ret = store_former_path_add(r->st, r->article_id, path, created);
        if (ret && ret != ERR_CONFLICT)
            return ret;
    }
    return 0;
}

/* The largest article id a backup may give: 2^53, the largest integer a
 * JSON number holds exactly. */
#define BACKUP_ARTICLE_ID_MAX (INT64_C(1) << 53)

static int read_article(struct reader *r, json_t *o)
{
    struct article a, existing;
    int64_t published, discussion;
    int ret;

    memset(&a, 0, sizeof(a));
    if ((ret = get_str(r, o, "path", &a.path)) ||
        (ret = get_str(r, o, "title", &a.title)) ||
        (ret = get_str(r, o, "byline", &a.byline)) ||
        (ret = get_int(r, o, "published", INT64_MIN, INT64_MAX, &published)) ||
        (ret = get_bool(r, o, "is_published", &a.is_published)) ||
        (ret = get_str(r, o, "body", &a.body)) ||
        (ret = get_str(r, o, "lead_image", &a.lead_image)) ||
        (ret = get_str(r, o, "lead_caption", &a.lead_caption)) ||
        (ret = get_str(r, o, "labels", &a.labels)) ||
        (ret = get_str(r, o, "source_id", &a.source_id)) ||
        (ret = get_str(r, o, "external_url", &a.external_url)) ||
        (ret = get_int(r, o, "discussion", 0, 2, &discussion)))
        return ret;
    if (!str_is_site_path(a.path))
        return bad(r,
                   "an article path must be a path on this site (one "
                   "leading /, no backslash or control character, at "
                   "most %d bytes)",
                   STR_SITE_PATH_MAX);
    json_t *former = json_object_get(o, "former_paths");
    if (former && (!json_is_array(former) ||
                   json_array_size(former) > STORE_FORMER_PATHS_MAX))
        return bad(r, "\"former_paths\" must be a list of at most %d",
                   STORE_FORMER_PATHS_MAX);
    a.published = published;
    a.discussion = (int)discussion;
    /* the id readers' handles derive from, kept with the site key; a file
       without the key may carry one too, unread. An id beyond what a
       JSON number holds exactly is none charla gave (and on PostgreSQL
       the next article would get none) */
    int64_t id = 0;
    if (r->keep_ids && json_object_get(o, "id") &&
        (ret = get_int(r, o, "id", 1, BACKUP_ARTICLE_ID_MAX, &id)))
        return ret;
    r->articles++;
    ret = store_article_by_path(r->st, a.path, &r->scratch, &existing);
    if (ret == 0) {
        r->article_id = existing.id;
        r->article_present = true;
        r->sum->articles_present++;
        return read_former_paths(r, former);
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    if (id) {
        /* another article here has it (a database an import filled
           before it took the key): a new id, and new handles there */
        ret = store_article_get(r->st, id, &r->scratch, &existing);
        if (ret == ERR_NOTFOUND)
            a.id = id;
        else if (ret == 0)
            r->sum->articles_new_id++;
        else
            return ret;
    }
    ret = store_article_insert(r->st, &a, &r->article_id);
    if (ret == ERR_CONFLICT && a.id)
        return bad(r, "article %s: its id %lld or source_id %s is taken",
                   a.path, (long long)a.id, a.source_id);
    if (ret == ERR_CONFLICT)
        return bad(r, "article %s: its source_id %s is taken", a.path,
                   a.source_id);
    if (ret)
        return ret;
    r->article_present = false;
    r->sum->articles_added++;
    return read_former_paths(r, former);
}

static int status_by_name(const char *name, enum comment_status *out)
{
    for (int i = 0; i < COMMENT_STATUS_COUNT; i++) {
        if (strcmp(comment_status_name((enum comment_status)i), name) == 0) {
            *out = (enum comment_status)i;
            return 0;
        }
    }
    return ERR_INVALID;
}

static bool number_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= COMMENT_NUMBER_MAX || s[0] == '.' || s[n - 1] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.' ? s[i + 1] == '.' : (s[i] < '0' || s[i] > '9'))
            return false;
    }
    return true;
}

/* read_screening: the record's "screening" (when it has one), checked,
 * as the text the store keeps in *out ("" when none). */
static int read_screening(struct reader *r, json_t *o, const char **out)
{
    json_t *v = json_object_get(o, "screening");
    *out = "";
    if (!v)
        return 0;
    const char *why = backup_screening_check(v);
    if (why)
        return bad(r, "\"screening\" is not a screening result: %s", why);
    char *text = json_dumps(v, DUMP_FLAGS);
    if (!text)
        return ERR_NOMEM;
    *out = arena_strdup(&r->scratch, text);
    free(text);
    return *out ? 0 : ERR_NOMEM;
}

/* read_reports: the record's "reports" and "report_count" (both or
 * neither), checked, into *out (scratch) and *count. */
static int read_reports(struct reader *r, json_t *o, struct report **out,
                        size_t *n, int64_t *count)
{
    json_t *list = json_object_get(o, "reports");
    *out = NULL;
    *n = 0;
    *count = 0;
    if (!list && !json_object_get(o, "report_count"))
        return 0;
    int ret = get_int(r, o, "report_count", 0, BACKUP_REPORTS_MAX, count);
    if (ret)
        return ret;
    if (!json_is_array(list) || json_array_size(list) > BACKUP_REPORTS_MAX)
        return bad(r, "\"reports\" must be a list of at most %d",
                   BACKUP_REPORTS_MAX);
    size_t len = json_array_size(list);
    struct report *rs = arena_alloc(&r->scratch, (len ? len : 1) * sizeof(*rs));
    if (!rs)
        return ERR_NOMEM;
    for (size_t i = 0; i < len; i++) {
        json_t *one = json_array_get(list, i);
        if (!json_is_object(one) || json_object_size(one) != 3)
            return bad(r, "each report is {\"reason\", \"at\", "
                          "\"counted\"} and nothing else");
        if ((ret = get_str(r, one, "reason", &rs[i].reason)) ||
            (ret = get_int(r, one, "at", INT64_MIN, INT64_MAX, &rs[i].at)) ||
            (ret = get_bool(r, one, "counted", &rs[i].counted)))
            return ret;
        size_t rlen = strlen(rs[i].reason);
        if (!str_utf8_valid(rs[i].reason, rlen) ||
            str_utf8_count(rs[i].reason, rlen) > MOD_REASON_MAX)
            return bad(r, "a report's reason is at most %d characters",
                       MOD_REASON_MAX);
        if (!backup_time_ok(rs[i].at, r->now))
            return bad(r,
                       "a report's time \"at\" must be from 1990 to a day "
                       "from now, in Unix seconds (%lld)",
                       (long long)rs[i].at);
    }
    *out = rs;
    *n = len;
    return 0;
}

/*
 * staff_named: a staff comment's name (checked by backup_comment_check)
 * is one of this site's staff accounts, when it has any; a database with
 * none (a restore before `charla user add`) takes any name an account
 * could have. The page shows the name with the staff badge.
 */
static int staff_named(struct reader *r, const char *number, const char *name)
{
    struct buf key;
    struct user u;
    buf_init(&key, 512);
    int ret = names_fold(name, strlen(name), &key);
    if (ret == 0 && key.len == 0)
        ret = ERR_INVALID;
    if (ret == 0 && r->has_staff)
        ret = store_user_by_name(r->st, key.data, &r->scratch, &u);
    buf_release(&key);
    if (ret == ERR_INVALID)
        return bad(r,
                   "comment %s: a staff comment names its staff account "
                   "(\"author_name\" has no letter or digit)",
                   number);
    if (ret == ERR_NOTFOUND)
        return bad(r,
                   "comment %s: a staff comment names a staff account, and "
                   "this site has none named \"%s\" (charla user list)",
                   number, name);
    return ret;
}

static int read_comment(struct reader *r, json_t *o)
{
    struct comment c, existing;
    const char *number, *status, *kind;
    int64_t created;
    int ret;

    if (!r->article_id)
        return bad(r, "a comment before any article");
    memset(&c, 0, sizeof(c));
    if ((ret = get_str(r, o, "number", &number)) ||
        (ret = get_str(r, o, "status", &status)) ||
        (ret = get_str(r, o, "author_kind", &kind)) ||
        (ret = get_str(r, o, "author_hash", &c.author_hash)) ||
        (ret = get_str(r, o, "author_name", &c.author_name)) ||
        (ret = get_int(r, o, "created", INT64_MIN, INT64_MAX, &created)) ||
        (ret = get_str(r, o, "body", &c.body)) ||
        (ret = get_str(r, o, "reason", &c.reason)) ||
        (ret = get_str(r, o, "source_id", &c.source_id)) ||
        (ret = get_bool(r, o, "mod_edited", &c.mod_edited)))
        return ret;
    if (!number_ok(number))
        return bad(r, "\"%s\" is not a comment number", number);
    if (status_by_name(status, &c.status))
        return bad(r, "unknown comment status \"%s\"", status);
    /* older files have no was_public: a comment awaiting review or
       withdrawn was never public; a tombstone there is kept as one */
    c.was_public = !comment_status_awaits_review(c.status) &&
                   c.status != COMMENT_WITHDRAWN;
    if (json_object_get(o, "was_public") &&
        (ret = get_bool(r, o, "was_public", &c.was_public)))
        return ret;
    /* withdrawn after readers saw it (a file from before such a comment
       kept its tombstone): its "deleted by its author" place, as an
       upgrade gives it (schema 13) */
    if (c.status == COMMENT_WITHDRAWN && c.was_public)
        c.status = COMMENT_DELETED;
    /* without it (a file from before it was kept, or written by hand) the
       comment takes the site's zone when the import ends (import/cli.c) */
    if (json_object_get(o, "tz_offset_min")) {
        int64_t offset_min;
        if ((ret = get_int(r, o, "tz_offset_min", -COMMENT_TZ_OFFSET_MAX_MIN,
                           COMMENT_TZ_OFFSET_MAX_MIN, &offset_min)))
            return ret;
        c.tz_offset_min = (int)offset_min;
        c.tz_known = true;
    }
    int k = -1;
    for (int i = 0; i < 3; i++)
        if (strcmp(kind, author_kinds[i]) == 0)
            k = i;
    if (k < 0)
        return bad(r, "unknown author_kind \"%s\"", kind);
    c.author_kind = (enum author_kind)k;
    c.created = created;
    if (!backup_time_ok(created, r->now))
        return bad(r,
                   "comment %s: \"created\" must be from 1990 to a day "
                   "from now, in Unix seconds (%lld)",
                   number, (long long)created);
    struct report *reports;
    size_t nreports;
    int64_t report_count;
    if ((ret = read_screening(r, o, &c.screen)) ||
        (ret = read_reports(r, o, &reports, &nreports, &report_count)))
        return ret;
    const char *why = backup_comment_check(&c);
    if (why)
        return bad(r, "comment %s (%s): %s", number, status, why);
    if (c.status == COMMENT_PURGED || c.status == COMMENT_WITHDRAWN ||
        c.status == COMMENT_DELETED) {
        /* what a purge, a withdrawal or an author's deletion erases is
           not restored, whatever the file says (a database from before
           the erasure held it) */
        c.screen = "";
        for (size_t i = 0; i < nreports; i++)
            reports[i].reason = "";
    }
    c.article_id = r->article_id;
    r->comments++;
    if (r->article_present) {
        ret = store_comment_by_number(r->st, r->article_id, number, &r->scratch,
                                      &existing);
        if (ret == 0) {
            r->sum->comments_present++;
            return 0;
        }
        if (ret != ERR_NOTFOUND)
            return ret;
    }
    /* asked only of a comment this import adds, and of a name not erased */
    if (c.author_kind == AUTHOR_STAFF && c.author_name[0] &&
        (ret = staff_named(r, number, c.author_name)))
        return ret;
    const char *dot = strrchr(number, '.');
    if (dot) {
        char parent[COMMENT_NUMBER_MAX];
        snprintf(parent, sizeof(parent), "%.*s", (int)(dot - number), number);
        ret = store_comment_by_number(r->st, r->article_id, parent, &r->scratch,
                                      &existing);
        if (ret == ERR_NOTFOUND)
            return bad(r, "comment %s comes before its parent %s", number,
                       parent);
        if (ret)
            return ret;
        c.parent_id = existing.id;
    }
    ret = store_comment_insert(r->st, &c);
    if (ret == ERR_CONFLICT)
        return bad(r, "comment %s: its source_id %s is taken", number,
                   c.source_id);
    if (ret)
        return ret;
    if (strcmp(c.number, number) != 0)
        return bad(r,
                   "comment %s would be stored as %s (numbers in the file "
                   "skip one, or the article already has comments)",
                   number, c.number);
    if ((nreports || report_count) &&
        (ret = store_reports_restore(r->st, c.id, reports, nreports,
                                     report_count)))
        return ret;
    r->sum->comments_added++;
    if (c.author_kind == AUTHOR_READER && c.author_hash[0])
        r->sum->reader_comments_added++;
    return 0;
}

static int read_end(struct reader *r, json_t *o)
{
    int64_t na, nc;
    int ret = get_int(r, o, "articles", 0, INT64_MAX, &na);
    if (ret == 0)
        ret = get_int(r, o, "comments", 0, INT64_MAX, &nc);
    if (ret)
        return ret;
    if (na != r->articles || nc != r->comments)
        return bad(r,
                   "the end record counts %lld articles and %lld comments, "
                   "the file has %ld and %ld",
                   (long long)na, (long long)nc, r->articles, r->comments);
    r->have_end = true;
    return 0;
}

static int read_record(struct reader *r, const char *line, size_t len)
{
    json_error_t jerr;
    const char *type;
    int ret;

    if (r->have_end)
        return bad(r, "data after the end record");
    json_t *o = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!o && !r->have_header)
        return bad(r,
                   "not a charla export (the first line is not JSON: "
                   "%s)%s",
                   jerr.text,
                   len && line[0] == '<'
                       ? " (an XML export? try `charla import blogger`, "
                         "`disqus` or `wxr`)"
                       : "");
    if (!o)
        return bad(r, "column %d: %s", jerr.column, jerr.text);
    if (!json_is_object(o)) {
        json_decref(o);
        return bad(r, "each line must be a JSON object");
    }
    arena_reset(&r->scratch);
    if (!r->have_header) {
        ret = read_header(r, o);
    } else if ((ret = get_str(r, o, "type", &type)) == 0) {
        if (strcmp(type, "setting") == 0)
            ret = read_setting(r, o);
        else if (strcmp(type, "article") == 0)
            ret = read_article(r, o);
        else if (strcmp(type, "comment") == 0)
            ret = read_comment(r, o);
        else if (strcmp(type, "end") == 0)
            ret = read_end(r, o);
        else
            ret = bad(r, "unknown record type \"%s\"", type);
    }
    if (ret && !r->err->len)
        bad(r, "%s", err_name(ret));
    json_decref(o);
    return ret;
}

static void show_progress(long long done, long long total, long comments,
                          const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double secs = (double)(now.tv_sec - t0->tv_sec) +
                  (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
    if (secs <= 0)
        secs = 0.001;
    long left = done > 0 && total > done
                    ? (long)(secs * (double)(total - done) / (double)done)
                    : 0;
    fprintf(stderr,
            "\rimport: %.1f of %.1f MB read, %ld comments/s, %ld:%02ld "
            "left\033[K",
            (double)done / 1e6, (double)total / 1e6,
            (long)((double)comments / secs), left / 60, left % 60);
}

int import_json(struct store *st, const char *path, bool progress,
                struct import_json_summary *sum, struct buf *err)
{
    struct import_json_summary local;
    struct reader r;
    struct buf line;
    FILE *fp = NULL;
    char chunk[65536];
    long long done = 0, total = 0;
    struct timespec t0;
    bool in_tx = false, shown = false;
    int ret = 0;

    if (!sum)
        sum = &local;
    memset(sum, 0, sizeof(*sum));
    memset(&r, 0, sizeof(r));
    r.st = st;
    r.path = path;
    r.err = err;
    r.sum = sum;
    r.now = (int64_t)time(NULL);
    arena_init(&r.scratch, 0);
    buf_init(&line, LINE_MAX_BYTES);
    clock_gettime(CLOCK_MONOTONIC, &t0);

    fp = fopen(path, "rb");
    if (!fp) {
        ret = errno == ENOENT ? ERR_NOTFOUND : ERR_IO;
        buf_addf(err, "%s: cannot open: %s", path, strerror(errno));
        goto out;
    }
    struct stat sb;
    if (fstat(fileno(fp), &sb) == 0)
        total = (long long)sb.st_size;
    ret = store_begin(st);
    if (ret) {
        buf_adds(err, "cannot start a transaction");
        goto out;
    }
    in_tx = true;
    struct user *users;
    size_t nusers;
    ret = store_user_list(st, &r.scratch, &users, &nusers);
    if (ret) {
        buf_adds(err, "cannot read the staff accounts");
        goto out;
    }
    r.has_staff = nusers > 0;
    long long last_shown = 0;
    while (ret == 0) {
        if (!fgets(chunk, sizeof(chunk), fp)) {
            if (ferror(fp)) {
                buf_addf(err, "%s: read error: %s", path, strerror(errno));
                ret = ERR_IO;
            }
            break;
        }
        size_t n = strlen(chunk);
        if (n == 0 ||
            (chunk[n - 1] != '\n' && n + 1 < sizeof(chunk) && !feof(fp))) {
            /* fgets stopped short of the newline: a NUL byte in the line */
            r.line++;
            buf_addf(err, "%s:%ld: a NUL byte in the line", path, r.line);
            ret = ERR_INVALID;
            break;
        }
        done += (long long)n;
        buf_add(&line, chunk, n);
        if (buf_failed(&line)) {
            r.line++;
            buf_addf(err, "%s:%ld: a line is over 64 MiB", path, r.line);
            ret = buf_failed(&line);
            break;
        }
        if (line.data[line.len - 1] != '\n' && !feof(fp))
            continue; /* the line goes on */
        r.line++;
        if (line.data[line.len - 1] != '\n') {
            ret = bad(&r, "the last line has no newline: truncated?");
            break;
        }
        ret = read_record(&r, line.data, line.len);
        buf_reset(&line);
        if (progress && done - last_shown > (1 << 20)) {
            last_shown = done;
            show_progress(done, total, sum->comments_added, &t0);
            shown = true;
        }
    }
    if (ret == 0 && !r.have_header) {
        buf_addf(err, "%s: empty file, not a charla export", path);
        ret = ERR_INVALID;
    }
    if (ret == 0 && !r.have_end) {
        buf_addf(err,
                 "%s:%ld: the file ends without its end record: "
                 "truncated?",
                 path, r.line);
        ret = ERR_INVALID;
    }
    if (ret == 0) {
        in_tx = false;
        ret = store_commit(st);
        if (ret)
            buf_adds(err, "cannot commit the import");
    }
out:
    if (shown)
        fprintf(stderr, "\r\033[K");
    if (in_tx)
        store_rollback(st);
    if (ret) {
        if (!err->len)
            buf_addf(err, "%s: import failed: %s", path, err_name(ret));
        memset(sum, 0, sizeof(*sum));
    }
    if (fp)
        fclose(fp);
    buf_release(&line);
    arena_release(&r.scratch);
    return ret;
}
