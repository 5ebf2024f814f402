/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-fonts"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "ld-docs-error.h"
#include "ld-font-cache.h"
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

/* Resolved once per process: the family per role (NULL when none), the
 * family of its fast copy (or NULL), and the fontconfig configuration that
 * knows the copies. */
static char *role_families[LD_N_FONT_ROLES];
static char *fast_families[LD_N_FONT_ROLES];
static FcConfig *private_config;
static GPrivate thread_font_map = G_PRIVATE_INIT (g_object_unref);

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

static gboolean
uses_bold_stand_in (LdFontRole  role,
                    const char *family)
{
  /* 小标宋 is a heavy Song face; without it, bold Song is the closest look. */
  return role == LD_FONT_ROLE_TITLE && !g_str_has_prefix (family, "方正") && !g_str_has_prefix (family, "FZ");
}

static void
resolve_all (void)
{
  static gsize resolved = 0;

  if (g_once_init_enter (&resolved))
    {
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (int role = 0; role < LD_N_FONT_ROLES; role++)
        {
          char *path;

          role_families[role] = ld_fonts_resolve_chain (chains[role], TRUE, NULL);
          if (role_families[role] == NULL)
            continue;
          path = ld_font_cache_ensure_copy (role_families[role], uses_bold_stand_in (role, role_families[role])
                                                            ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
          if (path == NULL)
            continue;
          fast_families[role] = g_strconcat (LD_FONT_CACHE_PREFIX, role_families[role], NULL);
          if (!g_ptr_array_find_with_equal_func (paths, path, g_str_equal, NULL))
            g_ptr_array_add (paths, path);
          else
            g_free (path);
        }
      if (paths->len > 0)
        {
          g_ptr_array_add (paths, NULL);
          private_config = ld_font_cache_create_config ((const char * const *) paths->pdata);
        }
      g_once_init_leave (&resolved, 1);
    }
}

const char *
ld_fonts_get_family (LdFontRole   role,
                     GError     **error)
{
  g_return_val_if_fail (role < LD_N_FONT_ROLES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  resolve_all ();
  if (role_families[role] == NULL)
    {
      g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_NO_FONT,
                   _("No Chinese font is installed, so official documents cannot be laid out. "
                     "Install the package fonts-noto-cjk (for example: sudo apt install fonts-noto-cjk)."));
      return NULL;
    }
  return role_families[role];
}

PangoFontMap *
ld_fonts_get_font_map (void)
{
  PangoFontMap *map;

  resolve_all ();
  if (private_config == NULL)
    return pango_cairo_font_map_get_default ();

  /* Pango font maps are not thread-safe: one per thread, all sharing the
   * read-only configuration. */
  map = g_private_get (&thread_font_map);
  if (map == NULL)
    {
      map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
      if (map == NULL || !PANGO_IS_FC_FONT_MAP (map))
        {
          g_clear_object (&map);
          return pango_cairo_font_map_get_default ();
        }
      pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), private_config);
      g_private_set (&thread_font_map, map);
    }
  return map;
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
  /* The fast copy first; what it lacks comes from the full font. */
  if (fast_families[role] != NULL)
    {
      g_autofree char *list = g_strdup_printf ("%s,%s", fast_families[role], family);

      pango_font_description_set_family (desc, list);
    }
  else
    pango_font_description_set_family (desc, family);
  pango_font_description_set_size (desc, (int) (size_pt * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (desc, uses_bold_stand_in (role, family) ? PANGO_WEIGHT_BOLD
                                                                             : PANGO_WEIGHT_NORMAL);

  return desc;
}
