/*
 * page_admin.h - the staff pages under /admin: login, the moderation
 * queue, the audit log, the statistics and the article editor.
 *
 * Like every page, they are written from values the handlers (api/admin*.c)
 * assembled; render never queries the store. Every state-changing form
 * carries the session's CSRF token in a hidden "csrf" field. Every page
 * works without JavaScript; web/admin.js adds the queue's keyboard
 * actions on top of the same forms.
 */
#ifndef CHARLA_RENDER_PAGE_ADMIN_H
#define CHARLA_RENDER_PAGE_ADMIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/model.h"
#include "core/site.h"
#include "render/json.h"
#include "render/msg.h"
#include "util/arena.h"
#include "util/buf.h"

/* Which entry of the staff navigation a page belongs to. */
enum admin_nav {
    ADMIN_NAV_NONE,
    ADMIN_NAV_QUEUE,
    ADMIN_NAV_LOG,
    ADMIN_NAV_STATS,
    ADMIN_NAV_ARTICLES,
    ADMIN_NAV_WEBHOOKS,
    ADMIN_NAV_SCREENING,
    ADMIN_NAV_BANS
};

/* What every staff page needs (all borrowed for the call). */
struct admin_ctx {
    const struct site *site;
    const struct session *se; /* the logged-in staff member */
    const char *flash;        /* a success message, or NULL */
    const char *error;        /* an error message, or NULL */
    int64_t error_id;         /* the queue item error is about, or 0 */
    const char *error_span;   /* what was typed in its redact field */
};

/*
 * page_admin_begin writes the common layout (page_begin), the staff
 * stylesheet and script, the navigation with the user's name and role,
 * the log-out form, and the flash or error message. page_admin_end
 * closes it.
 */
void page_admin_begin(struct buf *b, const struct admin_ctx *ctx,
                      enum admin_nav nav, const char *title);
void page_admin_end(struct buf *b);

/* admin_local_time writes t (unix seconds) as a <time> element in the
 * site's time zone and language. */
void admin_local_time(struct buf *b, const struct site *site, int64_t t);

/* admin_csrf_field writes the hidden input every staff form carries: the
 * session's CSRF token. */
void admin_csrf_field(struct buf *b, const struct admin_ctx *ctx);

/* What a form that keeps a draft holds, for web/draft.js: whether a
 * draft kept in the browser may be newer than it. */
enum admin_form_shows {
    ADMIN_FORM_STORED, /* what is stored (a GET) */
    ADMIN_FORM_SAVED,  /* what is stored, just saved from this form */
    ADMIN_FORM_POSTED  /* the values sent (a preview, or a refused save) */
};

/*
 * A form whose text must survive the end of the session keeps a draft
 * in the browser (web/draft.js): admin_draft_offer writes, before the
 * form, the hidden box the script shows to offer a draft back, with
 * stale the note for a draft older than what is stored now, and a
 * <noscript> note that without JavaScript nothing keeps the text;
 * admin_draft_attrs writes the form tag's attributes that mark it (keep:
 * a hidden field the draft keeps too, such as "base", or NULL).
 */
void admin_draft_offer(struct buf *b, enum msg_id stale);
void admin_draft_attrs(struct buf *b, enum admin_form_shows shows,
                       const char *keep);

/*
 * The login form; error (or NULL) above it, name (or NULL) kept, next
 * (or NULL: the queue) the staff page to go to once logged in. With
 * draft_kept, the form is marked (data-draft-return) so that web/draft.js
 * brings the text kept in the browser back into next's form at once.
 */
void page_admin_login(struct buf *b, const struct site *site, const char *error,
                      const char *name, const char *next, bool draft_kept);

/* The queue page's filters, echoed into links and the actions' forms. */
struct admin_queue_filter {
    int64_t article_id; /* 0 for every article */
    const char *why;    /* "pending", "held", "reported", "screening", "" */
    bool newest;        /* newest first instead of oldest first */
    int64_t page;       /* 1 for the first ADMIN_QUEUE_PAGE_SIZE items */
};

/* Items on one page of the queue page. */
#define ADMIN_QUEUE_PAGE_SIZE 50
/* The highest ?page= the queue page takes. */
#define ADMIN_QUEUE_PAGE_MAX 100000

/*
 * page_admin_queue writes the queue: a banner for each article in raid
 * mode (raids, with a form to end it), items (page f->page of the total
 * comments the filters select), the filter form (arts: every article, for
 * its select), the keyboard cheat-sheet, the bulk form (a box on each
 * item, approve or remove the ticked ones) and, under the items, links to
 * the other pages and to the queue's private feed (feed_path, the secret
 * "/feeds/queue/<token>.atom"; NULL for no link).
 * Returns 0, or ERR_NOMEM / ERR_TOOBIG from rendering a body.
 */
