/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ld-docs-error.h"
#include "ld-fonts.h"
#include "ld-sample-letter.h"
#include "test-docs-util.h"

static gboolean
in_chain (LdFontRole  role,
          const char *family)
{
  const char * const *chain = ld_fonts_get_chain (role);

  for (guint i = 0; chain[i] != NULL; i++)
    if (g_str_equal (chain[i], family))
      return TRUE;
  return FALSE;
}

/* The first installed family of the chain, computed independently. */
static const char *
first_installed (LdFontRole role)
{
  const char * const *chain = ld_fonts_get_chain (role);

  for (guint i = 0; chain[i] != NULL; i++)
    if (ld_fonts_family_installed (chain[i]))
      return chain[i];
  return NULL;
}

static void
test_roles_resolve (void)
{
  for (int role = 0; role < LD_N_FONT_ROLES; role++)
    {
      g_autoptr(GError) error = NULL;
      const char *family = ld_fonts_get_family (role, &error);

      g_assert_no_error (error);
      g_assert_nonnull (family);
      g_test_message ("role %d: %s", role, family);
      /* fonts-noto-cjk is installed, so every chain resolves inside itself
       * (never through the any-CJK-font last resort) … */
      g_assert_true (in_chain (role, family));
      g_assert_true (ld_fonts_family_installed (family));
      /* … to its most preferred installed family, cached. */
      g_assert_cmpstr (family, ==, first_installed (role));
      g_assert_true (ld_fonts_get_family (role, NULL) == family);
    }
}

static void
test_debian_fallbacks (void)
{
  /* What Debian ships stands in when the commercial fonts are missing. */
  if (!ld_fonts_family_installed ("仿宋_GB2312") && !ld_fonts_family_installed ("FangSong")
      && !ld_fonts_family_installed ("仿宋") && !ld_fonts_family_installed ("FangSong_GB2312")
      && !ld_fonts_family_installed ("STFangsong"))
    g_assert_cmpstr (ld_fonts_get_family (LD_FONT_ROLE_BODY, NULL), ==, "Noto Serif CJK SC");
  if (!ld_fonts_family_installed ("黑体") && !ld_fonts_family_installed ("SimHei"))
    g_assert_cmpstr (ld_fonts_get_family (LD_FONT_ROLE_HEADING1, NULL), ==, "Noto Sans CJK SC");
  if (ld_fonts_family_installed ("AR PL UKai CN") && !ld_fonts_family_installed ("KaiTi")
      && !ld_fonts_family_installed ("楷体") && !ld_fonts_family_installed ("楷体_GB2312")
      && !ld_fonts_family_installed ("KaiTi_GB2312"))
    g_assert_cmpstr (ld_fonts_get_family (LD_FONT_ROLE_HEADING2, NULL), ==, "AR PL UKai CN");

  /* Every chain ends in the font the install script guarantees. */
  for (int role = 0; role < LD_N_FONT_ROLES; role++)
    {
      const char * const *chain = ld_fonts_get_chain (role);
      guint n = g_strv_length ((char **) chain);

      g_assert_cmpstr (chain[n - 1], ==, "Noto Serif CJK SC");
    }
}

static void
test_no_substitutes (void)
{
  const char * const missing[] = { "No Such Font Family 42", "方正不存在体", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *family = NULL;

  /* fontconfig always matches *something*; installed means the real name. */
  g_assert_false (ld_fonts_family_installed ("No Such Font Family 42"));
  g_assert_true (ld_fonts_family_installed ("Noto Serif CJK SC"));
  g_assert_true (ld_fonts_family_installed ("noto serif cjk sc"));

  family = ld_fonts_resolve_chain (missing, FALSE, &error);
  g_assert_null (family);
  g_assert_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_NO_FONT);
  g_assert_nonnull (strstr (error->message, "fonts-noto-cjk"));
  g_clear_error (&error);

  /* As a last resort any installed Chinese font will do. */
  family = ld_fonts_resolve_chain (missing, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (family);
  g_assert_true (ld_fonts_family_installed (family));
}

static void
test_describe (void)
{
  PangoFontDescription *title = ld_fonts_describe (LD_FONT_ROLE_TITLE, 22, NULL);
  PangoFontDescription *body = ld_fonts_describe (LD_FONT_ROLE_BODY, 16, NULL);

  g_assert_nonnull (title);
  g_assert_nonnull (body);
  g_assert_cmpint (pango_font_description_get_size (title), ==, 22 * PANGO_SCALE);
  g_assert_cmpint (pango_font_description_get_size (body), ==, 16 * PANGO_SCALE);
  g_assert_cmpstr (pango_font_description_get_family (body), ==, ld_fonts_get_family (LD_FONT_ROLE_BODY, NULL));
  /* Bold Song stands in for 小标宋. */
  if (g_str_equal (ld_fonts_get_family (LD_FONT_ROLE_TITLE, NULL), "Noto Serif CJK SC"))
    g_assert_cmpint (pango_font_description_get_weight (title), ==, PANGO_WEIGHT_BOLD);
  g_assert_cmpint (pango_font_description_get_weight (body), ==, PANGO_WEIGHT_NORMAL);
  pango_font_description_free (title);
  pango_font_description_free (body);
}

static char *
postscript_stem (const char *family)
{
  g_autoptr(GString) stem = g_string_new (NULL);

  /* "Noto Serif CJK SC" appears as "NotoSerifCJKsc-…", "AR PL UKai CN" as "UKaiCN". */
  for (const char *p = g_str_has_prefix (family, "AR PL ") ? family + 6 : family; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (stem, g_ascii_tolower (*p));
  return g_strdup (stem->str);
}

/* Each role's font ends up in the PDF, embedded and subset. */
static void
test_embedded_families (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new ("××律师事务所", 8);
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  PopplerFontInfo *info = poppler_font_info_new (pdf->doc);
  PopplerFontsIter *iter = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  const LdFontRole roles[] = { LD_FONT_ROLE_TITLE, LD_FONT_ROLE_BODY, LD_FONT_ROLE_HEADING1, LD_FONT_ROLE_HEADING2 };

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_autofree char *lower = g_ascii_strdown (poppler_fonts_iter_get_name (iter), -1);

          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
          g_string_append_printf (names, "%s ", lower);
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);

  g_test_message ("fonts: %s", names->str);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const char *family = ld_fonts_get_family (roles[i], NULL);
      g_autofree char *stem = postscript_stem (family);

      /* Only Latin family names can be checked against PostScript names. */
      if (g_str_is_ascii (family))
        g_assert_nonnull (strstr (names->str, stem));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/fonts/roles-resolve", test_roles_resolve);
  g_test_add_func ("/docs/fonts/debian-fallbacks", test_debian_fallbacks);
  g_test_add_func ("/docs/fonts/no-substitutes", test_no_substitutes);
  g_test_add_func ("/docs/fonts/describe", test_describe);
  g_test_add_func ("/docs/fonts/embedded-families", test_embedded_families);

  return g_test_run ();
}
