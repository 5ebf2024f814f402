/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-editor-private.h"
#include "ld-draft-store.h"
#include "ld-editor-launch.h"

/* Ways into the contract editor: from any widget, at start-up for kept
 * drafts, and the hooks of the contract register page, all through the
 * shared ld-editor-launch.h. */

static GtkWindow *
new_editor (GtkWindow  *parent,
            LdDatabase *database,
            gint64      id,
            GError    **error)
{
  return (GtkWindow *) ld_contract_editor_new (parent, database, id, error);
}

static gboolean
edits (GtkWindow  *window,
       LdDatabase *database,
       gint64      id)
{
  return LD_IS_CONTRACT_EDITOR (window)
         && LD_CONTRACT_EDITOR (window)->database == database
         && ld_contract_review_get_id (LD_CONTRACT_EDITOR (window)->review) == id;
}

static void
forget (GtkWindow *window)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (window);

  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);
}

static const LdEditorLauncher launcher = {
  .new_editor = new_editor,
  .edits = edits,
  .forget = forget,
  .draft_kind = LD_DRAFT_KIND_CONTRACT_REVIEW,
  .open_failed_title = N_("Could Not Open the Review"),
  .new_label = N_("_New Contract Review"),
  .new_tooltip = N_("New Contract Review"),
  .new_name = "new-contract",
};

void
ld_contract_editor_open (GtkWidget  *widget,
                          LdDatabase *database,
                          gint64      id)
{
  ld_editor_launcher_open (&launcher, widget, database, id);
}

unsigned
ld_contract_editor_recover_drafts (GtkWindow  *parent,
                                    LdDatabase *database)
{
  return ld_editor_launcher_recover_drafts (&launcher, parent, database);
}

void
ld_contract_editor_close_deleted (LdDatabase *database,
                                  gint64      id)
{
  ld_editor_launcher_close_record (&launcher, database, id);
}

void
ld_contract_editor_hook_page (GtkWidget     *page,
                               LdDatabase    *database,
                               GtkBox        *toolbar,
                               AdwStatusPage *empty_page)
{
  ld_editor_launcher_hook_page (&launcher, page, database, toolbar, empty_page);
}
