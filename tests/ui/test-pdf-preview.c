/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-preview"

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>

#include "ld-document-window.h"
#include "ld-pdf-preview.h"
#include "ld-pdf-renderer.h"
#include "ld-print.h"
#include "ld-sample-letter.h"
#include "ld-ui-test-util.h"

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89

/* Helpers */

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* An A4 PDF whose page i has a coloured block (red, green, blue …) and its number. */
static GBytes *
make_pdf (int n_pages)
{
  static const double colours[][3] = {
    { 0.9, 0.1, 0.1 }, { 0.1, 0.7, 0.1 }, { 0.1, 0.1, 0.9 }, { 0.8, 0.6, 0.0 }, { 0.6, 0.0, 0.6 },
  };
  GByteArray *array = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_to_array, array, A4_WIDTH, A4_HEIGHT);
  cr = cairo_create (surface);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = g_strdup_printf ("Page %d", i + 1);
      const double *c = colours[i % G_N_ELEMENTS (colours)];

      cairo_set_source_rgb (cr, c[0], c[1], c[2]);
      /* The middle third of the page, so fit-page and fit-width both show it. */
      cairo_rectangle (cr, A4_WIDTH / 3, A4_HEIGHT / 3, A4_WIDTH / 3, A4_HEIGHT / 3);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 40);
      cairo_move_to (cr, 80, 120);
      cairo_show_text (cr, text);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (array);
}

typedef struct
{
  GtkWindow    *window;
  LdPdfPreview *preview;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  fixture->preview = LD_PDF_PREVIEW (ld_pdf_preview_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->preview));
  gtk_window_present (fixture->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->preview))
                  && gtk_widget_get_width (GTK_WIDGET (fixture->preview)) > 0);
}

/* Nothing keeps the preview alive once its window is gone (render jobs
 * hold it only until they finish). */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->preview), (gpointer *) &fixture->preview);
  gtk_window_destroy (fixture->window);
  LD_UI_WAIT_FOR (fixture->preview == NULL);
}

/* Whether the scrollable height is that of @n_pages A4 pages and their margins at the current zoom. */
static gboolean
laid_out (LdPdfPreview *preview,
          int           n_pages)
{
  GtkWidget *scrolled = ld_ui_find_of_type (preview, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double k = ld_pdf_preview_get_zoom (preview) * 96.0 / 72.0;
  double expected = n_pages * round (A4_HEIGHT * k) + (n_pages + 1) * LD_PDF_PAGE_MARGIN;

  return fabs (gtk_adjustment_get_upper (vadj)
               - MAX (expected, gtk_adjustment_get_page_size (vadj))) < 0.5;
}

static void
load (LdPdfPreview *preview,
      int           n_pages)
{
  g_autoptr(GBytes) pdf = make_pdf (n_pages);

  ld_pdf_preview_set_pdf (preview, pdf);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (preview) == n_pages
                  && !ld_pdf_preview_get_loading (preview)
                  && ld_pdf_preview_get_rendered_pages (preview) >= 1
                  && laid_out (preview, n_pages));
}

static char *
expected_indicator (int page,
                    int n_pages)
{
  return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Page %d of %d"), page, n_pages);
}

/* The widget's current look, rendered the way the window would draw it;
 * G_MAXUINT32 before its first frame. */
static guint32
pixel_at (GtkWidget *widget,
          int        x,
          int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree guint32 *pixels = NULL;
  int texture_width, texture_height;
  double scale;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return G_MAXUINT32;  /* not drawn yet */
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* On a HiDPI screen the texture has device pixels. */
  texture_width = gdk_texture_get_width (texture);
  texture_height = gdk_texture_get_height (texture);
  scale = (double) texture_width / width;
  pixels = g_new (guint32, texture_width * texture_height);
  gdk_texture_download (texture, (guchar *) pixels, texture_width * 4);
  return pixels[(int) (y * scale) * texture_width + (int) (x * scale)] & 0xffffff;
}

static gboolean
is_red (guint32 pixel)
{
  return ((pixel >> 16) & 0xff) > 0xc0 && ((pixel >> 8) & 0xff) < 0x40 && (pixel & 0xff) < 0x40;
}

