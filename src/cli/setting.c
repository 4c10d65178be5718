/*
 * setting.c - site settings from the command line. Every key charla reads
 * is in core/setting_keys.c with the kind of value it takes, so a typo or
 * a bad value is refused instead of silently ignored by the server. The
 * site secret (site_key) is never shown or set here. A change is an audit row
 * by "command line", like a save on the staff pages: a list as counts of lines
 * added and removed, a secret (and the webhook URL, which may carry one)
 * only as changed, any other value as before → after. Unsetting a key
 * that is not set changes nothing and writes no row.
 *
 * An empty value is refused rather than stored: `setting set metrics_token
 * ""` from a script whose variable was empty would otherwise open /metrics
 * to all without a word. `setting unset` says that on purpose.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cli/db_file.h"
#include "cli/setting.h"
#include "core/setting_change.h"
#include "core/setting_keys.h"
#include "core/site.h"
#include "store/store.h"

static int usage(void)
{
    fputs("usage: charla setting get KEY [--db PATH]\n"
          "       charla setting set KEY VALUE [--db PATH]\n"
          "       charla setting unset KEY [--db PATH]\n"
          "       charla setting keys\n"
          "A value may start with '-' (\"-06:00\"); after \"--\" no word is "
          "an option.\n"
          "A running server reads most settings at once; site_title, "
          "timezone\nand hsts_max_age at its next start.\n",
          stderr);
    return 2;
}

/* The longest value a refusal quotes; a longer one is not repeated. */
#define REFUSAL_QUOTE_MAX 80

/* print_refusal says why value[0, len) was refused for k, naming the
 * value when it is short enough to read and not a secret, its control
 * bytes as '?'. */
static void print_refusal(const struct setting_key *k, const char *value,
                          size_t len, const char *bad)
{
    fprintf(stderr, "charla: %s ", k->key);
    if (len <= REFUSAL_QUOTE_MAX && !k->secret) {
        fputc('"', stderr);
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)value[i];
            fputc(c >= 0x20 && c != 0x7f ? c : '?', stderr);
        }
        fputs("\" ", stderr);
    }
    fprintf(stderr, "%s\n", bad);
}

/*
 * record_offsets gives every comment stored without a zone offset the
 * zone the site has now, before the zone changes: the one its writer read
 * the thread in (core/site.h), so its time references keep their targets.
 */
static int record_offsets(struct store *st)
{
    struct site zone;
    int ret = site_zone_load(st, &zone);
    if (ret == 0)
        ret = site_fill_comment_offsets(st, &zone, NULL);
    return ret;
}

/* print_unset says on stderr that k is not set ("is" or "was") and what
 * charla uses instead. */
static void print_unset(const struct setting_key *k, const char *verb)
{
    fprintf(stderr, "charla: %s %s not set", k->key, verb);
    if (k->dflt)
        fprintf(stderr, " (default: %s)", k->dflt);
    fputc('\n', stderr);
}

/* change_set stores key = value and its audit row, in one transaction;
 * *changed is false (and nothing is written) when value is what is stored
 * already and value is "" (unsetting a key that is not set). */
static int change_set(struct store *st, const struct setting_key *k,
                      const char *value, bool *changed)
{
    struct arena a;
    struct buf note;
    const char *before = "";
    arena_init(&a, 0);
    buf_init(&note, 1024);
    int ret = store_begin(st);
    if (ret == 0) {
        ret = store_setting_get(st, k->key, &a, &before);
        if (ret == ERR_NOTFOUND) {
            before = "";
            ret = 0;
        }
    }
    *changed = ret != 0 || value[0] || before[0];
    if (!*changed) {
        store_rollback(st);
        arena_release(&a);
        buf_release(&note);
        return 0;
    }
    if (ret == 0)
        ret = store_setting_set(st, k->key, value);
    if (k->secret) {
        if (strcmp(before, value) != 0) {
            buf_adds(&note, k->key);
            buf_adds(&note, ": changed");
        }
    } else {
        setting_note_add(&note, k->key, before, value,
                         k->kind == SETTING_LIST || k->kind == SETTING_ORIGINS);
    }
    struct audit_entry e = {.at = (int64_t)time(NULL),
                            .actor = "command line",
                            .action = "settings",
                            .from_status = -1,
                            .to_status = -1,
                            .reason = "command line",
                            .note = note.len ? note.data : "no change"};
    if (ret == 0)
        ret = buf_failed(&note) ? ERR_NOMEM : store_audit_add(st, &e);
    if (ret == 0)
        ret = store_commit(st);
    else
        store_rollback(st);
    buf_release(&note);
    arena_release(&a);
    return ret;
}

