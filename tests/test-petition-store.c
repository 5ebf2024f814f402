/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-demo.h"
#include "ld-petition-workflow.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-store.h"
#include "ld-test-util.h"

#define ROAD "本村道路年久失修，雨天泥泞无法通行，请求政府尽快修缮。"

typedef struct
{
  LdDatabase *db;
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
  g_assert_finalize_object (f->db);
}

static char *
id_with_check (const char *first17)
{
  char *number = g_strdup_printf ("%sX", first17);

  number[17] = ld_citizen_id_compute_check (first17);
  return number;
}

static LdPetition *
make_petition (const char *received,
               const char *id_number,
               const char *phone,
               const char *content)
{
  LdPetition *petition = ld_petition_new ();
  GDate date;

  ld_test_parse_date (received, &date);
  ld_petition_set_received_on (petition, &date);
  ld_petition_set_petitioner_name (petition, "张三");
  ld_petition_set_petitioner_id_number (petition, id_number);
  ld_petition_set_petitioner_phone (petition, phone);
  ld_petition_set_petitioner_address (petition, "青山镇东村3组");
  ld_petition_set_title (petition, "反映村道损坏问题");
  ld_petition_set_content (petition, content);
  ld_petition_set_demands (petition, "要求尽快修复道路。");
  ld_petition_set_category (petition, "交通运输");
  ld_petition_set_channel (petition, LD_PETITION_CHANNEL_VISIT);
  ld_petition_set_urgency (petition, LD_PETITION_URGENCY_URGENT);
  ld_petition_set_handler (petition, "王五");
  return petition;
}

static gint64
insert (Fixture    *f,
        LdPetition *petition)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ld_petition_store_insert (f->db, petition, "李四", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static LdPetitionEvent *
make_event (LdPetitionStep  step,
            const char     *date)
{
  LdPetitionEvent *event;
  GDate day;

  ld_test_parse_date (date, &day);
  event = ld_petition_event_new (step, &day, "王五");
  return event;
}

static void
assert_due (LdPetition *petition,
            const char *expected)
{
  g_autofree char *due = ld_test_date_text (ld_petition_get_due_on (petition));

  g_assert_cmpstr (due, ==, expected);
}

static void
test_insert_numbering (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LdPetition) a = make_petition ("2026-05-25", "", "", ROAD);
  g_autoptr(LdPetition) b = make_petition ("2026-06-01", "", "", ROAD);
  g_autoptr(LdPetition) c = make_petition ("2025-12-30", "", "", ROAD);
  g_autoptr(LdPetition) bad = make_petition ("2026-06-02", "", "", ROAD);
  g_autoptr(GError) error = NULL;
  const LdPetitionEvent *reg;

  (void) data;
  insert (f, a);
  insert (f, b);
  insert (f, c);
  g_assert_cmpstr (ld_petition_get_number (a), ==, "信访〔2026〕1号");
  g_assert_cmpstr (ld_petition_get_number (b), ==, "信访〔2026〕2号");
  g_assert_cmpstr (ld_petition_get_number (c), ==, "信访〔2025〕1号");
  g_assert_cmpint (ld_petition_get_year (b), ==, 2026);
  g_assert_cmpint (ld_petition_get_seq (b), ==, 2);
  g_assert_cmpint (ld_petition_get_status (a), ==, LD_PETITION_STATUS_REGISTERED);
  /* Registered on Monday 25 May: the written notice within 15 days. */
  assert_due (a, "2026-06-09");
  g_assert_cmpuint (ld_petition_get_events (a)->len, ==, 1);
  reg = ld_petition_find_last_event (a, LD_PETITION_STEP_REGISTER);
  g_assert_nonnull (reg);
  g_assert_cmpstr (reg->who, ==, "李四");

  /* No content: refused, and no number is used up. */
  ld_petition_set_content (bad, "");
  g_assert_cmpint (ld_petition_store_insert (f->db, bad, "李四", &error), ==, 0);
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_assert_cmpint (ld_petition_get_id (bad), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count (*) FROM petitions"), ==, 3);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count (*) FROM petition_events"), ==, 3);
}

