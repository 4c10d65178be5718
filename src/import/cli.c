/*
 * cli.c - the `charla import` and `charla export` commands: parse the
 * command line, open the store, run an importer (through import_run_opts:
 * one transaction, or batches with a checkpoint that --resume continues)
 * or the JSON backup, and print the summary.
 *
 * Two environment variables exist for tests (and for trying --resume by
 * hand): CHARLA_IMPORT_BATCH sets the comments per batch, and
 * CHARLA_IMPORT_STOP_AFTER makes the import fail, as a crash would, when
 * it has stored that many comments and is about to store one more.
 *
 * main.c hands over argv with the command name first; getopt_long lets
 * options come before or after FORMAT and FILE.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/db_file.h"
#include "core/site.h"
#include "import/cli.h"
#include "import/import.h"
#include "import/json_backup.h"
#include "import/store_sink.h"
#include "store/store.h"
#include "util/str.h"

#define MAPS_MAX 64

static const char import_usage[] =
    "usage: charla import FORMAT FILE [--db PATH] [--map OLD=NEW]... "
    "[--resume]\n"
    "  FORMAT: blogger (Atom export), disqus (Disqus XML export),\n"
    "          wxr (WordPress export, WXR 1.0-1.2), json (charla backup)\n"
    "  --map OLD=NEW  rewrite thread URLs starting with OLD (repeatable)\n"
    "  --resume       continue an interrupted disqus import of the same,\n"
    "                 unchanged FILE from its last checkpoint (a disqus\n"
    "                 import commits every 1,000,000 comments, once the\n"
    "                 whole file has been checked)\n";

static const char export_usage[] =
    "usage: charla export json [--article PATH] [--db PATH] [--out FILE]\n"
    "                          [--with-site-key]\n"
    "  --with-site-key  also write the site key (and each article's id),\n"
    "                   so that a restore into a new database keeps every\n"
    "                   reader's handle and their comments on /me; anyone\n"
    "                   who has the file can then link reader tokens to\n"
    "                   their handles: keep it as safe as the database\n";

/* env_long reads a positive number from the environment, or 0. */
static long env_long(const char *name)
{
    const char *v = getenv(name);
    int64_t n;
    if (!v || str_to_int(v, strlen(v), 1, 1000000000, &n) != 0)
        return 0;
    return (long)n;
}

static bool http_prefix(const char *s)
{
    return str_starts(s, "http://") || str_starts(s, "https://");
}

/* print_refused says how many setting records were refused and why, as
 * ", 5 refused (2 secrets, 1 internal state, 1 unknown key, 1 bad
 * value)", leaving out the reasons that did not occur. */
static void print_refused(const struct import_json_summary *sum)
{
    const struct {
        long n;
        const char *one, *many;
    } why[] = {{sum->settings_secret, "secret", "secrets"},
               {sum->settings_internal, "internal state", "internal state"},
               {sum->settings_unknown, "unknown key", "unknown keys"},
               {sum->settings_invalid, "bad value", "bad values"}};
    const char *sep = " (";
    printf(", %ld refused", sum->settings_refused);
    for (size_t i = 0; i < sizeof(why) / sizeof(why[0]); i++) {
        if (!why[i].n)
            continue;
        printf("%s%ld %s", sep, why[i].n,
               why[i].n == 1 ? why[i].one : why[i].many);
        sep = ", ";
    }
    if (sep[0] == ',')
        putchar(')');
}

/*
 * record_offsets gives every comment stored without a zone offset the
 * site's zone (core/site.h): before an import, so the comments already
 * there keep the zone they were read in if the import sets another, and
 * after it, so those the import could not tell a zone for get the one
 * the site has at import. 0, or 1 with a message.
 */
static int record_offsets(struct store *st)
{
    struct site zone;
    if (site_zone_load(st, &zone) == 0 &&
        site_fill_comment_offsets(st, &zone, NULL) == 0)
        return 0;
    fprintf(stderr, "charla: cannot record the time zone of comments\n");
    return 1;
}

