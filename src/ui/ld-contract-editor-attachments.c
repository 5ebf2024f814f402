/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-attachment-launch.h"
#include "ld-attachment-store.h"
#include "ld-attachments-group.h"
#include "ld-contract-delete.h"
#include "ld-contract-editor-private.h"
#include "ld-contract-store.h"
#include "ld-editor-delete.h"

/* The attachments group of the contract editor, and deleting the review. */

/* Attachments */

static gint64
review_id (LdContractEditor *self)
{
  return ld_contract_review_get_id (ld_contract_editor_get_review (self));
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LdContractEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the attachment: %s"), error->message);

      ld_contract_editor_toast (self, message);
    }
}

static void
open_attachment (LdContractEditor *self,
                 LdAttachment     *attachment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = ld_attachment_export_uri (self->database, attachment, &error);

  if (uri == NULL)
    {
      ld_contract_editor_show_error (self, _("Could Not Open the Attachment"), error);
      return;
    }

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, open_done_cb, g_object_ref (self));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    LdContractEditor *self)
{
  LdAttachment *attachment = g_object_get_data (G_OBJECT (dialog), "ld-attachment");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove"))
    return;
  if (!ld_attachment_store_remove (self->database, ld_attachment_get_id (attachment), &error))
    ld_contract_editor_show_error (self, _("Could Not Remove the Attachment"), error);
  else
    ld_contract_editor_toast (self, _("Attachment removed"));
  ld_contract_editor_reload_attachments (self);
}

static void
confirm_remove (LdContractEditor *self,
                LdAttachment     *attachment)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = g_strdup_printf (_("“%s” will be removed from the review."),
                                           ld_attachment_get_file_name (attachment));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Remove the Attachment?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ld-attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
attachment_button_clicked_cb (GtkButton        *button,
                              LdContractEditor *self)
{
  LdAttachment *attachment = g_object_get_data (G_OBJECT (button), "ld-attachment");

  if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (button)), "open"))
    open_attachment (self, attachment);
  else
    confirm_remove (self, attachment);
}

void
ld_contract_editor_build_attachments (LdContractEditor *self)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_name (add, "add-attachment");
  gtk_widget_set_tooltip_text (add, _("Add Attachment…"));
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-attachment");
  adw_preferences_group_set_header_suffix (self->attachments_group, add);
}

void
ld_contract_editor_reload_attachments (LdContractEditor *self)
{
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = review_id (self);

  for (guint i = 0; i < self->attachment_rows->len; i++)
    adw_preferences_group_remove (self->attachments_group, g_ptr_array_index (self->attachment_rows, i));
  g_ptr_array_set_size (self->attachment_rows, 0);

  if (id == 0)
    {
      adw_preferences_group_set_description (self->attachments_group,
                                             _("Save the review to add the contract text and supporting files."));
      return;
    }
  adw_preferences_group_set_description (self->attachments_group,
                                         _("PDF, Word documents and images, up to 50 MB each, kept in the database."));

  attachments = ld_attachment_store_list (self->database, LD_CONTRACT_STORE_TABLE, id, &error);
  if (attachments == NULL)
    {
      ld_contract_editor_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < attachments->len; i++)
    {
      GtkWidget *row = ld_attachment_row_new (g_ptr_array_index (attachments, i), i,
                                              G_CALLBACK (attachment_button_clicked_cb), self);

      adw_preferences_group_add (self->attachments_group, row);
      g_ptr_array_add (self->attachment_rows, row);
    }
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LdContractEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *message = NULL;

  bytes = ld_attachment_load_finish (G_FILE (source), result, &file_name, &content_type, &error);
  if (bytes == NULL)
    {
      ld_contract_editor_show_error (self, ld_attachment_load_error_heading (error), error);
      return;
    }
  if (self->database == NULL || review_id (self) == 0)
    return;

  if (ld_attachment_store_add (self->database, LD_CONTRACT_STORE_TABLE, review_id (self),
                               file_name, content_type, bytes, &error) == 0)
    {
      ld_contract_editor_show_error (self, _("Could Not Add the Attachment"), error);
      return;
    }
  ld_contract_editor_reload_attachments (self);
  message = g_strdup_printf (_("“%s” attached"), file_name);
  ld_contract_editor_toast (self, message);
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     LdContractEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL)
    ld_attachment_load_async (file, load_done_cb, g_object_ref (self));
}

void
ld_contract_editor_add_attachment (LdContractEditor *self)
{
  if (review_id (self) == 0 || self->chooser != NULL)
    return;

  self->chooser = ld_attachment_chooser_new (GTK_WINDOW (self));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Delete */

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    LdContractEditor *self)
{
  g_autoptr(LdContractReview) deleted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = review_id (self);

  if (!g_str_equal (response, "delete"))
    return;

  /* Kept whole (checklist, findings, number) for the undo. */
  deleted = ld_contract_store_get (self->database, id, &error);
  if (deleted == NULL || !ld_contract_store_delete (self->database, id, &error))
    {
      ld_contract_editor_show_error (self, _("Could Not Delete the Review"), error);
      return;
    }

  /* The drafts went with the review: nothing to keep on close. */
  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);

  ld_editor_close_deleted (GTK_WINDOW (self), ld_contract_deleter (), self->database,
                           G_OBJECT (deleted), ld_contract_review_get_number (deleted));
}

void
ld_contract_editor_confirm_delete (LdContractEditor *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (review_id (self) == 0)
    return;

  body = g_strdup_printf (_("Review %s, its checklist, findings and attachments will be deleted."),
                          ld_contract_review_get_number (self->review));
  dialog = ld_editor_delete_dialog_new (GTK_WINDOW (self), _("Delete the Review?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
