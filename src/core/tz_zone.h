/*
 * tz_zone.h - whether a time zone name is one this machine can show times
 * in. glibc takes any TZ and, when it finds no such zone, silently uses
 * UTC; so a typo in the timezone setting ("America/Mexico_Cty") would put
 * every time on the site off by hours with no error anywhere. Settings
 * are checked here before they are stored, and again at start.
 */
#ifndef CHARLA_CORE_TZ_ZONE_H
#define CHARLA_CORE_TZ_ZONE_H

#include <stddef.h>

#include "util/err.h"

/* The longest IANA name taken, in bytes (the longest real one is 30). */
#define TZ_ZONE_NAME_MAX 63

/* tz_zone_dir: the folder of the time zone database: $TZDIR when set
 * (as glibc reads it), else /usr/share/zoneinfo (Debian's tzdata).
 * Borrowed: the environment's string or a literal. */
const char *tz_zone_dir(void);

/*
 * tz_zone_find says whether name (NUL-terminated, len bytes, an IANA
 * name such as "America/Mexico_City") is in the machine's time zone database.
 * The name is checked first, without touching the disk: 1 to TZ_ZONE_NAME_MAX
 * bytes of letters, digits, '_', '-', '+' and '/', starting with a
 * letter, no empty part ("//", a '/' at the end). So no '.', no "..", no
 * leading '/': only a file under tz_zone_dir() is ever opened. Then the
 * file must be a regular file that starts with the "TZif" magic.
 * Fixed offsets and "UTC" are not names; see site_parse_offset.
 * Returns 0; ERR_INVALID if the name is malformed (nothing opened);
 * ERR_NOTFOUND if the database has no such zone.
 */
MUST_CHECK int tz_zone_find(const char *name, size_t len);

#endif
