/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-contract-review.h"
#include "ld-core-error.h"
#include "ld-credit-code.h"
#include "ld-money.h"
#include "ld-object-variant.h"
#include "ld-phone.h"
#include "ld-text.h"

/* The text fields, in the order of their properties. */
typedef enum
{
  S_NUMBER,
  S_TITLE,
  S_SUBMITTING_DEPARTMENT,
  S_HANDLER,
  S_HANDLER_CONTACT,
  S_COUNTERPARTY_NAME,
  S_COUNTERPARTY_CREDIT_CODE,
  S_COUNTERPARTY_REPRESENTATIVE,
  S_COUNTERPARTY_ADDRESS,
  S_COUNTERPARTY_CONTACT,
  S_FUNDING_SOURCE,
  S_REVIEWER,
  S_STATUS_REASON,
  S_CONCLUSION_REASONS,
  S_AMOUNT_TEXT,
  N_STRINGS
} StringField;

static const char *string_names[N_STRINGS] = {
  "number", "title", "submitting-department", "handler", "handler-contact",
  "counterparty-name", "counterparty-credit-code", "counterparty-representative",
  "counterparty-address", "counterparty-contact", "funding-source", "reviewer",
  "status-reason", "conclusion-reasons", "amount-text",
};

typedef enum
{
  D_TERM_START,
  D_TERM_END,
  D_RECEIVED_ON,
  D_DUE_ON,
  N_DATES
} DateField;

static const char *date_names[N_DATES] = {
  "term-start", "term-end", "received-on", "due-on",
};

struct _LdContractReview
{
  GObject parent_instance;

  gint64                id;
  int                   year;
  int                   seq;
  LdContractKind        kind;
  gint64                amount_fen;
  LdProcurementMethod   procurement_method;
  LdContractStatus      status;
  LdContractConclusion  conclusion;
  char                 *strings[N_STRINGS];
  GDate                *dates[N_DATES];
  LdReviewChecklist    *checklist;
  GListStore           *findings;
  /* The findings in the store, mirrored so that the "notify" handlers of
   * removed ones can be disconnected (items-changed no longer has them). */
  GPtrArray            *watched;
};

