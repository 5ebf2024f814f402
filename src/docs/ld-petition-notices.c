/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-notices"

#include "config.h"

#include "ld-petition-notices.h"

#include <string.h>

#include "ld-builder-util.h"
#include "ld-chinese-date.h"

/* The petition may come from one person or several; the notices address
 * both as the usual forms do. */
#define YOU "你（你们）"

/* The latest event of any of @steps (n of them), or NULL. */
static const LdPetitionEvent *
find_last_of (LdPetition           *petition,
              const LdPetitionStep *steps,
              unsigned              n)
{
  GPtrArray *events = ld_petition_get_events (petition);

  for (unsigned i = events->len; i > 0; i--)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i - 1);

      for (unsigned j = 0; j < n; j++)
        if (event->step == steps[j])
          return event;
    }
  return NULL;
}

static const GDate *
event_date (const LdPetitionEvent *event)
{
  return event != NULL && g_date_valid (&event->date) ? &event->date : NULL;
}

/* How the matter reached us, worded for "通过…反映". The phone and the
 * catch-all read badly with their list texts ("来电", "其他"). */
static const char *
channel_phrase (LdPetitionChannel channel)
{
  switch (channel)
    {
    case LD_PETITION_CHANNEL_PHONE:
      return "电话";
    case LD_PETITION_CHANNEL_OTHER:
      return "其他方式";
    case LD_PETITION_CHANNEL_LETTER:
    case LD_PETITION_CHANNEL_VISIT:
    case LD_PETITION_CHANNEL_ONLINE:
      return ld_petition_channel_get_letter_text (channel);
    case LD_N_PETITION_CHANNELS:
    default:
      return LD_BUILDER_TO_FILL;
    }
}

/* "张三" or, for several people, "张三等12人". */
static char *
addressee (LdPetition *petition)
{
  const char *name = ld_builder_or_to_fill (ld_petition_get_petitioner_name (petition));
  int count = ld_petition_get_people_count (petition);

  if (count > 1)
    return g_strdup_printf ("%s等%d人", name, count);
  return g_strdup (name);
}

/* "你（你们）于2026年11月20日通过来信反映的××问题": the receipt as the
 * register event (else the petition) records it. */
static char *
receipt_clause (LdPetition *petition)
{
  const LdPetitionEvent *reg = ld_petition_find_last_event (petition, LD_PETITION_STEP_REGISTER);
  const GDate *received = event_date (reg);
  g_autofree char *date = NULL;
  g_autofree char *title = ld_builder_clause (ld_petition_get_title (petition));
  GString *out = g_string_new (NULL);

  if (received == NULL)
    received = ld_petition_get_received_on (petition);
  date = ld_builder_format_date (received);

  g_string_append_printf (out, YOU "于%s通过%s反映的%s", date,
                          channel_phrase (ld_petition_get_channel (petition)), title);
  if (!g_str_has_suffix (title, "问题") && !g_str_has_suffix (title, "事项")
      && !g_str_has_suffix (title, "情况"))
    g_string_append (out, "问题");
  /* A matter transferred here by another organ (Art 23¶3) says so. */
  if (reg != NULL && !ld_builder_is_blank (reg->unit))
    {
      g_autofree char *unit = ld_builder_clause (reg->unit);

      g_string_append_printf (out, "，经%s转送", unit);
    }
  return g_string_free (out, FALSE);
}

static LdDocument *
new_document (const char *title,
              LdPetition *petition,
              const char *number)
{
  g_autofree char *to = addressee (petition);
  LdDocument *doc = ld_builder_new_document (title, number);

  ld_document_set_addressee (doc, to);
  return doc;
}

static void
add_contact (LdDocument *doc,
             LdPetition *petition)
{
  g_autofree char *text =
    g_strdup_printf ("如有疑问，请与本机关联系。联系人：%s。",
                     ld_builder_or_to_fill (ld_petition_get_handler (petition)));

  ld_document_add_paragraph (doc, text);
}

/* The organisation signs (the notices go out in its name, not the legal
 * office's), with the date and the seal when set. */
static void
add_signature (LdDocument    *doc,
               LdOrgSettings *settings,
               const GDate   *date)
{
  const char *organisation = settings != NULL ? ld_org_settings_get_organisation_name (settings) : NULL;
  GBytes *seal;

  if (ld_builder_is_blank (organisation) && settings != NULL)
    organisation = ld_org_settings_get_legal_office_name (settings);
  ld_document_add_signatory (doc, ld_builder_or_to_fill (organisation));

  ld_builder_set_date (doc, date);

  seal = settings != NULL ? ld_org_settings_get_seal_png (settings) : NULL;
  if (seal != NULL)
    ld_document_set_seal_png (doc, seal);
}

