/*
 * user.c - staff accounts from the command line. Passwords are read from
 * standard input: on a terminal without echo and twice, otherwise one line
 * (so scripts can pipe it in). They are wiped from memory after hashing.
 */
#include <getopt.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cli/db_file.h"
#include "cli/user.h"
#include "core/staff.h"
#include "store/store.h"

static const char user_usage[] =
    "usage: charla user add NAME --role admin|editor|moderator [--db PATH]\n"
    "       charla user list [--db PATH]\n"
    "       charla user remove NAME [--db PATH]\n"
    "       charla user passwd NAME [--db PATH]\n"
    "       charla user role NAME admin|editor|moderator [--db PATH]\n"
    "The password is read from standard input.\n";

/* read_line reads one line without its newline. Returns 0 or -1. */
static int read_line(const char *prompt, char *out, size_t cap)
{
    bool tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fprintf(stderr, "%s", prompt);
        tcgetattr(STDIN_FILENO, &old);
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char *got = fgets(out, (int)cap, stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fprintf(stderr, "\n");
    }
    if (!got)
        return -1;
    out[strcspn(out, "\r\n")] = '\0';
    return 0;
}

static int read_password(char *pw, size_t cap)
{
    if (read_line("Password: ", pw, cap)) {
        fprintf(stderr, "charla: no password given on standard input\n");
        return -1;
    }
    if (isatty(STDIN_FILENO)) {
        char again[STAFF_PASSWORD_MAX + 2];
        int bad = read_line("Again: ", again, sizeof(again)) ||
                  strcmp(pw, again) != 0;
        sodium_memzero(again, sizeof(again));
        if (bad) {
            fprintf(stderr, "charla: the passwords differ\n");
            return -1;
        }
    }
    return 0;
}

int cli_user(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"role", required_argument, NULL, 'r'},
        {NULL, 0, NULL, 0}};
    const char *db = "charla.db", *role_s = NULL;
    int opt;

    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'd')
            db = optarg;
        else if (opt == 'r')
            role_s = optarg;
        else {
            fputs(user_usage, stderr);
            return 2;
        }
    }
    int rest = argc - optind;
    const char *verb = rest > 0 ? argv[optind] : "";
    const char *name = rest > 1 ? argv[optind + 1] : NULL;
    bool is_role = strcmp(verb, "role") == 0;
    /* words after the verb: list none, role NAME ROLE, the rest NAME */
    int words = strcmp(verb, "list") == 0 ? 0 : is_role ? 2 : 1;
    if (strcmp(verb, "add") == 0 && !role_s && rest == 2) {
        fprintf(stderr, "charla: a new account needs --role admin, editor "
                        "or moderator\n");
        fputs(user_usage, stderr);
        return 2;
    }
    if (!*verb || rest != words + 1 || (strcmp(verb, "add") == 0 && !role_s) ||
        (strcmp(verb, "add") != 0 && role_s)) {
        fputs(user_usage, stderr);
        return 2;
    }
    if (is_role)
        role_s = argv[optind + 2];
    int role = role_s ? role_parse(role_s) : 0;
    if (role_s && !role) {
        fprintf(stderr, "charla: the role is admin, editor or moderator\n");
        fputs(user_usage, stderr);
        return 2;
    }
    if (strcmp(verb, "add") && strcmp(verb, "list") && strcmp(verb, "remove") &&
        strcmp(verb, "passwd") && strcmp(verb, "role")) {
        fputs(user_usage, stderr);
        return 2;
    }

    struct buf msg;
    buf_init(&msg, 4096);
    /* an account may be added before the site's first start */
    struct store *st = cli_db_open(
        db, strcmp(verb, "add") == 0 ? CLI_DB_MAY_CREATE : CLI_DB_EXISTING,
        &msg);
    if (!st) {
        fprintf(stderr, "charla: %s\n", msg.data);
        buf_release(&msg);
        return 1;
    }
    int status = 1;
    char pw[STAFF_PASSWORD_MAX + 2];
    if (strcmp(verb, "list") == 0) {
        struct arena a;
        struct user *users;
        size_t n;
        arena_init(&a, 0);
        if (store_user_list(st, &a, &users, &n) == 0) {
            for (size_t i = 0; i < n; i++)
                printf("%s\t%s\n", users[i].name, role_name(users[i].role));
            status = 0;
        } else {
            fprintf(stderr, "charla: cannot list the accounts\n");
        }
        arena_release(&a);
    } else if (strcmp(verb, "remove") == 0) {
        if (staff_user_remove(st, name, &msg) == 0) {
            printf("removed %s\n", name);
            status = 0;
        }
    } else if (is_role) {
        if (staff_user_role(st, name, (enum role)role, &msg) == 0) {
            printf("%s is now %s\n", name, role_name((enum role)role));
            status = 0;
        }
    } else if (read_password(pw, sizeof(pw)) == 0) {
        int ret = strcmp(verb, "add") == 0
                      ? staff_user_add(st, name, (enum role)role, pw,
                                       (int64_t)time(NULL), &msg)
                      : staff_user_passwd(st, name, pw, &msg);
        if (ret == 0) {
            printf("%s %s\n", strcmp(verb, "add") == 0 ? "added" : "updated",
                   name);
            status = 0;
        }
    }
    sodium_memzero(pw, sizeof(pw));
    if (status && msg.len)
        fprintf(stderr, "charla: %s\n", msg.data);
    store_free(st);
    buf_release(&msg);
    return status;
}
