/*
 * refs.c - the reference resolver; refs.h states the rules.
 *
 * Data flow: the renderer hands over one text node and a refs_ctx (the
 * article's comments, borrowed). refs_next walks the bytes once, tries the
 * two token shapes (number and time) at each plausible start, and resolves
 * a token by a linear pass over the comments. Threads have hundreds of
 * comments and texts a few references, so nothing is indexed; nothing is
 * allocated.
 *
 * Invariants: every index into text is checked against len before it is
 * read; a match always has 1..REFS_MAX_TARGETS targets sorted by
 * (created, id); a token that does not resolve is skipped as a whole, so
 * "#1.3.5" never links "#1.3" by accident.
 */
#include <string.h>

#include "core/model.h"
#include "core/refs.h"

/* How far back we look for the start of a word (URL detection). */
#define REFS_WORD_LOOKBACK 2048

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static unsigned char lower(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c - 'A' + 'a');
    return c;
}

/*
 * time_prev_ok: may a time start right after the byte c? Letters, digits
 * and punctuation that glue numbers into URLs, amounts or versions say no.
 */
static bool time_prev_ok(unsigned char c)
{
    if (is_alnum(c))
        return false;
    return strchr(".:;/$&=?%+-\\~_^", c) == NULL || c == '\0';
}

/*
 * in_url: does the word holding text[start] look like a URL? The word runs
 * back from start to the previous white space.
 */
static bool in_url(const char *text, size_t start)
{
    size_t b = start;
    size_t stop = start > REFS_WORD_LOOKBACK ? start - REFS_WORD_LOOKBACK : 0;
    while (b > stop && !is_space((unsigned char)text[b - 1]))
        b--;
    for (size_t k = b; k + 2 < start; k++) {
        if (text[k] == ':' && text[k + 1] == '/' && text[k + 2] == '/')
            return true;
    }
    if (start - b >= 4 && lower((unsigned char)text[b]) == 'w' &&
        lower((unsigned char)text[b + 1]) == 'w' &&
        lower((unsigned char)text[b + 2]) == 'w' && text[b + 3] == '.')
        return true;
    return false;
}

/* glued_after: the byte at i continues a number (so no token ends at i). */
static bool glued_after(const char *text, size_t len, size_t i)
{
    if (i >= len)
        return false;
    unsigned char c = (unsigned char)text[i];
    if (is_alnum(c) || c == '_')
        return true;
    if ((c == ':' || c == ';' || c == '.' || c == ',') && i + 1 < len &&
        is_digit((unsigned char)text[i + 1]))
        return true;
    return false;
}

/*
 * parse_ampm reads an optional " am", "pm", " a.m.", "p.m" at i. Returns
 * the bytes it covers (0 if none) and sets *pm.
 */
static size_t parse_ampm(const char *text, size_t len, size_t i, bool *pm)
{
    size_t j = i;
    if (j < len && text[j] == ' ')
        j++;
    if (j >= len)
        return 0;
    unsigned char c = lower((unsigned char)text[j]);
    if (c != 'a' && c != 'p')
        return 0;
    *pm = c == 'p';
    j++;
    bool dotted = j < len && text[j] == '.';
    if (dotted)
        j++;
    if (j >= len || lower((unsigned char)text[j]) != 'm')
        return 0;
    j++;
    if (dotted && j < len && text[j] == '.')
        j++;
    if (j < len && (is_alnum((unsigned char)text[j]) || text[j] == '_'))
        return 0;
    return j - i;
}

/*
 * parse_time reads a time token starting at the digit text[i]. On success
 * returns its length and fills hours[0..*nhours) with the 24-hour readings
 * and *minute. Returns 0 if the bytes there are not a time.
 */