G_DEFINE_FINAL_TYPE (LdContractReview, ld_contract_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SEQ,
  PROP_KIND,
  PROP_AMOUNT_FEN,
  PROP_PROCUREMENT_METHOD,
  PROP_STATUS,
  PROP_CONCLUSION,
  PROP_CHECKLIST,
  PROP_FINDINGS,
  PROP_FROZEN,
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
notify (LdContractReview *self,
        int               prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
store_string (LdContractReview *self,
              StringField       field,
              const char       *value)
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
store_amount_fen (LdContractReview *self,
                  gint64            fen)
{
  if (self->amount_fen == fen)
    return;
  self->amount_fen = fen;
  notify (self, PROP_AMOUNT_FEN);
}

static void
set_string (LdContractReview *self,
            StringField       field,
            const char       *value)
{
  if (field == S_AMOUNT_TEXT)
    ld_contract_review_set_amount_text (self, value);
  else
    store_string (self, field, value);
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
set_date (LdContractReview *self,
          DateField         field,
          const GDate      *date)
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
emit_changed (LdContractReview *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
finding_notify_cb (LdReviewFinding  *finding,
                   GParamSpec       *pspec,
                   LdContractReview *self)
{
  emit_changed (self);
}

static void
checklist_changed_cb (LdReviewChecklist *checklist,
                      const char        *point_id,
                      LdContractReview  *self)
{
  emit_changed (self);
}

static void
findings_changed_cb (GListModel       *model,
                     guint             position,
                     guint             removed,
                     guint             added,
                     LdContractReview *self)
{
  for (unsigned i = 0; i < removed; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, position + i),
                                          finding_notify_cb, self);
  g_ptr_array_remove_range (self->watched, position, removed);

  for (unsigned i = 0; i < added; i++)
    {
      LdReviewFinding *finding = g_list_model_get_item (model, position + i);

      g_signal_connect (finding, "notify", G_CALLBACK (finding_notify_cb), self);
      g_ptr_array_insert (self->watched, position + i, finding);
    }

  /* "changed" follows from the notification (see ld_contract_review_notify). */
  notify (self, PROP_FINDINGS);
}

static void
ld_contract_review_notify (GObject    *object,
                           GParamSpec *pspec)
{
  if (G_OBJECT_CLASS (ld_contract_review_parent_class)->notify != NULL)
    G_OBJECT_CLASS (ld_contract_review_parent_class)->notify (object, pspec);

  /* "frozen" only ever follows a change of "status", already reported. */
  if (pspec != properties[PROP_FROZEN])
    emit_changed (LD_CONTRACT_REVIEW (object));
}

static void
ld_contract_review_dispose (GObject *object)
{
  LdContractReview *self = LD_CONTRACT_REVIEW (object);

  if (self->findings != NULL)
    g_signal_handlers_disconnect_by_func (self->findings, findings_changed_cb, self);
  if (self->watched != NULL)
    for (unsigned i = 0; i < self->watched->len; i++)
      g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i),
                                            finding_notify_cb, self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  if (self->checklist != NULL)
    g_signal_handlers_disconnect_by_func (self->checklist, checklist_changed_cb, self);
  g_clear_object (&self->findings);
  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (ld_contract_review_parent_class)->dispose (object);
}

static void
ld_contract_review_finalize (GObject *object)
{
  LdContractReview *self = LD_CONTRACT_REVIEW (object);

  for (int i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  for (int i = 0; i < N_DATES; i++)
    g_clear_pointer (&self->dates[i], g_date_free);

  G_OBJECT_CLASS (ld_contract_review_parent_class)->finalize (object);
}

static void
ld_contract_review_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LdContractReview *self = LD_CONTRACT_REVIEW (object);

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
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AMOUNT_FEN:
      g_value_set_int64 (value, self->amount_fen);
      break;
    case PROP_PROCUREMENT_METHOD:
      g_value_set_enum (value, self->procurement_method);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CONCLUSION:
      g_value_set_enum (value, self->conclusion);
      break;
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, ld_contract_review_is_frozen (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_contract_review_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LdContractReview *self = LD_CONTRACT_REVIEW (object);

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
      ld_contract_review_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_YEAR:
      ld_contract_review_set_year (self, g_value_get_int (value));
      break;
    case PROP_SEQ:
      ld_contract_review_set_seq (self, g_value_get_int (value));
      break;
    case PROP_KIND:
      ld_contract_review_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_AMOUNT_FEN:
      ld_contract_review_set_amount_fen (self, g_value_get_int64 (value));
      break;
    case PROP_PROCUREMENT_METHOD:
      ld_contract_review_set_procurement_method (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      ld_contract_review_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CONCLUSION:
      ld_contract_review_set_conclusion (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_contract_review_class_init (LdContractReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ld_contract_review_dispose;
  object_class->notify = ld_contract_review_notify;
  object_class->finalize = ld_contract_review_finalize;
  object_class->get_property = ld_contract_review_get_property;
  object_class->set_property = ld_contract_review_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_SEQ] = g_param_spec_int ("seq", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LD_TYPE_CONTRACT_KIND, LD_CONTRACT_KIND_OTHER, rw);
  properties[PROP_AMOUNT_FEN] =
    g_param_spec_int64 ("amount-fen", NULL, NULL, -1, LD_MONEY_MAX_FEN, -1, rw);
  properties[PROP_PROCUREMENT_METHOD] =
    g_param_spec_enum ("procurement-method", NULL, NULL, LD_TYPE_PROCUREMENT_METHOD,
                       LD_PROCUREMENT_METHOD_NOT_APPLICABLE, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LD_TYPE_CONTRACT_STATUS,
                       LD_CONTRACT_STATUS_RECEIVED, rw);
  properties[PROP_CONCLUSION] =
    g_param_spec_enum ("conclusion", NULL, NULL, LD_TYPE_CONTRACT_CONCLUSION,
                       LD_CONTRACT_CONCLUSION_NONE, rw);
  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, LD_TYPE_REVIEW_CHECKLIST, ro);
  properties[PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_FROZEN] = g_param_spec_boolean ("frozen", NULL, NULL, FALSE, ro);

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
ld_contract_review_init (LdContractReview *self)
{
  self->kind = LD_CONTRACT_KIND_OTHER;
  self->amount_fen = -1;
  self->procurement_method = LD_PROCUREMENT_METHOD_NOT_APPLICABLE;
  self->status = LD_CONTRACT_STATUS_RECEIVED;
  self->conclusion = LD_CONTRACT_CONCLUSION_NONE;
  for (int i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->checklist = ld_review_checklist_new ();
  g_signal_connect (self->checklist, "changed", G_CALLBACK (checklist_changed_cb), self);
  self->findings = g_list_store_new (LD_TYPE_REVIEW_FINDING);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self->findings, "items-changed", G_CALLBACK (findings_changed_cb), self);
}

LdContractReview *
ld_contract_review_new (void)
{
  return g_object_new (LD_TYPE_CONTRACT_REVIEW, NULL);
}

/* Plain accessors. */

gint64
ld_contract_review_get_id (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), 0);
  return self->id;
}

void
ld_contract_review_set_id (LdContractReview *self,
                           gint64            id)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  notify (self, PROP_ID);
}

int
ld_contract_review_get_year (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), 0);
  return self->year;
}

