/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ld-database-file.h"
#include "ld-database-stamp.h"
#include "ld-migrations.h"

static const char sqlite_header[16] = "SQLite format 3";

static gboolean
is_permission_error (int saved_errno)
{
  return saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS;
}

/* Opens @path for reading only. Without a -wal file beside it the file is
 * opened "immutable", so SQLite creates no -wal, -shm or journal file; with
 * one (a database in use, or not closed cleanly) the WAL must be read, and
 * other connections may be writing, so it is opened normally. */
static sqlite3 *
open_for_inspection (const char  *path,
                     GError     **error)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  GStatBuf st;
  sqlite3 *db = NULL;
  int rc;

  if (g_stat (wal_path, &st) == 0)
    rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  else
    {
      escaped = g_uri_escape_string (path, "/", FALSE);
      uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
      rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s” (%s). Check that the file can be read."),
                   path, sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  return db;
}

static gboolean
set_inspection_error (const char  *path,
                      int          rc,
                      const char  *detail,
                      GError     **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Legal Desk database. Choose another file; this one was not changed."),
                   path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s). Restore it from a backup; the file was not changed."),
                   path, detail);
      break;
    default:
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s” (%s). Check that the file can be read; it was not changed."),
                   path, detail);
      break;
    }
  return FALSE;
}

static gboolean
check_health (const char  *path,
              GError     **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *first_problem = NULL;
  gboolean ok = FALSE;
  int version = 0;
  int rc;

  db = open_for_inspection (path, error);
  if (db == NULL)
    return FALSE;

  /* A file unchanged since Legal Desk last closed it cleanly was checked
   * then; reading every page again would only slow the start down. */
  if (!ld_database_stamp_matches (path))
    {
      rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          set_inspection_error (path, rc, sqlite3_errmsg (db), error);
          goto out;
        }
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);

          if (first_problem == NULL && g_strcmp0 (line, "ok") != 0)
            first_problem = g_strdup (line);
        }
      if (rc != SQLITE_DONE)
        {
          set_inspection_error (path, rc, sqlite3_errmsg (db), error);
          goto out;
        }
      if (first_problem)
        {
          set_inspection_error (path, SQLITE_CORRUPT, first_problem, error);
          goto out;
        }
      g_clear_pointer (&stmt, sqlite3_finalize);
    }

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_inspection_error (path, rc, sqlite3_errmsg (db), error);
      goto out;
    }
  version = sqlite3_column_int (stmt, 0);

  if (version > ld_migrations_get_latest_version ())
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Legal Desk (schema %d; this version knows %d). Update Legal Desk to open it; the file was not changed."),
                   path, version, ld_migrations_get_latest_version ());
      goto out;
    }

  ok = TRUE;

out:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

gboolean
ld_database_file_validate (const char  *path,
                           gboolean     health,
                           GError     **error)
{
  char header[sizeof sqlite_header];
  struct stat st;
  ssize_t n;
  int saved_errno;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot read “%s” (%s). Check that the file exists and can be read."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Legal Desk database (it is not a regular file). Choose another file."),
                   path);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      close (fd);
      return TRUE;
    }

  n = read (fd, header, sizeof header);
  close (fd);
  if (n != (ssize_t) sizeof header || memcmp (header, sqlite_header, sizeof header) != 0)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Legal Desk database (it is not an SQLite file). Choose another file; this one was not changed."),
                   path);
      return FALSE;
    }

  if (!health)
    return TRUE;
  return check_health (path, error);
}

gboolean
ld_database_file_check_writable (const char  *path,
                                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (access (path, W_OK) != 0 && is_permission_error (errno))
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only. Make it writable, or open it read-only; it was not changed."),
                   path);
      return FALSE;
    }
  if (access (dir, W_OK) != 0 && is_permission_error (errno))
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_READ_ONLY,
                   _("The folder of the database “%s” is not writable, but Legal Desk keeps its journal files beside the database. Make the folder writable, or open the database read-only; it was not changed."),
                   path);
      return FALSE;
    }
  return TRUE;
}

gboolean
ld_database_file_create (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int saved_errno;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      saved_errno = errno;
      g_set_error (error, LD_STORE_ERROR,
                   is_permission_error (saved_errno) ? LD_STORE_ERROR_READ_ONLY : LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot create the folder for the database “%s” (%s). Choose a location you can write to."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  /* Created here, not by SQLite, so that it is private from the start. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == EEXIST)
        return TRUE; /* someone else just created it */
      g_set_error (error, LD_STORE_ERROR,
                   is_permission_error (saved_errno) ? LD_STORE_ERROR_READ_ONLY : LD_STORE_ERROR_CANNOT_OPEN,
                   _("Cannot create the database “%s” (%s). Choose a location you can write to."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}
