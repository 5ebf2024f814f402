/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-editor-documents.h"
#include "ld-editor-rows.h"
#include "ld-issued-store.h"
#include "ld-mediation-docs.h"
#include "ld-mediation-editor-private.h"
#include "ld-mediation-store.h"
#include "ld-pdf-renderer.h"

/* The documents of a mediation case: the application (申请书), the record
 * of a session (调查记录 / 调解记录) and the agreement (协议书), previewed
 * as drafts in a document window and issued from there. What is issued is
 * the stored case: the form is saved before the preview and before the
 * issue, so the paper says what the register says. */

typedef enum
{
  DOC_APPLICATION,
  DOC_RECORD,
  DOC_AGREEMENT,
  /* The stored PDF of the issued agreement: opened, not built. */
  DOC_ISSUED_AGREEMENT,
} DocWhich;

/* The agreement is issued only once reached (the store refuses it
 * otherwise); the statuses after it keep it. */
static gboolean
agreement_reached (LdMediationCase *mcase)
{
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);

  if (ld_mediation_agreement_get_n_terms (agreement) == 0)
    return FALSE;
  switch (ld_mediation_case_get_status (mcase))
    {
    case LD_MEDIATION_STATUS_AGREEMENT_REACHED:
    case LD_MEDIATION_STATUS_PERFORMED:
    case LD_MEDIATION_STATUS_RETURN_VISIT_DONE:
      return TRUE;
    case LD_MEDIATION_STATUS_ARCHIVED:
      return ld_mediation_agreement_get_reached_on (agreement) != NULL;
    case LD_MEDIATION_STATUS_APPLIED:
    case LD_MEDIATION_STATUS_ACCEPTED:
    case LD_MEDIATION_STATUS_NOT_ACCEPTED:
    case LD_MEDIATION_STATUS_INVESTIGATING:
    case LD_MEDIATION_STATUS_MEDIATING:
    case LD_MEDIATION_STATUS_FAILED:
    case LD_MEDIATION_STATUS_TERMINATED:
    case LD_N_MEDIATION_STATUSES:
    default:
      return FALSE;
    }
}

static gboolean
parse_which (const char *which,
             DocWhich   *out)
{
  if (g_str_equal (which, "application"))
    *out = DOC_APPLICATION;
  else if (g_str_equal (which, "record"))
    *out = DOC_RECORD;
  else if (g_str_equal (which, "agreement"))
    *out = DOC_AGREEMENT;
  else if (g_str_equal (which, "issued-agreement"))
    *out = DOC_ISSUED_AGREEMENT;
  else
    return FALSE;
  return TRUE;
}

