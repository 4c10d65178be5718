/*
 * model.c - names of the comment states, shared by the API, the store and
 * the pages.
 */
#include <string.h>

#include "core/model.h"

const char *comment_status_name(enum comment_status s)
{
    switch (s) {
    case COMMENT_VISIBLE:
        return "visible";
    case COMMENT_PENDING:
        return "pending";
    case COMMENT_HELD:
        return "held";
    case COMMENT_REMOVED:
        return "removed";
    case COMMENT_DELETED:
        return "deleted";
    case COMMENT_PURGED:
        return "purged";
    case COMMENT_WITHDRAWN:
        return "withdrawn";
    }
    return "unknown";
}

bool comment_status_is_tombstone(enum comment_status s)
{
    return s == COMMENT_REMOVED || s == COMMENT_DELETED ||
           s == COMMENT_PURGED || s == COMMENT_WITHDRAWN;
}

bool comment_status_awaits_review(enum comment_status s)
{
    return s == COMMENT_PENDING || s == COMMENT_HELD;
}

bool comment_gone_unseen(const struct comment *c)
{
    if (c->status == COMMENT_WITHDRAWN)
        return true;
    return (c->status == COMMENT_REMOVED || c->status == COMMENT_PURGED) &&
           !c->was_public;
}

bool comment_never_public(const struct comment *c)
{
    return c->status != COMMENT_VISIBLE && !c->was_public;
}

const char *role_name(enum role r)
{
    switch (r) {
    case ROLE_MODERATOR:
        return "moderator";
    case ROLE_EDITOR:
        return "editor";
    case ROLE_ADMIN:
        return "admin";
    }
    return "unknown";
}

int role_parse(const char *s)
{
    if (strcmp(s, "moderator") == 0)
        return ROLE_MODERATOR;
    if (strcmp(s, "editor") == 0)
        return ROLE_EDITOR;
    if (strcmp(s, "admin") == 0)
        return ROLE_ADMIN;
    return 0;
}
