/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-case"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-core-error.h"
#include "ld-mediation-case.h"
#include "ld-object-variant.h"
#include "ld-text.h"

/* Sessions and visits. */

G_DEFINE_BOXED_TYPE (LdMediationSession, ld_mediation_session,
                     ld_mediation_session_copy, ld_mediation_session_free)
G_DEFINE_BOXED_TYPE (LdReturnVisit, ld_return_visit, ld_return_visit_copy, ld_return_visit_free)

static gboolean
gdates_equal (const GDate *a,
              const GDate *b)
{
  gboolean va = g_date_valid (a), vb = g_date_valid (b);

  if (!va || !vb)
    return va == vb;
  return g_date_compare (a, b) == 0;
}

static void
replace_text (char       **slot,
              const char  *value)
{
  g_free (*slot);
  *slot = g_strdup (value != NULL ? value : "");
}

LdMediationSession *
ld_mediation_session_new (LdSessionKind  kind,
                          const GDate   *date)
{
  LdMediationSession *session;

  g_return_val_if_fail ((unsigned) kind < LD_N_SESSION_KINDS, NULL);

  session = g_new0 (LdMediationSession, 1);
  session->kind = kind;
  g_date_clear (&session->date, 1);
  if (date != NULL && g_date_valid (date))
    session->date = *date;
  session->place = g_strdup ("");
  session->participants = g_strdup ("");
  session->recorder = g_strdup ("");
  session->record = g_strdup ("");
  return session;
}

LdMediationSession *
ld_mediation_session_copy (const LdMediationSession *session)
{
  LdMediationSession *copy;

  g_return_val_if_fail (session != NULL, NULL);

  copy = g_memdup2 (session, sizeof *session);
  copy->place = g_strdup (session->place);
  copy->participants = g_strdup (session->participants);
  copy->recorder = g_strdup (session->recorder);
  copy->record = g_strdup (session->record);
  return copy;
}

void
ld_mediation_session_free (LdMediationSession *session)
{
  if (session == NULL)
    return;
  g_free (session->place);
  g_free (session->participants);
  g_free (session->recorder);
  g_free (session->record);
  g_free (session);
}

gboolean
ld_mediation_session_equal (const LdMediationSession *a,
                            const LdMediationSession *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->id == b->id && a->kind == b->kind && gdates_equal (&a->date, &b->date)
         && g_str_equal (a->place, b->place) && g_str_equal (a->participants, b->participants)
         && g_str_equal (a->recorder, b->recorder) && g_str_equal (a->record, b->record);
}

#define DEFINE_SESSION_SETTER(member)                                   \
  void                                                                  \
  ld_mediation_session_set_##member (LdMediationSession *session,       \
                                     const char         *value)         \
  {                                                                     \
    g_return_if_fail (session != NULL);                                 \
    replace_text (&session->member, value);                             \
  }

DEFINE_SESSION_SETTER (place)
DEFINE_SESSION_SETTER (participants)
DEFINE_SESSION_SETTER (recorder)
DEFINE_SESSION_SETTER (record)

LdReturnVisit *
ld_return_visit_new (const GDate *date,
                     const char  *visitor,
                     const char  *findings)
{
  LdReturnVisit *visit = g_new0 (LdReturnVisit, 1);

  g_date_clear (&visit->date, 1);
  if (date != NULL && g_date_valid (date))
    visit->date = *date;
  visit->visitor = g_strdup (visitor != NULL ? visitor : "");
  visit->findings = g_strdup (findings != NULL ? findings : "");
  return visit;
}

LdReturnVisit *
ld_return_visit_copy (const LdReturnVisit *visit)
{
  LdReturnVisit *copy;

  g_return_val_if_fail (visit != NULL, NULL);

  copy = g_memdup2 (visit, sizeof *visit);
  copy->visitor = g_strdup (visit->visitor);
  copy->findings = g_strdup (visit->findings);
  return copy;
}

void
ld_return_visit_free (LdReturnVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->visitor);
  g_free (visit->findings);
  g_free (visit);
}

gboolean
ld_return_visit_equal (const LdReturnVisit *a,
                       const LdReturnVisit *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->id == b->id && gdates_equal (&a->date, &b->date)
         && g_str_equal (a->visitor, b->visitor) && g_str_equal (a->findings, b->findings);
}

/* The case. */

typedef enum
{
  S_NUMBER,
  S_CATEGORY,
  S_TITLE,
  S_FACTS,
  S_CLAIMS,
  S_COMMITTEE,
  S_MEDIATORS,
  S_STATUS_REASON,
  N_STRINGS
} StringField;

static const char *string_names[N_STRINGS] = {
  "number", "category", "title", "facts", "claims", "committee", "mediators", "status-reason",
};

typedef enum
{
  D_APPLIED_ON,
  D_ACCEPTED_ON,
  D_DUE_ON,
  N_DATES
} DateField;

static const char *date_names[N_DATES] = {
  "applied-on", "accepted-on", "due-on",
};

struct _LdMediationCase
{
  GObject parent_instance;

