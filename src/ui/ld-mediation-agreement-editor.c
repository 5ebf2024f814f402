/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-form-rows.h"
#include "ld-mediation-agreement-editor.h"
#include "ld-mediation-term-dialog.h"
#include "ld-text.h"
#include "ld-ui-date.h"

#define INDEX_KEY "ld-term-index"
#define ORIGINAL_KEY "ld-term-original"

/* The fields of the agreement and its judicial confirmation; their widget
 * names are the keys of the issues shown under them. */
typedef enum
{
  FIELD_REACHED_ON,
  FIELD_EFFECTIVE_ON,
  FIELD_ORAL,
  FIELD_COPIES,
  FIELD_PLACE,
  FIELD_APPLIED_ON,
  FIELD_COURT,
  FIELD_RESULT,
  FIELD_DECIDED_ON,
  FIELD_CONFIRMATION_NOTE,
  N_FIELDS
} FieldId;

typedef enum
{
  KIND_DATE,
  KIND_TEXT,
  KIND_SWITCH,
  KIND_SPIN,
  KIND_COMBO,
} FieldKind;

typedef struct
{
  const char *name;
  const char *title;
  FieldKind   kind;
  const char *prop;  /* the agreement's property a date or text field edits */
} FieldSpec;

static const FieldSpec field_specs[N_FIELDS] = {
  [FIELD_REACHED_ON] = { "agreement-reached-on", N_("Reached On (Year-Month-Day)"), KIND_DATE, "reached-on" },
  [FIELD_EFFECTIVE_ON] = { "agreement-effective-on", N_("Took Effect On (Year-Month-Day)"), KIND_DATE, "effective-on" },
  [FIELD_ORAL] = { "agreement-oral", N_("Oral Agreement"), KIND_SWITCH, NULL },
  [FIELD_COPIES] = { "agreement-copies", N_("Copies"), KIND_SPIN, NULL },
  [FIELD_PLACE] = { "agreement-place", N_("Place of Performance"), KIND_TEXT, "place-of-performance" },
  [FIELD_APPLIED_ON] = { "confirmation-applied-on", N_("Applied On (Year-Month-Day)"), KIND_DATE,
                         "confirmation-applied-on" },
  [FIELD_COURT] = { "confirmation-court", N_("Court"), KIND_TEXT, "confirmation-court" },
  [FIELD_RESULT] = { "confirmation-result", N_("Result"), KIND_COMBO, NULL },
  [FIELD_DECIDED_ON] = { "confirmation-decided-on", N_("Decided On (Year-Month-Day)"), KIND_DATE,
                         "confirmation-decided-on" },
  [FIELD_CONFIRMATION_NOTE] = { "confirmation-note", N_("Ruling Number or Reasons"), KIND_TEXT,
                                "confirmation-note" },
};

typedef struct
{
  LdMediationAgreementEditor *editor;
  FieldId    id;
  GtkWidget *widget;       /* the entry row, switch, spin button or combo row */
  GtkWidget *row;          /* the row holding it */
  GtkWidget *message_row;  /* NULL for fields that have no message */
  GtkLabel  *message;
  gboolean   bad_date;     /* the entry holds text that is not a date */
  guint      clear_id;     /* unsets the date once the entry stays empty */
} Field;

struct _LdMediationAgreementEditor
{
  AdwBin                       parent_instance;

  LdMediationCase             *mcase;
  LdMediationAgreement        *agreement;  /* the case's */
  gulong                       case_changed_id;
  gulong                       agreement_changed_id;
  LdCalendar                  *calendar;
  LdMediationReminderSettings  settings;
  GPtrArray                   *issues;     /* of LdFieldIssue, the last shown */
  GPtrArray                   *shown_terms;  /* copies of the terms the rows show */
  gboolean                     terms_locked;
  gboolean                     updating;   /* writing to the agreement */
  gboolean                     filling;    /* writing to the widgets */

  Field                        fields[N_FIELDS];
  AdwToastOverlay             *toast_overlay;  /* used when no window overlay is found */
  GtkWidget                   *groups;
  GtkWidget                   *confirmation_group;
  GtkWidget                   *add_button;
  GtkWidget                   *terms_locked_label;
  GtkListBox                  *terms_list;
  GtkLabel                    *terms_message;
  GtkWidget                   *window_row;
  GtkLabel                    *window_days;
};

G_DEFINE_FINAL_TYPE (LdMediationAgreementEditor, ld_mediation_agreement_editor, ADW_TYPE_BIN)

