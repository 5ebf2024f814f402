/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-mediation-store.h"
#include "ld-test-poppler.h"
#include "ld-test-util.h"

/* Runs the real legal-desk-cli of this build on a database filled through
 * the store: `mediations list` and `render mediation-*`. */

/* Valid citizen ID numbers (GB 11643 check digits). */
#define ID_ZHANG "330102197503081233"
#define ID_LI    "330102198211201242"
#define ID_WANG  "330102198806151010"
#define ID_ZHAO  "11010519491231002X"
#define ID_QIAN  "440524188001010014"
#define CREDIT   "91350100M000100Y43"

typedef struct
{
  char   *dir;
  char   *db_path;
  gint64  people;          /* 人民调解, mediating, two sessions and an agreement */
  gint64  administrative;  /* 行政调解, applied, no sessions */
} Fixture;

/* Runs the CLI on the fixture's database with the NULL-terminated arguments. */
#define run_cli(f, result, ...) ld_test_cli_run_on ((f)->dir, (f)->db_path, (result), __VA_ARGS__)

/* The same on the database at @db_path. */
#define run_cli_on(f, db_path, result, ...) ld_test_cli_run_on ((f)->dir, (db_path), (result), __VA_ARGS__)

static GDate *
day (int year,
     int month,
     int d)
{
  return g_date_new_dmy (d, month, year);
}

static LdMediationParty *
add_person (LdMediationCase *mcase,
            LdPartyRole      role,
            const char      *name,
            const char      *id_number)
{
  g_autoptr(LdMediationParty) party = ld_mediation_party_new (role, LD_PARTY_TYPE_PERSON, name);

  ld_mediation_party_set_id_number (party, id_number);
  g_assert_true (ld_mediation_party_fill_from_id_number (party));
  ld_mediation_party_set_address (party, "青山镇青山村三组");
  ld_mediation_case_add_party (mcase, party);
  return party;
}

static void
add_session (LdMediationCase *mcase,
             LdSessionKind    kind,
             int              month,
             int              d,
             const char      *place,
             const char      *record)
{
  g_autoptr(GDate) date = day (2026, month, d);
  g_autoptr(LdMediationSession) session = ld_mediation_session_new (kind, date);

  ld_mediation_session_set_place (session, place);
  ld_mediation_session_set_recorder (session, "孙记录");
  ld_mediation_session_set_record (session, record);
  ld_mediation_case_add_session (mcase, session);
}

