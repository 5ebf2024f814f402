/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-issued"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ld-cli-common.h"
#include "ld-issued-store.h"

#define COMMAND "issued"

/* `legal-desk-cli issued list [--json] | export NUMBER -o FILE | verify`:
 * the documents as they were issued, read from the stored bytes. */

static const char usage_summary[] =
  N_("SUBCOMMAND — issued documents\n\n"
     "  list [--json]              the issued documents, newest first\n"
     "  export NUMBER -o FILE.pdf  write the stored PDF exactly as issued\n"
     "  verify                     recompute every stored hash and report mismatches");

static char *
format_record (LdIssuedDocument *document)
{
  const char *table = ld_issued_document_get_record_table (document);

  if (table == NULL)
    return g_strdup ("—");
  return g_strdup_printf ("%s/%" G_GINT64_FORMAT, table, ld_issued_document_get_record_id (document));
}

static char *
format_issued_at_utc (LdIssuedDocument *document)
{
  return g_date_time_format (ld_issued_document_get_issued_at (document), "%Y-%m-%dT%H:%M:%SZ");
}

static void
print_json_line (LdIssuedDocument *document)
{
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *issued_at = format_issued_at_utc (document);
  LdDocumentKind kind = ld_issued_document_get_kind (document);
  const char *table = ld_issued_document_get_record_table (document);

  object = ld_cli_json_row_new (ld_issued_document_get_id (document),
                                ld_issued_document_get_number (document),
                                "issued");
  json_object_set_string_member (object, "kind", ld_document_kind_to_id (kind));
  json_object_set_string_member (object, "kind_title", ld_document_kind_get_title (kind));
  json_object_set_int_member (object, "year", ld_issued_document_get_year (document));
  json_object_set_int_member (object, "seq", ld_issued_document_get_seq (document));
  json_object_set_string_member (object, "title", ld_issued_document_get_title (document));
  if (table != NULL)
    {
      json_object_set_string_member (object, "record_table", table);
      json_object_set_int_member (object, "record_id", ld_issued_document_get_record_id (document));
    }
  else
    {
      json_object_set_null_member (object, "record_table");
      json_object_set_null_member (object, "record_id");
    }
  json_object_set_string_member (object, "sha256", ld_issued_document_get_sha256 (document));
  json_object_set_string_member (object, "issued_at", issued_at);
  json_object_set_string_member (object, "issued_by", ld_issued_document_get_issued_by (document));
  ld_cli_print_json (object);
}

static void
print_table (GPtrArray *documents)
{
  const char *headers[] = {
    C_("issued list column", "Number"),
    C_("issued list column", "Kind"),
    C_("issued list column", "Title"),
    C_("issued list column", "Record"),
    C_("issued list column", "Issued at"),
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < documents->len; i++)
    {
      LdIssuedDocument *document = g_ptr_array_index (documents, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (ld_issued_document_get_issued_at (document));
      char **row = g_new0 (char *, G_N_ELEMENTS (headers) + 1);

      row[0] = g_strdup (ld_issued_document_get_number (document));
      row[1] = g_strdup (ld_document_kind_get_title (ld_issued_document_get_kind (document)));
      row[2] = g_strdup (ld_issued_document_get_title (document));
      row[3] = format_record (document);
      row[4] = g_date_time_format (local, "%Y-%m-%d %H:%M");
      g_ptr_array_add (rows, row);
    }

  if (rows->len == 0)
    {
      g_print (_("No documents have been issued.\n"));
      return;
    }

  ld_cli_print_table (headers, G_N_ELEMENTS (headers), rows);
}

static int
issued_list (const char  *database_path,
             int          argc,
             char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("One JSON object per line"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("issued list — list the issued documents, newest first"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, COMMAND, _("“issued list” takes no arguments."));

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;
  documents = ld_issued_store_list (db, &error);
  if (documents == NULL)
    return ld_cli_failure (COMMAND, "%s", error->message);

  if (json)
    for (guint i = 0; i < documents->len; i++)
      print_json_line (g_ptr_array_index (documents, i));
  else
    print_table (documents);
  return LD_CLI_EXIT_OK;
}

static int
issued_export (const char  *database_path,
               int          argc,
               char       **argv)
{
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *pdf;
  gsize size;
  const char *data;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to FILE"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("issued export NUMBER — write an issued document exactly as issued"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 2)
    return ld_cli_option_usage_error (context, COMMAND, _("Give the document number (文号) to export."));
  if (output == NULL)
    return ld_cli_option_usage_error (context, COMMAND, _("Give the output file with -o FILE.pdf."));

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;
  document = ld_issued_store_get_by_number (db, argv[1], TRUE, &error);
  if (document == NULL)
    return ld_cli_failure (COMMAND, "%s", error->message);

  pdf = ld_issued_document_get_pdf (document);
  data = g_bytes_get_data (pdf, &size);
  if (!g_file_set_contents (output, data, size, &error))
    return ld_cli_failure (COMMAND, "%s", error->message);
  return LD_CLI_EXIT_OK;
}

static int
issued_verify (const char  *database_path,
               int          argc,
               char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) mismatches = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int count;

  context = g_option_context_new (_("issued verify — recompute the hash of every issued document"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, COMMAND, _("“issued verify” takes no arguments."));

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;
  count = ld_issued_store_count (db, &error);
  if (count < 0 || !ld_issued_store_verify (db, mismatches, &error))
    return ld_cli_failure (COMMAND, "%s", error->message);

  for (guint i = 0; i < mismatches->len; i++)
    g_print (_("MISMATCH %s: the stored PDF no longer matches the hash recorded when it was issued\n"),
             (const char *) g_ptr_array_index (mismatches, i));
  if (mismatches->len > 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%u of %d issued document has been altered.\n",
                            "%u of %d issued documents have been altered.\n",
                            mismatches->len),
               mismatches->len, count);
      return LD_CLI_EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "%d issued document verified: unchanged.\n",
                        "%d issued documents verified: all unchanged.\n",
                        count),
           count);
  return LD_CLI_EXIT_OK;
}

int
ld_cli_issued_main (const char  *database_path,
                    int          argc,
                    char       **argv)
{
  static const struct
  {
    const char *name;
    int (*run) (const char *database_path, int argc, char **argv);
  } subcommands[] = {
    { "list", issued_list },
    { "export", issued_export },
    { "verify", issued_verify },
  };

  if (argc >= 2)
    for (gsize i = 0; i < G_N_ELEMENTS (subcommands); i++)
      if (g_str_equal (argv[1], subcommands[i].name))
        return subcommands[i].run (database_path, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
                    g_str_equal (argv[1], "help")))
    {
      g_print ("legal-desk-cli issued %s\n", _(usage_summary));
      return LD_CLI_EXIT_OK;
    }
  if (argc < 2)
    return ld_cli_usage_error (COMMAND, "%s", _("Give a subcommand: list, export or verify."));
  return ld_cli_usage_error (COMMAND, _("Unknown subcommand “%s”; use list, export or verify."), argv[1]);
}