static void rebuild_terms (LdMediationAgreementEditor *self);
static void cancel_pending_clears (LdMediationAgreementEditor *self);

/* Messages */

/* All the messages of @issues about @key, one a line (the terms have one
 * per term), and their worst severity. */
static char *
join_issues (GPtrArray  *issues,
             const char *key,
             gboolean   *out_error)
{
  g_autoptr(GString) text = NULL;

  *out_error = FALSE;
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (g_strcmp0 (issue->field, key) != 0)
        continue;
      if (text == NULL)
        text = g_string_new (issue->message);
      else
        g_string_append_printf (text, "\n%s", issue->message);
      *out_error = *out_error || issue->severity == LD_ISSUE_ERROR;
    }
  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
render_messages (LdMediationAgreementEditor *self)
{
  g_autofree char *terms = NULL;
  gboolean error;

  for (FieldId id = 0; id < N_FIELDS; id++)
    {
      Field *field = &self->fields[id];
      g_autofree char *text = NULL;

      if (field->message_row == NULL)
        continue;
      if (field->bad_date)
        {
          text = g_strdup (ld_form_bad_date_message ());
          error = TRUE;
        }
      else
        text = join_issues (self->issues, field_specs[id].name, &error);
      ld_form_show_message (field->message_row, field->message, field->widget, text,
                            error ? "error" : "warning");
    }

  terms = join_issues (self->issues, "agreement-terms", &error);
  ld_form_show_message (GTK_WIDGET (self->terms_message), self->terms_message, NULL, terms,
                        error ? "error" : "warning");
}

/* The judicial confirmation window */

static void
update_window_row (LdMediationAgreementEditor *self)
{
  g_autoptr(GPtrArray) reminders = NULL;
  const LdMediationReminder *found = NULL;
  g_autofree char *days = NULL;
  GDate today;

  if (self->mcase != NULL)
    {
      ld_get_today (&today);
      reminders = ld_mediation_reminders_compute (self->mcase, &today, self->calendar,
                                                  &self->settings);
      for (guint i = 0; i < reminders->len && found == NULL; i++)
        {
          const LdMediationReminder *reminder = g_ptr_array_index (reminders, i);

          if (reminder->kind == LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW)
            found = reminder;
        }
    }

  gtk_widget_set_visible (self->window_row, found != NULL);
  if (found == NULL)
    return;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->window_row), found->message);
  /* Translators: how many days are left to apply for judicial confirmation. */
  days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left",
                                       (unsigned long) found->days_left),
                          found->days_left);
  gtk_label_set_text (self->window_days, days);
}

static void
update_confirmation_description (LdMediationAgreementEditor *self)
{
  g_autofree char *text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "The parties may apply together to a court within %d day "
                                  "of the agreement taking effect.",
                                  "The parties may apply together to a court within %d days "
                                  "of the agreement taking effect.",
                                  (unsigned long) self->settings.confirmation_days),
                     self->settings.confirmation_days);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->confirmation_group), text);
}

/* Agreement to widgets */

/* Shows the agreement's value of @id unless the widget already says it, so
 * that a field the user is typing in keeps its cursor. */
static void
fill_field (LdMediationAgreementEditor *self,
            FieldId                     id)
{
  Field *field = &self->fields[id];
  LdMediationAgreement *agreement = self->agreement;

  switch (field_specs[id].kind)
    {
    case KIND_DATE:
      {
        g_autoptr(GDate) date = NULL;
        const char *text = gtk_editable_get_text (GTK_EDITABLE (field->widget));
        GDate shown;
        gboolean same;

        if (agreement != NULL)
          g_object_get (agreement, field_specs[id].prop, &date, NULL);
        if (ld_text_is_blank (text))
          same = date == NULL;
        else
          same = ld_ui_date_parse (text, &shown) && date != NULL
                 && g_date_compare (&shown, date) == 0;
        if (!same)
          {
            g_autofree char *iso = ld_ui_date_to_text (date);

            gtk_editable_set_text (GTK_EDITABLE (field->widget), iso);
            field->bad_date = FALSE;
          }
      }
      break;
    case KIND_TEXT:
      {
        g_autofree char *text = NULL;

        if (agreement != NULL)
          g_object_get (agreement, field_specs[id].prop, &text, NULL);
        if (text == NULL)
          text = g_strdup ("");
        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->widget)), text) != 0)
          gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
      }
      break;
    case KIND_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (field->widget),
                             agreement != NULL && ld_mediation_agreement_get_oral (agreement));
      break;
    case KIND_SPIN:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->widget),
                                 agreement != NULL ? ld_mediation_agreement_get_copies (agreement) : 1);
      break;
    case KIND_COMBO:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget),
                                  agreement != NULL
                                  ? ld_mediation_agreement_get_confirmation_result (agreement)
                                  : LD_CONFIRMATION_NONE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