static gint64
insert_people (LdDatabase *db)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) org = NULL;
  g_autoptr(GDate) applied = day (2026, 11, 2);
  g_autoptr(GDate) deadline = day (2026, 12, 31);
  g_autoptr(GError) error = NULL;
  LdMediationAgreement *agreement;
  LdMediationParty *zhang, *agent;
  const char *terms[] = { "被申请人退还承包费4000元", "被申请人赔偿青苗损失2000元", "双方再无其他争议" };
  gint64 id;

  ld_mediation_case_set_title (mcase, "张三、李四与青山村股份经济合作社土地承包费纠纷");
  ld_mediation_case_set_category (mcase, "山林土地");
  ld_mediation_case_set_committee (mcase, "青山镇人民调解委员会");
  ld_mediation_case_set_mediators (mcase, "王调解、赵明");
  ld_mediation_case_set_facts (mcase, "合作社收回承包地后未退还承包费。");
  ld_mediation_case_set_claims (mcase, "退还承包费并赔偿青苗损失。");
  ld_mediation_case_set_applied_on (mcase, applied);
  ld_mediation_case_set_accepted_on (mcase, applied);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_MEDIATING);

  zhang = add_person (mcase, LD_PARTY_ROLE_APPLICANT, "张三", ID_ZHANG);
  add_person (mcase, LD_PARTY_ROLE_APPLICANT, "李四", ID_LI);
  agent = add_person (mcase, LD_PARTY_ROLE_AGENT, "王律师", ID_WANG);
  ld_mediation_party_set_represents (agent, zhang);
  org = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_ORGANISATION, "青山村股份经济合作社");
  ld_mediation_party_set_id_number (org, CREDIT);
  ld_mediation_party_set_representative (org, "陈主任");
  ld_mediation_case_add_party (mcase, org);

  /* Entered out of date order: the latest is the first entered. */
  add_session (mcase, LD_SESSION_KIND_MEDIATION, 11, 20, "调解室", "双方同意分期退还承包费。");
  add_session (mcase, LD_SESSION_KIND_INVESTIGATION, 11, 5, "青山村村委会", "问：何时收回？答：九月。");

  agreement = ld_mediation_case_get_agreement (mcase);
  for (guint i = 0; i < G_N_ELEMENTS (terms); i++)
    {
      g_autoptr(LdMediationTerm) term = ld_mediation_term_new (terms[i], "银行转账", deadline);

      ld_mediation_agreement_append_term (agreement, term);
    }

  id = ld_mediation_store_insert (db, mcase, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
insert_administrative (LdDatabase *db)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(GDate) applied = day (2026, 11, 16);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  ld_mediation_case_set_title (mcase, "赵某与钱某宅基地界址纠纷");
  ld_mediation_case_set_category (mcase, "房屋宅基地");
  ld_mediation_case_set_applied_on (mcase, applied);
  add_person (mcase, LD_PARTY_ROLE_APPLICANT, "赵某", ID_ZHAO);
  add_person (mcase, LD_PARTY_ROLE_RESPONDENT, "钱某", ID_QIAN);

  id = ld_mediation_store_insert (db, mcase, &error);
  g_assert_no_error (error);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdDatabase) db = NULL;

  (void) data;
  f->dir = ld_test_make_tmp_dir ("test-cli-mediations-XXXXXX");
  f->db_path = g_build_filename (f->dir, "legal-desk.db", NULL);
  db = ld_test_open_database (f->db_path);
  f->people = insert_people (db);
  f->administrative = insert_administrative (db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  ld_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

/* No run of 15 or more ID characters: no citizen ID number, new or
 * legacy, is printed whole. */
static void
assert_no_full_id (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      run = (g_ascii_isdigit (*p) || *p == 'X' || *p == 'x') ? run + 1 : 0;
      if (run >= 15)
        g_error ("A full ID number is printed in:\n%s", text);
    }
}

static void
assert_party (JsonArray  *parties,
              guint       i,
              const char *role,
              const char *name,
              const char *id_number)
{
  JsonObject *party = json_array_get_object_element (parties, i);

  g_assert_cmpstr (json_object_get_string_member (party, "role"), ==, role);
  g_assert_cmpstr (json_object_get_string_member (party, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (party, "id_number"), ==, id_number);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *row;
  JsonArray *parties;

  (void) data;
  run_cli (f, &result, "mediations", "list", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_nonnull (strstr (result.out, "人调〔2026〕1号"));
  g_assert_nonnull (strstr (result.out, "行调〔2026〕2号"));
  g_assert_true (strstr (result.out, "人调〔2026〕1号") < strstr (result.out, "行调〔2026〕2号"));
  g_assert_nonnull (strstr (result.out, "王调解、赵明"));
  assert_no_full_id (result.out);

  run_cli (f, &result, "mediations", "list", "--json", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  assert_no_full_id (result.out);
  g_assert_null (strstr (result.out, ID_ZHANG));
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 2);

  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->people);
  g_assert_cmpstr (json_object_get_string_member (row, "number"), ==, "人调〔2026〕1号");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "mediating");
  g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "people");
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "张三、李四与青山村股份经济合作社土地承包费纠纷");
  g_assert_cmpstr (json_object_get_string_member (row, "category"), ==, "山林土地");
  g_assert_cmpstr (json_object_get_string_member (row, "first_applicant"), ==, "张三");
  g_assert_cmpstr (json_object_get_string_member (row, "applied_on"), ==, "2026-11-02");
  parties = json_object_get_array_member (row, "parties");
  g_assert_cmpuint (json_array_get_length (parties), ==, 4);
  /* People masked to their first 6 and last 4; the credit code is public. */
  assert_party (parties, 0, "applicant", "张三", "330102********1233");
  assert_party (parties, 1, "applicant", "李四", "330102********1242");
  assert_party (parties, 2, "agent", "王律师", "330102********1010");
  assert_party (parties, 3, "respondent", "青山村股份经济合作社", CREDIT);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->administrative);
  g_assert_cmpstr (json_object_get_string_member (row, "kind"), ==, "administrative");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "applied");
  parties = json_object_get_array_member (row, "parties");
  g_assert_cmpuint (json_array_get_length (parties), ==, 2);
  assert_party (parties, 0, "applicant", "赵某", "110105********002X");
  assert_party (parties, 1, "respondent", "钱某", "440524********0014");

  /* --status picks one case each. */
  run_cli (f, &result, "mediations", "list", "--json", "--status", "mediating", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->people);

  run_cli (f, &result, "mediations", "list", "--json", "-s", "applied", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->administrative);

  run_cli (f, &result, "mediations", "list", "--status", "archived", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "No mediation cases match."));

  /* Long after its target date the case being mediated is overdue. */
  run_cli (f, &result, "mediations", "list", "--json", "--overdue", "--today", "2027-06-01", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, >=, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->people);
  g_assert_true (json_object_get_boolean_member (g_ptr_array_index (rows, 0), "overdue"));
  run_cli (f, &result, "mediations", "list", "--json", "--overdue", "--today", "2026-11-17", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "");
}