static void
test_get_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *id_number = id_with_check ("11010519491231002");
  g_autofree char *rep_id = id_with_check ("32010219800101123");
  g_autoptr(LdPetition) petition = make_petition ("2026-05-25", id_number, "13812345678", ROAD);
  g_autoptr(LdPetitionPerson) rep1 = ld_petition_person_new ("赵六", rep_id, "13900001111", "西村");
  g_autoptr(LdPetitionPerson) rep2 = ld_petition_person_new ("钱七", "", "", "");
  g_autoptr(LdPetitionEvent) accept = make_event (LD_PETITION_STEP_ACCEPT, "2026-06-01");
  g_autoptr(LdPetition) loaded = NULL;
  g_autoptr(LdPetition) missing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) expected = NULL;
  g_autoptr(GVariant) actual = NULL;
  const LdPetitionPerson *person;
  gint64 id;

  (void) data;
  ld_petition_set_people_count (petition, 6);
  ld_petition_set_is_group (petition, TRUE);
  ld_petition_add_representative (petition, rep1);
  ld_petition_add_representative (petition, rep2);
  id = insert (f, petition);

  ld_petition_store_apply (f->db, id, accept, &error);
  g_assert_no_error (error);

  loaded = ld_petition_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_petition_get_petitioner_id_number (loaded), ==, id_number);
  g_assert_cmpint (ld_petition_get_people_count (loaded), ==, 6);
  g_assert_true (ld_petition_get_is_group (loaded));
  g_assert_cmpint (ld_petition_get_channel (loaded), ==, LD_PETITION_CHANNEL_VISIT);
  g_assert_cmpint (ld_petition_get_urgency (loaded), ==, LD_PETITION_URGENCY_URGENT);
  g_assert_cmpuint (ld_petition_get_representatives (loaded)->len, ==, 2);
  person = g_ptr_array_index (ld_petition_get_representatives (loaded), 0);
  g_assert_cmpstr (person->name, ==, "赵六");
  g_assert_cmpstr (person->id_number, ==, rep_id);
  g_assert_cmpstr (person->phone, ==, "13900001111");
  g_assert_cmpstr (person->address, ==, "西村");
  g_assert_cmpuint (ld_petition_get_events (loaded)->len, ==, 2);
  g_assert_cmpint (((LdPetitionEvent *) g_ptr_array_index (ld_petition_get_events (loaded), 1))->step,
                   ==, LD_PETITION_STEP_ACCEPT);

  /* Everything else as inserted: compare the serialized forms with the
   * history and state brought up to date on the original. */
  ld_petition_append_event (petition, accept);
  ld_petition_set_status (petition, ld_petition_get_status (loaded));
  ld_petition_set_due_on (petition, ld_petition_get_due_on (loaded));
  expected = ld_petition_serialize (petition);
  actual = ld_petition_serialize (loaded);
  g_assert_true (g_variant_equal (expected, actual));

  /* Update: editable fields and representatives, not the history. */
  ld_petition_set_title (loaded, "反映村道长期损坏问题");
  ld_petition_remove_representative (loaded, 1);
  ld_petition_store_update (f->db, loaded, &error);
  g_assert_no_error (error);
  g_clear_object (&petition);
  petition = ld_petition_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_petition_get_title (petition), ==, "反映村道长期损坏问题");
  g_assert_cmpuint (ld_petition_get_representatives (petition)->len, ==, 1);
  g_assert_cmpuint (ld_petition_get_events (petition)->len, ==, 2);
  g_assert_cmpint (ld_petition_get_status (petition), ==, LD_PETITION_STATUS_ACCEPTED);

  missing = ld_petition_store_get (f->db, id + 100, &error);
  g_assert_null (missing);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Delete takes the history and representatives along. */
  ld_petition_store_delete (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count (*) FROM petition_events"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count (*) FROM petition_people"), ==, 0);
  g_assert_false (ld_petition_store_delete (f->db, id, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
assert_stored (Fixture          *f,
               gint64            id,
               LdPetitionStatus  status,
               const char       *due,
               unsigned          n_events)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdPetition) petition = ld_petition_store_get (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ld_petition_get_status (petition), ==, status);
  assert_due (petition, due);
  g_assert_cmpuint (ld_petition_get_events (petition)->len, ==, n_events);
}

