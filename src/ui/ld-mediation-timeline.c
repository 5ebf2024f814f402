/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-attachment-store.h"
#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-mediation-session-dialog.h"
#include "ld-mediation-store.h"
#include "ld-mediation-timeline.h"
#include "ld-mediation-visit-dialog.h"
#include "ld-ui-date.h"

/* How much of a record or findings a row shows. */
#define PREVIEW_CHARS 40

/* The table of the files kept with records (ld-attachment-store.h). */
#define ATTACHMENTS_TABLE "attachments"

struct _LdMediationTimeline
{
  AdwBin               parent_instance;

  LdDatabase          *database;
  LdMediationCase     *mcase;

  AdwPreferencesGroup *group;
  GtkWidget           *add_session;
  GtkWidget           *add_visit;
  GtkWidget           *sessions_message;
  GtkWidget           *visits_message;
  GPtrArray           *rows;
  /* What the rows show, to rebuild them only when it changed. */
  GPtrArray           *shown_sessions;
  GPtrArray           *shown_visits;
};

enum
{
  SIGNAL_PRINT_RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdMediationTimeline, ld_mediation_timeline, ADW_TYPE_BIN)

static GtkWindow *
parent_window (LdMediationTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Rows */

typedef struct
{
  gboolean     is_visit;
  guint        index;
  const GDate *date;   /* NULL when unset */
} Entry;

/* Date order; undated last; on one day sessions before visits, then in
 * the order entered. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  if (x->date != NULL && y->date != NULL)
    {
      int cmp = g_date_compare (x->date, y->date);

      if (cmp != 0)
        return cmp;
    }
  else if (x->date != NULL || y->date != NULL)
    return x->date != NULL ? -1 : 1;
  if (x->is_visit != y->is_visit)
    return x->is_visit ? 1 : -1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* "<what> · <first words>" for a row's subtitle, in one line. */
static char *
make_subtitle (const char *who,
               const char *text)
{
  g_autofree char *preview = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *flat = NULL;

  lines = g_strsplit_set (text, "\r\n", -1);
  flat = g_strstrip (g_strjoinv (" ", lines));
  if (g_utf8_strlen (flat, -1) > PREVIEW_CHARS)
    {
      g_autofree char *start = g_utf8_substring (flat, 0, PREVIEW_CHARS);

      preview = g_strconcat (start, "…", NULL);
    }
  else
    preview = g_strdup (flat);

  if (*who != '\0' && *preview != '\0')
    /* Translators: a timeline row's subtitle: place or visitor · the first words of the record. */
    return g_strdup_printf (C_("timeline subtitle", "%s · %s"), who, preview);
  return g_strdup (*who != '\0' ? who : preview);
}

static char *
make_title (const char  *what,
            const GDate *date)
{
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;

  if (date == NULL)
    /* Translators: a timeline row's title for an entry without a date, e.g. "调查 · 无日期". */
    return g_strdup_printf (C_("timeline title", "%s · No date"), what);
  iso = ld_ui_date_to_text (date);
  shown = ld_format_list_date (iso);
  /* Translators: a timeline row's title: the kind and the date, e.g. "调查 · 2026年11月25日". */
  return g_strdup_printf (C_("timeline title", "%s · %s"), what, shown);
}

static void
remove_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    LdMediationTimeline *self)
{
  gboolean is_visit = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ld-is-visit"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "ld-index"));
  gpointer item = g_object_get_data (G_OBJECT (dialog), "ld-item");
  GPtrArray *items;

  if (!g_str_equal (response, "remove") || self->mcase == NULL)
    return;
  /* Only what was asked about, should the case have changed meanwhile. */
  if (is_visit)
    {
      items = ld_mediation_case_get_return_visits (self->mcase);
      if (index < items->len && ld_return_visit_equal (g_ptr_array_index (items, index), item))
        ld_mediation_case_remove_return_visit (self->mcase, index);
    }
  else
    {
      items = ld_mediation_case_get_sessions (self->mcase);
      if (index < items->len && ld_mediation_session_equal (g_ptr_array_index (items, index), item))
        ld_mediation_case_remove_session (self->mcase, index);
    }
}

