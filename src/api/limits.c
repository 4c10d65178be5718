/*
 * limits.c - flood limits per reader and per network prefix, and the proof
 * of work that a site (or raid mode) can ask of posters.
 *
 * The router calls limits_check for every request before routing. It sees
 * no address: req->client_key is a keyed hash of the client's /24 or /48
 * prefix (src/http/server.c), and a reader is the keyed hash of their
 * token. Three token buckets, all in memory:
 *
 *   any request        per prefix   rate_read_per_s (20/s), burst
 *                                   rate_read_burst (100)
 *   posting a comment, per reader   one per rate_post_interval_s (10 s),
 *   a report, erasure               burst rate_post_burst (5); a request
 *                                   without a token counts as its prefix
 *                      per prefix   rate_post_prefix_per_min (30/min),
 *                                   burst the same
 *   a new embed thread per prefix   rate_embed_threads_per_hour (20/h),
 *                                   burst the same; asked by embed.c
 *                                   (limits_embed_thread) only when a
 *                                   page's thread is about to be made
 *   a staff login      per prefix   LIMITS_LOGIN_PER_MIN (30/min), burst
 *   attempt                         the same (POST /admin/login and
 *                                   /api/v1/session)
 *
 * A login attempt costs an argon2id hash (about 0.1 s of a core and 64 MiB),
 * for a name with no account as for an account (so that the time does not
 * tell which names have one: staff.c). The lock-out of staff.c counts
 * per account and client, and a client can make up names without end; the
 * login bucket is what bounds the hashing one network can ask for.
 *
 * The embed widget's posts (/embed/comments, /embed/report,
 * /embed/me/erase) count as the same posts, and a comment through it needs
 * the same proof of work: the widget asks GET /api/v1/pow (CORS for an
 * allowed origin, embed.c) and works it as the site's pages do.
 *
 * Over a limit: 429 with Retry-After and a sentence from the message
 * catalogue, in the request's language (JSON under /api/ and /embed/,
 * HTML elsewhere), with CORS headers for an allowed embed origin so the
 * widget can show it. A comment form over a post limit, or without its proof of
 * work, is the article again with the reader's text kept
 * (pages_post_form_refused); a report form over a post limit is the
 * report page again with the reason kept (pages_report_refused), and the
 * erase form the reader's page again with the confirmation word kept
 * (me_erase_refused), each message saying what to send again. Over the
 * read limit any form gets the plain page, the cheapest answer to a
 * flood. Settings are read from the store at most
 * every LIMITS_REFRESH_S seconds; CHARLA_RATE_LIMIT=off (environment) switches
 * every limit and the proof of work off.
 *
 * Loopback: a request from the machine itself (a local reverse proxy that
 * forwards nothing, an admin's curl, the test suites) has client_local set
 * and is not limited: behind a proxy every reader would otherwise share one
 * bucket. A proxy should forward the address (CHARLA_TRUST_PROXY=1).
 *
 * The table: LIMITS_SHARDS shards of LIMITS_SLOTS buckets, each shard
 * under its own mutex. A key probes LIMITS_PROBE slots; when all are taken
 * the least recently used one is reused (that bucket starts full again, so
 * a full table makes limits laxer, never stricter for anyone). Keys change
 * when the prefix key rotates at midnight UTC, so buckets start afresh.
 *
 * Proof of work (pow_bits, or pow_raid_bits while the article is in raid
 * mode; 0 = off): GET /api/v1/pow answers {"challenge","bits","expires"}.
 * The challenge "EXPIRES.BITS.MAC" carries its own expiry and is signed
 * with the site key over the client's prefix hash, so no state is kept and
 * any process of the site can check it. A post carries "CHALLENGE:NONCE"
 * (form field or JSON member "pow", or header X-Charla-PoW) such that
 * SHA-256 of that string starts with BITS zero bits. SHA-256 rather than
 * BLAKE2b because browsers have it built in (crypto.subtle).
 */
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api/hooks.h"
#include "api/me.h"
#include "api/mod_api.h"
#include "api/thread_load.h"
#include "core/raid.h"
#include "core/setting_keys.h"
#include "http/form.h"
#include "render/msg.h"
#include "util/str.h"

