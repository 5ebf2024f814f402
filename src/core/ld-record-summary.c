/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ld-record-summary.h"

typedef struct
{
  const char *id;
  const char *label;
} StatusInfo;

/* Workflow order; the same order as status_rank in data/sql/0002-registers.sql. */
static const StatusInfo contract_statuses[] = {
  { "received", N_("Received") },
  { "under_review", N_("Under review") },
  { "returned", N_("Returned for supplementation") },
  { "opinion_issued", N_("Opinion issued") },
  { "signed", N_("Signed") },
  { "archived", N_("Archived") },
  { NULL, NULL }
};

static const StatusInfo mediation_statuses[] = {
  { "applied", N_("Applied") },
  { "accepted", N_("Accepted") },
  { "not_accepted", N_("Not accepted") },
  { "investigating", N_("Investigating") },
  { "mediating", N_("Mediating") },
  { "agreement_reached", N_("Agreement reached") },
  { "failed", N_("Mediation failed") },
  { "terminated", N_("Terminated") },
  { "performed", N_("Performed") },
  { "return_visit_done", N_("Return visit done") },
  { "archived", N_("Archived") },
  { NULL, NULL }
};

static const StatusInfo petition_statuses[] = {
  { "registered", N_("Registered") },
  { "accepted", N_("Accepted") },
  { "not_accepted", N_("Not accepted") },
  { "diverted", N_("Diverted") },
  { "assigned", N_("Assigned") },
  { "handling", N_("Being handled") },
  { "extended", N_("Extended") },
  { "replied", N_("Replied") },
  { "review_requested", N_("Review requested") },
  { "reviewed", N_("Reviewed") },
  { "rereview_requested", N_("Re-review requested") },
  { "rereviewed", N_("Re-reviewed") },
  { "closed", N_("Closed") },
  { NULL, NULL }
};

static const StatusInfo *all_statuses[LD_N_RECORD_AREAS] = {
  contract_statuses,
  mediation_statuses,
  petition_statuses,
};

static const char * const contract_ids[] = {
  "received", "under_review", "returned", "opinion_issued", "signed", "archived", NULL
};
static const char * const mediation_ids[] = {
  "applied", "accepted", "not_accepted", "investigating", "mediating",
  "agreement_reached", "failed", "terminated", "performed", "return_visit_done",
  "archived", NULL
};
static const char * const petition_ids[] = {
  "registered", "accepted", "not_accepted", "diverted", "assigned", "handling",
  "extended", "replied", "review_requested", "reviewed", "rereview_requested",
  "rereviewed", "closed", NULL
};

/* A due date runs while the office owes the next step: a contract waiting
 * for its review (not one returned to the submitter), a mediation until its
 * return visit, a petition until the reply and again while a review or
 * re-review request waits for its decision. */
static const char * const contract_open[] = { "received", "under_review", NULL };
static const char * const mediation_open[] = {
  "applied", "accepted", "investigating", "mediating", "agreement_reached",
  "performed", NULL
};
static const char * const petition_open[] = {
  "registered", "accepted", "assigned", "handling", "extended",
  "review_requested", "rereview_requested", NULL
};

GType
ld_record_area_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { LD_RECORD_AREA_CONTRACT, "LD_RECORD_AREA_CONTRACT", "contract" },
    { LD_RECORD_AREA_MEDIATION, "LD_RECORD_AREA_MEDIATION", "mediation" },
    { LD_RECORD_AREA_PETITION, "LD_RECORD_AREA_PETITION", "petition" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    {
      GType type = g_enum_register_static (g_intern_static_string ("LdRecordArea"), values);
      g_once_init_leave (&type_id, type);
    }
  return type_id;
}

const char * const *
ld_record_area_get_statuses (LdRecordArea area)
{
  static const char * const *ids[LD_N_RECORD_AREAS] = { contract_ids, mediation_ids, petition_ids };

  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);
  return ids[area];
}

const char * const *
ld_record_area_get_open_statuses (LdRecordArea area)
{
  static const char * const *ids[LD_N_RECORD_AREAS] = { contract_open, mediation_open, petition_open };

  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);
  return ids[area];
}

const char *
ld_record_status_get_label (LdRecordArea  area,
                            const char   *status)
{
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, status);
  g_return_val_if_fail (status != NULL, NULL);

  for (const StatusInfo *s = all_statuses[area]; s->id != NULL; s++)
    if (g_str_equal (s->id, status))
      return _(s->label);
  return status;
}

gboolean
ld_record_status_is_open (LdRecordArea  area,
                          const char   *status)
{
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, FALSE);

  if (status == NULL)
    return FALSE;
  return g_strv_contains ((const char * const *) ld_record_area_get_open_statuses (area), status);
}

struct _LdRecordSummary
{
  GObject parent_instance;

  LdRecordArea area;
  gint64 id;
  char *number;
  char *title;
  char *party;
  char *status;
  char *person;
  char *received;
  char *due;
  gint64 amount_fen;
};

