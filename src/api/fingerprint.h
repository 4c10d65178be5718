/*
 * fingerprint.h - one number for a list of inputs, made the same way
 * everywhere the page cache needs one: the comments feed's version
 * (feed_fingerprint.c) and what every page's ETag carries besides its
 * article's version (site_fingerprint.c). Strings go in with their length
 * first, so no two different lists run together into the same bytes.
 */
#ifndef CHARLA_API_FINGERPRINT_H
#define CHARLA_API_FINGERPRINT_H

#include <sodium.h>
#include <stdint.h>

struct fingerprint {
    crypto_generichash_state st; /* BLAKE2b, 8 bytes out, no key */
};

/* fingerprint_init starts one; label names what it is of, and changing
 * the label changes every number made with it. */
void fingerprint_init(struct fingerprint *fp, const char *label);
void fingerprint_add_u64(struct fingerprint *fp, uint64_t v);
/* fingerprint_add_text adds s (NULL counts as ""). */
void fingerprint_add_text(struct fingerprint *fp, const char *s);
/* fingerprint_final returns the number, 63 bits (never negative, so an
 * ETag holds it without a minus sign); fp is used up. */
int64_t fingerprint_final(struct fingerprint *fp);

#endif
