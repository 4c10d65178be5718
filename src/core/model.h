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
    COMMENT_PENDING = 1, /* awaiting pre-moderation */
    COMMENT_HELD = 2,    /* held by screening or by reader reports */
    COMMENT_REMOVED = 3, /* tombstone: removed by a moderator */
    COMMENT_DELETED = 4, /* tombstone: deleted by its author */
    COMMENT_PURGED = 5   /* tombstone: text erased for good */
};
#define COMMENT_STATUS_COUNT 6

/* comment_status_name: "visible", "removed", ... (API and storage names). */
const char *comment_status_name(enum comment_status s);
/* comment_status_is_tombstone: removed, deleted or purged. */
bool comment_status_is_tombstone(enum comment_status s);

/* How an author is shown. */
enum author_kind {
    AUTHOR_READER = 0,    /* a reader with a token: handle, maybe a name */
    AUTHOR_IMPORTED = 1,  /* imported: a name shown as unverified, or none */
    AUTHOR_STAFF = 2      /* a staff account: name with a badge */
};

/* The number of a comment in its thread: "1", "1.3", "12.1". */
#define COMMENT_NUMBER_MAX 64

struct comment {
    int64_t id;                      /* store id, unique across the site */
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
};

struct article {
    int64_t id;
    const char *path;         /* served path, e.g. "/2021/07/x.html" */
    const char *title;
    const char *byline;
    int64_t published;        /* Unix seconds; 0 if a draft */
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

#endif
