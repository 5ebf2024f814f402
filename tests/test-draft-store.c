/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ld-contract-review.h"
#include "ld-draft-store.h"

typedef struct
{
  char       *dir;
  char       *path;
  LdDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  (void) data;
  f->dir = g_dir_make_tmp ("ld-draft-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "drafts.db", NULL);
  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  (void) data;
  g_clear_object (&f->db);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
test_save_load (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) one = text_bytes ("one");
  g_autoptr(GBytes) two = g_bytes_new_static ("two\0with a nul", 15);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;

  (void) data;
  /* Nothing saved: NULL without an error. */
  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_no_error (error);
  g_assert_null (loaded);

  g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, one, &error));
  g_assert_no_error (error);
  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_true (g_bytes_equal (loaded, one));
  g_clear_pointer (&loaded, g_bytes_unref);

  /* Saving again replaces it. */
  g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, two, &error));
  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_true (g_bytes_equal (loaded, two));
  g_clear_pointer (&loaded, g_bytes_unref);

  /* Kinds and records are separate. */
  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 5, &error);
  g_assert_null (loaded);
  loaded = ld_draft_store_load (f->db, "petition", 0, &error);
  g_assert_null (loaded);
  g_assert_no_error (error);

  /* Discarding removes it; discarding nothing is fine. */
  g_assert_true (ld_draft_store_discard (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error));
  g_assert_no_error (error);
  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_null (loaded);
  g_assert_true (ld_draft_store_discard (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error));
  g_assert_no_error (error);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GBytes) bytes = text_bytes ("state");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gint64 order[] = { 12, 0, 3 };

  (void) data;
  ids = ld_draft_store_list (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  for (unsigned i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, order[i], bytes, &error));
      g_usleep (2000);
    }
  g_assert_true (ld_draft_store_save (f->db, "petition", 99, bytes, &error));
  g_assert_no_error (error);

  /* Most recently saved first. */
  ids = ld_draft_store_list (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 0);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, 12);
}

/* A review's serialized state survives closing the database (a crash)
 * and comes back as the same review. */
static void
test_survives_reopen (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdContractReview) back = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) loaded_variant = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdReviewFinding) finding = ld_review_finding_new ("第三条", "付款条件不明", "明确付款条件", "");

  (void) data;
  ld_contract_review_set_title (review, "未保存的合同");
  ld_contract_review_set_amount_text (review, "12.5");
  ld_contract_review_append_finding (review, finding);
  variant = ld_contract_review_serialize (review);
  {
    g_autoptr(GBytes) bytes = g_variant_get_data_as_bytes (variant);
    g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, bytes, &error));
    g_assert_no_error (error);
  }

  g_clear_object (&f->db);
  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  loaded = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  loaded_variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, loaded, FALSE));
  back = ld_contract_review_deserialize (loaded_variant, &error);
  g_assert_no_error (error);
  g_assert_true (ld_contract_review_content_equal (review, back));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/drafts/save-load", Fixture, NULL, fixture_set_up, test_save_load, fixture_tear_down);
  g_test_add ("/store/drafts/list", Fixture, NULL, fixture_set_up, test_list, fixture_tear_down);
  g_test_add ("/store/drafts/survives-reopen", Fixture, NULL, fixture_set_up, test_survives_reopen, fixture_tear_down);

  return g_test_run ();
}
