/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-document.h"

G_BEGIN_DECLS

/* Lays @doc out per GB/T 9704-2012 (A4, 22 lines of 28 characters, the
 * standard fonts or their Debian stand-ins) and returns the PDF. Fonts are
 * embedded as subsets with ToUnicode maps, so the text extracts exactly.
 * Safe to call from a worker thread (one document per call). Errors are in
 * LD_DOCS_ERROR: NO_FONT, BAD_IMAGE (seal), INCOMPLETE (no title), FAILED. */
GBytes *ld_document_render_pdf (LdDocument  *doc,
                                GError     **error);

G_END_DECLS
