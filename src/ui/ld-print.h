/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Printing and saving PDF bytes exactly as they are (drafts and issued
 * documents alike).
 */

/* Shows the print dialog and prints @pdf page by page with Poppler, PDF
 * points mapped 1:1 onto the paper (A4 by default). Failures are shown to the
 * user in a dialog on @parent. */
void     ld_print_pdf          (GtkWindow            *parent,
                                GBytes               *pdf,
                                const char           *job_name);

/* The same, offering "Current Page" for page @current_page (0-based; -1 for none). */
void     ld_print_pdf_at_page  (GtkWindow            *parent,
                                GBytes               *pdf,
                                const char           *job_name,
                                int                   current_page);

/* Runs the same print job without a dialog into a PDF file at @file: what
 * the printer would get. */
gboolean ld_print_pdf_to_file  (GBytes               *pdf,
                                const char           *job_name,
                                GFile                *file,
                                GError              **error);

/* Asks where to save @pdf (suggesting @suggested_name, ".pdf" added when
 * missing) and writes it atomically. Finishes with G_IO_ERROR_CANCELLED when
 * the user cancels; @file receives the saved file on success. */
void     ld_save_pdf_as        (GtkWindow            *parent,
                                GBytes               *pdf,
                                const char           *suggested_name,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data);
gboolean ld_save_pdf_as_finish (GAsyncResult         *result,
                                GFile               **file,
                                GError              **error);

/* The same without the dialog, for callers that already have a file;
 * finish with ld_save_pdf_as_finish(). */
void     ld_save_pdf_to_file   (GFile                *file,
                                GBytes               *pdf,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data);

G_END_DECLS
