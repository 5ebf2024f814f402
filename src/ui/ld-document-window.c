/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-document-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ld-document-window.h"
#include "ld-print.h"
#include "ld-ui-resources.h"

struct _LdDocumentWindow
{
  AdwWindow            parent_instance;

  AdwWindowTitle      *window_title;
  GtkMenuButton       *zoom_button;
  GtkWidget           *issue_button;
  GtkWidget           *tamper_bar;
  AdwToastOverlay     *toast_overlay;
  LdPdfPreview        *preview;

  char                *title;
  char                *number;
  GBytes              *pdf;

  LdDocumentIssueFunc  issue_func;
  gpointer             issue_data;
  GDestroyNotify       issue_destroy;

  GCancellable        *cancellable;
  gboolean             tampered;
};

G_DEFINE_FINAL_TYPE (LdDocumentWindow, ld_document_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (LdDocumentWindow *self,
       const char       *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
update_title (LdDocumentWindow *self)
{
  g_autofree char *title = NULL;

  if (self->number != NULL)
    /* Translators: a document window's title: the document's title and its issued number. */
    title = g_strdup_printf (C_("window title", "%s — %s"), self->title, self->number);
  else
    title = g_strdup (self->title);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
}

static void
update_issue_button (LdDocumentWindow *self)
{
  gboolean can_issue = self->issue_func != NULL && self->number == NULL;

  gtk_widget_set_visible (self->issue_button, can_issue);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "doc.issue", can_issue);
}

static void
update_actions (LdDocumentWindow *self)
{
  gboolean has_pages = ld_pdf_preview_get_n_pages (self->preview) > 0;
  double zoom = ld_pdf_preview_get_zoom (self->preview);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "doc.print", has_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "doc.save-as",
                                 self->pdf != NULL && ld_pdf_preview_get_error (self->preview) == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "doc.zoom-in", has_pages && zoom < LD_PDF_ZOOM_MAX - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "doc.zoom-out", has_pages && zoom > LD_PDF_ZOOM_MIN + 1e-6);
}

static void
preview_zoom_changed_cb (LdDocumentWindow *self)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level in the document window, e.g. "125%". */
  label = g_strdup_printf (_("%d%%"), (int) round (ld_pdf_preview_get_zoom (self->preview) * 100));
  gtk_menu_button_set_label (self->zoom_button, label);
  update_actions (self);
}

static void
preview_page_changed_cb (LdDocumentWindow *self)
{
  adw_window_title_set_subtitle (self->window_title,
                                 ld_pdf_preview_get_page_indicator (self->preview));
  update_actions (self);
}

/* Print and Save use what the preview was last given (or rendered). */
static void
preview_pdf_changed_cb (LdDocumentWindow *self)
{
  GBytes *pdf = ld_pdf_preview_get_pdf (self->preview);

  if (pdf != NULL)
    g_bytes_ref (pdf);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = pdf;
  update_actions (self);
}

static void
show_pdf (LdDocumentWindow *self,
          GBytes           *pdf)
{
  ld_pdf_preview_set_pdf (self->preview, pdf);
  preview_pdf_changed_cb (self);
}

/* Actions */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (widget);

  if (self->pdf != NULL)
    ld_print_pdf_at_page (GTK_WINDOW (self), self->pdf, self->number ? self->number : self->title,
                          ld_pdf_preview_get_current_page (self->preview));
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(LdDocumentWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!ld_save_pdf_as_finish (result, &file, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s is the reason, from the system. */
      message = g_strdup_printf (_("Could not save the PDF: %s"), error->message);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }

  toast (self, message);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (widget);

  if (self->pdf != NULL)
    ld_save_pdf_as (GTK_WINDOW (self), self->pdf, self->number ? self->number : self->title,
                    self->cancellable, saved_cb, g_object_ref (self));
}

static void
issue_now (LdDocumentWindow *self)
{
  g_autoptr(GBytes) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *message = NULL;

  if (self->issue_func == NULL || self->number != NULL)
    return;

  issued = self->issue_func (self, &number, self->issue_data, &error);
  if (issued == NULL || number == NULL)
    {
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Issue the Document"),
                                       error ? error->message : _("No number was assigned."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* From now on the window shows the stored bytes, whatever the editor does. */
  self->number = g_steal_pointer (&number);
  show_pdf (self, issued);
  update_title (self);
  update_issue_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);

  message = g_strdup_printf (_("Issued as %s"), self->number);
  toast (self, message);
}

static void
issue_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   LdDocumentWindow *self)
{
  if (g_strcmp0 (response, "issue") == 0)
    issue_now (self);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (self->issue_func == NULL || self->number != NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Issue this document?"),
                                                       _("Its number is assigned and the PDF is kept exactly as it is now; later edits will not change it.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "issue", C_("document", "_Issue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "issue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (issue_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (widget);

  if (g_str_equal (action_name, "doc.zoom-in"))
    ld_pdf_preview_zoom_in (self->preview);
  else if (g_str_equal (action_name, "doc.zoom-out"))
    ld_pdf_preview_zoom_out (self->preview);
  else if (g_str_equal (action_name, "doc.zoom-reset"))
    ld_pdf_preview_set_zoom (self->preview, 1.0);
  else if (g_str_equal (action_name, "doc.fit-width"))
    ld_pdf_preview_set_zoom_mode (self->preview, LD_PDF_ZOOM_FIT_WIDTH);
  else if (g_str_equal (action_name, "doc.fit-page"))
    ld_pdf_preview_set_zoom_mode (self->preview, LD_PDF_ZOOM_FIT_PAGE);
}

/* GObject */

static void
ld_document_window_dispose (GObject *object)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->issue_destroy != NULL)
    g_clear_pointer (&self->issue_data, self->issue_destroy);
  self->issue_func = NULL;
  g_clear_pointer (&self->pdf, g_bytes_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_DOCUMENT_WINDOW);

  G_OBJECT_CLASS (ld_document_window_parent_class)->dispose (object);
}

