/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-database-private.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-store.h"
#include "ld-petition-workflow.h"
#include "ld-phone.h"
#include "ld-settings-store.h"
#include "ld-store-records-private.h"
#include "ld-store-values-private.h"

/* The columns of a petition, in the order petition_from_row() reads them
 * and sql_insert binds them (?1 … ?23). */
#define COLUMNS \
  "id, number, year, seq, channel, received_on, petitioner_name, petitioner_id_number, " \
  "petitioner_phone, petitioner_address, people_count, is_group, type, category, title, " \
  "content, demands, department_concerned, urgency, handler, status, status_reason, due_on"

enum {
  COL_ID, COL_NUMBER, COL_YEAR, COL_SEQ, COL_CHANNEL, COL_RECEIVED_ON, COL_NAME,
  COL_ID_NUMBER, COL_PHONE, COL_ADDRESS, COL_PEOPLE_COUNT, COL_IS_GROUP, COL_TYPE,
  COL_CATEGORY, COL_TITLE, COL_CONTENT, COL_DEMANDS, COL_DEPARTMENT, COL_URGENCY,
  COL_HANDLER, COL_STATUS, COL_STATUS_REASON, COL_DUE_ON,
  N_COLUMNS
};

static const char sql_get[] =
  "SELECT " COLUMNS " FROM petitions WHERE id = ?1";

/* ?24, ?25: the comparison forms of the ID number and phone (repeat_key()). */
static const char sql_insert[] =
  "INSERT INTO petitions (" COLUMNS ", petitioner_id_key, petitioner_phone_key) VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
  "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)";

/* The editable fields (?5 … ?20) and the due date, which follows the date
 * received while nothing but the registration has happened. */
static const char sql_update[] =
  "UPDATE petitions SET channel = ?5, received_on = ?6, petitioner_name = ?7, "
  "petitioner_id_number = ?8, petitioner_phone = ?9, petitioner_address = ?10, "
  "people_count = ?11, is_group = ?12, type = ?13, category = ?14, title = ?15, "
  "content = ?16, demands = ?17, department_concerned = ?18, urgency = ?19, handler = ?20, "
  "due_on = ?23, petitioner_id_key = ?24, petitioner_phone_key = ?25, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

static const char sql_set_state[] =
  "UPDATE petitions SET status = ?2, status_reason = ?3, due_on = ?4, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

static const char sql_set_due[] =
  "UPDATE petitions SET due_on = ?2, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

/* The latest event of a step (?2) of a petition (?1). */
static const char sql_event_set_extras[] =
  "UPDATE petition_events SET extras = ?3 WHERE id = "
  "(SELECT id FROM petition_events WHERE petition_id = ?1 AND step = ?2 "
  "ORDER BY position DESC LIMIT 1)";

static const char sql_next_seq[] =
  "SELECT coalesce (max (seq), 0) + 1 FROM petitions WHERE year = ?1";

static const char sql_delete[] =
  "DELETE FROM petitions WHERE id = ?1";

static const char sql_exists[] =
  "SELECT EXISTS (SELECT 1 FROM petitions WHERE id = ?1)";

static const char sql_events_get[] =
  "SELECT step, date, who, note, extras FROM petition_events "
  "WHERE petition_id = ?1 ORDER BY position, id";

static const char sql_event_insert[] =
  "INSERT INTO petition_events (petition_id, position, step, date, who, note, extras) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

static const char sql_people_get[] =
  "SELECT name, id_number, phone, address FROM petition_people "
  "WHERE petition_id = ?1 AND role = 'representative' ORDER BY position, id";

static const char sql_people_clear[] =
  "DELETE FROM petition_people WHERE petition_id = ?1";

static const char sql_person_insert[] =
  "INSERT INTO petition_people "
  "(petition_id, role, position, name, id_number, phone, address, id_key, phone_key) "
  "VALUES (?1, 'representative', ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

static const char sql_link[] =
  "INSERT INTO petition_links (petition_id, earlier_id, reason) VALUES (?1, ?2, 'repeat') "
  "ON CONFLICT (petition_id, earlier_id) DO NOTHING";