void
ld_contract_review_set_year (LdContractReview *self,
                             int               year)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->year == year)
    return;
  self->year = year;
  notify (self, PROP_YEAR);
}

int
ld_contract_review_get_seq (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), 0);
  return self->seq;
}

void
ld_contract_review_set_seq (LdContractReview *self,
                            int               seq)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (seq >= 0);

  if (self->seq == seq)
    return;
  self->seq = seq;
  notify (self, PROP_SEQ);
}

LdContractKind
ld_contract_review_get_kind (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), LD_CONTRACT_KIND_OTHER);
  return self->kind;
}

void
ld_contract_review_set_kind (LdContractReview *self,
                             LdContractKind    kind)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (kind < LD_N_CONTRACT_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  notify (self, PROP_KIND);
}

LdProcurementMethod
ld_contract_review_get_procurement_method (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), LD_PROCUREMENT_METHOD_NOT_APPLICABLE);
  return self->procurement_method;
}

void
ld_contract_review_set_procurement_method (LdContractReview    *self,
                                           LdProcurementMethod  method)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (method < LD_N_PROCUREMENT_METHODS);

  if (self->procurement_method == method)
    return;
  self->procurement_method = method;
  notify (self, PROP_PROCUREMENT_METHOD);
}

gboolean
ld_contract_review_is_frozen (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), FALSE);

  return self->status == LD_CONTRACT_STATUS_OPINION_ISSUED
         || self->status == LD_CONTRACT_STATUS_SIGNED
         || self->status == LD_CONTRACT_STATUS_ARCHIVED;
}

LdContractStatus
ld_contract_review_get_status (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), LD_CONTRACT_STATUS_RECEIVED);
  return self->status;
}

void
ld_contract_review_set_status (LdContractReview *self,
                               LdContractStatus  status)
{
  gboolean was_frozen;

  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (status < LD_N_CONTRACT_STATUSES);

  if (self->status == status)
    return;
  was_frozen = ld_contract_review_is_frozen (self);
  self->status = status;
  notify (self, PROP_STATUS);
  if (was_frozen != ld_contract_review_is_frozen (self))
    notify (self, PROP_FROZEN);
}

