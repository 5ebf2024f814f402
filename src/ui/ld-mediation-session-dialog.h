/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-mediation-case.h"

G_BEGIN_DECLS

/* The dialog of one session (调查 / 调解) of a mediation case: a modal
 * window named "session-dialog" with the kind ("session-kind"), date,
 * place, participants, recorder (entries "session-date", …) and the
 * record (text view "session-record"). The date is checked as the case
 * would check it (ld_mediation_case_validate() on a copy holding the
 * edited session), the message under it ("session-date-message"); Save
 * ("session-dialog-save") stays insensitive while there is one. Save adds
 * the session to @mcase (@index -1) or replaces session @index, and
 * closes; Cancel ("session-dialog-cancel") or Escape change nothing. A
 * saved session (id > 0) lists its attachments below (@database; they are
 * written at once, Save or not). */
GtkWidget *ld_mediation_session_dialog_new (GtkWindow       *parent,
                                            LdMediationCase *mcase,
                                            int              index,
                                            LdDatabase      *database);

G_END_DECLS