  gint64                 id;
  int                    year;
  int                    seq;
  LdMediationKind        kind;
  LdMediationSource      source;
  LdMediationStatus      status;
  gboolean               party_refused;
  gboolean               extension_approved;
  char                  *strings[N_STRINGS];
  GDate                 *dates[N_DATES];
  GListStore            *parties;
  /* The parties in the store, mirrored so that the "notify" handlers of
   * removed ones can be disconnected (items-changed no longer has them). */
  GPtrArray             *watched;
  LdMediationAgreement  *agreement;
  GPtrArray             *sessions;
  GPtrArray             *visits;
};

G_DEFINE_FINAL_TYPE (LdMediationCase, ld_mediation_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SEQ,
  PROP_KIND,
  PROP_SOURCE,
  PROP_STATUS,
  PROP_PARTY_REFUSED,
  PROP_EXTENSION_APPROVED,
  PROP_FIRST_STRING,
  PROP_FIRST_DATE = PROP_FIRST_STRING + N_STRINGS,
  /* Read-only; the draft writes them by hand. */
  PROP_PARTIES = PROP_FIRST_DATE + N_DATES,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (LdMediationCase *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify (LdMediationCase *self,
        int              prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_string (LdMediationCase *self,
            StringField      field,
            const char      *value)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (self->strings[field], value))
    return;
  g_free (self->strings[field]);
  self->strings[field] = g_strdup (value);
  notify (self, PROP_FIRST_STRING + field);
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

static void
set_date (LdMediationCase *self,
          DateField        field,
          const GDate     *date)
{
  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if (dates_equal (self->dates[field], date))
    return;
  g_clear_pointer (&self->dates[field], g_date_free);
  if (date != NULL)
    self->dates[field] = g_date_copy (date);
  notify (self, PROP_FIRST_DATE + field);
}

static void
party_notify_cb (LdMediationParty *party,
                 GParamSpec       *pspec,
                 LdMediationCase  *self)
{
  emit_changed (self);
}

static void
agreement_changed_cb (LdMediationAgreement *agreement,
                      LdMediationCase      *self)
{
  emit_changed (self);
}

static void
parties_changed_cb (GListModel      *model,
                    guint            position,
                    guint            removed,
                    guint            added,
                    LdMediationCase *self)
{
  for (unsigned i = 0; i < removed; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, position + i),
                                          party_notify_cb, self);
  g_ptr_array_remove_range (self->watched, position, removed);

  for (unsigned i = 0; i < added; i++)
    {
      LdMediationParty *party = g_list_model_get_item (model, position + i);

      g_signal_connect (party, "notify", G_CALLBACK (party_notify_cb), self);
      g_ptr_array_insert (self->watched, position + i, party);
    }
  /* "changed" follows from the notification. */
  notify (self, PROP_PARTIES);
}

static void
ld_mediation_case_notify (GObject    *object,
                          GParamSpec *pspec)
{
  if (G_OBJECT_CLASS (ld_mediation_case_parent_class)->notify != NULL)
    G_OBJECT_CLASS (ld_mediation_case_parent_class)->notify (object, pspec);
  emit_changed (LD_MEDIATION_CASE (object));
}

static void
ld_mediation_case_dispose (GObject *object)
{
  LdMediationCase *self = LD_MEDIATION_CASE (object);

  if (self->parties != NULL)
    g_signal_handlers_disconnect_by_func (self->parties, parties_changed_cb, self);
  if (self->watched != NULL)
    for (unsigned i = 0; i < self->watched->len; i++)
      g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i),
                                            party_notify_cb, self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->parties);
  if (self->agreement != NULL)
    g_signal_handlers_disconnect_by_func (self->agreement, agreement_changed_cb, self);
  g_clear_object (&self->agreement);

  G_OBJECT_CLASS (ld_mediation_case_parent_class)->dispose (object);
}

static void
ld_mediation_case_finalize (GObject *object)
{
  LdMediationCase *self = LD_MEDIATION_CASE (object);

  for (int i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  for (int i = 0; i < N_DATES; i++)
    g_clear_pointer (&self->dates[i], g_date_free);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->visits, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_mediation_case_parent_class)->finalize (object);
}

