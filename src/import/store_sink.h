/*
 * store_sink.h - writes what an importer parses into the store, inside one
 * transaction, skipping what an earlier import already brought.
 */
#ifndef CHARLA_IMPORT_STORE_SINK_H
#define CHARLA_IMPORT_STORE_SINK_H

#include <stdio.h>

#include "import/import.h"
#include "store/store.h"

/* What the store gained; printed as the import summary. */
struct import_summary {
    long articles_added, articles_present;
    long comments_added, comments_present;
    long tombstones_added;
    long orphans;
};

/* An importer: parses path and feeds the sink (import_blogger, ...). */
typedef int (*import_parse_fn)(const char *path,
                               const struct import_sink *sink,
                               struct import_stats *stats, struct buf *err);

/*
 * import_run parses path with parse and stores the result in st in one
 * transaction: on any error nothing is stored and err says why. Importing
 * the same file again adds nothing (articles and comments are matched by
 * their source id). If the site has no time zone yet, the first article's
 * UTC offset becomes the site time zone.
 */
MUST_CHECK int import_run(struct store *st, import_parse_fn parse,
                          const char *path, struct import_stats *stats,
                          struct import_summary *sum, struct buf *err);

/* import_print_summary writes the human summary to f. */
void import_print_summary(FILE *f, const struct import_stats *stats,
                          const struct import_summary *sum);

#endif
