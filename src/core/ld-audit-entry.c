/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "ld-audit-entry.h"

G_DEFINE_ENUM_TYPE (LdAuditAction, ld_audit_action,
                    G_DEFINE_ENUM_VALUE (LD_AUDIT_ACTION_INSERT, "insert"),
                    G_DEFINE_ENUM_VALUE (LD_AUDIT_ACTION_UPDATE, "update"),
                    G_DEFINE_ENUM_VALUE (LD_AUDIT_ACTION_DELETE, "delete"))

static const char * const action_names[] = { "insert", "update", "delete" };

const char *
ld_audit_action_to_string (LdAuditAction action)
{
  g_return_val_if_fail (action <= LD_AUDIT_ACTION_DELETE, NULL);
  return action_names[action];
}

gboolean
ld_audit_action_from_string (const char    *text,
                             LdAuditAction *out_action)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (unsigned i = 0; i < G_N_ELEMENTS (action_names); i++)
    {
      if (g_str_equal (text, action_names[i]))
        {
          if (out_action)
            *out_action = i;
          return TRUE;
        }
    }
  return FALSE;
}

struct _LdAuditEntry
{
  GObject        parent_instance;

  char          *table_name;
  gint64         row_id;
  LdAuditAction  action;
  GDateTime     *changed_at;
  char          *user_name;
  char          *changes;
};

G_DEFINE_FINAL_TYPE (LdAuditEntry, ld_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TABLE_NAME,
  PROP_ROW_ID,
  PROP_ACTION,
  PROP_CHANGED_AT,
  PROP_USER_NAME,
  PROP_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ld_audit_entry_finalize (GObject *object)
{
  LdAuditEntry *self = LD_AUDIT_ENTRY (object);

  g_free (self->table_name);
  g_clear_pointer (&self->changed_at, g_date_time_unref);
  g_free (self->user_name);
  g_free (self->changes);

  G_OBJECT_CLASS (ld_audit_entry_parent_class)->finalize (object);
}

static void
ld_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LdAuditEntry *self = LD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TABLE_NAME:
      g_value_set_string (value, self->table_name);
      break;
    case PROP_ROW_ID:
      g_value_set_int64 (value, self->row_id);
      break;
    case PROP_ACTION:
      g_value_set_enum (value, self->action);
      break;
    case PROP_CHANGED_AT:
      g_value_set_boxed (value, self->changed_at);
      break;
    case PROP_USER_NAME:
      g_value_set_string (value, self->user_name);
      break;
    case PROP_CHANGES:
      g_value_set_string (value, self->changes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_audit_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LdAuditEntry *self = LD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TABLE_NAME:
      self->table_name = g_value_dup_string (value);
      break;
    case PROP_ROW_ID:
      self->row_id = g_value_get_int64 (value);
      break;
    case PROP_ACTION:
      self->action = g_value_get_enum (value);
      break;
    case PROP_CHANGED_AT:
      self->changed_at = g_value_dup_boxed (value);
      break;
    case PROP_USER_NAME:
      self->user_name = g_value_dup_string (value);
      break;
    case PROP_CHANGES:
      self->changes = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_audit_entry_constructed (GObject *object)
{
  LdAuditEntry *self = LD_AUDIT_ENTRY (object);

  G_OBJECT_CLASS (ld_audit_entry_parent_class)->constructed (object);

  if (self->table_name == NULL)
    self->table_name = g_strdup ("");
  if (self->user_name == NULL)
    self->user_name = g_strdup ("");
  if (self->changes == NULL)
    self->changes = g_strdup ("{}");
  if (self->changed_at == NULL)
    self->changed_at = g_date_time_new_now_utc ();
}

static void
ld_audit_entry_class_init (LdAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ld_audit_entry_finalize;
  object_class->get_property = ld_audit_entry_get_property;
  object_class->set_property = ld_audit_entry_set_property;
  object_class->constructed = ld_audit_entry_constructed;

  properties[PROP_TABLE_NAME] =
    g_param_spec_string ("table-name", NULL, NULL, NULL, flags);
  properties[PROP_ROW_ID] =
    g_param_spec_int64 ("row-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_ACTION] =
    g_param_spec_enum ("action", NULL, NULL, LD_TYPE_AUDIT_ACTION, LD_AUDIT_ACTION_INSERT, flags);
  properties[PROP_CHANGED_AT] =
    g_param_spec_boxed ("changed-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_USER_NAME] =
    g_param_spec_string ("user-name", NULL, NULL, NULL, flags);
  properties[PROP_CHANGES] =
    g_param_spec_string ("changes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_audit_entry_init (LdAuditEntry *self)
{
}

LdAuditEntry *
ld_audit_entry_new (const char    *table_name,
                    gint64         row_id,
                    LdAuditAction  action,
                    GDateTime     *changed_at,
                    const char    *user_name,
                    const char    *changes)
{
  g_return_val_if_fail (table_name != NULL, NULL);
  g_return_val_if_fail (action <= LD_AUDIT_ACTION_DELETE, NULL);

  return g_object_new (LD_TYPE_AUDIT_ENTRY,
                       "table-name", table_name,
                       "row-id", row_id,
                       "action", action,
                       "changed-at", changed_at,
                       "user-name", user_name,
                       "changes", changes,
                       NULL);
}

const char *
ld_audit_entry_get_table_name (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), NULL);
  return self->table_name;
}

gint64
ld_audit_entry_get_row_id (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), 0);
  return self->row_id;
}

LdAuditAction
ld_audit_entry_get_action (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), LD_AUDIT_ACTION_INSERT);
  return self->action;
}

GDateTime *
ld_audit_entry_get_changed_at (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), NULL);
  return self->changed_at;
}

const char *
ld_audit_entry_get_user_name (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), NULL);
  return self->user_name;
}

const char *
ld_audit_entry_get_changes (LdAuditEntry *self)
{
  g_return_val_if_fail (LD_IS_AUDIT_ENTRY (self), NULL);
  return self->changes;
}
