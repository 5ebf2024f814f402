/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-mediation-reminders.h"

static GDate
dmy (int d,
     int m,
     int y)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

static void
assert_date (const GDate *date,
             int          d,
             int          m,
             int          y)
{
  GDate expected = dmy (d, m, y);

  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_compare (date, &expected), ==, 0);
}

static GPtrArray *
compute_on (LdMediationCase *mcase,
            LdCalendar      *calendar,
            int              d,
            int              m,
            int              y)
{
  GDate today = dmy (d, m, y);

  return ld_mediation_reminders_compute (mcase, &today, calendar, NULL);
}

static LdMediationReminder *
at (GPtrArray *reminders,
    unsigned   i)
{
  g_assert_cmpuint (i, <, reminders->len);
  return g_ptr_array_index (reminders, i);
}

/* Accepted on Tuesday 3 November 2026 and under mediation. */
static LdMediationCase *
make_open_case (LdMediationKind kind)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  GDate applied = dmy (2, 11, 2026), accepted = dmy (3, 11, 2026);

  ld_mediation_case_set_kind (mcase, kind);
  ld_mediation_case_set_applied_on (mcase, &applied);
  ld_mediation_case_set_accepted_on (mcase, &accepted);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_MEDIATING);
  return mcase;
}

static void
test_target_people (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  g_autoptr(LdMediationCase) mcase = make_open_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(GPtrArray) early = compute_on (mcase, calendar, 25, 11, 2026);
  g_autoptr(GPtrArray) soon = compute_on (mcase, calendar, 30, 11, 2026);
  g_autoptr(GPtrArray) late = compute_on (mcase, calendar, 5, 12, 2026);
  g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
  LdMediationReminder *r;

  /* 30 calendar days from acceptance: 3 December; shown 3 days ahead. */
  assert_date (next, 3, 12, 2026);
  g_assert_cmpuint (early->len, ==, 0);
  ld_mediation_reminders_update_due_on (mcase, calendar, NULL);
  assert_date (ld_mediation_case_get_due_on (mcase), 3, 12, 2026);

  g_assert_cmpuint (soon->len, ==, 1);
  r = at (soon, 0);
  g_assert_cmpint (r->kind, ==, LD_MEDIATION_REMINDER_TARGET_PERIOD);
  assert_date (&r->due, 3, 12, 2026);
  g_assert_cmpint (r->days_left, ==, 3);
  g_assert_false (r->overdue);
  g_assert_cmpuint (r->term_number, ==, 0);
  g_assert_cmpstr (r->message, ==, "The mediation period ends on 2026年12月3日");

  g_assert_cmpuint (late->len, ==, 1);
  r = at (late, 0);
  g_assert_cmpint (r->days_left, ==, -2);
  g_assert_true (r->overdue);
  g_assert_cmpstr (r->message, ==,
                   "The mediation period ended on 2026年12月3日: close the case or record why it "
                   "takes longer");

  /* Once the mediation has ended, the period no longer matters. */
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_FAILED);
  {
    g_autoptr(GPtrArray) closed = compute_on (mcase, calendar, 5, 12, 2026);
    g_autoptr(GDate) none = ld_mediation_reminders_next_due (mcase, calendar, NULL);

    g_assert_cmpuint (closed->len, ==, 0);
    g_assert_null (none);
    ld_mediation_reminders_update_due_on (mcase, calendar, NULL);
    g_assert_null (ld_mediation_case_get_due_on (mcase));
  }
}

static void
test_target_administrative (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  g_autoptr(LdMediationCase) mcase = make_open_case (LD_MEDIATION_KIND_ADMINISTRATIVE);
  GDate holiday = dmy (16, 11, 2026);
  LdMediationReminderSettings settings;

  /* 20 working days after Tuesday 3 November (Monday–Friday). */
  {
    g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
    g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 1, 12, 2026);

    assert_date (next, 1, 12, 2026);
    g_assert_cmpuint (reminders->len, ==, 1);
    g_assert_cmpint (at (reminders, 0)->days_left, ==, 0);
    g_assert_false (at (reminders, 0)->overdue);
  }

  /* +10 with approval. */
  ld_mediation_case_set_extension_approved (mcase, TRUE);
  {
    g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
    g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 1, 12, 2026);

    assert_date (next, 15, 12, 2026);
    g_assert_cmpuint (reminders->len, ==, 0);
  }

  /* A day off in between moves it by a working day. */
  ld_calendar_set_day (calendar, &holiday, LD_DAY_OFF);
  {
    g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);

    assert_date (next, 16, 12, 2026);
  }

  /* The periods come from the settings. */
  ld_mediation_reminder_settings_init (&settings);
  g_assert_cmpint (settings.admin_working_days, ==, 20);
  g_assert_cmpint (settings.admin_extension_days, ==, 10);
  settings.admin_extension_days = 0;
  {
    g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, &settings);

    assert_date (next, 2, 12, 2026);
  }
}

