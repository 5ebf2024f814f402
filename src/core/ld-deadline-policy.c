/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-deadline-policy"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-deadline-policy.h"
#include "ld-enum-util.h"

G_DEFINE_ENUM_TYPE (LdDayRule, ld_day_rule,
  G_DEFINE_ENUM_VALUE (LD_DAY_RULE_CALENDAR, "calendar"),
  G_DEFINE_ENUM_VALUE (LD_DAY_RULE_WORKING, "working"))

G_DEFINE_ENUM_TYPE (LdTimeLimit, ld_time_limit,
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_NOTICE, "notice"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_OBJECTION, "objection"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_HANDLING, "handling"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_EXTENSION, "extension"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_REVIEW_REQUEST, "review_request"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_REVIEW_DECISION, "review_decision"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_REREVIEW_REQUEST, "rereview_request"),
  G_DEFINE_ENUM_VALUE (LD_TIME_LIMIT_REREVIEW_DECISION, "rereview_decision"))

typedef struct
{
  int         days;
  LdDayRule   rule;
  const char *label;
} LimitDefault;

/* DOMAIN.md 1.2: "N日" is read as calendar days, "5个工作日" as working
 * days (the reading is unconfirmed, hence configurable). */
static const LimitDefault defaults[LD_N_TIME_LIMITS] = {
  [LD_TIME_LIMIT_NOTICE] = { 15, LD_DAY_RULE_CALENDAR, N_("Written notice") },
  [LD_TIME_LIMIT_OBJECTION] = { 5, LD_DAY_RULE_WORKING, N_("Objection to a misrouted transfer") },
  [LD_TIME_LIMIT_HANDLING] = { 60, LD_DAY_RULE_CALENDAR, N_("Handling and written reply") },
  [LD_TIME_LIMIT_EXTENSION] = { 30, LD_DAY_RULE_CALENDAR, N_("Extension of the handling period") },
  [LD_TIME_LIMIT_REVIEW_REQUEST] = { 30, LD_DAY_RULE_CALENDAR, N_("Request for review") },
  [LD_TIME_LIMIT_REVIEW_DECISION] = { 30, LD_DAY_RULE_CALENDAR, N_("Review decision") },
  [LD_TIME_LIMIT_REREVIEW_REQUEST] = { 30, LD_DAY_RULE_CALENDAR, N_("Request for re-review") },
  [LD_TIME_LIMIT_REREVIEW_DECISION] = { 30, LD_DAY_RULE_CALENDAR, N_("Re-review decision") },
};

#define MAX_EXTENSIONS_LIMIT 3
#define GROUP_THRESHOLD_MIN 2
#define GROUP_THRESHOLD_MAX 1000

struct _LdDeadlinePolicy
{
  GObject parent_instance;

  int       days[LD_N_TIME_LIMITS];
  LdDayRule rules[LD_N_TIME_LIMITS];
  int       max_extensions;
  int       group_threshold;
};

G_DEFINE_FINAL_TYPE (LdDeadlinePolicy, ld_deadline_policy, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ld_deadline_policy_class_init (LdDeadlinePolicyClass *klass)
{
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ld_deadline_policy_init (LdDeadlinePolicy *self)
{
  for (int i = 0; i < LD_N_TIME_LIMITS; i++)
    {
      self->days[i] = defaults[i].days;
      self->rules[i] = defaults[i].rule;
    }
  self->max_extensions = LD_DEADLINE_POLICY_DEFAULT_MAX_EXTENSIONS;
  self->group_threshold = LD_DEADLINE_POLICY_DEFAULT_GROUP_THRESHOLD;
}

LdDeadlinePolicy *
ld_deadline_policy_new (void)
{
  return g_object_new (LD_TYPE_DEADLINE_POLICY, NULL);
}

LdDeadlinePolicy *
ld_deadline_policy_copy (LdDeadlinePolicy *self)
{
  LdDeadlinePolicy *copy;

  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), NULL);

  copy = ld_deadline_policy_new ();
  memcpy (copy->days, self->days, sizeof self->days);
  memcpy (copy->rules, self->rules, sizeof self->rules);
  copy->max_extensions = self->max_extensions;
  copy->group_threshold = self->group_threshold;
  return copy;
}

LD_DEFINE_ENUM_ID_FUNCS (LdDayRule, ld_day_rule, LD_N_DAY_RULES)

const char *
ld_day_rule_get_label (LdDayRule rule)
{
  g_return_val_if_fail ((unsigned) rule < LD_N_DAY_RULES, NULL);
  return rule == LD_DAY_RULE_CALENDAR ? _("calendar days") : _("working days");
}

