/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-party-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-form-rows.h"
#include "ld-mediation-party-dialog.h"
#include "ld-ui-date.h"

typedef enum
{
  F_ROLE,
  F_PARTY_TYPE,
  F_REPRESENTS,
  F_NAME,
  F_ID_NUMBER,
  F_GENDER,
  F_BIRTH_DATE,
  F_ETHNICITY,
  F_OCCUPATION,
  F_REPRESENTATIVE,
  F_PHONE,
  F_ADDRESS,
  N_FIELDS
} FieldId;

typedef enum
{
  KIND_TEXT,
  KIND_DATE,
  KIND_CHOICE,
} FieldKind;

/* Who a field is for. */
typedef enum
{
  FOR_ALL,
  FOR_PERSON,
  FOR_ORGANISATION,
  FOR_AGENT,
} FieldScope;

typedef struct
{
  const char *prop;
  FieldKind   kind;
  FieldScope  scope;
  guint       group;
} FieldSpec;

static const FieldSpec field_specs[N_FIELDS] = {
  [F_ROLE] = { "role", KIND_CHOICE, FOR_ALL, 0 },
  [F_PARTY_TYPE] = { "party-type", KIND_CHOICE, FOR_ALL, 0 },
  [F_REPRESENTS] = { "represents", KIND_CHOICE, FOR_AGENT, 0 },
  [F_NAME] = { "name", KIND_TEXT, FOR_ALL, 1 },
  [F_ID_NUMBER] = { "id-number", KIND_TEXT, FOR_ALL, 1 },
  [F_GENDER] = { "gender", KIND_CHOICE, FOR_PERSON, 1 },
  [F_BIRTH_DATE] = { "birth-date", KIND_DATE, FOR_PERSON, 1 },
  [F_ETHNICITY] = { "ethnicity", KIND_TEXT, FOR_PERSON, 1 },
  [F_OCCUPATION] = { "occupation", KIND_TEXT, FOR_PERSON, 1 },
  [F_REPRESENTATIVE] = { "representative", KIND_TEXT, FOR_ORGANISATION, 1 },
  [F_PHONE] = { "phone", KIND_TEXT, FOR_ALL, 2 },
  [F_ADDRESS] = { "address", KIND_TEXT, FOR_ALL, 2 },
};

typedef struct
{
  GtkWidget *row;
  GtkWidget *message_row;
  GtkLabel  *message;
  gboolean   touched;
} Field;

struct _LdMediationPartyDialog
{
  AdwWindow         parent_instance;

  LdMediationCase  *mcase;
  LdMediationParty *original;  /* NULL when adding */
  LdMediationParty *party;     /* the working copy */
  /* The parties an agent may act for, in the order of the "represents"
   * choice after its first item, "Not chosen". */
  GPtrArray        *candidates;

