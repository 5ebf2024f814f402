/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <stdio.h>

#include "ld-calendar.h"

struct _LdCalendar
{
  GObject     parent_instance;

  GHashTable *days;   /* julian day → LdDayKind */
  GHashTable *years;  /* years with data */
};

G_DEFINE_FINAL_TYPE (LdCalendar, ld_calendar, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The 国务院办公厅 notices for 2025 and 2026 (DOMAIN.md 8): spans of days
 * off, weekends included, and the weekend days worked instead. */
static const struct
{
  const char *first;
  const char *last;
  LdDayKind   kind;
} builtin_days[] = {
  { "2025-01-01", "2025-01-01", LD_DAY_OFF },   /* 元旦 */
  { "2025-01-28", "2025-02-04", LD_DAY_OFF },   /* 春节 */
  { "2025-01-26", NULL, LD_DAY_WORK },
  { "2025-02-08", NULL, LD_DAY_WORK },
  { "2025-04-04", "2025-04-06", LD_DAY_OFF },   /* 清明节 */
  { "2025-05-01", "2025-05-05", LD_DAY_OFF },   /* 劳动节 */
  { "2025-04-27", NULL, LD_DAY_WORK },
  { "2025-05-31", "2025-06-02", LD_DAY_OFF },   /* 端午节 */
  { "2025-10-01", "2025-10-08", LD_DAY_OFF },   /* 国庆节·中秋节 */
  { "2025-09-28", NULL, LD_DAY_WORK },
  { "2025-10-11", NULL, LD_DAY_WORK },
  { "2026-01-01", "2026-01-03", LD_DAY_OFF },   /* 元旦 */
  { "2026-01-04", NULL, LD_DAY_WORK },
  { "2026-02-15", "2026-02-23", LD_DAY_OFF },   /* 春节 */
  { "2026-02-14", NULL, LD_DAY_WORK },
  { "2026-02-28", NULL, LD_DAY_WORK },
  { "2026-04-04", "2026-04-06", LD_DAY_OFF },   /* 清明节 */
  { "2026-05-01", "2026-05-05", LD_DAY_OFF },   /* 劳动节 */
  { "2026-05-09", NULL, LD_DAY_WORK },
  { "2026-06-19", "2026-06-21", LD_DAY_OFF },   /* 端午节 */
  { "2026-09-25", "2026-09-27", LD_DAY_OFF },   /* 中秋节 */
  { "2026-10-01", "2026-10-07", LD_DAY_OFF },   /* 国庆节 */
  { "2026-09-20", NULL, LD_DAY_WORK },
  { "2026-10-10", NULL, LD_DAY_WORK },
};

static void
ld_calendar_finalize (GObject *object)
{
  LdCalendar *self = LD_CALENDAR (object);

  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->years, g_hash_table_unref);

  G_OBJECT_CLASS (ld_calendar_parent_class)->finalize (object);
}

static void
ld_calendar_class_init (LdCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ld_calendar_finalize;

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
ld_calendar_init (LdCalendar *self)
{
  self->days = g_hash_table_new (NULL, NULL);
  self->years = g_hash_table_new (NULL, NULL);
}

LdCalendar *
ld_calendar_new_empty (void)
{
  return g_object_new (LD_TYPE_CALENDAR, NULL);
}

static void
parse_iso (const char *iso,
           GDate      *out)
{
  unsigned y, m, d;

  g_date_clear (out, 1);
  if (sscanf (iso, "%u-%u-%u", &y, &m, &d) != 3)
    g_assert_not_reached ();
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

LdCalendar *
ld_calendar_new (void)
{
  LdCalendar *self = ld_calendar_new_empty ();

  for (size_t i = 0; i < G_N_ELEMENTS (builtin_days); i++)
    {
      GDate day, last;

      parse_iso (builtin_days[i].first, &day);
      parse_iso (builtin_days[i].last != NULL ? builtin_days[i].last : builtin_days[i].first,
                 &last);
      for (; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 1))
        {
          g_hash_table_insert (self->days,
                               GUINT_TO_POINTER (g_date_get_julian (&day)),
                               GINT_TO_POINTER (builtin_days[i].kind));
          g_hash_table_add (self->years, GINT_TO_POINTER ((int) g_date_get_year (&day)));
        }
    }

  return self;
}

void
ld_calendar_set_day (LdCalendar  *self,
                     const GDate *date,
                     LdDayKind    kind)
{
  gpointer key;

  g_return_if_fail (LD_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (kind == LD_DAY_DEFAULT || kind == LD_DAY_OFF || kind == LD_DAY_WORK);

  key = GUINT_TO_POINTER (g_date_get_julian (date));
  if (kind == LD_DAY_DEFAULT)
    g_hash_table_remove (self->days, key);
  else
    g_hash_table_insert (self->days, key, GINT_TO_POINTER (kind));
  g_hash_table_add (self->years, GINT_TO_POINTER ((int) g_date_get_year (date)));

  g_signal_emit (self, signals[CHANGED], 0);
}

LdDayKind
ld_calendar_get_day (LdCalendar  *self,
                     const GDate *date)
{
  g_return_val_if_fail (LD_IS_CALENDAR (self), LD_DAY_DEFAULT);
  g_return_val_if_fail (date != NULL && g_date_valid (date), LD_DAY_DEFAULT);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->days,
                                               GUINT_TO_POINTER (g_date_get_julian (date))));
}

