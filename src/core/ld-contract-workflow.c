/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-workflow.h"
#include "ld-core-error.h"
#include "ld-text.h"

static const LdContractStatus from_received[] = {
  LD_CONTRACT_STATUS_UNDER_REVIEW, LD_CONTRACT_STATUS_RETURNED,
};
static const LdContractStatus from_under_review[] = {
  LD_CONTRACT_STATUS_RETURNED, LD_CONTRACT_STATUS_OPINION_ISSUED,
};
static const LdContractStatus from_returned[] = {
  LD_CONTRACT_STATUS_UNDER_REVIEW,
};
static const LdContractStatus from_opinion_issued[] = {
  LD_CONTRACT_STATUS_SIGNED, LD_CONTRACT_STATUS_ARCHIVED,
};
static const LdContractStatus from_signed[] = {
  LD_CONTRACT_STATUS_ARCHIVED,
};

typedef struct
{
  const LdContractStatus *to;
  unsigned                n;
} Edges;

static const Edges edges[LD_N_CONTRACT_STATUSES] = {
  [LD_CONTRACT_STATUS_RECEIVED] = { from_received, G_N_ELEMENTS (from_received) },
  [LD_CONTRACT_STATUS_UNDER_REVIEW] = { from_under_review, G_N_ELEMENTS (from_under_review) },
  [LD_CONTRACT_STATUS_RETURNED] = { from_returned, G_N_ELEMENTS (from_returned) },
  [LD_CONTRACT_STATUS_OPINION_ISSUED] = { from_opinion_issued, G_N_ELEMENTS (from_opinion_issued) },
  [LD_CONTRACT_STATUS_SIGNED] = { from_signed, G_N_ELEMENTS (from_signed) },
  [LD_CONTRACT_STATUS_ARCHIVED] = { NULL, 0 },
};

gboolean
ld_contract_workflow_is_edge (LdContractStatus from,
                              LdContractStatus to)
{
  g_return_val_if_fail (from < LD_N_CONTRACT_STATUSES, FALSE);
  g_return_val_if_fail (to < LD_N_CONTRACT_STATUSES, FALSE);

  for (unsigned i = 0; i < edges[from].n; i++)
    if (edges[from].to[i] == to)
      return TRUE;
  return FALSE;
}

const LdContractStatus *
ld_contract_workflow_get_next_statuses (LdContractStatus  from,
                                        unsigned         *out_n)
{
  g_return_val_if_fail (from < LD_N_CONTRACT_STATUSES, NULL);

  if (out_n != NULL)
    *out_n = edges[from].n;
  return edges[from].to;
}

static void
add_missing (GPtrArray  *issues,
             const char *field,
             const char *message)
{
  g_ptr_array_add (issues, ld_field_issue_new (field, LD_ISSUE_ERROR, message));
}

GPtrArray *
ld_contract_workflow_missing_for_issue (LdContractReview *review)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) validation = NULL;
  LdReviewChecklist *checklist;
  const LdChecklistPoint *points;
  unsigned n_points;
  GPtrArray *issues;
  LdContractConclusion conclusion;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), NULL);

  issues = ld_field_issues_new ();

  if (ld_text_is_blank (ld_contract_review_get_title (review)))
    add_missing (issues, "title", _("The letter needs the title of the contract"));
  if (ld_text_is_blank (ld_contract_review_get_counterparty_name (review)))
    add_missing (issues, "counterparty-name", _("The letter needs the name of the counterparty"));
  if (ld_text_is_blank (ld_contract_review_get_submitting_department (review)))
    add_missing (issues, "submitting-department",
                 _("The letter needs the submitting department, to whom it is addressed"));
  if (ld_text_is_blank (ld_contract_review_get_reviewer (review)))
    add_missing (issues, "reviewer", _("The letter needs the reviewer who signs it"));
  if (ld_contract_review_get_received_on (review) == NULL)
    add_missing (issues, "received-on", _("The letter needs the date the contract was received"));

  conclusion = ld_contract_review_get_conclusion (review);
  if (conclusion == LD_CONTRACT_CONCLUSION_NONE)
    add_missing (issues, "conclusion", _("Choose the conclusion of the review"));
  else if (conclusion == LD_CONTRACT_CONCLUSION_DO_NOT_SIGN
           && ld_text_is_blank (ld_contract_review_get_conclusion_reasons (review)))
    add_missing (issues, "conclusion-reasons", _("Give the reasons why the contract should not be signed"));

  checklist = ld_contract_review_get_checklist (review);
  points = ld_review_checklist_get_points (&n_points);
  for (unsigned i = 0; i < n_points; i++)
    {
      if (ld_review_checklist_get_result (checklist, points[i].id) != LD_CHECK_RESULT_PROBLEM
          || !ld_text_is_blank (ld_review_checklist_get_note (checklist, points[i].id)))
        continue;
      {
        g_autofree char *message =
          g_strdup_printf (_("Describe the problem found under “%s”"),
                           ld_checklist_point_get_label (&points[i]));
        add_missing (issues, "checklist", message);
      }
    }

  problems = ld_contract_review_collect_letter_findings (review);
  if (conclusion == LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION && problems->len == 0)
    add_missing (issues, "findings", _("Add at least one finding that says what to revise"));

  /* A malformed credit code or amount must not reach an issued letter. */
  validation = ld_field_issues_new ();
  ld_contract_review_validate (review, validation);
  for (unsigned i = 0; i < validation->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (validation, i);

      if (issue->severity == LD_ISSUE_ERROR && ld_field_issues_find (issues, issue->field) == NULL)
        g_ptr_array_add (issues, ld_field_issue_copy (issue));
    }

  return issues;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION, message);
  return FALSE;
}

