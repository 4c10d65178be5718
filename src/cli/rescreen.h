/*
 * rescreen.h - `charla rescreen`: screens the comments already published
 * (an imported history, or a thread read before a new model or word list)
 * and holds for review those a new post would be held for.
 */
#ifndef CHARLA_CLI_RESCREEN_H
#define CHARLA_CLI_RESCREEN_H

/* argv[0] is "rescreen"; returns the exit status (0, 1, or 2 for usage). */
int cli_rescreen(int argc, char **argv);

#endif