fill_fields (LdMediationAgreementEditor *self)
{
  cancel_pending_clears (self);
  self->filling = TRUE;
  for (FieldId id = 0; id < N_FIELDS; id++)
    fill_field (self, id);
  self->filling = FALSE;
  gtk_widget_set_sensitive (self->groups, self->agreement != NULL);
}

static void
agreement_changed_cb (LdMediationAgreementEditor *self)
{
  /* Our own edits are already on screen; others (a restored draft) are not. */
  if (!self->updating)
    {
      fill_fields (self);
      render_messages (self);
    }
  rebuild_terms (self);
}

/* Widgets to agreement */

static FieldId
field_of (LdMediationAgreementEditor *self,
          GtkWidget                  *widget)
{
  for (FieldId id = 0; id < N_FIELDS; id++)
    if (self->fields[id].widget == widget)
      return id;
  g_assert_not_reached ();
}

static gboolean
clear_date_cb (gpointer data)
{
  Field *field = data;
  LdMediationAgreementEditor *self = field->editor;

  field->clear_id = 0;
  if (self->agreement != NULL
      && ld_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (field->widget))))
    {
      self->updating = TRUE;
      g_object_set (self->agreement, field_specs[field->id].prop, NULL, NULL);
      self->updating = FALSE;
    }
  return G_SOURCE_REMOVE;
}

static void
cancel_pending_clears (LdMediationAgreementEditor *self)
{
  for (FieldId id = 0; id < N_FIELDS; id++)
    g_clear_handle_id (&self->fields[id].clear_id, g_source_remove);
}

static void
entry_changed_cb (GtkEditable                *editable,
                  LdMediationAgreementEditor *self)
{
  FieldId id = field_of (self, GTK_WIDGET (editable));
  Field *field = &self->fields[id];
  const char *text = gtk_editable_get_text (editable);

  if (self->filling || self->agreement == NULL)
    return;

  if (field_specs[id].kind == KIND_DATE)
    {
      GDate date;
      gboolean blank = ld_text_is_blank (text);

      g_clear_handle_id (&field->clear_id, g_source_remove);
      /* A date that does not parse leaves the agreement as it was. */
      field->bad_date = !blank && !ld_ui_date_parse (text, &date);
      if (blank)
        /* Replacing the text (a paste over it) empties the entry first:
         * unset the date only if nothing follows. */
        field->clear_id = g_idle_add (clear_date_cb, field);
      else if (!field->bad_date)
        {
          self->updating = TRUE;
          g_object_set (self->agreement, field_specs[id].prop, &date, NULL);
          self->updating = FALSE;
        }
    }
  else
    {
      self->updating = TRUE;
      g_object_set (self->agreement, field_specs[id].prop, text, NULL);
      self->updating = FALSE;
    }
  render_messages (self);
}

static void
oral_changed_cb (GtkSwitch                  *widget,
                 GParamSpec                 *pspec,
                 LdMediationAgreementEditor *self)
{
  if (self->filling || self->agreement == NULL)
    return;
  self->updating = TRUE;
  ld_mediation_agreement_set_oral (self->agreement, gtk_switch_get_active (widget));
  self->updating = FALSE;
}

static void
copies_changed_cb (GtkSpinButton              *spin,
                   LdMediationAgreementEditor *self)
{
  if (self->filling || self->agreement == NULL)
    return;
  self->updating = TRUE;
  ld_mediation_agreement_set_copies (self->agreement, gtk_spin_button_get_value_as_int (spin));
  self->updating = FALSE;
}

static void
result_changed_cb (AdwComboRow                *row,
                   GParamSpec                 *pspec,
                   LdMediationAgreementEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling || self->agreement == NULL || selected >= LD_N_CONFIRMATION_RESULTS)
    return;
  self->updating = TRUE;
  ld_mediation_agreement_set_confirmation_result (self->agreement, selected);
  self->updating = FALSE;
}

/* Term dialogs */

