/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-agreement"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-core-error.h"
#include "ld-mediation-agreement.h"
#include "ld-object-variant.h"
#include "ld-text.h"

/* Terms. */

G_DEFINE_BOXED_TYPE (LdMediationTerm, ld_mediation_term,
                     ld_mediation_term_copy, ld_mediation_term_free)

LdMediationTerm *
ld_mediation_term_new (const char  *content,
                       const char  *method,
                       const GDate *deadline)
{
  LdMediationTerm *term = g_new0 (LdMediationTerm, 1);

  term->content = g_strdup (content != NULL ? content : "");
  term->method = g_strdup (method != NULL ? method : "");
  term->note = g_strdup ("");
  g_date_clear (&term->deadline, 1);
  g_date_clear (&term->performed_on, 1);
  if (deadline != NULL && g_date_valid (deadline))
    term->deadline = *deadline;
  term->status = LD_PERFORMANCE_PENDING;
  return term;
}

LdMediationTerm *
ld_mediation_term_copy (const LdMediationTerm *term)
{
  LdMediationTerm *copy;

  g_return_val_if_fail (term != NULL, NULL);

  copy = g_memdup2 (term, sizeof *term);
  copy->content = g_strdup (term->content);
  copy->method = g_strdup (term->method);
  copy->note = g_strdup (term->note);
  return copy;
}

void
ld_mediation_term_free (LdMediationTerm *term)
{
  if (term == NULL)
    return;
  g_free (term->content);
  g_free (term->method);
  g_free (term->note);
  g_free (term);
}

static gboolean
gdates_equal (const GDate *a,
              const GDate *b)
{
  gboolean va = g_date_valid (a), vb = g_date_valid (b);

  if (!va || !vb)
    return va == vb;
  return g_date_compare (a, b) == 0;
}

gboolean
ld_mediation_term_equal (const LdMediationTerm *a,
                         const LdMediationTerm *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->id == b->id && a->status == b->status
         && g_str_equal (a->content, b->content) && g_str_equal (a->method, b->method)
         && g_str_equal (a->note, b->note)
         && gdates_equal (&a->deadline, &b->deadline)
         && gdates_equal (&a->performed_on, &b->performed_on);
}

#define DEFINE_TERM_SETTER(member)                                      \
  void                                                                  \
  ld_mediation_term_set_##member (LdMediationTerm *term,                \
                                  const char      *value)               \
  {                                                                     \
    g_return_if_fail (term != NULL);                                    \
    g_free (term->member);                                              \
    term->member = g_strdup (value != NULL ? value : "");               \
  }

DEFINE_TERM_SETTER (content)
DEFINE_TERM_SETTER (method)
DEFINE_TERM_SETTER (note)

/* The agreement. */

typedef enum
{
  S_PLACE,
  S_COURT,
  S_CONFIRMATION_NOTE,
  N_STRINGS
} StringField;

static const char *string_names[N_STRINGS] = {
  "place-of-performance", "confirmation-court", "confirmation-note",
};

typedef enum
{
  D_REACHED_ON,
  D_EFFECTIVE_ON,
  D_APPLIED_ON,
  D_DECIDED_ON,
  N_DATES
} DateField;

static const char *date_names[N_DATES] = {
  "reached-on", "effective-on", "confirmation-applied-on", "confirmation-decided-on",
};

struct _LdMediationAgreement
{
  GObject parent_instance;

  gboolean              oral;
  int                   copies;
  LdConfirmationResult  result;
  char                 *strings[N_STRINGS];
  GDate                *dates[N_DATES];
  GPtrArray            *terms;
};

