/*
 * cheers.c - an emoji that reacts to a story is not abuse by itself.
 *
 * Readers answer a story with a fire, a clap, a hundred, a heart, wide
 * eyes: "🔥🔥 que bueno", "que bueno 🔥🔥", "50k views already 🔥". The
 * tweets of the labelled sets taught some of these emoji as leaning
 * abusive, and with two or three words beside them the hold head's bias
 * is so near its decision point that one emoji decides: "🔥🔥 que bueno"
 * scored 0.73 while "que bueno" scores 0.15. model.c reads a cheer at the
 * start or the end of a short comment as it reads laughter there
 * (laughter.c): the words between keep their own weight.
 *
 * Only emoji that point at no one and show no harm are cheers: faces of
 * joy, surprise, thought or grief, hands that clap or agree, hearts,
 * marks of agreement or excitement. A clown, a rat, a pig, a monkey, a
 * middle finger, a knife, a coffin, a finger pointing at someone, a face
 * of disgust or an eye roll say something about a person and are left to
 * the heads; so is fire next to a home or a person, which the emoji
 * grammar (emojis.c) reads as a threat whatever the heads say.
 */

#include "screen/screen_int.h"

#include <stdlib.h>
#include <string.h>

/* Code points, sorted for the binary search. The normaliser drops
 * variation selectors and skin tones, so "❤️" and "👏🏽" arrive as the
 * bare emoji. */
static const uint32_t cheer_emoji[] = {
    0x203C,  /* ‼ double exclamation */
    0x263A,  /* ☺ smiling face */
    0x26BD,  /* ⚽ football */
    0x2705,  /* ✅ check mark button */
    0x270C,  /* ✌ victory hand */
    0x2714,  /* ✔ check mark */
    0x2728,  /* ✨ sparkles */
    0x2753,  /* ❓ question mark */
    0x2757,  /* ❗ exclamation mark */
    0x2764,  /* ❤ red heart */
    0x2B50,  /* ⭐ star */
    0x1F31F, /* 🌟 glowing star */
    0x1F389, /* 🎉 party popper */
    0x1F3C6, /* 🏆 trophy */
    0x1F440, /* 👀 eyes */
    0x1F44C, /* 👌 OK hand */
    0x1F44D, /* 👍 thumbs up */
    0x1F44F, /* 👏 clapping hands */
    0x1F494, /* 💔 broken heart */
    0x1F495, /* 💕 two hearts */
    0x1F496, /* 💖 sparkling heart */
    0x1F497, /* 💗 growing heart */
    0x1F499, /* 💙 blue heart */
    0x1F49A, /* 💚 green heart */
    0x1F49B, /* 💛 yellow heart */
    0x1F49C, /* 💜 purple heart */
    0x1F4AA, /* 💪 flexed biceps */
    0x1F4AF, /* 💯 hundred points */
    0x1F525, /* 🔥 fire */
    0x1F600, /* 😀 grinning face */
    0x1F601, /* 😁 beaming face */
    0x1F603, /* 😃 grinning face, big eyes */
    0x1F604, /* 😄 grinning face, smiling eyes */
    0x1F60A, /* 😊 smiling face, smiling eyes */
    0x1F60D, /* 😍 heart eyes */
    0x1F60E, /* 😎 sunglasses */
    0x1F610, /* 😐 neutral face */
    0x1F614, /* 😔 pensive face */
    0x1F615, /* 😕 confused face */
    0x1F61E, /* 😞 disappointed face */
    0x1F61F, /* 😟 worried face */
    0x1F622, /* 😢 crying face */
    0x1F62C, /* 😬 grimacing face */
    0x1F62D, /* 😭 loudly crying face */
    0x1F62E, /* 😮 open mouth */
    0x1F62F, /* 😯 hushed face */
    0x1F631, /* 😱 screaming in fear */
    0x1F632, /* 😲 astonished face */
    0x1F633, /* 😳 flushed face */
    0x1F636, /* 😶 no mouth */
    0x1F642, /* 🙂 slightly smiling face */
    0x1F64C, /* 🙌 raising hands */
    0x1F64F, /* 🙏 folded hands */
    0x1F90D, /* 🤍 white heart */
    0x1F914, /* 🤔 thinking face */
    0x1F917, /* 🤗 hugging face */
    0x1F91D, /* 🤝 handshake */
    0x1F91E, /* 🤞 crossed fingers */
    0x1F92F, /* 🤯 exploding head */
    0x1F970, /* 🥰 smiling face with hearts */
    0x1F972, /* 🥲 smiling face with tear */
    0x1F973, /* 🥳 partying face */
    0x1F975, /* 🥵 hot face */
    0x1F976, /* 🥶 cold face */
    0x1F979, /* 🥹 holding back tears */
    0x1F97A, /* 🥺 pleading face */
    0x1FAE1, /* 🫡 saluting face */
};

static int by_code_point(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* The code point of a token that is one emoji of three or four bytes in
 * UTF-8, or 0. */
static uint32_t lone_emoji(const char *w, size_t len)
{
    const unsigned char *u = (const unsigned char *)w;
    if (len == 3 && u[0] >= 0xE2 && u[0] <= 0xEF)
        return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
               (u[2] & 0x3F);
    if (len == 4 && u[0] == 0xF0)
        return (uint32_t)(u[1] & 0x3F) << 12 | (uint32_t)(u[2] & 0x3F) << 6 |
               (u[3] & 0x3F);
    return 0;
}

bool screen_is_cheer(const struct screen_norm *n, size_t j)
{
    uint32_t cp = lone_emoji(n->text + n->tok[j].off, n->tok[j].len);
    if (cp == 0)
        return false;
    return bsearch(&cp, cheer_emoji,
                   sizeof(cheer_emoji) / sizeof(cheer_emoji[0]),
                   sizeof(cheer_emoji[0]), by_code_point) != NULL;
}