static GtkWindow *
get_parent_window (LdMediationAgreementEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
term_saved_cb (LdMediationTermDialog      *dialog,
               LdMediationAgreementEditor *self)
{
  g_autoptr(LdMediationTerm) term = ld_mediation_term_dialog_get_term (dialog);
  LdTermDialogMode mode = ld_mediation_term_dialog_get_mode (dialog);
  unsigned index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), INDEX_KEY));
  const LdMediationTerm *original = g_object_get_data (G_OBJECT (dialog), ORIGINAL_KEY);
  const LdMediationTerm *current;

  if (term == NULL || self->agreement == NULL)
    return;

  if (mode == LD_TERM_DIALOG_NEW)
    {
      if (!self->terms_locked)
        ld_mediation_agreement_append_term (self->agreement, term);
      return;
    }

  /* The term must still be the one the dialog opened on. */
  if (index >= ld_mediation_agreement_get_n_terms (self->agreement))
    return;
  current = ld_mediation_agreement_get_term (self->agreement, index);
  if (!ld_mediation_term_equal (current, original))
    return;

  if (mode == LD_TERM_DIALOG_PERFORMANCE || self->terms_locked)
    {
      /* Only the performance: the agreed text stays as issued. */
      g_autoptr(LdMediationTerm) updated = ld_mediation_term_copy (current);

      updated->status = term->status;
      updated->performed_on = term->performed_on;
      ld_mediation_term_set_note (updated, term->note);
      ld_mediation_agreement_replace_term (self->agreement, index, updated);
    }
  else
    ld_mediation_agreement_replace_term (self->agreement, index, term);
}

static void
open_term_dialog (LdMediationAgreementEditor *self,
                  unsigned                    index,
                  LdTermDialogMode            mode)
{
  const LdMediationTerm *term = NULL;
  LdMediationTermDialog *dialog;
  unsigned number;

  if (self->agreement == NULL)
    return;
  if (mode == LD_TERM_DIALOG_NEW)
    number = ld_mediation_agreement_get_n_terms (self->agreement) + 1;
  else
    {
      g_return_if_fail (index < ld_mediation_agreement_get_n_terms (self->agreement));
      term = ld_mediation_agreement_get_term (self->agreement, index);
      number = index + 1;
    }
  if (self->terms_locked && mode != LD_TERM_DIALOG_PERFORMANCE)
    return;

  dialog = ld_mediation_term_dialog_new (get_parent_window (self), term, number, mode);
  g_object_set_data (G_OBJECT (dialog), INDEX_KEY, GUINT_TO_POINTER (index));
  if (term != NULL)
    g_object_set_data_full (G_OBJECT (dialog), ORIGINAL_KEY, ld_mediation_term_copy (term),
                            (GDestroyNotify) ld_mediation_term_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (term_saved_cb), self, 0);
  ld_dialog_form_tie (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_term_cb (LdMediationAgreementEditor *self)
{
  open_term_dialog (self, 0, LD_TERM_DIALOG_NEW);
}

/* Undo of a removed term */

/* Undo puts the term back into the agreement the editor shows when it is
 * clicked: Save or a reload may have replaced the one it was removed
 * from, and an Undo into that dropped copy would do nothing the user
 * could see. (Dismissing the toast instead trips libadwaita 1.2's toast
 * overlay when a toast it displaced is still hiding.) */
typedef struct
{
  GWeakRef              editor;
  LdMediationTerm      *term;  /* NULL once put back */
  unsigned              index;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_weak_ref_clear (&undo->editor);
  g_clear_pointer (&undo->term, ld_mediation_term_free);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(LdMediationAgreementEditor) self = g_weak_ref_get (&undo->editor);
  unsigned n;

  if (undo->term == NULL || self == NULL || self->agreement == NULL || self->terms_locked)
    return;
  n = ld_mediation_agreement_get_n_terms (self->agreement);
  ld_mediation_agreement_insert_term (self->agreement, MIN (undo->index, n), undo->term);
  /* A second click must not put it back twice. */
  g_clear_pointer (&undo->term, ld_mediation_term_free);
}

static AdwToastOverlay *
find_toast_overlay (LdMediationAgreementEditor *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *overlay = parent != NULL ? gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY) : NULL;

  /* The window's overlay shows the toast where the user looks; ours is
   * only for an editor outside such a window. */
  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : self->toast_overlay;
}

static void
remove_term (LdMediationAgreementEditor *self,
             unsigned                    index)
{
  UndoData *undo;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *title = NULL;

  if (self->terms_locked || index >= ld_mediation_agreement_get_n_terms (self->agreement))
    return;

  undo = g_new0 (UndoData, 1);
  g_weak_ref_init (&undo->editor, self);
  undo->term = ld_mediation_term_copy (ld_mediation_agreement_get_term (self->agreement, index));
  undo->index = index;
  ld_mediation_agreement_remove_term (self->agreement, index);

  title = g_strdup_printf (_("Term %u removed"), index + 1);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_data_free, 0);
  adw_toast_overlay_add_toast (find_toast_overlay (self), g_steal_pointer (&toast));
}

