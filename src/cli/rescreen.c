/*
 * rescreen.c - `charla rescreen`: screens comments already published and
 * holds for review the ones a new post with the same words would be held
 * for.
 *
 * Screening runs when a reader posts. Comments that came in another way
 * were never screened: an imported Blogger, Disqus or WordPress history
 * (the reference page's thread holds a call to kill a man), or a thread
 * read before a better model or a longer word list. This command reads
 * every visible comment of the site (or of one article) through the same
 * screen, with the site's settings, and moves those it would hold to the
 * moderation queue, with their scores and spans, exactly as a held post
 * arrives there. The display name is screened with the text, as posting
 * screens it (screening_check_pair). Nothing is removed or rewritten: a
 * moderator approves or removes each one. Staff comments are left alone,
 * as posting does.
 *
 * A moderator's decision wins over the machine: a comment a moderator
 * approved or restored (core/mod_decision.h) has been read by a person
 * and is not held again, only counted as skipped, unless
 * --include-approved asks for it (a site that finds its moderators let
 * through what it now refuses).
 *
 * `--model none` screens as `charla serve --model none` does, with the
 * site's word lists, the rule grammars and the doxxing guard only, so a
 * site that serves that way holds what its server would have held.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "api/screening.h"
#include "cli/db_file.h"
#include "cli/rescreen.h"
#include "core/mod_decision.h"
#include "screen/screen.h"
#include "store/store.h"
#include "util/str.h"

static const char rescreen_usage[] =
    "usage: charla rescreen [--db PATH] [--article ID] [--model FILE|none]\n"
    "                       [--dry-run] [--include-approved]\n"
    "Screens the visible comments (of every article, or of one) and holds\n"
    "for review those a new post would be held for. --dry-run only lists\n"
    "them. Comments a moderator approved or restored are skipped, unless\n"
    "--include-approved. --model none screens as `charla serve --model\n"
    "none` does: the site's word lists, the rule grammars and the doxxing\n"
    "guard only.\n";

struct rescreen {
    struct store *st;
    const struct screen_model *m;
    struct screen_policy pol;
    bool dry_run;
    bool include_approved; /* hold again what a moderator let through */
    int64_t now;
    size_t screened, held;
    size_t skipped; /* would be held, but a moderator decided on them */
};

/* add_quoted appends a word list entry in quotes, its control bytes as
 * '?' (an entry is the site's, but a terminal is no place for them). */
static void add_quoted(struct buf *b, const char *what, const char *entry)
{
    buf_addf(b, "%s%s \"", b->len ? ", " : "", what);
    for (const char *p = entry; *p; p++) {
        unsigned char c = (unsigned char)*p;
        buf_addc(b, c < 0x20 || c == 0x7f || c == '"' ? '?' : (char)c);
    }
    buf_addc(b, '"');
}

/*
 * why_held writes into b what held a verdict, as the list shows it: each
 * rule that held it (a banned word, a protected name, the doxxing guard, a
 * suspect word), then the category and score when the score alone held
 * it. A comment held for a suspect word whose top score is 0.137 says
 * `suspect word "sicario"`, not `identity_hate 0.137`.
 */
static void why_held(struct buf *b, const struct screen_verdict *v)
{
    if (v->banned)
        add_quoted(b, "banned word", v->banned_word);
    if (v->protected_name[0])
        add_quoted(b, "protected name", v->protected_name);
    else if (v->doxxing)
        buf_addf(b, "%sdoxxing", b->len ? ", " : "");
    if (v->suspect_word[0])
        add_quoted(b, "suspect word", v->suspect_word);
    if (v->over_threshold || !b->len)
        buf_addf(b, "%s%s %.3f", b->len ? ", " : "",
                 v->category ? v->category : "-", (double)v->score);
}

/* Moves comment c from visible to held, with verdicts v for the queue and
 * a note for the log: why and field (" (name)" or ""), as the command
 * prints them (why_held; the audit log reads it in the page's language,
 * render/audit_words.c).
 * Returns 0, ERR_CONFLICT when it is no longer visible, or another
 * error. */
static int rescreen_hold(struct rescreen *r, const struct comment *c,
                         const struct screening_pair *v, const char *why,
                         const char *field)
{
    struct buf json, note;
    buf_init(&json, 64 * 1024);
    buf_init(&note, 1024); /* why_held: at most three words of 63 bytes */
    screening_pair_json(&json, v, c->body, strlen(c->body), c->author_name,
                        strlen(c->author_name));
    buf_addf(&note, "rescreened: %s%s", why, field);
    int ret = ERR_NOMEM;
    if (!buf_failed(&json) && !buf_failed(&note)) {
        struct transition t = {.comment_id = c->id,
                               .from = COMMENT_VISIBLE,
                               .to = COMMENT_HELD,
                               .action = "hold",
                               .reason = "",
                               .note = note.data,
                               .actor = "system",
                               .at = r->now,
                               .new_screen = json.data};
        ret = store_comment_transition(r->st, &t);
    }
    buf_release(&json);
    buf_release(&note);
    return ret;
}

/* Screens comment c and holds it when the screen would (lists it, with
 * --dry-run). Returns 0 or an error of the store. */
