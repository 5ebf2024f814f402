/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-render"

#include "config.h"

#include <cairo.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ld-pdf-renderer.h"
#include "ld-sample-letter.h"

/* In-process cost of what the preview does after an edit: build the model of
 * a 4-page opinion letter, lay it out to PDF, and rasterise page 1 at 96 dpi
 * with Poppler. Usage: bench-render [N_RUNS] [--output FILE.pdf] */

#define N_PARAGRAPHS 10   /* four pages */

/* CPU time of this process, ms: what the work costs whatever else the
 * machine is doing (wall time is what the user waits). */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Wall time of each phase of one run, ms. */
typedef struct
{
  double model;
  double render;
  double raster;
} Phases;

static double
run_once (GBytes **out_pdf,
          int     *out_pages,
          double  *out_cpu,
          Phases  *out_phases)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();
  g_autoptr(LdDocument) doc = ld_sample_letter_new ("××律师事务所", N_PARAGRAPHS);
  gint64 modelled = g_get_monotonic_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ld_document_render_pdf (doc, &error);
  gint64 rendered = g_get_monotonic_time ();
  PopplerDocument *poppler;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h, scale = 96.0 / 72.0;

  if (pdf == NULL)
    {
      fprintf (stderr, "render failed: %s\n", error->message);
      exit (1);
    }
  poppler = poppler_document_new_from_bytes (pdf, NULL, &error);
  if (poppler == NULL)
    {
      fprintf (stderr, "poppler failed: %s\n", error->message);
      exit (1);
    }
  page = poppler_document_get_page (poppler, 0);
  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (w * scale), (int) (h * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (surface);

  if (out_pages != NULL)
    *out_pages = poppler_document_get_n_pages (poppler);
  if (out_pdf != NULL)
    *out_pdf = g_bytes_ref (pdf);
  /* Poppler 22.12 declares no autoptr cleanups. */
  g_object_unref (page);
  g_object_unref (poppler);

  if (out_cpu != NULL)
    *out_cpu = cpu_ms () - cpu_start;
  if (out_phases != NULL)
    {
      out_phases->model = (modelled - start) / 1000.0;
      out_phases->render = (rendered - modelled) / 1000.0;
      out_phases->raster = (g_get_monotonic_time () - rendered) / 1000.0;
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  int n_runs = 20, n_pages = 0;
  const char *output = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree double *times = NULL;
  g_autofree double *cpu = NULL;
  g_autofree double *model = NULL;
  g_autofree double *render = NULL;
  g_autofree double *raster = NULL;
  double cold;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--output") && i + 1 < argc)
        output = argv[++i];
      else
        n_runs = MAX (1, atoi (argv[i]));
    }

  /* The first run loads fonts and fontconfig's cache: reported apart. */
  cold = run_once (&pdf, &n_pages, NULL, NULL);
  times = g_new0 (double, n_runs);
  cpu = g_new0 (double, n_runs);
  model = g_new0 (double, n_runs);
  render = g_new0 (double, n_runs);
  raster = g_new0 (double, n_runs);
  for (int i = 0; i < n_runs; i++)
    {
      Phases phases;

      times[i] = run_once (NULL, NULL, &cpu[i], &phases);
      model[i] = phases.model;
      render[i] = phases.render;
      raster[i] = phases.raster;
    }
  qsort (times, n_runs, sizeof (double), compare_doubles);
  qsort (cpu, n_runs, sizeof (double), compare_doubles);
  qsort (model, n_runs, sizeof (double), compare_doubles);
  qsort (render, n_runs, sizeof (double), compare_doubles);
  qsort (raster, n_runs, sizeof (double), compare_doubles);

  printf ("sample letter: %d paragraphs, %d pages, %zu bytes of PDF\n",
          N_PARAGRAPHS, n_pages, g_bytes_get_size (pdf));
  printf ("cold (first run) ms: %.1f\n", cold);
  printf ("render+raster ms: median %.1f min %.1f (%d warm runs, target < 30)\n",
          times[n_runs / 2], times[0], n_runs);
  printf ("render+raster cpu ms: median %.1f min %.1f\n", cpu[n_runs / 2], cpu[0]);
  printf ("phases, median ms: model %.2f, layout+PDF %.1f, rasterise page 1 at 96 dpi %.1f\n",
          model[n_runs / 2], render[n_runs / 2], raster[n_runs / 2]);

  if (output != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (output, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
    }
  return 0;
}
