/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-party"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-credit-code.h"
#include "ld-mediation-party.h"
#include "ld-object-variant.h"
#include "ld-phone.h"
#include "ld-text.h"

typedef enum
{
  S_NAME,
  S_ID_NUMBER,
  S_ETHNICITY,
  S_OCCUPATION,
  S_PHONE,
  S_ADDRESS,
  S_REPRESENTATIVE,
  N_STRINGS
} StringField;

static const char *string_names[N_STRINGS] = {
  "name", "id-number", "ethnicity", "occupation", "phone", "address", "representative",
};

struct _LdMediationParty
{
  GObject parent_instance;

  gint64       id;
  LdPartyRole  role;
  LdPartyType  type;
  LdGender     gender;
  GDate       *birth_date;
  char        *strings[N_STRINGS];
  GWeakRef     represents;
};

G_DEFINE_FINAL_TYPE (LdMediationParty, ld_mediation_party, G_TYPE_OBJECT)

/* "represents" comes last: the draft leaves it out (see serialize). */
enum {
  PROP_0,
  PROP_ID,
  PROP_ROLE,
  PROP_PARTY_TYPE,
  PROP_GENDER,
  PROP_BIRTH_DATE,
  PROP_FIRST_STRING,
  PROP_REPRESENTS = PROP_FIRST_STRING + N_STRINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (LdMediationParty *self,
            StringField       field,
            const char       *value)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (self->strings[field], value))
    return;
  g_free (self->strings[field]);
  self->strings[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_STRING + field]);
}

static void
ld_mediation_party_finalize (GObject *object)
{
  LdMediationParty *self = LD_MEDIATION_PARTY (object);

  for (int i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  g_clear_pointer (&self->birth_date, g_date_free);
  g_weak_ref_clear (&self->represents);

  G_OBJECT_CLASS (ld_mediation_party_parent_class)->finalize (object);
}

static void
ld_mediation_party_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LdMediationParty *self = LD_MEDIATION_PARTY (object);

  if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_REPRESENTS)
    {
      g_value_set_string (value, self->strings[prop_id - PROP_FIRST_STRING]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_PARTY_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_GENDER:
      g_value_set_enum (value, self->gender);
      break;
    case PROP_BIRTH_DATE:
      g_value_set_boxed (value, self->birth_date);
      break;
    case PROP_REPRESENTS:
      g_value_take_object (value, g_weak_ref_get (&self->represents));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_mediation_party_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LdMediationParty *self = LD_MEDIATION_PARTY (object);

  if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_REPRESENTS)
    {
      set_string (self, prop_id - PROP_FIRST_STRING, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      ld_mediation_party_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_ROLE:
      ld_mediation_party_set_role (self, g_value_get_enum (value));
      break;
    case PROP_PARTY_TYPE:
      ld_mediation_party_set_party_type (self, g_value_get_enum (value));
      break;
    case PROP_GENDER:
      ld_mediation_party_set_gender (self, g_value_get_enum (value));
      break;
    case PROP_BIRTH_DATE:
      ld_mediation_party_set_birth_date (self, g_value_get_boxed (value));
      break;
    case PROP_REPRESENTS:
      ld_mediation_party_set_represents (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_mediation_party_class_init (LdMediationPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_mediation_party_finalize;
  object_class->get_property = ld_mediation_party_get_property;
  object_class->set_property = ld_mediation_party_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, LD_TYPE_PARTY_ROLE, LD_PARTY_ROLE_APPLICANT, rw);
  properties[PROP_PARTY_TYPE] =
    g_param_spec_enum ("party-type", NULL, NULL, LD_TYPE_PARTY_TYPE, LD_PARTY_TYPE_PERSON, rw);
  properties[PROP_GENDER] =
    g_param_spec_enum ("gender", NULL, NULL, LD_TYPE_GENDER, LD_GENDER_UNKNOWN, rw);
  properties[PROP_BIRTH_DATE] = g_param_spec_boxed ("birth-date", NULL, NULL, G_TYPE_DATE, rw);
  for (int i = 0; i < N_STRINGS; i++)
    properties[PROP_FIRST_STRING + i] = g_param_spec_string (string_names[i], NULL, NULL, "", rw);
  properties[PROP_REPRESENTS] =
    g_param_spec_object ("represents", NULL, NULL, LD_TYPE_MEDIATION_PARTY, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_mediation_party_init (LdMediationParty *self)
{
  for (int i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  g_weak_ref_init (&self->represents, NULL);
}

LdMediationParty *
ld_mediation_party_new (LdPartyRole  role,
                        LdPartyType  type,
                        const char  *name)
{
  g_return_val_if_fail ((unsigned) role < LD_N_PARTY_ROLES, NULL);
  g_return_val_if_fail ((unsigned) type < LD_N_PARTY_TYPES, NULL);

  return g_object_new (LD_TYPE_MEDIATION_PARTY, "role", role, "party-type", type,
                       "name", name != NULL ? name : "", NULL);
}

LdMediationParty *
ld_mediation_party_copy (LdMediationParty *self)
{
  LdMediationParty *copy;
  g_autoptr(LdMediationParty) represents = NULL;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);

  copy = ld_mediation_party_new (self->role, self->type, NULL);
  copy->id = self->id;
  copy->gender = self->gender;
  if (self->birth_date != NULL)
    copy->birth_date = g_date_copy (self->birth_date);
  for (int i = 0; i < N_STRINGS; i++)
    {
      g_free (copy->strings[i]);
      copy->strings[i] = g_strdup (self->strings[i]);
    }
  represents = g_weak_ref_get (&self->represents);
  g_weak_ref_set (&copy->represents, represents);
  return copy;
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

gboolean
ld_mediation_party_equal (LdMediationParty *a,
                          LdMediationParty *b)
{
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (a), FALSE);
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (b), FALSE);

  if (a->role != b->role || a->type != b->type || a->gender != b->gender
      || !dates_equal (a->birth_date, b->birth_date))
    return FALSE;
  for (int i = 0; i < N_STRINGS; i++)
    if (!g_str_equal (a->strings[i], b->strings[i]))
      return FALSE;
  return TRUE;
}

/* Accessors. */

gint64
ld_mediation_party_get_id (LdMediationParty *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), 0);
  return self->id;
}

void
ld_mediation_party_set_id (LdMediationParty *self,
                           gint64            id)
{
  g_return_if_fail (LD_IS_MEDIATION_PARTY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

#define DEFINE_ENUM_ACCESSORS(Type, name, member, PROP, n_values)       \
  Type                                                                  \
  ld_mediation_party_get_##name (LdMediationParty *self)                \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), 0);             \
    return self->member;                                                \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_party_set_##name (LdMediationParty *self,                \
                                 Type              value)               \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_PARTY (self));                    \
    g_return_if_fail ((unsigned) value < (n_values));                   \
    if (self->member == value)                                          \
      return;                                                           \
    self->member = value;                                               \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);       \
  }