static void
ld_mediation_case_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LdMediationCase *self = LD_MEDIATION_CASE (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < PROP_PARTIES)
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
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_PARTY_REFUSED:
      g_value_set_boolean (value, self->party_refused);
      break;
    case PROP_EXTENSION_APPROVED:
      g_value_set_boolean (value, self->extension_approved);
      break;
    case PROP_PARTIES:
      g_value_set_object (value, self->parties);
      break;
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_mediation_case_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LdMediationCase *self = LD_MEDIATION_CASE (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < PROP_PARTIES)
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
      ld_mediation_case_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_YEAR:
      ld_mediation_case_set_year (self, g_value_get_int (value));
      break;
    case PROP_SEQ:
      ld_mediation_case_set_seq (self, g_value_get_int (value));
      break;
    case PROP_KIND:
      ld_mediation_case_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE:
      ld_mediation_case_set_source (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      ld_mediation_case_set_status (self, g_value_get_enum (value));
      break;
    case PROP_PARTY_REFUSED:
      ld_mediation_case_set_party_refused (self, g_value_get_boolean (value));
      break;
    case PROP_EXTENSION_APPROVED:
      ld_mediation_case_set_extension_approved (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_mediation_case_class_init (LdMediationCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ld_mediation_case_dispose;
  object_class->notify = ld_mediation_case_notify;
  object_class->finalize = ld_mediation_case_finalize;
  object_class->get_property = ld_mediation_case_get_property;
  object_class->set_property = ld_mediation_case_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_SEQ] = g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LD_TYPE_MEDIATION_KIND, LD_MEDIATION_KIND_PEOPLE, rw);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, LD_TYPE_MEDIATION_SOURCE,
                       LD_MEDIATION_SOURCE_APPLICATION, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LD_TYPE_MEDIATION_STATUS,
                       LD_MEDIATION_STATUS_APPLIED, rw);
  properties[PROP_PARTY_REFUSED] = g_param_spec_boolean ("party-refused", NULL, NULL, FALSE, rw);
  properties[PROP_EXTENSION_APPROVED] =
    g_param_spec_boolean ("extension-approved", NULL, NULL, FALSE, rw);
  for (int i = 0; i < N_STRINGS; i++)
    properties[PROP_FIRST_STRING + i] = g_param_spec_string (string_names[i], NULL, NULL, "", rw);
  for (int i = 0; i < N_DATES; i++)
    properties[PROP_FIRST_DATE + i] = g_param_spec_boxed (date_names[i], NULL, NULL, G_TYPE_DATE, rw);
  properties[PROP_PARTIES] = g_param_spec_object ("parties", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL, LD_TYPE_MEDIATION_AGREEMENT, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ld_mediation_case_init (LdMediationCase *self)
{
  for (int i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->parties = g_list_store_new (LD_TYPE_MEDIATION_PARTY);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self->parties, "items-changed", G_CALLBACK (parties_changed_cb), self);
  self->agreement = ld_mediation_agreement_new ();
  g_signal_connect (self->agreement, "changed", G_CALLBACK (agreement_changed_cb), self);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_session_free);
  self->visits = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_return_visit_free);
}

LdMediationCase *
ld_mediation_case_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_CASE, NULL);
}

/* Plain accessors. */

gint64
ld_mediation_case_get_id (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), 0);
  return self->id;
}

void
ld_mediation_case_set_id (LdMediationCase *self,
                          gint64           id)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  notify (self, PROP_ID);
}

#define DEFINE_SCALAR_ACCESSORS(Type, name, member, PROP, check)        \
  Type                                                                  \
  ld_mediation_case_get_##name (LdMediationCase *self)                  \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), 0);              \
    return self->member;                                                \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_case_set_##name (LdMediationCase *self,                  \
                                Type             value)                 \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_CASE (self));                     \
    g_return_if_fail (check);                                           \
    if (self->member == value)                                          \
      return;                                                           \
    self->member = value;                                               \
    notify (self, PROP);                                                \
  }

DEFINE_SCALAR_ACCESSORS (int, year, year, PROP_YEAR, value >= 0 && value <= 9999)
DEFINE_SCALAR_ACCESSORS (int, seq, seq, PROP_SEQ, value >= 0)
DEFINE_SCALAR_ACCESSORS (LdMediationKind, kind, kind, PROP_KIND,
                         (unsigned) value < LD_N_MEDIATION_KINDS)
DEFINE_SCALAR_ACCESSORS (LdMediationSource, source, source, PROP_SOURCE,
                         (unsigned) value < LD_N_MEDIATION_SOURCES)
DEFINE_SCALAR_ACCESSORS (LdMediationStatus, status, status, PROP_STATUS,
                         (unsigned) value < LD_N_MEDIATION_STATUSES)

#define DEFINE_BOOLEAN_ACCESSORS(name, PROP)                            \
  gboolean                                                              \
  ld_mediation_case_get_##name (LdMediationCase *self)                  \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), FALSE);          \
    return self->name;                                                  \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_case_set_##name (LdMediationCase *self,                  \
                                gboolean         value)                 \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_CASE (self));                     \
    value = !!value;                                                    \
    if (self->name == value)                                            \
      return;                                                           \
    self->name = value;                                                 \
    notify (self, PROP);                                                \
  }

DEFINE_BOOLEAN_ACCESSORS (party_refused, PROP_PARTY_REFUSED)
DEFINE_BOOLEAN_ACCESSORS (extension_approved, PROP_EXTENSION_APPROVED)

#define DEFINE_STRING_ACCESSORS(name, FIELD)                            \
  const char *                                                          \
  ld_mediation_case_get_##name (LdMediationCase *self)                  \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);           \
    return self->strings[FIELD];                                        \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_case_set_##name (LdMediationCase *self,                  \
                                const char      *value)                 \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_CASE (self));                     \
    set_string (self, FIELD, value);                                    \
  }

DEFINE_STRING_ACCESSORS (number, S_NUMBER)
DEFINE_STRING_ACCESSORS (category, S_CATEGORY)
DEFINE_STRING_ACCESSORS (title, S_TITLE)
DEFINE_STRING_ACCESSORS (facts, S_FACTS)
DEFINE_STRING_ACCESSORS (claims, S_CLAIMS)
DEFINE_STRING_ACCESSORS (committee, S_COMMITTEE)
DEFINE_STRING_ACCESSORS (mediators, S_MEDIATORS)
DEFINE_STRING_ACCESSORS (status_reason, S_STATUS_REASON)

