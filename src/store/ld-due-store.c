/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-due-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-database-private.h"
#include "ld-deadline-policy.h"
#include "ld-due-store.h"
#include "ld-mediation-store-private.h"
#include "ld-petition-enums.h"
#include "ld-petition-store.h"
#include "ld-store-values-private.h"

/* One query over the three registers. The open statuses come in as JSON
 * arrays (?1 contracts, ?2 mediation, ?3 petitions) from
 * ld_record_area_get_open_statuses(), so the SQL stays one constant; ?4 is
 * the last day of the window. Each arm can use its (status, due) index. */
static const char sql_due[] =
  "SELECT 0 AS area, id, number, title, status, due_on FROM contract_reviews "
  " WHERE status IN (SELECT value FROM json_each (?1)) "
  "   AND (due_on IS NULL) = 0 AND due_on <= ?4 "
  "UNION ALL "
  "SELECT 1, id, number, title, status, due_on FROM mediation_cases "
  " WHERE status IN (SELECT value FROM json_each (?2)) "
  "   AND (due_on IS NULL) = 0 AND due_on <= ?4 "
  "UNION ALL "
  "SELECT 2, id, number, title, status, due_on FROM petitions "
  " WHERE status IN (SELECT value FROM json_each (?3)) "
  "   AND (due_on IS NULL) = 0 AND due_on <= ?4 "
  "ORDER BY due_on, area, id";

G_DEFINE_BOXED_TYPE (LdDueItem, ld_due_item, ld_due_item_copy, ld_due_item_free)

LdDueItem *
ld_due_item_copy (const LdDueItem *item)
{
  LdDueItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = g_new (LdDueItem, 1);
  *copy = *item;
  copy->number = g_strdup (item->number);
  copy->title = g_strdup (item->title);
  copy->what = g_strdup (item->what);
  return copy;
}

void
ld_due_item_free (LdDueItem *item)
{
  if (item == NULL)
    return;
  g_free (item->number);
  g_free (item->title);
  g_free (item->what);
  g_free (item);
}

