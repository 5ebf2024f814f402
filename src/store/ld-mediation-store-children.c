/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-store"

#include "config.h"

#include "ld-mediation-store-private.h"

/* Each child table is written as ld-store-records-private.h says: update
 * the stored rows in place, insert the new, delete those left over. */

static const char sql_party_ids[] =
  "SELECT id FROM mediation_parties WHERE case_id = ?1";
static const char sql_party_insert[] =
  "INSERT INTO mediation_parties (id, case_id, position, role, person_or_org, name, id_number, "
  "gender, birth_date, ethnicity, occupation, phone, address, representative, represents_id) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
static const char sql_party_update[] =
  "UPDATE mediation_parties SET position = ?3, role = ?4, person_or_org = ?5, name = ?6, "
  "id_number = ?7, gender = ?8, birth_date = ?9, ethnicity = ?10, occupation = ?11, "
  "phone = ?12, address = ?13, representative = ?14, represents_id = ?15 "
  "WHERE id = ?1 AND case_id = ?2";
static const char sql_next_case_id[] =
  "SELECT max (coalesce ((SELECT max (id) FROM mediation_cases), 0), "
  "coalesce ((SELECT max (id) FROM mediation_retired), 0)) + 1";
static const char sql_party_next_id[] =
  "SELECT max (coalesce ((SELECT max (id) FROM mediation_parties), 0), "
  "coalesce ((SELECT max (max_party_id) FROM mediation_retired), 0)) + 1";
static const char sql_party_link[] =
  "UPDATE mediation_parties SET represents_id = ?2 WHERE id = ?1";
static const char sql_party_delete[] =
  "DELETE FROM mediation_parties WHERE id = ?1";
#define PARTY_COLUMNS \
  "id, role, person_or_org, name, id_number, gender, birth_date, ethnicity, " \
  "occupation, phone, address, representative, represents_id"
static const char sql_parties_get[] =
  "SELECT " PARTY_COLUMNS " FROM mediation_parties WHERE case_id = ?1 ORDER BY position, id";
/* ?1: a JSON array of case ids. */
static const char sql_parties_of_cases[] =
  "SELECT case_id, " PARTY_COLUMNS " FROM mediation_parties "
  "WHERE case_id IN (SELECT value FROM json_each (?1)) ORDER BY case_id, position, id";

static const char sql_session_ids[] =
  "SELECT id FROM mediation_sessions WHERE case_id = ?1";
static const char sql_session_insert[] =
  "INSERT INTO mediation_sessions (id, case_id, position, kind, date, place, participants, "
  "recorder, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_session_update[] =
  "UPDATE mediation_sessions SET position = ?3, kind = ?4, date = ?5, place = ?6, "
  "participants = ?7, recorder = ?8, record = ?9 WHERE id = ?1 AND case_id = ?2";
static const char sql_session_delete[] =
  "DELETE FROM mediation_sessions WHERE id = ?1";
static const char sql_sessions_get[] =
  "SELECT id, kind, date, place, participants, recorder, record "
  "FROM mediation_sessions WHERE case_id = ?1 ORDER BY position, id";

static const char sql_visit_ids[] =
  "SELECT id FROM mediation_visits WHERE case_id = ?1";
static const char sql_visit_insert[] =
  "INSERT INTO mediation_visits (id, case_id, position, date, visitor, findings) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char sql_visit_update[] =
  "UPDATE mediation_visits SET position = ?3, date = ?4, visitor = ?5, findings = ?6 "
  "WHERE id = ?1 AND case_id = ?2";
static const char sql_visit_delete[] =
  "DELETE FROM mediation_visits WHERE id = ?1";
static const char sql_visits_get[] =
  "SELECT id, date, visitor, findings FROM mediation_visits "
  "WHERE case_id = ?1 ORDER BY position, id";

/* One agreement per case: the row keeps its id while the case has one. */
static const char sql_agreement_put[] =
  "INSERT INTO mediation_agreements (case_id, reached_on, effective_on, oral, copies, "
  "place_of_performance, confirmation_result, confirmation_applied_on, "
  "confirmation_decided_on, confirmation_court, confirmation_note) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
  "ON CONFLICT (case_id) DO UPDATE SET reached_on = excluded.reached_on, "
  "effective_on = excluded.effective_on, oral = excluded.oral, copies = excluded.copies, "
  "place_of_performance = excluded.place_of_performance, "
  "confirmation_result = excluded.confirmation_result, "
  "confirmation_applied_on = excluded.confirmation_applied_on, "
  "confirmation_decided_on = excluded.confirmation_decided_on, "
  "confirmation_court = excluded.confirmation_court, "
  "confirmation_note = excluded.confirmation_note";
