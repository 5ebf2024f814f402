/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-workflow"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-workflow.h"
#include "ld-text.h"

static gboolean
refuse (GError      **error,
        LdCoreError   code,
        const char   *message)
{
  g_set_error_literal (error, LD_CORE_ERROR, code, message);
  return FALSE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static gboolean
in_handling (LdPetitionStatus status)
{
  return status == LD_PETITION_STATUS_ACCEPTED
         || status == LD_PETITION_STATUS_ASSIGNED
         || status == LD_PETITION_STATUS_HANDLING
         || status == LD_PETITION_STATUS_EXTENDED;
}

/* The latest of reply, review decision and re-review decision, or -1:
 * which answer a closed petition last received. */
static int
last_answer (LdPetition *petition)
{
  GPtrArray *events = ld_petition_get_events (petition);

  for (unsigned i = events->len; i > 0; i--)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i - 1);

      if (event->step == LD_PETITION_STEP_REPLY
          || event->step == LD_PETITION_STEP_REVIEW_DECISION
          || event->step == LD_PETITION_STEP_REREVIEW_DECISION)
        return event->step;
    }
  return -1;
}

LdPetitionStatus
ld_petition_workflow_status_after (LdPetitionStatus from,
                                   LdPetitionStep   step)
{
  g_return_val_if_fail ((unsigned) from < LD_N_PETITION_STATUSES, from);
  g_return_val_if_fail ((unsigned) step < LD_N_PETITION_STEPS, from);

  switch (step)
    {
    case LD_PETITION_STEP_REGISTER:
      return LD_PETITION_STATUS_REGISTERED;
    case LD_PETITION_STEP_ACCEPT:
      return LD_PETITION_STATUS_ACCEPTED;
    case LD_PETITION_STEP_NOT_ACCEPT:
    case LD_PETITION_STEP_OBJECT:
      return LD_PETITION_STATUS_NOT_ACCEPTED;
    case LD_PETITION_STEP_DIVERT:
      return LD_PETITION_STATUS_DIVERTED;
    case LD_PETITION_STEP_ASSIGN:
      /* Assigning one more unit while handling runs keeps the status. */
      if (from == LD_PETITION_STATUS_ACCEPTED)
        return LD_PETITION_STATUS_ASSIGNED;
      return from;
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_HEARING:
    case LD_PETITION_STEP_MEDIATE:
      if (from == LD_PETITION_STATUS_ACCEPTED || from == LD_PETITION_STATUS_ASSIGNED)
        return LD_PETITION_STATUS_HANDLING;
      return from;
    case LD_PETITION_STEP_EXTEND:
      return LD_PETITION_STATUS_EXTENDED;
    case LD_PETITION_STEP_REPLY:
      return LD_PETITION_STATUS_REPLIED;
    case LD_PETITION_STEP_REQUEST_REVIEW:
      return LD_PETITION_STATUS_REVIEW_REQUESTED;
    case LD_PETITION_STEP_REVIEW_DECISION:
      return LD_PETITION_STATUS_REVIEWED;
    case LD_PETITION_STEP_REQUEST_REREVIEW:
      return LD_PETITION_STATUS_REREVIEW_REQUESTED;
    case LD_PETITION_STEP_REREVIEW_DECISION:
      return LD_PETITION_STATUS_REREVIEWED;
    case LD_PETITION_STEP_CLOSE:
      return LD_PETITION_STATUS_CLOSED;
    case LD_PETITION_STEP_RATE:
    case LD_PETITION_STEP_RETURN_VISIT:
    case LD_N_PETITION_STEPS:
    default:
      return from;
    }
}