LdContractConclusion
ld_contract_review_get_conclusion (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), LD_CONTRACT_CONCLUSION_NONE);
  return self->conclusion;
}

void
ld_contract_review_set_conclusion (LdContractReview     *self,
                                   LdContractConclusion  conclusion)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (conclusion < LD_N_CONTRACT_CONCLUSIONS);

  if (self->conclusion == conclusion)
    return;
  self->conclusion = conclusion;
  notify (self, PROP_CONCLUSION);
}

#define STRING_ACCESSORS(name, FIELD)                                          \
  const char *                                                                 \
  ld_contract_review_get_##name (LdContractReview *self)                       \
  {                                                                            \
    g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);                 \
    return self->strings[FIELD];                                               \
  }                                                                            \
                                                                               \
  void                                                                         \
  ld_contract_review_set_##name (LdContractReview *self, const char *value)    \
  {                                                                            \
    g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));                           \
    store_string (self, FIELD, value);                                         \
  }

STRING_ACCESSORS (number, S_NUMBER)
STRING_ACCESSORS (title, S_TITLE)
STRING_ACCESSORS (submitting_department, S_SUBMITTING_DEPARTMENT)
STRING_ACCESSORS (handler, S_HANDLER)
STRING_ACCESSORS (handler_contact, S_HANDLER_CONTACT)
STRING_ACCESSORS (counterparty_name, S_COUNTERPARTY_NAME)
STRING_ACCESSORS (counterparty_credit_code, S_COUNTERPARTY_CREDIT_CODE)
STRING_ACCESSORS (counterparty_representative, S_COUNTERPARTY_REPRESENTATIVE)
STRING_ACCESSORS (counterparty_address, S_COUNTERPARTY_ADDRESS)
STRING_ACCESSORS (counterparty_contact, S_COUNTERPARTY_CONTACT)
STRING_ACCESSORS (funding_source, S_FUNDING_SOURCE)
STRING_ACCESSORS (reviewer, S_REVIEWER)
STRING_ACCESSORS (status_reason, S_STATUS_REASON)
STRING_ACCESSORS (conclusion_reasons, S_CONCLUSION_REASONS)

#define DATE_ACCESSORS(name, FIELD)                                            \
  const GDate *                                                                \
  ld_contract_review_get_##name (LdContractReview *self)                       \
  {                                                                            \
    g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);                 \
    return self->dates[FIELD];                                                 \
  }                                                                            \
                                                                               \
  void                                                                         \
  ld_contract_review_set_##name (LdContractReview *self, const GDate *date)    \
  {                                                                            \
    g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));                           \
    set_date (self, FIELD, date);                                              \
  }

DATE_ACCESSORS (term_start, D_TERM_START)
DATE_ACCESSORS (term_end, D_TERM_END)
DATE_ACCESSORS (received_on, D_RECEIVED_ON)
DATE_ACCESSORS (due_on, D_DUE_ON)

/* The amount: text and fen are kept in step. */

gint64
ld_contract_review_get_amount_fen (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), -1);
  return self->amount_fen;
}

void
ld_contract_review_set_amount_fen (LdContractReview *self,
                                   gint64            fen)
{
  g_autofree char *text = NULL;

  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (fen >= -1 && fen <= LD_MONEY_MAX_FEN);

  g_object_freeze_notify (G_OBJECT (self));
  text = fen < 0 ? g_strdup ("") : ld_money_format (fen);
  store_amount_fen (self, fen);
  store_string (self, S_AMOUNT_TEXT, text);
  g_object_thaw_notify (G_OBJECT (self));
}

char *
ld_contract_review_format_amount_in_words (LdContractReview *self)
{
  g_autofree char *capitals = NULL;
  g_autofree char *figures = NULL;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);

  if (self->amount_fen < 0)
    return NULL;
  capitals = ld_money_to_capitals (self->amount_fen);
  figures = ld_money_format (self->amount_fen);
  return g_strconcat ("人民币", capitals, "（¥", figures, "）", NULL);
}