static const char sql_agreement_id[] =
  "SELECT id FROM mediation_agreements WHERE case_id = ?1";
static const char sql_agreement_delete[] =
  "DELETE FROM mediation_agreements WHERE case_id = ?1";
static const char sql_agreement_get[] =
  "SELECT reached_on, effective_on, oral, copies, place_of_performance, confirmation_result, "
  "confirmation_applied_on, confirmation_decided_on, confirmation_court, confirmation_note "
  "FROM mediation_agreements WHERE case_id = ?1";

static const char sql_term_ids[] =
  "SELECT id FROM mediation_terms WHERE case_id = ?1";
static const char sql_term_insert[] =
  "INSERT INTO mediation_terms (id, case_id, position, agreement_id, content, method, "
  "deadline, status, performed_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char sql_term_update[] =
  "UPDATE mediation_terms SET position = ?3, agreement_id = ?4, content = ?5, method = ?6, "
  "deadline = ?7, status = ?8, performed_on = ?9, note = ?10 WHERE id = ?1 AND case_id = ?2";
static const char sql_term_delete[] =
  "DELETE FROM mediation_terms WHERE id = ?1";
static const char sql_terms_get[] =
  "SELECT id, content, method, deadline, status, performed_on, note "
  "FROM mediation_terms WHERE case_id = ?1 ORDER BY position, id";

/* Steps @sql, a query without parameters for one integer, into @out. */
static gboolean
query_id (LdDatabase  *db,
          const char  *sql,
          gint64      *out,
          GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return FALSE;
    }
  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
ld_mediation_store_next_case_id (LdDatabase  *db,
                                 gint64      *out,
                                 GError     **error)
{
  return query_id (db, sql_next_case_id, out, error);
}

gboolean
ld_mediation_store_next_party_id (LdDatabase  *db,
                                  gint64      *out,
                                  GError     **error)
{
  return query_id (db, sql_party_next_id, out, error);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* Loading. */

/* A party from the PARTY_COLUMNS of @stmt starting at column @first; its
 * represents_id, or 0, into @out_represents. */
static LdMediationParty *
party_from_row (sqlite3_stmt *stmt,
                int           first,
                gint64       *out_represents)
{
  LdPartyRole role = LD_PARTY_ROLE_APPLICANT;
  LdPartyType type = LD_PARTY_TYPE_PERSON;
  LdGender gender = LD_GENDER_UNKNOWN;
  LdMediationParty *party;
  GDate date;

  /* The CHECK constraints allow only known ids. */
  ld_party_role_from_id (ld_store_column_text (stmt, first + 1), &role);
  ld_party_type_from_id (ld_store_column_text (stmt, first + 2), &type);
  ld_gender_from_id (ld_store_column_text (stmt, first + 5), &gender);
  party = ld_mediation_party_new (role, type, ld_store_column_text (stmt, first + 3));
  ld_mediation_party_set_id (party, sqlite3_column_int64 (stmt, first));
  ld_mediation_party_set_id_number (party, ld_store_column_text (stmt, first + 4));
  ld_mediation_party_set_gender (party, gender);
  if (ld_store_column_date (stmt, first + 6, &date))
    ld_mediation_party_set_birth_date (party, &date);
  ld_mediation_party_set_ethnicity (party, ld_store_column_text (stmt, first + 7));
  ld_mediation_party_set_occupation (party, ld_store_column_text (stmt, first + 8));
  ld_mediation_party_set_phone (party, ld_store_column_text (stmt, first + 9));
  ld_mediation_party_set_address (party, ld_store_column_text (stmt, first + 10));
  ld_mediation_party_set_representative (party, ld_store_column_text (stmt, first + 11));
  *out_represents = sqlite3_column_type (stmt, first + 12) != SQLITE_NULL
                    ? sqlite3_column_int64 (stmt, first + 12) : 0;
  return party;
}

/* Links each agent of @mcase to the party it acts for, from the
 * represents_id values read with its parties (@represents, in party
 * order; 0 for none). */
static void
link_agents (LdMediationCase *mcase,
             GArray          *represents)
{
  GListModel *parties = ld_mediation_case_get_parties (mcase);
  guint n = g_list_model_get_n_items (parties);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdMediationParty) agent = NULL;
      gint64 target = g_array_index (represents, gint64, i);

      if (target == 0)
        continue;
      agent = g_list_model_get_item (parties, i);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(LdMediationParty) other = g_list_model_get_item (parties, j);

          if (ld_mediation_party_get_id (other) == target)
            {
              ld_mediation_party_set_represents (agent, other);
              break;
            }
        }
    }
}

