/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-due-list.h"
#include "ld-due-store.h"

G_BEGIN_DECLS

#define LD_TYPE_OVERVIEW_PAGE (ld_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (LdOverviewPage, ld_overview_page, LD, OVERVIEW_PAGE, GtkWidget)

/* The first section: how many records each register holds; what is
 * overdue, due today and due within LD_DUE_SOON_DAYS across the registers
 * (ld_due_store_list()), each row opening its record; and the petition
 * statistics of a chosen year (ld_petition_store_compute_stats()): received
 * by month (a chart) and by category, and the rates, each with its numbers.
 * The value labels are named for tests: "received", "category-count",
 * "on-time-acceptance", "on-time-completion", "completion", "satisfaction".
 * Signal "add-toast" (AdwToast *) asks the window to show a toast. */
GtkWidget *ld_overview_page_new (LdDatabase *database);

/* The count shown for each register (LdRecordArea order). */
guint      ld_overview_page_get_count (LdOverviewPage *self,
                                       guint           area);

/* How many records of each register are past their due date. */
guint      ld_overview_page_get_overdue (LdOverviewPage *self,
                                         guint           area);

/* Each group lists at most this many rows (the soonest). */
#define LD_OVERVIEW_MAX_DUE_ROWS 15

/* The rows of @group, soonest first; activating one opens its record (a
 * contract review, a mediation case or a petition) in its editor, or
 * brings that editor forward. */
guint            ld_overview_page_get_n_due (LdOverviewPage *self,
                                             LdDueGroup      group);
GtkWidget       *ld_overview_page_get_due_row (LdOverviewPage *self,
                                               LdDueGroup      group,
                                               guint           index);
const LdDueItem *ld_overview_page_get_due_item (LdOverviewPage *self,
                                                LdDueGroup      group,
                                                guint           index);

/* How many records fall in @group (listed or not). */
guint            ld_overview_page_get_due_total (LdOverviewPage *self,
                                                 LdDueGroup      group);
/* How many records are overdue (ld_due_store_list()). */
guint            ld_overview_page_get_overdue_count (LdOverviewPage *self);
/* The start-up notification when anything is overdue (its default action
 * "app.show-overview"), or NULL when nothing is. */
GNotification   *ld_overview_page_create_overdue_notification (LdOverviewPage *self);

/* The year of the statistics (this year at first). */
int              ld_overview_page_get_year (LdOverviewPage *self);
void             ld_overview_page_set_year (LdOverviewPage *self,
                                            int             year);

G_END_DECLS
