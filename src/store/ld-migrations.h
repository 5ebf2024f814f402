/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database.h"

G_BEGIN_DECLS

/* The schema migrations are the files data/sql/NNNN-name.sql, compiled into
 * the store's GResource under LD_MIGRATIONS_RESOURCE_PATH (see
 * src/store/ld-store.gresource.xml). Migration N sets user_version to N. */
#define LD_MIGRATIONS_RESOURCE_PATH "/io/github/legaldesk/LegalDesk/sql/"

/* The highest migration number shipped. */
int      ld_migrations_get_latest_version (void);

/* The names of the migration files in order (for tests). */
GStrv    ld_migrations_list_names (void);

/* Applies every migration newer than the database's user_version, each in
 * one transaction together with its user_version. */
gboolean ld_migrations_apply (LdDatabase  *self,
                              GError     **error);

G_END_DECLS
