/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-object-variant.h"
#include "ld-petition.h"
#include "ld-phone.h"
#include "ld-text.h"

/* Events. */

G_DEFINE_BOXED_TYPE (LdPetitionEvent, ld_petition_event,
                     ld_petition_event_copy, ld_petition_event_free)

LdPetitionEvent *
ld_petition_event_new (LdPetitionStep  step,
                       const GDate    *date,
                       const char     *who)
{
  LdPetitionEvent *event;

  g_return_val_if_fail ((unsigned) step < LD_N_PETITION_STEPS, NULL);

  event = g_new0 (LdPetitionEvent, 1);
  event->step = step;
  g_date_clear (&event->date, 1);
  if (date != NULL && g_date_valid (date))
    event->date = *date;
  event->who = g_strdup (who != NULL ? who : "");
  event->note = g_strdup ("");
  event->unit = g_strdup ("");
  event->approver = g_strdup ("");
  g_date_clear (&event->served_on, 1);
  return event;
}

LdPetitionEvent *
ld_petition_event_copy (const LdPetitionEvent *event)
{
  LdPetitionEvent *copy;

  g_return_val_if_fail (event != NULL, NULL);

  copy = g_memdup2 (event, sizeof *event);
  copy->who = g_strdup (event->who);
  copy->note = g_strdup (event->note);
  copy->unit = g_strdup (event->unit);
  copy->approver = g_strdup (event->approver);
  return copy;
}

void
ld_petition_event_free (LdPetitionEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->who);
  g_free (event->note);
  g_free (event->unit);
  g_free (event->approver);
  g_free (event);
}

static void
replace_text (char       **slot,
              const char  *value)
{
  char *copy = g_strdup (value != NULL ? value : "");

  g_free (*slot);
  *slot = copy;
}

void
ld_petition_event_set_who (LdPetitionEvent *event,
                           const char      *who)
{
  g_return_if_fail (event != NULL);
  replace_text (&event->who, who);
}

void
ld_petition_event_set_note (LdPetitionEvent *event,
                            const char      *note)
{
  g_return_if_fail (event != NULL);
  replace_text (&event->note, note);
}

void
ld_petition_event_set_unit (LdPetitionEvent *event,
                            const char      *unit)
{
  g_return_if_fail (event != NULL);
  replace_text (&event->unit, unit);
}

void
ld_petition_event_set_approver (LdPetitionEvent *event,
                                const char      *approver)
{
  g_return_if_fail (event != NULL);
  replace_text (&event->approver, approver);
}

const GDate *
ld_petition_event_get_served (const LdPetitionEvent *event)
{
  g_return_val_if_fail (event != NULL, NULL);
  return g_date_valid (&event->served_on) ? &event->served_on : &event->date;
}

static char *
date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static gboolean
date_from_iso (const char *text,
               GDate      *out)
{
  unsigned y, m, d;
  char tail;

  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3
      || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
ld_petition_event_extras_to_string (const LdPetitionEvent *event)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autoptr(GVariant) dict = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (event != NULL, NULL);

#define ADD(key, value) G_STMT_START { \
    g_variant_builder_add (&builder, "{sv}", key, value); any = TRUE; } G_STMT_END

  if (event->unit[0] != '\0')
    ADD ("unit", g_variant_new_string (event->unit));
  if (event->assignment != LD_ASSIGNMENT_KIND_NONE)
    ADD ("assignment", g_variant_new_string (ld_assignment_kind_to_id (event->assignment)));
  if (event->route != LD_DIVERSION_ROUTE_NONE)
    ADD ("route", g_variant_new_string (ld_diversion_route_to_id (event->route)));
  if (event->extension_days != 0)
    ADD ("extension-days", g_variant_new_int32 (event->extension_days));
  if (event->approver[0] != '\0')
    ADD ("approver", g_variant_new_string (event->approver));
  if (event->outcome != LD_REPLY_OUTCOME_NONE)
    ADD ("outcome", g_variant_new_string (ld_reply_outcome_to_id (event->outcome)));
  if (event->result != LD_REVIEW_RESULT_NONE)
    ADD ("result", g_variant_new_string (ld_review_result_to_id (event->result)));
  if (g_date_valid (&event->served_on))
    {
      g_autofree char *iso = date_to_iso (&event->served_on);
      ADD ("served-on", g_variant_new_string (iso));
    }
  if (event->hearing_days != 0)
    ADD ("hearing-days", g_variant_new_int32 (event->hearing_days));
  if (event->rating != LD_SATISFACTION_NONE)
    ADD ("rating", g_variant_new_string (ld_satisfaction_to_id (event->rating)));