/* The words of a setting command: its one option (--db PATH or
 * --db=PATH) and the rest in order. A value may start with '-' (a time
 * zone of "-06:00", a negative number), so only "--" words are options;
 * after a word "--", none is. */
#define SETTING_WORDS 3

int cli_setting(int argc, char **argv)
{
    const char *db = "charla.db";
    char *words[SETTING_WORDS];
    int rest = 0;
    bool options = true;
    for (int i = 1; i < argc; i++) {
        const char *w = argv[i];
        if (options && strcmp(w, "--") == 0) {
            options = false;
        } else if (options && strcmp(w, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (options && strncmp(w, "--db=", 5) == 0) {
            db = w + 5;
        } else if (options && strncmp(w, "--", 2) == 0) {
            return usage();
        } else {
            if (rest == SETTING_WORDS)
                return usage();
            words[rest++] = argv[i];
        }
    }
    argv = words;
    int optind = 0;
    const char *verb = rest > 0 ? argv[optind] : "";
    if (strcmp(verb, "keys") == 0 && rest == 1) {
        for (size_t i = 0; i < setting_key_count(); i++) {
            const struct setting_key *k = setting_key_at(i);
            printf("%-27s %s", k->key, k->what);
            if (k->dflt)
                printf(" (default: %s)", k->dflt);
            putchar('\n');
        }
        return 0;
    }
    bool set = strcmp(verb, "set") == 0;
    if (!((set && rest == 3) ||
          ((strcmp(verb, "get") == 0 || strcmp(verb, "unset") == 0) &&
           rest == 2)))
        return usage();
    const char *key = argv[optind + 1];
    const struct setting_key *k = setting_key_find(key);
    if (!k) {
        fprintf(stderr,
                "charla: unknown setting \"%s\" (see: charla setting "
                "keys)\n",
                key);
        return 2;
    }
    const char *value = set ? argv[optind + 2] : "";
    if (set && !value[0]) {
        fprintf(stderr,
                "charla: %s: an empty value is not stored; to unset the "
                "setting, run: charla setting unset %s\n",
                key, key);
        return 1;
    }
    const char *part; /* the entry of a list that was refused */
    size_t part_len;
    const char *bad =
        set ? setting_key_check_part(k, value, &part, &part_len) : NULL;
    if (bad) {
        if (part)
            print_refusal(k, part, part_len, bad);
        else
            print_refusal(k, value, strlen(value), bad);
        return 1;
    }
    struct buf err;
    buf_init(&err, 4096);
    /* a setting may be set before the site's first start */
    struct store *st =
        cli_db_open(db, set ? CLI_DB_MAY_CREATE : CLI_DB_EXISTING, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        buf_release(&err);
        return 1;
    }
    int status = 0;
    if (strcmp(verb, "get") == 0) {
        struct arena a;
        const char *v;
        arena_init(&a, 0);
        int ret = store_setting_get(st, key, &a, &v);
        /* unset stores "", which every reader of a setting takes for
         * unset: so does get */
        if (ret == 0 && v[0]) {
            printf("%s\n", v);
        } else if (ret == 0 || ret == ERR_NOTFOUND) {
            /* unset: exit 1 and nothing on stdout, like git config; what
             * charla uses instead goes to stderr, for the person */
            print_unset(k, "is");
            status = 1;
        } else {
            fprintf(stderr, "charla: cannot read the setting\n");
            status = 1;
        }
        arena_release(&a);
    } else if (k->kind == SETTING_TZ && record_offsets(st)) {
        fprintf(stderr, "charla: cannot record the time zone of comments\n");
        status = 1;
    } else {
        bool changed;
        if (change_set(st, k, value, &changed)) {
            fprintf(stderr, "charla: cannot store the setting\n");
            status = 1;
        } else if (!changed) {
            print_unset(k, "was");
        }
    }
    store_free(st);
    buf_release(&err);
    return status;
}
