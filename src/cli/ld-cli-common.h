/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Exit codes of every command. */
#define LD_CLI_EXIT_OK      0
#define LD_CLI_EXIT_FAILURE 1
#define LD_CLI_EXIT_USAGE   2

/* Every command of legal-desk-cli has this signature and a row in the
 * command table of ld-cli-main.c. @database_path is the --database option
 * or ld_database_default_path(); argv[0] is the command name. Returns
 * LD_CLI_EXIT_OK, LD_CLI_EXIT_FAILURE or LD_CLI_EXIT_USAGE. */
typedef int (*LdCliCommandFunc) (const char  *database_path,
                                 int          argc,
                                 char       **argv);

int ld_cli_check_main   (const char *database_path, int argc, char **argv);  /* ld-cli-check.c */
int ld_cli_backup_main  (const char *database_path, int argc, char **argv);  /* ld-cli-backup.c */
int ld_cli_restore_main (const char *database_path, int argc, char **argv);  /* ld-cli-backup.c */
int ld_cli_demo_main    (const char *database_path, int argc, char **argv);  /* ld-cli-demo.c */
int ld_cli_render_main  (const char *database_path, int argc, char **argv);  /* ld-cli-render.c */
int ld_cli_issued_main  (const char *database_path, int argc, char **argv);  /* ld-cli-issued.c */
int ld_cli_contracts_main (const char *database_path, int argc, char **argv);  /* ld-cli-contracts.c */
int ld_cli_petitions_main (const char *database_path, int argc, char **argv);  /* ld-cli-petitions.c */
int ld_cli_mediations_main (const char *database_path, int argc, char **argv);  /* ld-cli-mediations.c */
int ld_cli_due_main       (const char *database_path, int argc, char **argv);  /* ld-cli-due.c */
int ld_cli_stats_main     (const char *database_path, int argc, char **argv);  /* ld-cli-stats.c */

/* Opens the database, or prints the error (whose message names the path)
 * on stderr and returns NULL: the caller then returns LD_CLI_EXIT_FAILURE. */
LdDatabase *ld_cli_open_database (const char          *path,
                                  LdDatabaseOpenFlags  flags);

/* Prints "legal-desk-cli COMMAND: MESSAGE" and a hint to run --help on
 * stderr; returns LD_CLI_EXIT_USAGE so callers can `return` it. */
int         ld_cli_usage_error (const char *command,
                                const char *format,
                                ...) G_GNUC_PRINTF (2, 3);

/* The same for a command that parses its options with a GOptionContext:
 * prints @message (e.g. the parse error) and the context's help. */
int         ld_cli_option_usage_error (GOptionContext *context,
                                       const char     *command,
                                       const char     *message);

/* Prints a failure on stderr as "legal-desk-cli COMMAND: MESSAGE";
 * returns LD_CLI_EXIT_FAILURE. */
int         ld_cli_failure (const char *command,
                            const char *format,
                            ...) G_GNUC_PRINTF (2, 3);

/* Prints @headers and @rows (of GStrv, @n_columns cells each) as a table
 * on stdout, each column as wide as its widest cell (CJK characters count
 * two terminal columns), two spaces apart. */
void        ld_cli_print_table (const char * const *headers,
                                gsize               n_columns,
                                GPtrArray          *rows);

/* --json output: one compact JSON object per line on stdout. Every list
 * command prints objects with at least "id", "number" and "status"
 * (number and status may be null), so scripts can rely on them. */
JsonObject *ld_cli_json_row_new (gint64      id,
                                 const char *number,
                                 const char *status);
void        ld_cli_print_json (JsonObject *object);

/* Sets @member of @object to @value, or to null when @value is NULL or "". */
void        ld_cli_json_set_string_or_null (JsonObject *object,
                                            const char *member,
                                            const char *value);

/* Parses a strict "YYYY-MM-DD" (as --today takes it) into @date. */
gboolean ld_cli_parse_day (const char *text,
                           GDate      *date);

/* The day a --today option asks for: @text as ld_cli_parse_day() reads
 * it, or the local date today when @text is NULL. When @text is not a
 * date, prints the usage error of @command and returns FALSE: the caller
 * then returns LD_CLI_EXIT_USAGE. */
gboolean ld_cli_today_option (const char *command,
                              const char *text,
                              GDate      *out);

G_END_DECLS
