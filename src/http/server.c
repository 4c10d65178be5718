/*
 * server.c - libmicrohttpd glue: accepts requests, reads bodies within
 * HTTP_BODY_MAX, calls the one handler, and turns its struct http_resp
 * into an MHD response.
 *
 * Threading: MHD runs a pool of worker threads (epoll), each serving many
 * connections; the handler runs on a worker, so it must be thread-safe.
 * The per-request state (struct conn_state) is created on the first
 * callback of a request and freed in the request-completed callback, which
 * also frees the request arena in one go.
 *
 * No client address is read or logged anywhere in this file.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/http.h"
#include "util/str.h"

struct http_server {
    struct MHD_Daemon *daemon;
    http_handler_fn handler;
    void *ctx;
};

struct conn_state {
    struct http_req req;
};

const char *http_req_header(struct http_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *http_req_query(struct http_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_req_cookie(struct http_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_COOKIE_KIND, name);
}

struct query_all {
    const char *name;
    const char **out;
    size_t max, n;
};

static enum MHD_Result query_all_cb(void *cls, enum MHD_ValueKind kind,
                                    const char *key, const char *value)
{
    struct query_all *q = cls;
    if (key && strcmp(key, q->name) == 0) {
        if (q->n < q->max)
            q->out[q->n] = value ? value : "";
        q->n++;
    }
    return MHD_YES;
}

size_t http_req_query_all(struct http_req *r, const char *name,
                          const char **out, size_t max)
{
    struct query_all q = {name, out, max, 0};
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, query_all_cb,
                              &q);
    return q.n;
}

void http_resp_header(struct http_resp *resp, const char *name,
                      const char *value)
{
    if (resp->nheaders == HTTP_MAX_HEADERS) {
        fprintf(stderr, "charla: too many response headers (%s)\n", name);
        return;
    }
    resp->headers[resp->nheaders].name = name;
    resp->headers[resp->nheaders].value = value;
    resp->nheaders++;
}

static enum MHD_Result send_simple(struct MHD_Connection *conn, int status,
                                   const char *json)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        strlen(json), (void *)json, MHD_RESPMEM_PERSISTENT);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, "Content-Type",
                            "application/json; charset=utf-8");
    MHD_add_response_header(r, "Connection", "close");
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result send_resp(struct MHD_Connection *conn,
                                 struct http_resp *resp)
{
    struct MHD_Response *r;
    if (resp->shared) {
        r = MHD_create_response_from_buffer_with_free_callback_cls(
            resp->shared_len, (void *)resp->shared, resp->shared_release,
            resp->shared_ctx);
        if (!r && resp->shared_release)
            resp->shared_release(resp->shared_ctx);
        resp->shared = NULL;
    } else {
        if (buf_failed(&resp->body)) {
            buf_release(&resp->body);
            return send_simple(conn, 500,
                               "{\"error\":{\"code\":\"internal\","
                               "\"message\":\"The response could not be "
                               "built.\"}}");
        }
        size_t len;
        char *data = buf_detach(&resp->body, &len);
        if (!data)
            return MHD_NO;
        r = MHD_create_response_from_buffer_with_free_callback(len, data,
                                                                 free);
        if (!r)
            free(data);
    }
    if (!r)
        return MHD_NO;
    if (resp->content_type)
        MHD_add_response_header(r, "Content-Type", resp->content_type);
    for (int i = 0; i < resp->nheaders; i++)
        MHD_add_response_header(r, resp->headers[i].name,
                                resp->headers[i].value);
    enum MHD_Result ret = MHD_queue_response(conn, (unsigned)resp->status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **con_cls)
{
    struct http_server *srv = cls;
    struct conn_state *st = *con_cls;

    if (!st) {
        st = calloc(1, sizeof(*st));
        if (!st)
            return MHD_NO;
        arena_init(&st->req.arena, HTTP_ARENA_MAX);
        buf_init(&st->req.body, HTTP_BODY_MAX);
        st->req.conn = conn;
        st->req.method = method;
        st->req.path = url;
        *con_cls = st;
        return MHD_YES;
    }
    if (*upload_size) {
        if (!st->req.body_too_big) {
            buf_add(&st->req.body, upload, *upload_size);
            if (buf_failed(&st->req.body))
                st->req.body_too_big = true;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (st->req.body_too_big)
        return send_simple(conn, 413,
                           "{\"error\":{\"code\":\"too_large\",\"message\":"
                           "\"The request body is larger than 64 KiB.\"}}");

    struct http_resp resp;
    memset(&resp, 0, sizeof(resp));
    resp.status = 200;
    buf_init(&resp.body, 64u * 1024u * 1024u);
    srv->handler(srv->ctx, &st->req, &resp);
    return send_resp(conn, &resp);
}

static void on_completed(void *cls, struct MHD_Connection *conn,
                         void **con_cls, enum MHD_RequestTerminationCode toe)
{
    struct conn_state *st = *con_cls;
    if (!st)
        return;
    arena_release(&st->req.arena);
    buf_release(&st->req.body);
    free(st);
    *con_cls = NULL;
}

/* parse_listen splits "ADDR:PORT" into a socket address. */
static int parse_listen(const char *listen, struct sockaddr_storage *ss,
                        socklen_t *len)
{
    const char *colon = strrchr(listen, ':');
    if (!colon)
        return ERR_INVALID;
    int64_t port;
    if (str_to_int(colon + 1, strlen(colon + 1), 1, 65535, &port))
        return ERR_INVALID;
    char host[128];
    size_t hlen = (size_t)(colon - listen);
    if (hlen >= sizeof(host))
        return ERR_INVALID;
    memcpy(host, listen, hlen);
    host[hlen] = '\0';
    memset(ss, 0, sizeof(*ss));
    if (host[0] == '[') {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)ss;
        if (hlen < 2 || host[hlen - 1] != ']')
            return ERR_INVALID;
        host[hlen - 1] = '\0';
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, host + 1, &s6->sin6_addr) != 1)
            return ERR_INVALID;
        *len = sizeof(*s6);
        return 0;
    }
    struct sockaddr_in *s4 = (struct sockaddr_in *)ss;
    s4->sin_family = AF_INET;
    s4->sin_port = htons((uint16_t)port);
    if (hlen == 0)
        s4->sin_addr.s_addr = htonl(INADDR_ANY);
    else if (inet_pton(AF_INET, host, &s4->sin_addr) != 1)
        return ERR_INVALID;
    *len = sizeof(*s4);
    return 0;
}

struct http_server *http_server_start(const char *listen, int threads,
                                      http_handler_fn handler, void *ctx,
                                      struct buf *err)
{
    struct sockaddr_storage ss;
    socklen_t sslen;
    if (parse_listen(listen, &ss, &sslen)) {
        buf_addf(err, "cannot read the listen address \"%s\" (want ADDR:PORT)",
                 listen);
        return NULL;
    }
    struct http_server *s = calloc(1, sizeof(*s));
    if (!s) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    s->handler = handler;
    s->ctx = ctx;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
                     MHD_USE_ERROR_LOG;
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    uint16_t port = ss.ss_family == AF_INET6
                        ? ntohs(((struct sockaddr_in6 *)&ss)->sin6_port)
                        : ntohs(((struct sockaddr_in *)&ss)->sin_port);
    s->daemon = MHD_start_daemon(
        flags, port, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)(threads > 0 ? threads : 1), MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
        MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1, MHD_OPTION_END);
    if (!s->daemon) {
        buf_addf(err, "cannot listen on %s (in use, or not allowed)", listen);
        free(s);
        return NULL;
    }
    return s;
}

void http_server_stop(struct http_server *s)
{
    if (!s)
        return;
    MHD_stop_daemon(s->daemon);
    free(s);
}
