/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LD_ISSUE_ERROR,    /* the record cannot be saved (or issued) like this */
  LD_ISSUE_WARNING,  /* worth a look, but the user may go on */
} LdIssueSeverity;

/* One problem with one field of a record, as a validator reports it so that
 * an editor can show the message next to the field while the user types.
 * @field is the name of the record's property the editor edits (for a
 * contract review e.g. "counterparty-credit-code" or "amount-text");
 * @message is translated and says what to do. */
typedef struct
{
  char            *field;
  LdIssueSeverity  severity;
  char            *message;
} LdFieldIssue;

#define LD_TYPE_FIELD_ISSUE (ld_field_issue_get_type ())
GType         ld_field_issue_get_type (void) G_GNUC_CONST;

LdFieldIssue *ld_field_issue_new  (const char      *field,
                                   LdIssueSeverity  severity,
                                   const char      *message);
LdFieldIssue *ld_field_issue_copy (const LdFieldIssue *issue);
void          ld_field_issue_free (LdFieldIssue *issue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdFieldIssue, ld_field_issue_free)

/* A new array that frees its LdFieldIssues, for the validators to fill. */
GPtrArray    *ld_field_issues_new (void);
/* The first issue about @field in @issues (errors before warnings), or NULL. */
LdFieldIssue *ld_field_issues_find (GPtrArray  *issues,
                                    const char *field);
gboolean      ld_field_issues_has_errors (GPtrArray *issues);

G_END_DECLS