static gboolean
is_button_for_action (GtkWidget     *widget,
                      gconstpointer  action)
{
  return GTK_IS_BUTTON (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static GtkWidget *
find_button_for_action (GtkWidget  *root,
                        const char *action)
{
  return ld_ui_find_match (root, is_button_for_action, action);
}

/* Tests */

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->preview);
  g_autofree char *indicator = expected_indicator (1, 3);
  int width = gtk_widget_get_width (widget);
  double k;
  int page_top, block_x, block_y;
  guint32 pixel;

  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 0);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, "");

  load (fixture->preview, 3);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 3);
  g_assert_cmpint (ld_pdf_preview_get_current_page (fixture->preview), ==, 0);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, indicator);
  g_assert_null (ld_pdf_preview_get_error (fixture->preview));
  g_assert_cmpint (ld_pdf_preview_get_zoom_mode (fixture->preview), ==, LD_PDF_ZOOM_FIT_WIDTH);

  /* The first page's red block is on screen where the layout puts it;
   * the grey margin is not red. */
  k = ld_pdf_preview_get_zoom (fixture->preview) * 96.0 / 72.0;
  page_top = LD_PDF_PAGE_MARGIN;
  block_x = width / 2;
  /* Just inside the block's top, so it is in view even in a short window. */
  block_y = page_top + (int) (A4_HEIGHT * k * 0.36);
  LD_UI_WAIT_FOR (is_red (pixel_at (widget, block_x, block_y)));
  pixel = pixel_at (widget, 2, block_y);
  g_assert_cmphex ((pixel >> 16) & 0xff, <, 0xf0);
  g_assert_cmphex ((pixel >> 16) & 0xff, ==, (pixel >> 8) & 0xff);
  /* White paper beside the block. */
  pixel = pixel_at (widget, block_x, page_top + (int) (A4_HEIGHT * k / 6));
  g_assert_cmphex (pixel, ==, 0xffffff);
}

