/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-stats"

#include "config.h"

#include <string.h>

#include "ld-petition-stats.h"

void
ld_petition_facts_init (LdPetitionFacts *facts,
                        LdPetition      *petition)
{
  GPtrArray *events;
  const GDate *received;

  g_return_if_fail (facts != NULL);
  g_return_if_fail (LD_IS_PETITION (petition));

  memset (facts, 0, sizeof *facts);
  g_date_clear (&facts->received_on, 1);
  g_date_clear (&facts->notified_on, 1);
  g_date_clear (&facts->accepted_on, 1);
  g_date_clear (&facts->replied_on, 1);
  facts->category = ld_petition_get_category (petition);

  received = ld_petition_get_received_on (petition);
  if (received != NULL)
    facts->received_on = *received;

  events = ld_petition_get_events (petition);
  for (unsigned i = 0; i < events->len; i++)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i);

      switch (event->step)
        {
        case LD_PETITION_STEP_ACCEPT:
          facts->accepted_on = event->date;
          G_GNUC_FALLTHROUGH;
        case LD_PETITION_STEP_NOT_ACCEPT:
        case LD_PETITION_STEP_DIVERT:
        case LD_PETITION_STEP_OBJECT:
          if (!g_date_valid (&facts->notified_on))
            facts->notified_on = event->date;
          break;
        case LD_PETITION_STEP_EXTEND:
          facts->extension_days += MAX (event->extension_days, 0);
          break;
        case LD_PETITION_STEP_REPLY:
          facts->replied_on = event->date;
          break;
        case LD_PETITION_STEP_RATE:
          facts->rating = event->rating;
          break;
        case LD_PETITION_STEP_REGISTER:
        case LD_PETITION_STEP_ASSIGN:
        case LD_PETITION_STEP_INVESTIGATE:
        case LD_PETITION_STEP_HEARING:
        case LD_PETITION_STEP_MEDIATE:
        case LD_PETITION_STEP_REQUEST_REVIEW:
        case LD_PETITION_STEP_REVIEW_DECISION:
        case LD_PETITION_STEP_REQUEST_REREVIEW:
        case LD_PETITION_STEP_REREVIEW_DECISION:
        case LD_PETITION_STEP_CLOSE:
        case LD_PETITION_STEP_RETURN_VISIT:
        case LD_N_PETITION_STEPS:
        default:
          break;
        }
    }
}

gboolean
ld_rate_get_percent (const LdRate *rate,
                     double       *out_percent)
{
  g_return_val_if_fail (rate != NULL, FALSE);

  if (rate->denominator == 0)
    return FALSE;
  if (out_percent != NULL)
    *out_percent = 100.0 * rate->numerator / rate->denominator;
  return TRUE;
}

char *
ld_rate_format (const LdRate *rate)
{
  double percent;

  g_return_val_if_fail (rate != NULL, NULL);

  if (!ld_rate_get_percent (rate, &percent))
    return g_strdup_printf ("%u/%u", rate->numerator, rate->denominator);
  return g_strdup_printf ("%u/%u (%.1f%%)", rate->numerator, rate->denominator, percent);
}

static void
clear_category (gpointer data)
{
  LdCategoryCount *count = data;

  g_free (count->category);
}

void
ld_petition_stats_free (LdPetitionStats *stats)
{
  if (stats == NULL)
    return;
  g_clear_pointer (&stats->by_month, g_array_unref);
  g_clear_pointer (&stats->by_category, g_array_unref);
  g_free (stats);
}

/* Set and on or before @as_of. */
static gboolean
happened (const GDate *date,
          const GDate *as_of)
{
  return g_date_valid (date) && g_date_compare (date, as_of) <= 0;
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b)
{
  const LdCategoryCount *ca = a;
  const LdCategoryCount *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return strcmp (ca->category, cb->category);
}

static void
count_month (LdPetitionStats *stats,
             const GDate     *date)
{
  int index = (g_date_get_year (date) - g_date_get_year (&stats->from)) * 12
              + (int) g_date_get_month (date) - (int) g_date_get_month (&stats->from);

  g_assert (index >= 0 && (unsigned) index < stats->by_month->len);
  g_array_index (stats->by_month, LdMonthCount, index).count++;
}

static void
count_category (GHashTable *counts,
                const char *category)
{
  unsigned n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, category));

  g_hash_table_replace (counts, g_strdup (category), GUINT_TO_POINTER (n + 1));
}

