/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-register-page.h"

G_BEGIN_DECLS

/* A register page (the list of contracts, mediation cases or petitions)
 * in a window, under a toast overlay that shows the page's toasts, over a
 * database in a temporary folder: what the list tests drive. */
typedef struct
{
  char            *dir;
  LdDatabase      *db;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  LdRegisterPage  *page;
  AdwToast        *last_toast;            /* the last one the page asked for */
  gboolean         last_toast_dismissed;
} LdUiRegisterFixture;

/* Opens the empty database, in a new temporary folder made from the
 * g_mkdtemp() template @tmpl. */
void   ld_ui_register_fixture_open_database (LdUiRegisterFixture *f,
                                             const char          *tmpl);
/* Shows the page of @area in a window @width pixels wide and waits until
 * it is mapped and lists @n_rows rows. */
void   ld_ui_register_fixture_show          (LdUiRegisterFixture *f,
                                             LdRecordArea         area,
                                             int                  width,
                                             guint                n_rows);
/* Closes the window and lets everything go; asserts the database was
 * let go too, and removes the folder. A GTestFixtureFunc. */
void   ld_ui_register_fixture_tear_down     (LdUiRegisterFixture *f,
                                             gconstpointer        data);

/* The number of rows the page lists. */
guint  ld_ui_register_n_items               (LdUiRegisterFixture *f);
/* Types @text into the page's search entry. */
void   ld_ui_register_search                (LdUiRegisterFixture *f,
                                             const char          *text);
void   ld_ui_register_select_first_row      (LdUiRegisterFixture *f);
/* Deletes the first row through the page's action and its confirmation,
 * and waits for the toast that follows (Undo, or why it was refused). */
void   ld_ui_register_delete_first_row      (LdUiRegisterFixture *f);

/* Deletes the record @editor (a contract or mediation editor) shows
 * through its Delete and the confirmation, and waits until it closed. */
void   ld_ui_register_delete_in_editor      (LdUiRegisterFixture *f,
                                             GtkWindow           *editor);

G_END_DECLS
