/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-store.h"
#include "ld-contract-workflow.h"
#include "ld-core-error.h"
#include "ld-database-private.h"
#include "ld-document-kind.h"
#include "ld-settings-store.h"
#include "ld-store-records-private.h"
#include "ld-store-values-private.h"

/* The columns of a review, in the order review_from_row() reads them and
 * sql_insert binds them (?1 … ?26). */
#define COLUMNS \
  "id, number, year, seq, title, kind, submitting_department, handler, handler_contact, " \
  "counterparty_name, counterparty_credit_code, counterparty_representative, " \
  "counterparty_address, counterparty_contact, amount_fen, term_start, term_end, " \
  "funding_source, procurement_method, received_on, due_on, reviewer, status, " \
  "status_reason, conclusion, conclusion_reasons"

enum {
  COL_ID, COL_NUMBER, COL_YEAR, COL_SEQ, COL_TITLE, COL_KIND, COL_DEPARTMENT,
  COL_HANDLER, COL_HANDLER_CONTACT, COL_CP_NAME, COL_CP_CREDIT_CODE,
  COL_CP_REPRESENTATIVE, COL_CP_ADDRESS, COL_CP_CONTACT, COL_AMOUNT_FEN,
  COL_TERM_START, COL_TERM_END, COL_FUNDING_SOURCE, COL_PROCUREMENT_METHOD,
  COL_RECEIVED_ON, COL_DUE_ON, COL_REVIEWER, COL_STATUS, COL_STATUS_REASON,
  COL_CONCLUSION, COL_CONCLUSION_REASONS,
  N_COLUMNS
};

static const char sql_get[] =
  "SELECT " COLUMNS " FROM contract_reviews WHERE id = ?1";

/* Ids are assigned by SQLite for a new review (?1 NULL) and kept when a
 * deleted one is restored. */
static const char sql_insert[] =
  "INSERT INTO contract_reviews (" COLUMNS ") VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
  "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)";

/* The register number (?2 … ?4) never changes after insert. */
static const char sql_update[] =
  "UPDATE contract_reviews SET title = ?5, kind = ?6, submitting_department = ?7, "
  "handler = ?8, handler_contact = ?9, counterparty_name = ?10, "
  "counterparty_credit_code = ?11, counterparty_representative = ?12, "
  "counterparty_address = ?13, counterparty_contact = ?14, amount_fen = ?15, "
  "term_start = ?16, term_end = ?17, funding_source = ?18, procurement_method = ?19, "
  "received_on = ?20, due_on = ?21, reviewer = ?22, status = ?23, status_reason = ?24, "
  "conclusion = ?25, conclusion_reasons = ?26, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

static const char sql_next_seq[] =
  "SELECT coalesce (max (seq), 0) + 1 FROM contract_reviews WHERE year = ?1";

static const char sql_set_status[] =
  "UPDATE contract_reviews SET status = ?2, status_reason = ?3, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

static const char sql_delete[] =
  "DELETE FROM contract_reviews WHERE id = ?1";

/* The attachments of a deleted review are kept aside until the next
 * delete (ld_store_keep_attachments()). */
static const char * const kept_tables[] = { LD_CONTRACT_STORE_TABLE, NULL };

static const char sql_has_issued[] =
  "SELECT EXISTS (SELECT 1 FROM issued_documents "
  "WHERE record_table = 'contract_reviews' AND record_id = ?1)";

static const char sql_checklist_get[] =
  "SELECT point_id, result, note FROM contract_checklist WHERE review_id = ?1";

/* The audit trigger records an update only when a value really changes. */
static const char sql_checklist_put[] =
  "INSERT INTO contract_checklist (review_id, point_id, result, note) VALUES (?1, ?2, ?3, ?4) "
  "ON CONFLICT (review_id, point_id) DO UPDATE SET result = excluded.result, note = excluded.note";

static const char sql_checklist_clear[] =
  "DELETE FROM contract_checklist WHERE review_id = ?1 AND point_id = ?2";