static gboolean
load_parties (LdDatabase       *db,
              LdMediationCase  *mcase,
              GError          **error)
{
  g_autoptr(GArray) represents = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_parties_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_mediation_case_get_id (mcase));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 target;
      g_autoptr(LdMediationParty) party = party_from_row (stmt, 0, &target);

      g_array_append_val (represents, target);
      ld_mediation_case_add_party (mcase, party);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;
  link_agents (mcase, represents);
  return TRUE;
}

gboolean
ld_mediation_store_load_parties_of (LdDatabase  *db,
                                    GPtrArray   *cases,
                                    GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) represents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), cases->len);
  g_autoptr(GString) ids_json = g_string_new ("[");
  sqlite3_stmt *stmt;
  int rc;

  /* The ids array is sized up front: the table's keys point into it. */
  for (guint i = 0; i < cases->len; i++)
    {
      gint64 id = ld_mediation_case_get_id (g_ptr_array_index (cases, i));

      g_array_append_val (ids, id);
      g_string_append_printf (ids_json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", id);
      g_ptr_array_add (represents, g_array_new (FALSE, FALSE, sizeof (gint64)));
    }
  g_string_append_c (ids_json, ']');
  for (guint i = 0; i < cases->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), GUINT_TO_POINTER (i + 1));

  stmt = ld_database_prepare (db, sql_parties_of_cases, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ids_json->str, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, &case_id));
      g_autoptr(LdMediationParty) party = NULL;
      gint64 target;

      if (index == 0)
        continue;
      party = party_from_row (stmt, 1, &target);
      g_array_append_val (g_ptr_array_index (represents, index - 1), target);
      ld_mediation_case_add_party (g_ptr_array_index (cases, index - 1), party);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;
  for (guint i = 0; i < cases->len; i++)
    link_agents (g_ptr_array_index (cases, i), g_ptr_array_index (represents, i));
  return TRUE;
}

static gboolean
load_sessions (LdDatabase       *db,
               LdMediationCase  *mcase,
               GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_sessions_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_mediation_case_get_id (mcase));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdSessionKind kind = LD_SESSION_KIND_MEDIATION;
      g_autoptr(LdMediationSession) session = NULL;
      GDate date;

      ld_session_kind_from_id (ld_store_column_text (stmt, 1), &kind);
      ld_store_column_date (stmt, 2, &date);
      session = ld_mediation_session_new (kind, &date);
      session->id = sqlite3_column_int64 (stmt, 0);
      ld_mediation_session_set_place (session, ld_store_column_text (stmt, 3));
      ld_mediation_session_set_participants (session, ld_store_column_text (stmt, 4));
      ld_mediation_session_set_recorder (session, ld_store_column_text (stmt, 5));
      ld_mediation_session_set_record (session, ld_store_column_text (stmt, 6));
      ld_mediation_case_add_session (mcase, session);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
load_visits (LdDatabase       *db,
             LdMediationCase  *mcase,
             GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, sql_visits_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ld_mediation_case_get_id (mcase));
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(LdReturnVisit) visit = NULL;
      GDate date;

      ld_store_column_date (stmt, 1, &date);
      visit = ld_return_visit_new (&date, ld_store_column_text (stmt, 2), ld_store_column_text (stmt, 3));
      visit->id = sqlite3_column_int64 (stmt, 0);
      ld_mediation_case_add_return_visit (mcase, visit);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