LdDocument *
ld_petition_acceptance_notice_build (LdPetition    *petition,
                                     LdOrgSettings *settings,
                                     const char    *number,
                                     const GDate   *date)
{
  const LdPetitionEvent *accept;
  g_autofree char *receipt = NULL;
  g_autofree char *accepted_on = NULL;
  g_autofree char *text = NULL;
  LdDocument *doc;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  doc = new_document ("信访事项受理告知书", petition, number);
  receipt = receipt_clause (petition);
  text = g_strdup_printf ("%s，本机关已收悉。", receipt);
  ld_document_add_paragraph (doc, text);
  g_clear_pointer (&text, g_free);

  ld_document_add_paragraph (doc,
                             "根据《信访工作条例》第二十三条等规定，经审查，该信访事项属于本机关职责范围，"
                             "决定予以受理。");

  /* The day of acceptance starts the handling limit (Art 34); a draft
   * written before the step is recorded leaves it out. */
  accept = ld_petition_find_last_event (petition, LD_PETITION_STEP_ACCEPT);
  if (event_date (accept) != NULL)
    {
      g_autofree char *day = ld_chinese_date_format (&accept->date);

      accepted_on = g_strdup_printf ("（%s）", day);
    }
  text = g_strdup_printf ("本机关将在受理之日%s起六十日内办结，并书面答复" YOU "。",
                          accepted_on != NULL ? accepted_on : "");
  ld_document_add_paragraph (doc, text);

  add_contact (doc, petition);
  add_signature (doc, settings, date);
  return doc;
}

LdDocument *
ld_petition_non_acceptance_notice_build (LdPetition    *petition,
                                         LdOrgSettings *settings,
                                         const char    *number,
                                         const GDate   *date)
{
  static const LdPetitionStep refusals[] = {
    LD_PETITION_STEP_NOT_ACCEPT, LD_PETITION_STEP_DIVERT, LD_PETITION_STEP_OBJECT,
  };
  const LdPetitionEvent *refusal;
  const LdPetitionEvent *divert;
  g_autofree char *receipt = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  LdDocument *doc;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  doc = new_document ("信访事项不予受理告知书", petition, number);
  receipt = receipt_clause (petition);
  g_string_printf (text, "%s，本机关已收悉。", receipt);
  ld_document_add_paragraph (doc, text->str);

  refusal = find_last_of (petition, refusals, G_N_ELEMENTS (refusals));
  divert = ld_petition_find_last_event (petition, LD_PETITION_STEP_DIVERT);
  reason = ld_builder_clause (refusal != NULL ? refusal->note : NULL);

  g_string_assign (text, "根据《信访工作条例》第二十三条等规定，经审查，本机关决定对该信访事项不予受理。");
  if (divert == NULL)
    g_string_append_printf (text, "理由是：%s。", reason);
  ld_document_add_paragraph (doc, text->str);

  /* A matter for another statutory procedure names the route and where
   * to go (诉访分离, Art 23, 31). A reason that names what the matter is
   * ("劳动争议") completes "属于…"; one written as a sentence of its own
   * goes before the route. */
  if (divert != NULL)
    {
      const char *route = divert->route != LD_DIVERSION_ROUTE_NONE
                          ? ld_diversion_route_get_letter_text (divert->route) : LD_BUILDER_TO_FILL;
      g_autofree char *what = ld_builder_clause (divert->note);
      g_autofree char *unit = ld_builder_clause (divert->unit);
      const char *kind = g_str_has_prefix (what, "属于") ? what + strlen ("属于") : what;

      if (strstr (kind, "，") != NULL || strstr (kind, "。") != NULL || strstr (kind, "；") != NULL
          || g_utf8_strlen (kind, -1) > 30)
        g_string_printf (text, "经审查，%s。" YOU "反映的问题", what);
      else
        g_string_printf (text, YOU "反映的问题属于%s，", kind);
      g_string_append_printf (text, "依法应当通过%s%s解决，请向%s提出。",
                              route, g_str_has_suffix (route, "途径") ? "" : "途径", unit);
      ld_document_add_paragraph (doc, text->str);
    }

  add_contact (doc, petition);
  add_signature (doc, settings, date);
  return doc;
}

