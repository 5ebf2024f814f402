/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

/* Backup with the SQLite online-backup API, and restore by replacing the
 * file (keeping the replaced one beside it). */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "ld-database-file.h"
#include "ld-database-private.h"

#define BACKUP_BUSY_RETRIES 100

static int
errno_to_code (int saved_errno)
{
  if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    return LD_STORE_ERROR_READ_ONLY;
  return LD_STORE_ERROR_CANNOT_OPEN;
}

/* Sets @error from errno; @format takes the path and the system's reason. */
#define set_errno_error(error, saved_errno, format, path) \
  G_STMT_START { \
    int e_ = (saved_errno); \
    g_set_error ((error), LD_STORE_ERROR, errno_to_code (e_), (format), (path), g_strerror (e_)); \
  } G_STMT_END

/* Creates an empty private (0600) temporary file beside @path. */
static char *
create_temp_beside (const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *tmpl = g_strconcat (path, ".tmp-XXXXXX", NULL);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_errno_error (error, errno, _("Cannot create the folder for “%s” (%s). Choose a location you can write to."), path);
      return NULL;
    }
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, errno, _("Cannot write beside “%s” (%s). Choose a location you can write to."), path);
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmpl);
}

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      set_errno_error (error, saved_errno, _("Cannot write “%s” (%s). Check the free space and permissions."), path);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Copies the main database of @source to @dest_path. */
static gboolean
backup_handle (sqlite3     *source,
               const char  *dest_path,
               GError     **error)
{
  g_autofree char *temp_path = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int retries = 0;
  int rc;

  /* Written to a private temporary file that replaces @dest_path only when
   * complete, so a failed backup never leaves a half-written file. */
  temp_path = create_temp_beside (dest_path, error);
  if (temp_path == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temp_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    goto sqlite_fail;

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      rc = sqlite3_extended_errcode (dest);
      goto sqlite_fail;
    }

  /* All pages in one step: one read transaction, so the copy is a
   * consistent snapshot while other connections go on writing (WAL). */
  do
    {
      rc = sqlite3_backup_step (backup, -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (50 * 1000);
    }
  while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
         retries++ < BACKUP_BUSY_RETRIES);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto sqlite_fail;

  /* The copy inherits WAL mode from the live file; a backup is one
   * self-contained file, which readers open without making -wal/-shm. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto sqlite_fail;

  rc = sqlite3_close (dest);
  dest = NULL;
  if (rc != SQLITE_OK)
    goto sqlite_fail;

  if (!sync_file (temp_path, error))
    goto fail;

  if (g_rename (temp_path, dest_path) != 0)
    {
      set_errno_error (error, errno, _("Cannot write the backup “%s” (%s). Choose a location you can write to."), dest_path);
      goto fail;
    }
  return TRUE;

sqlite_fail:
  g_set_error (error, LD_STORE_ERROR,
               (rc & 0xff) == SQLITE_FULL ? LD_STORE_ERROR_FAILED : LD_STORE_ERROR_CANNOT_OPEN,
               _("Cannot write the backup “%s” (%s). Check the free space and that the folder is writable."),
               dest_path, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
fail:
  if (dest)
    sqlite3_close (dest);
  g_unlink (temp_path);
  return FALSE;
}

static gboolean
check_destination (LdDatabase  *self,
                   const char  *dest_path,
                   GError     **error)
{
  if (g_strcmp0 (dest_path, ld_database_get_path (self)) == 0)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot back up the database “%s” onto itself. Choose another file."),
                   dest_path);
      return FALSE;
    }
  return TRUE;
}

gboolean
ld_database_backup (LdDatabase  *self,
                    const char  *dest_path,
                    GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (!ld_database_in_transaction (self), FALSE);

  if (!check_destination (self, dest_path, error))
    return FALSE;
  return backup_handle (ld_database_get_handle (self), dest_path, error);
}

typedef struct
{
  char *source_path;
  char *dest_path;
} BackupData;

static void
backup_data_free (BackupData *data)
{
  g_free (data->source_path);
  g_free (data->dest_path);
  g_free (data);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupData *data = task_data;
  GError *error = NULL;
  sqlite3 *source = NULL;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* A connection of its own: the caller's stays usable on its thread. */
  rc = sqlite3_open_v2 (data->source_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_task_return_new_error (task, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                               _("Cannot read “%s” (%s). Check that the file can be read."),
                               data->source_path, sqlite3_errstr (rc));
      sqlite3_close (source);
      return;
    }
  sqlite3_busy_timeout (source, 5000);

  if (backup_handle (source, data->dest_path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  sqlite3_close (source);
}

void
ld_database_backup_async (LdDatabase          *self,
                          const char          *dest_path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  BackupData *data;

  g_return_if_fail (LD_IS_DATABASE (self));
  g_return_if_fail (dest_path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_database_backup_async);

  if (!check_destination (self, dest_path, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* An in-memory database exists only on this connection. */
  if (g_str_equal (ld_database_get_path (self), ":memory:"))
    {
      if (ld_database_backup (self, dest_path, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  data = g_new0 (BackupData, 1);
  data->source_path = g_strdup (ld_database_get_path (self));
  data->dest_path = g_strdup (dest_path);
  g_task_set_task_data (task, data, (GDestroyNotify) backup_data_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
ld_database_backup_finish (LdDatabase    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Checkpoints the WAL into the database file, so nothing of it is left
 * only in the -wal file. Failure is not fatal: the -wal is kept as well. */
static void
checkpoint (const char *db_path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    }
  sqlite3_close (db);
}

static char *
choose_kept_path (const char *db_path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *kept = g_strdup_printf ("%s.before-restore-%s", db_path, stamp);

  for (int i = 2; g_file_test (kept, G_FILE_TEST_EXISTS); i++)
    {
      g_free (kept);
      kept = g_strdup_printf ("%s.before-restore-%s-%d", db_path, stamp, i);
    }
  return kept;
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;

  in = g_file_read (source, NULL, &local_error);
  if (in)
    out = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &local_error);
  if (out == NULL ||
      g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, &local_error) < 0)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot copy “%s” to “%s” (%s). Check the free space and permissions."),
                   from, to, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
ld_database_restore (const char  *db_path,
                     const char  *backup_path,
                     char       **kept_path,
                     GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm" };
  g_autofree char *temp_path = NULL;
  g_autofree char *kept = NULL;
  GStatBuf st;

  g_return_val_if_fail (db_path != NULL, FALSE);
  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (kept_path)
    *kept_path = NULL;

  /* Verify the backup before touching the current database. */
  if (g_stat (backup_path, &st) != 0)
    {
      set_errno_error (error, errno, _("Cannot read the backup “%s” (%s). Choose another file."), backup_path);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_A_DATABASE,
                   _("The backup “%s” is empty. Choose another file; the current database was not changed."),
                   backup_path);
      return FALSE;
    }
  if (!ld_database_file_validate (backup_path, TRUE, error))
    return FALSE;

  temp_path = create_temp_beside (db_path, error);
  if (temp_path == NULL)
    return FALSE;
  if (!copy_file (backup_path, temp_path, error) ||
      !sync_file (temp_path, error))
    goto fail;

  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      checkpoint (db_path);
      kept = choose_kept_path (db_path);
      if (g_rename (db_path, kept) != 0)
        {
          set_errno_error (error, errno, _("Cannot move the current database “%s” aside (%s). Check the folder's permissions."), db_path);
          goto fail;
        }
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *side = g_strconcat (db_path, suffixes[i], NULL);
          g_autofree char *side_kept = g_strconcat (kept, suffixes[i], NULL);

          if (g_file_test (side, G_FILE_TEST_EXISTS))
            g_rename (side, side_kept);
        }
    }

  if (g_rename (temp_path, db_path) != 0)
    {
      set_errno_error (error, errno, _("Cannot put the backup in place of “%s” (%s). The previous database was kept."), db_path);
      if (kept)
        g_rename (kept, db_path);
      goto fail;
    }
  g_chmod (db_path, 0600);

  if (kept_path)
    *kept_path = g_steal_pointer (&kept);
  return TRUE;

fail:
  g_unlink (temp_path);
  return FALSE;
}
