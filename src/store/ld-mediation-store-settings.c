/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-mediation-store-private.h"
#include "ld-petition-store.h"
#include "ld-record-summary.h"
#include "ld-settings-store.h"

/* What the mediation register keeps besides its cases: the list of
 * mediators for the filter, the dispute categories and the reminder
 * periods. */

static const char sql_mediators[] =
  "SELECT DISTINCT mediators FROM mediation_cases WHERE mediators != ''";

static const char sql_categories_all[] =
  "SELECT name FROM dispute_categories ORDER BY position, id";
static const char sql_categories_active[] =
  "SELECT name FROM dispute_categories WHERE retired = 0 ORDER BY position, id";
/* ?1, the id ld_store_query_exists() binds, is unused. */
static const char sql_category_exists[] =
  "SELECT EXISTS (SELECT 1 FROM dispute_categories WHERE name = ?2)";
static const char sql_category_add[] =
  "INSERT INTO dispute_categories (name, position) "
  "VALUES (?1, (SELECT coalesce (max (position), -1) + 1 FROM dispute_categories))";
static const char sql_category_rename[] =
  "UPDATE dispute_categories SET name = ?2 WHERE name = ?1";
static const char sql_category_rename_cases[] =
  "UPDATE mediation_cases SET category = ?2, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE category = ?1";
static const char sql_category_retire[] =
  "UPDATE dispute_categories SET retired = ?2 WHERE name = ?1";

/* The cases whose due_on the periods may move: those in an open status
 * (?1, a JSON array of ids), by the (status, …) indexes. */
static const char sql_open_case_ids[] =
  "SELECT id FROM mediation_cases WHERE status IN (SELECT value FROM json_each (?1))";
/* Only a real change is written (and audited). */
static const char sql_set_due_on[] =
  "UPDATE mediation_cases SET due_on = ?2 WHERE id = ?1 AND due_on IS NOT ?2";

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