static gboolean
refuse_missing (GError    **error,
                GPtrArray  *issues)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (unsigned i = 0; i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (i > 0)
        g_string_append (list, "; ");
      g_string_append (list, issue->message);
    }
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
               _("The opinion cannot be issued yet: %s"), list->str);
  return FALSE;
}

/* Why there is no edge @from → @to, in the user's terms. */
static gboolean
refuse_no_edge (LdContractStatus   from,
                LdContractStatus   to,
                GError           **error)
{
  switch (to)
    {
    case LD_CONTRACT_STATUS_RECEIVED:
      return refuse (error, _("A review cannot go back to “received”"));
    case LD_CONTRACT_STATUS_UNDER_REVIEW:
      return refuse (error, _("The opinion has been issued, so the review cannot be reopened"));
    case LD_CONTRACT_STATUS_RETURNED:
      return refuse (error, _("Only a review that is received or under review can be returned "
                              "for supplementation"));
    case LD_CONTRACT_STATUS_OPINION_ISSUED:
      if (from == LD_CONTRACT_STATUS_RECEIVED || from == LD_CONTRACT_STATUS_RETURNED)
        return refuse (error, _("Start the review before issuing the opinion"));
      return refuse (error, _("The opinion has already been issued"));
    case LD_CONTRACT_STATUS_SIGNED:
      return refuse (error, _("A contract can be marked as signed only after the opinion has "
                              "been issued"));
    case LD_CONTRACT_STATUS_ARCHIVED:
      return refuse (error, _("A review can be archived only after the contract is signed or the "
                              "opinion advised not to sign it"));
    case LD_N_CONTRACT_STATUSES:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_transition (LdContractReview  *review,
                  LdContractStatus   from,
                  LdContractStatus   to,
                  GError           **error)
{
  LdContractConclusion conclusion = ld_contract_review_get_conclusion (review);

  if (from == to)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The review is already “%s”"), ld_contract_status_get_label (to));
      return FALSE;
    }

  if (!ld_contract_workflow_is_edge (from, to))
    return refuse_no_edge (from, to, error);

  switch (to)
    {
    case LD_CONTRACT_STATUS_RETURNED:
      if (ld_text_is_blank (ld_contract_review_get_status_reason (review)))
        {
          g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                               _("Say what is missing before returning the contract for "
                                 "supplementation"));
          return FALSE;
        }
      break;

    case LD_CONTRACT_STATUS_OPINION_ISSUED:
      {
        g_autoptr(GPtrArray) missing = ld_contract_workflow_missing_for_issue (review);

        if (missing->len > 0)
          return refuse_missing (error, missing);
      }
      break;

    case LD_CONTRACT_STATUS_SIGNED:
      if (conclusion == LD_CONTRACT_CONCLUSION_DO_NOT_SIGN)
        return refuse (error, _("The opinion advised not to sign this contract"));
      break;

    case LD_CONTRACT_STATUS_ARCHIVED:
      if (from == LD_CONTRACT_STATUS_OPINION_ISSUED && conclusion != LD_CONTRACT_CONCLUSION_DO_NOT_SIGN)
        return refuse (error, _("Mark the contract as signed before archiving the review"));
      break;

    case LD_CONTRACT_STATUS_RECEIVED:
    case LD_CONTRACT_STATUS_UNDER_REVIEW:
    case LD_N_CONTRACT_STATUSES:
    default:
      break;
    }

  return TRUE;
}

gboolean
ld_contract_workflow_can_transition_to (LdContractReview  *review,
                                        LdContractStatus   to,
                                        GError           **error)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);
  g_return_val_if_fail (to < LD_N_CONTRACT_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transition (review, ld_contract_review_get_status (review), to, error);
}

gboolean
ld_contract_workflow_can_transition (LdContractReview  *review,
                                     const char        *to_status,
                                     GError           **error)
{
  LdContractStatus to;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);
  g_return_val_if_fail (to_status != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_contract_status_from_id (to_status, &to))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("“%s” is not a status of a contract review"), to_status);
      return FALSE;
    }
  return check_transition (review, ld_contract_review_get_status (review), to, error);
}

gboolean
ld_contract_workflow_transition (LdContractReview  *review,
                                 LdContractStatus   to,
                                 GError           **error)
{
  LdContractStatus from;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);
  g_return_val_if_fail (to < LD_N_CONTRACT_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = ld_contract_review_get_status (review);
  if (!check_transition (review, from, to, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (review));
  /* The reason belongs to the return; the audit trail keeps its history. */
  if (from == LD_CONTRACT_STATUS_RETURNED)
    ld_contract_review_set_status_reason (review, "");
  ld_contract_review_set_status (review, to);
  g_object_thaw_notify (G_OBJECT (review));
  return TRUE;
}

gboolean
ld_contract_workflow_check_editable (LdContractReview  *review,
                                     GError           **error)
{
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), FALSE);

  if (ld_contract_review_is_frozen (review))
    return refuse (error, _("The opinion letter has been issued, so the review can no longer "
                            "be changed"));
  return TRUE;
}

gboolean
ld_contract_workflow_check_update (LdContractReview  *stored,
                                   LdContractReview  *edited,
                                   GError           **error)
{
  LdContractStatus from, to;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (stored), FALSE);
  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (edited), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ld_contract_review_is_frozen (stored) && !ld_contract_review_content_equal (stored, edited))
    return ld_contract_workflow_check_editable (stored, error);

  from = ld_contract_review_get_status (stored);
  to = ld_contract_review_get_status (edited);
  if (from != to)
    return check_transition (edited, from, to, error);
  return TRUE;
}