/* 二、: what the investigation, hearings and mediation found, each with
 * its day, oldest first. */
static void
add_facts (LdDocument *doc,
           LdPetition *petition)
{
  GPtrArray *events = ld_petition_get_events (petition);
  unsigned n = 0;

  ld_document_add_heading (doc, 1, "调查核实的事实与理由");
  for (unsigned i = 0; i < events->len; i++)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GString) text = NULL;
      g_autofree char *day = NULL;
      const char *what;

      switch (event->step)
        {
        case LD_PETITION_STEP_INVESTIGATE:
          what = "经调查核实";
          break;
        case LD_PETITION_STEP_HEARING:
          what = "经组织听证";
          break;
        case LD_PETITION_STEP_MEDIATE:
          what = "经组织调解";
          break;
        default:
          continue;
        }
      if (ld_builder_is_blank (event->note))
        continue;
      day = ld_builder_format_date (event_date (event));
      text = g_string_new (NULL);
      g_string_printf (text, "%s，%s，", day, what);
      ld_builder_append_sentence (text, event->note);
      ld_document_add_paragraph (doc, text->str);
      n++;
    }
  if (n == 0)
    ld_document_add_paragraph (doc, "经调查核实，" LD_BUILDER_TO_FILL "。");
}

LdDocument *
ld_petition_reply_build (LdPetition    *petition,
                         LdOrgSettings *settings,
                         const char    *number,
                         const GDate   *date)
{
  const LdPetitionEvent *accept;
  const LdPetitionEvent *reply;
  g_autofree char *receipt = NULL;
  g_autofree char *accepted_on = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  const char *address;
  const char *phone;
  LdDocument *doc;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  doc = new_document ("信访事项处理意见书", petition, number);

  /* Who the reply is for, as the petition records them: the document
   * goes on file and may be served by post. */
  g_string_printf (text, "信访人：%s", ld_builder_or_to_fill (ld_petition_get_petitioner_name (petition)));
  address = ld_petition_get_petitioner_address (petition);
  phone = ld_petition_get_petitioner_phone (petition);
  if (!ld_builder_is_blank (address))
    g_string_append_printf (text, "，住址：%s", address);
  if (!ld_builder_is_blank (phone))
    g_string_append_printf (text, "，联系电话：%s", phone);
  g_string_append (text, "。");
  ld_document_add_flush_paragraph (doc, text->str);

  accept = ld_petition_find_last_event (petition, LD_PETITION_STEP_ACCEPT);
  accepted_on = ld_builder_format_date (event_date (accept));
  receipt = receipt_clause (petition);
  g_string_printf (text, "%s，本机关已于%s依法受理。经调查核实，现将处理意见答复如下：",
                   receipt, accepted_on);
  ld_document_add_paragraph (doc, text->str);

  /* 一、 the request (Art 32: request, facts and reasons, opinion, basis). */
  ld_document_add_heading (doc, 1, "信访事项");
  g_string_assign (text, YOU "反映：");
  ld_builder_append_sentence (text, ld_petition_get_content (petition));
  ld_document_add_paragraph (doc, text->str);
  g_string_assign (text, YOU "的请求是：");
  ld_builder_append_sentence (text, ld_petition_get_demands (petition));
  ld_document_add_paragraph (doc, text->str);

  add_facts (doc, petition);

  reply = ld_petition_find_last_event (petition, LD_PETITION_STEP_REPLY);
  ld_document_add_heading (doc, 1, "处理意见与法律依据");
  g_string_truncate (text, 0);
  ld_builder_append_sentence (text, reply != NULL ? reply->note : NULL);
  ld_document_add_paragraph (doc, text->str);
  ld_document_add_paragraph (doc, "本机关依据《信访工作条例》第三十二条等规定，对" YOU
                                  "的信访事项作出上述处理意见。");

  ld_document_add_heading (doc, 1, "处理结果");
  g_string_printf (text, "综上，本机关对" YOU "信访事项的处理结果为：%s。",
                   reply != NULL && reply->outcome != LD_REPLY_OUTCOME_NONE
                   ? ld_reply_outcome_get_letter_text (reply->outcome) : LD_BUILDER_TO_FILL);
  ld_document_add_paragraph (doc, text->str);

  /* The right to a review (Art 35): to the organ one level up. */
  ld_document_add_paragraph (doc, "如对本处理意见不服，可以自收到本意见书之日起30日内向本机关的上一级机关请求复查。");

  add_signature (doc, settings, date);
  return doc;
}
