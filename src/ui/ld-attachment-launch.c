/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include "ld-attachment-launch.h"
#include "ld-attachment-store.h"

char *
ld_attachment_export_uri (LdDatabase    *database,
                          LdAttachment  *attachment,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
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
  /* A private folder (0700) of its own, so other users cannot read the
   * file and the name the application shows is the attachment's. */
  dir = g_dir_make_tmp ("legal-desk-XXXXXX", error);
  if (dir == NULL)
    return NULL;

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
