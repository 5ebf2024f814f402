/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The enumerations of a mediation case (人民调解 / 行政调解). Each value has
 * a stable string id (the value stored in the mediation_cases and
 * mediation_parties tables, used on the command line and as the GEnum
 * nick), a translated label for the UI and, where a document prints it,
 * the Chinese text.
 *
 * _from_id() returns FALSE when @id names no value and leaves @out alone. */

typedef enum
{
  LD_MEDIATION_KIND_PEOPLE,          /* 人民调解 */
  LD_MEDIATION_KIND_ADMINISTRATIVE,  /* 行政调解 */
  LD_N_MEDIATION_KINDS
} LdMediationKind;

/* 案件来源 (DOMAIN.md 2.3 #1, 2.4). */
typedef enum
{
  LD_MEDIATION_SOURCE_APPLICATION,      /* 当事人申请 */
  LD_MEDIATION_SOURCE_INITIATIVE,       /* 主动调解 */
  LD_MEDIATION_SOURCE_COURT,            /* 法院委托 */
  LD_MEDIATION_SOURCE_POLICE,           /* 公安移交 */
  LD_MEDIATION_SOURCE_PETITION_OFFICE,  /* 信访部门移交 */
  LD_MEDIATION_SOURCE_OTHER_BODY,       /* 其他单位移交 / 政府指定 */
  LD_N_MEDIATION_SOURCES
} LdMediationSource;

/* In workflow order (the order of status_rank in the table). */
typedef enum
{
  LD_MEDIATION_STATUS_APPLIED,
  LD_MEDIATION_STATUS_ACCEPTED,
  LD_MEDIATION_STATUS_NOT_ACCEPTED,
  LD_MEDIATION_STATUS_INVESTIGATING,
  LD_MEDIATION_STATUS_MEDIATING,
  LD_MEDIATION_STATUS_AGREEMENT_REACHED,
  LD_MEDIATION_STATUS_FAILED,
  LD_MEDIATION_STATUS_TERMINATED,
  LD_MEDIATION_STATUS_PERFORMED,
  LD_MEDIATION_STATUS_RETURN_VISIT_DONE,
  LD_MEDIATION_STATUS_ARCHIVED,
  LD_N_MEDIATION_STATUSES
} LdMediationStatus;

typedef enum
{
  LD_PARTY_ROLE_APPLICANT,   /* 申请人 */
  LD_PARTY_ROLE_RESPONDENT,  /* 被申请人 */
  LD_PARTY_ROLE_AGENT,       /* 委托代理人 */
  LD_N_PARTY_ROLES
} LdPartyRole;

/* The person_or_org column. */
typedef enum
{
  LD_PARTY_TYPE_PERSON,        /* 自然人 */
  LD_PARTY_TYPE_ORGANISATION,  /* 法人或其他组织 */
  LD_N_PARTY_TYPES
} LdPartyType;

/* The gender column: "" when not entered. */
typedef enum
{
  LD_GENDER_UNKNOWN,  /* id "" */
  LD_GENDER_MALE,
  LD_GENDER_FEMALE,
  LD_N_GENDERS
} LdGender;

typedef enum
{
  LD_SESSION_KIND_INVESTIGATION,  /* 调查记录 */
  LD_SESSION_KIND_MEDIATION,      /* 调解记录 */
  LD_N_SESSION_KINDS
} LdSessionKind;

/* The performance of one term of an agreement. */
typedef enum
{
  LD_PERFORMANCE_PENDING,        /* 未到期 / 待履行 */
  LD_PERFORMANCE_PARTLY,         /* 部分履行 */
  LD_PERFORMANCE_PERFORMED,      /* 已履行 */
  LD_PERFORMANCE_NOT_PERFORMED,  /* 未履行 (refused or failed) */
  LD_N_PERFORMANCE_STATUSES
} LdPerformanceStatus;

/* 司法确认 (DOMAIN.md 2.2). */
typedef enum
{
  LD_CONFIRMATION_NONE,       /* not applied for (id "") */
  LD_CONFIRMATION_PENDING,    /* applied, no ruling yet */
  LD_CONFIRMATION_CONFIRMED,  /* ruled valid: enforceable */
  LD_CONFIRMATION_REJECTED,   /* ruled invalid or not accepted */
  LD_N_CONFIRMATION_RESULTS
} LdConfirmationResult;

GType       ld_mediation_kind_get_type (void) G_GNUC_CONST;
#define LD_TYPE_MEDIATION_KIND (ld_mediation_kind_get_type ())
const char *ld_mediation_kind_to_id (LdMediationKind kind);
gboolean    ld_mediation_kind_from_id (const char *id, LdMediationKind *out);
const char *ld_mediation_kind_get_label (LdMediationKind kind);
/* "人民调解", "行政调解". */
const char *ld_mediation_kind_get_letter_text (LdMediationKind kind);