static void
confirm_remove (LdMediationTimeline *self,
                gboolean             is_visit,
                guint                index)
{
  AdwMessageDialog *dialog;
  GPtrArray *items;

  if (is_visit)
    {
      items = ld_mediation_case_get_return_visits (self->mcase);
      g_return_if_fail (index < items->len);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Remove the Return Visit?"),
                                                           _("Its findings will be removed from the case.")));
      g_object_set_data_full (G_OBJECT (dialog), "ld-item",
                              ld_return_visit_copy (g_ptr_array_index (items, index)),
                              (GDestroyNotify) ld_return_visit_free);
    }
  else
    {
      items = ld_mediation_case_get_sessions (self->mcase);
      g_return_if_fail (index < items->len);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Remove the Session?"),
                                                           _("Its record, and its attachments once the case is saved, will be removed.")));
      g_object_set_data_full (G_OBJECT (dialog), "ld-item",
                              ld_mediation_session_copy (g_ptr_array_index (items, index)),
                              (GDestroyNotify) ld_mediation_session_free);
    }
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "remove-dialog");
  g_object_set_data (G_OBJECT (dialog), "ld-is-visit", GINT_TO_POINTER (is_visit));
  g_object_set_data (G_OBJECT (dialog), "ld-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  ld_dialog_form_tie (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_dialog (LdMediationTimeline *self,
             gboolean             is_visit,
             int                  index)
{
  GtkWidget *dialog;

  if (self->mcase == NULL)
    return;
  if (is_visit)
    dialog = ld_mediation_visit_dialog_new (parent_window (self), self->mcase, index);
  else
    dialog = ld_mediation_session_dialog_new (parent_window (self), self->mcase, index, self->database);
  if (dialog == NULL)
    return;
  ld_dialog_form_tie (GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_activated_cb (AdwActionRow        *row,
                  LdMediationTimeline *self)
{
  open_dialog (self,
               GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ld-is-visit")),
               GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ld-index")));
}

static void
row_button_clicked_cb (GtkButton           *button,
                       LdMediationTimeline *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  gboolean is_visit = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ld-is-visit"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ld-index"));

  if (self->mcase == NULL)
    return;
  if (g_str_has_suffix (gtk_widget_get_name (GTK_WIDGET (button)), "-print"))
    g_signal_emit (self, signals[SIGNAL_PRINT_RECORD], 0, index);
  else
    confirm_remove (self, is_visit, index);
}

static void
add_row_button (LdMediationTimeline *self,
                GtkWidget           *row,
                const char          *suffix,
                const char          *icon_name,
                const char          *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);
  g_autofree char *name = g_strconcat (gtk_widget_get_name (row), suffix, NULL);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", G_CALLBACK (row_button_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

static GtkWidget *
new_row (LdMediationTimeline *self,
         const Entry         *entry,
         const char          *icon_name,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_strdup_printf ("%s-%u", entry->is_visit ? "visit" : "session", entry->index);

  gtk_widget_set_name (row, name);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "ld-is-visit", GINT_TO_POINTER (entry->is_visit));
  g_object_set_data (G_OBJECT (row), "ld-index", GUINT_TO_POINTER (entry->index));
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
  return row;
}

/* How many files a saved session has, 0 when unsaved or unknown. */
static guint
count_attachments (LdMediationTimeline      *self,
                   const LdMediationSession *session)
{
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL || session->id <= 0)
    return 0;
  attachments = ld_attachment_store_list (self->database, LD_MEDIATION_SESSION_TABLE, session->id, &error);
  if (attachments == NULL)
    {
      g_debug ("Could not count the attachments of session %" G_GINT64_FORMAT ": %s",
               session->id, error->message);
      return 0;
    }
  return attachments->len;
}