static gboolean
load_agreement (LdDatabase       *db,
                LdMediationCase  *mcase,
                GError          **error)
{
  g_autoptr(LdMediationAgreement) agreement = ld_mediation_agreement_new ();
  gint64 case_id = ld_mediation_case_get_id (mcase);
  sqlite3_stmt *stmt;
  GDate date;
  int rc;

  stmt = ld_database_prepare (db, sql_agreement_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    {
      LdConfirmationResult result = LD_CONFIRMATION_NONE;

      if (ld_store_column_date (stmt, 0, &date))
        ld_mediation_agreement_set_reached_on (agreement, &date);
      if (ld_store_column_date (stmt, 1, &date))
        ld_mediation_agreement_set_effective_on (agreement, &date);
      ld_mediation_agreement_set_oral (agreement, sqlite3_column_int (stmt, 2) != 0);
      ld_mediation_agreement_set_copies (agreement, CLAMP (sqlite3_column_int (stmt, 3), 1, 20));
      ld_mediation_agreement_set_place_of_performance (agreement, ld_store_column_text (stmt, 4));
      ld_confirmation_result_from_id (ld_store_column_text (stmt, 5), &result);
      ld_mediation_agreement_set_confirmation_result (agreement, result);
      if (ld_store_column_date (stmt, 6, &date))
        ld_mediation_agreement_set_confirmation_applied_on (agreement, &date);
      if (ld_store_column_date (stmt, 7, &date))
        ld_mediation_agreement_set_confirmation_decided_on (agreement, &date);
      ld_mediation_agreement_set_confirmation_court (agreement, ld_store_column_text (stmt, 8));
      ld_mediation_agreement_set_confirmation_note (agreement, ld_store_column_text (stmt, 9));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return FALSE;

  stmt = ld_database_prepare (db, sql_terms_get, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(LdMediationTerm) term = NULL;
      LdPerformanceStatus status = LD_PERFORMANCE_PENDING;

      ld_store_column_date (stmt, 3, &date);
      term = ld_mediation_term_new (ld_store_column_text (stmt, 1), ld_store_column_text (stmt, 2), &date);
      term->id = sqlite3_column_int64 (stmt, 0);
      ld_performance_status_from_id (ld_store_column_text (stmt, 4), &status);
      term->status = status;
      ld_store_column_date (stmt, 5, &term->performed_on);
      ld_mediation_term_set_note (term, ld_store_column_text (stmt, 6));
      ld_mediation_agreement_append_term (agreement, term);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return FALSE;

  ld_mediation_agreement_assign (ld_mediation_case_get_agreement (mcase), agreement);
  return TRUE;
}

gboolean
ld_mediation_store_load_children (LdDatabase       *db,
                                  LdMediationCase  *mcase,
                                  GError          **error)
{
  return load_parties (db, mcase, error) &&
         ld_mediation_store_load_due_children (db, mcase, error) &&
         load_sessions (db, mcase, error);
}

gboolean
ld_mediation_store_status_needs_due_children (LdMediationStatus status)
{
  return status == LD_MEDIATION_STATUS_AGREEMENT_REACHED ||
         status == LD_MEDIATION_STATUS_PERFORMED ||
         status == LD_MEDIATION_STATUS_RETURN_VISIT_DONE;
}

gboolean
ld_mediation_store_load_due_children (LdDatabase       *db,
                                      LdMediationCase  *mcase,
                                      GError          **error)
{
  return load_agreement (db, mcase, error) &&
         load_visits (db, mcase, error);
}

/* Writing. */

void
ld_mediation_child_ids_clear (LdMediationChildIds *ids)
{
  g_clear_pointer (&ids->parties, g_array_unref);
  g_clear_pointer (&ids->sessions, g_array_unref);
  g_clear_pointer (&ids->terms, g_array_unref);
  g_clear_pointer (&ids->visits, g_array_unref);
}

void
ld_mediation_child_ids_apply (const LdMediationChildIds *ids,
                              LdMediationCase           *mcase)
{
  GListModel *parties = ld_mediation_case_get_parties (mcase);
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  GPtrArray *sessions = ld_mediation_case_get_sessions (mcase);
  GPtrArray *visits = ld_mediation_case_get_return_visits (mcase);

  for (unsigned i = 0; ids->parties != NULL && i < ids->parties->len &&
                       i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, i);
      gint64 id = g_array_index (ids->parties, gint64, i);

      if (ld_mediation_party_get_id (party) != id)
        ld_mediation_party_set_id (party, id);
    }
  for (unsigned i = 0; ids->sessions != NULL && i < ids->sessions->len && i < sessions->len; i++)
    {
      const LdMediationSession *session = g_ptr_array_index (sessions, i);
      gint64 id = g_array_index (ids->sessions, gint64, i);

      if (session->id != id)
        {
          g_autoptr(LdMediationSession) copy = ld_mediation_session_copy (session);

          copy->id = id;
          ld_mediation_case_replace_session (mcase, i, copy);
        }
    }
  for (unsigned i = 0; ids->terms != NULL && i < ids->terms->len &&
                       i < ld_mediation_agreement_get_n_terms (agreement); i++)
    {
      const LdMediationTerm *term = ld_mediation_agreement_get_term (agreement, i);
      gint64 id = g_array_index (ids->terms, gint64, i);

      if (term->id != id)
        {
          g_autoptr(LdMediationTerm) copy = ld_mediation_term_copy (term);

          copy->id = id;
          ld_mediation_agreement_replace_term (agreement, i, copy);
        }
    }
  for (unsigned i = 0; ids->visits != NULL && i < ids->visits->len && i < visits->len; i++)
    {
      const LdReturnVisit *visit = g_ptr_array_index (visits, i);
      gint64 id = g_array_index (ids->visits, gint64, i);

      if (visit->id != id)
        {
          g_autoptr(LdReturnVisit) copy = ld_return_visit_copy (visit);

          copy->id = id;
          ld_mediation_case_replace_return_visit (mcase, i, copy);
        }
    }
}

static gint64
find_party_position (GListModel       *parties,
                     LdMediationParty *party)
{
  for (unsigned i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(LdMediationParty) item = g_list_model_get_item (parties, i);

      if (item == party)
        return i;
    }
  return -1;
}

/* Whether ld_store_prepare_child_row() will bind the row's own id. */
static gboolean
update_or_keep (GHashTable *stored,
                gint64      id,
                gboolean    keep_ids)
{
  return id > 0 && (keep_ids || g_hash_table_contains (stored, &id));
}

static gboolean
write_parties (LdDatabase  *db,
               gint64       case_id,
               LdMediationCase *mcase,
               gboolean     keep_ids,
               GArray      *ids,
               GError     **error)
{
  GListModel *parties = ld_mediation_case_get_parties (mcase);
  unsigned n = g_list_model_get_n_items (parties);
  g_autoptr(GHashTable) stored = ld_store_stored_ids (db, sql_party_ids, case_id, error);
  g_autoptr(GHashTable) all_stored = NULL;
  /* Agents whose party is written after them: linked at the end. */
  g_autoptr(GArray) late = g_array_new (FALSE, FALSE, sizeof (guint));

  if (stored == NULL)
    return FALSE;
  /* Its own keys: ld_store_prepare_child_row() frees those of @stored as
   * it goes. */
  all_stored = ld_store_id_set_new ();
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, stored);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (all_stored, g_memdup2 (key, sizeof (gint64)));
  }

  for (unsigned i = 0; i < n; i++)
    {
      g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, i);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);
      gint64 id = ld_mediation_party_get_id (party);
      gint64 link = 0, new_id = 0;
      gboolean update;
      sqlite3_stmt *stmt;

      if (represents != NULL)
        {
          gint64 at = find_party_position (parties, represents);
          gint64 represents_id = ld_mediation_party_get_id (represents);

          if (at >= 0 && at < i)
            link = g_array_index (ids, gint64, at);
          else if (at > i && represents_id > 0 && g_hash_table_contains (all_stored, &represents_id))
            link = represents_id;
          else if (at > i)
            g_array_append_val (late, i);
        }

      if (!update_or_keep (stored, id, keep_ids) &&
          !ld_mediation_store_next_party_id (db, &new_id, error))
        return FALSE;
      stmt = ld_store_prepare_child_row (db, stored, sql_party_update, sql_party_insert,
                                         id, case_id, i, keep_ids, &update, error);
      if (stmt == NULL)
        return FALSE;
      if (new_id > 0)
        sqlite3_bind_int64 (stmt, 1, new_id);
      sqlite3_bind_text (stmt, 4, ld_party_role_to_id (ld_mediation_party_get_role (party)),
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, ld_party_type_to_id (ld_mediation_party_get_party_type (party)),
                         -1, SQLITE_STATIC);
      bind_text (stmt, 6, ld_mediation_party_get_name (party));
      bind_text (stmt, 7, ld_mediation_party_get_id_number (party));
      sqlite3_bind_text (stmt, 8, ld_gender_to_id (ld_mediation_party_get_gender (party)),
                         -1, SQLITE_STATIC);
      ld_store_bind_date (stmt, 9, ld_mediation_party_get_birth_date (party));
      bind_text (stmt, 10, ld_mediation_party_get_ethnicity (party));
      bind_text (stmt, 11, ld_mediation_party_get_occupation (party));
      bind_text (stmt, 12, ld_mediation_party_get_phone (party));
      bind_text (stmt, 13, ld_mediation_party_get_address (party));
      bind_text (stmt, 14, ld_mediation_party_get_representative (party));
      if (link > 0)
        sqlite3_bind_int64 (stmt, 15, link);
      if (!ld_store_finish_child_row (db, stmt, update, id, ids, error))
        return FALSE;
    }

  for (unsigned k = 0; k < late->len; k++)
    {
      unsigned i = g_array_index (late, guint, k);
      g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, i);
      g_autoptr(LdMediationParty) represents = ld_mediation_party_dup_represents (party);
      gint64 at = find_party_position (parties, represents);
      sqlite3_stmt *stmt = ld_database_prepare (db, sql_party_link, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, at));
      if (!ld_database_step_done (db, stmt, error))
        return FALSE;
    }

  return ld_store_delete_left (db, stored, sql_party_delete, error);
}

