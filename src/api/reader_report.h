/*
 * reader_report.h - a reader's report of a comment, from the request that
 * sends it: the JSON API (and the embed widget through it) and the report
 * form both record reports here, so both weigh them the same way.
 */
#ifndef CHARLA_API_READER_REPORT_H
#define CHARLA_API_READER_REPORT_H

#include <stdbool.h>

#include "api/app.h"
#include "core/model.h"
#include "util/buf.h"

/*
 * reader_report records the report of comment c by the reader whose token
 * hashes to reporter_hash, with reason (mod_report's rules, threshold from
 * the site's settings). own_token says whether the request brought that
 * token (false: it was minted for this report, and the report does not
 * count toward holding c). The request's network, as a keyed day hash,
 * goes along in a form that matches only reports of c (see
 * reader_report_client). Returns mod_report's result; *held says whether
 * this report held c; a refusal is explained in msg. When it held c, it
 * also counts that in /metrics (held by reports) and sends the webhook
 * event "comment.reported", so every way in does both.
 *
 * A reader under a ban (by reporter_hash, when own_token) may not report:
 * reports hold comments, and a banned reader keeps no lever on the
 * threads. Then nothing is recorded, *banned is set, msg says so (for
 * now, or for good) and the result is ERR_FORBIDDEN; callers answer as
 * to a banned reader's post (403, code "banned").
 */
MUST_CHECK int reader_report(struct app *app, struct http_req *req,
                             const struct comment *c, const char *reporter_hash,
                             bool own_token, const char *reason, bool *held,
                             bool *banned, struct buf *msg);

#define READER_REPORT_CLIENT_HEX 32

/*
 * reader_report_client writes, for a report of comment comment_id, the
 * hash of the request's network (req->client_key, itself a keyed hash of
 * the /24 or /48 that changes every day) with the site key and the
 * comment's id, as hex; "" when the request has no network of its own:
 * none known, or loopback (a local proxy forwarding nothing would put
 * every reader on one network).
 */
void reader_report_client(struct app *app, const struct http_req *req,
                          int64_t comment_id,
                          char out[READER_REPORT_CLIENT_HEX + 1]);

#endif