/* Term rows */

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows are rebuilt after a move: keep the keyboard on the term that
 * moved, on the same button while it can still go that way. */
static void
focus_moved_term (LdMediationAgreementEditor *self,
                  unsigned                    index,
                  const char                 *suffix)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->terms_list, index);
  g_autofree char *name = g_strdup_printf ("term-%u%s", index, suffix);
  g_autofree char *other = g_strdup_printf ("term-%u%s", index,
                                            g_str_equal (suffix, "-up") ? "-down" : "-up");
  GtkWidget *button;

  if (row == NULL)
    return;
  button = find_named (GTK_WIDGET (row), name);
  if (button == NULL || !gtk_widget_is_sensitive (button))
    button = find_named (GTK_WIDGET (row), other);
  if (button != NULL)
    gtk_widget_grab_focus (button);
}

static void
term_button_cb (GtkButton                  *button,
                LdMediationAgreementEditor *self)
{
  unsigned index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), INDEX_KEY));
  const char *name = gtk_widget_get_name (GTK_WIDGET (button));

  if (self->agreement == NULL || index >= ld_mediation_agreement_get_n_terms (self->agreement))
    return;

  if (g_str_has_suffix (name, "-performance"))
    open_term_dialog (self, index, LD_TERM_DIALOG_PERFORMANCE);
  else if (self->terms_locked)
    return;
  else if (g_str_has_suffix (name, "-edit"))
    open_term_dialog (self, index, LD_TERM_DIALOG_EDIT);
  else if (g_str_has_suffix (name, "-up") && index > 0)
    {
      ld_mediation_agreement_move_term (self->agreement, index, index - 1);
      focus_moved_term (self, index - 1, "-up");
    }
  else if (g_str_has_suffix (name, "-down")
           && index + 1 < ld_mediation_agreement_get_n_terms (self->agreement))
    {
      ld_mediation_agreement_move_term (self->agreement, index, index + 1);
      focus_moved_term (self, index + 1, "-down");
    }
  else if (g_str_has_suffix (name, "-remove"))
    remove_term (self, index);
}

static void
term_row_activated_cb (AdwActionRow               *row,
                       LdMediationAgreementEditor *self)
{
  unsigned index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), INDEX_KEY));

  open_term_dialog (self, index,
                    self->terms_locked ? LD_TERM_DIALOG_PERFORMANCE : LD_TERM_DIALOG_EDIT);
}

/* "1. content — method, by deadline" */
static char *
term_title (const LdMediationTerm *term,
            unsigned               number)
{
  g_autofree char *content = g_strdup (term->content);
  g_autofree char *deadline = NULL;
  gboolean has_method = !ld_text_is_blank (term->method);

  /* One line in the list: the dialog shows the whole text. */
  g_strdelimit (g_strstrip (content), "\r\n", ' ');
  if (*content == '\0')
    {
      g_free (content);
      content = g_strdup (_("(nothing agreed yet)"));
    }
  if (g_date_valid (&term->deadline))
    {
      g_autofree char *iso = ld_ui_date_to_text (&term->deadline);

      deadline = ld_format_list_date (iso);
    }

  if (has_method && deadline != NULL)
    /* Translators: a term of an agreement: its number, what was agreed, how it is performed and the deadline. */
    return g_strdup_printf (_("%u. %s — %s, by %s"), number, content, term->method, deadline);
  if (has_method)
    /* Translators: a term of an agreement: its number, what was agreed and how it is performed. */
    return g_strdup_printf (_("%u. %s — %s"), number, content, term->method);
  if (deadline != NULL)
    /* Translators: a term of an agreement: its number, what was agreed and the deadline. */
    return g_strdup_printf (_("%u. %s, by %s"), number, content, deadline);
  return g_strdup_printf ("%u. %s", number, content);
}

