/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-docs"

#include "config.h"

#include "ld-mediation-docs-private.h"

/* The parties as the 申请书 and 协议书 describe them (DOMAIN.md 2.3 #1, #8),
 * and their signature lines. */

static void
append_optional (GString    *out,
                 const char *label,
                 const char *value)
{
  g_autofree char *trimmed = NULL;

  if (ld_builder_is_blank (value))
    return;
  trimmed = g_strstrip (g_strdup (value));
  g_string_append_printf (out, "，%s%s", label, trimmed);
}

/* A person: name, gender, ethnicity, age, occupation, ID number, address,
 * phone. The documents legally carry the full ID number. */
static void
append_person (GString          *out,
               LdMediationParty *party,
               const GDate      *on)
{
  const char *gender = ld_gender_get_letter_text (ld_mediation_party_get_gender (party));
  int age = ld_mediation_party_get_age (party, on);

  g_string_append_printf (out, "，%s", ld_builder_or_to_fill (gender));
  append_optional (out, "", ld_mediation_party_get_ethnicity (party));
  if (age >= 0)
    g_string_append_printf (out, "，%d岁", age);
  else
    g_string_append (out, "，年龄" LD_BUILDER_TO_FILL);
  append_optional (out, "", ld_mediation_party_get_occupation (party));
  g_string_append_printf (out, "，公民身份号码：%s",
                          ld_builder_or_to_fill (ld_mediation_party_get_id_number (party)));
  g_string_append_printf (out, "，住址：%s",
                          ld_builder_or_to_fill (ld_mediation_party_get_address (party)));
  append_optional (out, "联系电话：", ld_mediation_party_get_phone (party));
}

/* An organisation: name, credit code, address, representative, phone. */
static void
append_organisation (GString          *out,
                     LdMediationParty *party)
{
  g_string_append_printf (out, "，统一社会信用代码：%s",
                          ld_builder_or_to_fill (ld_mediation_party_get_id_number (party)));
  g_string_append_printf (out, "，住所：%s",
                          ld_builder_or_to_fill (ld_mediation_party_get_address (party)));
  g_string_append_printf (out, "，法定代表人（主要负责人）：%s",
                          ld_builder_or_to_fill (ld_mediation_party_get_representative (party)));
  append_optional (out, "联系电话：", ld_mediation_party_get_phone (party));
}

static char *
describe (LdMediationParty *party,
          const GDate      *on)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s：%s",
                          ld_party_role_get_letter_text (ld_mediation_party_get_role (party)),
                          ld_builder_or_to_fill (ld_mediation_party_get_name (party)));
  if (ld_mediation_party_get_party_type (party) == LD_PARTY_TYPE_ORGANISATION)
    append_organisation (out, party);
  else
    append_person (out, party, on);
  g_string_append (out, "。");
  return g_string_free (out, FALSE);
}

static void
add_side (LdDocument      *doc,
          LdMediationCase *mcase,
          LdPartyRole      role,
          const GDate     *on)
{
  g_autoptr(GPtrArray) parties = ld_mediation_case_list_parties (mcase, role);

  if (parties->len == 0)
    {
      g_autofree char *text = g_strdup_printf ("%s：" LD_BUILDER_TO_FILL "。",
                                               ld_party_role_get_letter_text (role));

      ld_document_add_flush_paragraph (doc, text);
      return;
    }
  for (guint i = 0; i < parties->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (parties, i);
      g_autoptr(GPtrArray) agents = ld_mediation_case_list_agents_of (mcase, party);
      g_autofree char *text = describe (party, on);

      ld_document_add_flush_paragraph (doc, text);
      for (guint j = 0; j < agents->len; j++)
        {
          g_autofree char *agent = describe (g_ptr_array_index (agents, j), on);

          ld_document_add_flush_paragraph (doc, agent);
        }
    }
}

void
ld_mediation_doc_add_party_blocks (LdDocument      *doc,
                                   LdMediationCase *mcase,
                                   const GDate     *on)
{
  add_side (doc, mcase, LD_PARTY_ROLE_APPLICANT, on);
  add_side (doc, mcase, LD_PARTY_ROLE_RESPONDENT, on);
}

static void
append_names (GString   *out,
              GPtrArray *parties)
{
  for (guint i = 0; i < parties->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "、" : "",
                            ld_builder_or_to_fill (ld_mediation_party_get_name (g_ptr_array_index (parties, i))));
}

