/*
 * msg.c - the compiled-in catalogues built from messages_<lang>.def, the
 * current language of each thread, and the choice of a language from an
 * Accept-Language header.
 *
 * Every table has MSG_COUNT entries indexed by enum msg_id. English is
 * complete by construction (the enum comes from its file); a translation
 * may lack an entry (NULL), which msg_get answers in English so that a
 * half-finished translation never shows a blank. The unit test refuses
 * NULL and empty entries and differing format specifiers, so a release
 * has none.
 *
 * The current language and the language switch's back path are
 * thread-local: i18n_select sets both before any handler runs, and a
 * request is handled on one thread.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "render/msg.h"

static const char *const messages_en[MSG_COUNT] = {
#define MSG(key, text) [key] = text,
#include "render/messages_en.def"
#undef MSG
};

static const char *const messages_es[MSG_COUNT] = {
#define MSG(key, text) [key] = text,
#include "render/messages_es.def"
#undef MSG
};

static const char *const *const catalogues[MSG_LANG_COUNT] = {
    [MSG_LANG_EN] = messages_en,
    [MSG_LANG_ES] = messages_es,
};

static const char *const lang_codes[MSG_LANG_COUNT] = {
    [MSG_LANG_EN] = "en",
    [MSG_LANG_ES] = "es",
};

static _Thread_local enum msg_lang current_lang = MSG_LANG_EN;
static _Thread_local char back_path[512] = "/";

const char *msg_get_in(enum msg_lang lang, enum msg_id id)
{
    if ((unsigned)id >= MSG_COUNT || (unsigned)lang >= MSG_LANG_COUNT)
        return NULL;
    return catalogues[lang][id];
}

const char *msg_get(enum msg_id id)
{
    if ((unsigned)id >= MSG_COUNT)
        return "";
    const char *s = catalogues[current_lang][id];
    if (!s || !*s)
        s = messages_en[id];
    return s;
}

void msg_set_lang(enum msg_lang lang)
{
    current_lang = (unsigned)lang < MSG_LANG_COUNT ? lang : MSG_LANG_EN;
}

enum msg_lang msg_lang(void)
{
    return current_lang;
}

const char *msg_lang_code(enum msg_lang lang)
{
    return (unsigned)lang < MSG_LANG_COUNT ? lang_codes[lang] : "en";
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int msg_lang_parse(const char *s, size_t len)
{
    if (!s)
        return -1;
    size_t n = 0;
    while (n < len && s[n] != '-' && s[n] != '_')
        n++;
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        const char *code = lang_codes[l];
        if (strlen(code) != n)
            continue;
        size_t i = 0;
        while (i < n && lower(s[i]) == code[i])
            i++;
        if (i == n)
            return l;
    }
    return -1;
}

static bool is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/*
 * parse_q reads a q-value ("1", "0.8", "1.000") into thousandths. Returns
 * -1 if it is not one.
 */
static int parse_q(const char *s, size_t len)
{
    if (len == 0 || len > 5 || (s[0] != '0' && s[0] != '1'))
        return -1;
    int q = (s[0] - '0') * 1000;
    if (len == 1)
        return q;
    if (s[1] != '.')
        return -1;
    int scale = 100;
    for (size_t i = 2; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        q += (s[i] - '0') * scale;
        scale /= 10;
    }
    return q > 1000 ? -1 : q;
}

/* is_tag: a language range as RFC 4647 allows it: "*" or letters and
 * digits in subtags of 1-8 separated by '-'. */
static bool is_tag(const char *s, size_t len)
{
    if (len == 1 && s[0] == '*')
        return true;
    size_t run = 0;
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = lower(s[i]);
        if (c == '-') {
            if (run == 0)
                return false;
            run = 0;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (++run > 8)
                return false;
        } else {
            return false;
        }
    }
    return run > 0;
}

/* The most of a header we read, and the most entries we consider. */
#define ACCEPT_MAX_BYTES 1024
#define ACCEPT_MAX_ENTRIES 32

