/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "legal-desk"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ld-application.h"

/* The catalogues of the meson build tree this program was built in, when it
 * runs from there (<build>/src/legal-desk next to <build>/build.ninja and
 * <build>/po), so an uninstalled build speaks the user's language too;
 * otherwise NULL and the installed LOCALEDIR is used. */
static char *
find_build_locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *src_dir = NULL;
  g_autofree char *build_dir = NULL;
  g_autofree char *ninja = NULL;
  g_autofree char *po_dir = NULL;

  if (exe == NULL)
    return NULL;

  src_dir = g_path_get_dirname (exe);
  build_dir = g_path_get_dirname (src_dir);
  ninja = g_build_filename (build_dir, "build.ninja", NULL);
  po_dir = g_build_filename (build_dir, "po", NULL);
  if (!g_file_test (ninja, G_FILE_TEST_IS_REGULAR) || !g_file_test (po_dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_steal_pointer (&po_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdApplication) app = NULL;
  g_autofree char *build_locale_dir = find_build_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, build_locale_dir ? build_locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ld_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
