/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-draft-store.h"
#include "ld-editor-draft.h"
#include "ld-mediation-editor-private.h"

/* Unsaved changes of the mediation editor kept as a draft in the database
 * (ld-draft-store.h), as the petition editor keeps its own: written a
 * second after a change and when the window goes, offered back when the
 * case is opened again, dropped by Save. */

void
ld_mediation_editor_save_draft_now (LdMediationEditor *self)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!self->modified || self->database == NULL)
    return;
  variant = ld_mediation_case_serialize (self->mcase);
  if (!ld_editor_draft_save (self->database, LD_MEDIATION_DRAFT_KIND,
                             ld_mediation_case_get_id (self->mcase), variant, &error))
    g_warning ("Could not keep the draft of a mediation case: %s", error->message);
}

static gboolean
save_draft_cb (gpointer data)
{
  LdMediationEditor *self = data;

  self->draft_id = 0;
  ld_mediation_editor_save_draft_now (self);
  return G_SOURCE_REMOVE;
}

void
ld_mediation_editor_schedule_draft (LdMediationEditor *self)
{
  g_clear_handle_id (&self->draft_id, g_source_remove);
  self->draft_id = g_timeout_add (LD_EDITOR_DRAFT_DELAY_MS, save_draft_cb, self);
}

void
ld_mediation_editor_discard_draft (LdMediationEditor *self,
                                   gint64             record_id)
{
  g_autoptr(GError) error = NULL;

  if (record_id == ld_mediation_case_get_id (self->mcase))
    g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!ld_draft_store_discard (self->database, LD_MEDIATION_DRAFT_KIND, record_id, &error))
    ld_mediation_editor_toast (self, error->message);
}

/* The draft's form, parties, sessions and agreement on top of what is
 * stored now: the number and the status may have moved on since it was
 * kept, and only the workflow moves them. */
static void
restore (LdMediationEditor *self,
         LdMediationCase   *draft)
{
  static const char * const kept_props[] = {
    "id", "number", "year", "seq", "status", "status-reason", "due-on",
  };
  g_autoptr(LdMediationCase) restored = ld_mediation_case_copy (draft);

  ld_editor_draft_copy_properties (G_OBJECT (self->mcase), G_OBJECT (restored),
                                   kept_props, G_N_ELEMENTS (kept_props));
  ld_mediation_editor_set_case (self, restored);
  self->modified = TRUE;
  ld_mediation_editor_update_title (self);
  ld_mediation_editor_toast (self, _("Unsaved changes restored"));
}

static void
draft_response_cb (AdwMessageDialog  *dialog,
                   const char        *response,
                   LdMediationEditor *self)
{
  if (self->database == NULL)
    return;
  if (g_str_equal (response, "restore"))
    restore (self, g_object_get_data (G_OBJECT (dialog), "ld-draft"));
  else if (g_str_equal (response, "discard"))
    ld_mediation_editor_discard_draft (self, ld_mediation_case_get_id (self->mcase));
}

static void
offer_draft (LdMediationEditor *self)
{
  gint64 id = ld_mediation_case_get_id (self->mcase);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(LdMediationCase) draft = NULL;
  AdwMessageDialog *dialog;

  variant = ld_editor_draft_load (self->database, LD_MEDIATION_DRAFT_KIND, id, &error);
  if (variant == NULL)
    {
      if (error != NULL)
        ld_mediation_editor_toast (self, error->message);
      return;
    }
  draft = ld_mediation_case_deserialize (variant, &error);
  if (draft == NULL)
    {
      g_autofree char *message = ld_editor_draft_unreadable_text (error);

      ld_mediation_editor_discard_draft (self, id);
      ld_mediation_editor_toast (self, message);
      return;
    }

  dialog = ld_editor_draft_dialog_new (GTK_WINDOW (self),
                                       _("Unsaved changes to this mediation case were kept."),
                                       draft);
  g_signal_connect_object (dialog, "response", G_CALLBACK (draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_draft_cb (gpointer data)
{
  LdMediationEditor *self = data;

  /* Not when the window was destroyed before the idle ran. */
  if (self->database != NULL)
    offer_draft (self);
  return G_SOURCE_REMOVE;
}

void
ld_mediation_editor_offer_draft_later (LdMediationEditor *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_draft_cb, g_object_ref (self), g_object_unref);
}