static gboolean
write_sessions (LdDatabase       *db,
                gint64            case_id,
                LdMediationCase  *mcase,
                gboolean          keep_ids,
                GArray           *ids,
                GError          **error)
{
  GPtrArray *sessions = ld_mediation_case_get_sessions (mcase);
  g_autoptr(GHashTable) stored = ld_store_stored_ids (db, sql_session_ids, case_id, error);

  if (stored == NULL)
    return FALSE;
  for (unsigned i = 0; i < sessions->len; i++)
    {
      const LdMediationSession *session = g_ptr_array_index (sessions, i);
      gboolean update;
      sqlite3_stmt *stmt;

      stmt = ld_store_prepare_child_row (db, stored, sql_session_update, sql_session_insert,
                                         session->id, case_id, i, keep_ids, &update, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 4, ld_session_kind_to_id (session->kind), -1, SQLITE_STATIC);
      ld_store_bind_date (stmt, 5, &session->date);
      bind_text (stmt, 6, session->place);
      bind_text (stmt, 7, session->participants);
      bind_text (stmt, 8, session->recorder);
      bind_text (stmt, 9, session->record);
      if (!ld_store_finish_child_row (db, stmt, update, session->id, ids, error))
        return FALSE;
    }
  /* A removed session's attachments go with it (trigger). */
  return ld_store_delete_left (db, stored, sql_session_delete, error);
}

