/*
 * http.h - the HTTP layer as the handlers see it: a parsed request, a
 * response to fill, and a server that calls one handler per request.
 *
 * Only src/http knows libmicrohttpd. A request's memory comes from its
 * arena, freed in one go when the response has been sent. The body is
 * read whole (it is small: HTTP_BODY_MAX) before the handler runs; of a
 * larger body nothing is kept, and the handler sees body_too_big and
 * answers 413 in its own shape (a page or JSON). A request the server's
 * trust function admits once its headers are in (a staff form: see
 * http_server_start) may send up to HTTP_BODY_MAX_TRUSTED instead; no
 * other request can make the server hold more than HTTP_BODY_MAX.
 */
#ifndef CHARLA_HTTP_HTTP_H
#define CHARLA_HTTP_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"

#define HTTP_BODY_MAX (64 * 1024)
#define HTTP_BODY_MAX_TRUSTED (1024 * 1024)
#define HTTP_ARENA_MAX (32u * 1024u * 1024u)
#define HTTP_MAX_HEADERS 16

struct http_req {
    void *conn;         /* opaque: the server's connection */
    const char *method; /* "GET", "POST", ... */
    const char *path;   /* decoded path, no query */
    struct arena arena; /* everything for this request */
    struct buf body;    /* request body, at most body_max bytes */
    size_t body_max;    /* HTTP_BODY_MAX, or HTTP_BODY_MAX_TRUSTED */
    bool body_too_big;  /* set when the client sent more */
    /*
     * The client's network, never its address: hex of the first 16 bytes
     * of BLAKE2b, keyed with a random per-process key that changes every
     * UTC day, over the /24 (IPv4) or /48 (IPv6) prefix. "" if unknown.
     * See docs/security.md.
     */
    char client_key[33];
    bool client_local; /* the peer is loopback and forwarded nothing */
};

struct http_header {
    const char *name;
    const char *value;
};

struct http_resp {
    int status;               /* 200 unless set */
    const char *content_type; /* static or arena string */
    struct buf body;          /* owned bytes, sent unless shared is set */
    struct http_header headers[HTTP_MAX_HEADERS];
    int nheaders;
    /* A shared, reference-counted body (from the page cache): */
    const void *shared;
    size_t shared_len;
    void (*shared_release)(void *ctx); /* called once the bytes are sent */
    void *shared_ctx;
};

/* Look-ups on the request; results are borrowed until the request ends. */
const char *http_req_header(struct http_req *r, const char *name);
const char *http_req_query(struct http_req *r, const char *name);
const char *http_req_cookie(struct http_req *r, const char *name);
/* Up to max values of a repeated query parameter, in order (borrowed);
 * returns how many the request has in all. */
size_t http_req_query_all(struct http_req *r, const char *name,
                          const char **out, size_t max);
/* http_req_query_each calls fn with each query parameter's decoded name
 * and value ("" for a name alone), in order, while fn returns true. */
void http_req_query_each(struct http_req *r,
                         bool (*fn)(void *ctx, const char *name,
                                    const char *value),
                         void *ctx);

/* http_resp_header adds a header; name and value must outlive the request
 * (literals or arena strings). Headers beyond HTTP_MAX_HEADERS are dropped
 * with a log line (a bug). */
void http_resp_header(struct http_resp *resp, const char *name,
                      const char *value);
/* http_resp_header_set: the one header of that name (compared without
 * case) now has value; added if there was none. Same lifetime rule. */
void http_resp_header_set(struct http_resp *resp, const char *name,
                          const char *value);
/* http_resp_header_get: the value of the first header of that name set
 * so far (borrowed), or NULL. */
const char *http_resp_header_get(const struct http_resp *resp,
                                 const char *name);

typedef void (*http_handler_fn)(void *ctx, struct http_req *req,
                                struct http_resp *resp);
/* An http_trust_fn is asked, once the headers of a request with a body are
 * in and before any of the body is read, whether it may send up to
 * HTTP_BODY_MAX_TRUSTED. It runs on an event thread: it must not wait on
 * the store's writer. */
typedef bool (*http_trust_fn)(void *ctx, struct http_req *req);

struct http_server;

/*
 * http_server_start listens on listen ("127.0.0.1:8080", "[::1]:8080" or
 * ":8080") with threads event threads, which answer reads, and
 * write_threads workers for every other request (which may wait on the
 * database), and calls handler for every request; trusted (or NULL: no
 * request is) decides which requests may send a larger body. Returns NULL
 * with a message in err on failure.
 */
struct http_server *http_server_start(const char *listen, int threads,
                                      int write_threads,
                                      http_handler_fn handler,
                                      http_trust_fn trusted, void *ctx,
                                      struct buf *err);
void http_server_stop(struct http_server *s);

#endif