DEFINE_ENUM_ACCESSORS (LdPartyRole, role, role, PROP_ROLE, LD_N_PARTY_ROLES)
DEFINE_ENUM_ACCESSORS (LdPartyType, party_type, type, PROP_PARTY_TYPE, LD_N_PARTY_TYPES)
DEFINE_ENUM_ACCESSORS (LdGender, gender, gender, PROP_GENDER, LD_N_GENDERS)

#define DEFINE_STRING_ACCESSORS(name, FIELD)                            \
  const char *                                                          \
  ld_mediation_party_get_##name (LdMediationParty *self)                \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);          \
    return self->strings[FIELD];                                        \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_party_set_##name (LdMediationParty *self,                \
                                 const char       *value)               \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_PARTY (self));                    \
    set_string (self, FIELD, value);                                    \
  }

DEFINE_STRING_ACCESSORS (name, S_NAME)
DEFINE_STRING_ACCESSORS (id_number, S_ID_NUMBER)
DEFINE_STRING_ACCESSORS (ethnicity, S_ETHNICITY)
DEFINE_STRING_ACCESSORS (occupation, S_OCCUPATION)
DEFINE_STRING_ACCESSORS (phone, S_PHONE)
DEFINE_STRING_ACCESSORS (address, S_ADDRESS)
DEFINE_STRING_ACCESSORS (representative, S_REPRESENTATIVE)

const GDate *
ld_mediation_party_get_birth_date (LdMediationParty *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);
  return self->birth_date;
}