GType       ld_mediation_source_get_type (void) G_GNUC_CONST;
#define LD_TYPE_MEDIATION_SOURCE (ld_mediation_source_get_type ())
const char *ld_mediation_source_to_id (LdMediationSource source);
gboolean    ld_mediation_source_from_id (const char *id, LdMediationSource *out);
const char *ld_mediation_source_get_label (LdMediationSource source);
/* As the 受理登记表 names it, e.g. "当事人申请", "法院委托". */
const char *ld_mediation_source_get_letter_text (LdMediationSource source);

GType       ld_mediation_status_get_type (void) G_GNUC_CONST;
#define LD_TYPE_MEDIATION_STATUS (ld_mediation_status_get_type ())
const char *ld_mediation_status_to_id (LdMediationStatus status);
gboolean    ld_mediation_status_from_id (const char *id, LdMediationStatus *out);
const char *ld_mediation_status_get_label (LdMediationStatus status);
/* The label of the button that moves a case into @status, e.g. "Accept". */
const char *ld_mediation_status_get_action_label (LdMediationStatus status);

GType       ld_party_role_get_type (void) G_GNUC_CONST;
#define LD_TYPE_PARTY_ROLE (ld_party_role_get_type ())
const char *ld_party_role_to_id (LdPartyRole role);
gboolean    ld_party_role_from_id (const char *id, LdPartyRole *out);
const char *ld_party_role_get_label (LdPartyRole role);
/* "申请人", "被申请人", "委托代理人". */
const char *ld_party_role_get_letter_text (LdPartyRole role);

GType       ld_party_type_get_type (void) G_GNUC_CONST;
#define LD_TYPE_PARTY_TYPE (ld_party_type_get_type ())
const char *ld_party_type_to_id (LdPartyType type);
gboolean    ld_party_type_from_id (const char *id, LdPartyType *out);
const char *ld_party_type_get_label (LdPartyType type);

GType       ld_gender_get_type (void) G_GNUC_CONST;
#define LD_TYPE_GENDER (ld_gender_get_type ())
const char *ld_gender_to_id (LdGender gender);
gboolean    ld_gender_from_id (const char *id, LdGender *out);
const char *ld_gender_get_label (LdGender gender);
/* "男", "女", "" for UNKNOWN. */
const char *ld_gender_get_letter_text (LdGender gender);

GType       ld_session_kind_get_type (void) G_GNUC_CONST;
#define LD_TYPE_SESSION_KIND (ld_session_kind_get_type ())
const char *ld_session_kind_to_id (LdSessionKind kind);
gboolean    ld_session_kind_from_id (const char *id, LdSessionKind *out);
const char *ld_session_kind_get_label (LdSessionKind kind);
/* The document title: "调查记录", "调解记录". */
const char *ld_session_kind_get_letter_text (LdSessionKind kind);

GType       ld_performance_status_get_type (void) G_GNUC_CONST;
#define LD_TYPE_PERFORMANCE_STATUS (ld_performance_status_get_type ())
const char *ld_performance_status_to_id (LdPerformanceStatus status);
gboolean    ld_performance_status_from_id (const char *id, LdPerformanceStatus *out);
const char *ld_performance_status_get_label (LdPerformanceStatus status);
/* For the 回访记录, e.g. "已履行". */
const char *ld_performance_status_get_letter_text (LdPerformanceStatus status);

GType       ld_confirmation_result_get_type (void) G_GNUC_CONST;
#define LD_TYPE_CONFIRMATION_RESULT (ld_confirmation_result_get_type ())
const char *ld_confirmation_result_to_id (LdConfirmationResult result);
gboolean    ld_confirmation_result_from_id (const char *id, LdConfirmationResult *out);
const char *ld_confirmation_result_get_label (LdConfirmationResult result);

/* The default dispute categories (DOMAIN.md 2.4, the municipal report):
 * @name is the Chinese name the "category" column stores and the
 * statistics print, @label its English source for the UI. The store seeds
 * its editable list from these; a category the user added later has no
 * entry here. */
typedef struct
{
  const char *name;
  const char *label;
} LdDisputeCategory;

const LdDisputeCategory *ld_dispute_categories_get_defaults (unsigned *out_n);
/* The translated label of a default category @name, or @name itself for
 * one the organisation added (shown as the user typed it). */
const char *ld_dispute_category_get_label (const char *name);
/* The catch-all "其他". */
#define LD_DISPUTE_CATEGORY_OTHER "其他"

G_END_DECLS