static void
test_zoom_clamps (Fixture       *fixture,
                  gconstpointer  data)
{
  load (fixture->preview, 3);

  ld_pdf_preview_set_zoom (fixture->preview, 1.0);
  g_assert_cmpint (ld_pdf_preview_get_zoom_mode (fixture->preview), ==, LD_PDF_ZOOM_FREE);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 1.0, 1e-9);

  ld_pdf_preview_zoom_in (fixture->preview);
  g_assert_cmpfloat (ld_pdf_preview_get_zoom (fixture->preview), >, 1.0);
  for (int i = 0; i < 30; i++)
    ld_pdf_preview_zoom_in (fixture->preview);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 4.0, 1e-9);

  for (int i = 0; i < 30; i++)
    ld_pdf_preview_zoom_out (fixture->preview);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 0.5, 1e-9);

  ld_pdf_preview_set_zoom (fixture->preview, 10.0);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 4.0, 1e-9);
  ld_pdf_preview_set_zoom (fixture->preview, 0.01);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 0.5, 1e-9);

  /* The actions and their shortcuts do the same. */
  ld_pdf_preview_set_zoom (fixture->preview, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom-in", NULL);
  g_assert_cmpfloat (ld_pdf_preview_get_zoom (fixture->preview), >, 1.0);
  g_assert_true (ld_ui_press_key (fixture->preview, GDK_KEY_0, GDK_CONTROL_MASK));
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 1.0, 1e-9);
  g_assert_true (ld_ui_press_key (fixture->preview, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_cmpfloat (ld_pdf_preview_get_zoom (fixture->preview), <, 1.0);

  /* Pages are rendered again at the new scale. */
  LD_UI_WAIT_FOR (ld_pdf_preview_get_rendered_pages (fixture->preview) >= 1
                  && !ld_pdf_preview_get_loading (fixture->preview));
}

/* Ctrl+scroll zooms around the pointer: the point under it stays put. */
static void
test_zoom_at_point (Fixture       *fixture,
                    gconstpointer  data)
{
  LdPdfPageView *view;
  GtkAdjustment *vadj;
  double k, point_y;

  load (fixture->preview, 3);
  view = LD_PDF_PAGE_VIEW (ld_ui_find_of_type (fixture->preview, LD_TYPE_PDF_PAGE_VIEW));
  vadj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  ld_pdf_preview_set_zoom (fixture->preview, 1.0);
  LD_UI_WAIT_FOR (laid_out (fixture->preview, 3));
  gtk_adjustment_set_value (vadj, 500);
  k = 96.0 / 72.0;
  /* In PDF points from the first page's top, the point 100 px below the view's top. */
  point_y = (gtk_adjustment_get_value (vadj) + 100 - LD_PDF_PAGE_MARGIN) / k;

  ld_pdf_page_view_zoom_at (view, 2.0, 200, 100);
  g_assert_cmpfloat_with_epsilon (ld_pdf_preview_get_zoom (fixture->preview), 2.0, 1e-9);
  LD_UI_WAIT_FOR (laid_out (fixture->preview, 3));
  k = 2.0 * 96.0 / 72.0;
  g_assert_cmpfloat_with_epsilon ((gtk_adjustment_get_value (vadj) + 100 - LD_PDF_PAGE_MARGIN) / k,
                                  point_y, 1.0);

  /* At the limit nothing moves. */
  ld_pdf_preview_set_zoom (fixture->preview, 4.0);
  LD_UI_WAIT_FOR (laid_out (fixture->preview, 3));
  point_y = gtk_adjustment_get_value (vadj);
  ld_pdf_page_view_zoom_at (view, 5.0, 10, 10);
  ld_ui_run_main_loop_for (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, point_y);
}

static void
test_fit (Fixture       *fixture,
          gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->preview);
  double width_zoom, page_zoom, expected;

  load (fixture->preview, 3);
  ld_pdf_preview_set_zoom (fixture->preview, 2.0);
  ld_ui_run_main_loop_for (100);

  gtk_widget_activate_action (widget, "preview.fit-width", NULL);
  g_assert_cmpint (ld_pdf_preview_get_zoom_mode (fixture->preview), ==, LD_PDF_ZOOM_FIT_WIDTH);
  expected = (gtk_widget_get_width (widget) - 2.0 * LD_PDF_PAGE_MARGIN) / (A4_WIDTH * 96.0 / 72.0);
  LD_UI_WAIT_FOR (fabs (ld_pdf_preview_get_zoom (fixture->preview) - expected) < 1e-6);
  width_zoom = ld_pdf_preview_get_zoom (fixture->preview);

  gtk_widget_activate_action (widget, "preview.fit-page", NULL);
  g_assert_cmpint (ld_pdf_preview_get_zoom_mode (fixture->preview), ==, LD_PDF_ZOOM_FIT_PAGE);
  expected = MIN (width_zoom,
                  (gtk_widget_get_height (widget) - 2.0 * LD_PDF_PAGE_MARGIN) / (A4_HEIGHT * 96.0 / 72.0));
  LD_UI_WAIT_FOR (fabs (ld_pdf_preview_get_zoom (fixture->preview) - expected) < 1e-6);
  page_zoom = ld_pdf_preview_get_zoom (fixture->preview);
  g_assert_cmpfloat (page_zoom, <, width_zoom);  /* 800×900 is wider than A4 */

  /* A narrower window gives a smaller fit-width zoom. */
  gtk_widget_activate_action (widget, "preview.fit-width", NULL);
  LD_UI_WAIT_FOR (fabs (ld_pdf_preview_get_zoom (fixture->preview) - width_zoom) < 1e-6);
  gtk_widget_set_size_request (widget, -1, -1);
  gtk_window_set_child (fixture->window, NULL);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *spacer = gtk_label_new (NULL);

    gtk_widget_set_size_request (spacer, 400, -1);
    gtk_box_append (GTK_BOX (box), spacer);
    gtk_widget_set_hexpand (widget, TRUE);
    gtk_box_append (GTK_BOX (box), widget);
    gtk_window_set_child (fixture->window, box);
  }
  LD_UI_WAIT_FOR (gtk_widget_get_width (widget) > 0 && gtk_widget_get_width (widget) < 500);
  expected = (gtk_widget_get_width (widget) - 2.0 * LD_PDF_PAGE_MARGIN) / (A4_WIDTH * 96.0 / 72.0);
  LD_UI_WAIT_FOR (fabs (ld_pdf_preview_get_zoom (fixture->preview) - expected) < 1e-6);
  g_assert_cmpfloat (ld_pdf_preview_get_zoom (fixture->preview), <, width_zoom);
}

