/*
 * fuzz_normalize.c - the screening normaliser, and screen_check without a
 * model, on any bytes.
 *
 * screen_normalize runs with and without a small lexicon (byte 0, bit 0),
 * reusing one struct screen_norm between inputs as the server does. Every
 * token must point inside the original text, and every screen_check span
 * too.
 */
#include "fuzz_util.h"
#include "screen/screen.h"
#include "screen/screen_int.h"

static struct screen_lex lex;
static struct screen_norm norm;
static bool ready;

static void setup(void)
{
    static const char *const words[] = {"pendejo",  "idiota", "hijo de puta",
                                        "kill you", "stupid", NULL};
    screen_lex_init(&lex);
    for (size_t i = 0; words[i]; i++)
        if (screen_lex_add(&lex, words[i], strlen(words[i]), SCREEN_INSULT, 0,
                           0))
            fuzz_die("lexicon setup");
    if (screen_lex_finish(&lex))
        fuzz_die("lexicon setup");
    screen_norm_init(&norm);
    ready = true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (!ready)
        setup();
    const char *s = (const char *)data + 1;
    size_t len = size - 1;
    int ret = screen_normalize(&norm, (data[0] & 1) ? &lex : NULL, s, len);
    if (ret == 0) {
        if (norm.len && norm.text[norm.len] != '\0')
            fuzz_die("normalised text not NUL-terminated");
        for (size_t i = 0; i < norm.ntok; i++) {
            const struct screen_tok *t = &norm.tok[i];
            if ((size_t)t->off + t->len > norm.len)
                fuzz_die("token outside the normalised text");
            if ((size_t)t->orig_off + t->orig_len > len)
                fuzz_die("token outside the original text");
        }
    } else if (ret != ERR_NOMEM) {
        fuzz_die("unexpected error code");
    }

    if (data[0] & 2) {
        struct screen_policy p;
        struct screen_verdict v;
        screen_policy_init(&p);
        p.banned_words = "pendejo\n# c\n\nhijo de puta\n";
        p.suspect_words = "idiota\n";
        p.protected_names = "Juan P\xc3\xa9rez\n";
        if (screen_check(NULL, &p, s, len, &v) == 0) {
            if (v.nspans > SCREEN_MAX_SPANS)
                fuzz_die("too many spans");
            for (size_t i = 0; i < v.nspans; i++)
                if ((size_t)v.spans[i].offset + v.spans[i].len > len)
                    fuzz_die("span outside the text");
        }
    }
    return 0;
}