#undef ADD

  if (!any)
    return g_strdup ("");
  dict = g_variant_ref_sink (g_variant_builder_end (&builder));
  return g_variant_print (dict, FALSE);
}

static gboolean
bad_extras (GError     **error,
            const char  *key)
{
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
               _("The stored details of a petition step are damaged (%s)"), key);
  return FALSE;
}

gboolean
ld_petition_event_extras_from_string (LdPetitionEvent  *event,
                                      const char       *text,
                                      GError          **error)
{
  g_autoptr(GVariant) dict = NULL;
  g_autoptr(LdPetitionEvent) parsed = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_val_if_fail (event != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  parsed = ld_petition_event_new (event->step, NULL, NULL);
  if (text[0] != '\0')
    {
      dict = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, NULL);
      if (dict == NULL)
        return bad_extras (error, "a{sv}");
    }

  if (dict != NULL)
    {
      g_variant_iter_init (&iter, dict);
      while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
        {
          gboolean is_string = g_variant_is_of_type (value, G_VARIANT_TYPE_STRING);
          gboolean is_int = g_variant_is_of_type (value, G_VARIANT_TYPE_INT32);
          const char *s = is_string ? g_variant_get_string (value, NULL) : NULL;
          gboolean ok = TRUE;

          if (g_str_equal (key, "unit"))
            ok = is_string && (replace_text (&parsed->unit, s), TRUE);
          else if (g_str_equal (key, "approver"))
            ok = is_string && (replace_text (&parsed->approver, s), TRUE);
          else if (g_str_equal (key, "assignment"))
            ok = is_string && ld_assignment_kind_from_id (s, &parsed->assignment);
          else if (g_str_equal (key, "route"))
            ok = is_string && ld_diversion_route_from_id (s, &parsed->route);
          else if (g_str_equal (key, "outcome"))
            ok = is_string && ld_reply_outcome_from_id (s, &parsed->outcome);
          else if (g_str_equal (key, "result"))
            ok = is_string && ld_review_result_from_id (s, &parsed->result);
          else if (g_str_equal (key, "rating"))
            ok = is_string && ld_satisfaction_from_id (s, &parsed->rating);
          else if (g_str_equal (key, "served-on"))
            ok = is_string && date_from_iso (s, &parsed->served_on);
          else if (g_str_equal (key, "extension-days"))
            ok = is_int && (parsed->extension_days = g_variant_get_int32 (value)) >= 0;
          else if (g_str_equal (key, "hearing-days"))
            ok = is_int && (parsed->hearing_days = g_variant_get_int32 (value)) >= 0;
          /* Other keys come from a newer version: ignored. */

          if (!ok)
            {
              g_autofree char *copy = g_strdup (key);

              g_variant_unref (value);
              return bad_extras (error, copy);
            }
        }
    }

  replace_text (&event->unit, parsed->unit);
  replace_text (&event->approver, parsed->approver);
  event->assignment = parsed->assignment;
  event->route = parsed->route;
  event->extension_days = parsed->extension_days;
  event->outcome = parsed->outcome;
  event->result = parsed->result;
  event->served_on = parsed->served_on;
  event->hearing_days = parsed->hearing_days;
  event->rating = parsed->rating;
  return TRUE;
}

/* Representatives. */

G_DEFINE_BOXED_TYPE (LdPetitionPerson, ld_petition_person,
                     ld_petition_person_copy, ld_petition_person_free)