static void
record_n_pages_cb (LdPdfPreview *preview,
                   GParamSpec   *pspec,
                   GArray       *seen)
{
  int n = ld_pdf_preview_get_n_pages (preview);

  g_array_append_val (seen, n);
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GBytes) five = make_pdf (5);
  g_autoptr(GBytes) two = make_pdf (2);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *indicator = expected_indicator (1, 5);
  gulong handler;

  load (fixture->preview, 3);

  handler = g_signal_connect (fixture->preview, "notify::n-pages", G_CALLBACK (record_n_pages_cb), seen);

  /* The old pages stay until the new document is drawn: no empty frame between. */
  ld_pdf_preview_set_pdf (fixture->preview, five);
  g_assert_true (ld_pdf_preview_get_loading (fixture->preview));
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 3);
  g_assert_cmpuint (ld_pdf_preview_get_rendered_pages (fixture->preview), >=, 1);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) == 5
                  && ld_pdf_preview_get_rendered_pages (fixture->preview) >= 1);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (g_array_index (seen, int, 0), ==, 5);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, indicator);
  g_assert_true (ld_pdf_preview_get_pdf (fixture->preview) == five);

  /* A document replaced before it finished loading never shows. */
  g_array_set_size (seen, 0);
  ld_pdf_preview_set_pdf (fixture->preview, two);
  ld_pdf_preview_set_pdf (fixture->preview, five);
  ld_pdf_preview_set_pdf (fixture->preview, two);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) == 2
                  && !ld_pdf_preview_get_loading (fixture->preview));
  ld_ui_run_main_loop_for (100);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 2);

  g_signal_handler_disconnect (fixture->preview, handler);

  ld_pdf_preview_set_pdf (fixture->preview, NULL);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 0);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, "");
}

static void
test_invalid (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9704);
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  guint8 buffer[4096];
  GtkWidget *status;

  for (guint i = 0; i < sizeof buffer; i++)
    buffer[i] = g_rand_int_range (rand, 0, 256);
  garbage = g_bytes_new (buffer, sizeof buffer);

  load (fixture->preview, 3);

  ld_pdf_preview_set_pdf (fixture->preview, garbage);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_error (fixture->preview) != NULL);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 0);
  g_assert_false (ld_pdf_preview_get_loading (fixture->preview));
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, "");

  /* The message is on screen. */
  status = ld_ui_find_of_type (fixture->preview, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   ld_pdf_preview_get_error (fixture->preview));

  ld_pdf_preview_set_pdf (fixture->preview, empty);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_error (fixture->preview) != NULL
                  && !ld_pdf_preview_get_loading (fixture->preview));
  g_assert_true (gtk_widget_get_visible (status));

  /* A good document clears the error. */
  load (fixture->preview, 2);
  g_assert_null (ld_pdf_preview_get_error (fixture->preview));
  g_assert_false (gtk_widget_get_visible (status));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->preview);
  g_autofree char *last = expected_indicator (3, 3);
  g_autofree char *first = expected_indicator (1, 3);
  int page;

  load (fixture->preview, 3);
  g_assert_true (gtk_widget_get_focusable (widget));
  g_assert_true (gtk_widget_grab_focus (widget));

  g_assert_true (ld_ui_press_key (widget, GDK_KEY_End, 0));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) == 2);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, last);
  /* The last page gets rendered once it is in view. */
  LD_UI_WAIT_FOR (ld_pdf_preview_get_rendered_pages (fixture->preview) >= 2);

  g_assert_true (ld_ui_press_key (widget, GDK_KEY_Home, 0));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) == 0);
  g_assert_cmpstr (ld_pdf_preview_get_page_indicator (fixture->preview), ==, first);

  /* Page Down moves forward through the document, Page Up back. */
  page = 0;
  for (int i = 0; i < 10 && page < 2; i++)
    {
      g_assert_true (ld_ui_press_key (widget, GDK_KEY_Page_Down, 0));
      ld_ui_run_main_loop_for (100);
      g_assert_cmpint (ld_pdf_preview_get_current_page (fixture->preview), >=, page);
      page = ld_pdf_preview_get_current_page (fixture->preview);
    }
  g_assert_cmpint (page, ==, 2);
  g_assert_true (ld_ui_press_key (widget, GDK_KEY_Page_Up, 0));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) < 2);
  g_assert_true (ld_ui_press_key (widget, GDK_KEY_Down, 0));

  ld_pdf_preview_set_current_page (fixture->preview, 1);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) == 1);

  /* Going to a page right after zooming lands there once the zoom is laid out. */
  ld_pdf_preview_set_current_page (fixture->preview, 0);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) == 0);
  ld_pdf_preview_zoom_out (fixture->preview);
  ld_pdf_preview_set_current_page (fixture->preview, 1);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_current_page (fixture->preview) == 1);
  ld_ui_run_main_loop_for (100);
  g_assert_cmpint (ld_pdf_preview_get_current_page (fixture->preview), ==, 1);
}

