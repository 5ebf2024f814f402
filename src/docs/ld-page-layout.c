/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-page-layout"

#include "config.h"

#include "ld-page-layout.h"

guint
ld_page_layout_paginate (const LdLayoutEntry *entries,
                         guint                n_entries,
                         guint                rows_per_page,
                         LdPlacement         *placements)
{
  guint page = 0, row = 0;
  guint page_first = 0;   /* first entry placed on the current page */
  guint i = 0;

  g_return_val_if_fail (n_entries == 0 || entries != NULL, 0);
  g_return_val_if_fail (n_entries == 0 || placements != NULL, 0);
  g_return_val_if_fail (rows_per_page > 0, 0);

  while (i < n_entries)
    {
      const LdLayoutEntry *e = &entries[i];
      guint b;

      /* Space above something that moved to a new page serves no purpose. */
      if (e->blank && row == 0 && page > 0)
        {
          placements[i].page = LD_LAYOUT_DROPPED;
          placements[i].row = 0;
          if (page_first == i)
            page_first = i + 1;
          i++;
          continue;
        }

      if (row + e->rows <= rows_per_page || row == 0)
        {
          placements[i].page = page;
          placements[i].row = row;
          row += e->rows;
          i++;
          continue;
        }

      /* The page is full: break at the latest allowed point on it. */
      b = i;
      while (b > page_first && entries[b - 1].keep_with_next)
        b--;
      if (b == page_first)
        b = i;

      page++;
      row = 0;
      i = b;
      page_first = b;
    }

  return n_entries > 0 ? page + 1 : 0;
}

double
ld_page_layout_baseline (guint  row,
                         double size)
{
  return LD_MARGIN_TOP + row * LD_LINE_PITCH + (LD_LINE_PITCH - size) / 2.0 + LD_CJK_ASCENT * size;
}