static gboolean
document_available (LdMediationEditor *self,
                    DocWhich           which)
{
  if (ld_mediation_case_get_id (self->mcase) == 0)
    return FALSE;
  switch (which)
    {
    case DOC_APPLICATION:
      /* Only a party's application has a 申请书: a case the committee took
       * up itself, or that a court, the police or another body referred,
       * has none. */
      return ld_mediation_case_get_source (self->mcase) == LD_MEDIATION_SOURCE_APPLICATION;
    case DOC_RECORD:
      return ld_mediation_case_get_sessions (self->mcase)->len > 0;
    case DOC_AGREEMENT:
      /* One agreement per case: the store refuses a second. */
      return agreement_reached (self->mcase) && !self->agreement_issued;
    case DOC_ISSUED_AGREEMENT:
      return self->agreement_issued;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
menu_document_available (gpointer    editor,
                         const char *which)
{
  DocWhich parsed;

  return parse_which (which, &parsed) && document_available (editor, parsed);
}

void
ld_mediation_editor_refresh_documents (LdMediationEditor *self)
{
  static const LdEditorDocument documents[] = {
    { "application", N_("_Application") },
    { "record", N_("Record of the Latest _Session") },
    { "agreement", N_("A_greement") },
    { "issued-agreement", N_("Open the Issued A_greement") },
  };

  ld_editor_documents_refresh_menu (self->documents_button, documents, G_N_ELEMENTS (documents),
                                    menu_document_available, self);
}

/* One previewed document: what to build, and for what. */
typedef struct
{
  GWeakRef        editor;
  LdDatabase     *database;
  LdOrgSettings  *settings;
  gint64          case_id;
  DocWhich        which;
  /* For a record: the session's id. */
  gint64          session_id;
  char           *title;
  /* The case being issued, while ld_mediation_store_issue() runs. */
  LdMediationCase *issuing;
} DocumentData;

static void
document_data_free (gpointer data)
{
  DocumentData *doc = data;

  g_weak_ref_clear (&doc->editor);
  g_object_unref (doc->database);
  g_object_unref (doc->settings);
  g_free (doc->title);
  g_free (doc);
}

static LdDocumentKind
document_kind (DocWhich which)
{
  switch (which)
    {
    case DOC_APPLICATION:
      return LD_DOCUMENT_KIND_MEDIATION_APPLICATION;
    case DOC_RECORD:
      return LD_DOCUMENT_KIND_MEDIATION_RECORD;
    case DOC_AGREEMENT:
      return LD_DOCUMENT_KIND_MEDIATION_AGREEMENT;
    default:
      g_assert_not_reached ();
    }
}

static int
find_session (LdMediationCase *mcase,
              gint64           session_id)
{
  GPtrArray *sessions = ld_mediation_case_get_sessions (mcase);

  for (guint i = 0; i < sessions->len; i++)
    if (((LdMediationSession *) g_ptr_array_index (sessions, i))->id == session_id)
      return (int) i;
  return -1;
}

static LdDocument *
build (DocumentData    *doc,
       LdMediationCase *mcase,
       const char      *number)
{
  GDate today;

  ld_get_today (&today);
  switch (doc->which)
    {
    case DOC_APPLICATION:
      return ld_mediation_docs_build_application (mcase, doc->settings, number, &today);
    case DOC_RECORD:
      {
        int index = find_session (mcase, doc->session_id);

        /* Out of range (the session went) builds an empty record. */
        return ld_mediation_docs_build_record (mcase, index >= 0 ? (unsigned) index : G_MAXUINT,
                                               doc->settings, number, &today);
      }
    case DOC_AGREEMENT:
      return ld_mediation_docs_build_agreement (mcase, doc->settings, number, &today);
    default:
      g_assert_not_reached ();
    }
}

static GBytes *
render_cb (const char  *number,
           gpointer     user_data,
           GError     **error)
{
  DocumentData *doc = user_data;
  g_autoptr(LdDocument) document = build (doc, doc->issuing, number);

  return ld_document_render_pdf (document, error);
}

static GBytes *
issue_cb (LdDocumentWindow  *window,
          char             **number,
          gpointer           user_data,
          GError           **error)
{
  DocumentData *doc = user_data;
  g_autoptr(LdMediationEditor) editor = g_weak_ref_get (&doc->editor);
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(LdIssuedDocument) issued = NULL;

  /* Changes typed since the preview are saved first (or the issue waits
   * for them to be put right). */
  if (editor != NULL && editor->database != NULL && editor->modified
      && !ld_mediation_editor_save (editor))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The case has unsaved changes that could not be saved: correct "
                             "them in the editor, then issue the document."));
      return NULL;
    }
  stored = ld_mediation_store_get (doc->database, doc->case_id, error);
  if (stored == NULL)
    return NULL;
  if (doc->which == DOC_RECORD && find_session (stored, doc->session_id) < 0)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("The session of this record is no longer in the case."));
      return NULL;
    }
  doc->issuing = stored;
  issued = ld_mediation_store_issue (doc->database, stored, document_kind (doc->which), doc->title,
                                     render_cb, doc, error);
  doc->issuing = NULL;
  if (issued == NULL)
    return NULL;
  *number = g_strdup (ld_issued_document_get_number (issued));
  return g_bytes_ref (ld_issued_document_get_pdf (issued));
}

static void
document_issued_cb (LdMediationEditor *self)
{
  if (self->database == NULL)
    return;
  /* The agreement's terms lock once it is issued. */
  if (!self->modified)
    ld_mediation_editor_reload (self);
  else
    {
      ld_mediation_editor_update_agreement_issued (self);
      ld_mediation_editor_refresh_issued (self);
    }
}

