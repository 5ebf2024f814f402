/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ld-audit-triggers.h"
#include "ld-citizen-id.h"
#include "ld-credit-code.h"
#include "ld-database-private.h"
#include "ld-demo.h"
#include "ld-mediation-store.h"
#include "ld-paged-model.h"
#include "ld-settings-store.h"

typedef struct
{
  char       *dir;
  char       *path;
  LdDatabase *db;
} Db;

static void
db_open (Db         *d,
         const char *name)
{
  g_autoptr(GError) error = NULL;

  d->dir = g_dir_make_tmp ("ld-demo-XXXXXX", &error);
  g_assert_no_error (error);
  d->path = g_build_filename (d->dir, name, NULL);
  d->db = ld_database_open (d->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
db_close (Db *d)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  g_assert_finalize_object (d->db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (d->path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (d->dir);
  g_free (d->dir);
  g_free (d->path);
}

static gint64
query_int (LdDatabase *db,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (ld_database_step (db, stmt, &error), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* Every row of the demo tables as text, in id order. */
static char *
dump (LdDatabase *db)
{
  static const char * const tables[] = {
    "contract_reviews", "mediation_cases", "mediation_parties", "petitions", "settings",
  };
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (ld_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_string_append (out, tables[t]);
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);
              g_string_append_printf (out, "|%s", text ? text : "NULL");
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (out, FALSE);
}

static void
fill (LdDatabase *db,
      guint       n,
      guint64     seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ld_demo_fill (db, n, seed, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_deterministic (void)
{
  Db a = { 0, }, b = { 0, }, c = { 0, };
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;

  db_open (&a, "a.db");
  db_open (&b, "b.db");
  db_open (&c, "c.db");
  fill (a.db, 300, 42);
  fill (b.db, 300, 42);
  fill (c.db, 300, 43);
  dump_a = dump (a.db);
  dump_b = dump (b.db);
  dump_c = dump (c.db);

  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_cmpstr (dump_a, ==, dump_b);
  g_assert_cmpstr (dump_a, !=, dump_c);

  db_close (&a);
  db_close (&b);
  db_close (&c);
}

static int progress_calls;
static guint progress_last;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  g_assert_cmpuint (total, ==, GPOINTER_TO_UINT (user_data));
  g_assert_cmpuint (done, >, progress_last);
  g_assert_cmpuint (done, <=, total);
  progress_last = done;
  progress_calls++;
}

static GDate *
anchor (void)
{
  return g_date_new_dmy (LD_DEMO_ANCHOR_DAY, LD_DEMO_ANCHOR_MONTH, LD_DEMO_ANCHOR_YEAR);
}

static void
check_ids (LdDatabase *db,
           const char *sql,
           guint      *out_n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = anchor ();
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  *out_n = 0;
  while (ld_database_step (db, stmt, &error) == SQLITE_ROW)
    {
      const char *number = (const char *) sqlite3_column_text (stmt, 0);
      const char *birth = (const char *) sqlite3_column_text (stmt, 1);
      const char *gender = (const char *) sqlite3_column_text (stmt, 2);
      LdCitizenId id;
      GError *local_error = NULL;

      if (!ld_citizen_id_parse_at (number, today, &id, &local_error))
        g_error ("%s: %s", number, local_error->message);
      g_assert_false (id.legacy);
      if (birth != NULL)
        {
          g_autofree char *expected = g_strdup_printf ("%04d-%02d-%02d", id.birth_year,
                                                       id.birth_month, id.birth_day);
          g_assert_cmpstr (birth, ==, expected);
        }
      if (gender != NULL)
        g_assert_cmpstr (gender, ==, id.male ? "male" : "female");
      (*out_n)++;
    }
  g_assert_no_error (error);
}

static void
check_credit_codes (LdDatabase *db,
                    const char *sql,
                    guint      *out_n)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  *out_n = 0;
  while (ld_database_step (db, stmt, &error) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      if (ld_credit_code_validate (code, NULL, NULL, NULL) != LD_CREDIT_CODE_VALID)
        g_error ("invalid credit code %s", code);
      g_assert_true (ld_credit_code_organization_code_ok (code));
      (*out_n)++;
    }
  g_assert_no_error (error);
}

static void
check_phones (LdDatabase *db,
              const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) mobile = g_regex_new ("^1[3-9][0-9]{9}$", 0, 0, NULL);
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, &error);
  guint n = 0;

  g_assert_no_error (error);
  while (ld_database_step (db, stmt, &error) == SQLITE_ROW)
    {
      const char *phone = (const char *) sqlite3_column_text (stmt, 0);
      if (!g_regex_match (mobile, phone, 0, NULL))
        g_error ("not a mobile number: %s", phone);
      n++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
}

static void
test_content (void)
{
  const guint n = 2000;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = anchor ();
  Db d = { 0, };
  guint n_ids, n_codes;
  gint64 n_indexes, n_triggers;
  gboolean complete = FALSE;

  db_open (&d, "content.db");
  n_indexes = query_int (d.db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
  n_triggers = query_int (d.db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'");

  progress_calls = 0;
  progress_last = 0;
  g_assert_true (ld_demo_fill (d.db, n, 7, progress_cb, GUINT_TO_POINTER (3 * n), &error));
  g_assert_no_error (error);
  g_assert_cmpint (progress_calls, >, 0);
  g_assert_cmpuint (progress_last, ==, 3 * n);

  /* Counts per table. */
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM contract_reviews"), ==, n);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_cases"), ==, n);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions"), ==, n);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_parties"), >=, 2 * n);
  /* Every case has an applicant and a respondent. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE"
    " NOT EXISTS (SELECT 1 FROM mediation_parties WHERE case_id = c.id AND role = 'applicant') OR"
    " NOT EXISTS (SELECT 1 FROM mediation_parties WHERE case_id = c.id AND role = 'respondent')"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_parties WHERE role = 'agent'"), >, 0);
  /* What the party triggers would have written. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE first_applicant IS NOT"
    " (SELECT name FROM mediation_parties WHERE case_id = c.id AND role = 'applicant'"
    "  ORDER BY position, id LIMIT 1)"
    " OR party_names IS NOT (SELECT group_concat (name, '、') FROM (SELECT name FROM"
    "  mediation_parties WHERE case_id = c.id AND role != 'agent' ORDER BY role, position, id))"), ==, 0);

  /* Every status of every register, and some overdue records. */
  for (LdRecordArea area = 0; area < LD_N_RECORD_AREAS; area++)
    {
      g_autoptr(LdPagedModel) model = ld_paged_model_new (d.db, area);
      const char * const *statuses = ld_record_area_get_statuses (area);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
      for (guint i = 0; statuses[i]; i++)
        {
          ld_paged_model_set_status_filter (model, statuses[i]);
          if (g_list_model_get_n_items (G_LIST_MODEL (model)) == 0)
            g_error ("no demo record in status %s", statuses[i]);
        }
      ld_paged_model_set_status_filter (model, NULL);
      ld_paged_model_set_overdue_only (model, TRUE, today);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, n / 5);
    }

  /* Valid check digits everywhere, and birth dates and genders that agree. */
  check_ids (d.db, "SELECT id_number, birth_date, gender FROM mediation_parties"
                   " WHERE person_or_org = 'person'", &n_ids);
  g_assert_cmpuint (n_ids, >=, 2 * n);
  check_ids (d.db, "SELECT petitioner_id_number, NULL, NULL FROM petitions", &n_ids);
  g_assert_cmpuint (n_ids, ==, n);
  check_credit_codes (d.db, "SELECT counterparty_credit_code FROM contract_reviews", &n_codes);
  g_assert_cmpuint (n_codes, ==, n);
  check_credit_codes (d.db, "SELECT id_number FROM mediation_parties WHERE person_or_org = 'organisation'", &n_codes);
  g_assert_cmpuint (n_codes, >, 0);
  check_phones (d.db, "SELECT petitioner_phone FROM petitions");
  check_phones (d.db, "SELECT phone FROM mediation_parties");
  check_phones (d.db, "SELECT handler_contact FROM contract_reviews");

  /* Dates within 2025–2026, amounts positive, groups at five people. */
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions WHERE received_on < '2025-01-01'"
                                    " OR received_on > '2026-11-20'"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM contract_reviews WHERE amount_fen <= 0"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions WHERE is_group != (people_count >= 5)"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(DISTINCT received_on) FROM petitions"), >, 300);

  /* The schema is whole again: indexes, triggers, the audit trail (which
   * holds nothing of the demo), and search tables that agree with the rows. */
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"), ==, n_indexes);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), ==, n_triggers);
  g_assert_true (ld_audit_triggers_check (d.db, &complete, &error));
  g_assert_no_error (error);
  g_assert_true (complete);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM audit_log WHERE table_name != 'settings'"), ==, 0);
  g_assert_true (ld_database_exec (d.db,
    "INSERT INTO contract_reviews_fts (contract_reviews_fts) VALUES ('integrity-check');"
    "INSERT INTO mediation_cases_fts (mediation_cases_fts) VALUES ('integrity-check');"
    "INSERT INTO petitions_fts (petitions_fts) VALUES ('integrity-check')", &error));
  g_assert_no_error (error);
  {
    g_autoptr(LdPagedModel) model = ld_paged_model_new (d.db, LD_RECORD_AREA_PETITION);
    ld_paged_model_set_search (model, "拖欠农民工工资");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  }

  /* The demo organisation, and a second fill that continues the numbers. */
  {
    g_autofree char *name = ld_settings_store_get (d.db, "organisation_name", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (name, ==, "青山镇人民政府");
  }
  g_assert_true (ld_settings_store_set (d.db, "organisation_name", "白水街道办事处", &error));
  g_assert_no_error (error);
  fill (d.db, 100, 8);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions"), ==, n + 100);
  g_assert_cmpint (query_int (d.db, "SELECT count(DISTINCT number) FROM petitions"), ==, n + 100);
  {
    g_autofree char *name = ld_settings_store_get (d.db, "organisation_name", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (name, ==, "白水街道办事处");
  }

  /* Rows written after the fill are audited and searchable as usual. */
  g_assert_true (ld_database_exec (d.db,
    "INSERT INTO petitions (number, year, seq, received_on, title, petitioner_name)"
    " VALUES ('测试1', 2030, 1, '2030-01-01', '独一无二的标题', '测试人')", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM audit_log WHERE table_name = 'petitions'"), ==, 1);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions_fts WHERE petitions_fts MATCH '\"独一无二\"'"), ==, 1);

  db_close (&d);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  Db d = { 0, };

  db_open (&d, "empty.db");
  g_assert_true (ld_demo_fill (d.db, 0, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions"), ==, 0);
  db_close (&d);
}

static void
test_one_area (void)
{
  g_autoptr(GError) error = NULL;
  Db d = { 0, };

  db_open (&d, "one.db");
  g_assert_true (ld_demo_fill_area (d.db, LD_RECORD_AREA_MEDIATION, 50, 3, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_cases"), ==, 50);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM contract_reviews"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_cases_fts_docsize"), ==, 50);
  /* The party-name trigger is back: a new party shows in the case. */
  g_assert_true (ld_database_exec (d.db, "INSERT INTO mediation_parties (case_id, role, position, name)"
                                         " VALUES (1, 'applicant', -1, '新申请人')", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_cases WHERE id = 1"
                                    " AND first_applicant = '新申请人'"), ==, 1);
  db_close (&d);
}

/* Demo cases added after a delete take neither the deleted case's id nor
 * its parties' nor its number, so undoing the delete still works. */
static void
test_after_delete (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationCase) before = NULL;
  gint64 last, max_party;
  Db d = { 0, };

  db_open (&d, "delete.db");
  g_assert_true (ld_demo_fill_area (d.db, LD_RECORD_AREA_MEDIATION, 20, 3, NULL, NULL, &error));
  g_assert_no_error (error);
  last = query_int (d.db, "SELECT max (id) FROM mediation_cases");
  max_party = query_int (d.db, "SELECT max (id) FROM mediation_parties");
  before = ld_mediation_store_get (d.db, last, &error);
  g_assert_no_error (error);
  g_assert_true (ld_mediation_store_delete (d.db, last, &error));
  g_assert_no_error (error);

  g_assert_true (ld_demo_fill_area (d.db, LD_RECORD_AREA_MEDIATION, 5, 4, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *same_id = g_strdup_printf ("SELECT count(*) FROM mediation_cases WHERE id = %"
                                                G_GINT64_FORMAT, last);
    g_autofree char *new_parties = g_strdup_printf ("SELECT min (id) FROM mediation_parties WHERE case_id > %"
                                                    G_GINT64_FORMAT, last);
    g_autofree char *same_number = g_strdup_printf ("SELECT count(*) FROM mediation_cases WHERE number = '%s'",
                                                    ld_mediation_case_get_number (before));

    g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_cases"), ==, 24);
    g_assert_cmpint (query_int (d.db, same_id), ==, 0);
    g_assert_cmpint (query_int (d.db, new_parties), >, max_party);
    g_assert_cmpint (query_int (d.db, same_number), ==, 0);
  }
  g_assert_true (ld_mediation_store_restore_deleted (d.db, before, &error));
  g_assert_no_error (error);
  db_close (&d);
}

/* Mediation cases carry what their status implies: sessions from
 * mediating on, an agreement with numbered terms once reached, performed
 * terms once performed, a return visit once visited; and a sample loads
 * through the store and validates. */
static void
test_mediation_history (void)
{
  const guint n = 600;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = anchor ();
  Db d = { 0, };
  sqlite3_stmt *stmt;
  guint loaded = 0;

  db_open (&d, "history.db");
  g_assert_true (ld_demo_fill_area (d.db, LD_RECORD_AREA_MEDIATION, n, 11, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Sessions: one or two from mediating on, an investigation while
   * investigating, none before. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE status IN ('mediating', 'agreement_reached',"
    " 'failed', 'performed', 'return_visit_done', 'archived') AND (SELECT count(*) FROM"
    " mediation_sessions WHERE case_id = c.id AND kind = 'mediation') != 1"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE (SELECT count(*) FROM mediation_sessions"
    " WHERE case_id = c.id) > 2"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE status = 'investigating' AND NOT EXISTS"
    " (SELECT 1 FROM mediation_sessions WHERE case_id = c.id AND kind = 'investigation')"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_sessions s JOIN mediation_cases c ON c.id = s.case_id"
    " WHERE c.status IN ('applied', 'accepted', 'not_accepted')"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM mediation_sessions WHERE kind = 'investigation'"), >, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_sessions WHERE record = '' OR place = '' OR participants = ''"
    " OR recorder = '' OR date IS NULL OR date > '2026-11-20'"), ==, 0);

  /* Agreements with 1–3 terms numbered from 0, exactly for the reached
   * statuses; performed terms from performed on. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE (status IN ('agreement_reached', 'performed',"
    " 'return_visit_done', 'archived')) != EXISTS (SELECT 1 FROM mediation_agreements"
    " WHERE case_id = c.id)"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_agreements a WHERE (SELECT count(*) FROM mediation_terms"
    " WHERE agreement_id = a.id) NOT BETWEEN 1 AND 3 OR (SELECT max (position) + 1 FROM"
    " mediation_terms WHERE agreement_id = a.id) != (SELECT count(*) FROM mediation_terms"
    " WHERE agreement_id = a.id)"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_terms t JOIN mediation_cases c ON c.id = t.case_id"
    " WHERE c.status IN ('performed', 'return_visit_done', 'archived')"
    " AND (t.status != 'performed' OR t.performed_on IS NULL)"), ==, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_terms WHERE content = '' OR method = '' OR deadline IS NULL"), ==, 0);
  /* Judicial confirmation: some people's mediation agreements only. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_agreements WHERE confirmation_result != ''"), >, 0);
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_agreements a JOIN mediation_cases c ON c.id = a.case_id"
    " WHERE a.confirmation_result != '' AND c.kind = 'administrative'"), ==, 0);

  /* A return visit exactly when visited. */
  g_assert_cmpint (query_int (d.db,
    "SELECT count(*) FROM mediation_cases c WHERE (status IN ('return_visit_done', 'archived'))"
    " != EXISTS (SELECT 1 FROM mediation_visits WHERE case_id = c.id)"), ==, 0);

  /* Every tenth case loads and validates (on the demo's today). */
  stmt = ld_database_prepare (d.db, "SELECT id FROM mediation_cases WHERE id % 10 = 1 ORDER BY id", &error);
  g_assert_no_error (error);
  while (ld_database_step (d.db, stmt, &error) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_autoptr(LdMediationCase) mcase = ld_mediation_store_get (d.db, id, &error);
      g_autoptr(GPtrArray) issues = ld_field_issues_new ();

      g_assert_no_error (error);
      if (!ld_mediation_case_validate (mcase, today, issues))
        for (guint i = 0; i < issues->len; i++)
          {
            LdFieldIssue *issue = issues->pdata[i];

            if (issue->severity == LD_ISSUE_ERROR)
              g_error ("demo case %s (%s): %s: %s", ld_mediation_case_get_number (mcase),
                       ld_mediation_status_to_id (ld_mediation_case_get_status (mcase)),
                       issue->field, issue->message);
          }
      loaded++;
    }
  sqlite3_reset (stmt);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded, ==, n / 10);

  db_close (&d);
}

/* A read-only database refuses, and is left as it was. */
static void
test_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) ro = NULL;
  Db d = { 0, };

  db_open (&d, "ro.db");
  ro = ld_database_open (d.path, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ld_demo_fill (ro, 10, 1, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM petitions"), ==, 0);
  g_assert_cmpint (query_int (d.db, "SELECT count(*) FROM sqlite_master WHERE name = 'petitions_fts_ai'"), ==, 1);
  g_clear_object (&ro);
  db_close (&d);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/demo/deterministic", test_deterministic);
  g_test_add_func ("/store/demo/content", test_content);
  g_test_add_func ("/store/demo/empty", test_empty);
  g_test_add_func ("/store/demo/one-area", test_one_area);
  g_test_add_func ("/store/demo/mediation-history", test_mediation_history);
  g_test_add_func ("/store/demo/after-delete", test_after_delete);
  g_test_add_func ("/store/demo/read-only", test_read_only);

  return g_test_run ();
}
