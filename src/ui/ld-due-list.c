/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-due-list.h"

LdDueGroup
ld_due_group_for_days (int days_left)
{
  if (days_left < 0)
    return LD_DUE_GROUP_OVERDUE;
  if (days_left == 0)
    return LD_DUE_GROUP_TODAY;
  if (days_left <= LD_DUE_SOON_DAYS)
    return LD_DUE_GROUP_SOON;
  return LD_DUE_GROUP_NONE;
}

char *
ld_due_badge_text (int days_left)
{
  if (days_left < 0)
    /* Translators: a countdown badge, e.g. "逾期2天". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         -days_left),
                            -days_left);
  if (days_left == 0)
    /* Translators: a countdown badge: due today. */
    return g_strdup (C_("due", "Today"));
  /* Translators: a countdown badge: days left, e.g. "3天". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days_left),
                          days_left);
}

const char *
ld_due_badge_css_class (int days_left)
{
  if (days_left < 0)
    return "error";
  if (days_left <= LD_DUE_SOON_DAYS)
    return "warning";
  return NULL;
}
