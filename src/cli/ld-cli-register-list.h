/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* `legal-desk-cli REGISTER list [--status S] [--overdue] [--today D] [--json]`
 * for any register: the options, their checks and the paged query are the
 * same; each register says only how a row is printed. */
typedef struct
{
  const char   *command;       /* "contracts" */
  LdRecordArea  area;
  const char   *usage;         /* N_(): what `COMMAND --help` prints after "legal-desk-cli COMMAND" */
  const char   *summary;       /* N_(): the usage line of "list" */
  const char   *status_help;   /* N_(): --status */
  const char   *overdue_help;  /* N_(): --overdue */
  const char   *no_arguments;  /* N_(): "“contracts list” takes no arguments." */
  void (*print_json_line) (LdRecordSummary *summary,
                           const GDate     *today);
  void (*print_table)     (GPtrArray       *summaries,
                           const GDate     *today);
  /* Optional, for rows that need more than their summary (a mediation
   * case's parties): used instead of print_json_line, a page of summaries
   * at a time with the open database, so the register can read what it
   * needs for the whole page at once. Returns FALSE with @error set to
   * stop with a failure. */
  gboolean (*print_json_page_db) (LdDatabase       *db,
                                  GPtrArray        *summaries,
                                  const GDate      *today,
                                  GError          **error);
} LdCliRegisterList;

/* The whole command of a register whose one subcommand is list: runs
 * `list`, prints the usage for --help, -h and help, and refuses anything
 * else. Returns the command's exit code. */
int ld_cli_register_main (const LdCliRegisterList *list,
                          const char              *database_path,
                          int                      argc,
                          char                   **argv);

/* Sets "days_left" of a register's JSON line (null without a due date). */
void ld_cli_register_json_set_days_left (JsonObject      *object,
                                         LdRecordSummary *summary,
                                         const GDate     *today);

/* The register's own cells of a table row, those between the party and
 * the due date: @cells holds two, to fill with newly allocated text. */
typedef void (*LdCliRegisterCellsFunc) (LdRecordSummary  *summary,
                                        char            **cells);

/* Prints the register table of @summaries, or @none_match when there are
 * none. The 7 @headers name the columns: number, title, party, the two of
 * @own_cells (NULL: the person and the day received), the due date ("—"
 * when none, marked when overdue) and the status. */
void ld_cli_register_print_table (GPtrArray              *summaries,
                                  const GDate            *today,
                                  const char * const     *headers,
                                  gsize                   n_headers,
                                  const char             *none_match,
                                  LdCliRegisterCellsFunc  own_cells);

G_END_DECLS