const char *
ld_contract_review_get_amount_text (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);
  return self->strings[S_AMOUNT_TEXT];
}

void
ld_contract_review_set_amount_text (LdContractReview *self,
                                    const char       *text)
{
  gint64 fen = -1;

  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));

  if (text == NULL)
    text = "";
  /* Bad text leaves no stale amount behind: validation reports it. */
  if (!ld_text_is_blank (text) && !ld_money_parse (text, &fen, NULL))
    fen = -1;

  g_object_freeze_notify (G_OBJECT (self));
  store_amount_fen (self, fen);
  store_string (self, S_AMOUNT_TEXT, text);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Checklist and findings. */

LdReviewChecklist *
ld_contract_review_get_checklist (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);
  return self->checklist;
}

GListModel *
ld_contract_review_get_findings (LdContractReview *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);
  return G_LIST_MODEL (self->findings);
}

void
ld_contract_review_append_finding (LdContractReview *self,
                                   LdReviewFinding  *finding)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (LD_IS_REVIEW_FINDING (finding));

  g_list_store_append (self->findings, finding);
}

void
ld_contract_review_insert_finding (LdContractReview *self,
                                   unsigned          position,
                                   LdReviewFinding  *finding)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (LD_IS_REVIEW_FINDING (finding));
  g_return_if_fail (position <= g_list_model_get_n_items (G_LIST_MODEL (self->findings)));

  g_list_store_insert (self->findings, position, finding);
}

void
ld_contract_review_remove_finding (LdContractReview *self,
                                   unsigned          position)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->findings)));

  g_list_store_remove (self->findings, position);
}

void
ld_contract_review_move_finding (LdContractReview *self,
                                 unsigned          from,
                                 unsigned          to)
{
  g_autoptr(LdReviewFinding) finding = NULL;
  unsigned n;

  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;
  finding = g_list_model_get_item (G_LIST_MODEL (self->findings), from);
  g_list_store_remove (self->findings, from);
  g_list_store_insert (self->findings, to, finding);
}

void
ld_contract_review_remove_all_findings (LdContractReview *self)
{
  g_return_if_fail (LD_IS_CONTRACT_REVIEW (self));
  g_list_store_remove_all (self->findings);
}

GPtrArray *
ld_contract_review_collect_letter_findings (LdContractReview *self)
{
  g_autoptr(GPtrArray) from_checklist = NULL;
  GListModel *written;
  GPtrArray *result;
  unsigned n;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);

  written = G_LIST_MODEL (self->findings);
  n = g_list_model_get_n_items (written);
  result = g_ptr_array_new_with_free_func (g_object_unref);
  from_checklist = ld_review_checklist_problems_as_findings (self->checklist);

  for (unsigned i = 0; i < from_checklist->len; i++)
    {
      LdReviewFinding *generated = g_ptr_array_index (from_checklist, i);
      const char *point = ld_review_finding_get_checklist_point (generated);
      gboolean covered = FALSE;

      for (unsigned j = 0; j < n && !covered; j++)
        {
          g_autoptr(LdReviewFinding) finding = g_list_model_get_item (written, j);
          covered = g_str_equal (ld_review_finding_get_checklist_point (finding), point);
        }
      if (!covered && !ld_review_finding_is_blank (generated))
        g_ptr_array_add (result, g_object_ref (generated));
    }

  for (unsigned j = 0; j < n; j++)
    {
      LdReviewFinding *finding = g_list_model_get_item (written, j);

      if (ld_review_finding_is_blank (finding))
        g_object_unref (finding);
      else
        g_ptr_array_add (result, finding);
    }

  return result;
}

/* Validation. */

static void
add_issue (GPtrArray       *issues,
           StringField      field,
           LdIssueSeverity  severity,
           const char      *message)
{
  if (issues != NULL)
    g_ptr_array_add (issues, ld_field_issue_new (string_names[field], severity, message));
}

