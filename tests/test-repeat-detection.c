/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-repeat-detection.h"

/* 24 characters, 23 different bigrams. */
#define ROAD "本村道路年久失修雨天泥泞无法通行请求政府尽快修缮"

static char *
id_with_check (const char *first17)
{
  char number[19];

  g_assert_cmpuint (strlen (first17), ==, 17);
  memcpy (number, first17, 17);
  number[17] = ld_citizen_id_compute_check (first17);
  number[18] = '\0';
  return g_strdup (number);
}

static void
test_normalize_text (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "  反映：村里的路，坏了！\n", "反映村里的路坏了" },
    { "ABC　１２３（Ｘ）", "abc123x" },
    { "“修缮”、请求。", "修缮请求" },
    { "", "" },
    { " ，。！ ", "" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = ld_repeat_detection_normalize_text (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_similarity (void)
{
  static const struct { const char *a; const char *b; double expected; } cases[] = {
    { ROAD, ROAD, 1.0 },
    /* Punctuation and spaces do not count. */
    { ROAD, "本村道路年久失修，雨天泥泞 无法通行！请求政府尽快修缮。", 1.0 },
    /* One character changed (请 → 恳): 行请, 请求 become 行恳, 恳求;
     * shared 23 - 2 = 21, union 23 + 2 = 25: 21/25 = 0.84. */
    { ROAD, "本村道路年久失修雨天泥泞无法通行恳求政府尽快修缮", 0.84 },
    /* Six characters added: 5 new bigrams (缮并 并赔 赔偿 偿损 损失);
     * shared 23, union 28: 23/28. */
    { ROAD, ROAD "并赔偿损失", 23.0 / 28.0 },
    /* A short summary: 11 bigrams, 9 shared (本村 村道 道路 路年 年久 久失
     * 失修 请求 修缮), union 23 + 2 = 25: 9/25 = 0.36. */
    { ROAD, "本村道路年久失修请求修缮", 0.36 },
    /* Unrelated: only 请求 in common; 23 + 16 - 1 = 38 in all: 1/38. */
    { ROAD, "邻居占用我家宅基地建房请求依法处理", 1.0 / 38.0 },
    { ROAD, "", 0.0 },
    { "", "", 0.0 },
    { "。", "。", 0.0 },
    { "路", "路", 1.0 },
    { "路", "桥", 0.0 },
    { "路", ROAD, 0.0 },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s | %s", cases[i].a, cases[i].b);
      g_assert_cmpfloat_with_epsilon (ld_repeat_detection_similarity (cases[i].a, cases[i].b),
                                      cases[i].expected, 1e-9);
      /* Symmetric. */
      g_assert_cmpfloat_with_epsilon (ld_repeat_detection_similarity (cases[i].b, cases[i].a),
                                      cases[i].expected, 1e-9);
    }
}

static void
test_normalize_id (void)
{
  g_autofree char *full = id_with_check ("11010519491231002");
  g_autofree char *from_legacy = ld_repeat_detection_normalize_id_number ("110105491231002");
  g_autofree char *spaced = g_strdup_printf (" %.6s %.8s %.4s ", full, full + 6, full + 14);
  g_autofree char *from_spaced = ld_repeat_detection_normalize_id_number (spaced);
  g_autofree char *bad = ld_repeat_detection_normalize_id_number ("123");

  /* The legacy number gains the century "19" and the check digit. */
  g_assert_cmpstr (from_legacy, ==, full);
  g_assert_cmpstr (from_spaced, ==, full);
  g_assert_null (bad);
}

static LdPetition *
make (gint64      id,
      const char *received,
      const char *id_number,
      const char *phone,
      const char *content)
{
  LdPetition *petition = ld_petition_new ();
  unsigned y, m, d;
  GDate date;

  g_assert_cmpint (sscanf (received, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  ld_petition_set_id (petition, id);
  ld_petition_set_received_on (petition, &date);
  ld_petition_set_title (petition, "标题");
  ld_petition_set_petitioner_id_number (petition, id_number);
  ld_petition_set_petitioner_phone (petition, phone);
  ld_petition_set_content (petition, content);
  return petition;
}

/* The reasons @id was matched for, NONE when it was not. */
static LdRepeatReason
reasons_of (GPtrArray *matches,
            gint64     id)
{
  for (unsigned i = 0; i < matches->len; i++)
    {
      const LdRepeatMatch *match = g_ptr_array_index (matches, i);

      if (ld_petition_get_id (match->candidate) == id)
        return match->reasons;
    }
  return LD_REPEAT_REASON_NONE;
}

static double
similarity_of (GPtrArray *matches,
               gint64     id)
{
  for (unsigned i = 0; i < matches->len; i++)
    {
      const LdRepeatMatch *match = g_ptr_array_index (matches, i);

      if (ld_petition_get_id (match->candidate) == id)
        return match->similarity;
    }
  return -1;
}

static void
test_find (void)
{
  g_autofree char *id = id_with_check ("11010519491231002");
  g_autofree char *other_id = id_with_check ("32010219800101123");
  g_autoptr(LdPetition) petition = make (10, "2026-11-20", id, "13812345678", ROAD);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) loose = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *unrelated = "邻居占用我家宅基地建房请求依法处理";

  /* 1: the same person under the legacy 15-digit number. */
  g_ptr_array_add (candidates, make (1, "2025-03-01", "110105491231002", "", unrelated));
  /* 2: the same phone written differently. */
  g_ptr_array_add (candidates, make (2, "2025-04-01", other_id, "+86 138-1234-5678", unrelated));
  /* 3: someone else with a near-identical letter (0.84). */
  g_ptr_array_add (candidates, make (3, "2025-05-01", other_id, "13900001111",
                                     "本村道路年久失修，雨天泥泞无法通行，恳求政府尽快修缮。"));
  /* 4: the petitioner was a representative of an earlier group petition
   * with the same content: two reasons. */
  {
    LdPetition *group = make (4, "2025-02-01", other_id, "", ROAD);
    g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("张三", id, "", "");

    ld_petition_add_representative (group, rep);
    g_ptr_array_add (candidates, group);
  }
  /* 5: unrelated in every way. */
  g_ptr_array_add (candidates, make (5, "2025-06-01", other_id, "13900001111", unrelated));
  /* 6: only a short summary of the same matter (0.36). */
  g_ptr_array_add (candidates, make (6, "2025-07-01", other_id, "", "本村道路年久失修请求修缮"));
  /* 7: the stored copy of the petition itself. */
  g_ptr_array_add (candidates, make (10, "2026-11-20", id, "13812345678", ROAD));
  /* 8: the very object being checked. */
  g_ptr_array_add (candidates, g_object_ref (petition));

  matches = ld_repeat_detection_find (petition, candidates, LD_REPEAT_DEFAULT_THRESHOLD);
  g_assert_cmpuint (matches->len, ==, 4);

  /* Most reasons first, then the most similar. */
  {
    const LdRepeatMatch *first = g_ptr_array_index (matches, 0);
    const LdRepeatMatch *second = g_ptr_array_index (matches, 1);
    g_autofree char *text = ld_repeat_reason_describe (first->reasons);

    g_assert_cmpint (ld_petition_get_id (first->candidate), ==, 4);
    g_assert_cmpint (first->reasons, ==,
                     LD_REPEAT_REASON_SAME_ID_NUMBER | LD_REPEAT_REASON_SIMILAR_CONTENT);
    g_assert_cmpfloat_with_epsilon (first->similarity, 1.0, 1e-9);
    g_assert_cmpstr (text, ==, "same ID number, similar content");
    g_assert_cmpint (ld_petition_get_id (second->candidate), ==, 3);
  }
  g_assert_cmpint (reasons_of (matches, 1), ==, LD_REPEAT_REASON_SAME_ID_NUMBER);
  g_assert_cmpint (reasons_of (matches, 2), ==, LD_REPEAT_REASON_SAME_PHONE);
  g_assert_cmpint (reasons_of (matches, 3), ==, LD_REPEAT_REASON_SIMILAR_CONTENT);
  g_assert_cmpfloat_with_epsilon (similarity_of (matches, 3), 0.84, 1e-9);
  g_assert_cmpint (reasons_of (matches, 5), ==, LD_REPEAT_REASON_NONE);
  g_assert_cmpint (reasons_of (matches, 6), ==, LD_REPEAT_REASON_NONE);
  g_assert_cmpint (reasons_of (matches, 10), ==, LD_REPEAT_REASON_NONE);

  /* A looser threshold also catches the summary. */
  loose = ld_repeat_detection_find (petition, candidates, 0.3);
  g_assert_cmpuint (loose->len, ==, 5);
  g_assert_cmpint (reasons_of (loose, 6), ==, LD_REPEAT_REASON_SIMILAR_CONTENT);

  /* A petition with no ID number, phone or content matches nothing
   * (empty fields are not "the same"). */
  {
    g_autoptr(LdPetition) blank = make (0, "2026-11-21", "", "", "");

    ld_petition_set_title (blank, "");
    none = ld_repeat_detection_find (blank, candidates, LD_REPEAT_DEFAULT_THRESHOLD);
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_as_typed (void)
{
  g_autoptr(LdPetition) petition = make (0, "2026-11-20", "ABC 123", "555-12", "甲");
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) matches = NULL;

  /* Unparseable numbers compare as typed, without spaces, case folded. */
  g_ptr_array_add (candidates, make (1, "2025-01-01", "abc123", "55512", "乙"));
  g_ptr_array_add (candidates, make (2, "2025-01-01", "abc124", "555-12", "丙"));
  matches = ld_repeat_detection_find (petition, candidates, LD_REPEAT_DEFAULT_THRESHOLD);
  g_assert_cmpuint (matches->len, ==, 2);
  g_assert_cmpint (reasons_of (matches, 1), ==, LD_REPEAT_REASON_SAME_ID_NUMBER);
  g_assert_cmpint (reasons_of (matches, 2), ==, LD_REPEAT_REASON_SAME_PHONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/repeat-detection/normalize-text", test_normalize_text);
  g_test_add_func ("/core/repeat-detection/similarity", test_similarity);
  g_test_add_func ("/core/repeat-detection/normalize-id", test_normalize_id);
  g_test_add_func ("/core/repeat-detection/find", test_find);
  g_test_add_func ("/core/repeat-detection/as-typed", test_as_typed);

  return g_test_run ();
}