  Field             fields[N_FIELDS];
  GtkWidget        *save_button;
  GtkWidget        *fill_button;
  gboolean          bad_date;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (LdMediationPartyDialog, ld_mediation_party_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GDate *
get_today (GDate *out)
{
  ld_get_today (out);
  return out;
}

/* Titles and visibility follow the type and role. */

static const char *
field_title (LdMediationPartyDialog *self,
             FieldId                 id)
{
  gboolean person = ld_mediation_party_get_party_type (self->party) == LD_PARTY_TYPE_PERSON;

  switch (id)
    {
    case F_ROLE: return _("Role");
    case F_PARTY_TYPE: return _("Person or Organisation");
    case F_REPRESENTS: return _("Acts For");
    case F_NAME: return person ? _("Name") : _("Name of the Organisation");
    case F_ID_NUMBER: return person ? _("ID Number") : _("Unified Social Credit Code");
    case F_GENDER: return _("Gender");
    case F_BIRTH_DATE: return _("Birth Date");
    case F_ETHNICITY: return _("Ethnicity");
    case F_OCCUPATION: return _("Occupation");
    case F_REPRESENTATIVE: return _("Legal Representative or Head");
    case F_PHONE: return _("Phone");
    case F_ADDRESS: return _("Address");
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
field_applies (LdMediationPartyDialog *self,
               FieldId                 id)
{
  switch (field_specs[id].scope)
    {
    case FOR_PERSON:
      return ld_mediation_party_get_party_type (self->party) == LD_PARTY_TYPE_PERSON;
    case FOR_ORGANISATION:
      return ld_mediation_party_get_party_type (self->party) == LD_PARTY_TYPE_ORGANISATION;
    case FOR_AGENT:
      return ld_mediation_party_get_role (self->party) == LD_PARTY_ROLE_AGENT;
    case FOR_ALL:
    default:
      return TRUE;
    }
}

static void
update_layout (LdMediationPartyDialog *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      gtk_widget_set_visible (self->fields[i].row, field_applies (self, i));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fields[i].row),
                                     field_title (self, i));
    }
}

/* Validation */

/* Whether "fill in from the ID number" would work now (on a scratch copy,
 * so that the fields change only when the user asks). */
static gboolean
can_fill (LdMediationPartyDialog *self)
{
  g_autoptr(LdMediationParty) scratch = NULL;

  if (ld_mediation_party_get_party_type (self->party) != LD_PARTY_TYPE_PERSON)
    return FALSE;
  scratch = ld_mediation_party_copy (self->party);
  return ld_mediation_party_fill_from_id_number (scratch);
}

static void
refresh (LdMediationPartyDialog *self)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GDate today;
  gboolean ok;

  ok = ld_mediation_party_validate (self->party, get_today (&today), issues);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      LdFieldIssue *issue = ld_field_issues_find (issues, field_specs[i].prop);
      /* A new party's empty name is not reproached before it is typed. */
      gboolean show = i != F_NAME || self->original != NULL || field->touched;

      if (!field_applies (self, i))
        ld_form_show_message (field->message_row, field->message, field->row, NULL, NULL);
      else
        ld_form_show_issue (field->message_row, field->message, field->row,
                            i == F_BIRTH_DATE && self->bad_date, show ? issue : NULL, TRUE);
    }
  gtk_widget_set_sensitive (self->save_button, ok && !self->bad_date);
  gtk_widget_set_sensitive (self->fill_button, can_fill (self));
}

/* Fields to the copy */

static void
text_changed_cb (GtkEditable            *editable,
                 LdMediationPartyDialog *self)
{
  FieldId id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "ld-field"));
  const char *text = gtk_editable_get_text (editable);

  if (self->filling)
    return;
  self->fields[id].touched = TRUE;
  if (field_specs[id].kind == KIND_DATE)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (text));
      GDate date;

      self->bad_date = FALSE;
      if (*trimmed == '\0')
        ld_mediation_party_set_birth_date (self->party, NULL);
      else if (ld_ui_date_parse (trimmed, &date))
        ld_mediation_party_set_birth_date (self->party, &date);
      else
        {
          ld_mediation_party_set_birth_date (self->party, NULL);
          self->bad_date = TRUE;
        }
    }
  else
    g_object_set (self->party, field_specs[id].prop, text, NULL);
  refresh (self);
}

static void
selected_cb (AdwComboRow            *row,
             GParamSpec             *pspec,
             LdMediationPartyDialog *self)
{
  FieldId id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "ld-field"));
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling || selected == GTK_INVALID_LIST_POSITION)
    return;
  self->fields[id].touched = TRUE;
  switch (id)
    {
    case F_ROLE:
      ld_mediation_party_set_role (self->party, selected);
      break;
    case F_PARTY_TYPE:
      ld_mediation_party_set_party_type (self->party, selected);
      break;
    case F_GENDER:
      ld_mediation_party_set_gender (self->party, selected);
      break;
    case F_REPRESENTS:
      ld_mediation_party_set_represents (self->party,
                                         selected == 0 || selected > self->candidates->len
                                         ? NULL
                                         : g_ptr_array_index (self->candidates, selected - 1));
      break;
    case F_NAME:
    case F_ID_NUMBER:
    case F_BIRTH_DATE:
    case F_ETHNICITY:
    case F_OCCUPATION:
    case F_REPRESENTATIVE:
    case F_PHONE:
    case F_ADDRESS:
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
  update_layout (self);
  refresh (self);
}

