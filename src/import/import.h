/*
 * import.h - the interface every importer (Blogger, later Disqus and
 * WordPress) shares with the code that stores what they find.
 *
 * An importer parses one export file and hands plain records to a sink: all
 * articles first, then all comments in order of creation, so a sink can
 * store each comment knowing its article and parent are already stored.
 * The importer owns every string it passes; they are valid only during the
 * sink call, so a sink copies what it keeps. Bodies arrive as the safe
 * Markdown subset of html2md.h: the importer has already dropped unsafe
 * markup and links, and the renderer treats them like any reader's text.
 * Source ids ("blogger:123") let a sink recognise a record it imported
 * before, so an import can be run again.
 *
 * Streaming importers (Disqus, WordPress) cannot promise that a reply comes
 * after its parent: Disqus lists posts in any order. They still emit every
 * article before the comments that belong to it; a comment whose parent
 * has not been emitted yet is legal, and the sink keeps it aside until the
 * parent arrives (or, at the end, stores it as a top-level comment).
 */
#ifndef CHARLA_IMPORT_IMPORT_H
#define CHARLA_IMPORT_IMPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "util/buf.h"
#include "util/err.h"

/* What happened to a comment in the source system. */
enum import_status {
    IMPORT_VISIBLE, /* published */
    IMPORT_REMOVED, /* tombstone: removed by a moderator (body "") */
    IMPORT_DELETED, /* tombstone: deleted by its author (body "") */
    IMPORT_PENDING, /* awaiting moderation in the source */
    IMPORT_SPAM     /* marked as spam in the source (body kept) */
};

struct import_article {
    const char *source_id;    /* "blogger:7061949412204216551": the
                                 trailing number of the entry id */
    const char *path;         /* the post's original path, e.g.
                                 "/2021/07/x.html"; "" if unknown */
    const char *url;          /* the original absolute http(s) URL, or "" */
    const char *title;        /* plain text, may be "" */
    const char *byline;       /* author name, may be "" */
    int64_t published;        /* Unix seconds UTC */
    int tz_offset_min;        /* UTC offset the time was written with,
                                 e.g. -420 for -07:00 ... */
    bool tz_known;            /* ... when the source tells it (Blogger's
                                 times, a WordPress post with both its
                                 dates; not Disqus, whose times are UTC) */
    bool draft;               /* not published in the source */
    const char *body_md;      /* body as safe Markdown (html2md.h) */
    const char *lead_image;   /* http(s) URL or "" */
    const char *lead_caption; /* plain text or "" */
    const char *labels;       /* comma-separated (no spaces added), ""
                                 if none; commas inside a label become
                                 spaces */
    bool thread_only;         /* a discussion thread, not a post (Disqus,
                                 WordPress): its comments go to the
                                 article already at url or path, else to
                                 a new body-less article pointing to url
                                 (embed mode) */
    bool closed;              /* comments were closed in the source */
};

struct import_comment {
    const char *source_id;         /* "blogger:8578250784387892726" */
    const char *article_source_id; /* the article it belongs to (always
                                      emitted before) */
    const char *parent_source_id;  /* "" for a top-level comment; else a
                                      comment emitted before this one
                                      (Blogger) or before or after it
                                      (streaming importers) */
    int64_t created;               /* Unix seconds UTC */
    int tz_offset_min;             /* UTC offset, minutes east, the source
                                      showed created with: the zone its
                                      writer read the thread in ... */
    bool tz_known;                 /* ... when the source tells it
                                      (Blogger; WordPress with both
                                      dates or a known offset). Else the
                                      comment takes the site's zone when
                                      the import ends */
    const char *author_name;       /* "" when anonymous */
    bool anonymous;                /* no name, or the source's
                                      "Anonymous" without a profile */
    enum import_status status;
    const char *body_md; /* safe Markdown; "" for tombstones */
    int64_t resume_pos;  /* > 0: a later run may start reading the file
                            again at this byte offset and will see this
                            record and all after it (an importer sets it
                            only once the whole file is known to be well
                            formed: a sink may commit before this record
                            and save the offset, see --resume); 0: no
                            commit may happen before this record */
};

/*
 * What the parser saw (the sink counts what it stored). The importer zeroes
 * the struct first and fills it even when it fails.
 */
struct import_stats {
    long articles;   /* articles emitted */
    long comments;   /* comments emitted, tombstones included */
    long tombstones; /* of those, IMPORT_REMOVED or IMPORT_DELETED */
    long skipped_pages, skipped_settings, skipped_templates;
    long skipped_other;     /* entries of unknown kind, without id or time,
                               trashed or deleted posts, duplicates, comments
                               whose article is not in the file */
    long orphans;           /* comments whose parent is missing (or in
                               another article, or in a cycle): emitted as
                               top-level */
    long skipped_toobig;    /* entries with a field over its size limit */
    long skipped_pingbacks; /* WordPress pingbacks and trackbacks */
    long skipped_trash;     /* comments in the source's trash */
    long skipped_invalid;   /* comments without id, thread or valid time */
    long spam;              /* comments emitted as IMPORT_SPAM */
    long local_as_utc;      /* articles and comments emitted with a local
                               time only, taken as UTC: no offset known
                               to convert it (WordPress) */
    const char *format;     /* static: "blogger-atom" (legacy backup),
                               "blogger-2018", "disqus", "wxr-1.0", "wxr-1.1"
                               or "wxr-1.2"; "" before detection */
};

