/*
 * confusable.h - letters of other scripts that pass for Latin ones
 * ("Μod1" with a Greek capital mu, "еd1" with a Cyrillic e), as the Latin
 * letter in lower case. The abuse screen (screen/normalize.c) reads words
 * through them so "іdiot" is "idiot"; staff-name reservation
 * (core/names.c) folds names through them so "Μod1" is "mod1". One table
 * for both, so a look-alike that one of them learns the other knows too.
 *
 * Case folding alone gets capitals wrong: it turns Greek "Μ" into "μ"
 * (which reads as "u") and "Η" into "η" (an "n"). So a capital is looked
 * up, as it is, with confusable_capital before folding, and what folding
 * gives with confusable_small after it.
 */
#ifndef CHARLA_UTIL_CONFUSABLE_H
#define CHARLA_UTIL_CONFUSABLE_H

#include <stdint.h>

/*
 * confusable_capital returns the lower-case Latin letter that the Greek
 * or Cyrillic capital c looks like ('m' for U+039C), or 0 for any other
 * code point.
 */
uint32_t confusable_capital(uint32_t c);

/*
 * confusable_small returns the lower-case Latin letter that c, a case
 * folded letter of another script (Cyrillic, Greek, Armenian, Latin
 * extensions such as dotless i), is read as, or c itself when it is none.
 */
uint32_t confusable_small(uint32_t c);

#endif
