/*
 * config_check.h - `charla config check FILE`: is this a configuration
 * `charla serve` would start with?
 */
#ifndef CHARLA_CLI_CONFIG_CHECK_H
#define CHARLA_CLI_CONFIG_CHECK_H

/*
 * cli_config_check reads the file at path and checks it as serve would
 * before listening. Prints "PATH: ok" on stdout, or each problem with its
 * line on stderr. Returns the exit status: 0 good, 1 not.
 */
int cli_config_check(const char *path);

#endif
