/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>

#include "ld-database-stamp.h"

/* One file per database, named by the SHA-256 of its absolute path. */
static char *
stamp_path_for (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);

  return g_build_filename (g_get_user_cache_dir (), "legal-desk", "verified", digest, NULL);
}

/* The state a stamp records, as one line of text. NULL if @path is gone. */
static char *
describe_file (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  return g_strdup_printf ("%ju %ju %jd %jd.%09ld %jd.%09ld\n",
                          (uintmax_t) st.st_dev, (uintmax_t) st.st_ino,
                          (intmax_t) st.st_size,
                          (intmax_t) st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                          (intmax_t) st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
}

gboolean
ld_database_stamp_matches (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *stamp_path = stamp_path_for (path);
  g_autofree char *recorded = NULL;
  g_autofree char *current = NULL;

  if (g_file_test (wal_path, G_FILE_TEST_EXISTS))
    return FALSE;
  if (!g_file_get_contents (stamp_path, &recorded, NULL, NULL))
    return FALSE;
  current = describe_file (path);
  return current != NULL && g_str_equal (current, recorded);
}

void
ld_database_stamp_record (const char *path)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *stamp_path = stamp_path_for (path);
  g_autofree char *folder = g_path_get_dirname (stamp_path);
  g_autofree char *current = NULL;

  /* Another connection still has the file open: it may write after us. */
  if (g_file_test (wal_path, G_FILE_TEST_EXISTS))
    return;
  current = describe_file (path);
  if (current == NULL || g_mkdir_with_parents (folder, 0700) != 0)
    return;
  if (!g_file_set_contents_full (stamp_path, current, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL))
    g_debug ("Could not record the verified stamp of “%s”", path);
}

void
ld_database_stamp_forget (const char *path)
{
  g_autofree char *stamp_path = stamp_path_for (path);

  g_unlink (stamp_path);
}
