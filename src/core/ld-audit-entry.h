/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What happened to a record. */
typedef enum
{
  LD_AUDIT_ACTION_INSERT,
  LD_AUDIT_ACTION_UPDATE,
  LD_AUDIT_ACTION_DELETE,
} LdAuditAction;

#define LD_TYPE_AUDIT_ACTION (ld_audit_action_get_type ())
GType       ld_audit_action_get_type (void);

/* "insert", "update", "delete": the words stored in the audit trail. */
const char *ld_audit_action_to_string (LdAuditAction action);
/* Returns FALSE when @text names no action. */
gboolean    ld_audit_action_from_string (const char    *text,
                                         LdAuditAction *out_action);

#define LD_TYPE_AUDIT_ENTRY (ld_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (LdAuditEntry, ld_audit_entry, LD, AUDIT_ENTRY, GObject)

/* One change to one record: who changed which row of which table, when,
 * and the changed fields as a JSON object {"column": [old, new], ...}
 * (BLOB values appear as "<blob N bytes>"). Immutable. */
LdAuditEntry  *ld_audit_entry_new (const char    *table_name,
                                   gint64         row_id,
                                   LdAuditAction  action,
                                   GDateTime     *changed_at,
                                   const char    *user_name,
                                   const char    *changes);

const char    *ld_audit_entry_get_table_name (LdAuditEntry *self);
gint64         ld_audit_entry_get_row_id (LdAuditEntry *self);
LdAuditAction  ld_audit_entry_get_action (LdAuditEntry *self);
/* In UTC. */
GDateTime     *ld_audit_entry_get_changed_at (LdAuditEntry *self);
const char    *ld_audit_entry_get_user_name (LdAuditEntry *self);
/* The JSON object of changed fields, never NULL ("{}" when empty). */
const char    *ld_audit_entry_get_changes (LdAuditEntry *self);

G_END_DECLS