/* Whether the status and history allow @step at all. */
static gboolean
check_state (LdPetition        *petition,
             LdPetitionStep     step,
             LdDeadlinePolicy  *policy,
             GError           **error)
{
  LdPetitionStatus status = ld_petition_get_status (petition);
  GPtrArray *events = ld_petition_get_events (petition);
  gboolean replied = ld_petition_find_last_event (petition, LD_PETITION_STEP_REPLY) != NULL;

  if (step == LD_PETITION_STEP_REGISTER)
    {
      if (events->len > 0)
        return refuse (error, LD_CORE_ERROR_TRANSITION, _("The petition is already registered"));
      return TRUE;
    }
  if (events->len == 0)
    return refuse (error, LD_CORE_ERROR_TRANSITION, _("Register the petition first"));

  switch (step)
    {
    case LD_PETITION_STEP_ACCEPT:
    case LD_PETITION_STEP_NOT_ACCEPT:
    case LD_PETITION_STEP_DIVERT:
      if (status != LD_PETITION_STATUS_REGISTERED)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("The written notice has already been given for this petition"));
      return TRUE;

    case LD_PETITION_STEP_OBJECT:
      if (status != LD_PETITION_STATUS_REGISTERED)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("An objection is possible only before the petition is answered"));
      {
        const LdPetitionEvent *reg = ld_petition_find_last_event (petition, LD_PETITION_STEP_REGISTER);

        if (reg == NULL || reg->unit[0] == '\0')
          return refuse (error, LD_CORE_ERROR_TRANSITION,
                         _("Only a petition transferred here by another organ can be objected "
                           "to; record the transferring organ at registration"));
      }
      return TRUE;

    case LD_PETITION_STEP_ASSIGN:
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_MEDIATE:
      if (!in_handling (status))
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       status == LD_PETITION_STATUS_REGISTERED
                       ? _("Accept the petition before handling it")
                       : _("The petition is not being handled"));
      return TRUE;

    case LD_PETITION_STEP_HEARING:
      if (!in_handling (status) && status != LD_PETITION_STATUS_REREVIEW_REQUESTED)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("A hearing can be held only while the petition is handled or "
                         "re-reviewed"));
      return TRUE;

    case LD_PETITION_STEP_EXTEND:
      if (!in_handling (status))
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       status == LD_PETITION_STATUS_REGISTERED
                       ? _("Only an accepted petition can have its handling period extended")
                       : _("The handling period can be extended only while the petition is "
                           "handled"));
      if ((int) ld_petition_count_events (petition, LD_PETITION_STEP_EXTEND)
          >= ld_deadline_policy_get_max_extensions (policy))
        {
          int max = ld_deadline_policy_get_max_extensions (policy);
          g_autofree char *message = max == 0
            ? g_strdup (_("The time limits in force allow no extension"))
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The handling period may be extended only once",
                                            "The handling period may be extended only %d times",
                                            max), max);
          return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE, message);
        }
      return TRUE;

    case LD_PETITION_STEP_REPLY:
      if (status == LD_PETITION_STATUS_REGISTERED)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("The petition has not been accepted: give the written notice of "
                         "acceptance before the reply"));
      if (status == LD_PETITION_STATUS_NOT_ACCEPTED || status == LD_PETITION_STATUS_DIVERTED)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("A petition that was not accepted or was diverted gets no reply"));
      if (!in_handling (status))
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("The petition has already been replied to"));
      return TRUE;

    case LD_PETITION_STEP_REQUEST_REVIEW:
      if (status == LD_PETITION_STATUS_REPLIED
          || (status == LD_PETITION_STATUS_CLOSED && last_answer (petition) == LD_PETITION_STEP_REPLY))
        return TRUE;
      return refuse (error, LD_CORE_ERROR_TRANSITION,
                     replied ? _("A review can be requested only once, against the reply")
                             : _("A review can be requested only after the written reply"));

    case LD_PETITION_STEP_REVIEW_DECISION:
      if (status != LD_PETITION_STATUS_REVIEW_REQUESTED)
        return refuse (error, LD_CORE_ERROR_TRANSITION, _("No review has been requested"));
      return TRUE;

    case LD_PETITION_STEP_REQUEST_REREVIEW:
      if (status == LD_PETITION_STATUS_REVIEWED
          || (status == LD_PETITION_STATUS_CLOSED
              && last_answer (petition) == LD_PETITION_STEP_REVIEW_DECISION))
        return TRUE;
      return refuse (error, LD_CORE_ERROR_TRANSITION,
                     ld_petition_find_last_event (petition, LD_PETITION_STEP_REVIEW_DECISION) != NULL
                     ? _("A re-review can be requested only once, against the review decision")
                     : _("A re-review can be requested only after the review decision"));

    case LD_PETITION_STEP_REREVIEW_DECISION:
      if (status != LD_PETITION_STATUS_REREVIEW_REQUESTED)
        return refuse (error, LD_CORE_ERROR_TRANSITION, _("No re-review has been requested"));
      return TRUE;

    case LD_PETITION_STEP_CLOSE:
      switch (status)
        {
        case LD_PETITION_STATUS_NOT_ACCEPTED:
        case LD_PETITION_STATUS_DIVERTED:
        case LD_PETITION_STATUS_REPLIED:
        case LD_PETITION_STATUS_REVIEWED:
        case LD_PETITION_STATUS_REREVIEWED:
          return TRUE;
        case LD_PETITION_STATUS_CLOSED:
          return refuse (error, LD_CORE_ERROR_TRANSITION, _("The petition is already closed"));
        case LD_PETITION_STATUS_REVIEW_REQUESTED:
        case LD_PETITION_STATUS_REREVIEW_REQUESTED:
          return refuse (error, LD_CORE_ERROR_TRANSITION,
                         _("A request is waiting for its decision; record the decision before "
                           "closing"));
        case LD_PETITION_STATUS_REGISTERED:
        case LD_PETITION_STATUS_ACCEPTED:
        case LD_PETITION_STATUS_ASSIGNED:
        case LD_PETITION_STATUS_HANDLING:
        case LD_PETITION_STATUS_EXTENDED:
        case LD_N_PETITION_STATUSES:
        default:
          return refuse (error, LD_CORE_ERROR_TRANSITION,
                         _("The petition can be closed only after the written notice of "
                           "non-acceptance, the diversion or the reply"));
        }

    case LD_PETITION_STEP_RATE:
      if (!replied)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("Satisfaction can be rated only after the written reply"));
      if (ld_petition_find_last_event (petition, LD_PETITION_STEP_RATE) != NULL)
        return refuse (error, LD_CORE_ERROR_TRANSITION, _("Satisfaction has already been rated"));
      return TRUE;

    case LD_PETITION_STEP_RETURN_VISIT:
      if (!replied)
        return refuse (error, LD_CORE_ERROR_TRANSITION,
                       _("A return visit can be recorded only after the written reply"));
      return TRUE;

    case LD_PETITION_STEP_REGISTER:
    case LD_N_PETITION_STEPS:
    default:
      g_assert_not_reached ();
    }
}