static gboolean
write_visits (LdDatabase       *db,
              gint64            case_id,
              LdMediationCase  *mcase,
              gboolean          keep_ids,
              GArray           *ids,
              GError          **error)
{
  GPtrArray *visits = ld_mediation_case_get_return_visits (mcase);
  g_autoptr(GHashTable) stored = ld_store_stored_ids (db, sql_visit_ids, case_id, error);

  if (stored == NULL)
    return FALSE;
  for (unsigned i = 0; i < visits->len; i++)
    {
      const LdReturnVisit *visit = g_ptr_array_index (visits, i);
      gboolean update;
      sqlite3_stmt *stmt;

      stmt = ld_store_prepare_child_row (db, stored, sql_visit_update, sql_visit_insert,
                                         visit->id, case_id, i, keep_ids, &update, error);
      if (stmt == NULL)
        return FALSE;
      ld_store_bind_date (stmt, 4, &visit->date);
      bind_text (stmt, 5, visit->visitor);
      bind_text (stmt, 6, visit->findings);
      if (!ld_store_finish_child_row (db, stmt, update, visit->id, ids, error))
        return FALSE;
    }
  return ld_store_delete_left (db, stored, sql_visit_delete, error);
}

/* TRUE when @agreement holds nothing (as a new case's): no row is kept. */
static gboolean
agreement_is_empty (LdMediationAgreement *agreement)
{
  g_autoptr(LdMediationAgreement) blank = ld_mediation_agreement_new ();

  return ld_mediation_agreement_equal (agreement, blank);
}

