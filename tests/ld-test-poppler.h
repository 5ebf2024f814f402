/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Reading back what a PDF file says, with Poppler. Header-only, so that
 * only the tests that link poppler-glib need it. */

#include <glib.h>
#include <poppler.h>

/* All text of the PDF at @path, page after page as Poppler reads it
 * (with its white space). Sets @out_n_pages (may be NULL) to the number
 * of pages. poppler-glib 22.12 defines no g_autoptr cleanups: unref by
 * hand. */
static inline char *
ld_test_pdf_file_text (const char *path,
                       int        *out_n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;
  GString *text = g_string_new (NULL);
  int n_pages;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  if (out_n_pages != NULL)
    *out_n_pages = n_pages;
  return g_string_free (text, FALSE);
}
