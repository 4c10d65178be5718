/*
 * model.c - names of the comment states, shared by the API, the store and
 * the pages.
 */
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
    }
    return "unknown";
}

bool comment_status_is_tombstone(enum comment_status s)
{
    return s == COMMENT_REMOVED || s == COMMENT_DELETED ||
           s == COMMENT_PURGED;
}