static GtkWidget *
session_row (LdMediationTimeline      *self,
             const Entry              *entry,
             const LdMediationSession *session)
{
  g_autofree char *title = make_title (ld_session_kind_get_label (session->kind), entry->date);
  g_autofree char *subtitle = make_subtitle (session->place, session->record);
  guint n_attachments = count_attachments (self, session);
  GtkWidget *row;

  if (n_attachments > 0)
    {
      g_autofree char *text = NULL;
      g_autofree char *plain = g_steal_pointer (&subtitle);

      /* Translators: after a session row's subtitle, e.g. "村委会 · 2个附件". */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attachment", "%u attachments", n_attachments),
                              n_attachments);
      subtitle = *plain != '\0' ? g_strdup_printf (C_("timeline subtitle", "%s · %s"), plain, text)
                                : g_steal_pointer (&text);
    }

  row = new_row (self, entry,
                 session->kind == LD_SESSION_KIND_INVESTIGATION ? "edit-find-symbolic"
                                                                : "system-users-symbolic",
                 title, subtitle);
  add_row_button (self, row, "-print", "document-print-symbolic", _("Print Record"));
  add_row_button (self, row, "-remove", "user-trash-symbolic", _("Remove…"));
  return row;
}

static GtkWidget *
visit_row (LdMediationTimeline *self,
           const Entry         *entry,
           const LdReturnVisit *visit)
{
  g_autofree char *title = make_title (_("Return visit"), entry->date);
  g_autofree char *subtitle = make_subtitle (visit->visitor, visit->findings);
  GtkWidget *row;

  row = new_row (self, entry, "mail-replied-symbolic", title, subtitle);
  add_row_button (self, row, "-remove", "user-trash-symbolic", _("Remove…"));
  return row;
}

static GPtrArray *
copy_sessions (GPtrArray *sessions)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_session_free);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    g_ptr_array_add (copy, ld_mediation_session_copy (g_ptr_array_index (sessions, i)));
  return copy;
}

static GPtrArray *
copy_visits (GPtrArray *visits)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_return_visit_free);

  for (guint i = 0; visits != NULL && i < visits->len; i++)
    g_ptr_array_add (copy, ld_return_visit_copy (g_ptr_array_index (visits, i)));
  return copy;
}

static gboolean
same_items (GPtrArray  *a,
            GPtrArray  *b,
            GEqualFunc  equal)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static void
