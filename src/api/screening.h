/*
 * screening.h - runs the abuse screening on a comment about to be posted,
 * with the site's settings, and turns the verdict into what posting needs:
 * refuse (a banned word), hold (with the scores and spans kept as JSON for
 * the queue), or publish.
 */
#ifndef CHARLA_API_SCREENING_H
#define CHARLA_API_SCREENING_H

#include <stdbool.h>

#include "api/app.h"
#include "screen/screen.h"

struct screening_result {
    bool refuse;             /* a banned word: answer 422 */
    const char *banned_word; /* which, for the message */
    bool hold;               /* hold for review */
    const char *json;        /* scores and spans for the queue, or "" */
    float score;             /* the hold score, 0..1 */
};

/*
 * screening_run scores body with app->model (which may be NULL: then only
 * the site's word lists, the rule grammars and the doxxing guard apply). Memory
 * from req->arena. Returns 0, or a negative err (the caller then holds the
 * comment: a failure never lets a comment through unscreened).
 */
MUST_CHECK int screening_run(struct app *app, struct http_req *req,
                             const char *body, size_t len,
                             struct screening_result *out);

/* The site's screening settings (threshold, word lists, ...) from st,
 * their strings in a; a setting unset or out of range keeps its default. */
void screening_policy(struct store *st, struct arena *a,
                      struct screen_policy *p);

/* A held comment's verdict as the queue shows it: scores, and the spans
 * that fall inside body[0..len) with their text. */
void screening_json(struct buf *b, const struct screen_verdict *v,
                    const char *body, size_t len);

#endif
