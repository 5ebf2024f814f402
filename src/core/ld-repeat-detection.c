/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-repeat-detection"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ld-citizen-id.h"
#include "ld-halfwidth.h"
#include "ld-phone.h"
#include "ld-repeat-detection.h"

G_DEFINE_FLAGS_TYPE (LdRepeatReason, ld_repeat_reason,
  G_DEFINE_ENUM_VALUE (LD_REPEAT_REASON_NONE, "none"),
  G_DEFINE_ENUM_VALUE (LD_REPEAT_REASON_SAME_ID_NUMBER, "same-id-number"),
  G_DEFINE_ENUM_VALUE (LD_REPEAT_REASON_SAME_PHONE, "same-phone"),
  G_DEFINE_ENUM_VALUE (LD_REPEAT_REASON_SIMILAR_CONTENT, "similar-content"))

void
ld_repeat_match_free (LdRepeatMatch *match)
{
  if (match == NULL)
    return;
  g_clear_object (&match->candidate);
  g_free (match);
}

char *
ld_repeat_detection_normalize_text (const char *text)
{
  g_autofree char *half = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  half = ld_halfwidth_normalize (text, TRUE);
  if (half == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (half));
  for (const char *p = half; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

/* The set of character bigrams of @text (already normalised), as keys
 * packing the two code points into 64 bits. */
static GHashTable *
bigrams_of (const char *text,
            glong      *out_length)
{
  GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, out_length);

  for (glong i = 0; i + 1 < *out_length; i++)
    {
      gint64 *key = g_new (gint64, 1);

      *key = ((gint64) chars[i] << 32) | chars[i + 1];
      g_hash_table_add (set, key);
    }
  return set;
}

double
ld_repeat_detection_similarity (const char *a,
                                const char *b)
{
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;
  g_autoptr(GHashTable) sa = NULL;
  g_autoptr(GHashTable) sb = NULL;
  GHashTableIter iter;
  gpointer key;
  glong la, lb;
  unsigned shared = 0, all;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);

  na = ld_repeat_detection_normalize_text (a);
  nb = ld_repeat_detection_normalize_text (b);
  if (na[0] == '\0' || nb[0] == '\0')
    return 0.0;

  sa = bigrams_of (na, &la);
  sb = bigrams_of (nb, &lb);
  /* Too short for a bigram: only the same character is similar. */
  if (la < 2 || lb < 2)
    return g_str_equal (na, nb) ? 1.0 : 0.0;

  g_hash_table_iter_init (&iter, sa);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (sb, key))
      shared++;
  all = g_hash_table_size (sa) + g_hash_table_size (sb) - shared;
  return (double) shared / all;
}

char *
ld_repeat_detection_normalize_id_number (const char *text)
{
  LdCitizenId id;
  char number[19];

  g_return_val_if_fail (text != NULL, NULL);

  if (!ld_citizen_id_parse (text, &id, NULL))
    return NULL;
  if (!id.legacy)
    return g_strdup (id.number);

  /* GB 11643: the 15-digit form lacks the century and the check digit. */
  memcpy (number, id.number, 6);
  memcpy (number + 6, "19", 2);
  memcpy (number + 8, id.number + 6, 9);
  number[17] = ld_citizen_id_compute_check (number);
  number[18] = '\0';
  return g_strdup (number);
}

/* An ID number or phone as compared: its normal form, else the text
 * without spaces; NULL when blank. */
static char *
identity_key (const char *text,
              gboolean    is_id)
{
  g_autofree char *plain = NULL;
  char *normal;

  if (text == NULL)
    return NULL;
  normal = is_id ? ld_repeat_detection_normalize_id_number (text)
                 : ld_phone_normalize (text, NULL, NULL);
  if (normal != NULL)
    return normal;
  plain = ld_halfwidth_normalize (text, TRUE);
  if (plain == NULL || plain[0] == '\0')
    return NULL;
  return g_ascii_strup (plain, -1);
}

