/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
  const char   *summary;       /* N_(): the usage line of "list" */
  const char   *status_help;   /* N_(): --status */
  const char   *overdue_help;  /* N_(): --overdue */
  const char   *no_arguments;  /* N_(): "“contracts list” takes no arguments." */
  void (*print_json_line) (LdRecordSummary *summary,
                           const GDate     *today);
  void (*print_table)     (GPtrArray       *summaries,
                           const GDate     *today);
  /* Optional, for a row that needs more than its summary (a mediation
   * case's parties): used instead of print_json_line, with the open
   * database. Returns FALSE with @error set to stop with a failure. */
  gboolean (*print_json_line_db) (LdDatabase       *db,
                                  LdRecordSummary  *summary,
                                  const GDate      *today,
                                  GError          **error);
} LdCliRegisterList;

int ld_cli_register_list_run (const LdCliRegisterList *list,
                              const char              *database_path,
                              int                      argc,
                              char                   **argv);

G_END_DECLS
