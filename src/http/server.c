/*
 * server.c - libmicrohttpd glue: accepts requests, reads bodies within
 * HTTP_BODY_MAX (HTTP_BODY_MAX_TRUSTED for a request the trust function
 * admits, asked once per request before its body), calls the one
 * handler, and turns its struct http_resp into an MHD response.
 *
 * Threading: MHD runs a pool of event threads (epoll), each serving many
 * connections; reads (GET, HEAD, OPTIONS) are handled right there. Every
 * other request may wait on the database's writer, so its connection is
 * suspended and the handler runs on a blocking worker (workers.c); when it
 * is done the connection is resumed and its event thread sends the
 * answer. The handler must therefore be thread-safe, and must not assume
 * which thread it runs on.
 * The per-request state (struct conn_state) is created on the first
 * callback of a request and freed in the request-completed callback, which
 * also frees the request arena in one go.
 *
 * The client's address is read in exactly one place, client_identify,
 * which turns it into req->client_key at once: a keyed BLAKE2b hash of its
 * network prefix (/24 for IPv4, /48 for IPv6) under a random key that lives
 * only in this process's memory and is replaced every UTC day. The address
 * itself is never stored, logged or handed to a handler; the flood limits
 * (src/api/limits.c) see only the hash, and their buckets start afresh
 * when the key changes at midnight (a documented simplification).
 *
 * Two environment switches, read once at start (docs/security.md):
 *   CHARLA_TRUST_PROXY=1        a loopback peer is a reverse proxy: use the
 *                               last X-Forwarded-For address instead
 *                               (without it, the first loopback request
 *                               that carries one logs a warning, once:
 *                               behind such a proxy every reader would
 *                               be exempt from the flood limits)
 *   CHARLA_TRUST_TEST_CLIENT=1  tests only: X-Charla-Test-Client: NAME
 *                               stands for a distinct remote client
 *
 * What libmicrohttpd says goes through mhd_say (MHD_OPTION_EXTERNAL_LOGGER),
 * one line each on stderr, prefixed "charla: " like charla's own, control
 * bytes shown as '?'. While the daemon starts, its lines are held: its
 * "Failed to bind to port N: ..." is dropped, since charla then says in
 * its own words that it cannot listen there; any other line is printed
 * once the start has succeeded or failed.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <pthread.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http/http.h"
#include "http/workers.h"

/* Per-connection memory for headers and the read buffer. MHD clears what
 * a request used when the next one starts, so this is paid per request:
 * 32 KiB (MHD's own default) holds any sane set of headers; bodies are
 * copied out as they arrive (HTTP_BODY_MAX). */
#define CONNECTION_MEMORY_KIB 32
#include "util/str.h"

struct http_server {
    struct MHD_Daemon *daemon;
    http_handler_fn handler;
    http_trust_fn trusted; /* or NULL */
    void *ctx;
    struct workers *workers;  /* for requests that may block; or NULL */
    pthread_mutex_t say_lock; /* guards starting and held */
    bool starting;            /* MHD_start_daemon has not returned */
    struct buf held;          /* MHD's lines while starting, "charla: "... */
};

/* MHD_LINE_MAX: the longest line of MHD's kept (bytes); longer is cut. */
#define MHD_LINE_MAX 512

/*
 * mhd_say is MHD's logger: one message, as one "charla: " line on
 * stderr, or held while the daemon starts (see the top of this file).
 */
__attribute__((format(printf, 2, 0))) static void
mhd_say(void *cls, const char *fmt, va_list ap)
{
    struct http_server *s = cls;
    char line[MHD_LINE_MAX];
    vsnprintf(line, sizeof(line), fmt, ap);
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    if (n == 0)
        return;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
            line[i] = '?';
    pthread_mutex_lock(&s->say_lock);
    if (s->starting) {
        /* charla's own "cannot listen on ..." says it, for the operator */
        if (!str_starts(line, "Failed to bind to port "))
            buf_addf(&s->held, "charla: %s\n", line);
        pthread_mutex_unlock(&s->say_lock);
        return;
    }
    pthread_mutex_unlock(&s->say_lock);
    fprintf(stderr, "charla: %s\n", line);
}

/* mhd_started ends the start: the lines held are printed, and the next
 * ones go straight to stderr. */
