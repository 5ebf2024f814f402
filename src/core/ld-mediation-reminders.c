/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-reminders"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-chinese-date.h"
#include "ld-enum-util.h"
#include "ld-mediation-reminders.h"

G_DEFINE_ENUM_TYPE (LdMediationReminderKind, ld_mediation_reminder_kind,
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_REMINDER_TARGET_PERIOD, "target_period"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE, "performance_deadline"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_REMINDER_RETURN_VISIT, "return_visit"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW, "confirmation_window"))

LD_DEFINE_ENUM_ID_FUNCS (LdMediationReminderKind, ld_mediation_reminder_kind,
                         LD_N_MEDIATION_REMINDER_KINDS)

G_DEFINE_BOXED_TYPE (LdMediationReminder, ld_mediation_reminder,
                     ld_mediation_reminder_copy, ld_mediation_reminder_free)

void
ld_mediation_reminder_settings_init (LdMediationReminderSettings *settings)
{
  g_return_if_fail (settings != NULL);

  settings->target_days = 30;
  settings->admin_working_days = 20;
  settings->admin_extension_days = 10;
  settings->return_visit_days = 30;
  settings->confirmation_days = 30;
  settings->confirmation_warn_days = 7;
  settings->warn_days = 3;
}

LdMediationReminder *
ld_mediation_reminder_copy (const LdMediationReminder *reminder)
{
  LdMediationReminder *copy;

  g_return_val_if_fail (reminder != NULL, NULL);

  copy = g_memdup2 (reminder, sizeof *reminder);
  copy->message = g_strdup (reminder->message);
  return copy;
}

void
ld_mediation_reminder_free (LdMediationReminder *reminder)
{
  if (reminder == NULL)
    return;
  g_free (reminder->message);
  g_free (reminder);
}

/* Where the candidates go: @today NULL collects every due date for
 * next_due(); otherwise only what is to be shown on @today. */
typedef struct
{
  const GDate                       *today;
  const LdMediationReminderSettings *settings;
  GPtrArray                         *out;
} Collector;

static void
offer (Collector               *c,
       LdMediationReminderKind  kind,
       const GDate             *due,
       unsigned                 term_number)
{
  LdMediationReminder *reminder;
  g_autofree char *shown = NULL;
  int days_left = 0;

  if (c->today != NULL)
    {
      days_left = g_date_days_between (c->today, due);
      if (kind == LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW)
        {
          if (days_left < 0 || days_left > c->settings->confirmation_warn_days)
            return;
        }
      else if (days_left > c->settings->warn_days)
        return;
    }

  reminder = g_new0 (LdMediationReminder, 1);
  reminder->kind = kind;
  reminder->due = *due;
  reminder->days_left = days_left;
  reminder->overdue = c->today != NULL && days_left < 0;
  reminder->term_number = term_number;

  shown = ld_chinese_date_format (due);
  switch (kind)
    {
    case LD_MEDIATION_REMINDER_TARGET_PERIOD:
      reminder->message = reminder->overdue
        ? g_strdup_printf (_("The mediation period ended on %s: close the case or record why "
                             "it takes longer"), shown)
        : g_strdup_printf (_("The mediation period ends on %s"), shown);
      break;
    case LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE:
      reminder->message = reminder->overdue
        ? g_strdup_printf (_("Term %u was to be performed by %s: check whether it has been"),
                           term_number, shown)
        : g_strdup_printf (_("Term %u is to be performed by %s"), term_number, shown);
      break;
    case LD_MEDIATION_REMINDER_RETURN_VISIT:
      reminder->message = reminder->overdue
        ? g_strdup_printf (_("The return visit was due on %s"), shown)
        : g_strdup_printf (_("The return visit is due on %s"), shown);
      break;
    case LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW:
      reminder->message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Judicial confirmation must be applied for by %s (%d day left)",
                                      "Judicial confirmation must be applied for by %s (%d days left)",
                                      (unsigned long) days_left),
                         shown, days_left);
      break;
    case LD_N_MEDIATION_REMINDER_KINDS:
    default:
      g_assert_not_reached ();
    }
  g_ptr_array_add (c->out, reminder);
}

