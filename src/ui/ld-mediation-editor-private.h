/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-calendar.h"
#include "ld-mediation-agreement-editor.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-parties-editor.h"
#include "ld-mediation-reminders.h"
#include "ld-mediation-timeline.h"
#include "ld-org-settings.h"

G_BEGIN_DECLS

/* The kind of the editor's drafts in ld-draft-store.h. */
#define LD_MEDIATION_DRAFT_KIND "mediation"

struct _LdMediationEditor
{
  AdwWindow                    parent_instance;

  LdDatabase                  *database;
  LdOrgSettings               *settings;
  LdCalendar                  *calendar;
  LdMediationReminderSettings  reminder_settings;
  /* The working copy the widgets edit, and our "changed" handler on it. */
  LdMediationCase             *mcase;
  gulong                       changed_id;

  gboolean                     filling;
  gboolean                     modified;
  /* Whether the stored case's agreement (协议书) has been issued: its
   * terms are locked, and the documents menu opens it rather than issue
   * a second. */
  gboolean                     agreement_issued;
  guint                        draft_id;

  /* property name → Field (ld-mediation-editor.c) */
  GHashTable                  *fields;
  /* The category names behind the category combo's rows ("" first). */
  GPtrArray                   *category_names;

  /* The three embedded editors. */
  LdMediationPartiesEditor    *parties_editor;
  LdMediationTimeline         *timeline;
  LdMediationAgreementEditor  *agreement_editor;

  /* ld-mediation-editor-workflow.c */
  AdwActionRow                *status_row;
  GtkWidget                   *status_box;
  AdwPreferencesGroup         *reminders_group;
  GPtrArray                   *reminder_rows;
  AdwPreferencesGroup         *issued_group;
  GPtrArray                   *issued_rows;

  /* The template */
  AdwWindowTitle              *window_title;
  AdwToastOverlay             *toast_overlay;
  AdwPreferencesPage          *case_page;
  AdwClamp                    *parties_clamp;
  AdwClamp                    *sessions_clamp;
  AdwClamp                    *agreement_clamp;
  GtkWidget                   *documents_button;
};

/* ld-mediation-editor.c */
void     ld_mediation_editor_toast (LdMediationEditor *self,
                                    const char        *message);
void     ld_mediation_editor_show_error (LdMediationEditor *self,
                                         const char        *name,
                                         const char        *heading,
                                         const GError      *error);
/* Writes the form (insert or update); FALSE after showing why not. */
gboolean ld_mediation_editor_save (LdMediationEditor *self);
/* Replaces the working copy by the stored case and refills. */
void     ld_mediation_editor_reload (LdMediationEditor *self);
/* Makes @mcase the working copy and refills the widgets. */
void     ld_mediation_editor_set_case (LdMediationEditor *self,
                                       LdMediationCase   *mcase);
void     ld_mediation_editor_update_title (LdMediationEditor *self);
/* Reads again whether the agreement was issued (agreement_issued). */
void     ld_mediation_editor_update_agreement_issued (LdMediationEditor *self);

/* ld-mediation-editor-draft.c: unsaved changes kept as a draft. */
void     ld_mediation_editor_schedule_draft (LdMediationEditor *self);
void     ld_mediation_editor_save_draft_now (LdMediationEditor *self);
void     ld_mediation_editor_discard_draft (LdMediationEditor *self,
                                            gint64             record_id);
void     ld_mediation_editor_offer_draft_later (LdMediationEditor *self);

/* ld-mediation-editor-workflow.c: status, the next statuses, reminders,
 * the issued documents and delete. */
void     ld_mediation_editor_build_workflow (LdMediationEditor *self);
/* The status row, the buttons of the statuses allowed next and Delete:
 * they follow the stored case only (a restored draft keeps its status),
 * so they are refreshed when the case is set, not on every change. */
void     ld_mediation_editor_refresh_status (LdMediationEditor *self);
/* The reminders and the documents menu, which follow every change. */
void     ld_mediation_editor_refresh_workflow (LdMediationEditor *self);
void     ld_mediation_editor_refresh_issued (LdMediationEditor *self);
void     ld_mediation_editor_run_status (LdMediationEditor *self,
                                         LdMediationStatus  status);
void     ld_mediation_editor_confirm_delete (LdMediationEditor *self);

/* ld-mediation-editor-documents.c: the documents menu and previews. */
void     ld_mediation_editor_refresh_documents (LdMediationEditor *self);
/* @which: "application", "record" (the latest session), "agreement" or
 * "issued-agreement" (the stored PDF of the issued one). */
void     ld_mediation_editor_show_document (LdMediationEditor *self,
                                            const char        *which);
void     ld_mediation_editor_show_record (LdMediationEditor *self,
                                          guint              session_index);

G_END_DECLS
