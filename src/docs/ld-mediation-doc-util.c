/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-docs"

#include "config.h"

#include <time.h>

#include "ld-mediation-docs-private.h"

/* The least width of a column of signature lines, in characters. */
#define SIGN_ROOM 12

char *
ld_mediation_doc_format_count (int n)
{
  static const char *const digits[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

  g_return_val_if_fail (n >= 0 && n < 100, g_strdup_printf ("%d", n));

  /* Before a measure word two is 两 (一式两份), but 十二, 二十 stay. */
  if (n == 2)
    return g_strdup ("两");
  if (n < 10)
    return g_strdup (digits[n]);
  /* 十, 十一 … 十九, 二十, 二十一 … */
  return g_strconcat (n >= 20 ? digits[n / 10] : "", "十", n % 10 != 0 ? digits[n % 10] : "", NULL);
}

const char *
ld_mediation_doc_get_committee (LdMediationCase *mcase,
                                LdOrgSettings   *settings)
{
  const char *committee = ld_mediation_case_get_committee (mcase);

  /* A people's mediation committee is a mass organisation (人民调解法
   * Art 7–8), never the government: a blank one stays to fill in. */
  if (ld_builder_is_blank (committee) && settings != NULL
      && ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE)
    committee = ld_org_settings_get_organisation_name (settings);
  return ld_builder_or_to_fill (committee);
}

const GDate *
ld_mediation_doc_pick_date (const GDate *own,
                            const GDate *given)
{
  return own != NULL && g_date_valid (own) ? own : given;
}

void
ld_mediation_doc_reference_date (const GDate *date,
                                 GDate       *out)
{
  if (date != NULL && g_date_valid (date))
    {
      *out = *date;
      return;
    }
  g_date_clear (out, 1);
  g_date_set_time_t (out, time (NULL));
}

void
ld_mediation_doc_sign (LdDocument      *doc,
                       LdMediationCase *mcase,
                       LdOrgSettings   *settings,
                       const GDate     *date)
{
  const char *committee = ld_mediation_doc_get_committee (mcase, settings);
  const char *organisation = settings != NULL ? ld_org_settings_get_organisation_name (settings) : NULL;
  GBytes *seal = settings != NULL ? ld_org_settings_get_seal_png (settings) : NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  ld_document_add_signatory (doc, committee);
  ld_builder_set_date (doc, date);

  /* The committee seals a people's mediation agreement with its own seal
   * (Art 29), which the settings do not hold. */
  if (ld_mediation_case_get_kind (mcase) != LD_MEDIATION_KIND_ADMINISTRATIVE)
    return;
  if (seal == NULL || ld_builder_is_blank (organisation))
    return;
  a = g_strstrip (g_strdup (committee));
  b = g_strstrip (g_strdup (organisation));
  if (g_str_equal (a, b))
    ld_document_set_seal_png (doc, seal);
}

GStrv
ld_mediation_doc_split_mediators (LdMediationCase *mcase)
{
  g_autoptr(GString) text = g_string_new (ld_mediation_case_get_mediators (mcase));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  g_string_replace (text, "，", "、", 0);
  g_string_replace (text, ",", "、", 0);
  g_string_replace (text, "　", "、", 0);
  g_string_replace (text, " ", "、", 0);
  parts = g_strsplit (text->str, "、", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (!ld_builder_is_blank (parts[i]))
      g_strv_builder_add (names, g_strstrip (parts[i]));
  return g_strv_builder_end (names);
}

const char *
ld_mediation_doc_mediator_title (LdMediationCase *mcase)
{
  return ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE ? "调解人员" : "人民调解员";
}

const char *
ld_mediation_doc_latest_recorder (LdMediationCase *mcase)
{
  GPtrArray *sessions = ld_mediation_case_get_sessions (mcase);
  const char *any = "";

  for (guint i = sessions->len; i > 0; i--)
    {
      const LdMediationSession *session = g_ptr_array_index (sessions, i - 1);

      if (ld_builder_is_blank (session->recorder))
        continue;
      if (session->kind == LD_SESSION_KIND_MEDIATION)
        return session->recorder;
      if (*any == '\0')
        any = session->recorder;
    }
  return any;
}

void
ld_mediation_doc_append_mediator_cells (GPtrArray       *cells,
                                        LdMediationCase *mcase,
                                        const char      *title,
                                        const char      *recorder)
{
  g_auto(GStrv) mediators = ld_mediation_doc_split_mediators (mcase);

  if (title == NULL)
    title = ld_mediation_doc_mediator_title (mcase);
  /* Rows start on the left. */
  if (cells->len % 2 != 0)
    g_ptr_array_add (cells, g_strdup (""));
  for (guint i = 0; mediators[i] != NULL; i++)
    g_ptr_array_add (cells, g_strdup_printf ("%s：%s", title, mediators[i]));
  if (mediators[0] == NULL)
    g_ptr_array_add (cells, g_strdup_printf ("%s：", title));
  g_ptr_array_add (cells, g_strdup_printf ("记录人：%s", recorder != NULL ? recorder : ""));
}

void
ld_mediation_doc_add_signature_rows (LdDocument *doc,
                                     const char *lead,
                                     GPtrArray  *cells)
{
  g_autoptr(GPtrArray) table = g_ptr_array_new ();
  g_autoptr(GString) room = g_string_new (NULL);
  guint n_rows = (cells->len + 1) / 2;

  if (n_rows == 0)
    return;

  /* Columns are as wide as their widest cell: an empty row of ideographic
   * spaces keeps each at least SIGN_ROOM characters wide, so that short
   * names leave room to sign beside them. */
  for (guint i = 0; i < SIGN_ROOM; i++)
    g_string_append (room, "\u3000");

  /* A line of space between the text and what is signed. The space, the
   * lead and the lines stay on one page with the end of the text, so that
   * no page holds only what is signed. */
  ld_document_add_unruled_table (doc, 1, 1, (const char * const []) { "" });
  ld_document_keep_with_previous (doc);
  ld_document_add_flush_paragraph (doc, lead);
  ld_document_keep_with_previous (doc);
  for (guint r = 0; r < n_rows; r++)
    {
      /* The last row needs no room of its own: the signature or the date
       * comes a line below it. */
      if (r > 0)
        {
          g_ptr_array_add (table, r == 1 ? room->str : (gpointer) "");
          g_ptr_array_add (table, r == 1 ? room->str : (gpointer) "");
        }
      for (guint c = 0; c < 2; c++)
        g_ptr_array_add (table, 2 * r + c < cells->len ? g_ptr_array_index (cells, 2 * r + c) : (gpointer) "");
    }
  ld_document_add_unruled_table (doc, 2 * n_rows - 1, 2, (const char * const *) table->pdata);
  ld_document_keep_with_previous (doc);
}