static void mhd_started(struct http_server *s)
{
    pthread_mutex_lock(&s->say_lock);
    s->starting = false;
    if (s->held.len)
        fputs(s->held.data, stderr);
    buf_release(&s->held);
    pthread_mutex_unlock(&s->say_lock);
}

enum conn_phase {
    PHASE_READING, /* headers and body arriving */
    PHASE_WORKING, /* suspended while a worker runs the handler */
    PHASE_ANSWER,  /* resumed: resp is ready to send */
};

struct conn_state {
    struct http_req req;
    struct http_server *srv;
    enum conn_phase phase;
    struct http_resp resp;
};

/* The prefix key: random, in memory only, replaced every UTC day. */
static pthread_mutex_t prefix_key_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char prefix_key[crypto_generichash_KEYBYTES];
static int64_t prefix_key_day = -1;
static bool trust_proxy;
static bool trust_test_client;
static atomic_flag proxy_warned = ATOMIC_FLAG_INIT; /* set once warned */

/*
 * warn_untrusted_proxy says once per process that a loopback peer sent
 * X-Forwarded-For while proxy trust is off: a reverse proxy on this
 * machine, most likely, behind which every reader counts as the machine
 * itself and no flood limit applies. The line names no address.
 */
static void warn_untrusted_proxy(void)
{
    if (atomic_flag_test_and_set(&proxy_warned))
        return;
    fprintf(stderr,
            "charla: warning: a request from this machine carries "
            "X-Forwarded-For, but CHARLA_TRUST_PROXY is not set, so the "
            "flood limits are off for every client of a reverse proxy on "
            "this machine; set CHARLA_TRUST_PROXY=1 behind such a proxy "
            "(docs/security.md; said once)\n");
}

static void current_prefix_key(unsigned char out[crypto_generichash_KEYBYTES])
{
    int64_t day = (int64_t)time(NULL) / 86400;
    pthread_mutex_lock(&prefix_key_lock);
    if (day != prefix_key_day) {
        randombytes_buf(prefix_key, sizeof(prefix_key));
        prefix_key_day = day;
    }
    memcpy(out, prefix_key, sizeof(prefix_key));
    pthread_mutex_unlock(&prefix_key_lock);
}

/* key_hex writes the keyed hash of (tag, data) as 32 hex chars + NUL. */
static void key_hex(char out[33], unsigned char tag, const void *data,
                    size_t len)
{
    unsigned char key[crypto_generichash_KEYBYTES];
    unsigned char h[16];
    crypto_generichash_state st;
    current_prefix_key(key);
    crypto_generichash_init(&st, key, sizeof(key), sizeof(h));
    crypto_generichash_update(&st, &tag, 1);
    crypto_generichash_update(&st, data, len);
    crypto_generichash_final(&st, h, sizeof(h));
    sodium_bin2hex(out, 33, h, sizeof(h));
    sodium_memzero(key, sizeof(key));
}

/*
 * An address reduced to its prefix: family 4 keeps 3 bytes, family 6 keeps
 * 6 bytes. IPv4-mapped IPv6 addresses count as IPv4.
 */
struct prefix {
    unsigned char family;
    unsigned char bytes[6];
    bool loopback;
};

static void prefix_of_v4(const unsigned char a[4], struct prefix *p)
{
    p->family = 4;
    memset(p->bytes, 0, sizeof(p->bytes));
    memcpy(p->bytes, a, 3);
    p->loopback = a[0] == 127;
}

static void prefix_of_v6(const unsigned char a[16], struct prefix *p)
{
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0,    0,
                                             0, 0, 0, 0, 0xff, 0xff};
    static const unsigned char loop6[16] = {0, 0, 0, 0, 0, 0, 0, 0,
                                            0, 0, 0, 0, 0, 0, 0, 1};
    if (memcmp(a, mapped, sizeof(mapped)) == 0) {
        prefix_of_v4(a + 12, p);
        return;
    }
    p->family = 6;
    memcpy(p->bytes, a, 6);
    p->loopback = memcmp(a, loop6, sizeof(loop6)) == 0;
}

