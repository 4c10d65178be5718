/*
 * pseudonym.c - tokens, keyed hashes and handles with libsodium's BLAKE2b
 * (crypto_generichash); see pseudonym.h for why they exist.
 *
 * Domain separation: the token hash and the handle hash use the same site
 * key but different prefixes, so one can never be mistaken for the other.
 */
#include <sodium.h>
#include <string.h>

#include "core/pseudonym.h"
#include "util/str.h"

int pseudonym_init(void)
{
    return sodium_init() < 0 ? ERR_INVALID : 0;
}

void pseudonym_new_key(unsigned char key[PSEUDONYM_KEY_BYTES])
{
    randombytes_buf(key, PSEUDONYM_KEY_BYTES);
}

void pseudonym_new_token(char out[PSEUDONYM_TOKEN_HEX + 1])
{
    unsigned char raw[PSEUDONYM_TOKEN_HEX / 2];
    randombytes_buf(raw, sizeof(raw));
    str_hex(raw, sizeof(raw), out);
    sodium_memzero(raw, sizeof(raw));
}

bool pseudonym_token_valid(const char *s, size_t len)
{
    if (len != PSEUDONYM_TOKEN_HEX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return false;
    return true;
}

void pseudonym_token_hash(const unsigned char key[PSEUDONYM_KEY_BYTES],
                          const char *token, size_t token_len,
                          char out[PSEUDONYM_HASH_HEX + 1])
{
    static const char domain[] = "charla reader token v1";
    unsigned char digest[PSEUDONYM_HASH_HEX / 2];
    crypto_generichash_state st;

    crypto_generichash_init(&st, key, PSEUDONYM_KEY_BYTES, sizeof(digest));
    crypto_generichash_update(&st, (const unsigned char *)domain,
                              sizeof(domain));
    crypto_generichash_update(&st, (const unsigned char *)token, token_len);
    crypto_generichash_final(&st, digest, sizeof(digest));
    str_hex(digest, sizeof(digest), out);
}

void pseudonym_handle(const unsigned char key[PSEUDONYM_KEY_BYTES],
                      const char *token_hash, int64_t article_id,
                      char out[PSEUDONYM_HANDLE_LEN + 1], int *colour)
{
    static const char domain[] = "charla handle v1";
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    unsigned char digest[16];
    unsigned char id_bytes[8];
    crypto_generichash_state st;

    for (int i = 0; i < 8; i++)
        id_bytes[i] = (unsigned char)((uint64_t)article_id >> (8 * i));
    crypto_generichash_init(&st, key, PSEUDONYM_KEY_BYTES, sizeof(digest));
    crypto_generichash_update(&st, (const unsigned char *)domain,
                              sizeof(domain));
    crypto_generichash_update(&st, (const unsigned char *)token_hash,
                              strlen(token_hash));
    crypto_generichash_update(&st, id_bytes, sizeof(id_bytes));
    crypto_generichash_final(&st, digest, sizeof(digest));
    uint32_t bits =
        (uint32_t)digest[0] << 16 | (uint32_t)digest[1] << 8 | digest[2];
    for (int i = 0; i < PSEUDONYM_HANDLE_LEN; i++)
        out[i] = alphabet[(bits >> (5 * i)) & 31];
    out[PSEUDONYM_HANDLE_LEN] = '\0';
    *colour = digest[3] % PSEUDONYM_COLOURS;
}
