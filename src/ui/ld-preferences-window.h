/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_PREFERENCES_WINDOW (ld_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (LdPreferencesWindow, ld_preferences_window, LD, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The organisation settings of @database (ld-settings-store.h). Changes are
 * validated as they are typed and saved shortly after, and on close. */
GtkWidget *ld_preferences_window_new (LdDatabase *database);

/* Saves pending changes now; FALSE (with a toast) when saving failed. */
gboolean   ld_preferences_window_save (LdPreferencesWindow *self);

/* Reads @file as the new seal image (as "Choose…" does): a PNG of at most
 * LD_PREFERENCES_MAX_SEAL_SIZE bytes is saved at once; anything else is
 * refused with a toast and changes nothing. */
void       ld_preferences_window_set_seal_file (LdPreferencesWindow *self,
                                                GFile               *file);
/* TRUE while a seal file is being read. */
gboolean   ld_preferences_window_is_busy (LdPreferencesWindow *self);

/* The largest seal image accepted, in bytes. */
#define LD_PREFERENCES_MAX_SEAL_SIZE (2 * 1024 * 1024)

G_END_DECLS
