/*
 * embed_mine.h - GET /embed/mine: the embedded widget's reader's own
 * comments in one thread (embed_mine.c).
 */
#ifndef CHARLA_API_EMBED_MINE_H
#define CHARLA_API_EMBED_MINE_H

#include <stdint.h>

#include "api/app.h"

/* The reader's newest comments the answer looks through (any article,
 * any state): more than anyone posts in a delete window under the
 * posting rate limits. */
#define EMBED_MINE_MAX 50

/* Characters (code points) of a held comment's text the answer shows, as
 * plain text; "…" follows when more was cut. */
#define EMBED_HELD_EXCERPT_CHARS 80

/*
 * embed_mine answers, for the request's reader (the charla_reader cookie)
 * and article article_id:
 *
 *   {"mine":[{"id":ID,"left":SECONDS}],
 *    "held":[{"id":ID,"excerpt":"...","left":SECONDS}]}
 *
 * "mine": their published comments they may still delete, with the
 * seconds left of the author's window; "held": their comments awaiting
 * review (pending or held), with a plain-text excerpt and the seconds
 * left to delete them (0 once the window closed). Both only among the
 * reader's EMBED_MINE_MAX newest comments. Without a cookie, both are
 * empty. Sent "private, no-store"; 503 if the store fails.
 */
void embed_mine(struct app *app, struct http_req *req, struct http_resp *resp,
                int64_t article_id);

#endif
