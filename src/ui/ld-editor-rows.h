/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Rows and messages the petition and mediation editors build alike. */

void  ld_editor_show_error        (GtkWindow           *parent,
                                   const char          *name,
                                   const char          *heading,
                                   const GError        *error);
void  ld_editor_show_title        (AdwWindowTitle      *window_title,
                                   const char          *title,
                                   const char          *subtitle,
                                   gboolean             modified);
void  ld_editor_rows_clear        (AdwPreferencesGroup *group,
                                   GPtrArray           *rows);
char *ld_editor_days_left_text    (int                  days_left);
void  ld_editor_rows_fill_issued  (AdwPreferencesGroup *group,
                                   GPtrArray           *rows,
                                   GtkWindow           *editor,
                                   LdDatabase          *database,
                                   const char          *table,
                                   gint64               id,
                                   const char          *what);
void  ld_editor_open_issued       (GtkWindow           *editor,
                                   LdDatabase          *database,
                                   gint64               issued_id);

G_END_DECLS