#define DEFINE_DATE_ACCESSORS(name, FIELD)                              \
  const GDate *                                                         \
  ld_mediation_case_get_##name (LdMediationCase *self)                  \
  {                                                                     \
    g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);           \
    return self->dates[FIELD];                                          \
  }                                                                     \
                                                                        \
  void                                                                  \
  ld_mediation_case_set_##name (LdMediationCase *self,                  \
                                const GDate     *date)                  \
  {                                                                     \
    g_return_if_fail (LD_IS_MEDIATION_CASE (self));                     \
    set_date (self, FIELD, date);                                       \
  }

DEFINE_DATE_ACCESSORS (applied_on, D_APPLIED_ON)
DEFINE_DATE_ACCESSORS (accepted_on, D_ACCEPTED_ON)
DEFINE_DATE_ACCESSORS (due_on, D_DUE_ON)

/* Parties. */

GListModel *
ld_mediation_case_get_parties (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);
  return G_LIST_MODEL (self->parties);
}

void
ld_mediation_case_add_party (LdMediationCase  *self,
                             LdMediationParty *party)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  ld_mediation_case_insert_party (self, self->watched->len, party);
}

void
ld_mediation_case_insert_party (LdMediationCase  *self,
                                unsigned          position,
                                LdMediationParty *party)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (LD_IS_MEDIATION_PARTY (party));
  g_return_if_fail (position <= self->watched->len);

  g_list_store_insert (self->parties, position, party);
}

void
ld_mediation_case_remove_party (LdMediationCase *self,
                                unsigned         position)
{
  LdMediationParty *removed;

  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (position < self->watched->len);

  removed = g_ptr_array_index (self->watched, position);
  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->watched, i);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);

      if (represents == removed)
        ld_mediation_party_set_represents (party, NULL);
    }
  g_list_store_remove (self->parties, position);
}

void
ld_mediation_case_move_party (LdMediationCase *self,
                              unsigned         from,
                              unsigned         to)
{
  g_autoptr(LdMediationParty) party = NULL;
  unsigned n;

  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  n = self->watched->len;
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;
  party = g_object_ref (g_ptr_array_index (self->watched, from));
  g_list_store_remove (self->parties, from);
  g_list_store_insert (self->parties, to, party);
}

unsigned
ld_mediation_case_count_parties (LdMediationCase *self,
                                 LdPartyRole      role)
{
  unsigned count = 0;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), 0);

  for (unsigned i = 0; i < self->watched->len; i++)
    if (ld_mediation_party_get_role (g_ptr_array_index (self->watched, i)) == role)
      count++;
  return count;
}

GPtrArray *
ld_mediation_case_list_parties (LdMediationCase *self,
                                LdPartyRole      role)
{
  GPtrArray *result;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->watched, i);

      if (ld_mediation_party_get_role (party) == role)
        g_ptr_array_add (result, g_object_ref (party));
    }
  return result;
}

GPtrArray *
ld_mediation_case_list_agents_of (LdMediationCase  *self,
                                  LdMediationParty *party)
{
  GPtrArray *result;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);
  g_return_val_if_fail (LD_IS_MEDIATION_PARTY (party), NULL);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *agent = g_ptr_array_index (self->watched, i);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (agent);

      if (ld_mediation_party_get_role (agent) == LD_PARTY_ROLE_AGENT && represents == party)
        g_ptr_array_add (result, g_object_ref (agent));
    }
  return result;
}

const char *
ld_mediation_case_get_first_applicant (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->watched, i);

      if (ld_mediation_party_get_role (party) == LD_PARTY_ROLE_APPLICANT)
        return ld_mediation_party_get_name (party);
    }
  return "";
}

char *
ld_mediation_case_dup_party_names (LdMediationCase *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  const LdPartyRole roles[] = { LD_PARTY_ROLE_APPLICANT, LD_PARTY_ROLE_RESPONDENT };

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  for (unsigned r = 0; r < G_N_ELEMENTS (roles); r++)
    for (unsigned i = 0; i < self->watched->len; i++)
      {
        LdMediationParty *party = g_ptr_array_index (self->watched, i);

        if (ld_mediation_party_get_role (party) != roles[r])
          continue;
        if (names->len > 0)
          g_string_append (names, "、");
        g_string_append (names, ld_mediation_party_get_name (party));
      }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

LdMediationAgreement *
ld_mediation_case_get_agreement (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);
  return self->agreement;
}

/* Sessions and visits. */

GPtrArray *
ld_mediation_case_get_sessions (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);
  return self->sessions;
}

void
ld_mediation_case_add_session (LdMediationCase          *self,
                               const LdMediationSession *session)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (session != NULL);

  g_ptr_array_add (self->sessions, ld_mediation_session_copy (session));
  emit_changed (self);
}

void
ld_mediation_case_replace_session (LdMediationCase          *self,
                                   unsigned                  index,
                                   const LdMediationSession *session)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (session != NULL);
  g_return_if_fail (index < self->sessions->len);

  if (ld_mediation_session_equal (g_ptr_array_index (self->sessions, index), session))
    return;
  ld_mediation_session_free (g_ptr_array_index (self->sessions, index));
  g_ptr_array_index (self->sessions, index) = ld_mediation_session_copy (session);
  emit_changed (self);
}

