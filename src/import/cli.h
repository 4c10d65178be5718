/*
 * cli.h - the `charla import` and `charla export` commands.
 */
#ifndef CHARLA_IMPORT_CLI_H
#define CHARLA_IMPORT_CLI_H

/*
 * import_cmd runs `import FORMAT FILE [--db PATH] [--map OLD=NEW]...`
 * (argv[0] is "import"). FORMAT is blogger, disqus, wxr or json. Prints
 * the summary on stdout, a progress line on stderr when it is a terminal,
 * and any error on stderr. Returns the exit status: 0 ok, 1 the import
 * failed (nothing was stored), 2 usage error.
 */
int import_cmd(int argc, char **argv);

/*
 * export_cmd runs `export json [--article PATH] [--db PATH] [--out FILE]`
 * (argv[0] is "export"), writing to stdout unless --out is given. Returns
 * the exit status: 0 ok, 1 failure, 2 usage error.
 */
int export_cmd(int argc, char **argv);

#endif
