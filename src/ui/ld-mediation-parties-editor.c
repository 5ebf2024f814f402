/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-parties-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-dialog-form.h"
#include "ld-mediation-parties-editor.h"
#include "ld-mediation-party-dialog.h"

#define POSITION_KEY "ld-party-position"

struct _LdMediationPartiesEditor
{
  AdwBin            parent_instance;

  LdMediationCase  *mcase;
  gulong            changed_id;

  GtkListBox       *list;
  GtkWidget        *message_box;
  GtkLabel         *message;
  GtkRevealer      *undo_revealer;
  GtkLabel         *undo_label;
  GtkWidget        *undo_button;
  GtkWidget        *add_buttons[2];
  char             *shown;  /* what the rows show (describe_rows()) */

  /* The last party removed, for Undo: where it was and the agents that
   * acted for it (the case unlinks them). */
  LdMediationParty *removed;
  guint             removed_position;
  GPtrArray        *removed_agents;
};

G_DEFINE_FINAL_TYPE (LdMediationPartiesEditor, ld_mediation_parties_editor, ADW_TYPE_BIN)

static GtkWindow *
get_parent_window (LdMediationPartiesEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static guint
position_of (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), POSITION_KEY));
}

static guint
n_parties (LdMediationPartiesEditor *self)
{
  return self->mcase != NULL ? g_list_model_get_n_items (ld_mediation_case_get_parties (self->mcase))
                             : 0;
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

/* Focuses the named button of a rebuilt row, so the keyboard stays put. */
static void
focus_named (LdMediationPartiesEditor *self,
             const char               *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (self->list), name);

  if (widget != NULL && gtk_widget_is_sensitive (widget))
    gtk_widget_grab_focus (widget);
}

/* Undo */

static void
forget_removed (LdMediationPartiesEditor *self)
{
  g_clear_object (&self->removed);
  g_clear_pointer (&self->removed_agents, g_ptr_array_unref);
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
}

static gboolean
party_in_case (LdMediationPartiesEditor *self,
               LdMediationParty         *party)
{
  GListModel *parties = ld_mediation_case_get_parties (self->mcase);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) other = g_list_model_get_item (parties, i);

      if (other == party)
        return TRUE;
    }
  return FALSE;
}

static void
undo_clicked_cb (GtkButton                *button,
                 LdMediationPartiesEditor *self)
{
  g_autoptr(LdMediationParty) party = g_steal_pointer (&self->removed);
  g_autoptr(GPtrArray) agents = g_steal_pointer (&self->removed_agents);
  guint position = MIN (self->removed_position, n_parties (self));
  g_autofree char *name = NULL;

  forget_removed (self);
  if (party == NULL || self->mcase == NULL)
    return;
  ld_mediation_case_insert_party (self->mcase, position, party);
  /* The agents that acted for it do again, unless given another since. */
  for (guint i = 0; agents != NULL && i < agents->len; i++)
    {
      LdMediationParty *agent = g_ptr_array_index (agents, i);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (agent);

      if (represents == NULL && party_in_case (self, agent))
        ld_mediation_party_set_represents (agent, party);
    }
  name = g_strdup_printf ("party-%u-edit", position);
  focus_named (self, name);
}

static void
dismiss_clicked_cb (GtkButton                *button,
                    LdMediationPartiesEditor *self)
{
  forget_removed (self);
}

/* Row buttons */

static void
dialog_saved_cb (LdMediationPartyDialog   *dialog,
                 LdMediationParty         *party,
                 LdMediationPartiesEditor *self)
{
  GListModel *parties = ld_mediation_case_get_parties (self->mcase);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) other = g_list_model_get_item (parties, i);

      if (other == party)
        {
          g_autofree char *name = g_strdup_printf ("party-%u-edit", i);

          focus_named (self, name);
          return;
        }
    }
}

