/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-mediation-store-private.h"
#include "ld-mediation-workflow.h"
#include "ld-petition-store.h"
#include "ld-text.h"

/* The columns of a case, in the order case_from_row() reads them and
 * sql_insert binds them (?1 … ?19). */
#define COLUMNS \
  "id, number, year, seq, kind, source, category, title, facts, claims, committee, " \
  "mediators, applied_on, accepted_on, due_on, status, status_reason, party_refused, " \
  "extension_approved"

enum {
  COL_ID, COL_NUMBER, COL_YEAR, COL_SEQ, COL_KIND, COL_SOURCE, COL_CATEGORY, COL_TITLE,
  COL_FACTS, COL_CLAIMS, COL_COMMITTEE, COL_MEDIATORS, COL_APPLIED_ON, COL_ACCEPTED_ON,
  COL_DUE_ON, COL_STATUS, COL_STATUS_REASON, COL_PARTY_REFUSED, COL_EXTENSION_APPROVED,
  N_COLUMNS
};

static const char sql_get[] =
  "SELECT " COLUMNS " FROM mediation_cases WHERE id = ?1";
/* ?1: a JSON array of ids. */
static const char sql_get_many[] =
  "SELECT " COLUMNS " FROM mediation_cases WHERE id IN (SELECT value FROM json_each (?1))";

/* The id (?1) is the next above the live and the retired ones for a new
 * case, and kept when a deleted one is restored. */
static const char sql_insert[] =
  "INSERT INTO mediation_cases (" COLUMNS ") VALUES "
  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)";

/* The register number (?2 … ?4) never changes after insert. */
static const char sql_update[] =
  "UPDATE mediation_cases SET kind = ?5, source = ?6, category = ?7, title = ?8, "
  "facts = ?9, claims = ?10, committee = ?11, mediators = ?12, applied_on = ?13, "
  "accepted_on = ?14, due_on = ?15, status = ?16, status_reason = ?17, "
  "party_refused = ?18, extension_approved = ?19, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

static const char sql_set_status[] =
  "UPDATE mediation_cases SET status = ?2, status_reason = ?3, due_on = ?4, "
  "updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";

/* One sequence per year for both kinds; a deleted case's number is not
 * given again (mediation_retired). */
static const char sql_next_seq[] =
  "SELECT max (coalesce ((SELECT max (seq) FROM mediation_cases WHERE year = ?1), 0), "
  "coalesce ((SELECT max (seq) FROM mediation_retired WHERE year = ?1), 0)) + 1";

static const char sql_delete[] =
  "DELETE FROM mediation_cases WHERE id = ?1";

/* Notes what deleting case ?1 frees, before it goes. */
static const char sql_retire[] =
  "INSERT OR REPLACE INTO mediation_retired (id, year, seq, max_party_id) "
  "SELECT id, year, seq, "
  "coalesce ((SELECT max (id) FROM mediation_parties WHERE case_id = ?1), 0) "
  "FROM mediation_cases WHERE id = ?1";

static const char sql_unretire[] =
  "DELETE FROM mediation_retired WHERE id = ?1";

/* The files of a deleted case and of its sessions are kept aside until
 * the next delete (ld_store_keep_attachments()). The sessions keep their
 * ids when restored (and no new session takes them: AUTOINCREMENT), so
 * the record_ids stay right. */
#define DELETED_SESSION_TABLE LD_MEDIATION_SESSION_TABLE LD_STORE_KEPT_SUFFIX

static const char * const kept_tables[] = {
  LD_MEDIATION_STORE_TABLE, LD_MEDIATION_SESSION_TABLE, NULL
};

static const char sql_keep_session_attachments[] =
  "UPDATE attachments SET record_table = '" DELETED_SESSION_TABLE "' "
  "WHERE record_table = '" LD_MEDIATION_SESSION_TABLE "' AND record_id IN "
  "(SELECT id FROM mediation_sessions WHERE case_id = ?1)";

/* After the sessions are back with their ids. */
static const char sql_restore_session_attachments[] =
  "UPDATE attachments SET record_table = '" LD_MEDIATION_SESSION_TABLE "' "
  "WHERE record_table = '" DELETED_SESSION_TABLE "' AND record_id IN "
  "(SELECT id FROM mediation_sessions WHERE case_id = ?1)";