void
ld_mediation_party_set_birth_date (LdMediationParty *self,
                                   const GDate      *date)
{
  g_return_if_fail (LD_IS_MEDIATION_PARTY (self));

  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if (dates_equal (self->birth_date, date))
    return;
  g_clear_pointer (&self->birth_date, g_date_free);
  if (date != NULL)
    self->birth_date = g_date_copy (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

LdMediationParty *
ld_mediation_party_dup_represents (LdMediationParty *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);
  return g_weak_ref_get (&self->represents);
}

void
ld_mediation_party_set_represents (LdMediationParty *self,
                                   LdMediationParty *party)
{
  g_autoptr(LdMediationParty) old = NULL;

  g_return_if_fail (LD_IS_MEDIATION_PARTY (self));
  g_return_if_fail (party == NULL || LD_IS_MEDIATION_PARTY (party));

  old = g_weak_ref_get (&self->represents);
  if (old == party)
    return;
  g_weak_ref_set (&self->represents, party);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTS]);
}

/* ID numbers. */

static gboolean
parse_id (LdMediationParty  *self,
          const GDate       *today,
          LdCitizenId       *out,
          GError           **error)
{
  if (today != NULL)
    return ld_citizen_id_parse_at (self->strings[S_ID_NUMBER], today, out, error);
  return ld_citizen_id_parse (self->strings[S_ID_NUMBER], out, error);
}

static void
id_birth_date (const LdCitizenId *id,
               GDate             *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) id->birth_day, (GDateMonth) id->birth_month,
                  (GDateYear) id->birth_year);
}

gboolean
ld_mediation_party_fill_from_id_number (LdMediationParty *self)
{
  LdCitizenId id;
  GDate birth;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), FALSE);

  if (self->type != LD_PARTY_TYPE_PERSON || !parse_id (self, NULL, &id, NULL))
    return FALSE;

  id_birth_date (&id, &birth);
  g_object_freeze_notify (G_OBJECT (self));
  ld_mediation_party_set_birth_date (self, &birth);
  ld_mediation_party_set_gender (self, id.male ? LD_GENDER_MALE : LD_GENDER_FEMALE);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

int
ld_mediation_party_get_age (LdMediationParty *self,
                            const GDate      *on)
{
  GDate birth;
  LdCitizenId id;
  int age;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), -1);
  g_return_val_if_fail (on != NULL && g_date_valid (on), -1);

  if (self->birth_date != NULL)
    birth = *self->birth_date;
  else if (self->type == LD_PARTY_TYPE_PERSON && parse_id (self, on, &id, NULL))
    id_birth_date (&id, &birth);
  else
    return -1;

  if (g_date_compare (&birth, on) > 0)
    return -1;
  age = g_date_get_year (on) - g_date_get_year (&birth);
  if (g_date_get_month (on) < g_date_get_month (&birth)
      || (g_date_get_month (on) == g_date_get_month (&birth)
          && g_date_get_day (on) < g_date_get_day (&birth)))
    age--;
  return age;
}

char *
ld_mediation_party_dup_display_id_number (LdMediationParty *self)
{
  g_autofree char *stripped = NULL;
  LdCitizenId id;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);

  if (ld_text_is_blank (self->strings[S_ID_NUMBER]))
    return g_strdup ("");
  if (self->type == LD_PARTY_TYPE_ORGANISATION)
    return g_strdup (self->strings[S_ID_NUMBER]);
  if (parse_id (self, NULL, &id, NULL))
    return ld_citizen_id_mask (id.number);
  /* A malformed number is masked too: it may still be almost right. */
  stripped = g_strstrip (g_strdup (self->strings[S_ID_NUMBER]));
  return ld_citizen_id_mask (stripped);
}

/* Validation. */

static void
add_issue (GPtrArray       *issues,
           const char      *field,
           LdIssueSeverity  severity,
           const char      *message)
{
  g_ptr_array_add (issues, ld_field_issue_new (field, severity, message));
}