/* A realistic multi-page opinion letter from the document engine. */
static void
test_sample_letter (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(LdDocument) letter = ld_sample_letter_new ("某某镇人民政府", 12);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ld_document_render_pdf (letter, &error);
  PopplerDocument *document;
  g_autofree char *last = NULL;
  int n_pages;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (document);
  g_object_unref (document);
  g_assert_cmpint (n_pages, >=, 4);
  last = expected_indicator (n_pages, n_pages);

  ld_pdf_preview_set_pdf (fixture->preview, pdf);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) == n_pages
                  && laid_out (fixture->preview, n_pages));

  gtk_widget_grab_focus (GTK_WIDGET (fixture->preview));
  g_assert_true (ld_ui_press_key (fixture->preview, GDK_KEY_End, 0));
  LD_UI_WAIT_FOR (g_strcmp0 (ld_pdf_preview_get_page_indicator (fixture->preview), last) == 0);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_rendered_pages (fixture->preview) >= 2);
}

/* An editor hands over documents; they are laid out off the main thread. */
static void
test_set_document (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(LdDocument) short_letter = ld_sample_letter_new ("某某镇人民政府", 1);
  g_autoptr(LdDocument) long_letter = ld_sample_letter_new ("某某镇人民政府", 12);
  g_autoptr(LdDocument) untitled = ld_sample_letter_new ("某某镇人民政府", 1);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (int));
  gulong handler;

  ld_pdf_preview_set_document (fixture->preview, short_letter);
  /* Nothing was laid out on the main loop yet. */
  g_assert_null (ld_pdf_preview_get_pdf (fixture->preview));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) == 1
                  && ld_pdf_preview_get_rendered_pages (fixture->preview) == 1);
  g_assert_nonnull (ld_pdf_preview_get_pdf (fixture->preview));

  /* A newer document supersedes one still being laid out. */
  handler = g_signal_connect (fixture->preview, "notify::n-pages", G_CALLBACK (record_n_pages_cb), seen);
  ld_pdf_preview_set_document (fixture->preview, short_letter);
  ld_pdf_preview_set_document (fixture->preview, long_letter);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) >= 4
                  && !ld_pdf_preview_get_loading (fixture->preview));
  ld_ui_run_main_loop_for (100);
  g_assert_cmpuint (seen->len, ==, 1);
  g_signal_handler_disconnect (fixture->preview, handler);

  /* A document the engine refuses shows why, and the next one recovers. */
  ld_document_set_title (untitled, "");
  ld_pdf_preview_set_document (fixture->preview, untitled);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_error (fixture->preview) != NULL);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (fixture->preview), ==, 0);
  g_assert_null (ld_pdf_preview_get_pdf (fixture->preview));

  ld_pdf_preview_set_document (fixture->preview, short_letter);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (fixture->preview) == 1);
  g_assert_null (ld_pdf_preview_get_error (fixture->preview));
}

