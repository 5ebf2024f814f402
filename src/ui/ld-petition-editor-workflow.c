/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-editor-documents.h"
#include "ld-editor-rows.h"
#include "ld-issued-store.h"
#include "ld-pdf-renderer.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-editor-private.h"
#include "ld-petition-notices.h"
#include "ld-petition-step-dialog.h"
#include "ld-petition-store.h"
#include "ld-petition-workflow.h"
#include "ld-ui-date.h"

/* The workflow half of the petition editor: status, the step buttons,
 * the deadlines running now, the history and the documents. */

void
ld_petition_editor_build_workflow (LdPetitionEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Workflow"));
  gtk_widget_set_name (row, "status-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Status"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->status_row = ADW_ACTION_ROW (row);

  self->steps_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->steps_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->steps_box), 6);
  gtk_widget_set_margin_top (self->steps_box, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->steps_box);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  self->workflow_group = ADW_PREFERENCES_GROUP (group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Deadlines"));
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  self->deadlines_group = ADW_PREFERENCES_GROUP (group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Issued Documents"));
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  self->issued_group = ADW_PREFERENCES_GROUP (group);

  /* Added to the page last, under the form. */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("History"));
  self->history_group = ADW_PREFERENCES_GROUP (g_object_ref_sink (group));
}

static void
refresh_steps (LdPetitionEditor *self)
{
  g_autoptr(GArray) steps = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->steps_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->steps_box), child);
  if (ld_petition_get_id (self->petition) == 0)
    return;

  steps = ld_petition_workflow_get_possible_steps (self->petition, self->policy);
  for (guint i = 0; i < steps->len; i++)
    {
      LdPetitionStep step = g_array_index (steps, LdPetitionStep, i);
      GtkWidget *button = gtk_button_new_with_label (ld_petition_step_get_label (step));
      g_autofree char *name = g_strconcat ("step-", ld_petition_step_to_id (step), NULL);

      gtk_widget_set_name (button, name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.step");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", ld_petition_step_to_id (step));
      gtk_flow_box_append (GTK_FLOW_BOX (self->steps_box), button);
    }
}

static void
refresh_deadlines (LdPetitionEditor *self)
{
  g_autoptr(GPtrArray) deadlines = NULL;
  GDate today;

  ld_editor_rows_clear (self->deadlines_group, self->deadline_rows);
  ld_get_today (&today);
  deadlines = ld_petition_deadlines_compute (self->petition, self->policy, self->calendar, &today);
  gtk_widget_set_visible (GTK_WIDGET (self->deadlines_group), deadlines->len > 0);
  for (guint i = 0; i < deadlines->len; i++)
    {
      LdDeadline *deadline = g_ptr_array_index (deadlines, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = g_strconcat ("deadline-", ld_time_limit_to_id (deadline->kind), NULL);
      g_autofree char *due = ld_ui_date_to_text (&deadline->due);
      g_autofree char *shown_due = ld_format_list_date (due);
      g_autofree char *left = ld_editor_days_left_text (deadline->days_remaining);
      GtkWidget *badge;

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ld_time_limit_get_label (deadline->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown_due);
      badge = gtk_label_new (left);
      gtk_widget_add_css_class (badge, "heading");
      if (deadline->days_remaining < 0 && deadline->obligation)
        {
          gtk_widget_add_css_class (badge, "error");
          gtk_widget_add_css_class (row, "error");
        }
      else if (deadline->days_remaining <= 3)
        gtk_widget_add_css_class (badge, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      adw_preferences_group_add (self->deadlines_group, row);
      g_ptr_array_add (self->deadline_rows, row);
    }
}

/* The facts of an event beyond date, who and note, as one line. */
static char *
describe_extras (const LdPetitionEvent *event)
{
  GString *text = g_string_new (NULL);

#define ADD(cond, ...) \
  if (cond) { if (text->len > 0) g_string_append (text, " · "); g_string_append_printf (text, __VA_ARGS__); }
  ADD (event->assignment != LD_ASSIGNMENT_KIND_NONE, "%s", ld_assignment_kind_get_label (event->assignment));
  ADD (event->route != LD_DIVERSION_ROUTE_NONE, "%s", ld_diversion_route_get_label (event->route));
  ADD (*event->unit != '\0', "%s", event->unit);
  ADD (event->extension_days > 0, _("%d days, approved by %s"), event->extension_days, event->approver);
  ADD (event->outcome != LD_REPLY_OUTCOME_NONE, "%s", ld_reply_outcome_get_label (event->outcome));
  ADD (event->result != LD_REVIEW_RESULT_NONE, "%s", ld_review_result_get_label (event->result));
  ADD (event->rating != LD_SATISFACTION_NONE, "%s", ld_satisfaction_get_label (event->rating));
  ADD (*event->note != '\0', "%s", event->note);
#undef ADD
  return g_string_free (text, FALSE);
}

static void
refresh_history (LdPetitionEditor *self)
{
  GPtrArray *events = ld_petition_get_events (self->petition);

  ld_editor_rows_clear (self->history_group, self->history_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), events->len > 0);
  /* Newest first, as a timeline reads. */
  for (guint i = events->len; i > 0; i--)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i - 1);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *iso = ld_ui_date_to_text (&event->date);
      g_autofree char *date = ld_format_list_date (iso);
      /* Translators: a history row: the date, the step and who took it. */
      g_autofree char *title = g_strdup_printf (_("%s · %s · %s"), date,
                                                ld_petition_step_get_label (event->step), event->who);
      g_autofree char *extras = describe_extras (event);
      g_autofree char *name = g_strdup_printf ("history-%u", i - 1);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), extras);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-default-symbolic"));
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

