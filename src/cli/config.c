/*
 * config.c - charla.conf, CHARLA_* variables and their checks; see
 * config.h for the format and the order of precedence.
 *
 * One table (keys) names every option with its environment variable; one
 * function (config_set) validates and stores a value, whichever way it
 * came, so the file, the environment and the flags accept exactly the
 * same values and say the same thing about a bad one.
 *
 * config_parse reads untrusted bytes (a fuzz target calls it): it walks
 * the text line by line with explicit lengths, never past len, copies at
 * most CONFIG_STR_MAX - 1 bytes into the fixed fields (CONFIG_USER_MAX - 1
 * into user, whose characters are checked first), and checks UTF-8
 * and NUL bytes before looking at a line. Error messages quote only keys
 * that passed the key-character check, so they stay printable.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/config.h"
#include "util/str.h"

static const struct {
    const char *name;
    const char *env;
} keys[CONFIG_KEYS] = {
    [CONFIG_DB] = {"db", "CHARLA_DB"},
    [CONFIG_LISTEN] = {"listen", "CHARLA_LISTEN"},
    [CONFIG_WEB] = {"web", "CHARLA_WEB"},
    [CONFIG_THREADS] = {"threads", "CHARLA_THREADS"},
    [CONFIG_WRITE_THREADS] = {"write_threads", "CHARLA_WRITE_THREADS"},
    [CONFIG_MODEL] = {"model", "CHARLA_MODEL"},
    [CONFIG_QUIET] = {"quiet", "CHARLA_QUIET"},
    [CONFIG_USER] = {"user", "CHARLA_USER"},
};

const char *config_key_name(enum config_key k)
{
    return (unsigned)k < CONFIG_KEYS ? keys[k].name : "";
}

const char *config_env_name(enum config_key k)
{
    return (unsigned)k < CONFIG_KEYS ? keys[k].env : "";
}

void config_defaults(struct config *c)
{
    memset(c, 0, sizeof(*c));
    snprintf(c->db, sizeof(c->db), "%s", "charla.db");
    snprintf(c->listen, sizeof(c->listen), "%s", "127.0.0.1:8080");
    snprintf(c->web, sizeof(c->web), "%s", "web");
    c->threads = 4;
    c->write_threads = 64;
    c->quiet = false;
}

static int key_lookup(const char *s, size_t len)
{
    for (int k = 0; k < CONFIG_KEYS; k++)
        if (str_eq(s, len, keys[k].name))
            return k;
    return -1;
}

/* listen_ok: "ADDR:PORT" as the server accepts it (IPv4, [IPv6], or
 * nothing for every address) with a port 1..65535. */
static bool listen_ok(const char *v, size_t len)
{
    const char *colon = NULL;
    for (size_t i = 0; i < len; i++)
        if (v[i] == ':')
            colon = v + i;
    if (!colon)
        return false;
    int64_t port;
    size_t plen = len - (size_t)(colon - v) - 1;
    if (str_to_int(colon + 1, plen, 1, 65535, &port))
        return false;
    size_t hlen = (size_t)(colon - v);
    char host[64];
    unsigned char addr[16];
    if (hlen == 0)
        return true;
    if (v[0] == '[') {
        if (hlen < 3 || v[hlen - 1] != ']' || hlen - 2 >= sizeof(host))
            return false;
        memcpy(host, v + 1, hlen - 2);
        host[hlen - 2] = '\0';
        return inet_pton(AF_INET6, host, addr) == 1;
    }
    if (hlen >= sizeof(host))
        return false;
    memcpy(host, v, hlen);
    host[hlen] = '\0';
    return inet_pton(AF_INET, host, addr) == 1;
}

static int parse_bool(const char *v, size_t len, bool *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1"};
    static const char *const no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < 4; i++) {
        if (str_eq(v, len, yes[i])) {
            *out = true;
            return 0;
        }
        if (str_eq(v, len, no[i])) {
            *out = false;
            return 0;
        }
    }
    return ERR_INVALID;
}

