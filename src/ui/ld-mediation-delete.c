/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-delete.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-store.h"
#include "ld-record-delete.h"

/* Deleting a mediation case from its register page, through the shared
 * ld-record-delete.h. The store keeps the attachments of the LAST deleted
 * case (and of its sessions) aside for Undo; only the toast of that
 * delete drops them when it goes. */

static GObject *
load (LdDatabase  *database,
      gint64       id,
      GError     **error)
{
  return (GObject *) ld_mediation_store_get (database, id, error);
}

static gboolean
restore (LdDatabase  *database,
         GObject     *record,
         GError     **error)
{
  return ld_mediation_store_restore_deleted (database, LD_MEDIATION_CASE (record), error);
}

static void
purge (LdDatabase *database)
{
  g_autoptr(GError) error = NULL;

  if (!ld_mediation_store_purge_deleted (database, &error))
    g_warning ("Cannot remove the attachments of a deleted mediation case: %s", error->message);
}

static char *
heading (const char *number)
{
  /* Translators: %s is the case's number, e.g. 人调〔2026〕3号. */
  return g_strdup_printf (_("Delete mediation case %s?"), number);
}

static char *
deleted_title (const char *number)
{
  /* Translators: %s is the case's number, e.g. 人调〔2026〕3号. */
  return g_strdup_printf (_("Mediation case %s deleted"), number);
}

static char *
delete_failed (const char *number,
               const char *reason)
{
  /* Translators: the first %s is the case's number, e.g. 人调〔2026〕3号; the
   * second why it could not be deleted, e.g. that its agreement was issued. */
  return g_strdup_printf (_("Could not delete mediation case %s: %s"), number, reason);
}

static char *
restore_failed (const char *number,
                const char *reason)
{
  /* Translators: the first %s is the case's number, the second why it could not be restored. */
  return g_strdup_printf (_("Could not restore mediation case %s: %s"), number, reason);
}

static const LdRecordDeleter deleter = {
  .area = LD_RECORD_AREA_MEDIATION,
  .load = load,
  .delete_record = ld_mediation_store_delete,
  .restore = restore,
  .purge = purge,
  .serial_key = "ld-mediation-delete-serial",
  .close_editor = ld_mediation_editor_close_deleted,
  .heading = heading,
  .body = N_("Right afterwards, Undo can bring it back with its parties, "
             "sessions, agreement, return visits and attachments. An unsaved "
             "draft of it is deleted for good."),
  .deleted_title = deleted_title,
  .delete_failed = delete_failed,
  .restore_failed = restore_failed,
};

/* The same deleter serves the mediation editor's Delete: both paths keep
 * one count of deletes, so only the last one's toast purges. */
const LdRecordDeleter *
ld_mediation_deleter (void)
{
  return &deleter;
}

void
ld_mediation_delete_confirm (GtkWidget       *page,
                             LdDatabase      *database,
                             LdRecordSummary *summary)
{
  ld_record_delete_confirm (&deleter, page, database, summary);
}
