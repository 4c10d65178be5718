/*
 * arena.c - chunked bump allocation; see arena.h.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"

#define ARENA_CHUNK_BYTES 16384
#define ARENA_ALIGN 16

struct arena_chunk {
    struct arena_chunk *next;
    size_t size; /* usable bytes in mem */
    size_t used; /* bytes handed out from mem */
    _Alignas(16) unsigned char mem[];
};

void arena_init(struct arena *a, size_t max_bytes)
{
    a->head = NULL;
    a->used_bytes = 0;
    a->max_bytes = max_bytes;
}

void arena_release(struct arena *a)
{
    struct arena_chunk *c = a->head;
    while (c) {
        struct arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->used_bytes = 0;
}

void arena_reset(struct arena *a)
{
    if (!a->head)
        return;
    struct arena_chunk *keep = a->head;
    while (keep->next)
        keep = keep->next; /* the oldest chunk is the standard size */
    struct arena_chunk *c = a->head;
    while (c != keep) {
        struct arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    keep->used = 0;
    keep->next = NULL;
    a->head = keep;
    a->used_bytes = 0;
}

void *arena_alloc_uninit(struct arena *a, size_t size)
{
    size_t rounded = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (rounded < size)
        return NULL;
    if (a->max_bytes &&
        (rounded > a->max_bytes || a->used_bytes > a->max_bytes - rounded))
        return NULL;
    struct arena_chunk *c = a->head;
    if (!c || c->size - c->used < rounded) {
        size_t want = rounded > ARENA_CHUNK_BYTES ? rounded : ARENA_CHUNK_BYTES;
        c = malloc(sizeof(*c) + want);
        if (!c)
            return NULL;
        c->size = want;
        c->used = 0;
        if (a->head && rounded > ARENA_CHUNK_BYTES) {
            /* a big one-off: keep the current chunk on top for small ones */
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->mem + c->used;
    c->used += rounded;
    a->used_bytes += rounded;
    return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
    void *p = arena_alloc_uninit(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *p = arena_alloc_uninit(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_sprintf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = arena_alloc_uninit(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}
