/*
 * events.c - see events.h.
 */
#include <stdio.h>
#include <string.h>

#include "api/events.h"
#include "core/setting_keys.h"
#include "http/webhook.h"
#include "render/html.h"
#include "render/json.h"
#include "render/page.h"
#include "util/str.h"

static const char *setting(struct app *app, struct http_req *req,
                           const char *key)
{
    const char *v;
    return store_setting_get(app->store, key, &req->arena, &v) == 0 && v[0]
               ? v
               : NULL;
}

void events_emit(struct app *app, struct http_req *req, const char *event,
                 const struct article *art, const struct comment *c)
{
    const char *url = setting(app, req, "webhook_url");
    if (!url)
        return;
    const char *secret = setting(app, req, "webhook_secret");
    struct buf b;
    buf_init(&b, WEBHOOK_BODY_MAX);
    buf_adds(&b, "{\"event\":");
    json_quotes(&b, event);
    buf_adds(&b, ",\"at\":\"");
    page_iso_time(&b, app->now());
    buf_adds(&b, "\",\"article\":{");
    json_article_fields(&b, art);
    buf_adds(&b, "}");
    if (c) {
        buf_adds(&b, ",\"comment\":{\"id\":");
        buf_add_i64(&b, c->id);
        buf_adds(&b, ",\"number\":");
        json_quotes(&b, c->number);
        buf_adds(&b, "}");
    }
    buf_adds(&b, "}");
    if (buf_failed(&b) ||
        webhook_send(url, secret ? secret : "", event, b.data, b.len))
        fprintf(stderr,
                "charla: webhook %s not sent (check webhook_url: "
                "http://host[:port]/path)\n",
                event);
    buf_release(&b);
}

/* limit_setting: a raid trigger, in the range and with the default of
 * core/setting_keys.c. */
static int64_t limit_setting(struct app *app, struct http_req *req,
                             const char *key)
{
    return setting_key_number(key, setting(app, req, key));
}

struct raid_limits events_raid_limits(struct app *app, struct http_req *req)
{
    return (struct raid_limits){
        .comments_per_min = limit_setting(app, req, "raid_comments_per_min"),
        .readers_per_min = limit_setting(app, req, "raid_readers_per_min")};
}

void events_after_post(struct app *app, struct http_req *req,
                       const struct article *art, const struct comment *c,
                       const struct raid_limits *lim)
{
    if (c->status == COMMENT_HELD)
        events_emit(app, req, "comment.held", art, c);
    bool started = false;
    if (raid_check(app->store, art, lim, app->now(), &started) == 0 && started)
        events_emit(app, req, "raid.start", art, NULL);
}