static int rescreen_comment(struct rescreen *r, const struct article *art,
                            const struct comment *c)
{
    struct screening_pair v;
    /* a failure holds, as on posting: nothing goes unscreened */
    bool failed =
        screening_check_pair(r->m, &r->pol, c->body, strlen(c->body),
                             c->author_name, strlen(c->author_name), &v) != 0;
    r->screened++;
    if (!screening_pair_holds(&v) && !screening_pair_refuses(&v) && !failed)
        return 0;
    if (!r->include_approved) {
        bool decided;
        int ret = mod_decided_to_publish(r->st, c->id, &decided);
        if (ret)
            return ret;
        if (decided) {
            r->skipped++;
            return 0;
        }
    }
    /* the body's verdict says why, unless only the name was held */
    const struct screen_verdict *why =
        v.body.hold || v.body.banned || !(v.name.hold || v.name.banned)
            ? &v.body
            : &v.name;
    const char *field = why == &v.name ? " (name)" : "";
    struct buf reason;
    buf_init(&reason, 512);
    why_held(&reason, why);
    int ret = buf_failed(&reason) ? ERR_NOMEM
              : r->dry_run        ? 0
                                  : rescreen_hold(r, c, &v, reason.data, field);
    if (ret == ERR_CONFLICT) /* a moderator changed it meanwhile: theirs
                                is the last word */
        ret = 0;
    else if (ret == 0) {
        printf("%s #%s: %s%s\n", art->path, c->number, reason.data, field);
        r->held++;
    }
    buf_release(&reason);
    return ret;
}

static int rescreen_article(struct rescreen *r, const struct article *art)
{
    struct arena a;
    arena_init(&a, 0);
    struct comment *cs;
    size_t n;
    int ret = store_comment_list(r->st, art->id, &a, &cs, &n);
    for (size_t i = 0; ret == 0 && i < n; i++)
        if (cs[i].status == COMMENT_VISIBLE &&
            cs[i].author_kind != AUTHOR_STAFF && cs[i].body[0])
            ret = rescreen_comment(r, art, &cs[i]);
    arena_release(&a);
    return ret;
}

static int rescreen_site(struct rescreen *r, int64_t only)
{
    struct arena a;
    arena_init(&a, 0);
    struct article *arts, one;
    size_t n = 1;
    int ret;
    if (only) {
        ret = store_article_get(r->st, only, &a, &one);
        arts = &one;
        if (ret == ERR_NOTFOUND)
            fprintf(stderr, "charla: rescreen: no article %lld\n",
                    (long long)only);
    } else {
        ret = store_article_list(r->st, false, &a, &arts, &n);
    }
    for (size_t i = 0; ret == 0 && i < n; i++)
        ret = rescreen_article(r, &arts[i]);
    arena_release(&a);
    return ret;
}

int cli_rescreen(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'd'},
        {"article", required_argument, NULL, 'a'},
        {"model", required_argument, NULL, 'm'},
        {"dry-run", no_argument, NULL, 'n'},
        {"include-approved", no_argument, NULL, 'i'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *db = "charla.db", *model = SCREEN_DEFAULT_MODEL;
    int64_t only = 0;
    bool dry_run = false, include_approved = false;
    int opt;
    optind = 1;
    while ((opt = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if (opt == 'd') {
            db = optarg;
        } else if (opt == 'm') {
            model = optarg;
        } else if (opt == 'n') {
            dry_run = true;
        } else if (opt == 'i') {
            include_approved = true;
        } else if (opt == 'a' && str_to_int(optarg, strlen(optarg), 1,
                                            INT64_MAX, &only) == 0) {
            continue;
        } else if (opt == 'h') {
            fputs(rescreen_usage, stdout);
            return 0;
        } else {
            fputs(rescreen_usage, stderr);
            return 2;
        }
    }
    if (optind != argc) {
        fputs(rescreen_usage, stderr);
        return 2;
    }
    struct buf err;
    buf_init(&err, 4096);
    struct screen_model *m = NULL;
    if (screen_model_open(model, "charla: rescreen", "the site's word lists",
                          &m, &err)) {
        fprintf(stderr, "charla: rescreen: %s\n", err.data);
        buf_release(&err);
        return 1;
    }
    struct store *st = cli_db_open(db, CLI_DB_EXISTING, &err);
    if (!st) {
        fprintf(stderr, "charla: %s\n", err.data);
        screen_model_free(m);
        buf_release(&err);
        return 1;
    }
    struct arena a; /* the settings' strings */
    arena_init(&a, 0);
    struct rescreen r = {.st = st,
                         .m = m,
                         .dry_run = dry_run,
                         .include_approved = include_approved,
                         .now = (int64_t)time(NULL)};
    screening_policy(st, &a, &r.pol);
    int ret = rescreen_site(&r, only);
    if (ret == 0 && r.skipped)
        printf("%zu comments screened, %zu %s, %zu skipped: a moderator "
               "approved or restored them (--include-approved holds them "
               "too)\n",
               r.screened, r.held,
               dry_run ? "would be held" : "held for review", r.skipped);
    else if (ret == 0)
        printf("%zu comments screened, %zu %s\n", r.screened, r.held,
               dry_run ? "would be held" : "held for review");
    else if (ret != ERR_NOTFOUND)
        fprintf(stderr,
                "charla: rescreen: the database failed (%d); the "
                "comments held so far stay held\n",
                ret);
    arena_release(&a);
    store_free(st);
    screen_model_free(m);
    buf_release(&err);
    return ret ? 1 : 0;
}
