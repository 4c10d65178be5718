/*
 * quote_refs.h - keeps ">>1.3" at the start of a line a reference to
 * comment 1.3 rather than a quote nested in a quote, by escaping it in the
 * Markdown source before it is parsed. See quote_refs.c for where and why.
 */
#ifndef CHARLA_RENDER_QUOTE_REFS_H
#define CHARLA_RENDER_QUOTE_REFS_H

#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

/*
 * quote_refs_escape appends md[0, len) to dst with a backslash before the
 * first '>' of every ">>" and digit that opens a line (after container
 * markers) outside code, and, where such a line would otherwise go on
 * the paragraph above it, a blank line before it with its own quote
 * markers. It appends at most 2 * len bytes. md4c_flags are the md4c
 * parser flags the result will be parsed with: they decide what is code
 * (indented code blocks, for one, exist only without
 * MD_FLAG_NOINDENTEDCODEBLOCKS).
 *
 * Returns 0, or ERR_NOMEM if its scratch memory or md4c ran out; dst's
 * own errors are sticky in dst (check buf_failed). On error dst holds a
 * partial copy: discard it.
 */
MUST_CHECK int quote_refs_escape(struct buf *dst, const char *md, size_t len,
                                 unsigned md4c_flags);

#endif
