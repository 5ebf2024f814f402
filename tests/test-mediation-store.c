/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-core-error.h"
#include "ld-draft-store.h"
#include "ld-due-store.h"
#include "ld-list-query.h"
#include "ld-mediation-store.h"
#include "ld-migrations.h"
#include "ld-test-pdf.h"
#include "ld-test-util.h"

typedef struct
{
  LdDatabase *db;
  int         renders;     /* how often the render callback ran */
  char       *last_number; /* the number it was given */
  gboolean    fail_render;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  (void) data;
  f->db = ld_test_open_database (":memory:");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_free (f->last_number);
  g_assert_finalize_object (f->db);
}

static LdMediationParty *
add_party (LdMediationCase *mcase,
           LdPartyRole      role,
           LdPartyType      type,
           const char      *name)
{
  g_autoptr(LdMediationParty) party = ld_mediation_party_new (role, type, name);

  ld_mediation_case_add_party (mcase, party);
  return party;
}

/* A case applied for on @applied: one applicant and one respondent. */
static LdMediationCase *
make_case (const char      *applied,
           LdMediationKind  kind,
           const char      *title)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  GDate date;

  ld_test_parse_date (applied, &date);
  ld_mediation_case_set_applied_on (mcase, &date);
  ld_mediation_case_set_kind (mcase, kind);
  ld_mediation_case_set_title (mcase, title);
  ld_mediation_case_set_category (mcase, "邻里");
  ld_mediation_case_set_facts (mcase, "双方因共用通道堆放杂物发生争执。");
  ld_mediation_case_set_committee (mcase, "青山镇人民调解委员会");
  add_party (mcase, LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "张三");
  add_party (mcase, LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_PERSON, "李四");
  return mcase;
}

static void
set_accepted (LdMediationCase   *mcase,
              const char        *accepted,
              LdMediationStatus  status)
{
  GDate date;

  ld_test_parse_date (accepted, &date);
  ld_mediation_case_set_accepted_on (mcase, &date);
  ld_mediation_case_set_mediators (mcase, "王调解、赵调解");
  ld_mediation_case_set_status (mcase, status);
}

static void
add_term (LdMediationCase *mcase,
          const char      *content,
          const char      *deadline)
{
  GDate date;
  g_autoptr(LdMediationTerm) term = NULL;

  ld_test_parse_date (deadline, &date);
  term = ld_mediation_term_new (content, "银行转账", &date);
  ld_mediation_agreement_append_term (ld_mediation_case_get_agreement (mcase), term);
}

static void
add_session (LdMediationCase *mcase,
             LdSessionKind    kind,
             const char      *on,
             const char      *record)
{
  g_autoptr(LdMediationSession) session = NULL;
  GDate date;

  ld_test_parse_date (on, &date);
  session = ld_mediation_session_new (kind, &date);
  ld_mediation_session_set_place (session, "青山镇调解室");
  ld_mediation_session_set_participants (session, "张三、李四");
  ld_mediation_session_set_recorder (session, "孙记录");
  ld_mediation_session_set_record (session, record);
  ld_mediation_case_add_session (mcase, session);
}

/* A case that reached an agreement with two terms. */
static LdMediationCase *
make_agreed_case (void)
{
  LdMediationCase *mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "张三与李四相邻通行纠纷");
  GDate date;

  set_accepted (mcase, "2026-03-03", LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  add_session (mcase, LD_SESSION_KIND_MEDIATION, "2026-03-10", "经调解双方达成协议。");
  ld_test_parse_date ("2026-03-10", &date);
  ld_mediation_agreement_set_reached_on (ld_mediation_case_get_agreement (mcase), &date);
  add_term (mcase, "李四于三日内清除通道杂物", "2026-03-13");
  add_term (mcase, "李四赔偿张三损失五百元", "2026-03-31");
  return mcase;
}

static gint64
insert (Fixture         *f,
        LdMediationCase *mcase)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ld_mediation_store_insert (f->db, mcase, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ld_mediation_case_get_id (mcase), ==, id);
  return id;
}

