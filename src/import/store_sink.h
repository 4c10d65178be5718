/*
 * store_sink.h - writes what an importer parses into the store, in one
 * transaction or in batches with a checkpoint, skipping what an earlier
 * import already brought.
 */
#ifndef CHARLA_IMPORT_STORE_SINK_H
#define CHARLA_IMPORT_STORE_SINK_H

#include <stdbool.h>
#include <stdio.h>

#include "import/import.h"
#include "store/store.h"

/* What the store gained; printed as the import summary. */
struct import_summary {
    long articles_added, articles_present;
    long articles_attached; /* threads whose comments went to an article
                               already in the store (same URL or path) */
    long articles_skipped;  /* threads without a usable URL or path */
    long comments_added, comments_present;
    long tombstones_added;
    long spam_added;          /* of comments_added, removed as spam */
    long orphans;             /* replies whose parent is missing (or in
                                 another thread): stored as top-level */
    long deferred;            /* replies that came before their parent and
                                 waited for it */
    long flattened;           /* replies nested deeper than comment
                                 numbers allow: stored under the nearest
                                 ancestor that fits */
    long comments_no_article; /* comments whose thread was skipped or is
                                 not in the file */
    long comments_committed;  /* of comments_added, those committed at
                                 checkpoints: kept even when the import
                                 fails later (the rest is rolled back) */
    long articles_renamed;    /* of articles_added, those whose path the
                                 server answers itself, stored under
                                 IMPORT_RENAMED_PREFIX */
    char timezone_set[16];    /* the offset the site's time zone was set
                                 to ("-06:00"), or "" */
    long comments_bad_time;   /* comments dated before 1990 or more than
                                 a day ahead: left out */
};

/* Where an article whose path the server answers itself (/feeds/x, an
 * article no reader could open there) is stored instead: the same path
 * under this prefix ("/imported/feeds/x"). */
#define IMPORT_RENAMED_PREFIX "/imported"

/* An importer: parses path and feeds the sink (import_blogger, ...). */
typedef int (*import_parse_fn)(const char *path, const struct import_sink *sink,
                               struct import_stats *stats, struct buf *err);

/* A --map OLD=NEW rewrite: a URL starting with old_prefix gets new_prefix
 * instead (the first matching map wins). Strings are borrowed. */
struct import_map {
    const char *old_prefix;
    const char *new_prefix;
};

struct import_options {
    const struct import_map *maps; /* applied to thread URLs; may be NULL */
    size_t nmaps;
    bool progress;       /* a progress line on stderr (callers
                            set it only when stderr is a tty) */
    bool resume;         /* continue from the checkpoint an interrupted
                            import of the same file left */
    long batch_comments; /* comments per transaction for importers that
                            give resume positions; 0: IMPORT_BATCH */
    long stop_after;     /* tests: fail (ERR_IO), as a crash would,
                            when this run has stored stop_after comments
                            and is about to store one more; 0: never */
    /* paths the server answers itself (app_path_is_own, passed down by
       the command, as the import knows nothing of routing); an article
       at one is stored under IMPORT_RENAMED_PREFIX. NULL: none */
    bool (*path_is_own)(const char *path);
    struct buf *renamed; /* optional: gets "OLD -> NEW\n" per renamed
                            article (even if the import then fails) */
};

/* Comments stored per transaction (between checkpoints) by default. */
#define IMPORT_BATCH 1000000

/* The setting that holds the checkpoint of an unfinished import ("" or
 * absent: none). */
#define IMPORT_CHECKPOINT_KEY "import_checkpoint"

/*
 * import_run_opts parses path with parse and stores the result in st. For
 * importers that give resume positions (Disqus; see import_comment) it
 * commits every opt->batch_comments comments, in the same transaction
 * saving a checkpoint (IMPORT_CHECKPOINT_KEY: the file's size and
 * modification time and where to read on); the checkpoint is cleared when
 * the import completes. An import that fails keeps what was committed
 * (sum->comments_committed says how much) and opt->resume continues it
 * exactly where the checkpoint says, to the same final result as an
 * import that was never interrupted (running it again without resume
 * also does, reading the file from the start). Other importers, and any
 * file smaller than a batch, run in one transaction: on any error nothing
 * is stored. err says why an import failed. With opt->resume and no
 * checkpoint (or one made for a different file), nothing is done:
 * ERR_NOTFOUND or ERR_INVALID.
 *
 * The parser runs on a thread of its own (pipe.h); the store is only used
 * from the calling thread. Importing
 * the same file again adds nothing (articles and comments are matched by
 * their source id; threads also by URL and path). If the site has no time
 * zone yet, the first (non-thread) article's UTC offset becomes the site
 * time zone. opt may be NULL (no maps, no progress line).
 *
 * Replies that arrive before their parent are copied aside (memory grows
 * with the number of such replies, not with the file; at most 512 MiB,
 * else ERR_TOOBIG) and stored as soon as the parent is; those still
 * waiting at the end become top-level comments (summary: orphans).
 */
MUST_CHECK int import_run_opts(struct store *st, import_parse_fn parse,
                               const char *path,
                               const struct import_options *opt,
                               struct import_stats *stats,
                               struct import_summary *sum, struct buf *err);

/* import_run is import_run_opts without options. */
MUST_CHECK int import_run(struct store *st, import_parse_fn parse,
                          const char *path, struct import_stats *stats,
                          struct import_summary *sum, struct buf *err);

/* import_print_summary writes the human summary to f. */
void import_print_summary(FILE *f, const struct import_stats *stats,
                          const struct import_summary *sum);

#endif
