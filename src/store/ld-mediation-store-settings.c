/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-mediation-store-private.h"
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
static const char sql_category_exists[] =
  "SELECT EXISTS (SELECT 1 FROM dispute_categories WHERE name = ?1)";
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
  GStrvBuilder *builder;
  sqlite3_stmt *stmt;
  GStrv result;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, include_retired ? sql_categories_all : sql_categories_active,
                              error);
  if (stmt == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (builder, ld_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (rc != SQLITE_DONE)
    {
      g_strfreev (result);
      return NULL;
    }
  return result;
}

static gboolean
category_exists (LdDatabase  *db,
                 const char  *name,
                 gboolean    *out,
                 GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql_category_exists, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *out = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
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

  if (!category_exists (db, name, &exists, error))
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

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ld_mediation_reminder_settings_init (&settings);
  for (unsigned i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      const ReminderKey *k = &reminder_keys[i];
      g_autoptr(GError) local_error = NULL;
      g_autofree char *value = ld_settings_store_get (db, k->key, &local_error);
      gint64 number;

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
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

gboolean
ld_mediation_store_save_reminder_settings (LdDatabase                         *db,
                                           const LdMediationReminderSettings  *settings,
                                           GError                            **error)
{
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
  for (unsigned i = 0; i < G_N_ELEMENTS (reminder_keys); i++)
    {
      const ReminderKey *k = &reminder_keys[i];
      g_autofree char *value = g_strdup_printf ("%d", FIELD (settings, k));

      if (!ld_settings_store_set (db, k->key, value, error))
        {
          ld_database_rollback (db);
          return FALSE;
        }
    }
  return ld_database_commit (db, error);
}
