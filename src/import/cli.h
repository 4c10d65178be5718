/*
 * cli.h - the `charla import` and `charla export` commands.
 */
#ifndef CHARLA_IMPORT_CLI_H
#define CHARLA_IMPORT_CLI_H

#include <stdbool.h>

/*
 * import_cmd runs `import FORMAT FILE [--db PATH] [--map OLD=NEW]...`
 * (argv[0] is "import"). FORMAT is blogger, disqus, wxr or json. Prints
 * the summary on stdout, a progress line on stderr when it is a terminal,
 * and any error on stderr. path_is_own (may be NULL) tells the paths the
 * server answers itself: a blogger, disqus or wxr article found at one is
 * stored under IMPORT_RENAMED_PREFIX, and the summary lists each (a json
 * restore keeps its paths as they were). Returns the exit status: 0 ok,
 * 1 the import failed (nothing was stored), 2 usage error.
 */
int import_cmd(int argc, char **argv, bool (*path_is_own)(const char *path));

/*
 * export_cmd runs `export json [--article PATH] [--db PATH] [--out FILE]`
 * (argv[0] is "export"), writing to stdout unless --out is given. Returns
 * the exit status: 0 ok, 1 failure, 2 usage error.
 */
int export_cmd(int argc, char **argv);

#endif
