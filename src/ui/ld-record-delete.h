/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* Deleting a record from a register page, with Undo: what differs between
 * the kinds of record (contract reviews, mediation cases), as one static
 * LdRecordDeleter per kind. The text callbacks get the record's number
 * and the store's reason already escaped for a toast's markup; they
 * return new strings. */
typedef struct
{
  LdRecordArea area;
  /* The whole record, loaded just before deleting: what Undo puts back. */
  GObject  *(*load)           (LdDatabase  *database,
                               gint64       id,
                               GError     **error);
  gboolean  (*delete_record)  (LdDatabase  *database,
                               gint64       id,
                               GError     **error);
  gboolean  (*restore)        (LdDatabase  *database,
                               GObject     *record,
                               GError     **error);
  /* Drops what the store keeps aside for the last delete's Undo (and
   * logs a failure), when that delete's toast goes without Undo; NULL
   * when nothing is kept. @serial_key names the count of deletes kept on
   * the database: one count per kind, shared by every path that deletes
   * that kind (the register, the record's editor). */
  void      (*purge)          (LdDatabase  *database);
  const char *serial_key;
  /* Closes the record's editor, if open, without keeping its changes. */
  void      (*close_editor)   (LdDatabase  *database,
                               gint64       id);
  /* The confirmation's heading (@number not escaped: a dialog heading is
   * plain text) and body. */
  char     *(*heading)        (const char  *number);
  const char *body;           /* marked with N_() */
  char     *(*deleted_title)  (const char  *number);
  char     *(*delete_failed)  (const char  *number,
                               const char  *reason);
  char     *(*restore_failed) (const char  *number,
                               const char  *reason);
} LdRecordDeleter;

void ld_record_delete_confirm (const LdRecordDeleter *deleter,
                               GtkWidget             *page,
                               LdDatabase            *database,
                               LdRecordSummary       *summary);

/* Shows a toast (through @show on @target). */
typedef void (*LdRecordDeleteShowFunc) (GtkWidget *target,
                                        AdwToast  *toast);

void ld_record_delete_show_undo (const LdRecordDeleter  *deleter,
                                 LdDatabase             *database,
                                 GObject                *record,
                                 const char             *number,
                                 LdRecordDeleteShowFunc  show,
                                 GtkWidget              *target);

G_END_DECLS