GStrv
ld_mediation_store_list_mediators (LdDatabase  *db,
                                   GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GStrvBuilder *builder;
  sqlite3_stmt *stmt;
  GStrv result;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_mediators, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      g_auto(GStrv) parts = g_strsplit (ld_store_column_text (stmt, 0), "、", -1);

      for (unsigned i = 0; parts[i] != NULL; i++)
        {
          char *name = g_strstrip (parts[i]);

          if (*name != '\0' && !g_hash_table_contains (seen, name))
            {
              char *key = g_strdup (name);

              g_hash_table_add (seen, key);
              g_ptr_array_add (names, key);
            }
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  g_ptr_array_sort (names, compare_names);
  builder = g_strv_builder_new ();
  for (unsigned i = 0; i < names->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (names, i));
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

GStrv
ld_mediation_store_list_categories (LdDatabase  *db,
                                    gboolean     include_retired,
                                    GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ld_store_list_texts (db, include_retired ? sql_categories_all : sql_categories_active,
                              error);
}

/* The name without surrounding white space, or NULL (with @error) when
 * that leaves nothing. */
static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("Enter a name for the dispute category."));
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* Refuses @name (inside the caller's transaction) when a category is
 * already called so. */
static gboolean
check_name_free (LdDatabase  *db,
                 const char  *name,
                 GError     **error)
{
  gboolean exists = FALSE;

  if (!ld_store_query_exists (db, sql_category_exists, 0, name, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("There is already a dispute category called “%s”. Choose another name."),
                   name);
      return FALSE;
    }
  return TRUE;
}

static void
set_category_not_found (GError     **error,
                        const char  *name)
{
  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("There is no dispute category called “%s”. It may have been renamed."), name);
}

gboolean
ld_mediation_store_add_category (LdDatabase  *db,
                                 const char  *name,
                                 GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = clean_name (name, error);
  if (clean == NULL)
    return FALSE;

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!check_name_free (db, clean, error))
    goto fail;
  stmt = ld_database_prepare (db, sql_category_add, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_mediation_store_rename_category (LdDatabase  *db,
                                    const char  *name,
                                    const char  *new_name,
                                    GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = clean_name (new_name, error);
  if (clean == NULL)
    return FALSE;
  if (g_str_equal (clean, name))
    return TRUE;

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!check_name_free (db, clean, error))
    goto fail;
  stmt = ld_database_prepare (db, sql_category_rename, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (ld_database_get_handle (db)) == 0)
    {
      set_category_not_found (error, name);
      goto fail;
    }
  stmt = ld_database_prepare (db, sql_category_rename_cases, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_mediation_store_set_category_retired (LdDatabase  *db,
                                         const char  *name,
                                         gboolean     retired,
                                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  stmt = ld_database_prepare (db, sql_category_retire, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, retired ? 1 : 0);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  if (sqlite3_changes (ld_database_get_handle (db)) == 0)
    {
      set_category_not_found (error, name);
      goto fail;
    }
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

/* The reminder periods: the settings key of each field, and the values a
 * period may take (a warning period may be 0: warn only on the day). */
typedef struct
{
  const char *key;
  gsize       offset;
  int         min;
  int         max;
} ReminderKey;

static const ReminderKey reminder_keys[] = {
  { "mediation.target_days", G_STRUCT_OFFSET (LdMediationReminderSettings, target_days), 1, 365 },
  { "mediation.admin_working_days", G_STRUCT_OFFSET (LdMediationReminderSettings, admin_working_days), 1, 365 },
  { "mediation.admin_extension_days", G_STRUCT_OFFSET (LdMediationReminderSettings, admin_extension_days), 0, 365 },
  { "mediation.return_visit_days", G_STRUCT_OFFSET (LdMediationReminderSettings, return_visit_days), 1, 365 },
  { "mediation.confirmation_days", G_STRUCT_OFFSET (LdMediationReminderSettings, confirmation_days), 1, 365 },
  { "mediation.confirmation_warn_days", G_STRUCT_OFFSET (LdMediationReminderSettings, confirmation_warn_days), 0, 365 },
  { "mediation.warn_days", G_STRUCT_OFFSET (LdMediationReminderSettings, warn_days), 0, 365 },
};

#define FIELD(settings, k) (G_STRUCT_MEMBER (int, (settings), (k)->offset))

gboolean
ld_mediation_store_load_reminder_settings (LdDatabase                   *db,
                                           LdMediationReminderSettings  *out,
                                           GError                      **error)
{
  LdMediationReminderSettings settings;
  g_autoptr(GHashTable) values = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  values = ld_settings_store_get_group (db, "mediation.", error);
  if (values == NULL)
    return FALSE;
  ld_mediation_reminder_settings_init (&settings);
  for (unsigned i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      const ReminderKey *k = &reminder_keys[i];
      const char *value = g_hash_table_lookup (values, k->key);
      g_autoptr(GError) local_error = NULL;
      gint64 number;

      if (value == NULL)
        continue;
      /* A value edited by hand into nonsense keeps the default rather than
       * stopping every mediation screen. */
      if (!g_ascii_string_to_signed (value, 10, k->min, k->max, &number, &local_error))
        {
          g_message ("Ignoring the setting %s: %s", k->key, local_error->message);
          continue;
        }
      FIELD (&settings, k) = (int) number;
    }
  *out = settings;
  return TRUE;
}

/* TRUE when @a and @b give the same due dates: the warning periods only
 * decide when a reminder shows. */
static gboolean
same_due_periods (const LdMediationReminderSettings *a,
                  const LdMediationReminderSettings *b)
{
  return a->target_days == b->target_days &&
         a->admin_working_days == b->admin_working_days &&
         a->admin_extension_days == b->admin_extension_days &&
         a->return_visit_days == b->return_visit_days &&
         a->confirmation_days == b->confirmation_days;
}

static char *
open_statuses_json (void)
{
  const char * const *ids = ld_record_area_get_open_statuses (LD_RECORD_AREA_MEDIATION);
  GString *json = g_string_new ("[");

  /* Status ids are plain ASCII words, safe inside JSON strings. */
  for (unsigned i = 0; ids[i] != NULL; i++)
    g_string_append_printf (json, "%s\"%s\"", i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* Inside the caller's transaction: sets due_on of every open case as
 * @settings compute it, so that the register's Due column, the Overdue
 * filter and the overview agree with the editor. */
static gboolean
recompute_due_on (LdDatabase                         *db,
                  const LdMediationReminderSettings  *settings,
                  GError                            **error)
{
  g_autoptr(LdCalendar) calendar = ld_petition_store_load_calendar (db, error);
  g_autoptr(GHashTable) ids = NULL;
  g_autofree char *statuses = open_statuses_json ();
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt;

  if (calendar == NULL)
    return FALSE;
  /* Collected first: the updates must not run under the open SELECT. */
  stmt = ld_database_prepare (db, sql_open_case_ids, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, statuses, -1, SQLITE_TRANSIENT);
  ids = ld_store_id_set_new ();
  if (!ld_store_collect_ids (db, stmt, ids, error))
    return FALSE;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 id = *(gint64 *) key;
      /* Only what the reminders read: before an agreement, the row. */
      g_autoptr(LdMediationCase) mcase = ld_mediation_store_get_row (db, id, error);

      if (mcase == NULL)
        return FALSE;
      if (ld_mediation_store_status_needs_due_children (ld_mediation_case_get_status (mcase)) &&
          !ld_mediation_store_load_due_children (db, mcase, error))
        return FALSE;
      ld_mediation_reminders_update_due_on (mcase, calendar, settings);
      stmt = ld_database_prepare (db, sql_set_due_on, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      ld_store_bind_date (stmt, 2, ld_mediation_case_get_due_on (mcase));
      if (!ld_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ld_mediation_store_save_reminder_settings (LdDatabase                         *db,
                                           const LdMediationReminderSettings  *settings,
                                           GError                            **error)
{
  LdMediationReminderSettings old;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (unsigned i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      const ReminderKey *k = &reminder_keys[i];
      int value = FIELD (settings, k);

      if (value < k->min || value > k->max)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("A reminder period of %d days is not possible. Enter between %d and %d days."),
                       value, k->min, k->max);
          return FALSE;
        }
    }

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!ld_mediation_store_load_reminder_settings (db, &old, error))
    goto fail;
  for (unsigned i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      const ReminderKey *k = &reminder_keys[i];
      g_autofree char *value = g_strdup_printf ("%d", FIELD (settings, k));

      if (!ld_settings_store_set (db, k->key, value, error))
        goto fail;
    }
  if (!same_due_periods (&old, settings) && !recompute_due_on (db, settings, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}