static LdMediationCase *
get (Fixture *f,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  LdMediationCase *mcase = ld_mediation_store_get (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (mcase);
  return mcase;
}

static LdMediationParty *
party_at (LdMediationCase *mcase,
          unsigned         position)
{
  /* The case keeps a reference; the test only looks. */
  g_autoptr(LdMediationParty) party = g_list_model_get_item (ld_mediation_case_get_parties (mcase), position);

  return party;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdMediationCase) loaded = NULL;
  g_autoptr(LdMediationParty) agent = NULL;
  g_autoptr(LdMediationParty) represents = NULL;
  g_autoptr(LdReturnVisit) visit = NULL;
  LdMediationParty *org, *second;
  LdMediationAgreement *agreement;
  GPtrArray *sessions;
  GDate date;
  gint64 id;

  (void) data;
  /* A second applicant, an organisation respondent with its head, and an
   * agent entered before the applicant it acts for. */
  second = add_party (mcase, LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "张小三");
  ld_mediation_party_set_phone (second, "13800138000");
  ld_mediation_party_set_address (second, "青山镇青山村3组");
  ld_test_parse_date ("1980-05-06", &date);
  ld_mediation_party_set_birth_date (second, &date);
  ld_mediation_party_set_gender (second, LD_GENDER_MALE);
  ld_mediation_party_set_ethnicity (second, "汉族");
  ld_mediation_party_set_occupation (second, "农民");
  org = add_party (mcase, LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_ORGANISATION, "青山物业有限公司");
  ld_mediation_party_set_representative (org, "周经理");
  agent = ld_mediation_party_new (LD_PARTY_ROLE_AGENT, LD_PARTY_TYPE_PERSON, "钱律师");
  ld_mediation_party_set_represents (agent, second);
  ld_mediation_case_insert_party (mcase, 1, agent);
  ld_mediation_case_set_source (mcase, LD_MEDIATION_SOURCE_POLICE);
  ld_mediation_case_set_claims (mcase, "请求清除杂物。");
  ld_mediation_case_set_extension_approved (mcase, TRUE);
  add_session (mcase, LD_SESSION_KIND_INVESTIGATION, "2026-03-05", "走访邻居了解情况。");
  agreement = ld_mediation_case_get_agreement (mcase);
  ld_mediation_agreement_set_copies (agreement, 4);
  ld_mediation_agreement_set_place_of_performance (agreement, "青山村");
  ld_mediation_agreement_set_confirmation_result (agreement, LD_CONFIRMATION_CONFIRMED);
  ld_test_parse_date ("2026-03-12", &date);
  ld_mediation_agreement_set_confirmation_applied_on (agreement, &date);
  ld_test_parse_date ("2026-03-20", &date);
  ld_mediation_agreement_set_confirmation_decided_on (agreement, &date);
  ld_mediation_agreement_set_confirmation_court (agreement, "青山县人民法院");
  ld_mediation_agreement_set_confirmation_note (agreement, "（2026）青民特1号");
  ld_mediation_agreement_set_term_performance (agreement, 0, LD_PERFORMANCE_PERFORMED, &date);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_RETURN_VISIT_DONE);
  ld_test_parse_date ("2026-04-15", &date);
  visit = ld_return_visit_new (&date, "王调解", "协议已履行，双方满意。");
  ld_mediation_case_add_return_visit (mcase, visit);

  id = insert (f, mcase);
  g_assert_cmpstr (ld_mediation_case_get_number (mcase), ==, "人调〔2026〕1号");
  g_assert_cmpint (ld_mediation_case_get_year (mcase), ==, 2026);
  g_assert_cmpint (ld_mediation_case_get_seq (mcase), ==, 1);
  g_assert_cmpint (ld_mediation_party_get_id (agent), >, 0);
  sessions = ld_mediation_case_get_sessions (mcase);
  g_assert_cmpint (((LdMediationSession *) sessions->pdata[1])->id, >, 0);
  g_assert_cmpint (ld_mediation_agreement_get_term (agreement, 1)->id, >, 0);
  g_assert_cmpint (((LdReturnVisit *) ld_mediation_case_get_return_visits (mcase)->pdata[0])->id, >, 0);

  loaded = get (f, id);
  g_assert_cmpstr (ld_mediation_case_get_number (loaded), ==, "人调〔2026〕1号");
  g_assert_cmpint (ld_mediation_case_get_source (loaded), ==, LD_MEDIATION_SOURCE_POLICE);
  g_assert_cmpstr (ld_mediation_case_get_title (loaded), ==, "张三与李四相邻通行纠纷");
  g_assert_cmpstr (ld_mediation_case_get_category (loaded), ==, "邻里");
  g_assert_cmpstr (ld_mediation_case_get_claims (loaded), ==, "请求清除杂物。");
  g_assert_cmpstr (ld_mediation_case_get_mediators (loaded), ==, "王调解、赵调解");
  g_assert_cmpint (ld_mediation_case_get_status (loaded), ==, LD_MEDIATION_STATUS_RETURN_VISIT_DONE);
  g_assert_true (ld_mediation_case_get_extension_approved (loaded));
  g_assert_false (ld_mediation_case_get_party_refused (loaded));
  ld_test_assert_date (ld_mediation_case_get_applied_on (loaded), "2026-03-02");
  ld_test_assert_date (ld_mediation_case_get_accepted_on (loaded), "2026-03-03");

  /* The parties in order, the agent linked to the party it acts for. */
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (loaded)), ==, 5);
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (loaded, 0)), ==, "张三");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (loaded, 1)), ==, "钱律师");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (loaded, 3)), ==, "张小三");
  represents = ld_mediation_party_dup_represents (party_at (loaded, 1));
  g_assert_true (represents == party_at (loaded, 3));
  for (unsigned i = 0; i < 5; i++)
    {
      g_autoptr(LdMediationParty) original = g_list_model_get_item (ld_mediation_case_get_parties (mcase), i);

      g_assert_true (ld_mediation_party_equal (original, party_at (loaded, i)));
      g_assert_cmpint (ld_mediation_party_get_id (original), ==, ld_mediation_party_get_id (party_at (loaded, i)));
    }
  g_assert_cmpstr (ld_mediation_party_get_representative (party_at (loaded, 4)), ==, "周经理");
  g_assert_cmpint (ld_mediation_party_get_party_type (party_at (loaded, 4)), ==, LD_PARTY_TYPE_ORGANISATION);
  ld_test_assert_date (ld_mediation_party_get_birth_date (party_at (loaded, 3)), "1980-05-06");

  /* The stored names for the list: applicants, then respondents. */
  {
    g_autofree char *names = ld_test_query_text (f->db, "SELECT party_names FROM mediation_cases");

    g_assert_cmpstr (names, ==, "张三、张小三、李四、青山物业有限公司");
  }

  g_assert_true (ld_mediation_agreement_equal (ld_mediation_case_get_agreement (loaded), agreement));
  g_assert_cmpuint (ld_mediation_case_get_sessions (loaded)->len, ==, 2);
  for (unsigned i = 0; i < 2; i++)
    g_assert_true (ld_mediation_session_equal (sessions->pdata[i],
                                               ld_mediation_case_get_sessions (loaded)->pdata[i]));
  g_assert_cmpuint (ld_mediation_case_get_return_visits (loaded)->len, ==, 1);
  g_assert_true (ld_return_visit_equal (ld_mediation_case_get_return_visits (mcase)->pdata[0],
                                        ld_mediation_case_get_return_visits (loaded)->pdata[0]));

  /* Nothing in the store but what was saved. */
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 5);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_terms"), ==, 2);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_agreements"), ==, 1);

  /* Saved again, the agent still acts for the party after it. */
  {
    g_autoptr(LdMediationCase) again = NULL;
    g_autoptr(LdMediationParty) link = NULL;
    g_autoptr(GError) error = NULL;

    ld_mediation_case_set_claims (loaded, "请求清除杂物并赔礼道歉。");
    ld_mediation_party_set_phone (party_at (loaded, 1), "13700137000");
    g_assert_true (ld_mediation_store_update (f->db, loaded, &error));
    g_assert_no_error (error);
    again = get (f, id);
    link = ld_mediation_party_dup_represents (party_at (again, 1));
    g_assert_true (link == party_at (again, 3));
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 5);
  }

  /* A case without an agreement stores no agreement row. */
  {
    g_autoptr(LdMediationCase) plain = make_case ("2026-05-01", LD_MEDIATION_KIND_PEOPLE, "另一纠纷");
    g_autoptr(LdMediationCase) plain_loaded = NULL;

    insert (f, plain);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_agreements"), ==, 1);
    plain_loaded = get (f, ld_mediation_case_get_id (plain));
    g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (plain_loaded)), ==, 0);
  }
}

