/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

#define LD_TYPE_REGISTER_PAGE (ld_register_page_get_type ())
G_DECLARE_FINAL_TYPE (LdRegisterPage, ld_register_page, LD, REGISTER_PAGE, GtkWidget)

/* The list of one register (contracts, mediation cases or petitions) with a
 * search, a status filter and an empty state. Sorting and filtering run in
 * SQL through LdPagedModel.
 *
 * Signals: "add-toast" (AdwToast *) asks the window to show a toast;
 * "record-activated" (LdRecordSummary *) when a row is activated. */
GtkWidget    *ld_register_page_new (LdDatabase   *database,
                                    LdRecordArea  area);

LdRecordArea  ld_register_page_get_area (LdRegisterPage *self);
/* The rows the list shows (a GListModel of LdRecordSummary). */
GListModel   *ld_register_page_get_model (LdRegisterPage *self);
/* "list", "empty" (the register has no records) or "no-results". */
const char   *ld_register_page_get_state (LdRegisterPage *self);
void          ld_register_page_focus_search (LdRegisterPage *self);

G_END_DECLS