MUST_CHECK int page_admin_queue(struct buf *b, const struct admin_ctx *ctx,
                                const struct queue_item *items, size_t n,
                                int64_t total,
                                const struct admin_queue_filter *f,
                                const struct article *arts, size_t narts,
                                const struct article *raids, size_t nraids,
                                const char *feed_path, struct arena *a);

/*
 * page_admin_author writes who wrote c as staff pages show it: the typed
 * name, then the staff badge or the reader's handle ("Anonymous" before a
 * handle with no name, as the public page has it), every piece escaped.
 */
void page_admin_author(struct buf *b, const struct comment *c);

/*
 * page_admin_ban_in_force writes the sentence saying a comment's author is
 * banned, until when (a <time> in the site's zone) or for good.
 */
void page_admin_ban_in_force(struct buf *b, const struct site *site,
                             const struct ban *ban);

/*
 * page_admin_ban_fields writes a ban form's fields: the duration select
 * (1 day, 7 days, for good; 7 days chosen), labelled, its id id_prefix
 * then id, and the submit button; with ask, the select carries the
 * confirmation admin.js asks before a ban (banned: that the author is
 * banned already, and a new ban replaces that one).
 */
void page_admin_ban_fields(struct buf *b, const char *id_prefix, int64_t id,
                           bool ask, bool banned);

/*
 * page_admin_reason_fields writes a remove form's fields: the required
 * select of mod_default_reasons (each shown by msg_reason, after "N. "
 * when numbered), labelled, its id id_prefix then id, and the submit
 * button.
 */
void page_admin_reason_fields(struct buf *b, const char *id_prefix, int64_t id,
                              bool numbered);

/* page_admin_redact_fields writes the fields of a form redacting comment
 * c (POST /admin/queue/{id}/redact): the text to replace with
 * "[redacted]", required (value in it, unless NULL: what the moderator
 * typed into a redaction refused), and the button. */
void page_admin_redact_fields(struct buf *b, const struct comment *c,
                              const char *value);

/*
 * page_admin_screen_marks writes body with the byte spans named by the
 * screening JSON (see model.h: comment->screen) in <mark> elements, every
 * piece escaped, preceded by the category and score; when the display
 * name was held too (the JSON's "name", see api/screening.h), a line with
 * its category and score and name with its spans marked. name may be
 * NULL. A span is marked only if its "text" is the bytes at its offset;
 * "spans_cleared" adds a line saying the highlights were cleared. Writes
 * nothing if screen is empty or not the JSON we expect. With
 * SCREEN_MARKS_WORDS_ONLY the body is not written, only its marked words
 * after a label: for a page that shows the comment itself below.
 */
enum screen_marks_text { SCREEN_MARKS_WHOLE_TEXT, SCREEN_MARKS_WORDS_ONLY };
void page_admin_screen_marks(struct buf *b, const char *body, const char *name,
                             const char *screen, enum screen_marks_text how);

/* The audit log, newest first, with its filter form. */
struct admin_log_filter {
    int64_t comment_id; /* ?id=, the comment's id (the rows' links); 0 */
    const char *number; /* ?comment=, the number a moderator sees ("1.3",
                           without "#"), or "" */
    int64_t article_id; /* ?article=, narrows number to one article; 0 */
    const char *action; /* "" for all */
    const char *actor;  /* "" for all */
};
/* articles[i] (articles may be NULL, an entry NULL) names the article of
 * e[i]'s comment, shown under its number. */
void page_admin_log(struct buf *b, const struct admin_ctx *ctx,
                    const struct audit_entry *e, size_t n,
                    const char *const *articles,
                    const struct admin_log_filter *f);

/*
 * admin_restore_form writes the small form that restores removed comment
 * comment_id (POST /admin/comments/{id}/restore, with the CSRF field), as
 * the log offers it on a removal that is the comment's latest change.
 */
void admin_restore_form(struct buf *b, const struct admin_ctx *ctx,
                        int64_t comment_id);

/* A ban in force and the comment it was for (page_admin_bans.c). */
struct ban_item {
    const struct ban *ban;
    const struct comment *c; /* handle filled; NULL if no longer stored */
};

/* The bans in force (newest first), each with a form to lift it. */
void page_admin_bans(struct buf *b, const struct admin_ctx *ctx,
                     const struct ban_item *items, size_t n);

/* One day of the statistics. */
struct admin_stats_day {
    int64_t day_start; /* Unix seconds of 00:00 in the site's time zone */
    int64_t held;      /* comments held (screening, reports) */
    int64_t removed;   /* removals and purges */
    int64_t approved;  /* approvals */
    int64_t median_s;  /* median seconds from posting to a decision */
    bool has_median;   /* false when there was no decision that day */
};
#define ADMIN_STATS_DAYS 30

/* The statistics page: two inline SVG charts and the same data as a
 * table. days[0] is the oldest. */
void page_admin_stats(struct buf *b, const struct admin_ctx *ctx,
                      const struct admin_stats_day *days, size_t n);