static void
test_get_missing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationCase) mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "纠纷");

  (void) data;
  g_assert_null (ld_mediation_store_get (f->db, 42, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  ld_mediation_case_set_id (mcase, 42);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (ld_mediation_store_delete (f->db, 42, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
test_update_keeps_ids (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdMediationCase) loaded = NULL;
  g_autoptr(GBytes) photo = g_bytes_new_static ("photo", 5);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationSession) edited = NULL;
  const LdMediationSession *session;
  gint64 id, first_session, second_session, first_term, applicant, respondent;

  (void) data;
  add_session (mcase, LD_SESSION_KIND_INVESTIGATION, "2026-03-05", "调查记录。");
  id = insert (f, mcase);
  first_session = ((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[0])->id;
  second_session = ((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[1])->id;
  first_term = ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (mcase), 0)->id;
  applicant = ld_mediation_party_get_id (party_at (mcase, 0));
  respondent = ld_mediation_party_get_id (party_at (mcase, 1));

  /* Photos of both sessions. */
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_SESSION_TABLE, first_session,
                                            "现场.jpg", "image/jpeg", photo, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_SESSION_TABLE, second_session,
                                            "走访.jpg", "image/jpeg", photo, &error), >, 0);
  g_assert_no_error (error);

  /* Edit the first session, drop the second, add one; drop the second
   * term, the respondent gets a phone, a second respondent comes. */
  loaded = get (f, id);
  session = ld_mediation_case_get_sessions (loaded)->pdata[0];
  edited = ld_mediation_session_copy (session);
  ld_mediation_session_set_record (edited, "经调解双方达成口头一致。");
  ld_mediation_case_replace_session (loaded, 0, edited);
  ld_mediation_case_remove_session (loaded, 1);
  add_session (loaded, LD_SESSION_KIND_MEDIATION, "2026-03-11", "第二次调解。");
  ld_mediation_agreement_remove_term (ld_mediation_case_get_agreement (loaded), 1);
  ld_mediation_party_set_phone (party_at (loaded, 1), "13900139000");
  add_party (loaded, LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_PERSON, "李五");
  g_assert_true (ld_mediation_store_update (f->db, loaded, &error));
  g_assert_no_error (error);

  /* The new rows got ids on the editor's case. */
  g_assert_cmpint (((LdMediationSession *) ld_mediation_case_get_sessions (loaded)->pdata[1])->id, >, second_session);
  g_assert_cmpint (ld_mediation_party_get_id (party_at (loaded, 2)), >, respondent);

  g_clear_object (&mcase);
  mcase = get (f, id);
  g_assert_cmpint (((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[0])->id, ==, first_session);
  g_assert_cmpstr (((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[0])->record, ==,
                   "经调解双方达成口头一致。");
  g_assert_cmpuint (ld_mediation_case_get_sessions (mcase)->len, ==, 2);
  g_assert_true (ld_mediation_session_equal (ld_mediation_case_get_sessions (mcase)->pdata[1],
                                             ld_mediation_case_get_sessions (loaded)->pdata[1]));
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (mcase)), ==, 1);
  g_assert_cmpint (ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (mcase), 0)->id, ==, first_term);
  g_assert_cmpint (ld_mediation_party_get_id (party_at (mcase, 0)), ==, applicant);
  g_assert_cmpint (ld_mediation_party_get_id (party_at (mcase, 1)), ==, respondent);
  g_assert_cmpstr (ld_mediation_party_get_phone (party_at (mcase, 1)), ==, "13900139000");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 3);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_sessions"), ==, 2);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_terms"), ==, 1);

  /* The kept session kept its photo; the removed one's went with it. */
  files = ld_attachment_store_list (f->db, LD_MEDIATION_SESSION_TABLE, first_session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 1);
  g_clear_pointer (&files, g_ptr_array_unref);
  files = ld_attachment_store_list (f->db, LD_MEDIATION_SESSION_TABLE, second_session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, 0);

  /* Emptying the agreement removes its row and terms. */
  {
    g_autoptr(LdMediationAgreement) blank = ld_mediation_agreement_new ();

    ld_mediation_agreement_assign (ld_mediation_case_get_agreement (loaded), blank);
    g_assert_true (ld_mediation_store_update (f->db, loaded, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_agreements"), ==, 0);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_terms"), ==, 0);
  }
}

/* An agent saved before the new party it acts for is linked to it. */
static void
test_agent_first (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "纠纷");
  g_autoptr(LdMediationCase) loaded = NULL;
  g_autoptr(LdMediationParty) agent = ld_mediation_party_new (LD_PARTY_ROLE_AGENT, LD_PARTY_TYPE_PERSON, "钱律师");
  g_autoptr(LdMediationParty) link = NULL;
  g_autoptr(GError) error = NULL;
  LdMediationParty *later;
  gint64 id;

  (void) data;
  id = insert (f, mcase);
  later = add_party (mcase, LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "张小三");
  ld_mediation_party_set_represents (agent, later);
  ld_mediation_case_insert_party (mcase, 0, agent);
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_mediation_party_get_id (later), >, 0);

  loaded = get (f, id);
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (loaded, 3)), ==, "张小三");
  link = ld_mediation_party_dup_represents (party_at (loaded, 0));
  g_assert_true (link == party_at (loaded, 3));
  g_assert_cmpint (ld_mediation_party_get_id (party_at (loaded, 0)), ==, ld_mediation_party_get_id (agent));
}

/* A page of cases with their parties only: in the order asked, unknown
 * ids left out, agents linked as a full load links them. */
static void
test_get_with_parties (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LdMediationCase) a = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "甲纠纷");
  g_autoptr(LdMediationCase) b = make_case ("2026-03-03", LD_MEDIATION_KIND_ADMINISTRATIVE, "乙纠纷");
  g_autoptr(LdMediationParty) agent = ld_mediation_party_new (LD_PARTY_ROLE_AGENT, LD_PARTY_TYPE_PERSON, "钱律师");
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(LdMediationParty) link = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  (void) data;
  ld_mediation_party_set_represents (agent, party_at (b, 1));
  ld_mediation_case_add_party (b, agent);
  ids[2] = insert (f, a);
  ids[1] = 999999;
  ids[0] = insert (f, b);

  cases = ld_mediation_store_get_with_parties (f->db, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 2);
  g_assert_cmpint (ld_mediation_case_get_id (g_ptr_array_index (cases, 0)), ==, ids[0]);
  g_assert_cmpint (ld_mediation_case_get_id (g_ptr_array_index (cases, 1)), ==, ids[2]);
  g_assert_cmpint (ld_mediation_case_get_kind (g_ptr_array_index (cases, 0)), ==,
                   LD_MEDIATION_KIND_ADMINISTRATIVE);
  g_assert_cmpstr (ld_mediation_case_get_category (g_ptr_array_index (cases, 1)), ==, "邻里");
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (g_ptr_array_index (cases, 0))),
                    ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (g_ptr_array_index (cases, 1))),
                    ==, 2);
  link = ld_mediation_party_dup_represents (party_at (g_ptr_array_index (cases, 0), 2));
  g_assert_true (link == party_at (g_ptr_array_index (cases, 0), 1));
  /* Only the parties: no sessions or terms were read. */
  g_assert_cmpuint (ld_mediation_case_get_sessions (g_ptr_array_index (cases, 0))->len, ==, 0);

  none = ld_mediation_store_get_with_parties (f->db, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdMediationCase) a = make_case ("2026-01-05", LD_MEDIATION_KIND_PEOPLE, "甲纠纷");
  g_autoptr(LdMediationCase) b = make_case ("2026-02-05", LD_MEDIATION_KIND_ADMINISTRATIVE, "乙纠纷");
  g_autoptr(LdMediationCase) c = make_case ("2025-12-30", LD_MEDIATION_KIND_PEOPLE, "丙纠纷");
  g_autoptr(LdMediationCase) d = make_case ("2026-03-05", LD_MEDIATION_KIND_PEOPLE, "丁纠纷");
  g_autoptr(LdMediationCase) e = ld_mediation_case_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  (void) data;
  insert (f, a);
  insert (f, b);
  insert (f, c);
  insert (f, d);
  g_assert_cmpstr (ld_mediation_case_get_number (a), ==, "人调〔2026〕1号");
  g_assert_cmpstr (ld_mediation_case_get_number (b), ==, "行调〔2026〕2号");
  g_assert_cmpstr (ld_mediation_case_get_number (c), ==, "人调〔2025〕1号");
  g_assert_cmpstr (ld_mediation_case_get_number (d), ==, "人调〔2026〕3号");

  /* Without an application date: applied today, numbered in this year. */
  ld_mediation_case_set_title (e, "当日申请");
  insert (f, e);
  g_assert_nonnull (ld_mediation_case_get_applied_on (e));
  g_assert_cmpint (g_date_get_year (ld_mediation_case_get_applied_on (e)), ==, g_date_time_get_year (now));
  g_assert_cmpint (ld_mediation_case_get_year (e), ==, g_date_time_get_year (now));

  /* The number stays whatever the editor's copy says. */
  ld_mediation_case_set_number (a, "人调〔2026〕99号");
  g_assert_true (ld_mediation_store_update (f->db, a, NULL));
  {
    g_autoptr(LdMediationCase) stored = get (f, ld_mediation_case_get_id (a));

    g_assert_cmpstr (ld_mediation_case_get_number (stored), ==, "人调〔2026〕1号");
  }
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "");
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  (void) data;
  /* No title: refused with the first error's message, nothing stored. */
  g_assert_cmpint (ld_mediation_store_insert (f->db, mcase, &error), ==, 0);
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (ld_mediation_case_get_id (mcase), ==, 0);
  g_assert_cmpstr (ld_mediation_case_get_number (mcase), ==, "");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_cases"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 0);

  ld_mediation_case_set_title (mcase, "张三与李四纠纷");
  id = insert (f, mcase);

  /* applied → mediating skips acceptance: refused by the workflow. */
  set_accepted (mcase, "2026-03-03", LD_MEDIATION_STATUS_MEDIATING);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* An invalid edit (an agent acting for nobody) is refused. */
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_APPLIED);
  add_party (mcase, LD_PARTY_ROLE_AGENT, LD_PARTY_TYPE_PERSON, "钱律师");
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);

  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_APPLIED);
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (stored)), ==, 2);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 2);

  /* The allowed step is saved. */
  ld_mediation_case_remove_party (mcase, 2);
  set_accepted (mcase, "2026-03-03", LD_MEDIATION_STATUS_ACCEPTED);
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_ACCEPTED);
}