#define LIMITS_SHARDS 16
#define LIMITS_SLOTS 4096 /* per shard */
#define LIMITS_PROBE 8
#define LIMITS_REFRESH_S 30
#define POW_TTL_S 600
#define POW_MAX_BITS 28
#define LIMITS_LOGIN_PER_MIN 30.0 /* staff login attempts per network */

enum bucket_class {
    CLASS_READ,
    CLASS_POST_READER,
    CLASS_POST_PREFIX,
    CLASS_EMBED_THREAD,
    CLASS_LOGIN
};

struct bucket {
    unsigned char key[16];
    unsigned char cls;
    bool used;
    double tokens;
    int64_t last_ms; /* monotonic */
};

struct shard {
    pthread_mutex_t lock;
    struct bucket slots[LIMITS_SLOTS];
};

static struct shard shards[LIMITS_SHARDS];
static pthread_once_t shards_once = PTHREAD_ONCE_INIT;

struct limits_conf {
    bool off;          /* CHARLA_RATE_LIMIT=off */
    double read_per_s; /* 0 = no read limit */
    double read_burst;
    double post_interval_s; /* 0 = no per-reader post limit */
    double post_burst;
    double post_prefix_per_min;    /* 0 = no per-prefix post limit */
    double embed_threads_per_hour; /* 0 = no limit on new embed threads */
    int pow_bits;
    int pow_raid_bits;
    int64_t loaded; /* Unix seconds; 0 before the first load */
};

static pthread_mutex_t conf_lock = PTHREAD_MUTEX_INITIALIZER;
static struct limits_conf conf;

