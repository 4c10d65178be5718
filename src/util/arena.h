/*
 * arena.h - a bump allocator for everything that lives as long as one
 * request, one import batch or one page render.
 *
 * Allocations are never freed one by one: arena_reset or arena_release
 * drops them all at once. Memory comes in chunks from malloc; an
 * allocation larger than a chunk gets a chunk of its own. Every
 * allocation is aligned for any type. An arena has a total limit so a
 * hostile request cannot make one grow without bound.
 */
#ifndef CHARLA_UTIL_ARENA_H
#define CHARLA_UTIL_ARENA_H

#include <stddef.h>

struct arena_chunk;

struct arena {
    struct arena_chunk *head; /* newest chunk first */
    size_t used_bytes;        /* bytes handed out (for the limit) */
    size_t max_bytes;         /* 0 = no limit */
};

void arena_init(struct arena *a, size_t max_bytes);
/* arena_release frees every chunk. */
void arena_release(struct arena *a);
/* arena_reset frees all but the first chunk and empties it. */
void arena_reset(struct arena *a);

/* Returns zeroed memory valid until reset/release, or NULL. */
void *arena_alloc(struct arena *a, size_t size);
/* The same, not zeroed: for memory the caller writes in full at once. */
void *arena_alloc_uninit(struct arena *a, size_t size);
/* Copies len bytes and adds a NUL. Returns NULL on failure. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);
/* arena_sprintf formats into arena memory (not for markup). */
char *arena_sprintf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
