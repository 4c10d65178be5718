/*
 * model.h - the domain values charla passes between layers: articles,
 * comments and their states.
 *
 * These are plain structs. Strings in them are borrowed: whoever filled the
 * struct (usually the store, into a request arena) owns the memory and says
 * how long it lives. Times are Unix seconds, UTC.
 */
#ifndef CHARLA_CORE_MODEL_H
#define CHARLA_CORE_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The comment state machine. Values are stored in the database as these
 * numbers, so never renumber them. Pending and held are visible only to
 * their author and to staff; removed, deleted and purged are tombstones
 * that keep their place, number and replies.
 */
enum comment_status {
    COMMENT_VISIBLE = 0,
    COMMENT_PENDING = 1,  /* awaiting pre-moderation */
    COMMENT_HELD = 2,     /* held by screening or by reader reports */
    COMMENT_REMOVED = 3,  /* tombstone: removed by a moderator */
    COMMENT_DELETED = 4,  /* tombstone: deleted by its author */
    COMMENT_PURGED = 5,   /* tombstone: text erased for good */
    COMMENT_WITHDRAWN = 6 /* deleted by its author while awaiting review
                             and never public: no reader saw it, so the
                             thread shows no trace of it (thread_build);
                             one public before is COMMENT_DELETED */
};
#define COMMENT_STATUS_COUNT 7

/* comment_status_name: "visible", "removed", ... (API and storage names). */
const char *comment_status_name(enum comment_status s);
/* comment_status_is_tombstone: removed, deleted, purged or withdrawn. */
bool comment_status_is_tombstone(enum comment_status s);
/* comment_status_awaits_review: pending or held, so not public yet:
 * shown to its author and to staff only. */
bool comment_status_awaits_review(enum comment_status s);

/* How an author is shown. */
enum author_kind {
    AUTHOR_READER = 0,   /* a reader with a token: handle, maybe a name */
    AUTHOR_IMPORTED = 1, /* imported: a name shown as unverified, or none */
    AUTHOR_STAFF = 2     /* a staff account: name with a badge */
};

/* The number of a comment in its thread: "1", "1.3", "12.1". */
#define COMMENT_NUMBER_MAX 64

struct comment;
/* comment_gone_unseen: c went before any reader saw it, so it leaves no
 * trace in what readers see (thread_build): withdrawn by its author, or
 * removed or purged by a moderator while it had never been public
 * (was_public false: held or pending since it was posted). A comment
 * once published keeps its tombstone. */
bool comment_gone_unseen(const struct comment *c);
/* comment_never_public: no reader ever saw c: awaiting review since it
 * was posted, or gone before it was public (comment_gone_unseen). To
 * anyone but its author such a comment does not exist: every answer about
 * it (report, delete) is the one for an id that names no comment. */
bool comment_never_public(const struct comment *c);

struct comment {
    int64_t id; /* store id, unique across the site */
    int64_t article_id;
    int64_t parent_id;               /* 0 for a top-level comment */
    char number[COMMENT_NUMBER_MAX]; /* permanent, e.g. "1.3" */
    int depth;                       /* 0 for top level */
    enum comment_status status;
    enum author_kind author_kind;
    const char *author_hash; /* hex keyed hash of the reader token, or "" */
    const char *author_name; /* display name, or "" */
    const char *handle;      /* derived "K7Q" for readers, or "" */
    int handle_colour;       /* 0..7, for readers */
    int64_t created;         /* Unix seconds */
    const char *body;        /* Markdown as written; "" for purged */
    const char *reason;      /* removal reason, or "" */
    const char *source_id;   /* id in the system it was imported from, or "" */
    bool mod_edited;         /* partially redacted by a moderator */
    const char *screen;      /* screening result as JSON for the queue, or
                                "" (see src/api/screening.c) */
    int64_t report_count;    /* reader reports received */
    bool was_public;         /* readers could see it at some time: it was
                                published when posted or since (the store
                                sets it with the status, never clears it);
                                false for one no reader ever saw */
    int tz_offset_min;       /* UTC offset, in minutes east, of the zone
                                the site showed times in when the comment
                                was posted or imported: the clock its
                                writer read the thread by (-420 for
                                -07:00); meaningful when tz_known */
    bool tz_known;           /* tz_offset_min is recorded; false for a
                                row stored before schema 18 and not yet
                                filled in (site_fill_comment_offsets), or
                                for a new comment whose caller leaves the
                                site's zone to be filled in */
};