static const char sql_findings_get[] =
  "SELECT id, clause, problem, suggestion, basis, checklist_point FROM contract_findings "
  "WHERE review_id = ?1 ORDER BY position, id";

static const char sql_finding_ids[] =
  "SELECT id FROM contract_findings WHERE review_id = ?1";

static const char sql_finding_insert[] =
  "INSERT INTO contract_findings "
  "(id, review_id, position, clause, problem, suggestion, basis, checklist_point) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

static const char sql_finding_update[] =
  "UPDATE contract_findings SET position = ?3, clause = ?4, problem = ?5, suggestion = ?6, "
  "basis = ?7, checklist_point = ?8 WHERE id = ?1 AND review_id = ?2";

static const char sql_finding_delete[] =
  "DELETE FROM contract_findings WHERE id = ?1";

static const char sql_reviewers[] =
  "SELECT DISTINCT reviewer FROM contract_reviews WHERE reviewer != '' ORDER BY reviewer";

static void
set_date_column (LdContractReview *review,
                 sqlite3_stmt     *stmt,
                 int               column,
                 void            (*setter) (LdContractReview *, const GDate *))
{
  GDate date;

  setter (review, ld_store_column_date (stmt, column, &date) ? &date : NULL);
}

static LdContractReview *
review_from_row (sqlite3_stmt *stmt)
{
  LdContractReview *review = ld_contract_review_new ();
  LdContractKind kind = LD_CONTRACT_KIND_OTHER;
  LdProcurementMethod method = LD_PROCUREMENT_METHOD_NOT_APPLICABLE;
  LdContractStatus status = LD_CONTRACT_STATUS_RECEIVED;
  LdContractConclusion conclusion = LD_CONTRACT_CONCLUSION_NONE;

  /* The table's CHECK constraints allow only known ids, so the defaults
   * above are never used for a row this program wrote. */
  ld_contract_kind_from_id (ld_store_column_text (stmt, COL_KIND), &kind);
  ld_procurement_method_from_id (ld_store_column_text (stmt, COL_PROCUREMENT_METHOD), &method);
  ld_contract_status_from_id (ld_store_column_text (stmt, COL_STATUS), &status);
  ld_contract_conclusion_from_id (ld_store_column_text (stmt, COL_CONCLUSION), &conclusion);

  ld_contract_review_set_id (review, sqlite3_column_int64 (stmt, COL_ID));
  ld_contract_review_set_number (review, ld_store_column_text (stmt, COL_NUMBER));
  ld_contract_review_set_year (review, sqlite3_column_int (stmt, COL_YEAR));
  ld_contract_review_set_seq (review, sqlite3_column_int (stmt, COL_SEQ));
  ld_contract_review_set_title (review, ld_store_column_text (stmt, COL_TITLE));
  ld_contract_review_set_kind (review, kind);
  ld_contract_review_set_submitting_department (review, ld_store_column_text (stmt, COL_DEPARTMENT));
  ld_contract_review_set_handler (review, ld_store_column_text (stmt, COL_HANDLER));
  ld_contract_review_set_handler_contact (review, ld_store_column_text (stmt, COL_HANDLER_CONTACT));
  ld_contract_review_set_counterparty_name (review, ld_store_column_text (stmt, COL_CP_NAME));
  ld_contract_review_set_counterparty_credit_code (review, ld_store_column_text (stmt, COL_CP_CREDIT_CODE));
  ld_contract_review_set_counterparty_representative (review, ld_store_column_text (stmt, COL_CP_REPRESENTATIVE));
  ld_contract_review_set_counterparty_address (review, ld_store_column_text (stmt, COL_CP_ADDRESS));
  ld_contract_review_set_counterparty_contact (review, ld_store_column_text (stmt, COL_CP_CONTACT));
  ld_contract_review_set_amount_fen (review, sqlite3_column_type (stmt, COL_AMOUNT_FEN) == SQLITE_NULL
                                             ? -1 : sqlite3_column_int64 (stmt, COL_AMOUNT_FEN));
  set_date_column (review, stmt, COL_TERM_START, ld_contract_review_set_term_start);
  set_date_column (review, stmt, COL_TERM_END, ld_contract_review_set_term_end);
  ld_contract_review_set_funding_source (review, ld_store_column_text (stmt, COL_FUNDING_SOURCE));
  ld_contract_review_set_procurement_method (review, method);
  set_date_column (review, stmt, COL_RECEIVED_ON, ld_contract_review_set_received_on);
  set_date_column (review, stmt, COL_DUE_ON, ld_contract_review_set_due_on);
  ld_contract_review_set_reviewer (review, ld_store_column_text (stmt, COL_REVIEWER));
  ld_contract_review_set_status (review, status);
  ld_contract_review_set_status_reason (review, ld_store_column_text (stmt, COL_STATUS_REASON));
  ld_contract_review_set_conclusion (review, conclusion);
  ld_contract_review_set_conclusion_reasons (review, ld_store_column_text (stmt, COL_CONCLUSION_REASONS));

  return review;
}

