/*
 * msg.h - the message catalogue: every user-facing string by key.
 *
 * Pages never contain literal prose; they ask msg_get(MSG_REPLY). The texts
 * live in messages_<lang>.def, one file per language.
 */
#ifndef CHARLA_RENDER_MSG_H
#define CHARLA_RENDER_MSG_H

enum msg_id {
#define MSG(key, text) key,
#include "render/messages_en.def"
#undef MSG
    MSG_COUNT
};

/* msg_get returns the text of a message in the current language. */
const char *msg_get(enum msg_id id);

#endif
