/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-editor-private.h"
#include "ld-legal-basis-picker.h"

/* The checklist and findings groups of the contract editor. */

typedef struct
{
  LdContractEditor       *editor;
  const LdChecklistPoint *point;
  GtkWidget              *row;
  GtkToggleButton        *toggles[LD_N_CHECK_RESULTS];  /* none for UNCHECKED */
  GtkWidget              *note;
} ChecklistItem;

/* Checklist */

static LdCheckResult
item_result (ChecklistItem *item)
{
  for (int r = 0; r < LD_N_CHECK_RESULTS; r++)
    if (item->toggles[r] != NULL && gtk_toggle_button_get_active (item->toggles[r]))
      return r;
  return LD_CHECK_RESULT_UNCHECKED;
}

static void
update_item_subtitle (ChecklistItem *item)
{
  LdCheckResult result = item_result (item);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (item->row),
                                 result == LD_CHECK_RESULT_UNCHECKED
                                   ? item->point->check
                                   : ld_check_result_get_label (result));
}

static void
write_item (ChecklistItem *item)
{
  LdReviewChecklist *checklist;

  update_item_subtitle (item);
  if (item->editor->filling)
    return;

  checklist = ld_contract_review_get_checklist (ld_contract_editor_get_review (item->editor));
  ld_review_checklist_set (checklist, item->point->id, item_result (item),
                           gtk_editable_get_text (GTK_EDITABLE (item->note)));
}

static void
toggle_toggled_cb (GtkToggleButton *toggle,
                   ChecklistItem   *item)
{
  /* A group emits for the button turned off too: act on the one turned on. */
  if (gtk_toggle_button_get_active (toggle))
    {
      if (item_result (item) == LD_CHECK_RESULT_PROBLEM && !item->editor->filling)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (item->row), TRUE);
      write_item (item);
    }
}

static void
note_changed_cb (GtkEditable   *editable,
                 ChecklistItem *item)
{
  write_item (item);
}

void
ld_contract_editor_build_checklist (LdContractEditor *self)
{
  static const struct { LdCheckResult result; const char *suffix; const char *label; } choices[] = {
    { LD_CHECK_RESULT_PASS, "pass", N_("Pass") },
    { LD_CHECK_RESULT_PROBLEM, "problem", N_("Problem") },
    { LD_CHECK_RESULT_NOT_APPLICABLE, "na", N_("N/A") },
  };
  const LdChecklistPoint *points;
  unsigned n_points;

  points = ld_review_checklist_get_points (&n_points);
  for (unsigned i = 0; i < n_points; i++)
    {
      ChecklistItem *item = g_new0 (ChecklistItem, 1);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      g_autofree char *row_name = g_strconcat ("checklist-", points[i].id, NULL);
      g_autofree char *note_name = g_strconcat ("checklist-", points[i].id, "-note", NULL);
      GtkToggleButton *first = NULL;

      item->editor = self;
      item->point = &points[i];
      item->row = adw_expander_row_new ();
      gtk_widget_set_name (item->row, row_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row),
                                     ld_checklist_point_get_label (&points[i]));

      gtk_widget_add_css_class (box, "linked");
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      for (gsize c = 0; c < G_N_ELEMENTS (choices); c++)
        {
          GtkWidget *toggle = gtk_toggle_button_new_with_label (_(choices[c].label));
          g_autofree char *name = g_strconcat ("checklist-", points[i].id, "-", choices[c].suffix, NULL);

          gtk_widget_set_name (toggle, name);
          if (first == NULL)
            first = GTK_TOGGLE_BUTTON (toggle);
          else
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), first);
          item->toggles[choices[c].result] = GTK_TOGGLE_BUTTON (toggle);
          g_signal_connect (toggle, "toggled", G_CALLBACK (toggle_toggled_cb), item);
          gtk_box_append (GTK_BOX (box), toggle);
        }
      adw_expander_row_add_action (ADW_EXPANDER_ROW (item->row), box);

      item->note = adw_entry_row_new ();
      gtk_widget_set_name (item->note, note_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->note), _("Note (for a problem: the problem as the letter states it)"));
      g_signal_connect (item->note, "changed", G_CALLBACK (note_changed_cb), item);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (item->row), item->note);

      update_item_subtitle (item);
      adw_preferences_group_add (self->checklist_group, item->row);
      g_ptr_array_add (self->checklist_items, item);
    }
}