static gboolean
day_in_year_cb (gpointer key,
                gpointer value,
                gpointer user_data)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, GPOINTER_TO_UINT (key));
  return (int) g_date_get_year (&date) == GPOINTER_TO_INT (user_data);
}

void
ld_calendar_clear_year (LdCalendar *self,
                        int         year)
{
  g_return_if_fail (LD_IS_CALENDAR (self));

  g_hash_table_foreach_remove (self->days, day_in_year_cb, GINT_TO_POINTER (year));
  g_hash_table_remove (self->years, GINT_TO_POINTER (year));

  g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return g_date_compare (&((const LdCalendarDay *) a)->date, &((const LdCalendarDay *) b)->date);
}

GArray *
ld_calendar_get_days (LdCalendar *self,
                      int         year)
{
  GArray *result;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (LD_IS_CALENDAR (self), NULL);

  result = g_array_new (FALSE, FALSE, sizeof (LdCalendarDay));
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LdCalendarDay day;

      if (!day_in_year_cb (key, value, GINT_TO_POINTER (year)))
        continue;
      g_date_clear (&day.date, 1);
      g_date_set_julian (&day.date, GPOINTER_TO_UINT (key));
      day.kind = GPOINTER_TO_INT (value);
      g_array_append_val (result, day);
    }
  g_array_sort (result, compare_days);
  return result;
}

gboolean
ld_calendar_has_data_for_year (LdCalendar *self,
                               int         year)
{
  g_return_val_if_fail (LD_IS_CALENDAR (self), FALSE);

  return g_hash_table_contains (self->years, GINT_TO_POINTER (year));
}

gboolean
ld_calendar_is_working_day (LdCalendar  *self,
                            const GDate *date)
{
  GDateWeekday weekday;

  g_return_val_if_fail (LD_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  switch (ld_calendar_get_day (self, date))
    {
    case LD_DAY_OFF:
      return FALSE;
    case LD_DAY_WORK:
      return TRUE;
    case LD_DAY_DEFAULT:
    default:
      weekday = g_date_get_weekday (date);
      return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
    }
}

GDate *
ld_calendar_next_working_day (LdCalendar  *self,
                              const GDate *date)
{
  GDate *day;

  g_return_val_if_fail (LD_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_date_copy (date);
  while (!ld_calendar_is_working_day (self, day))
    g_date_add_days (day, 1);
  return day;
}

GDate *
ld_calendar_add_working_days (LdCalendar  *self,
                              const GDate *start,
                              int          n)
{
  GDate *day;

  g_return_val_if_fail (LD_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (n >= 0, NULL);

  day = g_date_copy (start);
  while (n > 0)
    {
      g_date_add_days (day, 1);
      if (ld_calendar_is_working_day (self, day))
        n--;
    }
  return day;
}

GDate *
ld_calendar_add_calendar_days_rolled (LdCalendar  *self,
                                      const GDate *start,
                                      int          n)
{
  g_autoptr(GDate) last = NULL;

  g_return_val_if_fail (LD_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (n >= 0, NULL);

  last = g_date_copy (start);
  g_date_add_days (last, (guint) n);
  return ld_calendar_next_working_day (self, last);
}

int
ld_calendar_count_working_days (LdCalendar  *self,
                                const GDate *from,
                                const GDate *to)
{
  GDate day;
  int count = 0;

  g_return_val_if_fail (LD_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (g_date_compare (to, from) < 0)
    return -ld_calendar_count_working_days (self, to, from);

  day = *from;
  while (g_date_compare (&day, to) < 0)
    {
      g_date_add_days (&day, 1);
      if (ld_calendar_is_working_day (self, &day))
        count++;
    }
  return count;
}
