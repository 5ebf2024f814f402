/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when the UTF-8 @text is empty or only white space (any Unicode
 * space, the ideographic U+3000 too), as the validators treat a field the
 * user has not really filled in. */
gboolean ld_text_is_blank (const char *text);

G_END_DECLS