/* A preview off screen loads its document but renders nothing until shown. */
static void
test_hidden (void)
{
  g_autoptr(GBytes) pdf = make_pdf (3);
  LdPdfPreview *preview = LD_PDF_PREVIEW (g_object_ref_sink (ld_pdf_preview_new ()));
  GtkWindow *window;

  ld_pdf_preview_set_pdf (preview, pdf);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (preview) == 3);
  ld_ui_run_main_loop_for (100);
  g_assert_cmpuint (ld_pdf_preview_get_rendered_pages (preview), ==, 0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 600, 800);
  gtk_window_set_child (window, GTK_WIDGET (preview));
  gtk_window_present (window);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_rendered_pages (preview) >= 1);

  /* Render jobs still running hold the view only until they finish. */
  g_object_add_weak_pointer (G_OBJECT (preview), (gpointer *) &preview);
  gtk_window_destroy (window);
  g_object_unref (preview);
  LD_UI_WAIT_FOR (preview == NULL);
}

/* Printing and saving */

static PopplerDocument *
open_pdf_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* The bounding box (x0, y0, x1, y1) in points of the page's saturated pixels. */
static void
colour_box (PopplerPage *page,
            int          box[4])
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  guint32 *pixels;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = (guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  box[0] = box[1] = G_MAXINT;
  box[2] = box[3] = -1;
  for (int y = 0; y < 842; y++)
    for (int x = 0; x < 596; x++)
      {
        guint32 p = pixels[y * stride + x];
        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 100)
          {
            box[0] = MIN (box[0], x);
            box[1] = MIN (box[1], y);
            box[2] = MAX (box[2], x);
            box[3] = MAX (box[3], y);
          }
      }
  cairo_surface_destroy (surface);
}

