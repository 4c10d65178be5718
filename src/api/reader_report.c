/*
 * reader_report.c - a reader's report of a comment, from the request that
 * sends it (see reader_report.h and, for the rules, mod_report in
 * core/moderation.h).
 *
 * What identifies a reporter: the reader token's keyed hash, one report
 * per comment; whether the request brought that token or got it minted
 * for the report; and the network it came from, as the flood limits see
 * it (req->client_key: a hash keyed with a per-process key that changes
 * every UTC day). The last is hashed once more, with the site key and the
 * comment's id, before it is stored: it can then tell two reports of the
 * same comment on the same day from the same network apart from others,
 * and nothing more (not the network, not the reader's other reports).
 *
 * Every way a report comes in (the JSON API, the embed widget through it,
 * the site's own Report form) calls reader_report, so what follows a
 * report that holds a comment (the metric, the webhook event) is done
 * here once, for all of them, and so is the refusal of a reason that
 * shows nothing (white space, U+202E, zero-width characters): a
 * moderator would read an empty bullet in the queue. An empty reason is
 * mod_report's to refuse, with its own message. So is the refusal of a
 * reader under a ban, which posting refuses too (core/post.c): reports
 * hold comments once enough readers send them, and a banned reader keeps
 * no such lever.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "api/events.h"
#include "api/hooks.h"
#include "api/mod_api.h"
#include "api/reader_report.h"
#include "core/moderation.h"
#include "core/visible.h"
#include "render/msg.h"

/*
 * reports_held runs what follows reports holding comment c, whichever way
 * they came in: the metric, and the "comment.reported" webhook event.
 */
static void reports_held(struct app *app, struct http_req *req,
                         const struct comment *c)
{
    metrics_count(METRIC_HELD_BY_REPORTS);
    struct article art;
    if (store_article_get(app->store, c->article_id, &req->arena, &art) == 0)
        events_emit(app, req, "comment.reported", &art, c);
}

void reader_report_client(struct app *app, const struct http_req *req,
                          int64_t comment_id,
                          char out[READER_REPORT_CLIENT_HEX + 1])
{
    out[0] = '\0';
    if (req->client_local || !req->client_key[0])
        return;
    unsigned char h[READER_REPORT_CLIENT_HEX / 2];
    char head[48];
    int n = snprintf(head, sizeof(head), "charla-report|%lld|",
                     (long long)comment_id);
    crypto_generichash_state st;
    crypto_generichash_init(&st, app->site.key, sizeof(app->site.key),
                            sizeof(h));
    crypto_generichash_update(&st, (const unsigned char *)head, (size_t)n);
    crypto_generichash_update(&st, (const unsigned char *)req->client_key,
                              strlen(req->client_key));
    crypto_generichash_final(&st, h, sizeof(h));
    sodium_bin2hex(out, READER_REPORT_CLIENT_HEX + 1, h, sizeof(h));
}

int reader_report(struct app *app, struct http_req *req,
                  const struct comment *c, const char *reporter_hash,
                  bool own_token, const char *reason, bool *held, bool *banned,
                  struct buf *msg)
{
    *held = false;
    *banned = false;
    if (own_token) {
        /* a token minted for this report cannot be under a ban */
        struct ban ban;
        int b = store_ban_active(app->store, reporter_hash, app->now(),
                                 &req->arena, &ban);
        if (b == 0) {
            *banned = true;
            buf_adds(msg, msg_get(ban.until ? MSG_REPORT_BANNED_FOR_NOW
                                            : MSG_REPORT_BANNED));
            return ERR_FORBIDDEN;
        }
        if (b != ERR_NOTFOUND) {
            buf_adds(msg, msg_get(MSG_REPORT_STORE_ERROR));
            return b;
        }
    }
    if (reason && reason[0] && !visible_has_text(reason, strlen(reason))) {
        buf_adds(msg, msg_get(MSG_REPORT_REASON_INVISIBLE));
        return ERR_INVALID;
    }
    char client[READER_REPORT_CLIENT_HEX + 1];
    reader_report_client(app, req, c->id, client);
    struct report_new r = {.comment_id = c->id,
                           .reporter_hash = reporter_hash,
                           .client_hash = client,
                           .reason = reason,
                           .at = app->now(),
                           .may_count = own_token};
    int ret = mod_report(app->store, c, &r, mod_report_threshold(app, req),
                         held, msg);
    if (ret == 0 && *held)
        reports_held(app, req, c);
    return ret;
}
