/*
 * webhook.h - tells another system that something happened (a raid began,
 * a comment was held, reports held a comment) with a JSON POST signed with
 * HMAC-SHA256, sent from a background thread with retries, so a slow or
 * dead receiver never slows a reader's request.
 *
 * Only http:// URLs are supported (charla has no TLS client); point the
 * setting at a relay on the same host or private network for https.
 */
#ifndef CHARLA_HTTP_WEBHOOK_H
#define CHARLA_HTTP_WEBHOOK_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define WEBHOOK_BODY_MAX (64 * 1024)
#define WEBHOOK_ATTEMPTS 4

/*
 * webhook_send queues one delivery: url "http://host[:port]/path", the
 * HMAC key secret (may be "" for no signature header), and a JSON body.
 * Copies everything; returns 0, or ERR_INVALID for a URL it cannot use.
 * The header X-Charla-Signature carries "sha256=<hex HMAC of the body>".
 */
MUST_CHECK int webhook_send(const char *url, const char *secret,
                            const char *event, const char *json, size_t len);

/* webhook_sign writes the hex HMAC-SHA256 of body keyed with the bytes of
 * secret as they are (any length), which is what a receiver computes with
 * the same secret (65 bytes with the NUL). */
void webhook_sign(const char *secret, const char *body, size_t len,
                  char out[65]);

/* One finished delivery, for the staff's delivery log. */
struct webhook_record {
    int64_t at; /* Unix seconds when it finished */
    char event[64];
    char host[64]; /* the receiver's host, never the secret or body */
    int status;    /* the last HTTP status, or -1 if none was read */
    int attempts;
    int delivered; /* 1 if a 2xx was received */
};

#define WEBHOOK_LOG_SIZE 100

/* webhook_log copies up to max of the newest deliveries, newest first,
 * and returns how many it copied. Kept in memory by this process. */
size_t webhook_log(struct webhook_record *out, size_t max);

#endif
