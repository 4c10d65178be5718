/*
 * queue_load.h - assembles the moderation queue (comments, their article,
 * parent, reports and the author's record) for the JSON API and the queue
 * page alike.
 */
#ifndef CHARLA_API_QUEUE_LOAD_H
#define CHARLA_API_QUEUE_LOAD_H

#include "api/app.h"
#include "render/json.h"

/* The queue filter's name ("pending", "held", "screening", "reported";
 * "" or NULL for any) as a reason: false for another name. */
bool queue_reason_parse(const char *name, enum queue_reason *out);

/* The page of the queue q selects, assembled. Memory from req->arena.
 * Returns 0 or a negative err. */
MUST_CHECK int queue_load(struct app *app, struct http_req *req,
                          const struct queue_query *q, struct queue_item **out,
                          size_t *n);

/* The articles in raid mode (for the queue's banner), newest first. */
MUST_CHECK int queue_raids(struct app *app, struct http_req *req,
                           struct article **out, size_t *n);
/* queue_raids for a caller that has read every article already (arts, as
 * store_article_list gives them): picks them from arts instead of reading
 * them again. */
MUST_CHECK int queue_raids_among(struct app *app, struct http_req *req,
                                 const struct article *arts, size_t narts,
                                 struct article **out, size_t *n);

/* The reader's handle in the comment's article, into c->handle. */
void queue_fill_handle(struct app *app, struct http_req *req,
                       struct comment *c);

#endif
