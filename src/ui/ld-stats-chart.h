/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LD_TYPE_STATS_CHART (ld_stats_chart_get_type ())
G_DECLARE_FINAL_TYPE (LdStatsChart, ld_stats_chart, LD, STATS_CHART, GtkWidget)

/* A plain column chart: one bar per value with the value above it and its
 * label below, scaled to the largest value. Enough for counts by month. */
GtkWidget *ld_stats_chart_new (void);

/* Replaces the bars: @labels and @values hold @n_values entries each. */
void       ld_stats_chart_set_values (LdStatsChart       *self,
                                      const char * const *labels,
                                      const unsigned     *values,
                                      gsize               n_values);

gsize      ld_stats_chart_get_n_values (LdStatsChart *self);
unsigned   ld_stats_chart_get_value (LdStatsChart *self,
                                     gsize         index);

G_END_DECLS
