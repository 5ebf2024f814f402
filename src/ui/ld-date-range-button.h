/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LD_TYPE_DATE_RANGE_BUTTON (ld_date_range_button_get_type ())
G_DECLARE_FINAL_TYPE (LdDateRangeButton, ld_date_range_button, LD, DATE_RANGE_BUTTON, GtkWidget)

/* A button whose popover takes a "from" and a "to" date, typed as
 * 2026-11-25 or 2026年11月25日 and checked as the user types (a message
 * under the entries says what is wrong). Only a valid range is applied:
 * while an entry holds a bad date, or from is after to, the last valid
 * range stays in force. The entries are checked once typing pauses.
 *
 * Signal: "changed" when the applied range changes. */
GtkWidget *ld_date_range_button_new (void);

/* Sets @from and @to (either may be NULL) to the applied range; a bound
 * that is open is left cleared (g_date_valid() is FALSE). Returns TRUE
 * when at least one bound is set. */
gboolean   ld_date_range_button_get_range (LdDateRangeButton *self,
                                           GDate             *from,
                                           GDate             *to);
/* Empties both entries (emits "changed" if a range was applied). */
void       ld_date_range_button_clear (LdDateRangeButton *self);

G_END_DECLS
