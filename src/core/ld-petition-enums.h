/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The enumerations of a petition (信访, 信访工作条例 2022). Each value has a
 * stable string id (the value stored in the petitions table or the event
 * history, used on the command line and as the GEnum nick), a translated
 * label for the UI and, where a document names it, the Chinese text the
 * document prints (_get_letter_text()).
 *
 * Values that may be "not chosen yet" have a NONE member with the id "".
 * _from_id() returns FALSE when @id names no value and leaves @out alone. */

typedef enum
{
  LD_PETITION_CHANNEL_LETTER,  /* 来信 */
  LD_PETITION_CHANNEL_VISIT,   /* 来访 */
  LD_PETITION_CHANNEL_ONLINE,  /* 网上信访 */
  LD_PETITION_CHANNEL_PHONE,   /* 来电 */
  LD_PETITION_CHANNEL_OTHER,   /* e.g. fax */
  LD_N_PETITION_CHANNELS
} LdPetitionChannel;

/* 条例 Art 29–31. */
typedef enum
{
  LD_PETITION_TYPE_SUGGESTION,  /* 建议意见类 */
  LD_PETITION_TYPE_ACCUSATION,  /* 检举控告类 */
  LD_PETITION_TYPE_APPEAL,      /* 申诉求决类 */
  LD_N_PETITION_TYPES
} LdPetitionType;

typedef enum
{
  LD_PETITION_URGENCY_NORMAL,
  LD_PETITION_URGENCY_URGENT,
  LD_PETITION_URGENCY_VERY_URGENT,
  LD_N_PETITION_URGENCIES
} LdPetitionUrgency;

/* In workflow order (the order of status_rank in the table). The labels
 * are those of ld_record_status_get_label(). */
typedef enum
{
  LD_PETITION_STATUS_REGISTERED,
  LD_PETITION_STATUS_ACCEPTED,
  LD_PETITION_STATUS_NOT_ACCEPTED,
  LD_PETITION_STATUS_DIVERTED,
  LD_PETITION_STATUS_ASSIGNED,
  LD_PETITION_STATUS_HANDLING,
  LD_PETITION_STATUS_EXTENDED,
  LD_PETITION_STATUS_REPLIED,
  LD_PETITION_STATUS_REVIEW_REQUESTED,
  LD_PETITION_STATUS_REVIEWED,
  LD_PETITION_STATUS_REREVIEW_REQUESTED,
  LD_PETITION_STATUS_REREVIEWED,
  LD_PETITION_STATUS_CLOSED,
  LD_N_PETITION_STATUSES
} LdPetitionStatus;

/* One step of the history (LdPetitionEvent). See ld-petition-workflow.h
 * for when each is allowed and what it does to the status. */
typedef enum
{
  LD_PETITION_STEP_REGISTER,           /* 登记 */
  LD_PETITION_STEP_ACCEPT,             /* 受理, written notice */
  LD_PETITION_STEP_NOT_ACCEPT,         /* 不予受理, written notice with the reason */
  LD_PETITION_STEP_DIVERT,             /* 告知 / 导入法定途径 (诉访分离) */
  LD_PETITION_STEP_OBJECT,             /* objection to a misrouted transfer (Art 23¶3) */
  LD_PETITION_STEP_ASSIGN,             /* 转送 / 交办 to a handling unit */
  LD_PETITION_STEP_INVESTIGATE,        /* 调查核实 */
  LD_PETITION_STEP_HEARING,            /* 听证 */
  LD_PETITION_STEP_MEDIATE,            /* 调解 / 和解 (Art 33) */
  LD_PETITION_STEP_EXTEND,             /* 延期 (Art 34) */
  LD_PETITION_STEP_REPLY,              /* 信访处理意见书 (答复) */
  LD_PETITION_STEP_REQUEST_REVIEW,     /* 复查申请 */
  LD_PETITION_STEP_REVIEW_DECISION,    /* 复查意见书 */
  LD_PETITION_STEP_REQUEST_REREVIEW,   /* 复核申请 */
  LD_PETITION_STEP_REREVIEW_DECISION,  /* 复核意见书 */
  LD_PETITION_STEP_CLOSE,              /* 办结归档 / 终结 */
  LD_PETITION_STEP_RATE,               /* 满意度评价 */
  LD_PETITION_STEP_RETURN_VISIT,       /* 回访 */
  LD_N_PETITION_STEPS
} LdPetitionStep;

/* Where a matter for another statutory procedure is sent (Art 28, 31). */
typedef enum
{
  LD_DIVERSION_ROUTE_NONE,
  LD_DIVERSION_ROUTE_LITIGATION,                    /* 诉讼 */
  LD_DIVERSION_ROUTE_ARBITRATION,                   /* 仲裁 */
  LD_DIVERSION_ROUTE_ADMINISTRATIVE_RECONSIDERATION, /* 行政复议 */
  LD_DIVERSION_ROUTE_DISCIPLINE_INSPECTION,         /* 纪检监察 */
  LD_DIVERSION_ROUTE_OTHER,                         /* 其他法定途径 */
  LD_N_DIVERSION_ROUTES
} LdDiversionRoute;

