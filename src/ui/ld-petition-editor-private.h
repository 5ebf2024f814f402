/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-calendar.h"
#include "ld-deadline-policy.h"
#include "ld-org-settings.h"
#include "ld-petition-editor.h"

G_BEGIN_DECLS

/* The kind of the editor's drafts in ld-draft-store.h. */
#define LD_PETITION_DRAFT_KIND "petition"

struct _LdPetitionEditor
{
  AdwWindow            parent_instance;

  LdDatabase          *database;
  LdOrgSettings       *settings;
  LdDeadlinePolicy    *policy;
  LdCalendar          *calendar;
  /* The working copy the widgets edit. */
  LdPetition          *petition;

  gboolean             filling;
  gboolean             modified;
  guint                draft_id;

  /* property name → Field (ld-petition-editor.c) */
  GHashTable          *fields;
  GPtrArray           *representative_rows;
  GtkWidget           *add_representative_button;
  AdwPreferencesGroup *representatives_group;

  /* ld-petition-editor-workflow.c */
  AdwPreferencesGroup *workflow_group;
  AdwActionRow        *status_row;
  GtkWidget           *steps_box;
  AdwPreferencesGroup *deadlines_group;
  GPtrArray           *deadline_rows;
  AdwPreferencesGroup *history_group;
  GPtrArray           *history_rows;
  AdwPreferencesGroup *issued_group;
  GPtrArray           *issued_rows;

  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesPage  *page;
  GtkWidget           *documents_button;
};

/* ld-petition-editor.c */
void     ld_petition_editor_toast (LdPetitionEditor *self,
                                   const char       *message);
void     ld_petition_editor_show_error (LdPetitionEditor *self,
                                        const char       *name,
                                        const char       *heading,
                                        const GError     *error);
/* Writes the form (insert or update); FALSE after showing why not. */
gboolean ld_petition_editor_save (LdPetitionEditor *self);
/* Replaces the working copy by the stored petition and refills. */
void     ld_petition_editor_reload (LdPetitionEditor *self);
/* Makes @petition the working copy and refills the widgets. */
void     ld_petition_editor_set_petition (LdPetitionEditor *self,
                                          LdPetition       *petition);
void     ld_petition_editor_update_title (LdPetitionEditor *self);

/* ld-petition-editor-draft.c: unsaved changes kept as a draft. */
void     ld_petition_editor_schedule_draft (LdPetitionEditor *self);
void     ld_petition_editor_save_draft_now (LdPetitionEditor *self);
void     ld_petition_editor_discard_draft (LdPetitionEditor *self,
                                           gint64            record_id);
void     ld_petition_editor_offer_draft_later (LdPetitionEditor *self);

/* ld-petition-editor-workflow.c: status, steps, deadlines, history and
 * the documents. */
void     ld_petition_editor_build_workflow (LdPetitionEditor *self);
void     ld_petition_editor_refresh_workflow (LdPetitionEditor *self);
void     ld_petition_editor_run_step (LdPetitionEditor *self,
                                      LdPetitionStep    step);
void     ld_petition_editor_show_document (LdPetitionEditor *self,
                                           const char       *which);

G_END_DECLS
