/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-preferences-mediation.h"
#include "ld-preferences-window.h"
#include "ld-settings-store.h"

/* Changes are written this long after the last keystroke, so typing a name
 * does not write (and audit) one row per character. */
#define SAVE_DELAY_MS 500

struct _LdPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  LdDatabase *database;
  LdOrgSettings *settings;
  GtkFileChooserNative *chooser;
  GCancellable *cancellable;
  guint save_id;
  guint seal_reads;  /* seal files being read */
  gboolean loading;
  gboolean dirty;

  AdwEntryRow *organisation_row;
  AdwEntryRow *office_row;
  AdwEntryRow *signatory_row;
  GtkLabel *organisation_error;
  AdwExpanderRow *prefixes_row;
  AdwEntryRow *prefix_rows[LD_N_DOCUMENT_KINDS];
  GtkSpinButton *review_period_spin;
  AdwActionRow *seal_row;
  GtkPicture *seal_picture;
};

G_DEFINE_FINAL_TYPE (LdPreferencesWindow, ld_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (LdPreferencesWindow *self,
            const char          *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

gboolean
ld_preferences_window_save (LdPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LD_IS_PREFERENCES_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!self->dirty || self->settings == NULL)
    return TRUE;

  self->dirty = FALSE;
  if (!ld_settings_store_save (self->database, self->settings, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The preferences were not saved: %s"),
                                                  error->message);
      show_toast (self, message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  LdPreferencesWindow *self = user_data;

  self->save_id = 0;
  ld_preferences_window_save (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (LdPreferencesWindow *self)
{
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
set_row_valid (AdwEntryRow *row,
               gboolean     valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
text_changed_cb (LdPreferencesWindow *self,
                 GtkEditable         *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  AdwEntryRow *row = ADW_ENTRY_ROW (editable);

  if (self->loading || self->settings == NULL)
    return;

  if (row == self->organisation_row)
    {
      gboolean valid = text[0] != '\0';

      /* An empty name is shown as an error and not saved: every document
       * starts with it. */
      set_row_valid (row, valid);
      gtk_widget_set_visible (GTK_WIDGET (self->organisation_error), !valid);
      if (!valid)
        return;
      ld_org_settings_set_organisation_name (self->settings, text);
    }
  else if (row == self->office_row)
    {
      ld_org_settings_set_legal_office_name (self->settings, text);
    }
  else if (row == self->signatory_row)
    {
      ld_org_settings_set_default_signatory (self->settings, text);
    }
  else
    {
      LdDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ld-kind"));

      g_assert (self->prefix_rows[kind] == row);
      set_row_valid (row, text[0] != '\0');
      if (text[0] == '\0')
        return;
      ld_org_settings_set_number_prefix (self->settings, kind, text);
    }

  schedule_save (self);
}

static void
review_period_changed_cb (LdPreferencesWindow *self,
                          GtkSpinButton       *spin)
{
  if (self->loading || self->settings == NULL)
    return;

  ld_org_settings_set_review_period_days (self->settings, gtk_spin_button_get_value_as_int (spin));
  schedule_save (self);
}

static void
update_seal (LdPreferencesWindow *self)
{
  GBytes *png = self->settings ? ld_org_settings_get_seal_png (self->settings) : NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, NULL);

  gtk_picture_set_paintable (self->seal_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->seal_picture), texture != NULL);
  if (texture != NULL)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (png));
      /* Translators: the seal image's width and height in pixels, and its file size. */
      g_autofree char *subtitle = g_strdup_printf (_("PNG image, %d × %d pixels, %s"),
                                                   gdk_texture_get_width (texture),
                                                   gdk_texture_get_height (texture),
                                                   size);
      adw_action_row_set_subtitle (self->seal_row, subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (self->seal_row,
                                   _("None: documents are issued without a seal image"));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.remove-seal", png != NULL);
}

static void
seal_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  GFile *file = G_FILE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  LdPreferencesWindow *self;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Not cancelled, so the window is still alive. */
  self = LD_PREFERENCES_WINDOW (user_data);
  self->seal_reads--;
  name = g_file_get_basename (file);
  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read “%s”: %s"), name, error->message);
      show_toast (self, message);
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  if (length > LD_PREFERENCES_MAX_SEAL_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is larger than 2 MB: choose a smaller PNG image"), name);
      show_toast (self, message);
      return;
    }
  if (length < sizeof png_signature || memcmp (contents, png_signature, sizeof png_signature) != 0
      || (texture = gdk_texture_new_from_bytes (bytes, NULL)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a PNG image"), name);
      show_toast (self, message);
      return;
    }

  ld_org_settings_set_seal_png (self->settings, bytes);
  update_seal (self);
  schedule_save (self);
  if (ld_preferences_window_save (self))
    show_toast (self, _("Seal image updated"));
}

static void
seal_info_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GFile *file = G_FILE (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  LdPreferencesWindow *self;

  info = g_file_query_info_finish (file, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = LD_PREFERENCES_WINDOW (user_data);
  name = g_file_get_basename (file);
  if (info == NULL || g_file_info_get_size (info) > LD_PREFERENCES_MAX_SEAL_SIZE)
    self->seal_reads--;
  if (info == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read “%s”: %s"), name, error->message);
      show_toast (self, message);
      return;
    }
  /* Refuse a huge file before reading it at all. */
  if (g_file_info_get_size (info) > LD_PREFERENCES_MAX_SEAL_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is larger than 2 MB: choose a smaller PNG image"), name);
      show_toast (self, message);
      return;
    }

  g_file_load_contents_async (file, self->cancellable, seal_loaded_cb, self);
}

void
ld_preferences_window_set_seal_file (LdPreferencesWindow *self,
                                     GFile               *file)
{
  g_return_if_fail (LD_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->settings == NULL)
    return;

  self->seal_reads++;
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, seal_info_cb, self);
}

gboolean
ld_preferences_window_is_busy (LdPreferencesWindow *self)
{
  g_return_val_if_fail (LD_IS_PREFERENCES_WINDOW (self), FALSE);

  return self->seal_reads > 0;
}

static void
seal_chooser_response_cb (GtkNativeDialog     *dialog,
                          int                  response,
                          LdPreferencesWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);

  if (file != NULL)
    ld_preferences_window_set_seal_file (self, file);
}

static void
choose_seal_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  /* The native dialog is not kept alive by GTK: hold it until "response". */
  self->chooser = gtk_file_chooser_native_new (_("Choose a Seal Image"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PNG Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (seal_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
remove_seal_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (widget);

  if (self->settings == NULL)
    return;

  ld_org_settings_set_seal_png (self->settings, NULL);
  update_seal (self);
  schedule_save (self);
  if (ld_preferences_window_save (self))
    show_toast (self, _("Seal image removed"));
}

static void
add_prefix_rows (LdPreferencesWindow *self)
{
  /* The sample letter is the engine's own test document, not the office's. */
  for (LdDocumentKind kind = LD_DOCUMENT_KIND_SAMPLE + 1; kind < LD_N_DOCUMENT_KINDS; kind++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ld_document_kind_get_title (kind));
      gtk_widget_set_name (row, ld_document_kind_to_id (kind));
      g_object_set_data (G_OBJECT (row), "ld-kind", GINT_TO_POINTER (kind));
      g_signal_connect_swapped (row, "changed", G_CALLBACK (text_changed_cb), self);
      adw_expander_row_add_row (self->prefixes_row, row);
      self->prefix_rows[kind] = ADW_ENTRY_ROW (row);
    }
}

static void
load (LdPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->settings = ld_settings_store_load (self->database, &error);
  if (self->settings == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The preferences cannot be read: %s"),
                                                  error->message);

      /* Editing defaults would overwrite what could not be read. */
      gtk_widget_set_sensitive (GTK_WIDGET (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (self))), FALSE);
      show_toast (self, message);
      update_seal (self);
      return;
    }

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row),
                         ld_org_settings_get_organisation_name (self->settings));
  gtk_editable_set_text (GTK_EDITABLE (self->office_row),
                         ld_org_settings_get_legal_office_name (self->settings));
  gtk_editable_set_text (GTK_EDITABLE (self->signatory_row),
                         ld_org_settings_get_default_signatory (self->settings));
  for (LdDocumentKind kind = 0; kind < LD_N_DOCUMENT_KINDS; kind++)
    if (self->prefix_rows[kind] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (self->prefix_rows[kind]),
                             ld_org_settings_get_number_prefix (self->settings, kind));
  gtk_spin_button_set_value (self->review_period_spin,
                             ld_org_settings_get_review_period_days (self->settings));
  self->loading = FALSE;

  /* A new database has no organisation name yet: say so at once. */
  text_changed_cb (self, GTK_EDITABLE (self->organisation_row));
  self->dirty = FALSE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  update_seal (self);
}

GtkWidget *
ld_preferences_window_new (LdDatabase *database)
{
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);

  return g_object_new (LD_TYPE_PREFERENCES_WINDOW, "database", database, NULL);
}