/* The article list (editors). unreachable (NULL: none) says, for each of
 * the n articles, that the server answers its path itself, so no reader
 * can open it there (one stored before paths were checked, or restored
 * from a backup): its row warns and links to the path field. */
void page_admin_articles(struct buf *b, const struct admin_ctx *ctx,
                         const struct article *arts, const bool *unreachable,
                         size_t n);

/*
 * page_admin_article_form writes the create (art->id == 0) or edit form
 * holding art's values; with preview, the article below it as its page
 * will show it (page_article_post). path_hint (or NULL) is the path the
 * article gets if its path field is left empty, shown under it. The
 * nformer paths in former, the article's former paths (its old links
 * redirect to it), are listed under the path field. The form keeps a
 * draft in the browser (admin_draft_offer). raid_back is -1, or, while a
 * raid pre-moderates the article, the discussion mode it goes back to
 * when the raid ends: the discussion field then says so, and that
 * choosing another mode applies it at once and ends the raid (the caller
 * puts the mode for after the raid in art->discussion, see
 * raid_held_mode). base (NULL for a new article) is the fingerprint of
 * the stored article the form edits (core/article_print.h), sent back in
 * the hidden field "base" and kept with a draft. stored_now (or NULL),
 * after a save refused because someone else saved meanwhile, is the
 * article as stored now, shown below the form as its page shows it.
 * Returns 0 or an error from rendering the preview.
 */
MUST_CHECK int page_admin_article_form(
    struct buf *b, const struct admin_ctx *ctx, const struct article *art,
    const char *const *former, size_t nformer, int raid_back,
    const char *path_hint, const char *base, enum admin_form_shows shows,
    bool preview, const struct article *stored_now, struct arena *a);

struct webhook_record;

/* The webhook delivery log (newest first) and the configured receiver. */
void page_admin_webhooks(struct buf *b, const struct admin_ctx *ctx,
                         const struct webhook_record *r, size_t n,
                         const char *url);

/* The screening settings as stored (or as submitted, after a refusal);
 * NULL or "" for an unset one. */
struct admin_screening {
    const char *hold_threshold;
    bool publish_profanity; /* publish comments held for profanity alone */
    const char *banned_words;
    const char *suspect_words;
    const char *protected_names;
    const struct admin_screening_model *model; /* or NULL: not shown */
    const char *base; /* hidden field: what the form was loaded from, or "" */
    enum admin_form_shows shows; /* stored (0), just saved, or as sent */
    /* after a refused stale save: the settings as stored now, and which of
     * them (bits 1 << SCREENING_*) someone else changed; else NULL, 0 */
    const struct admin_screening *stored_now;
    unsigned changed;
};

/* The screening settings, in the order of the form (bits of changed). */
enum admin_screening_key {
    SCREENING_HOLD_THRESHOLD,
    SCREENING_PUBLISH_PROFANITY,
    SCREENING_BANNED_WORDS,
    SCREENING_SUSPECT_WORDS,
    SCREENING_PROTECTED_NAMES,
    SCREENING_KEYS
};

/* The screening model in use, and how its last reload went. */
struct admin_screening_model {
    bool loaded;      /* false: serving without a model (--model none) */
    const char *path; /* the file a reload reads */
    uint32_t version; /* file format */
    uint32_t n_train; /* labelled rows it was trained on */
    bool permissive;  /* trained on openly licensed sets only */
    uint64_t checksum;
    int64_t loaded_at; /* unix seconds */
    int64_t failed_at; /* the last refused reload since, or 0 */
    const char *error; /* its reason, or "" */
    bool can_reload;   /* the viewer is an administrator */
};

/* One text of a tried comment (the comment or the display name): how the
 * screen reads it, apart from the other. */
struct admin_screening_part {
    bool refused;            /* a banned word */
    const char *banned_word; /* which, or NULL */
    bool held;               /* held for review (refused texts are too) */
    float score;             /* the hold score, 0..1 */
    const char *json;        /* held and not refused: scores and spans into this
                                text (api/screening.h, screening_json), else "" */
};

/* A comment tried on the screening page: how it would be screened. */
struct admin_screening_try {
    const char *text; /* the comment as typed */
    const char *name; /* the display name as it would be stored, or "" */
    bool checked;     /* false: a refused try, the box shows what was
                         typed and no verdict */
    /* the post's verdict, as posting gives it */
    bool refused;            /* a banned word in either text */
    const char *banned_word; /* which (the comment's first) */
    bool refused_name;       /* the word is in the name */
    bool held;               /* held for review */
    float score;             /* the higher of the two, 0..1 */
    /* each text's verdict; name_verdict only when name is not "" */
    struct admin_screening_part body, name_verdict;
};

/* The screening settings form (moderators), and below it the form that
 * tries a comment; tried (or NULL) is the last one tried. */
void page_admin_screening(struct buf *b, const struct admin_ctx *ctx,
                          const struct admin_screening *s,
                          const struct admin_screening_try *tried);

#endif
