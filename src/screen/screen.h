/*
 * screen.h - offline abuse screening for new comments (English and Spanish).
 *
 * A comment is normalised (NFKC, case folding, accents, look-alike letters,
 * l33t digits and symbols, stretched letters, spaced-out letters), scored
 * by a small linear model over hashed word and character n-grams plus
 * lexicon hits, checked against threat and hate patterns and a doxxing
 * guard (phones, e-mail, street addresses, plates, protected names), and
 * compared with the site's banned and suspect words. The result says
 * whether to hold the comment for review and which spans of the ORIGINAL
 * text drove that, for the moderator's highlight.
 *
 * Thread safety: a loaded model is read-only; any number of threads may
 * call screen_check on the same model and policy at once.
 */
#ifndef CHARLA_SCREEN_SCREEN_H
#define CHARLA_SCREEN_SCREEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* The categories a comment can be held for. Order is part of the model
 * file format: do not reorder, only append (and bump the format). */
enum screen_category {
    SCREEN_INSULT = 0,
    SCREEN_IDENTITY_HATE,
    SCREEN_THREAT,
    SCREEN_PROFANITY,
    SCREEN_SEXUAL,
    SCREEN_SPAM,
    SCREEN_DOXXING,
    SCREEN_NCAT /* count, not a category */
};

#define SCREEN_MAX_SPANS 16
#define SCREEN_DEFAULT_MODEL "models/charla.model"
/* `--model none`: screen without a model, on purpose (screen_model_open) */
#define SCREEN_NO_MODEL "none"
#define SCREEN_DEFAULT_THRESHOLD 0.5f

/* screen_category_name returns "insult", "identity_hate", "threat",
 * "profanity", "sexual", "spam" or "doxxing"; NULL for an unknown value.
 * The string is static. */
const char *screen_category_name(int category);

/* screen_category_from_name is the inverse; -1 if unknown. */
int screen_category_from_name(const char *name);

struct screen_model;

/*
 * screen_model_load reads a model file (written by `charla train`) into
 * read-only memory of its own and checks its magic, format version, sizes
 * and checksum; what happens to the file afterwards cannot touch it.
 * Returns a model the caller frees with screen_model_free, or NULL with a
 * one-line reason appended to err (a missing file, a truncated or corrupt
 * file, a wrong magic or an unsupported version).
 */
struct screen_model *screen_model_load(const char *path, struct buf *err);

/*
 * screen_model_open loads the model a command was given with --model
 * (serve, classify, rescreen): path NULL means SCREEN_DEFAULT_MODEL. The
 * path SCREEN_NO_MODEL ("none") is the operator choosing to screen
 * without a model: *out is NULL, and one warning line goes to stderr,
 * after who ("charla", "charla classify"), saying what screens instead:
 * lists (the word lists in use, say "the site's word lists"; NULL for
 * none), the rule grammars and the doxxing guard (screen_check with no
 * model). Returns 0 with *out a model the caller frees with
 * screen_model_free, or NULL for "none"; or ERR_NOTFOUND with
 * screen_model_load's reason appended to err.
 */
MUST_CHECK int screen_model_open(const char *path, const char *who,
                                 const char *lists, struct screen_model **out,
                                 struct buf *err);

/* screen_model_free unmaps the model. Accepts NULL. */
void screen_model_free(struct screen_model *m);

/* screen_model_version returns the model's format version (for logs). */
uint32_t screen_model_version(const struct screen_model *m);

/* What a loaded model file says about itself, for logs and the admin
 * page. */
struct screen_model_info {
    uint32_t version;   /* file format version */
    uint32_t hash_bits; /* 2^hash_bits weight rows */
    uint32_t n_train;   /* labelled rows it was trained on */
    uint64_t checksum;  /* of the bytes after the header */
    uint64_t file_size; /* bytes */
    bool permissive;    /* trained on openly licensed sets only */
};

/* screen_model_info fills *out from m's header. */
void screen_model_info(const struct screen_model *m,
                       struct screen_model_info *out);

