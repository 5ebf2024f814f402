/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database.h"
#include "ld-org-settings.h"

G_BEGIN_DECLS

/* The organisation settings, stored in the database's settings table under
 * the keys organisation_name, legal_office_name, default_signatory,
 * seal_png (BLOB), review_period_days and number_prefix.<kind-id>. Keys that
 * are missing load as the defaults of LdOrgSettings. */
LdOrgSettings *ld_settings_store_load (LdDatabase  *db,
                                       GError     **error);

/* Saves every field in one transaction. A prefix equal to its kind's
 * default and an unset seal are stored as no row. */
gboolean       ld_settings_store_save (LdDatabase     *db,
                                       LdOrgSettings  *settings,
                                       GError        **error);

/* The value of @key as text, or NULL (without @error) when it is not set. */
char          *ld_settings_store_get (LdDatabase  *db,
                                      const char  *key,
                                      GError     **error);

/* The settings whose keys begin with @prefix (such as "petition."), read
 * in one query, as a table of key → value text; NULL with @error set on
 * failure. */
GHashTable    *ld_settings_store_get_group (LdDatabase  *db,
                                            const char  *prefix,
                                            GError     **error);

/* Sets @key to @value; a NULL @value removes the key. */
gboolean       ld_settings_store_set (LdDatabase  *db,
                                      const char  *key,
                                      const char  *value,
                                      GError     **error);

G_END_DECLS
