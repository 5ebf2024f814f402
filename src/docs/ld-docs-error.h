/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LD_DOCS_ERROR (ld_docs_error_quark ())

typedef enum
{
  LD_DOCS_ERROR_FAILED,       /* cairo or Pango failed */
  LD_DOCS_ERROR_NO_FONT,      /* no font of a role's fallback chain is installed */
  LD_DOCS_ERROR_BAD_IMAGE,    /* the seal image is not a readable PNG */
  LD_DOCS_ERROR_INCOMPLETE,   /* the document lacks a part it needs */
} LdDocsError;

GQuark ld_docs_error_quark (void);

G_END_DECLS