/*
 * Where records go. Each callback returns 0 to go on, or a negative enum
 * err to stop the import, which then returns that value.
 */
struct import_sink {
    void *ctx;
    int (*article)(void *ctx, const struct import_article *a);
    int (*comment)(void *ctx, const struct import_comment *c);
    /* optional (NULL: none): see import_report_progress */
    void (*progress)(void *ctx, int64_t done_bytes, int64_t total_bytes);
    int64_t resume_pos; /* importers that set import_comment.resume_pos
                           start their record pass at this offset (one
                           they gave out in an earlier run of the same
                           file); 0: at the start */
};

/*
 * import_report_progress tells the sink that done_bytes of total_bytes
 * (all passes over the file counted) have been read; streaming importers
 * call it after every chunk. It calls sink->progress if there is one (the
 * store sink draws its progress line there).
 */
void import_report_progress(const struct import_sink *sink, int64_t done_bytes,
                            int64_t total_bytes);

/*
 * import_blogger parses the Blogger export at path (either the legacy Atom
 * backup or the 2018-schema export, detected per entry) and feeds the sink.
 * All articles are emitted first, then all comments in order of creation
 * (ties: document order); a reply dated before its parent waits for it, so
 * parents always come before replies. The whole file is parsed and
 * converted before the first sink call: on any error but a sink's, nothing
 * at all has been sent to the sink.
 *
 * Limits (an entry over one is skipped and counted in skipped_toobig):
 * post body 4 MiB of HTML, comment body 64 KiB, title 1 KiB, other fields
 * 8 KiB, labels 8 KiB in all. The file as a whole may hold up to 4 million
 * entries and a single XML token (a tag with its attributes) up to 16 MiB,
 * beyond which the import fails with ERR_TOOBIG; what it keeps in memory
 * is capped at 1 GiB, beyond which it fails with ERR_NOMEM.
 * Files that declare entities, or name an external DTD, are refused.
 *
 * Returns 0; ERR_NOTFOUND or ERR_IO if the file cannot be read;
 * ERR_INVALID if it is not well-formed XML, not an Atom feed, or declares
 * entities; ERR_TOOBIG; ERR_NOMEM; or what a sink callback returned. On
 * failure one line is appended to err, such as
 * "demo/x.xml:12:5: mismatched tag" (the path as given). stats may be NULL.
 */
MUST_CHECK int import_blogger(const char *path, const struct import_sink *sink,
                              struct import_stats *stats, struct buf *err);

/*
 * import_disqus parses a Disqus export (<disqus> with category, thread and
 * post elements) and feeds the sink, streaming: the file is read twice,
 * first for the threads (emitted as thread_only articles, source ids
 * "disqus-thread:ID"), then for the posts (comments "disqus:ID", in file
 * order; a reply may come before its parent, see above). Memory does not
 * grow with the file. Pass 1 reads the whole file, so a file that is not
 * well formed fails before any comment; pass 2 then gives every post a
 * resume_pos (the offset after the element before it) and starts at
 * sink->resume_pos when that is set. isDeleted posts become IMPORT_DELETED
 * tombstones, isSpam ones IMPORT_SPAM; author isAnonymous sets anonymous (the
 * name a guest typed is then not kept); e-mail addresses, user names and IP
 * addresses are never read. Deleted threads are skipped with their posts.
 * Limits: comment 64 KiB of HTML, title 1 KiB, other fields 8 KiB (an item
 * over one is skipped, skipped_toobig). Errors as for import_blogger; a
 * file whose root is not <disqus> is refused with ERR_INVALID.
 */
MUST_CHECK int import_disqus(const char *path, const struct import_sink *sink,
                             struct import_stats *stats, struct buf *err);

/*
 * import_wxr parses a WordPress export (WXR 1.0, 1.1 or 1.2, told apart by
 * the wp namespace) in one streaming pass. Each item of type post or page
 * becomes a thread_only article (source "wxr:SITE#post-ID"), emitted
 * before its comments ("wxr:SITE#comment-ID"). comment_approved 1 is
 * visible, 0 pending, spam IMPORT_SPAM; trashed comments, pingbacks and
 * trackbacks are skipped; comment_parent 0 means top level. A name or a
 * title has its character references decoded once. A time with no GMT
 * form is read with the offset of its post (wp:post_date against
 * wp:post_date_gmt), else as UTC (counted in local_as_utc). Author e-mail,
 * URL and IP address are never read. Limits and errors as import_disqus;
 * a file without the wp namespace is refused with ERR_INVALID.
 */
MUST_CHECK int import_wxr(const char *path, const struct import_sink *sink,
                          struct import_stats *stats, struct buf *err);

#endif
