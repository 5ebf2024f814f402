/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-mediation-workflow.h"
#include "ld-text.h"

static const LdMediationStatus from_applied[] = {
  LD_MEDIATION_STATUS_ACCEPTED, LD_MEDIATION_STATUS_NOT_ACCEPTED,
};
static const LdMediationStatus from_accepted[] = {
  LD_MEDIATION_STATUS_INVESTIGATING, LD_MEDIATION_STATUS_MEDIATING,
  LD_MEDIATION_STATUS_TERMINATED,
};
static const LdMediationStatus from_investigating[] = {
  LD_MEDIATION_STATUS_MEDIATING, LD_MEDIATION_STATUS_TERMINATED,
};
static const LdMediationStatus from_mediating[] = {
  LD_MEDIATION_STATUS_AGREEMENT_REACHED, LD_MEDIATION_STATUS_FAILED,
  LD_MEDIATION_STATUS_TERMINATED,
};
/* An agreement not (or not fully) performed still ends with the return
 * visit that records it; the parties then go to court (人民调解法 32). */
static const LdMediationStatus from_agreement_reached[] = {
  LD_MEDIATION_STATUS_PERFORMED, LD_MEDIATION_STATUS_RETURN_VISIT_DONE,
};
static const LdMediationStatus from_performed[] = {
  LD_MEDIATION_STATUS_RETURN_VISIT_DONE,
};
static const LdMediationStatus to_archived[] = {
  LD_MEDIATION_STATUS_ARCHIVED,
};

typedef struct
{
  const LdMediationStatus *to;
  unsigned                 n;
} Edges;

#define EDGES(array) { array, G_N_ELEMENTS (array) }

static const Edges edges[LD_N_MEDIATION_STATUSES] = {
  [LD_MEDIATION_STATUS_APPLIED] = EDGES (from_applied),
  [LD_MEDIATION_STATUS_ACCEPTED] = EDGES (from_accepted),
  [LD_MEDIATION_STATUS_NOT_ACCEPTED] = EDGES (to_archived),
  [LD_MEDIATION_STATUS_INVESTIGATING] = EDGES (from_investigating),
  [LD_MEDIATION_STATUS_MEDIATING] = EDGES (from_mediating),
  [LD_MEDIATION_STATUS_AGREEMENT_REACHED] = EDGES (from_agreement_reached),
  [LD_MEDIATION_STATUS_FAILED] = EDGES (to_archived),
  [LD_MEDIATION_STATUS_TERMINATED] = EDGES (to_archived),
  [LD_MEDIATION_STATUS_PERFORMED] = EDGES (from_performed),
  [LD_MEDIATION_STATUS_RETURN_VISIT_DONE] = EDGES (to_archived),
  [LD_MEDIATION_STATUS_ARCHIVED] = { NULL, 0 },
};

gboolean
ld_mediation_workflow_is_edge (LdMediationStatus from,
                               LdMediationStatus to)
{
  g_return_val_if_fail ((unsigned) from < LD_N_MEDIATION_STATUSES, FALSE);
  g_return_val_if_fail ((unsigned) to < LD_N_MEDIATION_STATUSES, FALSE);

  for (unsigned i = 0; i < edges[from].n; i++)
    if (edges[from].to[i] == to)
      return TRUE;
  return FALSE;
}

const LdMediationStatus *
ld_mediation_workflow_get_next_statuses (LdMediationStatus  from,
                                         unsigned          *out_n)
{
  g_return_val_if_fail ((unsigned) from < LD_N_MEDIATION_STATUSES, NULL);

  if (out_n != NULL)
    *out_n = edges[from].n;
  return edges[from].to;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION, message);
  return FALSE;
}

static gboolean
refuse_missing (GError     **error,
                const char  *message)
{
  g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING, message);
  return FALSE;
}

