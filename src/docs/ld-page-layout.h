/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <math.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* GB/T 9704-2012 page geometry, in PDF points (1/72 inch). */
#define LD_PT_PER_MM          (72.0 / 25.4)
#define LD_PAGE_WIDTH         (210.0 * LD_PT_PER_MM)   /* A4: 595.28 pt */
#define LD_PAGE_HEIGHT        (297.0 * LD_PT_PER_MM)   /* 841.89 pt */
#define LD_MARGIN_TOP         (37.0 * LD_PT_PER_MM)    /* 天头 */
#define LD_MARGIN_LEFT        (28.0 * LD_PT_PER_MM)    /* 订口 */
#define LD_TEXT_WIDTH         (156.0 * LD_PT_PER_MM)   /* 版心 */
#define LD_TEXT_HEIGHT        (225.0 * LD_PT_PER_MM)
#define LD_LINES_PER_PAGE     22
#define LD_CHARS_PER_LINE     28
#define LD_LINE_PITCH         (LD_TEXT_HEIGHT / LD_LINES_PER_PAGE)  /* ≈ 28.94 pt */
#define LD_CHAR_PITCH         (LD_TEXT_WIDTH / LD_CHARS_PER_LINE)   /* ≈ 15.79 pt */
#define LD_PAGE_NUMBER_GAP    (7.0 * LD_PT_PER_MM)     /* 页码 below the type area */

#define LD_SIZE_2HAO          22.0   /* 2号: title */
#define LD_SIZE_3HAO          16.0   /* 3号: body */
#define LD_SIZE_4HAO          14.0   /* 4号: page numbers, 版记, tables */

/* Natural advances of 3号 characters are a little wider than the grid
 * (28 × 16 pt > 156 mm); every advance is scaled by this, as word
 * processors do with their document grid. */
#define LD_GRID_SCALE         (LD_TEXT_WIDTH / (LD_CHARS_PER_LINE * LD_SIZE_3HAO))

/* Points to Pango units (layouts run at 72 dpi, so 1 pt = 1 device unit). */
static inline int
ld_pango_units (double pt)
{
  return (int) lround (pt * PANGO_SCALE);
}

/* Where the ideographic em box of the CJK fonts puts the baseline, as a
 * fraction of the size from the top of the em box. */
#define LD_CJK_ASCENT         0.88

/* Something that takes whole grid lines on a page. */
typedef struct
{
  guint    rows;            /* height in grid lines (≥ 1) */
  gboolean keep_with_next;  /* no page break between this and the next entry */
  gboolean blank;           /* only space: dropped when it falls at the top of a page */
} LdLayoutEntry;

#define LD_LAYOUT_DROPPED G_MAXUINT

typedef struct
{
  guint page;   /* from 0, or LD_LAYOUT_DROPPED */
  guint row;    /* first grid line on the page */
} LdPlacement;

/* Places @entries on pages of @rows_per_page lines. A page break falls only
 * where keep_with_next allows it, searching back from where the page fills
 * up; where nothing allows it, the page simply breaks where it fills. Fills
 * @placements (one per entry) and returns the number of pages. */
guint ld_page_layout_paginate (const LdLayoutEntry *entries,
                               guint                n_entries,
                               guint                rows_per_page,
                               LdPlacement         *placements);

/* The y of the baseline of text of @size points on grid line @row
 * (from 0), centring the em box in the line. */
double ld_page_layout_baseline (guint  row,
                                double size);

G_END_DECLS
