/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-step-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-date-format.h"
#include "ld-petition-step-dialog.h"
#include "ld-ui-date.h"

#define STEP_KEY "ld-petition-step"

/* Which extras each step asks for. */
static gboolean
step_needs_note (LdPetitionStep step)
{
  return step != LD_PETITION_STEP_RATE;
}

static GtkWidget *
add_entry (GtkWidget  *list,
           const char *name,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* A combo row of the labels of an enum with a NONE member first, which is
 * left out: position i stands for value i + 1. */
typedef const char *(*LabelFunc) (int value);

static GtkWidget *
add_combo (GtkWidget  *list,
           const char *name,
           const char *title,
           LabelFunc   label,
           int         n_values)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (int i = 1; i < n_values; i++)
    gtk_string_list_append (labels, label (i));
  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  g_object_unref (labels);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static GtkWidget *
add_days (GtkWidget  *list,
          const char *name,
          const char *title,
          int         value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 365, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_name (spin, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return spin;
}

static const char *route_label (int v) { return ld_diversion_route_get_label (v); }
static const char *assignment_label (int v) { return ld_assignment_kind_get_label (v); }
static const char *outcome_label (int v) { return ld_reply_outcome_get_label (v); }
static const char *result_label (int v) { return ld_review_result_get_label (v); }
static const char *rating_label (int v) { return ld_satisfaction_get_label (v); }

GtkWidget *
ld_petition_step_dialog_new (GtkWindow      *parent,
                             LdPetitionStep  step,
                             const char     *who)
{
  GtkWidget *dialog;
  GtkWidget *list;
  GDate today;
  g_autofree char *today_text = NULL;

  g_return_val_if_fail (step < LD_N_PETITION_STEPS, NULL);

  dialog = adw_message_dialog_new (parent, ld_petition_step_get_label (step), NULL);
  gtk_widget_set_name (dialog, "step-dialog");
  g_object_set_data (G_OBJECT (dialog), STEP_KEY, GINT_TO_POINTER (step));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Record Step"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  ld_get_today (&today);
  today_text = ld_ui_date_to_text (&today);
  add_entry (list, "step-date", _("Date"), today_text);
  add_entry (list, "step-who", _("Who"), who);

  switch (step)
    {
    case LD_PETITION_STEP_DIVERT:
      add_combo (list, "step-route", _("Statutory Route"), route_label, LD_N_DIVERSION_ROUTES);
      add_entry (list, "step-unit", _("Organ to Turn To"), NULL);
      break;
    case LD_PETITION_STEP_ASSIGN:
      add_combo (list, "step-assignment", _("Transfer or Assign"), assignment_label, LD_N_ASSIGNMENT_KINDS);
      add_entry (list, "step-unit", _("Handling Unit"), NULL);
      break;
    case LD_PETITION_STEP_EXTEND:
      add_days (list, "step-days", _("Extension Days"), 30);
      add_entry (list, "step-approver", _("Approved By"), NULL);
      break;
    case LD_PETITION_STEP_HEARING:
      add_days (list, "step-days", _("Hearing Days"), 0);
      break;
    case LD_PETITION_STEP_REPLY:
      add_combo (list, "step-outcome", _("Outcome"), outcome_label, LD_N_REPLY_OUTCOMES);
      /* The review window runs from it; empty means the step's date. */
      add_entry (list, "step-served", _("Served On (if known)"), NULL);
      break;
    case LD_PETITION_STEP_REVIEW_DECISION:
    case LD_PETITION_STEP_REREVIEW_DECISION:
      add_combo (list, "step-result", _("Result"), result_label, LD_N_REVIEW_RESULTS);
      add_entry (list, "step-served", _("Served On (if known)"), NULL);
      break;
    case LD_PETITION_STEP_RATE:
      add_combo (list, "step-rating", _("Satisfaction"), rating_label, LD_N_SATISFACTIONS);
      break;
    case LD_PETITION_STEP_REGISTER:
    case LD_PETITION_STEP_ACCEPT:
    case LD_PETITION_STEP_NOT_ACCEPT:
    case LD_PETITION_STEP_OBJECT:
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_MEDIATE:
    case LD_PETITION_STEP_REQUEST_REVIEW:
    case LD_PETITION_STEP_REQUEST_REREVIEW:
    case LD_PETITION_STEP_CLOSE:
    case LD_PETITION_STEP_RETURN_VISIT:
    case LD_N_PETITION_STEPS:
    default:
      break;
    }
  if (step_needs_note (step))
    add_entry (list, "step-note",
               step == LD_PETITION_STEP_NOT_ACCEPT || step == LD_PETITION_STEP_DIVERT
               || step == LD_PETITION_STEP_OBJECT || step == LD_PETITION_STEP_EXTEND
               ? _("Reason") : _("Note"), NULL);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  return dialog;
}

LdPetitionStep
ld_petition_step_dialog_get_step (GtkWidget *dialog)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), STEP_KEY));
}

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

static const char *
text_of (GtkWidget  *list,
         const char *name)
{
  GtkWidget *row = find_named (list, name);

  return row != NULL ? gtk_editable_get_text (GTK_EDITABLE (row)) : "";
}

/* The enum value of a combo row from add_combo(), 0 (NONE) when absent. */
static int
choice_of (GtkWidget  *list,
           const char *name)
{
  GtkWidget *row = find_named (list, name);

  if (row == NULL)
    return 0;
  return (int) adw_combo_row_get_selected (ADW_COMBO_ROW (row)) + 1;
}

LdPetitionEvent *
ld_petition_step_dialog_get_event (GtkWidget  *dialog,
                                   GError    **error)
{
  GtkWidget *list = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  LdPetitionStep step = ld_petition_step_dialog_get_step (dialog);
  g_autoptr(LdPetitionEvent) event = NULL;
  GtkWidget *days;
  GDate date;

  if (!ld_ui_date_parse (text_of (list, "step-date"), &date))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("Enter the date as year-month-day, e.g. 2026-11-25."));
      return NULL;
    }

  event = ld_petition_event_new (step, &date, NULL);
  {
    g_autofree char *served = g_strstrip (g_strdup (text_of (list, "step-served")));

    if (*served != '\0' && !ld_ui_date_parse (served, &event->served_on))
      {
        g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                             _("Enter the day it was served as year-month-day, e.g. 2026-11-25."));
        return NULL;
      }
  }
  {
    g_autofree char *who = g_strstrip (g_strdup (text_of (list, "step-who")));
    g_autofree char *note = g_strstrip (g_strdup (text_of (list, "step-note")));
    g_autofree char *unit = g_strstrip (g_strdup (text_of (list, "step-unit")));
    g_autofree char *approver = g_strstrip (g_strdup (text_of (list, "step-approver")));

    ld_petition_event_set_who (event, who);
    ld_petition_event_set_note (event, note);
    ld_petition_event_set_unit (event, unit);
    ld_petition_event_set_approver (event, approver);
  }
  event->route = choice_of (list, "step-route");
  event->assignment = choice_of (list, "step-assignment");
  event->outcome = choice_of (list, "step-outcome");
  event->result = choice_of (list, "step-result");
  event->rating = choice_of (list, "step-rating");
  days = find_named (list, "step-days");
  if (days != NULL)
    {
      int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (days));

      if (step == LD_PETITION_STEP_EXTEND)
        event->extension_days = value;
      else
        event->hearing_days = value;
    }
  return g_steal_pointer (&event);
}