void
ld_mediation_case_remove_session (LdMediationCase *self,
                                  unsigned         index)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (index < self->sessions->len);

  g_ptr_array_remove_index (self->sessions, index);
  emit_changed (self);
}

unsigned
ld_mediation_case_count_sessions (LdMediationCase *self,
                                  LdSessionKind    kind)
{
  unsigned count = 0;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), 0);

  for (unsigned i = 0; i < self->sessions->len; i++)
    if (((LdMediationSession *) g_ptr_array_index (self->sessions, i))->kind == kind)
      count++;
  return count;
}

int
ld_mediation_case_find_latest_session (LdMediationCase *self)
{
  const GDate *latest_date = NULL;
  int latest;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), -1);

  latest = (int) self->sessions->len - 1;
  for (unsigned i = 0; i < self->sessions->len; i++)
    {
      const LdMediationSession *session = g_ptr_array_index (self->sessions, i);

      if (!g_date_valid (&session->date))
        continue;
      if (latest_date == NULL || g_date_compare (&session->date, latest_date) >= 0)
        {
          latest = (int) i;
          latest_date = &session->date;
        }
    }
  return latest;
}

GPtrArray *
ld_mediation_case_get_return_visits (LdMediationCase *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);
  return self->visits;
}

void
ld_mediation_case_add_return_visit (LdMediationCase     *self,
                                    const LdReturnVisit *visit)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (visit != NULL);

  g_ptr_array_add (self->visits, ld_return_visit_copy (visit));
  emit_changed (self);
}

void
ld_mediation_case_replace_return_visit (LdMediationCase     *self,
                                        unsigned             index,
                                        const LdReturnVisit *visit)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (visit != NULL);
  g_return_if_fail (index < self->visits->len);

  if (ld_return_visit_equal (g_ptr_array_index (self->visits, index), visit))
    return;
  ld_return_visit_free (g_ptr_array_index (self->visits, index));
  g_ptr_array_index (self->visits, index) = ld_return_visit_copy (visit);
  emit_changed (self);
}

void
ld_mediation_case_remove_return_visit (LdMediationCase *self,
                                       unsigned         index)
{
  g_return_if_fail (LD_IS_MEDIATION_CASE (self));
  g_return_if_fail (index < self->visits->len);

  g_ptr_array_remove_index (self->visits, index);
  emit_changed (self);
}

gboolean
ld_mediation_status_is_after_acceptance (LdMediationStatus status)
{
  return status != LD_MEDIATION_STATUS_APPLIED && status != LD_MEDIATION_STATUS_NOT_ACCEPTED;
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

static gboolean
party_in_case (LdMediationCase  *self,
               LdMediationParty *party)
{
  for (unsigned i = 0; i < self->watched->len; i++)
    if (g_ptr_array_index (self->watched, i) == party)
      return TRUE;
  return FALSE;
}

static void
validate_parties (LdMediationCase *self,
                  const GDate     *today,
                  GPtrArray       *issues)
{
  gboolean accepted = ld_mediation_status_is_after_acceptance (self->status);
  LdIssueSeverity severity = accepted ? LD_ISSUE_ERROR : LD_ISSUE_WARNING;

  if (ld_mediation_case_count_parties (self, LD_PARTY_ROLE_APPLICANT) == 0)
    add_issue (issues, "parties", severity, _("Add at least one applicant"));
  if (ld_mediation_case_count_parties (self, LD_PARTY_ROLE_RESPONDENT) == 0)
    add_issue (issues, "parties", severity, _("Add at least one respondent"));

  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->watched, i);
      g_autoptr(GPtrArray) own = ld_field_issues_new ();
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);
      const char *name = ld_mediation_party_get_name (party);

      ld_mediation_party_validate (party, today, own);
      if (ld_mediation_party_get_role (party) == LD_PARTY_ROLE_AGENT && represents != NULL
          && !party_in_case (self, represents))
        add_issue (own, "represents", LD_ISSUE_ERROR,
                   _("The party this agent acts for is not in the case"));

      for (unsigned j = 0; j < own->len; j++)
        {
          LdFieldIssue *issue = g_ptr_array_index (own, j);
          /* TRANSLATORS: the party's position in the list, its name and the problem. */
          g_autofree char *message = g_strdup_printf (_("Party %u (%s): %s"), i + 1,
                                                      ld_text_is_blank (name) ? "—" : name,
                                                      issue->message);
          add_issue (issues, "parties", issue->severity, message);
        }
    }
}

