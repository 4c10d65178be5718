/*
 * fuzz_config.c - the configuration file parser (config_parse in
 * src/cli/config.c) on any bytes.
 *
 * Invariants: it returns 0, ERR_INVALID or ERR_TOOBIG; on failure it says
 * why; whatever it stored is a valid option (NUL-terminated, in range), so
 * a bad file can never leave charla serve with a broken setting.
 */
#include <string.h>

#include "cli/config.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct config c;
    struct buf err;
    config_defaults(&c);
    buf_init(&err, 4096);
    int ret = config_parse((const char *)data, size, &c, &err);
    if (ret != 0 && ret != ERR_INVALID && ret != ERR_TOOBIG)
        fuzz_die("config_parse returned an unexpected error");
    if (ret != 0 && err.len == 0)
        fuzz_die("a refusal without a message");
    if (ret == 0 && err.len != 0)
        fuzz_die("a message without a refusal");
    if (!memchr(c.db, '\0', sizeof(c.db)) || !c.db[0] ||
        !memchr(c.listen, '\0', sizeof(c.listen)) || !c.listen[0] ||
        !memchr(c.web, '\0', sizeof(c.web)) || !c.web[0] ||
        !memchr(c.model, '\0', sizeof(c.model)) ||
        !memchr(c.user, '\0', sizeof(c.user)))
        fuzz_die("a string option left unterminated or empty");
    /* a stored user name is one useradd could make: no '/', ':', space,
     * control byte or leading '-' reaches getpwnam or a message */
    for (size_t i = 0; c.user[i]; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "0123456789_.-$",
                    c.user[i]) ||
            (i == 0 && c.user[i] == '-'))
            fuzz_die("a user name with a character it may not have");
    if (c.threads < 1 || c.threads > CONFIG_THREADS_MAX)
        fuzz_die("threads out of range");
    buf_release(&err);
    return 0;
}
