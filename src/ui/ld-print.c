/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ld-pdf-source.h"
#include "ld-print.h"

/* The last dialog choices (printer, copies …) for the next print in this run. */
static GtkPrintSettings *last_settings;

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Printing */

typedef struct
{
  GtkPrintOperation *operation;
  LdPdfSource       *source;
  GtkWindow         *parent;
  gboolean           done;
  gboolean           run_returned;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->operation);
  g_clear_object (&job->source);
  g_clear_object (&job->parent);
  g_free (job);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);
  double width, height, scale = 1.0;

  ld_pdf_source_get_page_size (job->source, page_nr, &width, &height);

  /* A4 on A4 is 1:1; only shrink (centred) when the paper is smaller. */
  if (width > paper_width + 0.5 || height > paper_height + 0.5)
    scale = MIN (paper_width / width, paper_height / height);

  cairo_save (cr);
  cairo_translate (cr, MAX (0, (paper_width - width * scale) / 2),
                   MAX (0, (paper_height - height * scale) / 2));
  cairo_scale (cr, scale, scale);
  ld_pdf_source_render_for_printing (job->source, page_nr, cr);
  cairo_restore (cr);
}

static void
handle_result (PrintJob                *job,
               GtkPrintOperationResult  result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (job->operation, &error);
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, _("The printer reported an error."));
      show_error (job->parent, _("Printing Failed"), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&last_settings, gtk_print_operation_get_print_settings (job->operation));
    }
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  job->done = TRUE;
  handle_result (job, result);
  if (job->run_returned)
    print_job_free (job);
}

static PrintJob *
print_job_new (GtkWindow   *parent,
               LdPdfSource *source,
               const char  *job_name)
{
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  PrintJob *job;

  job = g_new0 (PrintJob, 1);
  job->source = source;
  job->parent = parent ? g_object_ref (parent) : NULL;
  job->operation = gtk_print_operation_new ();

  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  gtk_print_operation_set_default_page_setup (job->operation, page_setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (job->operation, last_settings);
  gtk_print_operation_set_job_name (job->operation, job_name ? job_name : _("Document"));
  gtk_print_operation_set_n_pages (job->operation, ld_pdf_source_get_n_pages (source));
  /* The PDF already has its GB/T 9704 margins: draw from the paper's corner in points. */
  gtk_print_operation_set_use_full_page (job->operation, TRUE);
  gtk_print_operation_set_unit (job->operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (job->operation, TRUE);

  g_signal_connect (job->operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return job;
}

void
ld_print_pdf (GtkWindow  *parent,
              GBytes     *pdf,
              const char *job_name)
{
  ld_print_pdf_at_page (parent, pdf, job_name, -1);
}

void
ld_print_pdf_at_page (GtkWindow  *parent,
                      GBytes     *pdf,
                      const char *job_name,
                      int         current_page)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  LdPdfSource *source;
  PrintJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (pdf != NULL);

  source = ld_pdf_source_new (pdf, &error);
  if (source == NULL)
    {
      show_error (parent, _("Printing Failed"), error);
      return;
    }

  job = print_job_new (parent, source, job_name);
  if (current_page >= 0 && current_page < ld_pdf_source_get_n_pages (source))
    gtk_print_operation_set_current_page (job->operation, current_page);
  gtk_print_operation_set_allow_async (job->operation, TRUE);
  g_signal_connect (job->operation, "done", G_CALLBACK (done_cb), job);

  result = gtk_print_operation_run (job->operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  job->run_returned = TRUE;

  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS && !job->done)
    return;  /* done_cb finishes the job */

  if (!job->done)
    {
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
        show_error (parent, _("Printing Failed"), error);
      else
        handle_result (job, result);
    }
  print_job_free (job);
}

gboolean
ld_print_pdf_to_file (GBytes      *pdf,
                      const char  *job_name,
                      GFile       *file,
                      GError     **error)
{
  g_autofree char *path = NULL;
  GtkPrintOperationResult result;
  LdPdfSource *source;
  PrintJob *job;

  g_return_val_if_fail (pdf != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Printing to a file needs a local file."));
      return FALSE;
    }

  source = ld_pdf_source_new (pdf, error);
  if (source == NULL)
    return FALSE;

  job = print_job_new (NULL, source, job_name);
  gtk_print_operation_set_export_filename (job->operation, path);
  result = gtk_print_operation_run (job->operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  print_job_free (job);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Saving */

static void
contents_replaced_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_object_ref (object), g_object_unref);
}

static void
write_file (GTask *task,
            GFile *file)
{
  GBytes *pdf = g_task_get_task_data (task);

  /* Written to a temporary file and renamed over the target: never half a PDF. */
  g_file_replace_contents_bytes_async (file, pdf, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       g_task_get_cancellable (task), contents_replaced_cb, task);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  GTask *task = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Saving was cancelled."));
      g_object_unref (task);
      return;
    }

  write_file (task, file);
}

static char *
make_file_name (const char *suggested_name)
{
  g_autofree char *name = g_strdup (suggested_name && *suggested_name ? suggested_name : _("Document"));

  /* A document title or number may contain a slash; a file name cannot. */
  g_strdelimit (name, "/\\", '-');
  if (!g_str_has_suffix (name, ".pdf") && !g_str_has_suffix (name, ".PDF"))
    return g_strconcat (name, ".pdf", NULL);
  return g_steal_pointer (&name);
}

void
ld_save_pdf_as (GtkWindow           *parent,
                GBytes              *pdf,
                const char          *suggested_name,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  const char *documents;
  GTask *task;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (pdf != NULL);

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_save_pdf_as);
  g_task_set_task_data (task, g_bytes_ref (pdf), (GDestroyNotify) g_bytes_unref);

  chooser = gtk_file_chooser_native_new (_("Save as PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  name = make_file_name (suggested_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  /* The chooser holds no reference to itself: ours lasts until the response. */
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
ld_save_pdf_to_file (GFile               *file,
                     GBytes              *pdf,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (pdf != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_save_pdf_as);
  g_task_set_task_data (task, g_bytes_ref (pdf), (GDestroyNotify) g_bytes_unref);
  write_file (task, file);
}

gboolean
ld_save_pdf_as_finish (GAsyncResult  *result,
                       GFile        **file,
                       GError       **error)
{
  g_autoptr(GFile) saved = NULL;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ld_save_pdf_as, FALSE);

  saved = g_task_propagate_pointer (G_TASK (result), error);
  if (saved == NULL)
    return FALSE;

  if (file != NULL)
    *file = g_steal_pointer (&saved);
  return TRUE;
}