/* The due date of @kind as text when @event comes after it, else NULL. */
static char *
find_late (LdPetition             *petition,
           const LdPetitionEvent  *event,
           LdDeadlinePolicy       *policy,
           LdCalendar             *calendar,
           LdTimeLimit             kind)
{
  g_autoptr(LdDeadline) deadline =
    ld_petition_deadlines_compute_one (petition, policy, calendar, kind, NULL);

  if (deadline == NULL || g_date_compare (&event->date, &deadline->due) <= 0)
    return NULL;
  return format_date (&deadline->due);
}

static gboolean
check_served (const LdPetitionEvent  *event,
              GError                **error)
{
  if (g_date_valid (&event->served_on) && g_date_compare (&event->served_on, &event->date) < 0)
    return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE,
                   _("A document cannot be served before the day it was issued"));
  return TRUE;
}

/* The facts the step itself must carry, and its time window. */
static gboolean
check_event (LdPetition             *petition,
             const LdPetitionEvent  *event,
             LdDeadlinePolicy       *policy,
             LdCalendar             *calendar,
             GError                **error)
{
  g_autofree char *late = NULL;

  switch (event->step)
    {
    case LD_PETITION_STEP_REGISTER:
    case LD_PETITION_STEP_ACCEPT:
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_MEDIATE:
    case LD_PETITION_STEP_CLOSE:
    case LD_PETITION_STEP_RETURN_VISIT:
      return TRUE;

    case LD_PETITION_STEP_NOT_ACCEPT:
      if (ld_text_is_blank (event->note))
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Give the reason why the petition is not accepted"));
      return TRUE;

    case LD_PETITION_STEP_DIVERT:
      if (event->route == LD_DIVERSION_ROUTE_NONE)
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Choose the statutory procedure the petitioner is directed to"));
      if (ld_text_is_blank (event->note))
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Give the reason why the petition is diverted"));
      return TRUE;

    case LD_PETITION_STEP_OBJECT:
      if (ld_text_is_blank (event->note))
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Give the reasons for the objection"));
      late = find_late (petition, event, policy, calendar, LD_TIME_LIMIT_OBJECTION);
      if (late != NULL)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The time for an objection ended on %s; the petition must now be "
                         "handled here"), late);
          return FALSE;
        }
      return TRUE;

    case LD_PETITION_STEP_ASSIGN:
      if (event->assignment == LD_ASSIGNMENT_KIND_NONE)
        return refuse (error, LD_CORE_ERROR_MISSING, _("Choose whether to transfer or assign"));
      if (ld_text_is_blank (event->unit))
        return refuse (error, LD_CORE_ERROR_MISSING, _("Name the unit that handles the petition"));
      return TRUE;

    case LD_PETITION_STEP_HEARING:
      if (event->hearing_days < 0)
        return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The number of hearing days cannot be negative"));
      return TRUE;

    case LD_PETITION_STEP_EXTEND:
      {
        int max_days = ld_deadline_policy_get_days (policy, LD_TIME_LIMIT_EXTENSION);

        if (event->extension_days <= 0)
          return refuse (error, LD_CORE_ERROR_MISSING, _("Enter by how many days the period is extended"));
        if (event->extension_days > max_days)
          {
            g_autofree char *message =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The handling period may be extended by at most %d day",
                                            "The handling period may be extended by at most %d days",
                                            max_days), max_days);
            return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE, message);
          }
        if (ld_text_is_blank (event->note))
          return refuse (error, LD_CORE_ERROR_MISSING,
                         _("Give the reason for the extension; the petitioner must be told it"));
        if (ld_text_is_blank (event->approver))
          return refuse (error, LD_CORE_ERROR_MISSING,
                         _("Name who approved the extension"));
        late = find_late (petition, event, policy, calendar, LD_TIME_LIMIT_HANDLING);
        if (late != NULL)
          {
            g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                         _("The handling period ended on %s; an extension must be approved "
                           "before it ends"), late);
            return FALSE;
          }
        return TRUE;
      }

    case LD_PETITION_STEP_REPLY:
      if (event->outcome == LD_REPLY_OUTCOME_NONE)
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Choose the outcome of the reply: supported, explained or not supported"));
      return check_served (event, error);

    case LD_PETITION_STEP_REQUEST_REVIEW:
      late = find_late (petition, event, policy, calendar, LD_TIME_LIMIT_REVIEW_REQUEST);
      if (late != NULL)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The time to request a review ended on %s"), late);
          return FALSE;
        }
      return TRUE;

    case LD_PETITION_STEP_REQUEST_REREVIEW:
      late = find_late (petition, event, policy, calendar, LD_TIME_LIMIT_REREVIEW_REQUEST);
      if (late != NULL)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The time to request a re-review ended on %s"), late);
          return FALSE;
        }
      return TRUE;

    case LD_PETITION_STEP_REVIEW_DECISION:
    case LD_PETITION_STEP_REREVIEW_DECISION:
      if (event->result == LD_REVIEW_RESULT_NONE)
        return refuse (error, LD_CORE_ERROR_MISSING,
                       _("Choose the result of the decision: upheld, changed or revoked"));
      if (event->hearing_days < 0)
        return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The number of hearing days cannot be negative"));
      return check_served (event, error);

    case LD_PETITION_STEP_RATE:
      if (event->rating == LD_SATISFACTION_NONE)
        return refuse (error, LD_CORE_ERROR_MISSING, _("Choose the petitioner's rating"));
      return TRUE;

    case LD_N_PETITION_STEPS:
    default:
      g_assert_not_reached ();
    }
}

