/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-enum-util.h"
#include "ld-petition-enums.h"
#include "ld-record-summary.h"

/* The ids are the GEnum nicks, so the store, the command line and
 * GObject property bindings all speak the same strings. */

G_DEFINE_ENUM_TYPE (LdPetitionChannel, ld_petition_channel,
  G_DEFINE_ENUM_VALUE (LD_PETITION_CHANNEL_LETTER, "letter"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_CHANNEL_VISIT, "visit"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_CHANNEL_ONLINE, "online"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_CHANNEL_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_CHANNEL_OTHER, "other"))

G_DEFINE_ENUM_TYPE (LdPetitionType, ld_petition_type,
  G_DEFINE_ENUM_VALUE (LD_PETITION_TYPE_SUGGESTION, "suggestion"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_TYPE_ACCUSATION, "accusation"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_TYPE_APPEAL, "appeal"))

G_DEFINE_ENUM_TYPE (LdPetitionUrgency, ld_petition_urgency,
  G_DEFINE_ENUM_VALUE (LD_PETITION_URGENCY_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_URGENCY_URGENT, "urgent"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_URGENCY_VERY_URGENT, "very_urgent"))

G_DEFINE_ENUM_TYPE (LdPetitionStatus, ld_petition_status,
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REGISTERED, "registered"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_NOT_ACCEPTED, "not_accepted"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_DIVERTED, "diverted"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_ASSIGNED, "assigned"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_HANDLING, "handling"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_EXTENDED, "extended"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REPLIED, "replied"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REVIEW_REQUESTED, "review_requested"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REVIEWED, "reviewed"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REREVIEW_REQUESTED, "rereview_requested"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_REREVIEWED, "rereviewed"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STATUS_CLOSED, "closed"))

G_DEFINE_ENUM_TYPE (LdPetitionStep, ld_petition_step,
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REGISTER, "register"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_ACCEPT, "accept"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_NOT_ACCEPT, "not_accept"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_DIVERT, "divert"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_OBJECT, "object"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_ASSIGN, "assign"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_INVESTIGATE, "investigate"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_HEARING, "hearing"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_MEDIATE, "mediate"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_EXTEND, "extend"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REPLY, "reply"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REQUEST_REVIEW, "request_review"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REVIEW_DECISION, "review_decision"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REQUEST_REREVIEW, "request_rereview"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_REREVIEW_DECISION, "rereview_decision"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_CLOSE, "close"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_RATE, "rate"),
  G_DEFINE_ENUM_VALUE (LD_PETITION_STEP_RETURN_VISIT, "return_visit"))

