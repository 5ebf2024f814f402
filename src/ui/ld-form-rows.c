/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-form-rows.h"

GtkWidget *
ld_form_message_row_new (const char  *name,
                         GtkLabel   **label)
{
  GtkWidget *message = gtk_label_new (NULL);

  g_return_val_if_fail (label != NULL, NULL);

  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_set_margin_start (message, 12);
  gtk_widget_set_margin_end (message, 12);
  gtk_widget_set_margin_top (message, 6);
  gtk_widget_set_margin_bottom (message, 6);
  gtk_widget_add_css_class (message, "caption");
  gtk_widget_set_name (message, name);
  *label = GTK_LABEL (message);
  return g_object_new (ADW_TYPE_PREFERENCES_ROW,
                       "child", message,
                       "activatable", FALSE,
                       "selectable", FALSE,
                       "visible", FALSE,
                       NULL);
}

void
ld_form_show_message (GtkWidget  *message_row,
                      GtkLabel   *label,
                      GtkWidget  *field,
                      const char *text,
                      const char *style)
{
  static const char *styles[] = { "error", "warning", "dim-label" };

  g_return_if_fail (GTK_IS_LABEL (label));

  for (gsize i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), styles[i]);
  if (field != NULL)
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_widget_remove_css_class (field, "warning");
    }

  gtk_widget_set_visible (message_row, text != NULL);
  gtk_label_set_text (label, text != NULL ? text : "");
  if (text == NULL)
    return;

  gtk_widget_add_css_class (GTK_WIDGET (label), style);
  if (field != NULL && !g_str_equal (style, "dim-label"))
    gtk_widget_add_css_class (field, style);
}

const char *
ld_form_bad_date_message (void)
{
  return _("Enter the date as year-month-day, e.g. 2026-11-25.");
}

gboolean
ld_form_show_issue (GtkWidget          *message_row,
                    GtkLabel           *label,
                    GtkWidget          *field,
                    gboolean            bad_date,
                    const LdFieldIssue *issue,
                    gboolean            show_errors)
{
  if (bad_date)
    ld_form_show_message (message_row, label, field, ld_form_bad_date_message (), "error");
  else if (issue != NULL && (show_errors || issue->severity == LD_ISSUE_WARNING))
    ld_form_show_message (message_row, label, field, issue->message,
                          issue->severity == LD_ISSUE_ERROR ? "error" : "warning");
  else
    {
      ld_form_show_message (message_row, label, field, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

GtkWidget *
ld_form_text_row_new (const char  *title,
                      int          height,
                      GtkWidget  **text_view)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *caption = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  g_return_val_if_fail (text_view != NULL, NULL);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, height);
  gtk_widget_add_css_class (view, "inline");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  *text_view = view;
  return g_object_new (ADW_TYPE_PREFERENCES_ROW,
                       "child", box,
                       "activatable", FALSE,
                       "title", title,
                       NULL);
}