rebuild (LdMediationTimeline *self)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GPtrArray *sessions = self->mcase != NULL ? ld_mediation_case_get_sessions (self->mcase) : NULL;
  GPtrArray *visits = self->mcase != NULL ? ld_mediation_case_get_return_visits (self->mcase) : NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->shown_sessions, g_ptr_array_unref);
  g_clear_pointer (&self->shown_visits, g_ptr_array_unref);
  self->shown_sessions = copy_sessions (sessions);
  self->shown_visits = copy_visits (visits);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      LdMediationSession *session = g_ptr_array_index (sessions, i);
      Entry entry = { FALSE, i, g_date_valid (&session->date) ? &session->date : NULL };

      g_array_append_val (entries, entry);
    }
  for (guint i = 0; visits != NULL && i < visits->len; i++)
    {
      LdReturnVisit *visit = g_ptr_array_index (visits, i);
      Entry entry = { TRUE, i, g_date_valid (&visit->date) ? &visit->date : NULL };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      GtkWidget *row;

      if (entry->is_visit)
        row = visit_row (self, entry, g_ptr_array_index (visits, entry->index));
      else
        row = session_row (self, entry, g_ptr_array_index (sessions, entry->index));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  if (entries->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      gtk_widget_set_name (row, "timeline-empty");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No sessions or visits yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
case_changed_cb (LdMediationTimeline *self)
{
  if (same_items (self->shown_sessions, ld_mediation_case_get_sessions (self->mcase),
                  (GEqualFunc) ld_mediation_session_equal)
      && same_items (self->shown_visits, ld_mediation_case_get_return_visits (self->mcase),
                     (GEqualFunc) ld_return_visit_equal))
    return;
  rebuild (self);
}

/* A session's attachments (its dialog adds and removes them) change
 * without the case changing: the rows count them again. */
static void
database_changed_cb (LdDatabase          *database,
                     const char          *table,
                     LdMediationTimeline *self)
{
  if (self->mcase != NULL && g_strcmp0 (table, ATTACHMENTS_TABLE) == 0)
    rebuild (self);
}

/* Buttons */

static void
add_session_clicked_cb (LdMediationTimeline *self)
{
  open_dialog (self, FALSE, -1);
}

static void
add_visit_clicked_cb (LdMediationTimeline *self)
{
  open_dialog (self, TRUE, -1);
}

static GtkWidget *
new_message (const char *name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
set_message (GtkWidget  *label,
             GPtrArray  *issues,
             const char *field)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean error = FALSE;

  for (guint i = 0; issues != NULL && i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (!g_str_equal (issue->field, field))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, issue->message);
      error |= issue->severity == LD_ISSUE_ERROR;
    }
  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_visible (label, text->len > 0);
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (text->len > 0)
    gtk_widget_add_css_class (label, error ? "error" : "warning");
}

/* Type */

static void
ld_mediation_timeline_dispose (GObject *object)
{
  LdMediationTimeline *self = LD_MEDIATION_TIMELINE (object);

  g_clear_object (&self->mcase);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (ld_mediation_timeline_parent_class)->dispose (object);
}

static void
ld_mediation_timeline_finalize (GObject *object)
{
  LdMediationTimeline *self = LD_MEDIATION_TIMELINE (object);

  g_ptr_array_unref (self->rows);
  g_clear_pointer (&self->shown_sessions, g_ptr_array_unref);
  g_clear_pointer (&self->shown_visits, g_ptr_array_unref);
  G_OBJECT_CLASS (ld_mediation_timeline_parent_class)->finalize (object);
}

static void
ld_mediation_timeline_class_init (LdMediationTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_timeline_dispose;
  object_class->finalize = ld_mediation_timeline_finalize;

  /**
   * LdMediationTimeline::print-record:
   * @index: the index of the session in the case's sessions
   *
   * The user asked to preview the record (调查记录 / 调解记录) of a session.
   */
  signals[SIGNAL_PRINT_RECORD] =
    g_signal_new ("print-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ld_mediation_timeline_init (LdMediationTimeline *self)
{
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->rows = g_ptr_array_new ();

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Sessions and Return Visits"));

  self->add_session = gtk_button_new_with_mnemonic (_("Add _Session"));
  gtk_widget_set_name (self->add_session, "add-session");
  g_signal_connect_swapped (self->add_session, "clicked", G_CALLBACK (add_session_clicked_cb), self);
  self->add_visit = gtk_button_new_with_mnemonic (_("Add Return _Visit"));
  gtk_widget_set_name (self->add_visit, "add-visit");
  g_signal_connect_swapped (self->add_visit, "clicked", G_CALLBACK (add_visit_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->add_session);
  gtk_box_append (GTK_BOX (buttons), self->add_visit);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (self->group, buttons);

  /* Not rows: the group puts them under its list. */
  self->sessions_message = new_message ("sessions-message");
  self->visits_message = new_message ("return-visits-message");
  adw_preferences_group_add (self->group, self->sessions_message);
  adw_preferences_group_add (self->group, self->visits_message);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
  ld_mediation_timeline_set_case (self, NULL);
}

GtkWidget *
ld_mediation_timeline_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_TIMELINE, NULL);
}

void
ld_mediation_timeline_set_database (LdMediationTimeline *self,
                                    LdDatabase          *database)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));
  g_return_if_fail (database == NULL || LD_IS_DATABASE (database));

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "changed", G_CALLBACK (database_changed_cb), self, 0);
}

void
ld_mediation_timeline_set_case (LdMediationTimeline *self,
                                LdMediationCase     *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));
  g_return_if_fail (mcase == NULL || LD_IS_MEDIATION_CASE (mcase));

  if (self->mcase != NULL)
    g_signal_handlers_disconnect_by_data (self->mcase, self);
  g_set_object (&self->mcase, mcase);
  if (mcase != NULL)
    g_signal_connect_object (mcase, "changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (self->add_session, mcase != NULL);
  gtk_widget_set_sensitive (self->add_visit, mcase != NULL);
  ld_mediation_timeline_show_issues (self, NULL);
  rebuild (self);
}

void
ld_mediation_timeline_show_issues (LdMediationTimeline *self,
                                   GPtrArray           *issues)
{
  g_return_if_fail (LD_IS_MEDIATION_TIMELINE (self));

  set_message (self->sessions_message, issues, "sessions");
  set_message (self->visits_message, issues, "return-visits");
}
