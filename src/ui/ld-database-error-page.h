/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LD_TYPE_DATABASE_ERROR_PAGE (ld_database_error_page_get_type ())
G_DECLARE_FINAL_TYPE (LdDatabaseErrorPage, ld_database_error_page, LD, DATABASE_ERROR_PAGE, GtkWidget)

/* Shows why the database at @path cannot be used. Its buttons activate
 * win.open-database and win.restore-backup. */
void        ld_database_error_page_set_error (LdDatabaseErrorPage *self,
                                              const char          *path,
                                              const GError        *error);

/* The error's code in LD_STORE_ERROR, or -1 when none is shown. */
int         ld_database_error_page_get_code (LdDatabaseErrorPage *self);

G_END_DECLS