static const char sql_has_issued[] =
  "SELECT EXISTS (SELECT 1 FROM issued_documents "
  "WHERE record_table = '" LD_MEDIATION_STORE_TABLE "' AND record_id = ?1)";

/* The number of the agreement issued for a case, of either kind. */
static const char sql_issued_agreement_number[] =
  "SELECT number FROM issued_documents "
  "WHERE record_table = '" LD_MEDIATION_STORE_TABLE "' AND record_id = ?1 AND kind IN (?2, ?3) "
  "ORDER BY id LIMIT 1";

/* An administrative mediation's agreement is a 行政调解协议书, numbered on
 * its own; the editor asks for "the agreement" of either kind. */
static LdDocumentKind
agreement_kind_of (LdMediationCase *mcase)
{
  return ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE
         ? LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT
         : LD_DOCUMENT_KIND_MEDIATION_AGREEMENT;
}

/* The number of the agreement already issued for case @id into @out_number
 * (NULL when none). */
static gboolean
find_issued_agreement (LdDatabase  *db,
                       gint64       id,
                       char       **out_number,
                       GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql_issued_agreement_number, error);
  int rc;

  *out_number = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ld_document_kind_to_id (LD_DOCUMENT_KIND_MEDIATION_AGREEMENT), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ld_document_kind_to_id (LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT), -1,
                     SQLITE_STATIC);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    *out_number = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("There is no mediation case with id %s. It may have been deleted."), id_text);
}

/* An editor still open on a deleted case tries to save it. */
static void
set_deleted (GError          **error,
             LdMediationCase  *mcase)
{
  const char *number = ld_mediation_case_get_number (mcase);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, ld_mediation_case_get_id (mcase));

  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("The mediation case %s has been deleted, so these changes cannot be saved to it. "
                 "Undo the delete first, or log a new case."),
               number != NULL && *number != '\0' ? number : id_text);
}

static LdMediationCase *
case_from_row (sqlite3_stmt *stmt)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  LdMediationKind kind = LD_MEDIATION_KIND_PEOPLE;
  LdMediationSource source = LD_MEDIATION_SOURCE_APPLICATION;
  LdMediationStatus status = LD_MEDIATION_STATUS_APPLIED;
  GDate date;

  /* The CHECK constraints allow only known ids. */
  ld_mediation_kind_from_id (ld_store_column_text (stmt, COL_KIND), &kind);
  ld_mediation_source_from_id (ld_store_column_text (stmt, COL_SOURCE), &source);
  ld_mediation_status_from_id (ld_store_column_text (stmt, COL_STATUS), &status);

  g_object_freeze_notify (G_OBJECT (mcase));
  ld_mediation_case_set_id (mcase, sqlite3_column_int64 (stmt, COL_ID));
  ld_mediation_case_set_number (mcase, ld_store_column_text (stmt, COL_NUMBER));
  ld_mediation_case_set_year (mcase, sqlite3_column_int (stmt, COL_YEAR));
  ld_mediation_case_set_seq (mcase, sqlite3_column_int (stmt, COL_SEQ));
  ld_mediation_case_set_kind (mcase, kind);
  ld_mediation_case_set_source (mcase, source);
  ld_mediation_case_set_category (mcase, ld_store_column_text (stmt, COL_CATEGORY));
  ld_mediation_case_set_title (mcase, ld_store_column_text (stmt, COL_TITLE));
  ld_mediation_case_set_facts (mcase, ld_store_column_text (stmt, COL_FACTS));
  ld_mediation_case_set_claims (mcase, ld_store_column_text (stmt, COL_CLAIMS));
  ld_mediation_case_set_committee (mcase, ld_store_column_text (stmt, COL_COMMITTEE));
  ld_mediation_case_set_mediators (mcase, ld_store_column_text (stmt, COL_MEDIATORS));
  if (ld_store_column_date (stmt, COL_APPLIED_ON, &date))
    ld_mediation_case_set_applied_on (mcase, &date);
  if (ld_store_column_date (stmt, COL_ACCEPTED_ON, &date))
    ld_mediation_case_set_accepted_on (mcase, &date);
  if (ld_store_column_date (stmt, COL_DUE_ON, &date))
    ld_mediation_case_set_due_on (mcase, &date);
  ld_mediation_case_set_status (mcase, status);
  ld_mediation_case_set_status_reason (mcase, ld_store_column_text (stmt, COL_STATUS_REASON));
  ld_mediation_case_set_party_refused (mcase, sqlite3_column_int (stmt, COL_PARTY_REFUSED) != 0);
  ld_mediation_case_set_extension_approved (mcase,
                                            sqlite3_column_int (stmt, COL_EXTENSION_APPROVED) != 0);
  g_object_thaw_notify (G_OBJECT (mcase));
  return mcase;
}