/* prefix_parse reads one textual address (surrounding blanks allowed). */
static bool prefix_parse(const char *s, size_t len, struct prefix *p)
{
    char tmp[64];
    while (len && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len == 0 || len >= sizeof(tmp))
        return false;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    unsigned char a[16];
    if (inet_pton(AF_INET, tmp, a) == 1) {
        prefix_of_v4(a, p);
        return true;
    }
    if (inet_pton(AF_INET6, tmp, a) == 1) {
        prefix_of_v6(a, p);
        return true;
    }
    return false;
}

/*
 * client_identify fills req->client_key and req->client_local. This is the
 * only code that sees the client's address; it keeps nothing of it.
 */
static void client_identify(struct MHD_Connection *conn, struct http_req *req)
{
    req->client_key[0] = '\0';
    req->client_local = false;
    if (trust_test_client) {
        const char *name = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                       "X-Charla-Test-Client");
        if (name && name[0]) {
            size_t n = strlen(name);
            key_hex(req->client_key, 't', name, n > 200 ? 200 : n);
            return;
        }
    }
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr)
        return;
    struct prefix p;
    memset(&p, 0, sizeof(p));
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET)
        prefix_of_v4(
            (const unsigned char *)&((const struct sockaddr_in *)sa)->sin_addr,
            &p);
    else if (sa->sa_family == AF_INET6)
        prefix_of_v6(((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr, &p);
    else
        return;
    const char *xff = p.loopback ? MHD_lookup_connection_value(
                                       conn, MHD_HEADER_KIND, "X-Forwarded-For")
                                 : NULL;
    if (xff && !trust_proxy)
        warn_untrusted_proxy();
    if (xff && trust_proxy) {
        /* the last entry is the one our own proxy added */
        const char *comma = strrchr(xff, ',');
        const char *last = comma ? comma + 1 : xff;
        struct prefix fwd;
        if (prefix_parse(last, strlen(last), &fwd))
            p = fwd;
    }
    req->client_local = p.loopback;
    unsigned char raw[7];
    raw[0] = p.family;
    memcpy(raw + 1, p.bytes, sizeof(p.bytes));
    key_hex(req->client_key, 'p', raw, sizeof(raw));
    sodium_memzero(&p, sizeof(p));
    sodium_memzero(raw, sizeof(raw));
}

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
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, query_all_cb, &q);
    return q.n;
}

struct query_each {
    bool (*fn)(void *ctx, const char *name, const char *value);
    void *ctx;
};

static enum MHD_Result query_each_cb(void *cls, enum MHD_ValueKind kind,
                                     const char *key, const char *value)
{
    struct query_each *q = cls;
    (void)kind;
    if (!key)
        return MHD_YES;
    return q->fn(q->ctx, key, value ? value : "") ? MHD_YES : MHD_NO;
}

void http_req_query_each(struct http_req *r,
                         bool (*fn)(void *ctx, const char *name,
                                    const char *value),
                         void *ctx)
{
    struct query_each q = {fn, ctx};
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, query_each_cb,
                              &q);
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

void http_resp_header_set(struct http_resp *resp, const char *name,
                          const char *value)
{
    for (int i = 0; i < resp->nheaders; i++) {
        if (strcasecmp(resp->headers[i].name, name) == 0) {
            resp->headers[i].value = value;
            return;
        }
    }
    http_resp_header(resp, name, value);
}