static gboolean
ld_preferences_window_close_request (GtkWindow *window)
{
  ld_preferences_window_save (LD_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (ld_preferences_window_parent_class)->close_request (window);
}

static void
ld_preferences_window_constructed (GObject *object)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (ld_preferences_window_parent_class)->constructed (object);

  g_assert (self->database != NULL);
  load (self);
  /* Dispute categories and reminder periods: a page of their own, saved
   * as they change. */
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (ld_preferences_mediation_new (self->database)));
}

static void
ld_preferences_window_dispose (GObject *object)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (object);

  if (self->database != NULL)
    ld_preferences_window_save (self);
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ld_preferences_window_parent_class)->dispose (object);
}

static void
ld_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LdPreferencesWindow *self = LD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_preferences_window_class_init (LdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ld_preferences_window_constructed;
  object_class->dispose = ld_preferences_window_dispose;
  object_class->get_property = ld_preferences_window_get_property;
  object_class->set_property = ld_preferences_window_set_property;
  window_class->close_request = ld_preferences_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         LD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, office_row);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, signatory_row);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, prefixes_row);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, review_period_spin);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, seal_row);
  gtk_widget_class_bind_template_child (widget_class, LdPreferencesWindow, seal_picture);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_period_changed_cb);

  gtk_widget_class_install_action (widget_class, "preferences.choose-seal", NULL, choose_seal_activated);
  gtk_widget_class_install_action (widget_class, "preferences.remove-seal", NULL, remove_seal_activated);
}

static void
ld_preferences_window_init (LdPreferencesWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_prefix_rows (self);
}