/* A one-page PDF made with cairo; the number goes to f->last_number. */
static GBytes *
render_cb (const char  *number,
           gpointer     user_data,
           GError     **error)
{
  Fixture *f = user_data;

  f->renders++;
  g_free (f->last_number);
  f->last_number = g_strdup (number);
  if (f->fail_render)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "render failed");
      return NULL;
    }
  return ld_test_shape_pdf ();
}

/* The number says 人调 or 行调 for good: the kind of a stored case stays. */
static void
test_kind_fixed (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  (void) data;
  id = insert (f, mcase);
  g_assert_true (g_str_has_prefix (ld_mediation_case_get_number (mcase), "人调"));
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, ld_mediation_case_get_number (mcase)));
  g_assert_nonnull (strstr (error->message, "new case"));
  g_clear_error (&error);
  /* Nor through issuing a document, which saves the case first. */
  g_assert_null (ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                           "协议书", render_cb, f, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 0);

  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_kind (stored), ==, LD_MEDIATION_KIND_PEOPLE);
  /* The rest still saves. */
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_PEOPLE);
  ld_mediation_case_set_title (mcase, "改过的标题");
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
}

static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(LdMediationTerm) term = NULL;
  g_autoptr(GError) error = NULL;
  LdMediationAgreement *agreement;
  gboolean issued = TRUE;
  GDate date;
  gint64 id;

  (void) data;
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_MEDIATING);
  id = insert (f, mcase);
  agreement = ld_mediation_case_get_agreement (mcase);

  /* Unsaved: refused. */
  {
    g_autoptr(LdMediationCase) unsaved = make_agreed_case ();

    g_assert_null (ld_mediation_store_issue (f->db, unsaved, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                             "协议书", render_cb, f, &error));
    g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A people's mediation without its committee: no document names the
   * government in its place; refused before anything renders. */
  {
    static const LdDocumentKind kinds[] = {
      LD_DOCUMENT_KIND_MEDIATION_APPLICATION, LD_DOCUMENT_KIND_MEDIATION_RECORD,
      LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
    };
    g_autoptr(LdMediationCase) nameless = ld_mediation_case_copy (mcase);

    ld_mediation_case_set_committee (nameless, "");
    ld_mediation_case_set_status (nameless, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
    for (unsigned i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        g_assert_null (ld_mediation_store_issue (f->db, nameless, kinds[i], "文书", render_cb, f, &error));
        g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
        g_assert_nonnull (strstr (error->message, "committee"));
        g_clear_error (&error);
      }
    g_assert_cmpint (f->renders, ==, 0);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM issued_documents"), ==, 0);
  }

  /* Still mediating: the agreement is refused before anything renders. */
  g_assert_null (ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                           "协议书", render_cb, f, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 0);

  /* Reached but no terms: refused too. */
  {
    g_autoptr(LdMediationCase) bare = ld_mediation_case_copy (mcase);

    ld_mediation_case_set_status (bare, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
    ld_mediation_agreement_clear_terms (ld_mediation_case_get_agreement (bare));
    g_assert_null (ld_mediation_store_issue (f->db, bare, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                             "协议书", render_cb, f, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
    g_clear_error (&error);
    g_assert_cmpint (f->renders, ==, 0);
  }

  /* A failing render: nothing saved, no number used. */
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  ld_mediation_case_set_claims (mcase, "签字前的修改");
  f->fail_render = TRUE;
  g_assert_null (ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                           "协议书", render_cb, f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 1);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM document_counters"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM issued_documents"), ==, 0);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_MEDIATING);
  g_assert_cmpstr (ld_mediation_case_get_claims (stored), ==, "");
  g_assert_true (ld_mediation_store_has_issued_agreement (f->db, id, &issued, &error));
  g_assert_false (issued);

  /* Issued: saved with the case, for the record, numbered. */
  f->fail_render = FALSE;
  document = ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                       "张三与李四相邻通行纠纷调解协议书", render_cb, f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpstr (ld_issued_document_get_number (document), ==, f->last_number);
  g_assert_cmpstr (ld_issued_document_get_record_table (document), ==, LD_MEDIATION_STORE_TABLE);
  g_assert_cmpint (ld_issued_document_get_record_id (document), ==, id);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  g_assert_cmpstr (ld_mediation_case_get_claims (stored), ==, "签字前的修改");
  g_assert_true (ld_mediation_store_has_issued_agreement (f->db, id, &issued, &error));
  g_assert_no_error (error);
  g_assert_true (issued);

  /* The signed terms are frozen: content, method, deadline, number. */
  term = ld_mediation_term_copy (ld_mediation_agreement_get_term (agreement, 0));
  ld_mediation_term_set_content (term, "李四于十日内清除通道杂物");
  ld_mediation_agreement_replace_term (agreement, 0, term);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  ld_mediation_agreement_replace_term (agreement, 0, ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (stored), 0));

  g_clear_pointer (&term, ld_mediation_term_free);
  term = ld_mediation_term_copy (ld_mediation_agreement_get_term (agreement, 1));
  ld_test_parse_date ("2026-04-30", &term->deadline);
  ld_mediation_agreement_replace_term (agreement, 1, term);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  ld_mediation_agreement_replace_term (agreement, 1, ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (stored), 1));

  ld_mediation_agreement_move_term (agreement, 0, 1);
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  ld_mediation_agreement_move_term (agreement, 0, 1);

  add_term (mcase, "另加一条", "2026-05-01");
  g_assert_false (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  ld_mediation_agreement_remove_term (agreement, 2);

  /* Performance stays editable. */
  ld_test_parse_date ("2026-03-12", &date);
  ld_mediation_agreement_set_term_performance (agreement, 0, LD_PERFORMANCE_PERFORMED, &date);
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (stored), 0)->status,
                   ==, LD_PERFORMANCE_PERFORMED);

  /* A case with an issued document is not deleted. */
  g_assert_false (ld_mediation_store_delete (f->db, id, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_cases"), ==, 1);

  /* The other documents of a case are numbered in their own kind. */
  {
    g_autoptr(LdIssuedDocument) record = NULL;

    record = ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_RECORD,
                                       "调解记录", render_cb, f, &error);
    g_assert_no_error (error);
    g_assert_nonnull (record);
    g_assert_cmpstr (ld_issued_document_get_number (record), !=,
                     ld_issued_document_get_number (document));
  }

  /* One agreement per case: a second is refused, naming the first, and
   * uses no number. */
  {
    int renders = f->renders;

    g_assert_null (ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                             "协议书", render_cb, f, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
    g_assert_nonnull (strstr (error->message, ld_issued_document_get_number (document)));
    g_clear_error (&error);
    g_assert_cmpint (f->renders, ==, renders);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM issued_documents "
                                               "WHERE kind = 'mediation-agreement'"), ==, 1);
  }
}

