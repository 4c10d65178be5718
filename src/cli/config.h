/*
 * config.h - the serve options of charla and where they come from.
 *
 * An option can be given four ways; the first one found wins:
 *
 *   1. a command-line flag      --db PATH
 *   2. an environment variable  CHARLA_DB=PATH
 *   3. the configuration file   db = PATH        (--config FILE)
 *   4. the built-in default     charla.db
 *
 * The caller applies them in the reverse order onto one struct config:
 * config_defaults, then config_parse (the file), then config_apply_env,
 * then config_set for each flag. Each step only overwrites what it names.
 *
 * The file format (docs/charla.conf.example has every key):
 *
 *   # a comment: '#' as the first non-blank character of a line
 *   key = value
 *
 * Blank lines are ignored; white space around key and value is dropped; a
 * value may be wrapped in double quotes to keep leading or trailing
 * spaces. There are no inline comments (a '#' inside a value, as in a
 * database URL, is part of it). A key may appear once. The text must be
 * UTF-8 without NUL bytes, lines at most CONFIG_LINE_MAX bytes, the whole
 * file at most CONFIG_FILE_MAX bytes.
 */
#ifndef CHARLA_CLI_CONFIG_H
#define CHARLA_CLI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"
#include "util/err.h"

#define CONFIG_STR_MAX 1024        /* bytes of a path or URL, with NUL */
#define CONFIG_LINE_MAX 4096       /* bytes of one line */
#define CONFIG_FILE_MAX (1u << 20) /* bytes of a whole file */
#define CONFIG_THREADS_MAX 256
#define CONFIG_USER_MAX 33 /* bytes of a user name, with NUL (useradd's 32) */

/* The keys, in the order the example file documents them. */
enum config_key {
    CONFIG_DB,
    CONFIG_LISTEN,
    CONFIG_WEB,
    CONFIG_THREADS,
    CONFIG_WRITE_THREADS,
    CONFIG_MODEL,
    CONFIG_QUIET,
    CONFIG_USER,
    CONFIG_KEYS
};

struct config {
    char db[CONFIG_STR_MAX];     /* SQLite path or postgres:// URL */
    char listen[CONFIG_STR_MAX]; /* "ADDR:PORT", "[::1]:PORT" or ":PORT" */
    char web[CONFIG_STR_MAX];    /* folder of style.css and app.js */
    char model[CONFIG_STR_MAX];  /* screening model file; "" = built-in
                                    default path */
    int threads;                 /* 1..CONFIG_THREADS_MAX */
    int write_threads;           /* 1..CONFIG_THREADS_MAX */
    bool quiet;                  /* no per-request log lines */
    char user[CONFIG_USER_MAX];  /* the user to serve as when started as
                                    root; "" = none (sandbox_user.h) */
    unsigned set;                /* bit (1u << key) for each key given */
    int line[CONFIG_KEYS];       /* the file's line that gave each key; 0:
                                    not given by the file */
};

/* config_key_name: "db", "listen", ...; config_env_name: "CHARLA_DB"... */
const char *config_key_name(enum config_key k);
const char *config_env_name(enum config_key k);

/* config_defaults fills every option with its default; set is 0. */
void config_defaults(struct config *c);

/*
 * config_set validates value[0, len) for key (a name as in the file) and
 * stores it in c. Returns 0, or ERR_INVALID with a sentence appended to
 * err (for an unknown key or a bad value; c is then unchanged).
 */
MUST_CHECK int config_set(struct config *c, const char *key, const char *value,
                          size_t len, struct buf *err);

/*
 * config_parse reads a configuration file's text[0, len) (any bytes) into
 * out, which the caller has filled (config_defaults). On the first bad
 * line it stops and appends "line N: reason" to err and returns
 * ERR_INVALID (ERR_TOOBIG for text over CONFIG_FILE_MAX); keys of earlier
 * lines may already be stored in out. Returns 0 when every line is good.
 * out->line records the line of each key the text sets, for messages
 * about its value (`charla config check`).
 */
MUST_CHECK int config_parse(const char *text, size_t len, struct config *out,
                            struct buf *err);

/*
 * config_load_file reads the file at path and parses it. Errors as
 * config_parse, plus ERR_NOTFOUND ("cannot open ...") for a file that
 * cannot be read.
 */
MUST_CHECK int config_load_file(const char *path, struct config *out,
                                struct buf *err);

/*
 * config_apply_env sets every option whose CHARLA_* variable is set and
 * non-empty. get is NULL for getenv, or a stand-in for tests. Returns 0 or
 * ERR_INVALID with "CHARLA_X: reason" appended to err.
 */
MUST_CHECK int config_apply_env(struct config *c,
                                const char *(*get)(const char *name),
                                struct buf *err);

#endif
