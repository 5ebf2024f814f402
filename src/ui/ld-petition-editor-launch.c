/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-editor-launch.h"
#include "ld-petition-editor-private.h"

/* Ways into the petition editor: from any widget, at start-up for kept
 * drafts, and the hooks of the petition register page, all through the
 * shared ld-editor-launch.h. */

static GtkWindow *
new_editor (GtkWindow  *parent,
            LdDatabase *database,
            gint64      id,
            GError    **error)
{
  return (GtkWindow *) ld_petition_editor_new (parent, database, id, error);
}

static gboolean
edits (GtkWindow  *window,
       LdDatabase *database,
       gint64      id)
{
  return LD_IS_PETITION_EDITOR (window)
         && LD_PETITION_EDITOR (window)->database == database
         && ld_petition_get_id (LD_PETITION_EDITOR (window)->petition) == id;
}

static void
forget (GtkWindow *window)
{
  LdPetitionEditor *self = LD_PETITION_EDITOR (window);

  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);
}

static const LdEditorLauncher launcher = {
  .new_editor = new_editor,
  .edits = edits,
  .forget = forget,
  .draft_kind = LD_PETITION_DRAFT_KIND,
  .open_failed_title = N_("Could Not Open the Petition"),
  .new_label = N_("_Register a Petition"),
  .new_tooltip = N_("Register a Petition"),
  .new_name = "new-petition",
};

void
ld_petition_editor_open (GtkWidget  *widget,
                          LdDatabase *database,
                          gint64      id)
{
  ld_editor_launcher_open (&launcher, widget, database, id);
}

unsigned
ld_petition_editor_recover_drafts (GtkWindow  *parent,
                                    LdDatabase *database)
{
  return ld_editor_launcher_recover_drafts (&launcher, parent, database);
}

void
ld_petition_editor_hook_page (GtkWidget     *page,
                               LdDatabase    *database,
                               GtkBox        *toolbar,
                               AdwStatusPage *empty_page)
{
  ld_editor_launcher_hook_page (&launcher, page, database, toolbar, empty_page);
}
