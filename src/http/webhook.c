/*
 * webhook.c - see webhook.h. Each delivery gets a detached thread that
 * tries up to WEBHOOK_ATTEMPTS times, waiting 1, 4, 16 s between tries,
 * and logs the outcome (event and status; the body is never logged).
 */
#include <netdb.h>
#include <pthread.h>
#include <stdbool.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "http/webhook.h"
#include "util/buf.h"
#include "util/str.h"

struct delivery {
    char host[256];
    char port[8];
    char path[1024];
    char event[64];
    char signature[65];
    char *body;
    size_t len;
};

/* The delivery log: a ring of the last WEBHOOK_LOG_SIZE deliveries. */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static struct webhook_record log_ring[WEBHOOK_LOG_SIZE];
static size_t log_next, log_count;

static void log_delivery(const struct delivery *d, int status, int attempts)
{
    pthread_mutex_lock(&log_lock);
    struct webhook_record *r = &log_ring[log_next];
    memset(r, 0, sizeof(*r));
    r->at = (int64_t)time(NULL);
    snprintf(r->event, sizeof(r->event), "%s", d->event);
    snprintf(r->host, sizeof(r->host), "%.63s", d->host);
    r->status = status;
    r->attempts = attempts;
    r->delivered = status >= 200 && status < 300;
    log_next = (log_next + 1) % WEBHOOK_LOG_SIZE;
    if (log_count < WEBHOOK_LOG_SIZE)
        log_count++;
    pthread_mutex_unlock(&log_lock);
}

size_t webhook_log(struct webhook_record *out, size_t max)
{
    pthread_mutex_lock(&log_lock);
    size_t n = log_count < max ? log_count : max;
    for (size_t i = 0; i < n; i++)
        out[i] =
            log_ring[(log_next + WEBHOOK_LOG_SIZE - 1 - i) % WEBHOOK_LOG_SIZE];
    pthread_mutex_unlock(&log_lock);
    return n;
}

void webhook_sign(const char *secret, const char *body, size_t len,
                  char out[65])
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    /* keyed with the secret's bytes as the admin typed them, any length
     * (HMAC itself hashes a key longer than a block), so a receiver can
     * check it with any HMAC-SHA256 and the same secret */
    crypto_auth_hmacsha256_init(&st, (const unsigned char *)secret,
                                strlen(secret));
    crypto_auth_hmacsha256_update(&st, (const unsigned char *)body, len);
    crypto_auth_hmacsha256_final(&st, mac);
    str_hex(mac, sizeof(mac), out);
    sodium_memzero(&st, sizeof(st));
}

/* parse_url splits "http://host[:port]/path". */
static int parse_url(const char *url, struct delivery *d)
{
    const char *p = url;
    if (strncmp(p, "http://", 7) != 0)
        return ERR_INVALID;
    p += 7;
    size_t hl = strcspn(p, ":/");
    if (hl == 0 || hl >= sizeof(d->host))
        return ERR_INVALID;
    memcpy(d->host, p, hl);
    d->host[hl] = '\0';
    for (size_t i = 0; i < hl; i++) {
        char c = d->host[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '.' || c == '-'))
            return ERR_INVALID;
    }
    p += hl;
    snprintf(d->port, sizeof(d->port), "80");
    if (*p == ':') {
        size_t pl = strcspn(p + 1, "/");
        int64_t port;
        if (str_to_int(p + 1, pl, 1, 65535, &port))
            return ERR_INVALID;
        snprintf(d->port, sizeof(d->port), "%d", (int)port);
        p += 1 + pl;
    }
    if (!*p)
        p = "/";
    if (strlen(p) >= sizeof(d->path))
        return ERR_INVALID;
    for (const char *q = p; *q; q++)
        if ((unsigned char)*q <= 0x20 || *q == 0x7F)
            return ERR_INVALID;
    snprintf(d->path, sizeof(d->path), "%s", p);
    return 0;
}

/* deliver_once returns the HTTP status, or -1 if the request failed. */
static int deliver_once(const struct delivery *d)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC,
                             .ai_socktype = SOCK_STREAM};
    struct addrinfo *res = NULL;
    int fd = -1, status = -1;
    if (getaddrinfo(d->host, d->port, &hints, &res) != 0)
        return -1;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        struct timeval tv = {.tv_sec = 10};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0)
        return -1;
    struct buf req;
    buf_init(&req, WEBHOOK_BODY_MAX + 4096);
    /* HTTP wants host:port in Host unless the port is the scheme's own */
    bool default_port = strcmp(d->port, "80") == 0;
    buf_addf(&req,
             "POST %s HTTP/1.1\r\nHost: %s%s%s\r\nUser-Agent: charla\r\n"
             "Content-Type: application/json\r\nContent-Length: %zu\r\n"
             "X-Charla-Event: %s\r\n",
             d->path, d->host, default_port ? "" : ":",
             default_port ? "" : d->port, d->len, d->event);
    if (d->signature[0])
        buf_addf(&req, "X-Charla-Signature: sha256=%s\r\n", d->signature);
    buf_adds(&req, "Connection: close\r\n\r\n");
    buf_add(&req, d->body, d->len);
    size_t off = 0;
    while (!buf_failed(&req) && off < req.len) {
        ssize_t n = send(fd, req.data + off, req.len - off, MSG_NOSIGNAL);
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    char head[64];
    ssize_t n = off == req.len ? recv(fd, head, sizeof(head) - 1, 0) : -1;
    if (n > 12 && strncmp(head, "HTTP/1.", 7) == 0) {
        int64_t code;
        if (str_to_int(head + 9, 3, 100, 599, &code) == 0)
            status = (int)code;
    }
    buf_release(&req);
    close(fd);
    return status;
}

static void *deliver(void *arg)
{
    struct delivery *d = arg;
    unsigned wait_s = 1;
    int status = -1;
    int attempt;
    for (attempt = 1; attempt <= WEBHOOK_ATTEMPTS; attempt++) {
        status = deliver_once(d);
        if (status >= 200 && status < 300)
            break;
        if (attempt < WEBHOOK_ATTEMPTS) {
            sleep(wait_s);
            wait_s *= 4;
        }
    }
    log_delivery(d, status,
                 attempt > WEBHOOK_ATTEMPTS ? WEBHOOK_ATTEMPTS : attempt);
    fprintf(stderr, "charla: webhook %s to %s: %s (status %d)\n", d->event,
            d->host, status >= 200 && status < 300 ? "delivered" : "failed",
            status);
    free(d->body);
    free(d);
    return NULL;
}

int webhook_send(const char *url, const char *secret, const char *event,
                 const char *json, size_t len)
{
    if (len > WEBHOOK_BODY_MAX)
        return ERR_TOOBIG;
    struct delivery *d = calloc(1, sizeof(*d));
    if (!d)
        return ERR_NOMEM;
    if (parse_url(url, d)) {
        free(d);
        return ERR_INVALID;
    }
    snprintf(d->event, sizeof(d->event), "%s", event);
    if (secret && secret[0])
        webhook_sign(secret, json, len, d->signature);
    d->body = malloc(len ? len : 1);
    if (!d->body) {
        free(d);
        return ERR_NOMEM;
    }
    memcpy(d->body, json, len);
    d->len = len;
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int rc = pthread_create(&t, &attr, deliver, d);
    pthread_attr_destroy(&attr);
    if (rc) {
        free(d->body);
        free(d);
        return ERR_NOMEM;
    }
    return 0;
}