gboolean
ld_mediation_case_validate (LdMediationCase *self,
                            const GDate     *today,
                            GPtrArray       *issues)
{
  g_autoptr(GPtrArray) own = NULL;
  const GDate *applied, *accepted, *due, *reached;
  GDate now;
  unsigned first;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), FALSE);

  if (issues == NULL)
    issues = own = ld_field_issues_new ();
  first = issues->len;
  if (today == NULL)
    {
      g_date_clear (&now, 1);
      g_date_set_time_t (&now, time (NULL));
      today = &now;
    }

  applied = self->dates[D_APPLIED_ON];
  accepted = self->dates[D_ACCEPTED_ON];
  due = self->dates[D_DUE_ON];

  if (applied == NULL)
    add_issue (issues, "applied-on", LD_ISSUE_ERROR, _("Enter the date of the application"));
  else if (g_date_compare (applied, today) > 0)
    add_issue (issues, "applied-on", LD_ISSUE_ERROR, _("The application date is in the future"));
  if (ld_text_is_blank (self->strings[S_TITLE]))
    add_issue (issues, "title", LD_ISSUE_ERROR, _("Describe the dispute in a few words"));
  if (ld_text_is_blank (self->strings[S_CATEGORY]))
    add_issue (issues, "category", LD_ISSUE_WARNING,
               _("Choose the category of the dispute for the statistics"));

  if (accepted != NULL && applied != NULL && g_date_compare (accepted, applied) < 0)
    add_issue (issues, "accepted-on", LD_ISSUE_ERROR,
               _("The case cannot be accepted before the application"));
  else if (accepted == NULL && ld_mediation_status_is_after_acceptance (self->status))
    add_issue (issues, "accepted-on", LD_ISSUE_ERROR, _("Enter the date the case was accepted"));
  if (due != NULL && applied != NULL && g_date_compare (due, applied) < 0)
    add_issue (issues, "due-on", LD_ISSUE_ERROR,
               _("The due date cannot be before the application"));

  validate_parties (self, today, issues);

  /* A people's mediation is the committee's (人民调解法 Art 7, 17); its
   * documents name it and bear its seal. */
  if (self->kind == LD_MEDIATION_KIND_PEOPLE
      && ld_mediation_status_is_after_acceptance (self->status)
      && ld_text_is_blank (self->strings[S_COMMITTEE]))
    add_issue (issues, "committee", LD_ISSUE_WARNING,
               _("Name the people’s mediation committee that mediates the case: "
                 "its documents are issued in its name"));

  if (self->status >= LD_MEDIATION_STATUS_MEDIATING
      && self->status != LD_MEDIATION_STATUS_NOT_ACCEPTED
      && ld_text_is_blank (self->strings[S_MEDIATORS]))
    add_issue (issues, "mediators", LD_ISSUE_ERROR, _("Name the mediators of the case"));

  if ((self->status == LD_MEDIATION_STATUS_NOT_ACCEPTED
       || self->status == LD_MEDIATION_STATUS_FAILED
       || self->status == LD_MEDIATION_STATUS_TERMINATED)
      && ld_text_is_blank (self->strings[S_STATUS_REASON]))
    add_issue (issues, "status-reason", LD_ISSUE_ERROR, _("Give the reason for the outcome"));

  for (unsigned i = 0; i < self->sessions->len; i++)
    {
      LdMediationSession *session = g_ptr_array_index (self->sessions, i);
      g_autofree char *message = NULL;

      if (!g_date_valid (&session->date))
        message = g_strdup_printf (_("Session %u has no date"), i + 1);
      else if (applied != NULL && g_date_compare (&session->date, applied) < 0)
        message = g_strdup_printf (_("Session %u is dated before the application"), i + 1);
      else if (g_date_compare (&session->date, today) > 0)
        message = g_strdup_printf (_("Session %u is dated in the future"), i + 1);
      if (message != NULL)
        add_issue (issues, "sessions", LD_ISSUE_ERROR, message);
    }

  reached = ld_mediation_agreement_get_reached_on (self->agreement);
  for (unsigned i = 0; i < self->visits->len; i++)
    {
      LdReturnVisit *visit = g_ptr_array_index (self->visits, i);
      g_autofree char *message = NULL;

      if (!g_date_valid (&visit->date))
        message = g_strdup_printf (_("Return visit %u has no date"), i + 1);
      else if (reached != NULL && g_date_compare (&visit->date, reached) < 0)
        message = g_strdup_printf (_("Return visit %u is dated before the agreement"), i + 1);
      if (message != NULL)
        add_issue (issues, "return-visits", LD_ISSUE_ERROR, message);
    }

  ld_mediation_agreement_validate (self->agreement, issues);

  /* A written agreement: one copy for each party and one for the file
   * (人民调解法 Art 29). */
  if (!ld_mediation_agreement_get_oral (self->agreement)
      && (ld_mediation_agreement_get_reached_on (self->agreement) != NULL
          || ld_mediation_agreement_get_n_terms (self->agreement) > 0))
    {
      unsigned needed = ld_mediation_case_count_parties (self, LD_PARTY_ROLE_APPLICANT)
                        + ld_mediation_case_count_parties (self, LD_PARTY_ROLE_RESPONDENT) + 1;

      if ((unsigned) ld_mediation_agreement_get_copies (self->agreement) < needed)
        {
          g_autofree char *message =
            g_strdup_printf (_("Make at least %u copies of the agreement: one for each party and "
                               "one for the file"), needed);

          add_issue (issues, "agreement-copies", LD_ISSUE_WARNING, message);
        }
    }

  for (unsigned i = first; i < issues->len; i++)
    if (((LdFieldIssue *) g_ptr_array_index (issues, i))->severity == LD_ISSUE_ERROR)
      return FALSE;
  return TRUE;
}

