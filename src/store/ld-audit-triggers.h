/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database.h"

G_BEGIN_DECLS

/* The audit trail is written by AFTER INSERT/UPDATE/DELETE triggers named
 * "ld_audit_<table>_<action>", generated from each table's columns, so a
 * table added by a later migration is covered without more code. Every
 * rowid table of the main schema is audited except audit_log, sqlite_*,
 * and virtual (FTS) tables with their shadow tables. */

/* Drops every audit trigger. */
gboolean ld_audit_triggers_drop (LdDatabase  *db,
                                 GError     **error);

/* Creates the audit triggers for every audited table. */
gboolean ld_audit_triggers_create (LdDatabase  *db,
                                   GError     **error);

/* Sets @out_complete to whether the stored triggers are exactly the ones
 * ld_audit_triggers_create() would make. */
gboolean ld_audit_triggers_check (LdDatabase  *db,
                                  gboolean    *out_complete,
                                  GError     **error);

/* Rebuilds the triggers in one transaction when they are not complete. */
gboolean ld_audit_triggers_ensure (LdDatabase  *db,
                                   GError     **error);

G_END_DECLS