static gboolean
write_agreement (LdDatabase       *db,
                 gint64            case_id,
                 LdMediationCase  *mcase,
                 gboolean          keep_ids,
                 GArray           *ids,
                 GError          **error)
{
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  g_autoptr(GHashTable) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 agreement_id;
  unsigned n;

  if (agreement_is_empty (agreement))
    {
      /* Its terms go with it (ON DELETE CASCADE). */
      return ld_store_run_for_id (db, sql_agreement_delete, case_id, error);
    }

  stmt = ld_database_prepare (db, sql_agreement_put, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  ld_store_bind_date (stmt, 2, ld_mediation_agreement_get_reached_on (agreement));
  ld_store_bind_date (stmt, 3, ld_mediation_agreement_get_effective_on (agreement));
  sqlite3_bind_int (stmt, 4, ld_mediation_agreement_get_oral (agreement) ? 1 : 0);
  sqlite3_bind_int (stmt, 5, ld_mediation_agreement_get_copies (agreement));
  bind_text (stmt, 6, ld_mediation_agreement_get_place_of_performance (agreement));
  sqlite3_bind_text (stmt, 7,
                     ld_confirmation_result_to_id (ld_mediation_agreement_get_confirmation_result (agreement)),
                     -1, SQLITE_STATIC);
  ld_store_bind_date (stmt, 8, ld_mediation_agreement_get_confirmation_applied_on (agreement));
  ld_store_bind_date (stmt, 9, ld_mediation_agreement_get_confirmation_decided_on (agreement));
  bind_text (stmt, 10, ld_mediation_agreement_get_confirmation_court (agreement));
  bind_text (stmt, 11, ld_mediation_agreement_get_confirmation_note (agreement));
  if (!ld_database_step_done (db, stmt, error))
    return FALSE;

  stmt = ld_database_prepare (db, sql_agreement_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  agreement_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  stored = ld_store_stored_ids (db, sql_term_ids, case_id, error);
  if (stored == NULL)
    return FALSE;
  n = ld_mediation_agreement_get_n_terms (agreement);
  for (unsigned i = 0; i < n; i++)
    {
      const LdMediationTerm *term = ld_mediation_agreement_get_term (agreement, i);
      gboolean update;

      stmt = ld_store_prepare_child_row (db, stored, sql_term_update, sql_term_insert,
                                         term->id, case_id, i, keep_ids, &update, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 4, agreement_id);
      bind_text (stmt, 5, term->content);
      bind_text (stmt, 6, term->method);
      ld_store_bind_date (stmt, 7, &term->deadline);
      sqlite3_bind_text (stmt, 8, ld_performance_status_to_id (term->status), -1, SQLITE_STATIC);
      ld_store_bind_date (stmt, 9, &term->performed_on);
      bind_text (stmt, 10, term->note);
      if (!ld_store_finish_child_row (db, stmt, update, term->id, ids, error))
        return FALSE;
    }
  return ld_store_delete_left (db, stored, sql_term_delete, error);
}

gboolean
ld_mediation_store_write_children (LdDatabase           *db,
                                   gint64                case_id,
                                   LdMediationCase      *mcase,
                                   gboolean              keep_ids,
                                   LdMediationChildIds  *out_ids,
                                   GError              **error)
{
  out_ids->parties = g_array_new (FALSE, FALSE, sizeof (gint64));
  out_ids->sessions = g_array_new (FALSE, FALSE, sizeof (gint64));
  out_ids->terms = g_array_new (FALSE, FALSE, sizeof (gint64));
  out_ids->visits = g_array_new (FALSE, FALSE, sizeof (gint64));

  return write_parties (db, case_id, mcase, keep_ids, out_ids->parties, error) &&
         write_agreement (db, case_id, mcase, keep_ids, out_ids->terms, error) &&
         write_sessions (db, case_id, mcase, keep_ids, out_ids->sessions, error) &&
         write_visits (db, case_id, mcase, keep_ids, out_ids->visits, error);
}
