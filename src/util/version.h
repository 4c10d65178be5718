/*
 * version.h - charla's version, in one place. `charla --version` prints
 * it, and every cached page's ETag is made with it (api/site_fingerprint.h)
 * so that after an upgrade that changes the pages a browser is not told
 * its old copy is still good. Bump it with every release.
 */
#ifndef CHARLA_UTIL_VERSION_H
#define CHARLA_UTIL_VERSION_H

#define CHARLA_VERSION "0.1.0"

#endif
