/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "ld-build-locale.h"

/* legal-desk sits in <build>/src, legal-desk-cli in <build>/src/cli. */
#define MAX_LEVELS_UP 3

char *
ld_find_build_locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;

  if (exe == NULL)
    return NULL;

  dir = g_path_get_dirname (exe);
  for (int level = 0; level < MAX_LEVELS_UP; level++)
    {
      g_autofree char *parent = g_path_get_dirname (dir);
      g_autofree char *ninja = g_build_filename (parent, "build.ninja", NULL);
      g_autofree char *po_dir = g_build_filename (parent, "po", NULL);

      if (g_file_test (ninja, G_FILE_TEST_IS_REGULAR) && g_file_test (po_dir, G_FILE_TEST_IS_DIR))
        return g_steal_pointer (&po_dir);
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
  return NULL;
}
