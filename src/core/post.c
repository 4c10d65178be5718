/*
 * post.c - a reader posts a comment: validate, identify, number, store.
 *
 * Order matters: every check runs before anything is written, so a refused
 * post leaves the store untouched. The reader is identified by the keyed
 * hash of their token; a reader without a valid token gets a new one, which
 * the handler sends back as a cookie.
 *
 * Refusal messages come from the message catalogue (render/msg.h is data,
 * not rendering), so a reader reads them in the request's language.
 */
#include <string.h>

#include "core/post.h"
#include "core/reader_names.h"
#include "core/visible.h"
#include "render/msg.h"
#include "util/str.h"

bool post_check_name(const char *name, size_t len)
{
    if (len > POST_NAME_MAX_BYTES || !str_utf8_valid(name, len))
        return false;
    if (visible_char_count(name, len) > POST_NAME_MAX_CHARS)
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c < 0x20 || c == 0x7F)
            return false;
    }
    return true;
}

static int refuse(struct post_result *res, enum post_refusal why,
                  struct buf *msg, const char *text)
{
    res->refusal = why;
    buf_adds(msg, text);
    return why == POST_STORE_ERROR ? ERR_DB : ERR_INVALID;
}

int post_comment(struct store *st, const struct site *site,
                 const struct article *art, const struct post_input *in,
                 struct arena *a, struct post_result *res, struct buf *msg)
{
    memset(res, 0, sizeof(*res));
    if (art->discussion == 2)
        return refuse(res, POST_CLOSED, msg, msg_get(MSG_CLOSED));
    if (!str_utf8_valid(in->body, in->body_len))
        return refuse(res, POST_BAD_INPUT, msg, msg_get(MSG_POST_BAD_UTF8));
    if (!visible_has_text(in->body, in->body_len))
        return refuse(res, POST_BAD_INPUT, msg, msg_get(MSG_POST_EMPTY));
    if (str_utf8_count(in->body, in->body_len) > POST_BODY_MAX_CHARS)
        return refuse(res, POST_BAD_INPUT, msg, msg_get(MSG_POST_TOO_LONG));

    const char *name = "";
    if (in->name && in->name_len) {
        const char *p = in->name;
        size_t n = in->name_len;
        str_trim(&p, &n);
        if (!post_check_name(p, n))
            return refuse(res, POST_BAD_INPUT, msg, msg_get(MSG_POST_BAD_NAME));
        /* empty is no name; one that shows nothing is refused as such */
        if (n > 0 && !visible_has_text(p, n))
            return refuse(res, POST_BAD_INPUT, msg,
                          msg_get(MSG_POST_NAME_INVISIBLE));
        enum reader_name_claim claim = READER_NAME_FREE;
        if (!in->staff && reader_name_check(st, p, n, &claim))
            return refuse(res, POST_STORE_ERROR, msg,
                          msg_get(MSG_POST_STORE_ERROR));
        if (claim != READER_NAME_FREE)
            return refuse(res, POST_BAD_INPUT, msg,
                          msg_get(claim == READER_NAME_STAFF
                                      ? MSG_POST_NAME_RESERVED
                                      : MSG_POST_NAME_ROLE_WORD));
        name = arena_strndup(a, p, n);
        if (!name)
            return refuse(res, POST_STORE_ERROR, msg, msg_get(MSG_POST_NOMEM));
    }

    struct comment parent;
    int64_t parent_id = 0;
    if (in->parent && *in->parent) {
        int ret = store_comment_by_number(st, art->id, in->parent, a, &parent);
        /* one no reader ever saw (held or pending since it was posted,
           withdrawn, or removed while never public): as if there were no
           such one, so that a reply tells nobody it exists */
        if (ret == 0 &&
            (comment_gone_unseen(&parent) || comment_never_public(&parent)))
            ret = ERR_NOTFOUND;
        if (ret == ERR_NOTFOUND)
            return refuse(res, POST_NO_PARENT, msg,
                          msg_get(MSG_POST_NO_PARENT));
        if (ret)
            return refuse(res, POST_STORE_ERROR, msg,
                          msg_get(MSG_POST_STORE_ERROR));
        if (comment_status_is_tombstone(parent.status))
            return refuse(res, POST_BAD_INPUT, msg,
                          msg_get(MSG_POST_PARENT_REMOVED));
        /* held after readers saw it (reports, a rescreen): a reply
           would hang under a comment missing from the page (the page
           offers no reply form for it) */
        if (comment_status_awaits_review(parent.status))
            return refuse(res, POST_BAD_INPUT, msg,
                          msg_get(MSG_POST_PARENT_HELD));
        parent_id = parent.id;
    }

    if (in->token && pseudonym_token_valid(in->token, strlen(in->token))) {
        memcpy(res->token, in->token, PSEUDONYM_TOKEN_HEX + 1);
    } else {
        if (in->new_token &&
            pseudonym_token_valid(in->new_token, strlen(in->new_token)))
            memcpy(res->token, in->new_token, PSEUDONYM_TOKEN_HEX + 1);
        else
            pseudonym_new_token(res->token);
        res->new_token = true;
    }
    char hash[PSEUDONYM_HASH_HEX + 1];
    pseudonym_token_hash(site->key, res->token, PSEUDONYM_TOKEN_HEX, hash);
    if (!in->staff) {
        struct ban ban;
        int b = store_ban_active(st, hash, in->now, a, &ban);
        if (b == 0)
            return refuse(
                res, POST_BANNED, msg,
                msg_get(ban.until ? MSG_POST_BANNED_FOR_NOW : MSG_POST_BANNED));
        if (b != ERR_NOTFOUND)
            return refuse(res, POST_STORE_ERROR, msg,
                          msg_get(MSG_POST_STORE_ERROR));
    }

    struct comment *c = &res->comment;
    c->article_id = art->id;
    c->parent_id = parent_id;
    c->status = art->discussion == 1 ? COMMENT_PENDING : COMMENT_VISIBLE;
    if (in->hold && c->status == COMMENT_VISIBLE)
        c->status = COMMENT_HELD;
    if (in->staff)
        c->status = COMMENT_VISIBLE; /* staff are not screened */
    c->author_kind = in->staff ? AUTHOR_STAFF : AUTHOR_READER;
    c->author_hash = arena_strdup(a, hash);
    c->author_name = in->staff ? in->staff->name : name;
    c->screen = in->screen_json && !in->staff ? in->screen_json : "";
    c->created = in->now;
    /* its writer reads the thread's times in the site's zone of now; a
       time reference in it keeps that meaning if the zone changes */
    c->tz_offset_min = site_offset_min(site, c->created);
    c->tz_known = true;
    c->body = arena_strndup(a, in->body, in->body_len);
    c->reason = "";
    c->source_id = "";
    if (!c->author_hash || !c->body)
        return refuse(res, POST_STORE_ERROR, msg, msg_get(MSG_POST_NOMEM));
    int ret = store_comment_insert(st, c);
    if (ret == ERR_TOOBIG)
        return refuse(res, POST_BAD_INPUT, msg, msg_get(MSG_POST_TOO_DEEP));
    if (ret)
        return refuse(res, POST_STORE_ERROR, msg,
                      msg_get(MSG_POST_STORE_ERROR));
    res->awaiting_review = comment_status_awaits_review(c->status);
    char *handle = arena_alloc(a, PSEUDONYM_HANDLE_LEN + 1);
    if (handle) {
        pseudonym_handle(site->key, hash, art->id, handle, &c->handle_colour);
        c->handle = handle;
    }
    return 0;
}
