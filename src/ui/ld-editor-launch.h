/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* What the ways into a record editor need to know about one kind of
 * editor (contract review, petition, mediation case): the contract,
 * petition and mediation editors each describe themselves with one static
 * LdEditorLauncher and hand it to the functions below. The strings are
 * marked with N_() where the launcher is defined and translated here. */
typedef struct
{
  /* Opens an editor of record @id (0: a new record), or fails. */
  GtkWindow  *(*new_editor) (GtkWindow  *parent,
                             LdDatabase *database,
                             gint64      id,
                             GError    **error);
  /* Whether @window is an editor of this kind showing record @id of
   * @database. */
  gboolean    (*edits)      (GtkWindow  *window,
                             LdDatabase *database,
                             gint64      id);
  /* Drops the unsaved changes of @window, an editor of this kind, and its
   * pending draft, keeping nothing: its record was deleted. */
  void        (*forget)     (GtkWindow  *window);
  /* The kind of the editor's drafts in ld-draft-store.h. */
  const char   *draft_kind;
  /* The title of the message when an editor could not be opened. */
  const char   *open_failed_title;
  /* The "new record" button: its mnemonic label (on the empty page),
   * tooltip and widget name. */
  const char   *new_label;
  const char   *new_tooltip;
  const char   *new_name;
} LdEditorLauncher;

void     ld_editor_launcher_open           (const LdEditorLauncher *launcher,
                                            GtkWidget              *widget,
                                            LdDatabase             *database,
                                            gint64                  id);
unsigned ld_editor_launcher_recover_drafts (const LdEditorLauncher *launcher,
                                            GtkWindow              *parent,
                                            LdDatabase             *database);
void     ld_editor_launcher_close_record (const LdEditorLauncher *launcher,
                                          LdDatabase             *database,
                                          gint64                  id);
void     ld_editor_launcher_hook_page      (const LdEditorLauncher *launcher,
                                            GtkWidget              *page,
                                            LdDatabase             *database,
                                            GtkBox                 *toolbar,
                                            AdwStatusPage          *empty_page);

G_END_DECLS