/* user_name_ok: a user name as useradd makes them: ASCII letters, digits,
 * '_', '.', '-' (not first) and a '$' only at the end (Samba's machine
 * accounts). Whether such a user exists is sandbox_user's question. */
static bool user_name_ok(const char *v, size_t len)
{
    if (len == 0 || len >= CONFIG_USER_MAX || v[0] == '-')
        return false;
    for (size_t i = 0; i < len; i++) {
        char ch = v[i];
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' ||
                  ch == '-' || (ch == '$' && i == len - 1);
        if (!ok)
            return false;
    }
    return true;
}

static int set_str(char *field, const char *name, const char *v, size_t len,
                   struct buf *err)
{
    if (len == 0) {
        buf_addf(err, "%s must not be empty", name);
        return ERR_INVALID;
    }
    if (len >= CONFIG_STR_MAX) {
        buf_addf(err, "%s is longer than %d bytes", name, CONFIG_STR_MAX - 1);
        return ERR_INVALID;
    }
    if (memchr(v, '\0', len) || !str_utf8_valid(v, len)) {
        buf_addf(err, "%s is not valid UTF-8 text", name);
        return ERR_INVALID;
    }
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7F) {
            buf_addf(err, "%s holds a control character", name);
            return ERR_INVALID;
        }
    }
    memcpy(field, v, len);
    field[len] = '\0';
    return 0;
}

int config_set(struct config *c, const char *key, const char *value, size_t len,
               struct buf *err)
{
    int k = key_lookup(key, strlen(key));
    int64_t num;
    bool b;
    int ret = 0;

    switch (k) {
    case CONFIG_DB:
        ret = set_str(c->db, "db", value, len, err);
        break;
    case CONFIG_LISTEN:
        if (!listen_ok(value, len)) {
            buf_adds(err, "listen must be ADDR:PORT (127.0.0.1:8080, "
                          "[::1]:8080 or :8080)");
            return ERR_INVALID;
        }
        ret = set_str(c->listen, "listen", value, len, err);
        break;
    case CONFIG_WEB:
        ret = set_str(c->web, "web", value, len, err);
        break;
    case CONFIG_MODEL:
        ret = set_str(c->model, "model", value, len, err);
        break;
    case CONFIG_USER:
        if (!user_name_ok(value, len)) {
            buf_addf(err,
                     "user must be a user name of 1 to %d letters, digits, "
                     "'_', '.' or '-'",
                     CONFIG_USER_MAX - 1);
            return ERR_INVALID;
        }
        ret = set_str(c->user, "user", value, len, err);
        break;
    case CONFIG_THREADS:
        if (str_to_int(value, len, 1, CONFIG_THREADS_MAX, &num)) {
            buf_addf(err, "threads must be a number from 1 to %d",
                     CONFIG_THREADS_MAX);
            return ERR_INVALID;
        }
        c->threads = (int)num;
        break;
    case CONFIG_WRITE_THREADS:
        if (str_to_int(value, len, 1, CONFIG_THREADS_MAX, &num)) {
            buf_addf(err, "write_threads must be a number from 1 to %d",
                     CONFIG_THREADS_MAX);
            return ERR_INVALID;
        }
        c->write_threads = (int)num;
        break;
    case CONFIG_QUIET:
        if (parse_bool(value, len, &b)) {
            buf_adds(err, "quiet must be true or false");
            return ERR_INVALID;
        }
        c->quiet = b;
        break;
    default:
        buf_adds(err, "unknown setting");
        return ERR_INVALID;
    }
    if (ret == 0)
        c->set |= 1u << k;
    return ret;
}

static bool key_chars_ok(const char *s, size_t len)
{
    if (len == 0 || len > 64)
        return false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '.'))
            return false;
    }
    return true;
}

