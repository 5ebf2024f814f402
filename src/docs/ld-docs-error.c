/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-docs-error.h"

G_DEFINE_QUARK (ld-docs-error-quark, ld_docs_error)
