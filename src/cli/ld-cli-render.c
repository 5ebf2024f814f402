/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-render"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ld-cli-common.h"
#include "ld-contract-opinion.h"
#include "ld-contract-store.h"
#include "ld-document.h"
#include "ld-mediation-docs.h"
#include "ld-mediation-store.h"
#include "ld-pdf-renderer.h"
#include "ld-petition-notices.h"
#include "ld-petition-store.h"
#include "ld-sample-letter.h"
#include "ld-settings-store.h"

/* `legal-desk-cli render KIND ID -o FILE.pdf`: the current draft of a
 * record's document. Each document kind adds one row to render_kinds. */

/* Renders the current draft of record @id of one kind. Every error is a
 * failure (exit 1): the ID has been checked against the kind's range. */
typedef GBytes *(*RenderKindFunc) (LdDatabase  *db,
                                   gint64       id,
                                   GError     **error);

/* The same for a document of one session of a record: @session counts
 * from 1, 0 for the latest. */
typedef GBytes *(*RenderSessionFunc) (LdDatabase  *db,
                                      gint64       id,
                                      int          session,
                                      GError     **error);

/* Loads record @id of one kind: ld_contract_store_get() and the like. */
typedef GObject *(*RecordLoadFunc) (LdDatabase  *db,
                                    gint64       id,
                                    GError     **error);

/* Builds one document of a record: ld_contract_opinion_build() and the
 * like. The getters and builders in render_kinds return and take their own
 * record types, all GObjects, cast to these two. */
typedef LdDocument *(*RecordBuildFunc) (GObject       *record,
                                        LdOrgSettings *settings,
                                        const char    *number,
                                        const GDate   *date);

/* A kind is rendered by render_session when set, else by render when set,
 * else as the document @build makes of the record @load loads. */
typedef struct
{
  const char        *kind;
  const char        *id_help;  /* what ID means for this kind, N_() */
  gint64             id_min;
  gint64             id_max;
  RenderKindFunc     render;
  RenderSessionFunc  render_session;  /* instead of render: takes --session */
  RecordLoadFunc     load;
  RecordBuildFunc    build;
} RenderKind;

/* The date a draft carries. */
static GDate *
today_local (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

/* The sample letter of the organisation in the settings, with @id body
 * paragraphs (the tests' and benchmarks' document). */
static GBytes *
render_sample (LdDatabase  *db,
               gint64       id,
               GError     **error)
{
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDocument) document = NULL;

  settings = ld_settings_store_load (db, error);
  if (settings == NULL)
    return NULL;

  document = ld_sample_letter_new (ld_org_settings_get_organisation_name (settings), (int) id);
  return ld_document_render_pdf (document, error);
}

/* The document @build makes of record @id as it stands: unnumbered
 * ("（草稿）") and dated today, as the editor's preview shows it. */
static GBytes *
render_record (LdDatabase       *db,
               gint64            id,
               RecordLoadFunc    load,
               RecordBuildFunc   build,
               GError          **error)
{
  g_autoptr(GObject) record = NULL;
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDocument) document = NULL;
  g_autoptr(GDate) today = today_local ();

  record = load (db, id, error);
  if (record == NULL)
    return NULL;
  settings = ld_settings_store_load (db, error);
  if (settings == NULL)
    return NULL;

  document = build (record, settings, NULL, today);
  return ld_document_render_pdf (document, error);
}

/* The record (调查记录 / 调解记录) of session @session (from 1, in the order
 * entered; 0 for the latest) of case @id. A case without sessions gives the
 * blank form; a session it does not have is an error. */
static GBytes *
render_mediation_record (LdDatabase  *db,
                         gint64       id,
                         int          session,
                         GError     **error)
{
  g_autoptr(LdMediationCase) mcase = NULL;
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDocument) document = NULL;
  g_autoptr(GDate) today = today_local ();
  GPtrArray *sessions;
  guint index;
  int latest;

  mcase = ld_mediation_store_get (db, id, error);
  if (mcase == NULL)
    return NULL;
  sessions = ld_mediation_case_get_sessions (mcase);
  if (session > 0 && (guint) session > sessions->len)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Mediation case %s has %u session, so there is no session %d.",
                                "Mediation case %s has %u sessions, so there is no session %d.",
                                sessions->len),
                   ld_mediation_case_get_number (mcase), sessions->len, session);
      return NULL;
    }
  latest = ld_mediation_case_find_latest_session (mcase);
  /* Without sessions, index 0 is past the end: the blank form. */
  index = session > 0 ? (guint) session - 1 : latest >= 0 ? (guint) latest : 0;

  settings = ld_settings_store_load (db, error);
  if (settings == NULL)
    return NULL;

  document = ld_mediation_docs_build_record (mcase, index, settings, NULL, today);
  return ld_document_render_pdf (document, error);
}