static void
ld_document_window_finalize (GObject *object)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (object);

  g_free (self->title);
  g_free (self->number);

  G_OBJECT_CLASS (ld_document_window_parent_class)->finalize (object);
}

static void
ld_document_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LdDocumentWindow *self = LD_DOCUMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_document_window_class_init (LdDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_document_window_dispose;
  object_class->finalize = ld_document_window_finalize;
  object_class->get_property = ld_document_window_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The resources live in a static library: referencing them links them in. */
  (void) ld_ui_get_resource ();
  g_type_ensure (LD_TYPE_PDF_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, issue_button);
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, tamper_bar);
  gtk_widget_class_bind_template_child (widget_class, LdDocumentWindow, preview);

  gtk_widget_class_install_action (widget_class, "doc.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "doc.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "doc.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "doc.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "doc.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "doc.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "doc.fit-width", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "doc.fit-page", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "doc.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "doc.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "doc.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "doc.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "doc.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "doc.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "doc.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "doc.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "doc.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ld_document_window_init (LdDocumentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  g_signal_connect_object (self->preview, "notify::zoom",
                           G_CALLBACK (preview_zoom_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "notify::page-indicator",
                           G_CALLBACK (preview_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "notify::n-pages",
                           G_CALLBACK (preview_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "notify::pdf",
                           G_CALLBACK (preview_pdf_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "notify::error",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);

  preview_zoom_changed_cb (self);
  update_issue_button (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->preview));
}

LdDocumentWindow *
ld_document_window_new (GtkWindow  *parent,
                        const char *title,
                        GBytes     *pdf)
{
  LdDocumentWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (LD_TYPE_DOCUMENT_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->title = g_strdup (title);
  update_title (self);
  show_pdf (self, pdf);

  return self;
}

LdDocumentWindow *
ld_document_window_new_issued (GtkWindow  *parent,
                               const char *title,
                               const char *number,
                               GBytes     *pdf)
{
  LdDocumentWindow *self;

  g_return_val_if_fail (number != NULL, NULL);
  g_return_val_if_fail (pdf != NULL, NULL);

  self = ld_document_window_new (parent, title, pdf);
  self->number = g_strdup (number);
  update_title (self);
  update_issue_button (self);
  return self;
}

LdDocumentWindow *
ld_document_window_new_for_issued (GtkWindow        *parent,
                                   LdIssuedDocument *issued)
{
  LdDocumentWindow *self;
  GBytes *pdf;
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (LD_IS_ISSUED_DOCUMENT (issued), NULL);
  g_return_val_if_fail (ld_issued_document_get_pdf (issued) != NULL, NULL);

  pdf = ld_issued_document_get_pdf (issued);
  self = ld_document_window_new_issued (parent, ld_issued_document_get_title (issued),
                                        ld_issued_document_get_number (issued), pdf);

  /* Shown and printed as stored, but never silently if the bytes changed. */
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  self->tampered = g_ascii_strcasecmp (sha256, ld_issued_document_get_sha256 (issued)) != 0;
  gtk_widget_set_visible (self->tamper_bar, self->tampered);

  return self;
}

void
ld_document_window_set_pdf (LdDocumentWindow *self,
                            GBytes           *pdf)
{
  g_return_if_fail (LD_IS_DOCUMENT_WINDOW (self));

  if (self->number != NULL)
    return;

  show_pdf (self, pdf);
}

void
ld_document_window_set_document (LdDocumentWindow *self,
                                 LdDocument       *document)
{
  g_return_if_fail (LD_IS_DOCUMENT_WINDOW (self));
  g_return_if_fail (LD_IS_DOCUMENT (document));

  if (self->number != NULL)
    return;

  ld_pdf_preview_set_document (self->preview, document);
}

GBytes *
ld_document_window_get_pdf (LdDocumentWindow *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT_WINDOW (self), NULL);

  return self->pdf;
}

void
ld_document_window_set_issue_func (LdDocumentWindow    *self,
                                   LdDocumentIssueFunc  func,
                                   gpointer             user_data,
                                   GDestroyNotify       destroy)
{
  g_return_if_fail (LD_IS_DOCUMENT_WINDOW (self));

  if (self->issue_destroy != NULL)
    g_clear_pointer (&self->issue_data, self->issue_destroy);

  self->issue_func = func;
  self->issue_data = user_data;
  self->issue_destroy = destroy;
  update_issue_button (self);
}

const char *
ld_document_window_get_number (LdDocumentWindow *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT_WINDOW (self), NULL);

  return self->number;
}

LdPdfPreview *
ld_document_window_get_preview (LdDocumentWindow *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT_WINDOW (self), NULL);

  return self->preview;
}

gboolean
ld_document_window_get_tampered (LdDocumentWindow *self)
{
  g_return_val_if_fail (LD_IS_DOCUMENT_WINDOW (self), FALSE);

  return self->tampered;
}
