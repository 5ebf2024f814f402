/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-form-rows.h"
#include "ld-mediation-term-dialog.h"
#include "ld-text.h"
#include "ld-ui-date.h"


/* A field and the message shown under it. */
typedef struct
{
  GtkWidget *widget;
  GtkWidget *message_row;
  GtkLabel  *message;
} Field;

struct _LdMediationTermDialog
{
  AdwWindow         parent_instance;

  LdMediationTerm  *term;      /* the term as given: what the fields start from */
  LdTermDialogMode  mode;
  gboolean          touched;   /* the user changed a field: show what is missing */

  Field             content;
  Field             method;
  Field             deadline;
  GtkWidget        *status;
  Field             performed_on;
  GtkWidget        *note;
  GtkWidget        *save_button;
};

G_DEFINE_FINAL_TYPE (LdMediationTermDialog, ld_mediation_term_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Reading the fields */

static char *
dup_content (LdMediationTermDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->content.widget));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
dup_entry (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* FALSE when the entry holds text that is not a date; @out is then left
 * invalid, as it is for an empty entry. */
static gboolean
read_date (GtkWidget *entry,
           GDate     *out)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_date_clear (out, 1);
  if (ld_text_is_blank (text))
    return TRUE;
  if (ld_ui_date_parse (text, out))
    return TRUE;
  g_date_clear (out, 1);
  return FALSE;
}

/* Messages */

static void
set_message (Field      *field,
             const char *text)
{
  ld_form_show_message (field->message_row, field->message, field->widget, text, "error");
}

static gboolean
update_validity (LdMediationTermDialog *self)
{
  gboolean check_term = self->mode != LD_TERM_DIALOG_PERFORMANCE;
  gboolean show_missing = self->touched || self->mode != LD_TERM_DIALOG_NEW;
  g_autofree char *content = dup_content (self);
  g_autofree char *method = dup_entry (self->method.widget);
  gboolean content_ok = !check_term || !ld_text_is_blank (content);
  gboolean method_ok = !check_term || !ld_text_is_blank (method);
  GDate date;
  gboolean deadline_ok = !check_term || read_date (self->deadline.widget, &date);
  gboolean performed_ok = read_date (self->performed_on.widget, &date);
  gboolean valid = content_ok && method_ok && deadline_ok && performed_ok;

  set_message (&self->content, content_ok || !show_missing
               ? NULL : _("Write what the parties agreed to in this term."));
  set_message (&self->method, method_ok || !show_missing
               ? NULL : _("Say how the term is performed, e.g. by bank transfer."));
  set_message (&self->deadline, deadline_ok ? NULL : ld_form_bad_date_message ());
  set_message (&self->performed_on, performed_ok ? NULL : ld_form_bad_date_message ());
  gtk_widget_set_sensitive (self->save_button, valid);
  return valid;
}

static void
field_changed_cb (LdMediationTermDialog *self)
{
  self->touched = TRUE;
  update_validity (self);
}

static void
save_clicked_cb (LdMediationTermDialog *self)
{
  if (!update_validity (self))
    return;
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Building */

static Field
add_field (GtkWidget  *group,
           GtkWidget  *row,
           GtkWidget  *widget,
           const char *name)
{
  g_autofree char *message_name = g_strconcat (name, "-message", NULL);
  Field field = { widget, NULL, NULL };

  gtk_widget_set_name (widget, name);
  field.message_row = ld_form_message_row_new (message_name, &field.message);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field.message_row);
  return field;
}

static GtkWidget *
new_entry_row (const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

static GtkWidget *
new_date_row (const char  *title,
              const GDate *date)
{
  g_autofree char *text = ld_ui_date_to_text (g_date_valid (date) ? date : NULL);

  return new_entry_row (title, text);
}

/* The content is a text view: terms run to several sentences. */
static GtkWidget *
new_content_row (LdMediationTermDialog *self,
                 GtkWidget            **out_view)
{
  GtkWidget *row = ld_form_text_row_new (_("What Was Agreed"), 96, out_view);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (*out_view)),
                            self->term->content, -1);
  return row;
}

static GtkWidget *
build_term_group (LdMediationTermDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  gboolean editable = self->mode != LD_TERM_DIALOG_PERFORMANCE;
  GtkWidget *view, *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Term"));
  row = new_content_row (self, &view);
  self->content = add_field (group, row, view, "term-content");
  row = new_entry_row (_("Performed By (Method)"), self->term->method);
  self->method = add_field (group, row, row, "term-method");
  row = new_date_row (_("Deadline (Year-Month-Day)"), &self->term->deadline);
  self->deadline = add_field (group, row, row, "term-deadline");

  /* Shown, not editable: the clerk records performance against the text. */
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), editable);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), editable);
  gtk_widget_set_sensitive (self->method.widget, editable);
  gtk_widget_set_sensitive (self->deadline.widget, editable);

  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->method.widget, "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (self->deadline.widget, "changed", G_CALLBACK (field_changed_cb), self);
  return group;
}