static const RenderKind render_kinds[] = {
  { "sample", N_("number of paragraphs (1–200)"), 1, 200, .render = render_sample },
  { "contract", N_("contract review id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_contract_store_get, .build = (RecordBuildFunc) ld_contract_opinion_build },
  { "petition-reply", N_("petition id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_petition_store_get, .build = (RecordBuildFunc) ld_petition_reply_build },
  { "petition-acceptance", N_("petition id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_petition_store_get, .build = (RecordBuildFunc) ld_petition_acceptance_notice_build },
  { "petition-non-acceptance", N_("petition id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_petition_store_get, .build = (RecordBuildFunc) ld_petition_non_acceptance_notice_build },
  { "mediation-agreement", N_("mediation case id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_mediation_store_get, .build = (RecordBuildFunc) ld_mediation_docs_build_agreement },
  { "mediation-application", N_("mediation case id"), 1, G_MAXINT64,
    .load = (RecordLoadFunc) ld_mediation_store_get, .build = (RecordBuildFunc) ld_mediation_docs_build_application },
  { "mediation-record", N_("mediation case id; --session N picks the session"), 1, G_MAXINT64,
    .render_session = render_mediation_record },
};

static const RenderKind *
find_render_kind (const char *kind)
{
  for (gsize i = 0; i < G_N_ELEMENTS (render_kinds); i++)
    if (g_str_equal (render_kinds[i].kind, kind))
      return &render_kinds[i];
  return NULL;
}

static char *
describe_kinds (void)
{
  GString *text = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (render_kinds); i++)
    g_string_append_printf (text, "  %-23s ID: %s\n",
                            render_kinds[i].kind, _(render_kinds[i].id_help));
  return g_string_free (text, FALSE);
}

/* Writes @bytes to @path, or to standard output when @path is "-". */
static gboolean
write_output (const char  *path,
              GBytes      *bytes,
              GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_str_equal (path, "-"))
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not write the PDF to standard output."));
          return FALSE;
        }
      return TRUE;
    }
  return g_file_set_contents (path, data, size, error);
}

int
ld_cli_render_main (const char  *database_path,
                    int          argc,
                    char       **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *kinds_text = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  const RenderKind *kind;
  gint64 id;
  int session = G_MININT;  /* not given */
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to FILE (“-” for standard output)"), N_("FILE") },
    { "session", 0, 0, G_OPTION_ARG_INT, &session,
      N_("For mediation-record: the record of session N (from 1, in the order entered; "
         "the latest by default)"), N_("N") },
    { NULL }
  };

  kinds_text = describe_kinds ();
  context = g_option_context_new (_("KIND ID — render the current draft of a record’s document"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, kinds_text);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, "render", error->message);
  if (argc != 3)
    return ld_cli_option_usage_error (context, "render", _("Give a document kind and a record ID."));
  if (output == NULL)
    return ld_cli_option_usage_error (context, "render", _("Give the output file with -o FILE.pdf."));

  kind = find_render_kind (argv[1]);
  if (kind == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown document kind “%s”; the known kinds are:"), argv[1]);

      g_printerr ("legal-desk-cli render: %s\n%s", message, kinds_text);
      return LD_CLI_EXIT_USAGE;
    }

  if (!g_ascii_string_to_signed (argv[2], 10, kind->id_min, kind->id_max, &id, NULL))
    return ld_cli_usage_error ("render", _("For “%s”, ID is the %s; got “%s”."),
                               kind->kind, _(kind->id_help), argv[2]);
  if (session != G_MININT && kind->render_session == NULL)
    return ld_cli_usage_error ("render", _("Only mediation-record takes --session."));
  if (session != G_MININT && session < 1)
    return ld_cli_usage_error ("render", _("--session counts from 1; got %d."), session);

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_DEFAULT);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  if (kind->render_session != NULL)
    pdf = kind->render_session (db, id, session != G_MININT ? session : 0, &error);
  else if (kind->render != NULL)
    pdf = kind->render (db, id, &error);
  else
    pdf = render_record (db, id, kind->load, kind->build, &error);
  if (pdf == NULL)
    return ld_cli_failure ("render", _("Could not render the document: %s"), error->message);

  if (!write_output (output, pdf, &error))
    return ld_cli_failure ("render", "%s", error->message);
  return LD_CLI_EXIT_OK;
}
