/*
 * main.c - the charla command: serve, import, classify, train, eval.
 *
 * Parses the command line, opens what the command needs, and hands over.
 * This is the only file that may call exit(); every command returns its
 * exit status instead: 0 success, 1 failure, 2 usage error.
 */
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/app.h"
#include "cli/config.h"
#include "cli/config_check.h"
#include "cli/db_file.h"
#include "cli/rescreen.h"
#include "cli/setting.h"
#include "cli/user.h"
#include "core/pseudonym.h"
#include "http/http.h"
#include "http/sandbox.h"
#include "http/sandbox_user.h"
#include "import/cli.h"
#include "screen/screen.h"
#include "store/store.h"
#include "util/str.h"
#include "util/version.h"

static const char usage_text[] =
    "usage: charla <command> [options]\n"
    "\n"
    "commands:\n"
    "  serve [--db PATH] [--listen ADDR:PORT] [--config FILE] [--web DIR]\n"
    "        [--threads N] [--write-threads N] [--quiet] [--model FILE|none] "
    "[--db-read URL]\n"
    "        [--user NAME]\n"
    "        serve the site (default db charla.db, listen 127.0.0.1:8080;\n"
    "        started as root, --user switches to that user once ready;\n"
    "        flags win over CHARLA_* variables, which win over the file)\n"
    "  config check FILE\n"
    "        check a configuration file as serve would (names each bad line)\n"
    "  backup FILE [--db PATH] [--config FILE]\n"
    "        write a consistent copy of a live SQLite database to FILE\n"
    "  import blogger|disqus|wxr|json FILE [--db PATH] [--map OLD=NEW]...\n"
    "         [--resume]\n"
    "        import a Blogger, Disqus or WordPress export or a charla\n"
    "        backup; idempotent, all or nothing (--resume: continue an\n"
    "        interrupted Disqus import)\n"
    "  export json [--article PATH] [--db PATH] [--out FILE]\n"
    "              [--with-site-key]\n"
    "        write a backup of the site (or one article), without secrets\n"
    "        (--with-site-key: with the site key, so that readers keep\n"
    "        their handles after a restore; keep that file secret)\n"
    "  setting get KEY | set KEY VALUE | unset KEY | keys [--db PATH]\n"
    "        the site's settings in the database (webhooks, thresholds,\n"
    "        word lists, embed origins, limits, time zone...)\n"
    "  user add NAME --role admin|editor|moderator | list | remove NAME |\n"
    "       passwd NAME | role NAME admin|editor|moderator [--db PATH]\n"
    "        manage staff accounts (the password is read from stdin; a\n"
    "        change of role ends the account's sessions)\n"
    "  rescreen [--db PATH] [--article ID] [--model FILE|none] [--dry-run]\n"
    "           [--include-approved]\n"
    "        screen the comments already published (an import, say) and\n"
    "        hold for review those a new post would be held for (not those\n"
    "        a moderator approved or restored, unless --include-approved)\n"
    "  classify [--model FILE|none] [--json] [...]\n"
    "        score comments read from stdin, one per line (--model none:\n"
    "        the rule grammars and doxxing guard, as serve --model none)\n"
    "  train [--out FILE] [--data DIR] [--permissive-only] [...]\n"
    "        train the screening model from the labelled data sets\n"
    "  eval [--model FILE] [--data DIR] [...]\n"
    "        measure the screening model on the test splits\n"
    "  migrate --from sqlite:PATH --to postgres://... [--verify]\n"
    "        copy a site into an empty PostgreSQL database and check it\n"
    "        (--verify: only compare the two, row counts and checksums)\n"
    "\n"
    "  charla --help | --version\n"
    "  charla COMMAND --help   a command's usage (import, export, rescreen,\n"
    "                          classify, train and eval list every option)\n";

static int usage(FILE *f, int status)
{
    fputs(usage_text, f);
    return status;
}

/* redact_url hides the password of "postgres://user:secret@host/db". */
static const char *redact_url(const char *url, struct arena *a)
{
    const char *scheme = strstr(url, "://");
    const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
    const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
    if (!at || !colon || colon > at)
        return url;
    const char *r = arena_sprintf(a, "%.*s:***%s", (int)(colon - url), url, at);
    return r ? r : url;
}

static volatile sig_atomic_t stop_requested, reload_requested;

