/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-docs"

#include "config.h"

#include "ld-mediation-docs-private.h"
#include "ld-mediation-docs.h"

/* 调查记录 / 调解记录 (DOMAIN.md 2.3 #5, #7) of one session. */

static void
add_field (LdDocument *doc,
           const char *label,
           const char *value)
{
  g_autofree char *text = g_strdup_printf ("%s：%s", label, ld_builder_or_to_fill (value));

  ld_document_add_flush_paragraph (doc, text);
}

/* Signed by the parties, the mediators (调查人 for an investigation, with
 * the person investigated, 被调查人: DOMAIN.md 2.3 #5) and the recorder. */
static void
add_signatures (LdDocument               *doc,
                LdMediationCase          *mcase,
                const LdMediationSession *session)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean investigation = session != NULL && session->kind == LD_SESSION_KIND_INVESTIGATION;
  const char *title = investigation ? "调查人" : ld_mediation_doc_mediator_title (mcase);
  g_autofree char *lead = g_strdup_printf ("当事人签名、盖章或按指印，%s%s、记录人签名：",
                                           investigation ? "被调查人、" : "", title);

  ld_mediation_doc_append_party_cells (cells, mcase, FALSE);
  if (investigation)
    {
      g_ptr_array_add (cells, g_strdup ("被调查人："));
      g_ptr_array_add (cells, g_strdup (""));
    }
  ld_mediation_doc_append_mediator_cells (cells, mcase, title, session != NULL ? session->recorder : "");
  ld_mediation_doc_add_signature_rows (doc, lead, cells);
}

LdDocument *
ld_mediation_docs_build_record (LdMediationCase *mcase,
                                unsigned         session_index,
                                LdOrgSettings   *settings,
                                const char      *number,
                                const GDate     *date)
{
  GPtrArray *sessions;
  const LdMediationSession *session = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *agents = NULL;
  LdDocument *doc;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  sessions = ld_mediation_case_get_sessions (mcase);
  if (session_index < sessions->len)
    session = g_ptr_array_index (sessions, session_index);

  /* A session that is not there gives the blank form of a mediation
   * session, to fill in by hand; the case's own facts stay. */
  doc = ld_builder_new_document (ld_session_kind_get_letter_text (session != NULL ? session->kind
                                                                                 : LD_SESSION_KIND_MEDIATION),
                                 number);

  when = ld_builder_format_date (session != NULL ? &session->date : NULL);
  subject = ld_builder_clause (ld_mediation_case_get_title (mcase));
  parties = ld_mediation_doc_dup_party_line (mcase);
  agents = ld_mediation_doc_dup_agent_line (mcase);

  add_field (doc, "时间", when);
  add_field (doc, "地点", session != NULL ? session->place : NULL);
  add_field (doc, "事由", subject);
  add_field (doc, "当事人", parties);
  if (agents != NULL)
    add_field (doc, "委托代理人", agents);
  add_field (doc, "参加人", session != NULL ? session->participants : NULL);
  add_field (doc, "记录人", session != NULL ? session->recorder : NULL);

  ld_document_add_unnumbered_heading (doc, 1, "记录内容");
  ld_document_add_paragraph (doc, ld_builder_or_to_fill (session != NULL ? session->record : NULL));

  add_signatures (doc, mcase, session);
  /* A record is signed at the session it records. */
  ld_builder_set_date (doc, ld_mediation_doc_pick_date (session != NULL ? &session->date : NULL,
                                                        date));
  return doc;
}
