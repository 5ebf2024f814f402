/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ld-attachment-store.h"

typedef struct
{
  LdDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  (void) data;
  f->db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_assert_finalize_object (f->db);
}

/* Bytes of every value, NULs included, so nothing treats them as text. */
static GBytes *
make_bytes (gsize size)
{
  guint8 *data = g_malloc (size);

  for (gsize i = 0; i < size; i++)
    data[i] = (guint8) ((i * 7 + 3) % 256);
  return g_bytes_new_take (data, size);
}

static void
test_add_list_get (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) pdf = make_bytes (100000);
  g_autoptr(GBytes) image = make_bytes (513);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(LdAttachment) one = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  gint64 a, b, c, d;
  LdAttachment *first;

  (void) data;
  a = ld_attachment_store_add (f->db, "contract_reviews", 7, "/home/user/合同文本.pdf",
                               "application/pdf", pdf, &error);
  g_assert_no_error (error);
  b = ld_attachment_store_add (f->db, "contract_reviews", 7, "现场照片.png", "image/png", image, &error);
  g_assert_no_error (error);
  c = ld_attachment_store_add (f->db, "contract_reviews", 7, "空白.txt", NULL, empty, &error);
  g_assert_no_error (error);
  /* Another record, and the same id in another register. */
  d = ld_attachment_store_add (f->db, "contract_reviews", 8, "x.pdf", "application/pdf", pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_attachment_store_add (f->db, "petitions", 7, "信件.jpg", "image/jpeg", image, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (a, >, 0);
  g_assert_cmpint (b, >, a);
  g_assert_cmpint (c, >, b);
  g_assert_cmpint (d, >, c);

  list = ld_attachment_store_list (f->db, "contract_reviews", 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  first = g_ptr_array_index (list, 0);
  g_assert_cmpint (ld_attachment_get_id (first), ==, a);
  g_assert_cmpstr (ld_attachment_get_record_table (first), ==, "contract_reviews");
  g_assert_cmpint (ld_attachment_get_record_id (first), ==, 7);
  /* Only the base name is kept. */
  g_assert_cmpstr (ld_attachment_get_file_name (first), ==, "合同文本.pdf");
  g_assert_cmpstr (ld_attachment_get_content_type (first), ==, "application/pdf");
  g_assert_cmpint (ld_attachment_get_size (first), ==, 100000);
  g_assert_cmpstr (ld_attachment_get_sha256 (first), ==, sha256);
  g_assert_nonnull (ld_attachment_get_added_at (first));
  g_assert_cmpint (ld_attachment_get_id (g_ptr_array_index (list, 1)), ==, b);
  g_assert_cmpstr (ld_attachment_get_content_type (g_ptr_array_index (list, 2)), ==, "application/octet-stream");
  g_assert_cmpint (ld_attachment_get_size (g_ptr_array_index (list, 2)), ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = ld_attachment_store_list (f->db, "petitions", 7, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ld_attachment_store_list (f->db, "petitions", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);

  loaded = ld_attachment_store_get_bytes (f->db, a, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (loaded, pdf));
  g_clear_pointer (&loaded, g_bytes_unref);
  loaded = ld_attachment_store_get_bytes (f->db, b, &error);
  g_assert_true (g_bytes_equal (loaded, image));
  g_clear_pointer (&loaded, g_bytes_unref);
  loaded = ld_attachment_store_get_bytes (f->db, c, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (g_bytes_get_size (loaded), ==, 0);

  one = ld_attachment_store_get (f->db, b, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_attachment_get_file_name (one), ==, "现场照片.png");
  g_assert_cmpint (ld_attachment_get_size (one), ==, 513);
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = make_bytes (64);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a, b;

  (void) data;
  a = ld_attachment_store_add (f->db, "contract_reviews", 1, "a.pdf", "application/pdf", bytes, &error);
  b = ld_attachment_store_add (f->db, "contract_reviews", 1, "b.pdf", "application/pdf", bytes, &error);
  g_assert_no_error (error);

  g_assert_true (ld_attachment_store_remove (f->db, a, &error));
  g_assert_no_error (error);
  list = ld_attachment_store_list (f->db, "contract_reviews", 1, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (ld_attachment_get_id (g_ptr_array_index (list, 0)), ==, b);

  g_assert_false (ld_attachment_store_remove (f->db, a, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ld_attachment_store_get_bytes (f->db, a, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ld_attachment_store_get (f->db, a, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A name that is no file name is refused. */
  g_assert_cmpint (ld_attachment_store_add (f->db, "contract_reviews", 1, "", NULL, bytes, &error), ==, 0);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (ld_attachment_store_add (f->db, "contract_reviews", 1, "/", NULL, bytes, &error), ==, 0);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/attachments/add-list-get", Fixture, NULL, fixture_set_up, test_add_list_get, fixture_tear_down);
  g_test_add ("/store/attachments/remove", Fixture, NULL, fixture_set_up, test_remove, fixture_tear_down);

  return g_test_run ();
}
