/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-attachment-launch.h"
#include "ld-attachment-store.h"
#include "ld-attachments-group.h"

struct _LdAttachmentsGroup
{
  AdwPreferencesGroup   parent_instance;

  LdDatabase           *database;
  char                 *record_table;
  gint64                record_id;
  char                 *unsaved_text;

  GtkWidget            *add_button;
  GPtrArray            *rows;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LdAttachmentsGroup, ld_attachments_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_error (LdAttachmentsGroup *self,
            const char         *heading,
            const GError       *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  /* Not shown yet (a test, or closed meanwhile): at least the log. */
  if (!GTK_IS_WINDOW (root))
    {
      g_warning ("%s: %s", heading, error->message);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (root), heading, error->message);
  gtk_widget_set_name (dialog, "attachment-error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Open */

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LdAttachmentsGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    show_error (self, _("Could Not Open the Attachment"), error);
}

static void
open_attachment (LdAttachmentsGroup *self,
                 LdAttachment       *attachment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = ld_attachment_export_uri (self->database, attachment, &error);

  if (uri == NULL)
    {
      show_error (self, _("Could Not Open the Attachment"), error);
      return;
    }
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, open_done_cb, g_object_ref (self));
}

/* Remove */

static void
remove_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    LdAttachmentsGroup *self)
{
  LdAttachment *attachment = g_object_get_data (G_OBJECT (dialog), "ld-attachment");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove") || self->database == NULL)
    return;
  if (!ld_attachment_store_remove (self->database, ld_attachment_get_id (attachment), &error))
    show_error (self, _("Could Not Remove the Attachment"), error);
  ld_attachments_group_reload (self);
}

static void
confirm_remove (LdAttachmentsGroup *self,
                LdAttachment       *attachment)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  body = g_strdup_printf (_("“%s” will be removed from the database."),
                          ld_attachment_get_file_name (attachment));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Remove the Attachment?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "remove-attachment-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "ld-attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Rows */

static void
row_button_clicked_cb (GtkButton          *button,
                       LdAttachmentsGroup *self)
{
  LdAttachment *attachment = g_object_get_data (G_OBJECT (button), "ld-attachment");

  if (self->database == NULL)
    return;
  if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (button)), "open"))
    open_attachment (self, attachment);
  else
    confirm_remove (self, attachment);
}

static void
clear_rows (LdAttachmentsGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

void
ld_attachments_group_reload (LdAttachmentsGroup *self)
{
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_if_fail (LD_IS_ATTACHMENTS_GROUP (self));

  clear_rows (self);
  saved = self->database != NULL && self->record_id > 0;
  gtk_widget_set_sensitive (self->add_button, saved);
  if (!saved)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), self->unsaved_text);
      return;
    }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Photos, scans and documents, up to 50 MB each, kept in the database."));

  attachments = ld_attachment_store_list (self->database, self->record_table, self->record_id, &error);
  if (attachments == NULL)
    {
      show_error (self, _("Could Not List the Attachments"), error);
      return;
    }
  for (guint i = 0; i < attachments->len; i++)
    {
      GtkWidget *row = ld_attachment_row_new (g_ptr_array_index (attachments, i), i,
                                              G_CALLBACK (row_button_clicked_cb), self);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

/* Add */

typedef struct
{
  LdAttachmentsGroup *self;
  char               *record_table;
  gint64              record_id;
} AddData;

static void
add_data_free (AddData *data)
{
  g_object_unref (data->self);
  g_free (data->record_table);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AddData, add_data_free)

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(AddData) data = user_data;
  LdAttachmentsGroup *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *content_type = NULL;

  bytes = ld_attachment_load_finish (G_FILE (source), result, &file_name, &content_type, &error);
  if (bytes == NULL)
    {
      show_error (self, ld_attachment_load_error_heading (error), error);
      return;
    }
  /* The record it was chosen for, even if the group shows another now. */
  if (self->database == NULL)
    return;
  if (ld_attachment_store_add (self->database, data->record_table, data->record_id,
                               file_name, content_type, bytes, &error) == 0)
    {
      show_error (self, _("Could Not Add the Attachment"), error);
      return;
    }
  ld_attachments_group_reload (self);
}

void
ld_attachments_group_add_file (LdAttachmentsGroup *self,
                               GFile              *file)
{
  AddData *data;

  g_return_if_fail (LD_IS_ATTACHMENTS_GROUP (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->database == NULL || self->record_id <= 0)
    return;

  data = g_new0 (AddData, 1);
  data->self = g_object_ref (self);
  data->record_table = g_strdup (self->record_table);
  data->record_id = self->record_id;
  ld_attachment_load_async (file, load_done_cb, data);
}

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     LdAttachmentsGroup *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file != NULL)
    ld_attachments_group_add_file (self, file);
}

static GtkWidget *
row_button (LdAttachment *attachment,
            const char   *name,
            const char   *icon_name,
            const char   *tooltip,
            GCallback     clicked,
            gpointer      owner)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "ld-attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, owner, 0);
  return button;
}

GtkWidget *
ld_attachment_row_new (LdAttachment *attachment,
                       guint         position,
                       GCallback     clicked,
                       gpointer      owner)
{
  g_autofree char *size = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row;

  g_return_val_if_fail (LD_IS_ATTACHMENT (attachment), NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);

  size = g_format_size (ld_attachment_get_size (attachment));
  name = g_strdup_printf ("attachment-%u", position);
  row = adw_action_row_new ();
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ld_attachment_get_file_name (attachment));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (attachment, "open", "document-open-symbolic", _("Open"),
                                         clicked, owner));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (attachment, "remove", "user-trash-symbolic", _("Remove…"),
                                         clicked, owner));
  return row;
}