gboolean
ld_petition_workflow_check (LdPetition             *petition,
                            const LdPetitionEvent  *event,
                            LdDeadlinePolicy       *policy,
                            LdCalendar             *calendar,
                            GError                **error)
{
  GPtrArray *events;
  const GDate *received;

  g_return_val_if_fail (LD_IS_PETITION (petition), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);
  g_return_val_if_fail ((unsigned) event->step < LD_N_PETITION_STEPS, FALSE);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), FALSE);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_date_valid (&event->date))
    return refuse (error, LD_CORE_ERROR_MISSING, _("Enter the date of the step"));
  if (ld_text_is_blank (event->who))
    return refuse (error, LD_CORE_ERROR_MISSING, _("Enter who took the step"));

  if (!check_state (petition, event->step, policy, error))
    return FALSE;

  events = ld_petition_get_events (petition);
  if (events->len > 0)
    {
      const LdPetitionEvent *last = g_ptr_array_index (events, events->len - 1);

      if (g_date_valid (&last->date) && g_date_compare (&event->date, &last->date) < 0)
        {
          g_autofree char *date = format_date (&last->date);
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                       _("The step cannot be dated before the previous step (%s)"), date);
          return FALSE;
        }
    }
  received = ld_petition_get_received_on (petition);
  if (received != NULL && g_date_compare (&event->date, received) < 0)
    {
      g_autofree char *date = format_date (received);
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                   _("The step cannot be dated before the petition was received (%s)"), date);
      return FALSE;
    }

  return check_event (petition, event, policy, calendar, error);
}