static void shards_init(void)
{
    for (int i = 0; i < LIMITS_SHARDS; i++)
        pthread_mutex_init(&shards[i].lock, NULL);
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* setting_num: the setting key, in the range and with the default of
 * core/setting_keys.c (what `charla setting set` takes). */
static double setting_num(struct app *app, struct http_req *req,
                          const char *key)
{
    const char *v;
    if (store_setting_get(app->store, key, &req->arena, &v))
        v = NULL;
    return (double)setting_key_number(key, v);
}

/* conf_get returns the settings, reloading them when they are stale. */
static struct limits_conf conf_get(struct app *app, struct http_req *req)
{
    struct limits_conf c;
    int64_t now = (int64_t)time(NULL);
    pthread_mutex_lock(&conf_lock);
    c = conf;
    pthread_mutex_unlock(&conf_lock);
    if (c.loaded && now - c.loaded < LIMITS_REFRESH_S)
        return c;
    const char *env = getenv("CHARLA_RATE_LIMIT");
    c.off = env && strcmp(env, "off") == 0;
    c.read_per_s = setting_num(app, req, "rate_read_per_s");
    c.read_burst = setting_num(app, req, "rate_read_burst");
    c.post_interval_s = setting_num(app, req, "rate_post_interval_s");
    c.post_burst = setting_num(app, req, "rate_post_burst");
    c.post_prefix_per_min = setting_num(app, req, "rate_post_prefix_per_min");
    c.embed_threads_per_hour =
        setting_num(app, req, "rate_embed_threads_per_hour");
    c.pow_bits = (int)setting_num(app, req, "pow_bits");
    c.pow_raid_bits = (int)setting_num(app, req, "pow_raid_bits");
    if (c.read_burst < 1)
        c.read_burst = 1;
    if (c.post_burst < 1)
        c.post_burst = 1;
    c.loaded = now;
    pthread_mutex_lock(&conf_lock);
    conf = c;
    pthread_mutex_unlock(&conf_lock);
    return c;
}

/*
 * bucket_take takes one token from the bucket (cls, key). Returns true if
 * there was one; otherwise *retry_s is how long until there is.
 */
static bool bucket_take(enum bucket_class cls, const unsigned char key[16],
                        double rate_per_s, double burst, int *retry_s)
{
    pthread_once(&shards_once, shards_init);
    uint64_t h;
    memcpy(&h, key, sizeof(h));
    h ^= (uint64_t)cls * 0x9e3779b97f4a7c15u;
    struct shard *sh = &shards[h % LIMITS_SHARDS];
    size_t start = (size_t)((h / LIMITS_SHARDS) % LIMITS_SLOTS);
    int64_t now = mono_ms();
    bool ok;

    pthread_mutex_lock(&sh->lock);
    struct bucket *b = NULL, *victim = NULL;
    for (size_t i = 0; i < LIMITS_PROBE; i++) {
        struct bucket *s = &sh->slots[(start + i) % LIMITS_SLOTS];
        if (s->used && s->cls == cls && memcmp(s->key, key, 16) == 0) {
            b = s;
            break;
        }
        if (!victim || !s->used ||
            (victim->used && s->last_ms < victim->last_ms))
            victim = s;
    }
    if (!b) {
        b = victim;
        b->used = true;
        b->cls = (unsigned char)cls;
        memcpy(b->key, key, 16);
        b->tokens = burst;
        b->last_ms = now;
    }
    double add = (double)(now - b->last_ms) / 1000.0 * rate_per_s;
    b->tokens = fmin(burst, b->tokens + add);
    b->last_ms = now;
    ok = b->tokens >= 1.0;
    if (ok) {
        b->tokens -= 1.0;
    } else {
        double wait = (1.0 - b->tokens) / rate_per_s;
        *retry_s = (int)ceil(wait);
        if (*retry_s < 1)
            *retry_s = 1;
    }
    pthread_mutex_unlock(&sh->lock);
    return ok;
}

/* bucket_refund gives back a token taken by a request refused elsewhere. */
static void bucket_refund(enum bucket_class cls, const unsigned char key[16],
                          double burst)
{
    uint64_t h;
    memcpy(&h, key, sizeof(h));
    h ^= (uint64_t)cls * 0x9e3779b97f4a7c15u;
    struct shard *sh = &shards[h % LIMITS_SHARDS];
    size_t start = (size_t)((h / LIMITS_SHARDS) % LIMITS_SLOTS);
    pthread_mutex_lock(&sh->lock);
    for (size_t i = 0; i < LIMITS_PROBE; i++) {
        struct bucket *s = &sh->slots[(start + i) % LIMITS_SLOTS];
        if (s->used && s->cls == cls && memcmp(s->key, key, 16) == 0) {
            s->tokens = fmin(burst, s->tokens + 1.0);
            break;
        }
    }
    pthread_mutex_unlock(&sh->lock);
}

/* hex_key turns the first 32 hex characters of s into 16 bytes. */
static bool hex_key(const char *s, unsigned char out[16])
{
    size_t n = 0;
    return s && strlen(s) >= 32 &&
           sodium_hex2bin(out, 16, s, 32, NULL, &n, NULL) == 0 && n == 16;
}

/* What a post that the limits count is, for the answer to its refusal. */
enum post_kind {
    POST_KIND_NONE,    /* not a post: only the read limit */
    POST_KIND_COMMENT, /* a comment, by form or JSON; id is the article */
    POST_KIND_REPORT,  /* a reader's report; id is the comment */
    POST_KIND_ERASE    /* a reader's erasure of their comments */
};

/*
 * embed_post_target: the same for the embed widget's posts, which name
 * their article or comment in the query ("/embed/comments?article=7",
 * "/embed/report?comment=9") and are answered in JSON: a widget on another
 * site counts against the same buckets as the site's own forms.
 */
static enum post_kind embed_post_target(struct http_req *req, int64_t *id)
{
    const char *p = req->path, *q = NULL;
    enum post_kind kind = POST_KIND_NONE;
    if (strcmp(p, "/embed/comments") == 0) {
        kind = POST_KIND_COMMENT;
        q = http_req_query(req, "article");
    } else if (strcmp(p, "/embed/report") == 0) {
        kind = POST_KIND_REPORT;
        q = http_req_query(req, "comment");
    } else if (strcmp(p, "/embed/me/erase") == 0) {
        kind = POST_KIND_ERASE;
    } else {
        return POST_KIND_NONE;
    }
    if (q && parse_article_id(q, strlen(q), id))
        *id = 0;
    return kind;
}

/*
 * post_target says whether the request posts (a comment, a report, an
 * erasure), what it is and the id it names (see enum post_kind; 0 when it
 * names none or one that is no id).
 */
static enum post_kind post_target(struct http_req *req, int64_t *id,
                                  bool *is_api)
{
    const char *p = req->path;
    *id = 0;
    /* the widget's requests are answered in JSON, its pages in HTML */
    *is_api = str_starts(p, "/api/") ||
              (str_starts(p, "/embed/") && strcmp(p, "/embed/page") != 0 &&
               strcmp(p, "/embed/thread") != 0);
    if (strcmp(req->method, "POST") != 0)
        return POST_KIND_NONE;
    const char *rest = NULL;
    if (str_starts(p, "/api/v1/articles/"))
        rest = p + strlen("/api/v1/articles/");
    else if (str_starts(p, "/articles/"))
        rest = p + strlen("/articles/");
    if (rest) {
        const char *slash = strchr(rest, '/');
        if (slash && strcmp(slash, "/comments") == 0 &&
            parse_article_id(rest, (size_t)(slash - rest), id) == 0)
            return POST_KIND_COMMENT;
        *id = 0;
        return POST_KIND_NONE;
    }
    rest = str_starts(p, "/api/v1/comments/") ? p + strlen("/api/v1/comments/")
           : str_starts(p, "/comments/")      ? p + strlen("/comments/")
                                              : NULL;
    size_t n = rest ? strlen(rest) : 0;
    if (n > 7 && strcmp(rest + n - 7, "/report") == 0) {
        if (parse_article_id(rest, n - 7, id))
            *id = 0;
        return POST_KIND_REPORT;
    }
    if (strcmp(p, "/me/erase") == 0)
        return POST_KIND_ERASE;
    return embed_post_target(req, id);
}

/* is_login: the request is a staff login attempt (the form, the API). */
static bool is_login(const struct http_req *req)
{
    return strcmp(req->method, "POST") == 0 &&
           (strcmp(req->path, "/admin/login") == 0 ||
            strcmp(req->path, "/api/v1/session") == 0);
}

/* Which limit refused a post. */
enum post_limit { LIMIT_READER, LIMIT_NETWORK };

/*
 * limit_message: the sentence for a post over a limit, in the request's
 * language, saying what to do again: post, send the report, confirm the
 * erasure (nothing of which was done). retry_s is the reader's wait.
 */
static const char *limit_message(struct http_req *req, enum post_kind kind,
                                 enum post_limit limit, int retry_s)
{
    static const enum msg_id texts[][3] = {
        /* network, one second, many seconds */
        [POST_KIND_COMMENT] = {MSG_LIMIT_POSTS_NETWORK, MSG_LIMIT_POSTS_ONE,
                               MSG_LIMIT_POSTS_MANY},
        [POST_KIND_REPORT] = {MSG_LIMIT_REPORT_NETWORK, MSG_LIMIT_REPORT_ONE,
                              MSG_LIMIT_REPORT_MANY},
        [POST_KIND_ERASE] = {MSG_LIMIT_ERASE_NETWORK, MSG_LIMIT_ERASE_ONE,
                             MSG_LIMIT_ERASE_MANY},
    };
    if (kind == POST_KIND_NONE)
        kind = POST_KIND_COMMENT;
    if (limit == LIMIT_NETWORK)
        return msg_get(texts[kind][0]);
    const char *text =
        retry_s > 1
            ? arena_sprintf(&req->arena, msg_get(texts[kind][2]), retry_s)
            : NULL;
    return text ? text : msg_get(texts[kind][1]);
}

/*
 * refuse answers a request over a limit: JSON under /api/, else the page.
 * A form (a comment, a report, the erasure) comes back as it was sent,
 * with the message above it and what the reader typed kept, as any
 * refused comment does; failing that (or for kind NONE), the plain error
 * page. Retry-After when retry_s is set.
 */
static void refuse(struct app *app, struct http_req *req,
                   struct http_resp *resp, bool is_api, enum post_kind kind,
                   int64_t id, int status, const char *code, const char *text,
                   int retry_s)
{
    if (retry_s > 0) {
        const char *v = arena_sprintf(&req->arena, "%d", retry_s);
        if (v)
            respond_retry_after(resp, v);
    }
    bool shown = false;
    embed_cors_early(app, req, resp);
    if (is_api) {
        respond_json_error(resp, status, code, text);
        return;
    }
    if (kind == POST_KIND_COMMENT && id)
        shown = pages_post_form_refused(app, req, resp, id, status, text);
    else if (kind == POST_KIND_REPORT && id)
        shown = pages_report_refused(app, req, resp, id, status, text);
    else if (kind == POST_KIND_ERASE)
        shown = me_erase_refused(app, req, resp, status, text);
    if (!shown)
        respond_html_error(app, resp, status, text);
}

/* --- Proof of work ------------------------------------------------------ */

static void pow_mac(struct app *app, struct http_req *req, int64_t expires,
                    int bits, char out[33])
{
    unsigned char mac[16];
    char head[64];
    int n = snprintf(head, sizeof(head), "charla-pow|%lld|%d|",
                     (long long)expires, bits);
    crypto_generichash_state st;
    crypto_generichash_init(&st, app->site.key, sizeof(app->site.key),
                            sizeof(mac));
    crypto_generichash_update(&st, (const unsigned char *)head, (size_t)n);
    crypto_generichash_update(&st, (const unsigned char *)req->client_key,
                              strlen(req->client_key));
    crypto_generichash_final(&st, mac, sizeof(mac));
    sodium_bin2hex(out, 33, mac, sizeof(mac));
}

static int leading_zero_bits(const unsigned char *h, size_t len)
{
    int bits = 0;
    for (size_t i = 0; i < len; i++) {
        if (h[i] == 0) {
            bits += 8;
            continue;
        }
        for (int b = 7; b >= 0 && !(h[i] & (1u << b)); b--)
            bits++;
        break;
    }
    return bits;
}

/* pow_valid checks "EXPIRES.BITS.MAC:NONCE" against need bits. */
static bool pow_valid(struct app *app, struct http_req *req, const char *pow,
                      int need)
{
    if (!pow)
        return false;
    size_t len = strlen(pow);
    const char *colon = strchr(pow, ':');
    if (len > 128 || !colon || colon[1] == '\0')
        return false;
    long long expires;
    int bits, used = 0;
    char mac[33];
    if (sscanf(pow, "%lld.%d.%32[0-9a-f]%n", &expires, &bits, mac, &used) !=
            3 ||
        pow + used != colon || bits < need || bits > POW_MAX_BITS ||
        expires < app->now() || expires > app->now() + POW_TTL_S)
        return false;
    char want[33];
    pow_mac(app, req, expires, bits, want);
    if (strlen(mac) != 32 || sodium_memcmp(mac, want, 32) != 0)
        return false;
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, (const unsigned char *)pow, len);
    return leading_zero_bits(h, sizeof(h)) >= bits;
}

