/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* What is due, across registers, for the overview page and
 * `legal-desk-cli due`. */
typedef struct
{
  LdRecordArea area;      /* contract / mediation / petition */
  gint64       id;
  char        *number;
  char        *title;
  char        *what;      /* translated label, e.g. "Written notice" */
  GDate        due;
  int          days_left; /* negative = overdue */
} LdDueItem;

#define LD_TYPE_DUE_ITEM (ld_due_item_get_type ())
GType      ld_due_item_get_type (void) G_GNUC_CONST;
LdDueItem *ld_due_item_copy (const LdDueItem *item);
void       ld_due_item_free (LdDueItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdDueItem, ld_due_item_free)

/* Open records (ld_record_status_is_open()) whose due_on is on or before
 * @today + @days (overdue ones included), soonest first (then by area and
 * id); @days 0 gives what is overdue or due today.
 * @today NULL means today; @days >= 0. A new array of LdDueItem, freed with
 * it. */
GPtrArray *ld_due_store_list (LdDatabase   *db,
                              const GDate  *today,
                              int           days,
                              GError      **error);

G_END_DECLS
