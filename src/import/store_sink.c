/*
 * store_sink.c - the sink every importer feeds; see store_sink.h.
 *
 * Data flow: importer -> sink callbacks -> store, all inside one
 * transaction begun here. Each callback works in a scratch arena that is
 * reset per item, so memory stays flat however long the file is.
 */
#include <stdio.h>
#include <string.h>

#include "import/store_sink.h"

struct sink_state {
    struct store *st;
    struct import_summary *sum;
    struct arena scratch;
    bool tz_checked;
    struct buf *err;
};

static int set_timezone_once(struct sink_state *s, int offset_min)
{
    const char *tz;
    s->tz_checked = true;
    int ret = store_setting_get(s->st, "timezone", &s->scratch, &tz);
    if (ret != ERR_NOTFOUND)
        return ret;
    int off = offset_min < 0 ? -offset_min : offset_min;
    char value[16];
    snprintf(value, sizeof(value), "%c%02d:%02d", offset_min < 0 ? '-' : '+',
             off / 60, off % 60);
    return store_setting_set(s->st, "timezone", value);
}

static int on_article(void *ctx, const struct import_article *in)
{
    struct sink_state *s = ctx;
    struct article existing, a;
    int ret;

    arena_reset(&s->scratch);
    if (!s->tz_checked && (ret = set_timezone_once(s, in->tz_offset_min)))
        return ret;
    ret = store_article_by_source(s->st, in->source_id, &s->scratch,
                                  &existing);
    if (ret == 0) {
        s->sum->articles_present++;
        return 0;
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    memset(&a, 0, sizeof(a));
    a.path = in->path;
    a.title = in->title;
    a.byline = in->byline;
    a.published = in->published;
    a.is_published = !in->draft;
    a.body = in->body_md;
    a.lead_image = in->lead_image;
    a.lead_caption = in->lead_caption;
    a.labels = in->labels;
    a.source_id = in->source_id;
    a.external_url = "";
    ret = store_article_insert(s->st, &a, NULL);
    if (ret == ERR_CONFLICT)
        buf_addf(s->err, "an article already uses the path %s", in->path);
    if (ret == 0)
        s->sum->articles_added++;
    return ret;
}

static enum comment_status status_of(enum import_status st)
{
    switch (st) {
    case IMPORT_VISIBLE:
        return COMMENT_VISIBLE;
    case IMPORT_REMOVED:
    case IMPORT_SPAM:
        return COMMENT_REMOVED;
    case IMPORT_DELETED:
        return COMMENT_DELETED;
    case IMPORT_PENDING:
        return COMMENT_PENDING;
    }
    return COMMENT_REMOVED;
}

static int on_comment(void *ctx, const struct import_comment *in)
{
    struct sink_state *s = ctx;
    struct comment existing, parent, c;
    struct article art;
    int ret;

    arena_reset(&s->scratch);
    ret = store_comment_by_source(s->st, in->source_id, &s->scratch,
                                  &existing);
    if (ret == 0) {
        s->sum->comments_present++;
        return 0;
    }
    if (ret != ERR_NOTFOUND)
        return ret;
    ret = store_article_by_source(s->st, in->article_source_id, &s->scratch,
                                  &art);
    if (ret == ERR_NOTFOUND) {
        buf_addf(s->err, "comment %s belongs to an article not in the file",
                 in->source_id);
        return ERR_INVALID;
    }
    if (ret)
        return ret;
    memset(&c, 0, sizeof(c));
    c.article_id = art.id;
    if (in->parent_source_id && in->parent_source_id[0]) {
        ret = store_comment_by_source(s->st, in->parent_source_id,
                                      &s->scratch, &parent);
        if (ret == 0 && parent.article_id == art.id)
            c.parent_id = parent.id;
        else if (ret == 0 || ret == ERR_NOTFOUND)
            s->sum->orphans++; /* kept as a top-level comment */
        else
            return ret;
    }
    c.status = status_of(in->status);
    c.author_kind = AUTHOR_IMPORTED;
    c.author_hash = "";
    c.author_name = in->anonymous ? "" : in->author_name;
    c.created = in->created;
    c.body = comment_status_is_tombstone(c.status) ? "" : in->body_md;
    c.reason = in->status == IMPORT_SPAM ? "spam" : "";
    c.source_id = in->source_id;
    ret = store_comment_insert(s->st, &c);
    if (ret)
        return ret;
    s->sum->comments_added++;
    if (comment_status_is_tombstone(c.status))
        s->sum->tombstones_added++;
    return 0;
}

int import_run(struct store *st, import_parse_fn parse, const char *path,
               struct import_stats *stats, struct import_summary *sum,
               struct buf *err)
{
    struct sink_state s = {.st = st, .sum = sum, .err = err};
    struct import_sink sink = {
        .ctx = &s, .article = on_article, .comment = on_comment};
    int ret;

    memset(stats, 0, sizeof(*stats));
    memset(sum, 0, sizeof(*sum));
    arena_init(&s.scratch, 0);
    ret = store_begin(st);
    if (ret) {
        buf_adds(err, "cannot start a transaction");
        goto out;
    }
    ret = parse(path, &sink, stats, err);
    if (ret) {
        if (!err->len)
            buf_addf(err, "import failed: %s", err_name(ret));
        store_rollback(st);
        memset(sum, 0, sizeof(*sum));
        goto out;
    }
    ret = store_commit(st);
    if (ret)
        buf_adds(err, "cannot commit the import");
out:
    arena_release(&s.scratch);
    return ret;
}

void import_print_summary(FILE *f, const struct import_stats *stats,
                          const struct import_summary *sum)
{
    fprintf(f,
            "articles: %ld added, %ld already present\n"
            "comments: %ld added (%ld tombstones), %ld already present\n",
            sum->articles_added, sum->articles_present, sum->comments_added,
            sum->tombstones_added, sum->comments_present);
    long skipped = stats->skipped_pages + stats->skipped_settings +
                   stats->skipped_templates + stats->skipped_other;
    fprintf(f, "skipped: %ld", skipped);
    if (skipped)
        fprintf(f, " (pages %ld, settings %ld, templates %ld, other %ld)",
                stats->skipped_pages, stats->skipped_settings,
                stats->skipped_templates, stats->skipped_other);
    fprintf(f, "\n");
    if (sum->orphans)
        fprintf(f,
                "replies whose parent is missing, kept as top-level: %ld\n",
                sum->orphans);
}