/* print_handles says whether readers keep their handles and their
 * comments on /me: only with the site key the backup was made with. */
static void print_handles(const struct import_json_summary *sum)
{
    static const char change[] =
        "readers' handles change; readers cannot reach their earlier "
        "comments from /me";
    char new_ids[200];
    snprintf(new_ids, sizeof(new_ids),
             ", but for the comments of %ld article%s stored under a new "
             "id (another article here had the backup's): there their "
             "handles change",
             sum->articles_new_id, sum->articles_new_id == 1 ? "" : "s");
    switch (sum->site_key) {
    case IMPORT_SITE_KEY_ADOPTED:
        printf("site key: taken from the backup: readers keep their handles "
               "and reach their comments from /me%s (whoever has the file "
               "knows the key: restore only your own site's backups)\n",
               sum->articles_new_id ? new_ids : "");
        break;
    case IMPORT_SITE_KEY_SAME:
        printf("site key: the backup's is this site's: readers keep their "
               "handles and reach their comments from /me%s\n",
               sum->articles_new_id ? new_ids : "");
        break;
    case IMPORT_SITE_KEY_REFUSED:
        if (sum->reader_comments_added)
            printf("site key: not taken (this database has articles and "
                   "a key of its own): %s\n",
                   change);
        else
            puts("site key: not taken (this database has articles and a "
                 "key of its own)");
        break;
    case IMPORT_SITE_KEY_NONE:
        if (sum->reader_comments_added)
            printf("site key: not in the backup (export json "
                   "--with-site-key writes it): unless this database "
                   "already has the key the backup was made with, %s\n",
                   change);
        break;
    }
}

/* run_json_import restores file into st and prints the summary; *stored
 * says whether it committed anything. 0, or 1 with a message. */
static int run_json_import(struct store *st, const char *file, bool *stored)
{
    struct import_json_summary sum;
    struct buf err;
    buf_init(&err, 4096);
    int ret = import_json(st, file, isatty(STDERR_FILENO) != 0, &sum, &err);
    /* committed: a step after it that fails must not remove what it
       stored (a new database holding the restore) */
    *stored = ret == 0 &&
              (sum.settings_set || sum.articles_added || sum.comments_added ||
               sum.site_key == IMPORT_SITE_KEY_ADOPTED);
    if (ret) {
        fprintf(stderr, "charla: import failed, nothing was imported: %s\n",
                err.data);
    } else {
        printf("settings: %ld set, %ld already set", sum.settings_set,
               sum.settings_present);
        if (sum.settings_refused)
            print_refused(&sum);
        printf("\narticles: %ld added, %ld already present\n"
               "comments: %ld added, %ld already present\n",
               sum.articles_added, sum.articles_present, sum.comments_added,
               sum.comments_present);
        print_handles(&sum);
        if (sum.invalid_first[0])
            fprintf(stderr, "charla: setting not imported: %s\n",
                    sum.invalid_first);
    }
    buf_release(&err);
    return ret ? 1 : 0;
}

/* print_renamed lists the articles stored under another path, one
 * "  OLD -> NEW" a line (moved: as store_sink.h's renamed gives them; a
 * list too long for it says so at its end). A path comes from the file:
 * its control bytes are printed as "?". */
static void print_renamed(FILE *f, const struct buf *moved)
{
    bool line_start = true;
    for (const char *p = moved->data; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (line_start)
            fputs("  ", f);
        line_start = c == '\n';
        fputc(c == '\n' || (c >= 0x20 && c != 0x7f) ? c : '?', f);
    }
    if (!line_start)
        fputc('\n', f);
    if (buf_failed(moved))
        fputs("  (and more: the list is too long to show)\n", f);
}

