/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "ld-docs-error.h"
#include "ld-font-cache.h"
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
  /* The family itself, or its fast copy followed by it for what the copy lacks. */
  {
    const char *family = pango_font_description_get_family (body);
    g_autofree char *with_copy = g_strdup_printf ("LD Fast %s,%s", ld_fonts_get_family (LD_FONT_ROLE_BODY, NULL),
                                                  ld_fonts_get_family (LD_FONT_ROLE_BODY, NULL));

    g_assert_true (g_str_equal (family, ld_fonts_get_family (LD_FONT_ROLE_BODY, NULL))
                   || g_str_equal (family, with_copy));
  }
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

static gboolean
config_has_family (FcConfig   *config,
                   const char *family)
{
  FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, (const FcChar8 *) family, (char *) NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, (char *) NULL);
  FcFontSet *set = FcFontList (config, pattern, objects);
  gboolean found = set != NULL && set->nfont > 0;

  if (set != NULL)
    FcFontSetDestroy (set);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return found;
}

/* The fast copy of a CFF face: much smaller, known to the private
 * configuration under its own family, never made for TrueType faces. */
static void
test_fast_copy (void)
{
  g_autofree char *path = NULL;
  g_autofree char *ukai = NULL;
  const char * const paths[2] = { NULL, NULL };
  FcConfig *config;
  GStatBuf st;

  if (g_strcmp0 (g_getenv ("LD_DOCS_FONT_CACHE"), "off") == 0)
    {
      g_test_skip ("LD_DOCS_FONT_CACHE=off");
      return;
    }

  path = ld_font_cache_ensure_copy ("Noto Serif CJK SC", FC_WEIGHT_REGULAR);
  g_assert_nonnull (path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000000);
  g_assert_cmpint (st.st_size, <, 10000000);
  /* Made once: the same file the second time. */
  {
    g_autofree char *again = ld_font_cache_ensure_copy ("Noto Serif CJK SC", FC_WEIGHT_REGULAR);

    g_assert_cmpstr (again, ==, path);
  }

  ((const char **) paths)[0] = path;
  config = ld_font_cache_create_config (paths);
  g_assert_true (config_has_family (config, "LD Fast Noto Serif CJK SC"));
  g_assert_true (config_has_family (config, "Noto Serif CJK SC"));
  /* Outside the private configuration nothing changes. */
  g_assert_false (ld_fonts_family_installed ("LD Fast Noto Serif CJK SC"));
  FcConfigDestroy (config);

  if (ld_fonts_family_installed ("AR PL UKai CN"))
    {
      ukai = ld_font_cache_ensure_copy ("AR PL UKai CN", FC_WEIGHT_BOOK);
      g_assert_null (ukai);
    }
  g_assert_null (ld_font_cache_ensure_copy ("No Such Font Family 42", FC_WEIGHT_REGULAR));
}

/* Characters outside the fast copies (rare name characters, not in
 * GB 2312) come from the full font and still extract exactly. */
static void
test_outside_repertoire (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("关于王堃与李㛃纠纷的调解意见");
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *model = NULL;
  g_autofree char *expected = NULL;
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;

  ld_document_add_heading (doc, 1, "当事人喆、堃、犇");
  ld_document_add_paragraph (doc, "申请人王堃，被申请人李㛃，第三人赟、玥、旻，均同意调解。");
  pdf = tpdf_render (doc);
  text = tpdf_text (pdf);
  model = ld_document_to_text (doc);
  expected = strip_whitespace (model);
  g_assert_cmpstr (text, ==, expected);

  info = poppler_font_info_new (pdf->doc);
  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);
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
  g_test_add_func ("/docs/fonts/fast-copy", test_fast_copy);
  g_test_add_func ("/docs/fonts/outside-repertoire", test_outside_repertoire);

  return g_test_run ();
}