/* Opens the stored PDF of the case's issued agreement. */
static void
open_issued_agreement (LdMediationEditor *self)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;

  issued = ld_issued_store_list_for_record (self->database, LD_MEDIATION_STORE_TABLE,
                                            ld_mediation_case_get_id (self->mcase), &error);
  if (issued == NULL)
    {
      ld_mediation_editor_show_error (self, NULL, _("Could Not Open the Document"), error);
      return;
    }
  for (guint i = 0; i < issued->len; i++)
    {
      LdIssuedDocument *document = g_ptr_array_index (issued, i);

      if (ld_issued_document_get_kind (document) == LD_DOCUMENT_KIND_MEDIATION_AGREEMENT)
        {
          ld_editor_open_issued (GTK_WINDOW (self), self->database,
                                 ld_issued_document_get_id (document));
          return;
        }
    }
}

static void
show (LdMediationEditor *self,
      DocWhich           which,
      int                session_index)
{
  DocumentData *doc;
  g_autoptr(LdDocument) draft = NULL;
  gint64 session_id = 0;

  if (which == DOC_RECORD)
    {
      GPtrArray *sessions = ld_mediation_case_get_sessions (self->mcase);

      if (session_index < 0 || (guint) session_index >= sessions->len)
        return;
      session_id = ((LdMediationSession *) g_ptr_array_index (sessions, session_index))->id;
    }
  /* The preview shows the stored case: write the form first. */
  if ((self->modified || ld_mediation_case_get_id (self->mcase) == 0)
      && !ld_mediation_editor_save (self))
    return;
  if (which == DOC_RECORD && session_id == 0)
    {
      /* A session saved just now: its id is known only after the save. */
      GPtrArray *sessions = ld_mediation_case_get_sessions (self->mcase);

      if ((guint) session_index >= sessions->len)
        return;
      session_id = ((LdMediationSession *) g_ptr_array_index (sessions, session_index))->id;
    }
  if (!document_available (self, which))
    {
      ld_mediation_editor_toast (self, _("The case does not support this document yet"));
      return;
    }

  doc = g_new0 (DocumentData, 1);
  g_weak_ref_init (&doc->editor, self);
  doc->database = g_object_ref (self->database);
  doc->settings = g_object_ref (self->settings);
  doc->case_id = ld_mediation_case_get_id (self->mcase);
  doc->which = which;
  doc->session_id = session_id;
  switch (which)
    {
    case DOC_APPLICATION:
      doc->title = g_strdup (_("Mediation Application"));
      break;
    case DOC_RECORD:
      {
        int index = find_session (self->mcase, session_id);
        LdSessionKind kind = index >= 0
          ? ((LdMediationSession *) g_ptr_array_index (ld_mediation_case_get_sessions (self->mcase), index))->kind
          : LD_SESSION_KIND_MEDIATION;

        doc->title = g_strdup (kind == LD_SESSION_KIND_INVESTIGATION ? _("Investigation Record")
                                                                     : _("Mediation Record"));
      }
      break;
    case DOC_AGREEMENT:
      doc->title = g_strdup (_("Mediation Agreement"));
      break;
    default:
      g_assert_not_reached ();
    }

  draft = build (doc, self->mcase, NULL);
  ld_editor_documents_present (GTK_WINDOW (self), doc->title, draft, issue_cb, doc, document_data_free,
                               G_CALLBACK (document_issued_cb));
}

void
ld_mediation_editor_show_document (LdMediationEditor *self,
                                   const char        *which)
{
  DocWhich parsed;

  if (!parse_which (which, &parsed))
    return;
  if (!document_available (self, parsed) && ld_mediation_case_get_id (self->mcase) != 0)
    {
      ld_mediation_editor_toast (self, _("The case does not support this document yet"));
      return;
    }
  if (parsed == DOC_ISSUED_AGREEMENT)
    open_issued_agreement (self);
  else
    show (self, parsed, parsed == DOC_RECORD ? ld_mediation_case_find_latest_session (self->mcase) : -1);
}

void
ld_mediation_editor_show_record (LdMediationEditor *self,
                                 guint              session_index)
{
  show (self, DOC_RECORD, (int) session_index);
}
