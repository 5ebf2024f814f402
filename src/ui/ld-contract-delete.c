/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-delete.h"
#include "ld-contract-editor.h"
#include "ld-contract-store.h"
#include "ld-record-delete.h"

/* Deleting a contract review from its register page, through the shared
 * ld-record-delete.h. The store keeps the attachments of the LAST deleted
 * review aside for Undo; only the toast of that delete drops them when it
 * goes. */

static GObject *
load (LdDatabase  *database,
      gint64       id,
      GError     **error)
{
  return (GObject *) ld_contract_store_get (database, id, error);
}

static gboolean
restore (LdDatabase  *database,
         GObject     *record,
         GError     **error)
{
  return ld_contract_store_restore_deleted (database, LD_CONTRACT_REVIEW (record), error);
}

static void
purge (LdDatabase *database)
{
  g_autoptr(GError) error = NULL;

  if (!ld_contract_store_purge_deleted (database, &error))
    g_warning ("Cannot remove the attachments of a deleted contract review: %s", error->message);
}

static char *
heading (const char *number)
{
  /* Translators: %s is the review's number, e.g. 合审〔2026〕3号. */
  return g_strdup_printf (_("Delete contract review %s?"), number);
}

static char *
deleted_title (const char *number)
{
  /* Translators: %s is the review's number, e.g. 合审〔2026〕3号. */
  return g_strdup_printf (_("Contract review %s deleted"), number);
}

static char *
delete_failed (const char *number,
               const char *reason)
{
  /* Translators: %s is why the review could not be deleted, e.g. that its opinion letter was issued. */
  return g_strdup_printf (_("Could not delete the contract review: %s"), reason);
}

static char *
restore_failed (const char *number,
                const char *reason)
{
  /* Translators: %s is why the deleted review could not be restored. */
  return g_strdup_printf (_("Could not restore the contract review: %s"), reason);
}

static const LdRecordDeleter deleter = {
  .area = LD_RECORD_AREA_CONTRACT,
  .load = load,
  .delete_record = ld_contract_store_delete,
  .restore = restore,
  .purge = purge,
  .serial_key = "ld-contract-delete-serial",
  .close_editor = ld_contract_editor_close_deleted,
  .heading = heading,
  .body = N_("Right afterwards, Undo can bring it back with its checklist, "
             "findings and attachments. An unsaved draft of it is deleted for good."),
  .deleted_title = deleted_title,
  .delete_failed = delete_failed,
  .restore_failed = restore_failed,
};

/* The same deleter serves the contract editor's Delete: both paths keep
 * one count of deletes, so only the last one's toast purges. */
const LdRecordDeleter *
ld_contract_deleter (void)
{
  return &deleter;
}

void
ld_contract_delete_confirm (GtkWidget       *page,
                            LdDatabase      *database,
                            LdRecordSummary *summary)
{
  ld_record_delete_confirm (&deleter, page, database, summary);
}