int import_cmd(int argc, char **argv, bool (*path_is_own)(const char *path))
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"map", required_argument, NULL, 'm'},
        {"resume", no_argument, NULL, 'r'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    struct import_map maps[MAPS_MAX];
    bool resume = false;
    char *map_copies[MAPS_MAX];
    size_t nmaps = 0;
    const char *db = "charla.db";
    int opt, status = 2;

    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'd') {
            db = optarg;
        } else if (opt == 'm') {
            char *eq = strchr(optarg, '=');
            if (nmaps == MAPS_MAX || !eq || eq == optarg || !eq[1]) {
                fprintf(stderr, "charla: --map wants OLD=NEW (at most %d)\n",
                        MAPS_MAX);
                goto out;
            }
            map_copies[nmaps] = strdup(optarg);
            if (!map_copies[nmaps]) {
                status = 1;
                goto out;
            }
            char *c = map_copies[nmaps];
            c[eq - optarg] = '\0';
            maps[nmaps].old_prefix = c;
            maps[nmaps].new_prefix = c + (eq - optarg) + 1;
            nmaps++;
            if (!http_prefix(maps[nmaps - 1].old_prefix) ||
                !http_prefix(maps[nmaps - 1].new_prefix)) {
                fprintf(stderr,
                        "charla: --map: both sides must start with http:// "
                        "or https://\n");
                goto out;
            }
        } else if (opt == 'r') {
            resume = true;
        } else if (opt == 'h') {
            fputs(import_usage, stdout);
            status = 0;
            goto out;
        } else {
            fputs(import_usage, stderr);
            goto out;
        }
    }
    if (argc - optind != 2) {
        fputs(import_usage, stderr);
        goto out;
    }
    const char *format = argv[optind];
    const char *file = argv[optind + 1];
    import_parse_fn parse = NULL;
    bool json = strcmp(format, "json") == 0;
    if (strcmp(format, "blogger") == 0)
        parse = import_blogger;
    else if (strcmp(format, "disqus") == 0)
        parse = import_disqus;
    else if (strcmp(format, "wxr") == 0 || strcmp(format, "wordpress") == 0)
        parse = import_wxr;
    if (!parse && !json) {
        fprintf(stderr, "charla: unknown import format \"%s\"\n", format);
        fputs(import_usage, stderr);
        goto out;
    }
    if (resume && json) {
        fprintf(stderr, "charla: --resume continues an interrupted disqus "
                        "import; a json restore is one transaction\n");
        goto out;
    }

    /* a file that cannot be read stops the import before the store is
       opened: opening it would create an empty database */
    if (access(file, R_OK) != 0) {
        fprintf(stderr, "charla: cannot read %s: %s\n", file, strerror(errno));
        status = 1;
        goto out;
    }
    /* a database this import creates goes again if nothing is stored in
       it: an empty site left behind would pass for a real one */
    struct cli_db_files before;
    bool stored = false;
    cli_db_files_note(db, &before);
    struct buf err;
    buf_init(&err, 4096);
    struct store *st = store_open(db, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        buf_release(&err);
        (void)cli_db_files_remove_new(db, &before);
        status = 1;
        goto out;
    }
    if (record_offsets(st)) {
        status = 1;
    } else if (json) {
        status = run_json_import(st, file, &stored);
    } else {
        struct buf moved;
        buf_init(&moved, 1 << 20);
        struct import_options o = {
            .path_is_own = path_is_own,
            .renamed = &moved,
            .maps = maps,
            .nmaps = nmaps,
            .progress = isatty(STDERR_FILENO) != 0,
            .resume = resume,
            .batch_comments = env_long("CHARLA_IMPORT_BATCH"),
            .stop_after = env_long("CHARLA_IMPORT_STOP_AFTER")};
        struct import_stats stats;
        struct import_summary sum;
        int ret = import_run_opts(st, parse, file, &o, &stats, &sum, &err);
        stored = sum.comments_committed > 0;
        if (ret && sum.comments_committed)
            fprintf(stderr,
                    "charla: import stopped: %s\n"
                    "charla: %ld comments were stored up to the last "
                    "checkpoint; run the same command with --resume to "
                    "continue\n",
                    err.data, sum.comments_committed);
        else if (ret)
            fprintf(stderr, "charla: import failed, nothing was imported: %s\n",
                    err.data);
        else
            import_print_summary(stdout, &stats, &sum);
        if (ret == 0 && moved.len)
            print_renamed(stdout, &moved);
        buf_release(&moved);
        status = ret ? 1 : 0;
    }
    if (record_offsets(st))
        status = 1;
    store_free(st);
    if (status != 0 && !stored && cli_db_files_remove_new(db, &before))
        fprintf(stderr,
                "charla: removed %s again: this import created it "
                "and stored nothing in it\n",
                db);
    buf_release(&err);
