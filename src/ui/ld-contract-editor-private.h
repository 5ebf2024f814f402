/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-contract-editor.h"
#include "ld-calendar.h"
#include "ld-org-settings.h"
#include "ld-pdf-preview.h"

G_BEGIN_DECLS

struct _LdContractEditor
{
  AdwWindow             parent_instance;

  LdDatabase           *database;
  LdOrgSettings        *settings;
  LdCalendar           *calendar;
  /* The working copy the widgets edit, and the review as last loaded or
   * saved (NULL while the review is new). */
  LdContractReview     *review;
  LdContractReview     *stored;

  /* TRUE while the widgets are filled from the review (no writes back). */
  gboolean              filling;
  gboolean              modified;
  /* TRUE while the due date is the one computed from the date received. */
  gboolean              due_automatic;
  guint                 preview_id;
  guint                 draft_id;

  /* property name → Field (ld-contract-editor.c) */
  GHashTable           *fields;
  /* Rows added to a group at run time, to remove when it is rebuilt. */
  GPtrArray            *finding_rows;
  GPtrArray            *attachment_rows;
  /* ChecklistItem (ld-contract-editor-review.c), in checklist order */
  GPtrArray            *checklist_items;

  AdwPreferencesGroup  *checklist_group;
  AdwPreferencesGroup  *findings_group;
  AdwPreferencesGroup  *attachments_group;
  AdwPreferencesGroup  *history_group;
  GPtrArray            *history_rows;
  AdwPreferencesGroup  *status_group;
  AdwActionRow         *status_row;
  GPtrArray            *content_groups;

  GBytes               *issued_pdf;
  char                 *issued_number;
  GtkFileChooserNative *chooser;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwPreferencesPage   *page;
  LdPdfPreview         *preview;
  GtkRevealer          *frozen_revealer;
  GtkLabel             *frozen_label;
  GtkWidget            *issue_button;
  GtkWidget            *save_button;
};

/* ld-contract-editor.c */
void ld_contract_editor_toast (LdContractEditor *self,
                               const char       *message);
void ld_contract_editor_show_error (LdContractEditor *self,
                                    const char       *heading,
                                    const GError     *error);

/* The translated title of the row editing @prop, or NULL. */
const char *ld_contract_editor_field_title (const char *prop);

/* ld-contract-editor-history.c: the audit trail of the review. */
void ld_contract_editor_reload_history (LdContractEditor *self);

/* ld-contract-editor-review.c: the checklist and findings groups. */
void ld_contract_editor_build_checklist (LdContractEditor *self);
void ld_contract_editor_fill_checklist (LdContractEditor *self);
void ld_contract_editor_build_findings (LdContractEditor *self);
void ld_contract_editor_rebuild_findings (LdContractEditor *self);

/* ld-contract-editor-attachments.c: attachments and delete. */
void ld_contract_editor_build_attachments (LdContractEditor *self);
void ld_contract_editor_reload_attachments (LdContractEditor *self);
void ld_contract_editor_add_attachment (LdContractEditor *self);
void ld_contract_editor_confirm_delete (LdContractEditor *self);

G_END_DECLS