static void
add_date_issue (GPtrArray  *issues,
                DateField   field,
                const char *message)
{
  if (issues != NULL)
    g_ptr_array_add (issues, ld_field_issue_new (date_names[field], LD_ISSUE_ERROR, message));
}

static void
check_contact (LdContractReview *self,
               StringField       field,
               GPtrArray        *issues)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalised = NULL;

  if (ld_text_is_blank (self->strings[field]))
    return;
  normalised = ld_phone_normalize (self->strings[field], NULL, &error);
  if (normalised == NULL)
    add_issue (issues, field, LD_ISSUE_WARNING, error->message);
}

gboolean
ld_contract_review_validate (LdContractReview *self,
                             GPtrArray        *issues)
{
  g_autoptr(GPtrArray) own = NULL;
  const GDate *start, *end, *received, *due;
  unsigned first;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), FALSE);

  /* The result needs the issues even when the caller does not. */
  if (issues == NULL)
    issues = own = ld_field_issues_new ();
  first = issues->len;

  if (ld_text_is_blank (self->strings[S_TITLE]))
    add_issue (issues, S_TITLE, LD_ISSUE_ERROR, _("Enter the title of the contract"));

  if (ld_text_is_blank (self->strings[S_COUNTERPARTY_NAME]))
    add_issue (issues, S_COUNTERPARTY_NAME, LD_ISSUE_ERROR,
               _("Enter the name of the counterparty"));

  if (!ld_text_is_blank (self->strings[S_COUNTERPARTY_CREDIT_CODE]))
    {
      g_autofree char *message = NULL;
      LdCreditCodeStatus status =
        ld_credit_code_validate (self->strings[S_COUNTERPARTY_CREDIT_CODE], NULL, NULL, &message);

      if (status == LD_CREDIT_CODE_MALFORMED)
        add_issue (issues, S_COUNTERPARTY_CREDIT_CODE, LD_ISSUE_ERROR, message);
      else if (status == LD_CREDIT_CODE_BAD_CHECK)
        add_issue (issues, S_COUNTERPARTY_CREDIT_CODE, LD_ISSUE_WARNING, message);
    }

  if (!ld_text_is_blank (self->strings[S_AMOUNT_TEXT]))
    {
      g_autoptr(GError) error = NULL;
      gint64 fen;

      if (!ld_money_parse (self->strings[S_AMOUNT_TEXT], &fen, &error))
        add_issue (issues, S_AMOUNT_TEXT, LD_ISSUE_ERROR, error->message);
    }

  start = self->dates[D_TERM_START];
  end = self->dates[D_TERM_END];
  if (start != NULL && end != NULL && g_date_compare (end, start) < 0)
    add_date_issue (issues, D_TERM_END, _("The term ends before it starts: check both dates"));

  received = self->dates[D_RECEIVED_ON];
  due = self->dates[D_DUE_ON];
  if (received == NULL)
    add_date_issue (issues, D_RECEIVED_ON, _("Enter the date the contract was received"));
  else if (due != NULL && g_date_compare (due, received) < 0)
    add_date_issue (issues, D_DUE_ON, _("The review cannot be due before the contract was received"));

  check_contact (self, S_HANDLER_CONTACT, issues);
  check_contact (self, S_COUNTERPARTY_CONTACT, issues);

  if (self->status == LD_CONTRACT_STATUS_RETURNED && ld_text_is_blank (self->strings[S_STATUS_REASON]))
    add_issue (issues, S_STATUS_REASON, LD_ISSUE_ERROR,
               _("Say what is missing from the materials"));

  for (unsigned i = first; i < issues->len; i++)
    if (((LdFieldIssue *) g_ptr_array_index (issues, i))->severity == LD_ISSUE_ERROR)
      return FALSE;
  return TRUE;
}

