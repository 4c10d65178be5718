/*
 * user.h - `charla user add|list|remove|passwd|role`: staff accounts from the
 * command line.
 */
#ifndef CHARLA_CLI_USER_H
#define CHARLA_CLI_USER_H

/* argv[0] is "user"; returns the exit status (0, 1, or 2 for usage). */
int cli_user(int argc, char **argv);

#endif