/* Why there is no edge @from → @to, in the user's terms. */
static gboolean
refuse_no_edge (LdMediationStatus   from,
                LdMediationStatus   to,
                GError            **error)
{
  if (from == LD_MEDIATION_STATUS_ARCHIVED)
    return refuse (error, _("The case is archived and can no longer change"));

  switch (to)
    {
    case LD_MEDIATION_STATUS_APPLIED:
      return refuse (error, _("A case cannot go back to “applied”"));
    case LD_MEDIATION_STATUS_ACCEPTED:
    case LD_MEDIATION_STATUS_NOT_ACCEPTED:
      return refuse (error, _("Only a case that has just been applied for can be accepted or "
                              "refused"));
    case LD_MEDIATION_STATUS_INVESTIGATING:
    case LD_MEDIATION_STATUS_MEDIATING:
      if (from == LD_MEDIATION_STATUS_APPLIED)
        return refuse (error, _("Accept the case first"));
      return refuse (error, _("The mediation of this case has ended"));
    case LD_MEDIATION_STATUS_AGREEMENT_REACHED:
    case LD_MEDIATION_STATUS_FAILED:
      return refuse (error, _("Only a case under mediation can reach an agreement or fail"));
    case LD_MEDIATION_STATUS_TERMINATED:
      return refuse (error, _("Only a case that is accepted, under investigation or under "
                              "mediation can be terminated"));
    case LD_MEDIATION_STATUS_PERFORMED:
      return refuse (error, _("Only an agreement can be performed"));
    case LD_MEDIATION_STATUS_RETURN_VISIT_DONE:
      return refuse (error, _("The return visit follows the performance of the agreement"));
    case LD_MEDIATION_STATUS_ARCHIVED:
      return refuse (error, _("A case can be archived only when it is closed: not accepted, "
                              "failed, terminated, or after the return visit"));
    case LD_N_MEDIATION_STATUSES:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_agreement (LdMediationCase  *mcase,
                 GError          **error)
{
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  unsigned n = ld_mediation_agreement_get_n_terms (agreement);

  if (n == 0)
    return refuse_missing (error, _("Write at least one term of the agreement"));
  for (unsigned i = 0; i < n; i++)
    {
      const LdMediationTerm *term = ld_mediation_agreement_get_term (agreement, i);

      if (ld_text_is_blank (term->content) || ld_text_is_blank (term->method))
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                       _("Term %u of the agreement needs what was agreed and how it is performed"),
                       i + 1);
          return FALSE;
        }
    }
  if (ld_mediation_agreement_get_reached_on (agreement) == NULL)
    return refuse_missing (error, _("Enter the date the agreement was reached"));
  return TRUE;
}