static void
open_dialog (LdMediationPartiesEditor *self,
             LdMediationParty         *party,
             LdPartyRole               role)
{
  LdMediationPartyDialog *dialog =
    ld_mediation_party_dialog_new (get_parent_window (self), self->mcase, party, role);

  ld_dialog_form_tie (GTK_WINDOW (dialog));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A new party is an applicant, then a respondent, then another applicant:
 * the order in which an application names them. */
static LdPartyRole
next_role (LdMediationPartiesEditor *self)
{
  if (ld_mediation_case_count_parties (self->mcase, LD_PARTY_ROLE_APPLICANT) == 0)
    return LD_PARTY_ROLE_APPLICANT;
  if (ld_mediation_case_count_parties (self->mcase, LD_PARTY_ROLE_RESPONDENT) == 0)
    return LD_PARTY_ROLE_RESPONDENT;
  return LD_PARTY_ROLE_APPLICANT;
}

static void
add_clicked_cb (GtkButton                *button,
                LdMediationPartiesEditor *self)
{
  if (self->mcase != NULL)
    open_dialog (self, NULL, next_role (self));
}

static void
edit_clicked_cb (GtkButton                *button,
                 LdMediationPartiesEditor *self)
{
  guint position = position_of (GTK_WIDGET (button));
  g_autoptr(LdMediationParty) party = NULL;

  if (position >= n_parties (self))
    return;
  party = g_list_model_get_item (ld_mediation_case_get_parties (self->mcase), position);
  open_dialog (self, party, ld_mediation_party_get_role (party));
}

static void
move (LdMediationPartiesEditor *self,
      guint                     from,
      guint                     to,
      const char               *button)
{
  g_autofree char *name = NULL;

  if (from >= n_parties (self) || to >= n_parties (self))
    return;
  /* The emission holds the button while the rebuild drops its row. */
  ld_mediation_case_move_party (self->mcase, from, to);
  name = g_strdup_printf ("party-%u-%s", to, button);
  focus_named (self, name);
}

static void
up_clicked_cb (GtkButton                *button,
               LdMediationPartiesEditor *self)
{
  guint position = position_of (GTK_WIDGET (button));

  if (position > 0)
    move (self, position, position - 1, position - 1 > 0 ? "up" : "down");
}

static void
down_clicked_cb (GtkButton                *button,
                 LdMediationPartiesEditor *self)
{
  guint position = position_of (GTK_WIDGET (button));

  move (self, position, position + 1, position + 2 < n_parties (self) ? "down" : "up");
}

static void
remove_clicked_cb (GtkButton                *button,
                   LdMediationPartiesEditor *self)
{
  guint position = position_of (GTK_WIDGET (button));
  g_autoptr(LdMediationParty) party = NULL;
  g_autofree char *text = NULL;
  const char *name;

  if (position >= n_parties (self))
    return;
  forget_removed (self);
  party = g_list_model_get_item (ld_mediation_case_get_parties (self->mcase), position);
  self->removed_agents = ld_mediation_case_list_agents_of (self->mcase, party);
  self->removed_position = position;
  self->removed = g_object_ref (party);
  ld_mediation_case_remove_party (self->mcase, position);

  name = ld_mediation_party_get_name (party);
  if (*name != '\0')
    /* TRANSLATORS: shown with an Undo button after a party was removed. */
    text = g_strdup_printf (_("“%s” removed"), name);
  else
    text = g_strdup (_("Party removed"));
  gtk_label_set_text (self->undo_label, text);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  /* The focused button went with its row. */
  gtk_widget_grab_focus (self->undo_button);
}

/* Rows */

/* A flat icon button "party-<position>-<suffix>" at the end of @row. */
static GtkWidget *
add_button (GtkWidget  *row,
            const char *icon,
            const char *tooltip,
            guint       position,
            const char *suffix,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  g_autofree char *name = g_strdup_printf ("party-%u-%s", position, suffix);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), POSITION_KEY, GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static char *
row_subtitle (LdMediationParty *party)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *id_number = ld_mediation_party_get_id_number (party);
  const char *phone = ld_mediation_party_get_phone (party);

  if (ld_mediation_party_get_role (party) == LD_PARTY_ROLE_AGENT)
    {
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);

      if (represents != NULL)
        /* TRANSLATORS: under an agent's name: the party it acts for. */
        g_ptr_array_add (parts, g_strdup_printf (_("For %s"),
                                                 ld_mediation_party_get_name (represents)));
      else
        g_ptr_array_add (parts, g_strdup (_("Acts for no party yet")));
    }
  /* In full: this is the editor (lists and exports mask it). */
  if (*id_number != '\0')
    g_ptr_array_add (parts, g_strdup (id_number));
  if (*phone != '\0')
    g_ptr_array_add (parts, g_strdup (phone));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