/* Agreement reached on Thursday 12 November 2026 with three terms. */
static LdMediationCase *
make_agreed_case (void)
{
  LdMediationCase *mcase = make_open_case (LD_MEDIATION_KIND_PEOPLE);
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  GDate reached = dmy (12, 11, 2026);
  GDate d1 = dmy (20, 11, 2026), d2 = dmy (27, 11, 2026), d3 = dmy (20, 12, 2026);
  g_autoptr(LdMediationTerm) t1 = ld_mediation_term_new ("赔偿2000元", "现金", &d1);
  g_autoptr(LdMediationTerm) t2 = ld_mediation_term_new ("修复墙面", "自行修复", &d2);
  g_autoptr(LdMediationTerm) t3 = ld_mediation_term_new ("赔礼道歉", "当面", &d3);
  g_autoptr(LdMediationTerm) t4 = ld_mediation_term_new ("今后互谅互让", "自觉遵守", NULL);

  ld_mediation_agreement_append_term (agreement, t1);
  ld_mediation_agreement_append_term (agreement, t2);
  ld_mediation_agreement_append_term (agreement, t3);
  ld_mediation_agreement_append_term (agreement, t4);
  ld_mediation_agreement_set_term_performance (agreement, 1, LD_PERFORMANCE_PERFORMED, &d1);
  ld_mediation_agreement_set_reached_on (agreement, &reached);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  return mcase;
}

static void
test_performance (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 25, 11, 2026);
  g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
  LdMediationReminder *r;

  /* Term 1 is overdue; term 2 is performed; term 3 is far off; term 4 has
   * no deadline; the return visit and the window are weeks away. */
  assert_date (next, 20, 11, 2026);
  g_assert_cmpuint (reminders->len, ==, 1);
  r = at (reminders, 0);
  g_assert_cmpint (r->kind, ==, LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE);
  g_assert_cmpuint (r->term_number, ==, 1);
  g_assert_cmpint (r->days_left, ==, -5);
  g_assert_true (r->overdue);
  g_assert_cmpstr (r->message, ==,
                   "Term 1 was to be performed by 2026年11月20日: check whether it has been");

  /* Three days before term 3's deadline it shows up, not yet overdue. */
  {
    g_autoptr(GPtrArray) later = compute_on (mcase, calendar, 17, 12, 2026);
    gboolean saw_term3 = FALSE;

    for (unsigned i = 0; i < later->len; i++)
      if (at (later, i)->kind == LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE
          && at (later, i)->term_number == 3)
        {
          saw_term3 = TRUE;
          g_assert_false (at (later, i)->overdue);
          g_assert_cmpint (at (later, i)->days_left, ==, 3);
          g_assert_cmpstr (at (later, i)->message, ==, "Term 3 is to be performed by 2026年12月20日");
        }
    g_assert_true (saw_term3);
  }

  /* Performed terms remind no more. */
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (mcase), 0,
                                               LD_PERFORMANCE_PERFORMED, NULL);
  {
    g_autoptr(GPtrArray) after = compute_on (mcase, calendar, 25, 11, 2026);

    g_assert_cmpuint (after->len, ==, 0);
  }
}

