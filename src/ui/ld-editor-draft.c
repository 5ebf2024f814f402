/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-editor-draft"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-draft-store.h"
#include "ld-editor-draft.h"

/* Keeps @variant (a serialized record) as the draft of record @id of
 * @kind; id 0 is a new record. */
gboolean
ld_editor_draft_save (LdDatabase  *database,
                      const char  *kind,
                      gint64       id,
                      GVariant    *variant,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (variant != NULL, FALSE);

  bytes = g_variant_get_data_as_bytes (variant);
  return ld_draft_store_save (database, kind, id, bytes, error);
}

/* The kept draft of record @id of @kind as the dictionary it was saved
 * as, or NULL: with @error set when the store failed, without it when no
 * draft is kept. */
GVariant *
ld_editor_draft_load (LdDatabase  *database,
                      const char  *kind,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);

  bytes = ld_draft_store_load (database, kind, id, error);
  if (bytes == NULL)
    return NULL;
  return g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE));
}

/* The toast when a kept draft did not deserialize (and the editor dropped
 * it). */
char *
ld_editor_draft_unreadable_text (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  return g_strdup_printf (_("A kept draft could not be read and was dropped: %s"),
                          error->message);
}

/* The question whether to restore a kept draft, named "draft-dialog", with
 * the responses "discard", "restore" (the default) and "later" (Escape).
 * The dialog holds a reference to @draft, the record read from the draft,
 * on its "ld-draft" data for the caller's "response" handler. */
AdwMessageDialog *
ld_editor_draft_dialog_new (GtkWindow  *parent,
                            const char *body,
                            gpointer    draft)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (G_IS_OBJECT (draft), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Restore Unsaved Changes?"), body));
  gtk_widget_set_name (GTK_WIDGET (dialog), "draft-dialog");
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape decides nothing: the draft stays until a response says. */
  adw_message_dialog_set_close_response (dialog, "later");
  g_object_set_data_full (G_OBJECT (dialog), "ld-draft", g_object_ref (draft), g_object_unref);
  return dialog;
}

/* Sets the properties @names of @to to their values on @from (what a
 * restore takes from the draft, or keeps of the stored record). */
void
ld_editor_draft_copy_properties (GObject            *from,
                                 GObject            *to,
                                 const char * const *names,
                                 gsize               n_names)
{
  g_return_if_fail (G_IS_OBJECT (from));
  g_return_if_fail (G_IS_OBJECT (to));

  for (gsize i = 0; i < n_names; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (from, names[i], &value);
      g_object_set_property (to, names[i], &value);
    }
}