make_row (LdMediationPartiesEditor *self,
          LdMediationParty         *party,
          guint                     position,
          guint                     n)
{
  GtkWidget *row = adw_action_row_new ();
  LdPartyType type = ld_mediation_party_get_party_type (party);
  const char *name = ld_mediation_party_get_name (party);
  GtkWidget *icon = gtk_image_new_from_icon_name (type == LD_PARTY_TYPE_PERSON
                                                  ? "avatar-default-symbolic"
                                                  : "network-workgroup-symbolic");
  GtkWidget *role = gtk_label_new (ld_party_role_get_label (ld_mediation_party_get_role (party)));
  g_autofree char *row_name = g_strdup_printf ("party-%u", position);
  g_autofree char *role_name = g_strdup_printf ("party-%u-role", position);
  g_autofree char *subtitle = row_subtitle (party);
  GtkWidget *edit;
  GtkWidget *button;

  gtk_widget_set_name (row, row_name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *name != '\0' ? name : _("(no name)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_tooltip_text (icon, ld_party_type_get_label (type));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_name (role, role_name);
  gtk_widget_add_css_class (role, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), role);

  edit = add_button (row, "document-edit-symbolic", _("Edit"), position, "edit",
                     G_CALLBACK (edit_clicked_cb), self);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
  button = add_button (row, "go-up-symbolic", _("Move Up"), position, "up",
                       G_CALLBACK (up_clicked_cb), self);
  gtk_widget_set_sensitive (button, position > 0);
  button = add_button (row, "go-down-symbolic", _("Move Down"), position, "down",
                       G_CALLBACK (down_clicked_cb), self);
  gtk_widget_set_sensitive (button, position + 1 < n);
  add_button (row, "user-trash-symbolic", _("Remove"), position, "remove",
              G_CALLBACK (remove_clicked_cb), self);
  return row;
}

static void
rebuild (LdMediationPartiesEditor *self)
{
  GtkWidget *child;
  guint n = n_parties (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    {
      if (!GTK_IS_LIST_BOX_ROW (child))
        break;  /* the placeholder */
      gtk_list_box_remove (self->list, child);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdMediationParty) party =
        g_list_model_get_item (ld_mediation_case_get_parties (self->mcase), i);

      gtk_list_box_append (self->list, make_row (self, party, i, n));
    }
}

/* Everything the rows show, to rebuild them only when it changed: the
 * case changes with every key typed in any of its fields. */
static char *
describe_rows (LdMediationPartiesEditor *self)
{
  GString *text = g_string_new (NULL);
  guint n = n_parties (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdMediationParty) party =
        g_list_model_get_item (ld_mediation_case_get_parties (self->mcase), i);
      g_autofree char *subtitle = row_subtitle (party);

      g_string_append_printf (text, "%d\x1f%d\x1f%s\x1f%s\x1e",
                              ld_mediation_party_get_party_type (party),
                              ld_mediation_party_get_role (party),
                              ld_mediation_party_get_name (party), subtitle);
    }
  return g_string_free (text, FALSE);
}

static void
case_changed_cb (LdMediationCase          *mcase,
                 LdMediationPartiesEditor *self)
{
  g_autofree char *shown = describe_rows (self);

  if (g_strcmp0 (shown, self->shown) == 0)
    return;
  g_free (self->shown);
  self->shown = g_steal_pointer (&shown);
  rebuild (self);
}

/* Building */

static GtkWidget *
make_placeholder (LdMediationPartiesEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("No parties yet"));
  GtkWidget *hint = gtk_label_new (_("Add the applicants, the respondents and their agents."));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Party"));

  self->add_buttons[1] = add;
  gtk_widget_set_name (add, "add-first-party");
  gtk_widget_set_halign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (add, 6);
  gtk_widget_add_css_class (add, "pill");
  g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);

  gtk_widget_set_name (box, "parties-empty");
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), add);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static GtkWidget *
make_undo_bar (LdMediationPartiesEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *undo = gtk_button_new_with_mnemonic (_("_Undo"));
  GtkWidget *dismiss = gtk_button_new_from_icon_name ("window-close-symbolic");
  GtkWidget *revealer = gtk_revealer_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_name (label, "party-undo-label");
  gtk_widget_set_name (undo, "party-undo");
  gtk_widget_set_name (dismiss, "party-undo-dismiss");
  gtk_widget_set_tooltip_text (dismiss, _("Dismiss"));
  gtk_widget_add_css_class (dismiss, "flat");
  g_signal_connect (undo, "clicked", G_CALLBACK (undo_clicked_cb), self);
  g_signal_connect (dismiss, "clicked", G_CALLBACK (dismiss_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), undo);
  gtk_box_append (GTK_BOX (box), dismiss);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (dismiss, 6);
  gtk_widget_set_margin_top (undo, 6);
  gtk_widget_set_margin_bottom (undo, 6);

  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  self->undo_label = GTK_LABEL (label);
  self->undo_button = undo;
  self->undo_revealer = GTK_REVEALER (revealer);
  return revealer;
}