static void
test_return_visit_and_window (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  LdMediationReminder *r;

  for (unsigned i = 0; i < ld_mediation_agreement_get_n_terms (agreement); i++)
    ld_mediation_agreement_set_term_performance (agreement, i, LD_PERFORMANCE_PERFORMED, NULL);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_PERFORMED);

  /* 8 December: the window (30 days from 12 November, Saturday 12
   * December rolled to Monday 14 December) has 6 days left; the return
   * visit (12 December) is 4 days away, not shown yet. */
  {
    g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 8, 12, 2026);

    g_assert_cmpuint (reminders->len, ==, 1);
    r = at (reminders, 0);
    g_assert_cmpint (r->kind, ==, LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW);
    assert_date (&r->due, 14, 12, 2026);
    g_assert_cmpint (r->days_left, ==, 6);
    g_assert_false (r->overdue);
    g_assert_cmpstr (r->message, ==,
                     "Judicial confirmation must be applied for by 2026年12月14日 (6 days left)");
  }
  /* 7 December: 7 days left, the first day of the warning; 6 December: not yet. */
  {
    g_autoptr(GPtrArray) first = compute_on (mcase, calendar, 7, 12, 2026);
    g_autoptr(GPtrArray) before = compute_on (mcase, calendar, 6, 12, 2026);

    g_assert_cmpuint (first->len, ==, 1);
    g_assert_cmpint (at (first, 0)->days_left, ==, 7);
    g_assert_cmpuint (before->len, ==, 0);
  }
  /* 13 December: the visit is overdue, one day of the window is left. */
  {
    g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 13, 12, 2026);

    g_assert_cmpuint (reminders->len, ==, 2);
    r = at (reminders, 0);
    g_assert_cmpint (r->kind, ==, LD_MEDIATION_REMINDER_RETURN_VISIT);
    assert_date (&r->due, 12, 12, 2026);
    g_assert_true (r->overdue);
    g_assert_cmpstr (r->message, ==, "The return visit was due on 2026年12月12日");
    r = at (reminders, 1);
    g_assert_cmpint (r->kind, ==, LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW);
    g_assert_cmpstr (r->message, ==,
                     "Judicial confirmation must be applied for by 2026年12月14日 (1 day left)");
  }
  /* 15 December: the window has closed and is no longer shown. */
  {
    g_autoptr(GPtrArray) reminders = compute_on (mcase, calendar, 15, 12, 2026);

    g_assert_cmpuint (reminders->len, ==, 1);
    g_assert_cmpint (at (reminders, 0)->kind, ==, LD_MEDIATION_REMINDER_RETURN_VISIT);
  }

  /* The window runs from the day the agreement took effect when known:
   * 20 November + 30 = Sunday 20 December → Monday 21 December. */
  {
    GDate effective = dmy (20, 11, 2026);
    g_autoptr(GPtrArray) reminders = NULL;

    ld_mediation_agreement_set_effective_on (agreement, &effective);
    reminders = compute_on (mcase, calendar, 15, 12, 2026);
    g_assert_cmpuint (reminders->len, ==, 2);
    g_assert_cmpint (at (reminders, 1)->kind, ==, LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW);
    assert_date (&at (reminders, 1)->due, 21, 12, 2026);
  }

  /* A visit on record and an application to the court end both. */
  {
    GDate visited = dmy (14, 12, 2026);
    g_autoptr(LdReturnVisit) visit = ld_return_visit_new (&visited, "陈调解", "已全部履行");
    GDate applied = dmy (14, 12, 2026);
    g_autoptr(GPtrArray) reminders = NULL;
    g_autoptr(GDate) next = NULL;

    ld_mediation_case_add_return_visit (mcase, visit);
    ld_mediation_agreement_set_confirmation_applied_on (agreement, &applied);
    ld_mediation_agreement_set_confirmation_result (agreement, LD_CONFIRMATION_PENDING);
    reminders = compute_on (mcase, calendar, 15, 12, 2026);
    g_assert_cmpuint (reminders->len, ==, 0);
    next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
    g_assert_null (next);
  }
}

static void
test_administrative_no_window (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(GPtrArray) reminders = NULL;

  /* Whether 司法确认 applies to 行政调解 is unconfirmed: no warning. */
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_RETURN_VISIT_DONE);
  reminders = compute_on (mcase, calendar, 10, 12, 2026);
  g_assert_cmpuint (reminders->len, ==, 0);

  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_PEOPLE);
  g_clear_pointer (&reminders, g_ptr_array_unref);
  reminders = compute_on (mcase, calendar, 10, 12, 2026);
  g_assert_cmpuint (reminders->len, ==, 1);
  g_assert_cmpint (at (reminders, 0)->kind, ==, LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW);
  g_assert_cmpstr (ld_mediation_reminder_kind_to_id (at (reminders, 0)->kind), ==,
                   "confirmation_window");

  /* The register stops following the case once the visit is done: no
   * due_on, though the editor still warns. */
  {
    g_autoptr(GDate) next = ld_mediation_reminders_next_due (mcase, calendar, NULL);

    g_assert_null (next);
    ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_PERFORMED);
    g_clear_pointer (&next, g_date_free);
    next = ld_mediation_reminders_next_due (mcase, calendar, NULL);
    g_assert_nonnull (next);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/mediation/reminders/target-people", test_target_people);
  g_test_add_func ("/core/mediation/reminders/target-administrative", test_target_administrative);
  g_test_add_func ("/core/mediation/reminders/performance", test_performance);
  g_test_add_func ("/core/mediation/reminders/return-visit-and-window", test_return_visit_and_window);
  g_test_add_func ("/core/mediation/reminders/administrative-no-window",
                   test_administrative_no_window);

  return g_test_run ();
}