LdRecordSummary *
ld_mediation_case_make_summary (LdMediationCase *self)
{
  g_autofree char *applied = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  applied = self->dates[D_APPLIED_ON] != NULL ? ld_chinese_date_format_iso (self->dates[D_APPLIED_ON])
                                              : g_strdup ("");
  due = self->dates[D_DUE_ON] != NULL ? ld_chinese_date_format_iso (self->dates[D_DUE_ON])
                                      : g_strdup ("");
  return ld_record_summary_new (LD_RECORD_AREA_MEDIATION, self->id, self->strings[S_NUMBER],
                                self->strings[S_TITLE], ld_mediation_case_get_first_applicant (self),
                                ld_mediation_status_to_id (self->status),
                                self->strings[S_MEDIATORS], applied, due, -1);
}

/* Copying. */

static int
party_index (GPtrArray        *parties,
             LdMediationParty *party)
{
  if (party == NULL)
    return -1;
  for (unsigned i = 0; i < parties->len; i++)
    if (g_ptr_array_index (parties, i) == party)
      return (int) i;
  return -1;
}

LdMediationCase *
ld_mediation_case_copy (LdMediationCase *self)
{
  LdMediationCase *copy;
  g_autoptr(GPtrArray) parties = NULL;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  copy = ld_mediation_case_new ();
  copy->id = self->id;
  copy->year = self->year;
  copy->seq = self->seq;
  copy->kind = self->kind;
  copy->source = self->source;
  copy->status = self->status;
  copy->party_refused = self->party_refused;
  copy->extension_approved = self->extension_approved;
  for (int i = 0; i < N_STRINGS; i++)
    {
      g_free (copy->strings[i]);
      copy->strings[i] = g_strdup (self->strings[i]);
    }
  for (int i = 0; i < N_DATES; i++)
    if (self->dates[i] != NULL)
      copy->dates[i] = g_date_copy (self->dates[i]);

  parties = g_ptr_array_new_with_free_func (g_object_unref);
  for (unsigned i = 0; i < self->watched->len; i++)
    g_ptr_array_add (parties, ld_mediation_party_copy (g_ptr_array_index (self->watched, i)));
  /* Agents act for the copies, not for the originals. */
  for (unsigned i = 0; i < parties->len; i++)
    {
      g_autoptr(LdMediationParty) represents =
        ld_mediation_party_dup_represents (g_ptr_array_index (self->watched, i));
      int index = party_index (self->watched, represents);

      ld_mediation_party_set_represents (g_ptr_array_index (parties, i),
                                         index >= 0 ? g_ptr_array_index (parties, index) : NULL);
    }
  g_list_store_splice (copy->parties, 0, 0, parties->pdata, parties->len);

  ld_mediation_agreement_assign (copy->agreement, self->agreement);
  for (unsigned i = 0; i < self->sessions->len; i++)
    g_ptr_array_add (copy->sessions, ld_mediation_session_copy (g_ptr_array_index (self->sessions, i)));
  for (unsigned i = 0; i < self->visits->len; i++)
    g_ptr_array_add (copy->visits, ld_return_visit_copy (g_ptr_array_index (self->visits, i)));
  return copy;
}

/* Serialisation for drafts. */

static gboolean
parse_draft_date (const char *text,
                  GDate      *out)
{
  return ld_chinese_date_parse (text, out, NULL);
}

static char *
format_date (const GDate *date)
{
  return g_date_valid (date) ? ld_chinese_date_format_iso (date) : g_strdup ("");
}

GVariant *
ld_mediation_case_serialize (LdMediationCase *self)
{
  GVariantBuilder builder, parties, sessions, visits;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  ld_object_variant_add_properties (G_OBJECT (self), properties, PROP_PARTIES, &builder);

  g_variant_builder_init (&parties, G_VARIANT_TYPE ("aa{sv}"));
  for (unsigned i = 0; i < self->watched->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (self->watched, i);
      g_autoptr(GVariant) fields = ld_mediation_party_serialize (party);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);
      GVariantBuilder entry;
      GVariantIter iter;
      const char *key;
      GVariant *v;

      g_variant_builder_init (&entry, G_VARIANT_TYPE_VARDICT);
      g_variant_iter_init (&iter, fields);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
        {
          g_variant_builder_add (&entry, "{sv}", key, v);
          g_variant_unref (v);
        }
      g_variant_builder_add (&entry, "{sv}", "represents-index",
                             g_variant_new_int32 (party_index (self->watched, represents)));
      g_variant_builder_add_value (&parties, g_variant_builder_end (&entry));
    }
  g_variant_builder_add (&builder, "{sv}", "parties", g_variant_builder_end (&parties));

  {
    g_autoptr(GVariant) agreement = ld_mediation_agreement_serialize (self->agreement);
    g_variant_builder_add (&builder, "{sv}", "agreement", agreement);
  }

  g_variant_builder_init (&sessions, G_VARIANT_TYPE ("a(xssssss)"));
  for (unsigned i = 0; i < self->sessions->len; i++)
    {
      LdMediationSession *s = g_ptr_array_index (self->sessions, i);
      g_autofree char *date = format_date (&s->date);

      g_variant_builder_add (&sessions, "(xssssss)", s->id, ld_session_kind_to_id (s->kind), date,
                             s->place, s->participants, s->recorder, s->record);
    }
  g_variant_builder_add (&builder, "{sv}", "sessions", g_variant_builder_end (&sessions));

  g_variant_builder_init (&visits, G_VARIANT_TYPE ("a(xsss)"));
  for (unsigned i = 0; i < self->visits->len; i++)
    {
      LdReturnVisit *visit = g_ptr_array_index (self->visits, i);
      g_autofree char *date = format_date (&visit->date);

      g_variant_builder_add (&visits, "(xsss)", visit->id, date, visit->visitor, visit->findings);
    }
  g_variant_builder_add (&builder, "{sv}", "return-visits", g_variant_builder_end (&visits));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static gboolean