G_DEFINE_FINAL_TYPE (LdRecordSummary, ld_record_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AREA,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_PARTY,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_PERSON,
  PROP_RECEIVED,
  PROP_DUE,
  PROP_AMOUNT_FEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ld_record_summary_finalize (GObject *object)
{
  LdRecordSummary *self = LD_RECORD_SUMMARY (object);

  g_free (self->number);
  g_free (self->title);
  g_free (self->party);
  g_free (self->status);
  g_free (self->person);
  g_free (self->received);
  g_free (self->due);

  G_OBJECT_CLASS (ld_record_summary_parent_class)->finalize (object);
}

static void
ld_record_summary_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LdRecordSummary *self = LD_RECORD_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_enum (value, self->area);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, ld_record_summary_get_status_label (self));
      break;
    case PROP_PERSON:
      g_value_set_string (value, self->person);
      break;
    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;
    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;
    case PROP_AMOUNT_FEN:
      g_value_set_int64 (value, self->amount_fen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (char       **field,
            const GValue *value)
{
  const char *s = g_value_get_string (value);

  g_free (*field);
  *field = g_strdup (s != NULL ? s : "");
}

static void
ld_record_summary_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LdRecordSummary *self = LD_RECORD_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_AREA:
      self->area = g_value_get_enum (value);
      break;
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NUMBER:
      set_string (&self->number, value);
      break;
    case PROP_TITLE:
      set_string (&self->title, value);
      break;
    case PROP_PARTY:
      set_string (&self->party, value);
      break;
    case PROP_STATUS:
      set_string (&self->status, value);
      break;
    case PROP_PERSON:
      set_string (&self->person, value);
      break;
    case PROP_RECEIVED:
      set_string (&self->received, value);
      break;
    case PROP_DUE:
      set_string (&self->due, value);
      break;
    case PROP_AMOUNT_FEN:
      self->amount_fen = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_record_summary_class_init (LdRecordSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rwc = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_record_summary_finalize;
  object_class->get_property = ld_record_summary_get_property;
  object_class->set_property = ld_record_summary_set_property;

  properties[PROP_AREA] =
    g_param_spec_enum ("area", NULL, NULL, LD_TYPE_RECORD_AREA, LD_RECORD_AREA_CONTRACT, rwc);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rwc);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, "", rwc);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rwc);
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, "", rwc);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "", rwc);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, "", ro);
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, "", rwc);
  properties[PROP_RECEIVED] = g_param_spec_string ("received", NULL, NULL, "", rwc);
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, "", rwc);
  properties[PROP_AMOUNT_FEN] =
    g_param_spec_int64 ("amount-fen", NULL, NULL, -1, G_MAXINT64, -1, rwc);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_record_summary_init (LdRecordSummary *self)
{
  self->amount_fen = -1;
}

LdRecordSummary *
ld_record_summary_new (LdRecordArea  area,
                       gint64        id,
                       const char   *number,
                       const char   *title,
                       const char   *party,
                       const char   *status,
                       const char   *person,
                       const char   *received,
                       const char   *due,
                       gint64        amount_fen)
{
  LdRecordSummary *self;

  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);

  /* Lists build thousands of these: set the fields directly rather than
   * through the property machinery. */
  self = g_object_new (LD_TYPE_RECORD_SUMMARY, NULL);
  self->area = area;
  self->id = id;
  g_free (self->number);
  self->number = g_strdup (number ? number : "");
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  g_free (self->party);
  self->party = g_strdup (party ? party : "");
  g_free (self->status);
  self->status = g_strdup (status ? status : "");
  g_free (self->person);
  self->person = g_strdup (person ? person : "");
  g_free (self->received);
  self->received = g_strdup (received ? received : "");
  g_free (self->due);
  self->due = g_strdup (due ? due : "");
  self->amount_fen = amount_fen < 0 ? -1 : amount_fen;
  return self;
}

LdRecordArea
ld_record_summary_get_area (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), LD_RECORD_AREA_CONTRACT);
  return self->area;
}

gint64
ld_record_summary_get_id (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), 0);
  return self->id;
}

const char *
ld_record_summary_get_number (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->number;
}

const char *
ld_record_summary_get_title (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->title;
}

const char *
ld_record_summary_get_party (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->party;
}

const char *
ld_record_summary_get_status (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->status;
}

const char *
ld_record_summary_get_status_label (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return ld_record_status_get_label (self->area, self->status);
}

const char *
ld_record_summary_get_person (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->person;
}

const char *
ld_record_summary_get_received (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->received;
}

const char *
ld_record_summary_get_due (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return self->due;
}

gint64
ld_record_summary_get_amount_fen (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), -1);
  return self->amount_fen;
}

/* 'YYYY-MM-DD' → GDate, or NULL when empty or malformed. */
static GDate *
parse_iso_date (const char *text)
{
  unsigned y, m, d;
  char tail;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

GDate *
ld_record_summary_dup_received_date (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return parse_iso_date (self->received);
}

GDate *
ld_record_summary_dup_due_date (LdRecordSummary *self)
{
  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), NULL);
  return parse_iso_date (self->due);
}

gboolean
ld_record_summary_get_days_left (LdRecordSummary *self,
                                 const GDate     *today,
                                 int             *out_days)
{
  GDate *due;

  g_return_val_if_fail (LD_IS_RECORD_SUMMARY (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (!ld_record_status_is_open (self->area, self->status))
    return FALSE;
  due = parse_iso_date (self->due);
  if (due == NULL)
    return FALSE;
  if (out_days)
    *out_days = g_date_days_between (today, due);
  g_date_free (due);
  return TRUE;
}

gboolean
ld_record_summary_is_overdue (LdRecordSummary *self,
                              const GDate     *today)
{
  int days;

  return ld_record_summary_get_days_left (self, today, &days) && days < 0;
}