GError *
ld_attachment_too_large_error (const char *file_name)
{
  return g_error_new (G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                      _("“%s” is larger than 50 MB. Attach a smaller file, e.g. a scan at a lower resolution."),
                      file_name);
}

typedef struct
{
  char *file_name;
  char *content_type;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->file_name);
  g_free (data->content_type);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = source_object;
  LoadData *data = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data->file_name = g_strdup (g_file_info_get_display_name (info));
  data->content_type = g_content_type_get_mime_type (g_file_info_get_content_type (info));
  /* Refuse before reading the whole file into memory. */
  if (g_file_info_get_size (info) > LD_ATTACHMENT_MAX_SIZE)
    {
      g_task_return_error (task, ld_attachment_too_large_error (data->file_name));
      return;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* It may have grown since. */
  if (length > LD_ATTACHMENT_MAX_SIZE)
    {
      g_free (contents);
      g_task_return_error (task, ld_attachment_too_large_error (data->file_name));
      return;
    }
  g_task_return_pointer (task, g_bytes_new_take (contents, length), (GDestroyNotify) g_bytes_unref);
}

void
ld_attachment_load_async (GFile               *file,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, NULL, callback, user_data);
  g_task_set_source_tag (task, ld_attachment_load_async);
  g_task_set_task_data (task, g_new0 (LoadData, 1), (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

GBytes *
ld_attachment_load_finish (GFile         *file,
                           GAsyncResult  *result,
                           char         **file_name,
                           char         **content_type,
                           GError       **error)
{
  LoadData *data;
  GBytes *bytes;

  g_return_val_if_fail (g_task_is_valid (result, file), NULL);
  g_return_val_if_fail (file_name != NULL && content_type != NULL, NULL);

  bytes = g_task_propagate_pointer (G_TASK (result), error);
  if (bytes == NULL)
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  *file_name = g_steal_pointer (&data->file_name);
  *content_type = g_steal_pointer (&data->content_type);
  return bytes;
}

const char *
ld_attachment_load_error_heading (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return _("The File Is Too Large");
  return _("Could Not Read the File");
}

GtkFileChooserNative *
ld_attachment_chooser_new (GtkWindow *parent)
{
  static const char *mime_types[] = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
    "image/png",
    "image/jpeg",
    "image/tiff",
  };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("PDF, Word Documents and Images"));
  for (gsize i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "docx");

  chooser = gtk_file_chooser_native_new (_("Add Attachment"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  return chooser;
}

static void
add_clicked_cb (GtkButton          *button,
                LdAttachmentsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->database == NULL || self->record_id <= 0 || self->chooser != NULL)
    return;

  /* Kept until it answers: a native dialog is not owned by a window. */
  self->chooser = ld_attachment_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Type */

static void
ld_attachments_group_dispose (GObject *object)
{
  LdAttachmentsGroup *self = LD_ATTACHMENTS_GROUP (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ld_attachments_group_parent_class)->dispose (object);
}

static void
ld_attachments_group_finalize (GObject *object)
{
  LdAttachmentsGroup *self = LD_ATTACHMENTS_GROUP (object);

  g_ptr_array_unref (self->rows);
  g_free (self->record_table);
  g_free (self->unsaved_text);
  G_OBJECT_CLASS (ld_attachments_group_parent_class)->finalize (object);
}

static void
ld_attachments_group_class_init (LdAttachmentsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_attachments_group_dispose;
  object_class->finalize = ld_attachments_group_finalize;
}

static void
ld_attachments_group_init (LdAttachmentsGroup *self)
{
  self->rows = g_ptr_array_new ();
  self->record_table = g_strdup ("");
  self->unsaved_text = g_strdup ("");

  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_name (self->add_button, "add-attachment");
  gtk_widget_set_tooltip_text (self->add_button, _("Add Attachment…"));
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->add_button, "flat");
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Attachments"));
  gtk_widget_set_sensitive (self->add_button, FALSE);
}

GtkWidget *
ld_attachments_group_new (const char *unsaved_text)
{
  LdAttachmentsGroup *self = g_object_new (LD_TYPE_ATTACHMENTS_GROUP, NULL);

  g_free (self->unsaved_text);
  self->unsaved_text = g_strdup (unsaved_text != NULL ? unsaved_text : "");
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), self->unsaved_text);
  return GTK_WIDGET (self);
}

void
ld_attachments_group_set_record (LdAttachmentsGroup *self,
                                 LdDatabase         *database,
                                 const char         *record_table,
                                 gint64              record_id)
{
  g_return_if_fail (LD_IS_ATTACHMENTS_GROUP (self));
  g_return_if_fail (database == NULL || LD_IS_DATABASE (database));
  g_return_if_fail (record_table != NULL);

  g_set_object (&self->database, database);
  g_free (self->record_table);
  self->record_table = g_strdup (record_table);
  self->record_id = record_id;
  ld_attachments_group_reload (self);
}

guint
ld_attachments_group_get_n_rows (LdAttachmentsGroup *self)
{
  g_return_val_if_fail (LD_IS_ATTACHMENTS_GROUP (self), 0);

  return self->rows->len;
}