LdPetitionPerson *
ld_petition_person_new (const char *name,
                        const char *id_number,
                        const char *phone,
                        const char *address)
{
  LdPetitionPerson *person = g_new0 (LdPetitionPerson, 1);

  person->name = g_strdup (name != NULL ? name : "");
  person->id_number = g_strdup (id_number != NULL ? id_number : "");
  person->phone = g_strdup (phone != NULL ? phone : "");
  person->address = g_strdup (address != NULL ? address : "");
  return person;
}

LdPetitionPerson *
ld_petition_person_copy (const LdPetitionPerson *person)
{
  g_return_val_if_fail (person != NULL, NULL);
  return ld_petition_person_new (person->name, person->id_number, person->phone,
                                 person->address);
}

void
ld_petition_person_free (LdPetitionPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->id_number);
  g_free (person->phone);
  g_free (person->address);
  g_free (person);
}

/* The petition. */

typedef enum
{
  S_NUMBER,
  S_PETITIONER_NAME,
  S_PETITIONER_ID_NUMBER,
  S_PETITIONER_PHONE,
  S_PETITIONER_ADDRESS,
  S_CATEGORY,
  S_TITLE,
  S_CONTENT,
  S_DEMANDS,
  S_DEPARTMENT_CONCERNED,
  S_HANDLER,
  S_STATUS_REASON,
  N_STRINGS
} StringField;

static const char *string_names[N_STRINGS] = {
  "number", "petitioner-name", "petitioner-id-number", "petitioner-phone",
  "petitioner-address", "category", "title", "content", "demands",
  "department-concerned", "handler", "status-reason",
};

typedef enum
{
  D_RECEIVED_ON,
  D_DUE_ON,
  N_DATES
} DateField;

static const char *date_names[N_DATES] = { "received-on", "due-on" };

struct _LdPetition
{
  GObject parent_instance;

  gint64             id;
  int                year;
  int                seq;
  int                people_count;
  gboolean           is_group;
  LdPetitionChannel  channel;
  LdPetitionType     type;
  LdPetitionUrgency  urgency;
  LdPetitionStatus   status;
  char              *strings[N_STRINGS];
  GDate             *dates[N_DATES];
  GPtrArray         *representatives;
  GPtrArray         *events;
};