gboolean
ld_petition_workflow_apply (LdPetition             *petition,
                            const LdPetitionEvent  *event,
                            LdDeadlinePolicy       *policy,
                            LdCalendar             *calendar,
                            GError                **error)
{
  LdPetitionStatus from, to;
  g_autoptr(GDate) due = NULL;

  if (!ld_petition_workflow_check (petition, event, policy, calendar, error))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (petition));

  if (event->step == LD_PETITION_STEP_REGISTER && ld_petition_get_received_on (petition) == NULL)
    ld_petition_set_received_on (petition, &event->date);

  ld_petition_append_event (petition, event);

  from = ld_petition_get_status (petition);
  to = ld_petition_workflow_status_after (from, event->step);
  switch (event->step)
    {
    case LD_PETITION_STEP_NOT_ACCEPT:
    case LD_PETITION_STEP_DIVERT:
    case LD_PETITION_STEP_OBJECT:
    case LD_PETITION_STEP_EXTEND:
      ld_petition_set_status_reason (petition, event->note);
      break;
    case LD_PETITION_STEP_CLOSE:
      /* Closing keeps why a petition was not accepted or diverted. */
      break;
    case LD_PETITION_STEP_REGISTER:
    case LD_PETITION_STEP_ACCEPT:
    case LD_PETITION_STEP_ASSIGN:
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_HEARING:
    case LD_PETITION_STEP_MEDIATE:
    case LD_PETITION_STEP_REPLY:
    case LD_PETITION_STEP_REQUEST_REVIEW:
    case LD_PETITION_STEP_REVIEW_DECISION:
    case LD_PETITION_STEP_REQUEST_REREVIEW:
    case LD_PETITION_STEP_REREVIEW_DECISION:
    case LD_PETITION_STEP_RATE:
    case LD_PETITION_STEP_RETURN_VISIT:
    case LD_N_PETITION_STEPS:
    default:
      if (to != from)
        ld_petition_set_status_reason (petition, "");
      break;
    }
  ld_petition_set_status (petition, to);

  due = ld_petition_deadlines_next_due (petition, policy, calendar);
  ld_petition_set_due_on (petition, due);

  g_object_thaw_notify (G_OBJECT (petition));
  return TRUE;
}

GArray *
ld_petition_workflow_get_possible_steps (LdPetition       *petition,
                                         LdDeadlinePolicy *policy)
{
  GArray *steps;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), NULL);

  steps = g_array_new (FALSE, FALSE, sizeof (LdPetitionStep));
  for (LdPetitionStep step = 0; step < LD_N_PETITION_STEPS; step++)
    if (check_state (petition, step, policy, NULL))
      g_array_append_val (steps, step);
  return steps;
}

gboolean
ld_petition_workflow_record_service (LdPetition        *petition,
                                     LdPetitionStep     step,
                                     const GDate       *served_on,
                                     LdDeadlinePolicy  *policy,
                                     LdCalendar        *calendar,
                                     GError           **error)
{
  GPtrArray *events;
  LdPetitionEvent *event = NULL;
  LdPetitionStep next;
  unsigned index = 0;
  g_autoptr(GDate) due = NULL;

  g_return_val_if_fail (LD_IS_PETITION (petition), FALSE);
  g_return_val_if_fail (step == LD_PETITION_STEP_REPLY
                        || step == LD_PETITION_STEP_REVIEW_DECISION
                        || step == LD_PETITION_STEP_REREVIEW_DECISION, FALSE);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), FALSE);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (served_on == NULL || !g_date_valid (served_on))
    return refuse (error, LD_CORE_ERROR_MISSING, _("Enter the day the document was served"));

  events = ld_petition_get_events (petition);
  for (unsigned i = events->len; i > 0 && event == NULL; i--)
    if (((LdPetitionEvent *) g_ptr_array_index (events, i - 1))->step == step)
      {
        event = g_ptr_array_index (events, i - 1);
        index = i - 1;
      }
  if (event == NULL)
    return refuse (error, LD_CORE_ERROR_TRANSITION, _("There is no such document to have been served"));
  if (g_date_compare (served_on, &event->date) < 0)
    return refuse (error, LD_CORE_ERROR_OUT_OF_RANGE,
                   _("A document cannot be served before the day it was issued"));

  /* Moving the start of a window that has been used would rewrite history. */
  next = step == LD_PETITION_STEP_REPLY ? LD_PETITION_STEP_REQUEST_REVIEW
                                        : LD_PETITION_STEP_REQUEST_REREVIEW;
  for (unsigned i = index + 1; i < events->len; i++)
    if (((LdPetitionEvent *) g_ptr_array_index (events, i))->step == next)
      return refuse (error, LD_CORE_ERROR_TRANSITION,
                     _("The petitioner has already asked for the next review; the day served "
                       "can no longer change"));

  event->served_on = *served_on;
  g_signal_emit_by_name (petition, "changed");
  due = ld_petition_deadlines_next_due (petition, policy, calendar);
  ld_petition_set_due_on (petition, due);
  return TRUE;
}