static const char sql_links_get[] =
  "SELECT earlier_id FROM petition_links WHERE petition_id = ?1 ORDER BY earlier_id";

/* Candidates for repeat detection, by the indexes on the comparison forms
 * of the petitioner's and the representatives' ID numbers (?1) and phones
 * (?2), and on the petitioner's as typed (rows written without the store,
 * such as demo data, have no keys). */
static const char sql_candidates_person[] =
  "SELECT id FROM petitions WHERE petitioner_id_key = ?1 AND petitioner_id_key != '' "
  "UNION SELECT id FROM petitions WHERE petitioner_id_number = ?1 AND petitioner_id_number != '' "
  "UNION SELECT id FROM petitions WHERE petitioner_phone_key = ?2 AND petitioner_phone_key != '' "
  "UNION SELECT id FROM petitions WHERE petitioner_phone = ?2 AND petitioner_phone != '' "
  "UNION SELECT petition_id FROM petition_people WHERE id_key = ?1 AND id_key != '' "
  "UNION SELECT petition_id FROM petition_people WHERE phone_key = ?2 AND phone_key != '' "
  "LIMIT 200";

/* ?1 an FTS5 query of a few trigrams of the content. */
static const char sql_candidates_content[] =
  "SELECT rowid FROM petitions_fts WHERE petitions_fts MATCH ?1 ORDER BY rank LIMIT 50";

/* Statistics: the petitions received in a year and their relevant steps. */
static const char sql_stats_petitions[] =
  "SELECT id, received_on, category FROM petitions "
  "WHERE received_on BETWEEN ?1 AND ?2 ORDER BY id";

static const char sql_stats_events[] =
  "SELECT e.petition_id, e.step, e.date, e.extras FROM petition_events e "
  "JOIN petitions p ON p.id = e.petition_id "
  "WHERE p.received_on BETWEEN ?1 AND ?2 "
  "AND e.step IN ('accept', 'not_accept', 'divert', 'object', 'extend', 'reply', 'rate') "
  "ORDER BY e.petition_id, e.position";

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("There is no petition with id %s. It may have been deleted."), id_text);
}

static LdPetition *
petition_from_row (sqlite3_stmt *stmt)
{
  LdPetition *petition = ld_petition_new ();
  LdPetitionChannel channel = LD_PETITION_CHANNEL_LETTER;
  LdPetitionType type = LD_PETITION_TYPE_APPEAL;
  LdPetitionUrgency urgency = LD_PETITION_URGENCY_NORMAL;
  LdPetitionStatus status = LD_PETITION_STATUS_REGISTERED;
  GDate date;

  /* The CHECK constraints allow only known ids. */
  ld_petition_channel_from_id (ld_store_column_text (stmt, COL_CHANNEL), &channel);
  ld_petition_type_from_id (ld_store_column_text (stmt, COL_TYPE), &type);
  ld_petition_urgency_from_id (ld_store_column_text (stmt, COL_URGENCY), &urgency);
  ld_petition_status_from_id (ld_store_column_text (stmt, COL_STATUS), &status);

  g_object_freeze_notify (G_OBJECT (petition));
  ld_petition_set_id (petition, sqlite3_column_int64 (stmt, COL_ID));
  ld_petition_set_number (petition, ld_store_column_text (stmt, COL_NUMBER));
  ld_petition_set_year (petition, sqlite3_column_int (stmt, COL_YEAR));
  ld_petition_set_seq (petition, sqlite3_column_int (stmt, COL_SEQ));
  ld_petition_set_channel (petition, channel);
  if (ld_store_column_date (stmt, COL_RECEIVED_ON, &date))
    ld_petition_set_received_on (petition, &date);
  ld_petition_set_petitioner_name (petition, ld_store_column_text (stmt, COL_NAME));
  ld_petition_set_petitioner_id_number (petition, ld_store_column_text (stmt, COL_ID_NUMBER));
  ld_petition_set_petitioner_phone (petition, ld_store_column_text (stmt, COL_PHONE));
  ld_petition_set_petitioner_address (petition, ld_store_column_text (stmt, COL_ADDRESS));
  ld_petition_set_people_count (petition, MAX (sqlite3_column_int (stmt, COL_PEOPLE_COUNT), 1));
  ld_petition_set_is_group (petition, sqlite3_column_int (stmt, COL_IS_GROUP) != 0);
  ld_petition_set_petition_type (petition, type);
  ld_petition_set_category (petition, ld_store_column_text (stmt, COL_CATEGORY));
  ld_petition_set_title (petition, ld_store_column_text (stmt, COL_TITLE));
  ld_petition_set_content (petition, ld_store_column_text (stmt, COL_CONTENT));
  ld_petition_set_demands (petition, ld_store_column_text (stmt, COL_DEMANDS));
  ld_petition_set_department_concerned (petition, ld_store_column_text (stmt, COL_DEPARTMENT));
  ld_petition_set_urgency (petition, urgency);
  ld_petition_set_handler (petition, ld_store_column_text (stmt, COL_HANDLER));
  ld_petition_set_status (petition, status);
  ld_petition_set_status_reason (petition, ld_store_column_text (stmt, COL_STATUS_REASON));
  if (ld_store_column_date (stmt, COL_DUE_ON, &date))
    ld_petition_set_due_on (petition, &date);
  g_object_thaw_notify (G_OBJECT (petition));
  return petition;
}