/* An administrative mediation's agreement is a 行政调解协议书 with numbers
 * of its own, and counts as the case's issued agreement. */
static void
test_issue_administrative (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean issued = FALSE;
  gint64 id;

  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  id = ld_mediation_store_insert (f->db, mcase, &error);
  g_assert_no_error (error);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  document = ld_mediation_store_issue (f->db, mcase, LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,
                                       "行政调解协议书", render_cb, f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpint (ld_issued_document_get_kind (document), ==,
                   LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT);
  g_assert_true (g_str_has_prefix (ld_issued_document_get_number (document), "×行调〔"));
  g_assert_true (ld_mediation_store_has_issued_agreement (f->db, id, &issued, &error));
  g_assert_no_error (error);
  g_assert_true (issued);
}

static void
test_set_status (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "纠纷");
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  (void) data;
  id = insert (f, mcase);

  /* Not accepted needs a reason. */
  g_assert_false (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_NOT_ACCEPTED, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_NOT_ACCEPTED, "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* No edge applied → mediating. */
  g_assert_false (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_MEDIATING, NULL, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (ld_mediation_store_set_status (f->db, 999, LD_MEDIATION_STATUS_ACCEPTED, NULL, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_NOT_ACCEPTED,
                                                "一方当事人明确拒绝调解", &error));
  g_assert_no_error (error);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_NOT_ACCEPTED);
  g_assert_cmpstr (ld_mediation_case_get_status_reason (stored), ==, "一方当事人明确拒绝调解");

  /* The reason is ignored (and cleared) for other steps. */
  g_assert_true (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_ARCHIVED, "ignored", &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_ARCHIVED);
  g_assert_cmpstr (ld_mediation_case_get_status_reason (stored), !=, "ignored");
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(LdMediationCase) before = NULL;
  g_autoptr(LdMediationCase) after = NULL;
  g_autoptr(LdMediationParty) agent = ld_mediation_party_new (LD_PARTY_ROLE_AGENT, LD_PARTY_TYPE_PERSON, "钱律师");
  g_autoptr(LdMediationParty) represents = NULL;
  g_autoptr(GBytes) photo = g_bytes_new_static ("photo", 5);
  g_autoptr(GBytes) draft = g_bytes_new_static ("{}", 2);
  g_autoptr(GError) error = NULL;
  gint64 id, session;

  (void) data;
  ld_mediation_party_set_represents (agent, party_at (mcase, 1));
  ld_mediation_case_insert_party (mcase, 0, agent);
  id = insert (f, mcase);
  session = ((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[0])->id;
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_SESSION_TABLE, session,
                                            "现场.jpg", "image/jpeg", photo, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_STORE_TABLE, id,
                                            "申请书.pdf", "application/pdf", photo, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (ld_draft_store_save (f->db, "mediation", id, draft, &error));
  g_assert_no_error (error);

  before = get (f, id);
  g_assert_true (ld_mediation_store_delete (f->db, id, &error));
  g_assert_no_error (error);
  g_assert_null (ld_mediation_store_get (f->db, id, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_parties"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_sessions"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_agreements"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_terms"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM drafts"), ==, 0);
  /* The files wait aside for an Undo, out of every list. */
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"
                                             " WHERE record_table IN ('mediation_cases', 'mediation_sessions')"), ==, 0);

  g_assert_true (ld_mediation_store_restore_deleted (f->db, before, &error));
  g_assert_no_error (error);
  after = get (f, id);
  g_assert_cmpstr (ld_mediation_case_get_number (after), ==, ld_mediation_case_get_number (before));
  g_assert_cmpint (ld_mediation_case_get_status (after), ==, ld_mediation_case_get_status (before));
  for (unsigned i = 0; i < 3; i++)
    g_assert_cmpint (ld_mediation_party_get_id (party_at (after, i)), ==,
                     ld_mediation_party_get_id (party_at (before, i)));
  represents = ld_mediation_party_dup_represents (party_at (after, 0));
  g_assert_true (represents == party_at (after, 2));
  g_assert_true (ld_mediation_agreement_equal (ld_mediation_case_get_agreement (after),
                                               ld_mediation_case_get_agreement (before)));
  g_assert_true (ld_mediation_session_equal (ld_mediation_case_get_sessions (after)->pdata[0],
                                             ld_mediation_case_get_sessions (before)->pdata[0]));
  /* With the files of the case and of its session. */
  {
    g_autoptr(GPtrArray) files = ld_attachment_store_list (f->db, LD_MEDIATION_SESSION_TABLE, session, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (files->len, ==, 1);
    g_clear_pointer (&files, g_ptr_array_unref);
    files = ld_attachment_store_list (f->db, LD_MEDIATION_STORE_TABLE, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (files->len, ==, 1);
  }

  /* Restoring twice clashes. */
  g_assert_false (ld_mediation_store_restore_deleted (f->db, before, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
}

/* Deleting keeps the files of the last deleted case only; a purge (the
 * Undo toast gone) removes them. */
static void
test_delete_purge (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LdMediationCase) a = make_agreed_case ();
  g_autoptr(LdMediationCase) b = make_agreed_case ();
  g_autoptr(LdMediationCase) kept = NULL;
  g_autoptr(LdMediationCase) other = make_case ("2026-03-20", LD_MEDIATION_KIND_PEOPLE, "其他纠纷");
  g_autoptr(GBytes) photo = g_bytes_new_static ("photo", 5);
  g_autoptr(GError) error = NULL;
  gint64 id_a, id_b, other_id;

  (void) data;
  id_a = insert (f, a);
  id_b = insert (f, b);
  other_id = insert (f, other);
  for (unsigned i = 0; i < 2; i++)
    {
      LdMediationCase *mcase = i == 0 ? a : b;
      gint64 session = ((LdMediationSession *) ld_mediation_case_get_sessions (mcase)->pdata[0])->id;

      g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_SESSION_TABLE, session,
                                                "现场.jpg", "image/jpeg", photo, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_STORE_TABLE, other_id,
                                            "证据.pdf", "application/pdf", photo, &error), >, 0);
  g_assert_no_error (error);

  g_assert_true (ld_mediation_store_delete (f->db, id_a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 3);
  kept = get (f, id_b);
  /* The next delete drops the files of the one before. */
  g_assert_true (ld_mediation_store_delete (f->db, id_b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 2);

  g_assert_true (ld_mediation_store_purge_deleted (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 1);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT record_id FROM attachments"), ==, other_id);

  /* Undo after the purge still brings the case back, without its files. */
  g_assert_true (ld_mediation_store_restore_deleted (f->db, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 1);
}

/* A deleted case's id and number are never given to a new case: an editor
 * left open on the deleted case cannot save over the new one, and the
 * delete can still be undone. */
static void
test_delete_retires (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LdMediationCase) first = make_agreed_case ();
  g_autoptr(LdMediationCase) doomed = make_agreed_case ();
  g_autoptr(LdMediationCase) before = NULL;
  g_autoptr(LdMediationCase) fresh = make_case ("2026-03-20", LD_MEDIATION_KIND_PEOPLE, "新纠纷");
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(LdMediationCase) restored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, fresh_id;

  (void) data;
  insert (f, first);
  id = insert (f, doomed);
  g_assert_cmpstr (ld_mediation_case_get_number (doomed), ==, "人调〔2026〕2号");
  before = get (f, id);
  g_assert_true (ld_mediation_store_delete (f->db, id, &error));
  g_assert_no_error (error);

  fresh_id = insert (f, fresh);
  g_assert_cmpint (fresh_id, >, id);
  g_assert_cmpstr (ld_mediation_case_get_number (fresh), ==, "人调〔2026〕3号");
  for (unsigned i = 0; i < 2; i++)
    for (unsigned j = 0; j < 2; j++)
      g_assert_cmpint (ld_mediation_party_get_id (party_at (fresh, i)), !=,
                       ld_mediation_party_get_id (party_at (before, j)));

  /* The editor still open on the deleted case cannot save over the new one. */
  ld_mediation_case_set_title (doomed, "改过的标题");
  g_assert_false (ld_mediation_store_update (f->db, doomed, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "deleted"));
  g_assert_nonnull (strstr (error->message, "人调〔2026〕2号"));
  g_clear_error (&error);
  stored = get (f, fresh_id);
  g_assert_cmpstr (ld_mediation_case_get_title (stored), ==, "新纠纷");

  /* Undo after the new insert: the case comes back as it was. */
  g_assert_true (ld_mediation_store_restore_deleted (f->db, before, &error));
  g_assert_no_error (error);
  restored = get (f, id);
  g_assert_cmpstr (ld_mediation_case_get_number (restored), ==, "人调〔2026〕2号");
  g_assert_true (ld_mediation_agreement_equal (ld_mediation_case_get_agreement (restored),
                                               ld_mediation_case_get_agreement (before)));
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM mediation_retired"), ==, 0);

  /* The next case is numbered after all of them. */
  {
    g_autoptr(LdMediationCase) next = make_case ("2026-03-21", LD_MEDIATION_KIND_ADMINISTRATIVE, "再一纠纷");

    g_assert_cmpint (insert (f, next), >, fresh_id);
    g_assert_cmpstr (ld_mediation_case_get_number (next), ==, "行调〔2026〕4号");
  }
}

static void
assert_strv (GStrv        actual,
             const char  *first,
             unsigned     n)
{
  g_assert_nonnull (actual);
  g_assert_cmpuint (g_strv_length (actual), ==, n);
  if (first != NULL)
    g_assert_cmpstr (actual[0], ==, first);
}

static guint
count_category (Fixture    *f,
                const char *category)
{
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_MEDIATION);
  g_autoptr(GError) error = NULL;
  guint count = 0;

  ld_list_query_set_category (query, category);
  g_assert_true (ld_list_query_count (query, f->db, &count, &error));
  g_assert_no_error (error);
  return count;
}

static void
test_categories (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdMediationCase) a = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "甲");
  g_autoptr(LdMediationCase) b = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "乙");
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  const LdDisputeCategory *defaults;
  g_auto(GStrv) names = NULL;
  unsigned n;

  (void) data;
  /* Seeded with the defaults, in order. */
  defaults = ld_dispute_categories_get_defaults (&n);
  names = ld_mediation_store_list_categories (f->db, FALSE, &error);
  g_assert_no_error (error);
  assert_strv (names, defaults[0].name, n);
  for (unsigned i = 0; i < n; i++)
    g_assert_cmpstr (names[i], ==, defaults[i].name);
  g_clear_pointer (&names, g_strfreev);

  /* Added at the end; blank and duplicate names refused. */
  g_assert_true (ld_mediation_store_add_category (f->db, "  旅游纠纷 ", &error));
  g_assert_no_error (error);
  g_assert_false (ld_mediation_store_add_category (f->db, "   ", &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ld_mediation_store_add_category (f->db, "邻里", &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  names = ld_mediation_store_list_categories (f->db, FALSE, &error);
  assert_strv (names, defaults[0].name, n + 1);
  g_assert_cmpstr (names[n], ==, "旅游纠纷");
  g_clear_pointer (&names, g_strfreev);

  /* Renaming renames the cases filed under it. */
  ld_mediation_case_set_category (b, "合同");
  insert (f, a);
  insert (f, b);
  g_assert_cmpuint (count_category (f, "邻里"), ==, 1);
  g_assert_cmpuint (count_category (f, "合同"), ==, 1);
  g_assert_cmpuint (count_category (f, "物业"), ==, 0);
  g_assert_cmpuint (count_category (f, NULL), ==, 2);
  g_assert_true (ld_mediation_store_rename_category (f->db, "邻里", "相邻关系", &error));
  g_assert_no_error (error);
  stored = get (f, ld_mediation_case_get_id (a));
  g_assert_cmpstr (ld_mediation_case_get_category (stored), ==, "相邻关系");
  g_assert_cmpuint (count_category (f, "相邻关系"), ==, 1);
  g_assert_cmpuint (count_category (f, "邻里"), ==, 0);
  names = ld_mediation_store_list_categories (f->db, FALSE, &error);
  g_assert_cmpstr (names[1], ==, "相邻关系");
  g_clear_pointer (&names, g_strfreev);

  g_assert_false (ld_mediation_store_rename_category (f->db, "合同", "", &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ld_mediation_store_rename_category (f->db, "合同", "物业", &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ld_mediation_store_rename_category (f->db, "没有这个", "新名", &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_category (f, "合同"), ==, 1);

  /* Retired: left out of the list unless asked, the cases keep it. */
  g_assert_true (ld_mediation_store_set_category_retired (f->db, "合同", TRUE, &error));
  g_assert_no_error (error);
  names = ld_mediation_store_list_categories (f->db, FALSE, &error);
  g_assert_false (g_strv_contains ((const char * const *) names, "合同"));
  g_assert_cmpuint (g_strv_length (names), ==, n);
  g_clear_pointer (&names, g_strfreev);
  names = ld_mediation_store_list_categories (f->db, TRUE, &error);
  g_assert_true (g_strv_contains ((const char * const *) names, "合同"));
  g_assert_cmpuint (g_strv_length (names), ==, n + 1);
  g_clear_pointer (&names, g_strfreev);
  g_assert_cmpuint (count_category (f, "合同"), ==, 1);
  g_assert_true (ld_mediation_store_set_category_retired (f->db, "合同", FALSE, &error));
  names = ld_mediation_store_list_categories (f->db, FALSE, &error);
  g_assert_true (g_strv_contains ((const char * const *) names, "合同"));
  g_assert_false (ld_mediation_store_set_category_retired (f->db, "没有这个", TRUE, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
test_list_mediators (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LdMediationCase) a = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "甲");
  g_autoptr(LdMediationCase) b = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "乙");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  (void) data;
  names = ld_mediation_store_list_mediators (f->db, &error);
  g_assert_no_error (error);
  assert_strv (names, NULL, 0);
  g_clear_pointer (&names, g_strfreev);

  ld_mediation_case_set_mediators (a, "王调解、赵调解");
  ld_mediation_case_set_mediators (b, "赵调解、孙调解");
  insert (f, a);
  insert (f, b);
  names = ld_mediation_store_list_mediators (f->db, &error);
  g_assert_no_error (error);
  assert_strv (names, NULL, 3);
  g_assert_true (g_strv_contains ((const char * const *) names, "王调解"));
  g_assert_true (g_strv_contains ((const char * const *) names, "赵调解"));
  g_assert_true (g_strv_contains ((const char * const *) names, "孙调解"));
}

static void
test_reminder_settings (Fixture       *f,
                        gconstpointer  data)
{
  LdMediationReminderSettings defaults, settings, loaded;
  g_autoptr(GError) error = NULL;

  (void) data;
  ld_mediation_reminder_settings_init (&defaults);
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &settings, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&settings, sizeof settings, &defaults, sizeof defaults);

  settings.target_days = 20;
  settings.admin_working_days = 15;
  settings.admin_extension_days = 5;
  settings.return_visit_days = 40;
  settings.confirmation_days = 30;
  settings.confirmation_warn_days = 10;
  settings.warn_days = 0;
  g_assert_true (ld_mediation_store_save_reminder_settings (f->db, &settings, &error));
  g_assert_no_error (error);
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &loaded, &error));
  g_assert_cmpmem (&loaded, sizeof loaded, &settings, sizeof settings);
  {
    g_autofree char *value = ld_test_query_text (f->db, "SELECT value FROM settings WHERE key = 'mediation.target_days'");

    g_assert_cmpstr (value, ==, "20");
  }

  /* Impossible periods are refused and change nothing. */
  loaded.target_days = 0;
  loaded.warn_days = 7;
  g_assert_false (ld_mediation_store_save_reminder_settings (f->db, &loaded, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  loaded.target_days = 20;
  loaded.return_visit_days = -3;
  g_assert_false (ld_mediation_store_save_reminder_settings (f->db, &loaded, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &loaded, &error));
  g_assert_cmpmem (&loaded, sizeof loaded, &settings, sizeof settings);

  /* A value edited by hand into nonsense keeps the default. */
  ld_test_exec (f->db, "UPDATE settings SET value = 'abc' WHERE key = 'mediation.target_days'");
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &loaded, &error));
  g_assert_cmpint (loaded.target_days, ==, defaults.target_days);
  g_assert_cmpint (loaded.return_visit_days, ==, 40);
}

static void
test_due_on (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdMediationCase) mcase = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "纠纷");
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  LdMediationReminderSettings settings;
  gint64 id;

  (void) data;
  /* Applied: nothing due yet. */
  id = insert (f, mcase);
  g_assert_null (ld_mediation_case_get_due_on (mcase));
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT due_on IS NULL FROM mediation_cases"), ==, 1);

  /* Accepted: the target period, 30 days from acceptance. */
  set_accepted (mcase, "2026-03-03", LD_MEDIATION_STATUS_ACCEPTED);
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  ld_test_assert_date (ld_mediation_case_get_due_on (mcase), "2026-04-02");
  stored = get (f, id);
  ld_test_assert_date (ld_mediation_case_get_due_on (stored), "2026-04-02");

  /* The stored settings count. */
  ld_mediation_reminder_settings_init (&settings);
  settings.target_days = 20;
  g_assert_true (ld_mediation_store_save_reminder_settings (f->db, &settings, &error));
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  ld_test_assert_date (ld_mediation_case_get_due_on (mcase), "2026-03-23");

  /* Terminated: nothing is due any more. */
  g_assert_true (ld_mediation_store_set_status (f->db, id, LD_MEDIATION_STATUS_TERMINATED,
                                                "申请人撤回调解申请", &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_null (ld_mediation_case_get_due_on (stored));

  /* A refused update leaves the editor's due date as it was. */
  {
    g_autoptr(LdMediationCase) other = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "另一纠纷");
    GDate date;

    insert (f, other);
    ld_test_parse_date ("2026-03-09", &date);
    ld_mediation_case_set_due_on (other, &date);
    ld_mediation_case_set_title (other, "");
    g_assert_false (ld_mediation_store_update (f->db, other, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
    ld_test_assert_date (ld_mediation_case_get_due_on (other), "2026-03-09");
  }
}

/* New periods move the stored due dates of the open cases at once, so the
 * register, the Overdue filter and the overview agree with the editor. */
static void
test_settings_move_due_on (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(LdMediationCase) open = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "调解中");
  g_autoptr(LdMediationCase) agreed = make_agreed_case ();
  g_autoptr(LdMediationCase) closed = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "已终止");
  g_autoptr(GError) error = NULL;
  LdMediationReminderSettings settings;
  GDate date;
  gint64 open_id, agreed_id, closed_id;

  (void) data;
  set_accepted (open, "2026-03-03", LD_MEDIATION_STATUS_MEDIATING);
  open_id = insert (f, open);
  /* Both terms performed: only the return visit is due. */
  ld_test_parse_date ("2026-03-12", &date);
  for (unsigned i = 0; i < 2; i++)
    ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (agreed), i,
                                                 LD_PERFORMANCE_PERFORMED, &date);
  ld_mediation_case_set_status (agreed, LD_MEDIATION_STATUS_PERFORMED);
  ld_mediation_case_set_kind (agreed, LD_MEDIATION_KIND_ADMINISTRATIVE);
  agreed_id = insert (f, agreed);
  set_accepted (closed, "2026-03-03", LD_MEDIATION_STATUS_MEDIATING);
  closed_id = insert (f, closed);
  g_assert_true (ld_mediation_store_set_status (f->db, closed_id, LD_MEDIATION_STATUS_TERMINATED,
                                                "申请人撤回", &error));
  g_assert_no_error (error);
  ld_test_assert_date (ld_mediation_case_get_due_on (open), "2026-04-02");
  ld_test_assert_date (ld_mediation_case_get_due_on (agreed), "2026-04-09");

  ld_mediation_reminder_settings_init (&settings);
  settings.target_days = 20;
  settings.return_visit_days = 45;
  g_assert_true (ld_mediation_store_save_reminder_settings (f->db, &settings, &error));
  g_assert_no_error (error);
  {
    g_autoptr(LdMediationCase) stored_open = get (f, open_id);
    g_autoptr(LdMediationCase) stored_agreed = get (f, agreed_id);
    g_autoptr(LdMediationCase) stored_closed = get (f, closed_id);

    ld_test_assert_date (ld_mediation_case_get_due_on (stored_open), "2026-03-23");
    ld_test_assert_date (ld_mediation_case_get_due_on (stored_agreed), "2026-04-24");
    g_assert_null (ld_mediation_case_get_due_on (stored_closed));
  }

  /* A warning period alone moves no due date and writes no case. */
  ld_test_exec (f->db, "DELETE FROM audit_log");
  settings.warn_days = 5;
  g_assert_true (ld_mediation_store_save_reminder_settings (f->db, &settings, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"
                                             " WHERE table_name = 'mediation_cases'"), ==, 0);
}

/* What the due list says a mediation case is due for. */
static void
test_due_labels (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdMediationCase) open = make_case ("2026-03-02", LD_MEDIATION_KIND_PEOPLE, "调解中");
  g_autoptr(LdMediationCase) agreed = make_agreed_case ();
  g_autoptr(LdMediationCase) performed = make_agreed_case ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate today, date;

  (void) data;
  set_accepted (open, "2026-03-03", LD_MEDIATION_STATUS_MEDIATING);
  insert (f, open);
  insert (f, agreed);
  ld_mediation_case_set_kind (performed, LD_MEDIATION_KIND_ADMINISTRATIVE);
  ld_test_parse_date ("2026-03-12", &date);
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (performed), 0,
                                               LD_PERFORMANCE_PERFORMED, &date);
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (performed), 1,
                                               LD_PERFORMANCE_PERFORMED, &date);
  ld_mediation_case_set_status (performed, LD_MEDIATION_STATUS_PERFORMED);
  insert (f, performed);
  ld_test_assert_date (ld_mediation_case_get_due_on (open), "2026-04-02");
  ld_test_assert_date (ld_mediation_case_get_due_on (agreed), "2026-03-13");
  ld_test_assert_date (ld_mediation_case_get_due_on (performed), "2026-04-09");

  ld_test_parse_date ("2026-03-12", &today);
  items = ld_due_store_list (f->db, &today, 60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (((LdDueItem *) items->pdata[0])->number, ==, ld_mediation_case_get_number (agreed));
  g_assert_cmpstr (((LdDueItem *) items->pdata[0])->what, ==, "Performance of the agreement");
  g_assert_cmpstr (((LdDueItem *) items->pdata[1])->what, ==, "Mediation period");
  g_assert_cmpstr (((LdDueItem *) items->pdata[2])->number, ==, ld_mediation_case_get_number (performed));
  g_assert_cmpstr (((LdDueItem *) items->pdata[2])->what, ==, "Return visit");
}

/* The new tables are audited; saving what did not change adds nothing,
 * a change only its own rows. */
static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  static const char * const tables[] = {
    "mediation_sessions", "mediation_agreements", "mediation_terms", "mediation_visits",
    "dispute_categories",
  };
  g_autoptr(LdMediationCase) mcase = make_agreed_case ();
  g_autoptr(GError) error = NULL;
  GDate date;
  gint64 term_id;

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                              " AND name LIKE 'ld_audit_%s_%%'", tables[i]);

      g_assert_cmpint (ld_test_query_int (f->db, sql), ==, 3);
    }

  insert (f, mcase);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'mediation_terms'"
                                             " AND action = 'insert'"), ==, 2);
  ld_test_exec (f->db, "DELETE FROM audit_log");

  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, 0);

  ld_test_parse_date ("2026-03-12", &date);
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (mcase), 1,
                                               LD_PERFORMANCE_PARTLY, &date);
  term_id = ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (mcase), 1)->id;
  g_assert_true (ld_mediation_store_update (f->db, mcase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log WHERE table_name != 'mediation_cases'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT row_id FROM audit_log WHERE table_name = 'mediation_terms'"
                                             " AND action = 'update'"), ==, term_id);
}

