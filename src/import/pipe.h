/*
 * pipe.h - run an importer's parser on a thread of its own, so that
 * parsing the file and storing what it holds use two CPUs at once.
 */
#ifndef CHARLA_IMPORT_PIPE_H
#define CHARLA_IMPORT_PIPE_H

#include "import/import.h"
#include "import/store_sink.h"

/*
 * import_pipe_run runs parse(path, ..., stats, ...) on a new thread and
 * delivers every record and progress report it produces to sink, on the
 * calling thread, in the order the parser produced them (the sink never
 * runs on the parser's thread, so it may use thread-bound resources such
 * as the store's transaction). sink->resume_pos is passed on.
 *
 * At most a few MiB of records wait between the two threads. When a sink
 * callback fails, the parser is stopped at its next record and nothing
 * more reaches the sink; err then says which record failed
 * ("PATH: import stopped at comment ID: ...", after whatever the sink
 * appended itself). stats is written by the parser's thread and complete
 * when this returns.
 *
 * Returns 0, the parser's error (with its message in err), the sink's
 * error, or ERR_NOMEM if the thread cannot be started.
 */
MUST_CHECK int import_pipe_run(import_parse_fn parse, const char *path,
                               const struct import_sink *sink,
                               struct import_stats *stats, struct buf *err);

#endif