typedef enum
{
  LD_ASSIGNMENT_KIND_NONE,
  LD_ASSIGNMENT_KIND_TRANSFER,  /* 转送: to the organ with jurisdiction */
  LD_ASSIGNMENT_KIND_ASSIGN,    /* 交办: to a subordinate unit, report due */
  LD_N_ASSIGNMENT_KINDS
} LdAssignmentKind;

/* The outcome of the written reply (Art 32). */
typedef enum
{
  LD_REPLY_OUTCOME_NONE,
  LD_REPLY_OUTCOME_SUPPORT,  /* 予以支持 */
  LD_REPLY_OUTCOME_EXPLAIN,  /* 解释说明 */
  LD_REPLY_OUTCOME_REJECT,   /* 不予支持 */
  LD_N_REPLY_OUTCOMES
} LdReplyOutcome;

/* The result of a review or re-review (Art 35–36). */
typedef enum
{
  LD_REVIEW_RESULT_NONE,
  LD_REVIEW_RESULT_UPHOLD,  /* 维持 */
  LD_REVIEW_RESULT_CHANGE,  /* 变更 */
  LD_REVIEW_RESULT_REVOKE,  /* 撤销 */
  LD_N_REVIEW_RESULTS
} LdReviewResult;

typedef enum
{
  LD_SATISFACTION_NONE,
  LD_SATISFACTION_SATISFIED,            /* 满意 */
  LD_SATISFACTION_BASICALLY_SATISFIED,  /* 基本满意 */
  LD_SATISFACTION_DISSATISFIED,         /* 不满意 */
  LD_N_SATISFACTIONS
} LdSatisfaction;

#define LD_PETITION_DECLARE_ENUM(Type, type, TYPE)                      \
  GType       type##_get_type (void) G_GNUC_CONST;                      \
  const char *type##_to_id (Type value);                                \
  gboolean    type##_from_id (const char *id, Type *out);               \
  const char *type##_get_label (Type value);                            \
  const char *type##_get_letter_text (Type value);

LD_PETITION_DECLARE_ENUM (LdPetitionChannel, ld_petition_channel, PETITION_CHANNEL)
#define LD_TYPE_PETITION_CHANNEL (ld_petition_channel_get_type ())
LD_PETITION_DECLARE_ENUM (LdPetitionType, ld_petition_type, PETITION_TYPE)
#define LD_TYPE_PETITION_TYPE (ld_petition_type_get_type ())
LD_PETITION_DECLARE_ENUM (LdPetitionUrgency, ld_petition_urgency, PETITION_URGENCY)
#define LD_TYPE_PETITION_URGENCY (ld_petition_urgency_get_type ())
LD_PETITION_DECLARE_ENUM (LdPetitionStatus, ld_petition_status, PETITION_STATUS)
#define LD_TYPE_PETITION_STATUS (ld_petition_status_get_type ())
LD_PETITION_DECLARE_ENUM (LdPetitionStep, ld_petition_step, PETITION_STEP)
#define LD_TYPE_PETITION_STEP (ld_petition_step_get_type ())
LD_PETITION_DECLARE_ENUM (LdDiversionRoute, ld_diversion_route, DIVERSION_ROUTE)
#define LD_TYPE_DIVERSION_ROUTE (ld_diversion_route_get_type ())
LD_PETITION_DECLARE_ENUM (LdAssignmentKind, ld_assignment_kind, ASSIGNMENT_KIND)
#define LD_TYPE_ASSIGNMENT_KIND (ld_assignment_kind_get_type ())
LD_PETITION_DECLARE_ENUM (LdReplyOutcome, ld_reply_outcome, REPLY_OUTCOME)
#define LD_TYPE_REPLY_OUTCOME (ld_reply_outcome_get_type ())
LD_PETITION_DECLARE_ENUM (LdReviewResult, ld_review_result, REVIEW_RESULT)
#define LD_TYPE_REVIEW_RESULT (ld_review_result_get_type ())
LD_PETITION_DECLARE_ENUM (LdSatisfaction, ld_satisfaction, SATISFACTION)
#define LD_TYPE_SATISFACTION (ld_satisfaction_get_type ())

#undef LD_PETITION_DECLARE_ENUM

/* TRUE for the statuses in which the office owes the next step, so a due
 * date runs (the same set as ld_record_status_is_open()). */
gboolean    ld_petition_status_is_open (LdPetitionStatus status);

G_END_DECLS