/* The demo's cases: whatever they hold, no ID number leaves whole. */
static void
test_list_demo (Fixture       *f,
                gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *demo_path = g_build_filename (f->dir, "demo.db", NULL);
  guint masked = 0;

  (void) data;
  g_object_unref (ld_test_open_database (demo_path));
  run_cli_on (f, demo_path, &result, "demo", "-n", "12", NULL);
  g_assert_cmpint (result.status, ==, 0);
  run_cli_on (f, demo_path, &result, "mediations", "list", "--json", NULL);
  g_assert_cmpint (result.status, ==, 0);
  assert_no_full_id (result.out);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      JsonArray *parties = json_object_get_array_member (g_ptr_array_index (rows, i), "parties");

      for (guint j = 0; j < json_array_get_length (parties); j++)
        {
          JsonObject *party = json_array_get_object_element (parties, j);

          if (g_str_equal (json_object_get_string_member (party, "type"), "person")
              && !json_object_get_null_member (party, "id_number"))
            {
              g_assert_nonnull (strstr (json_object_get_string_member (party, "id_number"), "********"));
              masked++;
            }
        }
    }
  g_assert_cmpuint (masked, >, 0);
}

/* All text of the PDF at @path, read back with Poppler, without white space. */
static char *
pdf_text (const char *path)
{
  g_autofree char *raw = ld_test_pdf_file_text (path, NULL);
  GString *text = g_string_new (NULL);

  for (const char *p = raw; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (text, g_utf8_get_char (p));
  return g_string_free (text, FALSE);
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->people);
  g_autofree char *admin_id = g_strdup_printf ("%" G_GINT64_FORMAT, f->administrative);
  g_autofree char *text = NULL;

  (void) data;
  run_cli (f, &result, "render", "mediation-agreement", id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "人民调解协议书"));
  g_assert_nonnull (strstr (text, "（草稿）"));
  /* The agreement itself carries the full numbers, as the law has it. */
  g_assert_nonnull (strstr (text, ID_ZHANG));
  g_assert_nonnull (strstr (text, "3.双方再无其他争议。履行方式：银行转账；履行期限：2026年12月31日前。"));
  g_assert_nonnull (strstr (text, "青山镇人民调解委员会"));
  g_clear_pointer (&text, g_free);

  run_cli (f, &result, "render", "mediation-application", id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "人民调解申请书"));
  g_assert_nonnull (strstr (text, "申请事项"));
  g_clear_pointer (&text, g_free);

  /* The latest session by date, though entered first. */
  run_cli (f, &result, "render", "mediation-record", id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_true (g_str_has_prefix (text, "调解记录"));
  g_assert_nonnull (strstr (text, "时间：2026年11月20日"));
  g_assert_nonnull (strstr (text, "双方同意分期退还承包费。"));
  g_clear_pointer (&text, g_free);

  run_cli (f, &result, "render", "mediation-record", id, "--session", "2", "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_true (g_str_has_prefix (text, "调查记录"));
  g_assert_nonnull (strstr (text, "时间：2026年11月5日"));
  g_clear_pointer (&text, g_free);

  run_cli (f, &result, "render", "mediation-record", id, "--session=1", "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "时间：2026年11月20日"));
  g_clear_pointer (&text, g_free);

  /* A session the case does not have is a failure that says so. */
  run_cli (f, &result, "render", "mediation-record", id, "--session", "3", "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "session 3"));

  /* A case without sessions gives the blank form to fill in by hand. */
  run_cli (f, &result, "render", "mediation-record", admin_id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "时间：（待填写）"));
  g_assert_nonnull (strstr (text, "事由：赵某与钱某宅基地界址纠纷"));
  g_clear_pointer (&text, g_free);

  run_cli (f, &result, "render", "mediation-agreement", admin_id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = pdf_text (pdf);
  g_assert_true (g_str_has_prefix (text, "行政调解协议书"));
}

static void
test_unknown_id (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const kinds[] = { "mediation-agreement", "mediation-application", "mediation-record" };
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "missing.pdf", NULL);

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      run_cli (f, &result, "render", kinds[i], "999999", "-o", pdf, NULL);
      g_assert_cmpint (result.status, ==, 1);
      g_assert_nonnull (strstr (result.err, "999999"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
}

static void
test_bad_args (Fixture       *f,
               gconstpointer  data)
{
  static const char * const bad[][7] = {
    { "mediations", NULL },
    { "mediations", "remove", NULL },
    { "mediations", "list", "--status", "bogus", NULL },
    { "mediations", "list", "--today", "2026/11/01", NULL },
    { "mediations", "list", "extra", NULL },
    { "mediations", "list", "--bogus", NULL },
    { "render", "mediation-record", "abc", "-o", "x.pdf", NULL },
    { "render", "mediation-record", "0", "-o", "x.pdf", NULL },
    { "render", "mediation-record", "1", NULL },
    { "render", "mediation-record", "1", "--session", "0", "-o", "x.pdf" },
    { "render", "mediation-record", "1", "--session", "-2", "-o", "x.pdf" },
    { "render", "mediation-record", "1", "--session", "two", "-o", "x.pdf" },
    { "render", "mediation-agreement", "1", "--session", "1", "-o", "x.pdf" },
    { "render", "mediation-bogus", "1", "-o", "x.pdf", NULL },
  };
  g_auto(LdTestCliResult) result = { 0 };

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char * const *args = bad[i];
      const char *a[7] = { NULL, };

      /* Everything up to the first NULL (a full row has none). */
      for (guint j = 0; j < G_N_ELEMENTS (a) && args[j] != NULL; j++)
        a[j] = args[j];
      run_cli (f, &result, a[0], a[1], a[1] ? a[2] : NULL, a[2] ? a[3] : NULL,
               a[3] ? a[4] : NULL, a[4] ? a[5] : NULL, a[5] ? a[6] : NULL, NULL);
      if (result.status != 2)
        g_error ("“%s %s %s” exited with %d: %s", a[0], a[1] ? a[1] : "", a[2] ? a[2] : "",
                 result.status, result.err);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_cmpstr (result.err, !=, "");
    }
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };

  (void) data;
  run_cli (f, &result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "mediations"));

  run_cli (f, &result, "mediations", "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "list [--status S] [--overdue] [--json]"));

  run_cli (f, &result, "render", "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "mediation-agreement"));
  g_assert_nonnull (strstr (result.out, "mediation-application"));
  g_assert_nonnull (strstr (result.out, "mediation-record"));
  g_assert_nonnull (strstr (result.out, "--session"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/mediations/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("list-demo", test_list_demo);
  ADD ("render", test_render);
  ADD ("unknown-id", test_unknown_id);
  ADD ("bad-args", test_bad_args);
  ADD ("help", test_help);
#undef ADD

  return g_test_run ();
}