static size_t parse_time(const char *text, size_t len, size_t i, int hours[2],
                         int *nhours, int *minute)
{
    size_t j = i;
    int h = 0;
    while (j < len && j - i < 3 && is_digit((unsigned char)text[j])) {
        h = h * 10 + (text[j] - '0');
        j++;
    }
    size_t hdigits = j - i;
    if (hdigits < 1 || hdigits > 2 || h > 23)
        return 0;
    if (j >= len || (text[j] != ':' && text[j] != ';'))
        return 0;
    j++;
    if (j + 2 > len || !is_digit((unsigned char)text[j]) ||
        !is_digit((unsigned char)text[j + 1]))
        return 0;
    int m = (text[j] - '0') * 10 + (text[j + 1] - '0');
    j += 2;
    if (m > 59)
        return 0;
    if (j < len && is_digit((unsigned char)text[j]))
        return 0;

    bool pm = false;
    size_t suffix = parse_ampm(text, len, j, &pm);
    if (!suffix && glued_after(text, len, j))
        return 0;
    j += suffix;

    bool zero_lead = hdigits == 2 && text[i] == '0';
    *minute = m;
    if (h >= 1 && h <= 12 && suffix) {
        hours[0] = pm ? h % 12 + 12 : h % 12;
        *nhours = 1;
    } else if (h >= 1 && h <= 12 && !zero_lead) {
        hours[0] = h;
        hours[1] = h == 12 ? 0 : h + 12;
        *nhours = 2;
    } else {
        hours[0] = h;
        *nhours = 1;
    }
    return j - i;
}

/*
 * parse_number reads a comment number at text[i] ("1", "12.1", "1.3.2").
 * Returns its length, or 0 if the bytes there are not one.
 */
static size_t parse_number(const char *text, size_t len, size_t i)
{
    size_t j = i;
    for (;;) {
        if (j >= len || text[j] < '1' || text[j] > '9')
            return 0;
        size_t part = j;
        while (j < len && is_digit((unsigned char)text[j]) && j - part < 10)
            j++;
        if (j - part > 9)
            return 0;
        if (j + 1 < len && text[j] == '.' && text[j + 1] >= '1' &&
            text[j + 1] <= '9') {
            j++;
            continue;
        }
        break;
    }
    if (j - i >= COMMENT_NUMBER_MAX)
        return 0;
    if (j < len && (is_alnum((unsigned char)text[j]) || text[j] == '_'))
        return 0;
    if (j + 1 < len && (text[j] == ':' || text[j] == ';' || text[j] == '.') &&
        is_digit((unsigned char)text[j + 1]))
        return 0;
    return j - i;
}

static bool is_self(const struct refs_ctx *ctx, const struct refs_comment *c)
{
    return ctx->self_id != 0 && c->id == ctx->self_id;
}

static bool posted_before(const struct refs_ctx *ctx,
                          const struct refs_comment *c)
{
    if (c->created != ctx->self_created)
        return c->created < ctx->self_created;
    return ctx->self_id == 0 || c->id < ctx->self_id;
}

/* older: comment a was created before comment b (ties: smaller id). */
static bool older(const struct refs_comment *a, const struct refs_comment *b)
{
    if (a->created != b->created)
        return a->created < b->created;
    return a->id < b->id;
}

/*
 * add_target inserts index k into out->targets in creation order, keeping
 * only the REFS_MAX_TARGETS oldest.
 */
static void add_target(const struct refs_ctx *ctx, struct refs_match *out,
                       size_t k)
{
    const struct refs_comment *c = &ctx->comments[k];
    size_t at = out->ntargets;
    while (at > 0 && older(c, &ctx->comments[out->targets[at - 1]]))
        at--;
    if (at >= REFS_MAX_TARGETS)
        return;
    size_t n =
        out->ntargets < REFS_MAX_TARGETS ? out->ntargets : REFS_MAX_TARGETS - 1;
    memmove(&out->targets[at + 1], &out->targets[at],
            (n - at) * sizeof(out->targets[0]));
    out->targets[at] = k;
    if (out->ntargets < REFS_MAX_TARGETS)
        out->ntargets++;
}

/*
 * read_clock: the hour and minute at which the writer of the referring
 * comment saw comment c (refs.h, "How a reference resolves").
 */