/* Binds ?2 … ?26 of sql_insert / sql_update (the number parts only matter
 * to the insert). The strings belong to @review, which outlives the step. */
static void
bind_review (sqlite3_stmt     *stmt,
             LdContractReview *review)
{
  gint64 amount = ld_contract_review_get_amount_fen (review);

  sqlite3_bind_text (stmt, 2, ld_contract_review_get_number (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, ld_contract_review_get_year (review));
  sqlite3_bind_int (stmt, 4, ld_contract_review_get_seq (review));
  sqlite3_bind_text (stmt, 5, ld_contract_review_get_title (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, ld_contract_kind_to_id (ld_contract_review_get_kind (review)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, ld_contract_review_get_submitting_department (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, ld_contract_review_get_handler (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, ld_contract_review_get_handler_contact (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, ld_contract_review_get_counterparty_name (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, ld_contract_review_get_counterparty_credit_code (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, ld_contract_review_get_counterparty_representative (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, ld_contract_review_get_counterparty_address (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 14, ld_contract_review_get_counterparty_contact (review), -1, SQLITE_TRANSIENT);
  if (amount < 0)
    sqlite3_bind_null (stmt, 15);
  else
    sqlite3_bind_int64 (stmt, 15, amount);
  ld_store_bind_date (stmt, 16, ld_contract_review_get_term_start (review));
  ld_store_bind_date (stmt, 17, ld_contract_review_get_term_end (review));
  sqlite3_bind_text (stmt, 18, ld_contract_review_get_funding_source (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 19, ld_procurement_method_to_id (ld_contract_review_get_procurement_method (review)),
                     -1, SQLITE_STATIC);
  ld_store_bind_date (stmt, 20, ld_contract_review_get_received_on (review));
  ld_store_bind_date (stmt, 21, ld_contract_review_get_due_on (review));
  sqlite3_bind_text (stmt, 22, ld_contract_review_get_reviewer (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 23, ld_contract_status_to_id (ld_contract_review_get_status (review)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 24, ld_contract_review_get_status_reason (review), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 25, ld_contract_conclusion_to_id (ld_contract_review_get_conclusion (review)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 26, ld_contract_review_get_conclusion_reasons (review), -1, SQLITE_TRANSIENT);
}

static gboolean
load_checklist (LdDatabase        *db,
                LdContractReview  *review,
                GError           **error)
{
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_checklist_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_contract_review_get_id (review));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdCheckResult result = LD_CHECK_RESULT_UNCHECKED;

      ld_check_result_from_id (ld_store_column_text (stmt, 1), &result);
      /* A point retired since the row was written is skipped. */
      ld_review_checklist_set (checklist, ld_store_column_text (stmt, 0), result, ld_store_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
load_findings (LdDatabase        *db,
               LdContractReview  *review,
               GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_findings_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_contract_review_get_id (review));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(LdReviewFinding) finding = ld_review_finding_new (ld_store_column_text (stmt, 1),
                                                                  ld_store_column_text (stmt, 2),
                                                                  ld_store_column_text (stmt, 3),
                                                                  ld_store_column_text (stmt, 4));

      ld_review_finding_set_id (finding, sqlite3_column_int64 (stmt, 0));
      ld_review_finding_set_checklist_point (finding, ld_store_column_text (stmt, 5));
      ld_contract_review_append_finding (review, finding);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("There is no contract review with id %s. It may have been deleted."), id_text);
}

LdContractReview *
ld_contract_store_get (LdDatabase  *db,
                       gint64       id,
                       GError     **error)
{
  g_autoptr(LdContractReview) review = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    review = review_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  if (review == NULL)
    return NULL;

  if (!load_checklist (db, review, error) || !load_findings (db, review, error))
    return NULL;
  return g_steal_pointer (&review);
}

/* Makes the stored checklist rows of @review_id match @checklist: a row for
 * every point with a result or a note. */
static gboolean
write_checklist (LdDatabase         *db,
                 gint64              review_id,
                 LdReviewChecklist  *checklist,
                 GError            **error)
{
  const LdChecklistPoint *points;
  unsigned n_points;

  points = ld_review_checklist_get_points (&n_points);
  for (unsigned i = 0; i < n_points; i++)
    {
      LdCheckResult result = ld_review_checklist_get_result (checklist, points[i].id);
      const char *note = ld_review_checklist_get_note (checklist, points[i].id);
      gboolean empty = result == LD_CHECK_RESULT_UNCHECKED && (note == NULL || *note == '\0');
      sqlite3_stmt *stmt;

      stmt = ld_database_prepare (db, empty ? sql_checklist_clear : sql_checklist_put, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, review_id);
      sqlite3_bind_text (stmt, 2, points[i].id, -1, SQLITE_STATIC);
      if (!empty)
        {
          sqlite3_bind_text (stmt, 3, ld_check_result_to_id (result), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
        }
      if (!ld_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Makes the stored findings of @review_id those of @review, in its order:
 * a finding whose id is stored for this review is updated in place (so the
 * audit trail shows what changed), others are inserted (with their own id
 * when @keep_ids, to restore a deleted review), and stored ones no longer
 * there are deleted. Returns the id of each finding, in order, to set on
 * the findings once the transaction commits. */
static GArray *
write_findings (LdDatabase        *db,
                gint64             review_id,
                LdContractReview  *review,
                gboolean           keep_ids,
                GError           **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) stored = NULL;
  GListModel *findings = ld_contract_review_get_findings (review);
  unsigned n = g_list_model_get_n_items (findings);

  stored = ld_store_stored_ids (db, sql_finding_ids, review_id, error);
  if (stored == NULL)
    return NULL;

  for (unsigned i = 0; i < n; i++)
    {
      g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);
      gint64 id = ld_review_finding_get_id (finding);
      gboolean update;
      sqlite3_stmt *stmt;

      stmt = ld_store_prepare_child_row (db, stored, sql_finding_update, sql_finding_insert,
                                         id, review_id, i, keep_ids, &update, error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 4, ld_review_finding_get_clause (finding), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, ld_review_finding_get_problem (finding), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, ld_review_finding_get_suggestion (finding), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, ld_review_finding_get_basis (finding), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 8, ld_review_finding_get_checklist_point (finding), -1, SQLITE_TRANSIENT);
      if (!ld_store_finish_child_row (db, stmt, update, id, ids, error))
        return NULL;
    }

  if (!ld_store_delete_left (db, stored, sql_finding_delete, error))
    return NULL;
  return g_steal_pointer (&ids);
}

static void
apply_finding_ids (LdContractReview *review,
                   GArray           *ids)
{
  GListModel *findings = ld_contract_review_get_findings (review);

  for (unsigned i = 0; i < ids->len && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);

      if (ld_review_finding_get_id (finding) != g_array_index (ids, gint64, i))
        ld_review_finding_set_id (finding, g_array_index (ids, gint64, i));
    }
}

/* Refuses a review with validation errors, with the first error's message. */
static gboolean
check_valid (LdContractReview  *review,
             GError           **error)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();

  if (ld_contract_review_validate (review, issues))
    return TRUE;
  return ld_store_set_invalid_error (issues,
                                     _("The contract review is not complete. Check the highlighted fields."),
                                     error);
}

/* Inserts the row of @review with @id (0: a new id) and its checklist and
 * findings, inside the caller's transaction. Returns the id, or 0. */
static gint64
insert_review (LdDatabase        *db,
               LdContractReview  *review,
               gint64             id,
               gboolean           keep_ids,
               GArray           **out_finding_ids,
               GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = ld_database_prepare (db, sql_insert, error);
  if (stmt == NULL)
    return 0;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  bind_review (stmt, review);
  if (!ld_database_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (ld_database_get_handle (db));

  if (!write_checklist (db, id, ld_contract_review_get_checklist (review), error))
    return 0;
  *out_finding_ids = write_findings (db, id, review, keep_ids, error);
  if (*out_finding_ids == NULL)
    return 0;
  return id;
}

gint64
ld_contract_store_insert (LdDatabase        *db,
                          LdContractReview  *review,
                          GError           **error)
{
  g_autoptr(GArray) finding_ids = NULL;
  g_autoptr(LdContractReview) copy = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GDate) due = NULL;
  const GDate *received;
  gint64 id;
  int year, seq;

  g_return_val_if_fail (LD_IS_DATABASE (db), 0);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* The register needs a date received; a review registered without one
   * was received today. */
  if (ld_contract_review_get_received_on (review) == NULL)
    {
      g_autoptr(GDate) today = ld_store_today_local ();

      ld_contract_review_set_received_on (review, today);
    }
  if (!check_valid (review, error))
    return 0;

  received = ld_contract_review_get_received_on (review);
  year = g_date_get_year (received);

  if (!ld_database_begin (db, error))
    return 0;

  /* Inside the write transaction (BEGIN IMMEDIATE), so no one else can
   * take the same number meanwhile. */
  if (!ld_store_next_seq (db, sql_next_seq, year, &seq, error))
    goto fail;
  number = g_strdup_printf ("合审〔%d〕%d号", year, seq);

  /* The number goes on a copy, so @review is untouched if this fails. */
  copy = ld_contract_review_copy (review);
  ld_contract_review_set_number (copy, number);
  ld_contract_review_set_year (copy, year);
  ld_contract_review_set_seq (copy, seq);
  if (ld_contract_review_get_due_on (copy) == NULL)
    {
      g_autoptr(LdOrgSettings) settings = ld_settings_store_load (db, error);
      g_autoptr(LdCalendar) calendar = NULL;

      if (settings == NULL)
        goto fail;
      calendar = ld_calendar_new ();
      due = ld_contract_review_compute_due_date (copy, calendar,
                                                 ld_org_settings_get_review_period_days (settings));
      ld_contract_review_set_due_on (copy, due);
    }

  id = insert_review (db, copy, 0, FALSE, &finding_ids, error);
  if (id == 0)
    goto fail;
  if (!ld_database_commit (db, error))
    return 0;

  ld_contract_review_set_id (review, id);
  ld_contract_review_set_number (review, number);
  ld_contract_review_set_year (review, year);
  ld_contract_review_set_seq (review, seq);
  if (due != NULL)
    ld_contract_review_set_due_on (review, due);
  apply_finding_ids (review, finding_ids);
  return id;

fail:
  ld_database_rollback (db);
  return 0;
}

/* TRUE when saving @edited over @stored would change nothing, so no row is
 * written (not even updated_at, which would add an audit entry). */
static gboolean
same_record (LdContractReview *stored,
             LdContractReview *edited)
{
  return ld_contract_review_content_equal (stored, edited) &&
         ld_contract_review_get_status (stored) == ld_contract_review_get_status (edited) &&
         g_strcmp0 (ld_contract_review_get_status_reason (stored),
                    ld_contract_review_get_status_reason (edited)) == 0;
}

/* The update inside the caller's transaction. Returns the new ids of the
 * findings (to apply after commit), or NULL with @error set. */
static GArray *
update_review (LdDatabase        *db,
               LdContractReview  *review,
               GError           **error)
{
  g_autoptr(LdContractReview) stored = NULL;
  gint64 id = ld_contract_review_get_id (review);
  sqlite3_stmt *stmt;

  stored = ld_contract_store_get (db, id, error);
  if (stored == NULL)
    return NULL;
  if (!ld_contract_workflow_check_update (stored, review, error))
    return NULL;
  /* Issuing is more than a change of status: it makes the letter. */
  if (ld_contract_review_get_status (review) == LD_CONTRACT_STATUS_OPINION_ISSUED &&
      ld_contract_review_get_status (stored) != LD_CONTRACT_STATUS_OPINION_ISSUED)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                           _("A review reaches “opinion issued” only by issuing its opinion letter. Use Issue instead."));
      return NULL;
    }
  if (same_record (stored, review))
    {
      /* Nothing to write; the editor's copy still learns the stored ids
       * (a copy rebuilt from a draft may have lost them). */
      GListModel *findings = ld_contract_review_get_findings (stored);
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (unsigned i = 0; i < g_list_model_get_n_items (findings); i++)
        {
          g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);
          gint64 finding_id = ld_review_finding_get_id (finding);

          g_array_append_val (ids, finding_id);
        }
      return ids;
    }
  if (!check_valid (review, error))
    return NULL;

  stmt = ld_database_prepare (db, sql_update, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_review (stmt, review);
  if (!ld_database_step_done (db, stmt, error))
    return NULL;
  if (!write_checklist (db, id, ld_contract_review_get_checklist (review), error))
    return NULL;
  return write_findings (db, id, review, FALSE, error);
}

gboolean
ld_contract_store_update (LdDatabase        *db,
                          LdContractReview  *review,
                          GError           **error)
{
  g_autoptr(GArray) finding_ids = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  finding_ids = update_review (db, review, error);
  if (finding_ids == NULL)
    {
      ld_database_rollback (db);
      return FALSE;
    }
  if (!ld_database_commit (db, error))
    return FALSE;
  apply_finding_ids (review, finding_ids);
  return TRUE;
}

/* Writes the status (and reason) of @review to its row. */
static gboolean
write_status (LdDatabase        *db,
              LdContractReview  *review,
              GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = ld_database_prepare (db, sql_set_status, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_contract_review_get_id (review));
  sqlite3_bind_text (stmt, 2, ld_contract_status_to_id (ld_contract_review_get_status (review)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ld_contract_review_get_status_reason (review), -1, SQLITE_TRANSIENT);
  return ld_database_step_done (db, stmt, error);
}

gboolean
ld_contract_store_set_status (LdDatabase        *db,
                              gint64             id,
                              LdContractStatus   status,
                              const char        *reason,
                              GError           **error)
{
  g_autoptr(LdContractReview) review = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status < LD_N_CONTRACT_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (status == LD_CONTRACT_STATUS_OPINION_ISSUED)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                           _("A review reaches “opinion issued” only by issuing its opinion letter. Use Issue instead."));
      return FALSE;
    }

  if (!ld_database_begin (db, error))
    return FALSE;
  review = ld_contract_store_get (db, id, error);
  if (review == NULL)
    goto fail;
  if (status == LD_CONTRACT_STATUS_RETURNED)
    ld_contract_review_set_status_reason (review, reason != NULL ? reason : "");
  if (!ld_contract_workflow_transition (review, status, error))
    goto fail;
  if (!write_status (db, review, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_contract_store_delete (LdDatabase  *db,
                          gint64       id,
                          GError     **error)
{
  g_autoptr(LdContractReview) review = NULL;
  gboolean issued = FALSE;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  review = ld_contract_store_get (db, id, error);
  if (review == NULL)
    goto fail;
  if (!ld_store_query_exists (db, sql_has_issued, id, NULL, &issued, error))
    goto fail;
  if (issued || ld_contract_review_is_frozen (review))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The review %s cannot be deleted because its opinion letter has been issued. "
                     "Issued letters are kept as they were issued."),
                   ld_contract_review_get_number (review));
      goto fail;
    }

  /* Only the last deleted review can be undone: earlier files go now. */
  if (!ld_store_purge_kept_attachments (db, kept_tables, error) ||
      !ld_store_keep_attachments (db, LD_CONTRACT_STORE_TABLE, id, error) ||
      !ld_store_run_for_id (db, sql_delete, id, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_contract_store_restore_deleted (LdDatabase        *db,
                                   LdContractReview  *review,
                                   GError           **error)
{
  g_autoptr(GArray) finding_ids = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);
  g_return_val_if_fail (ld_contract_review_get_id (review) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  /* A clash (the id or number taken meanwhile) fails as a constraint. */
  if (insert_review (db, review, ld_contract_review_get_id (review), TRUE, &finding_ids, error) == 0 ||
      !ld_store_restore_attachments (db, LD_CONTRACT_STORE_TABLE, ld_contract_review_get_id (review),
                                     error))
    {
      ld_database_rollback (db);
      return FALSE;
    }
  if (!ld_database_commit (db, error))
    return FALSE;
  apply_finding_ids (review, finding_ids);
  return TRUE;
}

/* One refusal listing everything the letter still needs. */
static void
set_missing_error (GPtrArray  *missing,
                   GError    **error)
{
  g_autoptr(GString) text = g_string_new (_("The opinion letter cannot be issued yet. Fill in what it needs first:"));

  for (unsigned i = 0; i < missing->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (missing, i);

      g_string_append (text, "\n• ");
      g_string_append (text, issue->message);
    }
  g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING, text->str);
}

LdIssuedDocument *
ld_contract_store_issue_opinion (LdDatabase         *db,
                                 LdContractReview   *review,
                                 LdIssueRenderFunc   render,
                                 gpointer            user_data,
                                 GError            **error)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GArray) finding_ids = NULL;
  g_autoptr(LdContractReview) issued = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), NULL);
  g_return_val_if_fail (render != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ld_contract_review_get_id (review) <= 0)
    {
      g_set_error_literal (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
                           _("Save the contract review before issuing its opinion letter."));
      return NULL;
    }

  if (!ld_database_begin (db, error))
    return NULL;

  missing = ld_contract_workflow_missing_for_issue (review);
  if (missing->len > 0)
    {
      set_missing_error (missing, error);
      goto fail;
    }

  /* The letter states what the record says: save the editor's copy first. */
  finding_ids = update_review (db, review, error);
  if (finding_ids == NULL)
    goto fail;

  /* Checked before rendering, so a refusal costs no rendering work. */
  issued = ld_contract_review_copy (review);
  if (!ld_contract_workflow_transition (issued, LD_CONTRACT_STATUS_OPINION_ISSUED, error))
    goto fail;

  now = g_date_time_new_now_local ();
  title = g_strdup_printf ("关于《%s》的%s", ld_contract_review_get_title (review),
                           ld_document_kind_get_title (LD_DOCUMENT_KIND_CONTRACT_OPINION));
  document = ld_issued_store_issue (db, LD_DOCUMENT_KIND_CONTRACT_OPINION,
                                    g_date_time_get_year (now), LD_CONTRACT_STORE_TABLE,
                                    ld_contract_review_get_id (review), title,
                                    render, user_data, error);
  if (document == NULL)
    goto fail;

  if (!write_status (db, issued, error))
    goto fail;
  if (!ld_database_commit (db, error))
    return NULL;

  apply_finding_ids (review, finding_ids);
  ld_contract_review_set_status (review, ld_contract_review_get_status (issued));
  ld_contract_review_set_status_reason (review, ld_contract_review_get_status_reason (issued));
  return g_steal_pointer (&document);

fail:
  ld_database_rollback (db);
  return NULL;
}

gboolean
ld_contract_store_purge_deleted (LdDatabase  *db,
                                 GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ld_store_purge_kept_attachments (db, kept_tables, error);
}

GStrv
ld_contract_store_list_reviewers (LdDatabase  *db,
                                  GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ld_store_list_texts (db, sql_reviewers, error);
}