G_DEFINE_FINAL_TYPE (LdMediationAgreement, ld_mediation_agreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORAL,
  PROP_COPIES,
  PROP_RESULT,
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
emit_changed (LdMediationAgreement *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_string (LdMediationAgreement *self,
            StringField           field,
            const char           *value)
{
  if (value == NULL)
    value = "";
  if (g_str_equal (self->strings[field], value))
    return;
  g_free (self->strings[field]);
  self->strings[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_STRING + field]);
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
set_date (LdMediationAgreement *self,
          DateField             field,
          const GDate          *date)
{
  if (date != NULL && !g_date_valid (date))
    date = NULL;
  if (dates_equal (self->dates[field], date))
    return;
  g_clear_pointer (&self->dates[field], g_date_free);
  if (date != NULL)
    self->dates[field] = g_date_copy (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DATE + field]);
}

static void
ld_mediation_agreement_notify (GObject    *object,
                               GParamSpec *pspec)
{
  if (G_OBJECT_CLASS (ld_mediation_agreement_parent_class)->notify != NULL)
    G_OBJECT_CLASS (ld_mediation_agreement_parent_class)->notify (object, pspec);
  emit_changed (LD_MEDIATION_AGREEMENT (object));
}

static void
ld_mediation_agreement_finalize (GObject *object)
{
  LdMediationAgreement *self = LD_MEDIATION_AGREEMENT (object);

  for (int i = 0; i < N_STRINGS; i++)
    g_free (self->strings[i]);
  for (int i = 0; i < N_DATES; i++)
    g_clear_pointer (&self->dates[i], g_date_free);
  g_clear_pointer (&self->terms, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_mediation_agreement_parent_class)->finalize (object);
}

static void
ld_mediation_agreement_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LdMediationAgreement *self = LD_MEDIATION_AGREEMENT (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < N_PROPS)
    g_value_set_boxed (value, self->dates[prop_id - PROP_FIRST_DATE]);
  else if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_FIRST_DATE)
    g_value_set_string (value, self->strings[prop_id - PROP_FIRST_STRING]);
  else if (prop_id == PROP_ORAL)
    g_value_set_boolean (value, self->oral);
  else if (prop_id == PROP_COPIES)
    g_value_set_int (value, self->copies);
  else if (prop_id == PROP_RESULT)
    g_value_set_enum (value, self->result);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ld_mediation_agreement_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LdMediationAgreement *self = LD_MEDIATION_AGREEMENT (object);

  if (prop_id >= PROP_FIRST_DATE && prop_id < N_PROPS)
    set_date (self, prop_id - PROP_FIRST_DATE, g_value_get_boxed (value));
  else if (prop_id >= PROP_FIRST_STRING && prop_id < PROP_FIRST_DATE)
    set_string (self, prop_id - PROP_FIRST_STRING, g_value_get_string (value));
  else if (prop_id == PROP_ORAL)
    ld_mediation_agreement_set_oral (self, g_value_get_boolean (value));
  else if (prop_id == PROP_COPIES)
    ld_mediation_agreement_set_copies (self, g_value_get_int (value));
  else if (prop_id == PROP_RESULT)
    ld_mediation_agreement_set_confirmation_result (self, g_value_get_enum (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ld_mediation_agreement_class_init (LdMediationAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->notify = ld_mediation_agreement_notify;
  object_class->finalize = ld_mediation_agreement_finalize;
  object_class->get_property = ld_mediation_agreement_get_property;
  object_class->set_property = ld_mediation_agreement_set_property;

  properties[PROP_ORAL] = g_param_spec_boolean ("oral", NULL, NULL, FALSE, rw);
  properties[PROP_COPIES] = g_param_spec_int ("copies", NULL, NULL, 1, 20, 3, rw);
  properties[PROP_RESULT] =
    g_param_spec_enum ("confirmation-result", NULL, NULL, LD_TYPE_CONFIRMATION_RESULT,
                       LD_CONFIRMATION_NONE, rw);
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
ld_mediation_agreement_init (LdMediationAgreement *self)
{
  self->copies = 3;
  for (int i = 0; i < N_STRINGS; i++)
    self->strings[i] = g_strdup ("");
  self->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_term_free);
}

LdMediationAgreement *
ld_mediation_agreement_new (void)
{
  return g_object_new (LD_TYPE_MEDIATION_AGREEMENT, NULL);
}

void
ld_mediation_agreement_assign (LdMediationAgreement *self,
                               LdMediationAgreement *from)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (from));

  if (self == from)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  ld_mediation_agreement_set_oral (self, from->oral);
  ld_mediation_agreement_set_copies (self, from->copies);
  ld_mediation_agreement_set_confirmation_result (self, from->result);
  for (int i = 0; i < N_STRINGS; i++)
    set_string (self, i, from->strings[i]);
  for (int i = 0; i < N_DATES; i++)
    set_date (self, i, from->dates[i]);
  g_ptr_array_set_size (self->terms, 0);
  for (unsigned i = 0; i < from->terms->len; i++)
    g_ptr_array_add (self->terms, ld_mediation_term_copy (g_ptr_array_index (from->terms, i)));
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

LdMediationAgreement *
ld_mediation_agreement_copy (LdMediationAgreement *self)
{
  LdMediationAgreement *copy;

  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);

  copy = ld_mediation_agreement_new ();
  ld_mediation_agreement_assign (copy, self);
  return copy;
}