out:
    for (size_t i = 0; i < nmaps; i++)
        free(map_copies[i]);
    return status;
}

/*
 * open_output creates (or empties) path for an export. A file holding the
 * site key is its owner's alone (0600, whatever the umask, also when the
 * file was there before); another gets the umask's mode. NULL on failure.
 */
static FILE *open_output(const char *path, bool secret)
{
    if (!secret)
        return fopen(path, "wb");
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return NULL;
    FILE *f = fchmod(fd, 0600) == 0 ? fdopen(fd, "wb") : NULL;
    if (!f)
        close(fd);
    return f;
}

int export_cmd(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"article", required_argument, NULL, 'a'},
        {"out", required_argument, NULL, 'o'},
        {"with-site-key", no_argument, NULL, 'k'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *db = "charla.db", *article = NULL, *out_path = NULL;
    bool with_site_key = false;
    int opt;

    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'd') {
            db = optarg;
        } else if (opt == 'a') {
            article = optarg;
        } else if (opt == 'o') {
            out_path = optarg;
        } else if (opt == 'k') {
            with_site_key = true;
        } else if (opt == 'h') {
            fputs(export_usage, stdout);
            return 0;
        } else {
            fputs(export_usage, stderr);
            return 2;
        }
    }
    if (argc - optind != 1 || strcmp(argv[optind], "json") != 0) {
        fputs(export_usage, stderr);
        return 2;
    }
    struct buf err, tmp;
    buf_init(&err, 4096);
    buf_init(&tmp, 8192);
    struct store *st = NULL;
    FILE *out = stdout;
    int ret = 1;
    if (out_path) {
        /* write next to the target and rename, so a failed export never
         * leaves a half-written backup under the real name; neither name
         * may be the database's */
        buf_addf(&tmp, "%s.tmp", out_path);
        if (buf_failed(&tmp)) {
            fprintf(stderr, "charla: export: the --out path is too long\n");
            goto done;
        }
        if (cli_db_output_check(db, out_path, &err)) {
            fprintf(stderr, "charla: export: %s\n", err.data);
            goto done;
        }
        if (cli_db_output_check(db, tmp.data, &err)) {
            fprintf(stderr,
                    "charla: export: the export is written to %s first, "
                    "then renamed: %s\n",
                    tmp.data, err.data);
            goto done;
        }
    }
    st = cli_db_open(db, CLI_DB_EXISTING, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        goto done;
    }
    if (out_path) {
        out = open_output(tmp.data, with_site_key);
        if (!out) {
            fprintf(stderr, "charla: cannot create %s\n", tmp.data);
            goto done;
        }
    }
    ret = import_export_json(st, article, with_site_key, out, &err);
    if (out != stdout) {
        if (fclose(out) != 0 && ret == 0) {
            ret = ERR_IO;
            buf_addf(&err, "cannot write %s", tmp.data);
        }
        if (ret == 0 && rename(tmp.data, out_path) != 0) {
            ret = ERR_IO;
            buf_addf(&err, "cannot rename %s to %s", tmp.data, out_path);
        }
        if (ret)
            unlink(tmp.data);
    }
    if (ret)
        fprintf(stderr, "charla: export failed: %s\n", err.data);
    else if (with_site_key)
        fprintf(stderr,
                "charla: warning: %s holds the site key: anyone who has it "
                "and a reader's token can link that token to the reader's "
                "handles and comments; keep it as safe as the database, "
                "and delete it once restored\n",
                out_path ? out_path : "the export");
    ret = ret ? 1 : 0;
done:
    store_free(st);
    buf_release(&err);
    buf_release(&tmp);
    return ret;
}
