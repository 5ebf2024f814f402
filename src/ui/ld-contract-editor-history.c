/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ld-audit-store.h"
#include "ld-contract-editor-private.h"
#include "ld-contract-store.h"
#include "ld-date-format.h"

/* The history group of the contract editor: the review's audit trail. */

/* Shown at most: older changes are in the audit trail all the same. */
#define MAX_ENTRIES 50

/* "Title, Amount (Yuan)" for the changed columns of @changes (JSON). */
static char *
describe_changes (const char *changes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonNode *root;
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!json_parser_load_from_data (parser, changes, -1, NULL))
    return g_strdup ("");
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return g_strdup ("");
  object = json_node_get_object (root);
  members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *prop = g_strdelimit (g_strdup (l->data), "_", '-');
      const char *title = ld_contract_editor_field_title (prop);

      /* Book-keeping columns (times, ranks) mean nothing to the reader. */
      if (title == NULL)
        continue;
      if (text->len > 0)
        /* Translators: separates the names of changed fields. */
        g_string_append (text, _(", "));
      g_string_append (text, title);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
ld_contract_editor_reload_history (LdContractEditor *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ld_contract_review_get_id (self->review);

  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  gtk_widget_set_visible (GTK_WIDGET (self->history_group), id != 0);
  if (id == 0)
    return;

  entries = ld_audit_store_list_for_row (self->database, LD_CONTRACT_STORE_TABLE, id, &error);
  if (entries == NULL)
    {
      ld_contract_editor_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < entries->len && i < MAX_ENTRIES; i++)
    {
      LdAuditEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (ld_audit_entry_get_changed_at (entry));
      g_autofree char *iso = g_date_time_format (local, "%Y-%m-%d");
      g_autofree char *day = ld_format_list_date (iso);
      g_autofree char *time = g_date_time_format (local, "%H:%M");
      g_autofree char *fields = NULL;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      const char *user = ld_audit_entry_get_user_name (entry);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = g_strdup_printf ("history-%u", i);

      switch (ld_audit_entry_get_action (entry))
        {
        case LD_AUDIT_ACTION_INSERT:
          title = g_strdup (_("Registered"));
          break;
        case LD_AUDIT_ACTION_DELETE:
          title = g_strdup (_("Deleted"));
          break;
        case LD_AUDIT_ACTION_UPDATE:
        default:
          fields = describe_changes (ld_audit_entry_get_changes (entry));
          title = *fields != '\0'
                  /* Translators: a history row: the names of the changed fields. */
                  ? g_strdup_printf (_("Changed %s"), fields)
                  : g_strdup (_("Changed"));
          break;
        }
      if (user != NULL && *user != '\0')
        /* Translators: a history row's subtitle: date, time and who. */
        subtitle = g_strdup_printf (C_("history", "%s %s · %s"), day, time, user);
      else
        subtitle = g_strdup_printf ("%s %s", day, time);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}
