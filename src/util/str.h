/*
 * str.h - bounded parsing helpers: numbers, UTF-8 checks, hex, trimming.
 *
 * All functions take (pointer, length) and never read past the length, so
 * they work on slices of request bodies that are not NUL-terminated.
 */
#ifndef CHARLA_UTIL_STR_H
#define CHARLA_UTIL_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

/*
 * str_to_int parses a whole decimal string (optional leading '-') into
 * [min, max]. Returns 0, or ERR_INVALID for junk, empty input or a value
 * out of range; *out is untouched on failure.
 */
MUST_CHECK int str_to_int(const char *s, size_t len, int64_t min, int64_t max,
                          int64_t *out);

/* str_utf8_valid: true if s[0..len) is well-formed UTF-8 without NUL. */
bool str_utf8_valid(const char *s, size_t len);

/*
 * str_utf8_seq_len returns the length (1-4) of the well-formed UTF-8
 * sequence at s (avail bytes readable, avail >= 1), or 0 if the bytes
 * there are not one: overlong forms, surrogates and values past U+10FFFF
 * are refused. NUL counts as a (one-byte) sequence.
 */
size_t str_utf8_seq_len(const unsigned char *s, size_t avail);

/* str_utf8_count returns the number of code points (s must be valid). */
size_t str_utf8_count(const char *s, size_t len);

/* str_hex writes 2*len lowercase hex digits and a NUL into out. */
void str_hex(const unsigned char *in, size_t len, char *out);

/* str_unhex parses exactly 2*out_len hex digits. Returns 0 or ERR_INVALID. */
MUST_CHECK int str_unhex(const char *in, size_t in_len, unsigned char *out,
                         size_t out_len);

/* str_trim narrows [*s, *s + *len) past ASCII white space at both ends. */
void str_trim(const char **s, size_t *len);

/* str_is_site_path: s may be sent as a Location that stays on this site:
 * one leading slash (not "//" nor a slash and a backslash, which a browser
 * reads as another host), no backslash or control byte, at most
 * STR_SITE_PATH_MAX bytes. */
#define STR_SITE_PATH_MAX 2048
bool str_is_site_path(const char *s);

/* str_eq: the slice equals the NUL-terminated literal. */
bool str_eq(const char *s, size_t len, const char *lit);

/* str_starts: the NUL-terminated s starts with prefix. */
bool str_starts(const char *s, const char *prefix);

/*
 * str_lf_lines rewrites s[0..len) in place so that every CRLF and every
 * lone CR becomes one LF (browsers send textareas with CRLF; we store LF
 * only). Returns the new length and writes a NUL there, so s must have
 * room for len + 1 bytes.
 */
size_t str_lf_lines(char *s, size_t len);

#endif
