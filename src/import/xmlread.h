/*
 * xmlread.h - what the XML importers (Blogger, Disqus, WordPress) share:
 * a guarded expat driver that reads a file in chunks, and the small
 * parsers for the times and URLs those exports contain.
 *
 * The driver owns the safety rules so that every importer gets them: a
 * DOCTYPE that declares entities or names an external DTD is refused
 * before anything is expanded (entity bombs cost nothing), parameter
 * entities are never parsed, a single XML token may not exceed 16 MiB, and
 * every error names the file, line and column. Invalid UTF-8 and a file
 * that ends early are expat errors and are reported the same way.
 */
#ifndef CHARLA_IMPORT_XMLREAD_H
#define CHARLA_IMPORT_XMLREAD_H

#include <expat.h>
#include <stdbool.h>
#include <stdint.h>

#include "import/import.h"
#include "util/arena.h"
#include "util/buf.h"

/*
 * One pass over one file. An importer embeds this as the FIRST member of
 * its own parser struct and passes that struct as expat's user data: the
 * driver's own handlers cast the user data back to struct xml_reader.
 */
struct xml_reader {
    const char *path;               /* the file, as given (for messages) */
    struct buf *err;                /* appended once, on failure */
    const struct import_sink *sink; /* for import_report_progress; may be
                                       NULL */
    int64_t progress_base;          /* bytes already read by earlier passes */
    int64_t progress_total;         /* bytes all passes will read */
    XML_Parser xp;                  /* valid during xml_reader_run */
    int rc;                         /* why a handler stopped expat, or 0 */
    long long last_event;           /* byte offset past the last event */
    /* Resuming: with resume_pos > root_end > 0, the run feeds expat the
       bytes before root_end (the prolog and the root's start tag), then
       the file from resume_pos on, as if the elements between had never
       been there. Positions and line numbers in messages stay those of
       the file. */
    int64_t root_end;   /* offset just past the root start tag (the
                           importer notes it with xml_pos_after) */
    int64_t resume_pos; /* where to go on after root_end, or 0 */
    long line_shift;    /* lines skipped (set by xml_reader_run) */
};

/*
 * xml_reader_file_size returns the size of path in bytes, or -1 (then the
 * caller's first xml_reader_run reports the real error).
 */
int64_t xml_reader_file_size(const char *path);

/*
 * xml_reader_run parses the file r->path once. It creates a namespace-aware
 * parser (names arrive as "uri local", or "local" without a namespace),
 * installs the safety handlers, lets setup() install the importer's
 * handlers, and feeds the file in 64 KiB chunks, reporting progress to
 * r->sink after each chunk.
 * Returns 0; ERR_NOTFOUND or ERR_IO if the file cannot be read;
 * ERR_INVALID for XML that is not well formed or declares entities;
 * ERR_TOOBIG; ERR_NOMEM; or the code a handler passed to xml_fail. On
 * failure r->err has one line "path:line:column: message".
 */
MUST_CHECK int xml_reader_run(struct xml_reader *r, void *ud,
                              void (*setup)(XML_Parser xp));

/*
 * xml_fail stops the parse with rc and a message at the current position
 * (only the first failure is kept). For use inside expat handlers.
 */
void xml_fail(struct xml_reader *r, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* xml_mark records that an event happened (for the token size limit);
 * call it from every element and text handler. */
void xml_mark(struct xml_reader *r);

/*
 * xml_pos_after returns the byte offset in the file just past the event
 * being handled (a start or end tag), skipped bytes counted (see
 * resume_pos). For use inside expat handlers.
 */
int64_t xml_pos_after(const struct xml_reader *r);

/*
 * xml_name_is: an expat name "uri local" has namespace ns and the local
 * name local; ns "" matches a name without a namespace.
 */
bool xml_name_is(const char *name, const char *ns, const char *local);

/* xml_attr returns the value of the attribute called name, or NULL. */
const char *xml_attr(const char **atts, const char *name);

/*
 * import_parse_rfc3339 reads "2021-07-16T11:15:00.000-07:00" or "...Z"
 * (surrounding white space allowed) into Unix seconds UTC and the offset in
 * minutes it was written with. Returns false if s is not such a time.
 */
bool import_parse_rfc3339(const char *s, int64_t *secs, int *offset_min);

/*
 * import_parse_rfc3339_loose is import_parse_rfc3339 that also takes a
 * space between the date and the time (RFC 3339 section 5.6 allows it;
 * the Blogger importer always has).
 */
bool import_parse_rfc3339_loose(const char *s, int64_t *secs, int *offset_min);

/*
 * import_parse_sql_time reads WordPress's "2019-05-04 13:05:09" as UTC.
 * Returns false for anything else, including "0000-00-00 00:00:00".
 */
bool import_parse_sql_time(const char *s, int64_t *secs);

/*
 * import_url_path returns the path of an absolute URL without its query and
 * fragment ("/" if the URL has none), copied into a; NULL if url has no
 * "://" or memory runs out.
 */
const char *import_url_path(struct arena *a, const char *url);

/*
 * import_url_canonical returns url as the embed widget names a page
 * (api/embed.c): scheme and host in lower case, the scheme's default port
 * (":80" for http, ":443" for https) left out, a "/" where the path is
 * empty, no fragment; the rest as written, but for the bytes a browser
 * percent-encodes there (space, controls, '"', '<', '>', anything not
 * ASCII), written as %XX. Copied into a; url itself
 * when it has no "://"; NULL if memory runs out. An imported thread is
 * found by the widget only so.
 */
const char *import_url_canonical(struct arena *a, const char *url);

/* import_trimmed_eq: s without surrounding white space equals lit. */
bool import_trimmed_eq(const char *s, const char *lit);

#endif