static void
test_print_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ld-print-XXXXXX", &error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) pdf = make_pdf (3);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("not a pdf", 9);
  PopplerDocument *original;
  PopplerDocument *printed;

  g_assert_no_error (error);
  file = g_file_new_build_filename (dir, "printed.pdf", NULL);

  g_assert_true (ld_print_pdf_to_file (pdf, "测试", file, &error));
  g_assert_no_error (error);

  original = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  printed = open_pdf_file (file);
  g_assert_cmpint (poppler_document_get_n_pages (printed), ==, 3);

  for (int i = 0; i < 3; i++)
    {
      PopplerPage *a = poppler_document_get_page (original, i);
      PopplerPage *b = poppler_document_get_page (printed, i);
      g_autofree char *text_a = poppler_page_get_text (a);
      g_autofree char *text_b = poppler_page_get_text (b);
      int box_a[4], box_b[4];
      double w, h;

      /* A4 on A4, and every glyph where it was: PDF points map 1:1. */
      poppler_page_get_size (b, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, A4_WIDTH, 0.5);
      g_assert_cmpfloat_with_epsilon (h, A4_HEIGHT, 0.5);
      g_assert_cmpstr (text_b, ==, text_a);
      /* The coloured block is at the same place, to the point. */
      colour_box (a, box_a);
      colour_box (b, box_b);
      g_assert_cmpint (box_a[2] - box_a[0], >, 100);
      for (int j = 0; j < 4; j++)
        g_assert_cmpint (ABS (box_a[j] - box_b[j]), <=, 1);
      g_object_unref (a);
      g_object_unref (b);
    }

  g_object_unref (original);
  g_object_unref (printed);

  /* What cannot be read is reported, not printed. */
  g_assert_false (ld_print_pdf_to_file (garbage, "bad", file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

/* A PDF that cannot be printed is reported to the user, not dropped. */
static void
test_print_error (void)
{
  g_autoptr(GBytes) garbage = g_bytes_new_static ("%PDF-1.7 broken", 15);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  AdwMessageDialog *dialog;

  gtk_window_present (parent);
  ld_print_pdf (parent, garbage, "bad");
  dialog = ld_ui_wait_for_dialog (parent, NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Printing Failed"));
  g_assert_nonnull (adw_message_dialog_get_body (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
  ld_ui_run_main_loop_for (100);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_save_to_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ld-save-XXXXXX", &error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GBytes) first = make_pdf (1);
  g_autoptr(GBytes) second = make_pdf (2);
  g_autoptr(GBytes) contents = NULL;
  GAsyncResult *result = NULL;

  g_assert_no_error (error);
  file = g_file_new_build_filename (dir, "法审〔2026〕1号.pdf", NULL);

  ld_save_pdf_to_file (file, first, NULL, saved_cb, &result);
  LD_UI_WAIT_FOR (result != NULL);
  g_assert_true (ld_save_pdf_as_finish (result, &saved, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (saved, file));
  g_clear_object (&result);
  g_clear_object (&saved);

  /* Saving again replaces the file whole. */
  ld_save_pdf_to_file (file, second, NULL, saved_cb, &result);
  LD_UI_WAIT_FOR (result != NULL);
  g_assert_true (ld_save_pdf_as_finish (result, NULL, &error));
  g_clear_object (&result);
  contents = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (contents, second));

  /* A folder that does not exist is an error for the caller to show. */
  nowhere = g_file_new_build_filename (dir, "missing", "x.pdf", NULL);
  ld_save_pdf_to_file (nowhere, first, NULL, saved_cb, &result);
  LD_UI_WAIT_FOR (result != NULL);
  g_assert_false (ld_save_pdf_as_finish (result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_object (&result);

  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

/* LdDocumentWindow */

typedef struct
{
  GBytes *issued;
  int     calls;
  gboolean fail;
} IssueData;

static GBytes *
issue_cb (LdDocumentWindow  *window,
          char             **number,
          gpointer           user_data,
          GError           **error)
{
  IssueData *data = user_data;

  data->calls++;
  if (data->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The database is read-only.");
      return NULL;
    }
  *number = g_strdup ("法审〔2026〕1号");
  return g_bytes_ref (data->issued);
}

static void
test_document_window (void)
{
  g_autoptr(GBytes) draft = make_pdf (3);
  g_autoptr(GBytes) edited = make_pdf (4);
  IssueData data = { make_pdf (2), 0, FALSE };
  LdDocumentWindow *window;
  LdPdfPreview *preview;
  AdwMessageDialog *dialog;
  GtkWidget *issue_button;

  window = ld_document_window_new (NULL, "法律审查意见书", draft);
  preview = ld_document_window_get_preview (window);
  gtk_window_present (GTK_WINDOW (window));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (preview) == 3);
  g_assert_true (ld_document_window_get_pdf (window) == draft);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "法律审查意见书");
  g_assert_null (ld_document_window_get_number (window));

  issue_button = find_button_for_action (GTK_WIDGET (window), "doc.issue");
  g_assert_nonnull (issue_button);
  g_assert_false (gtk_widget_get_visible (issue_button));
  g_assert_nonnull (find_button_for_action (GTK_WIDGET (window), "doc.print"));
  g_assert_nonnull (find_button_for_action (GTK_WIDGET (window), "doc.save-as"));

  /* Live updates from an editor. */
  ld_document_window_set_pdf (window, edited);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (preview) == 4);

  ld_document_window_set_issue_func (window, issue_cb, &data, NULL);
  g_assert_true (gtk_widget_get_visible (issue_button));

  /* Cancelling the confirmation issues nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  ld_ui_expect_dialog (window, NULL, "cancel");
  LD_UI_WAIT_FOR (ld_ui_find_dialog (window, NULL) == NULL);
  g_assert_cmpint (data.calls, ==, 0);

  /* A failure is shown and leaves the draft as it was. */
  data.fail = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  ld_ui_expect_dialog (window, NULL, "issue");
  g_assert_cmpint (data.calls, ==, 1);
  dialog = ld_ui_wait_for_dialog (window, NULL);
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "read-only") != NULL);
  ld_ui_respond (dialog, "close");
  LD_UI_WAIT_FOR (ld_ui_find_dialog (window, NULL) == NULL);
  g_assert_null (ld_document_window_get_number (window));
  g_assert_true (gtk_widget_get_visible (issue_button));

  /* Issuing shows the issued bytes and the number, and hides the button. */
  data.fail = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  ld_ui_expect_dialog (window, NULL, "issue");
  g_assert_cmpint (data.calls, ==, 2);
  g_assert_cmpstr (ld_document_window_get_number (window), ==, "法审〔2026〕1号");
  g_assert_true (ld_document_window_get_pdf (window) == data.issued);
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (preview) == 2);
  g_assert_false (gtk_widget_get_visible (issue_button));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "法审〔2026〕1号"));

  /* Later edits do not change what was issued. */
  ld_document_window_set_pdf (window, draft);
  {
    g_autoptr(LdDocument) letter = ld_sample_letter_new ("某某镇人民政府", 1);

    ld_document_window_set_document (window, letter);
  }
  ld_ui_run_main_loop_for (100);
  g_assert_true (ld_document_window_get_pdf (window) == data.issued);
  g_assert_cmpint (ld_pdf_preview_get_n_pages (preview), ==, 2);

  ld_ui_destroy_and_wait (window);
  g_bytes_unref (data.issued);
}