static void
ld_mediation_parties_editor_dispose (GObject *object)
{
  LdMediationPartiesEditor *self = LD_MEDIATION_PARTIES_EDITOR (object);

  g_clear_signal_handler (&self->changed_id, self->mcase);
  g_clear_object (&self->mcase);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->removed_agents, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_free);
  G_OBJECT_CLASS (ld_mediation_parties_editor_parent_class)->dispose (object);
}

static void
ld_mediation_parties_editor_class_init (LdMediationPartiesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_parties_editor_dispose;
}

static void
ld_mediation_parties_editor_init (LdMediationPartiesEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Parties"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Applicants, respondents and their agents, in the "
                                           "order the documents name them"));

  self->add_buttons[0] = add;
  gtk_widget_set_name (add, "add-party");
  gtk_widget_set_tooltip_text (add, _("Add Party"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Party"), -1);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  g_signal_connect (add, "clicked", G_CALLBACK (add_clicked_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), make_placeholder (self));
  self->list = GTK_LIST_BOX (list);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  /* The case's issues with its parties, under the list. */
  self->message_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (self->message_box, FALSE);
  gtk_widget_set_margin_top (self->message_box, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_name (label, "parties-message");
  self->message = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (self->message_box), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->message_box);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), make_undo_bar (self));

  adw_bin_set_child (ADW_BIN (self), group);
  for (guint i = 0; i < G_N_ELEMENTS (self->add_buttons); i++)
    gtk_widget_set_sensitive (self->add_buttons[i], FALSE);
}

GtkWidget *
ld_mediation_parties_editor_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_PARTIES_EDITOR, NULL);
}

void
ld_mediation_parties_editor_set_case (LdMediationPartiesEditor *self,
                                      LdMediationCase          *mcase)
{
  g_return_if_fail (LD_IS_MEDIATION_PARTIES_EDITOR (self));
  g_return_if_fail (mcase == NULL || LD_IS_MEDIATION_CASE (mcase));

  if (mcase == self->mcase)
    return;
  forget_removed (self);
  g_clear_signal_handler (&self->changed_id, self->mcase);
  g_set_object (&self->mcase, mcase);
  if (mcase != NULL)
    self->changed_id = g_signal_connect (mcase, "changed", G_CALLBACK (case_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (self->add_buttons); i++)
    gtk_widget_set_sensitive (self->add_buttons[i], mcase != NULL);
  g_free (self->shown);
  self->shown = describe_rows (self);
  rebuild (self);
}

void
ld_mediation_parties_editor_show_issues (LdMediationPartiesEditor *self,
                                         GPtrArray                *issues)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean any_error = FALSE;

  g_return_if_fail (LD_IS_MEDIATION_PARTIES_EDITOR (self));

  /* Errors first, then warnings. */
  for (int pass = 0; pass < 2 && issues != NULL; pass++)
    for (guint i = 0; i < issues->len; i++)
      {
        LdFieldIssue *issue = g_ptr_array_index (issues, i);
        LdIssueSeverity wanted = pass == 0 ? LD_ISSUE_ERROR : LD_ISSUE_WARNING;

        if (g_strcmp0 (issue->field, "parties") != 0 || issue->severity != wanted)
          continue;
        if (text->len > 0)
          g_string_append_c (text, '\n');
        g_string_append (text, issue->message);
        any_error |= issue->severity == LD_ISSUE_ERROR;
      }

  gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->message), "warning");
  gtk_label_set_text (self->message, text->str);
  gtk_widget_set_visible (self->message_box, text->len > 0);
  if (text->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->message), any_error ? "error" : "warning");
}
