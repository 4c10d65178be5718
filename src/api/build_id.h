/*
 * build_id.h - a name for the very build that runs, so that an upgrade
 * changes every cached page's ETag (site_fingerprint.h) even when the
 * version string stays the same: a site that builds charla from a newer
 * checkout of the same version would otherwise tell a browser that the
 * page it kept from the old build is still good.
 */
#ifndef CHARLA_API_BUILD_ID_H
#define CHARLA_API_BUILD_ID_H

/* build_id returns a hash of the running executable's bytes as 16 hex
 * digits, worked out at the first call; "" when the file cannot be read
 * (the version string and the static files then mark an upgrade alone). */
const char *build_id(void);

#endif