static int pow_needed(struct app *app, const struct limits_conf *c,
                      int64_t article_id)
{
    int bits = c->pow_bits;
    if (article_id && c->pow_raid_bits > bits &&
        raid_active(app->store, article_id))
        bits = c->pow_raid_bits;
    return bits;
}

/* pow_of_request finds the solution the post carries, or NULL. */
static const char *pow_of_request(struct http_req *req, bool is_api)
{
    const char *h = http_req_header(req, "X-Charla-PoW");
    if (h)
        return h;
    if (!is_api) {
        struct form f;
        if (form_parse(req->body.data, req->body.len, &req->arena, &f))
            return NULL;
        const struct form_field *v = form_get(&f, "pow");
        return v ? v->value : NULL;
    }
    json_error_t jerr;
    json_t *root = json_loadb(req->body.data, req->body.len, 0, &jerr);
    const char *out = NULL;
    json_t *v = root ? json_object_get(root, "pow") : NULL;
    if (v && json_is_string(v))
        out = arena_strdup(&req->arena, json_string_value(v));
    json_decref(root);
    return out;
}

static void pow_challenge(struct app *app, struct http_req *req,
                          struct http_resp *resp, const struct limits_conf *c)
{
    int64_t article_id = 0;
    const char *a = http_req_query(req, "article");
    if (a && parse_article_id(a, strlen(a), &article_id))
        article_id = 0;
    int bits = c->off ? 0 : pow_needed(app, c, article_id);
    int64_t expires = app->now() + POW_TTL_S;
    char mac[33];
    pow_mac(app, req, expires, bits, mac);
    resp->content_type = "application/json; charset=utf-8";
    http_resp_header(resp, "Cache-Control", "no-store");
    embed_cors_early(app, req, resp); /* the widget asks it too */
    buf_addf(&resp->body,
             "{\"challenge\":\"%lld.%d.%s\",\"bits\":%d,\"expires\":%lld,"
             "\"hash\":\"SHA-256(challenge \\\":\\\" nonce)\"}",
             (long long)expires, bits, mac, bits, (long long)expires);
}