/* parse_line handles one line (without its newline). */
static int parse_line(const char *s, size_t n, int lineno, struct config *out,
                      unsigned *seen, struct buf *err)
{
    if (memchr(s, '\0', n)) {
        buf_adds(err, "NUL byte");
        return ERR_INVALID;
    }
    if (!str_utf8_valid(s, n)) {
        buf_adds(err, "not valid UTF-8");
        return ERR_INVALID;
    }
    str_trim(&s, &n);
    if (n == 0 || s[0] == '#')
        return 0;
    const char *eq = memchr(s, '=', n);
    if (!eq) {
        buf_adds(err, "expected key = value");
        return ERR_INVALID;
    }
    const char *k = s, *v = eq + 1;
    size_t kl = (size_t)(eq - s), vl = n - kl - 1;
    str_trim(&k, &kl);
    str_trim(&v, &vl);
    if (!key_chars_ok(k, kl)) {
        buf_adds(err, "expected key = value (a key is letters, digits "
                      "and _)");
        return ERR_INVALID;
    }
    int key = key_lookup(k, kl);
    if (key < 0) {
        buf_addf(err, "unknown setting \"%.*s\"", (int)kl, k);
        return ERR_INVALID;
    }
    if (*seen & (1u << key)) {
        buf_addf(err, "%s is set twice", keys[key].name);
        return ERR_INVALID;
    }
    if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
        v++;
        vl -= 2;
    } else if (memchr(v, '"', vl)) {
        buf_adds(err, "a quoted value must start and end with \"");
        return ERR_INVALID;
    }
    int ret = config_set(out, keys[key].name, v, vl, err);
    if (ret == 0) {
        *seen |= 1u << key;
        out->line[key] = lineno;
    }
    return ret;
}

int config_parse(const char *text, size_t len, struct config *out,
                 struct buf *err)
{
    if (len > CONFIG_FILE_MAX) {
        buf_addf(err, "the file is larger than %u bytes", CONFIG_FILE_MAX);
        return ERR_TOOBIG;
    }
    unsigned seen = 0;
    size_t pos = 0;
    int lineno = 0;
    while (pos < len) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - text - pos) : len - pos;
        const char *line = text + pos;
        pos += n + (nl ? 1 : 0);
        if (n > 0 && line[n - 1] == '\r')
            n--;
        if (n > CONFIG_LINE_MAX) {
            buf_addf(err, "line %d: longer than %d bytes", lineno,
                     CONFIG_LINE_MAX);
            return ERR_INVALID;
        }
        struct buf why;
        buf_init(&why, 512);
        int ret = parse_line(line, n, lineno, out, &seen, &why);
        if (ret) {
            buf_addf(err, "line %d: %s", lineno, why.data);
            buf_release(&why);
            return ERR_INVALID;
        }
        buf_release(&why);
    }
    return 0;
}

int config_load_file(const char *path, struct config *out, struct buf *err)
{
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    size_t len = 0;
    int ret = 0;

    if (!f) {
        buf_addf(err, "cannot open %s: %s", path, strerror(errno));
        return ERR_NOTFOUND;
    }
    text = malloc(CONFIG_FILE_MAX + 1);
    if (!text) {
        ret = ERR_NOMEM;
        buf_adds(err, "out of memory");
        goto out;
    }
    len = fread(text, 1, CONFIG_FILE_MAX + 1, f);
    if (ferror(f)) {
        buf_addf(err, "cannot read %s", path);
        ret = ERR_NOTFOUND;
        goto out;
    }
    ret = config_parse(text, len, out, err);
out:
    free(text);
    fclose(f);
    return ret;
}

static const char *std_getenv(const char *name)
{
    return getenv(name);
}

int config_apply_env(struct config *c, const char *(*get)(const char *name),
                     struct buf *err)
{
    if (!get)
        get = std_getenv;
    for (int k = 0; k < CONFIG_KEYS; k++) {
        const char *v = get(keys[k].env);
        if (!v || !v[0])
            continue;
        struct buf why;
        buf_init(&why, 512);
        int ret = config_set(c, keys[k].name, v, strlen(v), &why);
        if (ret) {
            buf_addf(err, "%s: %s", keys[k].env, why.data);
            buf_release(&why);
            return ret;
        }
        buf_release(&why);
    }
    return 0;
}
