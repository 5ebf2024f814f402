/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LD_TYPE_APPLICATION (ld_application_get_type ())
G_DECLARE_FINAL_TYPE (LdApplication, ld_application, LD, APPLICATION, AdwApplication)

LdApplication *ld_application_new (void);

/* Presents the window showing the database at @path (the default database
 * when NULL), opening a new window when none shows it yet. The window shows
 * an error page when the file cannot be used. */
GtkWindow     *ld_application_open_database (LdApplication *self,
                                             const char    *path);

G_END_DECLS