gboolean
ld_mediation_agreement_equal (LdMediationAgreement *a,
                              LdMediationAgreement *b)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (a), FALSE);
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (b), FALSE);

  if (a->oral != b->oral || a->copies != b->copies || a->result != b->result
      || a->terms->len != b->terms->len)
    return FALSE;
  for (int i = 0; i < N_STRINGS; i++)
    if (!g_str_equal (a->strings[i], b->strings[i]))
      return FALSE;
  for (int i = 0; i < N_DATES; i++)
    if (!dates_equal (a->dates[i], b->dates[i]))
      return FALSE;
  for (unsigned i = 0; i < a->terms->len; i++)
    if (!ld_mediation_term_equal (g_ptr_array_index (a->terms, i), g_ptr_array_index (b->terms, i)))
      return FALSE;
  return TRUE;
}

/* Accessors. */

#define DEFINE_DATE_ACCESSORS(name, FIELD)                                      \
  const GDate *                                                                 \
  ld_mediation_agreement_get_##name (LdMediationAgreement *self)                \
  {                                                                             \
    g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);              \
    return self->dates[FIELD];                                                  \
  }                                                                             \
                                                                                \
  void                                                                          \
  ld_mediation_agreement_set_##name (LdMediationAgreement *self,                \
                                     const GDate          *date)                \
  {                                                                             \
    g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));                        \
    set_date (self, FIELD, date);                                               \
  }

DEFINE_DATE_ACCESSORS (reached_on, D_REACHED_ON)
DEFINE_DATE_ACCESSORS (effective_on, D_EFFECTIVE_ON)
DEFINE_DATE_ACCESSORS (confirmation_applied_on, D_APPLIED_ON)
DEFINE_DATE_ACCESSORS (confirmation_decided_on, D_DECIDED_ON)

#define DEFINE_STRING_ACCESSORS(name, FIELD)                                    \
  const char *                                                                  \
  ld_mediation_agreement_get_##name (LdMediationAgreement *self)                \
  {                                                                             \
    g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);              \
    return self->strings[FIELD];                                                \
  }                                                                             \
                                                                                \
  void                                                                          \
  ld_mediation_agreement_set_##name (LdMediationAgreement *self,                \
                                     const char           *value)               \
  {                                                                             \
    g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));                        \
    set_string (self, FIELD, value);                                            \
  }

DEFINE_STRING_ACCESSORS (place_of_performance, S_PLACE)
DEFINE_STRING_ACCESSORS (confirmation_court, S_COURT)
DEFINE_STRING_ACCESSORS (confirmation_note, S_CONFIRMATION_NOTE)

const GDate *
ld_mediation_agreement_get_effect_date (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);

  if (self->dates[D_EFFECTIVE_ON] != NULL)
    return self->dates[D_EFFECTIVE_ON];
  return self->dates[D_REACHED_ON];
}

gboolean
ld_mediation_agreement_get_oral (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), FALSE);
  return self->oral;
}

void
ld_mediation_agreement_set_oral (LdMediationAgreement *self,
                                 gboolean              oral)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));

  oral = !!oral;
  if (self->oral == oral)
    return;
  self->oral = oral;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORAL]);
}

int
ld_mediation_agreement_get_copies (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), 0);
  return self->copies;
}

void
ld_mediation_agreement_set_copies (LdMediationAgreement *self,
                                   int                   copies)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (copies >= 1 && copies <= 20);

  if (self->copies == copies)
    return;
  self->copies = copies;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COPIES]);
}

LdConfirmationResult
ld_mediation_agreement_get_confirmation_result (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), LD_CONFIRMATION_NONE);
  return self->result;
}

void
ld_mediation_agreement_set_confirmation_result (LdMediationAgreement *self,
                                                LdConfirmationResult  result)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail ((unsigned) result < LD_N_CONFIRMATION_RESULTS);

  if (self->result == result)
    return;
  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/* Terms. */

