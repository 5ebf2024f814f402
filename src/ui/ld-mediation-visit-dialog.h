/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-mediation-case.h"

G_BEGIN_DECLS

/* The dialog of one return visit (回访) of a mediation case: a modal
 * window named "visit-dialog" with the date ("visit-date"), the visitor
 * ("visit-visitor") and the findings (text view "visit-findings"). The
 * date is checked as the case would check it (ld_mediation_case_validate()
 * on a copy holding the edited visit), the message under it
 * ("visit-date-message"); Save ("visit-dialog-save") stays insensitive
 * while there is one. Save adds the visit to @mcase (@index -1) or
 * replaces visit @index, and closes; Cancel ("visit-dialog-cancel") or
 * Escape change nothing. */
GtkWidget *ld_mediation_visit_dialog_new (GtkWindow       *parent,
                                          LdMediationCase *mcase,
                                          int              index);

G_END_DECLS
