/*
 * msg.c - the compiled-in catalogue built from messages_en.def.
 */
#include "render/msg.h"

static const char *const messages_en[MSG_COUNT] = {
#define MSG(key, text) [key] = text,
#include "render/messages_en.def"
#undef MSG
};

const char *msg_get(enum msg_id id)
{
    if ((unsigned)id >= MSG_COUNT)
        return "";
    return messages_en[id];
}