void
ld_contract_editor_fill_checklist (LdContractEditor *self)
{
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (self->review);

  g_assert (self->filling);

  for (guint i = 0; i < self->checklist_items->len; i++)
    {
      ChecklistItem *item = g_ptr_array_index (self->checklist_items, i);
      LdCheckResult result = ld_review_checklist_get_result (checklist, item->point->id);
      const char *note = ld_review_checklist_get_note (checklist, item->point->id);

      for (int r = 0; r < LD_N_CHECK_RESULTS; r++)
        if (item->toggles[r] != NULL)
          gtk_toggle_button_set_active (item->toggles[r], r == (int) result);
      gtk_editable_set_text (GTK_EDITABLE (item->note), note ? note : "");
      update_item_subtitle (item);
    }
}

/* Findings */

typedef enum
{
  PART_CLAUSE,
  PART_PROBLEM,
  PART_SUGGESTION,
  PART_BASIS,
  N_PARTS
} Part;

static const struct { const char *name; const char *title; } parts[N_PARTS] = {
  { "clause", N_("Clause (e.g. Article 5, Paragraph 2)") },
  { "problem", N_("Problem") },
  { "suggestion", N_("Suggested Revision") },
  { "basis", N_("Legal Basis") },
};

static void
set_finding_subtitle (GtkWidget       *row,
                      LdReviewFinding *finding)
{
  const char *clause = ld_review_finding_get_clause (finding);
  const char *problem = ld_review_finding_get_problem (finding);
  g_autofree char *subtitle = NULL;

  if (*problem == '\0')
    subtitle = g_strdup (_("No problem written yet"));
  else if (*clause != '\0')
    subtitle = g_strdup_printf ("%s：%s", clause, problem);
  else
    subtitle = g_strdup (problem);
  /* Markup is parsed in subtitles: the text is the user's. */
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  }
}

static void
finding_entry_changed_cb (GtkEditable     *editable,
                          LdReviewFinding *finding)
{
  LdContractEditor *self = g_object_get_data (G_OBJECT (editable), "ld-editor");
  Part part = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (editable), "ld-part"));
  const char *text = gtk_editable_get_text (editable);

  if (self->filling)
    return;

  switch (part)
    {
    case PART_CLAUSE:
      ld_review_finding_set_clause (finding, text);
      break;
    case PART_PROBLEM:
      ld_review_finding_set_problem (finding, text);
      break;
    case PART_SUGGESTION:
      ld_review_finding_set_suggestion (finding, text);
      break;
    case PART_BASIS:
      ld_review_finding_set_basis (finding, text);
      break;
    case N_PARTS:
    default:
      g_assert_not_reached ();
    }
  set_finding_subtitle (gtk_widget_get_ancestor (GTK_WIDGET (editable), ADW_TYPE_EXPANDER_ROW), finding);
}

static void
basis_chosen_cb (LdLegalBasisPicker *picker,
                 const char         *text,
                 GtkEditable        *entry)
{
  gtk_editable_set_text (entry, text);
}

static void
finding_button_clicked_cb (GtkButton        *button,
                           LdContractEditor *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "ld-what");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ld-index"));
  guint n = g_list_model_get_n_items (ld_contract_review_get_findings (self->review));

  if (index >= n)
    return;
  if (g_str_equal (what, "up") && index > 0)
    ld_contract_review_move_finding (self->review, index, index - 1);
  else if (g_str_equal (what, "down") && index + 1 < n)
    ld_contract_review_move_finding (self->review, index, index + 1);
  else if (g_str_equal (what, "remove"))
    ld_contract_review_remove_finding (self->review, index);
}

