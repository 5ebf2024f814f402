/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-document.h"

G_BEGIN_DECLS

/* Lays @document out to PDF (ld_document_render_pdf()) in a worker thread, so
 * an editor can preview every change without blocking typing. The caller
 * must not change @document afterwards: build a new one per edit. */
void    ld_pdf_render_job_run_async  (LdDocument           *document,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
GBytes *ld_pdf_render_job_run_finish (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
