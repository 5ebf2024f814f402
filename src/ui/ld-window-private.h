/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database-error-page.h"
#include "ld-window.h"

G_BEGIN_DECLS

struct _LdWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  LdDatabase *database;
  char *database_path;
  GtkFileChooserNative *chooser;
  GCancellable *open_cancellable;
  gboolean loading;
  gboolean bench_first_frame_done;

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar;
  AdwWindowTitle *content_title;
  GtkStack *content_stack;
  GtkSpinner *spinner;
  AdwViewStack *view_stack;
  LdDatabaseErrorPage *error_page;
};

/* ld-window.c: while @loading, a spinner stands in for the sections. */
void ld_window_set_loading (LdWindow *self,
                            gboolean  loading);
/* Shows @database's sections (NULL clears them). */
void ld_window_set_database (LdWindow   *self,
                             LdDatabase *database);

/* ld-window-database.c: the actions of the error page. */
void ld_window_open_another_database (LdWindow *self);
void ld_window_restore_backup (LdWindow *self);

G_END_DECLS
