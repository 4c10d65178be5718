/*
 * pseudonym.h - reader tokens, their keyed hashes, and per-article handles.
 *
 * A reader is known only by a random 128-bit token kept in their cookie.
 * The server never stores the token: it stores a keyed BLAKE2b hash of it
 * (the key is the site secret). The handle shown in an article ("K7Q" and a
 * colour) is a second keyed hash of (token hash, article id), so the same
 * reader has the same handle within an article and unrelated handles across
 * articles: nobody can link a reader's comments between stories.
 */
#ifndef CHARLA_CORE_PSEUDONYM_H
#define CHARLA_CORE_PSEUDONYM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define PSEUDONYM_KEY_BYTES 32
#define PSEUDONYM_TOKEN_HEX 32 /* 128 bits as hex */
#define PSEUDONYM_HASH_HEX 64  /* 256-bit keyed hash as hex */
#define PSEUDONYM_HANDLE_LEN 3
#define PSEUDONYM_COLOURS 8

/* pseudonym_init initialises libsodium; call once at start. */
MUST_CHECK int pseudonym_init(void);

/* pseudonym_new_key fills key with fresh random bytes (the site secret). */
void pseudonym_new_key(unsigned char key[PSEUDONYM_KEY_BYTES]);

/* pseudonym_new_token writes a fresh random token as 32 hex chars + NUL. */
void pseudonym_new_token(char out[PSEUDONYM_TOKEN_HEX + 1]);

/* pseudonym_token_valid: s is exactly 32 lowercase hex characters. */
bool pseudonym_token_valid(const char *s, size_t len);

/* pseudonym_token_hash writes the keyed hash of a token as 64 hex + NUL. */
void pseudonym_token_hash(const unsigned char key[PSEUDONYM_KEY_BYTES],
                          const char *token, size_t token_len,
                          char out[PSEUDONYM_HASH_HEX + 1]);

/*
 * pseudonym_handle derives the handle of a reader (by token hash) in one
 * article: 3 characters of Crockford base 32 (no I, L, O, U) + NUL, and a
 * colour index in [0, PSEUDONYM_COLOURS).
 */
void pseudonym_handle(const unsigned char key[PSEUDONYM_KEY_BYTES],
                      const char *token_hash, int64_t article_id,
                      char out[PSEUDONYM_HANDLE_LEN + 1], int *colour);

#endif