/* The copy to the fields (at the start and after "fill in"). */

static void
show_birth_date (LdMediationPartyDialog *self)
{
  g_autofree char *text = ld_ui_date_to_text (ld_mediation_party_get_birth_date (self->party));

  gtk_editable_set_text (GTK_EDITABLE (self->fields[F_BIRTH_DATE].row), text);
  self->bad_date = FALSE;
}

static void
load_fields (LdMediationPartyDialog *self)
{
  g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (self->party);
  guint represents_index = 0;

  self->filling = TRUE;
  for (guint i = 0; i < N_FIELDS; i++)
    if (field_specs[i].kind == KIND_TEXT)
      {
        g_autofree char *text = NULL;

        g_object_get (self->party, field_specs[i].prop, &text, NULL);
        gtk_editable_set_text (GTK_EDITABLE (self->fields[i].row), text);
      }
  show_birth_date (self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[F_ROLE].row),
                              ld_mediation_party_get_role (self->party));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[F_PARTY_TYPE].row),
                              ld_mediation_party_get_party_type (self->party));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[F_GENDER].row),
                              ld_mediation_party_get_gender (self->party));
  for (guint i = 0; i < self->candidates->len; i++)
    if (g_ptr_array_index (self->candidates, i) == represents)
      represents_index = i + 1;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[F_REPRESENTS].row), represents_index);
  /* A link to a party no longer offered (removed, or now an agent) is
   * shown, and kept, as "Not chosen". */
  if (represents_index == 0)
    ld_mediation_party_set_represents (self->party, NULL);
  self->filling = FALSE;
}

static void
fill_clicked_cb (GtkButton              *button,
                 LdMediationPartyDialog *self)
{
  if (!ld_mediation_party_fill_from_id_number (self->party))
    return;
  self->filling = TRUE;
  show_birth_date (self);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[F_GENDER].row),
                              ld_mediation_party_get_gender (self->party));
  self->filling = FALSE;
  refresh (self);
}

/* Saving */

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text));
}

/* What the copy holds for fields its type or role does not have is left
 * behind, so that a person turned organisation keeps no birth date. */
static void
drop_hidden_fields (LdMediationPartyDialog *self)
{
  LdMediationParty *p = self->party;

  if (ld_mediation_party_get_party_type (p) == LD_PARTY_TYPE_PERSON)
    ld_mediation_party_set_representative (p, "");
  else
    {
      ld_mediation_party_set_gender (p, LD_GENDER_UNKNOWN);
      ld_mediation_party_set_birth_date (p, NULL);
      ld_mediation_party_set_ethnicity (p, "");
      ld_mediation_party_set_occupation (p, "");
    }
  if (ld_mediation_party_get_role (p) != LD_PARTY_ROLE_AGENT)
    ld_mediation_party_set_represents (p, NULL);
  for (guint i = 0; i < N_FIELDS; i++)
    if (field_specs[i].kind == KIND_TEXT)
      {
        g_autofree char *text = NULL;
        g_autofree char *clean = NULL;

        g_object_get (p, field_specs[i].prop, &text, NULL);
        clean = trimmed (text);
        g_object_set (p, field_specs[i].prop, clean, NULL);
      }
}

