/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-draft-store.h"
#include "ld-editor-draft.h"
#include "ld-petition-editor-private.h"

/* Unsaved changes of the petition editor kept as a draft in the database
 * (ld-draft-store.h), as the contract editor keeps its own: written a
 * second after a change and when the window goes, offered back when the
 * petition is opened again, dropped by Save. */

/* The properties the form edits; a restored draft changes only these (the
 * status and history may have moved on since it was kept). */
static const char * const editable_props[] = {
  "channel", "received-on", "petitioner-name", "petitioner-id-number",
  "petitioner-phone", "petitioner-address", "people-count", "is-group",
  "type", "category", "title", "content", "demands",
  "department-concerned", "urgency", "handler",
};

void
ld_petition_editor_save_draft_now (LdPetitionEditor *self)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!self->modified || self->database == NULL)
    return;
  variant = ld_petition_serialize (self->petition);
  if (!ld_editor_draft_save (self->database, LD_PETITION_DRAFT_KIND,
                             ld_petition_get_id (self->petition), variant, &error))
    g_warning ("Could not keep the draft of a petition: %s", error->message);
}

static gboolean
save_draft_cb (gpointer data)
{
  LdPetitionEditor *self = data;

  self->draft_id = 0;
  ld_petition_editor_save_draft_now (self);
  return G_SOURCE_REMOVE;
}

void
ld_petition_editor_schedule_draft (LdPetitionEditor *self)
{
  g_clear_handle_id (&self->draft_id, g_source_remove);
  self->draft_id = g_timeout_add (LD_EDITOR_DRAFT_DELAY_MS, save_draft_cb, self);
}

void
ld_petition_editor_discard_draft (LdPetitionEditor *self,
                                  gint64            record_id)
{
  g_autoptr(GError) error = NULL;

  if (record_id == ld_petition_get_id (self->petition))
    g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!ld_draft_store_discard (self->database, LD_PETITION_DRAFT_KIND, record_id, &error))
    ld_petition_editor_toast (self, error->message);
}

static void
restore (LdPetitionEditor *self,
         LdPetition       *draft)
{
  g_autoptr(LdPetition) restored = ld_petition_copy (self->petition);
  GPtrArray *people = ld_petition_get_representatives (draft);

  ld_editor_draft_copy_properties (G_OBJECT (draft), G_OBJECT (restored),
                                   editable_props, G_N_ELEMENTS (editable_props));
  ld_petition_clear_representatives (restored);
  for (guint i = 0; i < people->len; i++)
    ld_petition_add_representative (restored, g_ptr_array_index (people, i));
  ld_petition_editor_set_petition (self, restored);
  self->modified = TRUE;
  ld_petition_editor_update_title (self);
  ld_petition_editor_toast (self, _("Unsaved changes restored"));
}

static void
draft_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   LdPetitionEditor *self)
{
  if (self->database == NULL)
    return;
  if (g_str_equal (response, "restore"))
    restore (self, g_object_get_data (G_OBJECT (dialog), "ld-draft"));
  else if (g_str_equal (response, "discard"))
    ld_petition_editor_discard_draft (self, ld_petition_get_id (self->petition));
}

static void
offer_draft (LdPetitionEditor *self)
{
  gint64 id = ld_petition_get_id (self->petition);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(LdPetition) draft = NULL;
  AdwMessageDialog *dialog;

  variant = ld_editor_draft_load (self->database, LD_PETITION_DRAFT_KIND, id, &error);
  if (variant == NULL)
    {
      if (error != NULL)
        ld_petition_editor_toast (self, error->message);
      return;
    }
  draft = ld_petition_deserialize (variant, &error);
  if (draft == NULL)
    {
      g_autofree char *message = ld_editor_draft_unreadable_text (error);

      ld_petition_editor_discard_draft (self, id);
      ld_petition_editor_toast (self, message);
      return;
    }

  dialog = ld_editor_draft_dialog_new (GTK_WINDOW (self),
                                       _("Unsaved changes to this petition were kept."),
                                       draft);
  g_signal_connect_object (dialog, "response", G_CALLBACK (draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_draft_cb (gpointer data)
{
  LdPetitionEditor *self = data;

  /* Not when the window was destroyed before the idle ran. */
  if (self->database != NULL)
    offer_draft (self);
  return G_SOURCE_REMOVE;
}

void
ld_petition_editor_offer_draft_later (LdPetitionEditor *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_draft_cb, g_object_ref (self), g_object_unref);
}
