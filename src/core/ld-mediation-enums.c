/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-enum-util.h"
#include "ld-mediation-enums.h"

/* The ids are the GEnum nicks and the CHECK values of
 * data/sql/0002-registers.sql. */

G_DEFINE_ENUM_TYPE (LdMediationKind, ld_mediation_kind,
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_KIND_PEOPLE, "people"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_KIND_ADMINISTRATIVE, "administrative"))

G_DEFINE_ENUM_TYPE (LdMediationSource, ld_mediation_source,
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_APPLICATION, "application"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_INITIATIVE, "initiative"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_COURT, "court"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_POLICE, "police"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_PETITION_OFFICE, "petition_office"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_SOURCE_OTHER_BODY, "other_body"))

G_DEFINE_ENUM_TYPE (LdMediationStatus, ld_mediation_status,
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_APPLIED, "applied"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_NOT_ACCEPTED, "not_accepted"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_INVESTIGATING, "investigating"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_MEDIATING, "mediating"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_AGREEMENT_REACHED, "agreement_reached"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_FAILED, "failed"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_TERMINATED, "terminated"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_PERFORMED, "performed"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_RETURN_VISIT_DONE, "return_visit_done"),
  G_DEFINE_ENUM_VALUE (LD_MEDIATION_STATUS_ARCHIVED, "archived"))

G_DEFINE_ENUM_TYPE (LdPartyRole, ld_party_role,
  G_DEFINE_ENUM_VALUE (LD_PARTY_ROLE_APPLICANT, "applicant"),
  G_DEFINE_ENUM_VALUE (LD_PARTY_ROLE_RESPONDENT, "respondent"),
  G_DEFINE_ENUM_VALUE (LD_PARTY_ROLE_AGENT, "agent"))

