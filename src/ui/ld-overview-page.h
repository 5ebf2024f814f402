/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_OVERVIEW_PAGE (ld_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (LdOverviewPage, ld_overview_page, LD, OVERVIEW_PAGE, GtkWidget)

/* The first section: how many records each register holds and what is due.
 * Signal "add-toast" (AdwToast *) asks the window to show a toast. */
GtkWidget *ld_overview_page_new (LdDatabase *database);

/* The count shown for each register (LdRecordArea order). */
guint      ld_overview_page_get_count (LdOverviewPage *self,
                                       guint           area);

/* How many records of each register are past their due date. */
guint      ld_overview_page_get_overdue (LdOverviewPage *self,
                                         guint           area);

G_END_DECLS
