/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-dialog-form.h"
#include "ld-field-issue.h"
#include "ld-form-rows.h"
#include "ld-ui-date.h"

void
ld_dialog_form_build (LdDialogForm *form,
                      GtkWindow    *window,
                      const char   *name)
{
  g_autofree char *save_name = g_strconcat (name, "-save", NULL);
  g_autofree char *cancel_name = g_strconcat (name, "-cancel", NULL);
  GtkEventController *shortcuts;
  GtkWidget *header;
  GtkWidget *box;

  g_return_if_fail (form != NULL);
  g_return_if_fail (ADW_IS_WINDOW (window));

  form->window = window;
  gtk_widget_set_name (GTK_WIDGET (form->window), name);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  form->cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_name (form->cancel, cancel_name);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), form->cancel);
  form->save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_set_name (form->save, save_name);
  gtk_widget_add_css_class (form->save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save);

  form->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->page));
  gtk_widget_set_vexpand (GTK_WIDGET (form->page), TRUE);
  adw_window_set_content (ADW_WINDOW (form->window), box);
  gtk_window_set_default_widget (form->window, form->save);

  /* Escape is Cancel: closing changes nothing. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (form->window), shortcuts);
  g_signal_connect_swapped (form->cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
}

void
ld_dialog_form_init (LdDialogForm *form,
                     GtkWindow    *parent,
                     const char   *name,
                     const char   *title)
{
  g_return_if_fail (form != NULL);
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  ld_dialog_form_build (form,
                        g_object_new (ADW_TYPE_WINDOW,
                                      "modal", TRUE,
                                      "transient-for", parent,
                                      "destroy-with-parent", TRUE,
                                      "title", title,
                                      "default-width", 520,
                                      "default-height", 640,
                                      NULL),
                        name);
}

GtkWidget *
ld_dialog_form_add_entry (AdwPreferencesGroup *group,
                          const char          *name,
                          const char          *title,
                          const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  return row;
}

GtkWidget *
ld_dialog_form_add_text (AdwPreferencesGroup *group,
                         const char          *name,
                         const char          *title,
                         const char          *text)
{
  GtkWidget *view;
  GtkWidget *row = ld_form_text_row_new (title, 120, &view);

  gtk_widget_set_name (view, name);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  adw_preferences_group_add (group, row);
  return view;
}

char *
ld_dialog_form_get_text (GtkWidget *text_view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (text_view), NULL);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkWidget *
ld_dialog_form_add_message (AdwPreferencesGroup *group,
                            const char          *name)
{
  GtkLabel *label;

  adw_preferences_group_add (group, ld_form_message_row_new (name, &label));
  return GTK_WIDGET (label);
}

void
ld_dialog_form_set_check (LdDialogForm *form,
                          GtkWidget    *message,
                          GtkWidget    *field,
                          const char   *text)
{
  g_return_if_fail (form != NULL);
  g_return_if_fail (GTK_IS_LABEL (message));

  ld_form_show_message (gtk_widget_get_parent (message), GTK_LABEL (message), field, text, "error");
  gtk_widget_set_sensitive (form->save, text == NULL);
}

gboolean
ld_dialog_form_read_date (GtkWidget *entry,
                          GDate     *date)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_date_clear (date, 1);
  if (*text == '\0')
    return TRUE;
  return ld_ui_date_parse (text, date);
}

char *
ld_dialog_form_last_error (GPtrArray  *issues,
                           const char *field)
{
  const char *message = NULL;

  g_return_val_if_fail (issues != NULL, NULL);

  for (guint i = 0; i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (g_str_equal (issue->field, field) && issue->severity == LD_ISSUE_ERROR)
        message = issue->message;
    }
  return g_strdup (message);
}

#define TIED_KEY "ld-dialog-form-tied"

void
ld_dialog_form_tie (GtkWindow *dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  g_object_set_data (G_OBJECT (dialog), TIED_KEY, GINT_TO_POINTER (TRUE));
}

void
ld_dialog_form_close_tied (GtkWindow *editor)
{
  GListModel *toplevels;
  g_autoptr(GPtrArray) tied = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (GTK_IS_WINDOW (editor));

  /* Collected first: destroying a window changes the list. */
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == editor
          && g_object_get_data (G_OBJECT (window), TIED_KEY) != NULL)
        g_ptr_array_add (tied, g_steal_pointer (&window));
    }
  for (guint i = 0; i < tied->len; i++)
    gtk_window_destroy (g_ptr_array_index (tied, i));
}
