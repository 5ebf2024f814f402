/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-calendar.h"

G_BEGIN_DECLS

/* How the days of a time limit are counted. Both rules leave the start day
 * out (the period runs from the day after the event):
 *
 *   CALENDAR ("N日"): N calendar days; when the last day is not a working
 *     day (a weekend or a statutory holiday) the limit ends on the next
 *     working day (DOMAIN.md 0; 民法典 200–203). A 调休 working weekend day
 *     is a working day, so a last day on it stays.
 *   WORKING ("N个工作日"): N working days of the calendar (weekends and
 *     holidays skipped, 调休 working weekend days counted). */
typedef enum
{
  LD_DAY_RULE_CALENDAR,
  LD_DAY_RULE_WORKING,
  LD_N_DAY_RULES
} LdDayRule;

/* The time limits of the 信访工作条例 (DOMAIN.md 1.2). */
typedef enum
{
  LD_TIME_LIMIT_NOTICE,             /* written notice, 15日 from receipt (Art 23) */
  LD_TIME_LIMIT_OBJECTION,          /* objection to a misrouted transfer, 5个工作日 (Art 23¶3) */
  LD_TIME_LIMIT_HANDLING,           /* handling, 60日 from acceptance (Art 34) */
  LD_TIME_LIMIT_EXTENSION,          /* the longest single extension, 30日 (Art 34); its days are
                                     * added to the handling period and counted with the
                                     * handling rule, so its own rule is not used */
  LD_TIME_LIMIT_REVIEW_REQUEST,     /* 复查 request, 30日 from receiving the reply (Art 35) */
  LD_TIME_LIMIT_REVIEW_DECISION,    /* 复查 decision, 30日 from the request (Art 35) */
  LD_TIME_LIMIT_REREVIEW_REQUEST,   /* 复核 request, 30日 from receiving the 复查 reply (Art 36) */
  LD_TIME_LIMIT_REREVIEW_DECISION,  /* 复核 decision, 30日, hearing time excluded (Art 36) */
  LD_N_TIME_LIMITS
} LdTimeLimit;

GType       ld_day_rule_get_type (void) G_GNUC_CONST;
#define LD_TYPE_DAY_RULE (ld_day_rule_get_type ())
/* "calendar" or "working". */
const char *ld_day_rule_to_id (LdDayRule rule);
gboolean    ld_day_rule_from_id (const char *id, LdDayRule *out);
/* "calendar days" / "working days", for "15 calendar days". */
const char *ld_day_rule_get_label (LdDayRule rule);

GType       ld_time_limit_get_type (void) G_GNUC_CONST;
#define LD_TYPE_TIME_LIMIT (ld_time_limit_get_type ())
/* "notice", "objection", "handling", "extension", "review_request",
 * "review_decision", "rereview_request", "rereview_decision". */
const char *ld_time_limit_to_id (LdTimeLimit limit);
gboolean    ld_time_limit_from_id (const char *id, LdTimeLimit *out);
/* A translated noun phrase, e.g. "Written notice". */
const char *ld_time_limit_get_label (LdTimeLimit limit);

#define LD_TYPE_DEADLINE_POLICY (ld_deadline_policy_get_type ())
G_DECLARE_FINAL_TYPE (LdDeadlinePolicy, ld_deadline_policy, LD, DEADLINE_POLICY, GObject)

/* The petition time limits in force for the organisation: for each limit
 * the number of days and the day rule, plus how many extensions are allowed
 * and the group petition threshold. A new policy holds the national
 * defaults; a locality changes any of them in Preferences (DOMAIN.md 0),
 * and the store keeps them in the settings table (see the _setting
 * functions). Signal "changed" (no arguments) after any change. */

#define LD_DEADLINE_POLICY_MAX_DAYS 365
#define LD_DEADLINE_POLICY_DEFAULT_MAX_EXTENSIONS 1
#define LD_DEADLINE_POLICY_DEFAULT_GROUP_THRESHOLD 5
/* Art 20: a multi-person visit elects at most 5 representatives (statute,
 * not configurable). */
#define LD_PETITION_MAX_REPRESENTATIVES 5

LdDeadlinePolicy *ld_deadline_policy_new (void);
LdDeadlinePolicy *ld_deadline_policy_copy (LdDeadlinePolicy *self);

/* 1 … LD_DEADLINE_POLICY_MAX_DAYS. */
int         ld_deadline_policy_get_days (LdDeadlinePolicy *self, LdTimeLimit limit);
void        ld_deadline_policy_set_days (LdDeadlinePolicy *self, LdTimeLimit limit, int days);
LdDayRule   ld_deadline_policy_get_rule (LdDeadlinePolicy *self, LdTimeLimit limit);
void        ld_deadline_policy_set_rule (LdDeadlinePolicy *self, LdTimeLimit limit, LdDayRule rule);
/* The national default of @limit (15, 5 working, 60, 30, 30, 30, 30, 30). */
int         ld_deadline_policy_get_default_days (LdTimeLimit limit);
LdDayRule   ld_deadline_policy_get_default_rule (LdTimeLimit limit);

/* How many extensions a petition may have, 0 … 3 (default 1). */
int         ld_deadline_policy_get_max_extensions (LdDeadlinePolicy *self);
void        ld_deadline_policy_set_max_extensions (LdDeadlinePolicy *self, int max);
/* From how many people a petition counts as a group petition (集体访),
 * 2 … 1000 (default 5; DOMAIN.md 0, unconfirmed in the statute). */
int         ld_deadline_policy_get_group_threshold (LdDeadlinePolicy *self);
void        ld_deadline_policy_set_group_threshold (LdDeadlinePolicy *self, int threshold);

/* The last day of @limit counted from @start (not counted) by its rule;
 * for the calendar rule rolled forward to a working day. @extra_days
 * (>= 0) lengthens the period (approved extensions, excluded hearing days).
 * Free with g_date_free(). */
GDate      *ld_deadline_policy_compute_due (LdDeadlinePolicy *self,
                                            LdCalendar       *calendar,
                                            LdTimeLimit       limit,
                                            const GDate      *start,
                                            int               extra_days);

/* Key-value form for the settings table. The keys (static, NULL-terminated)
 * are "petition.<limit-id>.days" for every limit, "petition.<limit-id>.rule"
 * for every limit but the extension, "petition.max_extensions" and
 * "petition.group_threshold"; values are decimal numbers or rule ids. A
 * key missing from the table keeps its default. */
const char * const *ld_deadline_policy_get_setting_keys (void);
/* The value of @key as text; NULL for an unknown key. */
char       *ld_deadline_policy_get_setting (LdDeadlinePolicy *self,
                                            const char       *key);
/* Sets @key from @value; an unknown key, a malformed value or one out of
 * range fails with LD_CORE_ERROR_INVALID / LD_CORE_ERROR_OUT_OF_RANGE and
 * leaves the policy unchanged. */
gboolean    ld_deadline_policy_set_setting (LdDeadlinePolicy  *self,
                                            const char        *key,
                                            const char        *value,
                                            GError           **error);
/* TRUE when @key is one of the policy's (to pick them out of a table). */
gboolean    ld_deadline_policy_is_setting_key (const char *key);

G_END_DECLS
