/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-field-issue"

#include "config.h"

#include "ld-field-issue.h"

G_DEFINE_BOXED_TYPE (LdFieldIssue, ld_field_issue, ld_field_issue_copy, ld_field_issue_free)

LdFieldIssue *
ld_field_issue_new (const char      *field,
                    LdIssueSeverity  severity,
                    const char      *message)
{
  LdFieldIssue *issue;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  issue = g_new0 (LdFieldIssue, 1);
  issue->field = g_strdup (field);
  issue->severity = severity;
  issue->message = g_strdup (message);
  return issue;
}

LdFieldIssue *
ld_field_issue_copy (const LdFieldIssue *issue)
{
  g_return_val_if_fail (issue != NULL, NULL);
  return ld_field_issue_new (issue->field, issue->severity, issue->message);
}

void
ld_field_issue_free (LdFieldIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

GPtrArray *
ld_field_issues_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ld_field_issue_free);
}

LdFieldIssue *
ld_field_issues_find (GPtrArray  *issues,
                      const char *field)
{
  LdFieldIssue *warning = NULL;

  g_return_val_if_fail (issues != NULL, NULL);
  g_return_val_if_fail (field != NULL, NULL);

  for (unsigned i = 0; i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (!g_str_equal (issue->field, field))
        continue;
      if (issue->severity == LD_ISSUE_ERROR)
        return issue;
      if (warning == NULL)
        warning = issue;
    }
  return warning;
}

gboolean
ld_field_issues_has_errors (GPtrArray *issues)
{
  g_return_val_if_fail (issues != NULL, FALSE);

  for (unsigned i = 0; i < issues->len; i++)
    if (((LdFieldIssue *) g_ptr_array_index (issues, i))->severity == LD_ISSUE_ERROR)
      return TRUE;
  return FALSE;
}