LD_DEFINE_ENUM_ID_FUNCS (LdTimeLimit, ld_time_limit, LD_N_TIME_LIMITS)

const char *
ld_time_limit_get_label (LdTimeLimit limit)
{
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, NULL);
  return _(defaults[limit].label);
}

int
ld_deadline_policy_get_default_days (LdTimeLimit limit)
{
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, 0);
  return defaults[limit].days;
}

LdDayRule
ld_deadline_policy_get_default_rule (LdTimeLimit limit)
{
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, LD_DAY_RULE_CALENDAR);
  return defaults[limit].rule;
}

static void
emit_changed (LdDeadlinePolicy *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

int
ld_deadline_policy_get_days (LdDeadlinePolicy *self,
                             LdTimeLimit       limit)
{
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), 0);
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, 0);
  return self->days[limit];
}

void
ld_deadline_policy_set_days (LdDeadlinePolicy *self,
                             LdTimeLimit       limit,
                             int               days)
{
  g_return_if_fail (LD_IS_DEADLINE_POLICY (self));
  g_return_if_fail ((unsigned) limit < LD_N_TIME_LIMITS);
  g_return_if_fail (days >= 1 && days <= LD_DEADLINE_POLICY_MAX_DAYS);

  if (self->days[limit] == days)
    return;
  self->days[limit] = days;
  emit_changed (self);
}

LdDayRule
ld_deadline_policy_get_rule (LdDeadlinePolicy *self,
                             LdTimeLimit       limit)
{
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), LD_DAY_RULE_CALENDAR);
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, LD_DAY_RULE_CALENDAR);
  return self->rules[limit];
}

void
ld_deadline_policy_set_rule (LdDeadlinePolicy *self,
                             LdTimeLimit       limit,
                             LdDayRule         rule)
{
  g_return_if_fail (LD_IS_DEADLINE_POLICY (self));
  g_return_if_fail ((unsigned) limit < LD_N_TIME_LIMITS);
  g_return_if_fail ((unsigned) rule < LD_N_DAY_RULES);

  if (self->rules[limit] == rule)
    return;
  self->rules[limit] = rule;
  emit_changed (self);
}

int
ld_deadline_policy_get_max_extensions (LdDeadlinePolicy *self)
{
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), 0);
  return self->max_extensions;
}

void
ld_deadline_policy_set_max_extensions (LdDeadlinePolicy *self,
                                       int               max)
{
  g_return_if_fail (LD_IS_DEADLINE_POLICY (self));
  g_return_if_fail (max >= 0 && max <= MAX_EXTENSIONS_LIMIT);

  if (self->max_extensions == max)
    return;
  self->max_extensions = max;
  emit_changed (self);
}

int
ld_deadline_policy_get_group_threshold (LdDeadlinePolicy *self)
{
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), LD_DEADLINE_POLICY_DEFAULT_GROUP_THRESHOLD);
  return self->group_threshold;
}

void
ld_deadline_policy_set_group_threshold (LdDeadlinePolicy *self,
                                        int               threshold)
{
  g_return_if_fail (LD_IS_DEADLINE_POLICY (self));
  g_return_if_fail (threshold >= GROUP_THRESHOLD_MIN && threshold <= GROUP_THRESHOLD_MAX);

  if (self->group_threshold == threshold)
    return;
  self->group_threshold = threshold;
  emit_changed (self);
}