/* The form an ID number (@is_phone FALSE) or phone is compared in: the
 * 18-digit ID number, the normalised phone, else the text as typed without
 * spaces; "" for empty text. */
static char *
repeat_key (const char *text,
            gboolean    is_phone)
{
  GString *plain;
  char *key;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  key = is_phone ? ld_phone_normalize (text, NULL, NULL)
                 : ld_repeat_detection_normalize_id_number (text);
  if (key != NULL)
    return key;
  plain = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (plain, g_unichar_toupper (g_utf8_get_char (p)));
  return g_string_free (plain, FALSE);
}

/* Binds ?2 … ?25 of sql_insert / sql_update. */
static void
bind_petition (sqlite3_stmt *stmt,
               LdPetition   *petition)
{
  sqlite3_bind_text (stmt, 2, ld_petition_get_number (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, ld_petition_get_year (petition));
  sqlite3_bind_int (stmt, 4, ld_petition_get_seq (petition));
  sqlite3_bind_text (stmt, 5, ld_petition_channel_to_id (ld_petition_get_channel (petition)),
                     -1, SQLITE_STATIC);
  ld_store_bind_date (stmt, 6, ld_petition_get_received_on (petition));
  sqlite3_bind_text (stmt, 7, ld_petition_get_petitioner_name (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, ld_petition_get_petitioner_id_number (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, ld_petition_get_petitioner_phone (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, ld_petition_get_petitioner_address (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 11, ld_petition_get_people_count (petition));
  sqlite3_bind_int (stmt, 12, ld_petition_get_is_group (petition) ? 1 : 0);
  sqlite3_bind_text (stmt, 13, ld_petition_type_to_id (ld_petition_get_petition_type (petition)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, ld_petition_get_category (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, ld_petition_get_title (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 16, ld_petition_get_content (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 17, ld_petition_get_demands (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 18, ld_petition_get_department_concerned (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 19, ld_petition_urgency_to_id (ld_petition_get_urgency (petition)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 20, ld_petition_get_handler (petition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 21, ld_petition_status_to_id (ld_petition_get_status (petition)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 22, ld_petition_get_status_reason (petition), -1, SQLITE_TRANSIENT);
  ld_store_bind_date (stmt, 23, ld_petition_get_due_on (petition));
  sqlite3_bind_text (stmt, 24, repeat_key (ld_petition_get_petitioner_id_number (petition), FALSE),
                     -1, g_free);
  sqlite3_bind_text (stmt, 25, repeat_key (ld_petition_get_petitioner_phone (petition), TRUE),
                     -1, g_free);
}

static gboolean
load_events (LdDatabase  *db,
             LdPetition  *petition,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_events_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_petition_get_id (petition));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdPetitionStep step = LD_PETITION_STEP_REGISTER;
      g_autoptr(LdPetitionEvent) event = NULL;
      GDate date;

      ld_petition_step_from_id (ld_store_column_text (stmt, 0), &step);
      ld_store_column_date (stmt, 1, &date);
      event = ld_petition_event_new (step, &date, ld_store_column_text (stmt, 2));
      ld_petition_event_set_note (event, ld_store_column_text (stmt, 3));
      /* Extras this version cannot read are dropped rather than losing the
       * whole petition. */
      if (!ld_petition_event_extras_from_string (event, ld_store_column_text (stmt, 4), NULL))
        g_warning ("Unreadable extras of a %s event of petition %" G_GINT64_FORMAT,
                   ld_store_column_text (stmt, 0), ld_petition_get_id (petition));
      ld_petition_append_event (petition, event);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
load_people (LdDatabase  *db,
             LdPetition  *petition,
             GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_people_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_petition_get_id (petition));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(LdPetitionPerson) person = ld_petition_person_new (ld_store_column_text (stmt, 0),
                                                                   ld_store_column_text (stmt, 1),
                                                                   ld_store_column_text (stmt, 2),
                                                                   ld_store_column_text (stmt, 3));

      ld_petition_add_representative (petition, person);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

LdPetition *
ld_petition_store_get (LdDatabase  *db,
                       gint64       id,
                       GError     **error)
{
  g_autoptr(LdPetition) petition = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    petition = petition_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  if (petition == NULL)
    return NULL;

  if (!load_people (db, petition, error) || !load_events (db, petition, error))
    return NULL;
  return g_steal_pointer (&petition);
}

static gboolean
insert_event (LdDatabase             *db,
              gint64                  petition_id,
              int                     position,
              const LdPetitionEvent  *event,
              GError                **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql_event_insert, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, petition_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, ld_petition_step_to_id (event->step), -1, SQLITE_STATIC);
  ld_store_bind_date (stmt, 4, &event->date);
  sqlite3_bind_text (stmt, 5, event->who != NULL ? event->who : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, event->note != NULL ? event->note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, ld_petition_event_extras_to_string (event), -1, g_free);
  return ld_database_step_done (db, stmt, error);
}

static gboolean
write_people (LdDatabase  *db,
              gint64       petition_id,
              LdPetition  *petition,
              GError     **error)
{
  GPtrArray *people = ld_petition_get_representatives (petition);
  sqlite3_stmt *stmt;

  stmt = ld_database_prepare (db, sql_people_clear, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, petition_id);
  if (!ld_database_step_done (db, stmt, error))
    return FALSE;

  for (unsigned i = 0; i < people->len; i++)
    {
      const LdPetitionPerson *person = g_ptr_array_index (people, i);

      stmt = ld_database_prepare (db, sql_person_insert, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, petition_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      sqlite3_bind_text (stmt, 3, person->name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, person->id_number, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, person->phone, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, person->address, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, repeat_key (person->id_number, FALSE), -1, g_free);
      sqlite3_bind_text (stmt, 8, repeat_key (person->phone, TRUE), -1, g_free);
      if (!ld_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Refuses a petition with validation errors, with the first error's
 * message. */
static gboolean
check_valid (LdPetition        *petition,
             LdDeadlinePolicy  *policy,
             GError           **error)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();

  if (ld_petition_validate (petition, policy, issues))
    return TRUE;
  return ld_store_set_invalid_error (issues,
                                     _("The petition is not complete. Check the highlighted fields."),
                                     error);
}

/* The deadline policy and the calendar that every change of a petition
 * is checked against. */
static gboolean
load_rules (LdDatabase         *db,
            LdDeadlinePolicy  **out_policy,
            LdCalendar        **out_calendar,
            GError            **error)
{
  *out_policy = ld_petition_store_load_policy (db, error);
  if (*out_policy == NULL)
    return FALSE;
  *out_calendar = ld_petition_store_load_calendar (db, error);
  return *out_calendar != NULL;
}

gint64
ld_petition_store_insert (LdDatabase  *db,
                          LdPetition  *petition,
                          const char  *who,
                          GError     **error)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdPetition) copy = NULL;
  g_autofree char *number = NULL;
  GPtrArray *events;
  sqlite3_stmt *stmt;
  gint64 id;
  int year, seq;

  g_return_val_if_fail (LD_IS_DATABASE (db), 0);
  g_return_val_if_fail (LD_IS_PETITION (petition), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!load_rules (db, &policy, &calendar, error))
    return 0;

  /* The work happens on a copy, so @petition is untouched on failure. */
  copy = ld_petition_copy (petition);
  if (ld_petition_get_received_on (copy) == NULL)
    {
      g_autoptr(GDate) today = ld_store_today_local ();

      ld_petition_set_received_on (copy, today);
    }
  if (!check_valid (copy, policy, error))
    return 0;

  if (ld_petition_get_events (copy)->len == 0)
    {
      g_autoptr(LdPetitionEvent) event = ld_petition_event_new (LD_PETITION_STEP_REGISTER,
                                                                ld_petition_get_received_on (copy),
                                                                who);

      ld_petition_set_status (copy, LD_PETITION_STATUS_REGISTERED);
      if (!ld_petition_workflow_apply (copy, event, policy, calendar, error))
        return 0;
    }
  else
    {
      g_autoptr(GDate) due = ld_petition_deadlines_next_due (copy, policy, calendar);

      ld_petition_set_due_on (copy, due);
    }

  year = g_date_get_year (ld_petition_get_received_on (copy));

  if (!ld_database_begin (db, error))
    return 0;

  if (!ld_store_next_seq (db, sql_next_seq, year, &seq, error))
    goto fail;
  number = g_strdup_printf ("信访〔%d〕%d号", year, seq);
  ld_petition_set_number (copy, number);
  ld_petition_set_year (copy, year);
  ld_petition_set_seq (copy, seq);

  stmt = ld_database_prepare (db, sql_insert, error);
  if (stmt == NULL)
    goto fail;
  bind_petition (stmt, copy);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ld_database_get_handle (db));

  if (!write_people (db, id, copy, error))
    goto fail;
  events = ld_petition_get_events (copy);
  for (unsigned i = 0; i < events->len; i++)
    if (!insert_event (db, id, (int) i, g_ptr_array_index (events, i), error))
      goto fail;
  if (!ld_database_commit (db, error))
    return 0;

  /* Bring @petition up to the stored state. */
  g_object_freeze_notify (G_OBJECT (petition));
  ld_petition_set_id (petition, id);
  ld_petition_set_number (petition, number);
  ld_petition_set_year (petition, year);
  ld_petition_set_seq (petition, seq);
  ld_petition_set_received_on (petition, ld_petition_get_received_on (copy));
  ld_petition_set_status (petition, ld_petition_get_status (copy));
  ld_petition_set_status_reason (petition, ld_petition_get_status_reason (copy));
  ld_petition_set_due_on (petition, ld_petition_get_due_on (copy));
  if (ld_petition_get_events (petition)->len == 0)
    for (unsigned i = 0; i < events->len; i++)
      ld_petition_append_event (petition, g_ptr_array_index (events, i));
  g_object_thaw_notify (G_OBJECT (petition));
  return id;

fail:
  ld_database_rollback (db);
  return 0;
}

gboolean
ld_petition_store_update (LdDatabase  *db,
                          LdPetition  *petition,
                          GError     **error)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdPetition) stored = NULL;
  g_autoptr(LdPetition) merged = NULL;
  g_autoptr(GDate) due = NULL;
  gint64 id;
  GPtrArray *events;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_PETITION (petition), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = ld_petition_get_id (petition);
  if (!load_rules (db, &policy, &calendar, error))
    return FALSE;
  if (!check_valid (petition, policy, error))
    return FALSE;

  if (!ld_database_begin (db, error))
    return FALSE;
  stored = ld_petition_store_get (db, id, error);
  if (stored == NULL)
    goto fail;

  /* The edited fields with the stored history, status and number: the due
   * date may move with the date received (the notice limit runs from it). */
  merged = ld_petition_copy (petition);
  ld_petition_set_number (merged, ld_petition_get_number (stored));
  ld_petition_set_year (merged, ld_petition_get_year (stored));
  ld_petition_set_seq (merged, ld_petition_get_seq (stored));
  ld_petition_set_status (merged, ld_petition_get_status (stored));
  ld_petition_set_status_reason (merged, ld_petition_get_status_reason (stored));
  /* A private copy, so emptying its history directly is safe. */
  g_ptr_array_set_size (ld_petition_get_events (merged), 0);
  events = ld_petition_get_events (stored);
  for (unsigned i = 0; i < events->len; i++)
    ld_petition_append_event (merged, g_ptr_array_index (events, i));
  due = ld_petition_deadlines_next_due (merged, policy, calendar);
  ld_petition_set_due_on (merged, due);

  stmt = ld_database_prepare (db, sql_update, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_petition (stmt, merged);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  if (!write_people (db, id, merged, error))
    goto fail;
  if (!ld_database_commit (db, error))
    return FALSE;

  ld_petition_set_due_on (petition, due);
  return TRUE;

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_petition_store_apply (LdDatabase       *db,
                         gint64            id,
                         LdPetitionEvent  *event,
                         GError          **error)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdPetition) petition = NULL;
  GPtrArray *events;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_rules (db, &policy, &calendar, error))
    return FALSE;

  if (!ld_database_begin (db, error))
    return FALSE;
  petition = ld_petition_store_get (db, id, error);
  if (petition == NULL)
    goto fail;
  if (!ld_petition_workflow_apply (petition, event, policy, calendar, error))
    goto fail;

  events = ld_petition_get_events (petition);
  if (!insert_event (db, id, (int) events->len - 1,
                     g_ptr_array_index (events, events->len - 1), error))
    goto fail;

  stmt = ld_database_prepare (db, sql_set_state, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ld_petition_status_to_id (ld_petition_get_status (petition)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ld_petition_get_status_reason (petition), -1, SQLITE_TRANSIENT);
  ld_store_bind_date (stmt, 4, ld_petition_get_due_on (petition));
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_petition_store_record_service (LdDatabase      *db,
                                  gint64           id,
                                  LdPetitionStep   step,
                                  const GDate     *served_on,
                                  GError         **error)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdPetition) petition = NULL;
  const LdPetitionEvent *event;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_rules (db, &policy, &calendar, error))
    return FALSE;

  if (!ld_database_begin (db, error))
    return FALSE;
  petition = ld_petition_store_get (db, id, error);
  if (petition == NULL)
    goto fail;
  if (!ld_petition_workflow_record_service (petition, step, served_on, policy, calendar, error))
    goto fail;
  event = ld_petition_find_last_event (petition, step);
  g_assert (event != NULL);

  stmt = ld_database_prepare (db, sql_event_set_extras, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ld_petition_step_to_id (step), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ld_petition_event_extras_to_string (event), -1, g_free);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;

  stmt = ld_database_prepare (db, sql_set_due, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  ld_store_bind_date (stmt, 2, ld_petition_get_due_on (petition));
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_petition_store_delete (LdDatabase  *db,
                          gint64       id,
                          GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!ld_store_run_for_id (db, sql_delete, id, error))
    goto fail;
  if (sqlite3_changes (ld_database_get_handle (db)) == 0)
    {
      set_not_found (error, id);
      goto fail;
    }
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

/* Adds the ids of the petitions sharing an ID number or phone with
 * @id_number / @phone. */
static gboolean
collect_person_candidates (LdDatabase  *db,
                           const char  *id_number,
                           const char  *phone,
                           GHashTable  *ids,
                           GError     **error)
{
  g_autofree char *id_key = repeat_key (id_number, FALSE);
  g_autofree char *phone_key = repeat_key (phone, TRUE);
  sqlite3_stmt *stmt;

  if (*id_key == '\0' && *phone_key == '\0')
    return TRUE;
  stmt = ld_database_prepare (db, sql_candidates_person, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phone_key, -1, SQLITE_TRANSIENT);
  return ld_store_collect_ids (db, stmt, ids, error);
}

/* An FTS5 query of up to 8 trigrams spread over the letter-and-digit runs
 * of @content ("abc" OR "def" …), or NULL when it has none. The trigrams
 * hold no quotes, so quoting them is safe. */
static char *
make_content_query (const char *content)
{
  g_autoptr(GPtrArray) grams = g_ptr_array_new_with_free_func (g_free);
  GString *query;
  const char *p = content;
  gunichar run[3];
  int run_len = 0;
  unsigned step;

  for (; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          run_len = 0;
          continue;
        }
      if (run_len == 3)
        {
          run[0] = run[1];
          run[1] = run[2];
          run_len = 2;
        }
      run[run_len++] = c;
      if (run_len == 3)
        {
          GString *gram = g_string_new (NULL);

          for (int i = 0; i < 3; i++)
            g_string_append_unichar (gram, run[i]);
          g_ptr_array_add (grams, g_string_free (gram, FALSE));
        }
    }
  if (grams->len == 0)
    return NULL;

  query = g_string_new ("content : (");
  step = MAX (grams->len / 8, 1);
  for (unsigned i = 0, n = 0; i < grams->len && n < 8; i += step, n++)
    g_string_append_printf (query, "%s\"%s\"", n > 0 ? " OR " : "",
                            (const char *) grams->pdata[i]);
  g_string_append_c (query, ')');
  return g_string_free (query, FALSE);
}

static gboolean
collect_content_candidates (LdDatabase  *db,
                            const char  *content,
                            GHashTable  *ids,
                            GError     **error)
{
  g_autofree char *query = make_content_query (content);
  sqlite3_stmt *stmt;

  if (query == NULL)
    return TRUE;
  stmt = ld_database_prepare (db, sql_candidates_content, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
  return ld_store_collect_ids (db, stmt, ids, error);
}

GPtrArray *
ld_petition_store_find_repeats (LdDatabase  *db,
                                LdPetition  *petition,
                                GError     **error)
{
  g_autoptr(GHashTable) ids = ld_store_id_set_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *people;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!collect_person_candidates (db, ld_petition_get_petitioner_id_number (petition),
                                  ld_petition_get_petitioner_phone (petition), ids, error))
    return NULL;
  people = ld_petition_get_representatives (petition);
  for (unsigned i = 0; i < people->len; i++)
    {
      const LdPetitionPerson *person = g_ptr_array_index (people, i);

      if (!collect_person_candidates (db, person->id_number, person->phone, ids, error))
        return NULL;
    }
  if (!collect_content_candidates (db, ld_petition_get_content (petition), ids, error))
    return NULL;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 id = *(gint64 *) key;
      LdPetition *candidate;

      if (id == ld_petition_get_id (petition))
        continue;
      candidate = ld_petition_store_get (db, id, error);
      if (candidate == NULL)
        return NULL;
      g_ptr_array_add (candidates, candidate);
    }

  return ld_repeat_detection_find (petition, candidates, LD_REPEAT_DEFAULT_THRESHOLD);
}

gboolean
ld_petition_store_link_repeat (LdDatabase  *db,
                               gint64       id,
                               gint64       earlier_id,
                               GError     **error)
{
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (id == earlier_id)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("A petition cannot be a repeat of itself."));
      return FALSE;
    }

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!ld_store_query_exists (db, sql_exists, id, NULL, &exists, error))
    goto fail;
  if (!exists)
    {
      set_not_found (error, id);
      goto fail;
    }
  if (!ld_store_query_exists (db, sql_exists, earlier_id, NULL, &exists, error))
    goto fail;
  if (!exists)
    {
      set_not_found (error, earlier_id);
      goto fail;
    }
  stmt = ld_database_prepare (db, sql_link, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, earlier_id);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

GArray *
ld_petition_store_list_repeat_links (LdDatabase  *db,
                                     gint64       id,
                                     GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_links_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 earlier = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, earlier);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&ids);
}

LdDeadlinePolicy *
ld_petition_store_load_policy (LdDatabase  *db,
                               GError     **error)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(GHashTable) values = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  values = ld_settings_store_get_group (db, "petition.", error);
  if (values == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GError) local_error = NULL;

      if (!ld_deadline_policy_is_setting_key (key))
        continue;
      /* A value edited by hand into nonsense keeps the default rather
       * than stopping every petition screen. */
      if (!ld_deadline_policy_set_setting (policy, key, value != NULL ? value : "", &local_error))
        g_warning ("Ignoring the setting %s: %s", (const char *) key, local_error->message);
    }
  return g_steal_pointer (&policy);
}

gboolean
ld_petition_store_save_policy (LdDatabase        *db,
                               LdDeadlinePolicy  *policy,
                               GError           **error)
{
  const char * const *keys = ld_deadline_policy_get_setting_keys ();

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  for (unsigned i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ld_deadline_policy_get_setting (policy, keys[i]);

      if (!ld_settings_store_set (db, keys[i], value, error))
        {
          ld_database_rollback (db);
          return FALSE;
        }
    }
  return ld_database_commit (db, error);
}

LdCalendar *
ld_petition_store_load_calendar (LdDatabase  *db,
                                 GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The built-in holiday data; an editable calendar would be kept in the
   * settings table too. */
  return ld_calendar_new ();
}

LdPetitionStats *
ld_petition_store_compute_stats (LdDatabase   *db,
                                 int           year,
                                 const GDate  *as_of,
                                 GError      **error)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(GPtrArray) petitions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GDate) today = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree gint64 *ids = NULL;
  GDate from, to;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_rules (db, &policy, &calendar, error))
    return NULL;
  if (as_of == NULL)
    as_of = today = ld_store_today_local ();

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&to, 31, G_DATE_DECEMBER, year);
  from_text = ld_store_format_date (&from);
  to_text = ld_store_format_date (&to);

  /* Two queries whatever the number of petitions: the rows, then the
   * steps the statistics look at, hung on light petitions. */
  stmt = ld_database_prepare (db, sql_stats_petitions, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdPetition *petition = ld_petition_new ();
      GDate date;

      ld_petition_set_id (petition, sqlite3_column_int64 (stmt, 0));
      if (ld_store_column_date (stmt, 1, &date))
        ld_petition_set_received_on (petition, &date);
      ld_petition_set_category (petition, ld_store_column_text (stmt, 2));
      g_ptr_array_add (petitions, petition);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  /* The hash keys point at the ids array, which outlives the table. */
  ids = g_new (gint64, MAX (petitions->len, 1));
  for (unsigned i = 0; i < petitions->len; i++)
    {
      ids[i] = ld_petition_get_id (g_ptr_array_index (petitions, i));
      g_hash_table_insert (by_id, &ids[i], g_ptr_array_index (petitions, i));
    }

  stmt = ld_database_prepare (db, sql_stats_events, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to_text, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      LdPetition *petition = g_hash_table_lookup (by_id, &id);
      LdPetitionStep step = LD_PETITION_STEP_REGISTER;
      g_autoptr(LdPetitionEvent) event = NULL;
      GDate date;

      if (petition == NULL || !ld_petition_step_from_id (ld_store_column_text (stmt, 1), &step))
        continue;
      ld_store_column_date (stmt, 2, &date);
      event = ld_petition_event_new (step, &date, NULL);
      if (step == LD_PETITION_STEP_EXTEND || step == LD_PETITION_STEP_RATE)
        ld_petition_event_extras_from_string (event, ld_store_column_text (stmt, 3), NULL);
      ld_petition_append_event (petition, event);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  return ld_petition_stats_compute_for_petitions (petitions, &from, &to, as_of, policy, calendar);
}