static void
apply_to (LdMediationParty *dest,
          LdMediationParty *src)
{
  g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (src);

  ld_mediation_party_set_role (dest, ld_mediation_party_get_role (src));
  ld_mediation_party_set_party_type (dest, ld_mediation_party_get_party_type (src));
  ld_mediation_party_set_name (dest, ld_mediation_party_get_name (src));
  ld_mediation_party_set_id_number (dest, ld_mediation_party_get_id_number (src));
  ld_mediation_party_set_gender (dest, ld_mediation_party_get_gender (src));
  ld_mediation_party_set_birth_date (dest, ld_mediation_party_get_birth_date (src));
  ld_mediation_party_set_ethnicity (dest, ld_mediation_party_get_ethnicity (src));
  ld_mediation_party_set_occupation (dest, ld_mediation_party_get_occupation (src));
  ld_mediation_party_set_phone (dest, ld_mediation_party_get_phone (src));
  ld_mediation_party_set_address (dest, ld_mediation_party_get_address (src));
  ld_mediation_party_set_representative (dest, ld_mediation_party_get_representative (src));
  ld_mediation_party_set_represents (dest, represents);
}

gboolean
ld_mediation_party_dialog_save (LdMediationPartyDialog *self)
{
  g_autoptr(LdMediationParty) saved = NULL;
  GDate today;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY_DIALOG (self), FALSE);

  if (self->bad_date || !ld_mediation_party_validate (self->party, get_today (&today), NULL))
    return FALSE;

  drop_hidden_fields (self);
  if (self->original != NULL)
    {
      apply_to (self->original, self->party);
      saved = g_object_ref (self->original);
    }
  else
    {
      saved = g_object_ref (self->party);
      ld_mediation_case_add_party (self->mcase, saved);
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, saved);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (GtkButton              *button,
                 LdMediationPartyDialog *self)
{
  ld_mediation_party_dialog_save (self);
}

/* Enter in a field saves, unless a field has an error: then nothing
 * happens and the message says why. */
static void
entry_activated_cb (AdwEntryRow            *row,
                    LdMediationPartyDialog *self)
{
  ld_mediation_party_dialog_save (self);
}

/* Building */

static GListModel *
labels_model (const char *(*label) (int value),
              int         n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n_values; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static const char *role_label (int v) { return ld_party_role_get_label (v); }
static const char *type_label (int v) { return ld_party_type_get_label (v); }
static const char *gender_label (int v) { return ld_gender_get_label (v); }

static GListModel *
represents_model (LdMediationPartyDialog *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Not chosen"));
  for (guint i = 0; i < self->candidates->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->candidates, i);
      const char *name = ld_mediation_party_get_name (party);
      /* TRANSLATORS: a party an agent may act for: its role and name,
       * e.g. "Applicant: 张三". */
      g_autofree char *text = g_strdup_printf (_("%s: %s"),
                                               ld_party_role_get_label (ld_mediation_party_get_role (party)),
                                               *name != '\0' ? name : _("(no name)"));

      gtk_string_list_append (list, text);
    }
  return G_LIST_MODEL (list);
}