static void
test_apply (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LdPetition) petition = make_petition ("2026-05-25", "", "", ROAD);
  g_autoptr(LdPetitionEvent) early_reply = make_event (LD_PETITION_STEP_REPLY, "2026-05-28");
  g_autoptr(LdPetitionEvent) accept = make_event (LD_PETITION_STEP_ACCEPT, "2026-06-01");
  g_autoptr(LdPetitionEvent) extend = make_event (LD_PETITION_STEP_EXTEND, "2026-07-20");
  g_autoptr(LdPetitionEvent) extend2 = make_event (LD_PETITION_STEP_EXTEND, "2026-07-25");
  g_autoptr(LdPetitionEvent) reply = make_event (LD_PETITION_STEP_REPLY, "2026-08-10");
  g_autoptr(LdPetitionEvent) close = make_event (LD_PETITION_STEP_CLOSE, "2026-09-20");
  g_autoptr(GError) error = NULL;
  gint64 id;

  (void) data;
  id = insert (f, petition);
  assert_stored (f, id, LD_PETITION_STATUS_REGISTERED, "2026-06-09", 1);

  /* A reply before acceptance: refused, nothing changes. */
  early_reply->outcome = LD_REPLY_OUTCOME_EXPLAIN;
  g_assert_false (ld_petition_store_apply (f->db, id, early_reply, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  assert_stored (f, id, LD_PETITION_STATUS_REGISTERED, "2026-06-09", 1);

  /* Accepted on 1 June: 60 days to reply, to Friday 31 July. */
  ld_petition_store_apply (f->db, id, accept, &error);
  g_assert_no_error (error);
  assert_stored (f, id, LD_PETITION_STATUS_ACCEPTED, "2026-07-31", 2);

  /* Extended by 30 days: 90 days end on Sunday 30 August, so Monday. */
  extend->extension_days = 30;
  ld_petition_event_set_approver (extend, "镇长");
  ld_petition_event_set_note (extend, "案情复杂");
  ld_petition_store_apply (f->db, id, extend, &error);
  g_assert_no_error (error);
  assert_stored (f, id, LD_PETITION_STATUS_EXTENDED, "2026-08-31", 3);
  {
    g_autofree char *reason = ld_test_query_text (f->db, "SELECT status_reason FROM petitions");

    g_assert_cmpstr (reason, ==, "案情复杂");
  }

  /* A second extension (one allowed): refused, nothing changes. */
  extend2->extension_days = 10;
  ld_petition_event_set_approver (extend2, "镇长");
  ld_petition_event_set_note (extend2, "还要调查");
  g_assert_false (ld_petition_store_apply (f->db, id, extend2, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == LD_CORE_ERROR);
  g_clear_error (&error);
  assert_stored (f, id, LD_PETITION_STATUS_EXTENDED, "2026-08-31", 3);

  reply->outcome = LD_REPLY_OUTCOME_SUPPORT;
  ld_petition_store_apply (f->db, id, reply, &error);
  g_assert_no_error (error);
  {
    g_autoptr(LdPetition) stored = ld_petition_store_get (f->db, id, &error);
    const LdPetitionEvent *last;

    g_assert_no_error (error);
    g_assert_cmpint (ld_petition_get_status (stored), ==, LD_PETITION_STATUS_REPLIED);
    last = ld_petition_find_last_event (stored, LD_PETITION_STEP_EXTEND);
    g_assert_cmpint (last->extension_days, ==, 30);
    g_assert_cmpstr (last->approver, ==, "镇长");
    last = ld_petition_find_last_event (stored, LD_PETITION_STEP_REPLY);
    g_assert_cmpint (last->outcome, ==, LD_REPLY_OUTCOME_SUPPORT);
  }

  /* Served on the petitioner: saved on the reply; a date before the reply
   * is refused and changes nothing. */
  {
    g_autoptr(LdPetition) stored = NULL;
    GDate served;

    ld_test_parse_date ("2026-08-01", &served);
    g_assert_false (ld_petition_store_record_service (f->db, id, LD_PETITION_STEP_REPLY, &served, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    ld_test_parse_date ("2026-08-14", &served);
    ld_petition_store_record_service (f->db, id, LD_PETITION_STEP_REPLY, &served, &error);
    g_assert_no_error (error);
    stored = ld_petition_store_get (f->db, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_date_get_day (ld_petition_event_get_served (
                       ld_petition_find_last_event (stored, LD_PETITION_STEP_REPLY))), ==, 14);
  }

  ld_petition_store_apply (f->db, id, close, &error);
  g_assert_no_error (error);
  assert_stored (f, id, LD_PETITION_STATUS_CLOSED, "", 5);

  /* An unknown petition. */
  g_assert_false (ld_petition_store_apply (f->db, id + 1, close, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static gboolean
has_match (GPtrArray      *matches,
           gint64          id,
           LdRepeatReason  reason)
{
  for (unsigned i = 0; i < matches->len; i++)
    {
      LdRepeatMatch *match = g_ptr_array_index (matches, i);

      if (ld_petition_get_id (match->candidate) == id)
        return (match->reasons & reason) == reason;
    }
  return FALSE;
}

static void
test_repeats (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *id_number = id_with_check ("11010519491231002");
  g_autofree char *other_id = id_with_check ("32010219800101123");
  g_autofree char *third_id = id_with_check ("32010219900101123");
  const char *unrelated = "邻居占用我家宅基地建房，请求依法处理。";
  g_autoptr(LdPetition) same_id = make_petition ("2026-01-05", id_number, "", unrelated);
  g_autoptr(LdPetition) same_phone = make_petition ("2026-01-06", other_id, "138 1234 5678", unrelated);
  g_autoptr(LdPetition) similar = make_petition ("2026-01-07", other_id, "13900001111",
                                                 "本村道路年久失修，雨天泥泞无法通行，恳求政府尽快修缮。");
  g_autoptr(LdPetition) rep_group = make_petition ("2026-01-08", other_id, "", unrelated);
  g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("张三", id_number, "", "");
  g_autoptr(LdPetition) unrelated_one = make_petition ("2026-01-09", third_id, "13700002222", unrelated);
  g_autoptr(LdPetition) fresh = make_petition ("2026-03-01", id_number, "13812345678", ROAD);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GError) error = NULL;
  gint64 fresh_id;

  (void) data;
  insert (f, same_id);
  insert (f, same_phone);
  insert (f, similar);
  ld_petition_add_representative (rep_group, rep);
  insert (f, rep_group);
  insert (f, unrelated_one);

  matches = ld_petition_store_find_repeats (f->db, fresh, &error);
  g_assert_no_error (error);
  g_assert_true (has_match (matches, ld_petition_get_id (same_id), LD_REPEAT_REASON_SAME_ID_NUMBER));
  g_assert_true (has_match (matches, ld_petition_get_id (same_phone), LD_REPEAT_REASON_SAME_PHONE));
  g_assert_true (has_match (matches, ld_petition_get_id (similar), LD_REPEAT_REASON_SIMILAR_CONTENT));
  g_assert_true (has_match (matches, ld_petition_get_id (rep_group), LD_REPEAT_REASON_SAME_ID_NUMBER));
  g_assert_false (has_match (matches, ld_petition_get_id (unrelated_one), LD_REPEAT_REASON_NONE));
  g_assert_cmpuint (matches->len, ==, 4);

  /* Once saved, it does not find itself. */
  fresh_id = insert (f, fresh);
  g_clear_pointer (&matches, g_ptr_array_unref);
  matches = ld_petition_store_find_repeats (f->db, fresh, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, ==, 4);

  ld_petition_store_link_repeat (f->db, fresh_id, ld_petition_get_id (same_id), &error);
  g_assert_no_error (error);
  ld_petition_store_link_repeat (f->db, fresh_id, ld_petition_get_id (same_id), &error);
  g_assert_no_error (error);
  g_assert_false (ld_petition_store_link_repeat (f->db, fresh_id, fresh_id, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ld_petition_store_link_repeat (f->db, fresh_id, 999, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  links = ld_petition_store_list_repeat_links (f->db, fresh_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, ld_petition_get_id (same_id));
}

static void
test_policy (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdDeadlinePolicy) loaded = NULL;
  g_autoptr(LdPetition) petition = make_petition ("2026-05-25", "", "", ROAD);
  g_autoptr(GError) error = NULL;

  (void) data;
  policy = ld_petition_store_load_policy (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_deadline_policy_get_days (policy, LD_TIME_LIMIT_NOTICE), ==, 15);

  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_NOTICE, 10);
  ld_deadline_policy_set_rule (policy, LD_TIME_LIMIT_NOTICE, LD_DAY_RULE_WORKING);
  ld_deadline_policy_set_max_extensions (policy, 2);
  ld_deadline_policy_set_group_threshold (policy, 10);
  ld_petition_store_save_policy (f->db, policy, &error);
  g_assert_no_error (error);

  loaded = ld_petition_store_load_policy (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_deadline_policy_get_days (loaded, LD_TIME_LIMIT_NOTICE), ==, 10);
  g_assert_cmpint (ld_deadline_policy_get_rule (loaded, LD_TIME_LIMIT_NOTICE), ==, LD_DAY_RULE_WORKING);
  g_assert_cmpint (ld_deadline_policy_get_max_extensions (loaded), ==, 2);
  g_assert_cmpint (ld_deadline_policy_get_group_threshold (loaded), ==, 10);
  g_assert_cmpint (ld_deadline_policy_get_days (loaded, LD_TIME_LIMIT_HANDLING), ==, 60);

  /* The stored policy drives new due dates: 10 working days from Monday
   * 25 May is Monday 8 June. */
  insert (f, petition);
  assert_due (petition, "2026-06-08");

  /* A value mangled by hand keeps the default (with a warning). */
  ld_test_exec (f->db, "UPDATE settings SET value = 'x' WHERE key = 'petition.handling.days'");
  g_test_expect_message ("ld-petition-store", G_LOG_LEVEL_WARNING, "*petition.handling.days*");
  g_clear_object (&loaded);
  loaded = ld_petition_store_load_policy (f->db, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_cmpint (ld_deadline_policy_get_days (loaded, LD_TIME_LIMIT_HANDLING), ==, 60);
  g_assert_cmpint (ld_deadline_policy_get_days (loaded, LD_TIME_LIMIT_NOTICE), ==, 10);
}

static gint64
insert_with_steps (Fixture    *f,
                   const char *received,
                   const char *category,
                   const char *accept,
                   const char *reply,
                   LdSatisfaction rating)
{
  g_autoptr(LdPetition) petition = make_petition (received, "", "", ROAD);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_petition_set_category (petition, category);
  id = insert (f, petition);
  if (accept != NULL)
    {
      g_autoptr(LdPetitionEvent) event = make_event (LD_PETITION_STEP_ACCEPT, accept);

      ld_petition_store_apply (f->db, id, event, &error);
      g_assert_no_error (error);
    }
  if (reply != NULL)
    {
      g_autoptr(LdPetitionEvent) event = make_event (LD_PETITION_STEP_REPLY, reply);

      event->outcome = LD_REPLY_OUTCOME_EXPLAIN;
      ld_petition_store_apply (f->db, id, event, &error);
      g_assert_no_error (error);
    }
  if (rating != LD_SATISFACTION_NONE)
    {
      g_autoptr(LdPetitionEvent) event = make_event (LD_PETITION_STEP_RATE, reply);

      event->rating = rating;
      ld_petition_store_apply (f->db, id, event, &error);
      g_assert_no_error (error);
    }
  return id;
}

static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LdPetitionStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  GDate as_of;

  (void) data;
  /* A: received 2 Mar (Mon), accepted 5 Mar (on time: notice due 17 Mar),
   *    replied 20 Apr (handling due 4 May or later): on time; 满意.
   * B: received 2 Mar, accepted 30 Mar (late notice), replied 30 Apr
   *    (handling from 30 Mar: due 29 May): on time; 不满意.
   * C: received 1 Jun (Mon), accepted 2 Jun, not replied; handling due
   *    1 Aug → Mon 3 Aug, past as of 1 Oct: a late completion.
   * D: received 10 Sep, nothing yet: notice due 25 Sep, past as of 1 Oct.
   * E: received 28 Sep, notice not yet due.
   * F: received in 2025: not in the cohort. */
  insert_with_steps (f, "2026-03-02", "交通运输", "2026-03-05", "2026-04-20", LD_SATISFACTION_SATISFIED);
  insert_with_steps (f, "2026-03-02", "土地征收", "2026-03-30", "2026-04-30", LD_SATISFACTION_DISSATISFIED);
  insert_with_steps (f, "2026-06-01", "交通运输", "2026-06-02", NULL, LD_SATISFACTION_NONE);
  insert_with_steps (f, "2026-09-10", "交通运输", NULL, NULL, LD_SATISFACTION_NONE);
  insert_with_steps (f, "2026-09-28", "", NULL, NULL, LD_SATISFACTION_NONE);
  insert_with_steps (f, "2025-12-01", "交通运输", "2025-12-02", NULL, LD_SATISFACTION_NONE);

  ld_test_parse_date ("2026-10-01", &as_of);
  stats = ld_petition_store_compute_stats (f->db, 2026, &as_of, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->received, ==, 5);
  g_assert_cmpuint (stats->by_month->len, ==, 12);
  g_assert_cmpuint (g_array_index (stats->by_month, LdMonthCount, 2).count, ==, 2);
  g_assert_cmpuint (g_array_index (stats->by_month, LdMonthCount, 5).count, ==, 1);
  g_assert_cmpuint (g_array_index (stats->by_month, LdMonthCount, 8).count, ==, 2);
  g_assert_cmpuint (g_array_index (stats->by_month, LdMonthCount, 0).count, ==, 0);
  g_assert_cmpuint (stats->by_category->len, ==, 3);
  g_assert_cmpstr (g_array_index (stats->by_category, LdCategoryCount, 0).category, ==, "交通运输");
  g_assert_cmpuint (g_array_index (stats->by_category, LdCategoryCount, 0).count, ==, 3);
  /* Notice: A, C on time; B late; D overdue; E not yet due → 2/4. */
  g_assert_cmpuint (stats->on_time_acceptance.numerator, ==, 2);
  g_assert_cmpuint (stats->on_time_acceptance.denominator, ==, 4);
  /* Handling: A, B on time; C past its limit → 2/3. */
  g_assert_cmpuint (stats->on_time_completion.numerator, ==, 2);
  g_assert_cmpuint (stats->on_time_completion.denominator, ==, 3);
  /* Completion: replied ÷ accepted = 2/3. */
  g_assert_cmpuint (stats->completion.numerator, ==, 2);
  g_assert_cmpuint (stats->completion.denominator, ==, 3);
  /* Satisfaction: 1 满意 of 2 rated. */
  g_assert_cmpuint (stats->satisfaction.numerator, ==, 1);
  g_assert_cmpuint (stats->satisfaction.denominator, ==, 2);
  g_assert_cmpuint (stats->participation.numerator, ==, 2);
  g_assert_cmpuint (stats->participation.denominator, ==, 2);
}

/* The demo's histories are ones the workflow accepts, step by step, and
 * their status and due date are what the engine makes of them. */
static void
test_demo_consistent (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) statuses = g_hash_table_new (NULL, NULL);
  gint64 n;

  (void) data;
  ld_demo_fill_area (f->db, LD_RECORD_AREA_PETITION, 400, 7, NULL, NULL, &error);
  g_assert_no_error (error);
  n = ld_test_query_int (f->db, "SELECT max (id) FROM petitions");
  g_assert_cmpint (n, ==, 400);

  for (gint64 id = 1; id <= n; id++)
    {
      g_autoptr(LdPetition) stored = ld_petition_store_get (f->db, id, &error);
      g_autoptr(LdPetition) replay = ld_petition_new ();
      GPtrArray *events;
      g_autofree char *stored_due = NULL;
      g_autofree char *replay_due = NULL;

      g_assert_no_error (error);
      events = ld_petition_get_events (stored);
      g_assert_cmpuint (events->len, >, 0);
      ld_petition_set_received_on (replay, ld_petition_get_received_on (stored));
      for (unsigned i = 0; i < events->len; i++)
        {
          if (!ld_petition_workflow_apply (replay, g_ptr_array_index (events, i), policy, calendar, &error))
            g_error ("%s step %u (%s): %s", ld_petition_get_number (stored), i,
                     ld_petition_step_to_id (((LdPetitionEvent *) g_ptr_array_index (events, i))->step),
                     error->message);
        }
      g_assert_cmpint (ld_petition_get_status (replay), ==, ld_petition_get_status (stored));
      stored_due = ld_test_date_text (ld_petition_get_due_on (stored));
      replay_due = ld_test_date_text (ld_petition_get_due_on (replay));
      g_assert_cmpstr (stored_due, ==, replay_due);
      g_hash_table_add (statuses, GINT_TO_POINTER (ld_petition_get_status (stored)));
    }
  /* Every stage is there. */
  g_assert_cmpuint (g_hash_table_size (statuses), ==, LD_N_PETITION_STATUSES);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count (*) FROM petitions WHERE due_on < '2026-11-20'"
                                              " AND status IN ('accepted', 'assigned', 'handling', 'extended',"
                                              " 'review_requested', 'rereview_requested')"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/petition/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("insert-numbering", test_insert_numbering);
  ADD ("get-round-trip", test_get_round_trip);
  ADD ("apply", test_apply);
  ADD ("repeats", test_repeats);
  ADD ("policy", test_policy);
  ADD ("stats", test_stats);
  ADD ("demo-consistent", test_demo_consistent);
#undef ADD

  return g_test_run ();
}