GDate *
ld_contract_review_compute_due_date (LdContractReview *self,
                                     LdCalendar       *calendar,
                                     int               period_days)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (period_days >= 0, NULL);

  if (self->dates[D_RECEIVED_ON] == NULL)
    return NULL;
  return ld_calendar_add_working_days (calendar, self->dates[D_RECEIVED_ON], period_days);
}

/* Copying and comparing. */

static void
assign_findings (LdContractReview *self,
                 GListModel       *findings)
{
  unsigned n = g_list_model_get_n_items (findings);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (unsigned i = 0; i < n; i++)
    {
      g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);
      g_ptr_array_add (copies, ld_review_finding_copy (finding));
    }
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       copies->pdata, copies->len);
}

LdContractReview *
ld_contract_review_copy (LdContractReview *self)
{
  LdContractReview *copy;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);

  copy = ld_contract_review_new ();
  copy->id = self->id;
  copy->year = self->year;
  copy->seq = self->seq;
  copy->kind = self->kind;
  copy->amount_fen = self->amount_fen;
  copy->procurement_method = self->procurement_method;
  copy->status = self->status;
  copy->conclusion = self->conclusion;
  for (int i = 0; i < N_STRINGS; i++)
    {
      g_free (copy->strings[i]);
      copy->strings[i] = g_strdup (self->strings[i]);
    }
  for (int i = 0; i < N_DATES; i++)
    if (self->dates[i] != NULL)
      copy->dates[i] = g_date_copy (self->dates[i]);
  ld_review_checklist_assign (copy->checklist, self->checklist);
  assign_findings (copy, G_LIST_MODEL (self->findings));
  return copy;
}

gboolean
ld_contract_review_content_equal (LdContractReview *a,
                                  LdContractReview *b)
{
  unsigned n;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (a), FALSE);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (b), FALSE);

  if (a->year != b->year || a->seq != b->seq || a->kind != b->kind
      || a->amount_fen != b->amount_fen || a->procurement_method != b->procurement_method
      || a->conclusion != b->conclusion)
    return FALSE;

  for (int i = 0; i < N_STRINGS; i++)
    {
      if (i == S_STATUS_REASON)
        continue;
      /* "1000" and "1,000.00" are the same amount; only unparsed text counts. */
      if (i == S_AMOUNT_TEXT && a->amount_fen >= 0)
        continue;
      if (!g_str_equal (a->strings[i], b->strings[i]))
        return FALSE;
    }

  for (int i = 0; i < N_DATES; i++)
    if (!dates_equal (a->dates[i], b->dates[i]))
      return FALSE;

  if (!ld_review_checklist_equal (a->checklist, b->checklist))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (a->findings));
  if (n != g_list_model_get_n_items (G_LIST_MODEL (b->findings)))
    return FALSE;
  for (unsigned i = 0; i < n; i++)
    {
      g_autoptr(LdReviewFinding) fa = g_list_model_get_item (G_LIST_MODEL (a->findings), i);
      g_autoptr(LdReviewFinding) fb = g_list_model_get_item (G_LIST_MODEL (b->findings), i);

      if (!ld_review_finding_equal (fa, fb))
        return FALSE;
    }

  return TRUE;
}

/* Serialisation for drafts. Scalar properties are written generically from
 * their GParamSpecs (ld-object-variant.h), so a property added later is
 * saved without more code. */

/* Drafts hold ISO dates; a review's draft has always also been read with
 * the date fields' own lenient parser. */
static gboolean
parse_draft_date (const char *text,
                  GDate      *out)
{
  return ld_chinese_date_parse (text, out, NULL);
}