static GtkWidget *
finding_button (LdContractEditor *self,
                guint             index,
                guint             n,
                const char       *what,
                const char       *icon_name,
                const char       *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);
  g_autofree char *name = g_strdup_printf ("finding-%u-%s", index, what);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, !(g_str_equal (what, "up") && index == 0)
                                    && !(g_str_equal (what, "down") && index + 1 >= n));
  g_object_set_data (G_OBJECT (button), "ld-what", (gpointer) what);
  g_object_set_data (G_OBJECT (button), "ld-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (finding_button_clicked_cb), self, 0);
  return button;
}

void
ld_contract_editor_build_findings (LdContractEditor *self)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  adw_preferences_group_set_description (self->findings_group,
                                         _("Each finding is a paragraph of the letter: the problem, its legal basis and the revision."));
  gtk_widget_set_name (add, "add-finding");
  gtk_widget_set_tooltip_text (add, _("Add a Finding"));
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "editor.add-finding");
  adw_preferences_group_set_header_suffix (self->findings_group, add);
}

void
ld_contract_editor_rebuild_findings (LdContractEditor *self)
{
  GListModel *findings = ld_contract_review_get_findings (self->review);
  guint n = g_list_model_get_n_items (findings);
  gboolean filling = self->filling;

  for (guint i = 0; i < self->finding_rows->len; i++)
    adw_preferences_group_remove (self->findings_group, g_ptr_array_index (self->finding_rows, i));
  g_ptr_array_set_size (self->finding_rows, 0);

  self->filling = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf (_("Finding %u"), i + 1);
      g_autofree char *row_name = g_strdup_printf ("finding-%u", i);
      const char *values[N_PARTS] = {
        ld_review_finding_get_clause (finding),
        ld_review_finding_get_problem (finding),
        ld_review_finding_get_suggestion (finding),
        ld_review_finding_get_basis (finding),
      };

      gtk_widget_set_name (row, row_name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      set_finding_subtitle (row, finding);
      /* Each action goes before the ones added earlier. */
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   finding_button (self, i, n, "remove", "user-trash-symbolic", _("Remove")));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   finding_button (self, i, n, "down", "go-down-symbolic", _("Move Down")));
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                                   finding_button (self, i, n, "up", "go-up-symbolic", _("Move Up")));

      for (int p = 0; p < N_PARTS; p++)
        {
          GtkWidget *entry = adw_entry_row_new ();
          g_autofree char *name = g_strdup_printf ("finding-%u-%s", i, parts[p].name);

          gtk_widget_set_name (entry, name);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), _(parts[p].title));
          gtk_editable_set_text (GTK_EDITABLE (entry), values[p]);
          g_object_set_data (G_OBJECT (entry), "ld-editor", self);
          g_object_set_data (G_OBJECT (entry), "ld-part", GINT_TO_POINTER (p));
          /* The row holds the finding for as long as the entry lives. */
          g_signal_connect_data (entry, "changed", G_CALLBACK (finding_entry_changed_cb),
                                 g_object_ref (finding), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
          if (p == PART_BASIS)
            {
              GtkWidget *picker = ld_legal_basis_picker_new ();
              g_autofree char *picker_name = g_strdup_printf ("finding-%u-basis-picker", i);

              gtk_widget_set_name (picker, picker_name);
              g_signal_connect_object (picker, "chosen", G_CALLBACK (basis_chosen_cb), entry, 0);
              adw_entry_row_add_suffix (ADW_ENTRY_ROW (entry), picker);
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
        }

      adw_preferences_group_add (self->findings_group, row);
      g_ptr_array_add (self->finding_rows, row);
    }
  self->filling = filling;
}
