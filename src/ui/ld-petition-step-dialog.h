/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-petition.h"

G_BEGIN_DECLS

/* The small dialog a workflow step of a petition opens: an AdwMessageDialog
 * (named "step-dialog") whose extra child asks what the step needs — the
 * date, who, a note, and per step the route (divert), the unit and 转送 /
 * 交办 (assign), the days and approver (extend), the outcome (reply), the
 * result (decisions), the hearing days, the satisfaction (rate). Responses
 * "cancel" and "apply". The rows are named "step-date", "step-who",
 * "step-note", "step-unit", "step-route", "step-assignment", "step-days",
 * "step-approver", "step-outcome", "step-result", "step-rating", for tests. */
GtkWidget       *ld_petition_step_dialog_new (GtkWindow      *parent,
                                              LdPetitionStep  step,
                                              const char     *who);

/* The step the dialog was opened for. */
LdPetitionStep   ld_petition_step_dialog_get_step (GtkWidget *dialog);

/* The event the dialog's fields describe; NULL with LD_CORE_ERROR_INVALID
 * when the date does not parse. The workflow checks the rest. */
LdPetitionEvent *ld_petition_step_dialog_get_event (GtkWidget  *dialog,
                                                    GError    **error);

G_END_DECLS