const char *http_resp_header_get(const struct http_resp *resp, const char *name)
{
    for (int i = 0; i < resp->nheaders; i++)
        if (strcasecmp(resp->headers[i].name, name) == 0)
            return resp->headers[i].value;
    return NULL;
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
        r = MHD_create_response_from_buffer_with_free_callback(len, data, free);
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

/* Reads never wait on the writer; they are answered on the event thread. */
static bool is_read(const char *method)
{
    return strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0 ||
           strcmp(method, "OPTIONS") == 0;
}

/* run_handler runs on a worker; the connection waits, suspended. */
static void run_handler(void *arg)
{
    struct conn_state *st = arg;
    st->srv->handler(st->srv->ctx, &st->req, &st->resp);
    st->phase = PHASE_ANSWER;
    MHD_resume_connection(st->req.conn);
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
        st->req.conn = conn;
        st->srv = srv;
        st->req.method = method;
        st->req.path = url;
        client_identify(conn, &st->req);
        /* the headers are in, none of the body: a reader's request never
           gets more than HTTP_BODY_MAX held for it */
        st->req.body_max = HTTP_BODY_MAX;
        if (srv->trusted && !is_read(method) &&
            srv->trusted(srv->ctx, &st->req))
            st->req.body_max = HTTP_BODY_MAX_TRUSTED;
        buf_init(&st->req.body, st->req.body_max);
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
    /* a body over HTTP_BODY_MAX (req.body_too_big) still reaches the
       handler, which answers 413 in the shape its caller reads (an HTML
       page for a form, JSON for the API) with the usual headers */
    if (st->phase == PHASE_ANSWER) {
        st->phase = PHASE_READING;
        return send_resp(conn, &st->resp);
    }
    if (st->phase == PHASE_WORKING)
        return MHD_YES; /* not ours to answer yet */
    struct http_resp *resp = &st->resp;
    memset(resp, 0, sizeof(*resp));
    resp->status = 200;
    buf_init(&resp->body, 64u * 1024u * 1024u);
    if (srv->workers && !is_read(method)) {
        st->phase = PHASE_WORKING;
        MHD_suspend_connection(conn);
        if (workers_submit(srv->workers, run_handler, st))
            return MHD_YES;
        MHD_resume_connection(conn); /* stopping: answer it here */
        st->phase = PHASE_READING;
    }
    srv->handler(srv->ctx, &st->req, resp);
    return send_resp(conn, resp);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct conn_state *st = *con_cls;
    if (!st)
        return;
    if (st->phase == PHASE_ANSWER) { /* the client left before the answer */
        if (st->resp.shared && st->resp.shared_release)
            st->resp.shared_release(st->resp.shared_ctx);
        buf_release(&st->resp.body);
    }
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
                                      int write_threads,
                                      http_handler_fn handler,
                                      http_trust_fn trusted, void *ctx,
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
    s->trusted = trusted;
    s->ctx = ctx;
    pthread_mutex_init(&s->say_lock, NULL);
    s->starting = true;
    buf_init(&s->held, 64 * 1024);
    const char *tp = getenv("CHARLA_TRUST_PROXY");
    const char *tc = getenv("CHARLA_TRUST_TEST_CLIENT");
    trust_proxy = tp && strcmp(tp, "1") == 0;
    trust_test_client = tc && strcmp(tc, "1") == 0;
    if (trust_test_client)
        fprintf(stderr, "charla: CHARLA_TRUST_TEST_CLIENT=1: clients may "
                        "name themselves (tests only, never in production)\n");
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
                     MHD_USE_ERROR_LOG | MHD_ALLOW_SUSPEND_RESUME;
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    uint16_t port = ss.ss_family == AF_INET6
                        ? ntohs(((struct sockaddr_in6 *)&ss)->sin6_port)
                        : ntohs(((struct sockaddr_in *)&ss)->sin_port);
    /* No MHD_OPTION_LISTENING_ADDRESS_REUSE: its SO_REUSEPORT let a second
       charla bind the same port and take half the connections. Left out,
       MHD sets SO_REUSEADDR alone, so a port in use is an error and a
       restart still binds past the last run's TIME_WAIT connections. */
    s->daemon = MHD_start_daemon(
        flags, port, NULL, NULL, on_request, s,
        /* first: MHD prints what comes before it itself */
        MHD_OPTION_EXTERNAL_LOGGER, mhd_say, s, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)(threads > 0 ? threads : 1), MHD_OPTION_NOTIFY_COMPLETED,
        on_completed, s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)(CONNECTION_MEMORY_KIB * 1024), MHD_OPTION_END);
    mhd_started(s);
    if (!s->daemon) {
        buf_addf(err, "cannot listen on %s (in use, or not allowed)", listen);
        pthread_mutex_destroy(&s->say_lock);
        free(s);
        return NULL;
    }
    s->workers = workers_start(write_threads);
    if (!s->workers)
        fprintf(stderr, "charla: no worker threads: every request is "
                        "answered on the event threads\n");
    return s;
}

void http_server_stop(struct http_server *s)
{
    if (!s)
        return;
    /* the jobs in hand finish and resume their connections first */
    workers_stop(s->workers);
    MHD_stop_daemon(s->daemon);
    workers_free(s->workers);
    pthread_mutex_destroy(&s->say_lock);
    free(s);
}