/*
 * The site's screening settings. The server fills it from its settings and
 * may share one policy between threads; screen_check only reads it.
 *
 * Each word list is one borrowed string of entries separated by newlines
 * ("pendejo\nhijo de puta\n"); empty lines and lines starting with '#' are
 * ignored; NULL means an empty list. Entries are normalised like comments,
 * so "Pendéjo" also matches "p3nd3j0"; an entry of several words matches
 * those words in sequence.
 */
struct screen_policy {
    float hold_threshold;        /* hold when the hold score >= this (0..1);
                                    0 means SCREEN_DEFAULT_THRESHOLD */
    const char *banned_words;    /* refuse the comment (server answers 422) */
    const char *suspect_words;   /* hold for review */
    const char *protected_names; /* victims, minors, sources, reporters:
                                    hold as doxxing */
    bool publish_profanity;      /* publish a comment that would be held
                                    for profanity alone: no other category
                                    at its decision point (0.5), no rule but
                                    profanity's, no word list, no doxxing */
    bool display_name;           /* the text is a reader's display name:
                                    the model's score holds it only where a
                                    word of the lexicons or a rule stands
                                    (a name is held for its words, not for
                                    looking like the names abuse named) */
};

/* screen_policy_init fills a policy with the defaults and empty lists. */
void screen_policy_init(struct screen_policy *p);

/* One highlighted stretch of the original comment. */
struct screen_span {
    uint32_t offset; /* byte offset into the ORIGINAL text */
    uint32_t len;    /* length in bytes of the original text */
    int category;    /* enum screen_category, or -1 (model, no category) */
    float weight;    /* how much it pushed the score (for ordering) */
};

struct screen_verdict {
    bool hold;                    /* hold for review (score >= threshold,
                                     banned, suspect, or doxxing) */
    bool banned;                  /* a banned word was used: refuse */
    char banned_word[64];         /* the policy entry that matched, NUL-ended
                                     (truncated if longer) */
    char suspect_word[64];        /* held for a suspect word: its entry, as
                                     banned_word; "" if none */
    char protected_name[64];      /* held for a protected name: its entry,
                                     as banned_word; "" if none */
    bool doxxing;                 /* the doxxing guard found a phone, an
                                     address, an id or a person exposed
                                     (a protected name alone: false) */
    bool over_threshold;          /* the score alone would hold it (not the
                                     1.0 a word list or the guard sets) */
    float score;                  /* the hold score, 0..1 */
    const char *category;         /* held: the top category name (static
                                     string); NULL when not held or when
                                     nothing scored (a banned or suspect
                                     word alone) */
    float cat_score[SCREEN_NCAT]; /* per category, 0..1 */
    size_t nspans;                /* entries used in spans */
    struct screen_span spans[SCREEN_MAX_SPANS]; /* most important first */
};

/*
 * screen_check scores one comment. text need not be NUL-terminated and may
 * hold invalid UTF-8 (bad bytes count as separators). m may be NULL: then
 * only the checks that need no model run (site word lists, the rule
 * grammars, doxxing guard).
 * p may be NULL for the defaults. Fills *out completely; out borrows
 * nothing from text, m or p except the static category strings.
 * Cost: a few microseconds for a tweet-sized comment, plus time linear in
 * the policy lists' length. Safe to call from many threads at once.
 * Returns 0, or ERR_NOMEM (out then says hold with score 1, so a failure
 * never lets a comment through unscreened).
 */
MUST_CHECK int screen_check(const struct screen_model *m,
                            const struct screen_policy *p, const char *text,
                            size_t len, struct screen_verdict *out);

/*
 * Command-line entry points for `charla classify|train|eval`. argv[0] is
 * the subcommand name, the rest are its options (see each command's
 * --help). They return the exit code: 0 ok, 2 usage error, 1 any other
 * failure, with a message on stderr.
 */
int screen_cmd_classify(int argc, char **argv);
int screen_cmd_train(int argc, char **argv);
int screen_cmd_eval(int argc, char **argv);

#endif
