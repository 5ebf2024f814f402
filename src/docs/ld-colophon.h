/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ld-document.h"

G_BEGIN_DECLS

/* 版记: the 抄送 and 印发 lines in 4号仿宋 between rules at the foot of the
 * last page (GB/T 9704-2012 7.4). */
typedef struct _LdColophon LdColophon;

/* NULL when @doc has neither 抄送 nor 印发. */
LdColophon *ld_colophon_new      (PangoContext               *context,
                                  LdDocument                 *doc,
                                  const PangoFontDescription *font);
void        ld_colophon_free     (LdColophon                 *self);
/* Grid lines it takes at the foot of the page. */
guint       ld_colophon_get_rows (LdColophon                 *self);
void        ld_colophon_draw     (LdColophon                 *self,
                                  cairo_t                    *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdColophon, ld_colophon_free)

G_END_DECLS
