/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-application.h"
#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_WINDOW (ld_window_get_type ())
G_DECLARE_FINAL_TYPE (LdWindow, ld_window, LD, WINDOW, AdwApplicationWindow)

LdWindow   *ld_window_new (LdApplication *application);

/* Opens the database at @path in a worker thread (checking a large file
 * takes a while) and then shows its sections, or an error page with the path
 * and the problem when the file cannot be used (it is then left untouched). */
void        ld_window_open_database (LdWindow   *self,
                                     const char *path);

/* TRUE until the database being opened is shown (or its error page). */
gboolean    ld_window_is_loading (LdWindow *self);
/* The path last opened (also while the error page shows it). */
const char *ld_window_get_database_path (LdWindow *self);
/* The open database, or NULL while the error page is shown. */
LdDatabase *ld_window_get_database (LdWindow *self);

/* "overview", "contracts", "mediation" or "petitions"; NULL on the error page. */
const char *ld_window_get_visible_section (LdWindow *self);
/* The page widget of @section, or NULL. */
GtkWidget  *ld_window_get_section_page (LdWindow   *self,
                                        const char *section);

void        ld_window_add_toast (LdWindow *self,
                                 AdwToast *toast);
/* Opens the preferences of the open database (returns the window, or NULL
 * when no database is open). */
GtkWindow  *ld_window_show_preferences (LdWindow *self);

/* Asks whether to replace the database file with the backup at
 * @backup_path and, if so, restores it in a worker thread (the replaced file
 * is kept beside it) and opens the result. Returns the question dialog. */
GtkWindow  *ld_window_confirm_restore (LdWindow   *self,
                                       const char *backup_path);

G_END_DECLS