static gboolean
check_transition (LdMediationCase    *mcase,
                  LdMediationStatus   from,
                  LdMediationStatus   to,
                  GError            **error)
{
  if (from == to)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION,
                   _("The case is already “%s”"), ld_mediation_status_get_label (to));
      return FALSE;
    }
  if (!ld_mediation_workflow_is_edge (from, to))
    return refuse_no_edge (from, to, error);

  switch (to)
    {
    case LD_MEDIATION_STATUS_ACCEPTED:
      {
        const GDate *applied = ld_mediation_case_get_applied_on (mcase);
        const GDate *accepted = ld_mediation_case_get_accepted_on (mcase);

        if (ld_mediation_case_get_party_refused (mcase))
          return refuse (error, _("A party has expressly refused mediation, so the case cannot "
                                  "be accepted"));
        if (ld_mediation_case_count_parties (mcase, LD_PARTY_ROLE_APPLICANT) == 0
            || ld_mediation_case_count_parties (mcase, LD_PARTY_ROLE_RESPONDENT) == 0)
          return refuse_missing (error, _("Add at least one applicant and one respondent before "
                                          "accepting the case"));
        if (accepted == NULL)
          return refuse_missing (error, _("Enter the date the case was accepted"));
        if (applied != NULL && g_date_compare (accepted, applied) < 0)
          return refuse (error, _("The case cannot be accepted before the application"));
      }
      break;

    case LD_MEDIATION_STATUS_NOT_ACCEPTED:
    case LD_MEDIATION_STATUS_FAILED:
    case LD_MEDIATION_STATUS_TERMINATED:
      if (ld_text_is_blank (ld_mediation_case_get_status_reason (mcase)))
        return refuse_missing (error,
                               to == LD_MEDIATION_STATUS_NOT_ACCEPTED
                               ? _("Give the reason why the case is not accepted")
                               : to == LD_MEDIATION_STATUS_FAILED
                               ? _("Give the reason why the mediation failed")
                               : _("Give the reason why the mediation is terminated"));
      break;

    case LD_MEDIATION_STATUS_INVESTIGATING:
    case LD_MEDIATION_STATUS_MEDIATING:
      if (ld_mediation_case_get_party_refused (mcase))
        return refuse (error, _("A party has expressly refused mediation: terminate the case "
                                "instead"));
      if (to == LD_MEDIATION_STATUS_MEDIATING
          && ld_text_is_blank (ld_mediation_case_get_mediators (mcase)))
        return refuse_missing (error, _("Name the mediators before mediation starts"));
      break;

    case LD_MEDIATION_STATUS_AGREEMENT_REACHED:
      return check_agreement (mcase, error);

    case LD_MEDIATION_STATUS_PERFORMED:
      if (!ld_mediation_agreement_is_fully_performed (ld_mediation_case_get_agreement (mcase)))
        return refuse (error, _("Every term of the agreement must be performed first"));
      break;

    case LD_MEDIATION_STATUS_RETURN_VISIT_DONE:
      if (ld_mediation_case_get_return_visits (mcase)->len == 0)
        return refuse_missing (error, _("Record the return visit first"));
      if (from == LD_MEDIATION_STATUS_AGREEMENT_REACHED)
        {
          LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);

          for (unsigned i = 0; i < ld_mediation_agreement_get_n_terms (agreement); i++)
            if (ld_mediation_agreement_get_term (agreement, i)->status == LD_PERFORMANCE_PENDING)
              {
                g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                             _("Record how term %u was performed before closing the case with "
                               "the return visit"), i + 1);
                return FALSE;
              }
        }
      break;

    case LD_MEDIATION_STATUS_APPLIED:
    case LD_MEDIATION_STATUS_ARCHIVED:
    case LD_N_MEDIATION_STATUSES:
    default:
      break;
    }

  return TRUE;
}

gboolean
ld_mediation_workflow_can_transition_to (LdMediationCase    *mcase,
                                         LdMediationStatus   to,
                                         GError            **error)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), FALSE);
  g_return_val_if_fail ((unsigned) to < LD_N_MEDIATION_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_transition (mcase, ld_mediation_case_get_status (mcase), to, error);
}

gboolean
ld_mediation_workflow_can_transition (LdMediationCase  *mcase,
                                      const char       *to_status,
                                      GError          **error)
{
  LdMediationStatus to;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), FALSE);
  g_return_val_if_fail (to_status != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_mediation_status_from_id (to_status, &to))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("“%s” is not a status of a mediation case"), to_status);
      return FALSE;
    }
  return check_transition (mcase, ld_mediation_case_get_status (mcase), to, error);
}

static gboolean
keeps_reason (LdMediationStatus status)
{
  return status == LD_MEDIATION_STATUS_NOT_ACCEPTED || status == LD_MEDIATION_STATUS_FAILED
         || status == LD_MEDIATION_STATUS_TERMINATED || status == LD_MEDIATION_STATUS_ARCHIVED;
}

gboolean
ld_mediation_workflow_transition (LdMediationCase    *mcase,
                                  LdMediationStatus   to,
                                  GError            **error)
{
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), FALSE);
  g_return_val_if_fail ((unsigned) to < LD_N_MEDIATION_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_transition (mcase, ld_mediation_case_get_status (mcase), to, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (mcase));
  /* The reason belongs to the outcome (an archived case keeps why it
   * closed); the audit trail keeps its history. */
  if (!keeps_reason (to))
    ld_mediation_case_set_status_reason (mcase, "");
  ld_mediation_case_set_status (mcase, to);
  g_object_thaw_notify (G_OBJECT (mcase));
  return TRUE;
}

gboolean
ld_mediation_workflow_check_update (LdMediationCase  *stored,
                                    LdMediationCase  *edited,
                                    GError          **error)
{
  LdMediationStatus from, to;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (stored), FALSE);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (edited), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = ld_mediation_case_get_status (stored);
  to = ld_mediation_case_get_status (edited);
  if (from != to)
    return check_transition (edited, from, to, error);
  return TRUE;
}