/* SIGINT and SIGTERM stop the server; SIGHUP reloads the screening model
 * (model_slot.h). The handlers only set flags: serve's main thread, the
 * only one that takes these signals, does the work. */
static void on_signal(int sig)
{
    if (sig == SIGHUP)
        reload_requested = 1;
    else
        stop_requested = sig;
}

/* serve_signals blocks SIGINT, SIGTERM and SIGHUP, so that every thread
 * started afterwards inherits the block and they reach only the main
 * thread, in serve_wait; *waiting gets the mask to wait with. */
static void serve_signals(sigset_t *waiting)
{
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, waiting);
    sigdelset(waiting, SIGINT);
    sigdelset(waiting, SIGTERM);
    sigdelset(waiting, SIGHUP);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

/* serve_wait sleeps until SIGINT or SIGTERM, reloading the model on each
 * SIGHUP meanwhile. */
static void serve_wait(struct app *app, const sigset_t *waiting)
{
    while (!stop_requested) {
        sigsuspend(waiting);
        if (reload_requested) {
            reload_requested = 0;
            struct buf err;
            buf_init(&err, 4096);
            int ret = app_reload_model(app, "SIGHUP", &err);
            /* logged either way; a refused file leaves the model in use */
            (void)ret;
            buf_release(&err);
        }
    }
}

/*
 * config_resolve fills o from, in rising order of precedence, the file
 * (path, or $CHARLA_CONFIG, or none), the CHARLA_* variables and the flags
 * (NULL where not given). Returns 0, or the exit status after printing the
 * problem (1 for a bad file or variable, 2 for a bad flag).
 */
static int config_resolve(struct config *o, const char *path,
                          const char *const flag[CONFIG_KEYS])
{
    struct buf err;
    int status = 0;
    buf_init(&err, 4096);
    if (!path && getenv("CHARLA_CONFIG") && getenv("CHARLA_CONFIG")[0])
        path = getenv("CHARLA_CONFIG");
    if (path && config_load_file(path, o, &err)) {
        fprintf(stderr, "charla: %s: %s\n", path, err.data);
        status = 1;
    } else if (config_apply_env(o, NULL, &err)) {
        fprintf(stderr, "charla: %s\n", err.data);
        status = 1;
    }
    for (int k = 0; k < CONFIG_KEYS && !status; k++) {
        if (flag[k] && config_set(o, config_key_name((enum config_key)k),
                                  flag[k], strlen(flag[k]), &err)) {
            fprintf(stderr, "charla: --%s: %s\n",
                    config_key_name((enum config_key)k), err.data);
            status = 2;
        }
    }
    buf_release(&err);
    return status;
}

/*
 * serve_user looks up the user serve is to run as (o->user, "" for none)
 * before anything is opened, so a bad name creates nothing as root.
 * user_flag is --user's value or NULL, to say where the name came from.
 * Prints a warning or the error; returns 0 or 1 (the exit status).
 */
static int serve_user(const struct config *o, const char *user_flag,
                      struct sandbox_user *out)
{
    const char *env = getenv("CHARLA_USER");
    const char *allow_root = getenv("CHARLA_ALLOW_ROOT");
    const char *source = user_flag       ? "--user"
                         : env && env[0] ? "CHARLA_USER"
                                         : "user = in the configuration file";
    struct buf msg;
    buf_init(&msg, 1024);
    int ret = sandbox_user_choose(o->user, source,
                                  allow_root && strcmp(allow_root, "1") == 0,
                                  geteuid(), out, &msg);
    if (ret)
        fprintf(stderr, "charla: %s\n", msg.data);
    else if (msg.len)
        fprintf(stderr, "charla: warning: %s\n", msg.data);
    buf_release(&msg);
    return ret ? 1 : 0;
}

/* charla config check FILE: 0 if serve would start with the file, 1
 * naming each bad line (cli/config_check.h). */
static int cmd_config(int argc, char **argv)
{
    if (argc != 3 || strcmp(argv[1], "check") != 0)
        return usage(stderr, 2);
    return cli_config_check(argv[2]);
}

