/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* How a day differs from the Monday–Friday week. */
typedef enum
{
  LD_DAY_DEFAULT,  /* as the weekday says: Monday–Friday work, weekend off */
  LD_DAY_OFF,      /* a statutory holiday (or a weekday given off by 调休) */
  LD_DAY_WORK,     /* a weekend day made a working day by 调休 */
} LdDayKind;

typedef struct
{
  GDate     date;
  LdDayKind kind;
} LdCalendarDay;

#define LD_TYPE_CALENDAR (ld_calendar_get_type ())
G_DECLARE_FINAL_TYPE (LdCalendar, ld_calendar, LD, CALENDAR, GObject)

/* A working-day calendar holding the statutory holidays and 调休 working
 * weekends of the years that have data (DOMAIN.md 8); other years fall back
 * to Monday–Friday, and ld_calendar_has_data_for_year() lets callers say so.
 * Signal "changed" (no arguments) after any set_day / clear_year. */

/* A calendar with the built-in data for 2025 and 2026. */
LdCalendar *ld_calendar_new (void);
/* A calendar with no data at all (every year is Monday–Friday). */
LdCalendar *ld_calendar_new_empty (void);

/* Sets how @date differs from its weekday; LD_DAY_DEFAULT removes an entry.
 * Setting any day marks its year as having data. */
void        ld_calendar_set_day (LdCalendar  *self,
                                 const GDate *date,
                                 LdDayKind    kind);
LdDayKind   ld_calendar_get_day (LdCalendar  *self,
                                 const GDate *date);
/* Removes every entry of @year and its has-data mark (to replace a year). */
void        ld_calendar_clear_year (LdCalendar *self,
                                    int         year);
/* The entries of @year, sorted by date: an array of LdCalendarDay. */
GArray     *ld_calendar_get_days (LdCalendar *self,
                                  int         year);
gboolean    ld_calendar_has_data_for_year (LdCalendar *self,
                                           int         year);

gboolean    ld_calendar_is_working_day (LdCalendar  *self,
                                        const GDate *date);
/* @date itself when it is a working day, else the next working day. */
GDate      *ld_calendar_next_working_day (LdCalendar  *self,
                                          const GDate *date);
/* The @n-th working day after @start (@start is not counted; @n >= 0,
 * 0 gives @start). Free with g_date_free(). */
GDate      *ld_calendar_add_working_days (LdCalendar  *self,
                                          const GDate *start,
                                          int          n);
/* The last day of a period of @n calendar days after @start (@start not
 * counted); a last day that is not a working day rolls forward to the next
 * working day (DOMAIN.md 0, 民法典 200–203). Free with g_date_free(). */
GDate      *ld_calendar_add_calendar_days_rolled (LdCalendar  *self,
                                                  const GDate *start,
                                                  int          n);
/* The number of working days after @from up to and including @to;
 * negative (counting the other way) when @to is before @from. */
int         ld_calendar_count_working_days (LdCalendar  *self,
                                            const GDate *from,
                                            const GDate *to);

G_END_DECLS
