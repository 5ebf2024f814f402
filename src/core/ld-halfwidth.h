/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns a copy of the UTF-8 @text with full-width ASCII forms
 * (U+FF01–U+FF5E, e.g. "１２３４", "Ｘ", "－") turned into their ASCII
 * equivalents and the ideographic space U+3000 into " ", because people
 * type numbers with a Chinese input method switched to full width.
 * When @strip_spaces is TRUE every whitespace character is dropped.
 * Returns NULL when @text is not valid UTF-8. */
char *ld_halfwidth_normalize (const char *text,
                              gboolean    strip_spaces);

G_END_DECLS