G_DEFINE_ENUM_TYPE (LdPartyType, ld_party_type,
  G_DEFINE_ENUM_VALUE (LD_PARTY_TYPE_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (LD_PARTY_TYPE_ORGANISATION, "organisation"))

G_DEFINE_ENUM_TYPE (LdGender, ld_gender,
  G_DEFINE_ENUM_VALUE (LD_GENDER_UNKNOWN, ""),
  G_DEFINE_ENUM_VALUE (LD_GENDER_MALE, "male"),
  G_DEFINE_ENUM_VALUE (LD_GENDER_FEMALE, "female"))

G_DEFINE_ENUM_TYPE (LdSessionKind, ld_session_kind,
  G_DEFINE_ENUM_VALUE (LD_SESSION_KIND_INVESTIGATION, "investigation"),
  G_DEFINE_ENUM_VALUE (LD_SESSION_KIND_MEDIATION, "mediation"))

G_DEFINE_ENUM_TYPE (LdPerformanceStatus, ld_performance_status,
  G_DEFINE_ENUM_VALUE (LD_PERFORMANCE_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (LD_PERFORMANCE_PARTLY, "partly"),
  G_DEFINE_ENUM_VALUE (LD_PERFORMANCE_PERFORMED, "performed"),
  G_DEFINE_ENUM_VALUE (LD_PERFORMANCE_NOT_PERFORMED, "not_performed"))

G_DEFINE_ENUM_TYPE (LdConfirmationResult, ld_confirmation_result,
  G_DEFINE_ENUM_VALUE (LD_CONFIRMATION_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_CONFIRMATION_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (LD_CONFIRMATION_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (LD_CONFIRMATION_REJECTED, "rejected"))

static const LdEnumText kind_texts[LD_N_MEDIATION_KINDS] = {
  [LD_MEDIATION_KIND_PEOPLE] = { N_("People’s mediation"), "人民调解" },
  [LD_MEDIATION_KIND_ADMINISTRATIVE] = { N_("Administrative mediation"), "行政调解" },
};

static const LdEnumText source_texts[LD_N_MEDIATION_SOURCES] = {
  [LD_MEDIATION_SOURCE_APPLICATION] = { N_("Application by a party"), "当事人申请" },
  [LD_MEDIATION_SOURCE_INITIATIVE] = { N_("Committee’s own initiative"), "主动调解" },
  [LD_MEDIATION_SOURCE_COURT] = { N_("Referred by a court"), "法院委托" },
  [LD_MEDIATION_SOURCE_POLICE] = { N_("Referred by the police"), "公安移交" },
  [LD_MEDIATION_SOURCE_PETITION_OFFICE] = { N_("Referred by the petition office"), "信访部门移交" },
  [LD_MEDIATION_SOURCE_OTHER_BODY] = { N_("Referred by another body"), "其他单位移交" },
};

static const LdEnumText status_texts[LD_N_MEDIATION_STATUSES] = {
  [LD_MEDIATION_STATUS_APPLIED] = { N_("Applied"), NULL },
  [LD_MEDIATION_STATUS_ACCEPTED] = { N_("Accepted"), NULL },
  [LD_MEDIATION_STATUS_NOT_ACCEPTED] = { N_("Not accepted"), NULL },
  [LD_MEDIATION_STATUS_INVESTIGATING] = { N_("Investigating"), NULL },
  [LD_MEDIATION_STATUS_MEDIATING] = { N_("Mediating"), NULL },
  [LD_MEDIATION_STATUS_AGREEMENT_REACHED] = { N_("Agreement reached"), NULL },
  [LD_MEDIATION_STATUS_FAILED] = { N_("Mediation failed"), NULL },
  [LD_MEDIATION_STATUS_TERMINATED] = { N_("Terminated"), NULL },
  [LD_MEDIATION_STATUS_PERFORMED] = { N_("Performed"), NULL },
  [LD_MEDIATION_STATUS_RETURN_VISIT_DONE] = { N_("Return visit done"), NULL },
  [LD_MEDIATION_STATUS_ARCHIVED] = { N_("Archived"), NULL },
};

static const LdEnumText role_texts[LD_N_PARTY_ROLES] = {
  [LD_PARTY_ROLE_APPLICANT] = { N_("Applicant"), "申请人" },
  [LD_PARTY_ROLE_RESPONDENT] = { N_("Respondent"), "被申请人" },
  [LD_PARTY_ROLE_AGENT] = { N_("Agent"), "委托代理人" },
};

static const LdEnumText type_texts[LD_N_PARTY_TYPES] = {
  [LD_PARTY_TYPE_PERSON] = { N_("Person"), "自然人" },
  [LD_PARTY_TYPE_ORGANISATION] = { N_("Organisation"), "法人或其他组织" },
};

static const LdEnumText gender_texts[LD_N_GENDERS] = {
  [LD_GENDER_UNKNOWN] = { N_("Not given"), "" },
  [LD_GENDER_MALE] = { N_("Male"), "男" },
  [LD_GENDER_FEMALE] = { N_("Female"), "女" },
};

static const LdEnumText session_texts[LD_N_SESSION_KINDS] = {
  [LD_SESSION_KIND_INVESTIGATION] = { N_("Investigation"), "调查记录" },
  [LD_SESSION_KIND_MEDIATION] = { N_("Mediation session"), "调解记录" },
};

static const LdEnumText performance_texts[LD_N_PERFORMANCE_STATUSES] = {
  [LD_PERFORMANCE_PENDING] = { N_("Not yet performed"), "待履行" },
  [LD_PERFORMANCE_PARTLY] = { N_("Partly performed"), "部分履行" },
  [LD_PERFORMANCE_PERFORMED] = { N_("Performed"), "已履行" },
  [LD_PERFORMANCE_NOT_PERFORMED] = { N_("Not performed"), "未履行" },
};

static const LdEnumText confirmation_texts[LD_N_CONFIRMATION_RESULTS] = {
  [LD_CONFIRMATION_NONE] = { N_("Not applied for"), NULL },
  [LD_CONFIRMATION_PENDING] = { N_("Applied, awaiting the ruling"), NULL },
  [LD_CONFIRMATION_CONFIRMED] = { N_("Confirmed as valid"), NULL },
  [LD_CONFIRMATION_REJECTED] = { N_("Ruled invalid or rejected"), NULL },
};

LD_DEFINE_ENUM_ID_FUNCS (LdMediationKind, ld_mediation_kind, LD_N_MEDIATION_KINDS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdMediationKind, ld_mediation_kind, LD_N_MEDIATION_KINDS, kind_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdMediationSource, ld_mediation_source, LD_N_MEDIATION_SOURCES)
LD_DEFINE_ENUM_TEXT_FUNCS (LdMediationSource, ld_mediation_source, LD_N_MEDIATION_SOURCES,
                           source_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdMediationStatus, ld_mediation_status, LD_N_MEDIATION_STATUSES)
LD_DEFINE_ENUM_ID_FUNCS (LdPartyRole, ld_party_role, LD_N_PARTY_ROLES)
LD_DEFINE_ENUM_TEXT_FUNCS (LdPartyRole, ld_party_role, LD_N_PARTY_ROLES, role_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdPartyType, ld_party_type, LD_N_PARTY_TYPES)
LD_DEFINE_ENUM_ID_FUNCS (LdGender, ld_gender, LD_N_GENDERS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdGender, ld_gender, LD_N_GENDERS, gender_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdSessionKind, ld_session_kind, LD_N_SESSION_KINDS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdSessionKind, ld_session_kind, LD_N_SESSION_KINDS, session_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdPerformanceStatus, ld_performance_status, LD_N_PERFORMANCE_STATUSES)
LD_DEFINE_ENUM_TEXT_FUNCS (LdPerformanceStatus, ld_performance_status, LD_N_PERFORMANCE_STATUSES,
                           performance_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdConfirmationResult, ld_confirmation_result, LD_N_CONFIRMATION_RESULTS)

/* No document prints these, so they have labels only. */
const char *
ld_mediation_status_get_label (LdMediationStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_MEDIATION_STATUSES, NULL);
  return _(status_texts[status].label);
}

/* What the button that moves a case into each status says. */
static const char * const status_actions[LD_N_MEDIATION_STATUSES] = {
  [LD_MEDIATION_STATUS_APPLIED] = N_("Reopen the Application"),
  [LD_MEDIATION_STATUS_ACCEPTED] = N_("Accept"),
  [LD_MEDIATION_STATUS_NOT_ACCEPTED] = N_("Do Not Accept"),
  [LD_MEDIATION_STATUS_INVESTIGATING] = N_("Start Investigating"),
  [LD_MEDIATION_STATUS_MEDIATING] = N_("Start Mediating"),
  [LD_MEDIATION_STATUS_AGREEMENT_REACHED] = N_("Agreement Reached"),
  [LD_MEDIATION_STATUS_FAILED] = N_("Mediation Failed"),
  [LD_MEDIATION_STATUS_TERMINATED] = N_("Terminate"),
  [LD_MEDIATION_STATUS_PERFORMED] = N_("Agreement Performed"),
  [LD_MEDIATION_STATUS_RETURN_VISIT_DONE] = N_("Return Visit Done"),
  [LD_MEDIATION_STATUS_ARCHIVED] = N_("Archive"),
};

const char *
ld_mediation_status_get_action_label (LdMediationStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_MEDIATION_STATUSES, NULL);
  return _(status_actions[status]);
}

const char *
ld_party_type_get_label (LdPartyType type)
{
  g_return_val_if_fail ((unsigned) type < LD_N_PARTY_TYPES, NULL);
  return _(type_texts[type].label);
}

const char *
ld_confirmation_result_get_label (LdConfirmationResult result)
{
  g_return_val_if_fail ((unsigned) result < LD_N_CONFIRMATION_RESULTS, NULL);
  return _(confirmation_texts[result].label);
}

static const LdDisputeCategory default_categories[] = {
  { "婚姻家庭", N_("Marriage and family") },
  { "邻里", N_("Neighbours") },
  { "房屋宅基地", N_("Houses and homesteads") },
  { "合同", N_("Contracts") },
  { "生产经营", N_("Production and business") },
  { "损害赔偿", N_("Compensation for damage") },
  { "山林土地", N_("Forests and land") },
  { "征地拆迁", N_("Land expropriation and demolition") },
  { "环境污染", N_("Environmental pollution") },
  { "劳动争议", N_("Labour disputes") },
  { "消费", N_("Consumer disputes") },
  { "医疗", N_("Medical disputes") },
  { "道路交通事故", N_("Road traffic accidents") },
  { "物业", N_("Property management") },
  { LD_DISPUTE_CATEGORY_OTHER, N_("Other") },
};

const LdDisputeCategory *
ld_dispute_categories_get_defaults (unsigned *out_n)
{
  if (out_n != NULL)
    *out_n = G_N_ELEMENTS (default_categories);
  return default_categories;
}

const char *
ld_dispute_category_get_label (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  for (unsigned i = 0; i < G_N_ELEMENTS (default_categories); i++)
    if (g_str_equal (default_categories[i].name, name))
      return _(default_categories[i].label);
  return name;
}