G_DEFINE_ENUM_TYPE (LdDiversionRoute, ld_diversion_route,
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_LITIGATION, "litigation"),
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_ARBITRATION, "arbitration"),
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_ADMINISTRATIVE_RECONSIDERATION,
                       "administrative_reconsideration"),
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_DISCIPLINE_INSPECTION, "discipline_inspection"),
  G_DEFINE_ENUM_VALUE (LD_DIVERSION_ROUTE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (LdAssignmentKind, ld_assignment_kind,
  G_DEFINE_ENUM_VALUE (LD_ASSIGNMENT_KIND_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_ASSIGNMENT_KIND_TRANSFER, "transfer"),
  G_DEFINE_ENUM_VALUE (LD_ASSIGNMENT_KIND_ASSIGN, "assign"))

G_DEFINE_ENUM_TYPE (LdReplyOutcome, ld_reply_outcome,
  G_DEFINE_ENUM_VALUE (LD_REPLY_OUTCOME_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_REPLY_OUTCOME_SUPPORT, "support"),
  G_DEFINE_ENUM_VALUE (LD_REPLY_OUTCOME_EXPLAIN, "explain"),
  G_DEFINE_ENUM_VALUE (LD_REPLY_OUTCOME_REJECT, "reject"))

G_DEFINE_ENUM_TYPE (LdReviewResult, ld_review_result,
  G_DEFINE_ENUM_VALUE (LD_REVIEW_RESULT_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_REVIEW_RESULT_UPHOLD, "uphold"),
  G_DEFINE_ENUM_VALUE (LD_REVIEW_RESULT_CHANGE, "change"),
  G_DEFINE_ENUM_VALUE (LD_REVIEW_RESULT_REVOKE, "revoke"))

G_DEFINE_ENUM_TYPE (LdSatisfaction, ld_satisfaction,
  G_DEFINE_ENUM_VALUE (LD_SATISFACTION_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_SATISFACTION_SATISFIED, "satisfied"),
  G_DEFINE_ENUM_VALUE (LD_SATISFACTION_BASICALLY_SATISFIED, "basically_satisfied"),
  G_DEFINE_ENUM_VALUE (LD_SATISFACTION_DISSATISFIED, "dissatisfied"))

static const LdEnumText channel_texts[LD_N_PETITION_CHANNELS] = {
  [LD_PETITION_CHANNEL_LETTER] = { N_("Letter"), "来信" },
  [LD_PETITION_CHANNEL_VISIT] = { N_("Visit"), "来访" },
  [LD_PETITION_CHANNEL_ONLINE] = { N_("Online"), "网上信访" },
  [LD_PETITION_CHANNEL_PHONE] = { N_("Phone"), "来电" },
  [LD_PETITION_CHANNEL_OTHER] = { N_("Other channel"), "其他" },
};

static const LdEnumText type_texts[LD_N_PETITION_TYPES] = {
  [LD_PETITION_TYPE_SUGGESTION] = { N_("Suggestion or opinion"), "建议意见类" },
  [LD_PETITION_TYPE_ACCUSATION] = { N_("Report or accusation"), "检举控告类" },
  [LD_PETITION_TYPE_APPEAL] = { N_("Appeal or request"), "申诉求决类" },
};

static const LdEnumText urgency_texts[LD_N_PETITION_URGENCIES] = {
  [LD_PETITION_URGENCY_NORMAL] = { N_("Normal"), "一般" },
  [LD_PETITION_URGENCY_URGENT] = { N_("Urgent"), "紧急" },
  [LD_PETITION_URGENCY_VERY_URGENT] = { N_("Very urgent"), "特急" },
};

static const LdEnumText step_texts[LD_N_PETITION_STEPS] = {
  [LD_PETITION_STEP_REGISTER] = { N_("Registered"), "登记" },
  [LD_PETITION_STEP_ACCEPT] = { N_("Accepted, notice given"), "受理" },
  [LD_PETITION_STEP_NOT_ACCEPT] = { N_("Not accepted, notice given"), "不予受理" },
  [LD_PETITION_STEP_DIVERT] = { N_("Diverted to a statutory procedure"), "导入法定途径" },
  [LD_PETITION_STEP_OBJECT] = { N_("Objection to a misrouted transfer"), "提出异议" },
  [LD_PETITION_STEP_ASSIGN] = { N_("Transferred or assigned"), "转送交办" },
  [LD_PETITION_STEP_INVESTIGATE] = { N_("Investigation"), "调查核实" },
  [LD_PETITION_STEP_HEARING] = { N_("Hearing"), "听证" },
  [LD_PETITION_STEP_MEDIATE] = { N_("Mediation or settlement"), "调解和解" },
  [LD_PETITION_STEP_EXTEND] = { N_("Time limit extended"), "延期办理" },
  [LD_PETITION_STEP_REPLY] = { N_("Written reply"), "出具处理意见书" },
  [LD_PETITION_STEP_REQUEST_REVIEW] = { N_("Review requested"), "申请复查" },
  [LD_PETITION_STEP_REVIEW_DECISION] = { N_("Review decided"), "出具复查意见书" },
  [LD_PETITION_STEP_REQUEST_REREVIEW] = { N_("Re-review requested"), "申请复核" },
  [LD_PETITION_STEP_REREVIEW_DECISION] = { N_("Re-review decided"), "出具复核意见书" },
  [LD_PETITION_STEP_CLOSE] = { N_("Closed"), "办结" },
  [LD_PETITION_STEP_RATE] = { N_("Satisfaction rated"), "满意度评价" },
  [LD_PETITION_STEP_RETURN_VISIT] = { N_("Return visit"), "回访" },
};

static const LdEnumText route_texts[LD_N_DIVERSION_ROUTES] = {
  [LD_DIVERSION_ROUTE_NONE] = { N_("No route chosen"), "" },
  [LD_DIVERSION_ROUTE_LITIGATION] = { N_("Litigation"), "诉讼" },
  [LD_DIVERSION_ROUTE_ARBITRATION] = { N_("Arbitration"), "仲裁" },
  [LD_DIVERSION_ROUTE_ADMINISTRATIVE_RECONSIDERATION] =
    { N_("Administrative reconsideration"), "行政复议" },
  [LD_DIVERSION_ROUTE_DISCIPLINE_INSPECTION] =
    { N_("Discipline inspection and supervision"), "纪检监察" },
  [LD_DIVERSION_ROUTE_OTHER] = { N_("Other statutory procedure"), "其他法定途径" },
};

static const LdEnumText assignment_texts[LD_N_ASSIGNMENT_KINDS] = {
  [LD_ASSIGNMENT_KIND_NONE] = { N_("Not chosen"), "" },
  [LD_ASSIGNMENT_KIND_TRANSFER] = { N_("Transfer"), "转送" },
  [LD_ASSIGNMENT_KIND_ASSIGN] = { N_("Assign"), "交办" },
};

static const LdEnumText outcome_texts[LD_N_REPLY_OUTCOMES] = {
  [LD_REPLY_OUTCOME_NONE] = { N_("No outcome yet"), "" },
  [LD_REPLY_OUTCOME_SUPPORT] = { N_("Supported"), "予以支持" },
  [LD_REPLY_OUTCOME_EXPLAIN] = { N_("Explained"), "解释说明" },
  [LD_REPLY_OUTCOME_REJECT] = { N_("Not supported"), "不予支持" },
};

static const LdEnumText result_texts[LD_N_REVIEW_RESULTS] = {
  [LD_REVIEW_RESULT_NONE] = { N_("No result yet"), "" },
  [LD_REVIEW_RESULT_UPHOLD] = { N_("Upheld"), "维持" },
  [LD_REVIEW_RESULT_CHANGE] = { N_("Changed"), "变更" },
  [LD_REVIEW_RESULT_REVOKE] = { N_("Revoked"), "撤销" },
};

static const LdEnumText satisfaction_texts[LD_N_SATISFACTIONS] = {
  [LD_SATISFACTION_NONE] = { N_("Not rated"), "" },
  [LD_SATISFACTION_SATISFIED] = { N_("Satisfied"), "满意" },
  [LD_SATISFACTION_BASICALLY_SATISFIED] = { N_("Basically satisfied"), "基本满意" },
  [LD_SATISFACTION_DISSATISFIED] = { N_("Dissatisfied"), "不满意" },
};

/* The four functions of each enumeration are alike; the statuses take
 * their labels from elsewhere (see below). */
#define DEFINE_ENUM_FUNCS(Type, type, N, texts)                         \
  LD_DEFINE_ENUM_ID_FUNCS (Type, type, N)                               \
  LD_DEFINE_ENUM_TEXT_FUNCS (Type, type, N, texts)

DEFINE_ENUM_FUNCS (LdPetitionChannel, ld_petition_channel, LD_N_PETITION_CHANNELS, channel_texts)
DEFINE_ENUM_FUNCS (LdPetitionType, ld_petition_type, LD_N_PETITION_TYPES, type_texts)
DEFINE_ENUM_FUNCS (LdPetitionUrgency, ld_petition_urgency, LD_N_PETITION_URGENCIES, urgency_texts)
DEFINE_ENUM_FUNCS (LdPetitionStep, ld_petition_step, LD_N_PETITION_STEPS, step_texts)
DEFINE_ENUM_FUNCS (LdDiversionRoute, ld_diversion_route, LD_N_DIVERSION_ROUTES, route_texts)
DEFINE_ENUM_FUNCS (LdAssignmentKind, ld_assignment_kind, LD_N_ASSIGNMENT_KINDS, assignment_texts)
DEFINE_ENUM_FUNCS (LdReplyOutcome, ld_reply_outcome, LD_N_REPLY_OUTCOMES, outcome_texts)
DEFINE_ENUM_FUNCS (LdReviewResult, ld_review_result, LD_N_REVIEW_RESULTS, result_texts)
DEFINE_ENUM_FUNCS (LdSatisfaction, ld_satisfaction, LD_N_SATISFACTIONS, satisfaction_texts)

/* The status labels already live with the register lists, so the two
 * never disagree. */

LD_DEFINE_ENUM_ID_FUNCS (LdPetitionStatus, ld_petition_status, LD_N_PETITION_STATUSES)

const char *
ld_petition_status_get_label (LdPetitionStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_PETITION_STATUSES, NULL);
  return ld_record_status_get_label (LD_RECORD_AREA_PETITION, ld_petition_status_to_id (status));
}

const char *
ld_petition_status_get_letter_text (LdPetitionStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_PETITION_STATUSES, NULL);
  /* No document prints a status. */
  return "";
}

gboolean
ld_petition_status_is_open (LdPetitionStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_PETITION_STATUSES, FALSE);
  return ld_record_status_is_open (LD_RECORD_AREA_PETITION, ld_petition_status_to_id (status));
}