/* Binds ?2 … ?19 of sql_insert / sql_update. */
static void
bind_case (sqlite3_stmt    *stmt,
           LdMediationCase *mcase)
{
  sqlite3_bind_text (stmt, 2, ld_mediation_case_get_number (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, ld_mediation_case_get_year (mcase));
  sqlite3_bind_int (stmt, 4, ld_mediation_case_get_seq (mcase));
  sqlite3_bind_text (stmt, 5, ld_mediation_kind_to_id (ld_mediation_case_get_kind (mcase)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, ld_mediation_source_to_id (ld_mediation_case_get_source (mcase)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, ld_mediation_case_get_category (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, ld_mediation_case_get_title (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, ld_mediation_case_get_facts (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, ld_mediation_case_get_claims (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, ld_mediation_case_get_committee (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, ld_mediation_case_get_mediators (mcase), -1, SQLITE_TRANSIENT);
  ld_store_bind_date (stmt, 13, ld_mediation_case_get_applied_on (mcase));
  ld_store_bind_date (stmt, 14, ld_mediation_case_get_accepted_on (mcase));
  ld_store_bind_date (stmt, 15, ld_mediation_case_get_due_on (mcase));
  sqlite3_bind_text (stmt, 16, ld_mediation_status_to_id (ld_mediation_case_get_status (mcase)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, ld_mediation_case_get_status_reason (mcase), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 18, ld_mediation_case_get_party_refused (mcase) ? 1 : 0);
  sqlite3_bind_int (stmt, 19, ld_mediation_case_get_extension_approved (mcase) ? 1 : 0);
}

LdMediationCase *
ld_mediation_store_get_row (LdDatabase  *db,
                            gint64       id,
                            GError     **error)
{
  LdMediationCase *mcase = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    mcase = case_from_row (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error, id);
  return mcase;
}

LdMediationCase *
ld_mediation_store_get (LdDatabase  *db,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(LdMediationCase) mcase = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mcase = ld_mediation_store_get_row (db, id, error);
  if (mcase == NULL)
    return NULL;
  if (!ld_mediation_store_load_children (db, mcase, error))
    return NULL;
  return g_steal_pointer (&mcase);
}

GPtrArray *
ld_mediation_store_get_with_parties (LdDatabase    *db,
                                     const gint64  *ids,
                                     guint          n_ids,
                                     GError       **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) ids_json = g_string_new ("[");
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (ids_json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (ids_json, ']');

  stmt = ld_database_prepare (db, sql_get_many, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids_json->str, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdMediationCase *mcase = case_from_row (stmt);
      gint64 *key = g_new (gint64, 1);

      *key = ld_mediation_case_get_id (mcase);
      g_hash_table_insert (by_id, key, mcase);
      g_ptr_array_add (found, mcase);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  if (!ld_mediation_store_load_parties_of (db, found, error))
    return NULL;

  for (guint i = 0; i < n_ids; i++)
    {
      LdMediationCase *mcase = g_hash_table_lookup (by_id, &ids[i]);

      if (mcase != NULL)
        g_ptr_array_add (cases, g_object_ref (mcase));
    }
  return g_steal_pointer (&cases);
}

/* Refuses a case with validation errors, with the first error's message. */
static gboolean
check_valid (LdMediationCase  *mcase,
             GError          **error)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();

  if (ld_mediation_case_validate (mcase, NULL, issues))
    return TRUE;
  return ld_store_set_invalid_error (issues,
                                     _("The mediation case is not complete. Check the highlighted fields."),
                                     error);
}

/* Sets "due-on" of @mcase from its reminders, with the stored settings. */
static gboolean
update_due_on (LdDatabase       *db,
               LdMediationCase  *mcase,
               GError          **error)
{
  LdMediationReminderSettings settings;
  g_autoptr(LdCalendar) calendar = NULL;

  if (!ld_mediation_store_load_reminder_settings (db, &settings, error))
    return FALSE;
  calendar = ld_petition_store_load_calendar (db, error);
  if (calendar == NULL)
    return FALSE;
  ld_mediation_reminders_update_due_on (mcase, calendar, &settings);
  return TRUE;
}

/* Inserts the row of @mcase with @id (0: a new id) and its children,
 * inside the caller's transaction. Returns the id, or 0. */
static gint64
insert_case (LdDatabase           *db,
             LdMediationCase      *mcase,
             gint64                id,
             gboolean              keep_ids,
             LdMediationChildIds  *out_ids,
             GError              **error)
{
  sqlite3_stmt *stmt;

  stmt = ld_database_prepare (db, sql_insert, error);
  if (stmt == NULL)
    return 0;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  bind_case (stmt, mcase);
  if (!ld_database_step_done (db, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (ld_database_get_handle (db));
  if (!ld_mediation_store_write_children (db, id, mcase, keep_ids, out_ids, error))
    return 0;
  return id;
}

gint64
ld_mediation_store_insert (LdDatabase       *db,
                           LdMediationCase  *mcase,
                           GError          **error)
{
  g_auto(LdMediationChildIds) ids = { NULL, };
  g_autoptr(LdMediationCase) copy = NULL;
  g_autofree char *number = NULL;
  gint64 id, next_id;
  int year, seq;

  g_return_val_if_fail (LD_IS_DATABASE (db), 0);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* The work happens on a copy, so @mcase is untouched on failure. */
  copy = ld_mediation_case_copy (mcase);
  if (ld_mediation_case_get_applied_on (copy) == NULL)
    {
      g_autoptr(GDate) today = ld_store_today_local ();

      ld_mediation_case_set_applied_on (copy, today);
    }
  if (!check_valid (copy, error))
    return 0;
  if (!update_due_on (db, copy, error))
    return 0;
  year = g_date_get_year (ld_mediation_case_get_applied_on (copy));

  if (!ld_database_begin (db, error))
    return 0;

  if (!ld_store_next_seq (db, sql_next_seq, year, &seq, error) ||
      !ld_mediation_store_next_case_id (db, &next_id, error))
    goto fail;
  number = g_strdup_printf ("%s〔%d〕%d号",
                            ld_mediation_case_get_kind (copy) == LD_MEDIATION_KIND_ADMINISTRATIVE
                              ? "行调" : "人调",
                            year, seq);
  ld_mediation_case_set_number (copy, number);
  ld_mediation_case_set_year (copy, year);
  ld_mediation_case_set_seq (copy, seq);

  id = insert_case (db, copy, next_id, FALSE, &ids, error);
  if (id == 0)
    goto fail;
  if (!ld_database_commit (db, error))
    return 0;

  /* Bring @mcase up to the stored state. */
  g_object_freeze_notify (G_OBJECT (mcase));
  ld_mediation_case_set_id (mcase, id);
  ld_mediation_case_set_number (mcase, number);
  ld_mediation_case_set_year (mcase, year);
  ld_mediation_case_set_seq (mcase, seq);
  ld_mediation_case_set_applied_on (mcase, ld_mediation_case_get_applied_on (copy));
  ld_mediation_case_set_due_on (mcase, ld_mediation_case_get_due_on (copy));
  ld_mediation_child_ids_apply (&ids, mcase);
  g_object_thaw_notify (G_OBJECT (mcase));
  return id;

fail:
  ld_database_rollback (db);
  return 0;
}

gboolean
ld_mediation_store_has_issued_agreement (LdDatabase  *db,
                                         gint64       id,
                                         gboolean    *out_issued,
                                         GError     **error)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out_issued != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_issued_agreement (db, id, &number, error))
    return FALSE;
  *out_issued = number != NULL;
  return TRUE;
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  gboolean valid_a = g_date_valid (a), valid_b = g_date_valid (b);

  if (!valid_a || !valid_b)
    return valid_a == valid_b;
  return g_date_compare (a, b) == 0;
}

/* TRUE when the terms as signed (number, content, method, deadline) are
 * the same in both agreements; their performance may differ. */
static gboolean
same_signed_terms (LdMediationAgreement *a,
                   LdMediationAgreement *b)
{
  unsigned n = ld_mediation_agreement_get_n_terms (a);

  if (n != ld_mediation_agreement_get_n_terms (b))
    return FALSE;
  for (unsigned i = 0; i < n; i++)
    {
      const LdMediationTerm *ta = ld_mediation_agreement_get_term (a, i);
      const LdMediationTerm *tb = ld_mediation_agreement_get_term (b, i);

      if (g_strcmp0 (ta->content, tb->content) != 0 ||
          g_strcmp0 (ta->method, tb->method) != 0 ||
          !same_date (&ta->deadline, &tb->deadline))
        return FALSE;
    }
  return TRUE;
}

/* TRUE when @a and @b hold the same values, ids and all. */
static gboolean
same_case (LdMediationCase *a,
           LdMediationCase *b)
{
  g_autoptr(GVariant) va = ld_mediation_case_serialize (a);
  g_autoptr(GVariant) vb = ld_mediation_case_serialize (b);

  return g_variant_equal (va, vb);
}

/* The update inside the caller's transaction; fills @out_ids to apply
 * after commit (left empty when nothing needed writing). */
static gboolean
update_case (LdDatabase           *db,
             LdMediationCase      *mcase,
             LdMediationChildIds  *out_ids,
             GError              **error)
{
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(LdMediationCase) work = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id = ld_mediation_case_get_id (mcase);
  gboolean issued = FALSE;
  sqlite3_stmt *stmt;

  stored = ld_mediation_store_get (db, id, &local_error);
  if (stored == NULL)
    {
      if (g_error_matches (local_error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND))
        set_deleted (error, mcase);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The number says 人调 or 行调 for good. */
  if (ld_mediation_case_get_kind (mcase) != ld_mediation_case_get_kind (stored))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The kind of the mediation case %s is fixed by its number (人调 for people’s "
                     "mediation, 行调 for administrative mediation) and cannot be changed. "
                     "Log a new case of the other kind instead."),
                   ld_mediation_case_get_number (stored));
      return FALSE;
    }
  if (!ld_mediation_workflow_check_update (stored, mcase, error))
    return FALSE;
  if (!check_valid (mcase, error))
    return FALSE;
  if (!ld_mediation_store_has_issued_agreement (db, id, &issued, error))
    return FALSE;
  if (issued && !same_signed_terms (ld_mediation_case_get_agreement (stored),
                                    ld_mediation_case_get_agreement (mcase)))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The agreement of %s has been issued, so its terms can no longer be changed: "
                     "the parties signed them as issued. Only their performance can be recorded."),
                   ld_mediation_case_get_number (stored));
      return FALSE;
    }

  /* The number stays as it was assigned. */
  work = ld_mediation_case_copy (mcase);
  ld_mediation_case_set_number (work, ld_mediation_case_get_number (stored));
  ld_mediation_case_set_year (work, ld_mediation_case_get_year (stored));
  ld_mediation_case_set_seq (work, ld_mediation_case_get_seq (stored));
  if (!update_due_on (db, work, error))
    return FALSE;
  /* Saving what is stored writes nothing: not even updated_at, which
   * would add an audit entry. */
  if (same_case (stored, work))
    {
      ld_mediation_case_set_due_on (mcase, ld_mediation_case_get_due_on (work));
      return TRUE;
    }

  stmt = ld_database_prepare (db, sql_update, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_case (stmt, work);
  if (!ld_database_step_done (db, stmt, error))
    return FALSE;
  if (!ld_mediation_store_write_children (db, id, work, FALSE, out_ids, error))
    return FALSE;

  ld_mediation_case_set_due_on (mcase, ld_mediation_case_get_due_on (work));
  return TRUE;
}

gboolean
ld_mediation_store_update (LdDatabase       *db,
                           LdMediationCase  *mcase,
                           GError          **error)
{
  g_auto(LdMediationChildIds) ids = { NULL, };
  g_autoptr(GDate) old_due = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ld_mediation_case_get_due_on (mcase) != NULL)
    old_due = g_date_copy (ld_mediation_case_get_due_on (mcase));

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!update_case (db, mcase, &ids, error))
    goto fail;
  if (!ld_database_commit (db, error))
    goto fail_restore;
  ld_mediation_child_ids_apply (&ids, mcase);
  return TRUE;

fail:
  ld_database_rollback (db);
fail_restore:
  ld_mediation_case_set_due_on (mcase, old_due);
  return FALSE;
}

static gboolean
needs_reason (LdMediationStatus status)
{
  return status == LD_MEDIATION_STATUS_NOT_ACCEPTED ||
         status == LD_MEDIATION_STATUS_FAILED ||
         status == LD_MEDIATION_STATUS_TERMINATED;
}

gboolean
ld_mediation_store_set_status (LdDatabase         *db,
                               gint64              id,
                               LdMediationStatus   status,
                               const char         *reason,
                               GError            **error)
{
  g_autoptr(LdMediationCase) mcase = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (status < LD_N_MEDIATION_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  mcase = ld_mediation_store_get (db, id, error);
  if (mcase == NULL)
    goto fail;
  if (needs_reason (status))
    ld_mediation_case_set_status_reason (mcase, reason != NULL ? reason : "");
  if (!ld_mediation_workflow_transition (mcase, status, error))
    goto fail;
  if (!update_due_on (db, mcase, error))
    goto fail;

  stmt = ld_database_prepare (db, sql_set_status, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ld_mediation_status_to_id (ld_mediation_case_get_status (mcase)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, ld_mediation_case_get_status_reason (mcase), -1, SQLITE_TRANSIENT);
  ld_store_bind_date (stmt, 4, ld_mediation_case_get_due_on (mcase));
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_mediation_store_delete (LdDatabase  *db,
                           gint64       id,
                           GError     **error)
{
  g_autoptr(LdMediationCase) mcase = NULL;
  gboolean issued = FALSE;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  /* Only the number is read: the children go with the row. */
  mcase = ld_mediation_store_get_row (db, id, error);
  if (mcase == NULL)
    goto fail;
  if (!ld_store_query_exists (db, sql_has_issued, id, NULL, &issued, error))
    goto fail;
  if (issued)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The mediation case %s cannot be deleted because documents have been issued for it. "
                     "Issued documents are kept as they were issued."),
                   ld_mediation_case_get_number (mcase));
      goto fail;
    }

  /* Only the last deleted case can be undone: earlier files go now; this
   * one's are kept aside. The children go by ON DELETE CASCADE, drafts by
   * a trigger. */
  if (!ld_store_purge_kept_attachments (db, kept_tables, error) ||
      !ld_store_keep_attachments (db, LD_MEDIATION_STORE_TABLE, id, error) ||
      !ld_store_run_for_id (db, sql_keep_session_attachments, id, error) ||
      !ld_store_run_for_id (db, sql_retire, id, error) ||
      !ld_store_run_for_id (db, sql_delete, id, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_mediation_store_restore_deleted (LdDatabase       *db,
                                    LdMediationCase  *mcase,
                                    GError          **error)
{
  g_auto(LdMediationChildIds) ids = { NULL, };

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), FALSE);
  g_return_val_if_fail (ld_mediation_case_get_id (mcase) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  /* New cases never take a retired id or number (nor parties' ids), so
   * only restoring a case that is back already clashes, as a constraint. */
  if (insert_case (db, mcase, ld_mediation_case_get_id (mcase), TRUE, &ids, error) == 0 ||
      !ld_store_run_for_id (db, sql_unretire, ld_mediation_case_get_id (mcase), error) ||
      !ld_store_restore_attachments (db, LD_MEDIATION_STORE_TABLE, ld_mediation_case_get_id (mcase),
                                     error) ||
      !ld_store_run_for_id (db, sql_restore_session_attachments, ld_mediation_case_get_id (mcase),
                            error))
    {
      ld_database_rollback (db);
      return FALSE;
    }
  if (!ld_database_commit (db, error))
    return FALSE;
  ld_mediation_child_ids_apply (&ids, mcase);
  return TRUE;
}

gboolean
ld_mediation_store_purge_deleted (LdDatabase  *db,
                                  GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ld_store_purge_kept_attachments (db, kept_tables, error);
}

/* Whether @mcase may have its agreement (协议书) issued; says what is
 * missing otherwise. */
static gboolean
check_agreement_issuable (LdMediationCase  *mcase,
                          GError          **error)
{
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  LdMediationStatus status = ld_mediation_case_get_status (mcase);
  gboolean reached = status == LD_MEDIATION_STATUS_AGREEMENT_REACHED ||
                     status == LD_MEDIATION_STATUS_PERFORMED ||
                     status == LD_MEDIATION_STATUS_RETURN_VISIT_DONE ||
                     (status == LD_MEDIATION_STATUS_ARCHIVED &&
                      ld_mediation_agreement_get_reached_on (agreement) != NULL);

  if (!reached)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("The agreement cannot be issued yet: the case has not reached an agreement. "
                             "Record the agreement and move the case to “Agreement reached” first."));
      return FALSE;
    }
  if (ld_mediation_agreement_get_n_terms (agreement) == 0)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("The agreement cannot be issued yet: it has no terms. Add at least one term."));
      return FALSE;
    }
  return TRUE;
}

LdIssuedDocument *
ld_mediation_store_issue (LdDatabase         *db,
                          LdMediationCase    *mcase,
                          LdDocumentKind      kind,
                          const char         *title,
                          LdIssueRenderFunc   render,
                          gpointer            user_data,
                          GError            **error)
{
  g_auto(LdMediationChildIds) ids = { NULL, };
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(GDate) old_due = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (kind == LD_DOCUMENT_KIND_MEDIATION_APPLICATION ||
                        kind == LD_DOCUMENT_KIND_MEDIATION_RECORD ||
                        kind == LD_DOCUMENT_KIND_MEDIATION_AGREEMENT ||
                        kind == LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (render != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ld_mediation_case_get_id (mcase) <= 0)
    {
      g_set_error_literal (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
                           _("Save the mediation case before issuing its documents."));
      return NULL;
    }
  /* Checked before anything is written or rendered. A people's
   * mediation's documents are the committee's: without one they would
   * name nobody. */
  if (ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_PEOPLE
      && ld_text_is_blank (ld_mediation_case_get_committee (mcase)))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("The documents of a people’s mediation are issued in the name of its "
                             "people’s mediation committee. Name the committee in the case first."));
      return NULL;
    }
  if (kind == LD_DOCUMENT_KIND_MEDIATION_AGREEMENT || kind == LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT)
    {
      g_autofree char *issued = NULL;

      if (!check_agreement_issuable (mcase, error))
        return NULL;
      /* The parties sign one agreement: a second would carry a second
       * number for the same terms. */
      if (!find_issued_agreement (db, ld_mediation_case_get_id (mcase), &issued, error))
        return NULL;
      if (issued != NULL)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                       _("The agreement of this case was already issued as %s. Open the issued "
                         "copy from the case's issued documents to print it again."), issued);
          return NULL;
        }
      kind = agreement_kind_of (mcase);
    }

  if (ld_mediation_case_get_due_on (mcase) != NULL)
    old_due = g_date_copy (ld_mediation_case_get_due_on (mcase));
  today = ld_store_today_local ();

  if (!ld_database_begin (db, error))
    return NULL;
  /* The document states what the record says: save the editor's copy. */
  if (!update_case (db, mcase, &ids, error))
    goto fail;
  document = ld_issued_store_issue (db, kind, g_date_get_year (today), LD_MEDIATION_STORE_TABLE,
                                    ld_mediation_case_get_id (mcase), title,
                                    render, user_data, error);
  if (document == NULL)
    goto fail;
  if (!ld_database_commit (db, error))
    goto fail_restore;

  ld_mediation_child_ids_apply (&ids, mcase);
  return g_steal_pointer (&document);

fail:
  ld_database_rollback (db);
fail_restore:
  ld_mediation_case_set_due_on (mcase, old_due);
  return NULL;
}
