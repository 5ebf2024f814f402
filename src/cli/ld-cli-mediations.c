/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-mediations"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ld-cli-common.h"
#include "ld-cli-register-list.h"
#include "ld-list-query.h"
#include "ld-mediation-store.h"

#define COMMAND "mediations"

/* `legal-desk-cli mediations list [--status S] [--overdue] [--json]`: the
 * mediation register, through the same query as the app's list. Citizen
 * ID numbers leave the program masked: scripts and logs never need them
 * whole. */

static const char usage_summary[] =
  N_("SUBCOMMAND — the mediation register\n\n"
     "  list [--status S] [--overdue] [--json]  the mediation cases in number order");

/* [{"role", "name", "id_number"}] in the case's order, ID numbers as
 * lists show them (a person's masked, an organisation's credit code whole). */
static JsonArray *
parties_to_json (LdMediationCase *mcase)
{
  GListModel *parties = ld_mediation_case_get_parties (mcase);
  JsonArray *array = json_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, i);
      g_autofree char *id_number = ld_mediation_party_dup_display_id_number (party);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "role", ld_party_role_to_id (ld_mediation_party_get_role (party)));
      json_object_set_string_member (object, "type",
                                     ld_party_type_to_id (ld_mediation_party_get_party_type (party)));
      json_object_set_string_member (object, "name", ld_mediation_party_get_name (party));
      ld_cli_json_set_string_or_null (object, "id_number", id_number);
      json_array_add_object_element (array, object);
    }
  return array;
}

static void
print_json_line (LdRecordSummary *summary,
                 LdMediationCase *mcase,
                 const GDate     *today)
{
  g_autoptr(JsonObject) object = ld_cli_json_row_new (ld_record_summary_get_id (summary),
                                                      ld_record_summary_get_number (summary),
                                                      ld_record_summary_get_status (summary));

  json_object_set_string_member (object, "kind", ld_mediation_kind_to_id (ld_mediation_case_get_kind (mcase)));
  json_object_set_string_member (object, "title", ld_record_summary_get_title (summary));
  ld_cli_json_set_string_or_null (object, "category", ld_mediation_case_get_category (mcase));
  json_object_set_string_member (object, "first_applicant", ld_record_summary_get_party (summary));
  json_object_set_string_member (object, "mediators", ld_record_summary_get_person (summary));
  ld_cli_json_set_string_or_null (object, "applied_on", ld_record_summary_get_received (summary));
  ld_cli_json_set_string_or_null (object, "due_on", ld_record_summary_get_due (summary));
  ld_cli_register_json_set_days_left (object, summary, today);
  json_object_set_boolean_member (object, "overdue", ld_record_summary_is_overdue (summary, today));
  json_object_set_array_member (object, "parties", parties_to_json (mcase));
  ld_cli_print_json (object);
}

/* A page at a time: the kind, category and parties of all its cases come
 * in two queries rather than a full load per case. */
static gboolean
print_json_page (LdDatabase       *db,
                 GPtrArray        *summaries,
                 const GDate      *today,
                 GError          **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), summaries->len);
  g_autoptr(GPtrArray) cases = NULL;
  guint next = 0;

  for (guint i = 0; i < summaries->len; i++)
    {
      gint64 id = ld_record_summary_get_id (g_ptr_array_index (summaries, i));

      g_array_append_val (ids, id);
    }
  cases = ld_mediation_store_get_with_parties (db, (const gint64 *) ids->data, ids->len, error);
  if (cases == NULL)
    return FALSE;
  /* In the order of the ids; a case deleted since the page was read is
   * left out. */
  for (guint i = 0; i < summaries->len && next < cases->len; i++)
    {
      LdRecordSummary *summary = g_ptr_array_index (summaries, i);
      LdMediationCase *mcase = g_ptr_array_index (cases, next);

      if (ld_mediation_case_get_id (mcase) != ld_record_summary_get_id (summary))
        continue;
      print_json_line (summary, mcase, today);
      next++;
    }
  return TRUE;
}

/* The summaries hold no ID numbers, so the table cannot show one. */
static void
print_table (GPtrArray   *summaries,
             const GDate *today)
{
  const char *headers[] = {
    C_("mediations list column", "Number"),
    C_("mediations list column", "Title"),
    C_("mediations list column", "Applicant"),
    C_("mediations list column", "Mediators"),
    C_("mediations list column", "Applied"),
    C_("mediations list column", "Due"),
    C_("mediations list column", "Status"),
  };

  ld_cli_register_print_table (summaries, today, headers, G_N_ELEMENTS (headers),
                               _("No mediation cases match.\n"), NULL);
}

static const LdCliRegisterList register_list = {
  .command = COMMAND,
  .area = LD_RECORD_AREA_MEDIATION,
  .usage = usage_summary,
  .summary = N_("mediations list — list the mediation cases in number order"),
  .status_help = N_("Only cases in status S (applied, accepted, mediating, agreement_reached …)"),
  .overdue_help = N_("Only open cases past their due date"),
  .no_arguments = N_("“mediations list” takes no arguments."),
  .print_table = print_table,
  .print_json_page_db = print_json_page,
};

int
ld_cli_mediations_main (const char  *database_path,
                        int          argc,
                        char       **argv)
{
  return ld_cli_register_main (&register_list, database_path, argc, argv);
}
