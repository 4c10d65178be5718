/*
 * fuzz_refs.c - refs_next, the reference resolver, on any text.
 *
 * The first bytes build the thread: byte 0 gives the number of comments
 * (0-15); each comment takes 3 bytes (number shape, hour, minute), so the
 * input also chooses duplicates, tombstones and equal times. Byte 1 picks
 * self_id. The rest is the text, scanned from a position picked by byte 2.
 * Every match must lie inside the text, move forward, and name 1 to
 * REFS_MAX_TARGETS distinct comments that are not self.
 */
#include "core/refs.h"
#include "fuzz_util.h"

static const char *const numbers[] = {
    "1",  "2",     "1.1", "1.2", "12", "3", "1.3", "2.1",
    "10", "1.1.1", "99",  "4",   "5",  "6", "7",   "123456789"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    size_t n = data[0] % 16;
    if (size < 3 + 3 * n)
        return 0;
    struct refs_comment cs[16];
    for (size_t i = 0; i < n; i++) {
        const uint8_t *c = data + 3 + 3 * i;
        cs[i].id = (int64_t)i + 1;
        cs[i].number = numbers[c[0] % 16];
        cs[i].local_hour = c[1] % 24;
        cs[i].local_minute = c[2] % 60;
        cs[i].created = 1000 + (int64_t)(c[1] % 24) * 3600 + (c[2] % 60) * 60;
        cs[i].tombstone = (c[0] & 0x80) != 0;
        cs[i].preview = (c[0] & 0x40) ? NULL : "p";
        cs[i].body = (c[0] & 0x20) ? "a *body* [x](https://e.example)" : NULL;
        /* a comment awaiting review has no preview to show (refs.h) */
        cs[i].awaiting_review = (c[2] & 0x80) != 0;
        if (cs[i].awaiting_review) {
            cs[i].preview = "";
            cs[i].body = NULL;
        }
    }
    /* the high bit of data[1]: written in another zone than the page
       shows, at an offset of about -15 h to +15 h (times before the
       epoch in it too) */
    struct refs_ctx ctx = {cs,
                           n,
                           data[1] % (n + 1),
                           1000 + (int64_t)(data[1] % 25) * 3600,
                           (data[1] & 0x80) != 0,
                           ((int)data[2] - 128) * 7};
    const char *text = (const char *)data + 3 + 3 * n;
    size_t len = size - 3 - 3 * n;
    size_t pos = len ? data[2] % (len + 1) : 0;
    struct refs_match m;
    size_t steps = 0;
    while (pos < len) {
        size_t before = pos;
        if (!refs_next(&ctx, text, len, &pos, &m)) {
            if (pos != len)
                fuzz_die("no match but pos is not len");
            break;
        }
        if (m.start < before || m.len == 0 || m.start + m.len > len ||
            pos != m.start + m.len)
            fuzz_die("match outside the text or not moving forward");
        if (m.ntargets < 1 || m.ntargets > REFS_MAX_TARGETS)
            fuzz_die("bad target count");
        for (size_t i = 0; i < m.ntargets; i++) {
            if (m.targets[i] >= n)
                fuzz_die("target index out of range");
            if (ctx.self_id && cs[m.targets[i]].id == ctx.self_id)
                fuzz_die("a reference resolves to the comment itself");
            for (size_t j = 0; j < i; j++)
                if (m.targets[j] == m.targets[i])
                    fuzz_die("the same target twice");
        }
        if (++steps > len + 1)
            fuzz_die("too many matches");
    }
    return 0;
}
