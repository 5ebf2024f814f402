/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How the overview groups what is due (DOMAIN.md: the morning list). */
typedef enum
{
  LD_DUE_GROUP_OVERDUE,  /* past its due date */
  LD_DUE_GROUP_TODAY,    /* due today */
  LD_DUE_GROUP_SOON,     /* due within LD_DUE_SOON_DAYS */
  LD_N_DUE_GROUPS,
  LD_DUE_GROUP_NONE = LD_N_DUE_GROUPS  /* later than that */
} LdDueGroup;

#define LD_DUE_SOON_DAYS 3

LdDueGroup  ld_due_group_for_days (int days_left);

/* The countdown badge for @days_left: "3 days", "Today", "2 days overdue"
 * (translated), and its style class ("error", "warning" or NULL). */
char       *ld_due_badge_text (int days_left);
const char *ld_due_badge_css_class (int days_left);

G_END_DECLS
