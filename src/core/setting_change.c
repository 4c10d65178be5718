/*
 * setting_change.c - fingerprints and change notes for settings forms;
 * see setting_change.h. No store, no HTTP: the staff handler reads and
 * writes the settings, this only compares them.
 */
#include <stdio.h>
#include <string.h>

#include "core/setting_change.h"

void setting_print(const char *value, char out[SETTING_PRINT_HEX + 1])
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        h ^= *p;
        h *= 1099511628211ull;
    }
    snprintf(out, SETTING_PRINT_HEX + 1, "%016llx", (unsigned long long)h);
}

/* next_line finds the next non-empty line of *p (without surrounding
 * blanks) into *start, *len and moves *p past it; false at the end. */
static bool next_line(const char **p, const char **start, size_t *len)
{
    while (**p) {
        const char *s = *p;
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        *p = nl ? nl + 1 : s + n;
        while (n && (*s == ' ' || *s == '\t' || *s == '\r')) {
            s++;
            n--;
        }
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
            n--;
        if (n) {
            *start = s;
            *len = n;
            return true;
        }
    }
    return false;
}

/* has_line: does list hold the line (s, n)? */
static bool has_line(const char *list, const char *s, size_t n)
{
    const char *p = list, *t;
    size_t m;
    while (next_line(&p, &t, &m))
        if (m == n && memcmp(s, t, n) == 0)
            return true;
    return false;
}

/* missing counts the lines of a that b lacks. */
static size_t missing(const char *a, const char *b)
{
    const char *p = a, *s;
    size_t n, count = 0;
    while (next_line(&p, &s, &n))
        if (!has_line(b, s, n))
            count++;
    return count;
}

void setting_list_diff(const char *before, const char *after, size_t *added,
                       size_t *removed)
{
    *added = missing(after, before);
    *removed = missing(before, after);
}

void setting_note_add(struct buf *note, const char *key, const char *before,
                      const char *after, bool list)
{
    if (strcmp(before, after) == 0)
        return;
    if (note->len)
        buf_adds(note, "; ");
    buf_adds(note, key);
    buf_adds(note, ": ");
    if (!list) {
        buf_adds(note, before[0] ? before : "(unset)");
        buf_adds(note, " → ");
        buf_adds(note, after[0] ? after : "(unset)");
        return;
    }
    size_t added, removed;
    setting_list_diff(before, after, &added, &removed);
    buf_adds(note, "+");
    buf_add_i64(note, (int64_t)added);
    buf_adds(note, " −");
    buf_add_i64(note, (int64_t)removed);
}