/* Every ID number (or phone) of the petitioner and representatives. */
static GHashTable *
identities_of (LdPetition *petition,
               gboolean    is_id)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *reps = ld_petition_get_representatives (petition);
  char *key;

  key = identity_key (is_id ? ld_petition_get_petitioner_id_number (petition)
                            : ld_petition_get_petitioner_phone (petition), is_id);
  if (key != NULL)
    g_hash_table_add (set, key);
  for (unsigned i = 0; i < reps->len; i++)
    {
      const LdPetitionPerson *rep = g_ptr_array_index (reps, i);

      key = identity_key (is_id ? rep->id_number : rep->phone, is_id);
      if (key != NULL)
        g_hash_table_add (set, key);
    }
  return set;
}

static gboolean
sets_meet (GHashTable *a,
           GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_hash_table_contains (b, key))
      return TRUE;
  return FALSE;
}

static const char *
content_of (LdPetition *petition)
{
  const char *content = ld_petition_get_content (petition);

  return content[0] != '\0' ? content : ld_petition_get_title (petition);
}

static unsigned
count_reasons (LdRepeatReason reasons)
{
  unsigned n = 0;

  for (unsigned bits = reasons; bits != 0; bits &= bits - 1)
    n++;
  return n;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const LdRepeatMatch *ma = *(const LdRepeatMatch * const *) a;
  const LdRepeatMatch *mb = *(const LdRepeatMatch * const *) b;
  unsigned na = count_reasons (ma->reasons), nb = count_reasons (mb->reasons);
  const GDate *da, *db;

  if (na != nb)
    return na > nb ? -1 : 1;
  if (ma->similarity != mb->similarity)
    return ma->similarity > mb->similarity ? -1 : 1;
  da = ld_petition_get_received_on (ma->candidate);
  db = ld_petition_get_received_on (mb->candidate);
  if (da != NULL && db != NULL)
    return -g_date_compare (da, db);
  return (da == NULL) - (db == NULL);
}

GPtrArray *
ld_repeat_detection_find (LdPetition *petition,
                          GPtrArray  *candidates,
                          double      threshold)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) phones = NULL;
  GPtrArray *matches;
  gint64 own_id;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (candidates != NULL, NULL);
  g_return_val_if_fail (threshold > 0.0 && threshold <= 1.0, NULL);

  ids = identities_of (petition, TRUE);
  phones = identities_of (petition, FALSE);
  own_id = ld_petition_get_id (petition);
  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_repeat_match_free);

  for (unsigned i = 0; i < candidates->len; i++)
    {
      LdPetition *candidate = g_ptr_array_index (candidates, i);
      LdRepeatReason reasons = LD_REPEAT_REASON_NONE;
      double similarity;

      g_return_val_if_fail (LD_IS_PETITION (candidate), matches);
      if (candidate == petition || (own_id != 0 && ld_petition_get_id (candidate) == own_id))
        continue;

      {
        g_autoptr(GHashTable) other_ids = identities_of (candidate, TRUE);
        g_autoptr(GHashTable) other_phones = identities_of (candidate, FALSE);

        if (sets_meet (ids, other_ids))
          reasons |= LD_REPEAT_REASON_SAME_ID_NUMBER;
        if (sets_meet (phones, other_phones))
          reasons |= LD_REPEAT_REASON_SAME_PHONE;
      }
      similarity = ld_repeat_detection_similarity (content_of (petition), content_of (candidate));
      if (similarity >= threshold)
        reasons |= LD_REPEAT_REASON_SIMILAR_CONTENT;

      if (reasons != LD_REPEAT_REASON_NONE)
        {
          LdRepeatMatch *match = g_new0 (LdRepeatMatch, 1);

          match->candidate = g_object_ref (candidate);
          match->reasons = reasons;
          match->similarity = similarity;
          g_ptr_array_add (matches, match);
        }
    }

  g_ptr_array_sort (matches, compare_matches);
  return matches;
}

char *
ld_repeat_reason_describe (LdRepeatReason reasons)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (reasons & LD_REPEAT_REASON_SAME_ID_NUMBER)
    g_ptr_array_add (parts, (gpointer) _("same ID number"));
  if (reasons & LD_REPEAT_REASON_SAME_PHONE)
    g_ptr_array_add (parts, (gpointer) _("same phone number"));
  if (reasons & LD_REPEAT_REASON_SIMILAR_CONTENT)
    g_ptr_array_add (parts, (gpointer) _("similar content"));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: the separator between reasons, e.g. "same ID number, similar content". */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}
