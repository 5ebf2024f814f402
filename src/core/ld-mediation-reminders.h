/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-calendar.h"
#include "ld-mediation-case.h"

G_BEGIN_DECLS

typedef enum
{
  LD_MEDIATION_REMINDER_TARGET_PERIOD,         /* the mediation period runs out */
  LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE,  /* a term's performance deadline */
  LD_MEDIATION_REMINDER_RETURN_VISIT,          /* the return visit is due */
  LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW,   /* the 司法确认 window is closing */
  LD_N_MEDIATION_REMINDER_KINDS
} LdMediationReminderKind;

GType       ld_mediation_reminder_kind_get_type (void) G_GNUC_CONST;
#define LD_TYPE_MEDIATION_REMINDER_KIND (ld_mediation_reminder_kind_get_type ())
/* "target_period", "performance_deadline", "return_visit",
 * "confirmation_window". */
const char *ld_mediation_reminder_kind_to_id (LdMediationReminderKind kind);
gboolean    ld_mediation_reminder_kind_from_id (const char *id, LdMediationReminderKind *out);

/* The periods (DOMAIN.md 0, 2.2, 3). The organisation's settings will
 * carry them; until then ld_mediation_reminder_settings_init() gives the
 * defaults. */
typedef struct
{
  int target_days;             /* 人民调解: 30 calendar days from acceptance */
  int admin_working_days;      /* 行政调解: 20 working days from acceptance */
  int admin_extension_days;    /* +10 working days when "extension-approved" */
  int return_visit_days;       /* 30 days after the agreement was reached */
  int confirmation_days;       /* 30日 from the agreement taking effect */
  int confirmation_warn_days;  /* warn while this many days or fewer are left: 7 */
  int warn_days;               /* other reminders appear this many days ahead: 3 */
} LdMediationReminderSettings;

void ld_mediation_reminder_settings_init (LdMediationReminderSettings *settings);

/* One thing to do about a case by a date. @days_left counts calendar days
 * from today to @due, negative once it has passed (@overdue). For a
 * performance deadline @term_number is the term's number (1-based), else 0.
 * @message is translated. */
typedef struct
{
  LdMediationReminderKind  kind;
  GDate                    due;
  int                      days_left;
  gboolean                 overdue;
  unsigned                 term_number;
  char                    *message;
} LdMediationReminder;

#define LD_TYPE_MEDIATION_REMINDER (ld_mediation_reminder_get_type ())
GType                ld_mediation_reminder_get_type (void) G_GNUC_CONST;
LdMediationReminder *ld_mediation_reminder_copy (const LdMediationReminder *reminder);
void                 ld_mediation_reminder_free (LdMediationReminder *reminder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdMediationReminder, ld_mediation_reminder_free)

/* The reminders of @mcase on @today, earliest due first (a new array of
 * LdMediationReminder; @settings NULL: the defaults):
 *
 *   target period: while accepted, investigating or mediating; due
 *     "target_days" calendar days after acceptance (people's mediation) or
 *     "admin_working_days" (+ "admin_extension_days" when approved)
 *     working days after it (administrative mediation, @calendar);
 *   performance deadline: each term not yet performed that has a deadline,
 *     while the agreement is reached (not yet performed);
 *   return visit: with the agreement reached or performed and no visit on
 *     record; due "return_visit_days" after the agreement was reached;
 *   confirmation window: a people's mediation agreement not yet brought to
 *     court, due "confirmation_days" after it took effect (a last day off
 *     work rolls to the next working day, as statutory periods do); shown
 *     only while "confirmation_warn_days" or fewer are left, and no longer
 *     once it has closed (nothing can then be done).
 *
 * The others appear "warn_days" before they are due and stay while
 * overdue. */
GPtrArray *ld_mediation_reminders_compute (LdMediationCase                   *mcase,
                                           const GDate                       *today,
                                           LdCalendar                        *calendar,
                                           const LdMediationReminderSettings *settings);

/* The earliest date anything above falls due, however far ahead, for the
 * due_on column; NULL when nothing is due, and once the return visit is
 * done (the register stops following the case there; the confirmation
 * window is still among the reminders). Free with g_date_free(). */
GDate     *ld_mediation_reminders_next_due (LdMediationCase                   *mcase,
                                            LdCalendar                        *calendar,
                                            const LdMediationReminderSettings *settings);

/* Sets @mcase's "due-on" to ld_mediation_reminders_next_due() (unset when
 * nothing is due); the store calls it before saving, after a transition. */
void       ld_mediation_reminders_update_due_on (LdMediationCase                   *mcase,
                                                 LdCalendar                        *calendar,
                                                 const LdMediationReminderSettings *settings);

G_END_DECLS