GVariant *
ld_contract_review_serialize (LdContractReview *self)
{
  GVariantBuilder builder;
  GVariantBuilder checks;
  GVariantBuilder findings;
  unsigned n_points, n_findings;
  const LdChecklistPoint *points;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  ld_object_variant_add_properties (G_OBJECT (self), properties, N_PROPS, &builder);

  g_variant_builder_init (&checks, G_VARIANT_TYPE ("a(sss)"));
  points = ld_review_checklist_get_points (&n_points);
  for (unsigned i = 0; i < n_points; i++)
    g_variant_builder_add (&checks, "(sss)", points[i].id,
                           ld_check_result_to_id (ld_review_checklist_get_result (self->checklist, points[i].id)),
                           ld_review_checklist_get_note (self->checklist, points[i].id));
  g_variant_builder_add (&builder, "{sv}", "checklist", g_variant_builder_end (&checks));

  g_variant_builder_init (&findings, G_VARIANT_TYPE ("a(xsssss)"));
  n_findings = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (unsigned i = 0; i < n_findings; i++)
    {
      g_autoptr(LdReviewFinding) f = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      g_variant_builder_add (&findings, "(xsssss)", ld_review_finding_get_id (f),
                             ld_review_finding_get_clause (f), ld_review_finding_get_problem (f),
                             ld_review_finding_get_suggestion (f), ld_review_finding_get_basis (f),
                             ld_review_finding_get_checklist_point (f));
    }
  g_variant_builder_add (&builder, "{sv}", "findings", g_variant_builder_end (&findings));

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
load_checklist (LdContractReview *self,
                GVariant         *v,
                GError          **error)
{
  GVariantIter iter;
  const char *point, *result_id, *note;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(sss)")))
    return invalid (error, "checklist");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &point, &result_id, &note))
    {
      LdCheckResult result;

      if (!ld_check_result_from_id (result_id, &result))
        return invalid (error, "checklist");
      /* A point retired since the draft was written is dropped. */
      ld_review_checklist_set (self->checklist, point, result, note);
    }
  return TRUE;
}

static gboolean
load_findings (LdContractReview *self,
               GVariant         *v,
               GError          **error)
{
  GVariantIter iter;
  gint64 id;
  const char *clause, *problem, *suggestion, *basis, *point;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(xsssss)")))
    return invalid (error, "findings");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s)", &id, &clause, &problem, &suggestion,
                              &basis, &point))
    {
      g_autoptr(LdReviewFinding) finding = NULL;

      if (id < 0)
        return invalid (error, "findings");
      finding = ld_review_finding_new (clause, problem, suggestion, basis);
      ld_review_finding_set_id (finding, id);
      ld_review_finding_set_checklist_point (finding, point);
      g_list_store_append (self->findings, finding);
    }
  return TRUE;
}

LdContractReview *
ld_contract_review_deserialize (GVariant  *variant,
                                GError   **error)
{
  g_autoptr(LdContractReview) self = NULL;
  g_autoptr(GVariant) amount_text = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The saved draft is not a contract review"));
      return NULL;
    }

  self = ld_contract_review_new ();
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      GParamSpec *pspec;
      gboolean ok = TRUE;

      if (g_str_equal (key, "checklist"))
        ok = load_checklist (self, v, error);
      else if (g_str_equal (key, "findings"))
        ok = load_findings (self, v, error);
      else if (g_str_equal (key, "amount-text"))
        {
          /* Applied after amount-fen, which resets it. */
          g_clear_pointer (&amount_text, g_variant_unref);
          amount_text = g_steal_pointer (&owned);
        }
      else if ((pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key)) != NULL
               && !ld_object_variant_set_property (G_OBJECT (self), pspec, v, parse_draft_date))
        ok = invalid (error, pspec->name);

      if (!ok)
        return NULL;
    }

  if (amount_text != NULL)
    {
      if (!g_variant_is_of_type (amount_text, G_VARIANT_TYPE_STRING))
        {
          invalid (error, "amount-text");
          return NULL;
        }
      ld_contract_review_set_amount_text (self, g_variant_get_string (amount_text, NULL));
    }

  return g_steal_pointer (&self);
}