int msg_lang_accept(const char *header)
{
    int q_of[MSG_LANG_COUNT];   /* best q of each language, -1 unnamed */
    int pos_of[MSG_LANG_COUNT]; /* entry where that q was seen */
    if (!header)
        return -1;
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        q_of[l] = -1;
        pos_of[l] = 0;
    }
    size_t len = strnlen(header, ACCEPT_MAX_BYTES + 1);
    if (len > ACCEPT_MAX_BYTES)
        return -1;
    const char *p = header, *end = header + len;
    for (int entry = 0; p < end && entry < ACCEPT_MAX_ENTRIES; entry++) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        const char *e = comma ? comma : end;
        /* the range, up to the first ';' */
        const char *semi = memchr(p, ';', (size_t)(e - p));
        const char *t = p, *te = semi ? semi : e;
        while (t < te && is_ows(*t))
            t++;
        while (te > t && is_ows(te[-1]))
            te--;
        int q = 1000;
        /* parameters: only q matters; a broken q drops the entry */
        const char *prm = semi;
        while (prm && prm < e && q >= 0) {
            const char *next = memchr(prm + 1, ';', (size_t)(e - prm - 1));
            const char *a = prm + 1, *ae = next ? next : e;
            while (a < ae && is_ows(*a))
                a++;
            while (ae > a && is_ows(ae[-1]))
                ae--;
            if (ae - a >= 2 && lower(a[0]) == 'q' && a[1] == '=')
                q = parse_q(a + 2, (size_t)(ae - a - 2));
            prm = next;
        }
        p = comma ? comma + 1 : end;
        size_t tl = (size_t)(te - t);
        if (q < 0 || !is_tag(t, tl) || (tl == 1 && t[0] == '*'))
            continue; /* "*": any language, which is the site default */
        int l = msg_lang_parse(t, tl);
        if (l >= 0 && q > q_of[l]) {
            q_of[l] = q;
            pos_of[l] = entry;
        }
    }
    int best = -1;
    for (int l = 0; l < MSG_LANG_COUNT; l++) {
        if (q_of[l] <= 0)
            continue; /* unnamed, or q=0: "not this one" */
        if (best < 0 || q_of[l] > q_of[best] ||
            (q_of[l] == q_of[best] && pos_of[l] < pos_of[best]))
            best = l;
    }
    return best;
}

/* The default removal reasons (core/moderation.c) and their messages. */
static const struct {
    const char *name;
    enum msg_id id;
} reasons[] = {
    {"insult", MSG_REASON_INSULT}, {"hate", MSG_REASON_HATE},
    {"threat", MSG_REASON_THREAT}, {"doxxing", MSG_REASON_DOXXING},
    {"spam", MSG_REASON_SPAM},     {"off-topic", MSG_REASON_OFF_TOPIC},
    {"other", MSG_REASON_OTHER},
};

const enum msg_id *msg_report_suggestions(size_t *n)
{
    static const enum msg_id suggestions[] = {
        MSG_REASON_THREAT, MSG_REASON_DOXXING, MSG_REASON_HATE,
        MSG_REASON_INSULT, MSG_REASON_SPAM,    MSG_REASON_OFF_TOPIC,
    };
    *n = sizeof(suggestions) / sizeof(suggestions[0]);
    return suggestions;
}

const char *msg_report_reason(const char *reason)
{
    size_t n;
    const enum msg_id *ids = msg_report_suggestions(&n);
    if (!reason)
        return "";
    for (int l = 0; l < MSG_LANG_COUNT; l++)
        for (size_t i = 0; i < n; i++) {
            const char *s = msg_get_in((enum msg_lang)l, ids[i]);
            if (s && strcmp(reason, s) == 0)
                return msg_get(ids[i]);
        }
    return reason;
}

const char *msg_reason(const char *reason)
{
    if (!reason)
        return "";
    for (size_t i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++)
        if (strcmp(reason, reasons[i].name) == 0)
            return msg_get(reasons[i].id);
    return reason;
}

/* The screening categories (the model's names) and their messages. */
static const struct {
    const char *name;
    enum msg_id id;
} categories[] = {
    {"insult", MSG_ADM_CAT_INSULT},
    {"identity_hate", MSG_ADM_CAT_IDENTITY_HATE},
    {"threat", MSG_ADM_CAT_THREAT},
    {"profanity", MSG_ADM_CAT_PROFANITY},
    {"sexual", MSG_ADM_CAT_SEXUAL},
    {"spam", MSG_ADM_CAT_SPAM},
    {"doxxing", MSG_ADM_CAT_DOXXING},
};

const char *msg_category(const char *name)
{
    if (!name)
        return "";
    for (size_t i = 0; i < sizeof(categories) / sizeof(categories[0]); i++)
        if (strcmp(name, categories[i].name) == 0)
            return msg_get(categories[i].id);
    return name;
}

void msg_set_back_path(const char *path)
{
    size_t n = path ? strlen(path) : 0;
    if (n == 0 || n >= sizeof(back_path) || path[0] != '/') {
        snprintf(back_path, sizeof(back_path), "%s", "/");
        return;
    }
    memcpy(back_path, path, n + 1);
}

const char *msg_back_path(void)
{
    return back_path;
}
