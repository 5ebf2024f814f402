/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-document-kind.h"

typedef struct
{
  const char *id;
  const char *title;
  const char *default_prefix;
} KindInfo;

static const KindInfo kinds[LD_N_DOCUMENT_KINDS] = {
  [LD_DOCUMENT_KIND_SAMPLE] = { "sample", "公文样张", "×样" },
  [LD_DOCUMENT_KIND_CONTRACT_OPINION] = { "contract-opinion", "法律审查意见书", "×法审" },
  [LD_DOCUMENT_KIND_MEDIATION_APPLICATION] = { "mediation-application", "人民调解申请书", "×调申" },
  [LD_DOCUMENT_KIND_MEDIATION_RECORD] = { "mediation-record", "调解记录", "×调录" },
  [LD_DOCUMENT_KIND_MEDIATION_AGREEMENT] = { "mediation-agreement", "人民调解协议书", "×人调" },
  [LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT] = { "admin-mediation-agreement", "行政调解协议书", "×行调" },
  [LD_DOCUMENT_KIND_PETITION_ACCEPTANCE] = { "petition-acceptance", "信访事项受理告知书", "×信受" },
  [LD_DOCUMENT_KIND_PETITION_NON_ACCEPTANCE] = { "petition-non-acceptance", "信访事项不予受理告知书", "×信不受" },
  [LD_DOCUMENT_KIND_PETITION_REPLY] = { "petition-reply", "信访事项处理意见书", "×信复" },
};

const char *
ld_document_kind_to_id (LdDocumentKind kind)
{
  g_return_val_if_fail (kind < LD_N_DOCUMENT_KINDS, NULL);
  return kinds[kind].id;
}

gboolean
ld_document_kind_from_id (const char    *id,
                          LdDocumentKind *out_kind)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (unsigned i = 0; i < LD_N_DOCUMENT_KINDS; i++)
    {
      if (g_str_equal (kinds[i].id, id))
        {
          if (out_kind)
            *out_kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ld_document_kind_get_title (LdDocumentKind kind)
{
  g_return_val_if_fail (kind < LD_N_DOCUMENT_KINDS, NULL);
  return kinds[kind].title;
}

const char *
ld_document_kind_get_default_prefix (LdDocumentKind kind)
{
  g_return_val_if_fail (kind < LD_N_DOCUMENT_KINDS, NULL);
  return kinds[kind].default_prefix;
}