/* The day performed and the note, after the status badge. */
static char *
term_subtitle (const LdMediationTerm *term)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (g_date_valid (&term->performed_on))
    {
      g_autofree char *iso = ld_ui_date_to_text (&term->performed_on);
      g_autofree char *shown = ld_format_list_date (iso);

      /* Translators: when a term of an agreement was performed. */
      g_ptr_array_add (parts, g_strdup_printf (_("Performed on %s"), shown));
    }
  if (!ld_text_is_blank (term->note))
    g_ptr_array_add (parts, g_strdup (term->note));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static const char *
status_style (LdPerformanceStatus status)
{
  switch (status)
    {
    case LD_PERFORMANCE_PERFORMED:
      return "success";
    case LD_PERFORMANCE_PARTLY:
      return "warning";
    case LD_PERFORMANCE_NOT_PERFORMED:
      return "error";
    case LD_PERFORMANCE_PENDING:
    case LD_N_PERFORMANCE_STATUSES:
    default:
      return "dim-label";
    }
}

static GtkWidget *
add_row_button (LdMediationAgreementEditor *self,
                GtkWidget                  *row,
                unsigned                    index,
                const char                 *suffix,
                const char                 *icon,
                const char                 *tooltip,
                gboolean                    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  g_autofree char *name = g_strdup_printf ("term-%u%s", index, suffix);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), INDEX_KEY, GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (term_button_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static GtkWidget *
build_term_row (LdMediationAgreementEditor *self,
                const LdMediationTerm      *term,
                unsigned                    index,
                unsigned                    n_terms)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("term-%u", index);
  g_autofree char *status_name = g_strdup_printf ("term-%u-status", index);
  g_autofree char *title = term_title (term, index + 1);
  g_autofree char *subtitle = term_subtitle (term);
  GtkWidget *badge = gtk_label_new (ld_performance_status_get_label (term->status));
  gboolean editable = !self->terms_locked;

  gtk_widget_set_name (row, name);
  /* What the clerk typed is not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), INDEX_KEY, GUINT_TO_POINTER (index));
  g_signal_connect (row, "activated", G_CALLBACK (term_row_activated_cb), self);

  gtk_widget_set_name (badge, status_name);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, status_style (term->status));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);

  add_row_button (self, row, index, "-performance", "object-select-symbolic",
                  _("Record Performance"), TRUE);
  add_row_button (self, row, index, "-edit", "document-edit-symbolic", _("Edit Term"), editable);
  add_row_button (self, row, index, "-up", "go-up-symbolic", _("Move Up"), editable && index > 0);
  add_row_button (self, row, index, "-down", "go-down-symbolic", _("Move Down"),
                  editable && index + 1 < n_terms);
  add_row_button (self, row, index, "-remove", "user-trash-symbolic", _("Remove Term"), editable);
  return row;
}

static gboolean
terms_unchanged (LdMediationAgreementEditor *self)
{
  unsigned n = self->agreement != NULL ? ld_mediation_agreement_get_n_terms (self->agreement) : 0;

  if (n != self->shown_terms->len)
    return FALSE;
  for (unsigned i = 0; i < n; i++)
    if (!ld_mediation_term_equal (g_ptr_array_index (self->shown_terms, i),
                                  ld_mediation_agreement_get_term (self->agreement, i)))
      return FALSE;
  return TRUE;
}

static void
clear_term_rows (LdMediationAgreementEditor *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->terms_list, 0)) != NULL)
    gtk_list_box_remove (self->terms_list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->shown_terms, 0);
}

static void
build_term_rows (LdMediationAgreementEditor *self)
{
  unsigned n = self->agreement != NULL ? ld_mediation_agreement_get_n_terms (self->agreement) : 0;

  clear_term_rows (self);
  for (unsigned i = 0; i < n; i++)
    {
      const LdMediationTerm *term = ld_mediation_agreement_get_term (self->agreement, i);

      gtk_list_box_append (self->terms_list, build_term_row (self, term, i, n));
      g_ptr_array_add (self->shown_terms, ld_mediation_term_copy (term));
    }
}

/* Rows are rebuilt only when the terms differ from what they show, so a
 * change elsewhere in the agreement leaves them (and the focus) alone. */
static void
rebuild_terms (LdMediationAgreementEditor *self)
{
  if (!terms_unchanged (self))
    build_term_rows (self);
}

static void
update_locked (LdMediationAgreementEditor *self)
{
  gtk_widget_set_sensitive (self->add_button, !self->terms_locked);
  gtk_widget_set_visible (self->terms_locked_label, self->terms_locked);
  build_term_rows (self);
}

/* Building the form */

static GtkWidget *
new_group (LdMediationAgreementEditor *self,
           const char                 *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (GTK_BOX (self->groups), group);
  return group;
}

static void
add_field (LdMediationAgreementEditor *self,
           GtkWidget                  *group,
           FieldId                     id)
{
  const FieldSpec *spec = &field_specs[id];
  Field *field = &self->fields[id];

  field->editor = self;
  field->id = id;
  switch (spec->kind)
    {
    case KIND_DATE:
    case KIND_TEXT:
      field->row = field->widget = adw_entry_row_new ();
      g_signal_connect (field->widget, "changed", G_CALLBACK (entry_changed_cb), self);
      break;
    case KIND_SWITCH:
      field->row = adw_action_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row),
                                   _("Recorded by the mediator; it takes effect when the parties agree"));
      field->widget = gtk_switch_new ();
      gtk_widget_set_valign (field->widget, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->widget);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->widget);
      g_signal_connect (field->widget, "notify::active", G_CALLBACK (oral_changed_cb), self);
      break;
    case KIND_SPIN:
      field->row = adw_action_row_new ();
      adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row),
                                   _("One for each party and one for the committee"));
      field->widget = gtk_spin_button_new_with_range (1, 20, 1);
      gtk_widget_set_valign (field->widget, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->widget);
      g_signal_connect (field->widget, "value-changed", G_CALLBACK (copies_changed_cb), self);
      break;
    case KIND_COMBO:
      {
        g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

        for (int i = 0; i < LD_N_CONFIRMATION_RESULTS; i++)
          gtk_string_list_append (labels, ld_confirmation_result_get_label (i));
        field->row = field->widget = adw_combo_row_new ();
        adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), G_LIST_MODEL (labels));
        g_signal_connect (field->widget, "notify::selected", G_CALLBACK (result_changed_cb), self);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_name (field->widget, spec->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(spec->title));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->row);

  if (spec->kind == KIND_DATE || spec->kind == KIND_TEXT)
    {
      g_autofree char *message_name = g_strconcat (spec->name, "-message", NULL);

      field->message_row = ld_form_message_row_new (message_name, &field->message);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->message_row);
    }
}