/* The farthest from UTC a comment's tz_offset_min may be, in minutes: what
 * "+HH:MM" can say (23:59). The zones in use since 1990 are UTC-12 to
 * UTC+14, but a source's own time stamps (a Blogger export's) may say
 * more, and every offset charla stores must come back from its backup:
 * the store refuses a comment outside it, and the JSON import takes all
 * of it. */
#define COMMENT_TZ_OFFSET_MAX_MIN (23 * 60 + 59)

struct article {
    int64_t id;
    const char *path; /* served path, e.g. "/2021/07/x.html" */
    const char *title;
    const char *byline;
    int64_t published; /* Unix seconds; 0 if a draft */
    bool is_published;
    const char *body;         /* Markdown */
    const char *lead_image;   /* http(s) URL or "" */
    const char *lead_caption; /* or "" */
    const char *labels;       /* comma-separated, or "" */
    const char *source_id;    /* id in the system it was imported from */
    const char *external_url; /* for embed mode, or "" */
    int discussion;           /* 0 open, 1 pre-moderated, 2 closed */
    int64_t version;          /* bumped on every change to it or its thread */
    int64_t comment_count;    /* visible comments (not tombstones) */
};

/* Staff roles, each including the powers of the one before. */
enum role {
    ROLE_MODERATOR = 1, /* queue, actions, notes, bans */
    ROLE_EDITOR = 2,    /* moderator + articles */
    ROLE_ADMIN = 3      /* editor + users and settings */
};

const char *role_name(enum role r);
/* role_parse: "moderator"/"editor"/"admin" -> role, or 0. */
int role_parse(const char *s);

struct user {
    int64_t id;
    const char *name;     /* as typed at creation */
    const char *name_key; /* folded for comparison (see core/names.h) */
    enum role role;
    const char *pwhash; /* argon2id string from libsodium */
    int64_t created;
};

struct session {
    const char *id_hash; /* keyed hash of the session cookie */
    int64_t user_id;
    const char *csrf; /* the token forms and the API must echo */
    int64_t created;
    int64_t last_seen;
    struct user user; /* filled by store_session_get */
};

/*
 * A moderation change of one comment, applied atomically by the store:
 * the comment moves from `from` to `to` only if it is still in `from`
 * (otherwise ERR_CONFLICT), the audit log gains one row, and the article
 * version is bumped so caches drop the old thread.
 */
struct transition {
    int64_t comment_id;
    enum comment_status from;
    enum comment_status to;
    const char *action; /* "approve", "remove", "purge", "restore",
                           "redact", "delete", "hold", "report-hold" */
    const char *reason; /* stored on the comment (tombstone) and logged */
    const char *note;   /* logged only */
    const char *actor;  /* staff name, "reader", or "system" */
    int64_t at;
    const char *new_body;      /* NULL keeps the body; "" erases it */
    bool erase_identity;       /* purge: also erase the display name, the
                                  screening data and report reasons */
    bool mod_edited;           /* set the "edited by a moderator" flag */
    bool clear_reports;        /* reset the report count, and no earlier
                                  report counts toward a hold any more
                                  (reports dismissed) */
    const char *new_screen;    /* NULL keeps the screening data; else stored
                                  (a hold by `charla rescreen`) */
    bool erase_report_reasons; /* an author's deletion: the reasons of
                                  reports about it, which may quote it, go
                                  (erase_identity does this too) */
};

struct audit_entry {
    int64_t id;
    int64_t at;
    const char *actor;
    int64_t comment_id;
    int64_t article_id;
    const char *number; /* the comment's number, or "" */
    const char *action;
    int from_status, to_status; /* -1 when not a status change */
    const char *reason;
    const char *note;
};

struct report {
    int64_t comment_id;
    const char *reason;
    int64_t at;
    bool counted; /* counts toward holding the comment (moderation.h) */
};

/* A reader's report as store_report_add records it. */
struct report_new {
    int64_t comment_id;
    const char *reporter_hash; /* keyed hash of the reader's token */
    const char *client_hash;   /* the reporter's network that day, hashed
                                  with the comment's id; "" if unknown */
    const char *reason;
    int64_t at;
    bool may_count; /* the reader came with a token of their own */
};

struct ban {
    int64_t id;
    const char *author_hash;
    int64_t until; /* Unix seconds; 0 = permanent */
    int64_t created;
    const char *actor;
    int64_t comment_id;
};

#endif
