/*
 * post.h - the rules for a reader posting a comment: what is valid, who the
 * author is, and where in the thread it goes.
 *
 * Handlers parse the request into a struct post_input and call post_comment;
 * nothing is stored unless every rule passes.
 */
#ifndef CHARLA_CORE_POST_H
#define CHARLA_CORE_POST_H

#include <stdbool.h>
#include <stddef.h>

#include "core/model.h"
#include "core/site.h"
#include "store/store.h"
#include "util/arena.h"
#include "util/buf.h"

#define POST_BODY_MAX_CHARS 5000
#define POST_NAME_MAX_CHARS 40  /* as a reader sees them (graphemes) */
#define POST_NAME_MAX_BYTES 160 /* and however they are made up */

struct post_input {
    const char *body; /* as typed, any bytes */
    size_t body_len;
    const char *name; /* optional display name, may be NULL */
    size_t name_len;
    const char *parent;       /* parent's number ("1.3"), NULL or "" for none */
    const char *token;        /* the reader's token from the cookie, or NULL */
    const char *new_token;    /* minted by the caller for a reader without
                                 one (or NULL: post_comment mints it) */
    int64_t now;              /* Unix seconds */
    const struct user *staff; /* posting as this staff member, or NULL */
    bool hold;                /* screening asked to hold it for review */
    const char *screen_json;  /* screening result for the queue, or NULL */
};

/* Why a post was refused; handlers map these to HTTP statuses. */
enum post_refusal {
    POST_OK = 0,
    POST_BAD_INPUT,  /* 400/422: message says what */
    POST_NO_PARENT,  /* 404-ish: the parent does not exist */
    POST_NO_ARTICLE, /* 404: no such published article */
    POST_CLOSED,     /* 403: the discussion is closed */
    POST_BANNED,     /* 403: the reader is banned */
    POST_STALE_FORM, /* 403: a staff member's CSRF token is missing or
                        wrong (the form is older than the session) */
    POST_STORE_ERROR /* 500/503 */
};

struct post_result {
    enum post_refusal refusal;
    struct comment comment; /* the stored comment, on success */
    bool new_token;         /* a token was minted: set the cookie */
    bool awaiting_review;   /* stored as pending or held, not yet public */
    char token[PSEUDONYM_TOKEN_HEX + 1];
};

/*
 * post_comment validates the input and stores the comment in the article.
 * On refusal, res->refusal says why and msg holds a sentence for the reader
 * (from the message catalogue's English for now). Strings in res->comment
 * live in arena a. Returns 0 if stored, else a negative err.
 */
MUST_CHECK int post_comment(struct store *st, const struct site *site,
                            const struct article *art,
                            const struct post_input *in, struct arena *a,
                            struct post_result *res, struct buf *msg);

/*
 * post_check_name validates a display name (trimmed by the caller): valid
 * UTF-8, at most POST_NAME_MAX_BYTES bytes and POST_NAME_MAX_CHARS
 * characters as a reader counts them (grapheme clusters: "é" made of e
 * and a combining accent is one), no control characters.
 */
bool post_check_name(const char *name, size_t len);

#endif