/* Which documents the history supports: the acceptance notice once
 * accepted, the non-acceptance notice once refused or diverted, the reply
 * once replied. */
static gboolean
document_available (gpointer    editor,
                    const char *which)
{
  LdPetitionEditor *self = editor;
  LdPetition *petition = self->petition;

  if (ld_petition_get_id (petition) == 0)
    return FALSE;
  if (g_str_equal (which, "acceptance"))
    return ld_petition_count_events (petition, LD_PETITION_STEP_ACCEPT) > 0;
  if (g_str_equal (which, "non-acceptance"))
    return ld_petition_count_events (petition, LD_PETITION_STEP_NOT_ACCEPT) > 0
           || ld_petition_count_events (petition, LD_PETITION_STEP_DIVERT) > 0
           || ld_petition_count_events (petition, LD_PETITION_STEP_OBJECT) > 0;
  if (g_str_equal (which, "reply"))
    return ld_petition_count_events (petition, LD_PETITION_STEP_REPLY) > 0;
  return FALSE;
}

static void
refresh_documents_menu (LdPetitionEditor *self)
{
  static const LdEditorDocument documents[] = {
    { "acceptance", N_("_Acceptance Notice") },
    { "non-acceptance", N_("_Non-Acceptance Notice") },
    { "reply", N_("_Reply (Handling Opinion)") },
  };

  ld_editor_documents_refresh_menu (self->documents_button, documents, G_N_ELEMENTS (documents),
                                    document_available, self);
}

/* The notices and replies issued for this petition, each opening its
 * stored PDF. */
static void
refresh_issued (LdPetitionEditor *self)
{
  ld_editor_rows_fill_issued (self->issued_group, self->issued_rows, GTK_WINDOW (self), self->database,
                              LD_PETITION_STORE_TABLE, ld_petition_get_id (self->petition),
                              "a petition");
}

void
ld_petition_editor_refresh_workflow (LdPetitionEditor *self)
{
  LdPetitionStatus status = ld_petition_get_status (self->petition);
  const char *reason = ld_petition_get_status_reason (self->petition);
  gboolean saved = ld_petition_get_id (self->petition) != 0;

  if (gtk_widget_get_parent (GTK_WIDGET (self->history_group)) == NULL)
    adw_preferences_page_add (self->page, self->history_group);
  adw_action_row_set_subtitle (self->status_row, reason);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 saved ? ld_petition_status_get_label (status) : _("Not registered yet"));
  gtk_widget_set_visible (self->steps_box, saved);
  refresh_documents_menu (self);
  refresh_steps (self);
  refresh_deadlines (self);
  refresh_history (self);
  refresh_issued (self);
}

/* Steps */

static void
step_response_cb (GtkWidget        *dialog,
                  const char       *response,
                  LdPetitionEditor *self)
{
  g_autoptr(LdPetitionEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "apply") || self->database == NULL)
    return;

  event = ld_petition_step_dialog_get_event (dialog, &error);
  if (event == NULL
      || !ld_petition_store_apply (self->database, ld_petition_get_id (self->petition), event, &error))
    {
      ld_petition_editor_show_error (self, "step-refused", _("The Step Was Refused"), error);
      return;
    }
  ld_petition_editor_reload (self);
  {
    g_autofree char *message = g_strdup_printf (_("Status: %s"),
                                                ld_petition_status_get_label (ld_petition_get_status (self->petition)));

    ld_petition_editor_toast (self, message);
  }
}