unsigned
ld_mediation_agreement_get_n_terms (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), 0);
  return self->terms->len;
}

const LdMediationTerm *
ld_mediation_agreement_get_term (LdMediationAgreement *self,
                                 unsigned              index)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);
  g_return_val_if_fail (index < self->terms->len, NULL);
  return g_ptr_array_index (self->terms, index);
}

void
ld_mediation_agreement_append_term (LdMediationAgreement  *self,
                                    const LdMediationTerm *term)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  ld_mediation_agreement_insert_term (self, self->terms->len, term);
}

void
ld_mediation_agreement_insert_term (LdMediationAgreement  *self,
                                    unsigned               index,
                                    const LdMediationTerm *term)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (term != NULL);
  g_return_if_fail (index <= self->terms->len);

  g_ptr_array_insert (self->terms, (int) index, ld_mediation_term_copy (term));
  emit_changed (self);
}

void
ld_mediation_agreement_replace_term (LdMediationAgreement  *self,
                                     unsigned               index,
                                     const LdMediationTerm *term)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (term != NULL);
  g_return_if_fail (index < self->terms->len);

  if (ld_mediation_term_equal (g_ptr_array_index (self->terms, index), term))
    return;
  ld_mediation_term_free (g_ptr_array_index (self->terms, index));
  g_ptr_array_index (self->terms, index) = ld_mediation_term_copy (term);
  emit_changed (self);
}

void
ld_mediation_agreement_remove_term (LdMediationAgreement *self,
                                    unsigned              index)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (index < self->terms->len);

  g_ptr_array_remove_index (self->terms, index);
  emit_changed (self);
}

void
ld_mediation_agreement_move_term (LdMediationAgreement *self,
                                  unsigned              from,
                                  unsigned              to)
{
  LdMediationTerm *term;

  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (from < self->terms->len && to < self->terms->len);

  if (from == to)
    return;
  term = g_ptr_array_steal_index (self->terms, from);
  g_ptr_array_insert (self->terms, (int) to, term);
  emit_changed (self);
}

void
ld_mediation_agreement_clear_terms (LdMediationAgreement *self)
{
  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));

  if (self->terms->len == 0)
    return;
  g_ptr_array_set_size (self->terms, 0);
  emit_changed (self);
}

void
ld_mediation_agreement_set_term_performance (LdMediationAgreement *self,
                                             unsigned              index,
                                             LdPerformanceStatus   status,
                                             const GDate          *on)
{
  g_autoptr(LdMediationTerm) term = NULL;

  g_return_if_fail (LD_IS_MEDIATION_AGREEMENT (self));
  g_return_if_fail (index < self->terms->len);
  g_return_if_fail ((unsigned) status < LD_N_PERFORMANCE_STATUSES);

  term = ld_mediation_term_copy (g_ptr_array_index (self->terms, index));
  term->status = status;
  g_date_clear (&term->performed_on, 1);
  if (on != NULL && g_date_valid (on))
    term->performed_on = *on;
  ld_mediation_agreement_replace_term (self, index, term);
}

gboolean
ld_mediation_agreement_is_fully_performed (LdMediationAgreement *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), FALSE);

  if (self->terms->len == 0)
    return FALSE;
  for (unsigned i = 0; i < self->terms->len; i++)
    if (((LdMediationTerm *) g_ptr_array_index (self->terms, i))->status != LD_PERFORMANCE_PERFORMED)
      return FALSE;
  return TRUE;
}

/* Validation. */

static void
add_error (GPtrArray  *issues,
           const char *field,
           const char *message)
{
  g_ptr_array_add (issues, ld_field_issue_new (field, LD_ISSUE_ERROR, message));
}