static GtkWidget *
make_row (LdMediationPartyDialog *self,
          FieldId                 id)
{
  GtkWidget *row;

  if (field_specs[id].kind == KIND_CHOICE)
    {
      g_autoptr(GListModel) model = NULL;

      row = adw_combo_row_new ();
      switch (id)
        {
        case F_ROLE: model = labels_model (role_label, LD_N_PARTY_ROLES); break;
        case F_PARTY_TYPE: model = labels_model (type_label, LD_N_PARTY_TYPES); break;
        case F_GENDER: model = labels_model (gender_label, LD_N_GENDERS); break;
        case F_REPRESENTS: model = represents_model (self); break;
        case F_NAME:
        case F_ID_NUMBER:
        case F_BIRTH_DATE:
        case F_ETHNICITY:
        case F_OCCUPATION:
        case F_REPRESENTATIVE:
        case F_PHONE:
        case F_ADDRESS:
        case N_FIELDS:
        default:
          g_assert_not_reached ();
        }
      adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
      g_signal_connect (row, "notify::selected", G_CALLBACK (selected_cb), self);
    }
  else
    {
      row = adw_entry_row_new ();
      g_signal_connect (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
      if (id == F_PHONE)
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
      g_signal_connect (row, "changed", G_CALLBACK (text_changed_cb), self);
    }
  gtk_widget_set_name (row, field_specs[id].prop);
  g_object_set_data (G_OBJECT (row), "ld-field", GUINT_TO_POINTER (id));
  return row;
}

static void
build (LdMediationPartyDialog *self)
{
  LdDialogForm form;
  GtkWidget *groups[3];

  ld_dialog_form_build (&form, GTK_WINDOW (self), "party-dialog");
  self->save_button = form.save;
  g_signal_connect (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      groups[g] = adw_preferences_group_new ();
      adw_preferences_page_add (form.page, ADW_PREFERENCES_GROUP (groups[g]));
    }
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (groups[2]), _("Contact"));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      g_autofree char *message_name = g_strconcat (field_specs[i].prop, "-message", NULL);

      field->row = make_row (self, i);
      field->message_row = ld_form_message_row_new (message_name, &field->message);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[field_specs[i].group]), field->row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (groups[field_specs[i].group]),
                                 field->message_row);
    }

  self->fill_button = gtk_button_new_with_mnemonic (_("_Fill In"));
  gtk_widget_set_name (self->fill_button, "fill-from-id-number");
  gtk_widget_set_tooltip_text (self->fill_button,
                               _("Fill in the birth date and gender from the ID number"));
  gtk_widget_set_valign (self->fill_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->fill_button, "flat");
  g_signal_connect (self->fill_button, "clicked", G_CALLBACK (fill_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->fields[F_ID_NUMBER].row), self->fill_button);
  adw_entry_row_set_input_hints (ADW_ENTRY_ROW (self->fields[F_BIRTH_DATE].row),
                                 GTK_INPUT_HINT_NO_SPELLCHECK);
}

static void
ld_mediation_party_dialog_dispose (GObject *object)
{
  LdMediationPartyDialog *self = LD_MEDIATION_PARTY_DIALOG (object);

  g_clear_object (&self->mcase);
  g_clear_object (&self->original);
  g_clear_object (&self->party);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  G_OBJECT_CLASS (ld_mediation_party_dialog_parent_class)->dispose (object);
}

static void
ld_mediation_party_dialog_class_init (LdMediationPartyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ld_mediation_party_dialog_dispose;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                        LD_TYPE_MEDIATION_PARTY);
}

static void
ld_mediation_party_dialog_init (LdMediationPartyDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 680);
}

LdMediationPartyDialog *
ld_mediation_party_dialog_new (GtkWindow        *parent,
                               LdMediationCase  *mcase,
                               LdMediationParty *party,
                               LdPartyRole       role)
{
  LdMediationPartyDialog *self;
  GListModel *parties;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (party == NULL || LD_IS_MEDIATION_PARTY (party), NULL);
  g_return_val_if_fail (role < LD_N_PARTY_ROLES, NULL);

  self = g_object_new (LD_TYPE_MEDIATION_PARTY_DIALOG,
                       "transient-for", parent,
                       "title", party != NULL ? _("Edit Party") : _("Add Party"),
                       NULL);
  self->mcase = g_object_ref (mcase);
  if (party != NULL)
    {
      self->original = g_object_ref (party);
      self->party = ld_mediation_party_copy (party);
    }
  else
    self->party = ld_mediation_party_new (role, LD_PARTY_TYPE_PERSON, NULL);

  /* An agent acts for an applicant or a respondent of the case. */
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  parties = ld_mediation_case_get_parties (mcase);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) candidate = g_list_model_get_item (parties, i);

      if (candidate != party && ld_mediation_party_get_role (candidate) != LD_PARTY_ROLE_AGENT)
        g_ptr_array_add (self->candidates, g_steal_pointer (&candidate));
    }

  build (self);
  load_fields (self);
  update_layout (self);
  refresh (self);
  return self;
}

LdMediationParty *
ld_mediation_party_dialog_get_party (LdMediationPartyDialog *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY_DIALOG (self), NULL);
  return self->party;
}
