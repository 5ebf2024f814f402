/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "ld-audit-triggers.h"
#include "ld-database-private.h"
#include "ld-migrations.h"
#include "ld-store-resources.h"

/* Migration N is at index N - 1. Built once: the resource never changes. */
static GPtrArray *
get_migrations (void)
{
  static GPtrArray *migrations;

  if (g_once_init_enter (&migrations))
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) children = NULL;
      GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

      /* Asking our own GResource (not the global list) also keeps the
       * linker from dropping it out of the static library. */
      children = g_resource_enumerate_children (ld_store_get_resource (),
                                                LD_MIGRATIONS_RESOURCE_PATH,
                                                G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                &error);
      if (children == NULL)
        g_error ("No schema migrations in the store resource: %s", error->message);

      for (guint i = 0; children[i]; i++)
        {
          const char *name = children[i];
          char digits[5] = { 0 };
          guint64 number = 0;

          if (strlen (name) > 9)
            memcpy (digits, name, 4);
          if (!g_str_has_suffix (name, ".sql") || name[4] != '-' ||
              !g_ascii_string_to_unsigned (digits, 10, 1, 9999, &number, NULL))
            g_error ("Schema migration “%s” is not named NNNN-name.sql", name);

          if (list->len < number)
            g_ptr_array_set_size (list, number);
          if (g_ptr_array_index (list, number - 1) != NULL)
            g_error ("Two schema migrations are numbered %04u", (unsigned) number);
          g_ptr_array_index (list, number - 1) = g_strdup (name);
        }

      for (guint i = 0; i < list->len; i++)
        if (g_ptr_array_index (list, i) == NULL)
          g_error ("Schema migration %04u is missing", i + 1);

      g_once_init_leave (&migrations, list);
    }

  return migrations;
}

int
ld_migrations_get_latest_version (void)
{
  return get_migrations ()->len;
}

GStrv
ld_migrations_list_names (void)
{
  GPtrArray *migrations = get_migrations ();
  GStrv names = g_new0 (char *, migrations->len + 1);

  for (guint i = 0; i < migrations->len; i++)
    names[i] = g_strdup (g_ptr_array_index (migrations, i));
  return names;
}

static gboolean
apply_one (LdDatabase  *self,
           int          version,
           const char  *name,
           GError     **error)
{
  g_autofree char *resource_path = g_strconcat (LD_MIGRATIONS_RESOURCE_PATH, name, NULL);
  g_autofree char *set_version = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resource_lookup_data (ld_store_get_resource (), resource_path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  /* Resource data is NUL-terminated, but a copy keeps that our concern. */
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!ld_database_begin (self, error))
    return FALSE;

  /* Another process may have migrated while we waited for the lock. */
  if (ld_database_get_schema_version (self) >= version)
    return ld_database_commit (self, error);

  /* The triggers name every column: drop them so the migration may alter
   * tables, and build them again for the new schema in the same step. */
  if (!ld_audit_triggers_drop (self, error) ||
      !ld_database_exec (self, sql, error))
    goto fail;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
  if (!ld_database_exec (self, set_version, error) ||
      !ld_audit_triggers_create (self, error))
    goto fail;

  return ld_database_commit (self, error);

fail:
  g_prefix_error (error, _("Could not update the database to schema version %d (%s): "), version, name);
  ld_database_rollback (self);
  return FALSE;
}

gboolean
ld_migrations_apply (LdDatabase  *self,
                     GError     **error)
{
  GPtrArray *migrations = get_migrations ();
  int current;

  current = ld_database_get_schema_version (self);
  if (current < 0)
    return ld_database_set_error_from_sqlite (self, error, sqlite3_errcode (ld_database_get_handle (self)));

  /* Checked again here: an in-memory or freshly created file skips the
   * file validation. */
  if (current > (int) migrations->len)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Legal Desk (schema %d; this version knows %d). Update Legal Desk to open it; the file was not changed."),
                   ld_database_get_path (self), current, (int) migrations->len);
      return FALSE;
    }

  for (int version = current + 1; version <= (int) migrations->len; version++)
    {
      if (!apply_one (self, version, g_ptr_array_index (migrations, version - 1), error))
        return FALSE;
    }
  return TRUE;
}
