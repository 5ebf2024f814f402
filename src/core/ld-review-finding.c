/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-review-finding"

#include "config.h"

#include "ld-review-finding.h"

typedef enum
{
  TEXT_CLAUSE,
  TEXT_PROBLEM,
  TEXT_SUGGESTION,
  TEXT_BASIS,
  TEXT_CHECKLIST_POINT,
  N_TEXTS
} TextField;

struct _LdReviewFinding
{
  GObject parent_instance;

  gint64  id;
  char   *texts[N_TEXTS];
};

G_DEFINE_FINAL_TYPE (LdReviewFinding, ld_review_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CLAUSE,
  PROP_PROBLEM,
  PROP_SUGGESTION,
  PROP_BASIS,
  PROP_CHECKLIST_POINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The text properties follow PROP_ID in the order of TextField. */
#define TEXT_PROP(field) ((field) + PROP_CLAUSE)

static void
set_text (LdReviewFinding *self,
          TextField        field,
          const char      *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->texts[field], value) == 0)
    return;
  g_free (self->texts[field]);
  self->texts[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[TEXT_PROP (field)]);
}

static void
ld_review_finding_finalize (GObject *object)
{
  LdReviewFinding *self = LD_REVIEW_FINDING (object);

  for (int i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (ld_review_finding_parent_class)->finalize (object);
}

static void
ld_review_finding_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LdReviewFinding *self = LD_REVIEW_FINDING (object);

  if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id >= PROP_CLAUSE && prop_id < N_PROPS)
    g_value_set_string (value, self->texts[prop_id - PROP_CLAUSE]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ld_review_finding_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LdReviewFinding *self = LD_REVIEW_FINDING (object);

  if (prop_id == PROP_ID)
    ld_review_finding_set_id (self, g_value_get_int64 (value));
  else if (prop_id >= PROP_CLAUSE && prop_id < N_PROPS)
    set_text (self, prop_id - PROP_CLAUSE, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ld_review_finding_class_init (LdReviewFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_review_finding_finalize;
  object_class->get_property = ld_review_finding_get_property;
  object_class->set_property = ld_review_finding_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CLAUSE] = g_param_spec_string ("clause", NULL, NULL, "", flags);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, "", flags);
  properties[PROP_SUGGESTION] = g_param_spec_string ("suggestion", NULL, NULL, "", flags);
  properties[PROP_BASIS] = g_param_spec_string ("basis", NULL, NULL, "", flags);
  properties[PROP_CHECKLIST_POINT] =
    g_param_spec_string ("checklist-point", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_review_finding_init (LdReviewFinding *self)
{
  for (int i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
}

LdReviewFinding *
ld_review_finding_new (const char *clause,
                       const char *problem,
                       const char *suggestion,
                       const char *basis)
{
  LdReviewFinding *self = g_object_new (LD_TYPE_REVIEW_FINDING, NULL);

  set_text (self, TEXT_CLAUSE, clause);
  set_text (self, TEXT_PROBLEM, problem);
  set_text (self, TEXT_SUGGESTION, suggestion);
  set_text (self, TEXT_BASIS, basis);
  return self;
}

gint64
ld_review_finding_get_id (LdReviewFinding *self)
{
  g_return_val_if_fail (LD_IS_REVIEW_FINDING (self), 0);
  return self->id;
}

void
ld_review_finding_set_id (LdReviewFinding *self,
                          gint64           id)
{
  g_return_if_fail (LD_IS_REVIEW_FINDING (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

#define TEXT_ACCESSORS(name, FIELD)                                      \
  const char *                                                           \
  ld_review_finding_get_##name (LdReviewFinding *self)                   \
  {                                                                      \
    g_return_val_if_fail (LD_IS_REVIEW_FINDING (self), NULL);            \
    return self->texts[FIELD];                                           \
  }                                                                      \
                                                                         \
  void                                                                   \
  ld_review_finding_set_##name (LdReviewFinding *self, const char *value)\
  {                                                                      \
    g_return_if_fail (LD_IS_REVIEW_FINDING (self));                      \
    set_text (self, FIELD, value);                                       \
  }

TEXT_ACCESSORS (clause, TEXT_CLAUSE)
TEXT_ACCESSORS (problem, TEXT_PROBLEM)
TEXT_ACCESSORS (suggestion, TEXT_SUGGESTION)
TEXT_ACCESSORS (basis, TEXT_BASIS)
TEXT_ACCESSORS (checklist_point, TEXT_CHECKLIST_POINT)

gboolean
ld_review_finding_is_blank (LdReviewFinding *self)
{
  g_autofree char *problem = NULL;

  g_return_val_if_fail (LD_IS_REVIEW_FINDING (self), TRUE);

  problem = g_strstrip (g_strdup (self->texts[TEXT_PROBLEM]));
  return problem[0] == '\0';
}

LdReviewFinding *
ld_review_finding_copy (LdReviewFinding *self)
{
  LdReviewFinding *copy;

  g_return_val_if_fail (LD_IS_REVIEW_FINDING (self), NULL);

  copy = g_object_new (LD_TYPE_REVIEW_FINDING, NULL);
  copy->id = self->id;
  for (int i = 0; i < N_TEXTS; i++)
    set_text (copy, i, self->texts[i]);
  return copy;
}

gboolean
ld_review_finding_equal (LdReviewFinding *a,
                         LdReviewFinding *b)
{
  g_return_val_if_fail (LD_IS_REVIEW_FINDING (a), FALSE);
  g_return_val_if_fail (LD_IS_REVIEW_FINDING (b), FALSE);

  for (int i = 0; i < N_TEXTS; i++)
    if (!g_str_equal (a->texts[i], b->texts[i]))
      return FALSE;
  return TRUE;
}
