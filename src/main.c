/*
 * main.c - the charla command: serve, import, classify, train, eval.
 *
 * Parses the command line, opens what the command needs, and hands over.
 * This is the only file that may call exit(); every command returns its
 * exit status instead: 0 success, 1 failure, 2 usage error.
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "api/app.h"
#include "cli/user.h"
#include "core/pseudonym.h"
#include "http/http.h"
#include "import/cli.h"
#include "screen/screen.h"
#include "store/store.h"
#include "util/str.h"

#define CHARLA_VERSION "0.1.0"

static const char usage_text[] =
    "usage: charla <command> [options]\n"
    "\n"
    "commands:\n"
    "  serve [--db PATH] [--listen ADDR:PORT] [--config FILE] [--web DIR]\n"
    "        [--threads N] [--quiet] [--model FILE]\n"
    "        serve the site (default db charla.db, listen 127.0.0.1:8080)\n"
    "  import blogger|disqus|wxr|json FILE [--db PATH] [--map OLD=NEW]...\n"
    "        import a Blogger, Disqus or WordPress export or a charla\n"
    "        backup; idempotent, all or nothing\n"
    "  export json [--article PATH] [--db PATH] [--out FILE]\n"
    "        write a backup of the site (or one article), without secrets\n"
    "  user add NAME --role admin|editor|moderator | list | remove NAME |\n"
    "       passwd NAME [--db PATH]\n"
    "        manage staff accounts (the password is read from stdin)\n"
    "  classify [--model FILE] [--json]\n"
    "        score comments read from stdin, one per line\n"
    "  train [--out FILE] [--data DIR] [--permissive-only]\n"
    "        train the screening model from the labelled data sets\n"
    "  eval [--model FILE] [--data DIR]\n"
    "        measure the screening model on the test splits\n"
    "\n"
    "  charla --help | --version\n";

static int usage(FILE *f, int status)
{
    fputs(usage_text, f);
    return status;
}

struct serve_opts {
    const char *db;
    const char *listen;
    const char *web;
    int threads;
    int quiet;
};

/*
 * config_apply reads "key = value" lines ('#' starts a comment) from a
 * configuration file into opts. Unknown keys and bad values name the line.
 */
static int config_apply(const char *path, struct serve_opts *o,
                        struct arena *a)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "charla: cannot open %s\n", path);
        return 1;
    }
    char line[4096];
    int lineno = 0, status = 0;
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        const char *s = line;
        size_t n = strlen(line);
        str_trim(&s, &n);
        if (n == 0 || s[0] == '#')
            continue;
        const char *eq = memchr(s, '=', n);
        if (!eq) {
            fprintf(stderr, "charla: %s:%d: expected key = value\n", path,
                    lineno);
            status = 1;
            break;
        }
        const char *k = s, *v = eq + 1;
        size_t kl = (size_t)(eq - s), vl = n - kl - 1;
        str_trim(&k, &kl);
        str_trim(&v, &vl);
        char *val = arena_strndup(a, v, vl);
        int64_t num;
        if (!val) {
            status = 1;
            break;
        }
        if (str_eq(k, kl, "db")) {
            o->db = val;
        } else if (str_eq(k, kl, "listen")) {
            o->listen = val;
        } else if (str_eq(k, kl, "web")) {
            o->web = val;
        } else if (str_eq(k, kl, "threads")) {
            if (str_to_int(v, vl, 1, 256, &num)) {
                fprintf(stderr, "charla: %s:%d: threads must be 1 to 256\n",
                        path, lineno);
                status = 1;
                break;
            }
            o->threads = (int)num;
        } else {
            fprintf(stderr, "charla: %s:%d: unknown setting \"%.*s\"\n", path,
                    lineno, (int)kl, k);
            status = 1;
            break;
        }
    }
    fclose(f);
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

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    stop_requested = sig;
}

static int cmd_serve(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"listen", required_argument, NULL, 'l'},
        {"config", required_argument, NULL, 'c'},
        {"web", required_argument, NULL, 'w'},
        {"threads", required_argument, NULL, 't'},
        {"quiet", no_argument, NULL, 'q'},
        {"model", required_argument, NULL, 'm'},
        {NULL, 0, NULL, 0}};
    struct serve_opts o = {"charla.db", "127.0.0.1:8080", "web", 4, 0};
    struct serve_opts cli = {0};
    const char *config = NULL;
    const char *model = NULL;
    struct arena a;
    int opt, status = 1;
    int64_t num;

    arena_init(&a, 0);
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (opt) {
        case 'd':
            cli.db = optarg;
            break;
        case 'l':
            cli.listen = optarg;
            break;
        case 'c':
            config = optarg;
            break;
        case 'w':
            cli.web = optarg;
            break;
        case 't':
            if (str_to_int(optarg, strlen(optarg), 1, 256, &num)) {
                fprintf(stderr, "charla: --threads must be 1 to 256\n");
                arena_release(&a);
                return 2;
            }
            cli.threads = (int)num;
            break;
        case 'q':
            cli.quiet = 1;
            break;
        case 'm':
            model = optarg;
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
    if (config && config_apply(config, &o, &a)) {
        arena_release(&a);
        return 1;
    }
    /* the command line wins over the file */
    if (cli.db)
        o.db = cli.db;
    if (cli.listen)
        o.listen = cli.listen;
    if (cli.web)
        o.web = cli.web;
    if (cli.threads)
        o.threads = cli.threads;
    o.quiet = cli.quiet;

    struct buf err;
    struct store *st = NULL;
    struct http_server *srv = NULL;
    struct app app;
    int app_ready = 0;
    buf_init(&err, 4096);
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
    app.quiet = o.quiet != 0;
    app_load_model(&app, model);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    srv = http_server_start(o.listen, o.threads, app_handle, &app, &err);
    if (!srv) {
        fprintf(stderr, "charla: %s\n", err.data);
        goto out;
    }
    fprintf(stderr, "charla %s: serving %s on http://%s/\n", CHARLA_VERSION,
            redact_url(o.db, &a), o.listen);
    while (!stop_requested)
        pause();
    fprintf(stderr, "charla: stopping\n");
    status = 0;
out:
    http_server_stop(srv);
    if (app_ready)
        app_release(&app);
    store_free(st);
    buf_release(&err);
    arena_release(&a);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage(stderr, 2);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0)
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
    if (strcmp(cmd, "import") == 0)
        return import_cmd(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return export_cmd(argc - 1, argv + 1);
    if (strcmp(cmd, "user") == 0)
        return cli_user(argc - 1, argv + 1);
    if (strcmp(cmd, "classify") == 0)
        return screen_cmd_classify(argc - 1, argv + 1);
    if (strcmp(cmd, "train") == 0)
        return screen_cmd_train(argc - 1, argv + 1);
    if (strcmp(cmd, "eval") == 0)
        return screen_cmd_eval(argc - 1, argv + 1);
    fprintf(stderr, "charla: unknown command \"%s\"\n", cmd);
    return usage(stderr, 2);
}