static char *
statuses_json (LdRecordArea area)
{
  const char * const *ids = ld_record_area_get_open_statuses (area);
  GString *json = g_string_new ("[");

  /* Status ids are plain ASCII words, safe inside JSON strings. */
  for (unsigned i = 0; ids[i] != NULL; i++)
    g_string_append_printf (json, "%s\"%s\"", i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* What the due date of a record in @status is for. A petition's due_on is
 * the next obligation of its status (ld_petition_deadlines_next_due()),
 * which the status alone tells. */
static const char *
describe_what (LdRecordArea  area,
               const char   *status)
{
  LdPetitionStatus petition_status;

  switch (area)
    {
    case LD_RECORD_AREA_CONTRACT:
      return _("Review period");
    case LD_RECORD_AREA_MEDIATION:
      return _("Mediation period");
    case LD_RECORD_AREA_PETITION:
    case LD_N_RECORD_AREAS:
    default:
      break;
    }

  if (ld_petition_status_from_id (status, &petition_status))
    switch (petition_status)
      {
      case LD_PETITION_STATUS_REGISTERED:
        return ld_time_limit_get_label (LD_TIME_LIMIT_NOTICE);
      case LD_PETITION_STATUS_ACCEPTED:
      case LD_PETITION_STATUS_ASSIGNED:
      case LD_PETITION_STATUS_HANDLING:
      case LD_PETITION_STATUS_EXTENDED:
        return ld_time_limit_get_label (LD_TIME_LIMIT_HANDLING);
      case LD_PETITION_STATUS_REVIEW_REQUESTED:
        return ld_time_limit_get_label (LD_TIME_LIMIT_REVIEW_DECISION);
      case LD_PETITION_STATUS_REREVIEW_REQUESTED:
        return ld_time_limit_get_label (LD_TIME_LIMIT_REREVIEW_DECISION);
      case LD_PETITION_STATUS_NOT_ACCEPTED:
      case LD_PETITION_STATUS_DIVERTED:
      case LD_PETITION_STATUS_REPLIED:
      case LD_PETITION_STATUS_REVIEWED:
      case LD_PETITION_STATUS_REREVIEWED:
      case LD_PETITION_STATUS_CLOSED:
      case LD_N_PETITION_STATUSES:
      default:
        break;
      }
  return _("Statutory time limit");
}

static const char *
mediation_reminder_label (LdMediationReminderKind kind)
{
  switch (kind)
    {
    case LD_MEDIATION_REMINDER_PERFORMANCE_DEADLINE:
      return _("Performance of the agreement");
    case LD_MEDIATION_REMINDER_RETURN_VISIT:
      return _("Return visit");
    case LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW:
      return _("Judicial confirmation window");
    case LD_MEDIATION_REMINDER_TARGET_PERIOD:
    case LD_N_MEDIATION_REMINDER_KINDS:
    default:
      return _("Mediation period");
    }
}

/* Once a case has an agreement its due date may be a term's deadline,
 * the return visit or the judicial confirmation window: the reminders of
 * the case say which (the one due on that day). */
static gboolean
mediation_needs_case (const char *status)
{
  LdMediationStatus value;

  return ld_mediation_status_from_id (status, &value) &&
         ld_mediation_store_status_needs_due_children (value);
}

static const char *
describe_mediation (LdDatabase                        *db,
                    LdDueItem                         *item,
                    LdCalendar                        *calendar,
                    const LdMediationReminderSettings *settings)
{
  /* Only what the reminders read: not the parties and sessions. */
  g_autoptr(LdMediationCase) mcase = ld_mediation_store_get_row (db, item->id, NULL);
  g_autoptr(GPtrArray) reminders = NULL;

  if (mcase == NULL || !ld_mediation_store_load_due_children (db, mcase, NULL))
    return _("Mediation period");
  reminders = ld_mediation_reminders_compute (mcase, &item->due, calendar, settings);
  for (unsigned i = 0; i < reminders->len; i++)
    {
      LdMediationReminder *reminder = g_ptr_array_index (reminders, i);

      if (g_date_compare (&reminder->due, &item->due) == 0)
        return mediation_reminder_label (reminder->kind);
    }
  /* A due date set some other way: what the status most likely waits for. */
  return ld_mediation_case_get_status (mcase) == LD_MEDIATION_STATUS_PERFORMED
         ? _("Return visit") : _("Performance of the agreement");
}

GPtrArray *
ld_due_store_list (LdDatabase   *db,
                   const GDate  *today,
                   int           days,
                   GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_due_item_free);
  g_autoptr(GArray) refine = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *limit_text = NULL;
  GDate now, limit;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);
  g_return_val_if_fail (days >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_date_clear (&now, 1);
  if (today != NULL)
    now = *today;
  else
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_local ();

      g_date_set_dmy (&now, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                      g_date_time_get_year (dt));
    }
  limit = now;
  g_date_add_days (&limit, (guint) days);
  limit_text = ld_store_format_date (&limit);

  stmt = ld_database_prepare (db, sql_due, error);
  if (stmt == NULL)
    return NULL;
  for (int area = 0; area < LD_N_RECORD_AREAS; area++)
    sqlite3_bind_text (stmt, area + 1, statuses_json ((LdRecordArea) area), -1, g_free);
  sqlite3_bind_text (stmt, 4, limit_text, -1, SQLITE_TRANSIENT);

  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdDueItem *item = g_new0 (LdDueItem, 1);
      const char *status = (const char *) sqlite3_column_text (stmt, 4);

      item->area = (LdRecordArea) sqlite3_column_int (stmt, 0);
      item->id = sqlite3_column_int64 (stmt, 1);
      item->number = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      item->title = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      item->what = g_strdup (describe_what (item->area, status));
      if (!ld_store_column_date (stmt, 5, &item->due))
        {
          ld_due_item_free (item);
          continue;
        }
      item->days_left = (int) g_date_days_between (&now, &item->due);
      if (item->area == LD_RECORD_AREA_MEDIATION && mediation_needs_case (status))
        g_array_append_val (refine, items->len);
      g_ptr_array_add (items, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  if (refine->len > 0)
    {
      LdMediationReminderSettings settings;
      g_autoptr(LdCalendar) calendar = ld_petition_store_load_calendar (db, error);

      if (calendar == NULL || !ld_mediation_store_load_reminder_settings (db, &settings, error))
        return NULL;
      for (unsigned i = 0; i < refine->len; i++)
        {
          LdDueItem *item = g_ptr_array_index (items, g_array_index (refine, guint, i));

          g_free (item->what);
          item->what = g_strdup (describe_mediation (db, item, calendar, &settings));
        }
    }
  return g_steal_pointer (&items);
}
