/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* The typefaces GB/T 9704 asks for, by the job they do on the page. */
typedef enum
{
  LD_FONT_ROLE_TITLE,        /* 小标宋: the title */
  LD_FONT_ROLE_BODY,         /* 仿宋: body text, level 3–4 headings, tables, 版记 */
  LD_FONT_ROLE_HEADING1,     /* 黑体: level 1 headings */
  LD_FONT_ROLE_HEADING2,     /* 楷体: level 2 headings */
  LD_FONT_ROLE_PAGE_NUMBER,  /* 宋体: page numbers */
  LD_N_FONT_ROLES
} LdFontRole;

/* The installed family chosen for @role: the first of the role's fallback
 * chain that fontconfig really has (not a substitute). Resolved once and
 * cached for the process; thread-safe. Fails with LD_DOCS_ERROR_NO_FONT when
 * no CJK font at all is installed. */
const char           *ld_fonts_get_family     (LdFontRole   role,
                                               GError     **error);

/* The font map documents are laid out with, for the calling thread: it
 * knows the fast copies of the CFF fonts (see ld-font-cache.h). */
PangoFontMap         *ld_fonts_get_font_map   (void);

/* A new description of @role's font at @size_pt points (with the weight the
 * fallback needs, e.g. bold Noto Serif standing in for 小标宋). */
PangoFontDescription *ld_fonts_describe       (LdFontRole   role,
                                               double       size_pt,
                                               GError     **error);

/* The fallback chain of @role, NULL-terminated, most preferred first. */
const char * const   *ld_fonts_get_chain      (LdFontRole   role);

/* The first family of @families that is installed, else any installed
 * Chinese font; LD_DOCS_ERROR_NO_FONT when there is none. Not cached
 * (exposed for tests). */
char                 *ld_fonts_resolve_chain  (const char * const *families,
                                               gboolean            allow_any_cjk,
                                               GError            **error);

/* Whether fontconfig has a font whose family (any of its localised names)
 * is @family. */
gboolean              ld_fonts_family_installed (const char *family);

G_END_DECLS
