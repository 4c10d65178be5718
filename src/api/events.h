/*
 * events.h - the webhook events of a site (setting webhook_url, signed
 * with webhook_secret): "comment.held", "comment.reported", "raid.start".
 */
#ifndef CHARLA_API_EVENTS_H
#define CHARLA_API_EVENTS_H

#include "api/app.h"
#include "core/raid.h"

/* events_emit sends one event about an article (and a comment, or NULL)
 * if the site has a webhook; failures are logged, never returned. */
void events_emit(struct app *app, struct http_req *req, const char *event,
                 const struct article *art, const struct comment *c);

/* events_raid_limits reads the site's raid thresholds (settings
 * raid_comments_per_min, raid_readers_per_min). */
struct raid_limits events_raid_limits(struct app *app, struct http_req *req);

/* events_after_post runs what follows a stored reader comment: the
 * "comment.held" event and the raid check against lim (which may start a
 * raid). */
void events_after_post(struct app *app, struct http_req *req,
                       const struct article *art, const struct comment *c,
                       const struct raid_limits *lim);

#endif
