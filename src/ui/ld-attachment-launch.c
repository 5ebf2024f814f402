/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "ld-attachment-launch.h"
#include "ld-attachment-store.h"

#define RUN_DIR_PREFIX "attachments-"

/* $XDG_RUNTIME_DIR/legal-desk (GLib falls back to the cache folder):
 * the runtime folder is the user's alone and emptied at log-out. */
static char *
get_root_dir (void)
{
  return g_build_filename (g_get_user_runtime_dir (), "legal-desk", NULL);
}

char *
ld_attachment_exports_get_dir (void)
{
  g_autofree char *root = get_root_dir ();
  g_autofree char *name = g_strdup_printf (RUN_DIR_PREFIX "%ld", (long) getpid ());

  return g_build_filename (root, name, NULL);
}

/* Removes @path, and all in it when it is a folder (symbolic links are
 * removed, never followed). */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  if (g_remove (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the attachment copy %s: %s", path, g_strerror (errno));
}

void
ld_attachment_exports_remove (void)
{
  g_autofree char *dir = ld_attachment_exports_get_dir ();

  remove_tree (dir);
}

void
ld_attachment_exports_remove_stale (void)
{
  g_autofree char *root = get_root_dir ();
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      char *end = NULL;
      gint64 pid;

      if (!g_str_has_prefix (name, RUN_DIR_PREFIX))
        continue;
      pid = g_ascii_strtoll (name + strlen (RUN_DIR_PREFIX), &end, 10);
      if (end == NULL || *end != '\0' || pid <= 0 || pid > G_MAXINT)
        continue;
      /* A run still going (another instance) keeps its copies. */
      if ((pid_t) pid == getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      path = g_build_filename (root, name, NULL);
      remove_tree (path);
    }
}

char *
ld_attachment_export_uri (LdDatabase    *database,
                          LdAttachment  *attachment,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *run_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (LD_IS_ATTACHMENT (attachment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = ld_attachment_store_get_bytes (database, ld_attachment_get_id (attachment), error);
  if (bytes == NULL)
    return NULL;

  /* Private folders (0700), so other users cannot read the file; one per
   * copy, so the name the application shows is the attachment's. */
  run_dir = ld_attachment_exports_get_dir ();
  if (g_mkdir_with_parents (run_dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", run_dir, g_strerror (saved_errno));
      return NULL;
    }
  dir = g_build_filename (run_dir, "XXXXXX", NULL);
  if (g_mkdtemp_full (dir, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", run_dir, g_strerror (saved_errno));
      return NULL;
    }

  base = g_path_get_basename (ld_attachment_get_file_name (attachment));
  if (*base == '\0' || g_str_equal (base, ".") || g_str_equal (base, G_DIR_SEPARATOR_S))
    {
      g_free (base);
      base = g_strdup ("attachment");
    }
  path = g_build_filename (dir, base, NULL);
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;
  return g_filename_to_uri (path, NULL, error);
}
