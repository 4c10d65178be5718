/*
 * tz_zone.c - checks a time zone name against the machine's time zone
 * database (see tz_zone.h) so that a misspelt or made-up zone is refused
 * when it is set, instead of glibc quietly showing UTC.
 *
 * The name becomes part of a path, so it is checked by its bytes before
 * any file is opened: the allowed bytes have no '.', and the first must be
 * a letter, so the path cannot leave the zone folder. The file is opened
 * without blocking (a FIFO placed there cannot hang the check), must be
 * a regular file, and must start with "TZif", the magic of every compiled
 * zone; anything else glibc would not load either.
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/tz_zone.h"

#define TZ_ZONE_DEFAULT_DIR "/usr/share/zoneinfo"
#define TZ_ZONE_MAGIC "TZif"

const char *tz_zone_dir(void)
{
    const char *dir = getenv("TZDIR");
    return dir && dir[0] ? dir : TZ_ZONE_DEFAULT_DIR;
}

static bool is_letter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* name_ok: the shape rules of tz_zone_find, on the bytes alone. */
static bool name_ok(const char *name, size_t len)
{
    if (len == 0 || len > TZ_ZONE_NAME_MAX || !is_letter(name[0]) ||
        name[len - 1] == '/')
        return false;
    if (strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                     "0123456789_-+/") != len)
        return false;
    for (size_t i = 1; i < len; i++)
        if (name[i] == '/' && name[i - 1] == '/')
            return false;
    return true;
}

/* has_magic: fd is a regular file that starts with TZ_ZONE_MAGIC. */
static bool has_magic(int fd)
{
    struct stat sb;
    char head[sizeof(TZ_ZONE_MAGIC) - 1];
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))
        return false;
    ssize_t n = pread(fd, head, sizeof(head), 0);
    return n == (ssize_t)sizeof(head) &&
           memcmp(head, TZ_ZONE_MAGIC, sizeof(head)) == 0;
}

int tz_zone_find(const char *name, size_t len)
{
    if (!name_ok(name, len))
        return ERR_INVALID;
    char path[4096];
    int n = snprintf(path, sizeof(path), "%s/%s", tz_zone_dir(), name);
    if (n < 0 || (size_t)n >= sizeof(path))
        return ERR_NOTFOUND;
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return ERR_NOTFOUND;
    bool found = has_magic(fd);
    close(fd);
    return found ? 0 : ERR_NOTFOUND;
}
