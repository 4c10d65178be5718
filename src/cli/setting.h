/*
 * setting.h - `charla setting get|set|unset KEY [VALUE]`: the site
 * settings that live in the database, from the command line, checked
 * against the list of settings charla knows.
 */
#ifndef CHARLA_CLI_SETTING_H
#define CHARLA_CLI_SETTING_H

/* argv[0] is "setting"; returns the exit status (0, 1, or 2 for usage). */
int cli_setting(int argc, char **argv);

#endif