static GtkWidget *
build_performance_group (LdMediationTermDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Performance"));
  for (int i = 0; i < LD_N_PERFORMANCE_STATUSES; i++)
    gtk_string_list_append (labels, ld_performance_status_get_label (i));
  self->status = adw_combo_row_new ();
  gtk_widget_set_name (self->status, "term-status");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->status), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status), self->term->status);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->status);

  row = new_date_row (_("Performed On (Year-Month-Day)"), &self->term->performed_on);
  self->performed_on = add_field (group, row, row, "term-performed-on");

  self->note = new_entry_row (_("Note (Receipts, What Was Checked)"), self->term->note);
  gtk_widget_set_name (self->note, "term-note");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->note);

  g_signal_connect_swapped (self->performed_on.widget, "changed",
                            G_CALLBACK (field_changed_cb), self);
  /* A new term has not been performed yet. */
  gtk_widget_set_visible (group, self->mode != LD_TERM_DIALOG_NEW);
  return group;
}

static void
build (LdMediationTermDialog *self,
       unsigned               number)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  g_autofree char *title = NULL;

  switch (self->mode)
    {
    case LD_TERM_DIALOG_NEW:
      title = g_strdup (_("New Term"));
      break;
    case LD_TERM_DIALOG_EDIT:
      /* Translators: the title of the dialog editing term %u of an agreement. */
      title = g_strdup_printf (_("Term %u"), number);
      break;
    case LD_TERM_DIALOG_PERFORMANCE:
      title = g_strdup_printf (_("Performance of Term %u"), number);
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_window_set_title (GTK_WINDOW (self), title);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_widget_set_name (cancel, "term-dialog-cancel");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_set_name (self->save_button, "term-dialog-save");
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_term_group (self)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (build_performance_group (self)));
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  update_validity (self);
}

static void
ld_mediation_term_dialog_finalize (GObject *object)
{
  LdMediationTermDialog *self = LD_MEDIATION_TERM_DIALOG (object);

  g_clear_pointer (&self->term, ld_mediation_term_free);
  G_OBJECT_CLASS (ld_mediation_term_dialog_parent_class)->finalize (object);
}

static void
ld_mediation_term_dialog_class_init (LdMediationTermDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ld_mediation_term_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ld_mediation_term_dialog_init (LdMediationTermDialog *self)
{
  gtk_widget_set_name (GTK_WIDGET (self), "term-dialog");
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
}

LdMediationTermDialog *
ld_mediation_term_dialog_new (GtkWindow             *parent,
                              const LdMediationTerm *term,
                              unsigned               number,
                              LdTermDialogMode       mode)
{
  LdMediationTermDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (term != NULL || mode == LD_TERM_DIALOG_NEW, NULL);
  g_return_val_if_fail (mode <= LD_TERM_DIALOG_PERFORMANCE, NULL);

  self = g_object_new (LD_TYPE_MEDIATION_TERM_DIALOG, NULL);
  self->mode = mode;
  self->term = term != NULL ? ld_mediation_term_copy (term) : ld_mediation_term_new (NULL, NULL, NULL);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  build (self, number);
  return self;
}

LdTermDialogMode
ld_mediation_term_dialog_get_mode (LdMediationTermDialog *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_TERM_DIALOG (self), LD_TERM_DIALOG_NEW);

  return self->mode;
}

gboolean
ld_mediation_term_dialog_is_valid (LdMediationTermDialog *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_TERM_DIALOG (self), FALSE);

  return update_validity (self);
}

LdMediationTerm *
ld_mediation_term_dialog_get_term (LdMediationTermDialog *self)
{
  LdMediationTerm *term;

  g_return_val_if_fail (LD_IS_MEDIATION_TERM_DIALOG (self), NULL);

  if (!update_validity (self))
    return NULL;

  term = ld_mediation_term_copy (self->term);
  if (self->mode != LD_TERM_DIALOG_PERFORMANCE)
    {
      g_autofree char *content = dup_content (self);
      g_autofree char *method = dup_entry (self->method.widget);

      ld_mediation_term_set_content (term, content);
      ld_mediation_term_set_method (term, method);
      read_date (self->deadline.widget, &term->deadline);
    }
  if (self->mode != LD_TERM_DIALOG_NEW)
    {
      g_autofree char *note = dup_entry (self->note);
      guint status = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status));

      if (status < LD_N_PERFORMANCE_STATUSES)
        term->status = status;
      read_date (self->performed_on.widget, &term->performed_on);
      ld_mediation_term_set_note (term, note);
    }
  return term;
}
