/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_PREFERENCES_MEDIATION (ld_preferences_mediation_get_type ())
G_DECLARE_FINAL_TYPE (LdPreferencesMediation, ld_preferences_mediation, LD, PREFERENCES_MEDIATION, AdwPreferencesPage)

/* The "Mediation" page of the preferences window, over @database:
 *
 * - the organisation's dispute categories (ld_mediation_store_list_categories),
 *   one entry row each (widget name "category") whose text is the stored
 *   name: editing it and applying renames the category and every case
 *   filed under it; its switch ("category-in-use") retires or restores it
 *   (categories are never deleted: old cases keep theirs). The row
 *   "new-category" adds one at the end. A blank or existing name is
 *   refused and the reason shown under the list ("category-error");
 * - the reminder periods (LdMediationReminderSettings), one spin button
 *   each, named after the field with '-' for '_' ("target-days" …), saved
 *   as soon as one changes. */
GtkWidget *ld_preferences_mediation_new (LdDatabase *database);

G_END_DECLS