void
ld_petition_editor_run_step (LdPetitionEditor *self,
                             LdPetitionStep    step)
{
  GtkWidget *dialog;
  const char *who;

  if (ld_petition_get_id (self->petition) == 0 || self->modified)
    {
      /* A step is recorded on the stored petition: write the form first. */
      if (!ld_petition_editor_save (self))
        return;
    }
  who = ld_petition_get_handler (self->petition);
  dialog = ld_petition_step_dialog_new (GTK_WINDOW (self), step,
                                        *who != '\0' ? who : g_get_real_name ());
  g_signal_connect_object (dialog, "response", G_CALLBACK (step_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Documents */

typedef LdDocument *(*BuildFunc) (LdPetition *, LdOrgSettings *, const char *, const GDate *);

typedef struct
{
  LdDatabase     *database;
  LdPetition     *petition;
  LdOrgSettings  *settings;
  BuildFunc       build;
  LdDocumentKind  kind;
  char           *title;
} DocumentData;

static void
document_data_free (gpointer data)
{
  DocumentData *doc = data;

  g_object_unref (doc->database);
  g_object_unref (doc->petition);
  g_object_unref (doc->settings);
  g_free (doc->title);
  g_free (doc);
}

static GBytes *
render_cb (const char  *number,
           gpointer     user_data,
           GError     **error)
{
  DocumentData *doc = user_data;
  g_autoptr(LdDocument) document = NULL;
  GDate today;

  ld_get_today (&today);
  document = doc->build (doc->petition, doc->settings, number, &today);
  return ld_document_render_pdf (document, error);
}

static GBytes *
issue_cb (LdDocumentWindow  *window,
          char             **number,
          gpointer           user_data,
          GError           **error)
{
  DocumentData *doc = user_data;
  g_autoptr(LdIssuedDocument) issued = NULL;
  GDate today;

  ld_get_today (&today);
  issued = ld_issued_store_issue (doc->database, doc->kind, g_date_get_year (&today),
                                  LD_PETITION_STORE_TABLE, ld_petition_get_id (doc->petition),
                                  doc->title, render_cb, doc, error);
  if (issued == NULL)
    return NULL;
  *number = g_strdup (ld_issued_document_get_number (issued));
  return g_bytes_ref (ld_issued_document_get_pdf (issued));
}

static void
document_issued_cb (LdPetitionEditor *self)
{
  if (self->database != NULL)
    refresh_issued (self);
}

void
ld_petition_editor_show_document (LdPetitionEditor *self,
                                  const char       *which)
{
  DocumentData *doc;
  g_autoptr(LdDocument) draft = NULL;
  GDate today;

  if (!document_available (self, which))
    {
      ld_petition_editor_toast (self, _("The history does not support this document yet"));
      return;
    }
  doc = g_new0 (DocumentData, 1);
  if (g_str_equal (which, "acceptance"))
    {
      doc->build = ld_petition_acceptance_notice_build;
      doc->kind = LD_DOCUMENT_KIND_PETITION_ACCEPTANCE;
      doc->title = g_strdup (_("Acceptance Notice"));
    }
  else if (g_str_equal (which, "non-acceptance"))
    {
      doc->build = ld_petition_non_acceptance_notice_build;
      doc->kind = LD_DOCUMENT_KIND_PETITION_NON_ACCEPTANCE;
      doc->title = g_strdup (_("Non-Acceptance Notice"));
    }
  else
    {
      doc->build = ld_petition_reply_build;
      doc->kind = LD_DOCUMENT_KIND_PETITION_REPLY;
      doc->title = g_strdup (_("Reply (Handling Opinion)"));
    }
  doc->database = g_object_ref (self->database);
  doc->petition = ld_petition_copy (self->petition);
  doc->settings = g_object_ref (self->settings);

  ld_get_today (&today);
  draft = doc->build (doc->petition, doc->settings, NULL, &today);
  ld_editor_documents_present (GTK_WINDOW (self), doc->title, draft, issue_cb, doc, document_data_free,
                               G_CALLBACK (document_issued_cb));
}
