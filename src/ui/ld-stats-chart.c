/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include "ld-stats-chart.h"

#define BAR_MIN_WIDTH 24
#define BAR_SPACING 8
#define CHART_HEIGHT 160
#define TEXT_GAP 4

struct _LdStatsChart
{
  GtkWidget parent_instance;

  GPtrArray *labels;  /* of char * */
  GArray *values;     /* of unsigned */
};

G_DEFINE_FINAL_TYPE (LdStatsChart, ld_stats_chart, GTK_TYPE_WIDGET)

GtkWidget *
ld_stats_chart_new (void)
{
  return g_object_new (LD_TYPE_STATS_CHART, NULL);
}

void
ld_stats_chart_set_values (LdStatsChart       *self,
                           const char * const *labels,
                           const unsigned     *values,
                           gsize               n_values)
{
  g_return_if_fail (LD_IS_STATS_CHART (self));
  g_return_if_fail (n_values == 0 || (labels != NULL && values != NULL));

  g_ptr_array_set_size (self->labels, 0);
  g_array_set_size (self->values, 0);
  for (gsize i = 0; i < n_values; i++)
    g_ptr_array_add (self->labels, g_strdup (labels[i]));
  g_array_append_vals (self->values, values, n_values);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gsize
ld_stats_chart_get_n_values (LdStatsChart *self)
{
  g_return_val_if_fail (LD_IS_STATS_CHART (self), 0);

  return self->values->len;
}

unsigned
ld_stats_chart_get_value (LdStatsChart *self,
                          gsize         index)
{
  g_return_val_if_fail (LD_IS_STATS_CHART (self), 0);
  g_return_val_if_fail (index < self->values->len, 0);

  return g_array_index (self->values, unsigned, index);
}

static void
get_colors (LdStatsChart *self,
            GdkRGBA      *fg,
            GdkRGBA      *bar)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* libadwaita's default accent blue; readable on light and dark. */
  gdk_rgba_parse (bar, "#3584e4");
}

static int
text_height (LdStatsChart *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
ld_stats_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  LdStatsChart *self = LD_STATS_CHART (widget);
  int n = MAX (1, (int) self->values->len);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest = BAR_MIN_WIDTH;

      for (guint i = 0; i < self->labels->len; i++)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, i));
          int width;

          pango_layout_get_pixel_size (layout, &width, NULL);
          widest = MAX (widest, width);
        }
      *minimum = n * widest + (n - 1) * BAR_SPACING;
      *natural = MAX (*minimum, n * (widest + 2 * BAR_SPACING));
    }
  else
    {
      *minimum = *natural = CHART_HEIGHT + 2 * (text_height (self) + TEXT_GAP);
    }
}

static void
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           float          center_x,
           float          y,
           const GdkRGBA *color)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (center_x - width / 2.0f, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
ld_stats_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  LdStatsChart *self = LD_STATS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int line = text_height (self);
  float bar_area = height - 2.0f * (line + TEXT_GAP);
  float slot;
  unsigned max = 0;
  GdkRGBA fg, bar, axis;

  if (self->values->len == 0 || bar_area <= 0)
    return;

  get_colors (self, &fg, &bar);
  axis = fg;
  axis.alpha *= 0.25f;

  for (guint i = 0; i < self->values->len; i++)
    max = MAX (max, g_array_index (self->values, unsigned, i));

  slot = (float) width / self->values->len;
  for (guint i = 0; i < self->values->len; i++)
    {
      unsigned value = g_array_index (self->values, unsigned, i);
      float bar_width = MAX (4.0f, slot - BAR_SPACING);
      float bar_height = max > 0 ? bar_area * value / max : 0;
      float x = i * slot + (slot - bar_width) / 2;
      float base = line + TEXT_GAP + bar_area;
      g_autofree char *number = g_strdup_printf ("%u", value);
      g_autoptr(PangoLayout) value_layout = gtk_widget_create_pango_layout (widget, number);
      g_autoptr(PangoLayout) label_layout = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, i));

      if (bar_height > 0)
        gtk_snapshot_append_color (snapshot, &bar,
                                   &GRAPHENE_RECT_INIT (x, base - bar_height, bar_width, bar_height));
      draw_text (snapshot, value_layout, x + bar_width / 2, base - bar_height - line - TEXT_GAP / 2.0f, &fg);
      draw_text (snapshot, label_layout, x + bar_width / 2, base + TEXT_GAP, &fg);
    }
  gtk_snapshot_append_color (snapshot, &axis,
                             &GRAPHENE_RECT_INIT (0, line + TEXT_GAP + bar_area, width, 1));
}

static void
ld_stats_chart_finalize (GObject *object)
{
  LdStatsChart *self = LD_STATS_CHART (object);

  g_ptr_array_unref (self->labels);
  g_array_unref (self->values);

  G_OBJECT_CLASS (ld_stats_chart_parent_class)->finalize (object);
}

static void
ld_stats_chart_class_init (LdStatsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ld_stats_chart_finalize;
  widget_class->measure = ld_stats_chart_measure;
  widget_class->snapshot = ld_stats_chart_snapshot;
  gtk_widget_class_set_css_name (widget_class, "ldstatschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ld_stats_chart_init (LdStatsChart *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, TRUE, sizeof (unsigned));
}