LdPetitionStats *
ld_petition_stats_compute (const LdPetitionFacts *facts,
                           gsize                  n_facts,
                           const GDate           *from,
                           const GDate           *to,
                           const GDate           *as_of,
                           LdDeadlinePolicy      *policy,
                           LdCalendar            *calendar)
{
  g_autoptr(GHashTable) categories = NULL;
  LdPetitionStats *stats;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (facts != NULL || n_facts == 0, NULL);
  g_return_val_if_fail (from != NULL && g_date_valid (from), NULL);
  g_return_val_if_fail (to != NULL && g_date_valid (to), NULL);
  g_return_val_if_fail (g_date_compare (from, to) <= 0, NULL);
  g_return_val_if_fail (as_of != NULL && g_date_valid (as_of), NULL);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);

  stats = g_new0 (LdPetitionStats, 1);
  stats->from = *from;
  stats->to = *to;
  stats->as_of = *as_of;

  stats->by_month = g_array_new (FALSE, TRUE, sizeof (LdMonthCount));
  {
    int y = g_date_get_year (from);
    int m = (int) g_date_get_month (from);

    while (y < g_date_get_year (to) || (y == g_date_get_year (to) && m <= (int) g_date_get_month (to)))
      {
        LdMonthCount month = { y, m, 0 };

        g_array_append_val (stats->by_month, month);
        if (++m > 12)
          {
            m = 1;
            y++;
          }
      }
  }

  categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize i = 0; i < n_facts; i++)
    {
      const LdPetitionFacts *f = &facts[i];
      gboolean notified, accepted, replied;

      if (!g_date_valid (&f->received_on)
          || g_date_compare (&f->received_on, from) < 0
          || g_date_compare (&f->received_on, to) > 0
          || g_date_compare (&f->received_on, as_of) > 0)
        continue;

      stats->received++;
      count_month (stats, &f->received_on);
      count_category (categories, f->category != NULL ? f->category : "");

      notified = happened (&f->notified_on, as_of);
      {
        g_autoptr(GDate) due = ld_deadline_policy_compute_due (policy, calendar,
                                                               LD_TIME_LIMIT_NOTICE,
                                                               &f->received_on, 0);

        if (notified || g_date_compare (due, as_of) < 0)
          {
            stats->on_time_acceptance.denominator++;
            if (notified && g_date_compare (&f->notified_on, due) <= 0)
              stats->on_time_acceptance.numerator++;
          }
      }

      accepted = happened (&f->accepted_on, as_of);
      if (!accepted)
        continue;
      replied = happened (&f->replied_on, as_of);

      stats->completion.denominator++;
      if (replied)
        stats->completion.numerator++;

      {
        g_autoptr(GDate) due = ld_deadline_policy_compute_due (policy, calendar,
                                                               LD_TIME_LIMIT_HANDLING,
                                                               &f->accepted_on,
                                                               MAX (f->extension_days, 0));

        if (replied || g_date_compare (due, as_of) < 0)
          {
            stats->on_time_completion.denominator++;
            if (replied && g_date_compare (&f->replied_on, due) <= 0)
              stats->on_time_completion.numerator++;
          }
      }

      if (!replied)
        continue;
      stats->participation.denominator++;
      if (f->rating != LD_SATISFACTION_NONE)
        {
          stats->participation.numerator++;
          stats->satisfaction.denominator++;
          if (f->rating == LD_SATISFACTION_SATISFIED)
            stats->satisfaction.numerator++;
        }
    }

  stats->by_category = g_array_new (FALSE, TRUE, sizeof (LdCategoryCount));
  g_array_set_clear_func (stats->by_category, clear_category);
  g_hash_table_iter_init (&iter, categories);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LdCategoryCount count = { g_strdup (key), GPOINTER_TO_UINT (value) };

      g_array_append_val (stats->by_category, count);
    }
  g_array_sort (stats->by_category, compare_categories);

  return stats;
}

LdPetitionStats *
ld_petition_stats_compute_for_petitions (GPtrArray        *petitions,
                                         const GDate      *from,
                                         const GDate      *to,
                                         const GDate      *as_of,
                                         LdDeadlinePolicy *policy,
                                         LdCalendar       *calendar)
{
  g_autofree LdPetitionFacts *facts = NULL;

  g_return_val_if_fail (petitions != NULL, NULL);

  facts = g_new0 (LdPetitionFacts, MAX (petitions->len, 1));
  for (unsigned i = 0; i < petitions->len; i++)
    ld_petition_facts_init (&facts[i], g_ptr_array_index (petitions, i));
  return ld_petition_stats_compute (facts, petitions->len, from, to, as_of, policy, calendar);
}
