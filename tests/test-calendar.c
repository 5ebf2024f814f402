/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "ld-calendar.h"

static GDate *
date_from_iso (const char *iso)
{
  unsigned y, m, d;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  return g_date_new_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static void
assert_date (const GDate *date,
             const char  *iso)
{
  char shown[16];

  g_assert_nonnull (date);
  g_snprintf (shown, sizeof shown, "%04u-%02u-%02u",
              (unsigned) g_date_get_year (date), (unsigned) g_date_get_month (date),
              (unsigned) g_date_get_day (date));
  g_assert_cmpstr (shown, ==, iso);
}

static void
test_working_days (void)
{
  static const struct { const char *day; gboolean working; } cases[] = {
    /* 2026 春节: 02-15 … 02-23 off, Saturdays 02-14 and 02-28 worked. */
    { "2026-02-13", TRUE },
    { "2026-02-14", TRUE },
    { "2026-02-15", FALSE },
    { "2026-02-16", FALSE },
    { "2026-02-20", FALSE },
    { "2026-02-23", FALSE },
    { "2026-02-24", TRUE },
    { "2026-02-28", TRUE },
    { "2026-03-01", FALSE },
    /* 2026 元旦 and the Sunday worked after it. */
    { "2026-01-01", FALSE },
    { "2026-01-02", FALSE },
    { "2026-01-03", FALSE },
    { "2026-01-04", TRUE },
    { "2026-05-05", FALSE },
    { "2026-05-09", TRUE },
    { "2026-06-19", FALSE },
    { "2026-09-20", TRUE },
    { "2026-09-25", FALSE },
    { "2026-10-07", FALSE },
    { "2026-10-08", TRUE },
    { "2026-10-10", TRUE },
    { "2026-11-25", TRUE },
    { "2026-11-28", FALSE },
    /* 2025. */
    { "2025-01-01", FALSE },
    { "2025-01-26", TRUE },
    { "2025-01-28", FALSE },
    { "2025-02-04", FALSE },
    { "2025-02-05", TRUE },
    { "2025-02-08", TRUE },
    { "2025-04-04", FALSE },
    { "2025-04-27", TRUE },
    { "2025-06-02", FALSE },
    { "2025-09-28", TRUE },
    { "2025-10-08", FALSE },
    { "2025-10-11", TRUE },
    /* 2028 has no data: Monday–Friday. */
    { "2028-01-01", FALSE },
    { "2028-02-29", TRUE },
    { "2028-10-02", TRUE },
  };
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) day = date_from_iso (cases[i].day);

      g_test_message ("%s", cases[i].day);
      g_assert_cmpint (ld_calendar_is_working_day (calendar, day), ==, cases[i].working);
    }

  g_assert_true (ld_calendar_has_data_for_year (calendar, 2025));
  g_assert_true (ld_calendar_has_data_for_year (calendar, 2026));
  g_assert_false (ld_calendar_has_data_for_year (calendar, 2024));
  g_assert_false (ld_calendar_has_data_for_year (calendar, 2027));
  g_assert_false (ld_calendar_has_data_for_year (calendar, 2028));
  g_assert_finalize_object (g_steal_pointer (&calendar));
}

static void
test_add_working_days (void)
{
  static const struct { const char *start; int n; const char *result; } cases[] = {
    { "2026-02-12", 0, "2026-02-12" },
    { "2026-02-12", 1, "2026-02-13" },
    { "2026-02-12", 2, "2026-02-14" },   /* the worked Saturday */
    { "2026-02-12", 3, "2026-02-24" },   /* across 春节 */
    { "2026-02-12", 5, "2026-02-26" },
    { "2026-09-30", 5, "2026-10-13" },   /* across 国庆 with Saturday 10-10 worked */
    { "2025-12-31", 1, "2026-01-04" },   /* 元旦 2026 and the Sunday worked */
    { "2026-01-30", 1, "2026-02-02" },   /* month end, ordinary weekend */
    { "2026-11-25", 20, "2026-12-23" },
    { "2028-02-25", 2, "2028-02-29" },   /* no data: Monday–Friday, leap day */
    { "2028-12-29", 1, "2029-01-01" },
  };
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) start = date_from_iso (cases[i].start);
      g_autoptr(GDate) result = ld_calendar_add_working_days (calendar, start, cases[i].n);

      g_test_message ("%s + %d", cases[i].start, cases[i].n);
      assert_date (result, cases[i].result);
      /* The start date is not changed. */
      assert_date (start, cases[i].start);
      g_assert_cmpint (ld_calendar_count_working_days (calendar, start, result), ==, cases[i].n);
      g_assert_cmpint (ld_calendar_count_working_days (calendar, result, start), ==, -cases[i].n);
    }
}

