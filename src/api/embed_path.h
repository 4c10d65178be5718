/*
 * embed_path.h - whether an embedded page's URL names its path with dot
 * segments, which the embed refuses (embed_path.c says why).
 */
#ifndef CHARLA_API_EMBED_PATH_H
#define CHARLA_API_EMBED_PATH_H

#include <stdbool.h>
#include <stddef.h>

/*
 * embed_path_has_dot_segment: true if the part of a URL after its host,
 * rest (rest_len bytes, no fragment), has a segment, between '/' or '?'
 * and the next, that is "." or "..", also written with "%2e" or "%2E"
 * for a dot.
 */
bool embed_path_has_dot_segment(const char *rest, size_t rest_len);

#endif