char *
ld_mediation_doc_dup_party_line (LdMediationCase *mcase)
{
  /* An agent is not a party (当事人): ld_mediation_doc_dup_agent_line(). */
  static const LdPartyRole roles[] = {
    LD_PARTY_ROLE_APPLICANT, LD_PARTY_ROLE_RESPONDENT,
  };
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GPtrArray) parties = ld_mediation_case_list_parties (mcase, roles[r]);

      if (parties->len == 0)
        continue;
      if (out->len > 0)
        g_string_append (out, "；");
      g_string_append (out, ld_party_role_get_letter_text (roles[r]));
      append_names (out, parties);
    }
  if (out->len == 0)
    g_string_append (out, LD_BUILDER_TO_FILL);
  return g_string_free (out, FALSE);
}

char *
ld_mediation_doc_dup_agent_line (LdMediationCase *mcase)
{
  static const LdPartyRole roles[] = { LD_PARTY_ROLE_APPLICANT, LD_PARTY_ROLE_RESPONDENT };
  GString *out = g_string_new (NULL);

  /* In the parties' order, each agent beside the party it acts for. */
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GPtrArray) parties = ld_mediation_case_list_parties (mcase, roles[r]);

      for (guint i = 0; i < parties->len; i++)
        {
          LdMediationParty *party = g_ptr_array_index (parties, i);
          g_autoptr(GPtrArray) agents = ld_mediation_case_list_agents_of (mcase, party);

          for (guint j = 0; j < agents->len; j++)
            g_string_append_printf (out, "%s%s（%s%s的委托代理人）", out->len > 0 ? "、" : "",
                                    ld_builder_or_to_fill (ld_mediation_party_get_name (g_ptr_array_index (agents, j))),
                                    ld_party_role_get_letter_text (roles[r]),
                                    ld_builder_or_to_fill (ld_mediation_party_get_name (party)));
        }
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The lines one side signs: each party, an organisation's representative,
 * the agents acting for it. */
static GPtrArray *
side_signatures (LdMediationCase *mcase,
                 LdPartyRole      role)
{
  g_autoptr(GPtrArray) parties = ld_mediation_case_list_parties (mcase, role);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *title = ld_party_role_get_letter_text (role);

  if (parties->len == 0)
    g_ptr_array_add (lines, g_strdup_printf ("%s：", title));
  for (guint i = 0; i < parties->len; i++)
    {
      LdMediationParty *party = g_ptr_array_index (parties, i);
      g_autoptr(GPtrArray) agents = ld_mediation_case_list_agents_of (mcase, party);

      g_ptr_array_add (lines, g_strdup_printf ("%s：%s", title,
                                               ld_builder_or_to_fill (ld_mediation_party_get_name (party))));
      if (ld_mediation_party_get_party_type (party) == LD_PARTY_TYPE_ORGANISATION)
        g_ptr_array_add (lines, g_strdup_printf ("法定代表人：%s", ld_mediation_party_get_representative (party)));
      for (guint j = 0; j < agents->len; j++)
        g_ptr_array_add (lines, g_strdup_printf ("%s：%s",
                                                 ld_party_role_get_letter_text (LD_PARTY_ROLE_AGENT),
                                                 ld_mediation_party_get_name (g_ptr_array_index (agents, j))));
    }
  return lines;
}

void
ld_mediation_doc_append_party_cells (GPtrArray       *cells,
                                     LdMediationCase *mcase,
                                     gboolean         applicants_only)
{
  g_autoptr(GPtrArray) left = side_signatures (mcase, LD_PARTY_ROLE_APPLICANT);
  g_autoptr(GPtrArray) right = NULL;

  if (cells->len % 2 != 0)
    g_ptr_array_add (cells, g_strdup (""));

  if (applicants_only)
    {
      for (guint i = 0; i < left->len; i++)
        g_ptr_array_add (cells, g_strdup (g_ptr_array_index (left, i)));
      return;
    }

  /* Applicants on the left, respondents on the right, row by row. */
  right = side_signatures (mcase, LD_PARTY_ROLE_RESPONDENT);
  for (guint i = 0; i < MAX (left->len, right->len); i++)
    {
      g_ptr_array_add (cells, g_strdup (i < left->len ? g_ptr_array_index (left, i) : ""));
      g_ptr_array_add (cells, g_strdup (i < right->len ? g_ptr_array_index (right, i) : ""));
    }
}