invalid (GError     **error,
         const char  *key)
{
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
               _("The saved draft has a bad value for “%s”"), key);
  return FALSE;
}

static gboolean
read_date (const char *text,
           GDate      *out)
{
  g_date_clear (out, 1);
  return *text == '\0' || parse_draft_date (text, out);
}

static gboolean
load_parties (LdMediationCase *self,
              GVariant        *v,
              GError         **error)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (int));
  GVariantIter iter;
  GVariant *entry;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("aa{sv}")))
    return invalid (error, "parties");

  g_variant_iter_init (&iter, v);
  while ((entry = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GVariant) owned = entry;
      g_autoptr(GVariant) link = g_variant_lookup_value (entry, "represents-index",
                                                         G_VARIANT_TYPE_INT32);
      LdMediationParty *party = ld_mediation_party_deserialize (entry, error);
      int index = link != NULL ? g_variant_get_int32 (link) : -1;

      if (party == NULL)
        return FALSE;
      g_ptr_array_add (parties, party);
      g_array_append_val (links, index);
    }

  for (unsigned i = 0; i < parties->len; i++)
    {
      int index = g_array_index (links, int, i);

      if (index < -1 || index >= (int) parties->len || index == (int) i)
        return invalid (error, "parties");
      if (index >= 0)
        ld_mediation_party_set_represents (g_ptr_array_index (parties, i),
                                           g_ptr_array_index (parties, index));
    }
  g_list_store_splice (self->parties, 0, self->watched->len, parties->pdata, parties->len);
  return TRUE;
}

static gboolean
load_sessions (LdMediationCase *self,
               GVariant        *v,
               GError         **error)
{
  GVariantIter iter;
  gint64 id;
  const char *kind_id, *date, *place, *participants, *recorder, *record;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(xssssss)")))
    return invalid (error, "sessions");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s)", &id, &kind_id, &date, &place,
                              &participants, &recorder, &record))
    {
      g_autoptr(LdMediationSession) session = NULL;
      LdSessionKind kind;

      if (id < 0 || !ld_session_kind_from_id (kind_id, &kind))
        return invalid (error, "sessions");
      session = ld_mediation_session_new (kind, NULL);
      if (!read_date (date, &session->date))
        return invalid (error, "sessions");
      session->id = id;
      ld_mediation_session_set_place (session, place);
      ld_mediation_session_set_participants (session, participants);
      ld_mediation_session_set_recorder (session, recorder);
      ld_mediation_session_set_record (session, record);
      g_ptr_array_add (self->sessions, g_steal_pointer (&session));
    }
  return TRUE;
}

static gboolean
load_visits (LdMediationCase *self,
             GVariant        *v,
             GError         **error)
{
  GVariantIter iter;
  gint64 id;
  const char *date, *visitor, *findings;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(xsss)")))
    return invalid (error, "return-visits");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(x&s&s&s)", &id, &date, &visitor, &findings))
    {
      g_autoptr(LdReturnVisit) visit = ld_return_visit_new (NULL, visitor, findings);

      if (id < 0 || !read_date (date, &visit->date))
        return invalid (error, "return-visits");
      visit->id = id;
      g_ptr_array_add (self->visits, g_steal_pointer (&visit));
    }
  return TRUE;
}

LdMediationCase *
ld_mediation_case_deserialize (GVariant  *variant,
                               GError   **error)
{
  g_autoptr(LdMediationCase) self = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The saved draft is not a mediation case"));
      return NULL;
    }

  self = ld_mediation_case_new ();
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      GParamSpec *pspec;
      gboolean ok = TRUE;

      if (g_str_equal (key, "parties"))
        ok = load_parties (self, v, error);
      else if (g_str_equal (key, "sessions"))
        ok = load_sessions (self, v, error);
      else if (g_str_equal (key, "return-visits"))
        ok = load_visits (self, v, error);
      else if (g_str_equal (key, "agreement"))
        {
          g_autoptr(LdMediationAgreement) agreement = ld_mediation_agreement_deserialize (v, error);

          if (agreement == NULL)
            return NULL;
          ld_mediation_agreement_assign (self->agreement, agreement);
        }
      else if ((pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key)) != NULL
               && !ld_object_variant_set_property (G_OBJECT (self), pspec, v, parse_draft_date))
        ok = invalid (error, key);

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&self);
}
