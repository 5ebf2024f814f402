/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <fontconfig/fontconfig.h>
#include <glib.h>

G_BEGIN_DECLS

/* Fast copies of CFF-flavoured CJK fonts such as Noto Serif CJK.
 *
 * cairo 1.16 copies a font's whole CFF table (25 MB for Noto Serif CJK)
 * twice per PDF and drags its subroutines into every embedded subset (about
 * 1.5 kB per glyph), so each such face costs ~10 ms and the PDF grows by
 * hundreds of kB. A copy of the face cut down with HarfBuzz to the
 * characters of GB 2312 (plus Latin and punctuation), with subroutines
 * expanded, has the same outlines yet embeds ten times smaller and faster.
 * The copy is made once and kept in the user's cache directory; it gets its
 * own family name ("LD Fast " + family) so that characters outside it fall
 * back to the full font. Set LD_DOCS_FONT_CACHE=off to do without. */

#define LD_FONT_CACHE_PREFIX "LD Fast "

/* The path of the fast copy of the face of @family at @fc_weight (an
 * FC_WEIGHT value), making it if needed; NULL when the face is not CFF,
 * the cache is disabled or the copy cannot be made (not an error: the full
 * font is then used). */
char     *ld_font_cache_ensure_copy   (const char *family,
                                       int         fc_weight);

/* A fontconfig configuration with the system's fonts and the fast copies at
 * @paths (NULL-terminated; may be empty). */
FcConfig *ld_font_cache_create_config (const char * const *paths);

G_END_DECLS
