/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-draft-store.h"
#include "ld-petition-editor-private.h"

/* Unsaved changes of the petition editor kept as a draft in the database
 * (ld-draft-store.h), as the contract editor keeps its own: written a
 * second after a change and when the window goes, offered back when the
 * petition is opened again, dropped by Save. */

#define DRAFT_DELAY_MS 1000

/* The properties the form edits; a restored draft changes only these (the
 * status and history may have moved on since it was kept). */
static const char *editable_props[] = {
  "channel", "received-on", "petitioner-name", "petitioner-id-number",
  "petitioner-phone", "petitioner-address", "people-count", "is-group",
  "type", "category", "title", "content", "demands",
  "department-concerned", "urgency", "handler",
};

void
ld_petition_editor_save_draft_now (LdPetitionEditor *self)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!self->modified || self->database == NULL)
    return;
  variant = ld_petition_serialize (self->petition);
  bytes = g_variant_get_data_as_bytes (variant);
  if (!ld_draft_store_save (self->database, LD_PETITION_DRAFT_KIND,
                            ld_petition_get_id (self->petition), bytes, &error))
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
  self->draft_id = g_timeout_add (DRAFT_DELAY_MS, save_draft_cb, self);
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

  for (gsize i = 0; i < G_N_ELEMENTS (editable_props); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (draft), editable_props[i], &value);
      g_object_set_property (G_OBJECT (restored), editable_props[i], &value);
    }
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
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(LdPetition) draft = NULL;
  GtkWidget *dialog;

  bytes = ld_draft_store_load (self->database, LD_PETITION_DRAFT_KIND, id, &error);
  if (bytes == NULL)
    {
      if (error != NULL)
        ld_petition_editor_toast (self, error->message);
      return;
    }
  variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE));
  draft = ld_petition_deserialize (variant, &error);
  if (draft == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("A kept draft could not be read and was dropped: %s"),
                                                  error->message);

      ld_petition_editor_discard_draft (self, id);
      ld_petition_editor_toast (self, message);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Changes?"),
                                   _("Unsaved changes to this petition were kept."));
  gtk_widget_set_name (dialog, "draft-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  /* Escape decides nothing: the draft stays until a response says. */
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "ld-draft", g_steal_pointer (&draft), g_object_unref);
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
