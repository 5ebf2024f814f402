/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-mediation-agreement.h"

G_BEGIN_DECLS

/* What the dialog lets the user change. */
typedef enum
{
  LD_TERM_DIALOG_NEW,          /* a new term: content, method, deadline */
  LD_TERM_DIALOG_EDIT,         /* the term and its performance */
  LD_TERM_DIALOG_PERFORMANCE,  /* its performance only (the term is shown read-only) */
} LdTermDialogMode;

#define LD_TYPE_MEDIATION_TERM_DIALOG (ld_mediation_term_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationTermDialog, ld_mediation_term_dialog, LD,
                      MEDIATION_TERM_DIALOG, AdwWindow)

/*
 * LdMediationTermDialog: a modal window (named "term-dialog") that edits
 * one term of an agreement: what was agreed (a text view "term-content"),
 * how it is performed ("term-method") and by when ("term-deadline"), and
 * its performance: status ("term-status"), the day performed
 * ("term-performed-on") and a note ("term-note"). The messages under the
 * fields are "<name>-message". Save ("term-dialog-save") stays disabled
 * while the term has no content or method or a date does not parse;
 * Cancel is "term-dialog-cancel".
 *
 * Signal "saved" (no arguments) when Save is clicked, before the dialog
 * closes: read the result with ld_mediation_term_dialog_get_term().
 */

/* @term is copied (NULL: an empty term, for LD_TERM_DIALOG_NEW); @number
 * is its number in the agreement, for the title. */
LdMediationTermDialog *ld_mediation_term_dialog_new (GtkWindow             *parent,
                                                     const LdMediationTerm *term,
                                                     unsigned               number,
                                                     LdTermDialogMode       mode);
LdTermDialogMode       ld_mediation_term_dialog_get_mode (LdMediationTermDialog *self);
/* TRUE when the fields hold a term Save accepts. */
gboolean               ld_mediation_term_dialog_is_valid (LdMediationTermDialog *self);
/* The term as the fields say (in the performance mode, the given term
 * with the new performance); a new copy, NULL while it is not valid. */
LdMediationTerm       *ld_mediation_term_dialog_get_term (LdMediationTermDialog *self);

G_END_DECLS