static void
test_add_calendar_days_rolled (void)
{
  static const struct { const char *start; int n; const char *result; } cases[] = {
    { "2026-02-05", 10, "2026-02-24" },   /* last day 02-15 in 春节: rolls past it */
    { "2026-01-30", 15, "2026-02-14" },   /* a worked Saturday does not roll */
    { "2026-01-31", 30, "2026-03-02" },   /* month end: Monday */
    { "2025-12-31", 60, "2026-03-02" },   /* Sunday 03-01 rolls to Monday */
    { "2026-08-01", 60, "2026-09-30" },   /* a 60-day 信访 limit on a working day */
    { "2026-09-01", 30, "2026-10-08" },   /* 10-01 in 国庆: rolls to 10-08 */
    { "2026-11-25", 0, "2026-11-25" },
    { "2028-02-14", 15, "2028-02-29" },   /* no data, leap day is a Tuesday */
    { "2028-12-01", 30, "2029-01-01" },   /* 12-31 is a Sunday; 2029 has no data */
  };
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) start = date_from_iso (cases[i].start);
      g_autoptr(GDate) result = ld_calendar_add_calendar_days_rolled (calendar, start, cases[i].n);

      g_test_message ("%s + %d", cases[i].start, cases[i].n);
      assert_date (result, cases[i].result);
    }
}

static void
changed_cb (LdCalendar *calendar,
            int        *count)
{
  (*count)++;
}

static void
test_edit (void)
{
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdCalendar) empty = ld_calendar_new_empty ();
  g_autoptr(GDate) new_year = date_from_iso ("2027-01-01");
  g_autoptr(GDate) saturday = date_from_iso ("2027-02-06");
  g_autoptr(GDate) spring = date_from_iso ("2026-02-16");
  g_autoptr(GDate) start = date_from_iso ("2026-12-31");
  g_autoptr(GDate) result = NULL;
  g_autoptr(GArray) days = NULL;
  int changes = 0;

  g_signal_connect (calendar, "changed", G_CALLBACK (changed_cb), &changes);

  /* An empty calendar knows no holiday. */
  g_assert_false (ld_calendar_has_data_for_year (empty, 2026));
  g_assert_true (ld_calendar_is_working_day (empty, spring));
  g_assert_cmpint (ld_calendar_get_day (calendar, spring), ==, LD_DAY_OFF);

  /* Adding 2027 data. */
  g_assert_true (ld_calendar_is_working_day (calendar, new_year));
  ld_calendar_set_day (calendar, new_year, LD_DAY_OFF);
  ld_calendar_set_day (calendar, saturday, LD_DAY_WORK);
  g_assert_cmpint (changes, ==, 2);
  g_assert_true (ld_calendar_has_data_for_year (calendar, 2027));
  g_assert_false (ld_calendar_is_working_day (calendar, new_year));
  g_assert_true (ld_calendar_is_working_day (calendar, saturday));
  result = ld_calendar_add_working_days (calendar, start, 1);
  assert_date (result, "2027-01-04");

  days = ld_calendar_get_days (calendar, 2027);
  g_assert_cmpuint (days->len, ==, 2);
  assert_date (&g_array_index (days, LdCalendarDay, 0).date, "2027-01-01");
  g_assert_cmpint (g_array_index (days, LdCalendarDay, 0).kind, ==, LD_DAY_OFF);
  assert_date (&g_array_index (days, LdCalendarDay, 1).date, "2027-02-06");
  g_assert_cmpint (g_array_index (days, LdCalendarDay, 1).kind, ==, LD_DAY_WORK);
  g_clear_pointer (&days, g_array_unref);

  /* 2026 has 33 off days and 6 worked weekend days in DOMAIN.md 8. */
  days = ld_calendar_get_days (calendar, 2026);
  g_assert_cmpuint (days->len, ==, 3 + 1 + 9 + 2 + 3 + 5 + 1 + 3 + 3 + 7 + 2);
  for (guint i = 1; i < days->len; i++)
    g_assert_cmpint (g_date_compare (&g_array_index (days, LdCalendarDay, i - 1).date,
                                     &g_array_index (days, LdCalendarDay, i).date), <, 0);
  g_clear_pointer (&days, g_array_unref);

  /* Back to the default. */
  ld_calendar_set_day (calendar, new_year, LD_DAY_DEFAULT);
  g_assert_true (ld_calendar_is_working_day (calendar, new_year));
  g_assert_cmpint (ld_calendar_get_day (calendar, new_year), ==, LD_DAY_DEFAULT);

  /* Replacing a year. */
  ld_calendar_clear_year (calendar, 2026);
  g_assert_false (ld_calendar_has_data_for_year (calendar, 2026));
  g_assert_true (ld_calendar_is_working_day (calendar, spring));
  g_assert_true (ld_calendar_has_data_for_year (calendar, 2025));
  g_assert_true (ld_calendar_has_data_for_year (calendar, 2027));
  g_assert_cmpint (changes, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&calendar));
  g_assert_finalize_object (g_steal_pointer (&empty));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/calendar/working-days", test_working_days);
  g_test_add_func ("/core/calendar/add-working-days", test_add_working_days);
  g_test_add_func ("/core/calendar/add-calendar-days-rolled", test_add_calendar_days_rolled);
  g_test_add_func ("/core/calendar/edit", test_edit);

  return g_test_run ();
}