gboolean
ld_mediation_agreement_validate (LdMediationAgreement *self,
                                 GPtrArray            *issues)
{
  g_autoptr(GPtrArray) own = NULL;
  const GDate *reached, *effective, *applied;
  unsigned first;

  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), FALSE);

  if (issues == NULL)
    issues = own = ld_field_issues_new ();
  first = issues->len;

  for (unsigned i = 0; i < self->terms->len; i++)
    {
      LdMediationTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char *message = NULL;

      if (ld_text_is_blank (term->content))
        message = g_strdup_printf (_("Term %u says nothing: write what was agreed or remove it"),
                                   i + 1);
      else if (ld_text_is_blank (term->method))
        message = g_strdup_printf (_("Say how term %u is to be performed"), i + 1);
      if (message != NULL)
        add_error (issues, "agreement-terms", message);
    }

  reached = self->dates[D_REACHED_ON];
  effective = self->dates[D_EFFECTIVE_ON];
  applied = self->dates[D_APPLIED_ON];
  if (reached != NULL && effective != NULL && g_date_compare (effective, reached) < 0)
    add_error (issues, "agreement-effective-on",
               _("The agreement cannot take effect before it was reached"));

  if (applied != NULL)
    {
      const GDate *effect = ld_mediation_agreement_get_effect_date (self);

      if (effect != NULL && g_date_compare (applied, effect) < 0)
        add_error (issues, "confirmation-applied-on",
                   _("Judicial confirmation cannot be applied for before the agreement took effect"));
      if (ld_text_is_blank (self->strings[S_COURT]))
        add_error (issues, "confirmation-court", _("Enter the court asked to confirm the agreement"));
      if (self->dates[D_DECIDED_ON] != NULL && g_date_compare (self->dates[D_DECIDED_ON], applied) < 0)
        add_error (issues, "confirmation-decided-on",
                   _("The court cannot rule before the application"));
    }
  else if (self->result != LD_CONFIRMATION_NONE)
    add_error (issues, "confirmation-applied-on",
               _("Enter the date judicial confirmation was applied for"));

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

static char *
format_date (const GDate *date)
{
  return g_date_valid (date) ? ld_chinese_date_format_iso (date) : g_strdup ("");
}

GVariant *
ld_mediation_agreement_serialize (LdMediationAgreement *self)
{
  GVariantBuilder builder, terms;

  g_return_val_if_fail (LD_IS_MEDIATION_AGREEMENT (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  ld_object_variant_add_properties (G_OBJECT (self), properties, N_PROPS, &builder);

  g_variant_builder_init (&terms, G_VARIANT_TYPE ("a(xssssss)"));
  for (unsigned i = 0; i < self->terms->len; i++)
    {
      LdMediationTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char *deadline = format_date (&term->deadline);
      g_autofree char *performed = format_date (&term->performed_on);

      g_variant_builder_add (&terms, "(xssssss)", term->id, term->content, term->method,
                             deadline, ld_performance_status_to_id (term->status), performed,
                             term->note);
    }
  g_variant_builder_add (&builder, "{sv}", "terms", g_variant_builder_end (&terms));

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
load_terms (LdMediationAgreement *self,
            GVariant             *v,
            GError              **error)
{
  GVariantIter iter;
  gint64 id;
  const char *content, *method, *deadline, *status_id, *performed, *note;

  if (!g_variant_is_of_type (v, G_VARIANT_TYPE ("a(xssssss)")))
    return invalid (error, "terms");

  g_variant_iter_init (&iter, v);
  while (g_variant_iter_next (&iter, "(x&s&s&s&s&s&s)", &id, &content, &method, &deadline,
                              &status_id, &performed, &note))
    {
      g_autoptr(LdMediationTerm) term = ld_mediation_term_new (content, method, NULL);

      if (id < 0 || !read_date (deadline, &term->deadline)
          || !read_date (performed, &term->performed_on)
          || !ld_performance_status_from_id (status_id, &term->status))
        return invalid (error, "terms");
      term->id = id;
      ld_mediation_term_set_note (term, note);
      g_ptr_array_add (self->terms, g_steal_pointer (&term));
    }
  return TRUE;
}

LdMediationAgreement *
ld_mediation_agreement_deserialize (GVariant  *variant,
                                    GError   **error)
{
  g_autoptr(LdMediationAgreement) self = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *v;

  g_return_val_if_fail (variant != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT))
    {
      invalid (error, "agreement");
      return NULL;
    }

  self = ld_mediation_agreement_new ();
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &v))
    {
      g_autoptr(GVariant) owned = v;
      GParamSpec *pspec;
      gboolean ok = TRUE;

      if (g_str_equal (key, "terms"))
        ok = load_terms (self, v, error);
      else if ((pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key)) != NULL
               && !ld_object_variant_set_property (G_OBJECT (self), pspec, v, parse_draft_date))
        ok = invalid (error, key);
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&self);
}