/* charla backup FILE [--db PATH] [--config FILE] */
static int cmd_backup(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"config", required_argument, NULL, 'c'},
        {NULL, 0, NULL, 0}};
    const char *flag[CONFIG_KEYS] = {0};
    const char *config = NULL;
    struct config o;
    int opt;
    config_defaults(&o);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'd')
            flag[CONFIG_DB] = optarg;
        else if (opt == 'c')
            config = optarg;
        else
            return usage(stderr, 2);
    }
    if (optind != argc - 1)
        return usage(stderr, 2);
    int st = config_resolve(&o, config, flag);
    if (st)
        return st;
    struct buf err;
    buf_init(&err, 4096);
    int ret = cli_db_missing(o.db, &err);
    if (ret == 0)
        ret = cli_db_output_check(o.db, argv[optind], &err);
    if (ret == 0)
        ret = store_sqlite_backup(o.db, argv[optind], &err);
    if (ret)
        fprintf(stderr, "charla: backup: %s\n", err.data);
    else
        printf("backed up %s to %s\n", o.db, argv[optind]);
    buf_release(&err);
    return ret ? 1 : 0;
}

static int cmd_serve(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"listen", required_argument, NULL, 'l'},
        {"config", required_argument, NULL, 'c'},
        {"web", required_argument, NULL, 'w'},
        {"threads", required_argument, NULL, 't'},
        {"write-threads", required_argument, NULL, 'W'},
        {"quiet", no_argument, NULL, 'q'},
        {"model", required_argument, NULL, 'm'},
        {"db-read", required_argument, NULL, 'r'},
        {"user", required_argument, NULL, 'u'},
        {NULL, 0, NULL, 0}};
    const char *db_read = NULL; /* a replica for anonymous reads */
    struct sandbox_user user;
    struct config o;
    const char *config = NULL;
    struct arena a;
    int opt, status = 1;
    /* flags are kept until the file and the environment are applied */
    const char *flag[CONFIG_KEYS] = {0};

    config_defaults(&o);
    arena_init(&a, 0);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (opt) {
        case 'd':
            flag[CONFIG_DB] = optarg;
            break;
        case 'l':
            flag[CONFIG_LISTEN] = optarg;
            break;
        case 'c':
            config = optarg;
            break;
        case 'w':
            flag[CONFIG_WEB] = optarg;
            break;
        case 't':
            flag[CONFIG_THREADS] = optarg;
            break;
        case 'W':
            flag[CONFIG_WRITE_THREADS] = optarg;
            break;
        case 'q':
            flag[CONFIG_QUIET] = "true";
            break;
        case 'm':
            flag[CONFIG_MODEL] = optarg;
            break;
        case 'r':
            db_read = optarg;
            break;
        case 'u':
            flag[CONFIG_USER] = optarg;
            break;
        default:
            arena_release(&a);
            return usage(stderr, 2);
        }
    }
    if (optind != argc) {
        arena_release(&a);
        return usage(stderr, 2);
    }
    int cst = config_resolve(&o, config, flag);
    if (cst) {
        arena_release(&a);
        return cst;
    }
    if (serve_user(&o, flag[CONFIG_USER], &user)) {
        arena_release(&a);
        return 1;
    }
    const char *model = o.model[0] ? o.model : NULL;

    struct buf err;
    struct store *st = NULL, *rst = NULL;
    struct http_server *srv = NULL;
    struct app app;
    struct screen_model *screen = NULL;
    int app_ready = 0;
    sigset_t waiting;
    buf_init(&err, 4096);
    /* before any thread exists (the store starts some) */
    serve_signals(&waiting);
    /* first, so a server that would not screen never creates a database */
    if (app_open_model(model, &screen, &err)) {
        fprintf(stderr,
                "charla: screening model: %s\n"
                "  set --model (model = in the configuration) to charla's "
                "model file,\n  which make install puts at "
                "/usr/local/share/charla/charla.model,\n"
                "  or --model none to screen with the site's word lists and "
                "the doxxing guard only\n",
                err.data);
        goto out;
    }
    /* so is a web folder that lacks a file the pages need */
    if (app_web_check(o.web, &err)) {
        fprintf(stderr, "charla: %s\n", err.data);
        goto out;
    }
    st = store_open(o.db, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        goto out;
    }
    if (app_init(&app, st, o.web, &err)) {
        fprintf(stderr, "charla: %s\n", err.data);
        app_ready = 1;
        goto out;
    }
    app_ready = 1;
    if (db_read) {
        rst = store_open_replica(db_read, st, &err);
        if (!rst) {
            fprintf(stderr, "charla: --db-read: %s\n", err.data);
            goto out;
        }
        app.read_store = rst;
    }
    app.quiet = o.quiet;
    /* the file SIGHUP reloads; none when serving without a model */
    const char *model_path =
        screen ? (model ? model : SCREEN_DEFAULT_MODEL) : NULL;
    app.model = model_slot_new(screen, model_path, app.now());
    screen = NULL;
    if (!app.model) {
        fprintf(stderr, "charla: out of memory\n");
        goto out;
    }
    signal(SIGPIPE, SIG_IGN);
    /* before the server's threads exist, so they inherit the sandbox */
    if (sandbox_enter(&user, o.db, o.web, model_path))
        goto out;
    srv = http_server_start(o.listen, o.threads, o.write_threads, app_handle,
                            app_large_body, &app, &err);
    if (!srv) {
        fprintf(stderr, "charla: %s\n", err.data);
        goto out;
    }
    fprintf(stderr, "charla %s: serving %s on http://%s/\n", CHARLA_VERSION,
            redact_url(o.db, &a), o.listen);
    serve_wait(&app, &waiting);
    fprintf(stderr, "charla: stopping\n");
    status = 0;