static void
collect (LdMediationCase *mcase,
         LdCalendar      *calendar,
         Collector       *c)
{
  const LdMediationReminderSettings *s = c->settings;
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  LdMediationStatus status = ld_mediation_case_get_status (mcase);
  LdMediationKind kind = ld_mediation_case_get_kind (mcase);
  const GDate *accepted = ld_mediation_case_get_accepted_on (mcase);
  const GDate *reached = ld_mediation_agreement_get_reached_on (agreement);
  const GDate *effect = ld_mediation_agreement_get_effect_date (agreement);

  if ((status == LD_MEDIATION_STATUS_ACCEPTED || status == LD_MEDIATION_STATUS_INVESTIGATING
       || status == LD_MEDIATION_STATUS_MEDIATING) && accepted != NULL)
    {
      g_autoptr(GDate) due = NULL;

      if (kind == LD_MEDIATION_KIND_ADMINISTRATIVE)
        due = ld_calendar_add_working_days (calendar, accepted,
                                            s->admin_working_days
                                            + (ld_mediation_case_get_extension_approved (mcase)
                                               ? s->admin_extension_days : 0));
      else
        {
          due = g_date_copy (accepted);
          g_date_add_days (due, (guint) s->target_days);
        }
      offer (c, LD_MEDIATION_REMINDER_TARGET_PERIOD, due, 0);
    }

  if (status == LD_MEDIATION_STATUS_AGREEMENT_REACHED)
    for (unsigned i = 0; i < ld_mediation_agreement_get_n_terms (agreement); i++)
      {
        const LdMediationTerm *term = ld_mediation_agreement_get_term (agreement, i);

        if (term->status != LD_PERFORMANCE_PERFORMED && g_date_valid (&term->deadline))
          offer (c, LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE, &term->deadline, i + 1);
      }

  if ((status == LD_MEDIATION_STATUS_AGREEMENT_REACHED || status == LD_MEDIATION_STATUS_PERFORMED)
      && reached != NULL && ld_mediation_case_get_return_visits (mcase)->len == 0)
    {
      GDate due = *reached;

      g_date_add_days (&due, (guint) s->return_visit_days);
      offer (c, LD_MEDIATION_REMINDER_RETURN_VISIT, &due, 0);
    }

  if (kind == LD_MEDIATION_KIND_PEOPLE
      && (status == LD_MEDIATION_STATUS_AGREEMENT_REACHED || status == LD_MEDIATION_STATUS_PERFORMED
          || status == LD_MEDIATION_STATUS_RETURN_VISIT_DONE)
      && effect != NULL
      && ld_mediation_agreement_get_confirmation_applied_on (agreement) == NULL
      && ld_mediation_agreement_get_confirmation_result (agreement) == LD_CONFIRMATION_NONE)
    {
      g_autoptr(GDate) due = ld_calendar_add_calendar_days_rolled (calendar, effect,
                                                                   s->confirmation_days);
      offer (c, LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW, due, 0);
    }
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const LdMediationReminder *ra = *(LdMediationReminder * const *) a;
  const LdMediationReminder *rb = *(LdMediationReminder * const *) b;
  int by_date = g_date_compare (&ra->due, &rb->due);

  if (by_date != 0)
    return by_date;
  if (ra->kind != rb->kind)
    return (int) ra->kind - (int) rb->kind;
  return (int) ra->term_number - (int) rb->term_number;
}

GPtrArray *
ld_mediation_reminders_compute (LdMediationCase                   *mcase,
                                const GDate                       *today,
                                LdCalendar                        *calendar,
                                const LdMediationReminderSettings *settings)
{
  LdMediationReminderSettings defaults;
  Collector c;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);

  if (settings == NULL)
    {
      ld_mediation_reminder_settings_init (&defaults);
      settings = &defaults;
    }
  c.today = today;
  c.settings = settings;
  c.out = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_reminder_free);
  collect (mcase, calendar, &c);
  g_ptr_array_sort (c.out, compare_due);
  return c.out;
}

GDate *
ld_mediation_reminders_next_due (LdMediationCase                   *mcase,
                                 LdCalendar                        *calendar,
                                 const LdMediationReminderSettings *settings)
{
  LdMediationReminderSettings defaults;
  g_autoptr(GPtrArray) all = NULL;
  Collector c;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);

  if (settings == NULL)
    {
      ld_mediation_reminder_settings_init (&defaults);
      settings = &defaults;
    }
  /* Once the return visit is done the register no longer follows the
   * case (it is not an open status, so no due list would show the date);
   * the editor still warns about the confirmation window. */
  if (ld_mediation_case_get_status (mcase) == LD_MEDIATION_STATUS_RETURN_VISIT_DONE)
    return NULL;
  c.today = NULL;
  c.settings = settings;
  c.out = all = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_mediation_reminder_free);
  collect (mcase, calendar, &c);
  if (all->len == 0)
    return NULL;
  g_ptr_array_sort (all, compare_due);
  return g_date_copy (&((LdMediationReminder *) g_ptr_array_index (all, 0))->due);
}

void
ld_mediation_reminders_update_due_on (LdMediationCase                   *mcase,
                                      LdCalendar                        *calendar,
                                      const LdMediationReminderSettings *settings)
{
  g_autoptr(GDate) due = NULL;

  g_return_if_fail (LD_IS_MEDIATION_CASE (mcase));
  g_return_if_fail (LD_IS_CALENDAR (calendar));

  due = ld_mediation_reminders_next_due (mcase, calendar, settings);
  ld_mediation_case_set_due_on (mcase, due);
}