static GtkWidget *
build_terms_empty (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("No Terms Yet"));
  GtkWidget *hint = gtk_label_new (_("Add what the parties agreed, one term each, with how "
                                     "and by when it is to be performed."));

  gtk_widget_set_name (box, "terms-empty");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
build_terms_group (LdMediationAgreementEditor *self)
{
  GtkWidget *group = new_group (self, _("Terms"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label;

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What each party does, how, and by when"));
  self->add_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_name (self->add_button, "add-term");
  gtk_widget_set_tooltip_text (self->add_button, _("Add Term"));
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_term_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), self->add_button);

  label = gtk_label_new (_("The agreement was issued; its terms can no longer change. "
                           "Their performance can still be recorded."));
  gtk_widget_set_name (label, "terms-locked");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_visible (label, FALSE);
  self->terms_locked_label = label;
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_set_name (list, "terms");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), build_terms_empty ());
  self->terms_list = GTK_LIST_BOX (list);
  gtk_box_append (GTK_BOX (box), list);

  /* Under the list, not a row of it: ld_form_message_row_new()'s label
   * alone. */
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_name (label, "agreement-terms-message");
  gtk_widget_set_visible (label, FALSE);
  self->terms_message = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (box), label);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
}

static void
build_confirmation_group (LdMediationAgreementEditor *self)
{
  GtkWidget *group = new_group (self, _("Judicial Confirmation"));
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *days = gtk_label_new (NULL);

  self->confirmation_group = group;
  update_confirmation_description (self);

  self->window_row = adw_action_row_new ();
  gtk_widget_set_name (self->window_row, "confirmation-window");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self->window_row), 0);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->window_row), icon);
  gtk_widget_set_name (days, "confirmation-window-days");
  gtk_widget_add_css_class (days, "warning");
  gtk_widget_add_css_class (days, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->window_row), days);
  self->window_days = GTK_LABEL (days);
  gtk_widget_set_visible (self->window_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->window_row);

  for (FieldId id = FIELD_APPLIED_ON; id <= FIELD_CONFIRMATION_NOTE; id++)
    add_field (self, group, id);
}

static void
build (LdMediationAgreementEditor *self)
{
  GtkWidget *group;

  self->groups = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  group = new_group (self, _("Agreement"));
  for (FieldId id = FIELD_REACHED_ON; id <= FIELD_PLACE; id++)
    add_field (self, group, id);
  build_terms_group (self);
  build_confirmation_group (self);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, self->groups);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->toast_overlay));
}

