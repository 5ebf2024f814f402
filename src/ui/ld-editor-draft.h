/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* What the record editors share about drafts (unsaved changes kept in the
 * database by ld-draft-store.h): each editor still decides when to keep
 * one, how to serialize its record and what a restore keeps of the stored
 * record. */

/* How long after a change the editors keep a draft. */
#define LD_EDITOR_DRAFT_DELAY_MS 1000

gboolean          ld_editor_draft_save            (LdDatabase         *database,
                                                   const char         *kind,
                                                   gint64              id,
                                                   GVariant           *variant,
                                                   GError            **error);
GVariant         *ld_editor_draft_load            (LdDatabase         *database,
                                                   const char         *kind,
                                                   gint64              id,
                                                   GError            **error);
char             *ld_editor_draft_unreadable_text (const GError       *error);
AdwMessageDialog *ld_editor_draft_dialog_new      (GtkWindow          *parent,
                                                   const char         *body,
                                                   gpointer            draft);
void              ld_editor_draft_copy_properties (GObject            *from,
                                                   GObject            *to,
                                                   const char * const *names,
                                                   gsize               n_names);

G_END_DECLS