out:
    http_server_stop(srv);
    if (app_ready)
        app_release(&app);
    screen_model_free(screen);
    store_free(rst);
    store_free(st);
    buf_release(&err);
    arena_release(&a);
    return status;
}

/* cmd_migrate: see store_migrate in store/store.h. */
static int cmd_migrate(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"verify", no_argument, NULL, 'v'},
        {NULL, 0, NULL, 0}};
    const char *from = NULL, *to = NULL;
    int opt, verify = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'f')
            from = optarg;
        else if (opt == 't')
            to = optarg;
        else if (opt == 'v')
            verify = 1;
        else
            return usage(stderr, 2);
    }
    if (!from || !to || optind != argc)
        return usage(stderr, 2);
    struct buf err;
    buf_init(&err, 4096);
    int ret = verify ? store_migrate_verify(from, to, stdout, &err)
                     : store_migrate(from, to, stdout, &err);
    if (ret)
        fprintf(stderr, "charla: migrate: %s\n", err.data);
    else
        printf(verify ? "the databases match\n" : "migrated and verified\n");
    buf_release(&err);
    return ret ? 1 : 0;
}

/* has_own_help: whether "charla CMD --help" is answered by the command
 * itself, with its own usage and exit 0. */
static bool has_own_help(const char *cmd)
{
    static const char *const own[] = {"import",   "export", "rescreen",
                                      "classify", "train",  "eval"};
    for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
        if (strcmp(cmd, own[i]) == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage(stderr, 2);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0)
        return usage(stdout, 0);
    /* "charla serve --help": the usage, not an unknown option first; a
     * command with a usage of its own, which names options this one
     * leaves out, prints that one */
    if (argc >= 3 &&
        (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) &&
        !has_own_help(cmd))
        return usage(stdout, 0);
    if (strcmp(cmd, "--version") == 0) {
        printf("charla %s\n", CHARLA_VERSION);
        return 0;
    }
    if (pseudonym_init()) {
        fprintf(stderr, "charla: cannot initialise libsodium\n");
        return 1;
    }
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    if (strcmp(cmd, "config") == 0)
        return cmd_config(argc - 1, argv + 1);
    if (strcmp(cmd, "backup") == 0)
        return cmd_backup(argc - 1, argv + 1);
    if (strcmp(cmd, "import") == 0)
        return import_cmd(argc - 1, argv + 1, app_path_is_own);
    if (strcmp(cmd, "export") == 0)
        return export_cmd(argc - 1, argv + 1);
    if (strcmp(cmd, "user") == 0)
        return cli_user(argc - 1, argv + 1);
    if (strcmp(cmd, "setting") == 0)
        return cli_setting(argc - 1, argv + 1);
    if (strcmp(cmd, "rescreen") == 0)
        return cli_rescreen(argc - 1, argv + 1);
    if (strcmp(cmd, "classify") == 0)
        return screen_cmd_classify(argc - 1, argv + 1);
    if (strcmp(cmd, "train") == 0)
        return screen_cmd_train(argc - 1, argv + 1);
    if (strcmp(cmd, "migrate") == 0)
        return cmd_migrate(argc - 1, argv + 1);
    if (strcmp(cmd, "eval") == 0)
        return screen_cmd_eval(argc - 1, argv + 1);
    fprintf(stderr, "charla: unknown command \"%s\"\n", cmd);
    return usage(stderr, 2);
}