/* --- The check ---------------------------------------------------------- */

bool limits_embed_thread(struct app *app, struct http_req *req, int *retry_s)
{
    struct limits_conf c = conf_get(app, req);
    unsigned char prefix[16];
    *retry_s = 0;
    if (c.off || c.embed_threads_per_hour <= 0 || req->client_local ||
        !hex_key(req->client_key, prefix))
        return true;
    return bucket_take(CLASS_EMBED_THREAD, prefix,
                       c.embed_threads_per_hour / 3600.0,
                       c.embed_threads_per_hour, retry_s);
}

bool limits_check(struct app *app, struct http_req *req, struct http_resp *resp)
{
    struct limits_conf c = conf_get(app, req);
    if (strcmp(req->path, "/api/v1/pow") == 0 &&
        (strcmp(req->method, "GET") == 0 || strcmp(req->method, "HEAD") == 0)) {
        pow_challenge(app, req, resp, &c);
        return true;
    }
    if (c.off)
        return false;
    int64_t id;
    bool is_api;
    enum post_kind kind = post_target(req, &id, &is_api);
    unsigned char prefix[16];
    bool limited = !req->client_local && hex_key(req->client_key, prefix);
    int retry = 0;

    if (limited && c.read_per_s > 0 &&
        !bucket_take(CLASS_READ, prefix, c.read_per_s, c.read_burst, &retry)) {
        /* the plain page even for a form: a flood is answered as cheaply
           as can be, with nothing loaded */
        refuse(app, req, resp, is_api, POST_KIND_NONE, 0, 429,
               "too_many_requests", msg_get(MSG_LIMIT_READS), retry);
        return true;
    }
    if (limited && is_login(req) &&
        !bucket_take(CLASS_LOGIN, prefix, LIMITS_LOGIN_PER_MIN / 60.0,
                     LIMITS_LOGIN_PER_MIN, &retry)) {
        refuse(app, req, resp, is_api, POST_KIND_NONE, 0, 429,
               "too_many_logins", msg_get(MSG_LIMIT_LOGINS), retry);
        return true;
    }
    if (kind == POST_KIND_NONE)
        return false;

    unsigned char reader[16];
    if (limited) {
        const char *tok = http_req_cookie(req, "charla_reader");
        if (tok && pseudonym_token_valid(tok, strlen(tok))) {
            char h[PSEUDONYM_HASH_HEX + 1];
            pseudonym_token_hash(app->site.key, tok, strlen(tok), h);
            if (!hex_key(h, reader))
                memcpy(reader, prefix, sizeof(reader));
        } else {
            memcpy(reader, prefix, sizeof(reader));
        }
        if (c.post_interval_s > 0 &&
            !bucket_take(CLASS_POST_READER, reader, 1.0 / c.post_interval_s,
                         c.post_burst, &retry)) {
            refuse(app, req, resp, is_api, kind, id, 429, "too_many_posts",
                   limit_message(req, kind, LIMIT_READER, retry), retry);
            return true;
        }
        if (c.post_prefix_per_min > 0 &&
            !bucket_take(CLASS_POST_PREFIX, prefix,
                         c.post_prefix_per_min / 60.0, c.post_prefix_per_min,
                         &retry)) {
            if (c.post_interval_s > 0)
                bucket_refund(CLASS_POST_READER, reader, c.post_burst);
            refuse(app, req, resp, is_api, kind, id, 429, "too_many_posts",
                   limit_message(req, kind, LIMIT_NETWORK, retry), retry);
            return true;
        }
    }

    if (kind == POST_KIND_COMMENT) {
        int bits = pow_needed(app, &c, id);
        if (bits > 0 &&
            !pow_valid(app, req, pow_of_request(req, is_api), bits)) {
            /* nothing was posted: the scripts post again with the proof
               at once, which must not find the reader's posts spent */
            if (limited && c.post_interval_s > 0)
                bucket_refund(CLASS_POST_READER, reader, c.post_burst);
            if (limited && c.post_prefix_per_min > 0)
                bucket_refund(CLASS_POST_PREFIX, prefix, c.post_prefix_per_min);
            refuse(app, req, resp, is_api, kind, id, 403, "pow_required",
                   msg_get(is_api ? MSG_API_POW_REQUIRED : MSG_LIMIT_POW_FORM),
                   0);
            return true;
        }
    }
    return false;
}