static void read_clock(const struct refs_ctx *ctx, const struct refs_comment *c,
                       int *hour, int *minute)
{
    if (!ctx->self_offset_differs) {
        *hour = c->local_hour;
        *minute = c->local_minute;
        return;
    }
    /* each one as the page showed it when posted: a thread that spans a
       change to or from summer time under the old zone reads as then */
    int offset_min = c->tz_known ? c->tz_offset_min : ctx->self_offset_min;
    int64_t local = c->created + (int64_t)offset_min * 60;
    int64_t of_day = local % 86400;
    if (of_day < 0)
        of_day += 86400;
    *hour = (int)(of_day / 3600);
    *minute = (int)(of_day % 3600 / 60);
}

static void resolve_time(const struct refs_ctx *ctx, const int hours[2],
                         int nhours, int minute, struct refs_match *out)
{
    for (size_t k = 0; k < ctx->count; k++) {
        const struct refs_comment *c = &ctx->comments[k];
        if (is_self(ctx, c) || c->awaiting_review || !posted_before(ctx, c))
            continue;
        int c_hour, c_minute;
        read_clock(ctx, c, &c_hour, &c_minute);
        if (c_minute != minute)
            continue;
        for (int h = 0; h < nhours; h++) {
            if (c_hour == hours[h]) {
                add_target(ctx, out, k);
                break;
            }
        }
    }
}

static void resolve_number(const struct refs_ctx *ctx, const char *num,
                           size_t nlen, struct refs_match *out)
{
    for (size_t k = 0; k < ctx->count; k++) {
        const struct refs_comment *c = &ctx->comments[k];
        if (is_self(ctx, c) || !c->number)
            continue;
        if (strlen(c->number) == nlen && memcmp(c->number, num, nlen) == 0)
            add_target(ctx, out, k);
    }
}

/*
 * try_number: a number reference at text[i] ('#', '@' or ">>")? Returns the
 * token length (0 if none) and fills out when it resolves.
 */
static size_t try_number(const struct refs_ctx *ctx, const char *text,
                         size_t len, size_t i, struct refs_match *out)
{
    size_t mark;
    if (text[i] == '#' || text[i] == '@')
        mark = 1;
    else if (text[i] == '>' && i + 1 < len && text[i + 1] == '>')
        mark = 2;
    else
        return 0;
    if (i > 0) {
        unsigned char p = (unsigned char)text[i - 1];
        if (is_alnum(p) || p == '_' || p == '&' || p == '/')
            return 0;
    }
    size_t n = parse_number(text, len, i + mark);
    if (!n)
        return 0;
    resolve_number(ctx, text + i + mark, n, out);
    return mark + n;
}

/* try_time: a time reference at the digit text[i]? Like try_number. */
static size_t try_time(const struct refs_ctx *ctx, const char *text, size_t len,
                       size_t i, struct refs_match *out)
{
    if (i > 0 && !time_prev_ok((unsigned char)text[i - 1]))
        return 0;
    int hours[2];
    int nhours = 0;
    int minute = 0;
    size_t n = parse_time(text, len, i, hours, &nhours, &minute);
    if (!n || in_url(text, i))
        return 0;
    resolve_time(ctx, hours, nhours, minute, out);
    return n;
}

bool refs_next(const struct refs_ctx *ctx, const char *text, size_t len,
               size_t *pos, struct refs_match *out)
{
    size_t i = *pos;
    while (ctx && text && i < len) {
        unsigned char c = (unsigned char)text[i];
        size_t n = 0;
        out->ntargets = 0;
        if (c == '#' || c == '@' || c == '>')
            n = try_number(ctx, text, len, i, out);
        else if (is_digit(c))
            n = try_time(ctx, text, len, i, out);
        if (n && out->ntargets) {
            out->start = i;
            out->len = n;
            *pos = i + n;
            return true;
        }
        if (n) {
            i += n;
            continue;
        }
        /* Skip the rest of a run of digits: no token starts inside one. */
        i++;
        if (is_digit(c)) {
            while (i < len && is_digit((unsigned char)text[i]))
                i++;
        }
    }
    *pos = len;
    return false;
}