G_DEFINE_FINAL_TYPE (LdPetition, ld_petition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SEQ,
  PROP_PEOPLE_COUNT,
  PROP_IS_GROUP,
  PROP_CHANNEL,
  PROP_TYPE,
  PROP_URGENCY,
  PROP_STATUS,
  PROP_FIRST_STRING,
  PROP_FIRST_DATE = PROP_FIRST_STRING + N_STRINGS,
  N_PROPS = PROP_FIRST_DATE + N_DATES
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
notify (LdPetition *self,
        int         prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
emit_changed (LdPetition *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_string (LdPetition  *self,
            StringField  field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (self->strings[field], value))
    return;
  g_free (self->strings[field]);
  self->strings[field] = g_strdup (value);
  notify (self, PROP_FIRST_STRING + field);
}

static void
set_date (LdPetition  *self,
          DateField    field,
          const GDate *date)
{
  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if (self->dates[field] == NULL && date == NULL)
    return;
  if (self->dates[field] != NULL && date != NULL && g_date_compare (self->dates[field], date) == 0)
    return;
  g_clear_pointer (&self->dates[field], g_date_free);
  if (date != NULL)
    self->dates[field] = g_date_copy (date);
  notify (self, PROP_FIRST_DATE + field);
}

static void
ld_petition_notify (GObject    *object,
                    GParamSpec *pspec)
{
  if (G_OBJECT_CLASS (ld_petition_parent_class)->notify != NULL)
    G_OBJECT_CLASS (ld_petition_parent_class)->notify (object, pspec);
  emit_changed (LD_PETITION (object));
}

static void
ld_petition_finalize (GObject *object)
{
  LdPetition *self = LD_PETITION (object);

  for (int i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  for (int i = 0; i < N_DATES; i++)
    g_clear_pointer (&self->dates[i], g_date_free);
  g_clear_pointer (&self->representatives, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_petition_parent_class)->finalize (object);
}

static void
ld_petition_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LdPetition *self = LD_PETITION (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < N_PROPS)
    {
      g_value_set_boxed (value, self->dates[prop_id - PROP_FIRST_DATE]);
      return;
    }
  if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_FIRST_DATE)
    {
      g_value_set_string (value, self->strings[prop_id - PROP_FIRST_STRING]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_SEQ:
      g_value_set_int (value, self->seq);
      break;
    case PROP_PEOPLE_COUNT:
      g_value_set_int (value, self->people_count);
      break;
    case PROP_IS_GROUP:
      g_value_set_boolean (value, self->is_group);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_petition_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LdPetition *self = LD_PETITION (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < N_PROPS)
    {
      set_date (self, prop_id - PROP_FIRST_DATE, g_value_get_boxed (value));
      return;
    }
  if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_FIRST_DATE)
    {
      set_string (self, prop_id - PROP_FIRST_STRING, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      ld_petition_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_YEAR:
      ld_petition_set_year (self, g_value_get_int (value));
      break;
    case PROP_SEQ:
      ld_petition_set_seq (self, g_value_get_int (value));
      break;
    case PROP_PEOPLE_COUNT:
      ld_petition_set_people_count (self, g_value_get_int (value));
      break;
    case PROP_IS_GROUP:
      ld_petition_set_is_group (self, g_value_get_boolean (value));
      break;
    case PROP_CHANNEL:
      ld_petition_set_channel (self, g_value_get_enum (value));
      break;
    case PROP_TYPE:
      ld_petition_set_petition_type (self, g_value_get_enum (value));
      break;
    case PROP_URGENCY:
      ld_petition_set_urgency (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      ld_petition_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_petition_class_init (LdPetitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->notify = ld_petition_notify;
  object_class->finalize = ld_petition_finalize;
  object_class->get_property = ld_petition_get_property;
  object_class->set_property = ld_petition_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_SEQ] = g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_PEOPLE_COUNT] =
    g_param_spec_int ("people-count", NULL, NULL, 1, G_MAXINT, 1, rw);
  properties[PROP_IS_GROUP] = g_param_spec_boolean ("is-group", NULL, NULL, FALSE, rw);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, LD_TYPE_PETITION_CHANNEL,
                       LD_PETITION_CHANNEL_LETTER, rw);
  properties[PROP_TYPE] =
    g_param_spec_enum ("type", NULL, NULL, LD_TYPE_PETITION_TYPE, LD_PETITION_TYPE_APPEAL, rw);
  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL, LD_TYPE_PETITION_URGENCY,
                       LD_PETITION_URGENCY_NORMAL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LD_TYPE_PETITION_STATUS,
                       LD_PETITION_STATUS_REGISTERED, rw);
  for (int i = 0; i < N_STRINGS; i++)
    properties[PROP_FIRST_STRING + i] = g_param_spec_string (string_names[i], NULL, NULL, "", rw);
  for (int i = 0; i < N_DATES; i++)
    properties[PROP_FIRST_DATE + i] = g_param_spec_boxed (date_names[i], NULL, NULL, G_TYPE_DATE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ld_petition_init (LdPetition *self)
{
  self->people_count = 1;
  self->channel = LD_PETITION_CHANNEL_LETTER;
  self->type = LD_PETITION_TYPE_APPEAL;
  self->urgency = LD_PETITION_URGENCY_NORMAL;
  self->status = LD_PETITION_STATUS_REGISTERED;
  for (int i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->representatives = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_petition_person_free);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_petition_event_free);
}

LdPetition *
ld_petition_new (void)
{
  return g_object_new (LD_TYPE_PETITION, NULL);
}

LdPetition *
ld_petition_copy (LdPetition *self)
{
  LdPetition *copy;

  g_return_val_if_fail (LD_IS_PETITION (self), NULL);

  copy = ld_petition_new ();
  copy->id = self->id;
  copy->year = self->year;
  copy->seq = self->seq;
  copy->people_count = self->people_count;
  copy->is_group = self->is_group;
  copy->channel = self->channel;
  copy->type = self->type;
  copy->urgency = self->urgency;
  copy->status = self->status;
  for (int i = 0; i < N_STRINGS; i++)
    {
      g_free (copy->strings[i]);
      copy->strings[i] = g_strdup (self->strings[i]);
    }
  for (int i = 0; i < N_DATES; i++)
    if (self->dates[i] != NULL)
      copy->dates[i] = g_date_copy (self->dates[i]);
  for (unsigned i = 0; i < self->representatives->len; i++)
    g_ptr_array_add (copy->representatives,
                     ld_petition_person_copy (g_ptr_array_index (self->representatives, i)));
  for (unsigned i = 0; i < self->events->len; i++)
    g_ptr_array_add (copy->events, ld_petition_event_copy (g_ptr_array_index (self->events, i)));
  return copy;
}

/* Accessors. */

#define STRING_ACCESSORS(name, FIELD)                                   \
  const char *                                                          \
  ld_petition_get_##name (LdPetition *self)                             \
  {                                                                     \
    g_return_val_if_fail (LD_IS_PETITION (self), NULL);                 \
    return self->strings[FIELD];                                        \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_petition_set_##name (LdPetition *self,                             \
                          const char *value)                            \
  {                                                                     \
    g_return_if_fail (LD_IS_PETITION (self));                           \
    set_string (self, FIELD, value);                                    \
  }

STRING_ACCESSORS (number, S_NUMBER)
STRING_ACCESSORS (petitioner_name, S_PETITIONER_NAME)
STRING_ACCESSORS (petitioner_id_number, S_PETITIONER_ID_NUMBER)
STRING_ACCESSORS (petitioner_phone, S_PETITIONER_PHONE)
STRING_ACCESSORS (petitioner_address, S_PETITIONER_ADDRESS)
STRING_ACCESSORS (category, S_CATEGORY)
STRING_ACCESSORS (title, S_TITLE)
STRING_ACCESSORS (content, S_CONTENT)
STRING_ACCESSORS (demands, S_DEMANDS)
STRING_ACCESSORS (department_concerned, S_DEPARTMENT_CONCERNED)
STRING_ACCESSORS (handler, S_HANDLER)
STRING_ACCESSORS (status_reason, S_STATUS_REASON)

#define DATE_ACCESSORS(name, FIELD)                                     \
  const GDate *                                                         \
  ld_petition_get_##name (LdPetition *self)                             \
  {                                                                     \
    g_return_val_if_fail (LD_IS_PETITION (self), NULL);                 \
    return self->dates[FIELD];                                          \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_petition_set_##name (LdPetition  *self,                            \
                          const GDate *date)                            \
  {                                                                     \
    g_return_if_fail (LD_IS_PETITION (self));                           \
    set_date (self, FIELD, date);                                       \
  }

DATE_ACCESSORS (received_on, D_RECEIVED_ON)
DATE_ACCESSORS (due_on, D_DUE_ON)

#define VALUE_ACCESSORS(Type, name, field, PROP, check)                 \
  Type                                                                  \
  ld_petition_get_##name (LdPetition *self)                             \
  {                                                                     \
    g_return_val_if_fail (LD_IS_PETITION (self), 0);                    \
    return self->field;                                                 \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_petition_set_##name (LdPetition *self,                             \
                          Type        value)                            \
  {                                                                     \
    g_return_if_fail (LD_IS_PETITION (self));                           \
    g_return_if_fail (check);                                           \
    if (self->field == value)                                           \
      return;                                                           \
    self->field = value;                                                \
    notify (self, PROP);                                                \
  }

VALUE_ACCESSORS (gint64, id, id, PROP_ID, value >= 0)
VALUE_ACCESSORS (int, year, year, PROP_YEAR, value >= 0 && value <= 9999)
VALUE_ACCESSORS (int, seq, seq, PROP_SEQ, value >= 0)
VALUE_ACCESSORS (int, people_count, people_count, PROP_PEOPLE_COUNT, value >= 1)
VALUE_ACCESSORS (gboolean, is_group, is_group, PROP_IS_GROUP, value == TRUE || value == FALSE)
VALUE_ACCESSORS (LdPetitionChannel, channel, channel, PROP_CHANNEL,
                 (unsigned) value < LD_N_PETITION_CHANNELS)
VALUE_ACCESSORS (LdPetitionType, petition_type, type, PROP_TYPE,
                 (unsigned) value < LD_N_PETITION_TYPES)
VALUE_ACCESSORS (LdPetitionUrgency, urgency, urgency, PROP_URGENCY,
                 (unsigned) value < LD_N_PETITION_URGENCIES)
VALUE_ACCESSORS (LdPetitionStatus, status, status, PROP_STATUS,
                 (unsigned) value < LD_N_PETITION_STATUSES)

void
ld_petition_update_group_flag (LdPetition *self,
                               int         threshold)
{
  g_return_if_fail (LD_IS_PETITION (self));
  g_return_if_fail (threshold >= 1);

  ld_petition_set_is_group (self, self->people_count >= threshold);
}

/* Representatives and history. */

GPtrArray *
ld_petition_get_representatives (LdPetition *self)
{
  g_return_val_if_fail (LD_IS_PETITION (self), NULL);
  return self->representatives;
}

void
ld_petition_add_representative (LdPetition             *self,
                                const LdPetitionPerson *person)
{
  g_return_if_fail (LD_IS_PETITION (self));
  g_return_if_fail (person != NULL);

  g_ptr_array_add (self->representatives, ld_petition_person_copy (person));
  emit_changed (self);
}

void
ld_petition_remove_representative (LdPetition *self,
                                   unsigned    index)
{
  g_return_if_fail (LD_IS_PETITION (self));
  g_return_if_fail (index < self->representatives->len);

  g_ptr_array_remove_index (self->representatives, index);
  emit_changed (self);
}

void
ld_petition_clear_representatives (LdPetition *self)
{
  g_return_if_fail (LD_IS_PETITION (self));

  if (self->representatives->len == 0)
    return;
  g_ptr_array_set_size (self->representatives, 0);
  emit_changed (self);
}

GPtrArray *
ld_petition_get_events (LdPetition *self)
{
  g_return_val_if_fail (LD_IS_PETITION (self), NULL);
  return self->events;
}

void
ld_petition_append_event (LdPetition            *self,
                          const LdPetitionEvent *event)
{
  g_return_if_fail (LD_IS_PETITION (self));
  g_return_if_fail (event != NULL);

  g_ptr_array_add (self->events, ld_petition_event_copy (event));
  emit_changed (self);
}

const LdPetitionEvent *
ld_petition_find_last_event (LdPetition     *self,
                             LdPetitionStep  step)
{
  g_return_val_if_fail (LD_IS_PETITION (self), NULL);

  for (unsigned i = self->events->len; i > 0; i--)
    {
      const LdPetitionEvent *event = g_ptr_array_index (self->events, i - 1);

      if (event->step == step)
        return event;
    }
  return NULL;
}

unsigned
ld_petition_count_events (LdPetition     *self,
                          LdPetitionStep  step)
{
  unsigned n = 0;

  g_return_val_if_fail (LD_IS_PETITION (self), 0);

  for (unsigned i = 0; i < self->events->len; i++)
    if (((const LdPetitionEvent *) g_ptr_array_index (self->events, i))->step == step)
      n++;
  return n;
}

static char *
iso_or_empty (const GDate *date)
{
  return date != NULL ? date_to_iso (date) : g_strdup ("");
}

LdRecordSummary *
ld_petition_make_summary (LdPetition *self)
{
  g_autofree char *received = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (LD_IS_PETITION (self), NULL);

  received = iso_or_empty (self->dates[D_RECEIVED_ON]);
  due = iso_or_empty (self->dates[D_DUE_ON]);
  return ld_record_summary_new (LD_RECORD_AREA_PETITION, self->id, self->strings[S_NUMBER],
                                self->strings[S_TITLE], self->strings[S_PETITIONER_NAME],
                                ld_petition_status_to_id (self->status),
                                self->strings[S_HANDLER], received, due, -1);
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

/* Checks an ID number and a phone; errors are reported under @field,
 * prefixed with @who when the message is about a representative. */
static void
check_id_and_phone (GPtrArray  *issues,
                    const char *id_field,
                    const char *phone_field,
                    const char *who,
                    const char *id_number,
                    const char *phone)
{
  if (!ld_text_is_blank (id_number))
    {
      g_autoptr(GError) error = NULL;
      LdCitizenId id;

      if (!ld_citizen_id_parse (id_number, &id, &error))
        {
          g_autofree char *message = who != NULL
            ? g_strdup_printf ("%s: %s", who, error->message) : g_strdup (error->message);
          add_issue (issues, id_field, LD_ISSUE_ERROR, message);
        }
      else if (id.legacy && who == NULL)
        add_issue (issues, id_field, LD_ISSUE_WARNING, ld_citizen_id_get_legacy_note ());
    }

  if (!ld_text_is_blank (phone))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normal = ld_phone_normalize (phone, NULL, &error);

      if (normal == NULL)
        {
          g_autofree char *message = who != NULL
            ? g_strdup_printf ("%s: %s", who, error->message) : g_strdup (error->message);
          add_issue (issues, phone_field, LD_ISSUE_ERROR, message);
        }
    }
}

gboolean
ld_petition_validate (LdPetition       *self,
                      LdDeadlinePolicy *policy,
                      GPtrArray        *issues)
{
  g_autoptr(GPtrArray) own = NULL;
  unsigned n_reps;

  g_return_val_if_fail (LD_IS_PETITION (self), FALSE);
  g_return_val_if_fail (policy == NULL || LD_IS_DEADLINE_POLICY (policy), FALSE);

  if (issues == NULL)
    issues = own = ld_field_issues_new ();

  if (self->dates[D_RECEIVED_ON] == NULL)
    add_issue (issues, "received-on", LD_ISSUE_ERROR, _("Enter the date the petition was received"));
  if (ld_text_is_blank (self->strings[S_TITLE]))
    add_issue (issues, "title", LD_ISSUE_ERROR, _("Give the subject of the petition"));
  if (ld_text_is_blank (self->strings[S_CONTENT]))
    add_issue (issues, "content", LD_ISSUE_ERROR, _("Record what the petition says"));
  if (ld_text_is_blank (self->strings[S_PETITIONER_NAME]))
    add_issue (issues, "petitioner-name", LD_ISSUE_WARNING,
               _("No petitioner name: without a name and address no written notice can be sent"));

  check_id_and_phone (issues, "petitioner-id-number", "petitioner-phone", NULL,
                      self->strings[S_PETITIONER_ID_NUMBER], self->strings[S_PETITIONER_PHONE]);

  n_reps = self->representatives->len;
  if (n_reps > (unsigned) self->people_count)
    add_issue (issues, "people-count", LD_ISSUE_ERROR,
               _("There are more representatives than people; correct the number of people"));
  if (policy != NULL
      && self->is_group != (self->people_count >= ld_deadline_policy_get_group_threshold (policy)))
    {
      g_autofree char *message =
        g_strdup_printf (_("A petition by %d or more people counts as a group petition"),
                         ld_deadline_policy_get_group_threshold (policy));
      add_issue (issues, "is-group", LD_ISSUE_WARNING, message);
    }

  if (n_reps > LD_PETITION_MAX_REPRESENTATIVES)
    {
      g_autofree char *message =
        g_strdup_printf (_("At most %d representatives may be elected; remove %u"),
                         LD_PETITION_MAX_REPRESENTATIVES,
                         n_reps - LD_PETITION_MAX_REPRESENTATIVES);
      add_issue (issues, "representatives", LD_ISSUE_ERROR, message);
    }
  for (unsigned i = 0; i < n_reps; i++)
    {
      const LdPetitionPerson *rep = g_ptr_array_index (self->representatives, i);
      g_autofree char *who = NULL;

      if (ld_text_is_blank (rep->name))
        {
          g_autofree char *message =
            g_strdup_printf (_("Enter the name of representative %u"), i + 1);
          add_issue (issues, "representatives", LD_ISSUE_ERROR, message);
          who = g_strdup_printf (_("Representative %u"), i + 1);
        }
      else
        who = g_strdup (rep->name);
      check_id_and_phone (issues, "representatives", "representatives", who,
                          rep->id_number, rep->phone);
    }

  return !ld_field_issues_has_errors (issues);
}

/* Serialisation for drafts. Scalar properties are written generically from
 * their GParamSpecs (ld-object-variant.h), so a property added later is
 * saved without more code. */

GVariant *
ld_petition_serialize (LdPetition *self)
{
  GVariantBuilder builder;
  GVariantBuilder reps;
  GVariantBuilder events;

  g_return_val_if_fail (LD_IS_PETITION (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  ld_object_variant_add_properties (G_OBJECT (self), properties, N_PROPS, &builder);

  g_variant_builder_init (&reps, G_VARIANT_TYPE ("a(ssss)"));
  for (unsigned i = 0; i < self->representatives->len; i++)
    {
      const LdPetitionPerson *rep = g_ptr_array_index (self->representatives, i);

      g_variant_builder_add (&reps, "(ssss)", rep->name, rep->id_number, rep->phone, rep->address);
    }
  g_variant_builder_add (&builder, "{sv}", "representatives", g_variant_builder_end (&reps));

  g_variant_builder_init (&events, G_VARIANT_TYPE ("a(sssss)"));
  for (unsigned i = 0; i < self->events->len; i++)
    {
      const LdPetitionEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *date = g_date_valid (&event->date) ? date_to_iso (&event->date) : g_strdup ("");
      g_autofree char *extras = ld_petition_event_extras_to_string (event);

      g_variant_builder_add (&events, "(sssss)", ld_petition_step_to_id (event->step), date,
                             event->who, event->note, extras);
    }
  g_variant_builder_add (&builder, "{sv}", "events", g_variant_builder_end (&events));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static gboolean
invalid_draft (GError     **error,
               const char  *key)
{
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
               _("The saved petition draft has a bad value for “%s”"), key);
  return FALSE;
}

static gboolean
load_representatives (LdPetition  *self,
                      GVariant    *v,
                      GError     **error)
{
  GVariantIter iter;
  const char *name, *id_number, *phone, *address;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(ssss)")))
    return invalid_draft (error, "representatives");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(&s&s&s&s)", &name, &id_number, &phone, &address))
    g_ptr_array_add (self->representatives,
                     ld_petition_person_new (name, id_number, phone, address));
  return TRUE;
}

static gboolean
load_events (LdPetition  *self,
             GVariant    *v,
             GError     **error)
{
  GVariantIter iter;
  const char *step_id, *date, *who, *note, *extras;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(sssss)")))
    return invalid_draft (error, "events");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(&s&s&s&s&s)", &step_id, &date, &who, &note, &extras))
    {
      g_autoptr(LdPetitionEvent) event = NULL;
      LdPetitionStep step;

      if (!ld_petition_step_from_id (step_id, &step))
        return invalid_draft (error, "events");
      event = ld_petition_event_new (step, NULL, who);
      ld_petition_event_set_note (event, note);
      if ((date[0] != '\0' && !date_from_iso (date, &event->date))
          || !ld_petition_event_extras_from_string (event, extras, NULL))
        return invalid_draft (error, "events");
      g_ptr_array_add (self->events, g_steal_pointer (&event));
    }
  return TRUE;
}

LdPetition *
ld_petition_deserialize (GVariant  *variant,
                         GError   **error)
{
  g_autoptr(LdPetition) self = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The saved draft is not a petition"));
      return NULL;
    }

  self = ld_petition_new ();
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      GParamSpec *pspec;
      gboolean ok = TRUE;

      if (g_str_equal (key, "representatives"))
        ok = load_representatives (self, v, error);
      else if (g_str_equal (key, "events"))
        ok = load_events (self, v, error);
      else if ((pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key)) != NULL
               && !ld_object_variant_set_property (G_OBJECT (self), pspec, v, date_from_iso))
        ok = invalid_draft (error, pspec->name);

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&self);
}
