/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>

#include "ld-docs-error.h"
#include "ld-fonts.h"

/* The standard government fonts come first (users who own them get the real
 * look); then what Debian ships. Noto Serif CJK SC closes every chain because
 * fonts-noto-cjk is the one font package the install script guarantees. */
static const char * const title_chain[] = {
  "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05",
  "Noto Serif CJK SC", NULL
};
static const char * const body_chain[] = {
  "仿宋_GB2312", "FangSong_GB2312", "FangSong", "仿宋", "STFangsong",
  "Noto Serif CJK SC", NULL
};
static const char * const heading1_chain[] = {
  "黑体", "SimHei", "Noto Sans CJK SC", "Noto Serif CJK SC", NULL
};
static const char * const heading2_chain[] = {
  "楷体_GB2312", "KaiTi_GB2312", "KaiTi", "楷体", "AR PL UKai CN", "LXGW WenKai",
  "Noto Serif CJK SC", NULL
};
static const char * const page_number_chain[] = {
  "宋体", "SimSun", "Noto Serif CJK SC", NULL
};

static const char * const *chains[LD_N_FONT_ROLES] = {
  title_chain, body_chain, heading1_chain, heading2_chain, page_number_chain,
};

static GMutex cache_lock;
static char *cache[LD_N_FONT_ROLES];

const char * const *
ld_fonts_get_chain (LdFontRole role)
{
  g_return_val_if_fail (role < LD_N_FONT_ROLES, NULL);

  return chains[role];
}

gboolean
ld_fonts_family_installed (const char *family)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *set;
  gboolean found = FALSE;

  g_return_val_if_fail (family != NULL, FALSE);

  if (!FcInit ())
    return FALSE;

  /* FcFontList only returns fonts that carry this family name, unlike
   * FcFontMatch, which always returns some substitute. */
  pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, (const FcChar8 *) family, (char *) NULL);
  objects = FcObjectSetBuild (FC_FAMILY, (char *) NULL);
  set = FcFontList (NULL, pattern, objects);
  if (set != NULL)
    {
      for (int i = 0; i < set->nfont && !found; i++)
        {
          FcChar8 *name;

          for (int j = 0; FcPatternGetString (set->fonts[i], FC_FAMILY, j, &name) == FcResultMatch; j++)
            if (g_ascii_strcasecmp ((const char *) name, family) == 0)
              {
                found = TRUE;
                break;
              }
        }
      FcFontSetDestroy (set);
    }
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return found;
}

static char *
find_any_cjk_family (void)
{
  FcPattern *pattern;
  FcObjectSet *objects;
  FcFontSet *set;
  FcLangSet *langs;
  char *result = NULL;

  if (!FcInit ())
    return NULL;

  pattern = FcPatternCreate ();
  langs = FcLangSetCreate ();
  FcLangSetAdd (langs, (const FcChar8 *) "zh-cn");
  FcPatternAddLangSet (pattern, FC_LANG, langs);
  objects = FcObjectSetBuild (FC_FAMILY, (char *) NULL);
  set = FcFontList (NULL, pattern, objects);
  if (set != NULL)
    {
      FcChar8 *name;

      if (set->nfont > 0 && FcPatternGetString (set->fonts[0], FC_FAMILY, 0, &name) == FcResultMatch)
        result = g_strdup ((const char *) name);
      FcFontSetDestroy (set);
    }
  FcObjectSetDestroy (objects);
  FcLangSetDestroy (langs);
  FcPatternDestroy (pattern);

  return result;
}

char *
ld_fonts_resolve_chain (const char * const  *families,
                        gboolean             allow_any_cjk,
                        GError             **error)
{
  char *any;

  g_return_val_if_fail (families != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (int i = 0; families[i] != NULL; i++)
    if (ld_fonts_family_installed (families[i]))
      return g_strdup (families[i]);

  if (allow_any_cjk && (any = find_any_cjk_family ()) != NULL)
    return any;

  g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_NO_FONT,
               _("No Chinese font is installed, so official documents cannot be laid out. "
                 "Install the package fonts-noto-cjk (for example: sudo apt install fonts-noto-cjk)."));
  return NULL;
}

const char *
ld_fonts_get_family (LdFontRole   role,
                     GError     **error)
{
  const char *family;

  g_return_val_if_fail (role < LD_N_FONT_ROLES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&cache_lock);
  if (cache[role] == NULL)
    cache[role] = ld_fonts_resolve_chain (chains[role], TRUE, error);
  family = cache[role];
  g_mutex_unlock (&cache_lock);

  return family;
}

PangoFontDescription *
ld_fonts_describe (LdFontRole   role,
                   double       size_pt,
                   GError     **error)
{
  PangoFontDescription *desc;
  const char *family;

  g_return_val_if_fail (size_pt > 0, NULL);

  family = ld_fonts_get_family (role, error);
  if (family == NULL)
    return NULL;

  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, family);
  pango_font_description_set_size (desc, (int) (size_pt * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (desc, PANGO_WEIGHT_NORMAL);

  /* 小标宋 is a heavy Song face; without it, bold Song is the closest look. */
  if (role == LD_FONT_ROLE_TITLE && !g_str_has_prefix (family, "方正") && !g_str_has_prefix (family, "FZ"))
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);

  return desc;
}