static void
test_document_window_issued (void)
{
  g_autoptr(GBytes) pdf = make_pdf (2);
  LdDocumentWindow *window;

  window = ld_document_window_new_issued (NULL, "调解协议书", "调〔2026〕7号", pdf);
  gtk_window_present (GTK_WINDOW (window));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (ld_document_window_get_preview (window)) == 2);
  g_assert_cmpstr (ld_document_window_get_number (window), ==, "调〔2026〕7号");
  g_assert_false (gtk_widget_get_visible (find_button_for_action (GTK_WIDGET (window), "doc.issue")));
  /* Even with an issue func, an issued document cannot be issued again. */
  ld_document_window_set_issue_func (window, issue_cb, NULL, NULL);
  g_assert_false (gtk_widget_get_visible (find_button_for_action (GTK_WIDGET (window), "doc.issue")));
  ld_ui_destroy_and_wait (window);
}

static void
test_document_window_for_issued (void)
{
  g_autoptr(GBytes) pdf = make_pdf (2);
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  const char *hashes[] = { sha256, "0000000000000000000000000000000000000000000000000000000000000000" };

  for (guint i = 0; i < G_N_ELEMENTS (hashes); i++)
    {
      g_autoptr(LdIssuedDocument) issued = NULL;
      LdDocumentWindow *window;
      GtkWidget *warning;

      issued = g_object_new (LD_TYPE_ISSUED_DOCUMENT,
                             "number", "×法审〔2026〕12号",
                             "title", "法律审查意见书",
                             "sha256", hashes[i],
                             "pdf", pdf,
                             NULL);
      window = ld_document_window_new_for_issued (NULL, issued);
      gtk_window_present (GTK_WINDOW (window));
      LD_UI_WAIT_FOR (ld_pdf_preview_get_n_pages (ld_document_window_get_preview (window)) == 2);
      g_assert_true (ld_document_window_get_pdf (window) == pdf);
      g_assert_cmpstr (ld_document_window_get_number (window), ==, "×法审〔2026〕12号");
      g_assert_false (gtk_widget_get_visible (find_button_for_action (GTK_WIDGET (window), "doc.issue")));

      /* Stored bytes that no longer match their hash are flagged on screen. */
      warning = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), LD_TYPE_DOCUMENT_WINDOW, "tamper_bar"));
      g_assert_nonnull (warning);
      g_assert_cmpint (ld_document_window_get_tampered (window), ==, i == 1);
      g_assert_cmpint (gtk_widget_get_visible (warning), ==, i == 1);

      ld_ui_destroy_and_wait (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/pdf-preview/render", test_render);
  ADD ("/ui/pdf-preview/zoom-clamps", test_zoom_clamps);
  ADD ("/ui/pdf-preview/zoom-at-point", test_zoom_at_point);
  ADD ("/ui/pdf-preview/fit", test_fit);
  ADD ("/ui/pdf-preview/replace", test_replace);
  ADD ("/ui/pdf-preview/invalid", test_invalid);
  ADD ("/ui/pdf-preview/keyboard", test_keyboard);
  ADD ("/ui/pdf-preview/sample-letter", test_sample_letter);
  ADD ("/ui/pdf-preview/set-document", test_set_document);
#undef ADD
  g_test_add_func ("/ui/pdf-preview/hidden", test_hidden);
  g_test_add_func ("/ui/print/export", test_print_export);
  g_test_add_func ("/ui/print/error", test_print_error);
  g_test_add_func ("/ui/save/to-file", test_save_to_file);
  g_test_add_func ("/ui/document-window/issue", test_document_window);
  g_test_add_func ("/ui/document-window/issued", test_document_window_issued);
  g_test_add_func ("/ui/document-window/for-issued", test_document_window_for_issued);

  return g_test_run ();
}