GDate *
ld_deadline_policy_compute_due (LdDeadlinePolicy *self,
                                LdCalendar       *calendar,
                                LdTimeLimit       limit,
                                const GDate      *start,
                                int               extra_days)
{
  int n;

  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail ((unsigned) limit < LD_N_TIME_LIMITS, NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (extra_days >= 0, NULL);

  /* One period of days + extra, counted once with the limit's rule: an
   * extension continues the period rather than starting a new one from a
   * rolled-forward end, so a holiday at the end of the original 60 days
   * does not lengthen it. */
  n = self->days[limit] + extra_days;
  if (self->rules[limit] == LD_DAY_RULE_WORKING)
    return ld_calendar_add_working_days (calendar, start, n);
  return ld_calendar_add_calendar_days_rolled (calendar, start, n);
}

/* Settings. */

#define KEY_PREFIX "petition."
#define KEY_MAX_EXTENSIONS KEY_PREFIX "max_extensions"
#define KEY_GROUP_THRESHOLD KEY_PREFIX "group_threshold"

static const char * const setting_keys[] = {
  KEY_PREFIX "notice.days", KEY_PREFIX "notice.rule",
  KEY_PREFIX "objection.days", KEY_PREFIX "objection.rule",
  KEY_PREFIX "handling.days", KEY_PREFIX "handling.rule",
  KEY_PREFIX "extension.days",
  KEY_PREFIX "review_request.days", KEY_PREFIX "review_request.rule",
  KEY_PREFIX "review_decision.days", KEY_PREFIX "review_decision.rule",
  KEY_PREFIX "rereview_request.days", KEY_PREFIX "rereview_request.rule",
  KEY_PREFIX "rereview_decision.days", KEY_PREFIX "rereview_decision.rule",
  KEY_MAX_EXTENSIONS,
  KEY_GROUP_THRESHOLD,
  NULL
};

/* Every limit has days and a rule, except that an extension is counted
 * with the handling rule, so it has no rule of its own. */
G_STATIC_ASSERT (G_N_ELEMENTS (setting_keys) == 2 * LD_N_TIME_LIMITS - 1 + 3);

const char * const *
ld_deadline_policy_get_setting_keys (void)
{
  return setting_keys;
}

gboolean
ld_deadline_policy_is_setting_key (const char *key)
{
  g_return_val_if_fail (key != NULL, FALSE);
  return g_strv_contains (setting_keys, key);
}

/* Splits "petition.<limit>.days|rule" into its parts; FALSE for other keys. */
static gboolean
parse_limit_key (const char  *key,
                 LdTimeLimit *out_limit,
                 gboolean    *out_is_rule)
{
  g_autofree char *middle = NULL;
  const char *dot;

  if (!g_str_has_prefix (key, KEY_PREFIX))
    return FALSE;
  key += strlen (KEY_PREFIX);
  dot = strchr (key, '.');
  if (dot == NULL)
    return FALSE;
  middle = g_strndup (key, dot - key);
  if (!ld_time_limit_from_id (middle, out_limit))
    return FALSE;
  if (g_str_equal (dot + 1, "days"))
    *out_is_rule = FALSE;
  else if (g_str_equal (dot + 1, "rule") && *out_limit != LD_TIME_LIMIT_EXTENSION)
    *out_is_rule = TRUE;
  else
    return FALSE;
  return TRUE;
}

char *
ld_deadline_policy_get_setting (LdDeadlinePolicy *self,
                                const char       *key)
{
  LdTimeLimit limit;
  gboolean is_rule;

  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (g_str_equal (key, KEY_MAX_EXTENSIONS))
    return g_strdup_printf ("%d", self->max_extensions);
  if (g_str_equal (key, KEY_GROUP_THRESHOLD))
    return g_strdup_printf ("%d", self->group_threshold);
  if (!parse_limit_key (key, &limit, &is_rule))
    return NULL;
  if (is_rule)
    return g_strdup (ld_day_rule_to_id (self->rules[limit]));
  return g_strdup_printf ("%d", self->days[limit]);
}

static gboolean
parse_number (const char  *key,
              const char  *value,
              int          min,
              int          max,
              int         *out,
              GError     **error)
{
  gint64 number;
  g_autoptr(GError) local = NULL;

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, &local))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The setting %s must be a whole number, not “%s”"), key, value);
      return FALSE;
    }
  if (number < min || number > max)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                   _("The setting %s must be between %d and %d"), key, min, max);
      return FALSE;
    }
  *out = (int) number;
  return TRUE;
}

gboolean
ld_deadline_policy_set_setting (LdDeadlinePolicy  *self,
                                const char        *key,
                                const char        *value,
                                GError           **error)
{
  LdTimeLimit limit;
  gboolean is_rule;
  int number;

  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_str_equal (key, KEY_MAX_EXTENSIONS))
    {
      if (!parse_number (key, value, 0, MAX_EXTENSIONS_LIMIT, &number, error))
        return FALSE;
      ld_deadline_policy_set_max_extensions (self, number);
      return TRUE;
    }
  if (g_str_equal (key, KEY_GROUP_THRESHOLD))
    {
      if (!parse_number (key, value, GROUP_THRESHOLD_MIN, GROUP_THRESHOLD_MAX, &number, error))
        return FALSE;
      ld_deadline_policy_set_group_threshold (self, number);
      return TRUE;
    }
  if (!parse_limit_key (key, &limit, &is_rule))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("%s is not a setting of the petition time limits"), key);
      return FALSE;
    }
  if (is_rule)
    {
      LdDayRule rule;

      if (!ld_day_rule_from_id (value, &rule))
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("The setting %s must be “calendar” or “working”, not “%s”"),
                       key, value);
          return FALSE;
        }
      ld_deadline_policy_set_rule (self, limit, rule);
      return TRUE;
    }
  if (!parse_number (key, value, 1, LD_DEADLINE_POLICY_MAX_DAYS, &number, error))
    return FALSE;
  ld_deadline_policy_set_days (self, limit, number);
  return TRUE;
}