/* Lifecycle */

static void
disconnect_case (LdMediationAgreementEditor *self)
{
  if (self->mcase != NULL)
    g_clear_signal_handler (&self->case_changed_id, self->mcase);
  if (self->agreement != NULL)
    g_clear_signal_handler (&self->agreement_changed_id, self->agreement);
  g_clear_object (&self->agreement);
  g_clear_object (&self->mcase);
}

static void
ld_mediation_agreement_editor_dispose (GObject *object)
{
  LdMediationAgreementEditor *self = LD_MEDIATION_AGREEMENT_EDITOR (object);

  cancel_pending_clears (self);
  disconnect_case (self);
  G_OBJECT_CLASS (ld_mediation_agreement_editor_parent_class)->dispose (object);
}

static void
ld_mediation_agreement_editor_finalize (GObject *object)
{
  LdMediationAgreementEditor *self = LD_MEDIATION_AGREEMENT_EDITOR (object);

  g_clear_object (&self->calendar);
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  g_clear_pointer (&self->shown_terms, g_ptr_array_unref);
  G_OBJECT_CLASS (ld_mediation_agreement_editor_parent_class)->finalize (object);
}

static void
ld_mediation_agreement_editor_class_init (LdMediationAgreementEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_agreement_editor_dispose;
  object_class->finalize = ld_mediation_agreement_editor_finalize;
}

static void
ld_mediation_agreement_editor_init (LdMediationAgreementEditor *self)
{
  self->calendar = ld_calendar_new ();
  ld_mediation_reminder_settings_init (&self->settings);
  self->shown_terms = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_term_free);
  build (self);
  fill_fields (self);
  update_locked (self);
}

GtkWidget *
ld_mediation_agreement_editor_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_AGREEMENT_EDITOR, NULL);
}

void
ld_mediation_agreement_editor_set_case (LdMediationAgreementEditor *self,
                                        LdMediationCase            *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));
  g_return_if_fail (mcase == NULL || LD_IS_MEDIATION_CASE (mcase));

  if (mcase != self->mcase)
    {
      disconnect_case (self);
      if (mcase != NULL)
        {
          self->mcase = g_object_ref (mcase);
          self->agreement = g_object_ref (ld_mediation_case_get_agreement (mcase));
          self->agreement_changed_id =
            g_signal_connect_swapped (self->agreement, "changed",
                                      G_CALLBACK (agreement_changed_cb), self);
          /* The status and kind decide whether the window is shown. */
          self->case_changed_id =
            g_signal_connect_swapped (self->mcase, "changed", G_CALLBACK (update_window_row), self);
        }
    }

  for (FieldId id = 0; id < N_FIELDS; id++)
    self->fields[id].bad_date = FALSE;
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  fill_fields (self);
  build_term_rows (self);
  render_messages (self);
  update_window_row (self);
}

void
ld_mediation_agreement_editor_set_terms_locked (LdMediationAgreementEditor *self,
                                                gboolean                    locked)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));

  locked = !!locked;
  if (locked == self->terms_locked)
    return;
  self->terms_locked = locked;
  update_locked (self);
}

void
ld_mediation_agreement_editor_show_issues (LdMediationAgreementEditor *self,
                                           GPtrArray                  *issues)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));

  /* A copy: the caller's array is usually freed right after. */
  g_clear_pointer (&self->issues, g_ptr_array_unref);
  if (issues != NULL)
    {
      self->issues = ld_field_issues_new ();
      for (guint i = 0; i < issues->len; i++)
        g_ptr_array_add (self->issues, ld_field_issue_copy (g_ptr_array_index (issues, i)));
    }
  render_messages (self);
}

void
ld_mediation_agreement_editor_set_reminder_context (LdMediationAgreementEditor        *self,
                                                    LdCalendar                        *calendar,
                                                    const LdMediationReminderSettings *settings)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT_EDITOR (self));
  g_return_if_fail (calendar == NULL || LD_IS_CALENDAR (calendar));

  if (calendar != NULL)
    g_set_object (&self->calendar, calendar);
  else
    {
      g_clear_object (&self->calendar);
      self->calendar = ld_calendar_new ();
    }
  if (settings != NULL)
    self->settings = *settings;
  else
    ld_mediation_reminder_settings_init (&self->settings);
  update_confirmation_description (self);
  update_window_row (self);
}
