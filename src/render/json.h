/*
 * json.h - the JSON bodies of the v1 API, written from domain values.
 *
 * Every string goes through json_string; numbers through buf_add_i64.
 * Shapes are documented in docs/api.md.
 */
#ifndef CHARLA_RENDER_JSON_H
#define CHARLA_RENDER_JSON_H

#include "core/model.h"
#include "core/thread.h"
#include "util/arena.h"
#include "util/buf.h"

/* {"error":{"code":"...","message":"..."}} */
void json_error(struct buf *b, const char *code, const char *message);

/* {"articles":[{"id","path","title","published","comment_count"}]} */
void json_articles(struct buf *b, const struct article *arts, size_t n);

/* The whole thread: {"article":{...},"version":N,"comments":[...]}. */
MUST_CHECK int json_thread(struct buf *b, const struct thread *t,
                           struct arena *a);

/* One comment object (comment i of the thread), as in the list. */
MUST_CHECK int json_comment(struct buf *b, const struct thread *t, size_t i,
                            struct arena *a);

#endif
