/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "legal-desk"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ld-application.h"
#include "ld-build-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdApplication) app = NULL;
  g_autofree char *build_locale_dir = ld_find_build_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, build_locale_dir ? build_locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ld_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
