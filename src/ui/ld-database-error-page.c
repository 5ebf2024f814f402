/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-database-error-page.h"
#include "ld-database.h"

struct _LdDatabaseErrorPage
{
  GtkWidget parent_instance;

  AdwStatusPage *status_page;
  int code;
};

G_DEFINE_FINAL_TYPE (LdDatabaseErrorPage, ld_database_error_page, GTK_TYPE_WIDGET)

static const char *
title_for_error (const GError *error)
{
  if (!g_error_matches (error, LD_STORE_ERROR, error->code))
    return _("The Database Cannot Be Opened");

  switch ((LdStoreError) error->code)
    {
    case LD_STORE_ERROR_NOT_A_DATABASE:
      return _("This File Is Not a Legal Desk Database");
    case LD_STORE_ERROR_CORRUPT:
      return _("The Database Is Damaged");
    case LD_STORE_ERROR_TOO_NEW:
      return _("The Database Needs a Newer Legal Desk");
    case LD_STORE_ERROR_READ_ONLY:
      return _("The Database Cannot Be Written");
    case LD_STORE_ERROR_CANNOT_OPEN:
    case LD_STORE_ERROR_FAILED:
    case LD_STORE_ERROR_NOT_FOUND:
    case LD_STORE_ERROR_CONSTRAINT:
    default:
      return _("The Database Cannot Be Opened");
    }
}

void
ld_database_error_page_set_error (LdDatabaseErrorPage *self,
                                  const char          *path,
                                  const GError        *error)
{
  g_autofree char *escaped_path = NULL;
  g_autofree char *escaped_message = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (LD_IS_DATABASE_ERROR_PAGE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  self->code = error->domain == LD_STORE_ERROR ? error->code : -1;

  escaped_path = g_markup_escape_text (path, -1);
  escaped_message = g_markup_escape_text (error->message, -1);
  /* The store's message already says what happened to the file and what to
   * do; the buttons below offer the ways out. */
  description = g_strdup_printf ("<b>%s</b>\n\n%s", escaped_path, escaped_message);
  adw_status_page_set_title (self->status_page, title_for_error (error));
  adw_status_page_set_description (self->status_page, description);
}

int
ld_database_error_page_get_code (LdDatabaseErrorPage *self)
{
  g_return_val_if_fail (LD_IS_DATABASE_ERROR_PAGE (self), -1);

  return self->code;
}

static void
ld_database_error_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), LD_TYPE_DATABASE_ERROR_PAGE);
  /* The template's unnamed top-level child is ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ld_database_error_page_parent_class)->dispose (object);
}

static void
ld_database_error_page_class_init (LdDatabaseErrorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_database_error_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-database-error-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdDatabaseErrorPage, status_page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_database_error_page_init (LdDatabaseErrorPage *self)
{
  self->code = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}