static void
validate_person_id (LdMediationParty *self,
                    const GDate      *today,
                    GPtrArray        *issues)
{
  g_autoptr(GError) error = NULL;
  LdCitizenId id;
  GDate birth;

  if (ld_text_is_blank (self->strings[S_ID_NUMBER]))
    return;
  if (!parse_id (self, today, &id, &error))
    {
      add_issue (issues, "id-number", LD_ISSUE_ERROR, error->message);
      return;
    }
  if (id.legacy)
    add_issue (issues, "id-number", LD_ISSUE_WARNING, ld_citizen_id_get_legacy_note ());

  id_birth_date (&id, &birth);
  if (self->birth_date != NULL && g_date_compare (self->birth_date, &birth) != 0)
    {
      g_autofree char *shown = ld_chinese_date_format (&birth);
      g_autofree char *message =
        g_strdup_printf (_("The ID number gives the birth date %s: correct the birth date or "
                           "the ID number"), shown);
      add_issue (issues, "birth-date", LD_ISSUE_ERROR, message);
    }
  if (self->gender != LD_GENDER_UNKNOWN
      && (self->gender == LD_GENDER_MALE) != id.male)
    add_issue (issues, "gender", LD_ISSUE_ERROR,
               id.male ? _("The ID number is a man’s: correct the gender or the ID number")
                       : _("The ID number is a woman’s: correct the gender or the ID number"));
}

gboolean
ld_mediation_party_validate (LdMediationParty *self,
                             const GDate      *today,
                             GPtrArray        *issues)
{
  g_autoptr(GPtrArray) own = NULL;
  GDate now;
  unsigned first;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), FALSE);

  if (issues == NULL)
    issues = own = ld_field_issues_new ();
  first = issues->len;

  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  if (ld_text_is_blank (self->strings[S_NAME]))
    add_issue (issues, "name", LD_ISSUE_ERROR,
               self->type == LD_PARTY_TYPE_PERSON ? _("Enter the party’s name")
                                                  : _("Enter the organisation’s name"));

  if (self->type == LD_PARTY_TYPE_PERSON)
    {
      validate_person_id (self, today, issues);
      if (self->birth_date != NULL && g_date_compare (self->birth_date, today) > 0
          && ld_field_issues_find (issues, "birth-date") == NULL)
        add_issue (issues, "birth-date", LD_ISSUE_ERROR, _("The birth date is in the future"));
    }
  else if (!ld_text_is_blank (self->strings[S_ID_NUMBER]))
    {
      g_autofree char *message = NULL;
      LdCreditCodeStatus status =
        ld_credit_code_validate (self->strings[S_ID_NUMBER], NULL, NULL, &message);

      if (status == LD_CREDIT_CODE_MALFORMED)
        add_issue (issues, "id-number", LD_ISSUE_ERROR, message);
      else if (status == LD_CREDIT_CODE_BAD_CHECK)
        add_issue (issues, "id-number", LD_ISSUE_WARNING, message);
    }

  if (!ld_text_is_blank (self->strings[S_PHONE]))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalised = ld_phone_normalize (self->strings[S_PHONE], NULL, &error);

      if (normalised == NULL)
        add_issue (issues, "phone", LD_ISSUE_ERROR, error->message);
    }

  if (self->role == LD_PARTY_ROLE_AGENT)
    {
      g_autoptr(LdMediationParty) represents = g_weak_ref_get (&self->represents);

      if (represents == NULL)
        add_issue (issues, "represents", LD_ISSUE_ERROR,
                   _("Choose the party this agent acts for"));
      else if (represents->role == LD_PARTY_ROLE_AGENT)
        add_issue (issues, "represents", LD_ISSUE_ERROR,
                   _("An agent acts for an applicant or a respondent, not for another agent"));
    }

  for (unsigned i = first; i < issues->len; i++)
    if (((LdFieldIssue *) g_ptr_array_index (issues, i))->severity == LD_ISSUE_ERROR)
      return FALSE;
  return TRUE;
}

/* Drafts. */

static gboolean
parse_draft_date (const char *text,
                  GDate      *out)
{
  return ld_chinese_date_parse (text, out, NULL);
}

GVariant *
ld_mediation_party_serialize (LdMediationParty *self)
{
  GVariantBuilder builder;

  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  /* Everything before "represents", an object the draft cannot hold. */
  ld_object_variant_add_properties (G_OBJECT (self), properties, PROP_REPRESENTS, &builder);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

LdMediationParty *
ld_mediation_party_deserialize (GVariant  *variant,
                                GError   **error)
{
  g_autoptr(LdMediationParty) self = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The saved draft has a bad party"));
      return NULL;
    }

  self = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, NULL);
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key);

      if (pspec == NULL || pspec == properties[PROP_REPRESENTS])
        continue;
      if (!ld_object_variant_set_property (G_OBJECT (self), pspec, v, parse_draft_date))
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("The saved draft has a bad value for “%s”"), key);
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}