/* A database of schema 6 (parties numbered within their role) comes to
 * schema 7 with the parties in case order. */
static void
test_migrate_positions (void)
{
  g_autofree char *dir = ld_test_make_tmp_dir ("ld-mediation-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdMediationCase) mcase = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationParty) represents = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  for (int version = 1; version <= 6; version++)
    {
      g_auto(GStrv) names = ld_migrations_list_names ();
      g_autofree char *resource = g_strconcat (LD_MIGRATIONS_RESOURCE_PATH, names[version - 1], NULL);
      g_autoptr(GBytes) sql = g_resources_lookup_data (resource, 0, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
      g_assert_cmpint (sqlite3_exec (raw, text, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_exec (raw,
    "PRAGMA user_version = 6;"
    "INSERT INTO mediation_cases (id, number, year, seq, title, applied_on)"
    " VALUES (1, '人调〔2025〕1号', 2025, 1, '旧纠纷', '2025-05-06');"
    "INSERT INTO mediation_parties (id, case_id, role, position, name) VALUES"
    " (1, 1, 'applicant', 0, '甲'), (2, 1, 'applicant', 1, '乙'), (3, 1, 'respondent', 0, '丙'),"
    " (4, 1, 'respondent', 1, '丁');"
    "INSERT INTO mediation_parties (id, case_id, role, position, name, represents_id) VALUES"
    " (5, 1, 'agent', 0, '戊', 2);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_database_get_schema_version (db), ==, 7);
  mcase = ld_mediation_store_get (db, 1, &error);
  g_assert_no_error (error);
  {
    static const char * const order[] = { "甲", "乙", "丙", "丁", "戊" };

    for (unsigned i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (ld_mediation_party_get_name (party_at (mcase, i)), ==, order[i]);
  }
  represents = ld_mediation_party_dup_represents (party_at (mcase, 4));
  g_assert_true (represents == party_at (mcase, 1));
  {
    g_autofree char *names = ld_test_query_text (db, "SELECT party_names FROM mediation_cases WHERE id = 1");

    g_assert_cmpstr (names, ==, "甲、乙、丙、丁");
  }
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM dispute_categories"), ==, 15);

  g_clear_object (&mcase);
  g_clear_object (&represents);
  g_assert_finalize_object (g_steal_pointer (&db));
  ld_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/mediation/migrate-positions", test_migrate_positions);

#define ADD(path, func) \
  g_test_add ("/store/mediation/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("get-missing", test_get_missing);
  ADD ("update-keeps-ids", test_update_keeps_ids);
  ADD ("agent-first", test_agent_first);
  ADD ("numbering", test_numbering);
  ADD ("refusals", test_refusals);
  ADD ("kind-fixed", test_kind_fixed);
  ADD ("get-with-parties", test_get_with_parties);
  ADD ("issue", test_issue);
  ADD ("issue-administrative", test_issue_administrative);
  ADD ("set-status", test_set_status);
  ADD ("delete-restore", test_delete_restore);
  ADD ("delete-retires", test_delete_retires);
  ADD ("delete-purge", test_delete_purge);
  ADD ("categories", test_categories);
  ADD ("list-mediators", test_list_mediators);
  ADD ("reminder-settings", test_reminder_settings);
  ADD ("due-on", test_due_on);
  ADD ("settings-move-due-on", test_settings_move_due_on);
  ADD ("due-labels", test_due_labels);
  ADD ("audit", test_audit);
#undef ADD

  return g_test_run ();
}
