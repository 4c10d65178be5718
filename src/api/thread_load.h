/*
 * thread_load.h - loads an article's comments and prepares them for
 * rendering (handles, local times, previews), for the page and API
 * handlers alike.
 */
#ifndef CHARLA_API_THREAD_LOAD_H
#define CHARLA_API_THREAD_LOAD_H

#include "api/app.h"
#include "core/thread.h"

/* Returns 0 or a negative err; t's memory lives in req->arena. */
MUST_CHECK int thread_load(struct app *app, struct http_req *req,
                           const struct article *art, struct thread *t);

/* parse_article_id reads a positive decimal id from a path segment. */
MUST_CHECK int parse_article_id(const char *s, size_t len, int64_t *id);

#endif
